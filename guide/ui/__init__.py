"""The Qt desktop application (PySide6 widgets), by feature."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from guide.ui.qt_workarounds import protect_singletons

protect_singletons()

if TYPE_CHECKING:
    from guide.ui.main_window import MainWindow


def open_main_window(db_path: Path | str, language: str = "ru", settings_path: Path | str | None = None) -> MainWindow:
    """The shown main window on the catalog at ``db_path`` (see :func:`guide.ui.app.open_main_window`).

    The stable door for tests and automation: find the parts by object name
    (``navigation``, ``page-premises``, and on a page ``search``, ``table``,
    ``detail``; see guide/ui/page.py).
    """
    # Imported here, not at the top: importing any guide.ui module runs this
    # package first, and the window imports nearly all of them.
    from guide.ui.app import open_main_window as open_window

    return open_window(db_path, language=language, settings_path=settings_path)
