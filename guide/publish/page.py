"""What the premise page shows, in each language: the passport's figures and words.

The page template (``resources/publish/templates/_premise_page.html``) is
the same for every language; it reads this from the premises table's
metadata, so the figures and their order are the printed passport's.
"""

from __future__ import annotations

from typing import Any

from guide import i18n
from guide.catalog import fields as F
from guide.publish.tables import PublicTable
from guide.publish.texts import t

PAGE_TEXTS = (
    "key_figures",
    "open_brief",
    "all_fields",
    "demo",
    "stale",
    "demo_banner",
    "missing_and_commitment",
    "nothing_missing",
    "no_commitment",
    "utilities",
    "photo_missing",
    "source",
)


def premise_page(table: PublicTable, lang: str, names: dict[str, dict[str, str]]) -> dict[str, Any]:
    """The premise page's texts, key figures and utility rows for ``lang``.

    ``names`` maps a reference column (town, zone) to the names of its records in ``lang``.
    """
    columns = set(table.column_names)
    premises = F.KINDS["premises"]
    texts = {key: t(key, lang) for key in PAGE_TEXTS}
    # The template fills in the date; Jinja has no str.format with names.
    texts["stale_banner"] = t("stale_banner", lang, date="%s")
    utilities = []
    for f in premises.utility_fields():
        # A yes/no field with its capacity (gas → m³/h); electricity is a capacity alone.
        flag = f if f.type == F.BOOL else None
        capacity = premises.capacity_for(f.code) if flag else f
        utilities.append(
            {
                "label": i18n.label("utility", str(f.utility), lang),
                "flag": flag.code if flag and flag.code in columns else None,
                "capacity": capacity.code if capacity and capacity.code in columns else None,
                "unit": F.unit_label(capacity.unit, lang) if capacity else "",
            }
        )
    key_fields = [f.code for f in premises.passport_fields() if f.code in columns]
    if "price_kzt" in key_fields and "price_unit" in columns:
        # The printed passport writes "900 000 KZT per month": the page gives the unit its own row under the price.
        key_fields.insert(key_fields.index("price_kzt") + 1, "price_unit")
    return {
        "texts": texts,
        "key_fields": key_fields,
        # Town and zone names by id, for the references (a row page shows ids).
        "names": names,
        "utilities": utilities,
        "commitment_due_label": premises.field("commitment_due").label(lang),
    }
