"""How each kind's form is split into tabs.

The fields themselves come from :mod:`guide.catalog.fields`; this only groups
them the way an economist thinks of a premise ("utilities", "transport"). A
field that no section names lands on an extra tab, so a field added to the
catalog is editable at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from guide.catalog import fields as F

# Fields the form shows in its header or handles itself, never as an editor row.
NOT_EDITED = {"id"}
# Texts long enough to need several lines.
MULTILINE = {"description", "akimat_commitment", "status_reason", "reason", "note"}

SECTIONS: dict[str, list[tuple[str, list[str]]]] = {
    "premises": [
        ("main", ["title", "kind", "status", "town", "zone", "address", "lat", "lon", "contact"]),
        ("deal", ["floor_area_m2", "land_area_ha", "ceiling_height_m", "floors", "ownership", "owner",
                  "cadastral_number", "deal", "price_kzt", "available_from"]),
        ("utilities", ["power_kw", "gas", "gas_m3h", "water", "water_m3d", "sewerage", "heating", "heating_gcalh",
                       "telecom"]),
        ("transport", ["road", "rail_siding", "distance_rail_km", "distance_centre_km", "distance_airport_km"]),
        ("gaps", ["missing_infrastructure", "akimat_commitment", "commitment_due"]),
        ("photos", ["photos"]),
    ],
    "projects": [
        ("main", ["title", "kind", "status", "town", "sector", "initiator", "investment_kzt", "jobs", "start_year",
                  "end_year", "contact"]),
        ("needs", ["need_kind", "need_min_area_m2", "need_min_power_kw", "need_gas", "need_water", "need_heating",
                   "need_sewerage", "need_rail", "need_max_price_kzt", "need_max_distance_rail_km"]),
    ],
}  # fmt: skip
# Every kind ends with its descriptions and translations, then provenance.
TEXTS = "texts"
SOURCE = "source"
OTHER = "other"


def _is_translation(code: str) -> bool:
    return code.endswith("_kk") or code.endswith("_en")


def sections(kind: F.Kind) -> list[tuple[str, list[str]]]:
    """The tabs of ``kind``'s form: (section code, field codes), every editable field exactly once."""
    codes = [c for c in kind.codes if c not in NOT_EDITED]
    explicit = SECTIONS.get(kind.name)
    result: list[tuple[str, list[str]]] = []
    placed: set[str] = set()
    if explicit:
        for name, wanted in explicit:
            present = [c for c in wanted if c in codes]
            result.append((name, present))
            placed.update(present)
    source: list[str] = [c for c in ("source", "as_of") if c in codes]
    texts = [c for c in codes if (_is_translation(c) or c.startswith("description")) and c not in placed]
    placed.update(source)
    placed.update(texts)
    rest = [c for c in codes if c not in placed]
    if explicit:
        if rest:
            result.append((OTHER, rest))
    else:
        result.insert(0, ("main", rest))
    if texts:
        result.append((TEXTS, texts))
    # Photos just before the short provenance tab, after everything typed.
    photos = [s for s in result if s[0] == "photos"]
    result = [s for s in result if s[0] != "photos"] + photos
    result.append((SOURCE, source))
    return [s for s in result if s[1]]


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
        OTHER: QCoreApplication.translate("Sections", "Прочее"),
    }.get(name, name)


def multiline(code: str) -> bool:
    base = code.removesuffix("_kk").removesuffix("_en")
    return base in MULTILINE
