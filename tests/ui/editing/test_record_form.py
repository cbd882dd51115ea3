"""Adding, editing and deleting records through the real forms."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from guide.catalog import fields as F
from guide.catalog.history import History, dump
from guide.catalog.store import Catalog
from guide.ui.editing.controller import EditingController
from guide.ui.editing.field_editors import (
    BoolEditor,
    ChoiceEditor,
    ComboEditor,
    DateEditor,
    ListEditor,
    NumberEditor,
    TextEditor,
    TownEditor,
    ZoneEditor,
)
from guide.ui.editing.record_form import RecordForm
from guide.ui.language import UiLanguage
from guide.ui.notifier import CatalogNotifier
from tests.ui.editing.conftest import TODAY, ControllerFactory, ScriptedPrompter, shown, type_text


def line(form: RecordForm, code: str) -> Any:
    editor = form.editor(code)
    assert isinstance(editor, TextEditor | NumberEditor | DateEditor)
    return editor.edit


def choose(form: RecordForm, code: str, value: Any) -> None:
    editor = form.editor(code)
    assert isinstance(editor, ComboEditor)
    index = editor.combo.findData(value)
    assert index >= 0, f"{value!r} is not offered by {code}"
    editor.combo.setCurrentIndex(index)


def replace_text(form: RecordForm, code: str, text: str) -> None:
    edit = line(form, code)
    edit.selectAll()
    edit.del_()
    type_text(edit, text)


def test_add_a_premise_through_the_form_with_an_invalid_value_first(
    qtbot: Any, controller: EditingController, catalog: Catalog
) -> None:
    before = catalog.total("premises")
    form = shown(qtbot, controller.create_form("premises"))
    assert not form.save_button.isEnabled()
    assert "Наименование" in form.summary.text()

    type_text(line(form, "title"), "Склад на Заводской")
    choose(form, "kind", "warehouse")
    choose(form, "town", "temirtau")
    type_text(line(form, "floor_area_m2"), "-5")

    message = form.rows["floor_area_m2"].error
    assert not message.isHidden() and "больше нуля" in form.rows["floor_area_m2"].error_message()
    assert not form.save_button.isEnabled()
    assert "Площадь, м²" in form.summary.text() and "Площадь и сделка" in form.summary.text()
    assert form.tabs.tabBar().tabTextColor(form.tab_of["floor_area_m2"]).name() == "#b3261e"
    assert form.save() is False
    assert catalog.total("premises") == before

    replace_text(form, "floor_area_m2", "1 250,5")
    assert not not message.isHidden()
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.result() == QDialog.DialogCode.Accepted
    saved = catalog.require("premises", form.saved_id)
    assert saved["title"] == "Склад на Заводской"
    assert saved["kind"] == "warehouse" and saved["town"] == "temirtau"
    assert saved["floor_area_m2"] == 1250.5
    assert saved["status"] == "vacant"  # the field's default
    assert saved["as_of"] == TODAY.isoformat()
    assert catalog.total("premises") == before + 1


def test_edit_a_premise_stamps_as_of_and_is_one_undo_step(
    qtbot: Any, controller: EditingController, catalog: Catalog, history: History
) -> None:
    original = catalog.require("premises", 1)
    form = shown(qtbot, controller.create_form("premises", 1))
    assert line(form, "floor_area_m2").text() == "2\u00a0400"
    assert line(form, "ceiling_height_m").text() == "9,5"
    assert line(form, "as_of").text() == TODAY.strftime("%d.%m.%Y")
    assert "12.10.2026" in form.rows["as_of"].note.text()

    choose(form, "status", "leased")
    replace_text(form, "price_kzt", "2 100 000")
    assert form.save()

    saved = catalog.require("premises", 1)
    assert saved["status"] == "leased" and saved["price_kzt"] == 2_100_000
    assert saved["as_of"] == TODAY.isoformat()
    assert saved["version"] == original["version"] + 1
    assert controller.undo_action.text().startswith("Отменить изменение «Производственный цех")
    controller.undo()
    assert {k: v for k, v in catalog.require("premises", 1).items() if k not in ("version", "updated_at")} == {
        k: v for k, v in original.items() if k not in ("version", "updated_at")
    }


def test_a_status_only_edit_is_described_as_a_status_change(
    qtbot: Any, controller: EditingController, catalog: Catalog, history: History
) -> None:
    form = shown(qtbot, controller.create_form("projects", 2))
    choose(form, "status", "completed")
    assert form.save()
    assert history.undo_text is not None and history.undo_text.startswith("статус «Завершён»")


def test_invalid_values_from_the_shared_validation_appear_by_their_fields(
    qtbot: Any, controller: EditingController
) -> None:
    form = shown(qtbot, controller.create_form("premises", 1))
    replace_text(form, "lat", "72,96")
    replace_text(form, "lon", "50,05")
    assert "перепутаны" in form.rows["lat"].error_message()
    replace_text(form, "lat", "50,05")
    replace_text(form, "lon", "72,96")
    assert form.rows["lat"].error.isHidden()

    replace_text(form, "power_kw", "80 000")
    assert "МВт" in form.rows["power_kw"].error_message()
    replace_text(form, "power_kw", "800")

    replace_text(form, "available_from", "32.13.2024")
    assert "не дата" in form.rows["available_from"].error_message()
    assert not form.save_button.isEnabled()
    replace_text(form, "available_from", "01.05.2026")
    assert form.save_button.isEnabled()


def test_every_field_of_every_kind_has_an_editor(qtbot: Any, controller: EditingController) -> None:
    for kind in F.KINDS.values():
        form = shown(qtbot, controller.create_form(kind.name))
        covered = set(form.editors) | {"id"} | ({"photos"} if form.photo_editor else set())
        assert covered == set(kind.codes), kind.name
        for code, editor in form.editors.items():
            f = kind.field(code)
            expected = {
                F.TEXT: TextEditor, F.INT: NumberEditor, F.FLOAT: NumberEditor, F.BOOL: BoolEditor,
                F.DATE: DateEditor, F.CHOICE: ChoiceEditor, F.LIST: ListEditor, F.TOWN: TownEditor,
                F.ZONE: ZoneEditor,
            }[f.type]  # fmt: skip
            assert isinstance(editor, expected), (kind.name, code)
        form.reject()


def test_yes_no_unknown_and_the_missing_infrastructure_list(
    qtbot: Any, controller: EditingController, catalog: Catalog
) -> None:
    catalog.update("premises", 2, {"gas": None, "missing_infrastructure": "gas"})
    form = shown(qtbot, controller.create_form("premises", 2))
    gas = form.editor("gas")
    assert isinstance(gas, BoolEditor)
    assert gas.raw() is None and gas.box.text() == "неизвестно"
    gas.box.click()
    assert gas.raw() == 1 and gas.box.text() == "да"
    gas.box.click()
    assert gas.raw() == 0 and gas.box.text() == "нет"

    missing = form.editor("missing_infrastructure")
    assert isinstance(missing, ListEditor)
    assert missing.boxes["gas"].isChecked() and not missing.boxes["water"].isChecked()
    assert missing.boxes["water"].text() == "Водоснабжение"
    missing.boxes["water"].click()
    assert form.save()
    saved = catalog.require("premises", 2)
    assert saved["gas"] == 0
    assert saved["missing_infrastructure"] == "gas;water"


def test_zones_offered_are_those_of_the_chosen_town(
    qtbot: Any, controller: EditingController, catalog: Catalog
) -> None:
    form = shown(qtbot, controller.create_form("premises", 1))
    zone = form.editor("zone")
    assert isinstance(zone, ZoneEditor)
    assert zone.raw() == "1" and zone.combo.currentText() == "Малая промышленная зона «Северная»"
    choose(form, "town", "balkhash")
    offered = {zone.combo.itemData(i) for i in range(1, zone.combo.count())}
    assert offered == {z["id"] for z in catalog.where("zones", "town", "balkhash")}
    # Temirtau's zone doesn't follow the premise to Balkhash.
    assert zone.raw() is None
    assert form.save_button.isEnabled()


def test_a_stored_zone_of_another_town_is_shown_by_name_and_flagged(
    qtbot: Any, controller: EditingController, catalog: Catalog
) -> None:
    catalog.db.execute("UPDATE premises SET zone = '2' WHERE id = 1")  # as an old import might have left it
    form = shown(qtbot, controller.create_form("premises", 1))
    zone = form.editor("zone")
    assert isinstance(zone, ZoneEditor)
    assert zone.combo.currentText() == catalog.require("zones", 2)["name"]
    assert form.rows["zone"].error_message() == "Промзона 2 находится в другом городе (balkhash), а не в temirtau"
    assert not form.save_button.isEnabled()


def test_new_town_with_status_history_row(
    qtbot: Any, make_controller: ControllerFactory, catalog: Catalog, prompter: ScriptedPrompter
) -> None:
    def fill_status_form(dialog: QDialog) -> int:
        assert isinstance(dialog, RecordForm)
        qtbot.addWidget(dialog)
        assert dialog.editor("town").raw() == "karaganda"
        type_text(line(dialog, "year"), "2021")
        choose(dialog, "status", "not_monotown")
        return int(dialog.save())

    controller = make_controller(catalog, run_dialog=fill_status_form)
    form = shown(qtbot, controller.create_form("towns", "karaganda"))
    panel_index = form.tabs.count() - 1
    assert form.tabs.tabText(panel_index) == "История статуса"
    panel = form.tabs.widget(panel_index)
    assert panel.table.rowCount() == 0
    panel.add()
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == "Не моногород"
    assert catalog.where("town_status", "town", "karaganda")[0]["year"] == 2021


def test_a_new_town_gets_an_id_from_its_english_name(
    qtbot: Any, controller: EditingController, catalog: Catalog
) -> None:
    form = shown(qtbot, controller.create_form("towns"))
    assert form.id_edit is not None and form.id_edit.isVisibleTo(form)
    type_text(line(form, "name"), "Каражал")
    type_text(line(form, "name_en"), "Karazhal")
    assert form.save()
    assert form.saved_id == "karazhal"
    assert catalog.require("towns", "karazhal")["name"] == "Каражал"


def test_closing_with_unsaved_changes_asks(
    qtbot: Any, controller: EditingController, prompter: ScriptedPrompter
) -> None:
    form = shown(qtbot, controller.create_form("suppliers", 1))
    form.reject()  # nothing changed: closes without asking
    assert not form.isVisible() and not prompter.asked

    form = shown(qtbot, controller.create_form("suppliers", 1))
    replace_text(form, "phone", "+7 700 000 00 00")
    prompter.answers = [1, 0]
    form.reject()
    assert form.isVisible()
    assert prompter.asked[-1].options == ["Закрыть без сохранения", "Вернуться к форме"]
    form.reject()
    assert not form.isVisible()


def test_form_follows_the_language(qtbot: Any, controller: EditingController, language: UiLanguage) -> None:
    form = shown(qtbot, controller.create_form("premises", 1))
    language.set_code("en")
    assert form.labels["title"].text() == "Title (рус.) *"  # the main text is the Russian one
    assert form.labels["title_en"].text() == "Title (English)"
    kind = form.editor("kind")
    assert isinstance(kind, ChoiceEditor)
    assert kind.combo.currentText() == "Production hall" and kind.raw() == "production_hall"
    assert line(form, "ceiling_height_m").text() == "9,5"  # typed values are not rewritten
    language.set_code("kk")
    assert kind.combo.currentText() == "Өндірістік цех"
    assert form.labels["town"].text() == "Қала *"


def test_form_shows_its_problems_in_the_ui_language(
    qtbot: Any, controller: EditingController, language: UiLanguage
) -> None:
    form = shown(qtbot, controller.create_form("premises", 1))
    language.set_code("kk")
    replace_text(form, "available_from", "32.13.2024")
    assert form.rows["available_from"].error_message() == "«32.13.2024» — күн емес; былай жазыңыз: 01.05.2024"
    replace_text(form, "power_kw", "80000")
    assert "бір нысан үшін тым көп" in form.rows["power_kw"].error_message()
    language.set_code("en")
    assert form.rows["available_from"].error_message() == "'32.13.2024' is not a date (use 2024-05-01 or 01.05.2024)"
    language.set_code("ru")
    assert form.rows["available_from"].error_message() == "«32.13.2024» — не дата; пишите так: 01.05.2024"


# -- deleting --------------------------------------------------------------------


def test_delete_a_premise_asks_and_says_what_goes_with_it(
    controller: EditingController, catalog: Catalog, prompter: ScriptedPrompter
) -> None:
    catalog.add_photo(4, "hall.png", __import__("tests.ui.editing.conftest", fromlist=["png_bytes"]).png_bytes())
    catalog.set_shortlisted("premises", [4], True)
    before = dump(catalog)
    prompter.answers = [1]
    assert controller.delete_record("premises", 4) is False
    assert dump(catalog) == before
    question = prompter.asked[-1]
    assert question.text.startswith("Удалить помещение «")
    assert "фото: 1" in question.text and "подборки" in question.text and "Ctrl+Z" in question.text
    assert question.options == ["Удалить", "Не удалять"]

    prompter.answers = [0]
    assert controller.delete_record("premises", 4) is True
    assert catalog.get("premises", 4) is None
    controller.undo()
    assert dump(catalog) == before


def test_delete_a_zone_says_its_premises_lose_their_zone(
    controller: EditingController, catalog: Catalog, prompter: ScriptedPrompter
) -> None:
    in_zone = len(catalog.where("premises", "zone", "2"))
    prompter.answers = [0]
    assert controller.delete_record("zones", 2)
    assert f"помещений: {in_zone}" in prompter.asked[-1].text
    assert catalog.where("premises", "zone", "2") == []


def test_a_town_with_records_cant_be_deleted_and_says_why(
    controller: EditingController, catalog: Catalog, prompter: ScriptedPrompter
) -> None:
    before = dump(catalog)
    assert controller.delete_record("towns", "saran") is False
    assert dump(catalog) == before
    title, text = prompter.told[-1]
    assert title == "Город нельзя удалить"
    assert "«Сарань»" in text and "помещения: 2" in text and "поставщики: 1" in text
    assert not prompter.asked


def test_add_edit_delete_then_undo_and_redo_everything_exactly(
    qtbot: Any, controller: EditingController, catalog: Catalog, prompter: ScriptedPrompter
) -> None:
    states = [dump(catalog)]
    form = shown(qtbot, controller.create_form("premises"))
    type_text(line(form, "title"), "Офис у вокзала")
    choose(form, "kind", "office")
    choose(form, "town", "abai")
    type_text(line(form, "floor_area_m2"), "120")
    assert form.save()
    new_id = form.saved_id
    states.append(dump(catalog))

    form = shown(qtbot, controller.create_form("premises", new_id))
    type_text(line(form, "address"), "ул. Вокзальная, 1")
    assert form.save()
    states.append(dump(catalog))

    assert controller.set_status("premises", 7, "sold")
    states.append(dump(catalog))

    prompter.answers = [0]
    assert controller.delete_record("premises", new_id)
    states.append(dump(catalog))

    for expected in reversed(states[:-1]):
        assert controller.undo() is not None
        assert dump(catalog) == expected
    assert not controller.undo_action.isEnabled()
    for expected in states[1:]:
        assert controller.redo() is not None
        assert dump(catalog) == expected


# -- two windows on one catalog ----------------------------------------------------


@pytest.fixture
def two_catalogs(catalog_file: Path) -> Any:
    mine, theirs = Catalog.open(catalog_file), Catalog.open(catalog_file)
    yield mine, theirs
    mine.close()
    theirs.close()


def test_concurrent_change_is_detected_and_both_edits_kept(
    qtbot: Any, make_controller: ControllerFactory, two_catalogs: Any, prompter: ScriptedPrompter
) -> None:
    mine, theirs = two_catalogs
    controller = make_controller(mine)
    form = shown(qtbot, controller.create_form("premises", 1))
    theirs.update("premises", 1, {"status": "leased"})
    replace_text(form, "price_kzt", "1 500 000")

    prompter.answers = [2]  # keep editing
    assert form.save() is False
    question = prompter.asked[-1]
    assert "изменили в другом окне" in question.text
    assert "Статус: Свободно → Сдано в аренду" in question.text
    assert theirs.require("premises", 1)["price_kzt"] == 1_800_000
    assert form.isVisible()

    prompter.answers = [1]  # my changes over theirs
    assert form.save() is True
    record = theirs.require("premises", 1)
    assert record["price_kzt"] == 1_500_000  # mine
    assert record["status"] == "leased"  # theirs, not lost


def test_concurrent_change_reload_shows_their_version(
    qtbot: Any, make_controller: ControllerFactory, two_catalogs: Any, prompter: ScriptedPrompter
) -> None:
    mine, theirs = two_catalogs
    form = shown(qtbot, make_controller(mine).create_form("premises", 1))
    theirs.update("premises", 1, {"title": "Цех сдан", "status": "leased"})
    replace_text(form, "title", "Мой заголовок")
    prompter.answers = [0]
    assert form.save() is False
    assert line(form, "title").text() == "Цех сдан"
    assert form.editor("status").raw() == "leased"
    assert theirs.require("premises", 1)["title"] == "Цех сдан"
    assert form.save() is True  # now based on their version: no conflict


def test_record_deleted_elsewhere_can_be_saved_as_new(
    qtbot: Any, make_controller: ControllerFactory, two_catalogs: Any, prompter: ScriptedPrompter
) -> None:
    mine, theirs = two_catalogs
    form = shown(qtbot, make_controller(mine).create_form("suppliers", 3))
    theirs.delete("suppliers", 3)
    replace_text(form, "phone", "+7 701 000 00 00")
    prompter.answers = [0]
    assert form.save() is True
    assert "удалили" in prompter.asked[-1].text
    saved = theirs.require("suppliers", form.saved_id)
    assert saved["phone"] == "+7 701 000 00 00" and form.saved_id != 3


def test_banner_tells_of_a_change_made_in_another_window(
    qtbot: Any, make_controller: ControllerFactory, two_catalogs: Any
) -> None:
    mine, theirs = two_catalogs
    notifier = CatalogNotifier(catalog=mine, interval_ms=60_000)
    try:
        form = shown(qtbot, make_controller(mine, notifier=notifier).create_form("premises", 2))
        assert not form.banner.isVisible()
        theirs.update("premises", 2, {"status": "sold"})
        assert notifier.poll()
        assert form.banner.isVisible() and "изменили в другом окне" in form.banner_text.text()
        qtbot.mouseClick(form.banner_button, Qt.MouseButton.LeftButton)
        assert form.editor("status").raw() == "sold"
        assert not form.banner.isVisible()
    finally:
        notifier.stop()


def test_a_message_does_not_move_the_fields_below_it(qtbot: Any, controller: EditingController) -> None:
    # Issue 16, defect 11: the message sits in its field's line.
    form = shown(qtbot, controller.create_form("premises", 1))
    qtbot.waitExposed(form)
    below = form.rows["lon"]
    before = below.mapTo(form, below.rect().topLeft()).y()
    replace_text(form, "lat", "500")
    assert form.rows["lat"].error.isVisible() and form.rows["lat"].error_message()
    qtbot.wait(10)
    assert below.mapTo(form, below.rect().topLeft()).y() == before
    assert form.rows["lat"].error.toolTip() == form.rows["lat"].error_message()


def test_numbers_in_a_form_are_grouped_alike(qtbot: Any, controller: EditingController, catalog: Catalog) -> None:
    catalog.update("premises", 1, {"power_kw": 3200, "price_kzt": 260_000_000})
    form = shown(qtbot, controller.create_form("premises", 1))
    assert line(form, "power_kw").text() == "3\u00a0200"
    assert line(form, "price_kzt").text() == "260\u00a0000\u00a0000"
