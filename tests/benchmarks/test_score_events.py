"""benchmarks/score_events.py: PLOVER and labelled-event scoring on tiny invented frames (never corpus text)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import score_events  # noqa: E402
from score_events import event_categories, score_gold_events, score_plover_record  # noqa: E402

TABLE = {"03": "AGREE", "036": "AGREE", "19": "ASSAULT", "195": "ASSAULT", "12": "REJECT"}


def country_of(name: str):
    codes = {"freedonia": "FR", "freedonian": "FR", "sylvania": "SY", "sylvanian": "SY"}
    code = codes.get(name.lower())
    return SimpleNamespace(country=code, name=name) if code else None


def events(*rows) -> pd.DataFrame:
    columns = ["actor", "target", "cameo", "source", "start", "end", "date", "location", "location_id"]
    base = {"source": "article", "start": 0, "end": 1, "date": pd.NaT, "location": "", "location_id": ""}
    return pd.DataFrame([{**base, **row} for row in rows], columns=columns)


RECORD = {"event": "FIGHT", "text": "Freedonian troops shelled Sylvanian positions.",
          "source": [{"actorText": "Freedonian troops"}], "target": [{"actorText": "Sylvanian positions"}],
          "textInfo": {"markup": "(SRC: Freedonian troops) (EVT: shelled) (TAR: Sylvanian positions)"}}


def test_the_best_event_decides_and_2016_categories_compare_under_their_2021_names():
    frame = events({"actor": "Sylvania", "target": "", "cameo": "010"},           # a statement: no PLOVER category
                   {"actor": "Sylvania", "target": "", "cameo": "12"},            # wrong on all counts
                   {"actor": "Freedonia", "target": "Sylvania", "cameo": "195"})  # FIGHT → ASSAULT, all right
    outcome = score_plover_record(RECORD, frame, event_categories(frame, TABLE), country_of=country_of)
    assert outcome == {"gold": "FIGHT", "any_row": True, "found": True, "category": True, "source": True, "target": True}


def test_statements_alone_are_no_plover_event():
    frame = events({"actor": "Freedonia", "target": "", "cameo": "010"})
    outcome = score_plover_record(RECORD, frame, event_categories(frame, TABLE), country_of=country_of)
    assert outcome["any_row"] and not outcome["found"] and not outcome["source"]


def test_reciprocal_records_take_the_other_sources_as_targets_and_no_target_is_not_scored():
    record = {"event": "AGREE", "source": [{"actorText": "Freedonian"}, {"actorText": "Sylvanian"}],
              "target": "", "textInfo": {"markup": "(SRC/TAR: Freedonian) and (SRC/TAR: Sylvanian) (EVT: agreed)"}}
    frame = events({"actor": "Freedonia", "target": "Sylvania", "cameo": "036"})
    assert score_plover_record(record, frame, event_categories(frame, TABLE), country_of=country_of)["target"] is True
    record["textInfo"]["markup"] = "(SRC: Freedonian) and (SRC: Sylvanian) (EVT: agreed)"
    assert score_plover_record(record, frame, event_categories(frame, TABLE), country_of=country_of)["target"] is None


def test_a_plover_column_is_preferred_to_the_cameo_mapping():
    frame = events({"actor": "x", "cameo": "195"}).assign(plover=["reject"])
    assert event_categories(frame, TABLE) == ["REJECT"]
    assert event_categories(events({"actor": "x", "cameo": "195"}), TABLE) == ["ASSAULT"]


TEXT = "Freedonia shelled Lakeside on Friday. Two men were arrested."


def span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def gold(**fields) -> dict:
    s1 = span("Freedonia shelled Lakeside on Friday.")
    trigger = span("shelled")
    base = {"corpus": "t", "doc": "d", "event": "e1", "sentence_start": s1[0], "sentence_end": s1[1],
            "trigger_start": trigger[0], "trigger_end": trigger[1], "trigger_text": "shelled",
            "actor": "Freedonia", "actor_text": "Freedonia", "target": "Lakeside", "target_text": "Lakeside",
            "plover": "ASSAULT", "place": "Lakeside", "place_lat": 10.0, "place_lon": 20.0,
            "date": "2024-03-08", "date_precision": "day"}
    return {**base, **fields}


def dataset(frame, lat=10.5, lon=20.0):
    locations = pd.DataFrame({"location_id": ["l1"], "lat": [lat], "lon": [lon]})
    return SimpleNamespace(events=frame, locations=locations)


def test_labelled_event_found_with_category_target_place_and_date():
    s, e = span("shelled")
    frame = events({"actor": "Freedonia", "target": "Lakeside", "cameo": "195", "start": s, "end": e,
                    "date": pd.Timestamp("2024-03-08"), "location": "Lakeside town", "location_id": "l1"})
    (outcome,) = score_gold_events(TEXT, dataset(frame), [gold()], table=TABLE, country_of=country_of)
    assert outcome["found"] and outcome["category"] and outcome["target"]
    assert outcome["place"] and outcome["date"] and outcome["date_and_place"]  # 56 km away is the right place
    (outcome,) = score_gold_events(TEXT, dataset(frame, lat=12.0), [gold()], table=TABLE, country_of=country_of)
    assert outcome["found"] and not outcome["place"]  # 222 km away is not


def test_labelled_event_needs_our_event_in_its_sentence_and_its_actor():
    s, e = span("arrested")
    in_other_sentence = events({"actor": "Freedonia", "cameo": "195", "start": s, "end": e})
    (outcome,) = score_gold_events(TEXT, dataset(in_other_sentence), [gold()], table=TABLE, country_of=country_of)
    assert not outcome["in_sentence"] and not outcome["found"]
    s, e = span("shelled")
    wrong_actor = events({"actor": "Sylvania", "cameo": "195", "start": s, "end": e})
    (outcome,) = score_gold_events(TEXT, dataset(wrong_actor), [gold()], table=TABLE, country_of=country_of)
    assert outcome["in_sentence"] and not outcome["found"] and outcome["date"] is False


def test_an_agentless_gold_event_is_found_on_its_trigger():
    s2 = span("Two men were arrested.")
    trigger = span("arrested")
    agentless = gold(sentence_start=s2[0], sentence_end=s2[1], trigger_start=trigger[0], trigger_end=trigger[1],
                     trigger_text="arrested", actor=None, actor_text=None, target=None, target_text=None,
                     plover="COERCE", place=None, place_lat=None, place_lon=None, date=None)
    frame = events({"actor": "", "cameo": "173", "start": trigger[0], "end": trigger[1]})
    (outcome,) = score_gold_events(TEXT, dataset(frame), [agentless], table=TABLE, country_of=country_of)
    assert outcome["found"] and outcome["target"] is None and outcome["place"] is None and outcome["date"] is None


def test_missing_labels_and_unlabelled_articles_are_one_line_each(tmp_path):
    message = score_events.score_labels(tmp_path, score_events.CorpusTexts(), TABLE)
    assert isinstance(message, str) and "does not exist yet" in message
    (tmp_path / "expectations.json").write_text(json.dumps([{"file": "a.txt", "quotes": []}]), encoding="utf-8")
    message = score_events.score_articles(tmp_path, TABLE)
    assert isinstance(message, str) and "no article" in message


def test_labels_with_wrong_trigger_offsets_are_warned_and_skipped(tmp_path):
    polnear = tmp_path / "polnear"
    (polnear / "train" / "text").mkdir(parents=True)
    (polnear / "train" / "text" / "d.txt").write_text(TEXT, encoding="utf-8")
    labels = tmp_path / "labels"
    labels.mkdir()
    (labels / "articles.csv").write_text("corpus,doc,published,published_basis,topic\npolnear,d,2024-03-09,test,conflict\n", encoding="utf-8")
    rows = [gold(corpus="polnear", event="e1"), gold(corpus="polnear", event="e2", trigger_text="bombed")]
    (labels / "events.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = score_events.score_labels(labels, score_events.CorpusTexts(polnear=polnear), TABLE)
    assert result["events"] == 1
    assert len(result["warnings"]) == 1 and "e2" in result["warnings"][0]


def test_the_script_scores_plover_records_from_the_files_given(tmp_path, capsys):
    (tmp_path / "gsr.txt").write_text(json.dumps([
        {"id": "D", "event": "DOCUMENT", "eventText": "about this file"},
        {"id": "X-1", "event": "FIGHT", "text": "Freedonian troops shelled Sylvanian positions on Friday.",
         "source": [{"actorText": "Freedonian troops"}], "target": [{"actorText": "Sylvanian positions"}]},
    ]), encoding="utf-8")
    (tmp_path / "CAMEO2PLOVER-2021.txt").write_text("19: ASSAULT\n195: ASSAULT, , military # Employ aerial weapons\n", encoding="utf-8")
    argv = ["--plover", str(tmp_path / "gsr.txt"), "--only", "plover"]
    assert score_events.main(argv) == 0
    out = capsys.readouterr().out
    assert "1 sentences" in out and "FIGHT → ASSAULT" in out and "OVERALL" in out
    assert score_events.main([*argv, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["plover"]["records"] == 1 and set(result["plover"]["categories"]) == {"FIGHT"}


def test_even_and_odd_splits_take_every_other_record_in_file_order_then_skip_and_limit():
    records = list("abcdefg")  # a file sorted by category: each split must get some of every stretch
    assert score_events.select_records(records, split="even") == ["a", "c", "e", "g"]
    assert score_events.select_records(records, split="odd") == ["b", "d", "f"]
    assert score_events.select_records(records, split="even", skip=1, limit=2) == ["c", "e"]
    assert score_events.select_records(records, skip=2, limit=3) == ["c", "d", "e"]
    together = score_events.select_records(records, split="even") + score_events.select_records(records, split="odd")
    assert sorted(together) == records


def test_the_split_option_reaches_the_plover_scores(tmp_path, capsys):
    record = {"event": "FIGHT", "text": "Freedonian troops shelled Sylvanian positions.",
              "source": [{"actorText": "Freedonian troops"}], "target": [{"actorText": "Sylvanian positions"}]}
    (tmp_path / "gsr.txt").write_text(json.dumps([{**record, "id": f"X-{i}"} for i in range(3)]), encoding="utf-8")
    (tmp_path / "CAMEO2PLOVER-2021.txt").write_text("19: ASSAULT\n", encoding="utf-8")
    counts = {}
    for split in ("even", "odd"):
        assert score_events.main(["--plover", str(tmp_path / "gsr.txt"), "--only", "plover", "--split", split, "--json"]) == 0
        counts[split] = json.loads(capsys.readouterr().out)["plover"]["records"]
    assert counts == {"even": 2, "odd": 1}


def test_a_gold_actor_written_as_a_city_of_the_state_it_is_coded_as_is_that_state():
    """CAMEO codes "Algiers" (code DZA) as Algeria, and the package names a capital acting for its state by the
    state: the two name one actor. A gold actor that is no place ("Islamic Salvation Front", also DZA), or a city
    of another state than its code, keeps only its own text."""
    state_of = score_events.state_of_capital_or_city(score_events.gazetteer())
    assert state_of("Algiers", "DZA") == "Algeria"
    assert state_of("Islamic Salvation Front", "DZA") is None
    assert state_of("Algiers", "FRA") is None
    assert state_of("Algeria", "DZA") is None  # names its country already: matched as it is
    record = {"event": "FIGHT", "source": [{"actorText": "Freedonian troops"}],
              "target": [{"actorText": "Lakeside", "code": "SYL"}], "textInfo": {"markup": ""}}
    frame = events({"actor": "Freedonia", "target": "Sylvania", "cameo": "195"})
    categories = event_categories(frame, TABLE)
    assert score_plover_record(record, frame, categories, country_of=country_of)["target"] is False
    city_of_sylvania = lambda text, code: "Sylvania" if (text, code) == ("Lakeside", "SYL") else None  # noqa: E731
    assert score_plover_record(record, frame, categories, country_of=country_of, state_of=city_of_sylvania)["target"] is True
