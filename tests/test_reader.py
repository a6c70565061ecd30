"""The article view: every character escaped, highlights exactly on the spans."""

import re
from pathlib import Path

import analysis
from analysis.dashboard import Filters, filter_dataset
from analysis.reader import Highlight, article_html, highlights

HOSTILE = Path(__file__).parent / "articles" / "hostile.txt"


def _visible_text(page: str) -> str:
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", page))


def test_hostile_text_is_shown_as_text_never_as_markup():
    ds = analysis.load(HOSTILE, published="2025-02-11")
    page = article_html(ds, highlights(ds))
    assert "<script>alert(1)</script>" not in page
    assert "<img src=x onerror" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)</script>" in _visible_text(page)


def test_every_article_character_is_shown(seed):
    page = _visible_text(article_html(seed, highlights(seed)))
    for line in seed.text.splitlines():
        if line.strip():
            assert line.strip() in page


def test_selected_speaker_quotes_are_marked(seed):
    shown = filter_dataset(seed, Filters(actor="Ali Khamenei"))
    page = article_html(seed, highlights(shown, mention_names=["Ali Khamenei"]))
    marked = re.findall(r'<mark class="quote"[^>]*>(.*?)</mark>', page, flags=re.S)
    assert any("slap in the face" in m for m in marked)
    assert not any("All is well" in m for m in marked)
    assert re.search(r'<mark class="mention"[^>]*>Ali Khamenei</mark>', page)


def test_overlapping_highlights_do_not_break_the_text(seed):
    q = seed.quotes.iloc[0]
    marks = [Highlight(int(q.start), int(q.end), "quote"), Highlight(int(q.start) + 2, int(q.start) + 8, "mention")]
    page = _visible_text(article_html(seed, marks))
    assert seed.text[int(q.start) : int(q.end)] in page
