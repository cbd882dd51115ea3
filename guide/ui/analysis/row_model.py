"""A flat table over rows held in memory: the plumbing the analysis tables share."""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from guide.catalog.store import Catalog
from guide.ui.language import UiLanguage

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows in ``_rows``, one column per key of :attr:`columns`, town names looked up once per language.

    Holds no ``tr()`` calls on purpose: the class name is lupdate's translation
    context, so every translated string stays in the subclass that shows it.
    """

    columns: ClassVar[tuple[str, ...]] = ()

    def __init__(self, *, catalog: Catalog, language: UiLanguage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self._rows: list[RowT] = []
        self._towns: dict[str, str] = {}

    @property
    def lang(self) -> str:
        return self.language.code

    def retranslate(self) -> None:
        """Drop the cached town names and tell views every header and cell has new text."""
        self._towns = {}
        last_column = len(self.columns) - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last_column)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last_column))

    def _town(self, town_id: str | None) -> str:
        if town_id is None:
            return ""
        if town_id not in self._towns:
            self._towns[town_id] = self.catalog.town_name(town_id, self.lang)
        return self._towns[town_id]

    # -- Qt model interface ---------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
