"""The ``towns`` command: the town summary (the window's Towns comparison) without a display."""

from __future__ import annotations

import argparse
import json
from typing import Any

from guide import i18n
from guide.catalog.store import Catalog
from guide.catalog.summary import monotowns, town_summaries
from guide.present import town_figures

DEMO_MARK = "*"


def register(commands: Any) -> None:
    p = commands.add_parser(
        "towns",
        help="the towns side by side: vacant premises, their area and power, zones, projects, suppliers",
        description=(
            "The same figures as the window's Towns comparison and the guides, for the monotowns "
            f"(or --town T ..., or --all). A figure that counts demo records is marked {DEMO_MARK}."
        ),
    )
    p.add_argument(
        "--town", action="extend", nargs="+", default=[], metavar="T", help="town id or name in any language"
    )
    p.add_argument("--all", action="store_true", help="every town in the catalog")
    p.add_argument("--json", action="store_true", help="print JSON (one object per town)")
    p.add_argument("--lang", choices=i18n.LANGUAGES, default=i18n.DEFAULT_LANGUAGE, help="language of names")
    p.set_defaults(func=cmd_towns)


def cmd_towns(args: argparse.Namespace) -> int:
    catalog = Catalog.open(args.catalog_path, read_only=True)
    try:
        if args.town:
            ids = [catalog.resolve_town(t) for t in args.town]
        else:
            ids = [t["id"] for t in (catalog.all("towns") if args.all else monotowns(catalog))]
        names = {town: catalog.town_name(town, args.lang) for town in ids}
        if not args.town:
            ids.sort(key=lambda town: names[town].casefold())
        summaries = town_summaries(catalog, ids)
    finally:
        catalog.close()
    if args.json:
        items = [{"id": town, "name": names[town], **summaries[town].as_dict()} for town in ids]
        print(json.dumps(items, ensure_ascii=False, indent=1))
        return 0
    header = ["", *(names[town] for town in ids)]
    rows = [header]
    for figure in town_figures.FIGURES:
        cells = []
        for town in ids:
            summary = summaries[town]
            cell = town_figures.text(summary, figure.key, args.lang) or "—"
            cells.append(cell + (DEMO_MARK if town_figures.is_demo(summary, figure.key) else ""))
        rows.append([town_figures.label(figure.key, args.lang), *cells])
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        first = row[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        print("  ".join([first, *rest]).rstrip())
    if any(summary.demo for summary in summaries.values()):
        print(f"{DEMO_MARK} {DEMO_NOTE.get(args.lang, DEMO_NOTE['en'])}")
    return 0


DEMO_NOTE = {
    "ru": "включает демонстрационные данные, это не факт",
    "kk": "көрсетілім деректері бар, бұл факт емес",
    "en": "includes demo records: not a fact",
}
