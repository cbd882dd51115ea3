"""Reading and checking the values of one record.

This is the one implementation of validation: the importer runs it on every
row of a file, and the editing forms run it on every field, so a value the
importer refuses can't be saved from a form either (and the other way round).
Values are read the way Kazakhstan's Excel users write them: ``1 250,5``,
``да``/``жоқ``, ``01.05.2024``.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.errors import Problem
from guide.catalog.rules import split_list
from guide.catalog.tabular import MISSING

# Kazakhstan's extent, with a margin: coordinates outside are refused.
LAT_RANGE = (40.0, 56.0)
LON_RANGE = (46.0, 88.0)
# A premise drawing more than 50 MW is almost surely a figure in kW typed as MW
# or the reverse; one under 1 kW is a figure in MW.
POWER_KW_MAX = 50_000.0
POWER_KW_MIN = 1.0
# Excel stores dates as days since 1899-12-30; these bound 1954..2119.
EXCEL_SERIAL_RANGE = (20_000, 80_000)
EXCEL_EPOCH = dt.date(1899, 12, 30)
MAX_TEXT = 100_000

_TRUE = {"1", "yes", "y", "true", "да", "д", "иә", "ия", "+", "есть", "бар", "x", "✓"}
_FALSE = {"0", "no", "n", "false", "нет", "н", "жоқ", "-", "–", "отсутствует"}
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
# One address: no spaces, one @, a dot in the domain (what a mail program would accept).
_EMAIL = re.compile(r"[^\s@<>()\[\],;:\"]+@[^\s@<>()\[\],;:\"]+\.[^\s@<>()\[\],;:\".]{2,}")
_URL = re.compile(r"https?://[^\s/?#:@.][^\s/?#:@]*(:\d+)?([/?#]\S*)?", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


class BadValue(ValueError):
    """A raw value that can't be read as its field's type; ``problem`` says why."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.problem = Problem(code, params)
        super().__init__(self.problem.message)


def _shown(value: Any) -> str:
    """The start of a bad value, enough to recognise it in a message."""
    return str(value)[:40]


@dataclass
class Lookups:
    """How town and zone references are resolved: by id or by any name."""

    towns: dict[str, str] = field(default_factory=dict)
    zones: dict[str, int] = field(default_factory=dict)
    zone_towns: dict[int, str] = field(default_factory=dict)

    def add_town(self, town_id: str, *names: str | None) -> None:
        for key in (town_id, *names):
            if key:
                self.towns[i18n.normalise(str(key))] = town_id

    def add_zone(self, zone_id: int, town: str, *names: str | None) -> None:
        self.zone_towns[zone_id] = town
        for key in (str(zone_id), *names):
            if key:
                self.zones[i18n.normalise(str(key))] = zone_id


def is_blank(value: Any) -> bool:
    return (
        value is None
        or (isinstance(value, str) and not value.strip())
        or (isinstance(value, float) and math.isnan(value))
    )


def parse_number(value: Any) -> float:
    """``1 250,5``, ``1250.5``, ``1.250,5`` and ``1,250.5`` all give 1250.5."""
    if isinstance(value, bool):
        raise BadValue("not_number", value=value)
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            raise BadValue("not_finite", value=value)
        try:
            return float(value)
        except OverflowError:
            # A JSON integer with hundreds of digits.
            raise BadValue("too_large", value=_shown(value) + "...") from None
    text = _SPACES.sub("", str(value))
    if "," in text and "." in text:
        # The later separator is the decimal one.
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        raise BadValue("not_number", value=_shown(value)) from None
    if not math.isfinite(number) or not _NUMBER.fullmatch(text):
        raise BadValue("not_number", value=_shown(value))
    return number


def parse_int(value: Any) -> int:
    number = parse_number(value)
    if number != int(number):
        raise BadValue("not_whole", value=_shown(value))
    if abs(number) >= 2**63:
        # SQLite's INTEGER is 64 bits; a larger figure is a typo, not a count.
        raise BadValue("too_large", value=_shown(value))
    return int(number)


def parse_bool(value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float) and value in (0, 1):
        return int(value)
    text = i18n.normalise(str(value))
    if text in _TRUE:
        return 1
    if text in _FALSE:
        return 0
    raise BadValue("not_yes_no", value=_shown(value))


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


@functools.cache
def _choices(vocabulary: str) -> dict[str, str]:
    """Every accepted spelling (code or label in any language, folded) of a vocabulary → its code.

    The same answers as ``i18n.lookup_code`` (the first code in order wins),
    without folding every label again for every value: an import reads
    hundreds of thousands of choice values.
    """
    index: dict[str, str] = {}
    for code, labels in i18n.VOCABULARIES[vocabulary].items():
        for text in (code, *labels.values()):
            index.setdefault(i18n.normalise(text), code)
    return index


def _lookup_code(vocabulary: str, text: str) -> str | None:
    return _choices(vocabulary).get(i18n.normalise(text))


def parse_date(value: Any) -> str:
    """An ISO date string from ``2024-05-01``, ``01.05.2024``, a date or an Excel serial."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        if EXCEL_SERIAL_RANGE[0] <= value <= EXCEL_SERIAL_RANGE[1] and value == int(value):
            return (EXCEL_EPOCH + dt.timedelta(days=int(value))).isoformat()
        raise BadValue("not_date", value=value)
    text = str(value).strip()
    if " " in text or "T" in text:
        # Excel and JSON write datetimes; the time of day doesn't matter here.
        text = re.split(r"[ T]", text, maxsplit=1)[0]
    if _ISO_DATE.fullmatch(text):
        # The usual form, read without strptime (which is slow); a bad date
        # falls through to the patterns below and fails there as before.
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d.%m.%y"):
        try:
            return dt.datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    if text.isdecimal() and len(text) <= 6:
        # An Excel serial typed as text; isdecimal, because int() refuses "²".
        return parse_date(int(text))
    raise BadValue("not_date", value=_shown(value))


def _whole(value: Any) -> Any:
    """A float holding a whole number as an int: Excel turns "090110045" into 90110045.0."""
    if isinstance(value, float) and math.isfinite(value) and value == int(value):
        return int(value)
    return value


def parse_text(value: Any) -> str:
    value = _whole(value)
    # One kind of line break, and no other control characters: XLSX (XML)
    # can't hold them, so they would break export and round-trips.
    text = _CONTROL.sub("", str(value).replace("\r\n", "\n").replace("\r", "\n")).strip()
    if len(text) > MAX_TEXT:
        raise BadValue("text_too_long", limit=MAX_TEXT)
    return text


def parse_list(value: Any, vocabulary: str) -> str:
    """A ';'- or ','-separated list of codes, stored as ``gas;water``."""
    items = [part for part in re.split(r"[;,]", str(value)) if part.strip()]
    found: list[str] = []
    for item in items:
        code = _lookup_code(vocabulary, item)
        if code is None:
            raise BadValue("unknown_value", value=item.strip()[:40], allowed=", ".join(i18n.codes(vocabulary)))
        if code not in found:
            found.append(code)
    return ";".join(found)


def check_format(fmt: str | None, text: str) -> None:
    """BadValue unless ``text`` has the shape ``fmt`` asks for (an e-mail address, an http(s) link)."""
    if fmt == F.EMAIL_FORMAT and not _EMAIL.fullmatch(text):
        raise BadValue("not_email", value=text[:60])
    if fmt == F.URL_FORMAT and not _URL.fullmatch(text):
        raise BadValue("not_web_link", value=text[:60])


def parse_value(f: F.Field, value: Any, lookups: Lookups) -> Any:
    """The stored form of ``value`` for field ``f``; BadValue says why not."""
    if isinstance(value, list | dict):
        # JSON arrays and objects: str() would store their repr silently.
        raise BadValue("json_array" if isinstance(value, list) else "json_object")
    if f.type == F.TEXT:
        text = parse_text(value)
        if text:
            check_format(f.format, text)
        return text
    if f.type == F.FLOAT:
        return parse_number(value)
    if f.type == F.INT:
        return parse_int(value)
    if f.type == F.BOOL:
        return parse_bool(value)
    if f.type == F.DATE:
        return parse_date(value)
    if f.type == F.CHOICE:
        assert f.vocabulary
        code = _lookup_code(f.vocabulary, str(value))
        if code is None:
            raise BadValue("unknown_value", value=str(value).strip()[:40], allowed=", ".join(i18n.codes(f.vocabulary)))
        return code
    if f.type == F.LIST:
        assert f.vocabulary
        return parse_list(value, f.vocabulary)
    if f.type == F.TOWN:
        value = _whole(value)
        town = lookups.towns.get(i18n.normalise(str(value)))
        if town is None:
            raise BadValue("unknown_town", value=str(value).strip()[:60])
        return town
    if f.type == F.ZONE:
        value = _whole(value)
        zone = lookups.zones.get(i18n.normalise(str(value)))
        if zone is None:
            raise BadValue("unknown_zone", value=str(value).strip()[:60])
        return zone
    if f.type == F.PHOTOS:
        return split_list(value)
    raise AssertionError(f"unhandled field type {f.type}")


def _in_range(value: float, bounds: tuple[float, float]) -> bool:
    return bounds[0] <= value <= bounds[1]


def _has_coordinates(kind: F.Kind) -> bool:
    found = _HAS_COORDINATES.get(kind.name)
    if found is None:
        found = _HAS_COORDINATES[kind.name] = "lat" in kind.codes
    return found


_HAS_COORDINATES: dict[str, bool] = {}


def _check_record(kind: F.Kind, record: dict[str, Any], problems: list[Problem], lookups: Lookups) -> None:
    """Checks across fields, once every value has been read."""
    if kind is F.PREMISES and record.get("floor_area_m2") is None and record.get("land_area_ha") is None:
        if not any(p.column in ("floor_area_m2", "land_area_ha") for p in problems):
            problems.append(Problem("area_missing", column="floor_area_m2"))
    if _has_coordinates(kind):
        lat, lon = record.get("lat"), record.get("lon")
        if (lat is None) != (lon is None):
            missing = "lon" if lon is None else "lat"
            problems.append(Problem("lat_lon_pair", column=missing))
        elif lat is not None and lon is not None:
            if not (_in_range(lat, LAT_RANGE) and _in_range(lon, LON_RANGE)):
                swapped = _in_range(lon, LAT_RANGE) and _in_range(lat, LON_RANGE)
                code = "outside_kazakhstan_swapped" if swapped else "outside_kazakhstan"
                problems.append(Problem(code, {"lat": lat, "lon": lon}, column="lat"))
    power = record.get("power_kw")
    if power is not None and power > 0:
        if power > POWER_KW_MAX:
            problems.append(Problem("power_too_high", {"kw": power, "mw": power / 1000}, column="power_kw"))
        elif power < POWER_KW_MIN:
            problems.append(Problem("power_too_low", {"kw": power, "as_kw": power * 1000}, column="power_kw"))
    start, end = record.get("start_year"), record.get("end_year")
    if start is not None and end is not None and end < start:
        problems.append(Problem("end_before_start", {"end": end, "start": start}, column="end_year"))
    zone, town = record.get("zone"), record.get("town")
    if zone is not None and town is not None and lookups.zone_towns.get(zone, town) != town:
        problems.append(
            Problem(
                "zone_other_town", {"zone": zone, "zone_town": lookups.zone_towns[zone], "town": town}, column="zone"
            )
        )


class _Blank:
    """What a field check gives for a blank value (its field is stored empty)."""

    def __repr__(self) -> str:
        return "BLANK"


BLANK: Any = _Blank()
# What a column holds where a row has no value at all (a JSON object without
# the key): unlike a blank, the field is left out of the record.
ABSENT: Any = MISSING

# A column of CSV cells made of these characters only holds plain numbers
# (what a program writes) and blanks: float() reads such a cell exactly when
# parse_number does, to the same number (tests/catalog/test_column_checks.py),
# at C speed. Whole numbers of up to 15 digits are exact in a float, so int()
# of such a cell is what parse_int gives.
_NUMBER_CHARS = "0123456789.+-eE\n"
_WHOLE_CHARS = "0123456789\n"


@dataclass(frozen=True)
class FieldCheck:
    """One field's checks, compiled once from its definition in the field registry.

    :meth:`one` reads one value (the editing forms, a JSON or XLSX cell);
    :meth:`column` reads a whole column of an import and gives exactly what
    :meth:`one` gives for each of its values, taking a faster road where the
    cells allow it (plain CSV numbers, text without control characters, a
    vocabulary column of a few distinct spellings).
    """

    field: F.Field

    def one(self, value: Any, lookups: Lookups) -> Any:
        """The stored form of ``value``: BLANK for a blank, ABSENT for no value; BadValue says why not."""
        if value is ABSENT:
            return ABSENT
        if is_blank(value):
            return BLANK
        parsed = parse_value(self.field, value, lookups)
        if parsed == "":
            # Text of control characters only: as blank as an empty cell.
            return BLANK
        self._bounds(parsed)
        return parsed

    def _bounds(self, parsed: Any) -> None:
        f = self.field
        if isinstance(parsed, float | int) and not isinstance(parsed, bool) and f.type in (F.FLOAT, F.INT):
            if f.positive and parsed <= 0:
                raise BadValue("not_positive", value=parsed)
            if f.minimum is not None and parsed < f.minimum:
                raise BadValue("below_minimum", minimum=f.minimum, value=parsed)

    def _one_or_bad(self, value: Any, lookups: Lookups) -> Any:
        try:
            return self.one(value, lookups)
        except BadValue as exc:
            return exc

    def column(self, values: list[Any], lookups: Lookups) -> list[Any]:
        """:meth:`one` of every value, a BadValue in place of a value it refuses."""
        f = self.field
        if f.type == F.PHOTOS:
            # Each row its own list.
            return [self._one_or_bad(v, lookups) for v in values]
        try:
            joined = "\n".join(values)
        except TypeError:
            # Cells of several types (XLSX, JSON), where 1, 1.0 and True would
            # be taken for one value below.
            return [self._one_or_bad(v, lookups) for v in values]
        # A blank of an optional field is simply stored empty.
        blank = BLANK if f.required else None
        fast = None
        if f.type == F.TEXT and not f.format:
            fast = _text_cells(values, joined, blank)
        elif f.type == F.FLOAT and not joined.strip(_NUMBER_CHARS):
            fast = _number_cells(values, joined, float, blank)
        elif f.type == F.INT and not joined.strip(_WHOLE_CHARS) and max(map(len, values), default=0) <= 15:
            fast = _number_cells(values, joined, int, blank)
        if fast is not None:
            if f.positive or f.minimum is not None:
                # Only a column with a figure at or below a bound is checked figure by figure.
                low = max(0 if f.positive else -math.inf, -math.inf if f.minimum is None else f.minimum)
                numbers = [x for x in fast if x is not blank] if blank in fast else fast
                if numbers and min(numbers) <= low:
                    fast = [x if x is blank else self._bounded(x) for x in fast]
            return fast
        # Everything else is read once per distinct spelling: a vocabulary,
        # yes/no or town column holds few of them.
        table = {value: self._one_or_bad(value, lookups) for value in set(values)}
        if blank is None:
            table = {value: None if result is BLANK else result for value, result in table.items()}
        return list(map(table.__getitem__, values))

    def _bounded(self, parsed: Any) -> Any:
        try:
            self._bounds(parsed)
        except BadValue as exc:
            return exc
        return parsed


def _text_cells(values: list[str], joined: str, blank: Any) -> list[Any] | None:
    """Text cells read as parse_text reads them, when none holds a carriage return or control character."""
    if "\r" in joined or _CONTROL.search(joined):
        return None
    stripped = list(map(str.strip, values))
    if len(joined) > MAX_TEXT and max(map(len, stripped), default=0) > MAX_TEXT:
        return None
    if "" not in stripped:
        return stripped
    return [text if text else blank for text in stripped]


def _number_cells(values: list[str], joined: str, read: Any, blank: Any) -> list[Any] | None:
    """Cells of digits, signs, points and exponents read by float() or int(); None if one isn't a number."""
    try:
        if "" not in values:
            numbers: list[Any] = list(map(read, values))
        else:
            numbers = [read(v) if v else blank for v in values]
    except ValueError:
        return None
    if read is float and ("e" in joined or "E" in joined or max(map(len, values), default=0) > 300):
        # 1e999, or 400 digits, is no number to parse_number (float() gives inf).
        if not all(math.isfinite(x) for x in numbers if x is not blank):
            return None
    return numbers


@functools.cache
def field_check(f: F.Field) -> FieldCheck:
    """The compiled checks of field ``f`` (made once per field)."""
    return FieldCheck(f)


def validate(kind: F.Kind, raw: Mapping[str, Any], lookups: Lookups) -> tuple[dict[str, Any], list[Problem]]:
    """Read and check one record.

    ``raw`` maps field codes to values as typed (strings, or numbers and dates
    from XLSX and JSON). Returns the stored form of every field given, and the
    problems found; each problem names its field code as the column.
    Missing keys are left out of the record, so an update can be partial;
    blank values become None.
    """
    columns = {f.code: [raw[f.code]] for f in kind.fields if f.code in raw}
    records, problems = validate_columns(kind, columns, 1, lookups, one_by_one=True)
    return records[0], problems.get(0, [])


def validate_columns(
    kind: F.Kind,
    columns: Mapping[str, list[Any]],
    count: int,
    lookups: Lookups,
    *,
    one_by_one: bool = False,
) -> tuple[list[dict[str, Any]], dict[int, list[Problem]]]:
    """Read and check ``count`` records given column by column (an import): what :func:`validate` gives for each.

    ``columns`` maps field codes to their ``count`` values; a field without a
    column is missing from every record, an ABSENT cell from its record only.
    Returns the records and, by record index, their problems (in the order
    :func:`validate` finds them). ``one_by_one`` reads each value by itself
    (:meth:`FieldCheck.one`), as a form does.
    """
    problems: dict[int, list[Problem]] = {}
    codes: list[str] = []
    stored: list[list[Any]] = []
    left_out: dict[int, list[str]] = {}
    for f in kind.fields:
        code = f.code
        values = columns.get(code)
        if values is None:
            if f.required and code != "id":
                for index in range(count):
                    problems.setdefault(index, []).append(Problem("required_missing", column=code))
            continue
        check = field_check(f)
        if one_by_one:
            results = [check._one_or_bad(v, lookups) for v in values]
        else:
            results = check.column(values, lookups)
        for index in _special(results):
            result = results[index]
            if result is BLANK:
                if f.required:
                    problems.setdefault(index, []).append(Problem("required_empty", column=code))
                results[index] = [] if f.type == F.PHOTOS else None
                continue
            if result is ABSENT:
                if f.required and code != "id":
                    problems.setdefault(index, []).append(Problem("required_missing", column=code))
            else:
                problems.setdefault(index, []).append(result.problem.at(column=code))
            left_out.setdefault(index, []).append(code)
        codes.append(code)
        stored.append(results)
    records = [dict(zip(codes, values, strict=True)) for values in zip(*stored, strict=True)] if codes else []
    if not codes:
        records = [{} for _ in range(count)]
    for index, gone in left_out.items():
        for code in gone:
            del records[index][code]
    for index, record in enumerate(records):
        found = problems.get(index)
        own = found if found is not None else []
        _check_record(kind, record, own, lookups)
        if own and found is None:
            problems[index] = own
    return records, problems


def _special(results: list[Any]) -> list[int]:
    """Where a column's results are not stored values: blanks, absent cells and refusals."""
    special = {t for t in set(map(type, results)) if t in (_Blank, type(ABSENT)) or issubclass(t, BadValue)}
    if not special:
        return []
    return [i for i, r in enumerate(results) if type(r) in special]


def merged_with_stored(kind: F.Kind, stored: Mapping[str, Any], given: Mapping[str, Any]) -> dict[str, Any]:
    """What an update of ``stored`` with the values ``given`` is checked as: the stored record under them.

    An update touches only the fields given (an import's columns, a form's
    changes), so it needs no others, yet the record it leaves must still be
    valid as a whole: a required field it leaves out keeps its stored value,
    and checks across fields (both coordinates, a zone in the record's town)
    see the stored values of the fields not given. Photos live in their own
    table and are never part of the stored record.
    """
    merged = {code: stored.get(code) for code in kind.stored_codes}
    merged.update(given)
    return merged


def validate_update(
    kind: F.Kind, stored: Mapping[str, Any], given: Mapping[str, Any], lookups: Lookups
) -> tuple[dict[str, Any], list[Problem]]:
    """Check an update (see :func:`merged_with_stored`); the record holds only the fields given."""
    record, problems = validate(kind, merged_with_stored(kind, stored, given), lookups)
    return only_given(record, given), problems


def only_given(record: Mapping[str, Any], given: Iterable[str]) -> dict[str, Any]:
    """What an update writes of a checked merged record: the fields given, and nothing else."""
    codes = set(given)
    return {code: value for code, value in record.items() if code in codes}
