"""Switching the UI language while the application runs, remembering it, and --lang.

The window is driven through its language menu, as a user would, and the
texts a user sees (menus, navigation, column headers, filter labels, buttons,
the status bar) are checked in each language.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from guide.catalog.store import Catalog
from guide.i18n import NATIVE_NAMES
from guide.ui.app import initial_language
from guide.ui.formatting import Formatter
from guide.ui.language import UiLanguage
from guide.ui.main_window import MainWindow
from guide.ui.translations import LANGUAGE_KEY, Translations

# What a user sees in each language: (menus, navigation, premises headers, filter panel, buttons).
EXPECTED = {
    "ru": {
        "menus": ["&Файл", "&Правка", "&Язык", "&Справка"],
        "nav": {"towns": "Города", "premises": "Помещения", "zones": "Малые промзоны", "map": "Карта",
                "shortlist": "Шорт-лист"},
        "headers": ["Наименование", "Город", "Тип", "Площадь, м²", "Мощность, кВт", "Цена, тенге", "Статус"],
        "filters": ["Фильтры", "Город", "Тип", "Статус", "Сбросить фильтры"],
        "find": "Найти",
        "export": "PDF-гид…",
        "title": "Гид инвестора — моногорода Карагандинской области",
        "status": "Помещения: 30",
        "town": "Темиртау",
    },
    "kk": {
        "menus": ["&Файл", "&Түзету", "&Тіл", "&Анықтама"],
        "nav": {"towns": "Қалалар", "premises": "Үй-жайлар", "zones": "Шағын өнеркәсіптік аймақтар",
                "map": "Карта", "shortlist": "Қысқа тізім"},
        "headers": ["Атауы", "Қала", "Түрі", "Аудан, м²", "Қуаты, кВт", "Бағасы, теңге", "Мәртебесі"],
        "filters": ["Сүзгілер", "Қала", "Түрі", "Мәртебесі", "Сүзгілерді тазарту"],
        "find": "Іздеу",
        "export": "PDF-нұсқаулық…",
        "title": "Инвестор нұсқаулығы — Қарағанды облысының моноқалалары",
        "status": "Үй-жайлар: 30",
        "town": "Теміртау",
    },
    "en": {
        "menus": ["&File", "&Edit", "&Language", "&Help"],
        "nav": {"towns": "Towns", "premises": "Premises", "zones": "Small industrial zones", "map": "Map",
                "shortlist": "Shortlist"},
        "headers": ["Title", "Town", "Kind", "Floor area, m²", "Power, kW", "Price, KZT", "Status"],
        "filters": ["Filters", "Town", "Kind", "Status", "Clear filters"],
        "find": "Find",
        "export": "PDF guide…",
        "title": "Investor Guide — monotowns of Karaganda region",
        "status": "Premises: 30",
        "town": "Temirtau",
    },
}  # fmt: skip


@pytest.fixture
def win(window: MainWindow) -> Iterator[MainWindow]:
    """The main window; its translators leave the application with the test."""
    yield window
    window.translations.close()


def switch(window: MainWindow, code: str) -> None:
    """Choose a language in the menu, as the user does."""
    window.language_menu.actions_by_code[code].trigger()


def visible_texts(window: MainWindow) -> dict[str, object]:
    nav = {}
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        nav[str(item.data(Qt.ItemDataRole.UserRole))] = item.text()
    model = window.browse_pages["premises"].table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    panel = window.browse_pages["premises"].filter_panel
    menus = [window.file_menu, window.edit_menu, window.language_menu, window.help_menu]
    return {
        "menus": [m.title() for m in menus],
        "menubar": [a.text() for a in window.menuBar().actions()],
        "nav": nav,
        "headers": headers,
        "filters": [panel.group.title(), panel.town_label.text(), panel.kind_label.text(), panel.status_label.text(),
                    panel.reset_button.text()],
        "find": window.find_action.text(),
        "export": window.export_action.text(),
        "title": window.windowTitle(),
        "status": window.counts_label.text(),
        "towns": [window.towns_page.town_list.item(r).text() for r in range(window.towns_page.town_list.count())],
    }  # fmt: skip


def assert_shows(window: MainWindow, code: str) -> None:
    want = EXPECTED[code]
    seen = visible_texts(window)
    assert seen["menus"] == want["menus"]
    assert seen["menubar"][: len(want["menus"])] == want["menus"]
    for key, text in want["nav"].items():  # type: ignore[attr-defined]
        assert seen["nav"][key] == text  # type: ignore[index]
    headers = seen["headers"]
    assert [h for h in headers if h in want["headers"]] == want["headers"], headers  # type: ignore[union-attr]
    assert seen["filters"] == want["filters"]
    assert seen["find"] == want["find"]
    assert seen["export"] == want["export"]
    assert str(seen["title"]).startswith(want["title"])
    assert want["status"] in str(seen["status"])
    assert want["town"] in seen["towns"]  # type: ignore[operator]
    assert window.language_menu.actions_by_code[code].isChecked()


def test_language_menu_offers_each_language_under_its_own_name(win: MainWindow) -> None:
    actions = win.language_menu.actions()
    assert [a.text() for a in actions] == ["Русский", "Қазақша", "English"]
    assert [a.data() for a in actions] == ["ru", "kk", "en"]
    assert win.language_menu.actions_by_code["ru"].isChecked()
    # The menu sits in the menu bar, before Help.
    bar = [a.text() for a in win.menuBar().actions()]
    assert bar.index("&Язык") == bar.index("&Справка") - 1
    assert NATIVE_NAMES == {"ru": "Русский", "kk": "Қазақша", "en": "English"}


def test_starts_in_russian(win: MainWindow) -> None:
    assert_shows(win, "ru")


@pytest.mark.parametrize("code", ["kk", "en"])
def test_switching_retranslates_the_window_at_once(win: MainWindow, code: str) -> None:
    switch(win, code)
    assert win.language.code == code
    assert win.translations.code == code
    assert_shows(win, code)


def test_switching_back_and_forth(win: MainWindow) -> None:
    for code in ("en", "kk", "ru", "en"):
        switch(win, code)
        assert_shows(win, code)


def test_other_pages_follow_the_switch(win: MainWindow) -> None:
    """Pages built by other features (analysis, map, shortlist) retranslate too."""
    switch(win, "en")
    assert win.nav.findItems("Data quality", Qt.MatchFlag.MatchExactly)
    assert win.nav.findItems("Find premises", Qt.MatchFlag.MatchExactly)
    switch(win, "kk")
    assert win.nav.findItems("Деректер сапасы", Qt.MatchFlag.MatchExactly)
    page = win.browse_pages["projects"]
    assert page.filter_panel.group.title() == "Сүзгілер"


def test_the_choice_is_remembered(win: MainWindow, settings: QSettings) -> None:
    assert settings.value(LANGUAGE_KEY) is None
    switch(win, "kk")
    assert settings.value(LANGUAGE_KEY) == "kk"
    assert initial_language(settings, None) == "kk"
    # --lang overrides the stored choice without replacing it.
    assert initial_language(settings, "en") == "en"
    assert settings.value(LANGUAGE_KEY) == "kk"


def test_a_new_window_starts_in_the_remembered_language(
    win: MainWindow, file_catalog: Catalog, settings: QSettings, qtbot: QtBot
) -> None:
    switch(win, "en")
    win.translations.close()
    language = UiLanguage(initial_language(settings, None))
    again = MainWindow(catalog=file_catalog, language=language, settings=settings)
    qtbot.addWidget(again)
    try:
        assert_shows(again, "en")
    finally:
        again.translations.close()


def test_set_code_alone_also_swaps_the_translators(win: MainWindow) -> None:
    """Code that changes the language object directly still gets translated widgets."""
    win.language.set_code("kk")
    assert win.translations.code == "kk"
    assert_shows(win, "kk")


def test_standard_dialog_buttons_follow_the_language(win: MainWindow, qtbot: QtBot) -> None:
    """Qt's own strings (Cancel, Close...) come from Qt's translations for the same language."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"
    switch(win, "en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    switch(win, "kk")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() not in ("Cancel", "Отмена")


def test_closing_takes_the_translators_back(win: MainWindow, qtbot: QtBot) -> None:
    switch(win, "en")
    assert win.tr("Найти") == "Find"
    win.translations.close()
    assert win.translations.code is None
    assert win.find_action.tr("Найти") == "Найти"


def test_unknown_language_is_refused(win: MainWindow) -> None:
    with pytest.raises(ValueError, match="unknown language"):
        win.translations.switch("de")
    assert win.language.code == "ru"


def test_longer_texts_are_not_cut(win: MainWindow, qtbot: QtBot) -> None:
    """Kazakh titles are the longest: the navigation and the needs form grow to fit them."""
    switch(win, "kk")
    metrics = win.nav.fontMetrics()
    widest = max(metrics.horizontalAdvance(win.nav.item(r).text()) for r in range(win.nav.count()))
    assert widest > 150  # "Шағын өнеркәсіптік аймақтар"
    qtbot.waitUntil(lambda: win.nav.viewport().width() > widest)
    win.show_page("find_premises")
    panel = win.analysis.find_premises
    qtbot.waitUntil(lambda: panel.needs_box.width() >= panel.needs_box.sizeHint().width())
    assert panel.needs_box.width() <= panel.needs_scroll.viewport().width()
    # A list not shown yet reads and measures its rows when first shown, in the language then.
    win.show_page("premises")
    header = win.browse_pages["premises"].table.horizontalHeader()
    assert all(header.sectionSize(i) >= min(header.sectionSizeHint(i), 220) for i in range(header.count()))


def test_export_dialog_defaults_to_the_ui_language(win: MainWindow) -> None:
    switch(win, "kk")
    dialog = win.open_export_dialog()
    assert dialog is not None
    try:
        assert dialog.lang() == "kk"
        assert dialog.lang_label.text() == "Нұсқаулық тілі"
    finally:
        dialog.close()


# -- numbers, dates and record texts ----------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "number", "decimal", "date"),
    [
        ("ru", "1\u00a0234\u00a0567", "2,5", "05.03.2024"),
        ("kk", "1\u00a0234\u00a0567", "2,5", "05.03.2024"),
        ("en", "1,234,567", "2.5", "5 Mar 2024"),
    ],
)
def test_numbers_and_dates_follow_the_locale(
    catalog: Catalog, qapp: object, code: str, number: str, decimal: str, date: str
) -> None:
    language = UiLanguage(code)
    formatter = Formatter(catalog=catalog, language=language)
    try:
        assert formatter.number(1234567) == number
        assert formatter.number(2.5) == decimal
        assert formatter.number(1234.5, 2) == ("1,234.50" if code == "en" else "1\u00a0234,50")
        assert formatter.date("2024-03-05") == date
    finally:
        formatter.close()


def test_switching_reformats_numbers_in_the_tables(win: MainWindow) -> None:
    win.show_page("premises")  # a list reads its rows when first shown
    model = win.browse_pages["premises"].table.model()

    def areas(header: str) -> list[str]:
        column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index(header)
        return [str(model.index(r, column).data() or "") for r in range(model.rowCount())]

    russian = areas("Площадь, м²")
    assert any("\u00a0" in a for a in russian)  # 1 200 with a (non-breaking) space between thousands
    switch(win, "en")
    english = areas("Floor area, m²")
    assert not any("\u00a0" in a for a in english)
    assert sorted(a.replace(",", "") for a in english) == sorted(
        a.replace("\u00a0", "").replace(",", ".") for a in russian
    )


def test_records_show_their_own_translation_and_fall_back_visibly(win: MainWindow, file_catalog: Catalog) -> None:
    """A premises with an English title shows it; one without shows Russian in italics, with a note."""
    file_catalog.insert("premises", {"town": "temirtau", "title": "Цех без перевода", "kind": "warehouse",
                                     "floor_area_m2": 100})  # fmt: skip
    file_catalog.insert("premises", {"town": "temirtau", "title": "Цех с переводом", "title_en": "Translated hall",
                                     "kind": "warehouse", "floor_area_m2": 100})  # fmt: skip
    switch(win, "en")
    page = win.browse_pages["premises"]
    win.show_page("premises")  # a list reads its rows when first shown
    page.on_catalog_changed("premises")
    model = page.table.model()
    title = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("Title")
    rows = {str(model.index(r, title).data()): r for r in range(model.rowCount())}
    assert "Translated hall" in rows and "Цех с переводом" not in rows
    # Shown in Russian for want of an English title: marked in the text itself, as in the PDF.
    fallback = model.index(rows["Цех без перевода (ru)"], title)
    assert fallback.data(Qt.ItemDataRole.FontRole).italic()
    assert "no translation" in str(fallback.data(Qt.ItemDataRole.ToolTipRole))
    own = model.index(rows["Translated hall"], title)
    font = own.data(Qt.ItemDataRole.FontRole)
    assert font is None or not font.italic()


def test_a_town_without_a_name_in_the_language_shows_its_russian_name_in_italics(
    win: MainWindow, file_catalog: Catalog
) -> None:
    file_catalog.insert("towns", {"id": "zhanatown", "name": "Новоград", "name_en": "Novograd"})
    win.towns_page.fill_towns()
    switch(win, "kk")
    items = {win.towns_page.town_list.item(r).text(): win.towns_page.town_list.item(r) for r in range(7)}
    assert items["Новоград"].font().italic()
    assert "орысша" in items["Новоград"].toolTip()
    assert not items["Теміртау"].font().italic()
    switch(win, "en")
    items = {win.towns_page.town_list.item(r).text(): win.towns_page.town_list.item(r) for r in range(7)}
    assert not items["Novograd"].font().italic()


# -- the command line ---------------------------------------------------------------------------

CHILD = r"""
import json, sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from guide import cli
from guide.ui.app import application
from guide.ui.main_window import MainWindow

app = application()
stored = sys.argv[2]
if stored:
    QSettings().setValue("ui/language", stored)
    QSettings().sync()

def report():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    print(json.dumps({"code": window.language.code, "help": window.help_menu.title(),
                      "stored": QSettings().value("ui/language")}), flush=True)
    window.close()
    app.quit()

QTimer.singleShot(0, report)
sys.exit(cli.main(["--db", sys.argv[1], *sys.argv[3:]]))
"""


def run_child(catalog_file: Path, home: Path, stored: str, *args: str) -> dict[str, str]:
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(catalog_file), stored, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_lang_option_overrides_the_stored_choice(catalog_file: Path, tmp_path: Path) -> None:
    """investor-guide --lang en opens in English even when Kazakh is remembered, and keeps Kazakh stored."""
    assert run_child(catalog_file, tmp_path, "kk") == {"code": "kk", "help": "&Анықтама", "stored": "kk"}
    assert run_child(catalog_file, tmp_path, "kk", "--lang", "en") == {"code": "en", "help": "&Help", "stored": "kk"}


def test_translations_can_be_made_without_a_window(qapp: object) -> None:
    """run_gui installs translators before the catalog opens, so its dialogs are translated too."""
    language = UiLanguage("en")
    translations = Translations(language=language)
    try:
        assert QCoreApplication.translate("", "Каталог не открывается") == "The catalog cannot be opened"
    finally:
        translations.close()
    assert QCoreApplication.translate("", "Каталог не открывается") == "Каталог не открывается"
