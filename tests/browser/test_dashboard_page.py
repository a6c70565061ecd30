"""The shared dashboard page (analysis/page.py + page.js) in Chromium: it filters like filter_dataset.

The page is the rendered site's dashboard.html (``python -m analysis.site``), opened from disk with
every remote request blocked. Each combination of filters goes through the package
(``filter_dataset``) and through the page (its URL fragment, as a shared link would), and the rows
each view shows must be the same: chart points, table rows, map elements, header counts.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from analysis import maps
from analysis.filters import Filters, counts, filter_dataset, from_hash, to_hash
from analysis.style import EMPTY_MESSAGE, NO_PLACES_MESSAGE

from .support import HOSTILE, CHARTS_WAIT_JS, injected, visible_point

# Combinations written from reading the article: one actor alone, an actor also targeted, a name inside
# a "; " list, types with an actor, a stance, words, dates around the 2015 caption and the strike day,
# a country, a place, the context switch, and selections that match nothing.
COMBINATIONS = [
    Filters(),
    Filters(actor="Donald Trump"),
    Filters(actor="Iran"),
    Filters(actor="NATO"),
    Filters(actor="Iran", event_types=("attack",), include_context=False),
    Filters(event_types=("statement", "threat")),
    Filters(stances=("deterrence",)),
    Filters(search="war"),
    Filters(date_from=date(2015, 1, 1), date_to=date(2015, 12, 31)),
    Filters(date_from=date(2020, 1, 3), date_to=date(2020, 1, 3)),
    Filters(country="Kuwait"),
    Filters(country="Iran", include_context=False),
    Filters(place="Baghdad"),
    Filters(place="Balad Air Base"),
    Filters(include_context=False),
    Filters(actor="Donald Trump", event_types=("attack",)),  # nothing: the empty state everywhere
    Filters(search="zzzz"),
]

SHOWN_JS = "() => window.articleDashboard.shown()"
CHART_IDS_JS = """() => Object.fromEntries(Array.from(document.querySelectorAll('.ad-chart')).map(g => [
    g.getAttribute('data-chart'),
    (g.data || []).filter(t => (t.meta || {}).frame && ['events', 'quotes', 'nodes'].includes(t.meta.role))
        .flatMap(t => (t.customdata || []).map(c => c[0]))]))"""
VISIBLE_ROWS_JS = """() => Array.from(document.querySelectorAll('#article-dashboard tr[data-row]'))
    .filter(tr => getComputedStyle(tr).display !== 'none').map(tr => tr.getAttribute('data-row'))"""
MAP_SHOWN_JS = r"""() => {
    const ids = new Set();
    document.querySelectorAll('.am-item').forEach(el => {
        if (getComputedStyle(el).display === 'none') return;
        el.classList.forEach(c => { if (/^am-[lm]-[0-9a-f]+$/.test(c)) ids.add(c.slice(3)); });
    });
    return Array.from(ids);
}"""


def open_dashboard(open_page, site, fragment: str = ""):
    watched = open_page()
    page = watched.page
    page.goto((site / "dashboard.html").as_uri() + (f"#{fragment}" if fragment else ""))
    page.wait_for_function(CHARTS_WAIT_JS, arg=3, timeout=20_000)
    page.wait_for_function("() => window.articleDashboard", timeout=10_000)
    return watched


def map_frame(watched):
    for _ in range(100):
        frames = watched.map_frames()
        if frames and frames[0].evaluate("() => document.querySelectorAll('.am-item').length") > 0:
            return frames[0]
        watched.page.wait_for_timeout(100)
    pytest.fail("the dashboard's map never drew")


def expected_ids(ds, filters: Filters) -> dict[str, list[str]]:
    shown = filter_dataset(ds, filters)
    return {name: sorted(getattr(shown, name).iloc[:, 0]) for name in
            ("events", "quotes", "movements", "locations", "actors", "mentions")}


def test_the_page_filters_exactly_like_filter_dataset(seed_site, seed_ds, open_page):
    watched = open_dashboard(open_page, seed_site)
    page = watched.page
    frame = map_frame(watched)
    page.wait_for_timeout(100)
    drawable = set(frame.evaluate(MAP_SHOWN_JS))  # everything the unfiltered map draws
    assert drawable
    for filters in COMBINATIONS:
        page.evaluate("h => { location.hash = h; }", to_hash(filters))
        want = expected_ids(seed_ds, filters)
        page.wait_for_function("w => JSON.stringify(Object.values(window.articleDashboard.shown()).map(x => x.slice().sort()))"
                               " === JSON.stringify(w)", arg=list(want.values()), timeout=5_000)
        got = {k: sorted(v) for k, v in page.evaluate(SHOWN_JS).items()}
        assert got == want, filters
        shown = filter_dataset(seed_ds, filters)
        # every view shows those rows: chart points, table rows, map elements, the header
        charts = page.evaluate(CHART_IDS_JS)
        dated = set(shown.events.loc[shown.events["date"].notna(), "event_id"])
        assert sorted(charts["timeline"]) == sorted(dated), filters
        assert sorted(charts["quotes"]) == sorted(shown.quotes["quote_id"]), filters
        assert sorted(page.evaluate(VISIBLE_ROWS_JS)) == sorted([*shown.events["event_id"], *shown.quotes["quote_id"]])
        c = counts(shown)
        assert page.locator(".ad-counts").inner_text() == \
            f"{c['events']} events · {c['quotes']} quotes · {c['people']} people · {c['places']} places"
        page.wait_for_timeout(50)  # the map applies its message on its own turn
        on_map = set(frame.evaluate(MAP_SHOWN_JS))
        assert on_map == (drawable & {*shown.locations["location_id"], *shown.movements["movement_id"]}), filters
        if not any(c.values()):
            texts = page.evaluate("() => Array.from(document.querySelectorAll('.ad-chart')).map(g => g.innerText)")
            assert all(EMPTY_MESSAGE in t for t in texts), texts  # no numeric −1…6 axis, no blank plot
            assert EMPTY_MESSAGE in page.locator(".ad-empty").inner_text()
    watched.assert_clean()


def test_no_selection_gives_a_broken_date_axis(seed_site, open_page):
    watched = open_dashboard(open_page, seed_site, to_hash(Filters(actor="Donald Trump")))
    page = watched.page
    spans = page.evaluate("""() => { const g = document.querySelector('[data-chart=timeline]');
        return Object.keys(g.layout).filter(k => /^xaxis\\d*$/.test(k) && g.layout[k].visible !== false)
            .map(k => (Date.parse(g.layout[k].range[1]) - Date.parse(g.layout[k].range[0])) / 86400000); }""")
    assert spans and all(days >= 4 for days in spans), spans  # never a millisecond window around one day
    ticks = page.eval_on_selector_all("[data-chart=timeline] .xtick text", "els => els.map(e => e.textContent)")
    assert ticks and not any(":" in t for t in ticks), ticks  # days, not "12:00"
    watched.assert_clean()


def test_the_timeline_opens_on_the_crisis_with_2015_beside_it(seed_site, open_page):
    watched = open_dashboard(open_page, seed_site)
    layout = watched.page.evaluate("() => document.querySelector('[data-chart=timeline]').layout")
    main = [date.fromisoformat(x[:10]) for x in layout["xaxis"]["range"]]
    assert main[0] <= date(2020, 1, 3) and main[1] >= date(2020, 1, 8) and (main[1] - main[0]).days < 60
    sides = [[date.fromisoformat(x[:10]) for x in layout[k]["range"]] for k in layout if re.fullmatch(r"xaxis\d+", k)]
    assert any(lo <= date(2015, 7, 20) <= hi for lo, hi in sides)
    labels = [b["label"] for m in layout.get("updatemenus", []) for b in m["buttons"]]
    assert labels[:1] == ["Whole period"]
    watched.assert_clean()


def test_url_state_round_trips(seed_site, open_page):
    watched = open_dashboard(open_page, seed_site)
    page = watched.page
    page.locator("select[name=actor]").select_option("Iran")
    page.locator(".ad-chip", has_text=re.compile(r"^\s*attack\s*$")).click()  # one click, no Ctrl
    page.locator("input[name=date_from]").fill("2020-01-01")
    page.locator("label.ad-chip", has=page.locator("input[name=context]")).click()  # as a reader does
    expected = Filters(actor="Iran", event_types=("attack",), date_from=date(2020, 1, 1), include_context=False)
    assert from_hash(page.evaluate("() => location.hash")) == expected
    link = page.url
    again = open_page()
    again.page.goto(link)
    again.page.wait_for_function("() => window.articleDashboard", timeout=10_000)
    assert from_hash(again.page.evaluate("() => location.hash")) == expected
    assert again.page.locator("select[name=actor]").input_value() == "Iran"
    assert again.page.evaluate(SHOWN_JS) == page.evaluate(SHOWN_JS)
    watched.assert_clean()
    again.assert_clean()


def test_the_context_switch_empties_everything_from_outside_context(seed_site, seed_ds, open_page):
    watched = open_dashboard(open_page, seed_site)
    page = watched.page
    frame = map_frame(watched)
    assert frame.locator(".am-ctx:not(.am-off)").count() > 0
    page.locator("label.ad-chip", has=page.locator("input[name=context]")).click()  # as a reader does
    page.wait_for_timeout(100)
    assert frame.locator(".am-ctx:not(.am-off)").count() == 0  # arcs, markers, labels, the drone-strike diamond
    context_events = set(seed_ds.events.loc[seed_ds.events["source"] == "context", "event_id"])
    assert not context_events & set(page.evaluate(CHART_IDS_JS)["timeline"])
    watched.screenshot("page-context-off")
    watched.assert_clean()


def settled_paths(watched, frame) -> dict[str, str]:
    """Every map path's ``d`` by its classes, read in one go once two reads 200 ms apart agree: Leaflet redraws
    all paths when the view settles (a late fit to the bounds, a resize), and an arrow read before such a redraw
    and a circle read after it would not meet."""
    script = "() => Object.fromEntries([...document.querySelectorAll('path[class]')].map(p => [p.getAttribute('class'), p.getAttribute('d')]))"
    seen = frame.evaluate(script)
    for _ in range(50):
        watched.page.wait_for_timeout(200)
        now = frame.evaluate(script)
        if now == seen:
            return now
        seen = now
    pytest.fail("the map's paths never stopped moving")


def _d(paths: dict[str, str], *wanted: str) -> str:
    found = [d for classes, d in paths.items() if set(wanted) <= set(classes.split())]
    assert len(found) == 1, (wanted, len(found))
    return found[0]


def path_end(paths: dict[str, str], *classes: str) -> tuple[float, float]:
    """The last point of an SVG path (Leaflet writes polylines as M x y L x y …)."""
    numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", _d(paths, *classes))]
    return numbers[-2], numbers[-1]


def circle_centre(paths: dict[str, str], *classes: str) -> tuple[float, float]:
    """The centre of a Leaflet circle path (M x-r,y a r,r 0 1,0 2r,0 …)."""
    x, y, r = (float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", _d(paths, *classes))[:3])
    return x + r, y


def test_the_maps_arcs_end_at_the_places_named(seed_site, seed_ds, open_page):
    watched = open_dashboard(open_page, seed_site)
    frame = map_frame(watched)
    places = seed_ds.locations.set_index("location_id")
    paths = settled_paths(watched, frame)
    checked = 0
    for row in seed_ds.movements.itertuples():
        if not row.origin_id or not row.destination_id:
            continue
        arrow = f"path.am-arrow.am-{row.movement_id}"
        assert frame.locator(arrow).count() == 1, row.movement_id
        end = path_end(paths, "am-arrow", f"am-{row.movement_id}")
        if places.at[row.destination_id, "kind"] == "country":
            # country-level: the head stops at the outline, labelled, never on the country's point
            target = maps.country_target(places.at[row.destination_id, "name"],
                                         (places.at[row.origin_id, "lat"], places.at[row.origin_id, "lon"]),
                                         (places.at[row.destination_id, "lat"], places.at[row.destination_id, "lon"]))
            assert target is not None
            assert frame.locator(f"path.am-band.am-{row.movement_id}").count() == 1
        else:
            centre = circle_centre(paths, "am-place", f"am-{row.destination_id}")
            assert abs(end[0] - centre[0]) < 2 and abs(end[1] - centre[1]) < 2, (row.destination, end, centre)
        assert frame.locator(arrow).get_attribute("marker-end").startswith("url(#am-head-")
        checked += 1
    assert checked >= 4
    # arrowheads keep their screen size when zoomed
    size = frame.evaluate("() => document.querySelector('marker').getAttribute('markerWidth')")
    frame.locator(".leaflet-control-zoom-in").click()
    watched.page.wait_for_timeout(400)
    assert frame.evaluate("() => document.querySelector('marker').getAttribute('markerUnits')") == "userSpaceOnUse"
    assert frame.evaluate("() => document.querySelector('marker').getAttribute('markerWidth')") == size
    labels = frame.eval_on_selector_all(".am-label", "els => els.map(e => e.textContent.trim())")
    assert "Baghdad" in labels and any("Balad Air Base" in t and "photo caption" in t for t in labels)
    watched.assert_clean()


def chart_point(page, chart: str, *, role: str, key: str):
    """The page coordinates of the point of ``chart`` whose row id (customdata[0]) is ``key``."""
    index = page.evaluate("""([chart, role, key]) => {
        const g = document.querySelector(`[data-chart=${chart}]`);
        let n = 0;
        for (const [t, trace] of g.data.entries()) {
            const i = (trace.customdata || []).findIndex(c => c[0] === key);
            if ((trace.meta || {}).role === role && i >= 0) return [t, i];
        }
        return null; }""", [chart, role, key])
    assert index is not None, (chart, key)
    trace, point = index
    locator = page.locator(f"[data-chart={chart}] .scatterlayer .trace, [data-chart={chart}] .barlayer .trace")
    return page.evaluate("""([chart, trace, point]) => {
        const g = document.querySelector(`[data-chart=${chart}]`);
        const layer = g.querySelectorAll('.scatterlayer .trace, .barlayer .trace');
        const t = Array.from(layer).find(el => el.__data__ && el.__data__[0] && el.__data__[0].trace.index === trace);
        const p = t.querySelectorAll('.point')[point];
        const r = p.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2]; }""", [chart, trace, point]), locator


def click_point(page, chart: str, *, role: str, key: str) -> None:
    """Click the point of ``chart`` whose row id is ``key`` as a reader does: the pointer comes onto
    it from elsewhere, Plotly shows its hover label (Plotly's click is the click on the hovered
    point), and the click comes after Plotly's double-click window since the last click on that chart."""
    (x, y), _ = chart_point(page, chart, role=role, key=key)
    page.wait_for_timeout(page.evaluate(
        "c => document.querySelector(`[data-chart=${c}]`)._context.doubleClickDelay", chart) + 50)
    page.mouse.move(x + 40, y + 40)
    page.mouse.move(x, y, steps=4)
    page.wait_for_function(
        "c => document.querySelector(`[data-chart=${c}] .hoverlayer .hovertext`) !== null", arg=chart, timeout=5_000)
    page.mouse.click(x, y)


def test_clicking_a_point_a_node_or_a_place_selects_it_everywhere(seed_site, seed_ds, open_page):
    watched = open_dashboard(open_page, seed_site)
    page = watched.page
    trump = seed_ds.quotes.loc[seed_ds.quotes["speaker"] == "Donald Trump", "quote_id"].iloc[0]
    click_point(page, "quotes", role="quotes", key=trump)
    page.wait_for_function("() => window.articleDashboard.state().actor === 'Donald Trump'", timeout=5_000)
    assert from_hash(page.evaluate("() => location.hash")) == Filters(actor="Donald Trump")
    charts = page.evaluate(CHART_IDS_JS)
    assert sorted(charts["timeline"]) == sorted(filter_dataset(seed_ds, Filters(actor="Donald Trump")).events["event_id"])
    assert set(charts["network"]) == {"Donald Trump"}
    assert page.locator("select[name=actor]").input_value() == "Donald Trump"
    # a second click on the same thing clears it
    click_point(page, "quotes", role="quotes", key=trump)
    page.wait_for_function("() => window.articleDashboard.state().actor === ''", timeout=5_000)
    # a network node
    click_point(page, "network", role="nodes", key="Mark Esper")
    page.wait_for_function("() => window.articleDashboard.state().actor === 'Mark Esper'", timeout=5_000)
    # a timeline point selects its actor
    attack = seed_ds.events[(seed_ds.events["event_type"] == "attack") & (seed_ds.events["source"] == "article")].iloc[0]
    page.evaluate("() => { location.hash = ''; }")
    page.wait_for_function("() => window.articleDashboard.state().actor === ''", timeout=5_000)
    click_point(page, "timeline", role="events", key=attack["event_id"])
    page.wait_for_function("a => window.articleDashboard.state().actor === a", arg=attack["actor"], timeout=5_000)
    # a map place selects the place in every view
    page.evaluate("() => { location.hash = ''; }")
    frame = map_frame(watched)
    # the first place whose marker is not under another (Baghdad sits under the airport's diamond)
    for name, location_id in zip(seed_ds.locations["name"], seed_ds.locations["location_id"]):
        point = visible_point(frame, frame.locator(f"path.am-place.am-{location_id}"))
        if point is not None:
            break
    else:
        pytest.fail("no place on the map can be clicked")
    page.mouse.click(*point)
    page.wait_for_function("n => window.articleDashboard.state().place === n", arg=name, timeout=5_000)
    assert sorted(page.evaluate(SHOWN_JS)["events"]) == sorted(filter_dataset(seed_ds, Filters(place=name)).events["event_id"])
    assert page.locator("select[name=place]").input_value() == name
    watched.assert_clean()


@pytest.mark.parametrize("width", [1400, 390])
def test_screenshots_at_desktop_and_phone_width(seed_site, open_page, width):
    watched = open_page()
    page = watched.page
    page.set_viewport_size({"width": width, "height": 900})
    page.goto((seed_site / "dashboard.html").as_uri())
    page.wait_for_function(CHARTS_WAIT_JS, arg=3, timeout=20_000)
    page.wait_for_timeout(300)
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, f"the page scrolls sideways by {overflow} px at {width} px"
    widths = page.evaluate("() => Array.from(document.querySelectorAll('.ad-chart .main-svg')).map(s => s.getBoundingClientRect().width)")
    assert widths and max(widths) <= width
    timeline = ".ad-chart[data-chart=timeline]"
    boxes = page.evaluate(f"""() => Array.from(document.querySelectorAll('{timeline} .xaxislayer-above .xtick text'))
        .map(t => t.getBoundingClientRect()).filter(r => r.width > 0).map(r => [r.left, r.right, r.top, r.bottom])""")
    main = sorted(b for b in boxes if b[0] > min(x[0] for x in boxes) + 1) if boxes else []
    assert all(a[1] <= b[0] for a, b in zip(main, main[1:])), f"date labels overlap at {width} px: {main}"
    if width < 640:  # a phone: the rows name the event types, so no colour key eats the chart's height
        assert page.locator(f"{timeline} .legend").count() == 0
    watched.screenshot(f"page-dashboard-{width}")
    page.evaluate("h => { location.hash = h; }", to_hash(Filters(actor="Donald Trump")))
    page.wait_for_timeout(300)
    watched.screenshot(f"page-dashboard-{width}-trump")
    watched.assert_clean()


def test_the_hostile_article_stays_text_through_the_page_script(hostile_site, open_page):
    import analysis

    hostile = analysis.load(HOSTILE)
    watched = open_dashboard(open_page, hostile_site)
    page = watched.page
    for person in ("Sean O'Hara", *[n for n in hostile.quotes["speaker"] if "<" in n][:1]):
        page.evaluate("h => { location.hash = h; }", to_hash(Filters(actor=person)))
        page.wait_for_timeout(200)
        assert person in page.locator("select[name=actor]").inner_text()
        assert page.locator(".ad-summary").inner_text().count(person) == 1
    page.evaluate("h => { location.hash = h; }", "actor=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E&q=%3Cscript%3E")
    page.wait_for_timeout(200)
    assert "<img src=x onerror=window.__pwned=1>" in page.locator(".ad-summary").inner_text()
    assert not watched.pwned() and not injected(watched) and not watched.dialogs
    watched.screenshot("hostile-page-script")
    watched.assert_clean()


def test_the_map_says_so_when_a_selection_has_no_places(seed_site, open_page):
    watched = open_dashboard(open_page, seed_site, to_hash(Filters(actor="Donald Trump")))
    frame = map_frame(watched)
    watched.page.wait_for_timeout(100)
    assert NO_PLACES_MESSAGE in frame.locator(".am-filtered-empty").inner_text()
    watched.assert_clean()
