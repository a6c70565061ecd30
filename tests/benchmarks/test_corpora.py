"""benchmarks/corpora.py: corpus readers and matching rules, on tiny examples written here (never corpus text)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import corpora  # noqa: E402
from corpora import (  # noqa: E402
    actor_matches, align_span, carries_name, haversine_km, names_in_source, overlap, parse_brat, plover_2021,
    plover_category, polnear_articles, quote_style, read_cameo2plover, read_label_articles, read_label_events,
    read_plover_records, read_toponym_xml, same_period, spans_match,
)

TEXT = "Mayor Ana Ruiz said: “The bridge opens in May.” Critics said it would not."


def at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def t_line(tid: str, role: str, spans: list[tuple[int, int]], text: str) -> str:
    offsets = ";".join(f"{s} {e}" for s, e in spans)
    return f"{tid}\t{role} {offsets}\t{' '.join(text[s:e] for s, e in spans)}"


def test_brat_attributions_join_source_cue_and_every_content_part():
    content = [at(TEXT, "“The bridge"), at(TEXT, "opens in May.”")]
    ann = "\n".join([
        t_line("T1", "Source", [at(TEXT, "Mayor Ana Ruiz")], TEXT),
        t_line("T2", "Cue", [at(TEXT, "said")], TEXT),
        t_line("T3", "Content", content, TEXT),
        t_line("T4", "Attribution", [at(TEXT, "said")], TEXT),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "#1\tAnnotatorNotes T3\ta note, not a span",
        "a span text's second line after a line break",
    ])
    (att,) = parse_brat(ann)
    assert att.content == tuple(content)
    assert att.source == (at(TEXT, "Mayor Ana Ruiz"),)
    assert att.cue == (at(TEXT, "said"),)


def test_brat_numbered_roles_join_their_role_and_sourceless_attributions_are_kept():
    ann = "\n".join([
        t_line("T1", "Content", [at(TEXT, "“The bridge opens")], TEXT),
        t_line("T2", "Content", [at(TEXT, "in May.”")], TEXT),
        t_line("T3", "Cue", [at(TEXT, "said")], TEXT),
        t_line("T4", "Attribution-no-source", [at(TEXT, "said")], TEXT),
        "E1\tAttribution-no-source:T4 Cue:T3 Content:T1 Content2:T2",
        "E2\tAttribution:T9 ",  # no content: not an attribution
    ])
    (att,) = parse_brat(ann)
    assert att.content == (at(TEXT, "“The bridge opens"), at(TEXT, "in May.”"))
    assert att.source == ()


def test_polnear_split_takes_the_first_annotator_and_the_metadata(tmp_path):
    split = tmp_path / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "nyt_2016-01-01_bridge.txt").write_text(TEXT, encoding="utf-8")
    (split / "text" / "nyt_2016-01-02_unlabelled.txt").write_text(TEXT, encoding="utf-8")
    content = t_line("T1", "Content", [at(TEXT, "“The bridge opens in May.”")], TEXT)
    (split / "attributions" / "nyt_2016-01-01_bridge_bbbb.ann").write_text("", encoding="utf-8")
    (split / "attributions" / "nyt_2016-01-01_bridge_aaaa.ann").write_text(content + "\nE1\tAttribution:T2 Content:T1", encoding="utf-8")
    (tmp_path / "metadata.tsv").write_text(
        "compartment\tfilename\tpublisher\tpublication_date\nDev\tnyt_2016-01-01_bridge\tnyt\t2016-01-01\n", encoding="utf-8")
    (article,) = polnear_articles(split)
    assert (article.annotator, article.publisher, article.published) == ("aaaa", "nyt", "2016-01-01")
    assert len(article.attributions) == 1 and article.text == TEXT
    assert list(polnear_articles(split, publisher="breitbart")) == []


@pytest.mark.parametrize("text, style", [
    ("“We will win,” she said", "double"),
    ('"We will win," she said', "double"),
    ("« Nous gagnerons »", "double"),
    ("''We will win,'' she said", "apostrophes"),
    ("the plan was ‘dead on arrival’, he said", "single"),
    ("the plan was 'dead on arrival', he said", "single"),
    ("she said they don’t know the candidate’s plans", ""),
    ("the ’90s and rock ’n’ roll", ""),
    ("Mr Jones’ dog said nothing", ""),
])
def test_quote_style_tells_quote_marks_from_apostrophes(text, style):
    assert quote_style(text) == style


def test_spans_match_on_half_of_the_shorter_span():
    assert overlap([(0, 10), (20, 30)], [(5, 25)]) == 10
    assert spans_match([(0, 100)], [(40, 60)])           # a partial quote inside a longer content
    assert spans_match([(0, 10)], [(5, 30)])             # 5 of the shorter's 10
    assert not spans_match([(0, 10)], [(6, 30)])         # 4 of 10
    assert not spans_match([(0, 10)], [(10, 20)])        # touching is not overlapping


def test_align_span_finds_the_words_a_character_away():
    text = "Floods hit Lahore and Multan."
    start, end = at(text, "Lahore")
    assert align_span(text, start, end, "Lahore") == (start, end)
    assert align_span(text, start + 1, end + 1, "Lahore") == (start, end)
    assert align_span(text, start + 9, end + 9, "Lahore") is None


def test_toponym_xml_reads_geowebnews_and_tr_news_forms(tmp_path):
    gwn = tmp_path / "gwn.xml"
    gwn.write_text("""<?xml version="1.0" ?><articles><article file="7"><title>T</title><text>Rain in Lahore.</text>
      <toponyms><toponym><extractedName>Lahore</extractedName><type>Literal</type><start>8</start><end>14</end>
      <latitude>31.5</latitude><longitude>74.3</longitude></toponym>
      <toponym><extractedName>Rain</extractedName><type>Non_Toponym</type><start>0</start><end>4</end></toponym>
      </toponyms></article></articles>""", encoding="utf-8")
    (article,) = read_toponym_xml(gwn)
    assert article.doc == "7" and article.text == "Rain in Lahore."
    assert article.toponyms[0] == corpora.Toponym(8, 14, "Lahore", "Literal", 31.5, 74.3)
    assert article.toponyms[1].lat is None
    tr = tmp_path / "tr.xml"
    tr.write_text("""<articles><article docid="42"><title>T</title><text>Snow in Oslo.</text><toponyms>
      <toponym><phrase>Oslo</phrase><start>8</start><end>12</end><gaztag geonameid="1"><name>Oslo</name>
      <lat>59.9</lat><lon>10.7</lon></gaztag></toponym></toponyms></article></articles>""", encoding="utf-8")
    (article,) = read_toponym_xml(tr)
    assert article.doc == "42" and article.toponyms == [corpora.Toponym(8, 12, "Oslo", "", 59.9, 10.7)]


def test_plover_records_tolerate_trailing_commas_and_skip_documentation(tmp_path):
    path = tmp_path / "gsr.txt"
    path.write_text("""[
{"id": "DOC-1", "event": "DOCUMENT", "eventText": "notes, }", },
{"id": "X-1", "event": "AGREE", "text": "Freedonia and Sylvania agreed, finally, to talks.",
 "source": [{"actorText": "Freedonia", "code": "FRE"}, {"actorText": "Sylvania", "code": "SYL"},], },
]""", encoding="utf-8")
    records, skipped = read_plover_records(path)
    assert skipped == 0
    assert [r["id"] for r in records] == ["X-1"]
    assert records[0]["text"] == "Freedonia and Sylvania agreed, finally, to talks."  # commas in strings kept
    assert len(records[0]["source"]) == 2


def test_plover_records_count_a_broken_record_and_keep_the_others(tmp_path):
    path = tmp_path / "gsr.txt"
    path.write_text('[\n{"id": "A", "event": "AGREE", "text": "one"},\n{"id": "B", "event": oops},\n'
                    '{"id": "C", "event": "REJECT", "text": "two"}\n]', encoding="utf-8")
    records, skipped = read_plover_records(path)
    assert [r["id"] for r in records] == ["A", "C"] and skipped == 1


def test_cameo_to_plover_table_and_lookup(tmp_path):
    path = tmp_path / "map.txt"
    path.write_text("# header\n08: CONCEDE\n081: CONCEDE, , legal # Ease sanctions\n08: RETREAT\n"
                    "084: RETREAT, , # Return\n0841: RETREAT, release, legal # Release\n19: ASSAULT\n", encoding="utf-8")
    table = read_cameo2plover(path)
    assert table["08"] == "CONCEDE"                    # the first line for a code wins
    assert plover_category("0841", table) == "RETREAT"  # exact
    assert plover_category("195", table) == "ASSAULT"   # from its root
    assert plover_category("010", table) == ""          # statements: dropped by PLOVER
    assert plover_2021("FIGHT") == "ASSAULT" and plover_2021("DEMAND") == "REQUEST" and plover_2021("AGREE") == "AGREE"


TITLES = frozenset({"senator", "sen", "president", "mr", "secretary", "vice president"})


@pytest.mark.parametrize("source, names", [
    ("Sen. Ana Ruiz (D-Ohio)", ("Ruiz",)),
    ("a Ruiz campaign spokesman", ()),
    ("Ruiz’s spokesman", ()),
    ("Ruiz spokesman Tom Bell", ("Bell",)),
    ("Ana Ruiz, the Democratic nominee", ("Ruiz",)),
    ("Ana Ruiz, president of the Freedonia Institute", ("Ruiz", "Institute")),  # the comma ends her name
    ("Tom Bell - spokesman for the group", ("Bell",)),
    ("a person close to the Ruizes", ()),  # a description: the name says whom the person is close to
    ("one longtime adviser to Ana Ruiz", ()),
    ("a party member who supports Ruiz", ()),
    ("his best friend at Lehigh, Tom Bell", ("Bell",)),
    ("the Ruiz campaign", ()),
    ("Ruiz and Bell", ("Ruiz", "Bell")),
    ("he", ()),
    ("The Daily Courier", ("Courier",)),
    ("Officials", ()),  # the article writes "officials" in lower case elsewhere
])
def test_names_in_source(source, names):
    assert names_in_source(source, titles=TITLES, common=frozenset({"officials"})) == names


def test_carries_name_compares_normalised_surnames():
    assert carries_name("Martin O’Malley", "O'Malley")
    assert carries_name("Ana Ruiz; Tom Bell", "Bell")
    assert not carries_name("Ana Ruizova", "Ruiz")
    assert not carries_name("", "Ruiz")


def fake_country_of(name: str):
    countries = {"freedonia": "FR", "freedonian": "FR", "sylvania": "SY", "sylvanian": "SY",
                 "republic of sylvania": "SY", "people's republic of sylvania": "PS"}
    code = countries.get(name.lower())
    return SimpleNamespace(country=code, name=name) if code else None


@pytest.mark.parametrize("ours, gold, right", [
    ("Freedonia", ["Freedonian officials"], True),            # demonym ↔ country
    ("Freedonian government", ["Sylvanian government"], False),  # a shared generic word, different countries
    ("Ana Ruiz", ["Mayor Ruiz"], True),
    ("Ana Ruiz", ["Mayor Bell"], False),
    ("Workers Union", ["W.U."], True),                         # acronym
    ("police", ["Police"], True),                              # the same generic words: the same unnamed actor
    ("police", ["riot police"], False),                        # but a generic word alone is not enough
    ("", ["Freedonia"], False),
    # a country's name inside a longer country name is no second country (DPRK's name holds "Republic of Korea")
    ("People's Republic of Sylvania", ["People's Republic of Sylvania officials"], True),
    ("Sylvania", ["People's Republic of Sylvania"], False),
    ("Sylvanian officials", ["the Republic of Sylvania"], True),
])
def test_actor_matches(ours, gold, right):
    assert actor_matches(ours, gold, country_of=fake_country_of) is right


def test_distance_and_date_periods():
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.1)
    wed = date(2020, 1, 8)
    assert same_period(wed, wed, "day") and not same_period(date(2020, 1, 9), wed, "day")
    assert same_period(date(2020, 1, 12), wed, "week") and not same_period(date(2020, 1, 13), wed, "week")
    assert same_period(date(2020, 1, 31), wed, "month") and same_period(date(2020, 12, 31), wed, "year")
    assert not same_period(None, wed, "year")


def test_label_files_and_corpus_texts(tmp_path):
    (tmp_path / "articles.csv").write_text("corpus,doc,published,published_basis,topic\npolnear,a,2016-05-01,metadata.tsv,politics\n", encoding="utf-8")
    (tmp_path / "events.jsonl").write_text('{"corpus": "polnear", "doc": "a", "event": "e1"}\n\n', encoding="utf-8")
    assert read_label_articles(tmp_path / "articles.csv")[("polnear", "a")]["published"] == "2016-05-01"
    assert read_label_events(tmp_path / "events.jsonl") == [{"corpus": "polnear", "doc": "a", "event": "e1"}]
    (tmp_path / "polnear" / "train" / "text").mkdir(parents=True)
    (tmp_path / "polnear" / "train" / "text" / "a.txt").write_bytes("Café opens.\r\n".encode("utf-8"))
    texts = corpora.CorpusTexts(polnear=tmp_path / "polnear")
    assert texts.text("polnear", "a") == "Café opens.\r\n"  # as bytes decode: offsets stay exact
    assert texts.text("polnear", "missing") is None and texts.text("geowebnews", "1") is None
