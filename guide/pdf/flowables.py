"""Small drawings and blocks the sections reuse: location sketch, QR code, photo, figures, tables."""

from __future__ import annotations

import functools
import hashlib
import io
import itertools
import math
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from PIL import Image as PILImage
from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.shapes import Circle, Drawing, Line, Path, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfutils
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, Table, TableStyle
from reportlab.platypus import Paragraph as _Paragraph

from guide.pdf import fonts, styles

# Karaganda, the regional centre, when the catalog has no record for it.
REGIONAL_CENTRE = (49.80, 73.10)
KM_PER_DEG_LAT = 110.57
KM_PER_DEG_LON_EQUATOR = 111.32
# Photos larger than this are scaled down before embedding: a 24-megapixel
# camera photo would otherwise make a multi-megabyte guide.
PHOTO_MAX_PIXELS = 1400


# -- paragraphs -----------------------------------------------------------------------------------------


class Paragraph(_Paragraph):  # type: ignore[misc]
    """reportlab's paragraph, breaking its lines once per width.

    A table measures its cells again to draw them and again at each split, and a KeepTogether
    measures its parts before the frame places them one by one: a passport's paragraph was broken
    into lines five or six times, the same way each time. A paragraph's lines depend only on the
    width and its style (reportlab's ``wrap`` ignores the height), so a second ``wrap`` at the width
    of the last one keeps the lines that one made. Every paragraph in a guide is made here.
    """

    # (width, style, size) of the last wrap
    _wrapped: tuple[float, Any, tuple[float, float]] | None = None

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:  # noqa: N803
        # Made from a parsed paragraph's pieces (the halves of a split): nothing to parse.
        if frags is not None or not isinstance(text, str) or not isinstance(bulletText, str | None):
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        parsed = _parsed(text, style, bulletText, self.caseSensitive, cleaner)
        self.text, self.style, self.bulletText, self.debug = parsed.text, parsed.style, parsed.bulletText, 0
        # Each paragraph its own fragments: reportlab sets attributes on them as it lays them out.
        self.frags = [frag.clone() for frag in parsed.frags]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        last = self._wrapped
        # reportlab's split drops the lines when the paragraph can't start on the page.
        if last is not None and last[0] == availWidth and last[1] is self.style and "blPara" in self.__dict__:
            return last[2]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.style, size)
        return size


# A 500-premise brief parses some 11,000 distinct texts besides the repeated ones: room for all of
# a brief's (about 1.4 kB each, 14 MB for that brief), so a second build parses none.
@functools.lru_cache(maxsize=16384)
def _parsed(text: str, style: Any, bullet: str | None, case_sensitive: int, cleaner: Any) -> _Paragraph:
    """A paragraph's markup parsed into fragments, once per text and style.

    reportlab parses each paragraph's markup with Python's HTML parser, a tenth of a brief's
    build; a brief repeats the same labels, headings and yes/no cells on every passport.
    """
    parsed = _Paragraph.__new__(_Paragraph)
    parsed.caseSensitive = case_sensitive
    parsed.encoding = "utf8"
    _Paragraph._setup(parsed, text, style, bullet, None, cleaner)
    return parsed


# -- tables ---------------------------------------------------------------------------------------------

# reportlab sets each cell's font from the table style, Helvetica unless told
# otherwise, so every table starts from the bundled font.
BASE_TABLE_STYLE: tuple[tuple[Any, ...], ...] = (("FONT", (0, 0), (-1, -1), fonts.SANS, 9),)


def grid(
    rows: Sequence[Sequence[Any]], widths: Sequence[float], commands: Sequence[tuple[Any, ...]] = (), **kw: Any
) -> Table:
    """A table in the bundled font; every table in a guide is made here."""
    kw.setdefault("hAlign", "LEFT")
    # A row taller than a page (a 30,000-character address) splits across
    # pages instead of failing the whole guide with a LayoutError.
    kw.setdefault("splitInRow", 1)
    return _Table(
        [list(r) for r in rows], colWidths=list(widths), style=TableStyle([*BASE_TABLE_STYLE, *commands]), **kw
    )


class _Table(Table):  # type: ignore[misc]
    """reportlab's table, measuring its rows once per width.

    A KeepTogether measures its tables before the frame places them one by one, and a table
    measures its cells (a passport's key table inside the figures' row) each time it is measured:
    a passport's tables were measured again and again at the same width. Without row spans a
    table's row heights depend only on the width (the height only stops a long table's
    measuring early when rows span), so a second ``wrap`` at the width of the last one keeps them.
    """

    # (width, size) of the last wrap
    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        last = self._wrapped
        if last is not None and last[0] == availWidth and not self._spanCmds:
            return last[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


def data_table(
    rows: Sequence[Sequence[Any]], widths: Sequence[float], *, header: bool = True, zebra: bool = True
) -> Table:
    """A table whose header row repeats on every page it spans."""
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, styles.RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), styles.NAVY),
            ("LINEBELOW", (0, 0), (-1, 0), 0, styles.NAVY),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, styles.ZEBRA]))
    return grid(rows, widths, commands, repeatRows=1 if header else 0)


def key_value_table(rows: Sequence[tuple[Any, Any]], widths: Sequence[float]) -> Table:
    """Label/value pairs: the passport's main figures."""
    return grid(
        rows,
        widths,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, styles.RULE),
            ("BACKGROUND", (0, 0), (0, -1), styles.PALE),
        ],
    )


def figures_row(figures: Sequence[tuple[Any, Any]], width: float) -> Table:
    """Key figures as tiles: a big value over a short label, side by side."""
    cells = [[value for value, _ in figures], [label for _, label in figures]]
    n = max(1, len(figures))
    return grid(
        cells,
        [width / n] * n,
        [
            ("BACKGROUND", (0, 0), (-1, -1), styles.PALE),
            ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
            ("LINEABOVE", (0, 0), (-1, 0), 2, styles.GOLD),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (0, 1), (-1, 1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, 0), 7),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 7),
        ],
    )


def boxed(content: list[Any], width: float, *, color: Any = styles.GOLD, background: Any = styles.PALE) -> Table:
    """Content in a tinted box with a coloured bar on the left: notes and commitments."""
    return grid(
        [[content]],
        [width],
        [
            ("BACKGROUND", (0, 0), (-1, -1), background),
            ("LINEBEFORE", (0, 0), (0, -1), 3, color),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ],
    )


# -- location sketch ------------------------------------------------------------------------------------


def local_km(lat: float, lon: float, origin: tuple[float, float]) -> tuple[float, float]:
    """East and north distance in km from ``origin``: flat enough at town scale."""
    lat0, lon0 = origin
    return (
        (lon - lon0) * KM_PER_DEG_LON_EQUATOR * math.cos(math.radians(lat0)),
        (lat - lat0) * KM_PER_DEG_LAT,
    )


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def grid_step_km(extent_km: float) -> float:
    """A round grid step (1, 2, 5, 10… km) giving about four cells from the centre to the edge."""
    for step in (0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500):
        if extent_km / step <= 4.5:
            return float(step)
    return 1000.0


def location_sketch(
    *,
    town: tuple[float, float],
    town_label: str,
    point: tuple[float, float] | None,
    point_label: str,
    centre: tuple[float, float] = REGIONAL_CENTRE,
    centre_label: str,
    km: str = "km",
    width: float = 62 * mm,
    height: float = 46 * mm,
) -> Drawing:
    """The town around its centre, the premise as a red point, and an arrow to the regional centre.

    The town and the premise are to scale (with a scale bar); the regional
    centre is usually beyond the frame, so it is an arrow at the edge
    labelled with its straight-line distance.
    """
    d = fonts.drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=colors.HexColor("#F3F6F9"), strokeColor=styles.RULE, strokeWidth=0.6))
    cx, cy = width / 2, height / 2
    offset = local_km(*point, town) if point else (0.0, 0.0)
    extent_km = max(3.0, 1.6 * max(abs(offset[0]), abs(offset[1])))
    scale = min(width, height) / 2 / extent_km  # points per km
    # a faint grid, about eight cells across, in round kilometres (one path: cheap to lay out)
    step = grid_step_km(extent_km)
    cells = int(max(width, height) / 2 / (step * scale)) + 1
    grid_lines = Path(strokeColor=colors.HexColor("#E1E7EE"), strokeWidth=0.3, fillColor=None)
    for i in range(-cells, cells + 1):
        x = cx + i * step * scale
        y = cy + i * step * scale
        if 0 < x < width:
            grid_lines.moveTo(x, 0)
            grid_lines.lineTo(x, height)
        if 0 < y < height:
            grid_lines.moveTo(0, y)
            grid_lines.lineTo(width, y)
    d.add(grid_lines)
    # the town: a soft disc about 3 km across around its centre
    d.add(Circle(cx, cy, 1.6 * scale, fillColor=colors.HexColor("#D6E4F0"), strokeColor=None))
    d.add(Circle(cx, cy, 1.8, fillColor=styles.NAVY, strokeColor=None))
    d.add(String(cx + 3, cy + 3, town_label, fontName=fonts.SANS_BOLD, fontSize=7, fillColor=styles.NAVY))
    # the arrow towards the regional centre
    if distance_km(town, centre) > 1:
        east, north = local_km(*centre, town)
        norm = math.hypot(east, north)
        ux, uy = east / norm, north / norm
        reach = min((width / 2 - 8) / abs(ux) if ux else 1e9, (height / 2 - 8) / abs(uy) if uy else 1e9)
        tip = (cx + ux * reach, cy + uy * reach)
        tail = (cx + ux * (reach - 14), cy + uy * (reach - 14))
        d.add(Line(*tail, *tip, strokeColor=styles.GOLD, strokeWidth=1.4))
        px, py = -uy, ux
        d.add(
            Polygon(
                [
                    tip[0],
                    tip[1],
                    tip[0] - ux * 5 + px * 2.5,
                    tip[1] - uy * 5 + py * 2.5,
                    tip[0] - ux * 5 - px * 2.5,
                    tip[1] - uy * 5 - py * 2.5,
                ],
                fillColor=styles.GOLD,
                strokeColor=None,
            )
        )
        label = f"{centre_label} {distance_km(town, centre):.0f} {km}"
        lw = stringWidth(label, fonts.SANS, 6)
        if abs(tip[1] - cy) >= height / 2 - 9:  # the arrow ends at the top or bottom edge: label beside its tip
            lx = tip[0] - 5 - lw if ux > 0 else tip[0] + 5
            ly = tip[1] - 2 if uy < 0 else tip[1] - 4
        else:  # at the left or right edge: label above or below the tip, away from the shaft
            lx = tip[0] - lw if ux > 0 else tip[0]
            ly = tip[1] - 10 if uy < 0 else tip[1] + 5
        lx = min(max(lx, 3), width - lw - 3)
        ly = min(max(ly, 3), height - 9)
        d.add(String(lx, ly, label, fontName=fonts.SANS, fontSize=7, fillColor=styles.INK))
    # the premise
    if point is not None:
        px_, py_ = cx + offset[0] * scale, cy + offset[1] * scale
        d.add(Circle(px_, py_, 3.4, fillColor=styles.DEMO, strokeColor=colors.white, strokeWidth=1))
        d.add(String(px_ + 5, py_ - 2.5, point_label, fontName=fonts.SANS_BOLD, fontSize=7, fillColor=styles.DEMO))
    # scale bar: one grid cell
    d.add(Line(5, 5, 5 + step * scale, 5, strokeColor=styles.INK, strokeWidth=1))
    d.add(String(5 + step * scale + 3, 3.5, f"{step:g} {km}", fontName=fonts.SANS, fontSize=7, fillColor=styles.INK))
    # north: a small arrow and an N (the font has no arrow characters)
    d.add(
        Polygon(
            [width - 7, height - 4, width - 9.5, height - 10, width - 4.5, height - 10],
            fillColor=styles.MUTED,
            strokeColor=None,
        )
    )
    d.add(
        String(
            width - 12,
            height - 10,
            "N",
            fontName=fonts.SANS_BOLD,
            fontSize=7,
            fillColor=styles.MUTED,
            textAnchor="end",
        )
    )
    return d


# -- QR code ------------------------------------------------------------------------------------------


def qr_payload(premise: dict[str, Any], label: str | None = None) -> str | None:
    """What a premise's QR code holds: a ``geo:`` URI any map app opens, labelled (in the guide's
    language, percent-encoded) with the premise's number."""
    lat, lon = premise.get("lat"), premise.get("lon")
    if lat is None or lon is None:
        return None
    shown = quote(label if label is not None else f"premise {premise['id']}", safe=" ")
    return f"geo:{float(lat):.5f},{float(lon):.5f}?q={float(lat):.5f},{float(lon):.5f}({shown})"


# ISO/IEC 18004's penalties for a masked symbol: runs of five or more modules of one colour (N1)
# and the finder pattern's 1:1:3:1:1 with four light modules on one side (N3).
_QR_RUN = re.compile(r"0{5,}|1{5,}")
_QR_FINDER_LIKE = re.compile(r"(?=10111010000|00001011101)")


def qr_penalty(modules: Sequence[Sequence[bool]]) -> int:
    """The standard's penalty score of a masked QR symbol (lower is easier to read)."""
    return _row_penalty(["".join("1" if m else "0" for m in row) for row in modules])


def _row_penalty(rows: Sequence[str]) -> int:
    """:func:`qr_penalty` of a symbol given as its rows, strings of 0 and 1 (1 dark).

    The regular expressions and integer bit operations do in C what reportlab's scorer does module
    by module in Python.
    """
    n = len(rows)
    lines = [*rows, *("".join(column) for column in zip(*rows, strict=True))]
    # N1: 3 for a run of five, one more for each module beyond.
    score = sum(len(run) - 2 for line in lines for run in _QR_RUN.findall(line))
    # N2: 3 for each 2×2 block of one colour.
    inner = (1 << (n - 1)) - 1
    for upper, lower in itertools.pairwise(rows):
        a, b = int(upper, 2), int(lower, 2)
        same_column = ~(a ^ b)  # the two modules one above the other are alike
        same_row = ~(a ^ (a >> 1))  # the upper module is like its neighbour
        score += 3 * (same_column & (same_column >> 1) & same_row & inner).bit_count()
    # N3: 40 for each finder-like pattern.
    score += 40 * sum(len(_QR_FINDER_LIKE.findall(line)) for line in lines)
    # N4: 10 for each 5 % the share of dark modules strays from half.
    dark = sum(row.count("1") for row in rows)
    score += 10 * (abs(dark * 100 // (n * n) - 50) // 5)
    return score


def _qr_codewords(version: int, level: int, data_list: Sequence[Any]) -> list[int]:
    """The symbol's codewords, the same as reportlab's ``QRCode.createData``: the data, padded, with
    its error correction, interleaved. reportlab divides polynomials as lists of lists, rebuilding
    the generator polynomial for each block; this is the usual shift-register division over the
    logarithm tables, with the generator built once per length."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, level)
    buffer = qrencoder.QRBitBuffer()
    for data in data_list:
        data.write(buffer, version)
    capacity = 8 * sum(block.dataCount for block in blocks)
    if buffer.getLengthInBits() > capacity:
        raise ValueError(f"code length overflow ({buffer.getLengthInBits()} > {capacity})")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)  # the terminator
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pads = itertools.cycle((qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1))
    while buffer.getLengthInBits() < capacity:
        buffer.put(next(pads), 8)
    words: list[int] = buffer.buffer
    offset = 0
    data_blocks: list[list[int]] = []
    ec_blocks: list[list[int]] = []
    for block in blocks:
        data = words[offset : offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(data)
        ec_blocks.append(_rs_remainder(data, block.totalCount - block.dataCount))
    return [
        word
        for group in itertools.chain(itertools.zip_longest(*data_blocks), itertools.zip_longest(*ec_blocks))
        for word in group
        if word is not None
    ]


@functools.lru_cache(maxsize=32)
def _rs_generator(length: int) -> tuple[int, ...]:
    """The error correction generator polynomial of ``length`` codewords, its coefficients below the
    leading 1 as logarithms (the product of (x - 2**i) for i below ``length``)."""
    poly = [1]
    for i in range(length):
        factor = qrencoder.EXP_TABLE[i]
        poly = [a ^ _gf_mul(b, factor) for a, b in zip([*poly, 0], [0, *poly], strict=True)]
    return tuple(qrencoder.LOG_TABLE[c] for c in poly[1:])


def _gf_mul(a: int, b: int) -> int:
    if not a or not b:
        return 0
    return qrencoder.EXP_TABLE[(qrencoder.LOG_TABLE[a] + qrencoder.LOG_TABLE[b]) % 255]


def _rs_remainder(data: Sequence[int], length: int) -> list[int]:
    """The ``length`` error correction codewords of ``data``: its remainder by the generator."""
    exp, log = qrencoder.EXP_TABLE, qrencoder.LOG_TABLE
    generator = _rs_generator(length)
    remainder = [0] * length
    for word in data:
        factor = word ^ remainder[0]
        del remainder[0]
        remainder.append(0)
        if factor:
            lf = log[factor]
            remainder = [r ^ exp[(lf + g) % 255] for r, g in zip(remainder, generator, strict=True)]
    return remainder


@dataclass(frozen=True)
class _QRLayout:
    """What every symbol of one version, error correction level and mask shares. Rows are integers,
    column 0 the highest bit."""

    fixed: tuple[int, ...]  # the function patterns and format information, as they print
    mask: tuple[int, ...]  # the mask's dark modules among the data modules
    positions: tuple[tuple[int, int], ...]  # (column, row) of each data bit, in reportlab's order


@functools.lru_cache(maxsize=64)
def _qr_layout(version: int, level: int, pattern: int) -> _QRLayout:
    # reportlab's own makeImpl with no data: the function patterns, and every data module light
    # XOR the mask, i.e. the mask itself.
    code = qrencoder.QRCode(version, level)
    code.dataCache = []
    code.makeImpl(False, pattern)
    n = code.moduleCount
    positions = tuple(code.dataPosIterator())
    data = [0] * n
    for col, row in positions:
        data[row] |= 1 << (n - 1 - col)
    symbol = [int("".join("1" if m else "0" for m in row), 2) for row in code.modules]
    return _QRLayout(
        fixed=tuple(s & ~d for s, d in zip(symbol, data, strict=True)),
        mask=tuple(s & d for s, d in zip(symbol, data, strict=True)),
        positions=positions,
    )


class _QRCode(qrencoder.QRCode):  # type: ignore[misc]
    """reportlab's encoder, choosing among the eight masks with :func:`qr_penalty`.

    reportlab lays the whole symbol out again for each mask, module by module. Here the parts that
    don't depend on the data (function patterns, format information, mask) come from
    :func:`_qr_layout`, laid out once per version and mask, and the data is placed once: each
    masked symbol is then one XOR per row.
    """

    version: int | None
    dataCache: list[int] | None  # noqa: N815 (reportlab's name)

    def symbols(self) -> list[list[str]]:
        """The symbol under each of the eight masks, as rows of 0 and 1, exactly as reportlab's
        ``makeImpl(False, mask)`` lays it out."""
        if self.version is None:
            self.version = self.calculate_version()
        if self.dataCache is None:
            self.dataCache = _qr_codewords(self.version, self.errorCorrectLevel, self.dataList)
        n = self.version * 4 + 17
        data = [0] * n
        bits = (byte & bit for byte in self.dataCache for bit in (0x80, 0x40, 0x20, 0x10, 8, 4, 2, 1))
        positions = _qr_layout(self.version, self.errorCorrectLevel, 0).positions
        for (col, row), dark in zip(positions, bits, strict=False):
            if dark:
                data[row] |= 1 << (n - 1 - col)
        out = []
        for pattern in range(8):
            layout = _qr_layout(self.version, self.errorCorrectLevel, pattern)
            rows = zip(layout.fixed, layout.mask, data, strict=True)
            out.append([format(fixed | (mask ^ bits_), f"0{n}b") for fixed, mask, bits_ in rows])
        return out

    def getBestMaskPattern(self) -> int:  # noqa: N802 (reportlab's name)
        # The whole symbol as it would print, its format information included (the standard
        # scores that; reportlab leaves the format modules light while it chooses).
        scores = [_row_penalty(rows) for rows in self.symbols()]
        return scores.index(min(scores))

    def best_rows(self) -> list[str]:
        """The symbol under the mask with the lowest penalty, as rows of 0 and 1."""
        symbols = self.symbols()
        scores = [_row_penalty(rows) for rows in symbols]
        return symbols[scores.index(min(scores))]


@functools.lru_cache(maxsize=1024)
def _qr_rows(payload: str) -> tuple[str, ...]:
    # By content: the window builds guide after guide, and a premise's code is the same in each.
    code = _QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    return tuple(code.best_rows())


_QR_DARK = re.compile("1+")


class QRSymbol(Flowable):  # type: ignore[misc]
    """A QR code, ``size`` square, with a light quiet zone ``border`` modules wide.

    Drawn as one filled path of rectangles in module units, its PDF operators made once per code
    (:func:`_qr_operators`). As a reportlab drawing (one path point by point, in page units) the
    500 codes of a brief cost a fifth of its build to make and to draw: each draw formatted some
    1,300 numbers again.
    """

    def __init__(self, payload: str, size: float, border: int = 2) -> None:
        super().__init__()
        self.rows = _qr_rows(payload)
        self.border = border
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.white)
        canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        box = self.width / (len(self.rows) + 2 * self.border)
        canvas.transform(box, 0, 0, box, 0, 0)
        canvas.addLiteral(_qr_operators(self.rows, self.border))
        canvas.restoreState()


@functools.lru_cache(maxsize=1024)
def _qr_operators(rows: tuple[str, ...], border: int) -> str:
    """The dark modules as PDF rectangles (``x y w h re``, module units, origin at the bottom left of
    the quiet zone) filled at once; a run of dark modules repeated in the rows below is one taller
    rectangle."""
    n = len(rows) + 2 * border
    rects: list[tuple[int, int, int, int]] = []  # first column, end column, first row, last row
    open_runs: dict[tuple[int, int], int] = {}
    for r, row in enumerate((*rows, "")):
        runs = [(m.start(), m.end()) for m in _QR_DARK.finditer(row)]
        for run in [run for run in open_runs if run not in runs]:
            rects.append((*run, open_runs.pop(run), r - 1))
        for run in runs:
            open_runs.setdefault(run, r)
    rects.sort(key=lambda rect: (rect[2], rect[0]))
    return (
        " ".join(f"{c0 + border} {n - border - r1 - 1} {c1 - c0} {r1 - r0 + 1} re" for c0, c1, r0, r1 in rects) + " f"
    )


def qr_code(payload: str, size: float = 30 * mm, *, border: int = 2) -> QRSymbol:
    """The QR code of ``payload``, ``size`` square."""
    return QRSymbol(payload, size, border)


# -- photos ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PreparedPhoto:
    """A photo as the PDF takes it: ``data`` is a JPEG (``jpeg``) or a small RGB or grey PNG."""

    data: bytes
    width: int
    height: int
    jpeg: bool
    digest: bytes  # SHA-256 of ``data``: the photo's name in the PDF, so it is stored once


# Photos prepared for the PDF, by the SHA-256 of their catalog bytes; a brief shows the same photo
# on many passports, and the window builds guide after guide. Bounded: a resized photo is a few
# hundred kB.
PHOTO_CACHE_SIZE = 32
_prepared: OrderedDict[bytes, PreparedPhoto | None] = OrderedDict()
_prepared_lock = threading.Lock()


def prepare_photo(data: bytes) -> PreparedPhoto | None:
    """The photo ready to embed, or None when the data is not a readable image.

    A JPEG in RGB or grey at most PHOTO_MAX_PIXELS across passes through as it is, without being
    decoded: reportlab embeds a JPEG's own bytes (DCTDecode). Anything else (bigger, CMYK, with
    transparency, another format) is decoded, scaled down and re-encoded once, and kept by the
    hash of its bytes for the next passport that shows it. The catalog decoded every photo when it
    was added (guide.catalog.photos), so bytes that pass through are known to be whole.
    """
    key = hashlib.sha256(data).digest()
    with _prepared_lock:
        if key in _prepared:
            _prepared.move_to_end(key)
            return _prepared[key]
    try:
        prepared = _prepare(data, key)
    except (OSError, ValueError, SyntaxError, PILImage.DecompressionBombError):
        prepared = None
    with _prepared_lock:
        _prepared[key] = prepared
        while len(_prepared) > PHOTO_CACHE_SIZE:
            _prepared.popitem(last=False)
    return prepared


def _prepare(data: bytes, key: bytes) -> PreparedPhoto:
    with PILImage.open(io.BytesIO(data)) as img:  # reads the header only
        width, height = img.size
        small = max(width, height) <= PHOTO_MAX_PIXELS and img.mode in ("RGB", "L")
        if small and img.format == "JPEG" and _jpeg_header_readable(data):
            return PreparedPhoto(data, width, height, True, key)
        if small and img.format == "PNG":
            img.load()  # reportlab decodes a PNG anyway; a broken one fails here, not halfway through the layout
            return PreparedPhoto(data, width, height, False, key)
        jpeg = _as_jpeg(img)
    with PILImage.open(io.BytesIO(jpeg)) as scaled:
        width, height = scaled.size
    return PreparedPhoto(jpeg, width, height, True, hashlib.sha256(jpeg).digest())


def _jpeg_header_readable(data: bytes) -> bool:
    """Whether reportlab's own JPEG reader finds the size (it would embed a placeholder if not)."""
    try:
        pdfutils.readJPEGInfo(io.BytesIO(data))
    except Exception:  # noqa: BLE001 (reportlab raises whatever struct and its own checks raise)
        return False
    return True


class _NamedJpeg(ImageReader):
    """A JPEG that the PDF stores once, named by the hash of its bytes rather than of its pixels.

    reportlab's ``drawImage`` names an image by hashing its decoded pixels (``getRGBData``) so
    that it is stored once however often it is drawn. A JPEG is embedded as its own bytes anyway
    (``jpeg_fh``), so decoding it only to name it would be waste: here the name is the digest.
    """

    def __init__(self, photo: PreparedPhoto) -> None:
        # Not ImageReader.__init__: it opens the data with PIL (a file header parsed on every
        # passport) to learn the size and format that the prepared photo already holds.
        fp = io.BytesIO(photo.data)
        self._ident = None
        self.fileName = fp
        self.fp = fp
        self._image = None
        self._width, self._height = photo.width, photo.height
        self._transparent = None
        self._data = None
        self._dataA = None  # no transparency: drawImage asks for it
        self._digest = photo.digest
        self.jpeg_fh = self._jpeg_fh  # type: ignore[method-assign]

    def getRGBData(self) -> bytes:  # noqa: N802 (reportlab's name)
        return self._digest


class _PhotoImage(Image):
    """reportlab's image flowable, drawing a reader made beforehand."""

    def __init__(self, reader: ImageReader, width: float, height: float) -> None:
        self._img = reader  # set first: Image.__init__ would otherwise open the data again
        super().__init__(reader.fp, width=width, height=height)


def photo(data: bytes, max_width: float, max_height: float) -> Image | None:
    """A photo scaled to fit the box, keeping its aspect; None when the data is not a readable image."""
    prepared = prepare_photo(data)
    if prepared is None:
        return None
    width, height = _fitted(prepared.width, prepared.height, max_width, max_height)
    if prepared.jpeg:
        return _PhotoImage(_NamedJpeg(prepared), width, height)
    return Image(io.BytesIO(prepared.data), width=width, height=height)


def refit(image: Image, max_width: float, max_height: float) -> None:
    """A photo made by ``photo`` scaled to fit another box instead, keeping its aspect."""
    image.drawWidth, image.drawHeight = _fitted(image.imageWidth, image.imageHeight, max_width, max_height)


def _fitted(width: float, height: float, max_width: float, max_height: float) -> tuple[float, float]:
    ratio = min(max_width / width, max_height / height)
    return width * ratio, height * ratio


def _as_jpeg(img: PILImage.Image) -> bytes:
    """The image at most PHOTO_MAX_PIXELS across, transparency on white, as a JPEG."""
    # Before the pixels are loaded, thumbnail() lets a JPEG decode at a fraction of its size.
    img.thumbnail((PHOTO_MAX_PIXELS, PHOTO_MAX_PIXELS))
    if img.mode in ("RGBA", "LA", "P", "PA"):
        rgba = img.convert("RGBA")
        background = PILImage.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        img = background
    buffer = io.BytesIO()
    img.convert("RGB").save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()
