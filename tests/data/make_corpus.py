"""Write the import corpus: awkward real-world files and what importing each must give.

Run ``.venv/bin/python -m tests.data.make_corpus`` from the repository root to
regenerate ``tests/data/import_corpus/`` (the files are committed, so the tests
never need this script). Each case below writes one file and states its
expected outcome by hand, in ``expected.json``:

- ``"outcome": "ok"``: the file imports; ``added``/``updated`` count the rows and
  ``records`` lists fields of the imported records (found by ``id``, or else by
  their title or name field) that must hold exactly these values;
- ``"outcome": "rejected"``: nothing changes and every item of ``problems``
  (``row``, ``column`` and a piece of the message) is reported. A ``row`` of
  ``null`` means the whole file is refused before any row is read.

The expectations are written here by hand, never computed by the importer.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook

CORPUS = Path(__file__).resolve().parent / "import_corpus"
NBSP = "\u00a0"
NNBSP = "\u202f"

Case = tuple[str, Callable[[Path], None], dict[str, Any]]
CASES: list[Case] = []


def case(name: str, expectation: dict[str, Any]) -> Callable[[Callable[[Path], None]], Callable[[Path], None]]:
    """Register a writer of ``name`` with its expected outcome."""

    def register(writer: Callable[[Path], None]) -> Callable[[Path], None]:
        CASES.append((name, writer, expectation))
        return writer

    return register


def ok(kind: str, added: int, updated: int = 0, records: list[dict[str, Any]] | None = None, **extra: Any) -> dict:
    return {"kind": kind, "outcome": "ok", "added": added, "updated": updated, "records": records or [], **extra}


def rejected(kind: str, *problems: tuple[int | None, str | None, str], **extra: Any) -> dict:
    return {
        "kind": kind,
        "outcome": "rejected",
        "problems": [{"row": row, "column": column, "contains": text} for row, column, text in problems],
        **extra,
    }


def write_csv(
    path: Path, rows: list[list[Any]], *, delimiter: str = ",", encoding: str = "utf-8", newline: str = "\r\n"
) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


def write_xlsx(
    path: Path,
    sheets: dict[str, list[list[Any]]],
    *,
    prepare: Callable[[Any], None] | None = None,
    cached: dict[str, Any] | None = None,
    prepare_workbook: Callable[[Any], None] | None = None,
    rewrite: Callable[[str, bytes], bytes] | None = None,
) -> None:
    """A workbook with these sheets; ``cached`` adds saved formula results (cell ref → value), as Excel does."""
    workbook = Workbook()
    first = True
    for title, rows in sheets.items():
        sheet = workbook.active if first else workbook.create_sheet()
        assert sheet is not None
        sheet.title = title
        for row in rows:
            sheet.append(row)
        if first and prepare:
            prepare(sheet)
        first = False
    if prepare_workbook:
        prepare_workbook(workbook)
    fixed = dt.datetime(2026, 1, 1)
    workbook.properties.created = fixed
    workbook.properties.modified = fixed
    buffer = io.BytesIO()
    workbook.save(buffer)
    # Re-zipped with fixed timestamps, so regenerating gives the same bytes; and
    # with the formula results Excel would have saved (openpyxl writes none).
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "docProps/core.xml":
                # openpyxl stamps the save time here, whatever the properties say.
                content = re.sub(
                    rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>2026-01-01T00:00:00Z<", content
                )
            if cached and item.filename == "xl/worksheets/sheet1.xml":
                xml = content.decode()
                for ref, value in cached.items():
                    xml, n = re.subn(rf'(<c r="{ref}"[^>]*><f>[^<]*</f>)<v ?/>', rf"\g<1><v>{value}</v>", xml)
                    assert n == 1, ref
                content = xml.encode()
            if rewrite:
                content = rewrite(item.filename, content)
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, content)
    path.write_bytes(out.getvalue())


def png(width: int, height: int) -> bytes:
    """A PNG whose header declares ``width``×``height`` but that holds only a few bytes of pixels."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0")) + chunk(b"IEND", b"")


def real_png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 6), (200, 120, 40)).save(buffer, format="PNG")
    return buffer.getvalue()


CODES = ["town", "title", "kind", "floor_area_m2"]
RU = ["Город", "Наименование", "Тип объекта", "Площадь, м²"]


# -- encodings, delimiters, line endings ---------------------------------------


@case(
    "ru_excel_cp1251_semicolon.csv",
    ok(
        "premises",
        2,
        note="Russian-locale Excel's 'CSV (разделители — точка с запятой)': cp1251, ';', decimal commas; "
        "cp1251 has no '²', so the template's header arrives as 'Площадь, м2'",
        records=[
            {
                "title": 'Склад ТОО "Альфа"',
                "town": "temirtau",
                "kind": "warehouse",
                "floor_area_m2": 1250.5,
                "gas": 1,
                "available_from": "2024-05-01",
                "price_kzt": 2500000.0,
            },
            {
                "title": "Цех №2",
                "town": "balkhash",
                "kind": "production_hall",
                "floor_area_m2": 800.0,
                "gas": 0,
                "available_from": None,
                "price_kzt": None,
            },
        ],
    ),
)
def _(path: Path) -> None:
    rows = [
        ["Город", "Наименование", "Тип объекта", "Площадь, м2", "Газ", "Доступно с", "Цена, тенге"],
        ["Темиртау", 'Склад ТОО "Альфа"', "Склад", "1250,5", "да", "01.05.2024", "2500000"],
        ["Балхаш", "Цех №2", "Производственный цех", "800", "нет", "", ""],
    ]
    write_csv(path, rows, delimiter=";", encoding="cp1251")


@case(
    "utf8_bom_comma.csv",
    ok(
        "premises",
        1,
        note="UTF-8 with a BOM (Excel's 'CSV UTF-8')",
        records=[{"title": "Офис в Абае", "town": "abai", "kind": "office", "floor_area_m2": 120.0}],
    ),
)
def _(path: Path) -> None:
    write_csv(path, [CODES, ["abai", "Офис в Абае", "office", "120"]], encoding="utf-8-sig")


@case(
    "utf16_tab_unicode_text.csv",
    ok(
        "premises",
        1,
        note="Excel's 'Unicode text': UTF-16 with a BOM, tab-separated",
        records=[{"title": "Қойма Балқашта", "town": "balkhash", "kind": "warehouse", "floor_area_m2": 300.0}],
    ),
)
def _(path: Path) -> None:
    write_csv(path, [CODES, ["Балқаш", "Қойма Балқашта", "Қойма", "300"]], delimiter="\t", encoding="utf-16")


@case(
    "tab_separated.csv",
    ok(
        "premises",
        2,
        note="tab-separated values saved with a .csv name",
        records=[{"title": "Склад A", "floor_area_m2": 50.0}, {"title": "Склад B", "floor_area_m2": 60.0}],
    ),
)
def _(path: Path) -> None:
    write_csv(
        path,
        [CODES, ["temirtau", "Склад A", "warehouse", "50"], ["temirtau", "Склад B", "warehouse", "60"]],
        delimiter="\t",
    )


@case(
    "mixed_line_endings.csv",
    ok(
        "premises",
        3,
        note="CRLF, LF and a lone CR in one file",
        records=[{"title": "Строка 1"}, {"title": "Строка 2"}, {"title": "Строка 3"}],
    ),
)
def _(path: Path) -> None:
    text = (
        "town,title,kind,floor_area_m2\r\n"
        "temirtau,Строка 1,warehouse,10\n"
        "temirtau,Строка 2,warehouse,20\r"
        "temirtau,Строка 3,warehouse,30\r\n"
    )
    path.write_bytes(text.encode())


@case(
    "quoted_semicolons_and_newlines.csv",
    ok(
        "premises",
        2,
        note="';' and line breaks inside quoted cells; row numbers must follow Excel rows",
        records=[
            {"title": "Цех; бывший РМЗ", "address": "ул. Заводская, 5;\nкорпус 2"},
            {"title": 'Склад "Южный"', "address": None},
        ],
    ),
)
def _(path: Path) -> None:
    write_csv(
        path,
        [
            [*CODES, "address"],
            ["temirtau", "Цех; бывший РМЗ", "production_hall", "100", "ул. Заводская, 5;\nкорпус 2"],
            ["temirtau", 'Склад "Южный"', "warehouse", "200", ""],
        ],
        delimiter=";",
    )


@case(
    "multiline_cell_then_error.csv",
    rejected(
        "premises",
        (3, "floor_area_m2", "not a number"),
        note="a cell spanning three lines in row 2 must not shift the row number of the error in row 3",
    ),
)
def _(path: Path) -> None:
    write_csv(
        path,
        [
            [*CODES, "description"],
            ["temirtau", "Цех", "production_hall", "100", "строка 1\nстрока 2\nстрока 3"],
            ["temirtau", "Склад", "warehouse", "сто", ""],
        ],
    )


@case(
    "trailing_empty_columns.csv",
    ok(
        "premises",
        1,
        note="Excel's trailing empty columns and separators",
        records=[{"title": "Участок", "kind": "land_plot", "land_area_ha": 2.5, "floor_area_m2": None}],
    ),
)
def _(path: Path) -> None:
    path.write_bytes("town;title;kind;land_area_ha;;;\r\nsaran;Участок;land_plot;2,5;;;\r\n;;;;;;\r\n".encode())


@case(
    "blank_rows_between.csv",
    ok(
        "premises",
        2,
        note="blank lines and rows of empty cells between records are skipped",
        records=[{"title": "Первый"}, {"title": "Второй"}],
    ),
)
def _(path: Path) -> None:
    path.write_bytes(
        "town,title,kind,floor_area_m2\r\n\r\ntemirtau,Первый,office,10\r\n,,,\r\n\r\n"
        "temirtau,Второй,office,20\r\n".encode()
    )


@case(
    "value_without_header.csv",
    rejected(
        "premises", (2, "5", "without a header"), note="a value in a column with no header would be silently lost"
    ),
)
def _(path: Path) -> None:
    write_csv(path, [[*CODES, ""], ["temirtau", "Офис", "office", "10", "потерянное значение"]])


@case(
    "binary_png_renamed.csv",
    rejected("premises", (None, None, "binary_png_renamed.csv"), note="a picture renamed to .csv"),
)
def _(path: Path) -> None:
    path.write_bytes(real_png())


@case("empty.csv", rejected("premises", (None, None, "empty"), note="0 bytes"))
def _(path: Path) -> None:
    path.write_bytes(b"")


@case("whitespace_only.csv", rejected("premises", (None, None, "empty"), note="only blank lines"))
def _(path: Path) -> None:
    path.write_bytes(b"\r\n  \r\n\t\r\n")


@case("header_only.csv", rejected("premises", (1, None, "no data rows"), note="a header and nothing else"))
def _(path: Path) -> None:
    write_csv(path, [CODES])


@case("header_only.xlsx", rejected("premises", (1, None, "no data rows"), note="a sheet with only the header"))
def _(path: Path) -> None:
    write_xlsx(path, {"Лист1": [RU]})


@case(
    "template_hint_row.csv",
    ok("premises", 1, note="a template's '#' hint row is skipped", records=[{"title": "Из шаблона", "kind": "office"}]),
)
def _(path: Path) -> None:
    write_csv(
        path,
        [
            RU,
            ["# код или название города", "# обязательно", "# office, warehouse", "# число"],
            ["Темиртау", "Из шаблона", "Офис", "15"],
        ],
    )


# -- headers -----------------------------------------------------------------------


@case(
    "kazakh_headers.csv",
    ok(
        "premises",
        1,
        note="Kazakh headers and values, иә/жоқ",
        records=[
            {
                "title": "Өндірістік алаң",
                "town": "temirtau",
                "kind": "production_hall",
                "floor_area_m2": 450.0,
                "water": 1,
                "heating": 0,
                "status": "vacant",
            }
        ],
    ),
)
def _(path: Path) -> None:
    write_csv(
        path,
        [
            ["Қала", "Атауы", "Нысан түрі", "Аудан, м²", "Сумен жабдықтау", "Жылумен жабдықтау", "Мәртебесі"],
            ["Теміртау", "Өндірістік алаң", "Өндірістік цех", "450", "иә", "жоқ", "Бос"],
        ],
    )


@case(
    "english_headers.xlsx",
    ok(
        "premises",
        1,
        note="English headers in any case",
        records=[
            {
                "title": "Warehouse near the station",
                "town": "shakhtinsk",
                "kind": "warehouse",
                "floor_area_m2": 900.0,
                "rail_siding": 1,
                "deal": "lease",
            }
        ],
    ),
)
def _(path: Path) -> None:
    write_xlsx(
        path,
        {
            "Sheet1": [
                ["TOWN", "title", "Kind", "Floor area, m²", "Rail siding", "Deal"],
                ["Shakhtinsk", "Warehouse near the station", "Warehouse", 900, "yes", "Lease"],
            ]
        },
    )


@case(
    "duplicate_headers.csv",
    rejected(
        "premises",
        (1, "Наименование", "duplicate column"),
        note="the same column twice, once as a code and once as a Russian label",
    ),
)
def _(path: Path) -> None:
    write_csv(path, [[*CODES, "Наименование"], ["temirtau", "А", "office", "10", "Б"]])


@case(
    "duplicate_headers_identical.csv",
    rejected("premises", (1, "town", "duplicate column"), note="two columns named town"),
)
def _(path: Path) -> None:
    write_csv(path, [[*CODES, "town"], ["temirtau", "А", "office", "10", "balkhash"]])


@case(
    "unknown_column.csv",
    rejected("premises", (1, "Плошадь, м²", "unknown column"), note="a typo in a header never drops data silently"),
)
def _(path: Path) -> None:
    write_csv(path, [["town", "title", "kind", "Плошадь, м²"], ["temirtau", "А", "office", "10"]])


@case(
    "missing_required_column.csv",
    rejected("premises", (1, "kind", "required column kind")),
)
def _(path: Path) -> None:
    write_csv(path, [["town", "title", "floor_area_m2"], ["temirtau", "А", "10"]])


# -- values ------------------------------------------------------------------------


@case(
    "nbsp_thousands.csv",
    ok(
        "premises",
        3,
        note="thousands separated by no-break spaces, as Excel formats them",
        records=[
            {"title": "NBSP", "floor_area_m2": 1250.5, "price_kzt": 2500000.0},
            {"title": "NNBSP", "floor_area_m2": 10000.0, "price_kzt": 1000000.0},
            {"title": "Dots", "floor_area_m2": 1250.5, "price_kzt": 1250000.0},
        ],
    ),
)
def _(path: Path) -> None:
    write_csv(
        path,
        [
            [*CODES, "price_kzt"],
            ["temirtau", "NBSP", "office", f"1{NBSP}250,5", f"2{NBSP}500{NBSP}000"],
            ["temirtau", "NNBSP", "office", f"10{NNBSP}000", f"1{NNBSP}000{NNBSP}000"],
            ["temirtau", "Dots", "office", "1.250,5", "1,250,000.00"],
        ],
        delimiter=";",
    )


@case(
    "excel_serial_dates.csv",
    ok(
        "premises",
        1,
        note="dates that Excel turned into serial numbers (days since 1899-12-30)",
        records=[
            {
                "title": "Серийные даты",
                "available_from": "2024-05-01",
                "as_of": "2024-01-01",
                "commitment_due": "2025-12-31",
            }
        ],
    ),
)
def _(path: Path) -> None:
    write_csv(
        path,
        [
            [*CODES, "available_from", "as_of", "commitment_due"],
            ["temirtau", "Серийные даты", "office", "10", "45413", "45292", "31.12.2025"],
        ],
    )


@case(
    "excel_serial_dates.xlsx",
    ok(
        "premises",
        2,
        note="date cells, serial numbers in General-format cells, and datetimes with a time",
        records=[
            {"title": "Дата-ячейка", "available_from": "2024-05-01", "as_of": "2024-01-01"},
            {"title": "Серийное число", "available_from": "2024-05-01", "as_of": "2024-01-01"},
        ],
    ),
)
def _(path: Path) -> None:
    write_xlsx(
        path,
        {
            "Лист1": [
                [*RU, "Доступно с", "Дата актуальности"],
                ["Темиртау", "Дата-ячейка", "Офис", 10, dt.datetime(2024, 5, 1), dt.datetime(2024, 1, 1, 15, 30)],
                ["Темиртау", "Серийное число", "Офис", 10, 45413, 45292],
            ]
        },
    )


@case(
    "merged_description.xlsx",
    ok(
        "premises",
        1,
        note="a description merged across two columns: the value sits in the first one",
        records=[{"title": "Объединённые ячейки", "description": "Текст на две колонки", "description_en": None}],
    ),
)
def _(path: Path) -> None:
    def merge(sheet: Any) -> None:
        sheet.merge_cells("E2:F2")

    write_xlsx(
        path,
        {
            "Лист1": [
                [*RU, "Описание", "Описание (англ.)"],
                ["Темиртау", "Объединённые ячейки", "Офис", 10, "Текст на две колонки", None],
            ]
        },
        prepare=merge,
    )


@case(
    "merged_town_column.xlsx",
    rejected(
        "premises",
        (3, "Город", "required, but empty"),
        (4, "Город", "required, but empty"),
        note="a town merged down three rows: only the top cell holds it, so rows 3-4 have no town",
    ),
)
def _(path: Path) -> None:
    def merge(sheet: Any) -> None:
        sheet.merge_cells("A2:A4")

    write_xlsx(
        path,
        {
            "Лист1": [
                RU,
                ["Балхаш", "Цех 1", "Производственный цех", 100],
                [None, "Цех 2", "Производственный цех", 200],
                [None, "Цех 3", "Производственный цех", 300],
            ]
        },
        prepare=merge,
    )


@case(
    "several_sheets.xlsx",
    ok(
        "premises",
        1,
        note="only the first sheet is data; notes and a second table on later sheets are ignored",
        records=[{"title": "С первого листа"}],
    ),
)
def _(path: Path) -> None:
    write_xlsx(
        path,
        {
            "Помещения": [RU, ["Абай", "С первого листа", "Склад", 70]],
            "Справка": [["Колонка", "Что писать"], ["Город", "название"]],
            "Архив": [RU, ["Абай", "Со второго листа", "Склад", 80]],
        },
    )


@case(
    "data_on_second_sheet.xlsx",
    rejected(
        "premises",
        (1, "Инструкция по заполнению", "unknown column"),
        note="the first sheet is read: instructions there are refused, not guessed around",
    ),
)
def _(path: Path) -> None:
    write_xlsx(
        path,
        {
            "Инструкция": [["Инструкция по заполнению"], ["Заполните лист «Данные»"]],
            "Данные": [RU, ["Абай", "Склад", "Склад", 80]],
        },
    )


@case(
    "offset_table.xlsx",
    rejected(
        "premises",
        (5, "Площадь, м²", "greater than zero"),
        note="the table starts at B3; problems still give the row Excel shows",
    ),
)
def _(path: Path) -> None:
    write_xlsx(
        path,
        {
            "Лист1": [
                [],
                [],
                [None, *RU],
                [None, "Темиртау", "Хороший", "Склад", 10],
                [None, "Темиртау", "Плохой", "Склад", 0],
            ]
        },
    )


@case(
    "formula_cached_values.xlsx",
    ok(
        "premises",
        1,
        note="formulas give the value Excel saved with them",
        records=[{"title": "Формулы", "floor_area_m2": 200.0, "power_kw": 400.0}],
    ),
)
def _(path: Path) -> None:
    write_xlsx(
        path,
        {
            "Лист1": [
                [*RU, "Электричество, кВт"],
                ["Темиртау", "Формулы", "Склад", "=100*2", "=D2*2"],
            ]
        },
        cached={"D2": 200, "E2": 400},
    )


@case(
    "formula_no_cached_value_optional.xlsx",
    rejected(
        "premises",
        (2, "Цена, тенге", "formula without a saved value"),
        note="a formula never computed by Excel (no saved value) is a problem, never an empty value (issue 17)",
    ),
)
def _(path: Path) -> None:
    write_xlsx(
        path,
        {
            "Лист1": [
                [*RU, "Цена, тенге"],
                ["Темиртау", "Формула без значения", "Склад", 100, "=D2*1000"],
            ]
        },
    )


@case(
    "formula_no_cached_value_required.xlsx",
    rejected(
        "premises",
        (2, "Наименование", "formula without a saved value"),
        note="a formula with no saved value in a required column: refused with its row and column",
    ),
)
def _(path: Path) -> None:
    write_xlsx(path, {"Лист1": [RU, ["Темиртау", '=CONCATENATE("Цех ","1")', "Склад", 100]]})


@case("xlsx_not_a_workbook.xlsx", rejected("premises", (None, None, "not a readable XLSX")))
def _(path: Path) -> None:
    write_csv(path, [CODES, ["temirtau", "А", "office", "10"]])


@case("unsupported_extension.txt", rejected("premises", (None, None, "unsupported file type")))
def _(path: Path) -> None:
    write_csv(path, [CODES, ["temirtau", "А", "office", "10"]])


@case(
    "long_cell_100k.csv",
    ok(
        "premises",
        1,
        note="100,000 characters in one cell: the limit, kept whole",
        records=[{"title": "Длинное описание", "description_length": 100_000}],
    ),
)
def _(path: Path) -> None:
    write_csv(path, [[*CODES, "description"], ["temirtau", "Длинное описание", "office", "10", "ж" * 100_000]])


@case(
    "long_cell_over_limit.csv",
    rejected("premises", (2, "description", "longer than 100000")),
)
def _(path: Path) -> None:
    write_csv(path, [[*CODES, "description"], ["temirtau", "Слишком длинное", "office", "10", "ж" * 100_001]])


@case(
    "swapped_coordinates.csv",
    rejected("premises", (2, "lat", "look swapped")),
)
def _(path: Path) -> None:
    write_csv(path, [[*CODES, "lat", "lon"], ["temirtau", "Перепутанные", "office", "10", "72.96", "50.05"]])


@case(
    "megawatts_for_kilowatts.csv",
    rejected("premises", (2, "power_kw", "kW or MW"), (3, "power_kw", "kW or MW")),
)
def _(path: Path) -> None:
    write_csv(
        path,
        [
            [*CODES, "power_kw"],
            ["temirtau", "В мегаваттах", "office", "10", "0,5"],
            ["temirtau", "В ваттах", "office", "10", "800000"],
        ],
    )


@case("unknown_town.csv", rejected("premises", (2, "town", "unknown town")))
def _(path: Path) -> None:
    write_csv(path, [CODES, ["Караганда-2", "А", "office", "10"]])


@case(
    "bad_values.csv",
    rejected(
        "premises",
        (2, "floor_area_m2", "not a number"),
        (3, "gas", "not yes or no"),
        (4, "available_from", "not a date"),
        (5, "kind", "unknown value"),
        note="one bad value per row; every one is reported",
    ),
)
def _(path: Path) -> None:
    write_csv(
        path,
        [
            [*CODES, "gas", "available_from"],
            ["temirtau", "А", "office", "много", "", ""],
            ["temirtau", "Б", "office", "10", "возможно", ""],
            ["temirtau", "В", "office", "10", "", "31.02.2024"],
            ["temirtau", "Г", "ангар", "10", "", ""],
        ],
    )


@case("negative_area.csv", rejected("premises", (2, "floor_area_m2", "greater than zero")))
def _(path: Path) -> None:
    write_csv(path, [CODES, ["temirtau", "А", "office", "-5"]])


@case(
    "duplicate_ids.csv",
    rejected("premises", (3, "id", "duplicate id 5001")),
)
def _(path: Path) -> None:
    write_csv(
        path, [["id", *CODES], ["5001", "temirtau", "А", "office", "10"], ["5001", "temirtau", "Б", "office", "20"]]
    )


@case(
    "update_existing_by_id.csv",
    ok(
        "premises",
        0,
        updated=1,
        note="a row with an existing id updates only the columns the file has",
        records=[{"id": 1, "title": "Цех РМЗ (обновлено)", "price_kzt": 1500000.0, "power_kw": 800.0}],
    ),
)
def _(path: Path) -> None:
    write_csv(
        path,
        [["id", *CODES, "price_kzt"], ["1", "temirtau", "Цех РМЗ (обновлено)", "production_hall", "2400", "1 500 000"]],
    )


@case(
    "formula_injection.csv",
    ok(
        "premises",
        4,
        note="formula-like text is stored as text; an exported apostrophe is taken off again",
        records=[
            {"title": '=HYPERLINK("http://evil.example","Нажмите")'},
            {"title": "+7 701 000 00 00"},
            {"title": "@SUM(A1:A9)"},
            {"title": "-1+1"},
        ],
    ),
)
def _(path: Path) -> None:
    write_csv(
        path,
        [
            CODES,
            ["temirtau", '=HYPERLINK("http://evil.example","Нажмите")', "office", "10"],
            ["temirtau", "+7 701 000 00 00", "office", "10"],
            ["temirtau", "'@SUM(A1:A9)", "office", "10"],
            ["temirtau", "-1+1", "office", "10"],
        ],
    )


@case(
    "reportlab_markup.csv",
    ok(
        "premises",
        1,
        note="markup is only text: it is stored exactly as written",
        records=[{"title": '<img src="/etc/passwd"/> <font color="red">&bogus;</font>', "owner": "ТОО «A&B» <Сервис>"}],
    ),
)
def _(path: Path) -> None:
    write_csv(
        path,
        [
            [*CODES, "owner"],
            [
                "temirtau",
                '<img src="/etc/passwd"/> <font color="red">&bogus;</font>',
                "office",
                "10",
                "ТОО «A&B» <Сервис>",
            ],
        ],
    )


# -- photos ----------------------------------------------------------------------


@case(
    "photos_ok.csv",
    ok(
        "premises",
        1,
        records=[{"title": "С фото", "photo_count": 2}],
        note="photos next to the file, in a subfolder, ';'-separated",
    ),
)
def _(path: Path) -> None:
    write_csv(path, [[*CODES, "photos"], ["temirtau", "С фото", "office", "10", "photos/hall.png; photos/hall-2.png"]])


@case("photo_parent_path.csv", rejected("premises", (2, "photos", "must be relative")))
def _(path: Path) -> None:
    write_csv(path, [[*CODES, "photos"], ["temirtau", "А", "office", "10", "../make_corpus.py"]])


@case("photo_absolute_path.csv", rejected("premises", (2, "photos", "must be relative")))
def _(path: Path) -> None:
    write_csv(path, [[*CODES, "photos"], ["temirtau", "А", "office", "10", "/etc/passwd"]])


@case("photo_not_an_image.csv", rejected("premises", (2, "photos", "not an image")))
def _(path: Path) -> None:
    write_csv(path, [[*CODES, "photos"], ["temirtau", "А", "office", "10", "photos/not-an-image.png"]])


@case(
    "photo_decompression_bomb.csv",
    rejected(
        "premises",
        (2, "photos", "too large"),
        (3, "photos", "too large"),
        note="PNGs of a few bytes declaring 100000×100000 and 9000×9000 pixels",
    ),
)
def _(path: Path) -> None:
    write_csv(
        path,
        [
            [*CODES, "photos"],
            ["temirtau", "А", "office", "10", "photos/bomb.png"],
            ["temirtau", "Б", "office", "10", "photos/big.png"],
        ],
    )


@case("photo_missing.csv", rejected("premises", (2, "photos", "can't be read")))
def _(path: Path) -> None:
    write_csv(path, [[*CODES, "photos"], ["temirtau", "А", "office", "10", "photos/missing.png"]])


# -- JSON ------------------------------------------------------------------------


@case("json_object_not_array.json", rejected("premises", (None, None, "expected a JSON array")))
def _(path: Path) -> None:
    path.write_text(json.dumps({"town": "temirtau", "title": "А", "kind": "office", "floor_area_m2": 10}))


@case(
    "json_nulls.json",
    ok(
        "premises",
        1,
        note="null is empty",
        records=[{"title": "С null", "price_kzt": None, "gas": None, "zone": None, "floor_area_m2": 10.0}],
    ),
)
def _(path: Path) -> None:
    path.write_text(
        json.dumps(
            [
                {
                    "town": "temirtau",
                    "title": "С null",
                    "kind": "office",
                    "floor_area_m2": 10,
                    "price_kzt": None,
                    "gas": None,
                    "zone": None,
                }
            ],
            ensure_ascii=False,
        )
    )


@case("json_null_required.json", rejected("premises", (2, "title", "required, but empty")))
def _(path: Path) -> None:
    path.write_text(
        json.dumps(
            [
                {"town": "temirtau", "title": "Первый", "kind": "office", "floor_area_m2": 10},
                {"town": "temirtau", "title": None, "kind": "office", "floor_area_m2": 10},
            ],
            ensure_ascii=False,
        )
    )


@case("json_array_of_arrays.json", rejected("premises", (1, None, "expected an object, found a JSON array")))
def _(path: Path) -> None:
    path.write_text(json.dumps([CODES, ["temirtau", "А", "office", 10]]))


@case(
    "json_truncated.json",
    rejected(
        "premises",
        (1, "kind", "not valid JSON: Unterminated string starting at (line 1, character 45)"),
        note="where the reader stopped: the record, its key, and the line and character of the text",
    ),
)
def _(path: Path) -> None:
    path.write_text('[{"town": "temirtau", "title": "А", "kind": "off')


@case("json_nested_value.json", rejected("premises", (1, "title", "expected one value")))
def _(path: Path) -> None:
    path.write_text(json.dumps([{"town": "temirtau", "title": {"ru": "А"}, "kind": "office", "floor_area_m2": 10}]))


@case(
    "json_types.json",
    ok(
        "premises",
        1,
        note="JSON numbers and booleans are taken as they are; a formula-like title stays as written",
        records=[{"title": "'=1+1", "floor_area_m2": 12.5, "gas": 1, "water": 0, "floors": 2}],
    ),
)
def _(path: Path) -> None:
    path.write_text(
        json.dumps(
            [
                {
                    "town": "temirtau",
                    "title": "'=1+1",
                    "kind": "office",
                    "floor_area_m2": 12.5,
                    "gas": True,
                    "water": False,
                    "floors": 2,
                }
            ]
        )
    )


# -- other kinds -----------------------------------------------------------------


@case(
    "suppliers_ru.csv",
    ok(
        "suppliers",
        2,
        records=[
            {"name": "ИП Ахметов", "town": "temirtau", "niche": "transport", "is_local": 1},
            {"name": "ТОО «Балқаш Құрылыс»", "town": "balkhash", "niche": "construction", "is_local": 0},
        ],
    ),
)
def _(path: Path) -> None:
    write_csv(
        path,
        [
            ["Город", "Наименование", "Ниша", "Местная фирма"],
            ["Темиртау", "ИП Ахметов", "Транспорт", "да"],
            ["Балқаш", "ТОО «Балқаш Құрылыс»", "Строительство", "нет"],
        ],
        delimiter=";",
        encoding="utf-8-sig",
    )


@case("projects_end_before_start.csv", rejected("projects", (2, "end_year", "before start year")))
def _(path: Path) -> None:
    write_csv(
        path,
        [
            ["town", "kind", "title", "start_year", "end_year"],
            ["shakhtinsk", "infrastructure", "Водопровод", "2025", "2023"],
        ],
    )


@case(
    "indicators_region_wide.xlsx",
    ok(
        "indicators",
        1,
        note="an indicator without a town is region-wide",
        records=[{"name": "Доля обрабатывающей промышленности", "town": None, "year": 2023, "value": 57.0}],
    ),
)
def _(path: Path) -> None:
    write_xlsx(
        path,
        {
            "Лист1": [
                ["Город", "Год", "Показатель", "Значение", "Единица"],
                [None, 2023, "Доля обрабатывающей промышленности", 57, "%"],
            ]
        },
    )


@case(
    "towns_new_town.csv",
    ok(
        "towns",
        1,
        note="a town without an id gets one from its English name",
        records=[{"id": "zhezkazgan", "name": "Жезказган", "name_kk": "Жезқазған"}],
    ),
)
def _(path: Path) -> None:
    write_csv(path, [["name", "name_kk", "name_en"], ["Жезказган", "Жезқазған", "Zhezkazgan"]])


# -- issue 17: mojibake, formulas, error values, short rows, hostile XML -------


@case(
    "utf8_one_stray_byte.csv",
    rejected(
        "premises",
        (3, "Наименование", "not valid UTF-8"),
        note="a UTF-8 file with one bad byte is UTF-8 with a problem, not cp1251 mojibake",
    ),
)
def _(path: Path) -> None:
    write_csv(path, [RU, ["Темиртау", "Склад у станции", "Склад", 100], ["Балхаш", "Цех СТРАЙ", "Склад", 50]])
    path.write_bytes(path.read_bytes().replace("СТРАЙ".encode(), b"\xff"))


@case(
    "json_one_stray_byte.json",
    rejected(
        "premises",
        (2, "title", "byte 0xFF is not valid UTF-8"),
        note="a stray byte in JSON is reported by its record and key, not a byte offset",
    ),
)
def _(path: Path) -> None:
    rows = [
        {"town": "temirtau", "title": "Склад у станции", "kind": "warehouse", "floor_area_m2": 100},
        {"town": "balkhash", "title": "Цех СТРАЙ", "kind": "warehouse", "floor_area_m2": 50},
    ]
    text = json.dumps(rows, ensure_ascii=False, indent=1)
    path.write_bytes(text.encode().replace("СТРАЙ".encode(), b"\xff"))


@case(
    "json_missing_comma.json",
    rejected(
        "premises",
        (2, "title", "not valid JSON: Expecting ',' delimiter (line 3, character"),
        note="a missing comma: the record and key where the reader stopped",
    ),
)
def _(path: Path) -> None:
    path.write_text(
        '[\n {"town": "abai", "title": "Склад", "kind": "warehouse", "floor_area_m2": 10},\n'
        ' {"town": "abai", "title": "Цех" "kind": "warehouse", "floor_area_m2": 20}\n]\n',
        encoding="utf-8",
    )


@case(
    "excel_error_values.xlsx",
    rejected(
        "premises",
        (3, "Город", "Excel error value #REF!"),
        (3, "Площадь, м²", "Excel error value #REF!"),
        note="a row of #REF! is not a hint row to skip: each failed formula is a problem",
    ),
)
def _(path: Path) -> None:
    write_xlsx(path, {"Лист1": [RU, ["Абай", "Склад", "Склад", 80], ["#REF!", "#REF!", "#REF!", "#REF!"]]})


@case(
    "csv_short_row.csv",
    rejected(
        "premises",
        (3, "Тип объекта", "the row has 2 cells"),
        note="a row cut short would blank its last fields on update: refused",
    ),
)
def _(path: Path) -> None:
    path.write_bytes('Город,Наименование,Тип объекта,"Площадь, м²"\r\nАбай,Склад,Склад,80\r\nАбай,Цех\r\n'.encode())


@case(
    "hidden_first_sheet.xlsx",
    ok(
        "premises",
        1,
        note="the sheet the user left open is read, not a hidden first sheet",
        records=[{"title": "С активного листа", "floor_area_m2": 55.0}],
    ),
)
def _(path: Path) -> None:
    def hide_first(workbook: Any) -> None:
        workbook.worksheets[0].sheet_state = "hidden"
        workbook.active = 1

    write_xlsx(
        path,
        {"Служебный": [["id", "служебное поле"], [1, "x"]], "Данные": [RU, ["Абай", "С активного листа", "Склад", 55]]},
        prepare_workbook=hide_first,
    )


@case(
    "header_on_row_3_unknown_column.xlsx",
    rejected(
        "premises",
        (3, "Примечание бухгалтера", "unknown column"),
        note="a header problem names the row the header is on",
    ),
)
def _(path: Path) -> None:
    write_xlsx(path, {"Лист1": [[], [], [*RU, "Примечание бухгалтера"], ["Абай", "Склад", "Склад", 80, 2]]})


@case(
    "declared_dimension_whole_sheet.xlsx",
    ok(
        "premises",
        1,
        note="a sheet that claims A1:XFD1048576 is read by its real cells (no 16,384-cell rows)",
        records=[{"title": "Размер листа", "floor_area_m2": 70.0}],
    ),
)
def _(path: Path) -> None:
    def claim(name: str, content: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            content, n = re.subn(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', content)
            assert n == 1
        return content

    write_xlsx(path, {"Лист1": [RU, ["Абай", "Размер листа", "Склад", 70]]}, rewrite=claim)


def _with_doctype(doctype: bytes) -> Callable[[str, bytes], bytes]:
    def rewrite(name: str, content: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            head, sep, rest = content.partition(b"?>")
            content = head + sep + doctype + rest
        return content

    return rewrite


@case(
    "xml_entity_expansion.xlsx",
    rejected("premises", (None, None, "declares XML entities"), note="billion laughs: refused before parsing"),
)
def _(path: Path) -> None:
    levels = [b'<!ENTITY a0 "lol">'] + [
        b'<!ENTITY a%d "%s">' % (n, b"".join(b"&a%d;" % (n - 1) for _ in range(10))) for n in range(1, 10)
    ]
    doctype = b"<!DOCTYPE worksheet [" + b"".join(levels) + b"]>"
    write_xlsx(path, {"Лист1": [RU, ["Абай", "Склад", "Склад", 80]]}, rewrite=_with_doctype(doctype))


@case(
    "xml_external_entity.xlsx",
    rejected("premises", (None, None, "declares XML entities"), note="an external entity is never fetched"),
)
def _(path: Path) -> None:
    doctype = b'<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    write_xlsx(path, {"Лист1": [RU, ["Абай", "Склад", "Склад", 80]]}, rewrite=_with_doctype(doctype))


@case(
    "json_nested_100000_deep.json",
    rejected("premises", (None, None, "nested too deeply"), note="exit 2, not a RecursionError"),
)
def _(path: Path) -> None:
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")


@case(
    "json_5000_digit_integer.json",
    rejected(
        "premises",
        (1, "floor_area_m2", "a number of 5,000 digits is too long"),
        note="an integer Python refuses to read is bad input, found in its record",
    ),
)
def _(path: Path) -> None:
    path.write_text(
        '[{"town": "abai", "title": "Огромное", "kind": "warehouse", "floor_area_m2": ' + "9" * 5000 + "}]",
        encoding="utf-8",
    )


@case(
    "csv_5000_digit_number.csv",
    rejected("premises", (2, "Площадь, м²", "number"), note="a 5,000-digit area is a bad value, not a crash"),
)
def _(path: Path) -> None:
    write_csv(path, [RU, ["Абай", "Огромное", "Склад", "9" * 5000]])


def main() -> None:
    CORPUS.mkdir(exist_ok=True)
    photos = CORPUS / "photos"
    photos.mkdir(exist_ok=True)
    (photos / "hall.png").write_bytes(real_png())
    (photos / "hall-2.png").write_bytes(real_png())
    (photos / "not-an-image.png").write_bytes(b"This is a text file with a .png name.\n")
    (photos / "bomb.png").write_bytes(png(100_000, 100_000))
    (photos / "big.png").write_bytes(png(9_000, 9_000))
    expected: dict[str, Any] = {}
    for name, writer, expectation in CASES:
        writer(CORPUS / name)
        expected[name] = expectation
    (CORPUS / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} files and expected.json to {CORPUS}")


if __name__ == "__main__":
    main()
