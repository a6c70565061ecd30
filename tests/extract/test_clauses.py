"""The shallow parse into clauses (analysis.extract.clauses) on short sentences of our own."""

from __future__ import annotations

import pytest

from analysis.extract.clauses import clauses

HEAD = "Headline of the day\n"


def _words(d, phrase):
    return None if phrase is None else d.text[phrase.start : phrase.end]


def _clause(d, lemma, kind="verb"):
    found = [c for cs in clauses(d) for c in cs if c.lemma == lemma and c.kind == kind]
    assert len(found) == 1, [(c.kind, c.lemma) for cs in clauses(d) for c in cs]
    return found[0]


@pytest.mark.parametrize("sentence, lemma, subject, obj", [
    ("Rebel fighters stormed the town of Kalo on Monday.", "storm", "Rebel fighters", "the town of Kalo"),
    ("Police officers responding to reports of a fight near the market arrested two men.", "arrest", "Police officers", "two men"),
    ("Mara Velde, 54, who chairs the union, condemned the plan.", "condemn", "Mara Velde", "the plan"),
    ("In Lisbon, the foreign minister Ana Costa met her Spanish counterpart.", "meet", "the foreign minister Ana Costa", "her Spanish counterpart"),
    ("The council on Tuesday rejected the proposal.", "reject", "The council", "the proposal"),
    ("Two days after the vote, a group of farmers blocked the motorway.", "block", "a group of farmers", "the motorway"),
    ("Early on Jan. 8 Chile expelled three diplomats.", "expel", "Chile", "three diplomats"),  # the date ends at its day
    ("On March 3 2021 Peru closed the border.", "close", "Peru", "the border"),
    ("About 2,000 farmers blocked the motorway.", "block", "2,000 farmers", "the motorway"),  # a count, not "about" a thing
    ("Police shot dead two protesters in Nairobi.", "shoot", "Police", "two protesters"),  # "dead" says how, no object
    ("Police shot a man dead in Nairobi.", "shoot", "Police", "a man"),
    ("The blast left two dead soldiers in the street.", "leave", "The blast", "two dead soldiers"),
])
def test_subject_and_object(doc, sentence, lemma, subject, obj):
    d = doc(HEAD + sentence + "\n")
    c = _clause(d, lemma)
    assert (_words(d, c.subject), _words(d, c.object)) == (subject, obj)


@pytest.mark.parametrize("sentence, lemma, subject", [
    # a verb no lexicon lists, after a plural event noun and its place: the noun is the subject, not a verb
    ("The terrorist bombings in Lima reframed the presidential contest Thursday.", "reframed", "The terrorist bombings"),
    ("Air strikes in the north on Monday upended the talks.", "upended", "Air strikes"),
    # an aside between a clause-opening "after" and the verb: the phrase after "after" is the subject
    ("Talks resumed after the army, in a surprise move, freed the hostages.", "free", "the army"),
    ("It comes a week after Judge Ana Costa, in the same courthouse, voided the ban.", "void", "Judge Ana Costa"),
])
def test_the_subject_is_found_past_what_stands_between(doc, sentence, lemma, subject):
    d = doc(HEAD + sentence + "\n")
    assert _words(d, _clause(d, lemma).subject) == subject


def test_an_object_with_an_of_phrase_after_an_adverb_does_not_open_a_clause(doc):
    d = doc(HEAD + "The agency will provide nearly 2,000 tons of emergency food aid to refugees.\n")
    assert _words(d, _clause(d, "provide").object) == "2,000 tons of emergency food aid"


def test_a_plural_event_noun_before_its_verb_is_a_noun(doc):
    d = doc(HEAD + "The terrorist attacks in Lima reframed the presidential contest Thursday.\n")
    assert [c.kind for cs in clauses(d) for c in cs if c.lemma.startswith("attack")] == ["noun"]


def test_passive_takes_the_by_phrase_as_agent(doc):
    d = doc(HEAD + "The bridge was destroyed by army engineers on Friday.\n")
    c = _clause(d, "destroy")
    assert c.voice == "passive"
    assert _words(d, c.subject) == "The bridge" and _words(d, c.agent) == "army engineers"


@pytest.mark.parametrize("sentence, lemma, agent", [
    # a "by" phrase that only says by how much, before another: the second is who did it
    ("The budget was cut by half by the government.", "cut", "the government"),
    ("Fuel subsidies were slashed by 30 percent by the military council.", "slash", "the military council"),
    ("The curfew was extended by two hours by the army.", "extend", "the army"),
    ("Interest rates were cut by two points by the central bank.", "cut", "the central bank"),
    ("The tax was raised by one point by parliament.", "raise", "parliament"),
    # a lone "by" phrase stays the agent, whatever its words; a time before the agent is no agent either way
    ("The village was attacked by a third of the soldiers.", "attack", "a third of the soldiers"),
    ("The budget was cut by half.", "cut", "half"),
    ("The village was attacked by night by rebels.", "attack", "rebels"),
])
def test_a_passive_agent_is_past_a_by_phrase_of_how_much(doc, sentence, lemma, agent):
    d = doc(HEAD + sentence + "\n")
    assert _words(d, _clause(d, lemma).agent) == agent


def test_agentless_passive_keeps_its_subject(doc):
    d = doc(HEAD + "Three protesters were arrested outside the parliament.\n")
    c = _clause(d, "arrest")
    assert c.voice == "passive" and c.agent is None and _words(d, c.subject) == "Three protesters"


@pytest.mark.parametrize("sentence, lemma, modality, negated", [
    ("The ministry will release the prisoners.", "release", "intent", False),
    ("The ministry threatened to expel the diplomats.", "expel", "threaten", False),
    ("The ministry refused to release the prisoners.", "release", "refuse", False),
    ("The ministry would not release the prisoners.", "release", "refuse", False),
    ("The ministry did not release the prisoners.", "release", "", True),
    ("The ministry could release the prisoners.", "release", "hypothetical", False),
    ("The ministry must release the prisoners.", "release", "demand", False),
    ("The gunmen tried to assassinate the mayor.", "assassinate", "attempt", False),
])
def test_modal_frames_and_negation(doc, sentence, lemma, modality, negated):
    c = _clause(doc(HEAD + sentence + "\n"), lemma)
    assert (c.modality, c.negated) == (modality, negated)


def test_coordinated_verbs_share_the_first_subject(doc):
    d = doc(HEAD + "Soldiers shelled the village and burned the market.\n")
    burn = _clause(d, "burn")
    assert _words(d, burn.subject) == "Soldiers" and _words(d, burn.object) == "the market"


def test_a_list_of_acts_after_commas_shares_the_subject(doc):
    d = doc(HEAD + "Police arrested the editor in May, charged him with fraud, and a court sentenced him.\n")
    assert _words(d, _clause(d, "charge").subject) == "Police"
    assert _words(d, _clause(d, "sentence").subject) == "a court"


def test_a_reported_clause_links_to_its_reporting_verb(doc):
    d = doc(HEAD + "The minister said the army had withdrawn from the city.\n")
    found = clauses(d)[1]
    said = next(k for k, c in enumerate(found) if c.lemma == "say")
    withdraw = next(c for c in found if c.lemma == "withdraw")
    assert withdraw.report == said and _words(d, withdraw.subject) == "the army"


def test_urging_someone_to_act_makes_them_the_subject_asked(doc):
    d = doc(HEAD + "The envoy urged both sides to resume talks.\n")
    found = clauses(d)[1]
    resume = next(c for c in found if c.lemma == "resume")
    assert found[resume.demand_by].lemma == "urge" and _words(d, resume.subject) == "both sides"


def test_event_noun_with_its_owner_and_target(doc):
    d = doc(HEAD + "The ministry condemned Freedonia's attack on the port.\n")
    attack = _clause(d, "attack", kind="noun")
    assert _words(d, attack.owner) == "Freedonia" and ("on", "the port") in [(p, _words(d, np)) for p, np in attack.preps]


def test_a_noun_before_another_noun_is_a_modifier_not_an_event(doc):
    d = doc(HEAD + "Guests arrived at the protest camp before noon.\n")
    assert not [c for cs in clauses(d) for c in cs if c.kind == "noun" and c.lemma == "protest"]


def test_nouns_read_as_nouns_and_verbs_as_verbs(doc):
    d = doc(HEAD + "Air strikes killed five people, and the rebels attack the town every night.\n")
    lemmas = {(c.kind, c.lemma) for cs in clauses(d) for c in cs}
    assert ("verb", "kill") in lemmas and ("verb", "attack") in lemmas
    assert ("verb", "strike") not in lemmas


def test_sections_outside_the_news_are_not_parsed(doc):
    d = doc(HEAD + "Rebels stormed the town.\nREUTERS/Photographer Name\n")
    assert all(not cs for cs, s in zip(clauses(d), d.sentences) if s.section not in ("body", "caption"))


@pytest.mark.parametrize("text", ["", "\n\n", "Headline\n" + "word " * 2000 + "\n", "Headline\n“” ” “ — -- ; : ,\n"])
def test_odd_text_gives_clauses_without_error(doc, text):
    assert isinstance(clauses(doc(text)), list)


def test_according_to_is_attribution_not_a_verb(doc):
    d = doc(HEAD + "Police arrested two men, according to the local newspaper.\n")
    assert [c.lemma for cs in clauses(d) for c in cs if c.kind == "verb"] == ["arrest"]


def test_a_noun_joined_to_a_past_verbs_object_is_no_verb(doc):
    d = doc(HEAD + "The mayor brought food and supplies to the flooded town.\n")
    assert [c.lemma for cs in clauses(d) for c in cs if c.kind == "verb"] == ["bring"]


def test_a_date_after_an_opening_clause_does_not_hide_the_subject(doc):
    d = doc(HEAD + "A week after the mayor visited the town, a local newspaper on Friday criticised the council.\n")
    c = _clause(d, "criticise")
    assert _words(d, c.subject) == "a local newspaper"


@pytest.mark.parametrize("sentence, lemma, subject", [
    ("Last week police arrested two men in Lyon.", "arrest", "police"),
    ("This week the president visited Lima.", "visit", "the president"),
    ("In past years he has had harsh words for Lima, but this time he praised the deal.", "praise", "he"),
    # a time phrase with its comma, then a subject with an appositive before the verb
    ("Last week, the UN envoy, Ana Costa, warned that the talks were at risk.", "warn", "the UN envoy"),
    ("Earlier this week, the UN envoy, Ana Costa, warned that the talks were at risk.", "warn", "the UN envoy"),
    ("Later that day, the mayor, a former judge, closed the market.", "close", "the mayor"),
    ("The following morning the mayor closed the market.", "close", "the mayor"),
    # a time that owns the subject is part of it, not a phrase before it
    ("Last month's Chilean strike killed 12 people in Lima.", "kill", "month's Chilean strike"),
    ("This week's protests in Lima were attacked by police.", "attack", "week's protests"),
])
def test_a_time_phrase_before_the_subject_is_not_the_subject(doc, sentence, lemma, subject):
    d = doc(HEAD + sentence + "\n")
    assert _words(d, _clause(d, lemma).subject) == subject


def test_a_relative_that_after_an_event_noun_ends_its_phrase(doc):
    d = doc(HEAD + "Two men died in a gas attack that the government blamed on Peru.\n")
    attack = _clause(d, "attack", kind="noun")
    assert not [p for p, _ in attack.preps if p == "on"]



@pytest.mark.parametrize("sentence, lemma, subject", [
    ("11 a.m. Attorney General Ana Costa is investigating the death of a man.", "investigate", "Attorney General Ana Costa"),
    ("7:50 p.m. In Lima, police arrested two men.", "arrest", "police"),
])
def test_a_live_reports_clock_time_is_not_the_subject(doc, sentence, lemma, subject):
    d = doc(HEAD + sentence + "\n")
    assert _words(d, _clause(d, lemma).subject) == subject


def test_an_appositive_participle_is_no_first_act_of_a_list(doc):
    d = doc(HEAD + "Members of the Andean Jurists Union, a body linked to the regional parliament, visited the prison.\n")
    c = _clause(d, "visit")
    assert _words(d, c.subject) == "Members of the Andean Jurists Union" and c.coordinated_with == -1


def test_a_thousands_separator_does_not_break_a_phrase(doc):
    d = doc(HEAD + "Rebels freed 2,000 prisoners on Monday.\n")
    assert _words(d, _clause(d, "free").object) == "2,000 prisoners"


def test_a_demand_voiced_while_marching_somewhere_is_the_marchers(doc):
    d = doc(HEAD + "Hundreds of nurses marched to the presidential palace demanding higher pay.\n")
    assert _words(d, _clause(d, "demand").subject) == "Hundreds of nurses"


@pytest.mark.parametrize("sentence, lemma, subject", [
    # support voiced while doing another, after a thing or a place: the doer's, as a demand is
    ("Jeff Sessions went on the record endorsing Donald Trump on Sunday.", "endorse", "Jeff Sessions"),
    ("Jane Doe spoke at a rally in Iowa praising veterans.", "praise", "Jane Doe"),
    # after people, the participle is theirs
    ("Police fired at protesters supporting the opposition.", "support", "protesters"),
])
def test_support_voiced_while_doing_another_is_the_doers(doc, sentence, lemma, subject):
    d = doc(HEAD + sentence + "\n")
    assert _words(d, _clause(d, lemma).subject) == subject


def test_a_participle_after_people_is_theirs(doc):
    d = doc(HEAD + "Police fired at protesters demanding the release of their leader.\n")
    assert _words(d, _clause(d, "demand").subject) == "protesters"


def test_a_multi_word_verb_after_to_is_a_verb(doc):
    d = doc(HEAD + "The rebels refused to hand over their weapons on Monday.\n")
    c = _clause(d, "hand over")
    assert (c.modality, _words(d, c.subject), _words(d, c.object)) == ("refuse", "The rebels", "their weapons")


def test_what_a_country_is_warned_of_is_not_part_of_its_name(doc):
    d = doc(HEAD + "Iran accused the United States of an act of war.\n")
    assert _words(d, _clause(d, "accuse").object) == "the United States"


@pytest.mark.parametrize("sentence, lemma, obj", [
    ("Chile expelled as a reprisal three Peruvian diplomats.", "expel", "three Peruvian diplomats"),
    ("Police arrested, as a precaution, three journalists.", "arrest", "three journalists"),
    ("The council rejected as unacceptable the demands of the union.", "reject", "the demands of the union"),
    ("Police arrested as many as 50 protesters.", "arrest", "50 protesters"),
    ("Troops attacked as the sun rose.", "attack", None),  # "as" opening a clause of its own: no object
])
def test_the_object_after_an_as_phrase(doc, sentence, lemma, obj):
    d = doc(HEAD + sentence)
    assert _words(d, _clause(d, lemma).object) == obj


@pytest.mark.parametrize("sentence, lemma, voice", [
    ("A driver, accused of smuggling fuel, was detained in Lyon.", "accuse", "passive"),
    ("The article, based on accounts from officials, revealed that the talks failed.", "base", "passive"),
    ("The article, based on accounts from officials, revealed that the talks failed.", "reveal", "active"),
    ("The minister, speaking in Lyon, said the talks failed.", "say", "active"),
])
def test_a_participle_set_off_by_commas_is_a_passive_aside(doc, sentence, lemma, voice):
    d = doc(HEAD + sentence + "\n")
    assert _clause(d, lemma).voice == voice


@pytest.mark.parametrize("sentence, subject", [
    ("The Sept. 11 attacks were condemned by Peru.", "The Sept. 11 attacks"),
    ("The January vote was postponed.", "The January vote"),
])
def test_a_date_right_after_the_determiner_is_inside_the_phrase(doc, sentence, subject):
    d = doc(HEAD + sentence + "\n")
    verb = next(c for cs in clauses(d) for c in cs if c.kind == "verb")
    assert _words(d, verb.subject) == subject


@pytest.mark.parametrize("sentence, lemma, subject", [
    # a dateline whose agency credit has no dash after it is no part of the first clause's subject
    ("MEXICO CITY (AP) Mexico's Senate has passed a resolution on Monday.", "pass", "Mexico's Senate"),
    ("KHARTOUM, Sudan (AP) Sudanese police arrested 20 protesters on Monday.", "arrest", "Sudanese police"),
    # near misses: brackets that are no dateline's credit leave the subject whole
    ("The police (AP) arrested 20 protesters on Monday.", "arrest", "The police"),
    ("Police in Lyon (France) arrested 20 protesters on Monday.", "arrest", "Police"),
])
def test_a_datelines_credit_without_a_dash_ends_before_the_subject(doc, sentence, lemma, subject):
    d = doc(HEAD + sentence + "\n")
    assert _words(d, _clause(d, lemma).subject) == subject


def test_an_ly_adjective_joins_the_noun_after_it(doc):
    d = doc(HEAD + "The deadly attack killed 191 people in Madrid.\n")
    assert _words(d, _clause(d, "kill").subject) == "The deadly attack"


def test_an_ly_word_before_a_participle_does_not_join_a_longer_phrase(doc):
    # "a digitally manipulated image of himself and his sister": the object stays "Donald Trump's retweet",
    # not a phrase running on to "his sister"
    d = doc(HEAD + "Prince Alwaleed mocked Donald Trump's retweet of a digitally manipulated image of himself and his sister.\n")
    assert "sister" not in (_words(d, _clause(d, "mock").object) or "")


@pytest.mark.parametrize("sentence, lemma, marked", [
    # a "from" phrase of calendar words only says when: it is marked so that no "… from" pattern reads it
    ("Truckers said they would blockade Lyon from Tuesday night to press for lower fuel taxes.", "blockade", True),
    ("The union blocked the port from Monday.", "block", True),
    ("The league barred the club from next week, officials said.", "bar", True),
    # what something is kept or taken from: a place, a body, an event that a calendar word only describes
    ("The league barred the club from March talks.", "bar", False),
    ("The union blocked the convoy from Monday's rally.", "block", False),
    ("The league barred the club from the competition.", "bar", False),
])
def test_a_from_phrase_of_calendar_words_is_a_time(doc, sentence, lemma, marked):
    d = doc(HEAD + sentence + "\n")
    after = _clause(d, lemma).after
    assert ("from-time" in after) is marked and ("from" in after) is not marked, after


@pytest.mark.parametrize("sentence, lemma, subject", [
    # an act done "by -ing" is how the clause's subject did its act, whoever that act was done to
    ("Jeff Sessions stunned Republicans by endorsing Donald Trump on Sunday.", "endorse", "Jeff Sessions"),
    ("Police dispersed the protesters by firing tear gas.", "fire", "Police"),
    ("Iran angered Israel by sending troops to Syria.", "send", "Iran"),
    ("Mara Velde said the union angered the council by calling a strike.", "call", "the union"),
    # not a means: a participle after its noun in a passive's agent, or "by" a time
    ("Two villagers were killed by soldiers firing from a helicopter.", "fire", "soldiers"),
])
def test_by_ing_is_the_clause_subjects_means(doc, sentence, lemma, subject):
    d = doc(HEAD + sentence + "\n")
    assert _words(d, _clause(d, lemma).subject) == subject


def test_by_ing_takes_no_subject_over_a_verb_the_parse_left_out(doc):
    """"said the union had surprised the council by calling a strike": "surprised" made no clause, so the means is
    not the sayer's."""
    d = doc(HEAD + "Mara Velde said the union had surprised the council by calling a strike.\n")
    assert _words(d, _clause(d, "call").subject) != "Mara Velde"


@pytest.mark.parametrize("sentence, noun", [
    ("Peru has received strong backing from Brazil and its allies.", "backing"),
    ("The village came under heavy shelling by army units.", "shelling"),
    ("Hundreds fled after fierce fighting in the hills.", "fighting"),
])
def test_an_acts_ing_noun_after_a_describing_word_is_a_noun(doc, sentence, noun):
    # after a verb or preposition, a word describing the act ("strong", "heavy", "fierce") makes the -ing word its noun
    d = doc(HEAD + sentence + "\n")
    found = [(c.kind, c.lemma) for cs in clauses(d) for c in cs]
    assert ("noun", noun) in found and not any(kind == "verb" and d.text[c.start : c.end] == noun
                                               for cs in clauses(d) for c in cs for kind in [c.kind]), found


@pytest.mark.parametrize("sentence, participle", [
    ("Witnesses saw police firing at protesters.", "firing"),  # a doer before the participle
    ("Witnesses saw militia shooting at cars.", "shooting"),
    ("Villagers saw Velde shooting at cars.", "shooting"),  # a name
    ("The army saw civilians fighting over food.", "fighting"),  # a plural
])
def test_a_doer_before_an_ing_word_keeps_it_a_participle(doc, sentence, participle):
    d = doc(HEAD + sentence + "\n")
    assert any(c.kind == "verb" and d.text[c.start : c.end] == participle for cs in clauses(d) for c in cs), \
        [(c.kind, c.lemma) for cs in clauses(d) for c in cs]


@pytest.mark.parametrize("sentence, lemma, subject", [
    # a gerund after "for": the one the verb before judges (its object, or its "at" / "against" phrase) did it
    ("The minister lashed out at Chile for having shot down a Peruvian plane.", "shoot down", "Chile"),
    ("The minister railed against the mayor for closing the market.", "close", "the mayor"),
    ("Peru thanked Chile for sending aid.", "send", "Chile"),
    # no one judged: "to" the victims, or no object at all
    ("The minister apologised to the victims for shooting at the crowd.", "shoot", "The minister"),
    ("The army apologised for shooting at the crowd.", "shoot", "The army"),
])
def test_a_gerund_after_for_is_done_by_the_one_judged(doc, sentence, lemma, subject):
    d = doc(HEAD + sentence + "\n")
    assert _words(d, _clause(d, lemma).subject) == subject


@pytest.mark.parametrize("sentence, lemma, subject", [
    # no verb that judges: the "at" / "against" phrase is where or what, and the subject does the gerund
    ("Protesters rallied at the embassy for demanding the release of prisoners.", "demand", "Protesters"),
    ("Hundreds gathered at the stadium for mourning the victims.", "mourn", "Hundreds"),
    ("Delegates met at the palace for signing the accord.", "sign", "Delegates"),
    ("Thousands voted against the plan for merging the provinces.", "merge", "Thousands"),
    # a passive's subject is the one judged; "at" says where it was done
    ("The mayor was praised at the ceremony for rescuing the children.", "rescue", "The mayor"),
    # with an object, the object is the one judged, not the occasion after it
    ("Chile criticised Peru at the summit for expelling three diplomats.", "expel", "Peru"),
])
def test_a_gerund_after_for_is_no_act_of_a_place_or_an_occasion(doc, sentence, lemma, subject):
    d = doc(HEAD + sentence + "\n")
    assert _words(d, _clause(d, lemma).subject) == subject


def test_a_judged_thing_does_not_act(doc):
    # "at the meeting" names no one: it cannot be who cut the budget
    d = doc(HEAD + "The minister lashed out at the meeting for cutting the budget.\n")
    assert _words(d, _clause(d, "cut").subject) != "the meeting"


@pytest.mark.parametrize("sentence, lemma, subject", [
    # the subject of a passive verb of seeing does what the -ing word after it says, past the verb's own phrases
    ("A police officer was seen on camera grabbing a reporter by the throat.", "grab", "A police officer"),
    ("A soldier was heard threatening the villagers.", "threaten", "A soldier"),
    ("Two guards were caught beating a prisoner.", "beat", "Two guards"),
    ("The suspect was seen near the police station carrying a rifle.", "carry", "The suspect"),  # a building
    # a comma between the verb's own phrases keeps them its own
    ("The officer was seen on camera, near the market holding a gun.", "hold", "The officer"),
    ("A soldier was seen in the town of Kalo, near the border firing at villagers.", "fire", "A soldier"),
    # an institution's singular head after a preposition of place is its building, which does nothing
    ("The suspect was seen outside the embassy throwing stones.", "throw", "The suspect"),
    ("The gunman was seen near the ministry carrying a rifle.", "carry", "The gunman"),
    ("The protester was seen outside the court burning a flag.", "burn", "The protester"),
    ("The suspect was seen in front of the parliament throwing stones.", "throw", "The suspect"),
    # a "by" phrase naming a thing: the camera saw, the one seen did it
    ("The thief was caught by a security camera stealing a car.", "steal", "The thief"),
    ("The officer was caught by CCTV cameras beating a prisoner.", "beat", "The officer"),
])
def test_a_passive_of_seeing_lends_its_subject_to_the_ing_verb(doc, sentence, lemma, subject):
    d = doc(HEAD + sentence + "\n")
    assert _words(d, _clause(d, lemma).subject) == subject


@pytest.mark.parametrize("sentence, lemma, subject", [
    # a "by" or "to" phrase names who saw or was shown: the -ing verb right after it is theirs
    ("The suspect was caught by police officers patrolling the border.", "patrol", "police officers"),
    ("A man was seen by soldiers guarding the checkpoint.", "guard", "soldiers"),
    ("The minister was heard by reporters attending the summit.", "attend", "reporters"),
    ("The document was shown to lawmakers investigating the bribery scandal.", "investigate", "lawmakers"),
    # nor past a phrase naming people, who may be the ones doing it
    ("The minister was seen among protesters chanting slogans against him.", "chant", "protesters"),
    ("The officer was seen near soldiers blocking the road.", "block", "soldiers"),
    ("The officer was seen near the police beating a protester.", "beat", "the police"),  # people, not a building
    ("The officer was seen outside the barracks with soldiers blocking the road.", "block", "soldiers"),
])
def test_a_passive_of_seeing_does_not_reach_past_its_agent(doc, sentence, lemma, subject):
    d = doc(HEAD + sentence + "\n")
    assert _words(d, _clause(d, lemma).subject) == subject


@pytest.mark.parametrize("sentence, lemma, subject", [
    ("Witnesses saw the officer grabbing a reporter.", "grab", "the officer"),  # active: the one seen, as before
    # a comma after the verb's phrases: what follows is another's act, not what the one seen was doing
    ("The officer was seen at the scene, his colleagues beating a protester.", "beat", "his colleagues"),
    ("A protester was seen on camera, soldiers beating him.", "beat", "soldiers"),
])
def test_other_seeing_keeps_its_subjects(doc, sentence, lemma, subject):
    d = doc(HEAD + sentence + "\n")
    assert _words(d, _clause(d, lemma).subject) == subject


@pytest.mark.parametrize("sentence, noun, outside", [
    # ", with" + a noun phrase + a verb in -ing is a clause of its own: its phrases are not the noun's
    ("North Korea carried out a missile test on Monday, with lawmakers taking shots at the White House.", "missile test",
     "the White House"),
    ("Chile announced a new offensive on Friday, with rebels retreating from the border towns.", "offensive",
     "the border towns"),
])
def test_an_absolute_with_clause_ends_the_phrases_before_it(doc, sentence, noun, outside):
    d = doc(HEAD + sentence + "\n")
    c = _clause(d, noun, kind="noun")
    assert outside not in [_words(d, np) for _, np in c.preps], [(p, _words(d, np)) for p, np in c.preps]


@pytest.mark.parametrize("sentence, noun, kept", [
    ("Chile signed a trade deal on Monday, with Peru.", "deal", "Peru"),  # no verb: a partner added after the comma
    ("Chile held talks on Monday, with Peru and Bolivia.", "talks", "Peru and Bolivia"),
])
def test_a_with_phrase_after_a_comma_stays_the_phrase_before_it(doc, sentence, noun, kept):
    d = doc(HEAD + sentence + "\n")
    c = _clause(d, noun, kind="noun")
    assert kept in [_words(d, np) for _, np in c.preps], [(p, _words(d, np)) for p, np in c.preps]


@pytest.mark.parametrize("sentence, lemma, subject", [
    # "did" right before "by" (past a time phrase): the -ing verb is how its subject did it
    ("The president likes surprises, as she did two years ago by announcing the release of three prisoners.",
     "announce", "she"),
    ("Chile punished Peru, as it did three weeks ago by expelling three diplomats.", "expel", "it"),
    ("Chile expelled three diplomats, as Peru did in 2019 by expelling two.", "expel", "Peru"),
])
def test_by_after_did_is_how_its_subject_did_it(doc, sentence, lemma, subject):
    d = doc(HEAD + sentence + "\n")
    found = [c for cs in clauses(d) for c in cs if c.lemma == lemma and c.kind == "verb"]
    assert _words(d, found[-1].subject) == subject, [(c.lemma, _words(d, c.subject)) for c in found]


@pytest.mark.parametrize("sentence, lemma, phrase", [
    # a name after a comma that is the subject of the report ending the sentence is no further item of a list
    ("Chile refused entry to Peruvians, Chilean police said.", "refuse", "Peruvians"),
    ("Rebels fired on Peruvians, Bolivian officials said on Monday.", "fire", "Peruvians"),
])
def test_a_reporter_after_a_comma_ends_the_phrase_before_it(doc, sentence, lemma, phrase):
    d = doc(HEAD + sentence + "\n")
    c = _clause(d, lemma)
    assert phrase in [_words(d, np) for _, np in c.preps] + [_words(d, c.object)], \
        (_words(d, c.object), [(p, _words(d, np)) for p, np in c.preps])


@pytest.mark.parametrize("sentence, lemma", [
    # a speech verb listed only in its written forms ("concluded", "argued") reports the "that" clause after it
    ("The forum concluded on Saturday that Peru must allocate more money.", "allocate"),
    ("The minister contended that Chile must return the helicopter.", "return"),
])
def test_a_that_clause_is_reported_by_a_listed_form(doc, sentence, lemma):
    d = doc(HEAD + sentence + "\n")
    c = _clause(d, lemma)
    assert c.report >= 0 and c.modality == "demand"


def test_a_participle_after_other_is_no_verb(doc):
    d = doc(HEAD + "The US and other developed nations must allocate more money.\n")
    assert _words(d, _clause(d, "allocate").subject) == "The US and other developed nations"


def test_a_participle_with_its_particle_after_a_noun_is_a_reduced_passive(doc):
    # "ordered out of Bolivia" describes the Peruvians (a reduced passive), so the finite verb after "but" keeps Chile
    d = doc(HEAD + "Chile opened its borders to Peruvians ordered out of Bolivia, but was still refusing entry to Ecuadorians.\n")
    ordered, refusing = _clause(d, "order"), _clause(d, "refuse")
    assert (ordered.voice, _words(d, ordered.subject)) == ("passive", "Peruvians")
    assert _words(d, refusing.subject) == "Chile"
    # a verb after its auxiliary is no noun for a participle to describe ("who has become caught up in")
    d = doc(HEAD + "Clinton thanked the singer who has become caught up in the campaign.\n")
    assert _clause(d, "catch").voice == "active"

@pytest.mark.parametrize("sentence, lemma, subject", [
    # speaking to an audience, opening the sentence, is said of the main clause's subject, after the comma closing it
    ("Speaking to reporters in Lima on Sunday, the minister defended the budget.", "speak", "the minister"),
    ("Speaking at a rally in Cusco, Mara Velde promised new roads.", "speak", "Mara Velde"),
    # other opening participles keep no subject: read so, they gave acts to the wrong actor
    ("Campaigning against Tomas Ruiz in 2012, she barely mentioned the budget.", "campaign", None),
])
def test_a_participle_opening_the_sentence_takes_the_main_clause_s_subject(doc, sentence, lemma, subject):
    d = doc(HEAD + sentence + "\n")
    assert _words(d, _clause(d, lemma).subject) == subject
