"""Values of records as the user reads them, in the current UI language.

The text itself comes from the one formatter, :mod:`guide.present.format`
(the PDF and the CLI use it too, so a number reads the same everywhere); this
class only adds what the window needs: the current language, which follows
language switches, and town and zone names cached until the next write.
Nothing here writes to the catalog.
"""

from __future__ import annotations

from typing import Any

from guide import i18n
from guide.catalog import fields as F
from guide.catalog import views
from guide.catalog.store import Catalog
from guide.present import format as present
from guide.ui.language import UiLanguage


class Formatter:
    """Turns stored values into display text; caches town and zone names until the next write."""

    def __init__(self, *, catalog: Catalog, language: UiLanguage) -> None:
        self.catalog = catalog
        self.language = language
        self._towns: dict[str, dict[str, Any]] | None = None
        self._zones: dict[int, dict[str, Any]] | None = None
        catalog.add_listener(self._forget)

    def close(self) -> None:
        self.catalog.remove_listener(self._forget)

    def _forget(self, kind: str) -> None:
        if kind in ("towns", "zones"):
            self._towns = None
            self._zones = None

    @property
    def lang(self) -> str:
        return self.language.code

    # -- plain values --------------------------------------------------------

    def number(self, value: Any, decimals: int | None = None) -> str:
        """A number with the language's separators; whole numbers without decimals."""
        return present.number(value, self.lang, decimals=decimals)

    def date(self, value: Any) -> str:
        """An ISO date in the language's short form; anything unparseable as it is."""
        return present.short_date(value, self.lang)

    def boolean(self, value: Any) -> str:
        return present.yes_no(value, self.lang)

    def label(self, vocabulary: str, code: Any) -> str:
        return i18n.label(vocabulary, None if code is None else str(code), self.lang)

    def labels(self, vocabulary: str, codes: Any) -> str:
        """A ';'-joined list of codes as labels, joined with commas."""
        return present.labels(vocabulary, codes, self.lang)

    # -- references ---------------------------------------------------------

    def town(self, town_id: Any) -> str:
        if town_id is None:
            return ""
        if self._towns is None:
            self._towns = views.names(self.catalog, "towns")
        town = self._towns.get(str(town_id))
        return i18n.localized(town, "name", self.lang)[0] if town else str(town_id)

    def zone(self, zone_id: Any) -> str:
        if zone_id is None:
            return ""
        if self._zones is None:
            self._zones = views.names(self.catalog, "zones")
        zone = self._zones.get(int(zone_id))
        return i18n.localized(zone, "name", self.lang)[0] if zone else str(zone_id)

    # -- fields ---------------------------------------------------------------

    def text(self, record: dict[str, Any], code: str) -> tuple[str, bool]:
        """A translated text field in the UI language, and whether it fell back to Russian."""
        return i18n.localized(record, code, self.lang)

    def title(self, kind: str, record: dict[str, Any]) -> tuple[str, bool]:
        return self.text(record, F.kind(kind).title_field)

    def marked(self, record: dict[str, Any], code: str) -> str:
        """A translated text in the UI language, with "(ru)" when it is shown in Russian for want of one."""
        text, fallback = i18n.localized(record, code, self.lang)
        if i18n.needs_language_mark(text, self.lang, fallback=fallback):
            text += " " + i18n.FALLBACK_MARKS[self.lang]
        return text

    def value(self, field: F.Field, record: dict[str, Any]) -> str:
        """One field of a record as display text ('' when empty, "status not given" for a premise's status)."""
        value = record.get(field.code)
        if value is None or value == "":
            # A premise without a status is not vacant (guide.catalog.rules): say so rather than leave a gap.
            return present.premise_status(None, self.lang) if field.vocabulary == "premise_status" else ""
        if field.type == F.TEXT and f"{field.code}_en" in record:
            return self.marked(record, field.code)
        if field.code == "price_kzt":
            # "1 800 000 в месяц": a price says what it is for.
            suffix = i18n.price_suffix(record.get("price_unit"), self.lang)
            return f"{self.number(value)} {suffix}" if suffix else self.number(value)
        if field.type == F.INT and (field.code == "year" or field.code.endswith("_year")):
            return str(value)  # 2026, not 2 026
        if field.type in (F.INT, F.FLOAT):
            return self.number(value)
        if field.type == F.BOOL:
            return self.boolean(value)
        if field.type == F.DATE:
            return self.date(value)
        if field.type == F.CHOICE and field.vocabulary:
            return self.label(field.vocabulary, value)
        if field.type == F.LIST and field.vocabulary:
            return self.labels(field.vocabulary, value)
        if field.type == F.TOWN:
            return self.town(value)
        if field.type == F.ZONE:
            return self.zone(value)
        return str(value)
