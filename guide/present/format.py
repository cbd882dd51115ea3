"""The one formatter of numbers, money, areas, dates and yes/no, for every language.

Rounding is decimal and half-up on the number as written (``12.345`` → ``12,35``,
not the binary float's ``12,34``), so the window, the PDF and the CLI print the
same text for the same value. Without an explicit precision a whole number has
no decimals, a number of 100 or more one, a smaller one two, and trailing zeros
go (``0,60`` reads ``0,6``). Russian and Kazakh group thousands with a no-break
space and use a decimal comma; English uses ``1,250.5``.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.rules import parse_date, split_list

# A no-break space keeps "1 250" and "720 000 ₸" on one line.
NBSP = "\u00a0"

# Amounts of money carry the tenge sign; the word ("тенге", "KZT") is the field registry's unit label,
# used in column headings (guide.catalog.fields.UNITS holds every unit symbol).
TENGE_SIGN = "₸"

_MONTHS = {
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
           "қараша", "желтоқсан"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}  # fmt: skip


def automatic_decimals(value: float) -> int:
    """How many decimals a number gets when the caller does not say."""
    if float(value).is_integer():
        return 0
    return 1 if abs(value) >= 100 else 2


def rounded(value: float | int, decimals: int) -> Decimal:
    """``value`` rounded half-up to ``decimals`` places, on its shortest decimal form."""
    exact = Decimal(repr(float(value))) if isinstance(value, float) else Decimal(value)
    return exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def number(value: Any, lang: str, *, decimals: int | None = None) -> str:
    """``1 250,5`` in Russian and Kazakh, ``1,250.5`` in English; '' for no value."""
    if value is None or value == "":
        return ""
    try:
        amount = float(value)
    except (TypeError, ValueError):
        return str(value)
    if amount != amount or amount in (float("inf"), float("-inf")):
        return str(value)
    trim = decimals is None
    places = automatic_decimals(amount) if decimals is None else decimals
    try:
        text = f"{rounded(amount, places):,.{places}f}"
    except InvalidOperation:
        return str(value)
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", "-0.0"):
        text = text[1:]
    if lang == "en":
        return text
    return text.replace(",", NBSP).replace(".", ",")


def unit(code: str, lang: str) -> str:
    """The symbol of a unit of the field registry (``m2``, ``ha``, ``kw``, ``km``...) in ``lang``."""
    return F.unit_label(code, lang)


def measure(value: Any, unit_code: str, lang: str, *, decimals: int | None = None) -> str:
    """A number followed by its unit (``1 250 м²``); '' for no value."""
    text = number(value, lang, decimals=decimals)
    return f"{text}{NBSP}{unit(unit_code, lang)}" if text else ""


def money(value: Any, lang: str) -> str:
    """An amount in tenge, in whole tenge: ``720 000 ₸``."""
    text = number(value, lang, decimals=0)
    return f"{text}{NBSP}{TENGE_SIGN}" if text else ""


def area_m2(value: Any, lang: str) -> str:
    return measure(value, "m2", lang)


def area_ha(value: Any, lang: str) -> str:
    return measure(value, "ha", lang)


def short_date(value: str | dt.date | None, lang: str) -> str:
    """``15.12.2026`` in Russian and Kazakh, ``15 Dec 2026`` in English; unparseable text as it is."""
    if value is None or value == "":
        return ""
    day = parse_date(value)
    if day is None:
        return str(value)
    if lang == "en":
        return f"{day.day} {_MONTHS['en'][day.month - 1][:3]} {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def long_date(day: dt.date, lang: str) -> str:
    """The cover's date: ``27 ноября 2026 г.``, ``2026 жылғы 27 қараша``, ``27 November 2026``."""
    month = _MONTHS[lang if lang in _MONTHS else "ru"][day.month - 1]
    if lang == "kk":
        return f"{day.year} жылғы {day.day} {month}"
    if lang == "en":
        return f"{day.day} {month} {day.year}"
    return f"{day.day} {month} {day.year} г."


def yes_no(value: Any, lang: str, *, unknown: str = "") -> str:
    """``да``/``иә``/``yes`` for a true value, ``нет``/``жоқ``/``no`` for a false one, ``unknown`` for none."""
    if value is None or value == "":
        return unknown
    return i18n.label("boolean", "yes" if int(value) else "no", lang)


def labels(vocabulary: str, codes: Any, lang: str) -> str:
    """A ``;``-joined list of codes as their labels, joined with commas."""
    return ", ".join(i18n.label(vocabulary, code, lang) for code in split_list(codes))


# A premise with no status is "status not given", never "vacant" (guide.catalog.rules).
STATUS_NOT_GIVEN = {"ru": "статус не указан", "kk": "мәртебесі көрсетілмеген", "en": "status not given"}


def premise_status(code: str | None, lang: str) -> str:
    """A premise status's label; "status not given" for none."""
    if not code or not str(code).strip():
        return STATUS_NOT_GIVEN.get(lang) or STATUS_NOT_GIVEN[i18n.DEFAULT_LANGUAGE]
    return i18n.label("premise_status", str(code).strip(), lang)
