"""benchmarks/score_merge.py: matching labelled mentions to events, pairwise and B³ scores, hard negatives."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import score_merge as sm  # noqa: E402


def mention(ts, te, ss=0, se=100):
    return {"trigger_start": ts, "trigger_end": te, "sentence_start": ss, "sentence_end": se}


def test_match_takes_the_shortest_event_over_the_trigger_and_nothing_else():
    events = [("long", "i1", 0, 90, False), ("short", "i2", 10, 20, False), ("elsewhere", "i3", 150, 160, False)]
    assert sm.match(mention(12, 15), events) == ("short", "i2", "trigger")
    # another event of the sentence is not the labelled happening: unmatched, left out of the scores
    assert sm.match(mention(95, 99), events) == ("", "", "")
    assert sm.match(mention(300, 305, 290, 320), events) == ("", "", "")


def test_the_words_of_a_quote_do_not_match_the_statement_that_quotes_them():
    # "the attacks" inside a spokesman's quote: the statement is not the attacks
    events = [("statement", "i1", 0, 90, True), ("attack", "i2", 40, 47, False)]
    assert sm.match(mention(12, 15), events) == ("", "", "")
    assert sm.match(mention(41, 46), events) == ("attack", "i2", "trigger")


def test_loose_matching_keeps_the_earlier_rule_for_comparison():
    events = [("quote", "i1", 0, 90, True), ("short", "i2", 10, 20, False)]
    assert sm.match(mention(30, 35), events, loose=True) == ("quote", "i1", "trigger")
    assert sm.match(mention(95, 99), events, loose=True) == ("quote", "i1", "sentence")


def test_pairwise_counts_pairs_and_pairs_across_articles():
    gold = ["a", "a", "a", "b"]
    system = ["x", "x", "y", "x"]
    docs = ["d1", "d2", "d2", "d2"]
    # merged pairs: (0,1) right, (0,3) wrong, (1,3) wrong; wanted: (0,1), (0,2), (1,2)
    assert sm.pairwise(gold, system, docs) == (1, 3, 3)
    # across articles only: merged (0,1) right and (0,3) wrong; wanted (0,1), (0,2)
    assert sm.pairwise(gold, system, docs, across=True) == (1, 2, 2)


def test_b_cubed_of_a_perfect_and_of_an_all_in_one_clustering():
    gold = ["a", "a", "b"]
    assert sm.b_cubed(gold, ["x", "x", "y"]) == (1.0, 1.0, 1.0)
    p, r, _ = sm.b_cubed(gold, ["x", "x", "x"])
    assert r == 1.0 and p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def test_hard_negatives_count_confusable_incidents_sharing_a_system_incident():
    gold = ["a", "b", "c", "d"]
    system = ["x", "x", "y", "z"]
    confusable = {frozenset(("a", "b")), frozenset(("c", "d")), frozenset(("a", "missing"))}
    merged, scored, listed = sm.hard_negatives(gold, system, confusable)
    assert (merged, scored, listed) == (1, 2, ["a ~ b"])


def test_every_incident_falls_in_one_split_and_stays_there():
    ids = [f"incident-{i}" for i in range(200)]
    halves = [sm.split_of(i) for i in ids]
    assert set(halves) == {"dev", "check"}
    assert 60 < halves.count("dev") < 140  # roughly half each
    assert [sm.split_of(i) for i in ids] == halves  # the same every run, whatever else is labelled


def test_a_labelled_speech_verb_matches_the_statement_whose_cue_it_is():
    # '"We will win," she said.' — the statement event spans the quote (1-13), its cue is "said" (19-23)
    said = {**mention(19, 23, 0, 25), "trigger_text": "said"}
    events = [("statement", "i1", 1, 13, "said")]
    assert sm.match(said, events) == ("statement", "i1", "cue")
    # an unquoted event over the trigger still wins
    assert sm.match(said, events + [("speech", "i2", 19, 23, False)]) == ("speech", "i2", "trigger")


def test_a_speech_verb_that_is_not_the_cue_or_is_in_another_sentence_does_not_match():
    events = [("statement", "i1", 1, 13, "said")]
    # "tweeted" is not this quote's cue ('"We will win," she said, and later tweeted it.')
    assert sm.match({**mention(35, 42, 0, 50), "trigger_text": "tweeted"}, events) == ("", "", "")
    # "said" in the next sentence, which the quote is not in
    assert sm.match({**mention(60, 64, 50, 70), "trigger_text": "said"}, events) == ("", "", "")
    # a quote marked only as quoted (no cue known) is matched by nothing outside it
    assert sm.match({**mention(19, 23, 0, 25), "trigger_text": "said"}, [("statement", "i1", 1, 13, True)]) == ("", "", "")
