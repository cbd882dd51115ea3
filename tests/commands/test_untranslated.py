"""`check --untranslated`: what a Kazakh or English guide would print in Russian, listed before printing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guide.catalog.store import Catalog
from guide.catalog.untranslated import untranslated
from guide.cli import main


@pytest.fixture
def russian_only(tmp_path: Path) -> Path:
    path = tmp_path / "ru.db"
    c = Catalog.open(path, create=True)
    c.insert("towns", {"id": "abai", "name": "Абай", "name_kk": "Абай", "name_en": "Abai"}, stamp=False)
    c.insert(
        "premises",
        {
            "town": "abai",
            "title": "Склад",
            "title_en": "Warehouse",
            "kind": "warehouse",
            "floor_area_m2": 100,
            "address": "г. Абай, ул. Промышленная, 2",
            "owner": "Qarmet JSC",  # Latin letters read the same in every edition
            "source": "Решение акимата",
            "source_en": "Akimat decision",
        },
    )
    c.close()
    return path


def test_lists_texts_an_english_guide_would_print_in_russian(russian_only: Path) -> None:
    catalog = Catalog.open(russian_only, read_only=True)
    try:
        found = {(u.kind, u.field) for u in untranslated(catalog, "en")}
        assert found == {("premises", "address")}
        kazakh = {(u.kind, u.field) for u in untranslated(catalog, "kk")}
        # Kazakh: the title, address and source have no Kazakh version and read as Russian.
        assert kazakh == {("premises", "title"), ("premises", "address"), ("premises", "source")}
        assert untranslated(catalog, "ru") == []
    finally:
        catalog.close()


def test_check_untranslated_cli(russian_only: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(russian_only), "check", "--untranslated", "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert "premises" in out and "Address: г. Абай, ул. Промышленная, 2" in out
    assert "1 text would print in Russian in guides in English (en)" in err
    assert main(["--db", str(russian_only), "check", "--untranslated", "--lang", "en", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [(i["field"], i["text"]) for i in items] == [("address", "г. Абай, ул. Промышленная, 2")]


def test_plain_check_points_to_the_untranslated_list(russian_only: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(russian_only), "check", "--lang", "kk"]) == 0
    assert "3 texts would print in Russian in guides in Kazakh (kk) (no kk version)" in capsys.readouterr().err


def test_the_bundled_catalog_is_translated(catalog: Catalog) -> None:
    for lang in ("kk", "en"):
        assert [u.as_dict() for u in untranslated(catalog, lang)] == [], lang
