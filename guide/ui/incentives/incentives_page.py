"""The "Incentives and contacts" page: incentives, institutions and routes, each a browse page in its own tab.

Each tab is an ordinary :class:`BrowsePage` (filters, search, the lazy table,
the detail pane), so editing, bulk changes, sheet import and table export work
on them as on every other list. The page is a :class:`~guide.ui.page.Page`
that answers for the tab it shows; helpers reach that tab's list through
:meth:`IncentivesPage.current_browse_page`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from guide.catalog import fields as F
from guide.catalog.history import History
from guide.ui.browse.browse_page import BrowsePage
from guide.ui.context import UiContext

# The tabs, in order: what an investor asks first, then whom to call, then how far things are.
TAB_KINDS = ("incentives", "institutions", "routes")


class IncentivesPage(QWidget):
    """Emits ``selection_changed()`` when the tab or its selected record changes, and
    ``edit_requested(kind, id)`` on a double click in any tab."""

    selection_changed = Signal()
    edit_requested = Signal(str, object)

    def __init__(self, context: UiContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.page_key = "incentives"
        self.language = context.language
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("incentives-tabs")
        self.browse_pages: dict[str, BrowsePage] = {}
        for kind in TAB_KINDS:
            page = BrowsePage(context, kind=kind, lazy=True, parent=self.tabs)
            # The window names this page "page-incentives"; its tabs get their own names.
            page.setObjectName(f"tab-{kind}")
            page.selection_changed.connect(self._tab_selection_changed)
            page.edit_requested.connect(self.edit_requested)
            self.browse_pages[kind] = page
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(lambda _index: self.selection_changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.language.changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for i, kind in enumerate(TAB_KINDS):
            self.tabs.setTabText(i, F.kind(kind).label(self.language.code))

    def _tab_selection_changed(self) -> None:
        if self.sender() is self.tabs.currentWidget():
            self.selection_changed.emit()

    # -- the Page interface ------------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Льготы и контакты")

    def current_kind(self) -> str | None:
        return self.current_browse_page().current_kind()

    def current_record(self) -> tuple[str, Any] | None:
        return self.current_browse_page().current_record()

    def add_record_actions(self, actions: Sequence[QAction]) -> None:
        for page in self.browse_pages.values():
            page.add_record_actions(actions)

    def refresh(self) -> None:
        for page in self.browse_pages.values():
            page.refresh()

    def set_history(self, history: History) -> None:
        """Bulk changes in every tab go through the undo history."""
        for page in self.browse_pages.values():
            page.set_history(history)

    # -- the tabs ----------------------------------------------------------------------------------

    def current_browse_page(self) -> BrowsePage:
        page = self.tabs.currentWidget()
        assert isinstance(page, BrowsePage)
        return page

    def show_kind(self, kind: str) -> BrowsePage:
        page = self.browse_pages[kind]
        self.tabs.setCurrentWidget(page)
        return page

    def select_record(self, kind: str, record_id: Any) -> bool:
        return self.show_kind(kind).select_record(record_id)

    def focus_search(self) -> None:
        self.current_browse_page().focus_search()

    # -- settings ----------------------------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("incentives/tab", self.tabs.currentIndex())
        for page in self.browse_pages.values():
            page.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        for page in self.browse_pages.values():
            page.restore_state(settings)
        index = settings.value("incentives/tab")
        if index is not None and 0 <= int(index) < self.tabs.count():  # type: ignore[call-overload]
            self.tabs.setCurrentIndex(int(index))  # type: ignore[call-overload]
