"""What is public, and the public tables written in one language.

Each published language gets its own SQLite file with the same tables and
column names (so the JSON API and the canned queries are the same in all
three), but with the values an investor reads in that language: a record's
own text in that language (Russian when there is no translation, marked),
vocabulary codes as labels, yes/no as words. Town and zone columns keep their
ids as foreign keys, so Datasette shows the linked record's name.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.quality import assess, is_demo
from guide.catalog.validate import split_list
from guide.pdf import texts as pdf_texts
from guide.present import indicators
from guide.publish.texts import t

# The public tables, in the order they are written (a table before the tables
# that refer to it). The kinds another release adds (incentives, institutions,
# routes) are published as soon as the catalog has them and the field registry
# describes them; a table missing from either is left out.
PUBLIC_TABLES: tuple[str, ...] = (
    "towns",
    "town_status",
    "zones",
    "premises",
    "projects",
    "suppliers",
    "indicators",
    "institutions",
    "incentives",
    "routes",
)
# Everything else stays home: the shortlist, the edit history, settings, the
# photos table (photos are published as files) and the catalog's bookkeeping.

# Columns that name or reach a private person (personal data): left out unless
# the akimat asks for them. Towns and institutions are public bodies whose
# contacts are published on purpose.
PERSONAL_COLUMNS: frozenset[str] = frozenset({"contact", "phone", "email"})
INSTITUTIONAL_TABLES: frozenset[str] = frozenset({"towns", "institutions"})

# Kept by the catalog for its own use, never published.
BOOKKEEPING_COLUMNS: frozenset[str] = frozenset({F.VERSION_COLUMN, F.UPDATED_COLUMN})

MARKS_COLUMN = "marks"
PHOTO_COLUMN = "photo"
BRIEF_COLUMN = "brief_pdf"
UTILITIES_COLUMN = "utilities"
LANGUAGE_VARIANTS = tuple(f"_{lang}" for lang in i18n.LANGUAGES if lang != i18n.DEFAULT_LANGUAGE)


def personal_columns(table: str, *, include_contacts: bool) -> frozenset[str]:
    """The columns of ``table`` left out of the published copy as personal data."""
    if include_contacts or table in INSTITUTIONAL_TABLES:
        return frozenset()
    return PERSONAL_COLUMNS


@dataclass(frozen=True)
class Column:
    """A published column: its name, SQLite type and the registry field it comes from (if any)."""

    name: str
    sql_type: type
    source: F.Field | None = None

    def label(self, lang: str) -> str:
        if self.source is not None:
            return self.source.label(lang)
        return t(f"column_{self.name}", lang)


@dataclass
class PublicTable:
    """One table as published: which registry kind it is and its columns in order."""

    kind: F.Kind
    columns: list[Column] = field(default_factory=list)
    foreign_keys: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.kind.table

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def _is_language_variant(code: str, codes: Iterable[str]) -> bool:
    """``title_kk`` when ``title`` is also a field: folded into ``title`` per language."""
    return any(code.endswith(suffix) and code[: -len(suffix)] in codes for suffix in LANGUAGE_VARIANTS)


def _sql_type(f: F.Field) -> type:
    if f.type == F.INT:
        return int
    if f.type == F.FLOAT:
        return float
    if f.type == F.ZONE:
        return int
    return str


def public_table(kind: F.Kind, present_columns: Iterable[str], *, include_contacts: bool) -> PublicTable:
    """The published shape of ``kind``'s table, given the columns the catalog really has."""
    present = set(present_columns)
    codes = kind.codes
    dropped = personal_columns(kind.table, include_contacts=include_contacts) | BOOKKEEPING_COLUMNS
    table = PublicTable(kind)
    for f in kind.fields:
        if f.code not in present or f.code in dropped or f.internal or f.type == F.PHOTOS:
            continue
        if _is_language_variant(f.code, codes):
            continue
        table.columns.append(Column(f.code, _sql_type(f), f))
        if f.code == "id" and "source" in present:
            table.columns.append(Column(MARKS_COLUMN, str))
        if f.type == F.TOWN:
            table.foreign_keys.append((f.code, "towns", "id"))
        elif f.type == F.ZONE:
            table.foreign_keys.append((f.code, "zones", "id"))
    if kind.table == "premises":
        table.columns += [Column(UTILITIES_COLUMN, str), Column(PHOTO_COLUMN, str), Column(BRIEF_COLUMN, str)]
    return table


def public_tables(db: Database, *, include_contacts: bool) -> list[PublicTable]:
    """The public tables this catalog has, in writing order."""
    tables = []
    for name in PUBLIC_TABLES:
        kind = F.KINDS.get(name)
        if kind is None or not db[name].exists():
            continue
        tables.append(public_table(kind, db[name].columns_dict, include_contacts=include_contacts))
    return tables


@dataclass(frozen=True)
class Marks:
    """Why a record must be read with care: demo data, outdated, shown in Russian."""

    demo: bool = False
    stale: bool = False
    fallback: bool = False

    def text(self, lang: str) -> str | None:
        words = [t(name, lang) for name in ("demo", "stale", "fallback") if getattr(self, name)]
        return " · ".join(words) or None


def record_marks(kind: str, record: Mapping[str, Any], lang: str, *, today: dt.date | None) -> Marks:
    """The demo and outdated marks the window and the PDF show, plus "no translation"."""
    issue = assess(kind, record, today=today, lang=lang)
    fallback = False
    if lang != i18n.DEFAULT_LANGUAGE:
        registry = F.KINDS[kind]
        for f in registry.fields:
            if f"{f.code}_{lang}" in registry.codes and record.get(f.code) and not record.get(f"{f.code}_{lang}"):
                fallback = True
                break
    return Marks(demo=issue.demo, stale=issue.stale, fallback=fallback)


def _json_list(labels: list[str]) -> str | None:
    return json.dumps(labels, ensure_ascii=False) if labels else None


def available_utilities(premise: Mapping[str, Any], lang: str) -> list[str]:
    """The utilities a premise has, as labels, in the field registry's order (the passport's)."""
    have = []
    for f in F.PREMISES.utility_fields():
        value = premise.get(f.code)
        # A yes/no field says it; electricity has no flag, its capacity does.
        present = bool(value) if f.type == F.BOOL else bool(value and float(value) > 0)
        if present:
            have.append(i18n.label("utility", str(f.utility), lang))
    return have


def localize_value(f: F.Field, record: Mapping[str, Any], lang: str, kind: str) -> Any:
    """The value of field ``f`` as an investor reads it in ``lang``."""
    value = record.get(f.code)
    if f"{f.code}_{lang}" in F.KINDS[kind].codes:
        text, _fallback = i18n.localized(record, f.code, lang)
        value = text or None
    if value is None or value == "":
        return None
    if f.code == "source" and is_demo(record):
        return pdf_texts.t("source_demo", lang)
    if kind == "indicators" and f.code == "name":
        return indicators.indicator_name(str(value), lang)
    if kind == "indicators" and f.code == "unit":
        return indicators.unit(str(value), lang)
    if f.type == F.BOOL:
        return i18n.label("boolean", "yes" if value else "no", lang)
    if f.type == F.CHOICE and f.vocabulary:
        return i18n.label(f.vocabulary, str(value), lang)
    if f.type == F.LIST and f.vocabulary:
        return _json_list([i18n.label(f.vocabulary, code, lang) for code in split_list(str(value))])
    return value


@dataclass(frozen=True)
class PremiseFiles:
    """The URL paths of a premise's published photo and PDF brief (per language), if any."""

    photo: str | None = None
    briefs: Mapping[str, str] = field(default_factory=dict)


def localized_rows(
    table: PublicTable,
    records: Iterable[Mapping[str, Any]],
    lang: str,
    *,
    today: dt.date | None,
    files: Mapping[int, PremiseFiles],
) -> Iterator[dict[str, Any]]:
    kind = table.kind.name
    for record in records:
        row: dict[str, Any] = {}
        for column in table.columns:
            if column.source is not None:
                row[column.name] = localize_value(column.source, record, lang, kind)
        if MARKS_COLUMN in row or any(c.name == MARKS_COLUMN for c in table.columns):
            row[MARKS_COLUMN] = record_marks(kind, record, lang, today=today).text(lang)
        if kind == "premises":
            extra = files.get(int(record["id"]), PremiseFiles())
            row[UTILITIES_COLUMN] = _json_list(available_utilities(record, lang))
            row[PHOTO_COLUMN] = extra.photo
            row[BRIEF_COLUMN] = extra.briefs.get(lang)
        yield row
