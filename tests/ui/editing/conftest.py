"""Fixtures for the editing tests: a controller whose questions and file dialogs are scripted."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWidget

from guide.catalog.history import History
from guide.catalog.store import Catalog
from guide.ui.editing.controller import EditingController
from guide.ui.editing.prompts import FileChooser, Prompter
from guide.ui.language import UiLanguage

TODAY = dt.date(2026, 3, 2)
D = TypeVar("D", bound=QDialog)


@dataclass
class Asked:
    title: str
    text: str
    options: list[str]


@dataclass
class ScriptedPrompter(Prompter):
    """Answers questions from a list (indexes into the options) and records every message."""

    answers: list[int] = field(default_factory=list)
    asked: list[Asked] = field(default_factory=list)
    told: list[tuple[str, str]] = field(default_factory=list)

    def choose(self, parent: QWidget | None, title: str, text: str, options: list[str], *, default: int = 0) -> int:
        self.asked.append(Asked(title, text, options))
        if not self.answers:
            raise AssertionError(f"unexpected question: {title}: {text}")
        return self.answers.pop(0)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.told.append((title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.told.append((title, text))


@dataclass
class FixedFiles(FileChooser):
    """Returns the paths queued in it instead of showing file dialogs."""

    to_open: list[Path] = field(default_factory=list)
    to_save: list[Path] = field(default_factory=list)

    def open_file(self, parent: QWidget | None, title: str, name_filter: str) -> Path | None:
        return self.to_open.pop(0) if self.to_open else None

    def open_files(self, parent: QWidget | None, title: str, name_filter: str) -> list[Path]:
        paths, self.to_open = self.to_open, []
        return paths

    def save_file(self, parent: QWidget | None, title: str, suggested: str, name_filter: str) -> Path | None:
        return self.to_save.pop(0) if self.to_save else None


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; safe for Cyrillic, unlike qtbot.keyClicks."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def png_bytes(color: str = "red", size: tuple[int, int] = (40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


@pytest.fixture
def files() -> FixedFiles:
    return FixedFiles()


@pytest.fixture
def history(catalog: Catalog) -> History:
    return History(catalog)


ControllerFactory = Callable[..., EditingController]


@pytest.fixture
def make_controller(
    qtbot: object, language: UiLanguage, prompter: ScriptedPrompter, files: FixedFiles
) -> Iterator[ControllerFactory]:
    made: list[EditingController] = []

    def make(catalog: Catalog, history: History | None = None, **kw: object) -> EditingController:
        controller = EditingController(
            catalog=catalog,
            history=history or History(catalog),
            language=language,
            prompter=prompter,
            files=files,
            today=lambda: TODAY,
            **kw,  # type: ignore[arg-type]
        )
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.deleteLater()


@pytest.fixture
def controller(make_controller: ControllerFactory, catalog: Catalog, history: History) -> EditingController:
    return make_controller(catalog, history)


def shown(qtbot: object, dialog: D) -> D:
    """Show a dialog without a modal loop; at the end it is closed without questions."""
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))  # type: ignore[attr-defined]
    dialog.show()
    return dialog
