"""The detail pane's labels wrap between words in a narrow pane, never inside one.

A fixed 38 % label column broke «Шағын өнеркәсіптік аймақ» as «өнеркәсіпті / к» at the default
pane width in Kazakh.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QTextDocument

from guide.catalog import fields as F
from guide.catalog.store import Catalog
from guide.ui.details.record_html import record_html
from guide.ui.formatting import Formatter
from guide.ui.language import UiLanguage


@pytest.fixture
def kazakh(catalog: Catalog, qapp: object) -> Iterator[Formatter]:
    language = UiLanguage("kk")
    formatter = Formatter(catalog=catalog, language=language)
    yield formatter
    formatter.close()


def _broken_words(document: QTextDocument, labels: set[str]) -> list[str]:
    """The label blocks whose lines end inside a word."""
    broken = []
    block = document.begin()
    while block.isValid():
        text = block.text()
        layout = block.layout()
        if text in labels and layout is not None:
            for i in range(layout.lineCount() - 1):
                line = layout.lineAt(i)
                end = line.textStart() + line.textLength()
                if not (text[end - 1].isspace() or text[end].isspace() or text[end - 1] in "-,/"):
                    broken.append(f"{text[:end]}|{text[end:]}")
        block = block.next()
    return broken


@pytest.mark.parametrize("kind", ["premises", "projects", "zones"])
def test_labels_break_between_words(catalog: Catalog, kazakh: Formatter, kind: str) -> None:
    record = catalog.all(kind)[0]
    labels = {f.label("kk") for f in F.kind(kind).fields}
    document = QTextDocument()
    document.setHtml(record_html(kind, record, formatter=kazakh))
    for width in (240, 260, 300):  # the pane's default width and a little more
        document.setTextWidth(width)
        document.size()  # lays the document out now
        assert _broken_words(document, labels) == [], width
