"""Exports a spreadsheet can open safely: formulas in text cells are neutralised in CSV only.

The folder-level guarantees (whole or nothing, one writer at a time) are in test_output.py.
"""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

from analysis import export
from analysis.dashboard import filtered_csv

# A hand-written article whose quotes and sentences start the way spreadsheet attacks do.
FORMULA_ARTICLE = """Officials weigh the response after the attack on the base

BAGHDAD (Reuters) - Iraq's prime minister spoke to reporters in Baghdad on Monday.

"+cmd|' /C calc'!A0 is what they typed," said Mark Esper, the U.S. defense secretary.

"-2+3+cmd|' /C calc'!A0 was on the screen," said Dominic Raab, the British foreign secretary.

"@SUM(1+9)*cmd|' /C calc'!A0 will not help," Raab added.

=HYPERLINK("http://evil.example/","details") appeared in a message posted in Baghdad on Monday.
"""
QUOTES = ["+cmd|' /C calc'!A0 is what they typed", "-2+3+cmd|' /C calc'!A0 was on the screen",
          "@SUM(1+9)*cmd|' /C calc'!A0 will not help"]
SENTENCE = '=HYPERLINK("http://evil.example/","details") appeared in a message posted in Baghdad on Monday.'
STARTS = tuple("=+-@\t\r")


@pytest.fixture
def formula_ds(write_article):
    ds = write_article(FORMULA_ARTICLE)
    assert sorted(ds.quotes["text"]) == sorted(QUOTES), "the article no longer yields the quotes this test needs"
    assert SENTENCE in set(ds.sentences["text"])
    return ds


def _cells(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def assert_no_formula(text: str, where: str) -> None:
    """No cell of the CSV ``text`` starts like a formula, except cells that are plain numbers."""
    for row in _cells(text):
        for column, cell in row.items():
            assert not (cell.startswith(STARTS) and not _is_number(cell)), f"{where}: {column} = {cell!r}"


@pytest.mark.parametrize("cell, safe", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("-", "'-"),
    ("-2.5", "-2.5"),  # a plain number runs nothing: a spreadsheet reads it as that number
    ("+3", "+3"),
    ("1e-3", "1e-3"),
    ("a = b", "a = b"),  # only the start counts
    ("", ""),
])
def test_text_cells_that_would_run_get_an_apostrophe(cell, safe):
    frame = pd.DataFrame({"text": pd.Series([cell], dtype="str")})
    assert export.spreadsheet_safe(frame)["text"].tolist() == [safe]


def test_numbers_stay_numbers(seed):
    """Goldstein values are negative for attacks: they stay numbers, without an apostrophe."""
    assert (seed.events["goldstein"] < 0).any()
    back = pd.read_csv(io.StringIO(export.to_csv(seed.events)))
    assert back["goldstein"].dtype == "float64"
    assert back["goldstein"].tolist() == pytest.approx(seed.events["goldstein"].tolist(), nan_ok=True)


def test_the_cli_export_is_safe_and_parquet_and_json_keep_the_text(formula_ds, tmp_path):
    for fmt in export.FORMATS:
        export.write(formula_ds, tmp_path / fmt, fmt)
    for path in (tmp_path / "csv").glob("*.csv"):
        assert_no_formula(path.read_text(encoding="utf-8"), path.name)
    quotes = _cells((tmp_path / "csv" / "quotes.csv").read_text(encoding="utf-8"))
    assert sorted(row["text"] for row in quotes) == sorted("'" + q for q in QUOTES)
    sentences = {row["text"] for row in _cells((tmp_path / "csv" / "sentences.csv").read_text(encoding="utf-8"))}
    assert "'" + SENTENCE in sentences
    # the exact text everywhere else
    assert sorted(pd.read_parquet(tmp_path / "parquet" / "quotes.parquet")["text"]) == sorted(QUOTES)
    assert sorted(row["text"] for row in json.loads((tmp_path / "json" / "quotes.json").read_text())) == sorted(QUOTES)


def test_csv_raw_keeps_the_exact_text(formula_ds, tmp_path):
    export.write(formula_ds, tmp_path / "raw", csv_raw=True)
    quotes = _cells((tmp_path / "raw" / "quotes.csv").read_text(encoding="utf-8"))
    assert sorted(row["text"] for row in quotes) == sorted(QUOTES)


def test_the_dashboard_download_is_safe(formula_ds):
    text = filtered_csv(formula_ds)
    assert_no_formula(text, "the dashboard's download")
    assert {row["text"] for row in _cells(text) if row["frame"] == "quotes"} == {"'" + q for q in QUOTES}


def test_the_shared_pages_download_applies_the_same_formula_rule():
    import re

    from analysis.export import csv_rule, runs_as_formula

    rule = csv_rule()  # the page's JavaScript reads these two patterns
    formula, number = re.compile(rule["formula"]), re.compile(rule["number"])
    for cell in ("=HYPERLINK(1)", "+cmd|' /C calc'!A0", "-2+3+cmd", "@SUM(A1)", "\tx", "\rx", "-2.5", "+3", "plain", "e=mc2"):
        assert (bool(formula.search(cell)) and not number.search(cell)) == runs_as_formula(cell), cell
