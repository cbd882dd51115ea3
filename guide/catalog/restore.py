"""Putting a backup back in place of the catalog.

Restoring opens the current catalog (to back it up first and to overwrite it
under its write lock), so it sits above both :mod:`guide.catalog.store` and
:mod:`guide.catalog.backup`, which itself needs nothing from the store.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from guide.catalog.backup import backup_folder, check_catalog_file, copy_database, make_backup
from guide.catalog.errors import CatalogUnusable
from guide.catalog.store import Catalog


def restore_backup(source: Path, catalog_path: Path) -> None:
    """Replace the catalog at ``catalog_path`` with ``source``, after checking it.

    The current catalog (if any) is backed up first, so a restore can be undone.
    A catalog that opens is overwritten through the backup API, under its write
    lock, so another window that has it open sees the restored data and no
    WAL is pulled from under it. One that can't be opened (damaged, foreign,
    newer) is what restore is for: its bytes are set aside, then replaced.
    """
    check_catalog_file(source)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if not catalog_path.exists():
            copy_database(src, catalog_path)
            return
        try:
            current = Catalog.open(catalog_path)
        except CatalogUnusable as exc:
            if "locked" in exc.reason or "read-only" in exc.reason:
                raise
            _set_aside(catalog_path)
            copy_database(src, catalog_path)
            return
        try:
            make_backup(current, reason="before-restore")

            def give_up_when_busy(status: int, remaining: int, total: int) -> None:
                # The busy timeout has already been waited out by now.
                if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                    raise sqlite3.OperationalError("database is locked")

            try:
                src.backup(current.db.conn, progress=give_up_when_busy)
            except sqlite3.OperationalError as exc:
                raise CatalogUnusable(catalog_path, Catalog._describe(exc)) from None
        finally:
            current.close()
    finally:
        src.close()


def _set_aside(catalog_path: Path) -> None:
    """Move an unusable catalog (and its WAL) into the backup folder, under a name restore never picks."""
    folder = backup_folder(catalog_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    for suffix in ("", "-wal", "-shm"):
        part = catalog_path.with_name(catalog_path.name + suffix)
        if part.exists():
            part.replace(folder / f"{catalog_path.stem}-{stamp}-unusable.db{suffix}.keep")
