"""The guide's look in one place: page geometry, colours and paragraph styles."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from guide.pdf import fonts

PAGE_SIZE = A4
# Print margins: wide enough for a printer's unprintable edge and for binding.
MARGIN_LEFT = 22 * mm
MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

NAVY = colors.HexColor("#14365D")
SKY = colors.HexColor("#1E88B6")
GOLD = colors.HexColor("#D9A521")
INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#C9D3DE")
PALE = colors.HexColor("#EEF3F8")
ZEBRA = colors.HexColor("#F7F9FB")
DEMO = colors.HexColor("#C0392B")
GOOD = colors.HexColor("#2E7D32")


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a guide."""

    body: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    item_title: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_meta: ParagraphStyle
    figure_value: ParagraphStyle
    figure_label: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    toc3: ParagraphStyle
    kicker: ParagraphStyle
    meta_label: ParagraphStyle
    caption: ParagraphStyle


@functools.cache
def make_styles() -> Styles:
    """The guide's styles, made once: every guide shares them (nothing changes a style), so a
    paragraph's parsed markup, kept by text and style (flowables._parsed), serves the next guide too."""
    fonts.register_fonts()
    body = ParagraphStyle(
        "body", fontName=fonts.SANS, fontSize=10, leading=14, textColor=INK, spaceAfter=5, alignment=TA_LEFT
    )
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=3)
    tiny = ParagraphStyle("tiny", parent=body, fontSize=7, leading=9, textColor=MUTED, spaceAfter=2)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    return Styles(
        body=body,
        small=small,
        tiny=tiny,
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=fonts.SANS_BOLD),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=fonts.SANS_BOLD, textColor=colors.white),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=fonts.SERIF_BOLD,
            fontSize=19,
            leading=23,
            textColor=NAVY,
            spaceBefore=16,
            spaceAfter=10,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=fonts.SANS_BOLD,
            fontSize=13.5,
            leading=17,
            textColor=NAVY,
            spaceBefore=12,
            spaceAfter=6,
            keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            fontName=fonts.SANS_BOLD,
            fontSize=11,
            leading=14,
            textColor=SKY,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        item_title=ParagraphStyle(
            "item_title",
            parent=body,
            fontSize=11,
            leading=14,
            textColor=SKY,
            spaceBefore=4,
            spaceAfter=2,
            keepWithNext=1,
        ),
        cover_title=ParagraphStyle(
            "cover_title", parent=body, fontName=fonts.SERIF_BOLD, fontSize=30, leading=36, textColor=colors.white
        ),
        cover_subtitle=ParagraphStyle(
            "cover_subtitle", parent=body, fontName=fonts.SANS, fontSize=15, leading=20, textColor=colors.white
        ),
        cover_meta=ParagraphStyle("cover_meta", parent=body, fontSize=10.5, leading=15),
        figure_value=ParagraphStyle(
            "figure_value",
            parent=body,
            fontName=fonts.SANS_BOLD,
            fontSize=17,
            leading=20,
            textColor=NAVY,
            alignment=TA_CENTER,
            spaceAfter=1,
        ),
        figure_label=ParagraphStyle(
            "figure_label",
            parent=body,
            fontSize=7.8,
            leading=9.5,
            textColor=MUTED,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
        toc1=ParagraphStyle("toc1", parent=body, fontName=fonts.SANS_BOLD, fontSize=11, leading=16, spaceBefore=4),
        toc2=ParagraphStyle("toc2", parent=body, fontSize=10, leading=13.5, leftIndent=14),
        toc3=ParagraphStyle("toc3", parent=body, fontSize=9, leading=12, leftIndent=28, textColor=MUTED),
        kicker=ParagraphStyle("kicker", parent=body, fontName=fonts.SANS_BOLD, fontSize=9, leading=12, textColor=GOLD),
        meta_label=ParagraphStyle("meta_label", parent=body, fontSize=8.5, leading=15, textColor=MUTED),
        caption=ParagraphStyle("caption", parent=body, fontSize=8, leading=10, textColor=MUTED, alignment=TA_CENTER),
    )
