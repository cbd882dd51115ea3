"""Matching narrows in SQL before judging, and ranks exactly as judging every premise did.

``reference_match`` is the implementation before the narrowing (issue 18): every premise read and
judged in Python. On a generated catalog full of blanks, ties, odd statuses and commitments, the
narrowed :func:`match_premises` must give the same results (records, scores, explanations, order)
for many random needs, limits and ``include_unavailable``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import guide.catalog.match as match
from guide import i18n
from guide.catalog.match import MatchResult, Needs, match_premise, match_premises
from guide.catalog.rules import is_on_offer
from guide.catalog.store import Catalog

TODAY = dt.date(2026, 6, 1)
TOWNS = ("temirtau", "karaganda", "balkhash", "satpayev", "shakhtinsk", "tekeli")
KINDS = tuple(i18n.codes("premise_kind"))
UTILITIES = ("power", "gas", "water", "heating", "sewerage", "rail_siding", "road", "telecom")
# Stray spaces and blanks too: the Python rules strip them, the SQL must not lose such a premise.
STATUSES = ("vacant", "vacant", "vacant", "reserved", "leased", "sold", None, "", " sold ", "Vacant")
PRICE_UNITS = ("total", "per_month", "per_year", "per_m2_month")
PREMISES = 1500


def reference_match(
    premises: list[dict], needs: Needs, *, today: dt.date, limit: int | None = None
) -> list[MatchResult]:
    """match_premises as it was before issue 18 (``catalog.all("premises")`` passed in as ``premises``)."""
    results = [
        match_premise(premise, needs, today=today)
        for premise in premises
        if (needs.include_unavailable or is_on_offer(premise)) and (not needs.towns or premise["town"] in needs.towns)
    ]
    results = [r for r in results if r.score > 0]
    results.sort(key=lambda r: (not r.available, -round(r.score, 9), len(r.unknown), r.premise["id"]))
    return results if limit is None else results[:limit]


def _maybe(rng: random.Random, values: tuple[Any, ...], blank: float = 0.2) -> Any:
    return None if rng.random() < blank else rng.choice(values)


def _premise(rng: random.Random, columns: set[str]) -> dict[str, Any]:
    # Few distinct values, so that many premises tie on the score and the order falls to unknowns and ids.
    lacking = rng.sample(UTILITIES, rng.randint(0, 4))
    record = {
        "town": rng.choices(TOWNS, (8, 5, 3, 2, 1, 1))[0],
        "title": "Объект",
        "kind": rng.choice(KINDS),
        "floor_area_m2": _maybe(rng, (80.0, 300.0, 500.0, 1000.0, 2500.0, 6000.0), 0.3),
        "land_area_ha": _maybe(rng, (0.01, 0.05, 0.3, 1.0, 2.5), 0.6),
        "price_kzt": _maybe(rng, (0.0, 150_000.0, 1_000_000.0, 5_000_000.0, 40_000_000.0), 0.25),
        "power_kw": _maybe(rng, (0.0, 50.0, 100.0, 250.0, 1000.0), 0.25),
        "distance_rail_km": _maybe(rng, (0.0, 0.5, 1.0, 3.0, 12.0), 0.4),
        "missing_infrastructure": rng.choice((None, "", "; ".join(lacking), " ;".join(lacking) + " ")),
        "akimat_commitment": rng.choice((None, None, "", "   ", "Газ и вода до 2027 года")),
        "commitment_due": rng.choice((None, None, "", "2025-12-31", "2026-06-01", "2026-06-02", "2028-01-01", "скоро")),
        "status": rng.choice(STATUSES),
    }
    for flag in ("gas", "water", "heating", "sewerage", "rail_siding"):
        record[flag] = _maybe(rng, (0, 1, 1), 0.25)
    if "price_unit" in columns:
        record["price_unit"] = _maybe(rng, PRICE_UNITS, 0.2)
    return record


def _needs(rng: random.Random) -> Needs:
    def sometimes(value: Any, chance: float = 0.4) -> Any:
        return value if rng.random() < chance else None

    values: dict[str, Any] = {
        "towns": rng.sample((*TOWNS, "zhezkazgan"), rng.choice((0, 0, 1, 1, 1, 2, 3))),
        "kind": sometimes(rng.choice(KINDS), 0.25),
        "min_area_m2": sometimes(rng.choice((100, 500, 1000, 3000, 10_000))),
        "min_power_kw": sometimes(rng.choice((1, 50, 100, 300, 2000))),
        "gas": rng.random() < 0.4,
        "water": rng.random() < 0.3,
        "heating": rng.random() < 0.3,
        "sewerage": rng.random() < 0.3,
        "rail": rng.random() < 0.3,
        "max_price_kzt": sometimes(rng.choice((0, 200_000, 2_000_000, 50_000_000)), 0.3),
        "max_distance_rail_km": sometimes(rng.choice((0.5, 1, 5)), 0.3),
        "include_unavailable": rng.random() < 0.3,
    }
    if "price_unit" in {f.name for f in dataclasses.fields(Needs)}:
        values["price_unit"] = sometimes(rng.choice(PRICE_UNITS), 0.5)
    return Needs(**values)


@pytest.fixture(scope="module")
def generated() -> Iterator[tuple[Catalog, list[dict]]]:
    catalog = Catalog.memory()
    rng = random.Random(18)
    for town in TOWNS + ("zhezkazgan",):
        catalog.insert("towns", {"id": town, "name": town.title()})
    columns = {row[1] for row in catalog.db.execute("PRAGMA table_info(premises)")}
    records = [_premise(rng, columns) for _ in range(PREMISES)]
    names = list(records[0])
    with catalog.transaction():
        # Straight into the table (the forms would refuse " sold " and the blanks we want to keep).
        catalog.db.conn.executemany(
            f"INSERT INTO premises ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
            [[record[name] for name in names] for record in records],
        )
    yield catalog, catalog.all("premises")
    catalog.close()


def test_narrowed_matching_ranks_as_judging_every_premise(generated: tuple[Catalog, list[dict]]) -> None:
    catalog, premises = generated
    rng = random.Random(7)
    cases = [Needs(), Needs(towns=["temirtau"]), Needs(include_unavailable=True), Needs(gas=True)]
    cases += [_needs(rng) for _ in range(100)]
    compared = 0
    for number, needs in enumerate(cases):
        everything = reference_match(premises, needs, today=TODAY)
        # No limit, or a limit at the end or just past it; a small one; a cut inside a run of
        # equal scores, where only unknowns and ids decide.
        limits = [(None, len(everything), len(everything) + 1)[number % 3], rng.choice((0, 1, 2, 5, 10))]
        if everything:
            limits.append(rng.randrange(len(everything)))
        for limit in limits:
            expected = everything if limit is None else everything[:limit]
            got = match_premises(catalog, needs, today=TODAY, limit=limit)
            assert got == expected, f"{needs} limit={limit}"
            compared += len(expected)
    # The catalog and the needs are varied enough to rank something, with ties and commitments among it.
    assert compared > 5_000, compared


def test_the_reference_sees_ties_commitments_and_odd_statuses(generated: tuple[Catalog, list[dict]]) -> None:
    """The comparison above would prove little on a catalog without the cases the narrowing must get right."""
    _catalog, premises = generated
    results = reference_match(premises, Needs(gas=True, water=True, include_unavailable=True), today=TODAY)
    scores = [round(r.score, 9) for r in results]
    assert len(set(scores)) < len(scores) / 10  # many ties
    assert any(r.committed and not r.overdue for r in results) and any(r.overdue for r in results)
    assert any(not r.available for r in results) and any(r.premise["status"] == " sold " for r in results)


def test_limited_matching_reads_and_judges_only_the_candidates(
    generated: tuple[Catalog, list[dict]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The best 5 for a town are found without reading or judging most of the town's premises."""
    catalog, premises = generated
    read: list[Any] = []
    judged: list[Any] = []
    real_premises, real_judge = match._premises, match.match_premise

    def reading(catalog: Catalog, ids: list[Any], *args: Any) -> list[dict]:
        read.extend(ids)
        return real_premises(catalog, ids, *args)

    def judging(premise: dict, needs: Needs, **kwargs: Any) -> MatchResult:
        judged.append(premise["id"])
        return real_judge(premise, needs, **kwargs)

    monkeypatch.setattr(match, "_premises", reading)
    monkeypatch.setattr(match, "match_premise", judging)
    needs = Needs(towns=["temirtau"], min_power_kw=100, gas=True)
    results = match_premises(catalog, needs, today=TODAY, limit=5)

    assert results == reference_match(premises, needs, today=TODAY, limit=5)
    in_town = sum(1 for p in premises if p["town"] == "temirtau")
    assert len(results) == 5 and len(read) < in_town / 5 and len(judged) < in_town / 10, (len(read), len(judged))
    towns = {p["id"]: p["town"] for p in premises}
    assert {towns[i] for i in judged} == {"temirtau"}


def test_a_result_at_the_end_of_the_first_page_of_candidates_is_listed_once() -> None:
    """The candidates come in pages (the first 4 × limit + 64, then the rest): the premise that ends
    the first page, the only one that scores, is listed once, and the one after it is not lost."""
    catalog = Catalog.memory()
    try:
        catalog.insert("towns", {"id": "temirtau", "name": "Темиртау"})
        page = 4 * 2 + 64
        # All bound alike (gas missed, perhaps committed); only the page's last and the one after it score.
        rows = [(n, None, None) for n in range(1, 301)]
        rows[page - 1] = rows[page] = (page, "gas", "Газ до 2030 года")
        rows[page] = (page + 1, "gas", "Газ до 2030 года")
        with catalog.transaction():
            catalog.db.conn.executemany(
                "INSERT INTO premises (id, town, title, kind, floor_area_m2, gas, missing_infrastructure, "
                "akimat_commitment, status) VALUES (?, 'temirtau', 'Объект', 'warehouse', 500, 0, ?, ?, 'vacant')",
                rows,
            )
        needs = Needs(gas=True)
        expected = reference_match(catalog.all("premises"), needs, today=TODAY)
        assert [r.id for r in expected] == [page, page + 1]
        assert match_premises(catalog, needs, today=TODAY, limit=2) == expected
        assert match_premises(catalog, needs, today=TODAY, limit=3) == expected
    finally:
        catalog.close()


@pytest.mark.parametrize(
    ("first_id", "land_area_ha", "winner"),
    [(5000, None, 20), (5000, 0.05, 20), (10, 0.05, 10)],
    ids=["fewer unknowns win", "lower id wins", "higher id loses"],
)
def test_a_premise_whose_bound_only_ties_the_last_result_can_still_take_its_place(
    first_id: int, land_area_ha: float | None, winner: int
) -> None:
    """The best one for 'area ≥ 1000 m², gas'. Read first: a plot with gas whose land area the index
    can't see (too small, or not given: an unknown figure), 0.5. Then thousands that score 0. Last, as
    its floor area is too small: premise 20 with gas, 0.5 too. It ties on the score, and must still
    be judged: it wins on fewer unknown figures or a lower id."""
    catalog = Catalog.memory()
    try:
        catalog.insert("towns", {"id": "temirtau", "name": "Темиртау"})
        rows = [(first_id, land_area_ha, None, 1)]  # id, land ha, floor m², gas
        rows += [(1000 + n, 0.05, None, 0) for n in range(3000)]  # area (land) and gas missed
        rows += [(20, None, 100.0, 1)]
        with catalog.transaction():
            catalog.db.conn.executemany(
                "INSERT INTO premises (id, town, title, kind, land_area_ha, floor_area_m2, gas, status) "
                "VALUES (?, 'temirtau', 'Объект', 'land_plot', ?, ?, ?, 'vacant')",
                rows,
            )
        needs = Needs(min_area_m2=1000, gas=True)
        expected = reference_match(catalog.all("premises"), needs, today=TODAY)
        assert [r.score for r in expected] == [0.5, 0.5] and expected[0].id == winner
        assert match_premises(catalog, needs, today=TODAY, limit=1) == expected[:1]
        assert match_premises(catalog, needs, today=TODAY, limit=2) == expected
    finally:
        catalog.close()


def test_a_column_the_checks_read_but_the_narrowing_does_not_is_an_error(
    generated: tuple[Catalog, list[dict]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Candidates are judged on JUDGED_COLUMNS and the results again on whole records: a check that
    reads a column the list lacks can't quietly rank wrong (as a new price check would, say)."""
    catalog, _premises = generated
    monkeypatch.setattr(match, "JUDGED_COLUMNS", tuple(c for c in match.JUDGED_COLUMNS if c != "gas"))
    match_premises(catalog, Needs(water=True), today=TODAY, limit=5)
    with pytest.raises(RuntimeError, match="JUDGED_COLUMNS"):
        match_premises(catalog, Needs(gas=True), today=TODAY, limit=5)


def test_another_program_writing_while_matching_changes_nothing_in_the_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The candidates and the results' whole records are read from one state of the catalog."""
    path = tmp_path / "catalog.db"
    catalog = Catalog.open(path, create=True)
    other = Catalog.open(path)
    try:
        catalog.insert("towns", {"id": "temirtau", "name": "Темиртау"})
        for number in range(20):
            catalog.insert(
                "premises",
                {"town": "temirtau", "title": f"Цех {number}", "kind": "warehouse", "floor_area_m2": 500, "gas": 1},
            )
        needs = Needs(gas=True)
        before = match_premises(catalog, needs, today=TODAY, limit=3)
        real = match._with_whole_records

        def written_meanwhile(*args: Any) -> list[MatchResult]:
            other.update("premises", before[0].id, {"gas": 0, "title": "Газ отключён"})
            return real(*args)

        monkeypatch.setattr(match, "_with_whole_records", written_meanwhile)
        assert match_premises(catalog, needs, today=TODAY, limit=3) == before
        monkeypatch.undo()
        after = match_premises(catalog, needs, today=TODAY, limit=3)
        assert before[0].id not in [r.id for r in after] and len(after) == 3
    finally:
        other.close()
        catalog.close()


def test_with_all_a_premise_not_on_offer_is_found_after_hundreds_that_score_nothing() -> None:
    """Premises on offer come first, so the one sold premise with gas is read after every one on offer
    (far past the first page of candidates); none of those scores, so the sold one is the best."""
    catalog = Catalog.memory()
    try:
        catalog.insert("towns", {"id": "temirtau", "name": "Темиртау"})
        rows = [(n, 0, "vacant") for n in range(1, 301)] + [(301, 1, "sold")]
        with catalog.transaction():
            catalog.db.conn.executemany(
                "INSERT INTO premises (id, town, title, kind, floor_area_m2, gas, status) "
                "VALUES (?, 'temirtau', 'Объект', 'warehouse', 500, ?, ?)",
                rows,
            )
        needs = Needs(gas=True, include_unavailable=True)
        expected = reference_match(catalog.all("premises"), needs, today=TODAY)
        assert [r.id for r in expected] == [301]
        assert match_premises(catalog, needs, today=TODAY, limit=1) == expected
    finally:
        catalog.close()
