"""Build a guide: choose its kind, assemble its sections, lay it out and write it safely.

Three kinds come from one builder: the **regional guide** (no towns, premises
or projects given), a **town guide** (towns given) and a **shortlist brief**
(premises or projects given). The PDF is laid out in memory, then written to
a temporary file next to the target and renamed over it, so a failed or
cancelled build never leaves a half-written guide or clobbers the old one.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer
from reportlab.platypus.flowables import PageBreakIfNotEmpty as NewPage
from reportlab.platypus.tableofcontents import TableOfContents

from guide import i18n
from guide.catalog.errors import Cancelled, InvalidInput, NotFoundError
from guide.catalog.rules import is_demo
from guide.maps.texts import t as map_t
from guide.pdf import facts, maps, sections_common, sections_invest, sections_region, sections_town
from guide.pdf.context import GuideContext
from guide.pdf.document import GuideDocTemplate
from guide.pdf.flowables import Paragraph
from guide.pdf.sections_premises import passport
from guide.pdf.styles import make_styles
from guide.pdf.texts import t
from guide.present.format import long_date

Progress = Callable[[int, int, str], None]

REGION = "region"
TOWN = "town"
SHORTLIST = "shortlist"
# Progress units given to layout (passes over the story) and to writing the file.
LAYOUT_UNITS = 20
# The room a town chapter needs on the page where the previous one ended (A4 body: about 250 mm).
CHAPTER_ROOM = 130 * mm
# The room a town section needs at the bottom of a page to start there.
SECTION_START = 30 * mm
# Supplier rows a brief prints, over all its towns (about a page).
BRIEF_SUPPLIERS = 18


@dataclass
class BuildResult:
    """What was written: the file, its page count, and what it holds."""

    path: Path
    pages: int
    kind: str
    lang: str
    size: int
    towns: list[str] = field(default_factory=list)
    premises: list[int] = field(default_factory=list)
    projects: list[int] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class _Plan:
    kind: str
    towns: list[dict[str, Any]]
    premises: list[dict[str, Any]]
    projects: list[dict[str, Any]]


def build_guide(
    catalog: Any,
    out: Path,
    *,
    lang: str = i18n.DEFAULT_LANGUAGE,
    towns: Sequence[str] = (),
    premises: Sequence[int | str] = (),
    projects: Sequence[int | str] = (),
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: dt.date | None = None,
) -> BuildResult:
    """Write a guide to ``out`` and describe it.

    No towns, premises or projects: the regional guide. Towns (ids or names in
    any language): a guide for those towns. Premises or projects (ids): a
    shortlist brief. Raises :class:`InvalidInput` (unknown language, town or
    record; a target that can't be written) and :class:`Cancelled`.
    """
    started = time.perf_counter()
    if lang not in i18n.LANGUAGES:
        raise InvalidInput(f"unknown language {lang!r}; expected one of: {', '.join(i18n.LANGUAGES)}")
    out = Path(out)
    _check_target(out)
    plan = _plan(catalog, towns, premises, projects)
    created = creation_time(today)
    # With SOURCE_DATE_EPOCH and no --today the guide is dated by the epoch too, so a rebuild is identical.
    if today is None and os.environ.get("SOURCE_DATE_EPOCH", "").strip():
        today = created.date()
    ctx = GuideContext(
        catalog=catalog, lang=lang, styles=make_styles(), today=today or dt.date.today(), cancelled=cancelled
    )
    report = _Reporter(progress)
    tasks = _tasks(ctx, plan)
    total = len(tasks) + LAYOUT_UNITS + 1
    story: list[Flowable] = []
    for done, (message, task) in enumerate(tasks, start=1):
        ctx.check_cancelled()
        story.extend(task())
        report(done, total, message)

    buffer = io.BytesIO()
    doc = GuideDocTemplate(
        buffer,
        header_left=_header(ctx, plan),
        footer_left=f"{_issuer(ctx, plan)} · {long_date(ctx.today, lang)}",
        page_label=lambda n, m: t("page_of", lang, n=n, m=m if m is not None else "…"),
        on_flowable=ctx.check_cancelled,
        title=_title(ctx, plan),
        author=_issuer(ctx, plan),
        subject=t("title_town", lang),
        lang=lang,
        created=created,
        toc_depth=_toc_depth(plan),
    )
    _seed_contents(story, ctx, doc.toc_depth)
    layout = _LayoutProgress(report, start=len(tasks), total=total, cancelled=ctx.check_cancelled, lang=lang)
    doc.setProgressCallBack(layout)
    doc.build_once(story)
    data = buffer.getvalue()
    ctx.check_cancelled()
    _write_atomically(out, data)
    report(total, total, t("progress_done", lang))
    return BuildResult(
        path=out,
        pages=doc.total_pages or 0,
        kind=plan.kind,
        lang=lang,
        size=len(data),
        towns=[town["id"] for town in plan.towns],
        premises=[p["id"] for p in plan.premises],
        projects=[p["id"] for p in plan.projects],
        seconds=time.perf_counter() - started,
    )


def creation_time(today: dt.date | None, now: dt.datetime | None = None) -> dt.datetime:
    """When the PDF says it was made: ``SOURCE_DATE_EPOCH`` if set, else the given guide date (midnight UTC),
    else the moment of the build. The first two make a rebuild byte-identical."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
        except (ValueError, OverflowError, OSError):
            raise InvalidInput(f"SOURCE_DATE_EPOCH must be a number of seconds, not {epoch!r}") from None
    if today is not None:
        return dt.datetime(today.year, today.month, today.day, tzinfo=dt.UTC)
    return (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)


def _toc_depth(plan: _Plan) -> int:
    """The regional guide's TOC lists the chapters (overview, towns, gaps...) and fits one page; the
    towns' sections are in the bookmarks. Town guides and briefs list sections too."""
    return 0 if plan.kind == REGION else 1


def _seed_contents(story: list[Flowable], ctx: GuideContext, depth: int) -> None:
    """Give the TOC its entries before the layout.

    The guide is laid out once, so the TOC must take its final room from the start: seeded with
    the headings (their page numbers are written when the layout is done) it does.
    """
    for flowable in story:
        if isinstance(flowable, TableOfContents):
            flowable.addEntries([(h.level, h.text, 99, h.key) for h in ctx.headings if h.level <= depth])


# -- what goes in ----------------------------------------------------------------------------------------


def _plan(catalog: Any, towns: Sequence[str], premises: Sequence[int | str], projects: Sequence[int | str]) -> _Plan:
    if premises or projects:
        chosen_premises = [_require(catalog, "premises", i) for i in premises]
        chosen_projects = [_require(catalog, "projects", i) for i in projects]
        town_ids: list[str] = []
        for record in (*chosen_premises, *chosen_projects):
            if record["town"] not in town_ids:
                town_ids.append(record["town"])
        for text in towns:
            town_id = catalog.resolve_town(text)
            if town_id not in town_ids:
                town_ids.append(town_id)
        return _Plan(SHORTLIST, [catalog.require("towns", i) for i in town_ids], chosen_premises, chosen_projects)
    if towns:
        ids: list[str] = []
        for text in towns:
            town_id = catalog.resolve_town(str(text))
            if town_id not in ids:
                ids.append(town_id)
        return _Plan(TOWN, [catalog.require("towns", i) for i in ids], [], [])
    return _Plan(REGION, facts.guide_towns(catalog), [], [])


def _require(catalog: Any, kind: str, record_id: int | str) -> dict[str, Any]:
    try:
        number = int(record_id)
    except (TypeError, ValueError):
        raise InvalidInput(f"{kind} id must be a number, not {record_id!r}") from None
    record = catalog.get(kind, number)
    if record is None:
        raise NotFoundError(f"no {kind} record with id {number}")
    return dict(record)


Task = tuple[str, Callable[[], list[Flowable]]]


def _tasks(ctx: GuideContext, plan: _Plan) -> list[Task]:
    """The story as a list of steps, so progress can be reported and cancellation checked between them."""
    lang = ctx.lang
    tasks: list[Task] = [
        (t("toc", lang), lambda: sections_common.cover(ctx, _cover(ctx, plan)) + sections_common.contents(ctx)),
    ]
    if plan.kind == REGION:
        tasks.append((t("sec_overview", lang), lambda: sections_region.overview(ctx)))
        tasks.append((map_t("map_region", lang), lambda: [NewPage(), *maps.region_map(ctx)]))
        # What investors read first (issue 14): reasons, incentives, the first steps.
        tasks.append((t("sec_why_invest", lang), lambda: [NewPage(), *sections_invest.why_invest(ctx)]))
        tasks.append(
            (
                t("sec_incentives", lang),
                lambda: [NewPage(), *sections_invest.incentives(ctx, sections_invest.incentives_for(ctx.catalog))],
            )
        )
        tasks.append((t("sec_how_to_start", lang), lambda: [NewPage(), *sections_invest.how_to_start(ctx)]))
        tasks.append((t("sec_comparison", lang), lambda: [NewPage(), *sections_region.comparison(ctx, plan.towns)]))
        for town in plan.towns:
            tasks.append((ctx.local_plain(town, "name"), _chapter(ctx, town, chapter=True, passports=False)))
        tasks.append(
            (t("sec_gaps", lang), lambda: [CondPageBreak(CHAPTER_ROOM), *sections_region.gaps(ctx, plan.towns)])
        )
    elif plan.kind == TOWN:
        several = len(plan.towns) > 1
        for town in plan.towns:
            tasks.append((ctx.local_plain(town, "name"), _chapter(ctx, town, chapter=several, passports=True)))
    else:
        tasks.append((t("sec_selected_premises", lang), lambda: _shortlist_premises(ctx, plan.premises)))
        tasks.append((t("sec_selected_projects", lang), lambda: _shortlist_projects(ctx, plan.projects)))
        tasks.append((t("sec_town_profiles", lang), lambda: _profiles(ctx, plan.towns)))
        tasks.append((t("sec_incentives", lang), lambda: [NewPage(), *_brief_incentives(ctx, plan)]))
    tasks.append(
        (
            t("sec_contacts", lang),
            lambda: [
                NewPage(),
                *sections_common.contacts(ctx, plan.towns, _contact_premises(ctx, plan), _zones(ctx, plan)),
                Spacer(1, 4 * mm),
                *sections_invest.institutions(ctx, _institutions(ctx, plan)),
            ],
        )
    )
    tasks.append(
        (
            t("sec_sources", lang),
            lambda: [CondPageBreak(80 * mm), *sections_common.sources(ctx), *sections_common.disclaimer(ctx)],
        )
    )
    return tasks


def _chapter(
    ctx: GuideContext, town: dict[str, Any], *, chapter: bool, passports: bool
) -> Callable[[], list[Flowable]]:
    """A town's sections; under a chapter heading when the guide covers several towns."""

    def build() -> list[Flowable]:
        level = 1 if chapter else 0
        out: list[Flowable] = []
        if chapter:
            # A town starts on a new page unless more than half of this one is free: the chapter
            # before it then doesn't end on a page left mostly empty.
            out += [CondPageBreak(CHAPTER_ROOM), ctx.heading(ctx.local_plain(town, "name"), 0)]
        else:
            out.append(NewPage())
        # Sections the catalog has nothing for are left out, and the town's intro says so once.
        empty = sections_town.empty_sections(ctx, town)
        parts = [
            sections_town.glance(ctx, town, level=level, empty=empty),
            maps.town_map(ctx, town, level=level),
            sections_town.status(ctx, town, level=level),
        ]
        for key, section in (
            ("sec_indicators", lambda: sections_town.indicators(ctx, town["id"], level=level)),
            ("sec_economy", lambda: sections_town.economy(ctx, town, level=level)),
            ("sec_logistics", lambda: sections_invest.logistics(ctx, town, level=level)),
            ("sec_labour", lambda: sections_invest.labour(ctx, town, level=level)),
            ("sec_infrastructure", lambda: sections_town.infrastructure(ctx, town, level=level)),
            ("sec_zones", lambda: sections_town.zones(ctx, town, level=level)),
            ("sec_premises", lambda: sections_town.premises_overview(ctx, town, level=level)),
        ):
            if key not in empty:
                parts.append(section())
        for i, part in enumerate(parts):
            ctx.check_cancelled()
            if i:
                # Enough for a heading and a few rows: a section starts low on a page rather than leave
                # a page mostly empty (its tables repeat their header where they split).
                out.append(CondPageBreak(SECTION_START))
            out.extend(part)
        if passports:
            for premise in facts.premises_on_offer(ctx.catalog, town["id"]):
                out.extend(passport(ctx, premise, level=level + 1))
            out.append(NewPage())
        else:
            out.append(CondPageBreak(SECTION_START))
        if "sec_projects" not in empty:
            out.extend(sections_town.investment_projects(ctx, town, level=level))
        return out

    return build


def _shortlist_premises(ctx: GuideContext, premises: list[dict[str, Any]]) -> list[Flowable]:
    if not premises:
        return []
    out: list[Flowable] = [NewPage(), ctx.heading(ctx.t("sec_selected_premises"), 0)]
    out.append(sections_town.premises_table(ctx, premises))
    for premise in premises:
        out.extend(passport(ctx, premise, level=1))
    return out


def _shortlist_projects(ctx: GuideContext, projects: list[dict[str, Any]]) -> list[Flowable]:
    if not projects:
        return []
    out: list[Flowable] = [NewPage(), ctx.heading(ctx.t("sec_selected_projects"), 0)]
    for project in projects:
        name = ctx.town_name(project.get("town"))
        out.append(Paragraph(ctx.safe(name), ctx.styles.small))
        out.extend(sections_town.project_block(ctx, project))
    return out


def _profiles(ctx: GuideContext, towns: list[dict[str, Any]]) -> list[Flowable]:
    out: list[Flowable] = [NewPage(), ctx.heading(ctx.t("sec_town_profiles"), 0)]
    for i, town in enumerate(towns):
        if i:
            out.append(NewPage())
        out.append(ctx.heading(ctx.local_plain(town, "name"), 1))
        out.extend(sections_town.glance(ctx, town, level=2))
        out.append(CondPageBreak(45 * mm))
        # The brief is about the shortlist: about a page of suppliers in all, shared among its towns.
        out.extend(sections_town.economy(ctx, town, level=2, limit=max(3, BRIEF_SUPPLIERS // max(1, len(towns)))))
    return out


def _brief_incentives(ctx: GuideContext, plan: _Plan) -> list[Flowable]:
    """The incentives that apply to the brief's premises: their towns', and a zone's regime for one in a zone."""
    towns = [t["id"] for t in plan.towns]
    zones = [p["zone"] for p in plan.premises if p.get("zone") is not None]
    return sections_invest.incentives(ctx, sections_invest.incentives_for(ctx.catalog, towns or ["-"], zones))


def _institutions(ctx: GuideContext, plan: _Plan) -> list[dict[str, Any]]:
    if plan.kind == REGION:
        return sections_invest.institutions_for(ctx.catalog)
    return sections_invest.institutions_for(ctx.catalog, [t["id"] for t in plan.towns])


def _contact_premises(ctx: GuideContext, plan: _Plan) -> list[dict[str, Any]]:
    if plan.kind == SHORTLIST:
        return plan.premises
    if plan.kind == TOWN:
        return [p for town in plan.towns for p in facts.premises_on_offer(ctx.catalog, town["id"])]
    return []  # the regional guide lists the zones' contacts; premises' are in the town guides


def _zones(ctx: GuideContext, plan: _Plan) -> list[dict[str, Any]]:
    return [z for town in plan.towns for z in ctx.catalog.where("zones", "town", town["id"])]


# -- the cover and running text ------------------------------------------------------------------------------


def _town_names(ctx: GuideContext, plan: _Plan) -> str:
    return ", ".join(ctx.local_plain(town, "name") for town in plan.towns)


def _title(ctx: GuideContext, plan: _Plan) -> str:
    if plan.kind == REGION:
        return ctx.t("title_region")
    if plan.kind == TOWN:
        return f"{ctx.t('title_town')}: {_town_names(ctx, plan)}"
    return ctx.t("title_shortlist")


def _header(ctx: GuideContext, plan: _Plan) -> str:
    if plan.kind == REGION:
        return f"{ctx.t('title_town')} · {ctx.t('region')}"
    if plan.kind == TOWN:
        return f"{ctx.t('title_town')} · {_town_names(ctx, plan)}"
    return f"{ctx.t('title_shortlist')} · {ctx.t('region')}"


def _issuer(ctx: GuideContext, plan: _Plan) -> str:
    if plan.kind == TOWN and len(plan.towns) == 1:
        return ctx.t("issuer_town", town=ctx.local_plain(plan.towns[0], "name"))
    return ctx.t("issuer_region")


def _cover(ctx: GuideContext, plan: _Plan) -> sections_common.Cover:
    if plan.kind == REGION:
        title, subtitle = ctx.t("title_region"), " · ".join(ctx.local_plain(town, "name") for town in plan.towns)
    elif plan.kind == TOWN:
        title, subtitle = ctx.t("title_town"), _town_names(ctx, plan)
    else:
        title, subtitle = ctx.t("title_shortlist"), ctx.t("subtitle_shortlist")
    contacts = []
    for town in plan.towns:
        if town.get("akimat_contact"):
            name = ctx.safe(ctx.t("issuer_town", town=ctx.local_plain(town, "name")))
            contacts.append(f"{name}: {ctx.local(town, 'akimat_contact')}")
    if any(town["id"] == "temirtau" for town in plan.towns) and plan.kind != REGION:
        contacts.append(ctx.safe(ctx.t("official_taurbekov")))
    contacts.append(ctx.safe(f"{ctx.t('generic_contact')}: {ctx.t('official_ablaeva')}"))
    return sections_common.Cover(
        title=title,
        subtitle=subtitle,
        issuer=_issuer(ctx, plan),
        towns=plan.towns,
        contacts=contacts,
        demo=_has_demo(ctx, plan),
    )


def _has_demo(ctx: GuideContext, plan: _Plan) -> bool:
    if plan.kind == SHORTLIST:
        records: Iterable[dict[str, Any]] = [*plan.premises, *plan.projects]
    else:
        ids = {town["id"] for town in plan.towns}
        records = (
            r
            for kind in ("premises", "projects", "zones", "suppliers", "indicators")
            for r in ctx.catalog.all(kind)
            if r.get("town") in ids
        )
    return any(is_demo(r) for r in records)


# -- progress ---------------------------------------------------------------------------------------------


class _Reporter:
    """Forwards progress when it changes, never going backwards (layout may take an extra pass)."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.last = 0
        self.sent: tuple[int, str] | None = None

    def __call__(self, done: int, total: int, message: str) -> None:
        self.last = max(self.last, min(done, total))
        if self.progress is not None and self.sent != (self.last, message):
            self.sent = (self.last, message)
            self.progress(self.last, total, message)


class _LayoutProgress:
    """reportlab's progress events during the layout, turned into our units; also checks for cancel."""

    def __init__(self, report: _Reporter, *, start: int, total: int, cancelled: Callable[[], None], lang: str) -> None:
        self.report = report
        self.start = start
        self.total = total
        self.cancelled = cancelled
        self.size = 1
        self.message = t("progress_layout", lang)

    def __call__(self, kind: str, value: int) -> None:
        self.cancelled()
        if kind == "SIZE_EST":
            self.size = max(1, value)
        elif kind == "PROGRESS":
            fraction = min(1.0, value / self.size)
            self.report(self.start + min(LAYOUT_UNITS - 1, int(fraction * LAYOUT_UNITS)), self.total, self.message)


# -- safe writing ---------------------------------------------------------------------------------------------


def _part_prefix(out: Path) -> str:
    return f".{out.name}."


def _check_target(out: Path) -> None:
    """Refuse early, with a clear message, a target that can't be written; sweep stale temp files."""
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        raise InvalidInput(f"can't write the guide to {out}: it is a folder; give a file name such as guide.pdf")
    if not folder.is_dir():
        raise InvalidInput(f"can't write the guide to {out}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InvalidInput(f"can't write the guide to {out}: the folder {folder} is not writable")
    if out.exists() and not os.access(out, os.W_OK):
        raise InvalidInput(f"can't write the guide to {out}: the file is read-only")
    # A run killed between writing and renaming leaves its temporary file behind.
    for stale in folder.glob(f"{_glob_escape(_part_prefix(out))}*.part"):
        try:
            stale.unlink()
        except OSError:
            pass


def _glob_escape(text: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[]" else ch for ch in text)


def _write_atomically(out: Path, data: bytes) -> None:
    folder = out.parent if str(out.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=_part_prefix(out), suffix=".part", dir=folder)
    except OSError as exc:
        raise InvalidInput(f"can't write the guide to {out}: {exc.strerror}") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private; a guide is a document to share (or keeps the old file's mode).
        os.chmod(tmp, out.stat().st_mode & 0o777 if out.exists() else 0o644)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InvalidInput(f"can't write the guide to {out}: {exc.strerror or exc}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


__all__ = ["BuildResult", "Cancelled", "build_guide"]
