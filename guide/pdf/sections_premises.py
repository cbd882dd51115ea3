"""The premise passport: one page per premise, the heart of an investor guide."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table
from reportlab.platypus.flowables import PageBreakIfNotEmpty as NewPage

from guide.catalog import fields as F
from guide.catalog.rules import is_overdue, split_list
from guide.pdf import maps
from guide.pdf.context import DESCRIPTION_LIMIT, TEXT_LIMIT, GuideContext, clip
from guide.pdf.flowables import (
    Paragraph,
    boxed,
    data_table,
    grid,
    key_value_table,
    photo,
    qr_code,
    qr_payload,
    refit,
)
from guide.pdf.styles import DEMO, FRAME_WIDTH, GOLD, GOOD, MUTED, PALE
from guide.present import format as present

W = FRAME_WIDTH
LEFT = 64 * mm
GAP = 6 * mm
RIGHT = W - LEFT - GAP


def passport(ctx: GuideContext, premise: dict[str, Any], *, level: int = 1) -> list[Flowable]:
    """A premise's passport, starting on a new page and, as a rule, filling one.

    The photo (or, without one, the location sketch) stands beside the main
    figures; the sketch and the QR code stand beside the utilities.
    """
    s = ctx.styles
    ctx.check_cancelled()
    title = ctx.local_plain(premise, "title")
    heading = ctx.heading(f"{ctx.numbered(premise)} · {title}", level, extra_markup=ctx.demo_badge(premise))
    facts_line = [
        ctx.label("premise_kind", premise.get("kind")),
        ctx.town_name(premise.get("town")),
        present.premise_status(premise.get("status"), ctx.lang),
    ]
    subline = " · ".join(x for x in facts_line if x)
    picture = _photo(ctx, premise)
    sketch = _sketch(ctx, premise)
    beside_figures = picture or sketch or [Paragraph(ctx.safe(ctx.t("photo_missing")), s.caption)]
    beside_utilities = (sketch if picture else []) + _qr(ctx, premise)
    utilities_width = W - LEFT - GAP if beside_utilities else W
    utilities: list[Flowable] = [
        Paragraph(ctx.safe(ctx.t("utilities")), s.h3),
        _utilities_table(ctx, premise, utilities_width),
    ]
    out: list[Flowable] = [
        NewPage(),
        # Never split the heading and the main figures across pages.
        KeepTogether(
            [
                heading,
                Paragraph(ctx.safe(subline), s.small),
                ctx.source_note(premise),
                Spacer(1, 2 * mm),
                _side_by_side(beside_figures, _key_table(ctx, premise), LEFT),
            ]
        ),
        Spacer(1, 3 * mm),
        KeepTogether([_side_by_side(utilities, beside_utilities, utilities_width)] if beside_utilities else utilities),
        Spacer(1, 3 * mm),
        KeepTogether([Paragraph(ctx.safe(ctx.t("missing_and_commitment")), s.h3), _commitment_box(ctx, premise)]),
    ]
    if premise.get("description"):
        out += [Spacer(1, 3 * mm), Paragraph(ctx.local(premise, "description", limit=DESCRIPTION_LIMIT), s.body)]
    return out


def _side_by_side(left: Any, right: Any, left_width: float) -> Table:
    """Two blocks in columns, tops aligned, ``GAP`` apart."""
    return grid(
        [[left, right]],
        [left_width + GAP, W - left_width - GAP],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), GAP),
            ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
    )


def _key_table(ctx: GuideContext, premise: dict[str, Any]) -> Table:
    s = ctx.styles
    rows = []
    # The fields marked ``passport`` in fields.py, group by group; empty ones are left out.
    for field in F.PREMISES.passport_fields():
        code = field.code
        value = premise.get(code)
        if value is None or value == "":
            continue
        rows.append(
            (
                Paragraph(ctx.safe(field.label(ctx.lang)), s.cell_bold),
                Paragraph(_value(ctx, premise, code, value), s.cell),
            )
        )
    return key_value_table(rows, [42 * mm, RIGHT - 42 * mm])


def _value(ctx: GuideContext, premise: dict[str, Any], code: str, value: Any) -> str:
    field = F.PREMISES.field(code)
    if f"{code}_en" in F.PREMISES.codes:
        return ctx.local(premise, code)
    if field.vocabulary:
        return ctx.safe(ctx.label(field.vocabulary, value))
    if code == "zone":
        zone = ctx.catalog.get("zones", value)
        return ctx.local(zone, "name") if zone else ctx.safe(value)
    if code == "price_kzt":
        # "1 800 000 ₸ в месяц": a price always says what it is for.
        # (The bundled font has no ₸: the currency is written out.)
        return ctx.safe(ctx.price(value, premise.get("price_unit")))
    if field.type in (F.FLOAT, F.INT):
        return ctx.safe(ctx.num(value))
    if field.type == F.DATE:
        return ctx.safe(ctx.date(value))
    clipped, cut = clip(str(value), TEXT_LIMIT)
    return ctx.safe(clipped) + ctx.cut_mark(cut)


def _photo(ctx: GuideContext, premise: dict[str, Any]) -> list[Flowable]:
    """The premise's first photo, if it has a readable one."""
    for info in ctx.catalog.photos(premise["id"])[:1]:
        data = ctx.catalog.photo_data(info["id"])
        image = photo(data, LEFT, 52 * mm)
        if image is not None and image.drawHeight >= 52 * mm - 0.5 and image.drawWidth < LEFT * 0.8:
            # A portrait photo: give it the column's width rather than leave a hole beside it.
            refit(image, LEFT, 88 * mm)
        if image is None:
            continue
        out: list[Flowable] = [image]
        caption = ctx.local(premise, "photo_caption") if premise.get("photo_caption") else ""
        if premise.get("photo_date"):
            taken = ctx.safe(ctx.t("photo_taken", date=ctx.date(premise["photo_date"])))
            caption = f"{caption} · {taken}" if caption else taken
        if caption:
            out.append(Paragraph(caption, ctx.styles.caption))
        return out
    return []


def _sketch(ctx: GuideContext, premise: dict[str, Any]) -> list[Flowable]:
    """The locator map (real surroundings) and its straight-line distances; nothing without coordinates."""
    return maps.locator_map(ctx, premise, LEFT, 42 * mm)


def _qr(ctx: GuideContext, premise: dict[str, Any]) -> list[Flowable]:
    """The QR code with the coordinates it holds; nothing without coordinates."""
    payload = qr_payload(premise, ctx.t("qr_label", n=ctx.numbered(premise)))
    if not payload:
        return []
    caption = Paragraph(
        ctx.safe(f"{ctx.t('qr_caption')}: {float(premise['lat']):.4f}, {float(premise['lon']):.4f}"), ctx.styles.tiny
    )
    row = grid(
        [[qr_code(payload, 24 * mm), caption]],
        [26 * mm, LEFT - 26 * mm],
        [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
    )
    return [Spacer(1, 2 * mm), row]


def _utilities_table(ctx: GuideContext, premise: dict[str, Any], width: float) -> Table:
    s = ctx.styles
    missing = set(split_list(premise.get("missing_infrastructure")))
    head = [ctx.t("utilities"), ctx.t("status"), ctx.t("capacity")]
    rows: list[list[Any]] = [[Paragraph(ctx.safe(h), s.cell_head) for h in head]]
    # The fields that say a utility is there, in fields.py's order; a yes/no one
    # with the capacity that goes with it.
    for field in F.PREMISES.utility_fields():
        code = str(field.utility)
        if field.type != F.BOOL:  # electricity has no flag: its capacity says it all
            capacity: F.Field | None = field
            amount = premise.get(field.code)
            available = None if amount is None else bool(amount)
        else:
            capacity = F.PREMISES.capacity_for(field.code)
            available = None if premise.get(field.code) is None else bool(premise.get(field.code))
        if code in missing:
            available = False
        detail = ""
        if capacity is not None and premise.get(capacity.code):
            detail = ctx.num(premise[capacity.code], F.unit_label(capacity.unit, ctx.lang))
        if code == "rail_siding" and premise.get("distance_rail_km") is not None:
            detail = f"{F.PREMISES.field('distance_rail_km').label(ctx.lang)}: {ctx.num(premise['distance_rail_km'])}"
        color = {True: GOOD, False: DEMO, None: MUTED}[available]
        rows.append(
            [
                Paragraph(ctx.safe(ctx.label("utility", code)), s.cell),
                Paragraph(f'<font color="{_hex(color)}"><b>{ctx.safe(ctx.yes_no(available))}</b></font>', s.cell),
                Paragraph(ctx.safe(detail), s.cell),
            ]
        )
    return data_table(rows, [0.38 * width, 0.2 * width, 0.42 * width])


def _commitment_box(ctx: GuideContext, premise: dict[str, Any]) -> Table:
    s = ctx.styles
    missing = split_list(premise.get("missing_infrastructure"))
    if not missing:
        return boxed([Paragraph(ctx.safe(ctx.t("nothing_missing")), s.body)], W, color=GOOD)
    parts: list[Flowable] = [
        Paragraph(
            f"<b>{ctx.safe(ctx.t('missing'))}:</b> " + ctx.safe(", ".join(ctx.label("utility", c) for c in missing)),
            s.body,
        )
    ]
    due = premise.get("commitment_due")
    if premise.get("akimat_commitment"):
        text = f"<b>{ctx.safe(ctx.t('commitment'))}:</b> {ctx.local(premise, 'akimat_commitment')}"
        parts.append(Paragraph(text, s.body))
    else:
        parts.append(Paragraph(ctx.safe(ctx.t("no_commitment")), s.body))
    if due:
        text = f"<b>{ctx.safe(F.PREMISES.field('commitment_due').label(ctx.lang))}:</b> {ctx.safe(ctx.date(due))}"
        if is_overdue(due, ctx.today):
            text += f' <font color="{_hex(DEMO)}"><b>({ctx.safe(ctx.t("overdue"))})</b></font>'
        parts.append(Paragraph(text, s.body))
    return boxed(parts, W, color=GOLD, background=PALE)


def _hex(color: Any) -> str:
    return "#" + color.hexval()[2:]
