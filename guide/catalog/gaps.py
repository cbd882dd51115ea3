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


def _zone_names(catalog: Any, lang: str) -> dict[Any, str]:
    return {z["id"]: i18n.localized(z, "name", lang)[0] for z in catalog.all("zones")}


def _town_order(town_names: dict[str, str], town: str) -> tuple[str, str]:
    """Towns in name order (in the report's language), then by id."""
    return town_names.get(town, town).casefold(), town


def _zone_order(zone: int | None) -> tuple[bool, int]:
    """Zones by id, premises outside any zone last."""
    return zone is None, zone or 0


def _gap_item(premise: dict[str, Any], day: dt.date, lang: str, zone_names: dict[Any, str]) -> GapItem | None:
    """The premise's gap, or None when it lacks nothing."""
    missing = split_list(premise.get("missing_infrastructure"))
    if not missing:
        return None
    due = parse_date(premise.get("commitment_due"))
    commitment = (premise.get("akimat_commitment") or "").strip() or None
    return GapItem(
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


def gaps_report(
    catalog: Any, *, today: dt.date | None = None, towns: list[str] | None = None, lang: str = i18n.DEFAULT_LANGUAGE
) -> GapsReport:
    """Every premise whose ``missing_infrastructure`` lists something, by town and zone.

    ``towns`` (ids) limits the report to those towns. Titles and zone names
    are in ``lang`` (falling back to the main text).
    """
    day = today or dt.date.today()
    zone_names = _zone_names(catalog, lang)
    town_names = {t["id"]: i18n.localized(t, "name", lang)[0] for t in catalog.all("towns")}
    wanted = set(towns) if towns else None
    items: list[GapItem] = []
    for premise in catalog.all("premises"):
        if wanted is not None and premise["town"] not in wanted:
            continue
        item = _gap_item(premise, day, lang, zone_names)
        if item is not None:
            items.append(item)
    items.sort(key=lambda i: (*_town_order(town_names, i.town), *_zone_order(i.zone), i.premise_id))
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


# -- the same report aggregated in SQL, its premises read a page at a time (the window's page) -----
#
# At 100,000 premises the report above holds 86,000 items (and the window a tree item for each):
# 860 MB with the data-quality page. The window asks instead for the counts by town, zone, list of
# missing items and the two flags, which SQLite sums in one pass, and reads a zone's premises when
# they are shown. The rules stay the Python ones above: SQLite calls them as functions.


def _sql_missing(value: Any) -> str | None:
    """The missing items as one ``;``-joined list (``split_list``'s reading); None when it lists none."""
    return ";".join(split_list(value)) or None


def _sql_due(value: Any) -> str | None:
    """A commitment's due date as ISO text, read as ``parse_date`` reads it; None for none."""
    due = parse_date(value)
    return due.isoformat() if due else None


def _sql_text(value: Any) -> str | None:
    """The commitment text, blank as None."""
    return (value or "").strip() or None


def _register_functions(catalog: Any) -> None:
    connection = catalog.db.conn
    connection.create_function("gap_missing", 1, _sql_missing, deterministic=True)
    connection.create_function("gap_due", 1, _sql_due, deterministic=True)
    connection.create_function("gap_text", 1, _sql_text, deterministic=True)


_COMMITTED_SQL = "(gap_text(akimat_commitment) IS NOT NULL OR gap_due(commitment_due) IS NOT NULL)"
_OVERDUE_SQL = "coalesce(gap_due(commitment_due) < ?, 0)"
# The cheap test first: most premises with nothing missing have the column empty.
_HAS_GAP_SQL = "missing_infrastructure IS NOT NULL AND missing_infrastructure <> '' AND gap_missing(missing_infrastructure) IS NOT NULL"


@dataclass(frozen=True)
class GapGroup:
    """How many premises of a town and zone lack the same items with the same commitment state."""

    missing: tuple[str, ...]
    committed: bool
    overdue: bool
    premises: int

    def shown(self, *, only_overdue: bool = False, only_uncommitted: bool = False) -> bool:
        """Whether the window's two filters admit these premises."""
        return not (only_overdue and not self.overdue) and not (only_uncommitted and self.committed)


def _group_totals(groups: list[GapGroup]) -> Totals:
    """:func:`totals` of the items the groups count, without the items."""
    result = Totals()
    by_utility: dict[str, int] = {}
    for group in groups:
        result.premises += group.premises
        result.missing += len(group.missing) * group.premises
        result.committed += group.premises if group.committed else 0
        result.overdue += group.premises if group.overdue else 0
        for code in group.missing:
            by_utility[code] = by_utility.get(code, 0) + group.premises
    result.by_utility = {c: by_utility[c] for c in sorted(by_utility, key=_utility_order)}
    return result


@dataclass
class GapZone:
    """A zone of a town (``zone`` None: the premises outside any zone) and its groups of premises."""

    town: str
    zone: int | None
    name: str | None
    groups: list[GapGroup] = field(default_factory=list)

    def shown(self, *, only_overdue: bool = False, only_uncommitted: bool = False) -> int:
        """How many of its premises the filters admit."""
        return sum(
            g.premises for g in self.groups if g.shown(only_overdue=only_overdue, only_uncommitted=only_uncommitted)
        )


@dataclass
class GapTown:
    """A town with gaps: its totals (over all its premises with gaps) and its zones in report order."""

    town: str
    totals: Totals
    zones: list[GapZone]


@dataclass
class GapsOverview:
    """What :func:`gaps_report` says, without its items: the towns in name order, their zones, the totals."""

    towns: list[GapTown]
    totals: Totals
    today: dt.date


def gaps_overview(
    catalog: Any, *, today: dt.date | None = None, towns: list[str] | None = None, lang: str = i18n.DEFAULT_LANGUAGE
) -> GapsOverview:
    """:func:`gaps_report`'s towns, zones and totals, counted by SQLite in one pass over the premises."""
    day = today or dt.date.today()
    _register_functions(catalog)
    where, params = _HAS_GAP_SQL, [day.isoformat()]
    if towns:
        where += f" AND town IN ({', '.join('?' * len(towns))})"
        params += list(towns)
    sql = (
        f"SELECT town, zone, gap_missing(missing_infrastructure), {_COMMITTED_SQL}, {_OVERDUE_SQL}, count(*) "
        f"FROM premises WHERE {where} GROUP BY 1, 2, 3, 4, 5"
    )
    zone_names = _zone_names(catalog, lang)
    town_names = {t["id"]: i18n.localized(t, "name", lang)[0] for t in catalog.all("towns")}
    zones: dict[tuple[str, Any], GapZone] = {}
    for town, zone, missing, committed, overdue, count in catalog.db.execute(sql, params):
        found = zones.get((town, zone))
        if found is None:
            found = zones[(town, zone)] = GapZone(town=town, zone=zone, name=zone_names.get(zone))
        found.groups.append(GapGroup(tuple(missing.split(";")), bool(committed), bool(overdue), int(count)))
    by_town: dict[str, list[GapZone]] = {}
    for key in sorted(zones, key=lambda k: (*_town_order(town_names, k[0]), *_zone_order(k[1]))):
        by_town.setdefault(key[0], []).append(zones[key])
    result = [
        GapTown(town=town, totals=_group_totals([g for z in town_zones for g in z.groups]), zones=town_zones)
        for town, town_zones in by_town.items()
    ]
    everything = _group_totals([g for t in result for z in t.zones for g in z.groups])
    return GapsOverview(towns=result, totals=everything, today=day)


def gap_items(
    catalog: Any,
    town: str,
    zone: int | None,
    *,
    today: dt.date,
    lang: str = i18n.DEFAULT_LANGUAGE,
    only_overdue: bool = False,
    only_uncommitted: bool = False,
    after: int | None = None,
    limit: int = 200,
) -> list[GapItem]:
    """A page of a zone's premises with gaps (:func:`gaps_report`'s items), in id order after ``after``."""
    _register_functions(catalog)
    where, params = f"town = ? AND zone IS ? AND {_HAS_GAP_SQL}", [town, zone]
    if only_overdue:
        where += f" AND {_OVERDUE_SQL}"
        params.append(today.isoformat())
    if only_uncommitted:
        where += f" AND NOT {_COMMITTED_SQL}"
    if after is not None:
        where += " AND id > ?"
        params.append(after)
    rows = catalog.db.query(f"SELECT * FROM premises WHERE {where} ORDER BY id LIMIT ?", [*params, limit])
    name = _zone_name(catalog, zone, lang) if zone is not None else None
    zone_names = {zone: name} if name is not None else {}
    return [item for row in rows if (item := _gap_item(row, today, lang, zone_names)) is not None]


def _zone_name(catalog: Any, zone: int, lang: str) -> str | None:
    record = catalog.get("zones", zone)
    return i18n.localized(record, "name", lang)[0] if record else None
