"""Guides from a catalog unlike the bundled one: huge texts, blank statuses, fields only in Russian, old data.

Whatever the catalog accepts must not stop a guide, and a guide must say
what it prints in another language, what is old and what is cut.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from guide.catalog.store import Catalog
from guide.pdf.builder import build_guide, creation_time
from tests.pdf.pdfcheck import guide_text

TODAY = dt.date(2026, 12, 2)
KINDS = {"region": {}, "town": {"towns": ["novo"]}, "brief": {"premises": [1], "projects": [1]}}


def held_out_catalog(path: Path) -> Catalog:
    c = Catalog.open(path, create=True)
    c.insert(
        "towns",
        {
            "id": "novo",
            "name": "Новоград",
            "monotown_status": "monotown",
            "lat": 49.9,
            "lon": 72.5,
            "city_forming": "Завод «Новый»",
            "description": "Описание только по-русски. " * 50,
            "source": "Сайт акимата",
            "as_of": "2024-03-01",
        },
        stamp=False,
    )
    c.insert(
        "premises",
        {
            "town": "novo",
            "title": ("Очень длинное название помещения " * 70)[:2000],
            "kind": "warehouse",
            "floor_area_m2": 500,
            "address": ("ул. Длинная, " * 2500)[:30000],
            "status": None,
            "price_kzt": 900000,
            "price_unit": "per_month",
            "deal": "lease",
            "owner": "ТОО «Владелец»",
            "missing_infrastructure": "gas",
            "akimat_commitment": "Подвести газ " * 300,
            "commitment_due": "2025-01-01",
            "contact": "Иван Петров, +7 700 000 00 00",
            "description": "Текст " * 3000,
            "source": "Реестр акимата",
            "as_of": "2024-01-15",
        },
    )
    c.insert(
        "projects",
        {
            "town": "novo",
            "kind": "investment",
            "title": "Проект " * 300,
            "status": None,
            "start_year": 2024,
            "sector": "металлургия",
            "description": "Описание " * 500,
            "source": "Сайт акимата",
            "as_of": "2024-02-01",
        },
    )
    c.insert(
        "suppliers",
        {"town": "novo", "name": "ТОО «Поставщик»", "niche": "logistics", "source": "demo", "as_of": "2026-01-01"},
    )
    c.insert(
        "zones",
        {
            "town": "novo",
            "name": "Зона " * 400,
            "status": None,
            "sectors": "логистика",
            "address": "ул. Зональная " * 500,
            "source": "Сайт",
            "as_of": "2023-05-01",
        },
    )
    c.insert(
        "indicators",
        {
            "town": "novo",
            "year": 2023,
            "name": "registered_smes",
            "value": 10,
            "source": "Статистика",
            "as_of": "2023-06-01",
        },
    )
    return c


@pytest.fixture(scope="module")
def guides(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[tuple[str, str], Path]]:
    folder = tmp_path_factory.mktemp("held-out")
    catalog = held_out_catalog(folder / "catalog.db")
    built = {}
    for lang, kind in (("en", "region"), ("en", "town"), ("en", "brief"), ("kk", "region"), ("ru", "region")):
        out = folder / f"{kind}-{lang}.pdf"
        build_guide(catalog, out, lang=lang, today=TODAY, **KINDS[kind])  # type: ignore[arg-type]
        built[(lang, kind)] = out
    catalog.close()
    yield built


def test_every_guide_builds_from_hostile_records(guides: dict[tuple[str, str], Path]) -> None:
    for path in guides.values():
        assert len(PdfReader(path).pages) >= 4


def test_long_texts_are_cut_with_a_mark(guides: dict[tuple[str, str], Path]) -> None:
    text = guide_text(guides[("en", "town")])
    assert "[text shortened; the full text is in the catalog]" in text
    assert "ул. Длинная, " * 200 not in text


def test_values_only_in_russian_are_marked_and_the_mark_explained_once(guides: dict[tuple[str, str], Path]) -> None:
    text = guide_text(guides[("en", "town")])
    for marked in ("Новоград (ru)", "Завод «Новый» (ru)", "Сайт акимата (ru)", "Иван Петров, +7 700 000 00 00 (ru)"):
        assert marked in text, marked
    assert text.count("“(ru)” marks text that has no English version yet") == 1
    kazakh = guide_text(guides[("kk", "region")])
    assert "Завод «Новый» (орыс.)" in kazakh
    assert kazakh.count("«(орыс.)» белгісі") == 1
    russian = guide_text(guides[("ru", "region")])
    assert "(рус.)" not in russian and "(ru)" not in russian


def test_old_records_and_overtaken_plans_are_flagged(guides: dict[tuple[str, str], Path]) -> None:
    text = guide_text(guides[("en", "town")])
    assert "as of 1 Mar 2024 outdated" in text  # the town record, older than 12 months
    assert "as of 1 Jun 2023 outdated" in text  # the indicator
    assert "outdated: launch was planned for 2024; the status has not been updated since 1 Feb 2024" in text
    brief = guide_text(guides[("en", "brief")])
    assert "launch was planned for 2024" in brief


def test_creation_date_is_the_guide_date(guides: dict[tuple[str, str], Path]) -> None:
    for path in guides.values():
        assert str(PdfReader(path).metadata["/CreationDate"]).startswith("D:20261202")


def test_source_date_epoch_or_the_guide_date_fix_the_creation_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764633600")
    assert creation_time(None) == dt.datetime(2025, 12, 2, tzinfo=dt.UTC)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert creation_time(dt.date(2026, 5, 1)) == dt.datetime(2026, 5, 1, tzinfo=dt.UTC)
    now = dt.datetime(2026, 12, 2, 7, 30, 15, 999, tzinfo=dt.UTC)
    assert creation_time(None, now=now) == now.replace(microsecond=0)


def test_the_passport_says_what_a_price_is_for(guides: dict[tuple[str, str], Path]) -> None:
    assert "Price, KZT 900,000 KZT per month" in guide_text(guides[("en", "town")])
