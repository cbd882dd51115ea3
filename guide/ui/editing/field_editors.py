"""One editor widget per field type, all with the same small interface.

An editor shows a stored value (:meth:`FieldEditor.set_value`) and gives back
what the user entered as the *raw* value the catalog's validation reads
(:meth:`FieldEditor.raw`): text as typed for numbers and dates (so
``1 250,5`` and ``01.05.2024`` are parsed by the same code as an import), codes
for choices, 1/0/None for yes/no/unknown.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.rules import split_list
from guide.catalog.store import Catalog
from guide.ui.editing.values import field_text
from guide.ui.language import UiLanguage


class FieldEditor(QWidget):
    """The editor of one field. ``changed`` fires on every edit by the user."""

    changed = Signal()

    def __init__(self, field: F.Field, *, language: UiLanguage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.language = language
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def raw(self) -> Any:
        raise NotImplementedError

    def set_value(self, stored: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self

    def retranslate_ui(self) -> None:
        """Re-apply texts that depend on the language (labels of choices)."""


class TextEditor(FieldEditor):
    """Plain text; several lines for descriptions and commitments."""

    def __init__(self, field: F.Field, *, language: UiLanguage, parent: QWidget | None = None) -> None:
        super().__init__(field, language=language, parent=parent)
        self.edit: QLineEdit | QPlainTextEdit
        if field.multiline:
            self.edit = QPlainTextEdit(self)
            self.edit.setTabChangesFocus(True)
            self.edit.setWordWrapMode(QTextOption.WrapMode.WordWrap)
            self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        else:
            self.edit = QLineEdit(self)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)

    def raw(self) -> Any:
        if isinstance(self.edit, QPlainTextEdit):
            return self.edit.toPlainText()
        return self.edit.text()

    def set_value(self, stored: Any) -> None:
        text = "" if stored is None else str(stored)
        with QSignalBlocker(self.edit):
            if isinstance(self.edit, QPlainTextEdit):
                self.edit.setPlainText(text)
            else:
                self.edit.setText(text)

    def focus_widget(self) -> QWidget:
        return self.edit


class NumberEditor(FieldEditor):
    """A number as typed: ``1 250,5``, ``1250.5``; checked by the catalog's parser."""

    def __init__(self, field: F.Field, *, language: UiLanguage, parent: QWidget | None = None) -> None:
        super().__init__(field, language=language, parent=parent)
        self.edit = QLineEdit(self)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMaximumWidth(220)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)
        self._layout.addStretch(1)
        self._stored: Any = None

    def raw(self) -> Any:
        return self.edit.text()

    def set_value(self, stored: Any) -> None:
        self._stored = stored
        with QSignalBlocker(self.edit):
            self.edit.setText(field_text(self.field, stored, self.language.code))

    def focus_widget(self) -> QWidget:
        return self.edit


class DateEditor(FieldEditor):
    """A date typed as ``01.05.2024`` (or ISO), or picked from a calendar; empty means none."""

    def __init__(self, field: F.Field, *, language: UiLanguage, parent: QWidget | None = None) -> None:
        super().__init__(field, language=language, parent=parent)
        self.edit = QLineEdit(self)
        self.edit.setMaximumWidth(160)
        self.edit.textChanged.connect(self.changed)
        self.pick = QToolButton(self)
        self.pick.setText("…")
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.pick)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self.calendar.clicked.connect(self._picked)
        self.pick.setMenu(menu)
        self._menu = menu
        self._layout.addWidget(self.edit)
        self._layout.addWidget(self.pick)
        self._layout.addStretch(1)
        self.retranslate_ui()

    def raw(self) -> Any:
        return self.edit.text()

    def set_value(self, stored: Any) -> None:
        with QSignalBlocker(self.edit):
            self.edit.setText(field_text(self.field, stored, self.language.code))

    def set_date(self, date: dt.date) -> None:
        """Put ``date`` in the editor as if the user had typed it."""
        self.edit.setText(field_text(self.field, date.isoformat(), self.language.code))

    def _sync_calendar(self) -> None:
        from guide.catalog.validate import BadValue, parse_date

        try:
            current = dt.date.fromisoformat(parse_date(self.edit.text()))
        except (BadValue, ValueError):
            current = dt.date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, date: QDate) -> None:
        self.set_date(dt.date(date.year(), date.month(), date.day()))
        self._menu.hide()

    def focus_widget(self) -> QWidget:
        return self.edit

    def retranslate_ui(self) -> None:
        # English dates are ISO (2026-01-15): its translation of this placeholder says so.
        self.edit.setPlaceholderText(self.tr("дд.мм.гггг"))
        self.pick.setToolTip(self.tr("Выбрать в календаре"))
        self.calendar.setLocale(self.language.locale())


class BoolEditor(FieldEditor):
    """Yes, no or unknown: a tri-state check box whose text says which."""

    def __init__(self, field: F.Field, *, language: UiLanguage, parent: QWidget | None = None) -> None:
        super().__init__(field, language=language, parent=parent)
        self.box = QCheckBox(self)
        self.box.setTristate(True)
        self.box.checkStateChanged.connect(self._state_changed)
        self._layout.addWidget(self.box)
        self._layout.addStretch(1)
        self.set_value(None)

    def raw(self) -> Any:
        state = self.box.checkState()
        if state == Qt.CheckState.PartiallyChecked:
            return None
        return 1 if state == Qt.CheckState.Checked else 0

    def set_value(self, stored: Any) -> None:
        with QSignalBlocker(self.box):
            if stored is None or stored == "":
                self.box.setCheckState(Qt.CheckState.PartiallyChecked)
            else:
                self.box.setCheckState(Qt.CheckState.Checked if int(stored) else Qt.CheckState.Unchecked)
        self.retranslate_ui()

    def _state_changed(self) -> None:
        self.retranslate_ui()
        self.changed.emit()

    def focus_widget(self) -> QWidget:
        return self.box

    def retranslate_ui(self) -> None:
        value = self.raw()
        if value is None:
            self.box.setText(self.tr("неизвестно"))
        else:
            self.box.setText(i18n.label("boolean", "yes" if value else "no", self.language.code))
        self.box.setToolTip(self.tr("Щёлкните, чтобы выбрать: да, нет или неизвестно"))


class ComboEditor(FieldEditor):
    """A drop-down list storing codes; the first entry is "not set"."""

    def __init__(self, field: F.Field, *, language: UiLanguage, parent: QWidget | None = None) -> None:
        super().__init__(field, language=language, parent=parent)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumWidth(220)
        self.combo.currentIndexChanged.connect(self.changed)
        self._layout.addWidget(self.combo)
        self._layout.addStretch(1)
        self._extra: Any = None

    def items(self) -> list[tuple[Any, str]]:
        """(code, label) of every choice, in order."""
        raise NotImplementedError

    def none_text(self) -> str:
        return self.tr("— выберите —") if self.field.required else self.tr("— не указано —")

    def fill(self) -> None:
        current = self.combo.currentData() if self.combo.count() else self._extra
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self.combo.addItem(self.none_text(), None)
            for code, label in self.items():
                self.combo.addItem(label, code)
            self._select(current)

    def _select(self, code: Any) -> None:
        if code is None:
            self.combo.setCurrentIndex(0)
            return
        for index in range(1, self.combo.count()):
            if str(self.combo.itemData(index)) == str(code):
                self.combo.setCurrentIndex(index)
                return
        # A stored value the list doesn't offer (a zone of another town, an
        # unknown code): keep and show it, so validation can say what's wrong.
        self.combo.addItem(self.extra_label(code), code)
        self.combo.setCurrentIndex(self.combo.count() - 1)

    def extra_label(self, code: Any) -> str:
        """How to show a stored value that is not among the choices."""
        return str(code)

    def raw(self) -> Any:
        data = self.combo.currentData()
        return None if data is None else str(data)

    def set_value(self, stored: Any) -> None:
        self._extra = stored
        if not self.combo.count():
            self.fill()
        with QSignalBlocker(self.combo):
            self._select(stored)

    def select_code(self, code: Any) -> None:
        """Choose ``code`` as if the user had picked it."""
        self._select(code)

    def focus_widget(self) -> QWidget:
        return self.combo

    def retranslate_ui(self) -> None:
        self.fill()


class ChoiceEditor(ComboEditor):
    """A code from an i18n vocabulary, shown by its label in the UI language."""

    def items(self) -> list[tuple[Any, str]]:
        assert self.field.vocabulary
        vocabulary = self.field.vocabulary
        return [(code, i18n.label(vocabulary, code, self.language.code)) for code in i18n.codes(vocabulary)]


class TownEditor(ComboEditor):
    """A town, by its name in the UI language; stores the town's id."""

    def __init__(
        self, field: F.Field, *, catalog: Catalog, language: UiLanguage, parent: QWidget | None = None
    ) -> None:
        self.catalog = catalog
        super().__init__(field, language=language, parent=parent)
        self.fill()

    def none_text(self) -> str:
        if self.field.required:
            return self.tr("— выберите —")
        return self.tr("— вся область —")

    def items(self) -> list[tuple[Any, str]]:
        towns = [(t["id"], i18n.localized(t, "name", self.language.code)[0]) for t in self.catalog.all("towns")]
        return sorted(towns, key=lambda t: t[1].casefold())


class ZoneEditor(ComboEditor):
    """A small industrial zone of the chosen town, or none."""

    def __init__(
        self, field: F.Field, *, catalog: Catalog, language: UiLanguage, parent: QWidget | None = None
    ) -> None:
        self.catalog = catalog
        self.town: str | None = None
        super().__init__(field, language=language, parent=parent)
        self.fill()

    def none_text(self) -> str:
        return self.tr("— не в промзоне —")

    def set_town(self, town: str | None, *, clear_foreign: bool = False) -> None:
        """Offer only the zones of ``town``.

        A stored zone of another town stays selected, so validation can point
        at it; when the user picks another town (``clear_foreign``), a zone
        that isn't in it is cleared instead.
        """
        if town == self.town:
            return
        self.town = town
        current = self.combo.currentData()
        offered = {str(code) for code, _ in self.items()}
        if clear_foreign and current is not None and str(current) not in offered:
            current = None
            self._extra = None
            with QSignalBlocker(self.combo):
                self.combo.setCurrentIndex(0)
            self.fill()
            self.changed.emit()
            return
        self._extra = current
        self.fill()

    def extra_label(self, code: Any) -> str:
        zone = self.catalog.get("zones", code)
        return i18n.localized(zone, "name", self.language.code)[0] if zone else str(code)

    def items(self) -> list[tuple[Any, str]]:
        zones = self.catalog.all("zones") if self.town is None else self.catalog.where("zones", "town", self.town)
        return [(z["id"], i18n.localized(z, "name", self.language.code)[0]) for z in zones]


class ListEditor(FieldEditor):
    """A set of codes (missing utilities), one check box each."""

    COLUMNS = 2

    def __init__(self, field: F.Field, *, language: UiLanguage, parent: QWidget | None = None) -> None:
        super().__init__(field, language=language, parent=parent)
        assert field.vocabulary
        self.vocabulary = field.vocabulary
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for position, code in enumerate(i18n.codes(self.vocabulary)):
            box = QCheckBox(self)
            box.toggled.connect(self.changed)
            self.boxes[code] = box
            grid.addWidget(box, position // self.COLUMNS, position % self.COLUMNS)
        self._layout.addLayout(grid)
        self._layout.addStretch(1)
        self._unknown: list[str] = []
        self.retranslate_ui()

    def raw(self) -> Any:
        codes = [code for code, box in self.boxes.items() if box.isChecked()] + self._unknown
        return ";".join(codes) or None

    def set_value(self, stored: Any) -> None:
        codes = split_list(None if stored is None else str(stored))
        self._unknown = [c for c in codes if c not in self.boxes]
        for code, box in self.boxes.items():
            with QSignalBlocker(box):
                box.setChecked(code in codes)

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()))

    def retranslate_ui(self) -> None:
        for code, box in self.boxes.items():
            box.setText(i18n.label(self.vocabulary, code, self.language.code))


def make_editor(
    field: F.Field, *, catalog: Catalog, language: UiLanguage, parent: QWidget | None = None
) -> FieldEditor:
    """The editor widget for ``field``'s type."""
    if field.type in (F.INT, F.FLOAT):
        return NumberEditor(field, language=language, parent=parent)
    if field.type == F.DATE:
        return DateEditor(field, language=language, parent=parent)
    if field.type == F.BOOL:
        return BoolEditor(field, language=language, parent=parent)
    if field.type == F.CHOICE:
        editor = ChoiceEditor(field, language=language, parent=parent)
        editor.fill()
        return editor
    if field.type == F.LIST:
        return ListEditor(field, language=language, parent=parent)
    if field.type == F.TOWN:
        return TownEditor(field, catalog=catalog, language=language, parent=parent)
    if field.type == F.ZONE:
        return ZoneEditor(field, catalog=catalog, language=language, parent=parent)
    if field.type == F.TEXT:
        return TextEditor(field, language=language, parent=parent)
    raise ValueError(f"no editor for field type {field.type} ({field.code})")
