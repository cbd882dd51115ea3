"""A row of photo thumbnails; clicking one shows it large."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from guide.catalog.store import Catalog

THUMB_HEIGHT = 120


class Thumbnail(QLabel):
    clicked = Signal(int)

    def __init__(self, photo_id: int, pixmap: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo_id = photo_id
        self.setPixmap(pixmap.scaledToHeight(THUMB_HEIGHT, Qt.TransformationMode.SmoothTransformation))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.photo_id)
        super().mouseReleaseEvent(event)


class PhotoStrip(QScrollArea):
    """The photos of one premise, read from the catalog's BLOBs."""

    def __init__(self, *, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.setWidgetResizable(True)
        self.setFixedHeight(THUMB_HEIGHT + 24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.thumbnails: list[Thumbnail] = []
        self.show_photos(None)

    def show_photos(self, premise_id: int | None) -> None:
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(0, 0, 0, 0)
        self.thumbnails = []
        photos = self.catalog.photos(premise_id) if premise_id is not None else []
        for photo in photos:
            pixmap = QPixmap()
            if not pixmap.loadFromData(self.catalog.photo_data(photo["id"])):
                continue
            thumb = Thumbnail(photo["id"], pixmap, inner)
            thumb.setToolTip(str(photo.get("filename") or ""))
            thumb.clicked.connect(self.open_photo)
            row.addWidget(thumb)
            self.thumbnails.append(thumb)
        row.addStretch(1)
        self.setWidget(inner)
        self.setVisible(bool(self.thumbnails))

    def open_photo(self, photo_id: int) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(self.catalog.photo_data(photo_id))
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Фото"))
        layout = QVBoxLayout(dialog)
        label = QLabel(dialog)
        screen = self.screen().availableGeometry() if self.screen() else None
        limit = min(screen.width() - 100, screen.height() - 100) if screen else 900
        if pixmap.width() > limit or pixmap.height() > limit:
            pixmap = pixmap.scaled(limit, limit, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)  # fmt: skip
        label.setPixmap(pixmap)
        layout.addWidget(label)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
