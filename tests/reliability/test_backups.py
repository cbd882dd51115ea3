"""Backups: automatic before each import (and migration, see test_migrations), the last KEEP kept;
``investor-guide backup FILE`` and ``restore [FILE]``; restore refuses anything but a sound catalog."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from guide.catalog.backup import KEEP, STALE_PARTIAL_S, backup_folder, list_backups, make_backup
from guide.catalog.errors import CatalogUnusable, InvalidInput
from guide.catalog.importer import import_file
from guide.catalog.restore import restore_backup
from guide.catalog.store import Catalog
from tests.reliability.support import assert_one_line_error, cli_env, dump, file_state, integrity, run_cli


def _csv(folder: Path, title: str) -> Path:
    path = folder / f"{title}.csv"
    path.write_text(f"town,title,kind,floor_area_m2\ntemirtau,{title},office,10\n", encoding="utf-8")
    return path


def test_an_import_is_preceded_by_a_backup_of_the_catalog_as_it_was(tmp_path: Path, catalog_file: Path) -> None:
    before = dump(catalog_file)
    catalog = Catalog.open(catalog_file)
    try:
        import_file(catalog, "premises", _csv(tmp_path, "Новый"))
    finally:
        catalog.close()
    (backup,) = list_backups(catalog_file)
    assert backup.parent == backup_folder(catalog_file)
    assert "before-import" in backup.name
    assert dump(backup) == before
    assert dump(catalog_file) != before


def test_only_the_last_keep_backups_are_kept(tmp_path: Path, catalog_file: Path) -> None:
    catalog = Catalog.open(catalog_file)
    try:
        for n in range(KEEP + 3):
            import_file(catalog, "premises", _csv(tmp_path, f"Импорт {n}"))
    finally:
        catalog.close()
    backups = list_backups(catalog_file)
    assert len(backups) == KEEP
    # The newest holds every import but the last; the oldest kept, the first three imports.
    newest = {r[2] for r in dump(backups[0])["premises"]}
    oldest = {r[2] for r in dump(backups[-1])["premises"]}
    assert f"Импорт {KEEP + 1}" in newest and f"Импорт {KEEP + 2}" not in newest
    assert "Импорт 2" in oldest and "Импорт 3" not in oldest


def test_a_backup_left_half_written_by_a_crash_is_cleared_later(file_catalog: Catalog) -> None:
    assert file_catalog.path is not None
    folder = backup_folder(file_catalog.path)
    folder.mkdir()
    stale = folder / "catalog-20200101-000000-000000-before-import.db.partial"
    stale.write_bytes(b"half a backup")
    old = time.time() - STALE_PARTIAL_S - 60
    os.utime(stale, (old, old))
    fresh = folder / "catalog-20990101-000000-000000-before-import.db.partial"
    fresh.write_bytes(b"another process is writing this one right now")

    make_backup(file_catalog, reason="before-import")

    assert not stale.exists()
    assert fresh.exists()
    assert len(list_backups(file_catalog.path)) == 1


def test_backup_command_writes_a_consistent_catalog(tmp_path: Path, catalog_file: Path) -> None:
    target = tmp_path / "copy" / "before-cleanup.db"
    target.parent.mkdir()
    result = run_cli("backup", target, db=catalog_file)
    assert result.returncode == 0, result.stderr
    assert dump(target) == dump(catalog_file)
    assert integrity(target) == ["ok"]
    # One self-contained file: no WAL is needed to read it.
    assert not target.with_name(target.name + "-wal").exists()


def test_backup_command_refuses_the_catalog_itself(catalog_file: Path) -> None:
    state = file_state(catalog_file)
    result = run_cli("backup", catalog_file, db=catalog_file)
    assert_one_line_error(result, naming=catalog_file)
    assert file_state(catalog_file) == state


def test_restore_command_brings_back_a_backup_and_keeps_the_current_catalog(tmp_path: Path, catalog_file: Path) -> None:
    saved = tmp_path / "saved.db"
    assert run_cli("backup", saved, db=catalog_file).returncode == 0
    original = dump(catalog_file)
    catalog = Catalog.open(catalog_file)
    catalog.update("premises", 1, {"title": "Изменено после резервной копии"})
    catalog.delete("suppliers", 1)
    catalog.close()
    changed = dump(catalog_file)

    result = run_cli("restore", saved, db=catalog_file)

    assert result.returncode == 0, result.stderr
    assert dump(catalog_file) == original
    assert integrity(catalog_file) == ["ok"]
    (kept,) = list_backups(catalog_file)
    assert "before-restore" in kept.name
    assert dump(kept) == changed


def test_restore_without_a_file_takes_the_latest_automatic_backup(tmp_path: Path, catalog_file: Path) -> None:
    before = dump(catalog_file)
    result = run_cli("import", "premises", _csv(tmp_path, "Лишний импорт"), db=catalog_file)
    assert result.returncode == 0, result.stderr
    assert dump(catalog_file) != before

    result = run_cli("restore", db=catalog_file)

    assert result.returncode == 0, result.stderr
    assert dump(catalog_file) == before


def test_restore_reaches_a_catalog_open_in_another_window(tmp_path: Path, catalog_file: Path) -> None:
    """The GUI may hold the catalog open: restore writes through SQLite, so that window sees it."""
    saved = tmp_path / "saved.db"
    assert run_cli("backup", saved, db=catalog_file).returncode == 0
    window = Catalog.open(catalog_file)
    try:
        window.update("premises", 1, {"title": "Правка в окне"})
        assert run_cli("restore", saved, db=catalog_file).returncode == 0
        assert window.require("premises", 1)["title"] != "Правка в окне"
        assert window.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        window.close()
    assert dump(catalog_file) == dump(saved)


def _not_catalogs(tmp_path: Path, good: Path) -> dict[str, Path]:
    files = {
        "text": tmp_path / "notes.db",
        "random": tmp_path / "random.db",
        "empty": tmp_path / "empty.db",
        "truncated": tmp_path / "truncated.db",
        "damaged": tmp_path / "damaged.db",
        "foreign": tmp_path / "foreign.db",
        "newer": tmp_path / "newer.db",
        "missing": tmp_path / "missing.db",
    }
    files["text"].write_text("Это не каталог\n", encoding="utf-8")
    files["random"].write_bytes(os.urandom(8192))
    files["empty"].write_bytes(b"")
    data = good.read_bytes()
    files["truncated"].write_bytes(data[: len(data) // 2])
    damaged = bytearray(data)
    damaged[4096 * 3 : 4096 * 6] = os.urandom(4096 * 3)
    files["damaged"].write_bytes(bytes(damaged))
    conn = sqlite3.connect(str(files["foreign"]))
    conn.execute("CREATE TABLE towns (id TEXT)")
    conn.commit()
    conn.close()
    shutil.copy(good, files["newer"])
    conn = sqlite3.connect(str(files["newer"]))
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    return files


@pytest.mark.parametrize("case", ["text", "random", "empty", "truncated", "damaged", "foreign", "newer", "missing"])
def test_restore_refuses_a_file_that_is_not_a_sound_catalog(tmp_path: Path, catalog_file: Path, case: str) -> None:
    good = tmp_path / "good.db"
    assert run_cli("backup", good, db=catalog_file).returncode == 0
    source = _not_catalogs(tmp_path, good)[case]
    state, data = file_state(catalog_file), dump(catalog_file)

    with pytest.raises(InvalidInput) as raised:
        restore_backup(source, catalog_file)
    assert str(source) in str(raised.value)

    result = run_cli("restore", source, db=catalog_file)
    assert result.returncode == 2
    assert_one_line_error(result, naming=source)
    assert file_state(catalog_file) == state
    assert dump(catalog_file) == data
    assert list_backups(catalog_file) == []


def test_restore_replaces_a_damaged_catalog_and_sets_its_bytes_aside(tmp_path: Path, catalog_file: Path) -> None:
    """Restore is what a damaged catalog needs, so it must not insist on opening it first."""
    good = tmp_path / "good.db"
    assert run_cli("backup", good, db=catalog_file).returncode == 0
    damaged = catalog_file.read_bytes()[:20000]
    catalog_file.write_bytes(damaged)
    assert run_cli("search", "цех", db=catalog_file).returncode == 1

    result = run_cli("restore", good, db=catalog_file)

    assert result.returncode == 0, result.stderr
    assert dump(catalog_file) == dump(good)
    (kept,) = backup_folder(catalog_file).glob("*-unusable.db.keep")
    assert kept.read_bytes() == damaged
    # The damaged copy is never offered as "the latest backup".
    assert list_backups(catalog_file) == []
    assert run_cli("search", "цех", db=catalog_file).returncode == 0


def test_restore_waits_for_then_refuses_a_catalog_locked_by_another_writer(tmp_path: Path, catalog_file: Path) -> None:
    good = tmp_path / "good.db"
    assert run_cli("backup", good, db=catalog_file).returncode == 0
    catalog = Catalog.open(catalog_file)
    catalog.update("premises", 1, {"title": "Не трогать"})
    catalog.close()
    data = dump(catalog_file)
    writer = sqlite3.connect(str(catalog_file), isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        result = run_cli("restore", good, db=catalog_file, env=cli_env(INVESTOR_GUIDE_BUSY_TIMEOUT="0.3"))
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    line = assert_one_line_error(result, naming=catalog_file)
    assert "locked" in line
    assert dump(catalog_file) == data


def test_restore_succeeds_when_the_other_writer_finishes_within_the_timeout(tmp_path: Path, catalog_file: Path) -> None:
    good = tmp_path / "good.db"
    assert run_cli("backup", good, db=catalog_file).returncode == 0
    catalog = Catalog.open(catalog_file)
    catalog.update("premises", 1, {"title": "Будет восстановлено"})
    writer = sqlite3.connect(str(catalog_file), isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, lambda: writer.execute("ROLLBACK"))
    release.start()
    try:
        restore_backup(good, catalog_file)
    finally:
        release.join()
        writer.close()
    assert catalog.require("premises", 1)["title"] != "Будет восстановлено"
    catalog.close()


def test_a_backup_into_an_unwritable_place_says_so(tmp_path: Path, catalog_file: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be")
    result = run_cli("backup", blocker / "copy.db", db=catalog_file)
    assert_one_line_error(result, naming=blocker / "copy.db")


def test_an_automatic_backup_that_cannot_be_written_stops_the_import(tmp_path: Path, catalog_file: Path) -> None:
    backup_folder(catalog_file).write_text("a file where the backup folder should be")
    data = dump(catalog_file)
    catalog = Catalog.open(catalog_file)
    try:
        with pytest.raises(CatalogUnusable, match="backup"):
            import_file(catalog, "premises", _csv(tmp_path, "Без копии"))
    finally:
        catalog.close()
    assert dump(catalog_file) == data
