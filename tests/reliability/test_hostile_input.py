"""Hostile and broken input ends in exit 2 and one clear line, never a crash, a hang or lost data (issue 17).

Each file here is made by the test itself: XLSX bombs, a sheet that claims
to be 16,384 columns wide, photos that are pipes or truncated JPEGs, a
header that carries terminal escape sequences, a busy catalog under
``init --force``. Memory-hungry cases run the real program under an
address-space limit, so "exhausts memory" fails the test instead of the machine.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from PIL import Image

from guide.catalog import tabular
from guide.catalog.errors import InvalidInput, error_text
from guide.catalog.importer import plan_import
from guide.catalog.store import Catalog
from tests.reliability.small_disk import fill
from tests.reliability.support import assert_one_line_error, dump, run_cli

# Enough for the program and a real import; far less than any bomb below would take.
MEMORY_LIMIT = ["prlimit", f"--as={1536 * 1024 * 1024}"]
HEADERS = ["town", "title", "kind", "floor_area_m2"]


def _xlsx(path: Path, rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


def _rezip(source: bytes, target: Path, replace: dict[str, object]) -> None:
    """Copy an XLSX, swapping some parts: bytes, or an iterator of chunks for parts too big to hold."""
    with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            part = replace.get(item.filename, old.read(item.filename))
            if isinstance(part, bytes):
                new.writestr(item.filename, part)
            else:
                info = zipfile.ZipInfo(item.filename)
                info.compress_type = zipfile.ZIP_DEFLATED
                with new.open(info, "w", force_zip64=True) as fh:
                    for chunk in part:  # type: ignore[attr-defined]
                        fh.write(chunk)


def test_a_sheet_that_unpacks_to_300_mb_is_refused_before_parsing(tmp_path: Path, catalog_file: Path) -> None:
    small = _xlsx(tmp_path / "small.xlsx", [HEADERS, ["abai", "Склад", "warehouse", 10]])
    bomb = tmp_path / "bomb.xlsx"
    row = b'<row><c t="inlineStr"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>'
    repeat = row * 10_000
    chunks = iter(
        [
            b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b"<sheetData>"
        ]
        + [repeat] * (300 * 1_048_576 // len(repeat))
        + [b"</sheetData></worksheet>"]
    )
    _rezip(small, bomb, {"xl/worksheets/sheet1.xml": chunks})
    assert bomb.stat().st_size < 2_000_000
    data = dump(catalog_file)

    result = run_cli("import", "premises", bomb, db=catalog_file, prefix=MEMORY_LIMIT)

    assert result.returncode == 2, result.stderr
    line = assert_one_line_error(result, naming=bomb)
    assert "zip bomb" in line
    assert dump(catalog_file) == data


def test_a_sheet_that_claims_the_whole_grid_is_read_by_its_real_cells(tmp_path: Path, catalog_file: Path) -> None:
    rows: list[list[object]] = [HEADERS] + [["abai", f"Склад {n}", "warehouse", 10 + n] for n in range(20_000)]
    plain = _xlsx(tmp_path / "plain.xlsx", rows)
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    claimed, n = re.subn(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', sheet)
    assert n == 1
    wide = tmp_path / "wide.xlsx"
    _rezip(plain, wide, {"xl/worksheets/sheet1.xml": claimed})

    result = run_cli("import", "premises", wide, db=catalog_file, prefix=MEMORY_LIMIT)

    assert result.returncode == 0, result.stderr[-2000:]
    assert "20000 added" in result.stdout


def test_a_row_beyond_excels_last_row_is_refused_without_reading_a_million_empty_rows(
    tmp_path: Path, catalog_file: Path
) -> None:
    plain = _xlsx(tmp_path / "plain.xlsx", [HEADERS, ["abai", "Склад", "warehouse", 10]])
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    moved, n = re.subn(rb'<row r="2"(.*?)</row>', rb'<row r="3000000"\1</row>', sheet, flags=re.S)
    assert n == 1
    moved = moved.replace(b'r="A2"', b'r="A3000000"').replace(b'r="B2"', b'r="B3000000"')
    moved = moved.replace(b'r="C2"', b'r="C3000000"').replace(b'r="D2"', b'r="D3000000"')
    far = tmp_path / "far.xlsx"
    _rezip(plain, far, {"xl/worksheets/sheet1.xml": moved})
    data = dump(catalog_file)

    result = run_cli("import", "premises", far, db=catalog_file)

    assert result.returncode == 2, result.stderr
    assert "beyond Excel's last row" in assert_one_line_error(result, naming=far)
    assert dump(catalog_file) == data


def _far_row(sheet: bytes) -> bytes:
    """The sheet with its data row moved to row 3,000,000."""
    moved, n = re.subn(rb'<row r="2"(.*?)</row>', rb'<row r="3000000"\1</row>', sheet, flags=re.S)
    assert n == 1
    return re.sub(rb'r="([A-D])2"', rb'r="\g<1>3000000"', moved)


def _with_entities(sheet: bytes) -> bytes:
    doctype = b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    return doctype + sheet


# The start of each refusal's text in Russian and Kazakh (guide/catalog/messages.py), and the English one.
XLSX_REFUSALS = {
    "xlsx_zip_bomb": ("Часть xl/worksheets/sheet1.xml распаковывается", "xl/worksheets/sheet1.xml бөлігі", "zip bomb"),
    "xlsx_entities": ("Часть xl/worksheets/sheet1.xml объявляет", "xl/worksheets/sheet1.xml бөлігі", "XML entities"),
    "beyond_last_row": ("Строка 3000000 — дальше", "3000000-жол Excel-дің", "row 3,000,000 is beyond Excel's last row"),
}


@pytest.mark.parametrize("code", sorted(XLSX_REFUSALS))
def test_xlsx_refusals_are_problems_with_a_code_so_the_window_says_them_in_its_language(
    tmp_path: Path, catalog: Catalog, code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = _xlsx(tmp_path / "plain.xlsx", [HEADERS, ["abai", "Склад", "warehouse", 10]])
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    hostile = tmp_path / f"{code}.xlsx"
    if code == "xlsx_zip_bomb":
        # The real 300 MB bomb is the test above; with a 1 MB cap, 2 MB of padding make this sheet one.
        monkeypatch.setattr(tabular, "MAX_XLSX_PART", 1_048_576)
    pad = b"<!--" + b" " * 2_097_152 + b"-->"
    rewrite = {
        "xlsx_zip_bomb": lambda sheet: pad + sheet,
        "xlsx_entities": _with_entities,
        "beyond_last_row": _far_row,
    }[code]
    _rezip(plain, hostile, {"xl/worksheets/sheet1.xml": rewrite(sheet)})

    with pytest.raises(InvalidInput) as refused:
        plan_import(catalog, "premises", hostile)

    (problem,) = refused.value.problems
    assert (problem.code, problem.file) == (code, str(hostile))
    ru, kk, en = XLSX_REFUSALS[code]
    assert error_text(refused.value, "ru").startswith(f"{hostile}: {ru}")
    assert error_text(refused.value, "kk").startswith(f"{hostile}: {kk}")
    assert en in str(refused.value)


def test_thousands_of_problems_are_counted_not_all_printed(tmp_path: Path, catalog_file: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "town,title,kind,floor_area_m2\n" + "".join(f"abai,Склад {n},warehouse,-1\n" for n in range(5000)),
        encoding="utf-8",
    )
    result = run_cli("import", "premises", path, db=catalog_file)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) <= 102, len(lines)
    assert "and 4,900 more problems" in lines
    assert "5,000 problem(s)" in lines[-1]


def test_terminal_escape_sequences_in_a_header_are_printed_as_escapes(tmp_path: Path, catalog_file: Path) -> None:
    path = tmp_path / "escapes.csv"
    path.write_text(
        "town,title,kind,floor_area_m2,\x1b[2J\x1b[31mЦена\x1b]0;owned\x07\u202e\nabai,Склад,warehouse,10,1\n",
        encoding="utf-8",
    )
    result = run_cli("import", "premises", path, db=catalog_file)
    assert result.returncode == 2
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr and "\u202e" not in result.stderr
    assert "\\x1b[31mЦена" in result.stderr


def test_a_nul_byte_in_a_photo_path_is_bad_input(tmp_path: Path, catalog_file: Path) -> None:
    path = tmp_path / "nul.json"
    record = {"town": "abai", "title": "Склад", "kind": "warehouse", "floor_area_m2": 10, "photos": "a\u0000b.png"}
    path.write_text(json.dumps([record]), encoding="utf-8")
    result = run_cli("import", "premises", path, db=catalog_file)
    assert result.returncode == 2, result.stderr
    assert "NUL" in result.stderr
    assert "unexpected error" not in result.stderr


def test_a_premise_id_beyond_64_bits_is_bad_input(tmp_path: Path, catalog_file: Path) -> None:
    out = tmp_path / "brief.pdf"
    result = run_cli("guide", "--premise", "99999999999999999999", "-o", out, db=catalog_file)
    assert result.returncode == 2
    assert_one_line_error(result, naming="99999999999999999999")
    assert not out.exists()


def test_an_xlsx_export_onto_a_full_disk_says_so_in_one_line(catalog_file: Path, small_disk: Path) -> None:
    fill(small_disk)
    target = small_disk / "premises.xlsx"
    result = run_cli("export", "premises", target, db=catalog_file)
    assert result.returncode == 2
    assert_one_line_error(result, naming=target)
    assert "Exception ignored" not in result.stderr
    assert [p.name for p in small_disk.iterdir()] == ["filler.bin"]


def _photo_csv(folder: Path, photo: str) -> Path:
    path = folder / "with-photo.csv"
    path.write_text(f"town,title,kind,floor_area_m2,photos\nabai,С фото,warehouse,10,{photo}\n", encoding="utf-8")
    return path


def test_a_fifo_named_as_a_photo_is_refused_without_hanging(tmp_path: Path, catalog_file: Path) -> None:
    os.mkfifo(tmp_path / "photo.jpg")
    result = run_cli("import", "premises", _photo_csv(tmp_path, "photo.jpg"), db=catalog_file, timeout=60)
    assert result.returncode == 2
    assert "not a regular file" in result.stderr


def test_a_huge_photo_is_refused_by_its_size_before_it_is_read(tmp_path: Path, catalog_file: Path) -> None:
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as fh:
        fh.truncate(3 * 1024**3)  # sparse: 3 GB that take no disk
    result = run_cli("import", "premises", _photo_csv(tmp_path, "huge.jpg"), db=catalog_file, prefix=MEMORY_LIMIT)
    assert result.returncode == 2, result.stderr
    assert "larger than" in result.stderr


def test_a_truncated_jpeg_never_reaches_the_catalog(tmp_path: Path, catalog_file: Path) -> None:
    buffer = io.BytesIO()
    Image.effect_noise((400, 300), 60).convert("RGB").save(buffer, format="JPEG", quality=90)
    (tmp_path / "cut.jpg").write_bytes(buffer.getvalue()[: len(buffer.getvalue()) * 2 // 3])
    data = dump(catalog_file)
    result = run_cli("import", "premises", _photo_csv(tmp_path, "cut.jpg"), db=catalog_file)
    assert result.returncode == 2, result.stderr
    assert "cut.jpg" in result.stderr
    assert dump(catalog_file) == data


def test_exported_files_get_the_usual_mode_and_keep_an_existing_one(tmp_path: Path, catalog_file: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    for suffix in (".csv", ".xlsx", ".json"):
        fresh = tmp_path / f"fresh{suffix}"
        assert run_cli("export", "premises", fresh, db=catalog_file).returncode == 0
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask
        shared = tmp_path / f"shared{suffix}"
        shared.write_text("old")
        shared.chmod(0o664)
        assert run_cli("export", "premises", shared, db=catalog_file).returncode == 0
        assert stat.S_IMODE(shared.stat().st_mode) == 0o664


def test_a_json_export_keeps_empty_fields_so_its_import_clears_them(tmp_path: Path, catalog_file: Path) -> None:
    catalog = Catalog.open(catalog_file)
    catalog.update("premises", 1, {"owner": None})
    catalog.close()
    path = tmp_path / "premises.json"
    assert run_cli("export", "premises", path, db=catalog_file).returncode == 0
    objects = json.loads(path.read_text(encoding="utf-8"))
    assert len({frozenset(o) for o in objects}) == 1, "every object carries every field"
    assert next(o for o in objects if o["id"] == 1)["owner"] is None
    catalog = Catalog.open(catalog_file)
    catalog.update("premises", 1, {"owner": "Заполнено после экспорта"})
    catalog.close()
    assert run_cli("import", "premises", path, db=catalog_file).returncode == 0
    catalog = Catalog.open(catalog_file)
    assert catalog.require("premises", 1)["owner"] is None
    catalog.close()


def test_init_force_under_another_program_replaces_the_catalog_it_is_using(catalog_file: Path) -> None:
    other = Catalog.open(catalog_file)
    try:
        other.update("premises", 1, {"title": "До init --force"})
        result = run_cli("init", "--force", db=catalog_file)
        assert result.returncode == 0, result.stderr
        # The other program sees the new catalog, and its next save lands in the file at the path,
        # not in a deleted file.
        assert other.require("premises", 1)["title"] != "До init --force"
        other.update("premises", 1, {"title": "Сохранено другой программой"})
    finally:
        other.close()
    conn = sqlite3.connect(str(catalog_file))
    assert conn.execute("SELECT title FROM premises WHERE id = 1").fetchone()[0] == "Сохранено другой программой"
    conn.close()


def test_init_force_replaces_an_idle_catalog_and_keeps_a_backup(tmp_path: Path, catalog_file: Path) -> None:
    catalog = Catalog.open(catalog_file)
    catalog.update("premises", 1, {"title": "До init --force"})
    catalog.close()
    before = dump(catalog_file)
    result = run_cli("init", "--force", db=catalog_file)
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(str(catalog_file))
    assert conn.execute("SELECT title FROM premises WHERE id = 1").fetchone()[0] != "До init --force"
    conn.close()
    backups = list((catalog_file.parent / (catalog_file.name + ".backups")).glob("*before-init*.db"))
    assert len(backups) == 1 and dump(backups[0]) == before
    assert not [p for p in catalog_file.parent.iterdir() if p.name.startswith(".")]
    shutil.rmtree(backups[0].parent)
