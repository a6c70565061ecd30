"""Date expressions and publication dates (analysis.extract.dates) on short texts of our own."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.extract.dates import dateline, dates_in, earliest_day, runs_past_publication, shifted

PUBLISHED = date(2025, 3, 14)  # a Friday


def _first(text: str, published=PUBLISHED):
    found = dates_in(text, 0, len(text), published)
    assert found, text
    return found[0]


@pytest.mark.parametrize("text, day, precision, basis", [
    ("The talks ended on Friday.", date(2025, 3, 14), "day", "relative"),
    ("The talks ended Wednesday.", date(2025, 3, 12), "day", "relative"),
    ("The talks ended last Friday.", date(2025, 3, 7), "day", "relative"),  # in a Friday's paper: a week back
    ("The talks ended last week.", date(2025, 3, 3), "week", "relative"),
    ("The talks ended over the weekend.", date(2025, 3, 3), "week", "relative"),  # Friday's paper: the weekend before
    ("The talks ended on 3 January 2025.", date(2025, 1, 3), "day", "explicit"),
    ("The talks ended on Jan. 8, 2024.", date(2024, 1, 8), "day", "explicit"),
    ("The talks ended on March 2.", date(2025, 3, 2), "day", "explicit"),
    ("The vote is set for the May 20 session.", date(2025, 5, 20), "day", "explicit"),  # ahead in the paper's year
    ("The talks ended on Dec. 28.", date(2024, 12, 28), "day", "explicit"),  # more than half a year ahead: last year's
    ("The talks ended in May 2017.", date(2017, 5, 1), "month", "explicit"),
    ("The talks ended two days ago.", date(2025, 3, 12), "day", "relative"),
    ("The talks ended five months ago.", date(2024, 10, 1), "month", "relative"),  # across a year's end
    ("The talks ended three or four months ago.", date(2024, 11, 1), "month", "relative"),  # the farther
    ("The talks ended a month ago.", date(2025, 2, 1), "month", "relative"),
    ("The talks ended two years ago.", date(2023, 1, 1), "year", "relative"),
    ("In 2019, the talks ended.", date(2019, 1, 1), "year", "explicit"),
    ("The talks ended in late 2014.", date(2014, 1, 1), "year", "explicit"),  # a sentence's first word is capitalised
    ("In February, the talks ended.", date(2025, 2, 1), "month", "explicit"),  # this year's February
    ("The talks ended in mid-March.", date(2025, 3, 1), "month", "explicit"),
    ("The talks ended in November.", date(2024, 11, 1), "month", "explicit"),  # a month after publication's: last year's
])
def test_dates_resolve_against_publication(text, day, precision, basis):
    d = _first(text)
    assert (d.date, d.precision, d.basis) == (day, precision, basis)


def test_relative_dates_without_publication_keep_their_words_undated():
    d = _first("The talks ended on Friday.", published=None)
    assert d.date is None and d.basis == "relative" and d.text == "on Friday"


@pytest.mark.parametrize("text", ["THE TALKS ENDED LAST WEEK.", "Talks in São Paulo ended last week."])
def test_relative_dates_are_read_in_capitals_and_beside_accented_words(text):
    # (a pattern is skipped when its words are missing: capitals and non-ASCII letters must not hide them)
    d = _first(text)
    assert (d.date, d.precision, d.text.lower()) == (date(2025, 3, 3), "week", "last week")


def test_a_month_and_day_without_a_year_needs_a_publication_date():
    assert not [d for d in dates_in("It ended on March 2.", 0, 12, None) if d.date is not None]


def test_an_anchor_names_the_event_it_refers_to():
    d = _first("Shortly after the strikes, the ministry spoke.")
    assert d.basis == "anchor" and d.anchor == "attack"


@pytest.mark.parametrize("head, published", [
    ("Published 8 January 2020\nIran fired missiles.", date(2020, 1, 8)),
    ("Updated at 1:33 p.m. on Thursday, March 29, 2018. UPDATE: The inmates were caught.", date(2018, 3, 29)),
    ("CTV News Published Saturday, March 31, 2018 1:19PM CST\n\nA man is in custody.", date(2018, 3, 31)),
    ("Fighting near Pokrovsk\nKYIV, March 14 (Reuters) - Russian troops attacked. A photo from March 12, 2025.", date(2025, 3, 14)),
    ("SEOUL, May 8 (Yonhap) -- North Korea fired missiles in its 2025 drills.", date(2025, 5, 8)),
])
def test_publication_dates_from_the_top_of_the_text(head, published):
    assert dateline(head) == published


@pytest.mark.parametrize("head", [
    "Jan. 8 (Reuters) - Iran fired missiles at two bases.",  # a wire dateline with no year anywhere: no guess
    "The talks began on 3 January 2020 and went on for weeks, officials said in a long statement on the matter.",
    "",
])
def test_no_publication_date_is_guessed(head):
    assert dateline(head) is None


@pytest.mark.parametrize("text", ["She lives in Mayfair.", "The vote in November 2024 was close."])
def test_a_month_alone_is_a_whole_word_and_yields_to_a_stated_year(text):
    found = dates_in(text, 0, len(text), PUBLISHED)
    assert all(d.precision != "month" or d.date.year == 2024 for d in found) and len(found) <= 1


@pytest.mark.parametrize("text, offset, unit, within", [
    ("Two days after the attack, the ministry spoke.", 2, "day", False),
    ("Less than a week after the strikes, the ministry spoke.", 1, "week", True),
    ("Three months before the killing, the ministry spoke.", -3, "month", False),
])
def test_an_anchor_says_how_long_after_the_event_it_refers_to(text, offset, unit, within):
    found = dates_in(text, 0, len(text), PUBLISHED)
    assert len(found) == 1  # the plain "after the attack" inside it is not read again
    d = found[0]
    assert (d.basis, d.offset, d.offset_unit, d.within) == ("anchor", offset, unit, within)


@pytest.mark.parametrize("text, day, precision", [
    ("Two days after the attack, the ministry spoke.", date(2025, 3, 5), "day"),
    ("Less than a week after the strikes, the ministry spoke.", date(2025, 3, 3), "week"),
    ("Three months before the killing, the ministry spoke.", date(2024, 12, 1), "month"),
    ("After the attack, the ministry spoke.", date(2025, 3, 3), "day"),
])
def test_an_anchor_is_dated_from_the_event_it_refers_to(text, day, precision):
    assert shifted(_first(text), date(2025, 3, 3), "day") == (day, precision)


@pytest.mark.parametrize("text, runs_on", [
    ("The senator spoke late Friday night. On Saturday morning the governor answered.", True),
    ("The senator spoke on Friday evening. The governor answered Saturday.", True),
    ("The senator spoke on Friday. The governor answered Saturday.", False),  # no night of the paper's day
    ("The senator spoke late Friday night. The governor had answered last Saturday.", False),
])
def test_a_story_that_follows_its_day_into_the_night_runs_on_to_the_next(text, runs_on):
    assert runs_past_publication(text, PUBLISHED) is runs_on  # PUBLISHED is a Friday
    assert not runs_past_publication(text, None)


def test_over_the_weekend_on_a_monday_is_the_week_before():
    d = _first("The talks ended over the weekend.", published=date(2025, 3, 17))
    assert (d.date, d.precision) == (date(2025, 3, 10), "week")


@pytest.mark.parametrize("text, day, precision", [
    # a weekday with "last week" or "next week" after it is that day of that week, not the latest such day
    ("The talks ended on Wednesday last week.", date(2025, 3, 5), "day"),
    ("The talks ended on Monday of last week.", date(2025, 3, 3), "day"),
    ("The talks will resume on Tuesday next week.", date(2025, 3, 18), "day"),
    ("On Monday last week, the talks ended.", date(2025, 3, 3), "day"),
    # "this past weekend" is the weekend before, as "over the weekend" is
    ("The talks ended this past weekend.", date(2025, 3, 3), "week"),
    # not: a weekday and "last week" in two phrases
    ("The talks ended on Wednesday; last week the army withdrew.", date(2025, 3, 12), "day"),
])
def test_a_weekday_of_last_or_next_week(text, day, precision):
    d = _first(text)
    assert (d.date, d.precision, d.basis) == (day, precision, "relative")


def test_a_weekday_of_last_week_stands_for_the_last_week_it_holds():
    found = dates_in("On Monday last week, the talks ended.", 0, 37, PUBLISHED)
    assert [(d.text, d.date) for d in found] == [("Monday last week", date(2025, 3, 3))]


@pytest.mark.parametrize("text, published, weekday", [
    # a possessive "last week's" / "next week's" is the noun's, not the weekday's: the weekday reads as it does alone
    ("The minister said on Wednesday last week's attack was an act of terror.", PUBLISHED, "on Wednesday"),
    ("The minister said on Wednesday last week’s attack was an act of terror.", PUBLISHED, "on Wednesday"),
    ("The minister said on Wednesday next week's vote would be delayed.", date(2025, 3, 10), "on Wednesday"),
    ("Officials confirmed on Tuesday last week's ceasefire had collapsed.", PUBLISHED, "on Tuesday"),
])
def test_a_weekday_before_a_possessive_week_is_read_alone(text, published, weekday):
    got = dates_in(text, 0, len(text), published)
    alone = _first(f"It happened {weekday}.", published)
    assert [(d.text, d.date) for d in got if d.precision == "day"] == [(weekday, alone.date)], got
    if "last week" in text:  # the possessive week stays a date of its own, the week before publication's
        assert [d.text for d in got if d.precision == "week"] == ["last week"], got


@pytest.mark.parametrize("text, day, words", [
    # a part of a month with no day or year ("the end of March") is that month, read as a month alone is, its words whole
    ("The talks ended at the end of February.", date(2025, 2, 1), "at the end of February"),
    ("By the end of January, the talks had ended.", date(2025, 1, 1), "By the end of January"),
    ("The talks began at the beginning of March.", date(2025, 3, 1), "at the beginning of March"),
    ("The talks ended toward the middle of November.", date(2024, 11, 1), "toward the middle of November"),  # last year's
    ("The talks ended in the second half of January.", date(2025, 1, 1), "in the second half of January"),
])
def test_a_part_of_a_month_is_that_month(text, day, words):
    d = _first(text)
    assert (d.date, d.precision, d.basis, d.text) == (day, "month", "explicit", words)


@pytest.mark.parametrize("text, day, precision", [
    # not: a day or a year written after the month still counts ("the end of March 2019", "the end of March 3")
    ("The talks ended at the end of March 2019.", date(2019, 3, 1), "month"),
    ("The talks ended at the end of January 3.", date(2025, 1, 3), "day"),
])
def test_a_part_of_a_month_yields_to_a_stated_day_or_year(text, day, precision):
    found = dates_in(text, 0, len(text), PUBLISHED)
    assert [(d.date, d.precision) for d in found] == [(day, precision)]


@pytest.mark.parametrize("text", [
    # a month that opens a name is no month: the part is of the name's event
    "Police arrested fans at the end of March Madness.",
    "Crowds gathered in the middle of May Day rallies.",
    "The strike began at the start of June Festival week.",
])
def test_a_month_opening_a_name_is_no_part_of_a_month(text):
    assert [d.text for d in dates_in(text, 0, len(text), PUBLISHED) if d.precision == "month"] == []


@pytest.mark.parametrize("text, words", [
    # not: a month at the end of a line, or before a comma or a lower-case word, is still the month
    ("Talks resume at the end of March\nThe talks stalled.", "at the end of March"),
    ("At the end of March, Police Chief Ana Ruiz resigned.", "At the end of March"),
    ("At the end of March police arrested 20 fans.", "At the end of March"),
])
def test_a_part_of_a_month_before_no_name_is_still_the_month(text, words):
    assert [d.text for d in dates_in(text, 0, len(text), PUBLISHED) if d.precision == "month"] == [words]


def test_a_part_of_a_month_needs_a_publication_date():
    text = "The talks ended at the end of March."
    assert all(d.date is None for d in dates_in(text, 0, len(text), None))


# --- data/dates.csv's rules: compiled at their first search ----------------------------------------------------


def test_every_date_rule_requires_the_words_its_compiled_pattern_does():
    import re

    from analysis import reference
    from analysis.extract import dates as dates_mod

    rows = reference.table("dates")
    assert rows
    for row in rows:
        text = row["pattern"]
        assert dates_mod._required_words_of(text, 0) == dates_mod.required_words(re.compile(text)), text


def test_a_date_rule_is_compiled_only_when_a_text_holds_its_words():
    from analysis.extract import dates as dates_mod

    dates_mod._rule_pattern.cache_clear()
    try:
        assert dates_mod.relative_dates("The council met to discuss the budget.", 0, 38, date(2024, 5, 8)) == []
        gated = sum(1 for _, words, *_ in dates_mod._relative_rules() if words)
        assert dates_mod._rule_pattern.cache_info().currsize == len(dates_mod._relative_rules()) - gated
        text = "Two people were hurt yesterday, police said."
        found = dates_mod.relative_dates(text, 0, len(text), date(2024, 5, 8))
        assert [(d.text, d.date) for d in found] == [("yesterday", date(2024, 5, 7))]
        assert dates_mod._rule_pattern.cache_info().currsize < len(dates_mod._relative_rules())
    finally:
        dates_mod._rule_pattern.cache_clear()


@pytest.mark.parametrize("text, first", [
    ("The talks ended at the end of March.", date(2025, 3, 21)),
    ("The talks ended in late March.", date(2025, 3, 21)),
    ("The talks ended in the second half of March.", date(2025, 3, 16)),
    ("The talks ended in mid-March.", date(2025, 3, 11)),
    ("The talks ended in early March.", date(2025, 3, 1)),
    ("The talks ended in March.", date(2025, 3, 1)),
    ("The talks ended on Friday.", date(2025, 3, 14)),
])
def test_the_earliest_day_a_part_of_a_month_can_mean(text, first):
    # a past verb dated so in an earlier-March paper is told of last year's March (events.date_of reads this)
    assert earliest_day(_first(text)) == first
