"""``python -m tests.benchmarks`` (``make bench``): measure, print a table, write build/bench.json.

Environment:
  BENCH_SIZES   catalog sizes in premises, comma-separated (default 10000,100000,1000000)
  BENCH_ONLY    run only these suites, comma-separated: catalog, io, gui, startup, rss, pdf
  BENCH_DIR     where generated catalogs are cached (default build/bench)
  BENCH_OUT     the JSON file to write (default build/bench.json)
  BENCH_PROXY_MAX_SIZE  the largest catalog the QSortFilterProxyModel baseline loads (default 200000)
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from guide.catalog.store import Catalog
from tests.benchmarks import synthetic
from tests.benchmarks.results import Results
from tests.benchmarks.timing import load_average

SUITES = ("catalog", "io", "gui", "startup", "rss", "pdf")
DEFAULT_SIZES = "10000,100000,1000000"


def sizes(text: str | None) -> list[int]:
    """The catalog sizes of ``BENCH_SIZES`` (``10000,100_000``), or the default ones when it is unset or empty."""
    text = text or DEFAULT_SIZES
    try:
        return [int(part.strip().replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise SystemExit(f"BENCH_SIZES: {text!r} is not a comma-separated list of numbers of premises") from None


def _suites() -> tuple[str, ...]:
    text = os.environ.get("BENCH_ONLY")
    if not text:
        return SUITES
    chosen = tuple(s.strip() for s in text.split(",") if s.strip())
    unknown = set(chosen) - set(SUITES)
    if unknown:
        raise SystemExit(f"BENCH_ONLY: unknown suite(s) {', '.join(sorted(unknown))}; known: {', '.join(SUITES)}")
    return chosen


def _say(text: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    import platform
    import sqlite3
    from importlib import metadata

    cpu = ""
    memory = ""
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
        cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), "")
        meminfo = Path("/proc/meminfo").read_text().splitlines()
        kb = next(int(line.split()[1]) for line in meminfo if line.startswith("MemTotal"))
        memory = f"{kb / 1024 / 1024:.1f} GB"
    except (OSError, StopIteration, ValueError):
        pass
    return {
        "cpus": str(os.cpu_count()),
        "cpu": cpu or platform.processor(),
        "memory": memory,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "pyside6": metadata.version("PySide6-Essentials"),
        "reportlab": metadata.version("reportlab"),
        "load_average_at_start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def _remove_stale_scratch(folder: Path) -> None:
    """Scratch folders of runs that were killed (their process is gone)."""
    for old in folder.glob("scratch-*"):
        try:
            pid = int(old.name.split("-")[1])
            os.kill(pid, 0)
        except (ValueError, IndexError, ProcessLookupError):
            shutil.rmtree(old, ignore_errors=True)
        except PermissionError:
            pass


def main() -> int:
    wanted = sizes(os.environ.get("BENCH_SIZES"))
    suites = _suites()
    results = Results()
    results.machine = machine()
    results.load("load_avg_start", load_average())
    _say(", ".join(f"{k}: {v}" for k, v in results.machine.items()))
    folder = synthetic.bench_dir()
    _remove_stale_scratch(folder)
    scratch = Path(tempfile.mkdtemp(prefix=f"scratch-{os.getpid()}-", dir=folder))
    started = time.perf_counter()
    try:
        # The PDF suite uses catalogs of its own: a run of it alone makes none of the sized ones.
        for size in wanted if set(suites) - {"pdf"} else []:
            label = synthetic.size_label(size)
            _say(f"catalog of {size} premises")
            t0 = time.perf_counter()
            path = synthetic.catalog_path(size)
            results.note(f"catalog_ready_s_{label}", time.perf_counter() - t0)
            if "catalog" in suites:
                from tests.benchmarks import catalog_metrics

                _say(f"search, LIKE, filter, match at {label}")
                catalog = Catalog.open(path)
                try:
                    catalog_metrics.run(results, catalog, synthetic.towns(catalog), label, size=size)
                finally:
                    catalog.close()
            if "io" in suites:
                from tests.benchmarks import io_metrics

                _say(f"CSV export and import at {label}")
                io_metrics.run(results, path, scratch, label, size=size)
            if "gui" in suites:
                from tests.benchmarks import gui_metrics

                _say(f"GUI filter and proxy baseline at {label}")
                gui_metrics.run(results, path, scratch, label, size=size)
            if "startup" in suites:
                from tests.benchmarks import process_metrics

                _say(f"startup at {label}")
                process_metrics.run_startup(results, path, scratch, label, times=3 if size > 200_000 else 10)
            if "rss" in suites:
                from tests.benchmarks import process_metrics

                _say(f"peak memory while browsing at {label}")
                process_metrics.run_rss(results, path, scratch, label)
        if "pdf" in suites:
            from tests.benchmarks import pdf_metrics

            _say("PDF guides")
            pdf_metrics.run(results, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    results.note("total_run_s", time.perf_counter() - started)
    results.machine["load_average_at_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    results.load("load_avg_end", load_average())
    out = Path(os.environ.get("BENCH_OUT") or synthetic.ROOT / "build" / "bench.json")
    results.save(out)
    print(results.table())
    print("\n" + ", ".join(f"{k}: {v}" for k, v in results.machine.items()))
    print(f"wrote {out} ({len(results.metrics)} metrics), and bench-details.json and bench.md beside it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
