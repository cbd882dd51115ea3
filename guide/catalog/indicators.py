"""Reading indicators: a town's (or the region's) series by year, and which indicators it has.

The window's charts and comparison table and the PDF's charts and tables read
indicators through these, so they show the same rows.
"""

from __future__ import annotations

from typing import Any


def indicator_rows(catalog: Any, town_id: str | None, name: str) -> list[dict[str, Any]]:
    """The indicator ``name`` of one town (or, for ``None``, of the region), one row per year."""
    if town_id:
        rows = [r for r in catalog.where("indicators", "town", town_id) if r["name"] == name]
    else:
        rows = [r for r in catalog.where("indicators", "name", name) if not r["town"]]
    by_year: dict[int, dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: (r["year"], r["id"])):
        by_year[int(row["year"])] = row  # the latest entry for a year wins
    return [by_year[y] for y in sorted(by_year)]


def indicator_names(catalog: Any, town_id: str | None) -> list[str]:
    """The indicator codes recorded for a town (or the region), in first-recorded order."""
    rows = catalog.where("indicators", "town", town_id) if town_id else catalog.all("indicators")
    seen: dict[str, None] = {}
    for row in rows:
        if bool(row["town"]) == bool(town_id):
            seen.setdefault(row["name"], None)
    return list(seen)


def latest_indicator(catalog: Any, town_id: str, name: str) -> dict[str, Any] | None:
    """The most recent year's row of indicator ``name`` for a town, or None."""
    rows = indicator_rows(catalog, town_id, name)
    return rows[-1] if rows else None
