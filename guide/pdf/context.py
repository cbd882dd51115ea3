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

from reportlab.platypus import Paragraph

from guide import i18n
from guide.catalog.errors import Cancelled
from guide.catalog.rules import is_demo
from guide.pdf import fonts
from guide.pdf.styles import Styles
from guide.pdf.texts import t
from guide.present import format as present

# Characters users type that the font lacks, and what prints instead.
_SUBSTITUTES = {"₸": "KZT", "\u202f": "\u00a0", "\u2009": " ", "⚠": "(!)"}


@dataclass
class SourceUse:
    """How many printed records came from one source, and their as-of dates."""

    records: int = 0
    demo: bool = False
    first: str = ""
    last: str = ""


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
    sources: dict[str, SourceUse] = field(default_factory=dict)
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

    def local(self, record: Mapping[str, Any], field_code: str) -> str:
        """A record's text in the guide's language as markup, marking a fallback to Russian."""
        text, fallback = i18n.localized(record, field_code, self.lang)
        markup = self.safe(text)
        if fallback:
            markup += f' <font size="7" color="#5F6B7A">{self.safe(self.t("fallback"))}</font>'
        return markup

    def local_plain(self, record: Mapping[str, Any], field_code: str) -> str:
        """A record's text in the guide's language, without markup (for headers, sketches, the outline)."""
        return self.printable(i18n.localized(record, field_code, self.lang)[0])

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

    def cite(self, record: Mapping[str, Any]) -> None:
        """Note that ``record`` is printed, for the sources section."""
        source = str(record.get("source") or "").strip()
        key = source or ""
        use = self.sources.setdefault(key, SourceUse(demo=is_demo(record)))
        use.records += 1
        as_of = str(record.get("as_of") or "")
        if as_of:
            use.first = min(use.first, as_of) if use.first else as_of
            use.last = max(use.last, as_of)

    def source_text(self, record: Mapping[str, Any], *, compact: bool = False) -> str:
        """``Source: X, as of 01.01.2024`` (markup) for one record, citing it.

        ``compact`` is for a table's source column: no "Source:" and, for
        demo records, only the DEMO mark and the date.
        """
        self.cite(record)
        source = str(record.get("source") or "").strip()
        as_of = self.date(record["as_of"]) if record.get("as_of") else ""
        if compact and is_demo(record):
            return self.demo_badge(record).strip() + (f" {self.safe(as_of)}" if as_of else "")
        if not source:
            shown = self.t("source_unknown")
        elif is_demo(record):
            shown = self.t("source_demo")
        else:
            shown = source
        text = shown if compact else f"{self.t('source')}: {shown}"
        if as_of:
            text += f", {self.t('as_of', date=as_of)}"
        return self.safe(text) + ("" if compact else self.demo_badge(record))

    def source_note(self, record: Mapping[str, Any]) -> Paragraph:
        """The small print under a record: its source and as-of date."""
        return Paragraph(self.source_text(record), self.styles.tiny)

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
