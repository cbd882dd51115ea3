"""Help: the list of shortcuts comes from the window's actions; filters explain themselves (Shift+F1)."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget

from guide.ui.help.shortcuts import ShortcutsDialog


def test_the_shortcuts_list_names_every_action_with_keys(window, qtbot):
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ShortcutsDialog)
    table = dialog.findChild(QTableWidget)
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Ctrl+P"] == window.export_action.text()
    assert rows["F1"] == window.user_guide_action.text()
    assert rows["Ctrl+1"] == window.nav.item(0).text()
    assert rows["Ctrl+0"] == window.nav.item(9).text()


def test_filters_explain_themselves_in_the_ui_language(window, qtbot):
    page = window.show_page("premises")
    panel = page.filter_panel
    assert "кВт" in panel.min_power.whatsThis()
    assert all(box.whatsThis() for box in panel.utilities.values())
    assert window.whats_this_action.text() == "Что это?"
