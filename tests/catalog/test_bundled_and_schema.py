"""The catalog file (pragmas, migrations, full-text index) and the bundled data it starts with."""

from __future__ import annotations

from collections import Counter

import pytest

from guide.catalog.schema import SCHEMA_VERSION
from guide.catalog.store import Catalog

MONOTOWNS = ("temirtau", "balkhash", "shakhtinsk", "abai")


def test_a_catalog_file_uses_wal_foreign_keys_and_a_busy_timeout(file_catalog: Catalog) -> None:
    db = file_catalog.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    applied = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations ORDER BY applied_at")]
    assert applied and applied[0] == "0001_initial"


def test_the_tables_of_the_issue(file_catalog: Catalog) -> None:
    tables = set(file_catalog.db.table_names())
    assert {"towns", "town_status", "indicators", "premises", "zones", "projects", "suppliers"} <= tables
    assert {"premises_fts", "projects_fts", "suppliers_fts", "zones_fts", "towns_fts"} <= tables


def test_zone_references_are_integers(catalog: Catalog) -> None:
    """premises.zone holds a zone id as the zones table does, so the two compare equal in Python."""
    zoned = [r for r in catalog.all("premises") if r["zone"] is not None]
    assert zoned and all(isinstance(r["zone"], int) for r in zoned)
    zone_ids = {z["id"] for z in catalog.all("zones")}
    assert {r["zone"] for r in zoned} <= zone_ids


def test_foreign_keys_protect_references(catalog: Catalog) -> None:
    from guide.catalog.errors import ValidationFailed

    with pytest.raises(ValidationFailed, match="still refer to it"):
        catalog.delete("towns", "abai")
    assert catalog.get("towns", "abai") is not None


def test_the_four_monotowns_and_saran(catalog: Catalog) -> None:
    towns = {t["id"]: t for t in catalog.all("towns")}
    for town in MONOTOWNS:
        assert towns[town]["monotown_status"] == "monotown"
    saran = towns["saran"]
    assert saran["monotown_status"] == "former_monotown"
    assert "диверсификац" in saran["status_reason"] and "Saran" in saran["status_reason_en"]
    history = catalog.where("town_status", "town", "saran")
    # The order that removed Saran, with the source that states it (no unsourced earlier row).
    assert [r["status"] for r in history] == ["former_monotown"]
    assert history[0]["year"] == 2023 and "№ 248 от 21 ноября 2023" in history[0]["reason"]
    assert "No. 248" in history[0]["reason_en"] and history[0]["source_url"] == "https://kz.kursiv.media/?p=6310990"
    for town in towns.values():
        assert town["name"] and town["name_kk"] and town["name_en"], town["id"]
    assert (towns["balkhash"]["name"], towns["balkhash"]["name_kk"]) == ("Балхаш", "Балқаш")


def test_the_articles_figures_carry_their_source(catalog: Catalog) -> None:
    region = {r["name"]: r for r in catalog.all("indicators") if r["town"] is None}
    figures = {name: r["value"] for name, r in region.items()}
    assert {57.0, 22.0, 312.0, 28.0, 56.0} <= set(figures.values())
    for record in catalog.all("indicators"):
        assert record["source"] and record["as_of"], record
        # A real source is a reference: a title and a link (demo rows are marked as demo instead).
        assert record["source"] == "demo" or record["source_url"].startswith("https://"), record
    # "about 22 %" keeps its "about"; the article gives the shares no year, so none is invented (2023).
    assert region["monotowns_investment_share"]["qualifier"] == "about"
    assert region["monotowns_investment_share"]["year"] == 2024


def test_town_facts_cite_the_sources_that_state_them(catalog: Catalog) -> None:
    towns = {t["id"]: t for t in catalog.all("towns")}
    for town in MONOTOWNS:
        # The article names no enterprise and gives no distance: each has its own source.
        assert towns[town]["city_forming_source_url"].startswith("http"), town
        assert towns[town]["distance_source_url"].startswith("http"), town
        assert towns[town]["source_url"].startswith("https://inbusiness.kz/"), town
    assert towns["balkhash"]["distance_centre_km"] == 363
    # Nothing the article doesn't say is put under its name.
    assert "shore" not in towns["balkhash"]["description_en"]
    assert "coal" not in towns["abai"]["description_en"]


def test_the_articles_projects(catalog: Catalog) -> None:
    projects = catalog.all("projects")
    infrastructure = {p["town"] for p in projects if p["kind"] == "infrastructure" and p["source"] != "demo"}
    assert infrastructure == {"balkhash", "temirtau", "shakhtinsk"}
    temirtau = [p["title"] for p in projects if p["town"] == "temirtau" and p["kind"] == "investment"]
    assert any("кокс" in t for t in temirtau) and any("горно" in t for t in temirtau)


def test_the_demo_set(catalog: Catalog) -> None:
    premises = catalog.all("premises")
    for town in MONOTOWNS:
        own = [p for p in premises if p["town"] == town]
        assert len(own) >= 6, town
        assert len({p["kind"] for p in own}) >= 4, town
        assert len({p["gas"] for p in own} | {p["rail_siding"] for p in own}) >= 2, town
        assert catalog.where("zones", "town", town), town
    assert all(p["source"] == "demo" for p in premises)
    # Everything a reader reads is translated (the fallback mark is tested on records made for it).
    for text in ("title", "address", "owner", "contact"):
        assert all(p[f"{text}_kk"] and p[f"{text}_en"] for p in premises), text
    assert all(p["akimat_commitment_en"] for p in premises if p["akimat_commitment"])
    prices = [p["price_kzt"] for p in premises if p["price_kzt"]]
    assert max(prices) / min(prices) > 100, "varied prices"
    suppliers = catalog.all("suppliers")
    assert len(suppliers) >= 12 and all(s["source"] == "demo" for s in suppliers)
    assert len(Counter(s["niche"] for s in suppliers)) >= 5
