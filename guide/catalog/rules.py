"""The domain rules, each written once: vacant, on offer, demo, overdue, stale, completeness, lists.

Each rule that SQL also needs comes as a Python predicate and an SQL fragment
side by side, so the catalog's aggregates (:mod:`guide.catalog.summary`), the
PDF, matching, the CLI and the window cannot drift apart.

**A premise with no status** is "status not given": it is *not* vacant. It is
never counted in a vacant figure nor printed as vacant, because an investor
reads "vacant" as a fact and nobody has stated it. It is still listed among a
town's premises and still matched (nobody has said it is taken either); it is
shown as "status not given".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

VACANT = "vacant"
# Statuses that say a premise can't be had; anything else (vacant or not given) may be on offer.
TAKEN_STATUSES: tuple[str, ...] = ("reserved", "leased", "sold")

# SQL fragments over a premise row (column names of the ``premises`` table).
VACANT_SQL = "status = 'vacant'"
ON_OFFER_SQL = "(status IS NULL OR status = '' OR status NOT IN ('reserved', 'leased', 'sold'))"

DEMO_SOURCE = "demo"
# Over any catalog table with a ``source`` column; mirrors :func:`is_demo`.
DEMO_SQL = "lower(trim(coalesce(source, ''))) = 'demo'"

STALE_AFTER_DAYS = 365  # "outdated": verified more than 12 months ago
# A record at least this complete counts as complete (the green mark); below
# FAIR_COMPLETENESS it is poor.
GOOD_COMPLETENESS = 0.9
FAIR_COMPLETENESS = 0.6


def status(premise: Mapping[str, Any]) -> str | None:
    """The premise's status code, or None when none is given (blank counts as none)."""
    value = premise.get("status")
    text = str(value).strip() if value is not None else ""
    return text or None


def is_vacant(premise: Mapping[str, Any]) -> bool:
    """Only ``status = 'vacant'`` is vacant; see the module's note on a missing status."""
    return status(premise) == VACANT


def is_on_offer(premise: Mapping[str, Any]) -> bool:
    """Vacant or status not given: listed for investors and matched (not reserved, leased or sold)."""
    return status(premise) not in TAKEN_STATUSES


def is_demo(record: Mapping[str, Any]) -> bool:
    """Invented data is stored with source ``demo`` (DOMAIN.md's honesty rule)."""
    return str(record.get("source") or "").strip().casefold() == DEMO_SOURCE


def parse_date(value: Any) -> dt.date | None:
    """An ISO date (or a datetime's date part) as a date; None for none or an unreadable one."""
    if not value:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def is_overdue(due: Any, today: dt.date | None = None) -> bool:
    """A commitment whose due date is before ``today`` (on the day itself it is not yet overdue)."""
    day = parse_date(due)
    return day is not None and day < (today or dt.date.today())


def as_of_date(record: Mapping[str, Any]) -> dt.date | None:
    """The record's as-of date, or None when it has none (or an unreadable one)."""
    return parse_date(record.get("as_of"))


def is_unverified(record: Mapping[str, Any]) -> bool:
    """True when nobody recorded when the record was last verified."""
    return as_of_date(record) is None


def age_days(record: Mapping[str, Any], *, today: dt.date | None = None) -> int | None:
    """Days since the record was verified, or None when unverified."""
    as_of = as_of_date(record)
    if as_of is None:
        return None
    return ((today or dt.date.today()) - as_of).days


def is_stale(
    record: Mapping[str, Any], *, today: dt.date | None = None, stale_after_days: int = STALE_AFTER_DAYS
) -> bool:
    """True when the record was verified *more* than ``stale_after_days`` days ago.

    Exactly ``stale_after_days`` days old is still fresh. A record with no
    as-of date is not stale but unverified (see :func:`is_unverified`).
    """
    age = age_days(record, today=today)
    return age is not None and age > stale_after_days


def plan_overtaken(project: Mapping[str, Any], today: dt.date) -> int | None:
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


def completeness_grade(score: float) -> str:
    """``good``, ``fair`` or ``poor`` for a completeness score 0..1."""
    if score >= GOOD_COMPLETENESS:
        return "good"
    if score >= FAIR_COMPLETENESS:
        return "fair"
    return "poor"


def split_list(value: Any) -> list[str]:
    """A ``;``-joined list (utility codes, photo names) as a list, blanks and spaces dropped."""
    if not value:
        return []
    return [part.strip() for part in str(value).split(";") if part.strip()]
