"""fields.py is the one description of the catalog: the schema agrees with it, and its hints are consistent.

The schema is literal DDL in frozen migrations, so nothing generates it from
fields.py; these tests open a freshly migrated catalog and fail when a field
and a column disagree, in either direction.
"""

from __future__ import annotations

import pytest

from guide.catalog import fields as F
from guide.catalog.store import Catalog

# Columns the catalog keeps itself on every table; no field describes them.
INTERNAL_COLUMNS = {F.VERSION_COLUMN, F.UPDATED_COLUMN}
# Columns of a full-text index that are not a field of the record: the town's
# (and a premise's zone's) names, and the town token the index filters on.
FTS_EXTRA_COLUMNS = {"town_names", "zone_name", "town_key", "town_id"}

KIND_NAMES = list(F.KINDS)


def _columns(catalog: Catalog, table: str) -> list[str]:
    return [row[1] for row in catalog.db.execute(f"PRAGMA table_info({table})")]


@pytest.mark.parametrize("name", KIND_NAMES)
def test_every_field_is_a_column_and_every_column_a_field(empty_catalog: Catalog, name: str) -> None:
    kind = F.kind(name)
    columns = _columns(empty_catalog, kind.table)
    assert columns, f"no table {kind.table!r} in a migrated catalog"
    missing_columns = [c for c in kind.stored_codes if c not in columns]
    assert not missing_columns, f"{name}: fields without a column: {missing_columns}"
    undescribed = [c for c in columns if c not in kind.codes and c not in INTERNAL_COLUMNS]
    assert not undescribed, f"{name}: columns that fields.py does not describe: {undescribed}"
    assert INTERNAL_COLUMNS <= set(columns)


def test_fields_not_stored_in_their_table_have_their_own() -> None:
    photos = [(k.name, f.code) for k in F.KINDS.values() for f in k.fields if not f.stored]
    assert photos == [("premises", "photos")]


@pytest.mark.parametrize("name", KIND_NAMES)
def test_the_searchable_fields_are_what_the_full_text_index_holds(empty_catalog: Catalog, name: str) -> None:
    kind = F.kind(name)
    fts = f"{kind.table}_fts"
    if fts not in empty_catalog.db.table_names():
        assert not kind.can(F.Can.FULL_TEXT)
        return
    indexed = {c for c in _columns(empty_catalog, fts) if c not in FTS_EXTRA_COLUMNS}
    assert indexed == set(kind.search_fields)


@pytest.mark.parametrize("name", KIND_NAMES)
def test_capabilities_agree_with_the_schema(empty_catalog: Catalog, name: str) -> None:
    kind = F.kind(name)
    db = empty_catalog.db
    triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert kind.can(F.Can.FULL_TEXT) == (f"{kind.table}_fts_ai" in triggers)
    # Shortlisted records leave the shortlist with the record: a trigger per shortlisted kind.
    assert kind.can(F.Can.SHORTLIST) == (f"{kind.table}_shortlist_ad" in triggers)
    town = next((f for f in kind.fields if f.code == "town"), None)
    assert kind.can(F.Can.TOWN_LINK) == (town is not None and town.type == F.TOWN)
    assert kind.can(F.Can.PHOTOS) == any(f.type == F.PHOTOS for f in kind.fields)
    if not kind.can(F.Can.FULL_TEXT) and kind.name != "towns":
        # Searched with LIKE over its searchable fields.
        assert kind.search_fields


@pytest.mark.parametrize("name", KIND_NAMES)
def test_the_hints_are_consistent(name: str) -> None:
    kind = F.kind(name)
    codes = kind.codes
    assert len(codes) == len(set(codes)), "a field twice"
    positions = [f.column for f in kind.fields if f.column is not None]
    if kind.completeness_column is not None:
        positions.append(kind.completeness_column)
    assert len(positions) == len(set(positions)), "two columns in one place"
    for f in kind.fields:
        assert f.group in F.GROUPS, f.code
        assert f.unit is None or f.unit in F.UNITS, f.code
        assert f.unit is None or f.type in (F.INT, F.FLOAT), f.code
        assert not f.multiline or f.type == F.TEXT, f.code
        if f.capacity_of is not None:
            assert kind.field(f.capacity_of).type == F.BOOL, f.code
        if isinstance(f.critical, str):
            group = [g.code for g in kind.fields if g.critical == f.critical]
            assert len(group) > 1, f"{f.code}: a group of one"
    for requirement in kind.critical_fields():
        for code in (requirement,) if isinstance(requirement, str) else requirement:
            assert code in codes


def test_units_exist_in_every_language() -> None:
    for unit, labels in F.UNITS.items():
        assert set(labels) == {"ru", "kk", "en"}, unit
        assert F.unit_label(unit, "kk") == labels["kk"]
    assert F.unit_label(None, "ru") == ""


def test_translations_follow_their_field() -> None:
    """title_kk and title_en are edited with the texts and searched like the title."""
    title = F.PREMISES.field("title")
    for code in ("title_kk", "title_en"):
        translation = F.PREMISES.field(code)
        assert translation.group == F.TEXTS
        assert translation.searchable == title.searchable
        assert not translation.critical and translation.column is None


def test_the_premise_passport_and_utilities_come_from_the_registry() -> None:
    passport = [f.code for f in F.PREMISES.passport_fields()]
    assert passport[:2] == ["kind", "address"]
    assert "floor_area_m2" in passport and "price_kzt" in passport and "contact" in passport
    assert "title" not in passport and "lat" not in passport
    utilities = [str(f.utility) for f in F.PREMISES.utility_fields()]
    assert utilities == ["power", "gas", "water", "sewerage", "heating", "telecom", "road", "rail_siding"]
    capacity = F.PREMISES.capacity_for("gas")
    assert capacity is not None and capacity.code == "gas_m3h"
    assert F.PREMISES.capacity_for("telecom") is None


def test_capabilities_replace_kind_names() -> None:
    assert [k.name for k in F.KINDS.values() if k.can(F.Can.SHORTLIST)] == ["premises", "projects"]
    assert [k.name for k in F.KINDS.values() if k.can(F.Can.PHOTOS)] == ["premises"]
    assert not F.TOWNS.can(F.Can.TOWN_LINK)


def test_the_kind_filter_and_status_vocabularies_come_from_the_registry() -> None:
    # The filter panel, the undo menu and the search filter all read these; each names a choice field.
    sorts = {k.name: k.sort_field for k in F.KINDS.values() if k.sort_field}
    assert sorts == {"premises": "kind", "projects": "kind", "suppliers": "niche", "incentives": "kind",
                     "institutions": "role", "routes": "mode"}  # fmt: skip
    for name in sorts:
        kind = F.kind(name)
        assert kind.field(kind.sort_field or "").type == F.CHOICE
        assert kind.sort_vocabulary
    statuses = {k.name: k.status_vocabulary for k in F.KINDS.values() if k.status_vocabulary}
    assert statuses == {"town_status": "monotown_status", "zones": "zone_status",
                        "premises": "premise_status", "projects": "project_status"}  # fmt: skip
