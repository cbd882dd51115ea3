"""File menu actions over catalogs: new, open, open recent, back up, save a copy, restore, remove the demo set.

The actions never switch the window's catalog themselves: they ask for it with
``open_requested(path)``, and the application opens that catalog in a new
window (see :mod:`guide.ui.catalogs.switcher`), so a window is always built
over one catalog from start to end.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from guide.catalog import fields as F
from guide.catalog.backup import copy_database, list_kept, make_backup
from guide.catalog.bundled import create_catalog
from guide.catalog.demo import demo_records, remove_demo
from guide.catalog.errors import CatalogError
from guide.catalog.history import History
from guide.catalog.restore import restore_backup
from guide.catalog.store import Catalog
from guide.ui.catalogs.dialogs import Asker, DialogAsker
from guide.ui.catalogs.recent import RecentCatalogs


class CatalogActions(QObject):
    """The actions and the Open recent menu; ``open_requested`` asks the application to open a catalog."""

    open_requested = Signal(Path)

    def __init__(
        self,
        *,
        catalog: Catalog,
        recent: RecentCatalogs,
        history: History | None = None,
        asker: Asker | None = None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.recent = recent
        self.history = history
        self.asker: Asker = asker or DialogAsker(parent)
        self.new_action = QAction(parent)
        self.new_action.setObjectName("action-new-catalog")
        self.new_action.triggered.connect(self.new_catalog)
        self.open_action = QAction(parent)
        self.open_action.setObjectName("action-open-catalog")
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_other)
        self.recent_menu = QMenu(parent)
        self.recent_menu.setObjectName("menu-recent-catalogs")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.backup_action = QAction(parent)
        self.backup_action.setObjectName("action-backup-now")
        self.backup_action.triggered.connect(self.backup_now)
        self.save_copy_action = QAction(parent)
        self.save_copy_action.setObjectName("action-save-copy")
        self.save_copy_action.triggered.connect(self.save_copy)
        self.restore_action = QAction(parent)
        self.restore_action.setObjectName("action-restore-backup")
        self.restore_action.triggered.connect(self.restore)
        self.remove_demo_action = QAction(parent)
        self.remove_demo_action.setObjectName("action-remove-demo")
        self.remove_demo_action.triggered.connect(self.remove_demo)
        writable = not catalog.read_only and catalog.path is not None
        for action in (self.restore_action, self.remove_demo_action):
            action.setEnabled(writable)
        for action in (self.backup_action, self.save_copy_action):
            action.setEnabled(catalog.path is not None)
        if catalog.path is not None:
            recent.add(catalog.path)
        self.retranslate_ui()

    def menu_actions(self) -> list[QAction | QMenu | None]:
        """The File menu's catalog part, in order (None: a separator)."""
        return [self.new_action, self.open_action, self.recent_menu, None,
                self.backup_action, self.save_copy_action, self.restore_action]  # fmt: skip

    # -- opening ------------------------------------------------------------------------------

    def _folder(self) -> str:
        return str(self.catalog.path.parent) if self.catalog.path else ""

    def new_catalog(self) -> Path | None:
        path = self.asker.save_path(self.tr("Новый каталог"), str(Path(self._folder()) / "catalog.db"))
        if path is None:
            return None
        if path.exists():
            # A catalog is months of work: a new one never replaces a file, even if the dialog allowed it.
            self.asker.inform(self.tr("Новый каталог"),
                              self.tr("Файл уже есть: {path}\nВыберите другое имя.").format(path=str(path)))  # fmt: skip
            return None
        choice = self.asker.choose(
            self.tr("Новый каталог"),
            self.tr("Что положить в новый каталог?\n\nДостоверные данные: моногорода Карагандинской области, их "
                    "статус, показатели и проекты из источников. Демонстрационный набор: придуманные помещения, "
                    "промзоны и поставщики, помеченные «ДЕМО», чтобы опробовать программу."),
            [self.tr("Достоверные и демонстрационные данные"), self.tr("Только достоверные данные"), self.tr("Отмена")],
        )  # fmt: skip
        if choice not in (0, 1):
            return None
        try:
            create_catalog(path, demo=choice == 0)
        except (CatalogError, OSError) as exc:
            self.asker.inform(self.tr("Каталог не создан"), str(exc))
            return None
        self.open_requested.emit(path)
        return path

    def open_other(self) -> Path | None:
        path = self.asker.open_path(self.tr("Открыть каталог"), self._folder())
        if path is not None:
            self.open_requested.emit(path)
        return path

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = self.catalog.path.resolve() if self.catalog.path else None
        paths = [p for p in self.recent.paths() if p.resolve() != current]
        for path in paths:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_requested.emit(p))
        if not paths:
            self.recent_menu.addAction(self.tr("Нет других каталогов")).setEnabled(False)

    # -- copies ----------------------------------------------------------------------------------

    def backup_now(self) -> Path | None:
        try:
            target = make_backup(self.catalog, reason="manual")
        except CatalogError as exc:
            self.asker.inform(self.tr("Резервная копия не сделана"), str(exc))
            return None
        if target is not None:
            self.asker.inform(self.tr("Резервная копия"), self.tr("Копия каталога сохранена:\n{path}").format(
                path=str(target)))  # fmt: skip
        return target

    def save_copy(self) -> Path | None:
        assert self.catalog.path is not None
        suggested = Path(self._folder()) / f"{self.catalog.path.stem}-copy.db"
        target = self.asker.save_path(self.tr("Сохранить копию каталога"), str(suggested))
        if target is None:
            return None
        if target.resolve() == self.catalog.path.resolve():
            self.asker.inform(self.tr("Копия не сохранена"), self.tr("Это сам каталог; выберите другой файл."))
            return None
        try:
            copy_database(self.catalog.db.conn, target)
        except OSError as exc:
            self.asker.inform(self.tr("Копия не сохранена"), f"{target}: {exc.strerror}")
            return None
        except sqlite3.Error as exc:
            # SQLite's own "database or disk is full" and the like; copy_database has cleaned up.
            self.asker.inform(self.tr("Копия не сохранена"), f"{target}: {exc}")
            return None
        return target

    def restore(self) -> Path | None:
        assert self.catalog.path is not None
        # Every file restore can use: the backups and any catalog once set aside as unusable (.keep).
        backups = list_kept(self.catalog.path)
        if not backups:
            self.asker.inform(self.tr("Восстановление"), self.tr("Резервных копий этого каталога нет."))
            return None
        chosen = self.asker.pick(self.tr("Восстановление"), self.tr("Какую копию восстановить? (сначала новые)"),
                                 [p.name for p in backups])  # fmt: skip
        if chosen < 0:
            return None
        source = backups[chosen]
        answer = self.asker.choose(
            self.tr("Восстановление"),
            self.tr("Заменить каталог копией {name}?\nТекущий каталог сначала сохраняется в резервную копию, "
                    "так что восстановление тоже можно отменить.").format(name=source.name),
            [self.tr("Восстановить"), self.tr("Отмена")],
        )  # fmt: skip
        if answer != 0:
            return None
        try:
            restore_backup(source, self.catalog.path)
        except (CatalogError, OSError) as exc:
            self.asker.inform(self.tr("Восстановление не удалось"), str(exc))
            return None
        # The restore wrote through another connection; every view reads again.
        if self.history is not None:
            self.history.clear()
        self.catalog.notify(*F.KINDS)
        return source

    # -- the demo set -------------------------------------------------------------------------------

    def remove_demo(self) -> dict[str, int]:
        found = demo_records(self.catalog)
        if not found:
            self.asker.inform(self.tr("Демонстрационные записи"), self.tr("В каталоге нет демонстрационных записей."))
            return {}
        total = sum(len(ids) for ids in found.values())
        answer = self.asker.choose(
            self.tr("Демонстрационные записи"),
            self.tr("Удалить все демонстрационные записи ({count})? Достоверные данные останутся. "
                    "Удаление можно отменить (Ctrl+Z).").format(count=total),
            [self.tr("Удалить"), self.tr("Отмена")],
        )  # fmt: skip
        if answer != 0:
            return {}
        try:
            return remove_demo(self.catalog, history=self.history)
        except CatalogError as exc:
            self.asker.inform(self.tr("Демонстрационные записи не удалены"), str(exc))
            return {}

    # -- texts ---------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.new_action.setText(self.tr("Новый каталог…"))
        self.open_action.setText(self.tr("Открыть каталог…"))
        self.recent_menu.setTitle(self.tr("Недавние каталоги"))
        self.backup_action.setText(self.tr("Сделать резервную копию"))
        self.backup_action.setToolTip(self.tr("Копия каталога в папку резервных копий рядом с ним"))
        self.save_copy_action.setText(self.tr("Сохранить копию как…"))
        self.restore_action.setText(self.tr("Восстановить из резервной копии…"))
        self.remove_demo_action.setText(self.tr("Удалить демонстрационные записи…"))
