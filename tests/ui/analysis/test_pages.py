"""The analysis pages in the main window: navigation, opening records, "Find premises for this project"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from guide.catalog.store import Catalog
from guide.ui.analysis.find_premises import FindPremisesPanel
from guide.ui.analysis.gaps_view import GapsView
from guide.ui.analysis.pages import FIND_PREMISES, GAPS, QUALITY
from guide.ui.analysis.quality_view import QualityView
from guide.ui.language import UiLanguage
from guide.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, catalog: Catalog, language: UiLanguage, settings: QSettings) -> MainWindow:
    win = MainWindow(catalog=catalog, language=language, settings=settings)
    qtbot.addWidget(win)
    return win


def test_the_pages_are_in_the_navigation(window: MainWindow) -> None:
    assert isinstance(window.pages[FIND_PREMISES], FindPremisesPanel)
    assert isinstance(window.pages[GAPS], GapsView)
    assert isinstance(window.pages[QUALITY], QualityView)
    titles = [window.nav.item(r).text() for r in range(window.nav.count())]
    assert {"Подбор помещений", "Инфраструктура", "Качество данных"} <= set(titles)
    assert window.show_page(GAPS) is window.pages[GAPS]


def test_find_premises_for_the_selected_project(window: MainWindow) -> None:
    projects = window.browse_pages["projects"]
    window.show_page("projects")
    assert projects.select_record(8)
    assert window.analysis.find_for_project_action in projects.context_actions
    window.analysis.find_for_project_action.trigger()
    assert window.current_page_key() == FIND_PREMISES
    panel = window.analysis.find_premises
    assert panel.project is not None and panel.project["id"] == 8
    assert panel.model.result(0).premise["id"] == 8 and panel.model.result(0).score == 1.0


def test_a_double_clicked_result_opens_in_the_premises_list(window: MainWindow) -> None:
    window.analysis.find_for_project(6)
    window.analysis.find_premises.premise_activated.emit(22)
    assert window.current_page_key() == "premises"
    assert window.browse_pages["premises"].current_record_id() == 22


def test_whole_catalog_reports_wait_until_their_page_is_shown(window: MainWindow, qtbot: QtBot) -> None:
    """Opening the window must not pay for the gaps and quality reports (seconds at 100k premises)."""
    window.show()
    qtbot.waitExposed(window)
    gaps, quality = window.pages[GAPS], window.pages[QUALITY]
    assert isinstance(gaps, GapsView) and isinstance(quality, QualityView)
    if window.current_page_key() not in (GAPS, QUALITY):
        assert gaps.overview is None and gaps.out_of_date
        assert quality.model.rowCount() == 0 and quality.out_of_date
    window.show_page(GAPS)
    assert gaps.overview is not None and gaps.overview.totals.premises > 0 and not gaps.out_of_date
    window.show_page(QUALITY)
    assert quality.model.rowCount() > 0 and not quality.out_of_date
