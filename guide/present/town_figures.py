"""The town summary as readers see it: one label and one way of writing each figure, in ru, kk and en.

The Towns comparison in the window, the PDF's figure strips and comparison
table, and ``investor-guide towns`` all take their labels and texts from
here and their values from :func:`guide.catalog.summary.town_summaries`, so
they agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from guide import i18n
from guide.catalog.summary import TownSummary
from guide.present import format as present


@dataclass(frozen=True)
class Figure:
    key: str  # a TownSummary attribute
    labels: dict[str, str]
    demo: str  # the TownSummary flag that says whether demo records are behind it


# In the order the comparison lists them.
FIGURES: tuple[Figure, ...] = (
    Figure("vacant_premises", {"ru": "Свободные помещения", "kk": "Бос үй-жайлар", "en": "Vacant premises"},
           "premises_demo"),
    Figure("vacant_area_m2", {"ru": "Свободная площадь, м²", "kk": "Бос аудан, м²", "en": "Vacant floor area, m²"},
           "premises_demo"),
    Figure("max_power_kw", {"ru": "Наибольшая мощность, кВт", "kk": "Ең үлкен қуат, кВт",
                            "en": "Largest power supply, kW"}, "premises_demo"),
    Figure("rail_sidings", {"ru": "Свободные помещения с ж/д тупиком", "kk": "Теміржол тұйығы бар бос үй-жайлар",
                            "en": "Vacant premises with a rail siding"}, "premises_demo"),
    Figure("zones", {"ru": "Малые промзоны", "kk": "Шағын өнеркәсіптік аймақтар", "en": "Small industrial zones"},
           "zones_demo"),
    Figure("projects", {"ru": "Инвестиционные проекты", "kk": "Инвестициялық жобалар", "en": "Investment projects"},
           "projects_demo"),
    Figure("investment_kzt", {"ru": "Инвестиции в проекты, тенге", "kk": "Жобаларға инвестициялар, теңге",
                              "en": "Investment in projects, KZT"}, "projects_demo"),
    Figure("local_suppliers", {"ru": "Местные поставщики", "kk": "Жергілікті жеткізушілер", "en": "Local suppliers"},
           "suppliers_demo"),
)  # fmt: skip
BY_KEY: dict[str, Figure] = {f.key: f for f in FIGURES}


def label(key: str, lang: str) -> str:
    """A figure's label in ``lang``."""
    labels = BY_KEY[key].labels
    return labels.get(lang) or labels[i18n.DEFAULT_LANGUAGE]


def text(summary: TownSummary, key: str, lang: str) -> str:
    """A figure as it is printed: counts always (``0``), amounts '' when nothing states them."""
    return present.number(getattr(summary, key), lang)


def is_demo(summary: TownSummary, key: str) -> bool:
    """True when a demo record is behind this figure."""
    return bool(getattr(summary, BY_KEY[key].demo))
