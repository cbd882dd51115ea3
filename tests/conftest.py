"""Fixtures shared by every test: real catalogs, in memory or in a temporary file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never look for a display in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from guide.catalog.bundled import load_bundled  # noqa: E402
from guide.catalog.store import Catalog  # noqa: E402


@pytest.fixture
def empty_catalog() -> Iterator[Catalog]:
    """A fresh in-memory catalog with the schema and no records."""
    catalog = Catalog.memory()
    yield catalog
    catalog.close()


@pytest.fixture
def catalog() -> Iterator[Catalog]:
    """An in-memory catalog holding the bundled data."""
    catalog = Catalog.memory()
    load_bundled(catalog)
    yield catalog
    catalog.close()


@pytest.fixture
def catalog_file(tmp_path: Path) -> Path:
    """A catalog file created from the bundled data, closed, ready to open."""
    path = tmp_path / "catalog.db"
    catalog = Catalog.open(path, create=True)
    load_bundled(catalog)
    catalog.close()
    return path


@pytest.fixture
def file_catalog(catalog_file: Path) -> Iterator[Catalog]:
    """The bundled catalog, open from a real file."""
    catalog = Catalog.open(catalog_file)
    yield catalog
    catalog.close()
