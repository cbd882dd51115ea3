"""A conformal projection for Karaganda region and great-circle distances.

Lambert conformal conic on the WGS 84 ellipsoid (Snyder, *Map Projections: A
Working Manual*, pp. 104-110), standard parallels 46° and 52° N, which bracket
the region from Lake Balkhash to the Akmola border, so the scale is within
0.2 % of true across it and the scale bar holds everywhere on the map. It is
conformal: a town's shape and the angles between roads are kept.
"""

from __future__ import annotations

import math

A = 6378137.0  # WGS 84 semi-major axis, metres
F = 1 / 298.257223563
E = math.sqrt(F * (2 - F))
EARTH_RADIUS_KM = 6371.0088  # mean radius, for great-circle distances


def _m(phi: float) -> float:
    return math.cos(phi) / math.sqrt(1 - (E * math.sin(phi)) ** 2)


def _t(phi: float) -> float:
    es = E * math.sin(phi)
    return math.tan(math.pi / 4 - phi / 2) / ((1 - es) / (1 + es)) ** (E / 2)


class LambertConformal:
    """Projects (lat, lon) in degrees to (x east, y north) in metres, and back."""

    def __init__(self, lat1: float = 46.0, lat2: float = 52.0, lat0: float = 49.0, lon0: float = 73.5) -> None:
        self.lon0 = lon0
        p1, p2, p0 = (math.radians(v) for v in (lat1, lat2, lat0))
        m1, m2 = _m(p1), _m(p2)
        t1, t2 = _t(p1), _t(p2)
        self.n = (math.log(m1) - math.log(m2)) / (math.log(t1) - math.log(t2))
        self.af = A * m1 / (self.n * t1**self.n)
        self.rho0 = self.af * _t(p0) ** self.n

    def forward(self, lat: float, lon: float) -> tuple[float, float]:
        rho = self.af * _t(math.radians(lat)) ** self.n
        theta = self.n * math.radians(lon - self.lon0)
        return rho * math.sin(theta), self.rho0 - rho * math.cos(theta)

    def inverse(self, x: float, y: float) -> tuple[float, float]:
        dy = self.rho0 - y
        rho = math.copysign(math.hypot(x, dy), self.n)
        theta = math.atan2(x, dy)
        t = (rho / self.af) ** (1 / self.n)
        phi = math.pi / 2 - 2 * math.atan(t)
        for _ in range(15):
            es = E * math.sin(phi)
            phi = math.pi / 2 - 2 * math.atan(t * ((1 - es) / (1 + es)) ** (E / 2))
        return math.degrees(phi), self.lon0 + math.degrees(theta / self.n)

    def scale_factor(self, lat: float) -> float:
        """How much a short distance at ``lat`` is stretched on the map (1.0 = true)."""
        phi = math.radians(lat)
        return self.n * self.af * _t(phi) ** self.n / (A * _m(phi))


REGION = LambertConformal()


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle ("straight-line") distance in kilometres (haversine; within 0.5 % of the ellipsoid)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def nice_length(max_km: float) -> float:
    """The longest of 1, 2, 5 × 10ⁿ km that is at most ``max_km`` (for a scale bar)."""
    if max_km <= 0:
        return 0.0
    exponent = math.floor(math.log10(max_km))
    for step in (5, 2, 1):
        length = step * 10.0**exponent
        if length <= max_km:
            return float(length)
    return float(10.0 ** (exponent - 1) * 5)
