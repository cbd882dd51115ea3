"""The window (comparison and dashboard), the PDF and the CLI give the same answers for the same catalog (issue 12).

The catalog holds a premise with a blank status (not vacant anywhere), and
figures that two formatters used to round differently (99.99, 12.345).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from guide.catalog import fields as F
from guide.catalog.store import Catalog
from guide.cli import main
from guide.pdf.builder import build_guide
from guide.pdf.texts import t
from guide.present import town_figures
from guide.ui.formatting import Formatter
from guide.ui.language import UiLanguage
from guide.ui.towns.comparison_model import ComparisonModel
from guide.ui.towns.dashboard import TownDashboard
from tests.pdf.pdfcheck import guide_text

NBSP = "\u00a0"


def _premise(catalog: Catalog, town: str, title: str, **values: object) -> int:
    record = {"town": town, "title": title, "kind": "production_hall", "source": "akimat", "as_of": "2026-01-10"}
    return int(catalog.insert("premises", {**record, **values}))


@pytest.fixture
def catalog_path(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "agree.sqlite"
    catalog = Catalog.open(path, create=True)
    try:
        for town, name, name_en in (("temirtau", "Темиртау", "Temirtau"), ("balkhash", "Балхаш", "Balkhash")):
            catalog.insert("towns", {"id": town, "name": name, "name_en": name_en, "monotown_status": "monotown"})
        _premise(catalog, "temirtau", "Цех", status="vacant", floor_area_m2=99.99, power_kw=12.345, rail_siding=1)
        blank = _premise(catalog, "temirtau", "Склад без статуса", floor_area_m2=500, power_kw=900)
        catalog.update("premises", blank, {"status": None})
        _premise(catalog, "temirtau", "Проданный", status="sold", floor_area_m2=40)
        _premise(catalog, "balkhash", "Ангар", status="vacant", floor_area_m2=1250.5, source="demo")
        catalog.insert("projects", {"town": "temirtau", "title": "Завод", "kind": "investment",
                                    "investment_kzt": 2_500_000.5})  # fmt: skip
        catalog.insert("projects", {"town": "temirtau", "title": "Теплосеть", "kind": "infrastructure"})
        catalog.insert("suppliers", {"town": "balkhash", "name": "ТОО Поставщик", "niche": "logistics", "is_local": 1})
    finally:
        catalog.close()
    return path


def window_cells(path: Path, lang: str, qtbot: QtBot) -> dict[str, dict[str, str]]:
    """The Towns comparison in the window: town id → figure key → text; the dashboard shows the same."""
    catalog = Catalog.open(path)
    language = UiLanguage(lang)
    formatter = Formatter(catalog=catalog, language=language)
    try:
        model = ComparisonModel(catalog=catalog, formatter=formatter)
        rows = {model.headerData(r, Qt.Orientation.Vertical): r for r in range(model.rowCount())}
        dashboard = TownDashboard(catalog=catalog, language=language, formatter=formatter)
        qtbot.addWidget(dashboard)
        cells: dict[str, dict[str, str]] = {}
        for column, town in enumerate(model.town_ids()):
            cells[town] = {}
            dashboard.show_town(town)
            for figure in town_figures.FIGURES:
                label = town_figures.label(figure.key, lang)
                text = model.index(rows[label], column).data()
                cells[town][figure.key] = text
                assert f"{escape(label)}</span></td><td>{escape(text)}" in dashboard.figures.text(), label
        return cells
    finally:
        formatter.close()
        catalog.close()


def cli_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, object]]:
    assert main(["--db", str(path), "towns", "--json"]) == 0
    return {item["id"]: item for item in json.loads(capsys.readouterr().out)}


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_window_pdf_and_cli_agree(
    catalog_path: Path, lang: str, qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = window_cells(catalog_path, lang, qtbot)
    decimal = "," if lang == "ru" else "."
    group = NBSP if lang == "ru" else ","

    # The blank status counts nowhere; the numbers are rounded once, half-up.
    assert window["temirtau"]["vacant_premises"] == "1"
    assert window["temirtau"]["vacant_area_m2"] == f"99{decimal}99"
    assert window["temirtau"]["max_power_kw"] == f"12{decimal}35"
    assert window["temirtau"]["projects"] == "1"  # investment projects only
    assert window["balkhash"]["vacant_area_m2"] == f"1{group}250{decimal}5"
    assert window["balkhash"]["max_power_kw"] == "—"

    # The CLI's JSON holds the same values, and its table prints the same texts.
    summary = cli_json(catalog_path, capsys)
    assert summary["temirtau"]["vacant_premises"] == 1
    assert summary["temirtau"]["vacant_area_m2"] == pytest.approx(99.99)
    assert summary["balkhash"]["premises_demo"] is True and summary["temirtau"]["premises_demo"] is False
    assert main(["--db", str(catalog_path), "towns", "--lang", lang]) == 0
    table = capsys.readouterr().out.splitlines()
    header = table[0].split()
    order = ["temirtau" if name in ("Темиртау", "Temirtau") else "balkhash" for name in header]
    for figure in town_figures.FIGURES:
        label = town_figures.label(figure.key, lang)
        line = next(row for row in table if row.startswith(label + " "))
        assert line[len(label) :].split("  ") != []
        printed = [cell.strip().rstrip("*") for cell in line[len(label) :].split("  ") if cell.strip()]
        assert printed == [window[town][figure.key] for town in order], label

    # The regional guide's comparison table prints the same row for each figure.
    catalog = Catalog.open(catalog_path, read_only=True)
    try:
        out = build_guide(catalog, tmp_path / f"guide-{lang}.pdf", lang=lang, today=dt.date(2026, 11, 27)).path
    finally:
        catalog.close()
    text = guide_text(out)
    pdf_order = ["balkhash", "temirtau"]  # the guide lists monotowns by their Russian names
    demo = t("demo", lang)
    for figure in town_figures.FIGURES:
        # Counted from the catalog, so a figure that counts a demo record carries the DEMO mark (issue 13).
        cells = [
            f"{window[town][figure.key]} · {demo}"
            if summary[town][figure.demo] and window[town][figure.key] != "—"
            else window[town][figure.key]
            for town in pdf_order
        ]
        row = " ".join([town_figures.label(figure.key, lang), *cells])
        assert " ".join(row.split()) in text, row
    # The blank-status premise is listed, and says its status is not given.
    not_given = {"ru": "статус не указан", "en": "status not given"}[lang]
    assert f"{'Склад без статуса'} " in text
    assert text.count(not_given) == 1


def test_the_window_says_status_not_given_never_a_blank_or_vacant(formatter: Formatter) -> None:
    status = F.PREMISES.field("status")
    assert formatter.value(status, {"status": None}) == "статус не указан"
    assert formatter.value(status, {"status": "vacant"}) == "Свободно"
    assert formatter.value(F.PROJECTS.field("status"), {"status": None}) == ""
