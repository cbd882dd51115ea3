"""The program's version and build date, as ``--version`` and the About box show them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from guide import __version__
from guide.paths import resource

# Written into the frozen program's resources by packaging/investor-guide.spec; never committed.
BUILD_INFO = "build-info.json"


def build_date() -> str:
    """The day the frozen program was built or, running from source, the day the package was last changed."""
    info = resource(BUILD_INFO)
    if info.is_file():
        try:
            return str(json.loads(info.read_text(encoding="utf-8"))["build_date"])
        except (OSError, ValueError, KeyError):
            pass
    return dt.date.fromtimestamp(Path(__file__).stat().st_mtime).isoformat()


def version_text() -> str:
    return f"investor-guide {__version__} ({build_date()})"
