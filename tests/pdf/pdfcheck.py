"""Reading back a built guide: its text, fonts and images, as a reader's PDF software sees them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """Whitespace folded to single spaces, so text wrapped in a table cell still matches."""
    return " ".join(text.split())


def guide_text(path: Path) -> str:
    return flat(" ".join(page_texts(path)))


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _resources(reader: PdfReader) -> Iterator[DictionaryObject]:
    seen: set[int] = set()
    stack = [_resolve(page.get("/Resources")) for page in reader.pages]
    while stack:
        res = stack.pop()
        if not isinstance(res, DictionaryObject) or id(res) in seen:
            continue
        seen.add(id(res))
        yield res
        for xobj in _resolve(res.get("/XObject", DictionaryObject())).values():
            inner = _resolve(_resolve(xobj).get("/Resources"))
            if inner is not None:
                stack.append(inner)


def fonts(path: Path) -> dict[str, DictionaryObject]:
    """Every font the PDF's pages (and their form objects) use, by base name."""
    found: dict[str, DictionaryObject] = {}
    for res in _resources(PdfReader(path)):
        for font in _resolve(res.get("/Font", DictionaryObject())).values():
            font = _resolve(font)
            found[str(font.get("/BaseFont"))] = font
    return found


def is_embedded(font: DictionaryObject) -> bool:
    descendants = font.get("/DescendantFonts")
    if descendants:
        font = _resolve(_resolve(descendants)[0])
    descriptor = _resolve(font.get("/FontDescriptor"))
    return descriptor is not None and any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def images(path: Path) -> list[DictionaryObject]:
    found = []
    for res in _resources(PdfReader(path)):
        for xobj in _resolve(res.get("/XObject", DictionaryObject())).values():
            xobj = _resolve(xobj)
            if xobj.get("/Subtype") == "/Image":
                found.append(xobj)
    return found
