"""Issue 13: every figure says where it comes from.

Counts from the catalog say so and carry DEMO when a counted record is demo;
sourced facts point into a numbered sources list of real references; a fact
is cited to the source that states it; plans stay plans.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest

from guide.catalog.bundled import load_bundled
from guide.catalog.store import Catalog
from guide.pdf.builder import build_guide
from tests.pdf.pdfcheck import flat, page_texts

TODAY = dt.date(2026, 12, 2)


@pytest.fixture(scope="module")
def english_region(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    catalog = Catalog.memory()
    load_bundled(catalog)
    out = tmp_path_factory.mktemp("honest") / "region-en.pdf"
    build_guide(catalog, out, lang="en", today=TODAY)
    catalog.close()
    yield [flat(t) for t in page_texts(out)]


def _sources(pages: list[str]) -> dict[int, str]:
    """The numbered sources list at the end: number → the entry's text."""
    text = " ".join(pages)
    start = text.index("Sources and as-of dates Every record")
    entries = re.split(r"\[(\d+)\] ", text[start:])
    return {int(entries[i]): entries[i + 1] for i in range(1, len(entries) - 1, 2)}


def _page(pages: list[str], words: str) -> str:
    return next(p for p in pages if words in p)


def test_counts_from_the_catalog_say_so_and_carry_demo(english_region: list[str]) -> None:
    comparison = _page(english_region, "The monotowns side by side Abai")
    # Every monotown's vacant premises are demo records: each count is marked.
    assert re.search(r"Vacant premises (\d+ · DEMO ){4}", comparison)
    assert "Counted from the records in this catalog as of 2 Dec 2026" in comparison
    temirtau = _page(english_region, "Temirtau The town at a glance")
    assert "Counted from the records in this catalog as of 2 Dec 2026" in temirtau
    assert "include demonstration data" in temirtau
    # The derived counts are not put under the article's source line.
    glance = temirtau[temirtau.index("The town at a glance") : temirtau.index("Monotown status")]
    assert "inbusiness" not in glance.split("A monotown.")[0]


def test_a_catalog_count_and_a_sourced_figure_say_which_is_which(english_region: list[str]) -> None:
    temirtau = _page(english_region, "Temirtau The town at a glance")
    # The tile: the big number is the catalog's count (demo), the source's figure is named under it.
    match = re.search(
        r"6 · DEMO To regional centre.*Local suppliers in the catalog according to source \[(\d+)\]: 50", temirtau
    )
    assert match, temirtau[:600]
    assert f"Local suppliers in the catalog: 6. · DEMO (according to source [{match.group(1)}]: 50 firms)" in temirtau
    assert "inbusiness.kz" in _sources(english_region)[int(match.group(1))]


def test_facts_cite_the_source_that_states_them(english_region: list[str]) -> None:
    sources = _sources(english_region)
    comparison = _page(english_region, "The monotowns side by side Abai")
    # City-forming enterprises and distances point to their own sources, not the article.
    temirtau_works = re.search(r"ArcelorMittal Temirtau\) \[(\d+)\]", comparison)
    assert temirtau_works and "astanatimes.com" in sources[int(temirtau_works.group(1))]
    balkhash_road = re.search(r"363 \[(\d+)\]", comparison)
    assert balkhash_road and "kazpravda.kz" in sources[int(balkhash_road.group(1))]
    # Coordinates come from no source: they say what they are.
    assert "approximate town centre, not from a source" in " ".join(english_region)
    # The article never says Balkhash lies on the lake shore.
    assert "shore" not in " ".join(english_region)


def test_the_article_keeps_its_hedges_and_years(english_region: list[str]) -> None:
    overview = _page(english_region, "The region at a glance 57 %")
    assert "about 22 %" in overview
    assert "(2023)" not in overview.split("Since 2022")[0]


def test_saran_status_history_names_the_order_and_its_source(english_region: list[str]) -> None:
    text = " ".join(english_region)
    order = re.search(r"order No\. 248 of the Ministry of National Economy of Kazakhstan of 21 November 2023", text)
    assert order
    cited = re.search(r"21 November 2023, because its economy had diversified\. Source \[(\d+)\]", text)
    assert cited and "kursiv.media" in _sources(english_region)[int(cited.group(1))]


def test_the_sources_list_is_numbered_with_links_and_dates(english_region: list[str]) -> None:
    sources = _sources(english_region)
    assert list(sources) == list(range(1, len(sources) + 1))
    assert len(sources) >= 8
    for number, entry in sources.items():
        assert re.search(r"https?://\S+", entry), (number, entry)
        # a date, or the honest "undated" of a page that shows none
        assert re.search(r"\d{4}|undated", entry), (number, entry)
    assert "Demonstration data (invented, not facts)" in " ".join(english_region)


def test_the_english_regional_guide_prints_no_cyrillic(english_region: list[str]) -> None:
    # Every text of the bundled catalog a reader reads has an English version, the facts' own source
    # titles (population, distance, city-forming enterprise) included: nothing needs a "(ru)" mark.
    cyrillic = [m.group(0) for page in english_region for m in re.finditer(r"\S*[\u0400-\u04ff]\S*", page)]
    assert cyrillic == []
