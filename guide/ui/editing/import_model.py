"""The rows of a file being imported, as read, with its problems marked on the cells."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from guide.catalog import fields as F
from guide.catalog.errors import Problem

BAD_ROW = QColor("#fdecea")
BAD_CELL = QColor("#f5b7b1")
Index = QModelIndex | QPersistentModelIndex


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ImportPreviewModel(QAbstractTableModel):
    """Headers and rows of a file; rows and cells with problems are tinted, their reasons in tooltips."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.codes: list[str | None] = []
        self.rows: list[tuple[int, list[Any]]] = []
        self.kind: F.Kind | None = None
        self.lang = "ru"
        self._row_problems: dict[int, list[str]] = {}
        self._cell_problems: dict[tuple[int, int], list[str]] = {}

    def set_table(
        self,
        kind: F.Kind,
        headers: list[str],
        codes: list[str | None],
        rows: list[tuple[int, list[Any]]],
        problems: list[Problem],
        lang: str,
    ) -> None:
        self.beginResetModel()
        self.kind = kind
        self.headers = [str(h or "") for h in headers]
        self.codes = list(codes) + [None] * (len(self.headers) - len(codes))
        self.rows = rows
        self.lang = lang
        self._row_problems = {}
        self._cell_problems = {}
        for problem in problems:
            if problem.row is None:
                continue
            message = problem.text(lang)
            self._row_problems.setdefault(problem.row, []).append(message)
            column = self.column_of(problem.column)
            if column is not None:
                self._cell_problems.setdefault((problem.row, column), []).append(message)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.headers, self.codes, self.rows = [], [], []
        self._row_problems, self._cell_problems = {}, {}
        self.endResetModel()

    def column_of(self, column: str | None) -> int | None:
        """The index of the column a problem names (``header`` or ``header (code)``)."""
        if not column:
            return None
        for index, header in enumerate(self.headers):
            if column == header or column.startswith(header + " (") or column == self.codes[index]:
                return index
        return None

    def row_of(self, number: int) -> int | None:
        """The model row showing file row ``number``."""
        for index, (row_number, _) in enumerate(self.rows):
            if row_number == number:
                return index
        return None

    # -- QAbstractTableModel ------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) or index.column() >= len(self.headers):
            return None
        number, values = self.rows[index.row()]
        value = values[index.column()] if index.column() < len(values) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            messages = self._cell_problems.get((number, index.column()))
            return "\n".join(messages) if messages else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if (number, index.column()) in self._cell_problems:
                return QBrush(BAD_CELL)
            if number in self._row_problems:
                return QBrush(BAD_ROW)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < len(self.rows) and role == Qt.ItemDataRole.DisplayRole:
                return str(self.rows[section][0])
            return None
        if not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and self.kind is not None:
            code = self.codes[section]
            if code is None:
                return None
            return f"{self.kind.field(code).label(self.lang)} ({code})"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
