"""The bundled base layers: region boundaries, lakes and reservoirs, rivers (``resources/geo``).

``tools/make_geo.py`` derives ``base.geojson`` from open data at development
time; ``resources/geo/SOURCES.md`` names the sources and their licences.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache

from guide import i18n
from guide.catalog.geo import Point, parts
from guide.paths import resource

REGION_CODE = "KGD"  # Karaganda region in the boundary file


@dataclass(frozen=True)
class BaseFeature:
    layer: str  # "region", "lake" or "river"
    code: str | None
    names: dict[str, str] = field(hash=False)
    polygons: tuple[tuple[tuple[Point, ...], ...], ...] = ()  # rings in (lon, lat)
    lines: tuple[tuple[Point, ...], ...] = ()

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get(i18n.DEFAULT_LANGUAGE, "")


@cache
def features() -> tuple[BaseFeature, ...]:
    data = json.loads(resource("geo", "base.geojson").read_text(encoding="utf-8"))
    out = []
    for item in data["features"]:
        props = item["properties"]
        polygons: list[tuple[tuple[Point, ...], ...]] = []
        lines: list[tuple[Point, ...]] = []
        for kind, rings in parts(item["geometry"]):
            if kind == "polygon":
                polygons.append(tuple(tuple(r) for r in rings))
            elif kind == "line":
                lines.extend(tuple(r) for r in rings)
        names = {lang: props[f"name_{lang}"] for lang in i18n.LANGUAGES if props.get(f"name_{lang}")}
        out.append(BaseFeature(props["layer"], props.get("code"), names, tuple(polygons), tuple(lines)))
    return tuple(out)


def region() -> BaseFeature:
    """Karaganda region's boundary."""
    return next(f for f in features() if f.layer == "region" and f.code == REGION_CODE)
