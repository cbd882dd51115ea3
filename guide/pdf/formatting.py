"""Numbers, money and dates as readers in each language expect them."""

from __future__ import annotations

import datetime as dt

# A no-break space keeps "1 250" and "720 000 тенге" on one line.
NBSP = "\u00a0"

_MONTHS = {
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    "kk": (
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def number(value: float | int | None, lang: str, *, decimals: int | None = None) -> str:
    """``1 250,5`` in Russian and Kazakh, ``1,250.5`` in English; whole numbers without decimals."""
    if value is None:
        return ""
    trim = decimals is None
    if decimals is None:
        decimals = 0 if float(value).is_integer() else (1 if abs(value) >= 10 else 2)
    text = f"{value:,.{decimals}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "en":
        return text
    return text.replace(",", NBSP).replace(".", ",")


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def short_date(value: str | dt.date | None, lang: str) -> str:
    """``15.12.2026`` in Russian and Kazakh, ``15 Dec 2026`` in English; unparseable text as it is."""
    if value is None or value == "":
        return ""
    day = value if isinstance(value, dt.date) else parse_date(value)
    if day is None:
        return str(value)
    if lang == "en":
        return f"{day.day} {_MONTHS['en'][day.month - 1][:3]} {day.year}"
    return day.strftime("%d.%m.%Y")


def long_date(day: dt.date, lang: str) -> str:
    """The cover's date: ``27 ноября 2026 г.``, ``2026 жылғы 27 қараша``, ``27 November 2026``."""
    month = _MONTHS[lang if lang in _MONTHS else "ru"][day.month - 1]
    if lang == "kk":
        return f"{day.year} жылғы {day.day} {month}"
    if lang == "en":
        return f"{day.day} {month} {day.year}"
    return f"{day.day} {month} {day.year} г."
