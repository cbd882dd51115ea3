"""The window's icon comes from resources/icons."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from guide.ui.app import application


def test_the_application_has_its_icon(qtbot: QtBot) -> None:
    app = application()
    sizes = app.windowIcon().availableSizes()
    assert sizes and sizes[0].width() >= 64
