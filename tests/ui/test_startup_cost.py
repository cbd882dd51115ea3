"""What opening the main window may cost: nothing it doesn't show yet (issue 18).

Not timed (that is `make bench`): these check the causes the start-up profile found, each of
which a later change could bring back without anyone noticing in a small catalog.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from guide.catalog.store import Catalog
from guide.ui.language import UiLanguage
from guide.ui.main_window import MainWindow
from tests.ui.conftest import close_window

# Run in a fresh interpreter: the test process has imported everything long ago.
_OPEN_WINDOW = """
import json, sys
from PySide6.QtCore import QSettings
from guide.ui.app import application
from guide.catalog.store import Catalog
from guide.ui.language import UiLanguage
from PySide6.QtWidgets import QWidget

from PySide6.QtCore import QSettings

from guide.catalog.store import Catalog
from guide.ui.language import UiLanguage
from guide.ui.main_window import MainWindow
from tests.ui.conftest import close_window
app = application()
window = MainWindow(catalog=Catalog.open(sys.argv[1]), language=UiLanguage("ru"),
                    settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.resize(1366, 768)
window.show()
for _ in range(3):
    app.processEvents()
print(json.dumps(sorted(sys.modules)))
"""


def _modules_after(code: str, *args: str) -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=300, check=True
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_opening_the_main_window_imports_neither_the_export_dialog_nor_reportlab(
    catalog_file: Path, tmp_path: Path
) -> None:
    modules = _modules_after(_OPEN_WINDOW, str(catalog_file), str(tmp_path / "settings.ini"))
    assert "guide.ui.main_window" in modules  # the script did open the window
    for heavy in ("guide.ui.export.export_dialog", "guide.pdf.builder", "reportlab", "openpyxl"):
        assert heavy not in modules, heavy


def test_the_command_line_imports_the_pdf_builder_only_for_the_guide_command() -> None:
    modules = _modules_after("import json, sys; import guide.cli; print(json.dumps(sorted(sys.modules)))")
    assert "guide.cli" in modules
    assert "guide.pdf.builder" not in modules and "reportlab" not in modules


def test_the_towns_comparison_is_read_when_its_tab_is_first_shown(window: MainWindow) -> None:
    page = window.towns_page
    window.show_page("towns")
    page.tabs.setCurrentIndex(0)
    comparison = page.comparison
    assert comparison.model.rowCount() == 0 and not comparison.chart_views
    page.tabs.setCurrentIndex(1)
    assert comparison.model.rowCount() > 0 and comparison.chart_views


def test_the_quality_check_reads_one_record_at_a_time(catalog_file: Path) -> None:
    """Issue 18: checking every record held the whole premises table as dicts (200 MB at 100k)."""
    from guide.catalog.quality import check_records
    from guide.catalog.store import Catalog

    catalog = Catalog.open(catalog_file)
    try:
        records = catalog.each("premises")
        assert iter(records) is records  # an iterator, not a list
        assert next(records)["id"] == catalog.all("premises")[0]["id"]
        issues = check_records(catalog, kinds=["premises"])
        assert [i.id for i in issues] == [r["id"] for r in catalog.all("premises") if r["id"] in {i.id for i in issues}]
    finally:
        catalog.close()


def test_the_town_dashboard_draws_its_charts_when_they_scroll_into_view(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.show_page("towns")
    dashboard = window.towns_page.dashboard
    window.towns_page.show_town("temirtau")
    qtbot.wait(50)
    assert not dashboard.charts_in_view() and not dashboard.chart_views
    assert dashboard.charts_title.isVisible()  # "Indicators", with the charts to come under it
    waiting = len(dashboard._chart_makers)
    assert waiting > 0
    dashboard.verticalScrollBar().setValue(dashboard.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: len(dashboard.chart_views) == waiting)


def test_hidden_record_lists_read_nothing_until_first_shown(window: MainWindow) -> None:
    """Issue 18: every hidden list read and measured its first page while the window opened."""
    window.show_page("towns")
    lists = [*window.browse_pages.values(), *window.incentives_page.browse_pages.values()]
    for page in lists:
        assert not page.model.loaded and page.model.rowCount() == 0, page.kind
    premises = window.browse_pages["premises"]
    shown = window.show_page("premises")
    assert shown is premises and window.findChild(QWidget, "page-premises") is premises
    assert premises.model.loaded and premises.model.rowCount() > 0
    assert premises.count_label.text() and window.findChild(QWidget, "page-zones") is window.browse_pages["zones"]
    assert not window.browse_pages["zones"].model.loaded


def test_a_record_opened_in_a_hidden_list_is_read_and_selected(window: MainWindow) -> None:
    window.show_page("towns")
    zone = window.catalog.all("zones")[0]
    window.show_record("zones", zone["id"])
    assert window.browse_pages["zones"].current_record() == ("zones", zone["id"])


def test_a_lazy_list_keeps_its_saved_widths_when_first_shown(
    file_catalog: Catalog, language: UiLanguage, settings: QSettings
) -> None:
    first = MainWindow(catalog=file_catalog, language=language, settings=settings)
    first.show()
    first.show_page("premises")
    first.browse_pages["premises"].table.setColumnWidth(2, 333)
    first.show_page("towns")
    close_window(first)  # saves the layout
    again = MainWindow(catalog=file_catalog, language=language, settings=settings)
    again.show()
    premises = again.browse_pages["premises"]
    assert not premises.model.loaded
    again.show_page("premises")
    assert premises.model.loaded and premises.table.columnWidth(2) == 333
    close_window(again)


def test_the_hidden_map_builds_its_background_when_first_shown(window: MainWindow) -> None:
    """Issue 18: the base map and layers were built while the window opened (0.06-0.08 s), on another page."""
    window.show_page("towns")
    view = window.map_page.map
    assert view.background_stale and not view.group_items and "water" not in window.map_page.layer_actions
    window.show_page("map")
    assert not view.background_stale and {"regions", "water"} <= set(view.group_items)
    assert {"regions", "water", "towns", "premises"} <= set(window.map_page.layer_actions)
    assert not view.region_rect.isNull() and view.sceneRect().contains(view.region_rect)


def test_opening_a_catalog_looks_for_no_sqlite_utils_plugins(catalog_file: Path) -> None:
    """Issue 18: sqlite-utils read every installed distribution's entry points (24 ms of each start)."""
    code = (
        "import sys, sqlite_utils.plugins as plugins; from guide.catalog.store import Catalog; "
        "Catalog.open(sys.argv[1]).close(); Catalog.memory(); print(plugins._plugins_loaded)"
    )
    done = subprocess.run([sys.executable, "-c", code, str(catalog_file)], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False"]


def test_opening_the_window_counts_no_list_whole_but_the_one_it_shows(
    file_catalog: Catalog, language: UiLanguage, settings: QSettings
) -> None:
    """Issue 18: the hidden shortlist read the first page of every premise and zone, then its own."""
    statements: list[str] = []
    file_catalog.db.conn.set_trace_callback(statements.append)
    window = MainWindow(catalog=file_catalog, language=language, settings=settings)
    window.show()
    file_catalog.db.conn.set_trace_callback(None)
    whole = [s for s in statements if s.startswith("SELECT count(*) FROM") and s.rstrip().endswith("WHERE 1")]
    assert whole == [], whole
    assert window.shortlist_page.models["premises"].loaded
    close_window(window)
