"""Help: the user guide shown in the window."""
