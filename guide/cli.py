"""The ``investor-guide`` command line.

With no command it opens the GUI; every other command works on the catalog
(and the PDF builder) without a display. Exit codes: 0 success, 2 invalid
input or arguments (nothing changed), 1 anything else, reported on one line
(with a traceback only under ``--debug``).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from guide import i18n
from guide.catalog.errors import CatalogError, ValidationFailed
from guide.commands import (
    analysis,
    catalog_commands,
    demo_command,
    guide_command,
    map_commands,
    publish_command,
    towns_command,
)
from guide.commands.messages import print_problems, printable
from guide.paths import default_catalog_path, missing_resources
from guide.version import version_text

# Each module adds its subcommands; a subcommand's ``func(args)`` returns the exit code.
COMMAND_MODULES = (
    catalog_commands,
    guide_command,
    analysis,
    demo_command,
    map_commands,
    towns_command,
    publish_command,
)


class ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="investor-guide",
        description="Investor guides for the monotowns of Karaganda region. Without a command, opens the GUI.",
    )
    parser.add_argument("--db", type=Path, metavar="PATH", help=f"the catalog file (default: {default_catalog_path()})")
    parser.add_argument(
        "--lang", dest="ui_lang", choices=i18n.LANGUAGES, help="the GUI's language (overrides the stored choice)"
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    parser.add_argument("--version", action="version", version=version_text(), help="show the version and build date")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def catalog_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_catalog_path()


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_gui(args: argparse.Namespace) -> int:
    if not has_display():
        print(
            "investor-guide: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). "
            "Run it in a desktop session, or use the commands without a display: "
            "investor-guide --help",
            file=sys.stderr,
        )
        return 1
    try:
        from guide.ui.app import run_gui
    except ImportError as exc:
        print(
            f"investor-guide: the window can't start, a part of Qt is missing ({exc}). "
            "Reinstall the program; the commands (investor-guide --help) work without it.",
            file=sys.stderr,
        )
        return 1
    return run_gui(catalog_path(args), lang=args.ui_lang)


def main(argv: Sequence[str] | None = None) -> int:
    missing = missing_resources()
    if missing:
        # A frozen folder copied in part: say what is missing rather than fail on the first file.
        print(
            f"investor-guide: the program's files are incomplete; missing: {', '.join(missing)}. "
            "Unpack the whole investor-guide folder again.",
            file=sys.stderr,
        )
        return 1
    parser = build_parser()
    args = parser.parse_args(argv)
    args.catalog_path = catalog_path(args)
    try:
        if args.command is None:
            return open_gui(args)
        return int(args.func(args))
    except ValidationFailed as exc:
        print_problems(exc.problems)
        return exc.exit_code
    except CatalogError as exc:
        print(f"investor-guide: {printable(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except sqlite3.DatabaseError as exc:
        # Damage deep in the file shows only when that page is read, after
        # the catalog opened fine: still the catalog's fault, not a bug.
        from guide.catalog.store import Catalog

        print(f"investor-guide: {args.catalog_path}: {Catalog._describe(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("investor-guide: interrupted", file=sys.stderr)
        return 1
    except Exception as exc:
        if args.debug:
            raise
        print(
            f"investor-guide: unexpected error: {type(exc).__name__}: {exc} (run with --debug for details)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
