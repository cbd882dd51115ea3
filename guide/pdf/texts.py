"""The guide's fixed text in Russian, Kazakh and English.

Field labels come from ``guide/catalog/fields.py`` and vocabulary labels
from ``guide/i18n.py``; this table holds only what the printed guide adds:
headings, captions and notes. Indicator names and units are in
``guide/present/indicators.py``, the town figures' labels in
``guide/present/town_figures.py``.
"""

from __future__ import annotations

from guide import i18n

TEXTS: dict[str, dict[str, str]] = {
    # -- document kinds and cover ----------------------------------------------------------------
    "title_region": {
        "ru": "Инвестиционный путеводитель по моногородам Карагандинской области",
        "kk": "Қарағанды облысының моноқалалары бойынша инвестициялық нұсқаулық",
        "en": "Investor guide to the monotowns of Karaganda region",
    },
    "title_town": {
        "ru": "Инвестиционный путеводитель",
        "kk": "Инвестициялық нұсқаулық",
        "en": "Investor guide",
    },
    "title_shortlist": {
        "ru": "Подборка для инвестора",
        "kk": "Инвесторға арналған іріктеме",
        "en": "Investor brief",
    },
    "subtitle_shortlist": {
        "ru": "Выбранные объекты и проекты",
        "kk": "Таңдалған нысандар мен жобалар",
        "en": "Selected premises and projects",
    },
    "region": {"ru": "Карагандинская область", "kk": "Қарағанды облысы", "en": "Karaganda region"},
    "kazakhstan": {"ru": "Республика Казахстан", "kk": "Қазақстан Республикасы", "en": "Republic of Kazakhstan"},
    "issuer": {"ru": "Издатель", "kk": "Шығарушы", "en": "Issued by"},
    "issuer_region": {
        "ru": "Акимат Карагандинской области, управление экономики",
        "kk": "Қарағанды облысының әкімдігі, экономика басқармасы",
        "en": "Akimat of Karaganda region, economy department",
    },
    "issuer_town": {"ru": "Акимат города {town}", "kk": "{town} қаласының әкімдігі", "en": "Akimat of {town}"},
    "date": {"ru": "Дата", "kk": "Күні", "en": "Date"},
    "language": {"ru": "Язык", "kk": "Тілі", "en": "Language"},
    "language_name": {"ru": "русский", "kk": "қазақ тілі", "en": "English"},
    "contact": {"ru": "Контакт", "kk": "Байланыс", "en": "Contact"},
    "generic_contact": {
        "ru": "Управление экономики Карагандинской области",
        "kk": "Қарағанды облысының экономика басқармасы",
        "en": "Economy department of Karaganda region",
    },
    "official_ablaeva": {
        "ru": "Татьяна Аблаева, руководитель управления экономики Карагандинской области",
        "kk": "Татьяна Аблаева, Қарағанды облысы экономика басқармасының басшысы",
        "en": "Tatyana Ablaeva, head of the economy department of Karaganda region",
    },
    "official_taurbekov": {
        "ru": "Ораз Таурбеков, аким города Темиртау",
        "kk": "Ораз Таурбеков, Теміртау қаласының әкімі",
        "en": "Oraz Taurbekov, akim of Temirtau",
    },
    "officials_source": {
        "ru": "Должности — по источнику {ref}; актуальные телефоны уточняйте на сайте акимата.",
        "kk": "Лауазымдар {ref} дереккөзі бойынша; өзекті телефондарды әкімдік сайтынан нақтылаңыз.",
        "en": "Positions as reported in source {ref}; check current phone numbers on the akimat's website.",
    },
    "towns_covered": {"ru": "Города", "kk": "Қалалар", "en": "Towns"},
    "demo_notice": {
        "ru": "Записи с пометкой ДЕМО — демонстрационные данные, а не факты.",
        "kk": "ДЕМО белгісі бар жазбалар — шындық емес, көрсетілім деректері.",
        "en": "Records marked DEMO are demonstration data, not facts.",
    },
    "demo": {"ru": "ДЕМО", "kk": "ДЕМО", "en": "DEMO"},
    "progress_layout": {"ru": "Вёрстка страниц…", "kk": "Беттерді беттеу…", "en": "Laying out the pages…"},
    "progress_done": {"ru": "Готово", "kk": "Дайын", "en": "Done"},
    "toc": {"ru": "Содержание", "kk": "Мазмұны", "en": "Contents"},
    "page_of": {"ru": "стр. {n} из {m}", "kk": "{m} беттің {n}-беті", "en": "page {n} of {m}"},
    # -- sections -------------------------------------------------------------------------------
    "sec_overview": {"ru": "Регион в цифрах", "kk": "Өңір сандармен", "en": "The region at a glance"},
    "sec_comparison": {
        "ru": "Моногорода в сравнении",
        "kk": "Моноқалаларды салыстыру",
        "en": "The monotowns side by side",
    },
    "sec_glance": {"ru": "Город в цифрах", "kk": "Қала сандармен", "en": "The town at a glance"},
    "sec_why": {"ru": "Почему здесь", "kk": "Неліктен мұнда", "en": "Reasons to invest"},
    "sec_status": {"ru": "Статус моногорода", "kk": "Моноқала мәртебесі", "en": "Monotown status"},
    "sec_indicators": {"ru": "Показатели", "kk": "Көрсеткіштер", "en": "Indicators"},
    "sec_economy": {
        "ru": "Экономика и пояс МСБ",
        "kk": "Экономика және ШОБ белдеуі",
        "en": "The economy and the SME belt",
    },
    "sec_infrastructure": {
        "ru": "Инфраструктура и проекты дорожной карты",
        "kk": "Инфрақұрылым және жол картасының жобалары",
        "en": "Infrastructure and roadmap projects",
    },
    "sec_zones": {
        "ru": "Малые промзоны и поддержка",
        "kk": "Шағын өнеркәсіптік аймақтар және қолдау",
        "en": "Small industrial zones and support",
    },
    "sec_premises": {"ru": "Свободные площади", "kk": "Бос алаңдар", "en": "Available premises"},
    "sec_projects": {"ru": "Инвестиционные проекты", "kk": "Инвестициялық жобалар", "en": "Investment projects"},
    "sec_gaps": {
        "ru": "Недостающая инфраструктура",
        "kk": "Жетіспейтін инфрақұрылым",
        "en": "Infrastructure gaps",
    },
    "sec_contacts": {"ru": "Контакты", "kk": "Байланыстар", "en": "Contacts"},
    "sec_sources": {
        "ru": "Источники и даты актуальности",
        "kk": "Дереккөздер және өзектілік күндері",
        "en": "Sources and as-of dates",
    },
    "sec_disclaimer": {"ru": "Оговорка", "kk": "Ескерту", "en": "Disclaimer"},
    "sec_town_profiles": {"ru": "Профили городов", "kk": "Қалалар профильдері", "en": "Town profiles"},
    "sec_selected_premises": {"ru": "Выбранные объекты", "kk": "Таңдалған нысандар", "en": "Selected premises"},
    "sec_selected_projects": {"ru": "Выбранные проекты", "kk": "Таңдалған жобалар", "en": "Selected projects"},
    "sec_former": {"ru": "Бывший моногород", "kk": "Бұрынғы моноқала", "en": "Former monotown"},
    # -- captions and notes ---------------------------------------------------------------------
    "source": {"ru": "Источник", "kk": "Дереккөз", "en": "Source"},
    "as_of": {"ru": "на {date}", "kk": "{date} жағдайы бойынша", "en": "as of {date}"},
    "source_demo": {"ru": "демонстрационные данные", "kk": "көрсетілім деректері", "en": "demonstration data"},
    "source_unknown": {"ru": "источник не указан", "kk": "дереккөз көрсетілмеген", "en": "no source given"},
    "unknown": {"ru": "нет данных", "kk": "деректер жоқ", "en": "not known"},
    # -- what investors read first (issue 14) ----------------------------------------------------
    "not_given": {"ru": "не указано в источниках", "kk": "дереккөздерде көрсетілмеген", "en": "not given"},
    "sec_why_invest": {
        "ru": "Почему стоит инвестировать",
        "kk": "Неліктен инвестиция салу керек",
        "en": "Why invest here",
    },
    "why_intro": {
        "ru": "Только цифры с источником: вес моногородов в экономике области, самые длинные льготы, "
        "расстояния и учебные заведения из каталога.",
        "kk": "Тек дереккөзі бар сандар: моноқалалардың облыс экономикасындағы салмағы, ең ұзақ жеңілдіктер, "
        "каталогтағы қашықтықтар мен оқу орындары.",
        "en": "Sourced figures only: the monotowns' weight in the region's economy, the longest-running "
        "incentives, distances and the schools in the catalog.",
    },
    "what": {"ru": "Что", "kk": "Не", "en": "What"},
    "years": {"ru": "лет", "kk": "жыл", "en": "years"},
    "hours": {"ru": "ч", "kk": "сағ", "en": "h"},
    "sec_incentives": {"ru": "Льготы и меры поддержки", "kk": "Жеңілдіктер мен қолдау шаралары", "en": "Incentives"},
    "incentives_intro": {
        "ru": "Что даёт каждая мера, кому, на какой срок и на каком основании. Знак (!) отмечает сведения, "
        "которые источник даёт неуверенно или которые расходятся между источниками.",
        "kk": "Әр шара не береді, кімге, қанша мерзімге және қандай негізде. (!) белгісі дереккөз сенімсіз беретін "
        "немесе дереккөздер арасында алшақ мәліметтерді білдіреді.",
        "en": "What each measure gives, to whom, for how long and on what legal basis. (!) marks facts a source "
        "gives with doubt or that sources disagree on.",
    },
    "no_incentives": {
        "ru": "В каталоге нет мер поддержки.",
        "kk": "Каталогта қолдау шаралары жоқ.",
        "en": "The catalog lists no incentives.",
    },
    "who_qualifies": {"ru": "Кто может получить", "kk": "Кім ала алады", "en": "Who qualifies"},
    "how_long": {"ru": "Срок", "kk": "Мерзімі", "en": "For how long"},
    "legal_basis": {"ru": "Правовая основа", "kk": "Құқықтық негіз", "en": "Legal basis"},
    "minimum": {"ru": "Минимум", "kk": "Ең азы", "en": "Minimum"},
    "article": {"ru": "статья {n}", "kk": "{n}-бап", "en": "Article {n}"},
    "sec_how_to_start": {"ru": "Как начать", "kk": "Қалай бастау керек", "en": "How to start"},
    "start_contact": {
        "ru": "Первый контакт: «единое окно» для инвесторов или Kazakh Invest. С 2025 года проекты до 150 000 МРП "
        "ведёт региональный пул, более крупные — национальный.",
        "kk": "Алғашқы байланыс: инвесторларға арналған «бір терезе» немесе Kazakh Invest. 2025 жылдан бастап "
        "150 000 АЕК-ке дейінгі жобаларды өңірлік пул, ірілерін ұлттық пул жүргізеді.",
        "en": "First contact: the one-stop shop for investors or Kazakh Invest. Since 2025, projects up to "
        "150,000 MCI go to the regional pool and larger ones to the national pool.",
    },
    "start_site": {
        "ru": "Выбор площадки: свободные помещения и малые промзоны из этого путеводителя. В малой промзоне "
        "недостающую инфраструктуру подводят местные власти.",
        "kk": "Алаң таңдау: осы нұсқаулықтағы бос үй-жайлар мен шағын өнеркәсіптік аймақтар. Шағын аймақта "
        "жетіспейтін инфрақұрылымды жергілікті билік жеткізеді.",
        "en": "Choose a site: the vacant premises and small industrial zones in this guide. In a small "
        "industrial zone the local authorities bring in the missing infrastructure.",
    },
    "start_grant": {
        "ru": "Если нужен натурный грант (земля, здания, оборудование), заранее получите согласие акимата области: "
        "его подают вместе с заявкой на инвестиционный контракт.",
        "kk": "Заттай грант (жер, ғимарат, жабдық) қажет болса, облыс әкімдігінің келісімін алдын ала алыңыз: "
        "ол инвестициялық келісімшартқа өтініммен бірге беріледі.",
        "en": "If you need an in-kind grant (land, buildings, equipment), first obtain the regional akimat's "
        "approval: it is filed with the application for an investment contract.",
    },
    "start_contract": {
        "ru": "Заявка на инвестиционный контракт по приоритетному проекту: налоговые и таможенные преференции "
        "действуют по контракту (см. «Льготы и меры поддержки»).",
        "kk": "Басым жоба бойынша инвестициялық келісімшартқа өтінім: салықтық және кедендік преференциялар "
        "келісімшарт бойынша қолданылады («Жеңілдіктер мен қолдау шаралары» бөлімін қараңыз).",
        "en": "Apply for an investment contract for a priority project: the tax and customs preferences apply "
        "under the contract (see “Incentives”).",
    },
    "start_agreement": {
        "ru": "При вложениях от 7,5 млн МРП возможно соглашение об инвестициях с государством.",
        "kk": "7,5 млн АЕК-тен асатын инвестицияларда мемлекетпен инвестициялар туралы келісім жасауға болады.",
        "en": "From 7.5 million MCI of investment, an Investment Agreement with the state is possible.",
    },
    "start_note": {
        "ru": "Шаги составлены по опубликованным источникам; точный порядок и перечень документов уточняйте "
        "в «едином окне».",
        "kk": "Қадамдар жарияланған дереккөздер бойынша құрастырылды; нақты тәртіп пен құжаттар тізбесін "
        "«бір терезеден» нақтылаңыз.",
        "en": "The steps follow published sources; check the exact procedure and documents with the one-stop shop.",
    },
    "sec_institutions": {
        "ru": "Институты поддержки инвесторов",
        "kk": "Инвесторларды қолдау институттары",
        "en": "Institutions that support investors",
    },
    "no_institutions": {
        "ru": "В каталоге нет институтов поддержки.",
        "kk": "Каталогта қолдау институттары жоқ.",
        "en": "The catalog lists no institutions.",
    },
    "institution": {"ru": "Организация", "kk": "Ұйым", "en": "Institution"},
    "what_it_does": {"ru": "Чем помогает", "kk": "Қалай көмектеседі", "en": "What it does for you"},
    "how_to_reach": {"ru": "Как связаться", "kk": "Қалай хабарласу керек", "en": "How to reach it"},
    "sec_logistics": {"ru": "Логистика", "kk": "Логистика", "en": "Logistics"},
    "no_routes": {
        "ru": "Расстояний из этого города в каталоге нет.",
        "kk": "Каталогта бұл қаладан қашықтықтар жоқ.",
        "en": "The catalog gives no distances from this town.",
    },
    "sec_labour": {"ru": "Население и кадры", "kk": "Халық және кадрлар", "en": "Population and labour"},
    "fallback": dict(i18n.FALLBACK_MARKS),
    "fallback_note": {
        "ru": "",
        "kk": "«(орыс.)» белгісі: мәтіннің қазақша нұсқасы жоқ, орысша түпнұсқасы берілген.",
        "en": "“(ru)” marks text that has no English version yet; the Russian original is shown.",
    },
    # A sourced figure keeps the source's hedge: "about 22 %", "more than 200".
    "q_about": {"ru": "около {v}", "kk": "шамамен {v}", "en": "about {v}"},
    "q_more_than": {"ru": "более {v}", "kk": "{v}-ден астам", "en": "more than {v}"},
    "plan_past_start": {
        "ru": "запуск планировался на {year} год, статус не обновлялся с {date}",
        "kk": "іске қосу {year} жылға жоспарланған еді, мәртебесі {date} бері жаңартылмаған",
        "en": "launch was planned for {year}; the status has not been updated since {date}",
    },
    "plan_past_end": {
        "ru": "завершение планировалось на {year} год, статус не обновлялся с {date}",
        "kk": "аяқтау {year} жылға жоспарланған еді, мәртебесі {date} бері жаңартылмаған",
        "en": "completion was planned for {year}; the status has not been updated since {date}",
    },
    "currency": {"ru": "тенге", "kk": "теңге", "en": "KZT"},
    "not_in_catalog_yet": {
        "ru": "В каталоге пока нет сведений для разделов: {sections}. Эти разделы опущены.",
        "kk": "Каталогта әзірге мына бөлімдерге мәлімет жоқ: {sections}. Бұл бөлімдер көрсетілмеді.",
        "en": "The catalog has nothing yet for these sections, so they are left out: {sections}.",
    },
    "photo_taken": {"ru": "снято {date}", "kk": "түсірілген күні {date}", "en": "taken {date}"},
    "qr_label": {"ru": "объект {n}", "kk": "{n} нысан", "en": "premise {n}"},
    "more_in_catalog": {
        "ru": "…и ещё {n} в каталоге.",
        "kk": "…және каталогта тағы {n}.",
        "en": "…and {n} more in the catalog.",
    },
    "cut": {
        "ru": "[текст сокращён, полностью — в каталоге]",
        "kk": "[мәтін қысқартылды, толығы — каталогта]",
        "en": "[text shortened; the full text is in the catalog]",
    },
    "outdated": {"ru": "устарело", "kk": "ескірген", "en": "outdated"},
    "derived_note": {
        "ru": "Подсчитано по записям этого каталога на {date}; это не данные опубликованного источника.",
        "kk": "Осы каталогтың жазбалары бойынша {date} күні есептелді; бұл жарияланған дереккөздің деректері емес.",
        "en": "Counted from the records in this catalog as of {date}; not figures from a published source.",
    },
    "derived_demo": {
        "ru": "«ДЕМО»: среди подсчитанных записей есть демонстрационные, число не описывает реальность.",
        "kk": "«ДЕМО»: есептелген жазбалардың арасында көрсетілім деректері бар, сан шындықты сипаттамайды.",
        "en": "“DEMO”: the records counted include demonstration data, so the figure does not describe reality.",
    },
    "suppliers_in_catalog": {
        "ru": "Местных поставщиков в каталоге",
        "kk": "Каталогтағы жергілікті жеткізушілер",
        "en": "Local suppliers in the catalog",
    },
    "in_catalog": {"ru": "в каталоге: {n}", "kk": "каталогта: {n}", "en": "in the catalog: {n}"},
    "per_source": {
        "ru": "по данным источника {ref}: {n}",
        "kk": "{ref} дереккөз бойынша: {n}",
        "en": "according to source {ref}: {n}",
    },
    "approx_centre": {
        "ru": "приблизительный центр города, не из источника",
        "kk": "қала орталығы шамамен, дереккөзден емес",
        "en": "approximate town centre, not from a source",
    },
    "straight_line": {
        "ru": "по прямой, вычислено по координатам",
        "kk": "түзу сызық бойынша, координаттардан есептелген",
        "en": "straight-line distance computed from coordinates",
    },
    "sources_numbered_intro": {
        "ru": "Номера в квадратных скобках в тексте и таблицах ссылаются на этот список. Числа, подсчитанные по "
        "каталогу, помечены отдельно и ни на какой источник не ссылаются.",
        "kk": "Мәтін мен кестелердегі төртбұрышты жақшадағы нөмірлер осы тізімге сілтейді. Каталог бойынша "
        "есептелген сандар бөлек белгіленген және ешбір дереккөзге сілтемейді.",
        "en": "Numbers in square brackets in the text and tables refer to this list. Figures counted from the "
        "catalog are marked as such and refer to no source.",
    },
    "unsourced_demo": {
        "ru": "Демонстрационные данные (вымышлены, не факты): записей — {n}",
        "kk": "Көрсетілім деректері (ойдан құрастырылған, шындық емес): жазбалар — {n}",
        "en": "Demonstration data (invented, not facts): {n} records",
    },
    "unsourced_unknown": {
        "ru": "Источник не указан: записей — {n}",
        "kk": "Дереккөз көрсетілмеген: жазбалар — {n}",
        "en": "No source given: {n} records",
    },
    "indicator": {"ru": "Показатель", "kk": "Көрсеткіш", "en": "Indicator"},
    "year": {"ru": "Год", "kk": "Жыл", "en": "Year"},
    "value": {"ru": "Значение", "kk": "Мәні", "en": "Value"},
    "note": {"ru": "Примечание", "kk": "Ескертпе", "en": "Note"},
    "town": {"ru": "Город", "kk": "Қала", "en": "Town"},
    "status": {"ru": "Статус", "kk": "Мәртебесі", "en": "Status"},
    "reason": {"ru": "Основание", "kk": "Негіздеме", "en": "Reason"},
    "capacity": {"ru": "Мощность, объём", "kk": "Қуаты, көлемі", "en": "Capacity"},
    "utilities": {"ru": "Инженерные сети", "kk": "Инженерлік желілер", "en": "Utilities"},
    "missing_and_commitment": {
        "ru": "Недостающая инфраструктура и обязательства акимата",
        "kk": "Жетіспейтін инфрақұрылым және әкімдік міндеттемелері",
        "en": "Missing infrastructure and what the akimat commits to bring",
    },
    "nothing_missing": {
        "ru": "Вся основная инфраструктура подведена.",
        "kk": "Барлық негізгі инфрақұрылым жеткізілген.",
        "en": "All the main infrastructure is in place.",
    },
    "no_commitment": {
        "ru": "Обязательство акимата не оформлено.",
        "kk": "Әкімдік міндеттемесі рәсімделмеген.",
        "en": "No akimat commitment is recorded.",
    },
    "overdue": {"ru": "просрочено", "kk": "мерзімі өтті", "en": "overdue"},
    "location": {"ru": "Расположение", "kk": "Орналасуы", "en": "Location"},
    "regional_centre": {"ru": "Караганда", "kk": "Қарағанды", "en": "Karaganda"},
    "qr_caption": {
        "ru": "QR: координаты объекта",
        "kk": "QR: нысан координаттары",
        "en": "QR: the site's coordinates",
    },
    "photo_missing": {"ru": "Фото нет", "kk": "Фото жоқ", "en": "No photo"},
    "number_sign": {"ru": "№", "kk": "№", "en": "No."},
    "no_premises": {
        "ru": "Свободных объектов в каталоге нет.",
        "kk": "Каталогта бос нысандар жоқ.",
        "en": "The catalog lists no vacant premises.",
    },
    "no_projects": {
        "ru": "Проектов в каталоге нет.",
        "kk": "Каталогта жобалар жоқ.",
        "en": "The catalog lists no projects.",
    },
    "no_zones": {
        "ru": "Малые промзоны в каталоге не указаны.",
        "kk": "Каталогта шағын өнеркәсіптік аймақтар көрсетілмеген.",
        "en": "The catalog lists no small industrial zones.",
    },
    "no_suppliers": {
        "ru": "Местные поставщики в каталоге не указаны.",
        "kk": "Каталогта жергілікті жеткізушілер көрсетілмеген.",
        "en": "The catalog lists no local suppliers.",
    },
    "no_gaps": {
        "ru": "У свободных объектов нет недостающей инфраструктуры.",
        "kk": "Бос нысандарда жетіспейтін инфрақұрылым жоқ.",
        "en": "No vacant premises lack infrastructure.",
    },
    "no_indicators": {
        "ru": "Показатели в каталоге не указаны.",
        "kk": "Каталогта көрсеткіштер көрсетілмеген.",
        "en": "The catalog lists no indicators.",
    },
    "gaps_summary": {
        "ru": "Объектов с недостающей инфраструктурой: {premises}; недостающих сетей: {missing}; "
        "с обязательством акимата: {committed}; из них просрочено: {overdue}.",
        "kk": "Инфрақұрылымы жетіспейтін нысандар: {premises}; жетіспейтін желілер: {missing}; "
        "әкімдік міндеттемесі барлары: {committed}; оның ішінде мерзімі өткені: {overdue}.",
        "en": "Premises lacking infrastructure: {premises}; missing utilities: {missing}; "
        "with an akimat commitment: {committed}; of which overdue: {overdue}.",
    },
    "commitment": {"ru": "Обязательство акимата", "kk": "Әкімдік міндеттемесі", "en": "Akimat commitment"},
    "missing": {"ru": "Не хватает", "kk": "Жетіспейді", "en": "Missing"},
    "premise": {"ru": "Объект", "kk": "Нысан", "en": "Premise"},
    "city_forming": {
        "ru": "Градообразующее предприятие",
        "kk": "Қала құраушы кәсіпорын",
        "en": "City-forming enterprise",
    },
    "sme_belt": {"ru": "Местные поставщики", "kk": "Жергілікті жеткізушілер", "en": "Local suppliers"},
    "local": {"ru": "местная фирма", "kk": "жергілікті фирма", "en": "local firm"},
    "support_text": {
        "ru": "В моногородах планируется создавать малые промышленные зоны в пустующих помещениях; недостающую "
        "инфраструктуру к ним должны подвести местные органы власти. Источник: {ref}.",
        "kk": "Моноқалаларда бос үй-жайларда шағын өнеркәсіптік аймақтар құру жоспарлануда; жетіспейтін "
        "инфрақұрылымды оларға жергілікті билік жеткізуі тиіс. Дереккөз: {ref}.",
        "en": "Small industrial zones are planned in the monotowns' vacant premises; the local authorities are to "
        "bring in the infrastructure the premises lack. Source: {ref}.",
    },
    "why_premises": {
        "ru": "Свободных объектов: {n}, общей площадью {area} м²; с ж/д тупиком: {rail}.",
        "kk": "Бос нысандар: {n}, жалпы ауданы {area} м²; теміржол тұйығы барлары: {rail}.",
        "en": "{n} vacant premises with {area} m² of floor space; {rail} with a rail siding.",
    },
    "why_power": {
        "ru": "Максимальная мощность на свободном объекте: {kw} кВт.",
        "kk": "Бос нысандағы ең үлкен қуат: {kw} кВт.",
        "en": "Highest power available at a vacant site: {kw} kW.",
    },
    "why_zones": {
        "ru": "Малых промзон: {n}.",
        "kk": "Шағын өнеркәсіптік аймақтар: {n}.",
        "en": "Small industrial zones: {n}.",
    },
    "why_suppliers": {
        "ru": "Местных поставщиков в каталоге: {n}.",
        "kk": "Каталогтағы жергілікті жеткізушілер: {n}.",
        "en": "Local suppliers in the catalog: {n}.",
    },
    "why_region": {
        "ru": "С 2022 года в области реализуется Дорожная карта развития моногородов. Её цели — диверсификация "
        "экономики, размещение малого и среднего бизнеса вокруг градообразующих предприятий и привлечение новых "
        "инвесторов. В моногородах планируется создавать малые промышленные зоны в пустующих помещениях, а "
        "недостающую инфраструктуру к ним должны подвести местные органы власти.",
        "kk": "2022 жылдан бері облыста моноқалаларды дамытудың жол картасы іске асырылуда. Оның мақсаттары — "
        "экономиканы әртараптандыру, шағын және орта бизнесті қала құраушы кәсіпорындардың айналасында "
        "орналастыру және жаңа инвесторларды тарту. Моноқалаларда бос үй-жайларда шағын өнеркәсіптік аймақтар "
        "құру жоспарлануда, ал жетіспейтін инфрақұрылымды жергілікті билік жеткізуі тиіс.",
        "en": "Since 2022 the region has been implementing a roadmap for monotown development. Its aims are to "
        "diversify the economy, to locate small and medium-sized businesses around the city-forming companies and "
        "to attract new investors. Small industrial zones are planned in the monotowns' vacant premises, and the "
        "local authorities are to bring in the infrastructure those premises lack.",
    },
    "why_region_source": {"ru": "Источник: {ref}.", "kk": "Дереккөз: {ref}.", "en": "Source: {ref}."},
    "disclaimer": {
        "ru": "Путеводитель подготовлен на основе каталога акимата по состоянию на указанные даты и носит "
        "информационный характер; он не является публичной офертой. Каждый факт сопровождается источником и датой "
        "актуальности. Записи с пометкой ДЕМО — вымышленные демонстрационные данные. Перед принятием решений "
        "уточняйте сведения у контактных лиц акимата и собственников объектов.",
        "kk": "Нұсқаулық әкімдік каталогы негізінде көрсетілген күндердегі жағдай бойынша дайындалған және "
        "ақпараттық сипатта болады; ол жария оферта болып табылмайды. Әр дерек дереккөзімен және өзектілік күнімен "
        "беріледі. ДЕМО белгісі бар жазбалар — ойдан құрастырылған көрсетілім деректері. Шешім қабылдамас бұрын "
        "мәліметтерді әкімдіктің байланыс тұлғаларынан және нысан иелерінен нақтылаңыз.",
        "en": "This guide was prepared from the akimat's catalog as of the dates shown and is for information "
        "only; it is not a public offer. Every fact is given with its source and as-of date. Records marked DEMO "
        "are invented demonstration data. Check the details with the akimat's contacts and the owners of the "
        "premises before making decisions.",
    },
    "sources_intro": {
        "ru": "Каждая запись путеводителя взята из каталога; ниже перечислены источники и даты актуальности.",
        "kk": "Нұсқаулықтағы әр жазба каталогтан алынған; төменде дереккөздер мен өзектілік күндері көрсетілген.",
        "en": "Every record in this guide comes from the catalog; its sources and as-of dates are listed below.",
    },
    "records": {"ru": "Записей", "kk": "Жазбалар", "en": "Records"},
    "link": {"ru": "Ссылка или документ", "kk": "Сілтеме немесе құжат", "en": "Link or document"},
    "undated": {"ru": "без даты", "kk": "күні көрсетілмеген", "en": "undated"},
    "latest": {"ru": "Дата актуальности", "kk": "Өзектілік күні", "en": "As of"},
    "generated": {
        "ru": "Сформировано программой Investor Guide из каталога акимата",
        "kk": "Investor Guide бағдарламасы әкімдік каталогынан құрастырған",
        "en": "Produced by Investor Guide from the akimat's catalog",
    },
    "chart_demo": {"ru": "ДЕМО-данные", "kk": "ДЕМО деректер", "en": "DEMO data"},
}


def t(key: str, lang: str, **values: object) -> str:
    """The fixed text ``key`` in ``lang`` (Russian if missing), with ``{name}`` filled in."""
    entry = TEXTS[key]
    text = entry.get(lang) or entry[i18n.DEFAULT_LANGUAGE]
    return text.format(**values) if values else text
