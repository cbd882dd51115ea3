"""The gaps view: towns, zones and premises with what they lack, filters, refresh after writes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from guide.catalog.store import Catalog
from guide.ui import palette
from guide.ui.analysis.gaps_view import COMMITMENT, DUE, LACKS, PREMISE_ROLE, STATUS, TITLE, GapsView
from guide.ui.context import UiContext
from guide.ui.language import UiLanguage

TODAY = dt.date(2026, 10, 1)


@pytest.fixture
def view(qtbot: QtBot, ui_context: UiContext) -> GapsView:
    widget = GapsView(ui_context, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    return widget


def premise_rows(view: GapsView) -> dict[int, QTreeWidgetItem]:
    rows = {}
    tree = view.tree
    for t in range(tree.topLevelItemCount()):
        town = tree.topLevelItem(t)
        for z in range(town.childCount()):
            zone = town.child(z)
            for p in range(zone.childCount()):
                item = zone.child(p)
                rows[int(item.data(TITLE, PREMISE_ROLE))] = item
    return rows


def test_towns_zones_and_premises(view: GapsView) -> None:
    tree = view.tree
    towns = [tree.topLevelItem(i).text(TITLE) for i in range(tree.topLevelItemCount())]
    assert towns == ["Абай — 3 пом.", "Балхаш — 4 пом.", "Сарань — 1 пом.", "Темиртау — 4 пом.", "Шахтинск — 4 пом."]
    temirtau = tree.topLevelItem(3)
    assert [temirtau.child(i).text(TITLE) for i in range(temirtau.childCount())] == [
        "Малая промышленная зона «Северная»",
        "Вне малых промзон",
    ]
    assert temirtau.text(DUE) == "обещано: 4, просрочено: 2"
    assert temirtau.text(LACKS) == "позиций: 10"
    assert "Газ: 3" in temirtau.toolTip(LACKS)
    assert len(premise_rows(view)) == 16
    assert "Помещений с нехваткой инфраструктуры: 16" in view.summary.text()
    assert "из них просрочено: 6" in view.summary.text()


def test_premise_rows_say_what_is_lacking_and_when_it_is_due(view: GapsView) -> None:
    rows = premise_rows(view)
    overdue = rows[2]
    assert overdue.text(TITLE) == "#2 Складской комплекс у станции Темиртау [ДЕМО]"
    assert overdue.text(LACKS) == "Газ"
    assert overdue.text(DUE) == "просрочено (30.09.2025)"
    assert overdue.foreground(DUE).color() == palette.OVERDUE_TEXT
    assert overdue.text(STATUS) == "Зарезервировано"
    assert overdue.text(COMMITMENT).startswith("Подвести газопровод")
    on_time = rows[5]
    assert on_time.text(DUE) == "до 15.12.2026" and on_time.text(STATUS) == ""
    nobody = rows[21]
    assert nobody.text(COMMITMENT) == "нет обязательства" and nobody.text(DUE) == ""


def test_filters(view: GapsView) -> None:
    view.only_overdue.setChecked(True)
    assert sorted(premise_rows(view)) == [2, 6, 10, 16, 23, 30]
    view.only_overdue.setChecked(False)
    view.only_uncommitted.setChecked(True)
    assert sorted(premise_rows(view)) == [21, 27]
    assert view.tree.topLevelItemCount() == 2  # Abai and Shakhtinsk only
    view.only_overdue.setChecked(True)
    assert premise_rows(view) == {}


def test_a_kept_promise_refreshes_the_view(qtbot: QtBot, view: GapsView, catalog: Catalog) -> None:
    catalog.update("premises", 2, {"gas": 1, "missing_infrastructure": None, "akimat_commitment": None,
                                   "commitment_due": None})  # fmt: skip
    qtbot.waitUntil(lambda: 2 not in premise_rows(view))
    assert len(premise_rows(view)) == 15
    assert "из них просрочено: 5" in view.summary.text()


def test_double_click_a_premise(qtbot: QtBot, view: GapsView) -> None:
    item = premise_rows(view)[17]
    with qtbot.waitSignal(view.premise_activated) as signal:
        view.tree.itemDoubleClicked.emit(item, TITLE)
    assert signal.args == [17]
    with qtbot.assertNotEmitted(view.premise_activated):
        view.tree.itemDoubleClicked.emit(view.tree.topLevelItem(0), TITLE)


def test_language_switch(view: GapsView, language: UiLanguage) -> None:
    language.set_code("kk")
    rows = premise_rows(view)
    assert rows[8].text(LACKS) == "Газ" and rows[12].text(LACKS) == "Жылумен жабдықтау"
    assert view.tree.topLevelItem(0).text(TITLE).startswith("Абай")
    language.set_code("en")
    assert premise_rows(view)[2].text(TITLE) == "#2 Warehouse complex near Temirtau station [ДЕМО]"
    assert view.tree.topLevelItem(0).text(TITLE).startswith("Abai")


def test_an_empty_catalog(qtbot: QtBot, empty_catalog: Catalog, settings: QSettings) -> None:
    view = GapsView(UiContext.create(catalog=empty_catalog, language=UiLanguage(), settings=settings), today=TODAY)
    qtbot.addWidget(view)
    assert view.tree.topLevelItemCount() == 0
    assert "Помещений с нехваткой инфраструктуры: 0" in view.summary.text()
    assert view.tree.headerItem().text(TITLE) == "Город / промзона / помещение"
    assert view.tree.headerItem().text(DUE) == "Срок"
    assert Qt.ItemDataRole.UserRole == PREMISE_ROLE
