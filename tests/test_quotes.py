"""Quotes: who said what, in which form, read off the seed article and hand-made cases."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.schema import ALLOWED, FRAMES
from conftest import QUOTE_MARKS, assert_typed, one_quote, quotes_containing, speaker_names

SEED_QUOTES = [
    ("return to their dens", "Akram al-Kaabi", "direct"),
    ("All is well", "Donald Trump", "direct"),
    ("so far, so good", "Donald Trump", "partial"),
    ("slap in the face", "Ali Khamenei", "direct"),
    ("We condemn this attack", "Dominic Raab", "direct"),
    ("do not seek escalation", "Mohammad Javad Zarif", "direct"),
    ("prepared to finish one", "Mark Esper", "direct"),
]


@pytest.mark.parametrize("substring, speaker, kind", SEED_QUOTES, ids=[q[1] + ":" + q[0] for q in SEED_QUOTES])
def test_seed_quote(seed, substring, speaker, kind):
    q = one_quote(seed, substring)
    assert q["speaker"] == speaker
    assert q["kind"] == kind
    assert seed.text[q["start"] : q["end"]] == q["text"]
    assert q["text"][0] not in QUOTE_MARKS and q["text"][-1] not in QUOTE_MARKS


def test_seed_has_seven_quote_marked_quotes(seed):
    marked = seed.quotes[seed.quotes["kind"].isin(["direct", "partial"])]
    assert len(marked) == 7, marked[["speaker", "text"]].to_dict("records")


def test_trump_quotes_are_separate(seed):
    whole = one_quote(seed, "All is well")
    partial = one_quote(seed, "so far, so good")
    assert whole["quote_id"] != partial["quote_id"]
    assert "so far" not in whole["text"]


def test_khamenei_quote_is_one_with_bracket(seed):
    q = one_quote(seed, "slap in the face")
    assert "[the US]" in q["text"]
    assert "not equivalent to what they did" in q["text"]


def test_raab_quote_keeps_three_sentences(seed):
    q = one_quote(seed, "We condemn this attack")
    for part in ("We condemn this attack", "concerned by reports of casualties", "pursue urgent de-escalation"):
        assert part in q["text"]
    assert len(quotes_containing(seed, "concerned by reports")) == 1


def test_pentagon_reported_speech(seed):
    q = one_quote(seed, "Iran has launched more than a dozen missiles")
    assert "Pentagon" in q["speaker"]
    assert q["kind"] == "reported"


def test_allies_reported_speech(seed):
    q = one_quote(seed, "none of their personnel had been killed")
    assert q["kind"] == "reported"
    assert speaker_names(q["speaker"]) == {"Iraq", "United Kingdom", "Australia", "Canada", "United States"}


def test_quote_spans_round_trip(seed):
    for row in seed.quotes.itertuples():
        assert 0 <= row.start < row.end <= len(seed.text)
        assert seed.text[row.start : row.end] == row.text


def test_direct_quotes_have_no_marks_at_ends(seed):
    for text in seed.quotes.loc[seed.quotes["kind"] != "reported", "text"]:
        assert text == text.strip()
        assert text[0] not in QUOTE_MARKS and text[-1] not in QUOTE_MARKS, text


def test_speaker_spans_point_at_the_speaker(seed):
    for row in seed.quotes.itertuples():
        if pd.isna(row.speaker_start):
            continue
        surface = seed.text[row.speaker_start : row.speaker_end]
        assert surface.strip(), row
        # the surface is a name, alias, pronoun or title; it never overlaps the quote itself
        assert row.speaker_end <= row.start or row.speaker_start >= row.end


@pytest.mark.parametrize("speaker, role, country", [
    ("Ali Khamenei", "supreme leader", "Iran"),
    ("Dominic Raab", "foreign secretary", "United Kingdom"),
    ("Mohammad Javad Zarif", "foreign minister", "Iran"),
    ("Mark Esper", "secretary of defense", "United States"),
    ("Donald Trump", "president", "United States"),
    ("Akram al-Kaabi", "head", "Iraq"),
])
def test_speaker_roles(seed, speaker, role, country):
    rows = seed.quotes[seed.quotes["speaker"] == speaker]
    assert len(rows) >= 1
    for row in rows.itertuples():
        assert role in row.speaker_role.lower()
        assert row.speaker_country == country


def test_al_kaabi_org(seed):
    assert one_quote(seed, "return to their dens")["speaker_org"] == "Harakat al-Nujaba"


@pytest.mark.parametrize("substring, stances", [
    ("return to their dens", {"threat"}),
    ("We condemn this attack", {"condemnation"}),
    ("All is well", {"reassurance"}),
    ("prepared to finish one", {"deterrence"}),
    ("do not seek escalation", {"deterrence", "de-escalation"}),
])
def test_stances(seed, substring, stances):
    assert one_quote(seed, substring)["stance"] in stances


def test_stance_values_allowed(seed):
    assert set(seed.quotes["stance"]) <= set(ALLOWED[("quotes", "stance")])
    assert set(seed.quotes["kind"]) <= set(ALLOWED[("quotes", "kind")])


def test_tone_is_bounded_float(seed):
    assert str(seed.quotes["tone"].dtype) == "float64"
    for tone in seed.quotes["tone"]:
        assert isinstance(tone, float) and not math.isnan(tone)
        assert -1.0 <= tone <= 1.0


def test_speaker_kinds(seed):
    assert one_quote(seed, "slap in the face")["speaker_kind"] == "person"
    assert one_quote(seed, "Iran has launched more than a dozen missiles")["speaker_kind"] in ("organization", "group")


# --- hand-made hard cases --------------------------------------------------------------

INTRO = "Foreign Minister Jane Okafor arrived in the capital on Tuesday for talks.\n"


def _single(ds, substring):
    q = one_quote(ds, substring)
    assert ds.text[q["start"] : q["end"]] == q["text"]
    return q


def test_speaker_after_quote(write_article):
    ds = write_article("“We will rebuild the bridge before winter,” said Foreign Minister Jane Okafor.\n")
    q = _single(ds, "rebuild the bridge")
    assert q["speaker"] == "Jane Okafor"
    assert q["kind"] == "direct"
    assert "foreign minister" in q["speaker_role"].lower()


def test_inverted_attribution(write_article):
    ds = write_article(INTRO + "“The talks were useful and frank,” Okafor said.\n")
    q = _single(ds, "talks were useful")
    assert q["speaker"] == "Jane Okafor"
    assert q["kind"] == "direct"


def test_speaker_before_with_colon(write_article):
    ds = write_article(INTRO + "Okafor said: “We expect an agreement by Friday.”\n")
    q = _single(ds, "agreement by Friday")
    assert q["speaker"] == "Jane Okafor"
    assert q["kind"] == "direct"


def test_pronoun_speaker_in_next_paragraph(write_article):
    ds = write_article(INTRO + "“We came here to listen to every side,” she said.\n")
    q = _single(ds, "came here to listen")
    assert q["speaker"] == "Jane Okafor"


def test_title_speaker(write_article):
    ds = write_article(INTRO + "“Nothing has been decided yet,” the minister said.\n")
    q = _single(ds, "Nothing has been decided")
    assert q["speaker"] == "Jane Okafor"


def test_multi_paragraph_quote(write_article):
    ds = write_article(
        INTRO
        + "“We will keep talking to every side, however long it takes.\n"
        + "“Nobody should doubt our resolve to end this war,” Okafor said.\n"
    )
    q = _single(ds, "every side")
    assert "our resolve" in q["text"]
    assert q["speaker"] == "Jane Okafor"
    assert len(ds.quotes[ds.quotes["kind"] != "reported"]) == 1


def test_straight_ascii_quotes(write_article):
    ds = write_article(INTRO + '"We are ready to sign the agreement," said Foreign Minister Jane Okafor.\n')
    q = _single(ds, "ready to sign")
    assert q["speaker"] == "Jane Okafor"
    assert q["kind"] == "direct"
    assert q["text"][0] not in QUOTE_MARKS and q["text"][-1] not in QUOTE_MARKS


def test_nested_single_quotes(write_article):
    ds = write_article(INTRO + "“They told us ‘wait and see’, but we cannot wait any longer,” said Foreign Minister Jane Okafor.\n")
    q = _single(ds, "wait and see")
    assert "cannot wait any longer" in q["text"]
    assert q["speaker"] == "Jane Okafor"
    assert len(ds.quotes[ds.quotes["kind"] != "reported"]) == 1


def test_unclosed_quote_at_end_does_not_raise(write_article):
    ds = write_article(INTRO + "Okafor said: “We will never accept this")
    for row in ds.quotes.itertuples():
        assert 0 <= row.start <= row.end <= len(ds.text)
        assert ds.text[row.start : row.end] == row.text


def test_no_quotes(write_article):
    ds = write_article("River levels rise after storms\nThe river rose two metres overnight. Farmers moved their cattle to higher ground.\n")
    assert ds.quotes.empty
    assert_typed(ds.quotes, "quotes")
    assert list(ds.quotes.columns) == list(FRAMES["quotes"])


def test_tabs_between_words_do_not_hide_the_speaker(write_article):
    ds = write_article(INTRO + "“We\twill respond,”\tsaid\tForeign Minister Jane Okafor.\n")
    assert _single(ds, "will respond")["speaker"] == "Jane Okafor"
