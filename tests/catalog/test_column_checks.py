"""The import's column-wise checks give exactly what the forms' check of one record gives.

The importer reads a file column by column (``validate_columns``), taking fast
roads through plain numbers, clean text and columns of a few distinct
spellings; the editing forms check one record at a time (``validate``). Both
run each field's compiled checks (``field_check``), and these tests hold the
fast roads to the per-value answers on generated columns full of traps: every
field of every kind, blanks, bad and boundary numbers, unknown vocabulary,
dates in every accepted and refused form, control characters, Unicode digits
and letters, absent JSON keys and the mixed cell types of XLSX.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.errors import InvalidInput
from guide.catalog.store import Catalog
from guide.catalog.validate import ABSENT, MAX_TEXT, Lookups, validate, validate_columns

ROWS = 400


BLANKS = ["", " ", "  \t", "\u00a0", "\r\n"]
NUMBERS = [
    "0", "1", "12", "007", "1250.5", ".5", "5.", "+3", "-1", "-0", "1e3", "1E-2", "2.5e+1", "1e999", "-1e999",
    "1 250,5", "1.250,5", "1,250.5", "12,5", "1,2,3", "1_000", "inf", "nan", "Infinity", "٣٤", "²", "1'000",
    "12 кВт", "abc", ".", "e5", "1e", "+-1", " 42 ", "999999999999999", "9999999999999999", "99999999999999999999",
    "0.0000001", "1990", "1989", "1900", "1899", "50000", "50001", "0.5", "40", "56.5", "88", "47.1", "9" * 400,
]  # fmt: skip
PLAIN_NUMBERS = ["0", "1", "12", "007", "1250.5", ".5", "5.", "1e3", "1990", "1989", "1899", "50001", "0.5", "73"]
PLAIN_WHOLE = ["0", "1", "12", "007", "1990", "1989", "1900", "1899", "2024", "123456789012345"]
BOOLS = ["да", "Да", "ДА ", "нет", "жоқ", "иә", "yes", "No", "TRUE", "0", "1", "+", "-", "✓", "x", "есть", "может", "2"]
DATES = [
    "2024-05-01", "2024-02-30", "01.05.2024", "1.5.2024", "01/05/2024", "01.05.24", "2024-05-01 10:00",
    "2024-05-01T10:00:00", "45000", "45000.5", "19999", "80001", "2024/05/01", "вчера", "2024-13-01", "  2024-05-01 ",
]  # fmt: skip
TEXTS = [
    "Цех", "  Цех №1  ", "Қарағанды облысы, Теміртау", "a\x00b", "\x01\x02", "line\r\nbreak", "cr\ronly",
    "tab\tinside", "ТОО «A&B» <Сервис>", "'=SUM(A1)", "😀 emoji", "\ufeffbom", "x" * 50, "0", "1e999",
]  # fmt: skip
CLEAN_TEXTS = ["Цех", "  Цех №1  ", "Қарағанды облысы", "tab\tinside", "ТОО «A&B»", "x" * 50, "0", "a\nb"]
EMAILS = ["info@example.kz", "a@b", "not an email", "x@y.zz", "  info@akimat.gov.kz  ", "two@@at.kz"]
URLS = ["https://example.kz", "http://a.b/c?d=1", "ftp://x.kz", "example.kz", "https://", "HTTPS://GOV.KZ/path"]
PHOTOS = ["a.jpg", "a.jpg; b.png", ";", " ; c.jpg ;", "../x.jpg", "dir/ä.jpeg"]


def _choices(vocabulary: str) -> list[str]:
    spellings: list[str] = ["unknown-thing", "Неизвестно", " ", "a;b"]
    for code, labels in i18n.VOCABULARIES[vocabulary].items():
        spellings += [code, code.upper(), f"  {code}  "]
        spellings += [label for label in labels.values()]
        spellings += [label.upper().replace(" ", "  ") for label in labels.values()]
    return spellings


def _lists(vocabulary: str) -> list[str]:
    codes = i18n.codes(vocabulary)
    return [f"{codes[0]};{codes[-1]}", f"{codes[0]}, {codes[0]}", ";", "nope;" + codes[0], codes[-1]]


def _pool(f: F.Field, lookups: Lookups, *, clean: bool) -> list[Any]:
    """Values to draw a column of ``f`` from; ``clean`` ones are what the fast roads take."""
    towns = sorted(set(lookups.towns)) + ["Атлантида", "  TEMIRTAU  "]
    zones = sorted(set(lookups.zones)) + ["999", "Нет такой", "1.0"]
    if f.type == F.FLOAT:
        return PLAIN_NUMBERS if clean else NUMBERS
    if f.type == F.INT:
        return PLAIN_WHOLE if clean else NUMBERS
    if f.type == F.TEXT:
        if f.format == F.EMAIL_FORMAT:
            return EMAILS
        if f.format == F.URL_FORMAT:
            return URLS
        return CLEAN_TEXTS if clean else TEXTS
    if f.type == F.BOOL:
        return BOOLS
    if f.type == F.DATE:
        return DATES
    if f.type == F.CHOICE:
        assert f.vocabulary
        return _choices(f.vocabulary)
    if f.type == F.LIST:
        assert f.vocabulary
        return _lists(f.vocabulary)
    if f.type == F.TOWN:
        return towns
    if f.type == F.ZONE:
        return zones
    if f.type == F.PHOTOS:
        return PHOTOS
    raise AssertionError(f.type)


def _cell(rng: random.Random, f: F.Field, pool: list[Any], *, blanks: float) -> Any:
    if rng.random() < blanks:
        return rng.choice(BLANKS) if f.type != F.PHOTOS else ""
    return rng.choice(pool)


def _xlsx_cell(rng: random.Random, value: str) -> Any:
    """What a spreadsheet or JSON file may give instead of text."""
    return rng.choice([value, None, 0, 1, 1.0, 2.5, -3, True, False, 45000, 45000.0, float("nan"), float("inf"),
                       dt.date(2024, 5, 1), dt.datetime(2024, 5, 1, 10, 0), 10**30, [1], {"a": 1}])  # fmt: skip


def _columns(kind: F.Kind, lookups: Lookups, seed: int, style: str) -> dict[str, list[Any]]:
    rng = random.Random(seed)
    columns: dict[str, list[Any]] = {}
    for f in kind.fields:
        if style != "tricky" and rng.random() < 0.1:
            continue  # a column the file doesn't have: required ones are missing
        clean = style == "clean" or (style == "mixed" and rng.random() < 0.5)
        pool = _pool(f, lookups, clean=clean)
        blanks = rng.choice([0.0, 0.0, 0.05, 0.5])
        column = [_cell(rng, f, pool, blanks=blanks) for _ in range(ROWS)]
        if style == "tricky":
            for index in rng.sample(range(ROWS), 20):
                column[index] = _xlsx_cell(rng, column[index])
            for index in rng.sample(range(ROWS), 5):
                column[index] = ABSENT  # a JSON object without the key
        if style == "long" and f.type == F.TEXT:
            column[rng.randrange(ROWS)] = "я" * (MAX_TEXT + 1)
            column[rng.randrange(ROWS)] = " " + "я" * MAX_TEXT + " "
        columns[f.code] = column
    return columns


def _typed(value: Any) -> Any:
    """A value with its type, so 1, 1.0 and True are told apart."""
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


def _typed_record(record: dict[str, Any]) -> dict[str, Any]:
    return {code: _typed(value) for code, value in record.items()}


def _same_as_one_by_one(kind: F.Kind, columns: dict[str, list[Any]], lookups: Lookups) -> int:
    records, problems = validate_columns(kind, columns, ROWS, lookups)
    assert len(records) == ROWS
    refused = 0
    for index in range(ROWS):
        raw = {code: values[index] for code, values in columns.items() if values[index] is not ABSENT}
        record, expected = validate(kind, raw, lookups)
        assert problems.get(index, []) == expected, (index, raw)
        assert list(records[index]) == list(record), (index, raw)
        assert _typed_record(records[index]) == _typed_record(record), (index, raw)
        refused += bool(expected)
    return refused


@pytest.fixture(scope="module")
def lookups() -> Lookups:
    from guide.catalog.bundled import load_bundled

    catalog = Catalog.memory()
    load_bundled(catalog)
    try:
        return catalog.lookups()
    finally:
        catalog.close()


@pytest.mark.parametrize("style", ["clean", "mixed", "tricky", "long"])
@pytest.mark.parametrize("kind_name", list(F.KINDS))
def test_columns_give_what_one_record_at_a_time_gives(kind_name: str, style: str, lookups: Lookups) -> None:
    kind = F.kind(kind_name)
    for seed in range(3):
        refused = _same_as_one_by_one(kind, _columns(kind, lookups, seed, style), lookups)
        # The generated rows do exercise both outcomes.
        assert 0 < refused or style == "clean", style


def test_clean_columns_take_the_fast_roads_and_agree(lookups: Lookups) -> None:
    """Columns a program writes (plain numbers, clean text) come out the same, none refused by mistake."""
    kind = F.PREMISES
    rng = random.Random(7)
    columns = {
        "town": [rng.choice(["temirtau", "Темиртау", "TEMIRTAU"]) for _ in range(ROWS)],
        "title": [f"Цех {i}" for i in range(ROWS)],
        "kind": ["production_hall"] * ROWS,
        "floor_area_m2": [str(rng.randint(1, 10_000)) + rng.choice(["", ".5", ".25"]) for _ in range(ROWS)],
        "power_kw": [rng.choice(["", "100", "250.5", "1e3"]) for _ in range(ROWS)],
        "gas": [rng.choice(["", "1", "0"]) for _ in range(ROWS)],
        "as_of": ["2024-05-01"] * ROWS,
    }
    assert _same_as_one_by_one(kind, columns, lookups) == 0


def test_a_bad_cell_in_a_plain_column_is_found_at_its_row(lookups: Lookups) -> None:
    kind = F.PREMISES
    columns: dict[str, list[Any]] = {
        "town": ["temirtau"] * ROWS,
        "title": ["Цех"] * ROWS,
        "kind": ["production_hall"] * ROWS,
        "floor_area_m2": ["100"] * ROWS,
    }
    columns["floor_area_m2"][123] = "0"  # not positive, though plain
    columns["floor_area_m2"][321] = "1e999"  # plain characters, no number
    records, problems = validate_columns(kind, columns, ROWS, lookups)
    assert sorted(problems) == [123, 321]
    assert [p.code for p in problems[123]] == ["not_positive"]
    assert [p.code for p in problems[321]] == ["not_number"]
    assert records[0]["floor_area_m2"] == 100.0
    assert _same_as_one_by_one(kind, columns, lookups) == 2


@pytest.mark.parametrize("kind_name", list(F.KINDS))
def test_one_trap_in_an_otherwise_plain_column(kind_name: str, lookups: Lookups) -> None:
    """Each refused or odd spelling, alone among plain cells: where a fast road could go wrong."""
    kind = F.kind(kind_name)
    for f in kind.fields:
        plain = _pool(f, lookups, clean=True)
        for trap in _pool(f, lookups, clean=False) + BLANKS + ["я" * (MAX_TEXT + 1)]:
            column = [plain[0], trap, plain[-1], ""]
            columns = {g.code: ["x" if g.type == F.TEXT else ""] * len(column) for g in kind.fields if g.required}
            columns[f.code] = column
            records, problems = validate_columns(kind, columns, len(column), lookups)
            for index in range(len(column)):
                raw = {code: values[index] for code, values in columns.items()}
                record, expected = validate(kind, raw, lookups)
                assert problems.get(index, []) == expected, (f.code, trap)
                assert _typed_record(records[index]) == _typed_record(record), (f.code, trap)


def test_the_collector_paused_for_an_import_runs_again_after_it(catalog: Catalog, tmp_path: Path) -> None:
    """An import pauses Python's cycle collector; a plan, refused or not, must never leave it off."""
    import gc

    from guide.catalog.importer import plan_import

    good = tmp_path / "good.csv"
    good.write_text("town,title,kind,floor_area_m2\ntemirtau,Цех,production_hall,100\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"")
    assert gc.isenabled()
    assert plan_import(catalog, "premises", good).ok
    assert gc.isenabled()
    with pytest.raises(InvalidInput):
        plan_import(catalog, "premises", bad)
    assert gc.isenabled()
