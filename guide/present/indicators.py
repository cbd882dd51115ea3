"""Indicator names and units in ru, kk and en: what the window's table, the charts and the PDF print.

The catalog stores an indicator as a code (``registered_smes``) and its unit
as typed, in Russian (``тыс. чел.``); these tables say how each reads.
"""

from __future__ import annotations

from guide import i18n

# What the catalog's indicator codes mean; unknown codes print as they are.
INDICATOR_NAMES: dict[str, dict[str, str]] = {
    "monotowns_manufacturing_share": {
        "ru": "Доля моногородов в обрабатывающей промышленности области",
        "kk": "Моноқалалардың облыстың өңдеу өнеркәсібіндегі үлесі",
        "en": "Monotowns' share of the region's manufacturing",
    },
    "monotowns_investment_share": {
        "ru": "Доля моногородов в инвестициях области",
        "kk": "Моноқалалардың облыс инвестицияларындағы үлесі",
        "en": "Monotowns' share of the region's investment",
    },
    "monotowns_population": {
        "ru": "Население моногородов",
        "kk": "Моноқалалардың халқы",
        "en": "Population of the monotowns",
    },
    "monotowns_population_share": {
        "ru": "Доля моногородов в населении области",
        "kk": "Моноқалалардың облыс халқындағы үлесі",
        "en": "Monotowns' share of the region's population",
    },
    "roadmap_projects_completed": {
        "ru": "Завершено проектов Дорожной карты",
        "kk": "Аяқталған жол картасы жобалары",
        "en": "Roadmap projects completed",
    },
    "small_industrial_zones_created": {
        "ru": "Создано малых промзон (Казахстан)",
        "kk": "Құрылған шағын өнеркәсіптік аймақтар (Қазақстан)",
        "en": "Small industrial zones created (Kazakhstan)",
    },
    "registered_smes": {
        "ru": "Зарегистрированные субъекты МСБ",
        "kk": "Тіркелген ШОБ субъектілері",
        "en": "Registered SMEs",
    },
    "sme_belt_smes": {
        "ru": "Пояс МСБ вокруг градообразующей компании",
        "kk": "Қала құраушы компания айналасындағы ШОБ белдеуі",
        "en": "SME belt around the city-forming company",
    },
    "sme_belt_local": {
        "ru": "Местные предприятия пояса МСБ",
        "kk": "ШОБ белдеуінің жергілікті кәсіпорындары",
        "en": "Local firms in the SME belt",
    },
    "investment_bn_kzt": {
        "ru": "Инвестиции в основной капитал",
        "kk": "Негізгі капиталға инвестициялар",
        "en": "Investment in fixed capital",
    },
    # Labour (issue 14): the region's figure where one exists, else the national benchmark.
    "region_unemployment_rate": {
        "ru": "Уровень безработицы в области",
        "kk": "Облыстағы жұмыссыздық деңгейі",
        "en": "Unemployment rate in the region",
    },
    "national_unemployment_rate": {
        "ru": "Уровень безработицы по Казахстану",
        "kk": "Қазақстан бойынша жұмыссыздық деңгейі",
        "en": "Unemployment rate, Kazakhstan",
    },
    "national_average_wage": {
        "ru": "Средняя зарплата по Казахстану",
        "kk": "Қазақстан бойынша орташа жалақы",
        "en": "Average monthly wage, Kazakhstan",
    },
    "minimum_wage": {"ru": "Минимальная зарплата", "kk": "Ең төменгі жалақы", "en": "Minimum wage"},
    "enterprise_staff": {
        "ru": "Работников крупнейшего предприятия",
        "kk": "Ең ірі кәсіпорын қызметкерлері",
        "en": "Staff of the largest employer",
    },
}

# The catalog keeps units as typed, in Russian; these are their translations.
UNITS: dict[str, dict[str, str]] = {
    "%": {"ru": "%", "kk": "%", "en": "%"},
    "тыс. чел.": {"ru": "тыс. чел.", "kk": "мың адам", "en": "thousand people"},
    "чел.": {"ru": "чел.", "kk": "адам", "en": "people"},
    "проектов": {"ru": "проектов", "kk": "жоба", "en": "projects"},
    "зон": {"ru": "зон", "kk": "аймақ", "en": "zones"},
    "ед.": {"ru": "ед.", "kk": "бірлік", "en": "units"},
    "млрд тенге": {"ru": "млрд тенге", "kk": "млрд теңге", "en": "bn KZT"},
    "млн тенге": {"ru": "млн тенге", "kk": "млн теңге", "en": "mn KZT"},
    "тенге": {"ru": "тенге", "kk": "теңге", "en": "KZT"},
    "тыс. тенге": {"ru": "тыс. тенге", "kk": "мың теңге", "en": "thousand KZT"},
    "предприятий": {"ru": "предприятий", "kk": "кәсіпорын", "en": "firms"},
}


def indicator_name(code: str, lang: str) -> str:
    """The indicator code's name in ``lang``; an unknown code reads as itself, without underscores."""
    entry = INDICATOR_NAMES.get(code)
    if entry is None:
        return code.replace("_", " ")
    return entry.get(lang) or entry[i18n.DEFAULT_LANGUAGE]


def unit(text: str | None, lang: str) -> str:
    """A unit as typed in the catalog, in ``lang``; an unknown unit as it is."""
    if not text:
        return ""
    entry = UNITS.get(text.strip())
    return entry.get(lang, text) if entry else text
