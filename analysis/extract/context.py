"""Stage 2g: outside context — cited facts from ``data/context.csv`` that apply to this article.

A fact applies only when its ``applies_when`` rule matches this article and the
article could have known it:

* the rule: terms separated by ``|``, every one required; a term may offer
  spellings separated by ``/`` (``Suleimani/Soleimani``); each is matched as a
  whole word or phrase, case-insensitively, in the article's news (headline,
  body, captions), never in credits or boilerplate ("missile" in "missiles"
  counts; "Iran" in "Iranian" does not — name the demonym as a spelling);
* the date: a fact dated after the article's publication is never attached (an
  article of 8 January 2020 cannot report a casualty count of 21 February), and
  one dated more than a year before it is not either; without a publication
  date no dated fact is attached.

Context rows are kept apart from the article's own: ``source == "context"``, a
``citation``, and no offsets.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import reference
from ..article import stable_id
from . import codes
from . import events as ev_mod

if TYPE_CHECKING:
    from ..document import Document


# How long after its date a fact still stands as background to a report.
FACT_WINDOW = timedelta(days=366)


def applicable_facts(doc: Document) -> list[dict[str, str]]:
    """The context facts whose rule matches this article and whose date it could know."""
    news = " ".join(doc.norm[a:b] for a, b in doc.news_spans())
    found: dict[str, bool] = {}  # facts share terms ("Iran/Iranian"): each spelling is searched for once
    out = []
    for row in reference.context_facts():
        # the date first: it is free, and it rules out most facts without reading the text
        if in_window(row.get("date") or "", doc.published) and rule_matches(row.get("applies_when") or "", news, found):
            out.append(row)
    return out


def rule_matches(rule: str, text: str, found: dict[str, bool] | None = None) -> bool:
    """Every ``|``-separated term of ``rule`` occurs in ``text`` as a whole word (any of its ``/`` spellings).

    ``found``: what earlier calls on the same ``text`` found, by spelling (filled in here)."""
    found = {} if found is None else found

    def occurs(spelling: str) -> bool:
        if spelling not in found:
            found[spelling] = _term(spelling).search(text) is not None
        return found[spelling]

    terms = [t.strip() for t in rule.split("|") if t.strip()]
    return bool(terms) and all(any(occurs(spelling) for spelling in term.split("/") if spelling.strip()) for term in terms)


@lru_cache(maxsize=256)
def _term(spelling: str) -> re.Pattern:
    words = r"\s+".join(re.escape(w) for w in spelling.strip().split())
    return re.compile(rf"(?<![\w-]){words}(?:s|es)?(?![\w-])", re.IGNORECASE)  # "missile" also finds "missiles"


def in_window(fact_date: str, published: date | None) -> bool:
    """A fact dated after publication, more than :data:`FACT_WINDOW` before it, or with no publication known, is out."""
    if not fact_date:
        return True  # an undated fact (a standing relation) is not bound to a time
    try:
        when = date.fromisoformat(fact_date)
    except ValueError:
        return False
    return published is not None and when <= published <= when + FACT_WINDOW


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
            "location_basis": "context" if place else "", "party": "",
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
