"""Defect 10: the export dialog shows no internal labels while building and keeps its size."""

from __future__ import annotations

from guide.ui.export.export_dialog import TOWN
from tests.ui.test_export_dialog import make_dialog


def test_the_dialog_keeps_its_size_and_speaks_plainly_while_building(
    file_catalog, catalog_file, language, qtbot, tmp_path
):
    dialog = make_dialog(file_catalog, catalog_file, language, qtbot, kind=TOWN, town="temirtau")
    dialog.file_edit.setText(str(tmp_path / "guide.pdf"))
    size = dialog.size()
    statuses: list[str] = []
    with qtbot.waitSignal(dialog.built, timeout=60_000):
        dialog.start()
        qtbot.waitUntil(lambda: bool(dialog.status.text()), timeout=30_000)
        while dialog.is_running():
            statuses.append(dialog.status.text())
            qtbot.wait(5)
    assert dialog.size() == size
    # reportlab's pass counter ("Вёрстка 2") is not the reader's business.
    assert not any(s.rstrip().endswith((" 1", " 2", " 3")) for s in statuses), statuses
