"""A corpus: load_corpus over tests/corpus (invented reports, see its README), the CLI over it."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis import corpus as corpus_mod
from analysis.dataset import FRAME_NAMES
from analysis.schema import ALLOWED, CORPUS_ALLOWED, CORPUS_FRAMES, SPAN_TEXT, corpus_columns

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """tests/corpus plus a file that is not UTF-8 and a copy of one report under another name."""
    out = tmp_path_factory.mktemp("corpus") / "reports"
    shutil.copytree(CORPUS, out)
    (out / "broken.txt").write_bytes(b"Caf\xe9 owners protest\n\nThey said it was unfair.\n")
    shutil.copy(out / "wire_odesa.txt", out / "zz_wire_copy.txt")
    return out


@pytest.fixture(scope="module")
def reported(folder):
    lines: list[str] = []
    corpus = analysis.load_corpus(folder, report=lines.append)
    return corpus, lines


@pytest.fixture(scope="module")
def corpus(reported):
    return reported[0]


def article_id(corpus, file: str) -> str:
    return corpus.articles.set_index("file").loc[file, "article_id"]


def test_every_frame_has_article_id_first_and_its_declared_columns(corpus):
    for name, df in corpus.frames().items():
        assert list(df.columns) == list(corpus_columns(name)), name
        if name not in CORPUS_FRAMES:
            assert df.columns[0] == "article_id"
            assert set(df["article_id"]) <= set(corpus.texts), name


def test_allowed_values(corpus):
    for (name, column), allowed in {**ALLOWED, **CORPUS_ALLOWED}.items():
        assert set(corpus.frames()[name][column]) <= set(allowed), (name, column)


def test_spans_index_their_own_article(corpus):
    for name, column in SPAN_TEXT.items():
        df = corpus.frames()[name]
        assert len(df)
        for aid, start, end, text in zip(df["article_id"], df["start"], df["end"], df[column]):
            assert corpus.texts[aid][start:end] == text


def test_row_ids_are_unique_across_articles(corpus):
    for name, key in (("sentences", "sentence_id"), ("events", "event_id"), ("quotes", "quote_id"),
                      ("mentions", "mention_id"), ("movements", "movement_id")):
        ids = corpus.frames()[name][key]
        assert ids.is_unique, name


def test_articles_frame_says_where_dates_and_outlets_come_from(corpus):
    a = corpus.articles.set_index("file")
    assert a.loc["wire_odesa.txt", "published"] == pd.Timestamp("2024-03-15")
    assert a.loc["wire_odesa.txt", ["published_basis", "outlet", "outlet_basis"]].tolist() == ["sidecar", "Example Wire", "sidecar"]
    # the sidecar names this one without its suffix
    assert a.loc["later_odesa.txt", "published"] == pd.Timestamp("2024-03-22")
    # no sidecar row: the dateline's "Published 12 March 2024" and its wire agency
    assert a.loc["dateline_only.txt", ["published_basis", "outlet", "outlet_basis"]].tolist() == ["dateline", "AP", "dateline"]
    assert a.loc["dateline_only.txt", "published"] == pd.Timestamp("2024-03-12")
    assert a.loc["wire_odesa.txt", "headline"] == "Russian missiles hit Odesa port"
    assert a.loc["wire_odesa.txt", "quotes"] == (corpus.quotes["article_id"] == a.loc["wire_odesa.txt", "article_id"]).sum()


def test_unreadable_file_is_listed_reported_once_and_skipped(reported):
    corpus, lines = reported
    broken = corpus.articles.set_index("file").loc["broken.txt"]
    assert "not UTF-8" in broken["error"] and broken["sentences"] == 0
    assert broken["article_id"] not in set(corpus.sentences["article_id"])
    mine = [line for line in lines if "broken.txt" in line]
    assert len(mine) == 1 and "\n" not in mine[0]


def test_the_same_text_twice_is_read_once(corpus):
    a = corpus.articles.set_index("file")
    assert "the same text as wire_odesa.txt" in a.loc["zz_wire_copy.txt", "error"]
    assert a.loc["zz_wire_copy.txt", "article_id"] != a.loc["wire_odesa.txt", "article_id"]
    assert (corpus.sentences["article_id"] == a.loc["wire_odesa.txt", "article_id"]).sum() == a.loc["wire_odesa.txt", "sentences"]


def test_article_ids_come_from_the_text_not_the_name(tmp_path):
    (tmp_path / "renamed.txt").write_bytes((CORPUS / "kharkiv_same_day.txt").read_bytes())
    one = analysis.load_corpus([tmp_path / "renamed.txt", CORPUS / "wire_odesa.txt"], report=None)
    two = analysis.load_corpus(CORPUS, report=None)
    assert article_id(one, str(tmp_path / "renamed.txt")) == article_id(two, "kharkiv_same_day.txt")


def test_one_article_of_a_corpus_has_the_frames_load_gives(corpus):
    """Corpus rows are load()'s rows: the same values, only ids made corpus-wide."""
    ds = analysis.load(CORPUS / "kharkiv_same_day.txt", published="2024-03-15")
    one = corpus.article(article_id(corpus, "kharkiv_same_day.txt"))
    assert one.text == ds.text and one.headline == ds.headline
    for name in FRAME_NAMES:
        mine, theirs = one.frames()[name], ds.frames()[name]
        assert len(mine) == len(theirs), name
        same = [c for c in theirs.columns if not c.endswith("_id")]
        pd.testing.assert_frame_equal(mine[same].reset_index(drop=True), theirs[same].reset_index(drop=True), check_dtype=False)


def test_places_and_people_have_one_id_across_articles(corpus):
    odesa = corpus.locations[corpus.locations["name"] == "Odesa"]
    assert odesa["article_id"].nunique() >= 3 and odesa["location_id"].nunique() == 1
    # one article says "Zelensky", another "Volodymyr Zelensky": the corpus knows one person
    speakers = set(corpus.quotes["speaker"])
    assert "Volodymyr Zelensky" in speakers and "Zelensky" not in speakers
    person = corpus.actors[corpus.actors["name"] == "Volodymyr Zelensky"]
    assert person["article_id"].nunique() == 2 and person["actor_id"].nunique() == 1


def test_one_strike_reported_twice_is_one_incident(corpus):
    odesa = corpus.incidents[(corpus.incidents["place"] == "Odesa") & (corpus.incidents["event_type"] == "attack")]
    by_date = odesa.set_index("date")
    first = by_date.loc[pd.Timestamp("2024-03-14")]
    wanted = {article_id(corpus, "wire_odesa.txt"), article_id(corpus, "daily_odesa.txt")}
    assert first["article_count"] == 2 and set(first["article_ids"].split("; ")) == wanted
    # a week later, the same actor at the same place: another incident
    assert by_date.loc[pd.Timestamp("2024-03-21"), "article_ids"] == article_id(corpus, "later_odesa.txt")
    # the same actor the same day in another city: another incident
    kharkiv = corpus.incidents[corpus.incidents["place"] == "Kharkiv"]
    assert len(kharkiv) == 1 and kharkiv["article_count"].iloc[0] == 1


def test_every_event_names_its_incident_and_back(corpus):
    assert (corpus.events["incident_id"] != "").all()
    listed = {e: i for i, ids in zip(corpus.incidents["incident_id"], corpus.incidents["event_ids"]) for e in ids.split("; ")}
    assert listed == dict(zip(corpus.events["event_id"], corpus.events["incident_id"]))
    for row in corpus.incidents.itertuples():
        rows = corpus.events[corpus.events["incident_id"] == row.incident_id]
        assert row.event_count == len(rows) and row.article_count == rows["article_id"].nunique()


def test_a_quote_repeated_across_articles_is_one_group(corpus):
    rebuild = corpus.quotes[corpus.quotes["text"].str.startswith("We will rebuild")]
    assert len(rebuild) == 2 and rebuild["quote_group"].nunique() == 1
    assert corpus.quotes["quote_group"].nunique() == len(corpus.quotes) - 1
    made = corpus.incidents[(corpus.incidents["actor"] == "Volodymyr Zelensky")]
    assert made["article_count"].tolist() == [2]


def test_a_corpus_without_readable_articles_is_empty_not_an_error(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    corpus = analysis.load_corpus(tmp_path, report=None)
    assert len(corpus.articles) == 1 and corpus.articles["error"].iloc[0]
    for name in FRAME_NAMES + ("incidents",):
        assert corpus.frames()[name].empty and list(corpus.frames()[name].columns) == list(corpus_columns(name))


def test_sidecar_reads_common_column_names(tmp_path):
    table = tmp_path / "metadata.tsv"
    table.write_text("filename\tpublisher\tpublication_date\nabc\tnyt\t2016-02-02\nbad\tx\tnot a date\n")
    known = corpus_mod.sidecar(table)
    assert known["abc"] == {"published": pd.Timestamp("2016-02-02").date(), "outlet": "nyt"}
    assert known["bad"]["published"] is None
    assert corpus_mod.sidecar(tmp_path / "missing.csv") == {}


def test_published_for_all_overrides_the_sidecar():
    corpus = analysis.load_corpus(CORPUS, published="2024-04-01", report=None)
    assert set(corpus.articles["published"]) == {pd.Timestamp("2024-04-01")}
    assert set(corpus.articles["published_basis"]) == {"argument"}


def test_without_dask_one_process_reads_everything(monkeypatch):
    from analysis import cluster

    monkeypatch.setattr(cluster, "dask_available", lambda: False)
    corpus = analysis.load_corpus(CORPUS, report=None, workers=2)
    assert len(corpus.articles) == 5
    with pytest.raises(cluster.SchedulerError):
        analysis.load_corpus(CORPUS, report=None, scheduler="local")


# --- the command line -----------------------------------------------------------------------------


def cli(*args):
    return subprocess.run([sys.executable, "-m", "analysis", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def test_cli_reads_a_folder_reports_bad_files_and_goes_on(folder, tmp_path):
    proc = cli("extract", folder, "--out", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    assert [line for line in proc.stderr.splitlines() if line.startswith("skipped")] == [
        line for line in proc.stderr.splitlines() if "broken.txt" in line or "zz_wire_copy.txt" in line]
    assert len(proc.stderr.strip().splitlines()) == 2
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted([f"{n}.csv" for n in FRAME_NAMES + tuple(CORPUS_FRAMES)] + ["map.geojson"])
    articles = pd.read_csv(tmp_path / "out" / "articles.csv", keep_default_na=False)
    assert len(articles) == 7 and (articles["error"] != "").sum() == 2


def test_cli_parquet_is_partitioned_by_article_and_replaceable(tmp_path):
    out = tmp_path / "pq"
    for _ in range(2):  # the second run replaces the first export whole
        proc = cli("extract", CORPUS, "--out", out, "--format", "parquet")
        assert proc.returncode == 0, proc.stderr
    events = pd.read_parquet(out / "events")
    corpus = analysis.load_corpus(CORPUS, report=None)
    assert sorted(events["event_id"]) == sorted(corpus.events["event_id"])
    assert {p.name for p in (out / "events").iterdir()} == {f"article_id={a}" for a in set(corpus.events["article_id"])}
    assert (out / "incidents.parquet").is_file() and (out / "articles.parquet").is_file()
    (out / "events" / "notes.txt").write_text("mine")
    proc = cli("extract", CORPUS, "--out", out, "--format", "parquet")
    assert proc.returncode == 2 and (out / "events" / "notes.txt").read_text() == "mine"


def test_cli_folder_without_a_readable_article_exits_2(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_bytes(b"\xff\xfe\x00")
    proc = cli("extract", tmp_path / "src", "--out", tmp_path / "out")
    lines = proc.stderr.splitlines()
    assert proc.returncode == 2 and len(lines) == 2 and lines[0].startswith("skipped") and "no readable article" in lines[1]
    assert not (tmp_path / "out").exists()


def test_cli_several_files_and_options_for_one_file(tmp_path):
    proc = cli("extract", CORPUS / "wire_odesa.txt", CORPUS / "daily_odesa.txt", "--out", tmp_path / "two")
    assert proc.returncode == 0 and "2 articles" in proc.stdout
    proc = cli("extract", CORPUS / "wire_odesa.txt", "--workers", "2", "--out", tmp_path / "one")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "corpus" in proc.stderr


def test_cli_unreachable_scheduler_is_one_line(tmp_path):
    proc = cli("extract", CORPUS, "--scheduler", "tcp://127.0.0.1:9", "--out", tmp_path / "x")
    if "Dask is not installed" not in proc.stderr:
        assert "cannot reach the Dask scheduler" in proc.stderr
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and not (tmp_path / "x").exists()


@pytest.mark.slow
def test_one_and_two_workers_give_byte_identical_exports(tmp_path):
    pytest.importorskip("distributed")
    for fmt in ("csv", "parquet"):
        one = cli("extract", CORPUS, ROOT / "tests" / "articles", "--workers", "1", "--format", fmt, "--out", tmp_path / f"one-{fmt}")
        two = cli("extract", CORPUS, ROOT / "tests" / "articles", "--workers", "2", "--scheduler", "local", "--format", fmt,
                  "--out", tmp_path / f"two-{fmt}")
        assert one.returncode == 0 and two.returncode == 0, one.stderr + two.stderr
        cmp = filecmp.dircmp(tmp_path / f"one-{fmt}", tmp_path / f"two-{fmt}")
        assert _identical(cmp), fmt


def _identical(cmp: filecmp.dircmp) -> bool:
    if cmp.left_only or cmp.right_only or cmp.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
    return not mismatch and not errors and all(_identical(sub) for sub in cmp.subdirs.values())
