"""Each kind of guide in each language, built from the bundled catalog and read back as text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from guide.pdf.builder import build_guide
from tests.pdf.pdfcheck import flat, guide_text, page_texts

TODAY = dt.date(2026, 11, 27)

# What a reader must find, written out here rather than taken from the
# builder's tables, so a wrong translation fails.
TOWNS = {
    "ru": ["Темиртау", "Балхаш", "Шахтинск", "Абай", "Сарань"],
    "kk": ["Теміртау", "Балқаш", "Шахтинск", "Абай", "Саран"],
    "en": ["Temirtau", "Balkhash", "Shakhtinsk", "Abai", "Saran"],
}
SPECIAL_TITLE = {  # premise 5, whose title tests escaping
    "ru": "Цех ТОО «A&B» <Сервис>",
    "kk": "«A&B» <Сервис> ЖШС цехы",
    "en": "A&B <Service> LLP workshop",
}
DEMO = {"ru": "[ДЕМО]", "kk": "[ДЕМО]", "en": "[DEMO]"}
CONTENTS = {"ru": "Содержание", "kk": "Мазмұны", "en": "Contents"}
PAGE_OF = {"ru": "стр. {n} из {m}", "kk": "{m} беттің {n}-беті", "en": "page {n} of {m}"}
COMMON_HEADINGS = {
    "ru": ["Контакты", "Источники и даты актуальности", "Оговорка"],
    "kk": ["Байланыстар", "Дереккөздер және өзектілік күндері", "Ескерту"],
    "en": ["Contacts", "Sources and as-of dates", "Disclaimer"],
}
TOWN_HEADINGS = {
    "ru": ["Город в цифрах", "Статус моногорода", "Показатели", "Экономика и пояс МСБ",
           "Инфраструктура и проекты дорожной карты", "Малые промзоны и поддержка", "Свободные площади",
           "Инвестиционные проекты"],
    "kk": ["Қала сандармен", "Моноқала мәртебесі", "Көрсеткіштер", "Экономика және ШОБ белдеуі",
           "Инфрақұрылым және жол картасының жобалары", "Шағын өнеркәсіптік аймақтар және қолдау", "Бос алаңдар",
           "Инвестициялық жобалар"],
    "en": ["The town at a glance", "Monotown status", "Indicators", "The economy and the SME belt",
           "Infrastructure and roadmap projects", "Small industrial zones and support", "Available premises",
           "Investment projects"],
}  # fmt: skip
PASSPORT = {
    "ru": ["Инженерные сети", "Недостающая инфраструктура и обязательства акимата"],
    "kk": ["Инженерлік желілер", "Жетіспейтін инфрақұрылым және әкімдік міндеттемелері"],
    "en": ["Utilities", "Missing infrastructure and what the akimat commits to bring"],
}
REGION_HEADINGS = {
    "ru": ["Регион в цифрах", "Моногорода в сравнении", "Бывший моногород: Сарань", "Недостающая инфраструктура"],
    "kk": ["Өңір сандармен", "Моноқалаларды салыстыру", "Бұрынғы моноқала: Саран", "Жетіспейтін инфрақұрылым"],
    "en": ["The region at a glance", "The monotowns side by side", "Former monotown: Saran", "Infrastructure gaps"],
}
SARAN_REASON = {  # the catalog's own text for Saran, in each language
    "ru": "в 2021 году запущена индустриальная зона «Saran»",
    "kk": "2021 жылы «Saran» индустриялық аймағы іске қосылып",
    "en": 'the industrial zone "Saran" was launched in 2021',
}
SHORTLIST_HEADINGS = {
    "ru": ["Выбранные объекты", "Выбранные проекты", "Профили городов"],
    "kk": ["Таңдалған нысандар", "Таңдалған жобалар", "Қалалар профильдері"],
    "en": ["Selected premises", "Selected projects", "Town profiles"],
}

COVER = {  # the date, the language and a named contact
    "ru": ["27 ноября 2026 г.", "русский", "Татьяна Аблаева, руководитель управления экономики"],
    "kk": ["2026 жылғы 27 қараша", "қазақ тілі", "Татьяна Аблаева, Қарағанды облысы экономика басқармасының басшысы"],
    "en": ["27 November 2026", "English", "Tatyana Ablaeva, head of the economy department"],
}

LANGS = ("ru", "kk", "en")


def _check_common(path: Path, pages: int, lang: str) -> str:
    texts = page_texts(path)
    assert len(texts) == pages
    text = flat(" ".join(texts))
    assert CONTENTS[lang] in flat(texts[1])
    for words in COVER[lang]:
        assert words in flat(texts[0]), words
    # the body pages carry "page N of M"; the cover has no footer
    assert PAGE_OF[lang].format(n=2, m=pages) in flat(texts[1])
    assert PAGE_OF[lang].format(n=pages, m=pages) in flat(texts[-1])
    for heading in COMMON_HEADINGS[lang]:
        assert heading in text
    assert DEMO[lang] in text
    return text


@pytest.mark.parametrize("lang", LANGS)
def test_town_guide(catalog, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"temirtau-{lang}.pdf"
    result = build_guide(catalog, out, lang=lang, towns=["Temirtau"], today=TODAY)
    assert result.kind == "town" and result.towns == ["temirtau"]
    text = _check_common(out, result.pages, lang)
    assert TOWNS[lang][0] in flat(page_texts(out)[0])  # the cover names the town
    for heading in TOWN_HEADINGS[lang] + PASSPORT[lang]:
        assert heading in text, heading
    assert SPECIAL_TITLE[lang] in text
    # the table of contents lists the passport with its page number
    toc = flat(page_texts(out)[1])
    assert SPECIAL_TITLE[lang] in toc
    # every vacant Temirtau premise gets a passport: its number heads a page
    numbers = ["№1 ·", "№3 ·", "№4 ·", "№5 ·", "№6 ·"] if lang != "en" else ["No. 1 ·", "No. 5 ·", "No. 6 ·"]
    for number in numbers:
        assert number in text


@pytest.mark.parametrize("lang", LANGS)
def test_regional_guide(catalog, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"region-{lang}.pdf"
    result = build_guide(catalog, out, lang=lang, today=TODAY)
    assert result.kind == "region"
    assert set(result.towns) == {"temirtau", "balkhash", "shakhtinsk", "abai", "saran"}
    text = _check_common(out, result.pages, lang)
    for town in TOWNS[lang]:
        assert town in text
    for heading in REGION_HEADINGS[lang] + TOWN_HEADINGS[lang]:
        assert heading in text, heading
    assert SARAN_REASON[lang] in text
    assert SPECIAL_TITLE[lang] in text  # in the premises table and the gaps table
    # the article's facts, with their source
    assert "57 %" in text and "312" in text
    assert "inbusiness.kz" in text


@pytest.mark.parametrize("lang", LANGS)
def test_shortlist_brief(catalog, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"brief-{lang}.pdf"
    result = build_guide(catalog, out, lang=lang, premises=[5, 22], projects=["8"], today=TODAY)
    assert result.kind == "shortlist"
    assert result.premises == [5, 22] and result.projects == [8]
    assert result.towns == ["temirtau", "abai", "balkhash"]
    text = _check_common(out, result.pages, lang)
    for heading in SHORTLIST_HEADINGS[lang] + PASSPORT[lang]:
        assert heading in text, heading
    assert SPECIAL_TITLE[lang] in text
    for town in ("Temirtau", "Abai", "Balkhash"):
        assert TOWNS[lang][TOWNS["en"].index(town)] in text
    # only the chosen premises get passports
    other = {"ru": "Производственный цех бывшего ремонтно-механического завода",
             "kk": "Бұрынғы жөндеу-механикалық зауыттың өндірістік цехы",
             "en": "Production hall of a former repair and engineering plant"}[lang]  # fmt: skip
    assert other not in text


def test_english_guide_marks_text_without_an_english_version(catalog, tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    catalog.update("premises", 3, {"title_en": None})
    build_guide(catalog, out, lang="en", premises=[3], today=TODAY)
    text = guide_text(out)
    # premise 3 has no English title: the Russian one prints, marked
    assert "Офисные помещения в бизнес-центре «Самал» (ru)" in text


def test_overdue_commitment_is_flagged(catalog, tmp_path: Path) -> None:
    catalog.update("premises", 5, {"commitment_due": "2026-01-15"})
    out = tmp_path / "overdue.pdf"
    build_guide(catalog, out, lang="en", premises=[5], today=TODAY)
    assert "Commitment due: 15 Jan 2026 (overdue)" in guide_text(out)
