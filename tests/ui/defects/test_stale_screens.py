"""Issue 16's stale-screen defects: what the window shows is what the list holds."""

from __future__ import annotations

from guide.catalog.search import Filters
from tests.ui.conftest import type_text


def _select_first_temirtau_premise(window, qtbot):
    page = window.show_page("premises")
    row = next(r for r in range(page.model.rowCount()) if page.model.record(r)["town"] == "temirtau")
    page.table.selectRow(row)
    record_id = page.current_record_id()
    assert page.detail.record_id == record_id
    return page, record_id


def test_a_search_that_hides_the_selected_record_clears_the_detail_and_the_actions(window, qtbot):
    # Defect 1: select a Temirtau premise, then search "Балқаш".
    page, record_id = _select_first_temirtau_premise(window, qtbot)
    assert window.editing.edit_action.isEnabled()
    with qtbot.waitSignal(page.search.search_changed, timeout=2000):
        type_text(page.search, "Балқаш")
    assert page.model.row_of(record_id) is None
    assert page.detail.record_id is None and page.detail.record is None
    assert page.current_record_id() is None
    window.editing.update()
    assert not window.editing.edit_action.isEnabled()
    assert not window.editing.delete_action.isEnabled()
    assert window.editing.current_record() is None


def test_a_filter_that_keeps_the_selected_record_keeps_it_selected(window, qtbot):
    page, record_id = _select_first_temirtau_premise(window, qtbot)
    panel = page.filter_panel
    panel.town.setCurrentIndex(panel.town.findData("temirtau"))
    qtbot.waitUntil(lambda: page.model.rowCount() == window.catalog.count("premises", Filters(towns=["temirtau"])))
    assert page.current_record_id() == record_id
    assert page.detail.record_id == record_id


def test_a_dashboard_link_shows_all_the_town_s_records_whatever_was_searched_before(window, qtbot):
    # Defect 2: search "Balkhash" on Premises, then Towns → Temirtau → "Premises: 7 →".
    page = window.show_page("premises")
    with qtbot.waitSignal(page.search.search_changed, timeout=2000):
        type_text(page.search, "Balkhash")
    page.filter_panel.min_power.setValue(500)
    qtbot.waitUntil(lambda: page.filter_panel.filters().min_power_kw == 500)
    window.show_page("towns")
    window.towns_page.open_records.emit("premises", "temirtau")
    expected = window.catalog.count("premises", Filters(towns=["temirtau"]))
    assert expected == 7
    assert window.current_page_key() == "premises"
    assert page.search.text() == ""
    assert page.filter_panel.filters() == Filters(towns=["temirtau"])
    assert page.model.rowCount() == expected
    assert page.count_label.text() == f"Показано {expected} из 30"


def test_the_shortlist_page_enables_edit_and_delete_for_the_selected_row(window, qtbot):
    # Defect 3: selecting a row on the Shortlist page never enabled Edit or Delete; Ctrl+E did nothing.
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.catalog.set_shortlisted("premises", [3], True)
    page = window.show_page("shortlist")
    window.editing.update()
    assert not window.editing.edit_action.isEnabled()
    table = page.tables["premises"]
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    table.selectRow(0)
    assert window.editing.edit_action.isEnabled() and window.editing.delete_action.isEnabled()
    opened: list = []
    window.editing.controller.run_dialog = lambda form: opened.append(form.record_id) or 0
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert opened == [3]
