"""The published folder as Datasette serves it: lists, search, facets, privacy, canned queries, pages."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from guide import i18n
from guide.catalog.quality import is_demo
from guide.catalog.store import Catalog
from tests.publish.conftest import PHOTO_PREMISE, Client, publish_site


def bundled(catalog_path: Path, sql: str) -> list[sqlite3.Row]:
    catalog = Catalog.open(catalog_path, read_only=True)
    try:
        return list(catalog.db.query(sql))  # type: ignore[arg-type]
    finally:
        catalog.close()


def test_the_json_api_lists_every_premise(client: Client, catalog_path: Path) -> None:
    ids = {r["id"] for r in bundled(catalog_path, "SELECT id FROM premises")}
    for lang in ("ru", "kk", "en"):
        rows = client.json(f"/{lang}/premises.json", _shape="array", _size="max")
        assert {r["id"] for r in rows} == ids


def test_values_read_in_each_language(client: Client) -> None:
    titles = {}
    for lang in ("ru", "kk", "en"):
        row = client.json(f"/{lang}/premises/{PHOTO_PREMISE}.json", _shape="array")[0]
        titles[lang] = row["title"]
        assert row["kind"] == {"ru": "Имущественный комплекс", "kk": "Мүліктік кешен", "en": "Building complex"}[lang]
    assert len(set(titles.values())) == 3


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
@pytest.mark.parametrize("query", ["Балқаш", "Балхаш", "Balkhash", "балхаш"])
def test_search_finds_balkhash_premises_by_any_spelling(
    client: Client, catalog_path: Path, lang: str, query: str
) -> None:
    expected = {r["id"] for r in bundled(catalog_path, "SELECT id FROM premises WHERE town = 'balkhash'")}
    rows = client.json(f"/{lang}/premises.json", _search=query, _shape="array", _size="max")
    assert expected and {r["id"] for r in rows} == expected


def test_search_input_cannot_break_the_query(client: Client) -> None:
    """Datasette quotes each word of ``_search``; hyphens, quotes and operators are plain text."""
    for query in ("AND", "NEAR(", "Балқаш-су", "o'reilly", "a:b", "-foo"):
        assert client.get("/ru/premises.json", _search=query).status_code == 200, query
    # A lone double quote is the one input Datasette's quoting can't mend: a 400, never a server error.
    assert client.get("/ru/premises.json", _search='"').status_code == 400


def test_facets_by_town_kind_status_and_utilities(client: Client, catalog_path: Path) -> None:
    data = client.json("/kk/premises.json")
    facets = data["facet_results"]
    assert {"town", "kind", "status", "utilities", "missing_infrastructure"} <= set(facets)
    towns = {f["label"]: f["count"] for f in facets["town"]["results"]}
    balkhash = len(bundled(catalog_path, "SELECT id FROM premises WHERE town = 'balkhash'"))
    assert towns["Балқаш"] == balkhash
    sidings = len(bundled(catalog_path, "SELECT id FROM premises WHERE rail_siding = 1"))
    utilities = {f["value"]: f["count"] for f in facets["utilities"]["results"]}
    assert utilities["Теміржол тұйығы"] == sidings
    # Choosing a facet value narrows the list.
    narrowed = client.json("/kk/premises.json", town="balkhash", _shape="array", _size="max")
    assert len(narrowed) == balkhash


def test_the_headings_are_the_field_labels(client: Client) -> None:
    html = client.get("/kk/premises").text
    assert "Электр қуаты, кВт" in html and "Теміржол тұйығы" in html
    assert client.get("/en/premises").text.count("Power, kW") >= 1


PRIVATE_TABLES = {"shortlist", "photos", "meta", "history", "settings", "changes"}


def test_private_tables_are_absent(client: Client, site: Path) -> None:
    for lang in ("ru", "kk", "en"):
        tables = {t["name"] for t in client.json(f"/{lang}.json")["tables"]}
        assert {"towns", "premises", "zones", "projects", "suppliers", "indicators"} <= tables
        assert not tables & PRIVATE_TABLES
        with sqlite3.connect(site / f"{lang}.db") as db:
            names = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
        assert not names & PRIVATE_TABLES
        assert not any(n.startswith(("history", "shortlist")) for n in names)


def test_private_contacts_are_absent(client: Client, site: Path, catalog_path: Path) -> None:
    suppliers = client.json("/ru/suppliers.json", _shape="array", _size="max")
    assert suppliers and not {"contact", "phone", "email"} & set(suppliers[0])
    premises = client.json("/ru/premises.json", _shape="array", _size=1)
    assert "contact" not in premises[0]
    # Not in the search index either, and no phone number of the catalog appears anywhere in the files.
    phones = [r["phone"] for r in bundled(catalog_path, "SELECT phone FROM suppliers WHERE phone IS NOT NULL")]
    contacts = [r["contact"] for r in bundled(catalog_path, "SELECT contact FROM premises WHERE contact IS NOT NULL")]
    assert phones and contacts
    for db_file in site.glob("*.db"):
        data = db_file.read_bytes()
        for text in phones + contacts:
            assert text.encode("utf-8") not in data, (db_file.name, text)
    # Towns' akimat contacts are an official body's and stay.
    assert "akimat_contact" in client.json("/ru/towns.json", _shape="array")[0]


def test_contacts_are_published_when_asked(catalog_path: Path, tmp_path: Path) -> None:
    site = publish_site(catalog_path, tmp_path / "site", langs=["en"], include_contacts=True)
    rows = Client(site, ("en",)).json("/en/suppliers.json", _shape="array", _size="max")
    assert any(r.get("phone") for r in rows)


def test_vacant_premises_with_power_in_a_town(client: Client, catalog_path: Path) -> None:
    expected = {
        r["id"]
        for r in bundled(
            catalog_path,
            "SELECT id FROM premises WHERE town = 'balkhash' AND status = 'vacant' AND power_kw >= 500",
        )
    }
    assert expected
    for lang, town in (("ru", "Балхаш"), ("kk", "Балқаш"), ("en", "Balkhash"), ("en", "balkhash")):
        rows = client.json(f"/{lang}/vacant_premises_with_power.json", town=town, min_kw="500", _shape="array")
        assert {r["id"] for r in rows} == expected, (lang, town)
    rows = client.json("/ru/vacant_premises_with_power.json", town='Бал"хаш', min_kw="0", _shape="array")
    assert rows == []


def test_premises_with_a_rail_siding(client: Client, catalog_path: Path) -> None:
    expected = {r["id"] for r in bundled(catalog_path, "SELECT id FROM premises WHERE rail_siding = 1")}
    for lang in ("ru", "kk", "en"):
        rows = client.json(f"/{lang}/premises_with_rail_siding.json", _shape="array", _size="max")
        assert {r["id"] for r in rows} == expected


def test_incentives_are_published_with_their_sector_query(client: Client, site: Path, catalog_path: Path) -> None:
    metadata = json.loads((site / "metadata.json").read_text(encoding="utf-8"))
    assert "incentives" in metadata["databases"]["ru"]["tables"]
    assert "incentives_for_sector" in metadata["databases"]["ru"]["queries"]
    expected = {r["id"] for r in bundled(catalog_path, "SELECT id FROM incentives WHERE sectors LIKE '%металл%'")}
    assert expected
    found = client.json("/ru/incentives_for_sector.json", sector="металл", _shape="array", _size="max")
    assert {r["id"] for r in found} >= expected
    published = client.json("/ru/incentives.json", _shape="array", _size="max")
    assert len(published) == len(bundled(catalog_path, "SELECT id FROM incentives"))


def test_demo_records_are_marked_everywhere(client: Client, catalog_path: Path) -> None:
    demo = {r["id"] for r in bundled(catalog_path, "SELECT * FROM premises") if is_demo(r)}
    assert demo
    for lang, mark in (("ru", "ДЕМО"), ("kk", "ДЕМО"), ("en", "DEMO")):
        rows = client.json(f"/{lang}/premises.json", _shape="array", _size="max")
        assert {r["id"] for r in rows if mark in (r["marks"] or "")} == demo
        assert mark in client.get(f"/{lang}/premises").text
    page = client.get(f"/en/premises/{PHOTO_PREMISE}").text
    assert "Demonstration record" in page


def test_outdated_records_are_marked(client: Client, catalog_path: Path) -> None:
    stale = {r["id"] for r in bundled(catalog_path, "SELECT id, as_of FROM premises WHERE as_of < '2025-12-01'")}
    rows = client.json("/en/premises.json", _shape="array", _size="max")
    assert {r["id"] for r in rows if "outdated" in (r["marks"] or "")} == stale


def test_no_demo_leaves_demo_records_out(catalog_path: Path, tmp_path: Path) -> None:
    site = publish_site(catalog_path, tmp_path / "site", langs=["ru"], no_demo=True)
    client = Client(site, ("ru",))
    real = [r for r in bundled(catalog_path, "SELECT * FROM premises") if not is_demo(r)]
    assert len(client.json("/ru/premises.json", _shape="array", _size="max")) == len(real)
    assert len(client.json("/ru/towns.json", _shape="array", _size="max")) == 6
    assert "ДЕМО" not in client.get("/ru/premises").text


def test_the_premise_page_reads_like_the_passport(client: Client) -> None:
    response = client.get(f"/ru/premises/{PHOTO_PREMISE}")
    assert response.status_code == 200
    html = response.text
    for text in ("Основные сведения", "Инженерные сети", "Недостающая инфраструктура", "Балхаш", "ДЕМО"):
        assert text in html
    assert f'src="/photos/{PHOTO_PREMISE}-0.png"' in html
    photo = client.get(f"/photos/{PHOTO_PREMISE}-0.png")
    assert photo.status_code == 200 and photo.content.startswith(b"\x89PNG")
    kk = client.get(f"/kk/premises/{PHOTO_PREMISE}").text
    assert "Негізгі мәліметтер" in kk and "Балқаш" in kk


def test_a_price_says_what_it_is_for(client: Client, catalog_path: Path) -> None:
    """Issue 13: the published copy shows a price's unit with the guide's labels (a rent is not a sale price)."""
    priced = bundled(catalog_path, "SELECT id, price_unit FROM premises WHERE price_kzt IS NOT NULL")
    assert priced and all(r["price_unit"] for r in priced)
    first = priced[0]
    for lang in ("ru", "kk", "en"):
        row = client.json(f"/{lang}/premises/{first['id']}.json", _shape="array")[0]
        label = i18n.label("price_unit", first["price_unit"], lang)
        assert row["price_unit"] == label
        page = client.get(f"/{lang}/premises/{first['id']}").text
        assert f"<td>{label}</td>" in page, lang
    rows = client.json("/en/vacant_premises_with_power.json", town="Balkhash", min_kw="0", _shape="array")
    assert rows and all("Price unit" in r for r in rows)


def test_the_premise_page_links_its_pdf_brief(catalog_path: Path, tmp_path: Path) -> None:
    site = publish_site(catalog_path, tmp_path / "site", langs=["en"], with_pdfs=True)
    client = Client(site, ("en",))
    html = client.get(f"/en/premises/{PHOTO_PREMISE}").text
    link = f"/pdf/en/premise-{PHOTO_PREMISE}.pdf"
    assert f'href="{link}"' in html
    pdf = client.get(link)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_the_metadata_describes_the_site(site: Path) -> None:
    metadata = json.loads((site / "metadata.json").read_text(encoding="utf-8"))
    assert metadata["license"] and metadata["source"] and metadata["title"]
    premises = metadata["databases"]["kk"]["tables"]["premises"]
    assert premises["columns"]["power_kw"] == "Электр қуаты, кВт"
    assert premises["fts_table"] == "premises_fts" and premises["sort_desc"] == "floor_area_m2"
    assert "2026" in metadata["databases"]["en"]["description"]


def test_the_readme_gives_the_serve_command(site: Path) -> None:
    readme = (site / "README.md").read_text(encoding="utf-8")
    assert "datasette serve --immutable ru.db --immutable kk.db --immutable en.db --metadata metadata.json" in readme
    assert "--static photos:photos" in readme and "replicas" in readme
