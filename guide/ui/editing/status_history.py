"""A town's monotown status history, listed in the town's form with buttons to change it."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guide import i18n
from guide.catalog.store import Catalog
from guide.ui.language import UiLanguage


class RecordActions(Protocol):
    """What the panel asks of the editing controller."""

    def add_record(self, kind: str, *, defaults: dict[str, Any] | None = None) -> Any: ...
    def edit_record(self, kind: str, record_id: Any) -> bool: ...
    def delete_record(self, kind: str, record_id: Any) -> bool: ...


class StatusHistoryPanel(QWidget):
    """The ``town_status`` rows of one town, newest first; each change is saved (and undone) on its own."""

    KIND = "town_status"

    def __init__(
        self, *, catalog: Catalog, language: UiLanguage, town_id: str, actions: RecordActions,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self.town_id = town_id
        self.record_actions = actions
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._ids: list[int] = []
        self.retranslate_ui()

    def refresh(self) -> None:
        rows = sorted(self.catalog.where(self.KIND, "town", self.town_id), key=lambda r: (-int(r["year"]), r["id"]))
        lang = self.language.code
        self._ids = [r["id"] for r in rows]
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            reason, _ = i18n.localized(row, "reason", lang)
            cells = [str(row["year"]), i18n.label("monotown_status", row["status"], lang), reason]
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self._update_buttons()

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        return self._ids[row] if 0 <= row < len(self._ids) and self.table.selectedItems() else None

    def add(self) -> None:
        self.record_actions.add_record(self.KIND, defaults={"town": self.town_id})
        self.refresh()

    def edit_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.record_actions.edit_record(self.KIND, record_id)
            self.refresh()

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.record_actions.delete_record(self.KIND, record_id)
            self.refresh()

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def retranslate_ui(self) -> None:
        self.hint.setText(
            self.tr("Как менялся статус моногорода. Каждая запись сохраняется сразу, отдельно от формы города.")
        )
        self.table.setHorizontalHeaderLabels([self.tr("Год"), self.tr("Статус"), self.tr("Основание")])
        self.add_button.setText(self.tr("Добавить…"))
        self.edit_button.setText(self.tr("Изменить…"))
        self.delete_button.setText(self.tr("Удалить"))
        self.refresh()

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("StatusHistoryPanel", "История статуса")
