"""Problem messages reach the user in their language; editor texts read back as the values they show."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guide.catalog import fields as F
from guide.catalog.errors import InvalidInput, error_text
from guide.catalog.photos import inspect_image
from guide.catalog.store import Catalog
from guide.catalog.validate import parse_date, parse_number, validate
from guide.ui.editing.values import date_text, field_text, number_text, same_value

BAD_VALUES: list[tuple[str, dict[str, Any]]] = [
    ("premises", {"title": ""}),
    ("premises", {"floor_area_m2": "много"}),
    ("premises", {"floors": "2,5"}),
    ("premises", {"floor_area_m2": "0"}),
    ("premises", {"price_kzt": "-1"}),
    ("premises", {"gas": "может быть"}),
    ("premises", {"available_from": "вчера"}),
    ("premises", {"kind": "ангар"}),
    ("premises", {"missing_infrastructure": "газ;интернет"}),
    ("premises", {"town": "Москва"}),
    ("premises", {"zone": "Южная"}),
    ("premises", {"lat": "50"}),
    ("premises", {"lat": "10", "lon": "10"}),
    ("premises", {"lat": "72,9", "lon": "50,1"}),
    ("premises", {"power_kw": "80000"}),
    ("premises", {"power_kw": "0,5"}),
    ("premises", {"town": "temirtau", "zone": "2"}),
    ("projects", {"start_year": "2025", "end_year": "2020"}),
    ("projects", {"start_year": "1950"}),
    ("premises", {"floors": "1e30"}),
]


@pytest.mark.parametrize(("kind", "raw"), BAD_VALUES)
def test_every_validation_message_reads_in_each_language(catalog: Catalog, kind: str, raw: dict[str, Any]) -> None:
    _, problems = validate(F.kind(kind), raw, catalog.lookups())
    assert problems
    for problem in problems:
        assert any("а" <= ch.lower() <= "я" for ch in problem.text("ru")), problem.text("ru")
        assert problem.text("kk") != problem.text("ru"), problem.text("kk")
        assert problem.text("en") == problem.message


def test_image_messages_are_translated() -> None:
    for data in (b"plain text", b""):
        with pytest.raises(InvalidInput) as caught:
            inspect_image(data, "файл.txt")
        assert error_text(caught.value, "ru").startswith("«файл.txt» — не изображение")
        assert error_text(caught.value, "kk").startswith("«файл.txt» — сурет емес")
        assert str(caught.value) == "файл.txt: not an image (JPEG, PNG, GIF, WebP or BMP)"


def test_errors_without_a_code_are_shown_as_they_are() -> None:
    assert error_text(InvalidInput("something entirely new"), "kk") == "something entirely new"


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
@given(value=st.floats(min_value=-1e12, max_value=1e12, allow_nan=False).map(lambda v: round(v, 3)))
def test_numbers_shown_in_editors_read_back_unchanged(lang: str, value: float) -> None:
    assert parse_number(number_text(value, lang)) == pytest.approx(value, rel=1e-12, abs=1e-9)


def test_number_and_date_texts() -> None:
    assert number_text(1_800_000.0, "ru") == "1\u00a0800\u00a0000"
    assert number_text(0.6, "kk") == "0,6"
    assert number_text(1250.5, "en") == "1\u00a0250.5"  # grouped like any number over 999 (issue 16, defect 11)
    assert number_text(12_500.25, "en") == "12\u00a0500.25"
    assert field_text(F.PROJECTS.field("start_year"), 2024, "ru") == "2024"
    assert date_text("2026-01-15", "ru") == "15.01.2026"
    assert date_text("2026-01-15", "en") == "2026-01-15"
    assert parse_date(date_text("2026-01-15", "kk")) == "2026-01-15"


def test_same_value_compares_stored_and_parsed_forms() -> None:
    zone = F.PREMISES.field("zone")
    assert same_value(zone, "1", 1)
    assert not same_value(zone, "1", None)
    assert same_value(F.PREMISES.field("floor_area_m2"), 2400.0, 2400)
    assert same_value(F.PREMISES.field("gas"), None, None)
    assert not same_value(F.PREMISES.field("gas"), 0, None)
