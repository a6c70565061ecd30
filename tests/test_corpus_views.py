"""Views on a corpus: filters by article and outlet, the live dashboard, load() through
ANALYSIS_ARTICLE, and a site built from a folder (make render ARTICLE=folder)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis import dashboard, maps, plots
from analysis.filters import Filters, counts, filter_dataset, from_hash, options, to_hash

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(scope="module")
def corpus():
    return analysis.load_corpus(CORPUS, report=None)


def aid(corpus, file):
    return corpus.articles.set_index("file").loc[file, "article_id"]


def test_article_and_outlet_filters_keep_only_those_articles_rows(corpus):
    wire = aid(corpus, "wire_odesa.txt")
    shown = filter_dataset(corpus, Filters(article=wire))
    for name in ("events", "quotes", "locations", "actors", "mentions", "movements"):
        assert set(getattr(shown, name)["article_id"]) <= {wire}, name
    assert len(shown.events) == (corpus.events["article_id"] == wire).sum()
    by_outlet = filter_dataset(corpus, Filters(outlet="Example Wire"))
    wanted = set(corpus.articles.loc[corpus.articles["outlet"] == "Example Wire", "article_id"])
    assert set(by_outlet.events["article_id"]) == wanted and len(wanted) == 2
    assert from_hash(to_hash(Filters(article=wire, outlet="Example Wire"))) == Filters(article=wire, outlet="Example Wire")


def test_options_and_counts_of_a_corpus(corpus):
    opts = options(corpus)
    assert opts["article"] == corpus.articles["article_id"].tolist()
    assert opts["outlet"] == ["AP", "Daily Example", "Example Wire"]
    c = counts(corpus)
    assert c["places"] == corpus.locations["location_id"].nunique() < len(corpus.locations)  # Odesa counts once
    assert options(analysis.load())["article"] == []


def test_quotes_follow_their_statements_within_their_own_article(corpus):
    # a type filter keeps a quote only if its own article's statement event is kept
    shown = filter_dataset(corpus, Filters(event_types=("statement",)))
    made = set(zip(shown.events["article_id"], shown.events["start"]))
    assert len(shown.quotes) and all((a, s) in made for a, s in zip(shown.quotes["article_id"], shown.quotes["start"]))


def test_incidents_chart_and_map_list_the_reports(corpus):
    fig = plots.incidents_timeline(corpus.incidents, events=corpus.events, articles=corpus.articles,
                                   sentences=corpus.sentences)
    hovers = [h for trace in fig.data for h in trace.hovertext]
    odesa = next(h for h in hovers if "Odesa" in h and "2 articles" in h)
    assert "Example Wire" in odesa and "Daily Example" in odesa and "Russia launched missiles at Odesa" in odesa
    html = maps.map_html(corpus)
    assert html.count("am-incident") >= 3 and "Reported by" in html


def test_the_incidents_chart_opens_on_their_weeks_with_outlying_years_beside(corpus):
    incidents = corpus.incidents.copy()
    old = incidents.index[incidents["date"].notna()][0]
    incidents.loc[old, "date"] = pd.Timestamp("2019-06-01")  # one report of a years-old incident
    fig = plots.incidents_timeline(incidents, events=corpus.events, articles=corpus.articles, sentences=corpus.sentences)
    main = fig.layout.xaxis.range
    assert pd.Timestamp(main[1]) - pd.Timestamp(main[0]) < pd.Timedelta(days=60), "not 2019 to 2024 across the width"
    side = [t for t in fig.data if t.meta["panel"] == "earlier"]
    assert side and [pd.Timestamp(x).year for t in side for x in t.x] == [2019]
    assert fig.layout.yaxis.anchor == side[0].xaxis


def test_the_live_dashboard_switches_articles(corpus):
    board = dashboard.Dashboard(corpus)
    later = aid(corpus, "later_odesa.txt")
    shown = board.apply(Filters(article=later))
    assert set(shown.events["article_id"]) == {later}
    assert "Odesa struck again" in board.article.value and "Missiles fall on Kharkiv" not in board.article.value
    board.apply(Filters(article=aid(corpus, "kharkiv_same_day.txt")))
    assert "Missiles fall on Kharkiv" in board.article.value
    assert "5 articles, published 12 March 2024 to 22 March 2024" in board.header.value


def test_load_reads_a_folder_named_by_the_environment(monkeypatch):
    monkeypatch.setenv("ANALYSIS_ARTICLE", str(CORPUS))
    ds = analysis.load()
    assert isinstance(ds, analysis.Corpus) and len(ds.articles) == 5
    with pytest.raises(analysis.ArticleError):
        analysis.load(CORPUS)  # an explicit folder is still not an article


@pytest.mark.slow
def test_a_site_built_from_a_folder_shows_the_corpus(tmp_path):
    from analysis import site

    pages = site.build_site(tmp_path / "site", article=CORPUS, notebooks=("dashboard",))
    assert [p.name for p in pages] == ["dashboard"]
    text = (tmp_path / "site" / "dashboard.html").read_text(encoding="utf-8")
    assert 'data-chart="incidents"' in text and text.count('class="ad-article"') == 5
    assert (tmp_path / "site" / "data" / "incidents.csv").is_file()
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "a.txt").write_text("")
    with pytest.raises(analysis.ArticleError):
        site.build_site(tmp_path / "other", article=empty, notebooks=("dashboard",))
