"""Stage 2c: quotes — direct, partial and reported — with their speakers.

The quote spans come paired from the parsed document (:mod:`.quote_marks`);
this module decides which spans are quotes, finds each speaker
(:mod:`.speakers`), carries a speaker over the following quotes of the same
paragraph, adds speech without quote marks (:mod:`.reported`) and codes
stance and tone (:mod:`.stance`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ..article import Sentence, invisible, is_blank, stable_id
from .mentions import visible
from .quote_marks import QuoteSpan
from .speakers import Speaker, cue_tokens, describe, resolve_pronoun, resolve_title, speaker_after, speaker_before
from .stance import stance, tone

if TYPE_CHECKING:
    from ..document import Document


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


def quotes(doc: Document) -> list[Quote]:
    """Each row represents one quote: the words, who said them, and how we know."""
    from .reported import reported

    text = doc.norm
    spans = doc.quote_spans
    out: list[Quote] = []
    previous: Speaker | None = None
    previous_at = -1
    for n, span in enumerate(spans):
        cs, ce = span.open + 1, span.close
        while cs < ce and invisible(text[cs]):
            cs += 1
        while ce > cs and (invisible(text[ce - 1]) or text[ce - 1] == ","):
            ce -= 1
        if ce <= cs or is_blank(text[cs:ce]):
            continue
        sent = doc.sentence_at(span.open) or doc.sentence_at(cs)
        if sent is None:
            continue
        sent_end = (doc.sentence_at(max(span.close - 1, cs)) or sent).end
        next_open = spans[n + 1].open if n + 1 < len(spans) else len(text)
        prev_close = spans[n - 1].close + 1 if n else 0
        after = (span.close + 1, min(sent_end, next_open)) if span.closed else (ce, ce)
        before = (max(sent.start, prev_close), span.open)
        kind = _kind(text, before)
        who = speaker_after(doc, after) or speaker_before(doc, before, kind, sent.start) or None
        attributed_elsewhere = who is None and bool(cue_tokens(doc, *after))
        if attributed_elsewhere:
            pass
        elif who is None and previous is not None and kind == "direct" and (
            _standalone(doc, span) or _same_paragraph(doc, previous_at, span.open)
        ):
            who = previous._replace(how="continued")
        if who is None and previous is not None and kind == "partial" and _same_paragraph(doc, previous_at, span.open):
            who = previous._replace(how="continued")
        words = len(text[cs:ce].split())
        if who is None and (words < 4 or not span.closed):
            continue
        if who is not None and who.how == "pronoun":
            who = resolve_pronoun(doc, who, span.open, previous)
        if who is not None and who.how == "title":
            who = resolve_title(doc, who, span.open)
        out.append(record(doc, sent, cs, ce, kind, who))
        if who is not None and who.mentions:
            previous, previous_at = who, span.open
    out.extend(reported(doc))
    return sorted(out, key=lambda q: q.start)


def _same_paragraph(doc: Document, a: int, b: int) -> bool:
    p = doc.paragraph_at(a)
    return p is not None and p.start <= b < p.end


def _standalone(doc: Document, span: QuoteSpan) -> bool:
    p = doc.paragraph_at(span.open)
    return p is not None and span.open == p.start


def _kind(text: str, before: tuple[int, int]) -> str:
    from .. import reference

    lead = text[before[0] : before[1]].rstrip()
    if not lead or lead.endswith((":", ",", "(", "—", "–", "-", ".", "!", "?")):
        return "direct"
    last = lead.split()[-1].lower()
    if last in reference.cues():
        return "direct"
    return "partial"


def record(doc: Document, sent: Sentence, cs: int, ce: int, kind: str, who: Speaker | None) -> Quote:
    """The quote row for the words ``cs:ce`` of ``sent``, said by ``who`` (or nobody known)."""
    speaker = role = org = country = skind = ""
    how, cue = "none", ""
    sp_s = sp_e = -1
    if who is not None:
        how, cue = who.how, who.cue
        if who.mentions:
            speaker, role, org, country, skind = describe(doc, who.mentions)
            sp_s, sp_e = who.mentions[0].start, who.mentions[-1].end
    words = doc.text[cs:ce]
    read = visible(doc.norm[cs:ce])  # stance and tone read the words as the rules do: NFC, no markup
    rule = stance(read)
    return Quote(
        stable_id("q", cs, ce, words), speaker, role, org, country, skind, words, kind, cue, how,
        sent.sentence_id, cs, ce, sp_s, sp_e, rule.stance if rule else "neutral", tone(read),
    )
