"""The import dialog: preview, every problem listed, then all or nothing."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from guide.catalog import importer
from guide.catalog.backup import list_backups
from guide.catalog.history import dump
from guide.catalog.importer import ImportResult
from guide.catalog.store import Catalog
from guide.ui.editing.controller import EditingController
from guide.ui.editing.import_dialog import ImportDialog
from guide.ui.editing.import_model import BAD_CELL, ImportPreviewModel
from tests.ui.editing.conftest import ControllerFactory, FixedFiles, shown

HEADERS = ["Город", "Наименование", "Тип объекта", "Площадь, м²", "Широта", "Долгота"]


def write_csv(path: Path, rows: list[list[Any]], headers: list[str] = HEADERS) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[Any]], headers: list[str]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


BAD_ROWS = [
    ["Теміртау", "Цех А", "Склад", "1 200", "50,05", "72,96"],
    ["Москва", "Цех Б", "Склад", "800", "", ""],
    ["Балхаш", "Цех В", "Склад", "-3", "", ""],
    ["Абай", "Цех Г", "Офис", "90", "72,86", "49,63"],
]


def test_a_file_with_errors_lists_each_and_changes_nothing(
    qtbot: Any, controller: EditingController, catalog: Catalog, tmp_path: Path, qtmodeltester: Any
) -> None:
    before = dump(catalog)
    dialog = shown(qtbot, controller.create_import_dialog("premises"))
    assert not dialog.import_button.isEnabled()
    plan = dialog.load(write_csv(tmp_path / "bad.csv", BAD_ROWS))
    assert plan is not None and len(plan.problems) == 3

    table = dialog.problems
    listed = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert listed == [
        ["3", "Город (town)", "Неизвестный город «Москва»"],
        ["4", "Площадь, м² (floor_area_m2)", "Должно быть больше нуля, а не -3"],
        ["5", "Широта (lat)",
         "Координаты 72.86, 49.63 вне Казахстана; похоже, широта и долгота перепутаны местами"],
    ]  # fmt: skip
    assert table.horizontalHeaderItem(0).text() == "Строка"
    assert "Найдено проблем: 3" in dialog.status.text() and "Ничего не будет изменено" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.import_now() is None
    assert dump(catalog) == before

    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.headerData(0, Qt.Orientation.Vertical) == "2"
    assert model.data(model.index(1, 0)) == "Москва"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole).color() == BAD_CELL
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) == "Неизвестный город «Москва»"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None

    table.selectRow(1)
    assert dialog.preview.selectionModel().isRowSelected(2)


def test_a_long_file_previews_its_first_rows_and_its_problem_rows_saying_so(
    qtbot: Any, controller: EditingController, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(importer, "PREVIEW_ROWS", 3)
    monkeypatch.setattr(importer, "CHUNK_ROWS", 4)
    rows = [["Абай", f"Цех {n}", "Склад", "100", "", ""] for n in range(1_200)]
    rows[1_000][3] = "-3"
    dialog = shown(qtbot, controller.create_import_dialog("premises"))
    plan = dialog.load(write_csv(tmp_path / "long.csv", rows))
    assert plan is not None and plan.total_rows == 1_200
    assert [dialog.model.headerData(r, Qt.Orientation.Vertical) for r in range(4)] == ["2", "3", "4", "1002"]
    assert dialog.preview_label.text() == (
        "Первые 3 из 1\u00a0200 строк файла и строки с ошибками; строки с ошибками выделены:"
    )
    dialog.problems.selectRow(0)
    assert dialog.preview.selectionModel().isRowSelected(3)
    plan = dialog.load(write_csv(tmp_path / "short.csv", rows[:3]))
    assert dialog.preview_label.text() == "Строки файла (3); строки с ошибками выделены:"


def test_a_good_xlsx_file_imports_and_says_how_many_were_added_and_updated(
    qtbot: Any, make_controller: ControllerFactory, file_catalog: Catalog, files: FixedFiles, tmp_path: Path
) -> None:
    controller = make_controller(file_catalog)
    path = write_xlsx(
        tmp_path / "premises.xlsx",
        [[None, "temirtau", "Новый склад", "warehouse", 640, None], [1, "temirtau", "Цех (обновлён)", "production_hall", 2400, "leased"]],
        ["id", "town", "title", "kind", "floor_area_m2", "status"],
    )  # fmt: skip
    before = file_catalog.total("premises")
    dialog = shown(qtbot, controller.create_import_dialog("premises"))
    files.to_open = [path]
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.file_edit.text() == str(path)
    assert dialog.problems.rowCount() == 0
    assert "Будет добавлено: 1, обновлено: 1" in dialog.status.text()
    assert dialog.import_button.isEnabled()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.import_result == ImportResult(added=1, updated=1)
    assert dialog.status.text() == "Импорт завершён: добавлено 1, обновлено 1."
    assert not dialog.import_button.isEnabled()
    assert file_catalog.total("premises") == before + 1
    assert file_catalog.where("premises", "title", "Новый склад")[0]["floor_area_m2"] == 640
    assert file_catalog.require("premises", 1)["status"] == "leased"
    assert file_catalog.path is not None and list_backups(file_catalog.path)


def test_a_file_of_price_updates_imports_without_the_required_columns(
    qtbot: Any, controller: EditingController, catalog: Catalog, tmp_path: Path
) -> None:
    before = catalog.require("premises", 1)
    path = write_csv(tmp_path / "prices.csv", [[1, "2 500 000"]], headers=["Код", "Цена, тенге"])
    dialog = shown(qtbot, controller.create_import_dialog("premises"))
    dialog.load(path)
    assert dialog.problems.rowCount() == 0
    assert "Будет добавлено: 0, обновлено: 1" in dialog.status.text()
    assert dialog.import_now() == ImportResult(added=0, updated=1)
    after = catalog.require("premises", 1)
    assert after["price_kzt"] == 2_500_000
    assert {k: v for k, v in after.items() if k not in ("price_kzt", "version", "updated_at")} == {
        k: v for k, v in before.items() if k not in ("price_kzt", "version", "updated_at")
    }


def test_reread_picks_up_a_fixed_file(
    qtbot: Any, controller: EditingController, catalog: Catalog, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "fix.csv", BAD_ROWS[1:2])
    dialog = shown(qtbot, controller.create_import_dialog("premises"))
    dialog.load(path)
    assert not dialog.import_button.isEnabled()
    write_csv(path, [["Балқаш", "Цех Б", "Склад", "800", "", ""]])
    dialog.reread_button.click()
    assert dialog.import_button.isEnabled()
    assert dialog.import_now() == ImportResult(added=1, updated=0)
    assert catalog.where("premises", "title", "Цех Б")[0]["town"] == "balkhash"


def test_unreadable_files_and_bad_headers_are_problems_too(
    qtbot: Any, controller: EditingController, tmp_path: Path
) -> None:
    dialog = shown(qtbot, controller.create_import_dialog("suppliers"))
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook")
    assert dialog.load(junk) is None
    assert dialog.problems.rowCount() == 1
    assert "это не книга Excel" in dialog.problems.item(0, 2).text()
    assert not dialog.import_button.isEnabled()

    plan = dialog.load(write_csv(tmp_path / "h.csv", [["temirtau", "X"]], headers=["town", "Назвние"]))
    assert plan is not None
    reasons = [dialog.problems.item(r, 2).text() for r in range(dialog.problems.rowCount())]
    assert any(r.startswith("Неизвестный столбец «Назвние»") for r in reasons)
    assert any("«Наименование» (name)" in r for r in reasons)


def test_broken_json_is_one_problem_with_its_record_key_and_line_in_the_ui_language(
    qtbot: Any, controller: EditingController, tmp_path: Path
) -> None:
    dialog = shown(qtbot, controller.create_import_dialog("premises"))
    broken = tmp_path / "broken.json"
    broken.write_text(
        '[{"town": "abai", "title": "Склад", "kind": "warehouse", "floor_area_m2": 10},\n'
        ' {"town": "abai", "title": "Цех" "kind": "warehouse"}]',
        encoding="utf-8",
    )
    assert dialog.load(broken) is None
    cells = [dialog.problems.item(0, column).text() for column in range(3)]
    assert dialog.problems.rowCount() == 1
    assert cells[:2] == ["2", "title"]
    assert cells[2].startswith("Это не правильный JSON: Expecting ',' delimiter (строка текста 2, знак ")


def test_save_template_writes_the_headers_in_the_ui_language(
    qtbot: Any, controller: EditingController, files: FixedFiles, tmp_path: Path
) -> None:
    dialog = shown(qtbot, controller.create_import_dialog("projects"))
    files.to_save = [tmp_path / "template.xlsx"]
    dialog.template_button.click()
    sheet = openpyxl.load_workbook(tmp_path / "template.xlsx").active
    assert sheet is not None
    headers = [c.value for c in sheet[1]]
    assert headers[:3] == ["Код", "Город", "Тип проекта"]
    assert "Шаблон сохранён" in dialog.status.text()
    # The template reads back as a file with no data, not as a broken one.
    plan = dialog.load(tmp_path / "template.xlsx")
    assert plan is not None and [p.message for p in plan.problems] == ["the file has a header but no data rows"]


def test_controller_opens_the_dialog_and_returns_the_result(
    qtbot: Any, make_controller: ControllerFactory, catalog: Catalog, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "s.csv", [["abai", "ТОО «Ремонт»", "repair"]], headers=["town", "name", "niche"])

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportDialog)
        qtbot.addWidget(dialog)
        dialog.load(path)
        dialog.import_now()
        return 1

    controller = make_controller(catalog, run_dialog=run)
    assert controller.open_import_dialog("suppliers") == ImportResult(added=1, updated=0)
    assert catalog.where("suppliers", "name", "ТОО «Ремонт»")


def test_empty_preview_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    qtmodeltester.check(ImportPreviewModel())


def test_a_preview_made_stale_by_another_write_is_refused_then_checked_again(
    qtbot: Any, controller: EditingController, catalog: Catalog, tmp_path: Path
) -> None:
    dialog = shown(qtbot, controller.create_import_dialog("premises"))
    plan = dialog.load(write_csv(tmp_path / "new.csv", [["Теміртау", "Цех из файла", "Склад", "300", "", ""]]))
    assert plan is not None and plan.ok
    planned_id = plan.records[0][1]["id"]
    # Meanwhile another window adds a premise, taking the id the preview promised.
    assert catalog.insert("premises", {"town": "saran", "title": "Чужой", "kind": "office", "floor_area_m2": 9}) == (
        planned_id
    )
    before = dump(catalog)
    assert dialog.import_now() is None
    assert dump(catalog) == before
    message = dialog.problems.item(0, 2).text()
    assert message.startswith("Каталог изменился, пока проверялся импорт") and str(planned_id) in message
    dialog.reread()
    result = dialog.import_now()
    assert result == ImportResult(1, 0)
    assert catalog.require("premises", planned_id)["title"] == "Чужой"
    assert catalog.where("premises", "title", "Цех из файла")[0]["id"] == planned_id + 1
