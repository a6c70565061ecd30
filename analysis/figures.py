"""Views, figure helpers: the shared layout, escaping, the empty state and fast spec building.

Used by the figure builders in :mod:`analysis.plots`; nothing here knows a frame.
Builders assemble a plain ``{"data": [...], "layout": {...}}`` spec and make the
figure once with ``go.Figure(spec, _validate=False)``: plotly's per-property
validation is most of the cost of building a figure incrementally. The spec holds
what validation would have produced (pandas columns as read-only numpy arrays,
numpy scalars in lists as Python numbers); ``tests/test_plots.py`` checks that
every figure passes the validated constructor.

Article text reaches hover labels and tick labels only through :func:`plain`,
which ``html.escape``\\s it (``quote=False``: plotly.js decodes ``&lt; &gt; &amp;``
but not ``&quot;``); the only markup we add is ``<br>`` between escaped segments.

Importing this module changes nothing in plotly's configuration (renderers stay as
they are): a shared page turns Plotly's JSON into HTML itself (:mod:`analysis.site`).
"""

from __future__ import annotations

import functools
import html
import json
import math
import textwrap
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd
import plotly
import plotly.graph_objects as go

from analysis import style

WRAP = 80
TEMPLATE = "plotly_white"
_FONT = dict(family=style.FONT, size=13)
_MARGIN = dict(l=20, r=20, t=70, b=40)


def figure(data: list[dict], layout: dict) -> go.Figure:
    """The figure for a spec, made without re-validating it."""
    return go.Figure({"data": data, "layout": layout}, _validate=False)


class Spec(NamedTuple):
    """A figure as plain data: its traces and its layout, as ``go.Figure`` would hold them."""

    data: list[dict]
    layout: dict


def builds_figure(build_spec: Callable[..., Spec]) -> Callable[..., go.Figure]:
    """A Plotly-Express-like builder (frames in, ``go.Figure`` out) from a function returning a
    :class:`Spec`; ``builder.spec(...)`` gives the spec itself. The live dashboard draws specs:
    making a ``go.Figure``, even unvalidated, loads plotly's validators (about 20 MB and 0.2 s
    in each kernel, measured) for nothing the chart needs."""

    @functools.wraps(build_spec)
    def build(*args, **kwargs) -> go.Figure:
        return figure(*build_spec(*args, **kwargs))

    # a string, as `from __future__ import annotations` makes the others: reading go.Figure here
    # would load plotly's validators (and narwhals) in every kernel that only draws specs
    build.__annotations__ = {**build_spec.__annotations__, "return": "go.Figure"}
    build.spec = build_spec
    return build


@functools.cache
def _template() -> dict:
    """``plotly_white`` as the validated layout holds it: plotly's own JSON file of the template,
    read as it is (equal to what ``go.Layout(template=...)`` makes of it, without loading
    plotly's validators; tests/test_plots.py checks the equality)."""
    path = Path(plotly.__file__).with_name("package_data") / "templates" / f"{TEMPLATE}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def spec_json(spec: Spec) -> dict:
    """The spec as the JSON plotly.js reads, as plain Python: arrays as lists, dates as ISO text,
    NaN and infinities as null, the same as ``PlotlyJSONEncoder`` gives (tests/test_figures.py)
    without importing it: it loads plotly's validators and narwhals (about 5 MB and 0.1 s in
    each live app kernel, measured)."""
    text = json.dumps({"data": spec.data, "layout": spec.layout}, default=_json_value)
    if "NaN" in text or "Infinity" in text:  # cheap guess first, as plotly's encoder does
        return json.loads(text, parse_constant=lambda _: None)
    return json.loads(text)


def _json_value(value):
    if isinstance(value, np.ndarray):
        return np.datetime_as_string(value).tolist() if value.dtype.kind == "M" else value.tolist()
    if value is pd.NaT or value is pd.NA:
        return None
    if hasattr(value, "isoformat"):  # datetime, date, pd.Timestamp
        return value.isoformat()
    if hasattr(value, "tolist"):  # numpy scalars
        return value.tolist()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def array(values) -> np.ndarray:
    """A pandas column or numpy array as a read-only numpy copy (what plotly's validator stores)."""
    out = np.array(values.to_numpy() if isinstance(values, (pd.Series, pd.Index)) else values, copy=True, order="C")
    if out.dtype.kind not in "uifOM":
        out = np.array(values, dtype=object)
    out.flags.writeable = False
    return out


def num(value):
    """A numpy number as a Python number (plotly stores Python scalars in lists); others unchanged."""
    return value.item() if isinstance(value, (np.integer, np.floating, np.bool_)) else value


def present(value) -> bool:
    return not (value is None or value is pd.NA or value is pd.NaT
                or (isinstance(value, float) and math.isnan(value)) or value == "")


def plain(text, width: int = WRAP) -> str:
    """Article text made safe for a hover label: wrapped at ``width``, escaped, ``<br>``-joined."""
    if not present(text):
        return ""
    text = str(text)
    if len(text) <= width and text.isprintable() and not text.endswith(" "):
        # What textwrap gives for a short line without tabs, newlines or trailing spaces.
        return html.escape(text, quote=False)
    lines = textwrap.wrap(text, width=width, break_long_words=True, break_on_hyphens=False) or [text]
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def label(text, width: int = 40) -> str:
    """A short escaped label for ticks and node names."""
    return plain(text, width=width)


def layout(*, title: str, **kwargs) -> dict:
    """The shared layout (template, fonts, margins, escaped title) plus ``kwargs``."""
    return {
        "template": _template(),
        "font": dict(_FONT),
        "hoverlabel": {"font": {"family": style.FONT}, "align": "left"},
        "margin": dict(_MARGIN),
        "title": dict(text=html.escape(title, quote=False), x=0.01, xanchor="left"),
        **kwargs,
    }


def empty_annotation() -> dict:
    return dict(text=style.EMPTY_MESSAGE, xref="paper", yref="paper", x=0.5, y=0.5, showarrow=False,
                font=dict(size=16, color=style.OKABE_ITO["grey"]), name="empty")


def empty(title: str) -> Spec:
    """The empty state: the title, the shared message and no axes."""
    return Spec([], layout(title=title, height=300, xaxis=dict(visible=False), yaxis=dict(visible=False),
                           annotations=[empty_annotation()]))


def records(df: pd.DataFrame, columns) -> list[dict]:
    """``df[columns].to_dict("records")`` (Python scalars), without pandas' per-row overhead."""
    columns = list(columns)
    return [dict(zip(columns, values)) for values in zip(*(df[c].tolist() for c in columns))]


def positions(values) -> dict:
    """Each distinct non-missing value → the positions holding it (what ``series == value`` selects)."""
    out: dict = defaultdict(list)
    for i, value in enumerate(values):
        if not pd.isna(value):
            out[value].append(i)
    return out


def ordered(values, preferred) -> list[str]:
    """Distinct ``values``: those named in ``preferred`` first, in its order, then the rest sorted."""
    present_ = list(dict.fromkeys(values))
    return [v for v in preferred if v in present_] + sorted(v for v in present_ if v not in preferred)


def keyed(frame: str, role: str, **meta) -> dict:
    """A trace's ``meta``: what it draws (``role``) and which frame's rows its points are
    (``customdata[i][0]`` is a row id of ``frame``, or a list of them), so a click or a
    page's filter maps each point back to its rows."""
    return {"role": role, "frame": frame, **meta}


__all__ = ["WRAP", "array", "empty", "empty_annotation", "figure", "keyed", "label", "layout", "num", "ordered",
           "plain", "positions", "present", "records", "spec_json"]
