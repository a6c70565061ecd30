"""Stage 1b (part of parsing): pair the quote marks of an article into quote spans.

Every common style is read: curly and straight double marks, curly and straight
single marks (UK style ‘…’, where ’ is also the apostrophe), doubled single marks
used as double ones (''…'' in some wire copy), guillemets and „…“. Marks nest: a
quote inside a quote stays inside the outer one. A paragraph that opens a quote
without closing it continues into the next paragraph when that one opens with a
mark of the same family (the newspaper convention), so a quote running over
several paragraphs is one span. Unbalanced marks never raise: an opening mark
left open ends at its paragraph (double marks) or is read as an apostrophe
(single marks); one still open ``QUOTE_REACH`` characters on is a stray mark.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..article import QUOTE_REACH, Paragraph

QUOTE_SECTIONS = ("body", "caption", "headline")
DOUBLE, SINGLE = "double", "single"
# Characters a reader takes for quote marks (for rules that only need to see one).
QUOTE_CHARACTERS = "“”„«»\"‘’'"
DOUBLE_MARKS = "“”„«»\""

# Candidate marks: doubled single marks first, so ''…'' is read as one double mark.
_MARK = re.compile("''|‘‘|’’|``|[“”„«»\"‘’']")
_CLOSE_FOLLOW = set(".,;:!?)]}…—–-") | set("“”„«»\"‘’'")
_OPEN_PRECEDE = set("([{—–-/:") | set("“”„«»\"‘’'")


class QuoteSpan(NamedTuple):
    start: int  # index of the opening mark
    end: int  # index just after the closing mark (== content_end when unclosed)
    content_start: int
    content_end: int
    closed: bool
    family: str  # double or single


class _Mark(NamedTuple):
    at: int
    width: int
    family: str
    can_open: bool
    can_close: bool


class _Open:
    __slots__ = ("mark", "children")

    def __init__(self, mark: _Mark):
        self.mark = mark
        self.children: list[QuoteSpan] = []  # quotes closed directly inside this one


def within_quotes(spans: list[QuoteSpan], pos: int) -> bool:
    """Whether ``pos`` falls inside the words of one of the quotes ``spans`` (a document's ``quote_spans``)."""
    return any(q.content_start <= pos < q.content_end for q in spans)


def quote_spans(text: str, paras: list[Paragraph]) -> list[QuoteSpan]:
    """The top-level quotes of the article, in text order."""
    spans: list[QuoteSpan] = []
    usable = [p for p in paras if p.section in QUOTE_SECTIONS]
    carried: list[_Open] = []
    for k, para in enumerate(usable):
        stack: list[_Open] = carried
        carried = []
        marks = _inner_first([_classify(text, m, para) for m in _MARK.finditer(text, para.start, para.end)])
        if stack and marks and marks[0].at == para.start and marks[0].family == stack[0].mark.family and marks[0].can_open:
            marks = marks[1:]  # the mark that re-opens a quote running on from the last paragraph
        for mark in marks:
            _drop_strays(stack, spans, mark.at)
            if mark.family is None:
                continue
            target = _innermost(stack, mark.family)
            closes = mark.can_close and target is not None and (
                not mark.can_open or stack[-1] is stack[target] or mark.family == SINGLE
            )
            if closes and text[mark.at] == '"' and text[stack[target].mark.at] in "“„«" and _curly_close_after(text, mark.at, para):
                closes = False  # “… Grafton's Mill" … ”: a stray straight mark inside a curly quote that closes later
            if closes:
                for dropped in stack[target + 1 :]:  # opened inside and never closed: not quotes
                    stack[target].children.extend(dropped.children)
                opened = stack[target]
                del stack[target:]
                span = QuoteSpan(opened.mark.at, mark.at + mark.width, opened.mark.at + opened.mark.width, mark.at, True,
                                 opened.mark.family)
                if span.family == DOUBLE or span.content_end - span.content_start > 2:  # rock 'n' roll: an elision
                    (stack[-1].children if stack else spans).append(span)
            elif mark.can_open:
                stack.append(_Open(mark))
        _drop_strays(stack, spans, para.end)
        nxt = usable[k + 1] if k + 1 < len(usable) else None
        runs_on = (
            stack and nxt is not None and (first := _MARK.match(text, nxt.start)) is not None
            and _classify(text, first, nxt).family == stack[0].mark.family
        )
        if runs_on:
            carried = stack[:1]
            for dropped in stack[1:]:
                carried[0].children.extend(dropped.children)
        else:
            _close_at_paragraph_end(stack, spans, para.end)
    if carried:
        _close_at_paragraph_end(carried, spans, usable[-1].end)
    return sorted(spans)


def _classify(text: str, match: re.Match, para: Paragraph) -> _Mark:
    at, mark = match.start(), match.group()
    width = len(mark)
    prev = text[at - 1] if at > para.start else " "
    nxt = text[at + width] if at + width < para.end else " "
    opens_here = (prev.isspace() or prev in _OPEN_PRECEDE) and not nxt.isspace()
    closes_here = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_FOLLOW)
    if mark in ("“", "„", "«", "``", "‘‘"):
        # „…“: the German closing mark, or a typo's “rapists“; never one opening a word (“hell” nested in a quote)
        return _Mark(at, width, DOUBLE, True, mark == "“" and closes_here and not opens_here)
    if mark in ("”", "»", "’’"):
        return _Mark(at, width, DOUBLE, opens_here and not closes_here and mark == "”", True)
    if mark in ('"', "''"):
        return _Mark(at, width, DOUBLE, opens_here or not closes_here, closes_here or not opens_here)
    # single marks: ’ and ' are also apostrophes ("don’t", "Jones’ car", "’90s")
    if prev.isalnum() and nxt.isalnum():
        return _Mark(at, width, None, False, False)
    if mark == "‘":
        return _Mark(at, width, SINGLE if not nxt.isdigit() and not nxt.isspace() else None, True, False)
    opens = mark == "'" and opens_here and not nxt.isdigit()
    return _Mark(at, width, SINGLE if opens or closes_here else None, opens, closes_here)


def _inner_first(marks: list[_Mark]) -> list[_Mark]:
    """Three apostrophes closing a quote (``…'bomb them,'''``) close the inner single quote first, then the
    doubled one: read left to right they would pair the first two as the double mark and strand the third."""
    out = []
    k = 0
    while k < len(marks):
        mark = marks[k]
        nxt = marks[k + 1] if k + 1 < len(marks) else None
        if (mark.width == 2 and mark.family == DOUBLE and mark.can_close and not mark.can_open and nxt is not None
                and nxt.at == mark.at + 2 and nxt.width == 1 and nxt.family == SINGLE and nxt.can_close):
            out += [_Mark(mark.at, 1, SINGLE, False, True), _Mark(mark.at + 1, 2, DOUBLE, False, True)]
            k += 2
            continue
        out.append(mark)
        k += 1
    return out


def _curly_close_after(text: str, at: int, para: Paragraph) -> bool:
    """A curly closing mark follows in the paragraph with no straight mark before it: the straight mark at
    ``at`` stands inside the curly quote. With one before it, the marks are mixed quote by quote
    (“…," he said. "…”) and the straight mark at ``at`` closes."""
    ends = [k for k in (text.find(mark, at + 1, para.end) for mark in "”»") if k >= 0]
    return bool(ends) and text.find('"', at + 1, min(ends)) < 0


def _innermost(stack: list[_Open], family: str) -> int | None:
    for i in range(len(stack) - 1, -1, -1):
        if stack[i].mark.family == family:
            return i
    return None


def _drop_strays(stack: list[_Open], spans: list[QuoteSpan], pos: int) -> None:
    """An opening mark open for ``QUOTE_REACH`` characters is a stray: what it held is a level up."""
    while stack and pos - stack[0].mark.at > QUOTE_REACH:
        stray = stack.pop(0)
        (stack[0].children if stack else spans).extend(stray.children)


def _close_at_paragraph_end(stack: list[_Open], spans: list[QuoteSpan], end: int) -> None:
    """A double mark left open quotes to the paragraph's end; a single one was an apostrophe."""
    if not stack:
        return
    outer = stack[0]
    for inner in stack[1:]:
        outer.children.extend(inner.children)
    if outer.mark.family == DOUBLE:
        spans.append(QuoteSpan(outer.mark.at, end, outer.mark.at + outer.mark.width, end, False, DOUBLE))
    else:
        spans.extend(outer.children)
    stack.clear()
