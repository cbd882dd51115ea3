"""The "Find premises" panel, driven through its widgets into the shortlist."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from guide.catalog.match import Needs, match_premises, needs_from_project
from guide.catalog.search import Filters
from guide.catalog.store import Catalog
from guide.ui.analysis.find_premises import FindPremisesPanel
from guide.ui.analysis.match_model import COLUMNS, ID_ROLE, RESULT_ROLE, SHORTLIST, MatchTableModel
from guide.ui.context import UiContext
from guide.ui.language import UiLanguage

TODAY = dt.date(2026, 10, 1)


@pytest.fixture
def panel(qtbot: QtBot, ui_context: UiContext) -> FindPremisesPanel:
    widget = FindPremisesPanel(ui_context, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    return widget


def column(name: str) -> int:
    return COLUMNS.index(name)


def indicator_centre(box: QCheckBox) -> QPoint:
    option = QStyleOptionButton()
    box.initStyleOption(option)
    return box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box).center()


def ids_shown(panel: FindPremisesPanel) -> list[int]:
    return [int(panel.model.index(row, 0).data(ID_ROLE)) for row in range(panel.model.rowCount())]


def cell(panel: FindPremisesPanel, row: int, name: str) -> str:
    return str(panel.model.index(row, column(name)).data() or "")


def test_the_match_model_passes_the_model_tester(qtmodeltester, catalog: Catalog, language: UiLanguage) -> None:
    model = MatchTableModel(catalog=catalog, language=language)
    needs = needs_from_project(catalog.require("projects", 6))
    results = match_premises(catalog, needs.override(include_unavailable=True), today=TODAY)
    model.set_results(results, today=TODAY)
    # The project's town is a requirement: its premises, reserved and leased ones included.
    assert model.rowCount() == catalog.count("premises", Filters(towns=needs.towns)) == len(results) > 3
    qtmodeltester.check(model)
    model.sort(column("title"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_empty_needs_show_a_hint_and_no_rows(panel: FindPremisesPanel) -> None:
    assert panel.model.rowCount() == 0
    assert "Укажите потребности" in panel.summary.text()
    assert not panel.shortlist_button.isEnabled()


def test_find_premises_for_a_project_fills_the_form_and_ranks(panel: FindPremisesPanel) -> None:
    panel.load_project(7)

    needs = panel.form.needs()
    assert needs == needs_from_project(panel.catalog.require("projects", 7))
    assert panel.form.kind.currentData() == "production_hall"
    assert panel.form.numbers["min_area_m2"].value() == 900
    assert panel.form.utilities["sewerage"].isChecked() and not panel.form.utilities["gas"].isChecked()
    assert panel.project_label.isVisibleTo(panel)
    assert "Производство топливных брикетов из угольной мелочи" in panel.project_label.text()

    assert ids_shown(panel)[0] == 20
    assert cell(panel, 0, "score") == "100 %"
    assert cell(panel, 0, "misses") == ""
    assert cell(panel, 1, "misses") == "Цена"  # premise 15 is too dear
    assert "Подходят полностью: 1" in panel.summary.text()


def test_committed_and_overdue_cells(panel: FindPremisesPanel) -> None:
    panel.set_needs(Needs(towns=["temirtau"], gas=True))
    rows = {pid: row for row, pid in enumerate(ids_shown(panel))}
    # Premise 6 lacks gas, committed by 2025-11-30: overdue on TODAY; premise 4 lacks it, due 2027-06-30.
    assert cell(panel, rows[6], "committed") == "просрочено (30.11.2025): Газ"
    assert cell(panel, rows[4], "committed") == "до 30.06.2027: Газ"
    tip = panel.model.index(rows[6], column("committed")).data(Qt.ItemDataRole.ToolTipRole)
    assert "Газифицировать комплекс" in tip
    # Met beats committed beats overdue.
    assert rows[1] < rows[4] < rows[6]


def test_drive_the_form_then_shortlist_the_selection(qtbot: QtBot, panel: FindPremisesPanel) -> None:
    # Tick Temirtau and gas with the mouse; type the minimum power.
    panel.show()
    qtbot.waitExposed(panel)
    towns = panel.form.towns
    temirtau = next(towns.item(r) for r in range(towns.count()) if towns.item(r).text() == "Темиртау")
    temirtau.setCheckState(Qt.CheckState.Checked)
    gas = panel.form.utilities["gas"]
    # On the box itself: a check box stretched by its layout ignores clicks beyond its text.
    qtbot.mouseClick(gas, Qt.MouseButton.LeftButton, pos=indicator_centre(gas))
    assert gas.isChecked()
    power = panel.form.numbers["min_power_kw"]
    power.lineEdit().selectAll()
    qtbot.keyClicks(power.lineEdit(), "300")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and panel.form.needs().min_power_kw == 300)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and panel.model.result(0).meets == ["town", "power", "gas"])
    assert panel.form.needs().codes() == ["town", "power", "gas"]
    assert ids_shown(panel)[:2] == [1, 5]  # both in Temirtau with gas and at least 300 kW

    panel.table.selectRow(0)
    panel.table.selectionModel().select(
        panel.model.index(1, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    assert panel.selected_ids() == [1, 5]
    assert panel.shortlist_button.isEnabled()
    with qtbot.waitSignal(panel.model.dataChanged):
        qtbot.mouseClick(panel.shortlist_button, Qt.MouseButton.LeftButton)

    assert panel.catalog.shortlist("premises") == [("premises", 1), ("premises", 5)]
    star = column(SHORTLIST)
    assert panel.model.index(0, star).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert panel.model.index(2, star).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "Добавлено в шорт-лист: 2" in panel.shortlist_note.text()


def test_the_star_column_toggles_the_shortlist(panel: FindPremisesPanel) -> None:
    panel.load_project(8)
    index = panel.model.index(0, column(SHORTLIST))
    assert panel.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert panel.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert panel.catalog.shortlist("premises") == [("premises", 8)]
    assert panel.model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert panel.catalog.shortlist("premises") == []


def test_shortlist_written_elsewhere_shows_up(panel: FindPremisesPanel) -> None:
    panel.load_project(6)
    panel.catalog.set_shortlisted("premises", [22], True)
    assert panel.model.index(0, column(SHORTLIST)).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_a_new_premise_is_matched_after_the_write(qtbot: QtBot, panel: FindPremisesPanel) -> None:
    panel.set_needs(Needs(towns=["saran"], rail=True, gas=True))
    before = panel.model.rowCount()
    new_id = panel.catalog.insert(
        "premises",
        {"town": "saran", "title": "Новый цех", "kind": "production_hall", "floor_area_m2": 500, "gas": 1,
         "rail_siding": 1, "status": "vacant"},
    )  # fmt: skip
    qtbot.waitUntil(lambda: panel.model.rowCount() == before + 1)
    assert new_id in ids_shown(panel)[:2]


def test_unavailable_premises_on_request(qtbot: QtBot, panel: FindPremisesPanel) -> None:
    panel.set_needs(Needs(towns=["temirtau"]))
    assert 7 not in ids_shown(panel)  # leased
    panel.form.include_unavailable.setChecked(True)
    panel.run()
    # Reserved and leased after every vacant one; only Temirtau's (the town is a requirement).
    assert ids_shown(panel)[-2:] == [2, 7]
    assert cell(panel, panel.model.rowCount() - 1, "title") == "Склад холодного хранения (Сдано в аренду)"
    assert {panel.catalog.require("premises", i)["town"] for i in ids_shown(panel)} == {"temirtau"}


def test_double_click_opens_the_premise(qtbot: QtBot, panel: FindPremisesPanel) -> None:
    panel.load_project(6)
    panel.show()
    qtbot.waitExposed(panel)
    rect = panel.table.visualRect(panel.model.index(0, column("title")))
    # A view reacts to a double click only on the cell the first click pressed.
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.premise_activated) as signal:
        qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [22]


def test_sorting_by_a_column_and_back_to_the_ranking(panel: FindPremisesPanel) -> None:
    panel.load_project(7)
    ranked = ids_shown(panel)
    panel.table.sortByColumn(column("title"), Qt.SortOrder.AscendingOrder)
    titles = [cell(panel, r, "title") for r in range(panel.model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    panel.table.sortByColumn(column("score"), Qt.SortOrder.DescendingOrder)
    assert ids_shown(panel) == ranked


def test_reset_forgets_the_project(panel: FindPremisesPanel) -> None:
    panel.load_project(7)
    qtbot_free = panel.form.needs()
    assert not qtbot_free.is_empty()
    panel.reset()
    assert panel.form.needs() == Needs()
    assert panel.model.rowCount() == 0 and not panel.project_label.isVisibleTo(panel)


def test_language_switch_relabels_the_results(panel: FindPremisesPanel, language: UiLanguage) -> None:
    panel.load_project(7)
    assert cell(panel, 0, "kind") == "Производственный цех"
    language.set_code("kk")
    assert cell(panel, 0, "kind") == "Өндірістік цех"
    assert cell(panel, 1, "misses") == "Баға"
    assert panel.form.utilities["heating"].text() == "Жылумен жабдықтау"
    assert panel.form.kind.currentData() == "production_hall"
    language.set_code("en")
    assert cell(panel, 0, "town") == "Shakhtinsk"


def test_selection_is_whole_rows(panel: FindPremisesPanel) -> None:
    assert panel.table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    panel.load_project(8)
    panel.table.selectRow(0)
    result = panel.model.index(0, 0).data(RESULT_ROLE)
    assert result.premise["id"] == 8 and panel.selected_ids() == [8]


@pytest.fixture
def read_only(catalog_file: Path) -> Iterator[Catalog]:
    catalog = Catalog.open(catalog_file, read_only=True)
    yield catalog
    catalog.close()


def test_read_only_catalog_cannot_shortlist(
    qtbot: QtBot, read_only: Catalog, language: UiLanguage, settings: QSettings
) -> None:
    context = UiContext.create(catalog=read_only, language=language, settings=settings)
    panel = FindPremisesPanel(context, today=TODAY)
    qtbot.addWidget(panel)
    panel.load_project(6)
    panel.table.selectRow(0)
    assert not panel.shortlist_button.isEnabled()
    assert "только для чтения" in panel.shortlist_note.text()
    index = panel.model.index(0, column(SHORTLIST))
    assert not panel.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert panel.add_selected_to_shortlist() == [22]
    assert read_only.shortlist() == []


def test_a_standalone_panel_needs_only_a_context(qtbot: QtBot, catalog: Catalog, settings: QSettings) -> None:
    panel = FindPremisesPanel(UiContext.create(catalog=catalog, language=UiLanguage(), settings=settings))
    qtbot.addWidget(panel)
    panel.load_project(6)
    assert ids_shown(panel)[0] == 22
