"""Stage 2 (quotes): who said it — the words naming a speaker at a cue, and whom they name.

A speaker is found in two steps. First the *speaker phrase*: the words at the
quote that name who speaks, read off the cue verb's subject — before the cue
("Smith said", "the 60-year-old, who…, told reporters"), after it ("said the
British foreign secretary Dominic Raab"), after "according to", or after
"X quoted Y as saying" (then Y). The phrase says how it names the speaker
(``via``): a ``name``, a ``pronoun``, a ``description`` or an ``organisation``.
Second the *speaker*: a name is its canonical person or organisation; a pronoun
or a description is resolved to an earlier entity by :mod:`.coreference`.
Every function reads the parsed :class:`~analysis.document.Document`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from .. import reference
from ..schema import NAME_SEPARATOR
from ..regex import compile_on_use
from . import codes
from .mentions import Mention, Token, group_nouns, is_title_word, org_words, people_nouns
from .people import profile

if TYPE_CHECKING:
    from ..document import Document

ACTOR_KINDS = ("person", "organization", "group", "country")
PERSONAL = frozenset({"he", "she", "him", "her"})
SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "another"})
_QUANTIFIERS = frozenset("one two three four five several many some most few both all other another".split())
# Words between a subject and its cue that are not part of the subject ("Smith also said").
_BEFORE_CUE = frozenset(
    "also later then previously once again has have had would will did does do further earlier "
    "repeatedly recently reportedly simply just not only publicly privately first finally had often sometimes always never "
    "usually still even already then".split()
)
_RELATIVE = frozenset({"who", "which", "whose", "whom", "that"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
# Words that end a subject phrase when walking left from the cue: a clause boundary.
_CLAUSE_WORDS = frozenset(
    "and but or because as while when after before although though if since so than where whether "
    "said says told tells".split()
)
# Prepositions and other words that may sit inside a speaker phrase ("a spokesman for the ministry").
_PHRASE_LINKS = frozenset({"of", "for", "at", "in", "from", "with", "on", "to", "and", "&", "de", "al", "el", "bin", "ibn", "van", "von", "der"})
_ADVERB_SUFFIX = "ly"


class SpeakerPhrase(NamedTuple):
    start: int  # the words naming the speaker at the quote: "he", "the spokesman", "Donald Trump"
    end: int
    via: str  # name, pronoun, description, organisation
    mentions: tuple[Mention, ...]  # the names the phrase gives as speakers (several for a joint statement)
    head: str  # the pronoun or the description's head noun, lower case ("he", "spokesman")


class Attribution(NamedTuple):
    phrase: SpeakerPhrase
    cue: str  # the cue as written, lower case: "said", "told", "according to"
    cue_start: int
    cue_end: int


class Speaker(NamedTuple):
    """Whom a speaker phrase names, resolved."""

    name: str
    role: str
    org: str
    country: str
    kind: str


NOBODY = Speaker("", "", "", "", "")


# --- cues ---------------------------------------------------------------------


@cache
def _cue_words() -> dict[str, bool]:
    return reference.cues()


def is_cue(token: Token) -> bool:
    """A speech verb as written in running text: lower case ("States" in "United States" is no cue)."""
    return token.text[:1].islower() and token.text in _cue_words() or token.text == "Said"


def is_speech_verb(word: str) -> bool:
    """A word of the cue table, as written (lower case)."""
    return word in _cue_words()


def _two_word_cue(doc: Document, token: Token) -> bool:
    """A two-word cue of the cue table: "as Tom Ridge put it:", "Smith pointed out", "Jones shot back"."""
    if token.text not in _phrasal_firsts():
        return False
    nxt = doc.tokens_in(token.end, token.end + 12, limit=1)
    return bool(nxt) and f"{token.text} {nxt[0].text}" in _cue_words()


@cache
def _phrasal_firsts() -> frozenset[str]:
    return frozenset(cue.split()[0] for cue in _cue_words() if " " in cue)


# verbs that frame a partial quote: called the plan “a disgrace”
CHARACTERISING = frozenset(
    "called calling calls call described describing describes dismissed dismissing branded branding labelled labelling "
    "labeled labeling termed terming hailed hailing slammed slamming praised praising blasted blasting decried "
    "decrying denounced denouncing criticised criticized criticising criticizing mocked mocking derided deriding "
    "touted touting promised promising vowed vowing pledged pledging urged urging warned warning accused accusing "
    "accuses blamed blaming cited citing cites dubbed dubbing coined portrayed portraying portrays condemned condemning "
    "credited".split()
)


def cue_in(doc: Document, start: int, end: int, *, last: bool = False, characterising: bool = False) -> Token | None:
    """The first (or last) cue word in ``[start, end)``; characterising verbs count when asked."""
    found = None
    for tok in doc.tokens_in(start, end):
        if (is_cue(tok) or (characterising and tok.text in CHARACTERISING) or _two_word_cue(doc, tok)) and not _attributive(doc, tok):
            if not last:
                return tok
            found = tok
    return found


def _attributive(doc: Document, tok: Token) -> bool:
    """A participle describing the noun after it, no speech verb: "articles from noted scholars", "a noted critic"."""
    if not tok.text.endswith("ed"):
        return False
    before = doc.tokens_in(max(0, tok.start - 12), tok.start)
    return bool(before) and before[-1].text.lower() in _ATTRIBUTIVE_BEFORE and doc.norm[before[-1].end : tok.start] == " "


_ATTRIBUTIVE_BEFORE = frozenset({"a", "an", "the", "from", "of", "with", "among"})  # (not "several shouted": a subject)


# --- the speaker phrase ---------------------------------------------------------


def phrase_before(doc: Document, start: int, cue_start: int) -> SpeakerPhrase | None:
    """The subject of a cue: the noun phrase ending right before ``cue_start`` (back to ``start``).

    Adverbs and auxiliaries between subject and cue are skipped ("Smith also said",
    "Smith has repeatedly said"); an appositive or a relative clause between commas
    points back to the name before it ("Jones, a spokesman for the ministry, said";
    "Jones, who leads the group, told reporters").
    """
    text = doc.norm
    toks = _outside_parentheses(text, doc.tokens_in(start, cue_start), start, cue_start)
    k = len(toks)
    while k and (_between_subject_and_cue(doc, toks[k - 1]) or _adverb(toks[k - 1])) and _joined(text, toks[k - 1].end, (toks[k].start if k < len(toks) else cue_start)):
        k -= 1
    if k and toks[k - 1].text in _BE:
        return None  # "troops were reported to be heading": a passive has no speaker before it
    if k >= 3 and toks[k - 1].text in ("and", "then") and _verb_like(toks[k - 2]) and _is_actor(doc, toks[k - 3]):
        k -= 2  # "Ms. Sherry smiled and said"
    stop = toks[k].start if k < len(toks) else cue_start  # the first skipped word, or the cue
    toks = toks[:k]
    if not toks:
        return None
    gap = _PARENTHETICAL.sub("", text[toks[-1].end : stop])
    if gap.strip().strip(",").strip() != "" and gap.strip() not in (")", "),", "—", "–", "-"):
        return None
    if toks[-1].text in ("who", "which") and len(toks) >= 2 and text[toks[-2].end : toks[-1].start].strip() in (",", "—", "–"):
        return _relative_pronoun(doc, toks)
    relative = _relative_clause(doc, toks)
    if relative is not None:  # "Richard Hale, whose constituency includes …, called": the name before the clause
        named = _noun_phrase_ending(doc, toks[:relative])
        if named is not None and named.via in ("name", "organisation", "pronoun", "description"):
            return named
    return _noun_phrase_ending(doc, toks)


def _relative_pronoun(doc: Document, toks: list[Token]) -> SpeakerPhrase | None:
    """"said Weaver, who added that “…”": the relative pronoun names the speaker at the cue (as annotators
    mark it), and it stands for the name before it. Only a name or an unnamed description is carried
    over: a definite description is resolved from its own words, which the pronoun does not have."""
    before = _noun_phrase_ending(doc, toks[:-1])
    if before is None or before.via in ("name", "organisation") and (not before.mentions or before.head):
        return None
    if before.via == "description" and doc.norm[before.start : before.end].split()[0].lower() not in ("a", "an", "one", "another"):
        return None
    if before.via not in ("name", "organisation", "description"):
        return None
    return before._replace(start=toks[-1].start, end=toks[-1].end)


def is_relative(doc: Document, phrase: SpeakerPhrase) -> bool:
    """The phrase is a relative pronoun standing for the name before it (see ``_relative_pronoun``)."""
    return doc.norm[phrase.start : phrase.end] in ("who", "which")


def _noun_phrase_ending(doc: Document, toks: list[Token]) -> SpeakerPhrase | None:
    """The speaker phrase that ``toks`` end with, an appositive pointing back to the name before it
    ("Jones, a spokesman for the ministry" → Jones; "Jacobs, president of the Union" → Jacobs)."""
    text = doc.norm
    j = _np_start(doc, toks, len(toks))
    if j is None:
        return None
    if j >= 2 and toks[j - 1].text in ("of", "at", "from") and text[toks[j - 2].end : toks[j - 1].start].strip() == ",":
        j -= 1  # "Mr. Mahaney, of RBC Capital Markets, said": the appositive says where he works
    head_toks = toks[j:]
    first = head_toks[0]
    # "Jones, a spokesman for the ministry, said" / "Jones — who leads the group — said"
    lead = _PARENTHETICAL.sub("", text[toks[j - 1].end : first.start]).strip() if j else ""
    if lead in (",", "—", "–", "-", "(") and (first.text.lower() in _RELATIVE or _appositive(doc, head_toks)):
        named = _before_appositives(doc, toks[:j], head_toks[-1].end)
        if named is not None:
            return named
    return _phrase(doc, head_toks, head_toks[-1].end)


def _before_appositives(doc: Document, toks: list[Token], end: int) -> SpeakerPhrase | None:
    """The name before one or more appositives: "Okafor, 61, a former judge," → Okafor."""
    text = doc.norm
    while toks:
        cut = _np_start(doc, toks, len(toks))
        if cut is None:
            return None
        named = _phrase(doc, toks[cut:], end)
        if named is not None and (named.via == "pronoun" or named.via in ("name", "organisation") and named.mentions):
            return named
        if named is not None and named.via == "name" and cut == 0 and not _sentence_adverb(doc, toks, end):
            return named  # "Htay Oo, its acting chairman, told": a name no table knows, opening the clause
        lead = text[toks[cut - 1].end : toks[cut].start].strip() if cut else ""
        if lead not in (",", "—", "–") or not _appositive(doc, toks[cut:]):
            return None
        toks = toks[:cut]
    return None


def phrase_after(doc: Document, start: int, end: int) -> SpeakerPhrase | None:
    """The noun phrase right after an inverted cue ("said the minister, Jane Okafor, on Tuesday")."""
    text = doc.norm
    toks = doc.tokens_in(start, end, limit=16)
    if not toks or text[start : toks[0].start].strip().strip(",:").strip() != "":
        return None
    picked: list[Token] = []
    for n, tok in enumerate(toks):
        word = tok.text.lower()
        if not picked and word in _RELATIVE | _CLAUSE_WORDS:
            return None
        if picked and not _joined(text, picked[-1].end, tok.start):
            gap = text[picked[-1].end : tok.start]
            if gap.strip() == "," and _person_at(doc, tok) and not any(_is_person(doc, t) for t in picked):
                name = _person_at(doc, tok)  # "said Iran’s supreme leader, Ali Khamenei": the name in apposition
                picked.extend(t for t in toks[n:] if t.end <= name.end)
                break
            if gap.strip() == "," and _appositive_follows(doc, tok):
                break  # "said Jane Okafor, the foreign minister": the name is the phrase
            if gap.strip() != "." or not picked[-1].text[:1].isupper():
                break
        if picked and (word in ("on", "in", "at", "during", "after", "before", "when", "while", "as", "to", "that", "told", "adding") and not _in_name(doc, tok)):
            break
        if _np_word(doc, tok) or (picked and word in _PHRASE_LINKS and word not in ("on", "in", "at", "to")):
            picked.append(tok)
            continue
        break
    while picked and picked[-1].text.lower() in _PHRASE_LINKS:
        picked.pop()
    if not picked:
        return None
    return _phrase(doc, picked, picked[-1].end)


def _relative_clause(doc: Document, toks: list[Token]) -> int | None:
    """Where ", who …," (or whose, which) closes right before the cue: the index of the name before it."""
    text = doc.norm
    if not toks or not text[toks[-1].end : toks[-1].end + 2].lstrip().startswith((",", "—", "–")):
        return None
    for k in range(len(toks) - 1, 0, -1):
        gap = _PARENTHETICAL.sub("", text[toks[k - 1].end : toks[k].start]).strip()  # "Cruz (R-Texas), also …"
        word = toks[k].text
        if word.lower() in ("who", "whose", "which") and gap in (",", "—", "–"):
            return k
        if gap in (",", "—", "–") and _opens_aside(word):
            return k  # "An Israeli official, speaking on condition of anonymity, said", "Sullivan, in an attempt to …, wrote"
        if word in ("who", "whose") and gap in ("", "'s", "’s"):  # "Garin, a pollster who works with X, said": the appositive ends at "who"
            comma = next((c for c in range(k - 1, 0, -1) if text[toks[c - 1].end : toks[c].start].strip() == ","), None)
            if comma is not None and _appositive(doc, toks[comma:k]):
                return comma
        if text[toks[k - 1].end : toks[k].start].strip() in (";", ":") or len(toks) - k > 40:
            return None
    return None


def _sentence_adverb(doc: Document, toks: list[Token], end: int) -> bool:
    """One word ending in -ly opening the clause, and no comma closing what follows it before the cue: an adverb
    ("Separately, the council said"), not a name with an appositive ("Connolly, the mayor, said")."""
    word = toks[0].text
    if len(toks) != 1 or len(word) <= 5 or not word.lower().endswith("ly") or reference.is_first_name(word) \
            or doc.norm[end : end + 3].lstrip().startswith((",", "—", "–")):
        return False
    # (an adverb's stem reads as an adjective, "Separate-ly", "Similar-ly", "Additional-ly", "Notab-ly"; a surname's
    # does not, "Connol-ly", "Donnel-ly", "Reil-ly", "McNal-ly", so "McNally, a spokesman for the firm said" and
    # "Connolly, the harbour master said", with their appositive left unclosed, keep their speaker)
    # (a stem of five letters or fewer is a surname's as often as an adjective's, "Gate-ly", "Mulal-ly", "Wise-ly",
    # "Bent-ly", so only the listed short adverbs count)
    stem = word[:-2]
    return stem[1:].islower() and (len(stem) >= 6 and stem.lower().endswith(_ADJECTIVE_ENDINGS) and not stem.endswith("lal")
                                   or word.lower() in _SHORT_SENTENCE_ADVERBS)


# how the adjective inside a sentence adverb ends ("separate", "similar", "additional", "recent", "important", "public",
# "previous", "hopeful", "interesting", "notab(le)", "respective")
_ADJECTIVE_ENDINGS = ("ate", "ar", "al", "ent", "ant", "ic", "ive", "ous", "ful", "less", "ing", "ed", "ab", "ib", "ish",
                      "ange", "ure", "ire", "ide", "ise", "ose", "ete")
# sentence adverbs whose adjective ends otherwise ("near", "last", "clear")
_SHORT_SENTENCE_ADVERBS = frozenset("nearly lastly clearly briefly firstly secondly thirdly broadly mostly partly "
                                    "finally notably usually equally legally locally mainly openly rightly wrongly "
                                    "frankly largely luckily happily directly jointly truly morally vitally purely "
                                    "surely fatally ideally totally really".split())


# Words that open an aside between a subject and its cue: a preposition, an adverb ("Cruz, also a candidate, said").
_ASIDE_OPENERS = frozenset(
    "in at on after before during despite with without like unlike amid for from according as by through while when "
    "also then now still once however meanwhile too though although".split()
)


def _opens_aside(word: str) -> bool:
    """A word opening an aside set off by commas or dashes: a preposition or adverb, or a participle
    ("speaking on condition of anonymity", "noting the size of …", "mentioned by Newsmax as …")."""
    return word.islower() and (word in _ASIDE_OPENERS or len(word) > 5 and word.endswith("ing") or len(word) > 4 and word.endswith("ed"))


def _np_start(doc: Document, toks: list[Token], k: int) -> int | None:
    """Index where the noun phrase ending at ``toks[k - 1]`` begins (None when it is not one)."""
    text = doc.norm
    j = k
    while j > 0:
        tok = toks[j - 1]
        word = tok.text.lower()
        if j < k and not _joined(text, tok.end, toks[j].start):
            gap = text[tok.end : toks[j].start].strip()
            abbreviation = gap == "." and tok.text[:1].isupper() and len(tok.text) <= 4  # "Sen. Ted Cruz", "U.S."
            listed = gap == "," and _is_actor(doc, tok) and _name_at(doc, toks, j)  # "Iraq, the UK and Canada"
            if not (abbreviation or listed):
                break
        if word in ("and", "&", "or") and j >= 2 and _is_actor(doc, toks[j - 2]) and _name_at(doc, toks, j):
            j -= 1
            continue
        if word in ("and", "or") and j < k and toks[j].text[:1].islower() and j >= 2 and toks[j - 2].text[:1].islower() \
                and not _verb_like(toks[j - 2]):
            j -= 1  # "a screenwriter and former studio executive": one noun phrase
            continue
        if word in _CLAUSE_WORDS and not _in_name(doc, tok):
            break
        if word in _RELATIVE and not _in_name(doc, tok):
            break
        if not (_np_word(doc, tok) or word in _PHRASE_LINKS):
            break
        j -= 1
    while j < k and toks[j].text.lower() in _PHRASE_LINKS and not _in_name(doc, toks[j]):
        j += 1
    return j if j < k else None


def _name_at(doc: Document, toks: list[Token], j: int) -> bool:
    """``toks[j]`` starts an actor's name, perhaps after "the" ("the UK")."""
    if j >= len(toks):
        return False
    if toks[j].text.lower() == "the" and j + 1 < len(toks):
        j += 1
    return _is_actor(doc, toks[j])


def _is_actor(doc: Document, tok: Token) -> bool:
    m = _mention(doc, tok)
    return m is not None and m.kind in ACTOR_KINDS


def _np_word(doc: Document, tok: Token) -> bool:
    """A word that can sit in a speaker phrase: a name, determiner, title, number or noun-like word."""
    word = tok.text.lower()
    if _in_name(doc, tok) or word in _DETERMINERS or word in _QUANTIFIERS or word in SPEAKER_PRONOUNS or is_title_word(word):
        return True
    if word in _cue_words() or word in _RELATIVE or word in _CLAUSE_WORDS or word in _BEFORE_CUE or tok.text in _CALENDAR:
        return False
    return tok.text[:1].isupper() or tok.text.isalpha() or tok.text[:1].isdigit() or "-" in tok.text


def _in_name(doc: Document, tok: Token) -> bool:
    from .spans import covering

    return covering(doc.mentions, tok.start, tok.end) is not None


def _verb_like(tok: Token) -> bool:
    """A lower-case past or present-tense verb form ("smiled", "nods", "paused")."""
    word = tok.text
    return word.islower() and len(word) > 3 and (word.endswith(("ed", "es")) or word in _cue_words())


def _between_subject_and_cue(doc: Document, tok: Token) -> bool:
    """An auxiliary or adverb of ``_BEFORE_CUE``, unless it is a person's name ("Will wrote": George Will)."""
    return tok.text.lower() in _BEFORE_CUE and not _is_person(doc, tok)


def _adverb(tok: Token) -> bool:
    word = tok.text
    return word.islower() and word.endswith(_ADVERB_SUFFIX) and len(word) > 4 and word not in ("family", "ally", "rally", "italy")


def _joined(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    if "(" in gap:  # "Rep. Jim Clyburn (D-S.C.) said": a parenthesis inside a name phrase
        gap = _PARENTHETICAL.sub(" ", gap)
    return gap == "" or (gap.isspace() and "\n" not in gap) or gap in ("’s ", "'s ", "’ ", "' ")


_PARENTHETICAL = re.compile(r"\s*\([^()\n]{0,40}\)")


def _outside_parentheses(text: str, toks: list[Token], start: int, end: int) -> list[Token]:
    """The tokens not inside a short parenthesis ("(D-S.C.)", "(R-WI)")."""
    if "(" not in text[start:end]:
        return toks
    inside = [m.span() for m in _PARENTHETICAL.finditer(text, start, end)]
    return [t for t in toks if not any(a <= t.start < b for a, b in inside)]


def _appositive(doc: Document, toks: list[Token]) -> bool:
    """"a spokesman for the ministry", "the group's leader", "62": describes the name before it."""
    first = toks[0].text.lower()
    linked = any(t.text in ("of", "for", "to", "with") for t in toks[:-1])
    if _is_person(doc, toks[-1]) and not linked and not doc.norm.startswith(("’", "'"), toks[-1].end):
        return False  # "In Tokyo, Chief Cabinet Secretary Hiroshi Nakatani said": the name is the subject
    # a person inside ("a Trump ally", "an aide to Trump", "Trump's lawyer") is whom the appositive describes her by
    owner = len(toks) > 2 and doc.norm.startswith(("’s ", "'s "), toks[0].end) and toks[1].text.islower()
    return (first in ("a", "an", "the") or is_title_word(first) or first[:1].isdigit() or toks[0].text[:1].islower() or owner
            or any(t.text in ("of", "for", "at") for t in toks)  # "Republican of Minnesota", "of RBC Capital Markets"
            or len(toks) <= 2)  # a party and state tag: "R-Wis.", "D-Md."


def _appositive_follows(doc: Document, tok: Token) -> bool:
    word = tok.text.lower()
    return word in ("a", "an", "the", "who", "which") or is_title_word(word) or word[:1].isdigit() or tok.text.islower()


def _person_at(doc: Document, tok: Token) -> Mention | None:
    m = _mention(doc, tok)
    return m if m is not None and m.kind == "person" and m.start == tok.start else None


def _is_person(doc: Document, tok: Token) -> bool:
    m = _mention(doc, tok)
    return m is not None and m.kind == "person"


def _mention(doc: Document, tok: Token) -> Mention:
    from .spans import covering

    return covering(doc.mentions, tok.start, tok.end)


def _phrase(doc: Document, toks: list[Token], end: int) -> SpeakerPhrase | None:
    """Classify the words of a speaker phrase: which names it gives, and how."""
    if not toks:
        return None
    start = toks[0].start
    words = [t.text.lower() for t in toks]
    if len(toks) == 1 and words[0] in SPEAKER_PRONOUNS:
        return SpeakerPhrase(start, end, "pronoun", (), words[0])
    names: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for t in toks:
        m = _mention(doc, t)
        if m is not None and (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            names.append(m)
    text = doc.norm
    owners = [m for m in names if text.startswith(("’s", "'s", "’", "'"), m.end) and not _ends_phrase(m, toks)]
    heads = [m for m in names if m not in owners and (m.kind in ACTOR_KINDS or _body_of_states(m))]
    people = [m for m in heads if m.kind == "person"]
    tail = words[-1]
    related = _related_to(words)
    if people and related and toks[related[1]].start < people[-1].start:
        # "a friend of Ana Costa", "a former aide to President Biden": someone of theirs, unnamed, not them
        return SpeakerPhrase(start, end, "description", (people[-1],), related[0])
    if people:
        if len(people) > 1 and _coordinated(text, people):
            return SpeakerPhrase(start, end, "name", tuple(people), "")
        return SpeakerPhrase(start, end, "name", (people[-1],), "")
    if heads and _people_of_a_place(doc, toks, heads):
        # "farmers in the EU", "residents from France": a group where it lives speaks as the group, not the place
        return SpeakerPhrase(start, end, "description", (heads[-1],), _head_noun(words))
    if heads and (tail in _PERSON_NOUNS or is_title_word(tail)) and tail not in group_nouns():
        # "Iranian foreign minister", "the White House spokesman": a person the phrase describes
        return SpeakerPhrase(start, end, "description", (heads[-1],), _head_noun(words))
    if heads and tail not in group_nouns() and not _noun_after(doc, heads[-1], toks):
        groups = [m for m in heads if m.kind != "person"]
        if len(groups) > 1 and _coordinated(text, groups):
            return SpeakerPhrase(start, end, "organisation", tuple(groups), "")
        return SpeakerPhrase(start, end, "organisation", (groups[-1],), "")
    person_owner = [m for m in owners if m.kind == "person"]
    if heads and not (person_owner and person_owner[-1].start > heads[-1].start):
        # "Pentagon officials", "the Iraqi military command", "the Clinton campaign" (but "Israeli Prime Minister
        # Benjamin Netanyahu's office" is his: the person who owns the body, not the country named before him)
        return SpeakerPhrase(start, end, "organisation", (heads[-1],), tail)
    head = _head_noun(words)
    if owners and owners[-1].kind != "person" and _noun(head) in _ORG_NOUNS:  # "Gaza's civil defence agency"
        return SpeakerPhrase(start, end, "organisation", owners[-1:], head)
    owners = [m for m in owners if m.kind in ACTOR_KINDS]
    if owners and (head in group_nouns() or head in _PERSON_NOUNS or is_title_word(head)):  # "Trump’s spokeswoman": an unnamed person
        return SpeakerPhrase(start, end, "description", tuple(owners[-1:]), head)
    bare = toks[1:] if words[0] == "the" else toks  # "the BBC said"
    of = next((k for k in range(1, len(bare)) if bare[k].text == "of"), None)
    if of is not None and names and all(m.kind in ("place", "country") for m in names) and _mention(doc, bare[of + 1] if of + 1 < len(bare) else bare[0]):
        bare, names = bare[:of], []  # "Sen. Sherrod Brown of Ohio": an unlisted name, then where from
    if bare and all(t.text[:1].isupper() for t in bare) and len(bare) <= 4 and not names and not any(
        w in _NOT_NAMES or _noun(w) in _PERSON_OR_ORG_NOUNS or w in group_nouns() for w in (t.text.lower() for t in bare)
    ):
        return SpeakerPhrase(start, end, "name", (), "")  # a name no table knows: "HuffPo said", "the BBC said"
    if any(w[:1].isalpha() for w in words) and (_noun(head) in _DESCRIBING_NOUNS or head in group_nouns()
                                                 or is_title_word(head) or words[0] in _DETERMINERS or words[0] in _QUANTIFIERS
                                                 or head[:1].isdigit()):
        return SpeakerPhrase(start, end, "description", tuple(owners[-1:]), head)
    return None


def _people_of_a_place(doc: Document, toks: list[Token], heads: list[Mention]) -> bool:
    """The phrase is people named by a plural noun, then "in" or "from" and the places and countries they are in
    ("Farmers in the EU", "the workers from France"), with no person or organisation named."""
    words = [t.text.lower() for t in toks]
    link = next((k for k, w in enumerate(words) if w in ("in", "from")), None)
    if link is None or not 0 < link <= 2 or link == 2 and not _counts_or_determines(words[0]):
        return False  # ("Two officials in Iran", "Several diplomats in Paris": a number or quantifier before the noun)
    noun = words[link - 1]
    if not (noun.endswith("s") and (_noun(noun) in _PERSON_NOUNS or noun in group_nouns()) or link == 1 and noun in _PEOPLE_QUANTIFIERS):
        return False
    return all(m.start > toks[link].start and (m.kind in ("place", "country") or _body_of_states(m)) for m in heads)


# quantifiers that stand for people on their own ("Many in Iran said", "Some in Washington fear")
_PEOPLE_QUANTIFIERS = frozenset("many some most few several".split())


def _counts_or_determines(word: str) -> bool:
    """A determiner, a quantifier or a number opening a noun phrase: "the", "several", "two", "12"."""
    return word in _DETERMINERS or word in _QUANTIFIERS or word.isdigit()


# People known by whom they belong to, who speak as themselves, not for that person ("a spokesman for X" speaks for
# X and stays X's words; "an aide to X", "a friend of X" say what they think)
_RELATIVES = frozenset("aide aides adviser advisers advisor advisors friend friends ally allies relative relatives "
                       "brother sister son daughter wife husband mother father cousin nephew niece neighbour neighbor "
                       "colleague colleagues associate associates confidant confidante classmate".split())


def _related_to(words: list[str]) -> tuple[str, int] | None:
    """The noun and the index of the "of"/"to" that tie a phrase's speaker to a person ("friend", at "of")."""
    for k in range(1, len(words)):
        if words[k] in ("of", "to") and words[k - 1] in _RELATIVES:
            return words[k - 1], k
        if words[k] in ("to", "with", "on") and words[k - 1] in _KNOWING and k >= 2:
            return words[k - 2], k  # "people close to Trump", "a source familiar with Putin's thinking"
    return None


def _body_of_states(m: Mention) -> bool:
    """"the EU said", "The European Union imposed": a group of states that the gazetteer maps as a region and the
    actor directory lists as a body speaks and acts as that body (``data/regions.csv``, ``data/actors.csv``).
    Read as a bare description instead, "the Union" would refer back to whatever organisation came before."""
    if m.kind != "place" or not m.name:
        return False
    entry = reference.actor_directory().get(reference.normalise(m.name))
    return entry is not None and entry.kind in ACTOR_KINDS


# Capitalised words that open sentences and are never a speaker's name.
_NOT_NAMES = SPEAKER_PRONOUNS | _CLAUSE_WORDS | _RELATIVE | _QUANTIFIERS | frozenset(
    "the a an this that these those there here it in on at of for from with by to when if as after before while "
    "once asked speaking writing meanwhile however still yet why how what where".split()
)


def names_people_or_a_body(words: str) -> bool:
    """Whether a description in lower case heads on a noun for people or a body ("voters", "party officials",
    "percent of voters", "the company"), not a thing or a happening ("heavy rain", "the poll", "road bridge")."""
    toks = words.lower().replace("’s", "").replace("'s", "").split()
    if not toks:
        return False
    if " ".join(toks[-2:]) in people_nouns():
        return True  # "law enforcement"
    links = [k for k, w in enumerate(toks) if w in _HEAD_LINKS or w in ("who", "that")]
    heads = [toks[links[0] - 1]] if links and links[0] else [toks[-1]]
    if links and links[0] and links[0] + 1 < len(toks):
        after = toks[links[0] + 1 :]
        more = [k for k, w in enumerate(after) if w in _HEAD_LINKS]
        heads.append(after[more[0] - 1] if more and more[0] else after[-1])  # "percent of voters", "families of victims"
    return _people_or_body_noun(heads[0], bodies=True) or any(_people_or_body_noun(h) for h in heads[1:])


# the words that end a description's head ("families of victims", "officials from the ministry")
_HEAD_LINKS = frozenset(("of", "from", "in", "at", "for", "with", "on", "to"))


def _people_or_body_noun(word: str, *, bodies: bool = False) -> bool:
    """``bodies``: an organisation's word counts too ("any bank"; not after "of": "rubble of a house")."""
    if len(word) > 5 and word.endswith(("ers", "ors", "ists", "ians")):
        return True  # a plural of agents the tables may not list: "donors", "commissioners", "lobbyists"
    return any(w in _PERSON_NOUNS or w in _ORG_NOUNS or w in group_nouns() or w in people_nouns() or codes.agent_sector([w])
               or bodies and w.title() in org_words()
               for w in codes.singulars(word))  # (the words that make a name an organisation's: "Bank", "Council")


def _noun(word: str) -> str:
    """The singular of a plural noun, roughly ("reporters" → "reporter")."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _head_noun(words: list[str]) -> str:
    """The head of a description: the last word before "of"/"for"/"at" ("secretary of state" → secretary)."""
    for i, w in enumerate(words):
        if i and w in _HEAD_LINKS:
            if i >= 2 and words[i - 1] in _KNOWING:
                return words[i - 2]  # "people familiar with the matter", "a source close to the talks" → people, source
            return words[i - 1]
    return words[-1]


# Words after a noun that say how its people know what they tell ("people familiar with the matter", "a source close
# to the talks", "officials briefed on the plan"): the noun before them heads the phrase
_KNOWING = frozenset("familiar close closest knowledgeable briefed involved".split())


def _ends_phrase(m: Mention, toks: list[Token]) -> bool:
    return m.end >= toks[-1].end


def _noun_after(doc: Document, m: Mention, toks: list[Token]) -> bool:
    """A lower-case noun follows the name inside the phrase: "the Clinton campaign", "Iraqi military command"."""
    return any(t.start >= m.end and t.text.islower() and t.text not in _PHRASE_LINKS for t in toks)


def _coordinated(text: str, found: list[Mention]) -> bool:
    return all(
        text[a.end : b.start].strip().lower() in (",", "and", ", and", "&", "and the", ", the", ", and the", "the", "or")
        for a, b in zip(found, found[1:])
    )


_PERSON_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson official officials aide aides adviser advisers advisor advisors source sources "
    "analyst analysts expert experts resident residents witness witnesses lawyer lawyers attorney attorneys man woman "
    "men women father mother son daughter wife husband brother sister friend friends neighbour neighbor colleague "
    "colleagues supporter supporters voter voters critic critics worker workers farmer farmers student students "
    "teacher doctor nurse officer officers soldier soldiers veteran president leader minister senator candidate "
    "nominee governor mayor chairman chairwoman director executive manager coach player owner founder activist "
    "activists organizer organiser strategist pollster economist historian professor researcher scientist author "
    "writer journalist reporter host anchor commentator lawmaker lawmakers legislator congressman congresswoman "
    "representative judge prosecutor investigator investigators negotiator diplomat ambassador envoy commander general "
    "chief head secretary member members people person victim victims survivor survivors protester protesters "
    "demonstrators crowd".split()
)
# Things that "say": "one tweet said", "the editorial reads", "a statement from the ministry said".
_SOURCE_NOUNS = frozenset(
    "tweet post message editorial ad advertisement statement report study poll survey memo letter email e-mail "
    "video book article column filing complaint lawsuit ruling order document documents release transcript "
    "headline sign banner slogan".split()
)
_ORG_NOUNS = frozenset(
    "agency ministry department government administration campaign committee company firm group organisation "
    "organization statement report letter release office bureau council court police army military command "
    "service union party board commission network newspaper paper magazine channel station website embassy "
    "authority authorities coalition alliance team club school university hospital institute foundation center "
    "centre movement".split()
)
# the unions ``_phrase`` asks of a word, built once (a union per call copied both sets for every speaker phrase)
_PERSON_OR_ORG_NOUNS = _PERSON_NOUNS | _ORG_NOUNS
_DESCRIBING_NOUNS = _PERSON_OR_ORG_NOUNS | _SOURCE_NOUNS


# --- where the speaker stands relative to a quote -----------------------------------


def attribution_after(doc: Document, start: int, end: int) -> Attribution | None:
    """“…,” said X / “…,” X said / “…,” X, a spokesman, told reporters."""
    text = doc.norm
    toks = doc.tokens_in(start, end, limit=40)  # room for a long appositive before the cue
    if not toks or text[start : toks[0].start].strip().strip(",.!?—–-:;)").strip() != "":
        return None
    if is_cue(toks[0]) or _two_word_cue(doc, toks[0]):
        phrase = phrase_after(doc, toks[0].end, end)
        if phrase is not None:
            return Attribution(phrase, toks[0].text.lower(), toks[0].start, toks[0].end)
        return None
    for k, tok in enumerate(toks[1:], 1):
        if not (is_cue(tok) or _two_word_cue(doc, tok)):
            continue
        if _sentence_break(text, toks[0].start, tok.start):
            return None
        phrase = phrase_before(doc, toks[0].start, tok.start)
        if phrase is not None and (phrase.start <= toks[0].start + 1 or _leads_to(doc, toks[0].start, phrase.start)):
            return Attribution(phrase, tok.text.lower(), tok.start, tok.end)
        return None
    return None


def attribution_final(doc: Document, start: int, end: int) -> Attribution | None:
    """A quote whose sentence goes on and ends "…, said X." or "…, X said.": the closing attribution."""
    text = doc.norm
    toks = doc.tokens_in(start, end)
    cues = [k for k, t in enumerate(toks) if is_cue(t) or _two_word_cue(doc, t)]
    if not cues:
        return None
    k = cues[-1]
    cue = toks[k]
    rest = text[cue.end : end].strip()
    if text[toks[k - 1].end if k else start : cue.start].strip() == ",":  # "…, said David Wasserman, an analyst."
        phrase = phrase_after(doc, cue.end, end)
        if phrase is not None and _only_adjuncts(doc, phrase.end, end):
            return Attribution(phrase, cue.text, cue.start, cue.end)
        return None
    if rest.strip(".!?;") == "" or _only_adjuncts(doc, cue.end, end):  # "…, he said."
        comma = text.rfind(",", start, cue.start)
        if comma < 0:
            return None
        phrase = phrase_before(doc, comma + 1, cue.start)
        if phrase is not None and text[comma + 1 : phrase.start].strip() == "":
            return Attribution(phrase, cue.text, cue.start, cue.end)
    return None


# The mark that signs a quote after its closing quote mark: a horizontal bar, a dash, two hyphens, a tilde.
_SIGNATURE = re.compile(r"[^\S\n]*(―|—|–|--|-|~)[^\S\n]*(?=[A-Z@])")
_HANDLE = compile_on_use(r"@\w{1,30}\b")
# A signature is a name and at most a title, a handle or a date: longer words after the dash are a clause.
SIGNATURE_REACH = 100


def attribution_signed(doc: Document, start: int, end: int) -> Attribution | None:
    """“…” ― Tamsin Okoro / "…" — Dale Whitcombe, harbour pilot / "…" - Ada Obi (@adaobi) March 3, 2025:
    a quote signed after its closing mark at ``start``, as listicles, pull quotes and embedded posts credit
    one. The signature fills the rest of its line (up to ``end``): a name or a handle, then at most a title
    after a comma, a handle in brackets, a date or hashtags. A dash that goes on into a clause ("” — a play
    on words", "” - Voters in Ohio said …") or a list signs nothing; the dash is the cue, as annotators mark it."""
    text = doc.norm
    sign = _SIGNATURE.match(text, start, end)
    if sign is None or end - sign.end() > SIGNATURE_REACH:
        return None
    handle = _HANDLE.match(text, sign.end(), end)
    if handle is not None:
        phrase = SpeakerPhrase(handle.start(), handle.end(), "name", (), "")
    else:
        phrase = phrase_after(doc, sign.end(), end)
        if phrase is None or phrase.via not in ("name", "organisation") or phrase.start != sign.end():
            return None
    if not _signature_tail(doc, phrase.end, end):
        return None
    return Attribution(phrase, sign.group(1), sign.start(1), sign.end(1))


def _signature_tail(doc: Document, start: int, end: int) -> bool:
    """What may follow the name in a signature: ", title", "(@handle)", a date, hashtags; no clause."""
    tail = doc.norm[start:end].strip().rstrip(".")
    toks = doc.tokens_in(start, end)
    if not tail:
        return True
    if tail[0] not in ",(#" and not (toks and toks[0].text in _CALENDAR):
        return False
    return not any(is_cue(t) or t.text.lower() in (_RELATIVE | _CLAUSE_WORDS) - {"and"} for t in toks)


def _only_adjuncts(doc: Document, start: int, end: int) -> bool:
    """Nothing but an appositive, time or place adjunct to the sentence's end ("on Tuesday.", ", an analyst at X.")."""
    rest = doc.norm[start:end].strip()
    if rest.strip(".!?;") == "":
        return True
    words = doc.tokens_in(start, end)
    if not words:
        return False  # punctuation or a quote mark, not an adjunct
    return len(words) <= 14 and rest[:1] in (",",) or (len(words) <= 6 and words[0].text in ("on", "in", "at", "to", "during", "after", "last", "this"))


def _leads_to(doc: Document, start: int, phrase_start: int) -> bool:
    """What stands between a quote and its speaker phrase is a title-like description or one trailing word, set off by a comma."""
    text = doc.norm
    lead = text[start:phrase_start].rstrip()
    if not lead.endswith(","):
        return False
    words = doc.tokens_in(start, phrase_start)
    return len(words) <= 1 or all(_np_word(doc, t) or t.text.lower() in _PHRASE_LINKS for t in words) and len(words) <= 10


def attribution_before(doc: Document, start: int, end: int, *, partial: bool) -> Attribution | None:
    """X said: “…” / X said that “…” / According to X, “…” / X called it “…” (partial quotes)."""
    text = doc.norm
    lowered = text[start:end].lower()
    for source in ("according to", "in the words of"):  # According to X, “…” / in the words of X, “…”
        at = lowered.rfind(source + " ")
        if at >= 0:
            phrase = phrase_after(doc, start + at + len(source) + 1, end)
            if phrase is not None:
                return Attribution(phrase, source, start + at, start + at + len(source))
    cue = cue_in(doc, start, end, last=True, characterising=partial)
    if cue is None:
        return None
    if not partial and not _introduces(doc, cue, end):
        return None
    if cue.text.endswith("ing") and cue.text not in ("saying",) or cue.text == "saying" and not _quoted_before(doc, start, cue):
        return _coordinated_verb(doc, start, cue)  # "Trump told a rally, saying …": the subject of the sentence speaks
    quoted = _quoted_as_saying(doc, start, cue)
    if quoted is not None:
        return quoted
    clause = _clause_start(doc, start, cue.start)
    phrase = phrase_before(doc, clause, cue.start)
    lead = text[clause : cue.start].strip()
    # Said Smith: “…” / But, said Smith, who grew up there, “…” / In other words, explained Smith: “…”
    openers = lead.strip(",") == "" or lead.endswith(",") and all(w in _OPENERS for w in lead.lower().strip(",").split())
    if phrase is None and openers or phrase is not None and phrase.via == "description" and lead.endswith(","):
        inverted = phrase_after(doc, cue.end, end)
        rest = text[inverted.end : end].strip().strip(",:").strip() if inverted is not None else "x"
        named = inverted is not None and (phrase is None or inverted.via == "name" and inverted.mentions)
        if named and (rest == "" or rest.split(None, 1)[0].lower() in ("who", "whose", "which") and rest.endswith(",")):
            return Attribution(inverted, cue.text.lower(), cue.start, cue.end)
    if phrase is None:
        return _coordinated_verb(doc, start, cue)
    return Attribution(phrase, cue.text.lower(), cue.start, cue.end)


def _coordinated_verb(doc: Document, start: int, cue: Token) -> Attribution | None:
    """"Trump tweeted: “…”, and added that …", "Carson took the stage and called …", "he ended by saying":
    the subject of the sentence speaks."""
    before = doc.tokens_in(start, cue.start)
    if not before or not (before[-1].text.lower() in ("and", "but", "then", "by", "before", "after") or cue.text.endswith("ing")):
        return None
    if cue.text.endswith("ing") and (own := phrase_before(doc, start, cue.start)) is not None and own.via in ("name", "pronoun") \
            and doc.norm[own.end : cue.start].strip() == "" and (lead := doc.tokens_in(start, own.start)) and lead[-1].text == "with":
        return Attribution(own, cue.text.lower(), cue.start, cue.end)  # "…, with Trump tweeting that it was a “disaster”"
    sent = doc.sentence_at(cue.start)
    if sent is None:
        return None
    earlier = cue_in(doc, sent.start, before[-1].end, last=True)  # "he said, adding …": "said" is the earlier cue
    if earlier is not None:
        phrase = phrase_before(doc, _clause_start(doc, sent.start, earlier.start), earlier.start)
        if phrase is not None and not is_relative(doc, phrase):  # "Trump, who said …, issued a statement saying"
            return Attribution(phrase, cue.text.lower(), cue.start, cue.end)
    phrase = sentence_subject(doc, sent.start, cue.start)
    if phrase is None:
        found = clause_subject(doc, sent.start, cue.start)
        phrase = found.phrase if found is not None else None
    return Attribution(phrase, cue.text.lower(), cue.start, cue.end) if phrase is not None else None


_OPENERS = frozenset("but and so yet still then however meanwhile instead also later earlier now".split())


def sentence_subject(doc: Document, start: int, end: int) -> SpeakerPhrase | None:
    """The subject a sentence opens with, when it is a name or a pronoun ("But Carson, a surgeon, took …")."""
    text = doc.norm
    toks = doc.tokens_in(start, end, limit=24)
    k = 0
    while k < len(toks) and toks[k].text.lower() in _OPENERS:
        k += 1
    if k < len(toks) and not _is_actor(doc, toks[k]) and toks[k].text.lower() not in SPEAKER_PRONOUNS:
        comma = text.find(",", toks[k].start, toks[min(len(toks), k + 10) - 1].end)
        if comma >= 0:  # "Weighing in on the discussion, former Arkansas Gov. Mike Huckabee agreed"
            k = next((i for i, t in enumerate(toks) if t.start > comma), len(toks))
    if k < len(toks) and text[toks[k - 1].end if k else start : toks[k].start].strip() not in ("", ","):
        return None
    if k < len(toks) and toks[k].text.lower() in ("he", "she", "they", "it", "we", "i"):
        return SpeakerPhrase(toks[k].start, toks[k].end, "pronoun", (), toks[k].text.lower())
    picked = []
    for tok in toks[k:]:
        if picked and not _joined(text, picked[-1].end, tok.start) and text[picked[-1].end : tok.start].strip() != ".":
            break
        if not (_in_name(doc, tok) or is_title_word(tok.text) or tok.text.lower() in ("the", "a", "former", "democratic", "republican")):
            break
        picked.append(tok)
    if not picked and k < len(toks) and (person := _person_named_elsewhere(doc, toks[k])) is not None:
        return SpeakerPhrase(toks[k].start, toks[k].end, "name", (person,), "")  # "Obama slams …" above "Barack Obama"
    if not picked or not any(_is_actor(doc, t) for t in picked):
        return None
    phrase = _phrase(doc, picked, picked[-1].end)
    return phrase if phrase is not None and phrase.via in ("name", "organisation") else None


def clause_subject(doc: Document, start: int, end: int, *, outside=()) -> Attribution | None:
    """The subject of the sentence's first verb before ``end`` (from the shallow clause parse), when it names
    someone: "Valastro praised “…”", "The billionaire businessman began by …, saying that …"."""
    from bisect import bisect_right

    from .clauses import sentence_clauses

    index = bisect_right([s.start for s in doc.sentences], start) - 1
    if index < 0 or doc.sentences[index].end <= start:
        return None
    for clause in sentence_clauses(doc, index):
        if clause.kind != "verb" or clause.start >= end:
            break
        subject = clause.subject
        if subject is None or subject.end > clause.start or subject.start < start or clause.voice == "passive":
            continue
        if any(q.start <= subject.start < q.end for q in outside):
            return None  # “The risk,” said X, “is …”: a subject inside a quote is the quoted words'
        toks = doc.tokens_in(subject.start, subject.end)
        phrase = _phrase(doc, toks, subject.end) if toks else None
        if phrase is not None and phrase.via in ("name", "pronoun", "description", "organisation"):
            return Attribution(phrase, doc.norm[clause.start : clause.end].lower(), clause.start, clause.end)
        return None
    return None


def _person_named_elsewhere(doc: Document, tok: Token) -> Mention | None:
    """A capitalised word no mention covers that is the surname of a person the article names
    (a headline's "Obama" before the body's "President Barack Obama")."""
    if not tok.text[:1].isupper() or _mention(doc, tok) is not None:
        return None
    return next((m for m in doc.mentions if m.kind == "person" and " " in m.name and m.name.split()[-1] == tok.text), None)


def attribution_label(doc: Document, start: int, end: int) -> Attribution | None:
    """"Bernie Sanders: ‘It is not a radical idea’": a name and a colon, the headline way of quoting."""
    text = doc.norm
    colon = text.rfind(":", start, end)
    if colon < 0 or text[colon + 1 : end].strip() != "":
        return None
    phrase = phrase_before(doc, start, colon)
    if phrase is None or phrase.via not in ("name", "organisation") or text[start : phrase.start].strip().strip("-—–").strip() != "":
        return None
    return Attribution(phrase, ":", colon, colon + 1)


def attribution_title(doc: Document, start: int, end: int) -> Attribution | None:
    """"Glenn Beck Says Trump, ‘Alt Right’ Pose A Threat", "‘ISIS Truther’ Trump Is A Lawyer’s Worst Client, Trevor
    Noah Says": a title-case headline's speech verb, capitalised like every word there, names who says its quotes."""
    text = doc.norm
    cue = next((t for t in doc.tokens_in(start, end) if t.text[:1].isupper() and t.text.lower() in _cue_words()), None)
    if cue is None:
        return None
    clause = max(text.rfind(",", start, cue.start), text.rfind(":", start, cue.start), text.rfind("’", start, cue.start) if
                 text.find("‘", start, cue.start) >= 0 else -1) + 1
    phrase = phrase_before(doc, max(start, clause), cue.start)
    if phrase is None or phrase.via not in ("name", "organisation") or not phrase.mentions:
        return None
    return Attribution(phrase, cue.text.lower(), cue.start, cue.end)


def _introduces(doc: Document, cue: Token, quote_start: int) -> bool:
    """The words between a cue and a direct quote only introduce it: "said:", "told reporters on Monday,"."""
    text = doc.norm
    between = text[cue.end : quote_start]
    if len(between) > 120:
        return False
    stripped = between.rstrip()
    return stripped == "" or stripped.endswith((":", ",", "that", "—", "–")) or stripped.endswith(" saying")


def _quoted_before(doc: Document, start: int, cue: Token) -> bool:
    """"X quoted Y as saying": the one -ing cue whose speaker is not the sentence's subject."""
    return doc.norm[start : cue.start].rstrip().endswith(" as")


def _quoted_as_saying(doc: Document, start: int, cue: Token) -> Attribution | None:
    """"X quoted Y as saying" / "X cited Y as saying": the speaker is Y."""
    text = doc.norm
    if cue.text.lower() not in ("saying",):
        return None
    lowered = text[start : cue.start].lower()
    at = max(lowered.rfind("quoted "), lowered.rfind("cited "), lowered.rfind("quotes "))
    if at < 0 or not lowered.rstrip().endswith(" as"):
        return None
    word_end = start + lowered.index(" ", at) + 1
    as_at = start + lowered.rstrip().rfind(" as")
    phrase = phrase_before(doc, word_end, as_at)
    if phrase is None:
        return None
    return Attribution(phrase, "quoted as saying", cue.start, cue.end)


def _clause_start(doc: Document, start: int, cue_start: int) -> int:
    """Where the clause holding a cue begins: after the last quote, semicolon or sentence-like stop."""
    text = doc.norm
    cut = max(text.rfind(";", start, cue_start), text.rfind("”", start, cue_start), text.rfind('"', start, cue_start))
    return cut + 1 if cut >= 0 else start


def _sentence_break(text: str, a: int, b: int) -> bool:
    """A sentence-like stop between ``a`` and ``b`` (not the period of "Mr." or "U.S.")."""
    segment = text[a:b]
    if any(stop in segment for stop in ("? ", "! ", ";", "\n")):
        return True
    at = segment.find(". ")
    while at >= 0:
        word = segment[:at].rsplit(None, 1)[-1] if segment[:at].strip() else ""
        if not (word.lower() in _abbreviations() or is_title_word(word) or (len(word) <= 3 and word[:1].isupper()) or "." in word):
            return True
        at = segment.find(". ", at + 2)
    return False


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(row["abbreviation"].lower() for row in reference.table("abbreviations"))


# --- naming the speaker -------------------------------------------------------------


def describe(doc: Document, who: tuple[Mention, ...], *, head: str = "") -> Speaker:
    """Name, role, organisation, country and kind of the speaker a phrase names."""
    if len(who) > 1:
        names = NAME_SEPARATOR.join(dict.fromkeys(m.name for m in who))
        countries = NAME_SEPARATOR.join(dict.fromkeys(m.name for m in who if m.kind == "country"))
        kind = "country" if all(m.kind == "country" for m in who) else ("person" if all(m.kind == "person" for m in who) else "group")
        return Speaker(names, "", "", countries, kind)
    m = who[0]
    bounds = doc.paragraph_bounds(m.start)
    if bounds == (m.start, m.start):
        bounds = (m.start, m.end)
    prof = profile(doc, m, bounds)
    role, country = prof.role, prof.country
    if m.kind == "country":
        country = m.name
    if m.kind != "person" and head and head in group_nouns():
        return Speaker(m.name, head, "", country, m.kind if m.kind != "country" else "group")
    return Speaker(m.name, role, prof.org if m.kind == "person" else "", country, m.kind)


def named_collective(doc: Document, phrase: SpeakerPhrase) -> Speaker | None:
    """"the Iraqi military command", "the Clinton campaign": an organisation the phrase itself names."""
    if phrase.via != "organisation" or not phrase.head or len(phrase.mentions) != 1:
        return None
    m = phrase.mentions[0]
    if phrase.head in group_nouns() and m.kind in ("organization", "group"):
        return None  # "Pentagon officials": the organisation speaks
    if m.kind == "country" and _noun(phrase.head) in _PERSON_NOUNS:  # "Pakistani officials": people the text does not name
        return Speaker("", phrase.head, "", m.name, "group")
    toks = doc.tokens_in(m.start, phrase.end)
    words = [t.text for t in toks]  # tokens drop a possessive: "Gaza's civil defence agency" → "Gaza civil defence agency"
    if not words:
        return None
    name = " ".join(words)
    country = m.name if m.kind == "country" else ""
    kind = "group" if phrase.head in group_nouns() and phrase.head.endswith("s") else "organization"
    return Speaker(name, "", "", country, kind)


def unlisted_name(doc: Document, phrase: SpeakerPhrase) -> Speaker | None:
    """A capitalised speaker phrase that no table knows ("HuffPo said"): the words are the name."""
    if phrase.via != "name" or phrase.mentions:
        return None
    toks = doc.tokens_in(phrase.start, phrase.end)
    if toks and toks[0].text.lower() == "the":
        toks = toks[1:]
    if not toks:
        return None
    ends = [k for k in range(1, len(toks)) if doc.norm[toks[k - 1].end : toks[k].start].strip()[:1] in (",", "—", "–", "(")
            or toks[k].text == "of" and _mention(doc, toks[k + 1] if k + 1 < len(toks) else toks[k]) is not None]
    toks = toks[: ends[0]] if ends else toks  # "Htay Oo, its acting chairman": the name before its appositive
    while len(toks) > 1 and is_title_word(toks[0].text):
        toks = toks[1:]  # "Sen. Zorb Quexley": the title is not part of the name
    person = _person_named_elsewhere(doc, toks[0]) if len(toks) == 1 else None
    if person is not None:  # "Clinton: …" in a title above "Hillary Clinton"
        return describe(doc, (person,))
    name = " ".join(t.text for t in toks)
    kind = "person" if len(toks) > 1 and reference.is_first_name(toks[0].text) else "organization"
    return Speaker(name, "", "", "", kind)
