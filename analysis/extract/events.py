"""Stage 2e: events — who did what to whom, where and when, coded in CAMEO and PLOVER.

Each clause the shallow parse finds (:mod:`.clauses`) is coded from the CAMEO
lexicon (:mod:`.codes`): the verb or event noun with the words around it gives a
CAMEO code and Goldstein value, a modal frame turns it into an intent, demand,
refusal or threat, and the code maps to PLOVER's category and mode. The source
actor is the clause's subject (the passive's "by" agent; a noun's owner), the
target its object or the phrase after "on", "against", "at"…; coordinated actors
give one event per actor–target pair. Actors are named people, organisations and
countries, or the noun phrase of an unnamed one ("police", "rescue teams"),
pronouns resolved by :mod:`.coreference`. Words inside quote marks are claims of
the speaker, not events the article reports: each quote is one statement event,
coded by its stance and linked by ``quote_id``.

Where: :func:`choose_place` — the clause's own place, else the sentence's, the
paragraph's, for a protest, arrest or attack the scene an earlier paragraph set
(``narrative``), the caption's, and the actor's country only when nothing better is
said (``location_basis`` says which); a statement takes a place its sentence opens
with. When: the clause's date words, else the sentence's, the paragraph's, the
story's (its lead's day), the caption's, the publication date (``date_basis`` says which).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from .. import reference
from ..article import stable_id
from ..schema import NAME_SEPARATOR
from ..regex import compile_on_use
from . import codes
from .clauses import ADVERBS, ASPECT, AUXILIARIES, CALENDAR, DEADLINE_HEADS, DEADLINE_LEADS, DETERMINERS, FINITE_AUXILIARIES, PREPOSITIONS, SPEECH_NOUNS, Clause, Phrase, clauses, sentence_clauses
from .coreference import Salience, resolve
from .dates import FULL_MONTHS, MONTHS, WEEKDAYS, DateRef, counted, dates_in, earliest_day, explicit_dates, is_weekday_of_a_week, runs_past_publication, shifted
from .happenings import AFTER_VOTE_NOUN, CONDITIONS, DOUBTING_MODALS, VOTE_NOUNS, happenings, party_words  # (it imports this module in its functions)
from .locations import located_name
from .mentions import Mention, group_nouns, is_title_word, people_nouns
from .quote_marks import within_quotes
from .quotes import Quote
from .spans import starting_in
from .speakers import _PERSON_NOUNS, _QUANTIFIERS, SpeakerPhrase, _phrase, named_collective, unlisted_name

if TYPE_CHECKING:
    from ..document import Document
    from ..article import Sentence

ACTOR_KINDS = ("person", "organization", "group", "country")
_EVENT_SECTIONS = ("body", "caption")
# the weekday names as a regex alternation ("monday|tuesday|…"), for the patterns that read a day after a verb
_WEEKDAY_WORDS = "|".join(WEEKDAYS)
# Prepositions whose phrase is where an act happened, and those whose phrase is whom it was aimed at.
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "into", "from", "on", "throughout", "around", "within", "over"})
TARGET_PREPOSITIONS = ("against", "on", "at", "upon", "with", "to", "toward", "towards", "into", "of", "for", "between")
# Things the text names by their country ("Iraqi bases", "US soil"): the country is where.
_PLACE_NOUNS = frozenset("base bases city cities territory soil camp camps town towns village villages region airspace waters border "
                         "jail jails prison prisons".split())
_MOVES = frozenset({"withdrawal", "movement"})
_REACH = 2000  # how far back in a paragraph its places are read: a run-on line costs no more than a paragraph


class Event(NamedTuple):
    event_id: str
    date: date | None
    date_precision: str
    date_basis: str
    date_text: str
    actor: str
    actor_kind: str
    action: str
    event_type: str
    cameo: str
    cameo_name: str
    goldstein: float
    target: str
    location: str  # canonical place name; the frame joins it to location_id
    source: str
    sentence_id: str
    start: int
    end: int
    actor_country: str = ""
    target_kind: str = ""
    plover: str = ""
    plover_mode: str = ""
    quote_id: str = ""
    location_basis: str = ""
    party: str = ""  # the party holding a debate, a primary or a caucus, when its words say ("the Republican debate")


class Actor(NamedTuple):
    name: str
    kind: str
    country: str  # ISO alpha-2 where known


NOBODY = Actor("", "", "")


def code(cameo: str) -> tuple[str, float]:
    """A CAMEO code's name and Goldstein value (``data/cameo.csv``, read with the lexicon)."""
    name, goldstein = codes.lexicon().names.get(cameo, ("", float("nan")))
    return name, goldstein


def event_type(cameo: str) -> str:
    """The coarse type the timeline colours by (``data/event_types.csv``: the longest code prefix wins)."""
    table = _event_types()
    for size in range(len(cameo), 1, -1):
        hit = table.get(cameo[:size])
        if hit:
            return hit
    return "statement" if cameo.startswith("01") else ""


def _event_types() -> dict[str, str]:
    return codes.lexicon().types


# --- the events ----------------------------------------------------------------------


def events(doc: Document, quotes: list[Quote]) -> list[Event]:
    """Each row represents one event the article reports (or a statement it quotes)."""
    text, published = doc.norm, doc.published
    quoted = sorted((q.start, q.end) for q in quotes if q.kind != "reported")
    quoted_starts = [a for a, _ in quoted]
    longest = max((b - a for a, b in quoted), default=0)
    salience = Salience(doc)
    parsed = clauses(doc, sections=_EVENT_SECTIONS)
    caption_dates, caption_places = _captions(doc)
    plans = [(c.group_start, c.clause_end) for found in parsed for c in found if c.modality == "intent"]
    story = story_of(doc, quoted=quoted + plans, terms=_deadline_terms(doc, parsed))
    out: list[Event] = []
    asked: list[tuple[int, int]] = []  # yes/no questions: they tell no happening either ("Will Iran attack Israel?")
    for index, found in enumerate(parsed):
        if not found:
            continue
        sent = doc.sentences[index]
        # (the sentence before's quotes too: a count "weeks later" does not run from a date a speaker gave)
        inside = _overlapping(quoted, quoted_starts, longest, doc.sentences[index - 1].start if index else sent.start, sent.end)
        ctx = _Context(doc, salience, sent, found, inside, caption_dates, caption_places, out, story)
        if _yes_no_question(ctx):
            asked.append((sent.start, sent.end))  # "Did the unions demand that the government resign?": asked, not
            continue  # told; none of its clauses gives an event
        for k, clause in enumerate(found):
            host = _purpose_host(ctx, k, clause)
            for ev in _clause_events(ctx, k, clause):
                if any(o.start < ev.end and ev.start < o.end and o.actor == ev.actor and o.target == ev.target for o in out[-12:]):
                    continue  # one trigger, one event per actor and target
                if host is not None and any(o.start == host.group_start and (o.actor, o.target, o.cameo)
                                            == (ev.actor, ev.target, ev.cameo) for o in out[-12:]):
                    continue  # "used tear gas to disperse the crowd": the means and its purpose, one act
                out.append(ev)
        if ctx.imposed:  # "A blockade was imposed on Gaza": the noun's own event is the act; imposing it is no other
            mine = [ev for ev in out if ev.sentence_id == sent.sentence_id]
            told_by_noun = {at for at, (a, b) in ctx.imposed.items() if any(a <= o.start < b for o in mine)}
            out = [ev for ev in out if not (ev.sentence_id == sent.sentence_id and ev.start in told_by_noun)]
    told = sorted(out, key=_start)  # what a statement's date may follow: the clauses' events, in text order (an
    # earlier one is found by bisection), not the happenings named in passing ("ahead of the April 19 primary")
    named = happenings(doc, salience, taken=[(ev.start, ev.end) for ev in out] + asked, story_day=story.date, reported=told)
    named = [_dated_as_told_near(doc, h, told) for h in named]
    # a win the happenings read over a clause's verb (a rival beaten in a named contest: "Clinton defeated Sanders in the
    # Iowa caucuses") is what the verb tells, not the assault the clause coded: no other happening overlaps a clause's
    wins = [(h.start, h.end) for h in named if h.event_type == "win"]
    if wins:
        out = [ev for ev in out if not any(a < ev.end and ev.start < b for a, b in wins)]
    # a pronoun beaten "in" a named vote lost it, whoever beat them ("Trump supporters beat him in the South Carolina
    # primary" reads no win of a person either): no assault. "At" the vote stays a beating there.
    votes = {h.start for h in named if h.event_type == "vote"}  # the vote's noun: "primary" of "the Iowa primary"
    if votes:
        out = [ev for ev in out if not _beaten_in_a_vote(doc, ev, votes)]
    out.extend(named)
    said = _statements(doc, quotes, (quoted, quoted_starts, longest), caption_dates, told, story)
    out.extend(said)
    out.extend(_endorsed_in_quotes(doc, quotes, said))
    dates_in.cache_clear()  # its keys hold the whole text: let a long-running kernel forget past articles
    return sorted(out, key=lambda ev: (ev.start, ev.event_type, ev.actor, ev.target))


def _dated_as_told_near(doc: Document, happening: Event, told: list[Event]) -> Event:
    """"On Tuesday, Costa visited Lima, where she gave a speech": a happening with no date words of its own is dated as
    an undated clause is, by the date words of its sentence's acts (the nearest), else by the paragraph's last dated
    act before it, before the story's or the publication's day; said to be borrowed (basis "paragraph", unstated for
    the merge). Not a contest (its day is its own), nor a caption (its own day)."""
    if happening.date_basis not in ("story", "publication") or happening.event_type in ("vote", "win"):
        return happening
    sent = doc.sentence_at(happening.start)
    if sent is None or sent.section == "caption":
        return happening
    dated = [ev for ev in told if ev.date is not None and ev.date_basis in _OWN_DATE_BASES and ev.source == "article"]
    mine = [ev for ev in dated if ev.sentence_id == happening.sentence_id]
    paragraph = doc.paragraph_index(happening.start)
    before = [ev for ev in dated if ev.start < happening.start and doc.paragraph_index(ev.start) == paragraph]
    source = min(mine, key=lambda ev: abs(ev.start - happening.start)) if mine else before[-1] if before else None
    if source is None:
        return happening
    return happening._replace(date=source.date, date_precision=source.date_precision, date_basis="paragraph", date_text="")


_OWN_DATE_BASES = frozenset(("explicit", "relative", "anchor"))  # an act dated by the text's words
_BEATING_VERBS = frozenset("beat beats beaten defeated defeats defeat edged trounced routed".split())
_THE_NAMES = compile_on_use(r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}")


def _beaten_in_a_vote(doc: Document, ev: Event, votes: set[int]) -> bool:
    """Whether a clause's event is a beat verb whose object is a pronoun then "in" and a named vote."""
    if doc.norm[ev.start : ev.end].lower() not in _BEATING_VERBS:
        return False
    after = _PRONOUN_IN.match(doc.norm, ev.end)
    if after is None:
        return False
    names = _THE_NAMES.match(doc.norm, after.end())  # "the South Carolina " before the noun "primary"
    return names.end() in votes


def _overlapping(spans: list[tuple[int, int]], starts: list[int], longest: int, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) spans, sorted by start and at most ``longest`` long, that overlap [start, end)."""
    return [(a, b) for a, b in spans[bisect_left(starts, start - longest) : bisect_left(starts, end)] if b > start]


class _Context:
    """What the events of one sentence share: the document, the sentence's clauses and quotes."""

    def __init__(self, doc, salience, sent, found, quoted, caption_dates, caption_places, earlier, story=None):
        self.doc, self.salience, self.sent, self.clauses = doc, salience, sent, found
        self.story = story if story is not None else Story(None, "")
        self.quoted, self.caption_dates, self.caption_places, self.earlier = quoted, caption_dates, caption_places, earlier
        self._actors: dict[tuple[int, int, bool], list[Actor]] = {}
        self._codes: dict[int, str] = {}
        # where an agentless passive restriction starts -> its subject's span, which names the act ("a blockade")
        self.imposed: dict[int, tuple[int, int]] = {}
        self._dates: list[DateRef] | None = None
        self.scenes: dict[int, int] = {}  # a clause's start -> the paragraph whose scene it was placed in ("narrative")

    def dates(self) -> list[DateRef]:
        """The sentence's date expressions outside quote marks, read once for all its clauses."""
        if self._dates is None:
            doc, sent = self.doc, self.sent
            found = list(dates_in(doc.norm, sent.start, sent.end, doc.published))
            if doc.published is None:
                found = sorted(found + self._dates_in_the_storys_year(), key=lambda d: d.start)
            self._dates = [d for d in found if not self.in_quote(d.start)]
        return self._dates

    def _dates_in_the_storys_year(self) -> list[DateRef]:
        """"On March 21, 2018, a committee recommended … On March 22, the parliament refused": with no publication
        date, a day or month written without its year is read in the year of the day the text last gave (the
        paragraph's dated event, else the lead's), as news leaves out the year it is telling."""
        doc, sent = self.doc, self.sent
        if _MONTH_WORD.search(doc.norm, sent.start, sent.end) is None:
            return []
        told = _undated(self)
        if told.date is None or told.basis not in ("paragraph", "story"):
            return []
        found = [d for d in explicit_dates(doc.norm, sent.start, sent.end, told.date) if not _YEAR_DIGITS.search(d.text)]
        # "On December 20, 2018, … On January 5, the parliament rejected": a month earlier in the year than the day
        # told before it is in the year after
        return [d._replace(date=_next_year(d.date) or d.date) if d.date is not None and d.date.month < told.date.month
                else d for d in found]

    def code(self, clause: Clause) -> str:
        """A verb clause's own code in its context (cached: host and frame checks ask again)."""
        key = id(clause)
        found = self._codes.get(key)
        if found is None:
            found = _event_code(self, clause)
            if found == codes.NO_EVENT and clause.kind == "verb" and clause.object is not None:
                # "ended mediation efforts", "suspended its negotiations": halting the act the object names
                found = codes.halted(clause.lemma, self._act_named(clause.object)) or found
                if found == _DE_ESCALATION and not self._own_act(clause):
                    found = codes.NO_EVENT  # "ended the rebels' siege": another side's force stopped, no de-escalation
            elif found == codes.NO_EVENT and clause.kind == "verb" and _addresses_an_audience(self.doc, clause):
                found = _STATEMENT  # "spoke to the Jewish coalition", "speaking at a rally": a speech
            elif clause.kind == "verb" and _witnesses_act(self, clause):
                found = codes.NO_EVENT  # "Villagers reported an attack by rebels": telling of an act is not doing it
            elif clause.kind == "verb" and clause.lemma in _INTENSIFYING and clause.voice == "active" \
                    and self._steps_up_own_act(clause):
                # "stepped up attacks on army patrols", "intensified air strikes on Gaza": doing more of an attack is
                # attacking, the object's act done by the subject as after a light verb, with its own target (the
                # dictionary's boost block reads the patrols' "army" as a military build-up, 154, or a cooperation)
                found = codes.NO_EVENT
            elif clause.kind == "verb" and clause.lemma == "beat" and not self._in_a_contest(clause) \
                    and self._people_not_armed(clause.object if clause.voice == "active" else clause.subject):
                # "Police beat two reporters", "demonstrators were beaten": beating people is assaulting them (CAMEO 182,
                # PLOVER's ASSAULT "beat"), not the dictionary's military defeat (190) nor its "beat … with" threat (130)
                found = _PHYSICAL_ASSAULT
            elif clause.kind == "verb" and clause.lemma in _PARTAKING:
                # "engaged in a brief sit-in": taking part in an act is that act (the dictionary codes "engage" as fighting)
                found = next((self._act_named(np) for p, np in clause.preps if p == "in" and self._act_named(np)), found)
            self._codes[key] = found
        return found

    def _own_act(self, clause: Clause) -> bool:
        """Whether the act a verb's object names is its subject's own to stop: owned by a possessive pronoun ("their
        offensive", "its bombing of the port"), or naming no other side: no possessive name ("the rebels' siege"), no
        actor before its head ("the rebel offensive", "the Russian offensive", "the Islamic State siege", "the enemy
        offensive"), no "of" phrase for a place it holds ("the occupation of Gaza", "the siege of Homs") and no "by"
        phrase ("the siege of Homs by rebels"), when the subject is an armed force or a state."""
        phrase = clause.object
        words = self.doc.norm[phrase.start : phrase.end].split()
        lowered = [w.lower() for w in words]
        if phrase.head not in lowered:
            return False
        if lowered[0] in _POSSESSIVE_PRONOUNS:
            return True
        before = words[: lowered.index(phrase.head)]
        if any(w.endswith(("'s", "’s", "'", "’")) or w[:1].isupper() or w.lower() == "enemy"
               or codes.agent_sector([w.lower()]) for w in before):
            return False
        if "of" in lowered[lowered.index(phrase.head) :] or any(p == "by" for p, _ in clause.preps):
            return False
        # ("the siege", "the offensive" with no owner: an armed force's or a state's own; "Police stopped the bombing
        # campaign" stopped someone else's)
        return not self.actors(phrase) and (_armed(self, clause.subject)
                                            or any(_a_state(a) for a in self.actors(clause.subject)))

    def _steps_up_own_act(self, clause: Clause) -> bool:
        """Whether an intensifying verb's object is an act its subject does more of: a workers' or a union's strike
        ("Nurses intensified their strike"), or an act of force that is one by its noun ("air strikes", "its bombing",
        "shelling") or done by armed men or by a country on places or forces ("Rebels stepped up attacks", "Russia
        stepped up its attacks on Ukrainian cities"). A politician's, a campaign's or a firm's "attacks" may be words ("stepped up his attacks on the
        media"): the verb keeps the dictionary's reading."""
        phrase = clause.object
        if clause.negated or clause.modality or not self._force_headed(phrase):
            return False  # ("did not step up attacks", "may step up attacks": nothing done, as the verb's reading has it)
        words = self.doc.norm[phrase.start : phrase.end].lower().split()
        before = words[: words.index(phrase.head)]
        weapon = _any_weapon_word(before)
        if phrase.head in ("strike", "strikes") and not weapon and _labour_subject(self, clause.subject):
            return True
        if weapon or phrase.head not in _WORDS_OR_FORCE or _armed(self, clause.subject):
            return True
        # a country's "attacks" are force only on what force is used against ("on Ukrainian cities"), not on a policy,
        # the media or a rival capital ("stepped up its attacks on Washington": words, as a politician's are)
        hit = next((np.head for p, np in clause.preps if p in ("on", "against") and np.start >= phrase.end), "")
        return hit in _FORCE_TARGETS and any(a.kind == "country" for a in self.actors(clause.subject))

    def _force_headed(self, phrase: Phrase | None) -> str:
        """The code of a phrase whose head is an act of force ("attacks on army patrols", "its air strikes"), or ""
        ("security after the attack" is headed by "security")."""
        if phrase is None:
            return ""
        words = self.doc.norm[phrase.start : phrase.end].lower().split()
        if phrase.head not in words:
            return ""
        found = codes.noun_code(words[: words.index(phrase.head) + 1])
        return found if found[:2] in _FORCE else ""

    def _people_not_armed(self, phrase: Phrase | None) -> bool:
        """Whether a phrase is people written as a common noun or a pronoun ("two reporters", "a prisoner", "him"), not an
        armed force ("the rebels", "government troops": a battle won) nor a rival in a contest or a name ("Argentina",
        "his rival", "Mara Velde": a game, a vote)."""
        if phrase is None or phrase.head in _CONTESTANTS or _armed(self, phrase) \
                or codes.stem(phrase.head) in codes.force_heads():
            return False
        tokens = self.doc.tokens_in(phrase.start, phrase.end)
        head = next((t for t in tokens if t.text.lower() == phrase.head), None)
        # (a common noun is written in lower case, save as the sentence's first word: "Protesters were beaten by police")
        first = self.doc.tokens_in(self.sent.start, self.sent.end)[:1]
        if head is None or not head.text[:1].islower() and not (head is tokens[0] and first and head.start == first[0].start):
            return False
        return phrase.head in _OBJECT_PRONOUNS or phrase.head in people_nouns() or codes.agent_sector([phrase.head]) != ""

    def _in_a_contest(self, clause: Clause) -> bool:
        """Whether a verb's clause says it was won in a contest: in a game, a vote or a race ("beat the men in the
        quiz", "in the primary"), to a prize ("beat the students to the title"), by a score ("beat the boys 3-1") or by
        doing something ("beat the crowds by arriving early")."""
        if any(p in ("in", "at") and np.head in _CONTESTS or p == "to" and np.head in _PRIZES for p, np in clause.preps):
            return True
        start = clause.object.end if clause.object is not None else clause.end
        after = self.doc.norm[start : max(start, clause.clause_end, self.sent.end)]
        return _SCORE.search(after) is not None or _BY_DOING.search(after) is not None

    def _act_named(self, phrase: Phrase) -> str:
        """The code of the first event noun in a phrase ("mediation efforts", "a brief sit-in"), or ""."""
        words = self.doc.norm[phrase.start : phrase.end].lower().split()
        return next((c for c in (codes.noun_code(words[: i + 1]) for i in range(len(words))) if c != codes.NO_EVENT), "")

    def in_quote(self, pos: int) -> bool:
        return bool(self.quoted) and any(a <= pos < b for a, b in self.quoted)

    def actors(self, phrase: Phrase | None, *, acting: bool = False) -> list[Actor]:
        """The actors a phrase names; ``acting``: the phrase is the acting side, whose kin go along with it."""
        if phrase is None:
            return []
        key = (phrase.start, phrase.end, acting)
        if key not in self._actors:
            self._actors[key] = _named_in_apposition(self.doc, self.salience, phrase) \
                or phrase_actors(self.doc, self.salience, phrase.start, phrase.end, kin_along=acting)
        return self._actors[key]


_APPOSITION_GAP = compile_on_use(r"[ \t]*,[ \t]*")


def _titles_only(words: list[str]) -> bool:
    """Whether the words before a name are its titles: title words ("President", "Sen."), or capitalised words
    ending in one ("Crown Prince", "Deputy Prime Minister")."""
    return all(is_title_word(w.rstrip(".")) for w in words) or (
        is_title_word(words[-1].rstrip(".")) and all(w[:1].isupper() for w in words))


def _named_in_apposition(doc: Document, salience: Salience, phrase: Phrase) -> list[Actor]:
    """The person a role phrase is set beside between commas: "Russia's leader, President Vladimir V. Putin,
    annexed", "met with the Russian foreign minister, Sergey V. Lavrov, at": the name says who, the role only what
    office ("the Trump campaign manager, Corey Lewandowski," is Lewandowski); a phrase ending in a person's name keeps
    its own reading."""
    if phrase.head not in reference.titles() or any(m.kind == "person" and m.end == phrase.end
                                                    for m in doc.mentions_in(phrase.start, phrase.end)):
        return []
    gap = _APPOSITION_GAP.match(doc.norm, phrase.end)
    if gap is None:
        return []
    person = next((m for m in doc.mentions_in(gap.end(), gap.end() + 60) if m.kind == "person"), None)
    if person is None or not _titles_only(doc.norm[gap.end() : person.start].split()):
        return []  # "the minister, who …", "the leader, in Moscow, Putin": no name right beside the role
    after = doc.norm[person.end : person.end + 2]
    if not (after[:1] in (",", ")", "") or after.startswith((" —", " –"))):
        return []  # "the minister, Lavrov and Kerry": a list, not an apposition
    return phrase_actors(doc, salience, person.start, person.end)


def _clause_events(ctx: _Context, k: int, clause: Clause) -> list[Event]:
    doc = ctx.doc
    if ctx.in_quote(clause.start) or clause.negated or clause.modality == "hypothetical" or _nobody(ctx, clause.subject) \
            or (clause.kind == "verb" and clause.voice == "active" and _nothing_done(ctx, clause)):
        # a quoted claim, a negated act ("none of their personnel had been killed", "sent no troops"), a possibility
        return []
    if clause.demand_by >= 0 and _nobody(ctx, ctx.clauses[clause.demand_by].subject):
        return []  # "Nobody wants Iran to get a bomb": no one asks it
    if _condition(ctx, clause):
        return []  # "threatened to strike unless Israel rescinded the annexation": the rescinding has not happened
    if clause.report >= 0 and clause.modality != "demand" and _demands(ctx.clauses[clause.report]) \
            and _inside_complement(ctx, clause, ctx.clauses[clause.report]):
        return []  # "demanded that the US cancel plans to sell …": the sale is what is demanded, not an event
    if clause.report >= 0 and _denies(ctx.clauses[clause.report]) and _inside_complement(ctx, clause, ctx.clauses[clause.report]):
        return []  # "Rwanda denied that its troops had crossed into Uganda": the crossing is denied, not told as done
    cameo, verb_kind, base = _code(ctx, k, clause)
    speech = cameo == _STATEMENT and clause.kind == "verb" and _addresses_an_audience(doc, clause)
    posted = cameo == _STATEMENT and clause.kind == "verb" and not speech and _posted(doc, clause)
    speech = speech or posted
    declared = _declared_winner(doc, clause)
    if declared is not None:
        cameo, verb_kind, base = "", "", ""  # "was declared the winner": a contest won (no CAMEO code), not a decree
    elif not cameo or cameo == codes.NO_EVENT or (cameo.startswith("01") and not codes.plover(cameo)[0] and not speech):
        return []  # a plain statement is its quote's event; a denial (016, PLOVER's REJECT) is an act of its own
    if clause.kind == "verb" and any(_asked_through_noun(ctx, other) is clause for other in ctx.clauses if other.kind == "noun"):
        return []  # "its demands that the government grant a pay rise": the grant is what is demanded, not an event
    if _alleged(ctx, k, clause):
        return []  # "arrested for collaborating with Israel", "accused of misusing funds": the charge, not an event
    camera = _at_camera_work(ctx, clause)
    if camera is not None and clause.kind == "verb":
        return []  # "A cameraman shoots footage of …", "took pictures of the crowd": a press worker records, does no harm
    if clause.kind == "noun" and ((_inside_other(ctx, clause) and not cameo.startswith("14"))
                                  or _what_the_verb_is_in(ctx, clause, cameo)):
        return []  # "killed by a US drone strike": the noun is the other event's means, not an event of its own;
        # "hit by protests by caste groups": a protest is no weapon, it stays the act it names
    if clause.kind == "noun" and clause.lemma in _FORCES_ONLY_NOUNS and not _done_by_forces(ctx, clause):
        return []  # "a clean sweep in the elections", "video surveillance showed": no police act
    sources, targets = (ctx.actors(clause.subject, acting=True), []) if declared is not None \
        else _participants(ctx, k, clause, cameo, base)
    if camera is not None:  # "a photojournalist covering the protest", "filmed the clashes": the act is not the recorder's
        sources = [a for a in sources if not _press(a.name.lower().split())]
    if speech:  # a speech is addressed to its audience, not to where it is given ("spoke to reporters at the White House")
        targets = [] if posted else [a for p, np in clause.preps if p in ("to", "before") for a in ctx.actors(np)]
    if not sources and cameo.startswith(_MUTUAL):
        sides = _between(ctx, clause)
        if len(sides) > 1:  # "clashes between police and protesters", "talks between Chile and Peru": each with the other
            sources, targets = sides, []
    if not sources:
        if not (clause.voice == "passive" or clause.kind == "noun" or _count_of_pronoun(ctx, clause.subject)) or not targets:
            return []
        if clause.kind == "noun" and _told_by_verb(ctx, clause, cameo, targets):
            return []  # "Workers went on strike against the government": one act, the verb's (with its actor)
        sources = [NOBODY]  # "two men were arrested", "the bombing of X", "some of them threw stones at police":
        # no actor named, the target kept
    # an announced cooperative act keeps its kind ("will withdraw troops" is a withdrawal, coded 0356 AGREE)
    kind = "win" if declared is not None else event_type(base) if cameo.startswith("03") and base != cameo else event_type(cameo)
    if verb_kind == "movement":
        kind = "movement"
    if speech:
        kind = "statement" if posted else "speech"  # as the nouns "speech" and "address" are; a post as a quote is
    party = _debaters_party(doc, clause)
    if party is not None:  # "GOP candidates debated on Thursday": they held a debate (no CAMEO code), the party's
        cameo, kind = "", "debate"
        if party:
            sources = [Actor(party, "organization", "US")]
    category, mode = codes.plover(cameo) if cameo else ("", "")
    name, goldstein = code(cameo)
    moving = verb_kind == "movement" or sends_forces(clause)
    place, basis = place_of(ctx, clause, sources, targets, moving=moving, cameo=cameo)
    if verb_kind == "movement" and basis != "clause":
        return []  # "heading for Kuwait": a movement is an event only towards a place
    if declared is not None:
        place = _contest_place(doc, declared)  # the contest's place, not where the count was declared
        basis = "clause" if place else ""
    when = date_of(ctx, clause, cameo)
    if basis == "narrative" and when.basis in ("story", "publication"):
        when = _scene_day(ctx, ctx.scenes.get(clause.start, -1)) or when
    end = declared.end("winner") if declared is not None else clause.end  # "was declared the winner": the act's words
    action = doc.text[clause.group_start : end] if clause.kind == "verb" else doc.text[clause.start : end]
    if len(sources) > 1 and cameo.startswith(_MUTUAL) and not cameo.startswith("19") and clause.voice != "passive" \
            and targets and all(_unnamed_people(t) for t in targets):
        # "X and Y agreed to share information on missing people": agreed with each other, not with the missing. Not
        # force ("Soldiers and police attacked protesters": the protesters are attacked) nor a passive, whose subject
        # is whom the act was done to ("The rebels were attacked by soldiers and police")
        targets = []
    out = []
    # "X and Y failed to reach agreement", "refused to meet": a mutual act refused is refused by each to the other
    mutual = base if cameo.startswith("12") and base.startswith(_MUTUAL) else cameo
    pairs = reciprocal(sources, targets, mutual, aimed_at_thing=_aimed_at_thing(ctx, k, clause),
                       fight=clause.lemma in _FIGHTS or bool(_between(ctx, clause)), apart=_done_apart(ctx, clause))
    for actor, target in pairs:
        if target.name and target.name == actor.name:
            if any(a == actor and t.name != actor.name for a, t in pairs):
                continue
            target = NOBODY  # "Trump visited the state", "the state" read as Trump himself: the act stays, aimed at no one named
        here = (_destination(ctx, clause, target) or place) if moving and len(targets) > 1 and basis == "clause" else place
        out.append(Event(
            stable_id("e", clause.start, clause.end, kind, actor.name, target.name), when.date, when.precision, when.basis, when.text,
            actor.name, actor.kind, action, kind, cameo, name, goldstein, target.name, here, "article",
            ctx.sent.sentence_id, clause.group_start if clause.kind == "verb" else clause.start, end,
            actor.country, target.kind, category, mode, "", basis, party or "",
        ))
    return out


# Who, debating with no object, held a debate ("The Republican presidential candidates debated on Tuesday night"):
# candidates of a presidential campaign, the subject saying "presidential". "Lawmakers debated the bill", "Republicans
# debated whether to cut taxes" discuss a thing; "Hamas and Fatah rivals", "Job candidates", "GOP Senate candidates"
# debated in no presidential campaign.
_DEBATERS = frozenset("candidates contenders hopefuls rivals nominees challengers".split())
# What may follow "debated" when it tells a debate held: the sentence's end, or when and where ("on Tuesday night",
# "in Las Vegas", "again"); not what about ("whether", "over taxes", "about immigration", "for hours").
_DEBATE_HELD_NEXT = compile_on_use(r"\s*(?:[.;:,!?)\u2014-]|$|(?:on|in|at(?! length)|again|tonight|onstage|last|this|twice|"
                               + _WEEKDAY_WORDS + r")\b)", re.IGNORECASE)


def _debaters_party(doc: Document, clause: Clause) -> str | None:
    """For a presidential campaign's candidates who "debated" with no object, the party their words name ("GOP
    presidential candidates": "Republican Party"; "" for "the presidential candidates" or when both parties are
    named); None for any other clause ("debated the bill", "senators debated", "will debate", "the candidates
    debated" or "Republican candidates for mayor debated", no presidential campaign named)."""
    subject = clause.subject
    if clause.kind != "verb" or clause.lemma != "debate" or clause.object is not None or clause.voice != "active" \
            or clause.modality or subject is None:
        return None
    if subject.head not in _DEBATERS or not _DEBATE_HELD_NEXT.match(doc.text, clause.end):
        return None
    words = {re.sub(r"['’]s?$", "", w).lower() for w in doc.text[subject.start : subject.end].split()}
    if "presidential" not in words or _OTHER_OFFICES & words:
        return None  # "Republican Senate candidates", "vice presidential candidates": no presidential debate
    parties = party_words()
    named = {parties[w] for w in words if w in parties}
    if len(named) != 1 or {"and", "or", "&"} & words:
        return ""  # "Republican and Democratic candidates", "Republican and Green Party candidates": no one party's
    return named.pop()


# Offices other than the presidency, whose candidates' debates are no presidential debate.
_OTHER_OFFICES = frozenset("senate senatorial house congressional gubernatorial mayoral mayor governor council "
                           "legislative assembly vice".split())


def _code(ctx: _Context, k: int, clause: Clause) -> tuple[str, str, str]:
    """The clause's CAMEO code under its modal frame, "movement" for a verb of motion, and the code before the frame."""
    if clause.kind == "noun":
        host = ctx.clauses[clause.host] if clause.host >= 0 else None
        coded = codes.noun_code(clause.lemma.split(), after=list(clause.after))
        first = next(((p, np) for p, np in clause.preps if p not in ("by", "from")), None)
        if clause.lemma in _CALLS and first is not None and first[0] == "for" and not _length_of_time(ctx, first[1]):
            coded = codes.verb_code("call for")  # "calls by Belarus's rulers for economic aid": an appeal, as the verb
            # "called for" is, not a telephone call (041); "a call for 90 minutes" is how long one lasted
        if coded.startswith("19") and _labour_strike(ctx, clause):
            coded = "143"  # "went on strike", "a four-day strike", "a strike by teachers": workers stopping work
        hosted = ctx.code(host) if host is not None else ""
        if hosted and hosted != codes.NO_EVENT and hosted[:2] == coded[:2]:
            return codes.NO_EVENT, "", ""  # "launched an attack on": the verb, read with its noun, carries the event
        if hosted.startswith("16") and coded[:2] in ("03", "04", "05", "06", "07", "08") \
                or hosted == _DE_ESCALATION and coded[:2] in _FORCE:
            return codes.NO_EVENT, "", ""  # "halted gas deliveries", "suspended talks", "ended their offensive": what
            # is stopped is not done
        return coded, "", coded
    raw = ctx.code(clause)
    if raw not in (codes.NO_EVENT, "move") and not raw.startswith(_VERBAL_FAMILIES) and _is_cue(clause.lemma) \
            and _object_is_complement_subject(ctx, k, clause):
        raw = codes.NO_EVENT  # "Police said the attack killed two men": what was said, not an attack by the police
    if raw == "move":
        # "… will withdraw troops. Most were reported to be heading for Kuwait": the movement the text
        # already coded, but not the frame it was said in (an intent, demand, refusal or threat)
        inherited = next((e.cameo for e in reversed(ctx.earlier[-8:])
                          if e.event_type in _MOVES and e.cameo and not codes.family_modality(e.cameo)), "")
        # (with none before, forces sent somewhere are deployed, CAMEO 154: "moved troops into Ukraine")
        fallback = "154" if sends_forces(clause) else "0874"
        return inherited or fallback, "movement", inherited or fallback
    if clause.lemma == "blow up" and clause.object is None and any(
            p == "at" and any(a.kind != "country" for a in ctx.actors(np)) for p, np in clause.preps):
        raw = codes.NO_EVENT  # "the boss blew up at reporters": anger at someone, no bombing
    if raw in (codes.NO_EVENT, _MILITARY_COOPERATION) and clause.lemma in ("send", "dispatch") and sends_forces(clause):
        # "sent its forces to Mali", "troops were sent to Camp Taji": a deployment, as "deployed" is (the dictionary
        # reads "send troops" as military cooperation and "send forces" as nothing)
        raw = _DEPLOYMENT
    if clause.lemma in ("rip", "tear") and clause.object is None and _into_named_person(ctx, clause):
        raw = "111"  # "ripping into President Obama": harsh words on a person; not "tore into government positions"
    if clause.lemma == "want" and clause.object is not None and any(o.demand_by == k for o in ctx.clauses):
        raw = "100"  # "wants Britain and France to answer": wanting others to act asks them to, as "urged … to" does
    base = codes.as_request(raw)
    result = codes.compose(base, clause.modality) if raw != codes.NO_EVENT else raw
    if raw == codes.NO_EVENT and clause.modality == "demand" and clause.report >= 0:
        return "100", "", "100"  # "declared that China must drop barriers": what must be done is the reporter's demand
    if clause.governor_lemma and clause.modality in _FRAME_CODES and (raw == codes.NO_EVENT or result == base):
        # "agreed to postpone", "threatened to <an act the lexicon does not code>", "refused to respond":
        # the frame itself is the event when the act it governs adds nothing codable
        if raw == codes.NO_EVENT or not (clause.modality == "intent" and base[:2] in ("13", "14", "15", "16", "17", "18", "19", "20")):
            result = _FRAME_CODES[clause.modality]
    return codes.as_request(result), "", base


_MILITARY_COOPERATION, _DEPLOYMENT, _DE_ESCALATION = "062", "154", "087"
_CALLS = frozenset(("call", "calls"))
# Units of time a "for" phrase measures a length in ("a call for 90 minutes", "calls for weeks"): no appeal.
_DURATIONS = frozenset("second seconds minute minutes hour hours day days night nights week weeks month months "
                       "year years decade decades".split())
_DESTINATION_PREPOSITIONS = ("to", "toward", "towards", "into")


def _length_of_time(ctx: _Context, phrase: Phrase) -> bool:
    """Whether a "for" phrase measures how long something lasted ("a call for 90 minutes", "calls for weeks"): a unit of
    time not followed by "of" or "to" ("calls for days of rage", "calls for months to release his tax returns" ask
    for something)."""
    if phrase.head not in _DURATIONS:
        return False
    words = ctx.doc.norm[phrase.start : phrase.end].lower().split() + ctx.doc.norm[phrase.end :].lower().split()[:1]
    unit = next((i for i, w in enumerate(words) if w in _DURATIONS), len(words))
    return unit + 1 >= len(words) or words[unit + 1] not in ("of", "to")


def _destination(ctx: _Context, clause: Clause, target: Actor) -> str:
    """"deployed soldiers to Mali, Chad and Niger": the place a destination phrase names for this target, where its
    own event (and movement) goes, as its location row is named ("" when the phrase does not name it)."""
    for prep, np in clause.preps:
        if prep in _DESTINATION_PREPOSITIONS:
            for m in ctx.doc.mentions_in(np.start, np.end):
                if m.kind in ("place", "country") and m.name == target.name:
                    return located_name(ctx.doc, m)
    return ""


def _into_named_person(ctx: _Context, clause: Clause) -> bool:
    """"ripping into President Obama": someone who can speak rips into a phrase that ends with a person's name, and
    no weapon is said ("tore into the victim with a knife", "tore into government positions" are blows; "shrapnel
    tore into Tom Ward" has no speaker; "ripped into President Assad's palace" into a building)."""
    if any(p == "with" for p, _ in clause.preps) or (clause.subject is not None and not _agentive(ctx, clause.subject)):
        return False
    return any(p == "into" and _ends_with_person(ctx, np) for p, np in clause.preps)


def _ends_with_person(ctx: _Context, phrase: Phrase) -> bool:
    end = len(ctx.doc.norm[phrase.start : phrase.end].rstrip(" ,.;:"))
    return any(m.kind == "person" and m.end == phrase.start + end for m in ctx.doc.mentions_in(phrase.start, phrase.end))


def _labour_strike(ctx: _Context, clause: Clause) -> bool:
    """A strike by workers, not a military one: "on strike", "a general strike", "a four-day strike", "a strike by
    teachers" (the words right before the noun or its "by" phrase say so)."""
    if clause.lemma.split()[-1] not in ("strike", "strikes"):
        return False
    before = [t.text.lower() for t in ctx.doc.tokens_in(max(ctx.sent.start, clause.start - 30), clause.start)[-1:]]
    if before and (before[0] in _LABOUR_STRIKE_WORDS or before[0].endswith(("-day", "-hour", "-week", "-month"))):
        return True
    if len(clause.after) > 1 and clause.after[0] == "by" and codes.agent_sector([clause.after[1]]) in _LABOUR_SECTORS:
        return True
    # "Workers resumed their strike", "Nurses continued the strike": a verb that carries on one's own act carries
    # its workers' strike. Only those verbs: workers who survive, film or fear a strike live through someone else's
    # ("Aid workers survived the air strike on the hospital"), and a weapon before the noun makes it a military one.
    host = ctx.clauses[clause.host] if clause.host >= 0 else None
    if host is None or host.kind != "verb" or host.voice != "active" or host.subject is None \
            or host.lemma not in _CARRY_ON_VERBS | _INTENSIFYING or clause.owner is not None or _agentive(ctx, clause.agent) \
            or ctx.code(host) != codes.NO_EVENT:
        return False
    # ("air-launched": a part of a hyphenated word; "pre-emptive": the word without its hyphen, whose "pre" alone is
    # no weapon: "their pre-Christmas strike" is the workers')
    between = ctx.doc.norm[host.end : clause.start].lower().split()
    if _any_weapon_word(between):
        return False
    return _labour_subject(ctx, host.subject)


def _stepped_up_by_host(ctx: _Context, clause: Clause) -> bool:
    """Whether a noun is the object of an intensifying verb whose subject does more of the act ("Rebels stepped up
    attacks", "Israel intensified air strikes on Gaza"): the act is the subject's, as after a light verb."""
    host = ctx.clauses[clause.host]
    return host.kind == "verb" and host.lemma in _INTENSIFYING and host.voice == "active" and host.object is not None \
        and host.object.start <= clause.start < host.object.end and ctx._steps_up_own_act(host)


def _labour_subject(ctx: _Context, phrase: Phrase | None) -> bool:
    """Whether a subject is workers of a sector that strikes ("nurses", "teachers") or a labour union written in lower
    case ("the unions", "the teachers' union"; "the European Union" is a name)."""
    if phrase is None:
        return False
    subject = ctx.doc.norm[phrase.start : phrase.end].split()
    return codes.agent_sector([w.lower() for w in subject]) in _LABOUR_SECTORS or subject[-1:] in (["union"], ["unions"])


_LABOUR_STRIKE_WORDS = frozenset("on general hunger labour labor nationwide national indefinite open-ended rolling warning wildcat sit-down "
                                 "teachers workers doctors nurses union day week month".split())
_LABOUR_SECTORS = ("LAB", "EDU", "HLH")
# Verbs that carry on or take up one's own act ("resumed their strike", "joined the strike", "launched a strike",
# "called a strike").
_CARRY_ON_VERBS = frozenset("resume continue extend begin start join prolong launch call".split())  # ("called a strike")
# Words before "strike" that make it a military one ("the air strike", "a drone strike").
_WEAPON_WORDS = frozenset("air airstrike drone missile missiles rocket rockets artillery mortar bomb bombing "
                          "military naval nuclear precision retaliatory surgical preemptive".split())


def _military_strike(ctx: _Context, phrase: Phrase | None) -> bool:
    """Whether a phrase is headed by "strike" with a weapon before it ("air strikes", "a drone strike", "its missile
    strike"): never a labour strike."""
    if phrase is None or phrase.head not in ("strike", "strikes"):
        return False
    words = ctx.doc.norm[phrase.start : phrase.end].lower().split()
    return phrase.head in words and _any_weapon_word(words[: words.index(phrase.head)])


_AERIAL = "195"  # CAMEO 195 Employ aerial weapons


def _any_weapon_word(words: list[str]) -> bool:
    """Whether a word names a weapon, whole or as a part of a hyphenated word ("air-launched"), or without its hyphen
    ("pre-emptive": "pre" alone is no weapon)."""
    return any(w.replace("-", "") in _WEAPON_WORDS or any(part in _WEAPON_WORDS for part in w.split("-")) for w in words)


# The code of a modal frame on its own: express intent, demand, reject, threaten.
_FRAME_CODES = {"intent": "030", "demand": "100", "refuse": "120", "threaten": "130"}


def _object_is_complement_subject(ctx: _Context, k: int, clause: Clause) -> bool:
    """The phrase after a speech verb is the subject of the clause it reports, not its object."""
    if clause.object is None:
        return False
    span = (clause.object.start, clause.object.end)
    return any(o.report == k and o.subject is not None and (o.subject.start, o.subject.end) == span for o in ctx.clauses)


def _alleged(ctx: _Context, k: int, clause: Clause) -> bool:
    """A gerund after "for" or "of" that follows an accusation, investigation or legal act in its sentence ("accused
    Chile of expelling", "of having expelled")."""
    if clause.kind != "verb":
        return False
    group = ctx.doc.norm[clause.group_start : clause.end].lower().split()
    hedged = len(group) > 1 and group[0] in _HEDGING_ADVERBS  # "arrested for allegedly stealing"
    trigger = group[1] if hedged else group[0]
    if clause.group_start != clause.start and trigger not in ("having", "being") and not hedged:
        return False
    words = ctx.doc.tokens_in(max(ctx.sent.start, clause.group_start - 12), clause.group_start)
    if not (trigger.endswith("ing") and words and words[-1].text.lower() in ("for", "of")):
        return False
    charging = [other for other in ctx.clauses[:k] if other.kind == "verb" and ctx.code(other).startswith(_CHARGING)]
    if charging and not hedged and words[-1].text.lower() == "for" and ctx.code(charging[-1]) == _CRITICISE \
            and _criticised_did(ctx, charging[-1], clause):
        return False  # "condemned Chile for expelling three diplomats": a criticism "for" an act takes the act as done
    return bool(charging)


def _criticised_did(ctx: _Context, criticism: Clause, clause: Clause) -> bool:
    """Whether the one criticised (the object, or the "at"/"against" phrase) is the gerund's subject, and is no act
    itself ("condemned the arrest of a man for stealing": the man's stealing is only alleged)."""
    said = [criticism.object] + [np for p, np in criticism.preps if p in ("at", "against")]
    subject = clause.subject
    return subject is not None and any(np is not None and (np.start, np.end) == (subject.start, subject.end) for np in said) \
        and not any(t.text.lower() in codes.lexicon().nouns for t in ctx.doc.tokens_in(subject.start, subject.end))


# Words that make the act after them only alleged ("for allegedly stealing", "of reportedly helping").
_HEDGING_ADVERBS = frozenset("allegedly reportedly supposedly purportedly apparently".split())


# Acts whose "for …ing" or "of …ing" phrase is what someone is charged with: investigate, accuse, coerce and arrest.
_CHARGING = ("09", "11", "17")
# Criticise or denounce (CAMEO 111), whose "for" names what the criticised one did, as praise's does ("praised for
# rescuing"); an accusation (112: "accused Chile of expelling", "blamed Chile for expelling"), an inquiry or an arrest
# only alleges it.
_CRITICISE = "111"


def _denies(clause: Clause) -> bool:
    """Whether a reporting verb denies what it reports ("denied", "refuted": the lexicon's own code 016, deny
    responsibility)."""
    return clause.kind == "verb" and codes.own_code(clause.lemma) == "016"


def _inside_complement(ctx: _Context, clause: Clause, reporter: Clause) -> bool:
    """Whether ``clause`` stands inside what ``reporter`` reports, which ends where the reporter's own clause does: at
    the comma that closes a relative clause it sits in ("The army, which has denied any wrongdoing, attacked the
    village": the attack is the army's own act) or at a "but" that a verb follows ("denied that it had attacked the
    village but admitted …": the admission is not denied; "denied that its troops, but not its mercenaries, had
    attacked …" is one complement)."""
    text = ctx.doc.norm
    opener = ctx.doc.tokens_in(max(ctx.sent.start, reporter.group_start - 20), reporter.group_start)
    relative = bool(opener) and opener[-1].text.lower() in ("who", "which") \
        and text[ctx.sent.start:opener[-1].start].rstrip().endswith(",")
    stop = ctx.sent.end
    groups = {o.group_start for o in ctx.clauses if o.kind == "verb"}
    for but in _BUT.finditer(text, reporter.end, ctx.sent.end):
        after = ctx.doc.tokens_in(but.end(), ctx.sent.end, 3)
        verb = next((t for t in after if t.text.lower() not in ADVERBS), None)
        if after and (after[0].start in groups or (verb is not None and verb.start in groups)):  # "but (later) admitted"
            stop = but.start()
            break
    if relative:
        comma = text.find(",", reporter.end, stop)
        stop = comma if comma >= 0 else stop
    return clause.start < stop


_BUT = compile_on_use(r"\bbut\b")


def _demands(clause: Clause) -> bool:
    return clause.kind == "verb" and codes.family_modality(codes.own_code(clause.lemma)) == "demand"


# Verbal acts that are events of their own when a speech verb reports them ("warned", "urged", "accused",
# "praised", "denied"); a plain report ("said", "added", "told") is not: its quote or complement is.
_VERBAL_FAMILIES = ("02", "03", "05", "10", "11", "12", "13", "016")


def _event_code(ctx: _Context, clause: Clause) -> str:
    coded = _verb_code(ctx, clause)
    if clause.kind == "verb" and clause.lemma in _MARCHING and coded.startswith("14") and _armed(ctx, clause.subject) \
            and any(p == "against" and _armed(ctx, np) for p, np in clause.preps):
        return _FORCES_MARCH  # "Rebel forces marched against government troops": an armed move, no protest
    if clause.kind == "verb" and coded not in (codes.NO_EVENT, "move") and _is_cue(clause.lemma):
        # a speech verb that reports ("added that …", "said on Tuesday") is no act; one with an object is ("charged Berg")
        acts = clause.object is not None or any(p not in ("on", "in", "at", "to") for p, _ in clause.preps)
        if not coded.startswith(_VERBAL_FAMILIES) and not acts:
            return codes.NO_EVENT
    return coded


def _yes_no_question(ctx: _Context) -> bool:
    """Whether the clause stands in a sentence that asks whether something is so: it opens with an auxiliary and ends
    with a question mark ("Did the unions demand …?", "Has Chile recalled its envoy?"), and tells no event. A question
    of who, why or where ("Why did the unions demand …?") takes the act as done and is left alone, as is a statement
    with a tag ("Chile recalled its envoy, did it not?")."""
    text = ctx.doc.norm[ctx.sent.start : ctx.sent.end].strip()
    first = text.split(maxsplit=1)[0].lower().replace("’", "'") if text else ""  # (a typographic apostrophe: "Aren’t")
    return text.endswith("?") and first in _QUESTION_OPENERS


# the words a yes/no question opens with: the clause reader's auxiliaries, and their negated forms (every
# auxiliary and modal that takes "n't": "Aren't the rebels attacking …?", "Couldn't Russia attack …?")
_QUESTION_OPENERS = AUXILIARIES | frozenset(
    "didn't doesn't don't isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't "
    "shouldn't mustn't".split())


_MARCHING = frozenset(("march", "demonstrate"))
# armed forces marching against armed forces show force (CAMEO codebook 15, exhibit force posture; the dictionary's march
# block reads troops after the verb as 152), they do not protest (141)
_FORCES_MARCH = "152"
_ARMED_SECTORS = frozenset(("MIL", "REB", "UAF"))


def _armed(ctx: _Context, phrase: Phrase | None) -> bool:
    """Whether a phrase names armed men: its head is soldiers', rebels' or fighters' ("rebel forces", "government
    troops", "insurgents") or "forces"."""
    if phrase is None:
        return False
    words = ctx.doc.norm[phrase.start : phrase.end].lower().split()
    return bool(words) and (words[-1] == "forces" or codes.agent_sector(words) in _ARMED_SECTORS)


# A person "declared", "projected" or "named the winner" won a contest: the win of the passive's subject ("Ted Cruz was
# declared the winner of the Iowa caucuses"), not a decree (010) or an act of the unnamed declarers. Only the winner of
# a named vote, its names then the vote's noun ("of the Iowa caucuses", "of the New Hampshire Democratic primary"): a
# lottery, a match, a prize or a debate "in Ohio" is no contest, and a bare "the winner" may be of anything.
_DECLARING = frozenset(("declare", "project", "name", "call", "proclaim"))
_DECLARED_WINNER = compile_on_use(r"\s+(?:the\s+)?(?:apparent\s+|projected\s+|clear\s+|outright\s+)?(?P<winner>winner|victor)\b"
                              r"(?P<of>\s+(?:of|in)\s+[^,;.]{1,60})?", re.IGNORECASE)
# The vote's noun ends the phrase (then its end, a comma or a preposition: "of the Iowa caucuses on Monday", not "of the
# Ohio primary school quiz"), and each word before it is a place's or a party's ("the New Hampshire Democratic
# primary", "the presidential election"; not "the Chess Club elections", "the Miss Ohio election").
_OF_A_NAMED_VOTE = compile_on_use(r"\s+of\s+the\s+(?P<names>(?:[\w.'’-]+\s+){1,4}?)(?:" + VOTE_NOUNS + r")"
                              r"(?=\s*$|\s+(?:" + AFTER_VOTE_NOUN + r")\b)")
_VOTE_MODIFIERS = frozenset("democratic republican gop democrats republicans presidential general party state".split())


def _declared_winner(doc: Document, clause: Clause) -> re.Match | None:
    """The words "the winner of …" after a passive that declares its subject the winner of a named vote, or None."""
    if clause.kind != "verb" or clause.voice != "passive" or clause.lemma not in _DECLARING or clause.negated \
            or clause.modality or clause.subject is None:
        return None
    said = _DECLARED_WINNER.match(doc.norm, clause.end)
    if said is None or not said.group("of"):
        return None
    return said if _named_vote_state(said.group("of")) is not None else None


def _named_vote_state(of: str) -> str | None:
    """The state or country "of the … primary" names ("" for "of the presidential election"), or None when the words
    before the vote's noun are not a place's, a party's or a year ("of the Chess Club elections")."""
    named = _OF_A_NAMED_VOTE.match(of)
    if named is None:
        return None
    rest = [w for w in named.group("names").split() if w.lower() not in _VOTE_MODIFIERS and not re.fullmatch(r"(?:19|20)\d\d", w)]
    if not rest:
        return ""
    place = reference.gazetteer().lookup(" ".join(rest))
    return place.name if place is not None and place.kind in ("province", "country") else None


def _contest_place(doc: Document, said: re.Match) -> str:
    """The place named in what a winner was declared the winner of ("of the Iowa caucuses"), or ""."""
    if not said.group("of"):
        return ""
    return next((m.name for m in doc.mentions_in(*said.span("of")) if m.kind in ("place", "country")), "") \
        or _named_vote_state(said.group("of")) or ""  # "Ohio Republican" may read as a person's name


# Speaking to or before an audience, or at a gathering, is a statement (CAMEO 010) though no words are quoted ("spoke
# to reporters", "spoke before the crowd", "speaking at a rally in Iowa"): "speak" reports no words of its own, so the
# reporting verbs' rule (no act without an object) leaves it out. Only when the phrase's head is an audience or a
# gathering noun ("spoke to her lawyer", "to the police", "to the issue", "before the vote" are talks or idioms); not
# with a quote in its sentence or the next, which is the statement.
_STATEMENT = "010"
_AUDIENCES = frozenset("reporters journalists crowd crowds supporters audience gathering rally convention delegates "
                       "students nation coalition committee congress lawmakers voters".split())
# Testifying is speaking before a hearing, whoever hears it ("testified before the committee", "testified on
# Thursday"): a statement (CAMEO 010) unless its words are quoted, which are then the statement; one still to come
# ("will testify") is left out, as a speech to come is.
_TESTIFYING = "testify"
_GATHERINGS = frozenset("rally rallies convention gathering funeral conference ceremony vigil commencement".split())
_AUDIENCE_HEADS = {"to": _AUDIENCES, "before": _AUDIENCES, "at": _GATHERINGS}


def _addresses_an_audience(doc: Document, clause: Clause) -> bool:
    if clause.lemma not in ("speak", _TESTIFYING) or clause.negated or clause.modality or clause.voice != "active":
        return False
    if _quote_in_sentence(doc, clause) or _quote_in_sentence(doc, clause, ahead=1):
        return False
    if _UNNAMED_SOURCE.search(doc.norm, clause.end, doc.sentences[clause.sentence].end):
        return False  # "an official who spoke to reporters on condition of anonymity": a source, no speech
    return clause.lemma == _TESTIFYING or any(np.head in _AUDIENCE_HEADS.get(p, ()) for p, np in clause.preps)


_UNNAMED_SOURCE = compile_on_use(r"\b(?:anonymity|anonymously|on background|not authorized|not authorised)\b", re.IGNORECASE)
# Sharing another's post on Twitter is a statement (010) of the one who shares it: "Trump retweeted a quote on Sunday".
# ("Tweeted" is a reporting verb: its words, quoted or not, are already the quotes' statement.) Not with a quote in its
# sentence, which is the statement; what was shared is no target.
_POSTING = frozenset(("retweet",))


def _posted(doc: Document, clause: Clause) -> bool:
    if clause.lemma not in _POSTING or clause.negated or clause.modality or clause.voice != "active" or clause.object is None:
        return False
    return not _quote_in_sentence(doc, clause)


def _quote_in_sentence(doc: Document, clause: Clause, ahead: int = 0) -> bool:
    """Whether a quote's words are in the clause's sentence, or the one ``ahead`` sentences on (then the quote is the
    statement: "Jane Doe spoke to supporters. 'We will win,' she said.")."""
    if clause.sentence + ahead >= len(doc.sentences):
        return False
    sent = doc.sentences[clause.sentence + ahead]
    return any(q.content_start < sent.end and sent.start < q.content_end for q in doc.quote_spans)


def _is_cue(lemma: str) -> bool:
    cues = reference.cues()
    return lemma in cues or any(form in cues for form in (lemma + "ed", lemma + "d", lemma + "s"))


def _subject_is_anothers_object(ctx: _Context, verb: Clause) -> bool:
    """"The judge told Marsh before announcing the sentence": a participle's subject read off the object before it
    is not who acts."""
    subject = verb.subject
    return subject is not None and any(o is not verb and o.object is not None and (o.object.start, o.object.end) ==
                                       (subject.start, subject.end) for o in ctx.clauses)


def _at_camera_work(ctx: _Context, clause: Clause) -> Clause | None:
    """The verb of a press worker's camera work a clause is, or a noun event is told inside: "A cameraman shoots footage",
    "the photographer took pictures of the crowd", "captured the moment police charged", "a photojournalist covering the
    protest", "filmed the clashes". Not a person shot or taken ("The photographer shot a protester"; a passive)."""
    if clause.kind == "verb":
        return clause if _camera_work(ctx, clause) else None
    verb = next((v for v in ctx.clauses if v.kind == "verb" and v.start < clause.start < v.clause_end and _camera_work(ctx, v)), None)
    if verb is not None:
        return verb
    before = ctx.doc.norm[ctx.sent.start : clause.start].lower().split()[-4:]  # "a photojournalist covering the protest"
    at = next((k for k, w in enumerate(before) if k and w in _CAMERA_VERBS), None)
    return clause if at is not None and _press(before[:at]) else None


def _camera_work(ctx: _Context, verb: Clause) -> bool:
    if verb.lemma not in _CAMERA_VERBS or verb.voice != "active" or verb.subject is None:
        return False
    if not _press(ctx.doc.norm[verb.subject.start : verb.subject.end].lower().split()):
        return False
    if verb.object is None:
        return True
    words = ctx.doc.norm[verb.object.start : verb.object.end].lower().split()
    words = words[: next((k for k, w in enumerate(words) if k and w in PREPOSITIONS), len(words))]
    return any(w.strip(".,") in _PICTURE_NOUNS for w in words) or not ctx.actors(verb.object)


# A camera's work ("shoots footage", "took pictures", "covering the protest"), in every form, and what it yields.
_CAMERA_VERBS = frozenset("shoot shoots shot shooting take takes took taken taking capture captures captured capturing "
                          "film films filmed filming snap snaps snapped snapping record records recorded recording "
                          "photograph photographs photographed photographing videotape videotaped videotaping "
                          "cover covers covered covering".split())
_PICTURE_NOUNS = frozenset("footage picture pictures photo photos photograph photographs image images scene scenes "
                           "moment video videos shot shots snapshot snapshots clip clips".split())


def _announces_own_act(ctx: _Context, clause: Clause, cameo: str) -> bool:
    """"Italy announced a suspension of air links": the announcer's own act; not "state TV announced the killing of
    Soleimani" (media tell others' acts) nor "announced the withdrawal of US troops" (the "of" phrase names who goes)."""
    host = ctx.clauses[clause.host]
    if host.lemma not in _ANNOUNCING or cameo.startswith(_SPEAKING_FAMILIES) or _subject_is_anothers_object(ctx, host):
        return False
    if cameo.startswith(_DONE_BY_OF) and any(p == "of" and ctx.actors(np) for p, np in clause.preps):
        return False
    subject = host.subject
    words = ctx.doc.norm[subject.start : subject.end].lower().split() if subject is not None else []
    return not _press(words)


def _visited_named_before(ctx: _Context, clause: Clause, cameo: str) -> list[Actor]:
    """The country a visit noun's modifier names ("a US tour", "his China visit"), not its owner ("Iran's visit")."""
    owner = clause.owner
    if not cameo.startswith(_VISITS) or owner is None or ctx.doc.norm.startswith(("'s", "’s", "'", "’"), owner.end):
        return []
    if any(p in _DESTINATION_PREPOSITIONS for p, _ in clause.preps):
        return []  # "a rare Iranian presidential visit to Iraq": the place after "to" is visited, the word before is whose
    return [a for a in ctx.actors(owner) if a.kind == "country"]


_VISITS = ("042", "043")  # make a visit, host a visit


def _subject_around(ctx: _Context, clause: Clause) -> list[Actor]:
    """The subject of the verb clause a noun is told in ("X is coming to the end of a tour"), when it names someone."""
    around = [c for c in ctx.clauses if c.kind == "verb" and c.group_start <= clause.start < c.clause_end]
    if not around or around[-1].voice != "active" or around[-1].subject is None:
        return []  # ("the statements made during his British trip": not the statements' visit)
    return ctx.actors(around[-1].subject)


def _harmed_in(ctx: _Context, noun: Clause) -> list[Actor]:
    """Those a passive verb of force says were harmed in the act an event noun of force names ("Villagers were killed
    in airstrikes following an ambush by insurgents": the airstrikes hit the villagers)."""
    for verb in ctx.clauses:
        if verb.kind == "verb" and verb.voice == "passive" and ctx.code(verb)[:2] in ("18", "19", "20") \
                and any(p == "in" and np.start <= noun.start < np.end for p, np in verb.preps):
            return ctx.actors(verb.subject)
    return []


def _inside_other(ctx: _Context, clause: Clause) -> bool:
    """An event noun inside another event's agent or owner phrase ("by a US drone strike")."""
    for other in ctx.clauses:
        if other is clause:
            continue
        for phrase in (other.agent, other.owner):
            if phrase is not None and phrase.start <= clause.start < phrase.end:
                return True
    return False


def _what_the_verb_is_in(ctx: _Context, clause: Clause, cameo: str) -> bool:
    """"were engaged in heavy clashes with …": the noun after "engaged in" is the act "engage" already codes."""
    for other in ctx.clauses:
        if other.kind == "verb" and other.lemma == "engage" and ctx.code(other)[:2] == cameo[:2] \
                and any(p == "in" and np.start <= clause.start < np.end for p, np in other.preps):
            return True
    return False


def _purpose_host(ctx: _Context, k: int, clause: Clause) -> Clause | None:
    """The verb right before a "to" infinitive with the same subject ("used tear gas to disperse the crowd"), whose
    event, when it has the same code, actor and target, is the same act told twice."""
    before = ctx.clauses[k - 1] if k > 0 and clause.kind == "verb" else None
    if before is None or before.kind != "verb" or before.subject is None or clause.subject is None:
        return None
    same = (before.subject.start, before.subject.end) == (clause.subject.start, clause.subject.end)
    return before if same and _after_to(ctx.doc, clause) else None


def _told_by_verb(ctx: _Context, clause: Clause, cameo: str, targets: list[Actor]) -> bool:
    """Whether an event noun with no actor of its own is the act a verb already tells: the verb's object or its "on" /
    "in" phrase holds the noun, the verb's code has the noun's root ("went on strike against …": 143 both, the
    workers went; "staged a protest against …"), and the noun adds nothing: the same code, or no target the verb's
    event lacks ("retaliated in airstrikes on Gaza" keeps the airstrikes' 195 on Gaza beside the bare 190; "arrested
    the leaders in a crackdown on the opposition" keeps the crackdown's 175). Another root keeps both ("condemned the
    attack"), as does a "by" or "over" phrase ("arrested over the killing")."""
    for i, other in enumerate(ctx.clauses):
        if other.kind != "verb" or other is clause or ctx.code(other)[:2] != cameo[:2]:
            continue
        phrases = [np for p, np in other.preps if p in ("on", "in")] + ([other.object] if other.object is not None else [])
        if not any(np.start <= clause.start < np.end for np in phrases):
            continue
        if ctx.code(other) == cameo:
            return True
        told, _, base = _code(ctx, i, other)
        told_targets = {t.name for t in _participants(ctx, i, other, told, base)[1]}
        return all(t.name in told_targets for t in targets)
    return False


def _verb_code(ctx: _Context, clause: Clause) -> str:
    if clause.kind != "verb":
        return codes.NO_EVENT
    after = list(clause.after)
    if clause.lemma in _CARRY_ON_VERBS and clause.voice == "active" and clause.object is not None \
            and codes.is_event_noun(clause.object.head):
        # "Doctors began a sit-in at the hospital": a verb carrying on an act reads its patterns on that act's phrase,
        # not on where it is done (the dictionary's "start … hospitals" is opening hospitals, 073)
        after = after[: len(re.findall(r"[\w'-]+", ctx.doc.norm[clause.end : clause.object.end]))]
    if clause.voice == "active" and _military_strike(ctx, clause.object) \
            and (clause.lemma in _STAGING or codes.halted(clause.lemma, _AERIAL)):
        # "staged an air strike on the depot", "suspended its drone strikes": the dictionary's strike patterns read a
        # labour strike (140, or 082 for one called off); a weapon's strike is an act of force, done by its noun after
        # a staging verb, and stopped by a verb of stopping (087, ``_Context.code``)
        return codes.NO_EVENT
    coded = codes.verb_code(clause.lemma, before=list(clause.before), after=after,
                            passive=clause.voice == "passive", agent=_agent_words(ctx, clause))
    if clause.voice == "passive" and _restriction_named(ctx, clause, coded):
        # "Sanctions were imposed on Iran": the restriction the subject names is what the active's object would be
        # ("imposed sanctions on Iran", 163; "a curfew was imposed", 1723), not the bare verb's 170
        words = [codes.stem(w) for w in re.findall(r"[\w'-]+", ctx.doc.norm[clause.subject.start : clause.subject.end].lower())]
        named = codes.verb_code(clause.lemma, after=words + list(clause.after))
        if named.startswith(_LAID_ON):
            return named
    return coded


def _agent_words(ctx: _Context, clause: Clause) -> tuple[int, int] | None:
    """Where a passive's "by" agent lies in the clause's words after the verb: the index of its "by" and how many
    words the agent has (None when there is no agent, or its "by" is not found among those words).

    Only an agent that names someone (a name, a pronoun, an agent noun: "government troops", "Kenya") is left out
    of the patterns: a weapon or a thing ("hit by a missile", "destroyed by a glide bomb") says what the act was,
    as the dictionary's "hit … missile" (195) reads it."""
    agent = _agent_before_charge(ctx, clause)
    if clause.voice != "passive" or agent is None or "by" not in clause.after or not _agentive(ctx, agent):
        return None
    # the agent's own "by", not the first ("was cut by half by the government"): as many as stand from the verb to it
    nth = sum(t.text.lower() == "by" for t in ctx.doc.tokens_in(clause.end, agent.start))
    at = [k for k, w in enumerate(clause.after) if w == "by"]
    return (at[nth - 1] if 0 < nth <= len(at) else at[0]), agent.last - agent.first + 1


def _count_of_pronoun(ctx: _Context, phrase: Phrase | None) -> bool:
    """A subject that is a count of people a pronoun stands for ("some of them", "two of them", "none of us"): they
    acted, but who they are is not resolved (the stop-15 take-back), so the act is kept with no actor named, as an
    agentless passive's is."""
    if phrase is None:
        return False
    return _OF_PRONOUN.match(ctx.doc.norm, phrase.end) is not None


_OF_PRONOUN = re.compile(r"\s+of\s+(?:them|us|those|these)\b", re.IGNORECASE)


def _agent_before_charge(ctx: _Context, clause: Clause) -> Phrase | None:
    """A passive's "by" agent, ended before its "of" when the verb blames (CAMEO 11: accuse, criticise, convict):
    the "of" phrase is the charge, the verb's ("accused by Kenya of war crimes", "convicted by a court of murder"),
    not a part of who blamed. Other verbs keep the whole phrase ("attacked by troops of the government")."""
    agent = clause.agent
    if agent is None or not codes.own_code(clause.lemma).startswith("11"):
        return agent
    toks = ctx.doc.tokens_in(agent.start, agent.end)
    cut = next((i for i, t in enumerate(toks) if t.text.lower() == "of"), 0)
    if cut == 0:
        return agent
    return Phrase(agent.start, toks[cut - 1].end, agent.first, agent.first + cut - 1, toks[cut - 1].text.lower())


def _participants(ctx: _Context, k: int, clause: Clause, cameo: str, base: str = "") -> tuple[list[Actor], list[Actor]]:
    """Source and target actors of a clause (several when the text coordinates them)."""
    if clause.kind == "noun":
        visited = _visited_named_before(ctx, clause, cameo)
        if visited:  # "Crown Prince Mohammed bin Salman is coming to the end of a three-week US tour": the country
            # named before a visit is where it goes, and the one visiting is the subject of the clause it is told in
            return _subject_around(ctx, clause) or _opening_meeting_subject(ctx, clause), visited
        sources = _held_by_subject(ctx, clause) or ctx.actors(clause.owner) or ctx.actors(_noun_agent(ctx, clause))
        if not sources and (clause.lemma in _VERBAL_NOUNS or cameo[:2] in _FORCE):
            # "criticism from President Trump", "backing from the US", "shelling from the rebels": who did it
            sources = next((ctx.actors(np) for p, np in clause.preps if p == "from" and ctx.actors(np)
                            and not _from_not_a_doer(ctx, clause, np, cameo)), [])
        hosted = _verb_code(ctx, ctx.clauses[clause.host]) if clause.host >= 0 else ""
        timed = _told_as_time(ctx, clause)
        shared = timed and _shared_with_partner(ctx, clause, cameo)
        timed_by = timed and not shared
        owned = bool(sources)
        # (below, "not timed_by": "Residents fled the town after the attack", "was playing outside before the airstrike":
        # the happening the clause is timed by is not its subject's act; "flew home after talks with Putin" is: talks,
        # a visit or a deal with a partner named are the subject's own)
        if not sources and not timed_by and clause.host >= 0 and (
                hosted == codes.NO_EVENT or hosted.startswith("01") and clause.lemma in _PROPOSALS
                or ctx.clauses[clause.host].lemma in _LIGHT_VERBS or _announces_own_act(ctx, clause, cameo)
                or _stepped_up_by_host(ctx, clause)) \
                and not _reports(ctx, clause.host) and not _witnesses_act(ctx, ctx.clauses[clause.host]) \
                and not _named_as(ctx, clause):
            # "Police said the attack killed …": not the police's attack ("Residents reported sporadic shooting": nor
            # the residents' shooting, who did it is unknown unless a "by" or "from" phrase says);
            # "repeated its demands", "renewed its offer": a statement of the noun's act is the subject's act
            sources = ctx.actors(ctx.clauses[clause.host].subject)  # "held talks", "launched an offensive": the light verb's subject
        light = _light_host(ctx, clause) if not sources and clause.host < 0 and not timed_by else None
        if light is not None:  # "speeded up the withdrawal of forces": the noun after a light verb's particle
            sources = ctx.actors(light.subject)
        if not sources and clause.host < 0 and cameo.startswith("04") and not timed_by:
            sources = _opening_meeting_subject(ctx, clause)
        if not sources and clause.host < 0 and not timed_by:
            sources = _in_the_act(ctx, clause) or _had_by(ctx, clause)
        if shared and not owned and not all(_negotiates(a) for a in sources):
            sources = []  # "Refugees returned home after the peace deal with the rebels": not theirs to make
        own_forces = cameo.startswith(_OWN_FORCES)
        targets = _prep_targets(ctx, clause, sources, own_forces=own_forces)
        asked = _asked_through_noun(ctx, clause)
        if not targets and asked is not None and cameo.startswith(("02", "10")):
            targets = ctx.actors(asked.subject)  # "its demands that the government grant …": of whom
        if not targets and cameo[:2] in ("18", "19", "20"):
            targets = _harmed_in(ctx, clause)
        if not targets and cameo[:2] in ("17", "18", "19", "20"):  # "the invasion of South Lebanon", "strikes on Ain
            # al-Asad": force used on a place is used on its country (as for a verb's object), unless that is the actor's own
            own = {a.country for a in sources if a.country}
            targets = next(([a for a in _country_of_place(ctx, np) if a.country not in own] for p, np in clause.preps
                            if p in _FORCE_ON_PLACE and _country_of_place(ctx, np)), [])
        if not targets and cameo.startswith("087"):  # "the withdrawal of forces from Panama": the country it leaves
            targets = _other_country(ctx, clause, sources)
        if not targets and clause.lemma in _VERBAL_NOUNS and clause.host >= 0 and _verb_code(ctx, ctx.clauses[clause.host]) == codes.NO_EVENT \
                and not _named_as(ctx, clause):
            names = {a.name for a in sources}  # "Peru won support from Brazil": the one who receives it
            targets = [a for a in ctx.actors(ctx.clauses[clause.host].subject) if a.name not in names]
        if not targets and sources and clause.host >= 0 and hosted == codes.NO_EVENT:
            # "extended their hunger strike to demand the release of X": the act the host verb carries is one
            # with the infinitive after that verb, as for a verb's own ("began a hunger strike to demand …")
            targets = _linked_targets(ctx, clause.host, ctx.clauses[clause.host], sources)
        done_to = _subject_of(ctx, clause)
        if done_to:  # "Chile has been the target of sanctions": Chile is sanctioned, whoever else the noun's act has
            names = {a.name for a in done_to}
            return [a for a in sources if a.name not in names], done_to
        if not targets:
            targets = _placed_under(ctx, clause)
        return sources, targets
    if clause.voice == "passive" and clause.lemma in ("engage", "involve") and clause.agent is None:
        # "forces were engaged in heavy clashes with an armed group": the subject is in the act, with the other side
        sources = ctx.actors(clause.subject)
        names = {a.name for a in sources}
        return sources, next(([a for a in ctx.actors(np) if a.name not in names] for p, np in clause.preps if p == "with"), [])
    if clause.voice == "passive" and clause.agent is None and sends_forces(clause):
        # "200 US troops were sent to Camp Taji": the forces sent are the side deploying, not whom the act is aimed at
        sources = ctx.actors(clause.subject)
        # (where they are sent, not whence: "were sent from Belarus to Ukraine" is aimed at Ukraine)
        return sources, _other_country(ctx, clause, sources, _DESTINATION_PREPOSITIONS) or _other_country(ctx, clause, sources)
    if clause.voice == "passive":
        agent = None if clause.agent is None or _agent_of_timing_noun(ctx, clause, clause.agent) else clause.agent
        # "a curfew was imposed after the attack by gunmen": the gunmen attacked, no one says who imposed it
        sources = ctx.actors(agent) or _means_owner(ctx, clause) or _expelling_country(ctx, clause, cameo) \
            or _authorities_where(ctx, clause, cameo)
        targets = ctx.actors(clause.subject) or _sheltered(ctx, clause)
        if cameo.startswith(_TAKING):  # "weapons seized from UN peacekeepers": whom it was taken from, not what
            targets = _taken_from(ctx, clause, sources) or targets
        if not sources and _restriction_named(ctx, clause, cameo):
            # "A blockade was imposed on Gaza": if the noun gives an event of its own (191), imposing it is no other
            ctx.imposed[clause.group_start] = (clause.subject.start, clause.subject.end)
        if _opening_act_noun(ctx, clause.subject):
            targets = []  # "Sanctions were imposed on Iran": the act, its capital read as a name, is laid on no one
        if not targets and _restriction_named(ctx, clause, cameo):
            # "a curfew was imposed in Kalo", "sanctions were imposed on Iran": a restriction is laid on the place or
            # state named, as when the imposer is the subject ("imposed a curfew in Kalo"), never on itself
            targets = _restricted_place(ctx, clause) or _prep_targets(ctx, clause, sources)
        return sources, targets or _as_named(ctx, clause.subject)
    issuer = [] if ctx.actors(clause.subject, acting=True) else _issuer(ctx, clause)
    subject = issuer or ctx.actors(clause.subject, acting=True)
    if not subject and cameo[:2] in _FORCE and (_attack_named(ctx, clause.subject) or _weapon_named(ctx, clause.subject)
                                                 or _armed_drone(ctx, clause)):
        subject = [NOBODY]  # "a roadside bombing killed a soldier", "a car bomb killed …": the authors, unnamed, did it
    if not subject and _happening_named(ctx, clause.subject):
        subject = [NOBODY]  # "the Madrid Bombings killed 191 people", "the Geneva Talks resumed": no actor named, the act kept
    if _modifier_participle(ctx, clause) and not _agentive(ctx, clause.subject) and not issuer:
        return [], []  # "bases hosting US troops": a participle describing a thing is no act
    if clause.report >= 0 and _pronoun(ctx, clause.subject):  # "NATO said they will withdraw": the sayer
        sayer = ctx.actors(ctx.clauses[clause.report].subject)
        if _one_person(ctx, clause.subject) and sayer and all(a.kind == "group" for a in sayer):
            sayer = []  # "Police who arrested the man said he attacked the mayor": a "he" is none of a group
        subject = sayer or subject
    elif not issuer and _pronoun(ctx, clause.subject):
        subject = _sentence_antecedent(ctx, k, clause) or subject
    if clause.demand_by >= 0:  # "urged Western allies to speed up deliveries": the asker asks the allies
        asker = ctx.clauses[clause.demand_by]
        return ctx.actors(asker.subject), subject
    summoned = _summoned_for(ctx, k, clause)
    if summoned:  # "summoned Chile's ambassador to complain of inaction": the complaint is made to the envoy
        return subject, summoned
    if clause.report >= 0 and clause.modality == "demand":  # "Russia said Sudan must return …"
        reporter = ctx.clauses[clause.report]
        return ctx.actors(reporter.subject), subject
    own_forces = cameo.startswith(_OWN_FORCES) or base.startswith(_OWN_FORCES) or _owned_by_subject(ctx, clause.object, subject) \
        or (cameo[:2] not in ("17", "18", "19", "20") and _counted_forces(ctx, clause.object))
    referred = [] if cameo[:2] in _FORCE else _place_referred(ctx, clause.object) or _owner_referred(ctx, clause, subject)
    if referred:  # "sued the city", "visited the state", "voided the state's ban": the place named before, not a person
        # the words resolve to, nor whom the thing owned is about
        targets = [Actor(m.name, "country" if m.kind == "country" else "organization", m.country) for m in referred]
    else:
        targets = ctx.actors(clause.object) if clause.object is not None and not own_forces else []
    targets = [t for t in targets if t.kind in ACTOR_KINDS]
    # a weapon fired or used is the means, and whoever a word before it names made, supplied or holds it ("fired Russian
    # rockets at the town", "used US-supplied rockets"); one shot down or intercepted is hit, its owner with it
    means = clause.lemma in _WIELDING and _names_a_weapon(ctx, clause.object)
    if targets and (means or cameo[:2] in _FORCE and _names_a_weapon(ctx, clause.object)):
        targets = []  # "exploded two bombs in Kabul", "detonated a car bomb outside the ministry": the means, not the target
    if not targets and not own_forces and not referred and not means:
        names = {a.name for a in subject}
        targets = [a for a in _object_owner(ctx, clause.object) or _author_of_thing(ctx, clause.object)
                   if a.name not in names]
    if not targets and (cameo.startswith(_RESTRICTIONS) or base.startswith(_RESTRICTIONS)):
        # "fired tear gas at protesters in Paris": the people force is aimed at; "imposed a curfew in Cizre",
        # "would blockade Paris": the place held
        targets = _aimed_at(ctx, clause, subject) or ([] if means else _restricted_place(ctx, clause))
    if cameo.startswith(_GIVING) or base.startswith(_GIVING):  # "is providing photographs and intelligence to Macedonia":
        # whom, not what, is given (or refused: "refused to hand over their weapons to the peacekeepers")
        names = {a.name for a in subject}
        targets = next(([a for a in ctx.actors(np) if a.name not in names] for p, np in clause.preps
                        if p == "to" and any(a.name not in names for a in ctx.actors(np))), targets)
    if cameo.startswith("16") and clause.object is not None \
            and ctx.doc.norm[clause.object.start : clause.object.end].split(" ", 1)[0].lower() in _POSSESSIVE_PRONOUNS:
        # "Egypt recalled its ambassador from Israel": ties cut with the state the subject's own envoy leaves; "its
        # ambassador to Israel" names the same state, the one the envoy is posted to
        targets = _other_country(ctx, clause, subject, ("from", "to")) or targets
    if clause.object is not None and clause.object.head in _MISSIONS and (base or cameo)[:2] in ("05", "16") \
            and subject and all(_a_state(a) for a in subject) \
            and not any(m.kind in ACTOR_KINDS for m in ctx.doc.mentions_in(clause.object.start, clause.object.end)):
        # "opened an embassy in Tehran", "closed its consulate in Peru": ties with the state that hosts the subject's
        # own mission, not the mission itself ("closed the US embassy in Baghdad" names whose mission it is). Only a
        # state or its government has missions: "Protesters closed the embassy in Lima" shut it to the public.
        targets = _other_country(ctx, clause, subject, ("in",)) or targets
    if (base or cameo).startswith(_STAFF_WITHDRAWN) and clause.lemma in ("withdraw", "pull out", "recall"):
        # "would withdraw its election observers from Uganda": one's own inspectors, observers or peacekeepers leave a
        # country, which the withdrawal is aimed at (also when announced: a threat, 136, whose base is 1662)
        targets = _other_country(ctx, clause, subject, ("from",)) or targets
    if cameo.startswith("192"):  # "recaptured Palmyra from the Islamic State": taken from that side, not the town
        targets = _taken_from(ctx, clause, subject) or targets
    elif cameo.startswith(_TAKING) and not targets:  # "seized weapons from the peacekeepers": from whom
        targets = _taken_from(ctx, clause, subject)
    elif cameo.startswith(_TAKING) and all(a.kind in ("place", "country") for a in targets):
        # "annexed Crimea from Ukraine": land taken is taken from whom the "from" phrase names, not aimed at itself
        targets = _taken_from(ctx, clause, subject) or targets
    if clause.object is not None and ctx.doc.norm[clause.object.start : clause.object.end].split()[-1].lower() in _PROPOSALS:
        # "rejected a fresh offer from Afghanistan", "dismissed an appeal from the president": the proposer;
        # "rejected a United Nations appeal", "welcomed Iran's offer": the name owning the proposal, not the proposal
        proposers = next((ctx.actors(np) for p, np in clause.preps if p in ("from", "by") and ctx.actors(np)), []) \
            or _proposal_owner(ctx, clause.object)
        if proposers or not targets:
            targets = proposers
    if cameo == "052" and clause.object is None:  # "leapt to the defence of the minister": the one defended
        targets = _defended(ctx, clause, subject) or targets
    if not targets and cameo[:2] in _VERBAL_REACTIONS:  # "Chile expelled … . Peru condemned the expulsion": Chile
        targets = _author_of_act_named(ctx, clause, subject)
    if not targets and cameo.startswith(("02", "10")):  # "demanded that the Turkish government provide …": of whom
        targets = _complement_subjects(ctx, k)
    if not targets:
        targets = _prep_targets(ctx, clause, subject, demand=cameo.startswith(("02", "10")), accuse=cameo.startswith("11"))
    if not targets and cameo.startswith(("09", "11")):
        targets = _wrongdoers(ctx, clause, subject)
    if not targets and cameo.startswith("11"):  # (a noun's frame has returned above)
        targets = _accused_in_that_clause(ctx, clause, subject)
    if not targets and (cameo.startswith(_CUT_OFF) or base.startswith(_CUT_OFF)):
        targets = _restricted_place(ctx, clause)  # "suspended aid deliveries in Kandahar": the place cut off
    if not targets and cameo[:2] in ("17", "18", "19", "20") and clause.object is not None and not means:
        targets = _country_of_place(ctx, clause.object)
    if not targets and cameo.startswith("18") and clause.object is not None and clause.object.head not in _PLACE_NOUNS \
            and not _names_a_weapon(ctx, clause.object) \
            and not any(m.kind in ("place", "country") for m in ctx.doc.mentions_in(clause.object.start, clause.object.end)):
        targets = _as_named(ctx, clause.object)  # "punched a photographer", "began shoving the referee": whom, by its words
    if not targets and cameo[:2] in ("18", "19", "20") and _held_by_forces(ctx, clause.object):
        targets = _as_named(ctx, clause.object)  # "ambushed an army convoy", "attacked a police station": whose it is
    if not targets and cameo[:2] in ("18", "19", "20"):
        targets = _named_by_words(ctx, clause, ("on", "against"))
    if not targets:
        targets = _linked_targets(ctx, k, clause, subject)
    if not targets and clause.object is None and not clause.preps:
        targets = _shared_targets(ctx, k, subject)
    if not targets and len(subject) > 1 and cameo.startswith("04"):
        return subject, []  # "Chile and Peru held talks in Lima": each with the other (see reciprocal), not with a place
    if not targets:  # "halted mediation between herders and farmers in Juba": the sides the object's dealings are between
        targets = _sides_of_object(ctx, clause, subject)  # (before the country a place is in, which only says where)
    if not targets and not cameo.startswith(("01", "02", "10")) and any(a.kind != "group" or a.country for a in subject):
        # "refused to deploy peacekeepers in Iraq", "lifted a curfew in Montenegro", "sent personnel to Bosnia",
        # "the withdrawal of forces from Panama": an act done in (to, from) another country is aimed at that country
        # (PLOVER's convention when no other side is named); the actor's own country is no target, and an unnamed
        # group ("teachers striking in West Virginia") has no country to tell another from
        targets = _other_country(ctx, clause, subject)
    if not targets and cameo.startswith("10") and clause.object is not None and clause.object.head in _REFUGE:
        targets = _other_country(ctx, clause, subject)  # "sought refuge in Germany": asked of the country that shelters
    if not targets and cameo.startswith("04"):  # "arrived in Amman": a visit's host is named by its place
        targets = _visited(ctx, clause, subject)
    if not targets:  # "mediators worked to close a deal between Israel and Hamas": the sides, when nothing nearer is aimed at
        names = {a.name for a in subject}
        targets = next(([a for a in ctx.actors(np) if a.name not in names] for p, np in clause.preps if p == "between"), [])
    if not targets and cameo.startswith(("02", "10")):  # "demanded that the US cancel …": whom the demand is of
        targets = _complement_subjects(ctx, k)
    if not targets and cameo.startswith("13"):  # "threatened to strike unless Israel rescinded …": who must comply
        targets = [a for a in _condition_subjects(ctx, k) if a.name not in {s.name for s in subject}]
    if not targets and cameo.startswith("14"):
        targets = _demanded_of(ctx, k, subject)
    if not targets and cameo.startswith(_DENIALS):
        targets = _accuser(ctx, k, subject)
    if not targets and cameo.startswith("12"):
        targets = _pressed_by(ctx, clause, subject)
    return subject, targets


# "despite growing pressure by the commission", "in spite of calls from the opposition": who asked what is refused
_PRESSED_BY = re.compile(r"\b(?:despite|in spite of)\s+(?:(?:growing|mounting|intense|renewed|repeated|strong)\s+)?"
                         r"(?:pressure|calls|demands|appeals)\s+(?:by|from)\s+", re.IGNORECASE)


_NEGATED_GROUP = re.compile(r"\b(?:not|never)\b|n[’']t\b", re.IGNORECASE)


def _pressed_by(ctx: _Context, clause: Clause, subject: list[Actor]) -> list[Actor]:
    """Whom a refusal is aimed at when a "despite pressure by X" phrase after it names who pressed for the act
    ("declined to resign despite growing pressure by the anti-corruption commission"), or []. Not for a refusal not
    made ("did not refuse to resign despite pressure": the clause keeps the refusal, its negation is in the verb
    group), nor pressure in a later clause with a subject of its own ("rejected the plan, and Egypt accepted it
    despite pressure from Iran")."""
    if clause.negated or _NEGATED_GROUP.search(ctx.doc.norm, clause.group_start, clause.start):
        return []
    later = [c.start for c in ctx.clauses if c.kind == "verb" and c.subject is not None and c.subject.start > clause.end]
    found = _PRESSED_BY.search(ctx.doc.norm, clause.end, min([ctx.sent.end] + later))
    if found is None:
        return []
    names = {a.name for a in subject}
    phrase = next((np for c in ctx.clauses for p, np in c.preps if np.start == found.end()), None)
    end = phrase.end if phrase is not None else min(ctx.sent.end, found.end() + 60)
    mention = next((m for m in ctx.doc.mentions_in(found.end(), end) if m.kind in ACTOR_KINDS or m.kind == "country"), None)
    if phrase is None and mention is None:
        return []
    start, stop = (phrase.start, phrase.end) if phrase is not None else (mention.start, mention.end)
    return [a for a in phrase_actors(ctx.doc, ctx.salience, start, stop) if a.name not in names]


# Verbs of calling someone in to be told something ("summoned the ambassador to protest").
_SUMMONING = frozenset(("summon",))  # ("called in the ambassador": the clause reader gives "call" no object there)


def _summoned_for(ctx: _Context, k: int, clause: Clause) -> list[Actor]:
    """Whom an act done right after summoning them is aimed at: "Peru summoned Chile's ambassador to complain of
    inaction over the gangs", "to protest the expulsion" (the envoy hears it; what the act is of or about is its
    matter). Only for an infinitive right after the summoned one, with the summoner as its subject."""
    if k == 0 or clause.kind != "verb" or clause.voice != "active":
        return []
    host = ctx.clauses[k - 1]
    if host.kind != "verb" or host.lemma not in _SUMMONING or host.object is None or clause.subject is None \
            or (clause.subject.start, clause.subject.end) != ((host.subject.start, host.subject.end) if host.subject else None) \
            or ctx.doc.norm[host.object.end : clause.group_start].strip().lower() != "to":
        return []
    return ctx.actors(host.object)


# A state's missions abroad, whose opening or closing is aimed at the state they are in.
_MISSIONS = frozenset("embassy embassies consulate consulates legation".split())


def _names_a_weapon(ctx: _Context, phrase: Phrase | None) -> bool:
    """Whether a phrase's words up to its head name a weapon ("a car bomb", "a series of bombs", "two rockets")."""
    if phrase is None:
        return False
    words = ctx.doc.norm[phrase.start : phrase.end].lower().split()
    return phrase.head in words and codes.names_weapon(words[: words.index(phrase.head) + 1]) \
        or codes.names_weapon(words)


def _named_as(ctx: _Context, clause: Clause) -> bool:
    """"Amnesty called the air strike a war crime", "called the attack on the mosque an act of terrorism": a noun a
    verb of naming names as something else (a noun phrase with "a"/"an" right after it, or after what it hit) is
    spoken of, not done by the one who calls it so. ("described the raid as a massacre" already gives the raid no
    actor.) An "a" further on belongs to a phrase of its own ("called a strike for a day", "a rally at a
    stadium") and one that starts a time ("called a ceasefire an hour later", "a protest a week before the vote") says
    when: both order the caller's own act."""
    host = ctx.clauses[clause.host]
    if host.kind != "verb" or not _names_as(host):
        return False
    end = clause.end
    for p, np in sorted(clause.preps, key=lambda pn: pn[1].start):
        if p in ("on", "of", "against") and np.start - end <= len(p) + 2:
            end = np.end  # "called the attack on the mosque an act of terrorism": the naming after what was hit
    words = ctx.doc.norm[end : max(end, host.clause_end)].lower().replace(",", " , ").split()
    return len(words) >= 2 and words[0] in ("a", "an") \
        and not _TIME_NOUNS.intersection(words[1:3])


# Nouns of a span of time that an "a"/"an" after an act's noun opens ("a week later", "an hour before the vote"): the
# units of _DURATIONS and the looser spans ("a fortnight later", "a while later", "a few days on").
_TIME_NOUNS = _DURATIONS | frozenset("weekend weekends fortnight while moment few couple".split())


# Nouns of dealings between sides: "mediation between X and Y", "talks between …", "a truce between …"
_DEALINGS = frozenset("""mediation mediating talks negotiations negotiation dialogue truce ceasefire cease-fire deal
agreement accord reconciliation relations ties contacts dispute""".split())


def _sides_of_object(ctx: _Context, clause: Clause, subject: list[Actor]) -> list[Actor]:
    """The actors of a "between" phrase that follows the clause's object at once, when that object names dealings
    between sides ("halted mediation between herders and farmers"). A "between" phrase elsewhere, or after a thing
    that is only somewhere ("patrolled the zone between Israeli and Lebanese forces"), says where, not to whom."""
    obj = clause.object
    if obj is None or not _DEALINGS.intersection(ctx.doc.norm[obj.start : obj.end].lower().split()):
        return []
    names = {a.name for a in subject}
    for p, np in clause.preps:
        if p == "between" and np.first == obj.last + 2:
            return [a for a in ctx.actors(np) if a.name not in names]
    return []


# Withdrawing one's own peacekeepers, inspectors or observers, aid agencies (CAMEO 1661–1663)
_STAFF_WITHDRAWN = ("1661", "1662", "1663")
_FORCE_ON_PLACE = frozenset(("of", "on", "against", "into"))
# Verbs whose weapon object is the means of an act ("fired Russian rockets at the town", "used US-supplied rockets")
_WIELDING = frozenset(("fire", "launch", "use", "employ", "drop", "detonate", "explode", "hurl", "throw", "lob", "rain"))
# Consulting (04) is done with someone, not aimed at an act's author: "discussed the invasion with Joe Biden" is with him.
_VERBAL_REACTIONS = frozenset(("01", "02", "03", "05", "06", "09", "10", "11", "12", "13"))
# An act named by its noun ("the expulsion") and the verbs that tell the same act ("expelled"): unambiguous pairs only
# ("the decision" or "the move" could be any act).
_ACT_NOUN_VERBS = {
    "expulsion": ("expel",), "expulsions": ("expel",), "deportation": ("deport",), "deportations": ("deport",),
    "annexation": ("annex",), "invasion": ("invade",), "ruling": ("rule", "strike down", "overturn", "uphold"),
    "verdict": ("convict", "acquit"), "arrest": ("arrest",), "arrests": ("arrest",), "veto": ("veto",),
    # force named by its noun: "Rebels attacked a police station. The UN condemned the attack" condemns the rebels
    "attack": ("attack",), "attacks": ("attack",), "bombing": ("bomb",), "bombings": ("bomb",), "raid": ("raid",),
    "raids": ("raid",), "shelling": ("shell",), "massacre": ("massacre",), "killing": ("kill",), "killings": ("kill",),
    "kidnapping": ("kidnap",), "abduction": ("abduct",), "execution": ("execute",), "executions": ("execute",),
}


def _author_of_act_named(ctx: _Context, clause: Clause, subject: list[Actor]) -> list[Actor]:
    """"Chile expelled three diplomats on Friday. Peru condemned the expulsion": a reaction to an act named by its noun
    alone ("the expulsion", "the ruling") is aimed at who did it, when exactly one act of that verb stands in the
    sentences just before (this paragraph or the one before) and it names its doer; two such acts, or none, give no one."""
    phrase = clause.object
    if phrase is None or any(p == "with" and ctx.actors(np) for p, np in clause.preps):
        return []  # "agreed on the expulsion with Peru": the partner the 'with' phrase names is the one acted with
    words = ctx.doc.norm[phrase.start : phrase.end].lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in _ACT_NOUN_VERBS:
        return []
    if _OWN_COMPLEMENT.match(ctx.doc.norm, phrase.end):
        return []  # "the attack on the embassy": the act its own words name, maybe another one
    verbs = _ACT_NOUN_VERBS[words[1]]
    plural = words[1].endswith("s") and words[1] != "ruling"
    here = ctx.doc.paragraph_index(clause.start)
    doers = []
    # "the attacks" may gather acts told anywhere before: for a plural, every earlier sentence must agree on one doer
    for index in range(clause.sentence, -1 if plural else max(-1, clause.sentence - 3), -1):
        sent = ctx.doc.sentences[index]
        if here - ctx.doc.paragraph_index(sent.start) > 1 and not plural:
            break
        for other in sentence_clauses(ctx.doc, index):
            if other.kind == "verb" and other.lemma in verbs and not other.negated and other.start < clause.start \
                    and not _DISPUTED.search(ctx.doc.norm, sent.start, other.start) \
                    and (other.lemma != "rule" or _rules_on(ctx, other)):
                doers.append(ctx.actors(other.agent if other.voice == "passive" else other.subject, acting=True))
    names = {a.name for a in subject}
    if len(doers) != 1:
        return []
    return [a for a in doers[0] if a.name not in names]


# what names an act's own target or place after its noun ("the attack on the embassy", "the raid in Kabul")
_OWN_COMPLEMENT = re.compile(
    r"(?i)[ \t]+(?:on|against|in|at|near|of)[ \t]+(?!(?:" + _WEEKDAY_WORDS + r"|last|this|early|late|jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec)\w*\b|\d)\S")
# an act denied, alleged or charged is not told as done ("Rebels denied they attacked the station")
_DISPUTED = re.compile(r"(?i)\b(?:den(?:y|ies|ied|ying)|alleg\w*|accus\w*|claim\w*)\b")


# "ruled that …", "ruled Tuesday against …", "ruled, 5-4, that …", "ruled in favour of …", "ruled on the appeal": a
# judgment, where "ruled Spain" or "ruled the town for years" is governing, which no one calls a ruling. A day, or a
# short part set off by commas, may stand between; "ruled on" counts only with a matter put to a judge after it
# ("ruled on the island for a decade" is governing), and "that" not as the determiner of a land ("ruled that country").
_JUDGMENT_AFTER = compile_on_use(
    r"(?:[ \t]+(?:(?:on|last|this|early|late)[ \t]+\w+|(?:" + _WEEKDAY_WORDS + r")|yesterday|today)"
    r"|[ \t]*,[^,\n]{1,30}(?=,))?[ \t]*,?[ \t]+"
    r"(?:that(?![ \t]+(?:country|nation|island|land|region|territory|province|city|town|valley|kingdom|empire)\b)"
    r"|against|in[ \t]+favou?r[ \t]+of|on[ \t]+(?:the|an?|its|his|her|their)[ \t]+(?:\w+[ \t]+)?"
    r"(?:case|appeal|motion|petition|request|challenge|lawsuit|suit|matter|dispute|complaint)s?)\b",
    re.I)


def _rules_on(ctx: _Context, clause: Clause) -> bool:
    """Whether a clause of "rule" is a judgment: "that", "against", "in favour of" or "on" a case, appeal, motion … right
    after the verb (a day or a short part in commas between)."""
    return _JUDGMENT_AFTER.match(ctx.doc.norm, clause.end) is not None


_TO_THE_DEFENCE = compile_on_use(r"[ \t]*the[ \t]+defen[cs]e[ \t]+of[ \t]+", re.I)


def _defended(ctx: _Context, clause: Clause, subject: list[Actor]) -> list[Actor]:
    """"came to the defense of Somalia against the militants", "leapt to the defence of the minister": whom the "to
    the defence of" phrase names, not a later "against" phrase nor the words "defence of"."""
    names = {a.name for a in subject}
    for p, np in clause.preps:
        opening = _TO_THE_DEFENCE.match(ctx.doc.norm, np.start) if p == "to" else None
        if opening is not None and opening.end() < np.end:
            return [a for a in phrase_actors(ctx.doc, ctx.salience, opening.end(), np.end) if a.name not in names]
    return []
_DENIALS = ("016",)  # deny responsibility (an accusation)
_CHARGES = frozenset("charge charges claim claims allegation allegations accusation accusations".split())


def _accuser(ctx: _Context, k: int, subject: list[Actor]) -> list[Actor]:
    """Whom a denial answers: the subject of an accusation in the same sentence ("the government has blamed it on
    Russia, although Moscow denies any involvement"), or of the statement whose charge is denied ("Britain says …, a
    charge that Russia denies"). CAMEO 016 is a denial aimed at the one who accuses (CAMEO 1.1b3 codebook, 016)."""
    names = {a.name for a in subject}
    for i, other in enumerate(ctx.clauses):
        if i == k or other.kind != "verb" or not ctx.code(other).startswith("11"):
            continue
        accusers = [a for a in ctx.actors(other.subject) if a.name not in names]
        if accusers:
            return accusers
    clause = ctx.clauses[k]
    if clause.subject is None:
        return []
    before = ctx.doc.norm[max(ctx.sent.start, clause.subject.start - 30) : clause.subject.start].lower().split()
    if len(before) < 2 or before[-1] not in ("that", "which") or before[-2].strip(",") not in _CHARGES:
        return []
    for i in range(k - 1, -1, -1):
        other = ctx.clauses[i]
        if other.kind == "verb" and _is_cue(other.lemma) and other.start < clause.start:
            return [a for a in ctx.actors(other.subject) if a.name not in names]
    return []


# Verbs with a code of their own that an event noun as object turns light: "conducted a nuclear test" is the test.
_LIGHT_VERBS = frozenset({"conduct", "carry out"})
# Verbs that make a decided act known: "Italy announced a suspension of air links" is Italy's suspension.
_ANNOUNCING = frozenset({"announce", "declare", "unveil", "proclaim"})
_MEDIA_SECTOR = "MED"  # (CAMEO sectors MED, GOVMED: news outlets and reporters, ``data/agent_nouns.csv``)


def _press(words: list[str]) -> bool:
    """Whether lower-case words name a news outlet or a press worker ("state TV", "a cameraman")."""
    return codes.agent_sector(words).endswith(_MEDIA_SECTOR)


_DONE_BY_OF = ("087",)  # "the withdrawal of US troops", "the retreat of the rebels": the "of" phrase is who acts
_SPEAKING_FAMILIES = ("01", "02")  # (announcing a statement or an appeal is no act of the announcer's beyond saying it)
_DEMAND_WORDS = frozenset(("demand", "demands", "call", "calling", "press", "seek", "urge"))


def _demanded_of(ctx: _Context, k: int, subject: list[Actor]) -> list[Actor]:
    """"demonstrated … calling for independence from Iraq", "blocked roads to press their demands … from the
    government": a protest is aimed at whom its demand is made of, named after "from" in a demand later in the sentence."""
    names = {a.name for a in subject}
    for other in ctx.clauses[k + 1 :]:
        demand = other.lemma in _DEMAND_WORDS or (other.kind == "verb" and ctx.code(other).startswith(("02", "10")))
        if not demand:
            continue
        for p, np in other.preps:
            found = [a for a in ctx.actors(np) if a.name not in names] if p == "from" else []
            if found:
                return found
    return []


_FORCE = ("18", "19", "20")
_TAKING = ("171",)  # seizing, confiscating, capturing property


_SHELTERED = compile_on_use(r"[ \t]+for[ \t]+([^,;:()]+?)[ \t]*$")


_THAT_GAP = compile_on_use(r"[ \t]+that[ \t]+$")


def _asked_through_noun(ctx: _Context, noun: Clause) -> Clause | None:
    """The verb clause a demand or request noun asks for ("demands that the government grant …"), or None."""
    if noun.kind != "noun" or noun.lemma not in _PROPOSALS:
        return None
    for other in ctx.clauses:
        if other.kind == "verb" and other.subject is not None and other.subject.start > noun.end \
                and _THAT_GAP.match(ctx.doc.norm[noun.end : other.subject.start]):
            return other
    return None


def _sheltered(ctx: _Context, clause: Clause) -> list[Actor]:
    """"A camp for Congolese refugees was attacked", "a shelter for the homeless was shelled": a place or thing kept
    for people is struck at them, named after "for" between the subject and its verb."""
    if clause.subject is None or clause.subject.end >= clause.group_start:
        return []
    hit = _SHELTERED.match(ctx.doc.norm, clause.subject.end, clause.group_start)
    if hit is None:
        return []
    start, end = hit.span(1)
    words = hit.group(1).split()
    if not words:
        return []  # "a camp for \u3000 was attacked": only a space Python splits on and the pattern does not
    head = words[-1].lower()
    found = phrase_actors(ctx.doc, ctx.salience, start, end)
    if not found and (codes.agent_sector([head]) or _person_noun(head)):
        found = [Actor(ctx.doc.norm[start:end], "group" if head.endswith("s") else "person", "")]
    return found


def _taken_from(ctx: _Context, clause: Clause, sources: list[Actor]) -> list[Actor]:
    """The actors named after "from" (other than the sources): whom something was taken from."""
    names = {a.name for a in sources}
    for p, np in clause.preps:
        if p != "from":
            continue
        head = ctx.doc.norm[np.start : np.end].split()[-1].lower()
        people = _as_named(ctx, np) if codes.agent_sector([head]) or _person_noun(head) else []
        found = [a for a in ctx.actors(np) or people if a.name not in names]  # "from the militia": people unnamed
        if found:
            return found
    return []
# restrictions laid on (or lifted from) a place and its people: curfews, states of emergency, martial law, bans
# and other coercion (CAMEO 17), blockades (191), and their easing (081)
_RESTRICTIONS = ("17", "191", "081")
# aid cut off (162) or an embargo (163) in a place, when no one it is cut off from is named ("to the rebels")
_CUT_OFF = ("162", "163")
# both, which a passive's subject may name as the act laid on someone ("a curfew was imposed", "sanctions were imposed")
_LAID_ON = _RESTRICTIONS + _CUT_OFF


def _restriction_named(ctx: _Context, clause: Clause, cameo: str) -> bool:
    """Whether a clause coded as a restriction or a cut-off has a subject that names that act ("A blockade was
    imposed on Gaza", "Sanctions were imposed on Iran"), not anyone or anything it is laid on."""
    return cameo.startswith(_LAID_ON) and _act_named(ctx, clause.subject)


def _restricted_place(ctx: _Context, clause: Clause) -> list[Actor]:
    """"imposed a curfew in the town of Cizre", "lifted a state of emergency in West Darfur", "would blockade Paris":
    the place a restriction holds is whom it is laid on (PLOVER's target), named as the text names it."""
    phrases = [clause.object] + [np for p, np in clause.preps if p in ("in", "on", "across", "throughout", "around")]
    if clause.object is not None:  # "lifted the curfew imposed in Cizre": the restriction's own participle says where
        phrases += [np for other in ctx.clauses if other.kind == "verb" and other.voice == "passive"
                    and 0 < other.start - clause.object.end <= 1 and ctx.code(other).startswith("17")
                    for p, np in other.preps if p in ("in", "on", "across")]
    for phrase in phrases:
        if phrase is None:
            continue
        for m in ctx.doc.mentions_in(phrase.start, phrase.end):
            if m.kind in ("place", "country") and m.sense != "affiliation" and not ctx.in_quote(m.start):
                return [Actor(m.text, m.kind, m.country)]
    return []


def _attack_named(ctx: _Context, phrase: Phrase | None) -> bool:
    """Whether a phrase names an act of force (an event noun coded 18–20: "a roadside bombing", "the air strike")."""
    return phrase is not None and any(
        other.kind == "noun" and phrase.start <= other.start < phrase.end
        and codes.noun_code(other.lemma.split(), after=list(other.after))[:2] in _FORCE
        for other in ctx.clauses)


def _opening_act_noun(ctx: _Context, phrase: Phrase | None) -> bool:
    """Whether a phrase is one event noun that opens the sentence ("Sanctions were imposed on Iran", "Curfews were
    imposed"), whose capital lets it pass for a name: an act, not anyone it was done to."""
    if phrase is None:
        return False
    toks = ctx.doc.tokens_in(phrase.start, phrase.end)
    first = ctx.doc.tokens_in(ctx.sent.start, ctx.sent.end, limit=1)
    return len(toks) == 1 and bool(first) and toks[0].start == first[0].start and codes.is_event_noun(toks[0].text.lower())


def _act_named(ctx: _Context, phrase: Phrase | None) -> bool:
    """Whether a phrase names an act (an event noun read as a clause of its own: "a curfew", "sanctions", "the ban"),
    not anyone or anything it may be done to ("all three", "the bridge")."""
    return phrase is not None and (any(other.kind == "noun" and phrase.start <= other.start < phrase.end
                                       for other in ctx.clauses) or _opening_act_noun(ctx, phrase))


def _happening_named(ctx: _Context, phrase: Phrase | None) -> bool:
    """Whether a phrase names a happening after its place ("the Madrid Bombings", "the Geneva Talks": a place mention
    read as an event's name), which did what the verb says without anyone named doing it. The phrase must be the
    happening itself, not someone or something of it ("Survivors of the Madrid Bombings sued", "The Madrid Bombings
    trial convicted 21 people")."""
    return phrase is not None and any(
        m.kind == "place" and m.via == "event" and m.end >= phrase.end
        and all(w == "the" or w in _HAPPENING_ADJECTIVES or _word_of_time(w)
                for w in ctx.doc.norm[phrase.start : m.start].lower().split())
        for m in ctx.doc.mentions_in(phrase.start, phrase.end))


# Adjectives telling what a happening was like, which leave a phrase naming it ("the deadly Madrid Bombings")
_HAPPENING_ADJECTIVES = frozenset("deadly bloody fatal twin coordinated terror terrorist".split())


def _word_of_time(word: str) -> bool:
    """A year, a day's number or a month before a happening's name ("the 2004 Madrid Bombings", "the March 11 …",
    "the March 11th …", "the 7/7 London Bombings")."""
    word = word.rstrip(".,")
    return word.removesuffix("st").removesuffix("nd").removesuffix("rd").removesuffix("th").replace("/", "").isdigit() \
        or word in MONTHS


def _noun_reach(ctx: _Context, noun: Clause) -> int:
    """Where an event noun's own phrases end: at the verb whose subject it is in, when that verb codes an act of its
    own ("the attacks were condemned by France": France condemns, it did not attack, nor was it attacked); "were
    carried out by …" codes nothing and leaves them to the noun."""
    return min((v.start for v in ctx.clauses if v.kind == "verb" and v.subject is not None
                and v.subject.start <= noun.start < v.subject.end and noun.end <= v.start and ctx.code(v) != codes.NO_EVENT),
               default=noun.clause_end)


def _noun_agent(ctx: _Context, noun: Clause) -> Phrase | None:
    """An event noun's "by" phrase, unless a passive verb after the noun has it as its own agent ("facing charges and
    will be seen by a judge": the judge sees, he did not charge) or the noun's phrases end before it."""
    agent = noun.agent
    if agent is None or agent.start >= _noun_reach(ctx, noun) or _agent_of_timing_noun(ctx, noun, agent):
        return None
    return None if _agent_of_verb_after(ctx, noun, agent) else agent


def _agent_of_timing_noun(ctx: _Context, noun: Clause, agent: Phrase) -> bool:
    """Whether the "by" phrase belongs to another event noun in a phrase of time between the two ("a ban on Muslims
    following the mass shooting in San Bernardino, California by a couple": the shooting's, not the ban's; "the
    arrest of the suspect after a long chase by police" has no event noun there and stays the arrest's). ``noun``
    may be a passive verb too ("a curfew was imposed after the attack by gunmen")."""
    return any(other.kind == "noun" and noun.end <= other.start and other.agent is not None
               and (other.agent.start, other.agent.end) == (agent.start, agent.end) and _told_as_time(ctx, other)
               for other in ctx.clauses)


_PHYSICAL_ASSAULT = "182"
# Heads of a rival in a contest, beaten in a game or a vote, not assaulted ("the enemy" is beaten in either). An armed
# force, beaten in battle, is read by _armed and the lexicon's force nouns (codes.force_heads), not listed here.
_CONTESTANTS = frozenset("rival rivals opponent opponents challenger challengers incumbent candidate candidates team teams "
                         "champion champions side sides favourite favorite field enemy".split())
# Contests won ("in the final", "at the polls"), prizes won ("to the title") and a score or a means ("3-1", "by arriving
# early") that say a "beat" was a win, not an assault.
_CONTESTS = frozenset("""final finals semifinal semi-final match matches game games quiz race races contest contests
tournament championship championships league cup derby series round competition primary primaries vote votes election
elections poll polls ballot runoff run-off caucus caucuses playoff playoffs play-off bout tie""".split())
_PRIZES = frozenset("title titles prize award crown medal gold trophy nomination cup finish line punch record".split())
_SCORE = compile_on_use(r"\b\d+\s*[-–]\s*\d+\b")
_BY_DOING = compile_on_use(r"^\s+by\s+\w+ing\b", re.IGNORECASE)
# Verbs of doing more of an act (the dictionary's boost block, without those that speak of a thing: "exaggerated the
# attacks", "compounded the attack's damage"): their object's act of force is theirs ("intensified its offensive").
_INTENSIFYING = frozenset(("step up", "intensify", "escalate", "ramp up", "redouble", "increase", "boost", "heighten",
                           "expand", "beef up"))
# Heads of an act of force that are as often words or a labour strike ("his attacks on the media", "a charm offensive",
# "a smear campaign", "their strike"): stepped up, they are force only when armed men do them or a weapon is named.
_WORDS_OR_FORCE = frozenset("attack attacks assault assaults strike strikes offensive offensives campaign campaigns".split())
# What a country's attacks hit when they are force ("attacks on Ukrainian cities", "on army positions").
_FORCE_TARGETS = frozenset("""city cities town towns village villages position positions base bases port ports airfield
    airfields infrastructure troops forces soldiers civilians targets territory convoy convoys""".split())
# Verbs of taking part in an act named after "in" ("engaged in a sit-in", "participated in talks").
_PARTAKING = frozenset(("engage", "participate", "take part", "join"))


# Verbs whose subject does the act their object names ("conducted naval drills", "held military exercises").
# Verbs that set an act going, shared by the holding and the authoring verbs ("staged a raid", "launched an offensive").
_STAGING = frozenset(("stage", "launch", "mount"))
_HOLDING = _LIGHT_VERBS | _STAGING | frozenset(("hold", "perform", "undertake"))


def _held_by_subject(ctx: _Context, noun: Clause) -> list[Actor]:
    """"Chile and Peru conducted joint naval drills", "Russian forces held military exercises": a lone lower-case
    word of a kind of force before the noun ("naval", "military", "police") says what kind of act it is; the subject of
    the verb that holds it says who. Empty when another word owns the noun ("Russia's military drills"), the noun has a
    "by" phrase, or its verb is not one of holding ("Rebels repelled a police raid" keeps the police)."""
    owner = noun.owner
    if owner is None or owner.first != owner.last or noun.host < 0 or noun.agent is not None:
        return []
    host = ctx.clauses[noun.host]
    word = ctx.doc.norm[owner.start : owner.end]
    if host.kind != "verb" or host.voice == "passive" or host.lemma not in _HOLDING or not word.islower() \
            or not codes.agent_sector([word]):
        return []
    return ctx.actors(host.subject, acting=True)


# Passive verbs whose agent is the author of the act their subject names ("the attacks were carried out by Hamas").
_AUTHORING = _LIGHT_VERBS | _STAGING | frozenset(("commit", "perpetrate", "claim", "order", "plan", "organize", "organise",
                                                  "lead", "request", "call", "convene", "host"))


def _agent_of_verb_after(ctx: _Context, noun: Clause, phrase: Phrase) -> bool:
    """Whether a passive verb after the noun has ``phrase`` as its own agent, other than a verb of authoring, or an
    active one has it among its phrases ("a strike over a bill signed in by the minister", a participle with a
    particle the reader takes for active: the minister signed the bill, he is not on strike; "riots put down by
    police": the police put them down). A present participle or "held" right after the event noun describes the noun
    itself ("a sit-in starting Monday by nurses", "demonstrations held daily by farmers"): its "by" phrase stays the
    noun's."""
    span = (phrase.start, phrase.end)
    return any(v.kind == "verb" and v.start >= noun.end and v.lemma not in _AUTHORING
               and (v.voice == "passive" and v.agent is not None and (v.agent.start, v.agent.end) == span
                    or v.voice == "active" and any(p == "by" and (np.start, np.end) == span for p, np in v.preps))
               and not _describes_noun_before(ctx, noun, v)
               for v in ctx.clauses)


def _describes_noun_before(ctx: _Context, noun: Clause, verb: Clause) -> bool:
    """Whether ``verb`` right after the event noun is a present participle ("starting", "lasting") or "held", which
    tell when or how the noun's act took place rather than an act done to it."""
    words = ctx.doc.norm[verb.group_start : verb.end].lower().split()
    return bool(words) and (words[0].endswith("ing") or verb.lemma == "hold") \
        and not ctx.doc.tokens_in(noun.end, verb.group_start)


def _weapon_named(ctx: _Context, phrase: Phrase | None) -> bool:
    """Whether a phrase names a weapon ("a car bomb", "the missiles") or a weapon's blast ("a car bomb explosion"),
    not anyone who could have used it ("a gas explosion" names no weapon)."""
    if phrase is None:
        return False
    words = ctx.doc.norm[phrase.start : phrase.end].lower().split()
    blast_of = next((k for k, w in enumerate(words) if w in _BLASTS and words[k + 1 : k + 2] == ["of"]), -1)
    if blast_of >= 0:
        words = words[blast_of + 2 :]  # "the explosion of a car bomb in Kabul": the weapon is in the "of" phrase
    cut = next((k for k, w in enumerate(words) if k and w in PREPOSITIONS), len(words))
    words = words[:cut]  # "a minefield explosion near the town of Samarra": the blast, not where it was
    if len(words) > 1 and words[-1] in _BLASTS:
        words = words[:-1]
    return codes.names_weapon(words) or bool(words) and words[-1] in _BLAST_ONLY_WEAPONS


# A grenade's blast is an attack, but the dictionary's own grenade rows ("hurl,,grenade", 193 small arms and light
# weapons) must keep beating its "hurl &weapon" (183 bombing): grenades are weapons for the blast reader only.
_BLAST_ONLY_WEAPONS = frozenset(("grenade", "grenades"))


_BLASTS = frozenset("explosion explosions blast blasts detonation".split())


def _armed_drone(ctx: _Context, clause: Clause) -> bool:
    """Whether the clause's subject is a drone the sentence says is armed: a modifier of arms before it ("a military
    drone", "an armed drone", "a kamikaze drone") or after it ("a drone armed with explosives", "laden with"), a weapon
    it drops or fires ("A drone dropped a bomb on the market"), a killing it does when nothing else is said of it ("A
    drone struck the airport, killing two"), or a strike or attack spoken of in its own clause or before it ("A drone
    hit the market in an apparent attack"), not in another clause ("after workers went on strike") nor in a phrase of
    time ("after the attack on the team bus": an earlier act). The dictionary lists a drone as an aircraft, not a
    weapon, and most drones carry none: "A delivery drone hit a pedestrian", "A police drone hit a tree", "A drone
    hit the stadium roof during the show" are accidents, as a plane's would be. (A drone of a named actor, "a Russian
    drone", has that actor for its subject already.)"""
    phrase = clause.subject
    if phrase is None:
        return False
    words = ctx.doc.norm[phrase.start : phrase.end].lower().replace("-", " ").split()
    if not words or words[-1] not in _DRONES:
        return False
    if _ARMED_DRONE & set(words[:-1]):
        return True
    sentence = ctx.sent  # (the clause's own sentence: the context holds it)
    between = ctx.doc.norm[phrase.end : clause.group_start].lower()  # "a drone armed with explosives struck …"
    if _ARMED_DRONE & set(re.findall(r"[a-z]+", between)):
        return True
    if clause.object is not None and codes.names_weapon(ctx.doc.norm[clause.object.start : clause.object.end].lower().split()):
        return True  # "dropped a bomb on the market", "fired a missile at …": the drone carries the weapon
    if not set(words[:-1]) - _PLAIN_DRONE and _kills(ctx, clause):
        return True
    # an attack or strike in this clause's own words, or before its subject, outside any other clause
    others = [(o.group_start, o.clause_end) for o in ctx.clauses if o.kind == "verb" and o is not clause]
    for m in re.finditer(r"[a-z]+", ctx.doc.norm[sentence.start : clause.clause_end].lower()):
        at = sentence.start + m.start()
        if m.group() not in _ATTACK_NOUNS or phrase.start <= at < clause.end or any(a <= at < b for a, b in others):
            continue
        opener = re.findall(r"[a-z]+", ctx.doc.norm[max(sentence.start, at - 30) : at].lower())[-4:]
        if not _TIME_PREPOSITIONS & set(opener):
            return True
    return False


def _kills(ctx: _Context, clause: Clause) -> bool:
    """Whether the clause, or a verb joined to it ("struck the airport, killing two"), kills (CAMEO 18): a wounding may be an accident ("hit a crowd at the festival, injuring two")."""
    k = next((i for i, o in enumerate(ctx.clauses) if o is clause), -1)
    joined = [o for i, o in enumerate(ctx.clauses) if o is clause or o.coordinated_with == k
              or (clause.coordinated_with >= 0 and i == clause.coordinated_with)]
    return any(o.kind == "verb" and o.lemma in _KILLING for o in joined)


_DRONES = frozenset("drone drones".split())
# modifiers that say a drone carries arms (CAMEO codebook 195: "employ aerial weapons", of which an armed drone is one)
_ARMED_DRONE = frozenset("military armed attack combat kamikaze suicide explosive explosives laden bomb bombs strike "
                         "enemy".split())
_ATTACK_NOUNS = frozenset("attack attacks strike strikes airstrike airstrikes raid raids".split())
# what may stand before a drone that says nothing of what it is ("a drone", "two drones")
_PLAIN_DRONE = frozenset("a an the two three four several another".split())
_KILLING = frozenset({"kill"})
# an act after these is another one, told for when ("after the attack on the team bus")
_TIME_PREPOSITIONS = frozenset("after before since following until".split())


def _sentence_antecedent(ctx: _Context, k: int, clause: Clause) -> list[Actor]:
    """"Iraqi authorities agreed to buy jets as they continue to battle …": a pronoun subject of a later clause
    is the subject of the clause before it in the sentence when they agree in number (plural "they", a person's "he")."""
    pronoun = ctx.doc.norm[clause.subject.start : clause.subject.end].lower()
    for other in reversed(ctx.clauses[:k]):
        if other.kind != "verb" or other.subject is None or _pronoun(ctx, other.subject):
            continue
        found = ctx.actors(other.subject)
        if pronoun == "they" and other.subject.head.endswith("s") and not other.subject.head.endswith("ss"):
            return found
        if pronoun in _ONE_PERSON and found and all(a.kind == "person" for a in found):
            return found
        return []
    return []


def _light_host(ctx: _Context, clause: Clause) -> Clause | None:
    """The verb clause the noun stands in (after its particle or words) when that verb codes nothing itself."""
    found = None
    for other in ctx.clauses:
        if other.kind != "verb" or other is clause:
            continue
        if other.start < clause.start:
            found = other if other.end <= clause.start < other.clause_end else None
    if found is None or ctx.code(found) != codes.NO_EVENT or found.subject is None or _reports(ctx, ctx.clauses.index(found)) \
            or _about_act(ctx, found, clause) or _naming_complement(found, clause):
        return None
    return found


# Verbs that name their object as something ("called the killing a massacre", "described the raid as a war crime")
_NAMING = frozenset(("call", "label", "term", "dub", "describe", "deem", "consider", "declare", "name", "brand"))


def _names_as(verb: Clause) -> bool:
    """Whether a verb is one of naming, in any form ("termed" is read as its own lemma when the lexicon lacks it)."""
    return verb.lemma in _NAMING or any(verb.lemma in codes.inflections(lemma) for lemma in _NAMING)


def _naming_complement(verb: Clause, noun: Clause) -> bool:
    """Whether an event noun is what a verb of naming calls its object ("The UN called the killing a massacre"): a
    judgment of the act the object names, not an act of the verb's subject (see :func:`_named_as` for the object)."""
    return _names_as(verb) and verb.object is not None and noun.start >= verb.object.end


# Words before an event noun that make it the time of another clause ("fled after the attack"): a happening
# referred back to, whose actor is not the subject of the clause it times.
_TIMING_WORDS = frozenset(("after", "before", "since", "following"))


def _told_as_time(ctx: _Context, noun: Clause) -> bool:
    """Whether an event noun's phrase follows a word of time ("after the attack", "before the airstrike",
    "following the bombing"), inside its sentence."""
    before = ctx.doc.tokens_in(max(ctx.sent.start, noun.group_start - 40), noun.group_start)
    return bool(before) and before[-1].text.lower() in _TIMING_WORDS


# Cooperation a subject shares with a partner the noun names ("talks with Putin", "a deal with Britain", "a visit
# to Washington"): 03 intent to cooperate, 04 consult, 05 diplomatic and 06 material cooperation.
_SHARED_ACTS = ("03", "04", "05", "06")


def _shared_with_partner(ctx: _Context, noun: Clause, cameo: str) -> bool:
    """Whether an event noun names cooperation with a partner of its own ("after talks with Putin", "after a phone
    call with Macron", "after a visit to Washington"), which the subject of the clause it times took part in."""
    if not cameo.startswith(_SHARED_ACTS):
        return False
    partner = ("with", "to") if cameo.startswith("04") else ("with",)
    reach = _noun_reach(ctx, noun)
    return any(p in partner and np.start < reach and ctx.actors(np) for p, np in noun.preps)


# Sectors of unnamed actors who hold talks and make deals in their own right (officials, ministers, lawmakers,
# armed forces, rebel groups, parties, international bodies), unlike "refugees", "residents" or "markets".
_NEGOTIATING_SECTORS = ("GOV", "LEG", "MIL", "REB", "PTY", "IGO", "NGO")


def _a_state(actor: Actor) -> bool:
    """Whether an actor is a state or its government ("Peru", "the government", "the foreign ministry")."""
    words = actor.name.lower().split()
    return actor.kind == "country" or (codes.agent_sector(words) or codes.agent_sector([codes.stem(w) for w in words])).startswith("GOV")


def _negotiates(actor: Actor) -> bool:
    """Whether an actor can be a party to talks, a call, a visit or a deal: a country, a known actor, a named person or
    organisation, or an unnamed one whose noun is of a negotiating sector ("the president", "diplomats"). A single
    capitalised plural opening a sentence is read as a name but is a common noun ("Markets", "Refugees")."""
    words = actor.name.lower().split()
    sector = codes.agent_sector(words) or codes.agent_sector([codes.stem(w) for w in words])
    if sector:
        return sector.startswith(_NEGOTIATING_SECTORS)
    if actor.kind == "country" or reference.normalise(actor.name) in reference.actor_directory():
        return True
    named = bool(words) and all(w[:1].isupper() for w in actor.name.split())
    return named and not (len(words) == 1 and codes.stem(words[0]) != words[0])


# Prepositions after a thing that say what it is about or is aimed at ("a hearing into", "a report on").
_ABOUT = frozenset(("into", "on", "about", "over", "concerning", "regarding", "against", "for"))


def _about_act(ctx: _Context, verb: Clause, noun: Clause) -> bool:
    """Whether an event noun after its verb's object is what that object is about ("opened a hearing into the
    killings", "published a report on the clashes"): the verb's subject holds the hearing, not the killings.
    "Launched a wave of attacks", "held talks" and "continued a hunger strike in protest" are the subject's own acts.
    The noun must sit inside one of those prepositional phrases: one after a second verb is that verb's ("made
    incursions into Polish waters and simulated an attack on Gdansk" keeps the attack Russia's)."""
    obj = verb.object
    if obj is None or noun.start <= obj.start:
        return False
    return any(p in _ABOUT and obj.start < np.start <= noun.start < np.end for p, np in verb.preps)


# Verbs of telling or perceiving what happened: the force their object names is not their subject's.
_WITNESSING = frozenset(("report", "hear", "witness", "see", "observe", "notice", "document"))


def _witnesses_act(ctx: _Context, clause: Clause) -> bool:
    """Whether a verb tells or perceives the force its object names ("Residents reported sporadic shooting",
    "witnesses heard heavy shelling", "Villagers saw an attack by rebels"): the subject tells of the fighting and does
    not fight. Other acts stay the teller's, as they were ("Police reported three arrests": most often their own)."""
    return clause.kind == "verb" and clause.lemma in _WITNESSING and clause.voice != "passive" \
        and clause.object is not None and ctx._act_named(clause.object)[:2] in _FORCE \
        and not _gerund_with_object(ctx, clause) and not _forces_report_own_force(ctx, clause)


# Words that open an object of a verb's own: "killing 30 militants", "shooting a suspect", "arresting him".
_OBJECT_PRONOUNS = frozenset("him her them it us me".split())
_COUNT_WORDS = frozenset("one two three four five six seven eight nine ten dozens scores hundreds".split())
_NOT_AN_OBJECT = frozenset(("and", "or", "but", "nor", "as", "that", "which", "who", "while"))


def _gerund_with_object(ctx: _Context, clause: Clause) -> bool:
    """Whether the object is an -ing form right after the verb with an object of its own ("The army reported killing 30
    militants", "Police reported shooting a suspect"): a clause of its own whose doer is the teller, not a noun of
    fighting seen from outside ("reported shooting in the town", "heard heavy shelling" stay unknown)."""
    words = ctx.doc.tokens_in(clause.end, clause.clause_end, limit=2)
    if len(words) < 2 or not words[0].text.lower().endswith("ing") or words[0].start != clause.object.start \
            or ctx.doc.norm[clause.end : words[0].start].strip():
        return False
    following = words[1].text
    low = following.lower()
    if low in PREPOSITIONS or low in _NOT_AN_OBJECT:
        return False
    return low in DETERMINERS or low in _OBJECT_PRONOUNS or low in _COUNT_WORDS or following[:1].isdigit() \
        or (following[:1].isupper() and low not in CALENDAR) \
        or bool(codes.agent_sector([low])) or _person_noun(low)


# A force's own words for itself in its object ("an attack on its convoy", "shelling of their positions"), and words
# that name the fighting's parties ("clashes between rival gangs", "an attack by rebels").
_TELLER_OWN = frozenset(("its", "their", "our", "between", "by", "from"))


def _forces_report_own_force(ctx: _Context, clause: Clause) -> bool:
    """Whether an army or police force reports force ("The army reported airstrikes in the south", "Police reported
    shooting at the gang"): a military's or police force's report of force names its own acts far more often than not
    in news wire text (residents, witnesses, journalists and monitors are the tellers the rule is for). Not when the
    object names the teller's own as the target ("reported an attack on its convoy") or the parties ("clashes between
    gangs"), nor when negated ("did not report any shooting"), nor for hearing or seeing."""
    if clause.lemma != "report" or clause.subject is None or clause.negated:
        return False
    teller = ctx.doc.norm[clause.subject.start : clause.subject.end].lower().split()
    told = set(re.findall(r"[a-z]+", ctx.doc.norm[clause.object.start : clause.clause_end].lower()))
    return codes.agent_sector(teller) in _FORCE_SECTORS and not told & _TELLER_OWN


def _reports(ctx: _Context, k: int) -> bool:
    """Whether clause ``k`` is a speech verb reporting another ("said the attack killed …")."""
    return _is_cue(ctx.clauses[k].lemma) and any(o.report == k for o in ctx.clauses)


def _in_the_act(ctx: _Context, clause: Clause) -> list[Actor]:
    """"Oklahoma teachers are in the fourth day of a walkout", "workers were on strike": the subject of "be" + "in",
    "on" is the one doing the act the noun after it names."""
    toks = ctx.doc.tokens_in(ctx.sent.start, clause.start)
    for i, t in enumerate(toks[:-1]):
        if t.text.lower() in ("is", "are", "was", "were", "remain", "remained", "remains"):
            nxt = [x.text.lower() for x in toks[i + 1 : i + 3]]
            # "were involved in talks with the rebels": the same ("engaged in" is a verb the lexicon codes itself)
            inside = nxt[:1] in (["in"], ["on"]) or nxt == ["involved", "in"]
            if 0 < i <= 8 and inside and not any(c.kind == "verb" and c.start < t.start and c.lemma != "involve" for c in ctx.clauses):
                return phrase_actors(ctx.doc, ctx.salience, toks[0].start, toks[i - 1].end)
            return []
    return []


_HAVING = frozenset(("had", "has", "have"))
_HAVING_REACH = 14


def _had_by(ctx: _Context, clause: Clause) -> list[Actor]:
    """"Peru's foreign minister had a meeting with …", "the council has had talks with …": the subject of "have"
    (which the clause reader takes for a helper verb) a few words before an event noun is the one holding it."""
    toks = ctx.doc.tokens_in(ctx.sent.start, clause.start, limit=_HAVING_REACH + 1)
    if len(toks) > _HAVING_REACH:
        return []  # (the subject opens the sentence, at most 8 words before "had", at most 5 before the noun)
    for i in range(len(toks) - 1, max(-1, len(toks) - 6), -1):  # "had more than one conversation with": 4 words between
        if toks[i].text.lower() not in _HAVING:
            continue
        if 0 < i <= 8 and "," not in ctx.doc.norm[toks[i].end : clause.start] \
                and not any(c.kind == "verb" and c.start < clause.start for c in ctx.clauses):
            # the subject next to "had", not an opening phrase before it ("On Monday, Macron had a meeting"; "Mara
            # Velde, the minister, had …" is one subject)
            opening = ctx.doc.norm.rfind(",", toks[0].start, toks[i].start) if toks[0].text.lower() in PREPOSITIONS else -1
            return phrase_actors(ctx.doc, ctx.salience, max(toks[0].start, opening + 1), toks[i - 1].end)
        return []
    return []


def _opening_meeting_subject(ctx: _Context, clause: Clause) -> list[Actor]:
    """"In a meeting with Yang Jiechi last week, Moon Jae-in said …": a meeting in the sentence's opening phrase
    is had by the subject of the clause that phrase opens."""
    opening = ctx.doc.tokens_in(ctx.sent.start, clause.start)
    if not opening or opening[0].text.lower() not in ("in", "during", "after", "at"):
        return []
    for other in ctx.clauses:
        if other.kind == "verb" and other.subject is not None and other.subject.start > clause.end:
            between = ctx.doc.norm[clause.end : other.subject.start]
            return ctx.actors(other.subject) if "," in between and not _pronoun(ctx, other.subject) else []
    return []


def _issuer(ctx: _Context, clause: Clause) -> list[Actor]:
    """"issued a declaration demanding …", "sent a letter urging …": a message's words are its sender's act, as a
    court order's are its issuer's ("issued an injunction blocking a bill")."""
    phrase = clause.subject
    if phrase is None or (phrase.head not in SPEECH_NOUNS and phrase.head not in _ISSUED_ORDERS):
        return []
    for other in ctx.clauses:
        if other is not clause and other.kind == "verb" and other.object is not None and other.object.start == phrase.start:
            return ctx.actors(other.subject)
    return []


# Orders a judge or an official issues, whose effect ("an injunction blocking the law") is the issuer's act.
_ISSUED_ORDERS = frozenset("injunction injunctions order orders ruling decree decrees directive writ".split())


# The phrases that name the country an act with no other side is done in, to or from.
_PLACE_TARGET_PREPOSITIONS = ("in", "into", "inside", "to", "from")


def _other_country(ctx: _Context, clause: Clause, actors: list[Actor],
                   prepositions: tuple[str, ...] = ()) -> list[Actor]:
    """The first country other than the actors' own that the clause's "in", "to", "from" … phrases (or only
    ``prepositions``) name."""
    own = {a.country for a in actors if a.country}
    for p, np in clause.preps:
        if p in (prepositions or _PLACE_TARGET_PREPOSITIONS):
            found = [a for a in _country_of_place(ctx, np) if a.country not in own]
            if found:
                return found
    return []


def _proposal_owner(ctx: _Context, phrase: Phrase) -> list[Actor]:
    """The body, person or country named before a proposal's noun ("a United Nations appeal", "Iran's offer"); "his
    White House bid" is his own, the name only what it is for."""
    found = [m for m in ctx.doc.mentions_in(phrase.start, phrase.end) if m.kind in ACTOR_KINDS]
    if not found:
        return _unnamed_owner(ctx, phrase)
    if ctx.doc.norm[phrase.start : phrase.end].split()[0].lower() in _POSSESSIVE_PRONOUNS:
        return []
    m = found[-1]
    if m.kind == "country":
        place = reference.gazetteer().countries.get(m.country)
        return [Actor(place.name if place else m.name, "country", m.country)]
    return [_actor_of(ctx.doc, m, "")]


_UNDER = re.compile(r"[ \t]+under[ \t]+(?:[a-z]+[ \t]+)?$")


def _placed_under(ctx: _Context, noun: Clause) -> list[Actor]:
    """"put Aung San Suu Kyi under house arrest", "kept the activist under surveillance": the act after "under" is
    done to the object of the verb right before it."""
    for other in ctx.clauses:
        if other.kind == "verb" and other.object is not None and other.object.end <= noun.start \
                and _UNDER.fullmatch(ctx.doc.norm, other.object.end, noun.start):
            return ctx.actors(other.object)
    return []


# "X is the subject of a manhunt", "X has been the target of an investigation": the named subject of a copula,
# then the role word and its article, at most two describing words ("a massive police manhunt", no preposition or
# article among them: "the subject of a film about the manhunt" is not the manhunt's) and the act noun.
_SUBJECT_OF = re.compile(r"[ \t]+(?:is|was|are|were|has[ \t]+been|have[ \t]+been|had[ \t]+been|became|becomes|remains|"
                         r"remained)[ \t]+(?:now[ \t]+)?the[ \t]+(?:subject|target|focus)s?[ \t]+of[ \t]+(?:(?:a|an|the)[ \t]+)?"
                         r"(?:(?!(?:of|on|about|in|into|for|by|with|to|from|against|at|over|after|the|a|an|and|or)[ \t])\w[\w'’-]*[ \t]+){0,2}$")
_SUBJECT_OF_REACH = 120  # characters: "has been the focus of a massive police " and room to spare


def _subject_of(ctx: _Context, noun: Clause) -> list[Actor]:
    """"Mara Velde is the subject of a massive manhunt", "Chile was the target of an investigation": the act is done
    to the person or body named as the copula's subject, right before the verb (a name, not a pronoun or a thing:
    "The case is the subject of an investigation" names no one)."""
    # the pattern spans a few short words, so only the last stretch before the noun is searched (not the sentence)
    found = _SUBJECT_OF.search(ctx.doc.norm, max(ctx.sent.start, noun.start - _SUBJECT_OF_REACH), noun.start)
    if found is None:
        return []
    subject = next((m for m in ctx.doc.mentions_in(ctx.sent.start, found.start())
                    if m.end == found.start() and m.kind in ("person", "organization", "group", "country")), None)
    return [] if subject is None else phrase_actors(ctx.doc, ctx.salience, subject.start, subject.end)


_UNNAMED_OWNER = compile_on_use(r"(?:the[ \t]+)?([a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2}?)['’]s[ \t]", re.IGNORECASE)


def _unnamed_owner(ctx: _Context, phrase: Phrase) -> list[Actor]:
    """An unnamed actor owning a proposal ("the government's amnesty offer", "the army's ultimatum"): its words, when
    they end in an actor's noun (a CAMEO sector); "the day's proposal" names none."""
    owner = _UNNAMED_OWNER.match(ctx.doc.norm, phrase.start, phrase.end)
    if owner is None:
        return []
    words = owner.group(1).split()
    if not codes.agent_sector([w.lower() for w in words]):
        return []
    return [Actor(" ".join(words), "group" if words[-1].endswith("s") else "organization", "")]


# Things proposed or asked for, whose "from" or "by" phrase names whom a rejection or an answer is aimed at.
_PROPOSALS = frozenset("offer offers proposal proposals appeal appeals call calls request requests demand demands invitation "
                       "plan plans initiative bid ultimatum suggestion".split())


# What is sought from the country it is sought in.
_REFUGE = frozenset("refuge asylum shelter sanctuary protection".split())


# Acts of giving, whose "to" phrase names the side aimed at and whose object is the thing given: aid (07), and
# returning property or paying compensation (0842).
_GIVING = ("07", "0842")


# Acts whose object is the actor's own forces or means ("withdraw its troops", "deployed soldiers").
_OWN_FORCES = ("087", "15")


def _linked_targets(ctx: _Context, k: int, clause: Clause, subject: list[Actor]) -> list[Actor]:
    """"agreed in principle to provide aid for Romania", "summoned the ambassador to complain of inaction": a verb
    and the infinitive after it with the same subject are one act, so the one with no target takes the other's."""
    def linked(other: Clause | None, later: Clause) -> bool:
        return (other is not None and other.kind == "verb" and other.subject is not None and clause.subject is not None
                and (other.subject.start, other.subject.end) == (clause.subject.start, clause.subject.end)
                and _after_to(ctx.doc, later) and ctx.code(other) not in (codes.NO_EVENT, "move"))  # an act the lexicon codes

    names = {a.name for a in subject}
    after = ctx.clauses[k + 1] if k + 1 < len(ctx.clauses) else None
    if linked(after, after):
        found = [a for a in ctx.actors(after.object) if a.kind in ACTOR_KINDS] if after.object is not None else []
        found = found or _prep_targets(ctx, after, subject)
        if found:
            return [a for a in found if a.name not in names]
    before = ctx.clauses[k - 1] if k > 0 else None
    if linked(before, clause) and before.object is not None and not _owned_by_subject(ctx, before.object):
        if _counted_forces(ctx, before.object):  # "sent 21 personnel to Bosnia to investigate": where they went
            return [a for a in _other_country(ctx, before, subject) if a.name not in names]
        return [a for a in ctx.actors(before.object) if a.kind in ACTOR_KINDS and a.name not in names]
    return []


def _shared_targets(ctx: _Context, k: int, subject: list[Actor]) -> list[Actor]:
    """"donated and delivered goods to the medical school": a verb with nothing after it shares the object
    and phrases of the verb coordinated with it."""
    later = next((c for c in ctx.clauses[k + 1 :] if c.kind == "verb" and c.coordinated_with == k), None)
    if later is None or ctx.code(later) == "move" or _is_cue(later.lemma):  # "arrived and told reporters": not whom
        return []
    names = {a.name for a in subject}
    found = [a for a in ctx.actors(later.object) if a.kind in ACTOR_KINDS] if later.object is not None else []
    return [a for a in found or _prep_targets(ctx, later, subject) if a.name not in names]


def _after_to(doc: Document, clause: Clause) -> bool:
    """Whether "to" stands right before a clause's words ("vowed to take the town", "urged the rebels to leave")."""
    words = doc.tokens_in(max(0, clause.group_start - 6), clause.group_start)
    return bool(words) and words[-1].text.lower() == "to"


def _done_before_to(doc: Document, clause: Clause) -> bool:
    """"went on to capture the town", "moved in to clear the square": a verb of going on or moving in, with its particle,
    before "to" tells the act as done, not as one still to come."""
    words = [t.text.lower() for t in doc.tokens_in(max(0, clause.group_start - 20), clause.group_start)][-3:]
    return len(words) == 3 and words[2] == "to" and " ".join(words[:2]) in _DONE_BEFORE_TO


_DONE_BEFORE_TO = frozenset(("went on", "goes on", "moved in", "moves in"))


def _expelling_country(ctx: _Context, clause: Clause, cameo: str) -> list[Actor]:
    """"diplomats being expelled from the United States", "deported from Germany": the country expels."""
    if not cameo.startswith(_EXPULSIONS):
        return []
    for p, np in clause.preps:
        if p == "from":
            return [a for a in ctx.actors(np) if a.kind == "country"]
    return []


def _authorities_where(ctx: _Context, clause: Clause, cameo: str) -> list[Actor]:
    """"was arrested in Lebanon", "has been put under investigation in Italy": an agentless passive of an act only a
    state does (investigate, arrest, detain, ban) is the act of the country it happened in, when the text names that
    country; "was arrested in Leeds" names where, and the police who arrested stay unnamed."""
    if not cameo.startswith(_STATE_ACTS) or clause.agent is not None:
        return []
    for p, np in clause.preps:
        if p == "in":
            return _country_of_place(ctx, np) if any(m.kind == "country" for m in ctx.doc.mentions_in(np.start, np.end)) else []
    return []


# Acts of a state's police, courts and officials: investigate (09), arrest, detain, ban, expel (17).
_STATE_ACTS = ("09", "17")


# Expulsions: of diplomats (166) and of other people (174).
_EXPULSIONS = ("166", "174")


def _owned_by_subject(ctx: _Context, phrase: Phrase | None, subject: list[Actor] = ()) -> bool:
    """"its troops", "their borders": an object the subject owns is no target; "Republicans rejected his attempts",
    where "his" is someone else named before, is aimed at that owner."""
    if phrase is None:
        return False
    first = ctx.doc.norm[phrase.start : phrase.end].split(" ", 1)[0].lower()
    if first not in ("its", "their", "his", "her", "our") or phrase.head in _COUNTERPARTS:
        return False  # "met his Iranian counterpart": the one in the same post on the other side, never his own
    if not subject:
        return True
    names = {a.name for a in subject}
    if ctx.doc.norm[phrase.start : phrase.end].strip().lower() == first or not _a_thing(_thing_head(ctx, phrase)):
        # "savaged her": the object pronoun resolved; "her cousin Viktoria", "his father": the person named
        owners = ctx.actors(phrase)
    elif _agrees(first, subject):
        return True  # "Graham assures his audience", "attendees expressed their support": the subject's own
    else:  # "Republicans rejected his attempts": "his" cannot be theirs, so it is someone named before
        owners = _object_owner(ctx, phrase)
    return not owners or any(a.name in names for a in owners)


_COUNTERPARTS = frozenset(("counterpart", "counterparts"))


def _agrees(possessive: str, subject: list[Actor]) -> bool:
    """Whether a possessive pronoun can stand for the subject: "his"/"her" a person, "its" a body or a country,
    "their" anything but one person."""
    if possessive in ("his", "her"):
        return all(a.kind == "person" for a in subject)
    if possessive == "its":
        return any(a.kind != "person" for a in subject)
    if possessive == "their":
        return len(subject) > 1 or any(a.kind != "person" for a in subject)
    return True


def _counted_forces(ctx: _Context, phrase: Phrase | None) -> bool:
    """"contribute up to 4,000 troops", "send 300 police officers": forces counted out are the actor's own to send,
    not whom the act is aimed at (force used on "4,000 soldiers" is another matter, checked by the caller)."""
    if phrase is None or phrase.head not in FORCES:
        return False
    first = ctx.doc.norm[phrase.start : phrase.end].split(" ", 1)[0].lower()
    return first[:1].isdigit() or first in ("up", "about", "some", "nearly", "almost", "around", "several", "hundreds", "thousands",
                                            "dozens", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


FORCES = frozenset("troops soldiers forces peacekeepers personnel officers police marines sailors warships jets aircraft "
                    "battalions brigades units".split())
# verbs that send forces somewhere ("deployed 3,000 troops to Poland", "sent soldiers to Estonia")
_SENDING = frozenset("send deploy redeploy dispatch move transfer station airlift fly".split())


def sends_forces(clause: Clause) -> bool:
    """Whether the clause sends armed forces to a place: a movement of troops, led where they are sent ("sent its
    forces to Mali", "troops were sent to Camp Taji")."""
    sent = clause.subject if clause.voice == "passive" else clause.object
    return clause.kind == "verb" and sent is not None and sent.head in FORCES \
        and clause.lemma in _SENDING and any(p in _DESTINATION_PREPOSITIONS for p, _ in clause.preps) \
        and not any(np.head in _NO_DEPLOYMENT for _, np in clause.preps)


# Where soldiers sent are no deployment: "were sent to hospital", "sent to Germany for treatment", "sent to prison"
_NO_DEPLOYMENT = frozenset("hospital hospitals clinic prison prisons jail jails home court trial treatment care custody "
                           "detention retirement".split())


def _visited(ctx: _Context, clause: Clause, visitors: list[Actor] = ()) -> list[Actor]:
    for m in _place_referred(ctx, clause.object):  # "visited the state": the state named before
        return [Actor(m.name, "country" if m.kind == "country" else "organization", m.country)]
    places = [] if clause.object is None else [m for m in ctx.doc.mentions_in(clause.object.start, clause.object.end)
                                               if m.kind in ("place", "country") and m.end == clause.object.end]
    if places:  # "visited Riyadh": the host state abroad; "visited Louisiana": a place at home ("pulled out her New
        # York credentials" names no place visited)
        own = {a.country for a in visitors if a.country}
        abroad = [a for a in _country_of_place(ctx, clause.object) if a.country not in own]
        if abroad and (own or _capital_named(ctx, places[0])):
            return abroad  # a visitor of no known country visits a state only in its capital ("visited Paris"):
            # "Governor Cuomo visited Buffalo", "the president visited Pearl Harbor" visit places
        m = places[0]
        return [Actor(m.name, "country" if m.kind == "country" else "organization", m.country)]
    for prep, np in clause.preps:
        if prep in ("in", "to"):
            for m in ctx.doc.mentions_in(np.start, np.end):
                if m.kind in ("place", "country"):
                    return [Actor(m.name, "country" if m.kind == "country" else "organization", m.country)]
    return []


def _complement_subjects(ctx: _Context, k: int) -> list[Actor]:
    for other in ctx.clauses:
        if other.kind == "verb" and other.report == k and other.subject is not None:
            return ctx.actors(other.subject)
    return []


def _condition_subjects(ctx: _Context, k: int) -> list[Actor]:
    """The subject of the "unless" or "if" clause that follows clause ``k``: the side a threat is aimed at."""
    for other in ctx.clauses[k + 1 :]:
        if _condition(ctx, other):
            return ctx.actors(other.subject)
    return []


def _condition(ctx: _Context, clause: Clause) -> bool:
    """A verb clause opened by "unless" or "if" ("unless Israel rescinded …"): a condition, not an act reported."""
    if clause.kind != "verb" or clause.subject is None:
        return False
    before = ctx.doc.tokens_in(max(ctx.sent.start, clause.subject.start - 8), clause.subject.start)
    return bool(before) and before[-1].text.lower() in ("unless", "if")


def _aimed_at_thing(ctx: _Context, k: int, clause: Clause) -> bool:
    """Whether the act has an object of its own or shares the next verb's, other than "each other" or "one another",
    which are the coordinated actors themselves ("Russia and China support and welcome each other")."""
    objects = [clause.object] if clause.object is not None else _shared_next_objects(ctx, k, clause)
    return any(_RECIPROCAL.match(ctx.doc.norm, o.start) is None for o in objects)


_RECIPROCAL = re.compile(r"(?:each[ \t]+other|one[ \t]+another)\b(?!['’])", re.I)  # not "each other's allies"


def _shared_next_objects(ctx: _Context, k: int, clause: Clause) -> list[Phrase]:
    """"China and Russia welcome and support the improvement": a verb with no object of its own, joined by "and" or
    "or" right to the next verb, acts on that verb's object too."""
    if clause.kind != "verb" or clause.object is not None:
        return []
    return [o.object for o in ctx.clauses if o.kind == "verb" and o.coordinated_with == k and o.object is not None
            and ctx.doc.norm[clause.end : o.group_start].strip().lower() in ("and", "or")]


def reciprocal(sources: list[Actor], targets: list[Actor], cameo: str, *, aimed_at_thing: bool = False,
               fight: bool = True, apart: bool = False) -> list[tuple[Actor, Actor]]:
    """Actor–target pairs; "Jordan and Britain agreed" (no target) is each with the other. Praise or support
    of a thing ("China and Russia welcome the improvement") is no act of one towards the other. Force pairs them only
    when the act is a fight between them (``fight``: "Chile and Peru clashed"): "Israel and the US conducted strikes"
    is each side's strike, not one on the other. Acts done ``apart`` ("held separate drills") pair no one."""
    one_way = aimed_at_thing and cameo.startswith("05") and not cameo.startswith(_MUTUAL_TIES)
    if cameo.startswith("19") and not fight or apart:
        one_way = True
    if not targets and len(sources) > 1 and cameo.startswith(_MUTUAL) and not one_way:
        return [(a, b) for a in sources for b in sources if a != b]
    return [(a, t) for a in sources for t in targets or [NOBODY]]


# Acts two coordinated actors do with each other: agree, meet, cooperate, sign, fight.
_MUTUAL = ("03", "04", "05", "06", "19")
# Acts of force that take two sides by their meaning ("clashed", "fought", "battled"); an attack or a strike takes one.
_FIGHTS = frozenset(("clash", "fight", "battle", "skirmish", "exchange fire", "fighting", "war", "hostility", "hostilities"))
# Words that say coordinated actors each did the act on their own ("held separate drills", "met separately").
_APART = frozenset(("separate", "separately", "respective", "independently", "individually"))


def _done_apart(ctx: _Context, clause: Clause) -> bool:
    """Whether the clause says its actors acted each on their own: in a noun's words from its verb ("held separate
    military drills") or in a verb's clause after it ("met separately with the envoy")."""
    if clause.kind == "noun" and clause.host >= 0:
        words = ctx.doc.norm[ctx.clauses[clause.host].end : clause.start]
    else:
        words = ctx.doc.norm[clause.end : clause.clause_end] if clause.kind == "verb" else ctx.doc.norm[clause.group_start : clause.start]
    return bool(set(re.findall(r"[a-z]+", words.lower())) & _APART)


# Diplomatic acts that bind both sides even with an object ("established diplomatic relations", "signed an accord").
_MUTUAL_TIES = ("054", "055", "057")


def _unnamed_people(actor: Actor) -> bool:
    """An actor the text names only by a common noun ("missing people", "civilians"), with no country."""
    return actor.kind in ("group", "person") and not actor.country and actor.name[:1].islower()


def _modifier_participle(ctx: _Context, clause: Clause) -> bool:
    """An -ing verb with no auxiliary right after its noun ("bases hosting", "a man threatening")."""
    if clause.kind != "verb" or clause.subject is None or clause.group_start != clause.start:
        return False
    word = ctx.doc.norm[clause.start : clause.end].split()[0].lower()
    return word.endswith("ing") and clause.subject.end <= clause.start and ctx.doc.norm[clause.subject.end : clause.start].strip() == ""


def _agentive(ctx: _Context, phrase: Phrase | None) -> bool:
    """A phrase whose head can act: a name, a pronoun, or an agent noun ("police", "a man")."""
    if phrase is None:
        return False
    toks = ctx.doc.tokens_in(phrase.start, phrase.end)
    if not toks:
        return False
    head = toks[-1]
    if any(m.start <= head.start < m.end and m.kind in ACTOR_KINDS and m.via != "demonym" for m in ctx.doc.mentions_in(phrase.start, phrase.end)):
        return True
    return codes.agent_sector([t.text.lower() for t in toks]) != "" or head.text.lower() in _SUBJECT_PRONOUNS


# Nouns of verbal acts whose "from" phrase names who did them.
_VERBAL_NOUNS = frozenset("criticism condemnation backing support praise endorsement demand demands request requests call calls "
                          "appeal warning warnings threat threats pressure rebuke accusation accusations complaint protest".split())


def _held_by_forces(ctx: _Context, phrase: Phrase | None) -> bool:
    """A post, vehicle or unit of armed forces or police named by the kind of force before it ("an army convoy",
    "a police station", "a navy base"): force used on it is used on them."""
    if phrase is None:
        return False
    words = ctx.doc.norm[phrase.start : phrase.end].lower().split()
    return len(words) >= 2 and codes.agent_sector(words[-2:-1]) in _FORCE_SECTORS and not codes.agent_sector(words[-1:])


_FORCE_SECTORS = ("MIL", "COP")

# Event nouns that name a coercive act only when police or armed forces do it ("a 2015 police sweep", "put under
# police surveillance"); otherwise they are an election's or a team's ("a clean sweep") or a camera's.
_FORCES_ONLY_NOUNS = frozenset(("sweep", "surveillance"))


def _done_by_forces(ctx: _Context, noun: Clause) -> bool:
    """Whether an event noun's owner or "by" phrase names police or armed forces ("police sweep", "a sweep by the army")."""
    for phrase in (noun.owner, _noun_agent(ctx, noun)):
        if phrase is not None:
            words = ctx.doc.norm[phrase.start : phrase.end].lower().split()
            if any(codes.agent_sector(words[i:]) in _FORCE_SECTORS for i in range(max(0, len(words) - 3), len(words))):
                return True
    return False


def _aimed_at(ctx: _Context, clause: Clause, subject: list[Actor]) -> list[Actor]:
    """The actors an "at", "on" or "against" phrase names ("fired tear gas at protesters in Paris")."""
    names = {a.name for a in subject}
    for p, np in clause.preps:
        if p in ("at", "on", "against") and " of " not in ctx.doc.norm[np.start : np.end]:
            # ("at the request of the army", "on the orders of the president": on whose word, not at whom)
            found = [a for a in ctx.actors(np) if a.name not in names and a.kind in ACTOR_KINDS]
            if found:
                return found
    return []


def _named_by_words(ctx: _Context, clause: Clause, prepositions: tuple[str, ...]) -> list[Actor]:
    """"opened fire on revelers", "a crackdown against students": whom force is used on, named by its words
    when no table names them (a place there is where, not whom)."""
    for p, np in clause.preps:
        if p in prepositions and np.head not in _PLACE_NOUNS \
                and not any(m.kind in ("place", "country") for m in ctx.doc.mentions_in(np.start, np.end)):
            return _as_named(ctx, np)
    return []


def _as_named(ctx: _Context, phrase: Phrase | None) -> list[Actor]:
    """An agentless passive's subject no table names ("All three were arrested"): its words stand for it."""
    if phrase is None:
        return []
    if _attack_named(ctx, phrase):
        return []  # "the Sept. 11 attacks were condemned": an act, not anyone it was done to
    toks = [t for t in ctx.doc.tokens_in(phrase.start, phrase.end) if not _calendar(t.text)]
    words = [t.text.lower() for t in toks]
    k = 0
    while k < len(toks) - 1 and words[k] in _LEADING:
        k += 1
    name = " ".join(t.text for t in toks[k:])
    if not name or words[-1] in ("he", "she", "it", "they", "we", "i", "you"):
        return []
    return [Actor(name, "group" if words[-1].endswith("s") else "person", "")]


def _means_owner(ctx: _Context, clause: Clause) -> list[Actor]:
    """"killed in an Israeli air strike", "destroyed in a Russian attack": a passive's means names its actor."""
    nouns = codes.lexicon().nouns
    for prep, np in clause.preps:
        if prep not in ("in", "during"):
            continue
        words = ctx.doc.norm[np.start : np.end].lower().split()
        if any(w in nouns for w in words):
            owners = [m for m in ctx.doc.mentions_in(np.start, np.end) if m.kind in ACTOR_KINDS]
            if owners:
                return [_actor_of(ctx.doc, owners[0], "")]
    return []


# "no fewer than 20 people", "no later than Friday": a bound on a number or a date, not "no" object
_NO_BOUND = r"(?!(?:fewer|more|less|later|sooner|longer|earlier|greater|higher|lower)\b)"
_NO_OBJECT = re.compile(r"[ \t]+no[ \t]" + _NO_BOUND)  # "sent no troops", "made no arrests" (the reader drops the object)
_NOBODY = re.compile(r"(?:none|nobody|neither|nothing|noone|no(?=[ \t])[ \t]" + _NO_BOUND + r")\b", re.I)
_SAYING_FAMILIES = ("01", "02", "03", "04", "05", "10", "11", "12", "13", "14")  # acts done by words (CAMEO 01–14)


def _nothing_done(ctx: _Context, clause: Clause) -> bool:
    """"sent no troops", "made no arrests": a material act done to nothing; "demanded no further delays" still asks."""
    if not (_nobody(ctx, clause.object) or _NO_OBJECT.match(ctx.doc.norm, clause.end)):
        return False
    code = ctx.code(clause)
    return code == codes.NO_EVENT or not code.startswith(_SAYING_FAMILIES) and not _is_cue(clause.lemma)


def _nobody(ctx: _Context, phrase: Phrase | None) -> bool:
    if phrase is None:
        return False
    return _NOBODY.match(ctx.doc.norm, phrase.start) is not None


_ONE_PERSON = ("he", "she")
_SUBJECT_PRONOUNS = (*_ONE_PERSON, "they", "it", "we")


def _one_person(ctx: _Context, phrase: Phrase | None) -> bool:
    return phrase is not None and ctx.doc.norm[phrase.start : phrase.end].lower() in _ONE_PERSON


def _pronoun(ctx: _Context, phrase: Phrase | None) -> bool:
    return phrase is not None and ctx.doc.norm[phrase.start : phrase.end].lower() in _SUBJECT_PRONOUNS


def _prep_targets(ctx: _Context, clause: Clause, sources: list[Actor], *, demand: bool = False, accuse: bool = False,
                  own_forces: bool = False) -> list[Actor]:
    names = {a.name for a in sources}
    without = tuple(p for p in TARGET_PREPOSITIONS if p != "with")
    # "met with Lavrov at a G20 meeting": with whom first, unless the "with" phrase hangs on a tie named in the phrase
    # before it ("agreed to US mediation in the talks with the Palestinians": the talks are with them)
    preps = ("with", *without) if _together(ctx, clause) and not _with_hangs_on_tie(clause) else without
    if "with" not in preps and any(np is not None and np.head in _RELATIONS for np in (clause.object, *(np for p, np in clause.preps))):
        preps += ("with",)  # the other side of a tie, after any phrase the act itself is aimed at ("opposed to …")
    if clause.kind == "verb" and ctx.code(clause).startswith("14"):
        preps += ("outside",)  # "demonstrated outside the Russian embassy": a protest at a country's or a body's door
    if accuse:  # "complained to the UN over Israeli air raids": whom a complaint is about, before whom it is made to
        preps = ("against", "over", "about") + preps
    if _wrongs_by(ctx, clause):  # "investigating alleged war crimes by Croatian extremists against Serb civilians"
        preps = ("by",) + preps
    if clause.kind == "verb" and not ctx.code(clause).startswith("04"):
        preps = tuple(p for p in preps if p != "between")  # "withdraw troops due to tensions between the US and Iran"
    reach = _noun_reach(ctx, clause) if clause.kind == "noun" else len(ctx.doc.text)
    talks = clause.kind == "verb" and clause.object is not None and ctx.code(clause).startswith("04")
    for prep in preps + (("from",) if demand else ()) + (("by",) if clause.voice == "active" else ()):
        for p, np in clause.preps:
            if talks and p == "for" and np.first == clause.object.last + 2:
                continue  # "discussing a payment for Ayton", "discussed a loan for Peru": whom the thing talked about
                # is for, not whom the talks are with
            if p != prep or np.start >= reach or (own_forces and p == "of" and np.head in FORCES) \
                    or (p == "by" and clause.kind == "noun" and (_agent_of_verb_after(ctx, clause, np)
                                                                  or _agent_of_timing_noun(ctx, clause, np))):
                continue  # "the withdrawal of some invasion forces from Panama": the forces are the actor's own;
                # "a travel ban following the shooting by a married couple": the couple shot, no one banned them
            found = [a for a in ctx.actors(np) if a.name not in names]
            if not found and p in ("against", "outside"):  # "a strike against the government's economic policies", "against a
                # law passed by parliament": against a thing, its owner or maker (as a verb's object: "protested the
                # government's decision"); "protested outside the company's stores": at its owner's door
                found = [a for a in _object_owner(ctx, np) or _author_of_thing(ctx, np) if a.name not in names]
            if found:
                return found
    return []


def _between(ctx: _Context, clause: Clause) -> list[Actor]:
    return next((ctx.actors(np) for p, np in clause.preps if p == "between"), [])


def _with_hangs_on_tie(clause: Clause) -> bool:
    previous = None
    for p, np in clause.preps:
        if p == "with":
            return previous is not None and previous.head in _RELATIONS
        previous = np
    return False


def _wrongs_by(ctx: _Context, clause: Clause) -> bool:
    """An investigation or accusation of wrongs ("crimes", "abuses") whose "by" phrase names who did them: the one
    it is aimed at, before the victims after "against"."""
    if not (ctx.code(clause) if clause.kind == "verb" else codes.noun_code(clause.lemma.split())).startswith(("09", "11")):
        return False
    phrases = [clause.object, *(np for p, np in clause.preps if p in ("into", "of", "over"))]
    return any(np is not None and np.head in _WRONGS for np in phrases) and any(p == "by" for p, _ in clause.preps)


def _wrongdoers(ctx: _Context, clause: Clause, sources: list[Actor]) -> list[Actor]:
    """"an investigation into alleged crimes committed by Croat forces": who did the wrongs an investigation or an
    accusation is about, named by the passive participle right after them, is whom it is aimed at."""
    names = {a.name for a in sources}
    phrases = [np for np in (clause.object, *(np for p, np in clause.preps if p in ("into", "of", "over"))) if np is not None]
    for np in phrases:
        if np.head not in _WRONGS:
            continue
        for v in ctx.clauses:
            if v.kind == "verb" and v.voice == "passive" and v.agent is not None and v.group_start >= np.end \
                    and not ctx.doc.norm[np.end : v.group_start].strip():
                return [a for a in ctx.actors(v.agent) if a.name not in names]
    return []


def _from_not_a_doer(ctx: _Context, clause: Clause, np: Phrase, cameo: str) -> bool:
    """A force noun's "from" phrase that says nothing of who used force: a wh-clause ("attack from what officials called
    bandits": the phrase is a description, not a name), or a country after a verb of fleeing ("Refugees fleeing attacks
    from Syria": where they fled from)."""
    if cameo[:2] not in _FORCE:
        return False
    if ctx.doc.norm[np.start : np.end].split()[:1] in (["what"], ["where"], ["whoever"], ["which"]):
        return True
    fled = clause.host >= 0 and ctx.clauses[clause.host].lemma in _FLEEING
    return fled and any(a.kind == "country" for a in ctx.actors(np))


# Verbs of fleeing, after which "from" + a country is where the people came from
_FLEEING = frozenset("flee escape evacuate".split())


def _accused_in_that_clause(ctx: _Context, clause: Clause, sources: list[Actor]) -> list[Actor]:
    """"alleged that Velde had defrauded students", "expressed frustration that its allies were acting as free riders":
    an accusation or complaint naming no one accuses the named subject of the active "that" clause right after it (or
    after its object). Not a passive one ("alleged that protesters were beaten": they suffered it), nor people named only
    by a common noun ("complained that workers had died": the complaint is not against them)."""
    on_object = clause.object is not None and clause.object.start >= clause.end
    end = clause.object.end if on_object else clause.end
    toks = ctx.doc.tokens_in(end, ctx.sent.end, limit=12)
    if not toks or toks[0].text.lower() != "that" or ctx.doc.norm[end : toks[0].start].strip():
        return []
    after = toks[0].end
    told = next((v for v in ctx.clauses if v.kind == "verb" and v.subject is not None and v.subject.start >= after
                 and not ctx.doc.norm[after : v.subject.start].strip()), None)
    # after an object, "that" opens the object's content only after a noun that has one ("the fact that", "the claim
    # that"), or when the clause has its own object; else it is a relative clause with a gap ("condemned the attack
    # that Peru had suffered": Peru is not accused)
    head = (ctx.doc.norm[clause.object.start : clause.object.end].lower().split() or [""])[-1] if on_object else ""
    if on_object and head not in _CONTENT_NOUNS and (told is None or told.object is None):
        return []
    if told is not None:
        if told.voice != "active" or ctx.doc.norm[told.subject.start : told.subject.end].lower() in _SUBJECT_PRONOUNS:
            return []  # (a pronoun is left alone: whom "they" means is a guess the accusation should not rest on)
        if told.lemma in _UNDERGOING or (clause.lemma == "claim" and not "10" <= ctx.code(told)[:2] <= "20"):
            return []  # "complained that Chile had suffered losses" blames no one; a claim accuses only of a hostile act
        found = ctx.actors(told.subject)
    elif clause.lemma == "claim":
        return []  # a claim of an act no lexicon lists ("claimed that Chile had repaved the road") is no accusation
    else:  # a verb no lexicon lists ("had defrauded"): the words up to the auxiliary after them
        aux = next((i for i, t in enumerate(toks[1:], 1) if t.text.lower() in _THAT_AUXILIARIES), None)
        if aux is None or not 1 < aux <= 5 or toks[1].text.lower() in _SUBJECT_PRONOUNS or not all(t.text[:1].isalnum() and t.text.lower() not in ("who", "which", "that")
                                                      for t in toks[1:aux]) \
                or (aux + 1 < len(toks) and toks[aux + 1].text.lower() in ("been", "being", *_UNDERGOING_FORMS)) \
                or (aux + 1 < len(toks) and _past_participle_passive(toks[aux].text.lower(), toks[aux + 1].text.lower())):
            return []  # only a short plain noun phrase ("that Velde, who chairs the union, had …" is left alone)
        found = phrase_actors(ctx.doc, ctx.salience, toks[1].start, toks[aux - 1].end)
    names = {a.name for a in sources}
    return [a for a in found if a.name not in names and a.kind in ACTOR_KINDS and not _unnamed_people(a)]


# Nouns whose "that" clause is their content ("the fact that Chile had lied"), not a relative clause on them: the
# charges a denial answers, and other things said or known
_CONTENT_NOUNS = _CHARGES | frozenset("fact facts assertion assertions suggestion suggestions notion idea rumour rumours rumor "
                                      "rumors".split())
# Verbs whose subject undergoes what happens ("that Chile had suffered heavy losses"): a complaint about it blames no one
_UNDERGOING = frozenset("suffer lose endure sustain incur experience receive face die".split())
_UNDERGOING_FORMS = frozenset("suffered suffering lost losing endured enduring sustained sustaining incurred incurring "
                               "experienced experiencing received receiving faced facing died dying".split())
# Auxiliaries that end the subject of a "that" clause whose verb no lexicon lists ("that Velde had defrauded"): the
# finite ones the clause reader ends a subject with, and "could", "did" ("that Velde could not account for …")
_THAT_AUXILIARIES = FINITE_AUXILIARIES | {"could", "did"}


def _past_participle_passive(aux: str, word: str) -> bool:
    """"was beaten", "were misled": a form of "be" before a past form, a passive."""
    return aux in ("was", "were", "is", "are") and codes.is_past_form(word)


_WRONGS = frozenset("crime crimes abuse abuses violation violations atrocity atrocities killing killings murder murders "
                    "massacre massacres attack attacks misconduct corruption fraud torture".split())


# Nouns of a tie between two sides ("break off relations with Congo", "boycott all contact with the United States"),
# of a settlement or quarrel between them ("demanded a truce with Moslem forces", "ending its dispute with its partners"),
# of the line between them ("closed its border with Gaza")
# and of a complaint lodged with someone ("lodged a protest with Albania"): the "with" phrase is the other side.
_RELATIONS = frozenset("relations relationship ties links contact contacts talks dialogue negotiations cooperation "
                       "protest protests complaint complaints truce ceasefire cease-fire armistice accord accords "
                       "agreement agreements deal deals pact treaty dispute disputes border borders frontier".split())


def _together(ctx: _Context, clause: Clause) -> bool:
    """Acts done with someone ("met with", "agreed with", "cooperated with"); "charged with fraud" is not one."""
    code = ctx.code(clause) if clause.kind == "verb" else codes.noun_code(clause.lemma.split())
    return code[:2] in ("03", "04", "05", "06", "19")


def _capital_named(ctx: _Context, m) -> bool:
    """Whether a place mention is a country, or resolves to a national capital."""
    if m.kind == "country":
        return True
    found = ctx.doc.resolved_places.get((m.start, m.end))
    return found is not None and found.place is not None and found.place.capital


_MAKER_SUFFIX = re.compile(r"-(?:made|built|supplied|designed|manufactured|produced|provided|donated)\b", re.I)


def names_a_maker(doc: Document, m: Mention) -> bool:
    """"Russian-made rockets", "Iranian-supplied drones", "US-built helicopters": a country or its people written
    right before "-made", "-built", "-supplied" … (one word) names who made or supplied a thing, never a side of the
    clause's act ("Iranian-backed militias", "the US-led coalition" are sides: backing and leading are no making)."""
    return m.kind == "country" and _MAKER_SUFFIX.match(doc.norm, m.end) is not None


def _country_of_place(ctx: _Context, phrase: Phrase) -> list[Actor]:
    """"struck an oil depot in Russia's Belgorod region": a place's country is the side struck."""
    gaz = reference.gazetteer()
    for m in ctx.doc.mentions_in(phrase.start, phrase.end):
        if m.kind not in ("place", "country") or names_a_maker(ctx.doc, m):
            continue
        # the country the place was resolved in ("the invasion of South Lebanon": Lebanon, not the namesake in Ohio
        # the name was first looked up as)
        r = ctx.doc.resolved_places.get((m.start, m.end))
        country = r.place.country if r is not None and r.place is not None and r.place.country else m.country
        if country in gaz.countries:
            return [Actor(gaz.countries[country].name, "country", country)]
    return []


# --- actors --------------------------------------------------------------------------


def phrase_actors(doc: Document, salience: Salience, start: int, end: int, *, kin_along: bool = False) -> list[Actor]:
    """The actors a noun phrase names: one per coordinated part ("Shell and Watson" → two).

    A part names a person, organisation or country (the lead's speaker-phrase reading,
    :func:`.speakers._phrase`), a pronoun or description resolved to an earlier entity,
    a thing by its country ("the US consulate" → United States, "Ukrainian positions"
    → Ukraine), or an unnamed actor by its noun phrase ("police", "rescue teams",
    "a 28-year-old man") when its head is an agent noun (``data/agent_nouns.csv``).
    ``kin_along``: the phrase is an acting subject, so "their families" after those named go along with them and
    name no actor ("the diplomats and their families left"); kin harmed or taken ("kidnapped the aid workers and their
    children") stay.
    """
    toks = [t for t in doc.tokens_in(start, end) if not _calendar(t.text)]  # "Tuesday the parliament …"
    if len(toks) > 1 and _participle_after_people(toks[-2].text, toks[-1].text):
        toks = toks[:-1]  # "Some 500,000 workers affiliated [with the union]": the workers, the participle describes them
    if not toks:
        return []
    out: list[Actor] = []
    for part in _parts(doc, toks, kin_along=kin_along):
        for actor in _part_actors(doc, salience, part):
            actor = _owned_body(doc, part, actor)
            if actor.name == doc.norm[part[0].start : part[-1].end] and len(part) > 1 and part[-2].end < part[-1].start - 1 \
                    and doc.norm[part[-2].end : part[-1].start].strip() not in ("", "'s", "’s", "'", "’"):
                # "Azerbaijani and Armenian forces": the first side is "Azerbaijani forces", not the whole phrase (an
                # owner's possessive is no such gap: "Mara Velde's opponents" keeps its mark)
                actor = actor._replace(name=" ".join(t.text for t in part))
            if actor.name and actor not in out:
                out.append(actor)
    return out


def _participle_after_people(noun: str, word: str) -> bool:
    """Whether ``word`` is a past participle describing the people ``noun`` names ("workers affiliated", "men
    detained"), which the clause reader leaves at the end of a subject."""
    return word.islower() and word.endswith("ed") and len(word) > 4 and (_person_noun(noun.lower()) or bool(codes.agent_sector([noun.lower()])))


def _owned_body(doc: Document, toks, actor: Actor) -> Actor:
    """"Russia's Foreign Ministry", "Romania's Justice Ministry": a body read by its bare head ("Ministry") is named
    with its country, whose it is (as is "Foreign Ministry", a title word and the head, read as one name)."""
    words = actor.name.split()
    if len(words) > 2 or len(words) == 2 and not is_title_word(words[0]) \
            or words[-1].lower() not in _ORG_HEADS and words[-1] not in ("Office", "Department"):
        return actor
    for k, t in enumerate(toks[:-1]):
        plural = t.text.endswith("s") and doc.norm.startswith(("’ ", "' "), t.end)  # "Kurdistan Workers' Party"
        if doc.norm.startswith(("’s", "'s"), t.end) or plural:
            m = next((m for m in doc.mentions_in(t.start, t.end + 1) if m.kind == "country"), None)
            if m is None:
                return _named_with_owner(doc, toks, k, actor)
            country = reference.gazetteer().countries.get(m.country)
            body = " ".join(x.text for x in toks[k + 1 :])
            return Actor(f"{country.name if country else m.name} {body}", "organization", m.country)
    return actor


def _named_with_owner(doc: Document, toks, k: int, actor: Actor) -> Actor:
    """"The Walker County Sheriff's Office", "the Kurdistan Workers' Party": a body whose name holds a possessive is
    named whole, from the capitalised words before it (a lower-case owner, "the group's wing", leaves it as read)."""
    first = k
    while first > 0 and toks[first - 1].text[:1].isupper() and toks[first - 1].text.lower() not in ("the", "a", "an"):
        first -= 1
    if not toks[k].text[:1].isupper() or not all(x.text[:1].isupper() for x in toks[k + 1 :]):
        return actor
    return actor._replace(name=doc.norm[toks[first].start : toks[-1].end])


def _parts(doc: Document, toks, *, kin_along: bool = False) -> list[list]:
    """Split a phrase at "and", "&", "or" and list commas — only where each side names someone."""
    text = doc.norm
    parts, cur = [], []
    for i, t in enumerate(toks):
        w = t.text.lower()
        gap = text[toks[i - 1].end : t.start] if i else ""
        if (w in ("and", "&", "or") or ("," in gap and cur)) and cur:
            if w in ("and", "&", "or"):
                parts.append(cur)
                cur = []
                continue
            parts.append(cur)
            cur = []
        cur.append(t)
    if cur:
        parts.append(cur)
    if len(parts) == 1:
        return parts
    named = [p for p in parts if not _their_kin(p)] if kin_along else parts
    if len(named) < len(parts) and all(_names_someone(doc, p) for p in named):
        parts = named  # "the diplomats and their families left": those named act, their families go along
        if len(parts) == 1:
            return parts
    # "Qatari and Egyptian mediators": a bare modifier shares the last part's head
    head = parts[-1][-1]
    merged = []
    for p in parts[:-1]:
        if len(p) == 1 and p[0].text[:1].isupper() and head.text.islower():
            merged.append(p + [head])
        else:
            merged.append(p)
    merged.append(parts[-1])
    named = [p for p in merged if _names_someone(doc, p)]
    return merged if len(named) == len(merged) else [toks]


# Kin who go along with those named ("the diplomats and their families"), as a body; no actor of their own.
# (A spouse is one person who acts: "Clinton and her husband attended" is left as it is read.)
_KIN = frozenset("family families children relatives dependants dependents".split())


def _their_kin(toks) -> bool:
    """A part such as "their families", "his children": the kin of someone the phrase names."""
    words = [t.text.lower() for t in toks]
    return len(words) == 2 and words[0] in ("their", "his", "her") and words[1] in _KIN


# Nouns that name a side ("the opposition boycotted the vote") or a stance ("opposition to the plan grew").
_STANCE_OR_SIDE = frozenset(("opposition",))


def _names_a_side(doc: Document, toks, words: list[str]) -> bool:
    """Whether a stance-or-side noun names a side: after "the", a possessive or a name ("the opposition", "Kenya's
    opposition", "the Syrian opposition"), and not followed by what the stance is towards or whose it is ("the
    opposition to the plan", "opposition from farmers")."""
    after = doc.tokens_in(toks[-1].end, toks[-1].end + 12)[:1]
    if after and after[0].text.lower() in ("to", "from", "against"):
        return False
    return words[0] in _DEFINITE or any(m.kind in ACTOR_KINDS or m.kind == "country"
                                        for m in doc.mentions_in(toks[0].start, toks[-1].end))


def _names_someone(doc: Document, toks) -> bool:
    if any(m.kind in ACTOR_KINDS for m in doc.mentions_in(toks[0].start, toks[-1].end)):
        return True
    words = [t.text.lower() for t in toks]
    return bool(codes.agent_sector(words)) or words[-1] in _SUBJECT_PRONOUNS


def _part_actors(doc: Document, salience: Salience, toks) -> list[Actor]:
    words = [t.text.lower() for t in toks]
    if words[-1] in _STANCE_OR_SIDE and not _names_a_side(doc, toks, words):
        return []  # "Opposition to the dam forced …", "Strong opposition from farmers": a stance, no one who acts
    state = _capital_as_state(doc, toks)
    if state is not None:
        return [state]
    if _capitalised_common_noun(doc, toks, words):
        unnamed = _unnamed(doc, toks, words)  # "Government forces recaptured …": government forces, not a body "Government"
        if unnamed is not None:
            return [unnamed]
    if len(toks) == 1 and words[0] in _OBJECT_PRONOUNS and salience is not None:
        # "charged him", "sentenced her": the object form of a pronoun, resolved like its subject form
        pronoun = SpeakerPhrase(toks[0].start, toks[0].end, "pronoun", (), _OBJECT_PRONOUNS[words[0]])
        who = resolve(doc, salience, pronoun, toks[0].start)
        return [_actor_of(doc, who[0], "")] if who else []
    people = _people_of_country(doc, toks) or _followers(doc, toks)
    if people is not None:
        return [people]
    phrase = _phrase(doc, toks, toks[-1].end)
    if phrase is not None and phrase.via != "description":
        collective = named_collective(doc, phrase) or unlisted_name(doc, phrase)
        if collective is not None:
            thing = _thing_of_country(doc, toks, phrase)
            if thing is not None:
                return [thing]
            if not collective.name:  # "three Peruvian diplomats": people of a country the text does not name
                unnamed = _unnamed(doc, toks, words)
                if unnamed is not None:
                    return [unnamed]
            return [Actor(collective.name, collective.kind, _iso(collective.country))]
        who = resolve(doc, salience, phrase, toks[0].start)
        if who:
            if len(who) > 1:
                return [_actor_of(doc, m, "") for m in who]
            return [_actor_of(doc, who[0], phrase.head if phrase.via == "organisation" else "")]
        if phrase.via == "pronoun":
            return []
    named = _unlisted(doc, toks) or _body_named_after(doc, toks)  # "Serb forces", "the UNITA militarist wing":
    if named is not None:  # capitalised words no table knows
        return [named]
    if phrase is not None and phrase.via == "description" and words[0] in _DEFINITE and not phrase.mentions:
        called = _called(doc, toks[-1].end)
        if called is not None:
            return [called]
        who = resolve(doc, salience, phrase, toks[0].start)  # "the agency", "the minister": someone named before
        if who:
            found = _actor_of(doc, who[0], "")
            # "the police", "the army": a collective is the one named before only when that name says so or it is
            # a country's (a newspaper or a person quoted earlier is no police force)
            if found.kind == "country" or codes.agent_sector(words[-1:]) not in ("COP", "MIL") or words[-1] in found.name.lower():
                return [found]
    named = _named_body(doc, toks, words)
    if named is not None:
        return [named]
    owner = _forces_owner(doc, salience, toks, words)
    if owner is not None:
        return [owner]
    unnamed = _unnamed(doc, toks, words)
    if unnamed is not None:
        return [unnamed]
    office = _office_of(doc, toks, words)
    if office is not None:
        return [office]
    thing = _owner_of_thing(doc, toks)
    return [thing] if thing is not None else []


_FOLLOWER_NOUNS = frozenset("supporter supporters backer backers follower followers loyalist loyalists fan fans aide aides "
                            "critic critics opponent opponents detractor detractors".split())


def _followers(doc: Document, toks) -> Actor | None:
    """"a Trump supporter", "Sanders backers", "Clinton aides": people named by whom they follow or oppose, not that
    person."""
    if len(toks) < 2 or toks[-1].text.lower() not in _FOLLOWER_NOUNS:
        return None
    person = next((m for m in doc.mentions_in(toks[0].start, toks[-1].start) if m.kind == "person"), None)
    if person is None or doc.norm[person.end : toks[-1].start].strip() not in ("", "'s", "’s"):
        return None
    return Actor(f"{person.text}{doc.norm[person.end : toks[-1].start].strip()} {toks[-1].text}", "group", "")


def _people_of_country(doc: Document, toks) -> Actor | None:
    """"Iraqi Kurds", "Bosnian Serbs": a country's adjective before a capitalised plural names a people living
    there, a group of its own, not the country (whose government the bare "Iraqi" would stand for)."""
    if len(toks) < 2:
        return None
    last, before = toks[-1], toks[-2]
    if not (len(last.text) > 3 and last.text[0].isupper() and last.text[1:].islower() and last.text.endswith("s")) \
            or doc.norm[before.end : last.start] != " ":
        return None
    if any(m.kind in ("person", "organization") or m.end > last.end for m in doc.mentions_in(before.start, last.end)) \
            or codes.agent_sector([last.text.lower()]) or last.text.lower() in FORCES or last.text.lower() in group_nouns():
        return None  # "Iraqi Airways" named as a body; "Iraqi Forces", "Iraqi Police" are the state's own
    country = next((m for m in doc.mentions_in(before.start, before.end) if m.kind == "country" and m.via == "demonym"), None)
    if country is None:
        return None
    return Actor(f"{before.text} {last.text}", "group", _iso(country.country))


def _capital_as_state(doc: Document, toks) -> Actor | None:
    """"Berlin rejected …": a capital read as its government (``Mention.sense``) acts for its country; so does the
    decided act it owns ("Berlin's pledge to add soldiers": the phrase "Berlin's pledge" is the one adding)."""
    found = doc.mentions_in(toks[0].start, toks[-1].end)
    if len(found) != 1 or found[0].kind != "place" or found[0].sense != "government" or found[0].start != toks[0].start \
            or (found[0].end != toks[-1].end and doc.norm[found[0].end : found[0].end + 2] not in ("'s", "’s")):
        return None
    country = reference.gazetteer().countries.get(found[0].country)
    return Actor(country.name, "country", found[0].country) if country is not None else None


# "the group calling itself the Islamic State", "a militia known as Kataib Hezbollah": the name comes next
_CALLED = re.compile(r"[ \t]*,?[ \t]*(?:calling (?:itself|themselves)|known as|called|named|dubbed|which calls itself)"
                     r"[ \t]+(?:the[ \t]+)?(?=[A-Z])")


def _called(doc: Document, end: int) -> Actor | None:
    """The name a description is given right after it ("the group calling themselves the Islamic State")."""
    cue = _CALLED.match(doc.norm, end)
    if cue is None:
        return None
    named = [m for m in doc.mentions_starting_in(cue.end(), cue.end() + 1) if m.kind in ACTOR_KINDS]
    if named:
        return _actor_of(doc, named[0], "")
    words = []
    for tok in doc.tokens_in(cue.end(), min(len(doc.norm), cue.end() + 80)):
        if not tok.text[:1].isupper() or (words and doc.norm[words[-1].end : tok.start] != " "):
            break
        words.append(tok)
    return Actor(" ".join(t.text for t in words), "organization", "") if words else None


def _a_thing(head: str) -> bool:
    """Whether a phrase's head word names a thing, not people ("plan", "ban", not "police", "father", "Square")."""
    return head.islower() and head not in group_nouns() and not codes.agent_sector([head]) and not _person_noun(head)


def _owner_of_thing(doc: Document, toks) -> Actor | None:
    """"Haiti's efforts", "President Reagan's statement", "the withdrawal of Serbian forces": a thing's owner."""
    if not _a_thing(toks[-1].text):
        return None
    found = [m for m in doc.mentions_in(toks[0].start, toks[-1].end) if m.kind in ACTOR_KINDS and not names_a_maker(doc, m)]
    if not found:
        return None
    owners = [m for m in found if doc.norm.startswith(("’s", "'s"), m.end)]
    m = (owners or found)[0]
    if m.kind == "country":
        place = reference.gazetteer().countries.get(m.country)
        return Actor(place.name if place else m.name, "country", m.country)
    return _actor_of(doc, m, "")


def _thing_head(ctx: _Context, phrase: Phrase) -> str:
    """A noun phrase's head word as written: the last word before its first preposition ("support" in "their support
    for Trump", "assessment" in "his early assessment of Super Bowl 50")."""
    words = ctx.doc.norm[phrase.start : phrase.end].split()
    cut = next((k for k, w in enumerate(words) if k and w.lower() in PREPOSITIONS), len(words))
    return words[cut - 1]


def _object_owner(ctx: _Context, phrase: Phrase | None) -> list[Actor]:
    """Whom an act on a thing is aimed at, by the thing's owner: a possessive pronoun resolved ("rejected her plan",
    "his attempts") or a place that owns a rule or an act, standing for its government ("struck down Ohio's ban")."""
    if phrase is None:
        return []
    doc = ctx.doc
    toks = [t for t in doc.tokens_in(phrase.start, phrase.end) if not _calendar(t.text)]
    if len(toks) < 2 or not _a_thing(_thing_head(ctx, phrase)) \
            or any(m.kind in ACTOR_KINDS for m in doc.mentions_in(toks[1].start, toks[-1].end)):
        return []  # "its European Community partners", "his assessment of Super Bowl 50": the phrase names its own
    word = toks[0].text.lower()
    if word in _POSSESSIVE_PRONOUNS and ctx.salience is not None:
        pronoun = SpeakerPhrase(toks[0].start, toks[0].end, "pronoun", (), _POSSESSIVE_PRONOUNS[word])
        genders = dict(ctx.salience.gender)
        who = resolve(doc, ctx.salience, pronoun, toks[0].start)
        ctx.salience.gender = genders  # a guess about a thing's owner teaches no one's gender to the resolutions after it
        return [_actor_of(doc, who[0], "")] if who else []
    body = _possessing_body(ctx, toks)
    if body:
        return body
    place = next((m for m in doc.mentions_in(phrase.start, phrase.end) if m.kind == "place" and doc.norm.startswith(("’s", "'s"), m.end)), None)
    return [Actor(place.name, "organization", place.country)] if place is not None else []


def _author_of_thing(ctx: _Context, phrase: Phrase | None) -> list[Actor]:
    """"rejected the ceasefire proposed by the government", "vetoed a bill passed by parliament": a thing made by
    someone, whose past participle right after it names the maker in its "by" phrase, stands for its maker, as a
    thing's owner does ("rejected the government's ceasefire"). Only a maker who can act ("hit by a missile" names
    none), and no place: "left the city burned by rebels" is not aimed at the rebels."""
    if phrase is None or phrase.head in _PLACE_NOUNS \
            or any(m.kind == "place" and m.end == phrase.end for m in ctx.doc.mentions_in(phrase.start, phrase.end)):
        return []
    for other in ctx.clauses:
        # (the participle right after the phrase, whatever subject the clause reader gave it: after a preposition's
        # noun it may take the sentence's subject, "Hundreds rallied against a law passed by parliament")
        if other.kind == "verb" and other.voice == "passive" and 0 <= other.group_start - phrase.end <= 1 \
                and not ctx.doc.norm[phrase.end : other.group_start].strip() and _agentive(ctx, other.agent):
            return ctx.actors(other.agent)
    return []


def _possessing_body(ctx: _Context, toks) -> list[Actor]:
    """"criticised the army's response", "rejected the rebels' demands": a body named by a common noun that owns the
    thing acted on ("the", at most one word, the body's noun, a possessive). Not a person ("the victim's family", "the
    man's death"), nor a place noun ("the state's ban", "the country's response"), which name no one in particular."""
    text = ctx.doc.norm
    for k in range(1, min(3, len(toks) - 1)):
        word = toks[k].text.lower()
        owned = text.startswith(("’s", "'s"), toks[k].end) or (word.endswith("s") and text.startswith(("’", "'"), toks[k].end))
        if not owned:
            continue
        sector = codes.agent_sector([word.rstrip("'’")])
        if toks[0].text.lower() != "the" or not sector or sector in ("PPL", "CVL"):
            return []
        words = " ".join(t.text for t in toks[1 : k + 1]).rstrip("'’")
        # the body the words themselves name, never one a description resolves to ("the company's move" is no
        # company named before)
        return [a for a in phrase_actors(ctx.doc, ctx.salience, toks[0].start, toks[k].end)
                if a.kind in ("group", "organization") and a.name.lower() == words.lower()]
    return []


_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
# an object pronoun then "in" ("beat him in the Iowa caucuses"), for _beaten_in_a_vote
_PRONOUN_IN = compile_on_use(r"\s+(?:%s)\s+in\s+" % "|".join(_OBJECT_PRONOUNS), re.IGNORECASE)
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "his", "her", "its", "their"})


def _unlisted(doc: Document, toks) -> Actor | None:
    """A phrase whose capitalised words are no known name: the phrase from its first capital is the actor."""
    names = doc.mentions_in(toks[0].start, toks[-1].end)
    covered = lambda t: any(m.start <= t.start < m.end for m in names)
    caps = [k for k, t in enumerate(toks) if t.text[:1].isupper() and not covered(t) and t.text.lower() not in _DEFINITE
            and t.text.lower() not in ("a", "an", "he", "she", "they", "it", "we", "i") and not _calendar(t.text)
            and not (_common(t.text.lower()) and _sentence_initial(doc, t))]
    if not caps or not toks[-1].text[:1].isalpha():
        return None
    head = toks[-1].text.lower()
    if not (toks[-1].text[:1].isupper() or head in group_nouns() or codes.agent_sector([head]) or _person_noun(head) or head in _ORG_HEADS):
        return None
    first = caps[0]
    while first > 0 and doc.norm.startswith(("’s", "'s"), toks[first - 1].end) is False and toks[first - 1].text[:1].isupper():
        first -= 1
    name = " ".join(t.text for t in toks[first:])
    kind = "group" if head.endswith("s") and not toks[-1].text[:1].isupper() else "organization"
    return Actor(name, kind, "")


def _named_body(doc: Document, toks, words: list[str]) -> Actor | None:
    """"the Taliban religious faction", "the Hamas militant group": a body's kind after its name is that body."""
    if len(toks) < 2 or words[-1] not in _BODY_NOUNS:
        return None
    if any(doc.norm.startswith(("'s", "’s"), t.end) for t in toks[:-1]):
        return None  # "Hamas's armed wing" is a part of the body, named by _owned_body
    mentions = doc.mentions_in(toks[0].start, toks[-2].end)
    if any(m.kind in ("person", "country", "place") for m in mentions):
        return None  # "a Palestinian militant group", "the Iowa Democratic Party": named by other rules
    found = [m for m in mentions if m.kind in ("organization", "group")]
    if len(found) == 1:
        return _actor_of(doc, found[0], "")
    capitalised = [t for t in toks[:-1] if t.text[:1].isupper() and t.text.lower() not in _DEFINITE
                   and not _sentence_initial(doc, t)]
    if found or not capitalised or capitalised != toks[toks.index(capitalised[0]) : toks.index(capitalised[-1]) + 1]:
        return None
    return Actor(" ".join(t.text for t in capitalised), "organization", "")  # "the Taliban religious faction"


def _body_named_after(doc: Document, toks) -> Actor | None:
    """"the opposition newspaper La Prensa", "the ruling party Jubilee": a body's kind, then its name, which the
    gazetteer also knows as a place; the noun says it is a body, so the name is that body's, no place. A country
    ("the party Kenya"), a person, or a name not set right after the noun ("the newspaper in Managua") is left to the
    other readings."""
    kind = next((k for k, t in enumerate(toks[:-1]) if t.text in _ORG_HEADS), None)
    if kind is None or kind == 0 and _sentence_initial(doc, toks[0]):
        return None
    name = toks[kind + 1 :]
    if not all(t.text[:1].isupper() and not _calendar(t.text) for t in name) \
            or any(doc.norm[a.end : b.start] != " " for a, b in zip(toks[kind:], name)):
        return None
    mentions = doc.mentions_in(name[0].start, name[-1].end)
    if not any(m.kind == "place" and m.start == name[0].start and m.end == name[-1].end for m in mentions) \
            or any(m.kind in ("country", "person") for m in mentions):
        return None
    return Actor(" ".join(t.text for t in name), "organization", "")


_BODY_NOUNS = frozenset("faction group movement organisation organization militia network party".split())
_ORG_HEADS = frozenset("network wing movement party group organisation organization front army militia council committee "
                       "agency ministry court tribunal union league alliance coalition forum assembly parliament congress "
                       "senate government administration commission company firm bank newspaper".split())


def _common(word: str) -> bool:
    """A common word that only a sentence's start capitalises ("Thousands of teachers", "Police")."""
    return word in _LEADING or word in group_nouns() or _person_noun(word) or bool(codes.agent_sector([word])) or \
        codes.is_verb_form(word) or codes.is_event_noun(word)


def _calendar(word: str) -> bool:
    return word.lower() in CALENDAR


def _person_noun(word: str) -> bool:
    return word in _PERSON_NOUNS or (word.endswith("s") and word[:-1] in _PERSON_NOUNS)


def _actor_of(doc: Document, m: Mention, head: str) -> Actor:
    """The actor one name stands for (``describe`` without reading a person's role: events need no role)."""
    if m.kind == "country":
        place = reference.gazetteer().countries.get(m.country)
        name = place.name if place is not None else m.name
        return Actor(name, "group" if head and head in group_nouns() else "country", m.country)
    kind = m.kind if not (head and head in group_nouns() and m.kind != "person") else m.kind
    return Actor(m.name, kind if kind in ACTOR_KINDS else "organization", m.country)


def _thing_of_country(doc: Document, toks, phrase) -> Actor | None:
    """"the US consulate", "Ukrainian positions", "a Russian glide bomb": a thing named by its country."""
    head = toks[-1].text.lower()
    if head in group_nouns() or codes.agent_sector([head]) or not toks[-1].text.islower():
        return None
    for m in phrase.mentions:
        if m.kind == "country" and m.country and not names_a_maker(doc, m):
            gaz = reference.gazetteer()
            place = gaz.countries.get(m.country)
            return Actor(place.name if place else m.name, "country", m.country)
    return None


def _unnamed(doc: Document, toks, words: list[str]) -> Actor | None:
    """"police", "rescue teams", "a 28-year-old man", "Trump supporters": an actor without a name."""
    head = words[-1]
    single = codes.stem(head)
    if not (codes.agent_sector(words) or head in group_nouns() or single in group_nouns() or _person_noun(head)
            or head in _ORG_HEADS or single in _ORG_HEADS):
        return None
    k = 0
    while k < len(toks) - 1 and (words[k] in _LEADING or words[k][:1].isdigit()):
        k += 1
    name = _words_with_owners(doc, toks[k:])
    if name[:1].isupper() and not any(m.start <= toks[k].start < m.end for m in doc.mentions_in(toks[0].start, toks[-1].end)) \
            and _sentence_initial(doc, toks[k]):
        name = name[:1].lower() + name[1:]  # "Police arrested …": the common noun, not a name
    country = ""
    for m in doc.mentions_in(toks[0].start, toks[-1].end):
        if m.kind == "country":
            country = m.country
    kind = "organization" if head in _ORG_HEADS else "group" if head.endswith("s") or head in ("police", "military") \
        or head in _STANCE_OR_SIDE else "person"
    return Actor(name, kind, country)


def _words_with_owners(doc: Document, toks) -> str:
    """The words of a phrase, each owner named by a common noun keeping its possessive mark ("president's opponents",
    "the rebels' fighters"), which the tokens leave out: "president opponents" would be a name no one bears."""
    out = []
    for t in toks:
        if not t.text.islower() or t is toks[-1]:  # (the phrase's own end: "the army's" names the army)
            out.append(t.text)  # a named owner keeps the house style: "Peru foreign minister", "Chile ambassador"
            continue
        mark = doc.norm[t.end : t.end + 2]
        out.append(t.text + (mark if mark in ("'s", "’s") else mark[:1] if mark[:1] in ("'", "’") and t.text.endswith("s")
                             else ""))
    return " ".join(out)


def _forces_owner(doc: Document, salience: Salience | None, toks, words: list[str]) -> Actor | None:
    """"their forces had completed their withdrawal", "its troops": armed forces named by a possessive pronoun
    act for its owner, resolved like the pronoun itself (CAMEO codes a country's forces as the country)."""
    if len(toks) < 2 or words[0] not in _POSSESSIVE_PRONOUNS or words[-1] not in FORCES or salience is None:
        return None
    pronoun = SpeakerPhrase(toks[0].start, toks[0].end, "pronoun", (), _POSSESSIVE_PRONOUNS[words[0]])
    who = resolve(doc, salience, pronoun, toks[0].start)
    return _actor_of(doc, who[0], "") if who else None


_POSSESSIVE_PRONOUNS = {"their": "they", "its": "it", "his": "he", "her": "she"}


def _capitalised_common_noun(doc: Document, toks, words: list[str]) -> bool:
    """A sentence's first word, capitalised only for that, that names a kind of actor before a lower-case agent
    noun ("Government forces", "Army officers", "Opposition supporters"), read as a name by the mention finder."""
    if len(toks) < 2 or not toks[-1].text.islower() or not (codes.agent_sector(words[-1:]) or words[-1] in FORCES) \
            or not _sentence_initial(doc, toks[0]):
        return False
    found = [m for m in doc.mentions_in(toks[0].start, toks[0].end)]
    return len(found) == 1 and found[0].end == toks[0].end and found[0].kind == "organization" \
        and bool(codes.agent_sector(words[:1]) or words[0] in group_nouns())


def _office_of(doc: Document, toks, words: list[str]) -> Actor | None:
    """"the governor of Kandahar province", "the head of the agency": a person named by an office of a place or body
    (the head before "of" is a title), not the place; "the government of Sindh province", "the police of Kalo": a body
    named by an agent noun of a place (a region or a town: a country's government is the country)."""
    of = words.index("of") if "of" in words[1:-1] else -1
    if of < 1 or words[0] not in ("the", "a", "an") and not is_title_word(words[0]):
        return None
    office = is_title_word(words[of - 1])
    body = None if office or not any(m.kind == "place" for m in doc.mentions_in(toks[of].end, toks[-1].end)) \
        or not codes.agent_sector([words[of - 1]]) else _unnamed(doc, toks[:of], words[:of])
    if not office and body is None:
        return None
    k = 1 if words[0] in ("the", "a", "an") else 0
    country = next((m.country for m in doc.mentions_in(toks[of].end, toks[-1].end) if m.country), "")
    return Actor(" ".join(t.text for t in toks[k:]), "person" if office else body.kind, country)


def _sentence_initial(doc: Document, tok) -> bool:
    sent = doc.sentence_at(tok.start)
    return sent is not None and doc.norm[sent.start : tok.start].strip() == ""


_LEADING = frozenset("the a an some all both several many more than less fewer at least about around nearly almost over up to "
                     "dozens hundreds thousands of its his her their our these those this that six seven eight nine ten "
                     "dozen hundred thousand million".split()) | _QUANTIFIERS  # "Five hundred rebels" are rebels


def _iso(country: str) -> str:
    """An ISO code for a country name or code ("Russia" → RU)."""
    if not country:
        return ""
    if len(country) == 2 and country.isupper():
        return country
    place = reference.gazetteer().country_of(country)
    return place.country if place is not None and place.country else ""


# --- where ---------------------------------------------------------------------------


def choose_place(*, clause: list[Mention], sentence: list[Mention], paragraph: list[Mention], caption: str,
                 actor_country: str, dateline: str = "", actor_place: list[Mention] = (),
                 actor_institution: str = "", narrative: list[Mention] = ()) -> tuple[str, str]:
    """The place an event happened and how it was chosen (``location_basis``).

    Candidates come most specific first: the clause's own place ("in Kyiv", "at the
    base", the struck base), then the sentence's, then a
    town naming the actor ("a Baton Rouge newspaper"), the city whose institution the actor is
    ("the St. Paul City Council", ``actor_institution``), the paragraph's, the scene an earlier
    paragraph set that the story has not moved on from (``narrative``), the photo
    caption's, the dateline's ("KOLKATA, India –": where the story is reported from),
    and the actor's country only when nothing better is said. Within one
    level a town, base or region beats a country. One function, so resolved places
    (the places issue's toponym resolution) can be fed in here later.
    """
    for basis, found in (("clause", clause), ("sentence", sentence), ("actor_place", list(actor_place)), ("paragraph", paragraph),
                         ("narrative", list(narrative))):
        if found:
            specific = [m for m in found if m.kind == "place"]
            return (specific or found)[0].name, basis
        if basis == "actor_place" and actor_institution:
            return actor_institution, "actor_institution"
    if caption:
        return caption, "caption"
    if dateline:
        return dateline, "dateline"
    if actor_country:
        return actor_country, "actor_country"
    return "", ""


# Fighting often happens abroad: its actor's country is no guess of where.
_FIGHTING = ("18", "19", "20")


def place_of(ctx: _Context, clause: Clause, sources: list[Actor], targets: list[Actor] = (), *, moving: bool = False,
             cameo: str = "") -> tuple[str, str]:
    doc = ctx.doc
    own: list[Mention] = []
    # "ordered Britain to …", "blamed on Russia": a country the act is aimed at is its target, not where it
    # happened, unless the act is a physical one done to it ("struck Iraq")
    aimed = set() if moving or cameo.startswith(_FIGHTING) else {t.name for t in targets if t.kind == "country"}
    for prep, np in clause.preps:
        if moving and prep == "from":
            continue  # "deployed troops from Fort Bragg to Poland": where they left, not where the act led
        if prep in _ROUTE_PREPOSITIONS and not moving:
            own += [m for m in doc.mentions_in(np.start, np.end) if _street(m) and _is_place_use(doc, m)]
        elif prep in PLACE_PREPOSITIONS or (moving and prep in ("for", "to", "toward", "towards")):
            own += [m for m in doc.mentions_in(np.start, np.end) if m.kind in ("place", "country") and _is_place_use(doc, m)
                    and not (prep in TARGET_PREPOSITIONS and m.kind == "country" and m.name in aimed and m.text == m.name)]
        elif prep in TARGET_PREPOSITIONS:  # "brought supplies to the residents of flood-ravaged Louisiana"
            own += [m for m in doc.mentions_in(np.start, np.end) if m.kind in ("place", "country")
                    and _PEOPLE_OF.search(doc.norm, max(np.start, m.start - 80), m.start)]
    if clause.object is not None:  # "stormed the city", "struck the Ain al-Asad base"
        own += [m for m in doc.mentions_in(clause.object.start, clause.object.end) if m.kind == "place"
                or (m.kind == "country" and _names_place(doc, m) and m.name not in aimed)]
    if not own:  # "visited the state Aug. 19", "sued the city": the one named before, when the clause names none
        for np in (clause.object, *(np for prep, np in clause.preps if prep in PLACE_PREPOSITIONS or prep in ("to", "toward"))):
            own += _place_referred(ctx, np)
    if not own and not moving:
        own += _shared_place(ctx, clause)
    own += _where_antecedent(ctx, clause)
    patient = clause.subject if clause.voice == "passive" else None
    if patient is not None:  # "a road bridge near the town of Kostiantynivka had been destroyed": where the patient was
        own += [m for m in doc.mentions_in(patient.start, patient.end) if m.kind in ("place", "country") and _after_place_preposition(doc, m)]
    named = []  # "the Paris terror attacks": a town among the noun's modifiers names the happening
    if clause.kind == "noun" and clause.owner is not None:
        named = [m for m in doc.mentions_in(clause.owner.start, clause.owner.end) if m.kind == "place"]
        own += named
    doer = clause.owner if clause.kind == "noun" else clause.agent if clause.voice == "passive" else clause.subject
    # "a Baton Rouge newspaper called on …", "the Kabul police arrested …": a town naming the actor is where it acts
    # when the sentence says nothing better (a country there is an affiliation: "US troops")
    # the town must modify the actor's noun: "Pyongyang has conducted launches" names the state, not where
    at_home = [] if doer is None else [m for m in _as_places(doc, [m for m in doc.mentions_in(doer.start, doer.end)
                                                                    if doc.norm[m.end : doer.end].strip()]) if m.kind == "place"]
    # "the Tel Aviv-based NSO Group sued …": the town the actor is based in is its base, as a city's institution's
    # city is; "Moscow-born Avigdor Lieberman resigned": where the actor was born says nothing of where it acts
    based = next((m.name for m in at_home if _BASED_AFTER.match(doc.norm, m.end)), "")
    at_home = [m for m in at_home if not _WHERE_FROM_AFTER.match(doc.norm, m.end)]
    sent = ctx.sent
    sentence = [m for m in starting_in(doc.mentions, sent.start, sent.end)
                if m.kind in ("place", "country") and not ctx.in_quote(m.start) and _after_place_preposition(doc, m)
                and not (m.name in aimed and m.text == m.name and not _after_place_preposition(doc, m, _WHERE_PREPOSITIONS))]
    para_start = max(doc.paragraph_bounds(sent.start)[0], sent.start - _REACH)  # a run-on paragraph: its last stretch
    paragraph = [m for m in starting_in(doc.mentions, para_start, sent.start)
                 if m.kind == "place" and _after_place_preposition(doc, m) and not ctx.in_quote(m.start)]
    caption = ctx.caption_places.get(sent.paragraph, "") if sent.section == "caption" else ""
    narrative = _scene_set_before(ctx, clause) if not paragraph and sent.section == "body" and clause.kind == "verb" \
        and cameo[:2] in _ON_THE_SCENE and _told_as_past(ctx, clause) else []
    actor_country = ""
    own_countries = {a.country for a in sources if a.country}
    abroad = any(t.country and t.country not in own_countries for t in targets)
    for a in sources:
        if a.country and not abroad and not cameo.startswith(_FIGHTING):  # an act against another country's side happened somewhere the text does not say
            place = reference.gazetteer().countries.get(a.country)
            actor_country = place.name if place else ""
            break
    dateline = ctx.story.place if sent.section == "body" else ""
    institution = "" if at_home else based or _institution_city(doc, sources)
    place, basis = choose_place(clause=_as_places(doc, own), sentence=_as_places(doc, sentence), actor_place=at_home,
                                actor_institution=institution, paragraph=paragraph, caption=caption,
                                actor_country=actor_country, dateline=dateline, narrative=narrative)
    if basis == "clause" and named and place in {m.name for m in _as_places(doc, named)}:
        basis = "name"  # as for the happenings named so ("the Paris attacks", location_basis "name")
    return place, basis


# A city's own institutions, written after the city's name ("Chicago Police Department", "St. Paul City Council").
_CITY_INSTITUTION = re.compile(
    r"^(?:the\s+)?((?:[A-Z][\w.'-]*\s+){1,3}?)(?:City\s+(?:Council|Hall|Commission|Government|Attorney)|"
    r"Police(?:\s+(?:Department|Dept\.?|Bureau|Service))?|Fire\s+(?:Department|Dept\.?|Bureau)|"
    r"Board\s+of\s+(?:Education|Aldermen|Supervisors)|School\s+(?:Board|District)|Public\s+Schools|"
    r"Housing\s+Authority|Transit\s+Authority|Mayor's\s+Office)$")


# a town written before a hyphen and a word for where the actor is based or comes from ("Tel Aviv-based", "Moscow-born")
_BASED_AFTER = compile_on_use(r"-(?:based|headquartered|registered)\b")
_WHERE_FROM_AFTER = compile_on_use(r"-(?:based|headquartered|registered|born)\b")


def _institution_city(doc: Document, sources: list[Actor]) -> str:
    """The city an actor is an institution of ("the St. Paul City Council", or "the council" that refers to it,
    acts in St. Paul): the article's own place row of that name when it names the city as a place, else the
    gazetteer's biggest town so called."""
    for actor in sources:
        found = _CITY_INSTITUTION.match(actor.name) if actor.kind == "organization" else None
        if found is None:
            continue
        key = reference.normalise(found.group(1).strip())
        named = doc.first_place_by_words.get(key)
        if named is not None:
            return located_name(doc, named)
        cands = [c for c in reference.gazetteer().candidates(key) if reference.normalise(c.name) == key]
        if cands and cands[0].kind == "city":
            return cands[0].name
    return ""


def _scene_set_before(ctx: _Context, clause: Clause) -> list[Mention]:
    """"Trump spoke at a rally in Dayton on Saturday. // Protesters were led out of the hall.": a protest, an arrest or
    an attack told as done whose own paragraph names no place happened in the town or spot where the story set the
    scene, the nearest of the last ``_SCENE_PARAGRAPHS`` body paragraphs that names a place (location_basis
    "narrative": inherited, said so), when the act continues the scene: its doer or the one it is done to is one a
    scene holds ("police", "protesters", "the crowd") or was named from the scene on ("Hecklers interrupted her. //
    Police arrested two of the hecklers"). Not when the story has moved on: the scene's setting is a whole country
    ("in Iraq": no scene to stand in) or two towns (which one?); a paragraph crossed on the way names a place in any
    words ("She then flew to Chicago"); the event's paragraph up to its sentence's end names a time the scene's
    paragraph does not ("In March, police arrested …", "By the fall of 2010"), sets itself apart ("Separately",
    "Meanwhile", "Elsewhere") or back ("Years earlier", "at a previous rally"), or opens with a dateline of its own;
    the act is told in the past perfect ("had attacked": before the scene); or its clause names a place, even one
    the gazetteer does not know ("took control of the settlement of Ternove Pole"). Only a place the
    gazetteer placed, or a street: a name read as a place that it does not know ("the Urban Institute") sets no
    scene. Words in quote marks set none either."""
    doc, sent = ctx.doc, ctx.sent
    index = doc.paragraph_index(sent.start)
    own = doc.paragraphs[index].start if index >= 1 else sent.start
    if index < 1 or _places_named(doc, own, sent.end) or _DATELINE_PLACE.match(doc.norm, own) \
            or _AWAY_FROM_SCENE.search(doc.norm, own, sent.end) or _told_before(ctx, clause):
        return []  # (a place named in its own paragraph: the story is there now)
    for k in range(index - 1, max(-1, index - 1 - _SCENE_PARAGRAPHS), -1):
        para = doc.paragraphs[k]
        if para.section != "body":
            return []
        days = {d.date for d in dates_in(doc.norm, para.start, para.end, doc.published) if not within_quotes(doc.quote_spans, d.start)}
        moved = {d.date for d in dates_in(doc.norm, para.end, sent.end, doc.published) if not within_quotes(doc.quote_spans, d.start)}
        years = set(_YEAR_NUMBER.findall(doc.norm, para.start, para.end))  # ("By the fall of 2010": no date words)
        if moved - days or set(_YEAR_NUMBER.findall(doc.norm, para.end, sent.end)) - years:
            return []
        settings = _settings(doc, para.start, para.end)
        if not settings:
            if _places_named(doc, para.start, para.end) or _AWAY_FROM_SCENE.search(doc.norm, para.start, para.end):
                return []  # a paragraph crossed takes the story elsewhere ("She then flew to Chicago.")
            continue
        towns = [m for m in _as_places(doc, settings) if m.kind == "place" and (_placed(doc, m) or _street(m))]
        joined = [m for m in starting_in(doc.mentions, para.start, para.end) if m.kind == "place"
                  and _JOINED_PLACE.search(doc.norm, max(para.start, m.start - 5), m.start)]
        if len({m.name for m in towns}) != 1 or joined or not _continues_scene(ctx, clause, para.start):
            return []
        ctx.scenes[clause.start] = k
        return towns
    return []


def _places_named(doc: Document, start: int, end: int) -> bool:
    """Whether ``[start, end)`` names a place or a country outside quote marks, after any word ("flew to Chicago")."""
    return any(m.kind in ("place", "country") and not within_quotes(doc.quote_spans, m.start) for m in starting_in(doc.mentions, start, end))


def _told_before(ctx: _Context, clause: Clause) -> bool:
    """Whether a clause's verb is in the past perfect ("had attacked", "had later arrested"): a flashback."""
    words = [t.text.lower() for t in ctx.doc.tokens_in(clause.group_start, clause.end) if t.text.lower() not in ADVERBS]
    return bool(words) and words[0] == "had" and len(words) > 1 and codes.is_past_form(words[1])


def _continues_scene(ctx: _Context, clause: Clause, scene_start: int) -> bool:
    """Whether an act's doer or the one it is done to is at the scene: one a scene holds ("police", "protesters",
    "the crowd"), a pronoun, or a word naming them already said from the scene's paragraph on ("Hecklers interrupted
    her. // Police arrested two of the hecklers")."""
    doc = ctx.doc
    said = {w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", doc.norm[scene_start : ctx.sent.start])}
    for phrase in (clause.subject, clause.object):
        if phrase is None:
            continue
        words = [w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", doc.text[phrase.start : phrase.end])]
        if words and (words[-1] in _SCENE_NOUNS or words[-1] in said or words[0] in _SCENE_NOUNS):
            return True
    return False


# a second place joined to the first ("rallies in Lyon and Grenoble"): the scene is in two towns
_JOINED_PLACE = re.compile(r"(?i)\b(?:and|or)\s+$")
# those a scene of a rally or a protest holds: an act by or on them continues it
_SCENE_NOUNS = frozenset((
    "police", "officers", "officer", "protesters", "protester", "demonstrators", "demonstrator", "hecklers", "heckler",
    "supporters", "supporter", "crowd", "marchers", "counter-protesters", "guards", "security", "troopers", "he", "she",
    "they", "him", "her", "them"))
# words setting what follows apart from the scene in place or time: another story, or a flashback
_AWAY_FROM_SCENE = re.compile(r"(?i)\b(?:separately|in\s+a\s+separate\s+(?:development|incident)|meanwhile|elsewhere|"
                    r"(?:years|months|decades|weeks)\s+(?:earlier|before)|ago|previous|before\s+(?:he|she|they|it)\s+"
                    r"(?:became|was|were))\b")


def _scene_day(ctx: _Context, paragraph: int) -> DateRef | None:
    """The day of the scene an act was placed in (location_basis "narrative"): the first event the scene's paragraph
    dates by its words ("held a rally in Dayton on Saturday. // Police arrested two hecklers.": Saturday), not a
    flashback told after it in the same paragraph ("…, where police had arrested 12 protesters on Oct. 3, 2016"),
    said to be inherited (date_basis "narrative"); None when that paragraph gives no day."""
    dated = [ev for ev in ctx.earlier if ev.date is not None and ev.date_basis in _OWN_DATE_BASES and ev.source == "article"
             and ctx.doc.paragraph_index(ev.start) == paragraph]
    return DateRef(dated[0].date, dated[0].date_precision, "narrative", "", -1, -1) if dated and paragraph >= 0 else None


def _placed(doc: Document, m: Mention) -> bool:
    """Whether the gazetteer gave a mention a point."""
    r = doc.resolved_places.get((m.start, m.end))
    return r is not None and r.place is not None and not math.isnan(r.place.lat)


def _settings(doc: Document, start: int, end: int) -> list[Mention]:
    """The places and countries named as where something is ("in Dayton", "at the hall") in ``[start, end)``, outside
    quote marks."""
    return [m for m in starting_in(doc.mentions, start, end)
            if m.kind in ("place", "country") and _after_place_preposition(doc, m) and not within_quotes(doc.quote_spans, m.start)]


# a year that times what is told ("in 2010", "by the fall of 2010", "since mid-2014"), not one naming a thing
# ("the 2016 presidential cycle")
_YEAR_NUMBER = re.compile(r"(?i)\b(?:in|by|since|during|until|of|from|before|after|through|early|late|mid)[\s-]+((?:1[89]|20)\d\d)\b")
_SCENE_PARAGRAPHS = 2  # paragraphs back a scene is carried: a news paragraph is a sentence or two, a scene a few of them
# CAMEO roots of acts done on a scene, where those at it are (protest, coerce, assault, fight, mass violence): a
# statement, a plan or a policy is not tied to where the story last stood
_ON_THE_SCENE = frozenset(("14", "17", "18", "19", "20"))


# "the residents of (flood-ravaged) X", "the people of X": those an act reaches live there, so it happened there.
_PEOPLE_OF = re.compile(r"(?i)\b(?:residents|people|citizens|villagers|inhabitants|townspeople|victims|survivors|families|"
                        r"population)\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")


def _shared_place(ctx: _Context, clause: Clause) -> list[Mention]:
    """"opponents punched his supporters and burned their hats in California": a verb that names no place happened
    where the verb joined to it by "and" did, when that one's last phrase says where ("in", "near", "outside"…; not a
    destination, "and fled to Mali"). Not when the verb's own clause opens with a place ("In Lagos, police arrested two
    men and released them in Abuja") or its subject holds one ("Police in Lima arrested two men and released them in
    Cusco"), nor when the first verb has a setting of its own ("attacked Clinton on Twitter and spoke at a rally in
    Ohio"), nor when the second act is told as coming after ("and later released them")."""
    k = next((i for i, o in enumerate(ctx.clauses) if o is clause), -1)
    later = next((c for c in ctx.clauses[k + 1 :] if c.kind == "verb" and c.coordinated_with == k), None) if k >= 0 else None
    if later is None or not later.preps or ctx.code(later) == "move" or later.preps[-1][0] not in _WHERE_PREPOSITIONS:
        return []
    if any(prep in ("to", "toward", "towards", "into") for prep, _ in later.preps):
        return []  # "and took them to a prison in Cusco": the place is where they went, not where the first act was
    doc = ctx.doc
    if _SEQUENCE.search(doc.norm, clause.end, later.start):
        return []
    if clause.subject is not None and any(
            m.kind in ("place", "country") and m.end <= clause.subject.start and _after_place_preposition(doc, m)
            and _FRONTED_GAP.fullmatch(doc.norm, m.end, clause.subject.start)
            for m in starting_in(doc.mentions, max(ctx.sent.start, clause.subject.start - 60), clause.subject.start)):
        return []
    if clause.subject is not None and any(  # "Police in Lima arrested two men": the subject's own place says where
            m.kind in ("place", "country") and _after_place_preposition(doc, m)
            for m in doc.mentions_in(clause.subject.start, max(clause.subject.end, clause.group_start))):
        return []
    if any((prep in _WHERE_PREPOSITIONS or prep in ("at", "on")) and not _TIME_PHRASE.search(doc.norm, np.start, np.end)
           for prep, np in clause.preps if np.end <= later.start):  # "attacked Clinton on Twitter": a setting of its own
        return []
    np = later.preps[-1][1]
    return [m for m in doc.mentions_in(np.start, np.end) if m.kind in ("place", "country") and _is_place_use(doc, m)]


# words that tell a second act as coming after the first ("arrested two men and later released them")
_SEQUENCE = compile_on_use(r"(?i)\b(?:then|later|afterwards?|subsequently|eventually|finally|next)\b")
# a phrase that says when, not where ("on Monday", "in March", "at night"): no setting
_TIME_PHRASE = compile_on_use(r"(?i)\b(?:" + _WEEKDAY_WORDS + "|" + "|".join(FULL_MONTHS) + r"|\d{4}|night|morning|afternoon|"
                          r"evening|dawn|noon|midnight|week|weekend|month|year|day|hours?|minutes?)\b")
# what may stand between a place opening a clause and the clause's subject ("In Lagos, police", "In Lagos on Monday,")
_FRONTED_GAP = compile_on_use(r"(?:\s+(?:on|in|at|early|late|last)?\s*[\w.]+){0,3}\s*,\s*")


def _place_referred(ctx: _Context, phrase: Phrase | None) -> list[Mention]:
    """"the state", "the city", "the country": the place of that kind the text named last before the phrase."""
    if phrase is None:
        return []
    words = ctx.doc.norm[phrase.start : phrase.end].lower().split()
    while len(words) > 2 and (words[-1].strip(".,") in CALENDAR or words[-1][:1].isdigit()):
        words.pop()  # "visited the state Aug. 19": the date after the phrase is no part of it
    kind = _PLACE_REFERENCES.get(words[1]) if len(words) == 2 and words[0] == "the" else None
    return [] if kind is None else _named_before(ctx, kind, phrase.start)


def _owner_referred(ctx: _Context, clause: Clause, subject: list[Actor] = ()) -> list[Mention]:
    """"voided the state's ban on …", "criticised the country's decision": a rule or act "the state", "the city" or
    "the country" owns is its government's, the place of that kind named before the clause's subject (as "sued the
    state" is aimed at it); not a thing of other kinds ("fined the country's largest bank"). A place named inside the
    subject is the owner ("A judge in Texas blocked the state's ban", "Peru's president defended the country's
    decision": their own); a subject that is only the place ("Peru criticised …") or a pronoun for the actor ("Peru's
    government said it rejected …") names no owner, it is the place before it and other than the actor's own."""
    phrase = clause.object
    if phrase is None:
        return []
    words = ctx.doc.norm[phrase.start : phrase.end].split()
    owner = _OWNED_BY_REFERENCE.fullmatch(" ".join(words[:2])) if len(words) > 2 else None
    head = _thing_head(ctx, phrase).lower()
    if owner is None or not (head in _RULES or head in _PROPOSALS or codes.noun_code([head]) not in ("", "---")):
        return []
    kind = _PLACE_REFERENCES[owner.group(1).lower()]
    said = clause.subject
    if said is None:
        return _named_before(ctx, kind, phrase.start)
    gap = ctx.doc.norm[said.end : clause.start]  # "A judge in Texas blocked": the subject runs on to the verb, unless a
    # comma sets a phrase apart ("Judge Costa, in the same Jackson courthouse, voided": where, not whose)
    inside = [m for m in starting_in(ctx.doc.mentions, said.start, said.end if "," in gap else clause.start)
              if m.kind == kind and m.via != "event" and not (m.start <= said.start and m.end >= said.end)]
    if inside:  # "A judge in Texas", "Texas lawmakers", "The president of Peru": the subject's own place
        return inside[-1:]
    own = {n for a in subject for n in (a.name, a.country) if n} if _pronoun(ctx, said) else set()
    return _named_before(ctx, kind, min(phrase.start, said.start), other_than=own)


# What a government lays down, whose owner an act on it is aimed at ("voided the state's ban").
_RULES = frozenset("law laws rule rules regulation regulations policy policies decision decisions order orders ruling "
                   "measure measures decree decrees ban bans restriction restrictions".split())


def _named_before(ctx: _Context, kind: str, start: int, other_than: set[str] = frozenset()) -> list[Mention]:
    """The last place of a kind ("place", "country") the text named before ``start``, outside quotes (and not one of
    ``other_than``, names, or for a country its code: a state of the actor's own country is no country of its own)."""
    earlier = [m for m in starting_in(ctx.doc.mentions, max(0, start - _REACH), start)
               if m.kind == kind and m.sense != "affiliation" and m.via != "event" and not ctx.in_quote(m.start)
               and m.name not in other_than and (m.kind != "country" or m.country not in other_than)]
    return earlier[-1:]  # (not a happening named after its place: "the Tulsa Riots commission criticised the city")


# Nouns that refer back to a place ("the state" → Louisiana) and the kind of mention they refer to.
# ("the region" is left out: it is as often a wider area than any place named, "tensions in the region").
_PLACE_REFERENCES = {"city": "place", "town": "place", "village": "place", "state": "place", "province": "place",
                     "island": "place", "country": "country"}
_OWNED_BY_REFERENCE = compile_on_use(r"(?i)the (" + "|".join(_PLACE_REFERENCES) + r")['’]s")


def _where_antecedent(ctx: _Context, clause: Clause) -> list[Mention]:
    """"The talks moved to China, where Kerry met Lavrov": the place a "where" clause hangs on is where it happened."""
    doc = ctx.doc
    if clause.kind == "noun" and clause.host >= 0:  # "New York, where the council called an emergency session": the
        clause = ctx.clauses[clause.host]  # noun's verb says where both happened
    opener = clause.subject.start if clause.kind == "verb" and clause.subject is not None else clause.group_start
    before = doc.tokens_in(max(ctx.sent.start, opener - 40), opener)
    if clause.kind != "verb" or not before or before[-1].text.lower() != "where":
        return []
    at = before[-1].start
    return [m for m in starting_in(doc.mentions, max(ctx.sent.start, at - 60), at)
            if m.kind in ("place", "country") and doc.norm[m.end : at].strip() in ("", ",")]


def _as_places(doc: Document, found: list[Mention]) -> list[Mention]:
    """A capital named where something happened is the city ("met … in Moscow, Russia"), not its state:
    the mention stands for the government elsewhere ("Moscow denies"), so it is lifted here, where it is a place."""
    out = []
    for m in found:
        row = located_name(doc, m)  # the location row's name ("Philadelphia", not the finder's first guess "Amman")
        if m.kind == "country" and m.sense == "place" and row != m.name:
            m = m._replace(kind="place", name=row)
        elif m.kind == "place" and row != m.name:
            m = m._replace(name=row)
        out.append(m)
    return out


def _is_place_use(doc: Document, m: Mention) -> bool:
    """A country named as a place ("in Iraq"), not as an owner of something else ("in Russia's Belgorod region",
    "on an Israeli troop pullback")."""
    if m.via == "demonym" and m.sense == "affiliation" and not _names_place(doc, m):
        return False
    return not doc.norm.startswith(("’s", "'s"), m.end) or m.kind == "place"


def _names_place(doc: Document, m: Mention) -> bool:
    nxt = doc.tokens_in(m.end, m.end + 30, limit=1)
    return m.via != "demonym" or (bool(nxt) and nxt[0].text.lower() in _PLACE_NOUNS)


def _after_place_preposition(doc: Document, m: Mention, prepositions=PLACE_PREPOSITIONS) -> bool:
    words = doc.tokens_in(max(0, m.start - 30), m.start)
    prev = words[-1].text.lower() if words else ""
    if prev == "the" and len(words) > 1:
        prev = words[-2].text.lower()
    if prev == "of" and m.kind == "place" and len(words) > 1 and words[-2].text.lower() in _PLACE_KINDS:
        return True  # "in the southern city of Salisbury", "the French Riviera city of Nice": the city is where
    return prev in prepositions or (m.via == "demonym" and _names_place(doc, m)) or (prev in _ROUTE_PREPOSITIONS and _street(m))


# "marched down Broad Street", "along Collins Avenue": a route along a street passes where it happened
_ROUTE_PREPOSITIONS = frozenset(("down", "up", "along", "through"))


def _street(m: Mention) -> bool:
    return m.kind == "place" and m.text.rsplit(None, 1)[-1].lower() in reference.place_words().streets


# Nouns naming the kind of place a name after "of" is ("the city of Nice"); a country is left out ("the State of
# Israel" is its name, and an act aimed at it does not happen there).
_PLACE_KINDS = frozenset("city town village province state region district county island port capital suburb "
                         "neighbourhood neighborhood municipality".split())


# Prepositions that say only where ("in Peru"), never at whom ("on Peru", "at Peru").
_WHERE_PREPOSITIONS = PLACE_PREPOSITIONS - set(TARGET_PREPOSITIONS)


# --- when ----------------------------------------------------------------------------


def date_of(ctx: _Context, clause: Clause, cameo: str = "") -> DateRef:
    """The clause's date words, else the sentence's (nearest before the trigger), the caption's, or publication."""
    doc, sent = ctx.doc, ctx.sent
    found = ctx.dates()
    if cameo[:2] in _ASKING_ROOTS:  # "demanded that troops leave by Friday": Friday bounds the leaving, not the demand
        found = [d for d in found if not (d.start >= clause.end and _deadline(doc, d) and not _means_day(doc, d))]
    if (clause.modality or _after_to(ctx.doc, clause)) and not _done_before_to(ctx.doc, clause):
        # "vowed to take the town by Friday", "a pledge to add troops by 2023": a deadline bounds an act still to come,
        # it does not date the vow ("had taken the town by Friday" keeps it), unless it stands between a past verb and
        # "to" ("agreed by Friday to withdraw": the agreeing's day, _dates_past_pledge)
        found = [d for d in found if not _deadline(doc, d) or _dates_past_pledge(ctx, clause, d)]
    teller = _telling_verb(ctx, clause)
    if teller is not None:  # "the attacks in Paris reframed the contest Saturday": Saturday is the reframing's day
        found = [d for d in found if not teller.group_start <= d.start < teller.clause_end or _in_noun_phrase(clause, d)]
    own = [d for d in found if clause.group_start <= d.start < clause.clause_end and not _in_other_clause(ctx, clause, d)]
    before = [d for d in found if d.start <= clause.start and not _in_other_clause(ctx, clause, d)]
    # the sentence's other dates frame it too ("drew applause on Thursday when he lashed out"), except one a relative
    # clause after this one holds ("a deal with workers who walked out in mid-April") or a plan's ("will convene
    # Friday sessions as teachers fill the Capitol"): without one, the clause is dated like one with no date words
    rest = [d for d in found if not _owned_elsewhere(ctx, clause, d)]
    if not own:
        counted = _counted_back(ctx, clause, found)
        if counted is not None:
            return counted
    # "arrested 20 men, and the next day a court freed them": a count from the event told before dates only what
    # comes after it in the sentence
    rest = [d for d in rest if not (d.basis == "anchor" and not d.anchor and d.start > clause.start)]
    pick = own[0] if own else before[-1] if before else rest[-1] if rest else None
    if pick is not None and pick.basis == "anchor":
        ref = _anchored_to(ctx, pick)
        told = (ref.date, ref.date_precision) if ref is not None else _dated_sentence_before(ctx, pick)
        if told is not None:
            day, precision = shifted(pick, *told)
            if day is not None:
                return DateRef(day, precision, "anchor", pick.text, pick.start, pick.end)
    elif pick is not None and pick.date is not None:
        if ctx.story.next_day and pick.basis == "relative" and doc.published is not None \
                and pick.date == doc.published - timedelta(days=6) and _WEEKDAY.search(pick.text) \
                and not pick.text.lower().startswith("last") and not is_weekday_of_a_week(pick):
            return pick._replace(date=doc.published + timedelta(days=1))  # see dates.runs_past_publication
        if clause.modality == "intent" and doc.published is not None and pick.date < doc.published \
                and not _dates_past_pledge(ctx, clause, pick) and not (pick.start < clause.group_start and _past_governor(ctx, clause)):
            # (not "On Monday, Chile promised to withdraw": date words before a past promise date it, as between)
            # "will convene Friday sessions", "will hold talks in May" (in a July paper): a weekday, or a month or
            # day the words give no year, ahead of a promised act is the next one, not the last
            if pick.basis == "relative" and _WEEKDAY.search(pick.text):
                return pick._replace(date=pick.date + timedelta(days=7))
            this_month = doc.published.replace(day=1)
            if pick.basis == "explicit" and not _YEAR_DIGITS.search(pick.text) and (
                    pick.precision == "day" or (pick.precision == "month" and pick.date < this_month)):
                ahead = _next_year(pick.date)  # ("will meet in March" in a March paper is this March)
                if ahead is not None:
                    return pick._replace(date=ahead)
        if doc.published is not None and pick.basis == "explicit" and earliest_day(pick) > doc.published \
                and not _YEAR_DIGITS.search(pick.text) and not _DEADLINE_WORDS.match(pick.text) and _told_as_past(ctx, clause):
            # "The Sept. 11 attacks were condemned" in a March paper, "criticized the plan at the end of March" in one
            # of 5 March: what is told as done was not still to come
            before = _previous_year(pick.date)
            if before is not None:
                return pick._replace(date=before)
        return pick
    elif pick is not None and pick.basis == "relative":  # "on Friday" with no publication date known: the words stay, undated
        return DateRef(None, "", "relative, no publication date", pick.text, pick.start, pick.end)
    return _undated(ctx, not_from=teller)


# CAMEO roots of acts that ask for, refuse or threaten a later act (appeal, demand, reject, threaten): a deadline
# after their verb is the later act's
_ASKING_ROOTS = frozenset(("02", "10", "12", "13"))


def _deadline_terms(doc: Document, parsed: list[list[Clause]]) -> list[tuple[int, int, bool]]:
    """Where a deadline is a term still to come, as date_of reads one: the words of a clause with a modal frame or
    after "to" ("must leave by Friday", "urged the rebels to lay down their arms by Friday"), and the rest of the
    sentence after a verb that asks for, refuses or threatens a later act ("demanded that the governor resign by
    Friday", "threatened to burn the crops unless troops left by Monday"; flagged, as _means_day is read there). Not a
    done act's ("had taken Kalo by Monday")."""
    spans = []
    for index, found in enumerate(parsed):
        end = doc.sentences[index].end
        for c in found:
            if c.kind != "verb":
                continue
            if (c.modality or _after_to(doc, c)) and not _done_before_to(doc, c):
                spans.append((c.group_start, c.clause_end, False))
            if c.modality in _ASKING_MODALITIES:
                spans.append((c.group_start, end, True))  # the frame's verb ("threatened", "refused") stands before the clause
            elif codes.own_code(c.lemma)[:2] in _ASKING_ROOTS:
                spans.append((c.end, end, True))
    return spans


# Modal frames whose own code asks for, refuses or threatens a later act ("demanded that", "refused to", "threatened to")
_ASKING_MODALITIES = frozenset(m for m, code in _FRAME_CODES.items() if code[:2] in _ASKING_ROOTS)


def _deadline(doc, d: DateRef) -> bool:
    """Whether date words are a deadline, "by" and a time ("by 2023", "by Friday", "by the end of March")."""
    return d.text.lower().startswith("by ") or bool(_BY_BEFORE.search(doc.norm, max(0, d.start - 30), d.start))


def _means_day(doc, d: DateRef) -> bool:
    """"rejected the offer by Friday's vote": a day's own event after "by" is the means the act was done by, no term
    for a later act (not "by Friday's deadline")."""
    owned = _DAYS_OWN.match(doc.norm, d.end)
    return owned is not None and owned.group(1).lower() not in _TERM_NOUNS


_DAYS_OWN = compile_on_use(r"['’]s\s+([A-Za-z-]+)")
_TERM_NOUNS = frozenset(("deadline", "cutoff", "cut-off", "end", "close", "expiry"))


_BY_BEFORE = re.compile(r"(?i)\bby\s+(?:(?:" + "|".join(sorted(DEADLINE_LEADS)) + r")\s+)*(?:(?:"
                        + "|".join(sorted(DEADLINE_HEADS - {"midnight", "noon"})) + r")\s+of\s+(?:the\s+)?)?$")


def _dates_past_pledge(ctx: _Context, clause: Clause, pick: DateRef) -> bool:
    """"Chile agreed on Monday to resume talks": date words between a past verb that governs the promised act
    and that act date the pledge, which is done, not the act it promises."""
    return clause.group_start <= pick.start < clause.start and _past_governor(ctx, clause)


def _past_governor(ctx: _Context, clause: Clause) -> bool:
    """Whether the verb governing the clause's act is in the past ("agreed", "promised" to withdraw)."""
    if not clause.governor_lemma:
        return False
    first = ctx.doc.tokens_in(clause.group_start, clause.start, limit=1)
    return bool(first) and codes.is_past_form(first[0].text.lower())


_TOLD_DATES = frozenset(("explicit", "relative", "anchor", "paragraph"))  # dated by words, not by the paper's day


def _anchored_to(ctx: _Context, pick: DateRef) -> Event | None:
    """The event an anchor counts from: the last one of its kind ("after the attack"), or for "the next day",
    "two weeks later" the event told just before it, when the text gave that one a date (else none: an older
    dated event further back is not what "later" means)."""
    earlier = [ev for ev in _before(ctx.earlier, pick.start)[-200:] if ev.date_basis != "caption" and ev.source == "article"]
    if pick.anchor:
        return next((ev for ev in reversed(earlier) if ev.date and ev.event_type == pick.anchor), None)
    last = earlier[-1] if earlier else None
    return last if last is not None and last.date and last.date_basis in _TOLD_DATES else None


def _dated_sentence_before(ctx: _Context, pick: DateRef) -> tuple[date, str] | None:
    """"The shift started in 2014, when ministers urged a bigger role … Weeks later, Putin annexed Crimea": a
    count from what was told before ("later", "the next day"), when no event coded there has a date, counts from
    the last date words outside quotes of the sentence before it in the same paragraph, when that sentence tells an
    event."""
    if pick.anchor:  # "after the attack" refers to an event of a kind, not to the sentence before
        return None
    doc, sent = ctx.doc, ctx.sent
    index = bisect_left(doc.sentences, sent.start, key=lambda s: s.start)
    if index == 0:
        return None
    before = doc.sentences[index - 1]
    if doc.paragraph_index(before.start) != doc.paragraph_index(sent.start):
        return None
    if not _tells_an_act(ctx, before):
        return None  # "The city had 2 million residents in 2011": a state's date, not an event's to count from
    told = [d for d in dates_in(doc.norm, before.start, before.end, doc.published)
            if d.date is not None and d.basis in ("explicit", "relative") and not ctx.in_quote(d.start)]
    return (told[-1].date, told[-1].precision) if told else None  # (a quote's date is the speaker's, not the story's)


def _tells_an_act(ctx: _Context, sentence: Sentence) -> bool:
    """Whether a sentence tells something done or changed outside quotes ("ministers urged", "the shift became
    apparent"), not only a state ("the city had 2 million residents")."""
    words = ctx.doc.tokens_in(sentence.start, sentence.end, limit=_TELLING_REACH)
    pasts = reference.irregular_past_forms()
    return any((w.endswith("ed") or w in pasts) and w not in _STATE_PASTS and not ctx.in_quote(t.start)
               for t in words for w in (t.text.lower(),))


_TELLING_REACH = 80  # words read for a past verb (a longer sentence is read no further)
_STATE_PASTS = frozenset("had was were been numbered totaled totalled counted housed employed".split())


def _telling_verb(ctx: _Context, clause: Clause) -> Clause | None:
    """The verb an event noun is the subject of, when that verb tells something other than the happening's own
    force or taking place ("the attacks reframed the contest Saturday"): its date words date that verb. A verb of
    force ("the strike killed 20 on Friday") happens with its subject, and shares its day. (An object is left
    alone: "made these allegations in February", "announced his support on Thursday" date the noun too.)"""
    if clause.kind != "noun":
        return None
    for other in ctx.clauses:
        if other.kind != "verb":
            continue
        if other.subject is not None and other.subject.start <= clause.start < other.subject.end:
            return None if ctx.code(other)[:2] in _FORCE_ROOTS or other.lemma in _TAKING_PLACE else other
    return None


_FORCE_ROOTS = frozenset(("18", "19", "20"))  # CAMEO's assault, fight, mass violence
# verbs that tell when a happening itself took place ("the invasion began on Saturday", "the attack came Friday",
# "restrictions took effect in July")
_TAKING_PLACE = ASPECT | frozenset(("occur", "happen", "take", "take place", "come", "erupt", "break out", "unfold", "last",
                                    "end", "go on", "go", "follow", "precede"))


def _in_noun_phrase(clause: Clause, d: DateRef) -> bool:
    """Whether date words sit in an event noun's own phrase ("the attacks in Paris on Friday")."""
    end = max([clause.end] + [phrase.end for _, phrase in clause.preps])
    return clause.group_start <= d.start < end


def _undated(ctx: _Context, *, not_from: Clause | None = None) -> DateRef:
    """The date of a clause whose sentence gives it no date words: the caption's, the paragraph's last dated
    event's, the story's (its lead's day) or the publication's, each marked as such. The story's day is not
    taken when it is the date words of ``not_from``, the verb an event noun was kept from."""
    doc, sent = ctx.doc, ctx.sent
    if sent.section == "caption" and sent.paragraph in ctx.caption_dates:
        d = ctx.caption_dates[sent.paragraph]
        return DateRef(d.date, d.precision, "caption", d.text, d.start, d.end)
    if sent.section != "caption":
        for ev in reversed(_before(ctx.earlier, sent.start)[-12:]):  # the paragraph's last dated event: a narrative keeps its day
            if ev.date is not None and ev.date_basis in ("explicit", "relative", "anchor") and ev.source == "article" \
                    and doc.paragraph_index(ev.start) == doc.paragraph_index(sent.start) and ev.start < sent.start \
                    and not _SPAN_BEFORE_CLAUSE.fullmatch(ev.date_text):
                # (a flashback counted back from the sentence's day, "comes 20 months after he struck down the
                # ban", is not the day the narrative is at: "It comes three months after …" counts from the story's)
                return DateRef(ev.date, ev.date_precision, "paragraph", "", -1, -1)
        if ctx.story.date is not None and ctx.story.date.date is not None and not (
                not_from is not None and not_from.group_start <= ctx.story.date.start < not_from.clause_end):
            d = ctx.story.date  # the day the article's lead dates its story
            return DateRef(d.date, d.precision, "story", "", -1, -1)
    if doc.published is not None:
        return DateRef(doc.published, "day", "publication", "", -1, -1)
    return DateRef(None, "", "unknown", "", -1, -1)


_WEEKDAY = compile_on_use(r"(?i)\b(?:" + _WEEKDAY_WORDS + r")\b")
_MONTH_WORD = compile_on_use(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_YEAR_DIGITS = compile_on_use(r"\d{4}")


def _next_year(day: date) -> date | None:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return None


def _previous_year(day: date) -> date | None:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return None


def _told_as_past(ctx: _Context, clause: Clause) -> bool:
    """Whether a clause's verb (for an event noun, the verb it is the subject or object of) is in the past
    ("were condemned", "attacked", "had fired")."""
    verb = clause if clause.kind == "verb" else next(
        (c for c in ctx.clauses if c.kind == "verb" and any(p is not None and p.start <= clause.start < p.end
                                                             for p in (c.subject, c.object))), None)
    if verb is None or verb.modality:
        return False
    words = [t.text.lower() for t in ctx.doc.tokens_in(verb.group_start, verb.end) if t.text.lower() not in ADVERBS]
    if words[:1] in (["was"], ["were"]) and len(words) > 2 and words[1] in _PLANNED and words[2] == "to":
        return False  # "was scheduled to vote": a plan told from a past point, still to come then
    return bool(words) and (words[0] in ("was", "were", "had") or codes.is_past_form(words[0]))


# a deadline set by a past act ("postponed the vote until the end of March"): a day still to come then
_DEADLINE_WORDS = re.compile(r"(?i)(?:until|till|by)\b")
# "was scheduled to", "were due to": what a past point planned, told in the past tense
_PLANNED = frozenset(("scheduled", "due", "set", "supposed", "slated", "expected", "planned"))


def _before(found: list[Event], pos: int) -> list[Event]:
    """The events (in text order) that start before ``pos``."""
    return found[: bisect_left(found, pos, key=_start)]


def _start(ev: Event) -> int:
    return ev.start


def _in_other_clause(ctx: _Context, clause: Clause, d: DateRef) -> bool:
    """A date inside another verb's clause of the sentence belongs to that verb."""
    for other in ctx.clauses:
        if other is clause or other.kind != "verb":
            continue
        if other.group_start <= d.start < other.clause_end and not (clause.group_start <= d.start < clause.clause_end):
            return other.start > clause.end or other.clause_end < clause.start
    return False


# "(comes) 20 months after", "almost a week after", "two days before": a span of time and the clause it governs
_SPAN_BEFORE_CLAUSE = re.compile(r"(?i)\b(?:(?:less than|under|within|almost|nearly|about|more than|some|just) )?"
                                 r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (day|week|month|year)s? "
                                 r"(after|before)\b")


def _counted_back(ctx: _Context, clause: Clause, found: list[DateRef]) -> DateRef | None:
    """"Reeves's decision comes 20 months after he struck down the ban", "Almost a week after Trump visited
    Louisiana, a newspaper called on Clinton": the clause after the span happened that long before (or, after
    "before", that long after) what the rest of the sentence is dated by: its nearest date words before the span,
    else after the clause, else the day the article's lead dates ("It comes three months after …" in a story
    about that day's ruling)."""
    if clause.kind != "verb":
        return None
    sent, doc = ctx.sent, ctx.doc
    m = None
    for m in _SPAN_BEFORE_CLAUSE.finditer(doc.norm, sent.start, clause.group_start):
        pass  # the last span before the clause
    if m is None or any(c.kind == "verb" and c is not clause and m.end() <= c.group_start < clause.group_start for c in ctx.clauses):
        return None  # no span, or another verb between it and this clause governs it
    between = doc.norm[m.end() : clause.group_start]
    if clause.subject is not None and m.end() <= clause.subject.start:
        if doc.norm[m.end() : clause.subject.start].strip():
            return None  # "two days after the attack, Peru expelled …": the span governs a noun; this clause is later
    elif between.count(",") % 2:
        return None  # a comma closes what the span governs, unless two set off an aside ("Jordan, in the courthouse, voided")
    at = m.start()
    if doc.norm[max(sent.start, at - 5) : at].strip().lower().endswith("for"):
        return None  # "served for nine years after leaving office": how long, not when
    frame = [d for d in found if d.date is not None and not at <= d.start < clause.clause_end]
    earlier = [d for d in frame if d.start < at]
    ref = earlier[-1] if earlier else frame[0] if frame else _undated(ctx)
    if ref.date is None or ref.basis not in ("explicit", "relative", "anchor", "story"):
        return None  # counted from a date the sentence does not give (the publication's), it would be a guess twice over
    count, unit, direction = m.group(1).lower(), m.group(2).lower(), m.group(3).lower()
    n = counted(count)
    span = DateRef(None, "", "anchor", "", 0, 0, "", -n if direction == "after" else n, unit)
    day, precision = shifted(span, ref.date, ref.precision)
    return DateRef(day, precision, "anchor", m.group(), at, m.end()) if day is not None else None


def _owned_elsewhere(ctx: _Context, clause: Clause, d: DateRef) -> bool:
    """A date another verb's clause holds as its own: a relative clause after this one, or a plan not this clause's."""
    for other in ctx.clauses:
        if other is clause or other.kind != "verb" or not (other.group_start <= d.start < other.clause_end):
            continue
        if other.modality == "intent" and clause.modality != "intent":
            return True
        opener = ctx.doc.tokens_in(max(ctx.sent.start, other.group_start - 20), other.group_start)
        return other.start > clause.end and bool(opener) and opener[-1].text.lower() in _RELATIVE_PRONOUNS
    return False


_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})


class Story(NamedTuple):
    """What an article's top says about all of it: the day its lead dates, the place its dateline names."""

    date: DateRef | None
    place: str
    next_day: bool = False  # the story runs on to the day after publication (dates.runs_past_publication)


_DATELINE_PLACE = re.compile(r"\(?([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})\)?(?=,| \(| —| –| -|\s+[A-Z][a-z])")
_LEAD_SENTENCES = 8


def story_of(doc: Document, *, quoted: list[tuple[int, int]] = (), terms: list[tuple[int, int, bool]] = ()) -> Story:
    """The lead's day and the dateline's place ("KOLKATA, India –", "MEXICO CITY (AP)", "(NEW YORK) —").

    The lead's day is the first day-precision date in the first eight body sentences (a headline, a subtitle or
    a section label, "ABSTRACT.", often come before the sentence that dates the story), at most a week before
    publication, outside the ``quoted`` spans: a quoted "last night" is the speaker's, and a plan's day ("will
    convene Friday sessions") is not the story's, nor a deadline inside the ``terms`` spans ("demanded that troops
    leave by Friday"; see _deadline_terms). A deadline elsewhere tells what was done by then ("By Monday morning,
    thousands had marched", "had taken Kalo by Monday") and dates the story.
    """
    when = None
    body = [s for s in doc.sentences if s.section == "body"][:_LEAD_SENTENCES]
    for sent in body:
        for d in dates_in(doc.norm, sent.start, sent.end, doc.published):
            if any(a <= d.start < b for a, b in quoted) or (_deadline(doc, d) and any(
                    a <= d.start < b and not (asking and _means_day(doc, d)) for a, b, asking in terms)):
                continue  # ("must leave by Friday": a term)
            if d.precision == "day" and d.date is not None and d.basis in ("explicit", "relative") and (
                    doc.published is None or doc.published - timedelta(days=7) <= d.date <= doc.published):
                when = d
                break
        if when is not None:
            break
    return Story(when, doc.dateline_place[0], runs_past_publication(doc.norm, doc.published))


def dateline_place(doc: Document) -> tuple[str, object | None]:
    """The place a body's dateline names, as its location row is named ("Cambridge (Massachusetts)",
    "Philadelphia"), and the gazetteer place when no mention names it (the finder did not read "CAMBRIDGE, Mass."):
    ``("", None)`` without a dateline. Read once per document (:attr:`.Document.dateline_place`)."""
    for para in [p for p in doc.paragraphs if p.section == "body"][:2]:
        m = _DATELINE_PLACE.match(doc.norm, para.start, min(para.end, para.start + 60))
        if m is None:
            continue
        name = m.group(1)
        hit = next((x for x in doc.mentions_in(m.start(1), m.end(1) + 1) if x.kind in ("place", "country")), None)
        if hit is not None:
            return located_name(doc, hit), None
        found = _dateline_lookup(doc.norm, name, m.end(1)) or reference.gazetteer().country_of(name.title())
        if found is not None:
            return found.name, found
    return "", None


# the area after a dateline's place: "CAMBRIDGE, Mass., Dec. 11 (UPI) —", "PERTH, Australia —"
_DATELINE_AREA = compile_on_use(r",[ \t]*([A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)")


def _dateline_lookup(text: str, name: str, end: int):
    """The place a dateline's name the finder did not read stands for: among the gazetteer's places of that name,
    the one in the state or country written after it ("CAMBRIDGE, Mass." is not Cambridge, England), else the
    likeliest."""
    from .toponyms import state_abbreviations

    found = reference.gazetteer().candidates(reference.normalise(name.title()))
    area = _DATELINE_AREA.match(text, end)
    if found and area is not None:
        written = area.group(1)
        state = state_abbreviations().get(written) or state_abbreviations().get(reference.normalise(written)) \
            or reference.normalise(written)
        country = reference.gazetteer().country_of(written)
        for place in found:
            if reference.normalise(place.admin1_name) == state or (country is not None and place.country == country.country):
                return place
    return found[0] if found else None


def _captions(doc: Document) -> tuple[dict[int, DateRef], dict[int, str]]:
    """A photo caption's own date and first place, by paragraph: its events are of that day and place."""
    dates: dict[int, DateRef] = {}
    places: dict[int, str] = {}
    for sent in doc.sentences:
        if sent.section != "caption":
            continue
        found = [d for d in dates_in(doc.norm, sent.start, sent.end, doc.published) if d.date]
        if found and sent.paragraph not in dates:
            dates[sent.paragraph] = found[0]
        named = [m for m in starting_in(doc.mentions, sent.start, sent.end) if m.kind == "place"]
        if named and sent.paragraph not in places:
            places[sent.paragraph] = named[0].name
    return dates, places


# --- statements ------------------------------------------------------------------------


def _statements(doc, quotes, quoted_index, caption_dates, earlier, story=None) -> list[Event]:
    """One event per attributed quote, coded by its stance and linked to it by ``quote_id``."""
    mentions = doc.mentions
    by_id = {s.sentence_id: s for s in doc.sentences}
    quoted, quoted_starts, longest = quoted_index
    out = []
    for q in quotes:
        if not q.speaker:
            continue
        sent = by_id[q.sentence_id]
        rule = next((r for r in reference.stance_rules() if r.stance == q.stance), None)
        cameo = rule.cameo if rule else _cue_act(q, earlier)
        inside = [m for m in starting_in(mentions, q.start, q.end) if m.kind in ACTOR_KINDS and m.name not in q.speaker]
        inside.sort(key=lambda m: m.via == "demonym")  # "Iran" before "Iraqi bases"
        target = Actor(inside[0].name, inside[0].kind, inside[0].country) if inside else NOBODY
        here = _overlapping(quoted, quoted_starts, longest, sent.start, sent.end) + [(q.start, q.end)]
        ctx = _Context(doc, None, sent, [], here, caption_dates, {}, earlier, story)
        when = date_of(ctx, _quote_clause(q, sent))
        place = _statement_place(ctx, min(q.start, q.speaker_start) if q.speaker_start >= 0 else q.start, q.cue)
        name, goldstein = code(cameo)
        category, mode = codes.plover(cameo)
        kind = event_type(cameo) or "statement"
        out.append(Event(
            stable_id("e", q.start, q.end, kind), when.date, when.precision, when.basis, when.text,
            q.speaker, q.speaker_kind, q.cue or "said", kind, cameo, name, goldstein,
            target.name, place, "article", q.sentence_id, q.start, q.end,
            "", target.kind, category, mode, q.quote_id, "sentence" if place else "",
        ))
    return out


# A speaker's own present endorsement in their words: saying it is the act ("I am proud to endorse him", "I support and
# endorse our speaker, Paul Ryan", "I fully endorse his re-election"). Only "I", only the present, with at most a listed
# adverb: "I will endorse", "I endorsed him in 2012", "I do not endorse", "I only endorse" are no endorsement made here,
# nor one a condition or someone else's words hold ("if I endorse him", "they say I endorse him").
_ENDORSING_ADVERBS = r"(?:fully|strongly|proudly|wholeheartedly|enthusiastically|formally|officially|hereby|gladly|heartily)"
_I_ENDORSE = re.compile(r"\bI(?:(?:\s+am|'m|’m)\s+(?:(?:very|so)\s+)?(?:proud|pleased|happy|honou?red|delighted)\s+to\s+"
                        rf"|\s+{_ENDORSING_ADVERBS}\s+|\s+)(?:support\s+and\s+)?(?:{_ENDORSING_ADVERBS}\s+)?(endorse)\b")
_ENDORSED_OBJECT = compile_on_use(r"\s+(?:(?:our|my|the)\s+[a-z][^,.;:!?“”\"]{0,40},\s+)?")
# (the conditions and modals of doubt are happenings'; "wouldn't", "couldn't" among them are any "n't" opening)
_NOT_MADE_HERE = CONDITIONS | DOUBTING_MODALS | frozenset(
                           "when once until before after say says said claim claims think thinks "
                           "believe believes hope hoped wish maybe perhaps should must will can "
                           "tell tells told telling claimed insist insists insisted "  # "Mike Smith told voters I endorse"
                           "whenever every each "  # a habit: "Every time I endorse John Roe, he loses"
                           "tomorrow soon later someday".split())  # to come: "Tomorrow I endorse John Roe"
# a condition after the verb, in its sentence: "I endorse John Roe if he wins"
_CONDITION_AFTER = compile_on_use(r"[^.!?;“”\"]*?\b(?:if|unless|provided|as\s+long\s+as)\b")
# someone endorsed: a person's pronoun ("him"), a person's bid ("his re-election"); else a name (below)
_ENDORSED_SOMEONE = compile_on_use(r"(?:him|her|them|you|his|their)\b")


def _endorsed_in_quotes(doc, quotes, said: list[Event]) -> list[Event]:
    """The endorsements speakers make in their own quoted words (:data:`_I_ENDORSE`): an event of the speaker's over the
    verb, on the statement's day and at its place, with the name that follows as target (a pronoun stays unread);
    the statement stays the quote's event."""
    statement_of = {ev.quote_id: ev for ev in said}
    out = []
    for q in quotes:
        ev = statement_of.get(q.quote_id)
        if ev is None or q.kind == "reported":
            continue
        words = doc.norm[q.start : q.end]
        for found in _I_ENDORSE.finditer(words):
            # (the clause before a colon too: "He told me: I endorse John Roe")
            opening = re.split(r"[.!?;,“”\"]", words[: found.start()])[-1]
            if re.search(r"(?:^|\s)[‘']\s*$", opening) or "‘" in opening:
                continue  # "He told me, ‘I endorse you’": a quote inside the quote, someone else's words
            if re.match(r"[^.!?]*\?", words[found.end() :]):
                continue  # "Do I endorse him?", "Why would I endorse him?": a question
            opening = opening.replace("’", "'").lower().split()
            if _NOT_MADE_HERE & set(opening) or any(w.endswith("n't") for w in opening):
                continue  # "If I endorse him", "Why would I endorse him?", "They say I endorse him"
            if _CONDITION_AFTER.match(words[found.end() :]):
                continue  # "I endorse John Roe if he wins"
            start, end = q.start + found.start(1), q.start + found.end(1)
            # the object: a name right after the verb, or after a role and a comma ("our speaker of the House, Paul
            # Ryan"); a pronoun or anything else ("his re-election", "him as the next President of the United States") none
            at = _ENDORSED_OBJECT.match(doc.norm, end, q.end).end()
            named = next((m for m in starting_in(doc.mentions, at, at + 30) if m.kind in ACTOR_KINDS[:3] and m.name not in q.speaker
                          and re.fullmatch(r"(?:[A-Z][\w.]*\s+)*", doc.norm[at : m.start])), None)  # (past titles: "Sen. John Roe")
            if named is None and not _ENDORSED_SOMEONE.match(doc.norm, at):
                continue  # "I endorse the check": no one endorsed
            # a name owning what follows is no one endorsed: "Mike Smith's rival, John Roe" (none read)
            target = None if named is None or doc.norm.startswith(("'s", "’s"), named.end) else named
            name, goldstein = code("051")
            category, mode = codes.plover("051")
            kind = event_type("051") or "support"
            out.append(ev._replace(
                event_id=stable_id("e", start, end, kind, ev.actor), action=doc.norm[start:end], event_type=kind,
                cameo="051", cameo_name=name, goldstein=goldstein, target=target.name if target else "",
                target_kind=target.kind if target else "", start=start, end=end, plover=category, plover_mode=mode,
                quote_id=""))
    return out


def _cue_act(q: Quote, earlier: list[Event]) -> str:
    """A statement introduced by a verb of condemnation, accusation or praise is that act ("released a statement
    condemning '…'", "praised the rescuers: '…'"), unless its clause already gave that act ("condemned the '…'")."""
    cue = q.cue.lower()
    found = codes.lemmas(cue)
    own = codes.own_code(found[0] if found else codes.lexicon().past.get(cue, cue))
    if own not in _CUE_ACTS or any(ev.sentence_id == q.sentence_id and ev.actor == q.speaker and ev.cameo == own
                                   for ev in earlier):
        return _STATEMENT
    return own


_CUE_ACTS = frozenset({"111", "112", "051"})  # criticise or denounce, accuse, praise or endorse


def _statement_place(ctx: _Context, opening: int, cue: str = "") -> str:
    """Where a statement was made: a place the sentence's opening phrases name before its speaker and words ("In
    Washington, Obama released a statement", "In February, at an event in Las Vegas, Trump said"), or one right
    after its verb ("Wang Yi said in Moscow", "told reporters in Kyiv"), or nothing. Any other place after the
    speaker is as often what was said ("he said were living in Russia") or who the speaker is ("a customer based
    in Boston"), and the speaker's country or the dateline is no guess of where someone spoke."""
    doc, sent = ctx.doc, ctx.sent
    verbs = _SPEECH_VERBS | {cue.lower()} if cue else _SPEECH_VERBS
    named = _as_places(doc, [m for m in starting_in(doc.mentions, sent.start, sent.end)
                             if m.kind in ("place", "country") and not ctx.in_quote(m.start) and m.via != "demonym"
                             and _after_place_preposition(doc, m, _SPOKEN_AT)
                             and (m.start < opening or _right_after_speech(doc, m, verbs))])
    specific = [m for m in named if m.kind == "place"]
    return (specific or named)[0].name if named else ""


def _right_after_speech(doc: Document, m: Mention, verbs: frozenset[str]) -> bool:
    """"said in Moscow", "told reporters in Kyiv": the place follows the speech verb (and its hearers) directly."""
    words = [t.text.lower() for t in doc.tokens_in(max(0, m.start - 40), m.start)][-4:]
    if words and words[-1] == "the":
        words = words[:-1]
    return len(words) >= 2 and words[-1] in _SPOKEN_AT and (words[-2] in verbs or (
        len(words) >= 3 and words[-2] in _HEARERS and words[-3] in verbs))


# Prepositions whose phrase says where someone spoke ("at a rally in Ohio", "from Washington"); not "on Iran",
# "to Russia", "over Gaza", which say what or whom the words were about.
_SPOKEN_AT = frozenset({"in", "at", "from", "near", "outside", "inside"})
_SPEECH_VERBS = frozenset("said says told tells spoke speaking added announced declared stated".split())
_HEARERS = frozenset("reporters journalists lawmakers supporters crowds students".split())


def _quote_clause(q: Quote, sent) -> Clause:
    """A quote as a clause spanning its sentence, so its date is read like any event's."""
    return Clause("quote", "", q.start, q.end, q.start, -1, "active", False, "", "", None, None, None, None, (), (), (), sent.end, -1, -1, -1, -1)


def joined(names: list[str]) -> str:
    return NAME_SEPARATOR.join(dict.fromkeys(n for n in names if n))
