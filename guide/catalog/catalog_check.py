"""Is this SQLite file an Investor Guide catalog this program can use?

Table names alone prove little (any database can have a ``towns`` table), so
a catalog is recognised by its applied migrations, which must be a prefix of
this program's list (a name it does not know means a newer program wrote the
file), and by the columns of every table, which must be what those
migrations create. Errors are told apart by what SQLite says: damage
(``SQLITE_CORRUPT``, ``SQLITE_NOTADB``) is proven by the content; a full disk,
an I/O error or a lock says nothing about the content.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from guide.catalog.schema import MIGRATIONS, SCHEMA_VERSION

# SQLite's primary result codes that mean the bytes themselves are wrong.
_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


class NotACatalog(Exception):
    """The file's content is proven not to be a catalog this program can use."""


def is_damage(exc: sqlite3.DatabaseError) -> bool:
    """True when SQLite's error is about the file's content, not the disk, a lock or permissions."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _DAMAGE_CODES
    text = str(exc)
    return "malformed" in text or "not a database" in text


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS.migrations_table]
    ).fetchone()
    if not has_table:
        return []
    return [
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {MIGRATIONS.migrations_table} WHERE migration_set = ? ORDER BY rowid", [MIGRATIONS.name]
        )
    ]


def unknown_migrations(conn: sqlite3.Connection) -> list[str]:
    """Applied migrations this program does not have: the mark of a newer program."""
    known = {m.name for m in MIGRATIONS._migrations}
    return [name for name in applied_migrations(conn) if name not in known]


def newer_reason(conn: sqlite3.Connection) -> str | None:
    """Why the catalog is from a newer program, or None."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    unknown = unknown_migrations(conn)
    if version <= SCHEMA_VERSION and not unknown:
        return None
    detail = f"schema {version}" if version > SCHEMA_VERSION else f"unknown migration {unknown[0]}"
    return f"was written by a newer version of Investor Guide ({detail}; this program knows {SCHEMA_VERSION})"


def _columns(conn: sqlite3.Connection) -> dict[str, list[str]]:
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        )
    ]
    return {t: [c[1] for c in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}


def check_catalog(conn: sqlite3.Connection) -> None:
    """Raise NotACatalog unless ``conn`` holds a sound catalog of this or an older schema.

    sqlite3.DatabaseError escapes as it comes: the caller tells damage from
    the environment with :func:`is_damage`.
    """
    if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        raise NotACatalog("the file is damaged (integrity check failed)")
    reason = newer_reason(conn)
    if reason:
        raise NotACatalog(reason)
    applied = applied_migrations(conn)
    known = [m.name for m in MIGRATIONS._migrations]
    if not applied or applied != known[: len(applied)]:
        raise NotACatalog("an SQLite database, but not an Investor Guide catalog (no record of its schema)")
    # The tables those migrations make, built in memory, must be there with the same columns.
    reference = Database(memory=True)
    try:
        stop = known[len(applied)] if len(applied) < len(known) else None
        MIGRATIONS.apply(reference, stop_before=stop)
        expected = _columns(reference.conn)
    finally:
        reference.close()
    found = _columns(conn)
    for table, columns in expected.items():
        if table == MIGRATIONS.migrations_table:
            continue
        if found.get(table) != columns:
            raise NotACatalog(f"an SQLite database, but not an Investor Guide catalog (table {table} differs)")
    problems = conn.execute("PRAGMA foreign_key_check").fetchone()
    if problems:
        raise NotACatalog(f"the catalog is inconsistent (a row of {problems[0]} refers to a missing record)")
