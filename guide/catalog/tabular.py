"""Reading and writing CSV, XLSX and JSON tables, as real akimat files come.

A CSV from Russian-locale Excel uses ``;`` and cp1251; others are UTF-8, with
or without a BOM, with ``,`` or tabs, and any line endings. XLSX cells arrive
as numbers, dates or text; formulas as their computed values. This module
only turns files into rows; what the values mean is ``validate``'s business.
"""

from __future__ import annotations

import codecs
import csv
import glob
import io
import json
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guide.catalog.errors import InvalidInput, Problem, ValidationFailed
from guide.catalog.limits import EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, MAX_ROWS, MAX_XLSX_PART, MAX_XLSX_TOTAL, ProblemList

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

    def __reduce__(self) -> str:
        # Pickled (an import's staged columns) as the one MISSING: code tells it by identity.
        return "MISSING"


MISSING: Any = _Missing()


@dataclass
class Table:
    """A file's header and rows; ``rows`` holds (row number as the user sees it, values)."""

    headers: list[str]
    rows: list[tuple[int, list[Any]]]
    #: The row the header is on, as the user sees it (a table may start lower down).
    header_row: int = 1


def file_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput(Problem("file_type", {"path": path, "suffix": suffix or "(none)"}))
    return suffix


@dataclass
class TableStream:
    """A file's header, and its rows as they are read.

    ``rows`` yields (row number as the user sees it, values) for each
    non-blank row after the header (template hint rows included). Problems
    found while reading (a short row, an Excel error value) are collected
    and raised as one ValidationFailed when the rows run out, as
    :func:`read_table` raises them; a broken file raises InvalidInput where
    it breaks. Close ``rows`` when not reading it to its end.
    """

    headers: list[str]
    rows: Iterator[tuple[int, list[Any]]]
    header_row: int = 1


def read_table(path: Path) -> Table:
    """Read ``path`` by its extension. InvalidInput names the file and the reason."""
    stream = open_table(path)
    return Table(stream.headers, list(stream.rows), stream.header_row)


def open_table(path: Path) -> TableStream:
    """``path`` read by its extension, its rows as they come.

    A CSV file is read a line at a time (after one pass over its bytes that
    settles the encoding, as :func:`_decode` would for the whole file); an
    XLSX sheet's XML is parsed as it is read, though the (compressed) file is
    held; a JSON document is parsed whole.
    """
    fmt = file_format(path)
    if fmt == ".csv":
        return _stream_csv(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(Problem("file_unreadable", {"path": path, "reason": exc.strerror})) from None
    if not data.strip():
        raise InvalidInput(Problem("file_empty", {"path": path}))
    if fmt == ".xlsx":
        return _stream_xlsx(path, data)
    table = _read_json(path, data)
    return TableStream(table.headers, iter(table.rows), table.header_row)


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Excel's "Unicode text" (tab-separated) is UTF-16 with a BOM.
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            # One stray byte in a UTF-8 file: decoding it all as cp1251 would
            # turn every letter into mojibake, so the byte is reported instead.
            raise StrayByte(exc.start, data[exc.start]) from None
        # Russian-locale Excel saves "CSV (разделители — точка с запятой)" as cp1251.
        return data.decode("cp1251")


class StrayByte(ValueError):
    """A byte that isn't UTF-8 in a file that otherwise is."""

    def __init__(self, offset: int, byte: int) -> None:
        super().__init__(f"byte 0x{byte:02X} at offset {offset} is not UTF-8")
        self.offset = offset
        self.byte = byte


def _mostly_utf8(data: bytes) -> bool:
    """The evidence: more valid multi-byte UTF-8 letters than invalid sequences.

    cp1251 text read as UTF-8 is almost all invalid sequences (a Cyrillic
    letter there is one byte from 0xC0 up, seldom followed by 0x80-0xBF),
    while a UTF-8 file with a stray byte has many valid letters and few errors.
    """
    text = data.decode("utf-8", errors="replace")
    errors = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    letters = len(text) - len(text.encode("ascii", errors="ignore")) - text.count("\ufffd")
    return letters > errors


def _where_in_csv(path: Path, data: bytes, offset: int, byte: int) -> Problem:
    """The row and column (as Excel numbers them) of the byte at ``offset``."""
    prefix = data[:offset].decode("utf-8", errors="replace")
    if prefix.startswith("\ufeff"):
        prefix = prefix[1:]
    first_line = next((line for line in prefix.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first_line.count)
    records = list(csv.reader(io.StringIO(prefix + "\x00", newline=""), delimiter=delimiter))
    row = max(len(records), 1)
    column = len(records[-1]) if records else 1
    headers = [h.strip() for h in records[0]] if len(records) > 1 else []
    name = headers[column - 1] if 0 < column <= len(headers) and headers[column - 1] else str(column)
    return Problem("stray_byte", {"byte": f"0x{byte:02X}"}, row=row, column=name, file=str(path))


# The bytes read at a time while settling a CSV file's encoding.
_BLOCK = 1 << 20


def _csv_encoding(path: Path) -> tuple[str, bool]:
    """The codec :func:`_decode` would read the whole file with, found a block at a time; and whether it has a ``#``.

    The whole file is decoded once here (the text thrown away), so a bad
    byte anywhere is refused before any row is read, with the same problem
    as when the file was decoded whole. ``#`` starts every Excel error value:
    a file without one needs no look for them.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(3)
            if head.startswith(b"\xef\xbb\xbf"):
                encoding = "utf-8-sig"
            elif head.startswith((b"\xff\xfe", b"\xfe\xff")):
                # Excel's "Unicode text" (tab-separated) is UTF-16 with a BOM.
                encoding = "utf-16"
            else:
                encoding = "utf-8"
            fh.seek(0)
            decoder = codecs.getincrementaldecoder(encoding)("strict")
            offset = 0  # of the block being decoded
            hashes, blank = False, True
            try:
                while block := fh.read(_BLOCK):
                    hashes = hashes or b"#" in block
                    blank = blank and not block.strip()
                    pending = len(decoder.getstate()[0])
                    try:
                        decoder.decode(block)
                    except UnicodeDecodeError as exc:
                        exc.start += offset - pending  # where in the file
                        raise
                    offset += len(block)
                pending = len(decoder.getstate()[0])
                try:
                    decoder.decode(b"", final=True)
                except UnicodeDecodeError as exc:
                    exc.start += offset - pending
                    raise
            except UnicodeDecodeError as exc:
                if encoding != "utf-8":
                    raise
                fh.seek(0)
                if _mostly_utf8_stream(fh):
                    # One stray byte in a UTF-8 file: decoding it all as cp1251 would
                    # turn every letter into mojibake, so the byte is reported instead.
                    fh.seek(exc.start)
                    raise StrayByte(exc.start, fh.read(1)[0]) from None
                # Russian-locale Excel saves "CSV (разделители — точка с запятой)" as cp1251.
                encoding = "cp1251"
                fh.seek(0)
                while block := fh.read(_BLOCK):
                    block.decode(encoding)
    except OSError as exc:
        raise InvalidInput(Problem("file_unreadable", {"path": path, "reason": exc.strerror})) from None
    if blank:
        raise InvalidInput(Problem("file_empty", {"path": path}))
    return encoding, hashes


def _mostly_utf8_stream(fh: Any) -> bool:
    """:func:`_mostly_utf8` of the file's bytes, counted a block at a time."""
    replacing = codecs.getincrementaldecoder("utf-8")("replace")
    ignoring = codecs.getincrementaldecoder("utf-8")("ignore")
    errors = letters = 0
    final = False
    while not final:
        block = fh.read(_BLOCK)
        final = not block
        text = replacing.decode(block, final=final)
        replaced = text.count("\ufffd")
        errors += replaced - ignoring.decode(block, final=final).count("\ufffd")
        letters += len(text) - len(text.encode("ascii", errors="ignore")) - replaced
    return letters > errors


def _first_line(path: Path, encoding: str) -> str:
    """The file's first line that isn't blank (as ``str.splitlines`` splits it), read only as far as needed."""
    with path.open(encoding=encoding, newline="") as fh:
        buffer = ""
        while block := fh.read(64 * 1024):
            buffer += block
            lines = buffer.splitlines(keepends=True)
            # The last piece may go on in the next block.
            for line in lines[:-1]:
                if line.strip():
                    return line
            buffer = lines[-1] if lines else ""
        return buffer if buffer.strip() else ""


def _stream_csv(path: Path) -> TableStream:
    try:
        encoding, maybe_errors = _csv_encoding(path)
    except StrayByte as exc:
        with path.open("rb") as fh:
            prefix = fh.read(exc.offset)
        raise ValidationFailed([_where_in_csv(path, prefix, exc.offset, exc.byte)]) from None
    except UnicodeDecodeError as exc:
        raise InvalidInput(Problem("not_text", {"path": path, "reason": exc.reason})) from None
    delimiter = max((";", ",", "\t"), key=_first_line(path, encoding).count)
    rows = _csv_rows(path, encoding, delimiter, maybe_errors)
    first = next(rows, None)
    if first is None:
        return TableStream([], iter(()), 1)
    header_row, headers = first
    return TableStream(headers, rows, header_row)


def _csv_rows(path: Path, encoding: str, delimiter: str, maybe_errors: bool) -> Iterator[tuple[int, list[Any]]]:
    """The header (stripped) and then the data rows of a CSV file; see :class:`TableStream`."""
    headers: list[str] | None = None
    width = 0
    problems = ProblemList()
    # Rows as Excel numbers them: one per record (a blank line is a row too),
    # however many lines a quoted cell spans.
    number = 0
    try:
        with path.open(encoding=encoding, newline="") as fh:
            for values in csv.reader(fh, delimiter=delimiter):
                number += 1
                if number > MAX_ROWS:
                    raise InvalidInput(Problem("too_many_rows", {"limit": MAX_ROWS}, file=str(path)))
                if not any(v.strip() for v in values):
                    continue
                if headers is None:
                    headers = [v.strip() for v in values]
                    width = max((i + 1 for i, h in enumerate(headers) if h), default=0)
                    yield number, headers
                    continue
                if len(values) < width and not is_comment_row(values):
                    # A row cut short would blank its last fields on update: refused, not guessed.
                    problems.append(
                        Problem(
                            "short_row",
                            {"cells": len(values), "width": width},
                            row=number,
                            column=headers[len(values)] or str(len(values) + 1),
                            file=str(path),
                        )
                    )
                if maybe_errors and "#" in "".join(values):
                    _check_error_values(values, headers, number, path, problems)
                yield number, values
    except csv.Error as exc:
        raise InvalidInput(Problem("not_csv", {"reason": str(exc)}, row=number + 1, file=str(path))) from None
    except OSError as exc:
        raise InvalidInput(Problem("file_unreadable", {"path": path, "reason": exc.strerror})) from None
    if problems:
        raise ValidationFailed(problems)


# What Excel shows in a cell whose formula failed.
EXCEL_ERRORS = frozenset(
    "#NULL! #DIV/0! #VALUE! #REF! #NAME? #NUM! #N/A #GETTING_DATA #SPILL! #CALC! #FIELD! #BLOCKED! "
    "#CONNECT! #BUSY! #UNKNOWN!".split()
)


def _check_error_values(
    values: Sequence[Any], headers: Sequence[str], number: int, path: Path, problems: list[Problem]
) -> None:
    for index, value in enumerate(values):
        if isinstance(value, str) and value.strip().upper() in EXCEL_ERRORS:
            problems.append(
                Problem(
                    "excel_error",
                    {"value": value.strip()},
                    row=number,
                    column=(headers[index] if index < len(headers) and headers[index] else str(index + 1)),
                    file=str(path),
                )
            )


def _check_xlsx_parts(path: Path, data: bytes) -> None:
    """Refuse zip bombs and XML entity tricks before any XML is parsed.

    The unpacked sizes come from the zip directory; Python's zipfile never
    returns more than that size (and fails the CRC if the data lies), so the
    cap holds. Excel writes no DTDs, so a part that declares one (entity
    expansion, external entities) is refused outright.
    """
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InvalidInput(Problem("not_xlsx", {"path": path, "reason": exc})) from None
    with archive:
        total = 0
        for info in archive.infolist():
            total += info.file_size
            if info.file_size > MAX_XLSX_PART or total > MAX_XLSX_TOTAL:
                raise InvalidInput(
                    Problem("xlsx_zip_bomb", {"part": info.filename, "mb": MAX_XLSX_PART // 1_048_576}, file=str(path))
                )
        for info in archive.infolist():
            if not info.filename.endswith((".xml", ".rels", ".vml")):
                continue
            try:
                with archive.open(info) as part:
                    head = part.read(4096)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
                raise InvalidInput(Problem("not_xlsx", {"path": path, "reason": exc})) from None
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise InvalidInput(Problem("xlsx_entities", {"part": info.filename}, file=str(path)))


def _stream_xlsx(path: Path, data: bytes) -> TableStream:
    from openpyxl import load_workbook

    _check_xlsx_parts(path, data)
    try:
        # data_only: formula cells give the value Excel computed and saved.
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - whatever the parser raises, the file is at fault
        raise InvalidInput(Problem("not_xlsx", {"path": path, "reason": f"{type(exc).__name__}: {exc}"})) from None
    rows = _xlsx_stream(path, workbook)
    first = next(rows, None)
    if first is None:
        return TableStream([], iter(()), 1)
    header_row, headers = first
    # Trailing empty header cells are formatting, not columns.
    while headers and not headers[-1]:
        headers.pop()
    return TableStream(headers, rows, header_row)


def _xlsx_stream(path: Path, workbook: Any) -> Iterator[tuple[int, list[Any]]]:
    """The header and the rows of :func:`_xlsx_rows`, any parser failure said as the file's; the workbook closed after."""
    problems = ProblemList()
    try:
        yield from _xlsx_rows(path, workbook, problems)
    except (InvalidInput, MemoryError, GeneratorExit):
        raise
    except Exception as exc:  # noqa: BLE001
        raise InvalidInput(Problem("not_xlsx", {"path": path, "reason": f"{type(exc).__name__}: {exc}"})) from None
    finally:
        workbook.close()
    if problems:
        raise ValidationFailed(problems)


def _data_sheet(workbook: Any) -> Any:
    """The sheet the user left open (Excel's active tab), unless it is hidden: then the first visible one."""
    sheet = workbook.active
    if sheet is not None and getattr(sheet, "sheet_state", "visible") == "visible":
        return sheet
    visible = [s for s in workbook.worksheets if getattr(s, "sheet_state", "visible") == "visible"]
    return (visible or workbook.worksheets)[0]


def _xlsx_rows(path: Path, workbook: Any, problems: list[Problem]) -> Iterator[tuple[int, list[Any]]]:
    """The sheet's header row (as text, stripped), then its rows, parsed cell by cell; problems go to ``problems``.

    openpyxl's row iterator pads every row to the sheet's declared dimension
    (``A1:XFD1048576`` makes each row 16,384 cells) and fills row gaps with
    empty rows, and in ``data_only`` mode can't tell a formula without a
    saved value from an empty cell; so the sheet's XML is read here with its
    cell parser, using only the cells that are really there.
    """
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    class CellParser(WorkSheetParser):  # type: ignore[misc]
        def parse_cell(self, element: Any) -> dict[str, Any]:
            cell: dict[str, Any] = super().parse_cell(element)
            if cell["value"] is None and element.find(FORMULA_TAG) is not None:
                cell["data_type"] = "formula without value"
            return cell

    sheet = _data_sheet(workbook)
    headers: list[str] | None = None
    file = str(path)
    with workbook._archive.open(sheet._worksheet_path) as source:
        parser = CellParser(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            if number > EXCEL_MAX_ROWS:
                raise InvalidInput(Problem("beyond_last_row", {"row": number, "limit": EXCEL_MAX_ROWS}, file=str(path)))
            if not cells:
                continue
            width = max(c["column"] for c in cells)
            if width > EXCEL_MAX_COLUMNS:
                raise InvalidInput(Problem("beyond_last_column", {"limit": EXCEL_MAX_COLUMNS}, row=number, file=file))
            values: list[Any] = [None] * width
            flagged: list[tuple[int, str]] = []
            for cell in cells:
                values[cell["column"] - 1] = cell["value"]
                if cell["data_type"] in ("e", "formula without value"):
                    flagged.append((cell["column"] - 1, cell["data_type"]))
            if headers is None:
                if not any(v is not None and str(v).strip() for v in values):
                    continue
                headers = ["" if v is None else str(v).strip() for v in values]
                yield number, headers
                continue
            for index, data_type in flagged:
                column = headers[index] if index < len(headers) and headers[index] else str(index + 1)
                if data_type == "e":
                    problem = Problem("excel_error", {"value": str(values[index])})
                else:
                    problem = Problem("formula_without_value")
                problems.append(problem.at(row=number, column=column, file=file))
                # Never read as an empty cell.
                values[index] = None
            if flagged and not any(v is not None and str(v).strip() for v in values):
                # A row of failed formulas is a row of problems, not a blank or hint row.
                continue
            if not any(v is not None and str(v).strip() for v in values):
                continue
            yield number, values


def _read_json(path: Path, data: bytes) -> Table:
    file = str(path)
    try:
        text = _decode(data)
    except StrayByte as exc:
        raise ValidationFailed([_where_in_json(path, data, exc)]) from None
    except UnicodeDecodeError as exc:
        raise InvalidInput(Problem("not_text", {"path": path, "reason": exc.reason})) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(_json_problem(path, text, exc.pos, "json_invalid", reason=exc.msg)) from None
    except RecursionError:
        raise InvalidInput(Problem("json_too_deep", file=file)) from None
    except ValueError as exc:
        # Python refuses integers of more than 4,300 digits (no position given).
        digits = _LONG_NUMBER.search(text)
        if digits is None:
            raise InvalidInput(_json_problem(path, text, 0, "json_invalid", reason=str(exc))) from None
        problem = _json_problem(path, text, digits.start(), "json_number_too_long", digits=len(digits.group()))
        raise InvalidInput(problem) from None
    if not isinstance(document, list):
        raise InvalidInput(Problem("json_not_array", {"found": _json_type(document)}, file=file))
    if len(document) > MAX_ROWS:
        raise InvalidInput(Problem("too_many_rows", {"limit": MAX_ROWS}, file=file))
    headers: list[str] = []
    for item in document:
        if isinstance(item, dict):
            for key in item:
                if key not in headers:
                    headers.append(str(key))
    rows: list[tuple[int, list[Any]]] = []
    for number, item in enumerate(document, start=1):
        if not isinstance(item, dict):
            raise InvalidInput(Problem("json_not_object", {"found": _json_type(item)}, row=number, file=file))
        rows.append((number, [item.get(h, MISSING) for h in headers]))
    return Table(headers, rows)


_LONG_NUMBER = re.compile(r"-?\d{4301,}")


def _json_type(value: Any) -> str:
    """What a JSON value is, in JSON's own words."""
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def _json_problem(path: Path, text: str, pos: int, code: str, **params: Any) -> Problem:
    """A problem at character ``pos`` of a JSON file: its record and key when known, and always its line."""
    line = text.count("\n", 0, pos) + 1
    params.update(line=line, character=pos - (text.rfind("\n", 0, pos) + 1) + 1)
    row, key = _json_place(text, pos)
    return Problem(code, params, row=row, column=key, file=str(path))


def _where_in_json(path: Path, data: bytes, stray: StrayByte) -> Problem:
    """The record and key (or line) of a byte that is not UTF-8 in a JSON file."""
    text = data[: stray.offset].decode("utf-8", errors="replace")
    row, key = _json_place(text, len(text))
    return Problem("stray_byte", {"byte": f"0x{stray.byte:02X}"}, row=row, column=key, file=str(path))


def _json_place(text: str, pos: int) -> tuple[int | None, str | None]:
    """Which record of the top-level array (counted from 1) and which of its keys ``pos`` falls in.

    A small scan of the text before ``pos``, which holds whatever damage
    comes after it: depth, strings, commas and colons tell where a reader
    is. (None, None) outside the array; no key between a record's fields.
    """
    depth = 0
    record = 0
    key: str | None = None
    last_string = ""
    next_record = False  # a comma between records came last
    i = 0
    while i < pos:
        char = text[i]
        if char == '"':
            if depth == 1:
                record, next_record = record + 1, False
            end = i + 1
            while end < len(text) and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            if end >= pos:
                break  # inside this string
            last_string = text[i + 1 : end]
            i = end + 1
            continue
        if char in "[{":
            if depth == 1:
                record, next_record = record + 1, False
            depth += 1
            if depth == 2:
                key = None
        elif char in "]}":
            depth -= 1
            if depth < 2:
                key = None
        elif char == ",":
            if depth == 1:
                next_record = True
            elif depth == 2:
                key = None
        elif char == ":" and depth == 2:
            key = last_string
        elif depth == 1 and not char.isspace():
            # A record that is a bare value (a number, true, null).
            record, next_record = record + 1, False
            while i + 1 < pos and text[i + 1] not in ",] \t\r\n":
                i += 1
        i += 1
    if depth < 1:
        return None, None
    if depth == 1:
        # Between records: the one after a comma, or the first.
        return record + 1 if next_record or record == 0 else record, None
    return record, key


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
        # mkstemp makes the file 0600; the result gets the mode the file had,
        # or a new file's usual mode (0666 less the umask), like any saved file.
        mode = _target_mode(path)
        if binary:
            with os.fdopen(fd, "wb") as fh:
                _set_mode(fh, mode)
                write(fh)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                _set_mode(fh, mode)
                write(fh)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InvalidInput(Problem("cant_write", {"path": path, "reason": exc.strerror})) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _set_mode(fh: Any, mode: int) -> None:
    if hasattr(os, "fchmod"):
        os.fchmod(fh.fileno(), mode)


def _target_mode(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


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
        # Empty fields stay, as null: a JSON import leaves a missing key alone
        # but clears a null, so export then import gives back empty fields too.
        objects = [{h: (None if v == "" else v) for h, v in zip(headers, row, strict=True)} for row in rows]
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
    # Saved into memory first: openpyxl writing straight into a file on a full
    # disk fails inside its zip writer, whose clean-up then fails again and
    # prints "Exception ignored ... Traceback" however the error is handled.
    buffer = io.BytesIO()
    workbook.save(buffer)
    atomic_write(path, lambda fh: fh.write(buffer.getbuffer()), binary=True)
