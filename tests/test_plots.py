"""``analysis.plots``: figures from the seed's frames, their ids, hover text, empty states and widget updates."""

from __future__ import annotations

import json
from pathlib import Path

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


def test_timeline_has_one_marker_trace_per_event_type(seed, timeline):
    traces = role(timeline, "events")
    counts = seed.events["event_type"].value_counts()
    assert sorted(t.name for t in traces) == sorted(counts.index)
    for trace in traces:
        assert len(trace.x) == counts[trace.name], trace.name
        assert trace.marker.color == style.color(style.EVENT_COLORS, trace.name)


def test_timeline_custom_data_carries_every_event_id_once(seed, timeline):
    assert sorted(custom_ids(timeline, {"events"})) == sorted(seed.events["event_id"])


def test_context_and_article_markers_differ(seed, timeline):
    source = dict(zip(seed.events["event_id"], seed.events["source"]))
    styles = {}
    for trace in role(timeline, "events"):
        for (event_id,), symbol, opacity in zip(trace.customdata, trace.marker.symbol, trace.marker.opacity):
            styles.setdefault(source[event_id], set()).add((symbol, opacity))
    assert styles["article"] == {(style.SOURCE_SYMBOL["article"], style.SOURCE_OPACITY["article"])}
    assert styles["context"] == {(style.SOURCE_SYMBOL["context"], style.SOURCE_OPACITY["context"])}
    assert {t.meta["source"] for t in role(timeline, "key")} == {"article", "context"}


def hover_of(fig, event_id):
    for trace in role(fig, "events"):
        for (eid,), text in zip(trace.customdata, trace.hovertext):
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
    assert "precision: week" in hover_of(timeline, week.iloc[0]["event_id"])


def test_timeline_range_holds_2015_and_2020(timeline):
    low, high = (pd.Timestamp(x) for x in timeline.layout.xaxis.range)
    assert low.year <= 2015 and high.year >= 2020
    assert timeline.layout.xaxis.rangeslider.visible
    dates = [pd.Timestamp(x) for t in role(timeline, "events") for x in t.x]
    assert {d.year for d in dates} >= {2015, 2020}
    assert all(low <= d <= high for d in dates)


def test_timeline_by_goldstein_and_by_actor(seed):
    fig = plots.events_timeline(seed.events, sentences=seed.sentences, color_by="goldstein")
    scored = [t for t in role(fig, "events") if t.name == "Goldstein score"]
    assert len(scored) == 1 and scored[0].marker.cmin == -10 and scored[0].marker.cmax == 10
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
    per_speaker = pd.Series([row[0] for t in bars for row in t.customdata]).value_counts()
    assert per_speaker.to_dict() == seed.quotes["speaker"].value_counts().to_dict()
    assert sorted(custom_ids(speakers, {"quotes"}, column=1)) == sorted(seed.quotes["quote_id"])


def test_quote_hover_shows_full_text_wrapped(seed, speakers):
    longest = seed.quotes.loc[seed.quotes["text"].str.len().idxmax()]
    hovers = [h for t in role(speakers, "quotes") for h in t.hovertext]
    match = [h for h in hovers if longest["text"][-30:] in h.replace("<br>", " ")]
    assert len(match) == 1
    assert all(len(line) <= 90 for line in match[0].split("<br>"))


def test_quote_tone_is_the_speaker_mean(seed, speakers):
    (tone,) = role(speakers, "tone")
    means = seed.quotes.groupby("speaker")["tone"].mean()
    for (speaker,), value in zip(tone.customdata, tone.x):
        assert value == pytest.approx(means[speaker])


# --- actor network ---------------------------------------------------------------


def test_network_nodes_are_actors_targets_and_speakers(seed, network):
    (nodes,) = role(network, "nodes")
    names = {row[0] for row in nodes.customdata}
    assert {"Iran", "United States", "Qassem Suleimani", "Dominic Raab", "NATO"} <= names
    assert all(";" not in name for name in names)
    edge_types = {t.meta["event_type"] for t in role(network, "edges")}
    assert {"attack", "killing", "statement"} <= edge_types
    pairs = {tuple(row[:2]) for row in role(network, "edge_hover")[0].customdata}
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


def test_renderer_is_left_alone_outside_jupyter(monkeypatch):
    import plotly.io as pio

    assert plots.set_notebook_renderer() is False
    monkeypatch.setattr(pio.renderers, "default", pio.renderers.default)
    assert plots.set_notebook_renderer(force=True) is True
    assert pio.renderers.default == plots.NOTEBOOK_RENDERER


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


# --- in-browser filters (updatemenus) for pages without a kernel -----------------------


def menu(fig, name):
    found = [m for m in fig.layout.updatemenus if m.name == name]
    assert len(found) == 1, [m.name for m in fig.layout.updatemenus]
    return found[0]


def button(m, label):
    found = [b for b in m.buttons if b.label == label]
    assert len(found) == 1, [b.label for b in m.buttons]
    return found[0]


def involving(events, name):
    """Event ids whose actor or target names ``name`` (cells list several with ';')."""
    def names(cell):
        return {part.strip() for part in str(cell).split(";")} if isinstance(cell, str) else set()
    return {i for i, a, t in zip(events["event_id"], events["actor"], events["target"]) if name in names(a) | names(t)}


def ids_after(fig, b):
    """The event ids the timeline plots once button ``b`` is applied (restyle of the listed traces)."""
    update, traces = b.args
    ids = []
    for t, trace in enumerate(fig.data):
        if (trace.meta or {}).get("role") != "events":
            continue
        rows = update["customdata"][traces.index(t)] if t in traces else trace.customdata
        ids += [row[0] for row in rows]
    return ids


def test_timeline_actor_menu_keeps_exactly_the_events_involving_the_actor(seed, timeline):
    m = menu(timeline, "actor")
    # the article: Trump is the actor of statements, Iran of the attack, the US of the killing
    for name in ("Donald Trump", "Iran", "United States"):
        expected = involving(seed.events, name)
        assert expected, name
        assert sorted(ids_after(timeline, button(m, name))) == sorted(expected), name
    assert sorted(ids_after(timeline, m.buttons[0])) == sorted(seed.events["event_id"])


def test_timeline_actor_menu_moves_points_with_their_dates_and_hover(seed, timeline):
    b = button(menu(timeline, "actor"), "Donald Trump")
    update, traces = b.args
    for k, t in enumerate(traces):
        lengths = {field: len(update[field][k]) for field in ("x", "y", "customdata", "hovertext") if update[field][k] is not None}
        if (timeline.data[t].meta or {}).get("role") == "events":
            assert len(set(lengths.values())) == 1, lengths
    dates = dict(zip(seed.events["event_id"], seed.events["date"]))
    for k, t in enumerate(traces):
        if (timeline.data[t].meta or {}).get("role") == "events":
            for x, row in zip(update["x"][k], update["customdata"][k]):
                assert pd.Timestamp(x) == pd.Timestamp(dates[row[0]])


def test_timeline_event_type_menu_shows_one_type_and_keeps_the_key(seed, timeline):
    m = menu(timeline, "event_type")
    for event_type in set(seed.events["event_type"]):
        visible = button(m, event_type).args[0]["visible"]
        for trace, shown in zip(timeline.data, visible):
            meta = trace.meta or {}
            assert shown == (meta.get("event_type", event_type) == event_type), (event_type, trace.name)
    assert all(m.buttons[0].args[0]["visible"])


def test_quotes_stance_menu_shows_one_stance(seed, speakers):
    m = menu(speakers, "stance")
    for stance in set(seed.quotes["stance"]):
        visible = button(m, stance).args[0]["visible"]
        shown = [t for t, v in zip(speakers.data, visible) if v and (t.meta or {}).get("role") == "quotes"]
        assert [t.meta["stance"] for t in shown] == [stance]
        assert sum(len(t.y) for t in shown) == (seed.quotes["stance"] == stance).sum()


def test_quotes_speaker_menu_zooms_onto_that_speakers_bar(speakers):
    m = menu(speakers, "speaker")
    categories = list(speakers.layout.yaxis.categoryarray)
    b = button(m, "Donald Trump")
    low, high = b.args[0]["yaxis.range"]
    assert [c for n, c in enumerate(categories) if low < n < high] == ["Donald Trump"]
    low, high = m.buttons[0].args[0]["yaxis.range"]
    assert all(low < n < high for n in range(len(categories)))


def test_menu_labels_are_escaped_and_short(hostile):
    fig = plots.quotes_by_speaker(hostile.quotes)
    labels = [b.label for m in fig.layout.updatemenus for b in m.buttons]
    assert all("<" not in label and len(label) <= 32 for label in labels), labels


def test_live_dashboard_charts_carry_no_menus(seed):
    assert not plots.events_timeline(seed.events, menus=False).layout.updatemenus
    assert not plots.quotes_by_speaker(seed.quotes, menus=False).layout.updatemenus


def test_menus_survive_validation(seed, timeline, speakers):
    for fig in (timeline, speakers, plots.events_timeline(seed.events, color_by="goldstein")):
        go.Figure(fig.to_plotly_json())  # raises on an invalid property
