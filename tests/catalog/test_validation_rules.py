"""Every validation rule of the importer, with real CSV, XLSX and JSON files.

Each bad file also holds a good row: all or nothing means the good row is not
imported either, and a full dump of the database (every table, full-text
indexes included) is the same before and after.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from guide.catalog.backup import backup_folder
from guide.catalog.errors import ValidationFailed
from guide.catalog.importer import import_file, plan_import
from guide.catalog.store import Catalog
from guide.cli import main
from tests.catalog.files import FORMATS, dump, dump_file, row_number, write_records

GOOD: dict[str, Any] = {
    "town": "temirtau",
    "title": "Цех металлообработки",
    "kind": "production_hall",
    "floor_area_m2": 1200,
}
HEADER = "header"


@dataclass
class Case:
    """A file with one problem: ``bad`` replaces fields of the second row."""

    name: str
    bad: dict[str, Any] = field(default_factory=dict)
    # Columns to leave out of the file, or to add to the header row.
    drop: tuple[str, ...] = ()
    # (row: 1 = the second data row, or HEADER; column; words of the reason)
    expect: tuple[Any, str, str] = (1, "", "")
    first: dict[str, Any] = field(default_factory=dict)
    absent: str | None = None


CASES = [
    Case("unknown town", {"town": "Караганда-Сити"}, expect=(1, "town", "unknown town 'Караганда-Сити'")),
    Case("unknown kind", {"kind": "ангар"}, expect=(1, "kind", "unknown value 'ангар'; expected one of")),
    Case("unknown status", {"status": "free"}, expect=(1, "status", "unknown value 'free'")),
    Case("unknown ownership", {"ownership": "municipal"}, expect=(1, "ownership", "unknown value 'municipal'")),
    Case("unknown deal", {"deal": "rent"}, expect=(1, "deal", "unknown value 'rent'")),
    Case("unknown zone", {"zone": "Промзона на Луне"}, expect=(1, "zone", "unknown small industrial zone")),
    Case(
        "unknown missing infrastructure",
        {"missing_infrastructure": "газ; телепорт"},
        expect=(1, "missing_infrastructure", "unknown value 'телепорт'"),
    ),
    Case("missing required column", drop=("title",), expect=(HEADER, "title", "required column title")),
    Case("missing town column", drop=("town",), expect=(HEADER, "town", "required column town")),
    Case(
        "missing both area columns",
        drop=("floor_area_m2",),
        expect=(HEADER, "floor_area_m2", "floor_area_m2 or land_area_ha is missing"),
    ),
    Case("unknown column", {"Площадь м2": 5}, expect=(HEADER, "Площадь м2", "unknown column 'Площадь м2'")),
    Case("unknown column typo", {"pirce_kzt": 5}, expect=(HEADER, "pirce_kzt", "unknown column 'pirce_kzt'")),
    Case("non-number", {"price_kzt": "договорная"}, expect=(1, "price_kzt", "'договорная' is not a number")),
    Case("non-number area", {"floor_area_m2": "1200 м2"}, expect=(1, "floor_area_m2", "is not a number")),
    Case("non-whole floors", {"floors": 2.5}, expect=(1, "floors", "not a whole number")),
    Case("zero area", {"floor_area_m2": 0}, expect=(1, "floor_area_m2", "must be greater than zero, not 0")),
    Case(
        "negative area",
        {"floor_area_m2": None, "land_area_ha": -2},
        expect=(1, "land_area_ha", "must be greater than zero, not -2"),
    ),
    Case("negative price", {"price_kzt": -100}, expect=(1, "price_kzt", "must be at least 0")),
    Case("empty area", {"floor_area_m2": None}, expect=(1, "floor_area_m2", "give floor_area_m2 or land_area_ha")),
    Case(
        "coordinates outside Kazakhstan",
        {"lat": 10.5, "lon": 10.5},
        expect=(1, "lat", "coordinates 10.5, 10.5 are outside Kazakhstan"),
        absent="swapped",
    ),
    Case(
        "coordinates swapped",
        {"lat": 72.96, "lon": 50.05},
        expect=(1, "lat", "lat/lon look swapped (lat 50.05, lon 72.96 would be in Kazakhstan)"),
    ),
    Case("only one coordinate", {"lat": 50.05}, expect=(1, "lon", "give both lat and lon")),
    Case("power in MW typed as kW", {"power_kw": 800_000}, expect=(1, "power_kw", "kW or MW?")),
    Case("power in MW", {"power_kw": 0.8}, expect=(1, "power_kw", "implausibly small: kW or MW?")),
    Case("bad date", {"as_of": "31.02.2024"}, expect=(1, "as_of", "'31.02.2024' is not a date")),
    Case("bad date text", {"commitment_due": "скоро"}, expect=(1, "commitment_due", "'скоро' is not a date")),
    Case("bad yes/no", {"gas": "может быть"}, expect=(1, "gas", "is not yes or no")),
    # JSON leaves the key out (missing), sheets leave the cell blank (empty): both are refused.
    Case("empty required value", {"title": None}, expect=(1, "title", "required, but ")),
    Case(
        "duplicate id",
        {"id": 900},
        first={"id": 900},
        expect=(1, "id", "duplicate id 900 (also in row {first})"),
    ),
    Case("negative id", {"id": -3}, expect=(1, "id", "must be a positive whole number")),
]


def bad_file(tmp_path: Path, fmt: str, case: Case) -> Path:
    rows = [{**GOOD, **case.first}, {**GOOD, **case.bad}]
    rows = [{k: v for k, v in row.items() if k not in case.drop} for row in rows]
    headers: list[str] = []
    for row in rows:
        headers.extend(k for k in row if k not in headers)
    return write_records(tmp_path / f"bad.{fmt}", rows, headers=headers)


def expected_row(fmt: str, where: Any) -> int | None:
    """Header problems are in row 1 of a sheet; JSON has no header row, so they name no row."""
    if where == HEADER:
        return None if fmt == "json" else 1
    return row_number(fmt, where)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_bad_value_rejects_the_whole_file(catalog: Catalog, tmp_path: Path, fmt: str, case: Case) -> None:
    path = bad_file(tmp_path, fmt, case)
    before = dump(catalog)
    with pytest.raises(ValidationFailed) as failure:
        import_file(catalog, "premises", path)
    assert dump(catalog) == before
    where, column, words = case.expect
    words = words.format(first=row_number(fmt, 0))
    row = expected_row(fmt, where)
    matching = [p for p in failure.value.problems if p.row == row and p.column == column and words in p.message]
    assert matching, f"no problem at row {row}, column {column}, {words!r}; got {failure.value.problems}"
    assert all(p.file == str(path) for p in failure.value.problems)
    if case.absent:
        assert case.absent not in matching[0].message
    # The good row is never reported: the problem is exactly where it is.
    assert not [p for p in failure.value.problems if p.row == row_number(fmt, 0) and not case.first]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_good_row_alone_imports(catalog: Catalog, tmp_path: Path, fmt: str) -> None:
    """The control for the cases above: without the bad row, the file imports."""
    path = write_records(tmp_path / f"good.{fmt}", [GOOD])
    before = catalog.total("premises")
    result = import_file(catalog, "premises", path)
    assert (result.added, result.updated) == (1, 0)
    assert catalog.total("premises") == before + 1


def test_problems_name_the_users_own_header(catalog: Catalog, tmp_path: Path) -> None:
    path = write_records(
        tmp_path / "ru.csv",
        [{"Город": "Темиртау", "Наименование": "Склад", "Тип объекта": "Склад", "Площадь, м²": "0"}],
    )
    plan = plan_import(catalog, "premises", path)
    assert [(p.row, p.column) for p in plan.problems] == [(2, "Площадь, м² (floor_area_m2)")]


def test_every_problem_of_every_row_is_reported(catalog: Catalog, tmp_path: Path) -> None:
    rows = [
        {**GOOD, "town": "Нигде", "price_kzt": "дорого"},
        GOOD,
        {**GOOD, "floor_area_m2": -1, "as_of": "вчера"},
    ]
    plan = plan_import(catalog, "premises", write_records(tmp_path / "many.csv", rows))
    assert sorted((p.row, p.column) for p in plan.problems) == [
        (2, "price_kzt"),
        (2, "town"),
        (4, "as_of"),
        (4, "floor_area_m2"),
    ]
    assert plan.records == [(3, plan.records[0][1])]


def test_a_value_under_no_header_is_an_error(catalog: Catalog, tmp_path: Path) -> None:
    """A stray cell (an unquoted comma, a column without a title) must not be silently dropped."""
    path = tmp_path / "stray.csv"
    path.write_text("town,title,kind,floor_area_m2\ntemirtau,Цех,office,1 250,5\n", encoding="utf-8")
    before = dump(catalog)
    with pytest.raises(ValidationFailed) as failure:
        import_file(catalog, "premises", path)
    assert [(p.row, p.column) for p in failure.value.problems] == [(2, "5")]
    assert "'5' is in a column without a header" in failure.value.problems[0].message
    assert dump(catalog) == before


def test_an_empty_header_cell_over_data_is_an_error(catalog: Catalog, tmp_path: Path) -> None:
    rows = [{**GOOD, "": "потерянные данные"}]
    path = write_records(tmp_path / "gap.xlsx", rows, headers=["town", "title", "", "kind", "floor_area_m2"])
    plan = plan_import(catalog, "premises", path)
    assert [(p.row, p.column) for p in plan.problems] == [(2, "3")]


def test_duplicate_headers_are_an_error(catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "dup.csv"
    path.write_text('town,title,kind,floor_area_m2,"ПЛОЩАДЬ, М²"\ntemirtau,A,office,1,2\n', encoding="utf-8")
    plan = plan_import(catalog, "premises", path)
    assert len(plan.problems) == 1
    assert "duplicate column" in plan.problems[0].message and plan.problems[0].row == 1


def test_rows_without_id_never_take_an_id_given_later_in_the_file(catalog: Catalog, tmp_path: Path) -> None:
    """The first free id is not free when a later row claims it: both rows must survive."""
    next_id = catalog.total("premises") + 1
    rows = [{**GOOD, "title": "без кода"}, {**GOOD, "id": next_id, "title": "с кодом"}]
    import_file(catalog, "premises", write_records(tmp_path / "ids.csv", rows))
    assert catalog.require("premises", next_id)["title"] == "с кодом"
    titles = {r["title"] for r in catalog.all("premises")}
    assert {"без кода", "с кодом"} <= titles


@pytest.mark.parametrize(
    "value",
    [float("inf"), 10**400, [1, 2], {"a": 1}, "²", "9" * 5000],
    ids=["infinity", "huge", "array", "object", "superscript", "5000 digits"],
)
def test_strange_json_values_are_problems_not_crashes(catalog: Catalog, tmp_path: Path, value: Any) -> None:
    """Python's json reads Infinity and huge integers; neither may escape as an exception."""
    path = tmp_path / "odd.json"
    # json.dumps writes Infinity for float("inf"), as some scripts do.
    literal = json.dumps(value)
    fields = ", ".join(f'"{code}": {literal}' for code in ("floors", "as_of", "title"))
    path.write_text(f'[{{"town": "temirtau", "kind": "office", "floor_area_m2": 5, {fields}}}]', encoding="utf-8")
    before = dump(catalog)
    plan = plan_import(catalog, "premises", path)
    assert plan.problems, "a date can't be any of these"
    assert {p.column for p in plan.problems} <= {"floors", "as_of", "title"}
    assert dump(catalog) == before


def test_a_whole_number_too_large_for_sqlite_is_a_problem(catalog: Catalog, tmp_path: Path) -> None:
    path = write_records(tmp_path / "jobs.csv", [{**GOOD, "floors": "1e30"}])
    plan = plan_import(catalog, "premises", path)
    assert [(p.column, "too large" in p.message) for p in plan.problems] == [("floors", True)]


# -- the command line ------------------------------------------------------------

ROW_CASES = [c for c in CASES if c.expect[0] != HEADER and not c.first]


def many_problems_file(tmp_path: Path, fmt: str) -> tuple[Path, list[tuple[int, str, str]]]:
    """One bad row per rule (plus a duplicate id pair), after a good row."""
    rows: list[dict[str, Any]] = [{**GOOD, "id": 900}]
    expected: list[tuple[int, str, str]] = []
    for case in ROW_CASES:
        expected.append((row_number(fmt, len(rows)), case.expect[1], case.expect[2]))
        rows.append({**GOOD, **case.bad} if "id" in case.bad else {**GOOD, "id": None, **case.bad})
    expected.append((row_number(fmt, len(rows)), "id", "duplicate id 900"))
    rows.append({**GOOD, "id": 900})
    headers: list[str] = []
    for row in rows:
        headers.extend(k for k in row if k not in headers)
    return write_records(tmp_path / f"many.{fmt}", rows, headers=headers), expected


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_prints_one_line_per_problem_and_exits_2(
    catalog_file: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path, expected = many_problems_file(tmp_path, fmt)
    before = dump_file(catalog_file)
    assert main(["--db", str(catalog_file), "import", "premises", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    problems = [line for line in lines if line.startswith("error: ")]
    assert len(problems) == len(expected)
    for row, column, words in expected:
        hits = [line for line in problems if f", row {row}, column {column}: " in line and words in line]
        assert len(hits) == 1, (row, column, words, problems)
    assert lines[-1] == f"nothing imported: {len(expected)} problem(s) in {path}"
    assert "Traceback" not in err
    assert dump_file(catalog_file) == before
    assert not backup_folder(catalog_file).exists()


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_reports_header_problems(
    catalog_file: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [{"town": "temirtau", "Наименовние": "опечатка", "kind": "office", "floor_area_m2": 5}]
    path = write_records(tmp_path / f"typo.{fmt}", rows)
    before = dump_file(catalog_file)
    assert main(["--db", str(catalog_file), "import", "premises", str(path)]) == 2
    err = capsys.readouterr().err
    where = f"{path}, row 1" if fmt != "json" else str(path)
    assert f"error: {where}, column Наименовние: unknown column 'Наименовние'" in err
    assert f"error: {where}, column title: required column title (Наименование) is missing" in err
    assert dump_file(catalog_file) == before


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.csv", b"", "the file is empty"),
        ("notes.txt", b"town\n", "unsupported file type .txt"),
        ("broken.xlsx", b"PK\x03\x04 not really", "not a readable XLSX workbook"),
        ("broken.json", b"[{", "not valid JSON"),
        ("object.json", b'{"town": "temirtau"}', "expected a JSON array of objects"),
        ("header-only.csv", b"town,title,kind,floor_area_m2\r\n", "a header but no data rows"),
    ],
)
def test_cli_refuses_unreadable_files_with_exit_2(
    catalog_file: Path, tmp_path: Path, name: str, content: bytes, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = dump_file(catalog_file)
    assert main(["--db", str(catalog_file), "import", "premises", str(path)]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert dump_file(catalog_file) == before


def test_cli_missing_file_exits_2(catalog_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(catalog_file), "import", "premises", str(tmp_path / "nowhere.csv")]) == 2
    assert "can't be read" in capsys.readouterr().err
