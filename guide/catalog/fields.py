"""The fields of every kind of record: the one description of the catalog.

The importer and its validation, the exporter, the templates, the editing
forms and their tabs, the detail pane, the table columns, the PDF passport,
the quality check's critical fields and the column reference in
docs/columns.md are all driven by these tables, so a field added here appears
everywhere at once. The schema
is literal DDL in frozen migrations; a test opens a migrated catalog and fails
when a field here and a column there disagree.

Each field carries its *group* (where it is shown: on screen, on paper, in the
form), its *unit*, and hints: searchable (in the full-text index), critical
(counted by the completeness check), its place among the table columns, shown
on the PDF passport, several lines long. Each kind carries its *capabilities*
(shortlist, photos, full-text search, town link) as data, so code asks
``kind.can(Can.SHORTLIST)`` instead of naming kinds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

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


# Field groups, in the order they are shown (detail pane, passport). The form
# folds some of them onto one tab (guide/ui/editing/sections.py).
MAIN = "main"  # what and where: title, kind, status, town, zone, address, coordinates
SIZE = "size"
DEAL = "deal"
UTILITIES = "utilities"
TRANSPORT = "transport"
NEEDS = "needs"  # what a project needs from a site
CONTACT = "contact"
GAPS = "gaps"  # missing infrastructure and the akimat's commitment to bring it
TEXTS = "texts"  # descriptions and the translations of every text
PHOTOS_GROUP = "photos"
PROVENANCE = "provenance"  # source and as-of date
GROUPS: tuple[str, ...] = (MAIN, SIZE, DEAL, UTILITIES, TRANSPORT, NEEDS, CONTACT, GAPS, TEXTS, PHOTOS_GROUP,
                           PROVENANCE)  # fmt: skip

# Units of measure (a field's ``unit``), per language.
UNITS: dict[str, dict[str, str]] = {
    "m": {"ru": "м", "kk": "м", "en": "m"},
    "m2": {"ru": "м²", "kk": "м²", "en": "m²"},
    "ha": {"ru": "га", "kk": "га", "en": "ha"},
    "km": {"ru": "км", "kk": "км", "en": "km"},
    "kw": {"ru": "кВт", "kk": "кВт", "en": "kW"},
    "m3h": {"ru": "м³/ч", "kk": "м³/сағ", "en": "m³/h"},
    "m3d": {"ru": "м³/сут", "kk": "м³/тәул", "en": "m³/day"},
    "gcalh": {"ru": "Гкал/ч", "kk": "Гкал/сағ", "en": "Gcal/h"},
    "kzt": {"ru": "тенге", "kk": "теңге", "en": "KZT"},
    "people": {"ru": "чел.", "kk": "адам", "en": "people"},
}


def unit_label(unit: str | None, lang: str) -> str:
    """The unit's symbol in ``lang`` ("" for no unit)."""
    if not unit:
        return ""
    labels = UNITS[unit]
    return labels.get(lang, labels["ru"])


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
    # Where the field is shown (one of GROUPS).
    group: str = MAIN
    # Unit of measure (a key of UNITS), or None.
    unit: str | None = None
    # Indexed for full-text search (besides the town's names).
    searchable: bool = False
    # Counted by the completeness check: True, or the name of a group of
    # fields of which any one will do (a hall has a floor area, a plot a land area).
    critical: bool | str = False
    # Its place among the record table's columns (None: not a column).
    column: int | None = None
    # Shown among the main figures of the PDF passport.
    passport: bool = False
    # Long enough to be edited on several lines.
    multiline: bool = False
    # The utility (code of the "utility" vocabulary) this field says is there or not.
    utility: str | None = None
    # A capacity that means nothing where the utility (this yes/no field) is absent.
    capacity_of: str | None = None
    # A text with a shape: "email" (an e-mail address) or "url" (an http(s) link).
    format: str | None = None

    def label(self, lang: str) -> str:
        return str(getattr(self, lang))

    @property
    def stored(self) -> bool:
        """True when the field is a column of the kind's table (photos live in their own table)."""
        return self.type != PHOTOS


def _translated(
    code: str, type_: str, ru: str, kk: str, en: str, *, searchable_translations: bool | None = None, **kw: object
) -> list[Field]:
    """A text field and its Kazakh and English versions.

    The translations are edited and shown with the texts; they are searchable
    like the field itself unless ``searchable_translations`` says otherwise.
    """
    searchable = bool(kw.get("searchable")) if searchable_translations is None else searchable_translations
    multiline = bool(kw.get("multiline"))
    extra = {"group": TEXTS, "searchable": searchable, "multiline": multiline}
    return [
        Field(code, type_, ru, kk, en, **kw),  # type: ignore[arg-type]
        Field(f"{code}_kk", type_, f"{ru} (каз.)", f"{kk} (қаз.)", f"{en} (Kazakh)", **extra),  # type: ignore[arg-type]
        Field(f"{code}_en", type_, f"{ru} (англ.)", f"{kk} (ағыл.)", f"{en} (English)", **extra),  # type: ignore[arg-type]
    ]


def _description(*, critical: bool = False) -> list[Field]:
    return _translated(
        "description",
        TEXT,
        "Описание",
        "Сипаттама",
        "Description",
        group=TEXTS,
        multiline=True,
        searchable=True,
        critical=critical,
    )


EMAIL_FORMAT = "email"
URL_FORMAT = "url"


def _provenance(*, link_critical: bool = False) -> list[Field]:
    """Where a fact comes from: the source's title (in three languages, since the
    guide prints it), a link, and the date the fact refers to.

    ``source`` = "demo" marks invented records (see rules.is_demo). The kinds of
    issue 14 were entered from sources with links, so there the link is critical;
    the older kinds' rows predate the link and only gain it.
    """
    return [
        *_translated("source", TEXT, "Источник", "Дереккөз", "Source", group=PROVENANCE, critical=True, column=90),
        Field(
            "source_url",
            TEXT,
            "Ссылка на источник",
            "Дереккөз сілтемесі",
            "Source URL",
            format=URL_FORMAT,
            group=PROVENANCE,
            critical=link_critical,
        ),
        Field(
            "as_of", DATE, "Дата актуальности", "Өзектілік күні", "As of", group=PROVENANCE, critical=True, column=99
        ),
    ]


_PROVENANCE = _provenance()


class Can(StrEnum):
    """What a kind of record can do, beyond being listed and edited."""

    SHORTLIST = "shortlist"  # an investor can put it on the shortlist
    PHOTOS = "photos"  # it has photos (the photos table)
    FULL_TEXT = "full_text"  # it has a full-text index <table>_fts with its searchable fields
    TOWN_LINK = "town_link"  # it belongs to a town through its ``town`` column


@dataclass(frozen=True)
class Kind:
    """A kind of record: its table, its fields and how it is titled."""

    name: str
    table: str
    fields: tuple[Field, ...]
    title_field: str
    # The text id type: towns use slugs, everything else integers.
    id_type: str = INT
    labels: dict[str, str] = field(default_factory=dict)
    capabilities: frozenset[Can] = frozenset()
    # Where the computed completeness column stands among the columns (None: not shown).
    completeness_column: int | None = None
    # The choice field that says what sort of record this is (a premise's kind, a supplier's niche):
    # what the browse pages' "kind" filter filters on.
    sort_field: str | None = None

    def field(self, code: str) -> Field:
        for f in self.fields:
            if f.code == code:
                return f
        raise KeyError(code)

    def can(self, capability: Can) -> bool:
        return capability in self.capabilities

    @property
    def sort_vocabulary(self) -> str | None:
        """The vocabulary of ``sort_field`` (None where the kind has no such field)."""
        return self.field(self.sort_field).vocabulary if self.sort_field else None

    @property
    def status_vocabulary(self) -> str | None:
        """The vocabulary of the kind's ``status`` field (None where it has none)."""
        return self.field("status").vocabulary if "status" in self.codes else None

    @property
    def codes(self) -> list[str]:
        return [f.code for f in self.fields]

    @property
    def stored_codes(self) -> list[str]:
        """The fields that are columns of the kind's table."""
        return [f.code for f in self.fields if f.stored]

    @property
    def search_fields(self) -> tuple[str, ...]:
        """Columns indexed for full-text search, besides the town's names."""
        return tuple(f.code for f in self.fields if f.searchable)

    def in_group(self, group: str) -> list[Field]:
        """The fields of ``group``, in the kind's order."""
        return [f for f in self.fields if f.group == group]

    def grouped(self, fields: list[Field] | None = None) -> list[tuple[str, list[Field]]]:
        """``fields`` (default: all) as (group, fields) in the order of GROUPS, empty groups left out."""
        chosen = self.fields if fields is None else fields
        result = [(g, [f for f in chosen if f.group == g]) for g in GROUPS]
        return [(g, fs) for g, fs in result if fs]

    def critical_fields(self) -> tuple[str | tuple[str, ...], ...]:
        """The completeness check's requirements: a code, or a group of codes of which any one will do."""
        result: list[str | tuple[str, ...]] = []
        seen: set[str] = set()
        for f in self.fields:
            if f.critical is True:
                result.append(f.code)
            elif isinstance(f.critical, str) and f.critical not in seen:
                seen.add(f.critical)
                result.append(tuple(g.code for g in self.fields if g.critical == f.critical))
        return tuple(result)

    def column_codes(self) -> list[str]:
        """The record table's field columns and ``COMPLETENESS_COLUMN``, in order."""
        placed: list[tuple[int, str]] = [(f.column, f.code) for f in self.fields if f.column is not None]
        if self.completeness_column is not None:
            placed.append((self.completeness_column, COMPLETENESS_COLUMN))
        return [code for _, code in sorted(placed)]

    def passport_fields(self) -> list[Field]:
        """The PDF passport's main figures, group by group."""
        return [f for _, fs in self.grouped([f for f in self.fields if f.passport]) for f in fs]

    def utility_fields(self) -> list[Field]:
        """Fields that say whether a utility is there (or, for power, how much), in order."""
        return [f for f in self.fields if f.utility]

    def capacity_for(self, code: str) -> Field | None:
        """The capacity field of the yes/no field ``code`` (gas → gas_m3h), if any."""
        return next((f for f in self.fields if f.capacity_of == code), None)

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
    # Towns have their own index, towns_fts (one row per town, by town id).
    capabilities=frozenset(),
    fields=(
        Field("id", TEXT, "Код", "Коды", "ID"),
        *_translated(
            "name", TEXT, "Название", "Атауы", "Name", required=True, searchable=True, critical=True, column=0
        ),
        Field("region", TEXT, "Область", "Облыс", "Region", default="karaganda"),
        Field("lat", FLOAT, "Широта", "Ендік", "Latitude", critical=True),
        Field("lon", FLOAT, "Долгота", "Бойлық", "Longitude", critical=True),
        Field(
            "monotown_status",
            CHOICE,
            "Статус моногорода",
            "Моноқала мәртебесі",
            "Monotown status",
            vocabulary="monotown_status",
            default="not_monotown",
            critical=True,
            column=1,
        ),
        *_translated(
            "status_reason", TEXT, "Основание статуса", "Мәртебе негіздемесі", "Status reason", multiline=True
        ),
        *_translated(
            "city_forming",
            TEXT,
            "Градообразующее предприятие",
            "Қала құраушы кәсіпорын",
            "City-forming enterprise",
            searchable=True,
            searchable_translations=False,
            critical=True,
            column=3,
        ),
        # The town record's source (the article) does not name the enterprises
        # or give distances; each of these facts carries the source that does.
        *_translated(
            "city_forming_source",
            TEXT,
            "Источник: градообразующее",
            "Дереккөз: қала құраушы",
            "City-forming: source",
            group=PROVENANCE,
            searchable_translations=False,
        ),
        Field(
            "city_forming_source_url",
            TEXT,
            "Ссылка: градообразующее",
            "Сілтеме: қала құраушы",
            "City-forming: URL",
            format=URL_FORMAT,
            group=PROVENANCE,
        ),
        Field(
            "population",
            INT,
            "Население, чел.",
            "Халқы, адам",
            "Population",
            minimum=0,
            unit="people",
            critical=True,
            column=2,
        ),
        # The population is a dated figure from its own source, not the town record's.
        Field("population_as_of", DATE, "Население на дату", "Халық саны күні", "Population as of", group=PROVENANCE),
        *_translated(
            "population_source",
            TEXT,
            "Источник численности",
            "Халық саны дереккөзі",
            "Population source",
            group=PROVENANCE,
            searchable_translations=False,
        ),
        Field(
            "population_source_url",
            TEXT,
            "Ссылка на источник численности",
            "Халық саны дереккөзінің сілтемесі",
            "Population source URL",
            format=URL_FORMAT,
            group=PROVENANCE,
        ),
        Field(
            "distance_centre_km",
            FLOAT,
            "До областного центра, км",
            "Облыс орталығына дейін, км",
            "To regional centre, km",
            minimum=0,
            unit="km",
            critical=True,
            column=4,
        ),
        *_translated(
            "distance_source",
            TEXT,
            "Источник: расстояние",
            "Дереккөз: қашықтық",
            "Distance: source",
            group=PROVENANCE,
            searchable_translations=False,
        ),
        Field(
            "distance_source_url",
            TEXT,
            "Ссылка: расстояние",
            "Сілтеме: қашықтық",
            "Distance: URL",
            format=URL_FORMAT,
            group=PROVENANCE,
        ),
        *_translated(
            "akimat_contact",
            TEXT,
            "Контакты акимата",
            "Әкімдік байланыстары",
            "Akimat contact",
            group=CONTACT,
            critical=True,
        ),
        *_description(critical=True),
        *_PROVENANCE,
    ),
)

ZONES = Kind(
    name="zones",
    table="zones",
    title_field="name",
    labels={"ru": "Малые промзоны", "kk": "Шағын өнеркәсіптік аймақтар", "en": "Small industrial zones"},
    capabilities=frozenset({Can.FULL_TEXT, Can.TOWN_LINK}),
    completeness_column=95,
    fields=(
        Field("id", INT, "Код", "Коды", "ID"),
        Field("town", TOWN, "Город", "Қала", "Town", required=True, critical=True, column=1),
        *_translated(
            "name", TEXT, "Название", "Атауы", "Name", required=True, searchable=True, critical=True, column=0
        ),
        Field(
            "status",
            CHOICE,
            "Статус",
            "Мәртебесі",
            "Status",
            vocabulary="zone_status",
            default="planned",
            critical=True,
            column=2,
        ),
        Field(
            "area_ha", FLOAT, "Площадь, га", "Аумағы, га", "Area, ha", positive=True, unit="ha", critical=True, column=3
        ),
        *_translated(
            "sectors",
            TEXT,
            "Отрасли",
            "Салалар",
            "Sectors",
            searchable=True,
            searchable_translations=False,
            critical=True,
            column=4,
        ),
        *_translated(
            "operator",
            TEXT,
            "Управляющая компания",
            "Басқарушы компания",
            "Operator",
            searchable=True,
            searchable_translations=False,
            column=5,
        ),
        *_translated(
            "address",
            TEXT,
            "Адрес",
            "Мекенжайы",
            "Address",
            searchable=True,
            searchable_translations=False,
            critical=True,
        ),
        Field("lat", FLOAT, "Широта", "Ендік", "Latitude", critical=True),
        Field("lon", FLOAT, "Долгота", "Бойлық", "Longitude", critical=True),
        *_translated("contact", TEXT, "Контакт", "Байланыс", "Contact", group=CONTACT, critical=True),
        *_description(),
        *_PROVENANCE,
    ),
)

PREMISES = Kind(
    name="premises",
    sort_field="kind",
    table="premises",
    title_field="title",
    labels={"ru": "Помещения", "kk": "Үй-жайлар", "en": "Premises"},
    capabilities=frozenset({Can.SHORTLIST, Can.PHOTOS, Can.FULL_TEXT, Can.TOWN_LINK}),
    completeness_column=95,
    fields=(
        Field("id", INT, "Код", "Коды", "ID"),
        Field("town", TOWN, "Город", "Қала", "Town", required=True, critical=True, column=2),
        *_translated(
            "title", TEXT, "Наименование", "Атауы", "Title", required=True, searchable=True, critical=True, column=1
        ),
        Field(
            "kind",
            CHOICE,
            "Тип объекта",
            "Нысан түрі",
            "Kind",
            required=True,
            vocabulary="premise_kind",
            critical=True,
            column=3,
            passport=True,
        ),
        *_translated(
            "address",
            TEXT,
            "Адрес",
            "Мекенжайы",
            "Address",
            searchable=True,
            searchable_translations=False,
            critical=True,
            passport=True,
        ),
        Field("lat", FLOAT, "Широта", "Ендік", "Latitude", critical=True),
        Field("lon", FLOAT, "Долгота", "Бойлық", "Longitude", critical=True),
        Field(
            "floor_area_m2",
            FLOAT,
            "Площадь, м²",
            "Аудан, м²",
            "Floor area, m²",
            positive=True,
            group=SIZE,
            unit="m2",
            critical="area",
            column=4,
            passport=True,
        ),
        Field(
            "land_area_ha",
            FLOAT,
            "Площадь участка, га",
            "Жер учаскесінің ауданы, га",
            "Land area, ha",
            positive=True,
            group=SIZE,
            unit="ha",
            critical="area",
            passport=True,
        ),
        Field(
            "ceiling_height_m",
            FLOAT,
            "Высота потолков, м",
            "Төбе биіктігі, м",
            "Ceiling height, m",
            positive=True,
            group=SIZE,
            unit="m",
            passport=True,
        ),
        Field("floors", INT, "Этажность", "Қабат саны", "Floors", positive=True, group=SIZE, passport=True),
        Field(
            "ownership",
            CHOICE,
            "Форма собственности",
            "Меншік нысаны",
            "Ownership",
            vocabulary="ownership",
            group=DEAL,
            critical=True,
            passport=True,
        ),
        *_translated(
            "owner",
            TEXT,
            "Собственник",
            "Меншік иесі",
            "Owner",
            group=DEAL,
            searchable=True,
            searchable_translations=False,
            passport=True,
        ),
        Field(
            "cadastral_number",
            TEXT,
            "Кадастровый номер",
            "Кадастрлық нөмір",
            "Cadastral number",
            group=DEAL,
            searchable=True,
            passport=True,
        ),
        Field(
            "deal",
            CHOICE,
            "Условия",
            "Шарттары",
            "Deal",
            vocabulary="deal",
            group=DEAL,
            critical=True,
            column=12,
            passport=True,
        ),
        Field(
            "price_kzt",
            FLOAT,
            "Цена, тенге",
            "Бағасы, теңге",
            "Price, KZT",
            minimum=0,
            group=DEAL,
            unit="kzt",
            critical=True,
            column=6,
            passport=True,
        ),
        # What the price is for: a sale price and a monthly rent are never compared.
        Field("price_unit", CHOICE, "Единица цены", "Баға бірлігі", "Price unit", vocabulary="price_unit", group=DEAL),
        Field("available_from", DATE, "Доступно с", "Қолжетімді күні", "Available from", group=DEAL, passport=True),
        Field(
            "power_kw",
            FLOAT,
            "Электричество, кВт",
            "Электр қуаты, кВт",
            "Power, kW",
            minimum=0,
            group=UTILITIES,
            unit="kw",
            critical=True,
            column=5,
            utility="power",
        ),
        Field("gas", BOOL, "Газ", "Газ", "Gas", group=UTILITIES, critical=True, column=8, utility="gas"),
        Field(
            "gas_m3h",
            FLOAT,
            "Газ, м³/ч",
            "Газ, м³/сағ",
            "Gas, m³/h",
            minimum=0,
            group=UTILITIES,
            unit="m3h",
            capacity_of="gas",
        ),
        Field(
            "water",
            BOOL,
            "Водоснабжение",
            "Сумен жабдықтау",
            "Water",
            group=UTILITIES,
            critical=True,
            column=9,
            utility="water",
        ),
        Field(
            "water_m3d",
            FLOAT,
            "Вода, м³/сут",
            "Су, м³/тәул",
            "Water, m³/day",
            minimum=0,
            group=UTILITIES,
            unit="m3d",
            capacity_of="water",
        ),
        Field("sewerage", BOOL, "Канализация", "Кәріз", "Sewerage", group=UTILITIES, critical=True, utility="sewerage"),
        Field(
            "heating",
            BOOL,
            "Теплоснабжение",
            "Жылумен жабдықтау",
            "Heating",
            group=UTILITIES,
            critical=True,
            column=10,
            utility="heating",
        ),
        Field(
            "heating_gcalh",
            FLOAT,
            "Тепло, Гкал/ч",
            "Жылу, Гкал/сағ",
            "Heating, Gcal/h",
            minimum=0,
            group=UTILITIES,
            unit="gcalh",
            capacity_of="heating",
        ),
        Field("telecom", BOOL, "Связь", "Байланыс", "Telecom", group=UTILITIES, utility="telecom"),
        Field("road", BOOL, "Асфальтированная дорога", "Асфальт жол", "Paved road", group=TRANSPORT, utility="road"),
        Field(
            "rail_siding",
            BOOL,
            "Ж/д тупик",
            "Теміржол тұйығы",
            "Rail siding",
            group=TRANSPORT,
            critical=True,
            column=11,
            utility="rail_siding",
        ),
        Field(
            "distance_rail_km",
            FLOAT,
            "До ж/д станции, км",
            "Теміржол бекетіне дейін, км",
            "To railway station, km",
            minimum=0,
            group=TRANSPORT,
            unit="km",
            critical=True,
            passport=True,
        ),
        Field(
            "distance_centre_km",
            FLOAT,
            "До областного центра, км",
            "Облыс орталығына дейін, км",
            "To regional centre, km",
            minimum=0,
            group=TRANSPORT,
            unit="km",
            passport=True,
        ),
        Field(
            "distance_airport_km",
            FLOAT,
            "До аэропорта, км",
            "Әуежайға дейін, км",
            "To airport, km",
            minimum=0,
            group=TRANSPORT,
            unit="km",
            passport=True,
        ),
        Field("zone", ZONE, "Малая промзона", "Шағын өнеркәсіптік аймақ", "Small industrial zone", passport=True),
        Field(
            "missing_infrastructure",
            LIST,
            "Недостающая инфраструктура",
            "Жетіспейтін инфрақұрылым",
            "Missing infrastructure",
            vocabulary="utility",
            group=GAPS,
        ),
        *_translated(
            "akimat_commitment",
            TEXT,
            "Обязательство акимата",
            "Әкімдік міндеттемесі",
            "Akimat commitment",
            group=GAPS,
            searchable=True,
            searchable_translations=False,
            multiline=True,
        ),
        Field("commitment_due", DATE, "Срок обязательства", "Міндеттеме мерзімі", "Commitment due", group=GAPS),
        Field(
            "status",
            CHOICE,
            "Статус",
            "Мәртебесі",
            "Status",
            vocabulary="premise_status",
            default="vacant",
            critical=True,
            column=7,
            passport=True,
        ),
        *_translated(
            "contact",
            TEXT,
            "Контактное лицо",
            "Байланыс тұлғасы",
            "Contact",
            group=CONTACT,
            critical=True,
            passport=True,
        ),
        *_description(),
        Field("photos", PHOTOS, "Фото", "Фото", "Photos", group=PHOTOS_GROUP),
        # With the main facts: the photos tab holds only the photo editor.
        *_translated("photo_caption", TEXT, "Подпись к фото", "Фото жазуы", "Photo caption"),
        Field("photo_date", DATE, "Дата съёмки", "Түсірілген күні", "Photo taken"),
        *_PROVENANCE,
    ),
)

PROJECTS = Kind(
    name="projects",
    sort_field="kind",
    table="projects",
    title_field="title",
    labels={"ru": "Проекты", "kk": "Жобалар", "en": "Projects"},
    capabilities=frozenset({Can.SHORTLIST, Can.FULL_TEXT, Can.TOWN_LINK}),
    completeness_column=95,
    fields=(
        Field("id", INT, "Код", "Коды", "ID"),
        Field("town", TOWN, "Город", "Қала", "Town", required=True, critical=True, column=2),
        Field(
            "kind",
            CHOICE,
            "Тип проекта",
            "Жоба түрі",
            "Kind",
            required=True,
            vocabulary="project_kind",
            critical=True,
            column=3,
        ),
        *_translated(
            "title", TEXT, "Наименование", "Атауы", "Title", required=True, searchable=True, critical=True, column=1
        ),
        *_translated(
            "sector",
            TEXT,
            "Отрасль",
            "Сала",
            "Sector",
            searchable=True,
            searchable_translations=False,
            critical=True,
            column=5,
        ),
        *_translated(
            "initiator",
            TEXT,
            "Инициатор",
            "Бастамашы",
            "Initiator",
            searchable=True,
            searchable_translations=False,
            critical=True,
        ),
        Field(
            "investment_kzt",
            FLOAT,
            "Инвестиции, тенге",
            "Инвестициялар, теңге",
            "Investment, KZT",
            minimum=0,
            unit="kzt",
            critical=True,
            column=6,
        ),
        # Critical for investment projects only (see quality.requirements).
        Field("jobs", INT, "Рабочие места", "Жұмыс орындары", "Jobs", minimum=0, column=7),
        Field("start_year", INT, "Год начала", "Басталу жылы", "Start year", minimum=1990, critical=True, column=8),
        Field("end_year", INT, "Год завершения", "Аяқталу жылы", "End year", minimum=1990, column=9),
        Field(
            "status",
            CHOICE,
            "Статус",
            "Мәртебесі",
            "Status",
            vocabulary="project_status",
            default="planned",
            critical=True,
            column=4,
        ),
        *_description(critical=True),
        *_translated("contact", TEXT, "Контакт", "Байланыс", "Contact", group=CONTACT),
        # What the project needs from a site; "Find premises" matches on these.
        Field(
            "need_kind",
            CHOICE,
            "Нужен тип объекта",
            "Қажет нысан түрі",
            "Needs kind",
            vocabulary="premise_kind",
            group=NEEDS,
        ),
        Field(
            "need_min_area_m2",
            FLOAT,
            "Нужна площадь от, м²",
            "Қажет аудан, м²",
            "Needs area from, m²",
            positive=True,
            group=NEEDS,
            unit="m2",
        ),
        Field(
            "need_min_power_kw",
            FLOAT,
            "Нужна мощность от, кВт",
            "Қажет қуат, кВт",
            "Needs power from, kW",
            minimum=0,
            group=NEEDS,
            unit="kw",
        ),
        Field("need_gas", BOOL, "Нужен газ", "Газ қажет", "Needs gas", group=NEEDS),
        Field("need_water", BOOL, "Нужна вода", "Су қажет", "Needs water", group=NEEDS),
        Field("need_heating", BOOL, "Нужно тепло", "Жылу қажет", "Needs heating", group=NEEDS),
        Field("need_sewerage", BOOL, "Нужна канализация", "Кәріз қажет", "Needs sewerage", group=NEEDS),
        Field("need_rail", BOOL, "Нужен ж/д тупик", "Теміржол тұйығы қажет", "Needs rail siding", group=NEEDS),
        Field(
            "need_max_price_kzt",
            FLOAT,
            "Цена до, тенге",
            "Баға дейін, теңге",
            "Price up to, KZT",
            minimum=0,
            group=NEEDS,
            unit="kzt",
        ),
        Field(
            "need_price_unit",
            CHOICE,
            "Единица цены",
            "Баға бірлігі",
            "Price unit",
            vocabulary="price_unit",
            group=NEEDS,
        ),
        Field(
            "need_max_distance_rail_km",
            FLOAT,
            "До ж/д станции не более, км",
            "Теміржол бекетіне дейін ең көбі, км",
            "To railway station at most, km",
            minimum=0,
            group=NEEDS,
            unit="km",
        ),
        *_PROVENANCE,
    ),
)

SUPPLIERS = Kind(
    name="suppliers",
    sort_field="niche",
    table="suppliers",
    title_field="name",
    labels={"ru": "Поставщики", "kk": "Жеткізушілер", "en": "Suppliers"},
    capabilities=frozenset({Can.FULL_TEXT, Can.TOWN_LINK}),
    completeness_column=95,
    fields=(
        Field("id", INT, "Код", "Коды", "ID"),
        Field("town", TOWN, "Город", "Қала", "Town", required=True, critical=True, column=1),
        *_translated(
            "name", TEXT, "Наименование", "Атауы", "Name", required=True, searchable=True, critical=True, column=0
        ),
        Field("niche", CHOICE, "Ниша", "Сала", "Niche", required=True, vocabulary="niche", critical=True, column=2),
        Field("is_local", BOOL, "Местная фирма", "Жергілікті фирма", "Local firm", default=1, column=3),
        *_translated(
            "contact",
            TEXT,
            "Контакт",
            "Байланыс",
            "Contact",
            group=CONTACT,
            searchable=True,
            searchable_translations=False,
            critical=True,
            column=4,
        ),
        Field("phone", TEXT, "Телефон", "Телефон", "Phone", group=CONTACT, critical="reach", column=5),
        Field("email", TEXT, "Эл. почта", "Эл. пошта", "Email", group=CONTACT, critical="reach", column=6),
        *_description(),
        *_PROVENANCE,
    ),
)

INDICATORS = Kind(
    name="indicators",
    table="indicators",
    title_field="name",
    labels={"ru": "Показатели", "kk": "Көрсеткіштер", "en": "Indicators"},
    # Few rows, no full-text index: searched with LIKE on the searchable fields.
    capabilities=frozenset({Can.TOWN_LINK}),
    fields=(
        Field("id", INT, "Код", "Коды", "ID"),
        # Empty town: the figure is for the region or for the monotowns together.
        Field("town", TOWN, "Город", "Қала", "Town"),
        Field("year", INT, "Год", "Жыл", "Year", required=True, minimum=1900, critical=True),
        Field("name", TEXT, "Показатель", "Көрсеткіш", "Indicator", required=True, searchable=True, critical=True),
        Field("value", FLOAT, "Значение", "Мәні", "Value", required=True, critical=True),
        # "about 22 %", "more than 200": the source's own hedge stays with the figure.
        Field("qualifier", CHOICE, "Оговорка к значению", "Мәнге ескерту", "Value qualifier", vocabulary="qualifier"),
        Field("unit", TEXT, "Единица", "Өлшем бірлігі", "Unit", searchable=True, critical=True),
        *_translated("note", TEXT, "Примечание", "Ескертпе", "Note", searchable=True, multiline=True),
        *_PROVENANCE,
    ),
)

TOWN_STATUS = Kind(
    name="town_status",
    table="town_status",
    title_field="status",
    labels={"ru": "История статуса", "kk": "Мәртебе тарихы", "en": "Status history"},
    capabilities=frozenset({Can.TOWN_LINK}),
    fields=(
        Field("id", INT, "Код", "Коды", "ID"),
        Field("town", TOWN, "Город", "Қала", "Town", required=True, critical=True),
        Field("year", INT, "Год", "Жыл", "Year", required=True, minimum=1900, critical=True),
        Field(
            "status",
            CHOICE,
            "Статус моногорода",
            "Моноқала мәртебесі",
            "Monotown status",
            required=True,
            vocabulary="monotown_status",
            searchable=True,
            critical=True,
        ),
        *_translated(
            "reason", TEXT, "Основание", "Негіздеме", "Reason", searchable=True, critical=True, multiline=True
        ),
        *_PROVENANCE,
    ),
)

# The computed column of the record tables that shows a record's completeness.
COMPLETENESS_COLUMN = "completeness"

# -- What investors ask first (issue 14): incentives, institutions, routes -----------------------
# Entered from sources with links: the same provenance, the link required.
_SOURCED = _provenance(link_critical=True)


def _caveat() -> list[Field]:
    """What a source leaves uncertain, outdated or in conflict with another (the ⚠ of the facts sheet)."""
    return _translated("caveat", TEXT, "Оговорка", "Ескерту", "Caveat", group=TEXTS, multiline=True)


INCENTIVES = Kind(
    name="incentives",
    sort_field="kind",
    table="incentives",
    title_field="name",
    labels={"ru": "Льготы и меры поддержки", "kk": "Жеңілдіктер мен қолдау шаралары", "en": "Incentives"},
    capabilities=frozenset({Can.FULL_TEXT, Can.TOWN_LINK}),
    completeness_column=95,
    fields=(
        Field("id", INT, "Код", "Коды", "ID"),
        *_translated(
            "name", TEXT, "Название", "Атауы", "Name", required=True, searchable=True, critical=True, column=0
        ),
        Field(
            "kind", CHOICE, "Вид", "Түрі", "Kind", required=True, vocabulary="incentive_kind", critical=True, column=1
        ),
        Field(
            "scope",
            CHOICE,
            "Где действует",
            "Қай жерде қолданылады",
            "Where it applies",
            required=True,
            vocabulary="incentive_scope",
            default="national",
            critical=True,
            column=2,
        ),
        # Empty for national and region-wide measures.
        Field("town", TOWN, "Город", "Қала", "Town", column=3),
        Field("zone", ZONE, "Малая промзона", "Шағын өнеркәсіптік аймақ", "Small industrial zone"),
        *_translated("place", TEXT, "Территория", "Аумақ", "Territory", multiline=True),
        *_translated("sectors", TEXT, "Отрасли", "Салалар", "Sectors"),
        *_translated(
            "eligibility",
            TEXT,
            "Кто может получить",
            "Кім ала алады",
            "Who qualifies",
            searchable=True,
            critical=True,
            multiline=True,
        ),
        Field(
            "min_investment",
            FLOAT,
            "Минимум инвестиций",
            "Ең аз инвестиция",
            "Minimum investment",
            minimum=0,
            group=DEAL,
            column=5,
        ),
        Field(
            "investment_unit",
            CHOICE,
            "Единица минимума",
            "Ең аз инвестиция бірлігі",
            "Minimum investment unit",
            vocabulary="investment_unit",
            group=DEAL,
            column=6,
        ),
        Field("mci_kzt", FLOAT, "МРП, тенге", "АЕК, теңге", "MCI value, KZT", positive=True, group=DEAL, unit="kzt"),
        Field("mci_year", INT, "Год МРП", "АЕК жылы", "MCI year", minimum=1990, group=DEAL),
        *_translated(
            "benefit", TEXT, "Что даёт", "Не береді", "What it gives", searchable=True, critical=True, multiline=True
        ),
        Field(
            "duration_years",
            FLOAT,
            "Срок, лет (не более)",
            "Мерзімі, жыл (ең көбі)",
            "For how long, years (at most)",
            minimum=0,
            group=DEAL,
            critical="duration",
            column=4,
        ),
        *_translated(
            "duration_note", TEXT, "Условия срока", "Мерзім шарттары", "Duration terms", group=DEAL, critical="duration"
        ),
        *_translated(
            "legal_basis",
            TEXT,
            "Правовая основа",
            "Құқықтық негіз",
            "Legal basis",
            searchable=True,
            critical=True,
            multiline=True,
        ),
        Field("legal_article", TEXT, "Статья", "Бап", "Article", column=7),
        *_caveat(),
        *_SOURCED,
    ),
)

INSTITUTIONS = Kind(
    name="institutions",
    sort_field="role",
    table="institutions",
    title_field="name",
    labels={"ru": "Институты и контакты", "kk": "Институттар мен байланыстар", "en": "Institutions and contacts"},
    capabilities=frozenset({Can.FULL_TEXT, Can.TOWN_LINK}),
    completeness_column=95,
    fields=(
        Field("id", INT, "Код", "Коды", "ID"),
        *_translated(
            "name", TEXT, "Название", "Атауы", "Name", required=True, searchable=True, critical=True, column=0
        ),
        Field(
            "role",
            CHOICE,
            "Роль для инвестора",
            "Инвестор үшін рөлі",
            "Role",
            required=True,
            vocabulary="institution_role",
            critical=True,
            column=1,
        ),
        Field("reach", CHOICE, "Охват", "Қамту", "Reach", vocabulary="reach", default="region", column=2),
        # The town it serves; empty: the whole region or the country.
        Field("town", TOWN, "Город", "Қала", "Town served", column=3),
        *_translated(
            "services",
            TEXT,
            "Чем помогает инвестору",
            "Инвесторға қалай көмектеседі",
            "What it does",
            searchable=True,
            critical=True,
            multiline=True,
        ),
        Field(
            "website",
            TEXT,
            "Сайт",
            "Сайт",
            "Website",
            format=URL_FORMAT,
            group=CONTACT,
            searchable=True,
            critical=True,
            column=4,
        ),
        Field("phone", TEXT, "Телефон", "Телефон", "Phone", group=CONTACT, critical="reach", column=5),
        Field(
            "email",
            TEXT,
            "Эл. почта",
            "Эл. пошта",
            "Email",
            format=EMAIL_FORMAT,
            group=CONTACT,
            critical="reach",
            column=6,
        ),  # fmt: skip
        *_translated("address", TEXT, "Адрес", "Мекенжайы", "Address", group=CONTACT, searchable=True),
        Field("languages", LIST, "Языки", "Тілдер", "Languages", vocabulary="language", group=CONTACT),
        *_caveat(),
        *_SOURCED,
    ),
)

ROUTES = Kind(
    name="routes",
    sort_field="mode",
    table="routes",
    title_field="destination",
    labels={"ru": "Логистика", "kk": "Логистика", "en": "Logistics"},
    capabilities=frozenset({Can.FULL_TEXT, Can.TOWN_LINK}),
    completeness_column=95,
    fields=(
        Field("id", INT, "Код", "Коды", "ID"),
        Field("town", TOWN, "Откуда (город)", "Қайдан (қала)", "From (town)", required=True, critical=True, column=1),
        *_translated(
            "destination", TEXT, "Куда", "Қайда", "To", required=True, searchable=True, critical=True, column=0
        ),  # fmt: skip
        Field(
            "destination_kind",
            CHOICE,
            "Тип пункта",
            "Пункт түрі",
            "Destination kind",
            required=True,
            vocabulary="route_destination",
            critical=True,
            column=2,
        ),
        Field(
            "mode",
            CHOICE,
            "Вид транспорта",
            "Көлік түрі",
            "Mode",
            required=True,
            vocabulary="route_mode",
            group=TRANSPORT,
            critical=True,
            column=3,
        ),
        Field(
            "distance_km",
            FLOAT,
            "Расстояние, км",
            "Қашықтық, км",
            "Distance, km",
            minimum=0,
            group=TRANSPORT,
            unit="km",
            critical=True,
            column=4,
        ),
        Field(
            "distance_basis",
            CHOICE,
            "Откуда расстояние",
            "Қашықтық қайдан алынды",
            "Distance basis",
            vocabulary="distance_basis",
            default="stated",
            group=TRANSPORT,
            column=5,
        ),
        Field(
            "time_h",
            FLOAT,
            "Время в пути, ч",
            "Жол уақыты, сағ",
            "Typical time, h",
            minimum=0,
            group=TRANSPORT,
            column=6,
        ),  # fmt: skip
        *_translated("note", TEXT, "Примечание", "Ескертпе", "Note", group=TEXTS, searchable=True, multiline=True),
        *_caveat(),
        *_SOURCED,
    ),
)

KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        TOWNS,
        TOWN_STATUS,
        ZONES,
        PREMISES,
        PROJECTS,
        SUPPLIERS,
        INDICATORS,
        INCENTIVES,
        INSTITUTIONS,
        ROUTES,
    )
}

# Fields the catalog keeps itself on every table (never imported).
VERSION_COLUMN = "version"
UPDATED_COLUMN = "updated_at"


def kind(name: str) -> Kind:
    """The kind called ``name``; KeyError names the known kinds."""
    try:
        return KINDS[name]
    except KeyError:
        raise KeyError(f"unknown kind {name!r}; expected one of: {', '.join(KINDS)}") from None
