"""Range look-ups over records sorted by ``start`` — so a 5 MB article stays linear-ish."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import Sequence, TypeVar

T = TypeVar("T")

# (a C-level key: bisecting calls it at every step, hundreds of thousands of times per corpus batch)
_start = attrgetter("start")


def within(items: Sequence[T], start: int, end: int) -> list[T]:
    """Items (sorted by start) whose start lies in [start, end) and whose end is <= end."""
    lo = bisect_left(items, start, key=_start)
    hi = bisect_left(items, end, key=_start)
    return [it for it in items[lo:hi] if it.end <= end]


def starting_in(items: Sequence[T], start: int, end: int) -> list[T]:
    """Items (sorted by start) whose start lies in [start, end)."""
    return list(items[bisect_left(items, start, key=_start) : bisect_left(items, end, key=_start)])


def covering(items: Sequence[T], pos: int, end: int | None = None) -> T | None:
    """The item (sorted by start, not overlapping) that contains pos (or pos:end)."""
    i = bisect_right(items, pos, key=_start) - 1
    if i >= 0 and items[i].start <= pos and (end or pos + 1) <= items[i].end:
        return items[i]
    return None


def before(items: Sequence[T], pos: int, window: int = 3000) -> list[T]:
    """Items (sorted by start) that end at or before pos, within ``window`` characters."""
    lo = bisect_left(items, pos - window, key=_start)
    return [it for it in items[lo : bisect_left(items, pos, key=_start)] if it.end <= pos]
