"""The table of records that need attention: completeness, freshness and demo badges, sortable and filterable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from guide.catalog import fields as F
from guide.catalog import quality, rules
from guide.catalog.quality import QualityIssue
from guide.catalog.store import Catalog
from guide.present.format import short_date
from guide.ui.analysis.badges import Badge, badge_data, completeness_badge, demo_badge, freshness_badge
from guide.ui.analysis.row_model import Index, RowTableModel
from guide.ui.language import UiLanguage

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ISSUE_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS: tuple[str, ...] = ("kind", "title", "town", "completeness", "missing", "as_of", "demo")


@dataclass
class QualityFilter:
    """Which issues to show: of these kinds (empty: all), having any of the ticked problems."""

    kinds: tuple[str, ...] = ()
    incomplete: bool = True
    stale: bool = True
    unverified: bool = True
    demo: bool = True

    def admits(self, issue: QualityIssue) -> bool:
        if self.kinds and issue.kind not in self.kinds:
            return False
        return (
            (self.incomplete and bool(issue.missing))
            or (self.stale and issue.stale)
            or (self.unverified and issue.unverified)
            or (self.demo and issue.demo)
        )


class QualityTableModel(RowTableModel[QualityIssue]):
    """Quality issues (from :func:`check_records`), filtered by :class:`QualityFilter`, sorted in memory."""

    columns = COLUMNS

    def __init__(self, *, catalog: Catalog, language: UiLanguage, parent: QObject | None = None) -> None:
        super().__init__(catalog=catalog, language=language, parent=parent)
        self.today = dt.date.today()
        self.stale_after_days = rules.STALE_AFTER_DAYS
        self.filter = QualityFilter()
        self._all: list[QualityIssue] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- contents -----------------------------------------------------------------------

    def set_issues(
        self, issues: list[QualityIssue], *, today: dt.date | None = None, stale_after_days: int | None = None
    ) -> None:
        self.beginResetModel()
        self._all = list(issues)
        self.today = today or dt.date.today()
        if stale_after_days is not None:
            self.stale_after_days = stale_after_days
        self._towns = {}
        self._rows = self._arranged()
        self.endResetModel()

    def set_filter(self, flt: QualityFilter) -> None:
        self.beginResetModel()
        self.filter = flt
        self._rows = self._arranged()
        self.endResetModel()

    def issue(self, row: int) -> QualityIssue:
        return self._rows[row]

    def issues(self) -> list[QualityIssue]:
        """The rows shown, in order."""
        return list(self._rows)

    def all_issues(self) -> list[QualityIssue]:
        return list(self._all)

    # -- Qt model interface --------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "kind": self.tr("Раздел"),
            "title": self.tr("Запись"),
            "town": self.tr("Город"),
            "completeness": self.tr("Полнота"),
            "missing": self.tr("Не заполнено"),
            "as_of": self.tr("Актуально на"),
            "demo": self.tr("Данные"),
        }[COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        issue = self._rows[index.row()]
        if role == KIND_ROLE:
            return issue.kind
        if role == ID_ROLE:
            return issue.id
        if role == ISSUE_ROLE:
            return issue
        key = COLUMNS[index.column()]
        if key == "completeness":
            badge = completeness_badge(issue.completeness, issue.missing, kind=issue.kind, lang=self.lang)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return badge_data(badge, role)
        if key == "as_of":
            return self._as_of(issue, role)
        if key == "demo":
            return badge_data(demo_badge({"source": "demo"}) if issue.demo else None, role)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if key == "kind":
            return F.kind(issue.kind).label(self.lang)
        if key == "title":
            return issue.title
        if key == "town":
            return self._town(issue.town)
        if key == "missing":
            # Labels hold commas ("Население, чел."), so they are joined with semicolons.
            return "; ".join(quality.field_label(issue.kind, code, self.lang) for code in issue.missing)
        return None

    def _as_of(self, issue: QualityIssue, role: int) -> Any:
        badge: Badge | None = None
        date = short_date(issue.as_of, self.lang)
        if issue.unverified or issue.stale:
            # The issue already knows; the badge only words it (the same way everywhere).
            badge = freshness_badge(
                {"as_of": issue.as_of}, today=self.today, stale_after_days=self.stale_after_days, lang=self.lang
            )
        if role == Qt.ItemDataRole.DisplayRole:
            if badge is None:
                return date
            return f"{date} · {badge.text}" if date else badge.text
        return badge_data(badge, role)

    # -- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        keys = [(self._rows[i.row()].kind, self._rows[i.row()].id) if i.isValid() else None for i in persistent]
        self._sort = (column, order)
        self._rows = self._arranged()
        positions = {(r.kind, r.id): row for row, r in enumerate(self._rows)}
        for old, key in zip(persistent, keys, strict=True):
            if key is not None and key in positions:
                self.changePersistentIndex(old, self.index(positions[key], old.column()))
            elif key is not None:
                self.changePersistentIndex(old, QModelIndex())
        self.layoutChanged.emit()

    def _arranged(self) -> list[QualityIssue]:
        rows = [issue for issue in self._all if self.filter.admits(issue)]
        if self._sort is None:
            return rows
        column, order = self._sort
        return sorted(rows, key=self._sort_key(COLUMNS[column]), reverse=order == Qt.SortOrder.DescendingOrder)

    def _sort_key(self, column: str) -> Callable[[QualityIssue], Any]:
        kinds = list(quality.CHECKED_KINDS)
        keys: dict[str, Callable[[QualityIssue], Any]] = {
            "kind": lambda i: kinds.index(i.kind) if i.kind in kinds else len(kinds),
            "title": lambda i: i.title.casefold(),
            "town": lambda i: self._town(i.town).casefold(),
            "completeness": lambda i: i.completeness,
            "missing": lambda i: len(i.missing),
            # Unverified first (oldest of all), then by date.
            "as_of": lambda i: (i.as_of is not None, i.as_of or ""),
            "demo": lambda i: i.demo,
        }
        return keys[column]
