"""The data-quality view and its model: badges, sorting and filtering by completeness and freshness."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from guide.catalog import quality
from guide.catalog.quality_report import SORT_KEYS, QualityReport
from guide.catalog.store import Catalog
from guide.ui import palette
from guide.ui.analysis.quality_model import COLUMNS, ID_ROLE, KIND_ROLE, QualityFilter, QualityTableModel
from guide.ui.analysis.quality_view import QualityView
from guide.ui.context import UiContext
from guide.ui.language import UiLanguage

TODAY = dt.date(2026, 10, 1)


def col(name: str) -> int:
    return COLUMNS.index(name)


@pytest.fixture
def view(qtbot: QtBot, ui_context: UiContext) -> QualityView:
    widget = QualityView(ui_context, today=TODAY)
    qtbot.addWidget(widget)
    return widget


def shown(view: QualityView) -> list[tuple[str, object]]:
    """Every row of the view's list, read to the end as a view scrolling down would."""
    model = view.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [(model.index(r, 0).data(KIND_ROLE), model.index(r, 0).data(ID_ROLE)) for r in range(model.rowCount())]


def test_the_model_passes_the_model_tester(qtmodeltester, catalog: Catalog, language: UiLanguage) -> None:
    model = QualityTableModel(catalog=catalog, language=language)
    model.check(today=TODAY)
    assert model.rowCount() > 50
    qtmodeltester.check(model)
    model.sort(col("completeness"), Qt.SortOrder.AscendingOrder)
    model.set_filter(QualityFilter(kinds=("towns",)))
    qtmodeltester.check(model)


def test_every_issue_is_listed_with_badges(view: QualityView) -> None:
    rows = dict(zip(shown(view), range(view.model.rowCount()), strict=True))
    assert len(rows) == len(quality.check_records(view.catalog, today=TODAY))
    karaganda = rows[("towns", "karaganda")]
    model = view.model
    assert model.index(karaganda, col("completeness")).data() == "55 %"
    assert model.index(karaganda, col("completeness")).data(Qt.ItemDataRole.ForegroundRole).color() == palette.POOR
    assert "Население, чел." in model.index(karaganda, col("missing")).data()
    assert model.index(karaganda, col("as_of")).data() == "не проверено"
    stale = rows[("premises", 13)]
    assert model.index(stale, col("as_of")).data() == "15.11.2024 · устарело"
    assert model.index(stale, col("as_of")).data(Qt.ItemDataRole.BackgroundRole).color() == palette.STALE_BACKGROUND
    assert model.index(stale, col("demo")).data() == "ДЕМО"
    assert model.index(rows[("projects", 1)], col("demo")).data() is None


def test_filter_by_kind_and_problem(view: QualityView) -> None:
    view.kind.setCurrentIndex(view.kind.findData("premises"))
    assert {k for k, _ in shown(view)} == {"premises"} and len(shown(view)) == 30
    view.boxes["demo"].setChecked(False)
    assert sorted(i for _, i in shown(view)) == [7, 13, 16, 19, 25]  # the stale ones
    view.boxes["stale"].setChecked(False)
    assert shown(view) == []
    view.kind.setCurrentIndex(0)
    view.boxes["stale"].setChecked(True)
    view.boxes["incomplete"].setChecked(False)
    view.boxes["unverified"].setChecked(False)
    assert all(view.model.issue(r).stale for r in range(view.model.rowCount()))
    assert "Показано: " in view.summary.text()


def test_the_counts_have_the_languages_separators(view: QualityView, catalog: Catalog) -> None:
    for n in range(1_000):
        catalog.insert("premises", {"town": "abai", "title": f"Склад {n}", "kind": "warehouse", "floor_area_m2": 10})
    view.refresh()
    shown = view.model.matching()
    assert shown > 1_000 and view.context.formatter.number(shown) != str(shown)
    assert view.summary.text().startswith(f"Показано: {view.context.formatter.number(shown)} из ")


def test_sort_by_completeness_and_by_date(view: QualityView) -> None:
    view.table.sortByColumn(col("completeness"), Qt.SortOrder.AscendingOrder)
    scores = [view.model.issue(r).completeness for r in range(view.model.rowCount())]
    assert scores == sorted(scores) and shown(view)[0] == ("towns", "karaganda")
    view.table.sortByColumn(col("as_of"), Qt.SortOrder.AscendingOrder)
    # Unverified records (no date: Karaganda, and sourced facts from undated pages) count as oldest of all.
    dates = [view.model.issue(r).as_of for r in range(view.model.rowCount())]
    unverified = dates.count(None)
    assert ("towns", "karaganda") in shown(view)[:unverified]
    assert dates[:unverified] == [None] * unverified and dates[unverified:] == sorted(dates[unverified:])


def test_a_shorter_limit_finds_more_stale_records(qtbot: QtBot, view: QualityView) -> None:
    view.boxes["incomplete"].setChecked(False)
    view.boxes["demo"].setChecked(False)
    before = view.model.rowCount()
    view.stale_days.setValue(90)
    qtbot.waitUntil(lambda: view.model.rowCount() > before)
    assert view.model.stale_after_days == 90


def test_fixing_a_record_takes_it_off_the_list(qtbot: QtBot, view: QualityView, catalog: Catalog) -> None:
    assert ("zones", 2) in shown(view)
    catalog.update("zones", 2, {"area_ha": 12, "contact": "+7 71036 0-00-00", "as_of": TODAY.isoformat()})
    qtbot.waitUntil(lambda: ("zones", 2) not in shown(view))


def test_double_click_names_the_record(qtbot: QtBot, view: QualityView) -> None:
    index = view.model.index(0, col("title"))
    with qtbot.waitSignal(view.record_activated) as signal:
        view.table.doubleClicked.emit(index)
    assert signal.args == ["towns", "abai"]


def test_language_switch(view: QualityView, language: UiLanguage) -> None:
    language.set_code("en")
    assert view.kind.itemText(view.kind.findData("premises")) == "Premises"
    row = shown(view).index(("towns", "karaganda"))
    assert "Population" in view.model.index(row, col("missing")).data()
    assert view.model.index(row, col("town")).data() == "Karaganda"


def test_the_list_reads_a_page_at_a_time(catalog: Catalog, language: UiLanguage) -> None:
    # At a million premises the page held 800,000 issues (issue 18): it now reads what is shown.
    model = QualityTableModel(catalog=catalog, language=language, page_size=7)
    model.check(today=TODAY)
    assert model.rowCount() == 7 and model.matching() == len(quality.check_records(catalog, today=TODAY)) > 14
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 14
    assert model.summary() == quality.summarize(quality.check_records(catalog, today=TODAY))


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_report_sorts_and_filters_in_sql_as_the_list_did_in_memory(catalog: Catalog, lang: str) -> None:
    # The in-memory list's rules (sorted() is stable, reverse=True too): the SQL must give the same rows in the same order.
    issues = quality.check_records(catalog, today=TODAY, lang=lang)
    kinds = list(quality.CHECKED_KINDS)
    keys = {
        "kind": lambda i: kinds.index(i.kind),
        "title": lambda i: i.title.casefold(),
        "town": lambda i: catalog.town_name(i.town, lang).casefold(),
        "completeness": lambda i: i.completeness,
        "missing": lambda i: len(i.missing),
        "as_of": lambda i: (i.as_of is not None, i.as_of or ""),
        "demo": lambda i: i.demo,
    }
    assert set(keys) == set(SORT_KEYS) == set(COLUMNS)
    report = QualityReport(catalog)
    report.check(today=TODAY, lang=lang)
    filters = [
        QualityFilter(),
        QualityFilter(kinds=("premises",), demo=False),
        QualityFilter(incomplete=False, unverified=False),
        QualityFilter(kinds=("towns", "zones"), stale=False, demo=False),
        QualityFilter(incomplete=False, stale=False, unverified=False, demo=False),
    ]
    for flt in filters:
        admitted = [i for i in issues if flt.admits(i)]
        assert report.count(flt) == len(admitted)
        assert report.page(flt, limit=10_000) == admitted
        for column, key in keys.items():
            for descending in (False, True):
                expected = sorted(admitted, key=key, reverse=descending)
                got = report.page(flt, order_by=column, descending=descending, limit=10_000)
                assert [(i.kind, i.id) for i in got] == [(i.kind, i.id) for i in expected], (flt, column, descending)
        # Pages join up into the whole list.
        paged = [
            *report.page(flt, order_by="title", limit=5),
            *report.page(flt, order_by="title", offset=5, limit=10_000),
        ]
        assert paged == report.page(flt, order_by="title", limit=10_000)


def test_a_report_leaves_no_transaction_open(catalog: Catalog) -> None:
    # The catalog's next write must commit, not become a savepoint of the check's transaction.
    report = QualityReport(catalog)
    report.check(today=TODAY)
    assert not catalog.db.conn.in_transaction
    with catalog.transaction():
        report.check(today=TODAY)
        assert catalog.db.conn.in_transaction
    assert not catalog.db.conn.in_transaction and report.count() > 0
