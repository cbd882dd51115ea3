"""Backups of the catalog with SQLite's online backup API.

A backup is taken automatically before each migration and each import, into
a ``<catalog>.backups`` folder beside the catalog; the newest
:data:`KEEP` are kept. The backup API copies a consistent snapshot even while
the catalog is open elsewhere.

This module sits below :mod:`guide.catalog.store` (which backs up before a
migration) and needs nothing from it; putting a backup back is
:mod:`guide.catalog.restore`, which opens catalogs.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from pathlib import Path
from typing import Protocol

from sqlite_utils import Database

from guide.catalog.catalog_check import NotACatalog, check_catalog, is_damage
from guide.catalog.errors import CatalogUnusable, InvalidInput
from guide.catalog.schema import SQLITE_MAGIC


class Backed(Protocol):
    """What a backup needs of an open catalog: its file and its connection."""

    path: Path | None
    db: Database


KEEP = 10
STALE_PARTIAL_S = 600


def backup_folder(catalog_path: Path) -> Path:
    return catalog_path.with_name(catalog_path.name + ".backups")


COMPANIONS = ("-journal", "-wal", "-shm")


def remove_database_file(path: Path) -> None:
    """Delete a database file SQLite was writing and the journal or WAL it left beside it."""
    for suffix in ("", *COMPANIONS):
        try:
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        except OSError:
            pass


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of ``source`` to ``target``, atomically.

    On any failure (a full disk, an interruption) the half-written copy and
    its journal are removed, and ``target`` is as it was.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    # Named for this process too: two programs backing up the same catalog in the same
    # microsecond (two imports started together) must not write, rename and delete one file.
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    remove_database_file(partial)
    try:
        dest = sqlite3.connect(str(partial))
        try:
            source.backup(dest)
            # A single file, whatever mode the source was in.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        partial.replace(target)
    except BaseException:
        remove_database_file(partial)
        raise


def make_backup(catalog: Backed, *, reason: str) -> Path | None:
    """Back up ``catalog`` into its backup folder; returns the file, or None for in-memory catalogs."""
    if catalog.path is None:
        return None
    folder = backup_folder(catalog.path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{catalog.path.stem}-{stamp}-{reason}.db"
    try:
        copy_database(catalog.db.conn, target)
    except OSError as exc:
        raise CatalogUnusable(catalog.path, f"can't write a backup into {folder}: {exc.strerror or exc}") from None
    except sqlite3.OperationalError as exc:
        raise CatalogUnusable(catalog.path, f"can't write a backup into {folder}: {exc}") from None
    for old in list_backups(catalog.path)[KEEP:]:
        old.unlink(missing_ok=True)
    # A backup killed halfway leaves its .partial; one this old is nobody's work in progress.
    for partial in folder.glob("*.partial"):
        try:
            if time.time() - partial.stat().st_mtime > STALE_PARTIAL_S:
                partial.unlink()
        except OSError:
            pass
    return target


def list_backups(catalog_path: Path) -> list[Path]:
    """Automatic backups of this catalog, newest first (what ``restore`` without a file takes)."""
    folder = backup_folder(catalog_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.db"), key=lambda p: p.name, reverse=True)


def list_kept(catalog_path: Path) -> list[Path]:
    """Every file restore can use from the backup folder, newest first: backups and set-aside catalogs."""
    folder = backup_folder(catalog_path)
    if not folder.is_dir():
        return []
    kept = [p for p in folder.iterdir() if p.is_file() and (p.name.endswith(".db") or p.name.endswith(".keep"))]
    return sorted(kept, key=lambda p: p.name, reverse=True)


def check_catalog_file(path: Path) -> None:
    """Refuse a file that is not a sound Investor Guide catalog."""
    if not path.is_file():
        what = "a folder" if path.is_dir() else "not a file" if path.exists() else "no such file"
        raise InvalidInput(f"{path}: {what}; name a backup file to restore from")
    try:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                raise InvalidInput(f"{path}: not an Investor Guide catalog (not an SQLite database)")
    except OSError as exc:
        raise InvalidInput(f"{path}: can't be read: {exc.strerror}") from None
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        check_catalog(conn)
    except NotACatalog as exc:
        raise InvalidInput(f"{path}: {exc}") from None
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise InvalidInput(f"{path}: the file is damaged ({exc})") from None
        raise InvalidInput(f"{path}: can't be read: {exc}") from None
    finally:
        conn.close()


def proven_unusable(catalog_path: Path) -> str | None:
    """Why the catalog's content can't be used (damaged, foreign, newer), or None when that is not proven.

    None covers a sound catalog and one that can't be read right now (a full
    disk, an I/O error, a lock, permissions): such a file is never moved.
    """
    try:
        with catalog_path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError:
        return None
    if head != SQLITE_MAGIC:
        return "not an SQLite database"
    try:
        conn = sqlite3.connect(f"{catalog_path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.DatabaseError:
        return None
    try:
        check_catalog(conn)
    except NotACatalog as exc:
        return str(exc)
    except sqlite3.DatabaseError as exc:
        return str(exc) if is_damage(exc) else None
    finally:
        conn.close()
    return None
