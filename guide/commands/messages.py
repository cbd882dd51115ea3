"""What the CLI prints about a problem: one line each, capped, and safe for a terminal.

Text from a user's file (a header, a cell, a file name) may hold terminal
escape sequences or bidirectional overrides that would recolour, move or
hide what is printed; every such character is shown as an escape instead.
"""

from __future__ import annotations

import sys
import unicodedata
from typing import TextIO

from guide.catalog.errors import Problem
from guide.catalog.limits import MAX_PROBLEMS, more_line, total_problems


def printable(text: str) -> str:
    """``text`` with control and format characters (ESC, CR, bidi overrides...) written as escapes."""
    if text.isprintable():
        return text
    out = []
    for char in text:
        if char.isprintable() or char == " ":
            out.append(char)
        elif unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"):
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(char)
    return "".join(out)


def print_problems(problems: list[Problem], stream: TextIO | None = None) -> None:
    """``error: ...`` per problem, at most MAX_PROBLEMS lines, then how many more there are."""
    stream = stream or sys.stderr
    for problem in problems[:MAX_PROBLEMS]:
        print(f"error: {printable(str(problem))}", file=stream)
    shown = min(len(problems), MAX_PROBLEMS)
    more = more_line(problems) if shown == len(problems) else f"and {total_problems(problems) - shown:,} more problems"
    if more:
        print(more, file=stream)
