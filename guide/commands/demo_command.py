"""The ``demo`` command: list or remove the invented demo records."""

from __future__ import annotations

import argparse
import json
from typing import Any

from guide.catalog.backup import make_backup
from guide.catalog.demo import demo_records, remove_demo
from guide.catalog.store import Catalog


def register(commands: Any) -> None:
    p = commands.add_parser("demo", help="list or remove the demo records (source = demo)")
    actions = p.add_subparsers(dest="demo_action", required=True, metavar="ACTION")
    q = actions.add_parser("list", help="how many demo records of each kind the catalog holds")
    q.add_argument("--json", action="store_true", help="print {kind: [ids]} as JSON")
    q.set_defaults(func=cmd_demo_list)
    q = actions.add_parser("remove", help="delete every demo record in one step (a backup is taken first)")
    q.set_defaults(func=cmd_demo_remove)


def _summary(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {kind}" for kind, n in counts.items())


def cmd_demo_list(args: argparse.Namespace) -> int:
    catalog = Catalog.open(args.catalog_path, read_only=True)
    try:
        found = demo_records(catalog)
    finally:
        catalog.close()
    if args.json:
        print(json.dumps(found, ensure_ascii=False))
    else:
        print(f"demo records: {_summary({k: len(v) for k, v in found.items()})}" if found else "no demo records")
    return 0


def cmd_demo_remove(args: argparse.Namespace) -> int:
    catalog = Catalog.open(args.catalog_path)
    try:
        if not demo_records(catalog):
            print("no demo records: nothing to remove")
            return 0
        backup = make_backup(catalog, reason="before-demo-remove")
        counts = remove_demo(catalog)
    finally:
        catalog.close()
    print(f"backed up the catalog to {backup}")
    print(f"removed the demo records: {_summary(counts)}")
    return 0
