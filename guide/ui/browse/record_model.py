"""A table model over one kind of catalog record, fetched lazily page by page.

The model holds the rows fetched so far and the number of rows the query
admits; Qt's views ask ``canFetchMore``/``fetchMore`` as the user scrolls,
and each call reads one more page with ``catalog.query(limit, offset)``.
Sorting and filtering re-run the query in SQL. Nothing ever loads the whole
table, so 100,000 premises open as fast as 30.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from guide.catalog import fields as F
from guide.catalog import quality, rules
from guide.catalog.search import Filters
from guide.catalog.store import Catalog
from guide.ui import palette
from guide.ui.browse.columns import COMPLETENESS, SHORTLIST, Column, columns_for
from guide.ui.formatting import Formatter
from guide.ui.paging import PagedRows

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(PagedRows, QAbstractTableModel):
    """Records of ``kind`` that pass the filters and the search text, in pages of :data:`PAGE_SIZE`."""

    def __init__(
        self,
        *,
        catalog: Catalog,
        kind: str,
        formatter: Formatter,
        page_size: int = PAGE_SIZE,
        load: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.kind = kind
        self.formatter = formatter
        self.page_size = page_size
        self.columns: list[Column] = columns_for(kind)
        self.filters = Filters()
        self.text = ""
        self.order_by: str | None = None
        self.descending = False
        self._rows: list[dict[str, Any]] = []
        # Completeness of each fetched row, computed once when it is fetched.
        self._quality: list[tuple[float, list[str]]] = []
        self._count = 0
        self._shortlisted: set[int] = set()
        # False until the first read: a hidden list reads when first shown (``load=False``, issue 18).
        self.loaded = False
        if load:
            self._load(self.page_size)

    # -- querying --------------------------------------------------------------

    def _load(self, rows: int) -> None:
        self.loaded = True
        self._count = self.catalog.count(self.kind, self.filters, self.text)
        self._rows = []
        self._quality = []
        self._append(self._page(0, min(rows, self._count)))
        self._shortlisted = self._read_shortlist()

    def _page(self, offset: int, limit: int) -> list[dict[str, Any]]:
        if limit <= 0:
            return []
        return self.catalog.query(
            self.kind,
            self.filters,
            self.text,
            order_by=self.order_by,
            descending=self.descending,
            limit=limit,
            offset=offset,
        )

    def _append(self, rows: list[dict[str, Any]]) -> None:
        self._rows.extend(rows)
        self._quality.extend(quality.completeness(self.kind, r) for r in rows)

    def _read_shortlist(self) -> set[int]:
        if not F.kind(self.kind).can(F.Can.SHORTLIST):
            return set()
        return {record_id for _, record_id in self.catalog.shortlist(self.kind)}

    def set_query(self, filters: Filters, text: str) -> None:
        """Show the records that pass ``filters`` and match ``text``."""
        self.beginResetModel()
        self.filters = filters
        self.text = text
        self._load(self.page_size)
        self.endResetModel()

    def restore_order(self, column: int, order: Qt.SortOrder) -> None:
        """A saved order: sorts now if the model has read, else its first read comes sorted."""
        if self.loaded:
            self.sort(column, order)
        elif 0 <= column < len(self.columns) and self.columns[column].sort_code is not None:
            self.order_by = self.columns[column].sort_code
            self.descending = order == Qt.SortOrder.DescendingOrder

    def load(self) -> None:
        """The first read of a model made with ``load=False``; nothing when it has read already."""
        if not self.loaded:
            self.beginResetModel()
            self._load(self.page_size)
            self.endResetModel()

    def refresh(self) -> None:
        """Re-read after a write, keeping as many rows as were loaded (so the scroll position holds)."""
        if not self.loaded:
            return  # the first read, when it comes, reads what is there then
        self.beginResetModel()
        self._load(max(self.page_size, len(self._rows)))
        self.endResetModel()

    def refresh_shortlist(self) -> None:
        self._shortlisted = self._read_shortlist()
        column = self.column_of(SHORTLIST)
        if column is not None and self._rows:
            self.dataChanged.emit(
                self.index(0, column), self.index(len(self._rows) - 1, column), [Qt.ItemDataRole.CheckStateRole]
            )

    def retranslate(self) -> None:
        """Labels and headers follow the UI language: tell the views everything looks different."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    # -- counts and lookups ------------------------------------------------------

    def matching(self) -> int:
        """How many records pass the current filters and search ("N" of "N of M")."""
        return self._count

    def total(self) -> int:
        """How many records of this kind there are ("M" of "N of M")."""
        return self.catalog.total(self.kind)

    def record(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def row_of(self, record_id: Any) -> int | None:
        """The row of a fetched record, or None when it isn't fetched (or doesn't match)."""
        for row, record in enumerate(self._rows):
            if record["id"] == record_id:
                return row
        return None

    def column_of(self, key: str) -> int | None:
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        return None

    # -- Qt model interface -----------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        code = self.columns[column].sort_code
        if code is None:
            return
        self.order_by = code
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.beginResetModel()
        self._load(max(self.page_size, len(self._rows)))
        self.endResetModel()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].key == SHORTLIST and not self.catalog.read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(column)
        return None

    def _header(self, column: Column) -> str:
        if column.key == SHORTLIST:
            return "★"
        if column.key == COMPLETENESS:
            return self.tr("Полнота")
        if column.key == "source":
            return self.tr("Данные")
        if column.key == "as_of":
            return self.tr("Актуально на")
        assert column.field is not None
        short = self._short_header(column.field.code)
        return short or column.field.label(self.formatter.lang)

    def _short_header(self, code: str) -> str | None:
        """Narrower headers for the table, where the full labels would make columns too wide."""
        if code == "power_kw":
            return self.tr("Мощность, кВт")
        if code == "water":
            return self.tr("Вода")
        if code == "heating":
            return self.tr("Тепло")
        if code == "kind" and self.kind == "premises":
            return self.tr("Тип")
        if code == "investment_kzt":
            return self.tr("Инвестиции, тенге")
        if code == "distance_centre_km":
            return self.tr("До Караганды, км")
        return None

    def _header_tip(self, column: Column) -> str:
        if column.key == SHORTLIST:
            return self.tr("В шорт-листе: отметьте, чтобы добавить в подборку для брифа")
        if column.key == COMPLETENESS:
            return self.tr("Доля ключевых для инвестора полей, которые заполнены")
        if column.key == "source":
            return self.tr("Источник данных; «демо» — придуманные данные для демонстрации")
        if column.key == "as_of":
            return self.tr("Дата последней проверки данных; старше года — устарели")
        assert column.field is not None
        return column.field.label(self.formatter.lang)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == ID_ROLE:
            return record["id"]
        if role == RECORD_ROLE:
            return record
        if column.key == SHORTLIST:
            return self._shortlist_data(record, role)
        if column.key == COMPLETENESS:
            return self._completeness_data(index.row(), role)
        if column.key == "source":
            return self._source_data(record, role)
        if column.key == "as_of":
            return self._as_of_data(record, role)
        assert column.field is not None
        return self._field_data(column, record, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if self.columns[index.column()].key != SHORTLIST or self.catalog.read_only:
            return False
        record_id = int(self._rows[index.row()]["id"])
        marked = _checked(value)
        self.catalog.set_shortlisted(self.kind, [record_id], marked)
        # The catalog's notification refreshes every model; make sure this one is current too.
        self.refresh_shortlist()
        return True

    # -- cells ---------------------------------------------------------------------

    def _shortlist_data(self, record: dict[str, Any], role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            marked = int(record["id"]) in self._shortlisted
            return Qt.CheckState.Checked if marked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("В шорт-листе") if int(record["id"]) in self._shortlisted else self.tr("Не в шорт-листе")
        return None

    def _completeness_data(self, row: int, role: int) -> Any:
        score, missing = self._quality[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{round(score * 100)} %"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(palette.completeness_color(score))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not missing:
                return self.tr("Все ключевые поля заполнены")
            names = ", ".join(quality.field_label(self.kind, code, self.formatter.lang) for code in missing)
            return self.tr("Не заполнено: {fields}").format(fields=names)
        return None

    def _source_data(self, record: dict[str, Any], role: int) -> Any:
        demo = rules.is_demo(record)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("ДЕМО") if demo else self.formatter.marked(record, "source")
        if role == Qt.ItemDataRole.ToolTipRole:
            if demo:
                return self.tr("Демонстрационная запись: данные придуманы, это не факт")
            return self.formatter.marked(record, "source") or self.tr("Источник не указан")
        if demo and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(palette.DEMO_BACKGROUND)
        if demo and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(palette.DEMO_TEXT)
        if demo and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _as_of_data(self, record: dict[str, Any], role: int) -> Any:
        stale = rules.is_stale(record)
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.formatter.date(record.get("as_of"))
            return self.tr("{date} · устарело").format(date=text) if stale else text
        if role == Qt.ItemDataRole.ToolTipRole:
            if stale:
                return self.tr("Данные проверялись больше {days} дней назад").format(days=rules.STALE_AFTER_DAYS)
            if rules.is_unverified(record):
                return self.tr("Дата проверки не указана")
            return None
        if stale and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(palette.STALE_BACKGROUND)
        return None

    def _field_data(self, column: Column, record: dict[str, Any], role: int) -> Any:
        field = column.field
        assert field is not None
        title = F.kind(self.kind).title_field
        if role == Qt.ItemDataRole.DisplayRole:
            if field.code == title:
                return self.formatter.marked(record, title)
            return self.formatter.value(field, record)
        if role == Qt.ItemDataRole.ToolTipRole and field.code == title:
            text, fallback = self.formatter.title(self.kind, record)
            if fallback:
                return self.tr("{text}\n(нет перевода, показано по-русски)").format(text=text)
            return text
        if role == Qt.ItemDataRole.FontRole and field.code == title and self.formatter.title(self.kind, record)[1]:
            # A missing translation shows in italics, so the fallback is visible.
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value
