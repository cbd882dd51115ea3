"""Export followed by import reproduces the catalog: every kind, every format, photos too."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.catalog import fields as F
from guide.catalog.bundled import BUNDLED_ORDER
from guide.catalog.exporter import export_file
from guide.catalog.importer import import_file
from guide.catalog.store import Catalog
from guide.cli import main
from tests.catalog.files import FORMATS, jpeg, png, records

TRICKY = {
    "title": '=СУММ(A1) «Цех» "A&B" <Сервис>',
    "title_kk": "Өндірістік цех ӘҒҚҢӨҰҮҺІ әғқңөұүһі",
    "address": "-5 этаж; корпус 2, «литер Б»",
    "owner": "+7 701 000 00 00",
    "description": "Строка 1\nСтрока 2\tс табуляцией; 'кавычки' и @упоминание",
    "description_en": "'=already quoted",
    "cadastral_number": "090110045",
    "akimat_commitment": "#1 priority",
}


def photo_rows(catalog: Catalog, premise_id: int) -> list[tuple]:
    return [
        (p["position"], p["filename"], p["mime"], p["width"], p["height"], catalog.photo_data(p["id"]))
        for p in catalog.photos(premise_id)
    ]


@pytest.fixture
def rich_catalog(catalog: Catalog) -> Catalog:
    """The bundled catalog plus awkward text and photos, some with awkward names."""
    catalog.update("premises", 1, TRICKY)
    catalog.add_photo(1, "фасад.png", png(5, 4))
    catalog.add_photo(1, "фасад.png", jpeg(2, 3))  # the same name twice
    catalog.add_photo(1, "план;этаж 1.jpg", jpeg(6, 6, "green"))
    catalog.add_photo(2, "..", png(1, 1, "white"))
    return catalog


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_then_import_into_an_empty_catalog_reproduces_everything(
    rich_catalog: Catalog, empty_catalog: Catalog, tmp_path: Path, fmt: str
) -> None:
    for kind in BUNDLED_ORDER:
        path = tmp_path / f"{kind}.{fmt}"
        assert export_file(rich_catalog, kind, path) == rich_catalog.total(kind)
        result = import_file(empty_catalog, kind, path)
        assert (result.added, result.updated) == (rich_catalog.total(kind), 0)
    for kind in BUNDLED_ORDER:
        assert records(empty_catalog, kind) == records(rich_catalog, kind), kind
    for premise in rich_catalog.all("premises"):
        expected = photo_rows(rich_catalog, premise["id"])
        got = photo_rows(empty_catalog, premise["id"])
        # Names that can't be file names ('..') or would split the list (';') change; nothing else does.
        assert [row[:1] + row[2:] for row in got] == [row[:1] + row[2:] for row in expected]
        for (_, name, *_), (_, original, *_) in zip(got, expected, strict=True):
            if original not in ("..",) and ";" not in original:
                assert name == original
    assert [row[1] for row in photo_rows(empty_catalog, 1)] == ["фасад.png", "фасад.png", "план_этаж 1.jpg"]
    assert empty_catalog.require("premises", 1)["title"] == TRICKY["title"]
    # The full-text index came along too.
    assert [r["id"] for r in empty_catalog.query("premises", None, "ӘҒҚҢӨҰҮҺІ")] == [1]


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_then_import_into_the_same_catalog_changes_only_versions(
    rich_catalog: Catalog, tmp_path: Path, fmt: str
) -> None:
    before = {kind: records(rich_catalog, kind) for kind in BUNDLED_ORDER}
    versions = {r["id"]: r["version"] for r in rich_catalog.all("premises")}
    photos = photo_rows(rich_catalog, 1)
    for kind in BUNDLED_ORDER:
        path = tmp_path / f"{kind}.{fmt}"
        export_file(rich_catalog, kind, path)
        result = import_file(rich_catalog, kind, path)
        assert (result.added, result.updated) == (0, rich_catalog.total(kind))
    assert {kind: records(rich_catalog, kind) for kind in BUNDLED_ORDER} == before
    assert {r["id"]: r["version"] for r in rich_catalog.all("premises")} == {i: v + 1 for i, v in versions.items()}
    assert [row[2:] for row in photo_rows(rich_catalog, 1)] == [row[2:] for row in photos]


def test_spreadsheet_exports_neutralise_formulas(rich_catalog: Catalog, tmp_path: Path) -> None:
    """A title starting with '=' must not become a live formula in Excel."""
    from openpyxl import load_workbook

    export_file(rich_catalog, "premises", tmp_path / "p.xlsx")
    export_file(rich_catalog, "premises", tmp_path / "p.csv")
    sheet = load_workbook(tmp_path / "p.xlsx").worksheets[0]
    headers = [c.value for c in sheet[1]]
    row = [c for c in sheet[2]]
    title = row[headers.index("title")]
    assert title.data_type == "s" and title.value == "'" + TRICKY["title"]
    assert row[headers.index("owner")].value == "'+7 701 000 00 00"
    assert row[headers.index("description_en")].value == "''=already quoted"
    # The title holds '"', so the CSV quotes the whole cell.
    assert ',"\'=СУММ(A1) «Цех» ""A&B"" <Сервис>",' in (tmp_path / "p.csv").read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_export_then_import_round_trips(catalog_file: Path, tmp_path: Path, fmt: str) -> None:
    other = tmp_path / "other.db"
    assert main(["--db", str(other), "init"]) == 0
    source = Catalog.open(catalog_file)
    try:
        source.update("premises", 2, {"title": "Изменено в источнике", "price_kzt": 1})
        source.add_photo(2, "вид.png", png())
        for kind in F.KINDS:
            assert main(["--db", str(catalog_file), "export", kind, str(tmp_path / f"{kind}.{fmt}")]) == 0
        target = Catalog.open(other)
        try:
            for kind in BUNDLED_ORDER:
                assert main(["--db", str(other), "import", kind, str(tmp_path / f"{kind}.{fmt}")]) == 0
            for kind in BUNDLED_ORDER:
                assert records(target, kind) == records(source, kind)
            assert photo_rows(target, 2) == photo_rows(source, 2)
        finally:
            target.close()
    finally:
        source.close()


def test_export_of_a_filtered_search(catalog: Catalog, tmp_path: Path) -> None:
    from guide.catalog.search import Filters

    path = tmp_path / "balkhash.json"
    count = export_file(catalog, "premises", path, Filters(towns=["balkhash"]), "склад")
    expected = catalog.query("premises", Filters(towns=["balkhash"]), "склад")
    assert count == len(expected) > 0
    import json

    assert [item["id"] for item in json.loads(path.read_text(encoding="utf-8"))] == [r["id"] for r in expected]
