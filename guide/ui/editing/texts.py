"""Sentences about records of each kind, whole, so translators can get the grammar right.

"Удалить помещение «…»?" and "Удалить промзону «…»?" differ in more than the
noun, so each kind has its own source sentence instead of a noun slotted into
one template.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.demo import REMOVE_DEMO_STEP


def new_title(kind: str) -> str:
    """The window title of a form for a new record."""
    return {
        "premises": QCoreApplication.translate("Editing", "Новое помещение"),
        "zones": QCoreApplication.translate("Editing", "Новая малая промзона"),
        "projects": QCoreApplication.translate("Editing", "Новый проект"),
        "suppliers": QCoreApplication.translate("Editing", "Новый поставщик"),
        "towns": QCoreApplication.translate("Editing", "Новый город"),
        "town_status": QCoreApplication.translate("Editing", "Новая запись истории статуса"),
        "indicators": QCoreApplication.translate("Editing", "Новый показатель"),
        "incentives": QCoreApplication.translate("Editing", "Новая мера поддержки"),
        "institutions": QCoreApplication.translate("Editing", "Новый институт поддержки"),
        "routes": QCoreApplication.translate("Editing", "Новое расстояние"),
    }[kind]


def edit_title(kind: str, title: str) -> str:
    """The window title of a form for an existing record."""
    template = {
        "premises": QCoreApplication.translate("Editing", "Помещение «{title}»"),
        "zones": QCoreApplication.translate("Editing", "Малая промзона «{title}»"),
        "projects": QCoreApplication.translate("Editing", "Проект «{title}»"),
        "suppliers": QCoreApplication.translate("Editing", "Поставщик «{title}»"),
        "towns": QCoreApplication.translate("Editing", "Город «{title}»"),
        "town_status": QCoreApplication.translate("Editing", "История статуса: {title}"),
        "indicators": QCoreApplication.translate("Editing", "Показатель: {title}"),
        "incentives": QCoreApplication.translate("Editing", "Мера поддержки «{title}»"),
        "institutions": QCoreApplication.translate("Editing", "Институт поддержки «{title}»"),
        "routes": QCoreApplication.translate("Editing", "Расстояние до: {title}"),
    }[kind]
    return template.format(title=title)


def delete_question(kind: str, title: str) -> str:
    template = {
        "premises": QCoreApplication.translate("Editing", "Удалить помещение «{title}»?"),
        "zones": QCoreApplication.translate("Editing", "Удалить малую промзону «{title}»?"),
        "projects": QCoreApplication.translate("Editing", "Удалить проект «{title}»?"),
        "suppliers": QCoreApplication.translate("Editing", "Удалить поставщика «{title}»?"),
        "towns": QCoreApplication.translate("Editing", "Удалить город «{title}»?"),
        "town_status": QCoreApplication.translate("Editing", "Удалить запись истории статуса «{title}»?"),
        "indicators": QCoreApplication.translate("Editing", "Удалить показатель «{title}»?"),
        "incentives": QCoreApplication.translate("Editing", "Удалить меру поддержки «{title}»?"),
        "institutions": QCoreApplication.translate("Editing", "Удалить институт поддержки «{title}»?"),
        "routes": QCoreApplication.translate("Editing", "Удалить расстояние до «{title}»?"),
    }[kind]
    return template.format(title=title)


def kind_count(kind: str, n: int) -> str:
    """``помещения: 3`` — a count that needs no plural forms."""
    label = {
        "premises": QCoreApplication.translate("Editing", "помещения"),
        "zones": QCoreApplication.translate("Editing", "малые промзоны"),
        "projects": QCoreApplication.translate("Editing", "проекты"),
        "suppliers": QCoreApplication.translate("Editing", "поставщики"),
        "indicators": QCoreApplication.translate("Editing", "показатели"),
        "town_status": QCoreApplication.translate("Editing", "записи истории статуса"),
        "incentives": QCoreApplication.translate("Editing", "меры поддержки"),
        "institutions": QCoreApplication.translate("Editing", "институты поддержки"),
        "routes": QCoreApplication.translate("Editing", "расстояния"),
        "photos": QCoreApplication.translate("Editing", "фото"),
        REMOVE_DEMO_STEP: QCoreApplication.translate("Editing", "удаление демо-записей"),
    }.get(kind, kind)
    return f"{label}: {n}"


def record_title(kind: str, record: dict[str, Any], lang: str, town_name: str = "") -> str:
    """A short name for a record in messages and window titles."""
    k = F.kind(kind)
    if kind == "town_status":
        status = i18n.label("monotown_status", record.get("status"), lang)
        return f"{town_name}, {record.get('year') or ''}: {status}".strip(" ,:")
    if kind == "indicators":
        where = f"{town_name}, " if town_name else ""
        return f"{where}{record.get('name') or ''} ({record.get('year') or ''})"
    title, _ = i18n.localized(record, k.title_field, lang)
    return title or str(record.get("id") or "")


def action_label(action: str, lang: str) -> str:
    """The name of an undo step's action, as menus show it."""
    return i18n.label("edit_action", action, lang)
