"""The ``guide`` command: print an investor guide to PDF without a display."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from guide import i18n
from guide.catalog.errors import NotFoundError
from guide.catalog.store import Catalog


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register(commands: Any) -> None:
    p = commands.add_parser(
        "guide",
        help="write a PDF investor guide: regional (default), for towns (--town), or a shortlist brief",
        description=(
            "Without --town, --premise or --project: the regional guide. --town: a guide for those towns. "
            "--premise or --project: a brief with only those premises and projects and their towns."
        ),
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="the PDF to write")
    p.add_argument("--lang", choices=i18n.LANGUAGES, default=i18n.DEFAULT_LANGUAGE, help="the guide's language")
    p.add_argument(
        "--town", action="extend", nargs="+", default=[], metavar="T", help="town id or name in any language"
    )
    p.add_argument("--premise", action="extend", nargs="+", type=int, default=[], metavar="ID", help="premise id")
    p.add_argument("--project", action="extend", nargs="+", type=int, default=[], metavar="ID", help="project id")
    p.add_argument("--today", type=_date, metavar="YYYY-MM-DD", help="the guide's date (default: today)")
    p.set_defaults(func=cmd_guide)


def cmd_guide(args: argparse.Namespace) -> int:
    for kind, ids in (("premises", args.premise), ("projects", args.project)):
        for record_id in ids:
            # SQLite holds 64-bit ids: a larger number can name no record.
            if not 0 < record_id < 2**63:
                raise NotFoundError(f"no {kind} record with id {record_id}")
    # Imported here, not at the top: every command, and the GUI, starts through guide.cli, and
    # reportlab with the builder costs a third of a second that only this command needs.
    from guide.pdf.builder import build_guide

    catalog = Catalog.open(args.catalog_path, read_only=True)
    try:
        result = build_guide(
            catalog,
            args.output,
            lang=args.lang,
            towns=args.town,
            premises=args.premise,
            projects=args.project,
            today=args.today,
        )
    finally:
        catalog.close()
    print(f"wrote {result.path} ({result.kind} guide, {result.lang}, {result.pages} pages)")
    return 0
