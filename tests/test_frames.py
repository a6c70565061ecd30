"""The data contract: declared columns and dtypes, spans into the text, stable unique ids."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis.schema import ALLOWED, FRAMES, SPAN_TEXT
from conftest import assert_typed

ID_COLUMN = {
    "sentences": "sentence_id", "events": "event_id", "quotes": "quote_id", "locations": "location_id",
    "movements": "movement_id", "actors": "actor_id", "mentions": "mention_id",
}


def test_frame_names():
    assert set(analysis.FRAME_NAMES) == set(FRAMES)
    assert set(ID_COLUMN) == set(FRAMES)


@pytest.mark.parametrize("name", list(FRAMES))
def test_columns_and_dtypes(seed, name):
    assert_typed(seed.frames()[name], name)


@pytest.mark.parametrize("name", list(FRAMES))
def test_frames_not_empty_for_seed(seed, name):
    assert len(seed.frames()[name]) >= 1


@pytest.mark.parametrize("name, column", list(SPAN_TEXT.items()))
def test_span_text_round_trips(seed, name, column):
    df = seed.frames()[name]
    for s, e, t in zip(df["start"], df["end"], df[column]):
        assert seed.text[s:e] == t


@pytest.mark.parametrize("name", list(FRAMES))
def test_article_spans_inside_text(seed, name):
    df = seed.frames()[name]
    article = df[df["source"] == "article"] if "source" in df else df
    for row in article.itertuples():
        assert not pd.isna(row.start) and not pd.isna(row.end), row
        assert 0 <= row.start <= row.end <= len(seed.text), row


@pytest.mark.parametrize("name", [n for n in FRAMES if "source" in FRAMES[n]])
def test_context_rows_have_no_span(seed, name):
    df = seed.frames()[name]
    ctx = df[df["source"] == "context"]
    assert ctx["start"].isna().all() and ctx["end"].isna().all()


@pytest.mark.parametrize("name", list(FRAMES))
def test_ids_unique(seed, name):
    ids = seed.frames()[name][ID_COLUMN[name]]
    assert ids.is_unique
    assert (ids != "").all()


def test_ids_stable_across_loads(seed):
    again = analysis.load()
    for name in FRAMES:
        assert list(seed.frames()[name][ID_COLUMN[name]]) == list(again.frames()[name][ID_COLUMN[name]]), name
        pd.testing.assert_frame_equal(seed.frames()[name], again.frames()[name])


@pytest.mark.parametrize("key", sorted(ALLOWED))
def test_allowed_values(seed, key):
    name, column = key
    values = set(seed.frames()[name][column])
    assert values <= set(ALLOWED[key]), values - set(ALLOWED[key])


def test_sentence_ids_referenced_exist(seed):
    ids = set(seed.sentences["sentence_id"]) | {""}
    for name in ("events", "quotes", "locations", "mentions"):
        assert set(seed.frames()[name]["sentence_id"]) <= ids, name


def test_published_and_path(seed):
    import datetime

    assert seed.published == datetime.date(2020, 1, 8)
    assert seed.path.endswith("000_c2fd614317067620.txt")


def test_boilerplate_only_article(write_article):
    ds = write_article("- Advertisement -\n- Advertisement -\n")
    for name in FRAMES:
        assert_typed(ds.frames()[name], name)
    assert set(ds.sentences["section"]) == {"boilerplate"}
    for name in ("events", "quotes", "locations", "movements", "actors", "mentions"):
        assert ds.frames()[name].empty, name
    assert ds.headline == ""


def test_frames_method_matches_attributes(seed):
    for name, df in seed.frames().items():
        assert df is getattr(seed, name)


def test_frames_do_not_depend_on_pandas_internals(seed, monkeypatch):
    """schema builds frames through pandas' internal constructor and block manager for speed; a
    pandas release without them must give the same frames through the public API."""
    from analysis import schema

    built = {name: schema.frame(name, seed.frames()[name].to_dict("records")) for name in FRAMES}
    arrays = {name: schema.column_arrays(df) for name, df in built.items()}
    monkeypatch.delattr(pd.DataFrame, "_from_arrays")
    for name, df in built.items():
        again = schema.frame(name, df.to_dict("records"))
        pd.testing.assert_frame_equal(again, df)
        public = {column: df[column].array for column in df.columns}
        assert list(arrays[name]) == list(public)
        for column, values in arrays[name].items():
            pd.testing.assert_series_equal(pd.Series(values), pd.Series(public[column]), obj=f"{name}.{column}")
