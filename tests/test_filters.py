"""Filter logic (analysis.filters): each filter alone, combinations, the URL fragment and the empty state
(expectations from the article)."""

from datetime import date

import pytest

from analysis.filters import SPECS, TEST_KINDS, Filters, counts, describe, filter_dataset, from_hash, options, to_hash
from analysis.dashboard import header_html
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


def test_options_offer_every_speaker_and_both_years(seed):
    opts = options(seed)
    assert {"Donald Trump", "Ali Khamenei", "Mark Esper"} <= set(opts["actor"])
    years = {d.year for d in opts["dates"]}
    assert {2015, 2020} <= years


@pytest.mark.parametrize("actor", ["Donald Trump", "Iran", "NATO"])
def test_filtered_rows_are_a_subset(seed, actor):
    shown = filter_dataset(seed, Filters(actor=actor))
    for name in FRAMES:
        key = next(iter(FRAMES[name]))
        assert set(getattr(shown, name)[key]) <= set(getattr(seed, name)[key])


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


def test_load_reads_the_article_named_by_the_environment(tmp_path, monkeypatch):
    import analysis
    from analysis.dataset import ARTICLE_ENV

    path = tmp_path / "other.txt"
    path.write_text("Council votes to close bridge\n\n“It is not safe,” said Mayor Eve Doe.\n", encoding="utf-8")
    monkeypatch.setenv(ARTICLE_ENV, str(path))
    ds = analysis.load()
    assert ds.headline == "Council votes to close bridge" and ds.path == str(path)




def test_a_place_keeps_what_happened_there_and_what_was_said_about_it(seed):
    # the article: US allies leaving Baghdad (the withdrawal, and its movement towards Kuwait)
    shown = filter_dataset(seed, Filters(place="Baghdad"))
    assert set(shown.events["location"]) == {"Baghdad"}
    assert "Baghdad" in set(shown.movements["origin"])
    assert "Baghdad" in set(shown.locations["name"])
    # Balad appears only in the 2015 caption: only the delivery there, nothing from 2020
    balad = filter_dataset(seed, Filters(place="Balad Air Base"))
    assert set(balad.events["date"].dt.year) == {2015} and balad.quotes.empty


@pytest.mark.parametrize("filters", [
    Filters(),
    Filters(actor="Donald Trump", event_types=("statement", "threat")),
    Filters(country="Iraq", include_context=False, date_from=date(2020, 1, 1)),
    Filters(place="Kuwait", stances=("neutral",), search="o'hara & co"),
    Filters(date_to=date(2015, 12, 31)),
])
def test_filters_round_trip_through_the_url_fragment(filters):
    assert from_hash(to_hash(filters)) == filters
    assert from_hash("#" + to_hash(filters)) == filters


def test_a_hostile_or_broken_fragment_gives_filters_not_errors():
    assert from_hash("actor=%3Cscript%3E&from=not-a-date&zzz=1&type=") == Filters(actor="<script>")
    assert from_hash("") == Filters()


def test_every_spec_uses_known_tests_and_frames():
    for spec in SPECS:
        for frame in ("events", "quotes", "movements", "places"):
            test = getattr(spec, frame)
            if test is not None:
                assert test.kind in TEST_KINDS, (spec.name, frame)
        assert spec.control in ("choice", "multi", "dates", "toggle", "text")
    assert len({spec.key for spec in SPECS}) == len(SPECS)


def test_the_selection_reads_as_words_not_a_repr():
    assert describe(Filters()) == "everything"
    text = describe(Filters(actor="Donald Trump", date_from=date(2020, 1, 8), include_context=False))
    assert "Donald Trump" in text and "8 Jan 2020" in text and "Filters(" not in text
