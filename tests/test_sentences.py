"""Our rule-based sentence splitter against pysbd, the library it stands in for.

pysbd costs about 35 ms of regex compilation in every fresh process (a third of
the load budget), so ``analysis.article.split_sentences`` applies the same
rules from ``data/abbreviations.csv``; this test keeps the two in agreement.
"""

from pathlib import Path

import pytest

from analysis import article

ROOT = Path(__file__).resolve().parents[1]
FILES = [ROOT / "seeds" / "000_c2fd614317067620.txt", *sorted((ROOT / "tests" / "articles").glob("*.txt"))]


def _paragraphs():
    for path in FILES:
        a = article.read_article(path)
        for p in article.paragraphs(a.text):
            if p.section in ("body", "caption"):
                yield a.text[p.start : p.end]


def test_agrees_with_pysbd_on_almost_every_paragraph():
    pysbd = pytest.importorskip("pysbd")
    segmenter = pysbd.Segmenter(language="en", clean=False)
    paragraphs = list(_paragraphs())
    differ = [
        chunk for chunk in paragraphs
        if [s.strip() for s in article.split_sentences(chunk) if s.strip()]
        != [s.strip() for s in segmenter.segment(chunk) if s.strip()]
    ]
    # the known difference: an unclosed quote that runs on into the next paragraph stays whole
    assert len(differ) <= len(paragraphs) * 0.02, differ


@pytest.mark.parametrize(
    "chunk, expected",
    [
        ("Gen. Mark Milley spoke. He left.", 2),
        ("The envoy met Stuart E. Jones in Baghdad. Talks ended.", 2),
        ("He works for the U.S. State Department. It said no.", 2),
        ("Troops left the U.S. The base closed.", 2),
        ("“We will go. We will fight,” he said. Then he left.", 2),
        ("It cost $3.5 million. Nobody paid.", 2),
        ("No quotes here and no end", 1),
        # wire copy writes a double mark as two apostrophes: the quote closes its sentence and holds its own together
        ("''We are refugees,'' she said. ''We are not terrorists.'' Mr. Zahed said no.", 3),
        ("''We will go. We will fight,'' he said. Then he left.", 2),
    ],
)
def test_hard_boundaries(chunk, expected):
    assert len([s for s in article.split_sentences(chunk) if s.strip()]) == expected
