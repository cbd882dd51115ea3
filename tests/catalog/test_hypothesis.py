"""Property tests: whatever goes in comes back out, and no search text raises.

Text with Kazakh letters, quotes, ``<``, ``&``, ``;`` and a leading ``=``/``-``
(which spreadsheets would run as a formula) survives a trip through the
catalog and every file format; so do numbers and dates, as stored and as
Kazakhstan's Excel users type them.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guide.catalog.bundled import load_bundled
from guide.catalog.exporter import export_file
from guide.catalog.importer import import_file
from guide.catalog.search import Filters
from guide.catalog.store import Catalog
from guide.catalog.validate import parse_date, parse_number, parse_text
from tests.catalog.files import FORMATS, records, write_records

KAZAKH = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
AWKWARD = "\"'<>&;,#«»—\n\t  /\\%_*:()"
FORMULA_STARTS = ["", "=", "-", "+", "@", "'", "'=", "''-", "=-", " ="]

letters = st.one_of(st.characters(), st.sampled_from(list(KAZAKH + AWKWARD)))
any_text = st.text(letters, max_size=30)
# Text that starts the way spreadsheets would misread.
leading = st.builds(lambda start, rest: start + rest, st.sampled_from(FORMULA_STARTS), any_text)
# A required title must not be blank once trimmed.
title = st.builds(lambda start, rest: start + rest + "Ә", st.sampled_from(FORMULA_STARTS), any_text)
maybe = st.one_of(st.none(), st.just(""), leading)


def finite(low: float, high: float) -> st.SearchStrategy[float]:
    return st.floats(min_value=low, max_value=high, allow_nan=False, allow_infinity=False)


def typed(low: str, high: str, places: int) -> st.SearchStrategy[float]:
    """Numbers as people type them: at most 15 significant digits, as Excel keeps.

    (openpyxl writes floats with 16 significant digits, so a double that needs
    17 would come back from XLSX changed in its last digit; typed input never does.)
    """
    return st.decimals(min_value=Decimal(low), max_value=Decimal(high), places=places).map(float)


dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)).map(dt.date.isoformat)
flags = st.sampled_from([None, 0, 1])

premise = st.fixed_dictionaries(
    {
        "town": st.just("temirtau"),
        "title": title,
        "kind": st.sampled_from(["production_hall", "warehouse", "office", "land_plot", "building_complex"]),
        "floor_area_m2": typed("0.001", "999999999", 3).filter(lambda x: x > 0),
    },
    optional={
        "title_kk": maybe,
        "address": maybe,
        "owner": maybe,
        "cadastral_number": st.one_of(maybe, st.from_regex(r"0\d{8}", fullmatch=True)),
        "description": maybe,
        "description_en": maybe,
        "akimat_commitment": maybe,
        "contact": maybe,
        "land_area_ha": st.one_of(st.none(), typed("0.0001", "1000000", 4).filter(lambda x: x > 0)),
        "price_kzt": st.one_of(st.none(), typed("0", "999999999999", 2)),
        "power_kw": st.one_of(st.none(), st.just(0.0), typed("1", "50000", 3)),
        "floors": st.one_of(st.none(), st.integers(1, 10**15)),
        "lat": typed("40", "56", 6),
        "lon": typed("46", "88", 6),
        "gas": flags,
        "water": flags,
        "rail_siding": flags,
        "available_from": st.one_of(st.none(), dates),
        "commitment_due": st.one_of(st.none(), dates),
        "as_of": dates,
        "missing_infrastructure": st.lists(
            st.sampled_from(["power", "gas", "water", "sewerage", "heating", "rail_siding", "road", "telecom"]),
            unique=True,
        ).map(";".join),
    },
).filter(lambda p: ("lat" in p) == ("lon" in p))

TEXT_FIELDS = ("title", "title_kk", "address", "owner", "cadastral_number", "description", "description_en")


def new_catalog() -> Catalog:
    catalog = Catalog.memory()
    catalog.insert("towns", {"id": "temirtau", "name": "Темиртау", "name_kk": "Теміртау", "name_en": "Temirtau"})
    return catalog


def stored_text(value: Any) -> str | None:
    return parse_text(value) or None if value is not None else None


@settings(max_examples=60, deadline=None)
@given(st.lists(premise, min_size=1, max_size=3), st.sampled_from(FORMATS))
def test_premises_round_trip_through_every_format(items: list[dict[str, Any]], fmt: str) -> None:
    source = new_catalog()
    target = new_catalog()
    try:
        ids = [source.insert("premises", item) for item in items]
        for record_id, item in zip(ids, items, strict=True):
            stored = source.require("premises", record_id)
            # Text goes in as typed: trimmed, nothing else changed.
            for code in TEXT_FIELDS:
                if code in item:
                    assert stored[code] == stored_text(item[code]), code
            for code in ("floor_area_m2", "price_kzt", "power_kw", "floors", "lat", "lon", "as_of", "available_from"):
                if item.get(code) is not None:
                    assert stored[code] == item[code], code
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"premises.{fmt}"
            export_file(source, "premises", path)
            result = import_file(target, "premises", path)
        assert (result.added, result.updated) == (len(items), 0)
        assert records(target, "premises") == records(source, "premises")
    finally:
        source.close()
        target.close()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(title, maybe, maybe), min_size=1, max_size=4),
    st.sampled_from(FORMATS),
)
def test_suppliers_round_trip(items: list[tuple[str, str | None, str | None]], fmt: str) -> None:
    source = new_catalog()
    target = new_catalog()
    try:
        for name, contact, description in items:
            values = {"town": "temirtau", "name": name, "niche": "services", "contact": contact}
            source.insert("suppliers", {**values, "description_kk": description})
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"suppliers.{fmt}"
            export_file(source, "suppliers", path)
            import_file(target, "suppliers", path)
        assert records(target, "suppliers") == records(source, "suppliers")
    finally:
        source.close()
        target.close()


# -- values as people type them, in files other programs wrote ---------------------------

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999999999.99"), places=2)


def kazakh_style(amount: Decimal) -> str:
    """``1 250 000,5`` as Russian-locale Excel shows it (no-break spaces are common too)."""
    return f"{amount:,.2f}".replace(",", "\u00a0").replace(".", ",")


@settings(max_examples=80, deadline=None)
@given(amounts, st.sampled_from([kazakh_style, lambda a: f"{a:.2f}", lambda a: f"{a:,.2f}".replace(",", " ")]))
def test_numbers_as_typed_read_exactly(amount: Decimal, style: Any) -> None:
    assert parse_number(style(amount)) == float(amount)


@settings(max_examples=80, deadline=None)
@given(st.dates(min_value=dt.date(1955, 1, 1), max_value=dt.date(2118, 12, 31)))
def test_dates_as_typed_read_exactly(day: dt.date) -> None:
    expected = day.isoformat()
    assert parse_date(day.strftime("%d.%m.%Y")) == expected
    assert parse_date(expected) == expected
    assert parse_date(dt.datetime.combine(day, dt.time(15, 30))) == expected
    assert parse_date((day - dt.date(1899, 12, 30)).days) == expected  # an Excel serial


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


spreadsheet_text = st.text(
    st.one_of(st.characters(exclude_categories=("Cc", "Cs")), st.sampled_from(list(KAZAKH + "\"'<>&;,«»\n"))),
    max_size=30,
).filter(lambda t: not t.lstrip().startswith("="))  # openpyxl would write those as formulas


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.sampled_from(FORMATS),
    spreadsheet_text,
    amounts,
    st.dates(min_value=dt.date(1955, 1, 1), max_value=dt.date(2118, 12, 31)),
)
def test_a_file_from_elsewhere_imports_text_numbers_and_dates(
    folder: Path, fmt: str, text: str, amount: Decimal, day: dt.date
) -> None:
    catalog = new_catalog()
    try:
        row = {
            "Город": "Теміртау",
            "Наименование": "Цех",
            "Тип объекта": "Склад",
            "Площадь, м²": kazakh_style(amount),
            "Цена, тенге": float(amount) if fmt != "csv" else f"{amount}",
            "Описание": text,
            "Дата актуальности": day.strftime("%d.%m.%Y"),
        }
        path = write_records(folder / f"in.{fmt}", [row])
        import_file(catalog, "premises", path, backup=False)
        (record,) = catalog.all("premises")
        assert record["floor_area_m2"] == float(amount)
        assert record["price_kzt"] == float(amount)
        assert record["as_of"] == day.isoformat()
        expected = parse_text(text)
        if fmt != "json" and expected.startswith("'") and expected.lstrip("'")[:1] in ("+", "-", "@"):
            # A spreadsheet's apostrophe before a formula sign is taken as Excel's text marker.
            expected = expected[1:]
        assert record["description"] == (expected or None)
    finally:
        catalog.close()


# -- search never raises ----------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled() -> Iterator[Catalog]:
    catalog = Catalog.memory()
    load_bundled(catalog)
    yield catalog
    catalog.close()


SYNTAX = ['"', "AND", "OR", "NOT", "NEAR(", "NEAR", "*", ":", "-", "^", "(", ")", "{", "}", "'", "+", ",", "Балқаш"]
search_text = st.one_of(
    st.text(),
    st.text(st.sampled_from(list(KAZAKH + AWKWARD + "абвАБВabc"))),
    st.lists(st.sampled_from(SYNTAX + ["цех", "title:цех", "a-b", "o'reilly"])).map(" ".join),
    st.lists(st.sampled_from(SYNTAX)).map("".join),
)
KINDS = ["premises", "projects", "suppliers", "zones", "towns", "indicators", "town_status"]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(search_text)
def test_search_never_raises(bundled: Catalog, text: str) -> None:
    for kind in KINDS:
        rows = bundled.query(kind, None, text, limit=20)
        assert len(rows) <= bundled.count(kind, None, text) <= bundled.total(kind)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    search_text,
    st.builds(
        Filters,
        towns=st.lists(st.sampled_from(["temirtau", "balkhash", "abai", "nowhere"]), max_size=2),
        kind=st.one_of(st.none(), st.sampled_from(["warehouse", "office", "logistics", "'; --"])),
        min_area_m2=st.one_of(st.none(), finite(-1e9, 1e9)),
        min_power_kw=st.one_of(st.none(), finite(0, 1e6)),
        gas=st.booleans(),
        rail_siding=st.booleans(),
        max_price_kzt=st.one_of(st.none(), finite(0, 1e12)),
    ),
)
def test_search_with_filters_never_raises_and_only_narrows(bundled: Catalog, text: str, filters: Filters) -> None:
    for kind in ("premises", "projects", "suppliers", "towns"):
        narrowed = bundled.count(kind, filters, text)
        assert narrowed <= bundled.count(kind, None, text)
        assert narrowed == len(bundled.query(kind, filters, text))
