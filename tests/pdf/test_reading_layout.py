"""Issue 13, layout and reading: a one-page regional contents with the sections in the bookmarks
(open by default), and no chart text smaller than 7 pt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.graphics.widgetbase import Widget

from guide.catalog.bundled import load_bundled
from guide.catalog.store import Catalog
from guide.pdf.builder import build_guide
from guide.pdf.charts import comparison_chart, indicator_chart
from tests.pdf.pdfcheck import flat, page_texts

TODAY = dt.date(2026, 12, 2)


@pytest.fixture(scope="module")
def catalog() -> Iterator[Catalog]:
    catalog = Catalog.memory()
    load_bundled(catalog)
    yield catalog
    catalog.close()


@pytest.fixture(scope="module")
def region(catalog: Catalog, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("layout") / "region-en.pdf"
    build_guide(catalog, out, lang="en", today=TODAY)
    return out


def _outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader.outline)
    return titles


def test_the_regional_contents_fit_one_page_and_the_sections_are_bookmarks(region: Path) -> None:
    pages = [flat(p) for p in page_texts(region)]
    contents = [i for i, p in enumerate(pages) if "Contents" in p.split("page")[0] and ". . ." in p]
    assert len(contents) == 1, contents
    toc = pages[contents[0]]
    for chapter in ("Abai", "Balkhash", "Temirtau", "Shakhtinsk", "Saran", "Sources and as-of dates"):
        assert chapter in toc, chapter
    assert "The town at a glance" not in toc  # a town's sections are not listed in the contents...
    reader = PdfReader(region)
    titles = _outline_titles(reader)
    assert titles.count("The town at a glance") >= 5  # ...but every town's are in the bookmarks
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"  # which the reader opens


def _strings(node: Drawing | Group) -> Iterator[String]:
    """Every string a drawing prints, the charts' and legends' own (a widget draws itself into a group)."""
    for item in node.contents:
        if isinstance(item, Widget):
            item = item.draw()
        if isinstance(item, String):
            yield item
        elif isinstance(item, Group):
            yield from _strings(item)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_no_chart_text_is_smaller_than_7_pt(catalog: Catalog, lang: str) -> None:
    drawings = [
        indicator_chart(catalog, "temirtau", "registered_smes", lang),
        indicator_chart(catalog, None, "monotowns_manufacturing_share", lang),
        comparison_chart(catalog, ["abai", "balkhash", "temirtau", "shakhtinsk"], "registered_smes", lang),
    ]
    sizes = [s.fontSize for d in drawings if d is not None for s in _strings(d)]
    assert len(sizes) > 20
    assert min(sizes) >= 7
