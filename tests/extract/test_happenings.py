"""Happenings a noun names (analysis.extract.happenings): "Tuesday's primary", "the Republican debate in Las Vegas".

Every sentence here is our own; the expectations are what the sentence says. Articles are published on
Wednesday 3 February 2016, so "Monday" is 1 February and "Tuesday" 2 February.
"""

from __future__ import annotations

import pytest

HEAD = "Headline of the day\n"
PUBLISHED = "2016-02-03"


def _happenings(write_article, text, kind=None):
    ds = write_article(HEAD + text + "\n", published=PUBLISHED, context=False)
    ev = ds.events[ds.events["source"] == "article"]
    return ds, (ev[ev["event_type"] == kind] if kind else ev)


@pytest.mark.parametrize("sentence, kind, trigger, actor, place, day", [
    ("Sen. Ted Cruz won the Iowa caucuses on Monday.", "vote", "caucuses", "", "Iowa", "2016-02-01"),
    ("Tuesday's primary in New Hampshire drew a record turnout.", "vote", "primary", "", "New Hampshire", "2016-02-02"),
    ("Donald Trump attacked Jeb Bush at the Republican debate in Las Vegas on Tuesday.", "debate", "debate",
     "Republican Party", "Las Vegas", "2016-02-02"),
    ("President Barack Obama's State of the Union address ran long.", "speech", "State of the Union address",
     "Barack Obama", "", None),
    ("The San Bernardino shooting shocked the country.", "attack", "shooting", "", "San Bernardino", None),
    ("Hillary Clinton's victory in Iowa was narrow.", "win", "victory", "Hillary Clinton", "Iowa", None),
])
def test_a_noun_names_a_happening_with_its_actor_place_and_date(write_article, sentence, kind, trigger, actor, place, day):
    ds, found = _happenings(write_article, sentence, kind)
    assert len(found) == 1, ds.events[["action", "event_type", "actor", "location"]].to_dict("records")
    row = found.iloc[0]
    assert ds.text[row["start"]:row["end"]] == trigger  # the span is the noun, not the sentence
    assert (row["actor"], row["location"]) == (actor, place)
    if day:
        assert str(row["date"])[:10] == day and row["date_basis"] in ("relative", "explicit")
    else:
        assert row["date_basis"] == "publication"  # no date words: the publication date, said to be only that


def test_a_contest_won_is_a_win_by_the_winner_at_the_contest_place_and_day(write_article):
    ds, wins = _happenings(write_article, "Sen. Ted Cruz won the Iowa caucuses on Monday.", "win")
    assert len(wins) == 1
    row = wins.iloc[0]
    assert (ds.text[row["start"]:row["end"]], row["actor"], row["location"]) == ("won", "Ted Cruz", "Iowa")
    assert str(row["date"])[:10] == "2016-02-01"


def test_the_shooting_is_an_assault_in_plover(write_article):
    _, found = _happenings(write_article, "The San Bernardino shooting shocked the country.", "attack")
    assert set(found["plover"]) == {"ASSAULT"}


@pytest.mark.parametrize("sentence", [
    "Primary voters stayed home in the snow.",  # a modifier: voters of primaries in general
    "The primary reason is money.",  # the adjective
    "Both men will debate taxes next week.",  # the verb
    "Send the form to the postal address below.",  # a postal address is no speech
    "If Bernie Sanders wins Iowa, Hillary Clinton loses momentum.",  # a condition
    "Bernie Sanders could win Iowa.",  # a possibility
    "The debate over coal divides the state.",  # a dispute, not an occasion
    "His primary debate tricks will not work.",  # a modifier of another happening noun
    "She spoke to the Congressional Black Caucus Foundation.",  # a word of a name
    "The city has had thousands of shootings since January.",  # a count of a kind of happening
    "The address was wrong.",  # "The" opens the sentence: no name before the noun
    "The rally in bond markets faded.",  # a rise in prices, with nothing of a happening's own
    "The contest was close.",  # a game, with no place, no voters, no day
])
def test_words_that_are_no_happening_give_none(write_article, sentence):
    ds, found = _happenings(write_article, sentence)
    kinds = {"vote", "debate", "speech", "win", "attack", "rally"}
    assert not set(found["event_type"]) & kinds, found[["action", "event_type"]].to_dict("records")


def test_the_debate_refers_back_to_the_debate_the_article_named(write_article):
    text = ("The Democratic debate in Milwaukee on Thursday was tense. Hillary Clinton left right after the debate.")
    ds, debates = _happenings(write_article, text, "debate")
    assert len(debates) == 2
    assert set(debates["location"]) == {"Milwaukee"} and set(debates["actor"]) == {"Democratic Party"}
    assert debates["date"].nunique() == 1


def test_a_debate_takes_the_party_of_the_article_s_other_debates_only_when_they_agree(write_article):
    one = "The Republican debate in Milwaukee was tense. Afterwards the debate drew praise."
    _, debates = _happenings(write_article, one, "debate")
    assert set(debates["actor"]) == {"Republican Party"}
    both = "The Republican debate was tense, the Democratic debate calm. A debate drew praise."
    _, debates = _happenings(write_article, both, "debate")
    assert set(debates[debates["action"] == "A debate"]["actor"]) == {""}


def test_the_next_debate_is_not_the_one_named_before(write_article):
    text = "The Democratic debate in Milwaukee on Thursday was tense. The next debate will be in Flint."
    _, debates = _happenings(write_article, text, "debate")
    nxt = debates[debates["action"].str.contains("next")]
    assert len(nxt) == 1 and nxt.iloc[0]["location"] != "Milwaukee"


def test_the_attack_named_before_its_place_is_the_article_s_one_placed_attack(write_article):
    text = "Voters were shaken by the attack. Candidates said the Paris attack changed the race."
    _, attacks = _happenings(write_article, text, "attack")
    assert set(attacks["location"]) == {"Paris"} and len(attacks) == 2
    two = "Voters were shaken by the attack. The Paris attack and the Brussels attack changed the race."
    _, attacks = _happenings(write_article, two, "attack")
    assert "the attack" not in set(attacks["action"])  # two places named: which one is not said


def test_a_party_in_the_possessive_owns_its_debate(write_article):
    """ "The Democrats' debate": the party word with its apostrophe, not the article's other party."""
    ds, found = _happenings(write_article, "The Democrats' debate in Miami was lively. The Republican debate in Houston followed.",
                            "debate")
    assert sorted(found["actor"]) == ["Democratic Party", "Republican Party"]



@pytest.mark.parametrize("sentence, day", [
    # spoken of as still to come: the next such weekday on or after Wednesday 3 February
    ("Cruz wants one more debate before Saturday's primary in New Hampshire.", "2016-02-06"),
    ("Aides are nervous ahead of Tuesday's primary in New Hampshire.", "2016-02-09"),
    ("Saturday's primary in New Hampshire will test Marco Rubio.", "2016-02-06"),
    # spoken of as past: the weekday before the publication, as any other date
    ("Monday's caucuses in Iowa drew a record turnout.", "2016-02-01"),
    ("Cruz gained ground after Monday's caucuses in Iowa.", "2016-02-01"),
    # words that lead up to a happening, in a sentence told in the past: it is past too
    ("In the final days before Monday's caucuses in Iowa, Trump skipped the debate.", "2016-02-01"),
    ("Clinton campaigned hard ahead of Tuesday's primary in New Hampshire, and lost it to Sanders.", "2016-02-02"),
    # ... and in one told in the present, still to come
    ("Aides are worried ahead of Tuesday's primary in New Hampshire.", "2016-02-09"),
])
def test_a_weekday_happening_spoken_of_as_coming_is_read_forward(write_article, sentence, day):
    ds, found = _happenings(write_article, sentence, "vote")
    assert len(found) == 1, ds.events[["action", "event_type", "date"]].to_dict("records")
    assert str(found.iloc[0]["date"])[:10] == day


def test_a_happening_in_a_when_clause_is_of_the_year_that_opens_it(write_article):
    ds, found = _happenings(write_article, "Turnout fell short of 2008, when 236,000 Iowans took part in the Democratic "
                                           "caucus in Iowa.", "vote")
    assert len(found) == 1, ds.events[["action", "event_type", "date"]].to_dict("records")
    assert str(found.iloc[0]["date"])[:4] == "2008"


def test_a_when_clause_closed_by_a_comma_does_not_date_the_main_clause(write_article):
    ds, found = _happenings(write_article, "Unlike in 2008, when turnout hit records, the Iowa caucuses drew few "
                                           "voters this time.", "vote")
    assert len(found) == 1, ds.events[["action", "event_type", "date"]].to_dict("records")
    assert not str(found.iloc[0]["date"]).startswith("2008")


@pytest.mark.parametrize("sentence", [
    "The senator's heart attack last month kept him from the vote.",
    "Rubio's recent job interview with a bank drew notice.",
])
def test_a_compound_noun_before_an_attack_or_an_interview_is_no_happening(write_article, sentence):
    _, found = _happenings(write_article, sentence)
    assert not found["event_type"].isin(["attack", "interview"]).any(), found[["action", "event_type"]].to_dict("records")


def test_a_definite_noun_does_not_refer_back_to_a_happening_named_in_passing_years_before(write_article):
    text = ("Turnout fell short of 2008, when 236,000 Iowans took part in the Democratic caucus in Iowa. "
            "Sanders won most young voters in the Iowa caucus.")
    ds, found = _happenings(write_article, text, "vote")
    later = found[found["action"].str.endswith("the Iowa caucus")]
    assert len(later) == 1, ds.events[["action", "event_type", "date"]].to_dict("records")
    assert not str(later.iloc[0]["date"]).startswith("2008")


def test_a_definite_noun_referring_back_takes_the_date_as_referred(write_article):
    # "The debate" takes Tuesday from "Tuesday's debate" before it: a date it inherits, not one its words give
    text = "Tuesday's Democratic debate in Des Moines was lively. The debate ran long."
    ds, found = _happenings(write_article, text, "debate")
    assert len(found) == 2, ds.events[["action", "event_type", "date"]].to_dict("records")
    first, second = found.sort_values("start").itertuples()
    assert str(second.date)[:10] == str(first.date)[:10] == "2016-02-02"
    assert (first.date_basis, second.date_basis) == ("relative", "referred")


@pytest.mark.parametrize("sentence, actor", [
    # adjectives between the owner and the noun do not hide the owner
    ("Mrs. Hillary Clinton's decisive victory in New York ended the streak.", "Hillary Clinton"),
    ("Donald Trump celebrated his big wins in Nevada.", "Donald Trump"),
    # hyphenated adjectives, and two joined by "and"
    ("Hillary Clinton's wide-ranging wins on Tuesday night were troubling.", "Hillary Clinton"),
    ("Beneath Hillary Clinton's wide-ranging and commanding victories on Tuesday were troubling signs.", "Hillary Clinton"),
    # a pronoun's "'s" is "is": no owner, so no winner
    ("Donald Trump said he's predicted big wins in Nevada.", None),
    # "and" joins nouns here, not adjectives: the owner's money is no win
    ("Hillary Clinton's money and wins on Tuesday night were troubling.", None),
])
def test_an_owner_before_adjectives_is_the_happening_s_actor(write_article, sentence, actor):
    ds, found = _happenings(write_article, sentence, "win")
    if actor is None:
        assert found.empty, found[["action", "actor"]].to_dict("records")
        return
    assert len(found) == 1, ds.events[["action", "event_type", "actor"]].to_dict("records")
    assert found.iloc[0]["actor"] == actor


@pytest.mark.parametrize("sentence, found", [
    ("Clinton has won at least three state primaries on Tuesday in Ohio.", 1),
    ("Fifteen states will hold elections or caucuses on March 1.", 0),  # a kind of contest, not one
])
def test_a_bare_plural_contest_is_one_only_when_counted_or_owned(write_article, sentence, found):
    ds, votes = _happenings(write_article, sentence, "vote")
    assert len(votes) == found, ds.events[["action", "event_type"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "The speech therapist met the family on Monday.",
    "She waited in the caucus room for an hour.",
])
def test_a_happening_noun_that_modifies_another_noun_is_no_happening(write_article, sentence):
    _, found = _happenings(write_article, sentence)
    assert found.empty, found[["action", "event_type"]].to_dict("records")


def test_a_happening_noun_followed_by_its_verb_is_still_one(write_article):
    _, found = _happenings(write_article, "The Republican debate drew record ratings on Tuesday.", "debate")
    assert len(found) == 1


def test_a_headline_verb_in_title_case_is_no_happening(write_article):
    ds = write_article("Republicans Debate Tax Plan\nRepublican senators argued over the tax plan on Tuesday.\n",
                       published=PUBLISHED, context=False)
    ev = ds.events[ds.events["source"] == "article"]
    assert not (ev["action"] == "Republicans Debate").any() and "debate" not in set(ev["event_type"]), \
        ev[["action", "event_type"]].to_dict("records")


@pytest.mark.parametrize("sentence, kind, day", [
    ("As the shock of the Friday attacks wore off, the candidates moved on.", "attack", "2016-01-29"),
    ("The Sunday interview shook the campaign.", "interview", "2016-01-31"),
])
def test_an_owned_happening_noun_before_an_irregular_past_is_its_subject(write_article, sentence, kind, day):
    ds, found = _happenings(write_article, sentence, kind)
    assert len(found) == 1, ds.events[["action", "event_type"]].to_dict("records")
    assert str(found.iloc[0]["date"])[:10] == day


@pytest.mark.parametrize("sentence", [
    "The rally ground filled up on Sunday.",  # "ground" is a participle and a noun too: a compound's head
    "Police attack dogs wore muzzles on Sunday.",  # no determiner or owner: "attack dogs" is a compound
])
def test_a_past_that_may_be_a_noun_or_an_unowned_noun_before_a_past_is_no_happening(write_article, sentence):
    _, found = _happenings(write_article, sentence)
    assert not found["event_type"].isin(["rally", "attack"]).any(), found[["action", "event_type"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "A helicopter crashed in bad weather on Monday, killing all five crew members.",
    "Sanders spoke to workers in Las Vegas on caucus day.",
])
def test_a_happening_noun_before_its_object_or_its_day_is_still_one(write_article, sentence):
    _, found = _happenings(write_article, sentence)
    assert len(found) >= 1, found


@pytest.mark.parametrize("sentence, day", [
    # a speaker on the paper's own day would say "today": the quote was said later, of the Wednesday before
    ("“Wednesday's caucuses in Iowa were a unique event,” the party's spokesman said in a statement.", "2016-01-27"),
    # the reporter's own words name the paper's day as past: that day
    ("Wednesday's caucuses in Iowa were a unique event, the party's spokesman said in a statement.", "2016-02-03"),
    # a quote speaking of the day as still to come: that day
    ("“Wednesday's caucuses in Iowa will be a unique event,” the party's spokesman said in a statement.", "2016-02-03"),
    # the reporter places the quote on the paper's day (an election-night piece): that day
    ("“Wednesday's caucuses in Iowa were a clear message,” the party's spokesman told supporters on Wednesday night.",
     "2016-02-03"),
])
def test_a_quote_naming_the_paper_s_own_weekday_as_past_speaks_of_the_week_before(write_article, sentence, day):
    ds, found = _happenings(write_article, sentence, "vote")
    assert len(found) == 1, ds.events[["action", "event_type", "date"]].to_dict("records")
    assert str(found.iloc[0]["date"])[:10] == day


def test_their_debate_is_the_party_whose_members_were_named_last(write_article):
    """ "their debate" after "the Republicans": theirs, even in an article whose other debate is the other party's."""
    text = ("Four days after the Republicans clashed in their debate in Las Vegas, the Democrats met in Manchester. "
            "The Democratic debate drew fewer viewers. The Democrats kept quiet. Their debate came a week later.")
    _, debates = _happenings(write_article, text, "debate")
    owners = dict(zip(debates["action"], debates["actor"]))
    assert owners["their debate"] == "Republican Party"
    assert owners["Their debate"] == "Democratic Party"


def test_their_debate_after_other_people_named_nearer_is_not_a_us_party_s(write_article):
    text = ("In London, Democrats abroad watched the results. The Labour leadership candidates clashed over Brexit "
            "in their debate on Tuesday.")
    _, debates = _happenings(write_article, text, "debate")
    assert len(debates) == 1 and debates.iloc[0]["actor"] == "", debates[["action", "actor"]].to_dict("records")


def test_a_superlative_picks_a_debate_out_of_the_series(write_article):
    """ "the top-rated debate": one of the series, not the debate the article named before."""
    text = "The Democratic debate in Manchester was quiet. The top-rated debate drew 24 million viewers."
    _, debates = _happenings(write_article, text, "debate")
    top = debates[debates["action"].str.contains("top-rated")]
    assert len(top) == 1 and top.iloc[0]["actor"] == "" and top.iloc[0]["location"] != "Manchester"


def test_a_superlative_attack_is_still_the_story_s_own(write_article):
    """ "the worst mass shooting in American history" ranks the story's shooting against history: it refers back."""
    text = "The Orlando shooting shocked the nation. Officials said the worst mass shooting in American history was terror."
    _, attacks = _happenings(write_article, text, "attack")
    worst = attacks[attacks["action"].str.contains("worst|mass shooting")]
    assert len(worst) == 1 and worst.iloc[0]["location"] == "Orlando"


@pytest.mark.parametrize("sentence, phrase, winner", [
    ("Donald Trump took back the race with a commanding victory in the New York primary.", "victory", "Donald Trump"),
    # the clause's own subject, not the name the sentence opens with or the one nearest the noun
    ("Ted Cruz faltered, while Hillary Clinton dealt a blow to Bernie Sanders with a win in Iowa.", "win",
     "Hillary Clinton"),
    ("Hillary Clinton eked out a win in Iowa before Bernie Sanders posted an overwhelming victory in New Hampshire.",
     "victory", "Bernie Sanders"),
    # a win under a modal is not one
    ("Rice thought that Bernie Sanders would eke out a win in Oklahoma.", "win", None),
])
def test_a_win_with_no_owner_is_the_winner_that_opens_its_clause(write_article, sentence, phrase, winner):
    ds, wins = _happenings(write_article, sentence, "win")
    wins = wins[wins["action"].str.contains(phrase)]
    if winner is None:
        assert wins.empty, wins[["action", "actor"]].to_dict("records")
    else:
        assert list(wins["actor"]) == [winner], ds.events[["action", "event_type", "actor"]].to_dict("records")


def test_an_owner_before_an_abbreviated_date_owns_the_happening_and_words_before_the_owner_are_its_own(write_article):
    # "Jan." ends an abbreviation, not the phrase; "the anger after" belongs to neither the owner nor the address
    ds, found = _happenings(write_article, "President Barack Obama spoke on Sunday. The anger after Obama's Jan. 31 "
                            "Oval Office address to the nation lingered.", "speech")
    assert len(found) == 1, ds.events[["action", "event_type", "actor"]].to_dict("records")
    row = found.iloc[0]
    assert row["action"] == "Obama's Jan. 31 Oval Office address"
    assert row["actor"] == "Barack Obama" and str(row["date"])[:10] == "2016-01-31"


@pytest.mark.parametrize("headline, winner", [
    ("Hillary Clinton Wins Missouri Primary", "Hillary Clinton"),  # the name the body gives
    ("Clinton wins Missouri primary", "Hillary Clinton"),  # or its surname
    ("Voters Wins Missouri Primary", None),  # capitalised words the body names nowhere are nobody
])
def test_a_title_case_headline_s_winner_is_the_name_the_body_gives(write_article, headline, winner):
    ds = write_article(headline + "\n\nHillary Clinton edged Sen. Bernie Sanders in the Missouri primary on Tuesday.\n",
                       published=PUBLISHED, context=False)
    ev = ds.events[(ds.events["source"] == "article") & (ds.events["event_type"] == "win")]
    in_headline = ev[ev["end"] <= len(headline)]
    if winner is None:
        assert in_headline.empty, in_headline[["action", "actor"]].to_dict("records")
        return
    assert len(in_headline) == 1, ev[["action", "actor", "start"]].to_dict("records")
    assert (in_headline.iloc[0]["action"].lower(), in_headline.iloc[0]["actor"]) == ("wins", winner)



def test_a_happening_its_own_words_date_by_the_calendar_refers_back_only_to_one_of_that_day(write_article):
    # Sanders's attacks are words; "the Sept. 11 attacks" are named by their day, not another of his attacks
    ds, found = _happenings(write_article, "Hillary Clinton says Sen. Bernie Sanders' attack is designed to hurt her. "
                            "Hillary Clinton noted the Sept. 11 attacks, her support for first responders and her work.",
                            "attack")
    dated = found[found["date_basis"] == "explicit"]
    assert len(dated) == 1, found[["action", "actor", "date"]].to_dict("records")
    assert dated.iloc[0]["action"] == "the Sept. 11 attacks" and dated.iloc[0]["actor"] == ""


@pytest.mark.parametrize("sentence, winner", [
    ("Senator Bernie Sanders edged out rival Hillary Clinton in Tuesday's Oklahoma primary.", "Bernie Sanders"),
    ("Donald Trump trounced Marco Rubio in Nevada on Tuesday.", "Donald Trump"),
    ("Riot police beat protesters in Cairo on Tuesday.", None),
    ("Ted Cruz beat the odds in Iowa on Monday.", None),
])
def test_beating_a_named_rival_at_a_contest_or_place_is_a_win(write_article, sentence, winner):
    ds, wins = _happenings(write_article, sentence, "win")
    assert list(wins["actor"]) == ([winner] if winner else [])


@pytest.mark.parametrize("sentence, winner", [
    # a rival beaten in a named contest: the win, not the assault the clauses code for "defeat" and "beat"
    ("Hillary Clinton narrowly defeated Bernie Sanders in the Iowa caucuses on Monday.", "Hillary Clinton"),
    ("Bernie Sanders beat Hillary Clinton in the Michigan primary on Tuesday.", "Bernie Sanders"),
    # a passive's subject lost; a bill, an army's enemy, a place without its contest, a negation, a wish
    ("Hillary Clinton was defeated by Bernie Sanders in the Michigan primary on Tuesday.", None),
    ("Hillary Clinton had been defeated by Barack Obama in the Iowa caucuses.", None),
    ("Senate Democrats defeated the bill in the Iowa legislature on Monday.", None),
    ("Government forces defeated the rebels in Aleppo on Monday.", None),
    ("Bernie Sanders defeated Hillary Clinton in Michigan on Tuesday.", None),
    ("Bernie Sanders did not defeat Hillary Clinton in the Iowa caucuses.", None),
    ("Republicans hope to defeat Hillary Clinton in the general election.", None),
    ("Police beat a protester at the Iowa caucuses on Monday.", None),
    # a winner's name must end right before the verb (review16d)
    ("Trump supporters beat him at the South Carolina primary.", None),
    ("John Smith beat him at the Iowa caucuses, police said.", None),
    ("Trump supporters beat Jeb Bush at the South Carolina primary.", None),
    ("Hillary Clinton was beat by Bernie Sanders in the Michigan primary on Tuesday.", None),
])
def test_a_rival_defeated_in_a_named_contest_is_a_win_not_an_assault(write_article, sentence, winner):
    ds, found = _happenings(write_article, sentence)
    wins, assaults = found[found["event_type"] == "win"], found[found["plover"] == "ASSAULT"]
    assert list(wins["actor"]) == ([winner] if winner else []), found[["action", "event_type", "actor"]].to_dict("records")
    if winner:  # the verb is the win's alone
        assert assaults.empty, assaults[["action", "actor", "target"]].to_dict("records")
    else:
        assert wins.empty


def test_a_title_case_headlines_beaten_rival_is_a_win_not_an_assault(write_article):
    # the headline's verb, read in sentence case since a name opens the line, stays the win the headline tells
    text = "Mara Velde Beats Tomas Ruiz In Ohio.\n\nMara Velde won the Ohio primary on Tuesday, beating Tomas Ruiz.\n"
    ev = write_article(text).events
    head = ev[ev["start"] < text.index("\n")]
    assert list(head["event_type"]) == ["win"] and list(head["actor"]) == ["Mara Velde"], head[["action", "event_type", "actor"]].to_dict("records")


@pytest.mark.parametrize("sentence, winner, assault", [
    # a pronoun beaten "in" a named vote lost it (review16d3): no assault; the subject's win when a person is named
    ("Bernie Sanders defeated him in the Iowa caucuses.", "Bernie Sanders", False),
    ("Bernie Sanders beat her in the Michigan primary on Tuesday.", "Bernie Sanders", False),
    ("Trump supporters beat him in the South Carolina primary.", None, False),
    # "at" the vote is where a beating happened; a place with no vote, an object that is no pronoun: as before
    ("Trump supporters beat him at the South Carolina primary.", None, True),
    ("John Smith beat him at the Iowa caucuses, police said.", None, True),
    ("Police beat him in Des Moines before the caucuses.", None, True),
    ("Police beat the protesters in the Iowa caucuses hall.", None, True),
])
def test_a_pronoun_beaten_in_a_named_vote_lost_it(write_article, sentence, winner, assault):
    ds, found = _happenings(write_article, "Voters in the primary turned out in large numbers. " + sentence)
    wins, assaults = found[found["event_type"] == "win"], found[found["plover"] == "ASSAULT"]
    assert list(wins["actor"]) == ([winner] if winner else []), found[["action", "event_type", "actor"]].to_dict("records")
    assert (not assaults.empty) == assault, found[["action", "plover", "actor", "target"]].to_dict("records")


@pytest.mark.parametrize("text, winner, place", [
    # a candidate who swept states or contests won them: a win, not the police sweep (090) the dictionary codes
    ("Bernie Sanders swept the Nevada caucuses on Saturday.", "Bernie Sanders", "Nevada"),
    ("Donald Trump swept all five states in the primaries on Tuesday.", "Donald Trump", ""),
    ("Donald Trump won the Iowa caucuses on Monday. He swept seven states on Tuesday.", "Donald Trump", ""),
    ("In the primaries, Jane Doe swept primary challenger Sen. John Roe (I-Vt.) in five states.", "Jane Doe", ""),
    # a movement, a thing swept, a wish or a negation, no person, a story with no vote: no win
    ("Jane Doe swept through Iowa before the caucuses.", None, None),
    ("Jane Doe swept to the stage at the caucuses in Iowa.", None, None),
    ("Jane Doe swept the floor before the Iowa caucuses.", None, None),
    ("Pollsters said Jane Doe could sweep all five states in the primaries.", None, None),
    ("Jane Doe did not sweep the five states in the primaries.", None, None),
    ("Police swept the Iowa town before the caucuses.", None, None),
    ("Gen. John Smith swept Anbar province on Monday.", None, None),
    ("Jane Doe swept John Roe in the debate before the primaries.", None, None),
    ("Police swept John Roe in three states before the primaries.", None, None),
    # places swept, in a story that reports a vote (review16d2): only a vote, a count or a rival in a count is won
    ("In the primaries, Jane Doe swept Iowa and New Hampshire.", None, None),
    # states then the vote's noun are votes swept (review16d3); the noun must end the phrase, the names be states
    ("Voters in the primary turned out. Jane Doe swept the Ohio and Florida primaries.", "Jane Doe", "Ohio"),
    ("Voters in the primary turned out. Jane Doe swept the Virginia elections.", "Jane Doe", "Virginia"),
    ("Voters in the primary turned out. Jane Doe swept the Ohio, Florida and Illinois Republican primaries.", "Jane Doe", "Ohio"),
    ("Voters in the primary turned out. Jane Doe swept the Nevada caucus sites for bombs.", None, None),
    ("Jane Doe swept the Democratic caucuses in Nevada on Saturday.", "Jane Doe", "Nevada"),
    ("Voters in the primary turned out. Jane Doe swept the Chess Club elections.", None, None),
    ("Voters in the primary turned out. Jane Doe swept the Ohio primary school awards.", None, None),
    ("Voters in the primary turned out. Hurricane Katrina swept New Orleans in 2005.", None, None),
    ("Voters in the primary turned out. Officer Jane Doe swept Baltimore for gang members on Friday.", None, None),
    ("Voters in the primary turned out. John Smith swept Kunduz on Monday, Afghan officials said.", None, None),
    ("Voters in the primary turned out. Gen. John Smith swept Anbar province with his troops last week.", None, None),
])
def test_a_candidate_who_swept_states_or_contests_won_them(write_article, text, winner, place):
    ds, found = _happenings(write_article, text)
    sweeps = found[found["action"].str.startswith("swe")]
    wins = sweeps[sweeps["event_type"] == "win"]
    assert [(w.actor, w.location) for w in wins.itertuples()] == ([(winner, place)] if winner else []), \
        found[["action", "event_type", "actor", "location"]].to_dict("records")
    if winner:  # the verb is the win's alone
        assert (sweeps["event_type"] == "win").all(), sweeps[["action", "event_type"]].to_dict("records")


@pytest.mark.parametrize("text, place", [
    # a win in a "where" clause after the place that opens its sentence was won there
    ("In Iowa, where Jane Doe eked out a narrow win after a hard battle, turnout dropped.", "Iowa"),
    ("In Nevada, where Jane Doe's big win surprised her rivals, the count was slow.", "Nevada"),
    # no "where", not a place, another comma between: the place is not the win's
    ("In Iowa, Jane Doe's narrow win surprised no one.", ""),
    ("In the end, where Jane Doe's win came from was clear.", ""),
    ("In Iowa, aides said, where Jane Doe's win came from was clear.", ""),
])
def test_a_win_in_a_where_clause_after_a_place_was_won_there(write_article, text, place):
    ds, wins = _happenings(write_article, text, "win")
    assert [(w.actor, w.location) for w in wins.itertuples()] == [("Jane Doe", place)], \
        ds.events[["action", "event_type", "actor", "location"]].to_dict("records")


@pytest.mark.parametrize("text", [
    # ", winning …" after a comma is not read as a win (taken back: the review16d2 sentences it misread)
    "In the primaries, Jane Doe had a strong night, winning the Ohio lottery.",
    "In the primaries, Jane Doe's team celebrated, winning the Ohio state championship.",
    "In the primaries, Jane Doe hoped for a strong night, winning Ohio and Florida.",
    "In the primaries, Jane Doe thanked voters on Tuesday, winning Ohio on Wednesday.",
])
def test_winning_after_a_comma_is_not_read_as_a_win(write_article, text):
    ds, found = _happenings(write_article, text)
    wins = found[(found["event_type"] == "win") & (found["action"] == "winning")]
    assert wins.empty, found[["action", "event_type", "actor", "location"]].to_dict("records")


@pytest.mark.parametrize("sentence, place", [
    # the happening's own modifiers between its place and its noun, before a verb: as "the Paris attacks shocked"
    ("The Paris terror attacks shocked the country.", "Paris"),
    ("The Paris terror attacks highlight the threat, critics said.", "Paris"),
    ("The Madrid terror attack changed the election.", "Madrid"),
    # an owner before the modifiers is the clauses' to read, not a place of the noun's; a verb reading stays a verb
    ("Iran's deadly attacks killed 20 people in Basra.", None),
    ("Hezbollah terror attacks Israeli towns every week.", None),
])
def test_a_placed_attack_with_its_own_modifiers_before_a_verb_is_a_happening(write_article, sentence, place):
    ds, found = _happenings(write_article, sentence, "attack")
    named = found[found["location_basis"] == "name"]
    assert list(named["location"]) == ([place] if place else []), found[["action", "actor", "location"]].to_dict("records")


@pytest.mark.parametrize("second, day", [
    # a next-day report of Tuesday: the speaker's "tonight" is Tuesday's
    ("“There is only one debate tonight,” Paul said on CNN.", "2016-02-02"),
    # the reporter places the speaking on the paper's own day: that day
    ("“There is only one debate tonight,” Paul said on Wednesday.", "2016-02-03"),
    # not a quote: the reporter's "tonight" is the paper's day
    ("There is only one debate tonight, Paul said on CNN.", "2016-02-03"),
])
def test_a_quoted_tonight_in_a_next_day_report_is_the_story_s_day(write_article, second, day):
    lead = "The Republican candidates on Tuesday lashed out at President Barack Obama in Iowa. "
    ds, found = _happenings(write_article, lead + second, "debate")
    assert len(found) == 1, ds.events[["action", "event_type", "date"]].to_dict("records")
    assert str(found.iloc[0]["date"])[:10] == day


def test_a_quoted_tonight_in_a_report_of_the_same_day_stays_that_day(write_article):
    lead = "The Republican candidates on Wednesday lashed out at President Barack Obama in Iowa. "
    ds, found = _happenings(write_article, lead + "“There is only one debate tonight,” Paul said on CNN.", "debate")
    assert len(found) == 1 and str(found.iloc[0]["date"])[:10] == "2016-02-03"


_TIMED_FROM_LAS_VEGAS = "Four days after the Republicans sparred in their debate in Las Vegas, "


@pytest.mark.parametrize("text", [
    # the same party's members open the main clause: the debate is still theirs
    "MANCHESTER, N.H. - " + _TIMED_FROM_LAS_VEGAS + "the Republican contenders on Saturday toured diners. "
    "Critics said the debate drew record ratings.",
    # no dateline: nothing says the story is elsewhere
    _TIMED_FROM_LAS_VEGAS + "the Democratic contenders on Saturday presented another view. "
    "Critics said the debate drew record ratings.",
    # the dateline is the debate's place
    "LAS VEGAS - " + _TIMED_FROM_LAS_VEGAS + "the Democratic contenders on Saturday presented another view. "
    "Critics said the debate drew record ratings.",
    # the main clause opens with no party's members
    "MANCHESTER, N.H. - " + _TIMED_FROM_LAS_VEGAS + "the Democratic Party's chairwoman on Saturday praised them. "
    "Critics said the debate drew record ratings.",
])
def test_the_debate_still_refers_back_without_another_party_s_story(write_article, text):
    ds, debates = _happenings(write_article, text, "debate")
    bare = debates[debates["action"] == "the debate"]
    assert len(bare) == 1, ds.events[["action", "actor", "location"]].to_dict("records")
    assert bare.iloc[0]["location"] == "Las Vegas" and bare.iloc[0]["actor"] == "Republican Party"


def test_an_attack_a_story_is_timed_from_is_still_the_attack_named_next(write_article):
    text = ("LONDON - A week after the attack in Manchester, police raised the threat level. "
            "The attack killed 22 people.")
    ds, attacks = _happenings(write_article, text, "attack")
    assert "Manchester" in set(attacks["location"]) and len(attacks) >= 1, \
        ds.events[["action", "actor", "location"]].to_dict("records")
    assert any(a.startswith("The attack") for a in ds.events["action"]), ds.events[["action", "location"]].to_dict("records")



@pytest.mark.parametrize("sentence, day", [
    ("Clinton now looks to next Tuesday's primaries in Pennsylvania.", "2016-02-09"),  # the first Tuesday after
    ("Clinton now looks to next Wednesday's primaries in Pennsylvania.", "2016-02-10"),  # a week on, in a Wednesday's paper
    ("The results of Tuesday's primary in Pennsylvania were close.", "2016-02-02"),  # no "next": the latest one
])
def test_next_weekday_is_the_first_such_day_after_the_paper(write_article, sentence, day):
    ds, found = _happenings(write_article, sentence, "vote")
    assert len(found) == 1, ds.events[["action", "event_type", "date"]].to_dict("records")
    assert str(found.iloc[0]["date"])[:10] == day


@pytest.mark.parametrize("text, later, party, place", [
    # the main clause opens with another party's members, but a later mention names the first debate's place
    ("MANCHESTER, N.H. - Four days after the Republicans raised a war cry in their debate in Las Vegas, the Democratic "
     "contenders on Saturday presented a calmer approach. The Las Vegas debate had drawn 18 million viewers.",
     "The Las Vegas debate", "Republican Party", "Las Vegas"),
    # the main clause tells no debate of its own: "the debate" is the one the story is timed from
    ("DES MOINES - Two days after the Republican debate in Las Vegas, Democrats criticized Donald Trump's remarks "
     "about Muslims. In the debate, Trump had called for a ban.", "the debate", "Republican Party", "Las Vegas"),
    ("WASHINGTON - A day after the Democratic debate in Milwaukee, Republicans attacked Hillary Clinton, saying the "
     "debate showed her weakness.", "the debate", "Democratic Party", "Milwaukee"),
])
def test_a_debate_a_story_is_timed_from_keeps_its_party_and_place(write_article, text, later, party, place):
    ds, debates = _happenings(write_article, text, "debate")
    named = debates[debates["action"] == later]
    assert len(named) == 1, ds.events[["action", "actor", "location"]].to_dict("records")
    assert named.iloc[0]["actor"] == party and named.iloc[0]["location"] == place, \
        ds.events[["action", "actor", "location"]].to_dict("records")


@pytest.mark.parametrize("second, place", [
    # another party's debate was not held where the article's placed one was
    ("The Democratic debate drew fewer viewers.", ""),
    # the same party's, or one naming no party, still is
    ("The Republican debate drew many viewers.", "Las Vegas"),
    ("The debate drew many viewers.", "Las Vegas"),
])
def test_a_debate_takes_no_place_from_another_party_s_debate(write_article, second, place):
    text = "Donald Trump attacked Jeb Bush at the Republican debate in Las Vegas on Tuesday. " + second
    ds, debates = _happenings(write_article, text, "debate")
    later = debates[debates["action"] == second.split(" drew")[0]]
    assert len(later) == 1 and later.iloc[0]["location"] == place, ds.events[["action", "actor", "location"]].to_dict("records")


def test_an_unplaced_vote_still_takes_the_article_s_one_place(write_article):
    text = "The Iowa Democratic caucuses on Monday were close. The Republican caucuses went to Ted Cruz."
    ds, votes = _happenings(write_article, text, "vote")
    assert set(votes["location"]) == {"Iowa"}, ds.events[["action", "location"]].to_dict("records")


def test_a_debate_or_a_vote_carries_the_party_its_words_name(write_article):
    """ "the Democratic primary in Nevada", "the GOP's caucuses", "the Republican debate" say whose contest it is;
    "the primary" after "the Democratic primary" is that one; "Tuesday's primary in Ohio" and "the Party Congress"
    name no party of ours."""
    text = ("Clinton won the Democratic primary in Nevada on Saturday. The primary drew few voters. "
            "The GOP's caucuses in Iowa were close. The Republican debate in Milwaukee was tense. "
            "Tuesday's primary in Ohio was quiet.")
    _, ev = _happenings(write_article, text)
    party = dict(zip(ev["action"], ev["party"]))
    assert party["the Democratic primary"] == "Democratic Party" and party["The primary"] == "Democratic Party"
    assert party["The GOP's caucuses"] == "Republican Party" and party["The Republican debate"] == "Republican Party"
    assert party["Tuesday's primary"] == ""
    # a vote's party is no actor: the state, not the party, names a vote
    assert set(ev[ev["event_type"] == "vote"]["actor"]) == {""}


def _votes(write_article, text):
    ds = write_article(HEAD + text + "\n", published="2016-03-01", context=False)  # a Tuesday
    ev = ds.events[(ds.events["source"] == "article") & (ds.events["event_type"] == "vote")]
    return [(row.action, str(row.date)[:10] if row.date_basis != "publication" else "", row.location, row.party)
            for row in ev.itertuples()]


@pytest.mark.parametrize("text, later", [
    # another party's vote gives the state, never the day: parties often vote on different days
    ("The Iowa Democratic caucuses on Monday were close. The Republican caucuses went to Ted Cruz.",
     ("The Republican caucuses", "", "Iowa", "Republican Party")),
    ("The Nevada Republican caucuses on Tuesday drew a record turnout. The Democratic caucuses were calmer.",
     ("The Democratic caucuses", "", "Nevada", "Democratic Party")),
    # its own party's vote, or one of both parties, gives the day
    ("The Iowa Republican caucuses on Monday were close. The Iowa Democratic caucuses were closer. "
     "The Republican caucuses went to Ted Cruz.", ("The Republican caucuses", "2016-02-29", "Iowa", "Republican Party")),
    ("The Iowa caucuses on Monday were close. The Republican caucuses went to Ted Cruz.",
     ("The Republican caucuses", "2016-02-29", "Iowa", "Republican Party")),
    # a vote naming no party takes a party's day when the article gives the party votes one day
    ("The South Carolina Democratic primary on Saturday went to Hillary Clinton. The primary drew many voters.",
     ("The primary", "2016-02-27", "South Carolina", "Democratic Party")),
    # and neither day nor party when it gives them two
    ("The South Carolina Republican primary on Feb. 20 went to Donald Trump. The Democratic primary on Feb. 27 "
     "went to Hillary Clinton. The primary drew many voters.", ("The primary", "", "South Carolina", "")),
])
def test_a_vote_takes_its_day_only_from_a_vote_of_its_own_party_or_of_both(write_article, text, later):
    """A vote refers back to its state's earlier vote for the place, but a party's vote takes the day only from its own
    party's vote or one of both parties (South Carolina's Republicans voted on 20 February 2016, its Democrats on the
    27th); a vote naming no party takes a party's day only when the article names one day for the parties' votes."""
    votes = _votes(write_article, text)
    assert votes[-1] == later, votes


@pytest.mark.parametrize("sentence, winner", [
    # a hedge on a past win tells it as done: the reporter's reading of a count
    ("Jane Doe seems to have won the Iowa caucuses with 49.8 percent of the vote.", "Jane Doe"),
    ("Jane Doe appeared to have won the Nevada caucuses by a few votes.", "Jane Doe"),
    # a negated or conditional hedge, a prediction, a win still being counted, a wish: no win
    ("Jane Doe does not seem to have won the Iowa caucuses.", None),
    ("If Jane Doe seems to have won the Iowa caucuses, the party will split.", None),
    ("Jane Doe seems likely to win the Iowa caucuses.", None),
    ("Jane Doe appears to be winning the Iowa caucuses.", None),
    ("Jane Doe seems to want to win the Iowa caucuses.", None),
])
def test_a_candidate_who_seems_to_have_won_a_contest_won_it(write_article, sentence, winner):
    ds, wins = _happenings(write_article, sentence, "win")
    assert list(wins["actor"]) == ([winner] if winner else []), ds.events[["action", "event_type", "actor"]].to_dict("records")


@pytest.mark.parametrize("text, place, basis", [
    # "won the caucuses": the contest referred back to is the Iowa caucuses named before, so the win is in Iowa,
    # on their day, said to be referred
    ("Voters went to the Iowa caucuses on Monday. Jane Doe won the caucuses with 49.8 percent of the vote.",
     "Iowa", "referred"),
    # the contest refers back to none: a win of another day, a primary after caucuses, or nothing named before
    ("Voters went to the Iowa caucuses on Monday. Jane Doe won the caucuses on Tuesday.", "", "relative"),
    ("Voters went to the Iowa caucuses on Monday. Jane Doe won the primary with 49.8 percent of the vote.", "", "publication"),
    ("Jane Doe won the caucuses with 49.8 percent of the vote.", "", "publication"),
])
def test_a_win_of_a_contest_referred_back_takes_its_place(write_article, text, place, basis):
    ds, wins = _happenings(write_article, text, "win")
    doe = wins[wins["actor"] == "Jane Doe"]
    assert len(doe) == 1, ds.events[["action", "event_type", "actor", "location"]].to_dict("records")
    assert (doe.iloc[0]["location"] or "", doe.iloc[0]["date_basis"]) == (place, basis)
    # a place taken from the contest referred back to is said to be referred, as its day is
    assert doe.iloc[0]["location_basis"] == ("referred" if place else "")


@pytest.mark.parametrize("text, place", [
    # a contest won is held: "the primary" is the last one named that the article does not announce as coming
    ("The New Hampshire primary was on Tuesday. The South Carolina primary is next. Jane Doe won the primary by 20 points.",
     "New Hampshire"),
    ("The New Hampshire primary was on Tuesday. The South Carolina primary will be held on Saturday. "
     "Jane Doe won the primary by 20 points.", "New Hampshire"),
    ("The New Hampshire primary was on Tuesday. Aides looked to the upcoming South Carolina primary. "
     "Jane Doe won the primary by 20 points.", "New Hampshire"),
    ("The South Carolina primary is next. Jane Doe won the primary by 20 points.", ""),
    # one told as held is still the one won
    ("The New Hampshire primary was on Tuesday. The South Carolina primary was on Saturday. "
     "Jane Doe won the primary by 20 points.", "South Carolina"),
    # a bare "will", "are ahead of", "are set" announce nothing: the vote named is the one won
    ("The Iowa caucuses will be remembered for the snow. Jane Doe won the caucuses by 5 points.", "Iowa"),
    ("The Iowa caucuses will decide a lot, analysts said before the vote. Jane Doe won the caucuses by 5 points.", "Iowa"),
    ("The Iowa caucuses are ahead of New Hampshire on the calendar. Jane Doe won the caucuses by 5 points.", "Iowa"),
    ("The New Hampshire primary was on Tuesday. The Iowa caucuses are set for Wednesday. "
     "Jane Doe won the caucuses by 5 points.", "Iowa"),
    # announced, then reported: a win on the day the announcement gave is that vote's; on another day, not
    ("The New Hampshire primary was on Tuesday. The Iowa caucuses will be held on Wednesday. "
     "Jane Doe won the caucuses on Wednesday.", "Iowa"),
    ("The Iowa caucuses will be held on Saturday. Jane Doe won the caucuses on Tuesday.", ""),
])
def test_a_contest_won_is_none_the_article_announces_as_coming(write_article, text, place):
    ds, wins = _happenings(write_article, text, "win")
    doe = wins[wins["actor"] == "Jane Doe"]
    assert len(doe) == 1, ds.events[["action", "event_type", "actor", "location"]].to_dict("records")
    assert (doe.iloc[0]["location"] or "") == place


def test_a_contest_announced_as_coming_is_still_what_a_later_mention_refers_to(write_article):
    # not a contest won: "the primary" is the one just announced
    ds, votes = _happenings(write_article, "The New Hampshire primary was on Tuesday. The South Carolina primary is "
                            "next. Polls show Jane Doe leading in the primary.", "vote")
    assert list(votes["location"]) == ["New Hampshire", "South Carolina", "South Carolina"], \
        ds.events[["action", "event_type", "location"]].to_dict("records")


# 2025-03-15 is a Saturday: the lead dates the story Thursday 13 March
_LEAD = "President Ana Costa held forth on many topics in her year-end news conference.\n\n"


@pytest.mark.parametrize("text, day, basis", [
    # an undated happening is dated as an undated clause is: by the day the lead gives the story
    (_LEAD + "Ms. Costa drew applause on Thursday when she criticised Peru.\n", "2025-03-13", "story"),
    (_LEAD + "Ms. Costa drew applause on Thursday when she criticised Peru.\n\n"
     "She spoke highly of Chile after the news conference ended.\n", "2025-03-13", "story"),
    # not: without a lead that dates the story, the publication's day, said to be only that
    (_LEAD + "Ms. Costa criticised Peru.\n", "2025-03-15", "publication"),
])
def test_an_undated_happening_takes_the_storys_day(write_article, text, day, basis):
    ds, talks = _happenings_dated(write_article, text)
    assert set(talks["date"].astype(str).str[:10]) == {day}, ds.events[["action", "date", "date_basis"]].to_dict("records")
    assert set(talks["date_basis"]) == {basis}


def test_a_happening_with_its_own_date_keeps_it(write_article):
    ds, talks = _happenings_dated(write_article, _LEAD.replace("news conference", "news conference on Wednesday")
                                  + "Ms. Costa drew applause on Thursday when she criticised Peru.\n")
    assert set(talks["date"].astype(str).str[:10]) == {"2025-03-12"}, ds.events[["action", "date"]].to_dict("records")


def _happenings_dated(write_article, text):
    ds = write_article(HEAD + text, published="2025-03-15", context=False)
    ev = ds.events[(ds.events["source"] == "article") & (ds.events["event_type"] == "interview")]
    assert len(ev) >= 1, ds.events[["action", "event_type"]].to_dict("records")
    return ds, ev


# 2025-03-12 is a Wednesday: the lead dates the story Monday 10 March
_MONDAY_LEAD = "On Monday, Ana Costa criticised Peru.\n\n"


@pytest.mark.parametrize("text, day", [
    # a happening with no date words of its own takes its sentence's, as an undated clause does, before the story's day
    (_MONDAY_LEAD + "On Tuesday, Costa visited Lima, where she gave a speech at a rally.\n", "2025-03-11"),
    (_MONDAY_LEAD + "Last week, in a speech, she praised Chile.\n", "2025-03-03"),
    ("Ana Costa visited Lima on Tuesday, where she gave a speech at a rally.\n", "2025-03-11"),
    # then the paragraph's last dated act before it
    (_MONDAY_LEAD + "Costa praised Chile on Tuesday. Later she gave a speech at a rally.\n", "2025-03-11"),
])
def test_an_undated_happening_takes_its_sentences_date_before_the_storys(write_article, text, day):
    ds = write_article(HEAD + text, published="2025-03-12", context=False)
    speech = ds.events[(ds.events["source"] == "article") & (ds.events["action"] == "a speech")]
    assert list(speech["date"].astype(str).str[:10]) == [day], ds.events[["action", "date", "date_basis"]].to_dict("records")
    assert set(speech["date_basis"]) == {"paragraph"}  # a borrowed day: unstated for the merge


def test_a_happening_does_not_borrow_a_date_from_another_paragraph(write_article):
    ds = write_article(HEAD + "Costa praised Chile on Tuesday.\n\nShe gave a speech at a rally.\n", published="2025-03-12",
                       context=False)
    speech = ds.events[(ds.events["source"] == "article") & (ds.events["action"] == "a speech")]
    assert set(speech["date_basis"]) <= {"story", "publication"}, ds.events[["action", "date", "date_basis"]].to_dict("records")


@pytest.mark.parametrize("text, trigger, place", [
    # a noun that only refers back is the attack named or told before it, with its place
    ("The Lyon attacks killed 40 people. The bloodshed shocked voters.", "bloodshed", "Lyon"),
    ("Gunmen attacked a concert hall in Lyon on Friday. The carnage shocked voters.", "carnage", "Lyon"),
    ("Gunmen attacked a concert hall in Lyon on Friday. But the bloodshed in Lyon changed the campaign.", "bloodshed",
     "Lyon"),
])
def test_a_noun_that_only_refers_back_is_the_attack_told_before_it(write_article, text, trigger, place):
    ds, found = _happenings(write_article, text, "attack")
    back = found[found["action"].str.endswith(trigger)]
    assert list(back["location"]) == [place], found[["action", "actor", "location", "date_basis"]].to_dict("records")


@pytest.mark.parametrize("text", [
    "The bloodshed shocked voters.",  # nothing told before it
    "Gunmen attacked a concert hall in Lyon on Friday. The bloodshed in Syria went on.",  # its own, other place
    "Jane Doe won the Ohio primary on Tuesday. The carnage of the campaign trail shocked her.",  # no attack before
    "The bloodshed shocked voters. Gunmen had attacked a concert hall in Lyon on Friday.",  # the attack told after it
    "“Gunmen attacked a concert hall in Lyon,” the mayor said. The carnage shocked voters.",  # only a quote tells it
    # not definite: no one happening referred back to, whether told by a verb or named by a noun before it
    "Gunmen attacked a concert hall in Lyon on Friday. Leaders met to prevent further bloodshed.",
    "The Lyon attacks killed 40 people. Leaders met to prevent further bloodshed.",
])
def test_a_noun_that_only_refers_back_with_nothing_to_refer_to_is_no_event(write_article, text):
    ds, found = _happenings(write_article, text)
    assert not found["action"].str.contains("bloodshed|carnage").any(), found[["action", "actor", "location"]].to_dict("records")


@pytest.mark.parametrize("text", [
    # its own words name another one: an "of" phrase, another sense ("on the roads"), its own day
    "Gunmen attacked a concert hall in Lyon on Friday. The carnage of the First World War haunted Europe.",
    "Gunmen attacked a concert hall in Lyon on Friday. The carnage of 1914 haunted Europe.",
    "Gunmen attacked a concert hall in Lyon on Friday. The carnage on the roads kills more people each year.",
    "Gunmen attacked a concert hall in Lyon on Friday. The bloodshed in Lyon last year was worse.",
    "Gunmen attacked a concert hall in Lyon on Friday. This year's bloodshed has no end.",
    "Troops shelled Aleppo on Monday. The bloodshed of the civil war has no end.",
    # an attack that did not happen: stopped, feared, only planned or possible
    "Police foiled a planned attack on a Lyon concert hall on Friday. The carnage would have been terrible.",
    "Police foiled the attack on a Lyon concert hall on Friday. The carnage would have been terrible.",
    "Police thwarted the planned attack on Lyon on Friday. The bloodshed would have been terrible.",
    "Officials fear an attack on Lyon next week. The carnage could be huge.",
    "Officials fear the attack on Lyon planned for next week. The carnage could be huge.",
    "A possible attack on Lyon worries officials. The bloodshed must be prevented.",
    "Officials warned of an attack on Lyon next week. The carnage could be huge.",
    # a named person "attacking" another named person: words, no bloodshed
    "Donald Trump attacked Jeb Bush at the debate on Tuesday. The carnage left Bush weak.",
    "Mara Velde attacked Tomas Ruiz over taxes on Tuesday. The bloodshed left Ruiz weak.",
    "Mara Velde attacked Tomas Ruiz over taxes on Tuesday. The carnage shocked voters.",
])
def test_a_noun_that_only_refers_back_borrows_no_attack_its_words_or_the_attack_rule_out(write_article, text):
    ds, found = _happenings(write_article, text)
    assert not found["action"].str.contains("bloodshed|carnage").any(), found[["action", "actor", "location", "date"]].to_dict("records")


@pytest.mark.parametrize("text, trigger, actor, place", [
    # near wordings that still refer back: an attack that happened, its own day or place agreeing, force on a person
    ("Gunmen attacked a concert hall in Lyon on Friday. The carnage could have been worse.", "carnage", "Gunmen", "Lyon"),
    ("Gunmen attacked a concert hall in Lyon on Friday. The bloodshed on Friday shocked the city.", "bloodshed", "Gunmen",
     "Lyon"),
    ("Gunmen attacked a concert hall in Lyon on Friday. The carnage at the hall shocked the city.", "carnage", "Gunmen", "Lyon"),
    ("A gunman shot Tomas Ruiz in Lyon on Friday. The carnage shocked the city.", "carnage", "gunman", "Lyon"),
    ("Troops shelled Aleppo on Monday. The carnage shocked the world.", "carnage", "troops", "Aleppo"),
    # an attack named with "an" that happened; a verb's own "on" phrase ("blamed X on Y")
    ("An attack on a Lyon hall killed 12 people on Friday. The carnage shocked voters.", "carnage", "", "Lyon"),
    ("Gunmen attacked a concert hall in Lyon on Friday. Critics blamed the bloodshed on lax security.", "bloodshed",
     "Gunmen", "Lyon"),
])
def test_a_noun_that_only_refers_back_still_borrows_an_attack_that_happened(write_article, text, trigger, actor, place):
    ds, found = _happenings(write_article, text, "attack")
    back = found[found["action"].str.endswith(trigger)]
    assert list(back["actor"]) == [actor] and list(back["location"]) == [place], \
        found[["action", "actor", "location", "date"]].to_dict("records")


@pytest.mark.parametrize("body, day, basis", [
    # a win told with no day (a headline's) is the one the article tells with its day, by the same winner in the
    # same place: that one's day, said to be referred, not the paper's
    ("Sen. Ted Cruz won Iowa on Monday, beating Donald Trump.", "2016-02-01", "referred"),
    # another winner's win, or another place's, says nothing of its day
    ("Hillary Clinton won Iowa on Monday.", PUBLISHED, "publication"),
    ("Sen. Ted Cruz won Alaska on Monday.", PUBLISHED, "publication"),
    # the same winner's win of the same place in another cycle is another contest
    ("Sen. Ted Cruz won Iowa in 2012, beating Rick Santorum.", PUBLISHED, "publication"),
])
def test_a_win_told_without_a_day_takes_the_day_the_article_gives_it(write_article, body, day, basis):
    ds = write_article("Ted Cruz wins Iowa\n" + body + "\n", published=PUBLISHED, context=False)
    ev = ds.events[ds.events["source"] == "article"]
    head = ev[(ev["event_type"] == "win") & (ev["start"] < ev["start"].min() + 15) & (ev["actor"] == "Ted Cruz")]
    assert len(head) == 1 and (str(head["date"].iloc[0].date()), head["date_basis"].iloc[0]) == (day, basis), \
        ev[["actor", "action", "location", "date", "date_basis", "start"]].to_dict("records")

@pytest.mark.parametrize("headline, kind, actor", [
    # a title-case first line is a headline: its capitals are the headline's, not a name's ("Budget Speech")
    ("After Mara Velde's Budget Speech, Critics Say Two Words.", "speech", "Mara Velde"),
    ("Something Odd About Mara Velde's Iowa Victory.", "win", "Mara Velde"),
])
def test_a_title_case_first_line_names_its_happenings(write_article, headline, kind, actor):
    text = headline + "\n\nMara Velde spoke in Lima on Friday about the budget.\n"
    ev = write_article(text, published=PUBLISHED, context=False).events
    head = ev[(ev["source"] == "article") & (ev["start"] < text.index("\n"))]
    assert list(zip(head["event_type"], head["actor"])) == [(kind, actor)], head[["action", "event_type", "actor"]].to_dict("records")
