"""The ``publish`` command: a read-only copy of the catalog for Datasette to serve on the web."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from guide import i18n
from guide.catalog.store import Catalog
from guide.publish.readme import serve_command
from guide.publish.site import DEFAULT_LICENCE, DEFAULT_LICENCE_URL, PublishOptions, publish


def register(commands: Any) -> None:
    p = commands.add_parser(
        "publish",
        help="write a read-only web copy of the catalog for Datasette (see docs/publishing.md)",
        description=(
            "Write OUT_DIR: one SQLite file per language with only the public tables, Datasette metadata, "
            "templates, photos and a README with the command that serves it."
        ),
    )
    p.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="the folder to write (must be empty unless --force)")
    p.add_argument(
        "--lang",
        dest="langs",
        action="extend",
        nargs="+",
        choices=i18n.LANGUAGES,
        metavar="LANG",
        help="publish these languages (ru, kk, en; default: all three)",
    )
    p.add_argument("--no-demo", action="store_true", help="leave out the demo records (default: publish them marked)")
    p.add_argument("--force", action="store_true", help="replace OUT_DIR even if it is not empty")
    p.add_argument(
        "--include-contacts",
        action="store_true",
        help="publish private persons' contacts, phones and e-mails (personal data; left out by default)",
    )
    p.add_argument("--with-pdfs", action="store_true", help="also write each premise's PDF brief in each language")
    p.add_argument("--licence", default=DEFAULT_LICENCE, help=f"the data's licence (default: {DEFAULT_LICENCE})")
    p.add_argument("--licence-url", default=DEFAULT_LICENCE_URL, help="where the licence is explained")
    p.set_defaults(func=cmd_publish)


def cmd_publish(args: argparse.Namespace) -> int:
    options = PublishOptions(
        langs=args.langs or i18n.LANGUAGES,
        no_demo=args.no_demo,
        force=args.force,
        include_contacts=args.include_contacts,
        with_pdfs=args.with_pdfs,
        licence=args.licence,
        licence_url=args.licence_url or None,
    )
    catalog = Catalog.open(args.catalog_path, read_only=True)
    try:
        result = publish(catalog, args.out_dir, options)
    finally:
        catalog.close()
    counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
    print(f"wrote {result.path} ({', '.join(result.langs)}): {counts}; {result.photos} photos, {result.pdfs} PDFs")
    if result.demo:
        print(f"{result.demo} demo records are published, marked DEMO (--no-demo leaves them out)")
    print(f"serve it: cd {result.path} && {' '.join(serve_command(result.langs, with_pdfs=options.with_pdfs))}")
    return 0
