"""The guides' investor sections (issue 14), read back from the PDFs in each language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from guide.catalog.store import Catalog
from guide.pdf.builder import build_guide
from guide.pdf.sections_invest import incentives_for
from tests.pdf.pdfcheck import guide_text

TODAY = dt.date(2026, 11, 27)
LANGS = ("ru", "kk", "en")

# Written out here, not taken from the builder's tables, so a wrong translation fails.
REGION_HEADINGS = {
    "ru": ["Почему стоит инвестировать", "Льготы и меры поддержки", "Как начать", "Институты поддержки инвесторов"],
    "kk": ["Неліктен инвестиция салу керек", "Жеңілдіктер мен қолдау шаралары", "Қалай бастау керек",
           "Инвесторларды қолдау институттары"],
    "en": ["Why invest here", "Incentives", "How to start", "Institutions that support investors"],
}  # fmt: skip
INCENTIVE_COLUMNS = {
    "ru": ["Кто может получить", "Срок", "Правовая основа"],
    "kk": ["Кім ала алады", "Мерзімі", "Құқықтық негіз"],
    "en": ["Who qualifies", "For how long", "Legal basis"],
}
# A row of the table: the CIT exemption, its term and its basis, in the catalog's words for each language.
CIT_ROW = {
    "ru": ["Освобождение от корпоративного подоходного налога", "до 10 лет", "Предпринимательский кодекс РК"],
    "kk": ["Корпоративтік табыс салығынан босату", "10 жылға дейін", "ҚР Кәсіпкерлік кодексі"],
    "en": ["Corporate income tax exemption", "up to 10 years", "Entrepreneurial Code of Kazakhstan"],
}
INSTITUTIONS = {
    "ru": ["Kazakh Invest", "+7 7172 620 665", "«Сарыарка»", "не указано в источниках"],
    "kk": ["Kazakh Invest", "+7 7172 620 665", "«Сарыарқа»", "дереккөздерде көрсетілмеген"],
    "en": ["Kazakh Invest", "+7 7172 620 665", "SPK Saryarka", "not given"],
}
WHY = {"ru": "57 %", "kk": "57 %", "en": "57 %"}
STEP = {
    "ru": "согласие акимата области",
    "kk": "облыс әкімдігінің келісімін",
    "en": "the regional akimat's approval",
}
TOWN_HEADINGS = {
    "ru": ["Логистика", "Население и кадры"],
    "kk": ["Логистика", "Халық және кадрлар"],
    "en": ["Logistics", "Population and labour"],
}
BALKHASH = {
    "ru": ["Караганда", "363 км", "73 450", "Автодорога", "Железная дорога", "Сумма указанных участков"],
    "kk": ["Қарағанды", "363 км", "73 450", "Автожол", "Теміржол", "Көрсетілген бөліктердің қосындысы"],
    "en": ["Karaganda", "363 km", "73,450", "Road", "Rail", "Sum of stated legs"],
}
ZONE_REGIME = {"ru": "Малые промышленные зоны", "kk": "Шағын өнеркәсіптік аймақтар", "en": "Small industrial zones"}
BALKHASH_PLAN = {"ru": "Комплексный план развития Балхаша", "kk": "Балқашты дамытудың", "en": "Balkhash comprehensive"}


@pytest.fixture(scope="module")
def bundled() -> Catalog:
    from guide.catalog.bundled import load_bundled

    catalog = Catalog.memory()
    load_bundled(catalog)
    return catalog


@pytest.mark.parametrize("lang", LANGS)
def test_the_regional_guide_has_the_investor_sections(bundled: Catalog, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"region-{lang}.pdf"
    build_guide(bundled, out, lang=lang, today=TODAY)
    text = guide_text(out)
    for words in [*REGION_HEADINGS[lang], *INCENTIVE_COLUMNS[lang], *CIT_ROW[lang], *INSTITUTIONS[lang]]:
        assert words in text, words
    assert WHY[lang] in text and STEP[lang] in text
    # Each incentive's source is printed, and the mark of an uncertain one (⚠, which the font lacks, prints as "(!)").
    assert "PwC Kazakhstan" in text and "(!) " in text


@pytest.mark.parametrize("lang", LANGS)
def test_a_town_guide_has_logistics_and_labour(bundled: Catalog, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"balkhash-{lang}.pdf"
    build_guide(bundled, out, lang=lang, towns=["balkhash"], today=TODAY)
    text = guide_text(out)
    for words in [*TOWN_HEADINGS[lang], *BALKHASH[lang]]:
        assert words in text, words
    # The population's own source and date.
    assert "parasat.club" in text and "2024" in text


@pytest.mark.parametrize("lang", LANGS)
def test_a_brief_has_the_incentives_of_its_premises_and_the_contacts(
    bundled: Catalog, tmp_path: Path, lang: str
) -> None:
    out = tmp_path / f"brief-{lang}.pdf"
    # Premise 8 is in Balkhash's small industrial zone.
    build_guide(bundled, out, lang=lang, premises=[8], today=TODAY)
    text = guide_text(out)
    assert REGION_HEADINGS[lang][1] in text and REGION_HEADINGS[lang][3] in text
    assert ZONE_REGIME[lang] in text and BALKHASH_PLAN[lang] in text and CIT_ROW[lang][0] in text


def test_which_incentives_apply_where(bundled: Catalog) -> None:
    every = {r["name_en"] for r in incentives_for(bundled)}
    town = {r["name_en"] for r in incentives_for(bundled, towns=["temirtau"])}
    zoned = {r["name_en"] for r in incentives_for(bundled, towns=["temirtau"], zones=[1])}
    assert "Corporate income tax exemption (priority project)" in town
    # Balkhash's own plan and the SEZ in Karaganda don't apply to a Temirtau site; the zone regime needs a zone.
    assert "Balkhash comprehensive development plan 2023–2027" in every - town
    assert "Saryarka special economic zone regime" not in zoned
    assert zoned - town == {"Small industrial zones"}
