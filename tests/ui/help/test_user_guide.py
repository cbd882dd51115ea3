"""Help → User guide (F1) shows the manual from docs/, offline, with working links between pages."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QTextBrowser

from guide.paths import docs_path
from guide.ui.help.user_guide import USER_GUIDE, UserGuideDialog


def test_f1_opens_the_user_guide(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(UserGuideDialog, "user-guide")
    assert dialog is not None and dialog.isVisible()
    text = dialog.findChild(QTextBrowser, "user-guide-text").toPlainText()
    # The first heading of docs/user-guide.md, rendered from Markdown (no '#' left).
    assert "User guide" in text and "# User guide" not in text
    assert "Find premises" in text


def test_a_link_to_another_page_opens_it_in_the_same_window(qtbot):
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    dialog.browser.setSource(QUrl.fromLocalFile(str(docs_path() / "cli.md")))
    assert "Command line" in dialog.browser.toPlainText()
    assert dialog.browser.source().fileName() == "cli.md"


def test_a_missing_manual_is_said_not_hidden(tmp_path, qtbot):
    dialog = UserGuideDialog(docs=tmp_path)
    qtbot.addWidget(dialog)
    assert str(tmp_path / USER_GUIDE) in dialog.browser.toPlainText()
