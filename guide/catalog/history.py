"""Undo and redo of catalog edits made in this session (Qt-free).

Every operation records, for each record it touches, the record's state
before and after: its row, and for premises its photos, and for premises and
projects whether they are shortlisted. Undo writes the "before" states back,
redo the "after" states; several operations can be grouped into one step
(a form that saves a record and its photos is undone as one).

What "exactly" means here, and what happens to the bookkeeping columns:

* Every field of :mod:`guide.catalog.fields`, the photos (bytes, names,
  order) and shortlist entries come back exactly as they were: :func:`dump`
  of the catalog after ``undo()`` equals :func:`dump` before the operation.
* ``version`` is **not** turned back. An undo or redo is a new write, so the
  record's version becomes one more than the highest it has ever had. Reusing
  an old version number would let a form opened on some intermediate state
  save over newer data without a conflict (optimistic concurrency relies on a
  version never meaning two different contents).
* ``updated_at`` becomes the time of the undo or redo, for the same reason.

Edits from elsewhere are never silently overwritten. When a record was
changed by another window, process or an import since this history last wrote
it, ``undo()`` and ``redo()`` raise :class:`ConflictError` and change nothing;
``force=True`` overwrites anyway, ``discard_undo()`` drops the step.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.errors import ConflictError
from guide.catalog.store import Catalog

Key = tuple[str, Any]
HistoryListener = Callable[[], None]

# Columns the catalog keeps itself; :func:`dump` leaves them out.
BOOKKEEPING = (F.VERSION_COLUMN, F.UPDATED_COLUMN)
PHOTO_COLUMNS = ("id", "premise", "position", "filename", "mime", "width", "height")
# Records that go with a town when it is deleted (ON DELETE CASCADE).
TOWN_CHILDREN = ("town_status", "indicators")


@dataclass(frozen=True)
class Step:
    """What one undo step did, for menus: "Undo: edit «Цех №1»"."""

    action: str  # add, edit, delete, status, photos
    kind: str
    record_id: Any
    title: str
    detail: str | None = None  # the new status code, for "status"


def describe_ru(step: Step) -> str:
    """The default description (Russian, the source language); the UI installs its own."""
    action = i18n.label("edit_action", step.action, "ru")
    return f"{action[:1].upper()}{action[1:]}: {step.title or step.record_id}"


@dataclass
class State:
    """A record as it was: ``row`` None means it did not exist."""

    row: dict[str, Any] | None
    photos: list[dict[str, Any]] | None = None  # premises: photo rows without data
    shortlisted: str | None = None  # premises, projects: added_at when shortlisted


@dataclass
class Change:
    kind: str
    record_id: Any
    before: State
    after: State
    generation: int


@dataclass
class Entry:
    step: Step
    changes: list[Change]


@dataclass
class _Pending:
    action: str
    kind: str
    record_id: Any
    detail: str | None
    befores: dict[Key, tuple[State, int]] = field(default_factory=dict)
    kinds: set[str] = field(default_factory=set)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def dump(catalog: Catalog) -> dict[str, list[dict[str, Any]]]:
    """Every table as undo restores it: all rows, without ``version`` and ``updated_at``.

    Photos include their bytes; shortlist entries their ``added_at``.
    """
    tables: dict[str, list[dict[str, Any]]] = {}
    for kind in F.KINDS.values():
        rows = catalog.db.query(f"SELECT * FROM {kind.table} ORDER BY id")  # noqa: S608
        tables[kind.name] = [{c: v for c, v in row.items() if c not in BOOKKEEPING} for row in rows]
    tables["photos"] = list(catalog.db.query("SELECT * FROM photos ORDER BY id"))
    tables["shortlist"] = list(catalog.db.query("SELECT * FROM shortlist ORDER BY kind, record_id"))
    return tables


class History:
    """Undo and redo for one window's edits of ``catalog``."""

    def __init__(self, catalog: Catalog, *, limit: int = 500) -> None:
        self.catalog = catalog
        self.limit = limit
        #: Turns a :class:`Step` into menu text; the UI sets a translating one.
        self.describe: Callable[[Step], str] = describe_ru
        self._undo: list[Entry] = []
        self._redo: list[Entry] = []
        self._listeners: list[HistoryListener] = []
        self._pending: _Pending | None = None
        # The version each record had after this history last wrote it (None:
        # deleted by us); a different version now means someone else wrote.
        self._seen: dict[Key, int | None] = {}
        # The highest version a record ever had, so versions never repeat.
        self._high: dict[Key, int] = {}
        # Bumped when a foreign write to a record is noticed: older steps on
        # that record would undo the foreign write too, so they conflict.
        self._generation: dict[Key, int] = {}
        # Bytes of photos this history deleted, so undo can put them back,
        # by content digest: SQLite reuses a deleted photo's id, so an id
        # can name different pictures over a session.
        self._blobs: dict[str, bytes] = {}

    # -- listeners and state --------------------------------------------------

    def add_listener(self, listener: HistoryListener) -> None:
        """Call ``listener()`` whenever the undo or redo stack changes."""
        self._listeners.append(listener)

    def remove_listener(self, listener: HistoryListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_step(self) -> Step | None:
        return self._undo[-1].step if self._undo else None

    @property
    def redo_step(self) -> Step | None:
        return self._redo[-1].step if self._redo else None

    @property
    def undo_text(self) -> str | None:
        return self.describe(self._undo[-1].step) if self._undo else None

    @property
    def redo_text(self) -> str | None:
        return self.describe(self._redo[-1].step) if self._redo else None

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self._blobs.clear()
        self._changed()

    def discard_undo(self) -> None:
        """Forget the next undo step (after a conflict the user chose not to override)."""
        if self._undo:
            self._undo.pop()
            self._changed()

    def discard_redo(self) -> None:
        """Forget the next redo step."""
        if self._redo:
            self._redo.pop()
            self._changed()

    # -- operations -----------------------------------------------------------

    def add(self, kind: str, values: dict[str, Any]) -> Any:
        """Add a record (validated by the catalog); returns its id."""
        with self.group("add", kind):
            record_id = self.catalog.insert(kind, values)
            self._touch(kind, record_id, State(None))
            assert self._pending is not None
            if self._pending.record_id is None:
                self._pending.record_id = record_id
        return record_id

    def edit(
        self, kind: str, record_id: Any, changes: dict[str, Any], *, expected_version: int | None = None
    ) -> dict[str, Any]:
        """Change some fields of a record; returns it as saved. ConflictError when it is stale."""
        return self._edit("edit", kind, record_id, changes, expected_version, None)

    def set_status(
        self, kind: str, record_id: Any, status: str, *, expected_version: int | None = None
    ) -> dict[str, Any]:
        """An edit of the ``status`` field, described as a status change."""
        return self._edit("status", kind, record_id, {"status": status}, expected_version, status)

    def _edit(
        self,
        action: str,
        kind: str,
        record_id: Any,
        changes: dict[str, Any],
        expected_version: int | None,
        detail: str | None,
    ) -> dict[str, Any]:
        with self.group(action, kind, record_id, detail=detail):
            self._touch(kind, record_id)
            return self.catalog.update(kind, record_id, changes, expected_version=expected_version)

    def delete(self, kind: str, record_id: Any, *, expected_version: int | None = None) -> dict[str, Any]:
        """Delete a record; returns it as it was.

        What goes with it goes into the same step: a zone's premises lose
        their zone, a town's status history and indicators are deleted, a
        premise's photos and shortlist entry go. The catalog refuses
        (ValidationFailed) a town that premises, zones, projects or suppliers
        still refer to.
        """
        with self.group("delete", kind, record_id):
            current = self.catalog.get(kind, record_id)
            if current is None:
                return self.catalog.delete(kind, record_id, expected_version=expected_version)
            if expected_version is not None and current["version"] != expected_version:
                raise ConflictError(kind, record_id, current)
            # Dependents are touched first, so undo (which runs backwards)
            # puts the zone or town back before the rows that refer to it.
            if kind == "zones":
                for premise_id in self._ids("premises", "zone", record_id):
                    row = self._touch("premises", premise_id)
                    assert row is not None
                    self._write_row("premises", {**row, "zone": None}, self._next_version(("premises", premise_id)))
                    self._pending_kinds("premises")
            elif kind == "towns" and not self._town_is_referenced(record_id):
                for child in TOWN_CHILDREN:
                    for child_id in self._ids(child, "town", record_id):
                        self._touch(child, child_id)
                        self._delete_row(child, child_id)
                        self._pending_kinds(child)
            self._touch(kind, record_id)
            if F.kind(kind).can(F.Can.PHOTOS):
                self._stash_photos(record_id)
            return self.catalog.delete(kind, record_id)

    def add_photo(self, premise_id: int, filename: str, data: bytes) -> int:
        """Check and store an image for a premise; returns the photo's id."""
        with self.group("photos", "premises", premise_id):
            self._touch("premises", premise_id)
            photo_id = self.catalog.add_photo(premise_id, filename, data)
            self._keep(data)
            return photo_id

    def remove_photo(self, photo_id: int) -> None:
        row = self.catalog.db.execute("SELECT premise FROM photos WHERE id = ?", [photo_id]).fetchone()
        if row is None:
            return
        premise_id = int(row[0])
        with self.group("photos", "premises", premise_id):
            self._touch("premises", premise_id)
            self._keep(self.catalog.photo_data(photo_id))
            self.catalog.remove_photo(photo_id)

    def reorder_photos(self, premise_id: int, photo_ids: list[int]) -> None:
        with self.group("photos", "premises", premise_id):
            self._touch("premises", premise_id)
            self.catalog.reorder_photos(premise_id, photo_ids)

    @contextmanager
    def group(self, action: str, kind: str, record_id: Any = None, *, detail: str | None = None) -> Iterator[None]:
        """Make everything inside one undo step, in one transaction.

        Nested groups join the outermost one, whose action and record
        describe the step. When anything inside raises, the catalog is rolled
        back and no step is recorded.
        """
        if self._pending is not None:
            if self._pending.record_id is None:
                self._pending.record_id = record_id
            yield
            return
        pending = self._pending = _Pending(action, kind, record_id, detail)
        try:
            with self.catalog.transaction():
                yield
                changes = [
                    Change(key[0], key[1], before, self._capture(*key), generation)
                    for key, (before, generation) in pending.befores.items()
                ]
        except BaseException:
            self._pending = None
            # Views may have refreshed from the rolled-back writes; tell them again.
            self._notify(pending.kinds | {k for k, _ in pending.befores})
            raise
        self._pending = None
        if not changes:
            return
        for change in changes:
            self._remember((change.kind, change.record_id), change.after)
        self._undo.append(Entry(self._step(pending, changes), changes))
        del self._undo[: -self.limit or None]
        self._redo.clear()
        self._notify(pending.kinds | {c.kind for c in changes})
        self._changed()

    # -- undo and redo --------------------------------------------------------

    def undo(self, *, force: bool = False) -> str | None:
        """Undo the last step; returns its description, or None when there is none.

        Raises ConflictError (changing nothing) when a record of the step was
        changed elsewhere since; ``force=True`` overwrites that change.
        """
        if not self._undo:
            return None
        entry = self._undo[-1]
        self._replay(entry, backwards=True, force=force)
        self._redo.append(self._undo.pop())
        self._changed()
        return self.describe(entry.step)

    def redo(self, *, force: bool = False) -> str | None:
        """Redo the last undone step; returns its description, or None."""
        if not self._redo:
            return None
        entry = self._redo[-1]
        self._replay(entry, backwards=False, force=force)
        self._undo.append(self._redo.pop())
        self._changed()
        return self.describe(entry.step)

    def _replay(self, entry: Entry, *, backwards: bool, force: bool) -> None:
        changes = list(reversed(entry.changes)) if backwards else list(entry.changes)
        if not force:
            for change in changes:
                self._check(change)
        with self.catalog.transaction():
            for change in changes:
                self._apply(change.kind, change.record_id, change.before if backwards else change.after)
            written = {(c.kind, c.record_id): self._capture(c.kind, c.record_id) for c in changes}
        for key, state in written.items():
            self._remember(key, state)
        for change in changes:
            self._generation[(change.kind, change.record_id)] = change.generation
        self._notify({c.kind for c in changes})

    def _check(self, change: Change) -> None:
        key = (change.kind, change.record_id)
        current = self.catalog.get(*key)
        version = None if current is None else current["version"]
        if version != self._seen.get(key, version) or self._generation.get(key, 0) != change.generation:
            raise ConflictError(change.kind, change.record_id, current)

    # -- capturing and writing states -----------------------------------------

    def _touch(self, kind: str, record_id: Any, before: State | None = None) -> dict[str, Any] | None:
        """Note a record the pending step changes, capturing its state first."""
        pending = self._pending
        assert pending is not None, "operations run inside group()"
        key = (kind, record_id)
        if key not in pending.befores:
            state = before if before is not None else self._capture(kind, record_id)
            current = state.row
            version = None if current is None else current["version"]
            if key in self._seen and self._seen[key] != version:
                self._generation[key] = self._generation.get(key, 0) + 1
            pending.befores[key] = (state, self._generation.get(key, 0))
            return current
        return self.catalog.get(kind, record_id)

    def _pending_kinds(self, kind: str) -> None:
        assert self._pending is not None
        self._pending.kinds.add(kind)

    def _capture(self, kind: str, record_id: Any) -> State:
        row = self.catalog.get(kind, record_id)
        state = State(row)
        if row is None:
            return state
        self._high[(kind, record_id)] = max(self._high.get((kind, record_id), 0), int(row["version"]))
        if F.kind(kind).can(F.Can.PHOTOS):
            state.photos = [
                {**{c: row[c] for c in PHOTO_COLUMNS}, "blob": _digest(row["data"])}
                for row in self.catalog.db.query(
                    f"SELECT {', '.join(PHOTO_COLUMNS)}, data FROM photos WHERE premise = ? ORDER BY position, id",  # noqa: S608
                    [record_id],
                )
            ]
        if F.kind(kind).can(F.Can.SHORTLIST):
            found = self.catalog.db.execute(
                "SELECT added_at FROM shortlist WHERE kind = ? AND record_id = ?", [kind, record_id]
            ).fetchone()
            state.shortlisted = found[0] if found else None
        return state

    def _remember(self, key: Key, state: State) -> None:
        self._seen[key] = None if state.row is None else int(state.row["version"])

    def _next_version(self, key: Key) -> int:
        current = self.catalog.get(*key)
        highest = max(self._high.get(key, 0), int(current["version"]) if current else 0)
        self._high[key] = highest + 1
        return highest + 1

    def _apply(self, kind: str, record_id: Any, state: State) -> None:
        key = (kind, record_id)
        if state.row is None:
            if self.catalog.get(kind, record_id) is not None:
                if F.kind(kind).can(F.Can.PHOTOS):
                    self._stash_photos(record_id)
                self._delete_row(kind, record_id)
            return
        self._high[key] = max(self._high.get(key, 0), int(state.row["version"]))
        self._write_row(kind, state.row, self._next_version(key))
        if F.kind(kind).can(F.Can.PHOTOS) and state.photos is not None:
            self._sync_photos(record_id, state.photos)
        if F.kind(kind).can(F.Can.SHORTLIST):
            self._sync_shortlist(kind, record_id, state.shortlisted)

    def _write_row(self, kind: str, row: dict[str, Any], version: int) -> None:
        self.catalog.writer.put(kind, row, version)

    def _delete_row(self, kind: str, record_id: Any) -> None:
        self.catalog.writer.remove(kind, record_id)

    def _stash_photos(self, premise_id: Any) -> None:
        for (data,) in self.catalog.db.execute("SELECT data FROM photos WHERE premise = ?", [premise_id]).fetchall():
            self._keep(bytes(data))

    def _keep(self, data: bytes) -> None:
        self._blobs[_digest(data)] = data

    def _sync_photos(self, premise_id: Any, wanted: list[dict[str, Any]]) -> None:
        db = self.catalog.db
        found = {
            int(r[0]): bytes(r[1]) for r in db.execute("SELECT id, data FROM photos WHERE premise = ?", [premise_id])
        }
        wanted_blobs = {int(p["id"]): p["blob"] for p in wanted}
        current: set[int] = set()
        for photo_id, data in found.items():
            if wanted_blobs.get(photo_id) == _digest(data):
                current.add(photo_id)
            else:
                # Not wanted, or the same id now holds another picture.
                self._keep(data)
                db.execute("DELETE FROM photos WHERE id = ?", [photo_id])
        for photo in wanted:
            photo_id = int(photo["id"])
            if photo_id in current:
                db.execute("UPDATE photos SET position = ? WHERE id = ?", [photo["position"], photo_id])
                continue
            blob = self._blobs.get(photo["blob"])
            if blob is None:
                continue  # deleted elsewhere; its bytes are gone
            taken = db.execute("SELECT 1 FROM photos WHERE id = ?", [photo_id]).fetchone() is not None
            values = {c: photo[c] for c in PHOTO_COLUMNS if c != "id" or not taken}
            values["premise"] = premise_id
            values["data"] = blob
            columns = list(values)
            db.execute(
                f"INSERT INTO photos ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",  # noqa: S608
                [values[c] for c in columns],
            )

    def _sync_shortlist(self, kind: str, record_id: Any, added_at: str | None) -> None:
        db = self.catalog.db
        db.execute("DELETE FROM shortlist WHERE kind = ? AND record_id = ?", [kind, record_id])
        if added_at is not None:
            db.execute(
                "INSERT INTO shortlist (kind, record_id, added_at) VALUES (?, ?, ?)", [kind, record_id, added_at]
            )

    # -- helpers --------------------------------------------------------------

    def _ids(self, kind: str, column: str, value: Any) -> list[Any]:
        table = F.kind(kind).table
        sql = f"SELECT id FROM {table} WHERE {column} = ? ORDER BY id"  # noqa: S608
        return [r[0] for r in self.catalog.db.execute(sql, [value])]

    def _town_is_referenced(self, town_id: Any) -> bool:
        blocking = self.catalog.dependents("towns", town_id)
        return any(other not in TOWN_CHILDREN for other in blocking)

    def _step(self, pending: _Pending, changes: list[Change]) -> Step:
        title = ""
        for change in changes:
            if change.kind == pending.kind and change.record_id == pending.record_id:
                row = change.after.row or change.before.row or {}
                title = str(row.get(F.kind(pending.kind).title_field) or "")
        return Step(pending.action, pending.kind, pending.record_id, title, pending.detail)

    def _notify(self, kinds: set[str]) -> None:
        if kinds:
            self.catalog.notify(*sorted(kinds))
