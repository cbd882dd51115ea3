"""Removing the demo set: every demo record goes, nothing real goes, in one step that undo brings back."""

from __future__ import annotations

from typing import Any

import pytest

from guide.catalog.demo import demo_records, remove_demo
from guide.catalog.errors import ValidationFailed
from guide.catalog.history import History, dump
from guide.catalog.quality import is_demo
from guide.catalog.store import Catalog


def _real(catalog: Catalog) -> dict[str, list[Any]]:
    """The ids of the records that are not demo, per kind."""
    return {k: sorted(r["id"] for r in rows if not is_demo(r)) for k, rows in dump(catalog).items() if k != "photos"}


def test_the_bundled_catalog_has_demo_records_of_several_kinds(catalog: Catalog) -> None:
    found = demo_records(catalog)
    assert set(found) >= {"premises", "zones", "projects", "suppliers", "indicators"}
    for kind, ids in found.items():
        assert all(is_demo(catalog.require(kind, i)) for i in ids)


def test_remove_demo_deletes_every_demo_record_and_nothing_else(catalog: Catalog) -> None:
    real_before = _real(catalog)
    expected = {kind: len(ids) for kind, ids in demo_records(catalog).items()}
    assert remove_demo(catalog) == expected
    assert demo_records(catalog) == {}
    assert _real(catalog) == real_before
    assert catalog.total("premises") == 0  # the bundled premises are all invented
    assert catalog.total("towns") == 6


def test_a_real_premise_in_a_demo_zone_stays_and_loses_its_zone(catalog: Catalog) -> None:
    zone = demo_records(catalog)["zones"][0]
    premise = catalog.insert(
        "premises",
        {"title": "Real hall", "kind": "production_hall", "town": catalog.require("zones", zone)["town"],
         "zone": zone, "floor_area_m2": 500, "source": "akimat survey"},
    )  # fmt: skip
    remove_demo(catalog)
    assert catalog.require("premises", premise)["zone"] is None


def test_one_undo_step_brings_the_demo_set_back(catalog: Catalog) -> None:
    before = dump(catalog)
    history = History(catalog)
    remove_demo(catalog, history=history)
    assert demo_records(catalog) == {}
    assert history.can_undo
    history.undo()
    after = dump(catalog)
    strip = ("version", "updated_at")
    for kind, rows in before.items():
        assert [{k: v for k, v in r.items() if k not in strip} for r in rows] == [
            {k: v for k, v in r.items() if k not in strip} for r in after[kind]
        ], kind
    assert not history.can_undo


def test_a_demo_town_that_real_records_need_stops_the_whole_removal(catalog: Catalog) -> None:
    catalog.insert("towns", {"id": "demo-town", "name": "Демо", "source": "demo"})
    catalog.insert("suppliers", {"name": "Real firm", "town": "demo-town", "niche": "logistics", "source": "registry"})
    before = dump(catalog)
    with pytest.raises(ValidationFailed):
        remove_demo(catalog)
    assert dump(catalog) == before
