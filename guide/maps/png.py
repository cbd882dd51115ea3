"""PNG output with Pillow: paints the map drawing's shapes, supersampled for smooth edges.

reportlab's own bitmap renderer now needs Cairo (a system library), while
Pillow is already a dependency; the map drawing uses only flat rectangles,
circles, polygons, polylines, lines and strings, which this paints 1:1.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String

from guide.pdf import fonts

SUPERSAMPLE = 2


@cache
def _font(name: str, size_px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(fonts.font_dir() / fonts.FONT_FILES.get(name, fonts.FONT_FILES[fonts.SANS])), size_px)


def _rgba(color: Any) -> tuple[int, int, int, int] | None:
    if color is None:
        return None
    alpha = getattr(color, "alpha", 1.0)
    return (round(color.red * 255), round(color.green * 255), round(color.blue * 255), round(alpha * 255))


class _Painter:
    def __init__(self, drawing: Drawing, width_px: int) -> None:
        self.k = width_px * SUPERSAMPLE / drawing.width
        self.h = drawing.height
        size = (round(drawing.width * self.k), round(drawing.height * self.k))
        self.image = Image.new("RGB", size, "white")
        self.draw = ImageDraw.Draw(self.image, "RGBA")

    def xy(self, x: float, y: float) -> tuple[float, float]:
        return x * self.k, (self.h - y) * self.k

    def points(self, flat: list[float]) -> list[tuple[float, float]]:
        return [self.xy(flat[i], flat[i + 1]) for i in range(0, len(flat) - 1, 2)]

    def width(self, node: Any) -> int:
        return max(1, round((node.strokeWidth or 0) * self.k))

    def paint(self, node: Any) -> None:
        if isinstance(node, Group):
            for child in node.contents:
                self.paint(child)
        elif isinstance(node, Rect):
            (x0, y1), (x1, y0) = self.xy(node.x, node.y), self.xy(node.x + node.width, node.y + node.height)
            outline = _rgba(node.strokeColor)
            self.draw.rectangle(
                (x0, y0, x1, y1), fill=_rgba(node.fillColor), outline=outline, width=self.width(node) if outline else 0
            )
        elif isinstance(node, Circle):
            cx, cy = self.xy(node.cx, node.cy)
            r = node.r * self.k
            outline = _rgba(node.strokeColor)
            self.draw.ellipse(
                (cx - r, cy - r, cx + r, cy + r),
                fill=_rgba(node.fillColor),
                outline=outline,
                width=self.width(node) if outline else 0,
            )
        elif isinstance(node, Polygon):
            points = self.points(node.points)
            if len(points) >= 3 and node.fillColor is not None:
                self.draw.polygon(points, fill=_rgba(node.fillColor))
            if node.strokeColor is not None and len(points) >= 2:
                self._line([*points, points[0]], node)
        elif isinstance(node, PolyLine):
            self._line(self.points(node.points), node)
        elif isinstance(node, Line):
            self._line([self.xy(node.x1, node.y1), self.xy(node.x2, node.y2)], node)
        elif isinstance(node, String):
            font = _font(node.fontName, max(1, round(node.fontSize * self.k)))
            anchor = {"start": "ls", "middle": "ms", "end": "rs"}.get(node.textAnchor, "ls")
            self.draw.text(self.xy(node.x, node.y), node.text, font=font, fill=_rgba(node.fillColor), anchor=anchor)

    def _line(self, points: list[tuple[float, float]], node: Any) -> None:
        color = _rgba(node.strokeColor)
        if color is None or len(points) < 2:
            return
        width = self.width(node)
        dash = node.strokeDashArray
        runs = _dashed(points, [d * self.k for d in dash]) if dash else [points]
        for run in runs:
            self.draw.line(run, fill=color, width=width, joint="curve")


def _dashed(points: list[tuple[float, float]], pattern: list[float]) -> list[list[tuple[float, float]]]:
    """Splits a polyline into the "on" runs of a dash pattern."""
    runs: list[list[tuple[float, float]]] = []
    index, left, on = 0, pattern[0], True
    current: list[tuple[float, float]] = [points[0]]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        length = math.hypot(x1 - x0, y1 - y0)
        pos = 0.0
        while length - pos > left:
            pos += left
            p = (x0 + (x1 - x0) * pos / length, y0 + (y1 - y0) * pos / length)
            if on:
                current.append(p)
                runs.append(current)
            current = [p]
            on = not on
            index = (index + 1) % len(pattern)
            left = pattern[index]
        left -= length - pos
        current.append((x1, y1))
    if on and len(current) >= 2:
        runs.append(current)
    return runs


def write_png(drawing: Drawing, path: Path, width_px: int) -> None:
    painter = _Painter(drawing, width_px)
    for node in drawing.contents:
        painter.paint(node)
    height_px = round(drawing.height * width_px / drawing.width)
    painter.image.resize((width_px, height_px), Image.Resampling.LANCZOS).save(path, format="PNG", optimize=True)
