"""Opening the catalog from the GUI, with a way out when it can't be opened.

A damaged, foreign, too-new, locked or read-only catalog raises
``CatalogUnusable`` naming the file. The window can't start without a
catalog, so instead of a traceback the user gets a message naming the file
and the reason, and the choices that can help: retry (a lock may pass),
restore the latest automatic backup, open read-only, or create the catalog
from the bundled data when there is none yet.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from guide.catalog.backup import list_backups
from guide.catalog.bundled import create_catalog
from guide.catalog.errors import CatalogError, CatalogUnusable
from guide.catalog.restore import restore_backup
from guide.catalog.store import Catalog

# Shows a question with buttons; returns the index of the button chosen (-1: closed).
Chooser = Callable[[str, str, list[str]], int]
# Asks for a catalog file: (title, new) → the path, or None when cancelled.
PathAsker = Callable[[str, bool], Path | None]


def _tr(text: str) -> str:
    # lupdate files _tr() strings under the empty context (see guide/ui/translations.py).
    return QCoreApplication.translate("", text)


def message_box_chooser(parent: QWidget | None) -> Chooser:
    """The real chooser: a warning box with one button per choice."""

    def choose(title: str, text: str, buttons: list[str]) -> int:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
        added = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in buttons]
        box.exec()
        clicked = box.clickedButton()
        return added.index(clicked) if clicked in added else -1  # type: ignore[arg-type]

    return choose


def file_dialog_asker(parent: QWidget | None) -> PathAsker:
    """The real file dialogs: an existing catalog to open, or a new file to create."""

    def ask(title: str, new: bool) -> Path | None:
        dialog = QFileDialog.getSaveFileName if new else QFileDialog.getOpenFileName
        name, _ = dialog(parent, title, "", "*.db *.sqlite *.sqlite3")
        return Path(name) if name else None

    return ask


def open_catalog(path: Path, *, choose: Chooser, ask_path: PathAsker | None = None) -> Catalog | None:
    """The open catalog (maybe another one the user picked instead), or None when the user gave up.

    With ``ask_path`` the user may also open another catalog or create a new one instead of the
    one that won't open; that one is never touched.
    """
    title = _tr("Каталог не открывается")
    while True:
        try:
            return Catalog.open(path)
        except CatalogUnusable as exc:
            if not path.exists():
                created = _offer_create(path, choose)
                if created is not None:
                    return created
                return None
            action = _ask(path, exc, choose, others=ask_path is not None)
            if action == "retry":
                continue
            if action in ("open_other", "create_new") and ask_path is not None:
                other = ask_path(_tr("Открыть каталог") if action == "open_other" else _tr("Новый каталог"),
                                 action == "create_new")  # fmt: skip
                if other is None:
                    continue
                if action == "create_new":
                    if other.exists():
                        choose(_tr("Каталог не создан"),
                               _tr("Файл уже есть: {path}\nВыберите другое имя.").format(path=str(other)),
                               [_tr("Закрыть")])  # fmt: skip
                        continue
                    try:
                        create_catalog(other)
                    except (CatalogError, OSError) as failed:
                        choose(_tr("Каталог не создан"), str(failed), [_tr("Закрыть")])
                        continue
                path = other
                continue
            if action == "read_only":
                try:
                    return Catalog.open(path, read_only=True)
                except CatalogUnusable as again:
                    choose(title, _describe(path, again), [_tr("Закрыть")])
                    return None
            if action == "restore":
                _restore_latest(path, choose)
                continue
            return None


def _describe(path: Path, exc: CatalogUnusable) -> str:
    # The catalog layer's reasons are clauses about the file ("is not an Investor Guide catalog"):
    # the file's name is their subject.
    return _tr("Не удаётся открыть каталог:\n{path}\n\nПричина: {reason}").format(
        path=path, reason=f"{path.name} {exc.reason}"
    )


def _ask(path: Path, exc: CatalogUnusable, choose: Chooser, *, others: bool = False) -> str:
    actions: list[tuple[str, str]] = [("retry", _tr("Повторить"))]
    backups = list_backups(path)
    text = _describe(path, exc)
    if backups:
        actions.append(("restore", _tr("Восстановить последнюю копию")))
        text += "\n\n" + _tr("Последняя автоматическая резервная копия: {name}").format(name=backups[0].name)
    else:
        text += "\n\n" + _tr("Резервных копий этого каталога нет.")
    if "read-only" in exc.reason or "readonly" in exc.reason:
        actions.append(("read_only", _tr("Открыть только для чтения")))
    if others:
        actions.append(("open_other", _tr("Открыть другой каталог…")))
        actions.append(("create_new", _tr("Создать новый каталог…")))
    actions.append(("quit", _tr("Выйти")))
    chosen = choose(_tr("Каталог не открывается"), text, [label for _, label in actions])
    return actions[chosen][0] if 0 <= chosen < len(actions) else "quit"


def _restore_latest(path: Path, choose: Chooser) -> None:
    backups = list_backups(path)
    if not backups:
        return
    try:
        restore_backup(backups[0], path)
    except (CatalogError, OSError) as exc:
        choose(_tr("Восстановление не удалось"), str(exc), [_tr("Закрыть")])


def _offer_create(path: Path, choose: Chooser) -> Catalog | None:
    text = _tr("Каталога ещё нет:\n{path}\n\nСоздать его из встроенных данных (моногорода Карагандинской "
               "области и демонстрационный набор)?").format(path=path)  # fmt: skip
    if choose(_tr("Новый каталог"), text, [_tr("Создать"), _tr("Выйти")]) != 0:
        return None
    try:
        create_catalog(path)
        return Catalog.open(path)
    except (CatalogError, OSError) as exc:
        choose(_tr("Каталог не создан"), str(exc), [_tr("Закрыть")])
        return None
