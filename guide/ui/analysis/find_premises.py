"""The "Find premises" panel: needs on the left, ranked premises on the right, straight into the shortlist."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide import i18n
from guide.catalog.match import MatchResult, Needs, match_premises, needs_from_project
from guide.ui.analysis.match_model import COLUMNS, ID_ROLE, MatchTableModel
from guide.ui.analysis.needs_form import NeedsForm
from guide.ui.context import UiContext
from guide.ui.page import RecordlessPage, name_parts

# Re-matching waits for the user to stop clicking, so a burst of edits runs one match.
RERUN_DELAY_MS = 150
RERUN_KINDS = ("premises", "towns", "zones")


class FindPremisesPanel(QWidget, RecordlessPage):
    """Matches the needs in its form against the premises; emits ``premise_activated(id)`` on a double click."""

    premise_activated = Signal(int)
    selection_changed = Signal()
    edit_requested = Signal(str, object)

    def __init__(self, context: UiContext, *, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.page_key = "find_premises"
        self.catalog = catalog = context.catalog
        self.language = context.language
        self.today = today
        self.project: dict[str, Any] | None = None
        self._results: list[MatchResult] = []

        self.form = NeedsForm(catalog=catalog, language=self.language, parent=self)
        self.model = MatchTableModel(catalog=catalog, language=self.language, parent=self)
        self._build()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RERUN_DELAY_MS)
        self._timer.timeout.connect(self.run)
        self.form.changed.connect(self._timer.start)
        name_parts(self, self.page_key, table=self.table)
        context.notifier.changed.connect(self._on_catalog_changed)
        self.retranslate_ui()
        self.language.changed.connect(self.retranslate_ui)
        self.run()

    def _build(self) -> None:
        self.needs_box = QGroupBox(self)
        box_layout = QVBoxLayout(self.needs_box)
        box_layout.addWidget(self.form)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(self)
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.reset_button)
        box_layout.addLayout(buttons)
        self.needs_scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.needs_box)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.needs_box.sizeHint().width() + 24)

        results = QWidget(self)
        right = QVBoxLayout(results)
        right.setContentsMargins(0, 0, 0, 0)
        self.project_label = QLabel(results)
        self.project_label.setWordWrap(True)
        self.project_label.setTextFormat(Qt.TextFormat.PlainText)
        self.project_label.hide()
        right.addWidget(self.project_label)
        self.summary = QLabel(results)
        self.summary.setWordWrap(True)
        right.addWidget(self.summary)
        self.table = QTableView(results)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicator(COLUMNS.index("score"), Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        right.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.shortlist_button = QPushButton(results)
        self.shortlist_button.clicked.connect(self.add_selected_to_shortlist)
        self.shortlist_note = QLabel(results)
        bottom.addWidget(self.shortlist_button)
        bottom.addWidget(self.shortlist_note, 1)
        right.addLayout(bottom)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(results)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([scroll.minimumWidth(), 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        # The form's labels, and so its width, change with the language (issue 6).
        self.language.changed.connect(self._fit_form_later)

    # -- the page interface (guide/ui/page.py) ---------------------------------------------

    def page_title(self) -> str:
        return QCoreApplication.translate("", "Подбор помещений")

    def refresh(self) -> None:
        self.run()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_form_later()

    def _fit_form_later(self, *_: object) -> None:
        # Measured once the new texts are laid out: a hidden page lays out only when shown.
        QTimer.singleShot(0, self, self._fit_form)

    def _fit_form(self) -> None:
        """Keep the whole form in view."""
        self.needs_scroll.setMinimumWidth(self.needs_box.sizeHint().width() + 24)

    # -- texts ----------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.needs_box.setTitle(self.tr("Потребности инвестора"))
        self.run_button.setText(self.tr("Подобрать"))
        self.reset_button.setText(self.tr("Сбросить"))
        self.shortlist_button.setText(self.tr("Добавить в шорт-лист"))
        self.shortlist_button.setToolTip(self.tr("Добавить выбранные помещения в подборку для брифа"))
        self.model.retranslate()
        self._show_project()
        self._show_summary()
        self._update_buttons()

    def _show_project(self) -> None:
        if self.project is None:
            self.project_label.hide()
            return
        title = i18n.localized(self.project, "title", self.language.code)[0]
        self.project_label.setText(self.tr("Помещения для проекта «{title}»").format(title=title))
        self.project_label.show()

    def _show_summary(self) -> None:
        results = self._results
        if self.form.needs().is_empty():
            self.summary.setText(
                self.tr("Укажите потребности слева: город, тип, площадь, мощность, коммуникации, цену.")
            )
            return
        full = sum(1 for r in results if not r.misses and r.available)
        promised = sum(1 for r in results if r.misses and not r.plain_misses and r.available)
        self.summary.setText(
            self.tr(
                "Помещений: {n}. Подходят полностью: {full}; подойдут, когда акимат выполнит обещания: {promised}."
            ).format(n=len(results), full=full, promised=promised)
        )

    def _update_buttons(self, *_: object) -> None:
        selected = len(self.selected_ids())
        writable = not self.catalog.read_only
        self.shortlist_button.setEnabled(writable and selected > 0)
        if not writable:
            self.shortlist_note.setText(self.tr("Каталог открыт только для чтения"))
        elif selected:
            self.shortlist_note.setText(self.tr("Выбрано: {n}").format(n=selected))
        else:
            self.shortlist_note.setText(self.tr("Выберите строки или отметьте ★"))

    # -- actions --------------------------------------------------------------------

    def needs(self) -> Needs:
        return self.form.needs()

    def set_needs(self, needs: Needs) -> None:
        """Show ``needs`` in the form and match at once."""
        self.form.set_needs(needs)
        self.run()

    def run(self) -> list[MatchResult]:
        """Match the form's needs now; returns the results shown."""
        self._timer.stop()
        needs = self.form.needs()
        today = self.today or dt.date.today()
        self._results = [] if needs.is_empty() else match_premises(self.catalog, needs, today=today)
        self.model.set_results(self._results, today=today)
        self.table.resizeColumnsToContents()
        for column in ("title", "meets", "misses", "committed"):
            index = COLUMNS.index(column)
            self.table.setColumnWidth(index, min(self.table.columnWidth(index), 300))
        self._show_summary()
        self._update_buttons()
        return self._results

    def load_project(self, project_id: Any) -> None:
        """ "Find premises for this project": its stored needs, matched at once."""
        project = self.catalog.require("projects", project_id)
        self.project = project
        self._show_project()
        self.set_needs(needs_from_project(project))

    def reset(self) -> None:
        self.project = None
        self._show_project()
        self.form.clear()
        self.run()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [int(self.model.index(row, 0).data(ID_ROLE)) for row in rows]

    def add_selected_to_shortlist(self) -> list[int]:
        """Shortlist the selected premises; returns their ids."""
        ids = self.selected_ids()
        if ids and not self.catalog.read_only:
            self.catalog.set_shortlisted("premises", ids, True)
            self.model.refresh_shortlist()
            self.shortlist_note.setText(self.tr("Добавлено в шорт-лист: {n}").format(n=len(ids)))
        return ids

    def _activated(self, index: QModelIndex) -> None:
        premise_id = index.data(ID_ROLE)
        if premise_id is not None:
            self.premise_activated.emit(int(premise_id))

    def _on_catalog_changed(self, kind: str) -> None:
        if kind == "shortlist":
            self.model.refresh_shortlist()
        elif kind in RERUN_KINDS:
            if kind == "towns":
                self.form.reload_towns()
            self._timer.start()
