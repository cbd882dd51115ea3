"""The small pieces: number and date formats, QR payloads, the location sketch."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import String
from reportlab.platypus import Paragraph

from guide.pdf import flowables
from guide.pdf.flowables import distance_km, location_sketch, qr_payload
from guide.pdf.styles import make_styles
from guide.present.format import long_date, number, short_date


def test_numbers_as_each_language_writes_them() -> None:
    assert number(1250.5, "ru") == "1\u00a0250,5"
    assert number(1250.5, "kk") == "1\u00a0250,5"
    assert number(1250.5, "en") == "1,250.5"
    assert number(720000, "ru") == "720\u00a0000"
    assert number(0.25, "en") == "0.25"
    assert number(2.0, "en", decimals=1) == "2.0"
    assert number(None, "ru") == ""


def test_dates() -> None:
    day = dt.date(2026, 12, 5)
    assert long_date(day, "ru") == "5 декабря 2026 г."
    assert long_date(day, "kk") == "2026 жылғы 5 желтоқсан"
    assert long_date(day, "en") == "5 December 2026"
    assert short_date("2026-12-05", "ru") == "05.12.2026"
    assert short_date("2026-12-05", "en") == "5 Dec 2026"
    assert short_date("sometime", "en") == "sometime"


def test_qr_payload_is_a_geo_uri_with_the_premise() -> None:
    assert qr_payload({"id": 5, "lat": 50.035, "lon": 72.987}) == (
        "geo:50.03500,72.98700?q=50.03500,72.98700(premise 5)"
    )
    assert qr_payload({"id": 6, "lat": None, "lon": 72.9}) is None
    assert qr_payload({"id": 5, "lat": 50.035, "lon": 72.987}, "объект №5").endswith(
        "(%D0%BE%D0%B1%D1%8A%D0%B5%D0%BA%D1%82 %E2%84%965)"
    )


def test_location_sketch_points_to_the_regional_centre() -> None:
    sketch = location_sketch(
        town=(50.05, 72.96), town_label="Теміртау", point=(50.035, 72.987), point_label="№5",
        centre_label="Қарағанды", km="км",
    )  # fmt: skip
    labels = [s.text for s in sketch.contents if isinstance(s, String)]
    assert "Теміртау" in labels and "№5" in labels
    assert any(text.startswith("Қарағанды 3") and text.endswith("км") for text in labels)
    assert 25 < distance_km((50.05, 72.96), (49.80, 73.10)) < 35


def test_location_sketch_without_a_point_or_far_from_nothing() -> None:
    sketch = location_sketch(town=(49.8, 73.1), town_label="Караганда", point=None, point_label="",
                             centre=(49.8, 73.1), centre_label="Караганда")  # fmt: skip
    labels = [s.text for s in sketch.contents if isinstance(s, String)]
    assert labels.count("Караганда") == 1  # no arrow to itself


class _CountingParagraph(flowables.Paragraph):
    breaks = 0

    def breakLines(self, width: Any) -> Any:  # noqa: N802 (reportlab's name)
        type(self).breaks += 1
        return super().breakLines(width)


def test_a_paragraph_breaks_its_lines_once_per_width() -> None:
    styles = make_styles()
    para = _CountingParagraph("word " * 200, styles.body)
    first = para.wrap(300, 800)
    assert para.wrap(300, 50) == first  # the height doesn't change the lines
    assert _CountingParagraph.breaks == 1
    narrower = para.wrap(200, 800)
    assert narrower[1] > first[1] and _CountingParagraph.breaks == 2
    # Back to the first width: its lines again, and drawn from them.
    assert para.wrap(300, 800) == first and _CountingParagraph.breaks == 3
    assert len(para.blPara.lines) * styles.body.leading == first[1]
    # A split that finds no room drops the lines; the next wrap makes them again.
    assert para.split(300, 1) == []
    assert para.wrap(300, 800) == first and _CountingParagraph.breaks == 4


def test_every_paragraph_in_a_guide_is_the_guide_s_own() -> None:
    # The guide's Paragraph keeps its lines between the layout passes; one made from reportlab's
    # class directly would be broken into lines again at each.
    for module in Path(flowables.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reportlab.platypus"):
                assert module.name == "flowables.py" or "Paragraph" not in [a.name for a in node.names], module


def test_markup_is_parsed_once_per_text_and_style() -> None:
    styles = make_styles()
    markup = "<b>Площадь</b>, м² &amp; <font color='#ff0000'>ещё</font> " + "слово " * 60
    before = flowables._parsed.cache_info()
    first, second = flowables.Paragraph(markup, styles.body), flowables.Paragraph(markup, styles.body)
    after = flowables._parsed.cache_info()
    assert after.misses == before.misses + 1 and after.hits == before.hits + 1
    # Each its own fragments (reportlab sets attributes on them), equal to a fresh parse.
    assert not {id(f) for f in first.frags} & {id(f) for f in second.frags}
    fresh = Paragraph(markup, styles.body)
    assert [f.__dict__ for f in second.frags] == [f.__dict__ for f in fresh.frags]
    assert second.wrap(200, 800) == fresh.wrap(200, 800)
    top, rest = second.split(200, 40)
    assert [type(p) for p in (top, rest)] == [flowables.Paragraph] * 2
    assert top.wrap(200, 800)[1] + rest.wrap(200, 800)[1] == fresh.wrap(200, 800)[1]
    # Another style is another parse.
    flowables.Paragraph(markup, styles.small)
    assert flowables._parsed.cache_info().misses == after.misses + 1


def test_a_second_guide_parses_no_markup_the_first_parsed(catalog, tmp_path: Path) -> None:
    from guide.pdf.builder import build_guide

    assert make_styles() is make_styles()  # shared, so a paragraph's parse is kept for the next guide
    build_guide(catalog, tmp_path / "a.pdf", towns=["temirtau"], today=dt.date(2026, 1, 1))
    before = flowables._parsed.cache_info()
    build_guide(catalog, tmp_path / "b.pdf", towns=["temirtau"], today=dt.date(2026, 1, 1))
    after = flowables._parsed.cache_info()
    assert after.misses == before.misses and after.hits > before.hits
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_a_table_measures_its_rows_once_per_width(monkeypatch: Any) -> None:
    from reportlab.platypus import Table

    calls: list[float] = []
    original = Table._calc

    def counting(self: Table, width: float, height: float) -> None:
        calls.append(width)
        original(self, width, height)

    monkeypatch.setattr(Table, "_calc", counting)
    styles = make_styles()
    rows = [[flowables.Paragraph("слово " * 30, styles.cell), "x"] for _ in range(5)]
    table = flowables.grid(rows, [120, 60])
    first = table.wrap(300, 800)
    assert table.wrap(300, 40) == first and calls == [300]  # the height changes nothing
    table.wrap(250, 800)
    assert calls == [300, 250]
    # Rows that span: the height can matter, so measured each time.
    spanning = flowables.grid(rows, [120, 60], [("SPAN", (1, 0), (1, 1))])
    spanning.wrap(300, 800)
    spanning.wrap(300, 800)
    assert calls == [300, 250, 300, 300]
