"""``--version``, the build date, and the message for a program folder with parts missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guide import __version__, paths
from guide.cli import main
from guide.version import version_text


def test_version_shows_the_version_and_a_date(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"investor-guide {__version__} (20") and out.rstrip().endswith(")")


def test_the_frozen_build_date_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "build-info.json").write_text(json.dumps({"build_date": "2030-01-02"}), encoding="utf-8")
    monkeypatch.setattr(paths, "RESOURCES", tmp_path)
    assert version_text() == f"investor-guide {__version__} (2030-01-02)"


def test_missing_program_files_are_named_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("data", "translations", "icons"):
        (tmp_path / name).mkdir()
    monkeypatch.setattr(paths, "RESOURCES", tmp_path)
    assert main(["--version"]) == 1
    err = capsys.readouterr().err
    assert "incomplete" in err and str(tmp_path / "fonts") in err and "Traceback" not in err
