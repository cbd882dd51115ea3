"""The size of the indicator charts, in points: the PDF's chart code draws them so, and the window keeps
their place at that size until it draws them (without importing reportlab to ask)."""

WIDTH = 480
HEIGHT = 210
