"""The rendered site (``python -m analysis.site``) opened from disk in Chromium, with no network."""

from __future__ import annotations

import re

import pytest

from analysis import maps
from analysis.schema import FRAMES

from .support import (
    CHARTS_WAIT_JS,
    EVENT_IDS_JS,
    events_involving,
    layer_sizes,
    plot_counts,
    visible_point,
)

# Charts each page must paint, from what its notebook displays:
#   dashboard.ipynb: the Dashboard, which on a rendered page shows static_views(): the events timeline,
#                    quotes by speaker and the actor network (3), then the map (an iframe, not Plotly);
#   events.ipynb:    events_timeline by event type, events_timeline by Goldstein, actor_network (3);
#   quotes.ipynb:    quotes_by_speaker (1);
#   map.ipynb:       article_map only (0); index.html is the site's own overview (0).
CHARTS = {"dashboard": 3, "events": 3, "quotes": 1, "map": 0, "index": 0}
MAP_PAGES = ("dashboard", "map")
NOTEBOOK_PAGES = ("dashboard", "events", "quotes", "map")

def open_site_page(open_page, site, name):
    watched = open_page()
    watched.page.goto((site / f"{name}.html").as_uri())
    expected = CHARTS[name]
    if expected:
        watched.page.wait_for_function(CHARTS_WAIT_JS, arg=expected, timeout=20_000)
    return watched


def map_frame(watched):
    watched.page.wait_for_function("() => document.querySelector('iframe') !== null", timeout=10_000)
    for _ in range(100):
        frames = [f for f in watched.map_frames() if f.locator(".leaflet-interactive").count() > 0]
        if frames:
            assert len(frames) == 1, f"{len(frames)} maps on the page"
            return frames[0]
        watched.page.wait_for_timeout(100)
    pytest.fail("no map with markers in any frame of the page")


# --- every page ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(CHARTS))
def test_page_paints_every_chart_and_fetches_nothing(seed_site, open_page, name):
    watched = open_site_page(open_page, seed_site, name)
    page = watched.page
    layers = plot_counts(page)
    assert len(layers) == CHARTS[name], f"{name}.html: {len(layers)} charts, expected {CHARTS[name]}"
    assert all(n > 0 for n in layers), f"{name}.html: a chart without SVG: {layers}"
    traces = page.evaluate("() => Array.from(document.querySelectorAll('.js-plotly-plot')).map("
                           "g => g.querySelectorAll('.scatterlayer .trace, .barlayer .trace').length)")
    assert all(n > 0 for n in traces), f"{name}.html: a chart drew no data: {traces}"
    if name in MAP_PAGES:
        assert map_frame(watched).locator(".leaflet-interactive").count() > 0
    watched.screenshot(f"site-{name}")
    watched.assert_clean()


def test_index_links_every_page_and_the_data_files(seed_site, open_page):
    watched = open_site_page(open_page, seed_site, "index")
    hrefs = watched.page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    local = [h for h in hrefs if h.startswith("file://")]
    for name in NOTEBOOK_PAGES:
        assert (seed_site / f"{name}.html").as_uri() in local, f"index.html does not link {name}.html"
    expected_data = {f"{frame}.csv" for frame in FRAMES} | {"map.geojson"}
    linked_data = {h.rsplit("/", 1)[1] for h in local if "/data/" in h}
    assert linked_data == expected_data
    for href in local:
        path = seed_site / href.removeprefix(seed_site.as_uri() + "/")
        assert path.is_file() and path.stat().st_size > 0, f"index.html links {href}, which is missing or empty"
    watched.assert_clean()


# --- the map ---------------------------------------------------------------------------------


def test_map_shows_markers_paths_layers_and_legend(seed_site, seed_ds, open_page):
    watched = open_site_page(open_page, seed_site, "map")
    frame = map_frame(watched)
    sizes = layer_sizes(seed_ds)
    drawn = frame.locator(".leaflet-interactive").count()
    assert drawn == sum(sizes.values()) > 0
    assert frame.locator("path.leaflet-interactive").count() > 0  # circles, arcs and arrowheads are SVG paths
    overlays = [t.strip() for t in frame.locator(".leaflet-control-layers-overlays label").all_inner_texts()]
    assert set(overlays) <= set(maps.LAYERS), overlays
    assert {layer for layer, n in sizes.items() if n} <= set(overlays), overlays
    legend = frame.locator(".article-map-legend")
    assert legend.is_visible() and "Legend" in legend.inner_text()
    watched.assert_clean()


def test_layer_control_hides_and_shows_a_layer(seed_site, seed_ds, open_page):
    watched = open_site_page(open_page, seed_site, "map")
    frame = map_frame(watched)
    layer = maps.LAYER_MISSILES
    in_layer = layer_sizes(seed_ds)[layer]
    assert in_layer > 0, f"the seed draws nothing in {layer!r}"
    before = frame.locator(".leaflet-interactive").count()
    box = frame.locator(".leaflet-control-layers-overlays label").filter(
        has_text=re.compile(rf"^\s*{re.escape(layer)}\s*$")).locator("input")
    box.uncheck()
    assert frame.locator(".leaflet-interactive").count() == before - in_layer
    box.check()
    assert frame.locator(".leaflet-interactive").count() == before
    watched.assert_clean()


