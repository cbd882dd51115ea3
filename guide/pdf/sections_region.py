"""The regional guide's own chapters: the region in figures, the monotowns side by side, the gaps."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from guide.catalog import fields as F
from guide.catalog.gaps import gaps_report
from guide.catalog.indicators import indicator_names, indicator_rows, latest_indicator
from guide.catalog.summary import town_summaries
from guide.pdf import charts, facts
from guide.pdf.context import GuideContext
from guide.pdf.flowables import Paragraph, boxed, data_table, figures_row
from guide.pdf.sections_town import indicators
from guide.pdf.styles import DEMO, FRAME_WIDTH, GOLD
from guide.present import town_figures
from guide.present.indicators import indicator_name, unit

W = FRAME_WIDTH


def overview(ctx: GuideContext) -> list[Flowable]:
    """The region at a glance: the monotowns' headline figures, the roadmap's aims, the indicators."""
    s = ctx.styles
    out: list[Flowable] = [ctx.heading(ctx.t("sec_overview"), 0)]
    tiles = []
    for name in indicator_names(ctx.catalog, None)[:4]:
        row = indicator_rows(ctx.catalog, None, name)[-1]
        # The source's number, not a year: the article gives these figures no year of their own.
        label = ctx.safe(indicator_name(name, ctx.lang)) + " " + ctx.source_mark(row)
        tiles.append((Paragraph(ctx.safe(ctx.figure(row)), s.figure_value), Paragraph(label, s.figure_label)))
    if tiles:
        out += [figures_row(tiles, W), Spacer(1, 4 * mm)]
    out.append(Paragraph(ctx.safe(ctx.t("why_region")), s.body))
    out.append(Paragraph(ctx.safe(ctx.t("why_region_source", ref=ctx.ref(ctx.cite_reference(facts.ARTICLE)))), s.tiny))
    out.append(Spacer(1, 3 * mm))
    out.extend(indicators(ctx, None, heading=False))
    return out


def comparison(ctx: GuideContext, towns: Sequence[dict[str, Any]]) -> list[Flowable]:
    """The monotowns side by side, and the former monotowns with the reason they left the list."""
    s = ctx.styles
    monotowns = [t for t in towns if t.get("monotown_status") == "monotown"]
    out: list[Flowable] = [ctx.heading(ctx.t("sec_comparison"), 0)]
    if monotowns:
        table, demo = _comparison_table(ctx, monotowns)
        out.append(table)
        out.append(ctx.derived_note(demo))
        shared = [
            n
            for n in indicator_names(ctx.catalog, monotowns[0]["id"])
            if all(indicator_rows(ctx.catalog, t["id"], n) for t in monotowns)
        ]
        for name in shared:
            drawing = charts.comparison_chart(
                ctx.catalog, [t["id"] for t in monotowns], name, ctx.lang, cite=lambda r: ctx.ref(ctx.cite(r))
            )
            if drawing is not None:
                out += [Spacer(1, 5 * mm), KeepTogether([drawing])]
    for town in towns:
        if town.get("monotown_status") != "former_monotown":
            continue
        # Each statement under its own source: the town's reason (the article)
        # and the status history (the order that removed it, from its source).
        text = f"<b>{ctx.safe(ctx.local_plain(town, 'name'))}</b> — {ctx.safe(ctx.t('sec_former').lower())}."
        content: list[Flowable] = []
        if town.get("status_reason"):
            text += " " + ctx.local(town, "status_reason")
            content += [Paragraph(text, s.body), ctx.source_note(town)]
        else:
            content.append(Paragraph(text, s.body))
        for row in facts.status_history(ctx.catalog, town["id"]):
            if row.get("status") == "former_monotown" and row.get("reason"):
                content += [Spacer(1, 2 * mm), Paragraph(ctx.local(row, "reason"), s.body), ctx.source_note(row)]
        block = [
            ctx.heading(f"{ctx.t('sec_former')}: {ctx.local_plain(town, 'name')}", 1),
            boxed(content, W, color=GOLD),
        ]
        out += [Spacer(1, 4 * mm), KeepTogether(block)]
    return out


def _comparison_table(ctx: GuideContext, towns: Sequence[dict[str, Any]]) -> tuple[Flowable, bool]:
    """The table, and whether any count in it rests on demo records."""
    s = ctx.styles
    figures = town_summaries(ctx.catalog, [t["id"] for t in towns])
    lang = ctx.lang

    def row(label: str, values: list[str], *, markup: bool = False, numeric: bool = False) -> list[Any]:
        style = s.cell_right if numeric else s.cell
        cells = [Paragraph(v if markup else ctx.safe(v), style) for v in values]
        return [Paragraph(ctx.safe(label), s.cell_bold), *cells]

    rows: list[list[Any]] = [
        [Paragraph("", s.cell_head)] + [Paragraph(ctx.safe(ctx.local_plain(t, "name")), s.cell_head) for t in towns]
    ]
    rows.append(
        row(
            F.TOWNS.field("city_forming").label(lang),
            [
                ctx.local(t, "city_forming") + ctx.fact_source(t, "city_forming_source")
                if t.get("city_forming")
                else "—"
                for t in towns
            ],
            markup=True,
        )
    )
    rows.append(
        row(
            F.TOWNS.field("population").label(lang),
            [ctx.num(t.get("population")) or ctx.t("unknown") for t in towns],
            numeric=True,
        )
    )
    rows.append(
        row(
            F.TOWNS.field("distance_centre_km").label(lang),
            [
                ctx.safe(ctx.num(t.get("distance_centre_km"))) + ctx.fact_source(t, "distance_source")
                if t.get("distance_centre_km") is not None
                else "—"
                for t in towns
            ],
            markup=True,
            numeric=True,
        )
    )
    # Counted from the catalog: marked DEMO town by town where a counted record is demo.
    for key in (figure.key for figure in town_figures.FIGURES):
        values = [ctx.town_figure(figures[t["id"]], key) for t in towns]
        rows.append(row(town_figures.label(key, lang), values, markup=True, numeric=True))
    for name in indicator_names(ctx.catalog, towns[0]["id"]):
        latest = [latest_indicator(ctx.catalog, t["id"], name) for t in towns]
        if not any(latest):
            continue
        cells = []
        for r in latest:
            if r is None:
                cells.append("—")
                continue
            cell = ctx.safe(f"{ctx.figure({**r, 'unit': None})} ({r['year']})") + " " + ctx.source_mark(r)
            cells.append(cell)
        first = next(r for r in latest if r)
        label = f"{indicator_name(name, lang)}, {unit(first.get('unit'), lang)}"
        rows.append(row(label, cells, markup=True, numeric=True))
    first_col = 46 * mm
    demo = any(figures[t["id"]].demo for t in towns)
    return data_table(rows, [first_col] + [(W - first_col) / len(towns)] * len(towns)), demo


def gaps(ctx: GuideContext, towns: Sequence[dict[str, Any]]) -> list[Flowable]:
    """What infrastructure the premises lack, what the akimat has committed to, and what is overdue."""
    s = ctx.styles
    wanted = {t["id"] for t in towns}
    report = gaps_report(ctx.catalog, today=ctx.today)
    items = [i for i in report.items if i.town in wanted]
    out: list[Flowable] = [ctx.heading(ctx.t("sec_gaps"), 0)]
    if not items:
        out.append(Paragraph(ctx.safe(ctx.t("no_gaps")), s.body))
        return out
    committed = sum(1 for i in items if i.commitment or i.due)
    summary = ctx.t(
        "gaps_summary",
        premises=len(items),
        missing=sum(len(i.missing) for i in items),
        committed=committed,
        overdue=sum(1 for i in items if i.overdue),
    )
    demo = any(i.demo for i in items)
    out.append(Paragraph(ctx.derived(summary, demo), s.body))
    by_utility: dict[str, int] = {}
    for item in items:
        for code in item.missing:
            by_utility[code] = by_utility.get(code, 0) + 1
    tiles = [
        (
            Paragraph(ctx.derived(str(n), demo), s.figure_value),
            Paragraph(ctx.safe(ctx.label("utility", code)), s.figure_label),
        )
        for code, n in sorted(by_utility.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    if tiles:
        out.append(figures_row(tiles[:6], W))
    out += [ctx.derived_note(demo), Spacer(1, 3 * mm)]
    head = [
        ctx.t("number_sign"),
        ctx.t("premise"),
        ctx.t("missing"),
        ctx.t("commitment"),
        F.PREMISES.field("commitment_due").label(ctx.lang),
    ]
    for town in towns:
        town_items = [i for i in items if i.town == town["id"]]
        if not town_items:
            continue
        rows: list[list[Any]] = [[Paragraph(ctx.safe(h), s.cell_head) for h in head]]
        for item in town_items:
            premise = ctx.catalog.get("premises", item.premise_id) or {"title": item.title}
            ctx.cite(premise)
            title = ctx.local(premise, "title") + ctx.demo_badge(premise)
            due = ctx.safe(ctx.date(item.due)) if item.due else "—"
            if item.overdue:
                due += f'<br/><font color="{"#" + DEMO.hexval()[2:]}"><b>{ctx.safe(ctx.t("overdue"))}</b></font>'
            rows.append(
                [
                    Paragraph(str(item.premise_id), s.cell),
                    Paragraph(title, s.cell),
                    Paragraph(ctx.safe(", ".join(ctx.label("utility", c) for c in item.missing)), s.cell),
                    Paragraph(
                        ctx.local(premise, "akimat_commitment")
                        if premise.get("akimat_commitment")
                        else ctx.safe(item.commitment or ctx.t("no_commitment")),
                        s.cell,
                    ),
                    Paragraph(due, s.cell),
                ]
            )
        out.append(Paragraph(ctx.safe(ctx.local_plain(town, "name")), s.h3))
        out.append(data_table(rows, [9 * mm, 52 * mm, 34 * mm, W - 121 * mm, 26 * mm]))
    return out
