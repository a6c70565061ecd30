"""Write a dataset's frames to files other tools read: CSV, Parquet, JSON and GeoJSON.

Output is deterministic: the same article gives byte-identical files.
"""

from __future__ import annotations

import errno
import json
import math
import os
import secrets
from pathlib import Path

import pandas as pd

from .dataset import FRAME_NAMES, Dataset

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
    """One JSON-ready document: metadata, every frame as records, and the map layers."""
    return {
        "article": {"path": ds.path, "published": ds.published.isoformat() if ds.published else None,
                    "headline": ds.headline, "characters": len(ds.text)},
        **{name: _records(getattr(ds, name)) for name in FRAME_NAMES},
        "map": geojson(ds),
    }


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


def write(ds: Dataset, out_dir: str | Path, fmt: str = "csv") -> list[Path]:
    """One file per frame plus ``map.geojson``; returns the paths written.

    All or nothing: every file is written to a temporary name in ``out_dir`` and
    moved over its target only once all of them are written, so a failure (a full
    disk, a folder in the way) leaves no partial file and every earlier file as it was.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    targets = [out / f"{name}.{fmt}" for name in FRAME_NAMES] + [out / "map.geojson"]
    staged: list[Path] = []
    try:
        for target in targets:
            if target.exists() and not target.is_file():
                raise IsADirectoryError(errno.EISDIR, "is in the way and not a file", str(target))
        for name, target in zip(FRAME_NAMES + ("map",), targets):
            tmp = out / f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp"
            tmp.open("xb").close()  # a fresh name, with the permissions any new file gets
            staged.append(tmp)
            if name == "map":
                tmp.write_text(json.dumps(geojson(ds), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
                continue
            df = getattr(ds, name)
            if fmt == "csv":
                df.to_csv(tmp, index=False, lineterminator="\n")
            elif fmt == "parquet":
                df.to_parquet(tmp, index=False)
            else:
                tmp.write_text(json.dumps(_records(df), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        for tmp, target in zip(staged, targets):
            os.replace(tmp, target)
    except BaseException:
        for tmp in staged:
            tmp.unlink(missing_ok=True)
        if created:
            try:
                out.rmdir()  # only if still empty
            except OSError:
                pass
        raise
    return targets
