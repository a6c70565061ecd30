"""Stage 4c: the dashboard — one filter state, one pure function that applies it, and the widgets.

``filter_dataset(ds, filters)`` does all the selection and is tested on its
own; the :class:`Dashboard` only wires ipywidgets to it and refreshes the views
(each chart and the Folium map redrawn in its ``Output`` only when the rows it
shows change, the article with its highlights).
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass, field, replace
from datetime import date

import pandas as pd

from .dataset import Dataset
from .filters import ALL, Filters, counts, filter_dataset, options
from .style import EMPTY_MESSAGE

def header_html(ds: Dataset, shown: Dataset) -> str:
    c = counts(shown)
    published = ds.published.strftime("%-d %B %Y") if ds.published else "unknown date"
    figures = " · ".join(f"<b>{n}</b> {html.escape(k)}" for k, n in c.items())
    empty = "" if any(c.values()) else f' · <span style="color:#D55E00">{html.escape(EMPTY_MESSAGE)}</span>'
    return (f'<div style="font-family:system-ui,sans-serif"><div style="font-size:1.4em;font-weight:600">'
            f"{html.escape(ds.headline or 'Untitled article')}</div>"
            f'<div style="color:#555">Published {html.escape(published)} · {figures}{empty}</div></div>')


def filtered_csv(ds: Dataset) -> str:
    """The selected events and quotes as one CSV (a `frame` column says which)."""
    events = ds.events.assign(frame="events")
    quotes = ds.quotes.assign(frame="quotes")
    return pd.concat([events, quotes], ignore_index=True, sort=False).to_csv(index=False, lineterminator="\n")



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
        self.actor = w.Dropdown(options=[("All actors and speakers", ALL)] + [(n, n) for n in opts["actor"]], description="Actor")
        self.country = w.Dropdown(options=[("All countries", ALL)] + [(n, n) for n in opts["country"]], description="Country")
        self.event_types = w.SelectMultiple(options=opts["event_types"], description="Event type", rows=min(6, max(2, len(opts["event_types"]))))
        self.stances = w.SelectMultiple(options=opts["stances"], description="Stance", rows=min(6, max(2, len(opts["stances"]))))
        dates = opts["dates"] or [date.today()]
        self.dates = w.SelectionRangeSlider(options=[(d.isoformat(), d) for d in dates], index=(0, len(dates) - 1),
                                            description="Dates", layout=w.Layout(width="640px"),
                                            style={"description_width": "initial"})
        self.context = w.ToggleButton(value=True, description="Outside context shown", icon="eye",
                                      tooltip="Show or hide rows from data/context.csv", layout=w.Layout(width="auto"))
        self.search = w.Text(placeholder="words in a quote or a speaker", description="Search", continuous_update=False)
        self.reset = w.Button(description="Reset filters", icon="undo")
        self.header = w.HTML()
        self.download = w.HTML()
        self.prepare_download = w.Button(description="Download the selection (CSV)", icon="download")
        self.prepare_download.on_click(lambda _: self._offer_download())
        self.article = w.HTML()
        self.map_out = w.Output(layout=w.Layout(min_height="480px"))  # grows with the map: no overlap
        # Charts are drawn by the Plotly extension from their JSON inside Output widgets, not as
        # FigureWidgets: each FigureWidget loads its own multi-MB copy of plotly.js through
        # anywidget, whose front end gives a widget 2 s to start; three of them on a 2-core
        # machine missed that about half the time, and a late chart never updated again.
        self.timeline, self.quotes, self.network = (w.Output() for _ in range(3))
        self.figures: dict = {}  # the go.Figure each chart shows now, by name
        for control in (self.actor, self.country, self.event_types, self.stances, self.dates, self.search):
            control.observe(self._changed, names="value")
        self.context.observe(self._changed, names="value")
        self.reset.on_click(lambda _: self.reset_filters())
        controls = w.VBox([w.HBox([self.actor, self.country]), w.HBox([self.event_types, self.stances]),
                           self.dates, w.HBox([self.search, self.context, self.reset])])
        self.widget = w.VBox([self.header, controls, self.timeline, self.quotes, self.network,
                              w.HTML("<b>Map</b>"), self.map_out, w.HTML("<b>The article</b>"), self.article,
                              w.HBox([self.prepare_download, self.download])])
        self.refresh()

    def _ipython_display_(self) -> None:
        """The widgets in a live front end; in a rendered page, views that filter in the browser."""
        from IPython.display import display

        display(*(static_views(self.ds) if static_page() else [self.widget]))

    # --- state -------------------------------------------------------------

    def current_filters(self) -> Filters:
        lo, hi = self.dates.value if self.dates.options else (None, None)
        full = self.dates.options and self.dates.index == (0, len(self.dates.options) - 1)
        exact = getattr(self, "_exact_dates", None)
        if exact is not None:  # apply() asked for dates the slider cannot show exactly
            lo, hi, full = exact[0], exact[1], False
        return Filters(
            actor=self.actor.value, country=self.country.value,
            event_types=tuple(self.event_types.value), stances=tuple(self.stances.value),
            date_from=None if full else lo, date_to=None if full else hi,
            include_context=self.context.value, search=self.search.value.strip(),
        )

    def reset_filters(self) -> None:
        self._muted = True  # one refresh for the whole reset, not one per widget
        try:
            self.actor.value, self.country.value = ALL, ALL
            self.event_types.value, self.stances.value = (), ()
            self.dates.index = (0, len(self.dates.options) - 1)
            self.context.value, self.search.value = True, ""
        finally:
            self._muted = False
        self._changed(None)

    def _changed(self, _change) -> None:
        if getattr(self, "_muted", False):
            return
        self._exact_dates = None  # the reader moved a widget: the widgets say it all again
        self.context.description = "Outside context shown" if self.context.value else "Outside context hidden"
        self.refresh()

    # --- views -------------------------------------------------------------

    def apply(self, filters: Filters) -> Dataset:
        """Set every widget to ``filters`` and refresh once (what a click or a notebook call does)."""
        offered = {v.lower(): v for v in dict(self.actor.options).values()}
        if filters.actor.lower() not in offered:
            raise ValueError(f"no actor or speaker named {filters.actor!r} in this article")
        if filters.country not in dict(self.country.options).values():
            raise ValueError(f"no country named {filters.country!r} in this article")
        filters = replace(filters, actor=offered[filters.actor.lower()])
        self._muted = True
        try:
            self.actor.value, self.country.value = filters.actor, filters.country
            self.event_types.value, self.stances.value = filters.event_types, filters.stances
            self.context.value, self.search.value = filters.include_context, filters.search
            dates = [d for _, d in self.dates.options]
            lo = next((i for i, d in enumerate(dates) if filters.date_from is None or d >= filters.date_from), 0)
            hi = max((i for i, d in enumerate(dates) if filters.date_to is None or d <= filters.date_to), default=len(dates) - 1)
            self.dates.index = (lo, max(lo, hi))
        finally:
            self._muted = False
        self._exact_dates = (filters.date_from, filters.date_to) if (filters.date_from or filters.date_to) else None
        return self.refresh()

    def refresh(self) -> Dataset:
        """Apply the filters and redraw every view whose rows changed; returns the filtered dataset."""
        import time

        from . import plots, reader

        started = time.perf_counter()
        self.filters = self.current_filters()
        shown = filter_dataset(self.ds, self.filters)
        self.header.value = header_html(self.ds, shown)
        event_ids, quote_ids = tuple(shown.events["event_id"]), tuple(shown.quotes["quote_id"])
        keys = {"timeline": event_ids, "quotes": quote_ids, "network": (event_ids, quote_ids)}
        changed = {name for name, key in keys.items() if getattr(self, "_chart_keys", {}).get(name) != key}
        build = {
            "timeline": lambda: plots.events_timeline(shown.events, sentences=self.ds.sentences, menus=False),
            "quotes": lambda: plots.quotes_by_speaker(shown.quotes, menus=False),
            "network": lambda: plots.actor_network(shown.events, shown.quotes),
        }
        for name in changed:
            self.figures[name] = build[name]()
            _draw(getattr(self, name), self.figures[name])
        self._chart_keys = keys
        names = [n for n in (self.filters.actor, self.filters.country) if n]
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

        _show(self.map_out, {"text/html": maps.article_map(shown)._repr_html_(), "text/plain": "<map>"})


def _show(out, data: dict) -> None:
    """Make the Output widget ``out`` show one output with ``data`` (mimetype → content).

    The widget's ``outputs`` are set directly instead of capturing a ``display()`` with
    ``with out:``: executors that emulate output capture (nbclient under Voila and
    nbconvert) stalled on ``clear_output`` followed at once by a display, until the cell
    timed out.
    """
    out.outputs = ({"output_type": "display_data", "data": data, "metadata": {}},)


def _draw(out, fig) -> None:
    """Show the Plotly figure ``fig`` in ``out``.

    Only Plotly's own mimetype is sent (the JupyterLab and Voila extension draws it with
    the one plotly.js it ships): no HTML copy, no plotly.js per chart.
    """
    import json

    from plotly.utils import PlotlyJSONEncoder

    # The figure's own data and layout, as the constructor stored them (arrays already
    # packed): to_plotly_json()/to_json() deep-copy and re-pack them first, 4.3 ms a chart
    # against 0.8 ms here, most of a filter change's budget. Dates become ISO text.
    spec = json.loads(json.dumps({"data": fig._data, "layout": fig._layout}, cls=PlotlyJSONEncoder))
    _show(out, {"application/vnd.plotly.v1+json": spec | {"config": {"responsive": True}},
                "text/plain": f"<chart: {fig.layout.title.text}>"})


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
#
# ipywidgets callbacks are Python: in a rendered page (``make render``) they would be an
# empty box. There the dashboard shows the same views, each carrying its own in-browser
# filters: Plotly dropdowns and the timeline's range slider, the map's layer control.

STATIC_ENV = "ANALYSIS_STATIC_PAGE"


def static_page() -> bool:
    """True while a notebook is executed for a shared page (``make render`` sets ``ANALYSIS_STATIC_PAGE=1``)."""
    return os.environ.get(STATIC_ENV, "") not in ("", "0")


def static_views(ds: Dataset) -> list:
    """What a rendered page shows instead of the widgets, in the dashboard's order."""
    from IPython.display import HTML

    from . import maps, plots, reader

    note = ('<p style="color:#555;font-family:system-ui,sans-serif">A shared page: filter with the dropdowns above '
            "each chart, the range slider under the timeline and the map's layer control. "
            "The live filters run in JupyterLab or <code>make app</code>.</p>")
    return [
        HTML(header_html(ds, ds) + note),
        plots.events_timeline(ds.events, sentences=ds.sentences),
        plots.quotes_by_speaker(ds.quotes),
        plots.actor_network(ds.events, ds.quotes),
        HTML("<b>Map</b>"),
        maps.article_map(ds),
        HTML("<b>The article</b>"),
        HTML(reader.article_html(ds, reader.highlights(ds))),
        HTML(_download_link(ds)),
    ]


__all__ = ["ALL", "STATIC_ENV", "Dashboard", "Filters", "counts", "filter_dataset", "filtered_csv", "options", "show",
           "static_page", "static_views"]
