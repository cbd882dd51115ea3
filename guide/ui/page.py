"""What the main window asks of a page, and what helpers may ask of the window.

A page is a widget the window shows in its stack and lists in its
navigation. The window gives nothing but a :class:`~guide.ui.context.UiContext`
to its constructor, and then only talks to it through :class:`Page`; the
editing commands and the analysis pages talk to the window only through
:class:`PageHost`, never through its attributes.

Stable names (for tests, automation and screen readers): a page's object name
is ``page-<key>``; on it, the search box is ``search``, the main table
``table`` and the detail pane ``detail`` (see :func:`name_parts`). The window
gives each the accessible name of the page's title in the UI language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from guide.ui.context import UiContext

SEARCH = "search"
TABLE = "table"
DETAIL = "detail"
NAVIGATION = "navigation"


def page_object_name(key: str) -> str:
    return f"page-{key}"


class Page(Protocol):
    """A page of the main window."""

    # "premises", "towns", "map"…: the key the window shows it by.
    page_key: str

    @property
    def selection_changed(self) -> SignalInstance:
        """Emitted when what :meth:`current_record` returns may have changed."""
        ...

    @property
    def edit_requested(self) -> SignalInstance:
        """Emitted with (kind, id) when the user asks to edit a record (a double click in a list)."""
        ...

    def page_title(self) -> str:
        """The page's name in the navigation, in the current language."""
        ...

    def current_kind(self) -> str | None:
        """The kind of record Add adds on this page, or None."""
        ...

    def current_record(self) -> tuple[str, Any] | None:
        """The record Edit and Delete work on, as (kind, id), or None."""
        ...

    def add_record_actions(self, actions: Sequence[QAction]) -> None:
        """Offer ``actions`` on the page's records (their right-click menu), before what is there."""
        ...

    def refresh(self) -> None:
        """Re-read what the page shows from the catalog."""
        ...


class RecordlessPage:
    """The Page interface's answers for a page that lists no records of its own (reports, matching).

    Mixed in after the Qt base class: ``class GapsView(QWidget, RecordlessPage)``.
    """

    def current_kind(self) -> str | None:
        return None

    def current_record(self) -> tuple[str, Any] | None:
        return None

    def add_record_actions(self, actions: Sequence[QAction]) -> None:
        """No record menu here."""


class PageHost(Protocol):
    """What helpers (editing commands, analysis pages) may ask of the main window."""

    context: UiContext

    @property
    def selection_changed(self) -> SignalInstance:
        """Emitted when the current page, or the record selected on it, changes."""
        ...

    @property
    def pages(self) -> Mapping[str, Page]:
        """The pages by key, in navigation order."""
        ...

    def add_page(self, page: Page) -> None: ...
    def page(self, key: str) -> Page: ...
    def current_page(self) -> Page | None: ...
    def show_page(self, key: str) -> Page: ...
    def show_record(self, kind: str, record_id: Any) -> None: ...


def name_parts(
    page: QWidget,
    key: str,
    *,
    search: QWidget | None = None,
    table: QWidget | None = None,
    detail: QWidget | None = None,
) -> None:
    """Give a page and its search box, table and detail pane their stable object names."""
    page.setObjectName(page_object_name(key))
    for widget, name in ((search, SEARCH), (table, TABLE), (detail, DETAIL)):
        if widget is not None:
            widget.setObjectName(name)


def label_parts(page: QWidget, title: str) -> None:
    """Accessible names, in the UI language, for a page and the parts :func:`name_parts` named."""
    page.setAccessibleName(title)
    texts = {
        SEARCH: QCoreApplication.translate("Page", "Поиск: {page}"),
        TABLE: QCoreApplication.translate("Page", "Таблица: {page}"),
        DETAIL: QCoreApplication.translate("Page", "Подробности: {page}"),
    }
    for name, text in texts.items():
        # Only the page's own parts: a page within a page (none today) keeps its names.
        for widget in page.findChildren(QWidget, name):
            widget.setAccessibleName(text.format(page=title))
