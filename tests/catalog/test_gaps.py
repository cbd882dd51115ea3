"""The infrastructure gaps report: grouping by town and zone, commitments, overdue, totals."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from guide.catalog.gaps import gap_items, gaps_overview, gaps_report
from guide.catalog.rules import split_list
from guide.catalog.store import Catalog

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def cat(empty_catalog: Catalog) -> Catalog:
    c = empty_catalog
    c.insert("towns", {"id": "temirtau", "name": "Темиртау", "name_en": "Temirtau"})
    c.insert("towns", {"id": "abai", "name": "Абай", "name_en": "Abai"})
    c.insert("zones", {"town": "temirtau", "name": "Северная", "name_en": "Severnaya"})  # zone 1

    def add(title: str, town: str = "temirtau", **values: Any) -> None:
        c.insert("premises", {"town": town, "title": title, "kind": "warehouse", "floor_area_m2": 500, **values})

    add("no gaps", gas=1)
    add("outside, uncommitted", missing_infrastructure="water;sewerage")
    add("in zone, overdue", zone=1, missing_infrastructure="gas", akimat_commitment="Газ", commitment_due="2026-05-31")
    add("in zone, due today", zone=1, missing_infrastructure="power;gas;heating", commitment_due="2026-06-01")
    add(
        "Abai, text only",
        town="abai",
        missing_infrastructure="rail_siding",
        akimat_commitment="Построим тупик",
        status="leased",
        source="demo",
    )
    return c


def test_items_grouped_by_town_in_name_order_and_zone_before_no_zone(cat: Catalog) -> None:
    report = gaps_report(cat, today=TODAY)
    assert list(report.towns) == ["abai", "temirtau"]  # Абай before Темиртау
    assert [i.title for i in report.items] == [
        "Abai, text only",
        "in zone, overdue",
        "in zone, due today",
        "outside, uncommitted",
    ]
    zones = report.zones("temirtau")
    assert list(zones) == [1, None]
    assert [i.title for i in zones[1]] == ["in zone, overdue", "in zone, due today"]
    assert zones[1][0].zone_name == "Северная"
    assert [i.title for i in zones[None]] == ["outside, uncommitted"]


def test_each_item_says_what_is_lacking_committed_and_overdue(cat: Catalog) -> None:
    items = {i.title: i for i in gaps_report(cat, today=TODAY).items}
    assert "no gaps" not in items
    uncommitted = items["outside, uncommitted"]
    assert uncommitted.missing == ["water", "sewerage"]
    assert not uncommitted.committed and uncommitted.commitment is None and uncommitted.due is None
    assert not uncommitted.overdue
    overdue = items["in zone, overdue"]
    assert overdue.committed and overdue.overdue and overdue.due == "2026-05-31" and overdue.commitment == "Газ"
    due_today = items["in zone, due today"]
    assert due_today.committed and not due_today.overdue and due_today.commitment is None
    abai = items["Abai, text only"]
    assert abai.committed and not abai.overdue and abai.demo and abai.status == "leased"
    assert abai.as_dict()["committed"] is True


def test_totals(cat: Catalog) -> None:
    report = gaps_report(cat, today=TODAY)
    assert (report.total_premises, report.total_missing, report.total_committed, report.total_overdue) == (4, 7, 3, 1)
    assert report.total_uncommitted == 1
    temirtau = report.totals("temirtau")
    assert (temirtau.premises, temirtau.missing, temirtau.committed, temirtau.overdue) == (3, 6, 2, 1)
    assert temirtau.by_utility == {"power": 1, "gas": 2, "water": 1, "sewerage": 1, "heating": 1}
    assert report.totals("abai").by_utility == {"rail_siding": 1}
    assert report.totals("nowhere").premises == 0


def test_a_day_later_one_more_is_overdue(cat: Catalog) -> None:
    report = gaps_report(cat, today=TODAY + dt.timedelta(days=1))
    assert report.total_overdue == 2


def test_only_some_towns_and_another_language(cat: Catalog) -> None:
    report = gaps_report(cat, today=TODAY, towns=["temirtau"], lang="en")
    assert list(report.towns) == ["temirtau"]
    assert report.total_premises == 3
    assert report.zones("temirtau")[1][0].zone_name == "Severnaya"


def test_empty_catalog_has_no_gaps(empty_catalog: Catalog) -> None:
    report = gaps_report(empty_catalog, today=TODAY)
    assert report.items == [] and report.towns == {} and report.total_missing == 0


def test_split_list() -> None:
    assert split_list(" gas ; ;water") == ["gas", "water"]
    assert split_list(None) == [] and split_list("") == []


def test_bundled_gaps(catalog: Catalog) -> None:
    # The demo set: 16 premises list missing infrastructure, 14 with a commitment, 6 of them due in 2025.
    report = gaps_report(catalog, today=dt.date(2026, 10, 1))
    assert report.total_premises == 16
    assert report.total_committed == 14
    assert report.total_overdue == 6
    assert all(i.due and i.due < "2026-01-01" for i in report.items if i.overdue)
    assert set(report.towns) == {"temirtau", "balkhash", "shakhtinsk", "abai", "saran"}


def _from_overview(catalog: Catalog, today: dt.date, lang: str, **flags: bool) -> list[Any]:
    """What the window shows, read as it reads it: the overview, then each zone's items page by page."""
    overview = gaps_overview(catalog, today=today, lang=lang)
    shown = []
    for town in overview.towns:
        for zone in town.zones:
            items, after = [], None
            while page := gap_items(catalog, town.town, zone.zone, today=today, lang=lang, after=after, limit=2,
                                    **flags):  # fmt: skip
                items += page
                after = page[-1].premise_id
            assert len(items) == zone.shown(**flags)
            shown.append((town.town, town.totals, zone.zone, zone.name, items))
    return shown


@pytest.mark.parametrize("flags", [{}, {"only_overdue": True}, {"only_uncommitted": True}])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_overview_and_its_pages_say_what_the_report_says(
    cat: Catalog, catalog: Catalog, flags: dict[str, bool], lang: str
) -> None:
    """Issue 18: the window's page aggregates in SQL and reads a page at a time; the figures are the report's."""
    # Values the forms would refuse, as a hand-edited catalog may hold them: read as the report reads them.
    for title, missing, due, text in (("blank list", " ; ", None, None), ("odd due", "gas", "someday", "  ")):
        cat.db.execute(
            "INSERT INTO premises (town, title, kind, floor_area_m2, missing_infrastructure, commitment_due, "
            "akimat_commitment) VALUES ('abai', ?, 'warehouse', 10, ?, ?, ?)",
            [title, missing, due, text],
        )
    for c in (cat, catalog):
        report = gaps_report(c, today=TODAY, lang=lang)
        admitted = {
            i.premise_id
            for i in report.items
            if not (flags.get("only_overdue") and not i.overdue) and not (flags.get("only_uncommitted") and i.committed)
        }
        expected = []
        for town in report.towns:
            for zone, zone_items in report.zones(town).items():
                kept = [i for i in zone_items if i.premise_id in admitted]
                if kept:
                    expected.append((town, report.totals(town), zone, zone_items[0].zone_name, kept))
        got = [entry for entry in _from_overview(c, TODAY, lang, **flags) if entry[4]]
        assert got == expected
        assert gaps_overview(c, today=TODAY, lang=lang).totals == report.totals()
