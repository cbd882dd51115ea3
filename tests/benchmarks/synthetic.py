"""Deterministic synthetic catalogs of any size, cached under ``build/bench/``.

A catalog is the bundled data plus 21 more monotowns (27 in all, as in
Kazakhstan), a few small industrial zones per town and premises up to the
requested total. Towns follow a Zipf-like share (Temirtau and Karaganda are
big, Tekeli small); kinds, areas, power, utilities and prices follow skewed
distributions per kind; titles, addresses and descriptions mix Russian,
Kazakh and English. The same size and :data:`GENERATOR_VERSION` always give
the same records.

Generation skips the validating importer (it would dominate the run) and
writes with ``executemany`` into a catalog made by
:meth:`Catalog.open(create=True) <guide.catalog.store.Catalog.open>`, so the
schema, triggers and full-text index are the real ones.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import math
import os
import random
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guide.catalog.bundled import load_bundled
from guide.catalog.schema import SCHEMA_VERSION
from guide.catalog.store import Catalog
from tests.benchmarks import vocabulary as V

# Bump whenever the generated records change, so stale caches are rebuilt.
GENERATOR_VERSION = 1
ROOT = Path(__file__).resolve().parents[2]
UTILITIES = ("power", "gas", "water", "sewerage", "heating", "rail_siding", "road", "telecom")
# The columns the generator fills, in the order of premise_rows' tuples; the registry's other
# columns (translations of addresses, source links...) are left empty, as in a typical import.
PREMISE_COLUMNS: tuple[str, ...] = (
    "id", "town", "title", "title_kk", "title_en", "kind", "address", "lat", "lon", "floor_area_m2",
    "land_area_ha", "ceiling_height_m", "floors", "ownership", "owner", "cadastral_number", "deal", "price_kzt",
    "price_unit", "available_from", "power_kw", "gas", "gas_m3h", "water", "water_m3d", "sewerage", "heating",
    "heating_gcalh", "telecom", "road", "rail_siding", "distance_rail_km", "distance_centre_km",
    "distance_airport_km", "zone", "missing_infrastructure", "akimat_commitment", "commitment_due", "status",
    "contact", "description", "description_kk", "description_en", "source", "as_of", "version", "updated_at",
)  # fmt: skip
# A lease is a monthly rent, a sale a total price (issue 13: prices say what they are for).
PRICE_UNITS = {"lease": "per_month", "sale": "total"}
BATCH = 20_000


def bench_dir() -> Path:
    """Where caches and scratch files go: ``build/bench`` (git-ignored), or $BENCH_DIR."""
    folder = Path(os.environ.get("BENCH_DIR") or ROOT / "build" / "bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def size_label(size: int) -> str:
    """``10k``, ``100k``, ``1m``: the suffix of the metric names."""
    if size % 1_000_000 == 0:
        return f"{size // 1_000_000}m"
    if size % 1000 == 0:
        return f"{size // 1000}k"
    return str(size)


@dataclass(frozen=True)
class Town:
    id: str
    names: tuple[str, str, str]
    lat: float
    lon: float
    weight: float


@functools.cache
def schema_fingerprint() -> str:
    """A short hash of the schema, so a changed schema (even within one version) regenerates the caches."""
    catalog = Catalog.memory()
    try:
        sql = [r[0] or "" for r in catalog.db.execute("SELECT sql FROM sqlite_master ORDER BY type, name")]
    finally:
        catalog.close()
    return hashlib.sha256("\n".join(sql).encode()).hexdigest()[:10]


def _cache_path(name: str) -> Path:
    return bench_dir() / f"{name}-g{GENERATOR_VERSION}-s{SCHEMA_VERSION}-{schema_fingerprint()}.db"


def catalog_path(size: int) -> Path:
    """A cached catalog holding ``size`` premises in all, generated on first use."""
    return _cached(f"catalog-{size_label(size)}", lambda catalog: _fill(catalog, size))


def brief_catalog_path(premises: int = 500) -> Path:
    """The bundled data and ``premises`` synthetic premises with one to three photos each."""
    return _cached(f"brief-{premises}", lambda catalog: _fill_brief(catalog, premises))


def base_catalog_path() -> Path:
    """The bundled data and the extra towns and zones, without synthetic premises: an import target."""
    return _cached("base", lambda catalog: _fill(catalog, 0))


def _cached(name: str, fill: Any) -> Path:
    """Build into a temporary file and rename, so a killed run never leaves a half-made cache."""
    path = _cache_path(name)
    if path.exists():
        return path
    for stale in bench_dir().glob(f"{name}-g*-s{SCHEMA_VERSION}-*.db*"):
        # Caches of this schema version from another generator or schema fingerprint, with their WAL
        # files. Other schema versions stay: engineers whose branches are before and after a migration
        # share one BENCH_DIR, and each would otherwise delete the other's hour-long 1M catalog.
        stale.unlink()
    for partial in bench_dir().glob(f".{name}.*.partial*"):
        # Left by a run that was killed while generating (an hour is far longer than 1M takes).
        if time.time() - partial.stat().st_mtime > 3600:
            partial.unlink(missing_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".partial", dir=bench_dir())
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        catalog = Catalog.open(tmp, create=True)
        try:
            fill(catalog)
            catalog.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            catalog.db.execute("PRAGMA optimize")
        finally:
            catalog.close()
        for suffix in ("-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        tmp.replace(path)
    finally:
        for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
            leftover.unlink(missing_ok=True)
        shutil.rmtree(tmp.with_name(tmp.name + ".backups"), ignore_errors=True)
    return path


def copy_catalog(source: Path, target: Path) -> Path:
    """A private copy of a cached catalog, for benchmarks that write."""
    shutil.copyfile(source, target)
    return target


def towns(catalog: Catalog) -> list[Town]:
    """The catalog's towns with their share of premises (rank-Zipf, bundled towns first)."""
    rows = list(catalog.db.query("SELECT id, name, name_kk, name_en, lat, lon FROM towns ORDER BY rowid"))
    order = ["temirtau", "karaganda", "balkhash", "ekibastuz", "zhezkazgan", "rudny", "shakhtinsk", "satpayev"]
    rank = {town_id: i for i, town_id in enumerate(order)}
    rows.sort(key=lambda r: (rank.get(r["id"], len(order)), r["id"]))
    return [
        Town(
            r["id"],
            (r["name"], r["name_kk"] or r["name"], r["name_en"] or r["name"]),
            float(r["lat"] or 49.8),
            float(r["lon"] or 73.1),
            1.0 / (i + 1) ** 0.8,
        )
        for i, r in enumerate(rows)
    ]


def _fill(catalog: Catalog, size: int, *, synthetic: bool = False) -> None:
    """The bundled data, the extra towns and zones, and premises up to ``size`` (``size`` more with ``synthetic``)."""
    load_bundled(catalog)
    rng = random.Random(f"investor-guide-bench-{GENERATOR_VERSION}")
    now = "2026-01-01T00:00:00+00:00"
    db = catalog.db
    with catalog.transaction():
        db.conn.executemany(
            "INSERT INTO towns (id, name, name_kk, name_en, region, lat, lon, monotown_status, "
            "source, as_of, version, updated_at) VALUES (?, ?, ?, ?, 'other', ?, ?, 'monotown', 'demo', "
            "'2025-01-01', 1, ?)",
            [(t[0], t[1], t[2], t[3], t[4], t[5], now) for t in V.EXTRA_TOWNS],
        )
    all_towns = towns(catalog)
    zone_rows = []
    next_zone = int(db.execute("SELECT coalesce(max(id), 0) FROM zones").fetchone()[0]) + 1
    for town in all_towns[:20]:
        for number in range(1 + (town.weight > 0.3)):
            ru, kk, en = town.names
            zone_rows.append(
                (next_zone, town.id, f"Малая промышленная зона «{ru}-{number + 1}»",
                 f"«{kk}-{number + 1}» шағын өнеркәсіптік аймағы", f"{en}-{number + 1} small industrial zone",
                 rng.choice(("planned", "operating")), round(rng.uniform(3, 40), 1), "demo", "2025-01-01", 1, now)
            )  # fmt: skip
            next_zone += 1
    with catalog.transaction():
        db.conn.executemany(
            "INSERT INTO zones (id, town, name, name_kk, name_en, status, area_ha, source, as_of, version, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            zone_rows,
        )
    zones: dict[str, list[int]] = {}
    for zone_id, town_id in db.execute("SELECT id, town FROM zones"):
        zones.setdefault(town_id, []).append(zone_id)
    existing = catalog.total("premises")
    start = int(db.execute("SELECT coalesce(max(id), 0) FROM premises").fetchone()[0]) + 1
    rows = premise_rows(rng, size if synthetic else max(0, size - existing), start, all_towns, zones)
    columns = ", ".join(PREMISE_COLUMNS)
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            _insert_premises(catalog, columns, batch)
            batch = []
    if batch:
        _insert_premises(catalog, columns, batch)


def _insert_premises(catalog: Catalog, columns: str, batch: list[tuple[Any, ...]]) -> None:
    """One batch through a temporary table: one statement, so the full-text index is written once per batch."""
    conn = catalog.db.conn
    with catalog.transaction():
        conn.execute(f"CREATE TEMP TABLE bench_rows ({columns})")
        conn.executemany(f"INSERT INTO temp.bench_rows VALUES ({', '.join('?' for _ in PREMISE_COLUMNS)})", batch)
        conn.execute(f"INSERT INTO premises ({columns}) SELECT {columns} FROM temp.bench_rows ORDER BY rowid")
        conn.execute("DROP TABLE temp.bench_rows")


def _fill_brief(catalog: Catalog, premises: int) -> None:
    _fill(catalog, premises, synthetic=True)
    rng = random.Random("investor-guide-bench-photos")
    pictures = [photo_jpeg(rng, number) for number in range(12)]
    rows = []
    for premise_id in brief_ids(catalog, premises):
        for position in range(rng.randint(1, 3)):
            data, width, height = rng.choice(pictures)
            rows.append((premise_id, position, f"photo-{position + 1}.jpg", "image/jpeg", width, height, data))
    with catalog.transaction():
        catalog.db.conn.executemany(
            "INSERT INTO photos (premise, position, filename, mime, width, height, data) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def brief_ids(catalog: Catalog, premises: int) -> list[int]:
    """The synthetic premises of a brief catalog: the last ``premises`` (the bundled ones come first)."""
    rows = catalog.db.execute("SELECT id FROM premises ORDER BY id DESC LIMIT ?", [premises])
    return sorted(int(r[0]) for r in rows)


def photo_jpeg(rng: random.Random, number: int) -> tuple[bytes, int, int]:
    """A small photo-like JPEG: a sky-to-ground gradient with a few buildings."""
    import io

    from PIL import Image, ImageDraw

    width, height = 800, 600
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    sky, ground = (rng.randint(120, 200), rng.randint(160, 220), 255), (rng.randint(90, 140), rng.randint(80, 120), 60)
    for y in range(height):
        share = y / height
        draw.line([(0, y), (width, y)], fill=tuple(int(a + (b - a) * share) for a, b in zip(sky, ground, strict=True)))
    for _ in range(rng.randint(2, 6)):
        x, w, h = rng.randint(0, width - 200), rng.randint(80, 300), rng.randint(80, 300)
        grey = rng.randint(60, 200)
        draw.rectangle([x, height - 150 - h, x + w, height - 150], fill=(grey, grey, grey + rng.randint(0, 40)))
    draw.text((20, 20), f"#{number}", fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    return out.getvalue(), width, height


def _lognormal(rng: random.Random, median: float, sigma: float) -> float:
    return median * math.exp(rng.gauss(0.0, sigma))


def _date(rng: random.Random, first: dt.date, days: int) -> str:
    return (first + dt.timedelta(days=rng.randrange(days))).isoformat()


def _owner(rng: random.Random, ownership: str) -> str:
    if ownership != "private":
        return rng.choice(V.PUBLIC_OWNERS)
    if rng.random() < 0.2:
        return f"ИП «{rng.choice(V.SURNAMES)}»"
    return f"ТОО «{rng.choice(V.OWNER_STEMS)}{rng.choice(V.OWNER_ENDINGS).lower()}»"


def _description(rng: random.Random) -> tuple[str, str, str]:
    chosen = rng.sample(V.SENTENCES, rng.randint(1, 3))
    use = rng.choice(V.USES)
    n, year = rng.randint(2, 50), rng.randint(2005, 2025)
    parts = [[s[lang].format(n=n, y=year, use=use[lang]) for s in chosen] for lang in range(3)]
    return " ".join(parts[0]), " ".join(parts[1]), " ".join(parts[2])


def premise_rows(
    rng: random.Random, count: int, start_id: int, all_towns: list[Town], zones: dict[str, list[int]]
) -> Iterator[tuple[Any, ...]]:
    """``count`` premises as tuples in :data:`PREMISE_COLUMNS` order."""
    town_weights = [t.weight for t in all_towns]
    kind_weights = [k[1] for k in V.KINDS]
    for record_id in range(start_id, start_id + count):
        town = rng.choices(all_towns, town_weights)[0]
        kind, _, area_median, power_median, ceiling_median = rng.choices(V.KINDS, kind_weights)[0]
        kind_ru, kind_kk, kind_en = V.KIND_TITLES[kind]
        q_ru, q_kk, q_en = rng.choice(V.QUALIFIERS)
        number = f" № {rng.randint(1, 40)}" if rng.random() < 0.3 else ""
        title = f"{kind_ru} {q_ru}{number}"
        title_kk = f"{q_kk} {kind_kk.lower()}{number}" if rng.random() < 0.6 else None
        title_en = f"{kind_en} {q_en}{number}" if rng.random() < 0.5 else None
        address = f"г. {town.names[0]}, {rng.choice(V.STREETS)}, {rng.randint(1, 180)}"
        lat = round(town.lat + rng.gauss(0, 0.03), 5)
        lon = round(town.lon + rng.gauss(0, 0.04), 5)
        floor_area = round(_lognormal(rng, area_median, 0.8), 1) if area_median else None
        land_area = round(_lognormal(rng, 2.0, 0.9), 2) if kind in ("land_plot", "building_complex") else None
        if floor_area is None and land_area is None:
            land_area = 1.0
        ceiling = round(max(2.5, _lognormal(rng, ceiling_median, 0.25)), 1) if ceiling_median else None
        floors = (
            (rng.choice((1, 1, 1, 2, 2, 3, 4, 5)) if kind == "office" else rng.choice((1, 1, 1, 2)))
            if ceiling
            else None
        )
        ownership = rng.choices(("private", "communal", "state"), (0.7, 0.22, 0.08))[0]
        deal = rng.choices(("lease", "sale", "trust_management"), (0.55, 0.38, 0.07))[0]
        area_for_price = floor_area or (land_area or 1.0) * 1000
        if deal == "lease":
            price: float | None = round(area_for_price * _lognormal(rng, 1500, 0.4), -3)
        elif deal == "sale":
            price = round(area_for_price * _lognormal(rng, 45_000, 0.5), -4)
        else:
            price = None
        if price is not None and rng.random() < 0.1:
            price = None
        power = round(min(45_000.0, max(1.0, _lognormal(rng, power_median, 0.9))), 0) if rng.random() < 0.9 else None
        has = {
            "power": power is not None,
            "gas": rng.random() < 0.55,
            "water": rng.random() < 0.8,
            "sewerage": rng.random() < 0.7,
            "heating": rng.random() < (0.3 if kind == "land_plot" else 0.7),
            "telecom": rng.random() < 0.85,
            "road": rng.random() < 0.9,
            "rail_siding": rng.random()
            < (0.2 if kind in ("warehouse", "production_hall", "building_complex") else 0.04),
        }
        missing = [u for u in UTILITIES if not has[u] and u != "rail_siding"]
        commitment = None
        due = None
        if missing and rng.random() < 0.35:
            code = rng.choice(missing)
            commitment = dict(V.COMMITMENTS)[code] + f" до {rng.randint(2025, 2028)} года"
            due = _date(rng, dt.date(2024, 6, 1), 4 * 365)
        description, description_kk, description_en = _description(rng)
        status = rng.choices(("vacant", "reserved", "leased", "sold"), (0.7, 0.1, 0.15, 0.05))[0]
        town_zones = zones.get(town.id)
        zone = rng.choice(town_zones) if town_zones and rng.random() < 0.3 else None
        yield (
            record_id,
            town.id,
            title,
            title_kk,
            title_en,
            kind,
            address,
            lat,
            lon,
            floor_area,
            land_area,
            ceiling,
            floors,
            ownership,
            _owner(rng, ownership),
            f"09:{rng.randint(100, 999)}:{rng.randint(0, 999):03d}:{rng.randint(0, 9999):04d}",
            deal,
            price,
            PRICE_UNITS.get(deal) if price is not None else None,
            _date(rng, dt.date(2024, 1, 1), 4 * 365) if rng.random() < 0.6 else None,
            power,
            int(has["gas"]),
            round(_lognormal(rng, 40, 0.8), 1) if has["gas"] and rng.random() < 0.5 else None,
            int(has["water"]),
            round(_lognormal(rng, 20, 0.8), 1) if has["water"] and rng.random() < 0.5 else None,
            int(has["sewerage"]),
            int(has["heating"]),
            round(_lognormal(rng, 0.4, 0.7), 2) if has["heating"] and rng.random() < 0.4 else None,
            int(has["telecom"]),
            int(has["road"]),
            int(has["rail_siding"]),
            round(_lognormal(rng, 6.0, 1.0), 1),
            round(_lognormal(rng, 60.0, 0.9), 0),
            round(_lognormal(rng, 80.0, 0.7), 0),
            zone,
            ";".join(missing) or None,
            commitment,
            due,
            status,
            f"{rng.choice(V.FIRST_NAMES)} {rng.choice(V.SURNAMES)}, +7 7{rng.randint(100, 299)} {rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
            description,
            description_kk if rng.random() < 0.5 else None,
            description_en if rng.random() < 0.4 else None,
            "demo",
            _date(rng, dt.date(2022, 1, 1), 4 * 365),
            1,
            "2026-01-01T00:00:00+00:00",
        )
