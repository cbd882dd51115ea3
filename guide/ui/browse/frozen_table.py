"""A table whose first columns stay put while the rest scroll sideways (Qt's "frozen column" pattern).

The frozen part is a second view over the same model and selection, laid over the left edge of
the main one; it shows only the frozen columns and follows the main view's rows, widths and
vertical scrolling, so a long title stays readable however far right the user scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class FrozenColumnsTableView(QTableView):
    """A QTableView with its first ``frozen`` columns pinned to the left."""

    def __init__(self, *, frozen: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen_count = frozen
        self.frozen_view = QTableView(self)
        self.frozen_view.setObjectName("frozen-columns")
        self.frozen_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen_view.verticalHeader().hide()
        self.frozen_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen_view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen_view.setVerticalScrollMode(self.verticalScrollMode())
        self.frozen_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen_view.setStyleSheet("QTableView { border: none; }")
        self.viewport().stackUnder(self.frozen_view)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        self.verticalHeader().sectionResized.connect(self._row_resized)
        self.verticalScrollBar().valueChanged.connect(self.frozen_view.verticalScrollBar().setValue)
        self.frozen_view.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        # Sorting by a frozen column's header works as on the main header.
        self.frozen_view.horizontalHeader().sectionClicked.connect(self._frozen_header_clicked)

    # -- keeping the two views together ---------------------------------------------------

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 (Qt's name)
        super().setModel(model)
        self.frozen_view.setModel(model)
        self.frozen_view.setSelectionModel(self.selectionModel())
        if model is not None:
            model.modelReset.connect(self._sync_columns)
            model.layoutChanged.connect(self._sync_columns)
        self._sync_columns()

    def setSelectionBehavior(self, behavior: QAbstractItemView.SelectionBehavior) -> None:  # noqa: N802
        super().setSelectionBehavior(behavior)
        self.frozen_view.setSelectionBehavior(behavior)

    def setSelectionMode(self, mode: QAbstractItemView.SelectionMode) -> None:  # noqa: N802
        super().setSelectionMode(mode)
        self.frozen_view.setSelectionMode(mode)

    def setAlternatingRowColors(self, enable: bool) -> None:  # noqa: N802
        super().setAlternatingRowColors(enable)
        self.frozen_view.setAlternatingRowColors(enable)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802
        super().setWordWrap(on)
        self.frozen_view.setWordWrap(on)

    def _sync_columns(self) -> None:
        model = self.model()
        columns = model.columnCount() if model is not None else 0
        header = self.horizontalHeader()
        for column in range(columns):
            frozen = column < self.frozen_count
            self.frozen_view.setColumnHidden(column, not frozen or header.isSectionHidden(column))
            if frozen:
                self.frozen_view.setColumnWidth(column, self.columnWidth(column))
        self.frozen_view.horizontalHeader().setFixedHeight(header.height())
        self._update_geometry()

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if column < self.frozen_count:
            self.frozen_view.setColumnWidth(column, new)
            self._update_geometry()

    def _row_resized(self, row: int, _old: int, new: int) -> None:
        self.frozen_view.setRowHeight(row, new)

    def _frozen_header_clicked(self, column: int) -> None:
        if self.isSortingEnabled():
            header = self.horizontalHeader()
            same = header.sortIndicatorSection() == column
            ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
            order = Qt.SortOrder.DescendingOrder if same and ascending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(column, order)

    def frozen_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(self.frozen_count) if not self.isColumnHidden(c))

    def _update_geometry(self) -> None:
        self.frozen_view.setGeometry(
            self.verticalHeader().width() + self.frameWidth(),
            self.frameWidth(),
            self.frozen_width(),
            self.viewport().height() + self.horizontalHeader().height(),
        )
        self.frozen_view.setVisible(self.frozen_width() > 0)

    # -- events ---------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._update_geometry()

    def updateGeometries(self) -> None:  # noqa: N802
        super().updateGeometries()
        if hasattr(self, "frozen_view"):
            self._update_geometry()

    def scrollTo(  # noqa: N802
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        if index.column() >= self.frozen_count:
            super().scrollTo(index, hint)
            return
        # A frozen cell is always in view sideways: scroll only up or down to it.
        bar = self.horizontalScrollBar()
        kept = bar.value()
        super().scrollTo(index, hint)
        bar.setValue(kept)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:  # noqa: N802
        current = super().moveCursor(action, modifiers)
        # Keep the cursor's cell out from under the frozen columns when moving left.
        if (
            action == QAbstractItemView.CursorAction.MoveLeft
            and current.column() >= self.frozen_count
            and self.visualRect(current).topLeft().x() < self.frozen_width()
        ):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + self.visualRect(current).topLeft().x() - self.frozen_width())
        return current
