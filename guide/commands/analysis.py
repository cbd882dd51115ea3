"""Commands that go beyond the portals: match (needs → premises), check (completeness, freshness), gaps."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from guide import i18n
from guide.catalog import rules
from guide.catalog.errors import InvalidInput
from guide.catalog.gaps import GapsReport, Totals, gaps_report, totals
from guide.catalog.match import MatchResult, Needs, match_premises, need_label, needs_from_project
from guide.catalog.quality import CHECKED_KINDS, QualityIssue, check_records, summarize
from guide.catalog.rules import STALE_AFTER_DAYS
from guide.catalog.store import Catalog
from guide.catalog.untranslated import PRINTED_KINDS, Untranslated, untranslated
from guide.present import format as present


def _non_negative(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0 or value != value:  # NaN is never a sensible bound
        raise argparse.ArgumentTypeError(f"must be zero or more: {text!r}")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be zero or more: {text!r}")
    return value


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--lang", choices=i18n.LANGUAGES, default=i18n.DEFAULT_LANGUAGE, help="language of names")
    p.add_argument(
        "--today",
        type=_date,
        metavar="YYYY-MM-DD",
        help="judge dates as on this day (for reproducible output; default: today)",
    )


def register(commands: Any) -> None:
    p = commands.add_parser("match", help="rank premises by how well they meet an investor's or a project's needs")
    p.add_argument("--town", action="append", default=[], metavar="T", help="town id or name (repeatable)")
    p.add_argument("--kind", metavar="K", help="premise kind: " + "|".join(i18n.codes("premise_kind")))
    p.add_argument("--min-area", type=_non_negative, metavar="M2", help="floor area (a plot's land area) at least")
    p.add_argument("--min-power-kw", type=_non_negative, metavar="KW", help="electric power at least")
    p.add_argument("--gas", action="store_true", help="needs gas")
    p.add_argument("--water", action="store_true", help="needs water")
    p.add_argument("--heating", action="store_true", help="needs heating")
    p.add_argument("--sewerage", action="store_true", help="needs sewerage")
    p.add_argument("--rail", action="store_true", help="needs a rail siding")
    p.add_argument("--max-price", type=_non_negative, metavar="KZT", help="price at most")
    p.add_argument(
        "--price-unit",
        choices=i18n.codes("price_unit"),
        help="what --max-price is for; prices of another unit are not compared with it",
    )
    p.add_argument(
        "--max-distance-rail", type=_non_negative, metavar="KM", help="distance to a railway station at most"
    )
    p.add_argument("--project", type=int, metavar="ID", help="start from the needs stored on this project")
    p.add_argument(
        "--all",
        action="store_true",
        dest="include_unavailable",
        help="also list reserved, leased and sold premises (after the vacant ones)",
    )
    p.add_argument("--limit", type=_count, metavar="N", help="at most N results")
    _common(p)
    p.set_defaults(func=cmd_match)

    p = commands.add_parser("check", help="list incomplete, stale, unverified and demo records, with what is missing")
    p.add_argument(
        "--kind",
        action="append",
        choices=CHECKED_KINDS,
        metavar="KIND",
        help="only this kind (repeatable): " + "|".join(CHECKED_KINDS),
    )
    p.add_argument(
        "--stale-days",
        type=_count,
        default=STALE_AFTER_DAYS,
        metavar="N",
        help=f"a record verified more than N days ago is stale (default {STALE_AFTER_DAYS})",
    )
    p.add_argument(
        "--untranslated",
        action="store_true",
        help="list instead the texts a --lang kk or en guide would print in Russian (no version in that language)",
    )
    _common(p)
    p.set_defaults(func=cmd_check)

    p = commands.add_parser("gaps", help="infrastructure gaps per town and zone: what is lacking, committed, overdue")
    p.add_argument("--town", action="append", default=[], metavar="T", help="only this town (repeatable)")
    _common(p)
    p.set_defaults(func=cmd_gaps)


def _open(args: argparse.Namespace) -> Catalog:
    return Catalog.open(args.catalog_path, read_only=True)


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=1))


# -- match ------------------------------------------------------------------


def needs_from_args(catalog: Catalog, args: argparse.Namespace) -> Needs:
    """The project's stored needs (with ``--project``), overridden by the options given."""
    needs = needs_from_project(catalog.require("projects", args.project)) if args.project is not None else Needs()
    kind = None
    if args.kind:
        kind = i18n.lookup_code("premise_kind", args.kind)
        if kind is None:
            raise InvalidInput(
                f"unknown premise kind {args.kind!r}; expected one of: {', '.join(i18n.codes('premise_kind'))}"
            )
    return needs.override(
        towns=[catalog.resolve_town(t) for t in args.town],
        kind=kind,
        min_area_m2=args.min_area,
        min_power_kw=args.min_power_kw,
        gas=args.gas,
        water=args.water,
        heating=args.heating,
        sewerage=args.sewerage,
        rail=args.rail,
        max_price_kzt=args.max_price,
        price_unit=args.price_unit,
        max_distance_rail_km=args.max_distance_rail,
        include_unavailable=args.include_unavailable,
    )


def match_json(catalog: Catalog, results: list[MatchResult], lang: str) -> list[dict[str, Any]]:
    items = []
    for result in results:
        item = result.as_dict(lang)
        item["town_name"] = catalog.town_name(item["town"], lang)
        items.append(item)
    return items


def cmd_match(args: argparse.Namespace) -> int:
    catalog = _open(args)
    try:
        needs = needs_from_args(catalog, args)
        results = match_premises(catalog, needs, today=args.today, limit=args.limit)
        items = match_json(catalog, results, args.lang)
    finally:
        catalog.close()
    if args.json:
        _print_json(items)
        return 0
    if needs.is_empty():
        print("no needs given: every premise fits; see `investor-guide match --help`", file=sys.stderr)
    for item in items:
        demo = " [demo]" if rules.is_demo(item) else ""
        status = "" if rules.is_vacant(item) else f" ({present.premise_status(item['status'], args.lang)})"
        print(f"{item['score']:.2f}  #{item['id']:<5} {item['town_name']:<12} {item['title']}{status}{demo}")
        plain = [c for c in item["misses"] if c not in item["committed"]]
        notes = []
        if plain:
            notes.append("misses: " + ", ".join(need_label(c, args.lang) for c in plain))
        if item["committed"]:
            when = f" by {item['due']}" if item["due"] else ""
            late = " (OVERDUE)" if item["overdue"] else ""
            notes.append(f"committed{when}{late}: " + ", ".join(need_label(c, args.lang) for c in item["committed"]))
        if notes:
            print("       " + "; ".join(notes))
    print(f"{len(items)} premises ranked", file=sys.stderr)
    return 0


# -- check ------------------------------------------------------------------


def describe_issue(issue: QualityIssue) -> str:
    parts = [f"{issue.completeness:.0%} complete"]
    if issue.missing:
        parts.append("missing: " + ", ".join(issue.missing))
    if issue.stale:
        parts.append(f"stale: as of {issue.as_of} ({issue.age_days} days)")
    if issue.unverified:
        parts.append("unverified: no as-of date")
    if issue.demo:
        parts.append("demo data")
    return "; ".join(parts)


def cmd_check(args: argparse.Namespace) -> int:
    catalog = _open(args)
    try:
        if args.untranslated:
            return _print_untranslated(untranslated(catalog, args.lang, kinds=args.kind or PRINTED_KINDS), args)
        issues = check_records(
            catalog, kinds=args.kind, today=args.today, stale_after_days=args.stale_days, lang=args.lang
        )
        missing = len(untranslated(catalog, args.lang, kinds=args.kind or PRINTED_KINDS))
    finally:
        catalog.close()
    if missing and not args.json:
        print(
            f"{_texts(missing)} would print in Russian in {_guides_in(args.lang)} (no {args.lang} version): "
            f"see `check --untranslated --lang {args.lang}`",
            file=sys.stderr,
        )
    if args.json:
        _print_json([issue.as_dict() for issue in issues])
        return 0
    for issue in issues:
        town = f" ({issue.town})" if issue.town and issue.kind != "towns" else ""
        print(f"{issue.kind:<11} {issue.id!s:<10} {issue.title}{town}: {describe_issue(issue)}")
    s = summarize(issues)
    print(
        f"{s.records} records to look at: {s.incomplete} incomplete, {s.stale} stale "
        f"(over {args.stale_days} days), {s.unverified} unverified, {s.demo} demo",
        file=sys.stderr,
    )
    return 0


def _print_untranslated(items: list[Untranslated], args: argparse.Namespace) -> int:
    if args.json:
        _print_json([item.as_dict() for item in items])
        return 0
    for item in items:
        demo = " [demo]" if item.demo else ""
        text = " ".join(item.text.split())
        print(f"{item.kind:<11} {item.id!s:<10} {item.title}{demo}: {item.label}: {text[:80]}")
    print(f"{_texts(len(items))} would print in Russian in {_guides_in(args.lang)}", file=sys.stderr)
    return 0


def _texts(count: int) -> str:
    return f"{count} text" if count == 1 else f"{count} texts"


def _guides_in(lang: str) -> str:
    """``guides in English (en)``: the command line speaks English, and names the language as the code does."""
    return f"guides in {i18n.label('language', lang, 'en')} ({lang})"


# -- gaps -------------------------------------------------------------------


def gaps_json(catalog: Catalog, report: GapsReport, lang: str) -> dict[str, Any]:
    towns = []
    for town in report.towns:
        zones = [
            {
                "zone": zone,
                "zone_name": zone_items[0].zone_name,
                "totals": totals(zone_items).as_dict(),
                "items": [item.as_dict() for item in zone_items],
            }
            for zone, zone_items in report.zones(town).items()
        ]
        towns.append(
            {
                "town": town,
                "town_name": catalog.town_name(town, lang),
                "totals": report.totals(town).as_dict(),
                "zones": zones,
            }
        )
    return {
        "today": report.today.isoformat() if report.today else None,
        "totals": report.totals().as_dict(),
        "towns": towns,
    }


def _totals_line(t: Totals) -> str:
    return (
        f"{t.premises} premises lack {t.missing} items; {t.committed} committed "
        f"({t.overdue} overdue), {t.uncommitted} without a commitment"
    )


def cmd_gaps(args: argparse.Namespace) -> int:
    catalog = _open(args)
    try:
        towns = [catalog.resolve_town(t) for t in args.town]
        report = gaps_report(catalog, today=args.today, towns=towns or None, lang=args.lang)
        data = gaps_json(catalog, report, args.lang)
    finally:
        catalog.close()
    if args.json:
        _print_json(data)
        return 0
    for town in data["towns"]:
        print(f"{town['town_name']} ({town['town']}): {_totals_line(report.totals(town['town']))}")
        for zone in town["zones"]:
            print(f"  {zone['zone_name'] or 'outside any small industrial zone'}")
            for item in zone["items"]:
                demo = " [demo]" if item["demo"] else ""
                lacks = ", ".join(i18n.label("utility", c, args.lang) for c in item["missing"])
                print(f"    #{item['premise_id']:<5} {item['title']}{demo}")
                print(f"           lacks: {lacks}")
                if item["committed"]:
                    when = f" by {item['due']}" if item["due"] else ""
                    late = " OVERDUE" if item["overdue"] else ""
                    text = f": {item['commitment']}" if item["commitment"] else ""
                    print(f"           committed{when}{late}{text}")
                else:
                    print("           no commitment")
    print(f"Total: {_totals_line(report.totals())}")
    return 0
