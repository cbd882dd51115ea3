"""Defect 5: chart text in the window is drawn for the screen, at least 9 logical pixels."""

from __future__ import annotations

from guide.ui.towns.chart_view import MIN_TEXT_PX, ChartView, smallest_text


def test_every_chart_shows_its_smallest_text_at_a_readable_size(window, qtbot):
    window.resize(1366, 768)
    page = window.show_page("towns")
    page.show_town("temirtau")
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: bool(page.comparison.chart_views))
    views = [v for v in page.comparison.chart_views if isinstance(v, ChartView)]
    page.tabs.setCurrentIndex(0)
    page.dashboard.draw_charts()
    views += [v for v in page.dashboard.chart_views if isinstance(v, ChartView)]
    assert views
    for view in views:
        smallest = smallest_text(view.svg)
        assert smallest is not None
        # At the narrowest the layout may give it, and as laid out now.
        assert smallest * view.minimumWidth() / view._width >= MIN_TEXT_PX - 0.05
        if view.isVisible():
            assert smallest * view.text_scale() >= MIN_TEXT_PX - 0.05
