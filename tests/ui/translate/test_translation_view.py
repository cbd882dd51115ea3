"""Edit → Translations: the texts an edition would print in Russian, filled in one place."""

from __future__ import annotations

from guide.catalog.untranslated import untranslated
from guide.ui.translate.translation_view import RUSSIAN, TRANSLATION, TranslationDialog, TranslationModel


def untranslate(window) -> None:
    """The bundled data is translated (issue 13): take two English texts away, as a user's new records lack them."""
    window.catalog.update("premises", 1, {"title_en": None, "address_en": None})


def test_the_model_passes_the_model_tester(qtmodeltester, window):
    untranslate(window)
    model = TranslationModel(catalog=window.catalog, history=window.editing.history, language=window.language)
    model.load("en")
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_a_translation_typed_beside_the_russian_is_saved_and_undoable(window, qtbot):
    untranslate(window)
    dialog = window.show_translations()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, TranslationDialog)
    dialog.target_box.setCurrentIndex(dialog.target_box.findData("en"))
    model = dialog.model
    before = model.rowCount()
    assert before == len(untranslated(window.catalog, "en")) > 0
    row = model.rows[0]
    assert model.index(0, RUSSIAN).data() == row.text
    assert model.setData(model.index(0, TRANSLATION), "Office space in the Samal business centre")
    assert window.catalog.require(row.kind, row.id)[f"{row.field}_en"] == "Office space in the Samal business centre"
    assert model.rowCount() == before - 1
    assert str(before - 1) in dialog.count.text()
    window.editing.undo_action.trigger()
    assert not window.catalog.require(row.kind, row.id)[f"{row.field}_en"]


def test_an_empty_translation_is_not_saved(window, qtbot):
    untranslate(window)
    dialog = window.show_translations()
    qtbot.addWidget(dialog)
    dialog.target_box.setCurrentIndex(dialog.target_box.findData("en"))
    assert not dialog.model.setData(dialog.model.index(0, TRANSLATION), "   ")
