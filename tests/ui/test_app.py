"""Starting up: no display, a catalog that won't open, the font, notifications from other processes."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtGui import QFontDatabase, QFontMetrics, QGuiApplication

from guide.catalog.backup import list_backups, make_backup
from guide.catalog.store import Catalog
from guide.ui.app import initial_language
from guide.ui.fonts import KAZAKH_LETTERS, apply_application_font
from guide.ui.notifier import CatalogNotifier
from guide.ui.opening import open_catalog


def test_without_a_display_the_command_says_so(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "guide", "--db", str(tmp_path / "c.db")],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert "no display" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_application_font_has_every_kazakh_letter(qapp):
    font = apply_application_font(QGuiApplication.instance())
    assert font.family() == "PT Sans"
    assert "PT Sans" in QFontDatabase.families()
    metrics = QFontMetrics(font)
    # inFontUcs4: PySide passes a non-ASCII str to inFont() wrongly, so ask by code point.
    assert all(metrics.inFontUcs4(ord(ch)) for ch in KAZAKH_LETTERS)


def test_the_command_line_language_wins_over_the_stored_one(settings):
    settings.setValue("ui/language", "kk")
    assert initial_language(settings, None) == "kk"
    assert initial_language(settings, "en") == "en"
    settings.setValue("ui/language", "xx")
    assert initial_language(settings, None) == "ru"


def test_a_damaged_catalog_is_named_and_the_latest_backup_restored(catalog_file, qapp):
    catalog = Catalog.open(catalog_file)
    make_backup(catalog, reason="test")
    catalog.close()
    catalog_file.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    asked: list[tuple[str, str, list[str]]] = []

    def choose(title: str, text: str, buttons: list[str]) -> int:
        asked.append((title, text, buttons))
        return buttons.index("Восстановить последнюю копию")

    restored = open_catalog(catalog_file, choose=choose)
    assert restored is not None
    assert restored.total("premises") == 30
    restored.close()
    title, text, buttons = asked[0]
    assert str(catalog_file) in text
    assert list_backups(catalog_file)[0].name in text or "резервная копия" in text
    assert buttons[-1] == "Выйти"


def test_giving_up_on_a_damaged_catalog_changes_nothing(tmp_path, qapp):
    path = tmp_path / "broken.db"
    path.write_bytes(b"not a database at all")

    def choose(title: str, text: str, buttons: list[str]) -> int:
        assert "Резервных копий этого каталога нет" in text
        assert "Восстановить последнюю копию" not in buttons
        return buttons.index("Выйти")

    assert open_catalog(path, choose=choose) is None
    assert path.read_bytes() == b"not a database at all"


def test_a_missing_catalog_can_be_created_from_the_bundled_data(tmp_path, qapp):
    path = tmp_path / "new" / "catalog.db"
    catalog = open_catalog(path, choose=lambda title, text, buttons: buttons.index("Создать"))
    assert catalog is not None
    assert catalog.total("towns") == 6
    catalog.close()


def test_the_notifier_hears_other_processes(file_catalog, catalog_file, qtbot):
    notifier = CatalogNotifier(catalog=file_catalog, interval_ms=50)
    heard: list[str] = []
    notifier.changed.connect(heard.append)
    file_catalog.set_shortlisted("premises", [1], True)
    assert heard == ["shortlist"]
    other = Catalog.open(catalog_file)
    other.update("premises", 2, {"title": "Изменено в другом окне"})
    other.close()
    qtbot.waitUntil(lambda: "premises" in heard[1:], timeout=3000)
    assert not notifier.poll()  # nothing new since
    notifier.stop()
