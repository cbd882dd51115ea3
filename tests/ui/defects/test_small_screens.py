"""Defect 6: at 1280×720 the title stays readable while the figures scroll sideways."""

from __future__ import annotations

from guide.ui.browse.frozen_table import FrozenColumnsTableView


def test_the_title_column_is_frozen_while_the_table_scrolls_sideways(window, qtbot):
    window.resize(1280, 720)
    page = window.show_page("premises")
    table = page.table
    assert isinstance(table, FrozenColumnsTableView)
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() > 0)
    title = next(i for i, c in enumerate(page.model.columns) if c.key == "title")
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    frozen = table.frozen_view
    assert frozen.isVisible()
    assert not frozen.isColumnHidden(title)
    assert all(frozen.isColumnHidden(c) for c in range(title + 1, page.model.columnCount()))
    # The main view has scrolled the title away; the frozen view shows it at the left edge.
    assert table.columnViewportPosition(title) < 0
    assert frozen.columnViewportPosition(title) >= 0
    assert frozen.width() == table.frozen_width() == sum(table.columnWidth(c) for c in range(title + 1))
    # One selection for both.
    page.select_row(3)
    assert frozen.selectionModel() is table.selectionModel()
    assert {i.row() for i in frozen.selectionModel().selectedRows()} == {3}


def test_the_detail_pane_leaves_the_table_most_of_the_width(window):
    window.resize(1280, 720)
    page = window.show_page("premises")
    sizes = page.splitter.sizes()
    assert sizes[2] < sizes[1] / 2
    assert page.splitter.isCollapsible(2)
