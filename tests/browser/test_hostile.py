"""A hostile article (tests/browser/hostile.txt) rendered as a site and served live: its payloads stay text.

The article is a plausible report (Baghdad, Erbil, Kuwait: markers appear) whose headline, quotes,
speakers, neighbourhoods and caption carry script payloads that set ``window.__pwned`` or call
``alert(1)``. In every page and frame: no dialog, ``window.__pwned`` undefined after load, after
hovering chart points and after hovering and clicking map markers, no payload element in the DOM,
no page error, and the payload shown literally as text.
"""

from __future__ import annotations

import re

import pytest

from .support import (
    visible_point,
    ACTOR_LABEL,
    CHARTS_WAIT_JS,
    HOSTILE,
    assert_app_clean,
    choose_widget,
    events_involving,
    hover_plot_points,
    injected,
    map_signature,
    open_map_popups,
    render_app,
    timeline_ids,
    voila_app,
    wait_for,
)

SCRIPT = "<script>window.__pwned=1</script>"  # in the headline and a quote
IMG = "<img src=x onerror="  # in quotes, a neighbourhood and the caption
SVG = "<svg onload="  # in the sentence that names Baghdad
LITERAL = (SCRIPT, IMG, SVG)  # a map popup shows the sentence naming its place: one of these, as text
CHARTS = {"index": 0, "dashboard": 3, "events": 3, "quotes": 1, "map": 0}
BODY_TEXT = {"index": [SCRIPT], "dashboard": [SCRIPT, IMG], "quotes": [IMG]}  # headline, article, quotes table
HOVER_TEXT = {"dashboard": IMG, "events": IMG, "quotes": IMG}  # evidence sentences and quotes in hover labels
MAPS = ("dashboard", "map")


@pytest.fixture(scope="module")
def hostile_ds():
    import analysis

    return analysis.load(HOSTILE)


def assert_inert(watched, when: str) -> None:
    """No payload ran (``window.__pwned`` in any frame, a dialog) and none became markup."""
    problems = [f"{when}: {p}" for p in watched.pwned() + injected(watched)]
    problems += [f"{when}: dialog opened: {d}" for d in watched.dialogs]
    assert not problems, "\n".join(problems)


def exercise(watched, *, app=False) -> tuple[list[str], list[str], list[str]]:
    """Hover chart points, then hover and click every map marker; returns (hover labels, tooltips, popups).

    A click on a place selects it everywhere; the selection is cleared before the next marker (the
    page's fragment, or the app's reset button, after which the app redraws its map)."""
    page = watched.page
    labels = hover_plot_points(page, per_plot=40)
    assert_inert(watched, "after hovering chart points")
    tooltips, popups = [], []
    initial = map_signature(watched) if app else None

    place = page.locator(".widget-dropdown").filter(has=page.locator("label", has_text=re.compile(r"^Place$")))

    def chosen_place():
        # ipywidgets writes option labels with no-break spaces
        return place.locator("select").evaluate("s => s.options[s.selectedIndex].text").replace("\xa0", " ")

    def clear():
        if app:
            # a click on a place reaches the kernel, which selects it and redraws the map: wait for that
            # (a click on an arc selects nothing), then reset and wait for the whole map again
            for _ in range(30):
                if chosen_place() != "All places":
                    break
                page.wait_for_timeout(100)
            if chosen_place() != "All places" or (map_signature(watched) or (0,))[0] != initial[0]:
                page.locator("button", has_text="Reset filters").click()
                wait_for(page, lambda: chosen_place() == "All places" and (map_signature(watched) or (0,))[0] == initial[0],
                         f"the whole map again after a reset ({map_signature(watched)} vs {initial}; frames "
                         f"{[(f.url[:20], f.is_detached()) for f in page.frames]}; place {chosen_place()!r})")
                page.wait_for_timeout(300)
        else:
            page.evaluate("() => { if (window.articleDashboard && location.hash) location.hash = ''; }")
            page.wait_for_timeout(50)

    for frame in watched.map_frames()[:1]:
        def current():
            return wait_for(page, lambda: (found := watched.map_frames()) and found[0], "the app's map")

        seen = open_map_popups(page, current if app else frame, after_click=clear)
        tooltips += seen[0]
        popups += seen[1]
    assert_inert(watched, "after hovering and clicking map markers")
    return labels, tooltips, popups


@pytest.mark.parametrize("name", list(CHARTS))
def test_hostile_article_stays_text_on_the_site(hostile_site, open_page, name):
    watched = open_page()
    page = watched.page
    page.goto((hostile_site / f"{name}.html").as_uri())
    if CHARTS[name]:
        page.wait_for_function(CHARTS_WAIT_JS, arg=CHARTS[name], timeout=20_000)
    assert_inert(watched, f"{name}.html after load")
    labels, tooltips, popups = exercise(watched)
    if name in MAPS:
        assert tooltips and popups, "no map marker could be hovered and clicked"
        assert any(text in popup for popup in popups for text in LITERAL), f"no map popup on {name}.html shows a payload as text"
    body = page.inner_text("body")
    for text in BODY_TEXT.get(name, []):
        assert text in body, f"{name}.html does not show {text!r} as text"
    if name in HOVER_TEXT:
        assert any(HOVER_TEXT[name] in label for label in labels), f"no hover label on {name}.html shows {HOVER_TEXT[name]!r}"
    watched.screenshot(f"hostile-site-{name}")
    watched.assert_clean()


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory):
    with voila_app(tmp_path_factory.mktemp("voila-hostile"), HOSTILE) as running:
        yield running


def test_hostile_article_stays_text_in_the_app(hostile_app, open_page, hostile_ds):
    watched = render_app(open_page, hostile_app)
    page = watched.page
    assert_inert(watched, "the app after load")
    labels, tooltips, popups = exercise(watched, app=True)
    assert tooltips and popups, "no map marker could be hovered and clicked"
    body = page.inner_text("body")
    assert SCRIPT in body, "the headline is not shown as text"
    assert IMG in body, "the article is not shown as text"
    assert any(IMG in label for label in labels), f"no hover label shows a quote's markup as text: {labels}"
    assert any(text in popup for popup in popups for text in LITERAL), "no map popup shows a payload as text"

    # a speaker whose name carries a quote mark, through the Python filter and back
    person = "Sean O'Hara"
    expected = sorted(events_involving(hostile_ds, person))
    assert expected, f"the hostile article no longer yields {person!r} as a speaker"
    before_map = map_signature(watched)
    choose_widget(page, ACTOR_LABEL, person)
    wait_for(page, lambda: sorted(timeline_ids(page)) == expected, f"the timeline to show {person}'s events")
    wait_for(page, lambda: (sig := map_signature(watched)) is not None and sig != before_map,
             f"the map to follow {person}")
    assert_inert(watched, f"the app after choosing {person}")
    hover_plot_points(page)
    assert_inert(watched, f"after hovering chart points for {person}")
    watched.screenshot("hostile-app")
    assert_app_clean(watched)
