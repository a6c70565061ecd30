"""Stage 1b: parse once — an article becomes one :class:`Document` that every extractor reads.

The way spaCy builds a ``Doc`` once and every pipeline component reads it: the
text is cut into paragraphs and sentences, tokenised, its quote marks paired and
its names found exactly once, here. Extractors (``analysis.extract``) take the
document and never re-scan the raw text for these.

Two texts of the same length travel together, so every offset is valid in both:

* ``text`` — the article exactly as read; every row's ``start:end`` and every text
  field the frames carry are slices of it.
* ``norm`` — what the rules read: letters in Unicode NFC (a name typed in NFD,
  ``"E\u0301mile"``, reads as ``"Émile"``; the characters a composition frees are
  padded with a zero-width space, which the tokeniser reads through), and inline
  markup blanked (``"<b>Eve</b> Doe"`` reads ``"   Eve    Doe"``).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from datetime import date

from .article import Article, Paragraph, Sentence, paragraphs, sentences
from .extract.mentions import INVISIBLE, Mention, Token, find_mentions, mask_markup, tokens
from .extract.people import resolve_names
from .extract.quote_marks import QuoteSpan, quote_spans
from .extract.spans import covering, starting_in, within

# Sections whose words are news (names, quotes and events are read there).
NEWS_SECTIONS = ("headline", "body", "caption")
_PAD = INVISIBLE[1]  # zero-width space: inside a word the tokeniser reads through it


@dataclass(frozen=True, eq=False)
class Document:
    """One parsed article: every offset indexes both ``text`` and ``norm``."""

    text: str
    norm: str
    path: str
    published: date | None
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    quote_spans: tuple[QuoteSpan, ...]
    mentions: tuple[Mention, ...]
    _token_starts: tuple[int, ...]

    def tokens_in(self, start: int, end: int, limit: int | None = None) -> list[Token]:
        """The words lying wholly inside ``[start, end)`` (the first ``limit`` of them when given)."""
        lo = bisect_left(self._token_starts, start)
        hi = bisect_left(self._token_starts, end, lo)
        if limit is not None:
            hi = min(hi, lo + limit + 1)
        found = list(self.tokens[lo:hi])
        if found and found[-1].end > end:  # words never overlap: only the last can run past ``end``
            found.pop()
        return found[:limit] if limit is not None else found

    def sentence_at(self, pos: int) -> Sentence | None:
        return covering(self.sentences, pos)

    def paragraph_at(self, pos: int) -> Paragraph | None:
        return covering(self.paragraphs, pos)

    def paragraph_index(self, pos: int) -> int:
        """The number of the paragraph starting at or before ``pos`` (-1 before the first)."""
        return bisect_right(self._paragraph_starts, pos) - 1

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_bounds(self, pos: int) -> tuple[int, int]:
        """The paragraph around ``pos`` (``(pos, pos)`` outside every paragraph)."""
        p = covering(self.paragraphs, pos)
        return (p.start, p.end) if p is not None else (pos, pos)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Names lying wholly inside ``[start, end)``."""
        return within(self.mentions, start, end)

    def mentions_starting_in(self, start: int, end: int) -> list[Mention]:
        return starting_in(self.mentions, start, end)

    def mentions_named(self, name: str) -> tuple[Mention, ...]:
        """Every mention of one canonical name, in text order."""
        return self._by_name.get(name, ())

    @cached_property
    def _by_name(self) -> dict[str, tuple[Mention, ...]]:
        found: dict[str, list[Mention]] = {}
        for m in self.mentions:
            found.setdefault(m.name, []).append(m)
        return {name: tuple(ms) for name, ms in found.items()}

    @cached_property
    def quote_led(self) -> list[int]:
        """For each paragraph, how many paragraphs up to it do *not* open with a quote mark (a prefix count)."""
        opens = {q.start for q in self.quote_spans}
        counts, running = [], 0
        for p in self.paragraphs:
            running += p.start not in opens
            counts.append(running)
        return counts

    @cached_property
    def salience_weights(self) -> list:
        """Every actor's mention with its sentence and grammatical weight (``coreference.weighted_mentions``)."""
        from .extract.coreference import weighted_mentions

        return weighted_mentions(self)

    @cached_property
    def person_roles(self) -> dict[str, str]:
        """The roles the text gives each person, by canonical name, as coreference reads them once asked."""
        return {}

    @cached_property
    def sentence_clauses(self) -> dict[int, tuple]:
        """Each sentence's clauses by its index, as ``extract.clauses`` parses them once asked (a sentence the quotes'
        attribution read is not parsed again for the events)."""
        return {}

    @cached_property
    def dateline_place(self) -> tuple:
        """The body's dateline place: its location row's name, and its gazetteer place when no mention names it
        (``extract.events.dateline_place``; events are placed by it, and locations give it a row)."""
        from .extract.events import dateline_place

        return dateline_place(self)

    @cached_property
    def resolved_places(self) -> dict:
        """Each place and country mention resolved to a gazetteer entry (or to nothing, with a reason), by (start, end)."""
        from . import reference
        from .extract.toponyms import resolve_text

        return resolve_text(self.norm, self.mentions, gazetteer=reference.gazetteer())

    @cached_property
    def first_place_named(self) -> dict:
        """Each location row's name → its first place or country mention (a second place of that name is another row)."""
        from .extract.locations import first_places

        return first_places(self)

    @cached_property
    def first_place_by_words(self) -> dict:
        """Each place mention's words, normalised → its first mention (the city an institution is named after,
        "the St. Paul City Council", is found by the words of its name)."""
        from . import reference

        found: dict = {}
        for m in self.mentions:
            if m.kind == "place":
                found.setdefault(reference.normalise(m.text), m)
        return found

    def news_spans(self) -> list[tuple[int, int]]:
        return [(p.start, p.end) for p in self.paragraphs if p.section in NEWS_SECTIONS]


def parse(article: Article) -> Document:
    """Build the document of ``article``: paragraphs, sentences, tokens, quote spans, names."""
    text = article.text
    norm = mask_markup(nfc_same_length(text))
    paras = paragraphs(text)
    sents = sentences(text, paras)
    toks = tokens(norm)
    starts = [t.start for t in toks]
    news = [(p.start, p.end) for p in paras if p.section in NEWS_SECTIONS]
    mentions = resolve_names(find_mentions(norm, news, text, toks, starts))
    return Document(
        text=text, norm=norm, path=article.path, published=article.published,
        paragraphs=tuple(paras), sentences=tuple(sents), tokens=tuple(toks),
        quote_spans=tuple(quote_spans(norm, paras)), mentions=tuple(mentions), _token_starts=tuple(starts),
    )


def nfc_same_length(text: str) -> str:
    """``text`` with each letter and its combining marks composed (NFC), padded to the same length.

    The padding goes before the composed letter inside a word (``"Jos\u200bé"``) and after it
    at a word's start (``"É\u200bmile"``), so the tokeniser's word covers every original character.
    """
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        composed = unicodedata.normalize("NFC", cluster) if j - i > 1 else cluster
        spare = len(cluster) - len(composed)
        if spare <= 0:
            out.append(cluster if spare < 0 else composed)  # NFC never lengthens a cluster; keep it whole if so
        elif i > 0 and text[i - 1].isalnum():
            out.append(_PAD * spare + composed)
        else:
            out.append(composed + _PAD * spare)
        i = j
    return "".join(out)
