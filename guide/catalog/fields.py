"""The fields of every kind of record: the one description of the catalog.

The schema, the importer and its validation, the exporter, the templates, the
editing forms and the column reference in docs/columns.md are all driven by these
tables, so a field added here appears everywhere at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Field types. "ref:towns" and "ref:zones" name a record of another table by
# id or by name; "choice" takes a code from an i18n vocabulary; "list" is a
# ';'-separated list of codes from a vocabulary; "photos" a list of file paths.
TEXT = "text"
INT = "int"
FLOAT = "float"
BOOL = "bool"
DATE = "date"
CHOICE = "choice"
LIST = "list"
TOWN = "town"
ZONE = "zone"
PHOTOS = "photos"


@dataclass(frozen=True)
class Field:
    code: str
    type: str
    ru: str
    kk: str
    en: str
    required: bool = False
    vocabulary: str | None = None
    minimum: float | None = None
    # True where zero is not a valid value (areas, heights).
    positive: bool = False
    default: object = None
    # Fields the user never types: they are kept by the catalog.
    internal: bool = False

    def label(self, lang: str) -> str:
        return str(getattr(self, lang))


def _translated(code: str, type_: str, ru: str, kk: str, en: str, **kw: object) -> list[Field]:
    """A text field and its Kazakh and English versions."""
    return [
        Field(code, type_, ru, kk, en, **kw),  # type: ignore[arg-type]
        Field(f"{code}_kk", type_, f"{ru} (каз.)", f"{kk} (қаз.)", f"{en} (Kazakh)"),
        Field(f"{code}_en", type_, f"{ru} (англ.)", f"{kk} (ағыл.)", f"{en} (English)"),
    ]


_PROVENANCE = [
    Field("source", TEXT, "Источник", "Дереккөз", "Source"),
    Field("as_of", DATE, "Дата актуальности", "Өзектілік күні", "As of"),
]


@dataclass(frozen=True)
class Kind:
    """A kind of record: its table, its fields and how it is titled."""

    name: str
    table: str
    fields: tuple[Field, ...]
    title_field: str
    # Columns indexed for full-text search, besides the town's names.
    search_fields: tuple[str, ...] = ()
    # The text id type: towns use slugs, everything else integers.
    id_type: str = INT
    labels: dict[str, str] = field(default_factory=dict)

    def field(self, code: str) -> Field:
        for f in self.fields:
            if f.code == code:
                return f
        raise KeyError(code)

    @property
    def codes(self) -> list[str]:
        return [f.code for f in self.fields]

    def defaults(self) -> dict[str, object]:
        """The value a new record takes for each field that has a default."""
        return {f.code: f.default for f in self.fields if f.default is not None}

    def label(self, lang: str) -> str:
        return self.labels.get(lang, self.name)


TOWNS = Kind(
    name="towns",
    table="towns",
    title_field="name",
    id_type=TEXT,
    labels={"ru": "Города", "kk": "Қалалар", "en": "Towns"},
    search_fields=("name", "name_kk", "name_en", "city_forming", "description", "description_kk", "description_en"),
    fields=(
        Field("id", TEXT, "Код", "Коды", "ID"),
        *_translated("name", TEXT, "Название", "Атауы", "Name", required=True),
        Field("region", TEXT, "Область", "Облыс", "Region", default="karaganda"),
        Field("lat", FLOAT, "Широта", "Ендік", "Latitude"),
        Field("lon", FLOAT, "Долгота", "Бойлық", "Longitude"),
        Field(
            "monotown_status",
            CHOICE,
            "Статус моногорода",
            "Моноқала мәртебесі",
            "Monotown status",
            vocabulary="monotown_status",
            default="not_monotown",
        ),
        *_translated("status_reason", TEXT, "Основание статуса", "Мәртебе негіздемесі", "Status reason"),
        *_translated(
            "city_forming", TEXT, "Градообразующее предприятие", "Қала құраушы кәсіпорын", "City-forming enterprise"
        ),
        Field("population", INT, "Население, чел.", "Халқы, адам", "Population", minimum=0),
        Field(
            "distance_centre_km",
            FLOAT,
            "До областного центра, км",
            "Облыс орталығына дейін, км",
            "To regional centre, km",
            minimum=0,
        ),
        Field("akimat_contact", TEXT, "Контакты акимата", "Әкімдік байланыстары", "Akimat contact"),
        *_translated("description", TEXT, "Описание", "Сипаттама", "Description"),
        *_PROVENANCE,
    ),
)

ZONES = Kind(
    name="zones",
    table="zones",
    title_field="name",
    labels={"ru": "Малые промзоны", "kk": "Шағын өнеркәсіптік аймақтар", "en": "Small industrial zones"},
    search_fields=(
        "name",
        "name_kk",
        "name_en",
        "sectors",
        "operator",
        "address",
        "description",
        "description_kk",
        "description_en",
    ),
    fields=(
        Field("id", INT, "Код", "Коды", "ID"),
        Field("town", TOWN, "Город", "Қала", "Town", required=True),
        *_translated("name", TEXT, "Название", "Атауы", "Name", required=True),
        Field("status", CHOICE, "Статус", "Мәртебесі", "Status", vocabulary="zone_status", default="planned"),
        Field("area_ha", FLOAT, "Площадь, га", "Аумағы, га", "Area, ha", positive=True),
        Field("sectors", TEXT, "Отрасли", "Салалар", "Sectors"),
        Field("operator", TEXT, "Управляющая компания", "Басқарушы компания", "Operator"),
        Field("address", TEXT, "Адрес", "Мекенжайы", "Address"),
        Field("lat", FLOAT, "Широта", "Ендік", "Latitude"),
        Field("lon", FLOAT, "Долгота", "Бойлық", "Longitude"),
        Field("contact", TEXT, "Контакт", "Байланыс", "Contact"),
        *_translated("description", TEXT, "Описание", "Сипаттама", "Description"),
        *_PROVENANCE,
    ),
)

PREMISES = Kind(
    name="premises",
    table="premises",
    title_field="title",
    labels={"ru": "Помещения", "kk": "Үй-жайлар", "en": "Premises"},
    search_fields=(
        "title",
        "title_kk",
        "title_en",
        "address",
        "owner",
        "cadastral_number",
        "description",
        "description_kk",
        "description_en",
        "akimat_commitment",
    ),
    fields=(
        Field("id", INT, "Код", "Коды", "ID"),
        Field("town", TOWN, "Город", "Қала", "Town", required=True),
        *_translated("title", TEXT, "Наименование", "Атауы", "Title", required=True),
        Field("kind", CHOICE, "Тип объекта", "Нысан түрі", "Kind", required=True, vocabulary="premise_kind"),
        Field("address", TEXT, "Адрес", "Мекенжайы", "Address"),
        Field("lat", FLOAT, "Широта", "Ендік", "Latitude"),
        Field("lon", FLOAT, "Долгота", "Бойлық", "Longitude"),
        Field("floor_area_m2", FLOAT, "Площадь, м²", "Аудан, м²", "Floor area, m²", positive=True),
        Field(
            "land_area_ha", FLOAT, "Площадь участка, га", "Жер учаскесінің ауданы, га", "Land area, ha", positive=True
        ),
        Field("ceiling_height_m", FLOAT, "Высота потолков, м", "Төбе биіктігі, м", "Ceiling height, m", positive=True),
        Field("floors", INT, "Этажность", "Қабат саны", "Floors", positive=True),
        Field("ownership", CHOICE, "Форма собственности", "Меншік нысаны", "Ownership", vocabulary="ownership"),
        Field("owner", TEXT, "Собственник", "Меншік иесі", "Owner"),
        Field("cadastral_number", TEXT, "Кадастровый номер", "Кадастрлық нөмір", "Cadastral number"),
        Field("deal", CHOICE, "Условия", "Шарттары", "Deal", vocabulary="deal"),
        Field("price_kzt", FLOAT, "Цена, тенге", "Бағасы, теңге", "Price, KZT", minimum=0),
        Field("available_from", DATE, "Доступно с", "Қолжетімді күні", "Available from"),
        Field("power_kw", FLOAT, "Электричество, кВт", "Электр қуаты, кВт", "Power, kW", minimum=0),
        Field("gas", BOOL, "Газ", "Газ", "Gas"),
        Field("gas_m3h", FLOAT, "Газ, м³/ч", "Газ, м³/сағ", "Gas, m³/h", minimum=0),
        Field("water", BOOL, "Водоснабжение", "Сумен жабдықтау", "Water"),
        Field("water_m3d", FLOAT, "Вода, м³/сут", "Су, м³/тәул", "Water, m³/day", minimum=0),
        Field("sewerage", BOOL, "Канализация", "Кәріз", "Sewerage"),
        Field("heating", BOOL, "Теплоснабжение", "Жылумен жабдықтау", "Heating"),
        Field("heating_gcalh", FLOAT, "Тепло, Гкал/ч", "Жылу, Гкал/сағ", "Heating, Gcal/h", minimum=0),
        Field("telecom", BOOL, "Связь", "Байланыс", "Telecom"),
        Field("road", BOOL, "Асфальтированная дорога", "Асфальт жол", "Paved road"),
        Field("rail_siding", BOOL, "Ж/д тупик", "Теміржол тұйығы", "Rail siding"),
        Field(
            "distance_rail_km",
            FLOAT,
            "До ж/д станции, км",
            "Теміржол бекетіне дейін, км",
            "To railway station, km",
            minimum=0,
        ),
        Field(
            "distance_centre_km",
            FLOAT,
            "До областного центра, км",
            "Облыс орталығына дейін, км",
            "To regional centre, km",
            minimum=0,
        ),
        Field("distance_airport_km", FLOAT, "До аэропорта, км", "Әуежайға дейін, км", "To airport, km", minimum=0),
        Field("zone", ZONE, "Малая промзона", "Шағын өнеркәсіптік аймақ", "Small industrial zone"),
        Field(
            "missing_infrastructure",
            LIST,
            "Недостающая инфраструктура",
            "Жетіспейтін инфрақұрылым",
            "Missing infrastructure",
            vocabulary="utility",
        ),
        Field("akimat_commitment", TEXT, "Обязательство акимата", "Әкімдік міндеттемесі", "Akimat commitment"),
        Field("commitment_due", DATE, "Срок обязательства", "Міндеттеме мерзімі", "Commitment due"),
        Field("status", CHOICE, "Статус", "Мәртебесі", "Status", vocabulary="premise_status", default="vacant"),
        Field("contact", TEXT, "Контактное лицо", "Байланыс тұлғасы", "Contact"),
        *_translated("description", TEXT, "Описание", "Сипаттама", "Description"),
        Field("photos", PHOTOS, "Фото", "Фото", "Photos"),
        *_PROVENANCE,
    ),
)

PROJECTS = Kind(
    name="projects",
    table="projects",
    title_field="title",
    labels={"ru": "Проекты", "kk": "Жобалар", "en": "Projects"},
    search_fields=(
        "title",
        "title_kk",
        "title_en",
        "sector",
        "initiator",
        "description",
        "description_kk",
        "description_en",
    ),
    fields=(
        Field("id", INT, "Код", "Коды", "ID"),
        Field("town", TOWN, "Город", "Қала", "Town", required=True),
        Field("kind", CHOICE, "Тип проекта", "Жоба түрі", "Kind", required=True, vocabulary="project_kind"),
        *_translated("title", TEXT, "Наименование", "Атауы", "Title", required=True),
        Field("sector", TEXT, "Отрасль", "Сала", "Sector"),
        Field("initiator", TEXT, "Инициатор", "Бастамашы", "Initiator"),
        Field("investment_kzt", FLOAT, "Инвестиции, тенге", "Инвестициялар, теңге", "Investment, KZT", minimum=0),
        Field("jobs", INT, "Рабочие места", "Жұмыс орындары", "Jobs", minimum=0),
        Field("start_year", INT, "Год начала", "Басталу жылы", "Start year", minimum=1990),
        Field("end_year", INT, "Год завершения", "Аяқталу жылы", "End year", minimum=1990),
        Field("status", CHOICE, "Статус", "Мәртебесі", "Status", vocabulary="project_status", default="planned"),
        *_translated("description", TEXT, "Описание", "Сипаттама", "Description"),
        Field("contact", TEXT, "Контакт", "Байланыс", "Contact"),
        # What the project needs from a site; "Find premises" matches on these.
        Field("need_kind", CHOICE, "Нужен тип объекта", "Қажет нысан түрі", "Needs kind", vocabulary="premise_kind"),
        Field(
            "need_min_area_m2", FLOAT, "Нужна площадь от, м²", "Қажет аудан, м²", "Needs area from, m²", positive=True
        ),
        Field(
            "need_min_power_kw", FLOAT, "Нужна мощность от, кВт", "Қажет қуат, кВт", "Needs power from, kW", minimum=0
        ),
        Field("need_gas", BOOL, "Нужен газ", "Газ қажет", "Needs gas"),
        Field("need_water", BOOL, "Нужна вода", "Су қажет", "Needs water"),
        Field("need_heating", BOOL, "Нужно тепло", "Жылу қажет", "Needs heating"),
        Field("need_sewerage", BOOL, "Нужна канализация", "Кәріз қажет", "Needs sewerage"),
        Field("need_rail", BOOL, "Нужен ж/д тупик", "Теміржол тұйығы қажет", "Needs rail siding"),
        Field("need_max_price_kzt", FLOAT, "Цена до, тенге", "Баға дейін, теңге", "Price up to, KZT", minimum=0),
        Field(
            "need_max_distance_rail_km",
            FLOAT,
            "До ж/д станции не более, км",
            "Теміржол бекетіне дейін ең көбі, км",
            "To railway station at most, km",
            minimum=0,
        ),
        *_PROVENANCE,
    ),
)

SUPPLIERS = Kind(
    name="suppliers",
    table="suppliers",
    title_field="name",
    labels={"ru": "Поставщики", "kk": "Жеткізушілер", "en": "Suppliers"},
    search_fields=("name", "name_kk", "name_en", "contact", "description", "description_kk", "description_en"),
    fields=(
        Field("id", INT, "Код", "Коды", "ID"),
        Field("town", TOWN, "Город", "Қала", "Town", required=True),
        *_translated("name", TEXT, "Наименование", "Атауы", "Name", required=True),
        Field("niche", CHOICE, "Ниша", "Сала", "Niche", required=True, vocabulary="niche"),
        Field("is_local", BOOL, "Местная фирма", "Жергілікті фирма", "Local firm", default=1),
        Field("contact", TEXT, "Контакт", "Байланыс", "Contact"),
        Field("phone", TEXT, "Телефон", "Телефон", "Phone"),
        Field("email", TEXT, "Эл. почта", "Эл. пошта", "Email"),
        *_translated("description", TEXT, "Описание", "Сипаттама", "Description"),
        *_PROVENANCE,
    ),
)

INDICATORS = Kind(
    name="indicators",
    table="indicators",
    title_field="name",
    labels={"ru": "Показатели", "kk": "Көрсеткіштер", "en": "Indicators"},
    fields=(
        Field("id", INT, "Код", "Коды", "ID"),
        # Empty town: the figure is for the region or for the monotowns together.
        Field("town", TOWN, "Город", "Қала", "Town"),
        Field("year", INT, "Год", "Жыл", "Year", required=True, minimum=1900),
        Field("name", TEXT, "Показатель", "Көрсеткіш", "Indicator", required=True),
        Field("value", FLOAT, "Значение", "Мәні", "Value", required=True),
        Field("unit", TEXT, "Единица", "Өлшем бірлігі", "Unit"),
        *_translated("note", TEXT, "Примечание", "Ескертпе", "Note"),
        *_PROVENANCE,
    ),
)

TOWN_STATUS = Kind(
    name="town_status",
    table="town_status",
    title_field="status",
    labels={"ru": "История статуса", "kk": "Мәртебе тарихы", "en": "Status history"},
    fields=(
        Field("id", INT, "Код", "Коды", "ID"),
        Field("town", TOWN, "Город", "Қала", "Town", required=True),
        Field("year", INT, "Год", "Жыл", "Year", required=True, minimum=1900),
        Field(
            "status",
            CHOICE,
            "Статус моногорода",
            "Моноқала мәртебесі",
            "Monotown status",
            required=True,
            vocabulary="monotown_status",
        ),
        *_translated("reason", TEXT, "Основание", "Негіздеме", "Reason"),
        *_PROVENANCE,
    ),
)

KINDS: dict[str, Kind] = {k.name: k for k in (TOWNS, TOWN_STATUS, ZONES, PREMISES, PROJECTS, SUPPLIERS, INDICATORS)}

# Fields the catalog keeps itself on every table (never imported).
VERSION_COLUMN = "version"
UPDATED_COLUMN = "updated_at"


def kind(name: str) -> Kind:
    """The kind called ``name``; KeyError names the known kinds."""
    try:
        return KINDS[name]
    except KeyError:
        raise KeyError(f"unknown kind {name!r}; expected one of: {', '.join(KINDS)}") from None
