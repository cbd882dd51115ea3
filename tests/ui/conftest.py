"""Fixtures for the GUI tests: the UI language, a formatter and settings in a temporary ini file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from guide.catalog.store import Catalog
from guide.ui.context import UiContext
from guide.ui.formatting import Formatter
from guide.ui.language import UiLanguage
from guide.ui.main_window import MainWindow


@pytest.fixture
def language(qapp: object) -> UiLanguage:
    return UiLanguage("ru")


@pytest.fixture
def formatter(catalog: Catalog, language: UiLanguage) -> Iterator[Formatter]:
    fmt = Formatter(catalog=catalog, language=language)
    yield fmt
    fmt.close()


@pytest.fixture
def settings(tmp_path: Path, qapp: object) -> QSettings:
    """Settings in a temporary ini file, never the user's own."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ui_context(catalog: Catalog, language: UiLanguage, settings: QSettings) -> Iterator[UiContext]:
    """What a page is given by the main window, over the bundled catalog in memory."""
    context = UiContext.create(catalog=catalog, language=language, settings=settings)
    yield context
    context.close()


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character (keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def window(file_catalog: Catalog, language: UiLanguage, settings: QSettings, qtbot: QtBot) -> Iterator[MainWindow]:
    """The main window on the bundled catalog file."""
    win = MainWindow(catalog=file_catalog, language=language, settings=settings)
    win.show()
    yield win
    close_window(win)


def close_window(win: QWidget) -> None:
    """Close and really delete a window, so none of its timers fires after its catalog is closed."""
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
