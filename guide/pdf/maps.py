"""The guides' maps: a full-page region map, a town map per chapter, a locator map per passport.

All are drawn by ``guide.maps`` over the bundled real boundaries and water,
with the akimat's layers; distances printed beside them say that they are
straight-line (great-circle) distances.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from guide.catalog import layers as catalog_layers
from guide.maps import render, scene
from guide.maps.projection import distance_km
from guide.maps.style import REGIONAL_CENTRE_ID
from guide.maps.texts import t as map_t
from guide.pdf.context import GuideContext
from guide.pdf.flowables import Paragraph
from guide.pdf.styles import FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, PAGE_SIZE

W = FRAME_WIDTH
# A full page under a chapter heading and above a caption.
FULL_PAGE_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM - 40 * mm


def region_map(ctx: GuideContext) -> list[Flowable]:
    """The regional guide's full-page map of the region and its neighbours."""
    ctx.check_cancelled()
    drawing = render.draw_map(scene.build_scene(ctx.catalog, ctx.lang), W, FULL_PAGE_HEIGHT)
    return [
        ctx.heading(map_t("map_region", ctx.lang), 0),
        drawing,
        Spacer(1, 2 * mm),
        Paragraph(ctx.safe(map_t("map_region_caption", ctx.lang)), ctx.styles.caption),
    ]


def town_map(ctx: GuideContext, town: dict[str, Any], *, level: int = 0) -> list[Flowable]:
    """A town with its premises, zones and the akimat's layers; which premises lie inside each zone."""
    if town.get("lat") is None or town.get("lon") is None:
        return []
    ctx.check_cancelled()
    drawing = render.draw_map(scene.town_scene(ctx.catalog, town["id"], ctx.lang), W, 120 * mm)
    out: list[Flowable] = [ctx.heading(map_t("map_town", ctx.lang), level + 1), drawing]
    for zone in ctx.catalog.where("zones", "town", town["id"]):
        inside = catalog_layers.premises_in_zone(ctx.catalog, zone["id"])
        if inside:
            names = ", ".join(ctx.numbered(p) for p in inside)
            text = map_t("in_zone", ctx.lang, zone=ctx.local_plain(zone, "name"), premises=names)
            out.append(Paragraph(ctx.safe(text), ctx.styles.caption))
    return [KeepTogether(out[:2]), *out[2:]]


def locator_map(ctx: GuideContext, premise: dict[str, Any], width: float, height: float) -> list[Flowable]:
    """A premise's surroundings (its town, the lake shore at Balkhash, roads) and its straight-line distances."""
    town = ctx.catalog.get("towns", premise.get("town")) or {}
    if premise.get("lat") is not None and premise.get("lon") is not None:
        lat, lon = float(premise["lat"]), float(premise["lon"])
    elif town.get("lat") is not None and town.get("lon") is not None:
        lat, lon = float(town["lat"]), float(town["lon"])
    else:
        return []
    ctx.check_cancelled()
    to_town = None
    if town.get("lat") is not None and town.get("lon") is not None:
        to_town = distance_km(lat, lon, float(town["lat"]), float(town["lon"]))
    radius = max(4.0, 1.5 * (to_town or 0))
    region = ctx.reused.get("region_scene")
    if region is None:
        region = ctx.reused["region_scene"] = scene.build_scene(ctx.catalog, ctx.lang)
    view = scene.around(region, lat, lon, radius_km=radius, highlight=("premises", premise["id"]))
    drawing = render.draw_map(view, width, height, legend=False, short_credits=True)
    return [
        drawing,
        Paragraph(ctx.safe(distances_line(ctx, premise, lat, lon, town)), ctx.styles.caption),
    ]


def distances_line(ctx: GuideContext, premise: dict[str, Any], lat: float, lon: float, town: dict[str, Any]) -> str:
    """ "До центра г. Балхаш — 1,2 км по прямой; до Караганды — 356 км по прямой"."""
    parts = []

    def straight(km: float) -> str:
        return map_t("straight_line", ctx.lang, km=ctx.num(round(km, 1) if km < 10 else round(km)))

    if town.get("lat") is not None and town.get("id") != REGIONAL_CENTRE_ID and premise.get("lat") is not None:
        km = distance_km(lat, lon, float(town["lat"]), float(town["lon"]))
        place = map_t("town_centre", ctx.lang, town=ctx.local_plain(town, "name"))
        parts.append(map_t("distance_to", ctx.lang, place=place, distance=straight(km)))
    centre = ctx.catalog.get("towns", REGIONAL_CENTRE_ID)
    if centre and centre.get("lat") is not None:
        km = distance_km(lat, lon, float(centre["lat"]), float(centre["lon"]))
        if town.get("id") == REGIONAL_CENTRE_ID:
            place = map_t("town_centre", ctx.lang, town=ctx.local_plain(centre, "name"))
        else:
            place = ctx.local_plain(centre, "name")
        parts.append(map_t("distance_to", ctx.lang, place=place, distance=straight(km)))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] if text else ""


def as_drawing(flowables: list[Flowable]) -> Drawing | None:
    """The map drawing among a map's flowables (for tests and previews)."""
    return next((f for f in flowables if isinstance(f, Drawing)), None)


def cover_map(ctx: GuideContext, width: float = 70 * mm, height: float = 78 * mm) -> Drawing:
    """The cover's small map of the region: real outline, the lake, the towns."""
    return render.draw_map(scene.build_scene(ctx.catalog, ctx.lang), width, height, legend=False, short_credits=True)
