"""What a print shop and a careful reader check: embedded fonts, glyphs, escaping, TOC, same bytes."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
from PIL import Image

from guide import i18n
from guide.catalog import fields as F
from guide.pdf import fonts, texts
from guide.pdf.builder import build_guide
from guide.present import format as present
from guide.present import indicators, town_figures
from tests.pdf.pdfcheck import flat, guide_text, images, is_embedded, page_texts
from tests.pdf.pdfcheck import fonts as pdf_fonts

TODAY = dt.date(2026, 11, 27)
HOSTILE = 'ТОО «A&B» <Сервис> <img src="/etc/passwd"/> <font name="Courier">x</font> &bogus; &amp; <b>'


@pytest.mark.parametrize(("lang", "options"), [("ru", {}), ("kk", {"towns": ["balkhash"]}), ("en", {"premises": [5]})])
def test_every_font_is_embedded_and_none_is_helvetica(catalog, tmp_path: Path, lang: str, options: dict) -> None:
    out = tmp_path / "guide.pdf"
    build_guide(catalog, out, lang=lang, today=TODAY, **options)
    used = pdf_fonts(out)
    assert used, "the PDF names no fonts at all"
    for name, font in used.items():
        assert is_embedded(font), f"{name} is not embedded"
        assert "PTSans" in name or "PTSerif" in name, name
    # the canvas's default font is never even named
    assert b"Helvetica" not in out.read_bytes()


def test_every_printed_character_has_a_glyph(catalog, tmp_path: Path) -> None:
    covered = fonts.covered_codepoints()
    for lang, options in (("ru", {}), ("kk", {}), ("en", {"towns": ["temirtau", "saran"]})):
        out = tmp_path / f"{lang}.pdf"
        build_guide(catalog, out, lang=lang, today=TODAY, **options)
        printed = set("".join(page_texts(out)))
        missing = {ch for ch in printed if not ch.isspace() and ord(ch) not in covered}
        assert not missing, f"{lang}: no glyph for {sorted(missing)}"
    # Kazakh letters are there, and the font really has them
    assert not fonts.missing_glyphs("ӘәҒғҚқҢңӨөҰұҮүҺһІі")


def test_all_fixed_text_can_be_drawn() -> None:
    """Headings, notes, indicator names, units, vocabulary and field labels: every language, every face."""
    tables = (
        texts.TEXTS,
        indicators.INDICATOR_NAMES,
        indicators.UNITS,
        {f.key: f.labels for f in town_figures.FIGURES},
        {"": present.STATUS_NOT_GIVEN},
        *i18n.VOCABULARIES.values(),
    )
    every = [v for table in tables for entry in table.values() for v in entry.values()]  # fmt: skip
    every += [f.label(lang) for kind in F.KINDS.values() for f in kind.fields for lang in i18n.LANGUAGES]
    assert len(every) > 500
    for name in fonts.FONT_FILES:
        assert not fonts.all_missing_glyphs(every, name), name


def test_characters_the_font_lacks_are_replaced_not_boxed(catalog, tmp_path: Path) -> None:
    catalog.update("premises", 5, {"title": "Склад 5000 ₸ за м² 😀 готов"})
    out = tmp_path / "guide.pdf"
    build_guide(catalog, out, premises=[5], today=TODAY)
    text = guide_text(out)
    assert "Склад 5000 KZT за м² ? готов" in text
    assert "😀" not in text


def test_user_text_prints_literally(catalog, tmp_path: Path) -> None:
    # the bundled premise 5 is titled «Цех ТОО «A&B» <Сервис>»
    catalog.update("premises", 5, {"description": HOSTILE, "owner": HOSTILE})
    project = catalog.insert(
        "projects", {"town": "temirtau", "kind": "investment", "title": HOSTILE, "initiator": "A&B <LLP>"}
    )
    out = tmp_path / "guide.pdf"
    build_guide(catalog, out, premises=[5], projects=[project], today=TODAY)
    text = guide_text(out)
    assert "Цех ТОО «A&B» <Сервис>" in text
    assert text.count(HOSTILE) >= 3  # description, owner, project title
    assert "A&B <LLP>" in text
    assert "/etc/passwd" in text  # printed, never loaded


def test_table_of_contents_gives_the_right_pages(catalog, tmp_path: Path) -> None:
    out = tmp_path / "guide.pdf"
    result = build_guide(catalog, out, towns=["temirtau"], today=TODAY)
    pages = page_texts(out)
    assert result.pages == len(pages)
    # The dots and page number of an entry are drawn when the layout is done (a form XObject the
    # page refers to): the text extracted puts them before the entry's title. (pypdf's layout mode
    # leaves forms out; its default mode, poppler and viewers read them.)
    listed = [(title, page) for page, title in re.findall(r"(?:\.\s+)+(\d+)\s*\n\s*(\S[^\n]*)", pages[1])]
    # 9 sections (with the town map), logistics, population and labour, 5 passports, contacts,
    # institutions, sources, disclaimer
    assert len(listed) == 20
    for title, page in listed:
        assert 2 < int(page) <= len(pages)
        assert title.strip() in flat(pages[int(page) - 1]), (title, page)


def test_same_input_gives_the_same_bytes(catalog, tmp_path: Path) -> None:
    first, second, other_day = tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "c.pdf"
    build_guide(catalog, first, lang="kk", towns=["temirtau"], today=TODAY)
    build_guide(catalog, second, lang="kk", towns=["temirtau"], today=TODAY)
    assert first.read_bytes() == second.read_bytes()
    build_guide(catalog, other_day, lang="kk", towns=["temirtau"], today=TODAY + dt.timedelta(days=1))
    assert other_day.read_bytes() != first.read_bytes()


def test_photo_is_embedded_scaled_down(catalog, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (3000, 2000), (200, 120, 40)).save(buffer, "JPEG")
    catalog.add_photo(5, "hall.jpg", buffer.getvalue())
    out = tmp_path / "guide.pdf"
    build_guide(catalog, out, premises=[5], today=TODAY)
    embedded = images(out)
    assert len(embedded) == 1
    assert max(int(embedded[0]["/Width"]), int(embedded[0]["/Height"])) <= 1400


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")), reason="needs poppler and zbar")
def test_printed_qr_code_scans_to_the_premise(catalog, tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    build_guide(catalog, out, premises=[5], today=TODAY)
    page = next(i for i, text in enumerate(page_texts(out), start=1) if "№5 · Цех" in text and "QR" in text)
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-f", str(page), "-l", str(page), "-singlefile", str(out),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    scan = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "page.png")], capture_output=True, text=True)
    # The label is in the guide's language, percent-encoded as a geo: URI wants it.
    assert scan.stdout.strip() == f"geo:50.03500,72.98700?q=50.03500,72.98700({quote('объект №5', safe=' ')})"
