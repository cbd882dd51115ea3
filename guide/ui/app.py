"""Starting the GUI: the application object, its font and settings, the catalog, the main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from guide import i18n
from guide.catalog.store import Catalog
from guide.paths import APP_NAME
from guide.ui.catalogs.switcher import WindowSwitcher
from guide.ui.fonts import apply_application_font
from guide.ui.icon import app_icon
from guide.ui.language import UiLanguage
from guide.ui.main_window import MainWindow
from guide.ui.opening import file_dialog_asker, message_box_chooser, open_catalog
from guide.ui.translations import LANGUAGE_KEY, Translations

# Set by the startup benchmark (tests/benchmarks): print when the window is shown, then quit.
EXIT_AFTER_SHOW_ENV = "INVESTOR_GUIDE_EXIT_AFTER_SHOW"


def application() -> QApplication:
    """The QApplication, created once, with our names (which QSettings uses) and font."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Investor Guide")
    app.setWindowIcon(app_icon())
    apply_application_font(app)
    return app


def initial_language(settings: QSettings, lang: str | None) -> str:
    """``--lang`` wins over the stored choice; Russian by default."""
    if lang in i18n.LANGUAGES:
        return str(lang)
    stored = settings.value(LANGUAGE_KEY)
    return str(stored) if stored in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE


def _open_from_menu(path: Path, parent: QWidget | None) -> Catalog | None:
    """File → Open, New, Open recent: the catalog at ``path``, asking the user when it can't be opened."""
    return open_catalog(path, choose=message_box_chooser(parent), ask_path=file_dialog_asker(parent))


def open_main_window(
    db_path: Path | str, language: str = i18n.DEFAULT_LANGUAGE, settings_path: Path | str | None = None
) -> MainWindow:
    """The main window on the catalog at ``db_path``, shown: the stable door for tests and automation.

    ``language`` is the UI language (ru, kk, en); ``settings_path`` an ini file for the window's
    remembered layout (None: the user's own settings). An unusable catalog raises
    :class:`~guide.catalog.errors.CatalogUnusable` instead of asking. File → Open and New work as
    in the app; each window's catalog closes with the window.
    """
    app = application()
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat) if settings_path else QSettings()
    ui_language = UiLanguage(language, parent=app)

    def make_window(catalog: Catalog) -> MainWindow:
        window = MainWindow(catalog=catalog, language=ui_language, settings=settings)
        window.destroyed.connect(lambda *_: catalog.close())
        return window

    switcher = WindowSwitcher(
        make_window=make_window,
        opener=_open_from_menu,
        parent=app,
    )
    window = switcher.show(Catalog.open(Path(db_path)))
    assert isinstance(window, MainWindow)
    return window


def run_gui(catalog_path: Path, lang: str | None = None) -> int:
    """Open the main window on ``catalog_path``; returns the process exit code."""
    app = application()
    settings = QSettings()
    language = UiLanguage(initial_language(settings, lang))
    # Before the first dialog, so even "the catalog can't be opened" speaks the chosen language.
    translations = Translations(language=language, settings=settings, parent=app)
    catalog = open_catalog(Path(catalog_path), choose=message_box_chooser(None), ask_path=file_dialog_asker(None))
    if catalog is None:
        return 1
    # File → Open, New, Open recent: the switcher replaces the window with one over the other catalog.
    switcher = WindowSwitcher(
        make_window=lambda c: MainWindow(catalog=c, language=language, settings=settings, translations=translations),
        opener=_open_from_menu,
    )
    try:
        switcher.show(catalog)
        if os.environ.get(EXIT_AFTER_SHOW_ENV):
            QTimer.singleShot(0, lambda: _report_shown(app))
        return int(app.exec())
    finally:
        switcher.close()


def _report_shown(app: QApplication) -> None:
    """The first turn of the event loop after ``show()``: the window is on screen."""
    print(f"shown {time.time():.6f}", flush=True)
    app.quit()
