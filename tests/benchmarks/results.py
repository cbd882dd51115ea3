"""Collecting the figures of a run, checking them against the targets, printing and saving them."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from tests.benchmarks.timing import median, p95

# Targets by metric name (size suffix included): (at most / at least, bound). Issue 18's targets,
# and issue 8's where issue 18 set none (10k start-up, browsing memory at 10k and 100k, the GUI filter).
TARGETS: dict[str, tuple[str, float]] = {
    "search_p95_ms_100k": ("<=", 20),
    "search_p95_ms_1m": ("<=", 60),
    "filter_p95_ms_100k": ("<=", 20),
    "filter_p95_ms_1m": ("<=", 60),
    "match_p95_ms_100k": ("<=", 100),
    "match_p95_ms_1m": ("<=", 1000),
    "gui_filter_first_rows_ms_100k": ("<=", 50),
    "startup_ms_10k": ("<=", 800),
    "startup_ms_100k": ("<=", 700),
    "startup_ms_1m": ("<=", 1000),
    "import_csv_s_100k": ("<=", 5),
    "import_csv_s_1m": ("<=", 60),
    "import_rss_mb_1m": ("<=", 1000),
    "peak_rss_mb_10k": ("<=", 250),
    "peak_rss_mb_100k": ("<=", 250),
    "peak_rss_mb_1m": ("<=", 300),
    "all_pages_rss_mb_100k": ("<=", 400),
    "guide_regional_s": ("<=", 0.5),
    "guide_brief_500_s": ("<=", 8),
}
# A search or filter batch measured again because the machine was busy carries this suffix after its
# size (``search_p95_ms_100k_again``); it is judged against the same target as the first batch.
AGAIN = "_again"
# Speed-ups over the baselines: (name, faster metric, baseline metric, at least), judged at
# 100k and above: at 10k the baselines themselves take a few milliseconds.
RATIOS: tuple[tuple[str, str, str, float], ...] = (
    ("search vs LIKE", "search_p95_ms", "search_like_p95_ms", 5),
    ("GUI vs proxy", "gui_filter_first_rows_ms", "gui_proxy_baseline_ms", 10),
)


@dataclass
class Row:
    key: str
    value: float
    unit: str
    median: float | None = None
    p95: float | None = None
    n: int = 1
    # Every run's figure in the order measured (bench-details.json only): a p95 far above the median
    # is a few slow runs, and where they fall (the first of a kind, or spread out) says why.
    samples: list[float] = field(default_factory=list)


class Results:
    """The figures of one run: the JSON metrics, the table rows, and what couldn't be measured."""

    def __init__(self) -> None:
        self.metrics: dict[str, float] = {}
        self.rows: list[Row] = []
        self.skipped: dict[str, str] = {}
        self.notes: dict[str, float] = {}
        self.machine: dict[str, str] = {}

    def latency(self, name: str, label: str, seconds: list[float]) -> None:
        """``{name}_p95_ms_{label}`` and ``{name}_median_ms_{label}`` from per-call seconds."""
        ms = [s * 1000 for s in seconds]
        self.metrics[f"{name}_p95_ms_{label}"] = round(p95(ms), 2)
        self.metrics[f"{name}_median_ms_{label}"] = round(median(ms), 2)
        self.rows.append(Row(f"{name}_p95_ms_{label}", p95(ms), "ms", median(ms), p95(ms), len(ms), _rounded(ms)))

    def value(self, key: str, value: float, unit: str, samples: list[float] | None = None) -> None:
        """A metric reported as one number (the median of ``samples`` when there are several)."""
        self.metrics[key] = round(value, 3)
        if samples:
            self.rows.append(Row(key, value, unit, median(samples), p95(samples), len(samples), _rounded(samples)))
        else:
            self.rows.append(Row(key, value, unit))

    def load(self, key: str, load: float) -> None:
        """A load average as a metric, so a busy machine shows beside the figures it slowed."""
        self.metrics[key] = round(load, 2)
        self.rows.append(Row(key, load, "load"))

    def missing(self, key: str, reason: str) -> None:
        self.skipped[key] = reason

    def note(self, key: str, value: float) -> None:
        """A figure that explains the others (printed, kept in bench-details.json, not a metric)."""
        self.notes[key] = round(value, 3)

    # -- reporting -----------------------------------------------------------------

    def verdict(self, key: str) -> str:
        target = target_of(key)
        if target is None or key not in self.metrics:
            return ""
        op, bound = target
        ok = self.metrics[key] <= bound if op == "<=" else self.metrics[key] >= bound
        return f"{op} {bound:g}  {'ok' if ok else 'MISSED'}"

    def ratios(self) -> list[tuple[str, float, float]]:
        """(name with size, speed-up, wanted or 0 where not judged) for each comparison measured."""
        found = []
        for name, fast, slow, wanted in RATIOS:
            for key in sorted(self.metrics):
                match = re.fullmatch(re.escape(fast) + r"_(\w+)", key)
                if match and f"{slow}_{match[1]}" in self.metrics and self.metrics[key] > 0:
                    judged = wanted if size_of(match[1]) >= 100_000 else 0.0
                    found.append(
                        (f"{name} ({match[1]})", self.metrics[f"{slow}_{match[1]}"] / self.metrics[key], judged)
                    )
        return found

    def table(self) -> str:
        lines = [f"{'metric':<34} {'value':>10} {'unit':<5} {'median':>10} {'p95':>10} {'n':>5}  target"]
        lines.append("-" * len(lines[0]) + "-" * 16)
        for row in self.rows:
            med = "" if row.median is None else f"{row.median:10.2f}"
            high = "" if row.p95 is None else f"{row.p95:10.2f}"
            lines.append(
                f"{row.key:<34} {row.value:>10.2f} {row.unit:<5} {med:>10} {high:>10} {row.n:>5}  {self.verdict(row.key)}"
            )
        for name, ratio, wanted in self.ratios():
            verdict = f">= {wanted:g}x  " + ("ok" if ratio >= wanted else "MISSED") if wanted else "(judged at 100k+)"
            lines.append(f"{'speed-up ' + name:<34} {ratio:>9.1f}x {'':<5} {'':>10} {'':>10} {'':>5}  {verdict}")
        for key, value in self.notes.items():
            lines.append(f"  {key:<32} {value:>10.3f}")
        for key, reason in self.skipped.items():
            lines.append(f"{key:<34} {'—':>10}        not measured: {reason}")
        absent = unmeasured_targets(self.metrics, self.skipped)
        if absent:
            lines.append(f"targets not in this run: {', '.join(absent)}")
        return "\n".join(lines)

    def markdown(self) -> str:
        """The table as Markdown, for the README's Performance section."""
        lines = ["| metric | value | median | p95 | runs | target |", "|---|--:|--:|--:|--:|---|"]
        for row in self.rows:
            med = "" if row.median is None else f"{row.median:.2f}"
            high = "" if row.p95 is None else f"{row.p95:.2f}"
            verdict = self.verdict(row.key).replace("<=", "≤").replace(">=", "≥").replace("  ", " ")
            lines.append(f"| `{row.key}` | {row.value:.2f} {row.unit} | {med} | {high} | {row.n} | {verdict} |")
        for name, ratio, wanted in self.ratios():
            verdict = f"≥ {wanted:g}× " + ("ok" if ratio >= wanted else "MISSED") if wanted else "(judged at 100k+)"
            lines.append(f"| speed-up {name} | {ratio:.1f}× | | | | {verdict} |")
        for key, reason in self.skipped.items():
            lines.append(f"| `{key}` | — | | | | not measured: {reason} |")
        absent = unmeasured_targets(self.metrics, self.skipped)
        if absent:
            lines.append("")
            lines.append("Targets not in this run: " + ", ".join(f"`{key}`" for key in absent) + ".")
        return "\n".join(lines) + "\n"

    def save(self, path: Path) -> None:
        """The flat JSON object of metrics (atomically), and the details beside it."""
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_json(path, self.metrics)
        details = {
            "notes": self.notes,
            "not_measured": self.skipped,
            "rows": [row.__dict__ for row in self.rows],
            "speedups": {name: round(ratio, 2) for name, ratio, _ in self.ratios()},
        }
        _write_json(path.with_name("bench-details.json"), {**details, "machine": self.machine})
        path.with_name("bench.md").write_text(self.markdown(), encoding="utf-8")


def target_of(key: str) -> tuple[str, float] | None:
    """The target a metric is judged against: its own, or for a repeated batch the first batch's."""
    return TARGETS.get(key.removesuffix(AGAIN))


def unmeasured_targets(measured: dict[str, float], skipped: dict[str, str]) -> list[str]:
    """The targets this run has no figure for (a narrowed run, or a suite that failed)."""
    return [key for key in TARGETS if key not in measured and key not in skipped]


def size_of(label: str) -> int:
    """10k → 10000, 1m → 1000000."""
    number, unit = label[:-1], label[-1:]
    if number.isdigit() and unit in ("k", "m"):
        return int(number) * (1000 if unit == "k" else 1_000_000)
    return int(label) if label.isdigit() else 0


def _rounded(samples: list[float]) -> list[float]:
    return [round(x, 3) for x in samples]


def _write_json(path: Path, data: object) -> None:
    tmp = path.with_name(path.name + ".partial")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path)
