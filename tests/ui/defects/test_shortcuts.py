"""Defect 12: every page has a shortcut, however many pages there are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def test_ctrl_0_reaches_the_tenth_page_and_ctrl_pgdown_every_page(window, qtbot):
    assert window.nav.count() >= 10
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 9
    seen = set()
    for _ in range(window.nav.count()):
        QTest.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        seen.add(window.nav.currentRow())
    assert seen == set(range(window.nav.count()))
    QTest.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 8
    assert window.nav.item(9).toolTip() == "Ctrl+0"
