"""Stage 1 of the flow: read an article, cut it into sections and sentences.

``read_article`` is the only place that rejects input: anything that is not
readable UTF-8 news text raises :class:`ArticleError` with a one-line message.
Everything after it works on ``Article.text`` and never raises.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Iterator, NamedTuple

from . import reference

MAX_BYTES = 20_000_000
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_c2fd614317067620.txt"


class ArticleError(ValueError):
    """The input cannot be read as an article (missing, binary, not UTF-8, empty, too big)."""


@dataclass(frozen=True)
class Article:
    """The text exactly as read (every offset indexes into it) and what is known about it."""

    text: str
    path: str
    published: date | None
    digest: str


class Paragraph(NamedTuple):
    start: int
    end: int
    section: str


class Sentence(NamedTuple):
    sentence_id: str
    section: str
    paragraph: int
    start: int
    end: int
    text: str


def stable_id(prefix: str, *parts: object) -> str:
    """An id derived from content and span, identical across runs and machines."""
    payload = "\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass")
    return f"{prefix}-{hashlib.blake2b(payload, digest_size=5).hexdigest()}"


def _decode(raw: bytes, where: str) -> str:
    if not raw.strip():
        raise ArticleError(f"{where}: the file is empty")
    if b"\x00" in raw[:65536] or _control_ratio(raw[:4096]) > 0.1:
        raise ArticleError(f"{where}: looks like a binary file, not article text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ArticleError(
            f"{where}: not UTF-8 text (byte 0x{raw[err.start]:02x} at offset {err.start}); "
            "re-save the article as UTF-8"
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise ArticleError(f"{where}: the file holds only white space")
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        raise ArticleError(f"{where}: this is an HTML page; save the article's text as a .txt file")
    return text


def _control_ratio(chunk: bytes) -> float:
    if not chunk:
        return 0.0
    bad = sum(1 for b in chunk if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(chunk)


def read_article(path: str | Path | None = None, *, published: date | str | None = None) -> Article:
    """Read ``path`` (the seed article by default) as UTF-8.

    The publication date comes from ``published``, else from ``data/articles.csv``
    (matched by the text's digest or file name), else from a dateline in the text.
    """
    target = Path(path) if path is not None else SEED
    where = str(path) if path is not None else "seed article"
    try:
        if not target.exists():
            raise ArticleError(f"{where}: no such file")
        if target.is_dir():
            raise ArticleError(f"{where}: is a directory, not a file")
        size = target.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(f"{where}: {size:,} bytes is more than the {MAX_BYTES:,}-byte limit")
        raw = target.read_bytes()
    except OSError as err:
        raise ArticleError(f"{where}: cannot read ({err.strerror or err})") from None
    text = _decode(raw, where)
    digest = hashlib.sha256(raw).hexdigest()
    shown = str(path) if path is not None else f"seeds/{SEED.name}"  # no machine-specific prefix
    return Article(text, shown, _publication_date(published, target.name, digest, text), digest)


def _publication_date(published, name: str, digest: str, text: str) -> date | None:
    if isinstance(published, date):
        return published
    if isinstance(published, str) and published:
        try:
            return date.fromisoformat(published)
        except ValueError:
            raise ArticleError(f"published date {published!r} is not YYYY-MM-DD") from None
    known = reference.article_metadata(name, digest)
    if known is not None:
        return known
    from .extract.dates import dateline

    return dateline(text[:2000])


# --- sections ---------------------------------------------------------------

_TERMINAL = tuple(".!?:;…\"”’)»")


def paragraphs(text: str) -> list[Paragraph]:
    """Each non-blank line, trimmed, with the section it belongs to."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]*\S[^\r\n]*", text)]
    spans = [_trim(text, s, e) for s, e in spans]
    patterns = reference.section_patterns()
    sections = [_line_section(text[s:e], patterns) for s, e in spans]
    # A caption sits next to its photo credit; only then is a dated
    # descriptive paragraph a caption rather than news.
    for i, sec in enumerate(sections):
        if sec != "body":
            continue
        near_credit = any(0 <= j < len(sections) and sections[j] == "credit" for j in (i - 1, i + 1))
        line = text[spans[i][0] : spans[i][1]]
        if any(p.search(line) for p in patterns["caption"]) or (
            near_credit and patterns["caption_dated"][0].search(line)
        ):
            sections[i] = "caption"
    return [Paragraph(s, e, sec) for (s, e), sec in zip(spans, sections)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_section(line: str, patterns) -> str:
    if any(p.search(line) for p in patterns["boilerplate"]):
        return "boilerplate"
    if any(p.search(line) for p in patterns["credit"]):
        return "credit"
    words = line.split()
    if (
        2 <= len(words) <= 25
        and not line.endswith(_TERMINAL)
        and line[0].isupper()
        and not any(q in line for q in "“”\"")
    ):
        return "headline"
    return "body"


# --- sentences --------------------------------------------------------------


# A candidate sentence end: terminal punctuation, closing marks, space, then a capital or digit.
_CANDIDATE = re.compile(r"[.!?…]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_OPENING_MARKS = "“«"
_CLOSING_MARKS = "”»"
_STARTERS = frozenset("The A An It He She They We I But And In On At This That These Those There His Her Its Their Our".split())


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(row["abbreviation"].lower() for row in reference.table("abbreviations"))


def split_sentences(chunk: str) -> list[str]:
    """Sentences of one paragraph, by rule: not after an abbreviation or an initial, not inside quote marks.

    pysbd gives the same boundaries on our articles (a test checks it) but costs
    about 35 ms per process in regex compilation, a third of the whole load budget.
    """
    pieces, cursor = [], 0
    for m in _CANDIDATE.finditer(chunk):
        head = chunk[cursor : m.end()]
        if head.count("“") > head.count("”") or head.count('"') % 2:
            continue  # inside a quotation: the quote's sentences stay together
        if chunk[m.start()] == ".":
            word = _WORD_BEFORE.search(chunk, max(0, m.start() - 30), m.start() + 1)
            if word is not None:
                token = word.group(1)
                following = chunk[m.end() :].split(maxsplit=1)
                nxt = following[0].strip("“\"‘(") if following else ""
                if token.lower() in _abbreviations() or (len(token) == 1 and token.isupper()):
                    continue  # "Gen. Smith", "Stuart E. Jones"
                if "." in token and nxt not in _STARTERS:
                    continue  # "U.S. District Judge"
        pieces.append(chunk[cursor : m.end()])
        cursor = m.end()
    pieces.append(chunk[cursor:])
    return pieces


def _sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    chunk = text[start:end]
    pieces = split_sentences(chunk)
    cursor = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = chunk.find(piece, cursor)
        if at < 0:  # the splitter changed the text: keep the rest whole
            s, e = _trim(chunk, cursor, len(chunk))
            if e > s:
                yield start + s, start + e
            return
        yield start + at, start + at + len(piece)
        cursor = at + len(piece)
    s, e = _trim(chunk, cursor, len(chunk))
    if e > s:  # text the splitter dropped still belongs to a sentence
        yield start + s, start + e


def sentences(text: str, paras: list[Paragraph]) -> list[Sentence]:
    """Each row represents one sentence; every non-blank line belongs to one or more."""
    out = []
    for number, para in enumerate(paras):
        if para.section in ("boilerplate", "credit", "headline"):
            spans = [(para.start, para.end)]
        else:
            spans = list(_sentence_spans(text, para.start, para.end))
        for s, e in spans:
            body = text[s:e]
            out.append(Sentence(stable_id("s", s, e, body), para.section, number, s, e, body))
    return out
