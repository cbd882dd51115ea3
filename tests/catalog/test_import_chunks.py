"""A file is planned a chunk of rows at a time: the same problems and records whatever the chunk size, in bounded memory.

Each corpus file, and generated files whose cross-row rules span chunks
(a duplicate id, a new id that a later row gives, an update, more problems
than are kept), is planned and imported with chunks of 1 and 7 rows and in
one piece; the CSV encoding is settled with 7-byte blocks and with the
usual ones. Everything the user sees must be equal.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from guide.catalog import fields as F
from guide.catalog import importer, tabular
from guide.catalog.errors import InvalidInput, Problem
from guide.catalog.importer import REPLAN, apply_import, plan_import
from guide.catalog.limits import MAX_PROBLEMS
from guide.catalog.store import Catalog
from tests.catalog.files import write_records
from tests.reliability.support import connection_dump

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import_corpus"
EXPECTED: dict[str, dict[str, Any]] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
ONE_PIECE = 10**9
GOOD = {"town": "abai", "title": "Склад", "kind": "warehouse", "floor_area_m2": "100"}


def _outcome(catalog: Catalog, kind: str, path: Path) -> dict[str, Any]:
    """Everything a plan shows and writes: its problems (all their fields), preview, records, and the catalog after."""
    try:
        plan = plan_import(catalog, kind, path)
    except InvalidInput as exc:
        return {"refused": type(exc).__name__, "problems": _said(exc.problems)}
    seen = {
        "problems": _said(plan.problems),
        "total": getattr(plan.problems, "total", None),
        "records": plan.records,
        "counts": (plan.added, plan.updated, plan.total_rows),
        "basis": list(plan.basis.items()),
        "photos": sorted(plan.photos),
        "rows": plan.rows,
    }
    if plan.ok:
        apply_import(catalog, plan, backup=False)
        seen["catalog"] = _contents(catalog)
    return seen


def _said(problems: list[Problem]) -> list[dict[str, Any]]:
    """Each problem's code, place and parameters (an exception among them as its text)."""
    return [{**vars(p), "params": {k: str(v) for k, v in p.params.items()}} for p in problems]


def _contents(catalog: Catalog) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but its write time (two imports are seconds apart)."""
    dump = connection_dump(catalog.db.conn)
    contents = {}
    for table in dump:
        names = [r[1] for r in catalog.db.execute(f"PRAGMA table_info({table})")]
        keep = ", ".join(f'"{n}"' for n in names if n != F.UPDATED_COLUMN)
        contents[table] = sorted(catalog.db.execute(f'SELECT {keep} FROM "{table}"').fetchall(), key=repr)  # noqa: S608
    return contents


def _chunked(
    monkeypatch: pytest.MonkeyPatch, catalog_file: Path, kind: str, path: Path, rows: int, block: int = 1 << 20
) -> dict[str, Any]:
    monkeypatch.setattr(importer, "CHUNK_ROWS", rows)
    monkeypatch.setattr(tabular, "_BLOCK", block)
    catalog = Catalog.open(catalog_file)
    try:
        return _outcome(catalog, kind, path)
    finally:
        catalog.close()


def _fresh(catalog_file: Path, name: str) -> Path:
    copy = catalog_file.with_name(name)
    copy.write_bytes(catalog_file.read_bytes())
    return copy


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if (CORPUS / n).is_file()))
def test_each_corpus_file_gives_the_same_in_chunks_as_in_one_piece(
    monkeypatch: pytest.MonkeyPatch, catalog_file: Path, name: str
) -> None:
    kind = EXPECTED[name]["kind"]
    whole = _chunked(monkeypatch, _fresh(catalog_file, "whole.db"), kind, CORPUS / name, ONE_PIECE)
    small = _chunked(monkeypatch, _fresh(catalog_file, "small.db"), kind, CORPUS / name, 1, block=7)
    assert small == whole


def _mixed_rows(count: int) -> list[dict[str, Any]]:
    """Rows without ids among rows whose ids come later, a duplicate across chunks, and bad values all over."""
    rows: list[dict[str, Any]] = []
    for n in range(count):
        row = {"id": "", **GOOD, "title": f"Склад {n}"}
        if n % 3 == 0:
            # An id a row without one (earlier in the file) would otherwise get.
            row["id"] = str(100_000 + n // 3)
        if n % 5 == 1:
            row["floor_area_m2"] = "-1"
        if n % 7 == 2:
            row["town"] = "Нигде"
        rows.append(row)
    # Duplicates of rows many chunks before.
    rows.extend({**rows[n], "title": "Тот же код"} for n in range(3, 120, 6))
    return rows


@pytest.mark.parametrize("chunk", [1, 7, 64])
@pytest.mark.parametrize("bad", [True, False])
def test_ids_duplicates_and_problems_span_chunks_exactly(
    monkeypatch: pytest.MonkeyPatch, catalog_file: Path, tmp_path: Path, chunk: int, bad: bool
) -> None:
    rows = _mixed_rows(400)
    if not bad:
        rows = [{**r, "floor_area_m2": "100", "town": "abai"} for r in rows[:400]]
    # The first ids the catalog would hand out are given by rows further down.
    catalog = Catalog.open(catalog_file)
    first_new = catalog.db.execute("SELECT coalesce(max(id), 0) + 1 FROM premises").fetchone()[0]
    catalog.close()
    rows[-2]["id"] = str(first_new)
    rows[-5]["id"] = str(first_new + 2)
    path = write_records(tmp_path / "mixed.csv", rows)
    whole = _chunked(monkeypatch, _fresh(catalog_file, "whole.db"), "premises", path, ONE_PIECE)
    small = _chunked(monkeypatch, _fresh(catalog_file, "small.db"), "premises", path, chunk)
    assert small == whole
    if bad:
        assert whole["total"] > MAX_PROBLEMS == len(whole["problems"])
    else:
        ids = [record["id"] for _, record in whole["records"]]
        assert len(set(ids)) == len(ids) == len(rows)
        assert first_new not in ids[: len(rows) - 2] and first_new + 2 in ids


def test_updates_of_a_file_lacking_required_columns_span_chunks(
    monkeypatch: pytest.MonkeyPatch, catalog_file: Path, tmp_path: Path
) -> None:
    """Only a row adding a record needs every required column; the one update comes in the last chunk."""
    catalog = Catalog.open(catalog_file)
    stored = catalog.db.execute("SELECT id FROM premises ORDER BY id LIMIT 1").fetchone()[0]
    catalog.close()
    rows = [{"id": "", "title": f"Новый {n}"} for n in range(20)] + [{"id": str(stored), "title": "Обновлён"}]
    path = write_records(tmp_path / "partial.csv", rows)
    whole = _chunked(monkeypatch, _fresh(catalog_file, "whole.db"), "premises", path, ONE_PIECE)
    small = _chunked(monkeypatch, _fresh(catalog_file, "small.db"), "premises", path, 3)
    assert small == whole
    assert {p["code"] for p in whole["problems"]} == {"new_row_column_missing", "new_row_area_missing"}
    only_new = write_records(tmp_path / "only-new.csv", rows[:-1])
    whole = _chunked(monkeypatch, _fresh(catalog_file, "whole2.db"), "premises", only_new, ONE_PIECE)
    assert _chunked(monkeypatch, _fresh(catalog_file, "small2.db"), "premises", only_new, 3) == whole
    assert all(p["row"] == 1 for p in whole["problems"])


def test_a_plan_holds_one_chunk_of_rows_and_a_capped_preview(
    monkeypatch: pytest.MonkeyPatch, catalog_file: Path, tmp_path: Path
) -> None:
    """Bounded memory: rows are read from the file only as the chunk being checked needs them."""
    monkeypatch.setattr(importer, "CHUNK_ROWS", 50)
    monkeypatch.setattr(importer, "PREVIEW_ROWS", 20)
    rows = [{**GOOD, "title": f"Склад {n}"} for n in range(1_000)]
    rows[700]["floor_area_m2"] = "-5"
    path = write_records(tmp_path / "many.csv", rows)
    read = 0
    ahead: list[int] = []
    opened = importer.open_table

    def counting(path: Path) -> tabular.TableStream:
        stream = opened(path)

        def rows() -> Iterator[tuple[int, list[Any]]]:
            nonlocal read
            for row in stream.rows:
                read += 1
                yield row

        return tabular.TableStream(stream.headers, rows(), stream.header_row)

    normalise = importer.normalise_stage

    def watched(plan: importer.ImportPlan, chunk: list[Any], problems: list[Any]) -> Any:
        # Rows read but not yet checked: never more than the chunk in hand.
        ahead.append(read - plan.total_rows)
        return normalise(plan, chunk, problems)

    monkeypatch.setattr(importer, "open_table", counting)
    monkeypatch.setattr(importer, "normalise_stage", watched)
    catalog = Catalog.open(catalog_file)
    try:
        plan = plan_import(catalog, "premises", path)
        assert len(ahead) == 20 and max(ahead) == 50
        assert plan.total_rows == 1_000
        # The first rows, and the row of the problem, which the dialog highlights.
        assert [n for n, _ in plan.rows] == [*range(2, 22), 702]
        assert [p.row for p in plan.problems] == [702]
        rows[700]["floor_area_m2"] = "5"
        plan = plan_import(catalog, "premises", write_records(tmp_path / "many.csv", rows))
        assert len(plan.rows) == 20 and plan.ok
        # The records come back from the staging, a chunk at a time.
        assert plan.staged_records is not None and len(plan.staged_records) == 20
        assert [n for n, _ in plan.each_record()] == list(range(2, 1_002))
        assert apply_import(catalog, plan, backup=False).added == 1_000
    finally:
        catalog.close()


def test_a_replanned_import_is_checked_again_from_the_staged_chunks(
    monkeypatch: pytest.MonkeyPatch, catalog_file: Path, tmp_path: Path
) -> None:
    """The catalog changed between plan and apply: the command line plans again from the staged columns."""
    monkeypatch.setattr(importer, "CHUNK_ROWS", 4)
    rows = [{**GOOD, "title": f"Склад {n}"} for n in range(10)]
    path = write_records(tmp_path / "ten.csv", rows)
    first, second = Catalog.open(catalog_file), Catalog.open(catalog_file)
    try:
        plan = plan_import(first, "premises", path)
        other = plan_import(second, "premises", write_records(tmp_path / "one.csv", [GOOD]))
        apply_import(second, other, backup=False)
        # The file is gone: the plan made again reads only what it staged.
        path.unlink()
        assert apply_import(first, plan, backup=False, if_changed=REPLAN).added == 10
        titles = {r[0] for r in first.db.execute("SELECT title FROM premises WHERE title LIKE 'Склад %'")}
        assert titles >= {f"Склад {n}" for n in range(10)}
    finally:
        first.close()
        second.close()


def test_a_replanned_json_update_still_leaves_out_the_keys_it_lacks(catalog_file: Path, tmp_path: Path) -> None:
    """A key a JSON object leaves out is staged as itself: the plan made again keeps the stored value."""
    first, second = Catalog.open(catalog_file), Catalog.open(catalog_file)
    try:
        stored = first.db.execute("SELECT id, title FROM premises ORDER BY id LIMIT 1").fetchone()
        path = tmp_path / "prices.json"
        path.write_text(json.dumps([{"id": stored[0], "price_kzt": 5}, {**GOOD, "price_kzt": 7}]), encoding="utf-8")
        plan = plan_import(first, "premises", path)
        assert plan.ok
        other = plan_import(second, "premises", write_records(tmp_path / "one.csv", [GOOD]))
        apply_import(second, other, backup=False)
        assert apply_import(first, plan, backup=False, if_changed=REPLAN).added == 1
        assert first.db.execute("SELECT title, price_kzt FROM premises WHERE id = ?", [stored[0]]).fetchone() == (
            stored[1],
            5,
        )
    finally:
        first.close()
        second.close()


ENCODED = {
    "stray byte": "town,title\nabai,Склад\n".encode() + b"abai,\xff\xd0\xa1\xd0\xba\xd0\xbb\xd0\xb0\xd0\xb4\n",
    "cut letter": "town,title\nabai,Склад Склад\nabai,Цех".encode()[:-1],
    "cp1251": "город;наименование\nАбай;Склад\n".encode("cp1251"),
    "cp1251 unmapped": "город;наименование\nАбай;Склад".encode("cp1251") + b"\x98\n",
    "utf-16 odd": "town\ttitle\nabai\tСклад\n".encode("utf-16") + b"\x00",
    "bom, bad": b"\xef\xbb\xbf" + "town,title\nabai,Цех\n".encode() + b"\xc3\n",
    "blank": b" \r\n\t\r\n",
}


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_the_encoding_is_settled_the_same_whatever_the_block_size(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str
) -> None:
    """Blocks of 1 to 9 bytes split letters, BOMs and stray bytes anywhere: the rows or the problem are the same."""
    path = tmp_path / "file.csv"
    path.write_bytes(ENCODED[name])

    def read() -> Any:
        try:
            table = tabular.read_table(path)
        except InvalidInput as exc:
            return type(exc).__name__, _said(exc.problems)
        return table.headers, table.rows, table.header_row

    whole = read()
    for block in range(1, 10):
        monkeypatch.setattr(tabular, "_BLOCK", block)
        assert read() == whole, block


def test_a_file_whose_header_has_problems_still_previews_its_rows(
    monkeypatch: pytest.MonkeyPatch, catalog: Catalog, tmp_path: Path
) -> None:
    monkeypatch.setattr(importer, "PREVIEW_ROWS", 2)
    path = tmp_path / "typo.csv"
    path.write_text("town,title,kind,Плошадь\n#hint,#,#,#\nabai,А,office,10\nabai,Б,office,20\n", encoding="utf-8")
    plan = plan_import(catalog, "premises", path)
    assert [p.code for p in plan.problems] == ["unknown_column", "area_column_missing"]
    assert plan.rows == [(2, ["#hint", "#", "#", "#"]), (3, ["abai", "А", "office", "10"])]
    assert plan.total_rows == 3
