"""Property tests: any readable text loads, every span lies in the text and covers visible text, ids are unique."""

from __future__ import annotations

import tempfile
import unicodedata
from itertools import count
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis.article import is_blank
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


# Hostile text: any character but surrogates and NUL (control, format, private-use,
# unassigned, line separators), and fragments that make the extractors fire on it.
_ANY = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
HOSTILE = st.lists(
    st.one_of(
        st.text(alphabet=_ANY, max_size=12),
        st.sampled_from([
            "“", "”", "\"", "‘", "’", "«", "»", "„", "'", " said ", " told reporters: ", "Jane Okafor", "Ja\u200bne Oka\u00adfor",
            "Mayor Eve Doe of Millbrook", "Is it", "Us", "in March", "Bagh\u200bdad", "Iran", "Iraqi", " fired missiles at ",
            " killed ", " by a US drone strike", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x1b[31m", "\u200f", "\ufeff",
            "<b>", "</b>", "<script>alert(1)</script>", "{{ x }}", ". ", "! ", "… ", "U.S. ", "Gen. ", "- Advertisement -\n",
            "EPA/ALI ABBAS\n", "🇮🇶", "👨‍👩‍👧", "نحن", "שלום", "\n", "\n\n", "  ", "\t",
        ]),
    ),
    max_size=40,
).map("".join)


def _expect_error(text: str) -> bool:
    t = text[1:] if text.startswith("\ufeff") else text
    return is_blank(t) or t.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))


def _visible(text: str) -> bool:
    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in text)


def _check(text: str, published, *, may_fail: bool = False):
    path = Path(_DIR.name) / f"a{next(_COUNTER)}.txt"
    path.write_bytes(text.encode("utf-8"))
    try:
        if _expect_error(text):
            with pytest.raises(analysis.ArticleError) as excinfo:
                analysis.load(path, published=published)
            assert "\n" not in str(excinfo.value)
            return
        try:
            ds = analysis.load(path, published=published)
        except analysis.ArticleError as err:  # hostile bytes may be refused, with the one documented error
            assert may_fail, err
            assert type(err) is analysis.ArticleError and "\n" not in str(err)
            return
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
            assert 0 <= row.start < row.end <= n, (name, row)
            assert _visible(ds.text[row.start : row.end]), (name, row)
        if name in SPAN_TEXT:
            for s, e, t in zip(df["start"], df["end"], df[SPAN_TEXT[name]]):
                assert ds.text[s:e] == t, name
    q = ds.quotes
    assert ((q["speaker_via"] == "none") == q["speaker_start"].isna()).all()
    assert not ((q["speaker_via"] == "none") & (q["speaker"] != "")).any()
    for s, e in zip(q["speaker_start"].dropna(), q["speaker_end"].dropna()):
        assert 0 <= s < e <= n and _visible(ds.text[s:e])
    for t in ds.sentences["text"]:
        assert len(t.splitlines()) == 1, t


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


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=HOSTILE, published=PUBLISHED)
def test_hostile_text(text, published):
    _check(text, published, may_fail=True)
