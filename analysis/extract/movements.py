"""Stage 2f: movements — what travelled from where to where (missiles, drones, troops).

Derived from events: an attack with missiles goes from the attacker's country
to the place attacked; a withdrawal leaves its place and heads wherever the
same paragraph says troops were heading.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from .. import reference
from ..article import stable_id
from .clauses import sentence_clauses
from .events import FORCES, Event, sends_forces
from .locations import located_name

if TYPE_CHECKING:
    from ..document import Document

_KIND_WORDS = (
    (re.compile(r"\bdrones?\b", re.IGNORECASE), "drone_strike"),
    (re.compile(r"\b(?:ballistic |cruise )?missiles?\b", re.IGNORECASE), "missile_strike"),
    (re.compile(r"\brockets?\b", re.IGNORECASE), "rocket_strike"),
    # (something from the air: a car bomb or a bomb left at a market travelled nowhere)
    (re.compile(r"\bair ?(?:strikes?|raids?)\b|\bairstrikes?\b|\bbomb(?:ers?|ing raids?)\b|\bwarplanes?\b|\bjets? bombed\b",
                re.IGNORECASE), "air_strike"),
)


class Movement(NamedTuple):
    movement_id: str
    kind: str
    actor: str
    origin: str  # canonical place names; the frame joins them to location ids
    destination: str
    date: date | None
    event_id: str
    source: str
    start: int
    end: int


def _strike_kind(sentence: str) -> str:
    for pattern, kind in _KIND_WORDS:
        if pattern.search(sentence):
            return kind
    return ""


def movements(doc: Document, events: list[Event]) -> list[Movement]:
    """Each row represents one movement of weapons or forces between two places."""
    countries = {code: place.name for code, place in reference.gazetteer().countries.items()}
    by_id = {s.sentence_id: s for s in doc.sentences}
    index = {s.sentence_id: i for i, s in enumerate(doc.sentences)}
    # forces sent somewhere, as the text tells it happened ("deployed 3,000 troops from Fort Bragg to Poland")
    sent_by = {ev.event_id: found for ev in events if ev.location and ev.location_basis == "clause"
               for found in [_sending(doc, ev, index[ev.sentence_id], by_id[ev.sentence_id].end)] if found is not None}
    heading: dict[int, list[Event]] = {}
    for ev in events:
        if (ev.event_type == "movement" or ev.event_id in sent_by) and ev.location:
            heading.setdefault(by_id[ev.sentence_id].paragraph, []).append(ev)
    used: set[str] = set()
    out: list[Movement] = []
    for ev in events:
        sent = by_id[ev.sentence_id]
        if ev.event_type in ("attack", "killing"):
            kind = _strike_kind(sent.text)
            if not kind:
                continue
            # ballistic missiles and rockets fly from the attacker's territory; a drone's base is unknown
            ranged = kind in ("missile_strike", "rocket_strike")
            origin = countries.get(ev.actor_country, "") if ev.actor_kind == "country" and ranged else ""
            out.append(_movement(kind, ev, origin, ev.location))
        elif ev.event_type == "withdrawal":
            # "withdrew troops from Kherson and sent them to Zaporizhzhia": one withdrawal, to where they went
            # (forces another actor sends are not where these went: "Russia withdrew … Britain sent troops to Estonia")
            later = [h for h in heading.get(sent.paragraph, []) if h.start > ev.start
                     and (h.event_id not in sent_by or h.actor == ev.actor)]
            destination = later[0].location if later else ""
            used.update(h.event_id for h in later[:1])
            out.append(_movement("troop_withdrawal", ev, ev.location, destination))
    for ev in events:
        if ev.event_id not in used and ev.location and (ev.event_type == "movement" or ev.event_id in sent_by):
            sending = sent_by.get(ev.event_id)
            out.append(_movement("troop_movement", ev, _left_from(doc, sending) if sending is not None else "", ev.location))
    # one row per movement: "sent troops and jets to Estonia" is one event per thing sent, one movement
    seen: set[tuple] = set()
    return [m for m in out if (key := (m.kind, m.actor, m.origin, m.destination, m.start)) not in seen and not seen.add(key)]


def _sending(doc: Document, ev: Event, sentence: int, sentence_end: int):
    """The clause of an article event that sends armed forces to a place (:func:`.events.sends_forces`) and is
    told as done (not refused, threatened, promised or denied), or None."""
    sent_start = doc.sentences[sentence].start
    if ev.source != "article" or not any(w in FORCES for w in doc.norm[ev.end : sentence_end].lower().split()[:6]
                                         + doc.norm[max(sent_start, ev.start - 80) : ev.start].lower().split()[-6:]):
        return None  # (most events name no forces after their verb, nor before it, "troops were sent to": their
        # sentence is not parsed again)
    found = next((c for c in sentence_clauses(doc, sentence) if c.kind == "verb" and c.group_start == ev.start), None)
    return found if found is not None and sends_forces(found) and not found.modality and not found.negated else None


def _left_from(doc: Document, clause) -> str:
    """The place a "from" phrase of the clause names (where forces left), as its location row is named."""
    for prep, np in clause.preps:
        if prep == "from":
            for m in doc.mentions_in(np.start, np.end):
                if m.kind in ("place", "country"):
                    return located_name(doc, m)
    return ""


def _movement(kind: str, ev: Event, origin: str, destination: str) -> Movement:
    return Movement(
        stable_id("m", ev.event_id, kind, origin, destination), kind, ev.actor, origin, destination,
        ev.date, ev.event_id, ev.source, ev.start, ev.end,
    )
