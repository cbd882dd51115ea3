"""Catalogs of every earlier schema version upgrade with their data intact, after a backup.

Fixtures live in ``tests/data/schema_vN/`` (see the README there for adding one
when a migration is added).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database, Migrations

import guide.catalog.store as store
from guide.catalog.backup import list_backups
from guide.catalog.errors import CatalogUnusable
from guide.catalog.schema import MIGRATIONS, SCHEMA_VERSION
from guide.catalog.store import Catalog
from tests.reliability.make_schema_fixture import json_value, table_rows
from tests.reliability.support import dump, file_state, integrity

DATA = Path(__file__).resolve().parents[1] / "data"
FIXTURES = sorted(DATA.glob("schema_v*/catalog.sqlite"), key=lambda p: int(p.parent.name.removeprefix("schema_v")))
# (table, old column) → new column, for migrations that rename or move data.
RENAMED: dict[tuple[str, str], str] = {}
KEYS = {"shortlist": ("kind", "record_id")}


def _version(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _assert_rows_preserved(expected: dict[str, list[dict[str, Any]]], path: Path) -> None:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        now = table_rows(conn)
    finally:
        conn.close()
    for table, rows in expected.items():
        key = KEYS.get(table, ("id",))
        current = {tuple(r[k] for k in key): r for r in now[table]}
        assert len(now[table]) >= len(rows), f"{table}: rows were lost"
        for row in rows:
            found = current.get(tuple(row[k] for k in key))
            assert found is not None, f"{table} row {row} was lost"
            for column, value in row.items():
                assert found[RENAMED.get((table, column), column)] == value, (table, column)


def test_there_is_a_fixture_of_every_earlier_version() -> None:
    versions = [int(p.parent.name.removeprefix("schema_v")) for p in FIXTURES]
    # Version 1 is the first release; each later one is frozen before the next migration is added.
    assert versions == list(range(1, SCHEMA_VERSION + 1)) or versions == list(range(1, SCHEMA_VERSION))
    for fixture in FIXTURES:
        assert _version(fixture) == int(fixture.parent.name.removeprefix("schema_v"))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.parent.name)
def test_a_fixture_opens_upgraded_with_its_data(tmp_path: Path, fixture: Path) -> None:
    expected = json.loads((fixture.parent / "expected.json").read_text(encoding="utf-8"))
    path = tmp_path / "catalog.db"
    shutil.copy(fixture, path)
    old_version = _version(path)
    before = dump(path)

    catalog = Catalog.open(path)
    try:
        assert catalog.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert not MIGRATIONS.pending(catalog.db)
        # The upgraded catalog works: search finds the old records, and a write succeeds.
        hits = catalog.query("premises", text="тұйығы")
        assert [p["title"] for p in hits] == ["Цех с ж/д тупиком"]
        assert catalog.query("towns", text="Саран")[0]["id"] == "saran"
        new_id = catalog.insert("premises", {"town": "saran", "title": "Новый", "kind": "office", "floor_area_m2": 5})
        catalog.delete("premises", new_id)
    finally:
        catalog.close()

    _assert_rows_preserved(expected["tables"], path)
    assert integrity(path) == ["ok"]
    backups = list_backups(path)
    if old_version < SCHEMA_VERSION:
        assert backups and "before-migration" in backups[0].name
        assert dump(backups[0]) == before
    else:
        assert backups == []


def _extended_migrations(fail: bool = False) -> Migrations:
    """Today's migrations plus one more, as the next release would have."""
    extended = Migrations(MIGRATIONS.name)
    extended._migrations = list(MIGRATIONS._migrations)

    @extended(name="9999_test_next")
    def next_migration(db: Database) -> None:
        db.execute("ALTER TABLE premises ADD COLUMN test_extra TEXT")
        db.execute("UPDATE premises SET test_extra = 'm2:' || coalesce(floor_area_m2, '')")
        if fail:
            raise RuntimeError("a migration failed halfway")

    return extended


def test_a_new_migration_backs_up_then_upgrades(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What will happen to every user's catalog at the next release, with a stand-in migration."""
    fixture = FIXTURES[-1]
    path = tmp_path / "catalog.db"
    shutil.copy(fixture, path)
    before = dump(path)
    monkeypatch.setattr(store, "MIGRATIONS", _extended_migrations())
    monkeypatch.setattr(store, "SCHEMA_VERSION", SCHEMA_VERSION + 1)

    catalog = Catalog.open(path)
    try:
        assert catalog.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        extra = dict(catalog.db.execute("SELECT title, test_extra FROM premises").fetchall())
        assert extra["Цех с ж/д тупиком"] == "m2:2400.5"
    finally:
        catalog.close()

    expected = json.loads((fixture.parent / "expected.json").read_text(encoding="utf-8"))
    _assert_rows_preserved(expected["tables"], path)
    (backup,) = list_backups(path)
    assert "before-migration" in backup.name
    assert dump(backup) == before
    assert _version(backup) == _version(fixture)


def test_a_failing_migration_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "catalog.db"
    shutil.copy(FIXTURES[-1], path)
    before = dump(path)
    monkeypatch.setattr(store, "MIGRATIONS", _extended_migrations(fail=True))
    monkeypatch.setattr(store, "SCHEMA_VERSION", SCHEMA_VERSION + 1)

    with pytest.raises(RuntimeError, match="halfway"):
        Catalog.open(path)

    assert dump(path) == before
    assert _version(path) == _version(FIXTURES[-1])
    conn = sqlite3.connect(str(path))
    columns = [r[1] for r in conn.execute("PRAGMA table_info(premises)")]
    conn.close()
    assert "test_extra" not in columns
    assert len(list_backups(path)) == 1


def test_a_catalog_from_a_newer_version_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "catalog.db"
    shutil.copy(FIXTURES[-1], path)
    conn = sqlite3.connect(str(path))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    state = file_state(path)

    with pytest.raises(CatalogUnusable, match="newer version") as raised:
        Catalog.open(path)

    assert str(path) in str(raised.value)
    assert file_state(path) == state
    assert list_backups(path) == []


def _schema(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return sorted(
        (r[0], r[1], " ".join(r[2].split()))
        for r in conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL")
    )


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.parent.name)
def test_released_migrations_are_never_edited(fixture: Path) -> None:
    """Today's first N migrations build exactly the schema of the version-N fixture: editing a released
    migration (instead of adding one) would leave users' catalogs different from new ones."""
    version = _version(fixture)
    fresh = Database(memory=True)
    later = [m.name for m in MIGRATIONS._migrations[version:]]
    MIGRATIONS.apply(fresh, stop_before=later or None)
    old = sqlite3.connect(f"{fixture.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert _schema(fresh.conn) == _schema(old)
    finally:
        old.close()
        fresh.close()


def test_the_fixture_json_matches_its_catalog() -> None:
    """The expectations were written from the fixture itself (guards against a hand-edited file)."""
    for fixture in FIXTURES:
        expected = json.loads((fixture.parent / "expected.json").read_text(encoding="utf-8"))
        conn = sqlite3.connect(f"{fixture.resolve().as_uri()}?mode=ro", uri=True)
        try:
            assert table_rows(conn) == expected["tables"]
            photo = conn.execute("SELECT data FROM photos").fetchone()[0]
        finally:
            conn.close()
        assert json_value(photo) == expected["tables"]["photos"][0]["data"]
