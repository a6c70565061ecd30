"""Stage 2 (quotes): whom a pronoun or a description refers to — "he said", "the spokesman said".

A small salience model in the spirit of Lappin and Leass (1994): every earlier
name of a person (or organisation) earns weight by its grammatical place — the
subject of a clause or the speaker of a quote weighs most, an object less, a
name after a preposition or inside a quotation least — and the weight halves
with each sentence back. The antecedent is the most salient compatible entity:
gender from titles and role words in the text ("Mr", "Ms", "congresswoman"),
from pronouns already resolved to it, and from first names (the name list of
the ``gender-guesser`` package); a description ("the minister", "the agency") must
match the role the text gave the person or the organisation's name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from .. import reference
from ..regex import compile_on_use
from .mentions import Mention, is_title_word
from .people import profile

if TYPE_CHECKING:
    from ..document import Document
    from .speakers import SpeakerPhrase

_PREPOSITIONS = frozenset("in at by with to for from on against of about over under after before into than like between among toward towards".split())
_FEMALE_WORDS = frozenset(
    "mrs mrs. ms ms. miss madam madame congresswoman chairwoman spokeswoman businesswoman councilwoman "
    "queen princess duchess countess actress wife mother daughter sister grandmother aunt niece girl woman lady "
    "dame baroness sen.-elect".split()
)
_MALE_WORDS = frozenset(
    "mr mr. sir congressman chairman spokesman businessman councilman king prince duke count actor husband father "
    "son brother grandfather uncle nephew boy man lord baron".split()
)
_WINDOW_SENTENCES = 12  # how far back an antecedent may stand
_NEUTER = {"it": ("organization", "country", "group"), "they": ("group", "organization", "country", "person")}


class Candidate(NamedTuple):
    mention: Mention
    sentence: int
    weight: float


class Salience:
    """Weights of every actor name in a document, computed once, read by each resolution."""

    def __init__(self, doc: Document):
        self.doc = doc
        self._sentence_starts = [s.start for s in doc.sentences]
        self.gender: dict[str, str] = {}  # canonical name -> "m" / "f", from the text and resolved pronouns
        self.speakers: list[tuple[int, Mention]] = []  # (position, mention) of resolved speakers, in order
        self.voices: list[tuple[int, str, Mention]] = []  # (where, "spokesperson", the organisation it spoke for)

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect_right(self._sentence_starts, pos) - 1)

    @cached_property
    def _weighted(self) -> list[Candidate]:
        text = self.doc.norm
        for m in self.doc.mentions:
            if m.kind == "person":
                self._note_gender(text, m)
        return self.doc.salience_weights  # (the same for every salience of the document: read once)

    def _note_gender(self, text: str, m: Mention) -> None:
        before = text[max(0, m.start - 16) : m.start].lower().split()
        word = before[-1] if before else ""
        if word in _FEMALE_WORDS:
            self.gender.setdefault(m.name, "f")
        elif word in _MALE_WORDS:
            self.gender.setdefault(m.name, "m")

    def role_of(self, m: Mention) -> str:
        roles = self.doc.person_roles  # (a function of the document alone: the quotes' salience and the events' share it)
        if m.name not in roles:
            roles[m.name] = _role_of(self.doc, m.name)
        return roles[m.name]

    def gender_of(self, name: str) -> str:
        known = self.gender.get(name)
        if known:
            return known
        parts = name.split()
        if len(parts) < 2:
            return ""
        return reference.first_name_gender(parts[0])

    @cached_property
    def _starts(self) -> list[int]:
        return [c.mention.start for c in self._weighted]

    def candidates(self, pos: int, kinds: tuple[str, ...]) -> dict[str, tuple[float, Mention]]:
        """Salience of each entity of ``kinds`` named before ``pos``: (weight, latest mention) by name."""
        here = self.sentence_index(pos)
        weighted = self._weighted
        hi = bisect_left(self._starts, pos)
        scores: dict[str, tuple[float, Mention]] = {}
        for k in range(hi - 1, -1, -1):  # back to the window's first sentence, not to the text's start
            c = weighted[k]
            if here - c.sentence > _WINDOW_SENTENCES:
                break
            if c.mention.kind not in kinds or c.mention.end > pos:
                continue
            value = c.weight / (2 ** (here - c.sentence))
            old = scores.get(c.mention.name)
            scores[c.mention.name] = ((old[0] if old else 0.0) + value, c.mention)
        for at, m in sorted(s for s in self.speakers if s[0] < pos)[-3:]:  # the people just quoted stay in focus
            if m.kind in kinds and m.name in scores:
                weight, latest = scores[m.name]
                scores[m.name] = (weight + 60.0 / (2 ** (here - self.sentence_index(at))), latest)
        return scores


def weighted_mentions(doc: Document) -> list[Candidate]:
    """Every actor's mention with its sentence and its weight by grammatical place (20 inside a quotation), in text order."""
    text = doc.norm
    quoted = [(q.start, q.end) for q in doc.quote_spans]
    starts = [a for a, _ in quoted]
    sentence_starts = [s.start for s in doc.sentences]
    out = []
    for m in doc.mentions:
        if m.kind not in ("person", "organization", "group", "country") or _agency_credit(doc, m):
            continue
        k = bisect_right(starts, m.start) - 1
        inside = k >= 0 and quoted[k][0] < m.start < quoted[k][1]
        sentence = max(0, bisect_right(sentence_starts, m.start) - 1)
        out.append(Candidate(m, sentence, 20.0 if inside else _role_weight(doc, text, m)))
    return out


# a dateline's agency credit at a paragraph's start: "PARIS (Reuters) - …", "KHARTOUM, Sudan, March 3 (AP) — …"
_CREDIT_CLOSE = compile_on_use(r"\)[ \t]*[-–—]")
_DATELINE_BEFORE = compile_on_use(r"[A-Z][A-Z .'’-]+(?:,[^()\n]{0,40})?[ \t]*\($")


def _agency_credit(doc: Document, m: Mention) -> bool:
    """The agency a dateline credits ("PARIS (Reuters) -") reports the story; no later description refers back
    to it. ("the alliance (NATO) - which has 32 members -" mid-sentence is no credit.)"""
    text = doc.norm
    if m.kind != "organization" or text[m.start - 1 : m.start] != "(" or _CREDIT_CLOSE.match(text, m.end) is None:
        return False
    para_start = doc.paragraph_bounds(m.start)[0]
    return _DATELINE_BEFORE.fullmatch(text, para_start, m.start) is not None


def _role_weight(doc: Document, text: str, m: Mention) -> float:
    """Subject of a clause 80, after "by" (an agent) 70, object 50, after a preposition or possessive 40."""
    if text.startswith(("’s", "'s"), m.end):
        return 40.0
    toks = doc.tokens_in(max(0, m.start - 80), m.start)
    sent = doc.sentence_at(m.start)
    lo = sent.start if sent is not None else 0
    toks = [t for t in toks if t.start >= lo]
    if toks:
        prev = toks[-1].text.lower()
        if prev == "by":
            return 70.0
        if prev in _PREPOSITIONS:
            return 40.0
    clause = max(text.rfind(",", lo, m.start), text.rfind(";", lo, m.start), text.rfind("”", lo, m.start), lo - 1) + 1
    lead = [t for t in toks if t.start >= clause]
    if all(t.text.lower() in ("the", "a", "an", "former", "then", "but", "and") or is_title_word(t.text) or t.text[:1].isupper() for t in lead):
        return 80.0
    return 50.0


def resolve(doc: Document, salience: Salience, phrase: SpeakerPhrase, pos: int) -> tuple[Mention, ...]:
    """The entity a pronoun or description at ``pos`` refers to (none when nothing fits)."""
    if phrase.via == "pronoun":
        return _pronoun(salience, phrase.head, pos)
    if phrase.via == "description":
        return _description(doc, salience, phrase, pos)
    return phrase.mentions


def _pronoun(salience: Salience, word: str, pos: int) -> tuple[Mention, ...]:
    if word in ("i", "we"):
        return ()
    if word in _NEUTER:
        kinds = _NEUTER[word]
        scores = salience.candidates(pos, kinds)
        if word == "they":  # "they" is a group or an organisation rather than one person
            scores = {n: (w if m.kind != "person" else w * 0.3, m) for n, (w, m) in scores.items()}
        return _best(scores)
    want = "f" if word == "she" else "m"
    scores = salience.candidates(pos, ("person",))
    fitting = {}
    for name, (weight, m) in scores.items():
        gender = salience.gender_of(name)
        if gender and gender != want:
            continue
        fitting[name] = (weight if gender else weight * 0.7, m)
    found = _best(fitting)
    if found:
        salience.gender.setdefault(found[0].name, want)
    return found


def _best(scores: dict[str, tuple[float, Mention]]) -> tuple[Mention, ...]:
    if not scores:
        return ()
    name = max(scores, key=lambda n: (scores[n][0], scores[n][1].start))
    return (scores[name][1],)


def _description(doc: Document, salience: Salience, phrase: SpeakerPhrase, pos: int) -> tuple[Mention, ...]:
    from .speakers import _ORG_NOUNS

    words = [t.text.lower() for t in doc.tokens_in(phrase.start, phrase.end)]
    if not words or words[0] in ("a", "an", "one", "another", "some", "two", "three", "several", "many") or words[-1].endswith("s") and words[-1] not in ("boss",):
        return ()  # "a spokesman", "officials": someone the text does not name
    if words[0] not in ("the", "this", "that", "his", "her", "its", "their"):
        words = ["the", *words]  # "Iranian foreign minister Zarif said": the zero article of news style
    core = [w for w in words[1:] if w not in ("former", "then", "new", "current", "outgoing", "incoming", "acting", "longtime", "veteran")]
    head = phrase.head
    voiced = [(at, m) for at, said_by, m in salience.voices if said_by == head and at < pos]
    if voiced and not phrase.mentions:  # "the spokesperson", after "a Downing Street spokesperson"
        return (max(voiced)[1],)
    if head in _ORG_NOUNS and phrase.mentions and phrase.mentions[-1].kind == "person":
        return ()  # "Donald Trump's campaign", "Ana Costa's office": the owner's own body, unnamed, no other organisation
    if head in _ORG_NOUNS:
        scores = salience.candidates(pos, ("organization", "group"))
        named = {n: v for n, v in scores.items() if head in n.lower()}
        if not named and head == "government":
            # "Atrocities continue in the Darfur region of Sudan as China and Russia support the government": a
            # state's government, of the country named as where things happen, not the last group named nor a
            # country named acting (one named so, "the Kurdistan Regional Government", is taken above)
            states = salience.candidates(pos, ("country",))
            where = {n: v for n, v in states.items() if _WHERE_BEFORE.search(doc.norm, max(0, v[1].start - 12), v[1].start)
                     and not _people_of_another_country(doc, v[1], pos)}
            if where:
                return _best(where)
        if not named and head == "government":
            return ()  # "insurgents made gains against the government": a government, never the last group named
        return _best(named or scores)
    scores = salience.candidates(pos, ("person",))
    wanted = " ".join(core)
    matching = {}
    former = "former" in words  # "the former president" is no sitting one: the role given must say so too
    for name, (weight, m) in scores.items():
        role = salience.role_of(m)
        if role and (wanted in role or head in role.split() or _abbreviated(head) in role.split()) \
                and not (former and _introduced_as_sitting(doc, name)):
            matching[name] = (weight, m)
    return _best(matching)


def _people_of_another_country(doc: Document, where: Mention, pos: int) -> bool:
    """Whether people of another country are named from just before the place to ``pos`` ("Iraqis living in Canada",
    "American soldiers serving in Afghanistan"): the government they mean is their own, not the one they are in."""
    return any(m.via == "demonym" and m.name != where.name and m.country != where.country
               for m in doc.mentions_in(max(0, where.start - _PEOPLE_BEFORE_PLACE), pos))


_PEOPLE_BEFORE_PLACE = 60  # characters before "in X" where the people living there are named ("Thousands of Iraqis living")
# a country named as where things are ("in Syria", "the Darfur region of Sudan", "the fight over Syria")
_WHERE_BEFORE = re.compile(r"(?i)\b(?:in|of|over|across|inside|throughout)\s+(?:the\s+)?$")


def _introduced_as_sitting(doc: Document, name: str) -> bool:
    """Whether the text names a person with a title right before the name and no "former" before the title
    ("President Joe Biden", not "former UN Ambassador John Bolton"): "the former president" is not them. A person
    named without a title ("Donald Trump, who served as president …") may be."""
    for m in doc.mentions_named(name)[:_ROLE_MENTIONS]:
        words = doc.norm[max(0, m.start - 60) : m.start].split()
        k = len(words)
        while k and (is_title_word(words[k - 1].strip(".,")) or words[k - 1].isupper()):
            k -= 1  # the title's words ("Prime Minister", "UN Ambassador", "Sen.")
        if k < len(words):
            return not (k and words[k - 1].lower().strip(",") in ("former", "ex", "ex-"))
    return False


def _role_of(doc: Document, name: str) -> str:
    """The roles the text gives a person where it introduces them (first mentions) and the directory's, lower case."""
    roles = []
    for other in doc.mentions_named(name)[:_ROLE_MENTIONS]:
        if other.kind == "person":
            s = doc.sentence_at(other.start)
            bounds = (s.start, s.end) if s is not None else (other.start, other.end)
            role = profile(doc, other, bounds).role
            if role:
                roles.append(role)
            opening = _APPOSED_ROLE.fullmatch(doc.norm, bounds[0], other.start)
            if opening is not None and all(is_title_word(w) for w in opening.group(2).split()):
                roles.append(opening.group(1))  # "The reviewer, Professor Tom Ward, said": he is "the reviewer"
    entry = reference.actor_directory().get(reference.normalise(name))
    if entry is not None and entry.role:
        roles.append(entry.role)
    return " | ".join(roles).lower()


_ROLE_MENTIONS = 4  # a role is given where a person is introduced, in the first few mentions
# a sentence that opens with a role set before a name by a comma: "The reviewer, Professor …", "The new coach, …"
_APPOSED_ROLE = re.compile(r"[ \t]*The ([a-z]+(?: [a-z]+)?),[ \t]+((?:[A-Z][\w.]*[ \t]+){0,2})")


def _abbreviated(head: str) -> str:
    return reference.title_abbreviations().get(head, head)
