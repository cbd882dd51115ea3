"""The controller's own duties: status changes, export, undo with conflicts, menu texts, real message boxes."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from guide.catalog.history import History, dump
from guide.catalog.search import Filters
from guide.catalog.store import Catalog
from guide.ui.editing.controller import EditingController
from guide.ui.editing.prompts import Prompter
from guide.ui.language import UiLanguage
from tests.ui.editing.conftest import ControllerFactory, FixedFiles, ScriptedPrompter, png_bytes


def test_set_status_is_undoable_and_named_in_the_menu(
    controller: EditingController, catalog: Catalog, language: UiLanguage
) -> None:
    assert not controller.undo_action.isEnabled()
    assert controller.set_status("premises", 3, "reserved")
    assert catalog.require("premises", 3)["status"] == "reserved"
    title = catalog.require("premises", 3)["title"]
    assert controller.undo_action.isEnabled()
    assert controller.undo_action.text() == f"Отменить статус «Зарезервировано» для «{title}»"
    language.set_code("en")
    assert controller.undo_action.text() == f"Отменить статус «Reserved» для «{title}»"  # labels follow the language
    controller.undo()
    assert catalog.require("premises", 3)["status"] == "vacant"
    assert controller.redo_action.isEnabled() and not controller.undo_action.isEnabled()


def test_a_refused_status_is_reported_and_changes_nothing(
    controller: EditingController, catalog: Catalog, prompter: ScriptedPrompter
) -> None:
    before = dump(catalog)
    assert controller.set_status("premises", 3, "demolished") is False
    assert dump(catalog) == before
    assert prompter.told[-1][0] == "Статус не изменён"
    assert "«demolished»" in prompter.told[-1][1]
    with pytest.raises(ValueError):
        controller.set_status("suppliers", 1, "vacant")


def test_export_writes_the_filtered_table(
    controller: EditingController, catalog: Catalog, files: FixedFiles, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    catalog.add_photo(1, "hall.png", png_bytes())
    files.to_save = [tmp_path / "temirtau.csv"]
    count = controller.export_table("premises", Filters(towns=["temirtau"]), None)
    expected = catalog.count("premises", Filters(towns=["temirtau"]))
    assert count == expected
    with (tmp_path / "temirtau.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh, delimiter=";" if ";" in fh.readline() else ","))
    assert len(rows) == expected
    title, text = prompter.told[-1]
    assert title == "Экспорт завершён" and f"Записей: {expected}" in text and "temirtau_photos" in text

    files.to_save = []
    assert controller.export_table("premises", None, None) is None  # cancelled


def test_export_with_search_text(controller: EditingController, files: FixedFiles, tmp_path: Path) -> None:
    files.to_save = [tmp_path / "found.xlsx"]
    assert controller.export_table("towns", None, "Балқаш") == 1


def test_add_record_returns_the_new_id_or_none(
    qtbot: Any, make_controller: ControllerFactory, catalog: Catalog
) -> None:
    def fill(form: Any) -> int:
        qtbot.addWidget(form)
        form.editor("year").edit.setText("2024")
        form.editor("name").edit.setText("jobs_created")
        form.editor("value").edit.setText("1 250")
        return int(form.save())

    controller = make_controller(catalog, run_dialog=fill)
    new_id = controller.add_record("indicators", defaults={"town": "abai"})
    assert catalog.require("indicators", new_id)["value"] == 1250
    assert catalog.require("indicators", new_id)["town"] == "abai"

    cancelled = make_controller(catalog, run_dialog=lambda form: qtbot.addWidget(form) or 0)
    assert cancelled.add_record("indicators") is None
    assert cancelled.edit_record("indicators", new_id) is False


def test_edit_record_of_a_deleted_record_says_so(controller: EditingController, prompter: ScriptedPrompter) -> None:
    assert controller.edit_record("premises", 999) is False
    assert prompter.told[-1][0] == "Запись не найдена"


def test_undo_after_a_change_elsewhere_asks_and_can_skip_or_force(
    make_controller: ControllerFactory, catalog_file: Path, prompter: ScriptedPrompter
) -> None:
    mine, theirs = Catalog.open(catalog_file), Catalog.open(catalog_file)
    try:
        history = History(mine)
        controller = make_controller(mine, history)
        controller.set_status("premises", 1, "reserved")
        controller.set_status("premises", 2, "sold")
        theirs.update("premises", 2, {"price_kzt": 1})

        prompter.answers = [2]  # cancel
        assert controller.undo() is None
        assert prompter.asked[-1].options == ["Всё равно выполнить", "Пропустить этот шаг", "Отмена"]
        assert "изменили в другом окне" in prompter.asked[-1].text
        assert theirs.require("premises", 2)["status"] == "sold"

        prompter.answers = [1]  # skip this step: the one before it is undone next
        assert controller.undo() is None
        assert theirs.require("premises", 2) == mine.require("premises", 2)
        assert controller.undo() is not None
        assert theirs.require("premises", 1)["status"] == "vacant"

        controller.redo()
        theirs.update("premises", 1, {"price_kzt": 2})
        prompter.answers = [0]  # force
        assert controller.undo() is not None
        assert theirs.require("premises", 1)["status"] == "vacant"
    finally:
        mine.close()
        theirs.close()


def test_the_real_prompter_returns_the_button_clicked(qtbot: Any) -> None:
    def click_second() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.buttons()[1].click()

    QTimer.singleShot(0, click_second)
    assert Prompter().choose(None, "Заголовок", "Текст", ["Первый", "Второй", "Третий"]) == 1

    def click_yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        [b for b in box.buttons() if b.text() == "Удалить"][0].click()

    QTimer.singleShot(0, click_yes)
    assert Prompter().confirm(None, "Удаление", "Удалить?", yes="Удалить", no="Не удалять") is True
