"""Damaged, foreign, newer, read-only and locked catalogs: a clear message naming the file, and the
file is never changed.

Each case runs the real program with a command that reads (``search``), one
that exports, and one that writes (``import``). Read-only files are tested by
running the program as the unprivileged user ``nobody`` (via ``setpriv``) when
the tests run as root, because root ignores file permissions.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from guide.catalog.errors import CatalogUnusable
from guide.catalog.store import Catalog
from tests.reliability.support import (
    as_user_prefix,
    assert_one_line_error,
    cli_env,
    dump,
    file_state,
    run_cli,
)

NOBODY = 65534


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _header_only(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:100])


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(64 * 1024))


def _random_after_header(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:100] + os.urandom(len(data) - 100))


def _damaged_pages(path: Path) -> None:
    # Pages deep in the file: the schema reads fine and damage shows only later.
    data = bytearray(path.read_bytes())
    data[4096 * 5 : 4096 * 9] = os.urandom(4096 * 4)
    path.write_bytes(bytes(data))


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"%PDF-1.4\n% a PDF saved under the catalog's name\n")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _foreign_sqlite(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('ТОО «Чужая база»')")
    conn.commit()
    conn.close()


def _newer_schema(path: Path) -> None:
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA user_version = 99")
    conn.close()


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated": (_truncated, "damaged"),
    "header only": (_header_only, "damaged"),
    "random bytes": (_random_bytes, "not an Investor Guide catalog"),
    "random bytes after a valid header": (_random_after_header, "damaged"),
    "damaged pages": (_damaged_pages, "damaged"),
    "a PDF": (_not_sqlite, "not an Investor Guide catalog"),
    "empty file": (_empty, "not an Investor Guide catalog"),
    "another program's database": (_foreign_sqlite, "not an Investor Guide catalog"),
    "newer schema": (_newer_schema, "newer version"),
}
COMMANDS = {
    "search": ("search", "цех"),
    "export": ("export", "premises", "{out}"),
    "import": ("import", "premises", "{csv}"),
}


@pytest.fixture
def import_csv(tmp_path: Path) -> Path:
    path = tmp_path / "new.csv"
    path.write_text("town,title,kind,floor_area_m2\ntemirtau,Новый цех,production_hall,100\n", encoding="utf-8")
    return path


def _args(command: str, tmp_path: Path, csv: Path) -> list[str]:
    return [a.format(out=tmp_path / "out.csv", csv=csv) for a in COMMANDS[command]]


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_an_unusable_catalog_is_named_and_left_alone(
    tmp_path: Path, catalog_file: Path, import_csv: Path, damage: str, command: str
) -> None:
    spoil, reason = DAMAGE[damage]
    spoil(catalog_file)
    before = file_state(catalog_file)

    result = run_cli(*_args(command, tmp_path, import_csv), db=catalog_file)

    line = assert_one_line_error(result, naming=catalog_file)
    assert reason in line
    assert file_state(catalog_file)["file"] == before["file"]
    assert not (tmp_path / "out.csv").exists()
    assert not catalog_file.with_name(catalog_file.name + ".backups").exists()


@pytest.mark.parametrize("damage", sorted(set(DAMAGE) - {"damaged pages"}))
def test_opening_an_unusable_catalog_raises_catalog_unusable(catalog_file: Path, damage: str) -> None:
    """What the GUI sees: one exception, naming the file, before anything is written."""
    spoil, reason = DAMAGE[damage]
    spoil(catalog_file)
    before = file_state(catalog_file)
    for read_only in (False, True):
        with pytest.raises(CatalogUnusable) as raised:
            Catalog.open(catalog_file, read_only=read_only)
        assert raised.value.path == catalog_file
        assert str(catalog_file) in str(raised.value) and reason in str(raised.value)
    assert file_state(catalog_file)["file"] == before["file"]


def test_a_missing_catalog_is_not_created_by_commands_other_than_init(tmp_path: Path, import_csv: Path) -> None:
    path = tmp_path / "nowhere" / "catalog.db"
    for command in sorted(COMMANDS):
        result = run_cli(*_args(command, tmp_path, import_csv), db=path)
        line = assert_one_line_error(result, naming=path)
        assert "init" in line
    assert not path.parent.exists()


# -- locked ------------------------------------------------------------------------


@pytest.fixture
def locked(catalog_file: Path) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of a long write to the catalog."""
    writer = sqlite3.connect(str(catalog_file), isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE premises SET title = 'чужая незавершённая правка' WHERE id = 1")
    yield writer
    if writer.in_transaction:
        writer.execute("ROLLBACK")
    writer.close()


def test_a_write_to_a_catalog_locked_longer_than_the_timeout_gives_up_with_a_message(
    tmp_path: Path, catalog_file: Path, import_csv: Path, locked: sqlite3.Connection
) -> None:
    data = dump(catalog_file)
    started = time.monotonic()
    result = run_cli("import", "premises", import_csv, db=catalog_file, env=cli_env(INVESTOR_GUIDE_BUSY_TIMEOUT="0.5"))
    elapsed = time.monotonic() - started
    line = assert_one_line_error(result, naming=catalog_file)
    assert "locked" in line and "0.5 s" in line
    assert elapsed < 15
    locked.execute("ROLLBACK")
    assert dump(catalog_file) == data


def test_reading_a_locked_catalog_still_works(catalog_file: Path, locked: sqlite3.Connection) -> None:
    """WAL lets readers through while another program writes."""
    result = run_cli("search", "--kind", "premises", "цех", db=catalog_file)
    assert result.returncode == 0, result.stderr
    assert "чужая" not in result.stdout


def test_an_edit_waits_for_a_short_lock_instead_of_failing(catalog_file: Path, locked: sqlite3.Connection) -> None:
    """Edits read before they write; they must still wait out a brief lock (BEGIN IMMEDIATE)."""
    catalog = Catalog.open(catalog_file)
    try:
        release = threading.Timer(0.3, lambda: locked.execute("ROLLBACK"))
        release.start()
        started = time.monotonic()
        record = catalog.update("premises", 2, {"title": "Подождал и сохранил"})
        release.join()
        assert time.monotonic() - started >= 0.25
        assert record["title"] == "Подождал и сохранил"
    finally:
        catalog.close()


def test_a_legacy_journal_catalog_locked_for_reading_is_named(tmp_path: Path, catalog_file: Path) -> None:
    """A catalog just restored from a backup uses a rollback journal, where a writer blocks readers too."""
    legacy = tmp_path / "legacy.db"
    assert run_cli("backup", legacy, db=catalog_file).returncode == 0
    # Read the bytes only while unlocked: closing any descriptor of the file
    # drops this process's POSIX locks, the writer's included.
    before = file_state(legacy)
    writer = sqlite3.connect(str(legacy), isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        result = run_cli("search", "цех", db=legacy, env=cli_env(INVESTOR_GUIDE_BUSY_TIMEOUT="0.3"))
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    line = assert_one_line_error(result, naming=legacy)
    assert "locked" in line
    assert file_state(legacy) == before


# -- read-only ---------------------------------------------------------------------


@pytest.fixture
def shared_folder(catalog_file: Path) -> Iterator[Path]:
    """A folder the unprivileged test user can enter (pytest's tmp_path is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="investor-guide-ro-"))
    try:
        folder.chmod(0o755)
        shutil.copy(catalog_file, folder / "catalog.db")
        csv = folder / "new.csv"
        csv.write_text("town,title,kind,floor_area_m2\ntemirtau,Новый цех,production_hall,100\n", encoding="utf-8")
        csv.chmod(0o644)
        yield folder
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def _unprivileged() -> list[str]:
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: can't make a file read-only to the program")
    return as_user_prefix(NOBODY)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_catalog_can_be_read_but_not_written(shared_folder: Path, what: str) -> None:
    path = shared_folder / "catalog.db"
    if os.geteuid() == 0:
        # The file stays root's; the folder is the test user's only where the file alone is read-only.
        os.chown(shared_folder, NOBODY if what == "file" else 0, -1)
    path.chmod(0o444 if what == "file" else 0o644)
    if what == "folder":
        os.chown(path, NOBODY if os.geteuid() == 0 else -1, -1)
        shared_folder.chmod(0o555)
    prefix = _unprivileged()
    data = dump(path)
    before = file_state(path)["file"]

    found = run_cli("search", "--kind", "premises", "цех", db=path, prefix=prefix)
    assert found.returncode == 0, found.stderr
    assert "цех" in found.stdout.casefold()

    result = run_cli("import", "premises", shared_folder / "new.csv", db=path, prefix=prefix)
    line = assert_one_line_error(result, naming=path)
    assert "read-only" in line
    assert file_state(path)["file"] == before
    assert dump(path) == data
    assert not (shared_folder / "catalog.db.backups").exists()
