"""The layers hold: no SQL under guide/ui, and the formatter and rules import neither Qt nor reportlab."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "guide" / "ui"
SQL = re.compile(
    r"\.execute(many|script)?\(|\.db\.query\(|\bSELECT\b[\s\S]{0,200}?\bFROM\b|\b(INSERT INTO|DELETE FROM|UPDATE \w+ SET)\b"
)


def test_no_sql_under_guide_ui() -> None:
    found = [
        f"{path.relative_to(UI.parent.parent)}: {match.group(0)[:40]!r}"
        for path in sorted(UI.rglob("*.py"))
        for match in SQL.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "SQL belongs in guide/catalog (e.g. guide/catalog/views.py):\n" + "\n".join(found)


def test_the_pattern_finds_sql() -> None:
    assert SQL.search('catalog.db.execute("SELECT count(*) FROM premises")')
    assert SQL.search("rows = self.catalog.db.query('SELECT id FROM towns')")
    assert SQL.search('f"SELECT {aggregate}, max(x)\\n FROM premises WHERE town = ?"')
    assert not SQL.search('self.tr("Select a town")')


def test_presentation_and_rules_import_no_qt_and_no_reportlab() -> None:
    code = (
        "import sys, guide.present.format, guide.present.town_figures, guide.present.indicators, "
        "guide.present.colours, guide.catalog.rules, guide.catalog.summary, guide.catalog.views, "
        "guide.commands.towns_command\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'reportlab') "
        "or m.startswith(('guide.ui', 'guide.pdf')))\n"
        "print(bad)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
