"""An indicator chart shown as SVG: the PDF's own chart code, drawn by QtSvg."""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from guide.present import chart_size

# The charts are drawn 440 × 200 points for the page. On screen they are never shown so small that
# their smallest text falls under MIN_TEXT_PX logical pixels (Qt scales logical pixels with the
# display's scaling, so this holds at 100 % and at 150 %), and a little larger when there is room.
SCALE = 1.35
MIN_TEXT_PX = 9.0
MIN_WIDTH = 360
_FONT_SIZE = re.compile(r"font-size:\s*([0-9.]+)px")


def smallest_text(svg: bytes) -> float | None:
    """The smallest font size in a reportlab SVG, in its own units (points drawn as px)."""
    sizes = [float(s) for s in _FONT_SIZE.findall(svg.decode("utf-8"))]
    return min(sizes) if sizes else None


# reportlab names its fonts "PTSans", "PTSans-Bold"…; Qt knows the family "PT Sans".
_FONT = re.compile(r"font-family: ?PTSans(?:-(Bold|Italic|BoldItalic))?;")
_FACES = {
    None: "font-family: 'PT Sans';",
    "Bold": "font-family: 'PT Sans'; font-weight: bold;",
    "Italic": "font-family: 'PT Sans'; font-style: italic;",
    "BoldItalic": "font-family: 'PT Sans'; font-weight: bold; font-style: italic;",
}


def for_qt(svg: bytes) -> bytes:
    """Adapt reportlab's SVG to what QtSvg (SVG Tiny 1.2) draws correctly.

    QtSvg has no clipPath: it would paint the clip rectangle itself, in the
    default black fill, over the whole chart. The drawing never strays outside
    its frame anyway, so the clip is simply dropped.
    """
    text = svg.decode("utf-8")
    text = re.sub(r"<clipPath.*?</clipPath>", "", text, flags=re.DOTALL)
    text = text.replace("clip-path: url(#clip)", "")
    text = _FONT.sub(lambda m: _FACES[m.group(1)], text)
    return text.encode("utf-8")


class ChartView(QWidget):
    """One reportlab drawing, rendered from its SVG on white, keeping its aspect ratio as it resizes."""

    def __init__(self, drawing: object, parent: QWidget | None = None) -> None:
        from guide.pdf.charts import drawing_to_svg  # reportlab: imported with the first chart (issue 18)

        super().__init__(parent)
        self.svg = drawing_to_svg(drawing)
        self.renderer = QSvgRenderer(QByteArray(for_qt(self.svg)), self)
        self._width = float(getattr(drawing, "width", 440))
        self._height = float(getattr(drawing, "height", 200))
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        smallest = smallest_text(self.svg)
        self.min_scale = max(MIN_TEXT_PX / smallest if smallest else 0.0, MIN_WIDTH / self._width)
        self.scale = max(SCALE, self.min_scale)
        self.setMinimumWidth(round(self._width * self.min_scale))
        self.setMaximumWidth(round(self._width * self.scale * 1.25))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width * self._height / self._width)

    def sizeHint(self) -> QSize:
        return QSize(round(self._width * self.scale), round(self._height * self.scale))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), self.heightForWidth(self.minimumWidth()))

    def text_scale(self) -> float:
        """How many logical pixels a point of the drawing takes on screen now."""
        return min(float(self.width()) / self._width, self.height() / self._height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The SVG has no background of its own: paint the paper white, as in the PDF.
        painter.fillRect(self.rect(), QColor("#ffffff"))
        width = min(float(self.width()), self.height() * self._width / self._height)
        height = width * self._height / self._width
        self.renderer.render(painter, QRectF(0, 0, width, height))
        painter.end()


class ChartPlaceholder(QWidget):
    """A chart's place, at the size its ChartView will take, until the chart is drawn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(MIN_WIDTH)
        self.setMaximumWidth(round(chart_size.WIDTH * SCALE * 1.25))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width * chart_size.HEIGHT / chart_size.WIDTH)

    def sizeHint(self) -> QSize:
        return QSize(round(chart_size.WIDTH * SCALE), round(chart_size.HEIGHT * SCALE))


def chart_widget(make: Callable[[], object | None], parent: QWidget | None = None) -> QWidget | None:
    """A ChartView for the drawing ``make()`` returns; None when there is nothing to draw.

    A chart that fails to draw is a bug in the chart code, but it must not take
    the whole dashboard down with it: the traceback goes to stderr for the
    report and the user sees a short note in the chart's place.
    """
    try:
        drawing = make()
        if drawing is None:
            return None
        return ChartView(drawing, parent)
    except Exception:
        traceback.print_exc()
        label = QLabel(QCoreApplication.translate("ChartView", "График не удалось построить"), parent)
        label.setStyleSheet("color: #6b7280; border: 1px dashed #c0c6cc; padding: 24px")
        return label
