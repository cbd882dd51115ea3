"""The data-quality view and its model: badges, sorting and filtering by completeness and freshness."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from guide.catalog import quality
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
    model = view.model
    return [(model.index(r, 0).data(KIND_ROLE), model.index(r, 0).data(ID_ROLE)) for r in range(model.rowCount())]


def test_the_model_passes_the_model_tester(qtmodeltester, catalog: Catalog, language: UiLanguage) -> None:
    model = QualityTableModel(catalog=catalog, language=language)
    model.set_issues(quality.check_records(catalog, today=TODAY), today=TODAY)
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
