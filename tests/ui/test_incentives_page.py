"""The "Incentives and contacts" page and the town dashboard's new facts (issue 14)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from guide.catalog.tabular import read_table
from guide.ui.editing.prompts import FileChooser, Prompter
from guide.ui.incentives.incentives_page import IncentivesPage


class SaveTo(FileChooser):
    def __init__(self, path: Path) -> None:
        self.path = path

    def save_file(self, parent: Any, title: str, suggested: str, name_filter: str) -> Path | None:
        return self.path


class Quiet(Prompter):
    def inform(self, parent: Any, title: str, text: str) -> None:
        pass


def test_the_page_lists_filters_and_details_incentives_and_contacts(window, qtbot, qtmodeltester):
    page = window.pages["incentives"]
    assert isinstance(page, IncentivesPage)
    window.show_page("incentives")
    assert window.nav.currentItem().text() == "Льготы и контакты"
    incentives = page.show_kind("incentives")
    qtmodeltester.check(incentives.model)
    total = window.catalog.total("incentives")
    assert incentives.count_label.text() == f"Показано {total} из {total}"
    # Filter by kind: the customs measures only.
    box = incentives.filter_panel.kind_box
    assert box is not None
    box.setCurrentIndex(box.findData("customs"))
    customs = sum(1 for r in window.catalog.all("incentives") if r["kind"] == "customs")
    qtbot.waitUntil(lambda: incentives.count_label.text() == f"Показано {customs} из {total}")
    # Selecting a row shows the record with its source in the detail pane.
    assert page.select_record("incentives", 12)
    qtbot.waitUntil(lambda: "Сарыарка" in incentives.detail.title.text())
    # The institutions tab: filtered by town, national and region-wide ones stay (they serve every town).
    institutions = page.show_kind("institutions")
    qtmodeltester.check(institutions.model)
    institutions.show_town("saran")
    serving = [r for r in window.catalog.all("institutions") if r["town"] in (None, "saran")]
    qtbot.waitUntil(lambda: institutions.model.matching() == len(serving))
    assert window.editing.current_kind() == "institutions"


def test_editing_and_export_work_on_the_shown_tab(window, qtbot, tmp_path):
    page = window.pages["incentives"]
    window.show_page("incentives")
    routes = page.show_kind("routes")
    assert routes.select_record(7)
    assert window.editing.edit_action.isEnabled() and window.editing.export_table_action.isEnabled()

    def fill(form: Any) -> int:
        qtbot.addWidget(form)
        form.editor("time_h").edit.setText("3,5")
        return int(form.save())

    window.editing.controller.run_dialog = fill
    assert window.editing.edit()
    assert window.catalog.require("routes", 7)["time_h"] == 3.5
    window.editing.undo_action.trigger()
    assert window.catalog.require("routes", 7)["time_h"] == 3

    out = tmp_path / "routes.xlsx"
    window.editing.controller.files = SaveTo(out)
    window.editing.controller.prompter = Quiet()
    assert window.editing.export_table() == window.catalog.total("routes")
    assert len(read_table(out).rows) == window.catalog.total("routes")


def test_the_dashboard_shows_population_date_and_routes(window, qtbot):
    window.show_page("towns")
    window.towns_page.show_town("balkhash")
    dashboard = window.towns_page.dashboard
    figures = dashboard.figures.text()
    assert "73" in figures and "01.01.2024" in figures and "parasat" in figures
    logistics = dashboard.logistics.text()
    assert "Логистика" in logistics and "363" in logistics and "Мойынты" in logistics
    # The routes link opens the Incentives and contacts page on the town's routes.
    qtbot.mouseClick(dashboard.link_buttons["routes"], Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "incentives"
    routes = window.pages["incentives"].current_browse_page()
    assert routes.kind == "routes"
    balkhash = len(window.catalog.where("routes", "town", "balkhash"))
    qtbot.waitUntil(lambda: routes.model.matching() == balkhash)
