"""The published site's own text in Russian, Kazakh and English.

Field labels come from ``guide/catalog/fields.py``, vocabulary labels from
``guide/i18n.py``, and the passport's words that the printed guide already has
from ``guide/pdf/texts.py``; this table holds only what the site adds.
"""

from __future__ import annotations

from guide import i18n
from guide.pdf import texts as pdf_texts

TEXTS: dict[str, dict[str, str]] = {
    "site_title": {
        "ru": "Моногорода Карагандинской области: каталог для инвестора",
        "kk": "Қарағанды облысының моноқалалары: инвесторға арналған каталог",
        "en": "Monotowns of Karaganda region: a catalog for investors",
    },
    "site_description": {
        "ru": "Свободные помещения и участки, малые промзоны, проекты, поставщики и показатели моногородов. "
        "Только чтение; у каждой записи указаны источник и дата актуальности.",
        "kk": "Моноқалалардың бос үй-жайлары мен учаскелері, шағын өнеркәсіптік аймақтары, жобалары, "
        "жеткізушілері және көрсеткіштері. Тек оқуға арналған; әр жазбада дереккөзі мен өзектілік күні бар.",
        "en": "Vacant premises and plots, small industrial zones, projects, suppliers and indicators of the "
        "monotowns. Read-only; every record names its source and the date it was last checked.",
    },
    "database_description": {
        "ru": "Каталог на русском языке, данные на {date}.",
        "kk": "Қазақ тіліндегі каталог, {date} жағдайы бойынша деректер.",
        "en": "The catalog in English, data as of {date}.",
    },
    "demo_notice": {
        "ru": "В каталоге есть демонстрационные записи (отметка «ДЕМО»): это вымышленные примеры, не предложения.",
        "kk": "Каталогта көрсетілім жазбалары бар («ДЕМО» белгісі): бұл ойдан шығарылған мысалдар, ұсыныс емес.",
        "en": "The catalog holds demonstration records (marked DEMO): invented examples, not offers.",
    },
    "sources_note": {
        "ru": "Источник и дата актуальности — в столбцах «Источник» и «Дата актуальности» каждой записи.",
        "kk": "Дереккөзі мен өзектілік күні әр жазбаның «Дереккөз» және «Өзектілік күні» бағандарында.",
        "en": "Each record's source and as-of date are in its Source and As of columns.",
    },
    "source_name": {
        "ru": "Каталог акимата Карагандинской области",
        "kk": "Қарағанды облысы әкімдігінің каталогы",
        "en": "Catalog of the Karaganda region akimat",
    },
    # Marks in the "marks" column and on the premise page.
    "demo": {"ru": "ДЕМО", "kk": "ДЕМО", "en": "DEMO"},
    "stale": {"ru": "устарело", "kk": "ескірген", "en": "outdated"},
    "fallback": {"ru": "текст на русском", "kk": "мәтін орысша", "en": "text in Russian"},
    "column_marks": {"ru": "Отметки", "kk": "Белгілер", "en": "Marks"},
    "column_utilities": {"ru": "Подведено", "kk": "Жеткізілген", "en": "Utilities in place"},
    "column_photo": {"ru": "Фото", "kk": "Фото", "en": "Photo"},
    "column_brief_pdf": {"ru": "PDF-паспорт", "kk": "PDF-паспорт", "en": "PDF brief"},
    # The premise page.
    "key_figures": {"ru": "Основные сведения", "kk": "Негізгі мәліметтер", "en": "Key figures"},
    "open_brief": {"ru": "Паспорт объекта (PDF)", "kk": "Нысан паспорты (PDF)", "en": "The premise's brief (PDF)"},
    "all_fields": {"ru": "Все поля записи", "kk": "Жазбаның барлық өрістері", "en": "All fields of the record"},
    "demo_banner": {
        "ru": "Демонстрационная запись: вымышленный пример, не предложение.",
        "kk": "Көрсетілім жазбасы: ойдан шығарылған мысал, ұсыныс емес.",
        "en": "Demonstration record: an invented example, not an offer.",
    },
    "stale_banner": {
        "ru": "Сведения устарели: проверены более года назад ({date}).",
        "kk": "Мәліметтер ескірген: бір жылдан астам бұрын тексерілген ({date}).",
        "en": "Outdated: last checked more than a year ago ({date}).",
    },
    # Canned queries.
    "q_vacant_power": {
        "ru": "Свободные помещения с мощностью не менее N кВт в городе",
        "kk": "Қаладағы қуаты кемінде N кВт бос үй-жайлар",
        "en": "Vacant premises with at least N kW in a town",
    },
    "q_vacant_power_help": {
        "ru": "town — название города на любом языке или его код; min_kw — нужная мощность, кВт.",
        "kk": "town — қаланың кез келген тілдегі атауы немесе коды; min_kw — қажет қуат, кВт.",
        "en": "town: the town's name in any language, or its id; min_kw: the power you need, kW.",
    },
    "q_rail_siding": {
        "ru": "Помещения с железнодорожным тупиком",
        "kk": "Теміржол тұйығы бар үй-жайлар",
        "en": "Premises with a rail siding",
    },
    "q_incentives_sector": {
        "ru": "Меры поддержки для отрасли",
        "kk": "Сала үшін қолдау шаралары",
        "en": "Incentives for a sector",
    },
    "q_incentives_sector_help": {
        "ru": "sector — отрасль или слово из описания меры.",
        "kk": "sector — сала немесе шара сипаттамасындағы сөз.",
        "en": "sector: a sector, or a word from the incentive's description.",
    },
}

# Words the printed passport already has: one wording for the page and the PDF.
FROM_PDF = ("missing_and_commitment", "nothing_missing", "no_commitment", "utilities", "photo_missing", "source")


def t(key: str, lang: str, **values: object) -> str:
    """The site's text ``key`` in ``lang`` (Russian if missing); the passport's words come from the PDF's table."""
    if key in FROM_PDF:
        return pdf_texts.t(key, lang, **values)
    entry = TEXTS[key]
    text = entry.get(lang) or entry[i18n.DEFAULT_LANGUAGE]
    return text.format(**values) if values else text
