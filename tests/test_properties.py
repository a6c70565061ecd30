"""Property tests: any readable text loads, every span lies in the text, ids are unique."""

from __future__ import annotations

import tempfile
from itertools import count
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis.schema import FRAMES, SPAN_TEXT

ID_COLUMN = {name: next(iter(cols)) for name, cols in FRAMES.items()}

_DIR = tempfile.TemporaryDirectory(prefix="analysis-props-")
_COUNTER = count()

# printable unicode: letters, marks, numbers, punctuation, symbols, spaces (no control
# characters or surrogates), plus newlines and every kind of quote mark
_CHARS = st.characters(categories=("L", "M", "N", "P", "S", "Zs"))
PLAIN = st.text(alphabet=st.one_of(_CHARS, st.sampled_from(list("“”\"‘’'\n\n\r\t"))), max_size=400)

FRAGMENTS = st.lists(
    st.sampled_from([
        "said", "says", "told", "“", "”", "\"", "‘", "’", "Iran", "Iraq", "Iraqi", ",", ".", ":", "\n", "\n\n",
        "the minister", "she", "he", "Foreign Minister", "Jane Okafor", "Okafor", "Baghdad", "Kuwait",
        "missiles", "launched", "withdraw", "troops", "from", "to", "last week", "20 July 2015",
        "- Advertisement -", "EPA/ALI ABBAS", " ", "We", "attack", "[the US]", "Mr.", "E.", "(", ")",
        "killed", "drone strike", "Village of Qaryat Zorbek", "\u00a0", "…", "!", "?",
    ]),
    max_size=60,
).map(" ".join)

SHUFFLED = st.lists(
    st.sampled_from([
        "Foreign Minister Jane Okafor said",
        "“We will not stop,” she said.",
        "“We condemn this attack",
        "Iran has launched more than a dozen missiles at Iraqi bases, officials said.",
        "US allies began leaving Baghdad for Kuwait.",
        "the minister said: “",
        "”",
        "\n",
        "The killing last week of a commander by a US drone strike.",
    ]),
    max_size=25,
).map(lambda parts: "".join(p if p == "\n" else p + " " for p in parts))


def _expect_error(text: str) -> bool:
    t = text[1:] if text.startswith("\ufeff") else text
    return not t.strip() or t.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))


def _check(text: str, published):
    path = Path(_DIR.name) / f"a{next(_COUNTER)}.txt"
    path.write_bytes(text.encode("utf-8"))
    try:
        if _expect_error(text):
            with pytest.raises(analysis.ArticleError) as excinfo:
                analysis.load(path, published=published)
            assert "\n" not in str(excinfo.value)
            return
        ds = analysis.load(path, published=published)
    finally:
        path.unlink()
    n = len(ds.text)
    for name, df in ds.frames().items():
        assert list(df.columns) == list(FRAMES[name])
        ids = df[ID_COLUMN[name]]
        assert ids.is_unique, (name, list(ids))
        if "start" not in df:
            continue
        rows = df[df["source"] == "article"] if "source" in df else df
        for row in rows.itertuples():
            if pd.isna(row.start):
                assert name in ("actors", "movements"), (name, row)
                continue
            assert 0 <= row.start <= row.end <= n, (name, row)
        if name in SPAN_TEXT:
            for s, e, t in zip(df["start"], df["end"], df[SPAN_TEXT[name]]):
                assert ds.text[s:e] == t, name


PUBLISHED = st.sampled_from([None, "2025-03-01"])
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text=PLAIN, published=PUBLISHED)
def test_any_text(text, published):
    _check(text, published)


@SETTINGS
@given(text=FRAGMENTS, published=PUBLISHED)
def test_fragment_soup(text, published):
    _check(text, published)


@SETTINGS
@given(text=SHUFFLED, published=PUBLISHED)
def test_shuffled_sentences(text, published):
    _check(text, published)
