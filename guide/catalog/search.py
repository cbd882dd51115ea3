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
from dataclasses import dataclass, field, replace
from typing import Any

from guide.catalog import fields as F
from guide.catalog.rules import DEMO_SQL
from guide.catalog.schema import TOWN_KEY_COLUMN, town_key

# unicode61 splits on anything that is not a letter or a digit; so do we, so
# ``Балқаш-су`` is the two words the index holds.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Bounds on what a query may cost: a pasted page of text stays a fast query.
MAX_WORDS = 12
MAX_WORD_LENGTH = 64


def search_words(text: str | None) -> list[str]:
    """The words of ``text`` (letters and digits only), bounded in number and length."""
    if not text:
        return []
    return [w[:MAX_WORD_LENGTH] for w in _WORD.findall(text)[:MAX_WORDS]]


def fts_query(text: str | None) -> str | None:
    """An FTS5 MATCH expression for ``text``, or None when it has no words."""
    words = search_words(text)
    if not words:
        return None
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def fts_match(text: str | None, towns: Iterable[str] = ()) -> str | None:
    """The MATCH expression for a table's full-text index: the words, and one of ``towns`` when given.

    The words are looked for in every column but the town tokens; the towns
    are matched as those tokens (see ``schema.TOWN_KEY_COLUMN``), so the index
    intersects the two itself instead of SQLite reading every record that has
    the words, in any town.
    """
    query = fts_query(text)
    if query is None:
        return None
    match = f"- {{{TOWN_KEY_COLUMN}}} : ({query})"
    keys = [f'"{town_key(str(town))}"' for town in towns]
    if keys:
        match += f" AND {TOWN_KEY_COLUMN} : ({' OR '.join(keys)})"
    return match


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
    # What the max price is for: only prices of this unit are compared with it
    # (a monthly rent is never held against a sale price). None: any unit.
    price_unit: str | None = None
    ids: list[int] | None = None
    shortlisted: bool = False
    # None: demo and real records; True: only demo; False: only real (sourced) records.
    demo: bool | None = None

    def is_empty(self) -> bool:
        return self == Filters()


# Tables with a full-text index ``<table>_fts`` holding the town tokens.
_FTS_TABLES = tuple(k.table for k in F.KINDS.values() if k.can(F.Can.FULL_TEXT))

# Tables whose records may have no town (national and region-wide incentives and
# institutions): a town filter keeps those too, since they apply in every town.
_TOWNLESS = ("incentives", "institutions")


def _index_towns(table: str, filters: Filters) -> list[str]:
    """The towns the full-text match itself should hold (none where records without a town must pass)."""
    return [] if table in _TOWNLESS else filters.towns


# Which filters apply to which table; others are ignored there.
_HAS = {
    "premises": {"kind", "status", "area", "power", "utilities", "price"},
    "projects": {"kind", "status"},
    "zones": {"status"},
    "suppliers": {"kind"},
    "incentives": {"kind"},
    "institutions": {"kind"},
    "routes": {"kind"},
    "towns": set(),
    "indicators": set(),
    "town_status": set(),
}


def where_clause(table: str, filters: Filters, text: str | None) -> tuple[str, list[Any]]:
    """The WHERE clause (without the keyword) and its parameters."""
    has = _HAS[table]
    clauses: list[str] = []
    params: list[Any] = []
    # With words to find, the full-text index filters by town too (see fts_match).
    towns_in_index = table in _FTS_TABLES and fts_query(text) is not None and table not in _TOWNLESS
    if filters.towns and not towns_in_index:
        # A town is its own town; every other kind names its town.
        column = "town" if F.kind(table).can(F.Can.TOWN_LINK) else "id"
        clause = f"{table}.{column} IN ({', '.join('?' for _ in filters.towns)})"
        if table in _TOWNLESS:
            clause = f"({clause} OR {table}.town IS NULL)"
        clauses.append(clause)
        params.extend(filters.towns)
    sort_field = F.kind(table).sort_field
    if filters.kind and "kind" in has and sort_field:
        # "kind" filters on the field that says what sort of record it is (a supplier's niche).
        clauses.append(f"{table}.{sort_field} = ?")
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
    if "price" in has and filters.price_unit:
        clauses.append(f"{table}.price_unit = ?")
        params.append(filters.price_unit)
    if filters.ids is not None:
        clauses.append(f"{table}.id IN (SELECT value FROM json_each(?))")
        params.append("[" + ",".join(str(int(i)) for i in filters.ids) + "]")
    if filters.demo is not None and "source" in F.kind(table).codes:
        clauses.append(f"({DEMO_SQL})" if filters.demo else f"NOT ({DEMO_SQL})")
    if filters.shortlisted and F.kind(table).can(F.Can.SHORTLIST):
        clauses.append(f"{table}.id IN (SELECT record_id FROM shortlist WHERE kind = ?)")
        params.append(table)
    match = fts_query(text)
    if match is not None:
        if table == "towns":
            clauses.append("towns.id IN (SELECT town_id FROM towns_fts WHERE towns_fts MATCH ?)")
        elif table in _FTS_TABLES:
            clauses.append(f"{table}.id IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)")
            match = fts_match(text, _index_towns(table, filters))
        else:
            # Tables without a full-text index (few rows): each word must
            # appear in one of the searchable fields. Words hold no LIKE
            # wildcards: _WORD admits neither '%' nor '_'.
            match = None
            for word in search_words(text):
                columns = F.kind(table).search_fields
                clauses.append("(" + " OR ".join(f"{table}.{c} LIKE ?" for c in columns) + ")")
                params.extend([f"%{word}%"] * len(columns))
        if match is not None:
            params.append(match)
    return (" AND ".join(clauses) or "1"), params


def count_query(table: str, filters: Filters, text: str | None) -> tuple[str, list[Any]]:
    """SQL counting the records that pass, and its parameters.

    When the only filters are words and towns, the full-text index alone
    answers (it holds one row per record), without reading the records.
    """
    if (
        table in _FTS_TABLES
        and table not in _TOWNLESS
        and fts_query(text) is not None
        and replace(filters, towns=[]).is_empty()
    ):
        return f"SELECT count(*) FROM {table}_fts WHERE {table}_fts MATCH ?", [fts_match(text, filters.towns)]
    where, params = where_clause(table, filters, text)
    return f"SELECT count(*) FROM {table} WHERE {where}", params


def select_query(
    table: str, columns: Iterable[str], filters: Filters, text: str | None, *, order_by: str | None, descending: bool
) -> tuple[str, list[Any]]:
    """SQL selecting the records that pass, sorted (without LIMIT), and its parameters."""
    order = order_clause(table, columns, order_by, descending)
    match = fts_match(text, filters.towns) if table in _FTS_TABLES and table not in _TOWNLESS else None
    if match is None or order not in (f"{table}.id ASC", f"{table}.id DESC"):
        where, params = where_clause(table, filters, text)
        return f"SELECT * FROM {table} WHERE {where} ORDER BY {order}", params
    # In id order, the index gives its matches already sorted (its rowid is
    # the id): the records are read in step with them, and reading stops at
    # the page's end instead of first collecting every match. CROSS JOIN
    # keeps the index as the outer loop. The towns are in the match.
    where, params = where_clause(table, replace(filters, towns=[]), None)
    sql = (
        f"SELECT {table}.* FROM {table}_fts CROSS JOIN {table} ON {table}.id = {table}_fts.rowid "
        f"WHERE {table}_fts MATCH ? AND {where} ORDER BY {table}_fts.rowid {order.rsplit(' ', 1)[1]}"
    )
    return sql, [match, *params]


def order_clause(table: str, columns: Iterable[str], order_by: str | None, descending: bool) -> str:
    """ORDER BY for a known column; unknown names fall back to the id."""
    allowed = set(columns)
    column = order_by if order_by in allowed else "id"
    direction = "DESC" if descending else "ASC"
    if column == "id":
        # The id is never NULL: ordering by it alone lets SQLite read the
        # rows in id order and stop at the page's end, instead of sorting all.
        return f"{table}.id {direction}"
    # NULLs last either way: an unknown area is not the smallest one.
    order = f"{table}.{column} IS NULL, {table}.{column} {direction}, {table}.id {direction}"
    if column == "price_kzt" and "price_unit" in allowed:
        # Like with like: prices are ranked within their unit (totals, then monthly...), never across.
        order = f"{table}.price_unit IS NULL, {table}.price_unit, " + order
    return order
