"""A hypothesis state machine drives the catalog through random adds, edits, deletes, imports, undo and
redo, against a reference model made of plain dicts, and checks after every step that they agree.

The model of undo: each step remembers, per record, the fields before and after.
An import is a write from outside the undo history; a step that touches a record
an import changed afterwards must be refused (ConflictError, nothing changed),
and is then discarded, as the GUI does when the user declines to overwrite.
"""

from __future__ import annotations

import csv
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from guide.catalog.bundled import data_folder
from guide.catalog.errors import ConflictError, ValidationFailed
from guide.catalog.importer import import_file
from guide.catalog.store import Catalog
from guide.catalog.tabular import neutralise

history_module = pytest.importorskip("guide.catalog.history")
History = history_module.History

TOWNS = ("temirtau", "balkhash", "shakhtinsk", "abai", "saran")
KINDS = ("warehouse", "office", "production_hall")
TRACKED = ("title", "town", "kind", "floor_area_m2")
Record = dict[str, Any]

titles = st.text(alphabet=st.sampled_from("абвгқңөұүһіәABC xyz-'=+@;\"0123456789"), min_size=1, max_size=12).filter(
    lambda t: t == t.strip()
)
areas = st.integers(min_value=1, max_value=100_000).map(float)
towns = st.sampled_from(TOWNS)
kinds = st.sampled_from(KINDS)


@dataclass
class Step:
    """One undoable step in the model: per record id, its fields before and after (None: absent)."""

    changes: dict[int, tuple[Record | None, Record | None]]
    conflicted: bool = False


@dataclass
class Model:
    records: dict[int, Record] = field(default_factory=dict)
    undo: list[Step] = field(default_factory=list)
    redo: list[Step] = field(default_factory=list)

    def record(self, step: Step) -> None:
        self.undo.append(step)
        self.redo.clear()

    def written_from_outside(self, record_id: int) -> None:
        """An import changed this record: steps already recorded on it can no longer be replayed."""
        for step in self.undo + self.redo:
            if record_id in step.changes:
                step.conflicted = True

    def replay(self, step: Step, *, backwards: bool) -> None:
        for record_id, (before, after) in step.changes.items():
            state = before if backwards else after
            if state is None:
                self.records.pop(record_id, None)
            else:
                self.records[record_id] = dict(state)


class CatalogMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="investor-guide-machine-"))
        self.catalog = Catalog.memory()
        import_file(self.catalog, "towns", data_folder() / "towns.json", backup=False)
        self.history = History(self.catalog)
        self.model = Model()
        self.imports = 0

    def teardown(self) -> None:
        self.catalog.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @initialize(title=titles, area=areas, town=towns, kind=kinds)
    def start_with_one(self, title: str, area: float, town: str, kind: str) -> None:
        self.add(title, area, town, kind)

    # -- operations through the undo history -----------------------------------------

    @rule(title=titles, area=areas, town=towns, kind=kinds)
    def add(self, title: str, area: float, town: str, kind: str) -> None:
        values = {"title": title, "floor_area_m2": area, "town": town, "kind": kind}
        record_id = self.history.add("premises", values)
        assert record_id not in self.model.records
        self.model.records[record_id] = values
        self.model.record(Step({record_id: (None, dict(values))}))

    @precondition(lambda self: self.model.records)
    @rule(data=st.data(), title=st.none() | titles, area=st.none() | areas, town=st.none() | towns)
    def edit(self, data: st.DataObject, title: str | None, area: float | None, town: str | None) -> None:
        record_id = data.draw(st.sampled_from(sorted(self.model.records)))
        changes = {k: v for k, v in (("title", title), ("floor_area_m2", area), ("town", town)) if v is not None}
        before = dict(self.model.records[record_id])
        self.history.edit("premises", record_id, changes)
        after = {**before, **changes}
        self.model.records[record_id] = after
        self.model.record(Step({record_id: (before, dict(after))}))

    @precondition(lambda self: self.model.records)
    @rule(data=st.data(), area=st.sampled_from([0.0, -5.0]))
    def invalid_edit_changes_nothing(self, data: st.DataObject, area: float) -> None:
        record_id = data.draw(st.sampled_from(sorted(self.model.records)))
        can_undo = self.history.can_undo
        with pytest.raises(ValidationFailed):
            self.history.edit("premises", record_id, {"floor_area_m2": area, "title": "не сохранится"})
        assert self.history.can_undo == can_undo

    @precondition(lambda self: self.model.records)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        record_id = data.draw(st.sampled_from(sorted(self.model.records)))
        before = self.model.records.pop(record_id)
        self.history.delete("premises", record_id)
        self.model.record(Step({record_id: (before, None)}))

    @rule()
    def undo(self) -> None:
        if not self.model.undo:
            assert self.history.undo() is None
            return
        step = self.model.undo[-1]
        if step.conflicted:
            with pytest.raises(ConflictError):
                self.history.undo()
            self.history.discard_undo()
            self.model.undo.pop()
            return
        assert self.history.undo() is not None
        self.model.replay(step, backwards=True)
        self.model.redo.append(self.model.undo.pop())

    @rule()
    def redo(self) -> None:
        if not self.model.redo:
            assert self.history.redo() is None
            return
        step = self.model.redo[-1]
        if step.conflicted:
            with pytest.raises(ConflictError):
                self.history.redo()
            self.history.discard_redo()
            self.model.redo.pop()
            return
        assert self.history.redo() is not None
        self.model.replay(step, backwards=False)
        self.model.undo.append(self.model.redo.pop())

    # -- writes from outside the history ---------------------------------------------

    @rule(
        data=st.data(),
        new=st.lists(st.tuples(titles, areas, towns, kinds), max_size=3),
        update_title=titles,
    )
    def import_file(self, data: st.DataObject, new: list[tuple[str, float, str, str]], update_title: str) -> None:
        """An import of new rows, and of one existing record (by id) when there is one."""
        self.imports += 1
        path = self.folder / f"import-{self.imports}.csv"
        updated: int | None = None
        if self.model.records:
            updated = data.draw(st.none() | st.sampled_from(sorted(self.model.records)))
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["id", *TRACKED])
            if updated is not None:
                old = self.model.records[updated]
                # Written as an export writes it: formula-like text carries its apostrophe.
                writer.writerow([updated, neutralise(update_title), old["town"], old["kind"], old["floor_area_m2"]])
            for n, (title, area, town, kind) in enumerate(new):
                writer.writerow(["", neutralise(f"{title} №{self.imports}.{n}"), town, kind, area])
        if updated is None and not new:
            return
        known = set(self.catalog.db.execute("SELECT id FROM premises").fetchall())
        result = import_file(self.catalog, "premises", path, backup=False)
        assert (result.added, result.updated) == (len(new), int(updated is not None))
        if updated is not None:
            self.model.records[updated] = {**self.model.records[updated], "title": update_title}
            self.model.written_from_outside(updated)
        added = [r for r in self.catalog.db.execute("SELECT id FROM premises").fetchall() if r not in known]
        for (record_id,) in added:
            row = self.catalog.require("premises", record_id)
            self.model.records[record_id] = {k: row[k] for k in TRACKED}
            # A new id may be one an undone add or a delete had: those steps now meet a stranger.
            self.model.written_from_outside(record_id)
        assert len(added) == len(new)

    # -- the check after every step ------------------------------------------------

    @invariant()
    def catalog_matches_the_model(self) -> None:
        actual = {r["id"]: {k: r[k] for k in TRACKED} for r in self.catalog.all("premises")}
        assert actual == self.model.records
        assert self.history.can_undo == bool(self.model.undo)
        assert self.history.can_redo == bool(self.model.redo)
        # The search index follows every write, undo and redo included.
        indexed = dict(self.catalog.db.execute("SELECT rowid, title FROM premises_fts").fetchall())
        assert indexed == {i: r["title"] for i, r in actual.items()}


CatalogMachine.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestCatalogAgainstModel = CatalogMachine.TestCase
