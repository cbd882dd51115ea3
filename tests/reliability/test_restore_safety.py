"""Restore and backup never lose the catalog: full disks, folders, kept files, look-alike catalogs (issue 17).

Restore writes the new catalog completely and checks it before anything is
moved; only a catalog whose *content* is proven unusable is set aside, never
one that merely can't be opened right now (a full disk, an I/O error).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from guide.catalog.backup import backup_folder, list_backups
from guide.catalog.store import Catalog
from tests.reliability.small_disk import fill
from tests.reliability.support import assert_one_line_error, dump, file_state, run_cli


def _on_disk(catalog_file: Path, disk: Path) -> Path:
    path = disk / "catalog.db"
    shutil.copy(catalog_file, path)
    return path


def test_restore_on_a_full_disk_leaves_the_catalog_where_it_was(
    tmp_path: Path, catalog_file: Path, small_disk: Path
) -> None:
    good = tmp_path / "good.db"
    assert run_cli("backup", good, db=catalog_file).returncode == 0
    catalog = _on_disk(catalog_file, small_disk)
    data = dump(catalog_file)
    # Closed, so opening it needs room for its WAL: there is none.
    filler = fill(small_disk)
    state = file_state(catalog)

    result = run_cli("restore", good, db=catalog)

    assert_one_line_error(result, naming=catalog)
    assert file_state(catalog) == state
    leftovers = [p.name for p in small_disk.rglob("*") if p != filler and p != catalog and p.is_file()]
    assert leftovers == []
    filler.unlink()
    assert dump(catalog) == data
    assert run_cli("search", "склад", db=catalog).returncode == 0


def test_a_damaged_catalog_stays_in_place_when_its_replacement_cannot_be_written(
    tmp_path: Path, catalog_file: Path, small_disk: Path
) -> None:
    good = tmp_path / "good.db"
    assert run_cli("backup", good, db=catalog_file).returncode == 0
    catalog = small_disk / "catalog.db"
    damaged = catalog_file.read_bytes()[:20000]
    catalog.write_bytes(damaged)
    filler = fill(small_disk)

    result = run_cli("restore", good, db=catalog)

    assert_one_line_error(result, naming=good.name if str(good) in result.stderr else catalog)
    assert catalog.read_bytes() == damaged
    assert not list(small_disk.glob("*.partial*")) and not list(small_disk.glob(".*restoring*"))
    filler.unlink()
    # With room again, the same restore works and keeps the damaged bytes.
    assert run_cli("restore", good, db=catalog).returncode == 0
    assert dump(catalog) == dump(good)
    (kept,) = backup_folder(catalog).glob("*-unusable.db.keep")
    assert kept.read_bytes() == damaged


def test_restore_lists_and_uses_kept_files(tmp_path: Path, catalog_file: Path) -> None:
    """A catalog set aside earlier (even a sound one) can be listed and restored by name."""
    assert run_cli("import", "premises", _csv(tmp_path), db=catalog_file).returncode == 0
    (automatic,) = list_backups(catalog_file)
    kept = backup_folder(catalog_file) / "catalog-20260101-000000-000000-unusable.db.keep"
    shutil.copy(automatic, kept)
    catalog = Catalog.open(automatic)
    catalog.update("premises", 1, {"title": "Только в отложенной копии"})
    catalog.close()
    shutil.copy(automatic, kept)
    catalog = Catalog.open(catalog_file)
    catalog.close()

    listing = run_cli("restore", "--list", db=catalog_file)

    assert listing.returncode == 0, listing.stderr
    assert str(automatic) in listing.stdout
    assert str(kept) in listing.stdout
    result = run_cli("restore", kept, db=catalog_file)
    assert result.returncode == 0, result.stderr
    assert Catalog.open(catalog_file).require("premises", 1)["title"] == "Только в отложенной копии"


def test_restore_with_a_folder_as_the_catalog_moves_nothing(tmp_path: Path, catalog_file: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "report.docx").write_text("the user's own work")

    result = run_cli("restore", catalog_file, db=folder)

    assert result.returncode == 2
    assert_one_line_error(result, naming=folder)
    assert (folder / "report.docx").read_text() == "the user's own work"
    assert not backup_folder(folder).exists()


def test_restore_from_a_folder_is_refused(tmp_path: Path, catalog_file: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    state = file_state(catalog_file)
    result = run_cli("restore", folder, db=catalog_file)
    assert result.returncode == 2
    assert_one_line_error(result, naming=folder)
    assert file_state(catalog_file) == state


def test_restore_refuses_a_database_with_the_right_table_names_that_is_not_a_catalog(
    tmp_path: Path, catalog_file: Path
) -> None:
    impostor = tmp_path / "impostor.db"
    conn = sqlite3.connect(str(impostor))
    conn.execute("CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)")
    conn.execute("INSERT INTO _sqlite_migrations VALUES ('investor-guide', '0001_initial', '2026-01-01')")
    conn.execute("CREATE TABLE towns (id TEXT PRIMARY KEY, note TEXT)")
    conn.execute("CREATE TABLE premises (id INTEGER PRIMARY KEY, note TEXT)")
    conn.commit()
    conn.close()
    data = dump(catalog_file)

    result = run_cli("restore", impostor, db=catalog_file)

    assert result.returncode == 2
    line = assert_one_line_error(result, naming=impostor)
    assert "not an Investor Guide catalog" in line
    assert dump(catalog_file) == data
    assert run_cli("search", "склад", db=catalog_file).returncode == 0


def test_a_failed_backup_leaves_no_partial_file_or_journal(catalog_file: Path, small_disk: Path) -> None:
    filler = fill(small_disk)
    target = small_disk / "copy.db"

    result = run_cli("backup", target, db=catalog_file)

    assert_one_line_error(result, naming=target)
    assert sorted(p.name for p in small_disk.iterdir()) == [filler.name]


def _future_catalog(catalog_file: Path, tmp_path: Path) -> Path:
    future = tmp_path / "future.db"
    shutil.copy(catalog_file, future)
    conn = sqlite3.connect(str(future))
    # A newer program's migration, with user_version left as this program knows it.
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('investor-guide', '9999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    return future


def test_a_catalog_with_an_unknown_migration_is_from_a_newer_program(tmp_path: Path, catalog_file: Path) -> None:
    future = _future_catalog(catalog_file, tmp_path)
    state = file_state(future)

    for command in (("search", "склад"), ("import", "premises", _csv(tmp_path))):
        result = run_cli(*command, db=future)
        line = assert_one_line_error(result, naming=future)
        assert "newer version" in line
    assert file_state(future) == state

    result = run_cli("restore", future, db=catalog_file)
    assert result.returncode == 2
    assert "newer version" in assert_one_line_error(result, naming=future)


def _csv(folder: Path) -> Path:
    path = folder / "one.csv"
    path.write_text("town,title,kind,floor_area_m2\ntemirtau,Ещё один склад,warehouse,10\n", encoding="utf-8")
    return path
