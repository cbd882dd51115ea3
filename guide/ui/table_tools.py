"""What every table in the window does like a spreadsheet: Ctrl+C copies rows, the header chooses columns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QTableView


def _tr(text: str) -> str:
    # lupdate files _tr() strings under the empty context (see guide/ui/translations.py).
    return QCoreApplication.translate("", text)


def _cell(text: object) -> str:
    # A tab or line break inside a value would split the row or the cell in a spreadsheet.
    return " ".join(str(text).split()) if text is not None else ""


def selected_rows_as_tsv(view: QTableView) -> str:
    """The selected rows (all rows when none is selected) as tab-separated text with a header line.

    Columns as the user sees them: visible ones only, in their on-screen order, with the header
    texts of the UI language and the cells' displayed texts.
    """
    model = view.model()
    header = view.horizontalHeader()
    columns = [header.logicalIndex(v) for v in range(header.count())]
    columns = [c for c in columns if not header.isSectionHidden(c)]
    selection = view.selectionModel()
    rows = sorted({index.row() for index in selection.selectedRows()}) if selection is not None else []
    if not rows:
        rows = list(range(model.rowCount()))
    lines = ["\t".join(_cell(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
    for row in rows:
        lines.append("\t".join(_cell(model.index(row, c).data()) for c in columns))
    return "\n".join(lines) + "\n"


def install_copy(view: QTableView) -> QAction:
    """Ctrl+C in the table copies the selected rows for Excel."""
    action = QAction(view)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda: QGuiApplication.clipboard().setText(selected_rows_as_tsv(view)))
    view.addAction(action)
    return action


def install_column_chooser(view: QTableView) -> None:
    """A right click on the header lists the columns to show or hide; the last visible one stays.

    The header's state (and so which columns are hidden) is what the pages save per table.
    """
    header = view.horizontalHeader()
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show_menu(pos: QPoint) -> None:
        menu = column_menu(view)
        menu.exec(header.mapToGlobal(pos))

    header.customContextMenuRequested.connect(show_menu)


def column_menu(view: QTableView) -> QMenu:
    """The column chooser's menu (separate from its showing, so tests can use it)."""
    header = view.horizontalHeader()
    model = view.model()
    menu = QMenu(view)
    menu.setObjectName("column-chooser")
    menu.setTitle(_tr("Столбцы"))
    visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    for visual in range(header.count()):
        column = header.logicalIndex(visual)
        title = _cell(model.headerData(column, Qt.Orientation.Horizontal)) or _cell(
            model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        )
        action = menu.addAction(title or str(column + 1))
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(column))
        action.setEnabled(not (visible == [column]))
        action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
    return menu
