"""The monotowns side by side: one column per monotown, one row per figure.

Figures come from aggregate SQL over the catalog (never from loading every
premise), and a cell that counts demo records is marked as such, so an
invented number is never read as a fact.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from guide.catalog import fields as F
from guide.catalog.store import Catalog
from guide.pdf.charts import indicator_names, indicator_rows
from guide.pdf.texts import indicator_name, unit
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

    def __init__(self, *, catalog: Catalog, formatter: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.formatter = formatter
        self.towns: list[dict[str, Any]] = []
        self.metrics: list[Metric] = []
        self._cells: list[list[Cell]] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        towns = [t for t in self.catalog.all("towns") if t.get("monotown_status") == "monotown"]
        self.towns = sorted(towns, key=lambda t: self.formatter.town(t["id"]))
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
            Metric(lambda: self.tr("Свободные помещения"), lambda t: self._premises(t, "count(*)")),
            Metric(lambda: self.tr("Свободная площадь, м²"), lambda t: self._premises(t, "sum(floor_area_m2)")),
            Metric(lambda: self.tr("Наибольшая мощность, кВт"), lambda t: self._premises(t, "max(power_kw)")),
            Metric(lambda: self.tr("Свободные помещения с ж/д тупиком"),
                   lambda t: self._premises(t, "coalesce(sum(rail_siding = 1), 0)")),
            Metric(lambda: self.tr("Малые промзоны"), lambda t: self._count(t, "zones")),
            Metric(lambda: self.tr("Проекты"), lambda t: self._count(t, "projects")),
            Metric(lambda: self.tr("Инвестиции в проекты, тенге"), lambda t: self._investment(t)),
            Metric(lambda: self.tr("Местные поставщики"), lambda t: self._count(t, "suppliers", "is_local = 1")),
        ]  # fmt: skip
        names: dict[str, None] = {}
        for town in self.towns:
            for name in indicator_names(self.catalog, town["id"]):
                names.setdefault(name, None)
        for name in names:
            metrics.append(Metric(self._indicator_label(name), self._indicator(name)))
        return metrics

    def _premises(self, town: dict[str, Any], aggregate: str) -> Cell:
        # ``aggregate`` is one of the fixed expressions above, never user input.
        row = self.catalog.db.execute(
            f"SELECT {aggregate}, max(source = 'demo') FROM premises WHERE town = ? AND status = 'vacant'",  # noqa: S608
            [town["id"]],
        ).fetchone()
        return Cell(self.formatter.number(row[0] if row[0] is not None else None), demo=bool(row[1]), numeric=True)

    def _count(self, town: dict[str, Any], table: str, condition: str = "1") -> Cell:
        # ``table`` and ``condition`` are fixed names from this module, never user input.
        row = self.catalog.db.execute(
            f"SELECT count(*), max(source = 'demo') FROM {table} WHERE town = ? AND {condition}",  # noqa: S608
            [town["id"]],
        ).fetchone()
        return Cell(self.formatter.number(row[0]), demo=bool(row[1]), numeric=True)

    def _investment(self, town: dict[str, Any]) -> Cell:
        row = self.catalog.db.execute(
            "SELECT sum(investment_kzt), count(investment_kzt), count(*), max(source = 'demo') "
            "FROM projects WHERE town = ?",
            [town["id"]],
        ).fetchone()
        note = ""
        if row[2] and row[1] < row[2]:
            note = self.tr("Сумма известна по {known} из {total} проектов").format(known=row[1], total=row[2])
        return Cell(self.formatter.number(row[0]), demo=bool(row[3]), numeric=True, note=note)

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
            return Cell(text, demo=latest.get("source") == "demo", numeric=True, note=str(latest.get("source") or ""))

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
    return Cell(fmt.number(value), demo=str(record.get("source") or "") == "demo", numeric=True)
