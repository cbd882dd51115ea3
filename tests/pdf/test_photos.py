"""Photos in the guides: a JPEG that needs no resizing is embedded as its own bytes, a big one is
scaled down once and reused, and every photo is stored once however many passports show it."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image, JpegImagePlugin
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Image as RLImage
from reportlab.platypus import Paragraph, Table

from guide.maps.pdfops import MapFigure
from guide.pdf import flowables
from guide.pdf.builder import build_guide
from guide.pdf.document import GuideDocTemplate
from tests.pdf.pdfcheck import images

TODAY = dt.date(2026, 11, 27)


def _jpeg(width: int, height: int, color: tuple[int, int, int], mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, (width, height), color[0] if mode == "L" else color).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def _png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", (width, height), (10, 200, 30, 128)).save(buffer, "PNG")
    return buffer.getvalue()


def _image_streams(path: Path) -> list[bytes]:
    return [xobj.get_data() for xobj in images(path)]


def test_a_jpeg_that_needs_no_resizing_is_embedded_byte_for_byte(catalog, tmp_path: Path) -> None:
    data = _jpeg(800, 600, (200, 120, 40))
    catalog.add_photo(5, "hall.jpg", data)
    out = tmp_path / "brief.pdf"
    build_guide(catalog, out, premises=[5], today=TODAY)
    embedded = images(out)
    assert len(embedded) == 1
    assert "/DCTDecode" in str(embedded[0]["/Filter"])
    assert (int(embedded[0]["/Width"]), int(embedded[0]["/Height"])) == (800, 600)
    assert embedded[0].get_data() == data


def test_a_jpeg_that_needs_no_resizing_is_never_decoded(
    catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _jpeg(800, 600, (20, 120, 240))
    catalog.add_photo(5, "hall.jpg", data)  # the catalog decodes it once, to check it
    decoded: list[tuple[int, int]] = []
    original = JpegImagePlugin.JpegImageFile.load

    def load(self: JpegImagePlugin.JpegImageFile) -> object:
        decoded.append(self.size)
        return original(self)

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "load", load)
    build_guide(catalog, tmp_path / "brief.pdf", premises=[5], today=TODAY)
    assert (800, 600) not in decoded
    assert _image_streams(tmp_path / "brief.pdf") == [data]


def test_a_grey_jpeg_passes_through_too() -> None:
    data = _jpeg(300, 400, (90, 90, 90), mode="L")
    prepared = flowables.prepare_photo(data)
    assert prepared is not None and prepared.data is data and prepared.jpeg
    assert (prepared.width, prepared.height) == (300, 400)


def test_a_big_photo_is_scaled_down_once_and_then_reused(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _jpeg(3000, 2000, (30, 60, 90))
    encoded: list[int] = []
    original = flowables._as_jpeg

    def counting(img: Image.Image) -> bytes:
        encoded.append(1)
        return original(img)

    monkeypatch.setattr(flowables, "_as_jpeg", counting)
    monkeypatch.setattr(flowables, "_prepared", type(flowables._prepared)())
    first = flowables.prepare_photo(data)
    assert first is not None and first.jpeg and first.data != data
    assert (first.width, first.height) == (flowables.PHOTO_MAX_PIXELS, flowables.PHOTO_MAX_PIXELS * 2 // 3)
    # The same bytes again (a copy, as the catalog returns them for another passport): from the cache.
    second = flowables.prepare_photo(bytes(bytearray(data)))
    assert second is first
    assert encoded == [1]
    assert flowables.photo(data, 100, 100) is not None
    assert encoded == [1]


def test_transparency_is_flattened_on_white_as_a_jpeg() -> None:
    prepared = flowables.prepare_photo(_png(200, 100))
    assert prepared is not None and prepared.jpeg
    with Image.open(io.BytesIO(prepared.data)) as img:
        assert img.format == "JPEG" and img.mode == "RGB"


@pytest.mark.parametrize("data", [b"", b"not an image", _jpeg(800, 600, (1, 2, 3))[:200]])
def test_unreadable_data_gives_no_photo(data: bytes) -> None:
    assert flowables.photo(data, 100, 100) is None


def test_a_photo_on_many_passports_is_stored_once(catalog, tmp_path: Path) -> None:
    big = _jpeg(2400, 1800, (120, 140, 160))
    small = _jpeg(640, 480, (160, 140, 120))
    premises = [p["id"] for p in catalog.all("premises")][:4]
    for premise_id in premises[:2]:
        catalog.add_photo(premise_id, "big.jpg", big)
    for premise_id in premises[2:]:
        catalog.add_photo(premise_id, "small.jpg", small)
    out = tmp_path / "brief.pdf"
    build_guide(catalog, out, premises=premises, today=TODAY)
    # Each page that shows a photo refers to it; the file holds each image object once.
    assert out.read_bytes().count(b"/Subtype /Image") == 2
    streams = _image_streams(out)
    assert len(streams) == 4
    assert set(streams) == {small, next(s for s in streams if s != small)}
    assert len(PdfReader(out).pages) > 4


def test_a_guide_is_laid_out_and_drawn_in_one_pass(catalog, tmp_path: Path) -> None:
    """The page count and the contents' page numbers are written when the layout is done, so one
    pass lays the guide out and draws it (reportlab's multiBuild laid it out twice)."""
    catalog.add_photo(5, "hall.jpg", _jpeg(800, 600, (200, 120, 40)))
    drawn: list[str] = []
    passes: list[int] = []

    def spy(cls: type) -> None:
        original = cls.draw

        def draw(self: object, *args: object, **kw: object) -> object:
            # The locator map is a Drawing that writes itself (MapFigure).
            drawn.append("Drawing" if issubclass(cls, Drawing) else cls.__name__)
            return original(self, *args, **kw)

        patch.setattr(cls, "draw", draw)

    with pytest.MonkeyPatch.context() as patch:
        for cls in (Drawing, MapFigure, RLImage, Paragraph, Table):
            spy(cls)
        original_build = GuideDocTemplate.build

        def build(self: GuideDocTemplate, *args: object, **kw: object) -> object:
            passes.append(1)
            return original_build(self, *args, **kw)

        patch.setattr(GuideDocTemplate, "build", build)
        result = build_guide(catalog, tmp_path / "brief.pdf", premises=[5], today=TODAY)
    assert len(passes) == 1
    assert set(drawn) == {"Drawing", "Image", "Paragraph", "Table"}
    assert drawn.count("Image") == 1
    assert len(images(tmp_path / "brief.pdf")) == 1
    # The numbers written after the layout: every footer's total, the contents' pages.
    pages = [page.extract_text() for page in PdfReader(tmp_path / "brief.pdf").pages]
    assert len(pages) == result.pages
    assert all(f"из {result.pages}" in text for text in pages[1:])


def test_a_prepared_jpeg_is_drawn_without_being_opened_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each passport drew its photo through an image reader that parsed the file with PIL again;
    the prepared photo already knows its size, so a passport opens no image."""
    from reportlab.pdfgen.canvas import Canvas

    data = _jpeg(640, 480, (40, 80, 120))
    assert flowables.prepare_photo(data) is not None  # the first passport prepares it
    opened: list[object] = []
    original = Image.open

    def counting(*args: object, **kw: object) -> object:
        opened.append(args)
        return original(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Image, "open", counting)
    image = flowables.photo(data, 200, 100)
    assert image is not None
    assert (image.imageWidth, image.imageHeight) == (640, 480)
    canvas = Canvas(str(tmp_path / "one.pdf"))
    image.drawOn(canvas, 10, 10)
    canvas.save()
    assert opened == []
    assert _image_streams(tmp_path / "one.pdf") == [data]


def test_a_portrait_photo_takes_the_column_width_and_is_made_once(
    catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A portrait photo is given a taller box (the column's width rather than a hole beside it);
    the flowable made for the usual box is scaled again rather than made a second time."""
    from guide.pdf import sections_premises

    catalog.add_photo(5, "tower.jpg", _jpeg(300, 600, (60, 90, 30)))
    made: list[RLImage] = []
    original = sections_premises.photo

    def counting(data: bytes, max_width: float, max_height: float) -> RLImage | None:
        image = original(data, max_width, max_height)
        if image is not None:
            made.append(image)
        return image

    monkeypatch.setattr(sections_premises, "photo", counting)
    build_guide(catalog, tmp_path / "brief.pdf", premises=[5], today=TODAY)
    assert len(made) == 1
    mm = 72 / 25.4
    # Fitted to the column's width by 88 mm: 88 mm tall, half of it wide (the usual box: 52 mm tall).
    assert made[0].drawHeight == pytest.approx(88 * mm)
    assert made[0].drawWidth == pytest.approx(44 * mm)
