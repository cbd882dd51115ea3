"""Repeating a measurement and summarising it: median and 95th percentile."""

from __future__ import annotations

import gc
import math
import os
import statistics
import time
from collections.abc import Callable, Iterable
from typing import Any


def p95(samples: Iterable[float]) -> float:
    """The 95th percentile, by the nearest-rank method (a value that really occurred)."""
    ordered = sorted(samples)
    if not ordered:
        raise ValueError("no samples")
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def median(samples: Iterable[float]) -> float:
    return float(statistics.median(list(samples)))


def timed(fn: Callable[[], Any]) -> float:
    """Seconds one call of ``fn`` takes, with the garbage collector held off during it."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start
    finally:
        gc.enable()


def each(calls: Iterable[Callable[[], Any]], *, warmup: int = 3) -> list[float]:
    """Seconds each call takes, after running the first ``warmup`` of them untimed."""
    calls = list(calls)
    for call in calls[:warmup]:
        call()
    return [timed(call) for call in calls]


def repeat(fn: Callable[[], Any], times: int, *, warmup: int = 1) -> list[float]:
    """Seconds each of ``times`` calls of ``fn`` takes, after ``warmup`` untimed calls."""
    for _ in range(warmup):
        fn()
    return [timed(fn) for _ in range(times)]


def load_average() -> float:
    """The machine's 1-minute load average (runnable and waiting processes, this one included)."""
    return os.getloadavg()[0]


def cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def busy(load: float, cpu_count: int) -> bool:
    """Whether a load average means processes were waiting for a CPU: more of them than CPUs."""
    return load > cpu_count
