"""PDF output: writes the map drawing's shapes straight as PDF operators.

reportlab's ``renderPDF`` draws a drawing node by node through a state tracker
that saves, compares and re-applies every graphics attribute of every shape
through the canvas's methods, and makes each circle's Bézier arcs anew: a
quarter of a 500-premise brief's build went to its locator maps. The map drawing
uses only flat rectangles, circles, polygons, polylines, lines and strings
(as ``png.py`` paints them), each carrying its own colours and line style, so
each is written here as one ``q … Q`` block of operators. Anything else in a
drawing (a transform, state set on a group, another kind of shape) sends the
whole drawing through ``renderPDF`` as before.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import pathobject, pdfgeom
from reportlab.pdfgen.canvas import PATH_OPS
from reportlab.rl_config import _unset_

_SHAPES = (Rect, Circle, Polygon, PolyLine, Line, String)
_IDENTITY = (1, 0, 0, 1, 0, 0)
_ANCHORS = ("start", "inherited", "middle", "end")
# What a group that only groups has; a colour or line style set on it would be its shapes' default.
_GROUP_ONLY = {"_attrMap", "contents", "transform"}
# A unit circle as reportlab's canvas draws one: four Bézier quarters, scaled and moved per circle.
_UNIT_CIRCLE = pdfgeom.bezierArc(-1.0, -1.0, 1.0, 1.0, 0, 360)


class MapFigure(Drawing):  # type: ignore[misc]
    """A map drawing that a PDF canvas gets as operators written directly."""

    def draw(self, showBoundary: Any = _unset_) -> None:  # noqa: N803 (reportlab's name)
        if (showBoundary is _unset_ or not showBoundary) and writable(self):
            write(self, self.canv)
        else:
            super().draw(showBoundary)


def writable(drawing: Drawing) -> bool:
    """Whether every node is a shape this module writes, under groups that only group."""
    if getattr(drawing, "renderScale", 1.0) != 1.0 or tuple(drawing.transform) != _IDENTITY:
        return False
    stack = list(drawing.contents)
    while stack:
        node = stack.pop()
        kind = type(node)
        if kind is Group:
            # A group that sets a transform or a colour for its shapes is left to renderPDF.
            if tuple(node.transform) != _IDENTITY or set(node.__dict__) - _GROUP_ONLY:
                return False
            stack.extend(node.contents)
        elif kind not in _SHAPES or (kind is String and node.textAnchor not in _ANCHORS):
            return False
    return True


def write(drawing: Drawing, canvas: Any) -> None:
    """Writes ``drawing`` at the canvas's origin, as ``renderPDF.draw(drawing, canvas, 0, 0)`` does."""
    canvas.saveState()
    # Shapes with opaque colours rely on full opacity; the canvas says so only if it changes it.
    canvas.setFillAlpha(1)
    canvas.setStrokeAlpha(1)
    _Writer(canvas).nodes(drawing.contents)
    canvas.restoreState()


def _alpha(color: Any, opacity: Any) -> float:
    if opacity is not None:
        return float(opacity)
    alpha = getattr(color, "alpha", None)
    return 1.0 if alpha is None else float(alpha)


class _Writer:
    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        self.code: list[str] = canvas._code
        self.fill_mode = canvas._fillMode

    def nodes(self, nodes: list[Any]) -> None:
        for node in nodes:
            kind = type(node)
            if kind is Group:
                self.nodes(node.contents)
            elif kind is String:
                self.string(node)
            else:
                self.shape(node, kind)

    def shape(self, node: Any, kind: type) -> None:
        fill_color: Any = None if kind in (Line, PolyLine) else node.fillColor
        stroke_color = node.strokeColor
        fill, stroke = fill_color is not None, stroke_color is not None
        if kind in (Line, PolyLine) and not stroke:
            return
        translucent = (fill and _alpha(fill_color, node.fillOpacity) != 1) or (
            stroke and _alpha(stroke_color, node.strokeOpacity) != 1
        )
        code = self.code
        if translucent:
            # Opacity is an ExtGState the canvas names and tracks: set through the canvas.
            self.canvas.saveState()
            if fill:
                self.canvas.setFillAlpha(_alpha(fill_color, node.fillOpacity))
            if stroke:
                self.canvas.setStrokeAlpha(_alpha(stroke_color, node.strokeOpacity))
        else:
            code.append("q")
        if fill:
            code.append(f"{fp_str(fill_color.red, fill_color.green, fill_color.blue)} rg")
        if stroke:
            dash = node.strokeDashArray
            if dash:
                phase = 0
                if len(dash) == 2 and isinstance(dash[1], list | tuple):
                    phase, dash = dash
                dash_op = f"[{fp_str(dash)}] {phase} d"
            else:
                dash_op = "[] 0 d"
            code.append(
                f"{fp_str(stroke_color.red, stroke_color.green, stroke_color.blue)} RG "
                f"{fp_str(node.strokeWidth)} w {int(node.strokeLineCap)} J {int(node.strokeLineJoin)} j {dash_op}"
            )
        op = PATH_OPS[int(stroke), int(fill), self.fill_mode]
        if kind is Rect:
            if node.rx == node.ry == 0:
                code.append(f"n {fp_str(node.x, node.y, node.width, node.height)} re {op}")
            else:
                # As renderPDF: a rounded rectangle with the x radius.
                pathobject.PDFPathObject(code=code).roundRect(node.x, node.y, node.width, node.height, node.rx)
                code.append(op)
        elif kind is Circle:
            cx, cy, r = node.cx, node.cy, node.r
            first = _UNIT_CIRCLE[0]
            parts = ["n", f"{fp_str(cx + r * first[0], cy + r * first[1])} m"]
            for curve in _UNIT_CIRCLE:
                xs, ys = curve[2::2], curve[3::2]
                parts.append(f"{fp_str([v for x, y in zip(xs, ys, strict=True) for v in (cx + r * x, cy + r * y)])} c")
            parts.append(op)
            code.append(" ".join(parts))
        elif kind is Line:
            code.append(f"n {fp_str(node.x1, node.y1)} m {fp_str(node.x2, node.y2)} l S")
        else:
            points = node.points
            parts = ["n", f"{fp_str(points[0], points[1])} m"]
            parts += [f"{fp_str(points[i], points[i + 1])} l" for i in range(2, len(points) - 1, 2)]
            if kind is Polygon:
                parts.append("h")
            else:
                op = "S"
            parts.append(op)
            code.append(" ".join(parts))
        if translucent:
            self.canvas.restoreState()
        else:
            code.append("Q")

    def string(self, node: Any) -> None:
        # Text goes through the canvas, which subsets the bundled font; a map has a few dozen strings.
        color = node.fillColor
        if color is None or getattr(node, "textRenderMode", 0) not in (0, 2, 4, 6):
            return
        canvas = self.canvas
        x = node.x
        anchor = node.textAnchor
        if anchor not in ("start", "inherited"):
            width = stringWidth(node.text, node.fontName, node.fontSize, node.encoding)
            x -= width if anchor == "end" else width * 0.5
        canvas.saveState()
        canvas.setFillColor(color)
        canvas.setFont(node.fontName, node.fontSize)
        canvas.drawString(x, node.y, node.text, mode=getattr(node, "textRenderMode", 0) or None)
        canvas.restoreState()
