"""Values read the way Kazakhstan's Excel users write them, headers in any language, and upserts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.importer import header_codes, header_key, import_file, plan_import
from guide.catalog.store import Catalog
from tests.catalog.files import FORMATS, write_records

GOOD: dict[str, Any] = {"town": "temirtau", "title": "Цех", "kind": "production_hall", "floor_area_m2": 100}


def import_one(catalog: Catalog, tmp_path: Path, row: dict[str, Any], fmt: str = "csv", kind: str = "premises") -> dict:
    """Import one row and return the stored record."""
    path = write_records(tmp_path / f"one.{fmt}", [row])
    plan = plan_import(catalog, kind, path)
    assert not plan.problems, plan.problems
    (_, record), *_ = plan.records
    import_file(catalog, kind, path)
    return catalog.require(kind, record["id"])


# -- headers -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
@pytest.mark.parametrize("kind_name", ["premises", "projects", "suppliers", "towns", "indicators"])
def test_every_label_in_every_language_names_its_own_column(kind_name: str, lang: str) -> None:
    kind = F.kind(kind_name)
    accepted = header_codes(kind)
    for f in kind.fields:
        assert accepted[header_key(f.label(lang))] == f.code
        assert accepted[header_key(f.code)] == f.code


@pytest.mark.parametrize("kind_name", list(F.KINDS))
def test_no_two_fields_share_a_label(kind_name: str) -> None:
    """Otherwise a header in one language would silently fill another field."""
    kind = F.kind(kind_name)
    owners: dict[str, str] = {}
    for f in kind.fields:
        for text in {header_key(t) for t in (f.code, f.ru, f.kk, f.en)}:
            assert owners.setdefault(text, f.code) == f.code, (text, owners[text], f.code)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_a_file_with_labels_for_headers(
    empty_catalog: Catalog, catalog: Catalog, tmp_path: Path, lang: str, fmt: str
) -> None:
    values = {
        "town": "Temirtau",
        "title": "Цех «Болат»",
        "title_kk": "«Болат» цехы",
        "kind": "production_hall",
        "floor_area_m2": "1 250,5",
        "power_kw": "800",
        "gas": "да",
        "ownership": "private",
        "missing_infrastructure": "water",
        "commitment_due": "01.05.2025",
    }
    row = {F.PREMISES.field(code).label(lang): value for code, value in values.items()}
    assert "Площадь, м²" in row or "Аудан, м²" in row or "Floor area, m²" in row
    record = import_one(catalog, tmp_path, row, fmt)
    assert (record["town"], record["title"], record["title_kk"]) == ("temirtau", "Цех «Болат»", "«Болат» цехы")
    assert (record["floor_area_m2"], record["power_kw"], record["gas"]) == (1250.5, 800.0, 1)
    assert (record["ownership"], record["missing_infrastructure"], record["commitment_due"]) == (
        "private",
        "water",
        "2025-05-01",
    )


@pytest.mark.parametrize("header", ["ПЛОЩАДЬ, М²", "площадь,  м²", "Площадь, м2", "floor area m2", "FLOOR_AREA_M2"])
def test_headers_ignore_case_spacing_and_the_squared_sign(catalog: Catalog, tmp_path: Path, header: str) -> None:
    row = {"town": "temirtau", "title": "Цех", "kind": "office", header: "75"}
    assert import_one(catalog, tmp_path, row)["floor_area_m2"] == 75.0


# -- numbers, yes/no, dates --------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("1 250,5", 1250.5),
        ("1250.5", 1250.5),
        ("1250,5", 1250.5),
        ("1\u00a0250,5", 1250.5),  # Excel's no-break space
        ("1\u202f250,5", 1250.5),  # narrow no-break space
        ("1.250,5", 1250.5),
        ("1,250.5", 1250.5),
        ("12 000 000", 12_000_000.0),
        ("0,75", 0.75),
        (" 42 ", 42.0),
        ("1e3", 1000.0),
    ],
)
def test_numbers_as_typed_in_kazakhstan(catalog: Catalog, tmp_path: Path, typed: str, number: float) -> None:
    assert import_one(catalog, tmp_path, {**GOOD, "price_kzt": typed})["price_kzt"] == number


@pytest.mark.parametrize("fmt", ["xlsx", "json"])
def test_typed_numbers_in_xlsx_and_json(catalog: Catalog, tmp_path: Path, fmt: str) -> None:
    record = import_one(catalog, tmp_path, {**GOOD, "price_kzt": 1250.5, "floors": 3, "floor_area_m2": 800}, fmt)
    assert (record["price_kzt"], record["floors"], record["floor_area_m2"]) == (1250.5, 3, 800.0)
    assert isinstance(record["floors"], int)


YES = ["да", "Да", "ДА", "иә", "Иә", "yes", "Yes", "1", "true", "+"]
NO = ["нет", "Нет", "жоқ", "Жоқ", "no", "NO", "0", "false", "-"]


@pytest.mark.parametrize(("typed", "stored"), [(y, 1) for y in YES] + [(n, 0) for n in NO])
def test_yes_and_no_in_three_languages(catalog: Catalog, tmp_path: Path, typed: str, stored: int) -> None:
    assert import_one(catalog, tmp_path, {**GOOD, "gas": typed})["gas"] == stored


@pytest.mark.parametrize("fmt", ["xlsx", "json"])
@pytest.mark.parametrize(("typed", "stored"), [(True, 1), (False, 0), (1, 1), (0, 0)])
def test_typed_booleans(catalog: Catalog, tmp_path: Path, fmt: str, typed: Any, stored: int) -> None:
    assert import_one(catalog, tmp_path, {**GOOD, "rail_siding": typed}, fmt)["rail_siding"] == stored


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2024-05-01", "2024-05-01"),
        ("01.05.2024", "2024-05-01"),
        ("1.5.2024", "2024-05-01"),
        ("01/05/2024", "2024-05-01"),
        ("01.05.24", "2024-05-01"),
        ("2024-05-01 00:00:00", "2024-05-01"),
        ("45413", "2024-05-01"),  # an Excel serial, pasted as text
    ],
)
def test_dates_as_typed(catalog: Catalog, tmp_path: Path, typed: str, stored: str) -> None:
    assert import_one(catalog, tmp_path, {**GOOD, "as_of": typed})["as_of"] == stored


@pytest.mark.parametrize("typed", [dt.date(2024, 5, 1), dt.datetime(2024, 5, 1, 13, 30), 45413])
def test_excel_date_cells(catalog: Catalog, tmp_path: Path, typed: Any) -> None:
    assert import_one(catalog, tmp_path, {**GOOD, "available_from": typed}, "xlsx")["available_from"] == "2024-05-01"


# -- references and codes ----------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "town"),
    [
        ("balkhash", "balkhash"),
        ("Балхаш", "balkhash"),
        ("Балқаш", "balkhash"),
        ("Balkhash", "balkhash"),
        ("БАЛҚАШ", "balkhash"),
        ("  balkhash ", "balkhash"),
        ("Темиртау", "temirtau"),
        ("Теміртау", "temirtau"),
        ("Сарань", "saran"),
        ("Саран", "saran"),
        ("Shakhtinsk", "shakhtinsk"),
        ("Абай", "abai"),
    ],
)
def test_towns_by_id_or_any_name(catalog: Catalog, tmp_path: Path, typed: str, town: str) -> None:
    assert import_one(catalog, tmp_path, {**GOOD, "town": typed})["town"] == town


@pytest.mark.parametrize("fmt", FORMATS)
def test_zone_by_id_or_name(catalog: Catalog, tmp_path: Path, fmt: str) -> None:
    zone = catalog.where("zones", "town", "temirtau")[0]
    by_id = import_one(catalog, tmp_path, {**GOOD, "zone": zone["id"]}, fmt)
    by_name = import_one(catalog, tmp_path, {**GOOD, "zone": zone["name_en"]}, fmt)
    assert by_id["zone"] == by_name["zone"] == zone["id"]
    assert isinstance(by_id["zone"], int)


def test_a_zone_in_another_town_is_refused(catalog: Catalog, tmp_path: Path) -> None:
    zone = catalog.where("zones", "town", "balkhash")[0]
    plan = plan_import(catalog, "premises", write_records(tmp_path / "z.csv", [{**GOOD, "zone": zone["id"]}]))
    assert [(p.column, "not in temirtau" in p.message) for p in plan.problems] == [("zone", True)]


@pytest.mark.parametrize(
    ("column", "vocabulary"),
    [("kind", "premise_kind"), ("status", "premise_status"), ("ownership", "ownership"), ("deal", "deal")],
)
def test_choices_by_code_or_any_label(catalog: Catalog, tmp_path: Path, column: str, vocabulary: str) -> None:
    rows = []
    expected = []
    for code, labels in i18n.VOCABULARIES[vocabulary].items():
        for typed in (code, labels["ru"], labels["kk"], labels["en"].upper()):
            rows.append({**GOOD, column: typed})
            expected.append(code)
    first = max(r["id"] for r in catalog.all("premises")) + 1
    import_file(catalog, "premises", write_records(tmp_path / "choices.csv", rows))
    stored = [r[column] for r in catalog.all("premises") if r["id"] >= first]
    assert stored == expected


def test_missing_infrastructure_as_codes_or_labels(catalog: Catalog, tmp_path: Path) -> None:
    typed = "газ; Электричество,water ; Жылумен жабдықтау;rail_siding;газ"
    record = import_one(catalog, tmp_path, {**GOOD, "missing_infrastructure": typed})
    assert record["missing_infrastructure"] == "gas;power;water;heating;rail_siding"


# -- upsert ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_row_with_an_existing_id_updates_that_record(catalog: Catalog, tmp_path: Path, fmt: str) -> None:
    before = next(r for r in catalog.all("premises") if r["floor_area_m2"] and r["description"])
    total = catalog.total("premises")
    # The required columns, and one to change; every column the file lacks is left alone.
    rows = [
        {
            "id": before["id"],
            "town": before["town"],
            "title": "Новое название",
            "kind": before["kind"],
            "floor_area_m2": before["floor_area_m2"],
            "price_kzt": "999 000",
        },
        {**GOOD, "title": "Совсем новый"},
    ]
    result = import_file(catalog, "premises", write_records(tmp_path / f"upsert.{fmt}", rows))
    assert (result.added, result.updated) == (1, 1)
    assert catalog.total("premises") == total + 1
    after = catalog.require("premises", before["id"])
    assert (after["title"], after["price_kzt"]) == ("Новое название", 999_000.0)
    assert after["version"] == before["version"] + 1
    untouched = {k: v for k, v in before.items() if k not in ("title", "price_kzt", "version", "updated_at")}
    assert {k: after[k] for k in untouched} == untouched
    assert catalog.count("premises", None, "Новое название") == 1


def test_updating_a_town_by_id_keeps_its_records(catalog: Catalog, tmp_path: Path) -> None:
    premises = catalog.count("premises", None, None)
    path = write_records(tmp_path / "towns.csv", [{"id": "abai", "name": "Абай", "population": "47 000"}])
    result = import_file(catalog, "towns", path)
    assert (result.added, result.updated) == (0, 1)
    assert catalog.require("towns", "abai")["population"] == 47_000
    assert catalog.count("premises", None, None) == premises


def test_a_new_town_gets_an_id_from_its_english_name(catalog: Catalog, tmp_path: Path) -> None:
    rows = [{"name": "Каражал", "name_kk": "Қаражал", "name_en": "Karazhal", "lat": "48,0", "lon": "70,8"}]
    import_file(catalog, "towns", write_records(tmp_path / "towns.json", rows))
    assert catalog.require("towns", "karazhal")["name_kk"] == "Қаражал"
    assert catalog.resolve_town("Қаражал") == "karazhal"


def test_indicators_for_the_region_have_no_town(catalog: Catalog, tmp_path: Path) -> None:
    rows = [{"Год": 2024, "Показатель": "sme_count", "Значение": "1 234", "Единица": "ед.", "Город": None}]
    path = write_records(tmp_path / "ind.xlsx", rows)
    import_file(catalog, "indicators", path)
    stored = catalog.where("indicators", "name", "sme_count")
    assert [(r["town"], r["year"], r["value"], r["unit"]) for r in stored] == [(None, 2024, 1234.0, "ед.")]


def test_template_hint_rows_are_skipped(catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "hints.csv"
    path.write_text(
        "town,title,kind,floor_area_m2\n# town id or name,#,# production_hall...,# number\ntemirtau,Цех,office,5\n",
        encoding="utf-8",
    )
    assert import_file(catalog, "premises", path).added == 1
