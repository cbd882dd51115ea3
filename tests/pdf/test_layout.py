"""Layout promises: long tables repeat their header, passports keep their key table whole, nothing is cut."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from guide.pdf.builder import build_guide
from tests.pdf.pdfcheck import flat, guide_text, page_texts

TODAY = dt.date(2026, 11, 27)


def test_long_table_repeats_its_header_on_every_page(catalog, tmp_path: Path) -> None:
    for n in range(70):
        catalog.insert("premises", {"town": "abai", "title": f"Тестовый склад {n:02d}", "kind": "warehouse",
                                    "floor_area_m2": 100 + n, "source": "demo"})  # fmt: skip
    out = tmp_path / "region.pdf"
    build_guide(catalog, out, today=TODAY)
    pages = [flat(t) for t in page_texts(out)]
    with_rows = [p for p in pages if "Тестовый склад" in p]
    assert len(with_rows) >= 2, "the table should span pages for this test to mean anything"
    for page in with_rows:
        assert "Электричество, кВт" in page  # the power column's header
    assert all(f"Тестовый склад {n:02d}" in " ".join(with_rows) for n in range(70))


def test_passport_key_table_stays_with_its_heading_and_long_text_wraps(catalog, tmp_path: Path) -> None:
    words = [f"слово{n}" for n in range(2500)]
    catalog.update("premises", 5, {"description": " ".join(words), "owner": "ТОО " + "Очень длинное название " * 12})
    out = tmp_path / "brief.pdf"
    build_guide(catalog, out, premises=[5, 22], today=TODAY)
    pages = [flat(t) for t in page_texts(out)]
    heading = [p for p in pages if "№5 · Цех ТОО «A&B» <Сервис> [ДЕМО] Производственный цех" in p]
    assert len(heading) == 1
    for label in ("Тип объекта", "Кадастровый номер", "Контактное лицо"):
        assert label in heading[0]
    text = guide_text(out)
    # every word of the long description is printed, in order: nothing cut off
    assert re.findall(r"слово\d+", text) == words
    assert "№22 ·" in text


def test_guides_skip_reportlabs_attribute_checks_on_map_shapes(catalog, tmp_path: Path) -> None:
    """reportlab validates every attribute set on a graphics shape unless told not to; the locator
    maps set hundreds of thousands of them. A guide is built with the checks off (same PDF)."""
    from reportlab import rl_config
    from reportlab.graphics.shapes import Rect

    build_guide(catalog, tmp_path / "brief.pdf", premises=[5], today=dt.date(2026, 11, 27))
    assert rl_config.shapeChecking == 0
    rect = Rect(0, 0, 10, 10)
    rect.strokeWidth = "not checked"  # type: ignore[assignment]  # would raise with the checks on
    assert rect.strokeWidth == "not checked"
