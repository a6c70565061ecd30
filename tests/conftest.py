"""Shared fixtures: the seed article (loaded once) and a helper that loads hand-made texts."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.schema import FRAMES

ROOT = Path(__file__).resolve().parents[1]
# `make render`/`make app` point load() at another article and switch the dashboard to its
# static page through these variables; the tests must see the defaults.
for _name in ("ANALYSIS_ARTICLE", "ANALYSIS_STATIC_PAGE"):
    os.environ.pop(_name, None)
QUOTE_MARKS = "“”\"‘’'«»"


@pytest.fixture(scope="session")
def seed():
    return analysis.load()


@pytest.fixture(scope="session")
def seed_no_context():
    return analysis.load(context=False)


@pytest.fixture
def write_article(tmp_path):
    """Write ``text`` to a UTF-8 file and load it (published 2025-03-01)."""
    counter = iter(range(1_000_000))

    def write(text: str, *, published: str | None = "2025-03-01", context: bool = True):
        path = tmp_path / f"article_{next(counter)}.txt"
        path.write_bytes(text.encode("utf-8"))
        return analysis.load(path, published=published, context=context)

    return write


# --- helpers used by several test modules ------------------------------------


def quotes_containing(ds, substring: str) -> pd.DataFrame:
    return ds.quotes[ds.quotes["text"].str.contains(substring, regex=False)]


def one_quote(ds, substring: str) -> pd.Series:
    found = quotes_containing(ds, substring)
    assert len(found) == 1, f"expected one quote containing {substring!r}, got {found[['speaker', 'text']].to_dict('records')}"
    return found.iloc[0]


def speaker_names(value: str) -> set[str]:
    """A speaker cell that lists several speakers (';' or ',' separated) as a set."""
    import re

    return {p.strip() for p in re.split(r"\s*[;,|]\s*|\s+and\s+", value) if p.strip()}


def assert_typed(df: pd.DataFrame, name: str) -> None:
    """``df`` has exactly the declared columns, in order, with the declared dtypes."""
    declared = FRAMES[name]
    assert list(df.columns) == list(declared), name
    for column, dtype in declared.items():
        assert str(df[column].dtype) == dtype, f"{name}.{column}: {df[column].dtype} != {dtype}"
