"""Indicator charts: one drawing for the PDF and, as SVG, for the GUI."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from reportlab.graphics.shapes import Drawing, String

from guide.catalog.indicators import indicator_names
from guide.pdf import fonts
from guide.pdf.charts import comparison_chart, drawing_to_svg, indicator_chart


def _strings(node: object) -> list[String]:
    found = []
    for child in getattr(node, "contents", []) or []:
        if isinstance(child, String):
            found.append(child)
        found.extend(_strings(child))
    return found


def test_town_chart_in_each_language(catalog) -> None:
    for lang, town, title in (("ru", "Темиртау", "Зарегистрированные"), ("kk", "Теміртау", "Тіркелген"),
                              ("en", "Temirtau", "Registered SMEs")):  # fmt: skip
        drawing = indicator_chart(catalog, "temirtau", "registered_smes", lang)
        assert isinstance(drawing, Drawing)
        svg = drawing_to_svg(drawing).decode("utf-8")
        assert town in svg and title in svg
        # the bundled records are demo figures, and the chart says so
        assert {"ru": "ДЕМО", "kk": "ДЕМО", "en": "DEMO"}[lang] in svg


def test_chart_shows_every_year_and_value(catalog) -> None:
    svg = drawing_to_svg(indicator_chart(catalog, "balkhash", "investment_bn_kzt", "en")).decode()
    for text in ("2021", "2022", "2023", "88.4", "95.1", "102.7", "bn KZT"):
        assert text in svg
    assert "demonstration data" in svg  # the source line


def test_svg_is_well_formed_and_deterministic(catalog) -> None:
    first = drawing_to_svg(indicator_chart(catalog, "abai", "registered_smes", "kk"))
    second = drawing_to_svg(indicator_chart(catalog, "abai", "registered_smes", "kk"))
    assert first == second
    root = ET.fromstring(first)
    assert root.tag.endswith("svg")


def test_region_level_chart_and_missing_data(catalog) -> None:
    region = indicator_chart(catalog, None, "monotowns_manufacturing_share", "ru")
    assert region is not None
    svg = drawing_to_svg(region).decode()
    assert "57" in svg and "inbusiness.kz" in svg
    assert "ДЕМО" not in svg  # a sourced fact is not marked as demo
    assert indicator_chart(catalog, "saran", "registered_smes", "ru") is None
    assert indicator_chart(catalog, "temirtau", "no_such_indicator", "ru") is None
    assert indicator_chart(catalog, "temirtau", "monotowns_manufacturing_share", "ru") is None


def test_indicator_names(catalog) -> None:
    assert indicator_names(catalog, "temirtau") == [
        "registered_smes",
        "investment_bn_kzt",
        "enterprise_staff",
        "sme_belt_smes",
        "sme_belt_local",
    ]
    region = indicator_names(catalog, None)
    assert region[0] == "monotowns_manufacturing_share" and "registered_smes" not in region


def test_every_chart_string_uses_the_bundled_font(catalog) -> None:
    charts = [
        indicator_chart(catalog, "temirtau", "registered_smes", "kk"),
        comparison_chart(catalog, ["temirtau", "balkhash", "shakhtinsk", "abai"], "investment_bn_kzt", "kk"),
    ]
    for drawing in charts:
        assert drawing is not None
        assert drawing.initialFontName == fonts.SANS
        labels = _strings(drawing)
        assert labels
        for label in labels:
            assert label.fontName in fonts.FONT_FILES
            assert not fonts.missing_glyphs(label.text, label.fontName), label.text


def test_comparison_chart_names_each_town(catalog) -> None:
    drawing = comparison_chart(catalog, ["temirtau", "balkhash", "saran"], "registered_smes", "kk")
    svg = drawing_to_svg(drawing).decode()
    assert "Теміртау" in svg and "Балқаш" in svg
    assert "Саран" not in svg  # no figures for Saran: no legend entry either
    assert comparison_chart(catalog, ["saran"], "registered_smes", "kk") is None
