"""Questions, messages and file choices, behind small objects the editing widgets are given.

The controller and dialogs never call ``QMessageBox`` or ``QFileDialog``
directly: tests pass a scripted prompter and fixed file paths, so they drive
the real widgets without modal event loops.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Prompter:
    """Modal questions and messages, shown with QMessageBox."""

    def confirm(self, parent: QWidget | None, title: str, text: str, *, yes: str, no: str) -> bool:
        """Ask a yes/no question; True when the user chose ``yes``. ``no`` is the safe default."""
        return self.choose(parent, title, text, [yes, no], default=1) == 0

    def choose(self, parent: QWidget | None, title: str, text: str, options: list[str], *, default: int = 0) -> int:
        """Ask the user to pick one of ``options``; returns its index, or -1 when the box was closed."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
        if buttons:
            box.setDefaultButton(buttons[default])
            box.setEscapeButton(buttons[-1])
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else -1  # type: ignore[arg-type]

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)


class FileChooser:
    """File dialogs; the filters are Qt name filters such as ``"Excel (*.xlsx);;CSV (*.csv)"``."""

    def open_file(self, parent: QWidget | None, title: str, name_filter: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
        return Path(path) if path else None

    def open_files(self, parent: QWidget | None, title: str, name_filter: str) -> list[Path]:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, "", name_filter)
        return [Path(p) for p in paths]

    def save_file(self, parent: QWidget | None, title: str, suggested: str, name_filter: str) -> Path | None:
        path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
        if not path:
            return None
        result = Path(path)
        if not result.suffix:
            # Dialogs on some desktops leave the extension off; take it from the chosen filter.
            suffix = chosen.rsplit("*", 1)[-1].rstrip(")").strip() if "*" in chosen else Path(suggested).suffix
            result = result.with_suffix(suffix)
        return result


def sheet_filter() -> str:
    """The file-dialog filter for tables the importer reads."""
    return QCoreApplication.translate(
        "FileChooser", "Таблицы (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)"
    )


def save_sheet_filter() -> str:
    return QCoreApplication.translate("FileChooser", "Excel (*.xlsx);;CSV (*.csv)")


def image_filter() -> str:
    return QCoreApplication.translate("FileChooser", "Изображения (*.jpg *.jpeg *.png *.gif *.webp *.bmp)")
