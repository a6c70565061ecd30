"""Views: Plotly figures built from the frames (``events``, ``quotes``, ``sentences``).

Place in the flow: article → extract → frames (``load()``) → **plots** (and maps,
dashboard). Builders look like Plotly Express: a tidy frame in, keyword-only
options, a ``go.Figure`` out, never ``.show()`` (``builder.spec(...)`` gives the same figure as
plain data, what the live dashboard draws); the shared helpers live in :mod:`analysis.figures`. Colours, shapes and labels come from :mod:`analysis.style`;
an empty frame gives a figure that says ``style.EMPTY_MESSAGE``.

Every point carries its row id first in ``customdata`` (``event_id``, ``quote_id``,
an actor's name, or the list of event ids behind a network edge) and its trace's
``meta`` names the frame (:func:`figures.keyed`), so a click selects its rows and a
shared page's script can keep exactly the points of the rows its filters select.
Layout facts that page needs to re-fit a chart (the timeline's panels and rows, the
quotes chart's speakers) travel in ``layout.meta``.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import NamedTuple

import numpy as np
import pandas as pd

from analysis import facts, style
from analysis.extract.dates import period_end
from analysis.figures import (Spec, array, builds_figure, empty, keyed, label, layout, num, ordered, plain, positions, present,
                              records)
from analysis.schema import names_in

__all__ = ["events_timeline", "incidents_timeline", "quotes_by_speaker", "actor_network", "timeline_panels", "range_buttons",
           "Panel"]

# Imprecise dates are drawn as a bar over the period they stand for.
_PERIOD_LABEL = {"week": "week of", "month": "month of", "year": "year"}
# Events further apart than this go to separate panels (the main one, with most events, and beside
# it one panel for everything earlier and one for everything later): at least MIN_GAP, and more
# when the events themselves are spread out (GAP_FACTOR times the median gap between them).
MIN_GAP, GAP_FACTOR = pd.Timedelta(days=21), 4
PAD_DAYS, PAD_SHARE = 2, 0.05  # a panel's range: its dates, padded by the larger of the two
TICK_DAYS, TICK_WEEKS = 16, 120  # spans (in days) up to which ticks fall on every day, every week
WINDOWS = (("Busiest week", 7), ("Busiest day", 1))  # zoom buttons, offered when the period is over twice as long
SIDE_WIDTH, PANEL_SPACE = 0.16, 0.04  # an outlying panel's share of the width, and the space between panels
LEGEND_BELOW = dict(orientation="h", x=0, xanchor="left", y=-0.18, yanchor="top")


class Panel(NamedTuple):
    start: pd.Timestamp
    end: pd.Timestamp
    part: str  # "main", "earlier" or "later"


def panel_gap(starts) -> pd.Timedelta:
    """How far apart two events must be to sit in different panels (see ``MIN_GAP``)."""
    days = sorted(pd.Timestamp(s) for s in starts if not pd.isna(s))
    gaps = sorted(b - a for a, b in zip(days, days[1:]))
    median = gaps[len(gaps) // 2] if gaps else pd.Timedelta(0)
    return max(MIN_GAP, GAP_FACTOR * median)


def timeline_panels(starts, ends=None) -> list[Panel]:
    """The date panels of a timeline, left to right: the run of events with the most rows
    (runs split where consecutive events are more than :func:`panel_gap` apart), and one
    panel each for the events before and after it. ``ends`` are the periods' last days (or None)."""
    spans = sorted((pd.Timestamp(s), pd.Timestamp(e) if e is not None and not pd.isna(e) else pd.Timestamp(s))
                   for s, e in zip(starts, ends if ends is not None else starts) if not pd.isna(s))
    if not spans:
        return []
    gap = panel_gap([s for s, _ in spans])
    runs: list[list[tuple]] = [[spans[0]]]
    for span in spans[1:]:
        if span[0] - max(e for _, e in runs[-1]) > gap:
            runs.append([])
        runs[-1].append(span)
    main = max(range(len(runs)), key=lambda i: (len(runs[i]), i))  # most events; the latest on a tie

    def panel(group, part):
        return Panel(min(s for s, _ in group), max(e for _, e in group), part)

    out = []
    if main > 0:
        out.append(panel([x for run in runs[:main] for x in run], "earlier"))
    out.append(panel(runs[main], "main"))
    if main < len(runs) - 1:
        out.append(panel([x for run in runs[main + 1:] for x in run], "later"))
    return out


SIDE_ONE_TICK_DAYS = 60


def panel_range(start: pd.Timestamp, end: pd.Timestamp) -> list[str]:
    """A panel's x range: its dates padded by ``PAD_DAYS`` or ``PAD_SHARE`` of its span (never a
    millisecond window around a single day)."""
    pad = max(pd.Timedelta(days=PAD_DAYS), (end - start) * PAD_SHARE)
    return [(start - pad).strftime("%Y-%m-%d"), (end + pad).strftime("%Y-%m-%d")]


def date_ticks(start: pd.Timestamp, end: pd.Timestamp) -> dict:
    """Tick spacing and format for a date axis: whole days on short spans (never "12:00"), weeks on
    a few months, Plotly's own choice beyond."""
    days = (end - start) / pd.Timedelta(days=1)
    if days <= TICK_DAYS:
        return {"dtick": 86400000, "tickformat": "%-d %b"}
    if days <= TICK_WEEKS:
        return {"dtick": 7 * 86400000, "tickformat": "%-d %b"}
    return {"tickformat": "%b %Y"}


def side_ticks(lo: str, hi: str) -> dict:
    """An outlying panel's ticks: its month once, in the middle, when it spans under two months
    (two automatic ticks both read "Jul 2015"); else two of Plotly's."""
    start, end = pd.Timestamp(lo), pd.Timestamp(hi)
    if end - start < pd.Timedelta(days=SIDE_ONE_TICK_DAYS):
        mid = start + (end - start) / 2
        return {"tickmode": "array", "tickvals": [mid.strftime("%Y-%m-%d")], "ticktext": [mid.strftime("%b %Y")]}
    return {"nticks": 2, "tickformat": "%b %Y"}


def panel_axis_ids(panels: list[Panel]) -> dict[str, str]:
    """Each panel's x axis id: "x" for the main one, "x2", "x3" for the outlying ones."""
    sides = [p for p in panels if p.part != "main"]
    return {p.part: f"x{n + 2}" for n, p in enumerate(sides)} | {"main": "x"}


def panel_axes(panels: list[Panel], row_order: list[str], *, title: str) -> dict:
    """Layout axes of a timeline with panels: one date axis per panel, side by side, and the rows
    (numbered 0, -1, -2 … from the top) named left of the leftmost panel."""
    axis_of = panel_axis_ids(panels)
    axes = {}
    for panel, domain in zip(panels, panel_domains([p.part for p in panels])):
        name = "xaxis" if panel.part == "main" else f"xaxis{axis_of[panel.part][1:]}"
        title_text = style.LABELS["date"] if panel.part == "main" else panel.part
        lo, hi = panel_range(panel.start, panel.end)
        ticks = date_ticks(pd.Timestamp(lo), pd.Timestamp(hi)) if panel.part == "main" else side_ticks(lo, hi)
        axes[name] = dict(type="date", range=[lo, hi], domain=domain, anchor="y", title=dict(text=title_text),
                          automargin=True, hoverformat="%-d %B %Y", **ticks)
    axes["yaxis"] = dict(title=dict(text=title), tickmode="array",
                         tickvals=[-i for i in range(len(row_order))], ticktext=list(row_order),
                         range=[-len(row_order) + 0.4, 0.6], zeroline=False, showgrid=True, automargin=True,
                         anchor=axis_of[panels[0].part])  # row names left of the leftmost panel, not over it
    return axes


def timeline_meta(row_order: list[str], parts: list[str]) -> dict:
    """What the shared page's script needs to refit a timeline's rows and panels to a selection."""
    return {"rows": list(row_order), "parts": parts, "pad_days": PAD_DAYS, "pad_share": PAD_SHARE,
            "side_width": SIDE_WIDTH, "space": PANEL_SPACE, "windows": [list(w) for w in WINDOWS],
            "tick_days": TICK_DAYS, "tick_weeks": TICK_WEEKS, "row_height": 42, "base_height": 170,
            "side_one_tick_days": SIDE_ONE_TICK_DAYS}


def panel_domains(parts: list[str]) -> list[list[float]]:
    """Each panel's share of the width: outlying panels ``SIDE_WIDTH``, the main one the rest."""
    sides = sum(p != "main" for p in parts)
    main = 1 - sides * (SIDE_WIDTH + PANEL_SPACE)
    out, x = [], 0.0
    for part in parts:
        width = main if part == "main" else SIDE_WIDTH
        out.append([round(x, 4), round(min(1.0, x + width), 4)])
        x += width + PANEL_SPACE
    return out


def busiest_window(dates, days: int) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The ``days``-long window holding the most events (the earliest on a tie)."""
    ordered_ = sorted(pd.Timestamp(d) for d in dates if not pd.isna(d))
    if not ordered_:
        return None
    best, best_n = ordered_[0], 0
    for i, first in enumerate(ordered_):
        n = sum(1 for d in ordered_[i:] if d < first + pd.Timedelta(days=days))
        if n > best_n:
            best, best_n = first, n
    return best, best + pd.Timedelta(days=days - 1)


# --- 1. events timeline --------------------------------------------------------------


_HOVER_COLUMNS = ("event_id", "date_precision", "date_text", "actor", "target", "action", "event_type", "cameo",
                  "cameo_name", "goldstein", "location", "source", "note", "citation", "sentence_id")


def _event_hover(row, sentence: str, quote: facts.QuoteLink | None) -> str:
    date, precision = row["date"], row["date_precision"] or "day"
    end = period_end(date, precision)
    when = (f"{_PERIOD_LABEL[precision]} {style.long_date(date)} – {style.long_date(end)}" if end is not None
            else style.long_date(date))
    if present(row["date_text"]):
        when += f" (“{row['date_text']}”)"
    lines = [plain(when)]
    who = row["actor"] + (f" → {row['target']}" if present(row["target"]) else "")
    lines.append(plain(who))
    lines.append(plain(f"{row['action']} · event type: {row['event_type'].replace('_', ' ')}"))
    if quote is not None:
        lines.append(plain(f"From a quote whose stance is “{quote.stance}”"))
    if present(row["cameo"]):
        lines.append(plain(f"CAMEO {row['cameo']}: {row['cameo_name']}"))
    if present(row["goldstein"]):
        lines.append(plain(f"Goldstein: {row['goldstein']:+.1f}"))
    if present(row["location"]):
        lines.append(plain(f"Place: {row['location']}"))
    if row["source"] == "context":
        lines.append(plain("Source: outside context (not in the article)"))
        if present(row["note"]):
            lines.append(plain(row["note"]))
        if present(row["citation"]):
            lines.append(plain(f"Citation: {row['citation']}"))
    else:
        lines.append(plain("Source: article"))
        if sentence:
            lines.append(plain(f"Evidence: {sentence}"))
    return "<br>".join(line for line in lines if line)


@builds_figure
def events_timeline(events: pd.DataFrame, *, sentences: pd.DataFrame | None = None,
                    quotes: pd.DataFrame | None = None, color_by: str = "event_type",
                    y: str = "event_type") -> Spec:
    """Events on a date axis, one row per event type (or actor), opening on where the events are.

    The main panel holds the run of events with the most rows; events years away (a 2015
    caption beside a 2020 crisis) sit in a narrow panel of their own on the side
    (:func:`timeline_panels`). ``color_by="event_type"`` gives each type its colour and
    shape (:data:`style.EVENT_STYLE`); ``"goldstein"`` colours every event on a diverging
    Goldstein scale. Filled markers are article facts, open ones outside context. Dates of
    week, month or year precision get a translucent bar over the period they stand for.
    Hover shows the evidence sentence (from ``sentences``), the stance of the quote a
    statement came from (from ``quotes``), or a context row's note and citation.
    ``customdata`` is ``[[event_id, actor], …]``.
    """
    if color_by not in ("event_type", "goldstein"):
        raise ValueError(f"color_by must be 'event_type' or 'goldstein', not {color_by!r}")
    if y not in ("event_type", "actor"):
        raise ValueError(f"y must be 'event_type' or 'actor', not {y!r}")
    title = "Events over time"
    df = events[events["date"].notna()] if len(events) else events
    if not len(df):
        return empty(title)

    texts = dict(zip(sentences["sentence_id"], sentences["text"])) if sentences is not None else {}
    from_quote = facts.statement_quotes(df, quotes) if quotes is not None else {}
    df = df.reset_index(drop=True)
    date_list = list(pd.to_datetime(df["date"]))
    ends = [period_end(d, p) for d, p in zip(date_list, df["date_precision"].fillna("").astype(object))]
    event_ids = [num(v) for v in df["event_id"]]
    actors = [num(v) for v in df["actor"]]
    hover = [_event_hover(dict(row, date=date), texts.get(row["sentence_id"], ""), from_quote.get(row["event_id"]))
             for row, date in zip(records(df, _HOVER_COLUMNS), date_list)]
    source = df["source"].astype(object).tolist()
    rows = [label(v) for v in df[y]]
    row_order = (ordered(rows, []) if y == "actor"
                 else [label(t) for t in ordered(df["event_type"], list(style.EVENT_STYLE))])
    # Rows are numbered from the top; events sharing a row and a day are spread
    # vertically (in a fixed order) so that each one can be hovered and clicked.
    row_number = {name: -i for i, name in enumerate(row_order)}
    same_spot: dict[tuple, list[int]] = defaultdict(list)
    for i, key in enumerate(zip(rows, date_list)):
        same_spot[key].append(i)
    ypos = np.zeros(len(df))
    for group in same_spot.values():
        k = len(group)
        for j, i in enumerate(sorted(group, key=event_ids.__getitem__)):
            ypos[i] = row_number[rows[i]] + ((j - (k - 1) / 2) * min(0.6 / max(k - 1, 1), 0.15) if k > 1 else 0.0)

    panels = timeline_panels(date_list, ends)
    parts = [p.part for p in panels]
    axis_of = panel_axis_ids(panels)
    in_panel = {p.part: [i for i in range(len(df)) if p.start <= date_list[i] <= p.end] for p in panels}
    date_values = pd.to_datetime(df["date"]).to_numpy()

    def marker_trace(index, *, part, name, meta, shape, **marker):
        return dict(
            type="scatter", x=array(date_values[index]), y=array(ypos[index]), mode="markers", name=name,
            xaxis=axis_of[part], yaxis="y", meta=keyed("events", "events", panel=part, **meta),
            legendgroup=meta.get("event_type", name), showlegend=False,
            marker=dict(size=12, symbol=[style.marker_symbol(shape, source[i]) for i in index],
                        opacity=[style.SOURCE_OPACITY.get(source[i], 1.0) for i in index],
                        **{"line": dict(width=2), **marker}),
            customdata=[[event_ids[i], actors[i]] for i in index],
            hovertext=[hover[i] for i in index], hoverinfo="text",
        )

    def period_trace(index, *, part, name, color, meta):
        xs, ys, keys = [], [], []
        for i in index:
            if ends[i] is not None:
                xs += [date_list[i], ends[i], None]
                ys += [num(ypos[i]), num(ypos[i]), None]
                keys += [[event_ids[i], actors[i]]] * 3
        if not xs:
            return None
        return dict(
            type="scatter", x=xs, y=ys, mode="lines", name=name, xaxis=axis_of[part], yaxis="y",
            meta=keyed("events", "period", panel=part, **meta), customdata=keys,
            legendgroup=meta.get("event_type", "period"), showlegend=False, hoverinfo="skip", opacity=0.35,
            line=dict(color=color, width=10),
        )

    data: list[dict] = []
    legend_done: set[str] = set()
    for part in parts:
        index_here = in_panel[part]
        if color_by == "event_type":
            by_type = positions([df["event_type"][i] for i in index_here])
            for event_type in ordered([df["event_type"][i] for i in index_here], list(style.EVENT_STYLE)):
                index = [index_here[j] for j in by_type.get(event_type, [])]
                colour, shape = style.event_style(event_type)
                meta = {"event_type": event_type}
                period = period_trace(index, part=part, name=f"{event_type} (date period)", color=colour, meta=meta)
                if period is not None:
                    data.append(period)
                trace = marker_trace(index, part=part, name=event_type.replace("_", " "), meta=meta, shape=shape,
                                     color=colour, line=dict(width=2, color=colour))
                trace["showlegend"] = event_type not in legend_done
                legend_done.add(event_type)
                data.append(trace)
        else:
            grey = style.OKABE_ITO["grey"]
            period = period_trace(index_here, part=part, name="date period", color=grey, meta={})
            if period is not None:
                data.append(period)
            scored = [i for i in index_here if not pd.isna(df["goldstein"][i])]
            unscored = [i for i in index_here if pd.isna(df["goldstein"][i])]
            if scored:
                data.append(marker_trace(
                    scored, part=part, name="Goldstein score", meta={}, shape="circle",
                    color=[num(df["goldstein"][i]) for i in scored], cmin=-10, cmax=10,
                    colorscale=[[0.0, style.OKABE_ITO["vermillion"]], [0.5, style.OKABE_ITO["grey"]],
                                [1.0, style.OKABE_ITO["blue"]]],
                    showscale=part == "main",
                    colorbar=dict(title=dict(text=plain(style.LABELS["goldstein"], width=24), side="top"),
                                  thickness=14, len=0.6, y=0, yanchor="bottom", x=1.02),
                ))
            if unscored:
                data.append(marker_trace(unscored, part=part, name="no Goldstein score", meta={}, shape="circle",
                                         color=style.OKABE_ITO["black"]))

    # A legend key for the marker styles: filled = article, open = outside context.
    for src in ordered(source, ["article", "context"]):
        data.append(dict(
            type="scatter", x=[None], y=[None], mode="markers", name="article" if src == "article" else "outside context",
            meta={"role": "key", "source": src}, legendgroup="source", hoverinfo="skip",
            marker=dict(size=12, symbol=style.SOURCE_SYMBOL.get(src, "circle"), color=style.OKABE_ITO["black"],
                        opacity=style.SOURCE_OPACITY.get(src, 1.0), line=dict(width=2)),
        ))

    spec = layout(title=title, height=max(380, 170 + 42 * len(row_order)), legend=dict(LEGEND_BELOW),
                  hovermode="closest", showlegend=True)
    spec.update(panel_axes(panels, row_order, title=style.LABELS[y]))
    main = next(p for p in panels if p.part == "main")
    buttons = range_buttons(main.start, main.end, [d for d in date_list if main.start <= d <= main.end])
    if buttons:
        spec["updatemenus"] = [dict(type="buttons", direction="left", showactive=False, x=1, xanchor="right",
                                    y=1.02, yanchor="bottom", pad=dict(r=0, t=0, b=0, l=0), buttons=buttons,
                                    name="range", font=dict(size=12))]
    spec["meta"] = {"timeline": timeline_meta(row_order, parts)}
    return Spec(data, spec)


def range_buttons(start: pd.Timestamp, end: pd.Timestamp, dates: list) -> list[dict]:
    """Zoom buttons for the main panel: the whole period, then its busiest week and busiest day
    where each is a real zoom (Plotly's own range buttons count back from the last event, which
    may be weeks after everything else)."""
    buttons = []
    for name, days in WINDOWS:
        if end - start > pd.Timedelta(days=2 * days):
            window = busiest_window(dates, days)
            buttons.append(dict(label=name, method="relayout", args=[{"xaxis.range": panel_range(*window)}]))
    if not buttons:
        return []
    whole = dict(label="Whole period", method="relayout", args=[{"xaxis.range": panel_range(start, end)}])
    return [whole] + buttons


# --- 2. quotes by speaker ------------------------------------------------------------

UNATTRIBUTED = "(unattributed)"


@builds_figure
def quotes_by_speaker(quotes: pd.DataFrame, *, events: pd.DataFrame | None = None) -> Spec:
    """Quote counts per speaker as horizontal bars stacked by stance, and each quote's tone beside.

    Each bar segment is one quote (hover: its full text, wrapped; stance, tone, kind, and
    the event type its statement was coded as when ``events`` are given), so the bar's
    length is the speaker's quote count. The right panel shows every quote's tone as a
    point in its stance's colour. ``customdata`` is ``[[quote_id, speaker], …]``.
    """
    title = "Who is quoted, and how"
    if not len(quotes):
        return empty(title)
    df = quotes.reset_index(drop=True)
    speakers = [num(s) for s in df["speaker"].fillna("").astype(object)]
    quote_ids = [num(q) for q in df["quote_id"]]
    rows = records(df, ("speaker", "tone", "kind", "text", "start"))
    coded = {}
    if events is not None and len(events):
        coded = {int(s): t for s, t, src in zip(events["start"], events["event_type"], events["source"])
                 if src == "article" and not pd.isna(s)}
    counts = Counter(speakers)
    order = sorted(counts, key=lambda s: (-counts[s], s))  # most quoted first
    labels = {s: (label(s) if s else UNATTRIBUTED) for s in order}
    ylabel = [labels[s] for s in speakers]

    data: list[dict] = []
    by_stance = positions(df["stance"].tolist())
    for stance in ordered(df["stance"], list(style.STANCE_COLORS)):
        index = by_stance.get(stance, [])
        hover = []
        for i in index:
            row = rows[i]
            head = f"{row['speaker'] or UNATTRIBUTED} · stance: {stance} · tone {row['tone']:+.2f} · {row['kind']} quote"
            lines = [plain(head)]
            if row["start"] in coded:
                lines.append(plain(f"Its statement is coded as event: {coded[row['start']].replace('_', ' ')}"))
            hover.append("<br>".join(lines + [plain(f"“{row['text']}”")]))
        colour = style.color(style.STANCE_COLORS, stance)
        data.append(dict(
            type="bar", x=[1] * len(index), y=[ylabel[i] for i in index], orientation="h", name=stance,
            meta=keyed("quotes", "quotes", stance=stance), legendgroup=stance, xaxis="x", yaxis="y",
            marker=dict(color=colour, line=dict(color="white", width=1)),
            customdata=[[quote_ids[i], speakers[i]] for i in index], hovertext=hover, hoverinfo="text",
        ))
        data.append(dict(
            type="scatter", x=[num(rows[i]["tone"]) for i in index], y=[ylabel[i] for i in index], mode="markers",
            name=stance, meta=keyed("quotes", "tone", stance=stance), legendgroup=stance, showlegend=False,
            xaxis="x2", yaxis="y", marker=dict(symbol="line-ns-open", size=16, line=dict(width=3, color=colour)),
            customdata=[[quote_ids[i], speakers[i]] for i in index],
            hovertext=[plain(f"{rows[i]['speaker'] or UNATTRIBUTED}: tone {rows[i]['tone']:+.2f} ({stance})")
                       for i in index],
            hoverinfo="text",
        ))
    category_order = [labels[s] for s in reversed(order)]
    spec = layout(
        title=title, barmode="stack", height=max(320, 160 + 36 * len(order)),
        legend=dict(LEGEND_BELOW, title=dict(text=style.LABELS["stance"]), traceorder="normal"), bargap=0.3,
        xaxis=dict(domain=[0, 0.62], title=dict(text=style.LABELS["quotes"]), dtick=1, rangemode="tozero"),
        xaxis2=dict(domain=[0.7, 1], anchor="y", range=[-1.05, 1.05], title=dict(text="Tone of each quote (−1 … +1)"),
                    zeroline=True, zerolinecolor=style.OKABE_ITO["grey"], dtick=0.5),
        yaxis=dict(title=dict(text=style.LABELS["speaker"]), type="category", categoryorder="array",
                   categoryarray=category_order, automargin=True),
        meta={"categories": {"axis": "yaxis", "order": category_order, "row_height": 36, "base_height": 160}},
    )
    return Spec(data, spec)


# --- 3. actor network ---------------------------------------------------------------


def _circle(n: int) -> np.ndarray:
    """``n`` points on the unit circle, clockwise from the top."""
    angles = math.pi / 2 - 2 * math.pi * np.arange(n) / max(n, 1)
    return np.column_stack([np.cos(angles), np.sin(angles)])


def _spread(n: int) -> np.ndarray:
    """Circle slots for nodes ranked by involvement: each next one about half a turn on, so hubs sit apart."""
    step = next((k for k in range(n // 2, n) if math.gcd(k, n) == 1), 1) if n > 2 else 1
    return (np.arange(n) * step) % max(n, 1)


MAX_REPORTS_SHOWN = 8  # reports listed in an incident's hover; the rest are counted


def report_lines(incident_events: pd.DataFrame, *, articles: pd.DataFrame, sentences: pd.DataFrame) -> list[str]:
    """One escaped line per report of an incident: outlet, headline, and the sentence it is read from."""
    heads = dict(zip(articles["article_id"], articles["headline"]))
    outlets = dict(zip(articles["article_id"], articles["outlet"]))
    texts = dict(zip(sentences["sentence_id"], sentences["text"]))
    lines = []
    for aid, sid in zip(incident_events["article_id"], incident_events["sentence_id"]):
        who = " · ".join(p for p in (outlets.get(aid, ""), heads.get(aid, "")) if p) or aid
        said = texts.get(sid, "")
        lines.append(plain(who, width=90) + (f"<br>   “{plain(said[:160] + ('…' if len(said) > 160 else ''), width=90)}”"
                                             if said else ""))
    return lines


@builds_figure
def incidents_timeline(incidents: pd.DataFrame, *, events: pd.DataFrame, articles: pd.DataFrame,
                       sentences: pd.DataFrame) -> Spec:
    """Incidents of a corpus on a date axis, one row per event type, each marker sized by how many
    articles report it; the hover lists the reports (outlet, headline, the sentence). ``customdata``
    is ``[[event_ids, actor], …]``: a point stays while any of its reports is selected."""
    title = "Incidents over time, sized by the articles reporting them"
    df = incidents[incidents["date"].notna()] if len(incidents) else incidents
    if not len(df):
        return empty(title)
    by_incident = {iid: rows for iid, rows in events.groupby("incident_id", sort=False)} if len(events) else {}
    rows_order = ordered(df["event_type"], list(style.EVENT_STYLE))
    row_names = [kind.replace("_", " ") for kind in rows_order]
    dates = [pd.Timestamp(d) for d in df["date"]]
    panels = timeline_panels(dates)  # the period where the incidents are, outlying years beside it
    axis_of = panel_axis_ids(panels)
    data = []
    for number, kind in enumerate(rows_order):
        colour, symbol = style.event_style(kind)
        for panel in panels:
            part = df[(df["event_type"] == kind).to_numpy() & np.array([panel.start <= d <= panel.end for d in dates], dtype=bool)]
            if not len(part):
                continue
            hover, custom, sizes = [], [], []
            for row in part.itertuples(index=False):
                reports = by_incident.get(row.incident_id, events.iloc[0:0])
                lines = report_lines(reports.head(MAX_REPORTS_SHOWN), articles=articles, sentences=sentences)
                more = len(reports) - len(lines)
                where = ", ".join(p for p in (row.place, row.country if row.country != row.place else "") if p)
                head = " · ".join(p for p in (kind.replace("_", " "), row.actor + (f" → {row.target}" if row.target else ""),
                                              where, f"{pd.Timestamp(row.date):%-d %b %Y}") if p)
                hover.append(f"<b>{plain(head, width=90)}</b><br>{row.article_count} article"
                             f"{'s' if row.article_count != 1 else ''}, {row.event_count} report"
                             f"{'s' if row.event_count != 1 else ''}:<br>" + "<br>".join(lines)
                             + (f"<br>… and {more} more" if more > 0 else ""))
                custom.append([row.event_ids.split("; ") if row.event_ids else [], num(row.actor)])
                sizes.append(8 + 6 * math.sqrt(max(1, int(row.article_count))))
            data.append({
                "type": "scatter", "mode": "markers", "name": row_names[number],
                "x": [pd.Timestamp(d).strftime("%Y-%m-%d") for d in part["date"]], "y": [-number] * len(part),
                "xaxis": axis_of[panel.part], "yaxis": "y",
                "marker": {"size": sizes, "color": colour, "symbol": symbol, "opacity": 0.75,
                           "line": {"width": 1, "color": style.OKABE_ITO["black"]}},
                "hovertext": hover, "hoverinfo": "text", "customdata": custom,
                "meta": keyed("events", "incidents", panel=panel.part),
            })
    spec = layout(title=title, height=max(300, 140 + 40 * len(rows_order)), showlegend=False, hovermode="closest")
    spec.update(panel_axes(panels, row_names, title=""))
    spec["meta"] = {"timeline": timeline_meta(row_names, [p.part for p in panels])}
    return Spec(data, spec)


@builds_figure
def actor_network(events: pd.DataFrame, quotes: pd.DataFrame) -> Spec:
    """Who acts on or speaks about whom: actors on a circle, an arrow per actor→target pair and event type.

    Nodes are actors, targets and speakers (cells listing several names are split on
    ``;``), sized by how many events and quotes involve them and placed on a circle in a
    fixed order (ranked by involvement, then name; the most involved are spread around
    the circle so their edges do not bunch up). Edges are coloured by event type, wider
    with more events, with an arrowhead at the target. ``customdata`` is ``[[name], …]``
    on nodes and ``[[event_ids, actor, target, event_type], …]`` on edges.
    """
    title = "Who acts on or speaks about whom"
    as_actor, as_target, quoted = Counter(), Counter(), Counter()
    edges: dict[tuple[str, str, str], list] = defaultdict(list)
    for row in records(events, ("event_id", "actor", "target", "event_type", "goldstein", "action")) if len(events) else []:
        actors, targets = names_in(row["actor"]), names_in(row["target"])
        as_actor.update(actors)
        as_target.update(targets)
        for a in actors:
            for t in targets:
                if a != t:
                    edges[(a, t, row["event_type"])].append(row)
    for cell in quotes["speaker"] if len(quotes) else []:
        quoted.update(names_in(cell))
    involvement = as_actor + as_target + quoted
    if not involvement:
        return empty(title)

    nodes = sorted(involvement, key=lambda name: (-involvement[name], name))
    pos = dict(zip(nodes, _circle(len(nodes))[_spread(len(nodes))]))

    # Parallel edges (same pair, several event types) are offset sideways so each stays visible.
    by_pair = defaultdict(list)
    for a, t, kind in edges:
        by_pair[frozenset((a, t))].append((a, t, kind))
    offset = {}
    for pair_edges in by_pair.values():
        pair_edges.sort(key=lambda e: (e[0], e[2]))
        for j, edge in enumerate(pair_edges):
            offset[edge] = (j - (len(pair_edges) - 1) / 2) * 0.045

    def ends(edge):
        a, t, _ = edge
        (x0, y0), (x1, y1) = pos[a], pos[t]
        dx, dy = x1 - x0, y1 - y0
        length = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / length * offset[edge], dx / length * offset[edge]
        # stop short of the target's node so the arrowhead shows
        return (x0 + nx, y0 + ny), (x0 + nx + 0.92 * dx, y0 + ny + 0.92 * dy)

    data: list[dict] = []
    for kind in ordered([k for _, _, k in edges], list(style.EVENT_STYLE)):
        colour = style.event_style(kind)[0]
        widths = sorted({len(rows) for (a, t, k), rows in edges.items() if k == kind})
        for w_index, count in enumerate(widths):
            xs, ys, keys, sizes = [], [], [], []
            for edge in sorted(e for e, rows in edges.items() if e[2] == kind and len(rows) == count):
                (x0, y0), (x1, y1) = ends(edge)
                key = [[r["event_id"] for r in edges[edge]], *edge]
                xs += [num(x0), num(x1), None]
                ys += [num(y0), num(y1), None]
                keys += [key] * 3
                sizes += [0, 10 + 2 * min(count, 4), 0]
            data.append(dict(
                type="scatter", x=xs, y=ys, mode="lines+markers", name=kind.replace("_", " "), legendgroup=kind,
                showlegend=w_index == 0, meta=keyed("events", "edges", event_type=kind, count=count),
                hoverinfo="skip", customdata=keys, line=dict(color=colour, width=min(1 + 1.5 * count, 8)),
                marker=dict(symbol="arrow", angleref="previous", size=sizes, color=colour), opacity=0.85,
            ))

    # Edge hover and click targets at the midpoints.
    mids, mid_data, mid_text = [], [], []
    for edge in sorted(edges):
        (x0, y0), (x1, y1) = ends(edge)
        rows = edges[edge]
        scores = [r["goldstein"] for r in rows if present(r["goldstein"])]
        actions = sorted({str(r["action"]) for r in rows})
        text = f"{edge[0]} → {edge[1]}: {len(rows)} {edge[2].replace('_', ' ')} event(s)"
        if scores:
            text += f", mean Goldstein {sum(scores) / len(scores):+.1f}"
        mids.append((num((x0 + x1) / 2), num((y0 + y1) / 2)))
        mid_data.append([[r["event_id"] for r in rows], *edge])
        mid_text.append(plain(text) + "<br>" + plain("Actions: " + "; ".join(actions)))
    if mids:
        data.append(dict(
            type="scatter", x=[m[0] for m in mids], y=[m[1] for m in mids], mode="markers", name="events (pairs)",
            meta=keyed("events", "edge_hover"), showlegend=False, marker=dict(size=14, opacity=0),
            customdata=mid_data, hovertext=mid_text, hoverinfo="text",
        ))

    xy = np.array([pos[n] for n in nodes])
    text_positions = ["middle right" if x > 0.15 else "middle left" if x < -0.15 else ("top center" if y > 0 else "bottom center")
                      for x, y in xy]
    data.append(dict(
        type="scatter", x=array(xy[:, 0]), y=array(xy[:, 1]), mode="markers+text", name="actors",
        meta=keyed("names", "nodes"), showlegend=False,
        text=[label(n, width=28) for n in nodes], textposition=text_positions, textfont=dict(size=12),
        marker=dict(size=[10 + 4 * math.sqrt(involvement[n]) for n in nodes], color="white",
                    line=dict(color=style.OKABE_ITO["black"], width=1.5)),
        customdata=[[n] for n in nodes],
        hovertext=[plain(f"{n}: acts in {as_actor[n]}, targeted in {as_target[n]} event(s); {quoted[n]} quote(s)")
                   for n in nodes],
        hoverinfo="text",
    ))
    annotations = [dict(
        text="Arrow: actor → target · width: number of events · click a name to select it", xref="paper",
        yref="paper", x=0, y=-0.02, xanchor="left", yanchor="top", showarrow=False,
        font=dict(size=11, color=style.OKABE_ITO["grey"]),
    )]
    spec = layout(
        title=title, height=max(560, 24 * len(nodes) + 220), annotations=annotations,
        legend=dict(LEGEND_BELOW, y=-0.08, title=dict(text=style.LABELS["event_type"])), hovermode="closest",
        xaxis=dict(visible=False, range=[-1.9, 1.9]),
        yaxis=dict(visible=False, range=[-1.25, 1.25], scaleanchor="x", scaleratio=1),
    )
    return Spec(data, spec)
