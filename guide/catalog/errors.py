"""Errors a user can act on, kept apart from bugs.

Everything here carries a message meant for a person: the CLI prints it on
one line and exits 2 (bad input) or 1 (environment); the GUI shows it in a
dialog. Anything else that escapes is a bug.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from guide.catalog.messages import render


class CatalogError(Exception):
    """A problem with the catalog or its input that the user can fix."""

    #: The CLI's exit code: 2 for invalid input, 1 for the environment.
    exit_code = 1


class InvalidInput(CatalogError):
    """The user's input (a file, an argument, a form) is not acceptable.

    Give it a :class:`Problem` rather than text where the UI should show the
    reason in its own language (its English text is what the CLI prints).
    """

    exit_code = 2

    def __init__(self, message: object = "") -> None:
        #: The problems behind the error, when they are known by code.
        self.problems: list[Problem] = [message] if isinstance(message, Problem) else []
        super().__init__(str(message))


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
    """One thing wrong: a code from :data:`guide.catalog.messages.MESSAGES`, its parameters, and where.

    ``column`` is a field code (from validation) or a file's header (from an
    import); ``row`` the row of the file; ``file`` the file.
    """

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    row: int | None = None
    column: str | None = None
    file: str | None = None

    @staticmethod
    def of(code: str, /, **params: Any) -> Problem:
        return Problem(code, params)

    def at(self, *, row: int | None = None, column: str | None = None, file: str | None = None) -> Problem:
        """The same problem placed in a file: its row, column and file."""
        return replace(self, row=row, column=column, file=file)

    def text(self, lang: str = "en") -> str:
        """What is wrong, in ``lang``, without where."""
        return render(self.code, self.params, lang)

    @property
    def message(self) -> str:
        """What is wrong, in English (the command line's wording)."""
        return self.text("en")

    def describe(self, lang: str = "en") -> str:
        """Where and what, on one line, in ``lang``."""
        where = []
        if self.file:
            where.append(self.file)
        if self.row is not None:
            where.append(render("at_row", {"row": self.row}, lang))
        if self.column:
            where.append(render("at_column", {"column": self.column}, lang))
        text = self.text(lang)
        return f"{', '.join(where)}: {text}" if where else text

    def __str__(self) -> str:
        return self.describe("en")

    def __hash__(self) -> int:
        # The parameters are a dict (unhashable); where and what code is enough for a hash.
        return hash((self.code, self.row, self.column, self.file))


class ValidationFailed(InvalidInput):
    """One or more problems; nothing was changed."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def error_text(error: BaseException, lang: str) -> str:
    """A user-facing error in ``lang``: its problems when they are known by code, else its text."""
    problems = getattr(error, "problems", None)
    if problems:
        return "\n".join(p.describe(lang) for p in problems)
    return str(error)
