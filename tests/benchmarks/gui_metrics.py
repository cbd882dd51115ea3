"""The premises page's filter against the QSortFilterProxyModel baseline, each in a child process."""

from __future__ import annotations

import os
from pathlib import Path

from tests.benchmarks import children
from tests.benchmarks.results import Results
from tests.benchmarks.timing import median

CHILD = "tests.benchmarks.gui_child"
# Above this many premises the baseline is skipped unless asked for: it needs ~10 GB at 1M.
PROXY_MAX_SIZE = int(os.environ.get("BENCH_PROXY_MAX_SIZE") or 200_000)


def run(results: Results, catalog_path: Path, scratch: Path, label: str, *, size: int) -> None:
    """``gui_filter_first_rows_ms`` and ``gui_proxy_baseline_ms``: medians of filter changes."""
    settings = scratch / f"gui-{label}.ini"
    try:
        real = children.python(CHILD, "filter", str(catalog_path), str(settings), "60", scratch=scratch).result()
    except (RuntimeError, ImportError) as exc:
        results.missing(f"gui_filter_first_rows_ms_{label}", str(exc).splitlines()[-1])
    else:
        ms = [s * 1000 for s in real["samples"]]
        results.value(f"gui_filter_first_rows_ms_{label}", median(ms), "ms", ms)
        results.note(f"gui_filter_painted_ms_{label}", median(s * 1000 for s in real["painted"]))
    if size > PROXY_MAX_SIZE:
        results.missing(
            f"gui_proxy_baseline_ms_{label}",
            f"the baseline would hold every premise in Qt items (about 1 GB per 100,000); "
            f"set BENCH_PROXY_MAX_SIZE={size} to run it anyway",
        )
        return
    proxy = children.python(CHILD, "proxy", str(catalog_path), str(settings), "20", scratch=scratch, timeout=1800)
    data = proxy.result()
    ms = [s * 1000 for s in data["samples"]]
    results.value(f"gui_proxy_baseline_ms_{label}", median(ms), "ms", ms)
    results.note(f"gui_proxy_painted_ms_{label}", median(s * 1000 for s in data["painted"]))
    results.note(f"gui_proxy_load_s_{label}", data["load_s"])
    results.note(f"gui_proxy_peak_rss_mb_{label}", data.get("peak_rss_mb", proxy.peak_rss_mb))
