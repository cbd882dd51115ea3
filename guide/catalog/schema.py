"""The catalog's schema, as a numbered list of migrations.

Each migration is frozen once released: a later change to the fields adds a
new migration instead of editing an old one, so every catalog ever written can
be brought up to date. ``PRAGMA user_version`` holds the number of migrations
applied, which lets an older program refuse a catalog from a newer one.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATIONS = Migrations("investor-guide")
# The first bytes of every SQLite file, so of every catalog.
SQLITE_MAGIC = b"SQLite format 3\x00"

SCHEMA_1 = """
CREATE TABLE towns (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_kk TEXT,
    name_en TEXT,
    region TEXT,
    lat REAL,
    lon REAL,
    monotown_status TEXT,
    status_reason TEXT,
    status_reason_kk TEXT,
    status_reason_en TEXT,
    city_forming TEXT,
    city_forming_kk TEXT,
    city_forming_en TEXT,
    population INTEGER,
    distance_centre_km REAL,
    akimat_contact TEXT,
    description TEXT,
    description_kk TEXT,
    description_en TEXT,
    source TEXT,
    as_of TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT
);
CREATE TABLE town_status (
    id INTEGER PRIMARY KEY,
    town TEXT NOT NULL REFERENCES towns(id) ON UPDATE CASCADE ON DELETE CASCADE,
    year INTEGER NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    reason_kk TEXT,
    reason_en TEXT,
    source TEXT,
    as_of TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT
);
CREATE TABLE zones (
    id INTEGER PRIMARY KEY,
    town TEXT NOT NULL REFERENCES towns(id) ON UPDATE CASCADE ON DELETE RESTRICT,
    name TEXT NOT NULL,
    name_kk TEXT,
    name_en TEXT,
    status TEXT,
    area_ha REAL,
    sectors TEXT,
    operator TEXT,
    address TEXT,
    lat REAL,
    lon REAL,
    contact TEXT,
    description TEXT,
    description_kk TEXT,
    description_en TEXT,
    source TEXT,
    as_of TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT
);
CREATE TABLE premises (
    id INTEGER PRIMARY KEY,
    town TEXT NOT NULL REFERENCES towns(id) ON UPDATE CASCADE ON DELETE RESTRICT,
    title TEXT NOT NULL,
    title_kk TEXT,
    title_en TEXT,
    kind TEXT NOT NULL,
    address TEXT,
    lat REAL,
    lon REAL,
    floor_area_m2 REAL,
    land_area_ha REAL,
    ceiling_height_m REAL,
    floors INTEGER,
    ownership TEXT,
    owner TEXT,
    cadastral_number TEXT,
    deal TEXT,
    price_kzt REAL,
    available_from TEXT,
    power_kw REAL,
    gas INTEGER,
    gas_m3h REAL,
    water INTEGER,
    water_m3d REAL,
    sewerage INTEGER,
    heating INTEGER,
    heating_gcalh REAL,
    telecom INTEGER,
    road INTEGER,
    rail_siding INTEGER,
    distance_rail_km REAL,
    distance_centre_km REAL,
    distance_airport_km REAL,
    zone INTEGER REFERENCES zones(id) ON DELETE SET NULL,
    missing_infrastructure TEXT,
    akimat_commitment TEXT,
    commitment_due TEXT,
    status TEXT,
    contact TEXT,
    description TEXT,
    description_kk TEXT,
    description_en TEXT,
    source TEXT,
    as_of TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT
);
CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    town TEXT NOT NULL REFERENCES towns(id) ON UPDATE CASCADE ON DELETE RESTRICT,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    title_kk TEXT,
    title_en TEXT,
    sector TEXT,
    initiator TEXT,
    investment_kzt REAL,
    jobs INTEGER,
    start_year INTEGER,
    end_year INTEGER,
    status TEXT,
    description TEXT,
    description_kk TEXT,
    description_en TEXT,
    contact TEXT,
    need_kind TEXT,
    need_min_area_m2 REAL,
    need_min_power_kw REAL,
    need_gas INTEGER,
    need_water INTEGER,
    need_heating INTEGER,
    need_sewerage INTEGER,
    need_rail INTEGER,
    need_max_price_kzt REAL,
    need_max_distance_rail_km REAL,
    source TEXT,
    as_of TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT
);
CREATE TABLE suppliers (
    id INTEGER PRIMARY KEY,
    town TEXT NOT NULL REFERENCES towns(id) ON UPDATE CASCADE ON DELETE RESTRICT,
    name TEXT NOT NULL,
    name_kk TEXT,
    name_en TEXT,
    niche TEXT NOT NULL,
    is_local INTEGER,
    contact TEXT,
    phone TEXT,
    email TEXT,
    description TEXT,
    description_kk TEXT,
    description_en TEXT,
    source TEXT,
    as_of TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT
);
CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    town TEXT REFERENCES towns(id) ON UPDATE CASCADE ON DELETE CASCADE,
    year INTEGER NOT NULL,
    name TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT,
    note TEXT,
    note_kk TEXT,
    note_en TEXT,
    source TEXT,
    as_of TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT
);

CREATE TABLE photos (
    id INTEGER PRIMARY KEY,
    premise INTEGER NOT NULL REFERENCES premises(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    filename TEXT NOT NULL,
    mime TEXT NOT NULL,
    width INTEGER,
    height INTEGER,
    data BLOB NOT NULL
);
CREATE TABLE shortlist (
    kind TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (kind, record_id)
);
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE INDEX premises_town ON premises(town, status);
CREATE INDEX premises_zone ON premises(zone);
CREATE INDEX premises_area ON premises(floor_area_m2);
CREATE INDEX premises_power ON premises(power_kw);
CREATE INDEX premises_price ON premises(price_kzt);
CREATE INDEX projects_town ON projects(town);
CREATE INDEX suppliers_town ON suppliers(town);
CREATE INDEX zones_town ON zones(town);
CREATE INDEX indicators_town ON indicators(town, name, year);
CREATE INDEX town_status_town ON town_status(town, year);
CREATE INDEX photos_premise ON photos(premise, position);
"""

# The text a user would search, per table. Besides a record's own columns the
# index holds its town's names in all three languages (and, for premises, the
# zone's name), so "Балқаш", "Балхаш" and "Balkhash" all find Balkhash.
FTS_COLUMNS_1: dict[str, tuple[str, ...]] = {
    "premises": (
        "title",
        "title_kk",
        "title_en",
        "address",
        "owner",
        "cadastral_number",
        "description",
        "description_kk",
        "description_en",
        "akimat_commitment",
    ),
    "projects": (
        "title",
        "title_kk",
        "title_en",
        "sector",
        "initiator",
        "description",
        "description_kk",
        "description_en",
    ),
    "suppliers": ("name", "name_kk", "name_en", "contact", "description", "description_kk", "description_en"),
    "zones": (
        "name",
        "name_kk",
        "name_en",
        "sectors",
        "operator",
        "address",
        "description",
        "description_kk",
        "description_en",
    ),
}

TOWN_NAMES_SQL = (
    "(SELECT coalesce(t.name, '') || ' ' || coalesce(t.name_kk, '') || ' ' || coalesce(t.name_en, '') "
    "FROM towns t WHERE t.id = {row}.town)"
)
ZONE_NAME_SQL = (
    "(SELECT coalesce(z.name, '') || ' ' || coalesce(z.name_kk, '') || ' ' || coalesce(z.name_en, '') "
    "FROM zones z WHERE z.id = {row}.zone)"
)


def _fts_values(table: str, row: str) -> tuple[list[str], list[str]]:
    own = FTS_COLUMNS_1[table] if table in FTS_COLUMNS_1 else FTS_COLUMNS_4[table]
    columns = list(own) + ["town_names"]
    values = [f"{row}.{c}" for c in own] + [TOWN_NAMES_SQL.format(row=row)]
    if table == "premises":
        columns.append("zone_name")
        values.append(ZONE_NAME_SQL.format(row=row))
    return columns, values


def _create_fts(db: Database, table: str) -> None:
    columns, new_values = _fts_values(table, "new")
    fts = f"{table}_fts"
    db.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5({', '.join(columns)}, tokenize = 'unicode61 remove_diacritics 2')"
    )
    insert = f"INSERT INTO {fts}(rowid, {', '.join(columns)}) VALUES (new.id, {', '.join(new_values)});"
    db.execute(f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN {insert} END")
    db.execute(
        f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN DELETE FROM {fts} WHERE rowid = old.id; END"
    )
    db.execute(
        f"CREATE TRIGGER {table}_fts_au AFTER UPDATE ON {table} BEGIN "
        f"DELETE FROM {fts} WHERE rowid = old.id; {insert} END"
    )
    _, row_values = _fts_values(table, table)
    reindex_town = (
        f"DELETE FROM {fts} WHERE rowid IN (SELECT id FROM {table} WHERE town = new.id); "
        f"INSERT INTO {fts}(rowid, {', '.join(columns)}) "
        f"SELECT {table}.id, {', '.join(row_values)} FROM {table} WHERE {table}.town = new.id;"
    )
    db.execute(
        f"CREATE TRIGGER {table}_fts_town AFTER UPDATE OF name, name_kk, name_en ON towns BEGIN {reindex_town} END"
    )
    if table == "premises":
        reindex_zone = (
            f"DELETE FROM {fts} WHERE rowid IN (SELECT id FROM premises WHERE zone = new.id); "
            f"INSERT INTO {fts}(rowid, {', '.join(columns)}) "
            f"SELECT premises.id, {', '.join(row_values)} FROM premises WHERE premises.zone = new.id;"
        )
        db.execute(
            f"CREATE TRIGGER premises_fts_zone AFTER UPDATE OF name, name_kk, name_en ON zones BEGIN {reindex_zone} END"
        )


@MIGRATIONS(name="0001_initial")
def m0001_initial(db: Database) -> None:
    for statement in SCHEMA_1.split(";"):
        if statement.strip():
            db.execute(statement)
    for table in FTS_COLUMNS_1:
        _create_fts(db, table)
    # Towns are few: their index is rebuilt whole whenever one changes.
    db.execute(
        "CREATE VIRTUAL TABLE towns_fts USING fts5(town_id UNINDEXED, name, name_kk, name_en, city_forming, "
        "description, description_kk, description_en, tokenize = 'unicode61 remove_diacritics 2')"
    )
    for event, target in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
        body = f"DELETE FROM towns_fts WHERE town_id = {target}.id;"
        if event != "DELETE":
            body += (
                " INSERT INTO towns_fts SELECT new.id, new.name, new.name_kk, new.name_en, new.city_forming, "
                "new.description, new.description_kk, new.description_en;"
            )
        db.execute(f"CREATE TRIGGER towns_fts_{event.lower()} AFTER {event} ON towns BEGIN {body} END")
    # Shortlisted records leave the shortlist with the record.
    for kind in ("premises", "projects"):
        db.execute(
            f"CREATE TRIGGER {kind}_shortlist_ad AFTER DELETE ON {kind} BEGIN "
            f"DELETE FROM shortlist WHERE kind = '{kind}' AND record_id = old.id; END"
        )


# -- 0002: indexes for search and filters at 100,000 premises ---------------------------------
# Measured by tests/benchmarks (issue 8). A search with a town filter read
# every record matching the words in any town, to keep the town's few; and
# a filter on town, area, power and rail siding read every premise of the
# town. Now each full-text index also holds the record's town as one token
# (``town_key``), so the index itself intersects the words with the town;
# prefix indexes of 2 and 3 letters serve the first keystrokes of
# search-as-you-type; and covering indexes answer the site-needs filter and
# the per-town figures of the monotown comparison without reading premises.
TOWN_KEY_COLUMN = "town_key"
FTS_OPTIONS_2 = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
# hex() of a TEXT value is the hex of its UTF-8 bytes: the same as town_key() below.
TOWN_KEY_SQL = "'t' || lower(hex({row}.town))"


def town_key(town_id: str) -> str:
    """The token that stands for a town in the full-text indexes (one token, whatever the id holds)."""
    return "t" + town_id.encode("utf-8").hex()


def _fts_values_2(table: str, row: str) -> tuple[list[str], list[str]]:
    columns, values = _fts_values(table, row)
    return columns + [TOWN_KEY_COLUMN], values + [TOWN_KEY_SQL.format(row=row)]


def _recreate_fts_2(db: Database, table: str) -> None:
    fts = f"{table}_fts"
    for trigger in ("ai", "ad", "au", "town", "zone"):
        db.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{trigger}")
    db.execute(f"DROP TABLE IF EXISTS {fts}")
    columns, new_values = _fts_values_2(table, "new")
    db.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({', '.join(columns)}, {FTS_OPTIONS_2})")
    insert = f"INSERT INTO {fts}(rowid, {', '.join(columns)}) VALUES (new.id, {', '.join(new_values)});"
    db.execute(f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN {insert} END")
    db.execute(
        f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN DELETE FROM {fts} WHERE rowid = old.id; END"
    )
    db.execute(
        f"CREATE TRIGGER {table}_fts_au AFTER UPDATE ON {table} BEGIN "
        f"DELETE FROM {fts} WHERE rowid = old.id; {insert} END"
    )
    _, row_values = _fts_values_2(table, table)
    select = f"SELECT {table}.id, {', '.join(row_values)} FROM {table}"
    reindex_town = (
        f"DELETE FROM {fts} WHERE rowid IN (SELECT id FROM {table} WHERE town = new.id); "
        f"INSERT INTO {fts}(rowid, {', '.join(columns)}) {select} WHERE {table}.town = new.id;"
    )
    db.execute(
        f"CREATE TRIGGER {table}_fts_town AFTER UPDATE OF name, name_kk, name_en ON towns BEGIN {reindex_town} END"
    )
    if table == "premises":
        reindex_zone = (
            f"DELETE FROM {fts} WHERE rowid IN (SELECT id FROM premises WHERE zone = new.id); "
            f"INSERT INTO {fts}(rowid, {', '.join(columns)}) {select} WHERE premises.zone = new.id;"
        )
        db.execute(
            f"CREATE TRIGGER premises_fts_zone AFTER UPDATE OF name, name_kk, name_en ON zones BEGIN {reindex_zone} END"
        )
    db.execute(f"INSERT INTO {fts}(rowid, {', '.join(columns)}) {select}")


@MIGRATIONS(name="0002_search_indexes")
def m0002_search_indexes(db: Database) -> None:
    for table in FTS_COLUMNS_1:
        _recreate_fts_2(db, table)
    # Town first (always asked), then the yes/no rail siding, then the ranges.
    db.execute(
        "CREATE INDEX premises_needs ON premises(town, rail_siding, floor_area_m2, power_kw, gas, water, heating, "
        "sewerage, price_kzt, kind, status)"
    )
    # The towns' vacant area, power and sidings (the monotown comparison) from
    # the index alone; it starts like premises_town, which it replaces.
    db.execute("DROP INDEX IF EXISTS premises_town")
    db.execute(
        "CREATE INDEX premises_town_summary ON premises(town, status, floor_area_m2, power_kw, rail_siding, source)"
    )


@MIGRATIONS(name="0003_map_layers")
def m0003_map_layers(db: Database) -> None:
    # The akimat's GIS layers (``investor-guide layer add``), kept as checked WGS 84 GeoJSON; the
    # bounding box lets a map skip layers outside its view without parsing them.
    db.execute(
        """
        CREATE TABLE layers (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            source TEXT NOT NULL,
            as_of TEXT NOT NULL,
            features INTEGER NOT NULL,
            filename TEXT,
            west REAL,
            south REAL,
            east REAL,
            north REAL,
            geojson TEXT NOT NULL
        )
        """
    )


# -- 0004: incentives, institutions and routes; the town's dated population (issue 14) ---------
# Three new kinds with the provenance of issue 13 (a source title in three
# languages, a link, a date) and a caveat for what a source leaves uncertain.
# Incentives and institutions may have no town (national and region-wide ones).
SCHEMA_4 = """
CREATE TABLE incentives (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_kk TEXT,
    name_en TEXT,
    kind TEXT NOT NULL,
    scope TEXT NOT NULL,
    town TEXT REFERENCES towns(id) ON UPDATE CASCADE ON DELETE RESTRICT,
    zone INTEGER REFERENCES zones(id) ON DELETE SET NULL,
    place TEXT,
    place_kk TEXT,
    place_en TEXT,
    sectors TEXT,
    sectors_kk TEXT,
    sectors_en TEXT,
    eligibility TEXT,
    eligibility_kk TEXT,
    eligibility_en TEXT,
    min_investment REAL,
    investment_unit TEXT,
    mci_kzt REAL,
    mci_year INTEGER,
    benefit TEXT,
    benefit_kk TEXT,
    benefit_en TEXT,
    duration_years REAL,
    duration_note TEXT,
    duration_note_kk TEXT,
    duration_note_en TEXT,
    legal_basis TEXT,
    legal_basis_kk TEXT,
    legal_basis_en TEXT,
    legal_article TEXT,
    caveat TEXT,
    caveat_kk TEXT,
    caveat_en TEXT,
    source TEXT,
    source_kk TEXT,
    source_en TEXT,
    source_url TEXT,
    as_of TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT
);
CREATE TABLE institutions (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_kk TEXT,
    name_en TEXT,
    role TEXT NOT NULL,
    reach TEXT,
    town TEXT REFERENCES towns(id) ON UPDATE CASCADE ON DELETE RESTRICT,
    services TEXT,
    services_kk TEXT,
    services_en TEXT,
    website TEXT,
    phone TEXT,
    email TEXT,
    address TEXT,
    address_kk TEXT,
    address_en TEXT,
    languages TEXT,
    caveat TEXT,
    caveat_kk TEXT,
    caveat_en TEXT,
    source TEXT,
    source_kk TEXT,
    source_en TEXT,
    source_url TEXT,
    as_of TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT
);
CREATE TABLE routes (
    id INTEGER PRIMARY KEY,
    town TEXT NOT NULL REFERENCES towns(id) ON UPDATE CASCADE ON DELETE CASCADE,
    destination TEXT NOT NULL,
    destination_kk TEXT,
    destination_en TEXT,
    destination_kind TEXT NOT NULL,
    mode TEXT NOT NULL,
    distance_km REAL,
    distance_basis TEXT,
    time_h REAL,
    note TEXT,
    note_kk TEXT,
    note_en TEXT,
    caveat TEXT,
    caveat_kk TEXT,
    caveat_en TEXT,
    source TEXT,
    source_kk TEXT,
    source_en TEXT,
    source_url TEXT,
    as_of TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT
);
CREATE INDEX incentives_town ON incentives(town);
CREATE INDEX incentives_zone ON incentives(zone);
CREATE INDEX institutions_town ON institutions(town);
CREATE INDEX routes_town ON routes(town);
ALTER TABLE towns ADD COLUMN population_as_of TEXT;
ALTER TABLE towns ADD COLUMN population_source TEXT;
ALTER TABLE towns ADD COLUMN population_source_url TEXT
"""
FTS_COLUMNS_4: dict[str, tuple[str, ...]] = {
    "incentives": (
        "name", "name_kk", "name_en", "eligibility", "eligibility_kk", "eligibility_en",
        "benefit", "benefit_kk", "benefit_en", "legal_basis", "legal_basis_kk", "legal_basis_en",
    ),
    "institutions": (
        "name", "name_kk", "name_en", "services", "services_kk", "services_en", "website",
        "address", "address_kk", "address_en",
    ),
    "routes": ("destination", "destination_kk", "destination_en", "note", "note_kk", "note_en"),
}  # fmt: skip


@MIGRATIONS(name="0004_incentives_institutions_routes")
def m0004_incentives_institutions_routes(db: Database) -> None:
    for statement in SCHEMA_4.split(";"):
        if statement.strip():
            db.execute(statement)
    for table in FTS_COLUMNS_4:
        # The same index as the other kinds' since 0002: words, town names and the town token.
        _recreate_fts_2(db, table)


# -- 0005: sources with links, price units, every written text in three languages (issue 13) ---
# A source is a title (printed in the guide's language) and a link or document
# number; a price says what it is for; the texts a person writes (addresses,
# owners, commitments, contacts, captions...) get Kazakh and English versions
# so a guide in those languages need not print Russian. Plain added columns:
# old rows keep every value and read NULL in the new ones.
COLUMNS_5: dict[str, tuple[str, ...]] = {
    "towns": (
        "akimat_contact_kk", "akimat_contact_en", "city_forming_source", "city_forming_source_url",
        "distance_source", "distance_source_url",
        # The facts' own sources are titles the guide prints, in its language like every source.
        "city_forming_source_kk", "city_forming_source_en", "distance_source_kk", "distance_source_en",
        "population_source_kk", "population_source_en",
    ),
    "zones": (
        "sectors_kk", "sectors_en", "operator_kk", "operator_en", "address_kk", "address_en",
        "contact_kk", "contact_en",
    ),
    "premises": (
        "address_kk", "address_en", "owner_kk", "owner_en", "price_unit", "akimat_commitment_kk",
        "akimat_commitment_en", "contact_kk", "contact_en", "photo_caption", "photo_caption_kk",
        "photo_caption_en", "photo_date",
    ),
    "projects": (
        "sector_kk", "sector_en", "initiator_kk", "initiator_en", "contact_kk", "contact_en", "need_price_unit",
    ),
    "suppliers": ("contact_kk", "contact_en"),
    "indicators": ("qualifier",),
    "town_status": (),
}  # fmt: skip
PROVENANCE_5 = ("source_kk", "source_en", "source_url")


@MIGRATIONS(name="0005_sources_prices_languages")
def m0005_sources_prices_languages(db: Database) -> None:
    for table, columns in COLUMNS_5.items():
        for column in (*columns, *PROVENANCE_5):
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")


# -- 0006: the town summary from its index alone (issue 18) ------------------------------
# premises_town_summary left out land_area_ha, so the dashboard's vacant land
# read every vacant premise of the town from the table: at a million premises
# 0.07 s for Abai and 0.5 s for Temirtau, where the index alone takes 0.01 and
# 0.06 s (docs/performance.md). The same index, one column longer.
@MIGRATIONS(name="0006_town_summary_land")
def m0006_town_summary_land(db: Database) -> None:
    db.execute("DROP INDEX IF EXISTS premises_town_summary")
    db.execute(
        "CREATE INDEX premises_town_summary "
        "ON premises(town, status, floor_area_m2, power_kw, rail_siding, source, land_area_ha)"
    )


SCHEMA_VERSION = len(MIGRATIONS._migrations)
