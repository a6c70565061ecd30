"""Stage 2 (quotes): who said it — the speaker around a quote or a speech verb.

After the quote (“…,” said X / “…,” X said), before it (X said: “…”), in the
clause around a partial quote, through pronouns and titles to the nearest
fitting person. Every function reads the parsed :class:`~analysis.document.Document`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .. import reference
from ..schema import NAME_SEPARATOR
from .mentions import PRONOUNS, Mention, Token, group_nouns, is_title_word
from .people import profile
from .spans import before

if TYPE_CHECKING:
    from ..document import Document


class Speaker(NamedTuple):
    mentions: tuple[Mention, ...]
    how: str
    cue: str
    role_hint: str = ""


def cue_tokens(doc: Document, start: int, end: int) -> list[Token]:
    cues = reference.cues()
    return [t for t in doc.tokens_in(start, end) if t.text.lower() in cues]


def speaker_after(doc: Document, region: tuple[int, int]) -> Speaker | None:
    text = doc.norm
    s, e = region
    if e <= s:
        return None
    toks = doc.tokens_in(s, e, limit=14)
    cues = reference.cues()
    lead = text[s : toks[0].start] if toks else ""
    if not toks or lead.strip().strip(",.!?—–-").strip() != "":
        return None
    for k, tok in enumerate(toks):
        if tok.text.lower() not in cues:
            continue
        cue = tok.text.lower()
        if k == 0:  # “…,” said X, role
            phrase_end = _phrase_end(text, tok.end, e)
            found = subject(doc, (tok.end, phrase_end))
            if found:
                return Speaker(found, "after", cue)
            return pronoun_or_title(doc, tok.end, phrase_end, cue)
        subj = (s, tok.start)  # “…,” X said
        found = subject(doc, subj)
        if found:
            return Speaker(found, "after", cue)
        return pronoun_or_title(doc, s, tok.start, cue)
    return None


def _phrase_end(text: str, start: int, limit: int) -> int:
    for i in range(start, limit):
        if text[i] in ".;:“”\"\n" and not (text[i] == "." and i + 1 < limit and text[i + 1] != " "):
            if text[i] == "." and i > 0 and text[i - 1].isupper() and (i < 2 or not text[i - 2].isalpha()):
                continue  # an initial: "Stuart E. Jones"
            return i
    return limit


def subject(doc: Document, region: tuple[int, int]) -> tuple[Mention, ...]:
    """The first person in the region, else the coordinated list of actors that opens it."""
    found = [m for m in doc.mentions_in(*region) if m.kind in ("person", "organization", "group", "country")]
    if not found:
        return ()
    people = [m for m in found if m.kind == "person"]
    if people:
        return (people[0],)
    return _coordinated(doc.norm, found)  # “…,” said the US-led coalition and NATO


def _coordinated(text: str, found: list[Mention]) -> tuple[Mention, ...]:
    keep = [found[0]]
    for m in found[1:]:
        gap = text[keep[-1].end : m.start].strip().lower()
        if gap in (",", "and", ", and", "&", "and the", ", the", ", and the", "the", "or"):
            keep.append(m)
        else:
            break
    return tuple(keep)


_ORG_NOUNS = frozenset("company firm ministry agency club group bank organisation organization department campaign charity union party".split())


def pronoun_or_title(doc: Document, s: int, e: int, cue: str) -> Speaker | None:
    toks = doc.tokens_in(s, e, limit=5)
    if not toks:
        return None
    first = toks[0].text.lower()
    if first in PRONOUNS:
        return Speaker((), "pronoun", cue, first)
    words = [t.text.lower() for t in toks[:5]]
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    if words and words[0] in _ORG_NOUNS and len(words) <= 2:
        return Speaker((), "pronoun", cue, "it")
    title = next((w for w in words if is_title_word(w) and w not in ("chief", "head")), "")
    if title and not (title in group_nouns() and title.endswith("s")):
        return Speaker((), "title", cue, title)
    return None


def speaker_before(doc: Document, region: tuple[int, int], kind: str, sentence_start: int | None = None) -> Speaker | None:
    text = doc.norm
    s, e = region
    if e <= s:
        return None
    toks = doc.tokens_in(s, e)
    cue_toks = cue_tokens(doc, s, e)
    if kind == "direct":
        tail = text[s:e].rstrip()
        if not tail.endswith((":", ",")):
            cue_toks = [t for t in cue_toks if t.end >= len(tail) + s - 1]
        last_five = set(toks[-5:])
        cue_toks = [t for t in cue_toks if t in last_five]
        low = text[s:e].lower()
        if "according to" in low:
            at = s + low.rindex("according to") + len("according to")
            found = subject(doc, (at, e))
            if found:
                return Speaker(found, "before", "according to")
    if not cue_toks:
        verbs = [t for t in toks if t.text.lower() in _CHARACTERISING]
        cue_toks = verbs
    if not cue_toks:
        return None
    cue = cue_toks[-1]
    found = subject(doc, (s, cue.start))
    if found:
        nearest = [m for m in found]
        return Speaker((nearest[-1],) if nearest[-1].kind == "person" else found, "before" if kind == "direct" else "clause", cue.text.lower())
    found = pronoun_or_title(doc, clause_start(text, s, cue.start), cue.start, cue.text.lower())
    if found:
        return found
    # "… and added that …": the speaker is the subject earlier in the sentence
    sentence_start = sentence_start if sentence_start is not None else s
    people = [m for m in doc.mentions_in(sentence_start, cue.start) if m.kind == "person"]
    if people:
        return Speaker((people[-1],), "clause", cue.text.lower())
    return None


# verbs that frame a partial quote: called the plan “a disgrace”
_CHARACTERISING = frozenset(
    "called calling described describing dismissed dismissing branded branding labelled labelling labeled "
    "labeling termed terming hailed hailing slammed slamming".split()
)


def clause_start(text: str, s: int, e: int) -> int:
    cut = max(text.rfind(",", s, e), text.rfind(";", s, e), text.rfind(":", s, e))
    return cut + 1 if cut >= 0 else s


def resolve_pronoun(doc: Document, who: Speaker, pos: int, previous: Speaker | None) -> Speaker | None:
    mentions = doc.mentions
    want = PRONOUNS.get(who.role_hint, "person")
    if want == "organization":
        orgs = [m for m in before(mentions, pos) if m.kind in ("organization", "group")]
        if not orgs:
            return None
        counts: dict[str, int] = {}
        for m in orgs:
            counts[m.name] = counts.get(m.name, 0) + 1
        best = max(orgs, key=lambda m: (counts[m.name], m.start))  # "the company": the one the story is about
        return Speaker((best,), "pronoun", who.cue)
    if want == "person" and previous is not None and previous.mentions and previous.mentions[0].kind == "person":
        last_person = [m for m in before(mentions, pos) if m.kind == "person"]
        if last_person and last_person[-1].name != previous.mentions[0].name and last_person[-1].start > previous.mentions[0].start:
            return Speaker((last_person[-1],), "pronoun", who.cue)
        return Speaker(previous.mentions, "pronoun", who.cue)
    kinds = ("person",) if want == "person" else ("group", "organization", "country")
    earlier = [m for m in before(mentions, pos) if m.kind in kinds]
    if not earlier:
        return None
    return Speaker((earlier[-1],), "pronoun", who.cue)


def resolve_title(doc: Document, who: Speaker, pos: int) -> Speaker | None:
    """“the minister said”: the nearest earlier person the text gives that title."""
    title = who.role_hint
    for m in reversed([m for m in before(doc.mentions, pos) if m.kind in ("organization", "group")]):
        after = doc.tokens_in(m.end, m.end + 40)
        if after and after[0].text.lower() == title:
            return Speaker((m,), "title", who.cue)
    for m in reversed([m for m in before(doc.mentions, pos) if m.kind == "person"]):
        s = doc.sentence_at(m.start)
        bounds = (s.start, s.end) if s else (m.start, m.start)
        role = profile(doc, m, bounds).role.lower()
        if title in role.split() or title in role:
            return Speaker((m,), "title", who.cue)
    return None


def describe(doc: Document, who: tuple[Mention, ...]) -> tuple[str, str, str, str, str]:
    """Name, role, organisation, country and kind of a speaker."""
    if len(who) > 1:
        names = NAME_SEPARATOR.join(dict.fromkeys(m.name for m in who))
        countries = NAME_SEPARATOR.join(dict.fromkeys(m.name for m in who if m.kind == "country"))
        kind = "country" if all(m.kind == "country" for m in who) else "group"
        return names, "", "", countries, kind
    m = who[0]
    bounds = doc.paragraph_bounds(m.start)
    if bounds == (m.start, m.start):
        bounds = (m.start, m.end)
    prof = profile(doc, m, bounds)
    role = prof.role
    if m.kind != "person":
        tail = doc.tokens_in(m.end, min(m.end + 40, bounds[1]))
        if tail and tail[0].text.lower() in group_nouns() and doc.norm[m.end : tail[0].start].strip() == "":
            role = tail[0].text.lower()
    country = prof.country
    if m.kind == "country":
        country = m.name
    return m.name, role, prof.org if m.kind == "person" else "", country, m.kind
