"""Curated reference data from ``data/``, and the process-wide gazetteer.

Every table here is read once per process. The gazetteer itself (sources,
candidates, cache) lives in :mod:`analysis.gazetteer`.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import NamedTuple

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-"})


def normalise(name: str) -> str:
    """The lookup key of a name: case, apostrophes, hyphens and spacing folded."""
    name = name.translate(_APOSTROPHES).replace("-", " ").replace(".", "")
    return " ".join(name.lower().split())


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``data/<name>.csv`` as dicts (an empty tuple when the file is absent)."""
    path = DATA_DIR / f"{name}.csv"
    if not path.exists():
        return ()
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def article_metadata(file_name: str, digest: str) -> date | None:
    for row in table("articles"):
        if row.get("sha256") == digest or (not row.get("sha256") and row.get("file") == file_name):
            return date.fromisoformat(row["published"])
    return None


@cache
def section_patterns() -> dict[str, list[re.Pattern]]:
    out: dict[str, list[re.Pattern]] = {
        "boilerplate": [], "credit": [], "caption": [], "caption_dated": []
    }
    for row in table("sections"):
        out.setdefault(row["section"], []).append(re.compile(row["pattern"]))
    return out


@cache
def titles() -> frozenset[str]:
    return frozenset(row["title"].lower() for row in table("titles"))


@cache
def cues() -> dict[str, bool]:
    """Speech verbs, and whether each can introduce reported speech."""
    return {row["cue"].lower(): row["reporting"] == "yes" for row in table("cues")}


@cache
def cameo() -> dict[str, tuple[str, float]]:
    out = {}
    for row in table("cameo"):
        try:
            out[row["code"]] = (row["name"], float(row["goldstein"]))
        except (KeyError, ValueError):
            continue
    return out


class VerbRule(NamedTuple):
    pattern: re.Pattern
    event_type: str
    cameo: str
    obj: re.Pattern | None
    needs_place: bool


@cache
def verb_rules() -> tuple[VerbRule, ...]:
    rules = []
    for row in table("verbs"):
        obj = row.get("object") or ""
        rules.append(
            VerbRule(
                re.compile(row["pattern"], re.IGNORECASE),
                row["event_type"],
                row.get("cameo") or "",
                re.compile(obj, re.IGNORECASE) if obj and obj != "PLACE" else None,
                obj == "PLACE",
            )
        )
    return tuple(rules)


class StanceRule(NamedTuple):
    stance: str
    pattern: re.Pattern
    event_type: str
    cameo: str


@cache
def stance_rules() -> tuple[StanceRule, ...]:
    rows = sorted(table("stance"), key=lambda r: int(r["priority"]))
    return tuple(
        StanceRule(r["stance"], re.compile(r["pattern"]), r["event_type"], r["cameo"]) for r in rows
    )


class ActorEntry(NamedTuple):
    name: str
    aliases: tuple[str, ...]
    kind: str
    role: str
    affiliation: str
    country: str
    source: str


@cache
def actor_directory() -> dict[str, ActorEntry]:
    """Known actors by normalised name and alias."""
    index: dict[str, ActorEntry] = {}
    for row in table("actors"):
        entry = ActorEntry(
            row["name"], tuple(_split(row.get("aliases"))), row["kind"], row.get("role", ""),
            row.get("affiliation", ""), row.get("country", ""), row.get("source", ""),
        )
        for alias in (entry.name, *entry.aliases):
            index.setdefault(normalise(alias), entry)
    return index


class PlaceWords(NamedTuple):
    after: dict[str, str]  # "province" -> "province"
    before: dict[str, str]  # "camp" -> "base"
    prepositions: frozenset[str]


@cache
def place_words() -> PlaceWords:
    after, before, preps = {}, {}, set()
    for row in table("place_words"):
        if row["position"] == "after":
            after[row["word"]] = row["kind"]
        elif row["position"] == "before":
            before[row["word"]] = row["kind"]
        else:
            preps.add(row["word"])
    return PlaceWords(after, before, frozenset(preps))


def context_facts() -> tuple[dict[str, str], ...]:
    return table("context")


# --- gazetteer --------------------------------------------------------------


@cache
def gazetteer():
    """The process-wide :class:`analysis.gazetteer.Gazetteer` (read from its cache, built once)."""
    from .gazetteer import load

    return load()
