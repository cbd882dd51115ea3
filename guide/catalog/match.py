"""Matching an investor's (or a project's) needs to the premises that can meet them.

Each need a premise is judged on has a code (see :data:`NEED_CODES`). Per
need a premise either *meets* it now or *misses* it. A miss is *committed*
when it is a utility listed in the premise's ``missing_infrastructure`` and
the akimat has recorded a commitment (``akimat_commitment`` text or a
``commitment_due`` date); such a commitment is *overdue* when its due date is
before today.

The towns asked for are a requirement (:data:`REQUIREMENTS`): premises
elsewhere are not judged, and a premise that meets none of the other needs
is not listed. The score is the mean over the other needs asked for of: met 1, committed on time
:data:`COMMITTED_WEIGHT`, committed but overdue :data:`OVERDUE_WEIGHT`,
plain miss 0. So for any one need met > committed > overdue > missing, and a
premise that meets everything scores 1. Results are sorted by score, best
first (ties: fewer unknown figures, then lower id).

Only premises on offer are matched by default (:func:`guide.catalog.rules.is_on_offer`:
vacant, or status not given): a reserved, leased or sold premise can't be had.
With ``Needs.include_unavailable`` they are listed too, after every one on offer.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from guide import i18n
from guide.catalog.rules import ON_OFFER_SQL, is_on_offer, is_overdue, parse_date, split_list

COMMITTED_WEIGHT = 0.6
OVERDUE_WEIGHT = 0.3

# Need codes in the order results list them, with their labels.
NEED_LABELS: dict[str, dict[str, str]] = {
    "town": {"ru": "Город", "kk": "Қала", "en": "Town"},
    "kind": {"ru": "Тип объекта", "kk": "Нысан түрі", "en": "Kind"},
    "area": {"ru": "Площадь", "kk": "Аудан", "en": "Area"},
    "power": {"ru": "Мощность", "kk": "Қуат", "en": "Power"},
    "gas": {"ru": "Газ", "kk": "Газ", "en": "Gas"},
    "water": {"ru": "Водоснабжение", "kk": "Сумен жабдықтау", "en": "Water"},
    "heating": {"ru": "Теплоснабжение", "kk": "Жылумен жабдықтау", "en": "Heating"},
    "sewerage": {"ru": "Канализация", "kk": "Кәріз", "en": "Sewerage"},
    "rail_siding": {"ru": "Ж/д тупик", "kk": "Теміржол тұйығы", "en": "Rail siding"},
    "price": {"ru": "Цена", "kk": "Баға", "en": "Price"},
    "distance_rail": {"ru": "До ж/д станции", "kk": "Теміржол бекетіне дейін", "en": "To railway station"},
}
NEED_CODES: tuple[str, ...] = tuple(NEED_LABELS)

# Needs the akimat can close by bringing infrastructure: need code → the
# utility code used in ``missing_infrastructure``.
COMMITTABLE: dict[str, str] = {
    "power": "power",
    "gas": "gas",
    "water": "water",
    "heating": "heating",
    "sewerage": "sewerage",
    "rail_siding": "rail_siding",
}

# Needs that are requirements, not preferences: a premise elsewhere is not listed at all, and the
# score is over the other needs (an investor who asks for Temirtau does not want Balkhash at 80 %).
REQUIREMENTS = frozenset({"town"})

M2_PER_HA = 10_000


def need_label(code: str, lang: str = i18n.DEFAULT_LANGUAGE) -> str:
    """A need code's label in ``lang``."""
    labels = NEED_LABELS.get(code)
    if labels is None:
        return code
    return labels.get(lang) or labels[i18n.DEFAULT_LANGUAGE]


@dataclass
class Needs:
    """What an investor or a project needs from a site. Empty/None/False: not asked for."""

    towns: list[str] = field(default_factory=list)
    kind: str | None = None
    min_area_m2: float | None = None
    min_power_kw: float | None = None
    gas: bool = False
    water: bool = False
    heating: bool = False
    sewerage: bool = False
    rail: bool = False
    max_price_kzt: float | None = None
    # The unit of max_price_kzt (price_unit codes); a price of another unit is not compared with it.
    price_unit: str | None = None
    max_distance_rail_km: float | None = None
    # Also list reserved, leased and sold premises (ranked after the vacant ones).
    include_unavailable: bool = False

    def codes(self) -> list[str]:
        """The need codes asked for, in :data:`NEED_CODES` order."""
        asked = {
            "town": bool(self.towns),
            "kind": self.kind is not None,
            "area": self.min_area_m2 is not None,
            "power": self.min_power_kw is not None,
            "gas": self.gas,
            "water": self.water,
            "heating": self.heating,
            "sewerage": self.sewerage,
            "rail_siding": self.rail,
            "price": self.max_price_kzt is not None,
            "distance_rail": self.max_distance_rail_km is not None,
        }
        return [code for code in NEED_CODES if asked[code]]

    def is_empty(self) -> bool:
        return not self.codes()

    def override(self, **changes: Any) -> Needs:
        """A copy with the given fields replaced; None, an empty list or False leave a field as it is."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise TypeError(f"unknown needs: {', '.join(sorted(unknown))}")
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        for name, value in changes.items():
            if value is None or value == [] or value is False:
                continue
            values[name] = list(value) if name == "towns" else value
        return Needs(**values)


def needs_from_project(project: Mapping[str, Any]) -> Needs:
    """The needs stored on a project (its ``need_*`` fields); its town is the town wanted."""

    def number(code: str) -> float | None:
        value = project.get(code)
        return None if value is None or value == "" else float(value)

    town = project.get("town")
    return Needs(
        towns=[str(town)] if town else [],
        kind=project.get("need_kind") or None,
        min_area_m2=number("need_min_area_m2"),
        min_power_kw=number("need_min_power_kw"),
        gas=bool(project.get("need_gas")),
        water=bool(project.get("need_water")),
        heating=bool(project.get("need_heating")),
        sewerage=bool(project.get("need_sewerage")),
        rail=bool(project.get("need_rail")),
        max_price_kzt=number("need_max_price_kzt"),
        # The unit qualifies the maximum price; without one it says nothing.
        price_unit=(project.get("need_price_unit") or None) if number("need_max_price_kzt") is not None else None,
        max_distance_rail_km=number("need_max_distance_rail_km"),
    )


@dataclass
class MatchResult:
    """One premise judged against the needs."""

    premise: dict
    score: float
    meets: list[str]
    misses: list[str]
    # The misses the akimat has committed to close (a subset of ``misses``).
    committed: list[str]
    due: str | None
    overdue: bool
    # The misses whose figure the premise doesn't record (also in ``misses``).
    unknown: list[str] = field(default_factory=list)
    available: bool = True

    @property
    def id(self) -> Any:
        return self.premise["id"]

    @property
    def plain_misses(self) -> list[str]:
        """The misses nobody has committed to close."""
        return [code for code in self.misses if code not in self.committed]

    def as_dict(self, lang: str = i18n.DEFAULT_LANGUAGE) -> dict[str, Any]:
        """The JSON object ``match --json`` prints (without the town's name)."""
        premise = self.premise
        return {
            "id": premise["id"],
            "title": i18n.localized(premise, "title", lang)[0],
            "town": premise.get("town"),
            "score": round(self.score, 3),
            "meets": list(self.meets),
            "misses": list(self.misses),
            "committed": list(self.committed),
            "unknown": list(self.unknown),
            "due": self.due,
            "overdue": self.overdue,
            "status": premise.get("status"),
            "kind": premise.get("kind"),
            "source": premise.get("source"),
            "as_of": premise.get("as_of"),
        }


# Each check: (premise, needs) → True met, False missed, None figure unknown (a miss).
Check = Callable[[Mapping[str, Any], Needs], bool | None]


def _at_least(value: Any, minimum: float | None) -> bool | None:
    if value is None:
        return None
    return float(value) >= float(minimum or 0)


def _area_m2(premise: Mapping[str, Any]) -> float | None:
    # A plot has no floor area; its land area is the room it offers.
    if premise.get("floor_area_m2") is not None:
        return float(premise["floor_area_m2"])
    if premise.get("land_area_ha") is not None:
        return float(premise["land_area_ha"]) * M2_PER_HA
    return None


def _flag(code: str) -> Check:
    def check(premise: Mapping[str, Any], needs: Needs) -> bool | None:
        value = premise.get(code)
        return None if value is None else bool(value)

    return check


def _distance_rail(premise: Mapping[str, Any], needs: Needs) -> bool | None:
    distance = premise.get("distance_rail_km")
    if distance is None:
        # A siding on site is as close to the railway as it gets.
        return True if premise.get("rail_siding") else None
    return float(distance) <= float(needs.max_distance_rail_km or 0)


def _price(premise: Mapping[str, Any], needs: Needs) -> bool | None:
    price = premise.get("price_kzt")
    if price is None:
        return None
    if needs.price_unit and premise.get("price_unit") != needs.price_unit:
        return None  # a sale price says nothing about a monthly budget: unknown, not met or missed
    return float(price) <= float(needs.max_price_kzt or 0)


CHECKS: dict[str, Check] = {
    "town": lambda p, n: p.get("town") in n.towns,
    "kind": lambda p, n: None if p.get("kind") is None else p.get("kind") == n.kind,
    "area": lambda p, n: _at_least(_area_m2(p), n.min_area_m2),
    "power": lambda p, n: _at_least(p.get("power_kw"), n.min_power_kw),
    "gas": _flag("gas"),
    "water": _flag("water"),
    "heating": _flag("heating"),
    "sewerage": _flag("sewerage"),
    "rail_siding": _flag("rail_siding"),
    "price": _price,
    "distance_rail": _distance_rail,
}


def match_premise(premise: dict, needs: Needs, *, today: dt.date | None = None) -> MatchResult:
    """Judge one premise against the needs."""
    day = today or dt.date.today()
    lacking = set(split_list(premise.get("missing_infrastructure")))
    has_commitment = bool((premise.get("akimat_commitment") or "").strip()) or bool(premise.get("commitment_due"))
    due_date = parse_date(premise.get("commitment_due"))
    overdue_commitment = is_overdue(due_date, day)
    meets: list[str] = []
    misses: list[str] = []
    committed: list[str] = []
    unknown: list[str] = []
    points = 0.0
    asked = needs.codes()
    for code in asked:
        verdict = CHECKS[code](premise, needs)
        if verdict:
            meets.append(code)
            if code not in REQUIREMENTS:
                points += 1.0
            continue
        misses.append(code)
        if verdict is None:
            unknown.append(code)
        if has_commitment and COMMITTABLE.get(code) in lacking:
            committed.append(code)
            points += OVERDUE_WEIGHT if overdue_commitment else COMMITTED_WEIGHT
    scored = [code for code in asked if code not in REQUIREMENTS]
    if any(code in REQUIREMENTS for code in misses):
        score = 0.0
    else:
        score = points / len(scored) if scored else 1.0
    return MatchResult(
        premise=premise,
        score=score,
        meets=meets,
        misses=misses,
        committed=committed,
        due=due_date.isoformat() if committed and due_date else None,
        overdue=bool(committed) and overdue_commitment,
        unknown=unknown,
        available=is_on_offer(premise),
    )


RankKey = tuple[bool, float, int, Any]


def rank_key(result: MatchResult) -> RankKey:
    """The order of results: on offer first, best score, fewest unknown figures, lowest id."""
    # Rounded so that equal sums added in another order still tie.
    return (not result.available, -round(result.score, 9), len(result.unknown), result.premise["id"])


def match_premises(
    catalog: Any, needs: Needs, *, today: dt.date | None = None, limit: int | None = None
) -> list[MatchResult]:
    """The premises in the towns asked for (on offer, unless ``include_unavailable``) judged against
    ``needs``, best first (:func:`rank_key`); those that score 0 are left out.

    The result is what judging every premise would give, in the same order, but only the premises
    that could still make the best ``limit`` are read and judged: SQL lists the candidates with an
    upper bound of their score (:func:`_candidates_query`), most promising first, and the search stops at
    the first one whose best possible rank is worse than the ``limit``-th result found so far.
    """
    day = today or dt.date.today()
    if limit is not None and limit < 0:
        # A negative limit slices off the end; only the whole list can say where that is.
        return match_premises(catalog, needs, today=day)[:limit]
    if limit == 0:
        return []
    # With a limit most candidates judged are not returned: judge them on the columns the checks read
    # and read the whole records of the results only. Without one, nearly all of them are returned.
    columns = None if limit is None else JUDGED_COLUMNS
    # The candidates, their columns and the results' whole records from one state of the catalog.
    with catalog.reading():
        results = _best_candidates(catalog, needs, day, limit, columns)
        return results if columns is None else _with_whole_records(catalog, results, needs, day)


def _best_candidates(
    catalog: Any, needs: Needs, day: dt.date, limit: int | None, columns: tuple[str, ...] | None
) -> list[MatchResult]:
    """The best ``limit`` (or all) results, judged on ``columns`` of the premises (whole records if None)."""
    scale = _MET * max(len(_scored(needs)), 1)  # the bound that stands for a score of 1
    row_bound = _bound(needs, whole_row=True)
    kept: list[MatchResult] = []
    worst: RankKey | None = None  # the limit-th result's key once there are limit results
    candidates = _candidate_rows(catalog, needs, None if limit is None else 4 * limit + 64)
    try:
        size = 64 if limit is None else limit + 16
        more = True
        while more:
            # Read no further than needed: the rows come in bound order, so once one can't rank,
            # no later one can either.
            reachable: list[Any] = []
            for row in candidates:
                if not _can_rank(row, worst, scale):
                    more = False
                    break
                reachable.append(row[0])
                if len(reachable) == size:
                    break
            else:
                more = False
            for premise in _premises(catalog, reachable, columns, row_bound, worst, scale):
                result = match_premise(premise, needs, today=day)
                # A premise that meets none of the needs (and has no commitment towards any) is no match.
                if result.score > 0 and (needs.include_unavailable or result.available):
                    kept.append(result)
            kept.sort(key=rank_key)
            if limit is not None and len(kept) >= limit:
                del kept[limit:]
                worst = rank_key(kept[-1])
            size = min(size * 2, 1000)
    finally:
        candidates.close()
    return kept


def _candidate_rows(catalog: Any, needs: Needs, first: int | None) -> Generator[tuple[Any, Any, int]]:
    """The candidates as (id, on offer, bound), in the order of :func:`_candidates_query`.

    The ``first`` come from a query with that LIMIT (SQLite then keeps only so many while it scans
    instead of sorting every premise of the town); the rest, if the caller reads on, from a second
    query that starts after the last of them.
    """
    sql, params = _candidates_query(needs)
    if first is not None:
        cursor = catalog.db.execute(f"{sql} LIMIT ?", [*params, first])
        read = 0
        try:
            for row in cursor:
                read += 1
                yield row
        finally:
            cursor.close()
        if read < first:
            return
        last_id, on_offer, bound = row
        sql, params = _candidates_query(needs, after=(on_offer, bound, last_id))
    cursor = catalog.db.execute(sql, params)
    try:
        yield from cursor
    finally:
        cursor.close()


# What match_premise reads of a premise (a check that reads another column must add it here).
JUDGED_COLUMNS: tuple[str, ...] = (
    "id",
    "town",
    "status",
    "kind",
    "floor_area_m2",
    "land_area_ha",
    "power_kw",
    "gas",
    "water",
    "heating",
    "sewerage",
    "rail_siding",
    "price_kzt",
    "price_unit",
    "distance_rail_km",
    "missing_infrastructure",
    "akimat_commitment",
    "commitment_due",
)


def _premises(
    catalog: Any,
    ids: list[Any],
    columns: tuple[str, ...] | None,
    bound: tuple[str, list[Any]] = ("1", []),
    worst: RankKey | None = None,
    scale: int = 1,
) -> list[dict]:
    """The premises ``ids`` whose ``bound`` (SQL over the whole row and its parameters) is above 0 and
    can still rank before ``worst``: their ``columns``, or whole records (as ``catalog.get`` gives them).
    """
    bound_sql, bound_params = bound
    selected = "*" if columns is None else ", ".join(columns)
    found: list[dict] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        cursor = catalog.db.execute(
            f"SELECT id, {ON_OFFER_SQL}, {bound_sql}, {selected} FROM premises WHERE id IN ({marks})",
            [*bound_params, *chunk],
        )
        names = [d[0] for d in cursor.description[3:]]
        for row in cursor:
            if row[2] > 0 and _can_rank(row[:3], worst, scale):
                found.append(dict(zip(names, row[3:], strict=True)))
    return found


def _with_whole_records(catalog: Any, results: list[MatchResult], needs: Needs, day: dt.date) -> list[MatchResult]:
    """``results`` judged again on the premises' whole records (which callers show and print)."""
    whole = {premise["id"]: premise for premise in _premises(catalog, [r.id for r in results], None)}
    again = [match_premise(whole[r.id], needs, today=day) for r in results]
    for before, after in zip(results, again, strict=True):
        if rank_key(before) != rank_key(after):
            # A check read a column JUDGED_COLUMNS lacks: the ranking above may be wrong, so say so loudly.
            raise RuntimeError(
                f"premise {after.id} ranks differently on JUDGED_COLUMNS; add the column its checks read"
            )
    return again


# Upper bounds of a premise's score in SQL, in whole numbers of BOUND_SCALE per need (so that equal
# bounds are equal). A need's bound must never be below the points match_premise can give it.
# Over the columns of the covering index ``premises_needs`` alone, to order every premise of a town
# without reading the table, a column the index lacks (the land area, the distance to the railway, the
# commitments) is taken to favour the premise; over the whole row (read for the few candidates judged)
# the bound is tighter and spares judging the premises it rules out.
BOUND_SCALE = 10
_MET = BOUND_SCALE
_COMMITTABLE_MISS = math.ceil(max(COMMITTED_WEIGHT, OVERDUE_WEIGHT) * BOUND_SCALE - 1e-9)
_FLAG_COLUMNS = ("gas", "water", "heating", "sewerage", "rail_siding")
# Whether a premise may have a commitment: match_premise also strips the text.
_MAY_HAVE_COMMITMENT = "(coalesce(akimat_commitment, '') <> '' OR coalesce(commitment_due, '') <> '')"


def _need_bound(code: str, needs: Needs, *, whole_row: bool) -> tuple[str, list[Any]]:
    """SQL for the most points need ``code`` can earn a premise, and its parameters."""
    miss, miss_params = str(_COMMITTABLE_MISS), []  # a committable need missed may be committed
    if whole_row and code in COMMITTABLE:
        # ... only when the premise has a commitment and lists the utility as missing (as a substring here).
        miss = f"CASE WHEN {_MAY_HAVE_COMMITMENT} AND instr(missing_infrastructure, ?) > 0 THEN {miss} ELSE 0 END"
        miss_params = [COMMITTABLE[code]]
    if code == "kind":
        return f"CASE WHEN kind = ? THEN {_MET} ELSE 0 END", [needs.kind]
    if code == "area":
        minimum = float(needs.min_area_m2 or 0)
        if whole_row:
            land = f"WHEN land_area_ha * {M2_PER_HA} >= ? THEN {_MET}"
            return (
                f"CASE WHEN floor_area_m2 IS NULL THEN (CASE {land} ELSE 0 END) WHEN floor_area_m2 >= ? THEN {_MET} ELSE 0 END",
                [minimum, minimum],
            )
        # Without a floor area the land area (not in the index) may be enough.
        return f"CASE WHEN floor_area_m2 IS NULL OR floor_area_m2 >= ? THEN {_MET} ELSE 0 END", [minimum]
    if code == "power":
        return f"CASE WHEN power_kw >= ? THEN {_MET} ELSE {miss} END", [float(needs.min_power_kw or 0), *miss_params]
    if code in _FLAG_COLUMNS:
        # Python's bool(value): anything but NULL or a numeric zero may be met.
        return f"CASE WHEN {code} IS NULL OR {code} = 0 THEN {miss} ELSE {_MET} END", miss_params
    if code == "price":
        # A price of another unit is unknown (no points): the index has no unit, so this may only overestimate.
        return f"CASE WHEN price_kzt <= ? THEN {_MET} ELSE 0 END", [float(needs.max_price_kzt or 0)]
    if code == "distance_rail" and whole_row:
        # No distance given: a siding on site counts as met.
        siding = f"CASE WHEN rail_siding IS NULL OR rail_siding = 0 THEN 0 ELSE {_MET} END"
        sql = f"CASE WHEN distance_rail_km IS NULL THEN ({siding}) WHEN distance_rail_km <= ? THEN {_MET} ELSE 0 END"
        return sql, [float(needs.max_distance_rail_km or 0)]
    # Any other need (and, in the index, the distance to the railway) may be met.
    return str(_MET), []


def _bound(needs: Needs, *, whole_row: bool) -> tuple[str, list[Any]]:
    """SQL for the upper bound of a premise's score (times the scored needs and BOUND_SCALE), and its parameters."""
    terms: list[str] = []
    params: list[Any] = []
    for code in _scored(needs):
        term, values = _need_bound(code, needs, whole_row=whole_row)
        terms.append(f"({term})")
        params.extend(values)
    # With no scored need every premise scores 1.
    return (" + ".join(terms) if terms else str(_MET)), params


def _scored(needs: Needs) -> list[str]:
    return [code for code in needs.codes() if code not in REQUIREMENTS]


def _candidates_query(needs: Needs, after: tuple[Any, int, Any] | None = None) -> tuple[str, list[Any]]:
    """SQL listing the candidates as (id, on offer, bound), most promising first (those after the row
    ``after``, as (on offer, bound, id), if given), and its parameters.

    It keeps the towns asked for and, unless ``include_unavailable``, the premises on offer
    (:data:`ON_OFFER_SQL` keeps every premise :func:`is_on_offer` keeps; match_premise has the last
    word), and drops the premises whose bound is 0. It reads the index ``premises_needs`` alone.
    """
    bound, params = _bound(needs, whole_row=False)
    where = []
    if needs.towns:
        where.append(f"town IN ({', '.join('?' for _ in needs.towns)})")
        params.extend(needs.towns)
    if not needs.include_unavailable:
        where.append(ON_OFFER_SQL)
    outer = "bound > 0"
    if after is not None:
        outer += " AND (on_offer < ? OR (on_offer = ? AND (bound < ? OR (bound = ? AND id > ?))))"
        on_offer, most, last_id = after
        params.extend([on_offer, on_offer, most, most, last_id])
    sql = (
        f"SELECT id, on_offer, bound FROM (SELECT id, {ON_OFFER_SQL} AS on_offer, {bound} AS bound FROM premises"
        + (f" WHERE {' AND '.join(where)}" if where else "")
        + f") WHERE {outer} ORDER BY on_offer DESC, bound DESC, id"
    )
    return sql, params


def _can_rank(row: tuple[Any, Any, int], worst: RankKey | None, scale: int) -> bool:
    """Whether the candidate ``row`` (id, on offer, bound) could rank before ``worst``.

    Its best possible key is (not on offer, bound as a score, no unknown figure, its id); false means
    neither it nor any row after it (in the query's order) can.
    """
    if worst is None:
        return True
    premise_id, on_offer, bound = row
    unavailable, negative_score, unknown, worst_id = worst
    if (not on_offer) != unavailable:
        return unavailable  # possibly on offer beats not on offer, and not on offer loses to on offer
    # Compared in bound units, where distinct bounds are at least 1 apart: the margin is far
    # below that and far above the score's rounding.
    target = -negative_score * scale
    if bound < target - 1e-6:
        return False
    if bound > target + 1e-6:
        return True
    # At best a tie on the score: then no unknown figures and the lower id go first.
    return (0, premise_id) < (unknown, worst_id)
