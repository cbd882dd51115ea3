"""Importing records from CSV, XLSX and JSON files: all or nothing.

:func:`plan_import` reads and checks the whole file and writes nothing: the
GUI shows its preview and problems, the CLI prints the problems. Only a plan
without problems can be applied, and :func:`apply_import` writes it in one
transaction, after a backup. A row whose ``id`` exists updates that record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.errors import InvalidInput, Problem, ValidationFailed
from guide.catalog.photos import inspect_image
from guide.catalog.store import Catalog, _now, slug
from guide.catalog.tabular import MISSING, is_comment_row, read_table, unneutralise
from guide.catalog.validate import BadValue, is_blank, parse_int, validate

# Rows written per statement by apply_import (and between progress reports).
IMPORT_CHUNK = 10_000
STAGING = "import_rows"


@dataclass
class Photo:
    filename: str
    data: bytes


@dataclass
class ImportPlan:
    """What an import would do. ``problems`` empty means it can be applied."""

    kind: F.Kind
    path: Path
    headers: list[str]
    columns: list[str | None]
    rows: list[tuple[int, list[Any]]]
    records: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    photos: dict[Any, list[Photo]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    added: int = 0
    updated: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


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
        candidate = Path(text)
        if candidate.is_absolute() or candidate.drive or ".." in candidate.parts:
            problems.append(Problem("photo_path_absolute", {"path": text}, row=row, column=column, file=file))
            continue
        resolved = (root / candidate).resolve()
        if not resolved.is_relative_to(root):
            problems.append(Problem("photo_path_outside", {"path": text}, row=row, column=column, file=file))
            continue
        try:
            data = resolved.read_bytes()
        except OSError as exc:
            problems.append(
                Problem("photo_unreadable", {"path": text, "reason": exc.strerror}, row=row, column=column, file=file)
            )
            continue
        try:
            inspect_image(data, text)
        except InvalidInput as exc:
            reasons = exc.problems or [Problem("message", {"text": str(exc)})]
            problems.extend(p.at(row=row, column=column, file=file) for p in reasons)
            continue
        photos.append(Photo(resolved.name, data))
    return photos, problems


def plan_import(catalog: Catalog, kind_name: str, path: Path) -> ImportPlan:
    """Read and check ``path`` completely; nothing is written."""
    kind = F.kind(kind_name)
    file = str(path)
    table = read_table(path)
    if not any(table.headers):
        raise ValidationFailed([Problem("no_header", row=1, file=file)])
    columns, problems = map_headers(kind, table.headers, file)
    # Only spreadsheets get formula-neutralised text on export (see tabular.neutralise).
    spreadsheet = path.suffix.lower() != ".json"
    if not spreadsheet:
        # JSON has no header row: its keys are the columns, so "row 1" would
        # point at the first object, which may not even hold the key.
        problems = [replace(p, row=None) for p in problems]
    plan = ImportPlan(kind, path, table.headers, columns, table.rows, problems=problems)
    if problems:
        return plan
    data_rows = [(n, values) for n, values in table.rows if not is_comment_row(values)]
    plan.rows = data_rows
    if not data_rows:
        plan.problems.append(Problem("no_data_rows", row=1, file=file))
        return plan
    existing = {r[0] for r in catalog.db.execute(f"SELECT id FROM {kind.table}")}
    lookups = catalog.lookups()
    header_of = {code: header for code, header in zip(columns, table.headers, strict=True) if code}
    seen_ids: dict[Any, int] = {}
    next_id = None
    # Ids the file gives itself: a row without an id must not get one of them,
    # or the later row would silently overwrite it.
    taken = set(existing)
    if kind.id_type == F.INT:
        next_id = int(catalog.db.execute(f"SELECT coalesce(max(id), 0) FROM {kind.table}").fetchone()[0]) + 1
        if "id" in columns:
            position = columns.index("id")
            for _, values in data_rows:
                try:
                    taken.add(parse_int(unneutralise(values[position])))
                except (BadValue, IndexError):
                    pass
    # Cells under no header: only these positions need looking at (in order).
    headerless = [index for index, code in enumerate(columns) if code is None]
    for number, values in data_rows:
        for index in (*headerless, *range(len(columns), len(values))):
            if index < len(values) and not is_blank(values[index]):
                plan.problems.append(
                    Problem(
                        "value_without_header",
                        {"value": str(values[index])[:40]},
                        row=number,
                        column=str(index + 1),
                        file=file,
                    )
                )
        raw: dict[str, Any] = {}
        for code, value in zip(columns, values, strict=False):
            if code is not None and value is not MISSING:
                raw[code] = unneutralise(value) if spreadsheet else value
        if spreadsheet:
            # A short CSV row: its missing cells are blank. (A JSON object
            # without a key leaves that field alone on update instead.)
            for code in columns:
                if code is not None:
                    raw.setdefault(code, None)
        record, row_problems = validate(kind, raw, lookups)
        for p in row_problems:
            column = header_of.get(p.column or "", p.column)
            label = column if column == p.column else f"{column} ({p.column})"
            plan.problems.append(p.at(row=number, column=label, file=file))
        record_id = record.get("id")
        if kind.id_type == F.INT and record_id is not None:
            try:
                record_id = parse_int(record_id)
                if record_id <= 0:
                    raise BadValue("bad_id", id=record_id)
            except BadValue as exc:
                plan.problems.append(exc.problem.at(row=number, column=header_of["id"], file=file))
                continue
            record["id"] = record_id
        if kind is F.TOWNS and not record_id and not row_problems:
            record_id = record["id"] = slug(record.get("name_en") or record.get("name") or "")
        if record_id is not None:
            if record_id in seen_ids:
                plan.problems.append(
                    Problem(
                        "duplicate_id",
                        {"id": record_id, "other_row": seen_ids[record_id]},
                        row=number,
                        column=header_of.get("id", "id"),
                        file=file,
                    )
                )
                continue
            seen_ids[record_id] = number
        elif next_id is not None:
            while next_id in taken:
                next_id += 1
            record["id"] = record_id = next_id
            next_id += 1
        photo_paths = record.pop("photos", None)
        if photo_paths:
            photos, photo_problems = _resolve_photos(photo_paths, path.parent, header_of["photos"], number, file)
            plan.problems.extend(photo_problems)
            plan.photos[record_id] = photos
        if row_problems:
            continue
        if record_id in existing:
            plan.updated += 1
        else:
            plan.added += 1
            # A new record gets the documented defaults (status "vacant"...)
            # for the columns the file doesn't have.
            for code, default in kind.defaults().items():
                if record.get(code) is None:
                    record[code] = default
        plan.records.append((number, record))
    return plan


def apply_import(
    catalog: Catalog, plan: ImportPlan, *, backup: bool = True, progress: Callable[[int, int], None] | None = None
) -> ImportResult:
    """Write a checked plan in one transaction; refuses a plan with problems."""
    if plan.problems:
        raise ValidationFailed(plan.problems)
    kind = plan.kind
    if backup:
        from guide.catalog.backup import make_backup

        make_backup(catalog, reason="before-import")
    now = _now()
    total = len(plan.records)
    with catalog.transaction():
        # Group rows by the columns they carry, so each group is one
        # executemany; updates touch only the columns the file has.
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for _, record in plan.records:
            groups.setdefault(tuple(record), []).append(record)
        done = 0
        conn = catalog.db.conn
        for columns, records in groups.items():
            # The rows go first into a temporary table, then into the catalog
            # one chunk per statement: the full-text index writes its changes
            # out at the end of each statement, so row-by-row inserts would
            # write (and later merge) one tiny index segment per row, which
            # made up two thirds of a 100,000-row import (tests/benchmarks).
            conn.execute(f"DROP TABLE IF EXISTS temp.{STAGING}")
            conn.execute(f"CREATE TEMP TABLE {STAGING} ({', '.join(columns)})")
            conn.executemany(
                f"INSERT INTO temp.{STAGING} VALUES ({', '.join('?' for _ in columns)})",
                ([r[c] for c in columns] for r in records),
            )
            updates = [c for c in columns if c != "id"]
            sql = (
                f"INSERT INTO {kind.table} ({', '.join(columns)}, version, updated_at) "
                f"SELECT {', '.join(columns)}, 1, ? FROM temp.{STAGING} WHERE rowid > ? AND rowid <= ? ORDER BY rowid "
                f"ON CONFLICT(id) DO UPDATE SET "
                + ", ".join(f"{c} = excluded.{c}" for c in updates)
                + (", " if updates else "")
                + "version = version + 1, updated_at = excluded.updated_at"
            )
            for start in range(0, len(records), IMPORT_CHUNK):
                conn.execute(sql, [now, start, start + IMPORT_CHUNK])
                done += min(IMPORT_CHUNK, len(records) - start)
                if progress:
                    progress(done, total)
            conn.execute(f"DROP TABLE temp.{STAGING}")
        for record_id, photos in plan.photos.items():
            catalog.db.execute("DELETE FROM photos WHERE premise = ?", [record_id])
            for position, photo in enumerate(photos):
                info = inspect_image(photo.data, photo.filename)
                catalog.db.table("photos").insert(
                    {
                        "premise": record_id,
                        "position": position,
                        "filename": photo.filename,
                        "mime": info.mime,
                        "width": info.width,
                        "height": info.height,
                        "data": photo.data,
                    }
                )
        # A premise's town and zone must agree even when both came from this file.
        if kind is F.PREMISES:
            bad = catalog.db.execute(
                "SELECT p.id FROM premises p JOIN zones z ON z.id = p.zone WHERE p.town != z.town LIMIT 1"
            ).fetchone()
            if bad:
                raise ValidationFailed(
                    [Problem("premise_zone_other_town", {"id": bad[0]}, column="zone", file=str(plan.path))]
                )
    catalog.notify(kind.name)
    return ImportResult(plan.added, plan.updated)


def import_file(catalog: Catalog, kind_name: str, path: Path, *, backup: bool = True) -> ImportResult:
    """Import ``path`` or raise ValidationFailed listing every problem; all or nothing."""
    plan = plan_import(catalog, kind_name, path)
    if plan.problems:
        raise ValidationFailed(plan.problems)
    return apply_import(catalog, plan, backup=backup)
