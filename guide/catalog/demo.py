"""The demo set: finding the invented records and removing them in one step.

The bundled catalog mixes sourced facts with invented records that make the
app useful before an akimat has entered its own data (``source = "demo"``).
Once real data is in, the demo records must go all at once, and nothing real
with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from guide.catalog import fields as F
from guide.catalog.rules import DEMO_SQL

if TYPE_CHECKING:
    from guide.catalog.history import History
    from guide.catalog.store import Catalog

# Deleted in this order, so that nothing is left referring to a deleted record:
# what refers to a zone or a town goes before the zone or the town.
REMOVAL_ORDER = (
    "incentives", "institutions", "routes",
    "indicators", "town_status", "suppliers", "projects", "premises", "zones", "towns",
)  # fmt: skip
# The undo step's action: one step over many records.
REMOVE_DEMO_STEP = "remove_demo"


def demo_records(catalog: Catalog) -> dict[str, list[Any]]:
    """The ids of the demo records of every kind that has any, in removal order."""
    found: dict[str, list[Any]] = {}
    for name in REMOVAL_ORDER:
        kind = F.kind(name)
        if "source" not in kind.codes:
            continue
        # rules.DEMO_SQL is rules.is_demo in SQL: "demo" in any case, blanks around it ignored.
        ids = [row[0] for row in catalog.db.execute(f"SELECT id FROM {kind.table} WHERE {DEMO_SQL} ORDER BY id")]  # noqa: S608
        if ids:
            found[name] = ids
    return found


def remove_demo(catalog: Catalog, *, history: History | None = None) -> dict[str, int]:
    """Delete every demo record in one transaction; returns how many of each kind went.

    With ``history`` the removal is one undo step. A zone's real premises stay
    and lose their zone, as with any zone deleted; a demo town that real
    records still refer to makes the whole removal fail, changing nothing.
    """
    found = demo_records(catalog)
    if not found:
        return {}
    if history is not None:
        with history.group(REMOVE_DEMO_STEP, "premises"):
            for name, ids in found.items():
                for record_id in ids:
                    history.delete(name, record_id)
    else:
        with catalog.transaction():
            for name, ids in found.items():
                for record_id in ids:
                    catalog.delete(name, record_id)
    return {name: len(ids) for name, ids in found.items()}
