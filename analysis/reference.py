"""Curated reference data from ``data/``, and the process-wide gazetteer.

Every table here is read once per process. The gazetteer itself (sources,
candidates, cache) lives in :mod:`analysis.gazetteer`.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from datetime import date
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import NamedTuple

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-"})


def normalise(name: str) -> str:
    """The lookup key of a name: case, apostrophes, hyphens and spacing folded."""
    key = _KEYS.get(name)
    if key is None:
        key = " ".join(name.translate(_APOSTROPHES).replace("-", " ").replace(".", "").lower().split())
        if len(_KEYS) < 20_000:
            _KEYS[name] = key
    return key


# the keys already made: an article asks for the same few names over and over (80,000 look-ups of 4,800 names over
# 200 PolNeAR articles); bounded, so a text of ever-new words does not grow it
_KEYS: dict[str, str] = {}


# ``normalise`` character by character: a text folded once gives the key of any of its slices (``"\0"``: a character
# the key drops). Used where one text's many overlapping word runs are all looked up.
_KEY_CHARS = {**_APOSTROPHES, ord("–"): " ", ord("—"): " ", ord("-"): " ", ord("."): "\0"}


def fold_for_keys(text: str, drop: str = "") -> str | None:
    """``text`` folded as ``normalise`` folds a name, same length, so ``slice_key(folded[s:e]) == normalise(text[s:e])``
    (with the characters of ``drop`` removed first); None for a text whose lower case is longer or depends on context
    (Greek final sigma): normalise its slices one by one."""
    if "\0" in text or "Σ" in text:
        return None
    table, pairs = _fold_table(drop)
    folded = (text.translate(table) if pairs is None else replace_each(text, pairs)).lower()
    return folded if len(folded) == len(text) else None


def replace_each(text: str, pairs) -> str:
    """``text`` with each (character, replacement) of ``pairs`` replaced, by one ``str.replace`` per character
    present: ``str.translate`` with a dict reads the dict at every character, ten times slower on a paragraph.
    (For pairs where no replacement is itself replaced, as ``str.translate`` would give.)"""
    for char, into in pairs:
        if char in text:
            text = text.replace(char, into)
    return text


@cache
def _fold_table(drop: str) -> tuple[dict[int, str], tuple[tuple[str, str], ...] | None]:
    """What ``fold_for_keys`` replaces: as a table, and as (character, replacement) pairs when one ``str.replace``
    per character gives the same text (no replacement is itself replaced). ``str.translate`` with a dict reads the
    dict at every character: on an article's paragraphs the replacements of the few characters present take a
    tenth of its time."""
    table = {**_KEY_CHARS, **dict.fromkeys(map(ord, drop), "\0")}
    if any(ord(into) in table for into in table.values()):
        return table, None
    return table, tuple((chr(code), into) for code, into in table.items())


def slice_key(folded: str) -> str:
    """The key of a slice of ``fold_for_keys``' result."""
    return " ".join(folded.replace("\0", "").split())


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
def not_place_names() -> frozenset[str]:
    """Keys of names that in English news stand for something else than a place (``data/not_places.csv``)."""
    return frozenset(normalise(row["name"]) for row in table("not_places"))


@cache
def agent_words() -> frozenset[str]:
    """One-word nouns that name people or institutions, with their plurals ("man", "teachers", "embassy").

    From ``data/agent_nouns.csv`` (PETRARCH2's agents dictionary); a noun without a listed plural
    takes the regular one ("-s", "-es", "-men").
    """
    out = set()
    for row in table("agent_nouns"):
        noun = row["noun"]
        if " " in noun:
            continue
        out.add(noun)
        plurals = (row.get("plural") or "").split()
        out.update(plurals or [noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")])
        if noun.endswith("man") and not plurals:
            out.add(noun[:-3] + "men")
    return frozenset(out)


@cache
def irregular_past_forms() -> frozenset[str]:
    """Past forms no rule spells ("drew", "began", "became"), from ``data/irregular_verbs.csv``."""
    return frozenset(f for row in table("irregular_verbs") for f in (row["past"], row["participle"]) if f)


@cache
def titles() -> frozenset[str]:
    return frozenset(row["title"].lower() for row in table("titles"))


@cache
def cues() -> dict[str, bool]:
    """Speech verbs, and whether each can introduce reported speech anywhere."""
    return {row["cue"].lower(): row["reporting"] == "yes" for row in table("cues")}


@cache
def that_cues() -> frozenset[str]:
    """Verbs that report speech only as "X <verb> that …" or at a sentence's end ("reported", "agreed")."""
    return frozenset(row["cue"].lower() for row in table("cues") if row["reporting"] == "that")


@cache
def cameo() -> dict[str, tuple[str, float]]:
    out = {}
    for row in table("cameo"):
        try:
            out[row["code"]] = (row["name"], float(row["goldstein"]))
        except (KeyError, ValueError):
            continue
    return out


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
    # last words of the names of streets ("Royal Street") and of buildings and grounds ("Barclays Center"):
    # a place where something happens, though the building may also name its organisation
    streets: frozenset[str] = frozenset()
    buildings: frozenset[str] = frozenset()
    # building words that name an institution ("university", "embassy"): it stands in its own town
    institutions: frozenset[str] = frozenset()
    # words that end an event's name ("Dubai World Cup", "Muscat Film Festival"): held where it says
    events: frozenset[str] = frozenset()
    # building words of institutions and services a town names after itself ("Tyler Junior College", "Tyler Memorial
    # Hospital"), unlike a venue's, often a sponsor's name ("Wells Fargo Center")
    serving: frozenset[str] = frozenset()


@cache
def place_words() -> PlaceWords:
    after, before, preps, streets, buildings = {}, {}, set(), set(), set()
    institutions, events, serving = set(), set(), set()
    for row in table("place_words"):
        if row["kind"] == "institution":
            institutions.add(row["word"])
        elif row["kind"] == "event":
            events.add(row["word"])
        if row["kind"] in ("institution", "service"):
            serving.add(row["word"])
        if row["position"] == "after":
            after[row["word"]] = row["kind"]
        elif row["position"] == "before":
            before[row["word"]] = row["kind"]
        elif row["position"] == "street":
            streets.add(row["word"])
        elif row["position"] == "building":
            buildings.add(row["word"])
        else:
            preps.add(row["word"])
    return PlaceWords(after, before, frozenset(preps), frozenset(streets), frozenset(buildings),
                      frozenset(institutions), frozenset(events), frozenset(serving))


def package_file(package: str, *parts: str) -> Path | None:
    """A data file shipped inside an installed package (None when the package is missing)."""
    spec = find_spec(package)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent.joinpath(*parts)


def cache_dir() -> Path:
    """Where built look-up caches live: ``$ANALYSIS_CACHE_DIR``, ``$XDG_CACHE_HOME`` or ``~/.cache``."""
    base = os.environ.get("ANALYSIS_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "analysis-news" if base else Path.home() / ".cache" / "analysis-news"


@cache
def title_abbreviations() -> dict[str, str]:
    """Title words and their abbreviated forms as tokens read them ("senator" → "sen")."""
    return {row["title"]: row["abbreviation"] for row in table("title_abbreviations")}


# Gender codes of gender-guesser's name list (Jörg Michael's "gender" data, GFDL): M, 1M, ?M male;
# F, 1F, ?F female; "?" either. A name listed with both is left unknown.
_GENDER_CODES = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f"}


def first_name_gender(first: str) -> str:
    """"m" or "f" when a first name is clearly one, else "" (unknown, both, or no name list installed)."""
    return _first_names().get(first.lower(), "")


def is_first_name(word: str) -> bool:
    """A given name in the name list (of either or both genders)."""
    return word.lower() in _first_names()


@cache
def _first_names() -> dict[str, str]:
    source = package_file("gender_guesser", "data", "nam_dict.txt")
    if source is None or not source.exists():
        return {}
    st = source.stat()
    cached = cache_dir() / f"first-names-v2-{st.st_size}-{st.st_mtime_ns}.marshal"
    return cached_marshal(cached, lambda: _read_first_names(source), stale="first-names-*.marshal")


def _read_first_names(source: Path) -> dict[str, str]:
    genders: dict[str, set[str]] = {}
    with source.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            parts = line.split(None, 2)
            if len(parts) < 2 or parts[0] not in _GENDER_CODES and parts[0] != "?":
                continue
            gender = _GENDER_CODES.get(parts[0], "?")
            for name in {parts[1].replace("+", ""), parts[1].replace("+", " "), parts[1].replace("+", "-")}:
                genders.setdefault(name.lower(), set()).add(gender)
    return {name: next(iter(found)) if len(found) == 1 and "?" not in found else "" for name, found in genders.items()}


def cached_marshal(path: Path, build, *, stale: str):
    """``build()``'s value, kept in ``path`` (marshal) for the next process; files matching ``stale``
    beside it (other versions of the same cache) are removed when it is written."""
    import marshal

    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(stale):
            old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(marshal.dumps(value))
        os.replace(tmp, path)
    except OSError:  # a read-only home still works, only slower
        pass
    return value


def context_facts() -> tuple[dict[str, str], ...]:
    return table("context")


# --- gazetteer --------------------------------------------------------------


@cache
def gazetteer():
    """The process-wide :class:`analysis.gazetteer.Gazetteer` (read from its cache, built once)."""
    from .gazetteer import load

    return load()
