"""Which columns each table shows, and how a column sorts.

A column is a field of ``guide/catalog/fields.py`` (its header is the field's
own label in the UI language) or one of a few computed badges. Only field
columns sort, through the catalog's ``order_by``: the table never sorts rows
in Python, so it stays fast at 100,000 premises.
"""

from __future__ import annotations

from dataclasses import dataclass

from guide.catalog import fields as F

# Computed columns.
SHORTLIST = "shortlist"  # check box: in the shortlist
COMPLETENESS = "completeness"  # share of investor-critical fields filled in

# fmt: off
COLUMNS: dict[str, tuple[str, ...]] = {
    "premises": (
        SHORTLIST, "title", "town", "kind", "floor_area_m2", "power_kw", "price_kzt", "status", "gas", "water",
        "heating", "rail_siding", "deal", "source", COMPLETENESS, "as_of",
    ),
    "projects": (
        SHORTLIST, "title", "town", "kind", "status", "sector", "investment_kzt", "jobs", "start_year",
        "end_year", "source", COMPLETENESS, "as_of",
    ),
    "zones": ("name", "town", "status", "area_ha", "sectors", "operator", "source", COMPLETENESS, "as_of"),
    "suppliers": ("name", "town", "niche", "is_local", "contact", "phone", "email", "source", COMPLETENESS, "as_of"),
    "towns": ("name", "monotown_status", "population", "city_forming", "distance_centre_km", "source", "as_of"),
}
# fmt: on


@dataclass(frozen=True)
class Column:
    """One column of a record table."""

    key: str
    field: F.Field | None

    @property
    def sort_code(self) -> str | None:
        """The field the catalog orders by when this column is clicked, or None."""
        return self.field.code if self.field is not None else None

    @property
    def numeric(self) -> bool:
        return self.field is not None and self.field.type in (F.INT, F.FLOAT)


def columns_for(kind: str) -> list[Column]:
    k = F.kind(kind)
    result = []
    for key in COLUMNS[kind]:
        result.append(Column(key, None if key in (SHORTLIST, COMPLETENESS) else k.field(key)))
    return result
