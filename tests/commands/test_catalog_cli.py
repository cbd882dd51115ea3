"""The command-line contract: init, exit codes, messages without tracebacks, no display."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from guide.catalog.backup import backup_folder, list_backups
from guide.catalog.store import Catalog
from guide.cli import main
from tests.catalog.files import dump_file

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The installed console script when there is one (it is what users run), else ``python -m guide``."""
    script = Path(sys.executable).with_name("investor-guide")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "guide"]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=120
    )


# -- init ----------------------------------------------------------------------------


def test_init_creates_the_catalog_from_the_bundled_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sub" / "karaganda.db"
    assert main(["--db", str(path), "init"]) == 0
    out = capsys.readouterr().out
    catalog = Catalog.open(path, read_only=True)
    try:
        totals = {kind: catalog.total(kind) for kind in ("towns", "premises", "zones", "projects", "suppliers")}
    finally:
        catalog.close()
    assert out.startswith(f"created {path}: ")
    for kind, total in totals.items():
        assert f"{total} {kind}" in out
    assert totals["towns"] == 6 and totals["premises"] >= 24


def test_init_refuses_to_overwrite_without_force(catalog_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = dump_file(catalog_file)
    assert main(["--db", str(catalog_file), "init"]) == 2
    err = capsys.readouterr().err
    assert "a catalog exists already; use --force" in err
    assert err.count("\n") == 1
    assert dump_file(catalog_file) == before
    assert not backup_folder(catalog_file).exists()


def test_init_force_replaces_and_keeps_a_backup(catalog_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    catalog = Catalog.open(catalog_file)
    marker = catalog.insert(
        "premises", {"town": "abai", "title": "Запись пользователя", "kind": "office", "floor_area_m2": 12}
    )
    catalog.close()

    assert main(["--db", str(catalog_file), "init", "--force"]) == 0
    out = capsys.readouterr().out
    (backup,) = list_backups(catalog_file)
    assert f"backed up the old catalog to {backup}" in out
    assert f"created {catalog_file}" in out

    fresh = Catalog.open(catalog_file, read_only=True)
    old = Catalog.open(backup, read_only=True)
    try:
        assert fresh.get("premises", marker) is None
        assert old.require("premises", marker)["title"] == "Запись пользователя"
        assert fresh.total("premises") == old.total("premises") - 1
    finally:
        fresh.close()
        old.close()


def test_init_if_missing_leaves_an_existing_catalog_alone(
    catalog_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump_file(catalog_file)
    assert main(["--db", str(catalog_file), "init", "--if-missing"]) == 0
    assert dump_file(catalog_file) == before
    other = tmp_path / "new.db"
    assert main(["--db", str(other), "init", "--if-missing"]) == 0
    assert other.exists()


def test_init_refuses_to_replace_something_that_is_not_a_catalog(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--force on a file that isn't a catalog (a typo in --db) must not destroy it."""
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"PK\x03\x04 somebody's spreadsheet")
    assert main(["--db", str(path), "init", "--force"]) == 1
    assert "not an Investor Guide catalog" in capsys.readouterr().err
    assert path.read_bytes() == b"PK\x03\x04 somebody's spreadsheet"


# -- exit codes and messages ------------------------------------------------------------


def test_success_is_exit_0(catalog_file: Path) -> None:
    result = run("--db", str(catalog_file), "search", "--json", "--kind", "towns", "Сарань")
    assert result.returncode == 0, result.stderr
    assert [item["id"] for item in json.loads(result.stdout)] == ["saran"]


@pytest.mark.parametrize(
    "args",
    [
        ["import", "widgets", "x.csv"],
        ["template", "premises", "t.csv", "--lang", "de"],
        ["search", "--kind", "planets"],
        ["search", "--limit", "many"],
        ["no-such-command"],
        ["import", "premises"],
    ],
    ids=["unknown kind", "unknown language", "unknown search kind", "bad limit", "unknown command", "missing file"],
)
def test_bad_arguments_exit_2_with_usage(catalog_file: Path, args: list[str]) -> None:
    result = run("--db", str(catalog_file), *args)
    assert result.returncode == 2
    assert "usage: investor-guide" in result.stderr and "error:" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_a_rejected_import_exits_2_without_traceback(catalog_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("town,title,kind,floor_area_m2\nАтлантида,Цех,office,-5\n", encoding="utf-8")
    before = dump_file(catalog_file)
    result = run("--db", str(catalog_file), "import", "premises", str(bad))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"error: {bad}, row 2, column town: unknown town 'Атлантида'",
        f"error: {bad}, row 2, column floor_area_m2: must be greater than zero, not -5",
        f"nothing imported: 2 problem(s) in {bad}",
    ]
    assert dump_file(catalog_file) == before


def test_a_missing_catalog_is_one_line(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "nowhere.db"), "search", "цех")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"investor-guide: {tmp_path / 'nowhere.db'}: no catalog here; create one with `investor-guide init`"
    ]
    assert not (tmp_path / "nowhere.db").exists()


@pytest.fixture
def tampered_catalog(catalog_file: Path) -> Path:
    """A catalog another tool has written nonsense into: an area that is a BLOB."""
    conn = sqlite3.connect(str(catalog_file))
    conn.execute("UPDATE premises SET floor_area_m2 = x'00ff' WHERE id = 1")
    conn.commit()
    conn.close()
    return catalog_file


def test_an_unexpected_error_is_one_line_exit_1(tampered_catalog: Path) -> None:
    result = run("--db", str(tampered_catalog), "search", "--json", "--kind", "premises")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("investor-guide: unexpected error: ") and "--debug" in lines[0]
    assert "Traceback" not in result.stderr


def test_debug_shows_the_traceback(tampered_catalog: Path) -> None:
    result = run("--debug", "--db", str(tampered_catalog), "search", "--json", "--kind", "premises")
    assert result.returncode == 1
    assert "Traceback (most recent call last)" in result.stderr


# -- the GUI without a display ------------------------------------------------------------


def test_no_display_gives_a_clear_message(catalog_file: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run("--db", str(catalog_file), env=env)
    assert result.returncode == 1
    assert "no display" in result.stderr and "investor-guide --help" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("init", "import", "export", "template", "search", "backup", "restore"):
        assert command in result.stdout


def test_python_dash_m_guide_works(catalog_file: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "guide", "--db", str(catalog_file), "search", "--json", "--kind", "towns"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0
    assert {item["id"] for item in json.loads(result.stdout)} == {
        "temirtau",
        "balkhash",
        "shakhtinsk",
        "abai",
        "saran",
        "karaganda",
    }
