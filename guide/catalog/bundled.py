"""The bundled catalog: Karaganda region's towns, the article's facts and a demo set.

The files in ``resources/data`` go through the same importer as a user's
files, so bundled data is held to the same rules.
"""

from __future__ import annotations

from pathlib import Path

from guide.catalog.demo import remove_demo
from guide.catalog.importer import import_file
from guide.catalog.store import Catalog
from guide.paths import resource

# Order matters: towns before what refers to them, zones before premises.
BUNDLED_ORDER = (
    "towns", "town_status", "zones", "premises", "projects", "suppliers", "indicators",
    "incentives", "institutions", "routes",
)  # fmt: skip


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


def create_catalog(path: Path, *, demo: bool = True) -> dict[str, int]:
    """A new catalog file at ``path`` from the bundled data; returns how many records of each kind.

    Without ``demo`` it holds the sourced data only. A failure leaves no file
    behind (nor its ``-wal``/``-shm``), so a half-made catalog is never opened.
    The caller makes sure nothing is at ``path`` yet.
    """
    catalog = Catalog.open(path, create=True)
    try:
        counts = load_bundled(catalog)
        if not demo:
            for kind, n in remove_demo(catalog).items():
                counts[kind] -= n
    except BaseException:
        catalog.close()
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        raise
    catalog.close()
    return counts
