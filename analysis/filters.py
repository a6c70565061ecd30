"""Views, selection: what the reader chose (:class:`Filters`) and the rows it selects (:func:`filter_dataset`).

Place in the flow: frames (``load()``) → **filters** → views (``plots``, ``maps``,
``dashboard``, ``page``). Pure and cheap: pandas only, no plotly, folium or ipywidgets.

Each filter is declared once, in :data:`SPECS`, as data: the tests it puts on each
frame's rows (:class:`Test`), and how it travels between frames (a quote dated by the
statement it made, places kept because a shown event or movement needs them).
:func:`filter_dataset` interprets those declarations with pandas; a shared page ships
the same declarations as JSON to its script (``analysis/page.js``), which interprets
them in the browser, so a link opens the same rows as the live app. The browser tests
run a table of combinations through both and compare the row ids.

How the frames relate (the same for every filter):

* events pass every active filter's events test; then, when a filter dates or types
  quotes (``quotes_need_event``), a quote stays only if the statement event it made
  (same ``start``) stays; when a filter picks quotes (``events_need_quote``), events
  are cut to the statements of the quotes that stay;
* a movement stays when its event stays, or when it passes every active filter's own
  movements test (outside-context movements only, except where ``movement_rows`` says all);
* a place stays when a shown event or movement uses it, or when it passes every active
  filter's own places test; with no active filter every row stays;
* actors are those the shown events and quotes name; mentions follow actors and places.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import NamedTuple
from urllib.parse import parse_qsl, quote, urlencode

import pandas as pd

from .dataset import Dataset
from .extract.dates import PERIOD_END
from .schema import names_in

ALL = ""


@dataclass(frozen=True)
class Filters:
    """What the reader has chosen; the default selects everything."""

    actor: str = ALL  # a person, organisation or country acting, targeted or speaking
    country: str = ALL  # the country of a place, actor or speaker
    place: str = ALL  # a place by name: events there, movements from or to it, quotes in sentences naming it
    event_types: tuple[str, ...] = ()  # empty: every type
    stances: tuple[str, ...] = ()  # empty: every stance
    date_from: date | None = None
    date_to: date | None = None
    include_context: bool = True
    search: str = ""  # free text over quotes (words and speaker)
    article: str = ALL  # a corpus: one article, by its article_id
    outlet: str = ALL  # a corpus: the articles of one outlet

    @property
    def narrows_events(self) -> bool:
        return any(spec.active(self) for spec in SPECS if spec.name != "context")

    @property
    def narrows_quotes(self) -> bool:
        return self.narrows_events


class Test(NamedTuple):
    """One test a filter puts on a frame's rows; ``kind`` is one of :data:`TEST_KINDS`."""

    kind: str
    columns: tuple[str, ...]


# What each kind of test keeps (the value is the filter's choice):
TEST_KINDS = {
    "names": "a name in any of the columns' name lists equals the choice (case-insensitive)",
    "listed": "the choice is one of the names listed in the column (exact)",
    "equals": "any of the columns equals the choice (exact)",
    "isin": "the column's value is one of the chosen values",
    "contains": "the choice (lower-cased) occurs in any of the columns, lower-cased",
    "period": "the row's date, or the period it stands for, overlaps the date range",
    "country": "the place in the first column, or an actor named in the others, belongs to the country",
    "place_country": "a place in any of the columns belongs to the country",
    "sentence_place": "the row's sentence names the place",
    "article_only": "the row comes from the article, not from outside context",
    "outlet": "the row's article (the first column, an article_id) comes from the outlet",
}


@dataclass(frozen=True)
class Spec:
    """One filter: its control, its URL key and what it does to each frame."""

    name: str  # the filter's name (``Filters`` field, or "dates"/"context")
    key: str  # its key in a shared page's URL (``#actor=…&type=…``)
    label: str
    control: str  # choice, multi, dates, toggle, text
    events: Test | None = None
    quotes: Test | None = None
    movements: Test | None = None  # a movement's own test, besides following its event
    movement_rows: str = "context"  # which movements the own test may keep: "context" or "all"
    places: Test | None = None  # a place's own test, besides being used by what is shown
    quotes_need_event: bool = False
    events_need_quote: bool = False
    context: bool = False  # the outside-context switch: article rows only when off
    rows: Test | None = None  # a test every frame's rows must pass besides (a corpus's article and outlet)

    def active(self, f: Filters) -> bool:
        if self.name == "dates":
            return f.date_from is not None or f.date_to is not None
        if self.context:
            return not f.include_context
        return bool(getattr(f, self.name))


SPECS: tuple[Spec, ...] = (
    Spec("actor", "actor", "Actor or speaker", "choice",
         events=Test("names", ("actor", "target")), quotes=Test("names", ("speaker",)),
         movements=Test("names", ("actor",))),
    Spec("country", "country", "Country", "choice",
         events=Test("country", ("location_id", "actor", "target")), quotes=Test("listed", ("speaker_country",)),
         movements=Test("place_country", ("origin_id", "destination_id")),
         places=Test("equals", ("country", "name"))),
    Spec("place", "place", "Place", "choice",
         events=Test("equals", ("location",)), quotes=Test("sentence_place", ("sentence_id",)),
         movements=Test("equals", ("origin", "destination")), movement_rows="all",
         places=Test("equals", ("name",))),
    Spec("event_types", "type", "Event type", "multi", events=Test("isin", ("event_type",)), quotes_need_event=True),
    Spec("stances", "stance", "Quote stance", "multi", quotes=Test("isin", ("stance",)), events_need_quote=True),
    Spec("dates", "dates", "Dates", "dates",
         events=Test("period", ("date", "date_end")), movements=Test("period", ("date", "date")), quotes_need_event=True),
    Spec("search", "q", "Search quotes", "text", quotes=Test("contains", ("text", "speaker")), events_need_quote=True),
    Spec("context", "context", "Outside context", "toggle", context=True),
    # a corpus (analysis.load_corpus) only: every frame keeps the rows of the chosen articles
    Spec("article", "article", "Article", "choice", rows=Test("equals", ("article_id",))),
    Spec("outlet", "outlet", "Outlet", "choice", rows=Test("outlet", ("article_id",))),
)
SPEC = {spec.name: spec for spec in SPECS}
CONTEXT_FRAMES = ("events", "movements", "locations", "actors")


# --- the value a spec tests with ---------------------------------------------------------


def _value(spec: Spec, f: Filters):
    if spec.name == "dates":
        return (f.date_from, f.date_to)
    return getattr(f, spec.name)


def _mask(values, index) -> pd.Series:
    """A boolean mask even when there are no rows (an empty object Series would select columns)."""
    return pd.Series(list(values), index=index, dtype=bool)


def span_keys(df: pd.DataFrame) -> list:
    """Each row's start offset as a key that is unique across articles: ``(article_id, start)`` in a
    corpus, the start alone for one article; ``None`` where a row has no offset (outside context)."""
    starts = [None if pd.isna(s) else int(s) for s in df["start"].tolist()]
    if "article_id" not in df.columns:
        return starts
    return [None if s is None else (a, s) for a, s in zip(df["article_id"].tolist(), starts)]


def period_ends(dates: pd.Series, precision: pd.Series | None) -> pd.Series:
    """The last day each dated row covers (``extract.dates.PERIOD_END``), column-wise."""
    if precision is None:
        return dates
    ends = dates.copy()
    for name, offset in PERIOD_END.items():
        rows = precision == name
        if rows.any():
            ends[rows] = dates[rows] + offset
    return ends


class _Lookups:
    """The joins the tests need, built once per call and only when asked for."""

    def __init__(self, ds: Dataset):
        self.ds = ds
        self._cache: dict = {}

    def get(self, name: str):
        if name not in self._cache:
            ds = self.ds
            if name == "place_country":
                self._cache[name] = dict(zip(ds.locations["location_id"], ds.locations["country"]))
            elif name == "actor_country":
                self._cache[name] = dict(zip(ds.actors["name"], ds.actors["country"]))
            elif name == "article_outlet":
                articles = getattr(ds, "articles", None)
                self._cache[name] = dict(zip(articles["article_id"], articles["outlet"])) if articles is not None else {}
            elif name == "place_sentences":  # place name -> sentences naming it
                names = dict(zip(ds.locations["location_id"], ds.locations["name"]))
                out: dict[str, set] = {}
                for lid, sid in zip(ds.mentions["location_id"], ds.mentions["sentence_id"]):
                    if lid:
                        out.setdefault(names.get(lid, ""), set()).add(sid)
                self._cache[name] = out
        return self._cache[name]


def _test(df: pd.DataFrame, test: Test, value, look: _Lookups) -> pd.Series:
    """The rows of ``df`` that ``test`` keeps for the filter's ``value``."""
    kind, cols = test.kind, test.columns
    if kind == "names":
        wanted = value.lower()
        return _mask((any(wanted == n.lower() for c in cells for n in names_in(c))
                      for cells in zip(*(df[c] for c in cols))), df.index)
    if kind == "listed":
        return _mask((value in names_in(v) for v in df[cols[0]]), df.index)
    if kind == "equals":
        keep = _mask([False] * len(df), df.index)
        for c in cols:
            keep |= (df[c] == value).fillna(False).astype(bool)
        return keep
    if kind == "isin":
        return df[cols[0]].isin(value).astype(bool)
    if kind == "contains":
        needle = value.lower()
        keep = _mask([False] * len(df), df.index)
        for c in cols:
            keep |= df[c].fillna("").str.lower().str.contains(needle, regex=False).astype(bool)
        return keep
    if kind == "period":
        lo, hi = value
        start = df[cols[0]]
        end = df[cols[1]] if cols[1] != cols[0] else start
        keep = _mask([True] * len(df), df.index)
        if lo is not None:
            keep &= (end >= pd.Timestamp(lo)).fillna(False).astype(bool)
        if hi is not None:
            keep &= (start <= pd.Timestamp(hi)).fillna(False).astype(bool)
        return keep
    if kind == "country":
        places, actors = look.get("place_country"), look.get("actor_country")
        place_col, *name_cols = cols
        return _mask((places.get(row[0], "") == value
                      or any(actors.get(n, n) == value for cell in row[1:] for n in names_in(cell))
                      for row in zip(df[place_col], *(df[c] for c in name_cols))), df.index)
    if kind == "place_country":
        places = look.get("place_country")
        return _mask((any(places.get(v, "") == value for v in row) for row in zip(*(df[c] for c in cols))), df.index)
    if kind == "sentence_place":
        sentences = look.get("place_sentences").get(value, set())
        return df[cols[0]].isin(sentences).astype(bool)
    if kind == "outlet":
        outlets = look.get("article_outlet")
        return _mask((outlets.get(a, "") == value for a in df[cols[0]]), df.index)
    raise ValueError(f"unknown test kind {kind!r}")


def _with_date_end(events: pd.DataFrame) -> pd.DataFrame:
    return events.assign(date_end=period_ends(events["date"], events["date_precision"]))


def filter_dataset(ds: Dataset, filters: Filters) -> Dataset:
    """The rows of every frame that the filters select; frames keep their columns and dtypes."""
    active = [spec for spec in SPECS if spec.active(filters)]
    if not active:
        return ds
    look = _Lookups(ds)
    article_only = any(spec.context for spec in active)
    chosen = [spec for spec in active if not spec.context]

    def own(df: pd.DataFrame, frame: str, *, required: bool) -> pd.Series:
        """Rows passing every chosen filter's test for ``frame``; a filter without one passes all,
        or (``required``) none."""
        keep = _mask([True] * len(df), df.index)
        for spec in chosen:
            test = getattr(spec, frame)
            if test is None:
                if required:
                    return _mask([False] * len(df), df.index)
                continue
            keep &= _test(df, test, _value(spec, filters), look)
        return keep

    def from_article(df: pd.DataFrame) -> pd.DataFrame:
        return df[df["source"] == "article"] if article_only else df

    events = from_article(ds.events)
    if any(spec.name == "dates" for spec in chosen):
        events = _with_date_end(events)
    events = events[own(events, "events", required=False)]

    quotes = ds.quotes[own(ds.quotes, "quotes", required=False)]
    if any(spec.quotes_need_event for spec in chosen):
        # a quote is dated and typed by the statement event it made (same start; in a corpus, same article too)
        made = set(span_keys(events)) - {None}
        quotes = quotes[_mask((k in made for k in span_keys(quotes)), quotes.index)]
    if any(spec.events_need_quote for spec in chosen):
        # quote filters keep the statements those quotes make, so the timeline follows them
        said = set(span_keys(quotes))
        events = events[(events["source"] == "article") & _mask((k in said for k in span_keys(events)), events.index)]
    events = events[list(ds.events.columns)]

    movements = from_article(ds.movements)
    if chosen:
        linked = movements["event_id"].isin(events["event_id"])
        mine = own(movements, "movements", required=True)
        if not all(spec.movement_rows == "all" for spec in chosen if spec.movements is not None):
            mine &= movements["source"] == "context"
        movements = movements[linked | mine]

    locations = from_article(ds.locations)
    if chosen:
        used = (set(events["location_id"]) | set(movements["origin_id"]) | set(movements["destination_id"])) - {""}
        locations = locations[locations["location_id"].isin(used) | own(locations, "places", required=True)]

    actors = from_article(ds.actors)
    if chosen:
        involved = {n for col in ("actor", "target") for v in events[col] for n in names_in(v)}
        involved |= {n for v in quotes["speaker"] for n in names_in(v)}
        actors = actors[actors["name"].isin(involved)]

    mentions = ds.mentions[ds.mentions["actor_id"].isin(actors["actor_id"])
                           | ds.mentions["location_id"].isin(locations["location_id"])]
    shown = {"events": events, "quotes": quotes, "movements": movements, "locations": locations, "actors": actors,
             "mentions": mentions}
    for spec in chosen:
        if spec.rows is not None:
            shown = {name: df[_test(df, spec.rows, _value(spec, filters), look)] for name, df in shown.items()}
    return ds.replace(**shown)


# --- what the controls offer and what the header counts ------------------------------------


def options(ds: Dataset) -> dict[str, list]:
    """The choices each filter control offers, from the whole dataset."""
    people = sorted({n for v in ds.quotes["speaker"] for n in names_in(v)} | set(ds.actors["name"]), key=str.lower)
    countries = sorted({c for c in ds.locations["country"] if c} | {c for c in ds.actors["country"] if c})
    dates = sorted({d.date() for d in ds.events["date"].dropna()})
    articles = getattr(ds, "articles", None)
    readable = articles[articles["error"] == ""] if articles is not None else None
    return {
        "actor": people,
        "country": countries,
        "place": sorted(set(ds.locations["name"]) - {""}, key=str.lower),
        "event_types": sorted(set(ds.events["event_type"]) - {""}),
        "stances": sorted(set(ds.quotes["stance"]) - {""}),
        "dates": dates,
        "article": readable["article_id"].tolist() if readable is not None else [],
        "outlet": sorted(set(readable["outlet"]) - {""}, key=str.lower) if readable is not None else [],
    }


def article_labels(ds: Dataset) -> dict[str, str]:
    """How the article control names each article of a corpus: its headline (else its file) and outlet."""
    articles = getattr(ds, "articles", None)
    if articles is None:
        return {}
    return {aid: " · ".join(p for p in ((head or file), outlet) if p)
            for aid, head, file, outlet in zip(articles["article_id"], articles["headline"], articles["file"],
                                               articles["outlet"])}


def counts(ds: Dataset) -> dict[str, int]:
    """The figures the header shows, following the filters."""
    return {
        "events": len(ds.events),
        "quotes": len(ds.quotes),
        # in a corpus a person or place has one row per article naming it: count each once
        "people": int(ds.actors.loc[ds.actors["kind"] == "person", "name"].nunique()),
        "places": int(ds.locations["location_id"].nunique()),
    }


# --- the filters in a URL ------------------------------------------------------------------


def to_hash(f: Filters) -> str:
    """The filters as a URL fragment (``actor=…&type=…``; empty for no filter), as a shared page writes it."""
    pairs: list[tuple[str, str]] = []
    for spec in SPECS:
        if not spec.active(f):
            continue
        if spec.name == "dates":
            pairs += [(k, d.isoformat()) for k, d in (("from", f.date_from), ("to", f.date_to)) if d is not None]
        elif spec.context:
            pairs.append((spec.key, "off"))
        elif spec.control == "multi":
            pairs += [(spec.key, v) for v in getattr(f, spec.name)]
        else:
            pairs.append((spec.key, getattr(f, spec.name)))
    return urlencode(pairs, quote_via=quote)


def from_hash(fragment: str) -> Filters:
    """The filters a URL fragment names; unknown keys and malformed dates are ignored."""
    values: dict = {}
    by_key = {spec.key: spec for spec in SPECS}
    for key, value in parse_qsl(fragment.lstrip("#"), keep_blank_values=False):
        if key in ("from", "to"):
            try:
                values["date_from" if key == "from" else "date_to"] = date.fromisoformat(value)
            except ValueError:
                continue
            continue
        spec = by_key.get(key)
        if spec is None:
            continue
        if spec.context:
            values["include_context"] = value != "off"
        elif spec.control == "multi":
            values[spec.name] = values.get(spec.name, ()) + (value,)
        else:
            values[spec.name] = value
    return Filters(**values)


def specs_json() -> list[dict]:
    """:data:`SPECS` as plain data for a page's script."""
    return [{k: (v._asdict() if isinstance(v, Test) else v) for k, v in asdict(spec).items()} for spec in SPECS]


def describe(f: Filters) -> str:
    """The selection in words, for a reader (not a repr)."""
    parts = []
    for spec in SPECS:
        if not spec.active(f):
            continue
        if spec.name == "dates":
            lo = f"from {f.date_from:%-d %b %Y}" if f.date_from else ""
            hi = f"to {f.date_to:%-d %b %Y}" if f.date_to else ""
            parts.append(" ".join(p for p in (lo, hi) if p))
        elif spec.context:
            parts.append("article only (outside context hidden)")
        elif spec.control == "multi":
            parts.append(f"{spec.label.lower()}: {', '.join(getattr(f, spec.name))}")
        else:
            parts.append(f"{spec.label.lower()}: {getattr(f, spec.name)}")
    return "; ".join(parts) if parts else "everything"


FILTER_FIELDS = tuple(field.name for field in fields(Filters))

__all__ = ["ALL", "FILTER_FIELDS", "Filters", "SPEC", "SPECS", "Spec", "TEST_KINDS", "Test", "article_labels", "counts", "describe",
           "filter_dataset", "from_hash", "options", "period_ends", "specs_json", "to_hash"]
