"""The import column reference (docs/columns.md), rendered from the field tables.

``tests/test_docs.py`` checks that the block between ``<!-- columns:begin -->``
and ``<!-- columns:end -->`` in docs/columns.md is exactly :func:`column_reference`,
so the documentation can't drift from :mod:`guide.catalog.fields`. After
changing a field, refresh it with ``python -m guide.catalog.docs docs/columns.md``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.validate import LAT_RANGE, LON_RANGE, POWER_KW_MAX, POWER_KW_MIN

BEGIN = "<!-- columns:begin -->"
END = "<!-- columns:end -->"

# The kinds a user imports, the most used first.
DOCUMENTED_KINDS = (
    "premises", "projects", "suppliers", "towns", "indicators", "zones", "town_status",
    "incentives", "institutions", "routes",
)  # fmt: skip

TYPE_NAMES = {
    F.TEXT: "text",
    F.INT: "whole number",
    F.FLOAT: "number",
    F.BOOL: "yes/no",
    F.DATE: "date",
    F.CHOICE: "code",
    F.LIST: "list of codes",
    F.TOWN: "town",
    F.ZONE: "zone",
    F.PHOTOS: "photo paths",
}


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def _allowed(f: F.Field) -> str:
    if f.code == "id":
        if f.type == F.TEXT:
            return "a slug such as `temirtau`; empty: made from the name; an existing id updates that record"
        return "empty: a new record; an existing id updates that record"
    if f.code in ("lat", "lon"):
        low, high = LAT_RANGE if f.code == "lat" else LON_RANGE
        return f"{low:g}…{high:g} (Kazakhstan)"
    if f.code == "power_kw":
        return f"{POWER_KW_MIN:g}…{POWER_KW_MAX:g} (else: kW or MW?)"
    if f.format == F.EMAIL_FORMAT:
        return "an e-mail address, `name@example.kz`"
    if f.format == F.URL_FORMAT:
        return "a link starting with `http://` or `https://`"
    if f.vocabulary:
        codes = ", ".join(f"`{code}`" for code in i18n.codes(f.vocabulary))
        return codes + (", separated by `;` or `,`" if f.type == F.LIST else "")
    if f.type in (F.INT, F.FLOAT):
        if f.positive:
            return "> 0"
        if f.minimum is not None:
            return f"≥ {f.minimum:g}"
        return ""
    return {
        F.BOOL: "да/нет, иә/жоқ, yes/no, 1/0",
        F.DATE: "`2024-05-01`, `01.05.2024`",
        F.TOWN: "town id or name in ru, kk or en",
        F.ZONE: "zone id or name",
        F.PHOTOS: "image paths relative to the file, separated by `;`",
    }.get(f.type, "")


def _required(kind: F.Kind, f: F.Field) -> str:
    if f.required:
        return "yes"
    if kind is F.PREMISES and f.code in ("floor_area_m2", "land_area_ha"):
        return "one of the two"
    return ""


def kind_table(kind: F.Kind) -> str:
    """One kind's columns as a Markdown table."""
    lines = [
        f"#### {kind.label('en')} (`{kind.name}`)",
        "",
        "| code | ru | kk | en | type | required | allowed values |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in kind.fields:
        cells = [f"`{f.code}`", f.ru, f.kk, f.en, TYPE_NAMES[f.type], _required(kind, f), _allowed(f)]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines)


def vocabulary_table(vocabulary: str) -> str:
    """A vocabulary's codes and their labels, any of which an import accepts."""
    lines = [f"`{vocabulary}`:", "", "| code | ru | kk | en |", "|---|---|---|---|"]
    for code, labels in i18n.VOCABULARIES[vocabulary].items():
        lines.append(
            "| " + " | ".join(_cell(c) for c in (f"`{code}`", labels["ru"], labels["kk"], labels["en"])) + " |"
        )
    return "\n".join(lines)


def column_reference() -> str:
    """The whole column reference: a table per kind, then the codes' labels."""
    kinds = [F.kind(name) for name in DOCUMENTED_KINDS]
    vocabularies: list[str] = []
    for kind in kinds:
        for f in kind.fields:
            if f.vocabulary and f.vocabulary not in vocabularies:
                vocabularies.append(f.vocabulary)
    parts = [kind_table(kind) for kind in kinds]
    parts.append(
        "#### Codes and their labels\n\nA code column takes the code or its label in any language, in any case."
    )
    parts.extend(vocabulary_table(v) for v in vocabularies)
    return "\n\n".join(parts)


def readme_block(readme: str) -> str:
    """The text between the markers in a document (without the markers' own lines)."""
    match = re.search(re.escape(BEGIN) + r"\n(.*?)" + re.escape(END), readme, re.DOTALL)
    if match is None:
        raise ValueError(f"the document has no {BEGIN} ... {END} block")
    return match.group(1).rstrip("\n")


def update_readme(path: Path) -> bool:
    """Rewrite the block between the markers in ``path``; True when it changed."""
    text = path.read_text(encoding="utf-8")
    readme_block(text)  # refuse a document without the markers
    start = text.index(BEGIN) + len(BEGIN)
    end = text.index(END, start)
    updated = text[:start] + "\n" + column_reference() + "\n" + text[end:]
    if updated != text:
        path.write_text(updated, encoding="utf-8")
    return updated != text


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/columns.md")
    print(f"{target} updated" if update_readme(target) else f"{target} already up to date")
