"""Which columns each table shows, and how a column sorts.

A column is a field of ``guide/catalog/fields.py`` (its header is the field's
own label in the UI language; its place is the field's ``column`` hint) or one
of a few computed badges. Only field columns sort, through the catalog's
``order_by``: the table never sorts rows in Python, so it stays fast at
100,000 premises.
"""

from __future__ import annotations

from dataclasses import dataclass

from guide.catalog import fields as F

# Computed columns.
SHORTLIST = "shortlist"  # check box: in the shortlist (kinds that can be shortlisted)
COMPLETENESS = F.COMPLETENESS_COLUMN  # share of investor-critical fields filled in


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


def column_keys(kind: str) -> list[str]:
    """The table's columns, from the fields' ``column`` hints and the kind's capabilities."""
    k = F.kind(kind)
    return ([SHORTLIST] if k.can(F.Can.SHORTLIST) else []) + k.column_codes()


def columns_for(kind: str) -> list[Column]:
    k = F.kind(kind)
    return [Column(key, None if key in (SHORTLIST, COMPLETENESS) else k.field(key)) for key in column_keys(kind)]
