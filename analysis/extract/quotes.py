"""Stage 2c: quotes — direct, partial and reported — with their speakers.

The quote spans come paired from the parsed document (:mod:`.quote_marks`).
For each one the attribution is looked for where news writing puts it: after
the quote in its sentence ("…,” said X), before it (X said: “…”; according to
X, “…”; X called it “…”), in the sentence before when that one ends with a
colon, in a short sentence right after ("“…” He said so on Tuesday."), else the
quote continues the last speaker of its paragraph (or of a run of quote
paragraphs). The words naming the speaker there are kept (``speaker_start``,
``speaker_end``, ``speaker_text``) with how they name it (``speaker_via``),
beside the resolved canonical ``speaker`` (:mod:`.speakers`,
:mod:`.coreference`). Speech without quote marks comes from :mod:`.reported`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from ..article import Sentence, invisible, is_blank, stable_id
from .coreference import Salience, resolve
from .mentions import is_title_line, is_title_word, visible
from .quote_marks import QuoteSpan
from .speakers import (
    NOBODY, Attribution, Speaker, attribution_after, attribution_signed, clause_subject, attribution_before, attribution_final, attribution_label, attribution_title, cue_in, describe, named_collective,
    sentence_subject, unlisted_name,
)
from .stance import stance, tone

if TYPE_CHECKING:
    from ..document import Document

# A quote of fewer words with nobody attributed is a title or a scare quote, not speech.
MIN_UNATTRIBUTED_WORDS = 4


class Quote(NamedTuple):
    quote_id: str
    speaker: str
    speaker_role: str
    speaker_org: str
    speaker_country: str
    speaker_kind: str
    speaker_text: str  # the words at the quote that name the speaker ("he", "the spokesman", "Trump")
    speaker_via: str  # name, pronoun, description, organisation, continuation, none
    text: str
    kind: str  # direct, partial, reported
    cue: str
    attribution: str  # where the cue stands: after, before, colon, next, continued, subject, signed, none
    sentence_id: str
    start: int
    end: int
    speaker_start: int
    speaker_end: int
    stance: str
    tone: float


class Found(NamedTuple):
    """An attribution and the speaker it resolves to."""

    attribution: Attribution
    where: str
    speaker: Speaker
    via: str


def quotes(doc: Document) -> list[Quote]:
    """Each row represents one quote: the words, who said them, and how we know."""
    from .reported import reported

    salience = Salience(doc)
    out: list[Quote] = reported(doc, salience)  # first: "a spokesman for X said …" lets a later "the spokesman" be X
    previous: Found | None = None
    previous_at = -1
    spans = doc.quote_spans
    for n, span in enumerate(spans):
        cs, ce = _content(doc.norm, span)
        if ce <= cs:
            continue
        sent = doc.sentence_at(span.start) or doc.sentence_at(cs)
        if sent is None:
            continue
        last = doc.sentence_at(max(ce - 1, cs)) or sent
        next_start = spans[n + 1].start if n + 1 < len(spans) else len(doc.norm)
        prev_end = spans[n - 1].end if n else 0
        after = (span.end, min(_attribution_end(doc, last, span), next_start)) if span.closed else (ce, ce)
        before = (max(sent.start, prev_end), span.start)
        kind = _kind(doc, before)
        found = _attribute(doc, salience, span, after, before, kind, next_start)
        if found is None and previous is not None and span.closed and cue_in(doc, *after) is None and _continues(doc, span, kind, previous_at):
            found = _continued(doc, previous, span.start)
        if found is None and sent.start < span.start:  # "Valastro praised “…”": the sentence's subject, outside quotes
            att = clause_subject(doc, sent.start, span.start, outside=spans)
            found = resolved(doc, salience, att, "subject", span.start) if att is not None else None
        weak = found is None or found.where == "subject" and not _speaks(found)  # a subject may only mention a title or a slogan
        if weak and (len(doc.norm[cs:ce].split()) < MIN_UNATTRIBUTED_WORDS or not span.closed):
            continue
        out.append(record(doc, sent, cs, ce, kind, found))
        if found is not None:  # "a former official" goes on speaking too, named or not
            previous, previous_at = found, span.end - 1  # where the quote ends: it may have run over paragraphs
        if found is not None and found.where == "signed":
            previous = None  # a signature closes its own quote: in a listicle the next quote is someone else's
    return sorted(out, key=lambda q: q.start)


def _speaks(found: Found) -> bool:
    """The subject of the sentence is a person named or a pronoun, and its verb a speech verb."""
    from .speakers import CHARACTERISING, is_speech_verb

    return found.speaker.kind == "person" and (found.attribution.cue in CHARACTERISING or is_speech_verb(found.attribution.cue))


def _continued(doc: Document, previous: Found, pos: int) -> Found:
    """The last speaker goes on; the words naming them are their latest name before this quote."""
    phrase = previous.attribution.phrase
    named = doc.mentions_named(previous.speaker.name) if previous.speaker.name else ()
    latest = [m for m in named if phrase.end <= m.start and m.end <= pos]
    if latest:
        phrase = phrase._replace(start=latest[-1].start, end=latest[-1].end)
    return previous._replace(attribution=previous.attribution._replace(phrase=phrase), where="continued", via="continuation")


def last_end(doc: Document, span: QuoteSpan) -> int:
    """The end of the sentence holding a quote's last word."""
    last = doc.sentence_at(max(span.content_end - 1, span.content_start)) or doc.sentence_at(span.start)
    return last.end if last is not None else span.end


def _attribution_end(doc: Document, last: Sentence, span: QuoteSpan) -> int:
    """Where the words after a quote that may attribute it end: the sentence's end, or, when the
    quote closes its sentence ("“… election year?” O’Malley said."), the next sentence's in the paragraph."""
    if last.end > span.end + 1 or doc.norm[span.content_end - 1 : span.content_end] not in ("?", "!"):
        return last.end  # a quote ending in a period ends its sentence: what follows is a new one
    nxt = doc.sentence_at(_skip_space(doc.norm, last.end))
    return nxt.end if nxt is not None and nxt.paragraph == last.paragraph else last.end


def _content(text: str, span: QuoteSpan) -> tuple[int, int]:
    cs, ce = span.content_start, span.content_end
    while cs < ce and invisible(text[cs]):
        cs += 1
    while ce > cs and (invisible(text[ce - 1]) or text[ce - 1] == ","):
        ce -= 1
    return (cs, ce) if not is_blank(text[cs:ce]) else (cs, cs)


def _attribute(doc, salience, span, after, before, kind, next_start) -> Found | None:
    if span.closed and kind == "direct":  # “…” ― Name: a signature after the quote says who, before any cue nearby
        signed = _signed(doc, salience, span, next_start)
        if signed is not None:
            return signed
    att = attribution_after(doc, *after) if span.closed else None
    if att is not None and kind == "partial" and _runs_on(doc, span) and doc.norm[att.cue_end : att.cue_end + 1] not in (".", ",", ";", ""):
        att = None  # he “cannot walk down the street” without reporters asking him: the clause goes on
    where = "after"
    if att is None:
        att, where = attribution_before(doc, *before, partial=kind == "partial"), "before"
    if att is None:
        att, where = attribution_label(doc, *before), "before"
    if att is None:
        att, where = _headline_label(doc, span), "before"
    if att is None:
        att, where = _colon_before(doc, span), "colon"
    if att is None and span.closed:
        att, where = attribution_final(doc, span.end, min(last_end(doc, span), next_start)), "after"
    if att is None and span.closed:
        att, where = _next_sentence(doc, span, next_start), "next"
    if att is None and (kind == "partial" or _after_colon(doc, span)):
        att, where = _subject_speaks(doc, span), "before"  # "Cruz called them on it: “…”"
    if att is None:
        return None
    return resolved(doc, salience, att, where, span.start)


def _signed(doc: Document, salience: Salience, span: QuoteSpan, next_start: int) -> Found | None:
    """The speaker who signs a quote on the rest of its line ("“…” ― Tamsin Okoro"); a bare handle
    ("— @adaobi") is the speaker's name as written, its kind untold."""
    para = doc.paragraph_at(span.end - 1)
    end = min(para.end if para is not None else len(doc.norm), next_start)
    newline = doc.norm.find("\n", span.end, end)
    att = attribution_signed(doc, span.end, newline if newline >= 0 else end)
    if att is None:
        return None
    phrase = att.phrase
    if doc.norm.startswith("@", phrase.start):
        return Found(att, "signed", Speaker(doc.norm[phrase.start : phrase.end], "", "", "", ""), phrase.via)
    return resolved(doc, salience, att, "signed", span.start)


def resolved(doc: Document, salience: Salience, att: Attribution, where: str, pos: int) -> Found:
    """The speaker an attribution's phrase names (``NOBODY`` when it cannot be told)."""
    phrase = att.phrase
    collective = named_collective(doc, phrase) or unlisted_name(doc, phrase)
    if collective is not None:
        return Found(att, where, collective, phrase.via)
    who = resolve(doc, salience, phrase, att.cue_start)
    if phrase.via == "organisation" and phrase.head and who:  # "a Downing Street spokesperson": later "the spokesperson"
        salience.voices.append((att.cue_start, phrase.head, who[0]))
    # "X said in a statement …", "X's office said in a statement …": later "the statement said" is X
    voice = who[:1] or (phrase.mentions[-1:] if phrase.via == "description" else ())
    medium = _IN_A_DOCUMENT.match(doc.norm, att.cue_end) if voice else None
    if medium is not None:
        salience.voices.append((att.cue_start, medium.group(1).lower(), voice[0]))
    speaker = describe(doc, who, head=phrase.head if phrase.via == "organisation" else "") if who else NOBODY
    if not who and phrase.via == "description" and phrase.mentions:  # "Trump’s spokeswoman": unnamed, but whose
        owner = describe(doc, phrase.mentions)
        speaker = Speaker("", phrase.head, owner.name, owner.country, "person")
    if who:
        salience.speakers.append((pos, who[0]))
    return Found(att, where, speaker, phrase.via)


# "said in a statement", "said on Tuesday in a written statement", "wrote in a letter": the document a speaker spoke in
_IN_A_DOCUMENT = re.compile(r"[ \t]+(?:on[ \t]+\w+[ \t]+)?in[ \t]+(?:a|an|its|his|her|their)[ \t]+(?:\w+[ \t]+)?"
                            r"(statement|letter|release|memo|email|e-mail|post|tweet|message|filing|report)\b", re.IGNORECASE)


def _runs_on(doc: Document, span: QuoteSpan) -> bool:
    """The sentence runs on past a partial quote with no break ("he “cannot walk down the street” without
    reporters asking him"): the words after it are the rest of the clause, not its attribution."""
    last = doc.norm[span.content_end - 1 : span.content_end]
    nxt = doc.norm[span.end : span.end + 1]
    return last not in ",.!?;:—–-" and nxt == " " and doc.norm[span.end + 1 : span.end + 2].islower()


def _after_colon(doc: Document, span: QuoteSpan) -> bool:
    k = span.start
    while k > 0 and doc.norm[k - 1].isspace():
        k -= 1
    return k > 0 and doc.norm[k - 1] == ":"


def _subject_speaks(doc: Document, span: QuoteSpan) -> Attribution | None:
    """"Carson took the stage and branded the system “rotten”", "Cruz called them on it: “…”": words
    quoted inside a sentence, or after its colon, are its subject's."""
    k = span.start
    while k > 0 and doc.norm[k - 1].isspace():
        k -= 1
    sent = doc.sentence_at(span.start) if doc.norm[k - 1 : k] != ":" else doc.sentence_at(k - 1)
    if sent is None:
        return None
    phrase = sentence_subject(doc, sent.start, span.start)
    if phrase is None and _as_quoted(doc, span):  # "Republican front-runner Donald Trump defended him as a “decent man”"
        found = clause_subject(doc, sent.start, span.start)
        phrase = found.phrase if found is not None and found.phrase.via in ("name", "pronoun") else None
    if phrase is None:
        return None
    verb = doc.tokens_in(phrase.end, span.start, limit=1)
    return Attribution(phrase, verb[0].text.lower() if verb else "", phrase.end, phrase.end)


def _as_quoted(doc: Document, span: QuoteSpan) -> bool:
    """The quote is what someone was called: "described the delay as “minimal”", "cast himself as a “fighter”"."""
    lead = doc.norm[max(0, span.start - 16) : span.start].lower().split()
    return bool(lead) and (lead[-1] == "as" or len(lead) > 1 and lead[-2] == "as" and lead[-1] in ("a", "an", "the", "having", "being"))


def _headline_label(doc: Document, span: QuoteSpan) -> Attribution | None:
    """"John McCain: Republican Anger Appeals to ‘Bad Angels’": a short line that opens with a name and a colon."""
    para = doc.paragraph_at(span.start)
    first = para is not None and para.start == doc.paragraphs[0].start  # a title line, even one ending in a period
    if para is None or para.end - para.start > 200 or doc.norm[para.end - 1] in ".!?" and para.section != "headline" and not first:
        return None
    colon = doc.norm.find(":", para.start, min(span.start, para.start + 60))
    if colon > para.start:
        return attribution_label(doc, para.start, colon + 1)
    return attribution_title(doc, para.start, para.end) if is_title_line(doc.norm, span.start) else None


def _colon_before(doc: Document, span: QuoteSpan) -> Attribution | None:
    """The sentence (or paragraph) before ends with a colon after a cue: "Smith said in a statement:"."""
    text = doc.norm
    k = span.start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k == 0 or text[k - 1] != ":":
        return None
    prev = doc.sentence_at(k - 1)
    if prev is None:
        return None
    return attribution_before(doc, prev.start, k, partial=False)


def _next_sentence(doc: Document, span: QuoteSpan, next_start: int) -> Attribution | None:
    """“…” He said so on Tuesday. — a short sentence right after that only attributes."""
    text = doc.norm
    here = doc.sentence_at(span.end - 1) or doc.sentence_at(span.start)
    if here is None or here.end > span.end + 2:
        return None
    nxt = doc.sentence_at(here.end + 1) or doc.sentence_at(_skip_space(text, here.end))
    if nxt is None or nxt.paragraph != here.paragraph or nxt.start >= next_start:
        return None
    if len(doc.tokens_in(nxt.start, nxt.end)) > 12:
        return None
    return attribution_after(doc, nxt.start, nxt.end)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _continues(doc: Document, span: QuoteSpan, kind: str, previous_at: int) -> bool:
    """The last speaker goes on: in the same paragraph, or in a paragraph that is a quote of its own."""
    p = doc.paragraph_at(span.start)
    if p is None:
        return False
    same = p.start <= previous_at < p.end
    if kind == "partial":
        return same
    if same:
        return True
    if span.start != p.start:
        return False
    before = doc.paragraph_at(p.start - 2) if p.start >= 2 else None
    return before is not None and before.start <= previous_at < before.end or _quote_run(doc, p, previous_at)


def _quote_run(doc: Document, para, previous_at: int) -> bool:
    """Paragraphs between the last speaker and this one are all quotes themselves."""
    first, here = doc.paragraph_index(previous_at) + 1, doc.paragraph_index(para.start)
    if here <= first:
        return True
    counts = doc.quote_led
    return counts[here - 1] - counts[first - 1] == 0


def _kind(doc: Document, before: tuple[int, int]) -> str:
    from .. import reference

    lead = doc.norm[before[0] : before[1]].rstrip()
    last = lead.split()[-1].lower() if lead else ""
    abbreviated = lead.endswith(".") and ("." in last[:-1] or is_title_word(last))  # said the U.S. “clearly” needed
    if not lead or lead.endswith((":", ",", "(", "—", "–", "-", ".", "!", "?")) and not abbreviated:
        return "direct"
    if last in reference.cues() or last in ("that",) and lead.lower().split()[-2:-1] and lead.lower().split()[-2] in reference.cues():
        return "direct"
    return "partial"


def record(doc: Document, sent: Sentence, cs: int, ce: int, kind: str, found: Found | None) -> Quote:
    """The quote row for the words ``cs:ce`` of ``sent``, said by ``found`` (or nobody known)."""
    speaker, how, cue, where = NOBODY, "none", "", "none"
    sp_s = sp_e = -1
    if found is not None:
        speaker, how, cue, where = found.speaker, found.via, found.attribution.cue, found.where
        sp_s, sp_e = found.attribution.phrase.start, found.attribution.phrase.end
    words = doc.text[cs:ce]
    read = visible(doc.norm[cs:ce])  # stance and tone read the words as the rules do: NFC, no markup
    rule = stance(read)
    return Quote(
        stable_id("q", cs, ce, words), speaker.name, speaker.role, speaker.org, speaker.country, speaker.kind,
        doc.text[sp_s:sp_e] if sp_s >= 0 else "", how, words, kind, cue, where,
        sent.sentence_id, cs, ce, sp_s, sp_e, rule.stance if rule else "neutral", tone(read),
    )
