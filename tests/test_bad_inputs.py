"""Hostile and broken articles (issue #6): the corpus in tests/bad_inputs/ and its manifest.

For every file of ``tests/bad_inputs/expected.csv``:

* the CLI exits 0 (``ok``) or exits 2 with exactly one stderr line containing
  ``message_contains`` (``error``), never with a traceback; on error nothing is
  written and an existing output folder stays byte-identical;
* ``analysis.load()`` returns frames whose spans lie inside the text and cover
  visible text, with unique ids, or raises ``analysis.ArticleError`` and nothing else;
* two CLI runs (in separate processes, with different hash seeds) write
  byte-identical CSV, Parquet, JSON and GeoJSON files.

Most CLI runs call ``analysis.__main__.main`` in-process; every ``error`` file, a
handful of ``ok`` files and the article at the size limit go through a real subprocess.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import subprocess
import sys
import time
import unicodedata
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.__main__ import main
from analysis.article import MAX_BYTES
from analysis.dataset import FRAME_NAMES
from analysis.schema import FRAMES, SPAN_TEXT
from analysis.validation import validate

ROOT = Path(__file__).resolve().parents[1]
BAD = ROOT / "tests" / "bad_inputs"
MANIFEST = {row["file"]: row for row in csv.DictReader((BAD / "expected.csv").open(encoding="utf-8", newline=""))}
OK = [name for name, row in MANIFEST.items() if row["outcome"] == "ok"]
ERRORS = [name for name, row in MANIFEST.items() if row["outcome"] == "error"]
HUGE = "huge_at_limit.txt"
# The article at the 2 MB limit extracts in about 12 s on the project machine (2 cores); the bound
# leaves room for a busy or slower machine while still catching a quadratic slide.
HUGE_TIMEOUT = 120
TIMEOUT = 60  # any other file, in a subprocess
ID = {name: next(iter(cols)) for name, cols in FRAMES.items()}
OUTPUTS = {fmt: sorted([f"{n}.{fmt}" for n in FRAME_NAMES] + ["map.geojson"]) for fmt in ("csv", "parquet", "json")}

_spec = importlib.util.spec_from_file_location("bad_inputs_generate", BAD / "generate.py")
generate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generate)
GENERATED = set(generate.GENERATED) | {"over_limit.txt"}


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> dict[str, Path]:
    """Every manifest file by name: committed ones in place, generated ones written once."""
    folder = tmp_path_factory.mktemp("bad_inputs")
    return {name: (generate.write(name, folder) if name in GENERATED else BAD / name) for name in MANIFEST}


def is_blank(text: str) -> bool:
    """Nothing visible: only white space and format characters (zero-width, soft hyphen, BOM, bidi marks)."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def _existing_output(folder: Path, *, notes: bool = True) -> dict[str, bytes]:
    """An output folder from an earlier run that a failed run must leave alone; with ``notes``, it
    also holds a file of the user's, so no export may replace it."""
    folder.mkdir(parents=True)
    (folder / "sentences.csv").write_bytes(b"sentence_id,section\ns-old,body\n")
    (folder / "quotes.parquet").write_bytes(b"PAR1 earlier output")
    (folder / "map.geojson").write_bytes(b'{"type": "FeatureCollection", "features": []}\n')
    if notes:
        (folder / "notes.txt").write_bytes("the user's own notes\n".encode())
    return _snapshot(folder)


def _run(*args, timeout=TIMEOUT, env=None):
    return subprocess.run([sys.executable, "-m", "analysis", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", errors="replace", timeout=timeout, env=env)


# --- the corpus itself ----------------------------------------------------------------


def test_manifest_matches_the_corpus():
    committed = {p.name for p in BAD.glob("*.txt")}
    assert committed == set(MANIFEST) - GENERATED, "every committed file has a manifest row and vice versa"
    assert set(generate.GENERATED) <= set(MANIFEST)
    assert len(MANIFEST) >= 30
    for name, row in MANIFEST.items():
        assert row["outcome"] in ("ok", "error"), name
        assert (row["outcome"] == "error") == bool(row["message_contains"]), name
        assert row["why"].strip(), name
    for path in BAD.glob("*.txt"):
        assert path.stat().st_size <= 120_000, f"{path.name}: large inputs are generated, not committed"
    raw = {name: (BAD / name).read_bytes() for name in set(MANIFEST) - GENERATED}
    assert raw["empty.txt"] == b"" and raw["utf8_bom.txt"].startswith(b"\xef\xbb\xbf")
    assert raw["crlf.txt"].count(b"\r\n") == 4 and b"\n" not in raw["lone_cr.txt"], "line endings kept (.gitattributes)"
    assert raw["utf16_bom.txt"].startswith(b"\xff\xfe") and b"\x00" in raw["nul_in_middle.txt"]
    readme = (BAD / "README.md").read_text(encoding="utf-8")
    for name in MANIFEST:
        assert f"`{name}`" in readme, f"{name} is not described in tests/bad_inputs/README.md"


def test_generated_files_are_deterministic(corpus, tmp_path):
    for name in generate.GENERATED:
        if name == HUGE:
            continue
        assert generate.write(name, tmp_path).read_bytes() == corpus[name].read_bytes(), name
    line = corpus["long_line_100k.txt"].read_text(encoding="utf-8")
    assert len(line) == 100_001 and line.count("\n") == 1
    huge = corpus[HUGE].stat().st_size
    assert MAX_BYTES - 100_000 <= huge <= MAX_BYTES


# --- (1) the CLI, in-process for every file but the one at the size limit ----------------------------------


@pytest.mark.parametrize("name", [n for n in MANIFEST if n != HUGE])
def test_cli(name, corpus, tmp_path, capsys):
    row = MANIFEST[name]
    out = tmp_path / "out"
    code = main(["extract", str(corpus[name]), "--out", str(out)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    if row["outcome"] == "error":
        assert code == 2
        assert captured.out == ""
        lines = captured.err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
        assert row["message_contains"] in lines[0]
        assert not out.exists(), "nothing is written for unreadable input"
        return
    assert code == 0, captured.err
    # nothing on stderr but the one note a text without a publication date gets when relative dates stay undated
    assert captured.err == "" or (len(captured.err.splitlines()) == 1 and captured.err.startswith("note: no publication date"))
    assert captured.out.startswith("wrote 8 files to ") and len(captured.out.splitlines()) == 1
    assert sorted(p.name for p in out.iterdir()) == OUTPUTS["csv"]
    for frame in FRAME_NAMES:
        df = pd.read_csv(out / f"{frame}.csv", keep_default_na=False)
        assert list(df.columns) == list(FRAMES[frame]), frame
    geo = json.loads((out / "map.geojson").read_text(encoding="utf-8"))
    assert geo["type"] == "FeatureCollection"


# --- (1) the error path through a real process -------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("name", ERRORS)
def test_error_exits_2_and_leaves_output_alone(name, corpus, tmp_path):
    fmt = ("csv", "parquet", "json")[ERRORS.index(name) % 3]
    out = tmp_path / "out"
    before = _existing_output(out)
    started = time.monotonic()
    proc = _run("extract", corpus[name], "--out", out, "--format", fmt)
    assert time.monotonic() - started < TIMEOUT
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert MANIFEST[name]["message_contains"] in lines[0]
    assert _snapshot(out) == before, "a failed run must not touch an existing output folder"


SUBPROCESS_OK = ["crlf.txt", "rtl_emoji.txt", "hostile_strings.txt", "zero_width.txt", "long_line_100k.txt",
                 "repeated_paragraph_1000.txt"]


@pytest.mark.slow
@pytest.mark.parametrize("name", SUBPROCESS_OK)
def test_ok_through_a_process_replaces_earlier_output(name, corpus, tmp_path):
    out = tmp_path / "out"
    before = _existing_output(out, notes=False)
    proc = _run("extract", corpus[name], "--out", out)
    assert proc.returncode == 0, proc.stderr
    # nothing on stderr but the one note a text without a publication date gets when relative dates stay undated
    assert "Traceback" not in proc.stderr and all(line.startswith("note: no publication date") for line in proc.stderr.splitlines())
    assert len(proc.stderr.splitlines()) <= 1
    after = _snapshot(out)
    assert sorted(after) == OUTPUTS["csv"]  # replaced whole: no earlier file, no temporary file left
    assert after["sentences.csv"] != before["sentences.csv"]


# --- (2) load(): consistent frames or ArticleError -------------------------------------------


def check_dataset(ds) -> None:
    """What any readable article must give: valid frames, spans on visible text, unique ids."""
    validate(ds)  # pandera: columns, dtypes, allowed values, unique non-empty ids; spans round-trip
    text, n = ds.text, len(ds.text)
    for name, df in ds.frames().items():
        assert df[ID[name]].is_unique, name
        if "start" not in df:
            continue
        spans = df.dropna(subset=["start", "end"])
        for s, e in zip(spans["start"], spans["end"]):
            assert 0 <= s < e <= n, (name, s, e, n)
            assert not is_blank(text[s:e]), (name, text[s:e])
        if "source" in df:  # article rows point into the text; outside context does not
            assert spans["source"].eq("article").all(), name
            assert df.loc[df["source"] == "article", "start"].notna().all() or name in ("actors", "movements"), name
        if name in SPAN_TEXT:
            for s, e, t in zip(df["start"], df["end"], df[SPAN_TEXT[name]]):
                assert text[s:e] == t, name
    sents = ds.sentences
    assert list(sents["start"]) == sorted(sents["start"])
    assert (sents["start"].iloc[1:].to_numpy() >= sents["end"].iloc[:-1].to_numpy()).all(), "sentences overlap"
    for t in sents["text"]:
        assert len(t.splitlines()) == 1, f"a sentence crosses a line break: {t!r}"
    q = ds.quotes
    unattributed = q["speaker_via"] == "none"
    assert (unattributed == q["speaker_start"].isna()).all()
    assert (unattributed == (q["attribution"] == "none")).all(), "a quote attributed to nobody must say so"
    assert not (unattributed & (q["speaker"] != "")).any(), "a named speaker comes from words in the text"
    for s, e, words in zip(q["speaker_start"], q["speaker_end"], q["speaker_text"]):
        assert (words == "") if pd.isna(s) else words == text[s:e], "speaker_text is the words at the quote"
    actor_names = set(ds.actors["name"])
    for speaker, s, e in zip(q["speaker"], q["speaker_start"], q["speaker_end"]):
        if speaker:
            assert 0 <= s < e <= n and not is_blank(text[s:e])
            assert set(speaker.split("; ")) <= actor_names, f"speaker {speaker!r} is not an actor"
    quoted_events = ds.events[ds.events["start"].isin(q["start"]) & ds.events["end"].isin(q["end"])]
    assert quoted_events["actor"].ne("").all(), "a statement is made by somebody"
    for frame, column in (("actors", "name"), ("mentions", "name"), ("locations", "name")):
        for value in ds.frames()[frame][column]:
            assert value.strip() and value == value.strip(), (frame, value)
            assert not any(ch in value for ch in "<>\u200b\u200c\u200d\u00ad\ufeff"), (frame, value)
    sentence_ids = set(sents["sentence_id"])
    for frame in ("events", "quotes", "mentions"):
        ids = ds.frames()[frame]["sentence_id"]
        assert set(ids[ids != ""]) <= sentence_ids, frame
    location_ids = set(ds.locations["location_id"])
    for column in ("origin_id", "destination_id"):
        ids = ds.movements[column]
        assert set(ids[ids != ""]) <= location_ids, column
    assert ds.headline == "" or ds.headline in set(sents.loc[sents["section"] == "headline", "text"])


def _quote(ds, needle):
    rows = ds.quotes[ds.quotes["text"].str.contains(needle, regex=False)]
    assert len(rows) == 1, (needle, rows[["speaker", "text"]].to_dict("records"))
    return rows.iloc[0]


FLOOD = "Flood waters reach the capital as rivers burst their banks"


def _standard_article(ds):
    assert ds.headline == FLOOD
    assert _quote(ds, "We are moving families to higher ground")["speaker"] == "Jane Okafor"
    assert not ds.sentences["text"].str.contains("[\r\ufeff]").any()
    assert "Hyderabad" in set(ds.locations["name"])


def _nothing_extracted(ds):
    assert ds.quotes.empty and ds.mentions.empty and ds.actors.empty
    assert ds.events[ds.events["source"] == "article"].empty


def _headline_only(ds):
    assert ds.headline == "Iran attacks bases in Iraq housing US troops"
    assert len(ds.sentences) == 1 and ds.quotes.empty


def _dateline_only(ds):
    assert ds.published == date(2020, 1, 8)
    assert ds.quotes.empty and ds.actors.empty


def _boilerplate_only(ds):
    assert set(ds.sentences["section"]) == {"boilerplate"} and len(ds.sentences) == 10
    assert ds.headline == ""
    _nothing_extracted(ds)


def _quote_no_speaker(ds):
    assert len(ds.quotes) == 2
    assert ds.quotes["speaker"].eq("").all() and ds.quotes["attribution"].eq("none").all()
    assert ds.quotes["speaker_via"].eq("none").all()
    assert ds.actors.empty and ds.events[ds.events["source"] == "article"].empty


def _speaker_no_quote(ds):
    assert ds.quotes.empty
    assert {"Jane Okafor", "Donald Trump", "Tom Reyes"} <= set(ds.actors["name"])


def _nested(ds):
    q = _quote(ds, "the big one")
    assert q["speaker"] == "Jane Okafor" and q["text"].startswith("When the sirens") and q["text"].endswith("no answer")
    assert _quote(ds, "We “will” respond")["speaker"] == "Jane Okafor"
    assert "Islamic State" not in set(ds.actors["name"]), "“Is it …” is a question, not the Islamic State"


def _unbalanced(ds):
    assert _quote(ds, "The bridge is not safe")["speaker"] == "Eve Doe"
    for t in ds.quotes["text"]:
        assert "\n" not in t


def _unclosed(ds):
    assert "March" not in set(ds.locations["name"]), "“in March” is a month"
    assert _quote(ds, "there will be another round")["speaker"] == "Jane Okafor"


def _line_separators(ds):
    assert ds.headline == "Flood waters reach the capital"
    assert _quote(ds, "We are moving families")["speaker"] == "Jane Okafor"


def _rtl(ds):
    assert _quote(ds, "نحن نريد السلام")["speaker"] == "Ahmed al-Rubaie"
    assert _quote(ds, "We want peace 🙏🏽")["speaker"] == "Ahmed al-Rubaie"
    assert {"Baghdad", "Basrah"} <= set(ds.locations["name"])
    assert ds.headline == "Protesters march in Baghdad 🇮🇶🔥"


def _mixed_scripts(ds):
    assert _quote(ds, "Καλημέρα")["speaker"] == "Jane Okafor"
    assert "Καλημέρα" not in set(ds.actors["name"]), "the last word of a quote is not a speaker"
    assert "Сергей Лавров" in set(ds.actors["name"])


def _zero_width(ds):
    assert "Baghdad" in set(ds.locations["name"])
    assert "Jane Okafor" in set(ds.actors["name"])
    assert _quote(ds, "the vote")["speaker"] == "Jane Okafor"


def _smart_straight(ds):
    assert _quote(ds, "We will rebuild")["speaker"] == "Eve Doe"
    assert _quote(ds, "We will not wait for Washington")["speaker"] == "Eve Doe"
    assert not ds.quotes["text"].str.contains("the governor said").any(), "attribution is not part of a quote"


def _apostrophes(ds):
    for t in ds.quotes["text"]:
        assert "Brien's team" not in t and "90's" not in t and "rock 'n' roll" not in t
    assert "Brien" in _quote(ds, "players’ night")["speaker"]


def _hostile(ds):
    for needle in ("<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "{{ 7*7 }}",
                   "${7*7}", "'; DROP TABLE quotes; --", "=cmd|' /C calc'!A0", "%s %n %x {0}"):
        assert needle in ds.text and ds.sentences["text"].str.contains(needle, regex=False).any(), needle
    assert "DROP TABLE" not in set(ds.actors["name"])
    assert _quote(ds, "DROP TABLE")["speaker"] == "Tom Reyes"
    assert "Eve Doe" in set(ds.actors["name"])


def _path_only(ds):
    assert ds.text.startswith("/etc/passwd\n")  # read as words: the file named is never opened
    _nothing_extracted(ds)


def _long_line(ds):
    assert len(ds.sentences) >= 300, "one stray quote mark must not swallow the rest of the line"
    assert ds.quotes["start"].max() > 90_000 and len(ds.quotes) >= 200
    assert ds.events["start"].max() > 90_000


def _long_unclosed(ds):
    assert ds.text.startswith("“")
    assert len(ds.sentences) >= 300
    assert len(ds.quotes) >= 100 and ds.quotes["start"].max() > 50_000


def _repeated(ds):
    assert len(ds.sentences) == 1000 and len(ds.quotes) == 1000
    assert ds.quotes["speaker"].eq("Eve Doe").all()
    assert len(ds.actors) == 1 and ds.actors.iloc[0]["mentions"] == 1000


EXPECT = {
    "crlf.txt": _standard_article, "lone_cr.txt": _standard_article, "utf8_bom.txt": _standard_article,
    "unicode_line_separators.txt": _line_separators, "headline_only.txt": _headline_only,
    "dateline_only.txt": _dateline_only, "boilerplate_only.txt": _boilerplate_only,
    "quote_no_speaker.txt": _quote_no_speaker, "speaker_no_quote.txt": _speaker_no_quote,
    "nested_quotes.txt": _nested, "unbalanced_quotes.txt": _unbalanced, "unclosed_quote.txt": _unclosed,
    "rtl_emoji.txt": _rtl, "mixed_scripts.txt": _mixed_scripts, "zero_width.txt": _zero_width,
    "smart_straight_mix.txt": _smart_straight, "apostrophes.txt": _apostrophes, "hostile_strings.txt": _hostile,
    "path_only.txt": _path_only, "emoji_only.txt": _nothing_extracted, "only_punctuation.txt": _nothing_extracted,
    "only_numbers.txt": _nothing_extracted, "url_only.txt": _nothing_extracted, "long_word.txt": _nothing_extracted,
    "long_line_100k.txt": _long_line, "long_line_unclosed_quote.txt": _long_unclosed,
    "repeated_paragraph_1000.txt": _repeated,
}


@pytest.mark.parametrize("name", [n for n in MANIFEST if n != HUGE])
def test_load(name, corpus):
    row = MANIFEST[name]
    if row["outcome"] == "error":
        with pytest.raises(analysis.ArticleError) as excinfo:
            analysis.load(corpus[name])
        assert type(excinfo.value) is analysis.ArticleError
        message = str(excinfo.value)
        assert row["message_contains"] in message and "\n" not in message
        return
    ds = analysis.load(corpus[name])
    check_dataset(ds)
    if name in EXPECT:
        EXPECT[name](ds)


def test_utf8_bom_offsets_index_the_text_without_it(corpus):
    ds = analysis.load(corpus["utf8_bom.txt"])
    assert ds.text == corpus["crlf.txt"].read_bytes().decode().replace("\r\n", "\n")
    plain = analysis.load(corpus["lone_cr.txt"])
    assert list(ds.sentences["text"]) == list(plain.sentences["text"])


# --- (3) byte-identical output across processes ------------------------------------------


_DRIVER = """
import contextlib, sys
from pathlib import Path
from analysis.__main__ import main
out = Path(sys.argv[1])
for path in sys.argv[2:]:
    name = Path(path).stem
    for fmt in ("csv", "parquet", "json"):
        assert main(["extract", path, "--out", str(out / name / fmt), "--format", fmt]) == 0, (path, fmt)
    with open(out / name / "stdout.json", "w", encoding="utf-8") as fh, contextlib.redirect_stdout(fh):
        assert main(["extract", path, "--format", "json"]) == 0, path
"""


@pytest.mark.slow
def test_two_runs_write_identical_files(corpus, tmp_path):
    files = [str(corpus[n]) for n in OK if n != HUGE]
    procs = []
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        procs.append(subprocess.Popen([sys.executable, "-c", _DRIVER, str(tmp_path / seed), *files], cwd=ROOT, env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True))
    for proc in procs:
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
    first, second = tmp_path / "0", tmp_path / "4242"
    compared = 0
    for path in sorted(first.rglob("*")):
        if path.is_file():
            twin = second / path.relative_to(first)
            assert twin.read_bytes() == path.read_bytes(), path.relative_to(first)
            compared += 1
    assert compared == len(files) * (3 * 8 + 1)
    assert sorted(p.relative_to(first) for p in first.rglob("*")) == sorted(p.relative_to(second) for p in second.rglob("*"))


# --- (4) the article at the size limit, in a bounded time -------------------------------------------


@pytest.mark.slow
def test_huge_article_within_bound(corpus, tmp_path):
    out = tmp_path / "out"
    started = time.monotonic()
    # --csv-raw: the spans are checked against the exact text (by default a cell starting "- " gets an apostrophe)
    proc = _run("extract", corpus[HUGE], "--out", out, "--csv-raw", timeout=HUGE_TIMEOUT)  # raises TimeoutExpired past the bound
    elapsed = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    print(f"\narticle at the size limit: {elapsed:.1f} s (bound {HUGE_TIMEOUT} s)")
    text = corpus[HUGE].read_text(encoding="utf-8")
    frames = {name: pd.read_csv(out / f"{name}.csv", keep_default_na=False, dtype=str) for name in FRAME_NAMES}
    assert len(frames["sentences"]) > 12_000 and len(frames["quotes"]) > 4_000 and len(frames["events"]) > 4_000
    for name, df in frames.items():
        assert df[ID[name]].is_unique, name
        if "start" not in df:
            continue
        spans = df[df["start"] != ""]
        starts, ends = spans["start"].astype(int), spans["end"].astype(int)
        assert ((starts >= 0) & (starts < ends) & (ends <= len(text))).all(), name
        if name in SPAN_TEXT:
            for s, e, t in zip(starts, ends, spans[SPAN_TEXT[name]]):
                assert text[s:e] == t, name


# --- other hostile invocations ---------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_endless_device_is_refused_not_read_forever(tmp_path):
    proc = _run("extract", "/dev/zero", "--out", tmp_path / "out")
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1 and "limit" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_file_name_with_a_line_break_keeps_messages_on_one_line(tmp_path, capsys):
    bad = tmp_path / "bad\nname.txt"
    bad.write_bytes(b"")
    assert main(["extract", str(bad), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "bad\\nname.txt" in err
    good = tmp_path / "good\nname.txt"
    good.write_text("Iran fired missiles at Erbil, officials said.\n", encoding="utf-8")
    assert main(["extract", str(good), "--out", str(tmp_path / "out\ndir")]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


@pytest.mark.parametrize("blocked", ["sentences.csv", "mentions.csv", "map.geojson"])
def test_write_failure_leaves_no_partial_output(blocked, corpus, tmp_path, capsys):
    out = tmp_path / "out"
    _existing_output(out)
    (out / blocked).unlink(missing_ok=True)
    (out / blocked).mkdir()  # a folder where an output file goes: the write fails
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    code = main(["extract", str(corpus["crlf.txt"]), "--out", str(out)])
    err = capsys.readouterr().err
    # a folder holding anything an export does not write is refused whole, before any write
    assert code == 2 and len(err.splitlines()) == 1 and "is not an export" in err, err
    assert {p.name for p in out.iterdir()} == set(before) | {blocked}, "no partial or temporary files"
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_output_path_that_is_a_file(corpus, tmp_path, capsys):
    target = tmp_path / "out"
    target.write_bytes(b"keep me")
    assert main(["extract", str(corpus["crlf.txt"]), "--out", str(target)]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 1
    assert target.read_bytes() == b"keep me"
