"""The table of records that need attention: completeness, freshness and demo badges, sortable and filterable."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Qt

from guide.catalog import fields as F
from guide.catalog import quality
from guide.catalog.quality import QualityIssue, QualitySummary
from guide.catalog.quality_report import QualityFilter, QualityReport
from guide.catalog.store import Catalog
from guide.present.format import short_date
from guide.ui.analysis.badges import Badge, badge_data, completeness_badge, demo_badge, freshness_badge
from guide.ui.analysis.row_model import Index, RowTableModel
from guide.ui.language import UiLanguage
from guide.ui.paging import PagedRows

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ISSUE_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS: tuple[str, ...] = ("kind", "title", "town", "completeness", "missing", "as_of", "demo")
PAGE_SIZE = 200

__all__ = ["COLUMNS", "ID_ROLE", "ISSUE_ROLE", "KIND_ROLE", "QualityFilter", "QualityTableModel"]


class QualityTableModel(PagedRows, RowTableModel[QualityIssue]):
    """The issues of a :class:`QualityReport`, filtered and sorted in SQL, read :data:`PAGE_SIZE` rows at a time.

    The report is kept on disk (guide/catalog/quality_report.py): at a
    million premises the page held 800,000 issues in memory (issue 18).
    """

    columns = COLUMNS

    def __init__(
        self,
        *,
        catalog: Catalog,
        language: UiLanguage,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(catalog=catalog, language=language, parent=parent)
        self.report = QualityReport(catalog)
        self.page_size = page_size
        self.filter = QualityFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._count = 0

    @property
    def today(self) -> dt.date:
        return self.report.today

    @property
    def stale_after_days(self) -> int:
        return self.report.stale_after_days

    # -- contents -----------------------------------------------------------------------

    def check(self, *, today: dt.date | None = None, stale_after_days: int | None = None) -> None:
        """Check the catalog again (after a write, or with another limit) and show the first page."""
        self.beginResetModel()
        days = self.report.stale_after_days if stale_after_days is None else stale_after_days
        self.report.check(today=today, stale_after_days=days, lang=self.lang)
        self._towns = {}
        self._load(self.page_size)
        self.endResetModel()

    def set_filter(self, flt: QualityFilter) -> None:
        self.beginResetModel()
        self.filter = flt
        self._load(self.page_size)
        self.endResetModel()

    def issue(self, row: int) -> QualityIssue:
        return self._rows[row]

    def matching(self) -> int:
        """How many issues pass the filter (the rows read so far are :meth:`rowCount`)."""
        return self._count

    def summary(self) -> QualitySummary:
        """The counts over every issue of the report, whatever the filter."""
        return self.report.summary()

    def _load(self, rows: int) -> None:
        self._count = self.report.count(self.filter)
        self._rows = self._page(0, min(rows, self._count))

    def _page(self, offset: int, limit: int) -> list[QualityIssue]:
        if limit <= 0:
            return []
        order_by, descending = None, False
        if self._sort is not None:
            order_by = COLUMNS[self._sort[0]]
            descending = self._sort[1] == Qt.SortOrder.DescendingOrder
        return self.report.page(self.filter, order_by=order_by, descending=descending, offset=offset, limit=limit)

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
        # Sorted in SQL and read again from the top, as the record lists do
        # (guide/ui/browse/record_model.py): as many rows as were read, so the view keeps its place.
        self._sort = (column, order)
        self.beginResetModel()
        self._load(max(self.page_size, len(self._rows)))
        self.endResetModel()
