"""Stage 1 of the flow: read an article, cut it into sections and sentences.

``read_article`` is the only place that rejects input: anything that is not
readable UTF-8 news text raises :class:`ArticleError` with a one-line message.
Everything after it works on ``Article.text`` and never raises.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Iterator, NamedTuple

from . import reference

# The longest article in 1,100 news articles of three public corpora is 34 KB: 2 MB is sixty times
# that, and inputs up to it stay within the cost bounds (README, benchmarks/hostile_shapes.py).
MAX_BYTES = 2_000_000
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_c2fd614317067620.txt"


class ArticleError(ValueError):
    """The input cannot be read as an article (missing, binary, not UTF-8, empty, HTML, too big)."""


@dataclass(frozen=True)
class Article:
    """The text exactly as read (every offset indexes into it) and what is known about it."""

    text: str
    path: str
    published: date | None
    digest: str
    published_basis: str = ""  # "argument", "data/articles.csv", "dateline" or "" (unknown)


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


def one_line(value: str) -> str:
    """``value`` with line breaks and other control characters escaped ("a\\nb")."""
    if value.isprintable():
        return value
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in value)


def stable_id(prefix: str, *parts: object) -> str:
    """An id derived from content and span, identical across runs and machines."""
    payload = "\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass")
    return f"{prefix}-{hashlib.blake2b(payload, digest_size=5).hexdigest()}"


# File types people save an article as by mistake, by their first bytes.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .odt, .xlsx or .zip file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc or .xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program"),
)
_UTF16_32 = (
    (b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"),
)
# Letters and marks that show nothing (besides white space and format characters).
_FILLERS = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0")
_HTML_PREAMBLE = re.compile(r"\s*(?:<\?xml[^>]*\?>|<!--.*?-->)", re.DOTALL)


def invisible(ch: str) -> bool:
    """White space, a format character (zero-width space or joiner, soft hyphen, BOM, bidi mark) or a filler."""
    return ch.isspace() or ch in _FILLERS or unicodedata.category(ch) == "Cf"


def is_blank(text: str) -> bool:
    """True when ``text`` holds nothing visible."""
    return all(invisible(ch) for ch in text)


def _decode(raw: bytes, where: str) -> str:
    if not raw.strip():
        raise ArticleError(f"{where}: the file is empty")
    for bom, name in _UTF16_32:
        if raw.startswith(bom):
            raise ArticleError(f"{where}: this is {name} text, not UTF-8; re-save the article as UTF-8")
    for magic, kind in _SIGNATURES:
        if raw.startswith(magic):
            raise ArticleError(f"{where}: this is {kind}, not article text; save the article's text as a UTF-8 .txt file")
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise ArticleError(f"{where}: looks like a binary or damaged file, not article text (a NUL byte at offset {nul})")
    if _control_ratio(raw[:4096]) > 0.1:
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
    if is_blank(text):
        raise ArticleError(f"{where}: the file holds only white space or invisible characters")
    if _looks_like_html(text):
        raise ArticleError(f"{where}: this is an HTML page; save the article's text as a .txt file")
    return text


def _looks_like_html(text: str) -> bool:
    """An HTML page, also after an XML declaration or a comment ("<!-- saved from url=… -->")."""
    head = text[:4000]
    at = 0
    while (m := _HTML_PREAMBLE.match(head, at)) is not None:
        at = m.end()
    head = head[at:].lstrip().lstrip("\ufeff")[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


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
    where = one_line(str(path)) if path is not None else "seed article"  # messages stay on one line
    try:
        if not target.exists():
            raise ArticleError(f"{where}: no such file")
        if target.is_dir():
            raise ArticleError(f"{where}: is a directory, not a file")
        size = target.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(f"{where}: {size:,} bytes is more than the {MAX_BYTES:,}-byte limit")
        with target.open("rb") as handle:  # bounded: a pipe or a device (/dev/zero) has no size
            raw = handle.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise ArticleError(f"{where}: more than the {MAX_BYTES:,}-byte limit")
    except OSError as err:
        raise ArticleError(f"{where}: cannot read ({err.strerror or err})") from None
    text = _decode(raw, where)
    digest = hashlib.sha256(raw).hexdigest()
    shown = where if path is not None else f"seeds/{SEED.name}"  # no machine-specific prefix
    when, basis = publication(published, target.name, digest, text)
    return Article(text, shown, when, digest, basis)


def publication(published, name: str, digest: str, text: str) -> tuple[date | None, str]:
    """The publication date and where it came from: the ``published`` argument, ``data/articles.csv``
    (by digest or file name), a dateline in the text, or nowhere (``None, ""``)."""
    if isinstance(published, date):
        return published, "argument"
    if isinstance(published, str) and published:
        try:
            return date.fromisoformat(published), "argument"
        except ValueError:
            raise ArticleError(f"published date {published!r} is not YYYY-MM-DD") from None
    known = reference.article_metadata(name, digest)
    if known is not None:
        return known, "data/articles.csv"
    from .extract.dates import dateline

    found = dateline(text[:2000])
    return found, "dateline" if found is not None else ""


# --- sections ---------------------------------------------------------------

_TERMINAL = tuple(".!?:;…\"”’)»")
# a straight apostrophe ends a sentence only after its stop, in a line longer than a subheading
# ("… added: 'Our door remains open.'", UK style; "What is 'hybrid war?'" stays a heading)
_QUOTED_STOP = (".'", "!'", "?'")


def paragraphs(text: str) -> list[Paragraph]:
    """Each line with something visible on it, trimmed, with the section it belongs to."""
    spans = [_trim(text, m.start(), m.end()) for m in _LINE.finditer(text)]
    spans = [(s, e) for s, e in spans if e > s]
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


# A line ends where str.splitlines() ends one (\n, \r, \r\n, form feed, NEL, U+2028, U+2029 …).
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without white space or invisible characters at either end."""
    while start < end and invisible(text[start]):
        start += 1
    while end > start and invisible(text[end - 1]):
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
        and not (line.endswith(_QUOTED_STOP) and len(words) > 8)
        and line[0].isupper()
        and not any(q in line for q in "“”\"")
    ):
        return "headline"
    return "body"


# --- sentences --------------------------------------------------------------


# A candidate sentence end: terminal punctuation, closing marks, space, then a capital or digit.
# Closing and opening marks include the apostrophe: ''…'' (two apostrophes for a double mark, in wire copy) and '…'.
_CANDIDATE = re.compile(r"(?<![.!?…])[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]{0,2}[A-Z0-9])")  # whole runs only: linear
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_OPENING_MARKS = "“«"
_CLOSING_MARKS = "”»"
_STARTERS = frozenset("The A An It He She They We I But And In On At This That These Those There His Her Its Their Our".split())


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(row["abbreviation"].lower() for row in reference.table("abbreviations"))


_QUOTE_MARKS = re.compile("[“”\"]|''")  # '' stands for a straight double mark
_NEXT_WORD = re.compile(r"\s*(\S+)")
# A quotation that has run this far without closing is a stray mark, not a quotation.
QUOTE_REACH = 3000


def split_sentences(chunk: str) -> list[str]:
    """Sentences of one paragraph, by rule: not after an abbreviation or an initial, not inside quote marks.

    pysbd gives the same boundaries on our articles (a test checks it) but costs
    about 35 ms per process in regex compilation, a third of the whole load budget.
    Quote marks are counted from the last cut, once each (linear in the paragraph);
    a quote mark left open for more than ``QUOTE_REACH`` characters no longer holds
    the sentences after it together.
    """
    pieces, cursor = [], 0
    marks = [(m.start(), m.group()) for m in _QUOTE_MARKS.finditer(chunk)]
    k, straight, last_straight = 0, 0, -1
    unclosed: list[int] = []  # “ not yet closed since the last cut (more “ than ” so far)
    surplus = 0  # ” with no “ before them since the last cut
    for m in _CANDIDATE.finditer(chunk):
        while k < len(marks) and marks[k][0] < m.end():
            at, mark = marks[k]
            if mark == "“":
                if surplus:
                    surplus -= 1
                else:
                    unclosed.append(at)
            elif mark == "”":
                if unclosed:
                    unclosed.pop()
                else:
                    surplus += 1
            else:
                straight, last_straight = straight ^ 1, at
            k += 1
        inside = (bool(unclosed) and m.end() - unclosed[0] <= QUOTE_REACH) or (
            straight and m.end() - last_straight <= QUOTE_REACH
        )
        if inside:
            continue  # inside a quotation: the quote's sentences stay together
        if chunk[m.start()] == ".":
            word = _WORD_BEFORE.search(chunk, max(0, m.start() - 30), m.start() + 1)
            if word is not None:
                token = word.group(1)
                following = _NEXT_WORD.match(chunk, m.end())  # not a slice: long lines stay linear
                nxt = following.group(1).strip("“\"‘(") if following else ""
                if token.lower() in _abbreviations() or (len(token) == 1 and token.isupper()):
                    continue  # "Gen. Smith", "Stuart E. Jones"
                if "." in token and nxt not in _STARTERS:
                    continue  # "U.S. District Judge"
        pieces.append(chunk[cursor : m.end()])
        cursor = m.end()
        unclosed, surplus, straight = [], 0, 0
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
