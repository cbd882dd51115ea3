"""The export dialog builds a real PDF off the UI thread, previews it, and can be cancelled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from guide.ui.export.export_dialog import REGION, SHORTLIST, TOWN, ExportDialog
from guide.ui.formatting import Formatter
from guide.ui.language import UiLanguage


def make_dialog(catalog, path: Path, language: UiLanguage, qtbot, **kw) -> ExportDialog:
    formatter = Formatter(catalog=catalog, language=language)
    dialog = ExportDialog(catalog=catalog, catalog_path=path, language=language, formatter=formatter, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_town_guide_is_built_and_previewed(file_catalog, catalog_file, language, qtbot, tmp_path):
    dialog = make_dialog(file_catalog, catalog_file, language, qtbot, kind=TOWN, town="temirtau")
    out = tmp_path / "гид-темиртау.pdf"
    dialog.file_edit.setText(str(out))
    assert dialog.lang() == "ru"
    with qtbot.waitSignal(dialog.built, timeout=60_000) as signal:
        assert dialog.start()
        assert not dialog.build_button.isEnabled()
        assert dialog.cancel_button.text() == "Отмена"
    assert signal.args == [out]
    assert out.read_bytes().startswith(b"%PDF")
    assert dialog.stack.currentWidget() is dialog.preview
    assert dialog.preview.page_count() == dialog.result.pages > 1
    assert dialog.preview.folder_url().toLocalFile() == str(tmp_path)
    assert "Готово" in dialog.preview.summary.text()
    assert not dialog.is_running()


def test_a_build_can_be_cancelled(file_catalog, catalog_file, language, qtbot, tmp_path):
    dialog = make_dialog(file_catalog, catalog_file, language, qtbot, kind=REGION)
    folder = tmp_path / "guides"
    folder.mkdir()
    out = folder / "region.pdf"
    dialog.file_edit.setText(str(out))
    with qtbot.waitSignal(dialog.build_cancelled, timeout=60_000):
        assert dialog.start()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not out.exists()
    assert list(folder.iterdir()) == []  # no half-written temporary file either
    assert "Отменено" in dialog.status.text()
    assert dialog.build_button.isEnabled()
    assert dialog.stack.currentWidget() is dialog.form_page


def test_the_dialog_warns_about_stale_and_demo_records_before_building(file_catalog, catalog_file, language, qtbot):
    file_catalog.set_shortlisted("premises", [1, 2, 3], True)
    stale = [p for p in file_catalog.all("premises") if p["as_of"] < "2025-10-01"]
    file_catalog.set_shortlisted("premises", [stale[0]["id"]], True)
    dialog = make_dialog(file_catalog, catalog_file, language, qtbot, kind=SHORTLIST)
    assert dialog.shortlist_radio.isEnabled()
    text = dialog.warnings.toPlainText()
    assert "Устарели: 1" in text
    assert "демо-данные: 4" in text
    assert stale[0]["title"] in text
    assert dialog.job().premises == [1, 2, 3, stale[0]["id"]]


def test_the_guide_language_defaults_to_the_ui_language(file_catalog, catalog_file, qtbot):
    dialog = make_dialog(file_catalog, catalog_file, UiLanguage("kk"), qtbot, kind=TOWN, town="balkhash")
    assert dialog.lang() == "kk"
    assert dialog.file_edit.text().endswith("investor-guide-balkhash-kk.pdf")
    dialog.region_radio.setChecked(True)
    assert dialog.file_edit.text().endswith("investor-guide-karaganda-region-kk.pdf")
    assert not dialog.town_box.isEnabled()


def test_an_empty_shortlist_cannot_be_chosen(file_catalog, catalog_file, language, qtbot):
    dialog = make_dialog(file_catalog, catalog_file, language, qtbot, kind=TOWN)
    assert not dialog.shortlist_radio.isEnabled()


def test_the_dialog_lists_what_the_chosen_language_would_print_in_russian(file_catalog, catalog_file, language, qtbot):
    file_catalog.update("premises", 1, {"address_en": None})
    file_catalog.set_shortlisted("premises", [1], True)
    dialog = make_dialog(file_catalog, catalog_file, language, qtbot, kind=SHORTLIST)
    assert "Без перевода" not in dialog.warnings.toPlainText()  # a Russian guide needs no translation
    dialog.lang_box.setCurrentIndex(dialog.lang_box.findData("en"))
    text = dialog.warnings.toPlainText()
    assert "Без перевода на язык путеводителя (будет напечатано по-русски с пометкой): 1" in text
    assert "Production hall of a former repair and engineering plant: Адрес" in text


def test_a_long_list_of_untranslated_texts_ends_with_how_many_more(
    file_catalog, catalog_file, language, qtbot, monkeypatch
):
    from guide.ui.export import export_dialog

    monkeypatch.setattr(export_dialog, "MAX_LISTED_ISSUES", 1)
    file_catalog.update("premises", 1, {"address_en": None, "owner_en": None, "title_en": None})
    file_catalog.set_shortlisted("premises", [1], True)
    dialog = make_dialog(file_catalog, catalog_file, language, qtbot, kind=SHORTLIST)
    dialog.lang_box.setCurrentIndex(dialog.lang_box.findData("en"))
    text = dialog.warnings.toPlainText()
    assert "(будет напечатано по-русски с пометкой): 3" in text
    assert "…и ещё 2" in text
