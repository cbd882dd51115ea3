"""Caps that keep a hostile or broken input file from exhausting memory or the screen.

Each cap is far above what a real akimat file needs: Excel itself stops at
1,048,576 rows and 16,384 columns, and an XLSX part over 256 MB unpacked is
a zip bomb, not a table.
"""

from __future__ import annotations

from collections.abc import Iterable

from guide.catalog.errors import Problem

EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLUMNS = 16_384
# The most rows a CSV or JSON file may hold (a million-row import is benchmarked).
MAX_ROWS = 5_000_000
# Unpacked size of one part of an XLSX file, and of all its parts together.
MAX_XLSX_PART = 256 * 1024 * 1024
MAX_XLSX_TOTAL = 512 * 1024 * 1024
# Problems kept (and printed) for one file; the rest are only counted.
MAX_PROBLEMS = 100


class ProblemList(list[Problem]):
    """Problems, of which only the first :data:`MAX_PROBLEMS` are kept; :attr:`total` counts them all."""

    def __init__(self, problems: Iterable[Problem] = (), cap: int = MAX_PROBLEMS) -> None:
        super().__init__()
        self.cap = cap
        self.total = 0
        self.extend(problems)

    def append(self, problem: Problem) -> None:
        self.total += 1
        if len(self) < self.cap:
            super().append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.append(problem)

    @property
    def more(self) -> int:
        """How many problems were counted but not kept."""
        return self.total - len(self)


def total_problems(problems: list[Problem]) -> int:
    """All the problems found, kept or only counted."""
    return problems.total if isinstance(problems, ProblemList) else len(problems)


def more_line(problems: list[Problem]) -> str | None:
    """ "and 41,250 more problems", or None when every problem is shown."""
    more = total_problems(problems) - len(problems)
    if more <= 0:
        return None
    return f"and {more:,} more problem{'s' if more != 1 else ''}"
