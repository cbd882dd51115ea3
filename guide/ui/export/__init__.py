"""Exporting a PDF guide from the window: the dialog, its preview and its worker.

This package's own module is light on purpose: the main window reads the kinds of guide from here
without importing the dialog, which brings reportlab with it (see guide/ui/main_window.py).
"""

# The kinds of guide the dialog builds.
TOWN = "town"
REGION = "region"
SHORTLIST = "shortlist"
