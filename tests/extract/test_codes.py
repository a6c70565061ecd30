"""The CAMEO and PLOVER lexicon (analysis.extract.codes): verbs in context, frames, nouns, PLOVER categories."""

from __future__ import annotations

import csv
import subprocess
import sys

import pytest

from analysis.extract import codes
from conftest import ROOT


@pytest.mark.parametrize("lemma, after, code", [
    ("impose", ["sanction", "on", "the", "regime"], "163"),  # a dictionary pattern: "* SANCTIONS"
    ("arrest", ["two", "man"], "173"),
    ("expel", ["diplomat"], "166"),  # a curated pattern (the labelled set's convention) over the dictionary's 161
    ("launch", ["missile", "at", "the", "base"], "195"),  # a curated pattern: missiles fly
    ("demand", ["the", "withdrawal", "of", "force"], "1056"),  # a content word beats a bare preposition
    ("call", ["the", "plan", "a", "disgrace"], "---"),  # "called X Y" characterises: no phone call
    ("agree", ["on", "wednesday"], "030"),  # agreeing is PLOVER's AGREE, not the dictionary's 050 (SUPPORT)
    ("agree", ["to", "sanction"], "163"),  # a dictionary pattern still beats the curated default
    ("telephone", ["the", "minist", "on", "tuesday"], "041"),  # a call made, not "called on"
    ("accept", ["the", "offer"], "030"),  # accepting is agreeing
    ("accept", ["demand", "from", "the", "rebel"], "083"),  # accepting demands is acceding to them
    ("accept", ["charge"], "015"),  # a dictionary pattern still wins
    ("demand", ["that", "they", "report", "on", "him"], "100"),  # a demand "on" is no attack
])
def test_verb_codes_in_context(lemma, after, code):
    assert codes.verb_code(lemma, before=[], after=after) == code


@pytest.mark.parametrize("words, code", [
    # a verb the dictionary lacks, read by its synonyms' (the boost block of "step up", "intensify") patterns
    ("its military efforts in Syria", "154"),
    ("pressure on Iran", "100"),
    ("its offensive", "190"),
    # no code of its own: increasing what is no act is no event (the block's own 060, material cooperation)
    ("production", "---"),
    ("testing for the virus", "---"),
    # the object's head only: a fight named further on is not what is ramped up
    ("fundraising and hire staff in anticipation of the fight ahead", "---"),
])
def test_ramp_up_reads_as_step_up_on_its_object(words, code):
    assert codes.verb_code("ramp up", after=[codes.stem(w) for w in words.lower().split()]) == code


@pytest.mark.parametrize("words, code", [
    ("a nuclear test", "---"),  # a light verb: the noun codes the act
    ("raids in the capital", "---"),
    ("an orchestra", "---"),  # and conducting music is no event
    ("an investigation into the bombing", "091"),  # the dictionary's patterns on its object still code
])
def test_conduct_is_a_light_verb(words, code):
    assert codes.verb_code("conduct", after=[codes.stem(w) for w in words.lower().split()]) == code


@pytest.mark.parametrize("code, modality, becomes", [
    ("0841", "intent", "0353"),   # will release → express intent to release
    ("195", "intent", "1384"),    # will strike → threaten conventional attack
    ("166", "threaten", "136"),   # threatened to expel → threaten to halt international involvement
    ("0841", "demand", "1053"),   # must release → demand release
    ("036", "refuse", "125"),     # refused to meet → reject proposal to meet
    ("186", "attempt", "185"),    # tried to assassinate → attempt to assassinate
    ("173", "", "173"),
])
def test_modal_frames_compose(code, modality, becomes):
    assert codes.compose(code, modality) == becomes


def test_appeals_are_requests_and_plover_categories_follow_the_table():
    assert codes.as_request("0233") == "1033"
    assert codes.plover("1033")[0] == "REQUEST"
    assert codes.plover("195") == ("ASSAULT", "heavy-weapons")
    assert codes.plover("173") == ("COERCE", "arrest")
    assert codes.plover("163")[0] == "COERCE"  # CAMEO2PLOVER-2021 maps 163 to COERCE
    assert codes.plover("016")[0] == "REJECT"  # the manual's own note 2
    assert codes.plover("010") == ("", "")  # PLOVER dropped statements


def test_forms_regular_irregular_and_multiword():
    assert "strike" in codes.lemmas("struck") and "withdraw" in codes.lemmas("withdrawn")
    assert "arrest" in codes.lemmas("arrested") and "stop" in codes.inflections("stop") and "stopped" in codes.inflections("stop")
    assert "blow up" in codes.lexicon().particles.get("blew", ())


def test_event_nouns_and_unnamed_actors():
    assert codes.noun_code(["drone", "strike"]) == "195"
    assert codes.noun_code(["delivery"], after=["of", "four", "f-16"]) == "072"  # read by the verb's patterns
    assert codes.noun_code(["breakfast"]) == codes.NO_EVENT
    assert codes.agent_sector(["riot", "police"]) == "COP" and codes.agent_sector(["gunmen"]) == "UAF"
    assert codes.agent_sector(["sandwich"]) == ""


def test_every_code_the_lexicon_gives_has_a_name_and_goldstein_value():
    names = {r["code"] for r in csv.DictReader(open(ROOT / "data" / "cameo.csv", encoding="utf-8"))}
    lex = codes.lexicon()
    given = {c for c, _, _ in lex.verbs.values()} | set(lex.nouns.values())
    given |= {r["becomes"] for r in csv.DictReader(open(ROOT / "data" / "cameo_modality.csv", encoding="utf-8"))}
    missing = {c for c in given if c not in ("---", "move") and c not in names}
    assert not missing, sorted(missing)


@pytest.mark.parametrize("table", ["cameo_verbs", "cameo_patterns", "cameo_synsets", "agent_nouns", "plover", "event_verbs",
                                   "event_patterns", "cameo_nouns", "event_modality", "cameo_modality", "event_types",
                                   "irregular_verbs"])
def test_every_lexicon_row_cites_its_source(table):
    rows = list(csv.DictReader(open(ROOT / "data" / f"{table}.csv", encoding="utf-8")))
    assert rows and all(r["source"].strip() for r in rows), table


def test_the_compiled_lexicon_is_cached_and_a_broken_cache_is_rebuilt(tmp_path):
    env_code = ("import os; os.environ['ANALYSIS_CACHE_DIR'] = {0!r}; from analysis.extract import codes; "
                "print(codes.verb_code('arrest', after=['two', 'man']))").format(str(tmp_path))
    first = subprocess.run([sys.executable, "-c", env_code], check=True, capture_output=True, text=True, cwd=ROOT)
    cached = list((tmp_path / "analysis-news").glob("lexicon-*.marshal"))
    assert first.stdout.strip() == "173" and len(cached) == 1
    cached[0].write_bytes(b"not a marshal file")
    again = subprocess.run([sys.executable, "-c", env_code], check=True, capture_output=True, text=True, cwd=ROOT)
    assert again.stdout.strip() == "173" and again.stderr == ""


def test_workers_striking_is_a_labour_strike():
    assert codes.verb_code("strike", before=["the", "teacher"], after=["for", "higher", "pay"]) == "143"
    assert codes.noun_code(["general", "strike"]) == "143"


@pytest.mark.parametrize("lemma, before, code", [
    ("question", ["police"], "090"),  # investigators questioning someone investigate
    ("halt", ["a", "federal", "judge"], "120"),  # a court stopping a rule rejects it
    ("block", ["the", "court"], "120"),
])
def test_who_acts_decides_the_code(lemma, before, code):
    assert codes.verb_code(lemma, before=[codes.stem(w) for w in before]) == code


def test_supplies_delivered_are_aid():
    after = [codes.stem(w) for w in "blankets and supplies to the town".split()]
    assert codes.verb_code("bring", after=after) == codes.verb_code("send", after=after) == "070"


def test_railing_against_is_criticism_and_a_conversation_is_a_consultation():
    assert codes.verb_code("rail against", after=["the", "judg"]) == "111"
    assert codes.noun_code(["conversations"]) == "040"


@pytest.mark.parametrize("lemma, before, after, code", [
    ("surrender", ["rebel"], [], "0874"),  # a military surrender, not any yielding (080)
    ("surrender", ["the", "suspect"], [], "080"),  # a suspect giving himself up yields
    ("allow", [], ["the", "delivery", "of", "grain"], "0863"),
    ("send", [], ["arm", "to", "pakistan"], "072"),  # weapons sent to another side are military aid
    ("receive", [], ["a", "mission", "of", "observer"], "0862"),
    ("ease", [], ["emergency", "measure"], "0814"),
    ("ease", [], ["tension"], "060"),  # the dictionary's own code still stands elsewhere
    ("demobilize", [], [], "0873"),
    ("step down", [], [], "083"),  # as "resign"
])
def test_curated_codes_with_their_subject_and_object(lemma, before, after, code):
    assert codes.verb_code(lemma, before=before, after=after, passive=False) == code


@pytest.mark.parametrize("after, code", [
    (["the", "weapon", "inspector", "on", "friday"], "1662"),  # inspectors leave: "weapons" is no retreat of forces
    (["it", "election", "monitor", "after", "the", "vote"], "1662"),
    (["the", "observer", "it", "had", "sent"], "1662"),
    (["it", "troop", "from", "the", "border"], "0874"),  # forces still retreat
    (["it", "cooperation", "with", "un", "inspector"], "080"),  # the object's head is the cooperation
])
def test_withdrawing_inspectors_or_observers_is_1662(after, code):
    assert codes.verb_code("withdraw", after=after) == code


@pytest.mark.parametrize("lemma, after, agent, code", [
    # the words of a passive's "by" agent name who acted: a pattern about the object ("attack … government", 111)
    # does not read them
    ("attack", ["by", "government", "troop"], (0, 2), "190"),
    ("attack", ["on", "sunday", "by", "government", "supporter"], (2, 2), "190"),
    # a pattern that itself reads "by" is about the agent and still does
    ("host", ["by", "egypt"], (0, 1), "042"),
    ("kill", ["by", "shot"], (0, 1), "193"),
    # the same words outside an agent are read as before
    ("attack", ["the", "government"], None, "111"),
])
def test_a_passive_agent_is_read_only_by_patterns_about_the_agent(lemma, after, agent, code):
    assert codes.verb_code(lemma, after=after, passive=agent is not None, agent=agent) == code


@pytest.mark.parametrize("lemma, after, code", [
    # "government" before a force noun says whose forces are fought, not that the government is opposed (111)
    ("attack", ["government", "troops", "near", "the", "town"], "190"),
    ("fight", ["government", "forces", "in", "the", "north"], "190"),
    ("clash", ["with", "government", "soldiers"], "190"),
    ("fight", ["the", "government", "army"], "190"),
    # a weapon still refines the code
    ("attack", ["government", "troop", "with", "artillery"], "194"),
    # the government itself, or a word after it that is no force, keeps the dictionary's reading
    ("fight", ["the", "government"], "111"),
    ("attack", ["the", "government", "over", "the", "tax"], "111"),
    ("attack", ["the", "government", "over", "troop", "pay"], "111"),
    ("attack", ["government", "policy"], "111"),
    # a force noun that only modifies another noun: the head is criticised, not the forces attacked
    ("attack", ["government", "military", "spending"], "111"),
    ("attack", ["government", "troop", "cuts"], "111"),
    ("attack", ["government", "army", "reforms", "in", "parliament"], "111"),
    ("attack", ["government", "forces", "conduct"], "111"),  # "forces' conduct": the mark is not among the words
    # Accepted miss, not a wanted reading: these words alone cannot tell "Rebels attacked the government military" (an
    # attack) from "attacked government military spending" cut before "spending" when the clause reader takes it for
    # a verb, and reading an attack here made that criticism an attack (a640bf9); the attack is the one left out.
    ("attack", ["government", "military"], "111"),
    # a time word ends the phrase; a force word before a military object names the forces' own
    ("attack", ["government", "troops", "monday"], "190"),
    ("attack", ["government", "troop", "convoys"], "190"),
    ("attack", ["government", "military", "posts"], "190"),
    ("attack", ["government", "troop", "cuts", "yesterday"], "111"),
])
def test_government_naming_whose_forces_is_no_opposition_to_the_government(lemma, after, code):
    assert codes.verb_code(lemma, after=[codes.stem(w) for w in after]) == code


@pytest.mark.parametrize("lemma, after, code", [
    # event_verbs.csv keeps the dictionary's refuse patterns for "deny": what else is denied is coded by them
    ("deny", ["bail", "to", "the", "two", "men"], "1243"),
    ("deny", ["entry", "to", "the", "delegation"], "120"),  # curated: a state's refusal, not 144 obstruction
    # on the verb's object noun only: a "that" clause or a gerund is a claim or an act denied (016)
    ("deny", ["that", "the", "meeting", "had", "taken", "place"], "016"),
    ("deny", ["holding", "secret", "talk", "with", "the", "rebel"], "016"),
    ("deny", ["the", "allegation"], "016"),
    # a row without "dictionary" keeps no pattern: "rallied outside parliament" is no riot (the mobilize block's 145)
    ("rally", ["outside", "parliament"], "141"),
    ("rally", ["in", "support", "of", "the", "president"], "053"),
])
def test_a_curated_verb_keeps_the_dictionary_patterns_its_row_names(lemma, after, code):
    assert codes.verb_code(lemma, after=after) == code


@pytest.mark.parametrize("after, code", [
    # praise of a strike no one is named the target of is praise (a labour strike, or an attack on no one named)
    (["the", "strike"], "051"),
    (["the", "general", "strike", "by", "nurse"], "051"),
    # praise of a strike on or against someone stays the dictionary's disapproval of them
    (["the", "air", "strike", "on", "the", "rebel", "base"], "110"),
    (["the", "strike", "against", "the", "rebel"], "110"),
])
def test_welcoming_a_strike_is_praise_unless_it_is_on_someone(after, code):
    assert codes.verb_code("welcome", after=after) == code


@pytest.mark.parametrize("word, forms", [
    ("families", ("families", "family", "familie")),
    ("goalies", ("goalies", "goaly", "goalie")),  # either singular of '-ies' may be the noun
    ("tribesmen", ("tribesmen", "tribesman")),
    ("vendors", ("vendors", "vendor")),
    ("press", ("press",)),  # no plural: "-ss"
    ("bus", ("bus",)),  # too short to tell
    ("vendor", ("vendor",)),
])
def test_singulars_gives_the_word_and_its_regular_singular(word, forms):
    """One reading of a regular plural, shared by the people nouns of mentions and speakers."""
    assert codes.singulars(word) == forms


@pytest.mark.parametrize("after, code", [
    # a crowd broken up is force used on it (175), as the dictionary reads "dispersed the protest"
    (["the", "demonstrators", "with", "tear", "gas"], "175"),
    (["a", "crowd", "of", "students"], "175"),
    (["the", "angry", "crowd"], "175"),
    (["the", "protest"], "175"),
    # what is spread, or no object, keeps the verb's own code
    (["leaflets", "in", "the", "market"], "010"),
    (["peacefully", "after", "the", "speech"], "010"),
    # the crowd word is not the object's head: something else is spread (the possessive's mark is not among the words)
    (["funds", "to", "the", "crowd"], "010"),
    (["the", "funds", "among", "the", "protesters", "families"], "010"),
    (["the", "crowd", "leaflets"], "010"),
    # a rally or march may be ended by its own organisers: no row reads it
    (["the", "rally", "at", "noon"], "010"),
])
def test_dispersing_a_crowd_is_violent_repression(after, code):
    assert codes.verb_code("disperse", after=[codes.stem(w) for w in after]) == code


@pytest.mark.parametrize("lemma, after, code", [
    # troops anywhere after "against" are what a march or a demonstration is against: a protest
    ("demonstrate", ["against", "the", "presence", "of", "us", "troops"], "141"),
    ("march", ["against", "the", "deployment", "of", "foreign", "forces"], "141"),
    # troops marched, or shown, with no "against" before them, stay a show of force (152)
    ("march", ["troops", "into", "the", "capital"], "152"),
    ("march", ["soldiers", "to", "the", "border", "against", "the", "rebels"], "152"),
])
def test_marching_against_troops_is_a_protest(lemma, after, code):
    assert codes.verb_code(lemma, after=[codes.stem(w) for w in after]) == code


@pytest.mark.parametrize("after, code", [
    # rebuffing is turning down (120), not the dictionary's own criticism (110)
    (["calls", "for", "talks"], "120"),
    ([], "120"),
    # its patterns still code what is rebuffed
    (["the", "opposition", "demands"], "123"),
    (["the", "offer"], "125"),
])
def test_rebuffing_is_a_rejection(after, code):
    assert codes.verb_code("rebuff", after=[codes.stem(w) for w in after]) == code


@pytest.mark.parametrize("lemma, words, code", [
    # more patrols show police or military power (150), a posture: no threat is said (the dictionary's 130)
    ("step up", "patrols in the capital", "150"),
    ("step up", "night patrols along the border", "150"),
    ("ramp up", "patrols near the camps", "150"),
    ("increase", "naval patrols in the Baltic", "150"),
    ("intensify", "its patrols after the attack", "150"),
    ("boost", "police patrols", "150"),
    # patrols that are not what is increased keep the object's own code
    ("step up", "threats against police patrols", "130"),
    ("step up", "its warnings to patrols", "130"),
    ("step up", "attacks on police patrols", "not 150"),
])
def test_increasing_patrols_is_a_show_of_force_not_a_threat(lemma, words, code):
    coded = codes.verb_code(lemma, after=[codes.stem(w) for w in words.lower().split()])
    assert coded != code[4:] if code.startswith("not ") else coded == code


@pytest.mark.parametrize("lemma, words, code", [
    # a contest in court is no meeting (the dictionary reads "face" as meeting people); "face off", a verb with no code
    # of its own, is tested where it can fail: test_events.py::test_a_contest_is_no_meeting
    ("face", "the EPA in court next week", "---"),
    ("face", "critics in court on Monday", "---"),
    # meeting people face to face still is one
    ("face", "reporters in the capital", "040"),
])
def test_a_contest_faced_is_no_meeting(lemma, words, code):
    assert codes.verb_code(lemma, after=[codes.stem(w) for w in words.lower().split()]) == code


@pytest.mark.parametrize("words, passive, code", [
    # caught on a recording is recorded, not seized (the dictionary reads "catch" as an arrest)
    ("on camera shouting at a reporter", True, "---"),
    ("on a federal wiretap discussing a payment", True, "---"),
    ("two smugglers on video", False, "---"),
    # caught where one is is still an arrest
    ("near the border", True, "171"),
    ("the gunman on a train", False, "171"),
])
def test_caught_on_a_recording_is_no_seizure(words, passive, code):
    assert codes.verb_code("catch", after=[codes.stem(w) for w in words.lower().split()], passive=passive) == code
