"""Writes the committed import test files (run once; the files are committed).

They stand for the files akimat staff really send: an XLSX saved by Excel with
Russian headers and mixed value styles, a cp1251 ';'-separated CSV from
Russian-locale Excel, a Kazakh-headed CSV with a BOM, an English JSON, and one
bad file per format. Written with openpyxl, csv and json directly, never with
the program's own writer. Run: ``python tests/data/import/make_files.py``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from openpyxl import Workbook
from PIL import Image

HERE = Path(__file__).resolve().parent


def xlsx(path: Path, headers: list[str], rows: list[list[object]]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Лист1"
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    # A second sheet of notes, as real workbooks have; the importer reads only the first.
    workbook.create_sheet("Примечания").append(["Данные предоставлены отделом экономики"])
    workbook.save(path)


def csv_bytes(headers: list[str], rows: list[list[object]], *, delimiter: str, encoding: str) -> bytes:
    """CSV as Excel saves it; like Excel, letters the code page lacks (², ³) become '?'."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    return buffer.getvalue().encode(encoding, errors="replace")


def photos() -> None:
    folder = HERE / "photos"
    folder.mkdir(exist_ok=True)
    Image.new("RGB", (8, 6), (180, 120, 40)).save(folder / "sklad-1.jpg", "JPEG")
    Image.new("RGB", (6, 8), (40, 120, 180)).save(folder / "sklad-2.png", "PNG")
    (folder / "not-an-image.jpg").write_bytes(b"this is text, not a JPEG")


def premises_akimat_ru() -> None:
    headers = [
        "Город",
        "Наименование",
        "Тип объекта",
        "Адрес",
        "Площадь, м²",
        "Площадь участка, га",
        "Электричество, кВт",
        "Газ",
        "Водоснабжение",
        "Теплоснабжение",
        "Ж/д тупик",
        "Цена, тенге",
        "Условия",
        "Форма собственности",
        "Статус",
        "Недостающая инфраструктура",
        "Обязательство акимата",
        "Срок обязательства",
        "Дата актуальности",
        "Широта",
        "Долгота",
        "Фото",
    ]
    rows = [
        [
            "Балхаш",
            "Склад ГСМ бывшей автобазы",
            "Склад",
            "г. Балхаш, ул. Промышленная, 12",
            "1 250,5",
            None,
            250,
            "да",
            "нет",
            "Да",
            "нет",
            "4 500 000",
            "Продажа",
            "Коммунальная",
            "Свободно",
            "газ; теплоснабжение",
            "Подвести газ до границы участка",
            "01.09.2025",
            dt.datetime(2024, 5, 1),
            46.84,
            74.99,
            "photos/sklad-1.jpg; photos/sklad-2.png",
        ],
        [
            "Балқаш",
            "Офис в здании бывшего управления",
            "Кеңсе",
            "г. Балхаш, пр. Металлургов, 3",
            320,
            None,
            60,
            "иә",
            "иә",
            "иә",
            "жоқ",
            "1250.5",
            "Аренда",
            "Частная",
            "Зарезервировано",
            None,
            None,
            None,
            "2024-05-01",
            None,
            None,
            None,
        ],
        [
            "Temirtau",
            "Земельный участок под логистический центр",
            "Land plot",
            None,
            None,
            "2,5",
            None,
            1,
            0,
            False,
            True,
            None,
            "sale",
            "STATE",
            "vacant",
            "electricity, water, Rail siding",
            "Провести ЛЭП 10 кВ",
            dt.date(2025, 12, 31),
            45413,
            None,
            None,
            None,
        ],
    ]
    xlsx(HERE / "premises_akimat_ru.xlsx", headers, rows)


def premises_cp1251() -> None:
    headers = ["Город", "Наименование", "Тип объекта", "Площадь, м²", "Цена, тенге", "Газ", "Дата актуальности"]
    rows = [
        [
            "Шахтинск",
            "Цех по ремонту горного оборудования",
            "Производственный цех",
            "1 800",
            "2 700 000,50",
            "да",
            "15.03.2024",
        ],
        ["Абай", "Склад «Ё-моё»", "склад", "640,25", "", "нет", "2024-03-16"],
    ]
    (HERE / "premises_cp1251.csv").write_bytes(csv_bytes(headers, rows, delimiter=";", encoding="cp1251"))


def premises_kk() -> None:
    headers = ["Қала", "Атауы", "Нысан түрі", "Аудан, м²", "Электр қуаты, кВт", "Газ", "Сумен жабдықтау", "Мәртебесі"]
    rows = [
        ["Теміртау", "Өндірістік цех «Құрылыс»", "Өндірістік цех", "2 400", "800", "иә", "жоқ", "Бос"],
        ["Сарань", "Қойма", "Қойма", "500,5", "", "жоқ", "иә", "Сатылған"],
    ]
    text = csv_bytes(headers, rows, delimiter=",", encoding="utf-8")
    (HERE / "premises_kk.csv").write_bytes(b"\xef\xbb\xbf" + text)


def suppliers_en() -> None:
    items = [
        {
            "Town": "Temirtau",
            "Name": "Temirtau Rail Logistics LLP",
            "Niche": "Logistics",
            "Local firm": "yes",
            "Phone": "+7 7213 00-00-99",
            "Description": 'Rail and road transport; "door to door" <24 h> & storage',
        },
        {"Town": "shakhtinsk", "Name": "ТОО «Шахтинск Сервис»", "Niche": "services", "Local firm": False},
    ]
    (HERE / "suppliers_en.json").write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


BAD_HEADERS = [
    "id",
    "Город",
    "Наименование",
    "Тип объекта",
    "Площадь, м²",
    "Статус",
    "Широта",
    "Долгота",
    "Электричество, кВт",
    "Дата актуальности",
    "Условия",
    "Форма собственности",
    "Фото",
]
BAD_ROWS: list[list[object]] = [
    # a good row: all or nothing keeps it out too
    [
        None,
        "Темиртау",
        "Хороший цех",
        "Производственный цех",
        1000,
        "Свободно",
        50.05,
        72.96,
        500,
        "01.05.2024",
        "Аренда",
        "Частная",
        None,
    ],
    [None, "Караганда-Сити", "Неизвестный город", "Склад", 100, None, None, None, None, None, None, None, None],
    [None, "Темиртау", "Неизвестный тип", "Ангар", 100, None, None, None, None, None, None, None, None],
    [None, "Темиртау", "Неизвестный статус", "Склад", 100, "Свободен", None, None, None, None, None, None, None],
    [None, "Темиртау", "Нулевая площадь", "Склад", 0, None, None, None, None, None, None, None, None],
    [None, "Темиртау", "Не число", "Склад", "около 500", None, None, None, None, None, None, None, None],
    [None, "Темиртау", "Перепутаны координаты", "Склад", 100, None, 72.96, 50.05, None, None, None, None, None],
    [None, "Темиртау", "Мегаватты", "Склад", 100, None, None, None, 2_500_000, None, None, None, None],
    [None, "Темиртау", "Плохая дата", "Склад", 100, None, None, None, None, "32.13.2024", None, None, None],
    [None, "Темиртау", "Неизвестные условия", "Склад", 100, None, None, None, None, None, "Бартер", None, None],
    [None, "Темиртау", "Неизвестная собственность", "Склад", 100, None, None, None, None, None, None, "Общая", None],
    [7001, "Темиртау", "Первый с кодом", "Склад", 100, None, None, None, None, None, None, None, None],
    [7001, "Темиртау", "Повтор кода", "Склад", 100, None, None, None, None, None, None, None, None],
    [
        None,
        "Темиртау",
        "Не картинка",
        "Склад",
        100,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        "photos/not-an-image.jpg",
    ],
    [None, "Темиртау", "Фото вне папки", "Склад", 100, None, None, None, None, None, None, None, "../secret.jpg"],
]


def bad_files() -> None:
    xlsx(HERE / "premises_bad.xlsx", BAD_HEADERS, BAD_ROWS)
    (HERE / "premises_bad.csv").write_bytes(csv_bytes(BAD_HEADERS, BAD_ROWS, delimiter=";", encoding="utf-8"))
    items = [{h: v for h, v in zip(BAD_HEADERS, row, strict=True) if v is not None} for row in BAD_ROWS]
    (HERE / "premises_bad.json").write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    photos()
    premises_akimat_ru()
    premises_cp1251()
    premises_kk()
    suppliers_en()
    bad_files()
