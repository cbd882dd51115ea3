"""Chart colours: each town keeps one colour in the window and the PDF, in every language.

Colours used to follow the order of the towns in a chart, which is the
alphabetical order of their names in the reader's language, so Temirtau
changed colour between the Russian and the English guide. Now the colour
belongs to the town id.
"""

from __future__ import annotations

import zlib

# The bundled towns, each with its own colour.
TOWN_COLOURS: dict[str, str] = {
    "temirtau": "#1E88B6",
    "balkhash": "#14365D",
    "shakhtinsk": "#D9A521",
    "abai": "#6A9F58",
    "saran": "#8E6BB0",
    "karaganda": "#B3261E",
}
# For towns an economist adds: picked by a checksum of the id, so the same id always gets the same one.
SPARE_COLOURS: tuple[str, ...] = ("#E07B39", "#3B9C9C", "#A05195", "#7A8B99", "#C8A951", "#4F6D7A")


def town_colour(town_id: str) -> str:
    """The ``#rrggbb`` chart colour of a town."""
    known = TOWN_COLOURS.get(town_id)
    if known is not None:
        return known
    return SPARE_COLOURS[zlib.crc32(town_id.encode("utf-8")) % len(SPARE_COLOURS)]
