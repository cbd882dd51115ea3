"""Printing a built guide: each PDF page rendered by QtPdf at the printer's resolution."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of ``document`` on ``printer``, each fitted to the page; returns the pages printed.

    The printer's own range (from the print dialog) is honoured; the aspect ratio is kept, so an A4
    guide on Letter paper shrinks a little instead of being cut.
    """
    count = int(document.pageCount())
    first, last = printer.fromPage(), printer.toPage()
    pages = range(first - 1, last) if first > 0 and last >= first else range(count)
    pages = range(max(pages.start, 0), min(pages.stop, count))
    if not pages:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        target = printer.pageRect(QPrinter.Unit.DevicePixel)
        for number in pages:
            if printed:
                printer.newPage()
            size = document.pagePointSize(number)
            scale = min(target.width() / size.width(), target.height() / size.height())
            pixels = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
            image = document.render(number, pixels)
            # Centred on the printable area.
            x = (target.width() - pixels.width()) / 2
            y = (target.height() - pixels.height()) / 2
            painter.drawImage(QRectF(x, y, pixels.width(), pixels.height()), image)
            printed += 1
    finally:
        painter.end()
    return printed
