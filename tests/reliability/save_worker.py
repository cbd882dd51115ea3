"""Saves records in a loop until killed: the GUI's save button, as its own process, for the crash tests.

Usage: ``python -m tests.reliability.save_worker CATALOG RUN``. It goes
through the same :class:`Catalog` calls the editing forms use (``insert``,
``update`` with the version the form read, ``delete``) and prints one line per
committed save, *after* the commit returns:

    insert ID MARK | update ID MARK VERSION | delete ID

Every text field of a record it writes holds the same mark (``save-RUN-N``)
and the numbers are derived from N, so a record written halfway shows up as
fields that disagree.
"""

from __future__ import annotations

import sys
from typing import Any

from guide.catalog.store import Catalog

TEXT_FIELDS = (
    "title",
    "title_kk",
    "title_en",
    "address",
    "owner",
    "cadastral_number",
    "description",
    "description_kk",
    "description_en",
    "akimat_commitment",
    "contact",
)
TOWNS = ("temirtau", "balkhash", "shakhtinsk", "abai", "saran")


def values(run: int, n: int) -> dict[str, Any]:
    """A premise whose every field follows from (run, n)."""
    mark = f"save-{run}-{n}"
    record: dict[str, Any] = {code: mark for code in TEXT_FIELDS}
    record.update(
        town=TOWNS[n % len(TOWNS)],
        kind=("warehouse", "office", "production_hall")[n % 3],
        floor_area_m2=float(n + 1),
        power_kw=float(100 + n),
        price_kzt=float(1000 * (n + 1)),
        gas=n % 2,
        water=(n + 1) % 2,
        missing_infrastructure="gas;water" if n % 2 else "sewerage",
        source="demo",
    )
    return record


def expected_numbers(n: int) -> dict[str, Any]:
    """The fields of :func:`values` other than the text, for checking a record read back."""
    full = values(0, n)
    return {k: v for k, v in full.items() if k not in TEXT_FIELDS}


def main(path: str, run: int) -> None:
    catalog = Catalog.open(path)
    target = catalog.insert("premises", values(run, 0))
    version = catalog.require("premises", target)["version"]
    print(f"insert {target} save-{run}-0", flush=True)
    inserted: list[int] = []
    n = 0
    while True:
        n += 1
        if n % 7 == 0 and inserted:
            victim = inserted.pop(0)
            catalog.delete("premises", victim)
            print(f"delete {victim}", flush=True)
        elif n % 3 == 0:
            new_id = catalog.insert("premises", values(run, n))
            inserted.append(new_id)
            print(f"insert {new_id} save-{run}-{n}", flush=True)
        else:
            record = catalog.update("premises", target, values(run, n), expected_version=version)
            version = record["version"]
            print(f"update {target} save-{run}-{n} {version}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
