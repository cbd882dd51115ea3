"""Labels that don't overlap: each goes beside its point where there is room, or is led out, or dropped.

Works in output units (points of the drawing, or the window's pixels) with a
text-width function, so the PDF and the window place labels the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from guide.maps.clip import Box, overlaps


@dataclass
class LabelRequest:
    text: str
    x: float  # the point labelled, output units (y up)
    y: float
    size: float  # font size
    gap: float  # distance from the point to the text (the marker's radius and a little)
    priority: int
    centred: bool = False  # a name written over an area (region, lake), not beside a point
    can_lead: bool = False  # may be moved further out with a leader line


@dataclass
class PlacedLabel:
    request: LabelRequest
    x: float  # text start (left), baseline
    y: float
    box: Box
    leader: tuple[float, float, float, float] | None = None  # from the point to the text


def place_labels(
    requests: Sequence[LabelRequest],
    width_of: Callable[[str, float], float],
    frame: Box,
    obstacles: Sequence[Box] = (),
) -> tuple[list[PlacedLabel], list[LabelRequest]]:
    """Greedy placement by priority; returns (placed, dropped)."""
    taken: list[Box] = list(obstacles)
    placed: list[PlacedLabel] = []
    dropped: list[LabelRequest] = []
    for request in sorted(requests, key=lambda r: -r.priority):
        spot = _find_spot(request, width_of, frame, taken)
        if spot is None:
            dropped.append(request)
            continue
        placed.append(spot)
        taken.append(spot.box)
    return placed, dropped


def _candidates(request: LabelRequest, w: float, h: float, gap: float) -> list[tuple[float, float]]:
    """Lower-left corners of the text box around the point: right, left, above, below, then the diagonals."""
    x, y = request.x, request.y
    return [
        (x + gap, y - h / 2),
        (x - gap - w, y - h / 2),
        (x - w / 2, y + gap),
        (x - w / 2, y - gap - h),
        (x + gap * 0.7, y + gap * 0.7),
        (x + gap * 0.7, y - gap * 0.7 - h),
        (x - gap * 0.7 - w, y + gap * 0.7),
        (x - gap * 0.7 - w, y - gap * 0.7 - h),
    ]


def _find_spot(
    request: LabelRequest, width_of: Callable[[str, float], float], frame: Box, taken: list[Box]
) -> PlacedLabel | None:
    w = width_of(request.text, request.size)
    h = request.size * 1.2
    pad = request.size * 0.15
    if request.centred:
        corners = [(request.x - w / 2, request.y - h / 2)]
    else:
        corners = _candidates(request, w, h, request.gap)
    tries = [(c, False) for c in corners]
    if request.can_lead:
        tries += [(c, True) for c in _candidates(request, w, h, request.gap + 3.2 * h)]
    for (left, bottom), lead in tries:
        box = (left - pad, bottom - pad, left + w + pad, bottom + h + pad)
        if box[0] < frame[0] or box[1] < frame[1] or box[2] > frame[2] or box[3] > frame[3]:
            continue
        if any(overlaps(box, other) for other in taken):
            continue
        leader = None
        if lead:
            tx = min(max(request.x, left), left + w)
            ty = min(max(request.y, bottom), bottom + h)
            leader = (request.x, request.y, tx, ty)
        return PlacedLabel(request, left, bottom + h * 0.25, box, leader)
    return None
