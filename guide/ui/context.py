"""What every page of a main window works with, made once per window and handed to each page.

A page takes one :class:`UiContext` in its constructor instead of five
separate objects (and never reaches into the window for them): the catalog it
shows, the UI language, the formatter of values, the settings it remembers its
layout in, and the notifier that tells it the catalog changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings

from guide.catalog.store import Catalog
from guide.ui.formatting import Formatter
from guide.ui.language import UiLanguage
from guide.ui.notifier import CatalogNotifier


@dataclass(frozen=True)
class UiContext:
    catalog: Catalog
    language: UiLanguage
    formatter: Formatter
    settings: QSettings
    notifier: CatalogNotifier

    @classmethod
    def create(
        cls,
        *,
        catalog: Catalog,
        language: UiLanguage,
        settings: QSettings,
        notifier: CatalogNotifier | None = None,
        parent: QObject | None = None,
    ) -> UiContext:
        """The context over ``catalog``; a notifier (owned by ``parent``) is made when none is given."""
        return cls(
            catalog=catalog,
            language=language,
            formatter=Formatter(catalog=catalog, language=language),
            settings=settings,
            notifier=notifier or CatalogNotifier(catalog=catalog, parent=parent),
        )

    def close(self) -> None:
        """Stop listening to the catalog (the window is closing)."""
        self.notifier.stop()
        self.formatter.close()
