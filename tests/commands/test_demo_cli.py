"""`demo list`, `demo remove` and `init --no-demo`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guide.catalog.backup import list_backups
from guide.catalog.store import Catalog
from guide.cli import main
from tests.catalog.files import dump_file


def _totals(path: Path) -> dict[str, int]:
    catalog = Catalog.open(path, read_only=True)
    try:
        return {k: catalog.total(k) for k in ("towns", "premises", "zones", "projects", "suppliers", "indicators")}
    finally:
        catalog.close()


def test_demo_list_counts_without_changing_anything(catalog_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = dump_file(catalog_file)
    assert main(["--db", str(catalog_file), "demo", "list", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found["premises"]) == 30 and "towns" not in found
    assert dump_file(catalog_file) == before


def test_demo_remove_backs_up_first_then_removes_only_the_demo_records(
    catalog_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _totals(catalog_file)
    assert main(["--db", str(catalog_file), "demo", "remove"]) == 0
    out = capsys.readouterr().out
    assert "backed up the catalog to" in out and "30 premises" in out
    after = _totals(catalog_file)
    assert after["premises"] == 0 and after["towns"] == before["towns"] == 6
    assert 0 < after["projects"] < before["projects"]  # the article's projects are real
    backups = list_backups(catalog_file)
    assert backups and "before-demo-remove" in backups[0].name
    assert _totals(backups[0]) == before
    # A second run has nothing to do and says so.
    assert main(["--db", str(catalog_file), "demo", "remove"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_init_no_demo_creates_the_real_data_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "real.db"
    assert main(["--db", str(path), "init", "--no-demo"]) == 0
    out = capsys.readouterr().out
    totals = _totals(path)
    assert totals["premises"] == 0 and totals["towns"] == 6 and totals["projects"] > 0
    assert f"{totals['projects']} projects" in out and "0 premises" in out
    assert main(["--db", str(path), "demo", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1]) == {}
