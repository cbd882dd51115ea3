"""The data-translation view: fill the Kazakh and English texts the guides would print in Russian."""
