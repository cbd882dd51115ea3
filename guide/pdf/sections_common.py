"""The parts every guide has: cover, contents, contacts, sources and disclaimer."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus.flowables import PageBreakIfNotEmpty as NewPage

from guide.pdf import facts, fonts, maps, styles
from guide.pdf.context import GuideContext
from guide.pdf.document import BODY, GuideContents
from guide.pdf.flowables import (
    BASE_TABLE_STYLE,
    REGIONAL_CENTRE,
    Paragraph,
    boxed,
    data_table,
    distance_km,
    grid,
    local_km,
)
from guide.present import format as present
from guide.present.format import long_date

W = styles.FRAME_WIDTH
# Towns closer than this to Karaganda are drawn to scale on the cover; the rest as arrows.
NEAR_KM = 120


@dataclass
class Cover:
    """What the cover says: the document's title, subtitle, issuer, and which towns it covers."""

    title: str
    subtitle: str
    issuer: str
    towns: Sequence[dict[str, Any]]
    # Markup: the akimats' contacts may carry a language mark.
    contacts: Sequence[str]
    demo: bool


def cover(ctx: GuideContext, spec: Cover) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [
        Paragraph(ctx.safe(f"{ctx.t('region')} · {ctx.t('kazakhstan')}".upper()), s.kicker),
        Spacer(1, 8 * mm),
        Paragraph(ctx.safe(spec.title), s.cover_title),
        Spacer(1, 4 * mm),
        Paragraph(ctx.safe(spec.subtitle), s.cover_subtitle),
        FrameBreak(),
    ]
    label_style = s.meta_label
    rows = [
        (ctx.t("issuer"), ctx.safe(spec.issuer)),
        (ctx.t("date"), ctx.safe(long_date(ctx.today, ctx.lang))),
        (ctx.t("language"), ctx.safe(ctx.t("language_name"))),
        (ctx.t("contact"), "<br/>".join(spec.contacts)),
    ]
    if spec.towns:
        rows.append((ctx.t("towns_covered"), ctx.safe(", ".join(ctx.local_plain(t, "name") for t in spec.towns))))
    meta = grid(
        [[Paragraph(ctx.safe(label), label_style), Paragraph(value, s.cover_meta)] for label, value in rows],
        [30 * mm, W - 30 * mm - 72 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, styles.RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
        ],
    )
    sketch = maps.cover_map(ctx)
    layout = grid(
        [[meta, sketch]],
        [W - 72 * mm, 72 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    out += [Spacer(1, 4 * mm), layout, Spacer(1, 6 * mm)]
    if spec.demo:
        out.append(
            boxed(
                [
                    Paragraph(
                        f'<font color="#C0392B"><b>{ctx.safe(ctx.t("demo"))}</b></font> '
                        + ctx.safe(ctx.t("demo_notice")),
                        s.small,
                    )
                ],
                W,
                color=styles.DEMO,
            )
        )
    out.append(Spacer(1, 3 * mm))
    out.append(Paragraph(_officials_source(ctx), s.tiny))
    out += [NextPageTemplate(BODY), NewPage()]
    return out


def region_sketch(
    ctx: GuideContext, highlighted: Sequence[str], width: float = 70 * mm, height: float = 78 * mm
) -> Drawing:
    """The towns around Karaganda to scale, the guide's towns highlighted; distant towns as arrows.

    Balkhash is ten times farther from Karaganda than the other towns, so
    drawing everything to one scale would crush the rest into a dot.
    """
    d = fonts.drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=styles.PALE, strokeColor=None))
    centre = facts.regional_centre(ctx.catalog) or REGIONAL_CENTRE
    towns = [t for t in ctx.catalog.all("towns") if t.get("lat") is not None and t.get("lon") is not None]
    near = [t for t in towns if distance_km(centre, _point(t)) <= NEAR_KM]
    far = [t for t in towns if t not in near]
    offsets = {t["id"]: local_km(*_point(t), centre) for t in near}
    extent = max([30.0] + [max(abs(x), abs(y)) * 1.3 for x, y in offsets.values()])
    cx, cy = width / 2 - 4, height / 2 + 2
    scale = (min(width, height) / 2 - 6) / extent
    km = present.unit("km", ctx.lang)
    taken: list[tuple[float, float, float, float]] = []
    points = {tid: (cx + x * scale, cy + y * scale) for tid, (x, y) in offsets.items()}
    for x, y in points.values():
        taken.append((x - 3.5, y - 3.5, x + 3.5, y + 3.5))
    # distant towns: an arrow at the edge, labelled with the distance
    for town in sorted(far, key=lambda t: t["id"]):
        east, north = local_km(*_point(town), centre)
        norm = math.hypot(east, north) or 1.0
        ux, uy = east / norm, north / norm
        reach = min((width / 2 - 10) / abs(ux) if ux else 1e9, (height / 2 - 14) / abs(uy) if uy else 1e9)
        tip = (cx + ux * reach, cy + uy * reach)
        tail = (cx + ux * (reach - 16), cy + uy * (reach - 16))
        chosen = town["id"] in highlighted
        color = styles.NAVY if chosen else styles.MUTED
        d.add(Line(*tail, *tip, strokeColor=color, strokeWidth=1.2, strokeDashArray=[2, 1.5]))
        nx, ny = -uy, ux
        d.add(
            Polygon(
                [
                    tip[0],
                    tip[1],
                    tip[0] - ux * 5 + nx * 2.5,
                    tip[1] - uy * 5 + ny * 2.5,
                    tip[0] - ux * 5 - nx * 2.5,
                    tip[1] - uy * 5 - ny * 2.5,
                ],
                fillColor=color,
                strokeColor=None,
            )
        )
        distance = town.get("distance_centre_km") or distance_km(centre, _point(town))
        label = f"{ctx.local_plain(town, 'name')} · {ctx.num(distance)} {km}"
        font = fonts.SANS_BOLD if chosen else fonts.SANS
        w = stringWidth(label, font, 7)
        lx = min(max(tip[0] - w / 2, 3), width - w - 3)
        ly = tip[1] - 9 if uy < 0 else tip[1] + 4
        d.add(String(lx, ly, label, fontName=font, fontSize=7, fillColor=color))
    for town in sorted(near, key=lambda t: (t["id"] != "karaganda", t["id"])):
        x, y = points[town["id"]]
        chosen = town["id"] in highlighted
        is_centre = town["id"] == "karaganda"
        if is_centre:
            d.add(Rect(x - 3, y - 3, 6, 6, fillColor=styles.GOLD, strokeColor=colors.white, strokeWidth=0.6))
        else:
            d.add(
                Circle(
                    x,
                    y,
                    3.2 if chosen else 2.3,
                    fillColor=styles.NAVY if chosen else styles.MUTED,
                    strokeColor=colors.white,
                    strokeWidth=0.8,
                )
            )
        font = fonts.SANS_BOLD if chosen or is_centre else fonts.SANS
        size = 7.5 if chosen else 7
        label = ctx.local_plain(town, "name")
        w = stringWidth(label, font, size)
        box = _free_spot(x, y, w, size, taken, width, height)
        taken.append(box)
        d.add(
            String(
                box[0],
                box[1] + 1,
                label,
                fontName=font,
                fontSize=size,
                fillColor=styles.NAVY if chosen else (styles.INK if is_centre else styles.MUTED),
            )
        )
    # scale bar: 10 km
    d.add(Line(6, 6, 6 + 10 * scale, 6, strokeColor=styles.INK, strokeWidth=0.8))
    d.add(String(8 + 10 * scale, 4.5, f"10 {km}", fontName=fonts.SANS, fontSize=7, fillColor=styles.INK))
    return d


def _point(town: dict[str, Any]) -> tuple[float, float]:
    return float(town["lat"]), float(town["lon"])


def _free_spot(
    x: float, y: float, w: float, h: float, taken: list[tuple[float, float, float, float]], width: float, height: float
) -> tuple[float, float, float, float]:
    """Where a label of w×h beside the point (x, y) overlaps no earlier label or point."""
    candidates = [(x + 5, y - h / 2 + 1), (x - 5 - w, y - h / 2 + 1), (x - w / 2, y + 4.5), (x - w / 2, y - h - 4.5)]
    boxes = [(bx, by, bx + w, by + h) for bx, by in candidates]
    for box in boxes:
        inside = box[0] >= 1 and box[2] <= width - 1 and box[1] >= 1 and box[3] <= height - 1
        if inside and not any(_overlap(box, other) for other in taken):
            return box
    return boxes[0]


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def contents(ctx: GuideContext) -> list[Flowable]:
    s = ctx.styles
    toc = GuideContents(dotsMinLevel=0)
    # The TOC is a table too: give it the bundled font (see flowables.grid).
    toc.tableStyle = TableStyle(
        [*BASE_TABLE_STYLE, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    )
    toc.levelStyles = [s.toc1, s.toc2, s.toc3]
    return [Paragraph(ctx.safe(ctx.t("toc")), s.h1), toc, NewPage()]


def contacts(
    ctx: GuideContext,
    towns: Sequence[dict[str, Any]],
    premises: Sequence[dict[str, Any]],
    zones: Sequence[dict[str, Any]],
) -> list[Flowable]:
    """Who to call: the akimats, the named officials, the zones' and the premises' contacts."""
    s = ctx.styles
    out: list[Flowable] = [ctx.heading(ctx.t("sec_contacts"), 0)]
    rows: list[list[Any]] = [[Paragraph(ctx.safe(h), s.cell_head) for h in ("", ctx.t("contact"), ctx.t("source"))]]
    rows.append(
        [
            Paragraph(f"<b>{ctx.safe(ctx.t('generic_contact'))}</b>", s.cell),
            Paragraph(ctx.safe(ctx.t("official_ablaeva")), s.cell),
            Paragraph(ctx.ref(ctx.cite_reference(facts.ARTICLE)), s.tiny),
        ]
    )
    for town in towns:
        name = f"<b>{ctx.safe(ctx.t('issuer_town', town=ctx.local_plain(town, 'name')))}</b>"
        if town.get("akimat_contact"):
            rows.append(
                [
                    Paragraph(name, s.cell),
                    Paragraph(ctx.local(town, "akimat_contact"), s.cell),
                    Paragraph(ctx.source_text(town, compact=True), s.tiny),
                ]
            )
        if town["id"] == "temirtau":
            rows.append(
                [
                    Paragraph(name, s.cell),
                    Paragraph(ctx.safe(ctx.t("official_taurbekov")), s.cell),
                    Paragraph(ctx.ref(ctx.cite_reference(facts.ARTICLE)), s.tiny),
                ]
            )
    for zone in zones:
        if zone.get("contact"):
            rows.append(
                [
                    Paragraph(f"{ctx.local(zone, 'name')}{ctx.demo_badge(zone)}", s.cell),
                    Paragraph(ctx.local(zone, "contact"), s.cell),
                    Paragraph(ctx.source_text(zone, compact=True), s.tiny),
                ]
            )
    for premise in premises:
        if premise.get("contact"):
            rows.append(
                [
                    Paragraph(
                        f"{ctx.safe(ctx.numbered(premise))} · {ctx.local(premise, 'title')}{ctx.demo_badge(premise)}",
                        s.cell,
                    ),
                    Paragraph(ctx.local(premise, "contact"), s.cell),
                    Paragraph(ctx.source_text(premise, compact=True), s.tiny),
                ]
            )
    out.append(data_table(rows, [W - 110 * mm, 70 * mm, 40 * mm]))
    out.append(Spacer(1, 2 * mm))
    out.append(Paragraph(_officials_source(ctx), s.tiny))
    return out


def _officials_source(ctx: GuideContext) -> str:
    return ctx.safe(ctx.t("officials_source", ref=ctx.ref(ctx.cite_reference(facts.ARTICLE))))


def sources(ctx: GuideContext) -> list[Flowable]:
    """The numbered list every "[n]" in the guide points to: title, link or document, date, records used."""
    s = ctx.styles
    out: list[Flowable] = [
        ctx.heading(ctx.t("sec_sources"), 0),
        Paragraph(ctx.safe(ctx.t("sources_intro")), s.body),
        Paragraph(ctx.safe(ctx.t("sources_numbered_intro")), s.small),
        Spacer(1, 2 * mm),
    ]
    head = ("", ctx.t("source"), ctx.t("link"), ctx.t("latest"), ctx.t("records"))
    rows: list[list[Any]] = [[Paragraph(ctx.safe(h), s.cell_head) for h in head]]
    for use in sorted(ctx.sources.values(), key=lambda u: u.number):
        dates = ctx.date(use.first) if use.first == use.last else f"{ctx.date(use.first)} – {ctx.date(use.last)}"
        rows.append(
            [
                Paragraph(ctx.ref(use.number), s.cell),
                Paragraph(ctx.reference_title(use.reference), s.cell),
                Paragraph(ctx.safe(use.reference.url or "—"), s.tiny),
                # A source that gives no date says so, rather than get a made-up one.
                Paragraph(ctx.safe(dates if use.first else ctx.t("undated")), s.cell),
                Paragraph(str(use.records), s.cell_right),
            ]
        )
    for key, count in (("unsourced_demo", ctx.unsourced.demo), ("unsourced_unknown", ctx.unsourced.unknown)):
        if count:
            badge = (
                f' <font name="{fonts.SANS_BOLD}" color="#C0392B">[{ctx.safe(ctx.t("demo"))}]</font>'
                if key == "unsourced_demo"
                else ""
            )
            rows.append(
                [
                    Paragraph("", s.cell),
                    Paragraph(ctx.safe(ctx.t(key, n=count)) + badge, s.cell),
                    Paragraph("", s.tiny),
                    Paragraph("", s.cell),
                    Paragraph(str(count), s.cell_right),
                ]
            )
    out.append(data_table(rows, [10 * mm, W - 120 * mm, 62 * mm, 30 * mm, 18 * mm]))
    if ctx.t("fallback_note"):
        out += [Spacer(1, 2 * mm), Paragraph(ctx.safe(ctx.t("fallback_note")), s.small)]
    return out


def disclaimer(ctx: GuideContext) -> list[Flowable]:
    s = ctx.styles
    return [
        Spacer(1, 6 * mm),
        KeepTogether(
            [
                ctx.heading(ctx.t("sec_disclaimer"), 0),
                boxed(
                    [
                        Paragraph(ctx.safe(ctx.t("disclaimer")), s.small),
                        Paragraph(ctx.safe(f"{ctx.t('generated')}, {long_date(ctx.today, ctx.lang)}."), s.tiny),
                    ],
                    W,
                ),
            ]
        ),
    ]
