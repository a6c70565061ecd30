"""Views: Plotly figures built from the frames (``events``, ``quotes``, ``sentences``).

Place in the flow: article → extract → frames (``load()``) → **plots** (and maps,
dashboard). Builders look like Plotly Express: a tidy frame in, keyword-only
options, a ``go.Figure`` out, never ``.show()``. Each builder assembles a plain
``{"data": [...], "layout": {...}}`` spec and makes the figure once, unvalidated.
Colours and labels come from :mod:`analysis.style`; an empty frame gives a figure
that says ``style.EMPTY_MESSAGE``. Every point carries its row id (``event_id``,
``quote_id`` or actor name) in ``customdata``, so any point maps back to its row.

Article text reaches hover labels and tick labels only through :func:`_plain`,
which ``html.escape``\\s it (``quote=False``: plotly.js decodes ``&lt; &gt; &amp;``
but not ``&quot;``); the only markup we add is ``<br>`` between escaped segments.

Importing this module inside a Jupyter kernel sets the renderer to
``plotly_mimetype+notebook_offline`` so charts survive nbconvert's HTML export
without fetching anything (see :class:`_OfflineNotebookRenderer`).
"""

from __future__ import annotations

import html
import math
import re
import textwrap
from collections import Counter, defaultdict

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from analysis import style
from analysis.extract.dates import period_end
from analysis.schema import names_in

__all__ = [
    "events_timeline",
    "quotes_by_speaker",
    "actor_network",
    "set_notebook_renderer",
]

OFFLINE_RENDERER = "notebook_offline"
NOTEBOOK_RENDERER = f"plotly_mimetype+{OFFLINE_RENDERER}"
WRAP = 80
_LAYOUT = dict(
    template="plotly_white",
    font=dict(family=style.FONT, size=13),
    hoverlabel=dict(font=dict(family=style.FONT), align="left"),
    margin=dict(l=20, r=20, t=70, b=40),
)
# Imprecise dates are drawn as a bar over the period they stand for.
_PERIOD_LABEL = {"week": "week of", "month": "month of", "year": "year"}


# --- renderer --------------------------------------------------------------------


class _OfflineNotebookRenderer(pio.base_renderers.NotebookRenderer):
    """plotly's ``notebook`` renderer without the MathJax ``<script>`` it adds from a CDN.

    Our charts use no LaTeX, and a rendered page must fetch nothing from the internet.
    plotly.js itself is inlined once per page by the renderer's ``activate``.
    """

    _MATHJAX = re.compile(r'<script src="https?://[^"]*mathjax[^"]*"></script>', re.IGNORECASE)

    def to_mimebundle(self, fig_dict):
        bundle = super().to_mimebundle(fig_dict)
        bundle["text/html"] = self._MATHJAX.sub("", bundle["text/html"])
        return bundle


def set_notebook_renderer(*, force: bool = False) -> bool:
    """Make ``plotly_mimetype+notebook_offline`` the default renderer; True when it was set.

    Inside a Jupyter kernel plotly defaults to ``plotly_mimetype``, which nbconvert
    drops from HTML silently; the ``notebook`` part keeps each chart in the HTML, with
    plotly.js inlined once (``connected=False``) and no MathJax from a CDN.
    Outside a kernel nothing changes unless ``force``.
    """
    if not force:
        try:
            from IPython import get_ipython
        except ImportError:
            return False
        shell = get_ipython()
        if shell is None or not hasattr(shell, "kernel"):
            return False
    if OFFLINE_RENDERER not in pio.renderers:
        pio.renderers[OFFLINE_RENDERER] = _OfflineNotebookRenderer(connected=False)
    try:
        pio.renderers.default = NOTEBOOK_RENDERER
    except Exception:  # a renderer failing to activate must never break an import
        return False
    return True


set_notebook_renderer()


# --- shared helpers ---------------------------------------------------------------
#
# Builders assemble a plain ``{"data": [...], "layout": {...}}`` spec and make the
# figure once with ``go.Figure(spec, _validate=False)``: plotly's per-property
# validation is most of the cost of building a figure incrementally. The spec holds
# what validation would have produced (pandas columns as read-only numpy arrays,
# numpy scalars in lists as Python numbers); ``tests/test_plots.py`` checks that
# every figure passes the validated constructor.


def _figure(data: list[dict], layout: dict) -> go.Figure:
    """The figure for a spec, made without re-validating it."""
    return go.Figure({"data": data, "layout": layout}, _validate=False)


_TEMPLATE_CACHE: dict = {}


def _template() -> dict:
    """``plotly_white`` as the validated layout would hold it (computed once per template object)."""
    source = pio.templates[_LAYOUT["template"]]
    cached = _TEMPLATE_CACHE.get("plotly_white")
    if cached is None or cached[0] is not source:
        cached = (source, go.Layout(template=source).to_plotly_json()["template"])
        _TEMPLATE_CACHE["plotly_white"] = cached
    return cached[1]


def _array(values) -> np.ndarray:
    """A pandas column or numpy array as a read-only numpy copy (what plotly's validator stores)."""
    array = np.array(values.to_numpy() if isinstance(values, (pd.Series, pd.Index)) else values, copy=True, order="C")
    if array.dtype.kind not in "uifOM":
        array = np.array(values, dtype=object)
    array.flags.writeable = False
    return array


def _num(value):
    """A numpy number as a Python number (plotly stores Python scalars in lists); others unchanged."""
    return value.item() if isinstance(value, (np.integer, np.floating, np.bool_)) else value


def _plain(text, width: int = WRAP) -> str:
    """Article text made safe for a hover label: wrapped at ``width``, escaped, ``<br>``-joined."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    text = str(text)
    if not text:
        return ""
    if len(text) <= width and text.isprintable() and not text.endswith(" "):
        # What textwrap gives for a short line without tabs, newlines or trailing spaces.
        return html.escape(text, quote=False)
    lines = textwrap.wrap(text, width=width, break_long_words=True, break_on_hyphens=False) or [text]
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def _label(text, width: int = 40) -> str:
    """A short escaped label for ticks and node names."""
    return _plain(text, width=width)


def _present(value) -> bool:
    return not (value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)) or value == "")


def _layout(*, title: str, **kwargs) -> dict:
    """The shared layout (template, fonts, margins, escaped title) plus ``kwargs``."""
    return {
        "template": _template(),
        "font": dict(_LAYOUT["font"]),
        "hoverlabel": {"font": dict(_LAYOUT["hoverlabel"]["font"]), "align": _LAYOUT["hoverlabel"]["align"]},
        "margin": dict(_LAYOUT["margin"]),
        "title": dict(text=html.escape(title, quote=False), x=0.01, xanchor="left"),
        **kwargs,
    }


def _empty(title: str) -> go.Figure:
    """The empty state: the title, the shared message and no axes."""
    return _figure([], _layout(
        title=title, height=300, xaxis=dict(visible=False), yaxis=dict(visible=False),
        annotations=[dict(
            text=style.EMPTY_MESSAGE, xref="paper", yref="paper", x=0.5, y=0.5,
            showarrow=False, font=dict(size=16, color=style.OKABE_ITO["grey"]),
        )],
    ))


def _records(df: pd.DataFrame, columns) -> list[dict]:
    """``df[columns].to_dict("records")`` (Python scalars), without pandas' per-row overhead."""
    columns = list(columns)
    return [dict(zip(columns, values)) for values in zip(*(df[c].tolist() for c in columns))]


def _positions(values) -> dict:
    """Each distinct non-missing value → the positions holding it (what ``series == value`` selects)."""
    positions: dict = defaultdict(list)
    for i, value in enumerate(values):
        if not pd.isna(value):
            positions[value].append(i)
    return positions


def _ordered(values, preferred) -> list[str]:
    """Distinct ``values``: those named in ``preferred`` first, in its order, then the rest sorted."""
    present = list(dict.fromkeys(values))
    return [v for v in preferred if v in present] + sorted(v for v in present if v not in preferred)


# --- in-browser filters ---------------------------------------------------------------
#
# A shared page has no kernel, so ipywidgets callbacks do not run there: the figures
# carry their own filters as Plotly dropdowns (``updatemenus``). Each button holds
# everything it changes, so the page filters with plotly.js alone. The dashboard's
# live charts are built with ``menus=False``: there the widgets filter.

_MENU_STYLE = dict(type="dropdown", direction="down", showactive=True, yanchor="bottom",
                   bgcolor="white", bordercolor=style.OKABE_ITO["grey"], font=dict(size=12),
                   pad=dict(r=2, t=2, b=2, l=2))


def _button_label(text, width: int = 32) -> str:
    """A dropdown label: one line, shortened with an ellipsis, escaped (labels take Plotly's markup)."""
    text = " ".join(str(text).split())
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return html.escape(text, quote=False)


# Two dropdowns per chart: the short one (types, stances) left-anchored past the title,
# the long one (names, up to 32 characters) right-anchored at the plot's edge.
MENU_FIRST, MENU_SECOND = dict(x=0.36, xanchor="left"), dict(x=1.0, xanchor="right")


def _menu(buttons: list[dict], *, at: dict, name: str) -> dict:
    """One dropdown above the plot; ``name`` says what it filters (for tests and readers)."""
    return dict(_MENU_STYLE, buttons=buttons, y=1.02, active=0, name=name, **at)


def _visibility_menu(data: list[dict], key: str, values: list[str], *, all_label: str, at: dict, name: str) -> dict:
    """Show only the traces whose ``meta[key]`` is the chosen value (traces without ``key`` stay)."""
    def visible(value):
        return [value is None or key not in (t.get("meta") or {}) or t["meta"][key] == value for t in data]
    buttons = [dict(label=all_label, method="restyle", args=[{"visible": visible(None)}])]
    buttons += [dict(label=_button_label(v), method="restyle", args=[{"visible": visible(v)}]) for v in values]
    return _menu(buttons, at=at, name=name)


def _plain_list(values) -> list:
    """An array of a trace spec as a JSON-friendly list (dates as ISO strings)."""
    if isinstance(values, np.ndarray) and values.dtype.kind == "M":
        values = list(pd.to_datetime(values))  # .tolist() of datetime64[ns] gives integers
    out = []
    for v in (values.tolist() if isinstance(values, np.ndarray) else list(values)):
        if isinstance(v, (pd.Timestamp, np.datetime64)):
            v = pd.Timestamp(v).isoformat()
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            v = _num(v)
        out.append(v)
    return out


def _subset_menu(data: list[dict], members: list[list[int] | None], keys: list[set[str]], values: list[str], *,
                 all_label: str, at: dict, name: str) -> dict:
    """Keep only the points whose row ``keys[row]`` holds the chosen value.

    ``members[t]`` lists, for trace ``t``, the row behind each of its points (a point
    of a period trace is three entries: start, end, gap); ``None`` leaves a trace alone.
    """
    touched = [t for t, rows in enumerate(members) if rows is not None]
    point_fields = ("x", "y", "customdata", "hovertext")
    marker_fields = ("symbol", "opacity", "color")

    # each trace's per-point arrays, converted once: "x" → [...], "marker.color" → [...]
    arrays = {t: {**{f: _plain_list(data[t][f]) for f in point_fields if f in data[t]},
                  **{f"marker.{f}": _plain_list(v) for f in marker_fields
                     if isinstance(v := (data[t].get("marker") or {}).get(f), (list, np.ndarray))}}
              for t in touched}

    def args(value):
        update: dict[str, list] = {}
        for k, t in enumerate(touched):
            keep = [i for i, row in enumerate(members[t]) if value is None or value in keys[row]]
            for field, values_ in arrays[t].items():
                update.setdefault(field, [None] * len(touched))[k] = [values_[i] for i in keep]
        # a trace without a field gets its own value back, never null (null would reset it)
        for field, per_trace in update.items():
            for k, t in enumerate(touched):
                if per_trace[k] is None:
                    per_trace[k] = [] if field in point_fields else (data[t].get("marker") or {}).get(field.split(".")[1])
        return [update, touched]

    buttons = [dict(label=all_label, method="restyle", args=args(None))]
    buttons += [dict(label=_button_label(v), method="restyle", args=args(v)) for v in values]
    return _menu(buttons, at=at, name=name)


# --- 1. events timeline --------------------------------------------------------------


_HOVER_COLUMNS = ("date_precision", "date_text", "actor", "target", "action", "event_type", "cameo", "cameo_name",
                  "goldstein", "location", "source", "note", "citation", "sentence_id")


def _event_hover(row, sentence: str) -> str:
    date, precision = row["date"], row["date_precision"] or "day"
    end = period_end(date, precision)
    when = f"{_PERIOD_LABEL[precision]} {date:%Y-%m-%d} – {end:%Y-%m-%d}" if end is not None else f"{date:%Y-%m-%d}"
    when += f" (precision: {precision}"
    if _present(row["date_text"]):
        when += f", “{row['date_text']}”"
    when += ")"
    lines = [_plain(when)]
    who = row["actor"] + (f" → {row['target']}" if _present(row["target"]) else "")
    lines.append(_plain(who))
    lines.append(_plain(f"Action: {row['action']} ({row['event_type']})"))
    if _present(row["cameo"]):
        lines.append(_plain(f"CAMEO {row['cameo']}: {row['cameo_name']}"))
    if _present(row["goldstein"]):
        lines.append(_plain(f"Goldstein: {row['goldstein']:+.1f}"))
    if _present(row["location"]):
        lines.append(_plain(f"Location: {row['location']}"))
    if row["source"] == "context":
        lines.append(_plain("Source: outside context (not in the article)"))
        if _present(row["note"]):
            lines.append(_plain(row["note"]))
        if _present(row["citation"]):
            lines.append(_plain(f"Citation: {row['citation']}"))
    else:
        lines.append(_plain("Source: article"))
        if sentence:
            lines.append(_plain(f"Evidence: {sentence}"))
    return "<br>".join(line for line in lines if line)


def events_timeline(events: pd.DataFrame, *, sentences: pd.DataFrame | None = None,
                    color_by: str = "event_type", y: str = "event_type", menus: bool = True) -> go.Figure:
    """Events on a date axis, one row per event type (or actor).

    ``color_by="event_type"`` draws one marker trace per event type in the shared
    palette; ``"goldstein"`` colours every event on a diverging Goldstein scale.
    Solid circles are article facts, open circles outside context. Dates of week,
    month or year precision get a translucent bar over the period they stand for.
    Hover shows the evidence sentence (joined from ``sentences``) or, for context
    rows, the note and its citation. ``customdata`` is ``[[event_id], …]``.
    Traces carry ``meta={"role": "events" | "period" | "key", …}``. With ``menus``
    the figure carries its own filters for a page without a kernel: a dropdown of
    event types and one of the actors and targets involved (``updatemenus``).
    """
    if color_by not in ("event_type", "goldstein"):
        raise ValueError(f"color_by must be 'event_type' or 'goldstein', not {color_by!r}")
    if y not in ("event_type", "actor"):
        raise ValueError(f"y must be 'event_type' or 'actor', not {y!r}")
    title = "Events over time"
    df = events[events["date"].notna()] if len(events) else events
    if not len(df):
        return _empty(title)

    texts = {}
    if sentences is not None and len(sentences):
        texts = dict(zip(sentences["sentence_id"], sentences["text"]))
    df = df.reset_index(drop=True)
    dates = pd.to_datetime(df["date"])
    date_values = dates.to_numpy()
    date_list = list(dates)  # Timestamps
    event_ids = [_num(v) for v in df["event_id"]]
    precision = df["date_precision"].fillna("").astype(object)
    hover = [_event_hover(dict(row, date=date), texts.get(row["sentence_id"], ""))
             for row, date in zip(_records(df, _HOVER_COLUMNS), date_list)]
    ends = [period_end(d, p) for d, p in zip(date_list, precision)]
    source = df["source"].astype(object)
    symbols = [style.SOURCE_SYMBOL.get(s, "circle") for s in source]
    opacity = [style.SOURCE_OPACITY.get(s, 1.0) for s in source]
    rows = [_label(v) for v in df[y]]
    if y == "actor":
        row_order = _ordered(rows, [])
    else:
        row_order = [_label(t) for t in _ordered(df["event_type"], list(style.EVENT_COLORS))]
    # Rows are numbered from the top; events sharing a row and a day are spread
    # vertically (in a fixed order) so that each one can be hovered and clicked.
    row_number = {label: -i for i, label in enumerate(row_order)}
    same_spot: dict[tuple, list[int]] = defaultdict(list)
    for i, key in enumerate(zip(rows, date_list)):
        same_spot[key].append(i)
    ypos = np.zeros(len(df))
    for group in same_spot.values():
        k = len(group)
        for j, i in enumerate(sorted(group, key=event_ids.__getitem__)):
            ypos[i] = row_number[rows[i]] + ((j - (k - 1) / 2) * min(0.6 / max(k - 1, 1), 0.15) if k > 1 else 0.0)

    data: list[dict] = []
    members: list[list[int] | None] = []  # per trace: the row behind each point (see _subset_menu)

    def marker_trace(index, *, name, meta, **marker):
        return dict(
            type="scatter", x=_array(date_values[index]), y=_array(ypos[index]), mode="markers", name=name,
            meta=meta, legendgroup=meta.get("event_type", name),
            marker=dict(size=12, symbol=[symbols[i] for i in index], opacity=[opacity[i] for i in index],
                        **{"line": dict(width=2), **marker}),
            customdata=[[event_ids[i]] for i in index],
            hovertext=[hover[i] for i in index], hoverinfo="text",
        )

    def period_trace(index, *, name, color, meta):
        xs, ys, rows_ = [], [], []
        for i in index:
            if ends[i] is not None:
                xs += [date_list[i], ends[i], None]
                ys += [_num(ypos[i]), _num(ypos[i]), None]
                rows_ += [i, i, i]
        if not xs:
            return None
        members.append(rows_)
        return dict(
            type="scatter", x=xs, y=ys, mode="lines", name=name, meta=meta, legendgroup=meta.get("event_type", "period"),
            showlegend=False, hoverinfo="skip", opacity=0.35, line=dict(color=color, width=10),
        )

    if color_by == "event_type":
        by_type = _positions(df["event_type"].tolist())
        for event_type in _ordered(df["event_type"], list(style.EVENT_COLORS)):
            index = by_type.get(event_type, [])
            colour = style.color(style.EVENT_COLORS, event_type)
            period = period_trace(index, name=f"{event_type} (date period)", color=colour,
                                  meta={"role": "period", "event_type": event_type})
            if period is not None:
                data.append(period)
            data.append(marker_trace(index, name=event_type, meta={"role": "events", "event_type": event_type},
                                       color=colour, line=dict(width=2, color=colour)))
            members.append(list(index))
    else:
        grey = style.OKABE_ITO["grey"]
        period = period_trace(list(df.index), name="date period", color=grey, meta={"role": "period"})
        if period is not None:
            data.append(period)
        scored = list(df.index[df["goldstein"].notna()])
        unscored = list(df.index[df["goldstein"].isna()])
        members.extend(group for group in (scored, unscored) if group)  # the traces below, in order
        if scored:
            data.append(marker_trace(
                scored, name="Goldstein score", meta={"role": "events"},
                color=df.loc[scored, "goldstein"].tolist(), cmin=-10, cmax=10,
                colorscale=[[0.0, style.OKABE_ITO["vermillion"]], [0.5, style.OKABE_ITO["grey"]],
                            [1.0, style.OKABE_ITO["blue"]]],
                colorbar=dict(title=dict(text="<br>(".join(_plain(part) for part in style.LABELS["goldstein"].split(" (", 1)),
                                         side="top"),
                              thickness=14, len=0.6, y=0, yanchor="bottom", x=1.02),
            ))
        if unscored:
            data.append(marker_trace(unscored, name="no Goldstein score", meta={"role": "events"},
                                       color=style.OKABE_ITO["black"]))

    # A legend key for the marker styles: solid = article, open = outside context.
    for src in _ordered(source, ["article", "context"]):
        data.append(dict(
            type="scatter", x=[None], y=[None], mode="markers", name="article" if src == "article" else "outside context",
            meta={"role": "key", "source": src}, legendgroup="source",
            legendgrouptitle=dict(text=style.LABELS["source"]), hoverinfo="skip",
            marker=dict(size=12, symbol=style.SOURCE_SYMBOL.get(src, "circle"), color=style.OKABE_ITO["black"],
                        opacity=style.SOURCE_OPACITY.get(src, 1.0), line=dict(width=2)),
        ))
        members.append(None)

    # The range holds every event and period (e.g. a 2015 caption and the 2020 crisis).
    first = dates.min()
    last = max([dates.max()] + [e for e in ends if e is not None])
    pad = max(pd.Timedelta(days=3), (last - first) * 0.03)
    x_range = [(first - pad).strftime("%Y-%m-%d"), (last + pad).strftime("%Y-%m-%d")]
    layout = _layout(
        title=title, height=max(380, 150 + 42 * len(row_order)),
        legend=dict(title=dict(text=style.LABELS["event_type"] if color_by == "event_type" else ""),
                    groupclick="togglegroup"),
        hovermode="closest",
    )
    layout["xaxis"] = dict(
        title=dict(text=style.LABELS["date"]), type="date", range=x_range,
        rangeslider=dict(visible=True, thickness=0.08, range=x_range),
        rangeselector=dict(buttons=[
            dict(count=1, label="1 m", step="month", stepmode="backward"),
            dict(count=6, label="6 m", step="month", stepmode="backward"),
            dict(step="all", label="all"),
        ]),
    )
    layout["yaxis"] = dict(title=dict(text=style.LABELS[y]), tickmode="array",
                           tickvals=[row_number[r] for r in row_order], ticktext=row_order,
                           range=[-len(row_order) + 0.4, 0.6], zeroline=False, showgrid=True, automargin=True)
    if menus:
        involved = [set(names_in(a)) | set(names_in(t)) for a, t in zip(df["actor"].tolist(), df["target"].tolist())]
        names = sorted(set().union(*involved), key=str.lower)
        layout["updatemenus"] = [_subset_menu(data, members, involved, names, all_label="Anyone involved",
                                              at=MENU_SECOND, name="actor")]
        if color_by == "event_type":
            layout["updatemenus"].insert(0, _visibility_menu(
                data, "event_type", _ordered(df["event_type"], list(style.EVENT_COLORS)),
                all_label="All event types", at=MENU_FIRST, name="event_type"))
        layout["margin"]["t"] = 100
    return _figure(data, layout)


# --- 2. quotes by speaker ------------------------------------------------------------

UNATTRIBUTED = "(unattributed)"


def quotes_by_speaker(quotes: pd.DataFrame, *, menus: bool = True) -> go.Figure:
    """Quote counts per speaker as horizontal bars stacked by stance, with mean tone beside.

    Each bar segment is one quote (hover: its full text, wrapped; stance, tone,
    kind), so the bar's length is the speaker's quote count. The right panel
    shows each speaker's mean tone. ``customdata`` is ``[[speaker, quote_id], …]``
    for quotes and ``[[speaker], …]`` for the tone points. With ``menus`` the figure
    carries its own filters for a page without a kernel: a dropdown of stances and
    one of speakers (``updatemenus``).
    """
    title = "Who is quoted, and how"
    if not len(quotes):
        return _empty(title)
    df = quotes.reset_index(drop=True)
    speaker = df["speaker"].fillna("").astype(object)
    speakers = [_num(s) for s in speaker]
    quote_ids = [_num(q) for q in df["quote_id"]]
    records = _records(df, ("speaker", "tone", "kind", "text"))
    counts = Counter(speakers)
    order = sorted(counts, key=lambda s: (-counts[s], s))  # most quoted first
    labels = {s: (_label(s) if s else UNATTRIBUTED) for s in order}
    label = [labels[s] for s in speakers]

    data: list[dict] = []
    by_stance = _positions(df["stance"].tolist())
    for stance in _ordered(df["stance"], list(style.STANCE_COLORS)):
        index = by_stance.get(stance, [])
        hover = []
        for i in index:
            row = records[i]
            head = f"{row['speaker'] or UNATTRIBUTED} · {stance} · tone {row['tone']:+.2f} · {row['kind']} quote"
            hover.append(_plain(head) + "<br>" + _plain(f"“{row['text']}”"))
        data.append(dict(
            type="bar", x=[1] * len(index), y=[label[i] for i in index], orientation="h", name=stance,
            meta={"role": "quotes", "stance": stance}, legendgroup=stance, xaxis="x", yaxis="y",
            marker=dict(color=style.color(style.STANCE_COLORS, stance), line=dict(color="white", width=1)),
            customdata=[[speakers[i], quote_ids[i]] for i in index],
            hovertext=hover, hoverinfo="text",
        ))

    tone = df.groupby(speaker, sort=False)["tone"].mean()
    data.append(dict(
        type="scatter", x=[_num(tone[s]) for s in order], y=[labels[s] for s in order], mode="markers", name="mean tone",
        meta={"role": "tone"}, xaxis="x2", yaxis="y",
        marker=dict(symbol="diamond", size=12, color=style.OKABE_ITO["black"]),
        customdata=[[s] for s in order],
        hovertext=[_plain(f"{s or UNATTRIBUTED}: mean tone {tone[s]:+.2f} over {counts[s]} quote(s)") for s in order],
        hoverinfo="text",
    ))
    layout = _layout(
        title=title, barmode="stack", height=max(320, 140 + 36 * len(order)),
        legend=dict(title=dict(text=style.LABELS["stance"]), traceorder="normal"),
        bargap=0.3,
        xaxis=dict(domain=[0, 0.66], title=dict(text=style.LABELS["quotes"]), dtick=1,
                   range=[0, max(counts.values()) + 0.3]),
        xaxis2=dict(domain=[0.72, 1], anchor="y", range=[-1.05, 1.05], title=dict(text=style.LABELS["tone"]),
                    zeroline=True, zerolinecolor=style.OKABE_ITO["grey"], dtick=0.5),
        yaxis=dict(title=dict(text=style.LABELS["speaker"]), type="category", categoryorder="array",
                   categoryarray=[labels[s] for s in reversed(order)], automargin=True),
    )
    if menus:
        # a speaker is shown by zooming the category axis onto its bar (and tone point)
        category = {s: n for n, s in enumerate(reversed(order))}
        speaker_buttons = [dict(label="All speakers", method="relayout",
                                args=[{"yaxis.range": [-0.5, len(order) - 0.5]}])]
        speaker_buttons += [dict(label=_button_label(s or UNATTRIBUTED), method="relayout",
                                 args=[{"yaxis.range": [category[s] - 0.5, category[s] + 0.5]}]) for s in order]
        layout["yaxis"]["range"] = [-0.5, len(order) - 0.5]
        layout["updatemenus"] = [
            _visibility_menu(data, "stance", _ordered(df["stance"], list(style.STANCE_COLORS)),
                             all_label="All stances", at=MENU_FIRST, name="stance"),
            _menu(speaker_buttons, at=MENU_SECOND, name="speaker"),
        ]
        layout["margin"]["t"] = 100
    return _figure(data, layout)


# --- 3. actor network ---------------------------------------------------------------


def _circle(n: int) -> np.ndarray:
    """``n`` points on the unit circle, clockwise from the top."""
    angles = math.pi / 2 - 2 * math.pi * np.arange(n) / max(n, 1)
    return np.column_stack([np.cos(angles), np.sin(angles)])


def _spread(n: int) -> np.ndarray:
    """Circle slots for nodes ranked by involvement: each next one about half a turn on, so hubs sit apart."""
    step = next((k for k in range(n // 2, n) if math.gcd(k, n) == 1), 1) if n > 2 else 1
    return (np.arange(n) * step) % max(n, 1)


def actor_network(events: pd.DataFrame, quotes: pd.DataFrame) -> go.Figure:
    """Who acts on or speaks about whom: actors on a circle, an arrow per actor→target pair and event type.

    Nodes are actors, targets and speakers (cells listing several names are
    split on ``;``), sized by how many events and quotes involve them and placed
    on a circle in a fixed order (ranked by involvement, then name; the most
    involved are spread around the circle so their edges do not bunch up). Edges are
    coloured by event type, wider with more events; statements from quotes are
    already events. ``customdata`` is ``[[name], …]`` on nodes and
    ``[[actor, target, event_type], …]`` on the edge midpoints.
    """
    title = "Who acts on or speaks about whom"
    as_actor, as_target, quoted = Counter(), Counter(), Counter()
    edges: dict[tuple[str, str, str], list] = defaultdict(list)
    for row in _records(events, ("actor", "target", "event_type", "goldstein", "action")) if len(events) else []:
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
        return _empty(title)

    nodes = sorted(involvement, key=lambda name: (-involvement[name], name))
    pos = dict(zip(nodes, _circle(len(nodes))[_spread(len(nodes))]))
    data: list[dict] = []

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
        return (x0 + nx, y0 + ny), (x1 + nx, y1 + ny)

    types = _ordered([k for _, _, k in edges], list(style.EVENT_COLORS))
    annotations = []
    for kind in types:
        colour = style.color(style.EVENT_COLORS, kind)
        widths = sorted({len(rows) for (a, t, k), rows in edges.items() if k == kind})
        for w_index, count in enumerate(widths):
            xs, ys = [], []
            for edge in sorted(e for e, rows in edges.items() if e[2] == kind and len(rows) == count):
                (x0, y0), (x1, y1) = ends(edge)
                xs += [_num(x0), _num(x1), None]
                ys += [_num(y0), _num(y1), None]
                annotations.append(dict(
                    x=x0 + 0.93 * (x1 - x0), y=y0 + 0.93 * (y1 - y0), ax=x0 + 0.8 * (x1 - x0), ay=y0 + 0.8 * (y1 - y0),
                    xref="x", yref="y", axref="x", ayref="y", text="", showarrow=True,
                    arrowhead=2, arrowsize=1, arrowwidth=min(1.5 + count, 5), arrowcolor=colour, opacity=0.9,
                ))
            data.append(dict(
                type="scatter", x=xs, y=ys, mode="lines", name=kind, legendgroup=kind, showlegend=w_index == 0,
                meta={"role": "edges", "event_type": kind, "count": count}, hoverinfo="skip",
                line=dict(color=colour, width=min(1 + 1.5 * count, 8)), opacity=0.8,
            ))

    # Edge hover and click targets at the midpoints.
    mids, mid_data, mid_text = [], [], []
    for edge in sorted(edges):
        (x0, y0), (x1, y1) = ends(edge)
        rows = edges[edge]
        scores = [r["goldstein"] for r in rows if _present(r["goldstein"])]
        actions = sorted({str(r["action"]) for r in rows})
        text = f"{edge[0]} → {edge[1]}: {len(rows)} {edge[2]} event(s)"
        if scores:
            text += f", mean Goldstein {sum(scores) / len(scores):+.1f}"
        mids.append((_num((x0 + x1) / 2), _num((y0 + y1) / 2)))
        mid_data.append(list(edge))
        mid_text.append(_plain(text) + "<br>" + _plain("Actions: " + "; ".join(actions)))
    if mids:
        data.append(dict(
            type="scatter", x=[m[0] for m in mids], y=[m[1] for m in mids], mode="markers", name="events (pairs)",
            meta={"role": "edge_hover"}, showlegend=False, marker=dict(size=14, opacity=0),
            customdata=mid_data, hovertext=mid_text, hoverinfo="text",
        ))

    xy = np.array([pos[n] for n in nodes])
    positions = ["middle right" if x > 0.15 else "middle left" if x < -0.15 else ("top center" if y > 0 else "bottom center")
                 for x, y in xy]
    data.append(dict(
        type="scatter", x=_array(xy[:, 0]), y=_array(xy[:, 1]), mode="markers+text", name="actors", meta={"role": "nodes"}, showlegend=False,
        text=[_label(n, width=28) for n in nodes], textposition=positions, textfont=dict(size=12),
        marker=dict(size=[10 + 4 * math.sqrt(involvement[n]) for n in nodes], color="white",
                    line=dict(color=style.OKABE_ITO["black"], width=1.5)),
        customdata=[[n] for n in nodes],
        hovertext=[_plain(f"{n}: acts in {as_actor[n]}, targeted in {as_target[n]} event(s); {quoted[n]} quote(s)")
                   for n in nodes],
        hoverinfo="text",
    ))
    annotations.append(dict(
        text="Arrow: actor → target · width: number of events", xref="paper", yref="paper", x=0, y=-0.02,
        xanchor="left", yanchor="top", showarrow=False, font=dict(size=11, color=style.OKABE_ITO["grey"]),
    ))
    layout = _layout(
        title=title, height=max(560, 24 * len(nodes) + 200), annotations=annotations,
        legend=dict(title=dict(text=style.LABELS["event_type"])), hovermode="closest",
        xaxis=dict(visible=False, range=[-1.9, 1.9]),
        yaxis=dict(visible=False, range=[-1.25, 1.25], scaleanchor="x", scaleratio=1),
    )
    return _figure(data, layout)
