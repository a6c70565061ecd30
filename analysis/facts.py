"""Views, derived facts: per-row facts the views need and the frames do not (yet) carry.

Place in the flow: frames (``load()``) → **facts** → views. Pure functions of the
frames, pandas only. Each is a candidate column for the frames themselves (listed in
the dashboard issue's closing note); until then the views compute them here, once.

* :func:`date_ends` — the last day an event's date stands for (``events.date_end``).
* :func:`statement_quotes` — the quote a statement event was made from (``events.quote_id``,
  its stance), joined on the quote's start offset.
* :func:`place_roles` — what each place is in the article, from the events of the
  sentences that name it and the movements that start or end there, each with its source
  (a caption's base is "arms transfer, 20 July 2015, in a photo caption", not "target").
* :func:`is_country_level` — a place that is a whole country (``locations.kind``), so a
  movement to it is drawn as country-level, not as a strike on a point.
"""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from .dataset import Dataset
from .filters import period_ends, span_keys

_MOVEMENT_WORDS = {
    "missile_strike": "missile strike", "rocket_strike": "rocket strike", "air_strike": "air strike",
    "drone_strike": "drone strike", "troop_withdrawal": "troop withdrawal", "troop_movement": "troop movement",
}


def movement_label(kind: str) -> str:
    return _MOVEMENT_WORDS.get(kind, str(kind).replace("_", " "))


def date_ends(events: pd.DataFrame) -> pd.Series:
    """Each event's last day: its date, or the end of the week, month or year it stands for."""
    return period_ends(events["date"], events["date_precision"])


class QuoteLink(NamedTuple):
    quote_id: str
    stance: str


def statement_quotes(events: pd.DataFrame, quotes: pd.DataFrame) -> dict[str, QuoteLink]:
    """event_id → the quote a statement event was made from (same start offset), for article events."""
    by_start = {k: QuoteLink(q, st) for k, q, st in zip(span_keys(quotes), quotes["quote_id"], quotes["stance"])}
    out = {}
    for event_id, key, source in zip(events["event_id"], span_keys(events), events["source"]):
        if source == "article" and key is not None and key in by_start:
            out[event_id] = by_start[key]
    return out


class Role(NamedTuple):
    text: str  # for a reader: "attack, 8 January 2020"
    source: str  # article or context


def _when(date) -> str:
    return "" if pd.isna(date) else f"{pd.Timestamp(date):%-d %B %Y}"


def _phrase(*parts: str) -> str:
    return ", ".join(p for p in parts if p)


def place_roles(ds: Dataset) -> dict[str, list[Role]]:
    """location_id → what the place is in the article and in outside context, most telling first.

    A place's article roles come from the events of the sentences that name it and are
    placed there (``mentions.sentence_id`` with ``events.location_id``), never from a role
    given to the place once for the whole article; movements add "origin of …" and
    "destination of …". A place only named is "named"; named only in captions, "named in
    a photo caption". Context rows (``source == "context"``) give roles marked as such.
    """
    section = dict(zip(ds.sentences["sentence_id"], ds.sentences["section"]))
    named_in: dict[str, set[str]] = {}
    for lid, sid in zip(ds.mentions["location_id"], ds.mentions["sentence_id"]):
        if lid:
            named_in.setdefault(lid, set()).add(sid)
    roles: dict[str, list[Role]] = {lid: [] for lid in ds.locations["location_id"]}

    def add(lid: str, role: Role) -> None:
        if lid in roles and role not in roles[lid]:
            roles[lid].append(role)

    events = ds.events.sort_values(["date", "event_id"], kind="stable")
    for row in events[["location_id", "sentence_id", "event_type", "date", "source"]].itertuples(index=False):
        if not row.location_id:
            continue
        what = _phrase(str(row.event_type).replace("_", " "), _when(row.date))
        if row.source == "context":
            add(row.location_id, Role(f"{what} (outside context)", "context"))
        elif row.sentence_id in named_in.get(row.location_id, set()):
            where = "in a photo caption" if section.get(row.sentence_id) == "caption" else ""
            add(row.location_id, Role(_phrase(what, where), "article"))
    for row in ds.movements[["kind", "origin_id", "destination_id", "date", "source"]].itertuples(index=False):
        suffix = " (outside context)" if row.source == "context" else ""
        for lid, end in ((row.origin_id, "origin"), (row.destination_id, "destination")):
            if lid:
                add(lid, Role(_phrase(f"{end} of a {movement_label(row.kind)}", _when(row.date)) + suffix, row.source))
    for lid in roles:
        if not any(r.source == "article" for r in roles[lid]) and lid in named_in:
            captions = {section.get(s) for s in named_in[lid]} == {"caption"}
            roles[lid].insert(0, Role("named in a photo caption" if captions else "named", "article"))
    # the article's own roles first, outside context after
    return {lid: sorted(found, key=lambda r: r.source == "context") for lid, found in roles.items()}


def caption_only(ds: Dataset) -> set[str]:
    """Places the article names only in photo captions (their marker should not look like news)."""
    section = dict(zip(ds.sentences["sentence_id"], ds.sentences["section"]))
    sections: dict[str, set] = {}
    for lid, sid in zip(ds.mentions["location_id"], ds.mentions["sentence_id"]):
        if lid:
            sections.setdefault(lid, set()).add(section.get(sid))
    return {lid for lid, found in sections.items() if found == {"caption"}}


def is_country_level(locations: pd.DataFrame) -> pd.Series:
    """Places that are whole countries: movements to or from them are country-level."""
    return (locations["kind"] == "country").astype(bool)


__all__ = ["QuoteLink", "Role", "caption_only", "date_ends", "is_country_level", "movement_label", "place_roles", "span_keys",
           "statement_quotes"]
