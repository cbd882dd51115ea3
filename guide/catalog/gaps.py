"""The infrastructure gaps report: what the akimat must bring to which premises, and by when.

A premise has a gap when its ``missing_infrastructure`` lists anything. The
gap is *committed* when the akimat has recorded a commitment for it (text or
a due date) and *overdue* when that due date is before today. The report
groups the gaps by town and, within a town, by small industrial zone.

Totals: ``total_premises`` counts the premises with at least one gap,
``total_missing`` the missing items over all of them (a plot lacking power
and water counts 2), ``total_committed`` and ``total_overdue`` the premises
with a commitment and with an overdue one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from guide import i18n
from guide.catalog.rules import is_demo, is_overdue, parse_date, split_list


@dataclass
class GapItem:
    """One premise and the infrastructure it lacks."""

    premise_id: int
    title: str
    town: str
    zone: int | None
    missing: list[str]
    commitment: str | None
    due: str | None
    overdue: bool
    demo: bool
    status: str | None = None
    zone_name: str | None = None

    @property
    def committed(self) -> bool:
        return bool(self.commitment) or bool(self.due)

    def as_dict(self) -> dict[str, Any]:
        return {
            "premise_id": self.premise_id,
            "title": self.title,
            "town": self.town,
            "zone": self.zone,
            "zone_name": self.zone_name,
            "status": self.status,
            "missing": list(self.missing),
            "committed": self.committed,
            "commitment": self.commitment,
            "due": self.due,
            "overdue": self.overdue,
            "demo": self.demo,
        }


@dataclass
class Totals:
    premises: int = 0
    missing: int = 0
    committed: int = 0
    overdue: int = 0
    # utility code → number of premises lacking it
    by_utility: dict[str, int] = field(default_factory=dict)

    @property
    def uncommitted(self) -> int:
        return self.premises - self.committed

    def as_dict(self) -> dict[str, Any]:
        return {
            "premises": self.premises,
            "missing": self.missing,
            "committed": self.committed,
            "uncommitted": self.uncommitted,
            "overdue": self.overdue,
            "by_utility": dict(self.by_utility),
        }


def totals(items: list[GapItem]) -> Totals:
    """The counts over some gap items (a town's, a zone's, everyone's)."""
    result = Totals()
    for item in items:
        result.premises += 1
        result.missing += len(item.missing)
        result.committed += item.committed
        result.overdue += item.overdue
        for code in item.missing:
            result.by_utility[code] = result.by_utility.get(code, 0) + 1
    result.by_utility = {c: result.by_utility[c] for c in sorted(result.by_utility, key=_utility_order)}
    return result


def _utility_order(code: str) -> tuple[int, str]:
    known = i18n.codes("utility")
    return (known.index(code), code) if code in known else (len(known), code)


@dataclass
class GapsReport:
    """Every premise with a gap; ``towns`` maps town id → its items (towns in name order)."""

    items: list[GapItem]
    towns: dict[str, list[GapItem]]
    total_premises: int
    total_missing: int
    total_committed: int
    total_overdue: int
    today: dt.date | None = None

    def zones(self, town: str) -> dict[int | None, list[GapItem]]:
        """A town's items by zone id (None: premises outside any zone, listed last)."""
        grouped: dict[int | None, list[GapItem]] = {}
        for item in self.towns.get(town, []):
            grouped.setdefault(item.zone, []).append(item)
        return dict(sorted(grouped.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)))

    def totals(self, town: str | None = None) -> Totals:
        """The counts for one town, or for the whole report."""
        return totals(self.items if town is None else self.towns.get(town, []))

    @property
    def total_uncommitted(self) -> int:
        return self.total_premises - self.total_committed


def gaps_report(
    catalog: Any, *, today: dt.date | None = None, towns: list[str] | None = None, lang: str = i18n.DEFAULT_LANGUAGE
) -> GapsReport:
    """Every premise whose ``missing_infrastructure`` lists something, by town and zone.

    ``towns`` (ids) limits the report to those towns. Titles and zone names
    are in ``lang`` (falling back to the main text).
    """
    day = today or dt.date.today()
    zone_names = {z["id"]: i18n.localized(z, "name", lang)[0] for z in catalog.all("zones")}
    town_names = {t["id"]: i18n.localized(t, "name", lang)[0] for t in catalog.all("towns")}
    wanted = set(towns) if towns else None
    items: list[GapItem] = []
    for premise in catalog.all("premises"):
        missing = split_list(premise.get("missing_infrastructure"))
        if not missing or (wanted is not None and premise["town"] not in wanted):
            continue
        due = parse_date(premise.get("commitment_due"))
        commitment = (premise.get("akimat_commitment") or "").strip() or None
        items.append(
            GapItem(
                premise_id=premise["id"],
                title=i18n.localized(premise, "title", lang)[0],
                town=premise["town"],
                zone=premise.get("zone"),
                missing=missing,
                commitment=commitment,
                due=due.isoformat() if due else None,
                overdue=is_overdue(due, day),
                demo=is_demo(premise),
                status=premise.get("status"),
                zone_name=zone_names.get(premise.get("zone")),
            )
        )
    items.sort(
        key=lambda i: (
            town_names.get(i.town, i.town).casefold(),
            i.town,
            i.zone is None,
            i.zone or 0,
            i.premise_id,
        )
    )
    by_town: dict[str, list[GapItem]] = {}
    for item in items:
        by_town.setdefault(item.town, []).append(item)
    overall = totals(items)
    return GapsReport(
        items=items,
        towns=by_town,
        total_premises=overall.premises,
        total_missing=overall.missing,
        total_committed=overall.committed,
        total_overdue=overall.overdue,
        today=day,
    )
