"""Editing from the main window: the toolbar's commands reach the editing controller, and undo works."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from guide.ui.editing.prompts import Prompter


class Yes(Prompter):
    """Says yes to every question (the delete confirmation)."""

    def choose(self, parent: Any, title: str, text: str, options: list[str], *, default: int = 0) -> int:
        return 0


def test_edit_from_the_toolbar_then_undo_and_redo(window, qtbot):
    page = window.browse_pages["premises"]
    window.show_page("premises")
    assert page.select_record(2)
    editing = window.editing
    assert editing.edit_action.isEnabled()
    assert not editing.undo_action.isEnabled()

    def fill(form: Any) -> int:
        qtbot.addWidget(form)
        form.editor("title").edit.setText("Склад у станции, отремонтирован")
        return int(form.save())

    editing.controller.run_dialog = fill
    editing.edit_action.trigger()
    assert window.catalog.require("premises", 2)["title"] == "Склад у станции, отремонтирован"
    qtbot.waitUntil(lambda: "отремонтирован" in page.detail.title.text())
    assert editing.undo_action.isEnabled()
    assert "отремонтирован" in editing.undo_action.text()

    window.activateWindow()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.catalog.require("premises", 2)["title"] != "Склад у станции, отремонтирован"
    QTest.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.catalog.require("premises", 2)["title"] == "Склад у станции, отремонтирован"


def test_add_selects_the_new_record(window, qtbot):
    window.show_page("suppliers")

    def fill(form: Any) -> int:
        qtbot.addWidget(form)
        form.editor("name").edit.setText("ТОО «Абай Логистик»")
        form.editor("town").set_value("abai")
        form.editor("niche").set_value("logistics")
        return int(form.save())

    window.editing.controller.run_dialog = fill
    new_id = window.editing.add()
    assert new_id is not None
    page = window.browse_pages["suppliers"]
    assert page.current_record_id() == new_id
    assert page.count_label.text() == "Показано 19 из 19"


def test_delete_asks_and_the_list_follows(window, qtbot):
    page = window.browse_pages["projects"]
    window.show_page("projects")
    assert page.select_record(8)
    window.editing.controller.prompter = Yes()
    assert window.editing.delete()
    assert window.catalog.get("projects", 8) is None
    qtbot.waitUntil(lambda: page.count_label.text() == "Показано 7 из 7")
    window.editing.undo_action.trigger()
    assert window.catalog.get("projects", 8) is not None


def test_nothing_to_edit_on_a_page_without_a_selection(window):
    window.show_page("premises")
    assert window.editing.add_action.isEnabled()
    assert not window.editing.edit_action.isEnabled()
    window.show_page("gaps" if "gaps" in window.pages else "map")
    window.editing.update()
    assert window.editing.current_record() is None
