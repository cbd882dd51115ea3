"""Indicator charts drawn with ``reportlab.graphics``: for the PDF and, as SVG, for the GUI.

A chart is a plain :class:`Drawing`, so the guide places it like any other
flowable and the GUI renders the same drawing to SVG (``drawing_to_svg``) and
shows it with QtSvg. Every string in a chart uses the bundled font, so the
PDF never falls back to Helvetica, and each chart prints its source and
as-of date and says when its figures are demo data.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from guide import i18n
from guide.catalog.indicators import indicator_rows
from guide.catalog.rules import is_demo
from guide.pdf import fonts, styles
from guide.pdf.texts import t
from guide.present.chart_size import HEIGHT, WIDTH
from guide.present.colours import town_colour
from guide.present.format import number, short_date
from guide.present.indicators import indicator_name, unit

# Turns a record into its reference in the guide's sources list ("[2]").
Cite = Callable[[Mapping[str, Any]], str]


def indicator_chart(
    catalog: Any, town_id: str | None, name: str, lang: str, *, cite: Cite | None = None
) -> Drawing | None:
    """A bar chart of indicator ``name`` by year for a town (``None``: region level); None without data."""
    rows = indicator_rows(catalog, town_id, name)
    if not rows:
        return None
    fonts.register_fonts()
    title = _title(name, rows[-1].get("unit"), lang)
    if town_id:
        title = f"{catalog.town_name(town_id, lang)}: {title}"
    drawing = _frame(title, rows, lang, cite)
    chart = _bar_chart([[float(r["value"]) for r in rows]], [str(r["year"]) for r in rows], lang)
    chart.bars[0].fillColor = styles.SKY
    drawing.add(chart)
    return drawing


def comparison_chart(
    catalog: Any, town_ids: Sequence[str], name: str, lang: str, *, cite: Cite | None = None
) -> Drawing | None:
    """One indicator for several towns side by side, grouped by year; None when no town has it."""
    series = {town: indicator_rows(catalog, town, name) for town in town_ids}
    series = {town: rows for town, rows in series.items() if rows}
    if not series:
        return None
    fonts.register_fonts()
    years = sorted({int(r["year"]) for rows in series.values() for r in rows})
    data = []
    for rows in series.values():
        values = {int(r["year"]): float(r["value"]) for r in rows}
        data.append([values.get(y, 0.0) for y in years])
    all_rows = [r for rows in series.values() for r in rows]
    drawing = _frame(_title(name, all_rows[-1].get("unit"), lang), all_rows, lang, cite)
    chart = _bar_chart(data, [str(y) for y in years], lang, right_margin=95)
    # A town's colour belongs to its id, not to its place in this language's alphabetical order.
    colours = [colors.HexColor(town_colour(town)) for town in series]
    for i, colour in enumerate(colours):
        chart.bars[i].fillColor = colour
    chart.barLabels.fontSize = 7  # nothing printed smaller than 7 pt
    drawing.add(chart)
    legend = Legend()
    legend.x = WIDTH - 85
    legend.y = HEIGHT - 50
    legend.fontName = fonts.SANS
    legend.fontSize = 7.5
    legend.dx = legend.dy = 7
    legend.deltay = 11
    legend.columnMaximum = 12
    legend.alignment = "right"
    legend.colorNamePairs = [
        (colour, catalog.town_name(town, lang)) for colour, town in zip(colours, series, strict=True)
    ]
    drawing.add(legend)
    return drawing


def drawing_to_svg(drawing: Drawing) -> bytes:
    """The drawing as a standalone SVG document (UTF-8), for QtSvg."""
    return renderSVG.drawToString(drawing).encode("utf-8")


# -- pieces -----------------------------------------------------------------------------------------


def _title(name: str, unit_text: str | None, lang: str) -> str:
    label = indicator_name(name, lang)
    shown_unit = unit(unit_text, lang)
    return f"{label}, {shown_unit}" if shown_unit else label


def _frame(title: str, rows: list[dict[str, Any]], lang: str, cite: Cite | None = None) -> Drawing:
    """The drawing with its title, demo mark and source lines; the chart goes in between."""
    drawing = fonts.drawing(WIDTH, HEIGHT)
    demo = any(is_demo(r) for r in rows)
    title_width = WIDTH - (70 if demo else 0)
    for i, line in enumerate(_wrap(title, fonts.SANS_BOLD, 9.5, title_width)[:2]):
        drawing.add(
            String(0, HEIGHT - 11 - i * 12, line, fontName=fonts.SANS_BOLD, fontSize=9.5, fillColor=styles.NAVY)
        )
    if demo:
        drawing.add(
            String(
                WIDTH,
                HEIGHT - 11,
                t("chart_demo", lang),
                fontName=fonts.SANS_BOLD,
                fontSize=8.5,
                fillColor=styles.DEMO,
                textAnchor="end",
            )
        )
    drawing.add(Line(0, 24, WIDTH, 24, strokeColor=styles.RULE, strokeWidth=0.5))
    for i, line in enumerate(_wrap(source_line(rows, lang, cite), fonts.SANS, 7, WIDTH)[:2]):
        drawing.add(String(0, 15 - i * 8.5, line, fontName=fonts.SANS, fontSize=7, fillColor=styles.MUTED))
    return drawing


def source_line(rows: list[dict[str, Any]], lang: str, cite: Cite | None = None) -> str:
    """``Source: A (as of 01.01.2024); B (…)`` for the distinct sources of some records.

    ``cite`` (the guide's) turns a real source into its number in the guide's
    sources list ("[2]"); without it (the window) the title shows in ``lang``.
    """
    latest: dict[str, str] = {}
    for row in rows:
        source = i18n.localized(row, "source", lang)[0] or t("source_unknown", lang)
        if is_demo(row):
            source = t("source_demo", lang)
        elif cite is not None and row.get("source"):
            source = cite(row)
        as_of = str(row.get("as_of") or "")
        latest[source] = max(latest.get(source, ""), as_of)  # ISO dates sort as text
    shown = [f"{s} ({t('as_of', lang, date=short_date(d, lang))})" if d else s for s, d in latest.items()]
    return f"{t('source', lang)}: " + "; ".join(shown)


def _bar_chart(data: list[list[float]], categories: list[str], lang: str, *, right_margin: float = 10) -> Any:
    chart = VerticalBarChart()
    chart.x = 48
    chart.y = 42
    chart.width = WIDTH - chart.x - right_margin
    chart.height = HEIGHT - chart.y - 40
    chart.data = data
    chart.strokeColor = None
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = fonts.SANS
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.dy = -4
    chart.categoryAxis.strokeColor = styles.RULE
    chart.categoryAxis.tickDown = 0
    top = max((max(s) for s in data if s), default=0.0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.18 if top > 0 else 1
    chart.valueAxis.labels.fontName = fonts.SANS
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = lambda v: number(v, lang)
    chart.valueAxis.strokeColor = None
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = styles.RULE
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.visibleTicks = 0
    chart.barLabelFormat = lambda v: number(v, lang)
    chart.barLabels.fontName = fonts.SANS
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 7
    chart.barLabels.fillColor = styles.INK
    chart.groupSpacing = 14
    chart.barSpacing = 2
    chart.bars.strokeColor = None
    return chart


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` points (charts have no paragraph wrapping)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and stringWidth(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]


__all__ = ["comparison_chart", "drawing_to_svg", "indicator_chart"]
