"""Full-text queries and structured filters, built safely from user input.

User text never reaches SQL or FTS5 syntax as code: each word is quoted as an
FTS5 string (so ``AND``, ``NEAR(``, ``"`` and ``a:b`` are plain words), every
word must match, and the last one matches as a prefix for search-as-you-type.
Filter values are always bound parameters; column names come from our own
field tables, never from the user.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# unicode61 splits on anything that is not a letter or a digit; so do we, so
# ``Балқаш-су`` is the two words the index holds.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Bounds on what a query may cost: a pasted page of text stays a fast query.
MAX_WORDS = 12
MAX_WORD_LENGTH = 64


def fts_query(text: str | None) -> str | None:
    """An FTS5 MATCH expression for ``text``, or None when it has no words."""
    if not text:
        return None
    words = _WORD.findall(text)[:MAX_WORDS]
    if not words:
        return None
    quoted = ['"' + w[:MAX_WORD_LENGTH].replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


@dataclass
class Filters:
    """Structured filters; None means "any". They combine with AND."""

    towns: list[str] = field(default_factory=list)
    kind: str | None = None
    status: str | None = None
    min_area_m2: float | None = None
    min_power_kw: float | None = None
    gas: bool = False
    water: bool = False
    heating: bool = False
    sewerage: bool = False
    rail_siding: bool = False
    max_price_kzt: float | None = None
    ids: list[int] | None = None
    shortlisted: bool = False

    def is_empty(self) -> bool:
        return self == Filters()


# Which filters apply to which table; others are ignored there.
_HAS = {
    "premises": {"kind", "status", "area", "power", "utilities", "price"},
    "projects": {"kind", "status"},
    "zones": {"status"},
    "suppliers": {"niche"},
    "towns": set(),
    "indicators": set(),
    "town_status": set(),
}


def where_clause(table: str, filters: Filters, text: str | None) -> tuple[str, list[Any]]:
    """The WHERE clause (without the keyword) and its parameters."""
    has = _HAS[table]
    clauses: list[str] = []
    params: list[Any] = []
    if filters.towns:
        column = "id" if table == "towns" else "town"
        clauses.append(f"{table}.{column} IN ({', '.join('?' for _ in filters.towns)})")
        params.extend(filters.towns)
    if filters.kind and "kind" in has:
        clauses.append(f"{table}.kind = ?")
        params.append(filters.kind)
    elif filters.kind and "niche" in has:
        clauses.append(f"{table}.niche = ?")
        params.append(filters.kind)
    if filters.status and "status" in has:
        clauses.append(f"{table}.status = ?")
        params.append(filters.status)
    if "area" in has and filters.min_area_m2 is not None:
        clauses.append(f"{table}.floor_area_m2 >= ?")
        params.append(filters.min_area_m2)
    if "power" in has and filters.min_power_kw is not None:
        clauses.append(f"{table}.power_kw >= ?")
        params.append(filters.min_power_kw)
    if "utilities" in has:
        for flag in ("gas", "water", "heating", "sewerage", "rail_siding"):
            if getattr(filters, flag):
                clauses.append(f"{table}.{flag} = 1")
    if "price" in has and filters.max_price_kzt is not None:
        clauses.append(f"{table}.price_kzt <= ?")
        params.append(filters.max_price_kzt)
    if filters.ids is not None:
        clauses.append(f"{table}.id IN (SELECT value FROM json_each(?))")
        params.append("[" + ",".join(str(int(i)) for i in filters.ids) + "]")
    if filters.shortlisted and table in ("premises", "projects"):
        clauses.append(f"{table}.id IN (SELECT record_id FROM shortlist WHERE kind = ?)")
        params.append(table)
    match = fts_query(text)
    if match is not None:
        if table == "towns":
            clauses.append("towns.id IN (SELECT town_id FROM towns_fts WHERE towns_fts MATCH ?)")
        elif table in ("premises", "projects", "suppliers", "zones"):
            clauses.append(f"{table}.id IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)")
        else:
            clauses.append(f"{table}.name LIKE ?")
            match = f"%{text}%"
        params.append(match)
    return (" AND ".join(clauses) or "1"), params


def order_clause(table: str, columns: Iterable[str], order_by: str | None, descending: bool) -> str:
    """ORDER BY for a known column; unknown names fall back to the id."""
    allowed = set(columns)
    column = order_by if order_by in allowed else "id"
    direction = "DESC" if descending else "ASC"
    # NULLs last either way: an unknown area is not the smallest one.
    return f"{table}.{column} IS NULL, {table}.{column} {direction}, {table}.id {direction}"
