"""Views, shared page: the dashboard as one offline HTML fragment that filters like the live app.

Place in the flow: frames → filters, plots, maps → **page** (what ``make render`` shows for
the dashboard notebook, ``ANALYSIS_STATIC_PAGE=1``). A rendered page has no kernel, so it
carries:

* the frames as compact JSON (columns the filters and views need, one list per column);
* the filter declarations of :data:`analysis.filters.SPECS`, which its one script
  (``analysis/page.js``, inline) interprets exactly as :func:`~analysis.filters.filter_dataset`
  does, and the state in the URL fragment (``#actor=…&type=…``) so a link opens the same view;
* the three charts built once from every row, whose points the script keeps or drops by row
  id (``customdata``) and re-fits (timeline panels and rows, the quotes chart's speakers),
  the map (which shows the ids it is sent) and the tables and article view (rows by id).

Clicking a chart point, a network node or a map place selects that actor or place in every
view (``analysis/select.js``, shared with the live dashboard). Everything from the article
reaches the page as JSON data or escaped HTML; the script writes text with ``textContent``
and DOM APIs only.
"""

from __future__ import annotations

import html
import json
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import facts, filters, style
from .dataset import Dataset

HERE = Path(__file__).resolve().parent
PAGE_SCRIPT = HERE / "page.js"
SELECT_SCRIPT = HERE / "select.js"

# What the page's script needs of each frame: the filters' columns, the tables' and the CSV's.
PAGE_COLUMNS = {
    "locations": ("location_id", "name", "country", "kind", "source"),
    "movements": ("movement_id", "actor", "origin_id", "origin", "destination_id", "destination", "date", "event_id",
                  "source"),
    "actors": ("actor_id", "name", "kind", "country", "source"),
    "mentions": ("mention_id", "actor_id", "location_id", "sentence_id"),
}
FULL_FRAMES = ("events", "quotes")  # every column: the page's CSV download carries them
EVENT_TABLE = (("date", "Date"), ("actor", "Actor"), ("action", "Action"), ("event_type", "Event type"),
               ("target", "Target"), ("location", "Place"), ("source", "Source"))
QUOTE_TABLE = (("speaker", "Speaker"), ("stance", "Stance"), ("kind", "Kind"), ("text", "Quote"))


def _plain_value(value):
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if hasattr(value, "item"):
        return value.item()
    return value


def _columns(df: pd.DataFrame, columns) -> dict[str, list]:
    return {c: [_plain_value(v) for v in (df[c].dt.strftime("%Y-%m-%d").astype(object).where(df[c].notna(), None)
                                          if str(df[c].dtype).startswith("datetime") else df[c]).tolist()]
            for c in columns}


def frames_json(ds: Dataset) -> dict[str, dict[str, list]]:
    """The frames a page filters, column by column (dates as ``YYYY-MM-DD``, missing as null)."""
    events = ds.events.assign(date_end=facts.date_ends(ds.events))
    out = {"events": _columns(events, list(ds.events.columns) + ["date_end"]),
           "quotes": _columns(ds.quotes, ds.quotes.columns)}
    for name, columns in PAGE_COLUMNS.items():
        df = getattr(ds, name)
        out[name] = _columns(df, (("article_id",) if "article_id" in df.columns else ()) + columns)
    if is_corpus(ds):
        out["articles"] = _columns(ds.articles, ("article_id", "outlet"))
    return out


def is_corpus(ds: Dataset) -> bool:
    """Whether ``ds`` holds many articles (:class:`analysis.corpus.Corpus`)."""
    return hasattr(ds, "articles") and hasattr(ds, "texts")


def published_line(ds: Dataset) -> str:
    """The header's line on when: one article's date, or a corpus's articles and the dates they span."""
    if not is_corpus(ds):
        return "Published " + (ds.published.strftime("%-d %B %Y") if ds.published else "unknown date")
    readable = ds.articles[ds.articles["error"] == ""]
    dates = readable["published"].dropna()
    n = len(readable)
    span = "" if dates.empty else (f", published {dates.min():%-d %B %Y}" if dates.min() == dates.max()
                                   else f", published {dates.min():%-d %B %Y} to {dates.max():%-d %B %Y}")
    return f"{n} article{'s' if n != 1 else ''}{span}"


def article_views(ds: Dataset) -> str:
    """The article view: one article's text with its highlights, or for a corpus one block per article
    (``data-article``), of which the page's script shows the chosen one."""
    from . import reader

    if not is_corpus(ds):
        return reader.article_html(ds, reader.highlights(ds, ids=True))
    blocks = []
    for i, aid in enumerate(ds.articles.loc[ds.articles["error"] == "", "article_id"]):
        one = ds.article(aid)
        title = html.escape(" · ".join(p for p in (one.headline or one.path, _outlet(ds, aid)) if p))
        blocks.append(f'<div class="ad-article" data-article="{html.escape(aid)}"{"" if i == 0 else " hidden"}>'
                      f'<div class="ad-article-title">{title}</div>'
                      f"{reader.article_html(one, reader.highlights(one, ids=True))}</div>")
    return "".join(blocks)


def _outlet(ds, article_id: str) -> str:
    found = ds.articles.loc[ds.articles["article_id"] == article_id, "outlet"]
    return str(found.iloc[0]) if len(found) else ""


def figure_json(fig) -> dict:
    """A figure's data and layout as plain JSON (lists, ISO dates), as the page's script edits them."""
    from .figures import Spec, spec_json

    return spec_json(Spec(fig._data, fig._layout))


def script_json(value) -> str:
    """JSON that is safe inside a ``<script>`` element whatever the article says."""
    return (json.dumps(value, ensure_ascii=True, separators=(",", ":"))
            .replace("</", "<\\/").replace("<!--", "<\\!--"))


@lru_cache(maxsize=4)
def _script(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if "</script" in text.lower():
        raise ValueError(f"{path.name} cannot be inlined: it contains a closing script tag")
    return text


def _cell(column: str, value) -> str:
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
        return ""
    if column == "date":
        return style.long_date(value)
    if column == "event_type":
        return str(value).replace("_", " ")
    return str(value)


def table_html(df: pd.DataFrame, columns, *, key: str, caption: str) -> str:
    """An escaped table of ``df`` (no "NaN", full text, readable dates); each row ``data-row`` = its id."""
    head = "".join(f"<th>{html.escape(title)}</th>" for _, title in columns)
    names = [c for c, _ in columns]
    body = "".join(
        f'<tr data-row="{html.escape(str(row_id))}">'
        + "".join(f'<td class="col-{html.escape(c)}">{html.escape(_cell(c, v))}</td>' for c, v in zip(names, values))
        + "</tr>"
        for row_id, *values in zip(df[key].tolist(), *(df[c].tolist() for c in names)))
    return (f'<table class="ad-table"><caption>{html.escape(caption)}</caption><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>")


TABLE_CSS = """
.ad-table{border-collapse:collapse;font-size:.85em;width:100%;margin:.4em 0;font-family:system-ui,sans-serif}
.ad-table caption{text-align:left;font-weight:600;padding:.3em 0}
.ad-table th,.ad-table td{border:1px solid #ddd;padding:.25em .45em;text-align:left;vertical-align:top}
.ad-table thead th{background:#f4f4f4}
.ad-table td.col-text{white-space:normal;min-width:16em}
.ad-table tr.off{display:none}
"""

def table(df: pd.DataFrame, columns: list[str], *, caption: str = ""):
    """A notebook's table of ``df[columns]``: escaped, full text, readable dates, no "NaN"."""
    from IPython.display import HTML

    key = next(iter(df.columns))
    titles = [(c, c.replace("_", " ").capitalize()) for c in columns]
    return HTML(f"<style>{TABLE_CSS}</style>" + table_html(df, titles, key=key, caption=caption))


_CSS = TABLE_CSS + """
.ad{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#222}
.ad h2{font-size:1.15em;margin:1.2em 0 .4em}
.ad-head .title{font-size:1.35em;font-weight:600}.ad-head .sub{color:#555}
.ad-empty{color:#D55E00;font-weight:600}
.ad-controls{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:flex-end;margin:.8em 0;padding:.6em .8em;
  background:#f6f6f6;border:1px solid #ddd;border-radius:6px}
.ad-controls label.field{display:flex;flex-direction:column;font-size:.85em;color:#444;min-width:10em;flex:1 1 12em}
.ad-controls select,.ad-controls input[type=date],.ad-controls input[type=search]{font:inherit;font-size:1rem;padding:.2em}
.ad-chips{display:flex;flex-wrap:wrap;gap:.3em;flex:1 1 100%;align-items:center}
.ad-chips .name{font-size:.85em;color:#444;margin-right:.3em}
.ad-chip{display:inline-flex;align-items:center;gap:.3em;border:1px solid #bbb;border-radius:1em;padding:.1em .6em;
  cursor:pointer;font-size:.9em;background:#fff;user-select:none}
.ad-chip input{position:absolute;opacity:0;pointer-events:none}
.ad-chip .dot{width:.7em;height:.7em;border-radius:50%;display:inline-block}
.ad-chip.on{background:#222;color:#fff;border-color:#222}
.ad-controls button{font:inherit;padding:.25em .8em;cursor:pointer}
.ad-summary{font-size:.9em;color:#333;margin:.2em 0 .6em}
.ad-chart{width:100%;min-height:300px}
.ad-scroll{overflow-x:auto}
.ad mark.off{background:none!important;border-bottom:0!important}
@media (max-width:600px){.ad-controls label.field{flex:1 1 100%}.ad-table{font-size:.78em}}
"""


def static_dashboard(ds: Dataset) -> str:
    """The shared page's dashboard: controls, charts, map, tables and article that filter together."""
    from . import export, maps, plots

    charts = {
        "timeline": plots.events_timeline(ds.events, sentences=ds.sentences, quotes=ds.quotes),
        "quotes": plots.quotes_by_speaker(ds.quotes, events=ds.events),
        "network": plots.actor_network(ds.events, ds.quotes),
    }
    if is_corpus(ds):
        charts = {"incidents": plots.incidents_timeline(ds.incidents, events=ds.events, articles=ds.articles,
                                                        sentences=ds.sentences), **charts}
    opts = filters.options(ds)
    payload = {
        "specs": filters.specs_json(),
        "frames": frames_json(ds),
        "options": {**{k: v for k, v in opts.items() if k != "dates"},
                    "dates": [opts["dates"][0].isoformat(), opts["dates"][-1].isoformat()] if opts["dates"] else []},
        "charts": {name: figure_json(fig) for name, fig in charts.items()},
        "colors": {"event_types": {t: style.event_style(t)[0] for t in opts["event_types"]},
                   "stances": {s: style.color(style.STANCE_COLORS, s) for s in opts["stances"]}},
        "empty": style.EMPTY_MESSAGE,
        "csv": export.csv_rule(),  # the download escapes formulas by the package's one rule
        "published": ds.published.strftime("%-d %B %Y") if ds.published else "unknown date",
        "published_line": published_line(ds),
        "article_labels": filters.article_labels(ds),
    }
    headline = html.escape(ds.headline or "Untitled article")
    tables = (table_html(ds.events, EVENT_TABLE, key="event_id", caption="Events")
              + table_html(ds.quotes, QUOTE_TABLE, key="quote_id", caption="Quotes"))
    return (
        f"<style>{_CSS}</style>"
        '<div class="ad" id="article-dashboard">'
        f'<div class="ad-head"><div class="title">{headline}</div>'
        '<div class="sub"><span class="ad-published"></span> · <span class="ad-counts"></span> '
        '<span class="ad-empty" hidden></span></div></div>'
        '<form class="ad-controls" onsubmit="return false" aria-label="Filters"></form>'
        '<div class="ad-summary" aria-live="polite"></div>'
        + "".join(f'<div class="ad-chart" data-chart="{name}"></div>' for name in charts if name == "incidents") +
        '<div class="ad-chart" data-chart="timeline"></div>'
        '<div class="ad-chart" data-chart="quotes"></div>'
        '<div class="ad-chart" data-chart="network"></div>'
        f"<h2>Map</h2>{maps.map_iframe(ds)}"
        f'<h2>Events and quotes</h2><div class="ad-scroll">{tables}</div>'
        f"<h2>{'The articles' if is_corpus(ds) else 'The article'}</h2>{article_views(ds)}"
        '<p><a class="ad-download" href="#" download="selection.csv">Download the selected events and quotes (CSV)</a></p>'
        "</div>"
        f'<script type="application/json" id="article-dashboard-data">{script_json(payload)}</script>'
        f"<script>{_script(SELECT_SCRIPT)}\n{_script(PAGE_SCRIPT)}</script>"
    )


def plotly_js() -> str:
    """plotly.js as shipped with the plotly package, for one inline ``<script>`` per page."""
    import plotly

    return (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").read_text(encoding="utf-8")


__all__ = ["article_views", "figure_json", "frames_json", "is_corpus", "plotly_js", "published_line", "script_json",
           "static_dashboard", "table", "table_html"]
