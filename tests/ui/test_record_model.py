"""The lazy table model over SQL: paging, sorting, filtering, badges, and Qt's model rules."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from guide.catalog.search import Filters
from guide.catalog.store import Catalog
from guide.ui.browse.columns import COMPLETENESS, SHORTLIST
from guide.ui.browse.record_model import ID_ROLE, RecordTableModel
from guide.ui.formatting import Formatter


@pytest.mark.parametrize("force_py", [False, True], ids=["qt", "python"])
@pytest.mark.parametrize("kind", ["premises", "projects", "zones", "suppliers", "towns"])
def test_every_table_model_passes_the_model_tester(qtmodeltester, catalog, formatter, kind, force_py):
    # One tester per model: two testers on one model see each other's fetches as nested changes.
    model = RecordTableModel(catalog=catalog, kind=kind, formatter=formatter, page_size=4)
    qtmodeltester.check(model, force_py=force_py)
    model.set_query(Filters(towns=["temirtau"]), "склад")
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.refresh()


def test_rows_arrive_a_page_at_a_time(catalog, formatter):
    model = RecordTableModel(catalog=catalog, kind="premises", formatter=formatter, page_size=8)
    assert model.rowCount() == 8
    assert model.matching() == model.total() == 30
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 16
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 30
    assert len({model.index(r, 0).data(ID_ROLE) for r in range(30)}) == 30


def test_sorting_happens_in_sql(catalog, formatter):
    model = RecordTableModel(catalog=catalog, kind="premises", formatter=formatter, page_size=5)
    area = model.column_of("floor_area_m2")
    assert area is not None
    model.sort(area, Qt.SortOrder.DescendingOrder)
    biggest = max(r["floor_area_m2"] or 0 for r in catalog.all("premises"))
    assert model.record(0)["floor_area_m2"] == biggest
    # Sorted over the whole table, not just the page that was loaded.
    assert model.rowCount() == 5
    # Badge columns don't sort: the order stays as it was.
    first = model.record(0)["id"]
    model.sort(model.column_of(COMPLETENESS) or 0, Qt.SortOrder.AscendingOrder)
    assert model.record(0)["id"] == first


def test_filters_and_search_combine(catalog, formatter):
    model = RecordTableModel(catalog=catalog, kind="premises", formatter=formatter)
    model.set_query(Filters(towns=["temirtau"]), "")
    in_temirtau = model.matching()
    model.set_query(Filters(towns=["temirtau"]), "склад")
    both = model.matching()
    assert all(model.record(r)["town"] == "temirtau" for r in range(model.rowCount()))
    model.set_query(Filters(), "склад")
    anywhere = model.matching()
    assert 0 < both < in_temirtau
    assert both < anywhere


def test_cells_show_labels_not_codes(catalog, formatter):
    model = RecordTableModel(catalog=catalog, kind="premises", formatter=formatter)
    row = model.row_of(1)
    assert row is not None
    shown = {model.columns[c].key: model.index(row, c).data() for c in range(model.columnCount())}
    assert shown["town"] == "Темиртау"
    assert shown["kind"] == "Производственный цех"
    assert shown["status"] == "Свободно"
    assert shown["floor_area_m2"] == "2\u00a0400"
    assert shown["source"] == "ДЕМО"
    assert shown[COMPLETENESS].endswith("%")


def test_stale_records_are_marked(catalog, formatter):
    model = RecordTableModel(catalog=catalog, kind="premises", formatter=formatter)
    column = model.column_of("as_of")
    assert column is not None
    stale = [r for r in range(model.rowCount()) if "устарело" in model.index(r, column).data()]
    assert len(stale) == 5  # resources/data/README.md: 5 demo premises are stale
    assert model.index(stale[0], column).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_the_shortlist_check_box_writes_to_the_catalog(catalog, formatter):
    model = RecordTableModel(catalog=catalog, kind="premises", formatter=formatter)
    column = model.column_of(SHORTLIST)
    assert column is not None
    index = model.index(0, column)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert catalog.is_shortlisted("premises", model.record(0)["id"])
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_a_refresh_keeps_the_loaded_rows(catalog, formatter):
    model = RecordTableModel(catalog=catalog, kind="premises", formatter=formatter, page_size=10)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 20
    catalog.update("premises", model.record(0)["id"], {"title": "Переименованный цех"})
    model.refresh()
    assert model.rowCount() == 20
    assert model.record(0)["title"] == "Переименованный цех"


def _many_premises(catalog: Catalog, n: int) -> None:
    rows = [
        {"town": "temirtau", "title": f"Склад № {i}", "kind": "warehouse", "status": "vacant",
         "floor_area_m2": 100 + i % 5000, "power_kw": i % 900, "source": "demo", "as_of": "2026-01-01"}
        for i in range(n)
    ]  # fmt: skip
    with catalog.transaction():
        catalog.db["premises"].insert_all(rows, batch_size=5000)


def test_a_hundred_thousand_premises_open_one_page_at_a_time(empty_catalog, language):
    catalog = empty_catalog
    catalog.insert("towns", {"id": "temirtau", "name": "Темиртау"})
    _many_premises(catalog, 100_000)
    formatter = Formatter(catalog=catalog, language=language)
    model = RecordTableModel(catalog=catalog, kind="premises", formatter=formatter)
    model.sort(model.column_of("floor_area_m2") or 0, Qt.SortOrder.DescendingOrder)
    model.set_query(Filters(min_power_kw=500), "склад")
    # One page is fetched, not the 100,000 (how fast is make bench's business: gui_filter_first_rows_ms).
    assert model.rowCount() == 200
    assert model.matching() == sum(1 for i in range(100_000) if i % 900 >= 500)
    assert model.total() == 100_000
    formatter.close()
