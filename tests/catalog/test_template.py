"""Import templates: headers in the chosen language, hints with allowed values, and they import once filled."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.importer import import_file
from guide.catalog.store import Catalog
from guide.cli import main

REQUIRED = {"ru": "обязательно", "kk": "міндетті", "en": "required"}
YES_NO = {"ru": "да/нет", "kk": "иә/жоқ", "en": "yes/no"}
KINDS = ["premises", "projects", "suppliers", "towns", "indicators"]


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
@pytest.mark.parametrize("kind_name", KINDS)
def test_csv_template_headers_and_hints(
    tmp_path: Path, kind_name: str, lang: str, capsys: pytest.CaptureFixture
) -> None:
    path = tmp_path / "t.csv"
    assert main(["--db", str(tmp_path / "unused.db"), "template", kind_name, str(path), "--lang", lang]) == 0
    assert str(path) in capsys.readouterr().out
    kind = F.kind(kind_name)
    headers, hints, *rest = read_csv(path)
    assert rest == []
    assert headers == [f.label(lang) for f in kind.fields]
    assert all(h.startswith("#") for h in hints)
    by_code = dict(zip(kind.codes, hints, strict=True))
    for f in kind.fields:
        if f.required:
            assert REQUIRED[lang] in by_code[f.code]
        if f.vocabulary:
            for code in i18n.codes(f.vocabulary):
                assert f"{code} ({i18n.label(f.vocabulary, code, lang)})" in by_code[f.code]
        if f.type == F.BOOL:
            assert YES_NO[lang] in by_code[f.code]
        if f.type == F.DATE:
            assert "01.05.2024" in by_code[f.code]
    # The template needs no catalog.
    assert not (tmp_path / "unused.db").exists()


def test_kazakh_template_speaks_kazakh(tmp_path: Path) -> None:
    path = tmp_path / "kk.csv"
    assert main(["template", "premises", str(path), "--lang", "kk"]) == 0
    headers, hints = read_csv(path)
    assert headers[:4] == ["Коды", "Қала", "Атауы", "Атауы (қаз.)"]
    assert "Аудан, м²" in headers and "Теміржол тұйығы" in headers
    assert "production_hall (Өндірістік цех)" in hints[headers.index("Нысан түрі")]


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_xlsx_template(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "t.xlsx"
    assert main(["template", "premises", str(path), "--lang", lang]) == 0
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    assert [c.value for c in sheet[1]] == [f.label(lang) for f in F.PREMISES.fields]
    assert sheet.max_row == 1, "no data rows, so the first row a user types is row 2"
    kind_cell = sheet.cell(row=1, column=F.PREMISES.codes.index("kind") + 1)
    assert kind_cell.comment is not None and "warehouse" in kind_cell.comment.text
    assert REQUIRED[lang] in kind_cell.comment.text
    help_sheet = workbook.worksheets[1]
    hints = {row[0]: row[1] for row in help_sheet.iter_rows(min_row=2, values_only=True)}
    assert "lease (" in hints[F.PREMISES.field("deal").label(lang)]


def filled_row(lang: str) -> dict[str, str]:
    """What an economist types under the headers: labels and local number styles."""
    labels = {
        "town": {"ru": "Балхаш", "kk": "Балқаш", "en": "Balkhash"}[lang],
        "title": "Склад «Ақбота»",
        "kind": i18n.label("premise_kind", "warehouse", lang),
        "floor_area_m2": "1 250,5",
        "gas": i18n.label("boolean", "yes", lang),
        "deal": i18n.label("deal", "lease", lang),
        "as_of": "01.05.2024",
    }
    return {F.PREMISES.field(code).label(lang): value for code, value in labels.items()}


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_a_filled_csv_template_imports(catalog: Catalog, tmp_path: Path, lang: str) -> None:
    path = tmp_path / "filled.csv"
    assert main(["template", "premises", str(path), "--lang", lang]) == 0
    headers = read_csv(path)[0]
    row = filled_row(lang)
    with path.open("a", encoding="utf-8", newline="") as fh:
        # The hint row stays where the template put it, as users leave it.
        csv.writer(fh, lineterminator="\r\n").writerow([row.get(h, "") for h in headers])
    result = import_file(catalog, "premises", path)
    assert (result.added, result.updated) == (1, 0)
    (record,) = catalog.query("premises", None, "Склад «Ақбота»")
    assert (
        record["town"],
        record["kind"],
        record["floor_area_m2"],
        record["gas"],
        record["deal"],
        record["as_of"],
    ) == (
        "balkhash",
        "warehouse",
        1250.5,
        1,
        "lease",
        "2024-05-01",
    )


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_a_filled_xlsx_template_imports(catalog_file: Path, tmp_path: Path, lang: str) -> None:
    path = tmp_path / "filled.xlsx"
    assert main(["template", "premises", str(path), "--lang", lang]) == 0
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    headers = [c.value for c in sheet[1]]
    row = filled_row(lang)
    sheet.append([row.get(h) for h in headers])
    workbook.save(path)
    assert main(["--db", str(catalog_file), "import", "premises", str(path)]) == 0
    catalog = Catalog.open(catalog_file)
    try:
        (record,) = catalog.query("premises", None, "Склад «Ақбота»")
        assert (record["town"], record["floor_area_m2"], record["gas"]) == ("balkhash", 1250.5, 1)
    finally:
        catalog.close()


def test_an_unfilled_template_imports_nothing(catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    assert main(["template", "premises", str(path)]) == 0
    from guide.catalog.importer import plan_import

    plan = plan_import(catalog, "premises", path)
    assert [p.message for p in plan.problems] == ["the file has a header but no data rows"]


def test_a_json_template_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["template", "premises", str(tmp_path / "t.json")]) == 2
    assert "use .csv or .xlsx" in capsys.readouterr().err
    assert not (tmp_path / "t.json").exists()


def test_a_template_into_a_missing_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["template", "premises", str(tmp_path / "nowhere" / "t.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err
