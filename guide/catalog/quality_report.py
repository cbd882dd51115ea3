"""The data-quality check of a whole catalog, kept on disk and read a page at a time.

:func:`guide.catalog.quality.check_records` returns a list: right for the
command line and the export dialog's selection, but the Data quality page of
a catalog of a million premises held about 800,000 issues in memory (830 MB,
issue 18). A :class:`QualityReport` judges the same records with the same
rules (:func:`~guide.catalog.quality.assess`, one record at a time) and writes
each issue into a temporary table of the catalog's connection, which SQLite
keeps in a temporary file; the page then counts, filters, sorts and reads
pages of it in SQL. What a row holds is what a :class:`QualityIssue` holds,
plus the keys the page sorts by, worked out once in Python (a title or town
name folded with ``str.casefold``, which SQLite's ``lower()`` can't do for
Cyrillic).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from guide import i18n
from guide.catalog.quality import CHECKED_KINDS, QualityIssue, QualitySummary, assess
from guide.catalog.rules import STALE_AFTER_DAYS

# Issues written per statement while checking.
BATCH = 5_000
_names = itertools.count(1)

# Sort keys by the page's column keys; ties keep the check's order (kind, then id).
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "kind": ("kind_order",),
    "title": ("title_key",),
    "town": ("town_key",),
    "completeness": ("completeness",),
    "missing": ("missing_count",),
    # Unverified first (the oldest of all), then by date.
    "as_of": ("as_of IS NOT NULL", "coalesce(as_of, '')"),
    "demo": ("demo",),
}
_COLUMNS = (
    "kind", "id", "title", "town", "completeness", "missing", "stale", "unverified", "demo", "as_of", "age_days",
    "kind_order", "title_key", "town_key", "missing_count",
)  # fmt: skip
# Codes of missing fields are identifiers: a newline never occurs in one.
_SEPARATOR = "\n"


@dataclass(frozen=True)
class QualityFilter:
    """Which issues to show: of these kinds (empty: all), having any of the ticked problems."""

    kinds: tuple[str, ...] = ()
    incomplete: bool = True
    stale: bool = True
    unverified: bool = True
    demo: bool = True

    def admits(self, issue: QualityIssue) -> bool:
        if self.kinds and issue.kind not in self.kinds:
            return False
        return (
            (self.incomplete and bool(issue.missing))
            or (self.stale and issue.stale)
            or (self.unverified and issue.unverified)
            or (self.demo and issue.demo)
        )

    def where(self) -> tuple[str, list[Any]]:
        """The same test as :meth:`admits`, as SQL over a report's table, with its parameters."""
        problems = [
            column
            for column, ticked in (
                ("missing_count > 0", self.incomplete),
                ("stale", self.stale),
                ("unverified", self.unverified),
                ("demo", self.demo),
            )
            if ticked
        ]
        sql = "(" + (" OR ".join(problems) or "0") + ")"
        params: list[Any] = []
        if self.kinds:
            sql += f" AND kind IN ({', '.join('?' for _ in self.kinds)})"
            params += list(self.kinds)
        return sql, params


class QualityReport:
    """Every record of a catalog that is incomplete, stale, unverified or demo, in a temporary table.

    :meth:`check` (again after a write, or with another limit or language)
    fills it; :meth:`count`, :meth:`page` and :meth:`summary` read it.
    """

    def __init__(self, catalog: Any) -> None:
        self.catalog = catalog
        # The temporary table (a name of its own per report: two windows may each keep one).
        self.temp = f"temp.quality_report_{next(_names)}"
        self.today = dt.date.today()
        self.stale_after_days = STALE_AFTER_DAYS
        self.lang = i18n.DEFAULT_LANGUAGE
        self.checked = False

    def check(
        self,
        *,
        today: dt.date | None = None,
        stale_after_days: int = STALE_AFTER_DAYS,
        lang: str = i18n.DEFAULT_LANGUAGE,
        kinds: Iterable[str] = CHECKED_KINDS,
    ) -> None:
        """Judge every record of ``kinds`` (one at a time) and keep those with a problem."""
        self.today = today or dt.date.today()
        self.stale_after_days = stale_after_days
        self.lang = lang
        conn = self.catalog.db.conn
        towns: dict[Any, str] = {}
        order = {kind: position for position, kind in enumerate(CHECKED_KINDS)}
        insert = f"INSERT INTO {self.temp} VALUES ({', '.join('?' for _ in _COLUMNS)})"  # noqa: S608
        # Its own transaction (of the temporary database only), ended here: a
        # Python sqlite3 connection would otherwise keep the INSERTs' implicit
        # one open, and the catalog's next write would only be a savepoint in
        # it. Inside a caller's transaction, a savepoint of it.
        own = not conn.in_transaction
        conn.execute("BEGIN" if own else "SAVEPOINT quality_report")
        try:
            conn.execute(f"DROP TABLE IF EXISTS {self.temp}")
            conn.execute(f"CREATE TABLE {self.temp} ({', '.join(_COLUMNS)})")
            batch: list[tuple[Any, ...]] = []
            for kind in kinds:
                for record in self.catalog.each(kind):
                    issue = assess(kind, record, today=self.today, stale_after_days=stale_after_days, lang=lang)
                    if not (issue.missing or issue.stale or issue.unverified or issue.demo):
                        continue
                    if issue.town not in towns:
                        towns[issue.town] = self.catalog.town_name(issue.town, lang)
                    batch.append(_row(issue, order.get(kind, len(order)), towns[issue.town]))
                    if len(batch) >= BATCH:
                        conn.executemany(insert, batch)
                        batch = []
            conn.executemany(insert, batch)
        except BaseException:
            if own:
                conn.rollback()
            else:
                conn.execute("ROLLBACK TO quality_report")
                conn.execute("RELEASE quality_report")
            raise
        if own:
            conn.commit()
        else:
            conn.execute("RELEASE quality_report")
        self.checked = True

    def count(self, flt: QualityFilter | None = None) -> int:
        """How many issues pass ``flt`` (all of them without one)."""
        where, params = (flt or QualityFilter()).where()
        return int(self._execute(f"SELECT count(*) FROM {self.temp} WHERE {where}", params).fetchone()[0])  # noqa: S608

    def page(
        self,
        flt: QualityFilter | None = None,
        *,
        order_by: str | None = None,
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> list[QualityIssue]:
        """The issues passing ``flt`` in the order of a column of :data:`SORT_KEYS` (else the check's), one page."""
        where, params = (flt or QualityFilter()).where()
        direction = " DESC" if descending else ""
        keys = [f"({key}){direction}" for key in SORT_KEYS[order_by]] if order_by else []
        sql = (
            f"SELECT {', '.join(_COLUMNS[:11])} FROM {self.temp} WHERE {where} "  # noqa: S608
            f"ORDER BY {', '.join([*keys, 'rowid'])} LIMIT ? OFFSET ?"
        )
        return [_issue(row) for row in self._execute(sql, [*params, int(limit), int(offset)])]

    def summary(self) -> QualitySummary:
        """How many issues are of each sort (as :func:`guide.catalog.quality.summarize` counts them)."""
        summary = QualitySummary()
        for kind, records, incomplete, stale, unverified, demo in self._execute(
            f"SELECT kind, count(*), sum(missing_count > 0), sum(stale), sum(unverified), sum(demo) "  # noqa: S608
            f"FROM {self.temp} GROUP BY kind ORDER BY min(kind_order)"
        ):
            summary.records += records
            summary.incomplete += incomplete
            summary.stale += stale
            summary.unverified += unverified
            summary.demo += demo
            summary.by_kind[kind] = records
        return summary

    def _execute(self, sql: str, params: list[Any] | None = None) -> Any:
        if not self.checked:
            # Nothing checked yet: an empty table answers every question.
            self.check(kinds=())
        return self.catalog.db.execute(sql, params or [])


def _row(issue: QualityIssue, kind_order: int, town_name: str) -> tuple[Any, ...]:
    return (
        issue.kind,
        issue.id,
        issue.title,
        issue.town,
        issue.completeness,
        _SEPARATOR.join(issue.missing),
        issue.stale,
        issue.unverified,
        issue.demo,
        issue.as_of,
        issue.age_days,
        kind_order,
        issue.title.casefold(),
        town_name.casefold(),
        len(issue.missing),
    )


def _issue(row: tuple[Any, ...]) -> QualityIssue:
    kind, record_id, title, town, completeness, missing, stale, unverified, demo, as_of, age_days = row
    return QualityIssue(
        kind=kind,
        id=record_id,
        title=title,
        town=town,
        completeness=completeness,
        missing=missing.split(_SEPARATOR) if missing else [],
        stale=bool(stale),
        demo=bool(demo),
        as_of=as_of,
        unverified=bool(unverified),
        age_days=age_days,
    )
