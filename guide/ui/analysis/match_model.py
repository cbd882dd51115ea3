"""The table of match results: each premise's score, what it meets, misses and what is committed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QFont

from guide import i18n
from guide.catalog import quality, rules
from guide.catalog.match import MatchResult, need_label
from guide.catalog.store import Catalog
from guide.present.format import short_date
from guide.ui import palette
from guide.ui.analysis.badges import (
    badge_data,
    commitment_badge,
    completeness_badge,
    demo_badge,
    freshness_badge,
)
from guide.ui.analysis.row_model import Index, RowTableModel
from guide.ui.language import UiLanguage

ID_ROLE = Qt.ItemDataRole.UserRole
RESULT_ROLE = Qt.ItemDataRole.UserRole + 1

SHORTLIST = "shortlist"
COLUMNS: tuple[str, ...] = (
    SHORTLIST, "score", "title", "town", "kind", "misses", "committed", "meets", "source", "completeness", "as_of",
)  # fmt: skip


class MatchTableModel(RowTableModel[MatchResult]):
    """Match results, best first; sorts in memory (there is one row per premise at most)."""

    columns = COLUMNS

    def __init__(self, *, catalog: Catalog, language: UiLanguage, parent: QObject | None = None) -> None:
        super().__init__(catalog=catalog, language=language, parent=parent)
        self.today = dt.date.today()
        self._ranked: list[MatchResult] = []
        self._shortlisted: set[int] = set()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._handlers = self._cells()

    # -- contents ---------------------------------------------------------------------

    def set_results(self, results: list[MatchResult], *, today: dt.date | None = None) -> None:
        """Show ``results`` (best first, as :func:`match_premises` returns them)."""
        self.beginResetModel()
        self.today = today or dt.date.today()
        self._ranked = list(results)
        self._towns = {}
        self._shortlisted = self._read_shortlist()
        self._rows = self._sorted()
        self.endResetModel()

    def result(self, row: int) -> MatchResult:
        return self._rows[row]

    def results(self) -> list[MatchResult]:
        """The rows in the order shown."""
        return list(self._rows)

    def row_of(self, premise_id: Any) -> int | None:
        for row, result in enumerate(self._rows):
            if result.premise["id"] == premise_id:
                return row
        return None

    def _read_shortlist(self) -> set[int]:
        return {record_id for _, record_id in self.catalog.shortlist("premises")}

    def refresh_shortlist(self) -> None:
        """Re-read which premises are shortlisted (after a write to the shortlist)."""
        self._shortlisted = self._read_shortlist()
        if self._rows:
            column = COLUMNS.index(SHORTLIST)
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def is_shortlisted(self, row: int) -> bool:
        return int(self._rows[row].premise["id"]) in self._shortlisted

    # -- Qt model interface ---------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and COLUMNS[index.column()] == SHORTLIST and not self.catalog.read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips().get(key)
        return None

    def _headers(self) -> dict[str, str]:
        return {
            SHORTLIST: "★",
            "score": self.tr("Соответствие"),
            "title": self.tr("Наименование"),
            "town": self.tr("Город"),
            "kind": self.tr("Тип"),
            "meets": self.tr("Подходит"),
            "misses": self.tr("Не хватает"),
            "committed": self.tr("Обещано акиматом"),
            "source": self.tr("Данные"),
            "completeness": self.tr("Полнота"),
            "as_of": self.tr("Актуально на"),
        }

    def _header_tips(self) -> dict[str, str]:
        return {
            SHORTLIST: self.tr("В шорт-листе: отметьте, чтобы добавить в подборку для брифа"),
            "score": self.tr(
                "Насколько помещение подходит: выполненная потребность — 1, обещанная акиматом в срок — 0,6, "
                "с просроченным обещанием — 0,3, невыполненная — 0"
            ),
            "misses": self.tr("Потребности, которые помещение не выполняет и которые никто не обещал закрыть"),
            "committed": self.tr("Недостающая инфраструктура, которую акимат обязался подвести, и срок"),
            "completeness": self.tr("Доля ключевых для инвестора полей, которые заполнены"),
            "as_of": self.tr("Дата последней проверки данных; старше года — устарели"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        result = self._rows[index.row()]
        premise = result.premise
        key = COLUMNS[index.column()]
        if role == ID_ROLE:
            return premise["id"]
        if role == RESULT_ROLE:
            return result
        handler = self._handlers.get(key)
        return handler(result, role) if handler else None

    def _cells(self) -> dict[str, Callable[[MatchResult, int], Any]]:
        return {
            SHORTLIST: self._shortlist_cell,
            "score": self._score_cell,
            "title": self._title_cell,
            "town": lambda r, role: self._town(r.premise.get("town")) if role == Qt.ItemDataRole.DisplayRole else None,
            "kind": lambda r, role: (
                i18n.label("premise_kind", r.premise.get("kind"), self.lang)
                if role == Qt.ItemDataRole.DisplayRole
                else None
            ),
            "meets": self._meets_cell,
            "misses": self._misses_cell,
            "committed": self._committed_cell,
            "source": lambda r, role: badge_data(demo_badge(r.premise), role),
            "completeness": self._completeness_cell,
            "as_of": self._as_of_cell,
        }

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if COLUMNS[index.column()] != SHORTLIST or self.catalog.read_only:
            return False
        premise_id = int(self._rows[index.row()].premise["id"])
        self.catalog.set_shortlisted("premises", [premise_id], _checked(value))
        self.refresh_shortlist()
        return True

    # -- cells --------------------------------------------------------------------------

    def _labels(self, codes: list[str]) -> str:
        return ", ".join(need_label(code, self.lang) for code in codes)

    def _shortlist_cell(self, result: MatchResult, role: int) -> Any:
        marked = int(result.premise["id"]) in self._shortlisted
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if marked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("В шорт-листе") if marked else self.tr("Не в шорт-листе")
        return None

    def _score_cell(self, result: MatchResult, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{round(result.score * 100)} %"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(palette.completeness_color(result.score))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and not result.misses:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and not result.available:
            status = i18n.label("premise_status", result.premise.get("status"), self.lang)
            return self.tr("Помещение недоступно: {status}").format(status=status)
        return None

    def _title_cell(self, result: MatchResult, role: int) -> Any:
        text, fallback = i18n.localized(result.premise, "title", self.lang)
        if role == Qt.ItemDataRole.DisplayRole:
            if not result.available:
                status = i18n.label("premise_status", result.premise.get("status"), self.lang)
                return self.tr("{title} ({status})").format(title=text, status=status)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{text}\n(нет перевода, показано по-русски)").format(text=text) if fallback else text
        if role == Qt.ItemDataRole.FontRole and fallback:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not result.available:
            return QBrush(palette.MUTED)
        return None

    def _meets_cell(self, result: MatchResult, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._labels(result.meets)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(palette.GOOD)
        return None

    def _misses_cell(self, result: MatchResult, role: int) -> Any:
        plain = result.plain_misses
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [
                self.tr("{need} (нет данных)").format(need=need_label(c, self.lang))
                if c in result.unknown
                else need_label(c, self.lang)
                for c in plain
            ]
            return ", ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole and plain:
            return self.tr("Не выполнено и не обещано: {needs}").format(needs=self._labels(plain))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(palette.POOR)
        return None

    def _committed_cell(self, result: MatchResult, role: int) -> Any:
        if not result.committed:
            return None
        badge = commitment_badge(result.due, result.overdue, lang=self.lang)
        if role == Qt.ItemDataRole.DisplayRole:
            # The date first: a narrow column still shows when (and whether it is late).
            return f"{badge.text}: {self._labels(result.committed)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            text = str(result.premise.get("akimat_commitment") or "")
            return "\n".join(part for part in (badge.tooltip, text) if part)
        return badge_data(badge, role)

    def _completeness_cell(self, result: MatchResult, role: int) -> Any:
        score, missing = quality.completeness("premises", result.premise)
        badge = completeness_badge(score, missing, kind="premises", lang=self.lang)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return badge_data(badge, role)

    def _as_of_cell(self, result: MatchResult, role: int) -> Any:
        premise = result.premise
        badge = freshness_badge(premise, kind="premises", today=self.today, lang=self.lang)
        if role == Qt.ItemDataRole.DisplayRole:
            date = short_date(premise.get("as_of"), self.lang)
            return f"{date} · {badge.text}" if badge and date else (badge.text if badge else date)
        return badge_data(badge, role) if role != Qt.ItemDataRole.DisplayRole else None

    # -- sorting ------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()].premise["id"] if i.isValid() else None for i in persistent]
        self._sort = (column, order)
        self._rows = self._sorted()
        positions = {r.premise["id"]: row for row, r in enumerate(self._rows)}
        for old, premise_id in zip(persistent, ids, strict=True):
            if premise_id is None:
                continue
            self.changePersistentIndex(old, self.index(positions[premise_id], old.column()))
        self.layoutChanged.emit()

    def _sorted(self) -> list[MatchResult]:
        if self._sort is None:
            return list(self._ranked)
        column, order = self._sort
        key = self._sort_key(COLUMNS[column])
        # Sorting the ranked list keeps the ranking among equal keys.
        return sorted(self._ranked, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def _sort_key(self, column: str) -> Callable[[MatchResult], Any]:
        lang = self.lang
        keys: dict[str, Callable[[MatchResult], Any]] = {
            SHORTLIST: lambda r: int(r.premise["id"]) in self._shortlisted,
            "score": lambda r: (r.available, round(r.score, 9)),
            "title": lambda r: i18n.localized(r.premise, "title", lang)[0].casefold(),
            "town": lambda r: self._town(r.premise.get("town")).casefold(),
            "kind": lambda r: i18n.label("premise_kind", r.premise.get("kind"), lang).casefold(),
            "meets": lambda r: len(r.meets),
            "misses": lambda r: len(r.plain_misses),
            "committed": lambda r: (len(r.committed), not r.overdue),
            "source": lambda r: rules.is_demo(r.premise),
            "completeness": lambda r: quality.completeness("premises", r.premise)[0],
            "as_of": lambda r: str(r.premise.get("as_of") or ""),
        }
        return keys[column]


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value
