"""A JSON object without a key leaves that field alone; ``null`` clears it."""

from __future__ import annotations

import json
from pathlib import Path

from guide.catalog.importer import import_file
from guide.catalog.store import Catalog


def test_a_missing_key_keeps_the_value_and_null_clears_it(catalog: Catalog, tmp_path: Path) -> None:
    before = catalog.require("premises", 1)
    assert before["owner"] and before["address"]
    path = tmp_path / "update.json"
    path.write_text(
        json.dumps(
            [
                {
                    "id": 1,
                    "town": before["town"],
                    "title": "Новое название",
                    "kind": before["kind"],
                    "floor_area_m2": before["floor_area_m2"],
                    "owner": None,
                }
            ],
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    result = import_file(catalog, "premises", path)
    after = catalog.require("premises", 1)
    assert (result.added, result.updated) == (0, 1)
    assert after["title"] == "Новое название"
    assert after["owner"] is None
    assert after["address"] == before["address"]
    assert after["power_kw"] == before["power_kw"]
