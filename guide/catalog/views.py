"""Read-only queries the window needs, so that no SQL lives under ``guide/ui``.

Each function answers one question about the catalog with one query; the
window's models call these and never ``catalog.db`` themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from guide.catalog import fields as F

# The kinds whose records name a town (``town`` column), for per-town counts.
TOWN_LINKED_KINDS: tuple[str, ...] = ("premises", "zones", "projects", "suppliers")


def names(catalog: Any, kind: str) -> dict[Any, dict[str, Any]]:
    """Every record of ``kind`` (towns or zones) by id, with its name in each language."""
    table = F.kind(kind).table
    return {
        row["id"]: row
        for row in catalog.db.query(f"SELECT id, name, name_kk, name_en FROM {table}")  # noqa: S608 - fixed table
    }


def town_record_counts(catalog: Any, town_id: str, kinds: tuple[str, ...] = TOWN_LINKED_KINDS) -> dict[str, int]:
    """How many records of each kind name the town (every status, demo or not)."""
    counts = {}
    for kind in kinds:
        table = F.kind(kind).table
        row = catalog.db.execute(f"SELECT count(*) FROM {table} WHERE town = ?", [town_id]).fetchone()  # noqa: S608
        counts[kind] = int(row[0])
    return counts


def premise_points(catalog: Any) -> Iterator[tuple[Any, float, float, str | None]]:
    """Every premise with coordinates as ``(id, lat, lon, status)`` in id order, one at a time.

    What the window's map keeps of each premise: at a million premises the titles alone are 130 MB
    (see :func:`premise_titles` for the few it names).
    """
    return iter(
        catalog.db.execute(
            "SELECT id, lat, lon, status FROM premises WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY id"
        )
    )


def premise_titles(catalog: Any, ids: Iterable[Any], lang: str) -> dict[Any, str]:
    """The titles of some premises in ``lang`` (Russian when untranslated), by id."""
    if lang not in ("ru", "kk", "en"):
        raise ValueError(f"unknown language {lang!r}")
    title = "title" if lang == "ru" else f"coalesce(nullif(title_{lang}, ''), title)"
    wanted = list(dict.fromkeys(ids))
    found: dict[Any, str] = {}
    for start in range(0, len(wanted), 500):  # within SQLite's limit on parameters
        chunk = wanted[start : start + 500]
        sql = f"SELECT id, {title} FROM premises WHERE id IN ({', '.join('?' * len(chunk))})"  # noqa: S608
        found.update((row[0], row[1] or "") for row in catalog.db.execute(sql, chunk))
    return found


def premise_positions(catalog: Any, lang: str) -> list[tuple[Any, ...]]:
    """Every premise with coordinates as ``(id, lat, lon, status, title in lang)``, Russian when untranslated.

    Plain tuples, not dicts: the map reads every premise, which may be 100,000 of them.
    """
    if lang not in ("ru", "kk", "en"):
        raise ValueError(f"unknown language {lang!r}")
    title = "title" if lang == "ru" else f"coalesce(nullif(title_{lang}, ''), title)"
    return list(
        catalog.db.execute(
            f"SELECT id, lat, lon, status, {title} FROM premises "  # noqa: S608 - title is fixed above
            "WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY id"
        ).fetchall()
    )
