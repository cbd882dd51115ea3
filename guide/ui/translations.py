"""Qt translators for the UI language, and switching the language while the application runs.

Russian is the source language of every string (``self.tr("Найти")``). Kazakh
and English come from ``resources/translations/investor_guide_{kk,en}.qm``,
compiled from the ``.ts`` files that ``make translations`` keeps in step with
the sources. Qt's own ``qtbase_*.qm`` (shipped with PySide6) translates the
standard dialogs and buttons (Cancel, Open...) into the same language.

Strings that modules pass through a module-level helper ``_tr(text)`` have no
class for lupdate to name, so lupdate files them under the empty context
(``-tr-function-alias tr+=_tr``) and such helpers translate with context "".

A switch removes the old translators, installs the new ones and only then
calls :meth:`UiLanguage.set_code`, so every widget's ``retranslate_ui()``
already reads the new language.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from guide import i18n
from guide.paths import resource
from guide.ui.language import UiLanguage

TRANSLATIONS_DIR = resource("translations")
CATALOG = "investor_guide"
# Where the chosen language is remembered (QSettings); guide.ui.app reads it at start.
LANGUAGE_KEY = "ui/language"
# Each language is offered under its own name, so anyone can find theirs whatever the UI shows now.
# Qt's catalogs for the standard dialogs, in the order they are tried.
QT_CATALOGS = ("qtbase",)
# The languages translated from the Russian sources.
TRANSLATED = tuple(code for code in i18n.LANGUAGES if code != i18n.DEFAULT_LANGUAGE)
SOURCES = Path(__file__).resolve().parent
# No line numbers: the .ts files change only when the strings do, not whenever code moves.
LUPDATE_OPTIONS = ("-extensions", "py", "-tr-function-alias", "tr+=_tr", "-source-language", "ru",
                   "-no-obsolete", "-locations", "none", "-silent")  # fmt: skip


def qm_path(code: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    """The compiled translation of our strings into ``code``."""
    return directory / f"{CATALOG}_{code}.qm"


def ts_path(code: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    """The translation source (Qt Linguist's .ts) for ``code``."""
    return directory / f"{CATALOG}_{code}.ts"


def qt_tool(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate, pyside6-lrelease) next to this Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def lupdate_command(ts_files: Sequence[Path], sources: Path = SOURCES) -> list[str]:
    """Extract every translatable string under ``sources`` into the .ts files (merging what they hold)."""
    return [qt_tool("pyside6-lupdate"), *LUPDATE_OPTIONS, str(sources), "-ts", *map(str, ts_files)]


def lrelease_command(ts_file: Path, qm_file: Path) -> list[str]:
    return [qt_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]


def update_translations(directory: Path = TRANSLATIONS_DIR) -> None:
    """``make translations``: bring the .ts files up to date with the sources, then compile them."""
    ts_files = [ts_path(code, directory) for code in TRANSLATED]
    subprocess.run(lupdate_command(ts_files), check=True)
    for code, ts_file in zip(TRANSLATED, ts_files, strict=True):
        subprocess.run(lrelease_command(ts_file, qm_path(code, directory)), check=True)


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _load(path: Path, parent: QObject | None) -> QTranslator | None:
    translator = QTranslator(parent)
    if path.is_file() and translator.load(str(path)):
        return translator
    translator.deleteLater()
    return None


def load_translators(code: str, directory: Path = TRANSLATIONS_DIR, parent: QObject | None = None) -> list[QTranslator]:
    """The translators for ``code``: Qt's own first, ours last (the last installed is asked first).

    Russian needs none of ours (it is the source language) but does need Qt's,
    or the standard buttons would stay in English. A missing file is skipped:
    the UI then shows the Russian source text rather than failing to start.
    """
    found = [_load(qt_translations_dir() / f"{name}_{code}.qm", parent) for name in QT_CATALOGS]
    if code != i18n.DEFAULT_LANGUAGE:
        found.append(_load(qm_path(code, directory), parent))
    return [t for t in found if t is not None]


class Translations(QObject):
    """Keeps the application's translators in step with a :class:`UiLanguage`.

    Created before any widget, it installs the translators for the language's
    current code at once. :meth:`switch` is what the language menu calls: it
    changes the translators, then the language (whose ``changed`` signal makes
    widgets retranslate), and remembers the choice in ``settings``. A direct
    ``language.set_code()`` also swaps the translators, because this object
    connects to ``changed`` before any widget does. The translators are its
    children, and a QTranslator leaves the application when it is deleted, so
    closing or destroying this object takes them back, with the default locale.
    """

    def __init__(
        self,
        *,
        language: UiLanguage,
        settings: QSettings | None = None,
        directory: Path = TRANSLATIONS_DIR,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.settings = settings
        self.directory = directory
        self._installed: list[QTranslator] = []
        self._code: str | None = None
        previous_locale = QLocale()
        self._restore_locale: Callable[..., None] = lambda *_: QLocale.setDefault(previous_locale)
        self._install(language.code)
        language.changed.connect(self._install)
        # Not a method of self: by the time destroyed fires, only the C++ object is left.
        self.destroyed.connect(self._restore_locale)

    @property
    def code(self) -> str | None:
        """The language whose translators are installed (None once closed)."""
        return self._code

    def switch(self, code: str) -> None:
        """Show the UI in ``code`` now, and start in it next time."""
        if code not in i18n.LANGUAGES:
            raise ValueError(f"unknown language {code!r}; expected one of {', '.join(i18n.LANGUAGES)}")
        self._install(code)
        self.language.set_code(code)
        if self.settings is not None:
            self.settings.setValue(LANGUAGE_KEY, code)
            self.settings.sync()

    def close(self) -> None:
        """Remove our translators from the application and restore the default locale."""
        if self._code is not None:
            self.language.changed.disconnect(self._install)
            self._remove_translators()
            self._restore_locale()
            self._code = None

    def _remove_translators(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()

    def _install(self, code: str) -> None:
        if code == self._code:
            return
        self._remove_translators()
        if QCoreApplication.instance() is not None:
            self._installed = load_translators(code, self.directory, parent=self)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        # Widgets without a locale of their own (spin boxes, calendars) then write numbers the same way.
        QLocale.setDefault(UiLanguage(code).locale())
        self._code = code


class LanguageMenu(QMenu):
    """Язык / Тіл / Language: one checkable item per language, each under its own name."""

    def __init__(self, *, translations: Translations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language-menu")
        self.translations = translations
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions_by_code: dict[str, QAction] = {}
        for code in i18n.LANGUAGES:
            action = QAction(i18n.NATIVE_NAMES[code], self)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.translations.switch(c))
            self.group.addAction(action)
            self.addAction(action)
            self.actions_by_code[code] = action
        translations.language.changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Язык"))
        self.setToolTip(self.tr("Язык интерфейса"))
        self.actions_by_code[self.translations.language.code].setChecked(True)


if __name__ == "__main__":
    update_translations()
