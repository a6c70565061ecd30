"""Events: who did what to whom, when and where; CAMEO codes and outside context."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from conftest import ROOT


def _article(ds):
    return ds.events[ds.events["source"] == "article"]


def _in_section(ds, events, section):
    ids = set(ds.sentences.loc[ds.sentences["section"] == section, "sentence_id"])
    return events[events["sentence_id"].isin(ids)]


def test_iran_attack(seed):
    ev = _article(seed)
    hits = ev[(ev["actor"] == "Iran") & (ev["event_type"] == "attack") & (ev["cameo"] == "195")]
    assert len(hits) >= 1
    assert (hits["date"] == pd.Timestamp("2020-01-08")).any()
    assert (hits["date_precision"] == "day").any()


def test_suleimani_killing(seed):
    ev = _article(seed)
    hits = ev[(ev["target"] == "Qassem Suleimani") & (ev["event_type"] == "killing")]
    assert len(hits) >= 1, ev[["actor", "event_type", "target"]].to_dict("records")
    row = hits.iloc[0]
    assert row["actor"] == "United States"
    assert row["date_precision"] == "week"
    assert pd.Timestamp("2019-12-30") <= row["date"] <= pd.Timestamp("2020-01-05")
    assert "last week" in row["date_text"].lower()


@pytest.mark.parametrize("place", ["Baghdad", "Iraq"])
def test_withdrawals(seed, place):
    ev = _article(seed)
    hits = ev[(ev["event_type"] == "withdrawal") & (ev["location"] == place)]
    assert len(hits) >= 1, ev[["actor", "event_type", "location"]].to_dict("records")


def test_caption_events_are_from_2015_at_balad(seed):
    captions = _in_section(seed, _article(seed), "caption")
    assert len(captions) >= 1
    for row in captions.itertuples():
        assert row.date == pd.Timestamp("2015-07-20"), row
        assert row.location == "Balad Air Base", row
    assert not (captions["date"].dt.year == 2020).any()


def test_no_events_from_credit_or_boilerplate(seed):
    ev = _article(seed)
    for section in ("credit", "boilerplate"):
        assert _in_section(seed, ev, section).empty


def test_goldstein_matches_cameo_table(seed):
    with open(ROOT / "data" / "cameo.csv", newline="", encoding="utf-8") as fh:
        table = {row["code"]: float(row["goldstein"]) for row in csv.DictReader(fh)}
    coded = seed.events[seed.events["cameo"] != ""]
    assert len(coded) >= 1
    for row in coded.itertuples():
        assert row.cameo in table, row.cameo
        assert row.goldstein == pytest.approx(table[row.cameo]), row


def test_context_events(seed):
    ctx = seed.events[seed.events["source"] == "context"]
    assert len(ctx) >= 1
    for row in ctx.itertuples():
        assert row.citation.startswith("http"), row
        assert row.start is pd.NA and row.end is pd.NA
        assert row.sentence_id == ""


def test_article_events_have_valid_spans(seed):
    ev = _article(seed)
    assert len(ev) >= 1
    sentence_ids = set(seed.sentences["sentence_id"])
    for row in ev.itertuples():
        assert row.start is not pd.NA and row.end is not pd.NA
        assert 0 <= row.start < row.end <= len(seed.text)
        assert row.sentence_id in sentence_ids


def test_no_context_rows_without_context(seed_no_context):
    assert (seed_no_context.events["source"] == "article").all()
    assert len(seed_no_context.events) >= 1


def test_context_does_not_change_article_rows(seed, seed_no_context):
    a = _article(seed).reset_index(drop=True).drop(columns=["location_id"])
    b = _article(seed_no_context).reset_index(drop=True).drop(columns=["location_id"])
    pd.testing.assert_frame_equal(a, b)


def _verb_events(ds):
    """Article events other than the statement a quote itself records (whose span is the quote's)."""
    spans = set(zip(ds.quotes["start"], ds.quotes["end"]))
    ev = _article(ds)
    return ev[[(s, e) not in spans for s, e in zip(ev["start"], ev["end"])]]


def test_quotes_are_recorded_as_statements(seed):
    ev = _article(seed)
    for q in seed.quotes[seed.quotes["kind"] == "direct"].itertuples():
        hits = ev[(ev["start"] == q.start) & (ev["end"] == q.end)]
        assert len(hits) <= 1
        if len(hits):
            assert hits.iloc[0]["actor"] == q.speaker


def test_no_events_inside_direct_quotes(seed):
    direct = seed.quotes[seed.quotes["kind"] == "direct"]
    for ev in _verb_events(seed).itertuples():
        for q in direct.itertuples():
            assert not (q.start <= ev.start < q.end), (ev.action, q.text)
    # Raab's "We condemn this attack" and Esper's "start a war" are words, not reported attacks
    attacks = _verb_events(seed)
    attacks = attacks[attacks["event_type"].isin(["attack", "combat"])]
    assert set(attacks["actor"]) <= {"Iran", "Iraqi authorities", "Iraq", "Iraqi Air Force"}


def test_event_inside_quote_handmade(write_article):
    ds = write_article(
        "Foreign Minister Jane Okafor spoke on Tuesday.\n"
        "“If they attack us, we will launch missiles at their bases,” said Okafor.\n"
    )
    direct = ds.quotes[ds.quotes["kind"] == "direct"]
    assert len(direct) == 1
    q = direct.iloc[0]
    ev = _verb_events(ds)
    assert not ((ev["start"] >= q["start"]) & (ev["start"] < q["end"])).any()
    assert not (ds.events["event_type"] == "attack").any()


def test_caption_battle_is_fought_by_the_authorities_the_pronoun_names(seed):
    # "Iraqi authorities have agreed to buy 36 F-16s as they continue to battle …": "they" are the authorities
    captions = _in_section(seed, _article(seed), "caption")
    battle = captions[captions["action"] == "continue to battle"]
    assert len(battle) == 1, captions[["actor", "action", "target"]].to_dict("records")
    assert battle.iloc[0]["actor"] == "Iraqi authorities"
