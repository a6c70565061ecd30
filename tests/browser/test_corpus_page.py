"""The shared dashboard page on a corpus (analysis.page with analysis.load_corpus) in Chromium.

The corpus is tests/corpus plus the hostile article: every combination of filters, the corpus's
article and outlet filters among them, must select the rows filter_dataset selects; the article
view switches between articles; incidents are sized by their articles and list their reports;
hostile text stays text.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import analysis
from analysis import page as page_mod
from analysis.filters import Filters, filter_dataset, to_hash

from .support import CHARTS_WAIT_JS, HOSTILE

ROOT = Path(__file__).resolve().parents[2]
FRAMES = ("events", "quotes", "movements", "locations", "actors", "mentions")


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus") / "reports"
    shutil.copytree(ROOT / "tests" / "corpus", folder)
    shutil.copy(HOSTILE, folder / "hostile.txt")
    corpus = analysis.load_corpus(folder, report=None)
    path = folder.parent / "dashboard.html"
    path.write_text("<!doctype html><html><head><meta charset='utf-8'><title>corpus</title>"
                    f"<script>{page_mod.plotly_js()}</script></head><body>{page_mod.static_dashboard(corpus)}"
                    "</body></html>", encoding="utf-8")
    return corpus, path


def article_id(corpus, file):
    return corpus.articles.set_index("file").loc[file, "article_id"]


def combinations(corpus):
    wire, daily = article_id(corpus, "wire_odesa.txt"), article_id(corpus, "daily_odesa.txt")
    return [
        Filters(),
        Filters(article=wire),
        Filters(article=article_id(corpus, "hostile.txt")),
        Filters(outlet="Example Wire"),
        Filters(outlet="Daily Example", event_types=("attack",)),
        Filters(article=daily, actor="Volodymyr Zelensky"),
        Filters(actor="Volodymyr Zelensky"),
        Filters(place="Odesa"),
        Filters(search="rebuild"),
        Filters(stances=("neutral",), outlet="Example Wire"),
        Filters(article=wire, place="Kharkiv"),  # nothing
    ]


def open_corpus(open_page, path, fragment=""):
    watched = open_page()
    watched.page.goto(path.as_uri() + (f"#{fragment}" if fragment else ""))
    watched.page.wait_for_function(CHARTS_WAIT_JS, arg=4, timeout=20_000)
    watched.page.wait_for_function("() => window.articleDashboard", timeout=10_000)
    return watched


def test_the_corpus_page_filters_like_filter_dataset(corpus_page, open_page):
    corpus, path = corpus_page
    watched = open_corpus(open_page, path)
    page = watched.page
    for filters in combinations(corpus):
        page.evaluate("h => { location.hash = h; }", to_hash(filters))
        shown = filter_dataset(corpus, filters)
        want = [sorted(getattr(shown, name).iloc[:, 1]) for name in FRAMES]  # the row id follows article_id
        page.wait_for_function("w => JSON.stringify(Object.values(window.articleDashboard.shown()).map(x => x.slice().sort()))"
                               " === JSON.stringify(w)", arg=want, timeout=5_000)
        # the incidents chart keeps the incidents of the shown events
        kept = page.evaluate("""() => { const g = document.querySelector('[data-chart=incidents]');
            return (g.data || []).filter(t => (t.meta || {}).role === 'incidents').flatMap(t => t.customdata || []).length; }""")
        dated = corpus.incidents[corpus.incidents["date"].notna()]
        assert kept == dated["incident_id"].isin(set(shown.events["incident_id"])).sum(), filters
    watched.assert_clean()


def test_the_article_view_switches_between_articles(corpus_page, open_page):
    corpus, path = corpus_page
    watched = open_corpus(open_page, path)
    page = watched.page
    visible = "() => Array.from(document.querySelectorAll('.ad-article')).filter(a => !a.hidden).map(a => a.dataset.article)"
    assert len(page.evaluate(visible)) == 1
    for file in ("later_odesa.txt", "kharkiv_same_day.txt"):
        aid = article_id(corpus, file)
        page.select_option("select[name=article]", aid)
        assert page.evaluate(visible) == [aid]
        text = page.locator(f".ad-article[data-article='{aid}']").inner_text()
        assert corpus.articles.set_index("article_id").loc[aid, "headline"] in text
        assert "article=" + aid in page.url
    watched.assert_clean()


def test_incidents_are_sized_by_their_articles_and_list_their_reports(corpus_page, open_page):
    corpus, path = corpus_page
    watched = open_corpus(open_page, path)
    points = watched.page.evaluate("""() => document.querySelector('[data-chart=incidents]').data
        .filter(t => (t.meta || {}).role === 'incidents')
        .flatMap(t => t.customdata.map((c, i) => ({n: c[0].length, size: t.marker.size[i], hover: t.hovertext[i]})))""")
    two = [p for p in points if "2 articles" in p["hover"]]
    one = [p for p in points if "1 article," in p["hover"]]
    assert two and one and min(p["size"] for p in two) > max(p["size"] for p in one)
    assert all("Example Wire" in p["hover"] and "Daily Example" in p["hover"] for p in two if "Odesa" in p["hover"])
    watched.assert_clean()


def test_hostile_text_stays_text_in_the_corpus_page(corpus_page, open_page):
    corpus, path = corpus_page
    hostile = article_id(corpus, "hostile.txt")
    watched = open_corpus(open_page, path, to_hash(Filters(article=hostile)))
    page = watched.page
    headline = corpus.articles.set_index("article_id").loc[hostile, "headline"]
    labels = page.eval_on_selector_all("select[name=article] option", "els => els.map(e => e.textContent)")
    assert any(headline in label for label in labels)
    assert page.locator(f".ad-article[data-article='{hostile}'] .ad-article-title").inner_text().startswith(headline)
    assert page.evaluate("() => document.querySelectorAll('#article-dashboard script, #article-dashboard img[onerror]').length") == 0
    watched.assert_clean()  # no dialog, no page error, no request off the machine
