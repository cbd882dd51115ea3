"""Checking images before they enter the catalog.

Pillow reads only the header first, so a decompression bomb (a tiny file that
expands to gigapixels) is refused before any pixel is decoded; then the whole
image is verified so a truncated or fake file can't reach the PDF builder.
"""

from __future__ import annotations

import io
import os
import stat
import warnings
from dataclasses import dataclass
from pathlib import Path

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
            # verify() checks a PNG's chunks but not that a JPEG's data is all
            # there: decoding it is the only proof, so a truncated or corrupt
            # photo never reaches the PDF builder.
            with Image.open(io.BytesIO(data)) as image:
                image.load()
    except InvalidInput:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InvalidInput(Problem("image_too_large", {"name": name})) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise InvalidInput(Problem("not_image", {"name": name})) from None
    if fmt not in FORMATS:
        raise InvalidInput(Problem("unsupported_image", {"name": name, "format": fmt or "unknown"}))
    return ImageInfo(FORMATS[fmt], width, height)


def read_image_file(path: Path, name: str) -> bytes:
    """The bytes of the image file at ``path``, refusing what is not a regular file or is too large.

    The size is checked before reading, and a FIFO, a device or a folder is
    refused without opening it for a blocking read (a FIFO would hang).
    """
    if "\x00" in str(path):
        raise InvalidInput(Problem("photo_path_nul"))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise InvalidInput(Problem("photo_unreadable", {"path": name, "reason": exc.strerror})) from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput(Problem("not_regular_file", {"name": name}))
        if info.st_size > MAX_BYTES:
            raise InvalidInput(Problem("image_file_too_big", {"name": name, "mb": MAX_BYTES // (1024 * 1024)}))
        try:
            data = fh.read(MAX_BYTES + 1)
        except OSError as exc:
            raise InvalidInput(Problem("photo_unreadable", {"path": name, "reason": exc.strerror})) from None
    if len(data) > MAX_BYTES:
        raise InvalidInput(Problem("image_file_too_big", {"name": name, "mb": MAX_BYTES // (1024 * 1024)}))
    return data
