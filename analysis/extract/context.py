"""Stage 2g: outside context — cited facts from ``data/context.csv`` that apply to this article.

A fact applies when every term of its ``applies_when`` rule occurs in the text.
Context rows are kept apart from the article's own: ``source == "context"``, a
``citation``, and no offsets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference
from ..article import stable_id
from . import codes
from . import events as ev_mod

if TYPE_CHECKING:
    from ..document import Document


def applicable_facts(doc: Document) -> list[dict[str, str]]:
    """The context facts whose rule matches this article."""
    lowered = doc.text.lower()
    out = []
    for row in reference.context_facts():
        terms = [t.strip().lower() for t in (row.get("applies_when") or "").split("|") if t.strip()]
        if terms and all(t in lowered for t in terms):
            out.append(row)
    return out


def canonical_place(name: str) -> str:
    gaz = reference.gazetteer()
    place = gaz.lookup(name) or gaz.country_of(name)
    return place.name if place else name


def context_events(facts, loc_ids) -> list[dict]:
    out = []
    for fact in facts:
        if fact.get("kind") != "event":
            continue
        place = canonical_place(fact.get("place", ""))
        name, goldstein = ev_mod.code(fact.get("cameo", ""))
        out.append({
            "event_id": stable_id("e", "context", fact["fact_id"]), "date": fact.get("date") or None,
            "date_precision": fact.get("date_precision", "day"), "date_basis": "context", "date_text": "",
            "actor": fact.get("actor", ""), "actor_kind": actor_kind(fact.get("actor", "")),
            "action": fact.get("action", ""), "event_type": fact.get("event_type", ""),
            "cameo": fact.get("cameo", ""), "cameo_name": name, "goldstein": goldstein,
            "target": fact.get("target", ""), "target_kind": actor_kind(fact.get("target", "")),
            "location_id": loc_ids.get(place, ""), "location": place, "source": "context",
            "citation": fact.get("source", ""), "note": fact.get("text", ""), "sentence_id": "",
            "start": None, "end": None, "plover": codes.plover(fact.get("cameo", ""))[0] if fact.get("cameo") else "",
            "plover_mode": codes.plover(fact.get("cameo", ""))[1] if fact.get("cameo") else "", "quote_id": "",
            "location_basis": "context" if place else "",
        })
    return out


def actor_kind(name: str) -> str:
    if reference.gazetteer().country_of(name) is not None:
        return "country"
    entry = reference.actor_directory().get(reference.normalise(name))
    return entry.kind if entry else ""


def context_movements(facts, loc_ids, event_rows) -> list[dict]:
    out = []
    for fact in facts:
        if fact.get("kind") != "movement":
            continue
        origin = canonical_place(fact.get("origin", "")) if fact.get("origin") else ""
        destination = canonical_place(fact.get("destination", "")) if fact.get("destination") else ""
        linked = next((e["event_id"] for e in event_rows if e["source"] == "context" and e["location"] == destination
                       and e["date"] == fact.get("date") and e["event_type"] == fact.get("event_type")), "")
        out.append({
            "movement_id": stable_id("m", "context", fact["fact_id"]), "kind": fact.get("movement_kind", ""),
            "actor": fact.get("actor", ""), "origin_id": loc_ids.get(origin, ""), "origin": origin,
            "destination_id": loc_ids.get(destination, ""), "destination": destination,
            "date": fact.get("date") or None, "event_id": linked, "source": "context",
            "citation": fact.get("source", ""), "start": None, "end": None,
        })
    return out
