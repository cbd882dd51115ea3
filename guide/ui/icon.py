"""The program's icon, for the application and for each window (a window made without the app's icon has none)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from guide.paths import resource


def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "investor-guide.png")))
