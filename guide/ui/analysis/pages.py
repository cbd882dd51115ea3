"""Putting the analysis pages into the main window: Find premises, Infrastructure gaps, Data quality."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from guide.ui.analysis.find_premises import FindPremisesPanel
from guide.ui.analysis.gaps_view import GapsView
from guide.ui.analysis.quality_view import QualityView
from guide.ui.page import Page, PageHost

FIND_PREMISES = "find_premises"
GAPS = "gaps"
QUALITY = "quality"


def _tr(text: str) -> str:
    # lupdate files _tr() strings under the empty context (see guide/ui/translations.py).
    return QCoreApplication.translate("", text)


class AnalysisPages(QObject):
    """The three pages, wired to the window: double clicks open records, projects get "Find premises"."""

    def __init__(self, *, host: PageHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        context = host.context
        self.find_premises = FindPremisesPanel(context)
        # Checking every record is costly: done when the page is first looked at.
        self.gaps = GapsView(context, defer_until_shown=True)
        self.quality = QualityView(context, defer_until_shown=True)
        pages: tuple[Page, ...] = (self.find_premises, self.gaps, self.quality)
        for page in pages:
            host.add_page(page)
        self.find_premises.premise_activated.connect(lambda pid: host.show_record("premises", pid))
        self.gaps.premise_activated.connect(lambda pid: host.show_record("premises", pid))
        self.quality.record_activated.connect(host.show_record)

        # "Find premises for this project" on the projects list's right-click menu.
        self.find_for_project_action = QAction(self)
        self.find_for_project_action.triggered.connect(self._find_for_current_project)
        if "projects" in host.pages:
            host.page("projects").add_record_actions([self.find_for_project_action])
        context.language.changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.find_for_project_action.setText(_tr("Подобрать помещения для проекта"))

    def find_for_project(self, project_id: Any) -> FindPremisesPanel:
        """Show the Find premises page with the project's stored needs matched."""
        self.host.show_page(FIND_PREMISES)
        self.find_premises.load_project(project_id)
        return self.find_premises

    def _find_for_current_project(self) -> None:
        current = self.host.page("projects").current_record() if "projects" in self.host.pages else None
        if current is not None:
            self.find_for_project(current[1])


def install_analysis_pages(host: PageHost, parent: QObject | None = None) -> AnalysisPages:
    """Add the analysis pages to ``host`` (called once by the main window)."""
    return AnalysisPages(host=host, parent=parent)
