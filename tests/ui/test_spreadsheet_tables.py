"""Tables that work like a spreadsheet: several rows at once, Ctrl+C for Excel, a column chooser."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from guide.ui.table_tools import column_menu, selected_rows_as_tsv


def _select(page, rows: list[int]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_ctrl_c_copies_the_selected_rows_with_headers_in_the_ui_language(window, qtbot):
    page = window.show_page("premises")
    _select(page, [0, 2])
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    lines = text.rstrip("\n").split("\n")
    assert len(lines) == 3
    header = lines[0].split("\t")
    assert "Название" in header or any("Наимен" in h for h in header)
    title_column = next(c for c, column in enumerate(page.model.columns) if column.key == "title")
    titles = [page.model.index(r, title_column).data() for r in (0, 2)]
    for line, title in zip(lines[1:], titles, strict=True):
        assert line.split("\t")[header.index(page.model.headerData(title_column, Qt.Orientation.Horizontal))] == title
    assert text == selected_rows_as_tsv(page.table)


def test_a_hidden_column_is_not_copied_and_is_remembered(window, settings, qtbot):
    page = window.show_page("premises")
    menu = column_menu(page.table)
    deal = next(a for a in menu.actions() if a.text() == page.model.headerData(
        next(c for c, column in enumerate(page.model.columns) if column.key == "deal"),
        Qt.Orientation.Horizontal))  # fmt: skip
    deal.setChecked(False)
    _select(page, [0])
    assert deal.text() not in selected_rows_as_tsv(page.table).splitlines()[0].split("\t")
    page.save_state(settings)
    column = next(c for c, col in enumerate(page.model.columns) if col.key == "deal")
    page.table.horizontalHeader().setSectionHidden(column, False)
    page.restore_state(settings)
    assert page.table.horizontalHeader().isSectionHidden(column)


def test_the_last_visible_column_cannot_be_hidden(window):
    page = window.show_page("suppliers")
    header = page.table.horizontalHeader()
    for column in range(1, header.count()):
        header.setSectionHidden(column, True)
    menu = column_menu(page.table)
    assert [a.isEnabled() for a in menu.actions()].count(True) == header.count() - 1
    assert not menu.actions()[0].isEnabled()


def test_bulk_status_and_delete_are_one_undo_step_each(window, qtbot):
    page = window.show_page("premises")
    _select(page, [0, 1, 2])
    ids = page.selected_record_ids()
    assert len(ids) == 3
    assert page.bulk_set_status("reserved") == 3
    assert {window.catalog.require("premises", i)["status"] for i in ids} == {"reserved"}
    page.confirm = lambda title, text: True
    _select(page, [page.model.row_of(i) for i in ids])
    assert page.bulk_delete() == 3
    assert all(window.catalog.get("premises", i) is None for i in ids)
    window.editing.undo_action.trigger()
    assert all(window.catalog.get("premises", i) is not None for i in ids)
    window.editing.undo_action.trigger()
    assert {window.catalog.require("premises", i)["status"] for i in ids} != {"reserved"}


def test_del_over_several_rows_deletes_them_all_after_asking(window, qtbot):
    page = window.show_page("premises")
    asked: list[str] = []
    page.confirm = lambda title, text: asked.append(text) or False
    _select(page, [0, 1])
    window.editing.update()
    window.editing.delete_action.trigger()
    assert asked and "(2)" in asked[0]
    assert window.catalog.total("premises") == 30  # answered no


def test_bulk_shortlist(window):
    page = window.show_page("projects")
    _select(page, [0, 1])
    assert page.bulk_shortlist(True) == 2
    assert len(window.catalog.shortlist("projects")) == 2


def _drop(window, path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    # Offscreen Qt runs no drag manager to deliver a drop, so the window's own handlers get the
    # events a real drag would bring.
    enter = QDragEnterEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dragEnterEvent(enter)
    if not enter.isAccepted():
        return
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)


def test_a_dropped_sheet_opens_the_import_dialog_for_it(window, tmp_path, qtbot):
    from guide.catalog.exporter import export_file

    sheet = tmp_path / "suppliers-update.csv"
    export_file(window.catalog, "suppliers", sheet)
    shown: list = []
    window.editing.controller.run_dialog = lambda dialog: (
        shown.append((dialog.kind.name, dialog.path, dialog.plan is not None and not dialog.plan.problems)) or 0
    )
    window.show_page("premises")
    assert window.acceptDrops()
    _drop(window, sheet)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [("suppliers", sheet, True)]  # the name says suppliers, whatever the page


def test_a_dropped_file_of_another_type_is_ignored(window, tmp_path, qtbot):
    other = tmp_path / "photo.png"
    other.write_bytes(b"\\x89PNG")
    shown: list = []
    window.editing.controller.run_dialog = lambda dialog: shown.append(dialog) or 0
    _drop(window, other)
    qtbot.wait(50)
    assert shown == []


def test_the_demo_filter_shows_only_sourced_or_only_demo_records(window, qtbot):
    from guide.catalog.search import Filters

    page = window.show_page("projects")
    box = page.filter_panel.demo_box
    box.setCurrentIndex(box.findData(False))
    sourced = window.catalog.count("projects", Filters(demo=False))
    qtbot.waitUntil(lambda: page.model.rowCount() == sourced)
    assert 0 < sourced < window.catalog.total("projects")
    assert all(page.model.record(r)["source"] != "demo" for r in range(page.model.rowCount()))
    box.setCurrentIndex(box.findData(True))
    qtbot.waitUntil(lambda: page.model.rowCount() == window.catalog.total("projects") - sourced)


def test_a_saved_preset_brings_back_filters_and_search(window, settings, qtbot):
    from guide.catalog.search import Filters

    page = window.show_page("premises")
    panel = page.filter_panel
    page.search.set_text_quietly("склад")
    panel.town.setCurrentIndex(panel.town.findData("balkhash"))
    panel.utilities["rail_siding"].setChecked(True)
    panel.flush()
    wanted = window.catalog.count("premises", Filters(towns=["balkhash"], rail_siding=True), "склад")
    assert page.model.rowCount() == wanted == 2
    assert page.save_preset("Балхаш, склады у ж/д") == "Балхаш, склады у ж/д"
    page.search.set_text_quietly("")
    panel.reset()
    qtbot.waitUntil(lambda: page.model.rowCount() == 30)
    # Remembered across windows: a new page reads the same settings.
    assert page.presets.names() == ["Балхаш, склады у ж/д"]
    assert page.apply_preset("Балхаш, склады у ж/д")
    assert page.search.text() == "склад"
    assert page.filter_panel.filters().towns == ["balkhash"] and page.filter_panel.filters().rail_siding
    qtbot.waitUntil(lambda: page.model.rowCount() == wanted)
    page.remove_preset()
    assert page.presets.names() == []
