"""Stage 1b (part of parsing): pair the quote marks of an article into quote spans.

Quote marks are paired per paragraph (curly and straight, nested marks left
inside the outer quote); a paragraph that opens a quote without closing it
continues into the next paragraph when that one opens with a quote mark (the
newspaper convention). Unbalanced marks never raise: they end at the paragraph.
"""

from __future__ import annotations

import re
from collections import deque
from typing import NamedTuple

from ..article import QUOTE_REACH, Paragraph

OPENING = "“«„"
CLOSING = "”»"
STRAIGHT = '"'
QUOTE_SECTIONS = ("body", "caption", "headline")


class QuoteSpan(NamedTuple):
    open: int  # index of the opening mark
    close: int  # index of the closing mark (== end of content when unclosed)
    closed: bool


def quote_spans(text: str, paras: list[Paragraph]) -> list[QuoteSpan]:
    """Pairs of quote marks; unbalanced marks never raise, they end at the paragraph.

    An opening mark still open ``QUOTE_REACH`` characters into its paragraph is a
    stray mark: it is dropped, and the quotes inside it count as quotes again.
    """
    spans: list[QuoteSpan] = []
    usable = [p for p in paras if p.section in QUOTE_SECTIONS]
    carry: int | None = None  # opening mark of a quote running on from the last paragraph
    for k, para in enumerate(usable):
        stack: deque[int] = deque()  # open curly marks, outermost first
        inner: list[QuoteSpan] = []  # quotes closed directly inside the outermost one
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
                    spans.append(QuoteSpan(opened, i, True))
                    inner, inner_straight = [], False
                elif len(stack) == 1:
                    inner.append(QuoteSpan(opened, i, True))
            elif ch in CLOSING and straight_open is not None:
                spans.append(QuoteSpan(straight_open, i, True))  # "…,” said X: mixed marks
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
                    spans.append(QuoteSpan(stack.pop(), i, True))
                    inner = []
            elif ch == STRAIGHT and not stack:
                if straight_open is None and _opens_straight(text, i, para):
                    straight_open = i
                elif straight_open is not None:
                    spans.append(QuoteSpan(straight_open, i, True))
                    straight_open = None
            i += 1
        pending = stack[0] if stack else straight_open
        if pending is not None:
            nxt = usable[k + 1] if k + 1 < len(usable) else None
            if nxt is not None and (text[nxt.start] in OPENING or text[nxt.start] == STRAIGHT):
                carry = pending
            else:
                spans.append(QuoteSpan(pending, para.end, False))
    return sorted(spans)  # a straight quote around a curly one closes after it


_ANY_MARK = re.compile("[“”«»„\"]")


def _opens_straight(text: str, i: int, para: Paragraph) -> bool:
    before = text[i - 1] if i > para.start else " "
    after = text[i + 1] if i + 1 < para.end else " "
    return (before.isspace() or before in "([—-:") and not after.isspace()


def _next_opens_straight(text: str, start: int, para: Paragraph) -> bool:
    nxt = _ANY_MARK.search(text, start, para.end)
    return nxt is not None and nxt.group() == STRAIGHT and _opens_straight(text, nxt.start(), para)
