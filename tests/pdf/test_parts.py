"""The small pieces: number and date formats, QR payloads, the location sketch."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.shapes import String

from guide.pdf.flowables import distance_km, location_sketch, qr_payload
from guide.present.format import long_date, number, short_date


def test_numbers_as_each_language_writes_them() -> None:
    assert number(1250.5, "ru") == "1\u00a0250,5"
    assert number(1250.5, "kk") == "1\u00a0250,5"
    assert number(1250.5, "en") == "1,250.5"
    assert number(720000, "ru") == "720\u00a0000"
    assert number(0.25, "en") == "0.25"
    assert number(2.0, "en", decimals=1) == "2.0"
    assert number(None, "ru") == ""


def test_dates() -> None:
    day = dt.date(2026, 12, 5)
    assert long_date(day, "ru") == "5 декабря 2026 г."
    assert long_date(day, "kk") == "2026 жылғы 5 желтоқсан"
    assert long_date(day, "en") == "5 December 2026"
    assert short_date("2026-12-05", "ru") == "05.12.2026"
    assert short_date("2026-12-05", "en") == "5 Dec 2026"
    assert short_date("sometime", "en") == "sometime"


def test_qr_payload_is_a_geo_uri_with_the_premise() -> None:
    assert qr_payload({"id": 5, "lat": 50.035, "lon": 72.987}) == (
        "geo:50.03500,72.98700?q=50.03500,72.98700(premise 5)"
    )
    assert qr_payload({"id": 6, "lat": None, "lon": 72.9}) is None
    assert qr_payload({"id": 5, "lat": 50.035, "lon": 72.987}, "объект №5").endswith(
        "(%D0%BE%D0%B1%D1%8A%D0%B5%D0%BA%D1%82 %E2%84%965)"
    )


def test_location_sketch_points_to_the_regional_centre() -> None:
    sketch = location_sketch(
        town=(50.05, 72.96), town_label="Теміртау", point=(50.035, 72.987), point_label="№5",
        centre_label="Қарағанды", km="км",
    )  # fmt: skip
    labels = [s.text for s in sketch.contents if isinstance(s, String)]
    assert "Теміртау" in labels and "№5" in labels
    assert any(text.startswith("Қарағанды 3") and text.endswith("км") for text in labels)
    assert 25 < distance_km((50.05, 72.96), (49.80, 73.10)) < 35


def test_location_sketch_without_a_point_or_far_from_nothing() -> None:
    sketch = location_sketch(town=(49.8, 73.1), town_label="Караганда", point=None, point_label="",
                             centre=(49.8, 73.1), centre_label="Караганда")  # fmt: skip
    labels = [s.text for s in sketch.contents if isinstance(s, String)]
    assert labels.count("Караганда") == 1  # no arrow to itself
