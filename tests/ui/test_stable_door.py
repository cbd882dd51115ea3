"""The stable door for tests and automation: open_main_window and the object names of the parts.

Everything here is found by object name, as a script or a screen reader would,
never through the window's Python attributes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QStackedWidget, QTableView, QTreeView, QWidget
from pytestqt.qtbot import QtBot

import guide.ui
from guide.catalog.errors import CatalogUnusable
from guide.ui.main_window import MainWindow
from tests.ui.conftest import close_window, type_text

PAGES = (
    "towns", "premises", "zones", "projects", "suppliers", "incentives", "map", "shortlist", "find_premises", "gaps",
    "quality",
)  # fmt: skip


@pytest.fixture
def door(catalog_file: Path, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    window = guide.ui.open_main_window(catalog_file, language="en", settings_path=tmp_path / "door.ini")
    yield window
    close_window(window)


def part(parent: QWidget, kind: type[QWidget], name: str) -> QWidget:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} called {name!r} in {parent.objectName()!r}"
    return found


def page(window: QWidget, key: str) -> QWidget:
    return part(window, QWidget, f"page-{key}")


def show(window: QWidget, key: str) -> QWidget:
    """Go to a page the way a user does: through the navigation list."""
    nav = part(window, QListWidget, "navigation")
    assert isinstance(nav, QListWidget)
    target = page(window, key)
    stack = target.parentWidget()
    assert isinstance(stack, QStackedWidget)
    nav.setCurrentRow(stack.indexOf(target))
    assert stack.currentWidget() is target
    return target


def test_it_returns_the_shown_window_on_that_catalog(door: MainWindow, catalog_file: Path, tmp_path: Path) -> None:
    assert door.isVisible()
    assert Path(str(door.catalog.path)) == catalog_file
    assert door.language.code == "en"
    assert "Towns" in [
        part(door, QListWidget, "navigation").item(r).text()  # type: ignore[attr-defined]
        for r in range(10)
    ]
    door.close()
    assert (tmp_path / "door.ini").exists(), "the layout is remembered in the settings file given"


def test_an_unusable_catalog_raises_instead_of_asking(tmp_path: Path, qapp: object) -> None:
    with pytest.raises(CatalogUnusable):
        guide.ui.open_main_window(tmp_path / "missing.sqlite")


def test_every_page_and_the_navigation_have_names(door: MainWindow) -> None:
    nav = part(door, QListWidget, "navigation")
    assert nav.accessibleName() == "Sections"
    assert nav.count() == len(PAGES)  # type: ignore[attr-defined]
    for key in PAGES:
        target = page(door, key)
        # The accessible name is the page's title in the UI language.
        assert target.accessibleName(), key
    assert page(door, "premises").accessibleName() == "Premises"
    assert page(door, "map").accessibleName() == "Map"


def test_search_table_and_detail_of_the_premises_page(door: MainWindow, qtbot: QtBot) -> None:
    premises = show(door, "premises")
    search = part(premises, QLineEdit, "search")
    table = part(premises, QTableView, "table")
    detail = part(premises, QWidget, "detail")
    assert search.accessibleName() == "Search: Premises"
    assert table.accessibleName() == "Table: Premises"
    assert detail.accessibleName() == "Details: Premises"
    assert isinstance(table, QTableView) and isinstance(search, QLineEdit)
    before = table.model().rowCount()
    type_text(search, "Temirtau")
    qtbot.waitUntil(lambda: 0 < table.model().rowCount() < before)
    table.selectRow(0)
    record_id = table.model().index(0, 0).data(Qt.ItemDataRole.UserRole)
    record = door.catalog.get("premises", record_id)
    assert record is not None
    assert door.formatter.text(record, "title")[0] in detail.title.text()  # type: ignore[attr-defined]


@pytest.mark.parametrize("key", ["zones", "projects", "suppliers"])
def test_each_list_page_has_its_search_table_and_detail(door: MainWindow, key: str) -> None:
    target = show(door, key)
    for kind, name in ((QLineEdit, "search"), (QTableView, "table"), (QWidget, "detail")):
        assert part(target, kind, name).accessibleName()


def test_the_other_pages_name_their_table_or_detail(door: MainWindow) -> None:
    assert part(page(door, "towns"), QTableView, "table").accessibleName() == "Table: Towns"
    assert part(page(door, "towns"), QWidget, "detail")
    assert part(page(door, "map"), QWidget, "detail")
    assert part(page(door, "shortlist"), QWidget, "detail")
    for kind in ("premises", "projects"):
        assert part(part(page(door, "shortlist"), QWidget, f"shortlist-{kind}"), QTableView, "table")
    assert part(page(door, "find_premises"), QTableView, "table")
    assert part(page(door, "quality"), QTableView, "table")
    assert part(page(door, "gaps"), QTreeView, "table")


def test_selecting_on_the_shortlist_enables_edit_and_delete(door: MainWindow, qtbot: QtBot) -> None:
    """Edit and Delete follow the selection of any page, through the page interface."""
    door.catalog.set_shortlisted("premises", [1], True)
    shortlist = show(door, "shortlist")
    table = part(part(shortlist, QWidget, "shortlist-premises"), QTableView, "table")
    assert isinstance(table, QTableView)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert not door.editing.edit_action.isEnabled()
    table.selectRow(0)
    assert door.editing.edit_action.isEnabled() and door.editing.delete_action.isEnabled()
    assert door.editing.current_record() == ("premises", 1)
