"""Refresh a costly view only when someone looks at it.

Checking every record (data quality, infrastructure gaps) or reading every
premise (the map) takes seconds at 100,000 premises. A page of the main window
that nobody is looking at only notes that it is out of date, so opening the
window, and every later write, does not pay for it; it catches up when shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class DeferredRefresh(QObject):
    """Guards ``widget``'s refresh: call :meth:`due` first; hidden, it is run again when the widget is shown.

    With ``enabled=False`` every refresh is due at once (a view used on its own, e.g. in a test).
    """

    def __init__(self, widget: QWidget, refresh: Callable[[], object], *, enabled: bool = True) -> None:
        super().__init__(widget)
        self.widget = widget
        self.enabled = enabled
        self.out_of_date = False
        self._refresh = refresh
        widget.installEventFilter(self)

    def due(self) -> bool:
        """True when the refresh should run now; otherwise it is noted and run on the next show."""
        if self.enabled and not self.widget.isVisible():
            self.out_of_date = True
            return False
        self.out_of_date = False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Show and self.out_of_date:
            self._refresh()
        return False
