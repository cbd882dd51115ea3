"""One write path: single edits, imports and undo/redo write through guide.catalog.writer.

Also what that path promises across writers (issue 17): two imports planned
at the same time both land whole; a town id that differs only by case is the
existing town; a zone can't be moved away from its premises.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from guide.catalog import fields as F
from guide.catalog.errors import ValidationFailed
from guide.catalog.history import History, dump
from guide.catalog.importer import REPLAN, apply_import, plan_import
from guide.catalog.store import Catalog
from guide.catalog.writer import complete_new
from guide.cli import main

CATALOG = Path(__file__).resolve().parents[2] / "guide" / "catalog"
RECORD_TABLES = {kind.table for kind in F.KINDS.values()}


def test_only_the_writer_writes_record_tables() -> None:
    # Any INSERT/UPDATE/DELETE of a record table, with the table named in the
    # SQL or through a variable, outside writer.py is a second write path.
    writes = re.compile(r"\b(INSERT INTO|UPDATE|DELETE FROM)\s+(\{[^}]*\}|\w+)")
    found = []
    for path in sorted(CATALOG.glob("*.py")):
        if path.name in ("writer.py", "schema.py"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for _, table in writes.findall(line):
                # {kind.table}, {k.table}, {table}: a record table chosen at run time.
                if (table.startswith("{") and "table" in table) or table in RECORD_TABLES:
                    found.append(f"{path.name}:{number}: {line.strip()}")
            if re.search(r"\.table\([^)]*\)\.(insert|update|upsert)", line) and "photos" not in line:
                found.append(f"{path.name}:{number}: {line.strip()}")
    assert found == []


def test_a_form_and_an_import_give_a_new_record_the_same_defaults(catalog: Catalog, tmp_path: Path) -> None:
    values = {"town": "temirtau", "title": "Склад у вокзала", "kind": "warehouse", "floor_area_m2": 100}
    by_form = catalog.require("premises", catalog.insert("premises", dict(values), stamp=False))
    sheet = tmp_path / "p.csv"
    sheet.write_text("town;title;kind;floor_area_m2\ntemirtau;Склад у моста;warehouse;100\n", encoding="utf-8")
    apply_import(catalog, plan_import(catalog, "premises", sheet), backup=False)
    by_import = catalog.where("premises", "title", "Склад у моста")[0]
    for code in F.PREMISES.defaults():
        assert by_form[code] == by_import[code] == F.PREMISES.defaults()[code]
    assert (
        complete_new(F.TOWNS, {"name": "Жезказган", "name_en": "Zhezkazgan"}, stamp_as_of=False)["id"] == "zhezkazgan"
    )


def test_undo_writes_through_the_writer_with_a_new_version(catalog: Catalog) -> None:
    history = History(catalog)
    before = dump(catalog)
    saved = history.edit("premises", 1, {"title": "Новое имя"})
    history.undo()
    assert dump(catalog) == before
    assert catalog.require("premises", 1)["version"] == saved["version"] + 1


# -- issue 17 item 1: two imports at once ------------------------------------------------


def _sheet(path: Path, titles: list[str]) -> Path:
    rows = "".join(f"temirtau;{title};warehouse;120\n" for title in titles)
    path.write_text("town;title;kind;floor_area_m2\n" + rows, encoding="utf-8")
    return path


def _titles(catalog: Catalog) -> list[str]:
    return [r[0] for r in catalog.db.execute("SELECT title FROM premises ORDER BY id")]


def test_two_imports_planned_together_both_land_whole(catalog_file: Path, tmp_path: Path) -> None:
    first, second = Catalog.open(catalog_file), Catalog.open(catalog_file)
    try:
        before = first.total("premises")
        mine = [f"Склад А{n}" for n in range(3)]
        theirs = [f"Склад Б{n}" for n in range(2)]
        plan_a = plan_import(first, "premises", _sheet(tmp_path / "a.csv", mine))
        plan_b = plan_import(second, "premises", _sheet(tmp_path / "b.csv", theirs))
        # Both plans hand out the same new ids: the race of issue 17.
        ids_a = {r["id"] for _, r in plan_a.records}
        assert ids_a & {r["id"] for _, r in plan_b.records}
        assert apply_import(first, plan_a, backup=False).added == 3
        # The command line plans again under the write lock.
        assert apply_import(second, plan_b, backup=False, if_changed=REPLAN).added == 2
        titles = _titles(first)
        assert len(titles) == before + 5
        assert all(titles.count(t) == 1 for t in mine + theirs)
        assert {r["id"] for r in first.all("premises") if r["title"] in mine} == ids_a
    finally:
        first.close()
        second.close()


def test_a_previewed_import_is_refused_when_the_catalog_changed_meanwhile(catalog_file: Path, tmp_path: Path) -> None:
    dialog, other = Catalog.open(catalog_file), Catalog.open(catalog_file)
    try:
        plan = plan_import(dialog, "premises", _sheet(tmp_path / "a.csv", ["Склад из диалога"]))
        other.update("premises", 1, {"title": "Чужая правка"})
        other.insert("premises", {"town": "temirtau", "title": "Чужой склад", "kind": "office", "floor_area_m2": 5})
        before = dump(dialog)
        with pytest.raises(ValidationFailed) as failure:
            apply_import(dialog, plan, backup=False)
        assert [p.code for p in failure.value.problems] == ["catalog_changed"]
        assert "check the file again" in str(failure.value)
        assert dump(dialog) == before
    finally:
        dialog.close()
        other.close()


def test_an_update_planned_before_another_edit_of_that_record_is_refused(catalog_file: Path, tmp_path: Path) -> None:
    dialog, other = Catalog.open(catalog_file), Catalog.open(catalog_file)
    try:
        sheet = tmp_path / "u.csv"
        sheet.write_text("id;town;title;kind;floor_area_m2\n1;temirtau;Моё имя;warehouse;120\n", encoding="utf-8")
        plan = plan_import(dialog, "premises", sheet)
        other.update("premises", 1, {"price_kzt": 777})
        with pytest.raises(ValidationFailed) as failure:
            apply_import(dialog, plan, backup=False)
        assert failure.value.problems[0].params["what"] == "1"
        assert dialog.require("premises", 1)["price_kzt"] == 777
    finally:
        dialog.close()
        other.close()


def test_two_command_line_imports_at_once_add_up(catalog_file: Path, tmp_path: Path) -> None:
    sheets = [_sheet(tmp_path / f"s{n}.csv", [f"Склад {n}-{i}" for i in range(40)]) for n in range(2)]
    catalog = Catalog.open(catalog_file)
    before = catalog.total("premises")
    catalog.close()
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "guide", "--db", str(catalog_file), "import", "premises", str(sheet)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for sheet in sheets
    ]
    results = [run.communicate(timeout=120) + (run.returncode,) for run in runs]
    catalog = Catalog.open(catalog_file)
    try:
        landed = [code == 0 for _, _, code in results]
        # Each import lands whole or fails cleanly (a lock held too long), never half or mixed.
        for out, err, code in results:
            assert code == 0 and "40 added" in out or code == 1 and "locked" in err, (out, err)
        assert catalog.total("premises") == before + 40 * sum(landed)
        titles = _titles(catalog)
        assert all(titles.count(t) == 1 for t in titles if t.startswith("Склад "))
    finally:
        catalog.close()


# -- issue 17 item 4: look-alike town ids -------------------------------------------------


def test_a_town_id_differing_only_by_case_updates_the_existing_town(
    catalog_file: Path, tmp_path: Path, capsys: Any
) -> None:
    sheet = tmp_path / "towns.csv"
    sheet.write_text("id;name;population\n Temirtau ;Темиртау;170000\n", encoding="utf-8")
    catalog = Catalog.open(catalog_file)
    towns_before = catalog.total("towns")
    premises = catalog.count("premises")
    catalog.close()
    assert main(["--db", str(catalog_file), "import", "towns", str(sheet)]) == 0
    assert "0 added, 1 updated" in capsys.readouterr().out
    catalog = Catalog.open(catalog_file)
    try:
        assert catalog.total("towns") == towns_before
        assert catalog.require("towns", "temirtau")["population"] == 170000
        assert catalog.resolve_town("Temirtau") == "temirtau"
        assert len(catalog.where("premises", "town", "temirtau")) and catalog.count("premises") == premises
    finally:
        catalog.close()


def test_the_same_town_twice_in_one_file_by_case_is_a_duplicate(catalog_file: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "towns.csv"
    sheet.write_text("id;name\nZhezkazgan;Жезказган\nzhezkazgan;Жезказган\n", encoding="utf-8")
    catalog = Catalog.open(catalog_file)
    try:
        plan = plan_import(catalog, "towns", sheet)
        assert [(p.code, p.row) for p in plan.problems] == [("duplicate_id", 3)]
    finally:
        catalog.close()


def test_a_new_town_from_a_form_that_only_differs_by_case_is_refused_naming_the_town(catalog: Catalog) -> None:
    with pytest.raises(ValidationFailed) as failure:
        catalog.insert("towns", {"id": "TemirTau", "name": "Темиртау-2"})
    assert "existing town 'temirtau'" in str(failure.value)
    assert failure.value.problems[0].text("kk").count("temirtau") == 2


# -- issue 17 item 9: a zone moved away from its premises ----------------------------------


def test_a_zones_import_that_strands_premises_is_refused_naming_them(
    catalog_file: Path, tmp_path: Path, capsys: Any
) -> None:
    catalog = Catalog.open(catalog_file)
    stranded = [r["id"] for r in catalog.where("premises", "zone", 1)]
    before = dump(catalog)
    catalog.close()
    assert stranded
    sheet = tmp_path / "zones.csv"
    sheet.write_text("id;town;name\n1;karaganda;Промзона Темиртау\n", encoding="utf-8")
    assert main(["--db", str(catalog_file), "import", "zones", str(sheet)]) == 2
    err = capsys.readouterr().err
    assert "row 2, column town: zone 1 would move from temirtau to karaganda" in err
    assert ", ".join(str(p) for p in stranded) in err
    catalog = Catalog.open(catalog_file)
    try:
        assert dump(catalog) == before
    finally:
        catalog.close()


def test_a_zone_without_premises_can_still_move(catalog: Catalog, tmp_path: Path) -> None:
    zone = catalog.insert("zones", {"town": "saran", "name": "Новая зона"})
    sheet = tmp_path / "zones.csv"
    sheet.write_text(f"id;town;name\n{zone};abai;Новая зона\n", encoding="utf-8")
    apply_import(catalog, plan_import(catalog, "zones", sheet), backup=False)
    assert catalog.require("zones", zone)["town"] == "abai"


def test_a_form_edit_that_strands_premises_is_refused_too(catalog: Catalog) -> None:
    with pytest.raises(ValidationFailed) as failure:
        catalog.update("zones", 1, {"town": "karaganda"})
    assert failure.value.problems[0].code == "zone_move_strands_premises"
    assert catalog.require("zones", 1)["town"] == "temirtau"


def test_a_bulk_write_reads_its_records_a_chunk_at_a_time(catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> None:
    # An import streamed from its plan's staging must not be gathered whole
    # here: when the third chunk's first record is read, the first two
    # chunks are already in the catalog (issue 18: an import's memory).
    from guide.catalog import writer

    monkeypatch.setattr(writer, "CHUNK", 3)
    before = catalog.count("premises")
    written_when_read: list[int] = []
    reports: list[tuple[int, int]] = []

    def records() -> Any:
        for n in range(8):
            written_when_read.append(catalog.count("premises") - before)
            yield complete_new(
                F.PREMISES,
                {"id": 900_000 + n, "town": "temirtau", "title": f"Цех {n}", "kind": "warehouse", "floor_area_m2": 10},
                stamp_as_of=False,
            )

    with catalog.transaction():
        catalog.writer.upsert(
            "premises", records(), progress=lambda done, total: reports.append((done, total)), total=8
        )
    assert written_when_read == [0, 0, 0, 3, 3, 3, 6, 6]
    assert reports == [(3, 8), (6, 8), (8, 8)]
    assert catalog.count("premises") == before + 8
