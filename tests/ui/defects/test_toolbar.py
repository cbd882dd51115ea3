"""Defect 9: the toolbar keeps its width after edits; the undo step's title is in the tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton


def test_undo_and_redo_buttons_keep_short_labels(window, qtbot):
    toolbar = window.toolbar
    width = toolbar.sizeHint().width()
    premise = window.catalog.all("premises")[0]
    window.editing.controller.history.edit("premises", premise["id"], {"title": "Очень длинное название " * 8})
    button = toolbar.widgetForAction(window.editing.undo_action)
    assert isinstance(button, QToolButton)
    assert button.text() == "Отменить"
    assert "Очень длинное название" in window.editing.undo_action.toolTip()
    assert "Очень длинное название" in window.editing.undo_action.text()  # the Edit menu names the step
    assert toolbar.sizeHint().width() == width
