"""The docs stay true: every command is documented, the column reference is the field tables,
the README stays a README and its links lead somewhere."""

from __future__ import annotations

import argparse
import ast
import json
import re
from pathlib import Path

import pytest

from guide.catalog import fields as F
from guide.catalog.docs import BEGIN, DOCUMENTED_KINDS, END, column_reference, readme_block
from guide.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CLI_DOC = ROOT / "docs" / "cli.md"
COLUMNS_DOC = ROOT / "docs" / "columns.md"
# The README is what, set-up, a short tour and links; the manual lives in docs/.
README_MAX_LINES = 250


def readme() -> str:
    return README.read_text(encoding="utf-8")


def cli_doc() -> str:
    return CLI_DOC.read_text(encoding="utf-8")


def columns_doc() -> str:
    return COLUMNS_DOC.read_text(encoding="utf-8")


def subcommands() -> dict[str, argparse.ArgumentParser]:
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("the parser has no subcommands")


def command_rows() -> dict[str, str]:
    """docs/cli.md's command table: subcommand name (or '' for the bare command) → its row."""
    rows: dict[str, str] = {}
    for line in cli_doc().splitlines():
        match = re.match(r"\| `investor-guide (?:\[--db PATH\] ?)?([\w-]*)", line)
        if match:
            rows[match.group(1)] = line
    return rows


def test_the_command_table_is_found() -> None:
    rows = command_rows()
    assert "" in rows, "the bare command (the GUI) has a row"
    assert len(rows) >= 8


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_every_subcommand_is_in_the_command_table(name: str) -> None:
    rows = command_rows()
    assert name in rows, f"docs/cli.md's command table has no row for `investor-guide {name}`"
    for action in subcommands()[name]._actions:
        if not action.option_strings or "--help" in action.option_strings:
            continue
        # Either spelling will do (-o or --output); a short one must stand alone.
        mentioned = [o for o in action.option_strings if re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", rows[name])]
        assert mentioned, f"`{name}` row does not mention {' or '.join(action.option_strings)}"


def test_no_row_documents_a_command_that_does_not_exist() -> None:
    assert set(command_rows()) - {""} <= set(subcommands())


def test_global_options_are_documented() -> None:
    text = cli_doc()
    for action in build_parser()._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert f"`{option}" in text, option


def test_every_command_has_an_example() -> None:
    examples = "\n".join(line for line in cli_doc().splitlines() if line.startswith("investor-guide "))
    for name in ("init", "import", "export", "template", "search"):
        assert re.search(rf"investor-guide (--db \S+ )?{name}\b", examples), name


def test_the_column_reference_is_generated_from_the_fields() -> None:
    assert BEGIN in columns_doc() and END in columns_doc()
    assert readme_block(columns_doc()) == column_reference(), (
        "docs/columns.md is out of date: run `python -m guide.catalog.docs docs/columns.md`"
    )


def test_the_column_reference_covers_every_field_of_every_imported_kind() -> None:
    reference = column_reference()
    assert set(DOCUMENTED_KINDS) == set(F.KINDS)
    # "#### Premises (`premises`)" opens each kind's table; the last section is the codes' labels.
    parts = reference.split("#### ")[1:-1]
    sections = {re.findall(r"\(`(\w+)`\)", part)[0]: part for part in parts}
    assert list(sections) == list(DOCUMENTED_KINDS)
    for name in DOCUMENTED_KINDS:
        kind = F.kind(name)
        lines = sections[name].splitlines()
        assert len([line for line in lines if line.startswith("| `")]) == len(kind.fields)
        for f in kind.fields:
            row = next(line for line in lines if line.startswith(f"| `{f.code}` | {f.ru} |"))
            assert f"| {f.kk} | {f.en} |" in row
            assert ("| yes |" in row) == f.required


def test_the_issue_s_premises_codes_are_documented() -> None:
    block = readme_block(columns_doc())
    for code in ("production_hall", "building_complex", "vacant", "sold", "communal", "trust_management", "telecom"):
        assert f"`{code}`" in block


def test_the_readme_is_a_readme() -> None:
    text = readme()
    assert len(text.splitlines()) <= README_MAX_LINES, "move the manual to docs/, keep the README short"
    for command in ("make run", "make test"):
        assert command in text
    for page in ("docs/user-guide.md", "docs/cli.md", "docs/columns.md", "docs/reliability.md", "docs/performance.md"):
        assert f"]({page}" in text, f"the README does not link to {page}"


def _markdown_files() -> list[Path]:
    return [README, *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("path", _markdown_files(), ids=lambda p: p.name)
def test_relative_links_lead_to_files(path: Path) -> None:
    """A link or image in the docs names a file that exists (the manual moved; links must follow)."""
    text = path.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        file = target.split("#", 1)[0]
        assert (path.parent / file).exists(), f"{path.name} links to {target}, which does not exist"


def test_the_reliability_page_counts_what_is_there() -> None:
    """Every "`test_x.py` (N tests)" on the reliability page, and its corpus size, match the files."""
    text = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    counts = re.findall(r"`((?:tests/[\w/]+/)?test_\w+\.py)` \((\d+) tests?\b", text)
    assert len(counts) >= 10, counts
    for name, count in counts:
        path = ROOT / name if "/" in name else ROOT / "tests" / "reliability" / name
        tests = [
            node
            for node in ast.parse(path.read_text(encoding="utf-8")).body
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
        ]
        assert len(tests) == int(count), f"docs/reliability.md says {name} has {count} tests; it has {len(tests)}"
    corpus = json.loads((ROOT / "tests" / "data" / "import_corpus" / "expected.json").read_text(encoding="utf-8"))
    stated = re.search(r"`tests/data/import_corpus/` holds (\d+)\s+awkward files", text)
    assert stated is not None and int(stated.group(1)) == len(corpus)
