"""``investor-guide publish``: arguments, refusals and the atomic swap."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.cli import main
from guide.publish import site as site_module
from tests.publish.conftest import publish_site


def test_publish_writes_the_folder(catalog_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "site"
    assert main(["--db", str(catalog_path), "publish", str(out), "--lang", "kk", "en"]) == 0
    assert sorted(p.name for p in out.glob("*.db")) == ["en.db", "kk.db"]
    assert "datasette serve --immutable kk.db --immutable en.db" in capsys.readouterr().out


def test_a_non_empty_folder_is_refused_without_force(catalog_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    assert main(["--db", str(catalog_path), "publish", str(out)]) == 2
    assert "not empty" in capsys.readouterr().err and "--force" in capsys.readouterr().err + "--force"
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert main(["--db", str(catalog_path), "publish", str(out), "--lang", "ru", "--force"]) == 0
    assert not (out / "keep.txt").exists() and (out / "ru.db").exists()


def test_an_empty_folder_is_used(catalog_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    assert main(["--db", str(catalog_path), "publish", str(out), "--lang", "ru"]) == 0
    assert (out / "metadata.json").exists()


@pytest.mark.parametrize("args", [["--lang", "de"], ["--lang"], [], ["--bogus"]])
def test_bad_arguments_exit_2(catalog_path: Path, tmp_path: Path, args: list[str]) -> None:
    argv = ["--db", str(catalog_path), "publish"] + ([str(tmp_path / "site")] if args != [] else []) + args
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert not (tmp_path / "site").exists()


def test_a_file_in_the_way_exits_2(catalog_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    target.write_text("not a folder")
    assert main(["--db", str(catalog_path), "publish", str(target)]) == 2


def test_a_failed_build_leaves_the_good_site_alone(
    catalog_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = publish_site(catalog_path, tmp_path / "site", langs=["ru"])
    before = sorted(p.name for p in out.rglob("*"))

    def broken(*args: object, **kwargs: object) -> list[str]:
        (Path(str(args[0])).parent / "half.db").write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(site_module, "write_language_db", broken)
    with pytest.raises(OSError):
        publish_site(catalog_path, out, langs=["ru"], force=True)
    assert sorted(p.name for p in out.rglob("*")) == before
    assert [p.name for p in tmp_path.iterdir()] == ["site"], "no half-written sibling is left behind"
