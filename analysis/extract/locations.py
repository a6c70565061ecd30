"""Stage 2h: locations — one row per place the article names (or its context cites).

Each place carries its kind, country, coordinates with their source (or NaN and
``resolved = False``), precision, and the roles events and movements give it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference
from ..reference import normalise
from ..article import stable_id
from ..geometry import haversine_km
from . import mentions as men_mod

if TYPE_CHECKING:
    from ..document import Document
    from .events import Event
    from .movements import Movement

PRECISION = {"base": 1, "airport": 1, "city": 2, "place": 2, "province": 3, "region": 3, "country": 4}
_ROLE_ORDER = ("target", "origin", "destination", "mention")
# Gazetteer kinds shown as a broader location kind: a camp is a base, a US county an area like a province, a sea
# (an ocean, a gulf, a strait) a region: a point on the map, never an outline.
_KIND = {"camp": "base", "county": "province", "sea": "region"}
# How a kind reads after a name that two places share: a first-level area is a state in some countries, a
# province in others ("Washington (state or province)" beside the capital, never "(province)" for a US state).
_KIND_LABELS = {"province": "state or province", "sea": "sea"}
# Two places of one name this close are one location row (a city and its governorate: "Baghdad").
SAME_PLACE_KM = 50.0


def locations(doc: Document, events: list[Event], movements: list[Movement], facts: list[dict]) -> list[dict]:
    """Each row represents one place, named in the article or cited by outside context."""
    gaz = reference.gazetteer()
    rows: dict[str, dict] = {}
    resolved = doc.resolved_places
    for m in doc.mentions:
        if m.kind not in ("place", "country"):
            continue
        name = located_name(doc, m)
        row = rows.get(name)
        if row is None:
            r = resolved.get((m.start, m.end))
            place = r.place if r is not None else None
            hosted = r is not None and r.hosted
            kind = place.kind if place is not None and name != m.name and not hosted else _kind_of(m, place, hosted)
            row = _location_row(name, place, m.text, "article", kind)
            if hosted:  # as precise as the place it stands in: a village at its province's point is known to a province
                row["precision"] = max(row["precision"], PRECISION.get(_KIND.get(place.kind, place.kind), 2))
            row.update(start=m.start, end=m.end, sentence_id=sentence_id_at(doc, m.start),
                       reason=r.reason if r is not None else "")
            rows[name] = row
        row["mentions"] += 1
    for fact in facts:
        for field in ("place", "origin", "destination"):
            name = (fact.get(field) or "").strip()
            if not name:
                continue
            place = gaz.lookup(name) or gaz.country_of(name)
            canonical = place.name if place else name
            if canonical not in rows:
                row = _location_row(canonical, place, name, "context", place.kind if place else "place")
                row["citation"] = fact.get("source", "")
                rows[canonical] = row
    # a place an event or movement is given that no mention names as its row: the dateline's ("CAMBRIDGE, Mass."),
    # the actor's country an event falls back on; resolved by name so every event's place joins to a row
    # (its span is the words of the event or movement that gives it)
    for name, basis, start, end in [(e.location, e.location_basis, e.start, e.end) for e in events if e.source == "article"] + \
            [(n, "movement", mv.start, mv.end) for mv in movements if mv.source == "article" for n in (mv.origin, mv.destination)]:
        if name and name not in rows:
            unread_name, unread = doc.dateline_place
            place = (unread if unread_name == name else None) or gaz.lookup(name) or gaz.country_of(name)
            row = _location_row(name, place, name, "article", place.kind if place is not None else "place")
            row.update(start=start, end=end, sentence_id=sentence_id_at(doc, start),
                       reason=f"named by no mention: the event's {basis.replace('_', ' ')} place" if basis else "")
            rows[name] = row
    roles: dict[str, set[str]] = {name: set() for name in rows}
    for e in events:
        if e.location in roles and e.event_type in ("attack", "killing", "combat"):
            roles[e.location].add("target")
    for fact in facts:
        if fact.get("kind") == "event" and fact.get("event_type") in ("attack", "killing"):
            place = gaz.lookup(fact.get("place", "")) or gaz.country_of(fact.get("place", ""))
            name = place.name if place else fact.get("place", "")
            if name in roles:
                roles[name].add("target")
    for mv in movements:
        if mv.origin in roles:
            roles[mv.origin].add("origin")
        if mv.destination in roles:
            roles[mv.destination].add("target" if mv.kind.endswith("strike") else "destination")
    for fact in facts:
        if fact.get("kind") == "movement":
            for field, role in (("origin", "origin"), ("destination", "target" if "strike" in fact.get("movement_kind", "") else "destination")):
                place = gaz.lookup(fact.get(field, "")) or gaz.country_of(fact.get(field, ""))
                name = place.name if place else fact.get(field, "")
                if name in roles:
                    roles[name].add(role)
    for name, row in rows.items():
        found = [r for r in _ROLE_ORDER if r in roles[name]] or ["mention"]
        row["role"] = found[0]
        row["roles"] = ";".join(found)
    return sorted(rows.values(), key=lambda r: (r["source"] != "article", r["start"] if r["start"] is not None else 1 << 30, r["name"]))


def located_name(doc: Document, m) -> str:
    """The location row a mention belongs to: its own name, or the city it turned out to be ("Tehran", not Iran);
    a second place of the same name gets its area after it ("Washington (District of Columbia)" beside the state)."""
    name = _plain_name(doc, m)
    r = doc.resolved_places.get((m.start, m.end))
    if r is None or r.place is None or r.place.lat != r.place.lat:
        return name
    first = doc.first_place_named.get(name)
    other = doc.resolved_places.get((first.start, first.end)) if first is not None else None
    if other is None or other.place is None or other.place.lat != other.place.lat or \
            haversine_km(other.place.lat, other.place.lon, r.place.lat, r.place.lon) <= SAME_PLACE_KM:
        return name
    area = r.place.admin1_name if r.place.kind not in ("province", "country") else ""
    kind = _KIND.get(r.place.kind, r.place.kind)
    label = _KIND_LABELS.get(r.place.kind) or _KIND_LABELS.get(kind, kind)
    return f"{name} ({area})" if area and area != name else f"{name} ({label})"


def first_places(doc: Document) -> dict:
    """Each location name's first place mention (``Document.first_place_named`` keeps it, read once per document)."""
    found: dict = {}
    for f in doc.mentions:
        if f.kind in ("place", "country"):
            found.setdefault(_plain_name(doc, f), f)
    return found


def _plain_name(doc: Document, m) -> str:
    r = doc.resolved_places.get((m.start, m.end))
    if r is not None and r.place is not None and m.kind == "country" and r.place.kind != "country":
        return r.place.name
    if r is not None and r.place is not None and r.hosted and r.place.kind == "country" and m.kind == "place":
        # "Trinidad" at Trinidad and Tobago's point: a part of the country, called as the text writes it (not the
        # finder's first guess, La Trinidad); a dateline's capitals ("MILLBROOK, Ireland") keep the finder's casing
        written = men_mod.visible(m.text)
        return m.name if normalise(written) == normalise(m.name) else written
    if r is not None and r.place is not None and not r.hosted and m.kind == "place" and r.place.name != m.name \
            and normalise(men_mod.visible(m.text)) == normalise(r.place.name):
        # "SALISBURY, England": the finder's first guess bore another name (Harare, once Salisbury); the place
        # chosen is called as the text writes it
        return r.place.name
    return m.name


def _kind_of(m, place, hosted: bool = False) -> str:
    if m.kind == "country":
        return "country"
    if place is not None and (hosted or getattr(m, "via", "") in ("building", "event") and place.name != m.name):
        # "the Paris Summit", "Manila Cathedral": at its host's point, but a summit or a building, not a second city
        return men_mod._place_suffix_kind(m.text) or "place"
    if place is not None:
        return _KIND.get(place.kind, place.kind)
    suffix = men_mod._place_suffix_kind(m.text)
    return suffix or "place"


def _location_row(name, place, surface, source, kind) -> dict:
    gaz = reference.gazetteer()
    country = ""
    if place is not None:
        country_place = gaz.countries.get(place.country)
        country = country_place.name if country_place else ""
    kind = _KIND.get(kind, kind)
    lat = place.lat if place is not None else float("nan")
    lon = place.lon if place is not None else float("nan")
    return {
        "location_id": stable_id("l", name), "name": name, "text": surface, "kind": kind,
        "country": country, "lat": lat, "lon": lon, "precision": PRECISION.get(kind, 2),
        "resolved": place is not None and lat == lat, "role": "mention", "roles": "mention", "mentions": 0,
        "source": source, "coord_source": place.coord_source if place is not None and lat == lat else "unresolved",
        "reason": "context fact" if source == "context" else "", "citation": "", "sentence_id": "", "start": None, "end": None,
        "gazetteer_name": place.name if place is not None and lat == lat else "",
    }


def sentence_id_at(doc: Document, pos: int) -> str:
    """The id of the sentence holding ``pos`` (empty outside every sentence)."""
    hit = doc.sentence_at(pos)
    return hit.sentence_id if hit is not None else ""
