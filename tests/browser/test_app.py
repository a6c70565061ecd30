"""The live app (Voilà serving notebooks/dashboard.ipynb, as ``make app`` does) driven in Chromium."""

from __future__ import annotations

import re

import pytest

import analysis
from analysis.app import PREHEAT
from analysis.dashboard import Filters, counts, filter_dataset
from analysis.style import EMPTY_MESSAGE

from .support import (
    ACTOR_LABEL,
    KERNEL_ID,
    ROOT,
    assert_app_clean,
    choose_widget,
    events_involving,
    header_counts,
    kernel_ids,
    layer_sizes,
    map_signature,
    names,
    plot_counts,
    render_app,
    timeline_ids,
    voila_app,
    wait_for,
)

QUOTE_IDS_JS = """g => g.data.filter(t => (t.meta || {}).role === 'quotes').flatMap(t => (t.customdata || []).map(c => c[0]))"""
NODES_JS = """g => g.data.filter(t => (t.meta || {}).role === 'nodes').flatMap(t => (t.customdata || []).map(c => c[0]))"""


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    with voila_app(tmp_path_factory.mktemp("voila-seed")) as running:
        yield running


def chart(page, n: int):
    return page.locator(".js-plotly-plot").nth(n)


def test_app_renders_and_an_actor_filter_changes_charts_map_and_header(app, open_page, seed_ds):
    person = "Donald Trump"
    watched = render_app(open_page, app)
    page = watched.page
    # the first render: three charts, the whole map, the header's counts, every dated event
    layers = plot_counts(page)
    assert len(layers) == 3 and all(n > 0 for n in layers), layers
    before_map, before_header = map_signature(watched), header_counts(page)
    assert before_map[0] == sum(layer_sizes(seed_ds).values())
    assert before_header == counts(seed_ds)
    assert sorted(timeline_ids(page)) == sorted(seed_ds.events.loc[seed_ds.events["date"].notna(), "event_id"])
    watched.screenshot("app-initial")

    choose_widget(page, ACTOR_LABEL, person)

    expected_ids = sorted(events_involving(seed_ds, person))
    wait_for(page, lambda: sorted(timeline_ids(page)) == expected_ids,
             f"the timeline to plot only {person}'s events {expected_ids}")
    shown = filter_dataset(seed_ds, Filters(actor=person))
    assert sorted(shown.events["event_id"]) == expected_ids  # the package agrees with the test's own reading
    wait_for(page, lambda: header_counts(page) == counts(shown), f"the header to count {counts(shown)}")
    assert header_counts(page) != before_header
    after_map = wait_for(page, lambda: (sig := map_signature(watched)) is not None and sig != before_map and sig,
                         "the map to change")
    assert after_map[0] == sum(layer_sizes(shown).values())

    # the other two charts follow the same selection
    quotes = sorted(shown.quotes["quote_id"])
    assert quotes and all(person in names(s) for s in shown.quotes["speaker"])
    wait_for(page, lambda: sorted(chart(page, 1).evaluate(QUOTE_IDS_JS)) == quotes,
             f"the quotes chart to show only {person}'s quotes {quotes} "
             f"(shows {len(chart(page, 1).evaluate(QUOTE_IDS_JS))} quotes)", timeout=10)
    nodes = sorted({n for col in ("actor", "target") for v in shown.events[col] for n in names(v)}
                   | {n for v in shown.quotes["speaker"] for n in names(v)})
    wait_for(page, lambda: sorted(chart(page, 2).evaluate(NODES_JS)) == nodes,
             f"the network to show only {nodes} (shows {len(chart(page, 2).evaluate(NODES_JS))} actors)", timeout=10)
    watched.screenshot("app-actor-filter")
    assert_app_clean(watched)


def test_search_without_match_says_so_everywhere(app, open_page):
    watched = render_app(open_page, app)
    page = watched.page
    search = page.locator(".widget-text").filter(has=page.locator("label", has_text=re.compile(r"^Search quotes$")))
    search.locator("input").fill("zzzz")
    search.locator("input").press("Enter")  # continuous_update=False: the value is sent on Enter
    header = page.locator(".widget-html").filter(has_text="Published").first
    wait_for(page, lambda: EMPTY_MESSAGE in header.inner_text(), f"{EMPTY_MESSAGE!r} in the header")
    assert header_counts(page) == {"events": 0, "quotes": 0, "people": 0, "places": 0}
    # read every chart's text in one step: a chart being redrawn is briefly two elements
    texts = "() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(g => g.innerText)"
    wait_for(page, lambda: (t := page.evaluate(texts)) and len(t) == 3 and all(EMPTY_MESSAGE in x for x in t),
             f"{EMPTY_MESSAGE!r} in every chart ({[x[:40] for x in page.evaluate(texts)]})", timeout=10)
    assert page.evaluate("""m => Array.from(document.querySelectorAll('.js-plotly-plot')).map(
                                g => (g.layout.annotations || []).some(a => a.text === m))""", EMPTY_MESSAGE) == [True] * 3
    empty_map = wait_for(page, lambda: (sig := map_signature(watched)) is not None and EMPTY_MESSAGE in sig[2] and sig,
                         f"{EMPTY_MESSAGE!r} on the map")
    assert empty_map[0] == 0
    watched.screenshot("app-search-empty")
    assert_app_clean(watched)


def test_clicking_a_bar_or_a_map_place_selects_it_in_every_view(app, open_page, seed_ds):
    import time

    watched = render_app(open_page, app)
    page = watched.page
    quotes = chart(page, 1)
    wait_for(page, lambda: page.evaluate("() => document.querySelectorAll('.js-plotly-plot')[1].on !== undefined"),
             "the quotes chart to take events")
    speaker = "Mark Esper"
    box = quotes.evaluate("""(g, who) => {
        const bars = Array.from(g.querySelectorAll('.barlayer .trace')).flatMap(t =>
            Array.from(t.querySelectorAll('.point')).map((p, i) => [p, t.__data__[0].trace.customdata[i]]));
        const hit = bars.find(([p, c]) => c[1] === who);
        const r = hit[0].getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2]; }""", speaker)
    actor = page.locator(".widget-dropdown").filter(has=page.locator("label", has_text=re.compile(r"^Actor or speaker$")))
    started = time.monotonic()
    page.mouse.click(*box)
    wait_for(page, lambda: actor.locator("select").input_value() == speaker, f"the actor dropdown to read {speaker}")
    shown = filter_dataset(seed_ds, Filters(actor=speaker))
    wait_for(page, lambda: sorted(timeline_ids(page)) == sorted(shown.events["event_id"]), "the timeline to follow")
    wait_for(page, lambda: sorted(chart(page, 2).evaluate(NODES_JS)) == sorted(
        {n for col in ("actor", "target") for v in shown.events[col] for n in names(v)}
        | {n for v in shown.quotes["speaker"] for n in names(v)}), "the network to follow")
    print(f"click -> timeline and network updated in the app: {time.monotonic() - started:.2f} s")
    wait_for(page, lambda: header_counts(page) == counts(shown), "the header to follow")
    watched.screenshot("app-click-selects")

    # a map place: its marker's click selects the place in the app's Place dropdown
    page.locator("button", has_text="Reset filters").click()
    wait_for(page, lambda: actor.locator("select").evaluate("s => s.options[s.selectedIndex].text") in ("Everyone",),
             "the reset")
    wait_for(page, lambda: (sig := map_signature(watched)) is not None and sig[0] == sum(layer_sizes(seed_ds).values()),
             "the whole map again")
    page.wait_for_timeout(300)
    place = page.locator(".widget-dropdown").filter(has=page.locator("label", has_text=re.compile(r"^Place$")))
    frame = wait_for(page, lambda: (f := watched.map_frames()) and f[0], "the map")
    from .support import visible_point

    for name, location_id in zip(seed_ds.locations["name"], seed_ds.locations["location_id"]):
        point = visible_point(frame, frame.locator(f"path.am-place.am-{location_id}"))
        if point is not None:
            break
    else:
        pytest.fail("no place on the map can be clicked")
    page.mouse.click(*point)
    wait_for(page, lambda: place.locator("select").input_value() == name, f"the place dropdown to read {name}")
    shown = filter_dataset(seed_ds, Filters(place=name))
    wait_for(page, lambda: header_counts(page) == counts(shown), "the header to follow the place")
    assert_app_clean(watched)


def test_a_pre_started_kernel_serves_the_article_the_app_was_given(tmp_path, open_page):
    """`make app ARTICLE=…`: the kernels started before any page view load that article, not the seed."""
    article = ROOT / "tests" / "articles" / "pakistan_floods.txt"
    ds = analysis.load(article)
    with voila_app(tmp_path, article) as running:
        pooled = wait_for(open_page().page, lambda: ids if len(ids := kernel_ids(running)) == PREHEAT else None,
                          "the pre-started kernel", timeout=60)
        watched = render_app(open_page, running)
        page = watched.page
        assert KERNEL_ID.search(page.content()).group(1) in pooled, "the first view did not get a pre-started kernel"
        assert header_counts(page) == counts(ds)
        assert page.locator(".widget-html").filter(has_text=ds.headline).count() > 0, ds.headline
        assert_app_clean(watched)
