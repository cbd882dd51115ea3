"""Catalogs managed from the window: new, open, recent, backup, restore, remove the demo set."""
