"""The data contract: each frame's columns and dtypes, declared once.

Building a frame goes through :func:`frame`, so every frame — even an empty
one — has exactly these columns and dtypes. Strings use pandas' ``str`` dtype
(the pandas 3 default) explicitly; offsets into a text that the row does not
come from (outside context) are ``<NA>`` in nullable ``Int64`` columns.
Full checks (allowed values, spans, unique ids) live in :mod:`analysis.validation`.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import pandas as pd

STR, INT, NINT, FLOAT, DATE, BOOL = "str", "int64", "Int64", "float64", "datetime64[s]", "bool"

# An actor, target or speaker cell that names several (a joint statement) joins them with this.
NAME_SEPARATOR = "; "


def names_in(cell) -> list[str]:
    """The names in an actor, target or speaker cell; none for an empty or missing one."""
    if not isinstance(cell, str):  # None, NaN, pd.NA
        return []
    return [part.strip() for part in cell.split(NAME_SEPARATOR.strip()) if part.strip()]


FRAMES: dict[str, dict[str, str]] = {
    "sentences": {
        "sentence_id": STR, "section": STR, "paragraph": INT, "start": INT, "end": INT, "text": STR,
    },
    "quotes": {
        "quote_id": STR, "speaker": STR, "speaker_role": STR, "speaker_org": STR,
        "speaker_country": STR, "speaker_kind": STR, "speaker_text": STR, "speaker_via": STR,
        "text": STR, "kind": STR, "cue": STR,
        "attribution": STR, "sentence_id": STR, "start": INT, "end": INT,
        "speaker_start": NINT, "speaker_end": NINT, "stance": STR, "tone": FLOAT,
    },
    "events": {
        "event_id": STR, "date": DATE, "date_precision": STR, "date_basis": STR, "date_text": STR,
        "actor": STR, "actor_kind": STR, "action": STR, "event_type": STR, "cameo": STR,
        "cameo_name": STR, "goldstein": FLOAT, "target": STR, "target_kind": STR,
        "location_id": STR, "location": STR, "source": STR, "citation": STR, "note": STR,
        "sentence_id": STR, "start": NINT, "end": NINT,
        "plover": STR, "plover_mode": STR, "quote_id": STR, "location_basis": STR,
        # the party holding a debate, a primary or a caucus, when the words say ("the Democratic primary"); else ""
        "party": STR,
    },
    "locations": {
        "location_id": STR, "name": STR, "text": STR, "kind": STR, "country": STR, "lat": FLOAT,
        "lon": FLOAT, "precision": INT, "resolved": BOOL, "role": STR, "roles": STR,
        "mentions": INT, "source": STR, "coord_source": STR, "reason": STR, "citation": STR,
        "sentence_id": STR, "start": NINT, "end": NINT,
        # the gazetteer's own name of the place whose point the row carries ("Salisbury" written "SALISBURY",
        # "Al Anbar Governorate" for "Anbar", the host's for a building or village placed in it); "" when unresolved
        "gazetteer_name": STR,
    },
    "movements": {
        "movement_id": STR, "kind": STR, "actor": STR, "origin_id": STR, "origin": STR,
        "destination_id": STR, "destination": STR, "date": DATE, "event_id": STR, "source": STR,
        "citation": STR, "start": NINT, "end": NINT,
    },
    "actors": {
        "actor_id": STR, "name": STR, "kind": STR, "role": STR, "affiliation": STR, "country": STR,
        "mentions": INT, "role_source": STR, "source": STR, "citation": STR,
        "start": NINT, "end": NINT,
    },
    "mentions": {
        "mention_id": STR, "name": STR, "kind": STR, "text": STR, "via": STR, "sense": STR, "actor_id": STR,
        "location_id": STR, "sentence_id": STR, "start": INT, "end": INT,
    },
}

ALLOWED: dict[tuple[str, str], tuple[str, ...]] = {
    ("sentences", "section"): ("headline", "body", "caption", "credit", "boilerplate"),
    ("quotes", "kind"): ("direct", "partial", "reported"),
    ("quotes", "speaker_via"): ("name", "pronoun", "description", "organisation", "continuation", "none"),
    ("quotes", "attribution"): ("after", "before", "colon", "next", "continued", "subject", "signed", "none"),
    ("quotes", "stance"): ("threat", "condemnation", "defiance", "deterrence", "de-escalation", "reassurance", "neutral"),
    ("events", "date_precision"): ("day", "week", "month", "year", ""),
    # explicit: the words give the date; relative: resolved against publication ("on Friday"); anchor: the
    # date of an event referred back to ("after the strikes"); caption: a photo caption's date; publication:
    # no date words, the publication date; context: an outside fact's date; "relative, no publication date":
    # date words that need a publication date nobody gave; unknown: no date words and no publication date.
    # paragraph: the date of the paragraph's last dated event; story: the day the article's lead dates;
    # referred: a happening's definite noun ("the debate") takes the date of the one it refers back to.
    # narrative: an act placed in the scene an earlier paragraph set (location_basis "narrative") takes that scene's day.
    ("events", "date_basis"): ("explicit", "relative", "anchor", "caption", "paragraph", "narrative", "story", "publication", "context",
                               "relative, no publication date", "unknown", "referred"),
    # PLOVER 2021 categories (CAMEO2PLOVER-2021.txt); "" for statements and appeals PLOVER dropped.
    ("events", "plover"): ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE", "REQUEST",
                           "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", ""),
    # clause: the event's own clause names the place ("in Kyiv", the struck base); sentence / paragraph: the
    # nearest place the text ties to it; actor_place: a town naming the actor ("a Baton Rouge newspaper"); actor_institution: the city whose
    # institution the actor is or where it is based ("the St. Paul City Council", "the Tel Aviv-based NSO Group"); caption: the photo caption's place; actor_country: nothing better is
    # said, so the acting country; context: an outside fact; "": no place.
    # dateline: the place the story is reported from ("KOLKATA, India –"), when the text ties the event to no other.
    # name: the place names the happening ("the Paris attacks", "the Iowa caucuses"); referred: a win of a contest
    # that names no place takes the place naming the contest it refers back to ("won the caucuses" after "the Iowa caucuses").
    # narrative: no place in the event's paragraph, so the place an earlier paragraph set the scene in (the story not
    # having moved to another place or time since).
    ("events", "location_basis"): ("clause", "name", "referred", "sentence", "actor_place", "actor_institution", "paragraph", "narrative", "caption",
                                   "dateline", "actor_country", "context", ""),
    ("events", "source"): ("article", "context"),
    ("locations", "kind"): ("country", "city", "province", "base", "airport", "region", "place"),
    ("locations", "source"): ("article", "context"),
    ("movements", "source"): ("article", "context"),
    ("actors", "kind"): ("person", "organization", "group", "country"),
    ("mentions", "sense"): ("place", "government", "affiliation", ""),
    ("actors", "source"): ("article", "context"),
}

# A corpus (:func:`analysis.load_corpus`): every frame above with ``article_id`` first (the article
# each row comes from), some frames with columns only a corpus has, and two frames of its own.
CORPUS_ADDED: dict[str, dict[str, str]] = {
    "events": {"incident_id": STR},
    "quotes": {"quote_group": STR},
}
CORPUS_FRAMES: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": STR, "file": STR, "headline": STR, "published": DATE, "published_basis": STR,
        "outlet": STR, "outlet_basis": STR, "characters": INT, "sentences": INT, "events": INT, "quotes": INT,
        "locations": INT, "movements": INT, "actors": INT, "mentions": INT, "error": STR,
    },
    "incidents": {
        "incident_id": STR, "event_type": STR, "plover": STR, "actor": STR, "target": STR, "location_id": STR,
        "place": STR, "country": STR, "lat": FLOAT, "lon": FLOAT, "date": DATE, "date_precision": STR,
        "date_end": DATE, "article_count": INT, "event_count": INT, "article_ids": STR, "event_ids": STR,
        "source": STR,
    },
}
CORPUS_ALLOWED: dict[tuple[str, str], tuple[str, ...]] = {
    ("articles", "published_basis"): ("argument", "sidecar", "data/articles.csv", "dateline", ""),
    ("articles", "outlet_basis"): ("sidecar", "data/articles.csv", "dateline", ""),
    ("incidents", "date_precision"): ("day", "week", "month", "year", ""),
    ("incidents", "source"): ("article", "context"),
}


def corpus_columns(name: str) -> dict[str, str]:
    """The columns of a corpus frame: ``article_id`` first, then the article frame's own, then the corpus's."""
    if name in CORPUS_FRAMES:
        return CORPUS_FRAMES[name]
    return {"article_id": STR, **FRAMES[name], **CORPUS_ADDED.get(name, {})}


# An offset-bearing frame whose article rows must round-trip to the text.
SPAN_TEXT = {"sentences": "text", "quotes": "text", "mentions": "text"}


# pandas' "str" dtype with Python storage: equal to "str", five times cheaper to build than
# the Arrow-backed default for the small frames of one article.
_STR_DTYPE = pd.StringDtype("python", na_value=float("nan"))
# (the extension-array constructor ``pd.array`` ends in, without its dispatch on the dtype: half the time)
_STR_ARRAY = _STR_DTYPE.construct_array_type()
_simple_str = getattr(_STR_ARRAY, "_simple_new", None)  # (the array from finished strings, as ``_from_sequence`` ends)


def _column(values: list, dtype: str):
    # numpy arrays and IntegerArray from (data, mask) give the same dtypes as pd.array, several times faster
    # (measured: 10 µs instead of 90 for a nullable column of 30 rows) — the frames are built for every article
    if dtype == STR:
        texts = np.empty(len(values), dtype=object)
        texts[:] = ["" if v is None or v != v else str(v) for v in values]
        # every value is already a str: pandas' check of each one is skipped (half the cost of the column)
        return _simple_str(texts, _STR_DTYPE) if _simple_str else _STR_ARRAY._from_sequence(texts, dtype=_STR_DTYPE)
    if dtype == NINT:
        missing = [v is None or v != v or v < 0 for v in values]
        data = [0 if gone else int(v) for v, gone in zip(values, missing)]
        return pd.arrays.IntegerArray(np.array(data, dtype=np.int64), np.array(missing, dtype=bool))
    if dtype == DATE:
        return np.array([np.datetime64("NaT", "s") if v is None or v != v or v == "" else np.datetime64(v, "s") for v in values], dtype=DATE)
    if dtype == FLOAT:
        return np.array([float("nan") if v is None else float(v) for v in values], dtype=np.float64)
    return np.array(values, dtype=dtype)


def frame(name: str, records, *, corpus: bool = False) -> pd.DataFrame:
    """A frame with exactly the declared columns and dtypes (records may be empty); ``corpus``: a corpus frame's."""
    columns = corpus_columns(name) if corpus else FRAMES[name]
    rows = list(records)
    # the columns are built with their final dtypes and lengths, so pandas' checks of a dict of columns are spared
    # (``_from_arrays`` without verification; with an explicit RangeIndex: 40% of the constructor's time)
    return from_arrays([_column([r.get(column) for r in rows], dtype) for column, dtype in columns.items()],
                       tuple(columns), len(rows))


def from_arrays(arrays: list, names: tuple[str, ...], n: int) -> pd.DataFrame:
    """A frame of ``n`` rows from finished columns. pandas' internal constructor skips checks these
    columns do not need; should a pandas release rename it, the public constructor gives the same frame."""
    build = getattr(pd.DataFrame, "_from_arrays", None)
    if build is not None:
        try:
            return build(arrays, columns=column_index(names), index=pd.RangeIndex(n), verify_integrity=False)
        except TypeError:  # a changed signature
            pass
    return pd.DataFrame(dict(zip(names, arrays)), columns=column_index(names), index=pd.RangeIndex(n), copy=False)


def column_arrays(df: pd.DataFrame) -> dict:
    """A frame's columns as the arrays that hold them, by name, without building a Series for each
    (``df[column]`` costs about 50 µs in pandas 3: more than the rest of turning an article's frames into corpus rows;
    through pandas' block manager, or ``df[column].array`` should a release rename it)."""
    names = df.columns.tolist()
    values = getattr(getattr(df, "_mgr", None), "iget_values", None)
    if values is None:
        return {name: df[name].array for name in names}
    return {name: values(i) for i, name in enumerate(names)}


@cache
def column_index(names: tuple[str, ...]) -> pd.Index:
    # an Index is immutable: every frame of one kind can share its columns' (building one costs as much as a column)
    return pd.Index(names)
