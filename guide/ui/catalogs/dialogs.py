"""The questions the catalog actions ask, behind one small interface so tests can answer them."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

CATALOG_FILTER = "*.db *.sqlite *.sqlite3"


class Asker(Protocol):
    def save_path(self, title: str, suggested: str) -> Path | None: ...
    def open_path(self, title: str, folder: str) -> Path | None: ...
    def choose(self, title: str, text: str, buttons: list[str]) -> int: ...
    def pick(self, title: str, label: str, items: list[str]) -> int: ...
    def inform(self, title: str, text: str) -> None: ...


class DialogAsker:
    """The real dialogs, parented to the window."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def save_path(self, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, CATALOG_FILTER)
        return Path(name) if name else None

    def open_path(self, title: str, folder: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, title, folder, CATALOG_FILTER)
        return Path(name) if name else None

    def choose(self, title: str, text: str, buttons: list[str]) -> int:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self.parent)
        added = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in buttons]
        box.exec()
        clicked = box.clickedButton()
        return added.index(clicked) if clicked in added else -1  # type: ignore[arg-type]

    def pick(self, title: str, label: str, items: list[str]) -> int:
        item, ok = QInputDialog.getItem(self.parent, title, label, items, 0, False)
        return items.index(item) if ok and item in items else -1

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)
