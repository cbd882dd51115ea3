"""The page layout: cover and body pages, running header and footer, TOC entries and outline.

The footer's "page N of M" needs M before the last page exists. The
template counts the pages of each layout pass and :class:`PageTotal` (an
"indexing" flowable, like the table of contents) asks ``multiBuild`` for
another pass until the count stops changing, so the final pass prints the
true total.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import ActionFlowable, BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate, Spacer

from guide.pdf import fonts, styles
from guide.pdf.context import HeadingParagraph

# Images go into the file as binary streams (a JPEG as its own bytes) rather than re-encoded as
# ASCII85 text, which is only for 7-bit channels: that took a tenth of a photo brief's time and
# made each photo a quarter bigger.
rl_config.useA85 = 0

COVER = "cover"
BODY = "body"
COVER_BAND_HEIGHT = 118 * mm
# Flowables that show nothing, so don't tell which chapter a page belongs to.
_INVISIBLE = (ActionFlowable, CondPageBreak, Spacer)


class PageTotal(Flowable):
    """Takes no space; keeps ``multiBuild`` going until the page count is stable."""

    def __init__(self, doc: GuideDocTemplate) -> None:
        super().__init__()
        self.doc = doc
        self._before: int | None = None

    def isIndexing(self) -> int:  # noqa: N802 (reportlab's name)
        return 1

    def beforeBuild(self) -> None:  # noqa: N802
        self._before = self.doc.total_pages

    def afterBuild(self) -> None:  # noqa: N802
        self.doc.total_pages = self.doc.pages_laid_out

    def isSatisfied(self) -> bool:  # noqa: N802
        return self._before == self.doc.total_pages

    def notify(self, kind: str, stuff: Any) -> None:
        pass

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        pass


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


def is_draft_pass(canvas: Any) -> bool:
    """Whether the canvas belongs to a layout pass whose output is thrown away."""
    return bool(getattr(canvas, "draft_pass", False))


def _not_drawn(*args: Any, **kw: Any) -> None:
    pass


class LayoutFrame(Frame):
    """A frame that, in a draft pass, places each flowable (wrap, split, move down) without drawing it.

    A guide is laid out twice for its page numbers, and the first pass's canvas is thrown away;
    drawing (tables of paragraphs, maps, photos) was a third of all the work. Side effects that
    later passes need happen outside drawing: the TOC and the page count come from afterFlowable
    and the page template's callbacks.
    """

    def _add(self, flowable: Flowable, canv: Any, trySplit: int = 0) -> int:  # noqa: N803 (reportlab's names)
        if not is_draft_pass(canv):
            return int(super()._add(flowable, canv, trySplit))
        # Through __dict__: a Drawing refuses attributes it doesn't declare.
        attrs = flowable.__dict__
        own = attrs.get("drawOn")
        attrs["drawOn"] = _not_drawn
        try:
            return int(super()._add(flowable, canv, trySplit))
        finally:
            if own is None:
                del attrs["drawOn"]
            else:
                attrs["drawOn"] = own

    add = _add


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
        # The chapter in effect at the top of the current page, for the running header.
        self.chapter = ""
        self.page_chapter: str | None = None
        width, height = styles.PAGE_SIZE
        body = LayoutFrame(
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
        band = LayoutFrame(
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
        below = LayoutFrame(
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

    # -- multi-pass bookkeeping --------------------------------------------------------------------

    def multiBuild(self, story: list[Flowable], *args: Any, **kw: Any) -> Any:  # noqa: N802 (reportlab's name)
        self._multi_pass = True
        try:
            return super().multiBuild(story, *args, **kw)
        finally:
            self._multi_pass = False

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
        # A pass before the page count is known can't be the last (PageTotal asks for another), so
        # what it draws is thrown away: its frames lay the flowables out without drawing them.
        self.canv.draft_pass = getattr(self, "_multi_pass", False) and self.total_pages is None

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
        bottom = self.bottomMargin - 11 * mm
        canvas.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        canvas.setFont(fonts.SANS, 8)
        canvas.setFillColor(styles.MUTED)
        canvas.drawString(left, bottom, self.footer_left)
        canvas.setFont(fonts.SANS_BOLD, 8)
        canvas.setFillColor(styles.NAVY)
        canvas.drawRightString(right, bottom, self.page_label(canvas.getPageNumber(), self.total_pages))
        canvas.restoreState()


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
