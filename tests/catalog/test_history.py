"""Undo and redo restore the catalog exactly, and never overwrite someone else's edit."""

from __future__ import annotations

import io
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from guide.catalog.bundled import load_bundled
from guide.catalog.errors import ConflictError, NotFoundError, ValidationFailed
from guide.catalog.history import History, Step, dump
from guide.catalog.store import Catalog


def png(color: str = "red", size: tuple[int, int] = (8, 6)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


NEW_PREMISE = {"town": "temirtau", "title": "Новый склад", "kind": "warehouse", "floor_area_m2": "1 250,5"}


def version(catalog: Catalog, kind: str, record_id: Any) -> int:
    return int(catalog.require(kind, record_id)["version"])


def test_add_undo_redo(catalog: Catalog) -> None:
    history = History(catalog)
    before = dump(catalog)
    new_id = history.add("premises", NEW_PREMISE)
    after = dump(catalog)
    assert catalog.require("premises", new_id)["floor_area_m2"] == 1250.5

    assert history.undo() == "Добавление: Новый склад"
    assert dump(catalog) == before
    assert catalog.get("premises", new_id) is None
    assert not history.can_undo and history.can_redo

    assert history.redo() == "Добавление: Новый склад"
    assert dump(catalog) == after
    assert catalog.require("premises", new_id)["title"] == "Новый склад"


def test_edit_undo_redo_restores_fields_and_counts_versions_up(catalog: Catalog) -> None:
    history = History(catalog)
    before = dump(catalog)
    original = catalog.require("premises", 1)
    history.edit(
        "premises",
        1,
        {"price_kzt": "2 000 000", "gas": "нет", "missing_infrastructure": "gas;water"},
        expected_version=original["version"],
    )
    after = dump(catalog)
    assert catalog.require("premises", 1)["gas"] == 0
    edited_version = version(catalog, "premises", 1)

    history.undo()
    assert dump(catalog) == before
    # An undo is a new write: the version goes on counting, it is never reused.
    assert version(catalog, "premises", 1) == edited_version + 1
    history.redo()
    assert dump(catalog) == after
    assert version(catalog, "premises", 1) == edited_version + 2


def test_versions_never_repeat_through_undo_and_new_edits(catalog: Catalog) -> None:
    history = History(catalog)
    seen = [version(catalog, "projects", 1)]
    for price in ("1", "2", "3"):
        history.edit("projects", 1, {"jobs": price})
        seen.append(version(catalog, "projects", 1))
        history.undo()
        seen.append(version(catalog, "projects", 1))
    assert seen == sorted(set(seen)), seen


def test_status_change_is_a_described_step(catalog: Catalog) -> None:
    history = History(catalog)
    original = catalog.require("premises", 2)["status"]
    assert original != "leased"
    history.set_status("premises", 2, "leased")
    step = history.undo_step
    assert step == Step("status", "premises", 2, catalog.require("premises", 2)["title"], "leased")
    assert history.undo_text is not None and history.undo_text.startswith("Смена статуса: ")
    history.undo()
    assert catalog.require("premises", 2)["status"] == original


def test_delete_premise_restores_photos_and_shortlist(catalog: Catalog) -> None:
    photo_a = catalog.add_photo(3, "a.png", png("red"))
    photo_b = catalog.add_photo(3, "b.png", png("blue"))
    catalog.set_shortlisted("premises", [3], True)
    history = History(catalog)
    before = dump(catalog)

    deleted = history.delete("premises", 3, expected_version=version(catalog, "premises", 3))
    assert deleted["id"] == 3
    assert catalog.photos(3) == [] and not catalog.is_shortlisted("premises", 3)
    after = dump(catalog)

    history.undo()
    assert dump(catalog) == before
    assert [p["id"] for p in catalog.photos(3)] == [photo_a, photo_b]
    assert catalog.photo_data(photo_b) == png("blue")
    assert catalog.is_shortlisted("premises", 3)
    history.redo()
    assert dump(catalog) == after


def test_delete_zone_clears_and_undo_restores_its_premises(catalog: Catalog) -> None:
    in_zone = [p["id"] for p in catalog.where("premises", "zone", "1")]
    assert in_zone
    history = History(catalog)
    before = dump(catalog)
    history.delete("zones", 1)
    assert all(catalog.require("premises", p)["zone"] is None for p in in_zone)
    after = dump(catalog)

    history.undo()
    assert dump(catalog) == before
    history.redo()
    assert dump(catalog) == after
    history.undo()
    assert dump(catalog) == before


def test_delete_town_takes_its_status_history_and_indicators_and_undo_brings_them_back(
    catalog: Catalog,
) -> None:
    history = History(catalog)
    town = history.add("towns", {"name": "Каражал", "name_en": "Karazhal"})
    history.add("town_status", {"town": town, "year": 2020, "status": "monotown"})
    history.add("indicators", {"town": town, "year": 2023, "name": "population", "value": 17000})
    before = dump(catalog)

    history.delete("towns", town)
    assert catalog.get("towns", town) is None
    assert catalog.where("town_status", "town", town) == [] and catalog.where("indicators", "town", town) == []
    history.undo()
    assert dump(catalog) == before
    # The adds are undone one by one after that.
    for _ in range(3):
        history.undo()
    assert catalog.get("towns", "karazhal") is None


def test_deleting_a_town_with_premises_is_refused_and_changes_nothing(catalog: Catalog) -> None:
    history = History(catalog)
    before = dump(catalog)
    with pytest.raises(ValidationFailed, match="premises"):
        history.delete("towns", "temirtau")
    assert dump(catalog) == before
    assert not history.can_undo


def test_photo_steps(catalog: Catalog) -> None:
    history = History(catalog)
    before = dump(catalog)
    first = history.add_photo(5, "first.png", png("red"))
    second = history.add_photo(5, "second.png", png("green"))
    history.reorder_photos(5, [second, first])
    assert [p["id"] for p in catalog.photos(5)] == [second, first]
    ordered = dump(catalog)
    history.remove_photo(second)
    assert [p["id"] for p in catalog.photos(5)] == [first]

    history.undo()
    assert dump(catalog) == ordered
    history.undo()
    assert [p["id"] for p in catalog.photos(5)] == [first, second]
    history.undo()
    history.undo()
    assert dump(catalog) == before
    for _ in range(4):
        history.redo()
    assert [p["id"] for p in catalog.photos(5)] == [first]
    assert catalog.photo_data(first) == png("red")


def test_group_is_one_step_and_rolls_back_on_error(catalog: Catalog) -> None:
    history = History(catalog)
    before = dump(catalog)
    with history.group("edit", "premises", 6):
        history.edit("premises", 6, {"title": "Цех после ремонта"})
        history.add_photo(6, "hall.png", png())
    assert history.undo_text == "Изменение: Цех после ремонта"
    history.undo()
    assert dump(catalog) == before
    assert not history.can_undo

    with pytest.raises(ValidationFailed):
        with history.group("edit", "premises", 6):
            history.edit("premises", 6, {"title": "Будет отменено"})
            history.edit("premises", 6, {"floor_area_m2": "-5"})
    assert dump(catalog) == before
    assert not history.can_undo and history.can_redo


def test_failed_operation_records_nothing(catalog: Catalog) -> None:
    history = History(catalog)
    before = dump(catalog)
    with pytest.raises(ValidationFailed):
        history.add("premises", {"town": "nowhere", "title": "x", "kind": "warehouse", "floor_area_m2": 1})
    with pytest.raises(ConflictError):
        history.edit("premises", 1, {"title": "x"}, expected_version=99)
    with pytest.raises(NotFoundError):
        history.delete("premises", 9999)
    assert dump(catalog) == before
    assert not history.can_undo


def test_new_step_clears_redo_and_listeners_hear_every_change(catalog: Catalog) -> None:
    history = History(catalog)
    calls: list[tuple[bool, bool]] = []
    history.add_listener(lambda: calls.append((history.can_undo, history.can_redo)))
    history.edit("suppliers", 1, {"phone": "+7 700 000 00 00"})
    history.undo()
    history.edit("suppliers", 1, {"phone": "+7 700 111 11 11"})
    assert calls == [(True, False), (False, True), (True, False)]
    assert history.redo() is None
    history.undo()
    assert history.undo() is None


def test_limit_drops_the_oldest_steps(catalog: Catalog) -> None:
    history = History(catalog, limit=3)
    for jobs in range(5):
        history.edit("projects", 1, {"jobs": jobs})
    undone = 0
    while history.can_undo:
        history.undo()
        undone += 1
    assert undone == 3
    assert catalog.require("projects", 1)["jobs"] == 1


def test_custom_description(catalog: Catalog) -> None:
    history = History(catalog)
    history.describe = lambda step: f"{step.action} {step.kind} {step.record_id}"
    history.delete("suppliers", 2)
    assert history.undo_text == "delete suppliers 2"


# -- concurrency: two connections on one catalog file ------------------------------


def test_undo_refuses_to_overwrite_another_windows_edit(catalog_file: Path) -> None:
    mine, theirs = Catalog.open(catalog_file), Catalog.open(catalog_file)
    try:
        history = History(mine)
        history.edit("premises", 1, {"price_kzt": 1})
        theirs.update("premises", 1, {"status": "leased"})
        before_undo = dump(mine)

        with pytest.raises(ConflictError) as caught:
            history.undo()
        assert caught.value.current is not None and caught.value.current["status"] == "leased"
        assert dump(mine) == before_undo
        assert history.can_undo and not history.can_redo

        history.undo(force=True)
        assert mine.require("premises", 1)["status"] == "vacant"
        assert theirs.require("premises", 1)["price_kzt"] == 1_800_000
    finally:
        mine.close()
        theirs.close()


def test_undo_behind_a_newer_edit_still_sees_the_foreign_write(catalog_file: Path) -> None:
    mine, theirs = Catalog.open(catalog_file), Catalog.open(catalog_file)
    try:
        history = History(mine)
        history.edit("premises", 1, {"price_kzt": 1})
        theirs.update("premises", 1, {"status": "leased"})
        # A form opened after their edit saves with the version it read.
        history.edit("premises", 1, {"price_kzt": 2}, expected_version=version(mine, "premises", 1))
        history.undo()  # back to their edit: fine
        assert mine.require("premises", 1)["status"] == "leased"
        with pytest.raises(ConflictError):
            history.undo()  # would undo their edit as well
        assert mine.require("premises", 1)["status"] == "leased"
    finally:
        mine.close()
        theirs.close()


def test_undo_of_a_record_deleted_elsewhere_is_a_conflict(catalog_file: Path) -> None:
    mine, theirs = Catalog.open(catalog_file), Catalog.open(catalog_file)
    try:
        history = History(mine)
        history.edit("suppliers", 4, {"phone": "1"})
        theirs.delete("suppliers", 4)
        with pytest.raises(ConflictError) as caught:
            history.undo()
        assert caught.value.current is None
        history.discard_undo()
        assert not history.can_undo
    finally:
        mine.close()
        theirs.close()


# -- any sequence of steps undoes to the start and redoes to the end -----------------

OPS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.sampled_from(["temirtau", "balkhash"]), st.integers(1, 10_000)),
        st.tuples(st.just("edit"), st.integers(1, 30), st.integers(1, 10_000)),
        st.tuples(st.just("status"), st.integers(1, 30), st.sampled_from(["vacant", "reserved", "leased", "sold"])),
        st.tuples(st.just("delete"), st.integers(1, 30), st.just(0)),
        st.tuples(st.just("zone"), st.integers(1, 4), st.just(0)),
        st.tuples(st.just("photo"), st.integers(1, 30), st.sampled_from(["red", "blue"])),
    ),
    max_size=8,
)


class BundledCopies:
    """Copies of the bundled catalog, from one serialised image (quicker than loading the data each time)."""

    def __init__(self) -> None:
        catalog = Catalog.memory()
        load_bundled(catalog)
        self._image = catalog.db.conn.serialize()
        catalog.close()

    def __call__(self) -> Catalog:
        catalog = Catalog.memory()
        catalog.db.conn.deserialize(self._image)
        return catalog

    def __repr__(self) -> str:  # hypothesis prints the arguments of a failing example
        return "BundledCopies()"


@pytest.fixture(scope="module")
def bundled_copies() -> BundledCopies:
    return BundledCopies()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_any_sequence_undoes_to_the_start_and_redoes_to_the_end(bundled_copies: BundledCopies, ops: list[Any]) -> None:
    with closing(bundled_copies()) as catalog:
        history = History(catalog)
        start = dump(catalog)
        states = [start]
        for op, target, value in ops:
            try:
                if op == "add":
                    history.add(
                        "premises", {"town": target, "title": f"П{value}", "kind": "office", "floor_area_m2": value}
                    )
                elif op == "edit":
                    history.edit("premises", target, {"price_kzt": value, "title": f"Т{value}"})
                elif op == "status":
                    history.set_status("premises", target, value)
                elif op == "delete":
                    history.delete("premises", target)
                elif op == "zone":
                    history.delete("zones", target)
                else:
                    history.add_photo(target, f"{value}.png", png(value))
            except (NotFoundError, ValidationFailed):
                continue
            states.append(dump(catalog))
        for expected in reversed(states[:-1]):
            history.undo()
            assert dump(catalog) == expected
        assert not history.can_undo
        for expected in states[1:]:
            history.redo()
            assert dump(catalog) == expected


def test_undo_restores_a_deleted_photo_whose_id_was_reused(catalog: Catalog) -> None:
    # SQLite hands a deleted photo's id to the next photo added: undo must
    # bring back the first picture's bytes, not the second's.
    history = History(catalog)
    states = [dump(catalog)]
    history.add_photo(2, "red.png", png("red"))
    states.append(dump(catalog))
    history.delete("premises", 2)
    states.append(dump(catalog))
    second = history.add_photo(1, "blue.png", png("blue"))
    assert second == states[1]["photos"][0]["id"]
    for expected in reversed(states):
        history.undo()
        assert dump(catalog) == expected
