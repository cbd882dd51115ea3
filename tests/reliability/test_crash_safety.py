"""Crash safety: the real program is killed with SIGKILL at random points, at least 20 times each.

- During a 100,000-row import: the catalog is either unchanged or fully imported,
  and SQLite's integrity check (with the full-text indexes' own) passes.
- During a guide export: an existing PDF at the target stays intact, and the
  temporary files a killed run leaves are removed by the next run.
- During saves (the editing forms' Catalog calls, in a loop): no partial record,
  and every save that was reported done is there.

Kill times are spread evenly over one undisturbed run's duration (each kill at a
random point of its own slice), so every phase of the work gets hit; the seed
is printed on failure.
"""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from guide.catalog.backup import list_backups
from guide.catalog.store import Catalog
from tests.reliability.conftest import BIG_ROWS
from tests.reliability.save_worker import TEXT_FIELDS, expected_numbers
from tests.reliability.support import REPO, cli_env, connection_dump, dump, integrity, run_cli, start_cli

KILLS = 20
SEED = 20260509


def _kill_after(process: subprocess.Popen[bytes], delay: float) -> bool:
    """SIGKILL ``process`` after ``delay`` seconds; True when it was still running then."""
    try:
        process.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return True


def _delays(duration: float, rng: random.Random, *, spread: float = 1.05) -> list[float]:
    """KILLS kill times, one at a random point of each equal slice of ``spread`` × ``duration``."""
    return [(i + rng.random()) / KILLS * duration * spread for i in range(KILLS)]


def _count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


# -- import ------------------------------------------------------------------------


@pytest.mark.slow
def test_a_killed_import_leaves_the_catalog_unchanged_or_fully_imported(
    tmp_path: Path, bundled_catalog_file: Path, big_premises_csv: Path
) -> None:
    base = dump(bundled_catalog_file)
    base_premises = len(base["premises"])
    others = {t: rows for t, rows in base.items() if t != "premises"}

    base_ids = max(r[0] for r in base["premises"])
    # The generator's figures (conftest.big_premises_csv), summed: a cheap fingerprint of 100k rows.
    expected_sums = (sum(100 + n % 900 for n in range(BIG_ROWS)), sum(50 + n % 500 for n in range(BIG_ROWS)))

    def fully_imported(path: Path) -> None:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            now = connection_dump(conn, skip=("premises",))
            assert now == others
            old = conn.execute("SELECT * FROM premises WHERE id <= ? ORDER BY id", [base_ids]).fetchall()
            assert sorted(old, key=repr) == base["premises"]
            count, area, power, titles = conn.execute(
                "SELECT count(*), sum(floor_area_m2), sum(power_kw), count(DISTINCT title) FROM premises "
                "WHERE id > ? AND title LIKE 'Массовый импорт %'",
                [base_ids],
            ).fetchone()
            assert (count, titles) == (BIG_ROWS, BIG_ROWS)
            assert (area, power) == expected_sums
            assert conn.execute("SELECT count(*) FROM premises").fetchone()[0] == base_premises + BIG_ROWS
            hits = conn.execute("SELECT count(*) FROM premises_fts WHERE premises_fts MATCH '\"массовый\"'")
            assert hits.fetchone()[0] == BIG_ROWS
        finally:
            conn.close()

    # One undisturbed run: how long an import takes, and that it really imports.
    reference = tmp_path / "reference" / "catalog.db"
    reference.parent.mkdir()
    shutil.copy(bundled_catalog_file, reference)
    started = time.monotonic()
    result = run_cli("import", "premises", big_premises_csv, db=reference)
    duration = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    fully_imported(reference)

    rng = random.Random(SEED)
    outcomes: dict[str, int] = {"unchanged": 0, "imported": 0}
    killed_while_writing = 0
    for n, delay in enumerate(_delays(duration, rng)):
        path = tmp_path / f"run-{n}" / "catalog.db"
        path.parent.mkdir()
        shutil.copy(bundled_catalog_file, path)
        process = start_cli("import", "premises", big_premises_csv, db=path)
        killed = _kill_after(process, delay)
        backed_up = bool(list_backups(path))
        context = f"seed {SEED}, run {n}, killed after {delay:.2f} s of {duration:.2f} s"

        assert integrity(path) == ["ok"], context
        premises = _count(path, "SELECT count(*) FROM premises")
        if premises == base_premises:
            assert dump(path) == base, context
            outcomes["unchanged"] += 1
            killed_while_writing += killed and backed_up
        else:
            fully_imported(path)
            outcomes["imported"] += 1
        # Whatever happened, the program opens the catalog again.
        Catalog.open(path).close()

    # (The undisturbed reference run showed the other outcome; a late kill may show it too.)
    assert outcomes["unchanged"] >= 5, outcomes
    # Kills that landed after the pre-import backup, inside the write transaction.
    assert killed_while_writing >= 3, (killed_while_writing, outcomes)

    # The last catalog, killed or not, takes a small import normally and its backups are sound.
    small = tmp_path / "small.csv"
    small.write_text("town,title,kind,floor_area_m2\nabai,После сбоя,office,12\n", encoding="utf-8")
    assert run_cli("import", "premises", small, db=path).returncode == 0
    assert _count(path, "SELECT count(*) FROM premises WHERE title = 'После сбоя'") == 1
    for backup in list_backups(path):
        assert integrity(backup) == ["ok"]


# -- guide export --------------------------------------------------------------------


@pytest.mark.slow
def test_a_killed_guide_export_keeps_the_old_pdf_and_its_leftovers_are_cleared(
    tmp_path: Path, bundled_catalog_file: Path
) -> None:
    catalog = tmp_path / "catalog.db"
    shutil.copy(bundled_catalog_file, catalog)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "OUT.pdf"
    args = ("guide", "-o", out, "--today", "2026-05-09")

    # The PDF already there: last week's English guide.
    assert run_cli(*args, "--lang", "en", db=catalog).returncode == 0
    old = out.read_bytes()
    # What a finished run writes (the output is deterministic for a given date).
    reference = tmp_path / "reference.pdf"
    started = time.monotonic()
    result = run_cli("guide", "-o", reference, "--today", "2026-05-09", db=catalog)
    duration = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    new = reference.read_bytes()
    assert new != old
    pages = len(PdfReader(reference).pages)

    rng = random.Random(SEED)
    outcomes = {"old": 0, "new": 0}
    leftovers = 0
    for n, delay in enumerate(_delays(duration, rng, spread=1.1)):
        if out.read_bytes() != old:
            out.write_bytes(old)
        process = start_cli(*args, db=catalog)
        _kill_after(process, delay)
        context = f"seed {SEED}, run {n}, killed after {delay:.2f} s of {duration:.2f} s"
        data = out.read_bytes()
        assert data in (old, new), context
        outcomes["old" if data == old else "new"] += 1
        assert len(PdfReader(out).pages) > 0
        parts = list(folder.glob(".OUT.pdf.*.part"))
        leftovers += len(parts)
        assert len(parts) <= 1, (context, parts)
        assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(".part")) == ["OUT.pdf"]
    assert outcomes["old"] >= 5, outcomes

    # A run killed between writing and renaming leaves a part file (the window is
    # too short to hit reliably at random, so one is planted as it would be left).
    planted = folder / ".OUT.pdf.k1ll3d.part"
    planted.write_bytes(new[: len(new) // 2])
    result = run_cli(*args, db=catalog)
    assert result.returncode == 0, result.stderr
    assert list(folder.glob(".OUT.pdf.*.part")) == [], f"{leftovers} leftovers from kills"
    assert out.read_bytes() == new
    assert len(PdfReader(out).pages) == pages


# -- saves ---------------------------------------------------------------------------


def _check_saves(path: Path, acknowledged: list[str]) -> None:
    """No half-written record, and every save reported as done is in the catalog."""
    catalog = Catalog.open(path)
    try:
        records = {r["id"]: r for r in catalog.all("premises") if str(r["title"]).startswith("save-")}
        for record in records.values():
            mark = record["title"]
            assert all(record[code] == mark for code in TEXT_FIELDS), record
            n = int(mark.rsplit("-", 1)[1])
            for code, value in expected_numbers(n).items():
                assert record[code] == value, (code, record)
            indexed = catalog.db.execute(
                "SELECT title, address, akimat_commitment FROM premises_fts WHERE rowid = ?", [record["id"]]
            ).fetchone()
            assert tuple(indexed) == (mark, mark, mark), (indexed, record)
        # Replay the worker's log: the target first, then its inserts, deleted oldest first.
        target = int(acknowledged[0].split()[1])
        assert target in records
        alive: list[int] = []
        deleted: set[int] = set()
        for line in acknowledged[1:]:
            word, record_id, *rest = line.split()
            if word == "insert":
                alive.append(int(record_id))
            elif word == "delete":
                assert alive.pop(0) == int(record_id), line
                deleted.add(int(record_id))
            else:
                record = records[int(record_id)]
                mark, version = rest[0], int(rest[1])
                assert record["version"] >= version, (line, record["version"])
                assert int(record["title"].rsplit("-", 1)[1]) >= int(mark.rsplit("-", 1)[1]), line
        # The oldest insert may have gone with a delete that committed just before the kill, unreported.
        for record_id in alive[1:]:
            assert record_id in records, f"acknowledged insert {record_id} lost"
        for record_id in deleted - set(alive):
            assert record_id not in records, f"acknowledged delete of {record_id} undone"
    finally:
        catalog.close()


@pytest.mark.slow
def test_a_killed_save_leaves_no_partial_record(tmp_path: Path, bundled_catalog_file: Path) -> None:
    path = tmp_path / "catalog.db"
    shutil.copy(bundled_catalog_file, path)
    rng = random.Random(SEED)
    saves = 0
    for run in range(KILLS):
        worker = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.save_worker", str(path), str(run)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=cli_env(),
            text=True,
        )
        assert worker.stdout is not None
        first = worker.stdout.readline()
        assert first.startswith("insert "), worker.stderr.read() if worker.stderr else first
        assert _kill_after(worker, rng.uniform(0.0, 0.4)), "the worker stopped by itself"
        acknowledged = [first.strip(), *(line.strip() for line in worker.stdout if line.strip())]
        worker.stdout.close()
        assert worker.stderr is not None
        worker.stderr.close()
        saves += len(acknowledged)

        assert integrity(path) == ["ok"], f"run {run}"
        _check_saves(path, acknowledged)
    # Enough saves that kills landed mid-write rather than between runs.
    assert saves >= KILLS * 10, saves
