"""Backups of the catalog with SQLite's online backup API.

A backup is taken automatically before each migration and each import, into
a ``<catalog>.backups`` folder beside the catalog; the newest
:data:`KEEP` are kept. The backup API copies a consistent snapshot even while
the catalog is open elsewhere.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from guide.catalog.errors import CatalogUnusable, InvalidInput

if TYPE_CHECKING:
    from guide.catalog.store import Catalog

KEEP = 10


def backup_folder(catalog_path: Path) -> Path:
    return catalog_path.with_name(catalog_path.name + ".backups")


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of ``source`` to ``target``, atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    dest = sqlite3.connect(str(partial))
    try:
        source.backup(dest)
        # A single file, whatever mode the source was in.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    partial.replace(target)


def make_backup(catalog: Catalog, *, reason: str) -> Path | None:
    """Back up ``catalog`` into its backup folder; returns the file, or None for in-memory catalogs."""
    if catalog.path is None:
        return None
    folder = backup_folder(catalog.path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{catalog.path.stem}-{stamp}-{reason}.db"
    try:
        copy_database(catalog.db.conn, target)
    except OSError as exc:
        raise CatalogUnusable(catalog.path, f"can't write a backup into {folder}: {exc.strerror}") from None
    for old in list_backups(catalog.path)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def list_backups(catalog_path: Path) -> list[Path]:
    """Backups of this catalog, newest first."""
    folder = backup_folder(catalog_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.db"), key=lambda p: p.name, reverse=True)


def check_catalog_file(path: Path) -> None:
    """Refuse a file that is not a sound Investor Guide catalog."""
    from guide.catalog.store import SQLITE_MAGIC

    try:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                raise InvalidInput(f"{path}: not an Investor Guide catalog (not an SQLite database)")
    except OSError as exc:
        raise InvalidInput(f"{path}: can't be read: {exc.strerror}") from None
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise InvalidInput(f"{path}: the file is damaged (integrity check failed)")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"_sqlite_migrations", "towns", "premises"} <= tables:
            raise InvalidInput(f"{path}: an SQLite database, but not an Investor Guide catalog")
    except sqlite3.DatabaseError as exc:
        raise InvalidInput(f"{path}: the file is damaged ({exc})") from None
    finally:
        conn.close()


def restore_backup(source: Path, catalog_path: Path) -> None:
    """Replace the catalog at ``catalog_path`` with ``source``, after checking it.

    The current catalog (if any) is backed up first, so a restore can be undone.
    """
    check_catalog_file(source)
    if catalog_path.exists():
        from guide.catalog.store import Catalog

        current = Catalog.open(catalog_path)
        try:
            make_backup(current, reason="before-restore")
            # Fold the WAL into the file, so no stale WAL is left to be
            # replayed onto the restored catalog.
            current.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            current.close()
        for suffix in ("-wal", "-shm"):
            catalog_path.with_name(catalog_path.name + suffix).unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy_database(src, catalog_path)
    finally:
        src.close()
