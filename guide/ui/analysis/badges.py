"""Quality badges: completeness, freshness, demo and commitment, as text plus colours.

Table models (the browse tables, the match results, the quality view) and
the detail pane all mark records the same way through these helpers:
:func:`badge_data` answers a model's ``data()`` for any Qt role.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from guide import i18n
from guide.catalog import quality, rules
from guide.present.format import short_date
from guide.ui import palette


def _tr(text: str) -> str:
    # lupdate files _tr() strings under the empty context (see guide/ui/translations.py).
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class Badge:
    """A short mark: its text, its colours and a tooltip that explains it."""

    key: str  # "complete", "incomplete", "stale", "unverified", "demo", "committed", "overdue"
    text: str
    foreground: QColor
    background: QColor | None = None
    tooltip: str = ""
    bold: bool = False


def completeness_badge(
    score: float, missing: Sequence[str] = (), *, kind: str = "premises", lang: str = i18n.DEFAULT_LANGUAGE
) -> Badge:
    """``87 %`` in green, amber or red, with the missing fields in the tooltip."""
    if missing:
        names = "; ".join(quality.field_label(kind, code, lang) for code in missing)
        tooltip = _tr("Не заполнено: {fields}").format(fields=names)
    else:
        tooltip = _tr("Все ключевые для инвестора поля заполнены")
    return Badge(
        key="incomplete" if missing else "complete",
        text=f"{round(score * 100)} %",
        foreground=palette.completeness_color(score),
        tooltip=tooltip,
    )


def freshness_badge(
    record: Mapping[str, Any],
    *,
    kind: str | None = None,
    today: dt.date | None = None,
    stale_after_days: int = rules.STALE_AFTER_DAYS,
    lang: str = i18n.DEFAULT_LANGUAGE,
) -> Badge | None:
    """``устарело`` or ``не проверено``; None for a record verified recently enough."""
    if rules.is_unverified(record):
        return Badge(
            key="unverified",
            text=_tr("не проверено"),
            foreground=palette.MUTED,
            tooltip=_tr("Дата проверки не указана: неизвестно, актуальны ли данные"),
        )
    if kind in quality.TIMELESS_KINDS or not rules.is_stale(record, today=today, stale_after_days=stale_after_days):
        return None
    return Badge(
        key="stale",
        text=_tr("устарело"),
        foreground=palette.OVERDUE_TEXT,
        background=palette.STALE_BACKGROUND,
        tooltip=_tr("Проверено {date}, больше {days} дн. назад").format(
            date=short_date(record.get("as_of"), lang), days=stale_after_days
        ),
    )


def demo_badge(record: Mapping[str, Any]) -> Badge | None:
    """``ДЕМО`` for invented records; None for real ones."""
    if not rules.is_demo(record):
        return None
    return Badge(
        key="demo",
        text=_tr("ДЕМО"),
        foreground=palette.DEMO_TEXT,
        background=palette.DEMO_BACKGROUND,
        tooltip=_tr("Демонстрационная запись: данные придуманы, это не факт"),
        bold=True,
    )


def commitment_badge(due: str | None, overdue: bool, *, lang: str = i18n.DEFAULT_LANGUAGE) -> Badge:
    """``до 31.12.2027`` or ``просрочено (30.09.2025)`` for an akimat commitment."""
    date = short_date(due, lang)
    if overdue:
        return Badge(
            key="overdue",
            text=_tr("просрочено ({date})").format(date=date),
            foreground=palette.OVERDUE_TEXT,
            tooltip=_tr("Срок обязательства акимата прошёл: {date}").format(date=date),
            bold=True,
        )
    text = _tr("до {date}").format(date=date) if date else _tr("срок не указан")
    return Badge(key="committed", text=text, foreground=palette.FAIR, tooltip=_tr("Акимат обязался подвести"))


def record_badges(
    kind: str,
    record: Mapping[str, Any],
    *,
    today: dt.date | None = None,
    stale_after_days: int = rules.STALE_AFTER_DAYS,
    lang: str = i18n.DEFAULT_LANGUAGE,
) -> list[Badge]:
    """Every badge a record earns: completeness first, then freshness and demo when they apply."""
    score, missing = quality.completeness(kind, record)
    badges = [completeness_badge(score, missing, kind=kind, lang=lang)]
    fresh = freshness_badge(record, kind=kind, today=today, stale_after_days=stale_after_days, lang=lang)
    demo = demo_badge(record)
    badges += [b for b in (fresh, demo) if b is not None]
    return badges


def badge_data(badge: Badge | None, role: int) -> Any:
    """What a table model's ``data()`` returns for a cell showing ``badge``."""
    if badge is None:
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return badge.text
    if role == Qt.ItemDataRole.ToolTipRole:
        return badge.tooltip or None
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(badge.foreground)
    if role == Qt.ItemDataRole.BackgroundRole and badge.background is not None:
        return QBrush(badge.background)
    if role == Qt.ItemDataRole.FontRole and badge.bold:
        font = QFont()
        font.setBold(True)
        return font
    return None


def badge_html(badge: Badge) -> str:
    """The badge as an inline HTML span (for rich-text labels and the detail pane)."""
    background = f"background-color:{badge.background.name()};" if badge.background is not None else ""
    weight = "font-weight:bold;" if badge.bold else ""
    return (
        f'<span style="color:{badge.foreground.name()};{background}{weight}" title="{escape(badge.tooltip)}">'
        f"&nbsp;{escape(badge.text)}&nbsp;</span>"
    )
