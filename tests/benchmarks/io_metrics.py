"""Import and export of premises as CSV, through the command line's own code path."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

from guide.cli import main as cli
from tests.benchmarks import children, import_floor, synthetic
from tests.benchmarks.results import Results
from tests.benchmarks.timing import median, timed


def _cli(*argv: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli(list(argv))
    if code != 0:
        raise RuntimeError(f"investor-guide {' '.join(argv)} exited {code}: {err.getvalue()[-2000:]}")


def run(results: Results, catalog_path: Path, scratch: Path, label: str, *, size: int) -> None:
    """``export_csv_s`` and ``import_csv_s``: the median seconds of a few runs each; ``import_rss_mb``: the highest peak.

    Then ``import_floor_s`` and ``import_floor_no_fts_s``: SQLite alone writing the same premises (import_floor).
    """
    times = 1 if size > 200_000 else (3 if size > 20_000 else 5)
    csv_path = scratch / f"premises-{label}.csv"
    exports = [
        timed(lambda: _cli("--db", str(catalog_path), "export", "premises", str(csv_path))) for _ in range(times)
    ]
    results.value(f"export_csv_s_{label}", median(exports), "s", exports)
    results.note(f"csv_mb_{label}", csv_path.stat().st_size / 1e6)
    base = synthetic.base_catalog_path()
    imports, peaks = [], []
    for attempt in range(times):
        # A fresh copy of the towns and zones each time: every run adds all the premises.
        target = synthetic.copy_catalog(base, scratch / f"import-{label}-{attempt}.db")
        # In a process of its own, for the import's own peak memory.
        result = children.python(
            "tests.benchmarks.import_child", str(target), "premises", str(csv_path), scratch=scratch, timeout=3600
        ).result()
        imports.append(result["seconds"])
        peaks.append(result["peak_rss_mb"])
        for leftover in scratch.glob(f"import-{label}-{attempt}.db*"):
            # The catalog, its WAL files and the backup folder the import made.
            if leftover.is_dir():
                shutil.rmtree(leftover)
            else:
                leftover.unlink()
    results.value(f"import_csv_s_{label}", median(imports), "s", imports)
    results.value(f"import_rss_mb_{label}", max(peaks), "MB", peaks)
    csv_path.unlink(missing_ok=True)
    # What of the import is the catalog's own write (see import_floor): once each, beside it.
    for key, figure in import_floor.measure(catalog_path, scratch, label).items():
        if key.startswith("import_floor_rows_"):
            results.note(key, figure)
        else:
            results.value(key, figure, "s")
