"""Investor Guide: a catalog, a desktop app and printed PDF guides for Karaganda region's monotowns."""

__version__ = "0.1.0"
