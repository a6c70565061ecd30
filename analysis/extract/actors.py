"""Stage 2i: actors — one row per person, organisation, group or country the article involves.

Roles come from the text where it gives one ("Iran’s supreme leader, Ali
Khamenei"), else from the actor directory (flagged ``role_source == "directory"``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference
from ..article import stable_id
from ..schema import names_in
from . import people
from .speakers import names_people_or_a_body

if TYPE_CHECKING:
    from ..document import Document
    from .events import Event
    from .quotes import Quote


def actors(doc: Document, quotes: list[Quote], events: list[Event], facts: list[dict]) -> list[dict]:
    """Each row represents one actor, named in the article or cited by outside context."""
    text, mentions = doc.norm, doc.mentions
    gaz = reference.gazetteer()
    directory = reference.actor_directory()
    rows: dict[str, dict] = {}
    for m in mentions:
        if m.kind not in ("person", "organization", "group"):
            continue
        row = rows.get(m.name)
        if row is not None and row["role_source"] == "article":
            row["mentions"] += 1
            continue  # the role is known: no need to read around every later mention
        prof = people.profile(doc, m, doc.paragraph_bounds(m.start))
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
            elif kind in ("group", "organization", "person") and (not name.islower() or names_people_or_a_body(name)):
                # "US allies", "the Iraqi military command", "HuffPo" (an event's actor in lower case only when it
                # names people or a body: "voters", "the company"; not "heavy rain", "the poll", "road bridge")
                first = text.find(name)
                lead = name.split()[0]
                place = gaz.country_of(lead)
                entry = directory.get(reference.normalise(lead))
                row = _actor_row(name, kind, "", entry.name if entry else "", place.name if place else (
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
