"""Quality badges: texts, colours and the Qt roles table models read."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from guide.present.format import short_date
from guide.ui import palette
from guide.ui.analysis.badges import (
    badge_data,
    badge_html,
    commitment_badge,
    completeness_badge,
    demo_badge,
    freshness_badge,
    record_badges,
)

TODAY = dt.date(2026, 6, 1)


def test_completeness_badge(qapp: object) -> None:
    full = completeness_badge(1.0, [])
    assert (full.key, full.text, full.foreground) == ("complete", "100 %", palette.GOOD)
    poor = completeness_badge(0.5, ["population", "akimat_contact"], kind="towns", lang="ru")
    assert (poor.key, poor.text, poor.foreground) == ("incomplete", "50 %", palette.POOR)
    assert "Население, чел.; Контакты акимата" in poor.tooltip
    assert "Халқы, адам" in completeness_badge(0.7, ["population"], kind="towns", lang="kk").tooltip


def test_freshness_badge_at_the_limit(qapp: object) -> None:
    at_limit = {"as_of": (TODAY - dt.timedelta(days=365)).isoformat()}
    past_limit = {"as_of": (TODAY - dt.timedelta(days=366)).isoformat()}
    assert freshness_badge(at_limit, today=TODAY) is None
    stale = freshness_badge(past_limit, today=TODAY)
    assert stale is not None and stale.key == "stale" and stale.background == palette.STALE_BACKGROUND
    assert "31.05.2025" in stale.tooltip
    assert freshness_badge(past_limit, today=TODAY, stale_after_days=400) is None
    unverified = freshness_badge({}, today=TODAY)
    assert unverified is not None and unverified.key == "unverified"
    assert freshness_badge(past_limit, kind="indicators", today=TODAY) is None


def test_demo_and_commitment_badges(qapp: object) -> None:
    assert demo_badge({"source": "акимат"}) is None
    demo = demo_badge({"source": "demo"})
    assert demo is not None and demo.text == "ДЕМО" and demo.bold
    late = commitment_badge("2025-09-30", True, lang="ru")
    assert late.key == "overdue" and late.text == "просрочено (30.09.2025)" and late.foreground == palette.OVERDUE_TEXT
    on_time = commitment_badge("2027-12-31", False, lang="en")
    assert on_time.key == "committed" and on_time.text == "до 31 Dec 2027"
    assert commitment_badge(None, False).text == "срок не указан"


def test_record_badges(qapp: object) -> None:
    keys = [b.key for b in record_badges("towns", {"name": "Караганда", "source": "demo"}, today=TODAY)]
    assert keys == ["incomplete", "unverified", "demo"]


def test_badge_data_roles(qapp: object) -> None:
    badge = demo_badge({"source": "demo"})
    assert badge_data(badge, Qt.ItemDataRole.DisplayRole) == "ДЕМО"
    assert isinstance(badge_data(badge, Qt.ItemDataRole.BackgroundRole), QBrush)
    assert badge_data(badge, Qt.ItemDataRole.ForegroundRole).color() == palette.DEMO_TEXT
    assert isinstance(badge_data(badge, Qt.ItemDataRole.FontRole), QFont)
    assert badge_data(None, Qt.ItemDataRole.DisplayRole) is None
    assert badge_data(completeness_badge(1.0), Qt.ItemDataRole.BackgroundRole) is None


def test_badge_html_escapes(qapp: object) -> None:
    html = badge_html(completeness_badge(0.5, ["title"], kind="premises"))
    assert "50 %" in html and "<script" not in html
    assert short_date("2026-01-05", "ru") == "05.01.2026" and short_date(None, "ru") == ""
