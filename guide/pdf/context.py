"""What every section needs while it writes: the catalog, the language, styles, and safe text.

All text reaches reportlab through :class:`GuideContext`: user text is
escaped here (a title such as ``ТОО «A&B» <Сервис>`` is data, not markup),
characters the bundled font can't draw are replaced, and every record that
is printed is cited, so the sources section lists exactly what the guide
used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from guide import i18n
from guide.catalog.errors import Cancelled
from guide.catalog.rules import is_demo, is_stale
from guide.catalog.summary import TownSummary
from guide.pdf import fonts
from guide.pdf.flowables import Paragraph
from guide.pdf.styles import Styles
from guide.pdf.texts import t
from guide.present import format as present
from guide.present import town_figures
from guide.present.indicators import unit

# Characters users type that the font lacks, and what prints instead.
_SUBSTITUTES = {"₸": "KZT", "\u202f": "\u00a0", "\u2009": " ", "⚠": "(!)"}


# The most of one text a guide prints: a table cell must fit a page, a heading a few lines.
TEXT_LIMIT = 600
NAME_LIMIT = 200
# Running text (descriptions) wraps across pages, so it is printed whole up to a size no reader
# needs in a guide; only beyond that is it cut, with the mark.
DESCRIPTION_LIMIT = 100_000
NAME_FIELDS = frozenset({"title", "name"})


def clip(text: str, limit: int | None) -> tuple[str, bool]:
    """``text`` cut to ``limit`` characters at a word boundary, with "…"; and whether it was cut."""
    if limit is None or len(text) <= limit:
        return text, False
    head = text[:limit]
    space = head.rfind(" ")
    if space > limit * 0.8:
        head = head[:space]
    return head.rstrip() + "…", True


@dataclass(frozen=True)
class Reference:
    """A published source: its title (in the catalog's three languages), a link or document number, a date.

    Records carry one in their provenance fields (``source``, ``source_kk``,
    ``source_en``, ``source_url``, ``as_of``); facts the guide states itself
    (the seed article, the order that delisted Saran) are constants in
    :mod:`guide.pdf.facts`.
    """

    title: str
    title_kk: str = ""
    title_en: str = ""
    url: str = ""
    date: str = ""

    @property
    def key(self) -> str:
        """What makes two citations the same source: the link, else the title."""
        return self.url.strip().casefold() or " ".join(self.title.split()).casefold()

    def as_record(self) -> dict[str, str]:
        return {"title": self.title, "title_kk": self.title_kk, "title_en": self.title_en}

    @classmethod
    def of(cls, record: Mapping[str, Any], prefix: str = "source") -> Reference | None:
        """The reference a record's provenance (or another ``prefix``'s fields) names; None without a title."""
        title = str(record.get(prefix) or "").strip()
        if not title or (prefix == "source" and is_demo(record)):
            return None
        return cls(
            title=title,
            title_kk=str(record.get(f"{prefix}_kk") or ""),
            title_en=str(record.get(f"{prefix}_en") or ""),
            url=str(record.get(f"{prefix}_url") or "").strip(),
            date=str(record.get("as_of") or "") if prefix == "source" else "",
        )


@dataclass
class SourceUse:
    """One entry of the guide's numbered sources list: the reference and what the guide took from it."""

    number: int
    reference: Reference
    records: int = 0
    first: str = ""
    last: str = ""

    def dated(self, as_of: str) -> None:
        if as_of:
            self.first = min(self.first, as_of) if self.first else as_of
            self.last = max(self.last, as_of)


@dataclass
class Unsourced:
    """Printed records with no numbered source: demo data, or no source given."""

    demo: int = 0
    unknown: int = 0


@dataclass
class Heading:
    """What the table of contents and the PDF outline need to know about a heading."""

    level: int
    text: str
    key: str


class HeadingParagraph(Paragraph):
    """A heading paragraph that the document template enters in the TOC and the outline."""

    def __init__(self, markup: str, style: Any, heading: Heading) -> None:
        super().__init__(markup, style)
        self.heading = heading


@dataclass
class GuideContext:
    catalog: Any
    lang: str
    styles: Styles
    today: dt.date
    cancelled: Callable[[], bool] | None = None
    # The numbered sources list, in order of first citation (key: Reference.key).
    sources: dict[str, SourceUse] = field(default_factory=dict)
    unsourced: Unsourced = field(default_factory=Unsourced)
    # Every heading made so far, in story order (the builder seeds the TOC with them).
    headings: list[Heading] = field(default_factory=list)
    _covered: frozenset[int] = field(default_factory=fonts.covered_codepoints)
    # What one guide makes once and uses on many pages (the region's map scene behind every
    # passport's locator map), by name; a guide is built from one unchanging catalog.
    reused: dict[str, Any] = field(default_factory=dict)

    # -- text ------------------------------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    def safe(self, text: object) -> str:
        """``text`` as paragraph markup that prints literally, in glyphs the font has."""
        return escape(self.printable(text)).replace("\n", "<br/>")

    def printable(self, text: object) -> str:
        """``text`` with the characters the font can't draw replaced (for canvas and drawing strings)."""
        raw = "" if text is None else str(text)
        if all(ord(ch) in self._covered for ch in raw):
            return raw
        return "".join(ch if ord(ch) in self._covered or ch == "\n" else _SUBSTITUTES.get(ch, "?") for ch in raw)

    def local(self, record: Mapping[str, Any], field_code: str, *, limit: int | None = None) -> str:
        """A record's text in the guide's language as markup, marking a fallback to Russian.

        Text longer than ``limit`` characters is cut with a visible mark: the
        catalog accepts any length, and one 30,000-character address must not
        stop a guide (a table cell taller than a page can't be laid out).
        """
        text, fallback = i18n.localized(record, field_code, self.lang)
        clipped, cut = clip(text, limit or (NAME_LIMIT if field_code in NAME_FIELDS else TEXT_LIMIT))
        return self.safe(clipped) + self.cut_mark(cut) + self.language_mark(text, fallback=fallback)

    def cut_mark(self, cut: bool) -> str:
        return f' <font size="7" color="#5F6B7A">{self.safe(self.t("cut"))}</font>' if cut else ""

    def language_mark(self, text: str, *, fallback: bool = True) -> str:
        """`` (ru)`` after text shown in Russian for want of a version in the guide's language (markup)."""
        if not i18n.needs_language_mark(text, self.lang, fallback=fallback):
            return ""
        return f' <font size="7" color="#5F6B7A">{self.safe(self.t("fallback"))}</font>'

    def reference_title(self, reference: Reference) -> str:
        """A source's title in the guide's language, or as published with a language mark (markup)."""
        version = {"kk": reference.title_kk, "en": reference.title_en}.get(self.lang) or ""
        if version:
            return self.safe(version)
        return self.safe(reference.title) + self.language_mark(reference.title)

    def local_plain(self, record: Mapping[str, Any], field_code: str) -> str:
        """A record's text in the guide's language, without markup (for headers, sketches, the outline)."""
        text, fallback = i18n.localized(record, field_code, self.lang)
        plain = self.printable(clip(text, NAME_LIMIT)[0])
        if i18n.needs_language_mark(text, self.lang, fallback=fallback):
            plain += " " + self.t("fallback")
        return plain

    def demo_badge(self, record: Mapping[str, Any]) -> str:
        """A red DEMO mark after a demo record's title (markup; empty for real records)."""
        if not is_demo(record):
            return ""
        return f' <font name="{fonts.SANS_BOLD}" size="8" color="#C0392B">[{self.t("demo")}]</font>'

    def label(self, vocabulary: str, code: str | None) -> str:
        return i18n.label(vocabulary, code, self.lang)

    def num(self, value: Any, unit: str = "", decimals: int | None = None) -> str:
        text = present.number(value, self.lang, decimals=decimals)
        return f"{text}{present.NBSP}{unit}" if text and unit else text

    def price(self, value: Any, unit_code: str | None) -> str:
        """ "1 800 000 тенге в месяц": the amount, the currency and what the price is for (plain text)."""
        suffix = i18n.price_suffix(unit_code, self.lang)
        return self.num(value, self.t("currency")) + (f" {suffix}" if suffix else "")

    def figure(self, row: Mapping[str, Any]) -> str:
        """An indicator's value with its unit and the source's hedge ("about 22 %"), as plain text."""
        text = self.num(row.get("value"), unit(row.get("unit"), self.lang))
        qualifier = row.get("qualifier")
        if text and qualifier in ("about", "more_than"):
            return self.t(f"q_{qualifier}", v=text)
        return text

    def date(self, value: Any) -> str:
        return present.short_date(value, self.lang)

    def yes_no(self, value: Any) -> str:
        return present.yes_no(value, self.lang, unknown=self.t("unknown"))

    def numbered(self, record: Mapping[str, Any]) -> str:
        """``№5`` (``No. 5`` in English): how the guide refers to a premise."""
        sign = self.t("number_sign")
        return f"{sign}\u00a0{record['id']}" if sign.endswith(".") else f"{sign}{record['id']}"

    def town_name(self, town_id: str | None) -> str:
        return str(self.catalog.town_name(town_id, self.lang))

    # -- provenance -----------------------------------------------------------------------------

    def cite_reference(self, reference: Reference, as_of: str = "") -> int:
        """The number of ``reference`` in the sources list, entering it on first use."""
        use = self.sources.get(reference.key)
        if use is None:
            use = self.sources[reference.key] = SourceUse(number=len(self.sources) + 1, reference=reference)
        use.records += 1
        use.dated(as_of or reference.date)
        return use.number

    def cite(self, record: Mapping[str, Any], prefix: str = "source") -> int | None:
        """Note that ``record`` (or its ``prefix`` fact) is printed; its source's number, None when it has none."""
        reference = Reference.of(record, prefix)
        if reference is None:
            if prefix == "source":
                if is_demo(record):
                    self.unsourced.demo += 1
                else:
                    self.unsourced.unknown += 1
            return None
        return self.cite_reference(reference, str(record.get("as_of") or "") if prefix == "source" else "")

    def ref(self, number: int | None) -> str:
        """``[3]``: a pointer into the sources list (markup; empty for None)."""
        return "" if number is None else f"[{number}]"

    def outdated(self, record: Mapping[str, Any]) -> bool:
        """True when the record's as-of date is more than 12 months before the guide's date."""
        return is_stale(record, today=self.today)

    def outdated_mark(self, record: Mapping[str, Any]) -> str:
        """A red "outdated" after an old record's date (markup; empty for a current one)."""
        if not self.outdated(record):
            return ""
        return f' <font name="{fonts.SANS_BOLD}" color="#C0392B">{self.safe(self.t("outdated"))}</font>'

    def source_text(self, record: Mapping[str, Any], *, compact: bool = False) -> str:
        """``Source [2]: X, as of 01.01.2024`` (markup) for one record, citing it.

        ``compact`` is for a table's source column: the number and the date,
        or the DEMO mark and the date for demo records.
        """
        known = len(self.sources)
        number = self.cite(record)
        # The title is printed where a source is first cited; after that its number says enough.
        first_use = len(self.sources) > known
        as_of = self.date(record["as_of"]) if record.get("as_of") else ""
        old = self.outdated_mark(record)
        if is_demo(record):
            if compact:
                return self.demo_badge(record).strip() + (f" {self.safe(as_of)}" if as_of else "") + old
            shown = self.safe(f"{self.t('source')}: {self.t('source_demo')}")
        elif number is None:
            shown = self.safe(
                self.t("source_unknown") if compact else f"{self.t('source')}: {self.t('source_unknown')}"
            )
        elif compact or not first_use:
            shown = self.ref(number) if compact else f"{self.safe(self.t('source'))} {self.ref(number)}"
        else:
            title = self.reference_title(self.sources_by_number(number).reference)
            shown = f"{self.safe(self.t('source'))} {self.ref(number)}: {title}"
        if as_of:
            shown += ", " + self.safe(self.t("as_of", date=as_of))
        return shown + old + ("" if compact else self.demo_badge(record))

    def sources_by_number(self, number: int) -> SourceUse:
        return next(use for use in self.sources.values() if use.number == number)

    def source_mark(self, record: Mapping[str, Any]) -> str:
        """The shortest citation, for a figure in a crowded cell: ``[2]``, or DEMO; "outdated" when old (markup)."""
        number = self.cite(record)
        mark = self.demo_badge(record).strip() if is_demo(record) else self.ref(number)
        return mark + self.outdated_mark(record)

    def source_note(self, record: Mapping[str, Any]) -> Paragraph:
        """The small print under a record: its source and as-of date."""
        return Paragraph(self.source_text(record), self.styles.tiny)

    def fact_source(self, record: Mapping[str, Any], prefix: str, *, derived_key: str = "") -> str:
        """`` [4]`` after one fact of a record that has its own source (``city_forming_source``...).

        With no source of its own, ``derived_key`` names the text that says
        how the value was obtained (e.g. "approximate town centre").
        """
        number = self.cite(record, prefix)
        if number is not None:
            return " " + self.ref(number)
        if derived_key:
            return f' <font size="7" color="#5F6B7A">({self.safe(self.t(derived_key))})</font>'
        return ""

    # -- figures computed from the catalog ------------------------------------------------------

    def derived(self, value: str, demo: bool) -> str:
        """A figure counted from catalog records (markup): ``6`` or ``6 · ДЕМО`` when any counted record is demo."""
        markup = self.safe(value)
        if demo:
            markup += (
                f' <font name="{fonts.SANS_BOLD}" size="8" color="#C0392B">·\u00a0{self.safe(self.t("demo"))}</font>'
            )
        return markup

    def town_figure(self, summary: TownSummary, key: str) -> str:
        """One figure of the town summary as a derived figure (markup); "—" when nothing states it."""
        text = town_figures.text(summary, key, self.lang)
        return self.derived(text, town_figures.is_demo(summary, key)) if text else "—"

    def derived_note(self, demo: bool) -> Paragraph:
        """Under derived figures: they were counted in this catalog on the guide's date, not taken from a source."""
        text = self.safe(self.t("derived_note", date=self.date(self.today.isoformat())))
        if demo:
            text += " " + self.safe(self.t("derived_demo"))
        return Paragraph(text, self.styles.tiny)

    # -- structure ------------------------------------------------------------------------------

    def heading(self, text: str, level: int = 0, *, extra_markup: str = "") -> HeadingParagraph:
        """A heading at ``level`` (0 = chapter, 1 = section, 2 = subsection), entered in the TOC."""
        level = min(level, 2)
        style = (self.styles.h1, self.styles.h2, self.styles.h3)[level]
        info = Heading(level=level, text=self.safe(text), key=f"h{len(self.headings) + 1}")
        self.headings.append(info)
        return HeadingParagraph(self.safe(text) + extra_markup, style, info)

    def check_cancelled(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled("the guide was cancelled")
