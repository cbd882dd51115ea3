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
from PySide6.QtWidgets import QMessageBox, QWidget

from guide.catalog.backup import list_backups, restore_backup
from guide.catalog.bundled import load_bundled
from guide.catalog.errors import CatalogError, CatalogUnusable
from guide.catalog.store import Catalog

# Shows a question with buttons; returns the index of the button chosen (-1: closed).
Chooser = Callable[[str, str, list[str]], int]


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


def open_catalog(path: Path, *, choose: Chooser) -> Catalog | None:
    """The open catalog, or None when the user gave up."""
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
            action = _ask(path, exc, choose)
            if action == "retry":
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
    return _tr("Не удаётся открыть каталог:\n{path}\n\nПричина: {reason}").format(path=path, reason=exc.reason)


def _ask(path: Path, exc: CatalogUnusable, choose: Chooser) -> str:
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
        catalog = Catalog.open(path, create=True)
        load_bundled(catalog)
    except CatalogError as exc:
        choose(_tr("Каталог не создан"), str(exc), [_tr("Закрыть")])
        return None
    return catalog
