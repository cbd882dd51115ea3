"""Every problem code has its message in Russian, Kazakh and English, with the same parameters."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from guide import i18n
from guide.catalog.errors import Problem, ValidationFailed, error_text
from guide.catalog.messages import MESSAGES, fields_of, render

GUIDE = Path(__file__).resolve().parents[2] / "guide"


class _Any:
    """A parameter value that takes any format spec (``{kw:g}``, ``{value!r}``)."""

    def __format__(self, spec: str) -> str:
        return "⟨x⟩"

    def __repr__(self) -> str:
        return "⟨x⟩"


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_code_has_all_languages_with_the_same_placeholders(code: str) -> None:
    texts = MESSAGES[code]
    assert set(texts) == set(i18n.LANGUAGES), code
    assert all(text.strip() for text in texts.values()), code
    names = {lang: fields_of(text) for lang, text in texts.items()}
    assert names["ru"] == names["kk"] == names["en"], (code, names)
    params = {name: _Any() for name in names["en"]}
    for lang in i18n.LANGUAGES:
        assert render(code, params, lang)


def test_the_kazakh_messages_are_kazakh() -> None:
    # Not a copy of the Russian: the Kazakh letters appear across the table.
    kk = " ".join(texts["kk"] for texts in MESSAGES.values())
    assert set("әғқңөұүі") <= set(kk.lower())
    copied = [
        code for code, texts in MESSAGES.items() if texts["kk"] == texts["ru"] and fields_of(texts["ru"]) != {"text"}
    ]
    assert copied == []


def _codes_used() -> tuple[set[str], list[str]]:
    """Codes written in the source as the first argument of Problem(...) and BadValue(...),
    and the places where that argument is built text (an f-string) rather than a code."""
    used: set[str] = set()
    built: list[str] = []
    for path in GUIDE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in ("Problem", "BadValue"):
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                used.add(first.value)
            elif isinstance(first, ast.JoinedStr | ast.BinOp):
                built.append(f"{path.relative_to(GUIDE.parent)}:{node.lineno}")
    return used, built


def test_every_code_the_code_uses_is_in_the_table() -> None:
    used, built = _codes_used()
    assert used, "the scan found no codes"
    assert used - set(MESSAGES) == set()
    # A message made of text can't be translated: give it a code and params.
    assert built == []


def test_a_problem_reads_in_each_language_with_where_it_is() -> None:
    problem = Problem("not_number", {"value": "много"}, row=3, column="floor_area_m2", file="a.csv")
    assert str(problem) == "a.csv, row 3, column floor_area_m2: 'много' is not a number"
    assert problem.describe("ru") == "a.csv, строка 3, столбец floor_area_m2: «много» — не число"
    assert problem.describe("kk") == "a.csv, 3-жол, floor_area_m2 бағаны: «много» — сан емес"
    failure = ValidationFailed([problem, Problem("no_data_rows")])
    assert error_text(failure, "kk").splitlines()[1] == "Файлда тақырыптар бар, бірақ деректер жолдары жоқ"


def test_the_cli_prints_the_english_wording(tmp_path: Path, capsys: Any) -> None:
    from guide.cli import main

    db = tmp_path / "c.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    sheet = tmp_path / "p.csv"
    sheet.write_text("title;town;kind;floor_area_m2\nЦех;temirtau;warehouse;много\n", encoding="utf-8")
    assert main(["--db", str(db), "import", "premises", str(sheet)]) == 2
    err = capsys.readouterr().err
    assert "row 2, column floor_area_m2: 'много' is not a number" in err


def test_problems_can_be_collected_in_a_set() -> None:
    same = [Problem("not_number", {"value": "x"}, row=2), Problem("not_number", {"value": "x"}, row=2)]
    assert len(set(same)) == 1
    assert len({*same, Problem("not_number", {"value": "y"}, row=2)}) == 2
