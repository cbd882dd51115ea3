"""The README stays true: every command is documented, and the column reference is the field tables."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from guide.catalog import fields as F
from guide.catalog.docs import BEGIN, DOCUMENTED_KINDS, END, column_reference, readme_block
from guide.cli import build_parser

README = Path(__file__).resolve().parent.parent / "README.md"


def readme() -> str:
    return README.read_text(encoding="utf-8")


def subcommands() -> dict[str, argparse.ArgumentParser]:
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("the parser has no subcommands")


def command_rows() -> dict[str, str]:
    """The README's command table: subcommand name (or '' for the bare command) → its row."""
    rows: dict[str, str] = {}
    for line in readme().splitlines():
        match = re.match(r"\| `investor-guide (?:\[--db PATH\] ?)?([\w-]*)", line)
        if match:
            rows[match.group(1)] = line
    return rows


def test_the_command_table_is_found() -> None:
    rows = command_rows()
    assert "" in rows, "the bare command (the GUI) has a row"
    assert len(rows) >= 8


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_every_subcommand_is_in_the_readme_table(name: str) -> None:
    rows = command_rows()
    assert name in rows, f"README.md's command table has no row for `investor-guide {name}`"
    for action in subcommands()[name]._actions:
        if not action.option_strings or "--help" in action.option_strings:
            continue
        # Either spelling will do (-o or --output); a short one must stand alone.
        mentioned = [o for o in action.option_strings if re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", rows[name])]
        assert mentioned, f"`{name}` row does not mention {' or '.join(action.option_strings)}"


def test_no_row_documents_a_command_that_does_not_exist() -> None:
    assert set(command_rows()) - {""} <= set(subcommands())


def test_global_options_are_documented() -> None:
    text = readme()
    for action in build_parser()._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert f"`{option}" in text, option


def test_every_command_has_an_example() -> None:
    examples = "\n".join(line for line in readme().splitlines() if line.startswith("investor-guide "))
    for name in ("init", "import", "export", "template", "search"):
        assert re.search(rf"investor-guide (--db \S+ )?{name}\b", examples), name


def test_the_column_reference_is_generated_from_the_fields() -> None:
    assert BEGIN in readme() and END in readme()
    assert readme_block(readme()) == column_reference(), (
        "README.md's column reference is out of date: run `python -m guide.catalog.docs README.md`"
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
    block = readme_block(readme())
    for code in ("production_hall", "building_complex", "vacant", "sold", "communal", "trust_management", "telecom"):
        assert f"`{code}`" in block
