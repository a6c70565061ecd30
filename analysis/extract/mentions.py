"""Stage 2a: find the names in a text — people, organisations, countries and places.

Every later extractor (quotes, events, movements) works from these mentions,
so a name is recognised once, with its exact span. Recognition is rules plus
the curated tables in ``data/``: actor directory, gazetteer, demonyms, titles,
organisation words and place cues. Names the tables do not know are still
found from their context ("said X Y", "President X", "in the village of X").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from functools import cache, lru_cache, partial
from typing import Iterable, Iterator, NamedTuple

from .. import reference
from ..reference import fold_for_keys, normalise, slice_key
from ..gazetteer import fold, name_starts, without_article
from ..regex import compile_on_use
from ..geometry import haversine_km
from . import clauses, codes
from .dates import FULL_MONTHS, WEEKDAYS
from .toponyms import CLAUSE_END, METROPOLIS, US_INTERSTATE, US_ROAD_KINDS, US_ROAD_NUMBER, WIRE_DATE, qualifier_after

# A word: letters/digits, inner hyphens or apostrophes ("al-Kaabi", "Shi’ite"),
# or initials ("E.", "U.S.").
# Invisible characters inside a word (soft hyphen, zero-width space/joiners, word joiner,
# BOM) are pasted in from web pages: "Bagh\u200bdad" is still one word, read as "Baghdad".
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_WITHOUT_INVISIBLE = str.maketrans(dict.fromkeys(INVISIBLE))
# A Latin-1 letter whose UTF-8 bytes were read as Latin-1 or Windows-1252 ("FranÃ§ois" for François, "JosÃ©"
# for José, "Ã‰cole" for École) is "Ã" and a second character, most of them no letters ("§", "©", "‰"): the
# pair is read as one letter, so the name stays one word (× and ÷, "Ã\x97"/"Ã—" and "Ã·", are no letters).
_MOJIBAKE_TAIL = "\x80-\x96\x98-\xb6\xb8-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–˜™š›œžŸ"
_WORD = re.compile(rf"(?:[A-Z]\.){{2,}}|[A-Z]\.(?=\s+[A-Z])|[^\W_]+(?:(?:[-’']|[{INVISIBLE}]+)[^\W_]+|(?<=Ã)[{_MOJIBAKE_TAIL}][^\W_]*)*")
_POSSESSIVE_ENDS = ("’s", "'s")  # (a word holds no line break: the end of the word is the end of the text)
CONNECTORS = frozenset({"of", "al", "el", "bin", "ibn", "de", "la", "du", "van", "von", "der", "da", "di", "the", "abu", "bint", "ben", "le"})
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "organization"}


class Token(NamedTuple):
    start: int
    end: int
    text: str


class Mention(NamedTuple):
    """One name in the text: what it refers to and where it stands."""

    start: int
    end: int
    text: str
    kind: str  # person, organization, group, country, place
    name: str  # canonical name
    country: str  # ISO alpha-2 where known
    via: str  # directory, gazetteer, demonym, title, speaker, context, pattern
    # places and countries: "place" (where something is), "government" (stands for its state: "Tehran said"),
    # "affiliation" (whose something is: "Iranian missiles", "US troops"); "" for other kinds
    sense: str = ""


def tokens(text: str, start: int = 0, end: int | None = None, limit: int | None = None) -> list[Token]:
    """The words of ``text[start:end]`` (the first ``limit`` of them when given)."""
    out = []
    for m in _WORD.finditer(text, start, len(text) if end is None else end):
        s, e = m.span()
        word = m.group()
        if not word.isascii():
            word = word.translate(_WITHOUT_INVISIBLE)
        if word.endswith(_POSSESSIVE_ENDS) and len(word) > 2:
            e -= 2
            word = word[:-2]
        out.append(_new_token((s, e, word)))
        if limit is not None and len(out) >= limit:
            break
    return out


# ``Token(s, e, word)`` without the Python frame of a named tuple's ``__new__`` (an article has thousands of words)
_new_token = partial(tuple.__new__, Token)


def visible(surface: str) -> str:
    """The text without invisible characters (spans keep them; names and look-ups do not)."""
    return surface if surface.isascii() else surface.translate(_WITHOUT_INVISIBLE)


def is_capitalised(word: str) -> bool:
    return word[:1].isupper() or word.startswith(_NAME_PREFIXES)


_NAME_PREFIXES = ("al-", "el-", "bin-", "ibn-")


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(row[next(iter(row))].strip() for row in reference.table(name))


def org_words() -> frozenset[str]:
    return _words("org_words")


def group_nouns() -> frozenset[str]:
    return _words("group_nouns")


def people_nouns() -> frozenset[str]:
    """Nouns for people no other table lists: kin, age, crowd and number words, roles ("parents", "toddler", "the
    public", "hundreds", "goalkeeper"; ``data/people_nouns.csv``)."""
    return _words("people_nouns")


def ambiguous_places() -> frozenset[str]:
    return _words("ambiguous_places")


@cache
def _title_words() -> frozenset[str]:
    """The titles and the first words of titles of several words: what a title word is, in one set."""
    return reference.titles() | frozenset(t.split()[0] for t in reference.titles())


def _title_length(toks, i: int, j: int) -> int:
    """How many words from ``i`` (before ``j``) a title takes: "Secretary of State" is three, "President" one."""
    for size in (4, 3):  # a title with "of" in it: its last word is no name's first ("Secretary of State John Kerry")
        if i + size <= j and toks[i + 1].text.lower() == "of" and " ".join(t.text for t in toks[i : i + size]).lower() in reference.titles():
            return size
    return 1


def is_title_word(word: str) -> bool:
    return word.lower() in _title_words()


@cache
def title_last_words() -> frozenset[str]:
    """The last words of titles with "of" in them ("state" of "Secretary of State", "staff" of "Chief of Staff")."""
    return frozenset(t.split()[-1] for t in reference.titles() if " of " in t)


_MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def find_mentions(
    text: str, spans: Iterable[tuple[int, int]], original: str, all_tokens: list[Token], token_starts: list[int]
) -> list[Mention]:
    """All names inside the given spans (paragraphs), longest match first, no overlaps.

    ``text`` is the document's ``norm`` (what rules read), ``original`` the text as read
    (what a mention's ``text`` is sliced from); ``all_tokens`` are the words of ``text``.
    """
    spans = list(spans)
    # the article's lower-case words, read once for both passes (a title-case line's function words are among them)
    lowercase = frozenset(filter(str.islower, [t.text for t in all_tokens]))
    # each span's words and word runs, read once for both passes (a run's key does not depend on the verdicts)
    span_tokens = [_tokens_within(all_tokens, token_starts, span_start, span_end) for span_start, span_end in spans]
    span_runs = [_word_runs(text, toks) for toks in span_tokens]
    per_span, accepted, refused, voters, qualified, known = _scan(text, span_tokens, span_runs, {}, lowercase)
    both = accepted.keys() & refused.keys()
    # a small town refused for want of a preposition is still a town where the article names its state or a place
    # beside it ("Owners in Collier County, Florida … to revitalize Immokalee")
    local = _towns_of_the_story(text, per_span, refused.keys(), lowercase)
    if both or local:  # one sense per article, the majority's: "in Douma" … "Douma's fall"; "said Noma" … "in Noma's case"
        # (a town written with its state or country, "Parkland, Florida", is a town all through the article)
        decided = {k: accepted[k] >= refused[k] or k in qualified for k in both} | dict.fromkeys(local, True)
        both = both | local
        again = [j for j, keys in enumerate(voters) if keys & both]  # only the paragraphs where the verdict counts
        redone = _scan(text, [span_tokens[j] for j in again], [span_runs[j] for j in again], decided, lowercase,
                       earlier=[known[j] for j in again])[0]
        for j, found in zip(again, redone):
            per_span[j] = found
    out = [m for found in per_span for m in found]
    # spans index the original; names read without markup or doubled spaces
    # (most names already read as written: only the others are rebuilt, a copy costs more than the comparison)
    out = [m if m.text == (surface := original[m.start : m.end]) else m._replace(text=surface) for m in out]
    out = [_listed_building(text, m) for m in out]
    return [m._replace(sense=place_sense(text, m)) if m.kind in ("place", "country") else m
            for m in _later_references(text, out, spans)]


# a town this close to a place the article names is one of the story's places ("Carpinteria" beside Santa Barbara)
STORY_TOWN_KM = 50.0


def _towns_of_the_story(text: str, per_span: list[list[Mention]], refused: Iterable[str],
                        lowercase: frozenset[str]) -> frozenset[str]:
    """One-word town names refused for want of context (see ``_single_word_place_ok``) that the article's other places
    confirm: a namesake lies in a state or province the article names, or within ``STORY_TOWN_KM`` of a place it
    names. Never a given name, a word the article also writes in lower case, the surname of a person it names ("Mike
    Nelson … Nelson said") a word it also writes opening a longer name ("the Ford Focus squad … for Ford", "Star of Honolulu"), a word
    it writes only as a modifier (see :func:`_only_modifies`), nor another spelling of the town ("Amman" for the
    Philadelphia of GeoNames' alternate names)."""
    refused = [k for k in refused if not reference.is_first_name(k) and k not in lowercase]
    if not refused:
        return frozenset()
    gaz = reference.gazetteer()
    found = [m for ms in per_span for m in ms]
    surnames = {_key(m.text.split()[-1]) for m in found if m.kind == "person" and " " in m.text.strip()}
    areas, points = set(), []
    for m in found:
        if m.kind != "place":
            continue
        top = gaz.lookup_key(_key(m.text)) or gaz.lookup_key(_key(m.name))
        if top is None or top.lat != top.lat:
            continue
        if top.kind in ("province", "county") and top.admin1:
            areas.add((top.country, top.admin1))
        elif top.kind == "city":
            points.append(top)
    out = set()
    for key in refused:
        if key in surnames or key in _ambiguous_keys() or _opens_a_longer_name(text, key) or _only_modifies(text, key):
            continue
        for c in _towns_named(gaz, key):
            if (c.country, c.admin1) in areas or any(
                    p.coord_source != c.coord_source and haversine_km(c.lat, c.lon, p.lat, p.lon) <= STORY_TOWN_KM
                    for p in points):
                out.add(key)
                break
    return frozenset(out)


def _opens_a_longer_name(text: str, key: str) -> bool:
    """Whether the word ``key`` is written somewhere right before another capitalised word, or "of" and one ("Ford
    Focus", "Star of Honolulu"; not an acronym: "the Immokalee TIGER grant")."""
    return re.search(rf"(?<![\w-])(?i:{re.escape(key)})[ \t]+(?:of[ \t]+)?[A-Z][a-z]", text) is not None


_WORD_THEN_LOWER = r"(?<![\w-])(?i:{})(?:[ \t]+([a-z]+)\b|(?=\W))"


def _only_modifies(text: str, key: str) -> bool:
    """Whether the word ``key`` is only ever written before a lower-case noun, as a modifier ("the Baltic countries",
    "the club's Carrington training ground"): there a town's name needs more than its neighbours to be one."""
    after = [hit.group(1) for hit in re.finditer(_WORD_THEN_LOWER.format(re.escape(key)), text)]
    return bool(after) and all(word is not None and word not in _FUNCTION_WORDS for word in after)


@cache
def _ambiguous_keys() -> frozenset[str]:
    return frozenset(map(_key, ambiguous_places()))


# building words that after a place's name name a court over it, not a building named after it ("the District of
# Columbia Circuit", "the Cook County Court")
_JURISDICTION_WORDS = frozenset({"circuit", "court"})

_NEXT_WORD = re.compile(r"(?:[’']s)?[ \t]+([A-Za-z]+)")
# a list's label that says its items are buildings: a plural building noun opening its line or sentence ("Schools:
# Oak Ridge Elementary, Liberty High") or after "the following" ("on the following buildings: Kells Institute; …")
_BUILDINGS_LABEL = compile_on_use(r"(?:^|[.!?\n][ \t]*|\bfollowing[ \t]+)(?:buildings|schools|venues|hospitals|churches)"
                              r"[ \t]*:", re.IGNORECASE)
_SENTENCE_END = compile_on_use(r"[.!?\n]")  # (a semicolon ends a clause, not the sentence a list's label opens)
_LIST_REACH = 300  # characters before a name to look for its list's label (bounded: never a scan of the document)


def _listed_building(text: str, m: Mention) -> Mention:
    """A name read as a person's or an organisation's by its shape alone that opens an item of a list labelled as
    buildings ("Schools: Oak Ridge Elementary, Thomas Jefferson Middle"): the building, a place."""
    if m.kind not in ("person", "organization") or m.via not in ("pattern", "first_name"):
        return m
    lo = max(0, m.start - _LIST_REACH)
    label = None
    for label in _BUILDINGS_LABEL.finditer(text, lo, m.start):
        pass
    if label is None or _SENTENCE_END.search(text, label.end(), m.start):
        return m  # no label, or one of another sentence
    item_start = text[: m.start].rstrip()
    if not item_start.endswith((":", ";", ",")):
        return m  # inside an item, not its first words
    end = _SENTENCE_END.search(text, m.start)
    listed = text[label.end() : end.start() if end else len(text)]
    items = [item.strip() for item in listed.split(";" if ";" in listed else ",")]
    if len(items) < 2 or not all(item[:1].isupper() for item in items):
        return m  # no list of names: "Schools: Jane Doe, the superintendent, said …"
    own = _RELATIVE.split(listed, 1)[0]  # (a relative clause's verb is its noun's: "… and any homes that qualified")
    if any(w in _AUXILIARIES or w in reference.cues() for w in re.findall(r"\b[a-z]+\b", listed)) or any(
            _finite_verb(w) for w in re.findall(r"\b[a-z]+\b", own)):
        return m  # a clause, not a list: "Schools: Grace Hill, Tom Price and Ann Cole will speak / won awards"
    return m._replace(kind="place", name=m.text, country="", via="building")



_RELATIVE = compile_on_use(r"\b(?:that|which|who|whom|whose)\b")


def _finite_verb(word: str) -> bool:
    """Whether a lower-case word may be a clause's finite verb beside the auxiliaries and speech cues: a past form
    ("won", "received") or a verb's third-person form ("hosts"; a regular plural whose singular is a verb)."""
    return codes.is_past_form(word) or codes.is_plural(word) and any(lemma != word for lemma in codes.lemmas(word))


@cache
def located_nouns() -> dict[str, str]:
    """Nouns for a thing that lies where the place before it is ("the Syrian border", "a Cuban beach", "a Paris
    hotel", "the Turkish market"), by class (``data/located_nouns.csv``): such a modifier names a place on the map,
    unlike one of belonging ("US troops", "a Cuban singer")."""
    return {row["noun"].strip(): row["class"].strip() for row in reference.table("located_nouns")}


# what a place modifies: one demonym between ("the Syrian Kurdish enclave") or joined by a hyphen ("the
# Syrian-Turkish border"), then up to four lower-case words ("Cuban beaches", "a Delft police station")
_MODIFIED_AFTER = re.compile(r"(?:-(?P<joined>[A-Z][a-z]+)|[ \t]+(?P<between>[A-Z][a-z]+))?((?:[ \t]+[a-z]+){1,4})")
_COMPOUND_MAX = 3  # nouns before a phrase's end that may make one head's compound ("a Turkish livestock market")
# the classes of ``located_nouns`` for land, settlements and courts, whose noun ends a compound unless people or another
# place's noun follow; a building's, an economy's or a vote's noun may modify another ("a Swedish road model", "US
# market share", "Russian election interference")
_PLACE_CLASSES = frozenset({"land", "settlement", "institution"})
# words that make a station a broadcaster ("a French television station", "Iraqi state radio station")
_BROADCAST_WORDS = frozenset("television tv radio broadcast broadcasting".split())
# words that make a station a craft in orbit ("the Russian space station"), no building in the place
_ORBIT_WORDS = frozenset("space orbital".split())
# adverbs of time that end a noun phrase without a function word ("European waters overnight", "jails last year")
_TIME_ADVERBS = frozenset("overnight today tonight yesterday tomorrow now again too last next early late recently".split())
# adverbs of direction that end a noun phrase as a preposition does ("Syrian border towns up the road"); the
# prepositions themselves are the clause reader's (clauses.PREPOSITIONS: "a Palestinian village near Nablus")
_PARTICLES = frozenset("up down out".split())
# words that float after a noun phrase and are never one of its nouns ("the European transport industry both at home
# and abroad", "Cuban beaches each drew crowds", "US and Mexican jobs alike"): they end the compound a place modifies
_FLOATING_AFTER = frozenset("both each alike".split())
# a tour's nouns, whose place after "of" is where it goes ("The Indian tour of England": the Indians tour)
_TOURS = frozenset({"tour", "tours"})
# a name after a tour's "of" ("of England", "of the White House"), where the tour goes
_OF_AFTER_HEAD = compile_on_use(r"[ \t]+of[ \t]+(?:the[ \t]+)?((?:[A-Z][a-z]+[ \t]+){0,3}[A-Z][a-z]+)\b")
# a building's own place written after it: "Japanese car factories in Ohio", "US-run schools near Kabul"
_OWN_PLACE_AFTER = re.compile(r"[ \t]+(?:in|near|outside|at)[ \t]+(?:the[ \t]+)?([A-Z][a-z]*)")


def _modified_compound(text: str, end: int):
    """The match after the name right before ``end`` and the compound of lower-case nouns it modifies, whose last
    noun is the head ("a Delft police station on Friday": police station); None when no compound follows or its end
    is not seen. A capitalised word between must be a demonym ("the Syrian Kurdish enclave", "Syrian-Turkish")."""
    hit = _MODIFIED_AFTER.match(text, end)
    if hit is None:
        return None
    between = hit.group("joined") or hit.group("between")
    if between and normalise(between) not in reference.gazetteer().demonyms:
        return None
    words = hit.group(3).split()
    if _compound_closed(words[0]):
        return None  # (a plural right after it is the head, verb's form or not: "Azerbaijani jails", "Iran borders")
    located = located_nouns()
    compound = [words[0]]
    for word in words[1:]:
        if codes.is_plural(compound[-1]) or _ends_noun_phrase(word):
            break  # a plural is a compound's last noun: "Cuban beaches on", "jails last year", "forces shelled"
        if located.get(compound[-1]) in _PLACE_CLASSES and not (_people(word) or word in located):
            break  # a place's noun before another word is the head ("the Mexican border wall", "a Durban court sat"),
            # unless people of it follow ("Iraqi border guards") or a longer place's noun ("the Syrian border town")
        compound.append(word)
    else:
        if len(words) > _COMPOUND_MAX:
            return None  # no end seen: the head may lie further on
    return hit, compound


def _modifies_people(read) -> bool:
    """Whether a name modifies people of a thing that lies there (``read``: its :func:`_modified_compound`): a compound
    that opens with a located noun and ends with people ("Tehran airport officials", "Moscow court bailiffs"), an
    affiliation like "a Brooklyn man" (not "Tunisia closely guards", whose first word is no such noun)."""
    return read is not None and len(read[1]) > 1 and read[1][0] in located_nouns() and _people(read[1][-1])


def _modifies_located(text: str, read) -> bool:
    """Whether a name modifies a noun for a thing that lies there (``located_nouns``; ``read``: the name's
    :func:`_modified_compound` in ``text``): the head of the compound of lower-case nouns after it ("Cuban beaches", "a
    Delft police station on Friday"; not "Iraqi border guards", "Russian election interference", "Iranian forces
    shelled border towns")."""
    if read is None:
        return False
    hit, compound = read
    located = located_nouns()
    head = compound[-1]
    after_head = hit.start(3) + _end_of(hit.group(3), len(compound))
    own = _OWN_PLACE_AFTER.match(text, after_head)
    if located.get(head) == "structure" and own is not None and own.group(1) not in _MONTHS:  # (not "in May")
        return False  # the building stands in the place named after it: the first name says whose it is
    if any(word in _BROADCAST_WORDS for word in compound):
        return False  # "French television station BFMTV": a broadcaster, not a building
    if head in ("station", "stations") and any(word in _ORBIT_WORDS for word in compound):
        return False  # "the Russian space station": in orbit, not in Russia
    if head in _TOURS and _tour_of_a_place(text, after_head):
        return False  # "The Irish tour of England": the place after "of" is where it goes; the first is who tours
    if located.get(head) == "economy" and codes.is_plural(head) and _noun_after(text, after_head):
        return False  # "the American jobs data": a plural that modifies a noun after it is no head
    return located.get(head) not in (None, "venue")  # (a venue counts only by its name: "Brooklyn's Barclays Center")


def _noun_after(text: str, end: int) -> bool:
    """Whether a lower-case word right after a plural ending at ``end`` is a noun it modifies: no function word, and
    either no verb form the lexicon knows ("jobs data", not "jobs fell", "jobs in", "jobs return"), a form in "-s" that
    cannot be the plural's own verb ("jobs figures", "jobs numbers": a plural takes "rise", not "rises"), or a noun of
    counting or telling the figures ("jobs report", "jobs plan": never what jobs do)."""
    hit = _WORD_AFTER.match(text, end)
    if hit is None or _compound_closed(hit.group(1)):
        return False
    word = hit.group(1)
    if word in _FIGURES_NOUNS or codes.is_plural(word):
        return True  # (a third-person "-s" ends a singular's phrase in _ends_noun_phrase, not a plural's)
    return not _ends_noun_phrase(word) and not codes.is_verb_form(word)


# Nouns of counting or telling figures that are also verbs: after an economy plural they are its head ("the American
# jobs report", "an American jobs plan"), as no plural of jobs or markets reports or plans.
_FIGURES_NOUNS = frozenset("report plan count survey forecast estimate release tally".split())


def _tour_of_a_place(text: str, end: int) -> bool:
    """Whether "of" and a place's name follow a tour's noun ending at ``end``: a place the gazetteer knows or a
    building's or street's name ("The Irish tour of England", "a German tour of the White House"); not "tour of duty",
    "tour of the show", "tour of 30 dates", "tour of Les Miserables"."""
    hit = _OF_AFTER_HEAD.match(text, end)
    if hit is None:
        return False
    name = hit.group(1)
    words = reference.place_words()
    last = name.rsplit(None, 1)[-1].lower()
    return reference.gazetteer().lookup(name) is not None or last in words.buildings or last in words.streets


def _people(word: str) -> bool:
    """Whether a lower-case word names people, singular or plural ("vendors", "families", "tribesmen")."""
    nouns = people_nouns()
    return word in group_nouns() or word in reference.agent_words() or any(
        form in nouns for form in codes.singulars(word))


def _end_of(words: str, n: int) -> int:
    """The offset within ``words`` (each after blanks) just after its ``n``-th word."""
    return re.match(r"(?:[ \t]+[a-z]+){%d}" % n, words).end()


def _closed_word(word: str) -> bool:
    """A function word, an adverb of time, a verb's past or -ing form: no noun of a compound."""
    return (word in _FUNCTION_WORDS or word in clauses.PREPOSITIONS or word in _PARTICLES or word in _TIME_ADVERBS or codes.is_past_form(word)
            or word.endswith("ing"))


def _compound_closed(word: str) -> bool:
    """:func:`_closed_word`, for the compound a place modifies: a floating word ends it too ("industry both at …"), and a
    verb's base form that ends in "ed" does not ("the Turkish feed industry")."""
    return word in _FLOATING_AFTER or _closed_word(word) and not _base_form_in_ed(word)


def _base_form_in_ed(word: str) -> bool:
    """A word ending in "ed" that the lexicon knows as its own verb, not another's past: "feed", "need", "speed" (not
    "agreed", "freed", "led", whose verbs are "agree", "free", "lead")."""
    return word.endswith("ed") and word in codes.lemmas(word) and word not in codes.lexicon().past


_WORD_AFTER = compile_on_use(r"[ \t]+([a-z]+)\b")  # the lower-case word right after a word


def _phrase_ends_after(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` heads its phrase: no lower-case word follows it (punctuation, a capital or
    the text's end) or only a closed word ("the M6 reopened", "the Tivoli cinema, where", "… roundabout to the
    bridge"), not a noun it describes ("the N95 masks", "the Tivoli cinema chain", "Tom Hanks roundabout tickets")."""
    word = _WORD_AFTER.match(text, end)
    return word is None or _closed_word(word.group(1))


def _ends_noun_phrase(word: str) -> bool:
    """A word that is no noun of a compound: a function word, an adverb of time, a verb's past or -ing form, or a
    third-person form that names no people ("the Syrian border remains", but "border guards")."""
    if _compound_closed(word):
        return True
    return codes.is_plural(word) and not _people(word) and any(lemma != word for lemma in codes.lemmas(word))


def place_sense(text: str, m: Mention) -> str:
    """What a place or country mention stands for: the place, its government, or an affiliation.

    "Tehran said", "Moscow accused": a capital or a country before a speech verb is its government
    (the map keeps the city; the actor is the state). "Iranian missiles", "US troops": an adjective of
    belonging. "the Syrian border", "in Tehran": the place.
    """
    hit = _NEXT_WORD.match(text, m.end)
    nxt = hit.group(1) if hit else ""
    low = nxt.lower()
    possessive = text[m.end : m.end + 2] in ("'s", "’s")
    compound = _modified_compound(text, m.end)  # what the name modifies, read once for both questions below
    located = _modifies_located(text, compound)
    if m.via == "demonym" or _key(visible(m.text)) in _continent_adjectives():
        return "place" if located else "affiliation"
    if located and not possessive:
        return "place"  # "a Cuban beach", "California colleges", "the Delft police station": what lies there
    if nxt.islower() and low in group_nouns() and not possessive:
        return "affiliation"  # "US troops", "Iraqi authorities"
    if nxt.islower() and _modifies_people(compound):
        return "affiliation"  # "Tehran airport officials", "Moscow court bailiffs": people of the place
    if _CURRENCY_AFTER.match(text, m.end):
        return "affiliation"  # "11 billion US dollars", "US$3.7m": whose money, not a place
    if low in reference.cues() and nxt.islower() and (m.kind == "country" or _is_capital(m)):
        return "government"
    if m.kind == "place" and _state_act_after(text, m.end) and _is_capital(m):
        return "government"  # "Berlin rejected the calls", "Beirut again rejected an appeal": a capital's act is its state's
    if m.kind == "place" and possessive and _state_decided_after(text, m) and _is_capital(m):
        return "government"  # "Moscow's decision to expel diplomats": a state's act, told as a noun
    dateline = m.text.isupper() and sum(c.isalpha() for c in m.text) > 3  # "LONDON Pope Francis …", not "U.S."
    if low in reference.titles() and not possessive and _building_name_after(text, m.end):
        return "place"  # "taken to Colchester General Hospital": a title's word inside a building's name (a
        # hospital, a station) is no office; the building stands in the place that opens its name
    if low in reference.titles() and not dateline or (
            nxt.islower() and not possessive and low in reference.agent_words()):  # (a located head returned above)
        return "affiliation"  # "US President Donald Trump", "Venezuela's minister", "a Brooklyn man", "US consulate"
    words = _CAPITALISED_AFTER.match(text, m.end)
    if words is not None and possessive and located_nouns().get(words.group(1).split()[-1].lower()) in (
            "structure", "venue") and not _OF_AFTER.match(text, words.end()):
        return "place"  # "Seoul's Jamsil Stadium", "Brooklyn's Barclays Center": a building that stands there (not
        # "Columbia's Graduate School of Journalism", an institution named by what it teaches)
    if words is not None and not dateline and any(
            w.lower() in reference.titles() or w in org_words() for w in words.group(1).split()):
        return "affiliation"  # "U.S. Trade Representative Robert Lighthizer", "Russia's Foreign Ministry"
    named = _ORG_BEFORE_COMMA.search(text, max(0, m.start - 80), m.start)
    if named is not None and text[m.end : m.end + 2].strip()[:1] in (",", "(", ")") and any(
            w in org_words() for w in named.group(1).split()) and not _place_name(named.group(1)):
        return "affiliation"  # "Federal University of Technology, Owerri (FUTO)": where the organisation is, in its name
    office = _TITLE_OF.search(text, max(0, m.start - 60), m.start)
    if office is not None and office.group(1).lower() in reference.titles():
        return "affiliation"  # "Governor of Sokoto State", "Prime Minister of the UAE": whose office
    return "place"


# a past verb right after a place, maybe after one adverb or auxiliary: "Berlin rejected", "Beirut again rejected"
_PAST_AFTER = re.compile(r"[ \t]+(?:(?:again|also|has|had|then|later|formally|firmly|flatly|swiftly|quickly)[ \t]+)?([a-z]+)\b")
# the CAMEO families a state does by word or policy (appeals, agreements, demands, refusals, threats, sanctions, bans)
_STATE_FAMILIES = frozenset(f"{n:02d}" for n in range(2, 18))


# "'s pledge to", "'s decision last week to", "'s refusal on Monday to": a decided act told as a noun with its "to"
# (the clause reader's words of relative time; after them only periods, where the clause reader reads any calendar
# word: "'s decision last Monday to" is not read here)
_DECIDED_TO_AFTER = compile_on_use(
    r"[’']s[ \t]+(?:" + "|".join(sorted(clauses.DECIDED_NOUNS)) + r")[ \t]+(?:(?:" + "|".join(clauses.RELATIVE_TIME) + r")[ \t]+"
    r"(?:week|month|year|weekend)[ \t]+|on[ \t]+[A-Z][a-z]+day[ \t]+)?to[ \t]+([a-z]+)\b")


# Acts only a state does, so a capital deciding them is its government: expelling, extraditing, sanctioning, recalling
# (CAMEO 16 "reduce relations" and 12 "reject"), deploying or mobilising forces (15), recognising (05), annexing or
# invading (19, 20). Not what a city does too ("ban cars", "close roads", "host the Games", "build an airport").
_STATE_ONLY_ACTS = frozenset(
    "expel extradite sanction deploy mobilise mobilize recognise recognize recall annex invade sever".split())
# "to add 7,000 soldiers", "to send more troops": whatever the verb, soldiers are a state's (a city has none)
# (at most three words between: a count and its modifiers, "nearly 900 more troops"; not "soldiers' graves")
_FORCES_AFTER = compile_on_use(r"[ \t]+(?:[\w,.]+[ \t]+){0,3}(?:troops|soldiers)\b(?!['’])")
_MUNICIPAL = compile_on_use(r"\b(?:[Mm]ayor|[Cc]ity[ \t]+(?:[Cc]ouncil|[Hh]all)|[Mm]unicipal|[Cc]ouncillors?)\b")


def _state_decided_after(text: str, m: Mention) -> bool:
    """Whether the capital owns a decided act of a state told as a noun with its "to" ("Berlin's decision last week to
    expel"), in a sentence that names no mayor or city council (whose capital is the city: "The mayor backed Paris's plan
    to ban cars")."""
    hit = _DECIDED_TO_AFTER.match(text, m.end)
    if hit is None or hit.group(1) not in _STATE_ONLY_ACTS and not _FORCES_AFTER.match(text, hit.end()):
        return False
    opened = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start))
    closed = [i for i in (text.find(". ", hit.end()), text.find("\n", hit.end())) if i >= 0]
    return _MUNICIPAL.search(text, opened + 1, min(closed) if closed else len(text)) is None


def _state_act_after(text: str, end: int) -> bool:
    """Whether a past verb of a state's act (not a motion or a use of force) follows the name."""
    hit = _PAST_AFTER.match(text, end)
    if hit is None:
        return False
    word = hit.group(1)
    lex = codes.lexicon()
    if not (word.endswith("ed") or word in lex.past):
        return False
    lemmas = {lex.past[word]} if word in lex.past else set(codes.lemmas(word))
    return any(codes.family(lemma) in _STATE_FAMILIES for lemma in lemmas)


def _place_name(words: str) -> bool:
    """Whether capitalised words are a place's whole name ("United States, Canada": a list, no organisation's name)."""
    key = _key(words)
    return reference.gazetteer().lookup_key(key) is not None and key not in reference.actor_directory()


def _building_name_after(text: str, end: int) -> bool:
    """Whether the capitalised words after ``end`` end in a building's noun (``located_nouns``' structures and venues)
    and no "of" follows: "General Hospital", "Central Station" (not "General Manager", "General Hospital of Ohio")."""
    words = _CAPITALISED_AFTER.match(text, end)
    return words is not None and located_nouns().get(words.group(1).split()[-1].lower()) in (
        "structure", "venue") and not _OF_AFTER.match(text, words.end())


# a currency named after its country: "US dollars", "US$", "Hong Kong dollar"
_CURRENCY_AFTER = re.compile(r"[ \t]?\$|[ \t]+dollars?\b")
# up to three capitalised words after a place (and its possessive): "Trade Representative", "'s Foreign Ministry"
_CAPITALISED_AFTER = re.compile(r"(?:[’']s)?[ \t]+((?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+)\b")
_OF_AFTER = compile_on_use(r"[ \t]+of\b")
# an organisation's capitalised name and a comma right before a place: "University of Technology, Owerri"
_ORG_BEFORE_COMMA = re.compile(r"((?:[A-Z][\w&]*[ \t]+(?:(?:of|and|for|the)[ \t]+)?){0,5}[A-Z][\w&]*),[ \t]*$")
# the word before "of" ahead of a place: "Governor of Sokoto State", "Prime Minister of the UAE"
_TITLE_OF = re.compile(r"\b([A-Za-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?$")


@cache
def _continent_adjectives() -> frozenset[str]:
    """Keys of the adjectives of continents ("european", "african"; ``data/continent_demonyms.csv``)."""
    return frozenset(normalise(row["demonym"]) for row in reference.table("continent_demonyms"))


def _is_capital(m: Mention) -> bool:
    return any(p.capital for p in reference.gazetteer().candidates(_key(visible(m.text))))


def _scan(text, span_tokens, span_runs, decided: dict[str, bool], lowercase: frozenset[str], earlier: list | None = None):
    """One pass over the spans (their words and ``_word_runs``): each span's mentions, how often each key was
    taken as a town, how often refused for want of context, the keys voted on in each span, the towns once
    written with their state or country ("Parkland, Florida"), and each span's known names with the mentions
    found (``earlier`` of a later pass).

    ``decided`` holds the article's verdict on a one-word town name from an earlier pass; ``lowercase``: the
    article's words written in lower case; ``earlier``: each span's known names and mentions from that pass.
    """
    gaz = reference.gazetteer()
    directory = reference.actor_directory()
    per_span: list[list[Mention]] = []
    voters: list[set[str]] = []
    towns: Counter = Counter()
    refused: Counter = Counter()
    qualified: set[str] = set()
    known: list[tuple] = []
    places = gaz.prefetch(key for runs in span_runs for keys in runs if keys for key in keys)
    demonyms = gaz.demonyms
    for j, (toks, runs) in enumerate(zip(span_tokens, span_runs)):
        span_refused: Counter = Counter()
        span_towns: set[str] = set()
        taken = [False] * len(toks)
        found: list[Mention] = []
        # 1. known names: directory, demonyms, gazetteer (longest first)
        capitalised = [i for i, keys in enumerate(runs) if keys is not None]
        for i in capitalised:
            if taken[i]:  # (a name found before ``i`` never reaches past it: none of i's runs is taken)
                continue
            tok = toks[i]
            listed = bool(found) and found[-1].kind in ("place", "country") and text[found[-1].end : tok.start].strip() in _LIST_GAPS
            whole = _long_name_at(text, toks, i, directory)
            if whole is not None:  # "the Islamic State of Iraq and the Levant": longer than any run
                found.append(whole)
                for k in range(i, len(toks)):
                    taken[k] = taken[k] or toks[k].end <= whole.end
                continue
            keys = runs[i]
            for n in range(len(keys), 0, -1):  # (a run across a line break is never a name)
                key = keys[n - 1]
                s, e = tok.start, toks[i + n - 1].end
                if key in directory or key in demonyms or key in places:
                    mention = _known(text, s, e, toks, i, n, gaz, directory, listed, decided, span_refused, lowercase)
                else:
                    mention = None  # in no table: not a known name
                if mention is None and n == 1:
                    mention = _state_after_place(text, tok, found) or _dateline(text, tok, gaz) or _state_after_preposition(text, toks, i)
                if mention is not None:
                    found.append(mention)
                    if mention.kind == "place" and n == 1:
                        key = _key(mention.text)
                        towns[key] += 1
                        span_towns.add(key)
                        after = qualifier_after(text, e)
                        if after and (gaz.country_of(after) is not None or any(
                                p.kind == "province" for p in gaz.candidates(after)[:3])):
                            qualified.add(key)
                    for k in range(i, i + n):
                        taken[k] = True
                    break
        names = (tuple(found), tuple(taken))
        if earlier is not None and earlier[j][0] == names:
            # the verdicts changed none of this span's known names: what its context gives is the earlier pass's too
            # (the steps below read only the words and which are taken)
            per_span.append(earlier[j][1])
        else:
            found.extend(_hyphenated(text, toks, taken, gaz))
            found.extend(_us_numbered_roads(text, toks, taken))
            # 2. people and places the tables do not know, from their context
            found.extend(_unknown_names(text, toks, taken, lowercase, capitalised))
            per_span.append(sorted(found))
        known.append((names, per_span[-1]))
        refused.update(span_refused)
        voters.append(span_towns | span_refused.keys())
    return per_span, towns, refused, voters, qualified, known


def _tokens_within(all_tokens, token_starts, start: int, end: int) -> list[Token]:
    lo = bisect_left(token_starts, start)
    return [t for t in all_tokens[lo : bisect_left(token_starts, end, lo)] if t.end <= end]


# The most words a run of ``_word_runs`` holds: a directory name of more is looked for whole (``_long_name_at``).
_RUN_WORDS = 6


def _word_runs(text: str, toks: list[Token]) -> list[list[str] | None]:
    """For each token, the keys of the runs of 1 to ``_RUN_WORDS`` words it starts up to a line break (None unless
    capitalised): what step 1 of ``_scan`` looks up, gathered first so that the gazetteer answers them in one query."""
    out: list[list[str] | None] = [None] * len(toks)
    if not toks:
        return out
    base = toks[0].start
    # the span folded once: a run's key is then a slice of it (normalising each run alone costs five times more)
    folded = fold_for_keys(text[base : toks[-1].end], INVISIBLE)
    goes_on, starts = reference.gazetteer().name_goes_on, _name_starts()
    # (the capitalised words picked in one pass, ``is_capitalised`` without a call per word: most words are not)
    for i in [i for i, tok in enumerate(toks) if tok.text[:1].isupper() or tok.text.startswith(_NAME_PREFIXES)]:
        tok = toks[i]
        if folded is None:
            keys = []
            for n in range(1, min(_RUN_WORDS, len(toks) - i) + 1):
                run = text[tok.start : toks[i + n - 1].end]
                if "\n" in run:
                    break
                keys.append(_key(visible(run)))
            out[i] = keys
            continue
        start = tok.start - base
        line_end = folded.find("\n", start)  # (a run reaching past it is never a name)
        if line_end < 0:
            line_end = len(folded)
        keys = [slice_key(folded[start : tok.end - base])]
        for prev, t in zip(toks[i : i + _RUN_WORDS - 1], toks[i + 1 : i + _RUN_WORDS]):
            if t.end - base > line_end:
                break
            # a run ending with a space before the next word is no name's start: no longer run is a name either
            # (unless the words join without one: "AT&T")
            if (folded[prev.end - base] == " " or folded[prev.end - base : t.start - base].replace("\0", "")[:1].isspace()) \
                    and not (keys[-1] in starts or goes_on(keys[-1])):
                break
            keys.append(slice_key(folded[start : t.end - base]))
        out[i] = keys
    return out


@cache
def _name_starts() -> frozenset[str]:
    """The first words of the names of several words the actor directory and the demonyms know (the gazetteer's
    are asked of it)."""
    return frozenset(name_starts([*reference.actor_directory(), *reference.gazetteer().demonyms]))


_LIST_GAPS = (",", "and", ", and", "or", ", or", "/", "&")


# "OAKLAND, Calif. (AP) -", "TORONTO —", "Hanoi (VNA) –": a dateline's place, first in its paragraph
# (a dash lost to a wrong encoding is a replacement character: "BEIRUT (AP) \ufffd")
# (or its agency and no dash: "ATLANTA (AP) An aide …")
# (or a wire service's date: "BEIJING, Jan. 3 (Xinhua) --", "ISLAMABAD, April 5 (APP):Chief …")
_DATELINE_TAIL = re.compile(r"(?:,[ \t]*[A-Z][A-Za-z. ]{1,20}?)?" + WIRE_DATE
                            + r"(?:[ \t]*(?:\([A-Za-z0-9 .&-]{2,20}\))?[ \t]*(?:[—–\ufffd]|--?|:)(?:[ \t]|\(|(?<=:)(?=[A-Z]))"
                            r"|[ \t]*\([A-Za-z0-9 .&-]{2,20}\)[ \t]+(?=[A-Z]))")


def _dateline(text: str, tok: Token, gaz) -> Mention | None:
    """An upper-case town name opening a paragraph, or a line after the byline, followed by a dateline's punctuation."""
    if not (tok.text.isupper() and len(tok.text) > 2):
        return None
    before = text[max(0, tok.start - 80) : tok.start]
    line = before.rsplit("\n", 1)[-1].strip()
    tail = _DATELINE_TAIL.match(text, tok.end)
    if tail is None:
        return None
    if line and not (line.startswith("By ") and line.endswith(".")) and not (
            line[-1] in ".!?”\"" and any(c in tail.group() for c in ",(—–")):
        return None  # (a dateline run on after the headline: "… with Portland. OAKLAND, Calif. (AP) -", "… Event. IMMOKALEE –")
    place = gaz.lookup_key(_key(tok.text))
    if place is None or place.kind not in ("city", "province"):
        return None
    return Mention(tok.start, tok.end, tok.text, "place", place.name, place.country, "gazetteer")


_STATE_GAP = compile_on_use(r"[ \t]*(?:,|\()[ \t]*$")


def _state_after_place(text: str, tok: Token, found: list[Mention]) -> Mention | None:
    """"ALLENDALE, N.J.", "Slidell, La.", "Churchill, Man.": a US state's or a Canadian province's abbreviation after a place."""
    if not found or found[-1].kind != "place" or not _STATE_GAP.match(text[found[-1].end : tok.start]):
        return None
    from .toponyms import state_abbreviations

    abbreviations = state_abbreviations()
    end = tok.end + 1 if text[tok.end : tok.end + 1] == "." else tok.end
    surface = text[tok.start : end]
    state = abbreviations.get(surface) if surface.isupper() and len(surface) == 2 else abbreviations.get(normalise(surface)) if "." in surface else None
    return _state_mention(tok.start, end, surface, state)


def _state_after_preposition(text: str, toks: list[Token], i: int) -> Mention | None:
    """"In D.C., we've had …", "moved to Calif. last year": a state's abbreviation with its period after a preposition of place."""
    if not i or toks[i - 1].text.lower() not in reference.place_words().prepositions or toks[i - 1].end > toks[i].start - 1:
        return None
    from .toponyms import state_abbreviations

    tok = toks[i]
    end = tok.end + 1 if text[tok.end : tok.end + 1] == "." and not tok.text.endswith(".") else tok.end
    surface = text[tok.start : end]
    if not surface.endswith(".") or len(surface) < 4 or is_title_word(tok.text) or tok.text.lower() in _HONORIFICS:
        return None  # (not "in Va" nor "in Miss. Lee's class")
    return _state_mention(tok.start, end, surface, state_abbreviations().get(normalise(surface)))


def _state_mention(start: int, end: int, surface: str, state: str | None) -> Mention | None:
    """A US state's or a Canadian province's abbreviation as that place, in the country that writes it so."""
    from .toponyms import abbreviated_countries

    if state is None:
        return None
    return Mention(start, end, surface, "place", state.title(), abbreviated_countries()[state], "gazetteer")


# "Berlin-based", "Vatican-owned", "U.S.-led": a place before these is where something belongs
_AFFILIATION_SUFFIXES = frozenset(
    "based born led owned backed bound run made registered headquartered funded controlled held occupied brokered "
    "allied linked built flagged area".split())  # ("Boston-area schools": where they are)


# initials written after a hyphen ("the DPRK-U.S. summit", "China-U.K. talks"), which the tokens cut at the first stop
_INITIALS_AFTER_HYPHEN = compile_on_use(r"[A-Z](?:\.[A-Z])+\.")


# ... and of these, where what follows stands or comes from, whatever its name
_WHERE_SUFFIXES = frozenset("based headquartered registered born".split())


def _hyphenated(text: str, toks: list[Token], taken: list[bool], gaz) -> list[Mention]:
    """Countries, areas and big cities inside a hyphenated word: "Berlin-based", "Syrian-Turkish", "Amsterdam-London",
    and a name of several words before the hyphen ("New York-based", "Abu Dhabi-based", "the DPRK-South Korea summit")."""
    out = []
    for i, tok in enumerate(toks):
        if taken[i] or "-" not in tok.text or not tok.text[:1].isupper():
            continue
        parts = tok.text.split("-")
        if len(parts) > 3:
            continue
        pair = _neighbouring_towns(text, toks, i, parts, gaz)
        if pair:  # "MLA for Nelson-Creston": two towns side by side, a riding or a metro area of both
            taken[i] = True
            out.extend(pair)
            continue
        offset = tok.start
        found = []
        lead = i  # the first token of the first place: before ``i`` when the words before complete its name
        last = i  # the last token of the last place: after ``i`` when the name after the hyphen goes on
        for n, part in enumerate(parts):
            start = text.find(part, offset, tok.end)
            offset = start + len(part)
            initials = _INITIALS_AFTER_HYPHEN.match(text, start) if n == len(parts) - 1 and n else None
            if initials is not None:  # "the DPRK-U.S. summit": the tokens split the initials at their stops
                part = initials.group()
                while last + 1 < len(toks) and toks[last + 1].end <= initials.end():
                    last += 1
            if n == 0:
                lead, mention = _name_before_hyphen(text, toks, taken, i, start + len(part), gaz)
                if mention is not None:
                    found.append(mention)
                    continue
            elif n == 1 and found and found[-1].end == start - 1 and i + 1 < len(toks) and not taken[i + 1] \
                    and _joined(text, tok, toks[i + 1]) and is_capitalised(toks[i + 1].text):
                longer = _hyphen_part(text, start, toks[i + 1].end, gaz)  # "DPRK-South Korea"
                if longer is not None:
                    found.append(longer)
                    last = i + 1
                    continue
            if not part[:1].isupper() or len(part) < 3 and not _country_code(part, gaz):
                if part not in _AFFILIATION_SUFFIXES and not (part.islower() and found and found[-1].kind == "country"):
                    # (a country before any word keeps its name: "UK-bashing", "China-friendly")
                    found = []  # "Newton-meters", "pound-feet": a unit or a word, not a place
                    break
                continue
            mention = _hyphen_part(text, start, start + len(part), gaz)
            if mention is None:
                found = []  # "Melbourne-Blake", "Dyfed-Powys": a double name, not a list of places
                break
            found.append(mention)
        # ("Korean-Chinese Friendship Association" is one name; "the Abu Dhabi-based International Renewable Energy
        # Agency" is a place and the name of what is based there)
        if found and (parts[-1] in _WHERE_SUFFIXES or not _org_follows(text, toks, last + 1)):
            for k in range(lead, last + 1):
                taken[k] = True
            out.extend(found)
    return out


# a US road written as its kind and number ("I-95", "Interstate 5", "Route 66", "Highway 101"), and the words that may
# stand between it and the preposition of place before it ("on southbound I-95", "along the Highway 1 corridor")
# (spelt once, in toponyms, which also reads a list of them before a place)
_US_INTERSTATE = compile_on_use(US_INTERSTATE)
_US_ROAD_KINDS = frozenset(US_ROAD_KINDS)
_US_ROAD_NUMBER = compile_on_use(US_ROAD_NUMBER)
_US_ROAD_CUES = ("I-",) + tuple(kind + " " for kind in US_ROAD_KINDS)
_BEFORE_A_ROAD = frozenset("the northbound southbound eastbound westbound".split())
# what joins the roads of a list after the first ("on I-95, Route 1 and Interstate 84")
_ROAD_LIST_GAP = compile_on_use(r",?[ \t]+(?:and|or)[ \t]+|,[ \t]*")
# capitalised words after the number that do not lengthen its name: a direction of the road ("Interstate 95 North near
# Baltimore") and a day or month opening a time ("on I-95 Tuesday night", "on Interstate 5 Friday morning")
_ROAD_DIRECTIONS = frozenset("North South East West Northbound Southbound Eastbound Westbound".split())
_TIME_AFTER_A_ROAD = frozenset(w.capitalize() for w in (*WEEKDAYS, *FULL_MONTHS))
# an aside after the number that names a work called after the road ("on Route 66, the musical,", "tickets to
# Route 66 — the show —"): the title of the work, not the road
_WORK_ASIDE = compile_on_use(r"[ \t]*[,—–(][ \t]*(?:the|a|an|his|her|their|its)[ \t]+(?:[\w’'-]+[ \t]+){0,2}?"
                         r"(?:musical|show|podcast|song|album|record|single|film|movie|play|series|sitcom|novel|book|"
                         r"documentary|opera|game|comic|exhibition|ballet)s?\b")
# a noun for aircraft before the preposition ("the flight on Route 101 from Lima"): an air route; a bus's "Route N" is its
# line, not a road (a bus on an Interstate or a Highway is on the road)
_AIR_BEFORE = frozenset("flight flights airline airlines plane planes jet jets aircraft airliner carrier".split())
_BUS_BEFORE = frozenset("bus buses busses coach coaches tram trams shuttle".split())
# "filed on I-130": an I- number of three digits after a word of filing is an immigration form, not an Interstate
_FILING = frozenset("file files filed filing submit submits submitted".split())


def _us_numbered_roads(text: str, toks: list[Token], taken: list[bool]) -> list[Mention]:
    """US roads by number after a preposition of place or "via" ("on I-95", "along Route 66", "on southbound
    Interstate 5"): a place on the map, placed like a street. Not a form ("filed an I-130 petition", "the I-9 form"),
    a song or a show ("the Route 66 song"), an album ("Highway 61 Revisited"), nor a number with no preposition of
    place before it or before the list it ends ("on I-95, Route 1 and Interstate 84")."""
    out: list[Mention] = []
    span = text[toks[0].start : toks[-1].end] if toks else ""
    if not any(cue in span for cue in _US_ROAD_CUES):
        return out  # (most spans name no such road: a look for its words in the span, not at every token)
    for i, tok in enumerate(toks):
        if taken[i]:
            continue
        if _US_INTERSTATE.fullmatch(tok.text):
            end = i
        elif tok.text in _US_ROAD_KINDS and i + 1 < len(toks) and _US_ROAD_NUMBER.fullmatch(toks[i + 1].text) \
                and text[tok.end : toks[i + 1].start] == " ":
            end = i + 1
        else:
            continue
        last = end  # the number, or the direction after it
        nxt = toks[end + 1].text if end + 1 < len(toks) and text[toks[end].end : toks[end + 1].start] == " " else ""
        if nxt in _ROAD_DIRECTIONS:
            last = end + 1
            nxt = toks[last + 1].text if last + 1 < len(toks) and text[toks[last].end : toks[last + 1].start] == " " else ""
        if nxt not in _TIME_AFTER_A_ROAD:  # (a time after it ends the road's phrase: "on I-95 Tuesday night near …")
            if nxt[:1].isupper():
                continue  # a longer name: "Highway 61 Revisited", "the Route 66 Diner"
            if not _heads_its_phrase(text, toks, last):
                continue  # a noun of another thing after it: "in the I-9 form", "on the Route 66 tour"
        listed = bool(out) and _ROAD_LIST_GAP.fullmatch(text, out[-1].end, tok.start) is not None
        k = i - 1
        while k >= 0 and toks[k].text.lower() in _BEFORE_A_ROAD and not text[toks[k].end : toks[k + 1].start].strip():
            k -= 1
        if not listed and (k < 0 or text[toks[k].end : toks[k + 1].start].strip()
                           or toks[k].text.lower() not in _ON_STREET | {"via"}):
            continue
        before = toks[k - 1].text.lower() if not listed and k >= 1 and not text[toks[k - 1].end : toks[k].start].strip() else ""
        if (_WORK_ASIDE.match(text, toks[end].end)  # a work named after the road: "on Route 66, the musical, in London"
                or before in _AIR_BEFORE or before in _BUS_BEFORE and tok.text == "Route"  # "the flight on Route 101"
                or before in _FILING and re.fullmatch(r"I-\d{3}", tok.text)):  # a form: "He filed on I-130 last year"
            for j in range(i, end + 1):
                taken[j] = True  # (known to be no place: not "Route" as an unknown name either)
            continue
        surface = text[tok.start : toks[end].end]
        out.append(Mention(tok.start, toks[end].end, surface, "place", surface, "", "building"))
        for j in range(i, end + 1):
            taken[j] = True
    return out


# two towns named as one hyphenated pair lie this close (a riding, a county or a metro area of both)
PAIR_KM = 100.0
# what a seat or a district is called before "for"/"of" and a pair of towns ("MLA for Nelson-Creston", "the riding of …")
_SEAT_WORDS = frozenset("riding constituency district seat ward".split())


def _pair_in_place_context(text: str, toks: list[Token], i: int) -> bool:
    """Whether the hyphenated word at ``toks[i]`` stands where a place does: after a preposition of place ("in
    Nelson-Creston"), or after "for"/"of" and a seat's word or a member's initials ("MLA for Nelson-Creston", "the
    riding of Nelson-Creston"); not after "by" or "said", where a double-barrelled surname stands ("by Clinton-Davis")."""
    before = [t.text for t in toks[max(0, i - 2) : i]]
    if not before:
        return False
    if before[-1] in _PLACE_ONLY:
        return True
    return len(before) == 2 and before[-1] in ("for", "of") and (before[0].lower() in _SEAT_WORDS
                                                              or before[0].isupper() and len(before[0]) > 1)


def _towns_named(gaz, key: str) -> list:
    """The gazetteer's towns whose own name (or its folded spelling) is ``key``, not those it only lists as aliases."""
    return [c for c in gaz.candidates(key) if c.kind == "city" and key in (_key(c.name), _key(fold(c.name)))]


def _neighbouring_towns(text: str, toks: list[Token], i: int, parts: list[str], gaz) -> list[Mention]:
    """The two towns of a hyphenated pair whose namesakes lie within ``PAIR_KM`` of each other ("Nelson-Creston",
    an electoral district of two neighbouring towns), unless a given name or another name runs into it ("Tanesha
    Melbourne-Blake"); else nothing (:func:`_hyphen_part` reads the big places)."""
    if len(parts) != 2 or parts[0] == parts[1] or not all(p[:1].isupper() and p[1:].islower() for p in parts) \
            or i and _joined(text, toks[i - 1], toks[i]) and is_capitalised(toks[i - 1].text) \
            or not _pair_in_place_context(text, toks, i):
        return []  # (one town's name doubled is another town: "Baden-Baden")
    towns = [_towns_named(gaz, _key(p)) for p in parts]
    close = next(((a, b) for a in towns[0] for b in towns[1] if haversine_km(a.lat, a.lon, b.lat, b.lon) <= PAIR_KM), None)
    if close is None:
        return []
    start = toks[i].start
    cut = start + len(parts[0])
    # (the two namesakes that lie close, not each part's first: the pair's own towns)
    return [Mention(start, cut, parts[0], "place", close[0].name, close[0].country, "gazetteer"),
            Mention(cut + 1, toks[i].end, parts[1], "place", close[1].name, close[1].country, "gazetteer")]


def _hyphen_part(text: str, start: int, end: int, gaz) -> Mention | None:
    """A country (by name or demonym), an area, a region or a big city written as part of a hyphenated word."""
    surface = text[start:end]
    key = _key(visible(surface))
    code = gaz.demonyms.get(key)
    if code in gaz.countries:
        return Mention(start, end, surface, "country", gaz.countries[code].name, code, "demonym")
    cands = gaz.candidates(key)
    place = cands[0] if cands else None
    if place is not None and place.kind == "country":
        return Mention(start, end, surface, "country", place.name, place.country, "gazetteer")
    if place is not None and (place.kind in ("province", "region", "sea") or _prominent(cands)):
        return Mention(start, end, surface, "place", place.name, place.country, "gazetteer")
    return None


def _name_before_hyphen(text: str, toks: list[Token], taken: list[bool], i: int, end: int, gaz) -> tuple[int, Mention | None]:
    """The place whose name ends before the hyphen of ``toks[i]`` and begins one or two words earlier ("New York-based"):
    the index of its first token and its mention, or ``(i, None)``."""
    for back in (2, 1):
        k = i - back
        if k < 0 or any(taken[j] or not is_capitalised(toks[j].text) or not _joined(text, toks[j], toks[j + 1])
                        for j in range(k, i)):
            continue
        mention = _hyphen_part(text, toks[k].start, end, gaz)
        if mention is not None:
            return k, mention
    return i, None


def _country_code(part: str, gaz) -> bool:
    """Two capitals that name a country ("US-based", "UK-bashing"): the rest of a hyphenated word is too short to be a place."""
    if len(part) != 2 or not part.isupper():
        return False
    cands = gaz.candidates(_key(part))
    return bool(cands) and cands[0].kind == "country"


_MARKUP = compile_on_use(r"<[^<>\n]{0,200}>")


def mask_markup(text: str) -> str:
    """The text with HTML-like tags blanked out, same length, so "<b>Eve</b> Doe" reads "Eve Doe"."""
    if "<" not in text:
        return text
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)


_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")


def _later_references(text: str, found: list[Mention], spans) -> list[Mention]:
    """"Joint Chiefs of Staff (JCS)" … "the JCS"; "Linda Marsh" … "Marsh"."""
    aliases: dict[str, Mention] = {}
    given_towns: dict[str, Mention] = {}  # given names that are also towns: relabel the town mentions, add none
    given_names: set[str] = set()
    for m in found:
        if m.kind in ("organization", "group", "person"):
            acr = _ACRONYM.match(text, m.end)
            if acr and acr.group(1) not in aliases:
                aliases[acr.group(1)] = m
        if m.kind == "person" and len(m.name.split()) > 1:
            last = m.name.split()[-1]
            if last[:1].isupper() and len(last) > 2 and not (m.via == "pattern" and _key(last) in reference.not_place_names()
                                                             and not reference.is_first_name(m.name.split()[0])):
                aliases.setdefault(last, m)  # (not a word a run of capitals ends with: "Republican Jewish [Coalition]")
            for given in m.name.split()[:-1]:
                if given in _country_names() and reference.is_first_name(given) and given not in aliases \
                        and not _country_sense(text, found, given):
                    aliases[given] = m  # "Georgia Stevens" … "Georgia began skating": the girl, not the country
                    given_names.add(given)
                elif reference.is_first_name(given) and given not in aliases and given not in _country_names() \
                        and _town_not_metropolis(given):
                    # "James Tyler Williams" … "Tyler being given 21 years": the man, not Tyler, Texas (only where
                    # the name was taken for the town: other bare given names are left as they were)
                    given_towns.setdefault(given, m)
                    given_names.add(given)
    if not aliases and not given_towns:
        return found
    # "John Kelly" … "Kelly said": a surname the gazetteer also knows as a town is the person
    # "British Airways (BA)" … "BA said": an acronym the gazetteer also knows as a town is the organisation
    named = {a: m for a, m in aliases.items()
             if m.kind == "person" and (reference.is_first_name(m.name.split()[0]) or a in given_names)
             or m.kind in ("organization", "group") and a.isupper()}
    named = {**given_towns, **named}
    places_by_end = {m.end: m for m in found if m.kind in ("place", "country")}
    found = [
        Mention(m.start, m.end, m.text, named[m.text].kind, named[m.text].name, named[m.text].country, "alias")
        if m.via in ("gazetteer", "context", "demonym") and m.text in named and m.start > named[m.text].start
        and not (m.text in given_names and _written_as_place(text, m, places_by_end)) else m
        for m in found
    ]
    taken = sorted(found)
    extra = []
    longest_first = sorted(aliases, key=len, reverse=True)
    for span_start, span_end in spans:
        for s, e, alias in _whole_word_hits(text, longest_first, span_start, span_end):
            k = bisect_left(taken, s, key=lambda m: m.start)
            if any(m.start < e and s < m.end for m in taken[max(0, k - 2) : k + 2]):
                continue
            ref = aliases[alias]
            if s < ref.start:
                continue
            extra.append(Mention(s, e, alias, ref.kind, ref.name, ref.country, "alias"))
    return sorted(found + extra)


def _whole_word_hits(text: str, words: list[str], start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """Where ``words`` (tried in order at each place) stand as whole words in ``text[start:end]``, left to right
    without overlaps, and not before a hyphen or apostrophe and a letter ("Kelly-Ayotte"): what the regex
    ``\b(w1|w2|…)\b(?![-’'][A-Za-z])`` finds, without compiling a new alternation for every article."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w)
    places = []
    for first in by_first:
        at = text.find(first, start, end)
        while at >= 0:
            places.append(at)
            at = text.find(first, at + 1, end)
    resume = start
    for s in sorted(places):
        if s < resume:
            continue
        for w in by_first[text[s]]:
            e = s + len(w)
            if e <= end and text.startswith(w, s) and _boundary(text, s, end) and _boundary(text, e, end) \
                    and not (e + 1 < end and text[e] in "-’'" and text[e + 1] in _ASCII_LETTERS and not _possessive_s(text, e, end)):
                yield s, e, w
                resume = e
                break


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _possessive_s(text: str, at: int, end: int) -> bool:
    """"Reeves's decision", "BA's flights": the possessive ending after a name, not a name going on ("O'Neil")."""
    return text[at] in "’'" and text[at + 1] == "s" and (at + 2 >= end or text[at + 2] not in _ASCII_LETTERS)


def _boundary(text: str, at: int, end: int) -> bool:
    """Regex ``\b`` at ``at`` in a search that ends at ``end`` (which sees the text before its start)."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < end and (text[at].isalnum() or text[at] == "_")
    return before != after


def _bare_org_word(surface: str) -> bool:
    """An organisation's word alone, maybe after "The" ("Bank", "The Bank"): no place's own name."""
    words = surface.split()
    if words[:1] in (["The"], ["the"]):
        words = words[1:]
    return len(words) == 1 and words[0] in org_words()


# the same words recur all through an article: fold each surface once
_key = lru_cache(maxsize=1 << 16)(normalise)


def _known(text, s, e, toks, i, n, gaz, directory, listed=False, decided=None, refused=None,
           lowercase=frozenset()) -> Mention | None:
    surface = visible(text[s:e])
    key = _key(surface)
    if i and toks[i - 1].text.lower() in _PLACE_MODIFIERS and toks[i - 1].text[:1].isupper() and toks[i - 1].end == s - 1 \
            and gaz.lookup_key(_key(f"{toks[i - 1].text} {surface}")) is not None:
        return None  # "Club of New Jersey": the end of a longer place's name refused before, never Jersey the island
    # a short name matches only as written: "US" is the country, "Us" and "Is" are words
    short = len(surface) <= 3
    entry = directory.get(key)
    # (a name of several words matches with its words capitalised as the directory writes them: "Caribbean
    # community leaders" are no Caribbean Community; "U.S.-led coalition" is the US-led coalition)
    if entry is not None and (not short or surface in (entry.name, *entry.aliases)) and (
            n == 1 or all(not (w := _LOWER_LEAD.match(t.text).group()) or w in CONNECTORS or w in _lower_words(entry)
                          for t in toks[i : i + n])):
        if n == 1 and surface.lower() in entry.aliases and (_unknown_word_before(text, toks, i, gaz, directory)
                                                            or surface[:1].isupper() and _descriptive_before(text, toks, i)):
            return None  # "the Republican Jewish Coalition": a common noun the directory lists, ending a longer name
        if entry.kind == "organization" and n > 1 and _building_as_place(text, toks, i, n, streets=False):
            return Mention(s, e, surface, "place", surface, "", "building")  # "at the White House": the building
        if entry.kind == "organization" and _within_union(toks, i, gaz, key):
            region = gaz.candidates(key)[0]
            return Mention(s, e, surface, "place", region.name, "", "gazetteer")  # "within the EU": its territory
        return Mention(s, e, surface, entry.kind, entry.name, entry.country, "directory")
    code = gaz.demonyms.get(key)
    if code and code in gaz.countries and surface[0].isupper():
        if n == 1 and (_first_name_before(text, toks, i) or i and toks[i - 1].text.lower().rstrip(".") in _HONORIFICS):
            return None  # "Mark Cuban", "Mr. English": a surname
        if _org_follows(text, toks, i + n) or _org_before(toks, i):
            return None  # "Korean Central News Agency", "Organization of American States": one organisation
        return Mention(s, e, surface, "country", gaz.countries[code].name, code, "demonym")
    place = gaz.lookup_key(key)
    if place is None:
        return None
    if n > 1 and toks[i].text.lower() == "the" and any(
            _key(visible(text[toks[i + 1].start : toks[k].end])) in directory for k in range(i + n, min(i + 6, len(toks)))):
        return None  # "The Caribbean Community": "The" opens an organisation's name, not the region's alias "the Caribbean"
    if place.kind != "country" and _bare_org_word(surface) and _OF_A_NAME.match(text, e):
        return None  # "The Bank of Japan": an institution's name, not a town whose alias is "The Bank" (but "the West
        # Bank of Jordan" is the West Bank: a place's own name that ends in such a word)
    if _WATER_OF.fullmatch(" ".join(t.text for t in toks[max(i - 2, 0) : i])) or (
            place.kind == "sea" and _OF_A_NAME.match(text, e)):
        # "the Sea of Japan", "the Gulf of Finland", "the Strait of Georgia": the end of a sea's name, not the
        # country or town ("the Cape of Good Hope": no Good Hope, California); "the Gulf of Tonkin": another gulf
        # than the one "the Gulf" stands for
        return None
    if short and not surface.isupper() and surface != place.name:
        return None
    if n > 1 and place.kind != "country" and any(
        not is_capitalised(t.text) and t.text.lower() not in CONNECTORS and t.text.lower() not in reference.place_words().after
        for t in toks[i : i + n]
    ):
        return None  # "The bridge" is not a town's alias: every word of a place name is capitalised
    if place.kind == "country":
        if _org_follows(text, toks, i + n) or _org_before(toks, i):
            return None  # "Pakistan Meteorological Department", "Bank of Japan": one organisation
        if n == 1 and _first_name_before(text, toks, i):
            return None  # "Andrew Jordan": a surname
        if n == 1 and _surname_after(text, toks, i, gaz, directory, lowercase):
            return None  # "Georgia Stevens", "Chad Smith": a given name
        if _unknown_word_before(text, toks, i, gaz, directory):
            return None  # "Air Zimbabwe", "HSBC Malta": the end of a longer name
        return Mention(s, e, surface, "country", place.name, place.country, "gazetteer")
    if n == 1 and toks[i].text in _MONTHS:
        return None
    side = directory.get(f"{_key(place.name)} cricket team")
    if side is not None and _plays_as_a_side(toks, i, n, lowercase):
        return Mention(s, e, surface, side.kind, side.name, side.country, "directory")  # "West Indies beat England"
    if place.kind == "sea" and _name_goes_on_after(text, toks, i + n):
        return None  # "Black Sea Fleet", "Dead Sea Scrolls": a fleet and scrolls named after a sea, not the sea
    if n > 1 and place.kind == "city" and i + n < len(toks) and _joined(text, toks[i + n - 1], toks[i + n]) \
            and toks[i + n].text[:1].isupper() and toks[i + n].text.lower() in reference.place_words().buildings \
            and toks[i + n].text.lower() not in _JURISDICTION_WORDS:
        return None  # "The Colony Theatre", "Palm Springs Hotel": a building named after the town, read whole (a one-word
        # town's name is never read before a capitalised word: see _single_word_place_ok)
    if _SAINTS_BUILDING.match(text, e) and _SAINTS_BUILDING.match(text, e).group(1).lower() in reference.place_words().buildings:
        return None  # "St. Peter's Basilica", "St Patrick's Cathedral": a building named after a saint, not a parish
    if n == 1:
        verdict = _single_word_place_ok(text, toks, i, place, key, gaz, listed, lowercase, (decided or {}).get(key))
        if verdict is False and refused is not None:
            refused[key] += 1
        if not verdict:
            return None
    if _org_follows(text, toks, i + n) or _org_before(toks, i):
        return None  # "New York Times", "Colorado State University", "Bank of America": an organisation's name
    if n > 1 and _unknown_word_before(text, toks, i, gaz, directory):
        return None  # "Epicurean Santa Barbara": the end of a longer name
    if n > 1 and i and text[toks[i - 1].end : toks[i].start] == " " and is_title_word(toks[i - 1].text) \
            and toks[i - 1].text[:1].isupper() and not _prominent(gaz.candidates(key)):
        return None  # "Archbishop Luis Antonio Cardinal Tagle": a person's names after a title, not a Brazilian town
    return Mention(s, e, surface, "place", place.name, place.country, "gazetteer")


# words only cricket writes: in an article holding one, a region that names a cricket side is the side
_CRICKET_WORDS = frozenset("cricket cricketer cricketers wicket wickets innings batsman batsmen batter batters bowler "
                           "bowlers bowled wicketkeeper".split())
# words right after a side's name that make it the side in any article: its people, or its result
_SIDE_WORDS = frozenset("squad team side captain skipper coach selectors batsman batsmen bowler bowlers opener players "
                        "beat beats defeated thrashed routed".split())
# words before a region's name that keep it the region even in a cricket article ("the Test in the West Indies",
# "England toured the West Indies", "a tour of the West Indies")
_REGION_BEFORE = frozenset("in across around throughout into toured touring visited visiting".split())


def _plays_as_a_side(toks: list[Token], i: int, n: int, lowercase: frozenset[str]) -> bool:
    """Whether a region that names a cricket side ("West Indies") is the side here: a side's word or result follows it
    ("West Indies beat England", "the West Indies squad"), or the article is about cricket and no "in", "across"…
    puts it as the region ("He played cricket for the West Indies")."""
    nxt = toks[i + n].text.lower() if i + n < len(toks) else ""
    if nxt in _SIDE_WORDS:
        return True
    before = [t.text.lower() for t in toks[max(i - 3, 0) : i]]
    before = before[:-1] if before[-1:] == ["the"] else before
    region = bool(before) and (before[-1] in _REGION_BEFORE or before[-2:] == ["tour", "of"])
    return bool(lowercase & _CRICKET_WORDS) and not region


# the lower-case word a token opens with ("al" of "al-Kaabi", "community"), "" for a capitalised token or a sign
_LOWER_LEAD = re.compile(r"[a-z'’]*")


@cache
def _lower_words(entry) -> frozenset[str]:
    """The words a directory entry's names write in lower case ("led", "coalition" of "US-led coalition")."""
    return frozenset(re.findall(r"(?<![A-Za-z])[a-z][a-z'’]*", " ".join((entry.name, *entry.aliases))))


@cache
def _long_directory_names() -> dict[str, tuple[tuple[str, int], ...]]:
    """The directory's names of more words than a word run holds (see ``_word_runs``), by their first word, with
    their number of words: never found whole by a run, so looked for on their own."""
    out: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for key in reference.actor_directory():
        words = key.split()
        if len(words) > _RUN_WORDS:
            out[words[0]].append((key, len(words)))
    return {first: tuple(names) for first, names in out.items()}


def _long_name_at(text: str, toks: list[Token], i: int, directory) -> Mention | None:
    """The directory's name too long for a word run that starts at token ``i``, written whole ("the Islamic State of
    Iraq and the Levant": one group, not the group, Iraq and the Levant region), or None."""
    # (a sentence's "The" before it is no part of it, but must not let "The Islamic State" be found first)
    first = i + 1 if toks[i].text == "The" and i + 1 < len(toks) else i
    for key, size in _long_directory_names().get(toks[first].text.lower(), ()):
        last = first + size - 1
        if last >= len(toks) or "\n" in text[toks[first].start : toks[last].end]:
            continue
        written = visible(text[toks[first].start : toks[last].end])
        if _key(written) == key:
            entry = directory[key]
            return Mention(toks[first].start, toks[last].end, written, entry.kind, entry.name, entry.country, "directory")
    return None


# Prepositions after which a building's name is where something happens ("at Barclays Center"), and
# a street's ("on Royal Street").
_AT_BUILDING = frozenset("in at near outside inside into to from on across around towards toward opposite behind".split())
_ON_STREET = _AT_BUILDING | {"on", "along", "off", "down", "up"}


# parts and grounds of a building, which a building's name after "of" is where they are ("the steps of", "the dock of")
_BUILDING_PARTS = frozenset("dock steps gates gate doors door entrance grounds forecourt courtyard lobby foyer roof "
                            "basement corridors corridor precincts premises".split())


# verbs of standing before a court or a body in its building: "appeared before", "was brought before"
_BROUGHT_BEFORE = frozenset("appear appears appeared appearing brought taken hauled".split())


# auxiliaries that make a name before them a clause's subject ("before Cavan Town Hall was demolished"): the clause
# reader's, and "be", "been" (its "'ll" is never a word here: a token, as a word matched by [a-z]+, opens with a letter)
_AUXILIARIES = clauses.AUXILIARIES | {"be", "been"}


# participles of how a person stood before a court, which describe them and are no verb of the court's
# ("appeared before Cork District Court handcuffed"), beside any "un-…ed" ("unrepresented", "unaccompanied")
_RESTRAINED = frozenset("handcuffed shackled manacled chained cuffed".split())
# what makes a past form after a name its verb: an object ("… jailed his brother", "… jailed him", "… fined Smith")
# or the clause's end ("Cracks appeared before Cavan Town Hall closed.")
_OBJECT_OR_END = compile_on_use(r"[ \t]*(?:[.,;:!?\n]|$)|[ \t]+(?:the|a|an|his|her|their|its|our|my|your|this|that|these|"
                            r"those|him|them|it|us|me|you|[A-Z0-9])")


def _verb_after(text: str, toks: list[Token], j: int) -> bool:
    """Whether the token ``j``, right after a name, is its clause's finite verb, so a "before" ahead of the name is a
    time's ("Cracks appeared before Cavan Town Hall was demolished", "… before Naas District Court jailed him"): an
    auxiliary, or a past form followed by an object or the clause's end (not "appeared before Naas District Court
    charged with", "… handcuffed and flanked by", nor a participle of the person's state: "… handcuffed.",
    "… unrepresented.")."""
    if j >= len(toks) or text[toks[j - 1].end : toks[j].start].strip() or not toks[j].text.islower():
        return False
    word = toks[j].text
    if word in _AUXILIARIES:
        return True
    if not codes.is_past_form(word) or word in _RESTRAINED or word.startswith("un") and word.endswith("ed"):
        return False
    return _OBJECT_OR_END.match(text, toks[j].end) is not None


def _building_as_place(text: str, toks: list[Token], i: int, n: int, *, streets: bool = True) -> bool:
    """A street's or a building's name used as a place: "on Royal Street", "at the White House", "at Barclays Center".

    A street is a place wherever it is not the subject of a speech verb ("Downing Street said"); a
    building or ground (whose name often also names its organisation: "Cornell University said") only
    after a preposition of place. The gazetteer does not know them: they stay unresolved, with a reason.
    """
    words = reference.place_words()
    last = toks[i + n - 1].text.lower()
    k = i - 1
    if k >= 0 and toks[k].text[:1].isupper() and text[toks[k].end : toks[k].end + 2] in ("'s", "’s"):
        k -= 1  # "at Brooklyn's Barclays Center": the owner is the place it stands in
    if k >= 0 and toks[k].text.lower() == "the":
        k -= 1
    before = toks[k].text.lower() if k >= 0 and toks[k].end <= toks[i].start else ""
    if before == "of" and k >= 1 and toks[k - 1].text.lower() in _BUILDING_PARTS:
        before = "at"  # "in the dock of Belfast Magistrate's Court", "on the steps of Cavan Town Hall": a part of it
    elif before == "before" and k >= 1 and toks[k - 1].text.lower() in _BROUGHT_BEFORE and not _verb_after(text, toks, i + n):
        before = "at"  # "appeared before Naas District Court": where he stood (not "before Naas District Court jailed him")
    if streets and last in words.streets:
        nxt = toks[i + n].text.lower() if i + n < len(toks) else ""
        return before in _ON_STREET or nxt not in reference.cues()
    # the building word ends the name or heads it before "of" ("University of California", "Palace of Westminster")
    head = toks[i].text.lower() if n > 2 and toks[i + 1].text == "of" else ""
    if not (n > 1 and (last in words.buildings or head in words.buildings) and before in _AT_BUILDING):
        return False  # (not "at the House": Congress)
    # "a degree from Rutgers University" says whose degree, not where: an institution is a place where something is
    return before != "from" or (last not in reference.place_words().institutions and head not in reference.place_words().institutions)


_SENTENCE_ENDS = (".", "!", "?", "“", '"', ":", "—", "–", "-", "(", "|")


def _unknown_word_before(text: str, toks: list[Token], i: int, gaz, directory) -> bool:
    """A capitalised word no table knows, joined before a name inside a sentence: the name ends a longer one.

    "Air Zimbabwe", "HSBC Malta", "Star India", "SME Mauritius": a firm or a programme named after a
    place. Not a direction or a title ("Northern Ireland", "President Macron"), not a word opening the
    sentence, and not in a headline written in title case ("Russia Expels US Diplomats").
    """
    if not i or text[toks[i - 1].end : toks[i].start] != " " or toks[i].text.isupper() and len(toks[i].text) > 3:
        return False  # (a dateline after a byline: "Associated Press WASHINGTON (AP)")
    prev = toks[i - 1].text
    low = prev.lower()
    if not prev[:1].isupper() or low in _FUNCTION_WORDS or low in _PLACE_MODIFIERS or low in CONNECTORS \
            or prev in _MONTHS or is_title_word(prev) or low in reference.cues():
        return False
    if i == 1 or text[toks[i - 2].end : toks[i - 1].start].strip()[-1:] in _SENTENCE_ENDS:
        return False
    key = _key(prev)
    if gaz.lookup_key(key) is not None or key in gaz.demonyms or key in directory or reference.is_first_name(prev):
        return False
    if _adjective_before_country(prev, toks[i].text, gaz) and not _name_goes_on(text, toks, i - 2, i - 1) \
            and not _name_goes_on(text, toks, i + 1, i):
        return False  # "Ancient Egypt", "Occupied Palestine": the country, named in a time or a state of it (not inside
        # a longer name: "Standard Chartered Nigeria", "Islamic Emirates Project")
    return not _title_case_line(text, toks[i].start)


def _descriptive_before(text: str, toks: list[Token], i: int) -> bool:
    """A capitalised party word or demonym joined before ``toks[i]`` ("Jewish Coalition", "Kurdish Alliance")."""
    return i > 0 and text[toks[i - 1].end : toks[i].start] == " " and toks[i - 1].text[:1].isupper() \
        and _key(toks[i - 1].text) in _descriptive_words()


@cache
def _party_words() -> frozenset[str]:
    """The party words of ``data/party_words.csv`` and their singulars ("democrats", "democrat")."""
    party = frozenset(normalise(w) for w in _words("party_words"))
    return party | {w[:-1] for w in party if w.endswith("s")}


def _adjective_before_place(prev: str, word: str) -> bool:
    """A capitalised adjective (by its ending) before a country's, a first-level area's or a big town's name."""
    return prev[1:].islower() and prev.lower().endswith(_ADJECTIVE_ENDINGS) and _big_place(reference.gazetteer(), word) \
        or _adjective_before_country(prev, word, reference.gazetteer())


def _name_goes_on(text: str, toks: list[Token], k: int, beside: int) -> bool:
    """``toks[k]`` is a capitalised word joined by one space to ``toks[beside]``, next to it on either side."""
    if not 0 <= k < len(toks) or not toks[k].text[:1].isupper():
        return False
    a, b = (toks[k], toks[beside]) if k < beside else (toks[beside], toks[k])
    return text[a.end : b.start] == " "


def _adjective_before_country(prev: str, word: str, gaz) -> bool:
    """A capitalised adjective (by its ending: "Ancient", "Occupied", "Colonial") before a country's one-word name."""
    country = gaz.lookup_key(_key(word))
    return country is not None and country.kind == "country" and prev[1:].islower() and prev.lower().endswith(_ADJECTIVE_ENDINGS)


def is_title_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a headline in title case: every word capitalised but the minor ones
    that title case leaves small ("to", "of", "and"); one lower-case word ("met") makes it a sentence."""
    line = _headline_bounds(text, pos)
    return line is not None and _is_title_line_at(text, *line)


@lru_cache(maxsize=4096)
def _is_title_line_at(text: str, lo: int, hi: int) -> bool:
    # (asked for every capitalised word of the line: read once per line)
    if not _title_case_words(text[lo:hi], 0.9):
        return False
    words = re.findall(r"[^\W\d_][\w’'-]*", text[lo:hi])
    return not any(w[0].islower() and w not in _MINOR_TITLE_WORDS for w in words)


# Words title case leaves in lower case.
_MINOR_TITLE_WORDS = frozenset("a an the and or nor but of to in on at for by with as from into vs via per up off out over than so yet".split())


def is_title_case_headline(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a headline in title case ("Pence Endorses Ryan With Trump's Blessing."), not one in
    capitals ("TRUMP WINS NEVADA"), which tells no word's case."""
    line = _headline_bounds(text, pos)
    if line is None or not _is_title_line_at(text, *line):
        return False
    words = re.findall(r"[A-Za-z]{4,}", text[line[0] : line[1]])
    return sum(not w.isupper() for w in words) * 2 > len(words)


def _title_case_line(text: str, pos: int, *, share: float = 0.7) -> bool:
    """Whether the line holding ``pos`` is written in title case, as headlines are: ``share`` of its words
    longer than three letters capitalised (0.9 tells a headline from a short sentence full of names)."""
    line = _headline_bounds(text, pos)
    return line is not None and _title_case_words(text[line[0] : line[1]], share)


def _headline_bounds(text: str, pos: int) -> tuple[int, int] | None:
    """Where the line holding ``pos`` starts and ends, or None when it is longer than a headline (read only this
    far: a 2 MB paragraph costs no more than a line)."""
    lo = text.rfind("\n", max(0, pos - _HEADLINE_CHARS), pos) + 1
    hi = text.find("\n", pos, pos + _HEADLINE_CHARS + 1)
    if (lo == 0 and pos > _HEADLINE_CHARS) or hi < 0 and len(text) - pos > _HEADLINE_CHARS or (hi if hi >= 0 else len(text)) - lo > _HEADLINE_CHARS:
        return None
    return lo, hi if hi >= 0 else len(text)


def _title_case_words(line: str, share: float) -> bool:
    words = [w for w in re.findall(r"[A-Za-z]+", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= share * len(words)


_HEADLINE_CHARS = 160


@cache
def _descriptive_words() -> frozenset[str]:
    """Party words, demonyms and the one-word names of ``data/not_places.csv`` ("Republican", "Iraqi", "Jewish"):
    adjectives, never a person's names."""
    words = _party_words() | frozenset(reference.gazetteer().demonyms)  # ("Democrat")
    return words | frozenset(k for k in reference.not_place_names() if " " not in k)


def _party_words_before_name(chunk: list[Token]) -> int:
    """How many words open ``chunk`` before a person's name when the last of them is a party word or a demonym and
    the name after it opens with a given name ("Christian Democrat Angela Merkel" → 2); 0 otherwise."""
    for k in range(len(chunk) - 3, 0, -1):
        if _key(chunk[k].text) in _descriptive_words() and reference.is_first_name(chunk[k + 1].text) \
                and all(t.text[1:].islower() for t in chunk[: k + 1]) and _name_like(chunk[k + 1 :]):
            return k + 1
    return 0


def _named_after_a_place(chunk: list[Token], *, before: str, lowercase: frozenset[str] = frozenset()) -> bool:
    """A team or a firm named after its place, no person: a big town and a plural ("Portland Trail Blazers"; "the
    Houston Rockets" after "the" when the town is also a given name: "Tyler Perkins" is a man; not after a preposition
    of place: "in Nevada Pines Estates"), or a word no name list knows and a country ("Trend Iran", "Air Zimbabwe").
    ``before``: the word before the name, lower case; ``lowercase``: the article's words written in lower case."""
    if not 2 <= len(chunk) <= 3:
        return False
    gaz = reference.gazetteer()
    last = chunk[-1].text
    country = gaz.lookup_key(_key(last))
    if len(chunk) == 2 and country is not None and country.kind == "country" and not reference.is_first_name(chunk[0].text) \
            and chunk[0].text[1:].islower() and not chunk[0].text.lower().endswith(_ADJECTIVE_ENDINGS) \
            and _key(chunk[0].text) not in _descriptive_words():  # ("Ancient Egypt", "Occupied Palestine", "Soviet Georgia")
        return True  # (not "Michael Jordan": a first name before it makes the country a surname)
    plural = len(last) > 4 and last.endswith("s") and not last.endswith(("ss", "us", "is")) and last[1:].islower()
    if not plural and before == "the" and len(chunk) == 2 and _team_word(last) and last.lower() not in lowercase \
            and _about_sport(lowercase):
        return _big_place(gaz, chunk[0].text)  # "the Utah Jazz", "the Orlando Magic": a team named with one word (not
        # "the Cleveland Convention" where the article also writes "the convention"; "the Louisiana Purchase" in an
        # article that is not about sport)
    if not plural or reference.is_first_name(last) or reference.is_first_name(last[:-1]):
        return False  # "Houston Jones", "Austin Peters": a surname made from a given name
    if _people_or_happening(last.lower()):
        return False  # "Kabul Residents", "Mosul Civilians", "Iowa Caucuses", "Berlin Talks": the place and a noun
    if before in reference.place_words().prepositions or reference.is_first_name(chunk[0].text) and before != "the":
        return False
    return _big_place(gaz, chunk[0].text)


# words only an article about sport writes ("the Utah Jazz" is a team there; one-word team names are common words), and
# words it writes that other articles use figuratively too ("the legal team said the game was not over")
_SPORTS_WORDS = frozenset("coach coaches league playoffs playoff scored roster rookie basketball football baseball hockey "
                          "soccer quarterback striker goalkeeper".split())
_FIGURATIVE_SPORTS_WORDS = frozenset("team teams season seasons player players game games match".split())


def _about_sport(lowercase: frozenset[str]) -> bool:
    """Whether an article's words in lower case tell it is about sport: a word only sport uses, and a second word of
    sport (figurative "team", "game", "season" alone are no evidence: "the Florida Recount … the legal team")."""
    strong = len(lowercase & _SPORTS_WORDS)
    return strong >= 1 and strong + len(lowercase & _FIGURATIVE_SPORTS_WORDS) >= 2


def _big_place(gaz, word: str) -> bool:
    """A first-level area or a town of at least ``_EVENT_TOWN`` people, by its one-word name."""
    return _area_or_big_town(gaz.lookup_key(_key(word)))


def _area_or_big_town(place) -> bool:
    """A first-level area, or a town of at least ``_EVENT_TOWN`` people."""
    return place is not None and (place.kind == "province" or place.kind == "city" and place.population >= _EVENT_TOWN)


def _team_word(word: str) -> bool:
    """A capitalised singular word that may end a team's name after a place ("Jazz", "Magic", "Heat"): none that names
    a person or a title, a place's or a building's part, an organisation, a happening or a party or nation."""
    low = word.lower()
    words = reference.place_words()
    return word[1:].islower() and not low.endswith("s") and not reference.is_first_name(word) and not is_title_word(word) \
        and low not in words.after and low not in words.before and low not in words.buildings \
        and low not in words.streets and low not in words.events and word not in org_words() \
        and low not in codes.lexicon().nouns and not codes.agent_sector([low]) and low not in group_nouns() \
        and _key(word) not in _descriptive_words()


# endings of adjectives, which open a place's name rather than a firm's ("Ancient Egypt", "Occupied Palestine")
_ADJECTIVE_ENDINGS = ("ed", "ent", "ern", "ian", "ic", "al", "ese", "ish")


def _people_or_happening(plural: str) -> bool:
    """A plural naming people or a happening, never a team: "residents", "civilians", "caucuses", "talks", "wildfires"."""
    return plural in group_nouns() or bool(codes.agent_sector([plural])) or _names_happenings(plural) \
        or plural.endswith(("ians", "ists"))


def _names_happenings(plural: str) -> bool:
    """A lower-case plural the event nouns or the lexicon's nouns list ("talks", "attacks", "caucuses")."""
    from .happenings import event_nouns

    return plural in event_nouns() or plural[:-1] in event_nouns() or plural in codes.lexicon().nouns


def _happening_plural(word: str) -> bool:
    """A capitalised plural naming happenings ("Talks", "Attacks", "Protests"; ``data/cameo_nouns.csv``)."""
    low = word.lower()
    return len(low) > 4 and low.endswith("s") and word[1:].islower() and _names_happenings(low)


def _british_club(chunk: list[Token]) -> bool:
    """A British town's name and "City" that the gazetteer does not know as one place: a football club
    ("Norwich City", "Manchester City"), as British towns are not called "X City" (unlike "Quezon City")."""
    if len(chunk) != 2 or chunk[1].text != "City":
        return False
    place = reference.gazetteer().lookup_key(_key(chunk[0].text))
    return place is not None and place.kind == "city" and place.country == "GB"


def _area_after(text: str, end: int, gaz) -> bool:
    """A country, a first-level area or a county written after a comma ("Thruxton, Hampshire", "Parkland, Florida",
    "Croft, Yorkshire")."""
    after = qualifier_after(text, end)
    return bool(after) and _is_area(after, gaz)


def _is_area(key: str, gaz) -> bool:
    """A country's, a first-level area's or a county's name ("Georgia", "Hampshire")."""
    return gaz.country_of(key) is not None or any(p.kind in ("province", "county") for p in gaz.candidates(key)[:3])


def _area_of_place_before(text: str, toks: list[Token], i: int, place) -> bool:
    """A first-level area written after a capitalised name and a comma: the area that name lies in ("Indy, Kent")."""
    return (place.kind in ("province", "county") and i > 0 and text[toks[i - 1].end : toks[i].start] == ", "
            and toks[i - 1].text[:1].isupper() and toks[i - 1].text.lower() not in _FUNCTION_WORDS
            and (i + 1 >= len(toks) or text[toks[i].end : toks[i + 1].start].strip()[:1] in (".", ",", ";", ")")))


def _within_union(toks: list[Token], i: int, gaz, key: str) -> bool:
    """An organisation that is also a region of member countries, after "in", "within" or "across" ("in the EU")."""
    cands = gaz.candidates(key)
    if not cands or cands[0].kind != "region" or i < 2 or toks[i - 1].text != "the":
        return False
    return toks[i - 2].text.lower() in ("in", "within", "across", "throughout", "outside", "inside", "into")


def _building_after(text: str, toks: list[Token], i: int) -> bool:
    """A street's or a building's name follows a possessive ("Derry's Altnagelvin Hospital"): the owner is a place."""
    if not _capitalised_after(text, toks, i):
        return False
    words = reference.place_words()
    for j in range(i + 1, min(len(toks), i + 6)):
        if not is_capitalised(toks[j].text) or (j > i + 1 and not _joined(text, toks[j - 1], toks[j])):
            return False
        low = toks[j].text.lower()
        if j > i + 1 and (low in words.buildings or low in words.streets):
            return True
    return False


# the opening words of a sea's, a gulf's or a strait's name written "X of Y"
_WATER_OF = re.compile(r"(?:Sea|Gulf|Strait|Straits|Bay|Cape) of")  # (and a cape's: "the Cape of Good Hope")
_OF_A_NAME = compile_on_use(r"[ \t]+of[ \t]+[A-Z]")
# capitalised words that go on a headline, not a name ("Ships Gather In Black Sea As Talks Fail")
_NOT_NAME_WORDS = frozenset("The A An And Or But In On At As To For From With By Of Is Are Was Were Has Have After Amid".split())


def _name_goes_on_after(text: str, toks: list[Token], k: int) -> bool:
    """Whether a capitalised word follows token ``k - 1`` within the same name ("Black Sea Fleet"), other than a
    word that places it ("Red Sea State", "Black Sea Coast")."""
    return k < len(toks) and _joined(text, toks[k - 1], toks[k]) and is_capitalised(toks[k].text) \
        and toks[k].text.lower() not in reference.place_words().after and toks[k].text not in _NOT_NAME_WORDS \
        and not _title_case_line(text, toks[k].start)


def _org_follows(text: str, toks: list[Token], k: int) -> bool:
    if k >= len(toks) or not _joined(text, toks[k - 1], toks[k]):
        return False  # "South Korea’s Joint Chiefs": the possessive ends the country's name
    following = []
    for tok in toks[k : k + 5]:
        if not (is_capitalised(tok.text) or tok.text.lower() in CONNECTORS) or tok.text.lower() in reference.titles():
            break  # "U.S. District Judge …": a title ends the organisation's name
        following.append(tok.text)
    return any(w in org_words() for w in following)


# lower-case particles inside people's names, between a first name and a surname that may be a town's name
_NAME_PARTICLES = frozenset("de da del dos du van von der di bin ibn".split())


@cache
def _kinship_nouns() -> frozenset[str]:
    """Relatives by kinship in ``data/agent_nouns.csv`` ("brother", "daughter"): the name after one is a person's."""
    return frozenset(r["noun"] for r in reference.table("agent_nouns") if "kinship" in r["source"])


def _single_word_place_ok(text, toks, i, place, key, gaz, listed=False, lowercase=frozenset(), decided=None) -> bool | None:
    """One capitalised word that names a town may be a surname or a common word.

    True: a town here; False: not here, for want of context (a vote against the name in this
    article); None: never a town in this position ("Dubai World Cup", "Bill Holland").
    """
    word = toks[i].text
    sentence_start = i == 0 or text[toks[i - 1].end : toks[i].start].strip()[-1:] in (".", "!", "?", "“", '"')
    prev = toks[i - 1].text.lower() if i else ""
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    joined = i + 1 < len(toks) and _joined(text, toks[i], toks[i + 1])
    if joined and _is_place_word(nxt):
        return None  # "Madison County" is a county, not the city
    if joined and is_title_word(nxt) and not _first_name_before(text, toks, i) and _prominent(gaz.candidates(key)):
        return True  # "Florida Senator Marco Rubio", "Calgary MLA Sandra Jansen": whose office
    if joined and is_capitalised(nxt) and not _runs_on(text, toks[i + 1]) and not _NUMBERED_AFTER.match(text, toks[i].end):
        return None  # part of a longer name we do not know ("Jones" in "Stuart Jones"; not "Parkland, Florida The
        # controversy …" nor "Burton He's missed …", a sentence run on without its period)
    if i and toks[i - 1].end == toks[i].start - 1 and text[toks[i - 1].end].isspace() and is_capitalised(toks[i - 1].text) \
            and not sentence_start and prev not in _PLACE_MODIFIERS and prev not in _FUNCTION_WORDS:
        return None  # "Mark Esper", "Real Madrid", "Smoky Mary": a name before it (across any space, a non-breaking
        # one too; not "Stanley Uzoaru,Owerri": a comma whose space was lost)
    if _first_name_before(text, toks, i):
        return None  # "Bill Holland", even first in a sentence
    if prev in _kinship_nouns():
        return None  # "his brother Tyler", "her daughter Chicago": a relative's name
    if i >= 2 and prev in _NAME_PARTICLES and is_capitalised(toks[i - 2].text) and toks[i - 2].text[:1].isupper():
        return None  # "Mario de Santiago", "Robin van Persie": the end of a person's name
    if listed and reference.is_first_name(word):
        listed = False  # "Helen, Clarence, Irene": names in a list are people
    if decided is not None:
        return decided  # the article's majority for this name (see find_mentions)
    cands = gaz.candidates(key)
    prominent = _prominent(cands)
    if sentence_start and word.lower() in _FUNCTION_WORDS and not prominent:
        return None  # "Still, Hawaii's experience …": a sentence's opening word, not the French village of Still
    if joined and nxt.isdigit() and not prominent:
        return None  # "Kanal 13", "Gate 10": a name with a number
    odd = key not in (normalise(place.name), normalise(fold(place.name)), normalise(without_article(fold(place.name)))) \
        and place.kind == "city" \
        and not place.coord_source.startswith(("countryinfo", "airportsdata"))
    if odd and place.population < 100_000:
        return None  # another spelling of a small town ("Christians" for Christiansø)
    # "at Zara's headquarters", "at Moody's Analytics": a person or a firm owns it
    owner = text[toks[i].end : toks[i].end + 2] in ("'s", "’s") and (
        reference.is_first_name(word) or not prominent and _capitalised_after(text, toks, i)) \
        and not _building_after(text, toks, i)
    placed = (prev in reference.place_words().prepositions or prev == "of" or prev == "the" and nxt.lower() in _VICINITY) and not owner
    if word.isupper() and len(word) > 1 and not placed:
        return False  # an acronym ("TASS", "BA") names a town only in a dateline or beside a place word
    if placed or listed:
        return True
    if not owner and (_area_after(text, toks[i].end, gaz) or _area_of_place_before(text, toks, i, place)):
        return True  # "Thruxton, Hampshire"; "Brands Hatch Indy, Kent": a place and the area it lies in
    if place.kind in ("region", "sea") and not odd and word not in ambiguous_places():
        return True  # "Asia", "Europe": a continent or a sea, even first in a sentence or where it is a first name
    if word in ambiguous_places() or odd:
        return False
    if nxt.lower() in reference.cues():  # "Tyler said", "Kent said" are people; "Tehran said" is a capital's government
        return any(c.capital for c in cands)
    if sentence_start and prominent and reference.is_first_name(word) and nxt.islower() \
            and located_nouns().get(nxt) in _STANDING_CLASSES:
        return True  # "Paris hotel staff went on strike", "Sydney airport reopened": no person's name before "hotel"
    if sentence_start and (reference.is_first_name(word) or word.lower() in lowercase):
        return False  # "Kelly was…", "Free trade…": a first name, or a word the article also writes in lower case
    if sentence_start or place.kind == "city" and place.population < 100_000:
        return prominent  # a capital, a big city or a populous area stands on its own ("Dubai may have been hot")
    return True


# the classes of ``located_nouns`` for things that stand or lie somewhere (not a court, a market, a vote: "Kelly court
# date", "Paris election" may follow a person's name or a headline's)
_STANDING_CLASSES = frozenset({"structure", "land", "settlement"})


# "No." and a number after a town's name: one of the town's numbered institutions ("the Tianjin No. 2 Detention
# Centre", "Beijing No. 4 High School"), which lies in the town
_NUMBERED_AFTER = re.compile(r"[ \t]+No\.?[ \t]*\d")
# words that open a sentence and never go on a name: after a name, a sentence run on without its period (a question's
# auxiliary or its wh-word too: a dateline run on into a standfirst, "April 5, 2018 Honolulu Are there downsides …")
_RUN_ON_OPENERS = frozenset("The A An He She It They We Are Is Was Were Do Does Did What Why How".split())
_ARTICLE_A = compile_on_use(r"A[ \t]+[a-z]")


def _runs_on(text: str, tok: Token) -> bool:
    """Whether a capitalised word opens a sentence run on without its period: one of the openers, and "A" only as
    the article before a lower-case word ("Florida A man …", not "Texas A&M" nor "Texas A. Smith")."""
    opener = re.split(r"[’']", tok.text)[0]
    return opener in _RUN_ON_OPENERS and (opener != "A" or _ARTICLE_A.match(text, tok.start) is not None)


# Words after "the X" that make X a place ("the Fredericton area", "the Syrian border").
_VICINITY = frozenset("area region border coast side suburbs outskirts countryside hinterland".split())


def _capitalised_after(text: str, toks: list[Token], i: int) -> bool:
    return i + 1 < len(toks) and toks[i + 1].start - toks[i].end <= 3 and toks[i + 1].text[:1].isupper()


def _prominent(candidates) -> bool:
    """Whether a name stands for a capital, a city of 100,000 people or a populous first-level area."""
    for c in candidates:
        if c.kind == "city" and (c.capital or c.population >= 100_000) or c.kind == "province" and c.population >= 100_000:
            return True
    return False


def _first_name_before(text: str, toks: list[Token], i: int) -> bool:
    """The word before is a capitalised given name joined to this one ("Andrew Jordan", "Bill Holland")."""
    if not i or toks[i - 1].end != toks[i].start - 1 or text[toks[i - 1].end] != " ":
        return False
    prev = toks[i - 1].text
    low = prev.lower()
    return (prev[:1].isupper() and not prev.isupper() and low not in _FUNCTION_WORDS and low not in _PLACE_MODIFIERS
            and prev not in _MONTHS and not is_title_word(prev) and reference.is_first_name(prev))


def _surname_after(text: str, toks: list[Token], i: int, gaz, directory, lowercase=frozenset()) -> bool:
    """A given name that is also a country's, joined to a capitalised word no table knows ("Georgia Stevens").

    Not after a preposition of place, not before a word the article also writes in lower case ("France Football
    magazine"), nor the start of a longer name ("Kenya Medical Practitioners")."""
    word = toks[i].text
    if i + 1 >= len(toks) or word.isupper() or not reference.is_first_name(word) or not _joined(text, toks[i], toks[i + 1]):
        return False
    nxt = toks[i + 1].text
    if nxt.lower() in lowercase or i + 2 < len(toks) and _joined(text, toks[i + 1], toks[i + 2]) and is_capitalised(toks[i + 2].text):
        return False
    if i and (toks[i - 1].text in reference.place_words().prepositions or toks[i - 1].text == "for"):
        return False  # "a greater role for France Another reason …": a heading run on after the country
    key = _key(nxt)
    return (nxt[:1].isupper() and nxt[1:].islower() and nxt not in _MONTHS and nxt not in org_words() and not _is_place_word(nxt)
            and not is_title_word(nxt) and key not in directory and key not in gaz.demonyms and not _named_place(gaz.candidates(key))
            and gaz.lookup_key(_key(f"{word} {nxt}")) is None and not _title_case_line(text, toks[i].start))


def _named_place(cands) -> bool:
    """Whether a name stands for a country, an area, a region or a big city (not only small towns: "Stevens", "Smith")."""
    return any(c.kind in ("country", "province", "region", "sea") for c in cands[:3]) or _prominent(cands)


_WORD_BEFORE = compile_on_use(r"([A-Za-z]+)[ \t]+$")


def _after_place_preposition(text: str, start: int) -> bool:
    """"flew to Georgia": a preposition of place right before a name makes it the place, whoever shares it."""
    hit = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return hit is not None and hit.group(1).lower() in reference.place_words().prepositions


# A town's own people and offices: its name before one is the town, not a person who shares the name
# ("Aurora police", "Kent council", "Aurora's mayor"; a person's "lawyer" or "allies" says nothing)
_TOWN_OWN = frozenset("police mayor council councillors residents".split())
# ", " after a town or "'s " after a state: "Atlanta, Georgia", "Colorado's Aurora"
_PLACE_BEFORE = compile_on_use(r"(?:,|[’']s?)[ \t]+$")


def _written_as_place(text: str, m: Mention, places_by_end: dict[int, Mention]) -> bool:
    """Whether a given name the gazetteer took for a place is written as the place, whoever shares it: after a
    preposition of place ("flew to Tyler"), before its state ("Tyler, Texas") or after it ("Colorado's Aurora"),
    as a town's state ("Atlanta, Georgia"), or before the town's own people and offices ("Aurora police",
    "Madison officials", "Tyler Mayor Don Warren", "Aurora's mayor")."""
    if _after_place_preposition(text, m.start) or qualifier_after(text, m.end):
        return True
    before = _PLACE_BEFORE.search(text, max(0, m.start - 4), m.start)
    place = places_by_end.get(before.start()) if before is not None else None
    if place is not None:
        gaz = reference.gazetteer()
        if before.group()[0] != ",":
            return _is_area(_key(place.text), gaz)  # "Colorado's Aurora"
        if _key(m.text) == qualifier_after(text, place.end) and _area_after(text, place.end, gaz):
            return True  # "Atlanta, Georgia" (not "In Houston, Tyler scored")
    hit = _NEXT_WORD.match(text, m.end)
    if hit is None:
        return False
    word = hit.group(1)
    low = word.lower()
    if hit.group().startswith(("'", "’")):
        return low in _TOWN_OWN
    return low in _TOWN_OWN or word.islower() and low in group_nouns() or _is_place_word(word) \
        or word[:1].isupper() and is_title_word(word)


# "Chad has closed its border", "Jordan's government": the name is the country in its sentence
_STATE_AFTER = r"(?:[’']s\s+(?:government|army|military|forces|border|borders|capital|president|king|parliament|ministry|people)\b|[^.!?\n]{0,60}?\bits\b)"


def _country_sense(text: str, found: list[Mention], name: str) -> bool:
    """Whether the article uses the country ``name`` as the country as well: another name inside it
    ("Amman", "Jordanian"), or the bare name with a state's noun or "its" after it. Then a person
    who shares the name ("Jordan Peterson") keeps only the full name."""
    code = next((c for c, p in reference.gazetteer().countries.items() if p.name == name), "")
    if code and any(m.country == code and m.kind in ("place", "country") and m.text != name for m in found):
        return True
    return re.search(r"\b" + re.escape(name) + r"\b(?![ \t]+[A-Z])" + _STATE_AFTER, text) is not None


def _town_not_metropolis(name: str) -> bool:
    """A town's name, but no capital's or metropolis' ("Tyler", not "Houston": a team, "Houston Rockets", may
    be taken for a person, and the city is the likelier sense)."""
    cands = reference.gazetteer().candidates(_key(name))
    return bool(cands) and not any(c.kind == "city" and (c.capital or c.population >= METROPOLIS) for c in cands)


@cache
def _country_names() -> frozenset[str]:
    """Countries' own names (one word) that are also given names: "Georgia", "Jordan", "Chad", "India"."""
    return frozenset(p.name for p in reference.gazetteer().countries.values() if " " not in p.name)


def _org_before(toks: list[Token], i: int) -> bool:
    """"Bank of America", "University of Alberta", "Chamber of Commerce": the place ends an organisation's name."""
    if i < 2 or toks[i - 1].text != "of":
        return False
    head = toks[i - 2].text
    return head[:1].isupper() and head in org_words()


_HONORIFICS = frozenset("mr mrs ms miss dr".split())
_PLACE_MODIFIERS = frozenset("greater north south east west northern southern eastern western central upper lower new old".split())
# a possessive and a capitalised word after a name: "'s Basilica"
_SAINTS_BUILDING = re.compile(r"[’']s[ \t]+([A-Z][a-z]+)\b")
# Words that only point within the place named after them ("South Venezuela").
_COMPASS_POINTS = frozenset("north south east west".split())
_DIRECTION_WORDS = _COMPASS_POINTS | frozenset("northern southern eastern western central".split())
# Prepositions that put a capitalised name in place context even when it looks like a person's name.
_PLACE_ONLY = frozenset("in at near outside into across around inside towards toward".split())
# a comma and an area that closes the clause: "Knockhill, Fife." (not "However, Texas officials …")
_AREA_CLOSES = re.compile(r",[ \t]*[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*[ \t]*(?:[.;)]|$)", re.MULTILINE)
# a calendar's label before a colon: a date or a time ("25/26 August:", "11am:") or the word for where ("Venue:")
_CALENDAR_LABEL = re.compile(r"(?:\d|\b(?:where|venue|location)\b)", re.IGNORECASE)


def _calendar_line(text: str, start: int, end: int) -> bool:
    """Whether the one word at ``text[start:end]``, after a label's colon, opens a calendar's line of a venue and
    its area ("25/26 August: Knockhill, Fife."): the label names a date, a time or where, and the area after the
    comma is below a country, unlike a results or a credit line ("Gold: Kipchoge, Kenya.", "Source: Kyodo, Tokyo.",
    "Winner: Hartley, Ohio.")."""
    colon = text.rfind(":", 0, start)
    label = text[max(text.rfind("\n", 0, colon), text.rfind(".", 0, colon)) + 1 : colon]
    if colon < 0 or _CALENDAR_LABEL.search(label) is None and _MONTHS.isdisjoint(label.split()):
        return False
    area = _AREA_CLOSES.match(text, end)
    if area is None:
        return False
    cands = reference.gazetteer().candidates(_key(area.group(0).strip(",.;) \t\n")))
    return not (cands and cands[0].kind == "country")


# a number after a word no table knows: the word names a numbered thing, no place ("Gate 10", "Article 3")
_NUMBERED_THING = re.compile(r"[ \t]+\d+\b(?![.,:/]\d)(?:[ \t]+([A-Za-z]+))?")


def _numbered_thing(text: str, end: int) -> bool:
    """Whether a number after the word ending at ``end`` numbers it ("drawn from Gate 10 on Saturday", "to Article 3
    of the code"), rather than counting or dating what follows ("near Kherson 2 days ago", "Robotyne 3 km south",
    "in Rathbeggan 12 March", "hit Rathbeggan 3 times"): the word after the number is no noun or month."""
    found = _NUMBERED_THING.match(text, end)
    if found is None:
        return False
    after = found.group(1)
    return after is None or after.lower() in _FUNCTION_WORDS and after not in _MONTHS
# a degree and "in" before a name, or before the other fields of its list: a field of study, no place ("degrees in
# History and Political Science", "a BA (Hons) in Divinity", "majored in English"); not a number's degrees, a
# temperature ("reached 49.6 degrees in Lytton")
_FIELD_OF_STUDY_BEFORE = re.compile(
    r"(?<!\d[ \t])\b(?:degrees?|BA|B\.A\.|BSc|B\.Sc\.|MA|M\.A\.|MSc|M\.Sc\.|MBA|PhD|Ph\.D\.|doctorate|diploma|majored|major|"
    r"masters?|master[’']s|bachelors?|bachelor[’']s)(?:[ \t]*\([^()]{1,12}\))?[ \t]+in[ \t]+"
    r"(?:[A-Z][\w&]*(?:[ \t]+[A-Z][\w&]*)*[ \t]*(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+|,[ \t]*and[ \t]+))*$")


def _headline_word(word: str, lowercase: frozenset[str], before: str = "", *, listed: bool = True) -> bool:
    """A capitalised word of a title-case line that is no part of a name: a function word, a speech verb,
    or a verb form ("Calls", "Slams", "Calling") that the article writes in lower case elsewhere, or (``listed``)
    that the event lexicon lists, unless the name so far, ``before``, is a first name alone and the word may be a
    surname ("Glenn Beck Blasts Drudge" and "Rand Paul Blasts Trump" are Glenn Beck and Rand Paul; "Ken Burns" stays
    whole; "Hillary Releasing Her …" is no name)."""
    low = word.lower()
    if low in _FUNCTION_WORDS and low not in ("new", "old") and low not in CONNECTORS or low in reference.cues():
        return True
    if len(low) <= 3 or not low.endswith(("s", "ing", "ed")):
        return False
    return low in lowercase or (listed and codes.is_verb_form(low) and not reference.is_first_name(word)
                                and (low.endswith("ing") or not reference.is_first_name(before)))


def _role_after_name(toks: list[Token], i: int, j: int, lowercase: frozenset[str]) -> bool:
    """In a title-case headline, a role noun the article writes in lower case after a full name opening with a
    given name ends the name: "Marco Rubio Donor’s …" is Marco Rubio ("a donor to Sen. Marco Rubio")."""
    word = toks[j].text
    low = word.lower()
    return j - i >= 2 and low in lowercase and (low in reference.agent_words() or is_title_word(word) or low.endswith(_AGENT_ENDINGS)) \
        and reference.is_first_name(toks[i].text) and not reference.is_first_name(word) \
        and word not in org_words() and not _is_place_word(word)  # (no "Walter Reed Medical" + "Center Treats …")


# the endings of nouns naming who does something: "donor", "supporter", "activist", "aide", "spokesman"
_AGENT_ENDINGS = ("or", "er", "ist", "ant", "ent", "man", "woman", "ian")


def _plural_head(text: str, toks: list[Token], i: int, j: int) -> bool:
    """Whether the plural a title-case name was cut at is the head of an organisation's name, the verb coming next
    ("Syrian Democratic Forces Capture Raqqa", "Buffalo Bills Beat Miami Dolphins"): a verb form ending in "s" right
    before a bare verb, after two words that open no person's name or after a big place ("Buffalo"); not a
    happening's noun ("Paris Terror Attacks Highlight …" names no organisation)."""
    word = toks[j].text.lower()
    if not (word.endswith("s") and j + 1 < len(toks) and _joined(text, toks[j], toks[j + 1])
            and is_capitalised(toks[j + 1].text)):
        return False
    from .happenings import event_nouns

    verb = toks[j + 1].text.lower()
    return codes.is_verb_form(verb) and not verb.endswith(("s", "ed")) and word not in event_nouns() and (
        j - i >= 2 and not reference.is_first_name(toks[i].text) or _opens_with_big_place(toks[i : j + 1]))


def _is_place_word(word: str) -> bool:
    return word.lower() in reference.place_words().after


# A town this big is what an event's name opening with it means ("Dubai World Cup"), unlike "Davis Cup", "Stanley Cup".
_EVENT_TOWN = 100_000


def _opens_with_big_place(chunk: list[Token]) -> bool:
    """An event's name opens with a country, a state or a big city: "Dubai World Cup", "Wales Marine Energy Conference"."""
    gaz = reference.gazetteer()
    for n in (2, 1):
        if len(chunk) > n:
            place = gaz.lookup_key(_key(" ".join(t.text for t in chunk[:n])))
            if place is not None and (place.kind == "country" or _area_or_big_town(place)):
                return True
    return False


# a British or Irish road's number ("A417", "M25", "B4060"), and words that say a clause is about roads (an aircraft,
# a rifle or a grade shares the shape: "the A380", "the M16", "level B2")
_ROAD_NUMBER = re.compile(r"[ABMN][1-9]\d{0,3}")
_ROAD_WORDS = compile_on_use(r"\b(?:roads?|motorways?|carriageways?|junctions?|roundabouts?|(?:north|south|east|west)bound|"
                         r"diversions?|lorry|lorries|(?<!air )traffic|slip[ -]roads?|lay-?bys?|lanes?|hard[ -]shoulders?)\b", re.IGNORECASE)
# words that say a clause is about aircraft, whose traffic and lanes are no road's ("The A380 … traffic at the airport");
# read only for a number opening its sentence: one after a preposition of place is where something is, and a road
# passes airports ("on the M4 near Heathrow Airport", "on the A2 to Dover after flights were cancelled")
_AIR_WORDS = compile_on_use(r"\b(?:airports?|airlines?|aircraft|airbus|boeing|jets?|jetliners?|planes?|flights?|runways?)\b",
                        re.IGNORECASE)
# the nouns a road's number may head, written right after it or after its other modifiers ("the M25 clockwise
# carriageway", "the A429 Stroud junction", "the M25 hard shoulder", "the A303 trunk road", "the M6 Toll")
_ROAD_HEADS = frozenset("road motorway carriageway junction roundabout slip link bypass exit interchange bridge tunnel "
                        "clockwise anticlockwise northbound southbound eastbound westbound shoulder toll route lane "
                        "lanes".split())
_ROAD_HEAD_REACH = 4  # words after a road's number to look for its head ("the M8 Glasgow to Edinburgh motorway")
_ROAD_CLAUSE = 200  # characters either side of a road's number to look for the clause's end


def _numbered_road(text: str, toks: list[Token], i: int) -> bool:
    """Whether the token ``i`` is a road's number used as a place: the head of its own phrase after "the" ("on the
    A120", "The A417 southbound carriageway") or after an accepted road's number in a list ("via the A436, A40 and
    A429"), in a clause that speaks of roads and not of aircraft: not "the A380 landed", "fired the M16", "level B2",
    "the N95 masks", "the A4 paper"."""
    if not _ROAD_NUMBER.fullmatch(toks[i].text) or not _heads_its_phrase(text, toks, i):
        return False
    k = i - 1
    while k >= 0 and toks[k].text.lower() in ("and", "or"):
        k -= 1
    listed = k >= 0 and k < i - 1 or k >= 0 and text[toks[k].end : toks[i].start].strip() == ","
    if listed and k >= 0 and _ROAD_NUMBER.fullmatch(toks[k].text):
        return _numbered_road(text, toks, k)  # a list's member only after an accepted one ("the A350 and A330 jets")
    if not (k == i - 1 >= 0 and toks[k].text.lower() == "the" and _where_the_road(text, toks, k)):
        return False
    lo = max(0, toks[i].start - _ROAD_CLAUSE)
    starts = [m.end() for m in CLAUSE_END.finditer(text, lo, toks[i].start)]
    lo = starts[-1] if starts else lo
    end = CLAUSE_END.search(text, toks[i].end, toks[i].end + _ROAD_CLAUSE)
    hi = end.start() if end else toks[i].end + _ROAD_CLAUSE
    opens = not _place_before_the(text, toks, k)  # "The A380 was delayed …", not "on the M4 near Heathrow Airport"
    return _ROAD_WORDS.search(text, lo, hi) is not None and not (opens and _AIR_WORDS.search(text, lo, hi))


def _heads_its_phrase(text: str, toks: list[Token], i: int) -> bool:
    """Whether no noun of another thing follows the road's number ``i``: a lower-case word after it (past any
    capitalised name: "the A429 Stroud junction") is a road's word or a closed word, not "masks", "rifle", "paper",
    and a name after it ends in a road's word ("the A10 Warthog jets", "the A1 Grand Prix cars" are none)."""
    j = i + 1
    while j < len(toks) and not text[toks[j - 1].end : toks[j].start].strip() and toks[j].text[:1].isupper():
        j += 1
    if j >= len(toks) or text[toks[j - 1].end : toks[j].start].strip():
        return j == i + 1  # punctuation or the text's end after it (or after a name, which then heads the phrase)
    word = toks[j].text.lower()
    if word in _ROAD_HEADS or _road_head_ahead(text, toks, i):
        return True
    return j == i + 1 and toks[j].text.islower() and _phrase_ends_after(text, toks[i].end)


def _road_head_ahead(text: str, toks: list[Token], i: int) -> bool:
    """Whether a road's head word follows the number ``i`` within a few words of one phrase, past its modifiers ("the
    M25 hard shoulder", "the A303 single carriageway", "the M8 Glasgow to Edinburgh motorway", "the M62 trans-Pennine
    route"), before any closed word but "to" (not "The A10 Warthog jets flew over the road")."""
    for j in range(i + 1, min(len(toks), i + 1 + _ROAD_HEAD_REACH)):
        if text[toks[j - 1].end : toks[j].start].strip():
            return False  # punctuation between: another phrase
        word = toks[j].text.lower()
        if word in _ROAD_HEADS:
            return True
        if word != "-" and word != "to" and _closed_word(word):
            return False
    return False


# a lower-case noun for a venue or a business after a name ("the Tivoli cinema", "Harvest restaurant", "the Quikfuel
# gas station"): the name is the venue's
_VENUE_AFTER = compile_on_use(r"[ \t]+(?:cinema|restaurant|pub|bar|cafe|café|nightclub|theatre|theater|supermarket|bakery|"
                          r"(?:gas|petrol|service)[ \t]+station)\b")
_VENUE_NAME_MAX = 3  # words of a venue's name
# venue nouns that also name an art, an industry or the legal profession ("a book on Weimar cinema", "in Nollywood
# cinema", "called to the Kings Inns bar"): the venue only after "the" and a preposition other than "on" or "into",
# and a bar never after a call or an admission to it
_ALSO_AN_ART = frozenset("cinema theatre theater bar".split())
_CALLED_TO_THE_BAR = compile_on_use(r"\b(?:called|admitted)[ \t]+to[ \t]+the[ \t]+$", re.IGNORECASE)


def _venue_after(text: str, toks: list[Token], i: int, j: int) -> int | None:
    """Where the venue's noun ends, when the name ``toks[i:j]`` no table knows is a venue's, a place: after a
    preposition of place and "the" or nothing ("at the Tivoli cinema", "to Harvest restaurant in …"), before a venue's
    noun that heads its phrase (punctuation or a closed word after it; not "the Tivoli cinema chain")."""
    if not 0 < j - i <= _VENUE_NAME_MAX or i == 0:
        return None
    k = i - 1
    if toks[k].text.lower() == "the":
        k -= 1
    if k < 0 or toks[k].text.lower() not in _AT_BUILDING or re.search(r"[^ \t]", text[toks[k].end : toks[k + 1].start]):
        return None
    noun = _VENUE_AFTER.match(text, toks[j - 1].end)
    if noun is None:
        return None
    if noun.group().strip().lower() in _ALSO_AN_ART and (
            toks[i - 1].text.lower() != "the" or toks[k].text.lower() in ("on", "into")
            or noun.group().strip().lower() == "bar" and _CALLED_TO_THE_BAR.search(text, max(0, toks[i].start - 40),
                                                                                     toks[i].start)):
        return None  # an art, an industry or the profession: "a book on Weimar cinema", "called to the Kings Inns bar"
    return noun.end() if _phrase_ends_after(text, noun.end()) else None


# what puts a venue's name in a place: "in" and a place's name ("… in Geneva", "… in New York")
_IN_A_PLACE_AFTER = re.compile(r"[ \t]+in[ \t]+([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,2})")
# the prepositions before a venue's name that hold it as a place ("at", not "to": "the letter to Amy Smith in Leeds")
_AT_A_VENUE = frozenset("at inside outside near from".split())
_NAMED_VENUE_MAX = 5  # words of a venue's own name ("the Guildhall School of Music")


def _named_venue_in_a_place(text: str, toks: list[Token], i: int, j: int) -> bool:
    """Whether the name ``toks[i:j]`` no table knows is a venue's: after a preposition of place (and "the"), before
    "in" and a town or area the gazetteer knows ("at the Hotel Kyjev in Bratislava", "from Celebrity Cake Studio in
    Tacoma"); not a person's name ("from Amy Smith in Leeds"), nor a month after it ("at Caesar's Palace in June")."""
    gaz = reference.gazetteer()
    if not 0 < j - i <= _NAMED_VENUE_MAX or i == 0 or reference.is_first_name(toks[i].text) \
            or j - i > 1 and _prominent(gaz.candidates(_key(toks[i].text))) \
            or any(gaz.country_of(_key(t.text)) is not None for t in toks[i:j]):
        return False  # (a name holding a big place's or a country's is read for that place: "Washington University in
        # St. Louis", "the Skate Canada Sectionals in Edmonton")
    last = toks[j - 1].text
    if last in org_words() and last.lower() not in reference.place_words().institutions:
        return False  # "the Black Caucus Foundation in Washington": an organisation, an actor (a school is a building too)
    k = i - 1 if toks[i - 1].text.lower() == "the" else i
    if k == 0 or toks[k - 1].text.lower() not in _AT_A_VENUE:
        return False
    words = reference.place_words()
    if toks[k - 1].text.lower() == "from" and k == i \
            and not any(t.text.lower() in words.buildings or t.text.lower() in words.institutions for t in toks[i:j]):
        return False  # (after "from" a source stands, a person or a firm: "a call from Abiy Ahmed in Addis Ababa")
    after = _IN_A_PLACE_AFTER.match(text, toks[j - 1].end)
    if after is None:
        return False
    words = after.group(1).split()
    if words[0] in _MONTHS:
        return False
    # (a town or an area, a capital too, not a whole country: "the Junior Chopin Competition in Poland" is an event
    # held somewhere there; "the OAS in Washington" stands in the city)
    return any(cands and (cands[0].kind != "country" or any(c.kind == "city" and c.capital for c in cands))
               for n in range(len(words), 0, -1) for cands in [gaz.candidates(_key(" ".join(words[:n]).rstrip(".")))])


def _where_the_road(text: str, toks: list[Token], k: int) -> bool:
    """Whether the "the" at token ``k`` opens a road's place: after a preposition of place or "via" ("on the A120",
    "via the A436"), or opening a sentence ("The A417 southbound carriageway"), not an object ("fired the M16")."""
    return _place_before_the(text, toks, k) or not _word_before_the(text, toks, k)


def _place_before_the(text: str, toks: list[Token], k: int) -> bool:
    """Whether a preposition of place or "via" stands right before the "the" at token ``k`` ("on the A120")."""
    before = _word_before_the(text, toks, k)
    return before in _ON_STREET or before == "via"


def _word_before_the(text: str, toks: list[Token], k: int) -> str:
    """The lower-case word before the "the" at token ``k`` in its sentence, or "" when "the" opens it."""
    return toks[k - 1].text.lower() if k and not _SENTENCE_END.search(text, toks[k - 1].end, toks[k].start) else ""


# a possessive and up to three capitalised words ending a building's name: "'s Basilica", "'s Children's Hospital"
_POSSESSIVE_NAME = re.compile(r"[’']s[ \t]+(?:[A-Z][a-z]+[’']s[ \t]+|[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+\b")


def _possessive_building(text: str, toks: list[Token], idx: int, n: int, taken: list[bool]) -> tuple[int, int] | None:
    """The first and last tokens of a building named with a possessive, used as a place: "in St. Peter's Basilica",
    "at the Alder Hey Children's Hospital" (a saint's or a founder's name, then the building word)."""
    hit = _POSSESSIVE_NAME.match(text, toks[idx + n - 1].end)
    if hit is None:
        return None
    last_k = next((k for k in range(idx + n, min(len(toks), idx + n + 8)) if toks[k].end == hit.end()), None)
    if last_k is None or any(taken[idx + n : last_k + 1]) or toks[last_k].text.lower() not in reference.place_words().buildings:
        return None
    if re.match(r"[ \t]+of[ \t]+[A-Z]", text[toks[last_k].end :]):
        return None  # "the Children's Hospital of Manitoba": the name goes on, the place it names is found on its own
    first = idx - 1 if idx and toks[idx - 1].text in ("St", "Saint", "Mt") and toks[idx - 1].end >= toks[idx].start - 2 else idx
    return (first, last_k) if _building_as_place(text, toks, first, last_k - first + 1) else None


def _unknown_names(text: str, toks: list[Token], taken: list[bool], lowercase: frozenset[str] = frozenset(),
                   capitalised: list[int] | None = None) -> list[Mention]:
    """Capitalised chunks not in any table, classified by the words around them.

    In a title-case line ("Clinton Says Russians Hacked DNC") every word is capitalised: a verb or a
    function word ends a name there, and a run of capitalised words is no person by its shape alone."""
    words, orgs = reference.place_words(), org_words()
    out = []
    j = 0
    asked, title_line = -1, False  # the last word whose line was read as a headline or not (a line's words share it)
    # (the words that may open a name, picked in one pass: most words are lower case or taken; ``capitalised``, the
    # indices of the capitalised words when the caller has them)
    if capitalised is None:
        capitalised = [k for k, t in enumerate(toks) if is_capitalised(t.text)]
    cut = -1  # where a title-case line's last name was cut at a verb
    for i in [k for k in capitalised if not taken[k] and toks[k].text not in _MONTHS]:
        if i < j:
            continue  # inside the chunk just read
        if asked < 0 or text.find("\n", asked, toks[i].start) >= 0:
            title_line = is_title_line(text, toks[i].start)
        asked = toks[i].start
        opens_line = not text[text.rfind("\n", 0, toks[i].start) + 1 : toks[i].start].strip()
        if title_line and (_headline_word(toks[i].text, lowercase, listed=not opens_line)
                           or i == cut and codes.is_verb_form(toks[i].text.lower())):
            continue  # (the verb a name was cut at starts no name: "Buffalo Bills Beat Miami Dolphins"; a line's first
            # word is a verb of the lexicon only when the article writes it so: "Burning Man Festival Opens")
        j = i + 1
        while j < len(toks) and not taken[j] and _joined(text, toks[j - 1], toks[j]) and (
            is_capitalised(toks[j].text)
            or (toks[j].text.lower() in CONNECTORS and j + 1 < len(toks) and is_capitalised(toks[j + 1].text))
        ) and not (title_line and (_headline_word(toks[j].text, lowercase, toks[i].text if j == i + 1 else "")
                                   or _role_after_name(toks, i, j, lowercase))):
            j += 1
        if title_line and j < len(toks) and not taken[j] and _joined(text, toks[j - 1], toks[j]) \
                and is_capitalised(toks[j].text):  # cut at a verb (or function word) of the headline
            j += _plural_head(text, toks, i, j)  # "Syrian Democratic Forces Capture Raqqa": the verb comes next
            cut = j
        while j > i + 1 and toks[j - 1].text.lower() in CONNECTORS and not is_capitalised(toks[j - 1].text):
            j -= 1  # "Eve Doe of Millbrook": the connector led to a name already found, not into this one
        lead = i
        while toks[lead].text.lower() in _OPENING_WORDS and (j - lead > 2 or j - lead == 2 and _opens_sentence_at(text, toks, lead)
                                                              and toks[lead].text.lower() in _OPENING_CONJUNCTIONS
                                                              and not reference.is_first_name(toks[lead].text)):
            lead += 1  # "As John Cornyn put it", "But Ted Cruz said", "Because Murphy was": a sentence's first word is not the name's
        while lead < j and (is_title_word(toks[lead].text) or toks[lead].text in CONNECTORS or toks[lead].text in ("A", "An", "The", "Of")):
            # a capitalised "Ben", "Al", "De", "Van" opens a name ("Ben Carson", "Al Gore", "Van Jones"): only
            # a lower-case connector or a capitalised article is not part of it
            lead += _title_length(toks, lead, j)
        while i < lead < j and is_title_word(toks[lead - 1].text) and toks[lead - 1].text[:1].isupper() \
                and all(t.text in orgs for t in toks[lead:j]):
            lead -= 1  # "the Justice Department", "Foreign Ministry": a title word naming an office, not a person's title
        of = next((k for k in range(lead + 2, j) if toks[k].text == "of"), None)
        if of is not None and reference.is_first_name(toks[lead].text):
            j = of  # "Joel Pollak of Breitbart California": a person, then where they are from
        chunk = toks[lead:j]
        titled_lead = lead > i and toks[lead - 1].text[:1].isupper() and is_title_word(toks[lead - 1].text)
        titled = [k for k, t in enumerate(chunk) if is_title_word(t.text)]
        if titled and titled[-1] < len(chunk) - 1 and not any(t.text in org_words() for t in chunk[titled[-1] + 1 :]):
            # "Chief Cabinet Secretary Hiroshi Nakatani" -> the name; "Republican Secretary of State Jon Husted": the
            # whole title of several words
            chunk = chunk[titled[-1] + _title_length(chunk, titled[-1], len(chunk)) :]
        if chunk and _numbered_road(text, toks, j - len(chunk)):
            # "on the A120", "via the A436, A40 and A429": a road, a place on the map (a name may follow it: "the A429
            # Stroud junction")
            out.append(Mention(chunk[0].start, chunk[0].end, chunk[0].text, "place", chunk[0].text, "", "building"))
            j = j - len(chunk) + 1
            continue
        venue = _venue_after(text, toks, j - len(chunk), j) if chunk else None
        if venue is not None:
            # "at the Tivoli cinema in Ossett", "at the Quikfuel gas station": a venue, a place (the name with its noun,
            # so a place written after it holds it)
            surface = visible(text[chunk[0].start : venue])
            out.append(Mention(chunk[0].start, venue, surface, "place", surface, "", "building"))
            continue
        if chunk and _named_venue_in_a_place(text, toks, j - len(chunk), j):
            # "at the Palais des Nations in Geneva", "cakes from Celebrity Cake Studio in Tacoma": a venue, in the place
            # written after it
            out.append(Mention(s := chunk[0].start, e := chunk[-1].end, visible(text[s:e]), "place", visible(text[s:e]), "",
                               "building"))
            continue
        if not chunk or all(t.text.isupper() and len(t.text) > 1 for t in chunk) and len(chunk) == 1:
            continue
        if len(chunk) == 1 and len(chunk[0].text) == 1 and text[chunk[0].end : chunk[0].end + 1] == "&":
            continue  # "into R&D": a letter of an abbreviation, no name
        if len(chunk) == 1 and chunk[0].text.lower() in _DIRECTION_WORDS and re.match(r" [A-Z]", text[chunk[0].end : chunk[0].end + 2]):
            continue  # "in South Venezuela", "in West Wales": the direction of the place after it, no place of its own
        if len(chunk) == 1 and chunk[0].text in ("St", "Mt", "Ft") and text[chunk[0].end : chunk[0].end + 1] == ".":
            continue  # "in St. Peter's Basilica": the abbreviation opening a longer name
        if len(chunk) == 1 and titled_lead and _name_like(chunk):
            s, e = chunk[0].start, chunk[0].end  # "President Obama", "Sen. Cruz": a title names a person
            out.append(Mention(s, e, visible(text[s:e]), "person", visible(text[s:e]), "", "title"))
            continue
        idx = j - len(chunk)
        s, e = chunk[0].start, chunk[-1].end
        building = _possessive_building(text, toks, idx, len(chunk), taken)
        if building is not None:  # "in St George's Chapel", "at the Alder Hey Children's Hospital"
            first, last_k = building
            s, e = toks[first].start, toks[last_k].end
            out.append(Mention(s, e, visible(text[s:e]), "place", visible(text[s:e]), "", "building"))
            j = last_k + 1
            continue
        surface = " ".join(t.text for t in chunk) if "  " in text[s:e] else visible(text[s:e])
        prev = [t.text.lower() for t in toks[max(0, idx - 3) : idx]]
        nxt = toks[idx + len(chunk)].text.lower() if idx + len(chunk) < len(toks) else ""
        last = chunk[-1].text
        if _key(surface) in reference.not_place_names() and len(chunk) == 1:
            continue  # "Jewish", "Island", "Reunion": a word, named by no table as anything we extract
        if len(chunk) > 1 and all(_key(t.text) in _descriptive_words() for t in chunk):
            continue  # "the Republican Jewish Coalition" (its last word taken apart): a party word and a demonym name no one
        if len(chunk) == 1 and idx + 1 < len(toks) and taken[idx + 1] and _joined(text, chunk[0], toks[idx + 1]) \
                and _adjective_before_country(last, toks[idx + 1].text, reference.gazetteer()):
            continue  # "in Occupied Palestine": the country's adjective, no place of its own
        if len(chunk) == 2 and not reference.is_first_name(chunk[0].text) and _adjective_before_place(chunk[0].text, last):
            continue  # "Ancient Rome", "Medieval Paris": a place in another time, no person
        if _key(surface) in reference.not_place_names() or _british_club(chunk) or _named_after_a_place(
                chunk, before=toks[idx - 1].text.lower() if idx > 0 else "", lowercase=lowercase):
            out.append(Mention(s, e, surface, "organization", surface, "", "pattern"))  # "Mississippi State", "Norwich City"
            continue
        if len(chunk) > 1 and (last.lower() in reference.place_words().events or len(chunk) == 2 and _happening_plural(last)) \
                and _opens_with_big_place(chunk):  # ("the Berlin Talks", "the Paris Attacks": held in Berlin, in Paris)
            out.append(Mention(s, e, surface, "place", surface, "", "event"))  # "the Dubai World Cup": held in Dubai
            continue
        if any(t.text in orgs for t in chunk) or surface in orgs:
            kind = _place_suffix_kind(surface)
            if kind:
                out.append(Mention(s, e, surface, "place", surface, "", "pattern"))
            elif _building_as_place(text, toks, idx, len(chunk)):
                out.append(Mention(s, e, surface, "place", surface, "", "building"))
            else:
                out.append(Mention(s, e, surface, "organization", surface, "", "pattern"))
            continue
        if _STREETS_AFTER.match(text, e) or (_PLURAL_STREETS.match(text, e) and text[max(0, s - 5) : s] == " and "):
            out.append(Mention(s, e, surface, "place", surface, "", "building"))  # "at Bourbon and Dauphine streets"
            continue
        if len(chunk) > 1 and (last.lower() in words.streets or last.lower() in words.buildings) \
                and _building_as_place(text, toks, idx, len(chunk)):
            out.append(Mention(s, e, surface, "place", surface, "", "building"))  # "Collins Avenue", "at the Manila Cathedral"
            continue
        if nxt in words.after and text[chunk[-1].end : toks[idx + len(chunk)].start] == " " and toks[idx + len(chunk)].text.islower():
            e2 = toks[idx + len(chunk)].end
            out.append(Mention(s, e2, text[s:e2], "place", text[s:e2], "", "pattern"))
            continue
        if len(chunk) > 1 and (last.lower() in words.after or chunk[0].text.lower() in words.before):
            out.append(Mention(s, e, surface, "place", surface, "", "pattern"))  # "Madison County", "Camp Humphreys"
            continue
        gap = text[toks[idx - 1].end : s].strip() if idx else ""
        opens = idx == 0 or gap[-1:] in _SENTENCE_ENDS
        # (one word opening a sentence is seldom a place: "However, Texas …"; after a label's colon it is: "25/26
        # August: Knockhill, Fife")
        labelled = gap.endswith(":") and chunk[0].text.lower() not in lowercase and _calendar_line(text, s, e)
        if len(chunk) <= 4 and not (opens and len(chunk) == 1 and not labelled) and not reference.is_first_name(chunk[0].text) \
                and not any(t.text in _MONTHS for t in chunk) and _area_after(text, e, reference.gazetteer()) \
                and not (len(chunk) == 1 and _demonym_plural(last)):
            # "Oulton Park, Cheshire"; not "refused entry to Ghanaians, Benin police said": a people before a country
            out.append(Mention(s, e, surface, "place", surface, "", "context"))
            continue
        before = " ".join(prev[-2:])
        if before == "according to":  # "according to HuffPo": a source, not a place
            if len(chunk) > 1:  # one word may be a surname met before ("according to Okafor"): left to aliases
                kind = "person" if reference.is_first_name(chunk[0].text) else "organization"
                out.append(Mention(s, e, surface, kind, surface, "", "context"))
            continue
        listed = out and out[-1].kind == "place" and text[out[-1].end : s].strip() in (",", "and", ", and")
        owner = text[e : e + 2] in ("'s", "’s")  # "at Moody's Analytics", "in Noma's case": a firm or a person
        lower_before = idx > 0 and toks[idx - 1].text.islower() and not text[toks[idx - 1].end : s].strip()  # ("Eastern Cape. Quality")
        if _FIELD_OF_STUDY_BEFORE.search(text, max(0, s - 80), s):
            continue  # a field of study: no place, no one's name
        if len(chunk) == 1 and (_numbered_thing(text, e) or any(c.isdigit() for c in last)):
            continue  # "drawn from Gate 10", "amendments to Article 3", "estimated at R2bn": a numbered thing, an amount
        if not owner and (prev and lower_before and (before in words.before or prev[-1] in words.before or prev[-1] in _PLACE_ONLY)
                          or listed):
            out.append(Mention(s, e, surface, "place", surface, "", "context"))
            continue
        sentence_start = idx == 0 or _opens_sentence(text[toks[idx - 1].end : s])
        if (sentence_start or _key(chunk[0].text) in _descriptive_words()) and len(chunk) >= 3 \
                and not reference.is_first_name(chunk[0].text) and reference.is_first_name(chunk[1].text) \
                and _name_like(chunk[1:]) and not (title_line and chunk[0].text.lower().endswith(("ing", "ed"))
                                                   and codes.is_verb_form(chunk[0].text.lower())):
            # (a headline's first participle is the name's: "Burning Man Festival Opens", no "Man Festival"; an
            # imperative is not: "Follow Ian Hanchett on Twitter")
            chunk, idx = chunk[1:], idx + 1  # "Billionaire Mark Cuban said", "Democrat Hillary Clinton": a word describing him
            s = chunk[0].start
            surface = " ".join(t.text for t in chunk) if "  " in text[s:e] else visible(text[s:e])
        party = _party_words_before_name(chunk)
        if party:  # "Christian Democrat Angela Merkel", "Free Democrat Christian Lindner": the party's words, then her name
            chunk, idx = chunk[party:], idx + party
            s = chunk[0].start
            surface = " ".join(t.text for t in chunk) if "  " in text[s:e] else visible(text[s:e])
        if len(chunk) == 2 and reference.is_first_name(chunk[0].text) and _key(last) in _party_words() \
                and not _key(last).endswith("s") and last[1:].islower():
            continue  # "Christian Democrat leader": a party's name that opens with a given name, no one's name
        if 2 <= len(chunk) <= 4 and chunk[0].text.lower() not in _FUNCTION_WORDS and reference.is_first_name(chunk[0].text) and _name_like(chunk):
            if _named_like_a_building(chunk, first_name=True) or _names_a_junction(text, e):  # "Percy French Hotel",
                # "the Grace Hill roundabout", not "Mary Ann Hall"
                out.append(Mention(s, e, surface, "place", surface, "", "building"))
            else:
                out.append(Mention(s, e, surface, "person", surface, "", "first_name"))  # "Lael Brainard", even first in a sentence
            continue
        if chunk[0].text in _NAME_OPENING_ABBREVIATIONS and not (len(chunk) > 1 and _named_like_a_building(chunk)):
            continue  # "his new St. Regis hotel": a saint's or a mountain's name is no person, and no place the tables know
            # (but a building named after the saint is a place: "St Seachnails Church in Dunshaughlin")
        if len(chunk) >= 2 and all(t.text[:1].isupper() or t.text.lower() in CONNECTORS or t.text.startswith("al-") for t in chunk) \
                and not sentence_start and not title_line:
            if not any(t.text in _MONTHS for t in chunk) and not all(t.text.isupper() for t in chunk):
                kind = "place" if _named_like_a_building(chunk) or _names_a_junction(text, e) else "person"
                out.append(Mention(s, e, surface, kind, surface, "", "building" if kind == "place" else "pattern"))
            continue
        gap_after = text[chunk[-1].end : toks[idx + 1].start] if idx + 1 < len(toks) else ""
        quoted_end = any(q in gap_after for q in _QUOTE_MARKS) if gap_after else False
        if len(chunk) == 1 and len(chunk[0].text) > 1 and nxt in reference.cues() and not nxt.endswith("ing") and not quoted_end and chunk[0].text != "I" and (
            not sentence_start or chunk[0].text not in _COMMON_STARTS
        ) and not (chunk[0].text.lower() in _FUNCTION_WORDS and _opens_sentence_at(text, toks, idx)):
            # "When told …", "… kind.” But, said Solovey": a word that opens sentences is no one's name
            kind = "group" if _key(surface) in _party_words() and surface.endswith("s") else "person"  # ("Democrats said")
            out.append(Mention(s, e, surface, kind, surface, "", "pattern"))
            continue
        if len(chunk) >= 2 and sentence_start and _looks_like_person(chunk, toks, idx):
            out.append(Mention(s, e, surface, "person", surface, "", "pattern"))
            continue
        if prev and prev[-1] in words.prepositions and not sentence_start and len(chunk) <= 3 and last not in _MONTHS and not owner \
                and not title_line and not (len(chunk) == 1 and _demonym_plural(last)):
            # ("refused entry to Ghanaians", "fired on Peruvians": a people, left to the events' reading of groups)
            out.append(Mention(s, e, surface, "place", surface, "", "context"))
    return out


def _demonym_plural(word: str) -> bool:
    """Whether a word is the plural of a country's demonym ("Ghanaians", "Peruvians"): people, not a place."""
    return len(word) > 4 and word.endswith("s") and normalise(word[:-1]) in reference.gazetteer().demonyms


# Matched on the gap with its white space removed: a pattern with white space between every part
# backtracks in the cube of the gap's length (a 3,000-space gap took 33 s).
_SENTENCE_GAP = re.compile(r"(?:[.!?]+[\"'”’)\]]*|[“\"])[“\"]?")


def _opens_sentence(gap: str) -> bool:
    """Whether the text between two words ends a sentence: "to. Patients", "to.” However", "need to." "Just"."""
    marks = "".join(gap.split())
    return bool(marks) and _SENTENCE_GAP.fullmatch(marks) is not None


# "Bourbon and Dauphine streets", "State and Hubbard streets": two streets named before one plural word
_STREETS_AFTER = re.compile(r"[ \t]+and[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?[ \t]+(?:streets|avenues|roads|boulevards)\b")
_PLURAL_STREETS = re.compile(r"[ \t]+(?:streets|avenues|roads|boulevards)\b")
_QUOTE_MARKS = "“”\"«»„"
# Words that open sentences and also appear in name lists ("On", "Will", "Can"): never a first name.
_FUNCTION_WORDS = frozenset(
    "on in at to of for from by with as an a the and but or if so no not all any can will may might must shall should "
    "would could do did does is are was were be been has have had it its he she we they you i this that these those "
    "there here then than when where while after before since until despite during under over about against among "
    "between into onto upon per via why how what who whom whose which yet still also even just only more most many "
    "much some such very new old one two three four five six seven eight nine ten his her their our my your".split()
)  # (possessives too: "Mocking His Fast" in a title-case headline is no person "His Fast", though "His" is a first name)
# Conjunctions and prepositions that open sentences, capitalised there, before a name.
_OPENING_WORDS = frozenset(
    "as but and or so yet when while if after before since because although though then also in on at with by for from to "
    "beyond unlike like despite amid besides".split()  # (an opening phrase's preposition: "Beyond Madinaty, Liverpool …")
)
# The opening words that are conjunctions: before a lone surname still no part of it ("Because Murphy was", "But
# Sanders said"); a preposition may open a name's context instead ("By NAIROBI, Kenya").
_OPENING_CONJUNCTIONS = _OPENING_WORDS - frozenset("in on at with by for from to".split())
_COMMON_STARTS = frozenset("The This That It He She They We I You Officials Police Prosecutors Analysts Critics Witnesses Residents Sources Reports Experts".split())


def _opens_sentence_at(text: str, toks: list[Token], idx: int) -> bool:
    """``toks[idx]`` opens a paragraph, a sentence or a quote ("… kind.” But", ': “When')."""
    if idx == 0:
        return True
    gap = text[toks[idx - 1].end : toks[idx].start]
    return "\n" in gap or gap.rstrip().endswith("“") or _opens_sentence(gap)


def _name_like(chunk: list[Token]) -> bool:
    """Capitalised words, not all upper case, no month or weekday: the shape of a person's name."""
    return (
        all(t.text[:1].isupper() or t.text.lower() in CONNECTORS or t.text.startswith(("al-", "el-")) for t in chunk)
        and chunk[0].text not in _MONTHS  # "Theresa May" is a name; "May Day" is not
        and not all(t.text.isupper() for t in chunk)
    )


def _joined(text: str, a: Token, b: Token) -> bool:
    gap = visible(text[a.end : b.start])
    if gap == ". " and len(a.text) <= 4 and a.text[:1].isupper() and (is_title_word(a.text) or a.text in _NAME_OPENING_ABBREVIATIONS):
        # "Mr. Christie", "Sen. Ted Cruz": an abbreviated title belongs to the name after it, as "St." does to
        # "St. Paul City Council"
        return True
    return gap == "" or (gap.isspace() and "\n" not in gap and (len(gap) == 1 or gap.strip(" ") == ""))


_NAME_OPENING_ABBREVIATIONS = frozenset(("St", "Mt", "Ft"))  # saint, mount, fort


def _looks_like_person(chunk, toks, idx) -> bool:
    after = idx + len(chunk)
    nxt = toks[after].text.lower() if after < len(toks) else ""
    return nxt in reference.cues() or nxt in ("has", "had", "was", "is", "who", "will", "would")


# Building and street words that are also common surnames ("Stephen Hall", "Charlotte Church", "Ji-sung Park"):
# a name of two words ending with one of them may be a person's
_SURNAME_BUILDINGS = frozenset("park hall house church court temple tower bridge castle market farm street lane center centre".split())


# a road junction's word after a name, which makes the name a junction's, a place on the map ("from the Stag Hill
# roundabout", "at the Grey Lady interchange"), no person's ("flyover" is left out: it is also a fly-past, "the Red
# Arrows flyover")
_JUNCTION_AFTER = compile_on_use(r"[ \t]+(?:roundabout|interchange)s?\b")


def _names_a_junction(text: str, end: int) -> bool:
    """Whether a junction's word follows the name ending at ``end`` and heads its phrase: punctuation or a closed word
    after it ("the Stag Hill roundabout to the bridge", "… roundabout was shut"), not a noun it describes ("Tom Hanks
    roundabout tickets", "a Grace Hill roundabout route")."""
    junction = _JUNCTION_AFTER.match(text, end)
    if junction is None:
        return False
    return _phrase_ends_after(text, junction.end())


def _named_like_a_building(chunk: list[Token], *, first_name: bool = False) -> bool:
    """A name no table knows whose last word is a building's or a street's ("the Carnegie Library", "Meydan
    Racecourse", "Mozart Estate", "the Third Presbyterian Church"): a place, not a person of that name.
    After a first name, a last word that is also a surname keeps it a person at any length ("Mary Ann Hall")."""
    words = reference.place_words()
    if len(chunk) > 2 and chunk[-1].text.istitle() and chunk[-1].text.lower() in _COMPASS_POINTS \
            and chunk[-2].text.lower() in words.streets:
        return True  # "Eglinton Avenue West", "Queen Street East": a street's stretch
    last = chunk[-1].text.lower()
    if last not in words.buildings and last not in words.streets or last in words.events:
        return False
    return last not in _SURNAME_BUILDINGS or len(chunk) >= 3 and not first_name


def _place_suffix_kind(surface: str) -> str:
    lowered = surface.lower()
    for word, kind in reference.place_words().after.items():
        if lowered.endswith(" " + word):
            return kind
    for word, kind in reference.place_words().before.items():
        if lowered.startswith(word + " "):
            return kind
    return ""
