"""Placeholder: filled in by a later issue."""

from __future__ import annotations

from typing import Any


def register(commands: Any) -> None:
    """Add this module's subcommands (none yet)."""
