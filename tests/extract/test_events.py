"""Events from clauses (analysis.extract.events): who did what to whom, where and when, in CAMEO and PLOVER.

Every sentence here is our own; the expectations are what the sentence says.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.extract.events import choose_place

HEAD = "Headline of the day\n"


def _events(ds):
    return ds.events[ds.events["source"] == "article"]


def _one(ds, **where) -> pd.Series:
    ev = _events(ds)
    for column, value in where.items():
        ev = ev[ev[column] == value]
    assert len(ev) == 1, _events(ds)[["actor", "action", "cameo", "plover", "target"]].to_dict("records")
    return ev.iloc[0]


@pytest.mark.parametrize("sentence, actor, plover, target", [
    ("Police arrested the opposition leader Mara Velde in the capital on Tuesday.", "police", "COERCE", "Mara Velde"),
    ("Chile expelled three Peruvian diplomats on Monday.", "Chile", "SANCTION", "Peruvian diplomats"),
    ("Peru condemned the decision.", "Peru", "ACCUSE", ""),
    ("Thousands of teachers protested outside parliament on Friday.", "teachers", "PROTEST", ""),
    ("Rebel fighters stormed the town of Kalo, killing four soldiers.", "rebel fighters", "ASSAULT", ""),
    ("Chile and Peru agreed to resume talks.", "Chile", "AGREE", "Peru"),
    ("The campaign manager, Mara Velde, roughly yanked the arm of a reporter.", "Mara Velde", "ASSAULT", ""),
    ("Peru's foreign minister had a meeting with Chile's ambassador on Monday.", "Peru foreign minister", "CONSULT",
     "Chile ambassador"),
    ("France sent its forces to Mali.", "France", "MOBILIZE", "Mali"),  # a deployment, as "deployed" is
    ("Two hundred British troops were sent to Estonia.", "British troops", "MOBILIZE", "Estonia"),
    ("Russian troops were sent from Belarus to Ukraine.", "Russian troops", "MOBILIZE", "Ukraine"),  # where to, not whence
    ("The negotiators agreed to close the remaining gaps in a ceasefire deal.", "negotiators", "AGREE", ""),
    # the country named before a visit is where it goes; the role set beside a name is that person
    ("Peru's de facto ruler, Crown Prince Mara Velde, is coming to the end of a three-week US tour.", "Mara Velde",
     "CONSULT", "United States"),
    ("During his China visit, Emmanuel Macron signed three deals.", "Emmanuel Macron", "CONSULT", "China"),
    ("Velde made a rare Peruvian presidential visit to Chile on Monday.", "Peru", "CONSULT", "Chile"),  # "to": visited
    ("Italy announced a suspension of air links with Serbia.", "Italy", "SANCTION", "Serbia"),  # a decided act made known
    ("The Mexican government began handing out humanitarian visas to migrants.", "Mexican government", "AID", "migrants"),
    ("Some 500,000 workers stopped work on the first day of an open-ended strike.", "workers", "PROTEST", ""),
    ("The minister deflected some of the blame onto provincial authorities.", "minister", "ACCUSE", ""),
    ("Afghan guerillas blew up three main electric power lines leading into Kabul.", "Afghan guerillas", "ASSAULT", ""),
    # force used on a place is used on the country it was resolved in, not a namesake's (a South Lebanon in Ohio)
    ("Israel today mounted its long-threatened invasion of South Lebanon, ploughing on to Tyre.", "Israel", "COERCE",
     "Lebanon"),
    # an act's -ing noun after a word describing it: the "from" phrase says who gave it, the subject who received it
    ("Peru has received strong backing from Brazil and its allies in Europe.", "Brazil", "SUPPORT", "Peru"),
    ("The village came under heavy shelling by government forces.", "government forces", "ASSAULT", ""),
    # what the one seen was doing is their act
    ("Two guards were seen on camera beating a reporter in Lima.", "guards", "ASSAULT", "reporter"),
])
def test_who_did_what_to_whom(write_article, sentence, actor, plover, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    hits = ev[(ev["actor"] == actor) & (ev["plover"] == plover)]
    assert len(hits) >= 1, ev[["actor", "action", "cameo", "plover", "target"]].to_dict("records")
    if target:
        assert target in set(hits["target"])


@pytest.mark.parametrize("sentence, actor", [
    ("The driver opened fire on the crowd on Thursday.", "driver"),
    ("A Secret Service agent detained the protester.", "Secret Service agent"),
    ("A nerve agent attack killed two men.", ""),  # a nerve agent is no one
    ("Two officers shot a man who was holding a knife.", "officers"),
])
def test_unnamed_people_who_act_are_actors(write_article, sentence, actor):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    if not actor:
        assert not ev["actor"].str.contains("agent").any(), ev[["actor", "action", "plover", "target"]].to_dict("records")
        return
    assert ev["actor"].str.contains(actor.split()[-1], case=False).any(), ev[["actor", "action", "plover", "target"]].to_dict("records")


def test_force_used_on_people_no_table_names_keeps_their_words_as_target(write_article):
    ds = write_article(HEAD + "Soldiers opened fire on mourners in Kalo on Friday.\n", context=False)
    ev = _one(ds, plover="ASSAULT")
    assert ev["target"] == "mourners" and ev["location"] == "Kalo"


@pytest.mark.parametrize("sentence, charged", [
    ("Police arrested a teacher in Lima for helping the rebels.", "help"),
    ("The ministry accused Peru of attacking its embassy.", "attack"),
    # the perfect gerund is a gerund too
    ("The ministry accused Peru of having attacked its embassy.", "attack"),
    ("Chile blamed Peru for having expelled three diplomats.", "expel"),
    ("Police arrested a teacher in Lima for having helped the rebels.", "help"),
    # a hedge keeps it alleged, after an arrest or a criticism
    ("Police arrested a teacher in Lima for allegedly helping the rebels.", "help"),
    ("Chile condemned Peru for allegedly expelling three diplomats.", "expel"),
    ("Chile condemned Peru for supposedly expelling three diplomats.", "expel"),
    ("Police arrested a teacher in Lima for purportedly helping the rebels.", "help"),
    ("The minister criticised Peru for reportedly expelling three diplomats.", "expel"),
    ("Police detained a man in Lima for reportedly attacking a guard.", "attack"),
    ("Police detained a man in Lima for apparently attacking a guard.", "attack"),
])
def test_what_someone_is_charged_with_is_no_event_of_its_own(write_article, sentence, charged):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert len(ev) == 1 and not ev["action"].str.contains(charged).any(), ev[["actor", "action", "plover"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, plover", [
    # a criticism "for" an act takes the act as done by the one criticised, as praise does
    ("Chile condemned Peru for expelling three diplomats.", "Peru", "SANCTION"),
    ("The minister lashed out at Peru for having shot down a Chilean plane.", "Peru", "ASSAULT"),
])
def test_what_someone_is_criticised_for_is_their_act(write_article, sentence, actor, plover):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["actor"] == actor) & (ev["plover"] == plover)).any(), ev[["actor", "action", "plover"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor", [
    # a noun of force is done by whom its own "from" phrase names, not by the one who endured it
    ("Farmers endured constant shelling from the rebels.", "rebels"),
    ("The town suffered repeated attacks from government forces.", "government forces"),
    ("Villagers fled shelling from the rebels.", "rebels"),  # after fleeing, a group is still who did it
])
def test_force_noun_done_by_its_from_phrase(write_article, sentence, actor):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["actor"] == actor) & (ev["plover"] == "ASSAULT")).any() \
        and not ev["actor"].isin(["Farmers", "farmers", "town", "Villagers"]).any(), ev[["actor", "action", "plover"]].to_dict("records")


@pytest.mark.parametrize("sentence, nobody", [
    # "from" a direction or a time names no one
    ("The village came under attack from the north.", "north"),
    ("Residents fled heavy fighting from Monday night.", "Monday"),
    # a description, not a name; and after a verb of fleeing, a country is where they came from
    ("The convoy came under attack from what officials called bandits.", "officials"),
    ("Refugees fleeing attacks from Syria arrived in Turkey.", "Syria"),
])
def test_force_noun_from_a_direction_or_time_has_no_actor_there(write_article, sentence, nobody):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert not ev["actor"].fillna("").str.contains(nobody).any(), ev[["actor", "action", "plover"]].to_dict("records")


@pytest.mark.parametrize("sentence, target", [
    # an accusation or complaint naming no one is aimed at the named subject of its active "that" clause
    ("The attorney general alleged that Velde had defrauded students.", "Velde"),  # a verb no lexicon lists
    ("The senator alleged that the Kremlin had interfered in the election.", "Kremlin"),
    ("Peru complained that Chile was ignoring the treaty.", "Chile"),
])
def test_an_accusation_is_aimed_at_whom_its_that_clause_names(write_article, sentence, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["plover"] == "ACCUSE") & (ev["target"] == target)).any(), ev[["actor", "action", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "The union alleged that Velde had been defrauded.",  # a passive: Velde suffered it
    "The union alleged that Velde was attacked by guards.",
    "The union complained that workers had died in the mine.",  # people named only by a common noun
    "Peru complained that it had not been consulted.",  # the complainer itself
    "Mara Velde and her lawyer complained that Velde had no access to the files.",  # one of the complainers: not the lawyer's target
    "The minister complained that Velde, who chairs the union, had misled parliament.",  # no plain subject phrase
    "Chile criticised the plan, saying that Velde had lied.",  # the "that" clause is the saying's, not the criticism's
])
def test_an_accusation_takes_no_target_from_a_that_clause_it_does_not_accuse(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    accusing = ev[(ev["plover"] == "ACCUSE") & ev["action"].str.contains("alleged|complained|criticised")]
    assert not accusing.empty and (accusing["target"].fillna("") == "").all(), \
        ev[["actor", "action", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, target", [
    # after an object, a "that" clause is the accusation's content after a noun that has one
    ("The senator criticised the claim that the Kremlin had interfered in the election.", "Kremlin"),
    ("Chile condemned the allegation that Peru had bombed the village.", "Peru"),
])
def test_an_accusation_is_aimed_at_whom_the_that_clause_of_its_object_names(write_article, sentence, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["plover"] == "ACCUSE") & (ev["target"] == target)).any(), ev[["actor", "action", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    # a relative clause on the object, with a gap: its subject suffered, reported or refused the thing, no more
    "The minister condemned the attack that Peru had suffered.",
    "Chile denounced the killing that Peru had reported.",
    "Peru criticised the report that Chile had rejected.",
    "Peru condemned the violence that Chile had warned about.",
    # a complaint about what its subject underwent blames no one; a claim of a friendly act accuses no one
    "Peru complained that Chile had suffered heavy losses.",
    "Peru complained that Chile had lost the documents.",
    "Peru claimed that Chile had agreed to the deal.",
    "Peru claimed that Chile had repaved the road.",  # an act no lexicon lists: no more than a claim
])
def test_an_accusation_takes_no_target_from_a_relative_or_blameless_that_clause(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    accusing = ev[ev["plover"] == "ACCUSE"]
    assert not accusing.empty and (accusing["target"].fillna("") == "").all(), \
        ev[["actor", "action", "plover", "target"]].to_dict("records")


def test_a_claim_of_a_hostile_act_accuses_its_doer(write_article):
    ev = _events(write_article(HEAD + "The rebels claimed that the army had attacked the village.\n", context=False))
    assert ((ev["action"] == "claimed") & (ev["target"] == "army")).any(), ev[["actor", "action", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", ["they were lying", "they had harboured the rebels"])
def test_an_accusation_takes_no_target_from_a_pronoun_in_its_that_clause(write_article, sentence):
    # whom "they" means is a guess (here an earlier organisation): the complaint is not aimed at it
    ev = _events(write_article(HEAD + f"The Velde Foundation runs a school in Lima. The senator complained that {sentence}.\n",
                               context=False))
    complained = ev[ev["action"] == "complained"]
    assert not complained.empty and (complained["target"].fillna("") == "").all(), \
        ev[["actor", "action", "plover", "target"]].to_dict("records")


def test_force_used_for_a_gerund_gives_the_target_no_act(write_article):
    # firing at a crowd judges no one: the crowd does not break the curfew by force
    ev = _events(write_article(HEAD + "Troops fired at the crowd for breaking the curfew.\n", context=False))
    assert not ((ev["actor"] == "crowd") & ev["action"].str.contains("break")).any(), \
        ev[["actor", "action", "plover"]].to_dict("records")


def test_a_criticised_act_is_no_doer_of_the_gerund(write_article):
    # the one criticised is an act, not the doer: the man's theft stays alleged
    ev = _events(write_article(HEAD + "Chile condemned the detention of a man for stealing a car.\n", context=False))
    assert not ev["action"].str.contains("steal").any(), ev[["actor", "action", "plover"]].to_dict("records")


def test_a_gerund_after_praise_is_still_an_act(write_article):
    ds = write_article(HEAD + "Police were praised for rescuing the children.\n", context=False)
    assert (_events(ds)["plover"] == "AID").any()


def test_a_denial_is_an_act_though_its_code_is_a_statements(write_article):
    ds = write_article(HEAD + "Chile blamed the fire on Peru, but Peru denies any involvement.\n", context=False)
    ev = _one(ds, plover="REJECT")
    assert ev["actor"] == "Peru" and ev["cameo"] == "016"


def test_an_agentless_expulsion_from_a_country_is_that_countrys(write_article):
    ds = write_article(HEAD + "Four Peruvian diplomats were expelled from Chile on Monday.\n", context=False)
    ev = _one(ds, plover="SANCTION")
    assert ev["actor"] == "Chile" and "diplomats" in ev["target"]


@pytest.mark.parametrize("sentence, plover, target", [
    ("Chile agreed in principle on Saturday to provide aid to Peru.", "AGREE", "Peru"),
    ("The Chilean minister summoned Peru's ambassador to complain about the raids.", "ACCUSE", "ambassador"),
])
def test_a_verb_and_its_infinitive_share_a_target(write_article, sentence, plover, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    hits = ev[ev["plover"] == plover]
    assert hits["target"].str.contains(target).any(), ev[["actor", "action", "plover", "target"]].to_dict("records")


def test_a_complaint_is_aimed_at_whom_it_is_about_not_whom_it_is_made_to(write_article):
    ds = write_article(HEAD + "Chile complained to the United Nations on Tuesday over Peruvian air raids.\n", context=False)
    ev = _one(ds, plover="ACCUSE")
    assert (ev["actor"], ev["target"]) == ("Chile", "Peru")


def test_two_sides_holding_talks_in_a_capital_meet_each_other(write_article):
    ds = write_article(HEAD + "Chile and Peru held talks on Tuesday in Lima.\n", context=False)
    ev = _events(ds)
    pairs = set(zip(ev["actor"], ev["target"]))
    assert {("Chile", "Peru"), ("Peru", "Chile")} <= pairs, ev[["actor", "action", "plover", "target"]].to_dict("records")


def test_an_event_noun_before_a_day_word_is_still_an_event(write_article):
    ds = write_article(HEAD + "Chile and Peru renewed negotiations today on the border dispute.\n", context=False)
    ev = _events(ds)
    assert ((ev["actor"] == "Chile") & (ev["target"] == "Peru") & (ev["plover"] == "CONSULT")).any(), \
        ev[["actor", "action", "plover", "target"]].to_dict("records")


def test_a_demonym_of_belonging_is_not_where(write_article):
    ds = write_article(HEAD + "Chile and Peru renewed negotiations in Lima on a Bolivian trade proposal.\n", context=False)
    assert "Bolivia" not in set(_events(ds)["location"])


def test_an_act_whose_target_reads_as_its_own_actor_is_kept_without_a_target(write_article):
    ds = write_article(HEAD + "US President Donald Trump spoke on Friday. Trump visited the state on Monday.\n", context=False)
    ev = _events(ds)
    visits = ev[ev["action"].str.contains("visited")]
    assert len(visits) == 1 and visits.iloc[0]["target"] != visits.iloc[0]["actor"], ev[["actor", "action", "target"]].to_dict("records")


def test_a_countrys_body_is_named_with_its_country(write_article):
    ds = write_article(HEAD + "Peru's Foreign Ministry condemned the raid on Tuesday.\n", context=False)
    ev = _one(ds, plover="ACCUSE")
    assert ev["actor"] == "Peru Foreign Ministry"


def test_the_police_are_not_a_newspaper_named_before(write_article):
    ds = write_article(HEAD + "The Daily News reported the story on Monday.\nThe protest came after the police killing of a student.\n",
                       context=False)
    ev = _one(ds, plover="ASSAULT")
    assert ev["actor"] == "police"


def test_passive_with_by_names_the_actor(write_article):
    ds = write_article(HEAD + "The bridge was destroyed by Chilean artillery on Friday.\n", context=False)
    ev = _one(ds, plover="ASSAULT")
    assert ev["actor"] in ("Chile", "Chilean artillery")


def test_agentless_passive_keeps_its_target(write_article):
    ds = write_article(HEAD + "Three journalists were arrested outside the ministry on Tuesday.\n", context=False)
    ev = _one(ds, plover="COERCE")
    assert ev["actor"] == "" and "journalists" in ev["target"]


def test_coordinated_actors_and_targets_give_one_event_each(write_article):
    ds = write_article(HEAD + "Police charged Anna Berg and Tom Reyes with fraud.\n", context=False)
    charged = _events(ds)[_events(ds)["plover"] == "COERCE"]
    assert set(charged["target"]) == {"Anna Berg", "Tom Reyes"}


def test_a_clause_about_another_actor_is_not_credited_to_the_first(write_article):
    ds = write_article(HEAD + "Chile condemned the strike, which Peruvian drones carried out on Tuesday.\n", context=False)
    assert not ((_events(ds)["actor"] == "Chile") & (_events(ds)["plover"] == "ASSAULT")).any()


def test_an_event_noun_takes_its_owner_and_target(write_article):
    ds = write_article(HEAD + "The ministry condemned Chile's attack on Peru.\n", context=False)
    ev = _events(ds)
    attack = ev[(ev["plover"] == "ASSAULT") & (ev["actor"] == "Chile")]
    assert len(attack) == 1 and attack.iloc[0]["target"] == "Peru"


@pytest.mark.parametrize("sentence, plover, cameo", [
    ("Chile threatened to impose sanctions on Peru.", "THREATEN", "1312"),
    ("Chile will release the prisoners next week.", "AGREE", "0353"),
    ("Chile refused to release the prisoners.", "REJECT", "1243"),
    ("Chile said Peru must release the prisoners.", "REQUEST", "1053"),
    ("The envoy urged Peru to release the prisoners.", "REQUEST", "1053"),
    ("Chile proposed to release the prisoners.", "AGREE", "0353"),  # proposing one's own act announces it
])
def test_modal_frames_change_the_code(write_article, sentence, plover, cameo):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert ((ev["plover"] == plover) & (ev["cameo"] == cameo)).any(), ev[["actor", "action", "cameo", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "Police did not arrest the protesters.",
    "Chile could attack the port.",
    "None of the soldiers were killed.",
])
def test_negated_and_hypothetical_acts_are_no_events(write_article, sentence):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert _events(ds)["plover"].isin(["COERCE", "ASSAULT"]).sum() == 0


def test_citations_issued_are_an_administrative_sanction(write_article):
    ds = write_article(HEAD + "Police reported no arrests, although 55 people were issued citations for disorderly conduct.\n",
                       context=False)
    ev = _one(ds, plover="COERCE")
    assert (ev["cameo"], ev["target"]) == ("172", "people")


@pytest.mark.parametrize("sentence", ["Britain sent no troops to the region.", "The army deployed no soldiers to the border."])
def test_an_act_done_to_no_one_or_nothing_is_no_event(write_article, sentence):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert _events(ds).empty, _events(ds)[["actor", "action", "cameo", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, action", [
    ("Gunmen killed no fewer than 20 people in Kano on Sunday.", "killed"),
    ("The strike killed no more than five fighters in Idlib.", "killed"),
    ("Police arrested no less than 40 protesters in Cairo.", "arrested"),
    ("Hamas released no later than Friday the remaining hostages in Gaza.", "released"),
])
def test_no_fewer_or_no_later_than_bounds_a_number_or_date_and_the_act_still_happened(write_article, sentence, action):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert _one(ds, action=action)["plover"] != ""


@pytest.mark.parametrize("sentence, action, announcer", [
    ("Iraqi state TV announced the killing of Soleimani in Baghdad.", "killing", "state TV"),  # media tell others' acts
    ("Syrian state media announced the withdrawal of US troops from Syria.", "withdrawal", "state media"),  # "of": who goes
])
def test_an_act_announced_by_the_media_or_done_by_its_of_phrase_is_not_the_announcers(write_article, sentence, action, announcer):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert announcer not in _one(ds, action=action)["actor"]
    assert not ds.movements["actor"].str.contains(announcer).any()


@pytest.mark.parametrize("sentence", [
    "Two soldiers were sent to hospital in Kabul after the blast.",
    "The wounded troops were sent to Germany for treatment.",
    "A military court sent the soldiers to prison in Ankara.",
])
def test_soldiers_sent_to_hospital_prison_or_treatment_are_no_deployment(write_article, sentence):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert not (_events(ds)["plover"] == "MOBILIZE").any(), _events(ds)[["actor", "action", "cameo", "target"]].to_dict("records")
    assert ds.movements.empty


@pytest.mark.parametrize("sentence", ["On Monday, Velde had a meeting with Lutz.",
                                      "In Lima, Velde had a meeting with Lutz on Monday."])
def test_who_had_a_meeting_is_the_subject_next_to_had_not_the_opening_phrase(write_article, sentence):
    ds = write_article(HEAD + sentence + "\n", published="2024-03-10", context=False)
    assert _one(ds, action="meeting")["actor"] == "Velde"


@pytest.mark.parametrize("sentence, action", [
    ("The boss blew up at reporters in Lima.", "blew up"),  # anger at someone, no bombing
    ("The company handed out pink slips to 200 workers in Lima.", "handed out"),  # dismissals, no aid
])
def test_idioms_of_anger_and_dismissal_are_no_bombing_or_aid(write_article, sentence, action):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert (_events(ds)["action"] != action).all(), _events(ds)[["actor", "action", "cameo", "target"]].to_dict("records")


def test_a_demand_for_nothing_more_is_still_a_demand(write_article):
    ds = write_article(HEAD + "The United States demanded no further delays.\n", context=False)
    assert _one(ds, action="demanded")["plover"] == "REQUEST"


def test_what_a_reporter_says_another_must_do_is_the_reporters_demand_even_for_an_uncoded_act(write_article):
    ds = write_article(HEAD + "The Chilean government declared on Tuesday that Peru must drop its barriers to imports.\n", context=False)
    ev = _one(ds, plover="REQUEST")
    assert "Chile" in ev["actor"] and ev["target"] == "Peru"


def test_a_messages_words_are_its_senders_act(write_article):
    ds = write_article(HEAD + "Forty teachers signed a letter condemning the minister's decision.\n", context=False)
    ev = _events(ds)
    assert (ev["actor"].str.contains("teachers") & (ev["plover"] == "ACCUSE")).any(), ev[["actor", "action", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "A federal judge late Thursday issued an injunction blocking a law passed by Peru's congress.",
    # a dateline's spaced hyphen ends it: the state's abbreviation before it is not the subject
    "LIMA, Miss. - A federal judge late Thursday issued an injunction blocking a law passed by Peru's congress.",
])
def test_an_orders_effect_is_its_issuers_act(write_article, sentence):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _one(ds, action="blocking")
    assert (ev["actor"], ev["plover"], ev["cameo"]) == ("federal judge", "REJECT", "120")


def test_a_legal_challenge_filed_is_a_lawsuit(write_article):
    ds = write_article(HEAD + "The American Civil Liberties Union filed a challenge against the law.\n", context=False)
    ev = _one(ds, action="filed")
    assert (ev["actor"], ev["plover"], ev["cameo"]) == ("American Civil Liberties Union", "ACCUSE", "115")


def test_elders_demand_of_whoever_must_act(write_article):
    ds = write_article(HEAD + "Village elders demanded that the Chilean government release the men.\n", context=False)
    ev = _one(ds, plover="REQUEST")
    assert "elders" in ev["actor"].lower() and "Chile" in ev["target"]


def test_a_demand_reported_by_a_speaker_is_the_speakers(write_article):
    ds = write_article(HEAD + "Chile said on Tuesday that Peru must return the helicopter.\n", context=False)
    ev = _one(ds, plover="REQUEST")
    assert (ev["actor"], ev["target"]) == ("Chile", "Peru")


def test_quotes_are_statements_linked_by_quote_id(write_article):
    ds = write_article(HEAD + "“We will never surrender,” said Peruvian President Ana Lind on Monday.\n", context=False)
    statements = _events(ds)[_events(ds)["quote_id"] != ""]
    assert len(statements) == 1
    assert statements.iloc[0]["quote_id"] in set(ds.quotes["quote_id"])
    assert statements.iloc[0]["actor"] == "Ana Lind"


@pytest.mark.parametrize("quote, plover", [
    # a speaker who says they will, would or might use force on someone threatens them
    ("“I'd like to punch him in the face.”", "THREATEN"),
    ("“Next time, we might have to kill him.”", "THREATEN"),
    ("“We will hurt you if you come back.”", "THREATEN"),
    # others' force, a refusal, a thanks, a past act or slang is no threat by the speaker
    ("“They might kill him.”", ""),
    ("“I would never hurt them.”", ""),
    ("“I'd like to thank him.”", ""),
    ("“I hit him once, in self-defence.”", ""),
    ("“We'll hit you up after the show.”", ""),
    # beating and shooting are as often a match, a vote or a camera's; an idiom's price; what someone else said
    ("“We will beat them at home next week.”", ""),
    ("“I'll beat her at the ballot box.”", ""),
    ("“We'll shoot you against the sea at dawn, for the cover.”", ""),
    ("“I would kill him for a slice of pizza.”", ""),
    ("“My brother said I'd hurt him if I moved out.”", ""),
    ("“They claim that I'd hurt him.”", ""),
    ("“My sister thinks that we would hurt them.”", ""),
    # any 'that' before the 'I'/'we' opens someone's report or belief, not the speaker's own threat
    ("“He claimed that I would kill him.”", ""),
    ("“They believe that I would hurt him.”", ""),
    ("“It is true that I would hurt him.”", ""),
    # a 'that' after the speaker's own oath or promise still opens the speaker's own threat
    ("“I swear that I will kill you.”", "THREATEN"),
    ("“I promise you that we will hurt them.”", "THREATEN"),
    ("“I warn you that we will bomb them.”", "THREATEN"),
    ("“We vow that we will hurt them.”", "THREATEN"),
    ("“I can promise you that I will hurt him.”", "THREATEN"),
    # someone else's oath, reported, is not the speaker's threat
    ("“They swear that I would hurt him.”", ""),
])
def test_a_speakers_own_force_announced_in_a_quote_is_a_threat(write_article, quote, plover):
    ds = write_article(HEAD + f"Mara Velde told reporters in Lima on Monday: {quote}\n", context=False)
    statements = _events(ds)[_events(ds)["quote_id"] != ""]
    assert list(statements["plover"]) == [plover], statements[["actor", "cameo", "plover"]].to_dict("records")


@pytest.mark.parametrize("sentence, cameo", [
    # a statement that a verb of condemnation, accusation or praise introduces is that act
    ("President Ana Lind issued a note on Friday condemning “what seems to be a deliberate attack on the port of Arica.”", "111"),
    ("President Ana Lind issued a note on Friday praising “what seems to be a lasting truce in the port of Arica.”", "051"),
    # a plain report, or a warning, stays a statement
    ("President Ana Lind issued a note on Friday saying “the teachers of Peru went home.”", "010"),
    ("Ana Lind warned on Monday: “The economy of Peru will slow.”", "010"),
])
def test_a_statement_takes_the_act_of_the_verb_that_introduces_it(write_article, sentence, cameo):
    ds = write_article(HEAD + sentence + "\n", context=False)
    statements = _events(ds)[_events(ds)["quote_id"] != ""]
    assert list(statements["cameo"]) == [cameo], statements[["actor", "action", "cameo"]].to_dict("records")


def test_a_statement_whose_verb_already_gave_the_act_is_not_coded_twice(write_article):
    ds = write_article(HEAD + "Ana Lind condemned the “raid whose cruelty cannot be denied.”\n", context=False)
    ev = _events(ds)
    assert list(ev[ev["actor"] == "Ana Lind"]["cameo"].sort_values()) == ["010", "111"], \
        ev[["actor", "action", "cameo"]].to_dict("records")


def test_unnamed_actors_are_actors(write_article):
    ds = write_article(HEAD + "Gunmen attacked a police station in Kalo on Sunday.\n", context=False)
    assert (_events(ds)["actor"] == "Gunmen").any()


# --- where ------------------------------------------------------------------------------


def test_place_from_the_clause(write_article):
    ds = write_article(HEAD + "Police arrested two men in Lyon on Friday.\n", context=False)
    ev = _one(ds, plover="COERCE")
    assert (ev["location"], ev["location_basis"]) == ("Lyon", "clause")


def test_a_town_among_an_event_nouns_modifiers_names_the_happening(write_article):
    """ "following the Lyon attacks": the town names the attacks (location_basis "name", as happenings give it),
    where "attacks in Lyon" only place them."""
    ds = write_article(HEAD + "The focus on security following the Lyon attacks has created an opening for Clinton.\n"
                       "Police arrested two men in Lyon on Friday.\n", context=False)
    attack = _one(ds, plover="ASSAULT")
    assert (attack["location"], attack["location_basis"]) == ("Lyon", "name")
    assert _one(ds, plover="COERCE")["location_basis"] == "clause"


def test_a_capital_named_as_where_is_the_city_not_its_state(write_article):
    ds = write_article(HEAD + "The Chilean minister met his Peruvian counterpart in Lima, Peru on Tuesday.\n", context=False)
    ev = _one(ds, plover="CONSULT")
    assert (ev["location"], ev["location_basis"]) == ("Lima", "clause")


@pytest.mark.parametrize("sentence, plover", [
    ("Chile ordered Peru to close its consulate.", "REQUEST"),
    ("The minister blamed the attack on Peru.", "ACCUSE"),
])
def test_a_country_the_act_is_aimed_at_is_not_where_it_happened(write_article, sentence, plover):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    hits = ev[ev["plover"] == plover]
    assert len(hits) >= 1 and (hits["target"] == "Peru").any(), ev[["actor", "action", "plover", "target"]].to_dict("records")
    assert not (hits["location"] == "Peru").any()


@pytest.mark.parametrize("sentence, plover", [
    ("Chile lifted a curfew in Peru on Sunday.", "RETREAT"),
    ("Chile sent aid to Peru on Sunday.", "AID"),
    ("Chile has agreed to set up a research centre in Peru.", "AGREE"),
])
def test_an_act_done_in_another_country_with_no_other_side_is_aimed_at_it(write_article, sentence, plover):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    hits = ev[(ev["actor"] == "Chile") & (ev["plover"] == plover)]
    assert (hits["target"] == "Peru").any(), ev[["actor", "action", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, place", [
    ("The Lyon City Council on Friday approved a new tram line.", "Lyon"),
    ("The Marseille Police Department on Friday arrested two men.", "Marseille"),
])
def test_a_city_institution_acts_in_its_city_when_the_clause_names_no_place(write_article, sentence, place):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    row = ev[ev["actor"].str.contains(place)].iloc[0]
    assert (row["location"], row["location_basis"]) == (place, "actor_institution"), ev.to_dict("records")
    assert row["location_id"] != ""  # the city gets a place row, so the map shows the event there


def test_a_city_institution_acting_elsewhere_is_placed_where_the_clause_says(write_article):
    ds = write_article(HEAD + "The Lyon City Council on Friday signed a twinning pact in Turin.\n", context=False)
    row = _events(ds).iloc[0]
    assert (row["location"], row["location_basis"]) == ("Turin", "clause")


def test_a_town_naming_the_actor_is_where_it_acts_when_nothing_better_is_said(write_article):
    ds = write_article(HEAD + "A Lyon newspaper on Friday called on the mayor to resign.\n"
                       "Police arrested two men in Paris after a Lyon newspaper reported the fraud.\n", context=False)
    ev = _events(ds)
    call = ev[ev["action"].str.startswith("called")].iloc[0]
    assert (call["location"], call["location_basis"]) == ("Lyon", "actor_place")
    arrest = _one(ds, plover="COERCE")
    assert (arrest["location"], arrest["location_basis"]) == ("Paris", "clause")


def test_unnamed_people_acting_in_a_place_do_not_aim_at_its_country(write_article):
    ds = write_article(HEAD + "Thousands of nurses struck in Lyon on Monday.\n", context=False)
    ev = _one(ds, plover="PROTEST")
    assert ev["target"] == "" and ev["location"] == "Lyon"


def test_a_city_named_after_its_kind_is_where_beside_its_countrys_adjective(write_article):
    ds = write_article(HEAD + "Gunmen attacked a crowd celebrating a holiday in the Kenyan coastal city of Mombasa on Thursday night.\n",
                       context=False)
    ev = _one(ds, action="attacked")
    assert (ev["location"], ev["location_basis"]) == ("Mombasa", "sentence")


def test_a_statement_is_where_the_sentence_opens_and_not_where_its_words_point(write_article):
    ds = write_article(HEAD + 'In Lyon, Mayor Jean Dupont said: "The strike must end."\n'
                       'Minister Anne Roux said that the workers in Lyon "must go back to work."\n', context=False)
    said = _events(ds)[_events(ds)["quote_id"] != ""].sort_values("start")
    assert said["location"].tolist() == ["Lyon", ""] and said["location_basis"].tolist() == ["sentence", ""]


@pytest.mark.parametrize("sentence", ['"The strike must end," Mayor Jean Dupont said in Lyon.',
                                      '"The strike must end," Mayor Jean Dupont told reporters in Lyon.'])
def test_a_statement_is_where_its_verb_says_it_was_made(write_article, sentence):
    said = _events(write_article(HEAD + sentence + "\n", context=False))
    said = said[said["quote_id"] != ""]
    assert said["location"].tolist() == ["Lyon"]


def test_an_act_reaching_the_people_of_a_place_happened_there(write_article):
    ds = write_article(HEAD + "Chile sent aid to the residents of flood-ravaged Valparaiso on Friday.\n", context=False)
    ev = _one(ds, action="sent")
    assert (ev["location"], ev["location_basis"]) == ("Valparaíso", "clause")


def test_the_actors_country_only_when_nothing_better_is_said_and_marked(write_article):
    ds = write_article(HEAD + "Chilean police arrested two activists on Friday.\n", context=False)
    ev = _one(ds, plover="COERCE")
    assert ev["location_basis"] in ("actor_country", "")


SCENE = "Ana Lind held a rally in Lyon on Saturday.\n\nHecklers interrupted her speech.\n\n"


@pytest.mark.parametrize("then, place, basis", [
    # a protest, an arrest or an attack told as done, with no place in its paragraph, happened where the story set
    # the scene a paragraph or two before, and the row says the place was inherited
    ("Police arrested two of the hecklers.", "Lyon", "narrative"),
    ("Supporters of Ms. Lind attacked a photographer.", "Lyon", "narrative"),
    # not once the story has moved to another time or place, nor for an act of another kind or still to come
    ("In March, police arrested two of the hecklers.", "", ""),
    ("By the fall of 2010, police had arrested two of her critics.", "", ""),
    ("Police arrested two of the hecklers in Spain.", "Spain", "clause"),
    ("Police will arrest the hecklers.", "", ""),
    ("Ms. Lind praised the police.", "", ""),
    # 'later' before the verb still continues the scene, as do those a scene holds (protesters, police, supporters)
    ("Police later arrested two of the hecklers.", "Lyon", "narrative"),
    ("Protesters blocked the entrance to the hall.", "Lyon", "narrative"),
    # an act by and on people the scene never named, or told as apart from it, is not placed in it
    ("Militants killed 12 soldiers.", "", ""),
    ("In a separate development, rebels beheaded two hostages.", "", ""),
    ("Separately, police arrested two of the hecklers.", "", ""),
    ("Meanwhile, protesters attacked her supporters.", "", ""),
    # a flashback (past perfect, or words that set it before) happened before the scene, maybe elsewhere
    ("Years earlier, protesters had attacked her supporters.", "", ""),
    ("Police had arrested two hecklers at a previous rally.", "", ""),
    ("Before she became mayor, protesters attacked her supporters.", "", ""),
])
def test_an_act_with_no_place_of_its_own_is_where_the_story_set_the_scene(write_article, then, place, basis):
    ev = _events(write_article(HEAD + SCENE + then + "\n", published="2025-03-12", context=False))
    last = ev[ev["start"] == ev["start"].max()].iloc[0]
    assert (last["location"], last["location_basis"]) == (place, basis), \
        ev[["actor", "action", "location", "location_basis"]].to_dict("records")


def test_an_act_placed_in_a_scene_takes_the_scenes_day(write_article):
    # the lead dates another day (Monday), so the scene's Saturday can only come from the scene's paragraph
    text = (HEAD + "Ana Lind said on Monday that she would run again.\n\nShe held a rally in Lyon on Saturday.\n\n"
            "Hecklers interrupted her speech.\n\nPolice arrested two of the hecklers.\n")
    ev = _events(write_article(text, published="2025-03-12", context=False))
    arrest = ev[ev["action"] == "arrested"].iloc[0]
    assert (arrest["location"], str(arrest["date"].date()), arrest["date_basis"]) == ("Lyon", "2025-03-08", "narrative"), \
        ev[["actor", "action", "location", "date", "date_basis"]].to_dict("records")


def test_a_scene_is_not_carried_past_a_paragraph_in_another_place_or_time(write_article):
    text = HEAD + SCENE + "The party's leaders met in Spain last year.\n\nPolice arrested two of the hecklers.\n"
    ev = _events(write_article(text, published="2025-03-12", context=False))
    arrest = ev[ev["action"] == "arrested"].iloc[0]
    assert arrest["location_basis"] != "narrative" and arrest["location"] != "Lyon", ev.to_dict("records")


@pytest.mark.parametrize("scene, between", [
    # a paragraph that takes the story elsewhere in any words ('flew to Chicago'), not only 'in X', ends the scene
    (SCENE, "She then flew to Chicago.\n\n"),
    (SCENE, "Her campaign bus left for Grenoble at noon.\n\n"),
    (SCENE, "Meanwhile, her rival spoke to students.\n\n"),
    # a scene in two towns says not which one the act was in
    ("Ana Lind held rallies in Lyon and Grenoble on Saturday.\n\nHecklers interrupted her speech.\n\n", ""),
])
def test_a_scene_is_not_carried_past_another_place_nor_chosen_among_two(write_article, scene, between):
    text = HEAD + scene + between + "Police arrested two of the hecklers.\n"
    ev = _events(write_article(text, published="2025-03-12", context=False))
    arrest = ev[ev["action"] == "arrested"].iloc[0]
    assert arrest["location_basis"] != "narrative" and arrest["location"] not in ("Lyon", "Grenoble"), \
        ev[["actor", "action", "location", "location_basis"]].to_dict("records")


def test_a_scenes_day_is_the_day_that_set_it_not_a_flashback_in_its_paragraph(write_article):
    text = (HEAD + "On Saturday, Ana Lind held a rally in Lyon, where police had arrested 12 protesters on Oct. 3, 2016."
            "\n\nPolice arrested two hecklers.\n")
    ev = _events(write_article(text, published="2025-03-12", context=False))
    arrest = ev[ev["start"] == ev["start"].max()].iloc[0]
    assert str(arrest["date"].date()) in ("2025-03-08", "2025-03-12"), \
        ev[["actor", "action", "location", "date", "date_basis"]].to_dict("records")


def test_choose_place_prefers_the_clause_then_a_town_over_a_country():
    class M:  # a stand-in for a mention
        def __init__(self, name, kind):
            self.name, self.kind = name, kind

    assert choose_place(clause=[M("Iraq", "country"), M("Baghdad", "place")], sentence=[], paragraph=[], caption="",
                        actor_country="Iran") == ("Baghdad", "clause")
    assert choose_place(clause=[], sentence=[M("Kyiv", "place")], paragraph=[], caption="", actor_country="Russia") == ("Kyiv", "sentence")
    assert choose_place(clause=[], sentence=[], paragraph=[], caption="", actor_country="Russia") == ("Russia", "actor_country")
    assert choose_place(clause=[], sentence=[], paragraph=[], narrative=[M("Lyon", "place")], caption="", actor_country="France",
                        dateline="Paris") == ("Lyon", "narrative")
    assert choose_place(clause=[], sentence=[], paragraph=[], caption="", actor_country="", dateline="Kolkata") == ("Kolkata", "dateline")
    assert choose_place(clause=[], sentence=[], paragraph=[], caption="", actor_country="") == ("", "")


# --- when -------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, day, precision, words", [
    ("Police arrested two men on Friday.", "2025-02-28", "day", "on Friday"),
    ("Police arrested two men last week.", "2025-02-17", "week", "last week"),
    ("Police arrested two men on 3 January 2025.", "2025-01-03", "day", "3 January 2025"),
    ("Police arrested two men early Tuesday.", "2025-02-25", "day", "Tuesday"),
])
def test_dates_from_the_clause(write_article, sentence, day, precision, words):
    ds = write_article(HEAD + sentence + "\n", published="2025-03-01", context=False)
    ev = _one(ds, plover="COERCE")
    assert ev["date"] == pd.Timestamp(day) and ev["date_precision"] == precision and words in ev["date_text"]


def test_a_weekday_ahead_of_a_promised_act_is_the_next_one(write_article):
    ds = write_article(HEAD + "The Chilean minister will meet Peru's ambassador on Friday.\n"
                       "The Chilean minister met Peru's ambassador on Tuesday.\n", published="2025-03-12", context=False)
    ev = _events(ds)
    will = ev[ev["action"].str.startswith("will")].iloc[0]
    met = ev[ev["action"] == "met"].iloc[0]
    assert str(will["date"].date()) == "2025-03-14" and str(met["date"].date()) == "2025-03-11"


@pytest.mark.parametrize("sentence, day", [
    ("The Chilean minister will visit Lima in February.", "2026-02-01"),  # a month gone by this year: next year's
    ("The Chilean minister will visit Lima on March 2.", "2026-03-02"),
    ("The Chilean minister will visit Lima in April.", "2025-04-01"),
    ("The Chilean minister will visit Lima in March.", "2025-03-01"),  # the paper's own month
])
def test_a_month_or_day_without_a_year_ahead_of_a_promised_act_is_the_next_one(write_article, sentence, day):
    ds = write_article(HEAD + sentence + "\n", published="2025-03-12", context=False)
    ev = _events(ds)
    will = ev[ev["action"].str.startswith("will")]
    assert len(will) == 1 and will.iloc[0]["date"] == pd.Timestamp(day), ev[["action", "date"]].to_dict("records")


def test_without_a_publication_date_relative_dates_stay_undated_and_say_so(write_article):
    ds = write_article(HEAD + "Police arrested two men on Friday.\n", published=None, context=False)
    ev = _one(ds, plover="COERCE")
    assert pd.isna(ev["date"]) and ev["date_basis"] == "relative, no publication date" and ev["date_text"] == "on Friday"


def test_without_a_publication_date_a_month_earlier_than_the_last_told_rolls_into_the_next_year(write_article):
    ds = write_article(HEAD + "On December 20, 2018, a committee urged parliament to adopt the plan. On January 5, the "
                       "parliament rejected the plan.\n", published=None, context=False)
    assert _one(ds, action="rejected")["date"] == pd.Timestamp("2019-01-05")


def test_without_a_publication_date_a_day_without_its_year_takes_the_year_last_told(write_article):
    ds = write_article(HEAD + "On March 21, 2018, a committee urged parliament to adopt the bills. On March 22, the "
                       "parliament refused to consider the bills.\n", published=None, context=False)
    ev = _one(ds, plover="REJECT")
    assert (ev["date"], ev["date_basis"], ev["date_text"]) == (pd.Timestamp("2018-03-22"), "explicit", "March 22")


def test_an_anchor_takes_the_date_of_the_event_it_refers_to(write_article):
    ds = write_article(HEAD + "Chilean jets bombed the port of Callao on 3 February 2025.\n"
                       "Shortly after the attack, Peru expelled the Chilean ambassador.\n", context=False)
    ev = _one(ds, plover="SANCTION")
    assert ev["date"] == pd.Timestamp("2025-02-03") and ev["date_basis"] == "anchor"


def test_an_anchor_counts_on_from_the_event_it_refers_to(write_article):
    ds = write_article(HEAD + "Chilean jets bombed the port of Callao on 3 February 2025.\n"
                       "Two days after the attack, Peru expelled the Chilean ambassador.\n", context=False)
    ev = _one(ds, plover="SANCTION")
    assert (ev["date"], ev["date_precision"], ev["date_basis"]) == (pd.Timestamp("2025-02-05"), "day", "anchor")
    assert ev["date_text"] == "Two days after the attack"


@pytest.mark.parametrize("text, day, date_text", [
    ("Police detained two journalists in Lima on 3 February 2025 and released them the next day.", "2025-02-04", "the next day"),
    ("Police detained two journalists in Lima on 3 February 2025.\nThe journalists were released two days later.", "2025-02-05",
     "two days later"),
    ("Police detained two journalists in Lima on 3 February 2025.\nThe following morning the journalists were released.",
     "2025-02-04",
     "The following morning"),
])
def test_a_day_later_counts_on_from_the_event_told_before_it(write_article, text, day, date_text):
    ds = write_article(HEAD + text + "\n", published="2025-02-20", context=False)
    ev = _one(ds, plover="RETREAT")  # CAMEO 084, return or release
    assert (ev["date"], ev["date_basis"], ev["date_text"]) == (pd.Timestamp(day), "anchor", date_text)


def test_the_weekday_after_a_papers_night_is_the_next_day(write_article):
    # published on a Saturday, the story follows Saturday night into Sunday: its Sunday is the next day
    ds = write_article(HEAD + "Chile expelled three Peruvian diplomats late Saturday night.\n"
                       "Peru condemned the expulsion on Sunday morning.\n", published="2025-03-01", context=False)
    assert _one(ds, plover="ACCUSE")["date"] == pd.Timestamp("2025-03-02")
    ds = write_article(HEAD + "Chile expelled three Peruvian diplomats on Saturday.\n"
                       "Peru condemned the expulsion on Sunday.\n", published="2025-03-01", context=False)
    assert _one(ds, plover="ACCUSE")["date"] == pd.Timestamp("2025-02-23")


@pytest.mark.parametrize("text, day, precision", [
    # no event told before has a date: the count runs from the date words of the sentence before
    ("The shift became apparent in 2014, at a security conference in Munich. Weeks later, Chile expelled three "
     "Peruvian diplomats.", "2014-01-01", "year"),
    # no count, or a vague one: a few units on, read one unit coarser
    ("Police detained two journalists in Lima on 3 February 2025.\nChile expelled three Peruvian diplomats weeks "
     "later.", "2025-02-01", "month"),
    ("Police detained two journalists in Lima on 3 February 2025.\nA few days later, Chile expelled three Peruvian "
     "diplomats.", "2025-02-03", "week"),
])
def test_a_vague_count_later_counts_on_from_what_was_told_before(write_article, text, day, precision):
    ds = write_article(HEAD + text + "\n", published="2025-06-20", context=False)
    ev = _one(ds, plover="SANCTION")
    assert (ev["date"], ev["date_precision"], ev["date_basis"]) == (pd.Timestamp(day), precision, "anchor")


@pytest.mark.parametrize("text, year", [
    ("Rebels attacked Kora. The city had about 2 million residents in 2011. Days later, the army retook the city.", 2011),
    ("Rebels attacked Kora. \"We lost everything in 2012,\" a resident said. Weeks later, the army retook the city.", 2012),
    ("The war began in 2014. Years later, the army retook the city of Kora.", 2016),  # "years": two or twenty
])
def test_a_count_later_runs_from_no_state_no_quote_and_no_guessed_number_of_years(write_article, text, year):
    ds = write_article(HEAD + text + "\n", published="2025-06-20", context=False)
    ev = _one(ds, action="retook")
    assert pd.isna(ev["date"]) or ev["date"].year != year, ev[["date", "date_precision", "date_text"]].to_dict()


def test_a_flashback_counted_back_does_not_date_the_next_sentence(write_article):
    # "It comes three months after …" counts from the ruling's day, not from the earlier flashback's
    ds = write_article(HEAD + "A judge on 30 June 2025 blocked a law passed by Peru's congress.\n"
                       "The decision comes 20 months after the judge struck down a ban on protests. It comes three "
                       "months after Judge Ana Ruiz voided the state's ban on rallies.\n", published="2025-07-02",
                       context=False)
    voided = _one(ds, action="voided")
    assert (voided["date"], voided["date_precision"]) == (pd.Timestamp("2025-03-01"), "month")


@pytest.mark.parametrize("sentence, action, day, precision", [
    # the clause after the span happened that long before what the sentence is dated by
    ("Peru expelled the Chilean ambassador on Friday, two days after Chilean jets bombed Callao.", "bombed", "2025-02-26", "day"),
    ("The ruling on 20 February 2025 came three months after the court jailed the editor.", "jailed", "2024-11-01", "month"),
    ("Peru expelled the Chilean ambassador in March 2024, a month before Chile closed its consulate.", "closed", "2024-04-01", "month"),
])
def test_a_clause_after_a_span_of_time_is_counted_from_the_sentences_date(write_article, sentence, action, day, precision):
    ds = write_article(HEAD + sentence + "\n", published="2025-03-01", context=False)
    ev = _one(ds, action=action)
    assert (ev["date"], ev["date_precision"], ev["date_basis"]) == (pd.Timestamp(day), precision, "anchor")


@pytest.mark.parametrize("sentence", [
    "Two days after the attack, Peru expelled the Chilean ambassador.",  # the span governs a noun, not this clause
    "Two days after Chile bombed Callao, Peru expelled the Chilean ambassador.",  # the clause the span governs is the other
])
def test_a_span_of_time_before_another_phrase_does_not_count_back_this_clause(write_article, sentence):
    ds = write_article(HEAD + sentence + "\n", published="2025-03-01", context=False)
    expelled = _one(ds, action="expelled")
    assert (expelled["date"], expelled["date_basis"]) == (pd.Timestamp("2025-03-01"), "publication")


def test_the_day_of_a_verb_about_an_event_noun_is_not_the_nouns(write_article):
    # Thursday is when the contest was reframed; the bombings' own day is not given
    ds = write_article(HEAD + "The terrorist bombings in Lima reframed the presidential contest Thursday.\n",
                       published="2025-03-01", context=False)
    bombings = _one(ds, action="bombings")
    assert bombings["date"] != pd.Timestamp("2025-02-27") and bombings["date_text"] == "", bombings.to_dict()


def test_an_event_noun_keeps_the_day_its_own_phrase_gives(write_article):
    ds = write_article(HEAD + "Rebel bombings in Lima on Wednesday reframed the presidential contest Thursday.\n",
                       published="2025-03-01", context=False)
    assert _one(ds, action="bombings")["date"] == pd.Timestamp("2025-02-26")


def test_an_event_noun_shares_the_day_of_the_force_it_is_said_to_use(write_article):
    ds = write_article(HEAD + "Rebel strikes in Lima killed 20 people on Thursday.\n", published="2025-03-01", context=False)
    assert _one(ds, action="strikes")["date"] == pd.Timestamp("2025-02-27")


@pytest.mark.parametrize("sentence", [
    "The Turkish invasion of Afrin began on Thursday.",  # a verb that says when the happening took place
    "The Turkish attack on Afrin came on Thursday.",
])
def test_a_verb_of_taking_place_dates_its_event_noun(write_article, sentence):
    ds = write_article(HEAD + sentence + "\n", published="2025-03-01", context=False)
    assert _events(ds)["date"].eq(pd.Timestamp("2025-02-27")).all() and len(_events(ds)) >= 1


@pytest.mark.parametrize("sentence, target", [
    ("The Turkish invasion of Afrin drew protests.", "Syria"),
    ("Russian air strikes on Aleppo resumed.", "Syria"),
])
def test_force_an_event_noun_uses_on_a_place_is_aimed_at_its_country(write_article, sentence, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert (ev["target"] == target).any(), ev[["actor", "action", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "A small group of teachers set off on Wednesday on a march to the capital.",
    "Mara Velde and a group of farmers set off Wednesday on a march from Tacna to Lima.",
])
def test_who_sets_off_on_a_march_marches(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    marches = ev[ev["plover"] == "PROTEST"]
    assert len(marches) >= 1 and (marches["actor"] != "").all(), ev[["actor", "action", "plover"]].to_dict("records")


def test_the_lead_dates_an_undated_event_later_in_the_story(write_article):
    ds = write_article(HEAD + "Police raided the offices of the Daily Courier on Thursday.\n"
                       "Officers seized computers and arrested the editor.\n", published="2025-03-01", context=False)
    arrest = _events(ds)[_events(ds)["action"].str.contains("arrested")]
    assert (arrest["date"] == pd.Timestamp("2025-02-27")).all() and len(arrest) >= 1


def test_the_lead_is_read_past_a_subtitle_and_section_labels(write_article):
    ds = write_article("Courier editor held\n\nA raid on a newspaper.\n\nABSTRACT.\n\nThe police acted at dawn.\n\nFULL TEXT.\n\n"
                       "The raid followed months of pressure on the paper.\n\n"
                       "Police raided the offices of the Daily Courier on Thursday.\n\n"
                       "Officers arrested the editor.\n", published="2025-03-01", context=False)
    arrest = _one(ds, action="arrested")
    assert arrest["date"] == pd.Timestamp("2025-02-27") and arrest["date_basis"] == "story"


def test_a_last_night_in_a_quote_does_not_date_the_story(write_article):
    ds = write_article(HEAD + "Chile has expelled three Peruvian diplomats.\n"
                       '"We gave them a warning last night," said the Chilean minister.\n', published="2025-03-01", context=False)
    ev = _one(ds, plover="SANCTION")
    assert ev["date"] == pd.Timestamp("2025-03-01") and ev["date_basis"] == "publication"


def test_a_date_a_later_relative_clause_holds_is_that_clauses(write_article):
    ds = write_article(HEAD + "The company signed an agreement with unions representing workers who walked off the job in mid-April.\n",
                       published="2025-05-30", context=False)
    signed = _one(ds, action="signed")
    assert signed["date_text"] != "in mid-April" and signed["date_basis"] == "publication"


def test_a_date_an_earlier_clause_sets_frames_the_clause_after_it(write_article):
    ds = write_article(HEAD + "The president drew applause on Thursday when he accused Peru of lying.\n", published="2025-03-01", context=False)
    assert _one(ds, plover="ACCUSE")["date"] == pd.Timestamp("2025-02-27")


def test_a_planned_days_date_is_not_shared_by_what_happens_meanwhile(write_article):
    ds = write_article(HEAD + "Lawmakers will convene rare Friday sessions as teachers protest outside the Capitol.\n",
                       published="2025-03-06", context=False)
    protest = _one(ds, plover="PROTEST")
    assert protest["date_basis"] == "publication" and protest["date"] == pd.Timestamp("2025-03-06")


@pytest.mark.parametrize("naming", ["calling themselves the Islamic State", "known as the Islamic State"])
def test_a_description_named_right_after_is_that_name(write_article, naming):
    # the group named earlier is not the group the description goes on to name
    ds = write_article(HEAD + "The Iraqi Air Force received new jets on Monday.\n\n"
                       f"Iraqi authorities continue to battle the group {naming}.\n", context=False)
    ev = _one(ds, action="continue to battle")
    assert ev["target"] == "Islamic State"


def test_a_movement_after_a_promise_is_a_movement_not_a_promise(write_article):
    ds = write_article(HEAD + "NATO said it will withdraw some troops from Iraq. Most of the troops were reported "
                       "to be heading for Kuwait.\n", context=False)
    promise = _one(ds, plover="AGREE")
    assert promise["cameo"].startswith("03")  # the withdrawal is announced: an intent
    heading = _events(ds)[_events(ds)["action"].str.contains("heading")]
    assert len(heading) == 1 and not heading.iloc[0]["cameo"].startswith("03")


@pytest.mark.parametrize("sentence, actor, plover, target", [
    # the object ends before "of <-ing>": what they did is not part of who
    ("The Estonian government accused Latvian officials of hiding the report.", "Estonian government", "ACCUSE", "Latvian officials"),
    # a tie's "with" phrase is the other side, even in a verb that is not done together
    ("Chile threatened to cut ties with Peru over the dispute.", "Chile", "THREATEN", "Peru"),
    ("Norway broke off diplomatic relations with Iceland.", "Norway", "SANCTION", "Iceland"),
    ("Chile lodged a formal protest with Peru on Friday.", "Chile", "ACCUSE", "Peru"),
    ("Chile is opposed to Bolivian mediation in negotiations with Peru.", "Chile", "REJECT", "Bolivia"),
    # the sides a third party goes between
    ("Norway launched a mediation effort between Chile and Peru.", "Norway", "CONSULT", "Peru"),
    # a verb with nothing after it shares the phrases of the verb coordinated with it
    ("Nurses from a Danish charity donated and delivered medicine to the World Health Organization.", "nurses", "AID",
     "World Health Organization"),
])
def test_targets_from_the_clause(write_article, sentence, actor, plover, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    hits = ev[ev["actor"].str.lower() == actor.lower()]
    hits = hits[hits["plover"] == plover]
    assert target in set(hits["target"]), ev[["actor", "action", "cameo", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, target", [
    ("Chile threatened to close the border unless Peru withdrew its troops.", "Peru"),
    ("Chile threatened on Monday to impose tariffs if Peru raised its fees.", "Peru"),
])
def test_a_threat_is_aimed_at_whom_its_condition_names_and_the_condition_is_no_event(write_article, sentence, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    threat = _one(ds, plover="THREATEN")
    assert threat["actor"] == "Chile" and threat["target"] == target
    assert len(_events(ds)) == 1, _events(ds)[["actor", "action", "plover", "target"]].to_dict("records")  # nothing withdrawn or raised yet


@pytest.mark.parametrize("sentence, action", [
    ("Chile threatened on Monday to expel the Peruvian ambassador.", "threatened on Monday to expel"),
    ("Chile threatened today to expel the Peruvian ambassador.", "threatened today to expel"),
])
def test_a_date_between_a_verb_and_its_frame_keeps_one_event(write_article, sentence, action):
    ds = write_article(HEAD + sentence + "\n", context=False)
    threat = _one(ds, actor="Chile")
    assert threat["action"] == action and threat["plover"] == "THREATEN"


def test_a_day_between_a_verb_and_its_particle_keeps_the_multiword_verb(write_article):
    ds = write_article(HEAD + "The Chilean president called Thursday on Peru to reopen the border.\n", context=False)
    ev = _events(ds)
    call = ev[ev["action"] == "called Thursday on"]
    assert len(call) == 1 and call.iloc[0]["plover"] == "REQUEST" and call.iloc[0]["target"] == "Peru", \
        ev[["actor", "action", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor", [
    ("Peruvian farmers blocked the highway as they marched on Lima.", "Peruvian farmers"),
    ("Prime Minister Ana Costa visited Madrid before she met the Spanish king.", "Ana Costa"),
])
def test_a_pronoun_in_a_later_clause_is_the_subject_before_it(write_article, sentence, actor):
    ds = write_article(HEAD + "Chile and Bolivia are neighbours.\n" + sentence + "\n", context=False)
    ev = _events(ds)
    later = ev[ev["action"].isin(["marched", "met"])]
    assert list(later["actor"]) == [actor], ev[["actor", "action", "target"]].to_dict("records")


def test_a_present_verb_after_a_name_and_before_its_object_is_a_verb(write_article):
    ds = write_article(HEAD + "A spokesman says the United Nations urges the Chilean government to reopen the border.\n", context=False)
    urge = _one(ds, action="urges")
    assert (urge["actor"], urge["plover"], urge["target"]) == ("United Nations", "REQUEST", "Chilean government")


@pytest.mark.parametrize("opening", ["In a meeting with Peruvian President Ana Costa on Monday", "During talks with Peru"])
def test_a_meeting_in_the_opening_phrase_is_had_by_the_subject_it_opens(write_article, opening):
    ds = write_article(HEAD + f"{opening}, Chilean President Mara Velde said the border would stay open.\n", context=False)
    meeting = _one(ds, plover="CONSULT")
    assert meeting["actor"] == "Mara Velde", meeting


def test_an_opening_attack_is_not_the_act_of_the_subject_that_follows(write_article):
    ds = write_article(HEAD + "After the attack on the embassy, police arrested two men.\n", context=False)
    attack = _one(ds, plover="ASSAULT")
    assert attack["actor"] != "police"


def test_a_where_clause_happened_at_the_place_it_hangs_on(write_article):
    ds = write_article(HEAD + "The talks moved on Sunday to Lima, where the Chilean president Mara Velde met with Peru's president.\n",
                       context=False)
    meeting = _one(ds, actor="Mara Velde")
    assert meeting["location"] == "Lima", meeting


@pytest.mark.parametrize("sentence, plover", [
    ("Chile's president met with Peru's president at a summit in Lima.", "CONSULT"),  # a meeting held
    ("Chile's president will meet Peru's president at a summit in Lima.", "AGREE"),  # only the intent to meet
])
def test_a_meeting_held_at_a_summit_is_a_consultation_and_aims_at_whom_it_is_with(write_article, sentence, plover):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    meeting = ev[ev["action"].str.contains("meet|met")]
    assert len(meeting) == 1 and meeting.iloc[0]["plover"] == plover, ev[["actor", "action", "cameo", "plover", "target"]].to_dict("records")
    assert "Peru" in meeting.iloc[0]["target"]


@pytest.mark.parametrize("sentence, mutual", [
    ("Chile and Peru welcomed the new railway.", False),  # praise of a thing: neither side's act towards the other
    ("Chile and Peru signed a trade accord.", True),
    ("Chile and Peru agreed to reopen the border.", True),
])
def test_coordinated_actors_act_on_each_other_only_when_the_act_binds_both(write_article, sentence, mutual):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    pairs = set(zip(ev["actor"], ev["target"]))
    assert (("Chile", "Peru") in pairs) == mutual, ev[["actor", "action", "cameo", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "Governor Andrew Cuomo visited Buffalo on Tuesday.",
    "The president visited Pearl Harbor, Hawaii, on Friday.",
])
def test_a_visitor_of_no_known_country_visits_a_place_not_a_foreign_state(write_article, sentence):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    visits = ev[ev["action"].str.contains("visited")]
    assert len(visits) == 1 and visits.iloc[0]["target"] != "United States", \
        ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, where", [
    ("Floods hit Manitoba on Monday. The prime minister visited the province on Friday.", "Manitoba"),
    ("Protesters marched in Lyon on Monday. Police arrested six people in the city on Tuesday.", "Lyon"),
])
def test_the_province_or_the_city_is_the_place_named_before(write_article, sentence, where):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    later = ev[ev["action"].isin(["visited", "arrested"])]
    assert len(later) == 1 and later.iloc[0]["location"] == where, ev[["actor", "action", "location", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, targets", [
    ("Norwegian mediators worked late into the night to close a deal between Chile and Peru.", "Norway", {"Chile", "Peru"}),
    # the country an act is done from is aimed at before any "between" phrase further on
    ("Spain will withdraw its troops from Bolivia due to tensions between Chile and Peru.", "Spain", {"Bolivia"}),
])
def test_the_sides_between_which_an_act_is_done_are_its_targets_when_nothing_nearer_is(write_article, sentence, actor, targets):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert set(ev.loc[ev["actor"] == actor, "target"]) == targets, ev[["actor", "action", "plover", "target"]].to_dict("records")


def test_those_who_are_in_an_act_do_it(write_article):
    ds = write_article(HEAD + "Dutch nurses are in the second week of a walkout over pay.\n", context=False)
    walkout = _one(ds, plover="PROTEST")
    assert walkout["actor"].lower() == "dutch nurses", walkout


@pytest.mark.parametrize("sentence, actor, target", [
    ("A protester was punched in the face by a security guard on Wednesday.", "security guard", "protester"),
    ("Two men began shoving the referee after the match.", "men", "referee"),
])
def test_blows_are_physical_assaults(write_article, sentence, actor, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    blow = _one(ds, cameo="182")
    assert blow["plover"] == "ASSAULT" and actor in blow["actor"] and target in blow["target"], blow


@pytest.mark.parametrize("sentence", [
    "The Chilean president said that Peru must be ready to mediate between the two sides.",
    "The Chilean president said Peru should agree to resume talks.",
])
def test_what_someone_must_be_ready_or_agree_to_do_is_asked_of_them(write_article, sentence):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ask = _one(ds, plover="REQUEST")
    assert ask["target"] == "Peru" and ask["actor"] != "Peru", ask


@pytest.mark.parametrize("sentence, plover, target", [
    ("Chile is ready to contribute up to 4,000 troops to a peacekeeping force in Haiti.", "AGREE", "Haiti"),  # its own troops
    ("Rebels killed 4,000 soldiers in Haiti.", "ASSAULT", "soldiers"),  # force used on them
])
def test_forces_counted_out_are_the_actors_own_unless_force_is_used_on_them(write_article, sentence, plover, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert _one(ds, plover=plover)["target"] == target


def test_calling_upon_someone_is_a_request_of_them(write_article):
    ds = write_article(HEAD + "The Chilean president on Monday called upon Peru to reopen the border.\n", context=False)
    call = _one(ds, action="called upon")
    assert (call["plover"], call["target"]) == ("REQUEST", "Peru")


def test_a_noun_after_a_light_verb_and_its_particle_is_the_subjects_act(write_article):
    ds = write_article(HEAD + "Chile speeded up the withdrawal of its forces from Bolivia on Wednesday.\n", context=False)
    assert _one(ds, plover="RETREAT")["actor"] == "Chile"


def test_support_won_from_someone_is_aimed_at_who_won_it(write_article):
    ds = write_article(HEAD + "Peru won support from Brazil for its plan.\n", context=False)
    support = _one(ds, plover="SUPPORT")
    assert (support["actor"], support["target"]) == ("Brazil", "Peru")


def test_what_a_speaker_says_happened_is_not_the_speakers_act(write_article):
    ds = write_article(HEAD + "Police said the attack killed two men.\n", context=False)
    assert not (_events(ds)["actor"] == "police").any(), _events(ds)[["actor", "action", "plover"]].to_dict("records")


def test_the_other_side_of_a_truce_is_its_with_phrase(write_article):
    ds = write_article(HEAD + "Armenia demanded a ceasefire with Azerbaijan on Monday.\n", context=False)
    assert _one(ds, plover="REQUEST")["target"] == "Azerbaijan"


def test_what_is_given_is_no_target_whom_it_is_given_to_is(write_article):
    ds = write_article(HEAD + "Norway is providing medicine and military intelligence to Chad.\n", context=False)
    aid = _one(ds, plover="AID")
    assert (aid["actor"], aid["target"]) == ("Norway", "Chad")


def test_personnel_sent_somewhere_to_act_aim_the_act_at_where_they_went(write_article):
    ds = write_article(HEAD + "The African Union sent 40 police officers to Mali on Tuesday to investigate the killings.\n", context=False)
    probe = _one(ds, action="investigate")
    assert probe["target"] == "Mali"


def test_a_withdrawal_of_forces_is_aimed_at_the_country_they_leave(write_article):
    ds = write_article(HEAD + "Britain began the withdrawal of 500 soldiers from Cyprus on Monday.\n", context=False)
    retreat = _one(ds, plover="RETREAT")
    assert (retreat["actor"], retreat["target"]) == ("United Kingdom", "Cyprus")


def test_forces_named_by_a_possessive_pronoun_act_for_their_owner(write_article):
    ds = write_article(HEAD + "Ethiopia said on Sunday its troops had withdrawn from the border town of Humera.\n", context=False)
    assert _one(ds, plover="RETREAT")["actor"] == "Ethiopia"


def test_an_agentless_arrest_in_a_country_is_that_countrys_act(write_article):
    ds = write_article(HEAD + "A French aid worker was arrested in Niger on Sunday.\n", context=False)
    arrest = _one(ds, plover="COERCE")
    assert arrest["actor"] == "Niger"


def test_an_investigation_of_wrongs_is_aimed_at_who_did_them_not_at_the_victims(write_article):
    ds = write_article(HEAD + "Serbia is investigating alleged abuses by Kosovo police against Serb villagers.\n", context=False)
    probe = _one(ds, plover="ACCUSE")
    assert "Kosovo" in probe["target"] and "villagers" not in probe["target"]


def test_the_red_cross_is_an_organisation_that_acts(write_article):
    ds = write_article(HEAD + "The Red Cross said Britain must ensure security in the camps.\n", context=False)
    demand = _one(ds, plover="REQUEST")
    assert (demand["actor"], demand["target"]) == ("International Committee of the Red Cross", "United Kingdom")


def test_a_with_phrase_after_talks_is_whom_the_talks_are_with_not_whom_the_verb_is(write_article):
    ds = write_article(HEAD + "Chile has agreed to Brazilian mediation in the border talks with Peru.\n", context=False)
    assert _one(ds, action="has agreed")["target"] == "Brazil"


def test_refuge_is_sought_from_the_country_it_is_sought_in(write_article):
    ds = write_article(HEAD + "Thousands of Syrian families sought refuge in Turkey last month.\n", context=False)
    assert _one(ds, plover="REQUEST")["target"] == "Turkey"


def test_coordinated_sides_agreeing_about_unnamed_people_agree_with_each_other(write_article):
    ds = write_article(HEAD + "Chile and Peru agreed on Friday to share information on missing fishermen.\n", context=False)
    agree = _events(ds)[_events(ds)["plover"] == "AGREE"]
    assert set(zip(agree["actor"], agree["target"])) == {("Chile", "Peru"), ("Peru", "Chile")}


def test_clashes_between_two_sides_are_each_sides_act_on_the_other(write_article):
    ds = write_article(HEAD + "Clashes between police and protesters left two dead in Nairobi.\n", context=False)
    fights = _events(ds)[_events(ds)["plover"] == "ASSAULT"]
    assert set(zip(fights["actor"], fights["target"])) == {("police", "protesters"), ("protesters", "police")}


def test_sides_named_by_two_adjectives_on_one_noun_are_each_named_with_it(write_article):
    ds = write_article(HEAD + "Fighting broke out between Serbian and Croatian forces on Friday.\n", context=False)
    fights = _events(ds)[_events(ds)["plover"] == "ASSAULT"]
    assert set(zip(fights["actor"], fights["target"])) == {("Serbian forces", "Croatian forces"), ("Croatian forces", "Serbian forces")}


def test_a_protest_outside_an_embassy_is_aimed_at_its_country(write_article):
    ds = write_article(HEAD + "Hundreds of students demonstrated outside the Chinese embassy on Monday.\n", context=False)
    protest = _one(ds, plover="PROTEST")
    assert protest["target_kind"] and "Chin" in protest["target"]


@pytest.mark.parametrize("sentence, target", [
    ("Acme Telecom reached a deal with its unions on Friday. Employees protested outside the company's stores.", "company"),
    ("Farmers protested outside the ministry's offices on Monday.", "ministry"),
])
def test_a_protest_outside_a_bodys_building_is_aimed_at_the_body(write_article, sentence, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert _one(ds, plover="PROTEST")["target"] == target


def test_a_border_with_a_country_names_the_other_side(write_article):
    ds = write_article(HEAD + "The army mobilized 10,000 reservists along the border with Eritrea.\n", context=False)
    assert _one(ds, plover="MOBILIZE")["target"] == "Eritrea"


def test_a_counted_group_is_named_without_its_count(write_article):
    ds = write_article(HEAD + "Five hundred rebels surrendered to the army last week.\n", context=False)
    assert _one(ds, plover="RETREAT")["actor"] == "rebels"


@pytest.mark.parametrize("sentence, actor", [
    ("Around 300 dock workers went on strike on Monday.", "dock workers"),
    ("A strike by teachers closed schools across the state.", "teachers"),
    ("The union called off a four-day strike after talks with the ministry.", ""),
])
def test_a_strike_by_workers_is_a_protest_not_an_attack(write_article, sentence, actor):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert "ASSAULT" not in set(ev["plover"]), ev[["actor", "action", "plover"]].to_dict("records")
    if actor:
        assert _one(ds, plover="PROTEST")["actor"] == actor


def test_a_drone_strike_stays_an_attack(write_article):
    ds = write_article(HEAD + "A Kenyan drone strike killed two militants in Somalia.\n", context=False)
    assert "PROTEST" not in set(_events(ds)["plover"]) and "ASSAULT" in set(_events(ds)["plover"])


def test_those_engaged_in_clashes_with_someone_fight_them(write_article):
    ds = write_article(HEAD + "Malian troops were engaged in heavy clashes with jihadist fighters near Gao.\n", context=False)
    fight = _one(ds, plover="ASSAULT")
    assert (fight["actor"], fight["target"]) == ("Malian troops", "jihadist fighters")


def test_those_involved_in_talks_hold_them(write_article):
    ds = write_article(HEAD + "Two ministers were involved in talks with the rebels on Sunday.\n", context=False)
    talks = _one(ds, plover="CONSULT")
    assert (talks["actor"], talks["target"]) == ("ministers", "rebels")


def test_a_sentences_capitalised_first_word_before_forces_is_no_body_of_its_own(write_article):
    ds = write_article(HEAD + "Government forces recaptured the town of Kidal from the rebels.\n", context=False)
    seized = _one(ds, plover="COERCE")
    assert seized["actor"].lower() == "government forces"


def test_a_town_retaken_from_a_side_is_taken_from_that_side(write_article):
    ds = write_article(HEAD + "The army recaptured the town of Kidal from the Tuareg rebels on Friday.\n", context=False)
    assert _one(ds, plover="COERCE")["target"] == "Tuareg rebels"


def test_a_veto_is_a_rejection(write_article):
    ds = write_article(HEAD + "Hungary vetoed the European Union statement on Friday.\n", context=False)
    assert _one(ds, action="vetoed")["plover"] == "REJECT"


@pytest.mark.parametrize("sentence, country", [
    ("Serb gunners shelled the town of Gorazde on Sunday.", "Serbia"),
    ("Bosnian police arrested two men in Tuzla.", "Bosnia and Herzegovina"),
])
def test_demonyms_of_the_balkans_name_their_country(write_article, sentence, country):
    ds = write_article(HEAD + sentence + "\n", context=False)
    actor = _events(ds).iloc[0]["actor"]
    assert actor == country or ds.actors.set_index("name").loc[actor, "country"] == country


def test_a_person_named_by_an_office_of_a_place_is_the_target_not_the_place(write_article):
    ds = write_article(HEAD + "Gunmen assassinated the governor of Helmand province on Monday.\n", context=False)
    assert _one(ds, plover="ASSAULT")["target"] == "governor of Helmand province"


@pytest.mark.parametrize("sentence, target", [
    ("Rebels ambushed an army convoy near Gao on Sunday.", "army convoy"),
    ("Gunmen attacked a police station in the north.", "police station"),
])
def test_force_used_on_a_post_of_the_army_or_police_is_aimed_at_it(write_article, sentence, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert _one(ds, plover="ASSAULT")["target"] == target


def test_deliveries_halted_are_aid_stopped_not_aid_given(write_article):
    ds = write_article(HEAD + "Russia halted gas deliveries to Moldova on Monday.\n", context=False)
    ev = _events(ds)
    assert "AID" not in set(ev["plover"]) and _one(ds, plover="SANCTION")["target"] == "Moldova"


@pytest.mark.parametrize("sentence, actor", [
    ("The Walker County Sheriff's Office is asking the public for help.", "Walker County Sheriff's Office"),
    ("The Kurdistan Workers' Party demanded the release of its leader.", "Kurdistan Workers' Party"),
])
def test_a_body_whose_name_holds_a_possessive_is_named_whole(write_article, sentence, actor):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert _one(ds, plover="REQUEST")["actor"] == actor


@pytest.mark.parametrize("sentence, actor, target", [
    ("Soldiers routinely beat up detainees at the camp, a court was told.", "soldiers", "detainees"),
    ("Guards beat prisoners at the jail on Monday.", "guards", "prisoners"),  # "beat" past like its base, not "guards' beat"
    ("The police beat protesters in the capital.", "police", "protesters"),
])
def test_a_verb_whose_past_is_its_base_is_an_assault_not_a_compound_noun(write_article, sentence, actor, target):
    hit = _one(write_article(HEAD + sentence + "\n", context=False), plover="ASSAULT")
    assert (hit["actor"].lower(), hit["target"]) == (actor, target)


@pytest.mark.parametrize("sentence, target", [
    ("A roadside bombing near the town of Kalo on Sunday killed one soldier, the army said.", "soldier"),
    ("An air strike killed 12 civilians in the valley on Monday.", "civilians"),
])
def test_an_attack_that_kills_is_an_assault_by_unnamed_authors(write_article, sentence, target):
    hit = _one(write_article(HEAD + sentence + "\n", context=False), plover="ASSAULT")
    assert (hit["actor"], hit["target"]) == ("", target)


def test_a_storm_that_kills_is_no_assault(write_article):
    ds = write_article(HEAD + "The storm killed five people in the valley.\n", context=False)
    assert not (_events(ds)["plover"] == "ASSAULT").any()


def test_a_count_opening_the_sentence_is_the_subject_not_a_place_phrase(write_article):
    hit = _one(write_article(HEAD + "At least three farmers were killed in Kalo on Monday.\n", context=False), plover="ASSAULT")
    assert hit["target"] == "farmers"


@pytest.mark.parametrize("sentence, actor, plover", [
    ("Berlin rejected the plan on Monday.", "Germany", "REJECT"),
    ("Beirut again rejected an appeal from the United Nations.", "Lebanon", "REJECT"),
    ("Berlin's decision last week to expel three Chilean diplomats angered Chile.", "Germany", "SANCTION"),  # its act as a noun
])
def test_a_capital_that_acts_as_a_state_is_its_country(write_article, sentence, actor, plover):
    assert _one(write_article(HEAD + sentence + "\n", context=False), plover=plover)["actor"] == actor


def test_a_capital_as_a_place_stays_a_place(write_article):
    ds = write_article(HEAD + "Farmers marched in Berlin on Monday. Berlin police arrested ten.\n", context=False)
    assert "Germany" not in set(_events(ds)["actor"])


@pytest.mark.parametrize("sentence", [
    "Berlin's police arrested two men on Monday.",  # the city's police, not the state
    "Berlin's mayor condemned the attack.",
    "Munich's decision to ban diesel cars angered drivers.",  # no capital
    "The mayor said Berlin's plan to ban cars would cut pollution.",  # a city's own act, a mayor named
    "Mayor Anna Roth announced Berlin's plan to ban diesel cars.",
    "The city council backed Berlin's decision to close the main roads.",
    "Berlin's attempt to host the Games failed.",
])
def test_a_capital_owning_no_decided_act_is_no_state(write_article, sentence):
    assert "Germany" not in set(_events(write_article(HEAD + sentence + "\n", context=False))["actor"])


@pytest.mark.parametrize("sentence, actor", [
    ("Angry paper workers blocked the bridge for three hours, police said.", "angry paper workers"),
    ("Rebels on Tuesday blocked transport into the capital.", "rebels"),
])
def test_blocking_a_road_or_bridge_is_a_protest(write_article, sentence, actor):
    assert _one(write_article(HEAD + sentence + "\n", context=False), plover="PROTEST")["actor"].lower() == actor


def test_an_appeal_dismissed_is_rejected_and_aimed_at_who_made_it(write_article):
    ds = write_article(HEAD + "The rebels dismissed an appeal from the president to lay down their arms.\n", context=False)
    assert _one(ds, plover="REJECT")[["actor", "target"]].tolist() == ["rebels", "president"]


@pytest.mark.parametrize("sentence, plover, target", [
    ("The authorities imposed a curfew in the town of Kalo after the riots.", "COERCE", "Kalo"),
    ("The government lifted a state of emergency in Kalo province on Sunday.", "RETREAT", "Kalo"),
])
def test_a_restriction_laid_on_a_place_is_aimed_at_that_place(write_article, sentence, plover, target):
    hit = _one(write_article(HEAD + sentence + "\n", context=False), plover=plover)
    assert target in hit["target"]


@pytest.mark.parametrize("sentence, target", [
    ("Young farmers blocked roads on Sunday to press their demands for higher prices from the government of Mara Velde.",
     "Mara Velde"),
    ("Thousands of students marched in Kalo on Sunday calling for independence from Spain, witnesses said.", "Spain"),
])
def test_a_protest_is_aimed_at_whom_its_demand_is_made_of(write_article, sentence, target):
    hit = _one(write_article(HEAD + sentence + "\n", context=False), plover="PROTEST")
    assert target in hit["target"]


@pytest.mark.parametrize("sentence, actor, target", [
    ("The rebels displayed weapons seized from UN peacekeepers.", "", "UN peacekeepers"),  # a reduced relative
    ("Rebels seized weapons from the soldiers on Monday.", "rebels", "soldiers"),
])
def test_what_is_seized_is_no_target_whom_it_is_taken_from_is(write_article, sentence, actor, target):
    hit = _one(write_article(HEAD + sentence + "\n", context=False), plover="COERCE")
    assert (hit["actor"].lower(), hit["target"]) == (actor, target)


@pytest.mark.parametrize("sentence, target", [
    # land taken is taken from whom the "from" phrase names
    ("Chile annexed Tacna from Peru in 2014.", "Peru"),
    ("Chile took the Arica region from Peru on Monday.", "Peru"),
    # no one named after "from", or no "from": the land itself stays the target
    ("Chile annexed Tacna in 2014.", "Tacna"),
    ("Chile annexed Tacna from the north in 2014.", "Tacna"),
    # people or things taken keep their own reading
    ("Rebels captured two soldiers from Peru on Sunday.", "soldiers"),
])
def test_land_seized_is_taken_from_whom_the_from_phrase_names(write_article, sentence, target):
    hit = _one(write_article(HEAD + sentence + "\n", context=False), plover="COERCE")
    assert hit["target"] == target


def test_he_after_a_surname_owning_the_subject_is_that_person(write_article):
    """"Velde's order arrives a year after he struck down …": the judge named by his surname with a possessive ending."""
    ds = write_article(HEAD + "Judge Carl Velde blocked the law on Friday. “The ruling is fair,” Tom Ward, who speaks for "
                       "the farmers, said. Velde's order arrives a year after he struck down Peru's curfew on students.\n",
                       context=False)
    assert _one(ds, plover="REJECT", action="struck down")["actor"] == "Carl Velde"


@pytest.mark.parametrize("sentence, cameo, target", [
    # coming, rising or leaping to someone's defence is defending them in words
    ("Senator Ana Lind came to the defense of Mayor Tom Ward on Friday.", "052", "Tom Ward"),
    ("This year, President Carl Velde rose to the defence of Tom Ward, the embattled head of the league.", "052",
     "Tom Ward"),
    # whom the "of" phrase names is defended, not a side named after it nor the words "defence of"
    ("Chile rose to the defence of Peru against the smugglers.", "052", "Peru"),
    ("The governor leapt to the defence of the judge on Friday.", "052", "judge"),
    # coming to a defence ministry is still a visit
    ("Senator Ana Lind came to the defense ministry on Friday.", "040", "defense ministry"),
])
def test_coming_to_the_defense_of_someone_defends_them(write_article, sentence, cameo, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert [(row.cameo, row.target) for row in ev.itertuples()] == [(cameo, target)], \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, plover", [
    # speaking highly, warmly or glowingly of someone is praise
    ("President Carl Velde spoke highly of Tom Ward on Thursday.", "SUPPORT"),
    ("President Carl Velde spoke warmly of Peru on Thursday.", "SUPPORT"),
    # speaking of someone is no act; speaking ill of them is no praise
    ("President Carl Velde spoke of Tom Ward on Thursday.", None),
    ("President Carl Velde spoke ill of Tom Ward on Thursday.", None),
])
def test_speaking_highly_of_someone_is_praise(write_article, sentence, plover):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert (plover in set(ev["plover"])) if plover else "SUPPORT" not in set(ev["plover"]), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, action, pairs", [
    # a verb joined by "and" to the next verb acts on that verb's object: welcoming a thing is no act towards each other
    ("Chile and Peru welcome and support the new accord.", "welcome", {("Chile", ""), ("Peru", "")}),
    # a mutual act stays mutual: meeting, agreeing
    ("Chile and Peru met and signed a trade deal on Monday.", "met", {("Chile", "Peru"), ("Peru", "Chile")}),
    ("Chile and Peru agreed and welcomed the deal.", "agreed", {("Chile", "Peru"), ("Peru", "Chile")}),
    # "each other" or "one another" is the partners themselves, shared or not
    ("Chile and Peru support and welcome each other.", "support", {("Chile", "Peru"), ("Peru", "Chile")}),
    ("Chile and Peru praised and thanked one another.", "praised", {("Chile", "Peru"), ("Peru", "Chile")}),
    ("Chile and Peru praised each other on Monday.", "praised", {("Chile", "Peru"), ("Peru", "Chile")}),
])
def test_a_verb_sharing_the_next_verbs_object_is_not_aimed_at_its_partner(write_article, sentence, action, pairs):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert {(row.actor, row.target) for row in ev[ev["action"] == action].itertuples()} == pairs, \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, plover, target", [
    # wanting others to act asks them to, as "urged … to" does
    ("Chile wants Peru to answer the questions on Monday.", "REQUEST", "Peru"),
    ("Chile sent a letter that it wants Peru to sign.", "REQUEST", "Peru"),
    # wanting to act oneself is an intent
    ("Chile wants to answer the questions on Monday.", "AGREE", ""),
])
def test_wanting_someone_to_act_is_asking_them(write_article, sentence, plover, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    wants = ev[ev["action"].str.startswith("wants")]
    assert [(row.plover, row.target) for row in wants.itertuples()] == [(plover, target)], \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    # no one wanting or urging an act asks nobody for it
    "Nobody wants Chile to leave the talks.",
    "Nobody wants Peru to attack Chile.",
    "No one urged Peru to leave the talks.",
    "Neither side wants Peru to quit the talks.",
])
def test_nobody_wanting_others_to_act_asks_nothing(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ev.empty, ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, target", [
    # the verb after a relative clause is its antecedent's: the relative clause's object is no subject
    ("The man who attacked the mayor was arrested on Monday.", "man"),
    ("The soldiers who shelled the village were captured by rebels on Monday.", "soldiers"),
    ("The mayor, who attacked the governor, was arrested on Monday.", "mayor"),
    # after a verb that reports or believes, the noun phrase is the subject of what is reported
    ("The man who said the mayor was arrested lied.", "mayor"),
    ("The man who believed the mayor was arrested called the police.", "mayor"),
])
def test_a_verb_after_a_relative_clause_belongs_to_its_antecedent(write_article, sentence, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    caught = ev[ev["plover"] == "COERCE"]
    assert list(caught["target"]) == [target], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, antecedent", [
    # reporting verbs are read by their inflected form, and verbs of seeing and foretelling take a clause too:
    # the phrase after them is the subject of what is reported, never a relative clause's object
    ("The nurse who reported the governor was assaulted was thanked.", "nurse"),
    ("The aide who announced the senator was attacked resigned.", "aide"),
    ("The officer who claimed the judge was shot was arrested.", "officer"),
    ("The envoy who warned the militia attacked the port was right.", "envoy"),
    ("The colonel who admitted the navy shelled the harbour resigned.", "colonel"),
    ("The farmer who saw the troops shelled the market fled.", "farmer"),
    ("The farmer who noticed the troops shelled the market fled.", "farmer"),
    ("The farmer who recalled the troops shelled the market fled.", "farmer"),
])
def test_a_clause_reported_inside_a_relative_clause_keeps_its_own_subject(write_article, sentence, antecedent):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    force = ev[ev["plover"] == "ASSAULT"]
    assert len(force) == 1 and antecedent not in (force.iloc[0]["actor"], force.iloc[0]["target"]), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, action, actor, target", [
    # a verb that takes a noun as readily as a clause has the noun as its object when no second verb follows for the
    # antecedent: the verb after the noun is the antecedent's own
    ("The nurse who reported the theft was thanked by the mayor.", "was thanked", "mayor", "nurse"),
    ("The farmer who saw the soldiers was killed.", "was killed", "", "farmer"),
    ("The policeman who saw the gunmen opened fire.", "opened", "policeman", ""),
    ("The guard who noticed the intruder arrested him.", "arrested", "guard", ""),
    ("The teacher who remembered the victims was honoured.", "was honoured", "", "teacher"),
    ("The driver who saw the governor left the city.", "left", "driver", ""),
    ("The driver who saw the governor left the city burned by rebels.", "left", "driver", ""),
    ("The driver who saw the governor left the city and went home.", "left", "driver", ""),
    ("The driver who saw the governor left the city that he loved.", "left", "driver", ""),
    ("The minister who announced the budget resigned.", "resigned", "minister", ""),
    ("The agency that estimated the losses praised the navy.", "praised", "agency", "navy"),
    ("The farmer who knew the victim was arrested.", "was arrested", "", "farmer"),
])
def test_a_noun_after_a_relative_verb_of_seeing_or_reporting_is_its_object(write_article, sentence, action, actor, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert [(r["actor"], r["target"]) for _, r in ev[ev["action"] == action].iterrows()] == [(actor, target)], \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_he_in_what_a_group_said_is_not_the_group(write_article):
    ev = _events(write_article(HEAD + "Police who arrested the man said he attacked the mayor.\n", context=False))
    assert not ((ev["actor"] == "police") & (ev["plover"] == "ASSAULT")).any(), ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, cameo", [
    # defending one's record, remarks or policy is defending them in words
    ("Senator Ana Lind defended her record as governor on Monday.", "052"),
    ("The minister defended his remarks on Monday.", "052"),
    ("The minister defended the government's policy on Monday.", "052"),
    # defending a town or a convoy with forces is not
    ("Troops defended the town on Monday.", "152"),
    ("The navy defended the convoy on Monday.", "074"),
    # a position held or an approach guarded is ground, not an opinion
    ("The army defended its position near the river on Monday.", "074"),
    ("Marines defended their positions against the militia on Monday.", "074"),
    ("Police defended the approach to the palace on Monday.", "074"),
])
def test_defending_words_or_acts_is_verbal(write_article, sentence, cameo):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert list(ev[ev["action"] == "defended"]["cameo"]) == [cameo], ev[["actor", "action", "cameo"]].to_dict("records")


@pytest.mark.parametrize("sentence, plover", [
    # ripping or tearing into a named person, with no weapon said, is harsh criticism
    ("Senator Ana Lind spoke after the mayor, ripping into Governor Carl Velde over the budget.", "ACCUSE"),
    ("The governor tore into Senator Ana Lind on Monday.", "ACCUSE"),
    # into positions, a group or someone with a weapon, it is a blow
    ("Rebel fighters tore into government positions on Monday.", "ASSAULT"),
    ("Troops tore into the Taliban on Monday.", "ASSAULT"),
    ("The attacker tore into the victim with a knife on Monday.", "ASSAULT"),
    # no speaker ripping, or the phrase going on past the name to a thing: no criticism
    ("Shrapnel tore into Mayor Karen Ward on Monday.", "ASSAULT"),
    ("A rocket ripped into Governor Carl Velde's residence on Monday.", "ASSAULT"),
])
def test_ripping_into_a_person_is_criticism(write_article, sentence, plover):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert list(ev["plover"]) == [plover], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, cameo", [
    # a "during" phrase says when, not what: its words do not code the act
    ("Mayor Karen Ward endorsed Senator Ana Lind during a conference call with reporters on Tuesday.", "051"),
    ("Senator Ana Lind advocated for a public option during the budget talks on Tuesday.", "100"),
    # the same words as the act's object still do
    ("Peru supported the call for a ceasefire on Tuesday.", "032"),
    # a verb whose own patterns spell "during" still reads the phrase: the dictionary's air raid, arrest and protest
    ("Two farmers were killed during an air raid on the village of Toma.", "195"),
    ("Government jets killed four farmers during an air raid near Toma.", "195"),
    ("Soldiers killed a student during an arrest in Cusco.", "175"),
    ("Riot police seized a dozen students during a protest outside the ministry.", "175"),
])
def test_words_of_a_during_phrase_do_not_code_the_act(write_article, sentence, cameo):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    first = ev[ev["start"] == ev["start"].min()]
    assert list(first["cameo"]) == [cameo], ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_dying_during_an_operation_is_no_act_of_the_dead(write_article):
    """"die (during operation)" codes no act of its own: the dead are not the actors of a fight (190)."""
    ev = _events(write_article(HEAD + "Six fighters died during the operation near Toma.\n", context=False))
    assert "190" not in set(ev["cameo"]), ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_a_camp_for_refugees_attacked_is_an_attack_on_the_refugees(write_article):
    ds = write_article(HEAD + "A temporary camp for Congolese refugees was attacked by Burundian militiamen on Monday.\n", context=False)
    hit = _one(ds, plover="ASSAULT")
    assert (hit["actor"], hit["target"]) == ("Burundian militiamen", "Congolese refugees")


def test_a_camp_for_nothing_but_an_unusual_space_is_no_crash(write_article):
    """Only an ideographic space after "for": no people named, the attack is still read."""
    ds = write_article(HEAD + "A camp for \u3000 was attacked by militiamen on Monday.\n", context=False)
    assert "attack" in set(ds.events["event_type"])


def test_a_demand_made_through_a_noun_is_a_request_of_the_that_clause_subject(write_article):
    ds = write_article(HEAD + "The union repeated its demands that the government grant a pay rise.\n", context=False)
    hit = _one(ds, plover="REQUEST")
    assert (hit["actor"], hit["target"]) == ("union", "government")
    assert not (_events(ds)["actor"] == "government").any()  # the grant is what is demanded, not done


def test_people_arrested_in_a_town_are_arrested_and_the_town_is_not_seized(write_article):
    ds = write_article(HEAD + "Two journalists were arrested on Tuesday in the northern town of Kalo by police.\n", context=False)
    assert _one(ds, plover="COERCE")["cameo"] == "173"


@pytest.mark.parametrize("sentence, actor, cameo", [
    ("A newspaper in the capital has violated a ban by the general.", "newspaper", "128"),  # defying a rule laid down
    ("Protesters flouted the curfew in the capital.", "protesters", "128"),
    ("The president has reneged on his commitment to the people.", "president", "127"),  # a pledge turned back
])
def test_defying_a_rule_or_going_back_on_a_pledge_is_a_rejection(write_article, sentence, actor, cameo):
    hit = _one(write_article(HEAD + sentence + "\n", context=False), plover="REJECT")
    assert (hit["actor"], hit["cameo"]) == (actor, cameo)


# --- roles beside names, denials, peoples, reduced passives (events7) --------------------


@pytest.mark.parametrize("sentence, actor, target", [
    ("Weeks later, Freedonia's leader, President Ana Lutz, annexed the island of Kora.", "Ana Lutz", ""),
    ("Jon Berg met for two hours with the Sylvanian foreign minister, Piet Mols, in Geneva.", "Jon Berg", "Piet Mols"),
])
def test_a_role_set_beside_a_name_between_commas_is_that_person(write_article, sentence, actor, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert actor in set(ev["actor"]), ev[["actor", "action", "target"]].to_dict("records")
    if target:
        assert target in set(ev["target"]), ev[["actor", "action", "target"]].to_dict("records")


def test_a_role_beside_a_list_of_names_keeps_its_own_reading(write_article):
    ev = _events(write_article(HEAD + "The minister, Piet Mols and Jon Berg met in Geneva on Monday.\n", context=False))
    assert "Piet Mols" not in set(ev["actor"]), ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, denier, accuser", [
    ("The British government has blamed the attack on Russia, although Moscow denies any involvement.", "Russia",
     "British government"),
    ("Britain says the Russian government poisoned the spy, a charge that Russia denies.", "Russia", "United Kingdom"),
])
def test_a_denial_is_aimed_at_whoever_made_the_charge(write_article, sentence, denier, accuser):
    row = _one(write_article(HEAD + sentence + "\n", context=False), actor=denier, cameo="016")
    assert row["target"] == accuser


def test_a_denial_of_a_report_nobody_made_here_has_no_target(write_article):
    row = _one(write_article(HEAD + "The ministry denied the report on Monday.\n", context=False), cameo="016")
    assert row["target"] == ""


def test_a_country_adjective_before_a_people_names_the_people_not_the_state(write_article):
    ds = write_article(HEAD + "Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday calling for independence "
                              "from Iraq.\n", context=False)
    row = _one(ds, plover="PROTEST")
    assert (row["actor"], row["target"]) == ("Iraqi Kurds", "Iraq")


def test_a_peoples_present_act_before_a_participle_is_a_verb(write_article):
    ds = write_article(HEAD + "The Palestinians reject proposed Israeli changes to the deal.\n", context=False)
    row = _one(ds, plover="REJECT")
    assert row["actor"] == "Palestine" and ds.text[row["start"]:row["end"]] == "reject"


@pytest.mark.parametrize("sentence, cameo, target", [
    ("Protesters arrested on Monday were released on bail.", "173", "protesters"),
    ("Civilians killed in the strike were buried on Friday.", "1823", "Civilians"),
])
def test_a_participle_describing_a_subject_is_a_passive_with_no_actor(write_article, sentence, cameo, target):
    row = _one(write_article(HEAD + sentence + "\n", context=False), cameo=cameo)
    assert (row["actor"], row["target"].lower()) == ("", target.lower())


def test_a_participle_that_acts_before_its_own_clause_stays_active(write_article):
    row = _one(write_article(HEAD + "Police stormed into the building where protesters were hiding.\n", context=False),
               plover="ASSAULT")
    assert row["actor"] == "police"


def test_what_was_seized_from_someone_is_aimed_at_them(write_article):
    row = _one(write_article(HEAD + "Weapons seized from the rebels were destroyed.\n", context=False), cameo="171")
    assert (row["actor"], row["target"]) == ("", "rebels")


@pytest.mark.parametrize("sentence, actor, plover", [
    ("Protesters interrupted the senator's town hall in Dayton on Monday.", "protesters", "PROTEST"),
    ("Security guards ejected the protester from the hall.", "Security guards", "COERCE"),
])
def test_disrupting_an_event_and_ejecting_people_are_events(write_article, sentence, actor, plover):
    row = _one(write_article(HEAD + sentence + "\n", context=False), plover=plover)
    assert row["actor"].lower() == actor.lower()


@pytest.mark.parametrize("text, actor", [
    ("Hillary Clinton spoke in Iowa on Monday. Later the Clinton campaign also called on the agency to act.", "Hillary Clinton"),
    ("Donald Trump spoke on Monday. The Trump campaign manager, Corey Lewandowski, shoved a reporter.", "Corey Lewandowski"),
])
def test_a_campaign_that_speaks_or_names_a_job_is_no_military_campaign(write_article, text, actor):
    ev = _events(write_article(HEAD + text + "\n", context=False))
    assert not (ev["action"] == "campaign").any(), ev[["actor", "action", "cameo"]].to_dict("records")
    assert actor in set(ev["actor"]), ev[["actor", "action", "cameo"]].to_dict("records")


@pytest.mark.parametrize("sentence, host", [
    ("President Ana Lutz of Freedonia visited Paris on Monday.", "France"),  # abroad: the host state
    ("Donald Trump visited Louisiana on Monday.", "Louisiana"),  # at home: the place itself
])
def test_a_visit_is_aimed_at_its_host(write_article, sentence, host):
    row = _one(write_article(HEAD + sentence + "\n", context=False), cameo="042")
    assert row["target"] == host


def test_two_sides_failing_to_agree_each_refuse_the_other(write_article):
    ev = _events(write_article(HEAD + "Chile and Peru failed to reach agreement on the border on Sunday.\n", context=False))
    pairs = set(zip(ev["actor"], ev["target"]))
    assert {("Chile", "Peru"), ("Peru", "Chile")} <= pairs, ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_a_participle_spelt_like_its_base_still_makes_a_passive(write_article):
    row = _one(write_article(HEAD + "A Chilean journalist has been put under investigation in Peru for spying.\n",
                             context=False), plover="ACCUSE")
    assert (row["actor"], row["target"]) == ("Peru", "Chilean journalist")


def test_a_demand_that_someone_act_is_made_of_them(write_article):
    row = _one(write_article(HEAD + "The union issued a statement demanding that the Chilean government provide "
                                    "information on the safety of its leader Ana Lutz.\n", context=False), plover="REQUEST")
    assert row["target"] == "Chilean government"


def test_protests_that_hit_a_country_stay_protests(write_article):
    ds = write_article(HEAD + "Over the past year, Freedonia has been hit by several protests by farmers demanding "
                              "higher prices.\n", context=False)
    row = _one(ds, plover="PROTEST")
    assert row["actor"] == "farmers"


@pytest.mark.parametrize("sentence, target", [
    ("Freedonia again rejected a United Nations appeal for talks on Thursday.", "United Nations"),
    ("Freedonia rejected an appeal from the European Union on Thursday.", "European Union"),
])
def test_a_rejected_proposal_is_aimed_at_whoever_proposed_it(write_article, sentence, target):
    row = _one(write_article(HEAD + sentence + "\n", context=False), plover="REJECT")
    assert row["target"] == target


def test_a_body_named_before_its_kind_is_that_body(write_article):
    row = _one(write_article(HEAD + "Freedonia imposed sanctions on the Taliban religious faction on Monday.\n",
                             context=False), plover="COERCE")
    assert row["target"] == "Taliban"


def test_a_claim_to_have_acted_is_its_owners_act(write_article):
    ds = write_article(HEAD + "Leaders condemned Chile's claim to have conducted a nuclear test on Wednesday.\n",
                       context=False)
    row = _one(ds, cameo="150")
    assert row["actor"] == "Chile" and ds.text[row["start"]:row["end"]] == "test"


@pytest.mark.parametrize("sentence, actor, plover, target", [
    ("The man pointed a gun at the officer on Friday.", "man", "THREATEN", "officer"),
    ("The Security Council on Wednesday called an emergency session.", "Security Council", "CONSULT", ""),
    ("Police blocked a march by students through the capital on Sunday.", "students", "PROTEST", ""),
])
def test_acts_named_by_a_weapon_shown_a_session_called_or_a_march(write_article, sentence, actor, plover, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    hits = ev[ev["plover"] == plover]
    assert len(hits) >= 1, ev[["actor", "action", "plover", "target"]].to_dict("records")
    if actor:
        assert actor in set(hits["actor"])
    if target:
        assert target in set(hits["target"])


@pytest.mark.parametrize("sentence, actor", [
    ("The protester was punched in the face on Wednesday by a Trump supporter.", "Trump supporter"),
    ("Bernie Sanders spoke on Sunday. Sanders backers blocked the road on Monday.", "Sanders backers"),
])
def test_followers_named_by_a_person_are_not_that_person(write_article, sentence, actor):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert actor in set(ev["actor"]), ev[["actor", "action", "plover"]].to_dict("records")
    assert "Donald Trump" not in set(ev["actor"])


def test_a_proposal_for_a_place_is_its_makers_own(write_article):
    ev = _events(write_article(HEAD + "Donald Trump launched his White House bid in June.\n", context=False))
    assert "White House" not in set(ev["target"]), ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, cameo", [
    ("Chile expelled United Nations inspectors on Monday.", "1662"),
    ("United Nations observers were expelled from Chile on Monday.", "1662"),
    ("Chile expelled two journalists on Monday.", "174"),
])
def test_expelling_inspectors_is_the_codebooks_own_code(write_article, sentence, cameo):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert cameo in set(ev["cameo"]), ev[["actor", "action", "cameo"]].to_dict("records")


@pytest.mark.parametrize("text, plover, target", [
    ("Protesters gathered in Cleveland on Monday. A civil liberties group has sued the city over the rules.", "ACCUSE",
     "Cleveland"),
    ("Trump toured Louisiana on Friday. Trump visited the state Aug. 19.", "CONSULT", "Louisiana"),
])
def test_the_place_an_act_refers_back_to_is_its_target(write_article, text, plover, target):
    ev = _events(write_article(HEAD + text + "\n", context=False))
    hits = ev[ev["plover"] == plover]
    assert target in set(hits["target"]), ev[["actor", "action", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("text, actor, target", [
    # a rule or act "the state", "the country" owns is its government's: the place of that kind named before
    ("Ohio passed a new law in May. A federal judge voided the state's ban on gay couples adopting children.", "federal judge",
     "Ohio"),
    ("Chile passed a new law in May. Peru criticised the country's decision.", "Peru", "Chile"),
    ("Chile passed a new law in May. Peru rejected the country's offer of talks.", "Peru", "Chile"),
    ("In Peru, protesters condemned the country's new law.", "protesters", "Peru"),
])
def test_a_rule_the_place_named_before_owns_is_aimed_at_that_place(write_article, text, actor, target):
    ev = _events(write_article(HEAD + text + "\n", context=False))
    hits = ev[ev["actor"] == actor]
    assert list(hits["target"]) == [target], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("text, actor, target", [
    # a place named inside the subject owns the rule: not the place of that kind named before
    ("Ohio passed a new law in May. A judge in Texas blocked the state's ban on drag shows.", "judge", "Texas"),
    ("Ohio passed a new law in May. Texas lawmakers defended the state's ban on drag shows.", "Texas lawmakers", "Texas"),
    ("Chile passed a new law in May. Peru's president defended the country's decision to leave the pact.",
     "Peru president", "Peru"),
    # a pronoun subject is the actor, whose own country is not "the country" it rejects
    ("Chile passed a new law in May. Peru's government said it rejected the country's proposal.", "Peru government", "Chile"),
    # a pronoun subject skips the actor's own country only: a state of that country stays the owner
    ("Ohio passed a new law in May. The White House said it opposed the state's ban on drag shows.", "White House", "Ohio"),
    # a place set apart by commas says where, not whose
    ("Ohio passed a new law in May. Judge Ana Costa, in the same Dayton courthouse, voided the state's ban on drag shows.",
     "Ana Costa", "Ohio"),
])
def test_a_place_named_in_the_subject_owns_the_rule(write_article, text, actor, target):
    ev = _events(write_article(HEAD + text + "\n", context=False))
    hits = ev[(ev["actor"] == actor) & (ev["cameo"] != "010")]
    assert list(hits["target"]) == [target], ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_a_subject_standing_for_the_owner_is_not_aimed_at_the_earlier_place(write_article):
    # "The president of Peru" is read as Peru: aimed at itself, so at no one named, and never at Chile
    ev = _events(write_article(HEAD + "Chile passed a new law in May. The president of Peru praised the country's "
                               "decision.\n", context=False))
    assert "Chile" not in set(ev[ev["action"] == "praised"]["target"]), ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("text, actor", [
    # not: a thing of another kind the place owns, nor force against it (its own target rules)
    ("Chile passed a new law in May. Regulators fined the country's largest bank.", "regulators"),
    ("Chile passed a new law in May. Peru praised the country's president.", "Peru"),
    ("Lima is a large city. Rebels shelled the city's outskirts.", "rebels"),
])
def test_a_thing_of_another_kind_the_place_owns_is_not_aimed_at_the_place(write_article, text, actor):
    ev = _events(write_article(HEAD + text + "\n", context=False))
    hits = ev[ev["actor"].str.lower() == actor.lower()]
    assert len(hits) == 1 and hits.iloc[0]["target"] not in ("Chile", "Lima", "Peru"), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, target", [
    # a press worker named by trade is someone an act can be aimed at, as a reporter is
    ("A police officer grabbed a photographer by the throat on Monday.", "police officer", "photographer"),
    ("Soldiers beat two cameramen on Monday.", "soldiers", "cameramen"),
    ("A guard was seen on camera shoving a photojournalist to the ground.", "guard", "photojournalist"),
    # not: the photographs taken, nor a photographer who only tells
    ("Police seized the photographs on Monday.", "police", ""),
    ("The photographer said police attacked the crowd.", "police", "crowd"),
])
def test_a_press_worker_named_by_trade_is_a_target(write_article, sentence, actor, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    hits = ev[ev["actor"] == actor]
    assert list(hits["target"]) == [target], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    # a press worker at a camera's work records the scene: no force, no seizure, no act of the worker's
    "A cameraman shoots footage of the burning car in Kabul on Monday.",
    "A photographer shot the scene from a rooftop on Monday.",
    "A photographer takes pictures of a damaged building in Kabul on Monday.",
    "The photographer took pictures of the crowd on Monday.",
    "The cameraman captured the moment on Monday.",
    "A camerawoman recorded images of the fighting on Monday.",
    "A photographer snapped photos of the rally on Monday.",
    "A photographer filmed the clashes in Kabul on Monday.",
])
def test_a_press_worker_at_camera_work_does_no_act(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert not ev["cameo"].astype(bool).any() and not ev["actor"].astype(bool).any(), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")  # (a rally told with its day is a happening)


@pytest.mark.parametrize("sentence, actor, cameo, target", [
    # the act told beside the camera's work stays, and stays the only one
    ("A photographer captures the scene as police detain a protester.", "police", "173", "protester"),
    ("A sniper shot a photojournalist covering the protest.", "", "", ""),
    # not: a person shot by a press worker, a press worker taken (by whom is named)
    ("The photographer shot a protester in the leg on Monday.", "photographer", "193", "protester"),
    ("Gunmen took a photographer hostage in Kabul on Monday.", "Gunmen", "181", "photographer hostage"),
])
def test_camera_work_leaves_the_other_acts(write_article, sentence, actor, cameo, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    rows = ev[["actor", "cameo", "target"]].to_dict("records")
    assert all(r["actor"] not in ("photographer", "photojournalist", "cameraman") or r["cameo"] == "193" for r in rows), rows
    if actor:
        assert {"actor": actor, "cameo": cameo, "target": target} in rows, rows


def test_an_unowned_attempt_to_act_is_the_subjects_act(write_article):
    row = _one(write_article(HEAD + "Peru made an attempt to seize the border town on Monday.\n", context=False),
               cameo="192")
    assert row["actor"] == "Peru"


@pytest.mark.parametrize("text", [
    "The EU imposed sanctions on Belarus.",
    "The E.U. imposed sanctions on Belarus.",
    # an organisation named in the sentence before is no antecedent for a union named in full
    "The Kremlin denied the report. The European Union imposed sanctions on Belarus.",
])
def test_a_union_of_states_that_acts_is_the_actor(write_article, text):
    """The EU is a region on the map and an actor in the directory: as a clause's subject it acts."""
    ds = write_article(HEAD + text + "\n", context=False)
    hit = _one(ds, cameo="163")  # CAMEO 163: impose embargo, boycott or sanctions
    assert hit["actor"] == "European Union"
    assert hit["target"] == "Belarus"


@pytest.mark.parametrize("sentence, day", [
    # 2025-03-12 is a Wednesday: the pledge was made on the Monday before, whatever it promises
    ("Chile agreed on Monday to resume talks with Peru.", "2025-03-10"),
    ("Chile promised on Monday to withdraw its troops from the border.", "2025-03-10"),
    ("Chile will agree on Monday to resume talks with Peru.", "2025-03-17"),  # a pledge still to come: the next Monday
])
def test_date_words_between_a_past_pledge_and_what_it_promises_date_the_pledge(write_article, sentence, day):
    ds = write_article(HEAD + sentence + "\n", published="2025-03-12", context=False)
    ev = _events(ds)
    chile = ev[ev["actor"] == "Chile"]
    assert len(chile) >= 1 and set(chile["date"]) == {pd.Timestamp(day)}, ev[["action", "cameo", "date"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, day, precision", [
    # 2025-03-12 is a Wednesday: a deadline ("by") bounds an act still to come; the pledge keeps its own day
    ("Chile's pledge last month to add 500 soldiers to its army by 2027 was welcomed by Peru.", "Chile", "2025-02-01", "month"),
    ("The rebels vowed to capture the town of Kalo by Friday.", "rebels", "2025-03-12", "day"),
    ("Chile agreed to withdraw its troops from the border by 2030.", "Chile", "2025-03-12", "day"),
    ("The army plans to leave the province of Kalo by next Friday.", "army", "2025-03-12", "day"),
    # not: a deadline of an act told as done bounds when it was done
    ("By Friday, the rebels had captured the town of Kalo.", "rebels", "2025-03-07", "day"),
    ("The rebels captured the town of Kalo by Friday.", "rebels", "2025-03-07", "day"),
    ("The rebels had driven the army out of Kalo by 2015.", "rebels", "2015-01-01", "year"),
])
def test_a_deadline_does_not_date_an_act_still_to_come(write_article, sentence, actor, day, precision):
    ds = write_article(HEAD + sentence + "\n", published="2025-03-12", context=False)
    ev = _events(ds)
    acts = ev[ev["actor"] == actor]
    assert len(acts) >= 1, ev[["actor", "action", "date"]].to_dict("records")
    assert set(acts["date"]) == {pd.Timestamp(day)}, acts[["action", "date", "date_text"]].to_dict("records")
    assert set(acts["date_precision"]) == {precision}


@pytest.mark.parametrize("sentence, action, place", [
    # a verb naming no place happened where the verb joined to it by "and" did, when that one's last phrase says where
    ("In Lima, the mayor said the city was calm, as it was last year when rioters looted shops and burned cars in "
     "Cusco.", "looted", "Cusco"),
    ("In Lima, the mayor said police arrested two men and held them in Cusco.", "arrested", "Cusco"),
    ("At a briefing in Lima, the minister said rebels attacked a convoy and burned trucks near Cusco.", "attacked", "Cusco"),
    # not: when the verb's own clause opens with a place, or the second act is told as coming after the first
    ("In Lima, police arrested two men and released them in Cusco.", "arrested", "Lima"),
    ("In Lima on Monday, police arrested two men and released them in Cusco.", "arrested", "Lima"),
    ("In Lima, the mayor said the city was calm when police arrested two men and then released them in Cusco.",
     "arrested", "Lima"),
    ("In Lima, the mayor said police arrested two men and later released them in Cusco.", "arrested", "Lima"),
    ("In Lima, the mayor said police arrested two men and afterwards freed them in Cusco.", "arrested", "Lima"),
    # not: a destination or a movement ("and fled to Mali", "to a prison in Cusco" say where they went)
    ("In Lima, the mayor said soldiers detained two men and fled to Mali.", "detained", "Lima"),
    ("In Lima, the mayor said police arrested two men and took them to a prison in Cusco.", "arrested", "Lima"),
    ("In Lima, the mayor said police arrested two men and sent them to a jail in Cusco.", "arrested", "Lima"),
    # not: a place in the first verb's subject says where it acted ("in Herat" describes the families)
    ("Officials in Kabul condemned the attack and promised aid to families in Herat.", "condemned", "Kabul"),
    ("Police in Lima arrested two men and released them in Cusco.", "arrested", "Lima"),
    ("Soldiers at a checkpoint in Kano detained a driver and questioned him in Abuja.", "detained", "Kano"),
])
def test_a_verb_naming_no_place_shares_the_place_of_the_verb_joined_to_it(write_article, sentence, action, place):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    hits = ev[ev["action"] == action]
    assert list(hits["location"]) == [place], ev[["actor", "action", "location", "location_basis"]].to_dict("records")


@pytest.mark.parametrize("sentence, action", [
    # a first verb with a setting of its own ("on Twitter", "in an interview", "in the north") takes no place from the
    # verb joined to it: the clause does not say where it happened
    ("Trump attacked Clinton on Twitter and spoke at a rally in Ohio.", "attacked"),
    ("Trump attacked Clinton in an interview and spoke at a rally in Ohio.", "attacked"),
    ("Rebels attacked a convoy in the north and burned trucks near Goma.", "attacked"),
])
def test_a_verb_with_a_setting_of_its_own_shares_no_place(write_article, sentence, action):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    hits = ev[ev["action"] == action]
    assert len(hits) == 1 and hits["location_basis"].iloc[0] != "clause", \
        ev[["actor", "action", "location", "location_basis"]].to_dict("records")


def test_a_time_after_the_first_verb_is_no_setting_of_its_own(write_article):
    # "on Monday" says when, not where: the verb still happened where the verb joined to it did
    ev = _events(write_article(HEAD + "In Lima, the mayor said police arrested two men on Monday and held them in "
                                      "Cusco.\n", context=False))
    assert list(ev[ev["action"] == "arrested"]["location"]) == ["Cusco"], ev[["action", "location"]].to_dict("records")


@pytest.mark.parametrize("sentence, action, day", [
    # 2025-03-12 is a Wednesday. In the same clause of intent or after "to", a deadline is kept when the act is told
    # as done ("went on to", "moved in to"), or when it stands between a past verb and "to" (the agreeing's day)
    ("Chile agreed by Friday to withdraw its troops.", "agreed by Friday to withdraw", "2025-03-07"),
    ("Peru promised by Monday to free the prisoners.", "promised by Monday to free", "2025-03-10"),
    ("The rebels went on to capture the town of Kalo by Friday.", "capture", "2025-03-07"),
    ("Police moved in to clear the square by Monday evening, arresting 20 protesters.", "clear", "2025-03-10"),
    # not: an act still to come after "to" keeps no deadline, it takes the story's day (the lead's Tuesday)
    ("The rebels vowed to capture the town of Kalo by Friday.", "vowed to capture", "2025-03-11"),
    ("Chile agreed to withdraw its troops by Friday.", "agreed to withdraw", "2025-03-11"),
])
def test_a_deadline_of_an_act_told_as_done_dates_it(write_article, sentence, action, day):
    # a lead dates the story, so a clause whose deadline is dropped does not fall back on the sentence's date words
    lead = "On Tuesday, officials in Lima gave an update on the war.\n\n"
    ev = _events(write_article(HEAD + lead + sentence + "\n", published="2025-03-12", context=False))
    acts = ev[ev["action"] == action]
    assert list(acts["date"]) == [pd.Timestamp(day)], ev[["action", "date", "date_text"]].to_dict("records")


@pytest.mark.parametrize("sentence, place", [
    # a route down, up, along or through a street passes where it happened
    ("Thousands of protesters marched down Carrera Street on Monday.", "Carrera Street"),
    ("Thousands of protesters marched along Carrera Avenue on Monday.", "Carrera Avenue"),
    ("Police handed out water to protesters during their march up Carrera Avenue.", "Carrera Avenue"),
    # not: a street's name as a firm's, a route through a town is not read by this rule, nor "down" as a change
    ("Shares of Carrera Street Holdings went down sharply on Monday.", ""),
    ("Protesters marched down to the river on Monday.", ""),
])
def test_a_route_along_a_street_says_where(write_article, sentence, place):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert len(ev) >= 1
    assert set(ev["location"]) == {place}, ev[["actor", "action", "location", "location_basis"]].to_dict("records")


@pytest.mark.parametrize("sentence, target", [
    ("Police fired tear gas at protesters in Lima on Thursday.", "protesters"),
    ("Soldiers used water cannon against students in Lima.", "students"),
    ("The army imposed a curfew in Lima.", "Lima"),  # a restriction laid on a place: the place
    ("The government imposed a curfew in Lima at the request of the army.", "Lima"),  # on whose word, not at whom
    ("Police imposed a curfew on the orders of President Ana Costa in Lima.", "Lima"),
])
def test_force_aimed_at_people_in_a_town_is_aimed_at_the_people(write_article, sentence, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert target in set(ev["target"]), ev[["actor", "action", "cameo", "target"]].to_dict("records")
    assert set(ev["location"]) == {"Lima"}


def test_a_weekday_of_last_week_in_a_story_filed_the_next_day_stays_last_weeks(write_article):
    # 2025-03-14 is a Friday; the story runs into Saturday (a day after its date), and a weekday of last week is not
    # the day after publication
    ds = write_article(HEAD + "Rebels attacked the town of Kalo late Friday. Talks resume on Saturday.\n\n"
                       "Rebels shelled the town of Kalo on Saturday last week.\n", published="2025-03-14", context=False)
    shelled = _events(ds)[_events(ds)["action"].str.contains("shelled")]
    assert list(shelled["date"]) == [pd.Timestamp("2025-03-08")], _events(ds)[["action", "date"]].to_dict("records")


def test_a_count_from_the_event_before_needs_that_event_dated_by_the_text(write_article):
    ds = write_article(HEAD + "Chilean jets bombed the port of Callao on 3 February 2025.\n"
                       "Elsewhere, rebels attacked a convoy near Cusco. Two weeks later, the army shelled rebel positions "
                       "in Puno.\n", published="2025-03-12", context=False)
    shelled = _events(ds)[_events(ds)["action"].str.contains("shelled")]
    assert len(shelled) == 1 and shelled.iloc[0]["date_basis"] != "anchor", shelled[["date", "date_basis"]].to_dict("records")


def test_the_next_day_dates_what_follows_it_not_what_comes_before(write_article):
    ds = write_article(HEAD + "Rebels attacked Cusco on 1 March 2025.\n"
                       "Police arrested 20 men in Cusco, and the next day a court freed them.\n",
                       published="2025-03-12", context=False)
    arrest = _one(ds, cameo="173")
    assert arrest["date_basis"] != "anchor" and arrest["date_text"] != "the next day"


def test_a_count_from_a_year_keeps_the_years_precision(write_article):
    ds = write_article(HEAD + "In 2019, protesters stormed the parliament in Lima.\n"
                       "The next day, police arrested 40 people in Lima.\n", published="2025-03-12", context=False)
    arrest = _one(ds, cameo="173")
    assert (arrest["date"], arrest["date_precision"]) == (pd.Timestamp("2019-01-01"), "year")


@pytest.mark.parametrize("count", ["9000 years later", "99999999 days later", "9000 years after the attack"])
def test_a_count_off_the_calendar_leaves_the_event_undated_by_it(write_article, count):
    ds = write_article(HEAD + f"Rebels attacked Cusco on 1 March 2025. {count.capitalize()}, the army shelled Puno.\n",
                       published="2025-03-12", context=False)
    assert not (_events(ds)["date_basis"] == "anchor").any()


@pytest.mark.parametrize("sentence, plover, where", [
    ("A car bomb killed at least nine people near a bus stop in Kalo.", "ASSAULT", "Kalo"),
    ("Two rockets struck a school in Kalo on Monday.", "ASSAULT", "Kalo"),
])
def test_a_weapon_that_kills_is_used_by_someone_unnamed(write_article, sentence, plover, where):
    row = _one(write_article(HEAD + sentence + "\n", context=False), plover=plover)
    assert row["actor"] == "" and row["location"] == where


def test_an_arrest_in_a_town_is_by_unnamed_police_not_the_towns_country(write_article):
    ds = write_article(HEAD + "A driver, suspected of smuggling fuel, was detained in Lyon on Monday.\n", context=False)
    ev = _events(ds)
    assert "France" not in set(ev["actor"]) and not (ev["actor"] == "driver").any(), \
        ev[["actor", "action", "plover", "target"]].to_dict("records")
    assert _one(ds, plover="COERCE")["location"] == "Lyon"


def test_a_relative_clause_about_a_place_makes_no_speaker_of_anyone_else(write_article):
    ev = _events(write_article(HEAD + "The envoy met the UN chief. The envoy, who was in Paris, said nothing.\n",
                               context=False))
    assert (ev["plover"].fillna("") != "").all() and len(ev[ev["actor"] == "United Nations"]) <= 1, \
        ev[["actor", "action", "plover"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "The Oct. 3 bombings were condemned by Peru.",
    "The March attacks were condemned by Peru.",
])
def test_a_dated_act_condemned_is_no_target_and_its_condemner_did_not_do_it(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    condemned = _one(write_article(HEAD + sentence + "\n", context=False), plover="ACCUSE")
    assert condemned["actor"] == "Peru" and condemned["target"] == ""
    assert not ((ev["actor"] == "Peru") & (ev["plover"] == "ASSAULT")).any()


def test_aid_cut_off_in_a_place_is_aimed_at_that_place(write_article):
    row = _one(write_article(HEAD + "Aid agencies suspended food deliveries in Kalo on Wednesday.\n", context=False),
               plover="SANCTION")
    assert row["target"] == "Kalo"


def test_retaking_ground_is_occupying_it(write_article):
    row = _one(write_article(HEAD + "Rebel forces have retaken the town of Kalo after a week of fighting.\n", context=False),
               cameo="192")
    assert row["actor"] == "rebel forces" and row["location"] == "Kalo"


def test_an_event_noun_in_a_where_clause_happened_at_the_place_it_hangs_on(write_article):
    ds = write_article(HEAD + "The news reached Lyon, where the bishops on Monday called an emergency session.\n",
                       context=False)
    assert _one(ds, plover="CONSULT")["location"] == "Lyon"


@pytest.mark.parametrize("text, plover, target", [
    ("Mr. Velde proposed a new tax on Friday. Senators rejected his plan on Monday.", "REJECT", "Velde"),
    ("A federal judge struck down Ohio's ban on street rallies.", "REJECT", "Ohio"),
])
def test_a_thing_acted_on_is_aimed_at_its_owner(write_article, text, plover, target):
    hits = _events(write_article(HEAD + text + "\n", context=False))
    assert target in set(hits[hits["plover"] == plover]["target"]), hits[["actor", "action", "plover", "target"]].to_dict("records")


def test_a_thing_the_subject_owns_is_still_no_target(write_article):
    row = _one(write_article(HEAD + "Chile closed its borders on Monday.\n", context=False), plover="COERCE")
    assert row["target"] in ("", "Chile") and row["actor"] == "Chile"


@pytest.mark.parametrize("sentence, cameo", [
    ("Chilean officers ended mediation efforts between the rival militias on Monday.", "165"),
    ("Peru suspended its negotiations with the rebels on Monday.", "164"),
])
def test_stopping_a_cooperative_act_is_halting_it(write_article, sentence, cameo):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert cameo in set(ev["cameo"]), ev[["actor", "action", "cameo"]].to_dict("records")


def test_an_investigation_of_wrongs_is_aimed_at_who_committed_them(write_article):
    ds = write_article(HEAD + "Peruvian police have launched an investigation into alleged crimes committed by Chilean "
                              "forces against civilians.\n", context=False)
    row = _one(ds, plover="ACCUSE")
    assert "Chile" in row["target"] and "civilians" not in row["target"]


@pytest.mark.parametrize("sentence, wrong", [
    ("The suspect faces three charges and will be seen by a magistrate on Friday.", "magistrate"),
])
def test_a_passive_verbs_agent_after_an_event_noun_is_not_the_nouns(write_article, sentence, wrong):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert not ev["actor"].str.contains(wrong).any() and not ev["target"].str.contains(wrong).any(), \
        ev[["actor", "action", "target"]].to_dict("records")


def test_a_verb_of_authoring_keeps_its_agent_as_the_nouns(write_article):
    ev = _events(write_article(HEAD + "The attacks on the convoy were carried out by Hamas.\n", context=False))
    assert (ev["actor"] == "Hamas").any() and not (ev["target"] == "Hamas").any(), ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("text, plover", [
    ("Ana Lind spoke to the crowd. Ms. Lind assures her audience that the plan will work.", "AGREE"),
])
def test_a_possessive_that_can_be_the_subjects_is_the_subjects_own(write_article, text, plover):
    ev = _events(write_article(HEAD + text + "\n", context=False))
    assert not (ev["target"] == "Ana Lind").any() or not (ev["actor"] == "Ana Lind").any(), \
        ev[["actor", "action", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, plover", [
    ("Students engaged in a brief sit-in outside the ministry on Monday.", "PROTEST"),
    ("Rebels engaged in heavy clashes with the army on Monday.", "ASSAULT"),
])
def test_taking_part_in_an_act_is_that_act(write_article, sentence, plover):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert list(ev["plover"]) == [plover], ev[["actor", "action", "plover"]].to_dict("records")


@pytest.mark.parametrize("sentence, day", [
    ("The Sept. 11 attacks were condemned by France.", "2024-09-11"),  # told as done: not still to come
    ("Chilean jets bombed the port of Callao on Sept. 11.", "2024-09-11"),
    ("Chile will hold talks with Peru on Sept. 11.", "2025-09-11"),  # a plan: ahead
])
def test_a_day_without_its_year_told_as_done_is_not_after_the_paper(write_article, sentence, day):
    ds = write_article(HEAD + sentence + "\n", published="2025-03-12", context=False)
    # (the clauses' verbs; a happening named by a noun, "The Sept. 11 attacks", is dated by happenings.py)
    verbs = _events(ds)[~_events(ds)["action"].str.contains("attacks")]
    dated = verbs[verbs["date_basis"] == "explicit"]
    assert len(dated) >= 1 and set(dated["date"]) == {pd.Timestamp(day)}, _events(ds)[["action", "date"]].to_dict("records")


@pytest.mark.parametrize("sentence, bystander", [
    ("Residents fled the town after the attack.", "residents"),
    ("The girl was playing outside before the airstrike.", "girl"),
    ("Farmers have stayed away from their fields since the shelling.", "farmers"),
    ("Families returned to the village following the bombing.", "families"),
])
def test_a_happening_that_times_a_clause_is_not_its_subjects_act(write_article, sentence, bystander):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert not ev["actor"].str.lower().str.contains(bystander).any(), ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor", [
    ("Villagers returned home after the bombing by rebel fighters.", "rebel fighters"),  # its own "by" phrase
    ("Hamas fired rockets after Israel's airstrike on Gaza.", "Israel"),  # its own possessive
    ("The army launched an offensive after the ceasefire collapsed.", "army"),  # a noun that is the verb's object
])
def test_a_happening_that_times_a_clause_keeps_its_own_actor(write_article, sentence, actor):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert (ev["actor"] == actor).any(), ev[["actor", "action", "target"]].to_dict("records")


def test_a_by_phrase_after_a_town_and_state_is_the_event_nouns(write_article):
    ev = _events(write_article(HEAD + "Velde called for a ban on migrants following the mass shooting in San Bernardino, "
                                      "California by a married couple.\n", context=False))
    assert (ev["actor"] == "married couple").any(), ev[["actor", "action", "target"]].to_dict("records")
    # the "by" phrase inside the phrase of time is the shooting's, not the ban's
    assert not ev[ev["action"].str.contains("ban")]["actor"].str.contains("couple").any(), \
        ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor", [
    ("The arrest of the suspect after a long chase by police ended the standoff.", "police"),  # no event noun in between
    ("The attack in Paris, which was claimed by Islamic State, killed 130.", None),  # the comma ends a clause
])
def test_a_by_phrase_is_not_moved_without_an_event_noun_of_time(write_article, sentence, actor):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    nouns = ev[ev["action"].isin(["arrest", "attack"])]
    if actor is None:
        assert not nouns["actor"].str.contains("Islamic State").any(), ev[["actor", "action"]].to_dict("records")
    else:
        assert (nouns["actor"] == actor).any(), ev[["actor", "action"]].to_dict("records")


@pytest.mark.parametrize("sentence, target_word", [
    ("A couple of soldiers were killed by rebels on Monday.", "soldiers"),  # "a couple of": a count, no one's act
    ("Rebels attacked a couple of villages near the border.", None),
])
def test_a_couple_of_is_a_count_not_an_actor(write_article, sentence, target_word):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert not ev["actor"].str.contains("couple").any(), ev[["actor", "action", "target"]].to_dict("records")
    if target_word:
        assert ev["target"].str.contains(target_word).any(), ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor", [
    ("She has been put under constant police surveillance.", "police"),
    ("He disappeared in a 2015 police sweep aimed at critics.", "police"),
    ("Police launched a manhunt for the gunman on Monday.", "police"),
])
def test_police_sweeps_surveillance_and_manhunts_are_coercion(write_article, sentence, actor):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["actor"] == actor) & (ev["plover"] == "COERCE")).any(), ev[["actor", "action", "plover"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "The Democrats won a clean sweep in the state elections.",
    "The team completed a three-game sweep of Boston.",
    "Video surveillance showed the suspect leaving the bank.",
    "A sweep of the beach by volunteers found nothing.",
    "Volunteers carried out a sweep of the beach.",
    "The police surveillance footage was released on Monday.",  # a modifier of the next noun
])
def test_a_sweep_or_surveillance_by_no_force_is_no_coercion(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert not (ev["plover"] == "COERCE").any(), ev[["actor", "action", "plover"]].to_dict("records")


def test_a_sweep_launched_by_police_is_not_read_from_the_launching_verb(write_article):
    # who launches a sweep does not make it coercion of whoever it looks for
    ev = _events(write_article(HEAD + "Police launched a sweep of the hills for the missing girl.\n", context=False))
    assert not (ev["cameo"].str.startswith("173") & ev["target"].str.contains("girl")).any(), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, backer, backed", [
    ("The president received backing from the United States.", "United States", "president"),
    ("Peru won backing from Brazil for its bid.", "Brazil", "Peru"),
])
def test_backing_received_is_the_backers_act(write_article, sentence, backer, backed):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    support = ev[ev["plover"] == "SUPPORT"]
    assert ((support["actor"] == backer) & (support["target"] == backed)).any() and not (support["actor"] == backed).any(), \
        ev[["actor", "action", "plover", "target"]].to_dict("records")


def test_the_of_phrase_of_backing_received_is_not_read_as_the_backer(write_article):
    # "the support of Moscow's enemies": the owner named inside the phrase is not the backer
    ev = _events(write_article(HEAD + "Velde received the support of Moscow's enemies.\n", context=False))
    support = ev[ev["plover"] == "SUPPORT"]
    assert not support["actor"].str.contains("Russia").any(), ev[["actor", "action", "plover", "target"]].to_dict("records")


def test_backing_received_from_no_one_named_is_no_ones_act(write_article):
    ev = _events(write_article(HEAD + "The plan received backing.\n", context=False))
    assert not (ev["plover"] == "SUPPORT").any(), ev[["actor", "action", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "The army is holding refugees as shields, according to a press release by the Liberation Tigers.",
    "Velde resigned to allow the elections to take place.",
    "The president has taken steps to open the economy.",
    "Mara Velde took office in January.",
    "The government took measures to curb inflation.",
    "Mara Velde took the oath of office on Monday.",  # the oath, not a seizure
    "The president has taken several tentative steps to open the economy.",  # modifiers before the object's head
    "Turkey takes its rightful place among nations.",
    "The central bank took drastic measures against inflation.",
])
def test_a_press_release_or_a_light_take_is_no_seizure_or_release(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert not ev["cameo"].str.startswith(("171", "0841")).any(), ev[["actor", "action", "cameo"]].to_dict("records")


@pytest.mark.parametrize("sentence, cameo", [
    ("The rebels agreed to the release of 20 prisoners.", "0841"),  # a release of people stays one
    ("Gunmen took three aid workers hostage.", "181"),  # "take" keeps its other patterns
    ("Police took the man into custody.", "173"),
])
def test_release_and_take_keep_their_acts(write_article, sentence, cameo):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert (ev["cameo"] == cameo).any(), ev[["actor", "action", "cameo"]].to_dict("records")


def test_a_by_phrase_of_a_participle_after_the_noun_is_the_participles(write_article):
    ev = _events(write_article(HEAD + "Workers affiliated with the union stopped work on the first day of an open-ended "
                                      "strike over a bill signed in by Labour Minister Mara Velde.\n", context=False))
    assert not ev["actor"].str.contains("Velde").any(), ev[["actor", "action", "target"]].to_dict("records")
    # the workers, whom a participle describes, are the ones on strike
    assert ((ev["actor"] == "workers") & (ev["plover"] == "PROTEST")).any(), ev[["actor", "action", "plover"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor", [
    ("The attack on the base carried out by Hamas killed three.", "Hamas"),  # a verb of authoring keeps it
    ("The bombing of the market by rebels, which was condemned by France, killed 20.", "rebels"),
])
def test_a_by_phrase_right_after_the_noun_stays_the_nouns(write_article, sentence, actor):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert (ev["actor"] == actor).any(), ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, cameo", [
    ("Chile rejected recent calls by Peru's rulers for immediate economic aid.", "020"),  # an appeal, as "called for"
    ("Velde had a phone call with the Chilean president on Monday.", "041"),  # a telephone call stays one
    ("The president held a call with Velde for two hours.", "041"),  # "for" after another phrase: the call's length
])
def test_calls_for_something_are_appeals_not_telephone_calls(write_article, sentence, cameo):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    calls = ev[ev["action"].str.contains("call")]
    assert list(calls["cameo"]) == [cameo], ev[["actor", "action", "cameo"]].to_dict("records")


@pytest.mark.parametrize("sentence, cameo", [
    ("Police held the suspect in custody.", "173"),  # custody kept by police is detention
    ("The suspect was taken into custody on Monday.", "173"),
    ("The mother was granted custody of the children.", None),  # a family court's ruling: no event
    ("A judge awarded custody of the children to the father.", None),
])
def test_custody_is_detention_only_when_someone_is_held(write_article, sentence, cameo):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert list(ev["cameo"]) == ([cameo] if cameo else []), ev[["actor", "action", "cameo"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, partner", [
    ("Merkel flew home after talks with Putin in Moscow.", "Merkel", "Putin"),
    ("Putin met Erdogan in Sochi after a phone call with Macron.", "Putin", "Macron"),
    ("The president returned to Kyiv after a visit to Washington.", "president", "United States"),
])
def test_a_meeting_that_times_a_clause_is_its_subjects_with_the_partner_it_names(write_article, sentence, actor, partner):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    consult = ev[ev["plover"] == "CONSULT"]
    assert ((consult["actor"] == actor) & (consult["target"] == partner)).any(), \
        ev[["actor", "action", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, noun, other_agent", [
    ("Trump announced a travel ban following the shooting in San Bernardino by a married couple.", "ban", "couple"),
    ("The blockade of the port since the seizure of the ship by Houthi rebels has hurt trade.", "blockade", "Houthi"),
    ("The raid on the compound after the ambush by militants was carried out by special forces.", "raid", "militants"),
    ("A travel ban was imposed on Peru following the shooting by a married couple.", "imposed", "couple"),  # no agent
    ("A curfew was imposed after the attack by gunmen.", "imposed", "gunmen"),  # of the passive verb either
])
def test_the_by_phrase_of_a_happening_of_time_is_neither_actor_nor_target_of_another(write_article, sentence, noun, other_agent):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    mine = ev[ev["action"].str.contains(noun)]
    assert not (mine["actor"].str.contains(other_agent) | mine["target"].str.contains(other_agent)).any(), \
        ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, noun", [
    ("A sit-in starting Monday by nurses closed the hospital.", "nurses", "sit-in"),
    ("A protest starting at noon by students blocked the main road.", "students", "protest"),
    ("A boycott beginning in May by Arab states hurt Qatar's economy.", "Arab", "boycott"),
    ("Demonstrations held daily by farmers blocked the roads.", "farmers", "Demonstrations"),
])
def test_a_verb_right_after_an_event_noun_leaves_it_its_by_phrase(write_article, sentence, actor, noun):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["actor"] == actor) & (ev["action"] == noun)).any(), ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "Putin and Trump held a call for 90 minutes on Tuesday.",
    "Trump's call for 90 minutes with Putin covered Ukraine.",
    "The leaders' calls for weeks went unanswered by Moscow.",
])
def test_a_call_for_a_length_of_time_is_no_appeal(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    calls = ev[ev["action"].str.contains("call")]
    assert len(calls) >= 1 and not calls["cameo"].str.startswith("02").any(), ev[["actor", "action", "cameo"]].to_dict("records")


@pytest.mark.parametrize("sentence, cameo", [
    ("The army took the town in place of the militia.", "192"),  # "place" after a preposition heads no object of "took"
    ("Rebels took several villages near the border.", "192"),
    ("Police took the protest leaders into custody.", "173"),
])
def test_a_take_whose_object_is_no_light_noun_stays_a_seizure(write_article, sentence, cameo):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert (ev["cameo"] == cameo).any(), ev[["actor", "action", "cameo"]].to_dict("records")


def test_a_take_keeps_the_dictionarys_reading_outside_its_adjacent_light_uses(write_article):
    # "took the call": the call is the act; "vowed to take action against": the dictionary's threat, as before
    ev = _events(write_article(HEAD + "The governor took the call from Velde in the Oval Office.\n", context=False))
    assert ((ev["actor"] == "governor") & (ev["action"] == "call") & (ev["cameo"] == "041")).any(), \
        ev[["actor", "action", "cameo"]].to_dict("records")
    ev = _events(write_article(HEAD + "Israel vowed to take action against Hezbollah.\n", context=False))
    assert ((ev["actor"] == "Israel") & (ev["plover"] == "THREATEN") & (ev["target"] == "Hezbollah")).any(), \
        ev[["actor", "action", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "The central bank took measures against inflation.",
    "The network took action against fake accounts.",
    "The newspaper took legal action against the minister.",
])
def test_taking_measures_or_action_against_something_is_no_curated_coercion(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert not (ev["cameo"] == "170").any(), ev[["actor", "action", "cameo"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "Activists renewed their calls for days of rage against the government.",  # a length of time "of" something
    "Velde rejected calls by Democrats for months to release the files.",  # for months, to do something
    "The UN renewed calls for a year of truce between Peru and Chile.",
])
def test_calls_for_a_time_of_something_stay_appeals(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    calls = ev[ev["action"] == "calls"]
    assert len(calls) >= 1 and (calls["cameo"] == "020").all(), ev[["actor", "action", "cameo"]].to_dict("records")


@pytest.mark.parametrize("sentence, force", [
    ("Riots put down by police in the capital left 40 hurt.", "police"),  # the police put the riots down
    ("Protests put down by troops left dozens dead.", "troops"),
    ("A rally cut short by police ended in arrests.", "police"),
    ("Demonstrations rounded up by police ended on Monday.", "police"),
])
def test_a_by_phrase_of_a_verb_done_to_an_event_noun_is_not_the_nouns_actor(write_article, sentence, force):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert not ((ev["actor"] == force) & ev["plover"].isin(["PROTEST", "ASSAULT"])).any(), \
        ev[["actor", "action", "plover"]].to_dict("records")


@pytest.mark.parametrize("sentence, subject, noun", [
    ("Refugees returned home after the peace deal with the rebels.", "Refugees", "deal"),  # no party to the deal
    ("Markets fell sharply following a phone call with the Chinese president.", "Markets", "call"),
    ("Residents returned to the town after a ceasefire deal with the rebels.", "residents", "deal"),
])
def test_a_meeting_that_times_a_clause_is_not_its_subjects_when_they_hold_no_talks(write_article, sentence, subject, noun):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    mine = ev[ev["action"] == noun]
    assert len(mine) >= 1 and not (mine["actor"].str.lower() == subject.lower()).any(), \
        ev[["actor", "action", "target"]].to_dict("records")


def test_force_a_passive_verb_says_was_used_in_is_an_event_without_the_timing_nouns_agent(write_article):
    ev = _events(write_article(HEAD + "Farmers were killed in airstrikes following an ambush by insurgents on an army "
                                      "convoy.\n", context=False))
    strikes = ev[ev["action"] == "airstrikes"]
    assert (strikes["cameo"] == "195").any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")
    assert not (strikes["actor"].str.contains("insurgents") | strikes["target"].str.contains("insurgents")).any(), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_the_town_an_actor_is_based_in_is_its_base_and_a_birthplace_is_no_place_it_acts(write_article):
    ds = write_article(HEAD + "The Lyon-based Orbis Group sued the ministry on Monday.\n"
                       "Marseille-born Minister Paul Ardent resigned on Tuesday.\n", context=False)
    ev = _events(ds)
    sued = ev[ev["actor"].str.contains("Orbis")].iloc[0]
    assert (sued["location"], sued["location_basis"]) == ("Lyon", "actor_institution"), ev.to_dict("records")
    resigned = ev[ev["actor"].str.contains("Ardent")].iloc[0]
    assert resigned["location"] != "Marseille", ev.to_dict("records")


@pytest.mark.parametrize("sentence, wrong", [
    # the noun sits in the subject of a verb after it: what follows that verb is not the attack's
    ("Mr. Obama's reaction to the attacks in France reminded experts of the gulf between the president and "
     "Mrs. Clinton.", "Clinton"),
    ("The focus on security following the Paris attacks has created a natural opening for Clinton.", "Clinton"),
])
def test_an_event_noun_in_a_subject_ends_before_the_verb(write_article, sentence, wrong):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    attacks = ev[ev["event_type"] == "attack"]
    assert len(attacks) and not attacks["actor"].str.contains(wrong).any() \
        and not attacks["target"].str.contains(wrong).any(), ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, target", [
    # the noun's own phrase before the verb still gives its agent and target
    ("The attack on the convoy by Hamas killed three soldiers.", "Hamas", ""),
    # a passive's agent after "were carried out" is still the attacker
    ("The attacks on the convoy were carried out by Hamas.", "Hamas", ""),
    # sides after "between" inside the noun's own phrase stay its sides
    ("Clashes between police and protesters in Cairo left two dead.", "police", "protesters"),
])
def test_an_event_noun_s_own_phrase_before_the_verb_still_counts(write_article, sentence, actor, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    attacks = ev[ev["event_type"] == "attack"]
    assert (attacks["actor"] == actor).any(), ev[["actor", "action", "target"]].to_dict("records")
    if target:
        assert (attacks["target"] == target).any(), ev[["actor", "action", "target"]].to_dict("records")


def test_an_event_noun_keeps_the_place_its_verb_is_told_at(write_article):
    # "air strikes killed 30 people across the Gaza Strip": the strikes are there too
    ev = _events(write_article(HEAD + "Israeli air strikes killed at least 30 people across the Gaza Strip.\n",
                               context=False))
    strikes = ev[ev["action"].str.endswith("strikes")]
    assert len(strikes) and (strikes["location"] == "Gaza Strip").all() and (strikes["location_basis"] == "clause").all(), \
        ev[["actor", "action", "location", "location_basis"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    # "was" and an aside before the participle: a passive, its "by" phrase the attacker
    "The attack on the embassy was, officials said, carried out by Hezbollah.",
    "The attack on the embassy was, according to officials, carried out by Hezbollah.",
])
def test_a_passive_split_by_an_aside_still_names_the_attacker(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    attacks = ev[ev["event_type"] == "attack"]
    assert (attacks["actor"] == "Hezbollah").any(), ev[["actor", "action", "target"]].to_dict("records")


def test_an_event_noun_before_was_keeps_its_event_and_place(write_article):
    ev = _events(write_article(HEAD + "The attack on the mosque was a blow to the community in Christchurch.\n",
                               context=False))
    attacks = ev[ev["event_type"] == "attack"]
    assert (attacks["location"] == "Christchurch").any(), ev[["actor", "action", "location"]].to_dict("records")


@pytest.mark.parametrize("sentence, action", [
    # a happening named after its place, as the subject: the act stays, with no actor named (nor the place as one)
    ("The Madrid Bombings killed 191 people.", "killed"),
    ("The Tulsa Riots killed hundreds of people.", "killed"),
    ("The Geneva Talks resumed in Switzerland.", "resumed"),
    ("The 2004 Madrid Bombings killed 191 people.", "killed"),  # a year or a day before the name
    ("The March 11 Madrid Bombings killed 191 people.", "killed"),
    ("The March 11th Madrid Bombings killed 191 people.", "killed"),
    ("The 7/7 London Bombings killed 52 people.", "killed"),
    ("The deadly Madrid Bombings killed 191 people.", "killed"),  # an adjective of what it was like
])
def test_a_happening_named_after_its_place_keeps_its_event(write_article, sentence, action):
    ev = _one(write_article(HEAD + sentence + "\n"), action=action)
    assert ev["actor"] == ""


@pytest.mark.parametrize("sentence", [
    # someone or something of the happening is no happening: it gives the act no nameless author
    "Survivors of the Madrid Bombings sued the government.",
    "The Madrid Bombings trial convicted 21 people.",
    "Survivors of the deadly Madrid Bombings sued the government.",
    "The deadly Madrid heat killed 20 people.",  # no happening named: the weather acts, nobody attacked
])
def test_a_phrase_of_a_happening_named_after_its_place_is_not_the_happening(write_article, sentence):
    ds = write_article(HEAD + sentence + "\n")
    ev = _events(ds)
    assert not (ev["actor"] == "").any(), ev[["actor", "action", "target"]].to_dict("records")


def test_the_city_does_not_refer_back_to_a_happening_named_after_its_place(write_article):
    ds = write_article(HEAD + "The Tulsa Riots commission criticised the city.\n")
    ev = _events(ds)
    assert "Tulsa Riots" not in set(ev["target"]), ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "The deadly attack killed 191 people in Madrid in 2004.",
    "The latest attack killed 191 people in Madrid in 2004.",
    "A costly strike killed 191 people in Madrid in 2004.",
])
def test_an_adjective_before_an_attack_noun_keeps_the_noun_in_the_subject(write_article, sentence):
    # "the deadly attack killed …": the adjective does not end the subject before its noun, so the killing is kept
    ev = _one(write_article(HEAD + sentence + "\n"), action="killed")
    assert ev["location"] == "Madrid" and ev["actor"] == ""


def test_an_adverb_before_a_finite_verb_still_ends_the_subject(write_article):
    # "The protesters quickly attacked": "attacked" is the verb, not a noun of the subject
    ev = _events(write_article(HEAD + "The protesters quickly attacked the police station in Lyon on Monday.\n"))
    assert (ev["actor"] == "protesters").any(), ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, protest, protesters", [
    # near misses: people who are no armed force, or a protest written first, keep the "by" phrase
    ("The crackdown on protests by students continued in Tehran.", "protests", "students"),
    ("The crackdown on strikes by workers continued.", "strikes", "workers"),
    ("The protest by students against the crackdown spread.", "protest", "students"),
])
def test_a_protest_by_people_keeps_its_protesters(write_article, sentence, protest, protesters):
    ev = _events(write_article(HEAD + sentence + "\n"))
    assert ((ev["action"] == protest) & (ev["actor"] == protesters)).any(), ev[["actor", "action", "target"]].to_dict("records")


def test_those_named_with_their_kin_still_act(write_article):
    # "the diplomats and their families left": the diplomats leave (the families have no actor of their own)
    ev = _one(write_article(HEAD + "Tass said the expelled diplomats and their families left the embassy on Saturday.\n"),
              action="left")
    assert ev["actor"] == "expelled diplomats"


@pytest.mark.parametrize("sentence", [
    # near misses: a part that is no kin of those named ("the families", "their weapons") leaves the phrase unread
    "The diplomats and the families attacked the embassy on Saturday.",
    "The diplomats and their cars attacked the embassy on Saturday.",
])
def test_a_part_that_is_no_kin_does_not_split_off(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n"))
    assert not (ev["actor"] == "diplomats").any(), ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    # kin go along only with those who act: kin taken or struck are victims in their own right
    "Militants kidnapped the aid workers and their children near Gao on Monday.",
    "The refugees and their children were attacked by militias in Darfur on Monday.",
])
def test_kin_harmed_stay_targets(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n"))
    assert (ev["target"] == "children").any(), ev[["actor", "action", "target"]].to_dict("records")


def test_kin_going_along_leave_a_shared_noun_to_each_side(write_article):
    # "American and British soldiers and their families left": American soldiers, not the United States
    ev = _events(write_article(HEAD + "American and British soldiers and their families left Kabul on Monday.\n"))
    assert set(ev.loc[ev["action"] == "left", "actor"]) == {"American soldiers", "British soldiers"}, \
        ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, noun, wrong", [
    # with no verb after it, "held" is the clause's verb: the "by" phrase after it is no author of the noun's act
    ("The ceasefire held despite attacks by rebels in Aleppo.", "ceasefire", "rebels"),
    ("The blockade held firm despite pressure by Qatar.", "blockade", "Qatar"),
])
def test_held_as_the_clauses_verb_leaves_the_noun_no_by_phrase(write_article, sentence, noun, wrong):
    ev = _events(write_article(HEAD + sentence + "\n"))
    assert not ((ev["action"] == noun) & (ev["actor"] == wrong)).any(), ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, target", [
    ("Pompeo met his Iranian counterpart in Geneva.", "Iran"),  # "his" counterpart is the other side's
    ("Nigeria's president met his Ghanaian counterpart.", "Ghana"),
])
def test_a_counterpart_is_the_other_side_not_the_subjects_own(write_article, sentence, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["action"] == "met") & (ev["target"] == target)).any(), ev[["actor", "action", "target"]].to_dict("records")


def test_the_subjects_own_staff_is_still_no_target(write_article):
    ev = _events(write_article(HEAD + "Pompeo met his staff in Geneva.\n", context=False))
    assert not ev["target"].str.contains("staff").any(), ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "A bomb explosion killed two soldiers.",  # a weapon's blast: its authors, unnamed, did it
    "A car bomb blast near the market killed two soldiers.",
])
def test_a_weapons_blast_that_kills_is_an_attack_by_someone_unnamed(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["action"] == "killed") & ev["cameo"].str.startswith("18") & (ev["target"] == "soldiers")).any(), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "A gas explosion killed two workers.",  # no weapon: an accident, no one's act
    "The explosion killed two workers.",
])
def test_a_blast_of_no_weapon_is_no_attack(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert not ev["cameo"].str.startswith("18").any(), ev[["actor", "action", "cameo"]].to_dict("records")


@pytest.mark.parametrize("sentence, target", [
    ("The rebels rejected the government's amnesty offer.", "government"),  # an unnamed owner of the offer
    ("The rebels rejected the army's ultimatum.", "army"),
])
def test_rejecting_an_unnamed_actors_offer_is_aimed_at_that_actor(write_article, sentence, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["action"] == "rejected") & (ev["target"] == target)).any(), ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "The union rejected the day's proposal.",  # a time owns it: no one's
    "The rebels rejected his offer.",  # a pronoun no one named before
])
def test_a_proposal_owned_by_no_actor_gives_no_target(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert (ev.loc[ev["action"] == "rejected", "target"] == "").all(), ev[["actor", "action", "target"]].to_dict("records")


def test_pulling_out_of_a_country_is_a_withdrawal_not_a_consultation(write_article):
    ev = _events(write_article(HEAD + "Israel pulled out of Lebanon.\n", context=False))
    assert ((ev["action"] == "pulled out") & ev["cameo"].str.startswith("08") & (ev["target"] == "Lebanon")).any(), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_pulling_out_of_talks_stays_halting_negotiations(write_article):
    ev = _events(write_article(HEAD + "The rebels pulled out of the talks.\n", context=False))
    assert ((ev["action"] == "pulled out") & (ev["cameo"] == "164")).any(), ev[["actor", "action", "cameo"]].to_dict("records")


def test_recalling_ones_envoy_from_a_state_is_aimed_at_that_state(write_article):
    ev = _events(write_article(HEAD + "Egypt recalled its ambassador from Israel.\n", context=False))
    assert ((ev["action"] == "recalled") & (ev["target"] == "Israel")).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_a_recall_with_no_state_left_keeps_its_object(write_article):
    ev = _events(write_article(HEAD + "Egypt recalled its ambassador for consultations.\n", context=False))
    assert not ev["target"].isin(["Israel", "Egypt"]).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_an_arrest_someone_is_put_under_is_aimed_at_them(write_article):
    ev = _events(write_article(HEAD + "The junta placed opposition leader Mara Velde under house arrest.\n", context=False))
    assert ((ev["action"] == "arrest") & (ev["target"] == "Mara Velde")).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_a_thing_put_under_an_act_is_no_target(write_article):
    ev = _events(write_article(HEAD + "The army put the town under siege.\n", context=False))
    assert not ev["target"].str.contains("town").any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, action, actor, target", [
    ("Mara Velde is the subject of a massive manhunt in Peru.", "manhunt", "", "Mara Velde"),
    ("Mara Velde is the target of a police manhunt.", "manhunt", "police", "Mara Velde"),
    ("Mara Velde has been the target of an investigation since May.", "investigation", "", "Mara Velde"),
    ("Chile was the target of fierce criticism from Peru.", "criticism", "Peru", "Chile"),
    # the one the act is done to is not its doer ("Chile … US sanctions": the US sanctions Chile)
    ("Chile has been the target of US sanctions since 2019.", "sanctions", "United States", "Chile"),
])
def test_the_named_subject_of_an_act_noun_is_its_target(write_article, sentence, action, actor, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["action"] == action) & (ev["actor"] == actor) & (ev["target"] == target)).any(), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "Mara Velde is not the target of the investigation.",  # negated
    "Mara Velde may be the target of an investigation.",  # a possibility
    "Mara Velde is the subject of a documentary about the manhunt.",  # the act is the film's topic
    "Mara Velde is the head of an investigation into the bombing.",  # she leads it
    "The Velde case is the subject of an investigation.",  # a thing, no one named
])
def test_a_subject_of_no_act_done_to_it_is_no_target(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert not ev["target"].str.contains("Velde").any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, plover, target", [
    ("The minister announced that France would ramp up its military efforts in Mali.", "France", "MOBILIZE", "Mali"),
    ("The US ramped up pressure on Iran on Monday.", "United States", "REQUEST", "Iran"),
])
def test_ramping_up_an_act_is_coded_by_what_is_ramped_up(write_article, sentence, actor, plover, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["actor"] == actor) & (ev["plover"] == plover) & (ev["target"] == target)).any(), \
        ev[["actor", "action", "cameo", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "The factory ramped up production last year.",
    "Chile ramped up testing for the virus.",
    "Mara Velde said she would ramp up fundraising in anticipation of the fight ahead.",
])
def test_ramping_up_what_is_no_act_is_no_event(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    ramped = ev[ev["action"].str.contains("ramp")]
    assert not ramped["plover"].isin(["MOBILIZE", "ASSAULT", "THREATEN", "COOPERATE", "AID"]).any(), \
        ev[["actor", "action", "cameo", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, action, plover", [
    ("North Korea conducted a nuclear test on Wednesday.", "North Korea", "test", "MOBILIZE"),
    ("Police conducted raids in Lima on Friday.", "police", "raids", "COERCE"),
    ("North Korea said it had conducted a test of a hydrogen bomb.", "North Korea", "test", "MOBILIZE"),
])
def test_what_is_conducted_is_the_act_not_the_conducting(write_article, sentence, actor, action, plover):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["actor"] == actor) & (ev["action"] == action) & (ev["plover"] == plover)).any(), \
        ev[["actor", "action", "cameo", "plover", "target"]].to_dict("records")
    # the light verb is no cooperative act of its own (the dictionary's 060 for "conduct")
    assert not ev["action"].str.contains("conduct").any(), ev[["actor", "action", "cameo", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, action, cameo", [
    # a noun of refusal, threat or demand frames the act after its "to" as the verb does ("refused to extradite": 121)
    ("Chile's refusal to extradite Mara Velde angered Peru.", "extradite", "121"),
    ("Chile's refusal last week to extradite Mara Velde angered Peru.", "extradite", "121"),
    ("Chile's threat to impose sanctions on Peru angered Bolivia.", "impose", "1312"),
    # a decision frames nothing: what is decided is done ("Chile's decision to expel" is the expulsion)
    ("Chile's decision to expel three Peruvian diplomats angered Peru.", "expel", "166"),
])
def test_a_noun_of_refusal_or_threat_frames_the_act_after_it(write_article, sentence, action, cameo):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["action"] == action) & (ev["cameo"] == cameo)).any(), ev[["actor", "action", "cameo", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, action", [
    ("President Mara Velde likes surprises, as she did two years ago by announcing the release of three prisoners.",
     "Mara Velde", "announcing"),
    ("Chile punished Peru, as it did three weeks ago by expelling three diplomats.", "Chile", "expelling"),
])
def test_an_act_after_did_by_is_its_subjects(write_article, sentence, actor, action):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["actor"] == actor) & (ev["action"] == action)).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor", [
    ("The war goes on, with insurgents making major gains against the army near Kalo.", "insurgents"),
    ("Government troops made gains in the north on Monday.", "Government troops"),
    ("The fighters made gains in the suburbs of Kalo.", "fighters"),  # on ground
    ("Militants made gains near the border town of Kalo.", "Militants"),
])
def test_an_armed_side_making_gains_uses_force(write_article, sentence, actor):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["actor"] == actor) & (ev["cameo"] == "190")).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "Democrats made gains against Republicans in the polls.",  # votes
    "The euro made gains against the dollar.",  # a currency
    "Tory rebels made gains against the party leadership.",  # rebels in a party
    "Market forces made gains this year.",
    "Military contractors made big gains on the stock market.",
    "Militants made no gains in the north.",  # negated
    # gains of an armed side that are not ground: no side opposed, no place taken
    "Soldiers made gains in their pay negotiations.",
    "The army made gains in recruitment this year.",
    "Militants have made gains in the polls.",
    "Female soldiers made gains in equality.",
])
def test_gains_of_no_armed_side_are_no_force(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert not ev["cameo"].str.startswith("19").any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, target", [
    ("Two passengers tackled the gunman on Tuesday.", "passengers", "gunman"),
    ("Officers tackled two protesters outside the embassy.", "officers", "protesters"),
    ("Guards tackled a suspect near the gate.", "guards", "suspect"),
])
def test_tackling_a_person_brings_them_down(write_article, sentence, actor, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["actor"].str.lower() == actor) & (ev["target"] == target) & (ev["plover"] == "COERCE")).any(), \
        ev[["actor", "action", "cameo", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "The government tackled the problem of protesters.",  # dealing with a problem
    "The new minister tackled inflation on Monday.",
    "The linebacker tackled the quarterback.",  # a play in sport
    "The city tackled the heckler problem.",
    "Police did not tackle the protester.",  # negated
    # the person word modifies the head or owns it: the head is a thing
    "Police tackled the protesters' demands.",
    "Police tackled the protesters' banners.",
    "The council tackled the gunman threat at schools.",
])
def test_tackling_a_problem_is_no_event(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert not ev["action"].str.contains("tackl").any(), ev[["actor", "action", "cameo", "plover", "target"]].to_dict("records")


def test_a_vow_to_tackle_a_problem_is_no_threat_of_arrest(write_article):
    # the vow is read as the minister's own intent; no arrest is threatened ("suspect" modifies "package problem")
    ev = _events(write_article(HEAD + "The minister vowed to tackle the suspect package problem.\n", context=False))
    assert not ev["cameo"].str.match(r"1[37]").any(), ev[["actor", "action", "cameo", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, action, target", [
    ("Mara Velde gained when opponents punched her supporters.", "opponents", "punched", "supporters"),
    ("The mayor Mara Velde attacked her opponent as a fraud on Monday.", "Mara Velde", "attacked", "opponent"),
])
def test_opponents_are_people_who_act_and_are_acted_on(write_article, sentence, actor, action, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["actor"] == actor) & (ev["action"] == action) & (ev["target"] == target)).any(), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_an_opponent_in_apposition_is_the_one_named(write_article):
    # the role set beside a name between commas says what she is, not a second actor
    ev = _events(write_article(HEAD + "Senator Mara Velde, a longtime opponent of the dam, condemned the plan.\n", context=False))
    assert set(ev["actor"]) == {"Mara Velde"}, ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_shortening_a_curfew_eases_it(write_article):
    # "by one hour" gives how much, not who: the president shortened it (no reduced passive)
    ev = _events(write_article(HEAD + "President Mara Velde on Thursday shortened by one hour the nightly curfew.\n", context=False))
    assert ((ev["actor"] == "Mara Velde") & (ev["cameo"] == "0813")).any() and not ev["cameo"].eq("1723").any(), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, target", [
    ("Two soldiers killed by one of the militants were buried.", "militants", "soldiers"),  # a number that is the agent
    ("Homes destroyed by two years of shelling stood empty.", "", "Homes"),  # an amount "of" the act that did it
])
def test_a_by_phrase_opening_with_a_number_can_still_be_the_agent(write_article, sentence, actor, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["actor"] == actor) & (ev["target"] == target)).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_lifting_a_curfew_imposed_somewhere_is_aimed_at_that_place(write_article):
    ev = _events(write_article(HEAD + "The army lifted the curfew imposed in Cizre.\n", context=False))
    assert ((ev["action"] == "lifted") & (ev["target"] == "Cizre")).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_a_place_where_the_lifting_was_announced_is_not_the_curfews(write_article):
    ev = _events(write_article(HEAD + "The army lifted the curfew announced in Ankara.\n", context=False))
    assert not ((ev["action"] == "lifted") & (ev["target"] == "Ankara")).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, party", [
    ("The Republican presidential candidates debated on Tuesday night in Milwaukee.", "Republican Party", "Republican Party"),
    ("GOP presidential candidates debated on Thursday.", "Republican Party", "Republican Party"),
    ("Democratic presidential candidates debated in Las Vegas on Tuesday.", "Democratic Party", "Democratic Party"),
    ("The presidential candidates debated on Friday.", "presidential candidates", ""),
    # both parties named: a debate of no one party's
    ("Republican and Democratic presidential candidates debated in Ohio on Monday.", "Republican and Democratic presidential candidates", ""),
    # "for" after the candidates says for which race or since when, not another office
    ("Republican presidential candidates for 2016 debated in Cleveland on Thursday.", "Republican Party", "Republican Party"),
    ("Republican presidential candidates for the first time debated in Cleveland on Thursday.", "Republican Party", "Republican Party"),
])
def test_candidates_who_debated_held_a_debate_of_the_party_they_name(write_article, sentence, actor, party):
    ds = write_article(HEAD + sentence + "\n", published="2016-02-10", context=False)
    ev = _one(ds, action="debated")
    assert (ev["event_type"], ev["actor"], ev["party"], ev["cameo"]) == ("debate", actor, party, ""), ev.to_dict()


def test_candidates_of_two_parties_hold_a_debate_of_no_one_party(write_article):
    # "and" joins two parties, one of which our party words do not know: the debate is neither's alone
    ds = write_article(HEAD + "Republican and Green Party presidential candidates debated in Ohio on Monday.\n",
                       published="2016-02-10", context=False)
    ev = _events(ds)
    debated = ev[ev["action"] == "debated"]
    assert len(debated) and set(debated["party"]) == {""}, ev[["actor", "action", "party"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "Lawmakers debated the bill on Monday.",  # discussed a thing
    "The candidates debated the economy on Friday.",
    "Senators debated late into the night.",  # not candidates: a chamber's debate
    "The candidates will debate next week.",  # not held
    "Republicans debated whether to cut taxes.",  # party members, about a thing
    "Democrats debated in Las Vegas on Tuesday.",  # party members: a caucus meeting as often as a debate
    "The candidates debated whether to cut taxes.",
    "The candidates debated for hours over immigration.",
    "The candidates debated at length about taxes.",
    # no campaign named: rivals or candidates of anything
    "Hamas and Fatah rivals debated in Cairo on Monday.",
    "Job candidates debated in class on Monday.",
    "The candidates debated on Friday.",
    # a party's candidates for another office than the presidency
    "Republican Senate candidates debated in South Carolina on Thursday.",
    "Democratic candidates for mayor debated in Chicago on Monday.",
    "Republican gubernatorial candidates debated in Raleigh on Monday.",
    "Democratic activists and candidates debated in Iowa on Monday.",
    "Republican vice presidential candidates debated in Virginia on Tuesday.",
])
def test_debating_a_thing_or_by_others_than_candidates_is_no_debate_held(write_article, sentence):
    ds = write_article(HEAD + sentence + "\n", published="2016-02-10", context=False)
    ev = _events(ds)
    assert not (ev["event_type"] == "debate").any(), ev[["actor", "action", "event_type"]].to_dict("records")


@pytest.mark.parametrize("sentence, cameo, target", [
    # "from Monday night" is when the blockade starts, not what the city is cut off from (no 160 "exclude from")
    ("Truckers said on Friday they would blockade Lyon from Monday night.", "130", "Lyon"),
    ("Fishermen blockaded Brest from Tuesday.", "170", "Brest"),
    # what the club is barred from: the exclusion pattern still applies
    ("The league barred the club from March talks.", "160", ""),
])
def test_a_from_phrase_that_says_when_is_no_exclusion(write_article, sentence, cameo, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    ev = ev[ev["cameo"] != "010"]
    assert list(zip(ev["cameo"], ev["target"])) == [(cameo, target)], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, verb", [
    ("Chile is likely to expel the Peruvian ambassador.", "expel"),  # a prediction of an act
    ("Peru is unlikely to close the border this year.", "close"),
    ("Chile recalled its envoy in a row likely to freeze relations with Peru.", "freeze"),  # what a row may do
])
def test_an_act_said_to_be_likely_is_a_prediction_and_no_event(write_article, sentence, verb):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert not ev["action"].str.contains(verb).any(), ev[["actor", "action", "cameo", "plover"]].to_dict("records")


@pytest.mark.parametrize("sentence, action", [
    ("Chile likely expelled the ambassador.", "likely expelled"),  # an adverb of the writer's guess: the act is told
    ("Chile expelled the ambassador, likely to anger Peru.", "expelled"),  # the likely thing is the anger, after a comma
    ("Likely voters rejected the plan.", "rejected"),
])
def test_likely_outside_a_likely_to_frame_leaves_the_act(write_article, sentence, action):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert action in set(ev["action"]), ev[["actor", "action", "cameo", "plover"]].to_dict("records")


@pytest.mark.parametrize("sentence, targets", [
    # dealings between sides, named right after the object: the sides, not the country the place is in
    ("Kenyan bishops halted mediation between herders and farmers in Juba on Sunday.", {"herders and farmers"}),
    ("Swiss envoys suspended talks between the rebels and the government in Yemen.", {"rebels", "government"}),
    # a thing that is only somewhere between them, or a "between" phrase away from the object: where, not to whom
    ("French troops patrolled the zone between Israeli and Lebanese forces in Lebanon.", {"Lebanon"}),
    ("The UN sent observers to Cyprus between Greek and Turkish lines.", {"Cyprus"}),
])
def test_dealings_between_sides_are_aimed_at_the_sides(write_article, sentence, targets):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    ev = ev[ev["actor"] != ""]
    assert set(ev["target"]) == targets, ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, target", [
    # an act named by a noun that a verb of no code of its own carries, then "to" + what for: one act, as a verb's
    ("Shipyard workers extended their hunger strike on Friday to demand the release of Anya Petrov.", "Anya Petrov"),
    ("Cleaners at city hall prolonged their sit-in to pressure Mayor Tomas Ruel over unpaid wages.", "Tomas Ruel"),
    ("Miners continued their sit-in to press the government for safer pits.", "government"),
    # nothing after the noun's verb: no target to share
    ("Nurses continued their hunger strike on Monday.", ""),
    ("Nurses continued their hunger strike, and the governor met their leaders.", ""),
])
def test_a_protest_a_verb_carries_shares_the_target_of_its_purpose(write_article, sentence, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    protest = ev[ev["plover"] == "PROTEST"]
    assert list(protest["target"]) == [target], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, plover", [
    # workers' strike carried by a verb of no code of its own: a labour strike, not a military one
    ("Dock workers resumed their strike to press the port authority for higher pay.", "PROTEST"),
    ("Nurses continued the strike on Monday.", "PROTEST"),
    # a labour union written in lower case strikes as its workers do; launching a strike starts one's own
    ("The unions began a strike over pay on Tuesday.", "PROTEST"),
    ("The unions continued their strike.", "PROTEST"),
    ("Teachers launched a strike over pay.", "PROTEST"),
    ("The dockers' union launched a strike at the port.", "PROTEST"),
    # a union that condemns or watches a strike does not strike
    ("The union condemned the strike on the village.", "ASSAULT"),
    # a strike the workers only speak of, watch or welcome is no act of theirs: the noun keeps its own code
    ("Workers said the strike on the village killed ten.", "ASSAULT"),
    ("Workers watched the strike on the village.", "ASSAULT"),
    ("Rebels resumed their strike on the army base.", "ASSAULT"),
    # workers who live through, fear or film a strike do not carry it on: it stays someone's attack
    ("Aid workers survived the air strike on the hospital.", "ASSAULT"),
    ("Nurses escaped the air strike on the clinic.", "ASSAULT"),
    ("Teachers feared another strike on the school.", "ASSAULT"),
    ("Hospital workers filmed the missile strike.", "ASSAULT"),
    ("Nurses recalled the strike on the hospital.", "ASSAULT"),
    # a weapon before the noun makes it a military strike whatever verb carries it
    ("Workers resumed the air strike on the village.", "ASSAULT"),
    ("Nurses continued the drone strike.", "ASSAULT"),
    # a hyphenated weapon word counts whole or by its parts; "pre" alone (of "pre-Christmas") is no weapon
    ("Nurses continued the pre-emptive strike.", "ASSAULT"),
    ("Nurses continued the drone-led strike.", "ASSAULT"),
    ("Nurses resumed their pre-Christmas strike on Monday.", "PROTEST"),
    ("Dock workers continued the pre-election strike.", "PROTEST"),
])
def test_a_strike_carried_for_workers_is_a_labour_strike(write_article, sentence, plover):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    strike = ev[ev["action"].str.endswith("strike")]
    assert list(strike["plover"]) == [plover], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    # a union that is a name is no labour union; an army or a state launching or beginning a strike attacks
    "The Eastern Union launched a strike on the border town.",
    "The army began a strike on rebel positions.",
    "Kalovia launched a strike on the rebel camp.",
])
def test_a_strike_launched_by_no_workers_is_no_labour_strike(write_article, sentence):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert "PROTEST" not in set(ev["plover"]), ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_a_countrys_people_after_a_preposition_are_the_target(write_article):
    # "to Peruvians" had been read as a place named Peruvians, so the refusal had no one it was aimed at
    ds = write_article(HEAD + "Chile refused entry to Peruvians on Monday.\n", context=False)
    ev = _events(ds)
    assert list(ev.loc[ev["plover"] == "REJECT", "target"]) == ["Peruvians"], ev[["actor", "action", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, plover, target", [
    # one's own inspectors or observers withdrawn: aimed at the country they leave; announced, a threat (136)
    ("Kenya said it would withdraw its election observers from Uganda before the vote.", "THREATEN", "Uganda"),
    ("The OSCE withdrew its observers from Ukraine.", "SANCTION", "Ukraine"),
    # expelling someone else's inspectors is aimed at them
    ("Chile expelled UN inspectors from the country.", "SANCTION", "UN inspectors"),
])
def test_withdrawn_inspectors_leave_a_country_the_act_is_aimed_at(write_article, sentence, plover, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    hits = ev[ev["plover"] == plover]
    assert list(hits["target"]) == [target], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, targets", [
    # force by two coordinated sides on people named by a common noun: those people are attacked, not each side
    ("Militiamen and police attacked the protesters on Friday.", {"protesters"}),
    ("The villagers were shelled by soldiers and militiamen.", {"villagers"}),
    # a mutual act about unnamed people is still with each other; a fight with no one else named, too
    ("Chile and Peru agreed to share information on missing people.", {"Chile", "Peru"}),
    ("Chile and Peru clashed on Monday.", {"Chile", "Peru"}),
])
def test_coordinated_sides_use_force_on_the_people_named(write_article, sentence, targets):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert set(ev["target"]) == targets, ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, cameo", [
    # who attacked is no part of what was attacked: "government" in the agent is no verbal attack on a government
    ("The rebels were attacked by government troops.", "190"),
    ("Two reporters were attacked on Sunday by government supporters in Harare.", "190"),
    # patterns about the agent still read it; the active verb keeps the dictionary's reading of its object
    ("The peace summit was hosted by Egypt.", "042"),
    ("The rebels attacked the government.", "111"),
])
def test_a_passive_agent_does_not_code_the_act(write_article, sentence, cameo):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert list(ev["cameo"]) == [cameo], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actors", [
    # "the opposition" is a side that acts, as "the rebels" or "the government" are
    ("The opposition boycotted the elections.", {"opposition"}),
    ("Zambia's opposition rejected the results on Monday.", {"Zambia opposition"}),
    ("On Sunday the opposition called for a general strike.", {"opposition"}),
    # opposition as a stance (towards something, from someone, or with no article or name before it) acts not
    ("Opposition to the dam forced the council to delay the vote.", set()),
    ("The opposition to the new airport forced the council to delay the vote.", set()),
    ("Fierce opposition from farmers blocked the bill.", set()),
])
def test_the_opposition_is_a_side_but_opposition_to_a_plan_is_not(write_article, sentence, actors):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert set(ev["actor"]) - {""} == actors, ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, cameo", [
    ("The court denied bail to the two men.", "1243"),
    ("Chile denied entry to the Peruvian delegation.", "120"),
    ("The ministry denied that the meeting had taken place.", "016"),
    ("The government denied holding secret talks with the rebels.", "016"),
])
def test_what_is_denied_codes_the_denial(write_article, sentence, cameo):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert cameo in set(ev.loc[ev["action"] == "denied", "cameo"]), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, target", [
    # a count "of" a pronoun: no target named "of" (the pronoun is not resolved: see the stop-15 take-back)
    ("Riot police detained ten of them near the stadium.", ""),
    ("Guards arrested some of them on Tuesday.", ""),
    # a count of people named keeps them
    ("Riot police detained ten of the protesters near the stadium.", "protesters"),
])
def test_a_count_of_a_pronoun_leaves_no_dangling_of(write_article, sentence, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert list(ev["target"]) == [target], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, plover", [
    ("The union welcomed the general strike.", "SUPPORT"),
    ("Residents welcomed the air strike on the rebel base.", "ACCUSE"),
])
def test_welcoming_a_strike_on_no_one_named_is_support(write_article, sentence, plover):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert list(ev.loc[ev["action"] == "welcomed", "plover"]) == [plover], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, cameo", [
    # a weapon or a thing in the "by" phrase says what the act was: the dictionary's patterns still read it
    ("The clinic was hit by a missile.", "195"),
    ("The port was struck by rockets on Tuesday.", "195"),
    ("The dam had been destroyed by a Russian glide bomb.", "1712"),
    # someone in the "by" phrase is who acted, and is still no part of what was attacked
    ("The miners were attacked by government troops.", "190"),
])
def test_a_passive_agent_that_is_a_thing_still_codes_the_act(write_article, sentence, cameo):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert list(ev["cameo"]) == [cameo], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, cameo", [
    # a verb of blame takes its charge in "of": the charge is no part of who blamed, and the patterns read it
    ("The guards were accused by Amnesty of torture of detainees.", "1122"),
    ("The rebels were accused by Kenya of human rights abuses.", "1122"),
    ("The colonel was accused by the army of torture.", "1122"),
    # other verbs keep the whole agent: "of the government" is still who attacked, not what was attacked
    ("The miners were attacked by troops of the government.", "190"),
])
def test_a_passive_agent_ends_before_the_charge(write_article, sentence, cameo):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert list(ev["cameo"]) == [cameo], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, cameo", [
    # a "by" phrase that names no one says by how much or how: the workers' strike is still carried on
    ("Doctors extended the strike by a week.", "143"),
    ("Nurses extended their strike by two days.", "143"),
    ("Workers continued the strike by a vote of 300 to 12.", "143"),
    # a strike someone else owns or carries out is theirs, not the workers' (the owner and the agent conditions)
    ("Dock workers resumed the strike by the rebels on the port.", "190"),
    ("Workers continued the strike by Israel on the camp.", "190"),
    ("Nurses resumed Israel's strike on the camp.", "190"),
    ("Workers resumed the army's strike on the village.", "190"),
])
def test_a_strike_carried_on_with_a_by_phrase_that_names_no_one(write_article, sentence, cameo):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert list(ev["cameo"]) == [cameo], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, expected", [
    # a count of people a pronoun stands for acted: the act is kept with no actor named, as an agentless passive's is
    ("The strikers marched on the ministry, and some of them threw stones at police.", {("", "182", "police")}),
    ("Police said two of them had attacked a guard.", {("", "190", "guard")}),
    # negated, or with no one acted on, or with the people named: unchanged
    ("None of them attacked the guards.", set()),
    ("Some of them walked through the city.", set()),
    ("Some of the protesters threw stones at police.", {("protesters", "182", "police")}),
])
def test_a_count_of_them_as_subject_keeps_the_act(write_article, sentence, expected):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    ev = ev[ev["cameo"] != "140"]  # the march of the first sentence is not what is tested
    got = {(a, c, t) for a, c, t in zip(ev["actor"], ev["cameo"], ev["target"])}
    assert got == expected, ev[["actor", "action", "cameo", "target"]].to_dict("records")

@pytest.mark.parametrize("sentence, action, target", [
    # an act on a thing a body owns is aimed at the body, when a common noun names it
    ("The senator criticised the army's handling of the rescue.", "criticised", "army"),
    ("The mayor praised the police's response on Monday.", "praised", "police"),
    ("The governor rejected the rebels' proposal on Monday.", "rejected", "rebels"),
    ("The senator condemned the ministry's decision on Monday.", "condemned", "ministry"),
    # a person, a place noun or a body a description stands for owns nothing the act is aimed at here
    ("The senator criticised the victim's family on Monday.", "criticised", ""),
    ("The senator praised the country's response on Monday.", "praised", ""),
    ("The senator condemned the man's killing on Monday.", "condemned", ""),
])
def test_a_body_owning_the_thing_acted_on_is_the_target(write_article, sentence, action, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert list(ev[ev["action"] == action]["target"]) == [target], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("text, action, target", [
    # a reaction to an act named by its noun alone is aimed at whoever did that act just before
    ("Bolivia expelled two Chilean envoys on Friday. Chile condemned the expulsion on Monday.", "condemned", "Bolivia"),
    ("Two Chilean envoys were expelled by Bolivia on Friday. Chile condemned the expulsion.", "condemned", "Bolivia"),
    ("Judge Ana Lind struck down the curfew on Friday. The mayor criticised the ruling on Monday.", "criticised",
     "Ana Lind"),
    # force named by its noun: condemning the attack, the kidnapping or the killings condemns who did them
    ("Rebels attacked a police station in Kalo on Monday. Peru condemned the attack.", "condemned", "rebels"),
    ("Gunmen kidnapped two aid workers near Kalo. The bishop denounced the kidnapping.", "denounced", "Gunmen"),
    ("Soldiers killed six farmers in Kalo. Peru condemned the killings on Monday.", "condemned", "soldiers"),
    # two such acts, a negated one, or a noun that could name any act: no one
    ("Bolivia expelled two Chilean envoys on Friday. Peru expelled three more. Chile condemned the expulsion.",
     "condemned", ""),
    ("Bolivia did not expel the envoys. Chile condemned the expulsion on Monday.", "condemned", ""),
    ("Bolivia expelled two Chilean envoys on Friday. Chile condemned the decision on Monday.", "condemned", ""),
    # a 'with' phrase names the partner, and consulting is done with someone: the act's author is not the target
    ("Chile annexed the Tacna valley in May. The Bolivian president discussed the annexation with Ana Lind on Monday.",
     "discussed", "Ana Lind"),
    ("Bolivia expelled two Chilean envoys on Friday. Chile coordinated the expulsion with Peru on Monday.",
     "coordinated", "Peru"),
    ("Chile annexed the Tacna valley in May. Bolivia and Peru discussed the annexation on Monday.", "discussed",
     "Peru|Bolivia"),
    # a judge's ruling is a ruling; ruling a land or a town is governing, which no one calls 'the ruling'
    ("Judge Ana Lind ruled on Monday that the curfew was unlawful. The mayor criticised the ruling.", "criticised",
     "Ana Lind"),
    ("Judge Ana Lind ruled against the teachers' union. The mayor praised the ruling on Tuesday.", "praised", "Ana Lind"),
    ("The junta ruled the island from 1990. Exiles condemned the ruling on Monday.", "condemned", ""),
    ("Rebels ruled the valley for years. The bishop criticised the ruling.", "criticised", ""),
    ("The junta ruled on the island for a decade. Exiles condemned the ruling.", "condemned", ""),
    # a bare day or a short part set off by commas may stand between 'ruled' and 'that'; 'ruled on' a case is a judgment
    ("The court ruled Tuesday that the law was void. The governor praised the ruling.", "praised", "court"),
    ("The Supreme Court ruled, 5-4, that the law was void. The governor criticised the ruling.", "criticised",
     "Supreme Court"),
    ("Judge Ana Lind ruled on the case on Monday. The mayor criticised the ruling.", "criticised", "Ana Lind"),
    ("The Taliban ruled Afghanistan from 1996. Critics condemned the ruling.", "condemned", ""),
    ("The junta ruled, for a decade, the whole island. Exiles condemned the ruling.", "condemned", ""),
    ("The junta ruled, for a decade, that island. Exiles condemned the ruling.", "condemned", ""),
    # a 'with' phrase blocks the act's author only when it names an actor
    ("Chile expelled the Peruvian ambassador. Bolivia condemned the expulsion with harsh words.", "condemned", "Chile"),
    ("Chile annexed the Tacna valley in May. The Bolivian president discussed the annexation with Joe Biden.",
     "discussed", "Joe Biden"),
])
def test_a_reaction_to_an_act_named_by_its_noun_is_aimed_at_its_doer(write_article, text, action, target):
    ev = _events(write_article(HEAD + text + "\n", context=False))
    assert sorted(ev[ev["action"] == action]["target"]) == sorted(target.split("|")), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("text", [
    # attacks (plural) by two doers, the first of them a paragraph further back: not the last doer alone
    "Rebels attacked a police station in Kalo on Monday.\n\nSeparately, gunmen attacked a bus near Lima.\n\n"
    "Peru condemned the attacks.",
    # an attack named by its own target is another one; an attack denied is not told as done
    "Rebels attacked a police station in Kalo on Monday. Peru condemned the attack on the embassy.",
    "Rebels attacked a police station in Kalo on Monday. Peru condemned the attack against the embassy.",
    "Rebels denied they attacked the police station. Peru condemned the attack.",
])
def test_a_reaction_to_an_act_named_by_its_noun_is_not_aimed_at_another_acts_doer(write_article, text):
    ev = _events(write_article(HEAD + text + "\n", context=False))
    condemned = ev[ev["action"] == "condemned"]
    assert len(condemned) >= 1 and not any("rebels" in t.lower() or "gunmen" in t.lower() for t in condemned["target"]), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    # "suspended his campaign" is not read as leaving the race (taken back: the rule fired on these, from review16d)
    "Sanders suspended his campaign advertising in New York.",
    "Trump suspended his campaign spending on Monday.",
    "The party suspended his campaign on Monday after the scandal.",
    "The election commission suspended his campaign on Monday.",
    "Sanders suspended his campaign for a while.",
    "Trump suspended his campaign for the rest of the day.",
    "Clinton suspended her campaign in Florida because of the hurricane.",
])
def test_suspending_a_campaign_is_not_read_as_leaving_the_race(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ev[ev["cameo"] == "080"].empty, ev[["actor", "action", "cameo"]].to_dict("records")


@pytest.mark.parametrize("sentence, speaker, audience", [
    # speaking to or before an audience, or at a gathering, is a speech though no words are quoted
    ("A week after Jane Doe spoke to supporters in Chicago, she proposed a ban.", "Jane Doe", "supporters"),
    ("Jane Doe spoke before a crowd of farmers in Iowa on Monday.", "Jane Doe", "crowd of farmers"),
    ("Barack Obama spoke to reporters at the White House on Sunday.", "Barack Obama", "reporters"),
    ("Jane Doe spoke at the funeral in Charleston on Friday.", "Jane Doe", ""),
    # to a person or a state (a talk between them), at a time, not at all, to come, or with its quote in the sentence
    ("Barack Obama spoke to Vladimir Putin on Sunday.", None, None),
    ("Jane Doe spoke to France on Monday.", None, None),
    ("Barack Obama spoke at noon on Sunday.", None, None),
    ("Jane Doe spoke at length about the attack.", None, None),
    ("Barack Obama did not speak to reporters on Sunday.", None, None),
    ("Jane Doe will speak at a rally in Iowa on Monday.", None, None),
    ('Barack Obama spoke to reporters on Sunday: "We will win," he said.', None, None),
    # a source speaking unnamed
    ("An official, who spoke to reporters on condition of anonymity, said the talks had failed.", None, None),
    ("A police officer who spoke to reporters anonymously said two men were held.", None, None),
    # no audience or gathering named: a conversation, an idiom, a time (review16d2)
    ("Barack Obama spoke to him by phone on Sunday.", None, None),
    ("The minister spoke to the king on Sunday.", None, None),
    ("Jane Doe spoke to her lawyer on Monday.", None, None),
    ("Jane Doe spoke to her husband about the divorce.", None, None),
    ("Jane Doe spoke to the police about the attack.", None, None),
    ("Witnesses spoke to police after the shooting.", None, None),
    ("Jane Doe spoke to the kidnappers on Tuesday.", None, None),
    ("The two leaders spoke to each other on Tuesday.", None, None),
    ("Relatives spoke to the victims' families.", None, None),
    ("Jane Doe spoke to the point.", None, None),
    ("Jane Doe spoke to the issue of immigration.", None, None),
    ("Jane Doe spoke to the concerns of voters.", None, None),
    ("Jane Doe spoke at the same time as John Roe.", None, None),
    ("Jane Doe spoke at a time of crisis.", None, None),
    ("Jane Doe spoke before the vote on Tuesday.", None, None),
    ("An official who spoke to Reuters said the talks had failed.", None, None),
    # the quote in the next sentence is the speech
    ('Jane Doe spoke to supporters on Tuesday. "We will win," she said.', None, None),
])
def test_speaking_to_an_audience_is_a_speech(write_article, sentence, speaker, audience):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    spoke = ev[ev["action"].str.contains("spoke|speak")]
    assert [(r.actor, r.target, r.event_type) for r in spoke.itertuples()] == (
        [(speaker, audience, "speech")] if speaker else []), ev[["actor", "action", "event_type", "target"]].to_dict("records")


VOTE = "Voters in the primary turned out in large numbers. "


@pytest.mark.parametrize("text, winner, place", [
    # a person declared, projected or named the winner of a contest won it
    ("Ted Cruz was declared the winner of the Iowa caucuses on Monday.", "Ted Cruz", "Iowa"),
    ("Jane Doe was projected the winner of the Oklahoma primary.", "Jane Doe", "Oklahoma"),
    ("Jane Doe was declared the winner of the New Hampshire Democratic primary.", "Jane Doe", "New Hampshire"),
    # a prize, a story with no vote, a negation, a possibility, the declarer's act
    ("Jane Doe was named the winner of the Pulitzer Prize on Monday.", None, None),
    ("The race was close. Jane Doe was declared the winner on Monday.", None, None),
    ("Jane Doe was not declared the winner of the Iowa caucuses.", None, None),
    ("Jane Doe could be declared the winner of the Iowa caucuses.", None, None),
    ("Officials declared the caucuses a tie in Iowa on Monday.", None, None),
    # only a named vote (review16d2; each story reports a vote): not a lottery, a match, a prize or a debate with a
    # place, not a bare "the winner" or "winner in <place>"
    (VOTE + "Jane Doe was declared the winner of the lottery in Ohio on Monday.", None, None),
    (VOTE + "Jane Doe was declared the winner of the football match in Ohio.", None, None),
    (VOTE + "Jane Doe was declared the winner of the Ohio lottery.", None, None),
    (VOTE + "Jane Doe was declared the winner of the debate in Iowa on Monday.", None, None),
    (VOTE + "Jane Doe was declared the winner of the Paris Marathon.", None, None),
    (VOTE + "Jane Doe was named the winner of the Nobel Prize in Stockholm.", None, None),
    (VOTE + "Jane Doe was named the winner of the Best Film award at Cannes.", None, None),
    ("Jane Doe was declared the winner of the boxing match in Las Vegas.", None, None),
    (VOTE + "Jane Doe was declared the winner in Ohio on Tuesday.", None, None),
    ("The caucuses were close. Jane Doe was officially declared the winner and John Roe conceded.", None, None),
    (VOTE + "Jane Doe was declared the winner of the primary school quiz.", None, None),
    # the vote's noun ends the phrase, and the words before it are a place's or a party's (review16d3)
    ("Jane Doe was declared the winner of the Ohio Republican primary in March.", "Jane Doe", "Ohio"),
    ("Jane Doe was declared the winner of the 2016 Iowa caucuses.", "Jane Doe", "Iowa"),
    (VOTE + "Jane Doe was declared the winner of the presidential election.", "Jane Doe", ""),
    (VOTE + "Jane Doe was declared the winner of the Ohio primary school quiz.", None, None),
    (VOTE + "Jane Doe was declared the winner of the Iowa Republican caucuses straw poll.", None, None),
    (VOTE + "Jane Doe was declared the winner of the Chess Club elections in Ohio.", None, None),
    (VOTE + "Jane Doe was declared the winner of the Student Union elections.", None, None),
    (VOTE + "Jane Doe was declared the winner of the Miss Ohio election.", None, None),
])
def test_a_person_declared_the_winner_of_a_contest_won_it(write_article, text, winner, place):
    ev = _events(write_article(HEAD + text + "\n", context=False))
    wins = ev[ev["event_type"] == "win"]
    assert [(r.actor, r.location) for r in wins.itertuples()] == ([(winner, place)] if winner else []), \
        ev[["actor", "action", "event_type", "location"]].to_dict("records")
    if winner:  # the passive is the win's alone: no decree by the unnamed declarers
        assert not (ev["action"].str.startswith("was") & (ev["event_type"] != "win")).any()


@pytest.mark.parametrize("sentence, poster", [
    # sharing another's post is a statement of the one who shares it, though no words are quoted
    ("Donald Trump retweeted a quote on Sunday.", "Donald Trump"),
    ("Jane Doe retweeted a photo of John Roe on Monday.", "Jane Doe"),
    ("The gossip site set a trap, and Jane Doe fell for it by retweeting something.", "Jane Doe"),
    # not negated, not without what was shared, not a passive's
    ("Jane Doe did not retweet the post.", None),
    ("Jane Doe retweets often.", None),
    ("The post was retweeted by Jane Doe.", None),
])
def test_sharing_a_post_is_a_statement(write_article, sentence, poster):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    shared = ev[ev["action"].str.contains("retweet")]
    assert [(r.actor, r.target, r.cameo) for r in shared.itertuples()] == ([(poster, "", "010")] if poster else []), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_two_named_debaters_still_meet_each_other(write_article):
    # two people who debated, each with the other
    ev = _events(write_article(HEAD + "Donald Trump and Jeb Bush debated in Las Vegas on Tuesday.\n", context=False))
    debated = ev[ev["action"] == "debated"]
    assert set(zip(debated["actor"], debated["target"])) == {("Donald Trump", "Jeb Bush"), ("Jeb Bush", "Donald Trump")}, \
        debated[["actor", "target", "event_type"]].to_dict("records")


@pytest.mark.parametrize("sentence, act", [
    # taking to a platform is where the words go out, no seizure (171): the act is the infinitive's
    ("Jane Roe took to Twitter overnight to accuse the Baker campaign of lying.", "112"),
    ("The senator took to Facebook on Friday to praise the governor.", "051"),
    ("The mayor took to the airwaves on Monday to condemn the strike.", "111"),
])
def test_taking_to_a_platform_is_no_seizure(write_article, sentence, act):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert "171" not in set(ev["cameo"]) and act in set(ev["cameo"]), ev[["actor", "action", "cameo"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "Rebels took the town of Kamba on Friday.",  # taking a town is still taking it
    "Soldiers took the radio station on Monday.",
])
def test_taking_a_place_is_still_an_event(write_article, sentence):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert "took" in set(_events(ds)["action"]), _events(ds)[["actor", "action", "cameo"]].to_dict("records")


@pytest.mark.parametrize("sentence, target", [
    # saying "I endorse" is the endorsement: the speaker's, over the verb, with the name that follows as target
    ("“That is why I am proud to endorse him as the next mayor,” Jane Doe said on Monday.", ""),
    ("“I support and endorse our governor, John Roe,” Jane Doe told a crowd in Springfield on Monday.", "John Roe"),
    ("“I hereby endorse Senator John Roe for governor,” Jane Doe said.", "John Roe"),
    ("“And I fully support and endorse his re-election,” Jane Doe said.", ""),
    # a name later in the clause is no object: "as the next President of the United States"
    ("“I am proud to endorse him as the next President of the United States,” Jane Doe said.", ""),
    # no endorsement made here: to come, past, negated, a condition, others' words, a generic, another person
    ("“I will endorse him next week,” Jane Doe said on Monday.", None),
    ("“I endorsed John Roe in 2012,” Jane Doe said on Monday.", None),
    ("“I do not endorse John Roe,” Jane Doe said on Monday.", None),
    ("“I can't endorse John Roe,” Jane Doe said on Monday.", None),
    ("“If I endorse John Roe, the party will split,” Jane Doe said on Monday.", None),
    ("“They say I endorse John Roe, but that is false,” Jane Doe said on Monday.", None),
    ("“I only endorse candidates who pay their taxes,” Jane Doe said on Monday.", None),
    ("“You endorse John Roe,” Jane Doe said on Monday.", None),
    ("“We endorse John Roe,” Jane Doe said on Monday.", None),
    ("“I'm proud to endorse John Roe,” said Jane Doe on Monday.", "John Roe"),
    # a question, or someone else's words quoted inside the quote
    ("“Why would I endorse John Roe?” Jane Doe said on Monday.", None),
    ("“Do I endorse John Roe? Yes,” Jane Doe said on Monday.", None),
    ("“He told me, ‘I endorse you,’ and then he left,” Jane Doe said on Monday.", None),
    # a name owning what follows is not the one endorsed
    ("“I endorse Mike Smith's rival, John Roe,” Jane Doe said on Tuesday.", ""),
    ("“I endorse Mike Smith’s rival in the race,” Jane Doe said on Tuesday.", ""),
    # someone else's claim, told or before a colon; a habit; a condition after the verb; to come
    ("“Mike Smith told voters I endorse John Roe,” Jane Doe said on Monday.", None),
    ("“He told me: I endorse John Roe. Then he left,” Jane Doe said on Monday.", None),
    ("“Every time I endorse John Roe, he loses,” Jane Doe said on Monday.", None),
    ("“I endorse John Roe if he wins the primary,” Jane Doe said on Monday.", None),
    ("“Tomorrow I endorse John Roe,” Jane Doe said on Monday.", None),
    # a modal opening the clause, no question: "Should I endorse …" is a condition
    ("“Should I endorse John Roe, the party would split,” Jane Doe said on Monday.", None),
    ("“Perhaps I endorse John Roe, perhaps not,” Jane Doe said on Monday.", None),
    # no one endorsed
    ("“I endorse the check and hand it over,” Jane Doe said on Monday.", None),
    # a colon with no one else's words before it is still the speaker's
    ("“My message is simple: I endorse John Roe,” Jane Doe said on Monday.", "John Roe"),
])
def test_an_endorsement_said_in_the_first_person_is_the_speakers_endorsement(write_article, sentence, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    made = ev[(ev["action"] == "endorse") & ev["quote_id"].fillna("").eq("")]
    assert [(r.actor, r.target or "", r.cameo, r.event_type) for r in made.itertuples()] == \
        ([("Jane Doe", target, "051", "support")] if target is not None else []), \
        ev[["actor", "action", "cameo", "target", "quote_id"]].to_dict("records")
    # the statement stays the quote's event
    assert (ev["quote_id"].fillna("") != "").sum() == 1


@pytest.mark.parametrize("sentence, target", [
    # a body's kind, then its name, which the gazetteer also knows as a place: the name is the body's
    ("The junta ordered the daily newspaper El Sol to close.", "El Sol"),
    ("The regime ordered the opposition party Nueva Esperanza to disband.", "Nueva Esperanza"),
    # the name set apart from the noun is where, not which body; the noun alone stays the body
    ("The junta ordered the newspaper to close in El Sol.", "newspaper"),
    ("Police raided the newspaper on Tuesday.", "newspaper"),
])
def test_a_body_named_after_its_kind_is_that_body(write_article, sentence, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert set(ev["target"]) - {""} == {target}, ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, targets", [
    # an agentless passive restriction whose subject is the restriction itself is laid on the place or state named
    ("A curfew was imposed in the town of Kalo on Friday.", {"Kalo"}),
    ("The curfew imposed on Kalo was lifted on Friday.", {"Kalo"}),
    ("A ban was imposed on Russian imports.", {"Russia"}),
    # people restricted stay the target; with no place or state named, the act keeps its subject's words
    ("Two journalists were detained in the town of Kalo.", {"journalists"}),
    ("A curfew was imposed after the riots.", {"curfew"}),
])
def test_a_restriction_imposed_is_laid_on_the_place_named(write_article, sentence, targets):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    ev = ev[ev["cameo"].str.startswith("17")]
    assert set(ev["target"]) == targets, ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, target", [
    # a demand's "that" clause in the subjunctive with no object, ending the sentence: of whom it is asked
    ("The unions demanded that the government resign.", "government"),
    ("Students demanded that the minister resign.", "minister"),
    ("The opposition urged that the president step aside.", "president"),
])
def test_a_demanded_act_with_no_object_names_whom_it_is_asked_of(write_article, sentence, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert _one(ds, plover="REQUEST")["target"] == target


@pytest.mark.parametrize("sentence", [
    "He said that the government plan.",  # no verb of demand before "that": a noun, no act
    "Analysts said that the rebels withdraw.",  # a statement, nothing demanded
])
def test_a_base_form_ending_a_that_clause_is_no_demand_without_a_verb_of_demand(write_article, sentence):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert not (_events(ds)["plover"] == "REQUEST").any(), _events(ds)[["actor", "action", "cameo"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    # "by half" says by how much: the court reduced the sentence, no one acted on the court
    "His sentence was reduced by half by the appeals court.",
    "The curfew was extended by two hours by the army.",
])
def test_a_by_phrase_of_how_much_is_no_one_acted_on(write_article, sentence):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert not ev["target"].isin(["appeals court", "army"]).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_the_patterns_skip_the_agents_own_by_phrase_not_the_first(write_article):
    # "by night" comes first: the agent "by the government" is still who attacked, not a government attacked (111)
    ds = write_article(HEAD + "The convoy was attacked by night by the government.\n", context=False)
    assert _one(ds, actor="government")["cameo"] == "190"


@pytest.mark.parametrize("sentence, cameo", [
    # a drone said to be armed, or one the sentence calls an attack or strike: an air attack by someone unnamed (195)
    ("A military drone hit the market.", "195"),
    ("An armed drone hit the convoy on Friday.", "195"),
    ("Two kamikaze drones struck the depot.", "195"),
    ("A drone hit the market in an apparent attack.", "195"),
    ("A drone hit the convoy, the second such strike this week.", "195"),
    # most drones carry no arms: one that hits something with nothing said of arms or an attack may be an accident
    ("A drone hit the market.", None),
    ("A delivery drone hit a pedestrian.", None),
    ("The toy drone hit a child.", None),
    ("A police drone hit a tree.", None),
    ("A surveillance drone hit a house.", None),
    ("A drone hit the stadium roof during the show.", None),
    ("Two drones struck the convoy's roof on Friday.", None),  # the verb itself is no strike spoken of
    # arms said after the drone, or a weapon it drops or fires
    ("A drone armed with explosives struck the base.", "195"),
    ("Two drones armed with explosives struck the convoy.", "195"),
    ("A drone dropped a bomb on the market.", "195"),
    ("In an apparent attack, a drone hit the market.", "195"),
    # what follows the drone says nothing of arms: a camera, leaflets
    ("A drone equipped with a camera hit a house.", None),
    ("A drone dropped leaflets on the town.", None),
    # a strike or attack of another clause, or one told for when, is no attack by the drone
    ("A drone hit the stadium during a football match, after the attack on the team bus.", None),
    ("A drone hit a crowd at the festival, injuring two.", None),  # a wounding may be an accident
    # a drone that only films or lands does nothing to anyone
    ("A drone filmed the market.", None),
    ("A drone landed near the market.", None),
    # a plane that hits something may be an accident: no weapon named, no act
    ("A plane hit the market.", None),
])
def test_a_drone_that_hits_is_an_air_attack_only_when_said_to_be_armed(write_article, sentence, cameo):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert list(ev["cameo"]) == ([cameo] if cameo else []), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, target", [
    # one's own envoy recalled: ties cut with the state the envoy leaves, named by "from" or by the posting's "to"
    ("Peru recalled its ambassador to Chile.", "Chile"),
    ("Peru withdrew its ambassador to Chile on Monday.", "Chile"),
    ("Peru recalled its ambassador from Chile.", "Chile"),
    # brought home to the subject's own capital: no other state named
    ("Peru recalled its ambassador to Lima.", "ambassador"),
])
def test_an_envoy_recalled_is_aimed_at_the_state_of_the_posting(write_article, sentence, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert _one(ds, actor="Peru")["target"] == target


@pytest.mark.parametrize("sentence, target", [
    # an act against someone's thing (policies, a seizure) is against its owner
    ("Workers staged a general strike against the government's economic policies.", "government"),
    ("Farmers protested against the army's seizure of their land.", "army"),
    # a thing no one owns, or a place noun's ("the state's"), names no one
    ("Workers staged a strike against the plans.", ""),
    ("Thousands marched against the state's new abortion law.", ""),
])
def test_an_act_against_a_things_owner_is_aimed_at_the_owner(write_article, sentence, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    protest = ev[(ev["plover"] == "PROTEST") & (ev["actor"] != "")]
    assert list(protest["target"]) == [target], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, target", [
    # a thing whose participle names its maker right after it stands for the maker
    ("The rebels rejected the ceasefire proposed by the government.", "rebels", "government"),
    ("The president vetoed a bill passed by parliament.", "president", "parliament"),
    ("Peru welcomed the peace plan drafted by Chile.", "Peru", "Chile"),
    # no maker named after the thing itself (a time, a relative clause after a comma): no one it is aimed at
    ("The rebels rejected the ceasefire proposed in May.", "rebels", ""),
    ("The rebels rejected the ceasefire, which was proposed by the government.", "rebels", ""),
])
def test_a_thing_made_by_someone_stands_for_its_maker(write_article, sentence, actor, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert _one(ds, actor=actor)["target"] == target


@pytest.mark.parametrize("sentence, target", [
    # a protest against a thing whose participle names its maker is against the maker
    ("Hundreds rallied against a new law passed by parliament.", "parliament"),
    ("Farmers protested against prices set by the government.", "government"),
    # a place, or a participle with no maker, names no one
    ("Farmers protested against the town burned by rebels.", ""),
    ("Farmers protested against prices set in May.", ""),
])
def test_a_protest_against_a_thing_made_by_someone_is_against_its_maker(write_article, sentence, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    protest = ev[(ev["plover"] == "PROTEST") & (ev["actor"] != "")]
    assert list(protest["target"]) == [target], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, cameo", [
    # a force noun that ends the phrase names whose forces are attacked (190)
    ("Rebels attacked government troops in the north.", "190"),
    # a time word after the force noun ends the phrase too
    ("Rebels attacked government troops Monday.", "190"),
    ("Rebels attacked government soldiers late on Friday.", "190"),
    # a force word that modifies a military object: the forces' convoys, posts, positions are attacked
    ("Insurgents attacked government troop convoys.", "190"),
    ("Rebels attacked government military posts.", "190"),
    ("Militants attacked government forces' positions.", "193"),
    # one that modifies another noun leaves the criticism of the government's doing (111)
    ("The senator attacked government military spending.", "111"),
    ("The opposition attacked government troop cuts.", "111"),
    ("The party attacked government army reforms.", "111"),
    ("The minister attacked government forces' conduct.", "111"),
    ("The opposition attacked government troop cuts on Monday.", "111"),
    ("The senator attacked government military base closures.", "111"),
    ("The opposition attacked government positions on taxes.", "111"),
])
def test_government_before_a_force_noun_is_an_attack_only_when_the_noun_ends_the_phrase(write_article, sentence,
                                                                                        cameo):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert list(ev["cameo"]) == [cameo], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, cameo", [
    # a crowd broken up is violent repression (175) when the crowd word heads the verb's object
    ("Police dispersed the demonstrators with tear gas.", ["175"]),
    ("Riot police dispersed an angry mob outside the ministry.", ["175"]),
    # a time word after the crowd word ends the phrase; a count's "of" leads to the crowd it counts
    ("Police dispersed the crowd Monday.", ["175"]),
    ("Riot police dispersed the demonstrators yesterday.", ["175"]),
    ("Police dispersed the protesters late on Friday.", ["175"]),
    ("Police dispersed hundreds of protesters.", ["175"]),
    ("Soldiers dispersed tens of thousands of demonstrators.", ["175"]),
    # the crowd's own gathering broken up is the crowd dispersed
    ("Police dispersed the demonstrators' march.", ["175"]),
    ("Police dispersed the protesters' camp.", ["175"]),
    # no repression when the crowd word is not the object: something is handed out, or the crowd owns it
    ("Officials dispersed funds to the crowd.", []),
    ("Police dispersed the crowd's leaflets.", []),
    ("The government dispersed the funds among the protesters' families.", []),
    ("Organisers dispersed the rally at noon.", []),
    ("Police dispersed the crowd's leaflets on Monday.", []),
    ("Officials dispersed thousands of leaflets Monday.", []),
    ("The charity dispersed the protesters' funds.", []),
])
def test_dispersing_is_repression_only_when_the_crowd_is_the_object(write_article, sentence, cameo):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert list(ev["cameo"]) == cameo, ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, rows", [
    # one act, one event: the verb that tells the act and the act's noun in its phrase
    ("Workers went on strike against the government's economic policies.", [("workers", "14", "government")]),
    ("Workers went on strike against the government.", [("workers", "14", "government")]),
    ("Nurses went on strike in protest against the army's conduct.", [("nurses", "14", "army")]),
    # the means and its purpose, the same code, actor and target
    ("Police used tear gas to disperse the crowd.", [("police", "17", "crowd")]),
    # an act named as a passive's subject is the noun's own event; imposing it is no second one
    ("A blockade was imposed on Gaza.", [("", "19", "Palestine")]),
    ("A ban was imposed on Russian imports.", [("", "17", "Russia")]),
    # the passive stays the event when its subject noun gives none of its own
    ("A curfew was imposed in the town of Kalo.", [("", "17", "Kalo")]),
    # another act in the verb's phrase, or another code, stays an event of its own
    ("Chile condemned the attack on Peru.", [("Chile", "11", "Peru"), ("", "19", "Peru")]),
    ("Police arrested two men to question them.", [("police", "17", "men"), ("police", "09", "men")]),
    # a noun of the verb's root that adds a target or a finer code the verb lacks stays an event of its own
    ("Israel retaliated in airstrikes on Gaza.", [("Israel", "190", ""), ("", "195", "Palestine")]),
    ("Police arrested the leaders in a crackdown on the opposition.", [("police", "173", "leaders"),
                                                                        ("", "175", "opposition")]),
    ("Police detained journalists in raids on newspapers.", [("police", "173", "journalists"),
                                                             ("", "170", "newspapers")]),
])
def test_one_act_gives_one_event(write_article, sentence, rows):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    found = sorted(zip(ev["actor"], ev["cameo"], ev["target"]))
    assert len(found) == len(rows) and [(a, c[: len(code)], t) for (a, c, t), (_, code, _) in zip(found, sorted(rows))] \
        == sorted(rows), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, plover", [
    # armed men marching against armed men show force, they do not protest
    ("Rebel forces marched against government troops.", "MOBILIZE"),
    ("Insurgents marched against the army near the border.", "MOBILIZE"),
    ("Troops marched against the rebel forces.", "MOBILIZE"),
    # unarmed marchers, or armed ones against no armed side, protest
    ("Students marched against government troops.", "PROTEST"),
    ("Thousands demonstrated against the presence of US troops.", "PROTEST"),
    ("Soldiers demonstrated against pay cuts.", "PROTEST"),
])
def test_an_armed_march_against_armed_men_is_no_protest(write_article, sentence, plover):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert list(ev["plover"]) == [plover], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, plovers", [
    # a question whether something is so tells no event
    ("Did the unions demand that the government resign?", []),
    ("Do the unions demand that the minister resign?", []),
    ("Has Chile recalled its ambassador to Peru?", []),
    # nor a happening its words name ("Iran attack" read as a named act)
    ("Will Iran attack Israel?", []),
    ("Would Russia attack NATO?", []),
    ("Will the Geneva talks collapse?", []),
    # opened by any negated auxiliary or modal, as by the plain one
    ("Couldn't Russia attack Ukraine?", []),
    ("Wouldn't Russia attack NATO?", []),
    ("Aren't the rebels attacking the town?", []),
    ("Weren't the rebels attacking the town?", []),
    ("Didn’t Iran attack Israel?", []),
    # a wh-question takes the act as done
    ("Why did Iran attack Israel?", ["ASSAULT"]),
    # the statement, and a statement with a question tag, tell it
    ("The unions demanded that the government resign.", ["REQUEST"]),
    ("Chile recalled its ambassador to Peru, did it not?", ["SANCTION"]),
    ("The rebels weren't attacking the town, officials said; they were attacking the army.", ["ASSAULT"]),
])
def test_a_yes_no_question_tells_no_event(write_article, sentence, plovers):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert list(ev["plover"]) == plovers, ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, target", [
    # an event noun opening the sentence is the act, not a name: the restriction is laid on the place or state named
    ("Sanctions were imposed on Iran.", "Iran"),
    ("Curfews were imposed in the town of Kalo.", "Kalo"),
    # as it already was in the middle of a sentence
    ("New sanctions were imposed on Iran.", "Iran"),
    # a capitalised subject that is no event noun stays whom the act was done to
    ("Rebels were arrested in Kalo.", "rebels"),
])
def test_a_sentence_opening_act_noun_is_no_name(write_article, sentence, target):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert list(ev["target"]) == [target], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, plovers", [
    # what a denial reports is denied, not told as done: the denial alone
    ("Rwanda denied that its troops had crossed into Uganda.", ["REJECT"]),
    ("Rwanda denied its troops had crossed into Uganda.", ["REJECT"]),
    ("The army denied reports that its troops had attacked the village.", ["REJECT"]),
    # a report that is no denial, or an act beside the denial, is told as done
    ("Rwanda said that its troops had crossed into Uganda.", ["ASSAULT"]),
    ("Rwanda denied the charges after its troops crossed into Uganda.", ["REJECT", "COERCE", "ASSAULT"]),
    # what a denial denies ends where its own clause does: a relative clause's closing comma, or a "but"
    ("The army, which has denied any wrongdoing, attacked the village on Monday.", ["REJECT", "ASSAULT"]),
    ("Uganda, which denied that its troops crossed the border, attacked Rwanda.", ["REJECT", "ASSAULT"]),
    ("The rebels, who denied that they had attacked the village, seized the town on Monday.", ["REJECT", "COERCE"]),
    ("The minister, who denied that police had beaten protesters, ordered the arrest of ten.", ["REJECT", "COERCE"]),
    ("The army denied that it had attacked the village but admitted it shelled the town.", ["REJECT", "SUPPORT"]),
    # inside the relative clause the complement is still denied, and a "but" that means "except" cuts nothing
    ("Kenya, which has denied that its soldiers killed civilians in Somalia, is sending more troops.",
     ["REJECT", "COOPERATE"]),
    ("The army denied that it had attacked anyone but the rebels.", ["REJECT"]),
    ("Russia denied that its troops, but not its mercenaries, had attacked Kyiv.", ["REJECT"]),
    ("The army denied that it had attacked the village, but later admitted it.", ["REJECT", "SUPPORT"]),
])
def test_a_denied_act_is_not_told_as_done(write_article, sentence, plovers):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert sorted(p for p in ev["plover"] if p) == sorted(plovers), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, plover", [
    # swearing to use force is a vow of it: a threat (as "vowed to fight" is)
    ("The rebels have sworn to fight until the end.", "THREATEN"),
    ("The rebels swore to attack the capital.", "THREATEN"),
    # sworn testimony is no vow: what the witness saw stays what it was
    ("The witness swore that he saw the soldiers attack the village.", "ASSAULT"),
])
def test_swearing_to_use_force_is_a_threat(write_article, sentence, plover):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert plover in set(ev["plover"]) and not ({"THREATEN", "ASSAULT"} - {plover}) & set(ev["plover"]), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, cameo", [
    # a passive restriction is coded as its active would be, the subject's act standing as the object
    ("Sanctions were imposed on Iran.", "163"),  # as "imposed sanctions on Iran"
    ("New sanctions were imposed on Iran by the council.", "163"),
    ("A curfew was imposed in the town of Kalo.", "1723"),  # as "imposed a curfew in Kalo"
    # people restricted are whom it is done to, and keep the verb's code
    ("Two journalists were detained in Kalo.", "173"),
])
def test_a_passive_restriction_is_coded_from_the_act_its_subject_names(write_article, sentence, cameo):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert list(ev["cameo"]) == [cameo], ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, plovers", [
    # "must have" and a participle, "must be" and an -ing form guess at what is so: no demand
    ("Officials said Iran must be hiding weapons.", []),
    ("Officials said the rebels must have fled to the hills.", []),
    ("The rebels must have fled by boat.", []),  # "by" and no time: how, no deadline
    ("The gunmen must have released the hostages by night.", []),
    # "must have" with a deadline is what is required by then
    ("All foreign troops must have left by Friday under the deal.", ["REQUEST"]),
    ("The rebels must have released the hostages by the end of March.", ["REQUEST"]),
    ("The army must be withdrawing its troops by Friday.", ["REQUEST"]),
    ("Officials said Iran must be hiding weapons by now.", []),
    # "must" and a bare verb, or a passive, asks for the act
    ("The minister said Chile must return the helicopter.", ["REQUEST"]),
    ("The prisoners must be released, the minister said.", ["REQUEST"]),
])
def test_a_guessing_must_is_no_demand(write_article, sentence, plovers):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert [p for p in ev["plover"] if p] == plovers, ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, rows", [
    # a verb with its own auxiliary after "but" / "and" is finite: it goes with the finite verb before a participle
    # that only describes a noun ("Peruvians expelled from Bolivia"), and takes that verb's subject
    ("Chile opened its borders to Peruvians expelled from Bolivia, but was still refusing entry to Argentines.",
     {("Chile", "REJECT", "Argentines")}),
    # a participle with "were" is the finite verb itself; a verb after a finite one keeps that one's subject
    ("Peruvians expelled from Bolivia were refused entry by Chile.", {("Chile", "REJECT", "Peruvians")}),
    ("Chile expelled the diplomats and was refusing entry to Argentines.", {("Chile", "REJECT", "Argentines")}),
])
def test_a_finite_verb_is_not_coordinated_with_a_describing_participle(write_article, sentence, rows):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    found = set(zip(ev["actor"], ev["plover"], ev["target"]))
    assert rows <= found, ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, plovers", [
    # a demand in a relative clause: the main clause after its closing comma is told as done
    ("Uganda, which demanded that Rwanda withdraw, attacked Rwanda.", ["REQUEST", "ASSAULT"]),
    ("The unions, who demanded that the minister resign, staged a strike on Monday.", ["REQUEST", "PROTEST"]),
    # inside the complement the demanded act is still no event
    ("Kenya, which demanded that Uganda release the prisoners, said nothing more.", ["REQUEST"]),
    ("Kenya demanded that Uganda release the prisoners.", ["REQUEST"]),
])
def test_a_demand_ends_with_its_relative_clause(write_article, sentence, plovers):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert sorted(p for p in ev["plover"] if p) == sorted(plovers), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, cameos", [
    # a plain drone that kills is armed: the killing says the strike was an attack
    ("A drone struck the airport, killing two, officials said.", ["195", "1823"]),
    ("A drone killed two soldiers near the border.", ["1823"]),
    # a drone that its own words call something else stays an accident, killing or not
    ("A delivery drone hit a pedestrian, killing him.", []),
    ("The toy drone killed a dog.", []),
    # a labour strike in another clause says nothing of the drone: the workers' protest alone
    ("A drone hit a house after workers went on strike.", ["143"]),
])
def test_a_plain_drone_that_kills_is_armed(write_article, sentence, cameos):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert sorted(c for c in ev["cameo"] if c) == sorted(cameos), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor", [
    ("The president's opponents accused him of fraud.", "president's opponents"),
    ("The senator's supporters attacked the police on Monday.", "senator's supporters"),
    ("Mara Velde's opponents accused her of fraud.", "Mara Velde's opponents"),
    ("The rebels' fighters attacked the town.", "rebels' fighters"),
])
def test_an_owner_keeps_its_possessive_in_the_actors_name(write_article, sentence, actor):
    # "president opponents" would be a name no one bears: the possessive mark stays with the owner
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert (ev["actor"] == actor).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor", [
    ("Mara Velde opponents marched in Lima on Monday.", "Mara Velde opponents"),  # no possessive: none added
    ("Azerbaijani and Armenian forces clashed on Monday.", "Azerbaijani forces"),  # a list's gap is still cut
])
def test_an_actor_with_no_owner_is_named_as_before(write_article, sentence, actor):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert (ev["actor"] == actor).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, action, day", [
    # 2025-03-12 is a Wednesday: a weekday before a past promise dates the promise, the last Monday
    ("On Monday, Chile promised to withdraw its troops.", "promised to withdraw", "2025-03-10"),
    ("On Monday, Chile promised to withdraw its troops by Friday.", "promised to withdraw", "2025-03-10"),
    ("On Monday, the rebels vowed to capture the town of Kalo.", "vowed to capture", "2025-03-10"),
    # not: a weekday before an act still to come is the next one
    ("On Monday, Chile will withdraw its troops.", "will withdraw", "2025-03-17"),
])
def test_a_weekday_before_a_past_promise_dates_the_promise(write_article, sentence, action, day):
    ev = _events(write_article(HEAD + sentence + "\n", published="2025-03-12", context=False))
    acts = ev[ev["action"] == action]
    assert list(acts["date"]) == [pd.Timestamp(day)], ev[["action", "date", "date_text"]].to_dict("records")


@pytest.mark.parametrize("sentence, teller", [
    ("Residents reported sporadic shooting in the town on Monday.", "residents"),
    ("Witnesses heard heavy shelling near the airport.", "Witnesses"),
    ("Villagers saw an air strike on the market.", "Villagers"),
    ("Farmers reported clashes between rival gangs.", "farmers"),
])
def test_who_tells_of_fighting_does_not_fight(write_article, sentence, teller):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    # (nor is telling of it an act of its own: no hearing, no accusation)
    assert not (ev["actor"] == teller).any(), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, plover", [
    # a "by" or "from" phrase still says who fought
    ("Villagers reported an attack by rebels on the market.", "rebels", "ASSAULT"),
    ("Residents witnessed shelling from the army.", "army", "ASSAULT"),
    # the act a clause of its own tells keeps its doer; an act one launches or announces is one's own
    ("Residents reported that soldiers fired on the crowd.", "soldiers", "ASSAULT"),
    ("Rebels launched an attack on the market.", "rebels", "ASSAULT"),
    ("The army announced an offensive against the rebels.", "army", "ASSAULT"),
    # what is not fighting stays the teller's, as before ("Police reported three arrests": most often their own)
    ("Police reported three arrests after the match.", "police", "COERCE"),
])
def test_told_fighting_keeps_the_doer_the_words_name(write_article, sentence, actor, plover):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["actor"] == actor) & (ev["plover"] == plover)).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, pairs", [
    # a kind of force before the act says what kind it is; who holds it is the verb's subject (joint acts: each
    # with the other, as "Chile and Peru agreed")
    ("Chile and Peru conducted joint naval drills.", {("Chile", "Peru"), ("Peru", "Chile")}),
    ("Chile held naval drills with Peru.", {("Chile", "Peru")}),
    ("Russian forces held military drills near the border.", {("Russian forces", "")}),
    ("Kenyan officers carried out a police raid in Nairobi.", {("Kenyan officers", "")}),
])
def test_the_subject_holding_an_act_of_a_kind_of_force_does_it(write_article, sentence, pairs):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    noun = ev[ev["action"].isin(["drills", "raid"])]
    assert set(zip(noun["actor"], noun["target"])) == pairs, ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_an_act_of_a_kind_of_force_met_by_another_side_stays_that_forces(write_article):
    # "repelled" holds no act of its own subject: the raid is the police's
    ev = _events(write_article(HEAD + "Rebels repelled a police raid on their camp.\n", context=False))
    assert set(ev[ev["action"] == "raid"]["actor"]) == {"police"}, ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, asker, asked", [
    # the act after "convince X to" is X's, asked of X: the subject's act is the asking (as "persuade", "urge")
    ("The opponents convinced the court to throw out the regulations.", "opponents", "court"),
    ("Farmers are trying to convince a judge to throw out the new rules.", "farmers", "judge"),
    ("Chile convinced Peru to sanction Bolivia.", "Chile", "Peru"),
])
def test_whom_one_convinces_to_act_is_asked_to(write_article, sentence, asker, asked):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    asks = ev[(ev["actor"] == asker) & (ev["plover"] == "REQUEST")]
    assert asked in set(asks["target"]), ev[["actor", "action", "cameo", "plover", "target"]].to_dict("records")
    assert not ((ev["actor"] == asker) & ev["plover"].isin(["SANCTION", "COERCE"])).any()


@pytest.mark.parametrize("sentence", [
    "Chile convinced Peru that Bolivia attacked the border.",  # convinced of a claim: no one is asked
    "Chile was convinced that Peru attacked the border.",
])
def test_convincing_of_a_claim_asks_nothing(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert not (ev["actor"] == "Chile").any(), ev[["actor", "action", "cameo", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    "Texas faced off in court against the EPA on Monday.",
    "Texas will face the EPA in court next week.",
    "Chile faced off against Peru in the final.",
])
def test_a_contest_is_no_meeting(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert not ev["cameo"].str.startswith(("03", "04")).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, partner", [
    # whom the thing talked about is for is not whom the talks are with
    ("The coach was heard on a tape discussing a payment for Mara Velde.", ""),
    ("Chile discussed a loan for Peru.", ""),
    ("Chile discussed aid for Peru with Brazil.", "Brazil"),
    # a "for" phrase not on the object, and a "with" phrase, still say nothing else
    ("Chile discussed the plan with Peru for hours.", "Peru"),
])
def test_a_for_phrase_on_what_is_discussed_is_no_partner(write_article, sentence, partner):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    talks = ev[ev["action"].str.startswith("discuss")]
    assert set(talks["target"]) == {partner}, ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_a_for_phrase_on_what_is_given_is_still_whom_it_is_for(write_article):
    ev = _events(write_article(HEAD + "Chile approved a loan for Peru.\n", context=False))
    assert "Peru" in set(ev[ev["action"] == "approved"]["target"]), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, holder", [
    # an act a thing is about is not done by whoever holds the thing
    ("The court opened a hearing into the killings.", "court"),
    ("The ministry published a report on the clashes.", "ministry"),
    ("Officials issued a warning about attacks on tourists.", "officials"),
])
def test_an_act_a_thing_is_about_is_not_its_holders(write_article, sentence, holder):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert not ((ev["actor"] == holder) & ev["cameo"].str[:2].isin(["18", "19", "20"])).any(), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, plover", [
    ("Rebels carried out a series of bombings in the capital.", "rebels", "ASSAULT"),  # "of": the acts themselves
    ("Refugees continued a hunger strike in protest at the ruling.", "Refugees", "PROTEST"),  # "in protest": their own
    ("Israel speeded up the withdrawal of its forces.", "Israel", "RETREAT"),
])
def test_acts_a_subject_carries_on_stay_its_own(write_article, sentence, actor, plover):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["actor"] == actor) & (ev["plover"] == plover)).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    # an act after a second verb is no longer inside the first object's phrase: it stays the subject's
    "Russia has made incursions into Polish waters and even simulated an attack on Gdansk.",
    "Russia made a deal on grain and later simulated an attack on Odessa.",
    "Russia made threats against Poland and then simulated an attack on Gdansk.",
])
def test_an_act_after_a_second_verb_is_not_what_the_first_object_is_about(write_article, sentence):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["actor"] == "Russia") & (ev["action"] == "attack")).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, plover", [
    # an -ing form right after the verb with an object of its own is a clause of its own: the teller did it
    ("The army reported killing 30 militants.", "army", "ASSAULT"),
    ("Police reported shooting a suspect who ran at officers.", "police", "ASSAULT"),
    ("Troops reported shelling the rebel camp overnight.", "Troops", "ASSAULT"),
    ("The rebels reported killing 12 soldiers in an ambush.", "rebels", "ASSAULT"),
    # a military's or police force's report of force names its own acts far more often than not
    ("The army reported airstrikes on rebel positions.", "army", "ASSAULT"),
    ("Ukrainian police reported shelling in Kharkiv.", "Ukrainian police", "ASSAULT"),
])
def test_a_force_that_reports_its_force_is_its_doer(write_article, sentence, actor, plover):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert ((ev["actor"] == actor) & (ev["plover"] == plover)).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, teller", [
    # a noun of fighting after the verb, with no object of its own: seen from outside
    ("Residents reported shooting in the town on Monday.", "residents"),
    ("Witnesses heard shooting near the school.", "Witnesses"),
    ("Villagers reported airstrikes on the market.", "Villagers"),
    # an armed force tells of force done to it, of fighting between others, or of none; or only hears it
    ("The army reported an attack on its convoy.", "army"),
    ("The Ukrainian army reported heavy shelling of its positions.", "Ukrainian army"),
    ("Police reported clashes between rival gangs.", "police"),
    ("The army did not report any shooting.", "army"),
    ("The army heard shelling near the base.", "army"),
])
def test_who_tells_of_others_fighting_does_not_fight(write_article, sentence, teller):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert not (ev["actor"] == teller).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, sides", [
    # force by two joint subjects is each side's own act, not one on the other ...
    ("Israel and the US conducted military strikes in Syria.", {"Israel", "United States"}),
    ("The US and Britain launched military strikes overnight.", {"United States", "United Kingdom"}),
    ("The US and Britain attacked on Monday.", {"United States", "United Kingdom"}),
    # ... and acts done apart join no one
    ("India and Pakistan held separate military drills.", {"India", "Pakistan"}),
])
def test_joint_subjects_are_not_paired_for_force_or_acts_done_apart(write_article, sentence, sides):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    assert set(ev["actor"]) >= sides, ev[["actor", "action", "cameo", "target"]].to_dict("records")
    assert not set(ev["target"]) & sides, ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, pair", [
    # a fight takes two sides by its meaning, and a joint or cooperative act is each with the other
    ("Chile and Peru clashed on Monday.", ("Chile", "Peru")),
    ("Fighting between Chile and Peru killed ten.", ("Chile", "Peru")),
    ("Chile and Peru conducted joint naval drills.", ("Chile", "Peru")),
    ("Chile and Peru agreed to share information on missing people.", ("Chile", "Peru")),
])
def test_joint_subjects_of_a_fight_or_a_joint_act_are_paired(write_article, sentence, pair):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    got = set(zip(ev["actor"], ev["target"]))
    assert {pair, pair[::-1]} <= got, ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_a_weekday_before_a_possessive_week_dates_the_act_in_this_week(write_article):
    # 2025-03-14 is a Friday: "last week's attack" is the attack's week, the saying is this Wednesday
    ds = write_article(HEAD + "The minister said on Wednesday last week's attack was an act of terror.\n",
                       published="2025-03-14", context=False)
    said = _events(ds)[_events(ds)["action"].str.contains("said")]
    assert list(said["date"]) == [pd.Timestamp("2025-03-12")], _events(ds)[["action", "date"]].to_dict("records")


@pytest.mark.parametrize("text, actor, plover", [
    ("Mara Velde Endorses Tomas Ruiz.\n\nMara Velde endorsed Tomas Ruiz on Friday in Lima.\n", "Mara Velde", "SUPPORT"),
    ("After The Vote, Mara Velde Endorses Tomas Ruiz.\n\nMara Velde endorsed Tomas Ruiz on Friday in Lima.\n", "Mara Velde",
     "SUPPORT"),
    ("Chile Expels Three Peruvian Diplomats.\n\nThe expulsions followed a week of talks in Lima.\n", "Chile", "SANCTION"),
    ("Chile Finally Expels Three Peruvian Diplomats.\n\nThe expulsions followed a week of talks.\n", "Chile", "SANCTION"),
])
def test_a_title_case_headline_reads_the_verb_after_its_opening_name(write_article, text, actor, plover):
    # the headline's capitals hide the verb; read in sentence case it is "Mara Velde endorses Tomas Ruiz"
    ds = write_article(text)
    ev = _events(ds)
    head = ev[ev["start"] < text.index("\n")]
    assert ((head["actor"] == actor) & (head["plover"] == plover)).any(), ev[["actor", "action", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("text, plovers", [
    # a headline in capitals tells no word's case
    ("CHILE EXPELS THREE PERUVIAN DIPLOMATS\n\nThe expulsions followed a week of talks in Lima.\n", {"SANCTION"}),
    # a name guessed from capitals alone, never named again: its words are the headline's, no actor
    ("Northland Defense Forces Attack Border Post.\n\nThe post was empty, officials said on Friday.\n", {"ASSAULT", "COERCE"}),
    # a name inside a phrase ("Velde's Chile claim") is no subject of the word after it
    ("Mara Velde's Chile Claim Angers Lima.\n\nMara Velde spoke in Lima on Friday.\n", {"ACCUSE"}),
    # a byline names its writers, nothing done
    ("By Mara Velde And Tomas Ruiz\n\nThe market opened on Friday in Lima.\n", {"SUPPORT", "ACCUSE", "ASSAULT"}),
])
def test_a_headline_read_in_sentence_case_only_after_a_known_name_opening_it(write_article, text, plovers):
    ev = _events(write_article(text))
    head = ev[ev["start"] < text.index("\n")]
    assert not set(head["plover"]) & plovers, ev[["actor", "action", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("text, name", [
    # a headline has one main verb: a noun followed by a modal or by a verb agreeing with it is the subject's head noun
    ("Nigeria Attacks Leave 86 Dead.\n\nThe attacks hit three villages on Friday, officials said.\n", "Nigeria"),
    ("France Attacks Continue To Shape Vote.\n\nThe attacks came on Friday, officials said.\n", "France"),
    ("Mexico Protests Grow.\n\nThousands marched in Mexico City on Friday.\n", "Mexico"),
    ("Brazil Protests Grow As Rousseff Falters.\n\nThousands marched on Friday.\n", "Brazil"),
    ("Mexico Protests Are Growing.\n\nThousands marched on Friday.\n", "Mexico"),
    ("Chile March Draws Thousands.\n\nThousands marched in Santiago on Friday.\n", "Chile"),
    ("Iran Deal Expels Doubts.\n\nThe deal was signed on Friday.\n", "Iran"),
    ("Iran Deal Will Survive.\n\nThe deal was signed on Friday.\n", "Iran"),
    ("Trump Rally Protests Turn Violent.\n\nDonald Trump spoke in Chicago on Friday.\n", "Donald Trump"),
    ("Donald Trump Attacks Could Backfire.\n\nDonald Trump spoke in Iowa on Friday.\n", "Donald Trump"),
    ("Mara Velde Attacks Could Backfire.\n\nMara Velde spoke in Lima on Friday.\n", "Mara Velde"),
])
def test_a_headline_noun_before_its_own_verb_is_no_verb_of_the_name(write_article, text, name):
    ev = _events(write_article(text))
    head = ev[ev["start"] < text.index("\n")]
    assert not (head["actor"] == name).any(), head[["actor", "action", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("text, actor, plover", [
    # an object that is also a verb form does not agree with the word before it as a subject: that word is the verb
    ("United Nations Condemns Attack.\n\nThe attack hit a market on Friday.\n", "United Nations", "ACCUSE"),
    ("Israel Strikes Targets In Gaza.\n\nThe strikes came on Friday.\n", "Israel", "ASSAULT"),
    ("Israel Attacks Targets In Gaza.\n\nThe strikes came on Friday.\n", "Israel", "ASSAULT"),
    # a bare word that is an event noun itself opens the object
    ("Russia Strikes Deal With Turkey.\n\nThe deal was signed on Friday.\n", "Russia", "SUPPORT"),
    ("Chile Arrests Protest Leaders.\n\nThe arrests came on Friday.\n", "Chile", "COERCE"),
])
def test_a_headline_verb_before_an_object_that_is_also_a_verb_form_is_read(write_article, text, actor, plover):
    ev = _events(write_article(text))
    head = ev[ev["start"] < text.index("\n")]
    assert ((head["actor"] == actor) & (head["plover"] == plover)).any(), head[["actor", "action", "plover", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, action", [
    # 2025-03-12 is a Wednesday. A deadline after a verb that asks for, refuses or threatens a later act is that act's
    # term, not the asking's day: the asking keeps the publication's day
    ("Protesters demanded that the governor resign by Friday.", "demanded"),
    ("Protesters demanded on the radio that troops withdraw from Kalo by Friday.", "demanded"),
    ("The minister urged the rebels to lay down their arms by Friday.", "urged"),
    ("The rebels threatened to burn the crops unless troops left by Monday.", "threatened"),
    # a day's own deadline is still a term
    ("Protesters demanded that the governor resign by Friday's deadline.", "demanded"),
    ("The union rejected the offer by Friday's deadline.", "rejected"),
])
def test_a_deadline_does_not_date_the_asking(write_article, sentence, action):
    ev = _events(write_article(HEAD + sentence + "\n", published="2025-03-12", context=False))
    hits = ev[ev["action"].str.contains(action)]
    assert len(hits) >= 1 and set(hits["date"]) == {pd.Timestamp("2025-03-12")}, \
        ev[["action", "date", "date_basis", "date_text"]].to_dict("records")


@pytest.mark.parametrize("sentence, action, day", [
    # not: date words that are no deadline, or a deadline before the verb, still date the asking
    ("Protesters demanded on Monday that the governor resign by Friday.", "demanded", "2025-03-10"),
    ("On Monday, protesters demanded that the governor resign.", "demanded", "2025-03-10"),
    ("Protesters demanded that the governor resign on Friday.", "demanded", "2025-03-07"),
    ("By Friday, protesters had demanded that the governor resign.", "demanded", "2025-03-07"),
    # a day's own event after "by" is the means of the act, not a term for a later one
    ("The union rejected the offer by Friday's vote.", "rejected", "2025-03-07"),
    ("Lawmakers rejected the budget by Monday's ballot.", "rejected", "2025-03-10"),
])
def test_date_words_that_are_no_later_deadline_date_the_asking(write_article, sentence, action, day):
    ev = _events(write_article(HEAD + sentence + "\n", published="2025-03-12", context=False))
    hits = ev[ev["action"].str.contains(action)]
    assert len(hits) >= 1 and set(hits["date"]) == {pd.Timestamp(day)}, \
        ev[["action", "date", "date_basis", "date_text"]].to_dict("records")


@pytest.mark.parametrize("lead", [
    # the lead's deadline is no day the story happened on: a later undated act keeps the publication's day
    "Protesters demanded that the governor resign by Friday.",
    "The minister urged the rebels to lay down their arms by Monday.",
    "The rebels refused to leave Kalo by Monday.",
    "The rebels threatened to burn the crops unless troops left by Monday.",
    "Troops must leave Kalo by Monday, a judge said.",
])
def test_a_deadline_in_the_lead_is_not_the_storys_day(write_article, lead):
    text = HEAD + lead + "\n\nPolice arrested 20 students in Lima.\n"
    ev = _events(write_article(text, published="2025-03-12", context=False))
    arrest = ev[ev["action"] == "arrested"]
    assert list(arrest["date"]) == [pd.Timestamp("2025-03-12")], ev[["action", "date", "date_basis"]].to_dict("records")


@pytest.mark.parametrize("lead", [
    "Protesters marched in Lima on Monday.",
    # a "by" day that is no term still to come tells what was done by then: it dates the story, wherever it stands
    # in the sentence and after a wire dateline
    "By Monday morning, thousands of protesters had marched through Lima.",
    "LIMA (Reuters) - By Monday morning, thousands had marched through Lima.",
    "Officials said that by Monday the troops had left Kalo.",
    "The troops had left Kalo by Monday, officials said.",
    "Talks dragged on, and by Monday evening the deal had collapsed.",
    "Kalo, by Monday, was in rebel hands.",
    "The rebels had taken Kalo by Monday.",
    "The army went on to take Kalo by Monday.",
    "The union rejected the offer by Monday's vote.",
])
def test_a_lead_day_that_is_no_later_deadline_still_dates_the_story(write_article, lead):
    text = HEAD + lead + "\n\nPolice arrested 20 students.\n"
    ev = _events(write_article(text, published="2025-03-12", context=False))
    arrest = ev[ev["action"] == "arrested"]
    assert list(arrest["date"]) == [pd.Timestamp("2025-03-10")], ev[["action", "date", "date_basis"]].to_dict("records")


@pytest.mark.parametrize("sentence, day, precision, words", [
    # a part of a month dates an act told as done at month precision; it is no date of an act still to come
    ("Police had arrested 20 students in Lima by the end of February.", "2025-02-01", "month", "by the end of February"),
    ("Police arrested 20 students in Lima at the beginning of March.", "2025-03-01", "month", "at the beginning of March"),
    ("Police vowed to arrest the gang's leaders by the end of March.", "2025-03-12", "day", ""),
    # in this paper of 12 March the end of March is still to come: an act told as done then was in last year's March,
    # an act still to come in this one's; early and mid-March (from the 11th) have begun, so they are this March
    ("Police arrested 20 students in Lima at the end of March.", "2024-03-01", "month", "at the end of March"),
    # a plan or a deadline told from a past point is still to come: this March
    ("Police were scheduled to clear the camp at the end of March.", "2025-03-01", "month", "at the end of March"),
    ("Police postponed the eviction until the end of March.", "2025-03-01", "month", "until the end of March"),
    ("Police arrested 20 students in Lima in late March.", "2024-03-01", "month", "in late March"),
    ("Police arrested 20 students in Lima in mid-March.", "2025-03-01", "month", "in mid-March"),
    ("Police arrested 20 students in Lima in early March.", "2025-03-01", "month", "in early March"),
    ("Police will arrest the gang's leaders at the end of March, the minister said.", "2025-03-01", "month",
     "at the end of March"),
])
def test_a_part_of_a_month_dates_an_act_told_as_done(write_article, sentence, day, precision, words):
    ev = _events(write_article(HEAD + sentence + "\n", published="2025-03-12", context=False))
    police = ev[ev["actor"].str.lower() == "police"]
    assert len(police) >= 1, ev[["actor", "action", "date"]].to_dict("records")
    assert (set(police["date"]), set(police["date_precision"]), set(police["date_text"])) == \
        ({pd.Timestamp(day)}, {precision}, {words}), police[["action", "date", "date_text"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, cameo, target", [
    # doing more of an attack is attacking: the act is the object's, done by the subject (not a 154 build-up read off
    # the target's "army", nor an attack by no one)
    ("Rebels stepped up attacks on army patrols in the north.", "rebels", "190", "army patrols"),
    ("Rebels intensified attacks on army patrols.", "rebels", "190", "army patrols"),
    ("The army stepped up its offensive against the rebels.", "army", "190", "rebels"),
    ("Militants escalated their attacks on Hamas.", "militants", "190", "Hamas"),
    # a weapon named makes it force whoever does it, and the place struck keeps its country as the target
    ("Kalovia intensified air strikes on Gaza on Monday.", "kalovia", "195", "Palestine"),
    ("The army stepped up its assault on Mosul.", "army", "190", "Iraq"),
])
def test_stepping_up_an_attack_is_the_attack(write_article, sentence, actor, cameo, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _one(ds)
    assert (ev["actor"].lower(), ev["cameo"], ev["target"]) == (actor, cameo, target)


@pytest.mark.parametrize("sentence, cameo", [
    # the object's head is no attack: the verb keeps the dictionary's reading
    ("Police stepped up patrols in the capital.", "150"),
    ("The army stepped up its military presence in the region.", "151"),
    # an attack inside a phrase headed by something else is not what is stepped up
    ("The government stepped up security after the attack on the embassy.", "150"),
])
def test_stepping_up_what_is_no_attack_is_not_an_attack(write_article, sentence, cameo):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert cameo in set(ev["cameo"]), ev[["actor", "action", "cameo", "target"]].to_dict("records")
    assert not ((ev["cameo"].str[:2].isin(["18", "19", "20"])) & (ev["actor"] != "")).any(), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor", [
    # workers or a union stepping up their strike go on with a labour strike (143), no attack
    ("Workers stepped up their strike over pay.", "workers"),
    ("Nurses intensified their strike.", "nurses"),
    ("The unions escalated their strike over pay.", "unions"),
])
def test_stepping_up_a_labour_strike_is_a_strike(write_article, sentence, actor):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert list(ev["cameo"]) == ["143"] and list(ev["actor"]) == [actor], \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor", [
    # a politician's, a campaign's or a firm's "attacks" may be words: stepping them up makes no attacker
    ("The senator intensified his attacks on the governor's record.", "senator"),
    ("The company stepped up its marketing attacks on rivals.", "company"),
    ("The mayor stepped up her attacks on the press.", "mayor"),
    # nothing stepped up
    ("Rebels did not step up attacks on the city.", "rebels"),
    ("Rebels may step up attacks on the city.", "rebels"),
])
def test_stepping_up_attacks_of_the_unarmed_makes_no_attacker(write_article, sentence, actor):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert not ((ev["actor"] == actor) & ev["cameo"].str[:2].isin(["18", "19", "20"])).any(), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")
    assert (ev["cameo"] != "").all(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_exaggerating_attacks_is_not_attacking(write_article):
    ds = write_article(HEAD + "Critics exaggerated the attacks on the president.\n", context=False)
    ev = _events(ds)
    assert "190" not in set(ev.loc[ev["actor"] == "critics", "cameo"]), ev[["actor", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, target", [
    # beating people is physically assaulting them (CAMEO 182, PLOVER ASSAULT), not a military defeat nor a threat
    ("Police beat two reporters in the capital on Monday.", "police", "reporters"),
    ("Soldiers beat the protesters with batons.", "soldiers", "protesters"),
    ("The guards beat a prisoner to death.", "guards", "prisoner"),
    ("Two reporters were beaten by police.", "police", "reporters"),
    ("The mob beat a man outside the market.", "mob", "man"),
    # a common noun at the sentence's start is written with a capital
    ("Protesters were beaten by police.", "police", "protesters"),
    ("Demonstrators were beaten by riot police outside the court.", "riot police", "Demonstrators"),
])
def test_beating_people_is_physical_assault(write_article, sentence, actor, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _one(ds, actor=actor)
    assert (ev["cameo"], ev["target"]) == ("182", target)


@pytest.mark.parametrize("sentence", [
    # an armed force beaten in battle, a country's team, a rival in a vote, a name: no assault read off "beat"
    "The army beat the rebels at Kalo.",
    "Kalovia beat Peru 2-1 in the final.",
    "The incumbent beat his rival in the election.",
    "Mara Velde beat Tomas Ruel in the primary.",
    "The firm beat the deadline.",
    # people beaten in a contest: a game, a vote, a race, to a prize, by a score, by doing something
    "The candidate beat two senators in the primary.",
    "The students beat the teachers in a charity match.",
    "The women beat the men in the quiz.",
    "The farmers beat the workers in the race.",
    "The veterans beat the students to the title.",
    "The girls beat the boys 3-1.",
    "Tourists beat the crowds by arriving early.",
    # a rival written as a common noun is beaten in a contest, whoever beats him
    "The mayor beat her challenger comfortably.",
    "The police beat the opponents they faced.",
])
def test_beating_no_people_is_no_physical_assault(write_article, sentence):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert "182" not in set(ev["cameo"]), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, plover, target", [
    # a state's own mission opened or closed abroad is aimed at the state that hosts it, not at the mission
    ("Chile opened an embassy in Tehran on Monday.", "Chile", "SUPPORT", "Iran"),
    ("Chile closed its embassy in Peru.", "Chile", "SANCTION", "Peru"),
    ("The government closed its embassy in Lima.", "government", "SANCTION", "Peru"),
])
def test_a_mission_opened_or_closed_abroad_is_aimed_at_its_host(write_article, sentence, actor, plover, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _one(ds, actor=actor)
    assert (ev["plover"], ev["target"]) == (plover, target)


@pytest.mark.parametrize("sentence, actor, target", [
    # another state's mission named: it is whose ties are cut; a mission in the actor's own country has no host abroad;
    # an attack on a mission is on the mission
    ("Iraq closed the US embassy in Baghdad.", "Iraq", "US embassy"),
    ("Chile closed its embassy in Santiago for repairs.", "Chile", "embassy"),
    ("Protesters attacked the embassy in Lima.", "protesters", "embassy"),
    # no state nor government: a mission shut or opened to the public, no ties with its host
    ("Protesters closed the embassy in Lima.", "protesters", "embassy"),
    ("Workers closed the consulate in Lima for the holiday.", "workers", "consulate"),
])
def test_a_mission_not_the_actors_own_abroad_keeps_its_target(write_article, sentence, actor, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _one(ds, actor=actor)
    assert ev["target"] == target


@pytest.mark.parametrize("sentence, who", [
    # an act that "call" names as something else is spoken of, not done (nor received) by the one who calls it so
    ("Amnesty called the air strike a war crime.", "Amnesty"),
    ("The minister called the protest a provocation.", "minister"),
    ("The president called the strike a disgrace.", "president"),
])
def test_an_act_called_something_is_not_the_callers(write_article, sentence, who):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert not ((ev["actor"] == who) | (ev["target"] == who)).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor, plover", [
    # "call" with no naming after its object orders the act: the caller's own
    ("The generals called an offensive against the rebels.", "generals", "ASSAULT"),
    ("The union called a strike and a march on Tuesday.", "union", "PROTEST"),
    # an "a" further on opens a phrase of its own (a time, a place, a purpose), not a name for the act
    ("The union called a national strike for a day.", "union", "PROTEST"),
    ("Rebels called a ceasefire an hour later.", "rebels", "RETREAT"),
    ("The opposition called a protest a week before the vote.", "opposition", "PROTEST"),
    ("The opposition called a rally at a stadium.", "opposition", "PROTEST"),
    ("The mayor called a meeting for a vote.", "mayor", "CONSULT"),
    ("Leaders called an emergency summit on a Sunday.", "leaders", "CONSULT"),
    ("The union called a strike after a breakdown in talks.", "union", "PROTEST"),  # a union's strike: labour
])
def test_an_act_called_with_nothing_named_stays_the_callers(write_article, sentence, actor, plover):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert plover in set(ev.loc[ev["actor"] == actor, "plover"]), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence", [
    # a weapon set off or laid is the means of an attack, never whom it is aimed at
    "Rebels exploded a series of bombs in the capital.",
    "Rebels detonated a car bomb outside the ministry.",
    "Rebels planted a bomb near the police station.",
])
def test_a_weapon_used_is_not_the_target(write_article, sentence):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _one(ds, actor="rebels")
    assert ev["cameo"].startswith("18") and "bomb" not in ev["target"], ev.to_dict()


@pytest.mark.parametrize("sentence, actor, target", [
    # a weapon's maker, named in the object, is not whom it is fired at: the "at"/"into" phrase says that
    ("Hamas fired Iranian-made rockets at Israel.", "Hamas", "Israel"),
    ("Hezbollah launched Syrian rockets into Israel.", "Hezbollah", "Israel"),
])
def test_a_weapons_maker_is_not_the_target(write_article, sentence, actor, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _one(ds, actor=actor)
    assert ev["target"] == target


@pytest.mark.parametrize("sentence, target", [
    # people and forces hit stay the target, also when a weapon is named after them
    ("Rebels stabbed a guard near the gate.", "guard"),
    ("Rebels attacked an army convoy carrying rockets.", "army convoy"),
])
def test_whom_a_weapon_hits_stays_the_target(write_article, sentence, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _one(ds, actor="rebels")
    assert ev["target"] == target


@pytest.mark.parametrize("sentence, actor", [
    # stopping one's own act of force de-escalates it (CAMEO 087, PLOVER RETREAT); the act stopped is not done
    ("The rebels ended their offensive.", "rebels"),
    ("The army halted its offensive on Monday.", "army"),
    ("Kalovia stopped its bombing of the port.", "Kalovia"),
    ("The rebels ended the siege on Monday.", "rebels"),
])
def test_stopping_ones_own_force_is_de_escalation(write_article, sentence, actor):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert list(ev["cameo"]) == ["087"] and list(ev["actor"]) == [actor], \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor", [
    # another side's force, named as its owner, is stopped by no de-escalation of the subject's
    ("The army ended the rebels' siege of the city.", "army"),
    ("Peru's army halted Chile's offensive.", "Peru army"),
    # another side named before the act's noun, by a "by" phrase, or the place it holds named after "of"
    ("The army halted the rebel offensive.", "army"),
    ("Kalovia stopped the Russian offensive near the border.", "Kalovia"),
    ("The army ended the enemy offensive.", "army"),
    ("Kurdish forces ended the Islamic State siege of the town.", "Kurdish forces"),
    ("The army ended the siege of the city by rebels.", "army"),
    ("Israel ended the occupation of Gaza.", "Israel"),
    # an act with no owner named, stopped by those who hold no arms nor a state: someone else's
    ("Police stopped the bombing campaign.", "police"),
    ("Villagers ended the siege.", "villagers"),
])
def test_stopping_another_sides_force_is_no_de_escalation(write_article, sentence, actor):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert "087" not in set(ev["cameo"]), ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_stopping_talks_still_reduces_relations(write_article):
    ds = write_article(HEAD + "The government ended talks with the rebels.\n", context=False)
    ev = _one(ds, actor="government")
    assert ev["cameo"] == "160"


@pytest.mark.parametrize("sentence, actor, plover", [
    # a verb carrying on an act reads its patterns on the act's phrase, not on where it is done: no hospitals opened
    ("Doctors began a sit-in at the hospital.", "doctors", "PROTEST"),
    ("Nurses began a strike at the hospital.", "nurses", "PROTEST"),
])
def test_where_a_carried_act_is_done_does_not_code_the_verb(write_article, sentence, actor, plover):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert list(ev["plover"]) == [plover] and list(ev["actor"]) == [actor], \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_a_carried_acts_own_words_still_code_the_verb(write_article):
    # the pattern that reads the act's own phrase stays: continuing a siege refuses to de-escalate (1246)
    ds = write_article(HEAD + "Rebels continued their siege of the city.\n", context=False)
    assert list(_events(ds)["cameo"]) == ["1246"]


@pytest.mark.parametrize("sentence, actor, cameo, target", [
    # a plural noun before a past written as its base is the subject, not a verb ("forces" as "compels")
    ("Security forces beat demonstrators outside parliament.", "Security forces", "182", "demonstrators"),
    ("Security forces hit demonstrators with batons.", "Security forces", "180", "demonstrators"),
])
def test_forces_before_a_past_like_its_base_are_the_subject(write_article, sentence, actor, cameo, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _one(ds)
    assert (ev["actor"], ev["cameo"], ev["target"]) == (actor, cameo, target)


@pytest.mark.parametrize("sentence, actor", [
    # "forces" before its object and a "to" stays the verb of compelling
    ("Poverty forces families to flee.", "Poverty"),
    ("Canada expels diplomats.", "Canada"),
])
def test_a_present_verb_before_its_object_stays_a_verb(write_article, sentence, actor):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _one(ds)
    assert ev["actor"] == actor


@pytest.mark.parametrize("sentence, actor, target", [
    # a country or its people right before "-made", "-built", "-supplied" … names who made or supplied a weapon, never
    # a side of the act: the target is whom it is used on, or none the text names
    ("The army bombed rebel positions with Russian-made rockets.", "army", ""),
    ("Houthi rebels launched Iranian-supplied drones at Saudi Arabia.", "Houthi rebels", "Saudi Arabia"),
    ("Rebels fired Russian-made missiles at Kalovia on Monday.", "rebels", ""),
    ("The army used US-built helicopters against the rebels.", "army", "rebels"),
    ("Hamas fired Iranian-made rockets at Israel.", "Hamas", "Israel"),
    ("Russian-made rockets hit Kyiv.", "", "Ukraine"),  # the maker is no doer either
])
def test_a_weapons_maker_or_supplier_is_no_side_of_the_act(write_article, sentence, actor, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _one(ds)
    assert (ev["actor"], ev["target"]) == (actor, target)


@pytest.mark.parametrize("sentence, actor, target", [
    # backing and leading are no making: those sides stay, and so does a country's weapon or force without "-made"
    ("Iranian-backed militias attacked the base.", "Iranian-backed militias", ""),
    ("The US-led coalition struck Mosul.", "US-led coalition", "Iraq"),
    ("Russian rockets hit Kyiv.", "Russia", "Ukraine"),
    ("Israel intercepted Iranian missiles.", "Israel", "Iran"),
    ("Russian forces shelled Ukrainian towns.", "Russian forces", "Ukraine"),
    ("Russia fired missiles at Ukrainian cities.", "Russia", "Ukraine"),
])
def test_a_country_that_backs_leads_or_owns_is_still_a_side(write_article, sentence, actor, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _one(ds)
    assert (ev["actor"], ev["target"]) == (actor, target)


def test_a_made_thing_struck_is_no_act_on_its_maker(write_article):
    ds = write_article(HEAD + "A Russian-made tank was destroyed.\n", context=False)
    ev = _one(ds)
    assert ev["actor"] == "" and ev["target"] != "Russia"


@pytest.mark.parametrize("sentence, actor, target", [
    # a country written before a weapon is whose weapon it is, not whom it is fired at, also without "-made"
    ("Rebels fired Russian rockets at the town.", "rebels", ""),
    ("The rebels fired Iranian missiles at the city.", "rebels", ""),
    ("Kalovia used US-supplied rockets against the bridge.", "Kalovia", ""),
    # a weapon shot down is hit, and its country with it
    ("Turkey shot down a Russian bomber.", "Turkey", "Russia"),
])
def test_a_weapons_country_is_not_whom_it_is_fired_at(write_article, sentence, actor, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _one(ds)
    assert (ev["actor"], ev["target"]) == (actor, target)


@pytest.mark.parametrize("sentence, actor", [
    # an air or drone strike stopped is force de-escalated (087, RETREAT), not a labour strike called off (082)
    ("The army suspended air strikes on the city.", "army"),
    ("Kalovia halted its drone strikes on the port.", "Kalovia"),
])
def test_stopping_air_strikes_is_de_escalation(write_article, sentence, actor):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _one(ds, actor=actor)
    assert (ev["cameo"], ev["plover"]) == ("087", "RETREAT")


@pytest.mark.parametrize("sentence, actor", [
    # staging an air or drone strike is the attack (195), not a labour strike staged (140)
    ("The air force staged an air strike on the depot.", "air force"),
    ("Kalovia staged drone strikes on the convoy.", "Kalovia"),
])
def test_staging_an_air_strike_is_an_attack(write_article, sentence, actor):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _one(ds, actor=actor)
    assert (ev["cameo"], ev["plover"]) == ("195", "ASSAULT")


def test_a_country_stepping_up_its_attacks_attacks(write_article):
    ds = write_article(HEAD + "Russia stepped up its attacks on Ukrainian cities.\n", context=False)
    ev = _one(ds, actor="Russia")
    assert (ev["plover"], ev["target"]) == ("ASSAULT", "Ukraine")


@pytest.mark.parametrize("sentence, country", [
    # a country's "attacks" on a policy, the media or a record are words, as a politician's are
    ("China stepped up its attacks on US trade policy.", "China"),
    ("Russia stepped up its attacks on the media.", "Russia"),
    ("Iran stepped up its attacks on Saudi Arabia's human rights record.", "Iran"),
    ("Beijing stepped up its attacks on Washington over Hong Kong.", "China"),
])
def test_a_country_stepping_up_attacks_in_words_is_no_assault(write_article, sentence, country):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert not ((ev["actor"] == country) & ev["plover"].eq("ASSAULT")).any(), \
        ev[["actor", "cameo", "target"]].to_dict("records")


def test_opening_an_inquiry_into_a_fire_is_no_shooting(write_article):
    ds = write_article(HEAD + "Police opened an investigation into the fire at the factory.\n", context=False)
    assert _one(ds, actor="police")["plover"] == "ACCUSE"  # CAMEO 090 investigate, not 193 small-arms fire


@pytest.mark.parametrize("sentence, actor", [
    # a body named by its agent noun and the region or town it serves ("the government of X province") acts
    ("The government of Sindh province ordered patrols by police.", "government of Sindh province"),
    ("The government of Punjab province arrested ten men.", "government of Punjab province"),
])
def test_a_body_of_a_region_is_the_actor(write_article, sentence, actor):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert _one(ds)["actor"] == actor


@pytest.mark.parametrize("sentence, caller", [
    # what a verb of naming calls its object is a judgment of that act, not an act of the one who names it
    ("The UN called the killing a massacre.", "United Nations"),
    ("Kalovia termed the shooting a massacre.", "Kalovia"),
    ("The prime minister called the attack on the mosque an act of terrorism.", "prime minister"),
    ("Rights groups called the bombing of the hospital a war crime.", "rights groups"),
    ("Kalovia called the strike on the convoy an act of war.", "Kalovia"),
])
def test_an_act_named_as_something_is_not_the_namers(write_article, sentence, caller):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert not ((ev["actor"] == caller) & ev["plover"].eq("ASSAULT")).any(), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor", [
    # workers or a union calling a strike take up their own labour strike (143), no attack
    ("The union called a strike for Monday.", "union"),
    ("Teachers called a strike over pay.", "teachers"),
])
def test_calling_a_strike_is_a_labour_strike(write_article, sentence, actor):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert _one(ds, actor=actor)["plover"] == "PROTEST"


@pytest.mark.parametrize("sentence, target", [
    # a landmine, a minefield or a grenade is a weapon: its blast killing people is an attack by someone unnamed,
    # also with where it went off written after it
    ("A landmine killed two children.", "children"),
    ("A minefield explosion near the town of Kalo killed two shepherds.", "shepherds"),
    ("A grenade blast wounded three policemen.", "policemen"),
    # the weapon named in an "of" phrase after the blast noun
    ("The explosion of a car bomb in Kalo killed ten people.", "people"),
    ("The explosion of a roadside bomb near Kalo killed three soldiers.", "soldiers"),
    ("The blast of a landmine near the village killed two farmers.", "farmers"),
])
def test_a_mine_or_grenade_blast_is_an_attack(write_article, sentence, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _one(ds)
    assert (ev["actor"], ev["plover"], ev["target"]) == ("", "ASSAULT", target)


def test_a_thrown_grenade_stays_a_light_weapon_attack(write_article):
    # the dictionary codes a grenade hurled or thrown as small arms and light weapons (193), not a bombing (183)
    ds = write_article(HEAD + "Rebels threw a grenade at the police station in Kalo.\n", context=False)
    assert _one(ds, actor="rebels")["cameo"] == "193"


@pytest.mark.parametrize("sentence", [
    # a hearing about a bill, or none held, is no investigation
    "The committee held a hearing on the bill.",
    "The Senate did not hold hearings into the collapse.",
])
def test_a_hearing_on_a_bill_is_no_investigation(write_article, sentence):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert not _events(ds)["cameo"].eq("090").any()


@pytest.mark.parametrize("sentence, actor", [
    # a hearing opened or held into a matter looks into it (CAMEO 090 investigate, PLOVER's ACCUSE family)
    ("The court opened a hearing Wednesday into the legality of the raids.", "court"),
    ("The Senate held hearings into the bank's collapse.", "Senate"),
])
def test_a_hearing_into_a_matter_is_an_investigation(write_article, sentence, actor):
    ds = write_article(HEAD + sentence + "\n", context=False)
    assert _one(ds, actor=actor)["cameo"] == "090"


@pytest.mark.parametrize("sentence, target", [
    # an envoy summoned to hear a complaint is whom it is made to, not what it is about
    ("Peru summoned Chile's ambassador to complain of inaction over the gangs.", "Chile ambassador"),
    ("Peru summoned the Bolivian envoy to complain of raids by Chilean troops.", "Bolivian envoy"),
])
def test_a_complaint_after_summoning_is_made_to_the_summoned(write_article, sentence, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _one(ds, action="complain")
    assert (ev["plover"], ev["target"]) == ("ACCUSE", target)


@pytest.mark.parametrize("sentence, target", [
    # a refusal "despite pressure by X" is aimed at X, who pressed for the act refused
    ("The mayor has declined to resign despite growing pressure by the opposition.", "opposition"),
    ("The president declined to step down despite mounting pressure from the unions.", "unions"),
])
def test_a_refusal_despite_pressure_is_aimed_at_who_pressed(write_article, sentence, target):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _one(ds, plover="REJECT")
    assert ev["target"] == target


@pytest.mark.parametrize("sentence, actor, pressing", [
    # pressure in another clause, or a refusal not made, names no target
    ("Israel rejected the plan, and Egypt accepted it despite pressure from Iran.", "Israel", "Iran"),
    ("Kalovia rejected the plan, and Peru accepted it despite calls from Chile.", "Kalovia", "Chile"),
    ("The mayor did not refuse to resign despite pressure from the opposition.", "mayor", "opposition"),
    ("The minister never refused to step down despite calls from the unions.", "minister", "unions"),
])
def test_pressure_elsewhere_is_no_target_of_a_refusal(write_article, sentence, actor, pressing):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert not ((ev["actor"] == actor) & (ev["target"] == pressing)).any(), \
        ev[["actor", "action", "cameo", "target"]].to_dict("records")


def test_people_ordered_out_of_a_country_are_expelled_and_the_refusal_after_stays(write_article):
    ds = write_article(HEAD + "Chile opened its borders to Peruvians ordered out of Bolivia, but was still refusing "
                              "entry to Ecuadorians.\n", context=False)
    expelled = _one(ds, action="ordered")
    assert (expelled["cameo"], expelled["actor"], expelled["target"]) == ("174", "", "Peruvians")
    assert _one(ds, actor="Chile", plover="REJECT")["target"] == "Ecuadorians"


@pytest.mark.parametrize("sentence, expelled", [
    # people ordered out of a country as the subject are those expelled, not who expels the country
    ("Thousands of Peruvians ordered out of Bolivia arrived in Lima on Monday.", "Peruvians"),
    ("Hundreds of Ecuadorians ordered out of Chile reached the border.", "Ecuadorians"),
])
def test_people_ordered_out_as_the_subject_are_expelled(write_article, sentence, expelled):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert not ev["actor"].eq(expelled).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor", [
    # a bare "said X pulled out of": X withdrew, no one withdrew X
    ("Officials said the troops pulled out of the town on Monday.", "troops"),
    ("The agency reported the soldiers pulled back from the border.", "soldiers"),
    ("Police said protesters broke out of the cordon near the palace.", "protesters"),
])
def test_a_reported_verb_with_a_particle_keeps_its_subject(write_article, sentence, actor):
    ds = write_article(HEAD + sentence + "\n", context=False)
    ev = _events(ds)
    assert ev["actor"].eq(actor).any(), ev[["actor", "action", "cameo", "target"]].to_dict("records")


@pytest.mark.parametrize("sentence, actor", [
    ("Mara Velde will testify before the budget committee.", ""),  # a hearing still to come: no speech yet
    ("Mara Velde testified before the budget committee on Thursday.", "Mara Velde"),
    ("Speaking to reporters in Lima on Sunday, Mara Velde defended the budget.", "Mara Velde"),
])
def test_testifying_and_an_opening_speaking_to_an_audience_are_speeches(write_article, sentence, actor):
    ev = _events(write_article(HEAD + sentence + "\n", context=False))
    speech = ev[ev["event_type"] == "speech"]
    assert list(speech["actor"]) == ([actor] if actor else []), ev[["actor", "action", "cameo"]].to_dict("records")
    assert (speech["cameo"] == "010").all()
