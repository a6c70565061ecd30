"""The live dashboard (analysis.dashboard): widgets follow apply(), clicks select, charts are sent as Plotly JSON."""

from datetime import date

import pytest

from analysis import dashboard
from analysis.dashboard import Filters, filter_dataset, filtered_csv, header_html

pytest.importorskip("ipywidgets")

def test_header_escapes_the_headline(seed):
    hostile = seed.replace()
    object.__setattr__(hostile, "headline", "<script>alert(1)</script>")
    assert "<script>" not in header_html(hostile, seed)


def test_csv_download_of_the_selection(seed):
    text = filtered_csv(filter_dataset(seed, Filters(actor="Mark Esper")))
    assert "prepared to finish one" in text
    assert "Dominic Raab" not in text


def test_the_widgets_follow_apply_and_reset(seed):
    pytest.importorskip("ipywidgets")
    from analysis.dashboard import Dashboard

    board = Dashboard(seed)
    shown = board.apply(Filters(actor="Mark Esper"))
    assert board.actor.value == "Mark Esper"
    assert len(shown.quotes) == 1
    bars = [t for t in board.figures["quotes"].data if (t.meta or {}).get("role") == "quotes"]
    assert [y for t in bars for y in t.y] == ["Mark Esper"]  # the chart follows the filter
    assert "Nothing matches" not in board.header.value
    board.apply(Filters(actor="Mark Esper", stances=("reassurance",)))
    assert "Nothing matches" in board.header.value
    board.prepare_download.click()
    assert "data:text/csv;base64," in board.download.value
    board.reset_filters()
    assert board.filters == Filters()
    drawn = board.figures["quotes"]
    assert sum(len(t.y) for t in drawn.data if (t.meta or {}).get("role") == "quotes") == len(seed.quotes)


def test_apply_keeps_dates_the_slider_cannot_show(seed):
    pytest.importorskip("ipywidgets")
    from analysis.dashboard import Dashboard

    board = Dashboard(seed)
    assert board.apply(Filters(date_from=date(2030, 1, 1))).events.empty
    assert board.apply(Filters(actor="donald trump")).quotes["speaker"].eq("Donald Trump").all()
    with pytest.raises(ValueError, match="no actor"):
        board.apply(Filters(actor="Nobody"))


def test_dashboard_displays_widgets_live_and_static_views_when_rendering(seed, monkeypatch):
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda *objs, **_: shown.extend(objs))
    board = dashboard.Dashboard(seed)
    shown.clear()  # building the board drew the map into its output widget
    monkeypatch.delenv(dashboard.STATIC_ENV, raising=False)
    board._ipython_display_()
    assert shown == [board.widget]
    shown.clear()
    monkeypatch.setenv(dashboard.STATIC_ENV, "1")
    board._ipython_display_()
    assert board.widget not in shown and len(shown) == len(dashboard.static_views(seed))


def test_charts_are_sent_as_valid_plotly_json_matching_the_figure(seed):
    import json

    import ipywidgets as w
    import plotly.graph_objects as go

    from analysis import plots

    out = w.Output()
    fig = plots.events_timeline(seed.events, sentences=seed.sentences)
    dashboard._draw(out, plots.events_timeline.spec(seed.events, sentences=seed.sentences))
    (only,) = out.outputs
    spec = only["data"]["application/vnd.plotly.v1+json"]
    json.dumps(spec)  # plain JSON, no numpy left
    sent = go.Figure({"data": spec["data"], "layout": spec["layout"]})  # validated: raises on a bad property
    assert [(t.type, t.name) for t in sent.data] == [(t.type, t.name) for t in fig.data]
    for got, want in zip(sent.data, fig.data):
        assert got.customdata == want.customdata and got.hovertext == want.hovertext
        if want.x is not None:
            assert [None if x is None else str(x)[:10] for x in got.x] == \
                   [None if x is None else str(x)[:10] for x in want.x]  # the same days
    assert sent.layout.title.text == fig.layout.title.text



def test_a_click_selects_an_actor_or_place_everywhere_and_a_second_click_clears_it(seed):
    board = dashboard.Dashboard(seed)
    board.bridge.clicked = {"kind": "actor", "value": "Mark Esper", "n": 1}
    assert board.actor.value == "Mark Esper" and len(board._shown.quotes) == 1
    board.bridge.clicked = {"kind": "actor", "value": "Mark Esper", "n": 2}
    assert board.actor.value == "" and len(board._shown.quotes) == len(seed.quotes)
    board.bridge.clicked = {"kind": "place", "value": "Baghdad", "n": 3}
    assert board.place.value == "Baghdad"
    assert set(board._shown.events["location"]) == {"Baghdad"}
    board.bridge.clicked = {"kind": "actor", "value": "<img src=x onerror=alert(1)>", "n": 4}  # not offered: ignored
    assert board.place.value == "Baghdad" and board.actor.value == ""


def test_multi_choice_filters_are_single_click_chips(seed):
    board = dashboard.Dashboard(seed)
    attack = board.event_types.buttons[board.event_types.values.index("attack")]
    attack.value = True  # one click
    assert board.filters.event_types == ("attack",)
    assert set(board._shown.events["event_type"]) == {"attack"}
    assert attack.style.button_color  # a chosen chip shows its event type's colour
    attack.value = False
    assert board.filters.event_types == ()


def test_the_selection_line_is_for_readers(seed):
    board = dashboard.Dashboard(seed)
    board.apply(Filters(actor="Donald Trump"))
    assert "Donald Trump" in board.summary.value and "Filters(" not in board.summary.value
    assert "NaN" not in board.tables.value and "All is well!" in board.tables.value
