"""The one town summary (SQL) against the rules applied record by record in Python."""

from __future__ import annotations

from typing import Any

from guide.catalog import rules
from guide.catalog.store import Catalog
from guide.catalog.summary import TownSummary, monotowns, town_summaries, town_summary


def by_hand(catalog: Catalog, town: str) -> dict[str, Any]:
    vacant = [p for p in catalog.where("premises", "town", town) if rules.is_vacant(p)]
    projects = catalog.where("projects", "town", town)
    investment = [p for p in projects if p["kind"] == "investment"]
    local = [s for s in catalog.where("suppliers", "town", town) if s["is_local"]]
    zones = catalog.where("zones", "town", town)
    areas = [p["floor_area_m2"] for p in vacant if p["floor_area_m2"] is not None]
    powers = [p["power_kw"] for p in vacant if p["power_kw"] is not None]
    amounts = [p["investment_kzt"] for p in investment if p["investment_kzt"] is not None]
    return {
        "vacant_premises": len(vacant),
        "vacant_area_m2": sum(areas) if areas else None,
        "max_power_kw": max(powers) if powers else None,
        "rail_sidings": sum(1 for p in vacant if p["rail_siding"] == 1),
        "zones": len(zones),
        "projects": len(investment),
        "infrastructure_projects": sum(1 for p in projects if p["kind"] == "infrastructure"),
        "investment_kzt": sum(amounts) if amounts else None,
        "investment_known": len(amounts),
        "local_suppliers": len(local),
        "demo": any(rules.is_demo(r) for r in [*vacant, *projects, *local, *zones]),
    }


def test_every_town_s_summary_matches_the_rules_record_by_record(catalog: Catalog) -> None:
    summaries = town_summaries(catalog)
    assert set(summaries) == {t["id"] for t in catalog.all("towns")}
    for town, summary in summaries.items():
        expected = by_hand(catalog, town)
        got = {key: getattr(summary, key) for key in expected}
        assert got == expected, town
    assert summaries["temirtau"].vacant_premises > 0 and summaries["temirtau"].demo


def test_a_blank_status_leaves_the_vacant_figures(catalog: Catalog) -> None:
    before = town_summary(catalog, "temirtau")
    premise = next(p for p in catalog.where("premises", "town", "temirtau") if p["status"] == "vacant")
    catalog.update("premises", premise["id"], {"status": None})
    after = town_summary(catalog, "temirtau")
    assert after.vacant_premises == before.vacant_premises - 1


def test_a_town_with_nothing_has_zeros_and_no_amounts(empty_catalog: Catalog) -> None:
    empty_catalog.insert("towns", {"id": "nura", "name": "Нура", "monotown_status": "monotown"})
    assert town_summary(empty_catalog, "nura") == TownSummary(town="nura")
    assert town_summary(empty_catalog, "nura").as_dict()["demo"] is False
    assert [t["id"] for t in monotowns(empty_catalog)] == ["nura"]


def test_only_the_towns_asked_for(catalog: Catalog) -> None:
    assert list(town_summaries(catalog, ["saran", "abai", "saran"])) == ["saran", "abai"]


def test_a_towns_premises_are_summed_from_the_index_alone(catalog: Catalog) -> None:
    # The dashboard sums a town's vacant premises at start-up; at a million
    # premises, reading each from the table for its land area took 0.5 s for
    # Temirtau (issue 18). Every column the query reads is in the index.
    from guide.catalog.summary import _QUERIES

    sql = _QUERIES[0][0].format(where="town IN (?)")
    plan = " ".join(row[3] for row in catalog.db.execute(f"EXPLAIN QUERY PLAN {sql}", ["temirtau"]))
    assert "COVERING INDEX premises_town_summary" in plan
