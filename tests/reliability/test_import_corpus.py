"""The import corpus: awkward real-world files, each imported correctly or refused with nothing changed.

The files and their expected outcomes are in ``tests/data/import_corpus``
(``expected.json``; ``tests/data/make_corpus.py`` wrote both).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from guide.catalog import fields as F
from guide.catalog.errors import InvalidInput, Problem
from guide.catalog.importer import apply_import, plan_import
from guide.catalog.store import Catalog
from tests.reliability.support import assert_one_line_error, connection_dump, dump, run_cli

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import_corpus"
EXPECTED: dict[str, dict[str, Any]] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
# Pseudo-fields in the expectations: checked by a function instead of equality.
DERIVED = {
    "description_length": lambda catalog, record: len(record["description"] or ""),
    "photo_count": lambda catalog, record: len(catalog.photos(record["id"])),
}


def test_the_corpus_is_complete() -> None:
    files = {p.name for p in CORPUS.iterdir() if p.is_file() and p.name != "expected.json"}
    assert files == set(EXPECTED)
    assert len(EXPECTED) >= 40
    outcomes = {e["outcome"] for e in EXPECTED.values()}
    assert outcomes == {"ok", "rejected"}
    suffixes = {Path(name).suffix for name in EXPECTED}
    assert {".csv", ".xlsx", ".json"} <= suffixes


def _find(catalog: Catalog, kind: F.Kind, expected: dict[str, Any]) -> dict[str, Any]:
    if "id" in expected:
        return catalog.require(kind.name, expected["id"])
    title = kind.title_field
    found = catalog.where(kind.name, title, expected[title])
    assert len(found) == 1, f"expected one {kind.name} record titled {expected[title]!r}, found {len(found)}"
    return found[0]


def _problems(catalog: Catalog, kind: str, path: Path) -> list[Problem]:
    """The problems importing ``path`` reports; an empty list when it was imported."""
    try:
        plan = plan_import(catalog, kind, path)
    except InvalidInput as exc:
        problems = getattr(exc, "problems", None)
        return list(problems) if problems else [Problem(str(exc))]
    if plan.problems:
        return plan.problems
    apply_import(catalog, plan, backup=False)
    return []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file(catalog: Catalog, name: str) -> None:
    expected = EXPECTED[name]
    kind = F.kind(expected["kind"])
    path = CORPUS / name
    before = connection_dump(catalog.db.conn)
    counts = {k: catalog.total(k) for k in F.KINDS}

    problems = _problems(catalog, kind.name, path)

    if expected["outcome"] == "rejected":
        assert problems, f"{name} was imported, but should have been refused"
        for want in expected["problems"]:
            matching = [
                p
                for p in problems
                if want["contains"] in str(p)
                and (want["row"] is None or p.row == want["row"])
                and (want["column"] is None or want["column"] in (p.column or ""))
            ]
            assert matching, f"{name}: no problem like {want} among:\n" + "\n".join(map(str, problems))
        for problem in problems:
            # Every row-level problem says where it is, in the user's terms.
            if problem.row is not None:
                assert problem.file == str(path)
        assert connection_dump(catalog.db.conn) == before, f"{name} was refused but changed the catalog"
        return

    assert not problems, f"{name} should import, but:\n" + "\n".join(map(str, problems))
    assert catalog.total(kind.name) == counts[kind.name] + expected["added"]
    for other in F.KINDS:
        if other != kind.name:
            assert catalog.total(other) == counts[other], f"{name} changed {other}"
    for want in expected["records"]:
        record = _find(catalog, kind, want)
        for code, value in want.items():
            actual = DERIVED[code](catalog, record) if code in DERIVED else record[code]
            assert actual == value, f"{name}: {code} is {actual!r}, expected {value!r}"


@pytest.mark.parametrize(
    "name", ["ru_excel_cp1251_semicolon.csv", "bad_values.csv", "json_object_not_array.json", "empty.csv"]
)
def test_the_command_line_reports_the_corpus_outcome(catalog_file: Path, name: str) -> None:
    """The same outcomes through ``investor-guide import``: exit 0, or exit 2 with located messages and no change."""
    expected = EXPECTED[name]
    path = CORPUS / name
    before = dump(catalog_file)
    result = run_cli("import", expected["kind"], path, db=catalog_file)
    if expected["outcome"] == "ok":
        assert result.returncode == 0, result.stderr
        assert f"{expected['added']} added" in result.stdout
        return
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    for want in expected["problems"]:
        if want["row"] is not None:
            assert f"row {want['row']}" in result.stderr
        assert want["contains"] in result.stderr
    if all(w["row"] is None for w in expected["problems"]):
        assert_one_line_error(result, naming=path)
    assert dump(catalog_file) == before
