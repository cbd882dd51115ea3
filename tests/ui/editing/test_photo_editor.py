"""Attaching, refusing, reordering and removing a premise's photos in its form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from guide.catalog.history import History, dump
from guide.catalog.store import Catalog
from guide.ui.editing.controller import EditingController
from tests.ui.editing.conftest import FixedFiles, png_bytes, shown


def write_png(folder: Path, name: str, color: str = "red", size: tuple[int, int] = (40, 30)) -> Path:
    path = folder / name
    Image.new("RGB", size, color).save(path, "PNG")
    return path


def test_attach_a_photo_by_file_dialog_and_save_it_with_the_form(
    qtbot: Any, controller: EditingController, catalog: Catalog, files: FixedFiles, tmp_path: Path,
    history: History,
) -> None:  # fmt: skip
    before = dump(catalog)
    form = shown(qtbot, controller.create_form("premises", 3))
    photos = form.photo_editor
    assert photos is not None
    files.to_open = [write_png(tmp_path, "hall.png", "red", (64, 48))]
    photos.add_button.click()
    assert [i.filename for i in photos.items()] == ["hall.png"]
    assert "64×48" in photos.list.item(0).text()
    assert catalog.photos(3) == []  # staged until Save

    assert form.save()
    stored = catalog.photos(3)
    assert [(p["filename"], p["width"], p["height"], p["mime"]) for p in stored] == [("hall.png", 64, 48, "image/png")]
    assert catalog.photo_data(stored[0]["id"]) == (tmp_path / "hall.png").read_bytes()
    assert history.undo_step is not None and history.undo_step.action == "edit"
    history.undo()
    assert dump(catalog) == before


def test_a_non_image_and_a_decompression_bomb_are_refused_with_a_message(
    qtbot: Any, controller: EditingController, catalog: Catalog, tmp_path: Path
) -> None:
    form = shown(qtbot, controller.create_form("premises", 3))
    photos = form.photo_editor
    assert photos is not None
    text = tmp_path / "notes.txt"
    text.write_text("not a picture", encoding="utf-8")
    bomb = tmp_path / "bomb.png"
    Image.new("1", (9000, 9000)).save(bomb, "PNG")  # 81 megapixels in a few kilobytes
    refused = photos.add_files([text, bomb, write_png(tmp_path, "ok.png")])

    assert len(refused) == 2
    assert refused[0] == "«notes.txt» — не изображение (нужен JPEG, PNG, GIF, WebP или BMP)"
    assert "bomb.png" in refused[1] and "слишком большое" in refused[1]
    assert not photos.message.isHidden() and "notes.txt" in photos.message.text()
    assert [i.filename for i in photos.items()] == ["ok.png"]
    assert form.save()
    assert [p["filename"] for p in catalog.photos(3)] == ["ok.png"]


def test_a_new_premise_saves_with_its_photos_in_one_step(
    qtbot: Any, controller: EditingController, catalog: Catalog, history: History
) -> None:
    form = shown(qtbot, controller.create_form("premises", defaults={"town": "shakhtinsk"}))
    form.editor("title").edit.setText("Склад")  # type: ignore[attr-defined]
    form.editor("kind").select_code("warehouse")  # type: ignore[attr-defined]
    form.editor("floor_area_m2").edit.setText("300")  # type: ignore[attr-defined]
    assert form.photo_editor is not None
    assert form.photo_editor.add_data("a.png", png_bytes("red")) is None
    assert form.save()
    assert [p["filename"] for p in catalog.photos(form.saved_id)] == ["a.png"]
    history.undo()
    assert catalog.get("premises", form.saved_id) is None
    assert catalog.db.execute("SELECT count(*) FROM photos").fetchone()[0] == 0


def test_reorder_and_remove(qtbot: Any, controller: EditingController, catalog: Catalog) -> None:
    first = catalog.add_photo(5, "first.png", png_bytes("red"))
    second = catalog.add_photo(5, "second.png", png_bytes("green"))
    third = catalog.add_photo(5, "third.png", png_bytes("blue"))
    form = shown(qtbot, controller.create_form("premises", 5))
    photos = form.photo_editor
    assert photos is not None
    photos.list.setCurrentRow(2)
    assert not photos.down_button.isEnabled()
    photos.up_button.click()
    assert [i.photo_id for i in photos.items()] == [first, third, second]
    photos.list.setCurrentRow(0)
    photos.remove_button.click()
    assert [i.photo_id for i in photos.items()] == [third, second]
    assert form.save()
    assert [p["id"] for p in catalog.photos(5)] == [third, second]


def test_files_dropped_on_the_list_are_attached(
    qtbot: Any, controller: EditingController, catalog: Catalog, tmp_path: Path
) -> None:
    form = shown(qtbot, controller.create_form("premises", 6))
    photos = form.photo_editor
    assert photos is not None
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(write_png(tmp_path, "dropped.png", "blue")))])
    event = QDropEvent(
        QPointF(QPoint(10, 10)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    photos.list.dropEvent(event)
    assert [i.filename for i in photos.items()] == ["dropped.png"]


def test_photos_attached_elsewhere_meanwhile_are_kept(
    qtbot: Any, controller: EditingController, catalog: Catalog
) -> None:
    mine = catalog.add_photo(8, "mine.png", png_bytes("red"))
    form = shown(qtbot, controller.create_form("premises", 8))
    theirs = catalog.add_photo(8, "theirs.png", png_bytes("green"))
    assert form.photo_editor is not None
    form.photo_editor.add_data("new.png", png_bytes("blue"))
    assert form.save()
    names = [p["filename"] for p in catalog.photos(8)]
    assert names == ["mine.png", "new.png", "theirs.png"]
    assert {mine, theirs} <= {p["id"] for p in catalog.photos(8)}
