"""The main window's entry point to editing: forms, deleting, status changes, import, export, undo.

The main window creates one ``EditingController(catalog=..., history=...,
parent=window)`` and calls its methods from menus and toolbars. Everything
modal goes through injected objects (a prompter for questions, a file chooser,
``run_dialog`` for forms and dialogs), so tests drive the real widgets without
modal event loops.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.demo import REMOVE_DEMO_STEP
from guide.catalog.errors import CatalogError, ConflictError, NotFoundError, error_text
from guide.catalog.exporter import export_file
from guide.catalog.history import TOWN_CHILDREN, History, Step, describe_ru
from guide.catalog.importer import ImportResult
from guide.catalog.search import Filters
from guide.catalog.store import Catalog
from guide.ui.editing.import_dialog import ImportDialog
from guide.ui.editing.prompts import FileChooser, Prompter, save_sheet_filter
from guide.ui.editing.record_form import Notifier, RecordForm
from guide.ui.editing.status_history import StatusHistoryPanel
from guide.ui.editing.texts import action_label, delete_question, kind_count, record_title
from guide.ui.language import UiLanguage


def _exec(dialog: QDialog) -> int:
    return dialog.exec()


def _detach(history: History, listener: Callable[[], None]) -> None:
    history.remove_listener(listener)
    history.describe = describe_ru


class EditingController(QObject):
    """Adds, edits and deletes records through forms, with confirmation and undo."""

    def __init__(
        self,
        *,
        catalog: Catalog,
        history: History,
        parent: QObject | None = None,
        language: UiLanguage | None = None,
        notifier: Notifier | None = None,
        prompter: Prompter | None = None,
        files: FileChooser | None = None,
        run_dialog: Callable[[QDialog], int] = _exec,
        today: Callable[[], dt.date] = dt.date.today,
        backup_on_import: bool = True,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.history = history
        self.language = language or UiLanguage(parent=self)
        self.notifier = notifier
        self.prompter = prompter or Prompter()
        self.files = files or FileChooser()
        self.run_dialog = run_dialog
        self.today = today
        self.backup_on_import = backup_on_import
        history.describe = self.describe_step
        listener = self._history_changed
        history.add_listener(listener)
        # The history may outlive this controller (tests, a closed window): detach from it.
        self.destroyed.connect(lambda *_: _detach(history, listener))

        # Ready-made actions for the Edit menu; their texts follow the history.
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        self.redo_action.triggered.connect(self.redo)
        self.language.changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    @property
    def window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    # -- forms --------------------------------------------------------------------

    def create_form(self, kind: str, record_id: Any = None, *, defaults: dict[str, Any] | None = None) -> RecordForm:
        """A form to add (``record_id`` None) or edit a record; shown by the caller."""
        extra = self._town_tabs if kind == "towns" and record_id is not None else None
        return RecordForm(
            kind=kind,
            catalog=self.catalog,
            history=self.history,
            language=self.language,
            files=self.files,
            prompter=self.prompter,
            record_id=record_id,
            defaults=defaults,
            notifier=self.notifier,
            today=self.today,
            extra_tabs=extra,
            parent=self.window,
        )

    def _town_tabs(self, form: RecordForm) -> list[tuple[QWidget, Callable[[], str]]]:
        panel = StatusHistoryPanel(catalog=self.catalog, language=self.language, town_id=form.record_id, actions=self)
        return [(panel, StatusHistoryPanel.title)]

    def add_record(self, kind: str, *, defaults: dict[str, Any] | None = None) -> Any:
        """Open an empty form; the new record's id, or None when cancelled."""
        form = self.create_form(kind, defaults=defaults)
        try:
            self.run_dialog(form)
            return form.saved_id
        finally:
            form.deleteLater()

    def edit_record(self, kind: str, record_id: Any) -> bool:
        """Open the record's form; True when it was saved."""
        if self.catalog.get(kind, record_id) is None:
            self.prompter.warn(self.window, self.tr("Запись не найдена"), self.tr("Эту запись уже удалили."))
            return False
        form = self.create_form(kind, record_id)
        try:
            self.run_dialog(form)
            return form.saved_id is not None
        finally:
            form.deleteLater()

    # -- deleting -----------------------------------------------------------------

    def delete_record(self, kind: str, record_id: Any) -> bool:
        """Ask, saying what else is affected, then delete (undoably). True when deleted."""
        record = self.catalog.get(kind, record_id)
        if record is None:
            return False
        title = self.title_of(kind, record)
        dependents = self.catalog.dependents(kind, record_id)
        if kind == "towns":
            blocking = {k: n for k, n in dependents.items() if k not in TOWN_CHILDREN}
            if blocking:
                self.prompter.warn(
                    self.window,
                    self.tr("Город нельзя удалить"),
                    self.tr(
                        "Город «{title}» нельзя удалить: к нему относятся {records}. Сначала удалите эти записи "
                        "или укажите у них другой город."
                    ).format(title=title, records=", ".join(kind_count(k, n) for k, n in blocking.items())),
                )
                return False
        text = delete_question(kind, title)
        consequences = self._consequences(kind, record_id, dependents)
        if consequences:
            text += "\n\n" + "\n".join(consequences)
        text += "\n\n" + self.tr("Удаление можно отменить: Ctrl+Z.")
        if not self.prompter.confirm(
            self.window, self.tr("Удаление"), text, yes=self.tr("Удалить"), no=self.tr("Не удалять")
        ):
            return False
        try:
            self.history.delete(kind, record_id, expected_version=int(record["version"]))
        except ConflictError:
            self.prompter.warn(
                self.window,
                self.tr("Не удалено"),
                self.tr("Пока вы подтверждали удаление, запись изменили в другом окне. Посмотрите изменения и "
                        "удалите её снова, если нужно."),
            )  # fmt: skip
            return False
        except NotFoundError:
            return False
        except CatalogError as exc:
            self.prompter.warn(self.window, self.tr("Не удалено"), error_text(exc, self.language.code))
            return False
        return True

    def _consequences(self, kind: str, record_id: Any, dependents: dict[str, int]) -> list[str]:
        lines = []
        if F.kind(kind).can(F.Can.PHOTOS) and dependents.get("photos"):
            lines.append(self.tr("Вместе с помещением будут удалены его фото: {n}.").format(n=dependents["photos"]))
        if kind == "zones" and dependents.get("premises"):
            lines.append(
                self.tr(
                    "В этой промзоне помещений: {n}. Они останутся в каталоге, но поле «Малая промзона» у них "
                    "станет пустым."
                ).format(n=dependents["premises"])
            )
        if kind == "towns" and dependents:
            lines.append(
                self.tr("Вместе с городом будут удалены: {records}.").format(
                    records=", ".join(kind_count(k, n) for k, n in dependents.items())
                )
            )
        if F.kind(kind).can(F.Can.SHORTLIST) and self.catalog.is_shortlisted(kind, record_id):
            lines.append(self.tr("Запись будет убрана из подборки."))
        return lines

    # -- status -------------------------------------------------------------------

    def set_status(self, kind: str, record_id: Any, status: str) -> bool:
        """Change a record's status (one undo step); False with a message when refused."""
        if F.kind(kind).status_vocabulary is None:
            raise ValueError(f"{kind} records have no status")
        try:
            self.history.set_status(kind, record_id, status)
        except CatalogError as exc:
            self.prompter.warn(self.window, self.tr("Статус не изменён"), error_text(exc, self.language.code))
            return False
        return True

    # -- import and export ----------------------------------------------------------

    def create_import_dialog(self, kind: str) -> ImportDialog:
        return ImportDialog(
            kind=kind,
            catalog=self.catalog,
            language=self.language,
            files=self.files,
            prompter=self.prompter,
            backup=self.backup_on_import,
            parent=self.window,
        )

    def open_import_dialog(self, kind: str, path: Path | None = None) -> ImportResult | None:
        """Show the import dialog (already reading ``path`` when given); what was imported, or None."""
        dialog = self.create_import_dialog(kind)
        if path is not None:
            dialog.load(path)
        try:
            self.run_dialog(dialog)
            return dialog.import_result
        finally:
            dialog.deleteLater()

    def export_table(self, kind: str, filters: Filters | None = None, text: str | None = None) -> int | None:
        """Write the records the table shows (its filters and search) to CSV or XLSX; the count, or None."""
        label = F.kind(kind).label(self.language.code)
        path = self.files.save_file(
            self.window, self.tr("Экспорт: {kind}").format(kind=label), f"{kind}.xlsx", save_sheet_filter()
        )
        if path is None:
            return None
        try:
            count = export_file(self.catalog, kind, path, filters, text)
        except CatalogError as exc:
            self.prompter.warn(self.window, self.tr("Экспорт не выполнен"), error_text(exc, self.language.code))
            return None
        message = self.tr("Записей: {count}\nФайл: {path}").format(count=count, path=path)
        photos = Path(path).with_name(Path(path).stem + "_photos")
        if photos.is_dir():
            message += "\n" + self.tr("Фото сохранены рядом, в папке {folder}").format(folder=photos.name)
        self.prompter.inform(self.window, self.tr("Экспорт завершён"), message)
        return count

    # -- undo ---------------------------------------------------------------------

    def undo(self) -> str | None:
        """Undo the last step, asking what to do when the record was changed elsewhere since."""
        return self._replay(redo=False)

    def redo(self) -> str | None:
        return self._replay(redo=True)

    def _replay(self, *, redo: bool) -> str | None:
        step = self.history.redo if redo else self.history.undo
        try:
            return step()
        except ConflictError as exc:
            changed = self.tr("удалили") if exc.current is None else self.tr("изменили")
            choice = self.prompter.choose(
                self.window,
                self.tr("Запись изменена в другом месте"),
                self.tr(
                    "После этого шага запись «{title}» {changed} в другом окне, другой программе или импортом. "
                    "Если продолжить, эти изменения будут потеряны."
                ).format(title=self._conflict_title(exc), changed=changed),
                [self.tr("Всё равно выполнить"), self.tr("Пропустить этот шаг"), self.tr("Отмена")],
                default=2,
            )
            if choice == 0:
                return step(force=True)
            if choice == 1:
                (self.history.discard_redo if redo else self.history.discard_undo)()
            return None
        except CatalogError as exc:
            self.prompter.warn(self.window, self.tr("Не удалось"), error_text(exc, self.language.code))
            return None

    def _conflict_title(self, exc: ConflictError) -> str:
        record = exc.current or self.catalog.get(exc.kind, exc.record_id)
        return self.title_of(exc.kind, record) if record else str(exc.record_id)

    def describe_step(self, step: Step) -> str:
        """An undo step as menus show it, in the UI language: ``изменение «Цех №1»``."""
        vocabulary = F.kind(step.kind).status_vocabulary if step.action == "status" else None
        if vocabulary and step.detail:
            status = i18n.label(vocabulary, step.detail, self.language.code)
            return self.tr("статус «{status}» для «{title}»").format(status=status, title=step.title)
        if step.action == REMOVE_DEMO_STEP:
            # One step over many records: no single title describes it.
            return action_label(step.action, self.language.code)
        return self.tr("{action} «{title}»").format(
            action=action_label(step.action, self.language.code), title=step.title
        )

    def _history_changed(self) -> None:
        undo, redo = self.history.undo_text, self.history.redo_text
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)
        for action, step, verb, long in (
            (self.undo_action, undo, self.tr("Отменить"), self.tr("Отменить {step}")),
            (self.redo_action, redo, self.tr("Повторить"), self.tr("Повторить {step}")),
        ):
            # The menu names the step; the toolbar shows only the verb (iconText), so it keeps its width
            # whatever the record's title, and the tooltip names the step there.
            action.setText(long.format(step=step) if step else verb)
            action.setIconText(verb)
            action.setToolTip(long.format(step=step) if step else verb)

    # -- texts --------------------------------------------------------------------

    def title_of(self, kind: str, record: dict[str, Any]) -> str:
        town = self.catalog.town_name(record.get("town"), self.language.code) if record.get("town") else ""
        return record_title(kind, record, self.language.code, town)

    def retranslate_ui(self) -> None:
        self._history_changed()
