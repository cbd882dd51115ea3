"""An update touches only the columns given (issue 17, item 13).

A file whose rows name existing records may leave out required columns: each
record keeps every field the file doesn't have exactly as stored, and is
checked as a whole (merged with what is stored). A row that adds a record
still needs every required column, and is refused for it with its row and
column; nothing is written then. An import of ids and photos only replaces
the photos.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from guide.catalog.errors import ValidationFailed
from guide.catalog.importer import REPLAN, apply_import, import_file, plan_import
from guide.catalog.store import Catalog
from guide.cli import main
from tests.catalog.files import FORMATS, dump, dump_file, jpeg, png, row_number, write_records

BOOKKEEPING = ("version", "updated_at")


def premises_with_a_description(catalog: Catalog, count: int = 2) -> list[dict[str, Any]]:
    chosen = [r for r in catalog.all("premises") if r["description"] and r["floor_area_m2"]][:count]
    assert len(chosen) == count
    return chosen


def unchanged_except(before: dict[str, Any], after: dict[str, Any], *changed: str) -> None:
    """Every field of ``after`` but ``changed`` (and the bookkeeping) is as ``before``."""
    kept = {k: v for k, v in before.items() if k not in (*changed, *BOOKKEEPING)}
    assert {k: after[k] for k in kept} == kept


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_update_of_one_column_needs_no_required_columns(
    catalog_file: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = Catalog.open(catalog_file)
    before = premises_with_a_description(catalog)
    catalog.close()
    rows = [{"id": r["id"], "price_kzt": 1_234_000 + n} for n, r in enumerate(before)]
    path = write_records(tmp_path / f"prices.{fmt}", rows)
    assert main(["--db", str(catalog_file), "import", "premises", str(path)]) == 0
    assert "0 added, 2 updated" in capsys.readouterr().out
    catalog = Catalog.open(catalog_file)
    for n, old in enumerate(before):
        new = catalog.require("premises", old["id"])
        assert new["price_kzt"] == 1_234_000 + n
        assert new["version"] == old["version"] + 1
        unchanged_except(old, new, "price_kzt")
    catalog.close()


def test_a_json_object_leaving_out_a_required_key_keeps_its_stored_value(catalog: Catalog, tmp_path: Path) -> None:
    first, second = premises_with_a_description(catalog)
    rows = [
        {"id": first["id"], "title": "Новое название", "price_kzt": 5},
        # No title key here: the stored title stays (README: a key left out of an object).
        {"id": second["id"], "price_kzt": 7},
    ]
    result = import_file(catalog, "premises", write_records(tmp_path / "mixed.json", rows))
    assert (result.added, result.updated) == (0, 2)
    assert catalog.require("premises", first["id"])["title"] == "Новое название"
    after = catalog.require("premises", second["id"])
    assert after["price_kzt"] == 7
    unchanged_except(second, after, "price_kzt")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_row_adding_a_record_still_needs_every_required_column(
    catalog_file: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = Catalog.open(catalog_file)
    (existing,) = premises_with_a_description(catalog, 1)
    catalog.close()
    # The second row has no id: it would add a premise without a town, title, kind or area.
    rows = [{"id": existing["id"], "price_kzt": 5}, {"price_kzt": 6}]
    path = write_records(tmp_path / f"adds.{fmt}", rows, headers=["id", "price_kzt"])
    before = dump_file(catalog_file)
    assert main(["--db", str(catalog_file), "import", "premises", str(path)]) == 2
    err = capsys.readouterr().err
    row = row_number(fmt, 1)
    for column in ("town", "title", "kind"):
        assert f"error: {path}, row {row}, column {column}: this row adds a new record, but the file has no " in err
        assert f"required column {column} (" in err
    assert f"error: {path}, row {row}, column floor_area_m2: this row adds a new premise" in err
    assert f"nothing imported: 4 problem(s) in {path}" in err
    assert dump_file(catalog_file) == before


def test_without_any_update_a_missing_column_is_a_header_problem(catalog: Catalog, tmp_path: Path) -> None:
    path = write_records(tmp_path / "new.csv", [{"id": 99_999, "price_kzt": 5}])
    plan = plan_import(catalog, "premises", path)
    assert {(p.code, p.row, p.column) for p in plan.problems} == {
        ("required_column", 1, "town"),
        ("required_column", 1, "title"),
        ("required_column", 1, "kind"),
        ("area_column_missing", 1, "floor_area_m2"),
    }


def test_an_update_is_checked_with_the_stored_fields(catalog: Catalog, tmp_path: Path) -> None:
    """A zone of another town, or a lone coordinate that makes the pair wrong, is refused as in a form."""
    record = next(r for r in catalog.all("premises") if r["zone"] is None and r["lat"] is not None)
    other_zone = next(z for z in catalog.all("zones") if z["town"] != record["town"])
    before = dump(catalog)
    rows = [{"id": record["id"], "zone": other_zone["id"]}, {"id": record["id"], "lat": None}]
    for n, row in enumerate(rows):
        path = write_records(tmp_path / f"check{n}.csv", [row])
        with pytest.raises(ValidationFailed) as failed:
            import_file(catalog, "premises", path)
        assert [p.code for p in failed.value.problems] == ["zone_other_town" if n == 0 else "lat_lon_pair"]
        assert failed.value.problems[0].row == 2
    assert dump(catalog) == before


def test_the_same_id_twice_in_a_file_of_updates_is_one_duplicate_id_problem(catalog: Catalog, tmp_path: Path) -> None:
    (record,) = premises_with_a_description(catalog, 1)
    rows = [{"id": record["id"], "price_kzt": 5}, {"id": record["id"], "price_kzt": 6}]
    plan = plan_import(catalog, "premises", write_records(tmp_path / "twice.csv", rows))
    assert [(p.code, p.row, p.column) for p in plan.problems] == [("duplicate_id", 3, "id")]


def test_replanned_under_the_lock_an_update_merges_with_the_record_as_it_is_then(
    catalog_file: Path, tmp_path: Path
) -> None:
    """Another writer's change between the plan and the write is kept: the update writes only its column."""
    ours, theirs = Catalog.open(catalog_file), Catalog.open(catalog_file)
    (record,) = premises_with_a_description(ours, 1)
    plan = plan_import(ours, "premises", write_records(tmp_path / "price.csv", [{"id": record["id"], "price_kzt": 9}]))
    assert plan.ok
    theirs.update("premises", record["id"], {"title": "Чужая правка"})
    apply_import(ours, plan, if_changed=REPLAN, backup=False)
    after = ours.require("premises", record["id"])
    assert (after["title"], after["price_kzt"], after["version"]) == ("Чужая правка", 9, record["version"] + 2)
    unchanged_except(record, after, "title", "price_kzt")
    ours.close()
    theirs.close()


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_import_of_ids_and_photos_only_replaces_the_photos(catalog: Catalog, tmp_path: Path, fmt: str) -> None:
    first, second = premises_with_a_description(catalog)
    catalog.add_photo(first["id"], "old.png", png(colour="green"))
    first = catalog.require("premises", first["id"])
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "front.jpg").write_bytes(jpeg())
    (tmp_path / "pictures" / "yard.png").write_bytes(png())
    rows = [
        {"id": first["id"], "photos": "pictures/front.jpg; pictures/yard.png"},
        {"id": second["id"], "photos": "pictures/yard.png"},
    ]
    result = import_file(catalog, "premises", write_records(tmp_path / f"photos.{fmt}", rows))
    assert (result.added, result.updated) == (0, 2)
    assert [p["filename"] for p in catalog.photos(first["id"])] == ["front.jpg", "yard.png"]
    assert [p["filename"] for p in catalog.photos(second["id"])] == ["yard.png"]
    for old in (first, second):
        new = catalog.require("premises", old["id"])
        assert new["version"] == old["version"] + 1
        unchanged_except(old, new)


def test_a_photos_only_row_adding_a_record_is_refused(catalog: Catalog, tmp_path: Path) -> None:
    (tmp_path / "front.jpg").write_bytes(jpeg())
    before = dump(catalog)
    path = write_records(tmp_path / "photos.csv", [{"id": 99_999, "photos": "front.jpg"}, {"id": 1, "photos": ""}])
    with pytest.raises(ValidationFailed) as failed:
        import_file(catalog, "premises", path)
    assert {(p.code, p.row) for p in failed.value.problems} == {
        ("new_row_column_missing", 2),
        ("new_row_area_missing", 2),
    }
    assert dump(catalog) == before
