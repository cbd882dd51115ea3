"""The one town summary, computed in SQL: what the Towns comparison, the dashboard, the PDF and the CLI show.

Vacant means :data:`guide.catalog.rules.VACANT_SQL` (a blank status is not
vacant). **Projects** are the town's *investment* projects
(``kind = 'investment'``): what an investor is offered a part in;
infrastructure projects (a heating network) are counted apart. The investment
sum is over the investment projects that state an amount, and says how many
do. Each group of figures says whether any record behind it is demo, so a
figure resting on invented data is never read as a fact.

Four aggregate queries (grouped by town) answer for every town at once;
:data:`guide.catalog.schema`'s ``premises_town_summary`` index covers the
premises one (every column it reads, since migration 0006; a test checks the plan).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from guide.catalog.rules import DEMO_SQL, VACANT_SQL

INVESTMENT = "investment"
INFRASTRUCTURE = "infrastructure"


@dataclass(frozen=True)
class TownSummary:
    town: str
    vacant_premises: int = 0
    vacant_area_m2: float | None = None  # None: no vacant premises state a floor area
    vacant_land_ha: float | None = None
    max_power_kw: float | None = None
    rail_sidings: int = 0  # vacant premises with a rail siding
    zones: int = 0
    projects: int = 0  # investment projects (see the module's note)
    infrastructure_projects: int = 0
    investment_kzt: float | None = None  # sum over the investment projects that state it
    investment_known: int = 0  # how many investment projects state an amount
    local_suppliers: int = 0
    premises_demo: bool = False
    zones_demo: bool = False
    projects_demo: bool = False
    suppliers_demo: bool = False

    @property
    def demo(self) -> bool:
        """True when any record behind these figures is demo data."""
        return self.premises_demo or self.zones_demo or self.projects_demo or self.suppliers_demo

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "demo": self.demo}


# Each query returns (town, *values) rows for the towns that {where} admits; the values map onto
# TownSummary fields in order.
_QUERIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "SELECT town, count(*), sum(floor_area_m2), sum(land_area_ha), max(power_kw), "
        f"coalesce(sum(rail_siding = 1), 0), coalesce(max({DEMO_SQL}), 0) "
        f"FROM premises WHERE {VACANT_SQL} AND {{where}} GROUP BY town",
        ("vacant_premises", "vacant_area_m2", "vacant_land_ha", "max_power_kw", "rail_sidings", "premises_demo"),
    ),
    (
        f"SELECT town, count(*), coalesce(max({DEMO_SQL}), 0) FROM zones WHERE {{where}} GROUP BY town",
        ("zones", "zones_demo"),
    ),
    (
        f"SELECT town, coalesce(sum(kind = '{INVESTMENT}'), 0), coalesce(sum(kind = '{INFRASTRUCTURE}'), 0), "
        f"sum(CASE WHEN kind = '{INVESTMENT}' THEN investment_kzt END), "
        f"count(CASE WHEN kind = '{INVESTMENT}' THEN investment_kzt END), coalesce(max({DEMO_SQL}), 0) "
        "FROM projects WHERE {where} GROUP BY town",
        ("projects", "infrastructure_projects", "investment_kzt", "investment_known", "projects_demo"),
    ),
    (
        f"SELECT town, count(*), coalesce(max({DEMO_SQL}), 0) FROM suppliers "
        "WHERE is_local = 1 AND {where} GROUP BY town",
        ("local_suppliers", "suppliers_demo"),
    ),
)
_FLAGS = {"premises_demo", "zones_demo", "projects_demo", "suppliers_demo"}


def town_summaries(catalog: Any, town_ids: Iterable[str] | None = None) -> dict[str, TownSummary]:
    """The summary of each town (every town in the catalog when ``town_ids`` is None), by town id."""
    if town_ids is None:
        ids = [row[0] for row in catalog.db.execute("SELECT id FROM towns ORDER BY id")]
        where, params = "town IS NOT NULL", []
    else:
        ids = list(dict.fromkeys(town_ids))
        where, params = f"town IN ({', '.join('?' * len(ids))})", ids
    values: dict[str, dict[str, Any]] = {town: {} for town in ids}
    for sql, names in _QUERIES:
        for row in catalog.db.execute(sql.format(where=where), params):
            found = values.get(row[0])
            if found is None:
                continue
            for name, value in zip(names, row[1:], strict=True):
                found[name] = bool(value) if name in _FLAGS else value
    return {town: TownSummary(town=town, **found) for town, found in values.items()}


def town_summary(catalog: Any, town_id: str) -> TownSummary:
    """One town's summary (all zeros for a town with no records)."""
    return town_summaries(catalog, [town_id])[town_id]


MONOTOWN = "monotown"


def monotowns(catalog: Any) -> list[dict[str, Any]]:
    """The towns compared side by side (window, PDF, CLI): those whose status is ``monotown``."""
    return [t for t in catalog.all("towns") if t.get("monotown_status") == MONOTOWN]
