"""Incentives, institutions and routes (issue 14): bundled sourced facts, validation, import/export, search."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from guide.catalog import fields as F
from guide.catalog import quality
from guide.catalog.store import Catalog
from guide.cli import main
from tests.catalog.files import FORMATS, row_number, write_records

NEW_KINDS = ("incentives", "institutions", "routes")
MONOTOWNS = ("temirtau", "balkhash", "shakhtinsk", "abai")


def _dated_and_linked(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in records if r["source"] and r["source_url"] and r["as_of"]]


def test_the_bundled_catalog_holds_sourced_incentives_institutions_and_routes(catalog: Catalog) -> None:
    incentives = catalog.all("incentives")
    institutions = catalog.all("institutions")
    routes = catalog.all("routes")
    assert len(_dated_and_linked(incentives)) >= 10
    assert len(_dated_and_linked(institutions)) >= 5
    assert len(_dated_and_linked(routes)) >= 12
    for record in incentives + institutions + routes:
        # Real facts, never demo; every one names its source and a web link to it.
        assert not quality.is_demo(record), record
        assert record["source"] and record["source_url"].startswith(("http://", "https://")), record
        # Texts exist in three languages, the Kazakh ones in Kazakh letters.
        title = F.kind(next(k for k in NEW_KINDS if record in catalog.all(k))).title_field
        assert record[title] and record[f"{title}_kk"] and record[f"{title}_en"], record
    kazakh = "".join(r["name_kk"] + (r["benefit_kk"] or "") for r in incentives)
    assert set("әғқңөұүі") & set(kazakh.casefold())


def test_the_priority_project_preferences_and_their_terms(catalog: Catalog) -> None:
    by_en = {r["name_en"]: r for r in catalog.all("incentives")}
    assert by_en["Corporate income tax exemption (priority project)"]["duration_years"] == 10
    assert by_en["Zero land tax (priority project)"]["duration_years"] == 10
    assert by_en["Zero property tax (priority project)"]["duration_years"] == 8
    agreement = by_en["Investment Agreement"]
    assert (agreement["min_investment"], agreement["investment_unit"]) == (7_500_000, "mci")
    assert agreement["legal_article"] == "295-2"
    # The MCI's tenge value is in none of the sources: left empty, not invented.
    assert all(r["mci_kzt"] is None for r in by_en.values())
    # An uncertain fact says so.
    assert "⚠" in by_en["Import VAT exemption"]["caveat"]


def test_the_four_monotowns_have_a_sourced_dated_population(catalog: Catalog) -> None:
    towns = {t["id"]: t for t in catalog.all("towns")}
    assert (towns["temirtau"]["population"], towns["temirtau"]["population_as_of"]) == (171_609, "2024-01-01")
    assert (towns["balkhash"]["population"], towns["balkhash"]["population_as_of"]) == (73_450, "2024-01-01")
    assert towns["shakhtinsk"]["population"] == 39_185 and "⚠" in towns["shakhtinsk"]["population_source"]
    assert towns["abai"]["population"] == 28_363 and "⚠" in towns["abai"]["population_source"]
    for town in MONOTOWNS:
        assert towns[town]["population_source_url"].startswith("https://")
    # The regional centre's own population is not in the sources: still unknown.
    assert towns["karaganda"]["population"] is None


def test_a_computed_distance_says_so(catalog: Catalog) -> None:
    routes = catalog.all("routes")
    derived = [r for r in routes if r["distance_basis"] != "stated"]
    assert derived and all(r["note"] for r in derived)
    assert {r["distance_basis"] for r in routes} <= {"stated", "derived", "straight_line"}
    balkhash_road = [r for r in routes if r["town"] == "balkhash" and r["destination_en"] == "Karaganda"]
    assert {r["mode"]: r["distance_km"] for r in balkhash_road} == {"road": 363, "rail": None}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("kind", "record", "column", "reason"),
    [
        (
            "routes",
            {"town": "balkhash", "destination": "Караганда", "destination_kind": "regional_centre", "mode": "road",
             "distance_km": "-5"},
            "distance_km",
            "at least 0",
        ),
        (
            "incentives",
            {"name": "Льгота", "kind": "tax", "scope": "national", "duration_years": "десять лет"},
            "duration_years",
            "not a number",
        ),
        (
            "institutions",
            {"name": "Акимат", "role": "akimat_department", "email": "akimat.kz"},
            "email",
            "not an e-mail address",
        ),
        (
            "institutions",
            {"name": "Акимат", "role": "akimat_department", "website": "ftp://akimat.kz"},
            "website",
            "http:// or https://",
        ),
    ],
)  # fmt: skip
def test_bad_values_are_refused_with_row_and_column_and_nothing_changes(
    catalog_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, kind: str,
    record: dict[str, str], column: str, reason: str,
) -> None:  # fmt: skip
    good = dict(record, **{column: ""})
    path = write_records(tmp_path / f"{kind}.{fmt}", [good, record])
    before = Catalog.open(catalog_file, read_only=True)
    try:
        count = before.count(kind)
    finally:
        before.close()
    assert main(["--db", str(catalog_file), "import", kind, str(path)]) == 2
    err = capsys.readouterr().err
    assert f"row {row_number(fmt, 1)}" in err and column in err and reason in err, err
    after = Catalog.open(catalog_file, read_only=True)
    try:
        assert after.count(kind) == count
    finally:
        after.close()


@pytest.mark.parametrize("kind", NEW_KINDS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_export_template_and_reimport_round_trip(
    catalog_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, fmt: str
) -> None:
    exported = tmp_path / f"{kind}.{fmt}"
    assert main(["--db", str(catalog_file), "export", kind, str(exported)]) == 0
    # A template is a sheet (CSV or XLSX); its headers are the kind's labels.
    template = tmp_path / f"template.{'csv' if fmt == 'json' else fmt}"
    assert main(["template", kind, str(template), "--lang", "en"]) == 0
    if template.suffix == ".csv":
        assert F.kind(kind).fields[1].en in template.read_text(encoding="utf-8-sig")
    catalog = Catalog.open(catalog_file, read_only=True)
    try:
        before = catalog.all(kind)
    finally:
        catalog.close()
    # Re-importing the export changes nothing: every value survives the file.
    assert main(["--db", str(catalog_file), "import", kind, str(exported)]) == 0
    assert f"0 added, {len(before)} updated" in capsys.readouterr().out
    catalog = Catalog.open(catalog_file, read_only=True)
    try:
        after = catalog.all(kind)
    finally:
        catalog.close()
    strip = ("version", "updated_at")
    assert [{k: v for k, v in r.items() if k not in strip} for r in after] == [
        {k: v for k, v in r.items() if k not in strip} for r in before
    ]


def test_search_kind_incentives_json(catalog_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(catalog_file), "search", "--kind", "incentives", "--json", "--lang", "en"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert len(results) >= 10
    for item in results:
        assert {"id", "kind", "title", "town"} <= set(item) and item["kind"] == "incentives"
    national = [r for r in results if r["title"] == "Investment Agreement"]
    assert national and national[0]["town"] is None and national[0]["town_name"] == ""
    balkhash = [r for r in results if r["town"] == "balkhash"]
    assert balkhash and balkhash[0]["town_name"] == "Balkhash"


@pytest.mark.parametrize(("kind", "query", "expected"), [
    ("incentives", "СЭЗ", "Saryarka special economic zone regime"),
    ("institutions", "Сарыарка", "SPK Saryarka (regional development corporation)"),
    ("routes", "Мойынты", "Moiynty (rail junction)"),
])  # fmt: skip
def test_search_finds_the_new_kinds_by_their_words(
    catalog_file: Path, capsys: pytest.CaptureFixture[str], kind: str, query: str, expected: str
) -> None:
    assert main(["--db", str(catalog_file), "search", query, "--kind", kind, "--json", "--lang", "en"]) == 0
    assert expected in [r["title"] for r in json.loads(capsys.readouterr().out)]


def test_completeness_reports_what_the_sources_do_not_give(catalog: Catalog) -> None:
    spk = next(r for r in catalog.all("institutions") if r["name_en"].startswith("SPK Saryarka"))
    share, missing = quality.completeness("institutions", spk)
    assert share < 1 and "website" in missing and "phone / email" in " / ".join(missing) or "phone" in str(missing)
    kazakh_invest = catalog.get("institutions", 1)
    assert kazakh_invest is not None and quality.completeness("institutions", kazakh_invest)[0] == 1.0


def test_deleting_a_town_counts_its_routes(catalog: Catalog) -> None:
    assert catalog.dependents("towns", "balkhash")["routes"] >= 5
