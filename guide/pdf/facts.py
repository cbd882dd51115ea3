"""Figures the guide derives from the catalog, and the published sources the guide cites itself.

The counts and totals per town are computed from records, never typed in:
the guide prints them as "counted in this catalog", with the DEMO mark when
any counted record is demo, and never under a published source's name. The
references below are the sources of the few facts the guide's own text
states (the roadmap's aims, the officials' positions).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from guide.catalog.quality import is_demo
from guide.pdf.context import Reference
from guide.pdf.formatting import parse_date

# The seed article: the monotown list, the roadmap, the Temirtau SME belt, the
# officials. The bundled records cite it with the same link, so the guide's
# sources list shows it once.
ARTICLE = Reference(
    title="inbusiness.kz: «Сарань больше не моногород. Кто остался в списке?» (со ссылкой на сайт акимата "
    "Карагандинской области)",
    title_kk="inbusiness.kz: «Саран енді моноқала емес. Тізімде кім қалды?» (Қарағанды облысы әкімдігінің сайтына "
    "сілтемемен; мақала орыс тілінде)",
    title_en="inbusiness.kz: “Saran is no longer a monotown. Who remains on the list?” (citing the Karaganda region "
    "akimat's website; article in Russian)",
    url="https://inbusiness.kz/ru/last/saran-bolshe-ne-monogorod-kto-ostalsya-v-spiske",
    date="2024-01-01",
)
# The catalog's figures that a published source also states: the guide prints
# both, saying which is which ("in the catalog: 6; according to source [1]: 50").
SOURCED_COUNTERPARTS = {"local_suppliers": "sme_belt_local"}

VACANT = "vacant"
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
    # The same, figure by figure: a count is marked DEMO only when a record it counts is demo.
    demo_premises: bool = False
    demo_zones: bool = False
    demo_projects: bool = False
    demo_suppliers: bool = False


def utility_codes(value: Any) -> list[str]:
    """A ``;``-joined list of utility codes (``missing_infrastructure``) as a list."""
    return [code.strip() for code in str(value or "").split(";") if code.strip()]


def is_overdue(due: Any, today: dt.date) -> bool:
    """True when a commitment's due date is before ``today``."""
    day = parse_date(due)
    return day is not None and day < today


def vacant_premises(catalog: Any, town_id: str) -> list[dict[str, Any]]:
    """A town's premises on offer; no status means vacant (the field's default)."""
    return [p for p in catalog.where("premises", "town", town_id) if (p.get("status") or VACANT) == VACANT]


def town_figures(catalog: Any, town_id: str) -> TownFigures:
    premises = vacant_premises(catalog, town_id)
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
        demo_premises=any(is_demo(r) for r in premises),
        demo_zones=any(is_demo(r) for r in zones),
        demo_projects=any(is_demo(r) for r in projects if r.get("kind") == "investment"),
        demo_suppliers=any(is_demo(r) for r in local),
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


def plan_overtaken(project: dict[str, Any], today: dt.date) -> int | None:
    """The year a project's plan has passed, when its status still says it is ahead; else None.

    "Planned" with a start year before this year, or "in progress" with an end
    year before it: the record describes a plan that time has overtaken, and
    the guide must not print it as current.
    """
    status = project.get("status") or "planned"
    year = project.get("start_year") if status == "planned" else project.get("end_year")
    if status in ("planned", "in_progress") and isinstance(year, int) and year < today.year:
        return year
    return None
