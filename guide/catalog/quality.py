"""Completeness and freshness of records: what an investor would find missing or out of date.

Completeness is the share of a kind's *investor-critical* fields that are
filled in (the fields marked ``critical`` in fields.py, after DOMAIN.md's
"what the best existing systems record"). A yes/no field answered "no" counts as filled: it
is known. Freshness comes from ``as_of``, the date the record was last
verified: older than ``stale_after_days`` days is *stale*; no date at all is
*unverified* (and ``as_of`` is then also reported missing). Indicators and
status-history rows are dated facts about a year and never go stale.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.rules import STALE_AFTER_DAYS, age_days, as_of_date, is_demo, is_stale

# A string is one field that must be filled; a tuple is a group of which any
# one will do (a hall has a floor area, a plot a land area). The order is the
# order ``missing`` lists them in.
Requirement = str | tuple[str, ...]

# Derived from the fields' ``critical`` hints in fields.py, in the kind's field order.
CRITICAL_FIELDS: dict[str, tuple[Requirement, ...]] = {
    k.name: k.critical_fields() for k in F.KINDS.values() if k.critical_fields()
}
# Investment projects are also judged by the jobs they create; an
# infrastructure project (a heating network) has none to report.
_INVESTMENT_PROJECT_EXTRA: tuple[Requirement, ...] = ("jobs",)

# Dated facts about a past year (an indicator for 2021, a status granted in
# 2012) stay true; only records describing the present state go stale.
TIMELESS_KINDS: frozenset[str] = frozenset({"indicators", "town_status"})

# The kinds ``check`` looks at, in the order it reports them.
CHECKED_KINDS: tuple[str, ...] = (
    "towns", "zones", "premises", "projects", "suppliers", "indicators", "town_status",
    "incentives", "institutions", "routes",
)  # fmt: skip


def _filled(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return True


def requirements(kind: str, record: Mapping[str, Any]) -> tuple[Requirement, ...]:
    """The critical fields of ``kind`` for this particular record."""
    required = CRITICAL_FIELDS.get(kind)
    if required is None:
        F.kind(kind)  # KeyError naming the known kinds for a typo
        return ()
    if kind == "projects" and record.get("kind") == "investment":
        return required + _INVESTMENT_PROJECT_EXTRA
    return required


def _reported(group: tuple[str, ...], record: Mapping[str, Any]) -> str:
    """Which code of an unfilled group to report: the one this record should have."""
    if "land_area_ha" in group and record.get("kind") == "land_plot":
        return "land_area_ha"
    return group[0]


def completeness(kind: str, record: Mapping[str, Any]) -> tuple[float, list[str]]:
    """The share (0..1) of critical fields filled in, and the codes of those missing."""
    required = requirements(kind, record)
    if not required:
        return 1.0, []
    missing: list[str] = []
    for requirement in required:
        if isinstance(requirement, tuple):
            if not any(_filled(record.get(code)) for code in requirement):
                missing.append(_reported(requirement, record))
        elif not _filled(record.get(requirement)):
            missing.append(requirement)
    return (len(required) - len(missing)) / len(required), missing


def record_title(kind: str, record: Mapping[str, Any], lang: str = i18n.DEFAULT_LANGUAGE) -> str:
    """A short human title for any kind of record."""
    if kind == "indicators":
        return f"{record.get('name') or ''} {record.get('year') or ''}".strip()
    if kind == "town_status":
        status = i18n.label("monotown_status", record.get("status"), lang)
        return f"{record.get('town') or ''} {record.get('year') or ''}: {status}".strip()
    return i18n.localized(record, F.kind(kind).title_field, lang)[0]


def record_town(kind: str, record: Mapping[str, Any]) -> str | None:
    """The town id a record belongs to (a town's own id for towns)."""
    town = record.get("id") if kind == "towns" else record.get("town")
    return None if town is None else str(town)


@dataclass(slots=True)  # one per record with a problem: 100,000 of them at 100,000 premises
class QualityIssue:
    """What is wrong with one record: incomplete, stale, unverified and/or demo."""

    kind: str
    id: Any
    title: str
    town: str | None
    completeness: float
    missing: list[str]
    stale: bool
    demo: bool
    as_of: str | None
    unverified: bool = False
    age_days: int | None = None

    @property
    def incomplete(self) -> bool:
        return bool(self.missing)

    def as_dict(self) -> dict[str, Any]:
        """The JSON object ``check --json`` prints."""
        return {
            "kind": self.kind,
            "id": self.id,
            "title": self.title,
            "town": self.town,
            "completeness": round(self.completeness, 3),
            "missing": list(self.missing),
            "stale": self.stale,
            "unverified": self.unverified,
            "demo": self.demo,
            "as_of": self.as_of,
            "age_days": self.age_days,
        }


@dataclass
class QualitySummary:
    """Counts over a list of issues (for the export dialog's warning)."""

    records: int = 0
    incomplete: int = 0
    stale: int = 0
    unverified: int = 0
    demo: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)


def assess(
    kind: str,
    record: Mapping[str, Any],
    *,
    today: dt.date | None = None,
    stale_after_days: int = STALE_AFTER_DAYS,
    lang: str = i18n.DEFAULT_LANGUAGE,
) -> QualityIssue:
    """The quality of one record, whether or not anything is wrong with it.

    Records of :data:`TIMELESS_KINDS` are never stale (but can be unverified).
    """
    score, missing = completeness(kind, record)
    as_of = as_of_date(record)
    stale = kind not in TIMELESS_KINDS and is_stale(record, today=today, stale_after_days=stale_after_days)
    return QualityIssue(
        kind=kind,
        id=record.get("id"),
        title=record_title(kind, record, lang),
        town=record_town(kind, record),
        completeness=score,
        missing=missing,
        stale=stale,
        demo=is_demo(record),
        as_of=as_of.isoformat() if as_of else None,
        unverified=as_of is None,
        age_days=age_days(record, today=today),
    )


def check_records(
    catalog: Any,
    *,
    kinds: Iterable[str] | None = None,
    ids: Mapping[str, Iterable[Any]] | None = None,
    today: dt.date | None = None,
    stale_after_days: int = STALE_AFTER_DAYS,
    min_completeness: float = 1.0,
    lang: str = i18n.DEFAULT_LANGUAGE,
) -> list[QualityIssue]:
    """The records that are incomplete, stale, unverified or demo, by kind then id.

    ``kinds`` limits the kinds looked at (default: all of :data:`CHECKED_KINDS`);
    ``ids`` limits them further to those records (the export dialog passes
    the guide's selection: ``{"premises": [3, 5], "towns": ["abai"]}``; a kind
    not in it is then not looked at). A record counts as incomplete when its
    completeness is below ``min_completeness``.
    """
    wanted = list(kinds) if kinds is not None else list(CHECKED_KINDS)
    if ids is not None:
        wanted = [k for k in wanted if k in ids]
    day = today or dt.date.today()
    issues: list[QualityIssue] = []
    for kind in wanted:
        # One record at a time: the whole premises table as dicts took 200 MB at 100,000 (issue 18).
        keep = {str(i) for i in ids[kind]} if ids is not None else None
        for record in catalog.each(kind):
            if keep is not None and str(record["id"]) not in keep:
                continue
            issue = assess(kind, record, today=day, stale_after_days=stale_after_days, lang=lang)
            if issue.completeness < min_completeness or issue.stale or issue.unverified or issue.demo:
                issues.append(issue)
    return issues


def summarize(issues: Iterable[QualityIssue], *, min_completeness: float = 1.0) -> QualitySummary:
    """How many of the issues are of each sort."""
    summary = QualitySummary()
    for issue in issues:
        summary.records += 1
        summary.incomplete += issue.completeness < min_completeness
        summary.stale += issue.stale
        summary.unverified += issue.unverified
        summary.demo += issue.demo
        summary.by_kind[issue.kind] = summary.by_kind.get(issue.kind, 0) + 1
    return summary


def field_label(kind: str, code: str, lang: str = i18n.DEFAULT_LANGUAGE) -> str:
    """The label of a (missing) field code in ``lang``; the code when unknown."""
    try:
        return F.kind(kind).field(code).label(lang)
    except KeyError:
        return code
