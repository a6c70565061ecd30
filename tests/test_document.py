"""The parsed document: one pass over the text that every extractor reads."""

from __future__ import annotations

import unicodedata

import pytest

import analysis
from analysis import article as art
from analysis.document import nfc_same_length, parse


def _doc(text: str, published: str | None = "2025-03-01"):
    return parse(art.Article(text, "test.txt", None, "digest"))


def test_norm_has_the_length_of_the_text_and_reads_through_markup():
    doc = _doc("The <b>mayor</b>, Eve Doe, said the road would reopen.\n")
    assert len(doc.norm) == len(doc.text)
    assert "<b>" not in doc.norm and "mayor" in doc.norm
    assert [t.text for t in doc.tokens_in(0, 20)] == ["The", "mayor"]


def test_tokens_in_returns_only_whole_words_inside_the_range():
    doc = _doc("Alpha beta gamma delta.\n")
    assert [t.text for t in doc.tokens_in(2, 15)] == ["beta"]
    assert [t.text for t in doc.tokens_in(0, 100, limit=2)] == ["Alpha", "beta"]
    assert doc.tokens_in(5, 5) == []


@pytest.mark.parametrize("word", ["Émile", "José", "Zoë", "Ångström"])
def test_nfc_padding_keeps_offsets_and_composes_letters(word):
    decomposed = unicodedata.normalize("NFD", f"Mayor {word} Doe spoke.")
    padded = nfc_same_length(decomposed)
    assert len(padded) == len(decomposed)
    assert padded.replace("\u200b", "") == unicodedata.normalize("NFC", decomposed)


def test_a_name_in_nfd_is_read_like_the_same_name_in_nfc(tmp_path):
    text = "Mayor Zoë Brönte said: “The bridge will reopen on Monday after repairs.”\n"
    rows = {}
    for form in ("NFC", "NFD"):
        path = tmp_path / f"{form}.txt"
        path.write_text(unicodedata.normalize(form, text), encoding="utf-8")
        ds = analysis.load(path, published="2025-03-01", context=False)
        for _, q in ds.quotes.iterrows():  # every span still slices the text as read
            assert ds.text[q.start : q.end] == q.text
        rows[form] = (
            [(unicodedata.normalize("NFC", s), k) for s, k in zip(ds.quotes.speaker, ds.quotes.kind)],
            sorted(unicodedata.normalize("NFC", n) for n in ds.actors.name),
        )
    assert rows["NFC"] == rows["NFD"]
    assert rows["NFC"][0] == [("Zoë Brönte", "direct")]
