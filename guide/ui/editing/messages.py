"""The catalog's problem messages in the UI language.

Validation has one implementation, :mod:`guide.catalog.validate`, and it
speaks English (the command line prints its messages as they are). The forms
and the import dialog show the same problems, found by the same code, worded
in the user's language: each known message shape is matched here and
rewritten through Qt's translator. A message with no known shape is shown as
it is, so nothing is ever hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

_VALUE = r"(?P<value>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")"


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        text = text[1:-1]
    return text.replace("\\'", "'").replace('\\"', '"')


Rewrite = Callable[[re.Match[str]], str]


def _value(match: re.Match[str], name: str = "value") -> str:
    return "«" + _unquote(match.group(name)) + "»"


_RULES: list[tuple[re.Pattern[str], Rewrite]] = [
    (re.compile(r"required, but (missing|empty)$"), lambda m: QCoreApplication.translate("Problems", "Обязательное поле")),
    (re.compile(rf"{_VALUE}(\.\.\.)? is too large a number$"), lambda m: QCoreApplication.translate("Problems", "{value} — слишком большое число").format(value=_value(m))),
    (re.compile(rf"{_VALUE} is not a finite number$"), lambda m: QCoreApplication.translate("Problems", "{value} — не число").format(value=_value(m))),
    (re.compile(rf"{_VALUE} is not a whole number$"), lambda m: QCoreApplication.translate("Problems", "{value} — не целое число").format(value=_value(m))),
    (re.compile(rf"{_VALUE} is not a number$"), lambda m: QCoreApplication.translate("Problems", "{value} — не число").format(value=_value(m))),
    (re.compile(rf"{_VALUE} is not yes or no"), lambda m: QCoreApplication.translate("Problems", "{value} — не «да» или «нет»").format(value=_value(m))),
    (re.compile(rf"{_VALUE} is not a date"), lambda m: QCoreApplication.translate("Problems", "{value} — не дата; пишите так: 01.05.2024").format(value=_value(m))),
    (re.compile(r"(?P<value>\S+) is not a date$"), lambda m: QCoreApplication.translate("Problems", "{value} — не дата; пишите так: 01.05.2024").format(value="«" + m.group("value") + "»")),
    (re.compile(r"text is longer than (?P<n>\d+) characters"), lambda m: QCoreApplication.translate("Problems", "Текст длиннее {n} знаков").format(n=m.group("n"))),
    (re.compile(rf"unknown value {_VALUE}; expected( one of)?: (?P<allowed>.*)$"),
     lambda m: QCoreApplication.translate("Problems", "Неизвестное значение {value}; допустимо: {allowed}").format(value=_value(m), allowed=m.group("allowed"))),
    (re.compile(r"expected one value, not a JSON (array|object)"), lambda m: QCoreApplication.translate("Problems", "Нужно одно значение, а не список")),
    (re.compile(rf"unknown town {_VALUE}"), lambda m: QCoreApplication.translate("Problems", "Неизвестный город {value}").format(value=_value(m))),
    (re.compile(rf"unknown small industrial zone {_VALUE}"), lambda m: QCoreApplication.translate("Problems", "Неизвестная малая промзона {value}").format(value=_value(m))),
    (re.compile(r"give floor_area_m2 or land_area_ha \(or both\)"), lambda m: QCoreApplication.translate("Problems", "Укажите площадь помещения или площадь участка")),
    (re.compile(r"give both lat and lon, or neither"), lambda m: QCoreApplication.translate("Problems", "Укажите и широту, и долготу (или ни одну)")),
    (re.compile(r"coordinates (?P<lat>\S+), (?P<lon>\S+) are outside Kazakhstan; lat/lon look swapped"),
     lambda m: QCoreApplication.translate("Problems", "Координаты {lat}, {lon} вне Казахстана; похоже, широта и долгота перепутаны местами").format(lat=m.group("lat"), lon=m.group("lon"))),
    (re.compile(r"coordinates (?P<lat>\S+), (?P<lon>\S+) are outside Kazakhstan"),
     lambda m: QCoreApplication.translate("Problems", "Координаты {lat}, {lon} вне Казахстана").format(lat=m.group("lat"), lon=m.group("lon"))),
    (re.compile(r"(?P<kw>\S+) kW is implausible for one site: kW or MW\? \((?P<mw>\S+) MW"),
     lambda m: QCoreApplication.translate("Problems", "{kw} кВт — слишком много для одного объекта. Может быть, это МВт? ({mw} МВт = {kw} кВт)").format(kw=m.group("kw"), mw=m.group("mw"))),
    (re.compile(r"(?P<kw>\S+) kW is implausibly small: kW or MW\? \(\S+ MW = (?P<as_kw>\S+) kW"),
     lambda m: QCoreApplication.translate("Problems", "{kw} кВт — слишком мало. Может быть, это МВт? ({kw} МВт = {as_kw} кВт)").format(kw=m.group("kw"), as_kw=m.group("as_kw"))),
    (re.compile(r"end year (?P<end>\d+) is before start year (?P<start>\d+)"),
     lambda m: QCoreApplication.translate("Problems", "Год завершения {end} раньше года начала {start}").format(end=m.group("end"), start=m.group("start"))),
    (re.compile(r"zone (?P<zone>\S+) is in (?P<town>\S+), not in (?P<other>\S+)"), lambda m: QCoreApplication.translate("Problems", "Эта промзона находится в другом городе")),
    (re.compile(r"must be greater than zero, not (?P<v>\S+)"), lambda m: QCoreApplication.translate("Problems", "Должно быть больше нуля, а не {v}").format(v=m.group("v"))),
    (re.compile(r"must be at least (?P<min>\S+), not (?P<v>\S+)"),
     lambda m: QCoreApplication.translate("Problems", "Должно быть не меньше {min}, а не {v}").format(min=m.group("min"), v=m.group("v"))),
    (re.compile(r"a record with id (?P<id>.+) exists already"), lambda m: QCoreApplication.translate("Problems", "Запись с кодом {id} уже есть").format(id=m.group("id"))),
    (re.compile(rf"unknown column {_VALUE} \(column (?P<n>\d+)\)"),
     lambda m: QCoreApplication.translate("Problems", "Неизвестный столбец {value} (столбец {n}); сверьте заголовки с шаблоном").format(value=_value(m), n=m.group("n"))),
    (re.compile(rf"duplicate column: {_VALUE} and (?P<other>'[^']*'|\"[^\"]*\")"),
     lambda m: QCoreApplication.translate("Problems", "Столбцы {value} и {other} — один и тот же столбец").format(value=_value(m), other=_value(m, "other"))),
    (re.compile(r"required column floor_area_m2 or land_area_ha is missing"),
     lambda m: QCoreApplication.translate("Problems", "Нет столбца площади помещения или площади участка")),
    (re.compile(r"required column (?P<code>\S+) \((?P<label>.*)\) is missing"),
     lambda m: QCoreApplication.translate("Problems", "Нет обязательного столбца «{label}» ({code})").format(label=m.group("label"), code=m.group("code"))),
    (re.compile(r"the file has no header row"), lambda m: QCoreApplication.translate("Problems", "В файле нет строки заголовков")),
    (re.compile(r"the file has a header but no data rows"), lambda m: QCoreApplication.translate("Problems", "В файле есть заголовки, но нет строк с данными")),
    (re.compile(r"duplicate id (?P<id>.+) \(also in row (?P<row>\d+)\)"),
     lambda m: QCoreApplication.translate("Problems", "Код {id} повторяется (он же в строке {row})").format(id=m.group("id"), row=m.group("row"))),
    (re.compile(r"id (?P<id>.+): must be a positive whole number"), lambda m: QCoreApplication.translate("Problems", "Код {id} должен быть целым числом больше нуля").format(id=m.group("id"))),
    (re.compile(rf"photo path {_VALUE} must be relative"),
     lambda m: QCoreApplication.translate("Problems", "Путь к фото {value} должен быть относительным, от папки файла, без «..»").format(value=_value(m))),
    (re.compile(rf"photo path {_VALUE} leads outside"), lambda m: QCoreApplication.translate("Problems", "Путь к фото {value} ведёт за пределы папки файла").format(value=_value(m))),
    (re.compile(rf"photo {_VALUE} can't be read: (?P<why>.*)$"),
     lambda m: QCoreApplication.translate("Problems", "Фото {value} не читается: {why}").format(value=_value(m), why=m.group("why"))),
    (re.compile(r"premise (?P<id>\S+): its zone is in another town"),
     lambda m: QCoreApplication.translate("Problems", "Помещение {id}: его промзона находится в другом городе").format(id=m.group("id"))),
    # Images (guide.catalog.photos): "name: reason".
    (re.compile(r"^(?P<name>.*): not an image"), lambda m: QCoreApplication.translate("Problems", "«{name}» — не изображение (нужен JPEG, PNG, GIF, WebP или BMP)").format(name=m.group("name"))),
    (re.compile(r"^(?P<name>.*): the image is too large to open safely \((?P<size>\S+) pixels; at most (?P<max>\d+) megapixels\)"),
     lambda m: QCoreApplication.translate("Problems", "«{name}» — слишком большое изображение ({size} точек; не более {max} мегапикселей)").format(name=m.group("name"), size=m.group("size"), max=m.group("max"))),
    (re.compile(r"^(?P<name>.*): the image is too large to open safely"),
     lambda m: QCoreApplication.translate("Problems", "«{name}» — слишком большое изображение, открывать его небезопасно").format(name=m.group("name"))),
    (re.compile(r"^(?P<name>.*): the file is larger than (?P<mb>\d+) MB"),
     lambda m: QCoreApplication.translate("Problems", "«{name}» — файл больше {mb} МБ").format(name=m.group("name"), mb=m.group("mb"))),
    (re.compile(r"^(?P<name>.*): unsupported image type (?P<fmt>\S+); use JPEG or PNG"),
     lambda m: QCoreApplication.translate("Problems", "«{name}» — формат {fmt} не поддерживается; используйте JPEG или PNG").format(name=m.group("name"), fmt=m.group("fmt"))),
    # Reading files (guide.catalog.tabular): "path: reason".
    (re.compile(r"^(?P<path>.*): unsupported file type"), lambda m: QCoreApplication.translate("Problems", "{path}: такой тип файла не читается; нужен .xlsx, .csv или .json").format(path=m.group("path"))),
    (re.compile(r"^(?P<path>.*): the file is empty$"), lambda m: QCoreApplication.translate("Problems", "{path}: файл пуст").format(path=m.group("path"))),
    (re.compile(r"^(?P<path>.*): can't be read: (?P<why>.*)$"), lambda m: QCoreApplication.translate("Problems", "{path}: не удаётся прочитать файл ({why})").format(path=m.group("path"), why=m.group("why"))),
    (re.compile(r"^(?P<path>.*): not a readable XLSX workbook"), lambda m: QCoreApplication.translate("Problems", "{path}: это не книга Excel (.xlsx) или она повреждена").format(path=m.group("path"))),
    (re.compile(r"^(?P<path>.*): not readable text"), lambda m: QCoreApplication.translate("Problems", "{path}: это не текстовый файл CSV").format(path=m.group("path"))),
    (re.compile(r"^(?P<path>.*): can't write(?: in (?P<folder>.*?))?: (?P<why>.*)$"),
     lambda m: QCoreApplication.translate("Problems", "{path}: не удаётся записать файл ({why})").format(path=m.group("path"), why=m.group("why"))),
]  # fmt: skip


def translate_problem(message: str) -> str:
    """``message`` from the catalog, in the UI language when its shape is known."""
    for pattern, rewrite in _RULES:
        match = pattern.search(message)
        if match:
            return rewrite(match)
    return message
