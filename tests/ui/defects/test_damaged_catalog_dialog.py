"""Defect 14: a catalog that won't open names its subject and offers a way to another catalog."""

from __future__ import annotations

from pathlib import Path

from guide.catalog.store import Catalog
from guide.ui.opening import open_catalog


def _broken(tmp_path: Path) -> Path:
    path = tmp_path / "broken.db"
    path.write_bytes(b"not a database at all")
    return path


def test_the_reason_line_names_the_file(tmp_path, qapp):
    path = _broken(tmp_path)
    said: list[str] = []

    def choose(title: str, text: str, buttons: list[str]) -> int:
        said.append(text)
        return buttons.index("Выйти")

    assert open_catalog(path, choose=choose) is None
    reason = next(line for line in said[0].splitlines() if line.startswith("Причина:"))
    assert reason.startswith("Причина: broken.db is not")


def test_another_catalog_can_be_opened_instead(tmp_path, qapp, catalog_file):
    path = _broken(tmp_path)

    def choose(title: str, text: str, buttons: list[str]) -> int:
        return buttons.index("Открыть другой каталог…")

    catalog = open_catalog(path, choose=choose, ask_path=lambda title, new: catalog_file)
    assert catalog is not None and catalog.path == catalog_file
    catalog.close()
    assert path.read_bytes() == b"not a database at all"


def test_a_new_catalog_can_be_created_instead(tmp_path, qapp):
    path = _broken(tmp_path)
    fresh = tmp_path / "fresh.db"

    def choose(title: str, text: str, buttons: list[str]) -> int:
        return buttons.index("Создать новый каталог…")

    catalog = open_catalog(path, choose=choose, ask_path=lambda title, new: fresh if new else None)
    assert isinstance(catalog, Catalog) and catalog.path == fresh
    assert catalog.total("towns") == 6
    catalog.close()
    assert path.read_bytes() == b"not a database at all"
