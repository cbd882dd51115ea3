"""Full-text search and structured filters: what users type, and what they must never break."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from guide.catalog.search import MAX_WORDS, Filters, fts_query
from guide.catalog.store import Catalog
from guide.cli import main
from guide.commands.catalog_commands import SEARCH_KINDS

SEARCHABLE = ["premises", "projects", "suppliers", "zones", "towns", "indicators", "town_status"]
BALKHASH_NAMES = ["Балқаш", "Балхаш", "балх", "Balkhash", "BALKHASH", "балқ", "БАЛҚАШ"]
NASTY = [
    '"foo',
    "AND",
    "NEAR(",
    "a:b",
    "-x",
    "Балқаш-су",
    "o'reilly",
    "",
    "x" * 10_000,
    "Балқаш " * 2_000,
    '"',
    "*",
    "foo OR",
    "NOT",
    "(",
    ")",
    "^foo",
    "{a b}",
    "NEAR(a b, 5)",
    "title:цех",
    "a AND OR NOT b",
    "%_\\",
    "'; DROP TABLE premises; --",
    "\x00",
    "💥 ⅷ ² ٣",
    "e\u0301",
    "  \t\n ",
]


def ids(rows: list[dict[str, Any]]) -> set[Any]:
    return {r["id"] for r in rows}


def add_premise(catalog: Catalog, **values: Any) -> int:
    base = {"town": "temirtau", "title": "x", "kind": "production_hall", "floor_area_m2": 100}
    return int(catalog.insert("premises", {**base, **values}))


# -- words --------------------------------------------------------------------------


def test_case_is_ignored_for_cyrillic_and_kazakh(catalog: Catalog) -> None:
    target = add_premise(catalog, title="Цех «ҚҰРЫЛЫС» и ӘУЕЖАЙ", description="ёлка")
    for query in ["құрылыс", "ҚҰРЫЛЫС", "Құрылыс", "әуежай", "Әуежай", "ЦЕХ ҚҰРЫЛЫС", "ЁЛКА"]:
        assert target in ids(catalog.query("premises", None, query)), query


def test_every_word_must_match(catalog: Catalog) -> None:
    target = add_premise(catalog, title="Цех Жаңаарқа", description="литейный участок")
    assert ids(catalog.query("premises", None, "Жаңаарқа литейный")) == {target}
    assert ids(catalog.query("premises", None, "Жаңаарқа несуществующийзверь")) == set()
    assert ids(catalog.query("premises", None, "Жаңаарқа Балхаш")) == set()


def test_the_last_word_is_a_prefix_and_only_the_last(catalog: Catalog) -> None:
    target = add_premise(catalog, title="Цех Жаңаарқа", description="литейный участок")
    assert ids(catalog.query("premises", None, "Жаңаа")) == {target}
    assert ids(catalog.query("premises", None, "литейный Жаңаа")) == {target}
    assert ids(catalog.query("premises", None, "Жаңаа литейный")) == set()


@pytest.mark.parametrize("query", BALKHASH_NAMES)
def test_balkhash_premises_by_any_name_of_the_town(catalog: Catalog, query: str) -> None:
    balkhash = ids(catalog.where("premises", "town", "balkhash"))
    assert len(balkhash) >= 6
    assert ids(catalog.query("premises", None, query)) == balkhash
    assert balkhash <= ids(catalog.query("premises", None, query))
    assert ids(catalog.query("projects", None, query)) >= ids(catalog.where("projects", "town", "balkhash"))
    assert "balkhash" in ids(catalog.query("towns", None, query))


def test_hyphenated_and_apostrophe_words_find_their_parts(catalog: Catalog) -> None:
    hyphen = add_premise(catalog, title="База отдыха Балқаш-су")
    reilly = add_premise(catalog, title="Склад O'Reilly Logistics")
    assert hyphen in ids(catalog.query("premises", None, "Балқаш-су"))
    assert ids(catalog.query("premises", None, "o'reilly")) == {reilly}


@pytest.mark.parametrize(
    ("column", "value", "query"),
    [
        ("address", "ул. Жамбыла, 17", "Жамбыла"),
        ("owner", "ТОО «Ақжол Инвест»", "Ақжол"),
        ("cadastral_number", "09:143:045:777", "777"),
        ("akimat_commitment", "Подвести газопровод высокого давления", "газопровод"),
        ("description_en", "near the tailings pond", "tailings"),
        ("title_kk", "Жаңа қойма", "қойма Жаңа"),
    ],
)
def test_searchable_columns(catalog: Catalog, column: str, value: str, query: str) -> None:
    target = add_premise(catalog, **{column: value})
    assert target in ids(catalog.query("premises", None, query))


def test_premises_by_their_zone_name(catalog: Catalog) -> None:
    zone = catalog.where("zones", "town", "temirtau")[0]
    in_zone = ids(catalog.where("premises", "zone", zone["id"]))
    assert in_zone
    assert in_zone <= ids(catalog.query("premises", None, zone["name"]))


def test_the_index_follows_edits_deletes_and_town_renames(catalog: Catalog) -> None:
    target = add_premise(catalog, title="Старое имя Қорғасын")
    assert ids(catalog.query("premises", None, "Қорғасын")) == {target}
    catalog.update("premises", target, {"title": "Новое имя Мырыш"})
    assert ids(catalog.query("premises", None, "Қорғасын")) == set()
    assert ids(catalog.query("premises", None, "Мырыш")) == {target}
    catalog.update("towns", "temirtau", {"name_en": "Temirtau-Steel"})
    assert target in ids(catalog.query("premises", None, "Temirtau Steel"))
    catalog.delete("premises", target)
    assert ids(catalog.query("premises", None, "Мырыш")) == set()


def test_suppliers_and_projects_are_searched(catalog: Catalog) -> None:
    assert ids(catalog.query("suppliers", None, "балқаш мыс")) == {8}
    assert {4} <= ids(catalog.query("projects", None, "спецкокс"))


def test_indicators_and_status_history_are_searched_by_words(catalog: Catalog) -> None:
    indicator = catalog.all("indicators")[0]
    found = catalog.query("indicators", None, indicator["name"])
    assert indicator["id"] in ids(found)
    assert catalog.query("indicators", None, "несуществующий показатель") == []
    former = [r for r in catalog.all("town_status") if r["status"] == "former_monotown"]
    assert former and ids(catalog.query("town_status", None, "former")) == ids(former)


def test_a_query_is_bounded(catalog: Catalog) -> None:
    query = fts_query(" ".join(f"слово{i}" for i in range(100)))
    assert query is not None and query.count('"') == 2 * MAX_WORDS
    assert fts_query("x" * 10_000) == '"' + "x" * 64 + '"*'


# -- no input may raise ---------------------------------------------------------------------


@pytest.mark.parametrize("text", NASTY, ids=[repr(t[:20]) for t in NASTY])
@pytest.mark.parametrize("kind", SEARCHABLE)
def test_no_input_raises(catalog: Catalog, kind: str, text: str) -> None:
    rows = catalog.query(kind, None, text, limit=50)
    assert isinstance(rows, list)
    assert catalog.count(kind, None, text) >= len(rows)
    filtered = catalog.query(kind, Filters(towns=["balkhash"], min_area_m2=1), text)
    assert len(filtered) <= catalog.count(kind, None, text)


def test_an_empty_query_lists_everything(catalog: Catalog) -> None:
    for kind in SEARCHABLE:
        assert catalog.count(kind, None, "") == catalog.count(kind, None, None) == catalog.total(kind)
        assert catalog.count(kind, None, "  «» — ") == catalog.total(kind)


def test_syntax_is_searched_as_text(catalog: Catalog) -> None:
    target = add_premise(catalog, title="Жаңаарқа AND NEAR")
    found = ids(catalog.query("premises", None, "AND NEAR"))
    assert target in found
    assert ids(catalog.query("premises", None, '"AND" NEAR(')) == found
    assert ids(catalog.query("premises", None, "Жаңаарқа AND NEAR")) == {target}


def test_sql_in_a_query_is_just_words(catalog: Catalog) -> None:
    before = catalog.total("premises")
    assert catalog.query("premises", None, "'; DROP TABLE premises; --") == []
    assert catalog.total("premises") == before


# -- structured filters ----------------------------------------------------------------


FILTERS: list[tuple[str, Filters, Callable[[dict[str, Any]], bool]]] = [
    ("town", Filters(towns=["balkhash"]), lambda r: r["town"] == "balkhash"),
    ("two towns", Filters(towns=["abai", "saran"]), lambda r: r["town"] in ("abai", "saran")),
    ("kind", Filters(kind="warehouse"), lambda r: r["kind"] == "warehouse"),
    ("status", Filters(status="reserved"), lambda r: r["status"] == "reserved"),
    ("min area", Filters(min_area_m2=2000), lambda r: (r["floor_area_m2"] or 0) >= 2000),
    ("min power", Filters(min_power_kw=500), lambda r: (r["power_kw"] or 0) >= 500),
    ("gas", Filters(gas=True), lambda r: r["gas"] == 1),
    ("water", Filters(water=True), lambda r: r["water"] == 1),
    ("heating", Filters(heating=True), lambda r: r["heating"] == 1),
    ("sewerage", Filters(sewerage=True), lambda r: r["sewerage"] == 1),
    ("rail", Filters(rail_siding=True), lambda r: r["rail_siding"] == 1),
    ("max price", Filters(max_price_kzt=700_000), lambda r: r["price_kzt"] is not None and r["price_kzt"] <= 700_000),
    (
        "combined",
        Filters(towns=["temirtau", "balkhash"], min_area_m2=1000, min_power_kw=300, heating=True, rail_siding=True),
        lambda r: (
            r["town"] in ("temirtau", "balkhash")
            and (r["floor_area_m2"] or 0) >= 1000
            and (r["power_kw"] or 0) >= 300
            and r["heating"] == 1
            and r["rail_siding"] == 1
        ),
    ),
]


@pytest.mark.parametrize(("name", "filters", "admits"), FILTERS, ids=[f[0] for f in FILTERS])
def test_each_premises_filter(
    catalog: Catalog, name: str, filters: Filters, admits: Callable[[dict[str, Any]], bool]
) -> None:
    everything = catalog.all("premises")
    expected = {r["id"] for r in everything if admits(r)}
    assert expected and len(expected) < len(everything), "the filter must matter on the bundled data"
    assert ids(catalog.query("premises", filters)) == expected
    assert catalog.count("premises", filters) == len(expected)


def test_a_premise_without_a_price_fails_a_price_filter(catalog: Catalog) -> None:
    unpriced = add_premise(catalog, title="Без цены")
    assert unpriced not in ids(catalog.query("premises", Filters(max_price_kzt=10**12)))
    assert unpriced in ids(catalog.query("premises", Filters()))


def test_filters_and_text_combine(catalog: Catalog) -> None:
    found = catalog.query("premises", Filters(kind="warehouse", towns=["temirtau"]), "склад")
    assert found and all(r["kind"] == "warehouse" and r["town"] == "temirtau" for r in found)
    assert catalog.query("premises", Filters(towns=["abai"]), "Balkhash") == []


def test_filters_for_projects_and_suppliers(catalog: Catalog) -> None:
    planned = catalog.query("projects", Filters(kind="investment", status="planned"))
    assert ids(planned) == {
        r["id"] for r in catalog.all("projects") if (r["kind"], r["status"]) == ("investment", "planned")
    }
    logistics = catalog.query("suppliers", Filters(kind="logistics"))
    assert logistics and all(r["niche"] == "logistics" for r in logistics)
    assert ids(catalog.query("towns", Filters(towns=["saran"]))) == {"saran"}


def test_results_are_ordered_and_paged(catalog: Catalog) -> None:
    by_area = catalog.query("premises", None, None, order_by="floor_area_m2", descending=True)
    areas = [r["floor_area_m2"] for r in by_area if r["floor_area_m2"] is not None]
    assert areas == sorted(areas, reverse=True)
    assert by_area[-1]["floor_area_m2"] is None, "unknown areas come last"
    page = catalog.query("premises", None, None, order_by="floor_area_m2", descending=True, limit=5, offset=5)
    assert page == by_area[5:10]
    assert catalog.query("premises", None, None, order_by="no such column; DROP") == catalog.all("premises")


# -- the command line ------------------------------------------------------------------


def search_json(catalog_file: Path, capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, Any]]:
    assert main(["--db", str(catalog_file), "search", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("query", ["Балқаш", "Балхаш", "балх", "Balkhash"])
def test_cli_search_json_finds_balkhash_premises(
    catalog_file: Path, capsys: pytest.CaptureFixture[str], query: str
) -> None:
    results = search_json(catalog_file, capsys, query)
    premises = [r for r in results if r["kind"] == "premises"]
    catalog = Catalog.open(catalog_file, read_only=True)
    try:
        balkhash = ids(catalog.where("premises", "town", "balkhash"))
    finally:
        catalog.close()
    assert {r["id"] for r in premises} == balkhash
    for item in results:
        assert {"id", "kind", "title", "town"} <= set(item)
        assert item["kind"] in SEARCH_KINDS
    assert {r["town"] for r in premises} == {"balkhash"}
    assert any(r["kind"] == "towns" and r["id"] == "balkhash" for r in results)


def test_cli_search_without_query_lists_everything_the_filters_admit(
    catalog_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = Catalog.open(catalog_file, read_only=True)
    try:
        totals = {kind: catalog.total(kind) for kind in ("premises", "projects", "suppliers", "towns")}
        abai = len(catalog.where("premises", "town", "abai"))
    finally:
        catalog.close()
    everything = search_json(catalog_file, capsys)
    assert {kind: sum(r["kind"] == kind for r in everything) for kind in totals} == totals
    only = search_json(catalog_file, capsys, "--kind", "premises", "--town", "Абай")
    assert len(only) == abai and {r["town"] for r in only} == {"abai"}


def test_cli_search_kazakh_titles(catalog_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    results = search_json(catalog_file, capsys, "--kind", "premises", "--lang", "kk", "--town", "balkhash")
    assert results and all(r["town_name"] == "Балқаш" for r in results)
    assert any(ch in "әғқңөұүһі" for r in results for ch in r["title"].lower())


@pytest.mark.parametrize("query", NASTY[:9], ids=[repr(t[:20]) for t in NASTY[:9]])
def test_cli_search_never_fails(catalog_file: Path, capsys: pytest.CaptureFixture[str], query: str) -> None:
    # '--' lets a query start with '-', as the README says.
    assert isinstance(search_json(catalog_file, capsys, "--", query), list)


def test_cli_search_plain_output(catalog_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(catalog_file), "search", "--kind", "premises", "Balkhash"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines and all(line.startswith("premises") and "[demo]" in line for line in lines)
    assert err.strip() == f"{len(lines)} found"


def test_cli_search_unknown_town_exits_2(catalog_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(catalog_file), "search", "--town", "Атлантида"]) == 2
    err = capsys.readouterr().err
    assert "unknown town 'Атлантида'" in err and "temirtau" in err
