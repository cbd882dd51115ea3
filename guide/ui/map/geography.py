"""The geometry of the schematic map: a projection to kilometres and rough outlines.

The map works offline with no tiles, so the region is drawn from a handful of
points. The outlines of the region and of Lake Balkhash are deliberately
coarse (the map says so); the towns and premises sit at their real
coordinates, and distances on the map are true to within a few per cent,
which is what the scale bar needs.
"""

from __future__ import annotations

import math

# The projection's centre: the middle of Karaganda region.
LAT0 = 48.6
LON0 = 73.6
KM_PER_DEGREE_LAT = 110.57
KM_PER_DEGREE_LON = 111.32 * math.cos(math.radians(LAT0))

# Rough outline of Karaganda region (since the 2022 split of Ulytau region), (lat, lon).
REGION_OUTLINE: tuple[tuple[float, float], ...] = (
    (51.20, 71.30), (51.35, 72.60), (51.10, 74.00), (50.90, 75.50), (50.40, 76.60), (49.60, 77.40),
    (48.70, 77.80), (47.60, 77.40), (46.90, 76.60), (46.55, 75.60), (46.50, 74.40), (46.50, 73.30),
    (46.90, 72.20), (47.50, 71.20), (48.30, 70.30), (49.20, 69.80), (50.00, 70.00), (50.70, 70.50),
)  # fmt: skip

# Rough outline of the western part of Lake Balkhash, (lat, lon).
LAKE_BALKHASH: tuple[tuple[float, float], ...] = (
    (46.45, 73.45), (46.70, 73.95), (46.79, 74.60), (46.80, 74.98), (46.72, 75.50), (46.58, 76.10),
    (46.45, 76.80), (46.32, 77.60), (46.22, 78.40), (45.95, 78.40), (45.88, 78.00), (46.00, 77.20),
    (46.12, 76.40), (46.18, 75.60), (46.12, 74.80), (46.05, 74.30), (46.20, 73.70),
)  # fmt: skip

# Where each town's label sits relative to its point, so the cluster around
# Karaganda stays readable: (dx, dy) in pixels, text anchored accordingly.
LABEL_SIDES: dict[str, str] = {
    "temirtau": "above",
    "karaganda": "right",
    "saran": "above",
    "shakhtinsk": "left",
    "abai": "below",
    "balkhash": "above",
}


def project(lat: float, lon: float) -> tuple[float, float]:
    """Scene coordinates in km (x east, y south) of a point, around the region's centre."""
    return (lon - LON0) * KM_PER_DEGREE_LON, -(lat - LAT0) * KM_PER_DEGREE_LAT


def unproject(x: float, y: float) -> tuple[float, float]:
    """The (lat, lon) of scene coordinates."""
    return LAT0 - y / KM_PER_DEGREE_LAT, LON0 + x / KM_PER_DEGREE_LON


def nice_length(max_km: float) -> float:
    """The longest of 1, 2, 5 × 10ⁿ km that is at most ``max_km`` (for the scale bar)."""
    if max_km <= 0:
        return 0.0
    exponent = math.floor(math.log10(max_km))
    for step in (5, 2, 1):
        length = step * 10**exponent
        if length <= max_km:
            return float(length)
    return float(10 ** (exponent - 1) * 5)
