"""The least an import of the benchmark's premises can take in this schema: SQLite alone writing them.

``import_csv_s`` is the command line's import of a CSV. Below it lies a floor
that no importer written against this schema can go under, however fast its
reading and checking: SQLite writing the same rows into the same tables, with
the same indexes, triggers and full-text index, in one transaction. This
measures that floor, so the bench shows how much of an import is ours
(reading, checking, staging, binding) and how much is the catalog's own
write, and what the full-text index's share of that is.

The rows come from the size's cached catalog, ATTACHed to a fresh copy of the
base catalog (the import's own target), in one ``INSERT ... SELECT``: no
Python per row. As in the import: the catalog opened by ``Catalog.open``
(WAL, ``synchronous = NORMAL``), the import's large page cache, the commit,
and the checkpoint when the connection closes.
"""

from __future__ import annotations

import time
from pathlib import Path

from guide.catalog.importer import IMPORT_CACHE_KIB
from guide.catalog.store import Catalog
from tests.benchmarks import synthetic


def write_seconds(source: Path, target: Path, *, full_text: bool = True) -> tuple[float, int]:
    """Seconds SQLite takes to add ``source``'s premises that ``target`` lacks, and how many it added.

    ``full_text=False`` drops the full-text index's insert trigger for the
    write and makes it again after (in the same transaction): the write
    without the index, leaving ``target`` a whole catalog all the same.
    """
    catalog = Catalog.open(target)
    try:
        db = catalog.db
        db.execute("ATTACH DATABASE ? AS source", [f"file:{source}?mode=ro"])
        columns = ", ".join(row[1] for row in db.execute("PRAGMA main.table_info(premises)"))
        db.execute(f"PRAGMA main.cache_size = {-IMPORT_CACHE_KIB}")
        start = time.perf_counter()
        with catalog.transaction():
            trigger = db.execute("SELECT sql FROM main.sqlite_master WHERE name = 'premises_fts_ai'").fetchone()[0]
            if not full_text:
                db.execute("DROP TRIGGER main.premises_fts_ai")
            added = db.execute(
                f"INSERT INTO main.premises ({columns}) SELECT {columns} FROM source.premises "  # noqa: S608
                "WHERE id NOT IN (SELECT id FROM main.premises) ORDER BY id"
            ).rowcount
            if not full_text:
                db.execute(trigger)
        db.execute("DETACH DATABASE source")
    finally:
        catalog.close()
    return time.perf_counter() - start, added


def measure(source: Path, scratch: Path, label: str) -> dict[str, float]:
    """``import_floor_s`` (through every trigger) and ``import_floor_no_fts_s`` (without the full-text index)."""
    figures: dict[str, float] = {}
    for key, full_text in (("import_floor_s", True), ("import_floor_no_fts_s", False)):
        target = synthetic.copy_catalog(synthetic.base_catalog_path(), scratch / f"floor-{label}.db")
        try:
            figures[f"{key}_{label}"], figures[f"import_floor_rows_{label}"] = write_seconds(
                source, target, full_text=full_text
            )
        finally:
            for leftover in scratch.glob(f"floor-{label}.db*"):
                leftover.unlink()
    return figures
