"""The map's projection: known coordinates land where an independent implementation (PROJ) puts them."""

from __future__ import annotations

import pytest

from guide.maps.projection import REGION, distance_km, nice_length

# Reference values from PROJ 9 (pyproj), "+proj=lcc +lat_1=46 +lat_2=52 +lat_0=49 +lon_0=73.5 +datum=WGS84".
PROJ = [
    ((49.0, 73.5), (0.0, 0.0)),
    ((49.8, 73.1), (-28760.194886732657, 88930.72434388754)),  # Karaganda
    ((46.85, 74.98), (112796.33444911696, -237686.87605110015)),  # Balkhash
    ((50.05, 72.96), (-38628.48178069499, 116764.67664328442)),  # Temirtau
    ((52.0, 78.0), (308869.96157636936, 342570.4043651153)),
]


@pytest.mark.parametrize(("latlon", "xy"), PROJ)
def test_known_points_land_where_proj_puts_them(latlon: tuple[float, float], xy: tuple[float, float]) -> None:
    x, y = REGION.forward(*latlon)
    assert x == pytest.approx(xy[0], abs=0.01)
    assert y == pytest.approx(xy[1], abs=0.01)


@pytest.mark.parametrize(("latlon", "xy"), PROJ)
def test_inverse_returns_the_coordinates(latlon: tuple[float, float], xy: tuple[float, float]) -> None:
    lat, lon = REGION.inverse(*xy)
    assert lat == pytest.approx(latlon[0], abs=1e-9)
    assert lon == pytest.approx(latlon[1], abs=1e-9)


def test_north_is_up_and_east_is_right_at_the_central_meridian() -> None:
    x0, y0 = REGION.forward(49.0, 73.5)
    assert REGION.forward(50.0, 73.5)[1] > y0
    assert REGION.forward(50.0, 73.5)[0] == pytest.approx(x0)
    assert REGION.forward(49.0, 74.5)[0] > x0


@pytest.mark.parametrize("lat", [45.5, 46.0, 47.5, 49.0, 50.5, 52.0])
def test_scale_is_true_within_a_fraction_of_a_percent_across_the_region(lat: float) -> None:
    assert abs(REGION.scale_factor(lat) - 1) < 0.002
    assert REGION.scale_factor(46.0) == pytest.approx(1.0, abs=1e-9)  # a standard parallel


def test_map_distances_match_great_circle_distances() -> None:
    # Karaganda - Temirtau: 29.57 km on the ellipsoid (PROJ's geodesic); Karaganda - Balkhash: 356.4 km.
    assert distance_km(49.8, 73.1, 50.05, 72.96) == pytest.approx(29.57, rel=0.005)
    assert distance_km(49.8, 73.1, 46.85, 74.98) == pytest.approx(356.4, rel=0.005)
    (x1, y1), (x2, y2) = REGION.forward(49.8, 73.1), REGION.forward(46.85, 74.98)
    on_map_km = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5 / 1000
    assert on_map_km == pytest.approx(356.4, rel=0.003)


def test_scale_bar_lengths_are_round() -> None:
    assert nice_length(140) == 100
    assert nice_length(2.7) == 2
    assert nice_length(0.6) == 0.5
    assert nice_length(0) == 0
