"""Catalog change notifications as a Qt signal.

Views connect to :attr:`CatalogNotifier.changed` and refresh the kind that
changed. Writes made through this process's :class:`Catalog` arrive through
its listener at once. Writes made by *another* process (a second window, the
command line importing a sheet) can't call our listeners, and SQLite has no
cross-process notification; but ``PRAGMA data_version`` on our connection
changes whenever another connection commits, and reading it is a cheap
in-memory check. So we poll it once a second and, when it moved, tell
everyone that anything may have changed.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, QTimer, Signal

from guide.catalog import fields as F
from guide.catalog.store import Catalog

POLL_INTERVAL_MS = 1000
# The kinds announced after another process wrote: we can't know which it touched.
ALL_KINDS: tuple[str, ...] = (*F.KINDS, "shortlist")


class CatalogNotifier(QObject):
    """Emits ``changed(kind)`` after every committed write to the catalog, ours or another process's."""

    changed = Signal(str)

    def __init__(self, *, catalog: Catalog, interval_ms: int = POLL_INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._version = self._data_version()
        catalog.add_listener(self._on_write)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def _data_version(self) -> int | None:
        try:
            return self.catalog.data_version()
        except sqlite3.Error:
            # Closed or busy: try again on the next tick.
            return None

    def _on_write(self, kind: str) -> None:
        self.changed.emit(kind)

    def poll(self) -> bool:
        """Check for another process's writes now; True when there were some."""
        version = self._data_version()
        if version is None or version == self._version:
            return False
        self._version = version
        # Through the catalog, so its own caches (town lookups) and every other
        # listener hear of it too; our listener re-emits each kind.
        self.catalog.notify(*ALL_KINDS)
        return True

    def stop(self) -> None:
        self._timer.stop()
        self.catalog.remove_listener(self._on_write)
