"""PDF guides: the regional guide from the bundled catalog, and a 500-premise brief with photos."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from guide.catalog.bundled import load_bundled
from guide.catalog.store import Catalog
from tests.benchmarks import synthetic
from tests.benchmarks.results import Results
from tests.benchmarks.timing import median, timed

BRIEF_PREMISES = 500
TODAY = dt.date(2026, 1, 1)


def run(results: Results, scratch: Path) -> None:
    try:
        from guide.pdf.builder import build_guide
    except ImportError as exc:
        for key in ("guide_regional_s", "guide_brief_500_s", "guide_pages_per_s"):
            results.missing(key, f"guide.pdf.builder is not importable ({exc})")
        return
    out = scratch / "guide.pdf"
    bundled = Catalog.memory()
    try:
        load_bundled(bundled)
        # The first build also loads the fonts, as the one build of a CLI run does; it counts.
        regional = [timed(lambda: build_guide(bundled, out, lang="ru", today=TODAY)) for _ in range(5)]
        results.value("guide_regional_s", median(regional), "s", regional)
        results.note("guide_regional_first_s", regional[0])
        results.note("guide_regional_pages", build_guide(bundled, out, lang="ru", today=TODAY).pages)
    finally:
        bundled.close()
    catalog = Catalog.open(synthetic.brief_catalog_path(BRIEF_PREMISES), read_only=True)
    try:
        ids = synthetic.brief_ids(catalog, BRIEF_PREMISES)
        built: list = []
        cpu_before = time.process_time()
        seconds = [
            timed(lambda: built.append(build_guide(catalog, out, lang="ru", premises=ids, today=TODAY)))
            for _ in range(3)
        ]
        # CPU time too: on a busy machine the wall-clock figure also counts the waits for a CPU.
        results.note("guide_brief_500_cpu_s", (time.process_time() - cpu_before) / 3)
        pages = built[-1].pages
    finally:
        catalog.close()
    results.value("guide_brief_500_s", median(seconds), "s", seconds)
    rates = [pages / s for s in seconds]
    results.value("guide_pages_per_s", median(rates), "pg/s", rates)
    results.note("guide_brief_500_pages", pages)
    out.unlink(missing_ok=True)
