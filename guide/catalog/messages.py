"""Every problem the catalog reports, worded in Russian, Kazakh and English.

A :class:`~guide.catalog.errors.Problem` carries a code and its parameters,
never finished text; this table turns it into a sentence in the reader's
language. The command line prints the English text (its wording is what
scripts and the tests know), the forms and the import dialog the UI language.
Templates use :meth:`str.format` fields; every language of a code names the
same fields (``tests/catalog/test_messages.py`` checks), so a parameter can't
go missing in one language.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

from guide.i18n import DEFAULT_LANGUAGE

# code → language → template. English is the command line's wording.
MESSAGES: dict[str, dict[str, str]] = {
    # Free text from code that has no code of its own yet (shown as it is).
    "message": {"ru": "{text}", "kk": "{text}", "en": "{text}"},
    # Where a problem is, when it is shown on one line.
    "at_row": {"ru": "строка {row}", "kk": "{row}-жол", "en": "row {row}"},
    "at_column": {"ru": "столбец {column}", "kk": "{column} бағаны", "en": "column {column}"},
    # -- one value (guide.catalog.validate) ----------------------------------------
    "required_missing": {"ru": "Обязательное поле", "kk": "Міндетті өріс", "en": "required, but missing"},
    "required_empty": {"ru": "Обязательное поле", "kk": "Міндетті өріс", "en": "required, but empty"},
    "too_large": {
        "ru": "«{value}» — слишком большое число",
        "kk": "«{value}» — тым үлкен сан",
        "en": "{value!r} is too large a number",
    },
    "not_finite": {
        "ru": "«{value}» — не число",
        "kk": "«{value}» — сан емес",
        "en": "{value!r} is not a finite number",
    },
    "not_number": {"ru": "«{value}» — не число", "kk": "«{value}» — сан емес", "en": "{value!r} is not a number"},
    "not_whole": {
        "ru": "«{value}» — не целое число",
        "kk": "«{value}» — бүтін сан емес",
        "en": "{value!r} is not a whole number",
    },
    "not_yes_no": {
        "ru": "«{value}» — не «да» или «нет»",
        "kk": "«{value}» — «иә» немесе «жоқ» емес",
        "en": "{value!r} is not yes or no (да/нет, иә/жоқ, yes/no, 1/0)",
    },
    "not_date": {
        "ru": "«{value}» — не дата; пишите так: 01.05.2024",
        "kk": "«{value}» — күн емес; былай жазыңыз: 01.05.2024",
        "en": "{value!r} is not a date (use 2024-05-01 or 01.05.2024)",
    },
    # A text with a shape (fields.EMAIL_FORMAT, fields.URL_FORMAT).
    "not_email": {
        "ru": "«{value}» — не адрес эл. почты (пример: name@example.kz)",
        "kk": "«{value}» — эл. пошта мекенжайы емес (мысалы: name@example.kz)",
        "en": "{value!r} is not an e-mail address (name@example.kz)",
    },
    "not_web_link": {
        "ru": "«{value}» — не ссылка, начинающаяся с http:// или https://",
        "kk": "«{value}» — http:// немесе https:// басталатын сілтеме емес",
        "en": "{value!r} is not a web link starting with http:// or https://",
    },
    "text_too_long": {
        "ru": "Текст длиннее {limit} знаков",
        "kk": "Мәтін {limit} таңбадан ұзын",
        "en": "text is longer than {limit} characters",
    },
    "unknown_value": {
        "ru": "Неизвестное значение «{value}»; допустимо: {allowed}",
        "kk": "Белгісіз мән «{value}»; рұқсат етілгені: {allowed}",
        "en": "unknown value {value!r}; expected one of: {allowed}",
    },
    "json_array": {
        "ru": "Нужно одно значение, а не список",
        "kk": "Тізім емес, бір мән керек",
        "en": "expected one value, not a JSON array",
    },
    "json_object": {
        "ru": "Нужно одно значение, а не объект",
        "kk": "Нысан емес, бір мән керек",
        "en": "expected one value, not a JSON object",
    },
    "unknown_town": {
        "ru": "Неизвестный город «{value}»",
        "kk": "Белгісіз қала «{value}»",
        "en": "unknown town {value!r}",
    },
    "unknown_zone": {
        "ru": "Неизвестная малая промзона «{value}»",
        "kk": "Белгісіз шағын өнеркәсіптік аймақ «{value}»",
        "en": "unknown small industrial zone {value!r}",
    },
    "not_positive": {
        "ru": "Должно быть больше нуля, а не {value:g}",
        "kk": "Нөлден үлкен болуы керек ({value:g} емес)",
        "en": "must be greater than zero, not {value:g}",
    },
    "below_minimum": {
        "ru": "Должно быть не меньше {minimum:g}, а не {value:g}",
        "kk": "Кемінде {minimum:g} болуы керек ({value:g} емес)",
        "en": "must be at least {minimum:g}, not {value:g}",
    },
    # -- one record ------------------------------------------------------------------
    "area_missing": {
        "ru": "Укажите площадь помещения или площадь участка",
        "kk": "Үй-жайдың ауданын немесе жер учаскесінің ауданын көрсетіңіз",
        "en": "give floor_area_m2 or land_area_ha (or both)",
    },
    "lat_lon_pair": {
        "ru": "Укажите и широту, и долготу (или ни одну)",
        "kk": "Ендікті де, бойлықты да көрсетіңіз (немесе екеуін де көрсетпеңіз)",
        "en": "give both lat and lon, or neither",
    },
    "outside_kazakhstan": {
        "ru": "Координаты {lat}, {lon} вне Казахстана",
        "kk": "{lat}, {lon} координаттары Қазақстаннан тыс",
        "en": "coordinates {lat}, {lon} are outside Kazakhstan",
    },
    "outside_kazakhstan_swapped": {
        "ru": "Координаты {lat}, {lon} вне Казахстана; похоже, широта и долгота перепутаны местами",
        "kk": "{lat}, {lon} координаттары Қазақстаннан тыс; ендік пен бойлықтың орны ауысып кеткен сияқты",
        "en": "coordinates {lat}, {lon} are outside Kazakhstan; lat/lon look swapped "
        "(lat {lon}, lon {lat} would be in Kazakhstan)",
    },
    "power_too_high": {
        "ru": "{kw:g} кВт — слишком много для одного объекта. Может быть, это МВт? ({mw:g} МВт = {kw:g} кВт)",
        "kk": "{kw:g} кВт — бір нысан үшін тым көп. Мүмкін, бұл МВт шығар? ({mw:g} МВт = {kw:g} кВт)",
        "en": "{kw:g} kW is implausible for one site: kW or MW? ({mw:g} MW = {kw:g} kW)",
    },
    "power_too_low": {
        "ru": "{kw:g} кВт — слишком мало. Может быть, это МВт? ({kw:g} МВт = {as_kw:g} кВт)",
        "kk": "{kw:g} кВт — тым аз. Мүмкін, бұл МВт шығар? ({kw:g} МВт = {as_kw:g} кВт)",
        "en": "{kw:g} kW is implausibly small: kW or MW? ({kw:g} MW = {as_kw:g} kW)",
    },
    "end_before_start": {
        "ru": "Год завершения {end} раньше года начала {start}",
        "kk": "Аяқталу жылы ({end}) басталу жылынан ({start}) ерте",
        "en": "end year {end} is before start year {start}",
    },
    "zone_other_town": {
        "ru": "Промзона {zone} находится в другом городе ({zone_town}), а не в {town}",
        "kk": "{zone} аймағы басқа қалада ({zone_town}) орналасқан, {town} қаласында емес",
        "en": "zone {zone} is in {zone_town}, not in {town}",
    },
    # -- writing records (guide.catalog.writer, guide.catalog.store) -----------------------
    "duplicate_record": {
        "ru": "Запись с кодом {id} уже есть",
        "kk": "Коды {id} жазба бұрыннан бар",
        "en": "a record with id {id} exists already",
    },
    "still_referenced": {
        "ru": "Нельзя удалить {kind} {id}: на эту запись ещё ссылаются ({blocking})",
        "kk": "{kind} {id} жою мүмкін емес: бұл жазбаға әлі сілтеме бар ({blocking})",
        "en": "can't delete {kind} {id}: {blocking} still refer to it",
    },
    "premise_zone_other_town": {
        "ru": "Помещение {id}: его промзона находится в другом городе",
        "kk": "{id} үй-жайы: оның аймағы басқа қалада орналасқан",
        "en": "premise {id}: its zone is in another town",
    },
    "zone_move_strands_premises": {
        "ru": "Промзона {zone} переносится из {old_town} в {new_town}, а её помещения ({premises}) остаются "
        "в {old_town}; сначала перенесите помещения или уберите у них промзону",
        "kk": "{zone} аймағы {old_town} қаласынан {new_town} қаласына ауысады, ал оның үй-жайлары ({premises}) "
        "{old_town} қаласында қалады; алдымен үй-жайларды көшіріңіз немесе олардан аймақты алып тастаңыз",
        "en": "zone {zone} would move from {old_town} to {new_town} while its premises {premises} stay in "
        "{old_town}; move those premises (or clear their zone) first",
    },
    "town_look_alike": {
        "ru": "Код города «{value}» отличается от существующего города «{existing}» только регистром или "
        "пробелами; используйте «{existing}»",
        "kk": "«{value}» қала коды бар «{existing}» қаласынан тек әріп өлшемімен немесе бос орындармен "
        "ерекшеленеді; «{existing}» кодын пайдаланыңыз",
        "en": "town id {value!r} differs from the existing town {existing!r} only in case or spaces; use {existing!r}",
    },
    "catalog_changed": {
        "ru": "Каталог изменился, пока проверялся импорт ({what}); проверьте файл заново",
        "kk": "Импорт тексеріліп жатқанда каталог өзгерді ({what}); файлды қайта тексеріңіз",
        "en": "the catalog changed since this import was checked ({what}); check the file again",
    },
    # -- the header row and the rows of a file (guide.catalog.importer) ----------------
    "unknown_column": {
        "ru": "Неизвестный столбец «{header}» (столбец {position}); сверьте заголовки с шаблоном "
        "(investor-guide template {kind})",
        "kk": "Белгісіз баған «{header}» ({position}-баған); тақырыптарды үлгімен салыстырыңыз "
        "(investor-guide template {kind})",
        "en": "unknown column {header!r} (column {position}); see `investor-guide template {kind}`",
    },
    "duplicate_column": {
        "ru": "Столбцы «{header}» и «{other}» — один и тот же столбец ({code})",
        "kk": "«{header}» және «{other}» — бір баған ({code})",
        "en": "duplicate column: {header!r} and {other!r} are both {code}",
    },
    "required_column": {
        "ru": "Нет обязательного столбца «{label}» ({code})",
        "kk": "Міндетті «{label}» ({code}) бағаны жоқ",
        "en": "required column {code} ({label}) is missing",
    },
    "area_column_missing": {
        "ru": "Нет столбца площади помещения или площади участка",
        "kk": "Үй-жай ауданы немесе жер учаскесінің ауданы бағаны жоқ",
        "en": "required column floor_area_m2 or land_area_ha is missing",
    },
    # A file whose rows update records may leave required columns out; a row adding one may not.
    "new_row_column_missing": {
        "ru": "Строка добавляет новую запись, а в файле нет обязательного столбца «{label}» ({code}); "
        "без него можно только обновлять записи с существующим кодом",
        "kk": "Жол жаңа жазба қосады, ал файлда міндетті «{label}» ({code}) бағаны жоқ; "
        "онсыз тек бар коды бар жазбаларды жаңартуға болады",
        "en": "this row adds a new record, but the file has no required column {code} ({label}); "
        "without it, rows can only update records by an existing id",
    },
    "new_row_area_missing": {
        "ru": "Строка добавляет новое помещение, а в файле нет столбца площади помещения или площади участка",
        "kk": "Жол жаңа үй-жай қосады, ал файлда үй-жай ауданы немесе жер учаскесінің ауданы бағаны жоқ",
        "en": "this row adds a new premise, but the file has no column floor_area_m2 or land_area_ha",
    },
    "no_header": {
        "ru": "В файле нет строки заголовков",
        "kk": "Файлда тақырыптар жолы жоқ",
        "en": "the file has no header row",
    },
    "no_data_rows": {
        "ru": "В файле есть заголовки, но нет строк с данными",
        "kk": "Файлда тақырыптар бар, бірақ деректер жолдары жоқ",
        "en": "the file has a header but no data rows",
    },
    "value_without_header": {
        "ru": "Значение «{value}» стоит в столбце без заголовка и было бы потеряно",
        "kk": "«{value}» мәні тақырыбы жоқ бағанда тұр, сондықтан ол жоғалып кетер еді",
        "en": "value {value!r} is in a column without a header, so it would be lost",
    },
    "duplicate_id": {
        "ru": "Код {id} повторяется (он же в строке {other_row})",
        "kk": "{id} коды қайталанады ({other_row}-жолда да бар)",
        "en": "duplicate id {id} (also in row {other_row})",
    },
    "bad_id": {
        "ru": "Код {id} должен быть целым числом больше нуля",
        "kk": "{id} коды нөлден үлкен бүтін сан болуы керек",
        "en": "id {id!r}: must be a positive whole number",
    },
    "photo_path_absolute": {
        "ru": "Путь к фото «{path}» должен быть относительным, от папки файла, без «..»",
        "kk": "«{path}» фото жолы файл қалтасына қатысты болуы керек, «..» белгісінсіз",
        "en": "photo path {path!r} must be relative to the file's folder, without '..'",
    },
    "photo_path_outside": {
        "ru": "Путь к фото «{path}» ведёт за пределы папки файла",
        "kk": "«{path}» фото жолы файл қалтасынан тыс шығады",
        "en": "photo path {path!r} leads outside the file's folder",
    },
    "photo_unreadable": {
        "ru": "Фото «{path}» не читается: {reason}",
        "kk": "«{path}» фотосы оқылмайды: {reason}",
        "en": "photo {path!r} can't be read: {reason}",
    },
    # -- images (guide.catalog.photos) -------------------------------------------------
    "image_file_too_big": {
        "ru": "«{name}» — файл больше {mb} МБ",
        "kk": "«{name}» — файл {mb} МБ-тан үлкен",
        "en": "{name}: the file is larger than {mb} MB",
    },
    "image_too_many_pixels": {
        "ru": "«{name}» — слишком большое изображение ({width}×{height} точек; не более {megapixels} мегапикселей)",
        "kk": "«{name}» — тым үлкен сурет ({width}×{height} нүкте; ең көбі {megapixels} мегапиксель)",
        "en": "{name}: the image is too large to open safely ({width}×{height} pixels; at most {megapixels} megapixels)",
    },
    "image_too_large": {
        "ru": "«{name}» — слишком большое изображение, открывать его небезопасно",
        "kk": "«{name}» — тым үлкен сурет, оны ашу қауіпті",
        "en": "{name}: the image is too large to open safely",
    },
    "not_regular_file": {
        "ru": "«{name}» — не обычный файл (папка, устройство или канал)",
        "kk": "«{name}» — қарапайым файл емес (бума, құрылғы не арна)",
        "en": "{name}: not a regular file (a folder, device or pipe)",
    },
    "photo_path_nul": {
        "ru": "В пути к фото не может быть символа NUL",
        "kk": "Фото жолында NUL таңбасы болмауы керек",
        "en": "a photo path can't contain a NUL character",
    },
    # -- reading a file (guide.catalog.tabular), issue 17 ----------------------------
    "stray_byte": {
        "ru": "Байт {byte} — не UTF-8, хотя весь остальной файл в UTF-8; исправьте ячейку или сохраните файл в UTF-8",
        "kk": "{byte} байты UTF-8 емес, ал файлдың қалғаны UTF-8; ұяшықты түзетіңіз не файлды UTF-8 етіп сақтаңыз",
        "en": "byte {byte} is not valid UTF-8, though the rest of the file is; "
        "fix the cell or save the file again as UTF-8",
    },
    "short_row": {
        "ru": "В строке {cells} ячеек, в заголовке {width}: недостающая ячейка — не пустая (добавьте разделители)",
        "kk": "Жолда {cells} ұяшық, тақырыпта {width}: жоқ ұяшық бос ұяшық емес (бөлгіштерді қосыңыз)",
        "en": "the row has {cells} cells, the header {width}; a missing cell is not an empty one "
        "(add the missing separators)",
    },
    "excel_error": {
        "ru": "Ошибка Excel {value}: формула в этой ячейке не вычислилась; исправьте её в Excel",
        "kk": "Excel қатесі {value}: бұл ұяшықтағы формула есептелмеді; оны Excel-де түзетіңіз",
        "en": "Excel error value {value}: the formula behind this cell failed; fix it in Excel",
    },
    "formula_without_value": {
        "ru": "Формула без сохранённого значения; откройте файл в Excel и сохраните снова или введите значение",
        "kk": "Сақталған мәні жоқ формула; файлды Excel-де ашып қайта сақтаңыз не мәнін жазыңыз",
        "en": "a formula without a saved value (the file was not saved by Excel after computing); "
        "open it in Excel and save it again, or type the value",
    },
    "too_many_rows": {
        "ru": "Больше {limit} строк; разделите файл на части",
        "kk": "{limit} жолдан көп; файлды бөліктерге бөліңіз",
        "en": "more than {limit:,} rows; split the file",
    },
    "not_csv": {
        "ru": "Это не правильный CSV ({reason})",
        "kk": "Бұл дұрыс CSV емес ({reason})",
        "en": "not valid CSV ({reason})",
    },
    # An XLSX file is a zip of XML parts, checked before any XML is parsed (limits.py).
    "xlsx_zip_bomb": {
        "ru": "Часть {part} распаковывается больше чем в {mb} МБ: это zip-бомба, а не таблица",
        "kk": "{part} бөлігі {mb} МБ-тан артық болып ашылады: бұл кесте емес, zip-бомба",
        "en": "{part} unpacks to more than {mb} MB (a zip bomb, not a spreadsheet)",
    },
    "xlsx_entities": {
        "ru": "Часть {part} объявляет сущности XML, которых Excel никогда не пишет; файл не принят",
        "kk": "{part} бөлігі Excel ешқашан жазбайтын XML мәндерін жариялайды; файл қабылданбады",
        "en": "{part} declares XML entities, which Excel never writes; refused",
    },
    "beyond_last_row": {
        "ru": "Строка {row} — дальше последней строки Excel ({limit})",
        "kk": "{row}-жол Excel-дің соңғы жолынан ({limit}) әрі",
        "en": "row {row:,} is beyond Excel's last row ({limit:,})",
    },
    "beyond_last_column": {
        "ru": "Ячейка дальше последнего столбца Excel ({limit})",
        "kk": "Ұяшық Excel-дің соңғы бағанынан ({limit}) әрі",
        "en": "a cell beyond Excel's last column ({limit:,})",
    },
    # JSON: where the reader stopped (line and character of the text; the row and key are the problem's place).
    "json_invalid": {
        "ru": "Это не правильный JSON: {reason} (строка текста {line}, знак {character})",
        "kk": "Бұл дұрыс JSON емес: {reason} (мәтіннің {line}-жолы, {character}-таңба)",
        "en": "not valid JSON: {reason} (line {line}, character {character})",
    },
    "json_number_too_long": {
        "ru": "Число из {digits} цифр слишком длинное (строка текста {line}, знак {character})",
        "kk": "{digits} цифрлы сан тым ұзын (мәтіннің {line}-жолы, {character}-таңба)",
        "en": "a number of {digits:,} digits is too long to read (line {line}, character {character})",
    },
    "json_too_deep": {
        "ru": "Вложенность JSON слишком глубокая для таблицы записей",
        "kk": "JSON ішкі деңгейлері жазбалар кестесі үшін тым терең",
        "en": "nested too deeply to be a table of records",
    },
    "json_not_array": {
        "ru": "Нужен массив JSON из объектов, а в файле JSON {found}",
        "kk": "Объектілерден тұратын JSON массиві керек, ал файлда JSON {found}",
        "en": "expected a JSON array of objects, found a JSON {found}",
    },
    "json_not_object": {
        "ru": "Нужен объект JSON, а здесь JSON {found}",
        "kk": "JSON объектісі керек, ал мұнда JSON {found}",
        "en": "expected an object, found a JSON {found}",
    },
    "not_image": {
        "ru": "«{name}» — не изображение (нужен JPEG, PNG, GIF, WebP или BMP)",
        "kk": "«{name}» — сурет емес (JPEG, PNG, GIF, WebP немесе BMP керек)",
        "en": "{name}: not an image (JPEG, PNG, GIF, WebP or BMP)",
    },
    "unsupported_image": {
        "ru": "«{name}» — формат {format} не поддерживается; используйте JPEG или PNG",
        "kk": "«{name}» — {format} пішіміне қолдау көрсетілмейді; JPEG немесе PNG пайдаланыңыз",
        "en": "{name}: unsupported image type {format}; use JPEG or PNG",
    },
    # -- files (guide.catalog.tabular) ---------------------------------------------------
    "file_type": {
        "ru": "{path}: тип файла {suffix} не читается; нужен .xlsx, .csv или .json",
        "kk": "{path}: {suffix} файл түрі оқылмайды; .xlsx, .csv немесе .json керек",
        "en": "{path}: unsupported file type {suffix}; use .csv, .xlsx or .json",
    },
    "file_unreadable": {
        "ru": "{path}: не удаётся прочитать файл ({reason})",
        "kk": "{path}: файлды оқу мүмкін емес ({reason})",
        "en": "{path}: can't be read: {reason}",
    },
    "file_empty": {"ru": "{path}: файл пуст", "kk": "{path}: файл бос", "en": "{path}: the file is empty"},
    "not_text": {
        "ru": "{path}: это не текстовый файл CSV ({reason})",
        "kk": "{path}: бұл CSV мәтіндік файлы емес ({reason})",
        "en": "{path}: not readable text ({reason})",
    },
    "not_xlsx": {
        "ru": "{path}: это не книга Excel (.xlsx) или она повреждена ({reason})",
        "kk": "{path}: бұл Excel (.xlsx) кітабы емес немесе ол бүлінген ({reason})",
        "en": "{path}: not a readable XLSX workbook ({reason})",
    },
    "no_folder": {
        "ru": "{path}: папки {folder} нет",
        "kk": "{path}: {folder} қалтасы жоқ",
        "en": "{path}: the folder {folder} does not exist",
    },
    "cant_write_in": {
        "ru": "{path}: не удаётся записать файл в папку {folder} ({reason})",
        "kk": "{path}: {folder} қалтасына файлды жазу мүмкін емес ({reason})",
        "en": "{path}: can't write in {folder}: {reason}",
    },
    "cant_write": {
        "ru": "{path}: не удаётся записать файл ({reason})",
        "kk": "{path}: файлды жазу мүмкін емес ({reason})",
        "en": "{path}: can't write: {reason}",
    },
}


def fields_of(template: str) -> set[str]:
    """The parameter names a template uses (``{value!r}`` and ``{kw:g}`` both name one)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def render(code: str, params: Mapping[str, Any], lang: str = "en") -> str:
    """The message for ``code`` in ``lang`` (English, then Russian, when the language is unknown).

    A code missing from the table is shown as it is rather than hiding the
    problem; ``tests/catalog/test_messages.py`` fails on any such code in the source.
    """
    texts = MESSAGES.get(code)
    if texts is None:
        return code
    template = texts.get(lang) or texts.get("en") or texts[DEFAULT_LANGUAGE]
    return template.format(**params)
