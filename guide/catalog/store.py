"""The catalog: one SQLite file and the operations on it.

Every write goes through :class:`Catalog`, which runs it in a transaction,
bumps the record's version (so a stale edit from another window is caught
rather than silently overwriting), and then tells its listeners which kind
changed. Views refresh from that notification; nobody polls the tables.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.backup import make_backup
from guide.catalog.catalog_check import newer_reason
from guide.catalog.errors import CatalogUnusable, NotFoundError
from guide.catalog.schema import MIGRATIONS, SCHEMA_VERSION, SQLITE_MAGIC
from guide.catalog.search import Filters, count_query, select_query
from guide.catalog.validate import Lookups
from guide.catalog.writer import Writer, now

# How long a write waits for another program's write to finish. The variable
# lets tests (and impatient users on a shared drive) shorten it.
BUSY_TIMEOUT_ENV = "INVESTOR_GUIDE_BUSY_TIMEOUT"
BUSY_TIMEOUT_S = float(os.environ.get(BUSY_TIMEOUT_ENV) or 5.0)
# The catalog's connection runs no sqlite-utils plugins found installed beside it: their functions
# would be no part of the catalog, and looking for them (every distribution's entry points) cost
# about 24 ms of each start-up.
RUN_PLUGINS = False

Listener = Callable[[str], None]


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        if not os.access(path.parent, os.W_OK):
            # Without a writable folder SQLite can't make the WAL index; the
            # file can only be read as an unchanging snapshot.
            uri += "&immutable=1"
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)


class Catalog:
    """The catalog database. Build one with :meth:`open` or :meth:`memory`."""

    def __init__(self, db: Database, path: Path | None = None, *, read_only: bool = False) -> None:
        self.db = db
        self.path = path
        self.read_only = read_only
        self._listeners: list[Listener] = []
        self._lookups: Lookups | None = None
        #: The one write path (guide.catalog.writer): every record write goes through it.
        self.writer = Writer(self)

    # -- opening -----------------------------------------------------------

    @classmethod
    def memory(cls) -> Catalog:
        """An empty catalog in memory: for tests and benchmarks."""
        db = Database(memory=True, execute_plugins=RUN_PLUGINS)
        catalog = cls(db)
        catalog._configure()
        MIGRATIONS.apply(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return catalog

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, read_only: bool = False) -> Catalog:
        """Open the catalog at ``path``, upgrading its schema if needed.

        Raises :class:`CatalogUnusable`, naming the file, when it is missing
        (and ``create`` is false), damaged, not a catalog, from a newer
        version of this program, read-only or locked. The file is never
        changed in those cases.
        """
        path = Path(path)
        if not path.exists():
            if not create:
                raise CatalogUnusable(path, "no catalog here; create one with `investor-guide init`")
            if not path.parent.exists():
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise CatalogUnusable(path, f"can't create the folder: {exc.strerror}") from None
            if not os.access(path.parent, os.W_OK):
                raise CatalogUnusable(path, "the folder is read-only; can't create a catalog there")
        else:
            cls._check_header(path)
            if not read_only and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
                raise CatalogUnusable(
                    path, "the file or its folder is read-only; fix the permissions or copy the catalog elsewhere"
                )
        try:
            conn = _connect(path, read_only=read_only)
            db = Database(conn, execute_plugins=RUN_PLUGINS)
            catalog = cls(db, path, read_only=read_only)
            catalog._check_and_migrate()
        except sqlite3.DatabaseError as exc:
            raise CatalogUnusable(path, cls._describe(exc)) from None
        return catalog

    @staticmethod
    def _check_header(path: Path) -> None:
        try:
            with path.open("rb") as fh:
                head = fh.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise CatalogUnusable(path, f"can't be read: {exc.strerror}") from None
        if head != SQLITE_MAGIC:
            raise CatalogUnusable(path, "is not an Investor Guide catalog (not an SQLite database)")

    @staticmethod
    def _describe(exc: sqlite3.DatabaseError) -> str:
        text = str(exc)
        if "locked" in text or "busy" in text:
            return f"the catalog is locked by another program for more than {BUSY_TIMEOUT_S:g} s; try again later"
        if "readonly" in text or "read-only" in text:
            return "the catalog is read-only"
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            return f"the catalog is damaged ({text}); restore a backup with `investor-guide restore`"
        return f"can't use the catalog: {text}"

    def _configure(self) -> None:
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")

    def _check_and_migrate(self) -> None:
        self._configure()
        # Touch the schema first: a damaged file fails here, before any write.
        tables = set(self.db.table_names())
        # A newer program shows by user_version or by a migration this one doesn't know.
        newer = newer_reason(self.db.conn)
        if newer:
            raise CatalogUnusable(self.path, f"{newer}; update the program")
        if tables and "_sqlite_migrations" not in tables:
            raise CatalogUnusable(self.path, "is an SQLite database, but not an Investor Guide catalog")
        if self.read_only:
            if MIGRATIONS.pending(self.db):
                raise CatalogUnusable(self.path, "needs an upgrade, but is open read-only")
            return
        if self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        pending = MIGRATIONS.pending(self.db)
        if pending:
            if tables and self.path is not None:
                make_backup(self, reason="before-migration")
            # One transaction for every pending migration and the version
            # stamp: a failure or a crash halfway leaves the old catalog whole,
            # never one at a version no program knows.
            with self.transaction():
                MIGRATIONS.apply(self.db)
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        self.db.close()

    # -- change notification ------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener(kind)`` after each committed write to that kind."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, *kinds: str) -> None:
        self._lookups = None
        for kind in kinds:
            for listener in list(self._listeners):
                listener(kind)

    def data_version(self) -> int:
        """Changes when another connection commits: lets a window notice other windows' writes."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing: the writes inside commit together or not at all."""
        if self.read_only:
            raise CatalogUnusable(self.path, "is open read-only")
        conn = self.db.conn
        try:
            if conn.in_transaction:
                with self.db.atomic():
                    yield
                return
            # IMMEDIATE takes the write lock first: a deferred transaction that
            # reads before it writes gets SQLITE_BUSY at once, without waiting
            # out the busy timeout, when another program is writing.
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            raise CatalogUnusable(self.path, self._describe(exc)) from None

    # -- reading ------------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Several reads that see one state of the catalog, though another program commits meanwhile."""
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        # A deferred transaction that only reads holds its snapshot from the first read until COMMIT.
        conn.execute("BEGIN")
        try:
            yield
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")

    def lookups(self, *, fresh: bool = False) -> Lookups:
        """Town and zone references by id or any name.

        Cached until this program's next write; ``fresh`` reads them again,
        for a check inside a write transaction that must see other programs' writes.
        """
        if self._lookups is None or fresh:
            lookups = Lookups()
            for town in self.db.query("SELECT id, name, name_kk, name_en FROM towns"):
                lookups.add_town(town["id"], town["name"], town["name_kk"], town["name_en"])
            for zone in self.db.query("SELECT id, town, name, name_kk, name_en FROM zones"):
                lookups.add_zone(zone["id"], zone["town"], zone["name"], zone["name_kk"], zone["name_en"])
            self._lookups = lookups
        return self._lookups

    def resolve_town(self, text: str) -> str:
        """A town's id from its id or its name in any language."""
        town = self.lookups().towns.get(i18n.normalise(text))
        if town is None:
            known = ", ".join(t["id"] for t in self.db.query("SELECT id FROM towns ORDER BY id"))
            raise NotFoundError(f"unknown town {text!r}; known towns: {known}")
        return town

    def get(self, kind: str, record_id: Any) -> dict[str, Any] | None:
        table = F.kind(kind).table
        rows = list(self.db.query(f"SELECT * FROM {table} WHERE id = ?", [record_id]))
        return rows[0] if rows else None

    def require(self, kind: str, record_id: Any) -> dict[str, Any]:
        record = self.get(kind, record_id)
        if record is None:
            raise NotFoundError(f"no {kind} record with id {record_id!r}")
        return record

    def all(self, kind: str, *, order_by: str = "id") -> list[dict[str, Any]]:
        k = F.kind(kind)
        order = order_by if order_by in k.codes else "id"
        return list(self.db.query(f"SELECT * FROM {k.table} ORDER BY {order}"))

    def each(self, kind: str) -> Iterator[dict[str, Any]]:
        """Every record of ``kind`` in id order, one at a time (:meth:`all` without holding them all)."""
        return iter(self.db.query(f"SELECT * FROM {F.kind(kind).table} ORDER BY id"))

    def where(self, kind: str, column: str, value: Any) -> list[dict[str, Any]]:
        """Records whose ``column`` equals ``value`` (column checked against the fields)."""
        k = F.kind(kind)
        if column not in k.codes:
            raise KeyError(column)
        return list(self.db.query(f"SELECT * FROM {k.table} WHERE {column} = ? ORDER BY id", [value]))

    def query(
        self,
        kind: str,
        filters: Filters | None = None,
        text: str | None = None,
        *,
        order_by: str | None = None,
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Records that pass the filters and match the search text, sorted, one page."""
        k = F.kind(kind)
        sql, params = select_query(
            k.table, k.codes, filters or Filters(), text, order_by=order_by, descending=descending
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        return list(self.db.query(sql, params))

    def count(self, kind: str, filters: Filters | None = None, text: str | None = None) -> int:
        sql, params = count_query(F.kind(kind).table, filters or Filters(), text)
        return int(self.db.execute(sql, params).fetchone()[0])

    def total(self, kind: str) -> int:
        return int(self.db.execute(f"SELECT count(*) FROM {F.kind(kind).table}").fetchone()[0])

    def town_name(self, town_id: str | None, lang: str = i18n.DEFAULT_LANGUAGE) -> str:
        if town_id is None:
            return ""
        town = self.get("towns", town_id)
        if town is None:
            return str(town_id)
        return i18n.localized(town, "name", lang)[0]

    def dependents(self, kind: str, record_id: Any) -> dict[str, int]:
        """What else a delete would affect: kind → number of records."""
        found: dict[str, int] = {}
        if kind == "towns":
            for other in (k.name for k in F.KINDS.values() if k.can(F.Can.TOWN_LINK)):
                n = self.db.execute(f"SELECT count(*) FROM {other} WHERE town = ?", [record_id]).fetchone()[0]
                if n:
                    found[other] = n
        elif kind == "zones":
            n = self.db.execute("SELECT count(*) FROM premises WHERE zone = ?", [record_id]).fetchone()[0]
            if n:
                found["premises"] = n
        elif F.kind(kind).can(F.Can.PHOTOS):
            n = self.db.execute("SELECT count(*) FROM photos WHERE premise = ?", [record_id]).fetchone()[0]
            if n:
                found["photos"] = n
        return found

    # -- writing ------------------------------------------------------------

    def insert(self, kind: str, values: dict[str, Any], *, stamp: bool = True) -> Any:
        """Validate and add one record; returns its id."""
        return self.writer.insert(kind, values, stamp=stamp)

    def update(
        self, kind: str, record_id: Any, changes: dict[str, Any], *, expected_version: int | None = None
    ) -> dict[str, Any]:
        """Validate and change some fields of one record.

        With ``expected_version``, refuse (:class:`ConflictError`) when the
        record was changed by someone else since that version was read.
        """
        return self.writer.update(kind, record_id, changes, expected_version=expected_version)

    def delete(self, kind: str, record_id: Any, *, expected_version: int | None = None) -> dict[str, Any]:
        """Delete one record; returns it as it was. Refuses while other records depend on it."""
        return self.writer.delete(kind, record_id, expected_version=expected_version)

    # -- photos ---------------------------------------------------------------
    # Photos are BLOBs in the catalog itself: one file to move, back up and
    # restore, and a photo is added or removed in the same transaction as
    # the rest of an edit.

    def photos(self, premise_id: int) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                "SELECT id, premise, position, filename, mime, width, height FROM photos "
                "WHERE premise = ? ORDER BY position, id",
                [premise_id],
            )
        )

    def photo_data(self, photo_id: int) -> bytes:
        row = self.db.execute("SELECT data FROM photos WHERE id = ?", [photo_id]).fetchone()
        if row is None:
            raise NotFoundError(f"no photo {photo_id}")
        return bytes(row[0])

    def add_photo(self, premise_id: int, filename: str, data: bytes) -> int:
        """Check and store an image; returns the photo's id."""
        from guide.catalog.photos import inspect_image

        info = inspect_image(data, filename)
        with self.transaction():
            self.require("premises", premise_id)
            position = self.db.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM photos WHERE premise = ?", [premise_id]
            ).fetchone()[0]
            photo_id = (
                self.db.table("photos")
                .insert(
                    {
                        "premise": premise_id,
                        "position": position,
                        "filename": Path(filename).name,
                        "mime": info.mime,
                        "width": info.width,
                        "height": info.height,
                        "data": data,
                    }
                )
                .last_pk
            )
        self.notify("premises")
        return int(photo_id)  # type: ignore[arg-type]

    def remove_photo(self, photo_id: int) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM photos WHERE id = ?", [photo_id])
        self.notify("premises")

    def reorder_photos(self, premise_id: int, photo_ids: list[int]) -> None:
        with self.transaction():
            for position, photo_id in enumerate(photo_ids):
                self.db.execute(
                    "UPDATE photos SET position = ? WHERE id = ? AND premise = ?", [position, photo_id, premise_id]
                )
        self.notify("premises")

    # -- shortlist ------------------------------------------------------------

    def shortlist(self, kind: str | None = None) -> list[tuple[str, int]]:
        sql = "SELECT kind, record_id FROM shortlist"
        params: list[Any] = []
        if kind:
            sql += " WHERE kind = ?"
            params.append(kind)
        return [(r[0], int(r[1])) for r in self.db.execute(sql + " ORDER BY added_at, kind, record_id", params)]

    def is_shortlisted(self, kind: str, record_id: int) -> bool:
        return (
            self.db.execute("SELECT 1 FROM shortlist WHERE kind = ? AND record_id = ?", [kind, record_id]).fetchone()
            is not None
        )

    def set_shortlisted(self, kind: str, record_ids: Iterable[int], marked: bool) -> None:
        if not F.kind(kind).can(F.Can.SHORTLIST):
            shortlisted = ", ".join(k.name for k in F.KINDS.values() if k.can(F.Can.SHORTLIST))
            raise ValueError(f"only {shortlisted} can be shortlisted, not {kind}")
        with self.transaction():
            for record_id in record_ids:
                if marked:
                    self.require(kind, record_id)
                    self.db.execute(
                        "INSERT OR IGNORE INTO shortlist (kind, record_id, added_at) VALUES (?, ?, ?)",
                        [kind, record_id, now()],
                    )
                else:
                    self.db.execute("DELETE FROM shortlist WHERE kind = ? AND record_id = ?", [kind, record_id])
        self.notify("shortlist")

    def clear_shortlist(self) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM shortlist")
        self.notify("shortlist")
