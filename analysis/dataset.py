"""Stage 3: frames — parse the article once, run the extractors, assemble one :class:`Dataset`.

Ids are derived from content (names and spans), so they are the same on every
run and machine. Outside context (``data/context.csv``) joins as rows with
``source == "context"``; it never changes a row that comes from the article.
"""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

import pandas as pd

from . import article as art
from . import reference
from .article import stable_id
from .document import Document, parse
from .extract import actors as actor_mod
from .extract import context as ctx_mod
from .extract import events as ev_mod
from .extract import locations as loc_mod
from .extract import movements as mov_mod
from .extract import quotes as quote_mod
from .extract.locations import sentence_id_at
from .schema import frame

ARTICLE_ENV = "ANALYSIS_ARTICLE"  # the article load() reads when given no path
FRAME_NAMES = ("sentences", "events", "quotes", "locations", "movements", "actors", "mentions")


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
        return type(self)(**values)


def load(path: str | Path | None = None, *, published: date | str | None = None, context: bool = True) -> Dataset:
    """Read an article and extract every frame.

    Without ``path``: the file named by the ``ANALYSIS_ARTICLE`` environment variable
    (how ``make render ARTICLE=…`` and ``make app ARTICLE=…`` point the notebooks at
    another article), else the seed; when that variable names a folder, its corpus
    (:func:`analysis.load_corpus`, a :class:`~analysis.corpus.Corpus`). Raises
    :class:`analysis.ArticleError` when the input cannot be read as article text.
    """
    if path is None:
        path = os.environ.get(ARTICLE_ENV) or None
        if path is not None and os.path.isdir(path):
            from .corpus import load_corpus

            return load_corpus(path, published=published, context=context)
    return build(art.read_article(path, published=published), context=context)


def build(article: art.Article, *, context: bool = True) -> Dataset:
    """Every frame of ``article``: the document is parsed once and each extractor reads it."""
    with _collector_paused():
        return assemble(parse(article), context=context)  # (the document is freed before the collector wakes)


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector off while one article is read, on again after (unless it was off already).

    Reading an article makes hundreds of thousands of small objects and no reference cycles (over 200 PolNeAR
    articles the collector found nothing to free): reference counting frees them all. Left on, the collector
    wakes every 700 allocations and, every few dozen articles, walks every object the process holds (70,000 after
    the tables load): 7% of the time. Off for an article, its objects are examined once, after it.

    The switch is process-wide: with two threads reading at once, the first to finish turns collection on while the
    other still reads (it then runs as it would have anyway); a caller that turns collection off mid-read has it
    turned on again at the end. Both only cost the time saved, never a result."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def assemble(doc: Document, *, context: bool = True) -> Dataset:
    quotes = quote_mod.quotes(doc)
    events = ev_mod.events(doc, quotes)
    movements = mov_mod.movements(doc, events)
    facts = ctx_mod.applicable_facts(doc) if context else []
    locations = loc_mod.locations(doc, events, movements, facts)
    loc_ids = {row["name"]: row["location_id"] for row in locations}
    actors = actor_mod.actors(doc, quotes, events, facts)
    actor_ids = {row["name"]: row["actor_id"] for row in actors}

    event_rows = [_event_row(e, loc_ids) for e in events] + ctx_mod.context_events(facts, loc_ids)
    movement_rows = [_movement_row(m, loc_ids) for m in movements] + ctx_mod.context_movements(facts, loc_ids, event_rows)
    mention_rows = [
        {
            "mention_id": stable_id("n", m.start, m.end, m.name), "name": m.name, "kind": m.kind,
            "text": m.text, "via": m.via, "sense": m.sense, "actor_id": actor_ids.get(m.name, "") or _government(m, actor_ids),
            "location_id": loc_ids.get(loc_mod.located_name(doc, m), ""), "sentence_id": sentence_id_at(doc, m.start),
            "start": m.start, "end": m.end,
        }
        for m in doc.mentions
    ]
    text = doc.text
    headline = next((text[p.start : p.end] for p in doc.paragraphs if p.section == "headline"), "")
    return Dataset(
        text=text, path=doc.path, published=doc.published, headline=headline,
        sentences=frame("sentences", [s._asdict() for s in doc.sentences]),
        events=frame("events", event_rows),
        quotes=frame("quotes", [q._asdict() for q in quotes]),
        locations=frame("locations", locations),
        movements=frame("movements", movement_rows),
        actors=frame("actors", actors),
        mentions=frame("mentions", mention_rows),
    )


def _government(m, actor_ids: dict[str, str]) -> str:
    """The country's actor a capital stands for ("Tehran said": Iran's government), when the article has one."""
    if m.sense != "government" or not m.country:
        return ""
    country = reference.gazetteer().countries.get(m.country)
    return actor_ids.get(country.name, "") if country is not None else ""


def _event_row(e, loc_ids) -> dict:
    row = e._asdict()
    row.pop("actor_country", None)
    row.update(location_id=loc_ids.get(e.location, ""), citation="", note="")
    return row


def _movement_row(m, loc_ids) -> dict:
    row = m._asdict()
    row.update(origin_id=loc_ids.get(m.origin, ""), destination_id=loc_ids.get(m.destination, ""), citation="")
    return row
