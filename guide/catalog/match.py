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

Only vacant premises (or those with no status) are matched by default: a
reserved, leased or sold premise can't be had. With
``Needs.include_unavailable`` they are listed too, after every vacant one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from guide import i18n
from guide.catalog.gaps import parse_date, split_codes

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

AVAILABLE_STATUSES = ("vacant", None)
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
        price_unit=project.get("need_price_unit") or None,
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


def is_available(premise: Mapping[str, Any]) -> bool:
    return premise.get("status") in AVAILABLE_STATUSES


def match_premise(premise: dict, needs: Needs, *, today: dt.date | None = None) -> MatchResult:
    """Judge one premise against the needs."""
    day = today or dt.date.today()
    lacking = set(split_codes(premise.get("missing_infrastructure")))
    has_commitment = bool((premise.get("akimat_commitment") or "").strip()) or bool(premise.get("commitment_due"))
    due_date = parse_date(premise.get("commitment_due"))
    overdue_commitment = due_date is not None and due_date < day
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
        available=is_available(premise),
    )


def match_premises(
    catalog: Any, needs: Needs, *, today: dt.date | None = None, limit: int | None = None
) -> list[MatchResult]:
    """Every (vacant) premise judged against ``needs``, best first."""
    day = today or dt.date.today()
    results = [
        match_premise(premise, needs, today=day)
        for premise in catalog.all("premises")
        if (needs.include_unavailable or is_available(premise)) and (not needs.towns or premise["town"] in needs.towns)
    ]
    # A premise that meets none of the needs (and has no commitment towards any) is no match at all.
    results = [r for r in results if r.score > 0]
    # Rounded so that equal sums added in another order still tie.
    results.sort(key=lambda r: (not r.available, -round(r.score, 9), len(r.unknown), r.premise["id"]))
    return results if limit is None else results[:limit]
