"""Reading and writing CSV, XLSX and JSON tables, as real akimat files come.

A CSV from Russian-locale Excel uses ``;`` and cp1251; others are UTF-8, with
or without a BOM, with ``,`` or tabs, and any line endings. XLSX cells arrive
as numbers, dates or text; formulas as their computed values. This module
only turns files into rows; what the values mean is ``validate``'s business.
"""

from __future__ import annotations

import csv
import glob
import io
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guide.catalog.errors import InvalidInput, Problem

FORMATS = (".csv", ".xlsx", ".json")
# Formula injection: a spreadsheet runs text starting with these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
csv.field_size_limit(16 * 1024 * 1024)


class _Missing:
    """A JSON object without a key: unlike ``null``, it leaves the field as it is on update."""

    def __str__(self) -> str:
        return ""

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Any = _Missing()


@dataclass
class Table:
    """A file's header and rows; ``rows`` holds (row number as the user sees it, values)."""

    headers: list[str]
    rows: list[tuple[int, list[Any]]]


def file_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput(Problem("file_type", {"path": path, "suffix": suffix or "(none)"}))
    return suffix


def read_table(path: Path) -> Table:
    """Read ``path`` by its extension. InvalidInput names the file and the reason."""
    fmt = file_format(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(Problem("file_unreadable", {"path": path, "reason": exc.strerror})) from None
    if not data.strip():
        raise InvalidInput(Problem("file_empty", {"path": path}))
    if fmt == ".csv":
        return _read_csv(path, data)
    if fmt == ".xlsx":
        return _read_xlsx(path, data)
    return _read_json(path, data)


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Excel's "Unicode text" (tab-separated) is UTF-16 with a BOM.
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Russian-locale Excel saves "CSV (разделители — точка с запятой)" as cp1251.
        return data.decode("cp1251")


def _read_csv(path: Path, data: bytes) -> Table:
    try:
        text = _decode(data)
    except UnicodeDecodeError as exc:
        raise InvalidInput(Problem("not_text", {"path": path, "reason": exc.reason})) from None
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[Any]]] = []
    headers: list[str] | None = None
    # Rows as Excel numbers them: one per record (a blank line is a row too),
    # however many lines a quoted cell spans.
    number = 0
    try:
        for values in reader:
            number += 1
            if not any(v.strip() for v in values):
                continue
            if headers is None:
                headers = [v.strip() for v in values]
                continue
            rows.append((number, list(values)))
    except csv.Error as exc:
        raise InvalidInput(f"{path}: row {number + 1}: not valid CSV ({exc})") from None
    return Table(headers or [], rows)


def _read_xlsx(path: Path, data: bytes) -> Table:
    import zipfile

    from openpyxl import load_workbook

    try:
        # data_only: formula cells give the value Excel computed and saved.
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InvalidInput(Problem("not_xlsx", {"path": path, "reason": exc})) from None
    try:
        # The first sheet holds the data; later sheets (hints, notes) are ignored.
        sheet = workbook.worksheets[0]
        rows: list[tuple[int, list[Any]]] = []
        headers: list[str] | None = None
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = list(values)
            if headers is None:
                if not any(v is not None and str(v).strip() for v in cells):
                    continue
                headers = ["" if v is None else str(v).strip() for v in cells]
                continue
            if not any(v is not None and str(v).strip() for v in cells):
                continue
            rows.append((number, cells))
    finally:
        workbook.close()
    if headers is not None:
        # Trailing empty header cells are formatting, not columns.
        while headers and not headers[-1]:
            headers.pop()
    return Table(headers or [], rows)


def _read_json(path: Path, data: bytes) -> Table:
    try:
        document = json.loads(_decode(data))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(document, list):
        raise InvalidInput(f"{path}: expected a JSON array of objects, found {type(document).__name__}")
    headers: list[str] = []
    for item in document:
        if isinstance(item, dict):
            for key in item:
                if key not in headers:
                    headers.append(str(key))
    rows: list[tuple[int, list[Any]]] = []
    for number, item in enumerate(document, start=1):
        if not isinstance(item, dict):
            raise InvalidInput(f"{path}: row {number}: expected an object, found {type(item).__name__}")
        rows.append((number, [item.get(h, MISSING) for h in headers]))
    return Table(headers, rows)


def is_comment_row(values: Sequence[Any]) -> bool:
    """A template's hint row: every non-empty cell starts with '#'."""
    # A data row is told at its first filled cell, without reading the rest.
    found = False
    for value in values:
        cell = "" if value is None else str(value).strip()
        if cell:
            if not cell.startswith("#"):
                return False
            found = True
    return found


def neutralise(value: Any) -> Any:
    """Text a spreadsheet would run as a formula gets a leading apostrophe.

    Text that already starts with apostrophes before a formula character
    (``'=x``) gets one more, so :func:`unneutralise` gives it back unchanged.
    """
    if isinstance(value, str) and value.lstrip("'").startswith(_FORMULA_START):
        return "'" + value
    return value


def unneutralise(value: Any) -> Any:
    """Undo :func:`neutralise` on import, so export then import round-trips."""
    if isinstance(value, str) and value.startswith("'") and value.lstrip("'").startswith(_FORMULA_START):
        return value[1:]
    return value


def remove_stale_parts(path: Path) -> None:
    """Delete the temporary files that killed earlier writes of ``path`` left behind.

    A part file is ``.NAME.PID.XXXX.part``; it is stale when that process is gone.
    """
    folder = path.parent if str(path.parent) else Path(".")
    for part in folder.glob(f".{glob.escape(path.name)}.*.part"):
        pid = part.name[len(path.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _process_alive(int(pid)):
            part.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    if os.name != "posix":
        # No cheap, safe check (os.kill(pid, 0) sends Ctrl+C on Windows): keep the file.
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def atomic_write(path: Path, write: Any, *, binary: bool = False) -> None:
    """Write through a temporary file in the target folder, then rename over the target."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput(Problem("no_folder", {"path": path, "folder": folder}))
    remove_stale_parts(path)
    try:
        # The writer's pid in the name tells a later run whose leftover it is.
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise InvalidInput(Problem("cant_write_in", {"path": path, "folder": folder, "reason": exc.strerror})) from None
    try:
        if binary:
            with os.fdopen(fd, "wb") as fh:
                write(fh)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                write(fh)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InvalidInput(Problem("cant_write", {"path": path, "reason": exc.strerror})) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_table(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], *, hints: Sequence[str] = ()
) -> None:
    """Write rows as CSV, XLSX or JSON by the extension; text is neutralised for spreadsheets.

    ``hints``, when given, is a second row of ``#`` comments (CSV), or a note
    on each header and a help sheet (XLSX), with the allowed values and units:
    for templates.
    """
    fmt = file_format(path)
    if fmt == ".json":
        objects = [{h: v for h, v in zip(headers, row, strict=True) if v is not None and v != ""} for row in rows]
        atomic_write(path, lambda fh: fh.write(json.dumps(objects, ensure_ascii=False, indent=1) + "\n"))
    elif fmt == ".csv":

        def write_csv(fh: Any) -> None:
            # A BOM, so Excel opens the UTF-8 file with the right letters.
            fh.write("\ufeff")
            writer = csv.writer(fh, lineterminator="\r\n")
            writer.writerow(headers)
            if hints:
                # The importer skips a row whose every cell starts with '#'.
                writer.writerow([f"# {h}" if h else "#" for h in hints])
            for row in rows:
                writer.writerow(["" if v is None else neutralise(v) for v in row])

        atomic_write(path, write_csv)
    else:
        _write_xlsx(path, headers, rows, hints)


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], hints: Sequence[str]) -> None:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font

    workbook = Workbook(write_only=False)
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, hint in enumerate(hints, start=1):
        if hint:
            sheet.cell(row=1, column=column).comment = Comment(hint, "Investor Guide")
    for row in rows:
        sheet.append([neutralise(v) for v in row])
    for column, header in enumerate(headers, start=1):
        letter = sheet.cell(row=1, column=column).column_letter
        sheet.column_dimensions[letter].width = max(12, min(40, len(str(header)) + 2))
    sheet.freeze_panes = "A2"
    if hints:
        notes = workbook.create_sheet("Справка")
        notes.append(["column", "allowed values and units"])
        for header, hint in zip(headers, hints, strict=True):
            notes.append([header, hint])
    atomic_write(path, workbook.save, binary=True)
