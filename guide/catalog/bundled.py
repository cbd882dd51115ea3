"""The bundled catalog: Karaganda region's towns, the article's facts and a demo set.

The files in ``resources/data`` go through the same importer as a user's
files, so bundled data is held to the same rules.
"""

from __future__ import annotations

from pathlib import Path

from guide.catalog.importer import import_file
from guide.catalog.store import Catalog
from guide.paths import resource

# Order matters: towns before what refers to them, zones before premises.
BUNDLED_ORDER = ("towns", "town_status", "zones", "premises", "projects", "suppliers", "indicators")


def data_folder() -> Path:
    return resource("data")


def load_bundled(catalog: Catalog, folder: Path | None = None) -> dict[str, int]:
    """Import every bundled file; returns how many records of each kind."""
    folder = folder or data_folder()
    counts: dict[str, int] = {}
    for kind in BUNDLED_ORDER:
        path = folder / f"{kind}.json"
        if path.exists():
            result = import_file(catalog, kind, path, backup=False)
            counts[kind] = result.added + result.updated
    return counts
