"""Filter logic: each filter alone, combinations, and the empty state (expectations from the article)."""

from datetime import date

import pytest

from analysis import dashboard
from analysis.dashboard import Filters, counts, filter_dataset, filtered_csv, header_html, options
from analysis.schema import FRAMES


def test_no_filter_keeps_everything(seed):
    shown = filter_dataset(seed, Filters())
    for name in FRAMES:
        assert len(getattr(shown, name)) == len(getattr(seed, name)), name


def test_a_speaker_keeps_only_their_quotes_and_statements(seed):
    shown = filter_dataset(seed, Filters(actor="Donald Trump"))
    assert set(shown.quotes["speaker"]) == {"Donald Trump"}
    assert len(shown.quotes) == 2  # “All is well!” and “so far, so good”
    assert set(shown.events["actor"]) == {"Donald Trump"}


def test_an_actor_matches_as_target_too(seed):
    shown = filter_dataset(seed, Filters(actor="Qassem Suleimani"))
    assert len(shown.events) >= 1
    assert (shown.events["target"] == "Qassem Suleimani").all()


def test_event_type_filter(seed):
    shown = filter_dataset(seed, Filters(event_types=("attack",)))
    assert set(shown.events["event_type"]) == {"attack"}
    assert "Iran" in set(shown.events["actor"])
    # strikes come with their missile arcs; troop withdrawals do not
    assert set(shown.movements["kind"]) <= {"missile_strike", "drone_strike"}
    assert "missile_strike" in set(shown.movements["kind"])


def test_stance_filter_keeps_those_quotes_and_their_statements(seed):
    shown = filter_dataset(seed, Filters(stances=("condemnation",)))
    assert list(shown.quotes["speaker"]) == ["Dominic Raab"]
    assert list(shown.events["actor"]) == ["Dominic Raab"]


def test_search_is_case_insensitive_over_quote_words(seed):
    shown = filter_dataset(seed, Filters(search="WAR"))
    assert set(shown.quotes["speaker"]) == {"Mohammad Javad Zarif", "Mark Esper"}


def test_context_toggle_hides_every_context_row(seed):
    shown = filter_dataset(seed, Filters(include_context=False))
    for name in ("events", "locations", "movements", "actors"):
        assert (getattr(shown, name)["source"] == "article").all(), name
    assert "Ain al-Asad Air Base" not in set(shown.locations["name"])


def test_date_range_2015_holds_only_the_caption_event(seed):
    shown = filter_dataset(seed, Filters(date_from=date(2015, 1, 1), date_to=date(2015, 12, 31)))
    assert len(shown.events) >= 1
    assert (shown.events["date"].dt.year == 2015).all()
    assert "Balad Air Base" in set(shown.locations["name"])
    assert shown.quotes.empty  # nobody is quoted in the caption


def test_country_filter(seed):
    shown = filter_dataset(seed, Filters(country="Kuwait"))
    assert set(shown.locations["name"]) == {"Kuwait"}


def test_filters_combine(seed):
    both = filter_dataset(seed, Filters(actor="Iran", event_types=("attack",), include_context=False))
    assert len(both.events) == 1
    assert both.events.iloc[0]["cameo"] == "195"


def test_nothing_matches_gives_empty_typed_frames_and_says_so(seed):
    shown = filter_dataset(seed, Filters(actor="Nobody at all"))
    assert counts(shown) == {"events": 0, "quotes": 0, "people": 0, "places": 0}
    for name, columns in FRAMES.items():
        if name != "sentences":
            assert list(getattr(shown, name).columns) == list(columns)
    assert "Nothing matches" in header_html(seed, shown)


def test_header_escapes_the_headline(seed):
    hostile = seed.replace()
    object.__setattr__(hostile, "headline", "<script>alert(1)</script>")
    assert "<script>" not in header_html(hostile, seed)


def test_options_offer_every_speaker_and_both_years(seed):
    opts = options(seed)
    assert {"Donald Trump", "Ali Khamenei", "Mark Esper"} <= set(opts["actor"])
    years = {d.year for d in opts["dates"]}
    assert {2015, 2020} <= years


def test_csv_download_of_the_selection(seed):
    text = filtered_csv(filter_dataset(seed, Filters(actor="Mark Esper")))
    assert "prepared to finish one" in text
    assert "Dominic Raab" not in text


@pytest.mark.parametrize("actor", ["Donald Trump", "Iran", "NATO"])
def test_filtered_rows_are_a_subset(seed, actor):
    shown = filter_dataset(seed, Filters(actor=actor))
    for name in FRAMES:
        key = next(iter(FRAMES[name]))
        assert set(getattr(shown, name)[key]) <= set(getattr(seed, name)[key])


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


def test_country_with_an_unquoted_actor_gives_empty_quotes_not_an_error(seed):
    shown = filter_dataset(seed, Filters(actor="Abu Mahdi al-Muhandis", country="Australia"))
    assert shown.quotes.empty and list(shown.quotes.columns) == list(FRAMES["quotes"])


def test_country_filter_on_an_article_without_quotes(write_article):
    ds = write_article("Troops left Baghdad for Kuwait on Monday.\nThe convoy reached Kuwait.\n")
    for country in ("Iraq", "Kuwait"):
        shown = filter_dataset(ds, Filters(country=country, search="anything"))
        assert counts(shown)["quotes"] == 0


def test_country_filter_keeps_the_places_its_movements_need(seed):
    shown = filter_dataset(seed, Filters(country="Iran"))
    ends = set(shown.movements["origin_id"]) | set(shown.movements["destination_id"])
    assert (ends - {""}) <= set(shown.locations["location_id"])
    assert len(shown.movements) >= 1


def test_search_that_matches_nothing_leaves_no_places(seed):
    assert counts(filter_dataset(seed, Filters(country="Iraq", search="zzz"))) == {
        "events": 0, "quotes": 0, "people": 0, "places": 0}


def test_a_day_inside_last_week_keeps_the_week_dated_killing(seed):
    day = date(2020, 1, 3)
    shown = filter_dataset(seed, Filters(date_from=day, date_to=day, include_context=False))
    assert "Qassem Suleimani" in set(shown.events["target"])


def test_apply_keeps_dates_the_slider_cannot_show(seed):
    pytest.importorskip("ipywidgets")
    from analysis.dashboard import Dashboard

    board = Dashboard(seed)
    assert board.apply(Filters(date_from=date(2030, 1, 1))).events.empty
    assert board.apply(Filters(actor="donald trump")).quotes["speaker"].eq("Donald Trump").all()
    with pytest.raises(ValueError, match="no actor"):
        board.apply(Filters(actor="Nobody"))


# --- the rendered page: views that filter without a kernel ------------------------------


def test_static_views_show_every_view_with_in_browser_filters(seed):
    import folium
    import plotly.graph_objects as go

    views = dashboard.static_views(seed)
    figures = [v for v in views if isinstance(v, go.Figure)]
    assert len(figures) == 3  # timeline, quotes, network: the dashboard's charts
    assert {m.name for f in figures for m in f.layout.updatemenus} >= {"event_type", "actor", "stance", "speaker"}
    assert sum(isinstance(v, folium.Map) for v in views) == 1
    html_parts = " ".join(v.data for v in views if hasattr(v, "data") and isinstance(v.data, str))
    assert seed.headline in html_parts and "<mark" in html_parts


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


def test_load_reads_the_article_named_by_the_environment(tmp_path, monkeypatch):
    import analysis
    from analysis.dataset import ARTICLE_ENV

    path = tmp_path / "other.txt"
    path.write_text("Council votes to close bridge\n\n“It is not safe,” said Mayor Eve Doe.\n", encoding="utf-8")
    monkeypatch.setenv(ARTICLE_ENV, str(path))
    ds = analysis.load()
    assert ds.headline == "Council votes to close bridge" and ds.path == str(path)


def test_charts_are_sent_as_valid_plotly_json_matching_the_figure(seed):
    import json

    import ipywidgets as w
    import plotly.graph_objects as go

    from analysis import plots

    out = w.Output()
    fig = plots.events_timeline(seed.events, sentences=seed.sentences, menus=False)
    dashboard._draw(out, fig)
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
