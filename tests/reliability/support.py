"""Helpers for the reliability tests: running the real program and comparing catalog files."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
# The installed console script, run the way a user runs it.
PROGRAM = Path(sys.executable).with_name("investor-guide")
Dump = dict[str, list[tuple[Any, ...]]]


def program() -> list[str]:
    """The command that starts ``investor-guide``."""
    if PROGRAM.exists():
        return [str(PROGRAM)]
    return [sys.executable, "-m", "guide"]


def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0"})
    env.pop("DISPLAY", None)
    env.update(extra)
    return env


def as_user_prefix(uid: int) -> list[str]:
    """A prefix that runs a command as ``uid`` (for permission tests under root)."""
    setpriv = shutil.which("setpriv")
    assert setpriv, "setpriv is needed to drop root"
    return [setpriv, f"--reuid={uid}", f"--regid={uid}", "--clear-groups"]


def run_cli(
    *args: str | Path,
    db: Path,
    env: dict[str, str] | None = None,
    prefix: Sequence[str] = (),
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run ``investor-guide --db DB ARGS...`` to completion."""
    command = [*prefix, *program(), "--db", str(db), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, env=env or cli_env(), timeout=timeout, check=False)


def start_cli(*args: str | Path, db: Path, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    """Start ``investor-guide --db DB ARGS...`` in the background."""
    command = [*program(), "--db", str(db), *map(str, args)]
    return subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env or cli_env(), start_new_session=True
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *, naming: str | Path) -> str:
    """A failed command: exit code 1 or 2, one line on stderr that names ``naming``, no traceback."""
    assert result.returncode in (1, 2), (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "unexpected error" not in result.stderr
    assert str(naming) in lines[0], (naming, lines[0])
    return lines[0]


def file_state(path: Path) -> dict[str, str | None]:
    """The bytes (as hashes) of a catalog file and its WAL companions; None where one is missing."""
    state: dict[str, str | None] = {}
    for suffix in ("", "-wal", "-shm", "-journal"):
        part = path.with_name(path.name + suffix)
        state[suffix or "file"] = hashlib.sha256(part.read_bytes()).hexdigest() if part.exists() else None
    return state


def connection_dump(conn: sqlite3.Connection, *, skip: Sequence[str] = ()) -> Dump:
    """Every row of every ordinary table (but ``skip``), sorted: equal dumps, the same data."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
            "AND name NOT LIKE '%\\_fts\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
        )
    ]
    dump: Dump = {}
    for name in names:
        if name in skip:
            continue
        rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
        dump[name] = sorted(rows, key=repr)
    return dump


def dump(path: Path) -> Dump:
    """:func:`connection_dump` of the catalog file at ``path``, read-only."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection_dump(conn)
    finally:
        conn.close()


def integrity(path: Path) -> list[str]:
    """SQLite's integrity check and the full-text indexes' own checks; ``["ok"]`` when all is well."""
    conn = sqlite3.connect(str(path))
    try:
        found = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"):
            try:
                conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                found.append(f"{table}: {exc}")
        return found
    finally:
        conn.close()
