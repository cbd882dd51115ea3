"""Matching needs to premises: each need, commitments, ranking, a project's stored needs."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from guide.catalog.match import (
    COMMITTED_WEIGHT,
    NEED_CODES,
    OVERDUE_WEIGHT,
    Needs,
    match_premise,
    match_premises,
    need_label,
    needs_from_project,
)
from guide.catalog.store import Catalog

TODAY = dt.date(2026, 6, 1)
LATER = "2027-06-30"
EARLIER = "2026-01-31"


@pytest.fixture
def cat(empty_catalog: Catalog) -> Catalog:
    empty_catalog.insert("towns", {"id": "temirtau", "name": "Темиртау"})
    empty_catalog.insert("towns", {"id": "balkhash", "name": "Балхаш"})
    return empty_catalog


def add(cat: Catalog, title: str, **values: Any) -> int:
    record = {"town": "temirtau", "title": title, "kind": "production_hall", "status": "vacant", **values}
    if "land_area_ha" not in values:
        # The catalog insists on some area; 1000 m² unless the test says otherwise.
        record.setdefault("floor_area_m2", 1000)
    return int(cat.insert("premises", record))


def ranked(cat: Catalog, needs: Needs) -> list[str]:
    return [r.premise["title"] for r in match_premises(cat, needs, today=TODAY)]


def test_ranking_met_then_committed_then_overdue_then_missing(cat: Catalog) -> None:
    # Inserted worst first, so the order can't come from the ids.
    add(cat, "plain miss", gas=0)
    add(cat, "listed but nobody committed", gas=0, missing_infrastructure="gas")
    add(cat, "overdue", gas=0, missing_infrastructure="gas", akimat_commitment="Газ", commitment_due=EARLIER)
    add(cat, "on time", gas=0, missing_infrastructure="gas", akimat_commitment="Газ", commitment_due=LATER)
    add(cat, "met", gas=1)

    results = match_premises(cat, Needs(gas=True), today=TODAY)

    # A premise that meets nothing, with nobody committed to close the gap, is not listed.
    assert [r.premise["title"] for r in results] == ["met", "on time", "overdue"]
    assert [r.score for r in results] == [1.0, COMMITTED_WEIGHT, OVERDUE_WEIGHT]
    met, on_time, overdue = results
    plain, listed = (match_premise(cat.require("premises", i), Needs(gas=True), today=TODAY) for i in (1, 2))
    assert plain.score == listed.score == 0.0
    assert met.meets == ["gas"] and met.misses == [] and met.committed == []
    assert on_time.misses == ["gas"] and on_time.committed == ["gas"]
    assert (on_time.due, on_time.overdue) == (LATER, False)
    assert overdue.committed == ["gas"] and (overdue.due, overdue.overdue) == (EARLIER, True)
    assert plain.committed == [] and plain.due is None and not plain.overdue
    assert listed.misses == ["gas"] and listed.committed == []


def test_one_committed_miss_ranks_above_one_plain_miss_among_many_needs(cat: Catalog) -> None:
    full = {"gas": 1, "water": 1, "heating": 1, "sewerage": 1}
    add(cat, "lacks heating, nobody committed", **{**full, "heating": 0})
    add(
        cat,
        "lacks heating, committed",
        **{**full, "heating": 0},
        missing_infrastructure="heating",
        akimat_commitment="Подключим к теплосети",
    )
    add(cat, "has everything", **full)

    needs = Needs(gas=True, water=True, heating=True, sewerage=True)
    assert ranked(cat, needs) == ["has everything", "lacks heating, committed", "lacks heating, nobody committed"]


def test_commitment_text_alone_counts_and_is_never_overdue(cat: Catalog) -> None:
    add(cat, "text only", water=0, missing_infrastructure="water", akimat_commitment="Подведём воду")
    (result,) = match_premises(cat, Needs(water=True), today=TODAY)
    assert result.committed == ["water"]
    assert result.due is None and result.overdue is False


def test_due_date_alone_counts_as_a_commitment(cat: Catalog) -> None:
    add(cat, "due only", water=0, missing_infrastructure="water", commitment_due=LATER)
    (result,) = match_premises(cat, Needs(water=True), today=TODAY)
    assert result.committed == ["water"] and result.due == LATER


def test_a_commitment_due_today_is_not_overdue_yet(cat: Catalog) -> None:
    add(cat, "due today", gas=0, missing_infrastructure="gas", commitment_due=TODAY.isoformat())
    (result,) = match_premises(cat, Needs(gas=True), today=TODAY)
    assert result.overdue is False
    (result,) = match_premises(cat, Needs(gas=True), today=TODAY + dt.timedelta(days=1))
    assert result.overdue is True


def test_a_commitment_covers_only_the_utilities_it_lists(cat: Catalog) -> None:
    add(
        cat,
        "p",
        gas=0,
        water=0,
        price_kzt=2_000_000,
        missing_infrastructure="gas",
        akimat_commitment="Газ",
        commitment_due=LATER,
    )
    (result,) = match_premises(cat, Needs(gas=True, water=True, max_price_kzt=1_000_000), today=TODAY)
    assert result.misses == ["gas", "water", "price"]
    assert result.committed == ["gas"]
    assert result.plain_misses == ["water", "price"]
    assert result.score == pytest.approx(COMMITTED_WEIGHT / 3)


# need → (Needs, values that meet it, values that miss it)
EACH_NEED: dict[str, tuple[Needs, dict[str, Any], dict[str, Any]]] = {
    "town": (Needs(towns=["balkhash"]), {"town": "balkhash"}, {"town": "temirtau"}),
    "kind": (Needs(kind="warehouse"), {"kind": "warehouse"}, {"kind": "office"}),
    "area": (Needs(min_area_m2=1000), {"floor_area_m2": 1000}, {"floor_area_m2": 999}),
    "power": (Needs(min_power_kw=500), {"power_kw": 500}, {"power_kw": 499}),
    "gas": (Needs(gas=True), {"gas": 1}, {"gas": 0}),
    "water": (Needs(water=True), {"water": 1}, {"water": 0}),
    "heating": (Needs(heating=True), {"heating": 1}, {"heating": 0}),
    "sewerage": (Needs(sewerage=True), {"sewerage": 1}, {"sewerage": 0}),
    "rail_siding": (Needs(rail=True), {"rail_siding": 1}, {"rail_siding": 0}),
    "price": (Needs(max_price_kzt=800_000), {"price_kzt": 800_000}, {"price_kzt": 800_001}),
    "distance_rail": (Needs(max_distance_rail_km=3), {"distance_rail_km": 3}, {"distance_rail_km": 3.1}),
}


def test_every_need_code_is_tested() -> None:
    assert set(EACH_NEED) == set(NEED_CODES)


@pytest.mark.parametrize("code", list(EACH_NEED))
def test_each_need_met_and_missed(cat: Catalog, code: str) -> None:
    needs, meeting, missing = EACH_NEED[code]
    assert needs.codes() == [code]
    add(cat, "meets", **meeting)
    add(cat, "misses", **missing)

    (good,) = match_premises(cat, needs, today=TODAY)
    bad = match_premise(cat.require("premises", 2), needs, today=TODAY)

    assert good.premise["title"] == "meets"
    assert (good.meets, good.misses, good.score) == ([code], [], 1.0)
    assert (bad.meets, bad.misses, bad.score) == ([], [code], 0.0)
    assert bad.unknown == []


# (The catalog refuses a premise with no area at all, so area is always known.)
@pytest.mark.parametrize("code", ["power", "gas", "price", "distance_rail"])
def test_an_unknown_figure_is_a_miss_marked_unknown(cat: Catalog, code: str) -> None:
    needs = EACH_NEED[code][0]
    add(cat, "blank")
    result = match_premise(cat.require("premises", 1), needs, today=TODAY)
    assert result.misses == [code] and result.unknown == [code]


def test_a_known_miss_ranks_after_nothing_but_ties_prefer_known_figures(cat: Catalog) -> None:
    add(cat, "unknown power", gas=1)
    add(cat, "too little power", power_kw=100, gas=1)
    assert ranked(cat, Needs(min_power_kw=500, gas=True)) == ["too little power", "unknown power"]


def test_premises_that_meet_nothing_are_not_listed(cat: Catalog) -> None:
    add(cat, "no gas", gas=0)
    add(cat, "gas unknown")
    add(cat, "gas", gas=1)
    assert ranked(cat, Needs(gas=True)) == ["gas"]


def test_a_plot_offers_its_land_area(cat: Catalog) -> None:
    add(cat, "plot", kind="land_plot", land_area_ha=0.5)
    (result,) = match_premises(cat, Needs(min_area_m2=4_000), today=TODAY)
    assert result.meets == ["area"]
    assert match_premises(cat, Needs(min_area_m2=6_000), today=TODAY) == []
    assert match_premise(cat.require("premises", 1), Needs(min_area_m2=6_000), today=TODAY).misses == ["area"]


def test_a_siding_on_site_meets_the_distance_to_rail(cat: Catalog) -> None:
    add(cat, "siding", rail_siding=1)
    (result,) = match_premises(cat, Needs(max_distance_rail_km=1), today=TODAY)
    assert result.meets == ["distance_rail"]


def test_a_town_asked_for_is_a_requirement(cat: Catalog) -> None:
    # Issue 16, defect 8: premises elsewhere are not listed, however well they meet the rest.
    add(cat, "perfect, in Balkhash", town="balkhash", gas=1)
    add(cat, "in Temirtau, no gas", town="temirtau", gas=0, missing_infrastructure="gas", akimat_commitment="Газ")
    add(cat, "in Temirtau, gas", town="temirtau", gas=1)
    results = match_premises(cat, Needs(towns=["temirtau"], gas=True), today=TODAY)
    assert [r.premise["title"] for r in results] == ["in Temirtau, gas", "in Temirtau, no gas"]
    assert [r.score for r in results] == [1.0, COMMITTED_WEIGHT]
    assert results[0].meets == ["town", "gas"]


def test_any_of_several_towns(cat: Catalog) -> None:
    add(cat, "in Temirtau", town="temirtau")
    add(cat, "in Balkhash", town="balkhash")
    results = match_premises(cat, Needs(towns=["balkhash", "temirtau"]), today=TODAY)
    assert all(r.meets == ["town"] for r in results)


def test_unavailable_premises_are_left_out_unless_asked_for_and_then_last(cat: Catalog) -> None:
    add(cat, "leased, perfect", status="leased", gas=1)
    add(cat, "sold, perfect", status="sold", gas=1)
    add(cat, "vacant, perfect", gas=1)
    add(cat, "reserved, perfect", status="reserved", gas=1)

    assert ranked(cat, Needs(gas=True)) == ["vacant, perfect"]
    everything = match_premises(cat, Needs(gas=True, include_unavailable=True), today=TODAY)
    assert [r.premise["title"] for r in everything] == [
        "vacant, perfect",
        "leased, perfect",
        "sold, perfect",
        "reserved, perfect",
    ]
    assert [r.available for r in everything] == [True, False, False, False]


def test_no_needs_every_vacant_premise_fits(cat: Catalog) -> None:
    add(cat, "a")
    add(cat, "b")
    results = match_premises(cat, Needs(), today=TODAY)
    assert Needs().is_empty()
    assert [r.score for r in results] == [1.0, 1.0]


def test_limit(cat: Catalog) -> None:
    for n in range(5):
        add(cat, f"p{n}", power_kw=100 * (n + 1))
    results = match_premises(cat, Needs(min_power_kw=300), today=TODAY, limit=2)
    assert len(results) == 2
    assert all(r.meets == ["power"] for r in results)


def test_the_score_is_the_mean_over_the_needs(cat: Catalog) -> None:
    add(
        cat,
        "p",
        town="temirtau",
        kind="warehouse",
        power_kw=100,
        gas=0,
        missing_infrastructure="gas;power",
        akimat_commitment="x",
        commitment_due=EARLIER,
    )
    result = match_premise(
        cat.require("premises", 1), Needs(towns=["temirtau"], kind="office", min_power_kw=500, gas=True), today=TODAY
    )
    assert result.meets == ["town"]
    assert result.misses == ["kind", "power", "gas"]
    assert result.committed == ["power", "gas"]
    # The town is a requirement, not a scored need: the mean is over the other three.
    assert result.score == pytest.approx((2 * OVERDUE_WEIGHT) / 3)


def test_as_dict_has_the_documented_keys(cat: Catalog) -> None:
    add(cat, "p", gas=0, missing_infrastructure="gas", akimat_commitment="Газ", commitment_due=LATER)
    (result,) = match_premises(cat, Needs(gas=True), today=TODAY)
    data = result.as_dict()
    assert {"id", "title", "town", "score", "meets", "misses", "committed", "due", "overdue"} <= set(data)
    assert data["committed"] == ["gas"] and data["due"] == LATER


def test_needs_override_replaces_only_what_is_given() -> None:
    base = Needs(towns=["abai"], kind="warehouse", min_area_m2=500, gas=True, max_price_kzt=100)
    changed = base.override(towns=[], kind="office", min_area_m2=None, water=True, gas=False)
    assert changed == Needs(towns=["abai"], kind="office", min_area_m2=500, gas=True, water=True, max_price_kzt=100)
    assert base.override(towns=["balkhash"]).towns == ["balkhash"]
    with pytest.raises(TypeError):
        base.override(colour="red")


def test_need_labels_in_three_languages() -> None:
    assert need_label("rail_siding", "ru") == "Ж/д тупик"
    assert need_label("rail_siding", "kk") == "Теміржол тұйығы"
    assert need_label("distance_rail", "en") == "To railway station"
    assert need_label("power", "kk") == "Қуат"
    assert need_label("unheard_of") == "unheard_of"


# -- a project's stored needs (the bundled projects 6–8 have them) -------------


def test_needs_from_a_bundled_project(catalog: Catalog) -> None:
    needs = needs_from_project(catalog.require("projects", 6))
    assert needs == Needs(
        towns=["abai"],
        kind="production_hall",
        min_area_m2=1500,
        min_power_kw=600,
        water=True,
        heating=True,
        rail=True,
        max_price_kzt=1_500_000,
        price_unit="per_month",  # the budget is a monthly rent: sale prices are not held against it
        max_distance_rail_km=5,
    )
    assert needs.codes() == [
        "town",
        "kind",
        "area",
        "power",
        "water",
        "heating",
        "rail_siding",
        "price",
        "distance_rail",
    ]


def test_a_project_without_needs_asks_only_for_its_town(catalog: Catalog) -> None:
    needs = needs_from_project(catalog.require("projects", 4))
    assert needs.codes() == ["town"] and needs.towns == ["temirtau"]


@pytest.mark.parametrize(("project", "best"), [(6, 22), (7, 20), (8, 8)])
def test_each_demo_project_finds_a_premise_that_meets_all_its_needs(catalog: Catalog, project: int, best: int) -> None:
    stored = catalog.require("projects", project)
    results = match_premises(catalog, needs_from_project(stored), today=dt.date(2026, 10, 1))
    top = results[0]
    assert top.premise["id"] == best
    assert top.score == 1.0 and top.misses == []
    assert top.premise["town"] == stored["town"]
    # Best first, all the way down.
    scores = [r.score for r in results]
    assert scores == sorted(scores, reverse=True)
    assert all(r.premise["status"] == "vacant" for r in results)
