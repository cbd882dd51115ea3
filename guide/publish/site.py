"""Putting the published folder together, atomically.

The folder is built in a hidden sibling of OUT_DIR and moved into place only
when it is complete, so a failed or interrupted run never leaves a
half-written site where a good one was.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.errors import InvalidInput
from guide.catalog.quality import is_demo
from guide.catalog.store import Catalog
from guide.paths import resource
from guide.publish.database import write_language_db
from guide.publish.metadata import SiteInfo, site_metadata
from guide.publish.page import premise_page
from guide.publish.readme import readme_text
from guide.publish.tables import PremiseFiles, public_tables

METADATA_FILE = "metadata.json"
PHOTO_TYPES = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp", "image/bmp": "bmp"}
DEFAULT_LICENCE = "CC BY 4.0"
DEFAULT_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


@dataclass(frozen=True)
class PublishOptions:
    langs: Sequence[str] = i18n.LANGUAGES
    no_demo: bool = False
    force: bool = False
    include_contacts: bool = False
    with_pdfs: bool = False
    licence: str = DEFAULT_LICENCE
    licence_url: str | None = DEFAULT_LICENCE_URL
    today: dt.date | None = None


@dataclass
class PublishResult:
    path: Path
    langs: list[str]
    counts: dict[str, int] = field(default_factory=dict)
    photos: int = 0
    pdfs: int = 0
    demo: int = 0


def check_target(out_dir: Path, *, force: bool) -> None:
    """Refuse, before any work, a target that is a file or a non-empty folder (without ``force``)."""
    if out_dir.exists() and not out_dir.is_dir():
        raise InvalidInput(f"{out_dir}: exists and is not a folder")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not force:
        raise InvalidInput(f"{out_dir}: the folder is not empty; use --force to replace it")
    parent = out_dir.resolve().parent
    if not parent.is_dir():
        raise InvalidInput(f"{parent}: no such folder")
    if not os.access(parent, os.W_OK):
        raise InvalidInput(f"{parent}: the folder is not writable")


def publish(catalog: Catalog, out_dir: Path, options: PublishOptions) -> PublishResult:
    """Write the published site to ``out_dir``; see ``docs/publishing.md``."""
    langs = list(dict.fromkeys(options.langs))
    unknown = [lang for lang in langs if lang not in i18n.LANGUAGES]
    if unknown or not langs:
        raise InvalidInput(f"unknown language {', '.join(unknown) or '(none)'}; expected: {', '.join(i18n.LANGUAGES)}")
    out_dir = Path(out_dir)
    check_target(out_dir, force=options.force)
    parent = out_dir.resolve().parent
    work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".part", dir=parent))
    try:
        result = _build(catalog, work, langs, options)
        _swap(work, out_dir.resolve())
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    result.path = out_dir
    return result


def _build(catalog: Catalog, work: Path, langs: list[str], options: PublishOptions) -> PublishResult:
    db = catalog.db
    tables = public_tables(db, include_contacts=options.include_contacts)
    records: dict[str, list[dict[str, Any]]] = {}
    for table in tables:
        rows = list(db.query(f"SELECT * FROM [{table.name}] ORDER BY rowid"))
        records[table.name] = [r for r in rows if not (options.no_demo and is_demo(r))]
    result = PublishResult(work, langs, counts={name: len(rows) for name, rows in records.items()})
    result.demo = sum(is_demo(r) for rows in records.values() for r in rows)

    premise_ids = [int(r["id"]) for r in records.get("premises", [])]
    photos = _write_photos(db, work / "photos", premise_ids)
    result.photos = len(photos)
    briefs = _write_briefs(catalog, work / "pdf", premise_ids, langs, options) if options.with_pdfs else {}
    result.pdfs = sum(len(b) for b in briefs.values())
    files = {pid: PremiseFiles(photo=photos.get(pid), briefs=briefs.get(pid, {})) for pid in premise_ids}

    searchable: dict[str, list[str]] = {}
    for lang in langs:
        searchable[lang] = write_language_db(
            work / f"{lang}.db",
            lang,
            db,
            tables,
            records,
            include_contacts=options.include_contacts,
            today=options.today,
            files=files,
        )
    as_ofs = [str(r["as_of"]) for rows in records.values() for r in rows if r.get("as_of")]
    info = SiteInfo(
        langs=langs,
        as_of=max(as_ofs) if as_ofs else "—",
        has_demo=result.demo > 0,
        licence=options.licence,
        licence_url=options.licence_url,
        with_pdfs=options.with_pdfs,
    )
    metadata = site_metadata(tables, searchable, info)
    premises = next((table for table in tables if table.name == "premises"), None)
    if premises is not None:
        for lang in langs:
            names = {
                column: {str(r["id"]): _title(other, r, lang) for r in records.get(other, [])}
                for column, other, _key in premises.foreign_keys
            }
            metadata["databases"][lang]["tables"]["premises"]["page"] = premise_page(premises, lang, names)
    (work / METADATA_FILE).write_text(json.dumps(metadata, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    _write_templates(work, langs)
    (work / "README.md").write_text(readme_text(langs, with_pdfs=options.with_pdfs, info=info), encoding="utf-8")
    return result


def _title(table: str, record: dict[str, Any], lang: str) -> str:
    return i18n.localized(record, F.KINDS[table].title_field, lang)[0]


def _write_photos(db: Any, folder: Path, premise_ids: list[int]) -> dict[int, str]:
    """Each published premise's first photo as a static file; returns its URL path by premise."""
    folder.mkdir()
    wanted = set(premise_ids)
    urls: dict[int, str] = {}
    if not db["photos"].exists():
        return urls
    for row in db.execute("SELECT premise, position, mime, data FROM photos ORDER BY premise, position, id"):
        premise, position, mime, data = row
        if premise not in wanted:
            continue
        name = f"{premise}-{position}.{PHOTO_TYPES.get(mime, 'bin')}"
        (folder / name).write_bytes(data)
        urls.setdefault(premise, f"/photos/{name}")
    return urls


def _write_briefs(
    catalog: Catalog, folder: Path, premise_ids: list[int], langs: list[str], options: PublishOptions
) -> dict[int, dict[str, str]]:
    """A PDF brief per premise and language (the shortlist brief of that one premise)."""
    from guide.pdf.builder import build_guide

    briefs: dict[int, dict[str, str]] = {}
    for lang in langs:
        (folder / lang).mkdir(parents=True)
        for pid in premise_ids:
            name = f"premise-{pid}.pdf"
            build_guide(catalog, folder / lang / name, lang=lang, premises=[pid], today=options.today)
            briefs.setdefault(pid, {})[lang] = f"/pdf/{lang}/{name}"
    return briefs


def _write_templates(work: Path, langs: list[str]) -> None:
    shutil.copytree(resource("publish", "templates"), work / "templates")
    shutil.copytree(resource("publish", "assets"), work / "assets")
    # Datasette picks a row template by database and table name; every language's premise page is the same.
    for lang in langs:
        (work / "templates" / f"row-{lang}-premises.html").write_text(
            '{% extends "_premise_page.html" %}\n', encoding="utf-8"
        )


def _swap(work: Path, out_dir: Path) -> None:
    """Move the finished folder into place; the old one is removed only after the new one is there."""
    os.chmod(work, 0o755)
    if not out_dir.exists():
        os.replace(work, out_dir)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".old", dir=out_dir.parent))
    os.rmdir(old)
    os.replace(out_dir, old)
    try:
        os.replace(work, out_dir)
    except BaseException:
        os.replace(old, out_dir)
        raise
    shutil.rmtree(old, ignore_errors=True)
