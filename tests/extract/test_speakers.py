"""The words naming a speaker at a cue, and whom they name (analysis.extract.speakers and quotes)."""

from __future__ import annotations

import pytest

import analysis
from conftest import one_quote

INTRO = "Foreign Minister Jane Okafor arrived in the capital on Tuesday for talks with Prime Minister Tom Reyes.\n"


@pytest.mark.parametrize("line, speaker, words, via", [
    ("“The talks were useful and frank,” Okafor said.", "Jane Okafor", "Okafor", "name"),
    ("“The talks were useful and frank,” said Foreign Minister Jane Okafor.", "Jane Okafor", "Foreign Minister Jane Okafor", "name"),
    ("Okafor said: “The talks were useful and frank.”", "Jane Okafor", "Okafor", "name"),
    ("Okafor told reporters that “the talks were useful and frank.”", "Jane Okafor", "Okafor", "name"),
    ("According to Okafor, “the talks were useful and frank.”", "Jane Okafor", "Okafor", "name"),
    ("“The talks were useful and frank,” Okafor added in a statement.", "Jane Okafor", "Okafor", "name"),
    ("“The talks were useful and frank,” Okafor wrote on Twitter.", "Jane Okafor", "Okafor", "name"),
    ("“The talks were useful and frank,” Okafor, 61, a former judge, said.", "Jane Okafor", "Okafor, 61, a former judge", "name"),
    ("“The talks were useful and frank,” Okafor, who leads the delegation, said.", "Jane Okafor", "Okafor", "name"),
    ("Reyes was tired. “The talks were useful and frank,” she said.", "Jane Okafor", "she", "pronoun"),
    ("“The talks were useful and frank,” the minister said.", "Jane Okafor", "the minister", "description"),
    # a person named inside the appositive is whom it describes her by, not the speaker
    ("“The talks were useful and frank,” Okafor, a close ally of Reyes, said.", "Jane Okafor", "Okafor, a close ally of Reyes", "name"),
    ("“The talks were useful and frank,” Okafor, Reyes’s foreign minister, said.", "Jane Okafor", "Okafor, Reyes’s foreign minister", "name"),
    ("Okafor, a diplomat who once served under Reyes, said: “The talks were useful and frank.”", "Jane Okafor", "Okafor", "name"),
    ("A senior aide, speaking on condition of anonymity, said that “the talks were useful and frank.”", "", "A senior aide", "description"),
    # a relative clause after an appositive belongs to the appositive's noun; the name before both speaks
    ("Okafor, head of the Freedonia Institute, which advises the cabinet, said the talks were “useful and frank.”",
     "Jane Okafor", "Okafor, head of the Freedonia Institute", "name"),
])
def test_speaker_phrase_and_resolution(write_article, line, speaker, words, via):
    ds = write_article(INTRO + line + "\n")
    q = one_quote(ds, "useful and frank")
    assert (q["speaker"], q["speaker_text"], q["speaker_via"]) == (speaker, words, via)
    assert ds.text[q["speaker_start"] : q["speaker_end"]] == words


def test_x_quoted_y_as_saying_gives_y(write_article):
    ds = write_article(INTRO + "The Daily Courier quoted Reyes as saying “the talks were useful and frank.”\n")
    assert one_quote(ds, "useful and frank")["speaker"] == "Tom Reyes"


def test_an_organisation_speaks_through_its_spokesperson(write_article):
    ds = write_article(
        "A Harbour Authority spokesperson said the port would reopen on Friday after the storm.\n"
        "“Ships are already waiting outside the breakwater,” the spokesperson told reporters.\n"
    )
    q = one_quote(ds, "Ships are already waiting")
    assert q["speaker"] == "Harbour Authority" and q["speaker_via"] == "description"


def test_a_country_adjective_and_an_office_name_an_organisation_not_the_country(write_article):
    ds = write_article("“The strike hit an empty depot,” the Iraqi military command said.\n")
    q = one_quote(ds, "empty depot")
    assert q["speaker"] == "Iraqi military command" and q["speaker_kind"] == "organization"
    assert q["speaker_country"] == "Iraq"
    assert "Iraqi military command" in set(ds.actors["name"])


def test_an_unnamed_official_is_nobody_we_can_name(write_article):
    ds = write_article("“The depot was empty when the missile hit it,” a senior official said.\n")
    q = one_quote(ds, "depot was empty")
    assert q["speaker"] == "" and q["speaker_text"] == "a senior official" and q["speaker_via"] == "description"


def test_a_place_is_never_the_speaker_of_a_person_phrase(write_article):
    ds = write_article("In Lagos, Governor Ada Obi said: “Every school will reopen on Monday morning.”\n")
    q = one_quote(ds, "Every school will reopen")
    assert q["speaker"] == "Ada Obi" and not q["speaker_text"].startswith("In Lagos")


def test_a_headline_name_and_colon_attribute_the_quote(write_article):
    ds = write_article("Obi: ‘Every school will reopen on Monday’\nThe governor spoke in Lagos.\n")
    assert one_quote(ds, "Every school will reopen")["speaker_text"] == "Obi"


def test_a_passive_report_has_no_speaker(write_article):
    ds = write_article("Most of the NATO troops were reported to be heading for Kuwait by Friday.\n")
    assert ds.quotes.empty


def test_reported_needs_that_for_verbs_that_are_also_business_words(write_article):
    ds = write_article("Veridian Systems reported third-quarter revenue of $18.4 billion on Wednesday.\n")
    assert ds.quotes.empty
    ds = write_article("The Daily Courier reported that the mayor would resign before the end of the month.\n")
    assert one_quote(ds, "the mayor would resign")["speaker"] == "Daily Courier"


def test_uk_style_single_quotes_titles_without_periods_and_organisations(write_article):
    ds = write_article(
        "The prime minister, Theresa May, was warned that her deal would be defeated.\n"
        "Speaking in Brussels, Ms May said: ‘I am confident we can get this deal over the line.’\n"
        "‘We have listened to the concerns of colleagues,’ she added.\n"
        "The Foreign Office said in a statement that it was monitoring the situation closely.\n"
        "‘Our embassy is in contact with the local authorities,’ it said.\n"
        "The BBC said it had seen a letter signed by forty members of parliament.\n"
    )
    assert one_quote(ds, "deal over the line")["speaker"] == "Theresa May"
    assert one_quote(ds, "concerns of colleagues")["speaker"] == "Theresa May"
    assert one_quote(ds, "in contact with the local")["speaker"] == "Foreign Office"
    assert one_quote(ds, "seen a letter")["speaker"] == "BBC"


def test_a_constituency_is_not_a_speaker(write_article):
    ds = write_article("In the constituency of Uxbridge and South Ruislip, the Conservative candidate said the count was very close.\n")
    q = one_quote(ds, "count was very close")
    assert "Ruislip" not in q["speaker"] and q["speaker_text"] == "the Conservative candidate"


@pytest.mark.parametrize("line", [
    "Quexley, the delegation’s acting chairman, told reporters: “The talks were useful and frank.”",
    "“The talks were useful and frank,” said Sen. Quexley.",
])
def test_a_name_no_table_knows_is_the_speaker_without_its_appositive_or_title(write_article, line):
    q = one_quote(write_article(line + "\n"), "useful and frank")
    assert q["speaker"] == "Quexley" and q["speaker_via"] == "name"


def test_the_subject_of_a_sentence_with_no_cue_speaks_its_quote(write_article):
    ds = write_article(
        "Harbour reopens\n\nMayor Ada Obi visited the harbour on Monday.\n"
        "The mayor struck a defiant tone on the radio: “We will rebuild every pier before the winter.”\n"
    )
    q = one_quote(ds, "rebuild every pier")
    assert (q["speaker"], q["speaker_text"]) == ("Ada Obi", "The mayor")


def test_a_subject_only_mentioning_a_short_quote_does_not_make_it_speech(write_article):
    ds = write_article("Harbour reopens\n\nMayor Ada Obi spoke.\nThe mayor visited the “new” pier on Monday.\n")
    assert ds.quotes.empty


@pytest.mark.parametrize("line, speaker", [
    ("“The talks were useful and frank,” Okafor, of Freedonia Capital Markets, said.", "Jane Okafor"),  # where she works
    ("“The talks were useful and frank,” said Sen. Quexley of Ohio, a veteran negotiator.", "Quexley"),  # where from
])
def test_of_phrases_after_a_name_say_where_the_speaker_is_from(write_article, line, speaker):
    q = one_quote(write_article(INTRO + line + "\n"), "useful and frank")
    assert q["speaker"] == speaker


def test_a_title_names_the_speaker_by_the_surname_the_body_gives_in_full(write_article):
    # the title line comes before the full name, and may end in a period
    ds = write_article("Okafor slams the ‘reckless and costly’ harbour plan.\n\n"
                       "Foreign Minister Jane Okafor spoke in the capital on Tuesday.\n")
    assert one_quote(ds, "reckless and costly")["speaker"] == "Jane Okafor"


def test_a_title_line_ending_in_a_period_can_label_its_quote(write_article):
    ds = write_article("Okafor: Time for ‘patience’ on the harbour.\n\n"
                       "Foreign Minister Jane Okafor spoke in the capital on Tuesday.\n")
    assert one_quote(ds, "patience")["speaker"] == "Jane Okafor"


@pytest.mark.parametrize("line, speaker, words", [
    # the relative pronoun names the speaker at its cue; it stands for the name before it
    ("“We met,” Okafor said. Reyes, who said the talks were “useful and frank,” left early.", "Tom Reyes", "who"),
    ("“We met,” said Okafor, who added that the talks were “useful and frank.”", "Jane Okafor", "who"),
    # without a comma the clause is a noun's ("voters who said"), and a relative clause before the main verb
    # leaves the main subject the speaker
    ("Reyes, who had said the talks were over, issued a statement saying they were “useful and frank.”", "Tom Reyes", "Reyes"),
])
def test_a_relative_pronoun_speaks_for_its_antecedent(write_article, line, speaker, words):
    ds = write_article(INTRO + line + "\n")
    q = one_quote(ds, "useful and frank")
    assert (q["speaker"], q["speaker_text"]) == (speaker, words)


def test_an_ing_cue_after_a_quote_attribution_has_that_speaker(write_article):
    ds = write_article(INTRO + "“We met for hours,” she said, adding that the talks were “useful and frank.”\n")
    q = one_quote(ds, "useful and frank")
    assert (q["speaker"], q["speaker_text"]) == ("Jane Okafor", "she")


@pytest.mark.parametrize("line", [
    "When asked about the talks, Okafor said that “they were useful and frank.”",
    "Reyes spoke first. But, said Okafor, “the talks were useful and frank.”",
])
def test_a_word_that_opens_sentences_is_not_a_speaker(write_article, line):
    ds = write_article(INTRO + line + "\n")
    q = one_quote(ds, "useful and frank")
    assert q["speaker"] == "Jane Okafor"
    assert not ({"When", "But"} & set(ds.actors["name"]))


def test_a_surname_that_is_also_an_auxiliary_is_still_the_speaker(write_article):
    ds = write_article("George Will, a columnist, wrote about the talks.\n“The talks were useful and frank,” Will wrote.\n")
    assert one_quote(ds, "useful and frank")["speaker"] == "George Will"


@pytest.mark.parametrize("line, speaker", [
    ("“Were the talks useful?” the host pressed. “Useful and frank,” Okafor answered.", "Jane Okafor"),
    ("“Useful and frank,” read the statement from Okafor’s office.", ""),
])
def test_more_speech_verbs_attribute(write_article, line, speaker):
    ds = write_article(INTRO + line + "\n")
    q = one_quote(ds, "Useful and frank")
    assert q["speaker"] == speaker and q["attribution"] == "after" and q["cue"] in ("answered", "read")


@pytest.mark.parametrize("line", [
    "Okafor, in an attempt to calm the markets, said: “The talks were useful and frank.”",
    "Okafor, noting the mood in the room, said the talks were “useful and frank.”",
    "Okafor — asked by reporters about the outcome — said the talks were “useful and frank.”",
    "Sen. Jane Okafor (D-Ill.), also a member of the delegation, called the talks “useful and frank.”",
    "Okafor, after the hearing, tweeted a photo of the harbour with the words “useful and frank.”",
])
def test_an_aside_between_the_subject_and_its_cue_leaves_the_subject_the_speaker(write_article, line):
    ds = write_article(INTRO + line + "\n")
    q = one_quote(ds, "useful and frank")
    assert q["speaker"] == "Jane Okafor" and q["speaker_text"].startswith(("Okafor", "Sen. Jane Okafor"))


def test_a_cue_after_a_leading_phrase_and_a_comma_names_the_speaker_after_it(write_article):
    ds = write_article(INTRO + "In other words, explained Foreign Minister Jane Okafor: “The talks were useful and frank.”\n")
    assert one_quote(ds, "useful and frank")["speaker"] == "Jane Okafor"


def test_a_sentence_opening_conjunction_is_not_part_of_the_name_after_it(write_article):
    ds = write_article("As Jane Okafor put it: “The talks were useful and frank.”\n")
    q = one_quote(ds, "useful and frank")
    assert q["speaker"] == "Jane Okafor" and q["speaker_text"] == "Jane Okafor"


@pytest.mark.parametrize("line, cue", [
    ("“The talks were useful and frank,” Okafor pointed out.", "pointed"),
    ("“The talks were useful and frank,” Okafor shot back.", "shot"),
    ("As Okafor put it: “The talks were useful and frank.”", "put"),
])
def test_two_word_speech_verbs_attribute(write_article, line, cue):
    ds = write_article(INTRO + line + "\n")
    q = one_quote(ds, "useful and frank")
    assert (q["speaker"], q["cue"]) == ("Jane Okafor", cue)


@pytest.mark.parametrize("line, speaker", [
    ("The talks were, in the words of Okafor, “useful and frank.”", "Jane Okafor"),
    ("Reporters gathered outside, with Okafor tweeting that the talks were “useful and frank.”", "Jane Okafor"),
    ("Foreign Minister Jane Okafor described the talks as “useful and frank.”", "Jane Okafor"),
    ("Foreign Minister Jane Okafor accused Reyes of being “useful and frank.”", "Jane Okafor"),
])
def test_more_ways_of_quoting_name_the_speaker(write_article, line, speaker):
    ds = write_article(INTRO + line + "\n")
    assert one_quote(ds, "useful and frank")["speaker"] == speaker



@pytest.mark.parametrize("line", [
    "The EU said it would impose new sanctions on the regime in Minsk.",
    "The Kremlin denied the report. The European Union said it would impose new sanctions on the regime.",
])
def test_a_union_of_states_speaks_as_itself(write_article, line):
    """The EU is a region on the map and a body in the actor directory: "the EU said" is the EU speaking, and
    "The European Union" is no description referring back to the organisation named before."""
    ds = write_article(line + "\n", context=False)
    q = one_quote(ds, "new sanctions")
    assert q["speaker"] == "European Union"


def test_a_second_report_joined_by_but_is_its_own_speech(write_article):
    """"Peru said that …, but Chile said …": two speakers, each with their own words."""
    ds = write_article("Peru said on Tuesday that it had accepted the proposal, but Chile said the terms were far "
                       "from its demands.\n", context=False)
    peru, chile = one_quote(ds, "accepted the proposal"), one_quote(ds, "far from its demands")
    assert (peru["speaker"], chile["speaker"]) == ("Peru", "Chile")
    assert "Chile" not in peru["text"]


@pytest.mark.parametrize("line, first", [
    ("Witnesses said soldiers and police, and militia fighters said to be loyal to the general, fired on crowds.",
     "Witnesses"),
    ("Police said two men were arrested, while the prosecutor said charges were likely.", "police"),
])
def test_no_second_report_where_no_second_speech_stands_alone(write_article, line, first):
    """"said to be loyal" is no speech; a second report too short to stand as a quote stays in the first."""
    ds = write_article(line + "\n", context=False)
    assert len(ds.quotes) == 1 and ds.quotes.iloc[0]["speaker_text"].lower() == first.lower(), \
        ds.quotes[["speaker_text", "text"]].to_dict("records")
    assert ds.quotes.iloc[0]["text"].endswith(line.rstrip(".")[-12:])  # nothing of the words is lost


@pytest.mark.parametrize("line, owner, role", [
    ("A friend of Ana Costa said the trial was political and unfair.", "Ana Costa", "friend"),
    ("A former aide to President Ana Costa said the trial was political and unfair.", "Ana Costa", "aide"),
])
def test_someone_of_a_persons_speaks_as_themselves(write_article, line, owner, role):
    """"A friend of X said": the friend, unnamed, is X's; X did not say it."""
    q = one_quote(write_article(line + "\n", context=False), "political and unfair")
    assert (q["speaker"], q["speaker_org"], q["speaker_role"]) == ("", owner, role)


@pytest.mark.parametrize("line, role, place", [
    ("Farmers in the EU said: “The new rules are political and unfair.”", "farmers", "European Union"),
    ("“The new rules are political and unfair,” the farmers in France said.", "farmers", "France"),
])
def test_a_group_in_a_place_speaks_as_the_group(write_article, line, role, place):
    """"Farmers in the EU said": the farmers speak, where they live is no speaker."""
    q = one_quote(write_article("Prices fell again on Monday.\n\n" + line + "\n", context=False), "political and unfair")
    assert (q["speaker"], q["speaker_role"]) == ("", role)
    assert place in (q["speaker_org"], q["speaker_country"])


@pytest.mark.parametrize("role", ["lawyer", "spokesman"])
def test_a_lawyer_for_someone_speaks_for_them_as_a_spokesman_does(write_article, role):
    q = one_quote(write_article(f"“The new rules are political and unfair,” a {role} for Jane Okafor said.\n", context=False),
                  "political and unfair")
    assert (q["speaker"], q["speaker_role"]) == ("Jane Okafor", f"{role} for")


@pytest.mark.parametrize("words", ["from noted scholars", "from a noted scholar"])
def test_a_participle_describing_a_noun_is_no_cue(write_article, words):
    """"articles from noted scholars": "noted" describes the scholars; the lawyers cited them."""
    line = f"Her lawyers cited articles {words} to defend the view that she is “a natural born citizen” under the law.\n"
    q = one_quote(write_article("The court met on Monday.\n\n" + line, context=False), "natural born citizen")
    assert (q["cue"], q["speaker_text"]) == ("cited", "Her lawyers")



@pytest.mark.parametrize("line", [
    "Two officials in Iran said the missiles hit an empty base near the border on Tuesday.",
    "“The missiles hit an empty base near the border,” two officials in Iran said.",
    "Many in Iran said the missiles hit an empty base near the border on Tuesday.",
])
def test_people_counted_in_a_country_speak_as_themselves_not_for_it(write_article, line):
    q = one_quote(write_article(line + "\n"), "empty base")
    assert q["speaker"] == "" and q["speaker_via"] == "description" and q["speaker_country"] == "Iran"


def test_a_quantifier_before_an_organisation_still_gives_the_organisation(write_article):
    """Near miss: "Some in Congress" speak for Congress, a body, not a place."""
    q = one_quote(write_article("Some in Congress said the missiles hit an empty base near the border.\n"), "empty base")
    assert q["speaker"] == "Congress"


@pytest.mark.parametrize("line, speaker", [
    ("“The deal will be signed on Friday,” a source close to Okafor said.", ""),
    ("“The deal will be signed on Friday,” three people familiar with Okafor’s plans said.", ""),
    # near miss: the name opens the phrase and "close to" is an aside about her
    ("“The deal will be signed on Friday,” Okafor, close to tears, said.", "Jane Okafor"),
])
def test_people_close_to_someone_are_not_them(write_article, line, speaker):
    q = one_quote(write_article(INTRO + line + "\n"), "signed on Friday")
    assert q["speaker"] == speaker


@pytest.mark.parametrize("line, speaker, words", [
    ("Separately, the Harbour Authority said the port would reopen on Friday.", "Harbour Authority", "the Harbour Authority"),
    # near miss: a surname ending in -ly with an appositive closed by a comma is still the speaker
    ("Connolly, the harbour master, said the port would reopen on Friday.", "Connolly", "Connolly, the harbour master"),
    # nor when the appositive, left unclosed, describes a person
    ("Connolly, the harbour master said the port would reopen on Friday.", "Connolly", "Connolly, the harbour master"),
    ("McNally, a spokesman for the firm said the port would reopen on Friday.", "McNally",
     "McNally, a spokesman for the firm"),
    # an adverb before a person's description is still an adverb, not a surname
    ("Separately, a spokesman for the ministry said the port would reopen on Friday.", "", "a spokesman for the ministry"),
    ("Similarly, the police chief said the port would reopen on Friday.", "", "the police chief"),
    # a short stem is a surname's as often as an adjective's
    ("Mulally, the chief executive said the port would reopen on Friday.", "Mulally", "Mulally, the chief executive"),
    ("Gately, a spokesman for the club said the port would reopen on Friday.", "Gately",
     "Gately, a spokesman for the club"),
])
def test_an_adverb_opening_the_sentence_is_no_speaker(write_article, line, speaker, words):
    q = one_quote(write_article(line + "\n"), "port would reopen")
    assert (q["speaker"], q["speaker_text"]) == (speaker, words)


@pytest.mark.parametrize("text, speaker", [
    # a surname given with a title, where the article also writes the common noun ("well", "power", "parks")
    ("Dr. Wells treated the patients well on Monday. Wells said the hospital needed more staff.", "Wells"),
    ("Gen. Powers met the new power brokers on Monday. Powers said the hospital needed more staff.", "Powers"),
    ("Mr. Parks walked in the parks on Monday. Parks said the hospital needed more staff.", "Parks"),
    ("Officer Childs arrested the man on Monday. Childs said the hospital needed more staff.", "Childs"),
])
def test_a_surname_after_a_title_stays_the_speaker(write_article, text, speaker):
    ds = write_article(text + "\n")
    q = one_quote(ds, "needed more staff")
    assert (q["speaker"], q["speaker_kind"]) == (speaker, "person")
    assert list(ds.actors.loc[ds.actors["name"] == speaker, "kind"]) == ["person"]  # one actor, the person


@pytest.mark.parametrize("line", [
    # people named by a plural noun opening the sentence, whether or not the article also writes it in lower case
    "The workers stayed home. Workers said they had not been paid since March.",
    "Teachers say they had not been paid since March.",
    "The aides stayed behind. Aides said they had not been paid since March.",
    "Militants said they had not been paid since March.",
    "Villagers said they had not been paid since March.",
])
def test_a_plural_for_people_opening_a_sentence_keeps_its_quote(write_article, line):
    q = one_quote(write_article(INTRO + line + "\n"), "not been paid")
    assert q["speaker_kind"] != "organization" and q["speaker_text"] == line.split(". ")[-1].split()[0]


def test_a_figurative_team_is_no_sport(write_article):
    """"The legal team said …" in an article about a recount: a description, the recount is no team speaking."""
    ds = write_article("Lawyers fought over the Florida Recount for weeks. The legal team said the game was not over, and "
                       "the season of litigation went on.\n")
    q = one_quote(ds, "game was not over")
    assert (q["speaker"], q["speaker_via"]) == ("", "description")


@pytest.mark.parametrize("line, words", [
    # a common adverb with a short stem opening a reported clause keeps the quote and its speaker
    ("Morally, the war cannot be justified, the bishop said.", "war cannot be justified"),
    ("Purely, the move is about money, the analyst said.", "move is about money"),
])
def test_a_short_common_adverb_before_reported_words_keeps_the_quote(write_article, line, words):
    q = one_quote(write_article(line + "\n"), words)
    assert q["speaker"] == "" and q["speaker_text"].startswith("the "), q.to_dict()


@pytest.mark.parametrize("line, words, via", [
    # a name before a person's noun or a title: a person the phrase describes
    ("“The talks were useful and frank,” the Kenyan foreign minister said.", "the Kenyan foreign minister", "description"),
    ("“The talks were useful and frank,” a Kenyan lawyer said.", "a Kenyan lawyer", "description"),
    # someone of a named person's, unnamed: by a person's noun, a group's noun or a title
    ("“The talks were useful and frank,” Okafor’s spokeswoman said.", "Okafor’s spokeswoman", "description"),
    ("“The talks were useful and frank,” Okafor’s secretary said.", "Okafor’s secretary", "description"),
    # capitalised words no table knows name someone; a capitalised person's or organisation's noun does not
    ("“The talks were useful and frank,” the Daily Courier said.", "the Daily Courier", "name"),
    # a person's, an organisation's or a source's noun, or a determiner or quantifier before one: a description
    ("“The talks were useful and frank,” a source said.", "a source", "description"),
    ("“The talks were useful and frank,” the agency said.", "the agency", "description"),
    ("“The talks were useful and frank,” one statement said.", "one statement", "description"),
    ("“The talks were useful and frank,” several analysts said.", "several analysts", "description"),
])
def test_each_reading_of_a_speaker_phrase_by_its_nouns(write_article, line, words, via):
    # (the unions of the noun sets these readings ask are built once, not per phrase: the readings stay as they were)
    q = one_quote(write_article(INTRO + line + "\n"), "useful and frank")
    assert (q["speaker_text"], q["speaker_via"]) == (words, via)
