"""What an edition would print in Russian for want of a translation.

Every text a person writes has Kazakh and English versions in the field
registry (``code``, ``code_kk``, ``code_en``). A guide in Kazakh or English
prints the Russian text, marked, where the version is empty; this lists
those places before printing, for the export dialog and ``check``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.quality import is_demo, record_title

# The kinds a guide prints: every kind of the registry (the regional guide has
# a section for each), so a kind added there is checked here without a second list.
PRINTED_KINDS: tuple[str, ...] = tuple(F.KINDS)


@dataclass(frozen=True)
class Untranslated:
    """One text that a ``lang`` edition would show in Russian."""

    kind: str
    id: Any
    title: str
    field: str
    label: str
    text: str
    demo: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "title": self.title,
            "field": self.field,
            "label": self.label,
            "text": self.text,
            "demo": self.demo,
        }


def translated_fields(kind: F.Kind) -> list[str]:
    """The fields of ``kind`` that have Kazakh and English versions."""
    codes = set(kind.codes)
    return [c for c in kind.codes if f"{c}_kk" in codes and f"{c}_en" in codes]


def untranslated_in(kind_name: str, record: Mapping[str, Any], lang: str) -> list[Untranslated]:
    """The texts of one record that a ``lang`` edition would show in Russian."""
    if lang == i18n.DEFAULT_LANGUAGE:
        return []
    kind = F.kind(kind_name)
    found = []
    for code in translated_fields(kind):
        if code == "source" and is_demo(record):
            continue  # printed as the DEMO mark, in the edition's language
        text, fallback = i18n.localized(record, code, lang)
        if i18n.needs_language_mark(text, lang, fallback=fallback):
            found.append(
                Untranslated(
                    kind=kind_name,
                    id=record.get("id"),
                    title=record_title(kind_name, record, lang),
                    field=code,
                    label=kind.field(code).label(lang),
                    text=text,
                    demo=is_demo(record),
                )
            )
    return found


def untranslated(
    catalog: Any, lang: str, *, kinds: Sequence[str] = PRINTED_KINDS, records: Iterable[tuple[str, Any]] = ()
) -> list[Untranslated]:
    """Every text a ``lang`` edition would show in Russian: of ``records`` ((kind, id) pairs) when
    given, else of every record of ``kinds``."""
    chosen = list(records)
    found: list[Untranslated] = []
    if chosen:
        for kind_name, record_id in chosen:
            record = catalog.get(kind_name, record_id)
            if record is not None:
                found += untranslated_in(kind_name, record, lang)
        return found
    for kind_name in kinds:
        for record in catalog.all(kind_name):
            found += untranslated_in(kind_name, record, lang)
    return found
