"""Actors: people, organisations and groups with roles read from the article."""

from __future__ import annotations

import pytest

import analysis


def _actor(ds, name):
    rows = ds.actors[ds.actors["name"] == name]
    assert len(rows) == 1, f"{name!r} not one actor row: {list(ds.actors['name'])}"
    return rows.iloc[0]


PEOPLE = [
    "Akram al-Kaabi", "Donald Trump", "Ali Khamenei", "Dominic Raab", "Mohammad Javad Zarif",
    "Mark Esper", "Qassem Suleimani", "Haider al-Abadi", "Khalid al-Obaidi", "Stuart E. Jones",
]


@pytest.mark.parametrize("name", PEOPLE)
def test_people_from_article(seed, name):
    row = _actor(seed, name)
    assert row["kind"] == "person"
    assert row["source"] == "article"
    assert row["mentions"] >= 1


def test_khamenei_role(seed):
    row = _actor(seed, "Ali Khamenei")
    assert "supreme leader" in row["role"].lower()
    assert row["country"] == "Iran"


def test_al_kaabi(seed):
    row = _actor(seed, "Akram al-Kaabi")
    assert row["affiliation"] == "Harakat al-Nujaba"
    assert row["country"] == "Iraq"


def test_obaidi_canonical_name(seed):
    names = set(seed.actors["name"])
    assert "Khalid al-Obaidi" in names
    assert "Khalid al Obaidi" not in names
    row = _actor(seed, "Khalid al-Obaidi")
    assert "defense minister" in row["role"].lower() or "defence minister" in row["role"].lower()
    assert row["country"] == "Iraq"


def test_abadi_role(seed):
    row = _actor(seed, "Haider al-Abadi")
    assert "prime minister" in row["role"].lower()
    assert row["country"] == "Iraq"


def test_stuart_jones_is_one_person(seed):
    names = set(seed.actors["name"])
    assert "Stuart E. Jones" in names
    for fragment in ("Stuart E.", "E. Jones", "Jones", "Stuart"):
        assert fragment not in names
    mentions = seed.mentions[seed.mentions["text"].str.contains("Jones", regex=False)]
    assert set(mentions["name"]) == {"Stuart E. Jones"}


def test_no_typo_in_names(seed):
    for column in ("name", "affiliation", "country"):
        assert not seed.actors[column].str.contains("Iraqui", case=False, regex=False).any(), column


def test_nujaba_is_a_group(seed):
    row = _actor(seed, "Harakat al-Nujaba")
    assert row["kind"] == "group"


@pytest.mark.parametrize("name, kind", [("Pentagon", "organization"), ("NATO", "organization"), ("Quds Force", "organization"), ("Islamic State", "group")])
def test_organisations(seed, name, kind):
    assert _actor(seed, name)["kind"] == kind


def test_article_actor_mentions(seed):
    art = seed.actors[seed.actors["source"] == "article"]
    assert len(art) >= len(PEOPLE)
    assert (art["mentions"] >= 1).all()


def test_mentions_link_to_actors(seed):
    ids = set(seed.actors["actor_id"])
    linked = seed.mentions[seed.mentions["actor_id"] != ""]
    assert len(linked) >= 1
    assert set(linked["actor_id"]) <= ids


def test_credit_is_not_a_person(seed):
    names = set(seed.actors["name"])
    assert "ALI ABBAS" not in names and "Ali Abbas" not in names


def test_a_title_with_of_in_it_is_the_role_not_part_of_the_name(write_article):
    ds = write_article("Talks\nSecretary of State Mara Velde said the talks would resume.\n", context=False)
    row = _actor(ds, "Mara Velde")
    assert row["role"] == "Secretary of State"


@pytest.mark.parametrize("sentence", [
    "Maria Lopez, a lawyer who led Baker's campaign team, is running for the state senate.",
    "Maria Lopez, the aide that ran Baker's office, is running for the state senate.",
    "Maria Lopez, whose firm advised Baker's campaign, is running for the state senate.",
])
def test_a_relative_clause_before_a_name_gives_that_name_no_role(write_article, sentence):
    ds = write_article("Race\nTom Baker spoke on Monday.\n\n" + sentence + "\n", context=False)
    assert _actor(ds, "Tom Baker")["role"] == "", ds.actors[["name", "role"]].to_dict("records")


def test_a_role_right_before_a_possessive_name_is_still_its_role(write_article):
    ds = write_article("Visit\nSecretary of State Mara Velde's visit to Lima was cut short on Monday.\n", context=False)
    assert _actor(ds, "Mara Velde")["role"] == "Secretary of State"



@pytest.mark.parametrize("article, thing", [
    ("tests/articles/pakistan_floods.txt", "heavy rain"),  # "more heavy rain was expected": weather, no one
    ("tests/articles/ukraine_frontline.txt", "road bridge"),  # "a road bridge … had been destroyed": the target, a thing
    ("tests/articles/north_korea_missiles.txt", "missiles"),
])
def test_a_thing_in_an_events_slot_is_no_actor(article, thing):
    assert thing not in set(analysis.load(article).actors["name"])


@pytest.mark.parametrize("sentence, people", [
    # near misses: people or bodies written in lower case stay actors
    ("Police arrested dozens of protesters outside the ministry on Monday.", "protesters"),
    ("Gunmen kidnapped two aid workers on Monday.", "aid workers"),
    # kin, age, crowd and role words no agent table lists
    ("Law enforcement arrested two suspects in Chicago.", "law enforcement"),
    ("A teenager was stabbed in London on Monday.", "teenager"),
    ("A toddler was rescued from the river on Monday.", "toddler"),
    ("The couple was arrested in Rome on Monday.", "couple"),
    ("The family was evacuated from the town on Monday.", "family"),
    ("The cyclist was injured in the crash on Monday.", "cyclist"),
    ("The hostages were freed by commandos on Monday.", "hostages"),
    ("The pitcher was injured in the game on Monday.", "pitcher"),
])
def test_people_in_lower_case_stay_actors(write_article, sentence, people):
    assert people in set(write_article(sentence + "\n").actors["name"])


@pytest.mark.parametrize("words, people", [
    ("heavy rain", False), ("the poll", False), ("road bridge", False), ("rubble of a house", False),
    ("voters", True), ("parents", True), ("the public", True), ("hundreds", True), ("tribesmen", True), ("crew", True),
    ("five", False), ("army base", False), ("missiles", False), ("percent of voters", True), ("families of victims", True), ("city commissioners", True),
    ("any bank", True), ("the company", True),
])
def test_which_lower_case_descriptions_name_people_or_a_body(words, people):
    from analysis.extract.speakers import names_people_or_a_body

    assert names_people_or_a_body(words) is people
