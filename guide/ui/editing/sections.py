"""How each kind's form is split into tabs.

The fields and their groups come from :mod:`guide.catalog.fields`; this only
folds the groups onto tabs the way an economist thinks of a premise (the size
and the deal on one tab, the contact with the main facts). Every group has a
tab, so a field added to the catalog is editable at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from guide.catalog import fields as F

# Fields the form shows in its header or handles itself, never as an editor row.
NOT_EDITED = {"id"}
TEXTS = "texts"
SOURCE = "source"

# Tab → the field groups it holds, in tab order.
TABS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("main", (F.MAIN, F.CONTACT)),
    ("deal", (F.SIZE, F.DEAL)),
    ("utilities", (F.UTILITIES,)),
    ("transport", (F.TRANSPORT,)),
    ("gaps", (F.GAPS,)),
    ("needs", (F.NEEDS,)),
    (TEXTS, (F.TEXTS,)),
    # Photos just before the short provenance tab, after everything typed.
    ("photos", (F.PHOTOS_GROUP,)),
    (SOURCE, (F.PROVENANCE,)),
)


def sections(kind: F.Kind) -> list[tuple[str, list[str]]]:
    """The tabs of ``kind``'s form: (section code, field codes), every editable field exactly once."""
    result: list[tuple[str, list[str]]] = []
    for name, groups in TABS:
        codes = [f.code for f in kind.fields if f.group in groups and f.code not in NOT_EDITED]
        # The title leads its tab: it is what the record is called.
        if kind.title_field in codes:
            codes.remove(kind.title_field)
            codes.insert(0, kind.title_field)
        if codes:
            result.append((name, codes))
    return result


def section_title(name: str) -> str:
    return {
        "main": QCoreApplication.translate("Sections", "Основное"),
        "deal": QCoreApplication.translate("Sections", "Площадь и сделка"),
        "utilities": QCoreApplication.translate("Sections", "Инженерные сети"),
        "transport": QCoreApplication.translate("Sections", "Транспорт"),
        "gaps": QCoreApplication.translate("Sections", "Чего не хватает"),
        "photos": QCoreApplication.translate("Sections", "Фото"),
        "needs": QCoreApplication.translate("Sections", "Потребности проекта"),
        TEXTS: QCoreApplication.translate("Sections", "Описание и переводы"),
        SOURCE: QCoreApplication.translate("Sections", "Источник"),
    }.get(name, name)
