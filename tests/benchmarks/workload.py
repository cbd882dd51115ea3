"""What the benchmarks ask of a catalog: searches as typed, and structured filters.

The words come from the records themselves (titles, streets, owners,
descriptions, in Russian, Kazakh and English), so most searches find
something, as a user's do; a few words are absent, as typos are. The last
word is cut to a prefix, as it is while the user is still typing.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from guide.catalog.search import Filters
from guide.catalog.store import Catalog
from tests.benchmarks.synthetic import Town

_WORD = re.compile(r"[^\W\d_]{2,}")
# As the search module splits text: anything not a letter or digit separates words.
_SEARCH_WORD = re.compile(r"[^\W_]+")
MISSING_WORDS = ("бетономешалка", "zyxwvut", "қолғап", "кофейня")
# Where a user's words come from, and how often.
TEXT_FIELDS = ("title", "title_kk", "title_en", "address", "owner", "description", "description_kk", "description_en")
TEXT_WEIGHTS = (0.3, 0.1, 0.1, 0.15, 0.1, 0.15, 0.05, 0.05)


def search_words(text: str) -> list[str]:
    return _SEARCH_WORD.findall(text)


@dataclass(frozen=True)
class Search:
    text: str
    town: str


def searches(catalog: Catalog, towns: list[Town], count: int, *, seed: int = 1) -> list[Search]:
    """``count`` searches of 1 to 3 words, the last a prefix of 2 letters or more, each with a town.

    The words are taken, in order, from one field of a random premise, and
    the town is that premise's in four cases of five (another town otherwise,
    so some searches find nothing); one search in twenty has a word no
    record holds.
    """
    rng = random.Random(seed)
    top = int(catalog.db.execute("SELECT max(id) FROM premises").fetchone()[0])
    weights = [t.weight for t in towns]
    found: list[Search] = []
    while len(found) < count:
        record = catalog.get("premises", rng.randint(1, top))
        if record is None:
            continue
        field = rng.choices(TEXT_FIELDS, TEXT_WEIGHTS)[0]
        words = _WORD.findall(record.get(field) or "")
        if not words:
            continue
        n = min(len(words), rng.choices((1, 2, 3), (0.5, 0.35, 0.15))[0])
        first = rng.randrange(len(words) - n + 1)
        chosen = words[first : first + n]
        if rng.random() < 0.05:
            chosen[rng.randrange(n)] = rng.choice(MISSING_WORDS)
        last = chosen[-1]
        chosen[-1] = last[: rng.randint(min(2, len(last)), len(last))]
        text = " ".join(w.lower() if rng.random() < 0.7 else w for w in chosen)
        town = record["town"] if rng.random() < 0.8 else rng.choices(towns, weights)[0].id
        found.append(Search(text, town))
    return found


def filter_cases(towns: list[Town], count: int, *, seed: int = 2) -> list[Filters]:
    """Town + minimum area + minimum kW + rail siding, with thresholds an investor would type."""
    rng = random.Random(seed)
    weights = [t.weight for t in towns]
    return [
        Filters(
            towns=[rng.choices(towns, weights)[0].id],
            min_area_m2=rng.choice((100, 300, 500, 1000, 2000, 5000)),
            min_power_kw=rng.choice((50, 100, 250, 500, 1000)),
            rail_siding=True,
        )
        for _ in range(count)
    ]
