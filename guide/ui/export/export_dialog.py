"""The export dialog: which guide, which language, where; quality warnings; progress; preview.

The guide is built in a worker thread (see ``worker.py``) while the dialog
shows progress and a Cancel button; afterwards the PDF is previewed in the
dialog itself.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, QStandardPaths, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from guide import i18n
from guide.catalog import fields as F
from guide.catalog import quality
from guide.catalog.store import Catalog
from guide.catalog.untranslated import untranslated
from guide.ui import palette
from guide.ui.export import REGION, SHORTLIST, TOWN
from guide.ui.export.preview import PdfPreview
from guide.ui.export.worker import GuideJob, GuideWorker
from guide.ui.formatting import Formatter
from guide.ui.language import UiLanguage

# Each language by its own name, as language menus conventionally show them.
MAX_LISTED_ISSUES = 40


class ExportDialog(QDialog):
    """Emits ``built(path)``, ``build_cancelled()`` or ``build_failed(message)`` after each build."""

    built = Signal(object)
    build_cancelled = Signal()
    build_failed = Signal(str)

    def __init__(
        self,
        *,
        catalog: Catalog,
        catalog_path: Path,
        language: UiLanguage,
        formatter: Formatter,
        settings: QSettings | None = None,
        kind: str = TOWN,
        town: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.catalog_path = catalog_path
        self.language = language
        self.formatter = formatter
        self.settings = settings
        self.build_thread: QThread | None = None
        self.worker: GuideWorker | None = None
        self.result: Any = None
        self._path_edited = False

        self.stack = QStackedWidget(self)
        self.form_page = QWidget(self)
        form = QFormLayout(self.form_page)
        self.kind_label = QLabel(self.form_page)
        kinds = QVBoxLayout()
        self.kind_buttons = QButtonGroup(self)
        self.town_radio = QRadioButton(self.form_page)
        self.region_radio = QRadioButton(self.form_page)
        self.shortlist_radio = QRadioButton(self.form_page)
        self.town_box = QComboBox(self.form_page)
        town_row = QHBoxLayout()
        town_row.addWidget(self.town_radio)
        town_row.addWidget(self.town_box, 1)
        kinds.addLayout(town_row)
        kinds.addWidget(self.region_radio)
        kinds.addWidget(self.shortlist_radio)
        for button in (self.town_radio, self.region_radio, self.shortlist_radio):
            self.kind_buttons.addButton(button)
        form.addRow(self.kind_label, kinds)
        self.lang_label = QLabel(self.form_page)
        self.lang_box = QComboBox(self.form_page)
        for code in i18n.LANGUAGES:
            self.lang_box.addItem(i18n.NATIVE_NAMES[code], code)
        self.lang_box.setCurrentIndex(self.lang_box.findData(language.code))
        form.addRow(self.lang_label, self.lang_box)
        self.file_label = QLabel(self.form_page)
        self.file_edit = QLineEdit(self.form_page)
        self.browse_button = QPushButton(self.form_page)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form.addRow(self.file_label, file_row)
        self.warnings_label = QLabel(self.form_page)
        self.warnings = QTextBrowser(self.form_page)
        self.warnings.setMinimumHeight(160)
        form.addRow(self.warnings_label, self.warnings)
        self.progress = QProgressBar(self.form_page)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self.form_page)
        self.status.setWordWrap(True)
        form.addRow(self.progress)
        form.addRow(self.status)
        self.build_button = QPushButton(self.form_page)
        self.build_button.setDefault(True)
        self.cancel_button = QPushButton(self.form_page)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.cancel_button)
        form.addRow(buttons)
        self.preview = PdfPreview(self)
        self.stack.addWidget(self.form_page)
        self.stack.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self._fill_towns(town)
        {TOWN: self.town_radio, REGION: self.region_radio, SHORTLIST: self.shortlist_radio}[kind].setChecked(True)
        self.kind_buttons.buttonToggled.connect(self._choice_changed)
        self.town_box.currentIndexChanged.connect(self._choice_changed)
        self.lang_box.currentIndexChanged.connect(self._choice_changed)
        self.file_edit.textEdited.connect(self._file_edited)
        self.browse_button.clicked.connect(self.browse)
        self.build_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.preview.back_requested.connect(lambda: self.stack.setCurrentWidget(self.form_page))
        self.preview.close_requested.connect(self.accept)
        language.changed.connect(self.retranslate_ui)
        self.retranslate_ui()
        # The size the preview needs from the start, so the dialog does not jump when the PDF appears.
        self.resize(self._reading_size())

    # -- texts --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Экспорт PDF-гида"))
        self.kind_label.setText(self.tr("Что собрать"))
        self.town_radio.setText(self.tr("Гид по городу"))
        self.region_radio.setText(self.tr("Гид по области (все моногорода)"))
        premises = len(self.catalog.shortlist("premises"))
        projects = len(self.catalog.shortlist("projects"))
        self.shortlist_radio.setText(
            self.tr("Бриф по шорт-листу: помещений {premises}, проектов {projects}").format(
                premises=premises, projects=projects
            )
        )
        self.shortlist_radio.setEnabled(bool(premises or projects))
        self.lang_label.setText(self.tr("Язык гида"))
        self.file_label.setText(self.tr("Файл"))
        self.browse_button.setText(self.tr("Выбрать…"))
        self.warnings_label.setText(self.tr("Проверка данных"))
        self.build_button.setText(self.tr("Создать PDF"))
        self.cancel_button.setText(self.tr("Отмена") if self.is_running() else self.tr("Закрыть"))
        self.preview.retranslate_ui()
        self._choice_changed()

    def _fill_towns(self, selected: str | None) -> None:
        towns = self.catalog.all("towns")
        order = {"monotown": 0, "former_monotown": 1}
        towns.sort(key=lambda t: (order.get(str(t.get("monotown_status")), 2), self.formatter.town(t["id"])))
        for town in towns:
            self.town_box.addItem(self.formatter.town(town["id"]), town["id"])
        if selected is not None and self.town_box.findData(selected) >= 0:
            self.town_box.setCurrentIndex(self.town_box.findData(selected))

    # -- the choice ------------------------------------------------------------------------

    def kind(self) -> str:
        if self.region_radio.isChecked():
            return REGION
        if self.shortlist_radio.isChecked():
            return SHORTLIST
        return TOWN

    def lang(self) -> str:
        return str(self.lang_box.currentData())

    def job(self) -> GuideJob:
        kind = self.kind()
        job = GuideJob(catalog_path=self.catalog_path, out=Path(self.file_edit.text().strip()), lang=self.lang())
        if kind == TOWN:
            job.towns = [str(self.town_box.currentData())]
        elif kind == SHORTLIST:
            job.premises = [i for _, i in self.catalog.shortlist("premises")]
            job.projects = [i for _, i in self.catalog.shortlist("projects")]
        return job

    def _default_folder(self) -> Path:
        if self.settings is not None and self.settings.value("export/folder"):
            return Path(str(self.settings.value("export/folder")))
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents else Path.home()

    def _default_name(self) -> str:
        kind = self.kind()
        if kind == TOWN:
            stem = f"investor-guide-{self.town_box.currentData()}"
        elif kind == SHORTLIST:
            stem = "investor-brief-shortlist"
        else:
            stem = "investor-guide-karaganda-region"
        return f"{stem}-{self.lang()}.pdf"

    def _file_edited(self, _text: str) -> None:
        self._path_edited = True

    def _choice_changed(self, *_: Any) -> None:
        if not self._path_edited:
            current = self.file_edit.text().strip()
            folder = Path(current).parent if current else self._default_folder()
            self.file_edit.setText(str(folder / self._default_name()))
        self.town_box.setEnabled(self.kind() == TOWN)
        self.show_warnings()

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Сохранить PDF-гид"), self.file_edit.text(), self.tr("PDF (*.pdf)")
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.file_edit.setText(path)
            self._path_edited = True

    # -- quality warnings -------------------------------------------------------------------

    def _selection(self) -> dict[str, list[Any]]:
        """The records the chosen guide will print, for the quality check."""
        kind = self.kind()
        if kind == SHORTLIST:
            premises = [i for _, i in self.catalog.shortlist("premises")]
            projects = [i for _, i in self.catalog.shortlist("projects")]
            return {"premises": premises, "projects": projects}
        if kind == TOWN:
            town = str(self.town_box.currentData())
            ids: dict[str, list[Any]] = {"towns": [town]}
            for other in ("zones", "premises", "projects", "suppliers"):
                ids[other] = [r["id"] for r in self.catalog.where(other, "town", town)]
            return ids
        return {k: [r["id"] for r in self.catalog.all(k)] for k in ("towns", "zones", "premises", "projects")}

    def issues(self) -> list[quality.QualityIssue]:
        return quality.check_records(self.catalog, ids=self._selection(), lang=self.language.code)

    def show_warnings(self) -> None:
        issues = self.issues()
        summary = quality.summarize(issues)
        lang = self.language.code
        lines = []
        if not issues:
            none = escape(self.tr("Замечаний нет: все записи полные и свежие."))
            lines.append(f"<p style='color:{palette.css(palette.GOOD)}'>{none}</p>")
        else:
            counts = self.tr("Устарели: {stale}; неполные: {incomplete}; без даты проверки: {unverified}; "
                             "демо-данные: {demo} (в PDF помечены как демо).").format(
                stale=summary.stale, incomplete=summary.incomplete, unverified=summary.unverified, demo=summary.demo
            )  # fmt: skip
            lines.append(f"<p><b>{escape(counts)}</b></p>")
            problems = [i for i in issues if i.stale or i.incomplete or i.unverified]
            for issue in problems[:MAX_LISTED_ISSUES]:
                parts = []
                if issue.stale:
                    parts.append(self.tr("устарело ({date})").format(date=self.formatter.date(issue.as_of)))
                if issue.unverified:
                    parts.append(self.tr("нет даты проверки"))
                if issue.missing:
                    names = ", ".join(quality.field_label(issue.kind, c, lang) for c in issue.missing)
                    parts.append(self.tr("не заполнено: {fields}").format(fields=names))
                color = palette.css(palette.OVERDUE_TEXT if issue.stale else palette.FAIR)
                lines.append(
                    f"<div style='color:{color}'>{escape(F.kind(issue.kind).label(lang))} · "
                    f"<b>{escape(issue.title)}</b>: {escape('; '.join(parts))}</div>"
                )
            lines += self._more_lines(len(problems))
        lines += self._untranslated_lines()
        self.warnings.setHtml("".join(lines))

    def _untranslated_lines(self) -> list[str]:
        """What the chosen guide would print in Russian, marked, for want of a version in its language."""
        chosen = [(kind, i) for kind, ids in self._selection().items() for i in ids]
        items = untranslated(self.catalog, self.lang(), records=chosen)
        if not items:
            return []
        lang = self.language.code
        head = self.tr("Без перевода на язык путеводителя (будет напечатано по-русски с пометкой): {n}")
        lines = [f"<p><b>{escape(head.format(n=len(items)))}</b></p>"]
        for item in items[:MAX_LISTED_ISSUES]:
            lines.append(
                f"<div style='color:{palette.css(palette.FAIR)}'>{escape(F.kind(item.kind).label(lang))} · "
                f"<b>{escape(item.title)}</b>: {escape(F.kind(item.kind).field(item.field).label(lang))}</div>"
            )
        return lines + self._more_lines(len(items))

    def _more_lines(self, listed: int) -> list[str]:
        """The "…and N more" line under a list cut at MAX_LISTED_ISSUES (none when it was not cut)."""
        if listed <= MAX_LISTED_ISSUES:
            return []
        more = self.tr("…и ещё {n}").format(n=listed - MAX_LISTED_ISSUES)
        return [f"<div>{escape(more)}</div>"]

    # -- building ------------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self.build_thread is not None

    def start(self) -> bool:
        """Start building; False when the file choice was refused."""
        if self.is_running():
            return False
        job = self.job()
        if not job.out.name or job.out.suffix.lower() != ".pdf":
            QMessageBox.warning(self, self.windowTitle(), self.tr("Укажите файл с расширением .pdf"))
            return False
        if job.out.exists():
            answer = QMessageBox.question(
                self, self.windowTitle(), self.tr("Файл {name} уже есть. Заменить его?").format(name=job.out.name)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if self.settings is not None:
            self.settings.setValue("export/folder", str(job.out.parent))
        self.preview.release()
        self.result = None
        self.worker = GuideWorker(job)
        self.build_thread = QThread(self)
        self.worker.moveToThread(self.build_thread)
        self.build_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self._set_running(True)
        self.status.setText(self.tr("Подготовка…"))
        self.progress.setRange(0, 0)
        self.build_thread.start()
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Отмена…"))

    def cancel_or_close(self) -> None:
        if self.is_running():
            self.cancel()
        else:
            self.reject()

    def _set_running(self, running: bool) -> None:
        for widget in (self.town_radio, self.region_radio, self.shortlist_radio, self.town_box, self.lang_box,
                       self.file_edit, self.browse_button, self.build_button):  # fmt: skip
            widget.setEnabled(not running)
        if not running:
            self.town_box.setEnabled(self.kind() == TOWN)
            self.retranslate_ui()
        self.cancel_button.setText(self.tr("Отмена") if running else self.tr("Закрыть"))

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(message)

    def _stop_thread(self) -> None:
        if self.build_thread is not None:
            self.build_thread.quit()
            self.build_thread.wait()
            self.build_thread.deleteLater()
        if self.worker is not None:
            self.worker.deleteLater()
        self.build_thread = None
        self.worker = None

    def _finished(self, result: Any) -> None:
        self._stop_thread()
        self._set_running(False)
        self.result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        path = Path(result.path)
        summary = self.tr("Готово: {name}, страниц: {pages}, {size} КБ. Папка: {folder}").format(
            name=path.name, pages=result.pages, size=self.formatter.number(round(result.size / 1024)),
            folder=str(path.parent),
        )  # fmt: skip
        self.status.setText(summary)
        self.preview.show_file(path, summary)
        self.stack.setCurrentWidget(self.preview)
        self.built.emit(path)

    def _reading_size(self) -> QSize:
        """Room to read a page: most of the screen, at most 1000 px wide."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            return QSize(1000, 700)
        return QSize(min(1000, screen.width() - 80), screen.height() - 120)

    def _failed(self, message: str) -> None:
        self._stop_thread()
        self._set_running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        failed = escape(self.tr("Не удалось создать PDF: {message}").format(message=message))
        self.status.setText(f"<span style='color:{palette.css(palette.POOR)}'>{failed}</span>")
        self.build_failed.emit(message)

    def _cancelled(self) -> None:
        self._stop_thread()
        self._set_running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("Отменено. Файл не записан."))
        self.build_cancelled.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._abandon()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._abandon()
        super().done(result)

    def _abandon(self) -> None:
        """Closing mid-build: cancel and wait, so no thread outlives the dialog."""
        if self.worker is not None:
            self.worker.cancel()
        if self.build_thread is not None:
            self.build_thread.quit()
            self.build_thread.wait()
        self.preview.release()
