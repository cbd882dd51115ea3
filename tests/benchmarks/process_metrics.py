"""The GUI as a user starts it: time to the main window, and peak memory while browsing."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

from tests.benchmarks import children
from tests.benchmarks.results import Results, size_of
from tests.benchmarks.timing import median

# Set by the benchmark: the GUI prints "shown <epoch seconds>" once the main window is up, and quits.
EXIT_AFTER_SHOW = "INVESTOR_GUIDE_EXIT_AFTER_SHOW"
# An installed program runs from its bytecode: with PYTHONDONTWRITEBYTECODE set (as in some shells and
# CI images) every start would compile all of guide/ again, about 0.7 s; the warm-up run writes it.
STARTUP_ENV = {EXIT_AFTER_SHOW: "1", "PYTHONDONTWRITEBYTECODE": ""}
BROWSE_ROWS = 10_000
# The largest catalog the every-page scenario opens (the analysis pages held the whole catalog once).
ALL_PAGES_MAX_SIZE = int(os.environ.get("BENCH_ALL_PAGES_MAX_SIZE") or 2_000_000)


def _command() -> list[str]:
    script = Path(sys.executable).with_name("investor-guide")
    return [str(script)] if script.exists() else [sys.executable, "-m", "guide"]


def run_startup(results: Results, catalog_path: Path, scratch: Path, label: str, *, times: int = 10) -> None:
    """``startup_ms``: from spawning ``investor-guide --db PATH`` to its main window being shown."""
    samples = []
    for attempt in range(times + 1):
        shutil.rmtree(scratch / "config", ignore_errors=True)
        start = time.time()
        child = children.run(
            [*_command(), "--db", str(catalog_path)], scratch=scratch, timeout=120, extra_env=STARTUP_ENV
        )
        shown = [line for line in child.stdout.splitlines() if line.startswith("shown ")]
        if not shown:
            results.missing(f"startup_ms_{label}", f"the GUI did not report 'shown' ({EXIT_AFTER_SHOW} hook missing?)")
            return
        if attempt:  # the first run only warms the disk cache
            samples.append((float(shown[-1].split()[1]) - start) * 1000)
    results.value(f"startup_ms_{label}", median(samples), "ms", samples)


def run_rss(results: Results, catalog_path: Path, scratch: Path, label: str, *, times: int = 3) -> None:
    """``peak_rss_mb``: the GUI's peak resident memory (VmHWM) while browsing (scroll, filter, search, sort)."""
    settings = scratch / f"browse-{label}.ini"
    peaks = []
    for _ in range(times):
        child = children.python(
            "tests.benchmarks.gui_child", "browse", str(catalog_path), str(settings), str(BROWSE_ROWS), scratch=scratch
        )
        data = child.result()
        peaks.append(data.get("peak_rss_mb", child.peak_rss_mb))
    # The highest of the runs: a peak is what the machine must have.
    results.value(f"peak_rss_mb_{label}", max(peaks), "MB", peaks)
    results.note(f"browse_rows_scrolled_{label}", data["rows_scrolled"])
    results.note(f"browse_s_{label}", data["seconds"])
    run_all_pages(results, catalog_path, scratch, label)


def run_all_pages(results: Results, catalog_path: Path, scratch: Path, label: str) -> None:
    """``all_pages_rss_mb``: the GUI's peak resident memory after opening every page of the window once."""
    key = f"all_pages_rss_mb_{label}"
    if size_of(label) > ALL_PAGES_MAX_SIZE:
        results.missing(key, f"not run above {ALL_PAGES_MAX_SIZE:,} premises (BENCH_ALL_PAGES_MAX_SIZE)")
        return
    child = children.python(
        "tests.benchmarks.gui_child", "pages", str(catalog_path), str(scratch / f"pages-{label}.ini"), "0",
        scratch=scratch, timeout=1800,
    )  # fmt: skip
    pages = child.result()
    peak = pages.get("peak_rss_mb", child.peak_rss_mb)
    results.value(key, peak, "MB", [peak])
    results.note(f"all_pages_s_{label}", pages["seconds"])
