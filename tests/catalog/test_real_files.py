"""The committed files of tests/data/import: sheets as akimat staff really send them."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.catalog.errors import ValidationFailed
from guide.catalog.importer import import_file
from guide.catalog.store import Catalog
from guide.cli import main
from tests.catalog.files import dump, dump_file

DATA = Path(__file__).resolve().parent.parent / "data" / "import"


def new_records(catalog: Catalog, kind: str, before: int) -> list[dict]:
    return [r for r in catalog.all(kind) if r["id"] > before]


def test_russian_akimat_workbook(catalog: Catalog) -> None:
    last = max(r["id"] for r in catalog.all("premises"))
    result = import_file(catalog, "premises", DATA / "premises_akimat_ru.xlsx")
    assert (result.added, result.updated) == (3, 0)
    store, office, plot = new_records(catalog, "premises", last)

    assert store["town"] == "balkhash"  # «Балхаш»
    assert store["title"] == "Склад ГСМ бывшей автобазы"
    assert store["kind"] == "warehouse"  # «Склад»
    assert store["floor_area_m2"] == 1250.5  # "1 250,5" typed as text
    assert store["land_area_ha"] is None
    assert store["power_kw"] == 250.0
    assert (store["gas"], store["water"], store["heating"], store["rail_siding"]) == (1, 0, 1, 0)
    assert store["price_kzt"] == 4_500_000.0  # "4 500 000"
    assert (store["deal"], store["ownership"], store["status"]) == ("sale", "communal", "vacant")
    assert store["missing_infrastructure"] == "gas;heating"  # «газ; теплоснабжение»
    assert store["akimat_commitment"] == "Подвести газ до границы участка"
    assert store["commitment_due"] == "2025-09-01"  # "01.09.2025"
    assert store["as_of"] == "2024-05-01"  # an Excel date cell
    assert (store["lat"], store["lon"]) == (46.84, 74.99)

    photos = catalog.photos(store["id"])
    assert [(p["filename"], p["mime"], p["width"], p["height"]) for p in photos] == [
        ("sklad-1.jpg", "image/jpeg", 8, 6),
        ("sklad-2.png", "image/png", 6, 8),
    ]
    assert catalog.photo_data(photos[1]["id"]) == (DATA / "photos" / "sklad-2.png").read_bytes()

    assert office["town"] == "balkhash"  # «Балқаш», the Kazakh name
    assert office["kind"] == "office"  # «Кеңсе», the Kazakh label
    assert office["price_kzt"] == 1250.5  # "1250.5"
    assert (office["gas"], office["water"], office["heating"], office["rail_siding"]) == (1, 1, 1, 0)
    assert (office["deal"], office["ownership"], office["status"]) == ("lease", "private", "reserved")
    assert office["as_of"] == "2024-05-01"  # "2024-05-01"
    assert catalog.photos(office["id"]) == []

    assert plot["town"] == "temirtau"  # "Temirtau"
    assert plot["kind"] == "land_plot"  # "Land plot"
    assert (plot["floor_area_m2"], plot["land_area_ha"]) == (None, 2.5)  # "2,5"
    assert (plot["gas"], plot["water"], plot["heating"], plot["rail_siding"]) == (1, 0, 0, 1)  # 1, 0, FALSE, TRUE
    assert (plot["deal"], plot["ownership"]) == ("sale", "state")  # "sale", "STATE"
    assert plot["missing_infrastructure"] == "power;water;rail_siding"  # "electricity, water, Rail siding"
    assert plot["commitment_due"] == "2025-12-31"
    assert plot["as_of"] == "2024-05-01"  # the Excel serial 45413


def test_cp1251_semicolon_csv_from_russian_excel(catalog: Catalog) -> None:
    """Excel's «CSV (разделители — точка с запятой)»: cp1251, ';', and «м²» saved as «м?»."""
    assert "Площадь, м?;".encode("cp1251") in (DATA / "premises_cp1251.csv").read_bytes()
    last = max(r["id"] for r in catalog.all("premises"))
    import_file(catalog, "premises", DATA / "premises_cp1251.csv")
    hall, store = new_records(catalog, "premises", last)
    assert (hall["town"], hall["kind"], hall["floor_area_m2"], hall["price_kzt"]) == (
        "shakhtinsk",
        "production_hall",
        1800.0,
        2_700_000.5,
    )
    assert (hall["gas"], hall["as_of"]) == (1, "2024-03-15")
    assert (store["town"], store["kind"], store["floor_area_m2"], store["price_kzt"]) == (
        "abai",
        "warehouse",
        640.25,
        None,
    )
    assert (store["title"], store["gas"], store["as_of"]) == ("Склад «Ё-моё»", 0, "2024-03-16")


def test_kazakh_headers_with_bom(catalog: Catalog) -> None:
    last = max(r["id"] for r in catalog.all("premises"))
    import_file(catalog, "premises", DATA / "premises_kk.csv")
    hall, store = new_records(catalog, "premises", last)
    assert hall["title"] == "Өндірістік цех «Құрылыс»"
    assert (hall["town"], hall["kind"], hall["floor_area_m2"], hall["power_kw"]) == (
        "temirtau",
        "production_hall",
        2400.0,
        800.0,
    )
    assert (hall["gas"], hall["water"], hall["status"]) == (1, 0, "vacant")
    assert (store["town"], store["kind"], store["floor_area_m2"], store["power_kw"]) == (
        "saran",
        "warehouse",
        500.5,
        None,
    )
    assert (store["gas"], store["water"], store["status"]) == (0, 1, "sold")


def test_english_json_suppliers(catalog: Catalog) -> None:
    last = max(r["id"] for r in catalog.all("suppliers"))
    import_file(catalog, "suppliers", DATA / "suppliers_en.json")
    rail, service = new_records(catalog, "suppliers", last)
    assert (rail["town"], rail["niche"], rail["is_local"], rail["phone"]) == (
        "temirtau",
        "logistics",
        1,
        "+7 7213 00-00-99",
    )
    assert rail["description"] == 'Rail and road transport; "door to door" <24 h> & storage'
    assert (service["town"], service["name"], service["niche"], service["is_local"]) == (
        "shakhtinsk",
        "ТОО «Шахтинск Сервис»",
        "services",
        0,
    )


# Every bad row of premises_bad.*: (index among the data rows, column, words of the reason).
BAD = [
    (1, "Город (town)", "unknown town 'Караганда-Сити'"),
    (2, "Тип объекта (kind)", "unknown value 'Ангар'"),
    (3, "Статус (status)", "unknown value 'Свободен'"),
    (4, "Площадь, м² (floor_area_m2)", "must be greater than zero"),
    (5, "Площадь, м² (floor_area_m2)", "'около 500' is not a number"),
    (6, "Широта (lat)", "lat/lon look swapped"),
    (7, "Электричество, кВт (power_kw)", "kW or MW?"),
    (8, "Дата актуальности (as_of)", "'32.13.2024' is not a date"),
    (9, "Условия (deal)", "unknown value 'Бартер'"),
    (10, "Форма собственности (ownership)", "unknown value 'Общая'"),
    (12, "id", "duplicate id 7001 (also in row {row11})"),
    (13, "Фото", "not an image"),
    (14, "Фото", "must be relative to the file's folder, without '..'"),
]


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_the_bad_file_reports_every_problem_and_changes_nothing(catalog: Catalog, fmt: str) -> None:
    first = 1 if fmt == "json" else 2
    before = dump(catalog)
    with pytest.raises(ValidationFailed) as failure:
        import_file(catalog, "premises", DATA / f"premises_bad.{fmt}")
    assert dump(catalog) == before
    got = [(p.row, p.column) for p in failure.value.problems]
    assert got == [(first + index, column) for index, column, _ in BAD]
    for problem, (_, _, words) in zip(failure.value.problems, BAD, strict=True):
        assert words.format(row11=first + 11) in problem.message


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_cli_on_the_bad_file(catalog_file: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = DATA / f"premises_bad.{fmt}"
    before = dump_file(catalog_file)
    assert main(["--db", str(catalog_file), "import", "premises", str(path)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == len(BAD) + 1
    first = 1 if fmt == "json" else 2
    for line, (index, column, _) in zip(lines, BAD, strict=False):
        assert line.startswith(f"error: {path}, row {first + index}, column {column}: ")
    assert dump_file(catalog_file) == before
