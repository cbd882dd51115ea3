"""Issue 13 fields: a source link on every kind, price units, and translated human-written texts."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.exporter import export_file
from guide.catalog.importer import import_file
from guide.catalog.store import Catalog


@pytest.mark.parametrize("kind_name", list(F.KINDS))
def test_every_kind_has_a_source_link_and_translated_source_title(kind_name: str) -> None:
    codes = F.kind(kind_name).codes
    assert {"source", "source_kk", "source_en", "source_url", "as_of"} <= set(codes)


@pytest.mark.parametrize(
    ("kind_name", "texts"),
    [
        ("premises", ("address", "owner", "akimat_commitment", "contact", "photo_caption", "description")),
        ("zones", ("sectors", "operator", "address", "contact")),
        ("projects", ("sector", "initiator", "contact")),
        ("suppliers", ("contact",)),
        ("towns", ("akimat_contact",)),
    ],
)
def test_human_written_texts_have_kazakh_and_english_versions(kind_name: str, texts: tuple[str, ...]) -> None:
    codes = set(F.kind(kind_name).codes)
    for code in texts:
        assert {code, f"{code}_kk", f"{code}_en"} <= codes, code


def test_town_facts_the_article_does_not_state_have_their_own_source() -> None:
    codes = set(F.TOWNS.codes)
    assert {"city_forming_source", "city_forming_source_url", "distance_source", "distance_source_url"} <= codes


def test_indicators_keep_the_sources_hedge() -> None:
    assert F.INDICATORS.field("qualifier").vocabulary == "qualifier"
    assert i18n.label("qualifier", "about", "en") == "about"


def test_price_unit_labels_exist_in_three_languages() -> None:
    assert i18n.codes("price_unit") == ["total", "per_month", "per_year", "per_m2_month"]
    for code in i18n.codes("price_unit"):
        for lang in i18n.LANGUAGES:
            assert i18n.label("price_unit", code, lang) != code


def test_price_unit_and_source_link_import_by_label_and_export(tmp_path: Path, catalog: Catalog) -> None:
    source = tmp_path / "p.json"
    rows = [
        {
            "town": "temirtau",
            "title": "Цех",
            "kind": "warehouse",
            "floor_area_m2": 300,
            "price_kzt": 500000,
            "price_unit": "В месяц",
            "source": "Решение акимата",
            "source_en": "Akimat decision",
            "source_url": "https://example.kz/decision/1",
            "address_en": "5 Zavodskaya St, Temirtau",
        }
    ]
    source.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    import_file(catalog, "premises", source, backup=False)
    stored = [p for p in catalog.query("premises") if p["title"] == "Цех"][0]
    assert stored["price_unit"] == "per_month"
    assert stored["source_url"] == "https://example.kz/decision/1"
    assert stored["address_en"] == "5 Zavodskaya St, Temirtau"
    out = tmp_path / "out.csv"
    export_file(catalog, "premises", out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        exported = list(csv.DictReader(fh))
    row = [r for r in exported if r["title"] == "Цех"][0]
    assert row["price_unit"] == "per_month" and row["source_url"] == "https://example.kz/decision/1"


def test_bundled_premises_say_what_their_price_is_for(catalog: Catalog) -> None:
    for premise in catalog.query("premises"):
        if premise.get("price_kzt") is not None:
            expected = "total" if premise["deal"] == "sale" else "per_month"
            assert premise["price_unit"] == expected, premise["id"]


def test_max_price_compares_like_with_like(catalog: Catalog) -> None:
    from guide.catalog.search import Filters

    monthly = catalog.query("premises", Filters(max_price_kzt=1_000_000, price_unit="per_month"))
    assert monthly and all(p["price_unit"] == "per_month" and p["price_kzt"] <= 1_000_000 for p in monthly)
    totals = catalog.query("premises", Filters(max_price_kzt=100_000_000, price_unit="total"))
    # A sale price of 48 million is within a 100 million budget; no monthly rent is held against it.
    assert totals and all(p["price_unit"] == "total" for p in totals)


def test_sorting_by_price_ranks_within_each_unit(catalog: Catalog) -> None:
    ranked = catalog.query("premises", order_by="price_kzt")
    units = [p["price_unit"] for p in ranked if p["price_kzt"] is not None]
    # Each unit forms one run: a rent is never ranked between two sale prices.
    runs = [u for i, u in enumerate(units) if i == 0 or units[i - 1] != u]
    assert len(runs) == len(set(runs))
    for unit in set(units):
        prices = [p["price_kzt"] for p in ranked if p["price_unit"] == unit]
        assert prices == sorted(prices)


def test_matching_never_holds_a_sale_price_against_a_monthly_budget(catalog: Catalog) -> None:
    from guide.catalog.match import Needs, match_premises

    needs = Needs(towns=["balkhash"], max_price_kzt=2_000_000, price_unit="per_month")
    by_id = {r.premise["id"]: r for r in match_premises(catalog, needs)}
    # 48 million for sale (premise 14) is not compared with a monthly budget: never within it.
    assert 14 not in by_id or "price" not in by_id[14].meets
    assert not any(r.premise["price_unit"] == "total" and "price" in r.meets for r in by_id.values())
    rent = by_id[9]  # 540,000 a month
    assert "price" in rent.meets
