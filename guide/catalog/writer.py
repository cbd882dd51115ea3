"""The one write path: every record written to the catalog goes through :class:`Writer`.

Single edits (:meth:`Catalog.insert/update/delete <guide.catalog.store.Catalog>`),
imports (:func:`guide.catalog.importer.apply_import`) and undo/redo
(:mod:`guide.catalog.history`) all write here, so what a write means is
decided once:

* a new record gets the documented defaults (``Kind.defaults()``), today's
  ``as_of`` and, for a town without an id, an id made from its English name;
* a text id that differs from an existing one only by case or spaces is that
  record: an import updates it, a single edit is refused naming it;
* every write stamps ``version`` (optimistic concurrency) and ``updated_at``;
* listeners hear about a write once it is committed.

The writer knows the catalog only through the small :class:`Store`
interface, so it needs nothing from :mod:`guide.catalog.store` (which builds
one writer per catalog).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from typing import Any, Protocol

from sqlite_utils import Database

from guide.catalog import fields as F
from guide.catalog.errors import ConflictError, NotFoundError, Problem, ValidationFailed
from guide.catalog.validate import Lookups, validate, validate_update

# Rows written per statement by a bulk write (and between progress reports).
CHUNK = 10_000
STAGING = "import_rows"


def now() -> str:
    """The ``updated_at`` stamp: UTC, to the second."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def today() -> str:
    return dt.date.today().isoformat()


def slug(text: str) -> str:
    """A lower-case id made of letters, digits and dashes."""
    return re.sub(r"[^\w]+", "-", text.casefold()).strip("-_") or "town"


def id_key(value: Any) -> Any:
    """What makes two ids the same record: text ids ignore case and spaces."""
    if isinstance(value, str):
        return " ".join(value.casefold().split())
    return value


def complete_new(kind: F.Kind, record: dict[str, Any], *, stamp_as_of: bool) -> dict[str, Any]:
    """A new record with the documented defaults, ``as_of`` and (for a town) its id filled in."""
    for code, default in _defaults(kind):
        if record.get(code) is None:
            record[code] = default
    if stamp_as_of and "as_of" in kind.codes and not record.get("as_of"):
        record["as_of"] = today()
    if kind.id_type == F.TEXT and not record.get("id"):
        record["id"] = slug(record.get("name_en") or record.get(kind.title_field) or "")
    return record


def _defaults(kind: F.Kind) -> list[tuple[str, Any]]:
    """``kind.defaults()``, worked out once per kind: an import completes every new record with them."""
    found = _DEFAULTS.get(kind.name)
    if found is None:
        found = _DEFAULTS[kind.name] = list(kind.defaults().items())
    return found


_DEFAULTS: dict[str, list[tuple[str, Any]]] = {}


class Store(Protocol):
    """What the writer needs of a catalog."""

    db: Database

    def transaction(self) -> AbstractContextManager[None]: ...

    def notify(self, *kinds: str) -> None: ...

    def lookups(self) -> Lookups: ...

    def dependents(self, kind: str, record_id: Any) -> dict[str, int]: ...


class Writer:
    """Writes records of one catalog; see the module's docstring for the rules."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def db(self) -> Database:
        return self.store.db

    # -- single edits ------------------------------------------------------------

    def insert(self, kind_name: str, values: Mapping[str, Any], *, stamp: bool = True) -> Any:
        """Validate and add one record; returns its id."""
        kind = F.kind(kind_name)
        record = complete_new(kind, self._clean(kind, values), stamp_as_of=stamp)
        with self.store.transaction():
            if record.get("id") is not None:
                existing = self.find_id(kind, record["id"])
                if existing is not None:
                    raise ValidationFailed([_taken(kind, record["id"], existing)])
            record_id = self.db.table(kind.table).insert({**record, **self.stamp(1)}).last_pk
        self.store.notify(kind.name)
        return record.get("id") or record_id

    def update(
        self, kind_name: str, record_id: Any, changes: Mapping[str, Any], *, expected_version: int | None = None
    ) -> dict[str, Any]:
        """Validate and change some fields of one record; ConflictError when it is stale."""
        kind = F.kind(kind_name)
        changes = {c: v for c, v in changes.items() if c not in ("id", "photos")}
        with self.store.transaction():
            current = self.require(kind, record_id)
            if expected_version is not None and current[F.VERSION_COLUMN] != expected_version:
                raise ConflictError(kind.name, record_id, current)
            # A partial change (one field) needs no other fields and still
            # can't leave the record invalid; an import's update is checked the same way.
            record, problems = validate_update(kind, current, changes, self.store.lookups())
            if problems:
                raise ValidationFailed(problems)
            if kind is F.ZONES and "town" in record:
                self.check_zone_towns([record_id])
            self.db.table(kind.table).update(record_id, {**record, **self.stamp(current[F.VERSION_COLUMN] + 1)})
            if kind is F.ZONES and "town" in record:
                self.check_zone_towns([record_id])
        self.store.notify(kind.name)
        return self.require(kind, record_id)

    def delete(self, kind_name: str, record_id: Any, *, expected_version: int | None = None) -> dict[str, Any]:
        """Delete one record; returns it as it was. Refuses while other records depend on it."""
        kind = F.kind(kind_name)
        with self.store.transaction():
            current = self.require(kind, record_id)
            if expected_version is not None and current[F.VERSION_COLUMN] != expected_version:
                raise ConflictError(kind.name, record_id, current)
            self.remove(kind.name, record_id)
        self.store.notify(kind.name)
        return current

    # -- rows as they are (undo/redo) and many rows (import) ---------------------

    def put(self, kind_name: str, row: Mapping[str, Any], version: int) -> None:
        """Write ``row`` exactly as given (every field), at ``version``: undo and redo restore states."""
        kind = F.kind(kind_name)
        values = {c: row.get(c) for c in kind.codes if c != "photos"}
        values.update(self.stamp(version))
        columns = list(values)
        exists = self.db.execute(f"SELECT 1 FROM {kind.table} WHERE id = ?", [row["id"]]).fetchone()  # noqa: S608
        if exists is None:
            sql = f"INSERT INTO {kind.table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"  # noqa: S608
            params = [values[c] for c in columns]
        else:
            assignments = ", ".join(f"{c} = ?" for c in columns if c != "id")
            sql = f"UPDATE {kind.table} SET {assignments} WHERE id = ?"  # noqa: S608
            params = [values[c] for c in columns if c != "id"] + [row["id"]]
        self.db.execute(sql, params)

    def remove(self, kind_name: str, record_id: Any) -> None:
        """Delete one row; ValidationFailed names what still refers to it."""
        kind = F.kind(kind_name)
        try:
            self.db.execute(f"DELETE FROM {kind.table} WHERE id = ?", [record_id])  # noqa: S608
        except sqlite3.IntegrityError:
            blocking = ", ".join(f"{n} {other}" for other, n in self.store.dependents(kind.name, record_id).items())
            raise ValidationFailed(
                [Problem("still_referenced", {"kind": kind.name, "id": record_id, "blocking": blocking})]
            ) from None

    def upsert(
        self,
        kind_name: str,
        records: Iterable[dict[str, Any]],
        *,
        progress: Callable[[int, int], None] | None = None,
        total: int | None = None,
    ) -> None:
        """Add or update checked records (an import), inside the caller's transaction.

        A record whose id exists updates only the columns it has (an UPDATE:
        the others, required ones included, stay as stored) and gets the next
        version; a new one starts at version 1. New records must already be
        complete (:func:`complete_new`).

        ``records`` is read :data:`CHUNK` at a time and each chunk written
        before the next is read, so an import of a million rows streamed from
        its plan's staging never holds more than a chunk of them here.
        ``progress`` hears (done, total); ``total`` is the number of records
        when the caller knows it (else the count so far).
        """
        kind = F.kind(kind_name)
        stamp = now()
        done = 0
        conn = self.db.conn
        staged: tuple[str, ...] | None = None
        try:
            for chunk in _chunks(records, CHUNK):
                # Group a chunk's rows by the columns they carry, so each group
                # is one statement; updates touch only the columns the file has.
                groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
                for record in chunk:
                    groups.setdefault(tuple(record), []).append(record)
                for columns, group in groups.items():
                    if columns != staged:
                        conn.execute(f"DROP TABLE IF EXISTS temp.{STAGING}")
                        conn.execute(f"CREATE TEMP TABLE {STAGING} ({', '.join(columns)})")
                        staged = columns
                    else:
                        conn.execute(f"DELETE FROM temp.{STAGING}")
                    self._write_staged(kind, columns, group, stamp)
                done += len(chunk)
                if progress:
                    progress(done, max(total or 0, done))
        finally:
            if staged is not None:
                conn.execute(f"DROP TABLE IF EXISTS temp.{STAGING}")

    def _write_staged(self, kind: F.Kind, columns: tuple[str, ...], group: list[dict[str, Any]], stamp: str) -> None:
        """One group of records with the same columns: into the staging table, then into the catalog.

        The rows go first into a temporary table, then into the catalog in
        one statement per group: the full-text index writes its changes out
        at the end of each statement, so row-by-row inserts would write (and
        later merge) one tiny index segment per row, which made up two
        thirds of a 100,000-row import (tests/benchmarks).
        """
        conn = self.db.conn
        table, version, updated = kind.table, F.VERSION_COLUMN, F.UPDATED_COLUMN
        conn.executemany(
            f"INSERT INTO temp.{STAGING} VALUES ({', '.join('?' for _ in columns)})",
            ([r[c] for c in columns] for r in group),
        )
        # Existing ids: a real UPDATE of the columns given. (An INSERT ...
        # ON CONFLICT DO UPDATE would first check the row it inserts, and
        # a partial update leaves out required, NOT NULL, columns.)
        assignments = [f"{c} = s.{c}" for c in columns if c != "id"]
        conn.execute(
            f"UPDATE {table} SET "  # noqa: S608
            + ", ".join([*assignments, f"{version} = {table}.{version} + 1", f"{updated} = ?"])
            + f" FROM temp.{STAGING} AS s WHERE {table}.id = s.id",
            [stamp],
        )
        # ... then the new records, which no row of the catalog has the id of.
        conn.execute(
            f"INSERT INTO {table} ({', '.join(columns)}, {version}, {updated}) "  # noqa: S608
            f"SELECT {', '.join(columns)}, 1, ? FROM temp.{STAGING} AS s "
            f"WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE t.id = s.id) ORDER BY s.rowid",
            [stamp],
        )

    # -- rules every write keeps ---------------------------------------------------

    @staticmethod
    def stamp(version: int) -> dict[str, Any]:
        """The bookkeeping columns of a write at ``version``."""
        return {F.VERSION_COLUMN: version, F.UPDATED_COLUMN: now()}

    def find_id(self, kind: F.Kind, record_id: Any) -> Any:
        """The existing id that ``record_id`` names (text ids: ignoring case and spaces), or None."""
        if kind.id_type != F.TEXT or not isinstance(record_id, str):
            found = self.db.execute(f"SELECT id FROM {kind.table} WHERE id = ?", [record_id]).fetchone()  # noqa: S608
            return None if found is None else found[0]
        key = id_key(record_id)
        for (existing,) in self.db.execute(f"SELECT id FROM {kind.table}"):  # noqa: S608
            if id_key(existing) == key:
                return existing
        return None

    def check_zone_towns(self, zone_ids: Iterable[Any] | None = None) -> None:
        """Refuse a zone whose premises are in another town than the zone (nothing is committed)."""
        sql = (
            "SELECT z.id, z.town, p.town, group_concat(p.id, ', ') FROM premises p JOIN zones z ON z.id = p.zone "
            "WHERE p.town != z.town"
        )
        params: list[Any] = []
        ids = None if zone_ids is None else list(zone_ids)
        if ids is not None:
            if not ids:
                return
            sql += f" AND z.id IN ({', '.join('?' for _ in ids)})"
            params = ids
        bad = self.db.execute(sql + " GROUP BY z.id, p.town ORDER BY z.id LIMIT 1", params).fetchone()
        if bad is not None:
            zone, new_town, old_town, premises = bad
            raise ValidationFailed(
                [
                    Problem(
                        "zone_move_strands_premises",
                        {"zone": zone, "old_town": old_town, "new_town": new_town, "premises": premises},
                        column="town",
                    )
                ]
            )

    def require(self, kind: F.Kind, record_id: Any) -> dict[str, Any]:
        rows = list(self.db.query(f"SELECT * FROM {kind.table} WHERE id = ?", [record_id]))  # noqa: S608
        if not rows:
            raise NotFoundError(f"no {kind.name} record with id {record_id!r}")
        return rows[0]

    def _clean(self, kind: F.Kind, values: Mapping[str, Any]) -> dict[str, Any]:
        record, problems = validate(kind, values, self.store.lookups())
        if problems:
            raise ValidationFailed(problems)
        record.pop("photos", None)
        return record


def _taken(kind: F.Kind, wanted: Any, existing: Any) -> Problem:
    if wanted == existing:
        return Problem("duplicate_record", {"id": wanted}, column="id")
    return Problem("town_look_alike", {"value": wanted, "existing": existing}, column="id")


def _chunks(records: Iterable[dict[str, Any]], size: int) -> Iterable[list[dict[str, Any]]]:
    """``records`` in lists of at most ``size``, read lazily."""
    iterator = iter(records)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk
