"""Presentation without Qt or reportlab: how values read in ru, kk and en.

The window (``guide/ui``), the PDF (``guide/pdf``), the CLI and the exports
all format through :mod:`guide.present.format`, so a figure reads the same
everywhere; indicator names and units are in :mod:`guide.present.indicators`,
town chart colours in :mod:`guide.present.colours`.
"""
