"""Search, filter and matching on a synthetic catalog, and their baselines.

A search or a filter is measured as the GUI runs it when the user types or
changes a filter: the number of matching records (for "N of M") and the
first page of them, through the catalog's public API.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from typing import Any

from guide.catalog import fields as F
from guide.catalog.search import Filters
from guide.catalog.store import Catalog
from tests.benchmarks import workload
from tests.benchmarks.results import AGAIN, Results
from tests.benchmarks.synthetic import Town
from tests.benchmarks.timing import busy, cpus, each, load_average

PAGE = 100


def search_once(catalog: Catalog, search: workload.Search) -> int:
    filters = Filters(towns=[search.town])
    count = catalog.count("premises", filters, search.text)
    catalog.query("premises", filters, search.text, limit=PAGE)
    return count


def like_once(catalog: Catalog, search: workload.Search) -> int:
    """The obvious approach: every word must be a substring of one of the searched columns."""
    columns = F.PREMISES.search_fields
    clauses = ["town = ?"]
    params: list[Any] = [search.town]
    for word in workload.search_words(search.text):
        clauses.append("(" + " OR ".join(f"{c} LIKE ?" for c in columns) + ")")
        params.extend([f"%{word}%"] * len(columns))
    where = " AND ".join(clauses)
    count = catalog.db.execute(f"SELECT count(*) FROM premises WHERE {where}", params).fetchone()[0]
    catalog.db.execute(f"SELECT * FROM premises WHERE {where} ORDER BY id LIMIT {PAGE}", params).fetchall()
    return int(count)


def filter_once(catalog: Catalog, filters: Filters) -> int:
    count = catalog.count("premises", filters)
    catalog.query("premises", filters, limit=PAGE)
    return count


def run(results: Results, catalog: Catalog, towns: list[Town], label: str, *, size: int) -> None:
    """search, search_like, filter and match percentiles for one catalog size.

    The searches and filters are measured as one batch. When the machine was busy during it
    (see :func:`search_batch`), the same batch is measured once more right away and recorded
    beside the first with the suffix ``_again``, with its own load: two figures under different
    loads show what the load did, where keeping only the better one would hide it.
    """
    big = size > 200_000
    searches = workload.searches(catalog, towns, 200 if big else 300)
    # One untimed pass (it also counts the searches that find something): the
    # catalog's pages are in the cache, as they are while a user types.
    found = [search_once(catalog, s) for s in searches]
    results.note(f"searches_with_hits_{label}", sum(1 for n in found if n) / len(found))
    cases = workload.filter_cases(towns, 200 if big else 300)
    # The same for the filters, but timed and kept as ``filter_first``: the first time a filter
    # runs after the catalog is opened its pages may come from the disk (at 1M, medians 44 ms
    # against 14 ms once read), which the timed batch, like a user's next filters, no longer pays.
    first_pass("filter", results, [_bind(filter_once, catalog, f) for f in cases], label)
    searches_and_filters(results, catalog, searches, cases, label)
    like = searches[: 40 if big else 100]
    results.latency("search_like", label, each([_bind(like_once, catalog, s) for s in like]))
    run_match(results, catalog, towns, label, big=big)


def searches_and_filters(
    results: Results, catalog: Catalog, searches: list[workload.Search], cases: list[Filters], label: str
) -> None:
    """The batch of searches and filters, and once more if the machine was busy during it."""
    if busy(search_batch(results, catalog, searches, cases, label), cpus()):
        search_batch(results, catalog, searches, cases, label + AGAIN)


def search_batch(
    results: Results, catalog: Catalog, searches: list[workload.Search], cases: list[Filters], label: str
) -> float:
    """``search`` and ``filter`` percentiles and ``load_avg_search``, the load during them, which it returns.

    The load recorded is the higher of the 1-minute load averages read at the start and at the
    end of the batch.
    """
    before = load_average()
    results.latency("search", label, each([_bind(search_once, catalog, s) for s in searches]))
    results.latency("filter", label, each([_bind(filter_once, catalog, f) for f in cases]))
    load = max(before, load_average())
    results.load(f"load_avg_search_{label}", load)
    return load


def run_match(results: Results, catalog: Catalog, towns: list[Town], label: str, *, big: bool) -> None:
    try:
        from guide.catalog.match import Needs, match_premises
    except ImportError as exc:
        results.missing(f"match_p95_ms_{label}", f"guide.catalog.match is not importable ({exc})")
        return
    today = dt.date(2026, 1, 1)
    cases = workload.filter_cases(towns, 3 if big else 30, seed=3)
    calls = [
        functools.partial(
            match_premises,
            catalog,
            Needs(towns=c.towns, min_area_m2=c.min_area_m2, min_power_kw=c.min_power_kw, rail=True, gas=True),
            today=today,
            limit=50,
        )
        for c in cases
    ]
    first_pass("match", results, calls, label)
    results.latency("match", label, each(calls, warmup=0))


def first_pass(name: str, results: Results, calls: Sequence[Callable[[], Any]], label: str) -> None:
    """``{name}_first`` percentiles: each call run once, before the batch that is judged.

    Judged against no target, recorded so that a cold cache shows in the numbers.
    """
    results.latency(f"{name}_first", label, each(calls, warmup=0))


def _bind(fn: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    return lambda: fn(*args)
