"""``analysis.plots``: figures from the seed's frames, their ids, hover text, empty states and widget updates."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

import analysis
from analysis import plots, style

HOSTILE = Path(__file__).resolve().parent / "articles" / "hostile.txt"


@pytest.fixture(scope="module")
def hostile():
    return analysis.load(HOSTILE, published="2025-03-01")


@pytest.fixture(scope="module")
def timeline(seed):
    return plots.events_timeline(seed.events, sentences=seed.sentences)


@pytest.fixture(scope="module")
def speakers(seed):
    return plots.quotes_by_speaker(seed.quotes)


@pytest.fixture(scope="module")
def network(seed):
    return plots.actor_network(seed.events, seed.quotes)


def role(fig, name):
    return [t for t in fig.data if (t.meta or {}).get("role") == name]


def strings(obj):
    """Every string in a decoded figure JSON."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from strings(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from strings(value)


def plain_layout(fig):
    """The layout as JSON, without empty values (a removed annotation list is ``[]``)."""
    return {k: v for k, v in json.loads(fig.to_json())["layout"].items() if v not in ([], None)}


def custom_ids(fig, roles, column=0):
    return [row[column] for t in fig.data if (t.meta or {}).get("role") in roles for row in (t.customdata or ())]


# --- events timeline ---------------------------------------------------------------


def test_timeline_has_one_colour_and_shape_per_event_type(seed, timeline):
    traces = role(timeline, "events")
    counts = seed.events["event_type"].value_counts()
    per_type = pd.Series([t.meta["event_type"] for t in traces for _ in t.x]).value_counts()
    assert per_type.to_dict() == counts.to_dict()
    looks = {}
    for trace in traces:
        kind = trace.meta["event_type"]
        shapes = {s.removesuffix("-open") for s in trace.marker.symbol}
        looks.setdefault(kind, set()).add((trace.marker.color, *shapes))
    assert all(len(v) == 1 for v in looks.values()), looks
    # no two event types look alike (the issue: withdrawal/movement, injury/shootdown shared a colour)
    assert len({next(iter(v)) for v in looks.values()}) == len(looks)
    assert len(set(style.EVENT_STYLE.values())) == len(style.EVENT_STYLE)


def test_timeline_custom_data_carries_every_event_id_once(seed, timeline):
    assert sorted(custom_ids(timeline, {"events"})) == sorted(seed.events["event_id"])


def test_context_and_article_markers_differ(seed, timeline):
    source = dict(zip(seed.events["event_id"], seed.events["source"]))
    styles = {}
    for trace in role(timeline, "events"):
        for (event_id, _), symbol, opacity in zip(trace.customdata, trace.marker.symbol, trace.marker.opacity):
            styles.setdefault(source[event_id], set()).add((symbol.endswith("-open"), opacity))
    assert styles["article"] == {(False, style.SOURCE_OPACITY["article"])}
    assert styles["context"] == {(True, style.SOURCE_OPACITY["context"])}
    assert {t.meta["source"] for t in role(timeline, "key")} == {"article", "context"}


def hover_of(fig, event_id):
    for trace in role(fig, "events"):
        for (eid, _), text in zip(trace.customdata, trace.hovertext):
            if eid == event_id:
                return text
    raise KeyError(event_id)


def test_timeline_hover_shows_the_evidence_sentence(seed, timeline):
    article = seed.events[seed.events["source"] == "article"].iloc[0]
    sentence = seed.sentences.set_index("sentence_id").at[article["sentence_id"], "text"]
    text = hover_of(timeline, article["event_id"])
    assert sentence[:40] in text.replace("<br>", " ")
    assert article["actor"] in text and article["cameo_name"] in text


def test_timeline_hover_shows_note_and_citation_for_context(seed, timeline):
    context = seed.events[seed.events["source"] == "context"].iloc[0]
    text = hover_of(timeline, context["event_id"]).replace("<br>", " ")
    assert context["note"][:40] in text
    assert "Citation:" in text


def test_imprecise_dates_span_their_period(seed, timeline):
    week = seed.events[seed.events["date_precision"] == "week"]
    assert len(week) >= 1
    periods = role(timeline, "period")
    xs = [pd.Timestamp(x) for t in periods for x in t.x if x is not None]
    start = pd.Timestamp(week.iloc[0]["date"])
    assert start in xs and start + pd.Timedelta(days=6) in xs
    assert "week of 30 December 2019" in hover_of(timeline, week.iloc[0]["event_id"])


def axes(fig):
    return {t.xaxis or "x" for t in role(fig, "events")}


def axis_range(fig, axis):
    name = "xaxis" if axis == "x" else f"xaxis{axis[1:]}"
    return [pd.Timestamp(x) for x in fig.layout[name].range]


def test_timeline_opens_on_the_crisis_and_keeps_2015_in_a_side_panel(seed, timeline):
    # the article: the strikes of 8 January 2020 (and the killing days before); a 2015 photo caption
    main = role(timeline, "events")
    low, high = axis_range(timeline, "x")
    assert low <= pd.Timestamp("2020-01-03") and high >= pd.Timestamp("2020-01-08")
    assert high - low < pd.Timedelta(days=60), "the main panel spans the crisis, not 2015-2020"
    caption = [t for t in main if any(pd.Timestamp(x).year == 2015 for x in t.x)]
    assert caption and all(t.meta["panel"] == "earlier" for t in caption)
    lo15, hi15 = axis_range(timeline, caption[0].xaxis)
    assert lo15 <= pd.Timestamp("2015-07-20") <= hi15
    # every event is inside its own panel's range
    for trace in main:
        lo, hi = axis_range(timeline, trace.xaxis or "x")
        assert all(lo <= pd.Timestamp(x) <= hi for x in trace.x)
    domains = sorted(timeline.layout[n].domain for n in ("xaxis", "xaxis2") if timeline.layout[n].domain)
    assert domains[0][1] <= domains[1][0]  # side by side, no overlap


def test_row_names_stand_left_of_the_side_panel_and_its_month_reads_once(timeline):
    side = next(t.xaxis for t in role(timeline, "events") if t.meta["panel"] == "earlier")
    assert timeline.layout.yaxis.anchor == side  # not over the 2015 panel's markers
    ticks = timeline.layout[f"xaxis{side[1:]}"]
    assert list(ticks.ticktext) == ["Jul 2015"]  # one July 2015 caption: one label, not "Jul 2015" twice


@pytest.mark.parametrize("dates, parts", [
    (["2020-01-08"], ["main"]),
    (["2015-07-20", "2020-01-03", "2020-01-08", "2020-01-08"], ["earlier", "main"]),
    (["2020-01-08", "2020-01-08", "2020-01-09", "2021-06-01"], ["main", "later"]),
    ([f"2019-{m:02d}-01" for m in range(1, 13)], ["main"]),  # monthly events: one run, not twelve panels
])
def test_timeline_panels_split_on_long_gaps_only(dates, parts):
    assert [p.part for p in plots.timeline_panels([pd.Timestamp(d) for d in dates])] == parts


def test_a_single_day_never_gives_a_millisecond_axis(seed):
    one = seed.events[seed.events["actor"] == "Donald Trump"]
    fig = plots.events_timeline(one)
    low, high = axis_range(fig, "x")
    assert high - low >= pd.Timedelta(days=2 * plots.PAD_DAYS)
    assert fig.layout.xaxis.dtick == 86400000  # whole days, never "12:00" ticks


def test_range_buttons_zoom_into_the_data_not_after_it(seed):
    events = seed.events
    buttons = plots.range_buttons(pd.Timestamp("2019-12-30"), pd.Timestamp("2020-02-21"), list(events["date"]))
    labels = [b["label"] for b in buttons]
    assert labels[0] == "Whole period" and "Busiest week" in labels
    for b in buttons[1:]:
        lo, hi = (pd.Timestamp(x) for x in b["args"][0]["xaxis.range"])
        inside = events[(events["date"] >= lo) & (events["date"] <= hi)]
        assert len(inside) >= 10, (b["label"], lo, hi)  # the strikes of 8 January, not an empty month
    assert plots.range_buttons(pd.Timestamp("2020-01-08"), pd.Timestamp("2020-01-08"), []) == []


def test_timeline_by_goldstein_and_by_actor(seed):
    fig = plots.events_timeline(seed.events, sentences=seed.sentences, color_by="goldstein")
    scored = [t for t in role(fig, "events") if t.name == "Goldstein score"]
    assert scored and all(t.marker.cmin == -10 and t.marker.cmax == 10 for t in scored)
    assert sorted(custom_ids(fig, {"events"})) == sorted(seed.events["event_id"])
    by_actor = plots.events_timeline(seed.events, y="actor")
    assert "Iran" in by_actor.layout.yaxis.ticktext
    with pytest.raises(ValueError):
        plots.events_timeline(seed.events, color_by="colour")


# --- quotes by speaker ---------------------------------------------------------------


def test_quote_bars_count_quotes_per_speaker_by_stance(seed, speakers):
    bars = role(speakers, "quotes")
    assert {t.name for t in bars} == set(seed.quotes["stance"])
    for trace in bars:
        assert trace.marker.color == style.color(style.STANCE_COLORS, trace.name)
    per_speaker = pd.Series([row[1] for t in bars for row in t.customdata]).value_counts()
    assert per_speaker.to_dict() == seed.quotes["speaker"].value_counts().to_dict()
    assert sorted(custom_ids(speakers, {"quotes"})) == sorted(seed.quotes["quote_id"])


def test_quote_hover_shows_full_text_wrapped(seed, speakers):
    longest = seed.quotes.loc[seed.quotes["text"].str.len().idxmax()]
    hovers = [h for t in role(speakers, "quotes") for h in t.hovertext]
    match = [h for h in hovers if longest["text"][-30:] in h.replace("<br>", " ")]
    assert len(match) == 1
    assert all(len(line) <= 90 for line in match[0].split("<br>"))


def test_each_quote_has_its_tone_mark(seed, speakers):
    tones = dict(zip(seed.quotes["quote_id"], seed.quotes["tone"]))
    marks = [(row[0], x) for t in role(speakers, "tone") for row, x in zip(t.customdata, t.x)]
    assert sorted(q for q, _ in marks) == sorted(tones)
    assert all(x == pytest.approx(tones[q]) for q, x in marks)


def test_a_quote_says_which_event_type_its_statement_was_coded_as(seed):
    # Zarif's "We do not seek escalation or war, but will defend ourselves": a deterrence quote,
    # coded as a threat event; both charts must say both words
    fig = plots.quotes_by_speaker(seed.quotes, events=seed.events)
    hovers = " ".join(h.replace("<br>", " ") for t in role(fig, "quotes") for h in t.hovertext)
    assert "stance: deterrence" in hovers and "coded as event: threat" in hovers
    timeline = plots.events_timeline(seed.events, sentences=seed.sentences, quotes=seed.quotes)
    zarif = seed.events[seed.events["actor"] == "Mohammad Javad Zarif"].iloc[0]
    text = hover_of(timeline, zarif["event_id"]).replace("<br>", " ")
    assert "event type: threat" in text and "stance is “deterrence”" in text


# --- actor network ---------------------------------------------------------------


def test_network_nodes_are_actors_targets_and_speakers(seed, network):
    (nodes,) = role(network, "nodes")
    names = {row[0] for row in nodes.customdata}
    assert {"Iran", "United States", "Qassem Suleimani", "Dominic Raab", "NATO"} <= names
    assert all(";" not in name for name in names)
    edge_types = {t.meta["event_type"] for t in role(network, "edges")}
    assert {"attack", "killing", "statement"} <= edge_types
    pairs = {tuple(row[1:3]) for row in role(network, "edge_hover")[0].customdata}
    assert ("Iran", "United States") in pairs and ("United States", "Qassem Suleimani") in pairs


def test_network_layout_is_deterministic(seed, network):
    again = plots.actor_network(seed.events, seed.quotes)
    assert again.to_json() == network.to_json()


# --- empty states, escaping -----------------------------------------------------------


@pytest.mark.parametrize("build", [
    lambda ds: plots.events_timeline(ds.events.iloc[:0], sentences=ds.sentences),
    lambda ds: plots.events_timeline(ds.events.iloc[:0], color_by="goldstein"),
    lambda ds: plots.quotes_by_speaker(ds.quotes.iloc[:0]),
    lambda ds: plots.actor_network(ds.events.iloc[:0], ds.quotes.iloc[:0]),
], ids=["timeline", "timeline-goldstein", "quotes", "network"])
def test_empty_frames_say_nothing_matches(seed, build):
    fig = build(seed)
    assert isinstance(fig, go.Figure) and len(fig.data) == 0
    assert [a.text for a in fig.layout.annotations] == [style.EMPTY_MESSAGE]
    assert fig.layout.xaxis.visible is False and fig.layout.yaxis.visible is False
    assert fig.layout.title.text


def test_hostile_text_is_escaped_everywhere(hostile):
    figures = [
        plots.quotes_by_speaker(hostile.quotes),
        plots.events_timeline(hostile.events, sentences=hostile.sentences),
        plots.actor_network(hostile.events, hostile.quotes),
    ]
    assert "<script>" in "".join(hostile.quotes["text"])
    for fig in figures:
        raw = fig.to_json()
        assert "<script>" not in raw
        decoded = list(strings(json.loads(raw)))
        assert not any(tag in s for s in decoded for tag in ("<script", "<img", "<b>", "<p "))
    quote_strings = "".join(strings(json.loads(figures[0].to_json())))
    assert "&lt;script&gt;alert(1)" in quote_strings
    assert "&quot;" not in quote_strings  # plotly.js does not decode it
    timeline_strings = "".join(strings(json.loads(figures[1].to_json())))
    assert "&lt;script&gt;alert(1)" in timeline_strings  # the evidence sentence


# --- renderer ---------------------------------------------------------------


def test_importing_the_views_leaves_plotlys_renderer_alone():
    import subprocess
    import sys

    code = ("import plotly.io as pio; before = pio.renderers.default\n"
            "import analysis.plots, analysis.dashboard, analysis.page, analysis.maps\n"
            "print(before == pio.renderers.default)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.stdout.strip() == "True", proc.stderr


# --- specs are valid plotly -------------------------------------------------------------
# Builders skip plotly's validation (``go.Figure(spec, _validate=False)``): the validated
# constructor must accept every figure they make.


BUILDERS = {
    "timeline": lambda ds: plots.events_timeline(ds.events, sentences=ds.sentences),
    "timeline-goldstein-actor": lambda ds: plots.events_timeline(ds.events, color_by="goldstein", y="actor"),
    "quotes": lambda ds: plots.quotes_by_speaker(ds.quotes),
    "network": lambda ds: plots.actor_network(ds.events, ds.quotes),
}


@pytest.mark.parametrize("frames", ["seed", "empty", "hostile"])
@pytest.mark.parametrize("builder", list(BUILDERS))
def test_figures_pass_plotly_validation(seed, hostile, frames, builder):
    ds = {"seed": seed, "hostile": hostile,
          "empty": seed.replace(events=seed.events.iloc[:0], quotes=seed.quotes.iloc[:0])}[frames]
    fig = BUILDERS[builder](ds)
    assert isinstance(fig, go.Figure)
    spec = fig.to_plotly_json()
    validated = go.Figure(spec)  # raises on any invalid property or value
    assert len(validated.data) == len(fig.data)
    assert json.loads(validated.to_json()) == json.loads(fig.to_json())
    if frames == "empty":
        assert len(fig.data) == 0 and fig.layout.annotations[0].text == style.EMPTY_MESSAGE
    else:
        assert len(fig.data) > 0
    assert fig.layout.template.layout.to_plotly_json() == go.Figure(layout={"template": "plotly_white"}).layout.template.layout.to_plotly_json()




@pytest.mark.parametrize("frames", ["seed", "empty"])
@pytest.mark.parametrize("name", ["events_timeline", "quotes_by_speaker", "actor_network"])
def test_a_builders_spec_is_its_figure_as_plain_data(seed, frames, name):
    """The live dashboard draws ``builder.spec(...)``: the very figure the builder returns."""
    ds = seed if frames == "seed" else seed.replace(events=seed.events.iloc[:0], quotes=seed.quotes.iloc[:0])
    args = (ds.quotes,) if name == "quotes_by_speaker" else (ds.events, ds.quotes) if name == "actor_network" else (ds.events,)
    builder = getattr(plots, name)
    spec = builder.spec(*args)
    assert not isinstance(spec, go.Figure)
    assert _unpacked({"data": spec.data, "layout": spec.layout}) == _unpacked(builder(*args).to_plotly_json())


def _unpacked(figure):
    """A figure's JSON with every array a list: plotly packs numeric arrays as base64 (``bdata``)."""
    import base64

    from plotly.utils import PlotlyJSONEncoder

    def unpack(value):
        if isinstance(value, dict) and set(value) >= {"dtype", "bdata"}:
            return np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"]).tolist()
        if isinstance(value, dict):
            return {k: unpack(v) for k, v in value.items()}
        return [unpack(v) for v in value] if isinstance(value, list) else value

    return unpack(json.loads(json.dumps(figure, cls=PlotlyJSONEncoder)))
