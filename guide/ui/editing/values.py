"""Stored values as text to edit, and back.

Editors show numbers and dates the way the user types them in that language
(``1 250,5`` and ``15.01.2026`` in Russian and Kazakh), always in a form the
catalog's own parser (:mod:`guide.catalog.validate`) reads back unchanged. That
is why there is no comma thousands separator even in English: ``1,250`` would
read as 1.25.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from guide.catalog import fields as F

NBSP = "\u00a0"
DECIMAL_COMMA = ("ru", "kk")


def _group(digits: str) -> str:
    parts: list[str] = []
    while len(digits) > 3:
        parts.insert(0, digits[-3:])
        digits = digits[:-3]
    parts.insert(0, digits)
    return NBSP.join(parts)


def is_year(f: F.Field) -> bool:
    return f.code == "year" or f.code.endswith("_year")


def number_text(value: Any, lang: str, *, group: bool = True) -> str:
    """``2400.0`` → ``2 400``, ``0.6`` → ``0,6`` (ru, kk) or ``0.6`` (en)."""
    if value is None or value == "":
        return ""
    number = float(value)
    text = repr(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)
    if "e" in text:
        return text
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    if group and len(whole) > 3:
        whole = _group(whole)
    point = "," if lang in DECIMAL_COMMA else "."
    return sign + whole + (point + fraction if fraction else "")


def date_text(value: Any, lang: str) -> str:
    """An ISO date as ``15.01.2026`` (ru, kk) or ``2026-01-15`` (en)."""
    if not value:
        return ""
    try:
        date = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    return date.strftime("%d.%m.%Y") if lang in DECIMAL_COMMA else date.isoformat()


def field_text(f: F.Field, value: Any, lang: str) -> str:
    """A stored value of a text-like field as the editor shows it."""
    if value is None:
        return ""
    if f.type in (F.INT, F.FLOAT):
        return number_text(value, lang, group=not is_year(f))
    if f.type == F.DATE:
        return date_text(value, lang)
    return str(value)


def same_value(f: F.Field, stored: Any, parsed: Any) -> bool:
    """Whether a parsed form value equals what is stored (zones are stored as text)."""
    if stored is None or parsed is None:
        return stored is None and parsed is None
    if f.type in (F.ZONE, F.TOWN, F.TEXT, F.DATE, F.CHOICE, F.LIST):
        return str(stored) == str(parsed)
    if f.type in (F.INT, F.FLOAT, F.BOOL):
        try:
            return float(stored) == float(parsed)
        except (TypeError, ValueError):
            return False
    return bool(stored == parsed)
