"""Command line: python -m analysis extract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.dataset import FRAME_NAMES
from analysis.schema import FRAMES

ROOT = Path(__file__).resolve().parents[1]


def run(*args, check_ok=True):
    proc = subprocess.run([sys.executable, "-m", "analysis", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    if check_ok:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def csv_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("csv") / "out"
    run("extract", "--out", out)
    return out


def test_csv_files(csv_out):
    names = sorted(p.name for p in csv_out.iterdir())
    assert names == sorted([f"{n}.csv" for n in FRAME_NAMES] + ["map.geojson"])
    for name in FRAME_NAMES:
        df = pd.read_csv(csv_out / f"{name}.csv", keep_default_na=False)
        assert list(df.columns) == list(FRAMES[name])
        assert len(df) >= 1


def test_geojson(csv_out):
    geo = json.loads((csv_out / "map.geojson").read_text(encoding="utf-8"))
    assert geo["type"] == "FeatureCollection"
    types = set()
    for feature in geo["features"]:
        assert feature["type"] == "Feature"
        assert isinstance(feature["properties"], dict)
        geom = feature["geometry"]
        if geom is None:
            continue
        types.add(geom["type"])
        if geom["type"] == "Point":
            lon, lat = geom["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
        elif geom["type"] == "LineString":
            assert len(geom["coordinates"]) >= 2
            for lon, lat in geom["coordinates"]:
                assert -180 <= lon <= 180 and -90 <= lat <= 90
    assert {"Point", "LineString"} <= types


def test_csv_runs_are_byte_identical(csv_out, tmp_path):
    out2 = tmp_path / "again"
    run("extract", "--out", out2)
    for path in sorted(csv_out.iterdir()):
        assert (out2 / path.name).read_bytes() == path.read_bytes(), path.name


def test_parquet_round_trip(tmp_path, seed):
    out = tmp_path / "pq"
    run("extract", "--out", out, "--format", "parquet")
    for name in FRAME_NAMES:
        df = pd.read_parquet(out / f"{name}.parquet")
        assert list(df.columns) == list(FRAMES[name])
        assert len(df) == len(getattr(seed, name))
        id_col = next(iter(FRAMES[name]))
        assert list(df[id_col]) == list(getattr(seed, name)[id_col])
    assert (out / "map.geojson").exists()


def test_json_stdout(seed):
    proc = run("extract", "--format", "json")
    doc = json.loads(proc.stdout)
    for name in FRAME_NAMES:
        assert name in doc
        assert isinstance(doc[name], list)
        assert len(doc[name]) == len(getattr(seed, name))
    assert doc["article"]["published"] == "2020-01-08"
    assert doc["map"]["type"] == "FeatureCollection"


def test_no_context_flag(tmp_path):
    proc = run("extract", "--format", "json", "--no-context")
    doc = json.loads(proc.stdout)
    for name in ("events", "locations", "movements", "actors"):
        assert all(row["source"] == "article" for row in doc[name]), name


def test_published_flag(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Officials said troops left the city of Kirkuk last week.\n", encoding="utf-8")
    doc = json.loads(run("extract", path, "--format", "json", "--published", "2025-03-01").stdout)
    assert doc["article"]["published"] == "2025-03-01"


def _bad_inputs(tmp: Path):
    binary = tmp / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    empty = tmp / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp / "blank.txt"
    blank.write_bytes(b"  \n\n\t ")
    latin = tmp / "latin.txt"
    latin.write_bytes("Le ministre a déclaré que la réunion était terminée.".encode("latin-1"))
    html = tmp / "page.txt"
    html.write_bytes(b"<!DOCTYPE html>\n<html><body><p>Story</p></body></html>\n")
    good = tmp / "good.txt"
    good.write_text("The minister spoke on Monday.\n", encoding="utf-8")
    return {
        "missing": [tmp / "missing.txt"],
        "directory": [_empty_folder(tmp)],  # a folder of articles is a corpus (tests/test_corpus.py)
        "binary": [binary],
        "empty": [empty],
        "blank": [blank],
        "latin-1": [latin],
        "html": [html],
        "bad-date": [good, "--published", "2020-13-45"],
    }


def _empty_folder(tmp):
    folder = tmp / "no_articles"
    folder.mkdir()
    (folder / "notes.md").write_text("not an article\n")
    return folder


CASES = ["missing", "directory", "binary", "empty", "blank", "latin-1", "html", "bad-date"]


@pytest.mark.parametrize("case, fmt", [(c, "csv") for c in CASES] + [("binary", "parquet"), ("html", "json")])
def test_bad_input_exits_2(tmp_path, case, fmt):
    src = tmp_path / "src"
    src.mkdir()
    args = _bad_inputs(src)[case]
    out = tmp_path / "out"
    proc = run("extract", *args, "--out", out, "--format", fmt, check_ok=False)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    lines = proc.stderr.strip("\n").splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert lines[0].strip()
    assert proc.stdout == ""
    assert not out.exists() or not any(out.iterdir())


def test_bad_input_json_to_stdout(tmp_path):
    proc = run("extract", tmp_path / "missing.txt", "--format", "json", check_ok=False)
    assert proc.returncode == 2
    assert len(proc.stderr.strip("\n").splitlines()) == 1
    assert proc.stdout == ""


def test_csv_without_out_is_an_error():
    proc = run("extract", check_ok=False)
    assert proc.returncode == 2
    assert len(proc.stderr.strip("\n").splitlines()) == 1


def test_a_full_stdout_ends_in_one_line(tmp_path):
    """`> /dev/full`: the JSON cannot be written, and neither can the summary of an export."""
    for args in (["--format", "json"], ["--out", tmp_path / "out"]):
        with open("/dev/full", "w") as full:
            proc = subprocess.run([sys.executable, "-m", "analysis", "extract", *map(str, args)], cwd=ROOT,
                                  stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.splitlines() == ["error: cannot write to standard output: No space left on device"]


def test_a_closed_pipe_is_not_an_error():
    proc = subprocess.run(f'"{sys.executable}" -m analysis extract --format json | head -c 10 >/dev/null; '
                          f'echo "${{PIPESTATUS[0]}}"', shell=True, executable="/bin/bash", cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.stdout.strip() == "0" and proc.stderr == ""


@pytest.mark.parametrize("name", ["new\nline", "tab\there", "esc\x1b[31mred"])
def test_messages_stay_on_one_line_whatever_the_path(tmp_path, name):
    blocker = tmp_path / "file"
    blocker.write_text("in the way", encoding="utf-8")
    bad = run("extract", "--out", blocker / name, check_ok=False)  # a path under a file
    assert bad.returncode == 2 and len(bad.stderr.splitlines()) == 1, bad.stderr
    good = run("extract", "--out", tmp_path / name)
    assert len(good.stdout.splitlines()) == 1 and good.stderr == ""
    assert (tmp_path / name / "quotes.csv").is_file()


def test_csv_raw_flag(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text('Officials met in Baghdad on Monday.\n\n"=SUM(1+1) is the plan," said John Smith, the minister.\n',
                    encoding="utf-8")
    run("extract", path, "--out", tmp_path / "safe")
    run("extract", path, "--out", tmp_path / "raw", "--csv-raw")
    safe = pd.read_csv(tmp_path / "safe" / "quotes.csv")["text"].tolist()
    raw = pd.read_csv(tmp_path / "raw" / "quotes.csv")["text"].tolist()
    assert raw == ["=SUM(1+1) is the plan"] and safe == ["'=SUM(1+1) is the plan"]


def test_an_out_folder_with_other_files_is_refused_in_one_line(tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    proc = run("extract", "--out", out, check_ok=False)
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1 and "is not an export" in proc.stderr
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


def test_relative_dates_without_a_publication_date_say_so_in_one_line(tmp_path):
    article = tmp_path / "undated.txt"
    article.write_text("Court jails activist\nPolice arrested the activist on Friday in Minsk, her lawyer said.\n", encoding="utf-8")
    proc = run("extract", article, "--out", tmp_path / "out")
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("note: no publication date") and "--published" in lines[0]
    events = pd.read_csv(tmp_path / "out" / "events.csv", keep_default_na=False)
    arrest = events[events["date_text"].str.contains("Friday")]
    assert len(arrest) >= 1 and (arrest["date"] == "").all() and (arrest["date_basis"] == "relative, no publication date").all()
    proc = run("extract", article, "--out", tmp_path / "out2", "--published", "2025-03-10")
    assert proc.stderr == ""
    dated = pd.read_csv(tmp_path / "out2" / "events.csv", keep_default_na=False)
    assert (dated.loc[dated["date_text"].str.contains("Friday"), "date"] == "2025-03-07").all()
