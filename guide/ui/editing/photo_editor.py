"""A premise's photos in its form: attach, remove and reorder, saved with the form.

Photos live in the catalog itself, as BLOBs in the ``photos`` table, so the one
catalog file carries them when it is copied, backed up or restored. The editor
stages its changes and the form applies them with the record, as one undo
step. Each file is checked when it is attached (:func:`inspect_image`: not an
image, too large to decode safely) and refused there with a message, so a bad
file never waits until Save to complain.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guide.catalog.errors import InvalidInput, error_text
from guide.catalog.history import History
from guide.catalog.photos import inspect_image
from guide.catalog.store import Catalog
from guide.ui.editing.prompts import FileChooser, image_filter
from guide.ui.language import UiLanguage

THUMBNAIL = QSize(120, 90)
ROLE = Qt.ItemDataRole.UserRole


@dataclass
class PhotoItem:
    """A photo in the editor: stored (``photo_id``) or attached in this form (``data``)."""

    filename: str
    photo_id: int | None = None
    data: bytes | None = None
    width: int | None = None
    height: int | None = None


class PhotoList(QListWidget):
    """Thumbnails in order; drag to reorder, drop files from outside to attach."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setIconSize(THUMBNAIL)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAcceptDrops(True)
        self.setSpacing(2)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            super().dropEvent(event)


class PhotoEditor(QWidget):
    """Staged photo changes of one premise. ``changed`` fires on every change."""

    changed = Signal()

    def __init__(
        self,
        *,
        catalog: Catalog,
        premise_id: int | None = None,
        files: FileChooser,
        parent: QWidget | None = None,
        language: UiLanguage | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.language = language or UiLanguage(parent=self)
        self.premise_id = premise_id
        self.files = files
        self._original: list[int] = []

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.list = PhotoList(self)
        self.list.files_dropped.connect(self.add_files)
        self.list.model().rowsMoved.connect(self._moved)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()

        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton(self)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self)
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        self.load()
        self.retranslate_ui()

    # -- reading --------------------------------------------------------------

    def load(self) -> None:
        """Show the premise's stored photos, dropping staged changes."""
        self.list.clear()
        self._original = []
        if self.premise_id is not None:
            for row in self.catalog.photos(self.premise_id):
                item = PhotoItem(row["filename"], photo_id=row["id"], width=row["width"], height=row["height"])
                self._append(item, self.catalog.photo_data(row["id"]))
                self._original.append(row["id"])
        self._update_buttons()

    def items(self) -> list[PhotoItem]:
        """The photos in their current order."""
        return [self.list.item(i).data(ROLE) for i in range(self.list.count())]

    def is_modified(self) -> bool:
        items = self.items()
        return any(i.photo_id is None for i in items) or [i.photo_id for i in items] != self._original

    # -- changing -------------------------------------------------------------

    def choose_files(self) -> None:
        paths = self.files.open_files(self, self.tr("Добавить фото"), image_filter())
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[Path]) -> list[str]:
        """Attach image files; returns the messages of the refused ones (also shown below the list)."""
        refused = []
        for path in paths:
            try:
                data = path.read_bytes()
            except OSError as exc:
                refused.append(self.tr("«{name}» не читается: {reason}").format(name=path.name, reason=exc.strerror))
                continue
            message = self.add_data(path.name, data, show=False)
            if message:
                refused.append(message)
        self._show(refused)
        return refused

    def add_data(self, filename: str, data: bytes, *, show: bool = True) -> str | None:
        """Attach one image; the reason it was refused, or None."""
        try:
            info = inspect_image(data, filename)
        except InvalidInput as exc:
            message = error_text(exc, self.language.code)
            if show:
                self._show([message])
            return message
        self._append(PhotoItem(filename, data=data, width=info.width, height=info.height), data)
        self.list.setCurrentRow(self.list.count() - 1)
        if show:
            self._show([])
        self.changed.emit()
        return None

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._update_buttons()
            self.changed.emit()

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def _moved(self, *_: Any) -> None:
        self._update_buttons()
        self.changed.emit()

    # -- saving ---------------------------------------------------------------

    def apply(self, history: History, premise_id: int) -> None:
        """Write the staged changes through ``history`` (inside the form's undo step)."""
        items = self.items()
        kept = {i.photo_id for i in items if i.photo_id is not None}
        for photo_id in self._original:
            if photo_id not in kept:
                history.remove_photo(photo_id)
        for item in items:
            if item.photo_id is None and item.data is not None:
                item.photo_id = history.add_photo(premise_id, item.filename, item.data)
                item.data = None
        order = [i.photo_id for i in items if i.photo_id is not None]
        # Photos someone else attached meanwhile stay, after ours.
        stored = [p["id"] for p in self.catalog.photos(premise_id)]
        order += [p for p in stored if p not in order]
        if order != stored:
            history.reorder_photos(premise_id, order)
        self.premise_id = premise_id
        self._original = [i.photo_id for i in items if i.photo_id is not None]

    # -- display --------------------------------------------------------------

    def _append(self, item: PhotoItem, data: bytes) -> None:
        image = QImage.fromData(data)
        icon = QIcon(QPixmap.fromImage(image.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.SmoothTransformation)))  # fmt: skip
        widget_item = QListWidgetItem(icon, "")
        widget_item.setData(ROLE, item)
        widget_item.setFlags(widget_item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        self.list.addItem(widget_item)
        self._label(widget_item)
        self._update_buttons()

    def _label(self, widget_item: QListWidgetItem) -> None:
        item: PhotoItem = widget_item.data(ROLE)
        size = f"{item.width}×{item.height}" if item.width and item.height else ""
        new = self.tr("новое, сохранится вместе с формой") if item.photo_id is None else ""
        widget_item.setText("\n".join(t for t in (item.filename, size, new) if t))

    def _show(self, messages: list[str]) -> None:
        self.message.setText("\n".join(messages))
        self.message.setVisible(bool(messages))

    def _update_buttons(self, *_: Any) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)

    def retranslate_ui(self) -> None:
        self.hint.setText(
            self.tr(
                "Фото хранятся в самом каталоге, поэтому переезжают вместе с ним. Перетащите файлы сюда или "
                "нажмите «Добавить…»; порядок меняется перетаскиванием или кнопками. Первое фото попадает "
                "в паспорт объекта."
            )
        )
        self.add_button.setText(self.tr("Добавить…"))
        self.remove_button.setText(self.tr("Убрать"))
        self.up_button.setText(self.tr("Выше"))
        self.down_button.setText(self.tr("Ниже"))
        for i in range(self.list.count()):
            self._label(self.list.item(i))
