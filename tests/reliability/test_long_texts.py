"""Any text the importer accepts prints: a 2,000-character title and a 30,000-character address (issue 17).

A table row taller than a page used to fail the whole guide in reportlab's
layout ("too large on page 4"); such a row now splits across pages.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pypdf import PdfReader

from guide.catalog.importer import import_file
from guide.catalog.store import Catalog
from guide.pdf.builder import build_guide

TITLE = ("Очень длинное название склада " * 70)[:2000]
ADDRESS = ("ул. Металлургов, дом 1, корпус 2, строение 3; " * 700)[:30000]


@pytest.fixture
def long_premise(tmp_path: Path, file_catalog: Catalog) -> tuple[Catalog, int]:
    path = tmp_path / "long.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["town", "title", "kind", "floor_area_m2", "address"])
        writer.writerow(["temirtau", TITLE, "warehouse", 100, ADDRESS])
    assert import_file(file_catalog, "premises", path, backup=False).added == 1
    (record,) = file_catalog.where("premises", "title", TITLE)
    assert len(record["title"]) == 2000 and len(record["address"]) == 30000
    return file_catalog, record["id"]


@pytest.mark.parametrize("which", ["brief", "town", "region"])
def test_a_guide_with_the_longest_texts_import_accepts_builds(
    tmp_path: Path, long_premise: tuple[Catalog, int], which: str
) -> None:
    catalog, premise_id = long_premise
    out = tmp_path / f"{which}.pdf"
    options = {"brief": {"premises": [premise_id]}, "town": {"towns": ["temirtau"]}, "region": {}}[which]
    result = build_guide(catalog, out, lang="ru", **options)  # type: ignore[arg-type]
    assert result.pages >= 2
    text = "".join(page.extract_text() or "" for page in PdfReader(out).pages)
    # The end of the title is printed too, not cut off with the row.
    assert "Очень длинное название" in text
