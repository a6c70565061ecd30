"""Full checks of the data contract with pandera — for tests and explicit calls, never on load.

    >>> from analysis.validation import validate
    >>> validate(analysis.load())   # raises pandera's SchemaErrors listing every failure
"""

from __future__ import annotations

from functools import cache

import pandera.pandas as pa

from .dataset import Dataset
from .schema import _STR_DTYPE, ALLOWED, FRAMES, STR, SPAN_TEXT

_ID_COLUMNS = {name: next(iter(columns)) for name, columns in FRAMES.items()}


@cache
def schema(name: str) -> pa.DataFrameSchema:
    """The pandera schema of one frame, built from :data:`analysis.schema.FRAMES`."""
    columns = {}
    for column, dtype in FRAMES[name].items():
        checks = []
        allowed = ALLOWED.get((name, column))
        if allowed:
            checks.append(pa.Check.isin(list(allowed)))
        if column == _ID_COLUMNS[name]:
            checks.append(pa.Check(lambda s: s.str.len() > 0, error="ids are non-empty"))
        if column in ("start", "end", "speaker_start", "speaker_end"):
            checks.append(pa.Check.ge(0))
        if column == "tone":
            checks.append(pa.Check.in_range(-1.0, 1.0))
        if column == "lat":
            checks.append(pa.Check.in_range(-90.0, 90.0))
        if column == "lon":
            checks.append(pa.Check.in_range(-180.0, 180.0))
        nullable = dtype in ("Int64", "float64", "datetime64[s]")
        unique = column == _ID_COLUMNS[name]
        columns[column] = pa.Column(_STR_DTYPE if dtype == STR else dtype, checks=checks, nullable=nullable, unique=unique)
    return pa.DataFrameSchema(columns, strict=True, ordered=True, name=name)


def span_errors(ds: Dataset) -> list[str]:
    """Rows whose span leaves the text, or whose text is not the slice it claims to be."""
    errors = []
    n = len(ds.text)
    for name, df in ds.frames().items():
        if "start" not in df:
            continue
        rows = df.dropna(subset=["start", "end"])
        for row in rows.itertuples(index=False):
            start, end = int(row.start), int(row.end)
            if not 0 <= start <= end <= n:
                errors.append(f"{name}: span {start}:{end} outside the text")
            elif name in SPAN_TEXT and getattr(row, SPAN_TEXT[name]) != ds.text[start:end]:
                errors.append(f"{name}: text of {start}:{end} differs from the article")
    return errors


def validate(ds: Dataset) -> Dataset:
    """Check every frame (all failures reported together) and every span; returns ``ds``."""
    for name, df in ds.frames().items():
        schema(name).validate(df, lazy=True)
    problems = span_errors(ds)
    if problems:
        raise ValueError(f"{len(problems)} span problems: " + "; ".join(problems[:10]))
    return ds
