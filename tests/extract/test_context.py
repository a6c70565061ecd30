"""Outside context (analysis.extract.context): a fact applies only when its rule and its date fit the article."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis.extract.context import in_window, rule_matches


@pytest.mark.parametrize("rule, text, matches", [
    ("Iran|missile", "Iran fired missiles at bases in Iraq.", True),              # a plural of the term counts
    ("Iran|missile", "Iranian missiles hit two bases.", False),                   # "Iran" inside "Iranian" does not
    ("Iran/Iranian|missile", "Iranian missiles hit two bases.", True),           # unless the demonym is a spelling
    ("Iran|missile", "The Iran nuclear deal was discussed.", False),              # every term is needed
    ("Suleimani/Soleimani|killing", "the killing of Qasem Soleimani", True),
    ("missile", "The missileer retired.", False),                                 # whole words only
    ("", "anything", False),                                                     # an empty rule applies nowhere
])
def test_rule_matches(rule, text, matches):
    assert rule_matches(rule, text) is matches


@pytest.mark.parametrize("fact, published, inside", [
    ("2020-01-08", date(2020, 1, 8), True),
    ("2020-02-21", date(2020, 1, 8), False),   # after publication: the article cannot know it
    ("2018-01-08", date(2020, 1, 8), False),   # more than a year before: no longer this story's background
    ("2020-01-08", None, False),               # no publication date: a dated fact is not attached
    ("", None, True),                          # an undated fact is not bound to a time
    ("not a date", date(2020, 1, 8), False),
])
def test_in_window(fact, published, inside):
    assert in_window(fact, published) is inside


def test_the_seed_gets_no_fact_dated_after_it(seed):
    ctx = seed.events[seed.events["source"] == "context"]
    assert len(ctx) >= 1
    assert (ctx["date"] <= pd.Timestamp(seed.published)).all()
    assert not ctx["note"].str.contains("21 February 2020").any()


def test_a_story_the_facts_do_not_fit_gets_none(write_article):
    # the Iran-missile-Iraq rule matches, but the facts are from 2020: a 2025 story gets none of them
    text = "North Korea fires missiles\nNorth Korea fired two missiles on Tuesday; Iran and Iraq said nothing.\n"
    assert (write_article(text, published="2025-05-08").events["source"] == "context").sum() == 0


def test_words_in_credits_or_boilerplate_do_not_apply_facts(write_article):
    text = ("Markets rise\nShares rose on Tuesday in Tehran.\n"
            "Photo: Iran missile Iraq archive / REUTERS\n- Advertisement -\n")
    ds = write_article(text, published="2020-01-09")
    assert (ds.events["source"] == "context").sum() == 0
