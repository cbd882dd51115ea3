"""The map's colours and sizes, as hex strings (the window turns them into QColors).

One table for the PDF, the ``map`` command and the window, so a vacant
premise is the same green everywhere.
"""

from __future__ import annotations

REGIONAL_CENTRE_ID = "karaganda"

STATUS_COLORS = {
    "vacant": "#2e7d32",
    "reserved": "#f9a825",
    "leased": "#6d7b8d",
    "sold": "#9e9e9e",
}
NO_STATUS = "#6b7280"
MONOTOWN = "#1f4e79"
FORMER_MONOTOWN = "#7b8fa6"
OTHER_TOWN = "#9aa5b1"
REGIONAL_CENTRE = "#b3261e"

BACKGROUND = "#eef1ec"  # outside Kazakhstan's regions
NEIGHBOUR_FILL = "#f4f2ea"
NEIGHBOUR_LINE = "#a9a391"
REGION_FILL = "#fffdf5"
REGION_LINE = "#8c5a2b"
LAKE_FILL = "#b9dcf2"
LAKE_LINE = "#6fa3cc"
RIVER = "#5d9bd0"
TEXT = "#1b1b1b"
MUTED_TEXT = "#6b6f76"
WATER_TEXT = "#2f6f9f"

# The akimat's layers by kind: (stroke colour, width in points, dash pattern or None, fill or None).
LAYER_STYLES: dict[str, tuple[str, float, tuple[float, ...] | None, str | None]] = {
    "rail": ("#2b2b2b", 1.4, (4, 2), None),
    "road": ("#d9822b", 1.6, None, None),
    "power": ("#c62828", 1.0, (6, 2, 1, 2), None),
    "gas": ("#e0a800", 1.2, (3, 2), None),
    "water": ("#1e88e5", 1.2, None, None),
    "heat": ("#8e24aa", 1.2, (2, 2), None),
    "zone": ("#558b2f", 1.0, None, "#9ccc65"),
    "other": ("#546e7a", 1.0, None, "#b0bec5"),
}
LAYER_KINDS = tuple(LAYER_STYLES)
