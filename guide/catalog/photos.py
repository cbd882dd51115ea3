"""Checking images before they enter the catalog.

Pillow reads only the header first, so a decompression bomb (a tiny file that
expands to gigapixels) is refused before any pixel is decoded; then the whole
image is verified so a truncated or fake file can't reach the PDF builder.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from guide.catalog.errors import InvalidInput, Problem

MAX_PIXELS = 40_000_000  # 40 megapixels: any camera photo, no bombs.
MAX_BYTES = 30 * 1024 * 1024
FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp", "BMP": "image/bmp"}


@dataclass(frozen=True)
class ImageInfo:
    mime: str
    width: int
    height: int


def inspect_image(data: bytes, name: str = "image") -> ImageInfo:
    """The image's type and size; InvalidInput says why a file is refused."""
    if len(data) > MAX_BYTES:
        raise InvalidInput(Problem("image_file_too_big", {"name": name, "mb": MAX_BYTES // (1024 * 1024)}))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                fmt = image.format or ""
                if width * height > MAX_PIXELS:
                    raise InvalidInput(
                        Problem(
                            "image_too_many_pixels",
                            {"name": name, "width": width, "height": height, "megapixels": MAX_PIXELS // 1_000_000},
                        )
                    )
                image.verify()
    except InvalidInput:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InvalidInput(Problem("image_too_large", {"name": name})) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise InvalidInput(Problem("not_image", {"name": name})) from None
    if fmt not in FORMATS:
        raise InvalidInput(Problem("unsupported_image", {"name": name, "format": fmt or "unknown"}))
    return ImageInfo(FORMATS[fmt], width, height)
