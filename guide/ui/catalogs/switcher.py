"""One window per open catalog: opening another catalog builds a new window and closes the old one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from guide.catalog.store import Catalog
from guide.ui.catalogs.catalog_actions import CatalogActions


class CatalogWindow(Protocol):
    catalog_actions: CatalogActions

    destroyed: Any

    def show(self) -> None: ...
    def close(self) -> bool: ...
    def deleteLater(self) -> None: ...


# Opens the catalog at a path (asking the user what to do when it can't), or None.
Opener = Callable[[Path, QWidget | None], Catalog | None]
WindowFactory = Callable[[Catalog], CatalogWindow]


class WindowSwitcher(QObject):
    """Keeps the one shown window and its catalog; closes both when another catalog is opened."""

    def __init__(self, *, make_window: WindowFactory, opener: Opener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.make_window = make_window
        self.opener = opener
        self.window: CatalogWindow | None = None
        self.catalog: Catalog | None = None

    def show(self, catalog: Catalog) -> CatalogWindow:
        window = self.make_window(catalog)
        window.catalog_actions.open_requested.connect(self.switch_to)
        old_window, old_catalog = self.window, self.catalog
        self.window, self.catalog = window, catalog
        window.show()
        if old_window is not None:
            old_window.close()
            # The old catalog closes only once its window is gone: until the deferred delete runs, the
            # window's models and timers may still read from it.
            if old_catalog is not None:
                old_window.destroyed.connect(lambda *_: old_catalog.close())
            old_window.deleteLater()
        elif old_catalog is not None:
            old_catalog.close()
        return window

    def switch_to(self, path: Path) -> CatalogWindow | None:
        current = self.catalog.path if self.catalog is not None else None
        if current is not None and Path(path).resolve() == Path(current).resolve():
            return self.window
        parent = self.window if isinstance(self.window, QWidget) else None
        catalog = self.opener(Path(path), parent)
        if catalog is None:
            return None
        return self.show(catalog)

    def close(self) -> None:
        if self.catalog is not None:
            self.catalog.close()
            self.catalog = None
