"""A public kind that a later release adds (incentives) is published as soon as the catalog has it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guide.catalog import fields as F
from guide.catalog.store import Catalog
from tests.publish.conftest import Client, publish_site

INCENTIVES = F.Kind(
    name="incentives",
    table="incentives",
    title_field="title",
    labels={"ru": "Меры поддержки", "kk": "Қолдау шаралары", "en": "Incentives"},
    fields=(
        F.Field("id", F.INT, "Код", "Коды", "ID"),
        F.Field("town", F.TOWN, "Город", "Қала", "Town"),
        F.Field("title", F.TEXT, "Название", "Атауы", "Title"),
        F.Field("sectors", F.TEXT, "Отрасли", "Салалар", "Sectors"),
        F.Field("contact", F.TEXT, "Контакт", "Байланыс", "Contact"),
        F.Field("source", F.TEXT, "Источник", "Дереккөз", "Source"),
        F.Field("as_of", F.DATE, "Дата актуальности", "Өзектілік күні", "As of"),
    ),
)


def test_incentives_are_published_with_their_canned_query(
    catalog_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if "incentives" in F.KINDS:
        pytest.skip("the catalog has real incentives now: test_site.py covers them")
    path = tmp_path / "catalog.db"
    shutil.copy(catalog_path, path)
    catalog = Catalog.open(path)
    with catalog.transaction():
        catalog.db.execute(
            "CREATE TABLE incentives (id INTEGER PRIMARY KEY, town TEXT, title TEXT, sectors TEXT, contact TEXT, "
            "source TEXT, as_of TEXT, version INTEGER NOT NULL DEFAULT 1, updated_at TEXT)"
        )
        catalog.db["incentives"].insert_all(  # type: ignore[union-attr]
            [
                {"id": 1, "town": "temirtau", "title": "Субсидия", "sectors": "металлообработка", "contact": "Иван, +7 700",
                 "source": "НПП Атамекен", "as_of": "2026-11-01"},
                {"id": 2, "town": None, "title": "Грант", "sectors": "туризм", "source": "demo", "as_of": "2026-11-01"},
            ]
        )  # fmt: skip
    catalog.close()
    monkeypatch.setitem(F.KINDS, "incentives", INCENTIVES)
    client = Client(publish_site(catalog_path=path, out=tmp_path / "site", langs=["ru"]), ("ru",))
    rows = {r["id"]: r for r in client.json("/ru/incentives.json", _shape="array")}
    assert set(rows) == {1, 2} and "contact" not in rows[1]
    assert rows[2]["marks"] == "ДЕМО" and rows[1]["marks"] is None
    found = client.json("/ru/incentives_for_sector.json", sector="металл", _shape="array")
    assert [r["id"] for r in found] == [1]
