"""Fixtures for the reliability tests: big files made once per session."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from guide.catalog.bundled import load_bundled
from guide.catalog.store import Catalog
from tests.reliability.small_disk import small_disk  # noqa: F401  (a fixture for the tests here)

BIG_ROWS = 100_000
TOWNS = ("temirtau", "balkhash", "shakhtinsk", "abai", "saran")


@pytest.fixture(scope="session")
def bundled_catalog_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed catalog file of the bundled data, to copy (never to change)."""
    path = tmp_path_factory.mktemp("bundled") / "catalog.db"
    catalog = Catalog.open(path, create=True)
    load_bundled(catalog)
    catalog.close()
    return path


@pytest.fixture(scope="session")
def big_premises_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """100,000 valid premises in one CSV, as a large akimat export would be."""
    path = tmp_path_factory.mktemp("big") / "premises-100k.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["town", "title", "kind", "floor_area_m2", "power_kw"])
        writer.writerows(
            (TOWNS[n % 5], f"Массовый импорт {n}", "warehouse", 100 + n % 900, 50 + n % 500) for n in range(BIG_ROWS)
        )
    return path
