"""Putting a backup back in place of the catalog.

Restoring opens the current catalog (to back it up first and to overwrite it
under its write lock), so it sits above both :mod:`guide.catalog.store` and
:mod:`guide.catalog.backup`, which itself needs nothing from the store.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from guide.catalog.backup import (
    backup_folder,
    check_catalog_file,
    copy_database,
    make_backup,
    proven_unusable,
    remove_database_file,
)
from guide.catalog.errors import CatalogUnusable, InvalidInput
from guide.catalog.store import Catalog


def _open_source(source: Path, scratch: Path) -> sqlite3.Connection:
    """A read-only connection to ``source``; a catalog set aside with its WAL is read with it."""
    if source.name.endswith(".db.keep"):
        # Set aside by older versions as NAME.db.keep + NAME.db-wal.keep: SQLite
        # finds a WAL only as "<file>-wal", so the pair is read from a copy.
        wal = source.with_name(source.name[: -len(".keep")] + "-wal.keep")
        if wal.exists():
            shutil.copyfile(source, scratch / "kept.db")
            shutil.copyfile(wal, scratch / "kept.db-wal")
            source = scratch / "kept.db"
    return sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)


def restore_backup(source: Path, catalog_path: Path, *, reason: str = "before-restore") -> None:
    """Replace the catalog at ``catalog_path`` with ``source``, after checking it.

    The new catalog is first written completely beside the old one and
    checked; only then is anything replaced. The current catalog (if any) is
    backed up first, so a restore can be undone. A catalog that opens is
    overwritten through the backup API, under its write lock, so another
    window that has it open sees the restored data and no WAL is pulled from
    under it. One whose content is proven unusable (damaged, foreign, newer)
    is what restore is for: its bytes are set aside, then replaced. One that
    merely can't be opened now (a full disk, an I/O error) is left alone.
    """
    if catalog_path.exists() and not catalog_path.is_file():
        raise InvalidInput(f"{catalog_path}: not a catalog file (a folder or a device); nothing was restored")
    check_catalog_file(source)
    staged = catalog_path.with_name(f".{catalog_path.name}.{os.getpid()}.restoring")
    with tempfile.TemporaryDirectory(prefix="investor-guide-restore-") as scratch:
        try:
            src = _open_source(source, Path(scratch))
            try:
                copy_database(src, staged)
            finally:
                src.close()
        except OSError as exc:
            raise CatalogUnusable(catalog_path, f"can't write the restored catalog: {exc.strerror or exc}") from None
        except sqlite3.DatabaseError as exc:
            raise CatalogUnusable(catalog_path, f"can't write the restored catalog: {exc}") from None
    try:
        # The copy, as written on this disk, must itself be sound.
        check_catalog_file(staged)
        if not catalog_path.exists():
            staged.replace(catalog_path)
            return
        try:
            current = Catalog.open(catalog_path)
        except CatalogUnusable:
            if proven_unusable(catalog_path) is None:
                raise
            _set_aside(catalog_path)
            staged.replace(catalog_path)
            return
        try:
            make_backup(current, reason=reason)

            def give_up_when_busy(status: int, remaining: int, total: int) -> None:
                # The busy timeout has already been waited out by now.
                if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                    raise sqlite3.OperationalError("database is locked")

            src = sqlite3.connect(f"{staged.resolve().as_uri()}?mode=ro", uri=True)
            try:
                src.backup(current.db.conn, progress=give_up_when_busy)
            except sqlite3.OperationalError as exc:
                raise CatalogUnusable(catalog_path, Catalog._describe(exc)) from None
            finally:
                src.close()
        finally:
            current.close()
    finally:
        remove_database_file(staged)


def _set_aside(catalog_path: Path) -> None:
    """Move an unusable catalog (and its WAL) into the backup folder, under a name restore never picks.

    The WAL keeps its place as ``<kept file>-wal``, so SQLite reads the pair
    together when the kept file is restored (``restore --list`` shows it).
    Renames within one disk need no free space.
    """
    folder = backup_folder(catalog_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    kept = folder / f"{catalog_path.stem}-{stamp}-unusable.db.keep"
    for suffix in ("-wal", "-shm", ""):
        part = catalog_path.with_name(catalog_path.name + suffix)
        if part.exists():
            part.replace(kept.with_name(kept.name + suffix))
