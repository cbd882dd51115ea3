"""The search box: search as you type, without a query per keystroke."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 200


class SearchBox(QLineEdit):
    """Emits ``search_changed(text)`` once typing pauses for :data:`DEBOUNCE_MS`.

    Each keystroke restarts a single-shot timer, so typing "Балқаш" runs one
    query rather than six; the query itself is an indexed FTS lookup of a
    few milliseconds, so the UI never waits on it.
    """

    search_changed = Signal(str)

    def __init__(self, *, kind: str = "", debounce_ms: int = DEBOUNCE_MS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._emit)
        self.textChanged.connect(self._timer.start)
        self.returnPressed.connect(self.flush)
        self._last = ""
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.kind == "premises":
            self.setPlaceholderText(self.tr("Поиск: название, адрес, собственник, кадастровый номер, город… (Ctrl+F)"))
        else:
            self.setPlaceholderText(self.tr("Поиск по названию, описанию и городу… (Ctrl+F)"))

    def _emit(self) -> None:
        text = self.text().strip()
        if text != self._last:
            self._last = text
            self.search_changed.emit(text)

    def set_text_quietly(self, text: str) -> None:
        """Replace the text without emitting ``search_changed`` (the caller re-queries itself)."""
        self.blockSignals(True)
        self.setText(text)
        self.blockSignals(False)
        self._timer.stop()
        self._last = text.strip()

    def flush(self) -> None:
        """Run a pending search now (Enter does this too)."""
        self._timer.stop()
        self._emit()
