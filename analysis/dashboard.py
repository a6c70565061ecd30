"""Views, live dashboard: ipywidgets wired to :func:`analysis.filters.filter_dataset`.

Place in the flow: frames → filters → **dashboard** (JupyterLab and ``make app``). The
selection itself is pure and tested in :mod:`analysis.filters`; here the widgets set a
:class:`~analysis.filters.Filters`, every view is redrawn from the rows it selects (each
chart and the Folium map only when its rows change), and a click on a chart point, a
network node or a map place selects that actor or place everywhere.

Charts are drawn by Plotly's JupyterLab/Voilà extension from their JSON inside ``Output``
widgets, not as ``FigureWidget``s (see :func:`_draw`), so Plotly's own Python callbacks are
not there; clicks come back through :class:`ClickBridge`, an anywidget of a few lines whose
ES module (``analysis/select.js`` plus glue, inline, no build step) listens to the charts'
``plotly_click`` events and the map's ``postMessage`` inside this dashboard only.

A notebook executed for a shared page (``ANALYSIS_STATIC_PAGE=1``, set by ``make render``)
shows :func:`analysis.page.static_dashboard` instead: no kernel there, the page filters itself.
"""

from __future__ import annotations

import html
import os
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from .dataset import Dataset
from .filters import ALL, Filters, article_labels, counts, describe, filter_dataset, options
from .style import EMPTY_MESSAGE, STANCE_COLORS, event_style

STATIC_ENV = "ANALYSIS_STATIC_PAGE"


def header_html(ds: Dataset, shown: Dataset) -> str:
    from .page import published_line

    c = counts(shown)
    figures = " · ".join(f"<b>{n}</b> {html.escape(k)}" for k, n in c.items())
    empty = "" if any(c.values()) else f' · <span style="color:#D55E00">{html.escape(EMPTY_MESSAGE)}</span>'
    return (f'<div style="font-family:system-ui,sans-serif"><div style="font-size:1.4em;font-weight:600">'
            f"{html.escape(ds.headline or 'Untitled article')}</div>"
            f'<div style="color:#555">{html.escape(published_line(ds))} · {figures}{empty}</div></div>')


def filtered_csv(ds: Dataset) -> str:
    """The selected events and quotes as one CSV (a `frame` column says which), safe to open in
    a spreadsheet (:func:`analysis.export.to_csv`)."""
    from .export import to_csv

    events = ds.events.assign(frame="events")
    quotes = ds.quotes.assign(frame="quotes")
    return to_csv(pd.concat([events, quotes], ignore_index=True, sort=False))


def summary_html(filters: Filters) -> str:
    """The current selection in words (a reader's line, not a ``Filters(...)`` repr)."""
    hint = "Click a point, a bar, a name or a place to select it in every view; click it again to clear."
    return (f'<div style="font-family:system-ui,sans-serif;font-size:.92em;color:#333">'
            f"Showing {html.escape(describe(filters))}. <span style=\"color:#666\">{hint}</span></div>")


# --- the click bridge -------------------------------------------------------------------------

_BRIDGE_GLUE = """
function render({ model, el }) {
  el.style.display = "none";
  const scope = model.get("scope");
  const hooked = new WeakSet();
  let n = 0;
  const send = (kind, value) => { n += 1; model.set("clicked", {kind, value, n}); model.save_changes(); };
  const root = () => document.querySelector("." + scope);
  const hook = () => {
    const r = root();
    if (!r) return;
    r.querySelectorAll(".js-plotly-plot").forEach((gd) => {
      if (hooked.has(gd) || typeof gd.on !== "function") return;
      hooked.add(gd);
      gd.on("plotly_click", (event) => {
        const pick = articlePointSelection(event && event.points && event.points[0]);
        if (pick) send("actor", pick.actor);
      });
    });
  };
  const observer = new MutationObserver(hook);
  observer.observe(document.body, {childList: true, subtree: true});
  hook();
  const onMessage = (event) => {
    const r = root();
    if (!r || !Array.from(r.querySelectorAll("iframe")).some((f) => f.contentWindow === event.source)) return;
    const data = event.data || {};
    if (data.type === "article-map:select" && typeof data.place === "string") send("place", data.place);
  };
  window.addEventListener("message", onMessage);
  return () => { observer.disconnect(); window.removeEventListener("message", onMessage); };
}
export default { render };
"""


def _bridge_class():
    import anywidget
    import traitlets

    class ClickBridge(anywidget.AnyWidget):
        """Sends ``{"kind": "actor"|"place", "value": name, "n": count}`` when a view inside the
        element with class ``scope`` is clicked (an invisible widget)."""

        _esm = (Path(__file__).with_name("select.js").read_text(encoding="utf-8") + _BRIDGE_GLUE)
        scope = traitlets.Unicode("").tag(sync=True)
        clicked = traitlets.Dict({}).tag(sync=True)

    return ClickBridge


class _Chips:
    """A row of toggle buttons for a multi-choice filter: one click picks or drops a value."""

    def __init__(self, values: list[str], *, label: str, colors: dict[str, str]):
        import ipywidgets as w

        self.values = list(values)
        self.colors = colors
        self.buttons = [w.ToggleButton(value=False, description=v.replace("_", " "), tooltip=v,
                                       layout=w.Layout(width="auto", height="28px")) for v in self.values]
        self.box = w.HBox([w.Label(label + ":")] + self.buttons, layout=w.Layout(flex_flow="row wrap", align_items="center"))
        for button in self.buttons:
            button.observe(self._recolour, names="value")

    def _recolour(self, change) -> None:
        button = change["owner"]
        value = self.values[self.buttons.index(button)]
        button.style.button_color = self.colors.get(value, "#999999") if button.value else None
        button.style.font_weight = "bold" if button.value else ""

    @property
    def value(self) -> tuple[str, ...]:
        return tuple(v for v, b in zip(self.values, self.buttons) if b.value)

    @value.setter
    def value(self, chosen) -> None:
        for v, b in zip(self.values, self.buttons):
            b.value = v in chosen

    def observe(self, callback) -> None:
        for button in self.buttons:
            button.observe(callback, names="value")


@dataclass
class Dashboard:
    """The widgets and views for one dataset. ``Dashboard(ds).widget`` is what a notebook displays."""

    ds: Dataset
    filters: Filters = field(default_factory=Filters)

    def __post_init__(self) -> None:
        import ipywidgets as w

        ds = self.ds
        opts = options(ds)
        self._map_key: tuple | None = None
        self._chart_keys: dict = {}
        self._muted = False
        wide = w.Layout(flex="1 1 260px", min_width="220px")
        style_ = {"description_width": "initial"}
        self.actor = w.Dropdown(options=[("Everyone", ALL)] + [(n, n) for n in opts["actor"]],
                                description="Actor or speaker", layout=wide, style=style_)
        self.country = w.Dropdown(options=[("All countries", ALL)] + [(n, n) for n in opts["country"]],
                                  description="Country", layout=wide, style=style_)
        self.place = w.Dropdown(options=[("All places", ALL)] + [(n, n) for n in opts["place"]],
                                description="Place", layout=wide, style=style_)
        self.event_types = _Chips(opts["event_types"], label="Event type",
                                  colors={t: event_style(t)[0] for t in opts["event_types"]})
        self.stances = _Chips(opts["stances"], label="Quote stance", colors=dict(STANCE_COLORS))
        # any day may be chosen (no min/max: a DatePicker would clamp a linked or typed date)
        self.date_from = w.DatePicker(description="From", value=None, layout=wide, style=style_)
        self.date_to = w.DatePicker(description="To", value=None, layout=wide, style=style_)
        self.context = w.ToggleButton(value=True, description="Outside context shown", icon="eye",
                                      tooltip="Show or hide rows from data/context.csv", layout=w.Layout(width="auto"))
        self.search = w.Text(placeholder="words in a quote or a speaker", description="Search quotes",
                             continuous_update=False, layout=wide, style=style_)
        # a corpus: which article (also the one the article view shows) and which outlet
        labels = article_labels(ds)
        self.article_choice = w.Dropdown(options=[("All articles", ALL)] + [(labels.get(a, a), a) for a in opts["article"]],
                                         description="Article", layout=wide, style=style_)
        self.outlet = w.Dropdown(options=[("All outlets", ALL)] + [(o, o) for o in opts["outlet"]],
                                 description="Outlet", layout=wide, style=style_)
        self.incidents = w.Output()
        self.reset = w.Button(description="Reset filters", icon="undo", layout=w.Layout(width="auto"))
        self.header = w.HTML()
        self.summary = w.HTML()
        self.download = w.HTML()
        self.prepare_download = w.Button(description="Download the selection (CSV)", icon="download",
                                         layout=w.Layout(width="auto"))
        self.prepare_download.on_click(lambda _: self._offer_download())
        self.article = w.HTML()
        self.tables = w.HTML()
        self.map_out = w.Output(layout=w.Layout(min_height="480px"))  # grows with the map: no overlap
        # Charts are drawn by the Plotly extension from their JSON inside Output widgets, not as
        # FigureWidgets: each FigureWidget loads its own multi-MB copy of plotly.js through
        # anywidget, whose front end gives a widget 2 s to start; three of them on a 2-core
        # machine missed that about half the time, and a late chart never updated again.
        self.timeline, self.quotes, self.network = (w.Output() for _ in range(3))
        self.specs: dict = {}  # what each chart shows now, by name: a figures.Spec
        for control in (self.actor, self.country, self.place, self.date_from, self.date_to, self.search, self.context,
                        self.article_choice, self.outlet):
            control.observe(self._changed, names="value")
        self.event_types.observe(self._changed)
        self.stances.observe(self._changed)
        self.reset.on_click(lambda _: self.reset_filters())
        self.scope = f"article-dashboard-{uuid.uuid4().hex[:12]}"
        self.bridge = _bridge_class()(scope=self.scope)
        self.bridge.observe(self._clicked, names="clicked")
        row = w.Layout(flex_flow="row wrap", width="100%")
        corpus = bool(opts["article"])
        controls = w.VBox([
            *([w.HBox([self.article_choice, self.outlet], layout=row)] if corpus else []),
            w.HBox([self.actor, self.country, self.place], layout=row),
            w.HBox([self.date_from, self.date_to, self.search], layout=row),
            self.event_types.box, self.stances.box,
            w.HBox([self.context, self.reset], layout=row),
        ], layout=w.Layout(border="1px solid #ddd", padding="6px", width="100%"))
        self.widget = w.VBox([self.header, controls, self.summary, *([self.incidents] if corpus else []),
                              self.timeline, self.quotes, self.network,
                              w.HTML("<b>Map</b>"), self.map_out, w.HTML("<b>Events and quotes</b>"), self.tables,
                              w.HTML("<b>The article</b>"), self.article,
                              w.HBox([self.prepare_download, self.download], layout=row), self.bridge])
        self.widget.add_class(self.scope)
        self.refresh()

    @property
    def figures(self) -> dict:
        """The ``go.Figure`` each chart shows now, by name (made on request)."""
        from .figures import figure

        return {name: figure(*spec) for name, spec in self.specs.items()}

    def _ipython_display_(self) -> None:
        """The widgets in a live front end; in a rendered page, a page that filters in the browser."""
        from IPython.display import display

        display(*(static_views(self.ds) if static_page() else [self.widget]))

    # --- state -------------------------------------------------------------

    def current_filters(self) -> Filters:
        return Filters(
            actor=self.actor.value, country=self.country.value, place=self.place.value,
            event_types=self.event_types.value, stances=self.stances.value,
            date_from=self.date_from.value, date_to=self.date_to.value,
            include_context=self.context.value, search=self.search.value.strip(),
            article=self.article_choice.value, outlet=self.outlet.value,
        )

    def reset_filters(self) -> None:
        self.apply(Filters())

    def _changed(self, _change) -> None:
        if self._muted:
            return
        self.refresh()

    def _clicked(self, change) -> None:
        click = change["new"] or {}
        if click.get("kind") in ("actor", "place") and isinstance(click.get("value"), str):
            self.select(click["kind"], click["value"])

    # --- views -------------------------------------------------------------

    def select(self, kind: str, name: str) -> Dataset | None:
        """Select the actor or place ``name`` in every view (what a click does); again clears it.
        A name the article does not offer is ignored."""
        control = {"actor": self.actor, "place": self.place}[kind]
        offered = {v.lower(): v for v in dict(control.options).values() if v}
        if name.lower() not in offered:
            return None
        name = offered[name.lower()]
        current = getattr(self.filters, kind)
        return self.apply(replace(self.filters, **{kind: ALL if current == name else name}))

    def apply(self, filters: Filters) -> Dataset:
        """Set every widget to ``filters`` and refresh once (what a click or a notebook call does)."""
        offered = {v.lower(): v for v in dict(self.actor.options).values()}
        if filters.actor.lower() not in offered:
            raise ValueError(f"no actor or speaker named {filters.actor!r} in this article")
        for name, control in (("country", self.country), ("place", self.place), ("article", self.article_choice),
                              ("outlet", self.outlet)):
            if getattr(filters, name) not in dict(control.options).values():
                raise ValueError(f"no {name} named {getattr(filters, name)!r} in this article")
        filters = replace(filters, actor=offered[filters.actor.lower()])
        self._muted = True
        try:
            self.actor.value, self.country.value, self.place.value = filters.actor, filters.country, filters.place
            self.event_types.value, self.stances.value = filters.event_types, filters.stances
            self.date_from.value, self.date_to.value = filters.date_from, filters.date_to
            self.context.value, self.search.value = filters.include_context, filters.search
            self.article_choice.value, self.outlet.value = filters.article, filters.outlet
        finally:
            self._muted = False
        return self.refresh()

    def refresh(self) -> Dataset:
        """Apply the filters and redraw every view whose rows changed; returns the filtered dataset."""
        import time

        from . import page, plots, reader

        started = time.perf_counter()
        self.filters = self.current_filters()
        self.context.description = "Outside context shown" if self.context.value else "Outside context hidden"
        shown = filter_dataset(self.ds, self.filters)
        self.header.value = header_html(self.ds, shown)
        self.summary.value = summary_html(self.filters)
        event_ids, quote_ids = tuple(shown.events["event_id"]), tuple(shown.quotes["quote_id"])
        keys = {"timeline": event_ids, "quotes": quote_ids, "network": (event_ids, quote_ids)}
        corpus = page.is_corpus(self.ds)
        if corpus:
            keys["incidents"] = event_ids
        changed = {name for name, key in keys.items() if self._chart_keys.get(name) != key}
        build = {  # specs, not go.Figures: see figures.builds_figure
            "incidents": lambda: plots.incidents_timeline.spec(
                self.ds.incidents[self.ds.incidents["incident_id"].isin(set(shown.events["incident_id"]))],
                events=self.ds.events, articles=self.ds.articles, sentences=self.ds.sentences),
            "timeline": lambda: plots.events_timeline.spec(shown.events, sentences=self.ds.sentences, quotes=shown.quotes),
            "quotes": lambda: plots.quotes_by_speaker.spec(shown.quotes, events=self.ds.events),
            "network": lambda: plots.actor_network.spec(shown.events, shown.quotes),
        }
        for name in changed:
            self.specs[name] = build[name]()
            _draw(getattr(self, name), self.specs[name])
        if changed:
            self.tables.value = ('<div style="overflow-x:auto;max-height:420px">'
                                 + page.table_html(shown.events, page.EVENT_TABLE, key="event_id", caption="Events")
                                 + page.table_html(shown.quotes, page.QUOTE_TABLE, key="quote_id", caption="Quotes")
                                 + f"</div><style>{page.TABLE_CSS}</style>")
        self._chart_keys = keys
        names = [n for n in (self.filters.actor, self.filters.country, self.filters.place) if n]
        if corpus:  # the chosen article, else the first one the selection still draws from
            shown_ids = set(shown.events["article_id"]) | set(shown.quotes["article_id"])
            readable = self.ds.articles.loc[self.ds.articles["error"] == "", "article_id"].tolist()
            aid = self.filters.article or next((a for a in readable if a in shown_ids), readable[0] if readable else "")
            one = self.ds.article(aid) if aid else None
            seen = shown.replace(**{n: df[df["article_id"] == aid] for n, df in shown.frames().items()
                                    if n in ("events", "quotes", "mentions")}) if one is not None else shown
            self.article.value = ("" if one is None else
                                  f"<div><b>{html.escape(one.headline or one.path)}</b></div>"
                                  + reader.article_html(one, reader.highlights(seen, mention_names=names)))
        else:
            self.article.value = reader.article_html(self.ds, reader.highlights(shown, mention_names=names))
        self.download.value = ""  # a link for the old selection would mislead: made on request
        self._shown = shown
        charted = time.perf_counter()
        self._refresh_map(shown)
        self.timings = {"charts_ms": (charted - started) * 1000, "map_ms": (time.perf_counter() - charted) * 1000}
        return shown

    def _offer_download(self) -> None:
        # the CSV is built on request: writing it on every filter change cost 16 ms a change
        self.download.value = _download_link(self._shown)

    def _refresh_map(self, shown: Dataset) -> None:
        key = (tuple(shown.locations["location_id"]), tuple(shown.movements["movement_id"]))
        if key == self._map_key:
            return  # same places and movements: keep the map, do not re-ship its assets
        self._map_key = key
        from . import maps

        _show(self.map_out, {"text/html": maps.map_iframe(shown), "text/plain": "<map>"})


def _show(out, data: dict) -> None:
    """Make the Output widget ``out`` show one output with ``data`` (mimetype → content).

    The widget's ``outputs`` are set directly instead of capturing a ``display()`` with
    ``with out:``: executors that emulate output capture (nbclient under Voila and
    nbconvert) stalled on ``clear_output`` followed at once by a display, until the cell
    timed out.
    """
    out.outputs = ({"output_type": "display_data", "data": data, "metadata": {}},)


def _draw(out, spec) -> None:
    """Show the chart ``spec`` (a :class:`~analysis.figures.Spec`) in ``out``.

    Only Plotly's own mimetype is sent (the JupyterLab and Voila extension draws it with
    the one plotly.js it ships): no HTML copy, no plotly.js per chart.
    """
    from .figures import spec_json

    data = spec_json(spec)  # numpy arrays become lists and dates ISO text, as to_json() would make them
    title = (spec.layout.get("title") or {}).get("text", "")
    _show(out, {"application/vnd.plotly.v1+json": data | {"config": {"responsive": True, "displaylogo": False}},
                "text/plain": f"<chart: {title}>"})


def _download_link(ds: Dataset) -> str:
    import base64

    payload = base64.b64encode(filtered_csv(ds).encode("utf-8")).decode("ascii")
    return (f'<a download="selection.csv" href="data:text/csv;base64,{payload}">'
            f"Download the selected {len(ds.events)} events and {len(ds.quotes)} quotes (CSV)</a>")


def show(ds: Dataset | None = None):
    """Build the dashboard for ``ds`` (the seed by default) and return its widget."""
    from .dataset import load

    return Dashboard(ds if ds is not None else load()).widget


# --- the page without a kernel ----------------------------------------------------------


def static_page() -> bool:
    """True while a notebook is executed for a shared page (``make render`` sets ``ANALYSIS_STATIC_PAGE=1``)."""
    return os.environ.get(STATIC_ENV, "") not in ("", "0")


def static_views(ds: Dataset) -> list:
    """What a rendered page shows instead of the widgets: plotly.js once and the page's dashboard."""
    from IPython.display import HTML

    from . import page

    return [HTML(f"<script>{page.plotly_js()}</script>{page.static_dashboard(ds)}")]


__all__ = ["ALL", "STATIC_ENV", "Dashboard", "Filters", "counts", "filter_dataset", "filtered_csv", "options", "show",
           "static_page", "static_views", "summary_html"]
