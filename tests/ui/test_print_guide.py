"""Printing a guide straight from the preview: every page reaches the printer, fitted to the paper."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from guide.pdf.builder import build_guide
from guide.ui.export.preview import PdfPreview


def _pdf_printer(path, resolution: int = 50) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(resolution)
    return printer


def test_every_page_is_printed(catalog, tmp_path, qtbot):
    guide = tmp_path / "temirtau.pdf"
    build_guide(catalog, guide, lang="en", towns=["temirtau"], today=dt.date(2026, 11, 27))
    preview = PdfPreview()
    qtbot.addWidget(preview)
    assert preview.show_file(guide, "")
    printed = tmp_path / "printed.pdf"
    assert preview.print_guide(_pdf_printer(printed)) == preview.page_count() > 1
    assert len(PdfReader(printed).pages) == preview.page_count()


def test_the_print_dialog_s_page_range_is_honoured(catalog, tmp_path, qtbot):
    guide = tmp_path / "temirtau.pdf"
    build_guide(catalog, guide, lang="ru", towns=["temirtau"], today=dt.date(2026, 11, 27))
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.show_file(guide, "")
    printer = _pdf_printer(tmp_path / "two.pdf")
    printer.setFromTo(2, 3)
    assert preview.print_guide(printer) == 2
    assert len(PdfReader(tmp_path / "two.pdf").pages) == 2
