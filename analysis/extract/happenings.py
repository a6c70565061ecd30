"""Stage 2e (events): happenings a noun names — "Tuesday's primary", "the Republican debate in Las
Vegas", "Obama's State of the Union address", "the San Bernardino shooting" — and contests won
("Cruz won the Iowa caucuses", "Trump's victory in Nevada").

Place in the flow: the document's names and dates → **happenings** → :func:`.events.events`, which adds
them to the events its clauses code (a noun a clause already made an event keeps that event).

The nouns, their types and CAMEO codes (where one fits) come from ``data/event_nouns.csv``; the words
that make a debate one party's from ``data/party_words.csv``. For each noun:

* the **actor**: the possessive or name before it ("Obama's address", "a Trump rally"), its "by"
  phrase ("a speech by Cruz"), a party word for a debate ("the Republican debate"; "their debate" is the
  party whose members were named last), for "a win" the name that opens its clause ("Trump took back the race
  with a commanding victory"). A vote is its
  voters': it has no actor, so "the Democratic caucus" and "the Iowa caucuses" can be one contest;
* the **place**: a place among the words before it ("the Iowa caucuses", "New Hampshire's primary")
  or right after "in" or "at" ("the debate in Las Vegas");
* the **date**: date words in the phrase ("Tuesday's primary", "the Feb. 1 caucus") or right after it
  ("the primary on Tuesday"), else, as for a clause with no date words, the day the article's lead dates its
  story (``date_basis`` "story"; not for a contest, whose day is its own) or the publication date, each said to be
  only that (``date_basis`` "publication": the merge reads such a row as undated);
* a definite noun with none of these ("the debate", "the caucuses") refers back to the last
  happening of its type the article named, and takes its actor, place and date (``date_basis``
  "referred": the merge reads it as a back-reference, not as the happening's own day). A superlative
  ("the top-rated GOP debate") picks one debate or vote out of its series: it refers back to none.

Not a happening: a noun that makes the next one generic ("primary voters", "debate season"), a verb
reading ("to debate", "will address"), an "address" after no possessive or name (a postal address),
"the next debate" read back to another, a win under a condition, a negation or a modal ("if Sanders
wins", "could win"), a bare attack noun with nothing of its own (the clauses code attacks).
"""

from __future__ import annotations

import re

from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from .. import reference
from ..article import _abbreviations as abbreviations, stable_id
from ..regex import compile_on_use
from . import codes
from .coreference import resolve
from .dates import FULL_MONTHS, WEEKDAYS, DateRef, dates_in
from .mentions import is_title_case_headline
from .quote_marks import within_quotes
from .speakers import SpeakerPhrase

if TYPE_CHECKING:
    from ..document import Document
    from .coreference import Salience
    from .events import Event


class Noun(NamedTuple):
    words: tuple[str, ...]
    event_type: str
    cameo: str


@cache
def event_nouns() -> dict[str, tuple[Noun, ...]]:
    """The happening nouns by their last word (``data/event_nouns.csv``), longest first."""
    out: dict[str, list[Noun]] = {}
    for row in reference.table("event_nouns"):
        words = tuple(row["noun"].lower().split())
        out.setdefault(words[-1], []).append(Noun(words, row["event_type"], row.get("cameo") or ""))
    return {last: tuple(sorted(found, key=lambda n: -len(n.words))) for last, found in out.items()}


@cache
def party_words() -> dict[str, str]:
    return {row["word"]: row["party"] for row in reference.table("party_words")}


_SECTIONS = ("headline", "body", "caption")
_DETERMINERS = frozenset("the a an this that these those his her their its our my your whose".split())
# Words that, right before the noun, make it a verb ("to debate", "will address", "they rally").
_VERB_BEFORE = frozenset("to will would can could should must may might shall 'll ’ll did does do not n't n’t never "
                         "they we i you he she it who".split())
# Words that may follow the noun inside its sentence without making it a modifier of the next noun.
_AFTER_OK = frozenset(
    "in at on of by for with from against over between among before after during since until and or but nor than as "
    "that which who whom where when while because if though although is was are were be been being has have had will "
    "would could should can may might must did does do not n't n’t 's ’s to this last next earlier later tonight today "
    "yesterday night morning evening afternoon itself here there then also just still even already only so".split())
# Words after a happening noun that are no noun it could modify: "killing all five crew members" (its object),
# "primaries elsewhere", "on caucus day" (the happening's day).
_NOT_NOUNS = frozenset("a an the all both every each some any no many several few his her their its our one two three "
                       "four five six seven eight nine ten dozens hundreds thousands scores elsewhere abroad nationwide "
                       "overseas again too ago instead afterwards afterward day".split())
# A noun before one of these names a kind of thing, not one happening ("primary voters", "debate season").
_GENERIC_NEXT = frozenset(
    "voters voter season seasons calendar process system schedule campaign campaigns race races states challenger "
    "challengers ballot ballots polls poll polling turnout electorate candidate candidates field format rules prep "
    "preparation preparations coach coaches skills style threshold criteria performances cycle cycles system goal goals "
    "reason reasons source sources care concern concerns ad ads dog dogs helicopter helicopters book books expectations "
    "expectation tricks tactics strategy strategies team teams".split())
# Words before the noun that make it a kind of happening ("every shooting", "thousands of shootings").
_GENERIC_BEFORE = frozenset("every any each all no such many most some".split())
_COUNTS = frozenset("thousands hundreds dozens millions scores number series string wave spate rash lot lots kind "
                    "kinds type types".split())
# Nouns that are as often something else: read only after a determiner, a possessive, a name or a number.
_AMBIGUOUS = frozenset("primary address contest contests win wins remarks attack attacks rally interview".split())
_AMBIGUOUS_STEMS = frozenset(w[:5] for w in _AMBIGUOUS)  # as _Found.noun keeps them
# Modifiers that read "the debate" as another one than the one the article named before.
OTHER_ONE = frozenset("next last previous earlier later first second third fourth fifth sixth seventh eighth ninth tenth "
                       "upcoming future past final another other prior".split())
# A superlative picks one occasion out of its series ("the top-rated GOP debate", "the best-attended caucuses"): one
# the article singles out, not the one it refers back to nor the latest of the kind. (Of an attack it ranks the
# story's own against history: "the worst mass shooting in American history" is the one the story is about.)
_SERIES = frozenset({"debate", "vote"})
_SUPERLATIVE = re.compile(r"^(?:top|best|worst|highest|lowest|biggest|largest|least|most)-[a-z]+$|"
                          r"^(?:best|worst|highest|lowest|biggest|largest)$")


def picked_out(word: str) -> bool:
    """Whether a modifier ("top-rated", "biggest") picks one happening out of a series by a superlative."""
    return _SUPERLATIVE.match(word) is not None


_MODIFIERS = frozenset(
    "the a an this that his her their its our whose presidential main prime-time primetime undercard latest recent televised "
    "national first second third fourth fifth sixth seventh eighth ninth tenth last next upcoming final big key crucial "
    "pivotal early earlier first-in-the-nation party's state's nominating democratic republican gop dem weekly annual "
    "joint keynote inaugural farewell acceptance convention campaign primary caucus night's morning's evening's "
    "afternoon's tonight's today's yesterday's weekend's week's month's year's mass terror terrorist deadly recent".split())
# Verbs of beating a rival ("Sanders edged out Clinton in Oklahoma", "Sanders Beats Hillary Clinton In Oklahoma"):
# a win when a named rival follows (police "beat protesters in Cairo" beat no rival a name gives).
_BEAT_VERBS = frozenset({"beat", "beats", "edged", "edges", "trounced", "trounces", "routed", "routs"})
# "Defeated" is as often a bill's, an army's or a motion's fate: a win only when the contest is named right after
# the rival ("Clinton narrowly defeated Sanders in the Iowa caucuses"). A rival beaten in a named contest is a win even
# where the clauses coded the verb as an assault (CAMEO's "defeat", "beat"): an election is not a fight.
_DEFEAT_VERBS = frozenset({"defeated", "defeats", "defeat"})
# A passive's subject is the loser ("Clinton was defeated by Sanders"): no win is read from it.
_PASSIVE_AUXILIARIES = frozenset("was were is are be been being get gets got getting".split())
# A candidate who "swept" states or contests won them ("Trump swept seven states", "swept the Nevada caucuses"), which
# the dictionary codes as a police sweep (CAMEO 090): a win only when a person sweeps, a vote or a count of states
# follows at once (a place swept is as often a general's or an officer's), and no particle makes it a movement
# ("swept through the town", "swept to victory").
_SWEEP_VERBS = frozenset({"swept", "sweeps", "sweep", "sweeping"})
_SWEEP_PARTICLES = frozenset("through to into away aside up across over past out in back off down along under".split())
_COUNTED_STATES = compile_on_use(r"(?:all |both |(?:all )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) )"
                             r"(?:of the \w+ )?(?:states|primaries|contests)\b")
# a rival swept in a count of states ("swept challenger Bernie Sanders (I-Vt.) in five states"), after the rival's name
_IN_COUNTED_STATES = compile_on_use(r"(?:\s*\([^()]{1,12}\))?\s+in\s+" + _COUNTED_STATES.pattern, re.IGNORECASE)
# the nouns of a vote ("the Nevada caucuses", "the Virginia elections"), as a regex alternation
VOTE_NOUNS = r"primary|primaries|caucus|caucuses|elections?"
# the words that may follow a vote's noun that ends its phrase ("the Iowa caucuses on Monday"; not "the Ohio primary
# school quiz"), as a regex alternation
AFTER_VOTE_NOUN = r"in|on|at|of|for|last|this|after|before|by|with|over"
# the votes a candidate swept, named right after the verb: "the Nevada caucuses", "the Ohio and Florida primaries", "the
# Virginia elections"; the vote's noun ends the phrase ("the Nevada caucus sites for bombs" is no vote)
_SWEPT_VOTES = compile_on_use(r"\s+the\s+(?P<names>[A-Z][\w.'’-]*(?:(?:\s+|,\s*|,?\s+and\s+)[A-Z][\w.'’-]*){0,5})\s+"
                          r"(?:" + VOTE_NOUNS + r")(?=\s*$|\s*[^\w\s]|\s+(?:" + AFTER_VOTE_NOUN + r")\b)")
_WIN_VERBS = frozenset({"won", "wins", "win", "winning"}) | _BEAT_VERBS | _DEFEAT_VERBS | _SWEEP_VERBS
# Words of a story that reports a vote (a candidate who "swept" there, a person "declared the winner", won one)
VOTE_WORDS = compile_on_use(r"\b(?:" + VOTE_NOUNS + r"|ballots?|voters?|delegates)\b", re.IGNORECASE)
# The words that open a condition ("if his win holds", "If I endorse him") and the modals of a win that may not
# happen ("would eke out a win", "his win would reshape the party"): shared by the win's blockers here, the plain
# win's doubt (incidents) and the quoted endorsement (events).
CONDITIONS = frozenset("if unless whether".split())
DOUBTING_MODALS = frozenset("would could might may wouldn't couldn't".split())
_WIN_BLOCKERS = CONDITIONS | DOUBTING_MODALS | frozenset("not n't n’t never can will should to must 'll ’ll cannot "
                                                         "can't".split())
_ACTOR_KINDS = ("person", "organization", "group")
# Verbs that hedge a past act without putting it in doubt of having happened ("seems to have won", "appeared to
# have beaten"); "seems likely to win", "appears to be winning" and "does not seem to have won" are no win.
_HEDGING_VERBS = frozenset("seems seemed appears appeared".split())
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


class _Found(NamedTuple):
    start: int  # the phrase (modifiers included)
    noun_start: int
    noun_end: int
    event_type: str
    cameo: str
    actor: tuple[str, str, str]  # name, kind, country
    target: tuple[str, str]
    place: str
    place_basis: str
    when: DateRef | None
    definite: bool
    other_one: bool
    sentence_id: str
    noun: str = ""  # the head noun's stem: "the primary" refers back to a primary, not to "the Iowa caucuses"
    party: str = ""  # the party a vote's own words name ("the Democratic primary in Nevada"); a debate's is its actor
    over_clauses: bool = False  # a rival beaten in a named contest: the win, over an assault the clauses coded
    contest_at: int = -1  # for a win, where the noun of the contest won starts ("won the caucuses"), else -1
    coming: bool = False  # a vote its sentence announces as still to come ("The South Carolina primary is next")
    coming_on: DateRef | None = None  # the day its announcement gives ("will be held on Saturday"), read forward


def happenings(doc: Document, salience: Salience, *, taken: list[tuple[int, int]] = (),
               story_day: DateRef | None = None, reported: list[Event] = ()) -> list[Event]:
    """Each row represents one happening a noun names, or one contest won; ``taken`` are the spans the
    clauses already made events of (a noun there is left to them); ``story_day``, the day the article's lead dates
    (a quote's "tonight" in a paper of the next day is that day); ``reported``, the events the clauses told, in text
    order (what "the bloodshed" may refer back to when no happening noun came before it)."""
    from .events import Event, code

    found: list[_Found] = []
    nouns = event_nouns()
    title_only: set[int] = set()  # where a noun is read only because its line is a title-case headline
    for sent in doc.sentences:
        if sent.section not in _SECTIONS:
            continue
        toks = doc.tokens_in(sent.start, sent.end)
        lowered = [t.text.lower().replace("’", "'") for t in toks]  # (each word's ``_lower``, read once: few are nouns or verbs of ours)
        here: list[_Found] = []
        # (a title-case first line is a headline, whatever section the article's layout gave it: its capitals are the
        # headline's, not a name's: "After Obama's Terror Speech, …"; a title-case line further on may be a caption's
        # or a link's: "[Video: Speech at Black Caucus Foundation]")
        title = sent.section != "headline" and sent.paragraph == 0 and is_title_case_headline(doc.norm, sent.start)
        for i in [i for i, w in enumerate(lowered) if w in nouns]:
            hit = _noun_at(doc, toks, i, headline=title or sent.section == "headline")
            if hit is None:
                continue
            first, noun = hit
            if title and _noun_at(doc, toks, i) is None:
                if not _ends_headline_phrase(doc, toks, i):
                    continue  # "Trump Rally Protests Turn Violent", "Velde Attacks Could Backfire": in title case a
                    # noun before another word may modify it or be its verb's subject; only one closing its phrase is read
                title_only.add(toks[first].start)
            if any(a < toks[i].end and toks[first].start < b for a, b in taken):
                continue
            f = _read(doc, salience, sent, toks, first, i, noun)
            if f is not None:
                here.append(f)
        for i in [i for i, w in enumerate(lowered) if w in _WIN_VERBS]:
            f = _win(doc, salience, sent, toks, i, here)
            if f is not None and (f.over_clauses or not any(a < f.noun_end and f.noun_start < b for a, b in taken)):
                here.append(f)  # (a rival beaten in a named contest: the win, whatever the clauses coded)
        here = [f for f in here if not any(o is not f and o.noun_start <= f.noun_start and f.noun_end <= o.noun_end
                                           and o.noun_end - o.noun_start > f.noun_end - f.noun_start for o in here)]
        contests = {f.noun_start: f for f in here if f.event_type == "vote"}
        won = {f.contest_at: f.when for f in here if f.event_type == "win"}  # each contest won, with the win's day
        for f in sorted(here, key=lambda f: f.noun_start):
            if f.event_type == "win" and not f.place:
                f = _won_where(doc, sent, f)
            if f.event_type == "win" and not f.place and f.contest_at in contests:
                f = _won_as_referred(f, _refer_back(contests[f.contest_at], _held(found, f.when), doc.published))
            if f.when is not None and _spoken_the_day_before(doc, f.when, f.start, story_day):
                f = f._replace(when=f.when._replace(date=story_day.date))
            if f.event_type == "vote":
                f = f._replace(coming=_announced_as_coming(doc, f), coming_on=_announced_day(doc, f))
            # a contest won is held: "the primary" Jane Doe won is not the one the article announced as next
            if f.noun in _BACK_ONLY and not (f.definite and f.start < f.noun_start and _refers_back(doc, f)):
                continue  # "to prevent further bloodshed", "the carnage of 1914": no one happening referred back to
            referred = _refer_back(f, _held(found, won[f.noun_start]) if f.noun_start in won else found, doc.published)
            if f.noun in _BACK_ONLY and referred is f:
                referred = _reported_before(doc, f, reported)
                if referred is None:
                    continue  # "the bloodshed" with no attack told before it: nothing to refer back to
            found.append(referred)
    found = _wins_told_with_a_day(_article_place(_article_party(found)), doc.published)
    out = []
    published = doc.published
    captions = {sent.sentence_id for sent in doc.sentences if sent.section == "caption"}
    for f in found:
        if f.event_type == "attack" and not (f.actor[0] or f.place or f.when):
            continue  # "the attacks" with nothing of its own: the clauses code attacks; a bare one adds nothing
        if f.noun_start in title_only and (len(doc.mentions_named(f.actor[0])) == 1 if f.actor[0] else not (f.place or f.when)):
            continue  # a headline's bare "Debate", or one owned by a name its capitals alone made ("After Latest Police
            # Shooting"), read only as a headline's: which one, only the body says
        if f.event_type == "win" and not f.actor[0]:
            continue  # "the victory", with no winner named or referred back to
        if f.noun in _AMBIGUOUS_STEMS and not (f.actor[0] or f.place or f.when):
            continue  # "the rally in bond markets", "the contest was close": nothing of its own nor referred back to
        name, goldstein = code(f.cameo) if f.cameo else ("", float("nan"))
        category, mode = codes.plover(f.cameo) if f.cameo else ("", "")
        if f.when is not None:
            when, precision, basis, text = f.when.date, f.when.precision, f.when.basis, f.when.text
        elif story_day is not None and story_day.date is not None and f.sentence_id not in captions \
                and f.event_type not in ("vote", "win"):
            # "held forth in his year-end news conference" under a lead dated Thursday: an undated happening is dated
            # as an undated clause is, by the day the lead gives the story (a caption keeps its own day; a contest its
            # own: "the Republican caucuses" are not held on the day of the Democratic ones the lead dates)
            when, precision, basis, text = story_day.date, story_day.precision, "story", ""
        else:
            when, precision, basis, text = (published, "day", "publication", "") if published else (None, "", "unknown", "")
        actor, kind, country = f.actor
        out.append(Event(
            stable_id("e", f.noun_start, f.noun_end, f.event_type, actor, f.target[0]), when, precision, basis, text,
            actor, kind, doc.text[f.start : f.noun_end], f.event_type, f.cameo, name, goldstein, f.target[0], f.place,
            "article", f.sentence_id, f.noun_start, f.noun_end, country, f.target[1], category, mode, "", f.place_basis,
            f.party or _debate_party(f),
        ))
    return out


# words that open the phrase after a headline's noun ("Iowa Victory That Has …", "Speech At The Convention")
_AFTER_HEADLINE_NOUN = frozenset("that which with in at on for as after before to of from over against by and".split())


def _ends_headline_phrase(doc: Document, toks, i: int) -> bool:
    """Whether the noun at token ``i`` of a title-case headline closes its phrase: the line ends, a mark follows
    ("After Obama's Terror Speech, Trump …"), or a word that opens another phrase ("Iowa Victory That …")."""
    if i + 1 >= len(toks):
        return True
    between = doc.norm[toks[i].end : toks[i + 1].start]
    return any(c in between for c in ",:;–—-") or _lower(toks[i + 1]) in _AFTER_HEADLINE_NOUN


def _lower(tok) -> str:
    return tok.text.lower().replace("’", "'")


def _possessive(doc: Document, tok) -> bool:
    return doc.norm.startswith(("'s", "’s", "'", "’"), tok.end) and not doc.norm.startswith(("' ", "’ "), tok.end - 1)


def _joined(doc: Document, a, b) -> bool:
    """Whether nothing but spaces (or a possessive, or an abbreviation's period: "Obama's Dec. 6 address")
    stands between two tokens."""
    between = doc.norm[a.end : b.start].strip()
    return not between or between in ("'s", "’s", "'", "’", "-") or (
        between == "." and a.text.lower() in abbreviations())


def _noun_at(doc: Document, toks, i: int, *, headline: bool = False) -> tuple[int, Noun] | None:
    """(first token, noun) of a happening noun ending at token ``i``, read as a noun here."""
    last = _lower(toks[i])
    for noun in event_nouns().get(last, ()):
        n = len(noun.words)
        first = i - n + 1
        if first < 0 or [_lower(t) for t in toks[first : i + 1]] != list(noun.words):
            continue
        if any(not _joined(doc, toks[k - 1], toks[k]) for k in range(first + 1, i + 1)):
            continue
        prev = _lower(toks[first - 1]) if first > 0 and _joined(doc, toks[first - 1], toks[first]) else ""
        nxt = _lower(toks[i + 1]) if i + 1 < len(toks) and _joined(doc, toks[i], toks[i + 1]) else ""
        if prev in _VERB_BEFORE:
            return None  # "to debate", "will address", "they rally"
        if headline and nxt and _plural_actor(doc, toks[first - 1]):
            return None  # "Republicans Debate Tax Plan", "Protesters Rally Outside Capitol": a title-case verb
        if n == 1 and toks[i].text[:1].isupper() and not toks[i].text.isupper() and not headline and first > 0 \
                and not _named_contest(doc, toks, first, prev):
            return None  # "the Congressional Black Caucus", "Debate Commission": a word of a name, in running text
        if prev in _GENERIC_BEFORE or (prev == "of" and first > 1 and _lower(toks[first - 2]) in _COUNTS):
            return None  # "every shooting", "thousands of shootings": a kind of happening, not one
        if nxt in _GENERIC_NEXT or nxt in event_nouns():
            return None  # "primary voters", "debate season", "his primary debate tricks"
        if nxt.isalpha() and nxt not in _AFTER_OK and nxt not in _NOT_NOUNS and not toks[i + 1].text[:1].isupper() \
                and not _possessive(doc, toks[i]) \
                and not (nxt.endswith(("ed", "ing", "s")) or codes.is_verb_form(nxt) or nxt in reference.irregular_past_forms()) \
                and doc.norm[toks[i].end : toks[i + 1].start] == " " and not _gapped(doc, toks, first, i + 1):
            return None  # "the speech therapist", "the caucus room": a modifier of the next noun names a thing
        if nxt in ("over", "about") and noun.event_type in ("debate", "vote"):
            return None  # "the debate over coal": a dispute, not an occasion
        if n == 1 and noun.event_type == "vote" and codes.is_plural(last) and not _owned_or_named(doc, toks, first, prev):
            return None  # "states will hold primaries or caucuses": a kind of contest, not one
        if n == 1 and last in _AMBIGUOUS:
            before = toks[first - 1] if first > 0 else None
            # "his big wins": adjectives may stand between an owner and a win; not between an owner and an attack
            # or an interview, where the words before are a compound ("the senator's heart attack", "job interview")
            described = last in ("win", "wins") and before is not None \
                and _adjectives_after_owner(doc, toks, first - 1) is not None
            if before is None or not (prev in _DETERMINERS or prev in _MODIFIERS or before.text[:1].isupper()
                                      or before.text[:1].isdigit() or _possessive(doc, before) or described):
                return None  # "primary care", "the email address" needs more: a determiner, a name, a possessive
            k = first - 1
            while k > 0 and toks[k].text[:1].isupper() and not _possessive(doc, toks[k]) and _lower(toks[k]) not in _DETERMINERS:
                k -= 1
            owned = _lower(toks[k]) in _DETERMINERS or _possessive(doc, toks[k]) or described
            if not owned:  # past names and the happening's own modifiers to a determiner: "the Paris terror attacks
                # shocked", as "the Paris attacks shocked" (not to an owner: "Iran's deadly attacks" stays the clauses')
                k = first - 1
                while k > 0 and (toks[k].text[:1].isupper() or _lower(toks[k]) in _MODIFIERS) \
                        and not _possessive(doc, toks[k]) and _lower(toks[k]) not in _DETERMINERS:
                    k -= 1
                owned = _lower(toks[k]) in _DETERMINERS
            if last in ("win", "wins") and not owned:
                return None  # "Sanders wins Iowa": the verb (read by _win); "his win", "Trump's Nevada win": the noun
            if last == "address" and not (_possessive(doc, before) or (before.text[:1].isupper() and prev not in _DETERMINERS) or prev in
                                          ("his", "her", "their", "inaugural", "televised", "keynote", "farewell",
                                           "weekly", "joint", "prime-time", "primetime", "acceptance")):
                return None  # "the address", "an email address": a speech only as someone's, or a named one
            if nxt and nxt not in _AFTER_OK and nxt[:1].isalpha() and not toks[i + 1].text[:1].isupper() \
                    and not _possessive(doc, toks[i]) and not (owned and (nxt.endswith("ed") or codes.is_verb_form(nxt)
                                                                         or nxt in _past_only())):
                return None  # "primary reason", "attack ads": a modifier of the next noun; "Iran attacks bases": a verb
        return first, noun
    return None


@cache
def _past_only() -> frozenset[str]:
    """Irregular simple pasts spelt like neither their verb nor its participle ("wore", "shook", "became"): a verb
    wherever it stands, so an owned happening noun before one is its subject ("the Friday attacks wore off"), where
    a past that is also a participle or a noun ("ground", "bit", "felt") may still be a compound's ("the rally
    ground")."""
    return frozenset(row["past"] for row in reference.table("irregular_verbs")
                     if row["past"] and row["past"] not in (row["verb"], row["participle"]))


def _owned_or_named(doc: Document, toks, first: int, prev: str) -> bool:
    """Whether something before a noun makes it one thing, or a count of things: a determiner, a listed modifier,
    a name, a number or a possessive ("the caucuses", "Iowa caucuses", "Monday's caucuses"), perhaps before
    other words ("three state primaries", "her two primary wins")."""
    if first == 0 or not prev:
        return False
    before = toks[first - 1]
    if prev in _DETERMINERS or prev in _MODIFIERS or before.text[:1].isupper() or before.text[:1].isdigit() \
            or _possessive(doc, before):
        return True
    k = first - 1
    while k > 0 and first - k <= 3 and before.text.isalpha() and before.text.islower() and _joined(doc, toks[k - 1], before):
        k -= 1
        before = toks[k]
        w = _lower(before)
        if w in _DETERMINERS or w in _NUMBER_WORDS or before.text[:1].isdigit() or _possessive(doc, before):
            return True
    return False


_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve several both".split())


def _gapped(doc: Document, toks, first: int, k: int) -> bool:
    """"The Republican debate was tense, the Democratic debate calm.": after a comma, a noun and a word that ends
    the clause say of it what the verb left out (not a modifier of a noun)."""
    after = doc.norm[toks[k].end : toks[k].end + 1]
    before = doc.norm[toks[max(0, first - 3)].start : toks[first].start]
    return after in (".", ",", ";", "") and ("," in before or " and " in f" {before} ")


def _plural_actor(doc: Document, tok) -> bool:
    """A plural word naming who acts ("Republicans", "Protesters", "Kurds" as a name), after which a headline's
    capitalised happening noun is their verb."""
    word = _lower(tok)
    if not word.endswith("s") or _possessive(doc, tok):
        return False
    if word in party_words() or codes.agent_sector([word]):
        return True
    return any(m.kind in ("organization", "group") or m.via == "demonym" for m in doc.mentions_in(tok.start, tok.end))


def _named_contest(doc: Document, toks, first: int, prev: str) -> bool:
    """"the Iowa Caucus", "the GOP Debate", "Trump's Victory": a capitalised noun after a place, a party or an owner
    names a happening, where "the Black Caucus" names a group."""
    if prev in party_words() or _possessive(doc, toks[first - 1]):
        return True
    near = doc.mentions_in(toks[max(0, first - 3)].start, toks[first].start)
    return any(m.kind in ("place", "country") and m.end >= toks[first - 1].start for m in near)


def _read(doc: Document, salience, sent, toks, first: int, i: int, noun: Noun) -> _Found | None:
    """The actor, place and date a happening noun's own words give."""
    from .events import _as_places, phrase_actors

    # the modifiers before it: names, possessives, determiners, numbers, date words, listed adjectives
    j, owned = first, False
    while j > 0 and first - j < 8 and _joined(doc, toks[j - 1], toks[j]):
        t = toks[j - 1]
        w = _lower(t)
        if (w in _AFTER_OK or w in _VERB_BEFORE) and not _possessive(doc, t) and w not in _MODIFIERS:
            break  # "If October's debate", "At the debate": a sentence's first word, not a modifier
        if not (t.text[:1].isupper() or t.text[:1].isdigit() or w in _MODIFIERS or _possessive(doc, t) or
                (picked_out(w) and noun.event_type in _SERIES) or
                w in ("of", "the") and j - 2 >= 0 and toks[j - 2].text[:1].isupper()):
            owner = None if owned else _adjectives_after_owner(doc, toks, j - 1)
            if owner is None:
                break  # (words before an owner are the owner's: "the criticism following Obama's address")
            j = owner + 1  # "Mrs. Clinton's decisive victory", "his big wins": on to the owner
            continue
        j -= 1
        owned = owned or _possessive(doc, t)
        if w in _DETERMINERS:
            break
    while j < first and _lower(toks[j]) in ("of",):
        j += 1
    start, noun_start, noun_end = toks[j].start, toks[first].start, toks[i].end
    words = [_lower(t) for t in toks[j:first]]
    definite = not words or words[0] in _DETERMINERS - {"a", "an"}
    other_one = any(w in OTHER_ONE or (picked_out(w) and noun.event_type in _SERIES) for w in words)
    names = [m for m in doc.mentions_in(start, noun_start)]
    # place: a place among the modifiers, or after "in"/"at" right after the noun
    # the place the noun phrase itself gives names the happening (location_basis "name"): "the Paris attacks",
    # "the shooting in San Bernardino", "the Iowa Republican caucuses" (a state the names read as a person's)
    places = [m for m in names if m.kind in ("place", "country")]
    after = _after_noun(doc, toks, i)
    if not places and after is not None:
        places = [m for m in doc.mentions_in(*after) if m.kind in ("place", "country")][:1]
    places = _as_places(doc, places)
    specific = [m for m in places if m.kind == "place"] or places
    place = specific[0].name if specific else _state_modifier(doc, toks[j:first])
    # actor
    actor, party = ("", "", ""), ""
    if noun.event_type in ("debate", "vote"):
        bare = [re.sub(r"'s?$", "", w) for w in words]  # "Democrats'", "GOP's": the party word, not its letters
        party = next((party_words()[w] for w in bare if w in party_words()), "")
    if noun.event_type == "debate":
        if not party and words and words[0] == "their":
            party = _their_party(doc, toks[j].start)
        actor = (party, "organization", "US") if party else actor
    elif noun.event_type != "vote":
        owners = [k for k in range(j, first) if _possessive(doc, toks[k])]
        if not owners and words and words[0] in _POSSESSIVE_PRONOUNS and salience is not None:
            # "his final State of the Union address": whose the pronoun says
            pronoun = SpeakerPhrase(toks[j].start, toks[j].end, "pronoun", (), _POSSESSIVE_PRONOUNS[words[0]])
            who = [m for m in resolve(doc, salience, pronoun, toks[j].start) if m.kind in _ACTOR_KINDS]
            if who:
                actor = (who[0].name, who[0].kind, who[0].country)
        if owners:
            # the name the possessive ends ("Beneath Clinton's wins" in a headline is Clinton's), else the phrase's
            owner = toks[owners[-1]]
            named = [m for m in doc.mentions_in(max(start, owner.start - 60), owner.end + 2)
                     if m.kind in _ACTOR_KINDS and owner.start <= m.end <= owner.end + 2]
            got = [named[-1]] if named else phrase_actors(doc, salience, owner.start, owner.end)
            got = [a for a in got if a.kind in _ACTOR_KINDS]
            if got:
                actor = (got[0].name, got[0].kind, got[0].country)
        if not actor[0]:
            named = [m for m in names if m.kind in _ACTOR_KINDS and not party_words().get(m.text.lower())]
            if named:
                actor = (named[-1].name, named[-1].kind, named[-1].country)
        if not actor[0]:
            by = _by_phrase(doc, toks, i)
            if by is not None:
                got = [a for a in phrase_actors(doc, salience, *by) if a.kind in _ACTOR_KINDS]
                if got:
                    actor = (got[0].name, got[0].kind, got[0].country)
    if not actor[0] and noun.event_type == "win" and not definite:
        actor = _clause_subject(doc, sent, start)  # "Trump wrested back control with a commanding victory"
    if actor[0] and place and actor[0] == place:
        place = ""
    # date: in the phrase, or right after the noun
    when = _own_date(doc, start, noun_end, toks, i)
    return _Found(start, noun_start, noun_end, noun.event_type, noun.cameo, actor, ("", ""), place,
                  "name" if place else "", when, definite, other_one, sent.sentence_id, noun.words[-1][:5], party)


_THEIR_REACH = 300  # characters back to the antecedent of "their": the sentence or two before
# Plural nouns of people that, named after a party's members and before "their", are the nearer antecedent
# ("Democrats abroad watched. The Labour candidates clashed in their debate": the candidates' debate).
_PEOPLE = frozenset("candidates contenders hopefuls rivals leaders members nominees challengers senators ministers "
                    "lawmakers politicians contestants parties".split())


@cache
def _party_members() -> re.Pattern:
    """The party words that name members ("Republicans", "Dems"): the plural rows of ``data/party_words.csv``."""
    plural = sorted((w for w in party_words() if codes.is_plural(w)), key=len, reverse=True)
    return re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, plural))})\b" if plural else r"(?!)")


def _their_party(doc: Document, pos: int) -> str:
    """The party of "their debate": the party whose members the text named last before it ("the Republicans
    raised a war cry in their debate"), else "" (then, as for "the debate", the article's one party, if any)."""
    found = list(_party_members().finditer(doc.norm, max(0, pos - _THEIR_REACH), pos))
    if not found or any(w.strip(".,;:").lower() in _PEOPLE for w in doc.norm[found[-1].end() : pos].split()):
        return ""
    return party_words().get(found[-1].group().lower(), "")


# Where a clause opens inside a sentence: its subject comes after the last of these before a noun.
_CLAUSE_OPENS = compile_on_use(r"[,;:()\u2014\u201c\u201d\"]|\b(?:while|whereas|where|but|although|though|that|which|who|"
                           r"when|because|as|and|or|before|after|since|until|once|if|unless|whether)\b", re.IGNORECASE)


def _clause_subject(doc: Document, sent, start: int) -> tuple[str, str, str]:
    """The winner of "a win" with no owner: the name that opens its clause ("Trump wrested back control with a
    commanding victory", "where Mrs. Clinton eked out a narrow win"), unless the clause puts it under a condition,
    a negation or a modal ("Sanders would eke out a win")."""
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(doc.norm, sent.start, start)]
    begin = opens[-1] if opens else sent.start
    words = [_lower(t) for t in doc.tokens_in(begin, start)]
    if set(words) & (_WIN_BLOCKERS - {"to"}) or "to" in words[-2:]:  # "would eke out a win", "to score a win"
        return ("", "", "")
    names = [m for m in doc.mentions_in(begin, start) if m.kind in _ACTOR_KINDS]
    return (names[0].name, names[0].kind, names[0].country) if names else ("", "", "")


def _adjectives_after_owner(doc: Document, toks, k: int) -> int | None:
    """The index of the determiner or possessive before a run of up to three lower-case words ending at token
    ``k`` ("Trump's resounding victory", "Clinton's wide-ranging and commanding victories"; "her narrow, hard-fought
    win" is not read), or None."""
    run = 0
    while k >= 0 and run < 3:
        t = toks[k]
        w = _lower(t)
        joins = w == "and" and run > 0  # "wide-ranging and commanding": two adjectives
        if not (t.text.replace("-", "").isalpha() and t.text.islower()) or (w in _AFTER_OK and not joins) or w in _VERB_BEFORE:
            return None
        if w in _DETERMINERS or _possessive(doc, t):
            return None  # the run holds no adjective at all
        if k == 0 or not _joined(doc, toks[k - 1], t):
            return None
        before = toks[k - 1]
        if _lower(before) in _VERB_BEFORE:
            return None  # "he's predicted big wins": a pronoun's "'s" is "is", not an owner
        if _lower(before) in _DETERMINERS or _possessive(doc, before):
            return k - 1
        k -= 1
        run += 1
    return None


def _state_modifier(doc: Document, toks) -> str:
    """A state or country among capitalised modifiers that the names did not read as a place ("the Iowa Republican
    caucuses", where "Iowa Republican" looks like a person's name)."""
    gaz = reference.gazetteer()
    caps = [t for t in toks if t.text[:1].isupper() and t.text.lower() not in party_words()]
    for size in (2, 1):
        for k in range(len(caps) - size + 1):
            words = caps[k : k + size]
            if size == 2 and not _joined(doc, words[0], words[1]):
                continue
            place = gaz.lookup(" ".join(t.text for t in words))
            if place is not None and place.kind in ("province", "country"):
                return place.name
    return ""


def _after_noun(doc: Document, toks, i: int) -> tuple[int, int] | None:
    """The span after "in"/"at" following the noun (a date word may stand between: "the debate Tuesday in Las Vegas")."""
    k = i + 1
    while k < len(toks) and k - i <= 4 and _joined(doc, toks[k - 1], toks[k]):
        w = _lower(toks[k])
        if w in ("in", "at"):
            end = k + 1
            while end < len(toks) and end - k <= 5 and _joined(doc, toks[end - 1], toks[end]):
                end += 1
            if any(_lower(t) == "history" for t in toks[k + 1 : end]):
                return None  # "the deadliest shooting in U.S. history": a record, not where it happened
            return toks[k].end, toks[end - 1].end
        if not (w in ("on", "this", "last", "tonight", "night", "morning", "evening") or toks[k].text[:1].isupper()
                or toks[k].text[:1].isdigit() or w.rstrip(".") in ("jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec")):
            return None
        k += 1
    return None


def _by_phrase(doc: Document, toks, i: int) -> tuple[int, int] | None:
    if i + 2 < len(toks) and _lower(toks[i + 1]) == "by" and _joined(doc, toks[i], toks[i + 1]):
        end = i + 2
        while end < len(toks) and end - i <= 5 and _joined(doc, toks[end - 1], toks[end]) and toks[end].text[:1].isupper():
            end += 1
        if end > i + 2:
            return toks[i + 2].start, toks[end - 1].end
    return None


def _own_date(doc: Document, start: int, noun_end: int, toks, i: int) -> DateRef | None:
    """Date words among the noun's modifiers ("Tuesday's primary") or right after it ("the caucuses Feb. 1")."""
    reach = noun_end
    k = i + 1
    while k < len(toks) and k - i <= 7 and _joined(doc, toks[k - 1], toks[k]):
        reach = toks[k].end
        k += 1
    for ref in dates_in(doc.norm, max(0, start - 12), reach, doc.published):
        if ref.date is None or ref.basis == "anchor" or ref.end < start - 1:
            continue  # a date that ends before the phrase is another clause's ("on Tuesday, the debate …")
        if ref.start >= noun_end:
            between = doc.norm[noun_end : ref.start].split()
            if any(w.lower() not in ("on", "this", "last", "next", "in", "at", "the") and not w[:1].isupper() for w in between):
                continue  # only a place may stand between: "the debate in Las Vegas on Tuesday"
        return _ahead(doc, ref, start, max(noun_end, ref.end))
    return _month_modifier(doc, start, noun_end) or _when_clause(doc, start)


_YEAR_WHEN = re.compile(r"\b((?:19|20)\d\d),? when\b")


def _when_clause(doc: Document, start: int) -> DateRef | None:
    """A happening inside a "when" clause that a year opens ("turnout fell short of 2008, when 236,000 Iowans took
    part in the Democratic caucus") is of that year."""
    window = doc.norm[max(0, start - 120) : start]
    found = list(_YEAR_WHEN.finditer(window))
    if not found or re.search(r"[.;:!?]|,\s", window[found[-1].end() :]):
        # the clause ended before the happening ("Unlike in 2008, when turnout hit records, the caucuses drew few")
        return None
    m = found[-1]
    at = max(0, start - 120) + m.start(1)
    return DateRef(date(int(m.group(1)), 1, 1), "year", "explicit", m.group(1), at, at + 4)


# Words that speak of a happening as still to come: "before Monday's caucus", "ahead of Tuesday's primary",
# "Saturday's debate will …", "the upcoming Tuesday primary".
_COMING_BEFORE = frozenset("upcoming coming forthcoming approaching awaiting await awaits".split())
# Words that lead up to a happening whether it is still to come or already past ("In the final days before Monday's
# caucuses, Trump skipped the debate", read the day after): they read forward only in a sentence that tells of
# now or later, not in one told in the past.
_LEADING_UP = frozenset("before ahead until till toward towards eve into".split())
_NOW_OR_LATER = frozenset("is are am will 'll has have wants want plans plan hopes hope expects expect faces face "
                          "says say".split())
_COMING_AFTER = frozenset("will 'll ’ll".split())
_PAST_AFTER = frozenset("was were had did".split())
_WEEKDAY_WORD = compile_on_use(rf"(?i)^(?:this |on )?({'|'.join(WEEKDAYS)})(?:['’]s)?(?: night| evening| morning)?(?:['’]s)?$")


def _ahead(doc: Document, ref: DateRef, start: int, end: int) -> DateRef:
    """A bare weekday reads back (the dates' rule: "Tuesday's primary" in a Thursday's paper is two days before);
    when the words around the happening speak of it as still to come ("before Monday's caucus", "Tuesday's primary
    will …"), it is the next such day on or after the publication; a quote that names the paper's own weekday as
    past ("Monday's caucuses were …" in a Monday's paper) speaks of the week before."""
    published = doc.published
    found = _WEEKDAY_WORD.match(ref.text.strip())
    if published is None or ref.precision != "day" or found is None:
        return ref
    if doc.norm[max(0, ref.start - 5) : ref.start].lower() == "next ":  # "next Tuesday's primaries": the first such
        # day after the paper's (a week on, in a Tuesday's paper)
        return ref._replace(date=published + timedelta(days=(WEEKDAYS.index(found.group(1).lower()) - published.weekday() - 1) % 7 + 1))
    before = doc.norm[max(0, start - 40) : start].replace("’", "'").lower().split()[-3:]
    # after it, in its clause (a place may come between: "Saturday's primary in New Hampshire will …")
    after = re.split(r"[,;:.!?()]", doc.norm[end : end + 60].replace("’", "'").lower())[0].split()[:5]
    if not (_COMING_BEFORE & set(before) or _COMING_AFTER & set(after)
            or (_LEADING_UP & set(before) and _told_of_now_or_later(doc, start))):
        if ref.date == published and _PAST_AFTER & set(after) and within_quotes(doc.quote_spans, start) \
                and not _said_that_day(doc, start):
            # someone speaking on the paper's own day says "today" or "tonight": a quote that names that weekday
            # as past ("Monday's caucuses were …" in a Monday's paper) was said days later, of the week before
            return ref._replace(date=published - timedelta(days=7))
        return ref
    ahead = (WEEKDAYS.index(found.group(1).lower()) - published.weekday()) % 7
    return ref._replace(date=published + timedelta(days=ahead))


def _told_of_now_or_later(doc: Document, pos: int) -> bool:
    """Whether the sentence at ``pos`` speaks of the present or the future (a present or future verb), or has no
    verb in the past: "Aides are worried ahead of Tuesday's primary", not "Clinton campaigned ahead of it"."""
    sent = doc.sentence_at(pos)
    return _now_or_later(doc.norm[sent.start : sent.end] if sent else "")


def _now_or_later(sentence: str) -> bool:
    words = [w.strip(",;:.!?\"()") for w in sentence.replace("’", "'").lower().split()]
    if any(w in _NOW_OR_LATER or w.endswith("'ll") for w in words):
        return True
    return not any(w.endswith("ed") or w in codes.lexicon().past for w in words)


# Words right before a happening that speak of it as ahead whatever the tense: "Tickets for the final debate sold
# out", "Aides prepared for the final debate", "ahead of the final debate".
_LED_UP_TO = _LEADING_UP | _COMING_BEFORE | frozenset(("for",))


def told_as_held(sentence: str, at: int) -> bool:
    """Whether a sentence tells the happening whose words start at ``at`` as already held: it is told in the past
    ("Trump skipped the final debate", "At the final debate before the primary, he only hinted …") and no word
    right before the happening leads up to it ("Tickets for the final debate sold out"). "Candidates are preparing
    for the final debate" and "Trump will skip the final debate" tell of one still to come."""
    before = sentence[max(0, at - 30) : at].replace("’", "'").lower().split()[-2:]
    return not _now_or_later(sentence) and not _LED_UP_TO & set(before)


def _said_that_day(doc: Document, pos: int) -> bool:
    """Whether the reporter's own words around a quote place its speaking on the paper's day ("…," Clinton told
    supporters on Tuesday night, in a Tuesday's paper; "tonight"): election-night quotes name the day as past."""
    sent = doc.sentence_at(pos)
    if sent is None or doc.published is None:
        return False
    outside = doc.norm[sent.start : sent.end]
    for q in doc.quote_spans:
        if q.content_start < sent.end and sent.start < q.content_end:
            lo, hi = max(q.content_start, sent.start) - sent.start, min(q.content_end, sent.end) - sent.start
            outside = outside[:lo] + " " * (hi - lo) + outside[hi:]
    words = set(re.findall(r"[a-z]+", outside.lower()))
    return WEEKDAYS[doc.published.weekday()] in words or bool(words & {"tonight", "today"})


_SPEAKERS_DAY = frozenset(("tonight", "today", "this morning", "this afternoon", "this evening"))


def _spoken_the_day_before(doc: Document, ref: DateRef, start: int, story_day: DateRef | None) -> bool:
    """Whether a happening's "tonight" or "today" is a speaker's, quoted in a paper of the next day: the day its lead
    dates the story ("There is only one debate tonight," Paul said, in a Friday's report of Thursday's debate), not
    the paper's. Not when the reporter's words place the speaking on the paper's day ("…," he said Friday)."""
    return (ref.basis == "relative" and ref.text.strip().lower() in _SPEAKERS_DAY and story_day is not None
            and story_day.precision == "day" and story_day.date is not None and doc.published is not None
            and ref.date == doc.published and story_day.date == doc.published - timedelta(days=1)
            and within_quotes(doc.quote_spans, start) and not _said_that_day(doc, start))


def _month_modifier(doc: Document, start: int, noun_end: int) -> DateRef | None:
    """"the October debate", "October's debate": the last such month up to the publication (month precision)."""
    published = doc.published
    if published is None:
        return None
    for tok in doc.tokens_in(start, noun_end):
        month = FULL_MONTHS.get(tok.text.lower())
        if month and tok.text[:1].isupper():
            year = published.year if month <= published.month else published.year - 1
            return DateRef(published.replace(year=year, month=month, day=1), "month", "relative", tok.text, tok.start, tok.end)
    return None


def _win(doc: Document, salience, sent, toks, i: int, here: list[_Found]) -> _Found | None:
    """A contest won, read from the verb: "Cruz won the Iowa caucuses", "Sanders won New Hampshire Tuesday"."""
    w = _lower(toks[i])
    if w not in _WIN_VERBS or i == 0:
        return None
    if any(f.noun_start <= toks[i].start < f.noun_end for f in here):
        return None  # the noun "win" is read already
    # the winner: a name right before the verb, past adverbs and auxiliaries, and a hedge on a past win ("Clinton
    # seems to have won the caucuses": the reporter's reading of a count, told as done)
    k = i - 1
    hedged = k >= 3 and w in ("won", "beat", "defeated") and [_lower(t) for t in toks[k - 2 : k + 1]][1:] == ["to", "have"] \
        and _lower(toks[k - 2]) in _HEDGING_VERBS and all(_joined(doc, toks[j], toks[j + 1]) for j in range(k - 2, i))
    if hedged:
        k -= 3
    while k >= 0 and _lower(toks[k]) in ("easily", "narrowly", "handily", "also", "has", "had", "just", "decisively", "comfortably", "then"):
        k -= 1
    if k < 0 or not _joined(doc, toks[k], toks[k + 1]):
        return None
    winners = [m for m in doc.mentions_in(toks[k].start, toks[k].end + 1) if m.kind in _ACTOR_KINDS]
    if not winners:
        winners = [m for m in doc.mentions_in(max(sent.start, toks[k].start - 40), toks[k].end) if m.kind in _ACTOR_KINDS
                   and m.end >= toks[k].start - 1]
    if not winners and toks[k].text[:1].isupper():
        winners = _named_later(doc, toks, k)
    if not winners and w in _SWEEP_VERBS and _lower(toks[k]) in ("he", "she") and salience is not None:
        pronoun = SpeakerPhrase(toks[k].start, toks[k].end, "pronoun", (), _lower(toks[k]))  # "he swept seven states"
        winners = [m for m in resolve(doc, salience, pronoun, toks[k].start) if m.kind == "person"][:1]
    if not winners:
        return None
    winner = winners[-1]
    lead = [_lower(t) for t in toks[max(0, k - 3) : (k + 1 if hedged else i)] if t.start < toks[i].start]
    if any(x in _WIN_BLOCKERS for x in lead):
        return None  # "if Sanders wins", "could win", "did not win"
    # what was won: a place or a contest within the next words, before a clause break
    end = i + 1
    while end < len(toks) and end - i <= 8 and _joined(doc, toks[end - 1], toks[end]):
        end += 1
    span = (toks[i].end, toks[end - 1].end)
    contest = next((f for f in here if f.event_type == "vote" and span[0] <= f.noun_start < span[1] + 1), None)
    places = [m for m in doc.mentions_in(*span) if m.kind in ("place", "country")]
    in_a_contest, reach = False, span[1]
    if w in _BEAT_VERBS or w in _DEFEAT_VERBS:
        if _lower(toks[k]) in _PASSIVE_AUXILIARIES:
            return None  # "Clinton was defeated by Sanders": the subject lost
        if winner.end != toks[k].end:
            return None  # the winner's name ends right before the verb: "Trump supporters beat him" is no win of Trump's
        in_a_contest = _rival_then_contest(doc, toks, i, end, contest)
        rival = next((m for m in doc.mentions_in(*span) if m.kind == "person"), None)
        if w in _DEFEAT_VERBS and not in_a_contest:
            return None  # "defeated the bill", "defeated the rebels in Aleppo": no contest named after the rival
        if not in_a_contest and (rival is None or any(p.start < rival.start for p in places)):
            return None  # "beat protesters in Cairo", "beat the odds": no rival named right after the verb
    if w in _SWEEP_VERBS:
        if winner.kind != "person" or i + 1 >= len(toks) or _lower(toks[i + 1]) in _SWEEP_PARTICLES \
                or not VOTE_WORDS.search(doc.norm):
            return None  # "the army swept the valley", "swept through Iowa", a story that reports no vote
        counted = _COUNTED_STATES.match(doc.norm[toks[i + 1].start : toks[end - 1].end].lower())
        # the object a vote ("swept the Nevada caucuses"), not a place: a general, an officer or a storm sweeps places
        starts_object = _swept_votes(doc.norm[toks[i].end : sent.end])
        rival = next((m for m in doc.mentions_in(toks[i].end, toks[i].end + 40) if m.kind == "person"), None)
        beaten = rival is not None and _IN_COUNTED_STATES.match(doc.norm, rival.end) is not None  # "swept Sanders in five states"
        if not (counted or starts_object or beaten):
            return None  # "swept the floor", "swept the leadership aside"
        if beaten:  # its day may come past the rival's parenthesis: "swept Sanders (I-Vt.) in five states on Tuesday"
            reach = _clause_end(doc, rival.end, sent.end)
        in_a_contest = True  # a win, whatever the clauses coded
    if contest is None and not places and not (w in _SWEEP_VERBS and in_a_contest):
        return None  # "won the nomination", "won 20 delegates": no contest named
    place = contest.place if contest is not None and contest.place else (places[0].name if places else "")
    if w in _SWEEP_VERBS and places and _SWEPT_VOTES.match(doc.norm, toks[i].end):
        place = places[0].name  # "swept the Ohio and Florida primaries": the first state named, not the noun's last
    when = _own_date(doc, toks[i].end, span[1], toks, end - 1) if span[1] > toks[i].end else None
    if when is None:
        found = [d for d in dates_in(doc.norm, toks[i].end, max(span[1], reach), doc.published) if d.date is not None
                 and d.basis != "anchor"]
        when = found[0] if found else (contest.when if contest is not None else None)
    # (states counted, not named, are no one contest: such a win refers back to no earlier one for its place)
    return _Found(toks[i].start, toks[i].start, toks[i].end, "win", "", (winner.name, winner.kind, winner.country), ("", ""),
                  place, "name" if place else "", when, bool(place or contest), False, sent.sentence_id,
                  # (a title-case headline's win stands over the clauses' reading: "Jane Doe Beats John Roe In Ohio")
                  over_clauses=in_a_contest or is_title_case_headline(doc.norm, toks[i].start), contest_at=contest.noun_start if contest is not None else -1)


# The words after a vote that announce it as still to come ("The South Carolina primary is next", "will be held",
# "is scheduled for Saturday"), and those before it ("the upcoming primary", "the next primary"). A bare "will"
# ("will be remembered for the snow", "will decide a lot, analysts said") or "are ahead of", "are set" say no such
# thing: the vote may be the one the story goes on to report.
_COMING_AS = compile_on_use(r"^\s*(?:(?:is|are)\s+(?:next|coming|scheduled|slated|still\s+to\s+come|up\s+next)\b"
                        r"|comes?\s+next\b|(?:will|'ll|’ll)\s+(?:be\s+held|take\s+place)\b)")


def _announced_as_coming(doc: Document, f: _Found) -> bool:
    """Whether a vote's own words announce it as still to come: a word before it ("the upcoming primary", "the next
    primary") or the verb after it ("The South Carolina primary is next", "will be held")."""
    before = doc.norm[max(0, f.start - 20) : f.start].replace("’", "'").lower().split()[-1:]
    return bool(_ANNOUNCED_COMING & set(before)
                or _coming_as(doc, f)
                or {w.lower() for w in doc.norm[f.start : f.noun_start].split()} & _ANNOUNCED_COMING)


# the words before a vote that announce it as still to come ("the upcoming primary", "the next primary")
_ANNOUNCED_COMING = _COMING_BEFORE | {"next"}


def _coming_as(doc: Document, f: _Found) -> re.Match | None:
    """The words right after a vote's noun that announce it as still to come (:data:`_COMING_AS`), or None."""
    return _COMING_AS.match(doc.norm[f.noun_end : f.noun_end + 40].lower())


def _announced_day(doc: Document, f: _Found) -> DateRef | None:
    """The day the words announcing a vote as coming give it ("will be held on Saturday", "is scheduled for Saturday"),
    in its clause; a weekday is the next such day on or after the publication."""
    said = _coming_as(doc, f)
    if said is None:
        return None
    start = f.noun_end + said.end()
    days = [d for d in dates_in(doc.norm, start, _clause_end(doc, start, min(len(doc.norm), start + 40)), doc.published)
            if d.date is not None and d.precision == "day"]
    if not days:
        return None
    weekday = _WEEKDAY_WORD.match(days[0].text.strip())
    if weekday is None or doc.published is None:
        return days[0]
    ahead = (WEEKDAYS.index(weekday.group(1).lower()) - doc.published.weekday()) % 7
    return days[0]._replace(date=doc.published + timedelta(days=ahead))


def _held(found: list[_Found], won_on: DateRef | None) -> list[_Found]:
    """The happenings an article named so far, less the votes it announced as still to come: a contest won refers
    back to none of those, unless it was won on the day the announcement gave (the story announced it, then reported
    it)."""
    return [e for e in found if not e.coming or (won_on is not None and e.coming_on is not None
                                                 and e.coming_on.date == won_on.date)]


def _won_as_referred(win: _Found, contest: _Found) -> _Found:
    """A win of a contest that names no place ("Clinton won the caucuses") takes the place of the contest it refers
    back to (the Iowa caucuses the article named before), said to be referred, and its day, said so too, when the win
    gives none."""
    if not contest.place:
        return win
    return win._replace(place=contest.place, place_basis="referred", when=win.when or contest.when)


_CLAUSE_BREAK = compile_on_use(r"[,;—]| - ")


# "In Iowa, where Mrs. Clinton eked out a narrow win, …": a place opening the sentence, then "where" and the clause the
# win is in, with no other comma between
_IN_PLACE_WHERE = compile_on_use(r"\s*In (?P<place>[A-Z][^,;]{1,40}), where [^,;]*$")


def _won_where(doc: Document, sent, f: _Found) -> _Found:
    """A win with no place, in a clause "where" introduces after the place that opens its sentence, was won there."""
    said = _IN_PLACE_WHERE.match(doc.norm[sent.start : f.start])
    if said is None:
        return f
    start, end = sent.start + said.start("place"), sent.start + said.end("place")
    place = next((m for m in doc.mentions_in(start, end) if m.kind in ("place", "country") and m.start == start
                  and m.end == end), None)
    return f._replace(place=place.name, place_basis="name") if place is not None else f


def _swept_votes(after: str) -> bool:
    """Whether the words after "swept" name votes: "the", states or countries joined by commas or "and" (party words
    between), then the vote's noun ending the phrase ("the Ohio and Florida primaries", not "the Chess Club elections")."""
    said = _SWEPT_VOTES.match(after)
    if said is None:
        return False
    gaz = reference.gazetteer()
    for name in re.split(r",?\s+and\s+|,\s*", said.group("names")):
        words = [w for w in name.split() if w.lower() not in party_words()]
        if not words:
            continue  # a party's votes: "the Democratic primaries"
        place = gaz.lookup(" ".join(words))
        if place is None or place.kind not in ("province", "country"):
            return False
    return True


def _clause_end(doc: Document, start: int, limit: int) -> int:
    """Where the clause running at ``start`` ends: the next comma, semicolon or dash, else ``limit``."""
    found = _CLAUSE_BREAK.search(doc.norm, start, limit)
    return found.start() if found else limit


def _rival_then_contest(doc: Document, toks, i: int, end: int, contest: _Found | None) -> bool:
    """Whether a beat verb's object is a rival, a person named, followed by "in" or "at" and the contest named
    ("defeated Clinton in the Iowa caucuses", "beat Clinton at the Michigan primary")."""
    if contest is None or i + 1 >= end:
        return False
    j = i + 1
    rival = next((m for m in doc.mentions_in(toks[j].start, toks[end - 1].end) if m.kind == "person"
                  and m.start == toks[j].start), None)
    if rival is None:  # a pronoun beaten "in" the contest lost the vote ("defeated him in the Iowa caucuses"); "at" it
        # may be a beating there ("John Smith beat him at the Iowa caucuses, police said")
        return j + 2 < end and _lower(toks[j]) in ("him", "her", "them") and _lower(toks[j + 1]) == "in" \
            and contest.start == toks[j + 2].start
    while j < end and toks[j].start < rival.end:
        j += 1
    return j + 1 < end and _lower(toks[j]) in ("in", "at") and contest.start == toks[j + 1].start


def _named_later(doc: Document, toks, k: int) -> list:
    """The capitalised words ending at ``toks[k]`` that the article names later as an actor, whole or by its
    last words: in a title-case headline ("Hillary Clinton Wins Missouri Democratic Primary.", "Clinton wins
    …") the name finder reads no name, the body names Hillary Clinton. That mention, the longest words first."""
    first = k
    while first > 0 and toks[first - 1].text[:1].isupper() and _joined(doc, toks[first - 1], toks[first]):
        first -= 1
    for s in range(first, k + 1):
        words = doc.text[toks[s].start : toks[k].end]
        named = [m for m in doc.mentions_in(toks[k].end, len(doc.text))
                 if m.kind in _ACTOR_KINDS and (m.text == words or m.text.endswith(" " + words))]
        if named:
            return named[:1]
    return []


# Nouns that only refer back to a happening of their kind the article named before ("the bloodshed", "the carnage"
# after "the Paris attacks"): read as that one, whatever its noun, and not read at all when there is none (their stems,
# as _Found.noun keeps them).
_BACK_ONLY = frozenset(w[:5] for w in ("bloodshed", "carnage"))


def _refers_back(doc: Document, f: _Found) -> bool:
    """Whether a noun that only refers back ("the carnage") is left to do so by its own words: not when an "of" phrase, or
    an "on" phrase of the subject opening its sentence, with no day of its own names what it is ("the carnage of the First
    World War", "The carnage on the roads kills …"; "Critics blamed the bloodshed on lax security" is the verb's "on")."""
    after = re.match(r"\s*([A-Za-z']+)", doc.norm[f.noun_end : f.noun_end + 40])
    word = after.group(1).lower() if after else ""
    if f.when is not None or word not in ("of", "on"):
        return True
    sent = doc.sentence_at(f.start)
    return word == "on" and sent is not None and doc.norm[sent.start : f.start].strip(" \"“‘'") != ""


# A noun naming an attack after a word saying it was stopped, feared, threatened or only planned (at most two words
# between) does not tell that one happened: "Police foiled the attack", "fear an attack", "A possible attack on Lyon",
# "warned of a planned attack" ("An attack on a Lyon hall killed 12" did happen).
_UNREALISED_BEFORE = compile_on_use(r"\b(?:foil(?:s|ed)?|thwart(?:s|ed)?|prevent(?:s|ed)?|avert(?:s|ed)?|fear(?:s|ed)?|warn(?:s|ed)?|"
                                r"threat(?:s|en|ens|ened)?|risk|planned|possible|potential)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _reported_before(doc: Document, f: _Found, reported: list[Event]) -> _Found | None:
    """A noun that only refers back ("the bloodshed"), read as the last event of its kind the clauses told before it,
    outside quotes ("The assault on Paris … the bloodshed"): that one's actor, place and day (its day said to be
    referred when it was its own), or None when there is none. Only force (CAMEO 18–20) is bloodshed: a person
    "attacking" a named person ("Trump attacked Jeb Bush at the debate") is no antecedent, nor an attack named as
    stopped, feared, threatened or planned."""
    before = [e for e in reported if e.end <= f.noun_start and e.event_type == f.event_type and not e.quote_id]
    if not before:
        return None
    e = before[-1]
    if e.cameo[:2] not in ("18", "19", "20") or e.actor_kind == "person" and e.actor[:1].isupper() and e.target_kind == "person":
        return None  # (a named person "attacking" another is words: "Trump attacked Jeb Bush at the debate")
    if e.action.lower() in codes.lexicon().nouns and _UNREALISED_BEFORE.search(doc.norm[max(0, e.start - 50) : e.start]):
        return None  # "Police foiled a planned attack …": not one that happened
    if f.place and e.location and f.place != e.location:
        return None  # "the bloodshed in Syria" after an attack in Paris: another one
    if f.when is not None and f.when.date != e.date:
        return None  # "the bloodshed in Lyon last year" after Friday's attack in Lyon: another one
    when = None
    if e.date is not None and e.date_basis not in ("publication", "unknown"):
        basis = "referred" if e.date_basis in ("explicit", "relative") else e.date_basis
        when = DateRef(e.date, e.date_precision, basis, e.date_text, e.start, e.end)
    return f._replace(actor=(e.actor, e.actor_kind, e.actor_country), place=f.place or e.location,
                      place_basis=f.place_basis or (e.location_basis if e.location else ""), when=f.when or when)


# A happening an article dates more than this before its publication ("in 2008, when Iowans flocked to the
# caucus") is named in passing: a later "the caucus" is the article's own, not that one.
_PASSING = timedelta(days=366)


def _wins_told_with_a_day(found: list[_Found], published=None) -> list[_Found]:
    """"Kasich wins Ohio." over "Ohio Gov. John Kasich won his home state's primary on Tuesday": a win with no day of
    its own (a headline's, a lead's) is the win the article tells elsewhere with a day, by the same winner in the same
    place (one can win a place's contest once in a cycle), and takes that one's day, said to be referred (date_basis
    "referred"), not the paper's. A win naming no place is left alone: its contest may be another one; so is one whose
    dated win is not a day of the passing year ("won Iowa in 2012": another cycle's contest)."""
    dated = [g for g in found if g.event_type == "win" and g.place and g.actor[0] and g.when is not None
             and g.when.date is not None and g.when.precision == "day"
             and (published is None or timedelta(0) <= published - g.when.date <= _PASSING)]
    out = []
    for f in found:
        if f.event_type == "win" and f.when is None and f.place and f.actor[0]:
            same = next((g for g in dated if g.actor[0] == f.actor[0] and g.place == f.place), None)
            if same is not None:
                f = f._replace(when=same.when._replace(basis="referred"))
        out.append(f)
    return out


def _refer_back(f: _Found, earlier: list[_Found], published=None) -> _Found:
    """"the debate", "Monday's caucuses": a definite happening is the last one of its type the article named that
    agrees with what its own words say (actor, place, day); it takes from that one what its words leave out. A
    calendar date in its words ("the Sept. 11 attacks") names it: it refers back only to one of that day."""
    if not f.definite or f.other_one or (f.place and f.when is not None and f.actor[0]):
        return f

    def agrees(e: _Found) -> bool:
        # a place the noun's own words give names the happening: "the Iowa caucuses" is an earlier Iowa one only
        return (e.event_type == f.event_type and (e.noun == f.noun or f.noun in _BACK_ONLY) and (not f.actor[0] or not e.actor[0] or e.actor[0] == f.actor[0])
                and (f.event_type != "debate" or not f.party or not e.party or e.party == f.party)
                and (not f.place or e.place == f.place)
                and (f.when is None or (e.when.date == f.when.date if e.when is not None else f.when.basis != "explicit"))
                and not (f.when is None and e.when is not None and published is not None
                         and e.when.date < published - _PASSING))

    before = next((e for e in reversed(earlier) if agrees(e)), None)
    if before is None:
        return f
    # a win is its winner's: "the victory" after "Trump's win" may be another candidate's
    actor = f.actor if f.actor[0] or f.event_type == "win" else before.actor
    dated, party = before, f.party or before.party
    if f.event_type == "vote" and before.party and f.party != before.party:
        # a state's parties often vote on different days (South Carolina's Republicans a week before its Democrats):
        # "the Republican caucuses" take the state from the Democrats' but a day only from their own or both parties'
        # vote; "the caucuses" naming no party take a party's day only when the party votes named have one day
        if f.party:
            dated = next((e for e in reversed(earlier) if agrees(e) and e.party in ("", f.party)), None)
        elif len({e.when.date for e in earlier if agrees(e) and e.party and e.when is not None}) > 1:
            dated, party = None, ""  # either party's: neither day, nor a party, is known
    when = f.when or (dated.when._replace(basis="referred") if dated is not None and dated.when is not None else None)
    return f._replace(actor=actor, place=f.place or before.place, party=party,
                      place_basis=f.place_basis or before.place_basis, when=when)


def _article_place(found: list[_Found]) -> list[_Found]:
    """The votes an article names without a place ("the caucuses", "Monday's caucuses"), and the happenings it names
    as "the …" ("the attack", before "the Paris attack"), are where its other happenings of that name are, when
    they are all in one place ("the primary" is not "the Iowa caucuses")."""
    def open_to(f: _Found) -> bool:  # a vote named without a place; another happening only as "the …"
        return not f.place and not f.other_one and (f.event_type == "vote" or f.definite)

    out = found
    for kind, noun in {(f.event_type, f.noun) for f in found if open_to(f)}:  # a primary's place is a primary's
        places = {(f.place, f.place_basis) for f in found if (f.event_type, f.noun) == (kind, noun) and f.place}
        if len(places) != 1:
            continue
        place, basis = places.pop()
        # (a debate takes no place from another party's: "The Democratic debate", in a report on "the Republican
        # debate in Las Vegas", was not held there)
        held_by = {_debate_party(f) for f in found if (f.event_type, f.noun) == (kind, noun) and f.place} - {""}
        out = [f._replace(place=place, place_basis=basis) if (f.event_type, f.noun) == (kind, noun) and open_to(f)
               and not (kind == "debate" and _debate_party(f) and held_by and _debate_party(f) not in held_by)
               else f for f in out]
    return out


def _debate_party(f: _Found) -> str:
    """The party holding a debate, as its words say ("the Democratic debate"), or ""."""
    if f.event_type != "debate":
        return ""
    return f.party or (f.actor[0] if f.actor[0] in party_words().values() else "")


def _article_party(found: list[_Found]) -> list[_Found]:
    """The debates an article names without a party are its one party's debate when every debate it gives a party
    has the same one ("Tuesday's debate" in a report on "the Republican debate"). (The party the article names
    most is no guide: a report on a debate between the parties' nominees names one party more.)"""
    if not any(f.event_type == "debate" and not f.actor[0] for f in found):
        return found
    parties = {f.actor for f in found if f.event_type == "debate" and f.actor[0]}
    if len(parties) != 1:
        return found
    party = parties.pop()
    return [f._replace(actor=party) if f.event_type == "debate" and not f.actor[0] and not f.other_one else f for f in found]
