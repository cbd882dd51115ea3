"""The recently opened catalogs, remembered in the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "catalogs/recent"
RECENT_LIMIT = 8


class RecentCatalogs:
    """Newest first, each path once, at most :data:`RECENT_LIMIT`; files that are gone are not offered."""

    def __init__(self, *, settings: QSettings) -> None:
        self.settings = settings

    def _stored(self) -> list[str]:
        value = self.settings.value(RECENT_KEY) or []
        # QSettings gives a single string back for a one-item list on some back ends.
        return [value] if isinstance(value, str) else [str(v) for v in value]

    def paths(self) -> list[Path]:
        return [Path(p) for p in self._stored() if Path(p).is_file()]

    def add(self, path: Path) -> None:
        text = str(Path(path).resolve())
        paths = [text, *(p for p in self._stored() if p != text)][:RECENT_LIMIT]
        self.settings.setValue(RECENT_KEY, paths)
