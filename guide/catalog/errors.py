"""Errors a user can act on, kept apart from bugs.

Everything here carries a message meant for a person: the CLI prints it on
one line and exits 2 (bad input) or 1 (environment); the GUI shows it in a
dialog. Anything else that escapes is a bug.
"""

from __future__ import annotations

from dataclasses import dataclass


class CatalogError(Exception):
    """A problem with the catalog or its input that the user can fix."""

    #: The CLI's exit code: 2 for invalid input, 1 for the environment.
    exit_code = 1


class InvalidInput(CatalogError):
    """The user's input (a file, an argument, a form) is not acceptable."""

    exit_code = 2


class NotFoundError(InvalidInput):
    """No record has that id or name."""


class CatalogUnusable(CatalogError):
    """The catalog file can't be opened: damaged, foreign, too new, locked or read-only."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ConflictError(CatalogError):
    """The record changed elsewhere since it was read."""

    def __init__(self, kind: str, record_id: object, current: dict | None) -> None:
        super().__init__(f"{kind} {record_id} was changed elsewhere since it was opened")
        self.kind = kind
        self.record_id = record_id
        self.current = current


class Cancelled(Exception):
    """The user cancelled a long operation."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one value: where it is and why."""

    message: str
    column: str | None = None
    row: int | None = None
    file: str | None = None

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(self.file)
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


class ValidationFailed(InvalidInput):
    """One or more problems; nothing was changed."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
