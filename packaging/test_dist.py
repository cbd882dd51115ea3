"""Smoke tests of the frozen program in dist/investor-guide (run by `make dist-test`, not `make test`)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "dist" / "investor-guide"
PROGRAM = FOLDER / ("investor-guide.exe" if os.name == "nt" else "investor-guide")


def run(*args: str, home: Path, timeout: float = 300, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the frozen program with a private HOME, so the user's own catalog is never touched."""
    environment = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        **env,
    }
    # The frozen program must not lean on this checkout or its virtualenv.
    for name in ("PYTHONPATH", "VIRTUAL_ENV", "INVESTOR_GUIDE_RESOURCES"):
        environment.pop(name, None)
    return subprocess.run(
        [str(PROGRAM), *args], capture_output=True, text=True, timeout=timeout, env=environment, cwd=home
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path


def test_version_shows_version_and_build_date(home: Path) -> None:
    result = run("--version", home=home)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"investor-guide \d+\.\d+\.\d+ \(\d{4}-\d\d-\d\d\)\n", result.stdout), result.stdout
    assert (FOLDER / "_internal" / "resources" / "build-info.json").is_file()


def test_init_search_and_a_kazakh_guide_with_every_font_embedded(home: Path) -> None:
    catalog = home / "catalog.sqlite"
    result = run("--db", str(catalog), "init", home=home)
    assert result.returncode == 0, result.stderr
    result = run("--db", str(catalog), "search", "Balkhash", "--json", home=home)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found and all(r["town"] == "balkhash" for r in found if "town" in r)
    pdf = home / "region-kk.pdf"
    result = run("--db", str(catalog), "guide", "-o", str(pdf), "--lang", "kk", home=home)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    pdffonts = shutil.which("pdffonts")
    assert pdffonts, "pdffonts (poppler-utils) is needed to check the fonts"
    fonts = subprocess.run([pdffonts, str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts
    for line in fonts:
        # Columns: name type encoding emb sub uni object ID; "emb" must be "yes" for every font.
        assert line.split()[-5] == "yes", line


def test_the_default_catalog_is_in_the_users_data_folder(home: Path) -> None:
    result = run("init", home=home)
    assert result.returncode == 0, result.stderr
    assert (home / "data" / "investor-guide" / "catalog.db").is_file()


def test_the_main_window_is_shown_offscreen_and_closed(home: Path) -> None:
    catalog = home / "catalog.sqlite"
    assert run("--db", str(catalog), "init", home=home).returncode == 0
    result = run(
        "--db", str(catalog), home=home, QT_QPA_PLATFORM="offscreen", INVESTOR_GUIDE_EXIT_AFTER_SHOW="1", timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("shown "), result.stdout + result.stderr


def test_a_missing_part_is_reported_not_a_crash(tmp_path: Path) -> None:
    broken = tmp_path / "investor-guide"
    shutil.copytree(FOLDER, broken, symlinks=True)
    shutil.rmtree(broken / "_internal" / "resources" / "fonts")
    result = subprocess.run(
        [str(broken / PROGRAM.name), "--version"], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert result.returncode == 1
    assert "incomplete" in result.stderr and "fonts" in result.stderr
    assert "Traceback" not in result.stderr
