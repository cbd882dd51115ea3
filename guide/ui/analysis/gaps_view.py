"""The infrastructure gaps view: per town and zone, which premises lack what, what the akimat committed to."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guide import i18n
from guide.catalog import rules
from guide.catalog.gaps import GapItem, GapsReport, Totals, gaps_report
from guide.present import format as present
from guide.ui import palette
from guide.ui.analysis.badges import commitment_badge, demo_badge
from guide.ui.context import UiContext
from guide.ui.deferred import DeferredRefresh
from guide.ui.page import RecordlessPage, name_parts

PREMISE_ROLE = Qt.ItemDataRole.UserRole
REFRESH_KINDS = ("premises", "towns", "zones")
# Tree columns.
TITLE, LACKS, DUE, STATUS, COMMITMENT = range(5)


class GapsView(QWidget, RecordlessPage):
    """The gaps report as a tree: town → zone → premise. Emits ``premise_activated(id)`` on a double click."""

    premise_activated = Signal(int)
    selection_changed = Signal()
    edit_requested = Signal(str, object)

    def __init__(
        self,
        context: UiContext,
        *,
        today: dt.date | None = None,
        defer_until_shown: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.page_key = "gaps"
        self.catalog = context.catalog
        # Checking every record takes seconds at 100,000 premises (see guide/ui/deferred.py).
        self.deferred = DeferredRefresh(self, self.refresh, enabled=defer_until_shown)
        self.language = context.language
        self.today = today
        self.report: GapsReport | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        filters = QHBoxLayout()
        self.only_overdue = QCheckBox(self)
        self.only_uncommitted = QCheckBox(self)
        for box in (self.only_overdue, self.only_uncommitted):
            box.toggled.connect(self._fill)
            filters.addWidget(box)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(5)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.itemDoubleClicked.connect(self._activated)
        layout.addWidget(self.tree, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        name_parts(self, self.page_key, table=self.tree)
        context.notifier.changed.connect(self._on_catalog_changed)
        self.language.changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    # -- the page interface (guide/ui/page.py) ---------------------------------------------

    def page_title(self) -> str:
        return QCoreApplication.translate("", "Инфраструктура")

    @property
    def out_of_date(self) -> bool:
        return self.deferred.out_of_date

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Инфраструктурные разрывы"))
        self.only_overdue.setText(self.tr("Только просроченные обязательства"))
        self.only_uncommitted.setText(self.tr("Только без обязательств акимата"))
        self.tree.setHeaderLabels(
            [self.tr("Город / промзона / помещение"), self.tr("Не хватает"), self.tr("Срок"), self.tr("Статус"),
             self.tr("Обязательство акимата")]
        )  # fmt: skip
        self.refresh()

    def refresh(self) -> None:
        """Re-read the report from the catalog and redraw it."""
        if not self.deferred.due():
            return
        self.report = gaps_report(self.catalog, today=self.today or dt.date.today(), lang=self.language.code)
        self._fill()

    def _totals_text(self, totals: Totals) -> str:
        return self.tr(
            "Помещений с нехваткой инфраструктуры: {premises} (недостающих позиций: {missing}). "
            "С обязательством акимата: {committed}, из них просрочено: {overdue}. Без обязательства: {uncommitted}."
        ).format(
            premises=totals.premises,
            missing=totals.missing,
            committed=totals.committed,
            overdue=totals.overdue,
            uncommitted=totals.uncommitted,
        )

    def _shown(self, item: GapItem) -> bool:
        if self.only_overdue.isChecked() and not item.overdue:
            return False
        return not (self.only_uncommitted.isChecked() and item.committed)

    def _fill(self, *_: object) -> None:
        report = self.report
        if report is None:
            return
        lang = self.language.code
        self.tree.clear()
        self.summary.setText(self._totals_text(report.totals()))
        bold = QFont()
        bold.setBold(True)
        for town, items in report.towns.items():
            shown = [i for i in items if self._shown(i)]
            if not shown:
                continue
            totals = report.totals(town)
            town_item = QTreeWidgetItem(self.tree)
            town_item.setText(
                TITLE, self.tr("{town} — {n} пом.").format(town=self.catalog.town_name(town, lang), n=totals.premises)
            )
            town_item.setFont(TITLE, bold)
            town_item.setText(LACKS, self.tr("позиций: {n}").format(n=totals.missing))
            town_item.setToolTip(LACKS, self._utility_counts(totals))
            town_item.setText(
                DUE,
                self.tr("обещано: {committed}, просрочено: {overdue}").format(
                    committed=totals.committed, overdue=totals.overdue
                ),
            )
            if totals.overdue:
                town_item.setForeground(DUE, QBrush(palette.OVERDUE_TEXT))
            for zone, zone_items in report.zones(town).items():
                visible = [i for i in zone_items if self._shown(i)]
                if not visible:
                    continue
                zone_item = QTreeWidgetItem(town_item)
                zone_item.setText(TITLE, zone_items[0].zone_name or self.tr("Вне малых промзон"))
                zone_item.setToolTip(TITLE, zone_item.text(TITLE))
                if zone is None:
                    font = QFont()
                    font.setItalic(True)
                    zone_item.setFont(TITLE, font)
                for item in visible:
                    self._premise_row(zone_item, item)
        self.tree.expandAll()
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        for column, widest in ((TITLE, 420), (LACKS, 360)):
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), widest))

    def _utility_counts(self, totals: Totals) -> str:
        lang = self.language.code
        return "\n".join(f"{i18n.label('utility', code, lang)}: {n}" for code, n in totals.by_utility.items())

    def _premise_row(self, parent: QTreeWidgetItem, item: GapItem) -> None:
        lang = self.language.code
        row = QTreeWidgetItem(parent)
        row.setData(TITLE, PREMISE_ROLE, item.premise_id)
        demo = demo_badge({"source": "demo"}) if item.demo else None
        title = f"#{item.premise_id} {item.title}"
        row.setText(TITLE, f"{title} [{demo.text}]" if demo else title)
        row.setToolTip(TITLE, demo.tooltip if demo else title)
        if demo is not None:
            row.setForeground(TITLE, QBrush(palette.DEMO_TEXT))
        lacks = ", ".join(i18n.label("utility", code, lang) for code in item.missing)
        row.setText(LACKS, lacks)
        row.setToolTip(LACKS, lacks)
        if item.committed:
            badge = commitment_badge(item.due, item.overdue, lang=lang)
            row.setText(COMMITMENT, item.commitment or self.tr("(без описания)"))
            row.setToolTip(COMMITMENT, item.commitment or "")
            row.setText(DUE, badge.text)
            row.setToolTip(DUE, badge.tooltip)
            row.setForeground(DUE, QBrush(badge.foreground))
            if badge.bold:
                font = QFont()
                font.setBold(True)
                row.setFont(DUE, font)
        else:
            row.setText(COMMITMENT, self.tr("нет обязательства"))
            row.setForeground(COMMITMENT, QBrush(palette.POOR))
        if item.status != rules.VACANT:  # a blank status reads "status not given", never vacant
            row.setText(STATUS, present.premise_status(item.status, lang))

    # -- events ---------------------------------------------------------------------

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        premise_id = item.data(TITLE, PREMISE_ROLE)
        if premise_id is not None:
            self.premise_activated.emit(int(premise_id))

    def _on_catalog_changed(self, kind: str) -> None:
        if kind in REFRESH_KINDS:
            self._timer.start()
