"""The one formatter: the same text for the same value in every language, decimal half-up rounding."""

from __future__ import annotations

import datetime as dt

import pytest

from guide.present import format as present

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "ru", "en"),
    [
        (99.99, "99,99", "99.99"),  # the screen said 99,99 and the PDF 100
        (12.345, "12,35", "12.35"),  # half-up on the written number, not the binary float's 12.34
        (1250.5, f"1{NBSP}250,5", "1,250.5"),
        (100.04, "100", "100"),
        (0.6, "0,6", "0.6"),
        (720000, f"720{NBSP}000", "720,000"),
        (-0.001, "0", "0"),
        (2.675, "2,68", "2.68"),
    ],
)
def test_numbers_round_half_up_with_automatic_precision(value: float, ru: str, en: str) -> None:
    assert present.number(value, "ru") == ru
    assert present.number(value, "kk") == ru
    assert present.number(value, "en") == en


def test_explicit_decimals_keep_their_zeros() -> None:
    assert present.number(2.0, "en", decimals=1) == "2.0"
    assert present.number(1234.5, "ru", decimals=2) == f"1{NBSP}234,50"


def test_no_value_is_empty_and_text_passes_through() -> None:
    assert present.number(None, "ru") == ""
    assert present.number("", "en") == ""
    assert present.number("n/a", "en") == "n/a"
    assert present.number("12.5", "ru") == "12,5"


def test_money_areas_and_units() -> None:
    assert present.money(720000.4, "ru") == f"720{NBSP}000{NBSP}₸"
    assert present.area_m2(1250, "en") == f"1,250{NBSP}m²"
    assert present.area_ha(12.5, "kk") == f"12,5{NBSP}га"
    assert present.measure(None, "kw", "ru") == ""


def test_dates() -> None:
    assert present.short_date("2026-12-05", "ru") == "05.12.2026"
    assert present.short_date("2026-12-05T10:00", "kk") == "05.12.2026"
    assert present.short_date(dt.date(2024, 3, 5), "en") == "5 Mar 2024"
    assert present.short_date("sometime", "en") == "sometime"
    assert present.short_date(None, "en") == ""
    assert present.long_date(dt.date(2026, 12, 5), "kk") == "2026 жылғы 5 желтоқсан"


def test_yes_no_and_lists() -> None:
    assert [present.yes_no(v, "kk") for v in (1, 0, True)] == ["иә", "жоқ", "иә"]
    assert present.yes_no(None, "en") == ""
    assert present.yes_no(None, "en", unknown="not known") == "not known"
    assert present.labels("utility", "gas; ;water", "en") == "Gas, Water"


def test_a_blank_status_is_never_printed_as_vacant() -> None:
    assert present.premise_status(None, "ru") == "статус не указан"
    assert present.premise_status(" ", "en") == "status not given"
    assert present.premise_status("vacant", "kk") == "Бос"
