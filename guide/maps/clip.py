"""Clipping to the map's frame (the PDF has no clip paths for drawings, and labels must stay inside)."""

from __future__ import annotations

from collections.abc import Sequence

XY = tuple[float, float]
Box = tuple[float, float, float, float]  # xmin, ymin, xmax, ymax


def clip_ring(ring: Sequence[XY], box: Box) -> list[XY]:
    """Sutherland-Hodgman: the part of a closed ring inside the box (empty when none)."""
    xmin, ymin, xmax, ymax = box
    out = list(ring[:-1] if len(ring) > 1 and ring[0] == ring[-1] else ring)
    if not out:
        return []
    # Most rings of a small map lie wholly outside the box or wholly inside it: a bounding box
    # (C loops) tells at once, where clipping would walk every point four times in Python.
    xs = [p[0] for p in out]
    ys = [p[1] for p in out]
    left, right, bottom, top = min(xs), max(xs), min(ys), max(ys)
    if right < xmin or left > xmax or top < ymin or bottom > ymax:
        return []
    if xmin <= left and right <= xmax and ymin <= bottom and top <= ymax:
        return out if len(out) >= 3 else []
    for edge in range(4):
        if not out:
            return []
        source, out = out, []
        for i, current in enumerate(source):
            previous = source[i - 1]
            cur_in, prev_in = _inside(current, edge, box), _inside(previous, edge, box)
            if cur_in:
                if not prev_in:
                    out.append(_cross(previous, current, edge, box))
                out.append(current)
            elif prev_in:
                out.append(_cross(previous, current, edge, box))
    return out if len(out) >= 3 else []


def _inside(p: XY, edge: int, box: Box) -> bool:
    if edge == 0:
        return p[0] >= box[0]
    if edge == 1:
        return p[0] <= box[2]
    if edge == 2:
        return p[1] >= box[1]
    return p[1] <= box[3]


def _cross(a: XY, b: XY, edge: int, box: Box) -> XY:
    if edge < 2:
        x = box[0] if edge == 0 else box[2]
        t = (x - a[0]) / (b[0] - a[0])
        return x, a[1] + t * (b[1] - a[1])
    y = box[1] if edge == 2 else box[3]
    t = (y - a[1]) / (b[1] - a[1])
    return a[0] + t * (b[0] - a[0]), y


def clip_line(line: Sequence[XY], box: Box) -> list[list[XY]]:
    """The runs of a polyline inside the box (Liang-Barsky on each segment)."""
    if not line:
        return []
    # As for rings: most lines of a small map are wholly outside it, a few wholly inside.
    xs = [p[0] for p in line]
    ys = [p[1] for p in line]
    left, right, bottom, top = min(xs), max(xs), min(ys), max(ys)
    xmin, ymin, xmax, ymax = box
    if right < xmin or left > xmax or top < ymin or bottom > ymax:
        return []
    if xmin <= left and right <= xmax and ymin <= bottom and top <= ymax:
        return [list(line)] if len(line) >= 2 else []
    runs: list[list[XY]] = []
    current: list[XY] = []
    for a, b in zip(line, line[1:], strict=False):
        segment = _clip_segment(a, b, box)
        if segment is None:
            if current:
                runs.append(current)
                current = []
            continue
        start, end = segment
        if not current or current[-1] != start:
            if current:
                runs.append(current)
            current = [start]
        current.append(end)
        if end != b:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [r for r in runs if len(r) >= 2]


def _clip_segment(a: XY, b: XY, box: Box) -> tuple[XY, XY] | None:
    dx, dy = b[0] - a[0], b[1] - a[1]
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, a[0] - box[0]), (dx, box[2] - a[0]), (-dy, a[1] - box[1]), (dy, box[3] - a[1])):
        if p == 0:
            if q < 0:
                return None
            continue
        r = q / p
        if p < 0:
            t0 = max(t0, r)
        else:
            t1 = min(t1, r)
        if t0 > t1:
            return None
    start = a if t0 == 0 else (a[0] + t0 * dx, a[1] + t0 * dy)
    end = b if t1 == 1 else (a[0] + t1 * dx, a[1] + t1 * dy)
    return start, end


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def label_point(ring: Sequence[XY], at: float | None = None) -> XY:
    """A point well inside a polygon for its name: the middle of the widest span through its centroid's height.

    ``at`` (0 = bottom, 1 = top) asks for another height instead of the centroid's.
    """
    n = len(ring)
    cx = sum(p[0] for p in ring) / n
    ys = [p[1] for p in ring]
    height = max(ys) - min(ys)
    cy = sum(ys) / n if at is None else min(ys) + at * height
    best: tuple[float, float] | None = None
    cy_best = cy
    for y in (cy, *(cy + k * f * height for f in (0.1, 0.2, 0.3) for k in (-1, 1))):
        if not min(ys) < y < max(ys):
            continue
        xs = sorted(
            a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            for a, b in zip(ring, [*ring[1:], ring[0]], strict=True)
            if (a[1] > y) != (b[1] > y)
        )
        for left, right in zip(xs[0::2], xs[1::2], strict=False):
            if best is None or right - left > best[1] - best[0]:
                best = (left, right)
                cy_best = y
        if best is not None and y == cy:
            break
    if best is None:
        return cx, cy
    return (best[0] + best[1]) / 2, cy_best
