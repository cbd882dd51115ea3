"""Edit → Translations: every text a Kazakh or English guide would print in Russian, with an editor beside it.

The list is :func:`guide.catalog.untranslated.untranslated` (the same list the export dialog and
``check`` show before printing); a translation typed here is saved through the undo history, one
undo step a field, and the row leaves the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.errors import CatalogError
from guide.catalog.history import History
from guide.catalog.store import Catalog
from guide.catalog.untranslated import Untranslated, untranslated
from guide.ui.language import UiLanguage

Index = QModelIndex | QPersistentModelIndex
RECORD, FIELD, RUSSIAN, TRANSLATION = range(4)
EDITION_LANGUAGES = ("kk", "en")


class TranslationModel(QAbstractTableModel):
    """One row per untranslated text; the last column takes the translation."""

    def __init__(self, *, catalog: Catalog, history: History, language: UiLanguage, parent: Any = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.history = history
        self.language = language
        self.target = "kk"
        self.rows: list[Untranslated] = []
        self.error: str | None = None

    def load(self, target: str) -> None:
        self.beginResetModel()
        self.target = target
        self.rows = untranslated(self.catalog, target)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        target = i18n.NATIVE_NAMES[self.target]
        return (self.tr("Запись"), self.tr("Поле"), self.tr("По-русски"), self.tr("Перевод: {language}").format(
            language=target))[section]  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            kind_label = F.kind(row.kind).label(self.language.code)
            return (f"{kind_label}: {row.title}", F.kind(row.kind).field(row.field).label(self.language.code),
                    row.text, "")[index.column()]  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == RUSSIAN:
            return row.text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TRANSLATION and not self.catalog.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != TRANSLATION or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value or "").strip()
        if not text:
            return False
        row = self.rows[index.row()]
        try:
            self.history.edit(row.kind, row.id, {f"{row.field}_{self.target}": text})
        except CatalogError as exc:
            self.error = str(exc)
            return False
        self.error = None
        # Translated: the text no longer belongs in the list.
        self.beginRemoveRows(QModelIndex(), index.row(), index.row())
        del self.rows[index.row()]
        self.endRemoveRows()
        return True


class TranslationDialog(QDialog):
    """The list for one target language, chosen at the top; the count says what is left."""

    def __init__(
        self, *, catalog: Catalog, history: History, language: UiLanguage, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("translations")
        self.language = language
        self.model = TranslationModel(catalog=catalog, history=history, language=language, parent=self)
        self.target_box = QComboBox(self)
        for code in EDITION_LANGUAGES:
            self.target_box.addItem(i18n.NATIVE_NAMES[code], code)
        self.target_box.currentIndexChanged.connect(lambda _: self.reload())
        self.count = QLabel(self)
        self.table = QTableView(self)
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(RUSSIAN, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(TRANSLATION, QHeaderView.ResizeMode.Stretch)
        self.model.rowsRemoved.connect(lambda *_: self._count())
        self.label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.label)
        top.addWidget(self.target_box)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.setWindowTitle(self.tr("Переводы"))
        self.label.setText(self.tr("Тексты, которые в гиде на языке"))
        self.resize(1000, 600)
        self.reload()

    def reload(self) -> None:
        self.model.load(str(self.target_box.currentData()))
        self.table.resizeColumnsToContents()
        self._count()

    def _count(self) -> None:
        self.count.setText(self.tr("напечатаются по-русски: {count}").format(count=self.model.rowCount()))
