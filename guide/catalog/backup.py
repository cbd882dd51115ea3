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
import sqlite3
import time
from pathlib import Path
from typing import Protocol

from sqlite_utils import Database

from guide.catalog.errors import CatalogUnusable, InvalidInput
from guide.catalog.schema import SCHEMA_VERSION, SQLITE_MAGIC


class Backed(Protocol):
    """What a backup needs of an open catalog: its file and its connection."""

    path: Path | None
    db: Database


KEEP = 10
STALE_PARTIAL_S = 600


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
        raise CatalogUnusable(catalog.path, f"can't write a backup into {folder}: {exc.strerror}") from None
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
    """Backups of this catalog, newest first."""
    folder = backup_folder(catalog_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.db"), key=lambda p: p.name, reverse=True)


def check_catalog_file(path: Path) -> None:
    """Refuse a file that is not a sound Investor Guide catalog."""
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
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise InvalidInput(f"{path}: written by a newer version of Investor Guide (schema {version})")
    except sqlite3.DatabaseError as exc:
        raise InvalidInput(f"{path}: the file is damaged ({exc})") from None
    finally:
        conn.close()
