"""An in-app preview of a built guide (QtPdf), with "Open folder"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from guide.ui.export.printing import print_document


class PdfPreview(QWidget):
    """Shows a PDF file; ``back_requested`` and ``close_requested`` come from its buttons."""

    back_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.open_folder_button = QPushButton(self)
        self.open_file_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print")
        self.back_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_file_button.clicked.connect(self.open_file)
        self.print_button.clicked.connect(lambda: self.print_guide())
        self.back_button.clicked.connect(self.back_requested)
        self.close_button.clicked.connect(self.close_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.open_file_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.open_folder_button.setText(self.tr("Открыть папку"))
        self.open_file_button.setText(self.tr("Открыть в программе просмотра"))
        self.print_button.setText(self.tr("Печать…"))
        self.back_button.setText(self.tr("Назад к настройкам"))
        self.close_button.setText(self.tr("Закрыть"))

    def show_file(self, path: Path, summary: str) -> bool:
        """Load ``path``; False when QtPdf can't read it."""
        self.path = path
        self.summary.setText(summary)
        self.document.close()
        return self.document.load(str(path)) == QPdfDocument.Error.None_

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def folder_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.path.parent if self.path else Path.home()))

    def open_folder(self) -> bool:
        return self._open(self.folder_url())

    def open_file(self) -> bool:
        if self.path is None:
            return False
        return self._open(QUrl.fromLocalFile(str(self.path)))

    def _open(self, url: QUrl) -> bool:
        # Without a desktop environment (no file manager registered) nothing opens: say where it is.
        if QDesktopServices.openUrl(url):
            return True
        QMessageBox.information(
            self, self.tr("Открыть"), self.tr("Не удалось открыть автоматически. Файл лежит здесь:\n{path}").format(
                path=url.toLocalFile()
            )
        )  # fmt: skip
        return False

    def print_guide(self, printer: QPrinter | None = None) -> int:
        """Print the guide: the print dialog first unless a printer is given; returns the pages printed."""
        if self.page_count() == 0:
            return 0
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setFromTo(1, self.page_count())
            dialog = QPrintDialog(printer, self)
            dialog.setMinMax(1, self.page_count())
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return 0
        return print_document(self.document, printer)

    def release(self) -> None:
        """Let go of the file (so it can be rebuilt or deleted)."""
        self.document.close()
