"""`investor-guide guide`: the PDF from the command line, without a display."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.cli import main
from tests.pdf.pdfcheck import guide_text


def test_regional_guide_by_default(catalog_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "region.pdf"
    assert main(["--db", str(catalog_file), "guide", "-o", str(out), "--today", "2026-11-27"]) == 0
    assert "region guide" in capsys.readouterr().out
    text = guide_text(out)
    assert "Моногорода в сравнении" in text and "27 ноября 2026 г." in text


def test_town_guide_by_names_in_any_language(catalog_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "towns.pdf"
    args = ["--db", str(catalog_file), "guide", "-o", str(out), "--lang", "kk", "--town", "Balkhash", "Абай"]
    assert main(args) == 0
    text = guide_text(out)
    assert "Балқаш" in text and "Абай" in text
    assert "Бос алаңдар" in text  # the Kazakh heading of the premises


def test_shortlist_brief(catalog_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    args = ["--db", str(catalog_file), "guide", "-o", str(out), "--lang", "en", "--premise", "5", "--project", "8"]
    assert main(args) == 0
    text = guide_text(out)
    assert "Investor brief" in text and "A&B <Service> LLP workshop" in text
    assert "Corrugated cardboard packaging plant" in text


def test_unknown_town_exits_2_and_writes_nothing(
    catalog_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["--db", str(catalog_file), "guide", "-o", str(out), "--town", "Atlantis"]) == 2
    err = capsys.readouterr().err
    assert "unknown town 'Atlantis'" in err and "temirtau" in err
    assert not out.exists()


def test_unwritable_target_exits_2(catalog_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "missing" / "x.pdf"
    assert main(["--db", str(catalog_file), "guide", "-o", str(out)]) == 2
    assert "can't write the guide to" in capsys.readouterr().err


def test_bad_arguments_exit_2(catalog_file: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(catalog_file), "guide", "-o", str(tmp_path / "x.pdf"), "--premise", "five"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(catalog_file), "guide", "--lang", "de", "-o", str(tmp_path / "x.pdf")])
    assert exc.value.code == 2
