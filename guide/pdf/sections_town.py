"""A town's chapter: at a glance, status, indicators, economy, infrastructure, zones, projects."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from guide.catalog import fields as F
from guide.catalog.indicators import indicator_names, indicator_rows, latest_indicator
from guide.catalog.rules import is_demo, is_vacant, plan_overtaken, split_list
from guide.catalog.summary import TownSummary, town_summary
from guide.pdf import charts, facts
from guide.pdf.context import DESCRIPTION_LIMIT, GuideContext
from guide.pdf.flowables import Paragraph, data_table, figures_row, key_value_table
from guide.pdf.fonts import SANS_BOLD
from guide.pdf.styles import FRAME_WIDTH
from guide.present import format as present
from guide.present import town_figures
from guide.present.indicators import indicator_name

W = FRAME_WIDTH
# A project's description up to this long moves with its heading to the next page rather than split from it.
KEEP_TOGETHER_CHARS = 1500


def empty_sections(ctx: GuideContext, town: dict[str, Any]) -> list[str]:
    """The town sections (their heading keys) the catalog has nothing for yet, in chapter order."""
    projects = ctx.catalog.where("projects", "town", town["id"])
    have = {
        "sec_indicators": bool(indicator_names(ctx.catalog, town["id"])),
        "sec_economy": bool(town.get("city_forming") or ctx.catalog.where("suppliers", "town", town["id"])),
        "sec_infrastructure": any(p.get("kind") == "infrastructure" for p in projects),
        "sec_zones": bool(ctx.catalog.where("zones", "town", town["id"])),
        "sec_premises": bool(facts.premises_on_offer(ctx.catalog, town["id"])),
        "sec_projects": any(p.get("kind") != "infrastructure" for p in projects),
    }
    return [key for key, present in have.items() if not present]


def glance(ctx: GuideContext, town: dict[str, Any], *, level: int = 0, empty: Sequence[str] = ()) -> list[Flowable]:
    """The town at a glance: key figures, its profile, and reasons to invest drawn from the catalog.

    The distance is a sourced fact (its own reference); the counts are
    derived from catalog records and say so, with DEMO when a counted record
    is demo; where a source states the same kind of figure it is printed
    beside the count, never in its place.
    """
    s = ctx.styles
    fig = town_summary(ctx.catalog, town["id"])
    out: list[Flowable] = [ctx.heading(ctx.t("sec_glance"), level)]
    distance = ctx.num(town.get("distance_centre_km"), present.unit("km", ctx.lang))
    distance_markup = ctx.safe(distance) + ctx.fact_source(town, "distance_source") if distance else "—"
    suppliers_label = ctx.safe(town_figures.label("local_suppliers", ctx.lang))
    counterpart = _sourced_counterpart(ctx, town, "local_suppliers")
    if counterpart:
        # Which is which: the big number is the catalog's count, the source's figure is named under it.
        suppliers_label = f"{ctx.safe(ctx.t('suppliers_in_catalog'))}<br/><b>{counterpart}</b>"
    tiles = [
        (distance_markup, F.TOWNS.field("distance_centre_km").label(ctx.lang)),
        *(
            (ctx.town_figure(fig, key), town_figures.label(key, ctx.lang))
            for key in ("vacant_premises", "vacant_area_m2", "zones", "projects", "local_suppliers")
        ),
    ]
    labels = [ctx.safe(lbl) for _, lbl in tiles[:-1]] + [suppliers_label]
    out.append(
        figures_row(
            [
                (Paragraph(v, s.figure_value), Paragraph(lbl, s.figure_label))
                for (v, _), lbl in zip(tiles, labels, strict=True)
            ],
            W,
        )
    )
    out.append(ctx.derived_note(fig.demo))
    out.append(Spacer(1, 4 * mm))
    table_rows = [
        (
            Paragraph(ctx.safe(F.TOWNS.field("monotown_status").label(ctx.lang)), s.cell_bold),
            Paragraph(ctx.safe(ctx.label("monotown_status", town.get("monotown_status"))), s.cell),
        )
    ]
    if town.get("city_forming"):
        table_rows.append(
            (
                Paragraph(ctx.safe(F.TOWNS.field("city_forming").label(ctx.lang)), s.cell_bold),
                Paragraph(ctx.local(town, "city_forming") + ctx.fact_source(town, "city_forming_source"), s.cell),
            )
        )
    table_rows += [
        (
            Paragraph(ctx.safe(F.TOWNS.field("population").label(ctx.lang)), s.cell_bold),
            Paragraph(ctx.safe(ctx.num(town.get("population")) or ctx.t("unknown")), s.cell),
        ),
        (
            Paragraph(ctx.safe(F.TOWNS.field("region").label(ctx.lang)), s.cell_bold),
            Paragraph(ctx.safe(ctx.t("region")), s.cell),
        ),
    ]
    if town.get("lat") is not None and town.get("lon") is not None:
        table_rows.append(
            (
                Paragraph(
                    ctx.safe(f"{F.TOWNS.field('lat').label(ctx.lang)}, {F.TOWNS.field('lon').label(ctx.lang)}"),
                    s.cell_bold,
                ),
                Paragraph(
                    ctx.safe(f"{float(town['lat']):.2f}, {float(town['lon']):.2f}")
                    + ctx.fact_source(town, "coordinates_source", derived_key="approx_centre"),
                    s.cell,
                ),
            )
        )
    out.append(key_value_table(table_rows, [55 * mm, W - 55 * mm]))
    out.append(Spacer(1, 3 * mm))
    if town.get("description"):
        out.append(Paragraph(ctx.local(town, "description", limit=DESCRIPTION_LIMIT), s.body))
        out.append(ctx.source_note(town))
    if empty:
        names = ", ".join(ctx.t(key).lower() if ctx.lang != "en" else ctx.t(key) for key in empty)
        out.append(Paragraph(f"<i>{ctx.safe(ctx.t('not_in_catalog_yet', sections=names))}</i>", s.small))
    reasons = reasons_to_invest(ctx, town, fig)
    if reasons:
        out.append(Paragraph(ctx.safe(ctx.t("sec_why")), s.h3))
        out.extend(Paragraph("•\u00a0" + r, s.body) for r in reasons)
        out.append(ctx.derived_note(fig.demo))
    return out


def _sourced_counterpart(ctx: GuideContext, town: dict[str, Any], figure: str) -> str:
    """``according to source [1]: 50`` when a sourced indicator states what the catalog counts (markup)."""
    name = facts.SOURCED_COUNTERPARTS.get(figure)
    row = latest_indicator(ctx.catalog, town["id"], name) if name else None
    if row is None or is_demo(row):
        return ""
    number = ctx.cite(row)
    return ctx.safe(ctx.t("per_source", ref=ctx.ref(number), n=ctx.figure(row)))


def reasons_to_invest(ctx: GuideContext, town: dict[str, Any], fig: TownSummary) -> list[str]:
    """Reasons an investor can check in this guide (markup).

    The city-forming enterprise cites its source; the rest are counted from
    catalog records and carry the DEMO mark when a counted record is demo.
    """
    reasons = []
    if town.get("city_forming"):
        reasons.append(
            f"{ctx.safe(ctx.t('city_forming'))}: {ctx.local(town, 'city_forming')}"
            + ctx.fact_source(town, "city_forming_source")
        )
    if fig.vacant_premises:
        area = ctx.num(fig.vacant_area_m2 or 0)
        reasons.append(
            ctx.derived(
                ctx.t("why_premises", n=fig.vacant_premises, area=area, rail=fig.rail_sidings), fig.premises_demo
            )
        )
    if fig.max_power_kw:
        reasons.append(ctx.derived(ctx.t("why_power", kw=ctx.num(fig.max_power_kw)), fig.premises_demo))
    if fig.zones:
        reasons.append(ctx.derived(ctx.t("why_zones", n=fig.zones), fig.zones_demo))
    if fig.local_suppliers:
        text = ctx.derived(ctx.t("why_suppliers", n=fig.local_suppliers), fig.suppliers_demo)
        counterpart = _sourced_counterpart(ctx, town, "local_suppliers")
        reasons.append(f"{text} ({counterpart})" if counterpart else text)
    return reasons


def status(ctx: GuideContext, town: dict[str, Any], *, level: int = 0) -> list[Flowable]:
    """The monotown status and its history, with the reason for each change."""
    s = ctx.styles
    out: list[Flowable] = [ctx.heading(ctx.t("sec_status"), level)]
    current = ctx.label("monotown_status", town.get("monotown_status"))
    text = f"<b>{ctx.safe(current)}</b>"
    if town.get("status_reason"):
        text += ". " + ctx.local(town, "status_reason")
    out.append(Paragraph(text, s.body))
    history = facts.status_history(ctx.catalog, town["id"])
    if history:
        rows: list[list[Any]] = [
            [Paragraph(ctx.safe(ctx.t(k)), s.cell_head) for k in ("year", "status", "reason")]
            + [Paragraph(ctx.safe(ctx.t("source")), s.cell_head)]
        ]
        for row in history:
            rows.append(
                [
                    Paragraph(str(row["year"]), s.cell),
                    Paragraph(ctx.safe(ctx.label("monotown_status", row["status"])), s.cell_bold),
                    Paragraph(ctx.local(row, "reason"), s.cell),
                    Paragraph(ctx.source_text(row, compact=True), s.tiny),
                ]
            )
        out.append(data_table(rows, [14 * mm, 32 * mm, W - 96 * mm, 50 * mm]))
    return out


def indicators(ctx: GuideContext, town_id: str | None, *, level: int = 0, heading: bool = True) -> list[Flowable]:
    """A town's (or the region's) indicators: a table with sources, and a chart per multi-year series."""
    s = ctx.styles
    names = indicator_names(ctx.catalog, town_id)
    out: list[Flowable] = [ctx.heading(ctx.t("sec_indicators"), level)] if heading else []
    if not names:
        out.append(Paragraph(ctx.safe(ctx.t("no_indicators")), s.body))
        return out
    rows: list[list[Any]] = [
        [Paragraph(ctx.safe(ctx.t(k)), s.cell_head) for k in ("indicator", "year", "value", "source")]
    ]
    for name in names:
        previous_note = None
        for row in indicator_rows(ctx.catalog, town_id, name):
            label = ctx.safe(indicator_name(name, ctx.lang))
            # A series usually repeats one note every year: print it once.
            if row.get("note") and row.get("note") != previous_note:
                label += f'<br/><font size="7" color="#5F6B7A">{ctx.local(row, "note")}</font>'
            previous_note = row.get("note")
            rows.append(
                [
                    Paragraph(label, s.cell),
                    Paragraph(str(row["year"]), s.cell),
                    Paragraph(ctx.safe(ctx.figure(row)), s.cell_right),
                    Paragraph(ctx.source_text(row, compact=True), s.tiny),
                ]
            )
    out.append(data_table(rows, [W - 112 * mm, 14 * mm, 34 * mm, 64 * mm]))
    for name in names:
        if len(indicator_rows(ctx.catalog, town_id, name)) < 2:
            continue  # a single figure reads better in the table than as one bar
        drawing = charts.indicator_chart(ctx.catalog, town_id, name, ctx.lang, cite=lambda r: ctx.ref(ctx.cite(r)))
        if drawing is not None:
            out.append(Spacer(1, 4 * mm))
            out.append(KeepTogether([drawing]))
    return out


def economy(ctx: GuideContext, town: dict[str, Any], *, level: int = 0, limit: int | None = None) -> list[Flowable]:
    """The city-forming enterprise and the SME belt of local suppliers."""
    s = ctx.styles
    out: list[Flowable] = [ctx.heading(ctx.t("sec_economy"), level)]
    if town.get("city_forming"):
        out.append(
            Paragraph(
                f"<b>{ctx.safe(ctx.t('city_forming'))}:</b> {ctx.local(town, 'city_forming')}"
                + ctx.fact_source(town, "city_forming_source"),
                s.body,
            )
        )
    suppliers = ctx.catalog.where("suppliers", "town", town["id"])
    out.append(Paragraph(ctx.safe(ctx.t("sme_belt")), s.h3))
    if not suppliers:
        out.append(Paragraph(ctx.safe(ctx.t("no_suppliers")), s.body))
        return out
    head = [F.SUPPLIERS.field(c).label(ctx.lang) for c in ("name", "niche", "contact")] + [ctx.t("source")]
    rows: list[list[Any]] = [[Paragraph(ctx.safe(h), s.cell_head) for h in head]]
    ordered = sorted(suppliers, key=lambda r: (not r.get("is_local"), r.get("niche") or "", r["id"]))
    for sup in ordered[:limit]:
        name = f"<b>{ctx.local(sup, 'name')}</b>{ctx.demo_badge(sup)}"
        if sup.get("description"):
            name += f'<br/><font size="7.5">{ctx.local(sup, "description")}</font>'
        niche = ctx.safe(ctx.label("niche", sup.get("niche")))
        if sup.get("is_local"):
            niche += f'<br/><font size="7" color="#5F6B7A">{ctx.safe(ctx.t("local"))}</font>'
        contact = "<br/>".join(
            ctx.local(sup, c) if c == "contact" else ctx.safe(sup[c])
            for c in ("contact", "phone", "email")
            if sup.get(c)
        )
        rows.append(
            [
                Paragraph(name, s.cell),
                Paragraph(niche, s.cell),
                Paragraph(contact, s.cell),
                Paragraph(ctx.source_text(sup, compact=True), s.tiny),
            ]
        )
    out.append(data_table(rows, [W - 122 * mm, 30 * mm, 52 * mm, 40 * mm]))
    if limit is not None and len(ordered) > limit:
        out.append(Paragraph(ctx.safe(ctx.t("more_in_catalog", n=len(ordered) - limit)), s.small))
    return out


def project_block(ctx: GuideContext, project: dict[str, Any], *, level: int = 1) -> list[Flowable]:
    """One project: title, key figures, description and source."""
    s = ctx.styles
    title = f"<b>{ctx.local(project, 'title')}</b>{ctx.demo_badge(project)}"
    meta = [ctx.label("project_kind", project.get("kind")), ctx.label("project_status", project.get("status"))]
    years = "–".join(str(project[y]) for y in ("start_year", "end_year") if project.get(y))
    if years:
        meta.append(years)
    rows = []
    for code, value in (
        ("sector", ctx.local(project, "sector")),
        ("initiator", ctx.local(project, "initiator")),
        ("investment_kzt", ctx.safe(ctx.num(project.get("investment_kzt")))),
        ("jobs", ctx.safe(ctx.num(project.get("jobs")))),
        ("contact", ctx.local(project, "contact")),
    ):
        if value:
            rows.append(
                (Paragraph(ctx.safe(F.PROJECTS.field(code).label(ctx.lang)), s.cell_bold), Paragraph(value, s.cell))
            )
    parts: list[Flowable] = [
        Paragraph(title, ctx.styles.item_title),
        Paragraph(ctx.safe(" · ".join(m for m in meta if m)), s.small),
    ]
    overtaken = plan_overtaken(project, ctx.today)
    if overtaken is not None:
        key = "plan_past_start" if (project.get("status") or "planned") == "planned" else "plan_past_end"
        since = ctx.date(project["as_of"]) if project.get("as_of") else ctx.t("unknown")
        parts.append(
            Paragraph(
                f'<font name="{SANS_BOLD}" color="#C0392B">{ctx.safe(ctx.t("outdated"))}:</font> '
                + ctx.safe(ctx.t(key, year=overtaken, date=since)),
                s.small,
            )
        )
    if rows:
        parts.append(key_value_table(rows, [45 * mm, W - 45 * mm]))
    # Heading, figures, description and source stay together; only a very long description may run on.
    tail: list[Flowable] = []
    if project.get("description"):
        tail += [Spacer(1, 2 * mm), Paragraph(ctx.local(project, "description", limit=DESCRIPTION_LIMIT), s.body)]
    tail.append(ctx.source_note(project))
    description = str(project.get("description") or "")
    if len(description) <= KEEP_TOGETHER_CHARS:
        return [KeepTogether(parts + tail), Spacer(1, 4 * mm)]
    return [KeepTogether(parts), *tail, Spacer(1, 4 * mm)]


def infrastructure(ctx: GuideContext, town: dict[str, Any], *, level: int = 0) -> list[Flowable]:
    """The roadmap's infrastructure projects in the town."""
    projects = [p for p in ctx.catalog.where("projects", "town", town["id"]) if p.get("kind") == "infrastructure"]
    out: list[Flowable] = [ctx.heading(ctx.t("sec_infrastructure"), level)]
    if not projects:
        out.append(Paragraph(ctx.safe(ctx.t("no_projects")), ctx.styles.body))
    for project in projects:
        out.extend(project_block(ctx, project))
    return out


def investment_projects(ctx: GuideContext, town: dict[str, Any], *, level: int = 0) -> list[Flowable]:
    projects = [p for p in ctx.catalog.where("projects", "town", town["id"]) if p.get("kind") != "infrastructure"]
    out: list[Flowable] = [ctx.heading(ctx.t("sec_projects"), level)]
    if not projects:
        out.append(Paragraph(ctx.safe(ctx.t("no_projects")), ctx.styles.body))
    for project in projects:
        out.extend(project_block(ctx, project))
    return out


def zones(ctx: GuideContext, town: dict[str, Any], *, level: int = 0) -> list[Flowable]:
    """Small industrial zones and how the akimat supports investors in them."""
    s = ctx.styles
    out: list[Flowable] = [
        ctx.heading(ctx.t("sec_zones"), level),
        Paragraph(ctx.safe(ctx.t("support_text", ref=ctx.ref(ctx.cite_reference(facts.ARTICLE)))), s.body),
    ]
    records = ctx.catalog.where("zones", "town", town["id"])
    if not records:
        out.append(Paragraph(ctx.safe(ctx.t("no_zones")), s.body))
        return out
    for zone in records:
        rows = []
        for code in ("status", "area_ha", "sectors", "operator", "address", "contact"):
            value = zone.get(code)
            if value is None or value == "":
                continue
            if code == "status":
                shown = ctx.safe(ctx.label("zone_status", value))
            elif code == "area_ha":
                shown = ctx.safe(ctx.num(value))
            else:
                shown = ctx.local(zone, code)
            rows.append(
                (
                    Paragraph(ctx.safe(F.ZONES.field(code).label(ctx.lang)), s.cell_bold),
                    Paragraph(shown, s.cell),
                )
            )
        title = Paragraph(f"<b>{ctx.local(zone, 'name')}</b>{ctx.demo_badge(zone)}", ctx.styles.item_title)
        block: list[Flowable] = [title]
        if rows:
            block.append(key_value_table(rows, [45 * mm, W - 45 * mm]))
        out.append(KeepTogether(block))
        if zone.get("description"):
            out.append(Spacer(1, 2 * mm))
            out.append(Paragraph(ctx.local(zone, "description", limit=DESCRIPTION_LIMIT), s.body))
        out.append(ctx.source_note(zone))
        out.append(Spacer(1, 3 * mm))
    return out


def premises_overview(ctx: GuideContext, town: dict[str, Any], *, level: int = 0) -> list[Flowable]:
    """The town's vacant premises as one table (the regional guide's short form of the passports)."""
    out: list[Flowable] = [ctx.heading(ctx.t("sec_premises"), level)]
    premises = facts.premises_on_offer(ctx.catalog, town["id"])
    if not premises:
        out.append(Paragraph(ctx.safe(ctx.t("no_premises")), ctx.styles.body))
        return out
    out.append(premises_table(ctx, premises))
    return out


def premises_table(ctx: GuideContext, premises: list[dict[str, Any]]) -> Flowable:
    """Premises one per row: number, title, area, power, what they lack, source."""
    s = ctx.styles
    lang = ctx.lang
    head = [
        ctx.t("number_sign"),
        F.PREMISES.field("title").label(lang),
        F.PREMISES.field("floor_area_m2").label(lang),
        F.PREMISES.field("power_kw").label(lang),
        ctx.t("missing"),
        ctx.t("source"),
    ]
    rows: list[list[Any]] = [[Paragraph(ctx.safe(h), s.cell_head) for h in head]]
    for p in premises:
        area = ctx.num(p.get("floor_area_m2")) or (ctx.num(p.get("land_area_ha"), present.unit("ha", lang)))
        missing = ", ".join(ctx.label("utility", c) for c in split_list(p.get("missing_infrastructure")))
        detail = ctx.label("premise_kind", p.get("kind"))
        if not is_vacant(p):  # listed under vacant sites, so say when nobody has stated it is vacant
            detail += " · " + present.premise_status(p.get("status"), ctx.lang)
        if p.get("price_kzt") is not None:
            detail += " · " + ctx.price(p["price_kzt"], p.get("price_unit"))
        title = (
            f"<b>{ctx.local(p, 'title')}</b>{ctx.demo_badge(p)}<br/>"
            f'<font size="7" color="#5F6B7A">{ctx.safe(detail)}</font>'
        )
        rows.append(
            [
                Paragraph(str(p["id"]), s.cell),
                Paragraph(title, s.cell),
                Paragraph(ctx.safe(area), s.cell_right),
                Paragraph(ctx.safe(ctx.num(p.get("power_kw"))), s.cell_right),
                Paragraph(ctx.safe(missing or "—"), s.cell),
                Paragraph(ctx.source_text(p, compact=True), s.tiny),
            ]
        )
    return data_table(rows, [9 * mm, W - 131 * mm, 24 * mm, 24 * mm, 36 * mm, 38 * mm])
