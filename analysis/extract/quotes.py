"""Stage 2c: quotes — direct, partial and reported — with their speakers.

Quote marks are paired per paragraph (curly and straight, nested single marks
left inside); a paragraph that opens a quote without closing it continues into
the next paragraph when that one opens with a quote mark (the newspaper
convention). Speakers are found after the quote (“…,” said X / “…,” X said),
before it (X said: “…”), in the clause around a partial quote, through
pronouns and titles to the nearest fitting person, and for speech without
quote marks ("Pentagon officials confirmed") from the subject of a speech verb.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from functools import cache
from typing import NamedTuple

from .. import reference
from ..schema import NAME_SEPARATOR
from ..article import QUOTE_REACH, Paragraph, Sentence, invisible, is_blank, stable_id
from .mentions import PRONOUNS, Mention, group_nouns, is_title_word, mask_markup, tokens
from .people import profile
from .spans import before, covering, within

OPENING = "“«„"
CLOSING = "”»"
STRAIGHT = '"'
_QUOTE_SECTIONS = ("body", "caption", "headline")


class Quote(NamedTuple):
    quote_id: str
    speaker: str
    speaker_role: str
    speaker_org: str
    speaker_country: str
    speaker_kind: str
    text: str
    kind: str  # direct, partial, reported
    cue: str
    attribution: str  # after, before, clause, pronoun, title, continued, subject, none
    sentence_id: str
    start: int
    end: int
    speaker_start: int
    speaker_end: int
    stance: str
    tone: float


class _Span(NamedTuple):
    open: int  # index of the opening mark
    close: int  # index of the closing mark (== end of content when unclosed)
    closed: bool


class _Speaker(NamedTuple):
    mentions: tuple[Mention, ...]
    how: str
    cue: str
    role_hint: str = ""


def quote_spans(text: str, paras: list[Paragraph]) -> list[_Span]:
    """Pairs of quote marks; unbalanced marks never raise, they end at the paragraph.

    An opening mark still open ``QUOTE_REACH`` characters into its paragraph is a
    stray mark: it is dropped, and the quotes inside it count as quotes again.
    """
    spans: list[_Span] = []
    usable = [p for p in paras if p.section in _QUOTE_SECTIONS]
    carry: int | None = None  # opening mark of a quote running on from the last paragraph
    for k, para in enumerate(usable):
        stack: deque[int] = deque()  # open curly marks, outermost first
        inner: list[_Span] = []  # quotes closed directly inside the outermost one
        straight_open, inner_straight = None, False
        last_curly_close = max(text.rfind(c, para.start, para.end) for c in CLOSING)
        i = para.start
        if carry is not None:
            stack.append(carry)
            if text[i] in OPENING or text[i] == STRAIGHT:
                i += 1
            carry = None
        while i < para.end:
            if stack and i - max(stack[0], para.start) > QUOTE_REACH:
                stack.popleft()  # a stray opening mark, not a quotation: what it held is top level
                spans.extend(inner)
                inner, inner_straight = [], False
            if straight_open is not None and i - straight_open > QUOTE_REACH:
                straight_open = None
            ch = text[i]
            if ch in OPENING:
                stack.append(i)
            elif ch in CLOSING and stack:
                opened = stack.pop()
                if not stack:
                    spans.append(_Span(opened, i, True))
                    inner, inner_straight = [], False
                elif len(stack) == 1:
                    inner.append(_Span(opened, i, True))
            elif ch in CLOSING and straight_open is not None:
                spans.append(_Span(straight_open, i, True))  # "…,” said X: mixed marks
                straight_open = None
            elif ch == STRAIGHT and len(stack) == 1:
                # a straight mark inside a curly quote opens a nested quote, or closes the
                # curly one (“…," said X) when no curly closing mark follows in the paragraph
                # or the next mark opens a straight quote (“…," X said, "…”)
                before = text[i - 1] if i > para.start else " "
                after = text[i + 1] if i + 1 < para.end else " "
                if inner_straight:
                    inner_straight = False
                elif _opens_straight(text, i, para):
                    inner_straight = True
                elif not before.isspace() and not before.isdigit() and (after.isspace() or after in ".,;:!?)—–-") and (
                    i > last_curly_close or _next_opens_straight(text, i + 1, para)
                ):
                    spans.append(_Span(stack.pop(), i, True))
                    inner = []
            elif ch == STRAIGHT and not stack:
                if straight_open is None and _opens_straight(text, i, para):
                    straight_open = i
                elif straight_open is not None:
                    spans.append(_Span(straight_open, i, True))
                    straight_open = None
            i += 1
        pending = stack[0] if stack else straight_open
        if pending is not None:
            nxt = usable[k + 1] if k + 1 < len(usable) else None
            if nxt is not None and (text[nxt.start] in OPENING or text[nxt.start] == STRAIGHT):
                carry = pending
            else:
                spans.append(_Span(pending, para.end, False))
    return sorted(spans)  # a straight quote around a curly one closes after it


_ANY_MARK = re.compile("[“”«»„\"]")


def _opens_straight(text: str, i: int, para: Paragraph) -> bool:
    before = text[i - 1] if i > para.start else " "
    after = text[i + 1] if i + 1 < para.end else " "
    return (before.isspace() or before in "([—-:") and not after.isspace()


def _next_opens_straight(text: str, start: int, para: Paragraph) -> bool:
    nxt = _ANY_MARK.search(text, start, para.end)
    return nxt is not None and nxt.group() == STRAIGHT and _opens_straight(text, nxt.start(), para)


@cache
def _sentiment():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def tone(text: str) -> float:
    """VADER compound score in [-1, 1]."""
    return round(float(_sentiment().polarity_scores(text[:5000])["compound"]), 4)


def stance(text: str) -> reference.StanceRule | None:
    """The first stance rule that matches; the clause after “but” speaks first."""
    rules = reference.stance_rules()
    lowered = text
    for marker in (", but ", ". But ", " but "):
        if marker in lowered:
            tail = lowered.split(marker, 1)[1]
            for rule in rules:
                if rule.pattern.search(tail):
                    return rule
            break
    for rule in rules:
        if rule.pattern.search(text):
            return rule
    return None


def _sentence_at(sents: list[Sentence], pos: int) -> Sentence | None:
    return covering(sents, pos)


def _mentions_in(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    return within(mentions, start, end)


def _cue_tokens(text: str, start: int, end: int):
    cues = reference.cues()
    return [t for t in tokens(text, start, end) if t.text.lower() in cues]


def quotes(text: str, paras: list[Paragraph], sents: list[Sentence], mentions: list[Mention]) -> list[Quote]:
    """Each row represents one quote: the words, who said them, and how we know."""
    spans = quote_spans(text, paras)
    original, text = text, mask_markup(text)  # names read through inline tags; quotes keep them
    out: list[Quote] = []
    previous: _Speaker | None = None
    previous_at = -1
    for n, span in enumerate(spans):
        cs, ce = span.open + 1, span.close
        while cs < ce and invisible(text[cs]):
            cs += 1
        while ce > cs and (invisible(text[ce - 1]) or text[ce - 1] == ","):
            ce -= 1
        if ce <= cs or is_blank(text[cs:ce]):
            continue
        sent = _sentence_at(sents, span.open) or _sentence_at(sents, cs)
        if sent is None:
            continue
        sent_end = (_sentence_at(sents, max(span.close - 1, cs)) or sent).end
        next_open = spans[n + 1].open if n + 1 < len(spans) else len(text)
        prev_close = spans[n - 1].close + 1 if n else 0
        after = (span.close + 1, min(sent_end, next_open)) if span.closed else (ce, ce)
        before = (max(sent.start, prev_close), span.open)
        kind = _kind(text, before)
        who = (
            _speaker_after(text, after, mentions)
            or _speaker_before(text, before, mentions, kind, sent.start)
            or None
        )
        attributed_elsewhere = who is None and bool(_cue_tokens(text, *after))
        if attributed_elsewhere:
            pass
        elif who is None and previous is not None and kind == "direct" and (
            _standalone(paras, span) or _same_paragraph(paras, previous_at, span.open)
        ):
            who = previous._replace(how="continued")
        if who is None and previous is not None and kind == "partial" and _same_paragraph(paras, previous_at, span.open):
            who = previous._replace(how="continued")
        words = len(text[cs:ce].split())
        if who is None and (words < 4 or not span.closed):
            continue
        if who is not None and who.how == "pronoun":
            who = _resolve_pronoun(who, mentions, span.open, previous)
        if who is not None and who.how == "title":
            who = _resolve_title(text, who, mentions, span.open, sents)
        out.append(_record(text, sent, cs, ce, kind, who, mentions, paras, original))
        if who is not None and who.mentions:
            previous, previous_at = who, span.open
    out.extend(reported(text, paras, sents, mentions, spans, original))
    return sorted(out, key=lambda q: q.start)


def _same_paragraph(paras: list[Paragraph], a: int, b: int) -> bool:
    p = covering(paras, a)
    return p is not None and p.start <= b < p.end


def _standalone(paras: list[Paragraph], span: _Span) -> bool:
    p = covering(paras, span.open)
    return p is not None and span.open == p.start


def _kind(text: str, before: tuple[int, int]) -> str:
    lead = text[before[0] : before[1]].rstrip()
    if not lead or lead.endswith((":", ",", "(", "—", "–", "-", ".", "!", "?")):
        return "direct"
    last = lead.split()[-1].lower()
    if last in reference.cues():
        return "direct"
    return "partial"


def _speaker_after(text: str, region: tuple[int, int], mentions: list[Mention]) -> _Speaker | None:
    s, e = region
    if e <= s:
        return None
    toks = tokens(text, s, e, limit=14)
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
            found = _subject(text, (tok.end, phrase_end), mentions)
            if found:
                return _Speaker(found, "after", cue)
            return _pronoun_or_title(text, tok.end, phrase_end, cue)
        subj = (s, tok.start)  # “…,” X said
        found = _subject(text, subj, mentions)
        if found:
            return _Speaker(found, "after", cue)
        return _pronoun_or_title(text, s, tok.start, cue)
    return None


def _phrase_end(text: str, start: int, limit: int) -> int:
    for i in range(start, limit):
        if text[i] in ".;:“”\"\n" and not (text[i] == "." and i + 1 < limit and text[i + 1] != " "):
            if text[i] == "." and i > 0 and text[i - 1].isupper() and (i < 2 or not text[i - 2].isalpha()):
                continue  # an initial: "Stuart E. Jones"
            return i
    return limit


def _subject(text: str, region: tuple[int, int], mentions: list[Mention]) -> tuple[Mention, ...]:
    """The first person in the region, else the coordinated list of actors that opens it."""
    found = [m for m in _mentions_in(mentions, *region) if m.kind in ("person", "organization", "group", "country")]
    if not found:
        return ()
    people = [m for m in found if m.kind == "person"]
    if people:
        return (people[0],)
    return _coordinated(text, found)  # “…,” said the US-led coalition and NATO


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


def _pronoun_or_title(text: str, s: int, e: int, cue: str) -> _Speaker | None:
    toks = tokens(text, s, e, limit=5)
    if not toks:
        return None
    first = toks[0].text.lower()
    if first in PRONOUNS:
        return _Speaker((), "pronoun", cue, first)
    words = [t.text.lower() for t in toks[:5]]
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    if words and words[0] in _ORG_NOUNS and len(words) <= 2:
        return _Speaker((), "pronoun", cue, "it")
    title = next((w for w in words if is_title_word(w) and w not in ("chief", "head")), "")
    if title and not (title in group_nouns() and title.endswith("s")):
        return _Speaker((), "title", cue, title)
    return None


def _speaker_before(
    text: str, region: tuple[int, int], mentions: list[Mention], kind: str, sentence_start: int | None = None
) -> _Speaker | None:
    s, e = region
    if e <= s:
        return None
    toks = tokens(text, s, e)
    cue_toks = _cue_tokens(text, s, e)
    if kind == "direct":
        tail = text[s:e].rstrip()
        if not tail.endswith((":", ",")):
            cue_toks = [t for t in cue_toks if t.end >= len(tail) + s - 1]
        last_five = set(toks[-5:])
        cue_toks = [t for t in cue_toks if t in last_five]
        low = text[s:e].lower()
        if "according to" in low:
            at = s + low.rindex("according to") + len("according to")
            found = _subject(text, (at, e), mentions)
            if found:
                return _Speaker(found, "before", "according to")
    if not cue_toks:
        verbs = [t for t in toks if t.text.lower() in _CHARACTERISING]
        cue_toks = verbs
    if not cue_toks:
        return None
    cue = cue_toks[-1]
    found = _subject(text, (s, cue.start), mentions)
    if found:
        nearest = [m for m in found]
        return _Speaker((nearest[-1],) if nearest[-1].kind == "person" else found, "before" if kind == "direct" else "clause", cue.text.lower())
    found = _pronoun_or_title(text, _clause_start(text, s, cue.start), cue.start, cue.text.lower())
    if found:
        return found
    # "… and added that …": the speaker is the subject earlier in the sentence
    sentence_start = sentence_start if sentence_start is not None else s
    people = [m for m in _mentions_in(mentions, sentence_start, cue.start) if m.kind == "person"]
    if people:
        return _Speaker((people[-1],), "clause", cue.text.lower())
    return None


# verbs that frame a partial quote: called the plan “a disgrace”
_CHARACTERISING = frozenset(
    "called calling described describing dismissed dismissing branded branding labelled labelling labeled "
    "labeling termed terming hailed hailing slammed slamming".split()
)


def _clause_start(text: str, s: int, e: int) -> int:
    cut = max(text.rfind(",", s, e), text.rfind(";", s, e), text.rfind(":", s, e))
    return cut + 1 if cut >= 0 else s


def _resolve_pronoun(who: _Speaker, mentions: list[Mention], pos: int, previous: _Speaker | None) -> _Speaker | None:
    want = PRONOUNS.get(who.role_hint, "person")
    if want == "organization":
        orgs = [m for m in before(mentions, pos) if m.kind in ("organization", "group")]
        if not orgs:
            return None
        counts: dict[str, int] = {}
        for m in orgs:
            counts[m.name] = counts.get(m.name, 0) + 1
        best = max(orgs, key=lambda m: (counts[m.name], m.start))  # "the company": the one the story is about
        return _Speaker((best,), "pronoun", who.cue)
    if want == "person" and previous is not None and previous.mentions and previous.mentions[0].kind == "person":
        last_person = [m for m in before(mentions, pos) if m.kind == "person"]
        if last_person and last_person[-1].name != previous.mentions[0].name and last_person[-1].start > previous.mentions[0].start:
            return _Speaker((last_person[-1],), "pronoun", who.cue)
        return _Speaker(previous.mentions, "pronoun", who.cue)
    kinds = ("person",) if want == "person" else ("group", "organization", "country")
    earlier = [m for m in before(mentions, pos) if m.kind in kinds]
    if not earlier:
        return None
    return _Speaker((earlier[-1],), "pronoun", who.cue)


def _resolve_title(text: str, who: _Speaker, mentions: list[Mention], pos: int, sents) -> _Speaker | None:
    """“the minister said”: the nearest earlier person the text gives that title."""
    title = who.role_hint
    for m in reversed([m for m in before(mentions, pos) if m.kind in ("organization", "group")]):
        after = tokens(text, m.end, m.end + 40)
        if after and after[0].text.lower() == title:
            return _Speaker((m,), "title", who.cue)
    for m in reversed([m for m in before(mentions, pos) if m.kind == "person"]):
        bounds = _bounds(sents, m.start)
        role = profile(text, m, mentions, bounds).role.lower()
        if title in role.split() or title in role:
            return _Speaker((m,), "title", who.cue)
    return None


def _bounds(sents, pos: int) -> tuple[int, int]:
    s = _sentence_at(sents, pos)
    return (s.start, s.end) if s else (pos, pos)


def _record(text, sent, cs, ce, kind, who: _Speaker | None, mentions, paras, original: str) -> Quote:
    speaker = role = org = country = skind = ""
    how, cue = "none", ""
    sp_s = sp_e = -1
    if who is not None:
        how, cue = who.how, who.cue
        if who.mentions:
            speaker, role, org, country, skind = _describe(text, who.mentions, mentions, paras)
            sp_s, sp_e = who.mentions[0].start, who.mentions[-1].end
    words = original[cs:ce]
    rule = stance(words)
    return Quote(
        stable_id("q", cs, ce, words), speaker, role, org, country, skind, words, kind, cue, how,
        sent.sentence_id, cs, ce, sp_s, sp_e, rule.stance if rule else "neutral", tone(words),
    )


def _describe(text, who: tuple[Mention, ...], mentions, paras):
    if len(who) > 1:
        names = NAME_SEPARATOR.join(dict.fromkeys(m.name for m in who))
        countries = NAME_SEPARATOR.join(dict.fromkeys(m.name for m in who if m.kind == "country"))
        kind = "country" if all(m.kind == "country" for m in who) else "group"
        return names, "", "", countries, kind
    m = who[0]
    p = covering(paras, m.start)
    bounds = (p.start, p.end) if p is not None else (m.start, m.end)
    prof = profile(text, m, mentions, bounds)
    role = prof.role
    if m.kind != "person":
        tail = tokens(text, m.end, min(m.end + 40, bounds[1]))
        if tail and tail[0].text.lower() in group_nouns() and text[m.end : tail[0].start].strip() == "":
            role = tail[0].text.lower()
    country = prof.country
    if m.kind == "country":
        country = m.name
    return m.name, role, prof.org if m.kind == "person" else "", country, m.kind


# --- reported speech --------------------------------------------------------

_SENTENCE_END = re.compile(r"[;!?]|[a-z0-9]\.\s")
_SUBJECT_GLUE = frozenset({"and", "the", "both", "its", "their", ","})


def reported(text, paras, sents, mentions, spans, original: str) -> list[Quote]:
    """Speech without quote marks: "X said (that) …" and "…, X confirmed."."""
    marks = [(sp.open, sp.close + 1) for sp in spans]
    span_starts = [sp.open for sp in spans]
    cues = reference.cues()
    out = []
    for sent in sents:
        if sent.section != "body":
            continue
        toks = tokens(text, sent.start, sent.end)
        ends = None
        for k, tok in enumerate(toks):
            if not cues.get(tok.text.lower()):
                continue
            if _inside(marks, span_starts, tok.start):
                continue
            if ends is None:  # where sentence-like stops fall in this sentence, found once
                found = list(_SENTENCE_END.finditer(text, sent.start, sent.end))
                ends = ([m.start() for m in found], [m.end() for m in found])
            if _attributes_quote(spans, span_starts, ends, sent.start, tok.start):
                continue  # “…,” X said at a news conference: the verb attributes the quote
            subject_start, subject = _walk_subject(text, toks, k, mentions)
            if _ends_with(text, sent.start, subject_start, tuple(CLOSING) + (STRAIGHT, "”,", '",')):
                continue
            if not subject:
                who = _pronoun_or_title(text, _clause_start(text, sent.start, tok.start), tok.start, tok.text.lower())
                if who is not None and who.how == "pronoun":
                    who = _resolve_pronoun(who, mentions, tok.start, None)
                elif who is not None and who.how == "title":
                    who = _resolve_title(text, who, mentions, tok.start, sents)
                if who is None or not who.mentions:
                    continue
                subject, subject_start = who.mentions, tok.start - 1
                if not _LEADING_SUBJECT.match(text, sent.start, tok.start):
                    continue
            if k == len(toks) - 1 or _ONLY_STOP.fullmatch(text, tok.end, sent.end):
                comma = text.rfind(",", sent.start, subject_start)
                if comma < 0:
                    continue
                cs, ce = sent.start, comma
            else:
                cs = _content_start(toks, k)
                ce = sent.end
            while ce > cs and text[ce - 1] in " .,!?;":
                ce -= 1
            while cs < ce and invisible(text[cs]):
                cs += 1
            content = text[cs:ce]
            if len(content.split()) < 4 or is_blank(content) or any(q in content for q in OPENING + CLOSING + STRAIGHT):
                continue
            k0 = bisect_left(span_starts, ce)
            if k0 and marks[k0 - 1][1] > cs or any(a < ce and cs < b for a, b in marks[max(0, k0 - 50) : k0]):
                continue
            who = _Speaker(subject, "subject", tok.text.lower())
            out.append(_record(text, sent, cs, ce, "reported", who, mentions, paras, original))
            break
    return out


_LEADING_SUBJECT = re.compile(r"\s*(?i:the|he|she|they|it)")
_ONLY_STOP = re.compile(r"\s*[.!]?\s*")


def _ends_with(text: str, start: int, end: int, suffixes: tuple[str, ...]) -> bool:
    """``text[start:end].rstrip().endswith(suffixes)`` without copying a long sentence."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[max(start, end - 2) : end].endswith(suffixes)


def _attributes_quote(spans, span_starts, ends, sent_start, pos) -> bool:
    """A closed quote earlier in the sentence with no sentence-like stop between it and ``pos``.

    Only the nearest such quote matters (spans are sorted and do not overlap): a
    stop between an earlier quote and ``pos`` also follows the nearest one.
    ``ends`` holds the starts and ends of the sentence's ``_SENTENCE_END`` matches.
    """
    j = bisect_left(span_starts, pos) - 1
    lowest = bisect_left(span_starts, sent_start - 20_000)
    while j >= lowest:
        sp = spans[j]
        if sp.close < sent_start:
            return False
        if sp.closed and sp.close < pos:
            k = bisect_left(ends[0], sp.close + 1)
            return not (k < len(ends[0]) and ends[1][k] <= pos)
        j -= 1
    return False


def _inside(marks, starts, pos) -> bool:
    k = bisect_left(starts, pos + 1) - 1
    return any(marks[j][0] <= pos < marks[j][1] for j in range(max(0, k - 3), k + 1))


def _walk_subject(text, toks, k, mentions) -> tuple[int, tuple[Mention, ...]]:
    """Names right before a speech verb, over lists and group nouns ("Pentagon officials")."""

    def mention_at(tok):
        m = covering(mentions, tok.start, tok.end)
        return m if m is not None and m.kind in ("person", "organization", "group", "country") else None

    found: list[Mention] = []
    start = toks[k].start
    j = k - 1
    if j >= 0 and toks[j].text.lower() in group_nouns() and mention_at(toks[j]) is None:
        start, j = toks[j].start, j - 1  # "Pentagon officials confirmed"
    while j >= 0:
        tok = toks[j]
        if text[tok.end : start].strip() not in ("", ",", "(", ")", "()"):
            break
        m = mention_at(tok)
        if m is not None:
            found.insert(0, m)
            start = m.start
            while j >= 0 and toks[j].start >= m.start:
                j -= 1
            continue
        word = tok.text.lower()
        if word in _SUBJECT_GLUE or (is_title_word(word) and tok.text.islower()):
            j -= 1
            if found or word not in ("and", ","):
                start = tok.start
            continue
        break
    people = [m for m in found if m.kind == "person"]
    return start, (people[-1],) if people else tuple(found)


_AUDIENCE = frozenset("reporters journalists parliament lawmakers analysts investors the a an bbc cnn reuters afp ap us him her them me".split())


def _content_start(toks, k) -> int:
    for step in range(1, 6):
        if k + step < len(toks) and toks[k + step].text.lower() == "that":
            return toks[k + step].end + 1
    if toks[k].text.lower() in ("told", "tells") and k + 1 < len(toks):
        j = k + 1
        while j < len(toks) and j <= k + 3 and (toks[j].text.lower() in _AUDIENCE or toks[j].text[:1].isupper()):
            j += 1
        return toks[j].start if j < len(toks) else toks[-1].end
    return toks[k].end + 1 if k + 1 < len(toks) else toks[k].end
