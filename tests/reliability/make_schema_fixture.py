"""Freeze a catalog of the current schema version as a fixture for the migration tests.

Run ``.venv/bin/python -m tests.reliability.make_schema_fixture`` *before* adding a
migration: it writes ``tests/data/schema_vN/catalog.sqlite`` (N = the current
``SCHEMA_VERSION``) with a few records of every kind, a photo and a shortlist,
and ``expected.json``, every row of it. Commit both and never regenerate an
old version: the test then upgrades each of them with every later migration and
checks that no row was lost or changed (see tests/data/schema_v1/README.md).
"""

from __future__ import annotations

import base64
import io
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

from PIL import Image

from guide.catalog.schema import SCHEMA_VERSION
from guide.catalog.store import Catalog

DATA = Path(__file__).resolve().parents[1] / "data"


def fixture_folder(version: int) -> Path:
    return DATA / f"schema_v{version}"


def json_value(value: Any) -> Any:
    """A cell as JSON: BLOBs as base64 under a marker key."""
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode()}
    return value


def table_rows(conn: sqlite3.Connection) -> dict[str, list[dict[str, Any]]]:
    """Every row of every data table (no FTS or migration bookkeeping), keyed by column."""
    conn.row_factory = sqlite3.Row
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
            "AND name NOT LIKE '%\\_fts\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            "AND name != '_sqlite_migrations' ORDER BY name"
        )
    ]
    rows: dict[str, list[dict[str, Any]]] = {}
    for table in tables:
        order = "kind, record_id" if table == "shortlist" else "rowid"
        rows[table] = [
            {k: json_value(row[k]) for k in row.keys()}
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY {order}')
        ]
    conn.row_factory = None
    return rows


def fill(catalog: Catalog) -> None:
    """A few records of every kind, using every type of field."""
    catalog.insert(
        "towns",
        {
            "id": "temirtau",
            "name": "Темиртау",
            "name_kk": "Теміртау",
            "name_en": "Temirtau",
            "lat": 50.05,
            "lon": 72.96,
            "monotown_status": "monotown",
            "city_forming": "АО «Qarmet»",
            "population": None,
            "source": "inbusiness.kz",
            "as_of": "2024-02-01",
        },
    )
    catalog.insert(
        "towns",
        {
            "id": "saran",
            "name": "Сарань",
            "name_kk": "Саран",
            "name_en": "Saran",
            "monotown_status": "former_monotown",
            "status_reason": "Диверсификация",
            "status_reason_kk": "Әртараптандыру",
            "as_of": "2024-02-01",
        },
    )
    catalog.insert(
        "town_status",
        {
            "town": "saran",
            "year": 2023,
            "status": "former_monotown",
            "reason": "Приказ МНЭ РК",
            "source": "inbusiness.kz",
            "as_of": "2024-02-01",
        },
    )
    zone = catalog.insert(
        "zones",
        {
            "town": "temirtau",
            "name": "Малая промзона «Северная»",
            "name_kk": "«Солтүстік» шағын өнеркәсіптік аймағы",
            "status": "operating",
            "area_ha": 12.5,
            "source": "demo",
            "as_of": "2026-01-10",
        },
    )
    hall = catalog.insert(
        "premises",
        {
            "town": "temirtau",
            "title": "Цех с ж/д тупиком",
            "title_kk": "Теміржол тұйығы бар цех",
            "title_en": "Hall with a rail siding",
            "kind": "production_hall",
            "address": "ул. Заводская, 5",
            "lat": 50.08,
            "lon": 72.99,
            "floor_area_m2": 2400.5,
            "ceiling_height_m": 9.5,
            "floors": 1,
            "ownership": "private",
            "owner": "ТОО «A&B» <Сервис>",
            "cadastral_number": "09:143:045:123",
            "deal": "lease",
            "price_kzt": 1_800_000,
            "available_from": "2026-01-15",
            "power_kw": 800,
            "gas": 1,
            "gas_m3h": 60,
            "water": 1,
            "sewerage": 0,
            "heating": 1,
            "telecom": 1,
            "road": 1,
            "rail_siding": 1,
            "distance_rail_km": 2.5,
            "zone": zone,
            "missing_infrastructure": "sewerage;gas",
            "akimat_commitment": "Подвести канализацию",
            "commitment_due": "2026-12-31",
            "status": "vacant",
            "contact": "Серик, +7 7213 00-00-01",
            "description": "=формула? нет, текст",
            "source": "demo",
            "as_of": "2026-01-10",
        },
    )
    catalog.insert(
        "premises",
        {
            "town": "saran",
            "title": "Участок",
            "kind": "land_plot",
            "land_area_ha": 3,
            "status": "reserved",
            "source": "demo",
            "as_of": "2025-06-01",
        },
    )
    buffer = io.BytesIO()
    Image.new("RGB", (4, 3), (10, 120, 200)).save(buffer, format="PNG")
    catalog.add_photo(hall, "hall.png", buffer.getvalue())
    project = catalog.insert(
        "projects",
        {
            "town": "temirtau",
            "kind": "investment",
            "title": "Спецкокс",
            "investment_kzt": 1.5e11,
            "jobs": 300,
            "start_year": 2023,
            "end_year": 2024,
            "status": "in_progress",
            "need_min_power_kw": 500,
            "need_rail": 1,
            "source": "inbusiness.kz",
            "as_of": "2024-02-01",
        },
    )
    catalog.insert(
        "suppliers",
        {
            "town": "temirtau",
            "name": "ИП Ахметов",
            "niche": "transport",
            "is_local": 1,
            "phone": "+7 701 000 00 00",
            "source": "demo",
            "as_of": "2026-01-10",
        },
    )
    catalog.insert(
        "indicators",
        {
            "town": None,
            "year": 2023,
            "name": "manufacturing_share",
            "value": 57,
            "unit": "%",
            "source": "inbusiness.kz",
            "as_of": "2024-02-01",
        },
    )
    catalog.set_shortlisted("premises", [hall], True)
    catalog.set_shortlisted("projects", [project], True)
    if "layers" in catalog.db.table_names():  # schema 3 on: an akimat map layer (a zone's boundary)
        polygon = [[[72.90, 50.04], [72.93, 50.04], [72.93, 50.06], [72.90, 50.06], [72.90, 50.04]]]
        feature = {
            "type": "Feature",
            "properties": {"zone_id": zone},
            "geometry": {"type": "Polygon", "coordinates": polygon},
        }
        catalog.db["layers"].insert(
            {
                "kind": "zone",
                "title": "Границы индустриальной зоны",
                "source": "демо",
                "as_of": "2026-01-10",
                "features": 1,
                "filename": "zone.geojson",
                "west": 72.90,
                "south": 50.04,
                "east": 72.93,
                "north": 50.06,
                "geojson": json.dumps({"type": "FeatureCollection", "features": [feature]}, ensure_ascii=False),
            }
        )
    if "incentives" in catalog.db.table_names():  # schema 4 on: incentives, institutions, routes (issue 14)
        catalog.insert(
            "incentives",
            {
                "name": "Освобождение от КПН",
                "name_en": "CIT exemption",
                "kind": "tax",
                "scope": "national",
                "duration_years": 10,
                "min_investment": 2_000_000,
                "investment_unit": "mci",
                "legal_article": "295-2",
                "source": "PwC Kazakhstan",
                "source_url": "https://www.pwc.com/kz/en/services/tls-page/investment-preferences.html",
                "as_of": "2025-01-01",
            },
        )
        catalog.insert(
            "institutions",
            {
                "name": "Kazakh Invest",
                "role": "investment_promotion",
                "reach": "national",
                "website": "https://invest.gov.kz",
                "email": "info@example.kz",
                "languages": "ru;kk;en",
                "source": "Astana Times",
                "source_url": "https://astanatimes.com/",
                "as_of": "2024-03-01",
            },
        )
        catalog.insert(
            "routes",
            {
                "town": "temirtau",
                "destination": "Караганда",
                "destination_kind": "regional_centre",
                "mode": "road",
                "distance_km": 35,
                "distance_basis": "stated",
                "caveat": "⚠ без даты",
                "source": "Visit Kazakhstan",
                "as_of": "2025-01-01",
            },
        )


def main() -> None:
    folder = fixture_folder(SCHEMA_VERSION)
    target = folder / "catalog.sqlite"
    if target.exists() and "--force" not in sys.argv:
        sys.exit(f"{target} exists; fixtures of released versions are never regenerated (--force to override)")
    folder.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    work = folder / "work.db"
    for suffix in ("", "-wal", "-shm"):
        work.with_name(work.name + suffix).unlink(missing_ok=True)
    catalog = Catalog.open(work, create=True)
    fill(catalog)
    catalog.close()
    conn = sqlite3.connect(str(work))
    # One self-contained, compact file, as a user's catalog would be after closing.
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(f"VACUUM INTO '{target}'")
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        work.with_name(work.name + suffix).unlink(missing_ok=True)
    conn = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
    expected = {"schema_version": SCHEMA_VERSION, "tables": table_rows(conn)}
    conn.close()
    (folder / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {target} and its expected.json")


if __name__ == "__main__":
    main()
