"""The infrastructure gaps as a tree model: town → zone → premise, the premises read a page at a time.

The towns and zones come from :func:`~guide.catalog.gaps.gaps_overview` (counted in SQL); a zone's
premises are read by :func:`~guide.catalog.gaps.gap_items` when the view shows them
(``canFetchMore``/``fetchMore``). A tree item for each of the 86,000 premises with gaps of a
100,000-premise catalog took 420 MB (issue 18); the texts are the ones the tree widget had.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from guide import i18n
from guide.catalog import rules
from guide.catalog.gaps import GapItem, GapsOverview, GapTown, GapZone, Totals, gap_items
from guide.catalog.store import Catalog
from guide.present import format as present
from guide.ui import palette
from guide.ui.analysis.badges import badge_data, commitment_badge, demo_badge
from guide.ui.language import UiLanguage

Index = QModelIndex | QPersistentModelIndex
PREMISE_ROLE = Qt.ItemDataRole.UserRole
# Tree columns.
TITLE, LACKS, DUE, STATUS, COMMITMENT = range(5)
COLUMNS = 5
# Premises read at a time, per zone.
PAGE = 200
# internalId of a zone's index: its town's row + 1; of a premise's: (town row + 1) << ZONE_BITS | zone row + 1.
ZONE_BITS = 24


@dataclass
class _Zone:
    zone: GapZone
    shown: int  # premises the filters admit
    items: list[GapItem] = field(default_factory=list)


@dataclass
class _Town:
    town: GapTown
    zones: list[_Zone]


class GapsTreeModel(QAbstractItemModel):
    """Towns, their zones and the zones' premises, as the gaps view's filters admit them."""

    def __init__(self, *, catalog: Catalog, language: UiLanguage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self.today = dt.date.today()
        self.only_overdue = False
        self.only_uncommitted = False
        self.overview: GapsOverview | None = None
        self._towns: list[_Town] = []

    # -- contents ---------------------------------------------------------------------

    def set_overview(self, overview: GapsOverview | None) -> None:
        self.overview = overview
        if overview is not None:
            self.today = overview.today
        self._arrange()

    def set_filters(self, *, only_overdue: bool, only_uncommitted: bool) -> None:
        self.only_overdue, self.only_uncommitted = only_overdue, only_uncommitted
        self._arrange()

    def retranslate(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, COLUMNS - 1))

    def _arrange(self) -> None:
        self.beginResetModel()
        self._towns = []
        flags = {"only_overdue": self.only_overdue, "only_uncommitted": self.only_uncommitted}
        for town in self.overview.towns if self.overview else []:
            zones = [_Zone(zone, shown) for zone in town.zones if (shown := zone.shown(**flags))]
            if zones:
                self._towns.append(_Town(town, zones))
        # The first page of each zone with the rest: the view opens every zone at once anyway.
        for town_node in self._towns:
            for node in town_node.zones:
                node.items = self._page(node)
        self.endResetModel()

    def _page(self, node: _Zone) -> list[GapItem]:
        """The zone's next page of premises."""
        after = node.items[-1].premise_id if node.items else None
        return gap_items(self.catalog, node.zone.town, node.zone.zone, today=self.today, lang=self.language.code,
                         only_overdue=self.only_overdue, only_uncommitted=self.only_uncommitted, after=after,
                         limit=min(PAGE, node.shown - len(node.items)))  # fmt: skip

    def item(self, index: Index) -> GapItem | None:
        """The premise a row shows, or None for a town or zone row."""
        level, town, zone = self._where(index)
        if level != 2:
            return None
        return self._towns[town].zones[zone].items[index.row()]

    # -- tree structure ---------------------------------------------------------------------

    def _where(self, index: Index) -> tuple[int, int, int]:
        """(level, town row, zone row) of an index: level 0 town, 1 zone, 2 premise; -1 the root."""
        if not index.isValid():
            return -1, -1, -1
        key = int(index.internalId())
        if key == 0:
            return 0, index.row(), -1
        if key < 1 << ZONE_BITS:
            return 1, key - 1, index.row()
        return 2, (key >> ZONE_BITS) - 1, (key & ((1 << ZONE_BITS) - 1)) - 1

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        level, town, zone = self._where(parent)
        if level == -1:
            return self.createIndex(row, column, 0)
        if level == 0:
            return self.createIndex(row, column, parent.row() + 1)
        if level == 1:
            return self.createIndex(row, column, (town + 1) << ZONE_BITS | (parent.row() + 1))
        return QModelIndex()

    def parent(self, child: Index | None = None) -> Any:  # type: ignore[override]
        if child is None:  # QObject.parent(), which Qt's Python names the same
            return super().parent()
        level, town, zone = self._where(child)
        if level == 1:
            return self.createIndex(town, 0, 0)
        if level == 2:
            return self.createIndex(zone, 0, town + 1)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        level, town, zone = self._where(parent)
        if level == -1:
            return len(self._towns)
        if level == 0:
            return len(self._towns[town].zones)
        if level == 1:
            return len(self._towns[town].zones[zone].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return False
        level, _, _ = self._where(parent)
        return level < 2 and self.rowCount(parent) > 0

    def canFetchMore(self, parent: Index) -> bool:
        level, town, zone = self._where(parent)
        if level != 1 or parent.column() != 0:
            return False
        node = self._towns[town].zones[zone]
        return len(node.items) < node.shown

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        _, town, zone = self._where(parent)
        node = self._towns[town].zones[zone]
        page = self._page(node)
        if not page:
            node.shown = len(node.items)  # the catalog changed under us: a refresh is on its way
            return
        first = len(node.items)
        self.beginInsertRows(parent, first, first + len(page) - 1)
        node.items.extend(page)
        self.endInsertRows()

    # -- data ------------------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Город / промзона / помещение"), self.tr("Не хватает"), self.tr("Срок"), self.tr("Статус"),
                  self.tr("Обязательство акимата"))  # fmt: skip
        return titles[section] if 0 <= section < COLUMNS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        level, town, zone = self._where(index)
        if level == 0:
            return self._town_data(self._towns[town].town, index.column(), role)
        if level == 1:
            return self._zone_data(self._towns[town].zones[zone].zone, index.column(), role)
        if level == 2:
            return self._premise_data(self._towns[town].zones[zone].items[index.row()], index.column(), role)
        return None

    def _town_data(self, town: GapTown, column: int, role: int) -> Any:
        totals = town.totals
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                name = self.catalog.town_name(town.town, self.language.code)
                return self.tr("{town} — {n} пом.").format(town=name, n=totals.premises)
            if column == LACKS:
                return self.tr("позиций: {n}").format(n=totals.missing)
            if column == DUE:
                return self.tr("обещано: {committed}, просрочено: {overdue}").format(
                    committed=totals.committed, overdue=totals.overdue
                )
        elif role == Qt.ItemDataRole.ToolTipRole and column == LACKS:
            return self._utility_counts(totals)
        elif role == Qt.ItemDataRole.FontRole and column == TITLE:
            font = QFont()
            font.setBold(True)
            return font
        elif role == Qt.ItemDataRole.ForegroundRole and column == DUE and totals.overdue:
            return QBrush(palette.OVERDUE_TEXT)
        return None

    def _zone_data(self, zone: GapZone, column: int, role: int) -> Any:
        if column != TITLE:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return zone.name or self.tr("Вне малых промзон")
        if role == Qt.ItemDataRole.FontRole and zone.zone is None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _premise_data(self, item: GapItem, column: int, role: int) -> Any:
        lang = self.language.code
        if column == TITLE:
            demo = demo_badge({"source": "demo"}) if item.demo else None
            title = f"#{item.premise_id} {item.title}"
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{title} [{demo.text}]" if demo else title
            if role == Qt.ItemDataRole.ToolTipRole:
                return demo.tooltip if demo else title
            if role == Qt.ItemDataRole.ForegroundRole and demo is not None:
                return QBrush(palette.DEMO_TEXT)
            if role == PREMISE_ROLE:
                return item.premise_id
            return None
        if column == LACKS:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return ", ".join(i18n.label("utility", code, lang) for code in item.missing)
            return None
        if column == STATUS:
            # A blank status reads "status not given", never vacant.
            if role == Qt.ItemDataRole.DisplayRole and item.status != rules.VACANT:
                return present.premise_status(item.status, lang)
            return None
        if not item.committed:
            if column == COMMITMENT and role == Qt.ItemDataRole.DisplayRole:
                return self.tr("нет обязательства")
            if column == COMMITMENT and role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(palette.POOR)
            return None
        if column == COMMITMENT:
            if role == Qt.ItemDataRole.DisplayRole:
                return item.commitment or self.tr("(без описания)")
            if role == Qt.ItemDataRole.ToolTipRole:
                return item.commitment or ""
            return None
        return badge_data(commitment_badge(item.due, item.overdue, lang=lang), role)

    def _utility_counts(self, totals: Totals) -> str:
        lang = self.language.code
        return "\n".join(f"{i18n.label('utility', code, lang)}: {n}" for code, n in totals.by_utility.items())
