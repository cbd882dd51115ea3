"""Writing real import files for tests, independently of the exporter under test.

The files are written with the csv module, openpyxl and json directly, the
way other programs (Excel, a script) would make them, so a bug in our own
writer can't hide a bug in our reader.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PIL import Image

from guide.catalog.store import Catalog

FORMATS = ("csv", "xlsx", "json")
# The row number of the n-th data record (0-based) as the importer reports it:
# spreadsheets count the header as row 1, JSON counts objects from 1.
FIRST_ROW = {"csv": 2, "xlsx": 2, "json": 1}


def row_number(fmt: str, index: int) -> int:
    return FIRST_ROW[fmt] + index


def write_records(
    path: Path,
    records: Sequence[Mapping[str, Any]],
    *,
    headers: Sequence[str] | None = None,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> Path:
    """Write ``records`` (dicts keyed by header) to ``path`` as CSV, XLSX or JSON by extension.

    ``headers`` defaults to the keys of all records in order of appearance.
    CSV cells are ``str(value)``; XLSX and JSON keep numbers, booleans and
    dates typed, as a spreadsheet or a script would. ``None`` is an empty
    cell, or a key left out of the JSON object.
    """
    if headers is None:
        headers = []
        for record in records:
            headers.extend(k for k in record if k not in headers)
    fmt = path.suffix.lstrip(".")
    if fmt == "csv":
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(headers)
        for record in records:
            writer.writerow(["" if record.get(h) is None else str(record[h]) for h in headers])
        path.write_bytes(buffer.getvalue().encode(encoding))
    elif fmt == "xlsx":
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.title = "Лист1"
        sheet.append(list(headers))
        for record in records:
            sheet.append([record.get(h) for h in headers])
        workbook.save(path)
    elif fmt == "json":
        objects = [{h: record[h] for h in headers if h in record and record[h] is not None} for record in records]
        path.write_text(json.dumps(objects, ensure_ascii=False, default=str), encoding="utf-8")
    else:
        raise ValueError(fmt)
    return path


def dump(catalog: Catalog) -> list[str]:
    """Every table of the catalog, full-text indexes included, as SQL text."""
    return list(catalog.db.conn.iterdump())


def dump_file(path: Path) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def records(catalog: Catalog, kind: str) -> list[dict[str, Any]]:
    """A kind's records without the catalog's bookkeeping (version, updated_at)."""
    return [{k: v for k, v in r.items() if k not in ("version", "updated_at")} for r in catalog.all(kind)]


def png(width: int = 3, height: int = 2, colour: str = "red") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def jpeg(width: int = 4, height: int = 4, colour: str = "blue") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "JPEG")
    return buffer.getvalue()
