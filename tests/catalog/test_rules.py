"""The domain rules: each Python predicate agrees with its SQL fragment, and the boundaries hold."""

from __future__ import annotations

import datetime as dt

import pytest

from guide.catalog import rules
from guide.catalog.store import Catalog

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def cat(empty_catalog: Catalog) -> Catalog:
    empty_catalog.insert("towns", {"id": "temirtau", "name": "Темиртау"})
    for status in ("vacant", "reserved", "leased", "sold", "vacant"):
        empty_catalog.insert(
            "premises",
            {"town": "temirtau", "title": status, "kind": "production_hall", "status": status, "floor_area_m2": 10},
        )
    blank = empty_catalog.insert(
        "premises", {"town": "temirtau", "title": "blank", "kind": "production_hall", "floor_area_m2": 10}
    )
    empty_catalog.update("premises", blank, {"status": None})
    empty_catalog.insert("premises", {"town": "temirtau", "title": "demo", "kind": "land_plot", "land_area_ha": 1,
                                      "source": " Demo "})  # fmt: skip
    return empty_catalog


def _ids(cat: Catalog, where: str) -> set[int]:
    return {row[0] for row in cat.db.execute(f"SELECT id FROM premises WHERE {where}")}  # noqa: S608


def test_a_blank_status_is_not_vacant_but_is_on_offer(cat: Catalog) -> None:
    by_title = {p["title"]: p for p in cat.all("premises")}
    assert by_title["blank"]["status"] is None
    assert not rules.is_vacant(by_title["blank"])
    assert rules.is_on_offer(by_title["blank"])
    assert not rules.is_on_offer(by_title["sold"])
    assert rules.is_vacant({"status": " vacant "}) and not rules.is_vacant({"status": ""})


@pytest.mark.parametrize(
    ("predicate", "fragment"),
    [(rules.is_vacant, rules.VACANT_SQL), (rules.is_on_offer, rules.ON_OFFER_SQL), (rules.is_demo, rules.DEMO_SQL)],
)
def test_sql_fragments_select_what_the_predicates_accept(cat: Catalog, predicate, fragment: str) -> None:  # type: ignore[no-untyped-def]
    expected = {p["id"] for p in cat.all("premises") if predicate(p)}
    assert expected  # the catalog has some of each
    assert _ids(cat, fragment) == expected


def test_overdue_is_strictly_before_today() -> None:
    assert rules.is_overdue("2026-05-31", TODAY)
    assert not rules.is_overdue("2026-06-01", TODAY)
    assert not rules.is_overdue(None, TODAY) and not rules.is_overdue("someday", TODAY)
    assert rules.is_overdue(dt.date(2020, 1, 1))


def test_stale_after_twelve_months() -> None:
    limit = (TODAY - dt.timedelta(days=rules.STALE_AFTER_DAYS)).isoformat()
    older = (TODAY - dt.timedelta(days=rules.STALE_AFTER_DAYS + 1)).isoformat()
    assert not rules.is_stale({"as_of": limit}, today=TODAY)
    assert rules.is_stale({"as_of": older}, today=TODAY)
    assert not rules.is_stale({}, today=TODAY) and rules.is_unverified({})


def test_demo_and_lists_and_completeness_grades() -> None:
    assert rules.is_demo({"source": "DEMO "}) and not rules.is_demo({"source": "stat.gov.kz"})
    assert not rules.is_demo({})
    assert rules.split_list(" gas ; ;water") == ["gas", "water"] and rules.split_list(None) == []
    assert [rules.completeness_grade(s) for s in (1.0, 0.9, 0.6, 0.59)] == ["good", "good", "fair", "poor"]
