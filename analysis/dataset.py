"""Stage 3: frames — run the extractors and join them into one :class:`Dataset`.

Ids are derived from content (names and spans), so they are the same on every
run and machine. Outside context (``data/context.csv``) joins as rows with
``source == "context"``; it never changes a row that comes from the article.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

import pandas as pd

from . import article as art
from . import reference
from .article import stable_id
from .extract import events as ev_mod
from .extract import mentions as men_mod
from .extract import movements as mov_mod
from .extract import people, quotes as quote_mod
from .extract import toponyms
from .extract.spans import covering
from .schema import frame, names_in

ARTICLE_ENV = "ANALYSIS_ARTICLE"  # the article load() reads when given no path
FRAME_NAMES = ("sentences", "events", "quotes", "locations", "movements", "actors", "mentions")
_PRECISION = {"base": 1, "airport": 1, "city": 2, "place": 2, "province": 3, "region": 3, "country": 4}
_ROLE_ORDER = ("target", "origin", "destination", "mention")


@dataclass(frozen=True)
class Dataset:
    """One article and its frames; every ``start:end`` indexes into ``text``."""

    text: str
    path: str
    published: date | None
    headline: str
    sentences: pd.DataFrame
    events: pd.DataFrame
    quotes: pd.DataFrame
    locations: pd.DataFrame
    movements: pd.DataFrame
    actors: pd.DataFrame
    mentions: pd.DataFrame

    def frames(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in FRAME_NAMES}

    def replace(self, **frames: pd.DataFrame) -> "Dataset":
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(frames)
        return Dataset(**values)


def load(path: str | Path | None = None, *, published: date | str | None = None, context: bool = True) -> Dataset:
    """Read an article and extract every frame.

    Without ``path``: the file named by the ``ANALYSIS_ARTICLE`` environment variable
    (how ``make render ARTICLE=…`` and ``make app ARTICLE=…`` point the notebooks at
    another article), else the seed. Raises :class:`analysis.ArticleError` when the
    input cannot be read as article text.
    """
    if path is None:
        path = os.environ.get(ARTICLE_ENV) or None
    return build(art.read_article(path, published=published), context=context)


def build(article: art.Article, *, context: bool = True) -> Dataset:
    text = article.text
    paras = art.paragraphs(text)
    sents = art.sentences(text, paras)
    spans = [(p.start, p.end) for p in paras if p.section in ("headline", "body", "caption")]
    mentions = people.resolve_names(men_mod.find_mentions(text, spans))
    quotes = quote_mod.quotes(text, paras, sents, mentions)
    events = ev_mod.events(text, sents, mentions, quotes, article.published)
    gaz = reference.gazetteer()
    country_names = {code: place.name for code, place in gaz.countries.items()}
    movements = mov_mod.movements(sents, events, country_names)
    facts = _applicable_facts(text) if context else []

    sentence_of = _sentence_lookup(sents)
    resolved = toponyms.resolve_text(text, mentions, gazetteer=gaz)
    locations = _locations(mentions, events, movements, facts, sentence_of, resolved)
    loc_ids = {row["name"]: row["location_id"] for row in locations}
    actors = _actors(text, paras, mentions, quotes, events, facts)
    actor_ids = {row["name"]: row["actor_id"] for row in actors}

    event_rows = [_event_row(e, loc_ids) for e in events] + _context_events(facts, loc_ids)
    movement_rows = [_movement_row(m, loc_ids) for m in movements] + _context_movements(facts, loc_ids, event_rows)
    mention_rows = [
        {
            "mention_id": stable_id("n", m.start, m.end, m.name), "name": m.name, "kind": m.kind,
            "text": m.text, "via": m.via, "actor_id": actor_ids.get(m.name, ""),
            "location_id": loc_ids.get(_located_name(m, resolved), ""), "sentence_id": sentence_of(m.start),
            "start": m.start, "end": m.end,
        }
        for m in mentions
    ]
    headline = next((text[p.start : p.end] for p in paras if p.section == "headline"), "")
    return Dataset(
        text=text, path=article.path, published=article.published, headline=headline,
        sentences=frame("sentences", [s._asdict() for s in sents]),
        events=frame("events", event_rows),
        quotes=frame("quotes", [q._asdict() for q in quotes]),
        locations=frame("locations", locations),
        movements=frame("movements", movement_rows),
        actors=frame("actors", actors),
        mentions=frame("mentions", mention_rows),
    )


def _sentence_lookup(sents):
    def find(pos: int) -> str:
        hit = covering(sents, pos)
        return hit.sentence_id if hit is not None else ""

    return find


def _applicable_facts(text: str) -> list[dict[str, str]]:
    lowered = text.lower()
    out = []
    for row in reference.context_facts():
        terms = [t.strip().lower() for t in (row.get("applies_when") or "").split("|") if t.strip()]
        if terms and all(t in lowered for t in terms):
            out.append(row)
    return out


# --- locations --------------------------------------------------------------


def _located_name(m, resolved) -> str:
    """The location row a mention belongs to: its own name, or the city it turned out to be ("Tehran", not Iran)."""
    r = resolved.get((m.start, m.end))
    if r is not None and r.place is not None and m.kind == "country" and r.place.kind != "country":
        return r.place.name
    return m.name


def _locations(mentions, events, movements, facts, sentence_of, resolved) -> list[dict]:
    gaz = reference.gazetteer()
    rows: dict[str, dict] = {}
    for m in mentions:
        if m.kind not in ("place", "country"):
            continue
        name = _located_name(m, resolved)
        row = rows.get(name)
        if row is None:
            r = resolved.get((m.start, m.end))
            place = r.place if r is not None else None
            kind = place.kind if place is not None and name != m.name else _kind_of(m, place)
            row = _location_row(name, place, m.text, "article", kind)
            row.update(start=m.start, end=m.end, sentence_id=sentence_of(m.start),
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


def _kind_of(m, place) -> str:
    if m.kind == "country":
        return "country"
    if place is not None:
        return "base" if place.kind == "camp" else place.kind
    suffix = men_mod._place_suffix_kind(m.text)
    return suffix or "place"


def _location_row(name, place, surface, source, kind) -> dict:
    gaz = reference.gazetteer()
    country = ""
    if place is not None:
        country_place = gaz.countries.get(place.country)
        country = country_place.name if country_place else ""
    kind = "base" if kind == "camp" else kind
    lat = place.lat if place is not None else float("nan")
    lon = place.lon if place is not None else float("nan")
    return {
        "location_id": stable_id("l", name), "name": name, "text": surface, "kind": kind,
        "country": country, "lat": lat, "lon": lon, "precision": _PRECISION.get(kind, 2),
        "resolved": place is not None and lat == lat, "role": "mention", "roles": "mention", "mentions": 0,
        "source": source, "coord_source": place.coord_source if place is not None and lat == lat else "unresolved",
        "reason": "context fact" if source == "context" else "", "citation": "", "sentence_id": "", "start": None, "end": None,
    }


# --- actors -----------------------------------------------------------------


def _actors(text, paras, mentions, quotes, events, facts) -> list[dict]:
    gaz = reference.gazetteer()
    directory = reference.actor_directory()
    rows: dict[str, dict] = {}

    def para_bounds(pos):
        p = covering(paras, pos)
        return (p.start, p.end) if p is not None else (pos, pos)

    for m in mentions:
        if m.kind not in ("person", "organization", "group"):
            continue
        row = rows.get(m.name)
        if row is not None and row["role_source"] == "article":
            row["mentions"] += 1
            continue  # the role is known: no need to read around every later mention
        prof = people.profile(text, m, mentions, para_bounds(m.start))
        if row is None:
            row = _actor_row(m.name, m.kind, prof.role, prof.org, prof.country, prof.role_source, "article")
            row.update(start=m.start, end=m.end)
            rows[m.name] = row
        elif prof.role_source == "article" and row["role_source"] != "article":
            row.update(role=prof.role, role_source="article", affiliation=prof.org or row["affiliation"],
                       country=prof.country or row["country"])
        row["mentions"] += 1
    country_mentions: dict[str, list] = {}
    for m in mentions:
        if m.kind == "country":
            country_mentions.setdefault(m.name, []).append(m)
    slots = [(q.speaker, q.speaker_kind) for q in quotes] + [(e.actor, e.actor_kind) for e in events] + [
        (e.target, e.target_kind) for e in events
    ]
    for value, kind in slots:
        for name in names_in(value):
            if name in rows:
                continue
            country = gaz.country_of(name)
            if country is not None:
                seen = country_mentions.get(country.name, [])
                count, first = len(seen), (seen[0] if seen else None)
                row = _actor_row(country.name, "country", "", "", country.name, "", "article")
                row["mentions"] = count
                if first is not None:
                    row.update(start=first.start, end=first.end)
                rows[country.name] = row
            elif kind == "group":
                first = text.find(name)
                lead = name.split()[0]
                place = gaz.country_of(lead)
                entry = directory.get(reference.normalise(lead))
                row = _actor_row(name, "group", "", entry.name if entry else "", place.name if place else (
                    gaz.countries[entry.country].name if entry and entry.country in gaz.countries else ""), "", "article")
                row["mentions"] = max(1, text.count(name))
                if first >= 0:
                    row.update(start=first, end=first + len(name))
                rows[name] = row
    for fact in facts:
        for field in ("actor", "target"):
            name = (fact.get(field) or "").strip()
            if not name or name in rows or fact.get("kind") != "event":
                continue
            country = gaz.country_of(name)
            entry = directory.get(reference.normalise(name))
            if country is not None:
                row = _actor_row(country.name, "country", "", "", country.name, "", "context")
                name = country.name
            elif entry is not None:
                c = gaz.countries.get(entry.country)
                row = _actor_row(entry.name, entry.kind, entry.role, entry.affiliation, c.name if c else "", "directory", "context")
                name = entry.name
            else:
                continue
            if name not in rows:
                row["citation"] = fact.get("source", "")
                rows[name] = row
    return sorted(rows.values(), key=lambda r: (r["source"] != "article", r["start"] if r["start"] is not None else 1 << 30, r["name"]))


def _actor_row(name, kind, role, affiliation, country, role_source, source) -> dict:
    return {
        "actor_id": stable_id("a", name), "name": name, "kind": kind, "role": role,
        "affiliation": affiliation, "country": country, "mentions": 0, "role_source": role_source,
        "source": source, "citation": "", "start": None, "end": None,
    }


# --- events and movements -----------------------------------------------------


def _event_row(e, loc_ids) -> dict:
    row = e._asdict()
    row.pop("actor_country", None)
    row.update(location_id=loc_ids.get(e.location, ""), citation="", note="")
    return row


def _canonical_place(name: str) -> str:
    gaz = reference.gazetteer()
    place = gaz.lookup(name) or gaz.country_of(name)
    return place.name if place else name


def _context_events(facts, loc_ids) -> list[dict]:
    out = []
    for fact in facts:
        if fact.get("kind") != "event":
            continue
        place = _canonical_place(fact.get("place", ""))
        name, goldstein = ev_mod.code(fact.get("cameo", ""))
        out.append({
            "event_id": stable_id("e", "context", fact["fact_id"]), "date": fact.get("date") or None,
            "date_precision": fact.get("date_precision", "day"), "date_basis": "context", "date_text": "",
            "actor": fact.get("actor", ""), "actor_kind": _actor_kind(fact.get("actor", "")),
            "action": fact.get("action", ""), "event_type": fact.get("event_type", ""),
            "cameo": fact.get("cameo", ""), "cameo_name": name, "goldstein": goldstein,
            "target": fact.get("target", ""), "target_kind": _actor_kind(fact.get("target", "")),
            "location_id": loc_ids.get(place, ""), "location": place, "source": "context",
            "citation": fact.get("source", ""), "note": fact.get("text", ""), "sentence_id": "",
            "start": None, "end": None,
        })
    return out


def _actor_kind(name: str) -> str:
    if reference.gazetteer().country_of(name) is not None:
        return "country"
    entry = reference.actor_directory().get(reference.normalise(name))
    return entry.kind if entry else ""


def _movement_row(m, loc_ids) -> dict:
    row = m._asdict()
    row.update(origin_id=loc_ids.get(m.origin, ""), destination_id=loc_ids.get(m.destination, ""), citation="")
    return row


def _context_movements(facts, loc_ids, event_rows) -> list[dict]:
    out = []
    for fact in facts:
        if fact.get("kind") != "movement":
            continue
        origin = _canonical_place(fact.get("origin", "")) if fact.get("origin") else ""
        destination = _canonical_place(fact.get("destination", "")) if fact.get("destination") else ""
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
