"""The UI's current language, held in one object that widgets are given.

Widgets never look the language up globally: they take a :class:`UiLanguage`
in their constructor, read ``language.code`` when they render vocabulary
labels and record texts, and connect ``language.changed`` to their
``retranslate_ui()``. A language switch (issue 6) installs the Qt translator
and then calls :meth:`UiLanguage.set_code`, and every widget re-applies its
texts without a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Signal

from guide import i18n

# The locale conventions for numbers and dates of each UI language.
_LOCALES = {
    "ru": (QLocale.Language.Russian, QLocale.Country.Kazakhstan),
    "kk": (QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


class UiLanguage(QObject):
    """The current UI language (``ru``, ``kk`` or ``en``); emits ``changed(code)``."""

    changed = Signal(str)

    def __init__(self, code: str = i18n.DEFAULT_LANGUAGE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._code = code if code in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE

    @property
    def code(self) -> str:
        return self._code

    def set_code(self, code: str) -> None:
        if code not in i18n.LANGUAGES:
            raise ValueError(f"unknown language {code!r}; expected one of {', '.join(i18n.LANGUAGES)}")
        if code != self._code:
            self._code = code
            self.changed.emit(code)

    def locale(self) -> QLocale:
        language, country = _LOCALES[self._code]
        return QLocale(language, country)

    def label(self, vocabulary: str, code: str | None) -> str:
        """A vocabulary code's label in the current language."""
        return i18n.label(vocabulary, code, self._code)
