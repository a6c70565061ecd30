"""Stage 2e (events): clauses — a shallow parse of each sentence into who-does-what-to-whom frames.

No tagger and no tree: closed word classes (determiners, prepositions, auxiliaries,
modals, pronouns, subordinators), the names the document already found, and the verb
forms of the CAMEO lexicon (:mod:`.codes`) are enough to find, for each verb group,

* the verb and its frame: tense auxiliaries, passive ("was arrested"), negation ("did
  not"), a modal or governing verb ("will", "must", "threatened to", "urged X to",
  "refused to") and a particle ("blew up", "called on");
* its subject: the first noun phrase of its clause, found by walking left over
  prepositional phrases, participles and relative clauses to the clause's start (so
  "Police officers responding to reports of a man … shot" has "Police officers");
  a relative pronoun's antecedent; the first verb's subject for a coordinated verb
  ("struck a depot … and targeted a base");
* its object, its prepositional phrases ("in Kyiv", "on Tuesday", "against Hamas")
  and, in the passive, its agent ("by a Russian glide bomb");
* the reporting verb a clause is the complement of ("said Russian units had tried…").

Event nouns are read the same way ("Israel's strike on Gaza", "the US decision to
expel…", "a 2015 police sweep"). Each :class:`Clause` is a frame of offsets into the
document; :mod:`.events` turns frames into coded events. One pass per sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from .. import reference
from ..regex import compile_on_use
from . import codes
from . import mentions as _mentions  # (mentions imports this module: read at call time)
from .spans import starting_in

if TYPE_CHECKING:
    from ..article import Sentence
    from ..document import Document
    from .mentions import Mention, Token

# --- closed word classes -----------------------------------------------------------
DETERMINERS = frozenset(
    "the a an this these those its his her their our my your some any each every no another both all several many "
    "few most such whose either neither".split()
)
PREPOSITIONS = codes.PREPOSITIONS
COORDINATORS = frozenset({"and", "or", "but", "nor", "&"})
SUBORDINATORS = frozenset(
    "because although though while whereas if unless when whenever since as once whether where so after before until".split()
)
RELATIVES = frozenset({"who", "which", "whom", "whose"})
PRONOUNS = frozenset("he she it they we i you him them us me one".split())
SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
BE = frozenset("be is are was were been being am 's ’s".split())
HAVE = frozenset("has have had having".split())
DO = frozenset("do does did".split())
MODALS = frozenset("will would shall should must can could may might 'll ’ll".split())
_AGREEING_AUXILIARIES = frozenset("is are was were has have does do".split())  # (that agree in number with a subject)
NEGATIONS = frozenset({"not", "never", "no", "n't", "n’t", "cannot"})
# Adverbs that stand between a subject and its verb or inside a verb group.
ADVERBS = frozenset(
    "also already reportedly allegedly later then still just again previously finally now recently jointly "
    "once soon even further first subsequently repeatedly swiftly quickly immediately initially apparently "
    "ultimately eventually fatally formally officially publicly privately effectively partly partially "
    "largely briefly temporarily indefinitely unanimously overwhelmingly narrowly sharply strongly firmly "
    "routinely frequently often rarely seldom increasingly gradually almost nearly long outright bluntly".split()
)
# Verbs of aspect: "began leaving", "continue to battle" — the act is the verb they govern.
ASPECT = frozenset("begin start continue keep resume stop cease finish".split())
PARTICLES = frozenset("up out down off back over away on in".split())
CALENDAR = codes.CALENDAR
# Words that place a calendar word relative to now ("last week", "this month", "earlier today")
RELATIVE_TIME = ("last", "this", "next", "earlier")
_CLAUSE_PUNCT = (";", ":", "—", "–", " - ", "(", ")")
# A noun phrase's words may be joined by these (inside one phrase, not across clauses).
_NP_LINKS = frozenset({"of", "&"})
MAX_SENTENCE_TOKENS = 400  # a longer "sentence" is a run-on line: read its first clauses only


class Phrase(NamedTuple):
    """A noun phrase: its span, token indices within the sentence, words and head."""

    start: int
    end: int
    first: int
    last: int
    head: str  # the head word, lower case ("troops", "police", "he")

    def words(self, sent_words: list[str]) -> list[str]:
        return sent_words[self.first : self.last + 1]


class Clause(NamedTuple):
    """One verb or event noun with its frame; every offset indexes the document."""

    kind: str  # "verb" or "noun"
    lemma: str  # "arrest", "blow up", "strike" (noun)
    start: int  # the trigger: the verb (with its particle) or the noun
    end: int
    group_start: int  # where the verb group starts ("has threatened to …")
    sentence: int  # index of the sentence in doc.sentences
    voice: str  # active, passive
    negated: bool
    modality: str  # "", intent, demand, refuse, threaten, attempt, hypothetical
    governor_lemma: str  # the governing verb of the frame ("threaten", "urge"), if any
    subject: Phrase | None
    object: Phrase | None
    agent: Phrase | None  # the passive's "by" phrase; a noun's "by" phrase
    owner: Phrase | None  # a noun event's possessor or name modifier ("Israel's", "US", "police")
    preps: tuple[tuple[str, Phrase], ...]  # ("in", Kyiv), ("against", Hamas), …
    before: tuple[str, ...]  # stemmed words of the subject, for lexicon patterns
    after: tuple[str, ...]  # stemmed words after the trigger in its clause
    clause_end: int  # where the clause ends (offsets)
    report: int  # index (in the sentence's clauses) of the reporting clause this is the complement of, or -1
    demand_by: int  # index of a clause "X urged Y to …" whose subject asks this clause's subject, or -1
    coordinated_with: int  # index of the verb this one is coordinated with ("… and targeted"), or -1
    host: int  # for a noun: index of the verb clause it is the object of, or -1


class _Sentence:
    """One sentence's tokens with their word classes, read once."""

    def __init__(self, doc: Document, sent: Sentence, index: int, names: list[Mention], cues: dict[str, bool]):
        self.doc, self.sent, self.index = doc, sent, index
        text = doc.norm
        toks = doc.tokens_in(sent.start, sent.end)[:MAX_SENTENCE_TOKENS]
        self.toks = toks
        self.starts = [t.start for t in toks]
        self.words = [t.text.lower().replace("’", "'") for t in toks]  # (apostrophes folded: "don’t" reads "don't")
        n = len(toks)
        # the gaps between words, kept only when they hold more than spaces (most are one space), and what they hold
        gaps = [""] * n
        comma = [False] * (n + 1)  # past the last word: no gap
        stop = [False] * (n + 1)  # a semicolon or colon
        brk = [False] * (n + 1)  # any punctuation that ends a phrase
        prev_end = toks[0].end if n else 0
        for i in range(1, n):
            t = toks[i]
            if t.start - prev_end != 1 or text[prev_end] != " ":
                gap = _marks(text[prev_end : t.start])
                if gap in (",", ".") and toks[i - 1].text.isdigit() and t.text[:1].isdigit():
                    gap = ""  # "2,000 Libyans", "1.5 million": a number's separator, not a break
                if gap:
                    gaps[i] = gap
                    comma[i] = "," in gap
                    stop[i] = ";" in gap or ":" in gap
                    # (a spaced hyphen is a dash: "JACKSON, Miss. - U.S. District Judge …" starts the sentence anew)
                    brk[i] = any(c in gap for c in ",;:()\"“”—–") or " - " in gap
            prev_end = t.end
        self.gaps, self.comma, self.stop, self.brk = gaps, comma, stop, brk
        self.possessive = [text.startswith(("’s", "'s", "’", "'"), t.end) and (text.startswith(("’s", "'s"), t.end) or t.text.endswith("s"))
                           for t in toks]
        self.name: list[Mention | None] = [None] * n
        k = 0
        for m in names:
            while k < n and toks[k].end <= m.start:
                k += 1
            j = k
            while j < n and toks[j].start < m.end:
                self.name[j] = m
                j += 1
        self.cues = cues
        self.capital = [t.text[:1].isupper() for t in toks]
        if n > 2 and _mentions.is_title_case_headline(text, sent.start):
            self._headline_verbs(doc)
        lex = codes.lexicon()
        forms, past, particles, names_at, words = lex.forms, lex.past, lex.particles, self.name, self.words
        tags = []
        for i, w in enumerate(words):
            if names_at[i] is not None:
                tags.append("N")
                continue
            if self.capital[i] and i > 0 and w in CALENDAR:
                tags.append("W")  # "in May", "on Monday": a date, not the modal or a verb
                continue
            tag = _WORD_TAGS.get(w)
            if tag is None:
                tag = _word_tag(w, forms, past, cues)
                if len(_WORD_TAGS) < 100_000:
                    _WORD_TAGS[w] = tag
            if tag == "W" and w in particles and self._phrasal(i):
                tag = "v"
            if tag in ("V", "v"):
                tag = "V" if (not self.capital[i] or i == 0) else "W"
            tags.append(tag)
        self.tags = tags
        self._stems: list[str | None] = [None] * n

    def _headline_verbs(self, doc: Document) -> None:
        """In a title-case headline, the word right after a known name that opens it or one of its clauses (past an
        adverb) reads in lower case, as a verb form may: "Donald Trump Finally Endorses Paul Ryan"; not after a name inside
        a phrase ("Hillary's Trump Claim"). A name guessed from capitals alone that the article never
        names again ("Paris Terror Attacks Highlight Threat", "Israel Defense Forces Attack") leaves its words as they are."""
        last = None
        for i, m in enumerate(self.name):
            if m is not None:
                if i == 0 or self.name[i - 1] is not m:  # the name opens the headline or a clause of it ("…, Trump Said")
                    opens = i == 0 or self.brk[i]
                    last = m if opens and (m.via not in ("first_name", "pattern") or len(doc.mentions_named(m.name)) > 1) else None
            elif last is not None and self.words[i] in ADVERBS:
                continue
            else:
                if last is not None and self.gaps[i] == "" and not self.possessive[i - 1] and not self.toks[i].text.isupper() \
                        and not self._heads_headline_subject(i):
                    self.capital[i] = False
                last = None

    def _heads_headline_subject(self, i: int) -> bool:
        """A headline has one main verb: an event noun followed by a modal, or by a present verb form that agrees with it
        as its subject, is the head of the subject, not the verb ("Nigeria Attacks Leave 86 Dead", "Iran Deal Expels
        Doubts", "Trump Attacks Could Backfire"); an object that is also a verb form does not agree ("United Nations
        Condemns Attack", "Velde Protests Attacks On Press")."""
        if i + 1 >= len(self.words) or self.gaps[i + 1] or not self.capital[i + 1] or self.words[i] not in codes.lexicon().nouns:
            return False
        w, nxt = self.words[i], self.words[i + 1]
        if nxt in MODALS or nxt in ("had", "did"):
            return True  # agrees with any subject
        if nxt not in _AGREEING_AUXILIARIES and (nxt not in codes.lexicon().forms or nxt.endswith("ing") or _past_form(nxt)):
            return False  # (a participle modifies a noun more often than it ends a subject: "Arrests Wanted Man")
        if nxt.endswith("s"):
            return not w.endswith("s")  # "Deal Expels", "Rally Protests Turn Violent": a singular noun and its -s verb
        # a plural noun and a bare verb ("Attacks Leave 86 Dead"); a bare word that is an event noun itself opens the
        # object ("Russia Strikes Deal With Turkey", "Chile Arrests Protest Leaders")
        return w.endswith("s") and nxt not in codes.lexicon().nouns

    def _phrasal(self, i: int) -> bool:
        """The first word of a multi-word verb whose other words follow ("turned down", "blew up")."""
        for whole in codes.lexicon().particles.get(self.words[i], ()):
            rest = whole.split()[1:]
            if self.words[i + 1 : i + 1 + len(rest)] == rest:
                return True
        return False

    def stem(self, k: int) -> str:
        found = self._stems[k]
        if found is None:
            found = self._stems[k] = _stem(self.words[k])
        return found

    def gap_has(self, i: int, chars) -> bool:
        gap = self.gaps[i] if 0 <= i < len(self.gaps) else ""
        return bool(gap) and any(c in gap for c in chars)

    def dash(self, i: int) -> bool:
        """A dash between words ("KYIV, March 14 (Reuters) - Russian troops", "-- North Korea"): a hard break."""
        gap = self.gaps[i] if 0 <= i < len(self.gaps) else ""
        return bool(gap) and ("—" in gap or "–" in gap or " - " in gap or "--" in gap or gap.rstrip().endswith(" -"))


# Each closed-class word's tag, looked up once (the first class listed wins, as the checks used to read).
_CLOSED: dict[str, str] = {}
for _tag, _words_of in (("A", BE | HAVE | DO), ("M", MODALS), ("G", NEGATIONS), ("O", {"to"}), ("T", {"that"}), ("R", RELATIVES),
                        ("C", COORDINATORS), ("D", DETERMINERS), ("P", PREPOSITIONS), ("S", SUBORDINATORS), ("X", PRONOUNS),
                        ("Q", ADVERBS)):
    for _w in _words_of:
        _CLOSED.setdefault(_w, _tag)
_NOT_ADVERBS = frozenset(("family", "ally", "rally", "italy", "supply", "apply", "reply", "assembly", "july", "belly"))


_WORD_TAGS: dict[str, str] = {}  # a word's class outside names (the same in every sentence), read once per process


def _word_tag(w: str, forms, past, cues) -> str:
    closed = _CLOSED.get(w)
    if closed is not None:
        return closed
    if w.endswith(("n't", "n’t")):
        return "G"
    if w[:1].isdigit():
        return "U"
    if w.endswith("ly") and len(w) > 4 and w not in _NOT_ADVERBS:
        return "Q"
    if w in forms or w in past or w in cues:
        return "V"
    return "W"


def _marks(gap: str) -> str:
    """A gap between two words, or "" when it is only spaces (the common case, checked fastest)."""
    return "" if gap == " " or gap.isspace() and "\n" not in gap else gap


_STEMS: dict[str, str] = {}


def _stem(word: str) -> str:
    found = _STEMS.get(word)
    if found is None:
        if len(_STEMS) > 50_000:
            _STEMS.clear()
        found = _STEMS[word] = codes.stem(word)
    return found


# --- verb reading --------------------------------------------------------------------


_past_form = codes.is_past_form


def _is_verb(s: _Sentence, i: int) -> bool:
    """Whether a verb-form word is a verb here (not a noun: "the attack", "air strikes killed", "Ukrainian positions")."""
    w, tags = s.words[i], s.tags
    if w == "according" and i + 1 < len(s.words) and s.words[i + 1] == "to":
        return False  # "according to the Canadian Press": attribution, a preposition
    prev = i - 1
    while prev >= 0 and tags[prev] == "Q" and not s.comma[prev + 1]:
        prev -= 1
    comma = prev >= 0 and (s.comma[prev + 1] or s.stop[prev + 1])
    p = tags[prev] if prev >= 0 and not comma else ""
    if p == "V" and not s._verbs[prev]:
        p = "W"  # a verb form read as a noun ("bases hosting"): a noun
    pw = s.words[prev] if prev >= 0 else ""
    nxt = tags[i + 1] if i + 1 < len(tags) else ""
    if p == "N" and s.name[prev].via == "demonym" and not s.possessive[prev] and not s.words[prev].endswith("s"):
        return False  # "Ukrainian positions", "Western allies": a demonym modifies a noun ("Palestinians inspect" does not)
    if p in ("D",) or (prev >= 0 and s.possessive[prev]):
        return False
    if w.endswith("ing"):
        if p == "A":
            return True  # "is asking"
        if p == "V" and _first_lemma(pw) in ASPECT:
            return True  # "began leaving", "kept firing": the -ing word is the act
        if p == "V" and prev >= 1 and tags[prev - 1] == "A" and _first_lemma(pw) in _PERCEIVED:
            return True  # "was seen grabbing a photographer": what the one seen was doing
        if p in ("V", "O"):
            return False  # "ban voting", "to voting": a gerund object
        if p == "P":
            return pw in ("by", "after", "before", "while", "since", "without", "for", "despite")
        if p == "W" and prev >= 1 and tags[prev - 1] == "D" and w in codes.lexicon().nouns and nxt not in ("D", "N", "X", "U", "O"):
            return False  # "a roadside bombing near …", "the suicide bombing killed": an act's noun after its modifier
        if p == "W" and prev >= 1 and (tags[prev - 1] == "P" or tags[prev - 1] == "V" and s._verbs[prev - 1]) \
                and w in codes.lexicon().nouns and nxt in ("P", "") and _describing_word(s, prev):
            return False  # "received strong backing from", "came under heavy shelling by": the act's noun after a word
            # describing it, after a verb or preposition ("saw police firing at", "left civilians fleeing from": a doer)
        return True  # a participle after a noun ("officers responding") or after a comma
    if p == "O":
        if w in codes.lexicon().particles and " " in _lemma_with_particle(s, i)[0] and not _past_form(w):
            return True  # "refused to hand over": a multi-word verb whose first word alone is no verb form
        return w in codes.lexicon().forms and not _past_form(w) and not (w.endswith("s") and w[:-1] in codes.lexicon().forms)
    if p in ("A", "M", "G"):
        return True
    if _past_form(w):
        if p == "V" and s._verbs[prev] and not (prev >= 0 and s.words[prev] in ("got", "get", "gets")):
            return False  # "investigating alleged crimes", "demanding increased pay": a participle adjective
        if pw == "other" and nxt in ("W", "N"):
            return False  # "the US and other developed nations": a participle adjective after "other"
        return p != "P" or pw == "than"
    # a base or -s form: a verb after a subject, a noun after a modifier or before a verb
    if p == "N" and s.name[prev].via == "demonym" and pw.endswith("s") and not w.endswith("s") and nxt != "A" \
            and _starts_clause(s, prev):
        return True  # "The Palestinians reject proposed changes": a people's present act, even before a participle
    if p == "N" and not pw.endswith("s") and not w.endswith("s") and not _same_past(w) and _after_determiner(s, prev):
        return False  # "the Trump campaign manager", "the Obama administration": a name modifying the noun after it
    after = i + 1
    while after + 1 < len(tags) and tags[after] == "Q" and not s.comma[after]:
        after += 1  # "the Clinton campaign also called": past the adverb
    if nxt in ("A", "M") or (after < len(tags) and tags[after] == "V" and _past_form(s.words[after])):
        return False  # "air strikes killed": a noun before the verb
    if i + 1 < len(s.words) and s.words[i + 1] in ("of", "by") and not _past_form(w):
        return False  # "protests by Polish farmers", "calls of …": a noun
    if i == 0 or comma:
        return nxt in ("D", "N", "X", "U")  # a headline or clause that starts with a verb: "Iran attacks bases"
    if p == "N" and nxt == "D" and w.endswith("s") and w[:-1] in codes.lexicon().forms:
        return True  # "says the United States urges the government to …": a present verb before its object
    if p == "N" and not _starts_clause(s, prev):
        return False  # "the Hamilton County jail": a name inside a noun phrase modifies the noun after it
    if p == "C" and prev >= 1 and tags[prev - 1] in ("W", "N") and _past_verb_before(s, prev - 1):
        return False  # "brought inspiration and supplies to …": a noun joined to a past verb's object (verbs share a tense)
    if p in ("X", "N", "C", "R", "T", "S"):
        return True
    if p == "W" and _starts_clause(s, prev):
        if nxt == "P" and _verb_after_phrase(s, i + 1):
            return False  # "the terrorist attacks in Paris reframed the contest": the noun, whose verb comes later
        if w.endswith("s") and i + 2 < len(tags) and tags[i + 1] == "V" and _same_past(s.words[i + 1]) \
                and tags[i + 2] in ("W", "N", "D", "X", "U"):
            return False  # "Security forces beat demonstrators": a plural noun before a past the same as its base
        if w.endswith("s") and w[:-1] in codes.lexicon().forms:
            return True  # "protesters demand": a noun's verb in the present
        if nxt in ("D", "N", "X", "O"):
            return True  # "the rebels attack the town", "its partners refuse to recognize"
        if _same_past(w) and (nxt in ("W", "U") or " " in _lemma_with_particle(s, i)[0]):
            return True  # "soldiers beat detainees", "rebels hit the convoy", "troops beat up …": a past the same as its base
        if nxt in ("W", "U") and _after_that(s, prev):
            return True  # "demanding that the government provide information": the demanded act, in the subjunctive
        if (i + 1 == len(tags) or s.stop[i + 1]) and not w.endswith("s") and _after_demand_that(s, prev):
            return True  # "demanded that the government resign.": the same with no object, ending the sentence; only
            # after a verb of demand, which alone takes the subjunctive ("said that the government plan." is no act)
    return False


def _describing_word(s: _Sentence, k: int) -> bool:
    """Whether a lower-case word before an act's -ing noun can only describe it: no name, no plural, no doer
    ("police", "militia", "people", "crowd" may be who is doing it)."""
    from .mentions import people_nouns

    w = s.words[k]
    return not s.capital[k] and not w.endswith("s") and not codes.agent_sector([w]) and w not in people_nouns() \
        and w not in codes.lexicon().nouns


def _unlisted_past(s: _Sentence, i: int) -> bool:
    """A word in "-ed" no lexicon lists ("reframed", "upended") between a noun that opens its clause and the
    determiner, pronoun or number its object starts with: a past verb, not a noun or an adjective."""
    w = s.words[i]
    if s.tags[i] != "W" or s.capital[i] or i == 0 or i + 1 >= len(s.toks) or len(w) < 5 or not w.endswith("ed") \
            or w.endswith("eed") or s.comma[i] or s.stop[i] or s.comma[i + 1] or s.stop[i + 1]:
        return False
    return s.tags[i - 1] in ("W", "N") and s.tags[i + 1] in ("D", "X", "U") and _starts_clause_through_preps(s, i - 1)


def _starts_clause_through_preps(s: _Sentence, k: int) -> bool:
    """Whether the noun phrase ending at ``k``, with the prepositional phrases before it ("the attacks in Paris"),
    opens a clause: no verb stands between it and the clause's start."""
    j = k
    while j - 1 >= 0 and not (s.comma[j] or s.stop[j]) and s.tags[j - 1] in ("W", "N", "U", "D", "P", "V"):
        j -= 1
    if any(s.tags[x] == "V" and not s.words[x].endswith("s") for x in range(j, k + 1)):
        return False  # a verb form other than a plural noun's ("attacks", "strikes") may be this clause's verb
    if j == 0 or s.comma[j] or s.stop[j]:
        return True
    return s.tags[j - 1] in ("C", "S", "R", "T", "Q")


def _verb_after_phrase(s: _Sentence, k: int) -> bool:
    """Whether, from the preposition at ``k``, prepositional phrases run to a past verb, auxiliary or modal with no
    comma between ("attacks in Paris on Friday reframed", "strikes in Gaza have killed"): a verb said of what came
    before the preposition, which is then a noun."""
    for j in range(k, len(s.toks)):
        if s.comma[j] or s.stop[j]:
            return False
        tag = s.tags[j]
        if tag in ("A", "M") or (tag == "V" and j > k and s.tags[j - 1] != "P" and _past_form(s.words[j]) and not s.words[j].endswith("ing")):
            return j > k + 1
        if tag not in ("P", "W", "N", "D", "U", "Q"):
            return False
    return False


def _phrase_first(s: _Sentence, k: int) -> int:
    """The first token of the noun phrase ending at token ``k``: back over its words, determiners and numbers, up to a
    comma or a sentence's stop."""
    j = k
    while j - 1 >= 0 and not (s.comma[j] or s.stop[j]) and s.tags[j - 1] in ("W", "N", "D", "U"):
        j -= 1
    return j


def _after_that(s: _Sentence, k: int) -> bool:
    """Whether the noun phrase ending at token ``k`` opens a "that" clause ("demanded that the government …")."""
    j = _phrase_first(s, k)
    return j >= 1 and s.words[j - 1] == "that" and not (s.comma[j] or s.stop[j])


def _after_demand_that(s: _Sentence, k: int) -> bool:
    """Whether the noun phrase ending at token ``k`` opens a "that" clause right after a verb of demand or appeal
    (CAMEO 10 or 02: "demanded that the minister …", "urged that the army …")."""
    if not _after_that(s, k):
        return False
    j = _phrase_first(s, k)
    return j >= 2 and s.tags[j - 2] == "V" and codes.family(_first_lemma(s.words[j - 2])) in ("02", "10")


def _after_determiner(s: _Sentence, k: int) -> bool:
    """Whether the name ending at token ``k`` follows "the", "a" or "an" with nothing else before it in its clause
    part: a singular name after an article modifies a noun ("the Clinton campaign"); as a subject it would need a verb
    in -s ("the Kremlin denies")."""
    j = k
    while j - 1 >= 0 and s.tags[j - 1] == "N" and s.name[j - 1] is s.name[k] and not s.comma[j]:
        j -= 1
    return j >= 1 and not s.comma[j] and s.words[j - 1] in ("the", "a", "an")


@cache
def _base_participles() -> frozenset[str]:
    """Participles spelt like their base ("put", "hit", "cut", "set"), which "_past_form" cannot tell by their ending."""
    return frozenset(row["verb"] for row in reference.table("irregular_verbs") if row["participle"] == row["verb"])


def _same_past(word: str) -> bool:
    """A verb whose past is spelt like its base ("beat", "hit", "cut", "shut"), so a noun phrase then it then another
    noun reads as a past act ("police beat protesters"), not a compound noun."""
    return word in _same_past_verbs()


@cache
def _same_past_verbs() -> frozenset[str]:
    verbs = codes.lexicon().verbs
    return frozenset(row["verb"] for row in reference.table("irregular_verbs") if row["past"] == row["verb"] and row["verb"] in verbs)


def _past_verb_before(s: _Sentence, k: int) -> bool:
    """Whether the nearest verb before word ``k`` in its clause (no comma or stop between) is in the past tense."""
    for j in range(k - 1, -1, -1):
        if s.comma[j + 1] or s.stop[j + 1]:
            return False
        if s._verbs[j]:
            return _past_form(s.words[j])
    return False


def _starts_clause(s: _Sentence, k: int) -> bool:
    """Whether the noun phrase ending at ``k`` opens a clause (so a verb may follow it), not an object. An "of"
    phrase is part of it ("a small group of supporters set off") when the phrase it is in opens the sentence, a
    clause after a comma or a coordinated subject ("Li and a group of …"), not after an adverb ("provide nearly
    25,000 tons of food aid")."""
    j = k
    crossed_of = False
    while j - 1 >= 0 and not (s.comma[j] or s.stop[j]):
        if s.tags[j - 1] in ("W", "N", "U", "D") or (s.tags[j - 1] == "V" and not s._verbs[j - 1]):
            j -= 1
        elif s.words[j - 1] == "of" and j - 2 >= 0 and s.tags[j - 2] in ("W", "N"):
            j -= 1
            crossed_of = True
        else:
            break
    if j == 0 or (s.comma[j] or s.stop[j]):
        return True
    return s.tags[j - 1] in (("C", "S", "R", "T") if crossed_of else ("C", "S", "R", "T", "Q"))


def _participle(s: _Sentence, i: int) -> bool:
    """An -ing word with no auxiliary: a participle (non-finite) rather than a finite verb."""
    if not s.words[i].endswith("ing"):
        return False
    prev = i - 1
    while prev >= 0 and s.tags[prev] == "Q":
        prev -= 1
    return prev < 0 or s.tags[prev] != "A"


# --- phrases ----------------------------------------------------------------------------


def _np_word(s: _Sentence, i: int) -> bool:
    t = s.tags[i]
    if t in ("N", "D", "U", "W", "X"):
        return True
    if t == "V":
        # a verb form inside a noun phrase: "the attack", "rescue teams", "an arrest warrant"
        return not _finite_here(s, i)
    return False


def _finite_here(s: _Sentence, i: int) -> bool:
    return s.tags[i] == "V" and s._verbs[i]


_DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest near outside".split())
_QUANTITY = {("up", "to"), ("at", "least"), ("as", "many"), ("more", "than"), ("less", "than"), ("fewer", "than")}


def _np_from(s: _Sentence, i: int, limit: int) -> Phrase | None:
    """The noun phrase starting at token ``i`` (up to ``limit``), "of"-chains and name lists included."""
    n = min(limit, len(s.toks))
    many = i + 2 < n and s.words[i + 1] == "many" and s.words[i + 2] == "as"  # "as many as 50": the count after both
    if i + 2 + many < n and (s.words[i], s.words[i + 1]) in _QUANTITY and s.tags[i + 2 + many] in ("U", "W", "D"):
        j = i + 2  # "Up to 100 ethnic Albanians", "at least 30 people": the quantity opens the phrase
        if s.words[i + 1] == "many":
            j += 1  # "as many as"
    elif i >= n or not _np_word(s, i) or s.tags[i] in ("P",):
        return None
    else:
        j = i
    while j + 1 < n:
        k = j + 1
        if s.brk[k] or s.dash(k):
            # "Iraq, the UK, Australia, Canada and the US": a list of names continues the phrase
            if s.comma[k] and not s.gap_has(k, ";:()") and s.tags[j] == "N" and _list_continues(s, k, n):
                j = k
                continue
            break
        t = s.tags[k]
        if _time_word(s, k) and s.tags[j] != "P" and not (s.tags[j] == "D" and s.words[k] in CALENDAR):
            break  # "the Sudanese authorities last week", "the region overnight": a time, not the phrase;
            # but "the Sept. 11 attacks", "the January vote": a date right after the determiner names the thing
        if s.words[k] == "dead" and (k + 1 >= n or s.brk[k + 1] or s.tags[k + 1] in ("P", "C", "V")):
            break  # "shot a man dead", "left two soldiers dead in the street": how they were left, not who
        if t in ("N", "D", "U", "W") or (t == "V" and not s._verbs[k]):
            if s.possessive[j] or t != "D" or s.words[k] in ("all", "both"):
                j = k
                continue
            break
        if t == "Q" and s.tags[j] == "D" and k + 1 < n and (s.tags[k + 1] in ("W", "N", "U") or _ly_adjective_noun(s, k)):
            j = k  # "the first group", "the latest offensive": an adjective the adverb list also holds
            continue
        if s.words[k] == "than" and s.words[j] in ("more", "less", "fewer", "greater") and k + 1 < n:
            j = k + 1  # "more than a dozen missiles"
            continue
        if s.words[k] in _NP_LINKS and k + 1 < n and (s.tags[k + 1] in ("N", "D", "W", "U", "X") or (s.tags[k + 1] == "V" and not s._verbs[k + 1])):
            if s.tags[k + 1] in ("V", "W") and s.words[k + 1].endswith("ing") and len(s.words[k + 1]) > 5:
                break  # "accused Darfur rebels of violating …": a gerund after "of" is what they did, not part of who
            if s.name[j] is not None and s.name[j].kind == "country" and s.name[k] is None and s.tags[k + 1] == "D":
                break  # "warned the United States of a nuclear war": what a country is warned of is not part of its name
            j = k + 1
            continue
        if t == "C" and s.words[k] in ("and", "&") and k + 1 < n and _coordinate_np(s, j, k + 1, n):
            j = k + 1
            continue
        if t == "X" and s.possessive[k - 1]:
            break
        break
    if s.tags[j] == "X" and j > i and s.tags[i] != "X":
        j -= 1
        while j > i and s.words[j] in _NP_LINKS:
            j -= 1  # "ten of them": the count, not a phrase ending in the "of" its pronoun left
    # the head: the last word before "of" (or the last word)
    head_at = j
    for k in range(i, j + 1):
        if s.words[k] == "of" and k > i:
            head_at = k - 1
            break
    return Phrase(s.toks[i].start, s.toks[j].end, i, j, s.words[head_at])


def _ly_adjective_noun(s: _Sentence, k: int) -> bool:
    """"the deadly attack", "a costly strike": an adjective ending in -ly before a noun spelt like a verb (not a verb
    read as one, "this apparently angered", nor a participle, "a digitally manipulated image", "her quarterly
    meeting", whose phrase the reader leaves as it was; nor "the first picture", an ordinal)."""
    word, noun = s.words[k], s.words[k + 1]
    return word.endswith("ly") and s.tags[k + 1] == "V" and not s._verbs[k + 1] and not noun.endswith(("ed", "ing"))


def _time_word(s: _Sentence, k: int) -> bool:
    """A calendar word outside a name, or "last"/"this"/"next"/"early"/"late" before one."""
    if s.tags[k] == "N":
        return False
    w = s.words[k]
    if w in CALENDAR:
        return True
    return w in ("last", "this", "next", "early", "late", "earlier", "later") and k + 1 < len(s.words) and s.words[k + 1] in CALENDAR


def _list_continues(s: _Sentence, k: int, n: int) -> bool:
    """After a comma: another name follows (perhaps after "the"/"and"), so the list goes on; not when that name is the
    subject of a report that ends the sentence ("refused admittance to Ghanaians, Benin police said")."""
    j = k
    while j < n and s.words[j] in ("the", "and"):
        j += 1
    return j < n and s.tags[j] == "N" and s.tags[k - 1] == "N" and not _reporter_at_end(s, j)


def _reporter_at_end(s: _Sentence, j: int) -> bool:
    """Whether the words from ``j`` are a name or noun phrase and a reporting verb that ends the sentence or comes
    before its time ("…, Benin police said.", "…, Thai military sources said today.")."""
    m, n = j, len(s.toks)
    while m < n and not (m > j and s.brk[m]) and s.tags[m] in ("N", "W", "U", "D") and s.words[m] not in s.cues:
        m += 1
    return m > j and m < n and not s.brk[m] and s.cues.get(s.words[m]) is not None \
        and (m + 1 == n or s.brk[m + 1] or s.words[m + 1] in CALENDAR or s.words[m + 1] in ("on", "in"))


def _coordinate_np(s: _Sentence, left: int, right: int, n: int) -> bool:
    """"X and Y" is one coordinated phrase when both sides are names or nouns and no verb follows Y alone."""
    j = right
    while j < n and s.tags[j] in ("D", "U"):
        j += 1
    if j >= n:
        return False
    if s.tags[left] == "N" and s.tags[j] == "N":
        return True
    if s.tags[j] in ("W", "N") and s.tags[left] in ("W", "N"):
        return True
    return False


# --- the parse ---------------------------------------------------------------------


def clauses(doc: Document, *, sections=("body", "caption")) -> list[list[Clause]]:
    """The clauses of every sentence (an empty list for sentences outside ``sections``)."""
    return [sentence_clauses(doc, index) if sent.section in sections else [] for index, sent in enumerate(doc.sentences)]


def sentence_clauses(doc: Document, index: int) -> list[Clause]:
    """The clauses of one sentence, parsed once per document (the quotes' attribution and the events read the same)."""
    parsed = doc.sentence_clauses.get(index)
    if parsed is None:
        sent = doc.sentences[index]
        names = [m for m in starting_in(doc.mentions, sent.start, sent.end) if m.end <= sent.end]
        parsed = doc.sentence_clauses[index] = tuple(_parse(_Sentence(doc, sent, index, names, reference.cues())))
    return list(parsed)


def _parse(s: _Sentence) -> list[Clause]:
    n = len(s.toks)
    if not n:
        return []
    s._verbs = [False] * n
    for i in range(n):
        if _unlisted_past(s, i):
            s.tags[i] = "V"  # "The attacks in Paris reframed the contest": a past verb no lexicon lists
    for i in range(n):  # left to right: each reading may lean on the one before
        s._verbs[i] = s.tags[i] == "V" and _is_verb(s, i)
    groups = []  # (group_start, verb index, info)
    i = 0
    while i < n:
        if s._verbs[i] and not _inside_group(s, i):
            groups.append(_verb_group(s, i))
        i += 1
    found: list[Clause] = []
    bounds = [g["start"] for g in groups] + [n]
    for gi, g in enumerate(groups):
        found.append(_verb_clause(s, g, bounds[gi + 1], groups, gi, found))
    found.extend(_noun_clauses(s, found))
    return found


def _inside_group(s: _Sentence, i: int) -> bool:
    """A verb followed by "to" + verb ("threatened to ban") governs the next verb's group: it is read there."""
    j = i + 1
    while j < len(s.toks) and (s.tags[j] == "Q" or _date_between(s, j)):
        j += 1  # "threatened on Monday to break", "agreed today to": a date between the verb and its frame
    if j + 1 < len(s.toks) and s.words[j] == "to":
        k = j + 1
        while k < len(s.toks) and s.tags[k] == "Q":
            k += 1
        return k < len(s.toks) and s.tags[k] == "V" and s.words[i] not in ("said", "says", "say")
    return False


def _date_between(s: _Sentence, j: int) -> bool:
    """A calendar word ("today", "Monday") or the preposition before one, with no comma before it."""
    if s.comma[j] or s.stop[j] or s.tags[j] == "N":
        return False
    if s.words[j] in CALENDAR:
        return True
    return s.tags[j] == "P" and j + 1 < len(s.words) and s.words[j + 1] in CALENDAR and s.tags[j + 1] != "N"


def _verb_group(s: _Sentence, i: int) -> dict:
    """The words of the verb group ending at verb ``i``: auxiliaries, modal, negation, governing verb."""
    words, tags = s.words, s.tags
    j = i - 1
    aux: list[str] = []
    negated = False
    modality = ""
    governor = ""
    start = i
    while j >= 0 and not (s.comma[j + 1] or s.stop[j + 1]):
        w, t = words[j], tags[j]
        if t in ("A", "M", "G", "Q") or w in ("going", "set", "about") and aux and aux[-1] == "to":
            if t == "G":
                negated = True
            elif t in ("A", "M"):
                aux.append(w)
            elif w in ("going", "set", "about"):
                modality = modality or codes.modality_of(f"{w} to")
            start = j
            j -= 1
            continue
        if t == "V" and words[i].endswith("ing") and _first_lemma(w) in ASPECT and j == i - 1:
            governor = _first_lemma(w)  # "had already begun leaving"
            start = j
            j -= 1
            continue
        if t == "O":  # "… to <verb>": a governing verb or "has to"
            if j >= 1 and codes.modality_of(f"{words[j - 1]} to") == "hypothetical" and not s.comma[j]:
                modality = modality or "hypothetical"  # "an issue likely to dominate talks": a prediction
                start = j - 1
                j -= 2
                continue
            k = j - 1
            while k >= 0 and (tags[k] == "Q" or (words[k] in CALENDAR and tags[k] != "N")):
                k -= 1  # "threatened today to impose", "agreed on Monday to": a date between verb and frame
            if k >= 1 and words[k] in CALENDAR and tags[k - 1] == "P":
                k -= 2
            elif 1 <= k < j - 1 and tags[k] == "P" and words[k + 1] in CALENDAR and tags[k + 1] != "N":
                k -= 1  # "threatened on Monday to break relations": the date's preposition too
            if k >= 0 and tags[k] == "V" and s._verbs[k] and not (s.comma[k + 1] or s.stop[k + 1]):
                lemma = _first_lemma(words[k])
                governor = lemma
                frame = codes.modality_of(lemma) or codes.family_modality(codes.own_code(lemma))
                if frame:
                    modality = modality or frame
                start = k
                j = k - 1
                continue
            if k >= 0 and words[k] in ("has", "have", "had", "ought"):
                modality = modality or codes.modality_of(f"{words[k]} to")
                start = k
                j = k - 1
                continue
            if k >= 1 and words[k] in RELATIVE_TIME and k + 1 < j and words[k + 1] in CALENDAR:
                k -= 1  # "its refusal last week to extradite"
            if k >= 0 and words[k] in DECIDED_NOUNS and tags[k] != "V" and not (s.comma[k + 1] or s.stop[k + 1]):
                # "its refusal to extradite", "the threat to impose sanctions", "their demand to release": the noun's
                # own family frames the act after it, as a governing verb's does ("refused to extradite")
                modality = modality or codes.family_modality(codes.noun_code([words[k]]))
            break
        break
    for a in aux:
        m = codes.modality_of(a)
        if m and not modality:
            modality = m
        elif m == "demand" and modality == "intent":
            modality = m  # "the US must be ready to mediate", "Chile should agree to talks": what must be done is asked
    if modality == "demand" and _epistemic_must(aux, words[i]) and not _deadline_after(s, i):
        modality = "hypothetical"  # "Iran must be hiding weapons", "they must have fled": a guess, no demand
    if negated and modality in ("intent", "") and any(a in MODALS for a in aux):
        modality, negated = ("refuse", False) if any(a in ("will", "would", "'ll", "shall") for a in aux) else (modality, negated)
    if negated and modality == "refuse" and governor:
        negated = False
    verb = words[i]
    passive = bool(aux) and (aux[0] in BE or aux[0] in ("get", "got", "gets", "getting")) and not verb.endswith("ing") \
        and (_past_form(verb) or verb in _base_participles())  # "has been put under investigation", "was hit"
    if not aux and _past_form(verb) and not verb.endswith("ing") and i + 1 < len(s.toks) and words[i + 1] == "by" \
            and not _measure_after(s, i + 2):
        passive = True  # "a bridge destroyed by a Russian glide bomb"; not "shortened by one hour the curfew", "cut by 10%"
    if not aux and _reduced_passive(s, i):
        passive = True
    if not aux and not passive and _past_form(verb) and not verb.endswith("ing") and i > 0 and s.tags[i - 1] in ("W", "N") \
            and i + 1 < len(s.toks) and _starts_clause(s, i - 1) \
            and (s.tags[i + 1] == "P" and _subject_verb_follows(s, i + 1)
                 or _particle_then_preposition(s, i + 1) and _subject_verb_follows(s, i + 2, finite=True)):
        passive = True  # "Protesters arrested on Monday were released", "Ghanaians ordered out of Nigeria arrived in
        # Accra": a reduced passive describing the subject (with a particle, a finite verb after it is the main verb)
    if not aux and not passive and _past_form(verb) and not verb.endswith("ing") and i > 1 and s.comma[i] \
            and s.tags[i - 1] in ("W", "N") and i + 1 < len(s.toks) and s.tags[i + 1] == "P" and _set_off(s, i + 1):
        passive = True  # "A man, accused of stealing a car, was arrested": a participle set off after its noun describes it
    lemma, end_index = _lemma_with_particle(s, i)
    if passive and lemma in _STATES and i + 1 < len(s.toks) and words[i + 1] in ("to", "with", "about"):
        passive = False  # "Israel is opposed to French mediation": a state of the subject, not a passive
    return {"start": start, "verb": i, "end": end_index, "lemma": lemma, "passive": passive, "negated": negated,
            "modality": modality, "governor": governor, "aux": aux}


# number words, spelt out: of an amount ("by one hour") and, with the plurals of a round number, of a count
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
_MEASURE_UNITS = frozenset("percent per % hour hours day days week weeks month months year years minute minutes "
                           "point points".split())


def _measure_after(s: _Sentence, k: int) -> bool:
    """Whether word k starts an amount ("by one hour", "by 10 percent", "by half"): "by" then gives how much, not who
    ("killed by one of the militants", "destroyed by 2 missiles", "by two years of shelling" name who or what did it)."""
    if k < len(s.words) and s.words[k] == "half":
        return True
    return k + 1 < len(s.words) and (s.tags[k] == "U" or s.words[k] in _NUMBER_WORDS) and s.words[k + 1] in _MEASURE_UNITS \
        and (k + 2 >= len(s.words) or s.words[k + 2] != "of")  # "destroyed by two years of shelling": the shelling did it


def _aside(s: _Sentence, verb: Clause) -> bool:
    """A participle set off by a comma with no auxiliary ("An article, based on accounts …, reported"): the verb after
    the aside is the sentence's own, not a second verb of the participle's passive."""
    k = _token_at(s, verb.start)
    return verb.group_start == verb.start and k > 0 and s.comma[k]


def _set_off(s: _Sentence, k: int) -> bool:
    """Whether the words from ``k`` run to a comma that a verb group follows (", was arrested"): the aside closes."""
    for j in range(k, len(s.toks)):
        if s.stop[j]:
            return False
        if s.comma[j]:
            return s.tags[j] in ("A", "M") or (s.tags[j] == "V" and s._verbs[j])
    return False


def _subject_verb_follows(s: _Sentence, k: int, finite: bool = False) -> bool:
    """Whether, from token ``k``, only prepositional phrases stand before an auxiliary or modal in the same clause
    ("arrested on Monday were released"), or with ``finite`` before any verb ("ordered out of Nigeria arrived in
    Accra"): the participle before them describes the noun the later verb is said of."""
    for j in range(k, len(s.toks)):
        if s.comma[j] or s.stop[j]:
            return False
        tag = s.tags[j]
        if tag in ("A", "M") or finite and tag == "V" and s._verbs[j]:
            # (with ``finite``, no verb a preposition takes: "lashed out at Chile for having shot down" is active)
            return j > k and not (finite and s.tags[j - 1] in ("P", "O", "S"))
        if tag not in ("P", "W", "N", "D", "U", "Q") and not (tag == "V" and not s._verbs[j]):
            return False  # "in the strike were buried": a verb form read as a noun is part of the phrase
    return False


# Participles that after "be" name the subject's state ("is opposed to", "is committed to"), not a passive.
_STATES = frozenset("oppose commit determine dedicate prepare satisfy concern worry disappoint".split())


def _inside_object(s: _Sentence, i: int) -> bool:
    """Whether the noun before verb ``i`` sits in an earlier verb's object, with no clause break between them."""
    for x in range(i - 1, -1, -1):
        if (s.comma[x + 1] or s.stop[x + 1]) or s.tags[x] in ("S", "C", "R", "T") or (s.tags[x] == "P" and s.words[x] in SUBORDINATORS):
            return False
        if s.tags[x] == "V" and s._verbs[x] and not _participle(s, x):
            return True
        if s.tags[x] in ("A", "M"):
            return True
    return False


def _reduced_passive(s: _Sentence, i: int) -> bool:
    """Whether a past form with no auxiliary after a noun inside an earlier verb's object, before a preposition, is a
    reduced passive describing that noun: "inspect the rubble of a house destroyed in an Israeli strike", "opened its
    borders to West Africans ordered out of Nigeria"."""
    if not (_past_form(s.words[i]) and i > 0 and s.tags[i - 1] in ("W", "N") and i + 1 < len(s.toks)):
        return False
    # (with a particle, the noun must sit in a prepositional phrase, "opened its borders to Ghanaians ordered out of":
    # in "said the troops pulled out of" it may be the subject of a reported clause, and the word before must be no
    # verb after its auxiliary, "who has become caught up in")
    particle = _particle_then_preposition(s, i + 1) and not (i >= 2 and s.tags[i - 2] == "A") and _in_prepositional_phrase(s, i)
    return (s.tags[i + 1] in ("P", "Q") or particle) and _inside_object(s, i)


def _in_prepositional_phrase(s: _Sentence, i: int) -> bool:
    """Whether the noun phrase ending before token ``i`` follows a preposition ("to West Africans", "of a house")."""
    x = i - 1
    while x >= 0 and s.tags[x] in ("W", "N", "D", "U", "Q", "X") and not s.comma[x + 1]:
        x -= 1
    return x >= 0 and s.tags[x] in ("P", "O") and not s.comma[x + 1]  # ("to" has a tag of its own)


def _particle_then_preposition(s: _Sentence, k: int) -> bool:
    """Whether token ``k`` is a verb's particle with a preposition after it ("ordered out of", "sent back to")."""
    return s.words[k] in PARTICLES and k + 1 < len(s.toks) and s.tags[k + 1] == "P" and not s.brk[k + 1]


def _first_lemma(word: str) -> str:
    found = codes.lemmas(word)
    return found[0] if found else codes.lexicon().past.get(word, word)


def _epistemic_must(aux: list[str], verb: str) -> bool:
    """Whether "must" guesses rather than demands: "must have" and a past participle ("must have fled"), or "must be"
    and a present participle ("must be hiding"). "must be released" (a passive) and "must return" stay demands."""
    order = aux[::-1]  # the group's auxiliaries are gathered from the verb backwards
    if "must" not in order:
        return False
    rest = order[order.index("must") + 1 :]
    return rest[:1] == ["have"] or rest[:1] == ["be"] and verb.endswith("ing")


def _deadline_after(s: _Sentence, i: int) -> bool:
    """Whether a deadline follows the verb in its clause: "by" and a time ("must have left by Friday", "by the end of
    March", "by midnight"), which makes "must have" what is required, not a guess ("must have fled" stays a guess)."""
    n = len(s.words)
    for k in range(i + 1, min(n - 1, i + 8)):
        if s.brk[k] or s.comma[k]:
            return False
        if s.words[k] == "by":
            j = k + 1
            while j < n and s.words[j] in DEADLINE_LEADS:
                j += 1
            if j == k + 1 and j < n and s.words[j] == "night":
                return False  # "by night": how, not a deadline
            return j < n and (s.words[j] in CALENDAR or s.words[j] in DEADLINE_HEADS or s.words[j][:1].isdigit())
    return False


# A deadline is "by", these words, then a time ("by the end of March", "by next Friday", "by mid 2026", "by midnight");
# shared with events.date_of, where a deadline does not date an act still to come.
DEADLINE_LEADS = frozenset(("the", "next", "this", "early", "late", "mid"))
DEADLINE_HEADS = frozenset(("end", "middle", "start", "beginning", "midnight", "noon"))


def _lemma_with_particle(s: _Sentence, i: int) -> tuple[str, int]:
    """The verb's lemma, a multi-word verb when its particle follows ("blew up", "called on")."""
    lex = codes.lexicon()
    word = s.words[i]
    for whole in lex.particles.get(word, ()):
        rest = whole.split()[1:]
        at = i + 1
        while at < len(s.words) - 1 and s.words[at] in CALENDAR and s.tags[at] != "N" and not (s.comma[at] or s.stop[at]):
            at += 1  # "called Thursday on Arabs to unite": a day between the verb and its particle
        if tuple(s.words[at : at + len(rest)]) == tuple(rest) and not (s.comma[i + 1] or s.stop[i + 1] or s.comma[at]):
            return whole, at + len(rest) - 1
    found = codes.lemmas(word)
    if found:
        return found[0], i
    return lex.past.get(word, word), i


_SPEAKING_PARTICIPLES = frozenset(("speaking", "testifying"))
_AUDIENCE_PREPOSITIONS = frozenset(("to", "before", "at"))


def _opening_participle_subject(s: _Sentence, start: int, group: dict) -> Phrase | None:
    """"Speaking to reporters on Sunday, the president said …": a speaking participle that opens the sentence, before
    its audience or gathering, is said of the main clause's subject, the noun phrase right after the comma that closes
    the participle's phrase. (Only this one: other opening participles read so gave acts to the wrong actor or coded
    what is none: "Campaigning against Romney, he …", "Giving a speech, Clinton …", "Expecting that …")"""
    if group["aux"] or s.words[start] not in _SPEAKING_PARTICIPLES or start + 1 >= len(s.words) \
            or s.words[start + 1] not in _AUDIENCE_PREPOSITIONS:
        return None
    k = next((k for k in range(start + 1, len(s.toks)) if s.comma[k]), None)
    return _np_from(s, k, len(s.toks)) if k is not None else None


def _subject(s: _Sentence, start: int, groups, gi: int, found: list[Clause]) -> tuple[Phrase | None, int, int]:
    """The subject of the verb group starting at token ``start``: (phrase, coordinated-with index, relative?)."""
    words, tags = s.words, s.tags
    j = start - 1
    while j >= 0 and (tags[j] == "Q" or (_time_word(s, j) and not s.comma[j + 1])):
        j -= 1
    if j >= 1 and words[j] in CALENDAR and tags[j - 1] == "P" and not s.comma[j + 1]:
        j -= 2  # "Russia on Tuesday rejected": a date between subject and verb
    elif j >= 1 and tags[j] == "P" and j + 1 < start and _time_word(s, j + 1) and not s.comma[j + 1]:
        j -= 1  # "a newspaper on Friday called": the date's preposition, its day already passed over
    if j < 0:
        return _opening_participle_subject(s, start, groups[gi]), -1, -1
    comma_before_verb = s.comma[j + 1]
    if words[start] in ("being", "having") and tags[j] == "P" and words[j] in SUBORDINATORS and gi > 0:
        for k in range(gi - 1, -1, -1):  # "… before being shot by police": the subject of the clause it belongs to
            if found[k].subject is not None and found[k].lemma not in s.cues:
                return found[k].subject, -1, -1
    if words[j] == "by" and start == j + 1 and words[start].endswith("ing") and not groups[gi]["aux"]:
        done = _did_before(s, j)  # "as he did two years ago by announcing the release": the one who did it
        if done is not None:
            return done, -1, -1
    if words[j] == "by" and start == j + 1 and words[start].endswith("ing") and not groups[gi]["aux"] and gi > 0:
        means_of = _verb_before(s, found[:gi], j)  # "Sessions stunned Republicans by endorsing Trump": the stunner's
        if means_of is not None:
            return means_of.subject, -1, -1
    if words[j] == "to" and start == j + 1:
        owned = _np_ending_at(s, j - 1)  # "the US decision to expel", "Trump's decision to deploy": the decider
        if owned is not None and s.words[j - 1] in DECIDED_NOUNS and (tags[j - 1] == "W" or (
                tags[j - 1] == "V" and not s._verbs[j - 1]
                and any(s.possessive[k] or tags[k] == "N" for k in range(owned.first, j - 1)))):
            return owned, -1, -1  # a noun spelt like a verb needs its owner named: "North Korea's claim to have …"
        if gi > 0 and gi - 1 < len(found):
            return found[gi - 1].subject, -1, -1  # "… continued their strike to demand …": the purpose is the subject's
    # a coordinated verb: "… struck an oil depot … and targeted …" takes the previous verb's subject
    if tags[j] == "C" and words[j] in ("and", "or", "but") and gi > 0 and gi - 1 < len(found):
        if groups[gi]["aux"] and gi > 1 and _reduced_participle(found[gi - 1], groups[gi - 1]) \
                and found[gi - 2].kind == "verb" and found[gi - 2].subject is not None:
            # "opened its borders to Peruvians expelled from Bolivia, but was still refusing entry to …": a verb with
            # its own auxiliary is finite, so it is coordinated with the finite verb before the participle, not with it
            return found[gi - 2].subject, gi - 2, -1
        return found[gi - 1].subject, gi - 1, -1
    if comma_before_verb:
        opened = _opened_by_subordinator(s, j)
        if opened is not None:
            return opened, -1, -1
    if comma_before_verb and gi > 0 and gi - 1 < len(found) and _list_of_acts(s, j, start, found[gi - 1]):
        return found[gi - 1].subject, gi - 1, -1  # "Police arrested Orujov in May, charged him …"
    if tags[j] in ("R", "T"):
        # "… a man who …", "the car that hit him": the antecedent before the relative word
        return _antecedent(s, j - 1), -1, 1
    verb = groups[gi]["verb"]
    seen = _perceived_doing(s, groups, gi, found)
    if seen is not None:  # "A police officer was seen on camera grabbing a photographer": the one seen grabs
        return seen, -1, -1
    if s.words[verb].endswith("ing") and not groups[gi]["aux"] and not comma_before_verb and _np_word(s, j):
        near = _np_ending_at(s, j)  # "a man threatening people": a participle after its noun
        if near is not None and codes.family(_first_lemma(s.words[verb])) in _VOICED and _thing_after_preposition(s, near) \
                and gi > 0 and gi - 1 < len(found) and found[gi - 1].kind == "verb" and found[gi - 1].subject is not None:
            return found[gi - 1].subject, -1, -1  # "marched to the palace demanding …": the marchers demand
        if near is not None:
            return near, -1, -1
    if not groups[gi]["aux"] and not comma_before_verb and j == verb - 1 and verb + 1 < len(s.toks) \
            and _particle_then_preposition(s, verb + 1) and _reduced_passive(s, verb):
        near = _np_ending_at(s, j)  # "West Africans ordered out of Nigeria": the noun the participle describes
        if near is not None:
            return near, -1, -1
    if not comma_before_verb and _np_word(s, j):
        # ", police said", ", a source told Reuters": a subject right after a comma
        near = _np_ending_at(s, j)
        if near is not None and near.first > 0 and s.comma[near.first] and not s.stop[near.first]:
            return near, -1, -1
    if words[j] == "for" and gi > 0 and gi - 1 < len(found):
        judged = _judged_for(s, found[gi - 1], j)
        if judged is not None:  # "lashed out at Turkey for having shot down …": the one judged did it
            return judged, -1, -1
    b = _clause_start(s, j)
    subject = _first_np(s, b, start)
    closed = _relative_object(s, subject, start, gi, found, groups)
    if closed is not None:
        return closed, -1, -1
    return subject, -1, -1


# Verbs of seeing whose passive's subject does what an -ing word after them says ("was seen grabbing",
# "was heard shouting at", "was caught on camera kicking").
_PERCEIVED = frozenset("see hear catch show picture observe".split())


def _perceived_doing(s: _Sentence, groups, gi: int, found: list[Clause]) -> Phrase | None:
    """The subject of the passive verb of seeing just before an -ing verb, with only its own phrases between them and
    the last of them naming no one: "was caught by police officers patrolling the border" (the officers patrol), "was
    shown to lawmakers investigating" (the lawmakers investigate); "caught by a security camera stealing" (the one seen)."""
    verb = groups[gi]["verb"]
    if not s.words[verb].endswith("ing") or groups[gi]["aux"] or gi == 0 or gi - 1 >= len(found):
        return None
    seeing = found[gi - 1]
    if seeing.kind != "verb" or seeing.voice != "passive" or seeing.lemma not in _PERCEIVED or seeing.subject is None \
            or seeing.object is not None:
        return None
    prep, last = max(seeing.preps, key=lambda pn: pn[1].end, default=("", None))
    if last is not None and not _thing_after_preposition(s, last) and not _building_there(s, prep, last):
        return None  # "was seen among protesters chanting": someone the -ing verb may be about stands before it
    # the verb's phrases must run up to the -ing verb: a comma or anything else after them ends the reach ("seen at the
    # scene, his colleagues beating a protester"), a comma inside them does not ("seen on camera, near the market holding")
    reach = max([seeing.end] + [np.end for _, np in seeing.preps])
    return seeing.subject if reach >= s.toks[groups[gi]["start"]].start - 1 else None


def _building_there(s: _Sentence, prep: str, np: Phrase) -> bool:
    """"seen outside the embassy", "near the ministry", "in front of the court": after a preposition of place an
    institution's singular head (no name of a person or group in it) is its building, which does nothing; people
    there ("near soldiers", "outside the embassy's guards") are another matter."""
    in_front = (prep == "in" and s.words[np.first] == "front") or (prep == "of" and np.first >= 2 and s.words[np.first - 2] == "front")
    if prep not in _PLACE_PREPOSITIONS and not in_front:
        return False
    if any(s.name[k] is not None and s.name[k].kind in ("person", "group") for k in range(np.first, np.last + 1)):
        return False
    head = s.words[np.last]
    return not head.endswith("s") and head not in _GROUP_HEADS and head != "police"


_PLACE_PREPOSITIONS = frozenset("outside near at inside beside behind".split())


# Verbs that judge someone for what they did, whose "for" names the act: praise and thank (051), forgive (056),
# criticise and accuse (11: "lashed out at", "blamed"), sanction (163), punish, fine or arrest (17).
_JUDGING = ("051", "056", "11", "163", "17")


def _judged_for(s: _Sentence, verb: Clause, j: int) -> Phrase | None:
    """The one an active verb that judges judges, when its object, or with no object its "at"/"against" phrase naming
    someone, ends right before "for" at ``j`` ("praised the police for …", "lashed out at Turkey for …").
    "Rallied at the embassy for demanding" judges no one (no judging verb), nor does "was praised at the ceremony
    for" (the passive's subject is the one judged) or "lashed out at the meeting for" (a thing cannot act)."""
    if verb.kind != "verb" or j < 1 or verb.voice != "active" or not codes.own_code(verb.lemma).startswith(_JUDGING):
        return None
    end = s.toks[j - 1].end
    if verb.object is not None:
        return verb.object if verb.object.end == end else None  # "criticised Peru at the summit for": Peru
    np = next((np for p, np in verb.preps if p in ("at", "against") and np.end == end), None)
    return np if np is not None and not _thing_after_preposition(s, np) else None


def _reduced_participle(clause: Clause, group: dict) -> bool:
    """Whether a clause is a past participle with no auxiliary that describes the noun before it ("Peruvians expelled
    from Bolivia"): a passive read without "was" or "were"."""
    return clause.kind == "verb" and clause.voice == "passive" and not group["aux"]


def _relative_object(s: _Sentence, phrase: Phrase | None, start: int, gi: int, found: list[Clause],
                     groups=()) -> Phrase | None:
    """"The man who attacked the mayor was arrested": the noun phrase before the verb is the object of a relative
    clause, which ends there, and the verb's subject is that clause's antecedent. Not after a verb that only takes a
    clause ("the man who said / believed the mayor was arrested": the mayor was), nor after one that takes a noun or a
    clause ("reported", "saw") when a second verb follows for the antecedent ("the woman who reported the mayor was
    attacked was thanked"); without it, "the woman who reported the crime was thanked" thanks the woman."""
    if phrase is None or gi == 0 or gi - 1 >= len(found):
        return None
    prev = found[gi - 1]
    if prev.kind != "verb" or prev.object is None or prev.subject is None or prev.lemma in _CLAUSE_ONLY \
            or (prev.object.start, prev.object.end) != (phrase.start, phrase.end) or phrase.last + 1 != start:
        return None
    trigger = _token_starting_at(s, prev.start)
    word = s.words[trigger] if trigger is not None else ""
    if prev.lemma in ("say", "tell"):
        return None
    if (word in s.cues or prev.lemma in s.cues or prev.lemma in _THINKING or codes.lexicon().past.get(word) in _THINKING) \
            and _verb_follows_for_antecedent(s, groups, gi):
        return None  # the cues are inflected forms ("reported"); "saw" is a past before it is a tool
    opened = _token_starting_at(s, prev.group_start)
    if opened is None or opened == 0 or s.comma[opened] or s.words[opened - 1] not in ("who", "which", "that") \
            or s.tags[opened - 1] not in ("R", "T"):
        return None
    return prev.subject if prev.subject.last < opened - 1 else None


def _verb_follows_for_antecedent(s: _Sentence, groups, gi: int) -> bool:
    """Whether another finite verb follows the verb group ``gi`` with nothing that opens a new clause between them
    (no comma, colon, "and"/"or"/"but", "that", "to", relative or subordinating word): "the woman who reported the
    mayor was attacked WAS THANKED", "the envoy who warned the militia attacked the port WAS right". A verb group, a
    finite "be" or "have", or a past form not inside a noun phrase (after "the", "his", a possessive) nor before "by"
    counts."""
    if gi >= len(groups):
        return False
    for k in range(groups[gi]["end"] + 1, len(s.words)):
        word = s.words[k]
        if s.comma[k] or s.stop[k] or word in ("and", "or", "but", "that", "to") or word in RELATIVES or word in SUBORDINATORS:
            return False
        if word in FINITE_AUXILIARIES:
            return True
        if k + 1 < len(s.words) and s.words[k + 1] == "by" and s.tags[k - 1] in ("N", "W"):
            continue  # "the city burned by rebels": a passive describing its noun
        if s._verbs[k] and not _participle(s, k):
            return True
        if s.tags[k] == "V" and _past_form(word) and not word.endswith("ing") and not s.possessive[k - 1] \
                and s.words[k - 1] not in _ARTICLES_AND_POSSESSIVES:
            return True
    return False


FINITE_AUXILIARIES = frozenset("is are was were has have had will would".split())
# the auxiliaries and modals a verb group opens with ("did", "has", "would"): the first word of a yes/no question
# (events), the verb right after a name (mentions)
AUXILIARIES = DO | FINITE_AUXILIARIES | MODALS
# the articles, demonstratives and possessive determiners, a part of DETERMINERS (which also holds "some", "each",
# "no", "such", "whose" …), before which a past form is a noun phrase's participle ("the burned city")
_ARTICLES_AND_POSSESSIVES = frozenset("the a an this these those his her its their our my your".split())


# Verbs that take a clause and hardly ever a person or thing as their object ("who believed the mayor was arrested").
_CLAUSE_ONLY = frozenset("believe think suspect hope assume suppose guess doubt insist argue worry realise realize".split())

# Verbs of knowing, believing and perceiving, which take a clause as their object as reporting verbs do ("who believed
# the mayor was arrested", "who saw the soldiers shelled the village").
_THINKING = frozenset("believe think know fear suspect hope assume learn hear feel expect realise realize discover find "
                      "suggest show prove doubt guess suppose understand worry argue insist deny confirm reveal "
                      "see notice recall remember predict estimate witness".split())


_AGO_WORDS = frozenset(RELATIVE_TIME) | frozenset("ago before recently again once".split())


def _did_before(s: _Sentence, j: int) -> Phrase | None:
    """The subject of the pro-verb "did" right before "by" ("as he did two years ago by announcing", "as Chile did
    last week by expelling"), past a time phrase: the -ing verb is how it was done, and by whom. None when no
    "did" stands there, or a comma or another word comes between."""
    k = j - 1
    while k >= 0 and not s.comma[k + 1] and (s.words[k] in _AGO_WORDS or s.words[k] in CALENDAR or s.tags[k] == "U"
                                             or s.words[k] in _NUMBER_WORDS or s.words[k] in _MEASURE_UNITS):
        k -= 1
    if k < 1 or s.words[k] not in DO or s.comma[k + 1]:
        return None
    return _np_ending_at(s, k - 1)


def _verb_before(s: _Sentence, found: list[Clause], j: int) -> Clause | None:
    """The clause of the last verb before token ``j``, with its subject, when no other verb stands between (a verb
    the parse made no clause of, "had surprised", an auxiliary's, leaves it unknown)."""
    last = next((c for c in reversed(found) if c.kind == "verb"), None)
    if last is None or last.subject is None:
        return None
    k = _token_at(s, last.start)
    return last if not any((s.tags[x] == "V" and s._verbs[x]) or s.tags[x] in ("A", "M") for x in range(k + 1, j)) else None


def _opened_by_subordinator(s: _Sentence, j: int) -> Phrase | None:
    """"It comes three months after Judge Jordan, in the same courthouse, voided the ban": the noun phrase after a
    word that opens a clause ("after", "before", "since", "until"), with an aside set off by commas between it and
    the verb (the aside ends at token ``j``), is the verb's subject, not the object of a preposition."""
    k = j
    while k > 0 and not (s.comma[k] or s.stop[k]):
        k -= 1
    if k == 0 or s.stop[k] or s.tags[k] != "P":
        return None  # no aside, or one that is no prepositional phrase (", who …", ", police said,")
    np = _np_ending_at(s, k - 1)
    if np is None or np.first == 0 or s.comma[np.first]:
        return None
    before = np.first - 1
    return np if s.tags[before] == "P" and s.words[before] in SUBORDINATORS and s.words[before] not in ("as", "so") else None


# Nouns of deciding whose infinitive is their owner's act ("the US decision to expel").
DECIDED_NOUNS = frozenset(
    "decision plan plans move bid order orders attempt attempts effort efforts threat threats promise pledge vow refusal "
    "offer proposal call calls demand demands request agreement claim claims".split())


def _thing_after_preposition(s: _Sentence, np: Phrase) -> bool:
    """A noun phrase after a preposition that names no one ("to the presidential palace"): a place or thing, which
    cannot do what a participle after it says ("fired at protesters demanding …" is another matter)."""
    if np.first == 0 or not (s.tags[np.first - 1] == "P" or s.words[np.first - 1] == "to"):
        return False
    if any(s.name[k] is not None and s.name[k].kind in ("person", "organization", "group", "country") for k in range(np.first, np.last + 1)):
        return False
    return not codes.agent_sector([s.words[np.last]]) and s.words[np.last] not in _GROUP_HEADS


# Acts voiced while doing another ("marched … demanding", "rallied … chanting against", "went on the record
# endorsing"): appeal, support (praise, endorse), demand, accuse, reject, threaten, protest.
_VOICED = frozenset(("02", "05", "10", "11", "12", "13", "14"))
_GROUP_HEADS = frozenset("people crowd crowds residents villagers civilians protesters demonstrators students workers".split())


def _list_of_acts(s: _Sentence, j: int, start: int, prev: Clause) -> bool:
    """", charged him …" after a finished clause: a list of acts of one subject (not an appositive or a relative)."""
    verb = s.toks[start]
    if prev.kind != "verb" or prev.subject is None or prev.clause_end > verb.start + 1:
        return False
    if s.doc.norm[prev.start : prev.end].lower().endswith("ing") and prev.group_start == prev.start:
        return False  # "Marsh, her voice breaking, apologized": an absolute phrase, not a first act
    if prev.group_start == prev.start and prev.subject.first > 0 and s.comma[prev.subject.first] \
            and s.doc.norm[prev.subject.end : prev.start].strip() == "" and _past_form(s.words[_token_at(s, prev.start)]):
        return False  # "Members of the association, a body linked to the OAU, investigated …": an appositive's participle
    if not _past_form(s.words[start]) and not (start + 1 < len(s.words) and s.tags[start] == "V"):
        return False
    k = _token_at(s, prev.start)
    return not any(s.tags[x] in ("R", "T", "S") for x in range(k, start)) and prev.start < verb.start


def _appositive(s: _Sentence, np: Phrase) -> bool:
    """"a spokesman for the ministry", "58", "the former judge": a phrase describing the name before it."""
    first = s.words[np.first]
    return first in ("a", "an", "the") or s.tags[np.first] == "U" or (s.tags[np.first] != "N" and not s.capital[np.first])


def _antecedent(s: _Sentence, k: int) -> Phrase | None:
    """The noun phrase ending at ``k``, past appositives between commas ("Linda Marsh, 58, who")."""
    while k >= 0:
        np = _np_ending_at(s, k)
        if np is None:
            return None
        if s.comma[np.first] and np.first > 0 and _appositive(s, np) and _np_word(s, np.first - 1):
            k = np.first - 1
            continue
        return np
    return None


def _np_ending_at(s: _Sentence, k: int) -> Phrase | None:
    """The noun phrase whose last token is ``k`` (walking left over noun-phrase words)."""
    if k < 0 or not _np_word(s, k):
        return None
    i = k
    while i - 1 >= 0 and not s.brk[i]:
        t = s.tags[i - 1]
        if t in ("N", "D", "U", "W") or (t == "V" and not s._verbs[i - 1]) or (s.words[i - 1] in _NP_LINKS and i - 2 >= 0 and s.tags[i - 2] in ("N", "W", "U")):
            i -= 1
            continue
        break
    while i < k and s.tags[i] == "P":
        i += 1
    np = _np_from(s, i, k + 1)
    return np


def _clause_start(s: _Sentence, j: int) -> int:
    """Walk left from token ``j`` to where the clause holding it starts.

    A finite verb, subordinator or coordinator to the left starts our clause only when a
    subject stands between it and us; otherwise what lies between is a participial or
    prepositional phrase, or a relative clause, inside our subject's phrase — walk on.
    """
    words, tags = s.words, s.tags
    k = j
    while k >= 0:
        if s.gap_has(k, ";:—–") or s.dash(k) or (s.gap_has(k, "\"“”") and s.comma[k]) or _after_credit(s, k):
            return k
        t = tags[k]
        boundary = (
            t == "S"
            or (t == "T" and k + 1 <= j and not _that_time(s, k))
            or (t == "V" and s._verbs[k] and not _participle(s, k))
            or (t in ("A", "M") and k < j)
            or (t == "C" and words[k] in ("and", "but", "or") and _joins_clauses(s, k))
        )
        if t == "P" and words[k] in SUBORDINATORS and k + 1 <= j:
            # "after the coalition and NATO said …" (a clause) or "After days of shelling, troops …" (a phrase)
            np = _np_from(s, k + 1, j + 1)
            if np is not None and np.last == j and not s.comma[j + 1]:
                return k + 1
            if np is not None and np.last < j and s.comma[np.last + 1]:
                return np.last + 1
        if boundary and k + 1 <= j:
            np = _first_np(s, k + 1, j + 1)
            # a phrase closed by a comma right before our verb is not its subject ("as treasurer …, pleaded")
            if np is not None and not (np.last == j and s.comma[j + 1]) and not (np.last < j and s.comma[j + 1] and _subject_gap(s, np, j)):
                return k + 1
        k -= 1
    return 0


# what stands between a dateline's place and the body's first word when no dash follows the agency's credit:
# ", Sudan (AP) ", " (Reuters) "
_DATELINE_REACH = 800  # as far as toponyms.dateline_place looks for a run-on dateline
_CREDIT_AFTER_PLACE = compile_on_use(r"(?:,[^()\n]{1,25})?[ \t]*\([A-Za-z0-9 .&-]{2,20}\)[ \t]+")


def _after_credit(s: _Sentence, k: int) -> bool:
    """Whether word ``k`` is the first after a dateline that opens the sentence and ends in an agency's credit with no
    dash ("MEXICO CITY (AP) Mexico's Senate has passed …"): the dateline is no part of the clause's subject."""
    if k < 1 or not s.gap_has(k, ")") or s.toks[0].start > _DATELINE_REACH:
        return False  # (a dateline opens the text: a sentence further on is read without looking for one)
    from .toponyms import dateline_place

    span = dateline_place(s.doc.norm)
    return span is not None and span[0] == s.toks[0].start \
        and _CREDIT_AFTER_PLACE.fullmatch(s.doc.norm, span[1], s.toks[k].start) is not None


def _subject_gap(s: _Sentence, np: Phrase, j: int) -> bool:
    """Whether the words after a candidate subject up to the verb end with a comma-closed insertion."""
    return s.comma[j + 1]


def _joins_clauses(s: _Sentence, k: int) -> bool:
    """"X did A and Y did B" (a boundary) rather than "X and Y did B" (one coordinated subject)."""
    if s.comma[k]:  # ", but" joins clauses even when the first one's verb is a bare "has", "is" ("he has had sharp words")
        return any(s._verbs[x] or (s.words[k] == "but" and s.tags[x] == "A") for x in range(k))
    left = _np_ending_at(s, k - 1)
    if left is None:
        return any(s._verbs[x] for x in range(k))
    before = left.first - 1
    while before >= 0 and s.tags[before] == "Q":
        before -= 1
    if before >= 0 and s.tags[before] == "V" and (s.words[before] in s.cues or codes.family(_first_lemma(s.words[before])) == "01"):
        return False  # "He said China and Russia welcome …": the reported clause's subject is coordinated
    return before >= 0 and ((s.tags[before] == "V" and s._verbs[before]) or (s.tags[before] in ("P", "O") and s.words[before] not in SUBORDINATORS))


def _first_np(s: _Sentence, a: int, b: int) -> Phrase | None:
    """The subject at a clause's start: its first noun phrase, after openers ("But", "In Cairo,", "On Tuesday,")."""
    words, tags = s.words, s.tags
    i = a
    while i < b and (tags[i] in ("Q", "C", "T") or (tags[i] == "S" and i == a) or words[i] in ("there", "meanwhile", "however")) \
            and not _that_time(s, i):
        i += 1
    while i < b and tags[i] == "U":  # "11 a.m. Attorney General X is investigating", "7:50 p.m. In Washington, …":
        k = i                         # a live report's clock time before the subject
        while k < b and tags[k] == "U":
            k += 1
        if k + 1 < b and words[k] in ("a", "p") and words[k + 1] == "m":
            i = k + 2
        break
    while i < b:
        t = tags[i]
        if i + 1 < b and (words[i], words[i + 1]) in _QUANTITY:
            np = _np_from(s, i, b)  # "At least three civilians were killed", "More than 20 people died": a count, no preposition
            if np is not None and np.last + 1 == b:
                return np
        if words[i] in _ROUGHLY and i + 1 < b and tags[i + 1] == "U":
            np = _np_from(s, i + 1, b)  # "About 2,000 people rallied", "Over 100 people were hurt": a count, not a phrase of place
            if np is not None and np.last + 1 == b:
                return np
        if t in ("P", "S") or words[i] == "according":
            # an introductory phrase ("In Cairo,", "According to X,", "As a result,"): up to its comma
            k = i + 1
            while k < b and not s.comma[k]:
                k += 1
            if k < b:
                i = k
                continue
            # no comma: skip the preposition and its phrase ("According to reports the US made …")
            k = i + 1 + (words[i] == "according" and i + 1 < b and words[i + 1] == "to")
            np = _np_from(s, k, b) if k < b else None
            if np is not None and words[k] in CALENDAR and t == "P":
                d = k + 1  # "On Jan. 8 Iran fired …": the date ends at its numbers, the subject follows
                while d <= np.last and tags[d] == "U":
                    d += 1
                if d <= np.last and tags[d] == "N":
                    i = d
                    continue
            if np is not None and np.last + 1 < b and (t == "P" or words[i] == "according"):
                i = np.last + 1
                continue
            return None
        if _time_word(s, i) or words[i] in _TIME_OPENERS or _that_time(s, i) \
                or words[i] == "the" and i + 1 < b and words[i + 1] in _TIME_OPENERS:  # "The following morning …"
            # "Last week police arrested …", "this time he praised …", "Earlier this week, the envoy, X, warned …",
            # "Later that day, …": a time phrase before the subject, with or without its comma
            k = i + (words[i] == "the")
            while k < b and (_time_word(s, k) or words[k] in _TIME_OPENERS or _that_time(s, k) or words[k] in _TIME_NOUNS) \
                    and not s.possessive[k]:
                k += 1
            # (the word it stops at counts: "Last month's strike" is the strike, owned by a month)
            timed = any(words[x] in CALENDAR or words[x] in _TIME_NOUNS for x in range(i, min(k + 1, b)))
            if timed and i < k < b and (s.comma[k] or tags[k] in ("X", "N", "D", "W")):
                i = k
                continue
        if t in ("N", "D", "U", "W", "X") or (t == "V" and not s._verbs[i]):
            np = _np_from(s, i, b)
            after = np.last + 1 if np is not None else i
            while after < b and tags[after] == "Q":
                after += 1  # "Weeks later,"
            if np is not None and after < b and s.comma[after] and _intro_phrase(s, np):
                i = after
                continue
            return np
        return None
    return None


_TIME_OPENERS = frozenset(("last", "this", "next", "earlier", "early", "late", "later", "following", "previous"))
_TIME_NOUNS = frozenset(("time", "day"))  # ("this time", "later that day": not calendar words elsewhere)


def _that_time(s: _Sentence, k: int) -> bool:
    """"that day", "that week": "that" before a time noun is its determiner, no relative word or conjunction."""
    return s.words[k] == "that" and k + 1 < len(s.words) and (s.words[k + 1] in CALENDAR or s.words[k + 1] in _TIME_NOUNS) \
        and not s.possessive[k + 1]  # ("said that Monday's attack …": a conjunction)
_ROUGHLY = frozenset(("about", "around", "over", "approximately", "nearly", "almost", "roughly"))


def _intro_phrase(s: _Sentence, np: Phrase) -> bool:
    """"Earlier on Thursday, …", "Last week, …", "Weeks later, …": a time phrase before the subject."""
    return all(s.words[k] in CALENDAR or s.stem(k) in CALENDAR or s.tags[k] in ("U", "Q")
               or s.words[k] in ("last", "earlier", "early", "late", "next", "this", "later", "ago")
               for k in range(np.first, np.last + 1))


def _np_after(s: _Sentence, k: int, limit: int) -> Phrase | None:
    """The object: the noun phrase right after the verb (adverbs and a date word skipped: "declared Tuesday that")."""
    while k < limit and (s.tags[k] == "Q" or (s.words[k] in CALENDAR and s.tags[k] != "N")
                         or s.words[k] == "dead" and k + 1 < limit and not (s.comma[k + 1] or s.stop[k + 1])):
        k += 1  # ("shot dead two protesters": how they were shot, before whom)
    if k + 1 < limit and (s.words[k], s.words[k + 1]) in _QUANTITY:
        return _np_from(s, k, limit)  # "killing at least 80 people": a quantity, not a preposition
    if k >= limit or (s.comma[k] or s.stop[k]):
        return None
    if s.tags[k] in ("N", "D", "U", "W", "X") or (s.tags[k] == "V" and not s._verbs[k]):
        return _np_from(s, k, limit)
    return None


def _preps(s: _Sentence, k: int, limit: int) -> list[tuple[str, Phrase]]:
    """Prepositional phrases from token ``k`` to the clause end."""
    out = []
    while k < limit:
        if k + 1 < limit and (s.words[k], s.words[k + 1]) in _QUANTITY:
            k += 2  # "at least 80 people" is a phrase, not "at" + "least 80 people"
            continue
        if s.tags[k] == "P" or s.words[k] == "to":
            np = _np_after(s, k + 1, limit)
            if np is not None:
                out.append((s.words[k], np))
                k = np.last + 1
                continue
        k += 1
    return out


def _clause_end(s: _Sentence, k: int, limit: int) -> int:
    """Token index where the clause after a verb ends (a subordinator, relative, semicolon or a new subject and verb)."""
    n = min(limit, len(s.toks))
    j = k
    while j < n:
        if s.stop[j] or (s.comma[j] and s.tags[j] in ("R", "S", "C")) or (s.comma[j] and _absolute_with(s, j, n)):
            return j
        if s.tags[j] in ("R", "S") or (s.tags[j] == "T" and j > 0 and (s.tags[j - 1] in ("W", "N") or (s.tags[j - 1] == "V" and not s._verbs[j - 1]))):
            return j  # a relative "that" after a noun ("the attack that the government blamed on Russia") ends the clause
        j += 1
    return n


def _absolute_with(s: _Sentence, j: int, n: int) -> bool:
    """", with Republicans taking shots at the White House": after a comma, "with", a short noun phrase (no verb, no
    comma) and a verb in -ing open a clause of their own, whose phrases are not the clause before it's."""
    if s.words[j] != "with":
        return False
    for k in range(j + 1, min(n, j + 6)):
        if s.comma[k] or s.stop[k] or s.tags[k] in ("P", "R", "S", "C", "T"):
            return False
        if s._verbs[k]:
            return k > j + 1 and s.words[k].endswith("ing")
    return False


_COUNT_WORDS = _NUMBER_WORDS - {"one"} | frozenset("dozens hundreds thousands scores".split())


def _object_after_as(s: _Sentence, k: int, next_start: int, limit: int) -> tuple[Phrase | None, int]:
    """"expelled as a reprisal three diplomats", "arrested, as a precaution, three journalists", "rejected as
    unacceptable the demands of …": an "as" phrase of a few words between the verb and its object (and the clause's
    new end); (None, limit) when "as" opens a clause of its own ("attacked as the sun rose") or there is none."""
    n = min(next_start, len(s.words))
    if k + 1 >= n or s.words[k] != "as":
        return None, limit
    if s.words[k + 1] == "many" and k + 3 < n and s.words[k + 2] == "as":
        end = _clause_end(s, k + 3, next_start)  # "arrested as many as 50 protesters": a count, not a clause
        np = _np_from(s, k + 3, end)
        return (np, end) if np is not None else (None, limit)
    paired = s.comma[k]  # ", as a precaution, …": the phrase ends at the comma that pairs with this one
    j = k + 1 + (s.tags[k + 1] == "D")
    count = 0
    while j < n and count < 3 and s.tags[j] in ("W", "Q") and not (s.stop[j] or s.comma[j]) \
            and not (count and s.words[j] in _COUNT_WORDS):
        j += 1
        count += 1
    if count == 0 or j >= n or s.stop[j] or s.comma[j] != paired \
            or not (s.tags[j] in ("D", "U", "N", "X") or s.words[j] in _COUNT_WORDS) or s.words[j] in CALENDAR:
        return None, limit
    end = _clause_end(s, j, next_start)
    np = _np_from(s, j, end)
    return (np, end) if np is not None else (None, limit)


def _passive_agent(s: _Sentence, preps) -> Phrase | None:
    """A passive's (or an event noun's) "by" phrase, past one that only says by how much when another follows ("was
    cut by half by the government", "reduced by 20 percent by the ministry"): a lone "by" phrase stays the agent,
    whatever its words."""
    bys = [np for p, np in preps if p == "by"]
    while len(bys) > 1 and all(w in _BY_HOW_MUCH or w.rstrip("%").replace(".", "").isdigit() or w in _NUMBER_WORDS
                               or w in ("a", "an") for w in _np_words(s, bys[0])):
        bys = bys[1:]
    return bys[0] if bys else None


def _np_words(s: _Sentence, np: Phrase) -> list[str]:
    return s.words[np.first : np.last + 1]


# The words of a "by" phrase that says by how much something changed ("by half", "by a third", "by 20 percent").
_BY_HOW_MUCH = frozenset("half third thirds quarter quarters fifth fifths tenth tenths percent per cent % minute minutes hour hours "
                          "day days week weeks month months year years point points".split())


def _verb_clause(s: _Sentence, g: dict, next_start: int, groups, gi: int, found: list[Clause]) -> Clause:
    words = s.words
    i, end_i = g["verb"], g["end"]
    subject, coord, _ = _subject(s, g["start"], groups, gi, found)
    if coord >= 0 and not g["aux"] and found[coord].voice == "passive" and _past_form(words[i]) \
            and not _aside(s, found[coord]):
        g = {**g, "passive": True}  # "had been killed or injured": the second verb shares the passive
    limit = _clause_end(s, end_i + 1, next_start)
    obj = None if g["passive"] else _np_after(s, end_i + 1, limit)
    if obj is None and not g["passive"]:
        obj, limit = _object_after_as(s, end_i + 1, next_start, limit)
    k = obj.last + 1 if obj is not None else end_i + 1
    preps = _preps(s, end_i + 1 if obj is None else k, limit)
    agent = _passive_agent(s, preps) if g["passive"] else None
    # "urged Western allies to speed up": the clause's subject is the object of the demand verb before "to"
    demand_by = -1
    report = -1
    start = g["start"]
    if start >= 2 and words[start - 1] == "to" and gi > 0:
        prev = found[gi - 1]
        if prev.object is not None and prev.object.last == start - 2 and _asks(prev.lemma):
            demand_by, subject, coord = gi - 1, prev.object, -1
    if demand_by < 0 and gi > 0:
        report = _reported_by(s, found, gi, subject, start)
    after_end = min(limit, end_i + 13)
    after_words = _after_words(s, end_i + 1, after_end, _time_froms(s, end_i + 1, after_end), g["lemma"])
    before_words = tuple(s.stem(k) for k in range(subject.first, subject.last + 1)) if subject is not None else ()
    modality = g["modality"]
    if modality == "" and g["governor"] == "" and demand_by >= 0:
        modality = "demand"
    return Clause(
        "verb", g["lemma"], s.toks[i].start, s.toks[end_i].end, s.toks[start].start, s.index,
        "passive" if g["passive"] else "active", g["negated"], modality, g["governor"],
        subject, obj, agent, None, tuple(preps), before_words, after_words,
        s.toks[limit - 1].end if limit > 0 else s.toks[end_i].end, report, demand_by, coord, -1,
    )


# Verbs that ask their object to act: "urged X to", "told X to", "ordered X to" (CAMEO 02 appeals and 10 demands).
_ASKING = frozenset("tell order force persuade convince encourage instruct direct warn press pressure call on call invite request require want".split())


def _asks(lemma: str) -> bool:
    return lemma in _ASKING or codes.family_modality(codes.own_code(lemma)) == "demand"


def _after_words(s: _Sentence, a: int, b: int, time_froms: frozenset[int] = frozenset(), lemma: str = "") -> tuple[str, ...]:
    """The stemmed words after a verb, an infinitive's "to" marked so that it never reads as the preposition, and a
    "from" that opens a time (``time_froms``) marked so that it never reads as what something is taken from; they
    stop at "during", whose phrase says when the act was done, never what it was ("endorsed Clinton during a conference
    call" is no support for a call), unless the verb's own patterns read it ("killed during an air raid", 195)."""
    if not codes.patterns_spell(lemma, "during"):
        b = next((k for k in range(a, b) if s.words[k] == "during"), b)
    return tuple("to-inf" if s.words[k] == "to" and k + 1 < len(s.words) and s._verbs[k + 1]
                 else "from-time" if k in time_froms else s.stem(k) for k in range(a, b))


def _time_froms(s: _Sentence, a: int, b: int) -> frozenset[int]:
    """The "from" tokens in ``a``..``b`` that open a phrase of calendar words only, which then ends: "blockade Paris
    from Monday night" says when, not what Paris is cut off from (CAMEO's "exclude … from" patterns). "from March
    talks" goes on to its noun and is no time."""
    out = set()
    n = len(s.words)
    for k in range(a, b):
        if s.words[k] != "from":
            continue
        j = k + 1  # the run of "the", "next", "last" … and calendar words, up to any punctuation
        while j < n and not s.brk[j] and (s.words[j] == "the" or s.words[j] in _TIME_OPENERS or _time_word(s, j)):
            j += 1
        if j == k + 1 or s.words[j - 1] not in CALENDAR or not _time_word(s, j - 1):
            continue
        if j >= n or s.brk[j] or not (s.tags[j] in ("W", "N", "U") or (s.tags[j] == "V" and not s._verbs[j])):
            out.add(k)
    return frozenset(out)


def _reported_by(s: _Sentence, found: list[Clause], gi: int, subject: Phrase | None, start: int) -> int:
    """The reporting clause ("X said …", "X told reporters that …") whose complement this clause is."""
    first = subject.first if subject is not None else _token_at(s, start)
    if first >= 2 and s.words[first - 1] == "that" and s.words[first - 2] == "and":
        # "said the deal was not complete and that Israel would …": a second complement of the same verb
        for k in range(gi - 1, -1, -1):
            if found[k].kind == "verb" and (found[k].lemma in s.cues or codes.family(found[k].lemma) == "01"):
                return k
    for k in range(gi - 1, -1, -1):
        prev = found[k]
        speech_object = prev.object is not None and s.words[prev.object.last] in SPEECH_NOUNS
        listed = prev.lemma in s.cues or codes.family(prev.lemma) in ("01", "02", "10") or speech_object
        if not listed and not (_speech_form(s, prev.lemma) and codes.family(prev.lemma) in ("", "11")):
            continue  # (a verb with an act of its own, "agreed that …", "promised that …", keeps its own reading)
        # the words between the reporting verb (and its object) and our subject: nothing, "that", a time
        pos = _token_at(s, prev.end) + 1
        if prev.object is not None and prev.object.first >= pos:
            pos = prev.object.last + 1
        stop = subject.first if subject is not None else _token_at(s, start)
        between = [w for w in s.words[pos:stop] if w not in ("that",) and w not in CALENDAR and w not in ("on", "in", "last", "this")]
        # (a verb listed only in a form reports with "that": "concluded that the US must …", not "continued their
        # strike to demand …")
        if not between and (listed or "that" in s.words[pos:stop]):
            return k
        return -1
    return -1


def _speech_form(s: _Sentence, lemma: str) -> bool:
    """Whether one of a verb's regular forms is a listed speech cue ("concluded", "argued", "noted" are listed as
    written, their lemmas are not)."""
    return any(form in s.cues for form in codes.inflections(lemma))


# "issued a reminder that …", "sent a letter saying …": nouns whose "that" clause is what was said.
SPEECH_NOUNS = frozenset("statement reminder warning declaration demand call letter message resolution announcement "
                          "ultimatum appeal request note communique assurance pledge promise claim".split())


def _token_at(s: _Sentence, pos: int) -> int:
    """The token holding ``pos`` (or the last one starting before it)."""
    return max(0, bisect_right(s.starts, pos) - 1)


def _token_starting_at(s: _Sentence, pos: int) -> int | None:
    """The token that starts exactly at ``pos``, or None (unlike :func:`_token_at`, no token before it)."""
    k = bisect_left(s.starts, pos)
    return k if k < len(s.starts) and s.starts[k] == pos else None


# --- event nouns ----------------------------------------------------------------------


_SPEAKING = ("01", "02", "03", "04", "05", "10", "11", "12", "13")  # CAMEO's verbal families: acts done by saying


def _speaks(s: _Sentence, lemma: str) -> bool:
    """Whether a verb is an act of saying (a speech cue, or a CAMEO verbal family), which only people can do."""
    return lemma in s.cues or codes.own_code(lemma).startswith(_SPEAKING)


def _next_to(s: _Sentence, i: int, verb: Clause) -> bool:
    """Whether verb ``verb``'s group follows token ``i`` with at most adverbs between ("the campaign also called")."""
    k = i + 1
    while k < len(s.toks) and s.tags[k] == "Q" and not s.comma[k]:
        k += 1
    return k < len(s.toks) and not s.comma[k] and s.toks[k].start == verb.group_start


_COPULAS = frozenset("is are was were been".split())
_LOCATIVE = frozenset("in across at near outside inside throughout".split())


def _phrase_end(s: _Sentence, verbs: list[Clause], i: int, limit: int) -> int:
    """Where the phrase of the event noun at token ``i`` ends when it sits in the subject of the verb after it: at that
    verb, when active ("Obama's reaction to the attacks in France reminded experts of the gulf between X and Y": the
    gulf's sides are not the attack's). A passive's "by" phrase is read as before ("the attacks were carried out by
    Hamas"); where the verb's clause places it, :func:`_noun_clauses` keeps that place ("air strikes killed 30
    people across the Gaza Strip"). A bare "is"/"was" does not end it: cut there, "The attack on the embassy was,
    officials said, carried out by Hezbollah" lost its attacker and "The attack on the mosque was a blow to the
    community in Christchurch" its event. A verb after "was" and an aside ("was, officials said, carried out by
    Hezbollah") is that "was"'s passive, though read as active, and does not end it either."""
    for v in verbs:
        if v.subject is not None and v.subject.first <= i and v.group_start >= s.toks[i].end and v.voice == "active" \
                and not _tells_of_the_noun(s, v, verbs):
            at = max(i + 1, bisect_left(s.starts, v.group_start))
            if not any(s.words[k] in _COPULAS and s.comma[k + 1] for k in range(i + 1, at)):
                limit = min(limit, at)
    return limit


def _tells_of_the_noun(s: _Sentence, verb: Clause, verbs: list[Clause]) -> bool:
    """Whether a verb read as active after an event noun describes the noun rather than acting as its clause's verb:
    a present participle or "held" ("a sit-in starting Monday by nurses", "demonstrations held daily by farmers"),
    or a participle followed at once by "by" ("the attack on the base carried out by Hamas"), with the clause's own
    verb still to come after "held" or the participle ("… killed three"). Its words stay in the noun's phrase, "by" phrase
    included, as :func:`.events._describes_noun_before` reads them. Without a verb after it, it is the clause's verb:
    "The ceasefire held despite attacks by rebels" (the rebels attacked, they did not make the ceasefire)."""
    at = bisect_left(s.starts, verb.group_start)
    end = bisect_left(s.starts, verb.end)
    if at >= len(s.words):
        return False
    word = s.words[at]
    if word.endswith("ing") and word not in _BASE_FORMS_IN_ING:
        return True  # (a main verb in -ing comes after its auxiliary: "The strikes are continuing")
    return any(v.group_start > verb.end for v in verbs) and (
        verb.lemma == "hold" or end < len(s.words) and s.words[end] == "by" and word.endswith(_PARTICIPLE_ENDINGS))


# verbs whose own base form ends in -ing ("The strikes bring the toll to 400"): no present participle
_BASE_FORMS_IN_ING = frozenset("bring brings sing sings spring springs swing swings cling clings sting stings string "
                               "strings wring wrings fling flings sling slings ring rings wing wings".split())
# how past participles end ("carried", "taken", "shown", "done", "built", "kept", "brought")
_PARTICIPLE_ENDINGS = ("ed", "en", "wn", "ne", "lt", "pt", "ght")


def _noun_clauses(s: _Sentence, verbs: list[Clause]) -> list[Clause]:
    """Event nouns: "Israel's strike on Gaza", "a 2015 police sweep", "the killing of X by Y"."""
    out = []
    lex = codes.lexicon()
    n = len(s.toks)
    triggers = {(c.start, c.end) for c in verbs}
    for i in range(n):
        w = s.words[i]
        if s.tags[i] not in ("W", "V") or (s.tags[i] == "V" and s._verbs[i]) or (s.capital[i] and i > 0) \
                or (w in CALENDAR and (s.capital[i] or i == 0 or s.tags[i - 1] != "D")):
            continue  # "in March", "May 4"; "on a march from Beijing" is the protest
        two = f"{s.words[i - 1]} {w}" if i > 0 else ""
        if w not in lex.nouns and two not in lex.nouns:
            continue
        if i + 1 < n and not s.brk[i + 1] and (s.tags[i + 1] == "W" or (s.tags[i + 1] == "V" and not s._verbs[i + 1])
                                              or (s.tags[i + 1] == "N" and not s.capital[i + 1])) \
                and s.words[i + 1] not in _DIRECTIONS and s.words[i + 1] not in CALENDAR:
            continue  # a modifier of the next noun ("strike force", "the delivery ceremony"); "a strike east of …",
            # "renewed negotiations today" are no modifiers
        if (s.toks[i].start, s.toks[i].end) in triggers:
            continue
        if any(v.subject is not None and v.subject.last == i and v.voice == "active" and _speaks(s, v.lemma) and _next_to(s, i, v)
               for v in verbs) \
                and not any(v.object is not None and v.object.first <= i <= v.object.last for v in verbs):
            continue  # "the Clinton campaign called on FEMA", "the campaign said": the people running it, who speak
        # the phrase the noun heads: walk left over modifiers
        j = i
        while j - 1 >= 0 and not s.brk[j] and (s.tags[j - 1] in ("N", "D", "U", "W") or (s.tags[j - 1] == "V" and not s._verbs[j - 1])):
            j -= 1
        owner = None
        for k in range(j, i):
            if s.possessive[k] or s.tags[k] == "N" or codes.agent_sector([s.words[k]]):
                owner_first = k
                while owner_first - 1 >= j and s.tags[owner_first - 1] == "N" and s.name[owner_first - 1] is s.name[k]:
                    owner_first -= 1
                owner = Phrase(s.toks[owner_first].start, s.toks[k].end, owner_first, k, s.words[k])
        clause_limit = _clause_end(s, i + 1, n)
        limit = _phrase_end(s, verbs, i, clause_limit)
        preps = _preps(s, i + 1, limit)
        if limit < clause_limit:  # the place the verb after it is told at is the happening's too
            preps += [(p, np) for p, np in _preps(s, i + 1, clause_limit) if p in _LOCATIVE and np.first >= limit]
        agent = _passive_agent(s, preps)
        host = -1
        for vi, v in enumerate(verbs):
            if v.object is not None and v.object.first <= i <= v.object.last:
                host = vi
        out.append(Clause(
            "noun", two if two in lex.nouns else w, s.toks[i].start, s.toks[i].end, s.toks[j].start, s.index, "active", False, "", "",
            None, None, agent, owner, tuple(preps), (), tuple(s.stem(k) for k in range(i + 1, min(limit, i + 13))),
            s.toks[limit - 1].end if limit > 0 else s.toks[i].end, -1, -1, -1, host,
        ))
    return out
