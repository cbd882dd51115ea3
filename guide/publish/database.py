"""Writing one language's read-only SQLite file, with the catalog's full-text indexes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from guide.publish.tables import PremiseFiles, PublicTable, localized_rows, personal_columns

# NUMERIC keeps whole numbers whole (7800, not 7800.0) and still sorts and filters as numbers.
SQL_TYPES = {int: "INTEGER", float: "NUMERIC", str: "TEXT"}


def fts_table(table: str) -> str:
    return f"{table}_fts"


def create_sql(table: PublicTable) -> str:
    """The table's CREATE statement: ``id`` the primary key, town and zone references as foreign keys."""
    references = {column: (other, key) for column, other, key in table.foreign_keys}
    parts = []
    for column in table.columns:
        part = f"[{column.name}] {SQL_TYPES[column.sql_type]}"
        if column.name == "id":
            part += " PRIMARY KEY"
        elif column.name in references:
            other, key = references[column.name]
            part += f" REFERENCES [{other}]([{key}])"
        parts.append(part)
    return f"CREATE TABLE [{table.name}] ({', '.join(parts)})"


def write_language_db(
    path: Path,
    lang: str,
    source: Database,
    tables: Sequence[PublicTable],
    records: Mapping[str, Sequence[Mapping[str, Any]]],
    *,
    include_contacts: bool,
    today: dt.date | None,
    files: Mapping[int, PremiseFiles],
) -> list[str]:
    """Write ``path``; returns the tables that have a full-text index."""
    db = Database(path)
    searchable = []
    try:
        for table in tables:
            db.execute(create_sql(table))
            rows = localized_rows(table, records[table.name], lang, today=today, files=files)
            db[table.name].insert_all(rows, batch_size=1000)  # type: ignore[union-attr]
            if _copy_fts(source, db, table, records[table.name], include_contacts=include_contacts):
                searchable.append(table.name)
        db.execute("VACUUM")
    finally:
        db.close()
    return searchable


def _copy_fts(
    source: Database,
    db: Database,
    table: PublicTable,
    records: Sequence[Mapping[str, Any]],
    *,
    include_contacts: bool,
) -> bool:
    """Copy the catalog's full-text index of ``table``: same columns, same tokenizer, kept rows only.

    The index holds every language's text and the town's names in all three
    languages, which is how "Балқаш", "Балхаш" and "Balkhash" all find a
    Balkhash premise in every language's copy. Personal columns are blanked
    here too, or a search would still reveal them.
    """
    fts = fts_table(table.name)
    found = source.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [fts]).fetchone()
    if not found:
        return False
    db.execute(found[0])
    columns = [row[1] for row in source.execute(f"PRAGMA table_info([{fts}])").fetchall()]
    private = personal_columns(table.name, include_contacts=include_contacts)
    selected = ", ".join("NULL" if c in private else f"[{c}]" for c in columns)
    kept = {record["id"] for record in records}
    # The towns' index is keyed by the town's text id; Datasette joins an index on rowid.
    by_town_id = "town_id" in columns
    rowids = {}
    if by_town_id:
        rowids = {row[1]: row[0] for row in db.execute(f"SELECT rowid, id FROM [{table.name}]").fetchall()}
    insert = f"INSERT INTO [{fts}](rowid, {', '.join(f'[{c}]' for c in columns)}) VALUES ({', '.join('?' * (len(columns) + 1))})"
    with db.conn:
        for row in source.execute(f"SELECT rowid, {selected} FROM [{fts}]").fetchall():
            if by_town_id:
                town_id = row[1 + columns.index("town_id")]
                if town_id not in rowids:
                    continue
                db.execute(insert, [rowids[town_id], *row[1:]])
            elif row[0] in kept:
                db.execute(insert, list(row))
    return True
