"""Stage 2 (quotes): speech without quote marks — "X said (that) …" and "…, X confirmed."."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from .. import reference
from ..article import invisible, is_blank
from .mentions import Mention, group_nouns, is_title_word
from .quote_marks import CLOSING, OPENING, STRAIGHT
from .quotes import Quote, record
from .speakers import Speaker, clause_start, pronoun_or_title, resolve_pronoun, resolve_title
from .spans import covering

if TYPE_CHECKING:
    from ..document import Document

_SENTENCE_END = re.compile(r"[;!?]|[a-z0-9]\.\s")
_SUBJECT_GLUE = frozenset({"and", "the", "both", "its", "their", ","})


def reported(doc: Document) -> list[Quote]:
    """Speech without quote marks: "X said (that) …" and "…, X confirmed."."""
    text, spans, mentions = doc.norm, doc.quote_spans, doc.mentions
    marks = [(sp.open, sp.close + 1) for sp in spans]
    span_starts = [sp.open for sp in spans]
    cues = reference.cues()
    out = []
    for sent in doc.sentences:
        if sent.section != "body":
            continue
        toks = doc.tokens_in(sent.start, sent.end)
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
                who = pronoun_or_title(doc, clause_start(text, sent.start, tok.start), tok.start, tok.text.lower())
                if who is not None and who.how == "pronoun":
                    who = resolve_pronoun(doc, who, tok.start, None)
                elif who is not None and who.how == "title":
                    who = resolve_title(doc, who, tok.start)
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
            who = Speaker(subject, "subject", tok.text.lower())
            out.append(record(doc, sent, cs, ce, "reported", who))
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
