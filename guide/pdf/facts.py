"""Figures the guide derives from the catalog: counts and totals per town.

Everything here is computed from records, never typed in, so a figure in
the guide is as true as the catalog and carries the catalog's sources.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from guide.catalog.rules import is_demo, is_on_offer, is_vacant

# Towns that belong in a regional guide even without premises or projects.
GUIDE_STATUSES = ("monotown", "former_monotown")


@dataclass
class TownFigures:
    vacant_premises: int
    vacant_area_m2: float
    vacant_land_ha: float
    max_power_kw: float | None
    rail_sidings: int
    zones: int
    investment_projects: int
    infrastructure_projects: int
    local_suppliers: int
    # True when any of these counts rests on demo records.
    demo: bool


def premises_on_offer(catalog: Any, town_id: str) -> list[dict[str, Any]]:
    """A town's premises the guide lists: vacant or status not given (``rules.is_on_offer``)."""
    return [p for p in catalog.where("premises", "town", town_id) if is_on_offer(p)]


def town_figures(catalog: Any, town_id: str) -> TownFigures:
    premises = [p for p in catalog.where("premises", "town", town_id) if is_vacant(p)]
    projects = catalog.where("projects", "town", town_id)
    suppliers = catalog.where("suppliers", "town", town_id)
    zones = catalog.where("zones", "town", town_id)
    powers = [float(p["power_kw"]) for p in premises if p.get("power_kw")]
    local = [s for s in suppliers if s.get("is_local")]
    counted = [*premises, *projects, *local, *zones]
    return TownFigures(
        vacant_premises=len(premises),
        vacant_area_m2=sum(float(p.get("floor_area_m2") or 0) for p in premises),
        vacant_land_ha=sum(float(p.get("land_area_ha") or 0) for p in premises),
        max_power_kw=max(powers) if powers else None,
        rail_sidings=sum(1 for p in premises if p.get("rail_siding")),
        zones=len(zones),
        investment_projects=sum(1 for p in projects if p.get("kind") == "investment"),
        infrastructure_projects=sum(1 for p in projects if p.get("kind") == "infrastructure"),
        local_suppliers=len(local),
        demo=any(is_demo(r) for r in counted),
    )


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


def latest_indicator(catalog: Any, town_id: str, name: str) -> dict[str, Any] | None:
    rows = [r for r in catalog.where("indicators", "town", town_id) if r["name"] == name]
    return max(rows, key=lambda r: (r["year"], r["id"])) if rows else None


def status_history(catalog: Any, town_id: str) -> list[dict[str, Any]]:
    return sorted(catalog.where("town_status", "town", town_id), key=lambda r: (r["year"], r["id"]))


def regional_centre(catalog: Any) -> tuple[float, float] | None:
    """Karaganda's coordinates from the catalog, if it holds them."""
    town = catalog.get("towns", "karaganda")
    if town and town.get("lat") is not None and town.get("lon") is not None:
        return float(town["lat"]), float(town["lon"])
    return None
