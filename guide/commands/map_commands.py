"""Map commands: ``map`` draws the region or a town to PNG/SVG/PDF; ``layer`` keeps the akimat's map layers."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from guide import i18n
from guide.catalog import layers
from guide.catalog.errors import InvalidInput
from guide.catalog.store import Catalog

MAX_WIDTH_PX = 8000


def pixels(text: str) -> int:
    value = int(text)
    if not 200 <= value <= MAX_WIDTH_PX:
        raise ValueError(text)
    return value


def register(commands: Any) -> None:
    p = commands.add_parser(
        "map",
        help="draw the region map (or a town's, --town) to .png, .svg or .pdf",
        description="The map of Karaganda region with its neighbours, water, the akimat's layers, towns and premises.",
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.png|.svg|.pdf", help="the file to write")
    p.add_argument("--town", metavar="T", help="a town's map (id or name in any language)")
    p.add_argument("--lang", choices=i18n.LANGUAGES, default=i18n.DEFAULT_LANGUAGE, help="the map's language")
    p.add_argument("--width", type=pixels, default=1600, metavar="PX", help="width in pixels (200-8000; default 1600)")
    p.set_defaults(func=cmd_map)

    p = commands.add_parser("layer", help="the akimat's map layers: add, list, remove")
    actions = p.add_subparsers(dest="layer_command", metavar="ACTION", required=True, parser_class=type(p))
    add = actions.add_parser("add", help="import a GeoJSON layer (all or nothing)")
    add.add_argument("file", type=Path, metavar="FILE")
    add.add_argument("--kind", required=True, choices=layers.KINDS, metavar="KIND", help="|".join(layers.KINDS))
    add.add_argument("--title", required=True, metavar="TEXT", help="the layer's name in the legend")
    add.add_argument("--source", required=True, metavar="TEXT", help="who supplied the data (printed on maps)")
    add.add_argument("--as-of", required=True, dest="as_of", metavar="DATE", help="the data's date (YYYY-MM-DD)")
    add.set_defaults(func=cmd_layer_add)
    listing = actions.add_parser("list", help="list the layers")
    listing.add_argument("--json", action="store_true", help="as JSON (id, kind, title, features, source, as_of)")
    listing.set_defaults(func=cmd_layer_list)
    remove = actions.add_parser("remove", help="remove a layer")
    remove.add_argument("id", type=int, metavar="ID")
    remove.set_defaults(func=cmd_layer_remove)


def cmd_map(args: argparse.Namespace) -> int:
    from guide.maps.render import FORMATS, draw_map, save_map  # noqa: PLC0415 (reportlab loads only for maps)
    from guide.maps.scene import build_scene, town_scene  # noqa: PLC0415

    output: Path = args.output
    if output.suffix.lower().lstrip(".") not in FORMATS:
        raise InvalidInput(f"{output}: the map is written as .png, .svg or .pdf")
    catalog = Catalog.open(args.catalog_path, read_only=True)
    try:
        if args.town:
            town_id = catalog.resolve_town(args.town)
            scene = town_scene(catalog, town_id, args.lang)
        else:
            scene = build_scene(catalog, args.lang)
        drawing = draw_map(scene, 720)
    finally:
        catalog.close()
    if args.output.suffix.lower() != ".png":
        drawing.scale(args.width / drawing.width, args.width / drawing.width)
        drawing.height *= args.width / drawing.width
        drawing.width = args.width
    save_map(drawing, output, args.width)
    print(f"wrote {output}")
    return 0


def cmd_layer_add(args: argparse.Namespace) -> int:
    catalog = Catalog.open(args.catalog_path)
    try:
        row = layers.add_layer(
            catalog, args.file, kind=args.kind, title=args.title, source=args.source, as_of=args.as_of
        )
    finally:
        catalog.close()
    extra = ""
    if args.kind == "zone":
        extra = f"; {row['zones_linked']} of {row['features']} linked to zone records"
    if row.get("converted_from"):
        extra += f"; converted from {row['converted_from']}"
    print(f"added layer {row['id']}: {row['title']} ({row['kind']}, {row['features']} features{extra})")
    return 0


def cmd_layer_list(args: argparse.Namespace) -> int:
    catalog = Catalog.open(args.catalog_path, read_only=True)
    try:
        rows = layers.list_layers(catalog)
    finally:
        catalog.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            print(f"{row['id']}\t{row['kind']}\t{row['title']}\t{row['features']}\t{row['source']}\t{row['as_of']}")
    return 0


def cmd_layer_remove(args: argparse.Namespace) -> int:
    catalog = Catalog.open(args.catalog_path)
    try:
        row = layers.remove_layer(catalog, args.id)
    finally:
        catalog.close()
    print(f"removed layer {row['id']}: {row['title']}")
    return 0
