"""Scene coordinates of the window's map: the renderer's projection in kilometres, y pointing down.

The window draws the same projected shapes as the printed maps
(``guide.maps``); Qt's y axis points down, so north is -y here.
"""

from __future__ import annotations

from guide.maps.projection import REGION, nice_length

__all__ = ["nice_length", "project", "unproject", "to_metres", "from_metres"]


def project(lat: float, lon: float) -> tuple[float, float]:
    """Scene coordinates in km (x east, y south) of a point."""
    x, y = REGION.forward(lat, lon)
    return x / 1000, -y / 1000


def unproject(x: float, y: float) -> tuple[float, float]:
    """The (lat, lon) of scene coordinates."""
    return REGION.inverse(x * 1000, -y * 1000)


def from_metres(point: tuple[float, float]) -> tuple[float, float]:
    """A renderer point (metres, y north) in scene units."""
    return point[0] / 1000, -point[1] / 1000


def to_metres(x: float, y: float) -> tuple[float, float]:
    return x * 1000, -y * 1000
