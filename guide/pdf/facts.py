"""What the guide takes from the catalog: its towns, the premises it lists, status histories.

The towns' counts and totals are the catalog's one town summary
(:mod:`guide.catalog.summary`), the same the window and the CLI show.
"""

from __future__ import annotations

from typing import Any

from guide.catalog.rules import is_on_offer

# Towns that belong in a regional guide even without premises or projects.
GUIDE_STATUSES = ("monotown", "former_monotown")


def premises_on_offer(catalog: Any, town_id: str) -> list[dict[str, Any]]:
    """A town's premises the guide lists: vacant or status not given (``rules.is_on_offer``)."""
    return [p for p in catalog.where("premises", "town", town_id) if is_on_offer(p)]


def guide_towns(catalog: Any) -> list[dict[str, Any]]:
    """The towns a regional guide covers: monotowns, former monotowns, and any town with premises.

    Monotowns come first, then former monotowns, then the rest, each group by name.
    """
    order = {status: i for i, status in enumerate(GUIDE_STATUSES)}
    chosen = []
    for town in catalog.all("towns"):
        has_records = any(catalog.where(kind, "town", town["id"]) for kind in ("premises", "projects", "zones"))
        if town.get("monotown_status") in GUIDE_STATUSES or has_records:
            chosen.append(town)
    return sorted(chosen, key=lambda t: (order.get(t.get("monotown_status"), 9), str(t["name"]).casefold()))


def status_history(catalog: Any, town_id: str) -> list[dict[str, Any]]:
    return sorted(catalog.where("town_status", "town", town_id), key=lambda r: (r["year"], r["id"]))


def regional_centre(catalog: Any) -> tuple[float, float] | None:
    """Karaganda's coordinates from the catalog, if it holds them."""
    town = catalog.get("towns", "karaganda")
    if town and town.get("lat") is not None and town.get("lon") is not None:
        return float(town["lat"]), float(town["lon"])
    return None
