"""Saved filter presets: a named set of filters and search words, kept per table in the settings."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from PySide6.QtCore import QSettings

from guide.catalog.search import Filters

_FIELDS = {f.name for f in dataclasses.fields(Filters)}


class FilterPresets:
    """Presets of one kind's table; stored as JSON so a newer Filters field never breaks an old preset."""

    def __init__(self, *, settings: QSettings, kind: str) -> None:
        self.settings = settings
        self.key = f"presets/{kind}"

    def _all(self) -> dict[str, dict[str, Any]]:
        try:
            stored = json.loads(str(self.settings.value(self.key) or "{}"))
        except json.JSONDecodeError:
            return {}
        return stored if isinstance(stored, dict) else {}

    def names(self) -> list[str]:
        return sorted(self._all(), key=str.casefold)

    def save(self, name: str, filters: Filters, text: str) -> None:
        presets = self._all()
        presets[name] = {"filters": dataclasses.asdict(filters), "search": text}
        self.settings.setValue(self.key, json.dumps(presets, ensure_ascii=False))

    def load(self, name: str) -> tuple[Filters, str] | None:
        preset = self._all().get(name)
        if not isinstance(preset, dict):
            return None
        values = {k: v for k, v in dict(preset.get("filters") or {}).items() if k in _FIELDS}
        # ids are a link's one-off choice, not part of a saved view.
        values.pop("ids", None)
        return Filters(**values), str(preset.get("search") or "")

    def remove(self, name: str) -> None:
        presets = self._all()
        presets.pop(name, None)
        self.settings.setValue(self.key, json.dumps(presets, ensure_ascii=False))
