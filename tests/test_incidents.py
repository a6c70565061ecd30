"""analysis.incidents: which reports are one happening (rules written from the module's contract)."""

from __future__ import annotations

import pandas as pd

from analysis import incidents as inc
from analysis.schema import INT, corpus_columns
from analysis.schema import frame as typed_frame


def frame(name, records, corpus=True):
    """A corpus frame of ``records``, integer columns the records leave out set to 0."""
    ints = [c for c, dtype in corpus_columns(name).items() if dtype == INT]
    df = typed_frame(name, [{**dict.fromkeys(ints, 0), **r} for r in records], corpus=corpus)
    extra = {c for r in records for c in r} - set(df.columns)  # columns a later schema adds (plover)
    return df.assign(**{c: [r.get(c, "") for r in records] for c in sorted(extra)})

PLACES = [
    {"article_id": "a1", "location_id": "l-city", "name": "Odesa", "kind": "city", "country": "Ukraine"},
    {"article_id": "a1", "location_id": "l-other", "name": "Kharkiv", "kind": "city", "country": "Ukraine"},
    {"article_id": "a1", "location_id": "l-ua", "name": "Ukraine", "kind": "country", "country": "Ukraine"},
]


def event(eid, aid="a1", *, actor="Russia", target="", etype="attack", place="", date="2024-03-14",
          precision="day", start=0, **more):
    return {"article_id": aid, "event_id": eid, "actor": actor, "target": target, "event_type": etype,
            "location_id": place, "date": date or None, "date_precision": precision if date else "",
            "source": "article", "start": start, "end": start + 5, **more}


def merge(events, quotes=(), published=None):
    ev = frame("events", events, corpus=True)
    articles = frame("articles", [{"article_id": a, "published": published} for a in dict.fromkeys(ev["article_id"])],
                     corpus=True)
    qs = frame("quotes", list(quotes), corpus=True)
    qs = qs.assign(quote_group=inc.quote_groups(qs))
    table, of = inc.incidents(ev, quotes=qs, locations=frame("locations", PLACES, corpus=True), articles=articles)
    return table, of


def same(of, *ids):
    return len({of[i] for i in ids}) == 1


def test_same_actor_type_place_and_day_merge_across_articles():
    _, of = merge([event("e1", "a1", place="l-city"), event("e2", "a2", place="l-city")])
    assert same(of, "e1", "e2")


def test_a_later_day_or_another_place_or_type_or_actor_is_another_incident():
    _, of = merge([event("e1", place="l-city"), event("e2", "a2", place="l-city", date="2024-03-21"),
                   event("e3", "a3", place="l-other"), event("e4", "a4", place="l-city", etype="protest"),
                   event("e5", "a5", place="l-city", actor="Ukraine")])
    assert len(set(of.values())) == 5


def test_date_precision_is_respected():
    # "in March" covers the 14th; "the week of 4 March" does not
    _, of = merge([event("day", place="l-city"), event("month", "a2", place="l-city", date="2024-03-01", precision="month"),
                   event("week", "a3", place="l-city", date="2024-03-04", precision="week")])
    assert same(of, "day", "month") and of["week"] != of["day"]


def test_a_place_merges_with_the_country_holding_it():
    _, of = merge([event("e1", place="l-city"), event("e2", "a2", place="l-ua"), event("e3", "a3")])
    assert same(of, "e1", "e2", "e3")


def test_agreement_does_not_chain():
    # e2 ("Russia; Belarus") agrees with e1 (Russia) and with e3 (Belarus), but e1 and e3 do not agree
    table, of = merge([event("e1", place="l-city"), event("e2", "a2", actor="Russia; Belarus", place="l-city"),
                       event("e3", "a3", actor="Belarus", place="l-city")])
    assert of["e1"] == of["e2"] and of["e3"] != of["e1"]


def test_without_an_actor_only_the_same_named_place_on_stated_dates():
    _, of = merge([event("e1", actor="", etype="protest", place="l-city"),
                   event("e2", "a2", actor="", etype="protest", place="l-city"),
                   event("e3", "a3", actor="", etype="protest"),
                   event("e4", "a4", actor="", etype="protest", place="l-city", date=None)], published="2024-03-15")
    assert same(of, "e1", "e2") and len({of["e1"], of["e3"], of["e4"]}) == 3


def test_undated_reports_stand_for_the_week_before_publication():
    _, of = merge([event("e1", place="l-city"), event("e2", "a2", place="l-city", date=None)], published="2024-03-16")
    assert same(of, "e1", "e2")
    _, of = merge([event("e1", place="l-city"), event("e2", "a2", place="l-city", date=None)], published="2024-04-30")
    assert of["e1"] != of["e2"]
    _, of = merge([event("e1", date=None), event("e2", "a2", date=None)], published=None)
    assert of["e1"] != of["e2"]  # nothing says when: never merged
    # the publication date an extractor fell back on says nothing of when: read as undated
    _, of = merge([event("e1", place="l-city"), event("e2", "a2", place="l-city", date="2024-03-16", date_basis="publication")],
                  published="2024-03-16")
    assert same(of, "e1", "e2")


def test_statements_merge_only_when_they_quote_the_same_words():
    quotes = [{"article_id": "a1", "quote_id": "q1", "speaker": "Eve Doe", "text": "We will rebuild.", "start": 0},
              {"article_id": "a2", "quote_id": "q2", "speaker": "Eve Doe", "text": "we will REBUILD", "start": 0},
              {"article_id": "a3", "quote_id": "q3", "speaker": "Eve Doe", "text": "Taxes will fall.", "start": 0}]
    _, of = merge([event(f"e{i}", f"a{i}", actor="Eve Doe", etype="statement") for i in (1, 2, 3)], quotes)
    assert same(of, "e1", "e2") and of["e3"] != of["e1"]


def test_quote_groups_ignore_case_and_punctuation_but_need_a_speaker():
    quotes = frame("quotes", [{"quote_id": "q1", "speaker": "Eve Doe", "text": "“Yes, we can!”"},
                              {"quote_id": "q2", "speaker": "Eve Doe", "text": "yes we can"},
                              {"quote_id": "q3", "speaker": "Tom Roe", "text": "yes we can"},
                              {"quote_id": "q4", "speaker": "", "text": "yes we can"},
                              {"quote_id": "q5", "speaker": "", "text": "yes we can"}], corpus=True)
    groups = inc.quote_groups(quotes).tolist()
    assert groups[0] == groups[1] and len(set(groups)) == 4


def test_the_incident_row_counts_its_reports():
    table, of = merge([event("e1", "a1", place="l-city", start=0), event("e2", "a1", place="l-city", start=50),
                       event("e3", "a2", place="l-ua", date="2024-03-01", precision="month")])
    row = table.iloc[0]
    assert (row["article_count"], row["event_count"], row["place"], row["date"], row["date_precision"]) == (
        2, 3, "Odesa", pd.Timestamp("2024-03-14"), "day")
    assert row["article_ids"] == "a1; a2" and row["event_ids"].split("; ") == ["e1", "e2", "e3"]


def test_plover_categories_decide_the_type_when_present():
    _, of = merge([event("e1", place="l-city", etype="attack", plover="ASSAULT"),
                   event("e2", "a2", place="l-city", etype="killing", plover="ASSAULT")])
    assert same(of, "e1", "e2")
