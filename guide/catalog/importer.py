"""Importing records from CSV, XLSX and JSON files: all or nothing.

:func:`plan_import` reads and checks the whole file and writes nothing to the
catalog: the GUI shows its preview and problems, the CLI prints the problems.
Only a plan without problems can be applied, and :func:`apply_import` writes
it in one transaction, after a backup. A row whose ``id`` exists updates that record:
only the columns given, checked merged with the stored record (so a file of
updates may leave out required columns; a row adding a record may not).

A plan is made in named stages, each a small function below:
read → map headers → normalise → updates → validate → assign ids (and check links
against the catalog) → photos; then apply.

The file is read and checked in chunks of :data:`CHUNK_ROWS` data rows, so a
plan's memory does not grow with the file (a million-row CSV is 700 MB): each
chunk's normalised columns and checked records are pickled into an unnamed
temporary file the plan owns (:class:`_Staging`; the operating system deletes
it when it is closed, or when the process ends however it ends), and
:func:`apply_import` hands the writer the records read back from it, one
chunk at a time. A file rather than a temporary SQLite table: the records are
dicts of differing keys (an update carries only its own columns), which
pickle writes and reads back at C speed, in the order they were staged, and
the catalog's own connection stays out of it (the dialog keeps a plan for
minutes while the window reads the catalog). What must be known across
chunks is kept, small, in memory: the ids seen (a duplicate refers to its
first row), the ids the file gives (a row without an id gets a new one that
none of them is: assigned once the whole file is read), each problem stage's
first problems (:data:`limits.MAX_PROBLEMS` of each, so the problems kept
are exactly those of a plan made in one piece), and the preview:
:data:`PREVIEW_ROWS` first rows and the rows of the problems kept. The
problems are the same, row by row, whatever the chunk size. The plan remembers what it saw
of the catalog (the version of every record it will write, the towns and
zones it resolved names with). :func:`apply_import` checks that inside its
write transaction: when another program or window wrote in between, it
refuses (``if_changed="refuse"``, the dialog, whose user saw a preview) or
plans the same rows again under the lock (``"replan"``, the command line), so
two imports never hand out the same ids or overwrite each other's rows.
"""

from __future__ import annotations

import gc
import itertools
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.backup import make_backup
from guide.catalog.errors import InvalidInput, Problem, ValidationFailed
from guide.catalog.limits import ProblemList
from guide.catalog.photos import inspect_image, read_image_file
from guide.catalog.store import Catalog
from guide.catalog.tabular import TableStream, is_comment_row, open_table, unneutralise
from guide.catalog.validate import (
    ABSENT,
    BLANK,
    BadValue,
    Lookups,
    field_check,
    is_blank,
    only_given,
    validate_columns,
)
from guide.catalog.writer import complete_new, id_key, slug

# The page cache of a large import's write (KiB, as PRAGMA cache_size takes
# it when negative): the six indexes of premises are written all over, and
# SQLite's default 2 MB cache would write and read their pages again and again.
IMPORT_CACHE_KIB = 128 * 1024

# Data rows read, checked and staged at a time: a plan holds about this many
# rows (their values, columns and records) at once, however long the file.
CHUNK_ROWS = 20_000
# Data rows a plan keeps for the preview, besides the rows of its problems.
PREVIEW_ROWS = 1_000

# What apply_import does when the catalog changed since the plan was made.
REFUSE = "refuse"
REPLAN = "replan"
# Header problems that only a row adding a record has (an update keeps the stored values).
MISSING_COLUMN = {"required_column": "new_row_column_missing", "area_column_missing": "new_row_area_missing"}


@dataclass
class Photo:
    filename: str
    data: bytes


class _Staging:
    """Values pickled one after another into an unnamed temporary file, read back by position or in order.

    The file is the process's own (never named on POSIX, deleted on close
    on Windows), so what is unpickled is only what this process pickled.
    """

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile(prefix="investor-guide-import-")
        self.parts: list[tuple[int, int]] = []

    def put(self, value: Any, *, shared: bool = True) -> None:
        """Stage ``value``; ``shared=False`` for values that share no object worth pickling once (faster)."""
        self.parts.append(self._write(value, shared))

    def replace(self, index: int, value: Any) -> None:
        """Stage ``value`` in place of part ``index`` (written at the end; the old bytes are left)."""
        self.parts[index] = self._write(value, True)

    def get(self, index: int) -> Any:
        offset, size = self.parts[index]
        self.file.seek(offset)
        return pickle.loads(self.file.read(size))  # noqa: S301 - our own file, see the class docstring

    def __iter__(self) -> Iterator[Any]:
        for index in range(len(self.parts)):
            yield self.get(index)

    def __len__(self) -> int:
        return len(self.parts)

    def close(self) -> None:
        self.file.close()

    def __del__(self) -> None:
        # A plan let go of (a dialog that reads another file) takes its file with it.
        self.file.close()

    def _write(self, value: Any, shared: bool) -> tuple[int, int]:
        offset = self.file.seek(0, 2)
        pickler = pickle.Pickler(self.file, protocol=pickle.HIGHEST_PROTOCOL)
        # Without the memo, each object is written as often as it occurs: for
        # columns of distinct cells, half the time of keeping the memo.
        pickler.fast = not shared
        pickler.dump(value)
        return offset, self.file.tell() - offset


@dataclass
class ImportPlan:
    """What an import would do. ``problems`` empty means it can be applied."""

    kind: F.Kind
    path: Path
    headers: list[str]
    columns: list[str | None]
    #: The preview: the first PREVIEW_ROWS data rows and the rows of the
    #: problems kept, as (row number, values as read). ``total_rows`` counts them all.
    rows: list[tuple[int, list[Any]]]
    #: The photos of each file row that has a photos column, by row number.
    photos: dict[int, list[Photo]] = field(default_factory=dict)
    # At most limits.MAX_PROBLEMS are kept; ``problems.total`` counts them all.
    problems: list[Problem] = field(default_factory=ProblemList)
    #: The row the file's header is on (a sheet's table may start lower down).
    header_row: int = 1
    added: int = 0
    updated: int = 0
    #: The file's data rows (template hint rows left out; all its rows when the header has problems).
    total_rows: int = 0
    #: What the plan saw: the version of each record it writes (None: new).
    basis: dict[Any, int | None] = field(default_factory=dict)
    #: ... and the towns and zones it resolved references with.
    lookups_seen: int = 0
    header_of: dict[str, str] = field(default_factory=dict)
    #: Required columns the file lacks, held back because its rows may all be
    #: updates (see update_stage); a row that adds a record is refused for them.
    deferred: list[Problem] = field(default_factory=list)
    #: Each chunk's row numbers and normalised columns (field code → the values
    #: as typed, ABSENT where a JSON object lacks the key), kept so the plan can
    #: be made again under the write lock (:func:`replan`).
    staged_columns: _Staging | None = field(default=None, repr=False)
    #: Each chunk's records to write, as (row number, record) pairs.
    staged_records: _Staging | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def records(self) -> list[tuple[int, dict[str, Any]]]:
        """The records to write, as (row number, record), all read back at once: for small files and tests."""
        return list(self.each_record())

    def each_record(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """The records to write, as (row number, record), read back from the staging a chunk at a time."""
        if self.staged_records is not None:
            for records in self.staged_records:
                yield from records

    def close(self) -> None:
        """Delete the staged chunks now rather than when the plan is collected."""
        for staging in (self.staged_columns, self.staged_records):
            if staging is not None:
                staging.close()


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int


def header_key(text: str) -> str:
    """A header folded for comparison; ``м²`` and ``м2`` are the same unit."""
    return i18n.normalise(text).replace("²", "2").replace("³", "3")


def header_codes(kind: F.Kind) -> dict[str, str]:
    """Every accepted header (code, or label in ru, kk or en), folded, to its field code."""
    accepted: dict[str, str] = {}
    for f in kind.fields:
        for text in (f.code, f.ru, f.kk, f.en):
            accepted.setdefault(header_key(text), f.code)
    return accepted


def _lookup_header(accepted: dict[str, str], header: str) -> str | None:
    key = header_key(header)
    code = accepted.get(key)
    if code is None and "?" in key:
        # Russian-locale Excel saves a CSV in cp1251, which has no ² or ³:
        # «Площадь, м²» arrives as «Площадь, м?».
        code = accepted.get(key.replace("?", "2")) or accepted.get(key.replace("?", "3"))
    return code


def map_headers(kind: F.Kind, headers: list[str], file: str) -> tuple[list[str | None], list[Problem]]:
    """The field code of each column, and the problems with the header row."""
    accepted = header_codes(kind)
    columns: list[str | None] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for position, header in enumerate(headers, start=1):
        if not header:
            columns.append(None)
            continue
        code = _lookup_header(accepted, header)
        if code is None:
            problems.append(
                Problem(
                    "unknown_column",
                    {"header": header, "position": position, "kind": kind.name},
                    row=1,
                    column=header,
                    file=file,
                )
            )
        elif code in seen:
            problems.append(
                Problem(
                    "duplicate_column",
                    {"header": header, "other": seen[code], "code": code},
                    row=1,
                    column=header,
                    file=file,
                )
            )
        else:
            seen[code] = header
        columns.append(code)
    present = set(seen)
    for f in kind.fields:
        if f.required and f.code not in present:
            problems.append(
                Problem("required_column", {"code": f.code, "label": f.label("ru")}, row=1, column=f.code, file=file)
            )
    if kind is F.PREMISES and not present & {"floor_area_m2", "land_area_ha"}:
        problems.append(Problem("area_column_missing", row=1, column="floor_area_m2", file=file))
    return columns, problems


def _resolve_photos(
    paths: list[str], base: Path, column: str, row: int, file: str
) -> tuple[list[Photo], list[Problem]]:
    photos: list[Photo] = []
    problems: list[Problem] = []
    root = base.resolve()
    for text in paths:
        if "\x00" in text:
            problems.append(Problem("photo_path_nul", row=row, column=column, file=file))
            continue
        candidate = Path(text)
        if candidate.is_absolute() or candidate.drive or ".." in candidate.parts:
            problems.append(Problem("photo_path_absolute", {"path": text}, row=row, column=column, file=file))
            continue
        resolved = (root / candidate).resolve()
        if not resolved.is_relative_to(root):
            problems.append(Problem("photo_path_outside", {"path": text}, row=row, column=column, file=file))
            continue
        try:
            # Refuses a FIFO, a device or an oversized file before reading it.
            data = read_image_file(resolved, text)
            inspect_image(data, text)
        except InvalidInput as exc:
            reasons = exc.problems or [Problem("message", {"text": str(exc)})]
            problems.extend(p.at(row=row, column=column, file=file) for p in reasons)
            continue
        photos.append(Photo(resolved.name, data))
    return photos, problems


@dataclass
class _Row:
    """One data row on its way through the stages."""

    number: int
    record: dict[str, Any] = field(default_factory=dict)
    valid: bool = True  # no problem with its values
    placed: bool = True  # its id is sound (no id problem)
    photo_paths: list[str] | None = None
    #: An update's own fields (its raw values were merged with the stored record); None: a new record.
    given: set[str] | None = None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while an import makes millions of objects.

    An import builds no reference cycles, but each of the collector's runs,
    triggered by the allocations alone, would walk the rows made so far: a
    third of the checks' time at 100,000 rows (docs/performance.md).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def plan_import(catalog: Catalog, kind_name: str, path: Path) -> ImportPlan:
    """Read and check ``path`` completely; nothing is written to the catalog."""
    with _collector_paused():
        return _plan_import(catalog, kind_name, path)


def _plan_import(catalog: Catalog, kind_name: str, path: Path) -> ImportPlan:
    kind = F.kind(kind_name)
    table = read_stage(path)
    plan = ImportPlan(kind, path, table.headers, [], [], header_row=table.header_row)
    try:
        if header_stage(plan):
            _plan_rows(plan, catalog, table)
        else:
            # The file's own problems (a short row, an Excel error) still come
            # first, as when the whole file was read before its header was mapped;
            # the preview shows the rows as read.
            for row in table.rows:
                if plan.total_rows < PREVIEW_ROWS:
                    plan.rows.append(row)
                plan.total_rows += 1
    except BaseException:
        plan.close()
        raise
    finally:
        close = getattr(table.rows, "close", None)
        if close is not None:
            close()
    return plan


def _plan_rows(plan: ImportPlan, catalog: Catalog, table: TableStream) -> None:
    """Normalise and check the file's data rows a chunk at a time (see the module docstring)."""
    normalised = ProblemList()
    check = _Check(plan, catalog, catalog.lookups(), photos=True)
    plan.staged_columns = _Staging()
    for chunk in _data_chunks(table.rows):
        before = len(normalised)
        numbers, raw = normalise_stage(plan, chunk, normalised)
        plan.staged_columns.put((numbers, raw), shared=False)
        flagged = {p.row for p in normalised[before:]} | check.chunk(numbers, raw)
        shown = PREVIEW_ROWS - plan.total_rows
        plan.rows.extend(row for index, row in enumerate(chunk) if index < shown or row[0] in flagged)
        plan.total_rows += len(chunk)
    if not plan.total_rows:
        plan.problems.append(Problem("no_data_rows", row=plan.header_row, file=str(plan.path)))
        return
    stages = check.finish()
    if stages is None:
        # No row updates a record: the header's missing columns stand.
        stages = [ProblemList(plan.deferred)]
    plan.problems = _merged([normalised, *stages])


def _data_chunks(rows: Iterator[tuple[int, list[Any]]]) -> Iterator[list[tuple[int, list[Any]]]]:
    """The data rows (template hint rows left out) in lists of CHUNK_ROWS."""
    chunk: list[tuple[int, list[Any]]] = []
    size = CHUNK_ROWS
    for number, values in rows:
        if is_comment_row(values):
            continue
        chunk.append((number, values))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _merged(stages: list[ProblemList]) -> ProblemList:
    """The problems of each stage, one stage after another, then row by row: as a plan made in one piece lists them.

    A plan made in one piece ran each stage over the whole file and kept its
    first MAX_PROBLEMS problems; each stage here kept its own first ones
    (in row order, chunk after chunk), which is all that can be among them.
    """
    merged = ProblemList()
    for stage in stages:
        merged.extend(stage)
    merged.total = sum(stage.total for stage in stages)
    # Stage by stage, then row by row: each row's problems together, in file order.
    merged.sort(key=lambda p: 0 if p.row is None else p.row)
    return merged


def read_stage(path: Path) -> TableStream:
    """Read: the file's header row, and its rows as they are read, whatever the format."""
    table = open_table(path)
    if not any(table.headers):
        raise ValidationFailed([Problem("no_header", row=1, file=str(path))])
    return table


def header_stage(plan: ImportPlan) -> bool:
    """Map headers: each column's field code; False when the header row has problems."""
    file = str(plan.path)
    columns, problems = map_headers(plan.kind, plan.headers, file)
    # JSON has no header row: its keys are the columns, so "row 1" would
    # point at the first object, which may not even hold the key. A sheet's
    # header may start lower down than row 1.
    header_row = None if plan.path.suffix.lower() == ".json" else plan.header_row
    problems = [replace(p, row=header_row) for p in problems]
    plan.columns = columns
    plan.header_of = {code: header for code, header in zip(columns, plan.headers, strict=True) if code}
    if "id" in columns and all(p.code in MISSING_COLUMN for p in problems):
        # Rows that name existing records update only the columns given, so
        # a missing required column is a problem only for a row adding one.
        plan.deferred = problems
        return True
    plan.problems.extend(problems)
    return not problems


def normalise_stage(
    plan: ImportPlan, data_rows: list[tuple[int, list[Any]]], problems: list[Problem]
) -> tuple[list[int], dict[str, list[Any]]]:
    """Normalise: a chunk of data rows as columns of values as typed; values under no header are problems."""
    file = str(plan.path)
    columns = plan.columns
    # Only spreadsheets get formula-neutralised text on export (see tabular.neutralise).
    spreadsheet = plan.path.suffix.lower() != ".json"
    # Cells under no header: only these positions need looking at (in order).
    headerless = [index for index, code in enumerate(columns) if code is None]
    width = len(columns)
    for number, values in data_rows:
        if not headerless and len(values) <= width:
            continue
        for index in (*headerless, *range(width, len(values))):
            if index < len(values) and not is_blank(values[index]):
                problems.append(
                    Problem(
                        "value_without_header",
                        {"value": str(values[index])[:40]},
                        row=number,
                        column=str(index + 1),
                        file=file,
                    )
                )
    # Column by column: a short CSV row's missing cells are blank. (A JSON
    # object without a key leaves that field alone on update instead: ABSENT.)
    cells = list(itertools.zip_longest(*(values for _, values in data_rows), fillvalue=None))
    raw: dict[str, list[Any]] = {}
    for index, code in enumerate(columns):
        if code is None:
            continue
        column = list(cells[index]) if index < len(cells) else [None] * len(data_rows)
        raw[code] = _unneutralised(column) if spreadsheet else column
    return [number for number, _ in data_rows], raw


def _unneutralised(column: list[Any]) -> list[Any]:
    """tabular.unneutralise of each cell; a column of text with no apostrophe needs no look at each."""
    try:
        if "'" not in "\n".join(column):
            return column
    except TypeError:
        pass  # not all text
    return [unneutralise(v) for v in column]


class _Pending:
    """The place in ``ImportPlan.basis`` of a new record whose id is given once the whole file is read."""

    __slots__ = ("number",)

    def __init__(self, number: int) -> None:
        self.number = number


class _Check:
    """The stages that depend on the catalog, run a chunk at a time: updates, validate, ids, links, records, photos.

    Holds what they need to know across chunks (see the module docstring),
    and each stage's problems: only the first MAX_PROBLEMS of each are kept.
    """

    def __init__(self, plan: ImportPlan, catalog: Catalog, lookups: Lookups, *, photos: bool) -> None:
        self.plan, self.catalog, self.lookups, self.photos = plan, catalog, lookups, photos
        self.existing = _existing(catalog, plan.kind)
        self.validated, self.placed, self.linked, self.photographed = (ProblemList() for _ in range(4))
        #: id key → the row that gave it first.
        self.seen: dict[Any, int] = {}
        #: The ids the file gives itself (int ids): no row without an id may get one of them.
        self.given: set[Any] = set()
        self.updates = False
        #: Each staged chunk's rows that get a new id (see id_stage).
        self.waiting: list[list[int]] = []
        self.towns: dict[Any, Any] | None = None
        plan.staged_records = _Staging()
        plan.basis, plan.added, plan.updated = {}, 0, 0

    def chunk(self, numbers: list[int], raw: dict[str, list[Any]]) -> set[int]:
        """Check one chunk and stage its records; returns the rows of the problems kept."""
        plan, kind = self.plan, self.plan.kind
        stages = (self.validated, self.placed, self.linked, self.photographed)
        before = [len(stage) for stage in stages]
        rows = [_Row(number) for number in numbers]
        columns = update_stage(plan, self.catalog, rows, self.existing, raw)
        self.updates = self.updates or any(row.given is not None for row in rows)
        validate_stage(plan, rows, columns, self.lookups, self.validated)
        if kind.id_type == F.INT:
            self.given.update(_ids(kind, raw.get("id", [])))
        waiting = id_stage(plan, rows, self.existing, self.seen, self.placed)
        if kind is F.ZONES and self.towns is None:
            self.towns = dict(self.catalog.db.execute("SELECT id, town FROM zones").fetchall())
        links_stage(plan, self.catalog, rows, self.existing, self.towns or {}, self.linked)
        assert plan.staged_records is not None
        plan.staged_records.put(records_stage(plan, rows, self.existing))
        self.waiting.append(waiting)
        if self.photos:
            photo_stage(plan, rows, self.photographed)
        return {p.row for stage, n in zip(stages, before, strict=True) for p in stage[n:] if p.row is not None}

    def finish(self) -> list[ProblemList] | None:
        """New ids for the rows without one, now that every id of the file is known; the problems by stage.

        None when the header's missing columns turned out to be problems (no row updates a record).
        """
        plan = self.plan
        if plan.deferred and not self.updates:
            plan.photos.clear()
            return None
        staging = plan.staged_records
        assert staging is not None
        assigned: dict[int, Any] = {}
        next_id = max(self.existing, default=0) + 1 if plan.kind.id_type == F.INT else None
        # Ids the file gives itself: a row without an id must not get one of them,
        # or the later row would silently overwrite it.
        taken = set(self.existing) | self.given if next_id is not None else set()
        for index, waiting in enumerate(self.waiting):
            if not waiting or next_id is None:
                continue
            records = staging.get(index)
            found = dict(records)
            for number in waiting:
                while next_id in taken:
                    next_id += 1
                if number in found:
                    found[number]["id"] = assigned[number] = next_id
                next_id += 1
            staging.replace(index, records)
        if assigned:
            plan.basis = {
                (assigned[key.number] if isinstance(key, _Pending) else key): version
                for key, version in plan.basis.items()
            }
        plan.lookups_seen = _fingerprint(self.lookups)
        return [self.validated, self.placed, self.linked, self.photographed]


def update_stage(
    plan: ImportPlan,
    catalog: Catalog,
    rows: list[_Row],
    existing: dict[Any, tuple[Any, int]],
    columns: dict[str, list[Any]],
) -> dict[str, list[Any]]:
    """Updates: a row whose id names a stored record is checked merged with it and writes only its own columns.

    The merge is :func:`guide.catalog.validate.merged_with_stored`'s, the same
    as a form's edit: the fields the row leaves out (a column the file lacks,
    a key a JSON object leaves out) keep their stored values, required ones
    too, and checks across fields see them. A file lacking a required column
    is refused at its header unless some row updates a record; then each row
    that adds one is refused for it (validate_stage; whether any row updates
    a record is settled once the whole file is read, see _Check.finish).
    Returns the columns to check (the chunk's, with the stored values merged in).
    """
    kind = plan.kind
    stored_codes = set(kind.stored_codes)
    merge: dict[Any, list[int]] = {}
    ids = columns.get("id")
    if ids is not None:
        # Cells a JSON object leaves out: only such columns differ from row to row.
        gappy = [code for code, values in columns.items() if ABSENT in values]
        for index, (row, key) in enumerate(zip(rows, _id_keys(kind, ids), strict=True)):
            if key in existing:
                row.given = set(columns) - {code for code in gappy if columns[code][index] is ABSENT}
                if not stored_codes <= row.given:
                    # (Two rows with one id are both merged; id_stage refuses the second.)
                    merge.setdefault(existing[key][0], []).append(index)
    if not merge:
        return columns
    # The staged columns stay as the file has them: a plan made again merges the records as they are then.
    merged = dict(columns)
    copied: set[str] = set()
    for stored in _stored(catalog, kind, list(merge)):
        for index in merge[stored["id"]]:
            for code in kind.stored_codes:
                if code not in merged:
                    merged[code] = [ABSENT] * len(rows)
                    copied.add(code)
                if merged[code][index] is ABSENT:
                    if code not in copied:
                        merged[code] = list(merged[code])
                        copied.add(code)
                    merged[code][index] = stored.get(code)
    return merged


def validate_stage(
    plan: ImportPlan, rows: list[_Row], columns: dict[str, list[Any]], lookups: Lookups, found: list[Problem]
) -> None:
    """Validate: each row's values read and checked (guide.catalog.validate); problems by header.

    The values are checked column by column (each field's checks compiled
    once), with the same results and problems, row by row, as the forms' check
    of one record (tests/catalog/test_column_checks.py).
    """
    file = str(plan.path)
    records, problems_of = validate_columns(plan.kind, columns, len(rows), lookups)
    for index, (row, record) in enumerate(zip(rows, records, strict=True)):
        problems = problems_of.get(index, [])
        if row.given is not None:
            record = only_given(record, row.given)
        elif plan.deferred:
            problems = _new_row_problems(plan, problems)
        if problems:
            for p in problems:
                column = plan.header_of.get(p.column or "", p.column)
                label = column if column == p.column else f"{column} ({p.column})"
                found.append(p.at(row=row.number, column=label, file=file))
            row.valid = False
        row.record = record
        row.photo_paths = record.pop("photos", None)


def id_stage(
    plan: ImportPlan,
    rows: list[_Row],
    existing: dict[Any, tuple[Any, int]],
    seen: dict[Any, int],
    found: list[Problem],
) -> list[int]:
    """Assign ids: a row's own id (a town's matched to an existing one ignoring case and spaces), else a new one.

    ``seen`` holds the ids of the chunks before (id key → first row). Returns
    the rows that get a new id: _Check.finish gives them, in row order, once
    every id the file gives is known.
    """
    kind, file = plan.kind, str(plan.path)
    id_column = plan.header_of.get("id", "id")
    waiting: list[int] = []
    for row in rows:
        record = row.record
        record_id = record.get("id")
        if kind.id_type == F.INT and record_id is not None:
            if record_id <= 0:
                found.append(Problem("bad_id", {"id": record_id}, row=row.number, column=id_column, file=file))
                row.placed = False
                continue
        if kind is F.TOWNS and not record_id and row.valid:
            record_id = record["id"] = slug(record.get("name_en") or record.get("name") or "")
        if record_id is not None:
            key = id_key(record_id)
            if key in existing:
                # `Temirtau` is the town `temirtau`, never a second one.
                record_id = record["id"] = existing[key][0]
            if key in seen:
                found.append(
                    Problem(
                        "duplicate_id",
                        {"id": record_id, "other_row": seen[key]},
                        row=row.number,
                        column=id_column,
                        file=file,
                    )
                )
                row.placed = False
                continue
            seen[key] = row.number
        elif kind.id_type == F.INT:
            waiting.append(row.number)
    return waiting


def links_stage(
    plan: ImportPlan,
    catalog: Catalog,
    rows: list[_Row],
    existing: dict[Any, tuple[Any, int]],
    towns: dict[Any, Any],
    found: list[Problem],
) -> None:
    """Check links: a zone can't move to another town while its premises stay in the old one (``towns``: zone → town)."""
    if plan.kind is not F.ZONES:
        return
    for row in rows:
        zone, town = row.record.get("id"), row.record.get("town")
        if not (row.valid and row.placed) or zone not in existing or town is None or towns.get(zone) == town:
            continue
        stranded = [
            r[0]
            for r in catalog.db.execute(
                "SELECT id FROM premises WHERE zone = ? AND town IS NOT ? ORDER BY id", [zone, town]
            )
        ]
        if stranded:
            found.append(
                Problem(
                    "zone_move_strands_premises",
                    {
                        "zone": zone,
                        "old_town": towns[zone],
                        "new_town": town,
                        "premises": ", ".join(str(p) for p in stranded),
                    },
                    row=row.number,
                    column=plan.header_of.get("town", "town"),
                    file=str(plan.path),
                )
            )
            row.valid = False


def records_stage(
    plan: ImportPlan, rows: list[_Row], existing: dict[Any, tuple[Any, int]]
) -> list[tuple[int, dict[str, Any]]]:
    """The records to write: an update touches the columns given, a new record gets the defaults."""
    records = []
    for row in rows:
        if not (row.valid and row.placed):
            continue
        record = row.record
        found = existing.get(id_key(record.get("id")))
        if found is not None:
            plan.updated += 1
            plan.basis[found[0]] = found[1]
        else:
            plan.added += 1
            # A new record gets the documented defaults (status "vacant"...)
            # for the columns the file doesn't have.
            complete_new(plan.kind, record, stamp_as_of=False)
            waiting = plan.kind.id_type == F.INT and record.get("id") is None
            plan.basis[_Pending(row.number) if waiting else record.get("id")] = None
        records.append((row.number, record))
    return records


def photo_stage(plan: ImportPlan, rows: list[_Row], found: list[Problem]) -> None:
    """Photos: each row's photo files, read and checked, from the file's folder."""
    for row in rows:
        if row.placed and row.photo_paths:
            photos, problems = _resolve_photos(
                row.photo_paths, plan.path.parent, plan.header_of["photos"], row.number, str(plan.path)
            )
            found.extend(problems)
            plan.photos[row.number] = photos


def apply_import(
    catalog: Catalog,
    plan: ImportPlan,
    *,
    backup: bool = True,
    progress: Callable[[int, int], None] | None = None,
    if_changed: str = REFUSE,
) -> ImportResult:
    """Apply: write a checked plan in one transaction; refuses a plan with problems.

    Inside the transaction the plan is checked against the catalog as it is
    now; see the module docstring for ``if_changed``.
    """
    if plan.problems:
        raise ValidationFailed(plan.problems)
    kind = plan.kind
    if backup:
        make_backup(catalog, reason="before-import")
    with _collector_paused(), catalog.transaction(), _large_cache(catalog, plan.added + plan.updated):
        changed = changes_since(catalog, plan)
        if changed:
            if if_changed != REPLAN:
                raise ValidationFailed([Problem("catalog_changed", {"what": changed}, file=str(plan.path))])
            plan = replan(catalog, plan)
            if plan.problems:
                raise ValidationFailed(plan.problems)
        # The photos' records, whose ids are known only as the records pass.
        ids: dict[int, Any] = {}

        def records() -> Iterator[dict[str, Any]]:
            for number, record in plan.each_record():
                if number in plan.photos:
                    ids[number] = record["id"]
                yield record

        # An iterator: the records are read back from the staging a chunk at a time.
        catalog.writer.upsert(kind.name, records(), progress=progress, total=plan.added + plan.updated)
        for number, photos in plan.photos.items():
            _replace_photos(catalog, ids[number], photos)
        _check_links_written(catalog, plan)
    catalog.notify(kind.name)
    return ImportResult(plan.added, plan.updated)


@contextmanager
def _large_cache(catalog: Catalog, rows: int) -> Iterator[None]:
    """A larger page cache for a write of many rows, given back afterwards."""
    if rows < 10_000:
        yield
        return
    before = catalog.db.execute("PRAGMA cache_size").fetchone()[0]
    catalog.db.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        catalog.db.execute(f"PRAGMA cache_size = {int(before)}")


def changes_since(catalog: Catalog, plan: ImportPlan) -> str:
    """What changed in the catalog since ``plan`` was made that it depends on ("" when nothing)."""
    kind = plan.kind
    existing = _existing(catalog, kind)
    moved = [
        str(record_id)
        for record_id, version in plan.basis.items()
        if (existing.get(id_key(record_id)) or (None, None))[1] != version
    ]
    what = ", ".join(moved[:10]) + (f" … (+{len(moved) - 10})" if len(moved) > 10 else "")
    if not moved and _fingerprint(catalog.lookups(fresh=True)) != plan.lookups_seen:
        what = "towns, zones"
    return what


def replan(catalog: Catalog, plan: ImportPlan) -> ImportPlan:
    """The same rows planned again against the catalog as it is now (the photos are kept)."""
    fresh = replace(plan, problems=ProblemList(), basis={}, staged_records=None)
    check = _Check(fresh, catalog, catalog.lookups(fresh=True), photos=False)
    assert plan.staged_columns is not None
    for numbers, raw in plan.staged_columns:
        check.chunk(numbers, raw)
    stages = check.finish()
    fresh.problems = _merged(stages if stages is not None else [ProblemList(plan.deferred)])
    return fresh


def import_file(
    catalog: Catalog, kind_name: str, path: Path, *, backup: bool = True, if_changed: str = REPLAN
) -> ImportResult:
    """Import ``path`` or raise ValidationFailed listing every problem; all or nothing."""
    plan = plan_import(catalog, kind_name, path)
    if plan.problems:
        raise ValidationFailed(plan.problems)
    return apply_import(catalog, plan, backup=backup, if_changed=if_changed)


# -- helpers -----------------------------------------------------------------------


def _ids(kind: F.Kind, values: list[Any]) -> list[Any]:
    """The ids a column gives, read as the id field reads them; the blank and bad ones left out."""
    return [value for value in _read_ids(kind, values) if value is not None]


def _id_keys(kind: F.Kind, values: list[Any]) -> list[Any]:
    """The id key (see writer.id_key) of each id a column gives, or None (no id, or not an id)."""
    return [None if value is None else id_key(value) for value in _read_ids(kind, values)]


def _read_ids(kind: F.Kind, values: list[Any]) -> list[Any]:
    """Each id of a column as the id field reads it; None for a blank, absent or bad one."""
    read = field_check(kind.field("id")).column(values, Lookups())
    return [None if v is BLANK or v is ABSENT or isinstance(v, BadValue) else v for v in read]


def _stored(catalog: Catalog, kind: F.Kind, ids: list[Any]) -> Iterable[dict[str, Any]]:
    """The stored records with these ids."""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        yield from catalog.db.query(f"SELECT * FROM {kind.table} WHERE id IN ({marks})", chunk)  # noqa: S608


def _new_row_problems(plan: ImportPlan, problems: list[Problem]) -> list[Problem]:
    """A new row's problems, where a value is missing because the file lacks its column said so."""
    lacking = {p.column: p for p in plan.deferred}
    result = []
    for p in problems:
        header = lacking.get(p.column)
        if header is not None and p.code in ("required_missing", "area_missing"):
            p = Problem(MISSING_COLUMN[header.code], header.params, column=p.column)
        result.append(p)
    return result


def _existing(catalog: Catalog, kind: F.Kind) -> dict[Any, tuple[Any, int]]:
    """Every record of ``kind`` now: id key (see writer.id_key) → (id, version)."""
    rows = catalog.db.execute(f"SELECT id, version FROM {kind.table}").fetchall()  # noqa: S608
    return {id_key(record_id): (record_id, version) for record_id, version in rows}


def _fingerprint(lookups: Lookups) -> int:
    return hash(
        (
            tuple(sorted(lookups.towns.items())),
            tuple(sorted(lookups.zones.items())),
            tuple(sorted(lookups.zone_towns.items())),
        )
    )


def _replace_photos(catalog: Catalog, premise_id: Any, photos: Iterable[Photo]) -> None:
    catalog.db.execute("DELETE FROM photos WHERE premise = ?", [premise_id])
    for position, photo in enumerate(photos):
        info = inspect_image(photo.data, photo.filename)
        catalog.db.table("photos").insert(
            {
                "premise": premise_id,
                "position": position,
                "filename": photo.filename,
                "mime": info.mime,
                "width": info.width,
                "height": info.height,
                "data": photo.data,
            }
        )


def _check_links_written(catalog: Catalog, plan: ImportPlan) -> None:
    """A premise's town and its zone's town agree, even when both came from this file."""
    if plan.kind is F.PREMISES:
        bad = catalog.db.execute(
            "SELECT p.id FROM premises p JOIN zones z ON z.id = p.zone WHERE p.town != z.town LIMIT 1"
        ).fetchone()
        if bad:
            raise ValidationFailed(
                [Problem("premise_zone_other_town", {"id": bad[0]}, column="zone", file=str(plan.path))]
            )
    elif plan.kind is F.ZONES:
        catalog.writer.check_zone_towns(record["id"] for _, record in plan.each_record())
