"""The town dashboard, its charts (the PDF's chart code as SVG) and the monotowns side by side."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from guide.pdf.charts import comparison_chart, drawing_to_svg, indicator_chart
from guide.ui.towns.chart_view import ChartView, for_qt
from guide.ui.towns.comparison_model import ComparisonModel


@pytest.mark.parametrize("force_py", [False, True], ids=["qt", "python"])
def test_the_comparison_model_passes_the_model_tester(qtmodeltester, catalog, formatter, force_py):
    qtmodeltester.check(ComparisonModel(catalog=catalog, formatter=formatter), force_py=force_py)


def test_the_four_monotowns_side_by_side(catalog, formatter):
    model = ComparisonModel(catalog=catalog, formatter=formatter)
    towns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert sorted(towns) == ["Абай", "Балхаш", "Темиртау", "Шахтинск"]
    rows = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    vacant = rows.index("Свободные помещения")
    temirtau = towns.index("Темиртау")
    expected = sum(1 for p in catalog.where("premises", "town", "temirtau") if p["status"] == "vacant")
    assert model.index(vacant, temirtau).data() == str(expected)
    # Counts of demo premises are marked as such.
    assert model.index(vacant, temirtau).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "демо" in model.index(vacant, temirtau).data(Qt.ItemDataRole.ToolTipRole)
    # The sourced population is shown; an unknown one shows as a dash, not a zero.
    population = rows.index("Население, чел.")
    assert "171" in model.index(population, temirtau).data()
    catalog.update("towns", "temirtau", {"population": None})
    model = ComparisonModel(catalog=catalog, formatter=formatter)
    assert model.index(population, temirtau).data() == "—"


def test_the_dashboard_shows_status_history_figures_and_charts(window, qtbot):
    page = window.towns_page
    window.show_page("towns")
    page.show_town("saran")
    dashboard = page.dashboard
    assert "Сарань" in dashboard.title.text()
    assert "Бывший моногород" in dashboard.status.text()
    history = dashboard.history.text()
    # The one sourced change: removed from the list by order No. 248 of 21 November 2023 (issue 13).
    assert "2023" in history and "248" in history and "Kursiv" in history
    page.show_town("temirtau")
    # The charts are drawn when scrolled into view (issue 18).
    qtbot.wait(50)  # the page laid out for the new town
    dashboard.verticalScrollBar().setValue(dashboard.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: bool(dashboard.chart_views))
    # Two demo series, the sourced staff of Qarmet (issue 14) and the SME belt the article states (issue 13).
    assert len(dashboard.chart_views) == 5
    assert all(isinstance(v, ChartView) for v in dashboard.chart_views)
    assert "Помещения: 7" in dashboard.link_buttons["premises"].text()


def test_a_dashboard_link_opens_the_town_s_premises(window, qtbot):
    window.show_page("towns")
    window.towns_page.show_town("balkhash")
    qtbot.mouseClick(window.towns_page.dashboard.link_buttons["premises"], Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "premises"
    page = window.browse_pages["premises"]
    assert page.filter_panel.town.currentData() == "balkhash"
    assert page.count_label.text() == "Показано 7 из 30"


def test_charts_reach_qt_without_the_clip_rectangle_qtsvg_would_paint_black(catalog):
    drawing = indicator_chart(catalog, "temirtau", "registered_smes", "ru")
    assert drawing is not None
    svg = drawing_to_svg(drawing)
    fixed = for_qt(svg).decode()
    assert "<clipPath" not in fixed
    assert "PTSans" not in fixed and "'PT Sans'" in fixed
    assert "Темиртау" in fixed


def _legend_colours(svg: bytes, names: dict[str, str]) -> dict[str, str]:
    """Town id → the fill of its legend swatch in a chart's SVG."""
    text = svg.decode("utf-8")
    found = {}
    for town, name in names.items():
        match = re.search(r"fill: (rgb\([^)]*\))[^>]*/>\s*<text[^>]*>" + re.escape(name) + "</text>", text)
        assert match, name
        found[town] = match.group(1)
    return found


def test_a_town_keeps_its_chart_colour_in_every_language_window_and_pdf(window, catalog, qtbot):
    """Issue 16 item 7: colours used to follow each language's alphabetical order of the names."""
    ids = ["temirtau", "balkhash", "shakhtinsk", "abai"]
    seen = []
    for lang in ("ru", "kk", "en"):
        window.language.set_code(lang)
        page = window.towns_page
        window.show_page("towns")
        page.tabs.setCurrentIndex(1)  # the comparison is read when its tab is shown (issue 18)
        names = {town: catalog.town_name(town, lang) for town in ids}
        svg = next(v.svg for v in page.comparison.chart_views if isinstance(v, ChartView))
        seen.append(_legend_colours(svg, names))
        # The PDF lists the monotowns in another order; the colours are the same.
        drawing = comparison_chart(catalog, sorted(ids), "registered_smes", lang)
        assert drawing is not None
        seen.append(_legend_colours(drawing_to_svg(drawing), names))
    assert all(colours == seen[0] for colours in seen), seen
    assert len(set(seen[0].values())) == len(ids)
    assert seen[0]["temirtau"] == "rgb(11%,53%,71%)"  # #1E88B6 in guide/present/colours.py


def test_an_english_window_shows_every_source_in_english(catalog, qapp):
    # The dashboard, the record tables and the detail pane printed the Russian source titles in an
    # English window although every bundled source has an English title (issue 13: "the window
    # wherever it shows the same things").
    from html import escape

    from PySide6.QtWidgets import QWidget

    from guide.catalog.search import Filters
    from guide.ui.browse.record_model import RecordTableModel
    from guide.ui.details.record_html import record_html
    from guide.ui.formatting import Formatter
    from guide.ui.language import UiLanguage
    from guide.ui.towns.dashboard import TownDashboard

    def shows_english(text: str, record: dict) -> bool:
        russian, english = str(record.get("source") or ""), str(record.get("source_en") or "")
        if not english:
            # A title without an English version shows as it is, marked when it is not English.
            return not re.search("[\u0400-\u04ff]", russian) or "(ru)" in text
        return (escape(english) in text or english in text) and russian not in text

    language = UiLanguage("en")
    formatter = Formatter(catalog=catalog, language=language)
    parent = QWidget()
    dashboard = TownDashboard(catalog=catalog, language=language, formatter=formatter, parent=parent)
    for town in catalog.all("towns"):
        dashboard.show_town(town["id"])
        assert shows_english(dashboard.figures.text(), town), town["id"]
        for row in catalog.where("town_status", "town", town["id"]):
            assert shows_english(dashboard.history.text(), row), (town["id"], row["id"])
        for route in catalog.where("routes", "town", town["id"]):
            assert shows_english(dashboard.logistics.text(), route), (town["id"], route["id"])
    for kind in ("incentives", "institutions", "routes"):
        model = RecordTableModel(catalog=catalog, kind=kind, formatter=formatter)
        model.set_query(Filters(), "")
        source = next(c for c, column in enumerate(model.columns) if column.key == "source")
        records = {r["id"]: r for r in catalog.all(kind)}
        assert model.rowCount() == len(records)
        for row in range(model.rowCount()):
            record = records[model.record(row)["id"]]
            assert shows_english(model.index(row, source).data() or "", record), (kind, record["id"])
        for record in records.values():
            assert shows_english(record_html(kind, record, formatter=formatter), record), (kind, record["id"])
    parent.deleteLater()
    formatter.close()
