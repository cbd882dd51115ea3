"""The monotowns side by side: one column per monotown, one row per figure.

The town figures are the catalog's one town summary
(:func:`guide.catalog.summary.town_summaries`, aggregate SQL, never every
premise loaded), labelled and written by :mod:`guide.present.town_figures`
exactly as the PDF and ``investor-guide towns`` print them. A cell that
counts demo records is marked as such, so an invented number is never read
as a fact.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from guide.catalog import fields as F
from guide.catalog import rules
from guide.catalog.indicators import indicator_names, indicator_rows
from guide.catalog.store import Catalog
from guide.catalog.summary import TownSummary, monotowns, town_summaries
from guide.present import town_figures
from guide.present.indicators import indicator_name, unit
from guide.ui import palette
from guide.ui.formatting import Formatter

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Cell:
    text: str
    demo: bool = False
    numeric: bool = False
    note: str = ""


@dataclass
class Metric:
    """One row: its label (in the UI language) and how to compute it for a town."""

    label: Callable[[], str]
    value: Callable[[dict[str, Any]], Cell]


class ComparisonModel(QAbstractTableModel):
    """Rows are figures, columns are the monotowns (``monotown_status = monotown``)."""

    def __init__(
        self, *, catalog: Catalog, formatter: Formatter, load: bool = True, parent: QObject | None = None
    ) -> None:
        """``load=False``: empty until :meth:`reload` (the Towns page reads it when its tab is first shown)."""
        super().__init__(parent)
        self.catalog = catalog
        self.formatter = formatter
        self.towns: list[dict[str, Any]] = []
        self.metrics: list[Metric] = []
        self._cells: list[list[Cell]] = []
        self._summaries: dict[str, TownSummary] = {}
        if load:
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.towns = sorted(monotowns(self.catalog), key=lambda t: self.formatter.town(t["id"]))
        self._summaries = town_summaries(self.catalog, self.town_ids())
        self.metrics = self._metrics()
        self._cells = [[m.value(t) for t in self.towns] for m in self.metrics]
        self.endResetModel()

    def retranslate(self) -> None:
        self.reload()

    def town_ids(self) -> list[str]:
        return [t["id"] for t in self.towns]

    # -- figures ---------------------------------------------------------------------

    def _field(self, kind: str, code: str) -> Callable[[], str]:
        return lambda: F.kind(kind).field(code).label(self.formatter.lang)

    def _metrics(self) -> list[Metric]:
        fmt = self.formatter
        metrics = [
            Metric(self._field("towns", "monotown_status"),
                   lambda t: Cell(fmt.label("monotown_status", t.get("monotown_status")))),
            Metric(self._field("towns", "population"), lambda t: _number(fmt, t.get("population"), t)),
            Metric(self._field("towns", "distance_centre_km"), lambda t: _number(fmt, t.get("distance_centre_km"), t)),
            Metric(self._field("towns", "city_forming"), lambda t: Cell(fmt.text(t, "city_forming")[0])),
        ]  # fmt: skip
        metrics += [Metric(self._figure_label(f.key), self._figure(f.key)) for f in town_figures.FIGURES]
        names: dict[str, None] = {}
        for town in self.towns:
            for name in indicator_names(self.catalog, town["id"]):
                names.setdefault(name, None)
        for name in names:
            metrics.append(Metric(self._indicator_label(name), self._indicator(name)))
        return metrics

    def _figure_label(self, key: str) -> Callable[[], str]:
        return lambda: town_figures.label(key, self.formatter.lang)

    def _figure(self, key: str) -> Callable[[dict[str, Any]], Cell]:
        def value(town: dict[str, Any]) -> Cell:
            summary = self._summaries[town["id"]]
            note = ""
            if key == "investment_kzt" and summary.investment_known < summary.projects:
                note = self.tr("Сумма известна по {known} из {total} проектов").format(
                    known=summary.investment_known, total=summary.projects
                )
            text = town_figures.text(summary, key, self.formatter.lang)
            return Cell(text, demo=town_figures.is_demo(summary, key), numeric=True, note=note)

        return value

    def _indicator_label(self, name: str) -> Callable[[], str]:
        def label() -> str:
            rows = [r for t in self.towns for r in indicator_rows(self.catalog, t["id"], name)]
            shown_unit = unit(rows[-1].get("unit"), self.formatter.lang) if rows else ""
            text = indicator_name(name, self.formatter.lang)
            return f"{text}, {shown_unit}" if shown_unit else text

        return label

    def _indicator(self, name: str) -> Callable[[dict[str, Any]], Cell]:
        def value(town: dict[str, Any]) -> Cell:
            rows = indicator_rows(self.catalog, town["id"], name)
            if not rows:
                return Cell("", numeric=True)
            latest = rows[-1]
            text = f"{self.formatter.number(latest['value'])} ({latest['year']})"
            return Cell(text, demo=rules.is_demo(latest), numeric=True, note=self.formatter.marked(latest, "source"))

        return value

    # -- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.metrics)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.towns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.towns):
            return self.formatter.town(self.towns[section]["id"])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.metrics):
            return self.metrics[section].label()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text or "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [p for p in (cell.note,) if p]
            if cell.demo:
                parts.append(self.tr("Включает демо-данные: это не факт"))
            if not cell.text:
                parts.append(self.tr("Нет данных"))
            return "\n".join(parts) or None
        if role == Qt.ItemDataRole.BackgroundRole and cell.demo:
            return QBrush(palette.DEMO_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if cell.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _number(fmt: Formatter, value: Any, record: dict[str, Any]) -> Cell:
    return Cell(fmt.number(value), demo=rules.is_demo(record), numeric=True)
