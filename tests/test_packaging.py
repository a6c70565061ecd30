"""Packaging and reference data: one dependency list, and every outside fact cites its source."""

from __future__ import annotations

import csv
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
IGNORED = {"python", "pip"}


def _norm(spec: str) -> str:
    name = re.split(r"[<>=!~\[;@\s]", spec.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def _environment_yml() -> list[str]:
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    try:
        import yaml
    except ImportError:  # a small parser for the flat list form used here
        specs, in_deps = [], False
        for line in text.splitlines():
            stripped = line.split("#", 1)[0].rstrip()
            if not stripped:
                continue
            if not line.startswith(" ") and not line.startswith("-"):
                in_deps = stripped.startswith("dependencies:")
                continue
            if in_deps:
                item = stripped.strip()
                if item.startswith("- ") and not item.endswith(":"):
                    specs.append(item[2:].strip())
        return specs
    doc = yaml.safe_load(text)
    specs = []
    for dep in doc["dependencies"]:
        if isinstance(dep, dict):
            specs.extend(dep.get("pip", []))
        else:
            specs.append(dep)
    return specs


def _pyproject() -> list[str]:
    doc = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = doc["project"]
    specs = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        specs.extend(extra)
    return specs


def test_same_dependencies():
    env = {_norm(s) for s in _environment_yml()} - IGNORED
    proj = {_norm(s) for s in _pyproject()} - IGNORED - {"article-analysis"}
    assert env == proj, f"only in environment.yml: {sorted(env - proj)}; only in pyproject.toml: {sorted(proj - env)}"


def test_runtime_dependencies_are_importable():
    import importlib

    for module in ("pandas", "pyarrow", "pysbd"):
        importlib.import_module(module)


def _rows(name):
    with open(ROOT / "data" / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("name", ["actors.csv", "places.csv", "context.csv", "cameo.csv", "demonyms.csv",
                                  "country_aliases.csv", "articles.csv", "people_nouns.csv"])
def test_every_fact_row_has_a_source(name):
    rows = _rows(name)
    assert rows, name
    assert "source" in rows[0], name
    missing = [i + 2 for i, row in enumerate(rows) if not (row.get("source") or "").strip()]
    assert not missing, f"{name}: rows without source at lines {missing}"


def test_places_with_coordinates_cite_them():
    bad = []
    for i, row in enumerate(_rows("places.csv")):
        if (row.get("lat") or "").strip() or (row.get("lon") or "").strip():
            if not ((row.get("coord_source") or "").strip() or (row.get("icao") or "").strip()):
                bad.append((i + 2, row["name"]))
            float(row["lat"]), float(row["lon"])
    assert not bad, bad


def test_context_sources_are_urls():
    for row in _rows("context.csv"):
        for url in row["source"].split("|"):
            assert url.strip().startswith(("http://", "https://")), row["fact_id"]


def test_cameo_goldstein_in_range():
    for row in _rows("cameo.csv"):
        assert -10.0 <= float(row["goldstein"]) <= 10.0, row["code"]
