"""The form to add or edit one record of any kind, generated from the catalog's fields.

Every change is checked at once by :func:`guide.catalog.validate.validate`,
the same code the importer runs on each row, and its problems appear in red
under the fields they concern. Save stays disabled while anything is wrong.
Saving goes through :class:`~guide.catalog.history.History` (so it can be
undone) with the version the form was opened at: a record changed elsewhere
meanwhile is never overwritten silently; the user is told what changed and
chooses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guide import i18n
from guide.catalog import fields as F
from guide.catalog import rules
from guide.catalog.errors import CatalogError, ConflictError, NotFoundError, Problem, ValidationFailed, error_text
from guide.catalog.history import History
from guide.catalog.store import Catalog
from guide.catalog.validate import is_blank, validate
from guide.ui.editing.field_editors import DateEditor, FieldEditor, TownEditor, ZoneEditor, make_editor
from guide.ui.editing.photo_editor import PhotoEditor
from guide.ui.editing.prompts import FileChooser, Prompter
from guide.ui.editing.sections import section_title, sections
from guide.ui.editing.texts import edit_title, new_title, record_title
from guide.ui.editing.values import date_text, field_text, same_value
from guide.ui.language import UiLanguage

ERROR_COLOR = "#b3261e"
NOTE_COLOR = "#6b7280"


class Notifier(Protocol):
    """Anything with a ``changed(kind)`` signal, such as the GUI's CatalogNotifier."""

    changed: Any


class FieldRow(QWidget):
    """A field's editor with its message (red, beside it) and an optional note (grey, under it).

    The message sits in the editor's own line, so the fields below never jump while the user types;
    a message too long for the line is cut with "…" and shown whole in its tooltip.
    """

    def __init__(self, editor: FieldEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        editor.setParent(self)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.setMinimumWidth(0)
        self.error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.error.hide()
        self._message = ""
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {NOTE_COLOR};")
        self.note.hide()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(editor, 1)
        line.addWidget(self.error, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.note)

    def show_error(self, message: str | None) -> None:
        self._message = message or ""
        self.error.setToolTip(self._message)
        self._elide()
        self.error.setVisible(bool(message))

    def error_message(self) -> str:
        """The whole message, whatever the label can show."""
        return self._message

    def _elide(self) -> None:
        width = max(self.error.width(), 40)
        self.error.setText(self.error.fontMetrics().elidedText(self._message, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._message:
            self._elide()

    def show_note(self, text: str | None) -> None:
        self.note.setText(text or "")
        self.note.setVisible(bool(text))


class RecordForm(QDialog):
    """Add (``record_id`` None) or edit one record of ``kind``."""

    def __init__(
        self,
        *,
        kind: str,
        catalog: Catalog,
        history: History,
        language: UiLanguage,
        files: FileChooser,
        prompter: Prompter,
        record_id: Any = None,
        defaults: dict[str, Any] | None = None,
        notifier: Notifier | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        extra_tabs: Callable[[RecordForm], list[tuple[QWidget, Callable[[], str]]]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = F.kind(kind)
        self.catalog = catalog
        self.history = history
        self.language = language
        self.files = files
        self.prompter = prompter
        self.record_id = record_id
        self.today = today
        self.saved_id: Any = None
        self.version: int | None = None
        self._original: dict[str, Any] = {}
        self._touched: set[str] = set()
        self._show_all = record_id is not None
        self._saving = False
        self.problems: dict[str, str] = {}
        self.other_problems: list[str] = []

        self.setSizeGripEnabled(True)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.subheading = QLabel(self)
        self.subheading.setStyleSheet(f"color: {NOTE_COLOR};")
        self.subheading.setWordWrap(True)
        self.banner = QFrame(self)
        self.banner.setStyleSheet("QFrame { background: #fff4ce; border: 1px solid #e0b100; border-radius: 4px; }")
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.banner_text.setStyleSheet("border: none;")
        self.banner_button = QPushButton(self.banner)
        self.banner_button.clicked.connect(self.reload)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.banner_button)
        self.banner.hide()

        self.id_edit: QLineEdit | None = None
        self.id_label = QLabel(self)
        self.tabs = QTabWidget(self)
        self.editors: dict[str, FieldEditor] = {}
        self.rows: dict[str, FieldRow] = {}
        self.labels: dict[str, QLabel] = {}
        self.tab_of: dict[str, int] = {}
        self._sections: list[str] = []
        self.photo_editor: PhotoEditor | None = None
        self._build_tabs()
        self._extra_tabs: list[tuple[QWidget, Callable[[], str]]] = extra_tabs(self) if extra_tabs else []
        for widget, _title in self._extra_tabs:
            self.tabs.addTab(widget, "")

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.legend = QLabel(self)
        self.legend.setStyleSheet(f"color: {NOTE_COLOR};")
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.banner)
        if self.id_edit is not None and record_id is None:
            # Only a new town's id can be typed; an existing one is in the subheading.
            id_row = QFormLayout()
            id_row.addRow(self.id_label, self.id_edit)
            layout.addLayout(id_row)
        else:
            self.id_label.hide()
            if self.id_edit is not None:
                self.id_edit.hide()
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self._load(defaults or {})
        self.retranslate_ui()
        self.resize(940, 660)
        language.changed.connect(self.retranslate_ui)
        if notifier is not None:
            notifier.changed.connect(self._catalog_changed)

    # -- building ---------------------------------------------------------------

    def _build_tabs(self) -> None:
        if self.kind.id_type == F.TEXT and "id" in self.kind.codes:
            self.id_edit = QLineEdit(self)
            self.id_edit.setMaximumWidth(220)
            self.id_edit.textChanged.connect(lambda: self._edited("id"))
        for name, codes in sections(self.kind):
            self._sections.append(name)
            if codes == ["photos"]:
                self.photo_editor = PhotoEditor(
                    catalog=self.catalog, premise_id=self.record_id, files=self.files, language=self.language
                )
                self.photo_editor.changed.connect(lambda: self._edited("photos"))
                self.tab_of["photos"] = self.tabs.addTab(self.photo_editor, "")
                continue
            page = QWidget()
            page_layout = QVBoxLayout(page)
            form = QFormLayout()
            page_layout.addLayout(form)
            # Rows keep their natural height; the space left over stays below them.
            page_layout.addStretch(1)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            for code in codes:
                f = self.kind.field(code)
                editor = make_editor(f, catalog=self.catalog, language=self.language)
                row = FieldRow(editor, page)
                label = QLabel(page)
                label.setBuddy(editor.focus_widget())
                label.setWordWrap(True)
                label.setMinimumWidth(150)
                form.addRow(label, row)
                editor.changed.connect(lambda code=code: self._edited(code))
                self.editors[code] = editor
                self.rows[code] = row
                self.labels[code] = label
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            index = self.tabs.addTab(scroll, "")
            for code in codes:
                self.tab_of[code] = index
        town = self.editors.get("town")
        zone = self.editors.get("zone")
        if isinstance(town, TownEditor) and isinstance(zone, ZoneEditor):
            town.changed.connect(lambda: zone.set_town(town.raw(), clear_foreign=True))

    def editor(self, code: str) -> FieldEditor:
        return self.editors[code]

    # -- loading ----------------------------------------------------------------

    def _load(self, defaults: dict[str, Any]) -> None:
        if self.record_id is None:
            values: dict[str, Any] = {f.code: f.default for f in self.kind.fields if f.default is not None}
            values.update(defaults)
            self.version = None
            self._original = {}
        else:
            values = self.catalog.require(self.kind.name, self.record_id)
            self.version = int(values["version"])
            self._original = dict(values)
        self._set_values(values)
        self._stamp_as_of()
        self.banner.hide()
        self._validate()

    def _set_values(self, values: dict[str, Any]) -> None:
        town = self.editors.get("town")
        zone = self.editors.get("zone")
        for code, editor in self.editors.items():
            editor.set_value(values.get(code))
        if isinstance(town, TownEditor) and isinstance(zone, ZoneEditor):
            zone.set_town(town.raw())
            zone.set_value(values.get("zone"))
        if self.id_edit is not None:
            self.id_edit.setText(str(values.get("id") or ""))
            self.id_edit.setReadOnly(self.record_id is not None)

    def _stamp_as_of(self) -> None:
        """Saving stamps today's date as the record's as-of date; the user sees it and may change it."""
        editor = self.editors.get("as_of")
        if isinstance(editor, DateEditor):
            editor.set_value(self.today().isoformat())

    def reload(self) -> None:
        """Show the record as it is stored now, dropping this form's changes."""
        if self.record_id is not None and self.catalog.get(self.kind.name, self.record_id) is None:
            return
        self._touched.clear()
        self._load({})
        if self.photo_editor is not None:
            self.photo_editor.load()
        self.retranslate_ui()

    # -- validation -------------------------------------------------------------

    def raw_values(self) -> dict[str, Any]:
        """What the user entered, as the catalog's validation reads it."""
        raw = {code: editor.raw() for code, editor in self.editors.items()}
        if self.id_edit is not None and self.record_id is None:
            raw["id"] = self.id_edit.text()
        return raw

    def _edited(self, code: str) -> None:
        self._touched.add(code)
        self._validate()

    def _validate(self) -> tuple[dict[str, Any], list[Problem]]:
        raw = self.raw_values()
        record, problems = validate(self.kind, raw, self.catalog.lookups())
        self.problems = {}
        self.other_problems = []
        hidden: list[str] = []
        for problem in problems:
            code = problem.column or ""
            message = problem.text(self.language.code)
            if code not in self.rows:
                if code == "id" and self.id_edit is not None:
                    self.problems[code] = message
                else:
                    self.other_problems.append(message)
                continue
            if code in self.problems:
                continue
            # A new form doesn't shout at empty fields nobody has reached yet
            # ("required", "give an area"); the summary lists them instead.
            if not (self._show_all or code in self._touched) and is_blank(raw.get(code)):
                if code not in hidden:
                    hidden.append(code)
                continue
            self.problems[code] = message
        for code, row in self.rows.items():
            row.show_error(self.problems.get(code))
        self._mark_tabs()
        self._show_summary(hidden)
        self.save_button.setEnabled(not problems)
        return record, problems

    def _go_to_problem(self) -> None:
        """Show the first field that needs fixing."""
        for code in self.editors:
            if code in self.problems:
                self.tabs.setCurrentIndex(self.tab_of[code])
                self.editors[code].focus_widget().setFocus()
                return

    def _mark_tabs(self) -> None:
        bad = {self.tab_of[c] for c in self.problems if c in self.tab_of}
        bar = self.tabs.tabBar()
        for index in range(self.tabs.count()):
            bar.setTabTextColor(index, QColor(ERROR_COLOR) if index in bad else QColor())

    def _by_tab(self, codes: list[str]) -> str:
        """``Город, Наименование (Основное); Площадь, м² (Площадь и сделка)``: where to look."""
        lang = self.language.code
        groups: dict[int, list[str]] = {}
        for code in codes:
            if code in self.tab_of:
                groups.setdefault(self.tab_of[code], []).append(self.kind.field(code).label(lang))
        return "; ".join(f"{', '.join(labels)} ({self.tabs.tabText(tab)})" for tab, labels in sorted(groups.items()))

    def _show_summary(self, hidden: list[str]) -> None:
        parts = []
        if self.problems:
            where = self._by_tab(list(self.problems))
            if "id" in self.problems:
                where = "; ".join(w for w in (self.tr("Код"), where) if w)
            parts.append(self.tr("Чтобы сохранить, исправьте: {fields}.").format(fields=where))
        if hidden:
            parts.append(self.tr("Чтобы сохранить, заполните: {fields}.").format(fields=self._by_tab(hidden)))
        parts.extend(self.other_problems)
        self.summary.setText(" ".join(parts))
        self.summary.setStyleSheet(f"color: {ERROR_COLOR};" if self.problems or self.other_problems else "")
        self.summary.setVisible(bool(parts))

    # -- saving -----------------------------------------------------------------

    def changes(self, record: dict[str, Any]) -> dict[str, Any]:
        """The fields whose parsed value differs from the record as it was opened."""
        return {
            code: value
            for code, value in record.items()
            if code in self.editors and not same_value(self.kind.field(code), self._original.get(code), value)
        }

    def is_modified(self) -> bool:
        record, _ = validate(self.kind, self.raw_values(), self.catalog.lookups())
        changed = set(self.changes(record)) - {"as_of"}
        if self.record_id is None:
            changed = {c for c in self._touched if c != "as_of"}
        photos = self.photo_editor is not None and self.photo_editor.is_modified()
        return bool(changed) or photos

    def save(self) -> bool:
        """Validate and save through the history; False (with messages shown) when not saved."""
        self._show_all = True
        record, problems = self._validate()
        if problems:
            self._go_to_problem()
            return False
        self._saving = True
        try:
            if self.record_id is None:
                self.saved_id = self._insert(record)
            else:
                self._update(record)
                self.saved_id = self.record_id
        except ConflictError as exc:
            return self._resolve_conflict(exc)
        except NotFoundError:
            return self._deleted_elsewhere(record)
        except ValidationFailed as exc:
            self._show_failed(exc.problems)
            return False
        except CatalogError as exc:
            self.prompter.warn(self, self.tr("Не сохранено"), error_text(exc, self.language.code))
            return False
        finally:
            self._saving = False
        self.accept()
        return True

    def _insert(self, record: dict[str, Any]) -> Any:
        values = {c: v for c, v in record.items() if v is not None or c in self.editors}
        if self.kind.id_type != F.TEXT:
            values.pop("id", None)
        with self.history.group("add", self.kind.name):
            new_id = self.history.add(self.kind.name, values)
            if self.photo_editor is not None and self.photo_editor.is_modified():
                self.photo_editor.apply(self.history, new_id)
        return new_id

    def _update(self, record: dict[str, Any]) -> None:
        changes = self.changes(record)
        photos = self.photo_editor is not None and self.photo_editor.is_modified()
        if not changes and not photos:
            return
        status_only = set(changes) - {"as_of"} == {"status"} and not photos
        action = "status" if status_only else "edit"
        detail = changes["status"] if status_only else None
        with self.history.group(action, self.kind.name, self.record_id, detail=detail):
            if changes:
                self.history.edit(self.kind.name, self.record_id, changes, expected_version=self.version)
            if photos and self.photo_editor is not None:
                self.photo_editor.apply(self.history, self.record_id)

    def _show_failed(self, problems: list[Problem]) -> None:
        for problem in problems:
            message = problem.text(self.language.code)
            if problem.column in self.rows:
                self.problems[problem.column] = message
                self.rows[problem.column].show_error(message)
            else:
                self.other_problems.append(message)
        self._mark_tabs()
        self._show_summary([])

    def _resolve_conflict(self, exc: ConflictError) -> bool:
        current = exc.current or {}
        lang = self.language.code
        differences = []
        for code in self.editors:
            f = self.kind.field(code)
            if code == "as_of" or same_value(f, self._original.get(code), current.get(code)):
                continue
            before = _display(f, self._original.get(code), lang) or "—"
            after = _display(f, current.get(code), lang) or "—"
            differences.append(f"• {f.label(lang)}: {before} → {after}")
        text = self.tr("Пока вы редактировали, эту запись изменили в другом окне или другой программе.")
        if differences:
            text += "\n\n" + self.tr("Там изменено:") + "\n" + "\n".join(differences[:12])
        record, _ = validate(self.kind, self.raw_values(), self.catalog.lookups())
        mine = [self.kind.field(c).label(lang) for c in self.changes(record) if c != "as_of"]
        if mine:
            text += "\n\n" + self.tr("Вы изменили: {fields}.").format(fields=", ".join(mine))
        text += "\n\n" + self.tr(
            "«Записать мои изменения поверх» сохранит поля, которые изменили вы, а остальные оставит как там."
        )
        choice = self.prompter.choose(
            self,
            self.tr("Запись изменена в другом месте"),
            text,
            [
                self.tr("Загрузить их версию"),
                self.tr("Записать мои изменения поверх"),
                self.tr("Продолжить редактирование"),
            ],
            default=2,
        )
        if choice == 0:
            self.reload()
            return False
        if choice == 1 and exc.current is not None:
            self.version = int(exc.current["version"])
            return self.save()
        return False

    def _deleted_elsewhere(self, record: dict[str, Any]) -> bool:
        choice = self.prompter.choose(
            self,
            self.tr("Запись удалена в другом месте"),
            self.tr(
                "Пока вы редактировали, эту запись удалили в другом окне или другой программе. "
                "Можно сохранить то, что в форме, как новую запись."
            ),
            [self.tr("Сохранить как новую запись"), self.tr("Продолжить редактирование")],
            default=1,
        )
        if choice != 0:
            return False
        # A town keeps its id (shown in the id box); other kinds get a new one.
        self.record_id = None
        self.version = None
        self._original = {}
        return self.save()

    # -- other windows ----------------------------------------------------------

    def _catalog_changed(self, kind: str) -> None:
        if self._saving or self.record_id is None or kind != self.kind.name:
            return
        current = self.catalog.get(self.kind.name, self.record_id)
        if current is None:
            self.banner_text.setText(self.tr("Эту запись удалили в другом окне. Её можно сохранить как новую."))
            self.banner_button.hide()
            self.banner.show()
        elif self.version is not None and int(current["version"]) != self.version:
            self.banner_text.setText(
                self.tr(
                    "Эту запись изменили в другом окне, пока форма открыта. При сохранении вы выберете, "
                    "чьи изменения оставить, или загрузите их версию сейчас."
                )
            )
            self.banner_button.show()
            self.banner.show()

    # -- closing ----------------------------------------------------------------

    def reject(self) -> None:
        if self.result() == QDialog.DialogCode.Accepted or not self.is_modified():
            super().reject()
            return
        if self.prompter.confirm(
            self,
            self.tr("Закрыть форму"),
            self.tr("Изменения не сохранены. Закрыть форму без сохранения?"),
            yes=self.tr("Закрыть без сохранения"),
            no=self.tr("Вернуться к форме"),
        ):
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self.isVisible():
            event.accept()
            return
        # The window's close button means Cancel, with its question about unsaved changes.
        event.ignore()
        self.reject()

    # -- texts ------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        lang = self.language.code
        if self.record_id is None:
            self.setWindowTitle(new_title(self.kind.name))
            self.subheading.setText(self.tr("Код записи будет присвоен при сохранении."))
            if self.id_edit is not None:
                self.subheading.setText(
                    self.tr("Код города можно оставить пустым: он будет составлен из английского названия.")
                )
        else:
            town = self.catalog.town_name(self._original.get("town"), lang) if "town" in self.kind.codes else ""
            title = record_title(self.kind.name, self._original, lang, town)
            self.setWindowTitle(edit_title(self.kind.name, title))
            info = self.tr("Код {id} · версия {version}").format(id=self.record_id, version=self.version)
            if rules.is_demo(self._original):
                info += " · " + self.tr("демонстрационная запись: не выдавайте её данные за факты")
            self.subheading.setText(info)
        self.heading.setText(self.windowTitle())
        self.banner_button.setText(self.tr("Загрузить их версию"))
        if self.id_edit is not None:
            self.id_label.setText(self.kind.field("id").label(lang))
        for code, label in self.labels.items():
            f = self.kind.field(code)
            text = f.label(lang)
            if lang != "ru" and f"{code}_kk" in self.kind.codes:
                # The main text is the Russian one; its translations sit on their own tab.
                text += " " + self.tr("(рус.)")
            label.setText(text + (" *" if f.required else ""))
        for index, name in enumerate(self._sections):
            self.tabs.setTabText(index, section_title(name))
        for offset, (_widget, tab_title) in enumerate(self._extra_tabs):
            self.tabs.setTabText(len(self._sections) + offset, tab_title())
        for editor in self.editors.values():
            editor.retranslate_ui()
        if self.photo_editor is not None:
            self.photo_editor.retranslate_ui()
        self._note_as_of()
        self.legend.setText(self.tr("* — обязательное поле"))
        self.save_button.setText(self.tr("Сохранить"))
        self.cancel_button.setText(self.tr("Отмена"))
        self._validate()

    def _note_as_of(self) -> None:
        row = self.rows.get("as_of")
        if row is None:
            return
        previous = self._original.get("as_of")
        if previous:
            row.show_note(
                self.tr("Было: {date}. При сохранении ставится сегодняшняя дата; её можно изменить.").format(
                    date=date_text(previous, self.language.code)
                )
            )
        else:
            row.show_note(self.tr("Сегодняшняя дата; её можно изменить."))


def _display(f: F.Field, value: Any, lang: str) -> str:
    """A value as the form would show it, for the conflict message."""
    if value is None or value == "":
        return ""
    if f.vocabulary and f.type == F.CHOICE:
        return i18n.label(f.vocabulary, str(value), lang)
    if f.type == F.BOOL:
        return i18n.label("boolean", "yes" if int(value) else "no", lang)
    text = field_text(f, value, lang)
    return text if len(text) <= 60 else text[:57] + "…"
