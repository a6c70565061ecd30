"""Stage 2 (quotes): speech without quote marks — "X said (that) …" and "…, X confirmed."."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING

from .. import reference
from ..article import invisible, is_blank
from .coreference import Salience
from .mentions import group_nouns
from .quote_marks import DOUBLE_MARKS
from .quotes import Quote, record, resolved
from .speakers import Attribution, phrase_after, phrase_before

if TYPE_CHECKING:
    from ..document import Document

_SENTENCE_END = re.compile(r"[;!?]|[a-z0-9]\.\s")


def reported(doc: Document, salience: Salience) -> list[Quote]:
    """Speech without quote marks: "X said (that) …", "…, X confirmed." and "…, said X."."""
    text, spans = doc.norm, doc.quote_spans
    marks = [(sp.start, sp.end) for sp in spans]
    span_starts = [sp.start for sp in spans]
    that_cues, speech = reference.that_cues(), _speech_words()
    out = []
    for sent in doc.sentences:
        if sent.section != "body":
            continue
        toks = doc.tokens_in(sent.start, sent.end)
        ends = None
        cues = [k for k, tok in enumerate(toks) if tok.text in speech]  # (most sentences have none: one pass finds them)
        resume = -1
        for k in cues:
            if k < resume:
                continue
            tok = toks[k]
            word = tok.text
            if _inside(marks, span_starts, tok.start):
                continue
            if ends is None:  # where sentence-like stops fall in this sentence, found once
                found = list(_SENTENCE_END.finditer(text, sent.start, sent.end))
                ends = ([m.start() for m in found], [m.end() for m in found])
            if _attributes_quote(spans, span_starts, ends, sent.start, tok.start):
                continue  # “…,” X said at a news conference: the verb attributes the quote
            clause = _clause_start(text, sent.start, tok.start)
            phrase = phrase_before(doc, clause, tok.start)
            final = k == len(toks) - 1 or _ONLY_STOP.fullmatch(text, tok.end, sent.end) is not None or _adjunct_only(toks[k + 1 :])
            if phrase is None and final is False and k and text[toks[k - 1].end : tok.start].strip() == ",":
                phrase = phrase_after(doc, tok.end, sent.end)  # "…, said the ministry."
                if phrase is not None and _ONLY_STOP.fullmatch(text, phrase.end, sent.end) is None:
                    phrase = None
                final = phrase is not None
            if phrase is None or (phrase.via == "description" and not phrase.mentions and phrase.head not in group_nouns()
                                  and not _definite(doc, phrase)):
                continue
            subject_start = min(phrase.start, tok.start)
            if _ends_with(text, sent.start, subject_start, _QUOTE_ENDS):
                continue
            if final:
                comma = text.rfind(",", sent.start, subject_start)
                if comma < 0:
                    continue
                cs, ce = sent.start, comma
            else:
                if phrase.start > tok.start or clause > sent.start and phrase.start > clause + 1 and not _leads(doc, clause, phrase.start):
                    continue
                if word in that_cues and not any(t.text == "that" for t in toks[k + 1 : k + 6]):
                    continue  # "Veridian reported revenue of …" is no speech; "… reported that …" is
                cs = _content_start(toks, k)
                ce = sent.end
                second = _second_report(doc, text, toks, cues, k, cs)
                if second is not None:  # "… that it had accepted, but Israel said …": the words stop at the "but"
                    ce, resume = second
            while ce > cs and text[ce - 1] in " .,!?;":
                ce -= 1
            while cs < ce and invisible(text[cs]):
                cs += 1
            content = text[cs:ce]
            if len(content.split()) < 4 or is_blank(content) or any(q in content for q in DOUBLE_MARKS):
                continue
            k0 = bisect_left(span_starts, ce)
            if k0 and marks[k0 - 1][1] > cs or any(a < ce and cs < b for a, b in marks[max(0, k0 - 50) : k0]):
                continue
            att = Attribution(phrase, tok.text.lower(), tok.start, tok.end)
            out.append(record(doc, sent, cs, ce, "reported", resolved(doc, salience, att, "subject", cs)))
            if resume <= k:
                break
    return out


_SUBJECT_REACH = 120  # characters from a joining word to the second cue: a subject's words, not a clause
# ", but" / ", while" / "; " before a second speaker: "Hamas said it accepted, but Israel said the terms …"
_SECOND_SPEAKER = re.compile(r"(?:,[ \t]*(?:but|while|whereas|yet|and)|;)[ \t]+")


def _second_report(doc: Document, text: str, toks, cues: list[int], k: int, cs: int) -> tuple[int, int] | None:
    """Where the reported words of the cue ``toks[k]`` end when a second subject and cue follow them after a
    joining word, and the index of that second cue; None when the words run to the sentence's end."""
    for j in cues:
        if j <= k or toks[j].start <= cs:
            continue
        if [t.text.lower() for t in toks[j + 1 : j + 3]] in (["to", "be"], ["to", "have"]) or len(toks) - j - 1 < 4:
            continue  # "militia fighters said to be loyal to …" is no speech; "the prosecutor said no" too short to stand
        # (a subject is a few words: the join is looked for just before the cue, not back to the first report)
        joins = list(_SECOND_SPEAKER.finditer(text, max(cs, toks[j].start - _SUBJECT_REACH), toks[j].start))
        if not joins:
            continue
        phrase = phrase_before(doc, joins[-1].end(), toks[j].start)
        if phrase is not None and phrase.start == joins[-1].end() and phrase.via != "pronoun":
            return joins[-1].start(), j
    return None


@cache
def _speech_words() -> frozenset[str]:
    """The lower-case words that may report speech without quote marks: cues that report anywhere, and "that" cues."""
    return frozenset(w for w in (*(w for w, anywhere in reference.cues().items() if anywhere), *reference.that_cues())
                     if w[:1].islower())


_ADJUNCT_WORDS = frozenset("in on at to during after before via through a an the his her their its statement interview email news conference briefing post reporters".split())


def _adjunct_only(rest) -> bool:
    """"…, the army said in a statement." / "…, she told reporters on Monday.": nothing after the cue but an adjunct."""
    return 0 < len(rest) <= 6 and rest[0].text in ("in", "on", "at", "to", "during", "after", "via", "reporters") and not any(
        t.text == "that" for t in rest
    )


def _definite(doc: Document, phrase) -> bool:
    toks = doc.tokens_in(phrase.start, phrase.end, limit=1)
    return bool(toks) and toks[0].text.lower() in ("the", "his", "her", "its", "their")


def _leads(doc: Document, clause: int, start: int) -> bool:
    """Only joining words stand between the clause's start and the subject ("and the ministry said")."""
    return all(t.text.lower() in ("and", "but", "so", "yet", "also", "then") for t in doc.tokens_in(clause, start))


def _clause_start(text: str, start: int, cue: int) -> int:
    cut = max(text.rfind(";", start, cue), text.rfind(":", start, cue))
    return cut + 1 if cut >= 0 else start


# a quote just closed before the subject: "…," X said
_QUOTE_ENDS = ("”", "»", '"', "’", "”,", '",', "’,")
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
        if sp.end <= sent_start:
            return False
        if sp.closed and sp.end <= pos:
            k = bisect_left(ends[0], sp.end)
            return not (k < len(ends[0]) and ends[1][k] <= pos)
        j -= 1
    return False


def _inside(marks, starts, pos) -> bool:
    k = bisect_left(starts, pos + 1) - 1
    return any(marks[j][0] <= pos < marks[j][1] for j in range(max(0, k - 3), k + 1))


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
