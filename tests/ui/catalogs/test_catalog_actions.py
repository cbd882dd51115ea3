"""File menu: new, open, recent catalogs, backups and restore; Edit: remove the demo set (undoable)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from guide.catalog.backup import list_backups, make_backup
from guide.catalog.demo import demo_records
from guide.catalog.store import Catalog
from guide.ui.catalogs.catalog_actions import CatalogActions
from guide.ui.catalogs.recent import RecentCatalogs
from guide.ui.catalogs.switcher import WindowSwitcher
from guide.ui.language import UiLanguage
from guide.ui.main_window import MainWindow
from guide.ui.opening import open_catalog
from tests.ui.conftest import close_window


class ScriptedAsker:
    """Answers the actions' questions from a script, and records what was said."""

    def __init__(self) -> None:
        self.paths: list[Path | None] = []
        self.choices: list[int] = []
        self.said: list[tuple[str, str]] = []

    def save_path(self, title: str, suggested: str) -> Path | None:
        return self.paths.pop(0)

    def open_path(self, title: str, folder: str) -> Path | None:
        return self.paths.pop(0)

    def choose(self, title: str, text: str, buttons: list[str]) -> int:
        self.said.append((title, text))
        return self.choices.pop(0)

    def pick(self, title: str, label: str, items: list[str]) -> int:
        return self.choices.pop(0)

    def inform(self, title: str, text: str) -> None:
        self.said.append((title, text))


@pytest.fixture
def switcher(
    file_catalog: Catalog, language: UiLanguage, settings: QSettings, qtbot: QtBot
) -> Iterator[WindowSwitcher]:
    def make_window(catalog: Catalog) -> MainWindow:
        window = MainWindow(catalog=catalog, language=language, settings=settings)
        window.catalog_actions.asker = asker
        return window

    asker = ScriptedAsker()
    switcher = WindowSwitcher(make_window=make_window, opener=lambda path, _: open_catalog(path, choose=lambda *a: -1))
    switcher.asker = asker  # type: ignore[attr-defined]
    switcher.show(file_catalog)
    yield switcher
    if switcher.window is not None:
        close_window(switcher.window)  # type: ignore[arg-type]
    # The fixture's own catalog is closed by its fixture; close only one the test switched to.
    if switcher.catalog is not file_catalog:
        switcher.close()


def _window(switcher: WindowSwitcher) -> MainWindow:
    assert isinstance(switcher.window, MainWindow)
    return switcher.window


def test_new_catalog_with_real_data_only_opens_in_a_new_window(switcher: WindowSwitcher, tmp_path: Path) -> None:
    first = _window(switcher)
    asker = switcher.asker  # type: ignore[attr-defined]
    asker.paths = [tmp_path / "real.db"]
    asker.choices = [1]  # "Только достоверные данные"
    first.catalog_actions.new_action.trigger()
    second = _window(switcher)
    assert second is not first and not first.isVisible()
    assert second.catalog.path == tmp_path / "real.db"
    assert second.catalog.total("premises") == 0 and second.catalog.total("towns") == 6
    assert "real.db" in second.windowTitle()
    assert str(tmp_path / "real.db") in second.path_label.text()


def test_new_catalog_never_replaces_an_existing_file(switcher: WindowSwitcher, tmp_path: Path) -> None:
    existing = tmp_path / "mine.db"
    existing.write_bytes(b"months of work")
    asker = switcher.asker  # type: ignore[attr-defined]
    asker.paths = [existing]
    _window(switcher).catalog_actions.new_action.trigger()
    assert existing.read_bytes() == b"months of work"
    assert "mine.db" in asker.said[-1][1]


def test_open_recent_lists_the_catalogs_opened_before(
    switcher: WindowSwitcher, tmp_path: Path, settings: QSettings
) -> None:
    first = _window(switcher)
    first_path = first.catalog.path
    asker = switcher.asker  # type: ignore[attr-defined]
    asker.paths = [tmp_path / "other.db"]
    asker.choices = [0]
    first.catalog_actions.new_action.trigger()
    second = _window(switcher)
    menu = second.catalog_actions.recent_menu
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.isEnabled()]
    assert [a.toolTip() for a in entries] == [str(Path(first_path).resolve())]
    entries[0].trigger()
    assert _window(switcher).catalog.path == first_path
    assert RecentCatalogs(settings=settings).paths()[0] == Path(first_path).resolve()


def test_backup_now_and_restore_bring_the_catalog_back(switcher: WindowSwitcher) -> None:
    window = _window(switcher)
    actions: CatalogActions = window.catalog_actions
    asker = switcher.asker  # type: ignore[attr-defined]
    actions.backup_action.trigger()
    assert list_backups(window.catalog.path)[0].name.endswith("-manual.db")
    premise = window.catalog.all("premises")[0]
    window.catalog.update("premises", premise["id"], {"title": "Changed after the backup"})
    asker.choices = [0, 0]  # the newest backup; yes, restore
    source = actions.restore()
    assert source is not None and source.name.endswith("-manual.db")
    assert window.catalog.require("premises", premise["id"])["title"] == premise["title"]
    assert "before-restore" in list_backups(window.catalog.path)[0].name


def test_save_a_copy_refuses_the_catalog_itself(switcher: WindowSwitcher, tmp_path: Path) -> None:
    window = _window(switcher)
    asker = switcher.asker  # type: ignore[attr-defined]
    asker.paths = [Path(window.catalog.path), tmp_path / "copy.db"]
    assert window.catalog_actions.save_copy() is None
    assert window.catalog_actions.save_copy() == tmp_path / "copy.db"
    copy = Catalog.open(tmp_path / "copy.db", read_only=True)
    try:
        assert copy.total("premises") == window.catalog.total("premises")
    finally:
        copy.close()


def test_remove_demo_is_one_undo_step(switcher: WindowSwitcher) -> None:
    window = _window(switcher)
    asker = switcher.asker  # type: ignore[attr-defined]
    premises = window.catalog.total("premises")
    asker.choices = [0]
    window.catalog_actions.remove_demo_action.trigger()
    assert demo_records(window.catalog) == {}
    assert window.editing.undo_action.isEnabled()
    assert "демо" in window.editing.undo_action.text()
    window.editing.undo_action.trigger()
    assert window.catalog.total("premises") == premises
    assert demo_records(window.catalog)


def test_a_backup_can_be_made_before_any_import(file_catalog: Catalog) -> None:
    # The restore list is the backups folder: a manual backup shows up in it first.
    target = make_backup(file_catalog, reason="manual")
    assert target is not None and list_backups(file_catalog.path)[0] == target


def test_restore_offers_a_catalog_once_set_aside(switcher: WindowSwitcher) -> None:
    # Issue 17, item 2: every kept file can be restored, the set-aside (.keep) ones too.
    import shutil

    from guide.catalog.backup import backup_folder

    window = _window(switcher)
    folder = backup_folder(window.catalog.path)
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / "catalog-20260101-000000-000000-unusable.db.keep"
    make_backup(window.catalog, reason="manual")
    shutil.copy(list_backups(window.catalog.path)[0], kept)
    offered: list[list[str]] = []
    asker = switcher.asker  # type: ignore[attr-defined]
    asker.pick = lambda title, label, items: offered.append(items) or items.index(kept.name)  # type: ignore[method-assign]
    asker.choices = [0]
    assert window.catalog_actions.restore() == kept
    assert kept.name in offered[0]
