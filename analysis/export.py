"""Write a dataset's frames to files other tools read: CSV, Parquet, JSON and GeoJSON.

Output is deterministic: the same article gives byte-identical files. An export folder is
written whole or not at all (:func:`write`). CSV is safe to open in a spreadsheet: a text
cell that would run as a formula gets a leading apostrophe (:func:`spreadsheet_safe`);
Parquet and JSON keep the exact text, and ``raw=True`` (``--csv-raw``) keeps it in CSV too.
"""

from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path

import pandas as pd

from . import output
from .dataset import FRAME_NAMES, Dataset
from .schema import CORPUS_FRAMES

FORMATS = ("csv", "parquet", "json")


def _records(df: pd.DataFrame) -> list[dict]:
    out = []
    for row in df.to_dict(orient="records"):
        clean = {}
        for key, value in row.items():
            if value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
                value = None
            elif isinstance(value, pd.Timestamp):
                value = value.date().isoformat()
            elif hasattr(value, "item"):
                value = value.item()
            clean[key] = value
        out.append(clean)
    return out


def to_json(ds: Dataset) -> dict:
    """One JSON-ready document: metadata, every frame as records, and the map layers (for a corpus,
    ``corpus`` instead of ``article``, and its ``articles`` and ``incidents`` frames too)."""
    if hasattr(ds, "articles"):
        head = {"corpus": {"path": ds.path, "articles": len(ds.articles),
                           "readable": int((ds.articles["error"] == "").sum())}}
    else:
        head = {"article": {"path": ds.path, "published": ds.published.isoformat() if ds.published else None,
                            "headline": ds.headline, "characters": len(ds.text)}}
    return {**head, **{name: _records(df) for name, df in ds.frames().items()}, "map": geojson(ds)}


def geojson(ds: Dataset) -> dict:
    """Locations as points and movements as lines; places without coordinates keep a null geometry."""
    features = []
    coords = {}
    for row in _records(ds.locations):
        point = None
        if row["lat"] is not None and row["lon"] is not None:
            point = {"type": "Point", "coordinates": [row["lon"], row["lat"]]}
            coords[row["location_id"]] = point["coordinates"]
        features.append({"type": "Feature", "geometry": point, "properties": {"layer": "location", **row}})
    for row in _records(ds.movements):
        a, b = coords.get(row["origin_id"] or ""), coords.get(row["destination_id"] or "")
        line = {"type": "LineString", "coordinates": [a, b]} if a and b else None
        features.append({"type": "Feature", "geometry": line, "properties": {"layer": "movement", **row}})
    return {"type": "FeatureCollection", "features": features}


def write(ds: Dataset, out_dir: str | Path, fmt: str = "csv", *, csv_raw: bool = False,
          wait: float = output.LOCK_WAIT) -> list[Path]:
    """One file per frame plus ``map.geojson`` in the folder ``out_dir``; returns the paths written.

    All or nothing, one run's export whole: the files are written into a fresh folder beside
    ``out_dir`` that replaces it in one step (:func:`analysis.output.replaced_folder`), so a
    failure or a kill leaves the previous export as it was, and two runs at once give one
    run's export, never a mix. ``out_dir`` is replaced as a whole: a folder holding anything
    an export does not write (see :func:`is_export`) is refused with :class:`OutputError`.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with output.replaced_folder(out_dir, ours=is_export, what="an export (it holds other files)", wait=wait) as folder:
        names = [p.name for p in write_files(ds, folder, fmt, csv_raw=csv_raw)]
    final = Path(os.path.realpath(out_dir))
    return [final / name for name in names]


def write_files(ds: Dataset, folder: Path, fmt: str = "csv", *, csv_raw: bool = False) -> list[Path]:
    """Write the export's files into ``folder`` (which exists), with no care for half-written
    output: :func:`write` and the site call it on a fresh folder of their own.

    A corpus's frames in Parquet are datasets partitioned by article (``events/article_id=…/part-0.parquet``,
    which ``pandas.read_parquet(folder / "events")`` reads whole); its ``articles`` and ``incidents`` are files.
    """
    paths = []
    for name, df in ds.frames().items():
        path = folder / f"{name}.{fmt}"
        if fmt == "csv":
            to_csv(df, path, raw=csv_raw)
        elif fmt == "parquet" and name in FRAME_NAMES and "article_id" in df.columns:
            path = folder / name
            _partitioned(df, path)
        elif fmt == "parquet":
            df.to_parquet(path, index=False)
        else:
            path.write_text(json.dumps(_records(df), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        paths.append(path)
    path = folder / "map.geojson"
    path.write_text(json.dumps(geojson(ds), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return paths + [path]


def _partitioned(df: pd.DataFrame, folder: Path) -> None:
    """``df`` as a Parquet dataset with one folder per article, files named by their order (no random
    names: the same corpus gives the same bytes)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir()
    if len(df):
        pq.write_to_dataset(pa.Table.from_pandas(df, preserve_index=False), folder, partition_cols=["article_id"],
                            basename_template="part-{i}.parquet")


# Files an export writes (any format), and the hidden temporary files exports wrote before
# they were built in a folder of their own: a folder holding nothing else is an export.
_EXPORT_FILES = {f"{name}.{fmt}" for name in FRAME_NAMES + tuple(CORPUS_FRAMES) for fmt in FORMATS} | {"map.geojson"}
_OLD_TEMPORARY = re.compile(r"\.(?:\w+)\.(?:csv|parquet|json|geojson)\.\d+-[0-9a-f]+\.tmp")
_PARTITION = re.compile(r"article_id=[\w.-]+")
_PART_FILE = re.compile(r"part-\d+\.parquet")


def is_export(folder: Path) -> bool:
    """Whether ``folder`` is an export, which the next export may replace whole: it holds only
    files an export writes (and, for a corpus in Parquet, its per-article dataset folders).
    Decided by its contents, with no marker file: a folder where someone has put a file or
    folder of their own is never replaced, so nothing of theirs is deleted."""
    return all(_is_plain_file(entry) and (entry.name in _EXPORT_FILES or _OLD_TEMPORARY.fullmatch(entry.name))
               or (entry.name in FRAME_NAMES and _is_dataset(entry)) for entry in folder.iterdir())


def _is_plain_file(entry: Path) -> bool:
    return entry.is_file() and not entry.is_symlink()


def _is_dataset(folder: Path) -> bool:
    """A frame's Parquet dataset as :func:`_partitioned` writes it: article folders of part files only."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    for part in folder.iterdir():
        if part.is_symlink() or not part.is_dir() or not _PARTITION.fullmatch(part.name):
            return False
        if not all(_is_plain_file(f) and _PART_FILE.fullmatch(f.name) for f in part.iterdir()):
            return False
    return True


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(…),
# +cmd|…, -2+3+cmd|…, @SUM(…)); tab and carriage return can hide such a start.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A text cell that is just a number ("-2.5", "+3") is left alone: a spreadsheet reads it as
# that number, runs nothing, and an apostrophe would turn the number into text.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def csv_rule() -> dict[str, str]:
    """The formula rule as two JavaScript-compatible patterns, for the shared page's download."""
    written = {"\t": "\\t", "\r": "\\r", "-": "\\-"}  # escapes both regex dialects read alike
    return {"formula": "^[" + "".join(written.get(c, c) for c in FORMULA_START) + "]",
            "number": "^(?:" + _PLAIN_NUMBER.pattern + ")$"}


def runs_as_formula(cell: object) -> bool:
    """Whether a spreadsheet opening ``cell`` from a CSV file would treat it as a formula."""
    return isinstance(cell, str) and cell.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(cell)


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with an apostrophe before every text cell a spreadsheet would run as a formula.

    Only text cells change: numbers (Goldstein values such as -2.5) stay numbers. The
    apostrophe is OWASP's advice against CSV injection: a spreadsheet shows the cell as text.
    """
    changes = {}
    for column, values in df.items():
        if not (values.dtype == object or isinstance(values.dtype, pd.StringDtype)):
            continue
        cells = values.tolist()  # a plain scan: cheaper than pandas' string methods on small frames
        if any(runs_as_formula(cell) for cell in cells):
            safe = ["'" + cell if runs_as_formula(cell) else cell for cell in cells]
            changes[column] = pd.Series(safe, index=values.index, dtype=values.dtype)
    return df.assign(**changes) if changes else df


def to_csv(df: pd.DataFrame, path: str | Path | None = None, *, raw: bool = False) -> str | None:
    """``df`` as CSV, spreadsheet-safe unless ``raw`` (:func:`spreadsheet_safe`): the one CSV
    writer of the package (the CLI, the site's data, the dashboard's download)."""
    return (df if raw else spreadsheet_safe(df)).to_csv(path, index=False, lineterminator="\n")
