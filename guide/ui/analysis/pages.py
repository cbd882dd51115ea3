"""Putting the analysis pages into the main window: Find premises, Infrastructure gaps, Data quality."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from guide.ui.analysis.find_premises import FindPremisesPanel
from guide.ui.analysis.gaps_view import GapsView
from guide.ui.analysis.quality_view import QualityView

if TYPE_CHECKING:
    from guide.ui.main_window import MainWindow

FIND_PREMISES = "find_premises"
GAPS = "gaps"
QUALITY = "quality"


def _tr(text: str) -> str:
    # lupdate files _tr() strings under the empty context (see guide/ui/translations.py).
    return QCoreApplication.translate("", text)


class AnalysisPages(QObject):
    """The three pages, wired to the window: double clicks open records, projects get "Find premises"."""

    def __init__(self, *, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        common: dict[str, Any] = {
            "catalog": window.catalog,
            "language": window.language,
            "notifier": window.notifier,
            "parent": window,
        }
        self.find_premises = FindPremisesPanel(**common)
        self.gaps = GapsView(**common, defer_until_shown=True)
        self.quality = QualityView(**common, defer_until_shown=True)
        window.add_page(FIND_PREMISES, lambda: _tr("Подбор помещений"), self.find_premises)
        window.add_page(GAPS, lambda: _tr("Инфраструктура"), self.gaps)
        window.add_page(QUALITY, lambda: _tr("Качество данных"), self.quality)
        self.find_premises.premise_activated.connect(lambda pid: window.show_record("premises", pid))
        self.gaps.premise_activated.connect(lambda pid: window.show_record("premises", pid))
        self.quality.record_activated.connect(window.show_record)

        # "Find premises for this project" on the projects list's right-click menu.
        self.find_for_project_action = QAction(window)
        self.find_for_project_action.triggered.connect(self._find_for_current_project)
        projects = window.browse_pages.get("projects")
        if projects is not None:
            projects.set_context_actions([*projects.context_actions, self.find_for_project_action])
        window.language.changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.find_for_project_action.setText(_tr("Подобрать помещения для проекта"))

    def find_for_project(self, project_id: Any) -> FindPremisesPanel:
        """Show the Find premises page with the project's stored needs matched."""
        self.window.show_page(FIND_PREMISES)
        self.find_premises.load_project(project_id)
        return self.find_premises

    def _find_for_current_project(self) -> None:
        projects = self.window.browse_pages.get("projects")
        project_id = projects.current_record_id() if projects is not None else None
        if project_id is not None:
            self.find_for_project(project_id)


def install_analysis_pages(window: MainWindow) -> AnalysisPages:
    """Add the analysis pages to ``window`` (called once by the main window)."""
    return AnalysisPages(window=window)
