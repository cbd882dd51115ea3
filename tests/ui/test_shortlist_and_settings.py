"""The shortlist lasts across restarts (it is in the catalog); the window remembers its layout."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from guide.catalog.store import Catalog
from guide.ui.language import UiLanguage
from guide.ui.main_window import MainWindow
from tests.ui.conftest import close_window


def open_window(path, settings: QSettings, qtbot) -> tuple[MainWindow, Catalog]:
    catalog = Catalog.open(path)
    win = MainWindow(catalog=catalog, language=UiLanguage("ru"), settings=settings)
    win.show()
    return win, catalog


def test_the_shortlist_survives_a_restart(catalog_file, settings, qtbot):
    win, catalog = open_window(catalog_file, settings, qtbot)
    premises = win.browse_pages["premises"]
    win.show_page("premises")
    assert premises.select_record(3)
    qtbot.mouseClick(premises.detail.shortlist_button, Qt.MouseButton.LeftButton)
    assert premises.detail.shortlist_button.text() == "★ В шорт-листе"
    projects = win.browse_pages["projects"]
    win.show_page("projects")
    assert projects.select_record(4)
    qtbot.mouseClick(projects.detail.shortlist_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.shortlist_page.models["projects"].matching() == 1)
    assert "Шорт-лист: 2" in win.counts_label.text()
    close_window(win)
    catalog.close()

    win, catalog = open_window(catalog_file, settings, qtbot)
    page = win.shortlist_page
    win.show_page("shortlist")
    assert page.models["premises"].matching() == 1
    assert page.models["premises"].record(0)["id"] == 3
    assert page.models["projects"].record(0)["id"] == 4
    assert page.export_button.isEnabled()
    # Unmarking in the list's check box column works the same way.
    win.show_page("premises")  # a list reads its rows when first shown
    model = win.browse_pages["premises"].model
    row = model.row_of(3)
    column = model.column_of("shortlist")
    assert row is not None and column is not None
    assert model.index(row, column).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    model.setData(model.index(row, column), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: page.models["premises"].matching() == 0)
    close_window(win)
    catalog.close()
    assert Catalog.open(catalog_file).shortlist() == [("projects", 4)]


def test_remove_and_clear_on_the_shortlist_page(window, qtbot, monkeypatch):
    window.catalog.set_shortlisted("premises", [1, 2], True)
    page = window.shortlist_page
    window.show_page("shortlist")
    qtbot.waitUntil(lambda: page.models["premises"].matching() == 2)
    page.tables["premises"].selectRow(0)
    first = page.models["premises"].record(0)["id"]
    assert page.remove_button.isEnabled()
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.models["premises"].matching() == 1)
    assert not window.catalog.is_shortlisted("premises", first)


def test_the_window_remembers_its_page_and_splitters(catalog_file, settings, qtbot):
    win, catalog = open_window(catalog_file, settings, qtbot)
    win.show_page("map")
    premises = win.browse_pages["premises"]
    premises.splitter.setSizes([300, 700, 400])
    sizes = premises.splitter.sizes()
    close_window(win)
    catalog.close()
    assert settings.value("window/page") == "map"

    win, catalog = open_window(catalog_file, settings, qtbot)
    assert win.current_page_key() == "map"
    assert win.browse_pages["premises"].splitter.sizes() == sizes
    close_window(win)
    catalog.close()


def test_a_sorted_column_is_remembered(catalog_file, settings, qtbot):
    win, catalog = open_window(catalog_file, settings, qtbot)
    page = win.browse_pages["premises"]
    column = page.model.column_of("power_kw")
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    top = page.model.record(0)["power_kw"]
    assert top == max(p["power_kw"] or 0 for p in catalog.all("premises"))
    close_window(win)
    catalog.close()

    win, catalog = open_window(catalog_file, settings, qtbot)
    page = win.browse_pages["premises"]
    assert page.model.order_by == "power_kw" and page.model.descending
    assert page.model.record(0)["power_kw"] == top
    close_window(win)
    catalog.close()
