"""Completeness and freshness: scores, the staleness limit, and check_records on a test catalog."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from guide.catalog.quality import (
    CRITICAL_FIELDS,
    assess,
    check_records,
    completeness,
    field_label,
    summarize,
)
from guide.catalog.rules import STALE_AFTER_DAYS, is_demo, is_stale, is_unverified
from guide.catalog.store import Catalog

TODAY = dt.date(2026, 6, 1)


def days_ago(n: int) -> str:
    return (TODAY - dt.timedelta(days=n)).isoformat()


FULL_PREMISE: dict[str, Any] = {
    "id": 1,
    "title": "Цех",
    "town": "temirtau",
    "kind": "production_hall",
    "address": "ул. Заводская, 5",
    "lat": 50.08,
    "lon": 72.99,
    "floor_area_m2": 1200,
    "ownership": "private",
    "deal": "lease",
    "price_kzt": 900_000,
    "power_kw": 400,
    "gas": 0,  # "no gas" is known: it counts as filled
    "water": 1,
    "sewerage": 1,
    "heating": 0,
    "rail_siding": 0,
    "distance_rail_km": 2.5,
    "status": "vacant",
    "contact": "Иван, +7 7213 00-00-01",
    "source": "акимат Темиртау",
    "as_of": days_ago(10),
}


def test_a_full_premise_is_complete() -> None:
    assert completeness("premises", FULL_PREMISE) == (1.0, [])


def test_missing_fields_are_listed_in_order_and_lower_the_score() -> None:
    record = {**FULL_PREMISE, "contact": "  ", "lat": None, "power_kw": None}
    score, missing = completeness("premises", record)
    assert missing == ["lat", "power_kw", "contact"]
    total = len(CRITICAL_FIELDS["premises"])
    assert score == pytest.approx((total - 3) / total)


def test_zero_power_is_a_known_figure() -> None:
    assert completeness("premises", {**FULL_PREMISE, "power_kw": 0}) == (1.0, [])


def test_either_area_will_do_and_a_plot_is_asked_for_its_land_area() -> None:
    plot = {**FULL_PREMISE, "kind": "land_plot", "floor_area_m2": None, "land_area_ha": 2.0}
    assert completeness("premises", plot)[1] == []
    assert completeness("premises", {**plot, "land_area_ha": None})[1] == ["land_area_ha"]
    hall = {**FULL_PREMISE, "floor_area_m2": None}
    assert completeness("premises", hall)[1] == ["floor_area_m2"]


def test_an_empty_record_misses_everything_critical() -> None:
    score, missing = completeness("towns", {})
    assert score == 0.0
    assert missing == list(CRITICAL_FIELDS["towns"])


def test_investment_projects_also_need_jobs_infrastructure_ones_do_not() -> None:
    common = {
        "title": "t",
        "town": "abai",
        "sector": "s",
        "initiator": "i",
        "investment_kzt": 1,
        "start_year": 2026,
        "status": "planned",
        "description": "d",
        "source": "src",
        "as_of": "2026-01-01",
    }
    assert completeness("projects", {**common, "kind": "infrastructure"}) == (1.0, [])
    assert completeness("projects", {**common, "kind": "investment"})[1] == ["jobs"]


def test_suppliers_need_a_phone_or_an_email() -> None:
    supplier = {
        "name": "ТОО",
        "town": "abai",
        "niche": "logistics",
        "contact": "c",
        "source": "s",
        "as_of": "2026-01-01",
    }
    assert completeness("suppliers", supplier)[1] == ["phone"]
    assert completeness("suppliers", {**supplier, "email": "a@example.kz"})[1] == []


def test_unknown_kind_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        completeness("planets", {})


# -- freshness -------------------------------------------------------------------


def test_stale_only_after_more_than_the_limit() -> None:
    assert STALE_AFTER_DAYS == 365
    assert not is_stale({"as_of": days_ago(364)}, today=TODAY)
    assert not is_stale({"as_of": days_ago(365)}, today=TODAY)  # exactly at the limit: still fresh
    assert is_stale({"as_of": days_ago(366)}, today=TODAY)


def test_the_limit_is_configurable() -> None:
    record = {"as_of": days_ago(31)}
    assert is_stale(record, today=TODAY, stale_after_days=30)
    assert not is_stale(record, today=TODAY, stale_after_days=31)
    assert is_stale({"as_of": days_ago(1)}, today=TODAY, stale_after_days=0)


def test_no_as_of_is_unverified_not_stale() -> None:
    assert not is_stale({"as_of": None}, today=TODAY)
    assert is_unverified({"as_of": None}) and is_unverified({})
    assert not is_unverified({"as_of": "2020-01-01"})


def test_a_future_as_of_is_fresh() -> None:
    assert not is_stale({"as_of": "2030-01-01"}, today=TODAY)


def test_demo_is_the_demo_source_only() -> None:
    assert is_demo({"source": "demo"}) and is_demo({"source": " Demo "})
    assert not is_demo({"source": "demo data from the akimat"}) and not is_demo({})


def test_assess_towns_reports_unverified_and_indicators_never_go_stale() -> None:
    town = assess("towns", {"id": "karaganda", "name": "Караганда"}, today=TODAY)
    assert town.unverified and not town.stale and "as_of" in town.missing and town.town == "karaganda"
    old_figure = {
        "id": 1,
        "year": 2012,
        "name": "population",
        "value": 1,
        "unit": "чел.",
        "source": "s",
        "as_of": "2013-01-01",
    }
    assert not assess("indicators", old_figure, today=TODAY).stale


def test_field_labels() -> None:
    assert field_label("premises", "power_kw", "ru") == "Электричество, кВт"
    assert field_label("premises", "power_kw", "kk") == "Электр қуаты, кВт"
    assert field_label("premises", "nonsense") == "nonsense"


# -- check_records on a test catalog ------------------------------------------------


@pytest.fixture
def cat(empty_catalog: Catalog) -> Catalog:
    empty_catalog.insert(
        "towns",
        {
            "id": "temirtau",
            "name": "Темиртау",
            "lat": 50.05,
            "lon": 72.96,
            "monotown_status": "monotown",
            "city_forming": "Qarmet",
            "population": 170_000,
            "distance_centre_km": 30,
            "akimat_contact": "+7 7213 00-00-00",
            "description": "Моногород",
            "source": "акимат",
            "as_of": days_ago(30),
        },
    )
    empty_catalog.insert("towns", {"id": "abai", "name": "Абай"}, stamp=False)
    base = {k: v for k, v in FULL_PREMISE.items() if k != "id"}
    empty_catalog.insert("premises", {**base, "title": "fine"})
    empty_catalog.insert("premises", {**base, "title": "stale", "as_of": days_ago(366)})
    empty_catalog.insert("premises", {**base, "title": "at the limit", "as_of": days_ago(365)})
    empty_catalog.insert("premises", {**base, "title": "no contact", "contact": None})
    empty_catalog.insert("premises", {**base, "title": "invented", "source": "demo"})
    return empty_catalog


def test_check_lists_incomplete_stale_unverified_and_demo_records(cat: Catalog) -> None:
    issues = check_records(cat, today=TODAY)
    found = {(i.kind, i.title): i for i in issues}
    assert set(found) == {
        ("towns", "Абай"),
        ("premises", "stale"),
        ("premises", "no contact"),
        ("premises", "invented"),
    }
    abai = found[("towns", "Абай")]
    assert abai.unverified and abai.as_of is None and abai.missing[-2:] == ["source", "as_of"]
    stale = found[("premises", "stale")]
    assert stale.stale and stale.missing == [] and stale.age_days == 366 and stale.completeness == 1.0
    assert found[("premises", "no contact")].missing == ["contact"]
    assert found[("premises", "invented")].demo and not found[("premises", "invented")].stale
    # Kinds in order, ids in order.
    assert [i.kind for i in issues] == ["towns", "premises", "premises", "premises"]
    assert [i.id for i in issues if i.kind == "premises"] == sorted(i.id for i in issues if i.kind == "premises")


def test_check_with_a_shorter_limit_finds_more_stale(cat: Catalog) -> None:
    issues = check_records(cat, today=TODAY, stale_after_days=29)
    assert ("towns", "temirtau") in {(i.kind, i.id) for i in issues if i.stale}
    assert {i.title for i in issues if i.stale} == {"Темиртау", "at the limit", "stale"}  # "fine" is 10 days old


def test_check_limited_to_kinds_and_ids(cat: Catalog) -> None:
    assert {i.kind for i in check_records(cat, kinds=["towns"], today=TODAY)} == {"towns"}
    selected = check_records(cat, ids={"premises": [1, 2]}, today=TODAY)
    assert [(i.kind, i.title) for i in selected] == [("premises", "stale")]
    assert check_records(cat, ids={"towns": ["temirtau"]}, today=TODAY) == []


def test_min_completeness_lets_nearly_complete_records_pass(cat: Catalog) -> None:
    issues = check_records(cat, kinds=["premises"], today=TODAY, min_completeness=0.9)
    assert "no contact" not in {i.title for i in issues}


def test_summary_counts(cat: Catalog) -> None:
    summary = summarize(check_records(cat, today=TODAY))
    assert (summary.records, summary.incomplete, summary.stale, summary.unverified, summary.demo) == (4, 2, 1, 1, 1)
    assert summary.by_kind == {"towns": 1, "premises": 3}


def test_check_on_the_bundled_catalog(catalog: Catalog) -> None:
    # The demo set is built so that, as of 2026-10-01, five premises are stale.
    issues = check_records(catalog, today=dt.date(2026, 10, 1))
    stale_premises = sorted(i.id for i in issues if i.kind == "premises" and i.stale)
    assert stale_premises == [7, 13, 16, 19, 25]
    karaganda = next(i for i in issues if i.kind == "towns" and i.id == "karaganda")
    assert karaganda.unverified and {"source", "as_of", "population"} <= set(karaganda.missing)
    assert all(i.demo for i in issues if i.kind == "premises")
    assert not any(i.stale for i in issues if i.kind in ("indicators", "town_status"))
