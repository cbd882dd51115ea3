"""The match, check and gaps commands, run through guide.cli.main on real catalog files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from guide.catalog.store import Catalog
from guide.cli import main

DAY = "2026-10-01"


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> Any:
    code, out, err = run(capsys, db, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def small_file(tmp_path: Path) -> Path:
    """A test catalog: two towns, one zone, four premises with known gaps and ages."""
    path = tmp_path / "small.db"
    c = Catalog.open(path, create=True)
    c.insert("towns", {"id": "temirtau", "name": "Темиртау", "name_en": "Temirtau"}, stamp=False)
    c.insert("towns", {"id": "abai", "name": "Абай", "name_en": "Abai"}, stamp=False)
    c.insert("zones", {"town": "temirtau", "name": "Северная", "source": "акимат", "as_of": "2026-09-01"})
    full = {
        "kind": "production_hall",
        "address": "ул. 1",
        "lat": 50.05,
        "lon": 72.96,
        "floor_area_m2": 1500,
        "ownership": "private",
        "deal": "lease",
        "price_kzt": 900_000,
        "power_kw": 600,
        "gas": 1,
        "water": 1,
        "sewerage": 1,
        "heating": 1,
        "rail_siding": 1,
        "distance_rail_km": 1,
        "status": "vacant",
        "contact": "Иван",
        "source": "акимат Темиртау",
        "as_of": "2026-09-01",
    }
    c.insert("premises", {**full, "town": "temirtau", "title": "Полный цех"})  # 1: meets everything, complete
    c.insert(
        "premises",
        {
            **full,
            "town": "temirtau",
            "title": "Цех без газа",
            "gas": 0,
            "zone": 1,
            "missing_infrastructure": "gas",
            "akimat_commitment": "Подвести газ",
            "commitment_due": "2025-12-31",
            "as_of": "2025-09-30",
        },
    )  # 2: overdue, stale at DAY
    c.insert(
        "premises",
        {
            **full,
            "town": "abai",
            "title": "Склад без воды",
            "kind": "warehouse",
            "water": 0,
            "missing_infrastructure": "water",
            "contact": None,
            "source": "demo",
            "as_of": "2025-10-01",
        },
    )  # 3: no commitment, exactly 365 days old
    c.insert("premises", {**full, "town": "abai", "title": "Сданный цех", "status": "leased"})  # 4
    c.close()
    return path


# -- match ---------------------------------------------------------------------


def test_match_json_ranks_met_then_committed_then_missing(capsys: pytest.CaptureFixture[str], small_file: Path) -> None:
    items = run_json(capsys, small_file, "match", "--gas", "--water", "--today", DAY)
    assert [i["id"] for i in items] == [1, 2, 3]  # the leased premise is left out
    first, second, third = items
    assert {"id", "title", "town", "score", "meets", "misses", "committed"} <= set(first)
    assert (first["score"], first["meets"], first["misses"], first["committed"]) == (1.0, ["gas", "water"], [], [])
    assert second["misses"] == ["gas"] and second["committed"] == ["gas"]
    assert second["due"] == "2025-12-31" and second["overdue"] is True
    assert third["misses"] == ["water"] and third["committed"] == [] and third["score"] == 0.5
    assert first["title"] == "Полный цех" and first["town"] == "temirtau" and first["town_name"] == "Темиртау"


def test_match_all_lists_the_leased_premise_last(capsys: pytest.CaptureFixture[str], small_file: Path) -> None:
    items = run_json(capsys, small_file, "match", "--gas", "--all")
    assert items[-1]["id"] == 4 and items[-1]["status"] == "leased"


def test_match_by_town_name_and_kind_label(capsys: pytest.CaptureFixture[str], small_file: Path) -> None:
    items = run_json(capsys, small_file, "match", "--town", "Абай", "--kind", "Склад", "--lang", "en")
    assert items[0]["id"] == 3 and items[0]["meets"] == ["town", "kind"]
    assert items[0]["town_name"] == "Abai"


def test_match_numbers(capsys: pytest.CaptureFixture[str], small_file: Path) -> None:
    items = run_json(
        capsys,
        small_file,
        "match",
        "--min-area",
        "1500",
        "--min-power-kw",
        "601",
        "--max-price",
        "900000",
        "--max-distance-rail",
        "1",
        "--rail",
        "--heating",
        "--sewerage",
    )
    assert items[0]["meets"] == ["area", "heating", "sewerage", "rail_siding", "price", "distance_rail"]
    assert items[0]["misses"] == ["power"]


def test_match_text_output(capsys: pytest.CaptureFixture[str], small_file: Path) -> None:
    code, out, err = run(capsys, small_file, "match", "--gas", "--water", "--today", DAY)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("1.00  #1") and "Полный цех" in lines[0]
    assert "committed by 2025-12-31 (OVERDUE): Газ" in out
    assert "misses: Водоснабжение" in out and "[demo]" in out
    assert "3 premises ranked" in err


def test_match_project_uses_its_stored_needs(capsys: pytest.CaptureFixture[str], catalog_file: Path) -> None:
    items = run_json(capsys, catalog_file, "match", "--project", "7", "--today", DAY)
    assert items[0]["id"] == 20 and items[0]["score"] == 1.0
    assert items[0]["meets"] == ["town", "kind", "area", "power", "water", "heating", "sewerage", "price"]


def test_explicit_options_override_the_project(capsys: pytest.CaptureFixture[str], catalog_file: Path) -> None:
    items = run_json(capsys, catalog_file, "match", "--project", "7", "--town", "temirtau", "--gas")
    top = items[0]
    assert top["town"] == "temirtau"
    assert "gas" in top["meets"] and "town" in top["meets"]
    # The project's other needs still count.
    assert {"kind", "area", "power", "water", "heating", "sewerage", "price"} <= set(top["meets"] + top["misses"])


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["match", "--town", "Атлантида"], "unknown town"),
        (["match", "--project", "999"], "no projects record with id 999"),
        (["match", "--kind", "castle"], "unknown premise kind"),
        (["gaps", "--town", "nowhere"], "unknown town"),
    ],
)
def test_bad_input_exits_2(
    capsys: pytest.CaptureFixture[str], catalog_file: Path, argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, catalog_file, *argv)
    assert code == 2 and out == "" and message in err


@pytest.mark.parametrize(
    "argv",
    [
        ["match", "--min-area", "-5"],
        ["match", "--max-price", "lots"],
        ["check", "--stale-days", "x"],
        ["gaps", "--today", "31.12.2026"],
    ],
)
def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str], catalog_file: Path, argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(catalog_file), *argv])
    assert exc.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_missing_catalog_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, tmp_path / "none.db", "check")
    assert code == 1 and "no catalog here" in err


# -- check -----------------------------------------------------------------------


def test_check_json_on_the_test_catalog(capsys: pytest.CaptureFixture[str], small_file: Path) -> None:
    items = run_json(capsys, small_file, "check", "--today", DAY)
    found = {(i["kind"], i["id"]): i for i in items}
    assert set(found) == {("towns", "abai"), ("towns", "temirtau"), ("zones", 1), ("premises", 2), ("premises", 3)}
    assert [i["kind"] for i in items] == ["towns", "towns", "zones", "premises", "premises"]
    # A new zone takes the documented default status ("planned"), so status is not missing.
    # Missing fields are listed in the kind's field order (fields.py).
    assert found[("zones", 1)]["missing"] == ["area_ha", "sectors", "address", "lat", "lon", "contact"]
    assert found[("towns", "abai")]["unverified"] is True and "as_of" in found[("towns", "abai")]["missing"]
    stale = found[("premises", 2)]
    assert stale["stale"] is True and stale["missing"] == [] and stale["as_of"] == "2025-09-30"
    assert stale["age_days"] == 366
    demo = found[("premises", 3)]
    # Exactly 365 days old: not stale yet.
    assert demo["demo"] is True and demo["stale"] is False and demo["missing"] == ["contact"]
    assert demo["completeness"] == pytest.approx(20 / 21, abs=0.001)


def test_check_stale_days_option(capsys: pytest.CaptureFixture[str], small_file: Path) -> None:
    items = run_json(capsys, small_file, "check", "--today", DAY, "--stale-days", "364", "--kind", "premises")
    assert sorted(i["id"] for i in items if i["stale"]) == [2, 3]
    items = run_json(capsys, small_file, "check", "--today", DAY, "--stale-days", "1000", "--kind", "premises")
    assert [i["id"] for i in items] == [3]  # only the demo one remains


def test_check_text_output(capsys: pytest.CaptureFixture[str], small_file: Path) -> None:
    code, out, err = run(capsys, small_file, "check", "--today", DAY, "--kind", "premises")
    assert code == 0
    assert out.splitlines() == [
        "premises    2          Цех без газа (temirtau): 100% complete; stale: as of 2025-09-30 (366 days)",
        "premises    3          Склад без воды (abai): 95% complete; missing: contact; demo data",
    ]
    assert "2 records to look at: 1 incomplete, 1 stale (over 365 days), 0 unverified, 1 demo" in err


def test_check_bundled_catalog_finds_the_stale_demo_premises(
    capsys: pytest.CaptureFixture[str], catalog_file: Path
) -> None:
    items = run_json(capsys, catalog_file, "check", "--today", DAY, "--kind", "premises")
    assert sorted(i["id"] for i in items if i["stale"]) == [7, 13, 16, 19, 25]
    assert len(items) == 30 and all(i["demo"] for i in items)


# -- gaps ------------------------------------------------------------------------


def test_gaps_json_on_the_test_catalog(capsys: pytest.CaptureFixture[str], small_file: Path) -> None:
    data = run_json(capsys, small_file, "gaps", "--today", DAY)
    assert data["today"] == DAY
    assert data["totals"] == {
        "premises": 2,
        "missing": 2,
        "committed": 1,
        "uncommitted": 1,
        "overdue": 1,
        "by_utility": {"gas": 1, "water": 1},
    }
    abai, temirtau = data["towns"]
    assert (abai["town"], abai["town_name"], temirtau["town"]) == ("abai", "Абай", "temirtau")
    (zone,) = temirtau["zones"]
    assert (zone["zone"], zone["zone_name"]) == (1, "Северная")
    (item,) = zone["items"]
    assert item["premise_id"] == 2 and item["missing"] == ["gas"]
    assert item["commitment"] == "Подвести газ" and item["due"] == "2025-12-31" and item["overdue"] is True
    (abai_zone,) = abai["zones"]
    assert abai_zone["zone"] is None
    assert abai_zone["items"][0]["committed"] is False and abai_zone["items"][0]["demo"] is True


def test_gaps_text_output(capsys: pytest.CaptureFixture[str], small_file: Path) -> None:
    code, out, _ = run(capsys, small_file, "gaps", "--today", DAY)
    assert code == 0
    assert out.splitlines() == [
        "Абай (abai): 1 premises lack 1 items; 0 committed (0 overdue), 1 without a commitment",
        "  outside any small industrial zone",
        "    #3     Склад без воды [demo]",
        "           lacks: Водоснабжение",
        "           no commitment",
        "Темиртау (temirtau): 1 premises lack 1 items; 1 committed (1 overdue), 0 without a commitment",
        "  Северная",
        "    #2     Цех без газа",
        "           lacks: Газ",
        "           committed by 2025-12-31 OVERDUE: Подвести газ",
        "Total: 2 premises lack 2 items; 1 committed (1 overdue), 1 without a commitment",
    ]


def test_gaps_on_the_bundled_catalog(capsys: pytest.CaptureFixture[str], catalog_file: Path) -> None:
    data = run_json(capsys, catalog_file, "gaps", "--today", DAY, "--town", "Балқаш")
    assert [t["town"] for t in data["towns"]] == ["balkhash"]
    everything = run_json(capsys, catalog_file, "gaps", "--today", DAY)
    totals = everything["totals"]
    assert (totals["premises"], totals["committed"], totals["overdue"]) == (16, 14, 6)


def test_the_commands_never_write(capsys: pytest.CaptureFixture[str], small_file: Path) -> None:
    before = small_file.read_bytes()
    for argv in (["match", "--gas"], ["check"], ["gaps"]):
        assert run(capsys, small_file, *argv)[0] == 0
    assert small_file.read_bytes() == before
