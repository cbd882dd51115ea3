"""Commands that keep the catalog: init, import, export, template, search, backup, restore."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from guide import i18n
from guide.catalog import fields as F
from guide.catalog import rules
from guide.catalog.backup import backup_folder, list_backups, list_kept, remove_database_file
from guide.catalog.bundled import create_catalog
from guide.catalog.errors import InvalidInput
from guide.catalog.exporter import export_file, write_template
from guide.catalog.importer import REPLAN, apply_import, plan_import
from guide.catalog.limits import total_problems
from guide.catalog.restore import restore_backup
from guide.catalog.search import Filters
from guide.catalog.store import Catalog
from guide.commands.messages import print_problems, printable

IMPORT_KINDS = (
    "towns", "premises", "projects", "suppliers", "indicators", "zones", "town_status",
    "incentives", "institutions", "routes",
)  # fmt: skip
SEARCH_KINDS = ("premises", "projects", "suppliers", "towns", "incentives", "institutions", "routes")
# The field that says what sort of record it is, printed as "type".
TYPE_FIELD = {
    "premises": "kind",
    "projects": "kind",
    "suppliers": "niche",
    "towns": "monotown_status",
    "incentives": "kind",
    "institutions": "role",
    "routes": "mode",
}


def count(text: str) -> int:
    """A --limit: a whole number SQLite can hold (argparse turns ValueError into exit 2)."""
    number = int(text)
    if not 0 <= number < 2**63:
        raise ValueError(text)
    return number


def register(commands: Any) -> None:
    p = commands.add_parser("init", help="create the catalog from the bundled data")
    p.add_argument("--force", action="store_true", help="replace an existing catalog (a backup is kept)")
    p.add_argument("--if-missing", action="store_true", help="do nothing when the catalog exists (for `make run`)")
    p.add_argument("--no-demo", action="store_true", help="only the sourced data, without the demo records")
    p.set_defaults(func=cmd_init)

    p = commands.add_parser("import", help="import records from a .csv, .xlsx or .json file (all or nothing)")
    p.add_argument("kind", choices=IMPORT_KINDS, metavar="KIND", help="|".join(IMPORT_KINDS))
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_import)

    p = commands.add_parser("export", help="export records to a .csv, .xlsx or .json file")
    p.add_argument("kind", choices=IMPORT_KINDS, metavar="KIND", help="|".join(IMPORT_KINDS))
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_export)

    p = commands.add_parser("template", help="write an empty import sheet with the right headers")
    p.add_argument("kind", choices=IMPORT_KINDS, metavar="KIND", help="|".join(IMPORT_KINDS))
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--lang", choices=i18n.LANGUAGES, default=i18n.DEFAULT_LANGUAGE, help="header language")
    p.set_defaults(func=cmd_template)

    p = commands.add_parser("search", help="full-text search and filters; no QUERY lists everything")
    p.add_argument("query", nargs="?", default="", metavar="QUERY")
    p.add_argument("--kind", choices=SEARCH_KINDS, help="only this kind of record")
    p.add_argument("--town", action="append", default=[], metavar="T", help="town id or name (repeatable)")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--lang", choices=i18n.LANGUAGES, default=i18n.DEFAULT_LANGUAGE, help="language of names")
    p.add_argument("--limit", type=count, default=None, help="at most this many results per kind")
    p.set_defaults(func=cmd_search)

    p = commands.add_parser("backup", help="write a copy of the catalog to FILE")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_backup)

    p = commands.add_parser("restore", help="replace the catalog with FILE (the current one is backed up first)")
    p.add_argument("file", type=Path, nargs="?", metavar="FILE", help="a backup; default: the latest automatic one")
    p.add_argument("--list", action="store_true", help="list the backups and set-aside catalogs restore can use")
    p.set_defaults(func=cmd_restore)


def open_catalog(args: argparse.Namespace, *, read_only: bool = False) -> Catalog:
    return Catalog.open(args.catalog_path, read_only=read_only)


def cmd_init(args: argparse.Namespace) -> int:
    path: Path = args.catalog_path
    if path.exists():
        if args.if_missing:
            return 0
        if not args.force:
            raise InvalidInput(f"{path}: a catalog exists already; use --force to replace it (a backup is kept)")
        if not path.is_file():
            raise InvalidInput(f"{path}: not a catalog file (a folder or a device); nothing was replaced")
        counts, backup = _replace_with_bundled(path, demo=not args.no_demo)
        print(f"backed up the old catalog to {backup}")
    else:
        counts = create_catalog(path, demo=not args.no_demo)
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    print(f"created {path}: {summary}")
    return 0


def _replace_with_bundled(path: Path, *, demo: bool) -> tuple[dict[str, int], Path | None]:
    """Replace the catalog by a fresh one the way restore does, safe while another program has it open.

    Deleting the file under another connection would let that program go on
    "saving" into a deleted file. Instead the fresh catalog is built
    completely beside it, then written into the catalog through SQLite's
    backup API under its write lock (after a backup of the old one): the
    other program sees the new catalog, and its later saves land in it.
    """
    # Only a catalog is replaced: anything else at the path (a spreadsheet
    # named by mistake, a damaged file) is refused as before, never set aside.
    Catalog.open(path).close()
    staged = path.with_name(f".{path.name}.{os.getpid()}.new")
    remove_database_file(staged)
    try:
        counts = create_catalog(staged, demo=demo)
        before = set(list_backups(path))
        restore_backup(staged, path, reason="before-init")
    finally:
        remove_database_file(staged)
    made = [p for p in list_backups(path) if p not in before]
    return counts, (made[0] if made else None)


def cmd_import(args: argparse.Namespace) -> int:
    catalog = open_catalog(args)
    try:
        plan = plan_import(catalog, args.kind, args.file)
        if plan.problems:
            print_problems(plan.problems)
            print(
                f"nothing imported: {total_problems(plan.problems):,} problem(s) in {printable(str(args.file))}",
                file=sys.stderr,
            )
            return 2
        # Nobody has seen this plan: if another program wrote meanwhile, plan again under the lock.
        result = apply_import(catalog, plan, if_changed=REPLAN)
    finally:
        catalog.close()
    print(f"imported {args.file}: {result.added} added, {result.updated} updated")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    catalog = open_catalog(args, read_only=True)
    try:
        count = export_file(catalog, args.kind, args.file)
    finally:
        catalog.close()
    print(f"exported {count} {args.kind} to {args.file}")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    write_template(args.kind, args.file, args.lang)
    print(f"wrote the {args.kind} template to {args.file}")
    return 0


def search_results(
    catalog: Catalog, query: str, kinds: list[str], towns: list[str], lang: str, limit: int | None = None
) -> list[dict[str, Any]]:
    """The records matching ``query`` and the towns, as the JSON objects ``search --json`` prints."""
    town_ids = [catalog.resolve_town(t) for t in towns]
    results = []
    for kind_name in kinds:
        kind = F.kind(kind_name)
        for record in catalog.query(kind_name, Filters(towns=town_ids), query, limit=limit):
            title, fallback = i18n.localized(record, kind.title_field, lang)
            town = record["id"] if kind_name == "towns" else record.get("town")
            item: dict[str, Any] = {
                "id": record["id"],
                "kind": kind_name,
                "title": title,
                "town": town,
                "town_name": catalog.town_name(town, lang),
            }
            if fallback:
                item["title_fallback"] = True
            item["type"] = record.get(TYPE_FIELD[kind_name])
            for code in (
                "status",
                "floor_area_m2",
                "land_area_ha",
                "power_kw",
                "rail_siding",
                "price_kzt",
                "source",
                "source_url",
                "as_of",
            ):
                if code in record:
                    item[code] = record[code]
            results.append(item)
    return results


def cmd_search(args: argparse.Namespace) -> int:
    catalog = open_catalog(args, read_only=True)
    try:
        kinds = [args.kind] if args.kind else list(SEARCH_KINDS)
        results = search_results(catalog, args.query, kinds, args.town, args.lang, args.limit)
    finally:
        catalog.close()
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    for item in results:
        demo = " [demo]" if rules.is_demo(item) else ""
        print(f"{item['kind']:<10} {item['id']!s:<12} {item['town_name']:<12} {item['title']}{demo}")
    print(f"{len(results)} found", file=sys.stderr)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from guide.catalog.backup import copy_database

    if args.file.resolve() == args.catalog_path.resolve():
        raise InvalidInput(f"{args.file}: that is the catalog itself; choose another file for the backup")
    catalog = open_catalog(args, read_only=True)
    try:
        copy_database(catalog.db.conn, args.file)
    except OSError as exc:
        raise InvalidInput(f"{args.file}: can't write the backup: {exc.strerror}") from None
    except sqlite3.OperationalError as exc:
        raise InvalidInput(f"{args.file}: can't write the backup: {exc}") from None
    finally:
        catalog.close()
    print(f"backed up {args.catalog_path} to {args.file}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    if args.list:
        if args.file is not None:
            raise InvalidInput("restore --list takes no FILE")
        return _list_restorable(args.catalog_path)
    source = args.file
    if source is None:
        backups = list_backups(args.catalog_path)
        if not backups:
            kept = list_kept(args.catalog_path)
            hint = f"; {len(kept)} set-aside file(s): see `restore --list`" if kept else ""
            raise InvalidInput(f"{args.catalog_path}: there are no automatic backups to restore{hint}")
        source = backups[0]
    if Path(source).resolve() == args.catalog_path.resolve():
        raise InvalidInput(f"{source}: that is the catalog itself; name a backup to restore from")
    restore_backup(Path(source), args.catalog_path)
    print(f"restored {args.catalog_path} from {source}")
    return 0


def _list_restorable(catalog_path: Path) -> int:
    """Every file in the backup folder, newest first, with what it is: `restore FILE` takes any of them."""
    kept = list_kept(catalog_path)
    for path in kept:
        what = "set aside as unusable" if path.name.endswith(".keep") else "automatic backup"
        try:
            size = f"{path.stat().st_size / 1_048_576:.1f} MB"
        except OSError:
            size = "?"
        print(f"{path}\t{what}\t{size}")
    print(f"{len(kept)} file(s) in {backup_folder(catalog_path)}", file=sys.stderr)
    return 0
