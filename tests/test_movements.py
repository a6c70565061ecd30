"""Movements: strikes from an origin to a target, withdrawals towards a destination."""

from __future__ import annotations

import pandas as pd
import pytest


def test_missile_strike_from_iran_to_iraq(seed):
    mv = seed.movements[seed.movements["source"] == "article"]
    hits = mv[(mv["kind"] == "missile_strike") & (mv["origin"] == "Iran")]
    assert len(hits) >= 1, mv[["kind", "origin", "destination"]].to_dict("records")
    assert (hits["destination"] == "Iraq").any()


def test_troop_withdrawals_to_kuwait(seed):
    mv = seed.movements[seed.movements["kind"] == "troop_withdrawal"]
    to_kuwait = mv[mv["destination"] == "Kuwait"]
    assert {"Baghdad", "Iraq"} <= set(to_kuwait["origin"]), mv[["origin", "destination"]].to_dict("records")


def test_ids_join_to_locations(seed):
    loc = seed.locations.set_index("location_id")
    for row in seed.movements.itertuples():
        for name, lid in ((row.origin, row.origin_id), (row.destination, row.destination_id)):
            if not name:
                assert lid == ""
                continue
            assert lid in loc.index, (name, lid)
            assert loc.loc[lid, "name"] == name


def test_article_movements_link_events(seed):
    events = set(seed.events["event_id"])
    for row in seed.movements[seed.movements["source"] == "article"].itertuples():
        assert row.event_id in events
        assert not pd.isna(row.start) and 0 <= row.start < row.end <= len(seed.text)


def test_context_drone_strike(seed):
    ctx = seed.movements[(seed.movements["source"] == "context") & (seed.movements["kind"] == "drone_strike")]
    assert len(ctx) >= 1
    row = ctx.iloc[0]
    assert row["destination"] == "Baghdad International Airport"
    assert row["citation"].startswith("http")
    assert pd.isna(row["start"]) and pd.isna(row["end"])
    assert row["date"] == pd.Timestamp("2020-01-03")


def test_no_context_movements_without_context(seed_no_context):
    assert (seed_no_context.movements["source"] == "article").all()
    assert len(seed_no_context.movements) >= 1


def test_no_movement_from_quotes(seed):
    # "return to their dens" (al-Kaabi) is a threat, not a troop movement
    direct = seed.quotes[seed.quotes["kind"] == "direct"]
    for mv in seed.movements[seed.movements["source"] == "article"].itertuples():
        for q in direct.itertuples():
            assert not (q.start <= mv.start < q.end)


@pytest.mark.parametrize("sentence, origin, destination", [
    ("The Pentagon deployed 3,000 troops from Fort Bragg to Poland on Monday.", "Fort Bragg", "Poland"),
    ("Britain sent 500 more soldiers to Estonia.", "", "Estonia"),
    ("Russia moved troops from Belarus into Ukraine.", "Belarus", "Ukraine"),  # a verb of motion: one movement
    ("France sent its forces to Mali.", "", "Mali"),  # the sender's own forces
    ("Two hundred British troops were sent to Estonia on Monday.", "", "Estonia"),  # a passive sending
])
def test_forces_sent_somewhere_move_there(write_article, sentence, origin, destination):
    """A deployment is a movement of troops to where they are sent, from where the text says they left; the
    deployment happened where the troops went, not where they came from."""
    ds = write_article("Headline of the day\n" + sentence + "\n", context=False)
    mv = ds.movements[ds.movements["kind"] == "troop_movement"]
    assert mv[["origin", "destination"]].to_dict("records") == [{"origin": origin, "destination": destination}]
    sent = ds.events[ds.events["event_id"] == mv.iloc[0]["event_id"]]
    assert set(sent["location"]) == {destination}


@pytest.mark.parametrize("sentence", [
    "Germany refused to send troops to Ukraine.",
    "Germany will not send troops to Ukraine.",
    "The US will send 2,000 troops to Poland next month.",
    "Iran threatened to send forces into Iraq.",
    "Britain sent no troops to Estonia.",
])
def test_forces_not_sent_do_not_move(write_article, sentence):
    ds = write_article("Headline of the day\n" + sentence + "\n", context=False)
    assert ds.movements.empty, ds.movements[["kind", "origin", "destination"]].to_dict("records")


def test_a_withdrawal_then_sending_is_one_movement_to_where_they_went(write_article):
    ds = write_article("Headline of the day\nRussia withdrew troops from Kherson and sent the troops to Zaporizhzhia.\n",
                       context=False)
    rows = ds.movements[["kind", "origin", "destination"]].to_dict("records")
    assert len(rows) == 1 and rows[0]["kind"] == "troop_withdrawal" and rows[0]["origin"] == "Kherson", rows
    assert rows[0]["destination"].startswith("Zaporizh"), rows  # (the row's name may take the gazetteer's spelling)


def test_forces_sent_to_several_places_move_to_each(write_article):
    ds = write_article("Headline of the day\nGermany deployed soldiers to Mali, Chad and Niger.\n", context=False)
    assert sorted(ds.movements["destination"]) == ["Chad", "Mali", "Niger"]
    sent = ds.events[ds.events["source"] == "article"]
    assert all(sent["location"] == sent["target"]), sent[["target", "location"]].to_dict("records")


def test_forces_of_two_kinds_sent_to_one_place_are_one_movement(write_article):
    ds = write_article("Headline of the day\nBritain sent troops and jets to Estonia.\n", context=False)
    assert len(ds.movements) == 1, ds.movements[["kind", "origin", "destination"]].to_dict("records")


def test_another_actors_deployment_is_not_where_a_withdrawal_went(write_article):
    ds = write_article("Headline of the day\nRussia withdrew its troops from Kherson. Britain sent troops to Estonia.\n",
                       context=False)
    rows = {(r.kind, r.actor, r.origin, r.destination) for r in ds.movements.itertuples()}
    assert ("troop_withdrawal", "Russia", "Kherson", "") in rows and ("troop_movement", "United Kingdom", "", "Estonia") in rows, rows


@pytest.mark.parametrize("sentence, kind", [
    ("A car bomb killed 12 people in Kherson.", ""),  # nothing flew: no strike from anywhere
    ("A bomb exploded at a market in Peshawar, killing five people.", ""),
    ("Russian warplanes bombed the town of Idlib, killing 12 people.", "air_strike"),
    ("Israeli air strikes killed 30 people in Khan Younis.", "air_strike"),
])
def test_a_strike_from_the_air_is_a_movement_a_bomb_on_the_ground_is_not(write_article, sentence, kind):
    ds = write_article("Headline of the day\n" + sentence + "\n", context=False)
    assert set(ds.movements["kind"]) == ({kind} if kind else set()), ds.movements[["kind", "destination"]].to_dict("records")
