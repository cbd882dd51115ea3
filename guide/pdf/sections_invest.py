"""What investors read first (issue 14): why invest here, incentives, how to start, whom to call, logistics, labour.

Every figure printed here comes from a catalog record and is cited with its
source and as-of date (``GuideContext.source_text``), so the sources list at
the end of the guide holds them. A field the sources do not give prints as
"not given"; nothing is filled in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from guide.catalog import fields as F
from guide.catalog.quality import is_demo
from guide.pdf.context import GuideContext
from guide.pdf.flowables import Paragraph, data_table
from guide.pdf.styles import FRAME_WIDTH
from guide.present.indicators import indicator_name, unit

W = FRAME_WIDTH
# Region-wide figures that say why the region is worth a look (the rest are labour benchmarks).
WHY_INDICATORS = ("monotowns_manufacturing_share", "monotowns_investment_share", "roadmap_projects_completed")
LABOUR_INDICATORS = (
    "region_unemployment_rate",
    "national_unemployment_rate",
    "national_average_wage",
    "minimum_wage",
)
# The steps from first contact to a contract: (text key, the institution or incentive that backs it).
START_STEPS: tuple[tuple[str, str, str], ...] = (
    ("start_contact", "institutions", "one_stop_shop"),
    ("start_site", "incentives", "small_zones"),
    ("start_grant", "incentives", "grant"),
    ("start_contract", "incentives", "tax"),
    ("start_agreement", "incentives", "agreement"),
)
# How far an institution reaches, and which incentives reach a town: national and region-wide ones reach every town.
WIDE_REACH = ("national", "region")


def _km(ctx: GuideContext) -> str:
    return "km" if ctx.lang == "en" else "км"


def _not_given(ctx: GuideContext) -> str:
    return f'<font color="#5F6B7A">{ctx.safe(ctx.t("not_given"))}</font>'


def _caveat(ctx: GuideContext, record: dict[str, Any]) -> str:
    """The record's caveat (a ⚠ fact), as a small line of markup; empty when there is none."""
    if not record.get("caveat"):
        return ""
    return f'<br/><font size="7" color="#8A5A00">{ctx.local(record, "caveat")}</font>'


def _uncertain(record: dict[str, Any]) -> bool:
    """True for a fact its source gives with doubt (the ⚠ of the facts sheet, kept in the caveat)."""
    return "⚠" in str(record.get("caveat") or "")


def _sorted_real(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Real records first, then demo ones, each in id order."""
    return sorted(records, key=lambda r: (is_demo(r), r["id"]))


# -- which records apply ------------------------------------------------------------------------------------------


def incentives_for(catalog: Any, towns: Sequence[str] = (), zones: Sequence[int] = ()) -> list[dict[str, Any]]:
    """The incentives that apply in these towns and zones: national and region-wide ones, the towns' own,
    the small-zone regime when a zone is given, and each zone's own regime. No towns: every incentive."""
    everything = catalog.all("incentives")
    if not towns and not zones:
        return _sorted_real(everything)
    chosen = []
    for record in everything:
        scope = record.get("scope")
        if (
            scope in WIDE_REACH
            or (scope == "town" and record.get("town") in towns)
            or (scope == "small_zones" and zones)
            or (scope == "zone" and record.get("zone") in zones)
        ):
            chosen.append(record)
    return _sorted_real(chosen)


def institutions_for(catalog: Any, towns: Sequence[str] = ()) -> list[dict[str, Any]]:
    """The institutions serving these towns: national and region-wide ones and the towns' own (all without towns)."""
    everything = catalog.all("institutions")
    if not towns:
        return _sorted_real(everything)
    return _sorted_real(r for r in everything if r.get("town") in towns or (not r.get("town")))


# -- the regional guide's chapters -----------------------------------------------------------------------------


def why_invest(ctx: GuideContext) -> list[Flowable]:
    """Sourced reasons: the monotowns' weight in the region, the strongest incentives, the logistics, the schools."""
    s = ctx.styles
    out: list[Flowable] = [ctx.heading(ctx.t("sec_why_invest"), 0), Paragraph(ctx.safe(ctx.t("why_intro")), s.body)]
    rows: list[list[Any]] = [[Paragraph(ctx.safe(h), s.cell_head) for h in ("", ctx.t("what"), ctx.t("source"))]]
    for record in ctx.catalog.all("indicators"):
        if record.get("town") or record["name"] not in WHY_INDICATORS or is_demo(record):
            continue
        value = ctx.num(record["value"], unit(record.get("unit"), ctx.lang))
        rows.append(
            [
                Paragraph(f"<b>{ctx.safe(value)}</b>", s.cell),
                Paragraph(ctx.safe(f"{indicator_name(record['name'], ctx.lang)} ({record['year']})"), s.cell),
                Paragraph(ctx.source_text(record, compact=True), s.tiny),
            ]
        )
    for record in incentives_for(ctx.catalog):
        if is_demo(record) or record.get("kind") not in ("tax", "zone_regime") or record.get("duration_years") is None:
            continue
        if _uncertain(record):
            # A reason to invest must be a settled fact, not one the sources doubt.
            continue
        years = ctx.num(record["duration_years"], ctx.t("years"))
        rows.append(
            [
                Paragraph(f"<b>{ctx.safe(years)}</b>", s.cell),
                Paragraph(ctx.local(record, "name"), s.cell),
                Paragraph(ctx.source_text(record, compact=True), s.tiny),
            ]
        )
    for record in ctx.catalog.all("routes"):
        if is_demo(record) or record.get("distance_km") is None or record.get("distance_basis") != "stated":
            continue
        if record.get("destination_kind") not in ("capital", "airport"):
            continue
        rows.append(
            [
                Paragraph(f"<b>{ctx.safe(ctx.num(record['distance_km'], _km(ctx)))}</b>", s.cell),
                Paragraph(f"{ctx.safe(ctx.town_name(record['town']))} — {ctx.local(record, 'destination')}", s.cell),
                Paragraph(ctx.source_text(record, compact=True), s.tiny),
            ]
        )
    schools = [r for r in ctx.catalog.all("institutions") if r.get("role") in ("university", "college")]
    for record in _sorted_real(schools):
        rows.append(
            [
                Paragraph(ctx.safe(ctx.label("institution_role", record["role"])), s.cell),
                Paragraph(f"{ctx.local(record, 'name')}{ctx.demo_badge(record)}", s.cell),
                Paragraph(ctx.source_text(record, compact=True), s.tiny),
            ]
        )
    if len(rows) > 1:
        out.append(data_table(rows, [30 * mm, W - 80 * mm, 50 * mm]))
    return out


def incentives(ctx: GuideContext, records: Sequence[dict[str, Any]], *, level: int = 0) -> list[Flowable]:
    """The incentives as a table to scan: what, who qualifies, for how long, legal basis, source."""
    s = ctx.styles
    out: list[Flowable] = [ctx.heading(ctx.t("sec_incentives"), level)]
    if not records:
        out.append(Paragraph(ctx.safe(ctx.t("no_incentives")), s.body))
        return out
    out.append(Paragraph(ctx.safe(ctx.t("incentives_intro")), s.small))
    heads = [ctx.t("what"), ctx.t("who_qualifies"), ctx.t("how_long"), ctx.t("legal_basis"), ctx.t("source")]
    rows: list[list[Any]] = [[Paragraph(ctx.safe(h), s.cell_head) for h in heads]]
    for record in records:
        what = f"<b>{ctx.local(record, 'name')}</b>{ctx.demo_badge(record)}"
        kind = ctx.label("incentive_kind", record.get("kind"))
        where = ctx.label("incentive_scope", record.get("scope"))
        if record.get("town"):
            where += f": {ctx.town_name(record['town'])}"
        what += f'<br/><font size="7" color="#5F6B7A">{ctx.safe(f"{kind} · {where}")}</font>'
        if record.get("benefit"):
            what += f"<br/>{ctx.local(record, 'benefit')}"
        who = ctx.local(record, "eligibility") if record.get("eligibility") else _not_given(ctx)
        if record.get("min_investment") is not None:
            minimum = ctx.num(record["min_investment"], ctx.label("investment_unit", record.get("investment_unit")))
            who += f"<br/><b>{ctx.safe(ctx.t('minimum'))}:</b> {ctx.safe(minimum)}"
        if record.get("duration_note"):
            how_long = ctx.local(record, "duration_note")
        elif record.get("duration_years") is not None:
            how_long = ctx.safe(ctx.num(record["duration_years"], ctx.t("years")))
        else:
            how_long = _not_given(ctx)
        basis = ctx.local(record, "legal_basis") if record.get("legal_basis") else _not_given(ctx)
        if record.get("legal_article"):
            basis += f"<br/>{ctx.safe(ctx.t('article', n=record['legal_article']))}"
        rows.append(
            [
                Paragraph(what + _caveat(ctx, record), s.cell),
                Paragraph(who, s.cell),
                Paragraph(how_long, s.cell),
                Paragraph(basis, s.cell),
                Paragraph(ctx.source_text(record, compact=True), s.tiny),
            ]
        )
    out.append(data_table(rows, [W * 0.29, W * 0.22, W * 0.11, W * 0.22, W * 0.16]))
    return out


def how_to_start(ctx: GuideContext) -> list[Flowable]:
    """The steps from first contact to a contract, as far as the sources say, each with the record behind it."""
    s = ctx.styles
    out: list[Flowable] = [ctx.heading(ctx.t("sec_how_to_start"), 0)]
    step = 0
    for key, kind, code in START_STEPS:
        field = "role" if kind == "institutions" else ("scope" if code == "small_zones" else "kind")
        backing = [r for r in _sorted_real(ctx.catalog.all(kind)) if r.get(field) == code and not is_demo(r)]
        if not backing:
            # A step whose source is not in the catalog is left out, not asserted.
            continue
        step += 1
        out.append(Paragraph(f"<b>{step}.</b> {ctx.safe(ctx.t(key))}", s.body))
        out.append(ctx.source_note(backing[0]))
    if not step:
        out.append(Paragraph(ctx.safe(ctx.t("no_incentives")), s.body))
    out.append(Spacer(1, 2 * mm))
    out.append(Paragraph(ctx.safe(ctx.t("start_note")), s.small))
    return out


def institutions(ctx: GuideContext, records: Sequence[dict[str, Any]], *, level: int = 1) -> list[Flowable]:
    """Whom to call: each institution, what it does for the investor, its website, phone and e-mail."""
    s = ctx.styles
    out: list[Flowable] = [ctx.heading(ctx.t("sec_institutions"), level)]
    if not records:
        out.append(Paragraph(ctx.safe(ctx.t("no_institutions")), s.body))
        return out
    heads = [ctx.t("institution"), ctx.t("what_it_does"), ctx.t("how_to_reach"), ctx.t("source")]
    rows: list[list[Any]] = [[Paragraph(ctx.safe(h), s.cell_head) for h in heads]]
    for record in records:
        name = f"<b>{ctx.local(record, 'name')}</b>{ctx.demo_badge(record)}"
        role = ctx.label("institution_role", record.get("role"))
        if record.get("town"):
            role += f" · {ctx.town_name(record['town'])}"
        name += f'<br/><font size="7" color="#5F6B7A">{ctx.safe(role)}</font>'
        does = ctx.local(record, "services") if record.get("services") else _not_given(ctx)
        reach = []
        for code in ("website", "phone", "email"):
            label = ctx.safe(F.INSTITUTIONS.field(code).label(ctx.lang))
            value = ctx.safe(record[code]) if record.get(code) else _not_given(ctx)
            reach.append(f"{label}: {value}")
        if record.get("address"):
            reach.append(ctx.local(record, "address"))
        rows.append(
            [
                Paragraph(name, s.cell),
                Paragraph(does + _caveat(ctx, record), s.cell),
                Paragraph("<br/>".join(reach), s.cell),
                Paragraph(ctx.source_text(record, compact=True), s.tiny),
            ]
        )
    out.append(data_table(rows, [W * 0.25, W * 0.35, W * 0.25, W * 0.15]))
    return out


# -- a town's chapter -------------------------------------------------------------------------------------------


def logistics(ctx: GuideContext, town: dict[str, Any], *, level: int = 1) -> list[Flowable]:
    """How far things are from the town: destination, mode, distance (and how it was found), time, source."""
    s = ctx.styles
    out: list[Flowable] = [ctx.heading(ctx.t("sec_logistics"), level)]
    routes = _sorted_real(ctx.catalog.where("routes", "town", town["id"]))
    if not routes:
        out.append(Paragraph(ctx.safe(ctx.t("no_routes")), s.body))
        return out
    heads = [F.ROUTES.field(c).label(ctx.lang) for c in ("destination", "mode", "distance_km", "time_h")]
    rows: list[list[Any]] = [[Paragraph(ctx.safe(h), s.cell_head) for h in [*heads, ctx.t("source")]]]
    for route in routes:
        where = f"<b>{ctx.local(route, 'destination')}</b>{ctx.demo_badge(route)}"
        if route.get("note"):
            where += f'<br/><font size="7">{ctx.local(route, "note")}</font>'
        distance = ctx.safe(ctx.num(route.get("distance_km"), _km(ctx))) if route.get("distance_km") is not None else ""
        if distance and route.get("distance_basis") not in (None, "stated"):
            distance += f'<br/><font size="7">{ctx.safe(ctx.label("distance_basis", route["distance_basis"]))}</font>'
        time = ctx.safe(ctx.num(route["time_h"], ctx.t("hours"))) if route.get("time_h") is not None else ""
        rows.append(
            [
                Paragraph(where + _caveat(ctx, route), s.cell),
                Paragraph(ctx.safe(ctx.label("route_mode", route.get("mode"))), s.cell),
                Paragraph(distance or _not_given(ctx), s.cell),
                Paragraph(time or _not_given(ctx), s.cell),
                Paragraph(ctx.source_text(route, compact=True), s.tiny),
            ]
        )
    out.append(data_table(rows, [W * 0.37, W * 0.14, W * 0.14, W * 0.12, W * 0.23]))
    return out


def labour(ctx: GuideContext, town: dict[str, Any], *, level: int = 1) -> list[Flowable]:
    """Who can work there: population with its date, the largest employers' staff, wages and
    unemployment (the region's or the national benchmark, said so), and the town's universities and colleges."""
    s = ctx.styles
    out: list[Flowable] = [ctx.heading(ctx.t("sec_labour"), level)]
    rows: list[list[Any]] = [[Paragraph(ctx.safe(h), s.cell_head) for h in ("", ctx.t("what"), ctx.t("source"))]]
    population = F.TOWNS.field("population").label(ctx.lang)
    if town.get("population") is not None:
        # The population has its own source (not the town record's): cited with its link and date.
        provenance = {
            "source": town.get("population_source"),
            "source_kk": town.get("population_source_kk"),
            "source_en": town.get("population_source_en"),
            "source_url": town.get("population_source_url"),
            "as_of": town.get("population_as_of"),
        }
        rows.append(
            [
                Paragraph(f"<b>{ctx.safe(ctx.num(town['population']))}</b>", s.cell),
                Paragraph(ctx.safe(population), s.cell),
                Paragraph(ctx.source_text(provenance, compact=True), s.tiny),
            ]
        )
    else:
        rows.append(
            [Paragraph(_not_given(ctx), s.cell), Paragraph(ctx.safe(population), s.cell), Paragraph("", s.tiny)]
        )
    own = [r for r in ctx.catalog.where("indicators", "town", town["id"]) if r["name"] == "enterprise_staff"]
    region = [r for r in ctx.catalog.all("indicators") if not r.get("town") and r["name"] in LABOUR_INDICATORS]
    for record in [*own, *region]:
        value = ctx.num(record["value"], unit(record.get("unit"), ctx.lang))
        what = f"{ctx.safe(indicator_name(record['name'], ctx.lang))} ({record['year']})"
        if record.get("note"):
            what += f'<br/><font size="7">{ctx.local(record, "note")}</font>'
        rows.append(
            [
                Paragraph(f"<b>{ctx.safe(value)}</b>", s.cell),
                Paragraph(what, s.cell),
                Paragraph(ctx.source_text(record, compact=True), s.tiny),
            ]
        )
    schools = [
        r for r in ctx.catalog.where("institutions", "town", town["id"]) if r.get("role") in ("university", "college")
    ]
    for record in _sorted_real(schools):
        rows.append(
            [
                Paragraph(ctx.safe(ctx.label("institution_role", record["role"])), s.cell),
                Paragraph(f"{ctx.local(record, 'name')}{ctx.demo_badge(record)}", s.cell),
                Paragraph(ctx.source_text(record, compact=True), s.tiny),
            ]
        )
    out.append(data_table(rows, [30 * mm, W - 80 * mm, 50 * mm]))
    return out
