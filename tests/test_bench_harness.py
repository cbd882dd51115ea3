"""The benchmark harness (``make bench``) itself: its sizes, targets, tables and load handling.

Nothing here times anything; the measurements live in tests/benchmarks and never run under pytest.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest

from guide.catalog.store import Catalog
from tests.benchmarks import catalog_metrics, import_floor, synthetic, workload
from tests.benchmarks.__main__ import sizes
from tests.benchmarks.results import TARGETS, Results, target_of
from tests.benchmarks.timing import busy, cpus


def test_the_default_run_includes_the_million_and_bench_sizes_narrows_it() -> None:
    assert sizes(None) == [10_000, 100_000, 1_000_000]
    assert sizes("") == [10_000, 100_000, 1_000_000]
    assert sizes("10000, 100_000") == [10_000, 100_000]
    with pytest.raises(SystemExit, match="BENCH_SIZES"):
        sizes("10k")


@pytest.mark.parametrize(
    ("key", "bound"),
    [
        ("import_csv_s_100k", 5),
        ("import_csv_s_1m", 60),
        ("import_rss_mb_1m", 1000),
        ("match_p95_ms_100k", 100),
        ("match_p95_ms_1m", 1000),
        ("startup_ms_100k", 700),
        ("startup_ms_1m", 1000),
        ("peak_rss_mb_1m", 300),
        ("all_pages_rss_mb_100k", 400),
        ("guide_brief_500_s", 8),
        ("guide_regional_s", 0.5),
        ("search_p95_ms_100k", 20),
        ("filter_p95_ms_100k", 20),
        ("search_p95_ms_1m", 60),
        ("filter_p95_ms_1m", 60),
    ],
)
def test_issue_18_targets_are_judged(key: str, bound: float) -> None:
    assert TARGETS[key] == ("<=", bound)
    results = Results()
    results.value(key, bound, "s")
    assert results.verdict(key).endswith("ok")
    results.value(key, bound * 1.01, "s")
    assert results.verdict(key).endswith("MISSED")


def test_a_repeated_batch_is_judged_like_the_first_and_printed_with_its_load() -> None:
    results = Results()
    results.load("load_avg_start", 3.5)
    results.latency("search", "100k", [0.010] * 20)
    results.load("load_avg_search_100k", 3.25)
    results.latency("search", "100k_again", [0.030] * 20)
    results.load("load_avg_search_100k_again", 2.5)
    results.latency("search_like", "100k", [0.100] * 20)
    assert results.verdict("search_p95_ms_100k") == "<= 20  ok"
    assert results.verdict("search_p95_ms_100k_again") == "<= 20  MISSED"
    table = results.table()
    assert "load_avg_search_100k_again" in table and "3.25" in table
    # The baseline ratio compares the first batch only: the repeat has no LIKE figures of its own.
    assert [name for name, _, _ in results.ratios()] == ["search vs LIKE (100k)"]
    assert results.ratios()[0][1] == pytest.approx(10.0)


def test_the_table_names_the_targets_a_narrowed_run_left_out() -> None:
    results = Results()
    results.value("guide_brief_500_s", 7.0, "s")
    results.missing("guide_regional_s", "not importable")
    for text in (results.table(), results.markdown()):
        assert "import_csv_s_1m" in text.splitlines()[-1]
        assert "guide_brief_500_s" not in text.splitlines()[-1]
        assert "guide_regional_s" not in text.splitlines()[-1]


def test_bench_json_is_flat_and_holds_the_loads(tmp_path: Path) -> None:
    results = Results()
    results.load("load_avg_start", 1.234)
    results.value("guide_brief_500_s", 7.0, "s", [7.0, 7.5, 6.5])
    results.note("guide_brief_500_pages", 603)
    results.save(tmp_path / "bench.json")
    data = json.loads((tmp_path / "bench.json").read_text())
    assert data == {"load_avg_start": 1.23, "guide_brief_500_s": 7.0}
    details = json.loads((tmp_path / "bench-details.json").read_text())
    assert details["notes"] == {"guide_brief_500_pages": 603}
    assert "| `load_avg_start` | 1.23 load |" in (tmp_path / "bench.md").read_text()


def test_bench_details_keep_every_run_in_the_order_measured(tmp_path: Path) -> None:
    """A p95 far above its median is a few slow runs: the details say which ones (the first of a kind?)."""
    results = Results()
    results.latency("filter", "100k", [0.1125, 0.002, 0.003])
    results.value("startup_ms_100k", 600.0, "ms", [650.0, 600.0, 590.0])
    results.save(tmp_path / "bench.json")
    rows = {row["key"]: row for row in json.loads((tmp_path / "bench-details.json").read_text())["rows"]}
    assert rows["filter_p95_ms_100k"]["samples"] == [112.5, 2.0, 3.0]
    assert rows["startup_ms_100k"]["samples"] == [650.0, 600.0, 590.0]


def test_busy_means_more_runnable_processes_than_cpus() -> None:
    assert busy(2.01, 2)
    assert not busy(2.0, 2)
    assert not busy(0.5, 1)
    assert cpus() >= 1


@pytest.fixture(scope="module")
def small_catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bench")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BENCH_DIR", str(folder))
        return synthetic.catalog_path(400)


@pytest.mark.parametrize("load", [0.0, 1000.0])
def test_searches_are_measured_again_when_the_machine_is_busy(
    small_catalog: Path, monkeypatch: pytest.MonkeyPatch, load: float
) -> None:
    # The load average is the machine's; the test sets what the harness reads of it.
    monkeypatch.setattr(catalog_metrics, "load_average", lambda: load)
    results = Results()
    catalog = Catalog.open(small_catalog, read_only=True)
    try:
        towns = synthetic.towns(catalog)
        searches = workload.searches(catalog, towns, 5)
        cases = workload.filter_cases(towns, 5)
        catalog_metrics.searches_and_filters(results, catalog, searches, cases, "400")
    finally:
        catalog.close()
    assert results.metrics["load_avg_search_400"] == load
    assert {"search_p95_ms_400", "filter_p95_ms_400"} <= set(results.metrics)
    again = {"search_p95_ms_400_again", "filter_p95_ms_400_again", "load_avg_search_400_again"}
    if busy(load, cpus()):
        assert again <= set(results.metrics)
        assert results.metrics["load_avg_search_400_again"] == load
        assert [row.n for row in results.rows if row.key.startswith("search_p95")] == [5, 5]
    else:
        assert not again & set(results.metrics)


def test_filters_and_matches_run_once_before_the_batch_that_is_judged(
    small_catalog: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first run of each filter and match after opening the catalog is recorded apart (``*_first``), unjudged."""
    # Four of each, not 300: every timed call collects garbage first, slow in a big test process.
    searches, filter_cases = workload.searches, workload.filter_cases
    monkeypatch.setattr(workload, "searches", lambda catalog, towns, count: searches(catalog, towns, 4))
    monkeypatch.setattr(workload, "filter_cases", lambda towns, count, seed=2: filter_cases(towns, 4, seed=seed))
    results = Results()
    catalog = Catalog.open(small_catalog, read_only=True)
    try:
        catalog_metrics.run(results, catalog, synthetic.towns(catalog), "400", size=400)
    finally:
        catalog.close()
    order = [row.key for row in results.rows]
    assert order.index("filter_first_p95_ms_400") < order.index("filter_p95_ms_400")
    assert order.index("match_first_p95_ms_400") < order.index("match_p95_ms_400")
    runs = {row.key: row.n for row in results.rows}
    assert runs["filter_first_p95_ms_400"] == runs["filter_p95_ms_400"] == 4
    assert runs["match_first_p95_ms_400"] == runs["match_p95_ms_400"] == 4
    assert target_of("filter_first_p95_ms_100k") is None and target_of("match_first_p95_ms_100k") is None


def test_a_cache_of_another_schema_version_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Branches before and after a migration share BENCH_DIR: neither deletes the other's catalogs."""
    monkeypatch.setenv("BENCH_DIR", str(tmp_path))
    version = synthetic.SCHEMA_VERSION
    other_version = tmp_path / f"base-g1-s{version - 1}-0123456789.db"
    same_version_stale = tmp_path / f"base-g0-s{version}-0123456789.db"
    for path in (other_version, same_version_stale):
        path.write_bytes(b"")
    made = synthetic._cached("base", lambda catalog: None)
    assert made.exists()
    assert other_version.exists()
    assert not same_version_stale.exists()


def test_the_import_floor_writes_what_the_base_lacks_through_the_catalogs_own_triggers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The floor is the real write (indexes, triggers, full-text index), or, when asked, without the index."""
    monkeypatch.setenv("BENCH_DIR", str(tmp_path))
    source = synthetic.copy_catalog(synthetic.base_catalog_path(), tmp_path / "source.db")
    with contextlib.closing(sqlite3.connect(source)) as db, db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(premises)")]
        chosen = ", ".join(
            {"id": "id + 100000", "title": "'Флорпроверка ' || id"}.get(column, column) for column in columns
        )
        db.execute(f"INSERT INTO premises ({', '.join(columns)}) SELECT {chosen} FROM premises ORDER BY id LIMIT 3")

    found = {}
    for full_text in (True, False):
        target = synthetic.copy_catalog(synthetic.base_catalog_path(), tmp_path / f"target-{full_text}.db")
        seconds, added = import_floor.write_seconds(source, target, full_text=full_text)
        assert seconds > 0 and added == 3
        with contextlib.closing(sqlite3.connect(target)) as db:
            found[full_text] = db.execute(
                "SELECT count(*) FROM premises_fts WHERE premises_fts MATCH 'флорпроверка'"
            ).fetchone()[0]
            # The trigger the write without the index went around is back.
            assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'premises_fts_ai'").fetchone()[0] == 1
            assert db.execute("SELECT count(*) FROM premises WHERE id > 100000").fetchone()[0] == 3
    assert found == {True: 3, False: 0}
