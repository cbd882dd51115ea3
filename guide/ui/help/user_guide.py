"""The user guide (docs/*.md) shown in a window, so Help works offline and without a browser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from guide.paths import docs_path

USER_GUIDE = "user-guide.md"


class UserGuideDialog(QDialog):
    """A Markdown browser over the docs folder: links between pages and images work as on GitHub."""

    def __init__(self, *, docs: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user-guide")
        self.resize(900, 640)
        self.docs = docs or docs_path()
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("user-guide-text")
        self.browser.setOpenLinks(True)
        # Links to other sites open in the system browser; links between the pages stay here.
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(self.docs)])
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Руководство пользователя"))
        self.note.setText(self.tr("Руководство пока написано на английском языке."))
        page = self.docs / USER_GUIDE
        if page.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(page)))
        else:
            self.browser.setPlainText(self.tr("Руководство не найдено: {path}").format(path=str(page)))
