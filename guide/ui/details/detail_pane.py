"""The detail pane: one record with all its fields, photos, badges and the shortlist toggle."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from guide.catalog import fields as F
from guide.catalog import rules
from guide.catalog.errors import CatalogError
from guide.catalog.store import Catalog
from guide.ui import palette
from guide.ui.details.photo_strip import PhotoStrip
from guide.ui.details.record_html import record_html
from guide.ui.formatting import Formatter
from guide.ui.language import UiLanguage


class DetailPane(QWidget):
    """Shows the record last given to :meth:`show_record`, and keeps it current."""

    shortlist_changed = Signal(str, object, bool)

    def __init__(
        self, *, catalog: Catalog, language: UiLanguage, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self.formatter = formatter
        self.kind: str | None = None
        self.record_id: Any = None
        self.record: dict[str, Any] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        self.shortlist_button = QPushButton(self)
        self.shortlist_button.setCheckable(True)
        self.shortlist_button.clicked.connect(self._toggle_shortlist)
        header.addWidget(self.shortlist_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        self.photos = PhotoStrip(catalog=catalog, parent=self)
        layout.addWidget(self.photos)
        self.body = QTextBrowser(self)
        self.body.setOpenLinks(False)
        layout.addWidget(self.body, 1)
        self.retranslate_ui()
        language.changed.connect(self.retranslate_ui)

    def retranslate_ui(self) -> None:
        self._render()

    # -- showing ------------------------------------------------------------------

    def show_record(self, kind: str, record_id: Any) -> None:
        self.kind = kind
        self.record_id = record_id
        self.photos.show_photos(record_id if F.kind(kind).can(F.Can.PHOTOS) else None)
        self._render()

    def clear(self) -> None:
        self.kind = None
        self.record_id = None
        self.photos.show_photos(None)
        self._render()

    def refresh(self, kind: str) -> None:
        """Re-read after a write to ``kind`` (the notifier's ``changed``)."""
        if self.kind is None:
            return
        if kind == self.kind or kind in ("towns", "zones", "shortlist"):
            if kind == self.kind and F.kind(kind).can(F.Can.PHOTOS):
                self.photos.show_photos(self.record_id)
            self._render()

    def _render(self) -> None:
        self.record = self.catalog.get(self.kind, self.record_id) if self.kind else None
        if self.record is None or self.kind is None:
            hint = escape(self.tr("Выберите запись в списке, чтобы увидеть подробности"))
            self.title.setText(f'<span style="color:{palette.css(palette.MUTED)}">{hint}</span>')
            self.body.clear()
            self.shortlist_button.hide()
            return
        title, fallback = self.formatter.title(self.kind, self.record)
        kind_label = F.kind(self.kind).label(self.language.code)
        badges = ""
        if rules.is_demo(self.record):
            demo = escape(self.tr("ДЕМО"))  # outside the f-string, where lupdate can see it
            badges += (f' <span style="background:{palette.css(palette.DEMO_BACKGROUND)};'
                       f' color:{palette.css(palette.DEMO_TEXT)}">&nbsp;{demo}&nbsp;</span>')  # fmt: skip
        shown = f"<i>{escape(title)}</i>" if fallback else escape(title)
        self.title.setText(
            f'<span style="color:{palette.css(palette.MUTED)}">{escape(kind_label)}</span><br>'
            f'<span style="font-size:large; font-weight:bold">{shown}</span>{badges}'
        )
        self.body.setHtml(record_html(self.kind, self.record, formatter=self.formatter))
        self._update_shortlist_button()

    def _update_shortlist_button(self) -> None:
        if self.kind is None or not F.kind(self.kind).can(F.Can.SHORTLIST) or self.record is None:
            self.shortlist_button.hide()
            return
        marked = self.catalog.is_shortlisted(self.kind, int(self.record_id))
        self.shortlist_button.show()
        self.shortlist_button.setEnabled(not self.catalog.read_only)
        self.shortlist_button.setChecked(marked)
        self.shortlist_button.setText(self.tr("★ В шорт-листе") if marked else self.tr("☆ В шорт-лист"))
        self.shortlist_button.setToolTip(
            self.tr("Убрать из шорт-листа") if marked else self.tr("Добавить в шорт-лист для PDF-брифа")
        )

    def _toggle_shortlist(self, checked: bool) -> None:
        if self.kind is None or not F.kind(self.kind).can(F.Can.SHORTLIST) or self.record_id is None:
            return
        try:
            self.catalog.set_shortlisted(self.kind, [int(self.record_id)], checked)
        except CatalogError as exc:
            # The record vanished or the catalog is locked: say so, then show what is true now.
            QMessageBox.warning(self, self.tr("Шорт-лист"), str(exc))
        self._update_shortlist_button()
        self.shortlist_changed.emit(self.kind, self.record_id, self.shortlist_button.isChecked())
