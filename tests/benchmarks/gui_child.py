"""The GUI side of the benchmarks, run in a child process per measurement.

``python -m tests.benchmarks.gui_child MODE CATALOG SETTINGS`` prints one JSON
line on stdout. Modes:

- ``filter``: filter changes in the real premises page of the main window
  (the filter panel's controls are set, then the panel is flushed, as its
  debounce timer would), timed until the first 100 rows are in the model,
  and again once the view has painted them;
- ``proxy``: the baseline, every premise loaded into a QStandardItemModel
  and the same filter changes made through a QSortFilterProxyModel;
- ``browse``: the main window used for a while (scrolling, filters,
  searches, sorting, selecting), for its peak memory;
- ``pages``: every page of the main window opened once, for its peak memory.

A child process each keeps one measurement's memory and Qt state out of
the others.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSettings, QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

import guide.ui  # noqa: E402,F401  (its workaround for PySide6 6.12.0's leak on None, for the baseline too)
from guide.catalog.search import Filters  # noqa: E402
from guide.catalog.store import Catalog  # noqa: E402
from tests.benchmarks import synthetic, workload  # noqa: E402
from tests.benchmarks.children import peak_rss_mb  # noqa: E402

FIRST_ROWS = 100
# The columns the premises table shows (guide/ui/browse/columns.py), as the baseline loads them.
PROXY_COLUMNS = ("id", "title", "town", "kind", "status", "floor_area_m2", "power_kw", "gas", "water", "heating",
                 "rail_siding", "price_kzt", "deal", "source", "as_of")  # fmt: skip


def _main_window(app: QApplication, catalog: Catalog, settings_path: Path) -> Any:
    """The main window as ``run_gui`` builds it, shown, on the premises page."""
    from guide.ui.language import UiLanguage
    from guide.ui.main_window import MainWindow

    try:
        from guide.ui.app import application

        application()
    except ImportError:
        pass
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(catalog=catalog, language=UiLanguage("ru"), settings=settings)
    window.resize(1500, 900)
    window.show()
    window.show_page("premises")
    app.processEvents()
    return window


def _set_controls(panel: Any, filters: Filters) -> None:
    """Set the filter panel's controls without letting each one query on its own."""
    controls = [panel.town, panel.min_area, panel.min_power, *panel.utilities.values()]
    for control in controls:
        control.blockSignals(True)
    try:
        panel.town.setCurrentIndex(max(panel.town.findData(filters.towns[0] if filters.towns else None), 0))
        panel.min_area.setValue(filters.min_area_m2 or panel.min_area.minimum())
        panel.min_power.setValue(filters.min_power_kw or panel.min_power.minimum())
        for attribute, box in panel.utilities.items():
            box.setChecked(bool(getattr(filters, attribute)))
    finally:
        for control in controls:
            control.blockSignals(False)


def _first_rows(model: Any, wanted: int) -> None:
    """Until ``wanted`` rows are in ``model`` (or all it has)."""
    while model.rowCount() < wanted and model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def filter_mode(app: QApplication, catalog: Catalog, settings: Path, count: int) -> dict[str, Any]:
    window = _main_window(app, catalog, settings)
    page = window.browse_pages["premises"]
    panel, model = page.filter_panel, page.model
    cases = workload.filter_cases(synthetic.towns(catalog), count, seed=4)
    samples, painted = [], []
    for filters in [*cases[:3], *cases]:
        _set_controls(panel, filters)
        app.processEvents()
        start = time.perf_counter()
        panel.flush()
        _first_rows(model, min(FIRST_ROWS, model.matching()))
        samples.append(time.perf_counter() - start)
        app.processEvents()
        painted.append(time.perf_counter() - start)
        if model.rowCount() < min(FIRST_ROWS, model.matching()) or model.filters.towns != filters.towns:
            raise RuntimeError(f"the premises page did not apply {filters}")
    window.close()
    return {"samples": samples[3:], "painted": painted[3:]}


class _NeedsProxy(QSortFilterProxyModel):
    """The baseline's filter: town, minimum area and kW, rail siding, checked row by row in Python."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self.rows = rows
        self.filters = Filters()
        self._at = {c: i for i, c in enumerate(PROXY_COLUMNS)}

    def set_filters(self, filters: Filters) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self.filters = filters
            self.endFilterChange()
        else:
            self.filters = filters
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        row, f, at = self.rows[source_row], self.filters, self._at
        if f.towns and row[at["town"]] not in f.towns:
            return False
        if f.min_area_m2 is not None and (row[at["floor_area_m2"]] or 0) < f.min_area_m2:
            return False
        if f.min_power_kw is not None and (row[at["power_kw"]] or 0) < f.min_power_kw:
            return False
        return not (f.rail_siding and not row[at["rail_siding"]])


def proxy_mode(app: QApplication, catalog: Catalog, settings: Path, count: int) -> dict[str, Any]:
    start = time.perf_counter()
    rows = catalog.db.execute(f"SELECT {', '.join(PROXY_COLUMNS)} FROM premises ORDER BY id").fetchall()
    source = QStandardItemModel(0, len(PROXY_COLUMNS))
    source.setHorizontalHeaderLabels(list(PROXY_COLUMNS))
    for row in rows:
        source.appendRow([QStandardItem("" if v is None else str(v)) for v in row])
    proxy = _NeedsProxy(rows)
    proxy.setSourceModel(source)
    view = QTableView()
    view.setModel(proxy)
    view.resize(1200, 800)
    view.show()
    app.processEvents()
    load = time.perf_counter() - start
    cases = workload.filter_cases(synthetic.towns(catalog), count, seed=4)
    samples, painted = [], []
    for filters in [cases[0], *cases]:
        begin = time.perf_counter()
        proxy.set_filters(filters)  # QSortFilterProxyModel filters every row at once
        samples.append(time.perf_counter() - begin)
        app.processEvents()
        painted.append(time.perf_counter() - begin)
    return {"samples": samples[1:], "painted": painted[1:], "load_s": load}


def browse_mode(app: QApplication, catalog: Catalog, settings: Path, rows: int) -> dict[str, Any]:
    """Scroll through ``rows`` premises, filter, search, sort and select, as a user browsing would."""
    start = time.perf_counter()
    window = _main_window(app, catalog, settings)
    page = window.browse_pages["premises"]
    table, model = page.table, page.model
    bar = table.verticalScrollBar()
    while model.rowCount() < rows and model.canFetchMore(QModelIndex()):
        bar.setValue(bar.maximum())
        app.processEvents()
    scrolled = model.rowCount()
    for row in range(0, scrolled, max(1, scrolled // 20)):
        table.selectRow(row)
        app.processEvents()
    towns = synthetic.towns(catalog)
    for filters in workload.filter_cases(towns, 10, seed=5):
        _set_controls(page.filter_panel, filters)
        page.filter_panel.flush()
        app.processEvents()
    page.filter_panel.reset()
    for search in workload.searches(catalog, towns, 5, seed=6):
        page.search.setText(search.text)
        page.search.flush()
        app.processEvents()
        table.selectRow(0)
        app.processEvents()
    page.search.setText("")
    page.search.flush()
    column = next(i for i, c in enumerate(model.columns) if c.key == "floor_area_m2")
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        table.sortByColumn(column, order)
        app.processEvents()
    for key in ("towns", "map", "shortlist", "premises"):
        if key in window.pages:
            window.show_page(key)
            app.processEvents()
    window.close()
    return {"rows_scrolled": scrolled, "seconds": time.perf_counter() - start}


def pages_mode(app: QApplication, catalog: Catalog, settings: Path, _: int) -> dict[str, Any]:
    """Open every page of the main window once, the Towns comparison tab and the analysis pages included."""
    start = time.perf_counter()
    window = _main_window(app, catalog, settings)
    opened = []
    for key in list(window.pages):
        window.show_page(key)
        app.processEvents()
        opened.append(key)
        if key == "towns":
            window.towns_page.tabs.setCurrentIndex(1)  # the comparison, read when first shown
            app.processEvents()
    window.close()
    return {"pages": opened, "seconds": time.perf_counter() - start}


MODES = {"filter": filter_mode, "proxy": proxy_mode, "browse": browse_mode, "pages": pages_mode}


def main(argv: list[str]) -> int:
    mode, db, settings, number = argv[0], Path(argv[1]), Path(argv[2]), int(argv[3])
    app = QApplication.instance() or QApplication(sys.argv[:1])
    catalog = Catalog.open(db)
    try:
        result = MODES[mode](app, catalog, settings, number)  # type: ignore[arg-type]
    finally:
        catalog.close()
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result), flush=True)
    # Leave without tearing down Qt objects from Python: PySide's teardown of a
    # hundred thousand items can crash, and would only add noise.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
