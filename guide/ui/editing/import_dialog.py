"""Importing a CSV or XLSX sheet: preview, every problem listed, then all or nothing.

The dialog runs :func:`guide.catalog.importer.plan_import`, the same check as
``investor-guide import``, which writes nothing; the Import button appears
only for a file without problems, and :func:`apply_import` writes it in one
transaction after a backup. "Re-read" picks up a file fixed in Excel without
choosing it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guide.catalog import fields as F
from guide.catalog import importer
from guide.catalog.errors import CatalogError, InvalidInput, Problem, ValidationFailed, error_text
from guide.catalog.exporter import write_template
from guide.catalog.importer import ImportPlan, ImportResult, apply_import, plan_import
from guide.catalog.limits import total_problems
from guide.catalog.store import Catalog
from guide.ui.editing.import_model import ImportPreviewModel
from guide.ui.editing.prompts import FileChooser, Prompter, save_sheet_filter, sheet_filter
from guide.ui.editing.values import number_text
from guide.ui.language import UiLanguage

ERROR_COLOR = "#b3261e"
GOOD_COLOR = "#1e7d32"


class ImportDialog(QDialog):
    """Import one kind of record from a file."""

    def __init__(
        self,
        *,
        kind: str,
        catalog: Catalog,
        language: UiLanguage,
        files: FileChooser,
        prompter: Prompter,
        backup: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = F.kind(kind)
        self.catalog = catalog
        self.language = language
        self.files = files
        self.prompter = prompter
        self.backup = backup
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.read_problems: list[Problem] = []

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.file_label = QLabel(self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose)
        self.reread_button = QPushButton(self)
        self.reread_button.clicked.connect(self.reread)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.reread_button)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = ImportPreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setModel(self.model)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.horizontalHeader().setDefaultSectionSize(130)
        self.preview.setWordWrap(False)
        self.preview_label = QLabel(self)
        self.problems = QTableWidget(0, 3, self)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.verticalHeader().hide()
        self.problems.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.setWordWrap(True)
        self.problems.itemSelectionChanged.connect(self._show_problem_row)
        self.problems_label = QLabel(self)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.preview_label)
        top_layout.addWidget(self.preview)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.problems_label)
        bottom_layout.addWidget(self.problems)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.buttons = QDialogButtonBox(self)
        self.template_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.template_button.clicked.connect(self.save_template)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.import_now)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(file_row)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.resize(900, 620)
        self.retranslate_ui()
        language.changed.connect(self.retranslate_ui)

    # -- actions ----------------------------------------------------------------

    def choose(self) -> None:
        path = self.files.open_file(self, self.tr("Файл для импорта"), sheet_filter())
        if path is not None:
            self.load(path)

    def reread(self) -> None:
        if self.path is not None:
            self.load(self.path)

    def load(self, path: Path) -> ImportPlan | None:
        """Read and check ``path``; nothing is written. Returns the plan (None when unreadable)."""
        self.path = Path(path)
        self.import_result = None
        self.file_edit.setText(str(self.path))
        self.plan = None
        self.read_problems = []
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.plan = plan_import(self.catalog, self.kind.name, self.path)
        except ValidationFailed as exc:
            self.read_problems = exc.problems
        except InvalidInput as exc:
            self.read_problems = exc.problems or [Problem("message", {"text": str(exc)})]
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.plan is not None:
            plan = self.plan
            self.model.set_table(self.kind, plan.headers, plan.columns, plan.rows, plan.problems, self.language.code)
            self._fill_problems(plan.problems)
        else:
            self.model.clear()
            self._fill_problems(self.read_problems)
        self._update()
        return self.plan

    def import_now(self) -> ImportResult | None:
        """Apply the checked plan, all or nothing; returns what was added and updated."""
        plan = self.plan
        if plan is None or plan.problems or self.import_result is not None:
            return None
        failure: CatalogError | None = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.import_result = apply_import(self.catalog, plan, backup=self.backup)
        except ValidationFailed as exc:
            # Found only when writing (a zone in another town, given in the same file).
            self.read_problems = list(exc.problems)
            self._fill_problems(self.read_problems)
            self.plan = None
        except CatalogError as exc:
            failure = exc
        finally:
            QGuiApplication.restoreOverrideCursor()
        if failure is not None:
            self.prompter.warn(self, self.tr("Импорт не выполнен"), error_text(failure, self.language.code))
        self._update()
        return self.import_result

    def save_template(self) -> Path | None:
        suggested = f"{self.kind.name}-template.xlsx"
        path = self.files.save_file(self, self.tr("Сохранить шаблон"), suggested, save_sheet_filter())
        if path is None:
            return None
        try:
            write_template(self.kind.name, path, self.language.code)
        except CatalogError as exc:
            self.prompter.warn(self, self.tr("Шаблон не сохранён"), error_text(exc, self.language.code))
            return None
        self._set_status(self.tr("Шаблон сохранён: {path}").format(path=path), GOOD_COLOR)
        return path

    # -- display ----------------------------------------------------------------

    def _fill_problems(self, problems: list[Problem]) -> None:
        self.problems.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            cells = [
                "" if problem.row is None else str(problem.row),
                problem.column or "",
                problem.text(self.language.code),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, problem.row)
                self.problems.setItem(row, column, item)

    def _show_problem_row(self) -> None:
        items = self.problems.selectedItems()
        if not items:
            return
        number = items[0].data(Qt.ItemDataRole.UserRole)
        row = self.model.row_of(number) if number is not None else None
        if row is not None:
            self.preview.selectRow(row)
            self.preview.scrollTo(self.model.index(row, 0))

    def _set_status(self, text: str, color: str | None = None) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {color}; font-weight: bold;" if color else "")

    def _update(self) -> None:
        plan = self.plan
        # Only the first problems are kept and listed; the count is of them all.
        count = total_problems(plan.problems) if plan is not None else total_problems(self.read_problems)
        self.reread_button.setEnabled(self.path is not None)
        self.import_button.setEnabled(plan is not None and plan.ok and self.import_result is None)
        if self.import_result is not None:
            self._set_status(
                self.tr("Импорт завершён: добавлено {added}, обновлено {updated}.").format(
                    added=self.import_result.added, updated=self.import_result.updated
                ),
                GOOD_COLOR,
            )
        elif self.path is None:
            self._set_status(
                self.tr("Выберите файл. Чтобы получить таблицу с нужными столбцами, нажмите «Сохранить шаблон…».")
            )
        elif plan is None or count:
            self._set_status(
                self.tr(
                    "Найдено проблем: {count}. Ничего не будет изменено. Исправьте файл и нажмите «Перечитать»."
                ).format(count=count),
                ERROR_COLOR,
            )
        else:
            self._set_status(
                self.tr("Ошибок нет. Будет добавлено: {added}, обновлено: {updated}. Нажмите «Импортировать».").format(
                    added=plan.added, updated=plan.updated
                ),
                GOOD_COLOR,
            )
        rows = len(self.model.rows)
        total = plan.total_rows if plan is not None else rows
        if total > rows:
            # A long file's plan keeps only its first rows (and those with problems) for the preview.
            shown = min(total, importer.PREVIEW_ROWS)
            lang = self.language.code
            self.preview_label.setText(
                self.tr(
                    "Первые {shown} из {total} строк файла и строки с ошибками; строки с ошибками выделены:"
                ).format(shown=number_text(shown, lang), total=number_text(total, lang))
            )
        else:
            self.preview_label.setText(
                self.tr("Строки файла ({count}); строки с ошибками выделены:").format(count=rows)
            )
        self.problems_label.setText(self.tr("Проблемы ({count}):").format(count=count))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Импорт: {kind}").format(kind=self.kind.label(self.language.code)))
        self.heading.setText(self.windowTitle())
        self.intro.setText(
            self.tr(
                "Импорт выполняется целиком или не выполняется вовсе: если в файле есть хоть одна ошибка, каталог "
                "не меняется. Строка с кодом существующей записи обновляет её, строка без кода добавляет новую. "
                "Перед импортом делается резервная копия каталога."
            )
        )
        self.file_label.setText(self.tr("Файл:"))
        self.choose_button.setText(self.tr("Выбрать файл…"))
        self.reread_button.setText(self.tr("Перечитать"))
        self.template_button.setText(self.tr("Сохранить шаблон…"))
        self.import_button.setText(self.tr("Импортировать"))
        self.close_button.setText(self.tr("Закрыть"))
        self.problems.setHorizontalHeaderLabels([self.tr("Строка"), self.tr("Столбец"), self.tr("Причина")])
        self.model.lang = self.language.code
        if self.plan is not None:
            self._fill_problems(self.plan.problems)
        elif self.read_problems:
            self._fill_problems(self.read_problems)
        self._update()
