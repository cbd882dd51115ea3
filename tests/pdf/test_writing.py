"""Safe writing, progress and cancelling: what the GUI and a user with a bad path rely on."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from guide.catalog.errors import Cancelled, InvalidInput, NotFoundError
from guide.pdf.builder import build_guide

TODAY = dt.date(2026, 11, 27)
OLD = b"%PDF-1.4 the guide printed last week\n"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_writes_through_a_temporary_file_and_leaves_none(catalog, tmp_path: Path) -> None:
    out = tmp_path / "guide.pdf"
    out.write_bytes(OLD)
    result = build_guide(catalog, out, towns=["abai"], today=TODAY)
    assert result.path == out
    assert out.read_bytes().startswith(b"%PDF-1.4") and out.read_bytes() != OLD
    assert result.size == out.stat().st_size
    assert _leftovers(tmp_path) == []


def test_stale_temporary_files_of_a_killed_run_are_removed(catalog, tmp_path: Path) -> None:
    out = tmp_path / "guide.pdf"
    stale = tmp_path / ".guide.pdf.k1ll3d.part"
    stale.write_bytes(b"half a guide")
    unrelated = tmp_path / ".other.pdf.x.part"
    unrelated.write_bytes(b"not ours")
    build_guide(catalog, out, towns=["abai"], today=TODAY)
    assert not stale.exists()
    assert unrelated.exists()


@pytest.mark.parametrize("where", ["missing folder", "folder is a file", "target is a folder"])
def test_unusable_target_is_refused_clearly(catalog, tmp_path: Path, where: str) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x")
    out = {
        "missing folder": tmp_path / "nowhere" / "guide.pdf",
        "folder is a file": blocker / "guide.pdf",
        "target is a folder": tmp_path,
    }[where]
    with pytest.raises(InvalidInput, match="can't write the guide to"):
        build_guide(catalog, out, today=TODAY)
    assert blocker.read_text() == "x"
    assert _leftovers(tmp_path) == []


def test_read_only_folder_is_refused_for_a_real_unprivileged_user(catalog_file: Path) -> None:
    """The same, through the CLI as a user whom the permissions really stop (root is not stopped by them)."""
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        assert setpriv, "setpriv (util-linux) is needed to drop root for this test"
        as_user = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    else:
        as_user = []
    # A folder everyone may enter and read, but nobody but root may write.
    shared = Path(tempfile.mkdtemp(prefix="guide-ro-", dir="/tmp"))
    try:
        shared.chmod(0o755)
        db = shared / "catalog.db"
        shutil.copy(catalog_file, db)
        db.chmod(0o644)
        out = shared / "guide.pdf"
        out.write_bytes(OLD)
        out.chmod(0o644)
        exe = Path(sys.executable).with_name("investor-guide")
        proc = subprocess.run(
            [*as_user, str(exe), "--db", str(db), "guide", "-o", str(out), "--town", "abai"],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "HOME": str(shared)},
        )
        assert proc.returncode == 2, proc.stderr
        assert str(out) in proc.stderr and "not writable" in proc.stderr
        assert "Traceback" not in proc.stderr
        assert out.read_bytes() == OLD
        assert sorted(p.name for p in shared.iterdir()) == ["catalog.db", "guide.pdf"]
    finally:
        shutil.rmtree(shared)


def test_read_only_file_is_refused_and_kept(catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "guide.pdf"
    out.write_bytes(OLD)
    out.chmod(0o444)
    real_access = os.access
    # As root every file is writable; ask the question a normal user's system would answer.
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == out else real_access(p, mode))
    with pytest.raises(InvalidInput, match="read-only"):
        build_guide(catalog, out, today=TODAY)
    assert out.read_bytes() == OLD


def test_a_failed_rename_leaves_the_old_guide_and_no_temporary_file(
    catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "guide.pdf"
    out.write_bytes(OLD)

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(InvalidInput, match="Permission denied"):
        build_guide(catalog, out, towns=["abai"], today=TODAY)
    assert out.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


def test_progress_counts_up_to_the_total(catalog, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    build_guide(catalog, tmp_path / "g.pdf", progress=lambda d, t, m: seen.append((d, t, m)), today=TODAY)
    done = [d for d, _, _ in seen]
    assert done == sorted(done), "progress went backwards"
    assert len({t for _, t, _ in seen}) == 1
    assert done[-1] == seen[-1][1]
    assert len(seen) > 10
    assert any("Темиртау" in m for _, _, m in seen)  # a step per town chapter
    assert all(m for _, _, m in seen)


@pytest.mark.parametrize("after_calls", [1, 40, 400])
def test_cancel_stops_and_leaves_the_old_file(catalog, tmp_path: Path, after_calls: int) -> None:
    """Cancelled while assembling (1), early in layout (40) or late in it (400): nothing is written."""
    out = tmp_path / "guide.pdf"
    out.write_bytes(OLD)
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > after_calls

    with pytest.raises(Cancelled):
        build_guide(catalog, out, cancelled=cancelled, today=TODAY)
    assert calls > after_calls
    assert out.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


def test_never_cancelled_builds(catalog, tmp_path: Path) -> None:
    result = build_guide(catalog, tmp_path / "g.pdf", towns=["saran"], cancelled=lambda: False, today=TODAY)
    assert result.pages > 3


def test_unknown_inputs_are_refused_before_anything_is_written(catalog, tmp_path: Path) -> None:
    out = tmp_path / "guide.pdf"
    with pytest.raises(NotFoundError, match="unknown town 'Atlantis'"):
        build_guide(catalog, out, towns=["Atlantis"], today=TODAY)
    with pytest.raises(NotFoundError, match="no premises record with id 999"):
        build_guide(catalog, out, premises=[999], today=TODAY)
    with pytest.raises(InvalidInput, match="must be a number"):
        build_guide(catalog, out, projects=["x"], today=TODAY)
    with pytest.raises(InvalidInput, match="unknown language"):
        build_guide(catalog, out, lang="de", today=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_towns_by_name_in_any_language(catalog, tmp_path: Path) -> None:
    result = build_guide(catalog, tmp_path / "g.pdf", towns=["Балқаш", "Шахтинск", "balkhash"], today=TODAY)
    assert result.towns == ["balkhash", "shakhtinsk"]
    assert result.kind == "town"
