"""What the guide takes from the catalog, and the published sources the guide cites itself.

The towns' counts and totals are the catalog's one town summary
(:mod:`guide.catalog.summary`), the same the window and the CLI show; the
guide prints them as "counted in this catalog", with the DEMO mark when any
counted record is demo, and never under a published source's name. The
references below are the sources of the few facts the guide's own text
states (the roadmap's aims, the officials' positions).
"""

from __future__ import annotations

from typing import Any

from guide.catalog.rules import is_on_offer
from guide.pdf.context import Reference

# The seed article: the monotown list, the roadmap, the Temirtau SME belt, the
# officials. The bundled records cite it with the same link, so the guide's
# sources list shows it once.
ARTICLE = Reference(
    title="inbusiness.kz: «Сарань больше не моногород. Кто остался в списке?» (со ссылкой на сайт акимата "
    "Карагандинской области)",
    title_kk="inbusiness.kz: «Саран енді моноқала емес. Тізімде кім қалды?» (Қарағанды облысы әкімдігінің сайтына "
    "сілтемемен; мақала орыс тілінде)",
    title_en="inbusiness.kz: “Saran is no longer a monotown. Who remains on the list?” (citing the Karaganda region "
    "akimat's website; article in Russian)",
    url="https://inbusiness.kz/ru/last/saran-bolshe-ne-monogorod-kto-ostalsya-v-spiske",
    date="2024-01-01",
)
# The catalog's figures that a published source also states: the guide prints
# both, saying which is which ("in the catalog: 6; according to source [1]: 50").
SOURCED_COUNTERPARTS = {"local_suppliers": "sme_belt_local"}
# Towns that belong in a regional guide even without premises or projects.
GUIDE_STATUSES = ("monotown", "former_monotown")


def premises_on_offer(catalog: Any, town_id: str) -> list[dict[str, Any]]:
    """A town's premises the guide lists: vacant or status not given (``rules.is_on_offer``)."""
    return [p for p in catalog.where("premises", "town", town_id) if is_on_offer(p)]


def guide_towns(catalog: Any) -> list[dict[str, Any]]:
    """The towns a regional guide covers: monotowns, former monotowns, and any town with premises.

    Monotowns come first, then former monotowns, then the rest, each group by name.
    """
    order = {status: i for i, status in enumerate(GUIDE_STATUSES)}
    chosen = []
    for town in catalog.all("towns"):
        has_records = any(catalog.where(kind, "town", town["id"]) for kind in ("premises", "projects", "zones"))
        if town.get("monotown_status") in GUIDE_STATUSES or has_records:
            chosen.append(town)
    return sorted(chosen, key=lambda t: (order.get(t.get("monotown_status"), 9), str(t["name"]).casefold()))


def status_history(catalog: Any, town_id: str) -> list[dict[str, Any]]:
    return sorted(catalog.where("town_status", "town", town_id), key=lambda r: (r["year"], r["id"]))


def regional_centre(catalog: Any) -> tuple[float, float] | None:
    """Karaganda's coordinates from the catalog, if it holds them."""
    town = catalog.get("towns", "karaganda")
    if town and town.get("lat") is not None and town.get("lon") is not None:
        return float(town["lat"]), float(town["lon"])
    return None
