"""The bundled fonts: registration with reportlab and glyph coverage.

reportlab's built-in Helvetica has no Cyrillic (text comes out as black
boxes) and is never embedded, which print shops reject. Every piece of text
in a guide or chart therefore uses the PT Sans family from
``resources/fonts``, registered here as TrueType fonts that reportlab embeds
(as subsets) in each PDF.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from reportlab.graphics.shapes import Drawing
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from guide.paths import resource

SANS = "PTSans"
SANS_BOLD = "PTSans-Bold"
SANS_ITALIC = "PTSans-Italic"
SANS_BOLD_ITALIC = "PTSans-BoldItalic"
SERIF_BOLD = "PTSerif-Bold"

FONT_FILES: dict[str, str] = {
    SANS: "PTSans-Regular.ttf",
    SANS_BOLD: "PTSans-Bold.ttf",
    SANS_ITALIC: "PTSans-Italic.ttf",
    SANS_BOLD_ITALIC: "PTSans-BoldItalic.ttf",
    SERIF_BOLD: "PTSerif-Bold.ttf",
}


def font_dir() -> Path:
    return resource("fonts")


def register_fonts() -> None:
    """Register the bundled fonts and the PT Sans family (safe to call again).

    reportlab keeps fonts in a process-wide registry, so registering once per
    process is enough; ``registerFontFamily`` lets ``<b>`` and ``<i>`` in
    paragraphs pick the right face.
    """
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(font_dir() / filename)))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC)
    # The serif heading face has no family of its own: its bold/italic map to itself.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(SERIF_BOLD, bold, italic, SERIF_BOLD)


def drawing(width: float, height: float, *, kind: type[Drawing] = Drawing, **kw: object) -> Drawing:
    """A Drawing whose default font is the bundled one.

    reportlab's renderer otherwise selects Helvetica when it starts every
    drawing, even if no string uses it, and the PDF then names an unembedded
    font. ``kind`` is the Drawing class to make (the maps' writes itself as PDF operators).
    """
    register_fonts()
    return kind(width, height, initialFontName=SANS, initialFontSize=8, **kw)


@cache
def covered_codepoints() -> frozenset[int]:
    """The characters every bundled face can draw (read once per process from the font files)."""
    register_fonts()
    covered: set[int] | None = None
    for name in FONT_FILES:
        cmap = set(pdfmetrics.getFont(name).face.charToGlyph)  # type: ignore[attr-defined]
        covered = cmap if covered is None else covered & cmap
    return frozenset(covered or ())


def missing_glyphs(text: str, font_name: str = SANS) -> set[str]:
    """The characters of ``text`` that the registered font ``font_name`` can't draw."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    cmap = font.face.charToGlyph  # type: ignore[attr-defined]
    return {ch for ch in set(text) if ch not in "\n\r\t" and ord(ch) not in cmap}


def all_missing_glyphs(texts: Iterable[str], font_name: str = SANS) -> set[str]:
    missing: set[str] = set()
    for text in texts:
        missing |= missing_glyphs(text, font_name)
    return missing
