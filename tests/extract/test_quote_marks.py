"""Quote marks of every common style pair into quote spans (analysis.extract.quote_marks)."""

from __future__ import annotations

import pytest


def _quoted(doc, text):
    d = doc(text)
    return [d.text[s.content_start : s.content_end] for s in d.quote_spans]


@pytest.mark.parametrize("text, expected", [
    ("“We will win,” she said.", ["We will win,"]),
    ('"We will win," she said.', ["We will win,"]),
    ("‘We will win,’ she said.", ["We will win,"]),
    ("'We will win,' she said.", ["We will win,"]),
    ("''We will win,'' she said.", ["We will win,"]),
    ("«We will win», she said.", ["We will win"]),
    ("„We will win“, she said.", ["We will win"]),
])
def test_each_style_pairs_into_one_quote(doc, text, expected):
    assert _quoted(doc, text) == expected


@pytest.mark.parametrize("text", [
    "The players’ union said it didn’t agree.",
    "It's the '90s again, and rock 'n' roll is back.",
    "Rock ’n’ roll doesn’t die, the band’s manager said.",
])
def test_apostrophes_are_not_quote_marks(doc, text):
    assert _quoted(doc, text) == []


def test_uk_single_quote_keeps_its_apostrophes_inside(doc):
    assert _quoted(doc, "‘We don’t accept it and we won’t,’ the minister said.") == ["We don’t accept it and we won’t,"]


def test_a_quote_inside_a_quote_stays_inside(doc):
    assert _quoted(doc, "“They told us ‘wait and see’, but we cannot wait,” she said.") == [
        "They told us ‘wait and see’, but we cannot wait,"
    ]
    assert _quoted(doc, "‘He said “never” to me,’ she said.") == ["He said “never” to me,"]


def test_a_quote_running_over_paragraphs_is_one_span(doc):
    text = "“We will keep going however long it takes.\n“Nobody should doubt us,” she said.\n"
    assert _quoted(doc, text) == ["We will keep going however long it takes.\n“Nobody should doubt us,"]


def test_an_unclosed_double_mark_ends_at_its_paragraph(doc):
    d = doc("She said: “We will never accept this\nThe talks ended.")
    [span] = d.quote_spans
    assert not span.closed and d.text[span.content_start : span.content_end] == "We will never accept this"


def test_an_unclosed_single_mark_is_an_apostrophe(doc):
    assert _quoted(doc, "The ‘plan was dropped on Monday.") == []


def test_a_straight_mark_inside_a_curly_quote_does_not_close_it(doc):
    text = '“Residents of Grafton\'s Mill" and the hamlet will face a detour, and I am sorry,” Doe said.'
    assert _quoted(doc, text) == ['Residents of Grafton\'s Mill" and the hamlet will face a detour, and I am sorry,']


def test_three_apostrophes_close_the_inner_single_quote_then_the_double_one(doc):
    text = "''Voters will not settle for 'we will wait and see,''' said Okafor. '''Later,''' she replied."
    assert _quoted(doc, text) == ["Voters will not settle for 'we will wait and see,'", "'Later,'"]


def test_a_word_quoted_inside_a_quote_with_the_same_curly_marks_stays_inside(doc):
    text = "“We will bomb the “hell” out of them and see what happens,” Reyes said. “Nobody doubts it.”"
    assert _quoted(doc, text) == ["We will bomb the “hell” out of them and see what happens,", "Nobody doubts it."]


def test_a_curly_mark_still_closes_what_a_german_or_mistyped_mark_opened(doc):
    assert _quoted(doc, "Er sagte „Wir gewinnen“, und ging.") == ["Wir gewinnen"]
    assert _quoted(doc, "He called them “criminals“ and worse.") == ["criminals"]


def test_straight_and_curly_marks_mixed_quote_by_quote_pair_per_quote(doc):
    text = '“We are going to win so much," Reyes said. "You will be so happy.” Then he left.'
    assert _quoted(doc, text) == ["We are going to win so much,", "You will be so happy."]
