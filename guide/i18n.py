"""Language tables shared by the catalog, the PDF builder and the UI.

Codes (``production_hall``, ``vacant``...) are what the catalog stores. Each
vocabulary maps a code to its label in Russian, Kazakh and English. The
importer accepts any of these labels, the PDF prints them, and the UI shows
them in its current language, so one table serves all three and they cannot
drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES: tuple[str, ...] = ("ru", "kk", "en")
DEFAULT_LANGUAGE = "ru"
# Each language's name in itself, as a language picker shows it.
NATIVE_NAMES: dict[str, str] = {"ru": "Русский", "kk": "Қазақша", "en": "English"}

Labels = Mapping[str, str]

VOCABULARIES: dict[str, dict[str, dict[str, str]]] = {
    "premise_kind": {
        "production_hall": {"ru": "Производственный цех", "kk": "Өндірістік цех", "en": "Production hall"},
        "warehouse": {"ru": "Склад", "kk": "Қойма", "en": "Warehouse"},
        "office": {"ru": "Офис", "kk": "Кеңсе", "en": "Office"},
        "land_plot": {"ru": "Земельный участок", "kk": "Жер учаскесі", "en": "Land plot"},
        "building_complex": {"ru": "Имущественный комплекс", "kk": "Мүліктік кешен", "en": "Building complex"},
    },
    "premise_status": {
        "vacant": {"ru": "Свободно", "kk": "Бос", "en": "Vacant"},
        "reserved": {"ru": "Зарезервировано", "kk": "Брондалған", "en": "Reserved"},
        "leased": {"ru": "Сдано в аренду", "kk": "Жалға берілген", "en": "Leased"},
        "sold": {"ru": "Продано", "kk": "Сатылған", "en": "Sold"},
    },
    "ownership": {
        "state": {"ru": "Республиканская", "kk": "Республикалық", "en": "State"},
        "communal": {"ru": "Коммунальная", "kk": "Коммуналдық", "en": "Communal"},
        "private": {"ru": "Частная", "kk": "Жеке", "en": "Private"},
    },
    "deal": {
        "lease": {"ru": "Аренда", "kk": "Жалға алу", "en": "Lease"},
        "sale": {"ru": "Продажа", "kk": "Сату", "en": "Sale"},
        "trust_management": {"ru": "Доверительное управление", "kk": "Сенімгерлік басқару", "en": "Trust management"},
    },
    "utility": {
        "power": {"ru": "Электричество", "kk": "Электр қуаты", "en": "Electricity"},
        "gas": {"ru": "Газ", "kk": "Газ", "en": "Gas"},
        "water": {"ru": "Водоснабжение", "kk": "Сумен жабдықтау", "en": "Water"},
        "sewerage": {"ru": "Канализация", "kk": "Кәріз", "en": "Sewerage"},
        "heating": {"ru": "Теплоснабжение", "kk": "Жылумен жабдықтау", "en": "Heating"},
        "rail_siding": {"ru": "Ж/д тупик", "kk": "Теміржол тұйығы", "en": "Rail siding"},
        "road": {"ru": "Асфальтированная дорога", "kk": "Асфальт жол", "en": "Paved road"},
        "telecom": {"ru": "Связь", "kk": "Байланыс", "en": "Telecom"},
    },
    # What a premise's price is for. Prices of different units are never
    # compared (filters, sorting, matching); codes are stored in price_unit.
    "price_unit": {
        "total": {"ru": "За объект", "kk": "Нысан үшін", "en": "Total"},
        "per_month": {"ru": "В месяц", "kk": "Айына", "en": "Per month"},
        "per_year": {"ru": "В год", "kk": "Жылына", "en": "Per year"},
        "per_m2_month": {"ru": "За м² в месяц", "kk": "Айына 1 м² үшін", "en": "Per m² per month"},
    },
    # How exact a sourced figure is, as the source says it ("about 22 %").
    "qualifier": {
        "about": {"ru": "около", "kk": "шамамен", "en": "about"},
        "more_than": {"ru": "более", "kk": "астам", "en": "more than"},
    },
    "project_kind": {
        "investment": {"ru": "Инвестиционный", "kk": "Инвестициялық", "en": "Investment"},
        "infrastructure": {"ru": "Инфраструктурный", "kk": "Инфрақұрылымдық", "en": "Infrastructure"},
    },
    "project_status": {
        "planned": {"ru": "Планируется", "kk": "Жоспарлануда", "en": "Planned"},
        "in_progress": {"ru": "Реализуется", "kk": "Іске асырылуда", "en": "In progress"},
        "completed": {"ru": "Завершён", "kk": "Аяқталды", "en": "Completed"},
        "suspended": {"ru": "Приостановлен", "kk": "Тоқтатылды", "en": "Suspended"},
    },
    "zone_status": {
        "planned": {"ru": "Планируется", "kk": "Жоспарлануда", "en": "Planned"},
        "operating": {"ru": "Действует", "kk": "Жұмыс істейді", "en": "Operating"},
    },
    "monotown_status": {
        "monotown": {"ru": "Моногород", "kk": "Моноқала", "en": "Monotown"},
        "former_monotown": {"ru": "Бывший моногород", "kk": "Бұрынғы моноқала", "en": "Former monotown"},
        "not_monotown": {"ru": "Не моногород", "kk": "Моноқала емес", "en": "Not a monotown"},
    },
    "niche": {
        "logistics": {"ru": "Логистика", "kk": "Логистика", "en": "Logistics"},
        "metalworking": {"ru": "Металлообработка", "kk": "Металл өңдеу", "en": "Metalworking"},
        "services": {"ru": "Сервис", "kk": "Қызмет көрсету", "en": "Services"},
        "transport": {"ru": "Транспорт", "kk": "Көлік", "en": "Transport"},
        "construction": {"ru": "Строительство", "kk": "Құрылыс", "en": "Construction"},
        "repair": {"ru": "Ремонт оборудования", "kk": "Жабдықты жөндеу", "en": "Equipment repair"},
        "manufacturing": {"ru": "Производство", "kk": "Өндіріс", "en": "Manufacturing"},
        "other": {"ru": "Прочее", "kk": "Басқа", "en": "Other"},
    },
    # Incentives, institutions and routes (issue 14).
    "incentive_kind": {
        "tax": {"ru": "Налоговая льгота", "kk": "Салықтық жеңілдік", "en": "Tax"},
        "customs": {"ru": "Таможенная льгота", "kk": "Кедендік жеңілдік", "en": "Customs"},
        "grant": {"ru": "Натурный грант", "kk": "Заттай грант", "en": "In-kind grant"},
        "subsidy": {"ru": "Субсидия", "kk": "Субсидия", "en": "Subsidy"},
        "zone_regime": {"ru": "Режим зоны", "kk": "Аймақ режимі", "en": "Zone regime"},
        "agreement": {"ru": "Соглашение с государством", "kk": "Мемлекетпен келісім", "en": "Agreement"},
        "programme": {"ru": "Программа", "kk": "Бағдарлама", "en": "Programme"},
    },
    # Where an incentive applies; "zone" names one small industrial zone,
    # "small_zones" every one of them, "sez" a special economic zone.
    "incentive_scope": {
        "national": {"ru": "Вся страна", "kk": "Бүкіл ел", "en": "National"},
        "region": {"ru": "Область", "kk": "Облыс", "en": "Region"},
        "town": {"ru": "Город", "kk": "Қала", "en": "Town"},
        "sez": {
            "ru": "Специальная экономическая зона",
            "kk": "Арнайы экономикалық аймақ",
            "en": "Special economic zone",
        },
        "small_zones": {"ru": "Малые промзоны", "kk": "Шағын өнеркәсіптік аймақтар", "en": "Small industrial zones"},
        "zone": {"ru": "Одна малая промзона", "kk": "Бір шағын өнеркәсіптік аймақ", "en": "One small industrial zone"},
    },
    "investment_unit": {
        "mci": {"ru": "МРП", "kk": "АЕК", "en": "MCI"},
        "kzt": {"ru": "тенге", "kk": "теңге", "en": "KZT"},
        "usd": {"ru": "долл. США", "kk": "АҚШ доллары", "en": "USD"},
    },
    "institution_role": {
        "one_stop_shop": {
            "ru": "Единое окно для инвесторов",
            "kk": "Инвесторларға арналған бір терезе",
            "en": "One-stop shop",
        },
        "investment_promotion": {
            "ru": "Продвижение инвестиций",
            "kk": "Инвестицияларды ілгерілету",
            "en": "Investment promotion",
        },
        "development_corporation": {
            "ru": "Институт развития (СПК)",
            "kk": "Даму институты (ӘКК)",
            "en": "Development corporation",
        },
        "zone_operator": {
            "ru": "Управляющая компания зоны",
            "kk": "Аймақтың басқарушы компаниясы",
            "en": "Zone operator",
        },
        "akimat_department": {
            "ru": "Акимат и его управления",
            "kk": "Әкімдік және оның басқармалары",
            "en": "Akimat department",
        },
        "chamber": {"ru": "Палата предпринимателей", "kk": "Кәсіпкерлер палатасы", "en": "Chamber of entrepreneurs"},
        "state_body": {"ru": "Государственный орган", "kk": "Мемлекеттік орган", "en": "State body"},
        "university": {"ru": "Университет", "kk": "Университет", "en": "University"},
        "college": {"ru": "Колледж", "kk": "Колледж", "en": "College"},
    },
    # How far an institution's work reaches (its town, when "town", is in ``town``).
    "reach": {
        "national": {"ru": "Вся страна", "kk": "Бүкіл ел", "en": "National"},
        "region": {"ru": "Область", "kk": "Облыс", "en": "Region"},
        "town": {"ru": "Город", "kk": "Қала", "en": "Town"},
    },
    "language": {
        "ru": {"ru": "русский", "kk": "орыс тілі", "en": "Russian"},
        "kk": {"ru": "казахский", "kk": "қазақ тілі", "en": "Kazakh"},
        "en": {"ru": "английский", "kk": "ағылшын тілі", "en": "English"},
    },
    "route_destination": {
        "regional_centre": {"ru": "Областной центр", "kk": "Облыс орталығы", "en": "Regional centre"},
        "capital": {"ru": "Столица", "kk": "Елорда", "en": "Capital"},
        "city": {"ru": "Город", "kk": "Қала", "en": "City"},
        "airport": {"ru": "Аэропорт", "kk": "Әуежай", "en": "Airport"},
        "rail_station": {
            "ru": "Ж/д станция или узел",
            "kk": "Теміржол бекеті немесе торабы",
            "en": "Railway station or hub",
        },
        "border_crossing": {"ru": "Пограничный переход", "kk": "Шекара өткелі", "en": "Border crossing"},
    },
    "route_mode": {
        "road": {"ru": "Автодорога", "kk": "Автожол", "en": "Road"},
        "rail": {"ru": "Железная дорога", "kk": "Теміржол", "en": "Rail"},
        "air": {"ru": "Авиа", "kk": "Әуе", "en": "Air"},
    },
    # Where a distance comes from: a figure the source states, a sum of stated
    # figures, or a straight line computed from coordinates (never a road distance).
    "distance_basis": {
        "stated": {"ru": "Указано в источнике", "kk": "Дереккөзде көрсетілген", "en": "Stated by the source"},
        "derived": {
            "ru": "Сумма указанных участков",
            "kk": "Көрсетілген бөліктердің қосындысы",
            "en": "Sum of stated legs",
        },
        "straight_line": {
            "ru": "По прямой (расчёт по координатам)",
            "kk": "Түзу сызықпен (координаттар бойынша есеп)",
            "en": "Straight line (computed from coordinates)",
        },
    },
    "boolean": {
        "yes": {"ru": "да", "kk": "иә", "en": "yes"},
        "no": {"ru": "нет", "kk": "жоқ", "en": "no"},
    },
    # The akimat's map layers (`investor-guide layer add --kind`).
    "layer_kind": {
        "rail": {"ru": "Железная дорога", "kk": "Теміржол", "en": "Railway"},
        "road": {"ru": "Автодорога", "kk": "Автожол", "en": "Road"},
        "power": {"ru": "Электросеть", "kk": "Электр желісі", "en": "Power network"},
        "gas": {"ru": "Газопровод", "kk": "Газ құбыры", "en": "Gas pipeline"},
        "water": {"ru": "Водопровод", "kk": "Су құбыры", "en": "Water network"},
        "heat": {"ru": "Теплосеть", "kk": "Жылу желісі", "en": "Heat network"},
        "zone": {"ru": "Индустриальная зона", "kk": "Индустриялық аймақ", "en": "Industrial zone"},
        "other": {"ru": "Прочее", "kk": "Басқа", "en": "Other"},
    },
    # What an undo step did, as the Edit menu names it ("Отменить изменение «Цех №1»").
    "edit_action": {
        "add": {"ru": "добавление", "kk": "қосу", "en": "adding"},
        "edit": {"ru": "изменение", "kk": "өзгерту", "en": "editing"},
        "delete": {"ru": "удаление", "kk": "жою", "en": "deleting"},
        "status": {"ru": "смена статуса", "kk": "мәртебені ауыстыру", "en": "status change"},
        "photos": {"ru": "фото", "kk": "фото", "en": "photos"},
        # guide.catalog.demo.REMOVE_DEMO_STEP
        "remove_demo": {
            "ru": "удаление демо-записей",
            "kk": "демо жазбаларды жою",
            "en": "removal of the demo records",
        },
    },
}


def label(vocabulary: str, code: str | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """The label of ``code`` in ``lang``; the code itself when it is unknown."""
    if code is None:
        return ""
    entry = VOCABULARIES[vocabulary].get(code)
    if entry is None:
        return code
    return entry.get(lang) or entry[DEFAULT_LANGUAGE]


def codes(vocabulary: str) -> list[str]:
    """The codes of a vocabulary, in their documented order."""
    return list(VOCABULARIES[vocabulary])


def normalise(text: str) -> str:
    """Fold a label or header for comparison: case, ``ё``, spaces, underscores."""
    folded = text.casefold().replace("ё", "е").replace("_", " ").replace("\u00a0", " ")
    return " ".join(folded.split())


def lookup_code(vocabulary: str, text: str) -> str | None:
    """The code whose code or label in any language is ``text``, or None."""
    wanted = normalise(text)
    for code, labels in VOCABULARIES[vocabulary].items():
        if wanted == normalise(code) or any(wanted == normalise(v) for v in labels.values()):
            return code
    return None


def localized(record: Mapping[str, object], field: str, lang: str) -> tuple[str, bool]:
    """A record's own text in ``lang``, and whether it is a fallback.

    Records keep their main text in ``field`` (Russian as a rule) and
    translations in ``field_kk`` and ``field_en``. When the wanted version is
    empty the main text is returned and the second value is True, so callers
    can mark the fallback visibly.
    """
    main = str(record.get(field) or "")
    if lang == DEFAULT_LANGUAGE:
        return main, False
    version = record.get(f"{field}_{lang}")
    if version:
        return str(version), False
    return main, bool(main)


# After a value shown in Russian for want of a version in the edition's language.
FALLBACK_MARKS: dict[str, str] = {"ru": "(рус.)", "kk": "(орыс.)", "en": "(ru)"}

_KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def reads_as_russian(text: str) -> bool:
    """True when ``text`` is in Cyrillic without the letters only Kazakh has: Russian as far as a reader can tell."""
    return has_cyrillic(text) and not any(ch in _KAZAKH_LETTERS for ch in text)


def needs_language_mark(text: str, lang: str, *, fallback: bool = True) -> bool:
    """Whether ``text``, shown in a ``lang`` edition for want of a version in it, must carry the "(ru)" mark.

    A fallback in Latin letters (a company's registered name, a number) reads
    the same in every edition and is left unmarked; Cyrillic is marked in the
    English edition, and Russian (no Kazakh letters) in the Kazakh one.
    """
    if lang == DEFAULT_LANGUAGE or not fallback or not text:
        return False
    if lang == "kk":
        return reads_as_russian(text)
    return has_cyrillic(text)


def price_suffix(unit: str | None, lang: str) -> str:
    """What follows a price's amount: "в месяц", "per m² per month"; empty for a total price or no unit."""
    if not unit or unit == "total" or unit not in VOCABULARIES["price_unit"]:
        return ""
    return label("price_unit", unit, lang).lower()
