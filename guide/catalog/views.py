"""Read-only queries the window needs, so that no SQL lives under ``guide/ui``.

Each function answers one question about the catalog with one query; the
window's models call these and never ``catalog.db`` themselves.
"""

from __future__ import annotations

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
