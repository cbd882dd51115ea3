"""Tables read from the catalog a page at a time, as the view scrolls: Qt's fetchMore, written once.

The record lists and the Data quality page count what passes their filters
(``_count``), hold the rows read so far (``_rows``) and read the next page
when the view asks for more (``_page``). What a read page adds besides its
rows (the record lists' completeness) goes in ``_append``.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex


class PagedRows:
    """Mixed in before a Qt model class; the model sets ``_rows``, ``_count``, ``page_size`` and defines ``_page``."""

    _rows: list[Any]
    _count: int
    page_size: int

    def _page(self, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def _append(self, rows: list[Any]) -> None:
        self._rows.extend(rows)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802 (Qt's name)
        return not parent.isValid() and len(self._rows) < self._count

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802 (Qt's name)
        if parent.isValid():
            return
        rows = self._page(len(self._rows), min(self.page_size, self._count - len(self._rows)))
        if not rows:
            # The table shrank under us (another window deleted rows): stop asking.
            self._count = len(self._rows)
            return
        model = cast(QAbstractItemModel, self)
        first = len(self._rows)
        model.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._append(rows)
        model.endInsertRows()
