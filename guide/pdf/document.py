"""The page layout: cover and body pages, running header and footer, TOC entries and outline.

The footer's "page N of M" and the contents' page numbers need the whole
layout before the pages that show them are finished. reportlab's way is to
lay the guide out twice (``multiBuild``); a guide is laid out once instead,
and each of those numbers is a form XObject that the page refers to where the
number goes and that is written when the layout is done (a PDF may refer to a
form before defining it). The contents are seeded with every heading before
the layout (see the builder), so they take their final room.
"""

from __future__ import annotations

import datetime as dt
import time
from ast import literal_eval
from collections.abc import Callable
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import ActionFlowable, BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate, Spacer
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers

from guide.pdf import fonts, styles
from guide.pdf.context import HeadingParagraph

# Images go into the file as binary streams (a JPEG as its own bytes) rather than re-encoded as
# ASCII85 text, which is only for 7-bit channels: that took a tenth of a photo brief's time and
# made each photo a quarter bigger.
rl_config.useA85 = 0
# reportlab checks every attribute set on a graphics shape against the shape's attribute map (a
# development aid, its settings say): a brief's 500 locator maps set some 390,000 attributes, and
# making them took a third longer (1.3-1.6 -> 0.7-1.1 s). Our drawings are tested; a wrong value
# now fails when drawn, not when set.
rl_config.shapeChecking = 0

COVER = "cover"
BODY = "body"
COVER_BAND_HEIGHT = 118 * mm
# Flowables that show nothing, so don't tell which chapter a page belongs to.
_INVISIBLE = (ActionFlowable, CondPageBreak, Spacer)


def stamp(created: dt.datetime) -> TimeStamp:
    """reportlab's document time stamp for ``created`` (made timezone-aware as UTC when naive)."""
    moment = created if created.tzinfo else created.replace(tzinfo=dt.UTC)
    ts = TimeStamp(invariant=1)
    ts.t = moment.timestamp()
    ts.lt = tuple(time.gmtime(ts.t))
    ts.YMDhms = ts.lt[:6]
    ts.dhh = ts.dmm = 0
    ts.tzname = "UTC"
    return ts


class GuideContents(TableOfContents):
    """The table of contents, its page numbers (with their dot leaders) drawn when the layout is done.

    reportlab draws an entry's dots and number from a callback at the end of the entry's text;
    here that callback records where, and puts a form there that :meth:`draw_numbers` fills.
    """

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        # (form name, style, x, y, width, dots, key) of each entry drawn
        self.pending: list[tuple[str, Any, float, float, float, str, str | None]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        size = super().wrap(availWidth, availHeight)

        def entry_end(canvas: Any, kind: str, label: str) -> None:
            page, level, key = label.split(",")
            style = self.getLevelStyle(int(level))
            dots = " . " if 0 <= self.dotsMinLevel <= int(level) else ""
            name = f"toc{len(self.pending)}"
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
            target = literal_eval(key)
            self.pending.append((name, style, x, y, availWidth, dots, target))
            canvas.doForm(name)
            if target:
                # The dots and the number (reportlab links the number alone; its width isn't known yet).
                canvas.linkRect("", target, (x, y, availWidth, y + style.leading), relative=1)

        # reportlab 5 looks an <onDraw> callback up by name; 4.4 (the oldest we support) as an attribute.
        named = getattr(self.canv, "setNamedCB", None)
        if named is not None:
            named("drawTOCEntryEnd", entry_end)
        else:
            self.canv.drawTOCEntryEnd = entry_end
        return size

    def draw_numbers(self, canvas: Any, pages: dict[str, int]) -> None:
        """Fills each entry's form with its dots and page number, as reportlab's callback draws them."""
        for name, style, x, y, width, dots, key in self.pending:
            canvas.beginForm(name, lowerx=-width, lowery=-width, upperx=2 * width, uppery=2 * width)
            if key in pages:
                canvas._curr_tx_info = {"cur_x": x, "cur_y": y}
                try:
                    drawPageNumbers(canvas, style, [(pages[key], None)], width, 0, dots)
                finally:
                    del canvas._curr_tx_info
            canvas.endForm()
        self.pending = []


class GuideDocTemplate(BaseDocTemplate):
    """An A4 guide: a cover page template and a body page template with header and footer."""

    def __init__(
        self,
        target: Any,
        *,
        header_left: str,
        footer_left: str,
        page_label: Callable[[int, int | None], str],
        on_flowable: Callable[[], None] | None = None,
        created: dt.datetime | None = None,
        toc_depth: int = 2,
        **kw: Any,
    ) -> None:
        fonts.register_fonts()
        super().__init__(
            target,
            pagesize=styles.PAGE_SIZE,
            leftMargin=styles.MARGIN_LEFT,
            rightMargin=styles.MARGIN_RIGHT,
            topMargin=styles.MARGIN_TOP,
            bottomMargin=styles.MARGIN_BOTTOM,
            # Same input, same bytes: no timestamps or random ids in the file.
            invariant=1,
            # Without this the canvas names Helvetica on every page, unembedded.
            initialFontName=fonts.SANS,
            initialFontSize=10,
            initialLeading=12,
            creator="Investor Guide",
            producer="Investor Guide (reportlab)",
            **kw,
        )
        # The file's creation date (UTC). invariant=1 would stamp 2000-01-01; the
        # builder passes the build time, fixed by SOURCE_DATE_EPOCH or --today.
        self.created = created
        # Headings deeper than this are in the bookmarks only (the regional guide's TOC fits one page).
        self.toc_depth = toc_depth
        self.header_left = header_left
        self.footer_left = footer_left
        self.page_label = page_label
        self.on_flowable = on_flowable
        self.total_pages: int | None = None
        self.pages_laid_out = 0
        # What build_once fills in when the layout is done: each heading's page (by key), and the
        # pages whose footer label waits for the page count.
        self.heading_pages: dict[str, int] = {}
        self.labels_pending: list[int] = []
        # The chapter in effect at the top of the current page, for the running header.
        self.chapter = ""
        self.page_chapter: str | None = None
        width, height = styles.PAGE_SIZE
        body = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        band = Frame(
            self.leftMargin,
            height - COVER_BAND_HEIGHT + 12 * mm,
            self.width,
            COVER_BAND_HEIGHT - 30 * mm,
            id="band",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        below = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            height - COVER_BAND_HEIGHT - self.bottomMargin - 10 * mm,
            id="below",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(id=COVER, frames=[band, below], onPage=self._draw_cover, onPageEnd=self._count_page),
                PageTemplate(id=BODY, frames=[body], onPageEnd=self._draw_running),
            ]
        )

    # -- one pass, then the numbers ------------------------------------------------------------------

    def build_once(self, story: list[Flowable]) -> None:
        """Lays the story out and draws it in one pass, then writes the numbers that needed it all.

        A second pass (reportlab's ``multiBuild``) would lay every paragraph and table out again
        only to learn the page count and the contents' page numbers.
        """
        contents = [f for f in story if isinstance(f, GuideContents)]
        for toc in contents:
            toc.beforeBuild()  # the seeded entries become the ones shown
        self.heading_pages, self.labels_pending = {}, []
        self._doSave = 0
        self.build(list(story))
        self.total_pages = self.pages_laid_out
        canvas = self.canv
        for page in self.labels_pending:
            canvas.beginForm(_label_form(page))
            canvas.setFont(fonts.SANS_BOLD, 8)
            canvas.setFillColor(styles.NAVY)
            canvas.drawRightString(*self._label_at(), self.page_label(page, self.total_pages))
            canvas.endForm()
        for toc in contents:
            toc.draw_numbers(canvas, self.heading_pages)
        canvas.save()

    def _makeCanvas(self, filename: Any = None, canvasmaker: Any = None) -> Any:
        canv = super()._makeCanvas(filename=filename, canvasmaker=canvasmaker or Canvas)
        if self.created is not None:
            canv._doc._timeStamp = stamp(self.created)
        # The reader opens with the bookmarks panel: every section is there even when the TOC lists only chapters.
        canv.showOutline()
        return canv

    def handle_documentBegin(self) -> None:  # noqa: N802
        self.pages_laid_out = 0
        self.chapter = ""
        super().handle_documentBegin()

    def handle_pageBegin(self) -> None:  # noqa: N802
        self.page_chapter = None
        super().handle_pageBegin()

    def _count_page(self, canvas: Any, doc: Any) -> None:
        self.pages_laid_out = canvas.getPageNumber()

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802
        if isinstance(flowable, HeadingParagraph):
            heading = flowable.heading
            self.canv.bookmarkPage(heading.key)
            self.canv.addOutlineEntry(_plain(heading.text), heading.key, level=heading.level, closed=heading.level > 0)
            self.heading_pages[heading.key] = self.page
            if heading.level <= self.toc_depth:
                self.notify("TOCEntry", (heading.level, heading.text, self.page, heading.key))
            if heading.level == 0:
                self.chapter = _plain(heading.text)
                if self.page_chapter is None:
                    self.page_chapter = self.chapter
        elif self.page_chapter is None and not isinstance(flowable, _INVISIBLE):
            # Content at the top of a page continues the chapter before it.
            self.page_chapter = self.chapter
        if self.on_flowable is not None:
            self.on_flowable()

    # -- page decoration ---------------------------------------------------------------------------

    def _draw_cover(self, canvas: Any, doc: Any) -> None:
        width, height = styles.PAGE_SIZE
        canvas.saveState()
        canvas.setFillColor(styles.NAVY)
        canvas.rect(0, height - COVER_BAND_HEIGHT, width, COVER_BAND_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(styles.GOLD)
        canvas.rect(0, height - COVER_BAND_HEIGHT - 2.2 * mm, width, 2.2 * mm, stroke=0, fill=1)
        canvas.setFillColor(styles.SKY)
        canvas.rect(0, 0, width, 6 * mm, stroke=0, fill=1)
        canvas.restoreState()

    def _draw_running(self, canvas: Any, doc: Any) -> None:
        self._count_page(canvas, doc)
        width, height = styles.PAGE_SIZE
        left, right = self.leftMargin, width - self.rightMargin
        canvas.saveState()
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.6)
        top = height - self.topMargin + 9 * mm
        canvas.line(left, top - 2.2 * mm, right, top - 2.2 * mm)
        canvas.setFont(fonts.SANS, 8)
        canvas.setFillColor(styles.MUTED)
        canvas.drawString(left, top, self.header_left)
        chapter = self.page_chapter or self.chapter
        if chapter:
            canvas.setFont(fonts.SANS_BOLD, 8)
            canvas.setFillColor(styles.NAVY)
            canvas.drawRightString(right, top, _fit(chapter, fonts.SANS_BOLD, 8, (right - left) / 2))
        bottom = self._label_at()[1]
        canvas.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        canvas.setFont(fonts.SANS, 8)
        canvas.setFillColor(styles.MUTED)
        canvas.drawString(left, bottom, self.footer_left)
        # "Page N of M": M is known when the layout is done (build_once writes the form).
        canvas.doForm(_label_form(canvas.getPageNumber()))
        self.labels_pending.append(canvas.getPageNumber())
        canvas.restoreState()

    def _label_at(self) -> tuple[float, float]:
        """Where the footer's page label ends (it is right-aligned)."""
        return styles.PAGE_SIZE[0] - self.rightMargin, self.bottomMargin - 11 * mm


def _label_form(page: int) -> str:
    return f"pagelabel{page}"


def _plain(markup: str) -> str:
    """Heading markup (escaped text) back to text for the outline and the header."""
    from xml.sax.saxutils import unescape

    return unescape(markup)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` (the running header is one line)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
