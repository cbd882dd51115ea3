"""The few colours the UI uses to mark things, in one place.

Badges must read the same everywhere (table, detail pane, map, dashboard), so
their colours live here rather than in each widget.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from guide.catalog import rules
from guide.maps import style as map_style

DEMO_BACKGROUND = QColor("#fff1d6")
DEMO_TEXT = QColor("#9a5b00")
STALE_BACKGROUND = QColor("#fde2e1")
OVERDUE_TEXT = QColor("#b3261e")
GOOD = QColor("#1e7d32")
FAIR = QColor("#a86400")
POOR = QColor("#b3261e")
ACCENT = QColor("#1f4e79")
MUTED = QColor("#6b7280")

# Map points by premise status, and towns: the same colours as the printed maps (guide.maps.style).
STATUS_COLORS = {status: QColor(color) for status, color in map_style.STATUS_COLORS.items()}
MONOTOWN = QColor(map_style.MONOTOWN)
FORMER_MONOTOWN = QColor(map_style.FORMER_MONOTOWN)
REGIONAL_CENTRE = QColor(map_style.REGIONAL_CENTRE)


def completeness_color(score: float) -> QColor:
    return {"good": GOOD, "fair": FAIR}.get(rules.completeness_grade(score), POOR)


def css(color: QColor) -> str:
    """The colour as CSS (for the detail pane's HTML)."""
    return str(color.name())
