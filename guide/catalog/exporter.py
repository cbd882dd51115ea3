"""Exporting records and writing import templates.

An export uses the field codes as headers, so it imports back unchanged.
Photos are written beside the file, in ``<name>_photos/<id>-<n>/<file name>``,
and the ``photos`` column lists them relative to the file, as the importer
expects.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.errors import InvalidInput
from guide.catalog.search import Filters
from guide.catalog.store import Catalog
from guide.catalog.tabular import file_format, write_table


def export_rows(
    catalog: Catalog, kind_name: str, path: Path | None = None, filters: Filters | None = None, text: str | None = None
) -> tuple[list[str], list[list[Any]]]:
    """Headers (field codes) and rows of ``kind``, writing photos beside ``path`` when given."""
    kind = F.kind(kind_name)
    headers = kind.codes
    rows: list[list[Any]] = []
    photo_dir = path.with_name(path.stem + "_photos") if path is not None else None
    for record in catalog.query(kind.name, filters, text):
        row: list[Any] = []
        for code in headers:
            if code == "photos":
                row.append(_export_photos(catalog, record["id"], photo_dir, path))
            else:
                row.append(record.get(code))
        rows.append(row)
    return headers, rows


def _export_photos(catalog: Catalog, premise_id: int, photo_dir: Path | None, path: Path | None) -> str:
    photos = catalog.photos(premise_id)
    if not photos or photo_dir is None or path is None:
        return ""
    names = []
    for number, photo in enumerate(photos, start=1):
        # One folder per photo keeps its own file name, so an import gives it
        # back; ';' would split the list, and '.', '..' or '' aren't names.
        name = Path(photo["filename"]).name.replace(";", "_").strip()
        if name in ("", ".", ".."):
            name = f"photo-{number}"
        target = photo_dir / f"{premise_id}-{number}" / name
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(catalog.photo_data(photo["id"]))
        except OSError as exc:
            raise InvalidInput(f"{target}: can't write the photo: {exc.strerror}") from None
        names.append(target.relative_to(path.parent).as_posix())
    return ";".join(names)


def export_file(
    catalog: Catalog, kind_name: str, path: Path, filters: Filters | None = None, text: str | None = None
) -> int:
    """Write every record of ``kind`` (or those the filters admit) to ``path``; returns the count."""
    file_format(path)
    headers, rows = export_rows(catalog, kind_name, path, filters, text)
    write_table(path, headers, rows)
    return len(rows)


def column_hint(f: F.Field, lang: str) -> str:
    """What a column takes, in words: the allowed values and units."""
    parts = []
    if f.required:
        parts.append({"ru": "обязательно", "kk": "міндетті", "en": "required"}[lang])
    if f.vocabulary:
        allowed = ", ".join(f"{code} ({i18n.label(f.vocabulary, code, lang)})" for code in i18n.codes(f.vocabulary))
        parts.append(allowed + ("; через ;" if f.type == F.LIST else ""))
    elif f.type == F.BOOL:
        parts.append("/".join(i18n.label("boolean", answer, lang) for answer in ("yes", "no")))
    elif f.type == F.DATE:
        parts.append("2024-05-01 / 01.05.2024")
    elif f.type in (F.FLOAT, F.INT):
        parts.append({"ru": "число", "kk": "сан", "en": "number"}[lang])
    elif f.type == F.TOWN:
        parts.append({"ru": "код или название города", "kk": "қала коды не атауы", "en": "town id or name"}[lang])
    elif f.type == F.ZONE:
        parts.append({"ru": "код или название промзоны", "kk": "аймақ коды не атауы", "en": "zone id or name"}[lang])
    elif f.type == F.PHOTOS:
        parts.append(
            {"ru": "пути к файлам через ;", "kk": "файл жолдары ; арқылы", "en": "file paths, ;-separated"}[lang]
        )
    return "; ".join(parts)


def write_template(kind_name: str, path: Path, lang: str = i18n.DEFAULT_LANGUAGE) -> None:
    """An empty sheet with the kind's headers in ``lang`` and a hint per column."""
    kind = F.kind(kind_name)
    if file_format(path) == ".json":
        raise InvalidInput(f"{path}: a template is a sheet; use .csv or .xlsx")
    headers = [f.label(lang) for f in kind.fields]
    hints = [column_hint(f, lang) for f in kind.fields]
    write_table(path, headers, [], hints=hints)
