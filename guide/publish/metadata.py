"""The Datasette metadata of a published catalog: titles, labels, facets, sorts, search and canned queries.

One database per language (``ru``, ``kk``, ``en``); each describes its
tables and columns in its own language. The column descriptions are the
field registry's labels, which the site's templates show as the column
headings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from guide import i18n
from guide.publish.database import fts_table
from guide.publish.tables import MARKS_COLUMN, UTILITIES_COLUMN, PublicTable
from guide.publish.texts import t

# Facets an investor narrows a list with, where the table has the column.
FACET_COLUMNS = ("town", "kind", "status", "niche", "monotown_status", "deal", "sector", "year")
ARRAY_FACETS = (UTILITIES_COLUMN, "missing_infrastructure")
# The order a table opens in; other tables open by their title.
DEFAULT_SORTS: dict[str, tuple[str, bool]] = {
    "premises": ("floor_area_m2", True),
    "projects": ("investment_kzt", True),
    "indicators": ("year", True),
    "town_status": ("year", True),
}
PAGE_SIZE = 50
CSS_URL = "/assets/site.css"


@dataclass(frozen=True)
class SiteInfo:
    """What the metadata says about the whole catalog."""

    langs: Sequence[str]
    as_of: str
    has_demo: bool
    licence: str
    licence_url: str | None
    with_pdfs: bool


def sql_text(text: str) -> str:
    """A constant as an SQL string literal (our own labels, never user input)."""
    return "'" + text.replace("'", "''") + "'"


def sql_name(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _quoted_fts(param: str) -> str:
    """An FTS5 phrase built from a query parameter in SQL, so no input can break the MATCH syntax."""
    return f"'\"' || replace(:{param}, '\"', '\"\"') || '\"'"


def table_metadata(table: PublicTable, lang: str, searchable: bool) -> dict[str, Any]:
    names = table.column_names
    meta: dict[str, Any] = {
        "title": table.kind.label(lang),
        "description": t("sources_note", lang) if "source" in names else "",
        "columns": {c.name: c.label(lang) for c in table.columns},
        "label_column": table.kind.title_field,
        "size": PAGE_SIZE,
    }
    facets: list[Any] = [c for c in FACET_COLUMNS if c in names]
    facets += [{"array": c} for c in ARRAY_FACETS if c in names]
    if MARKS_COLUMN in names:
        facets.append(MARKS_COLUMN)
    meta["facets"] = facets
    sort, descending = DEFAULT_SORTS.get(table.name, (table.kind.title_field, False))
    if sort in names:
        meta["sort_desc" if descending else "sort"] = sort
    if searchable:
        meta["fts_table"] = fts_table(table.name)
        meta["fts_pk"] = "rowid" if table.kind.id_type == "text" else "id"
    return meta


def _vacant_power_query(lang: str, towns_searchable: bool) -> dict[str, Any]:
    status = i18n.label("premise_status", "vacant", lang)
    labels = _output_labels(lang)
    town_match = "p.town = :town OR t.name = :town"
    if towns_searchable:
        town_match += f" OR t.rowid IN (SELECT rowid FROM {fts_table('towns')} WHERE {fts_table('towns')} MATCH {_quoted_fts('town')})"
    sql = (
        f"SELECT p.id, p.title AS {labels['title']}, t.name AS {labels['town']}, p.power_kw AS {labels['power_kw']}, "
        f"p.floor_area_m2 AS {labels['floor_area_m2']}, p.price_kzt AS {labels['price_kzt']}, "
        # A price is read with what it is for (a monthly rent is not a sale price).
        f"p.price_unit AS {labels['price_unit']}, p.deal AS {labels['deal']}, p.{MARKS_COLUMN} AS {labels[MARKS_COLUMN]}\n"
        "FROM premises p JOIN towns t ON t.id = p.town\n"
        f"WHERE p.status = {sql_text(status)} AND p.power_kw >= CAST(:min_kw AS REAL)\n"
        f"  AND ({town_match})\n"
        "ORDER BY p.power_kw DESC"
    )
    return {"title": t("q_vacant_power", lang), "description": t("q_vacant_power_help", lang), "sql": sql}


def _rail_siding_query(lang: str) -> dict[str, Any]:
    yes = i18n.label("boolean", "yes", lang)
    labels = _output_labels(lang)
    sql = (
        f"SELECT p.id, p.title AS {labels['title']}, t.name AS {labels['town']}, p.status AS {labels['status']}, "
        f"p.distance_rail_km AS {labels['distance_rail_km']}, p.floor_area_m2 AS {labels['floor_area_m2']}, "
        f"p.{MARKS_COLUMN} AS {labels[MARKS_COLUMN]}\n"
        "FROM premises p JOIN towns t ON t.id = p.town\n"
        f"WHERE p.rail_siding = {sql_text(yes)}\n"
        "ORDER BY t.name, p.title"
    )
    return {"title": t("q_rail_siding", lang), "sql": sql}


def _incentives_query(lang: str, table: PublicTable, searchable: bool) -> dict[str, Any]:
    """Incentives whose sector (or, lacking that column, whose text) mentions the sector asked for."""
    names = table.column_names
    sector_columns = [c for c in ("sectors", "sector") if c in names]
    if sector_columns:
        where = " OR ".join(f"{c} LIKE '%' || :sector || '%'" for c in sector_columns)
    elif searchable:
        fts = fts_table(table.name)
        where = f"id IN (SELECT rowid FROM {fts} WHERE {fts} MATCH {_quoted_fts('sector')})"
    else:
        text_columns = [c.name for c in table.columns if c.sql_type is str and c.name not in (MARKS_COLUMN,)]
        where = " OR ".join(f"{c} LIKE '%' || :sector || '%'" for c in text_columns) or "0"
    sql = f"SELECT * FROM incentives\nWHERE {where}\nORDER BY id"
    return {"title": t("q_incentives_sector", lang), "description": t("q_incentives_sector_help", lang), "sql": sql}


def _output_labels(lang: str) -> dict[str, str]:
    from guide.catalog import fields as F

    premises = F.KINDS["premises"]
    labels = {f.code: sql_name(f.label(lang)) for f in premises.fields}
    labels["town"] = sql_name(premises.field("town").label(lang))
    labels[MARKS_COLUMN] = sql_name(t("column_marks", lang))
    return labels


def database_metadata(
    lang: str, tables: Sequence[PublicTable], searchable: Sequence[str], info: SiteInfo
) -> dict[str, Any]:
    by_name = {table.name: table for table in tables}
    description = t("database_description", lang, date=info.as_of)
    if info.has_demo:
        description += " " + t("demo_notice", lang)
    meta: dict[str, Any] = {
        "title": f"{i18n.NATIVE_NAMES[lang]}: {t('site_title', lang)}",
        "description": description,
        "source": t("source_name", lang),
        "tables": {table.name: table_metadata(table, lang, table.name in searchable) for table in tables},
        "queries": {},
    }
    # Datasette takes a table's source and licence as a group from the nearest level that has a
    # licence; set them on each table, or every language's tables would show the site's first language.
    for table_meta in meta["tables"].values():
        table_meta.update(source=meta["source"], license=info.licence)
        if info.licence_url:
            table_meta["license_url"] = info.licence_url
    for name in searchable:
        meta["tables"][fts_table(name)] = {"hidden": True}
    if "premises" in by_name:
        meta["queries"]["vacant_premises_with_power"] = _vacant_power_query(lang, "towns" in searchable)
        meta["queries"]["premises_with_rail_siding"] = _rail_siding_query(lang)
    if "incentives" in by_name:
        meta["queries"]["incentives_for_sector"] = _incentives_query(
            lang, by_name["incentives"], "incentives" in searchable
        )
    return meta


def site_metadata(
    tables: Sequence[PublicTable], searchable: Mapping[str, Sequence[str]], info: SiteInfo
) -> dict[str, Any]:
    """The whole ``metadata.json``: the site in its first language, then each language's database."""
    first = info.langs[0]
    meta: dict[str, Any] = {
        "title": t("site_title", first),
        "description": " ".join([t("site_description", first)] + ([t("demo_notice", first)] if info.has_demo else [])),
        "license": info.licence,
        "source": t("source_name", first),
        "extra_css_urls": [CSS_URL],
        "databases": {lang: database_metadata(lang, tables, searchable[lang], info) for lang in info.langs},
    }
    if info.licence_url:
        meta["license_url"] = info.licence_url
    return meta
