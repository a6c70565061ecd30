"""Stage 2d: dates — explicit ("20 July 2015") and relative to publication ("last week").

Each date carries a precision (day, week, month, year) and a basis that says
where it came from (explicit, relative, anchor, caption, publication).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import NamedTuple

import pandas as pd

from .. import reference
from ..regex import compile_on_use

FULL_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split()
)}
MONTHS = dict(FULL_MONTHS)  # and their abbreviations
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"  # (the regexes below spell the months once)
_MONTH = r"(" + _MONTH_NAMES + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? {_MONTH},? (\d{{4}})\b")
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? {_MONTH}\b(?!,? \d{{4}})")
_MONTH_DAY = re.compile(rf"\b{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?\b(?!,? \d{{4}})(?!\d)")
_MONTH_YEAR = re.compile(rf"\b(?:in |since |by |during |until )?{_MONTH} (\d{{4}})\b")
_YEAR = re.compile(r"\b(?i:in|since|by|during|until) (?:(?i:early|late|mid)[- ]?)?((?:19|20)\d{2})\b")  # "in late 2014"
# "In February", "in mid-April", "since early March": a month with no day or year, read as the latest such month
# on or before publication ("In May" in an August article is this May; "in November" in a July one, last November)
_MONTH_ALONE = re.compile(r"\b(?i:in|since|by|during|until)\s+(?:(?i:early|late|mid)[- ])?"
                          r"(" + _MONTH_NAMES + r")\b(?!,?\s*\d)")
# "by the end of March", "at the beginning of May", "toward the middle of June": a part of a month with no day or
# year is that month (read as _MONTH_ALONE is), at month precision, its words kept whole; not a month that opens a
# name ("the end of March Madness", "the middle of May Day rallies": a capitalised word after it on the line)
_PART_OF_MONTH = re.compile(r"\b(?:(?i:at|by|in|until|till|before|after|since|from|toward|towards|around|near)\s+)?"
                            r"(?i:the\s+(?:very\s+)?(?:end|beginning|start|middle|close|first\s+half|second\s+half)\s+of)\s+"
                            r"(" + _MONTH_NAMES + r")\b"
                            r"(?!,?\s*\d)(?![ \t\u00a0]+[A-Z])")
_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()


# How far past its first day a date of each precision reaches (a day reaches nowhere).
PERIOD_END = {"week": pd.Timedelta(days=6), "month": pd.offsets.MonthEnd(0), "year": pd.offsets.YearEnd(0)}


def period_end(day: pd.Timestamp, precision: str) -> pd.Timestamp | None:
    """The last day ``day`` stands for at ``precision`` (a week's 7th day, a month's or year's last), or None."""
    offset = PERIOD_END.get(precision)
    return None if offset is None else day + offset


class DateRef(NamedTuple):
    date: date | None
    precision: str  # day, week, month, year
    basis: str  # explicit, relative, anchor
    text: str
    start: int
    end: int
    anchor: str = ""  # for anchors: the event type referred back to
    offset: int = 0  # for anchors: how many ``offset_unit`` after (negative: before) the event referred to
    offset_unit: str = ""  # day, week, month, year; "" for none
    within: bool = False  # "less than a week after": the date is the event's, widened to the unit
    vague: bool = False  # "weeks later", "a few days later": a few units on, read one unit coarser


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _infer_year(month: int, day: int, published: date | None) -> int | None:
    """The publication's year (news leaves out the current year: "the Nov. 8 election" in a July paper), or the
    year before when that would put the day more than half a year ahead ("on Dec. 28" in a January paper)."""
    if published is None:
        return None
    guess = _safe_date(published.year, month, min(day, 28))
    if guess is not None and guess > published + timedelta(days=183):
        return published.year - 1
    return published.year


# "Published Saturday, March 31, 2018 1:19PM", "Updated at 1:33 p.m. on Thursday, March 29, 2018."
_LABELLED = compile_on_use(r"(?i)\b(?:first published|published|updated|posted)\b[^.\n]{0,40}?")
# "KYIV, March 14 (Reuters) -", "WASHINGTON, May 3 —", "Jan. 8 (Reuters) -", "SEOUL, May 8 (Yonhap) --": a wire dateline
_WIRE = compile_on_use(rf"^(?:[A-Z][A-Z .'’-]+(?:,\s*[A-Z][A-Za-z .'’-]+)?,\s*)?{_MONTH}\s+(\d{{1,2}})(?:\s*\([^)\n]{{1,30}}\))?\s*(?:-{{1,2}}|—|–)", re.MULTILINE)
_YEAR_ANYWHERE = compile_on_use(r"\b((?:19|20)\d{2})\b")


def dateline(head: str) -> date | None:
    """A publication date stated at the top of the text.

    A labelled date ("Published 8 January 2020", "Updated … Thursday, March 29, 2018"), a
    line that is only a date, or a wire dateline ("Jan. 8 (Reuters) -", "WASHINGTON, May 3 —"),
    whose year is the nearest year the text states (a dateline gives none; without one, none is guessed).
    """
    for line in head.splitlines()[:8]:
        line = line.strip()
        labelled = _LABELLED.search(line[:200])
        for found in explicit_dates(line[:300], 0, min(len(line), 300)):
            if found.precision != "day":
                continue
            if (labelled and labelled.start() <= found.start <= labelled.end() + 45) or (len(line) <= 80 and len(line) - len(found.text) < 12):
                return found.date
    wire = _WIRE.search(head[:1500])
    if wire is not None and head[: wire.start()].count("\n") <= 8:
        month, day = MONTHS[wire.group(1).lower()], int(wire.group(2))
        years = [(abs(m.start() - wire.start()), int(m.group(1))) for m in _YEAR_ANYWHERE.finditer(head)]
        if years:
            return _safe_date(min(years)[1], month, day)
    return None


def explicit_dates(text: str, start: int, end: int, published: date | None = None) -> list[DateRef]:
    found: list[DateRef] = []
    chunk = text[start:end]

    def add(m, d, precision):
        if d is not None:
            found.append(DateRef(d, precision, "explicit", m.group(), start + m.start(), start + m.end()))

    for m in _DAY_MONTH_YEAR.finditer(chunk):
        add(m, _safe_date(int(m[3]), MONTHS[m[2].lower()], int(m[1])), "day")
    for m in _MONTH_DAY_YEAR.finditer(chunk):
        add(m, _safe_date(int(m[3]), MONTHS[m[1].lower()], int(m[2])), "day")
    for m in _ISO.finditer(chunk):
        add(m, _safe_date(int(m[1]), int(m[2]), int(m[3])), "day")
    taken = [(f.start, f.end) for f in found]

    def free(m) -> bool:
        s, e = start + m.start(), start + m.end()
        return not any(a < e and s < b for a, b in taken)

    for m in _MONTH_YEAR.finditer(chunk):
        if free(m):
            add(m, _safe_date(int(m[2]), MONTHS[m[1].lower()], 1), "month")
    if published is not None:
        for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
            for m in pattern.finditer(chunk):
                if free(m):
                    month, day = MONTHS[m[month_group].lower()], int(m[day_group])
                    year = _infer_year(month, day, published)
                    add(m, _safe_date(year, month, day) if year else None, "day")
    for m in _YEAR.finditer(chunk):
        if free(m):
            add(m, date(int(m[1]), 1, 1), "year")
    if published is not None:
        for m in _PART_OF_MONTH.finditer(chunk):
            if free(m):
                add(m, _latest_month(MONTHS[m[1].lower()], published), "month")
        taken = [(f.start, f.end) for f in found]  # (a month alone inside a date found so far is no second date)
        for m in _MONTH_ALONE.finditer(chunk):
            if free(m):
                add(m, _latest_month(MONTHS[m[1].lower()], published), "month")
    return found


# A part of a month the words name, and the first day it can mean ("late March" starts no earlier than the 21st).
_PART_FIRST_DAY = ((re.compile(r"(?i)\b(?:end|close|late)\b"), 21), (re.compile(r"(?i)\bsecond\s+half\b"), 16),
                   (re.compile(r"(?i)\b(?:middle|mid)\b"), 11))


def earliest_day(ref: DateRef) -> date | None:
    """The first day a date's words can mean: its period's first day, but for a part of a month the first day of
    that part ("at the end of March", "in late March": the 21st; "in mid-March": the 11th), so that a past verb in an
    early-March paper ("criticized the plan at the end of March") is known to tell of an earlier year's March."""
    if ref.date is None or ref.precision != "month":
        return ref.date
    for words, day in _PART_FIRST_DAY:
        if words.search(ref.text):
            return ref.date.replace(day=day)
    return ref.date


def _latest_month(month: int, published: date) -> date:
    """The first day of the latest such month on or before publication ("March" in an August article is this March;
    "November" in a July one, last November)."""
    return date(published.year - (month > published.month), month, 1)


@cache
def _relative_rules() -> tuple[tuple[str, tuple[str, ...] | None, str, str, str], ...]:
    """data/dates.csv's rules with their required words; each pattern is compiled at its first search
    (``_rule_pattern``): most texts hold the words of few of them, and a fresh process's first article then
    compiles only those."""
    rules = []
    for r in reference.table("dates"):
        rules.append((r["pattern"], _required_words_of(r["pattern"], 0), r["kind"], r.get("value", ""),
                      r.get("precision", "")))
    return tuple(rules)


@cache
def _rule_pattern(text: str) -> re.Pattern:
    return re.compile(text)


def required_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Lower-case words one of which every match of ``pattern`` holds ("days ago"; "monday" … "sunday"), read
    from its parse tree, or None when it has none: a chunk holding none of them skips the pattern's search."""
    return _required_words_of(pattern.pattern, pattern.flags)


def _required_words_of(text: str, flags: int) -> tuple[str, ...] | None:
    """``required_words`` of a pattern's text, read without compiling it."""
    try:
        return _mandatory_literals(re._parser.parse(text, flags))
    except Exception:  # a private parser whose shape may change: without words the pattern is simply always searched
        return None


def _mandatory_literals(items) -> tuple[str, ...] | None:
    """The longest choice of literal runs ``items`` (a parsed sequence) cannot match without, or None."""
    from re import _constants as c

    choices, run = [], []
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            choices.append(("".join(run).lower(),))
            run = []
        if op is c.SUBPATTERN:
            inner = _mandatory_literals(av[-1])
        elif op is c.BRANCH:
            each = [_mandatory_literals(branch) for branch in av[1]]
            inner = None if None in each else tuple(w for words in each for w in words)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _mandatory_literals(av[2])
        else:
            inner = None
        if inner:
            choices.append(inner)
    if run:
        choices.append(("".join(run).lower(),))
    return max(choices, key=lambda words: min(map(len, words)), default=None)


# Letters beyond ASCII that re's case-blind match reads as ASCII ones (dotless i, long s, Kelvin sign), and "İ",
# whose lower case is two characters
_CASE_TWINS = (("ı", "i"), ("İ", "i"), ("ſ", "s"), ("\u212a", "k"))


def case_blind(text: str) -> str:
    """``text`` in lower case, holding a word whenever a case-blind regex would match it in ``text`` (the letters it
    also reads as ASCII, "ſ" as "s", are made ASCII first): what ``required_words`` are looked for in."""
    return (text if text.isascii() else reference.replace_each(text, _CASE_TWINS)).lower()


def relative_dates(text: str, start: int, end: int, published: date | None) -> list[DateRef]:
    out = []
    chunk = text[start:end]
    # (most sentences have a curly quote or a dash, and all need the case-blind lower case)
    lowered = case_blind(chunk)
    for pattern, words, kind, value, precision in _relative_rules():
        if words and not any(w in lowered for w in words):
            continue
        for m in _rule_pattern(pattern).finditer(chunk):
            s, e = start + m.start(), start + m.end()
            if kind == "anchor":
                noun = m.group(1).lower()
                out.append(DateRef(None, "", "anchor", m.group(), s, e, _anchor_type(noun)))
                continue
            if kind == "anchor_offset":  # "two days after the attack", "less than a week after the strikes"
                qualifier, count, unit, direction, noun = (g.lower() if g else "" for g in m.groups())
                n = counted(count)
                out.append(DateRef(None, "", "anchor", m.group(), s, e, _anchor_type(noun),
                                   n if direction == "after" else -n, unit, qualifier in _WITHIN))
                continue
            if kind in ("anchor_next", "anchor_later"):  # "the next day", "two days later": from the event told before
                count, unit = ("1", m.group(1) or m.group(2)) if kind == "anchor_next" else m.groups()
                unit, vague = unit.lower(), count is None or count.lower() in _VAGUE_COUNTS
                out.append(DateRef(None, "", "anchor", m.group(), s, e, "", _VAGUE_COUNT if vague else counted(count),
                                   "day" if unit in _PARTS_OF_DAY else unit, vague=vague))
                continue
            if published is None:
                out.append(DateRef(None, "", "relative", m.group(), s, e))
                continue
            out.append(DateRef(_shift(published, kind, value, m), precision or "day", "relative", m.group(), s, e))
    return out


_WITHIN = frozenset({"less than", "under", "within"})
_VAGUE_COUNTS = frozenset({"a few", "several"})
_VAGUE_COUNT = 2  # "weeks later": at least two; the precision is widened to cover the rest
_PARTS_OF_DAY = frozenset({"day", "morning", "afternoon", "evening", "night"})


def counted(word: str) -> int:
    """A count in digits or words ("20", "three"); "a", "an" and "one" are 1."""
    return int(word) if word.isdigit() else _WORD_NUMBERS.get(word.lower(), 1)


def shifted(ref: DateRef, day: date, precision: str) -> tuple[date | None, str]:
    """The date and precision an anchor ``ref`` gives when the event it refers back to is on ``day`` (at
    ``precision``): that day for "after the strikes", that long after it for "two days after the attack" (the
    unit's precision: "three months after" is a month), the unit from it for "less than a week after". The result
    is never finer than the day it counts from ("in 2019 … the next day" is 2019). ``(None, "")`` when the count
    leaves the calendar ("9000 years later") or gives no year ("years later")."""
    if not ref.offset_unit:
        return day, precision
    if ref.within:
        return day, _coarser(ref.offset_unit, precision)
    unit, n = ref.offset_unit, ref.offset
    if ref.vague and unit == "year":
        return None, ""  # "years later": two or twenty, no year is right (and none is coarser)
    if ref.vague:  # "weeks later" from a day is some day of the next month or so: read at the unit above
        precision = _coarser(_PRECISIONS[min(_PRECISIONS.index(unit) + 1, len(_PRECISIONS) - 1)], precision)
    try:
        if unit in ("day", "week"):
            found, at = day + timedelta(days=n if unit == "day" else 7 * n), _coarser(unit, precision)
            return _period_start(found, at), at
        months = day.month - 1 + (n if unit == "month" else 12 * n)
        start = date(day.year + months // 12, months % 12 + 1, 1)
    except (OverflowError, ValueError):
        return None, ""
    if unit == "month":
        at = _coarser("month", precision)
        return _period_start(start, at), at
    return date(start.year, 1, 1), "year"


def _period_start(day: date, precision: str) -> date:
    """The first day of the week, month or year ``day`` falls in, at ``precision`` (a day stays itself)."""
    if precision == "year":
        return date(day.year, 1, 1)
    if precision == "month":
        return day.replace(day=1)
    return day - timedelta(days=day.weekday()) if precision == "week" else day


_PRECISIONS = ("day", "week", "month", "year")


def _coarser(a: str, b: str) -> str:
    """The coarser of two precisions ("day" < "week" < "month" < "year"); an unknown one is ignored."""
    return max((p for p in (a, b) if p in _PRECISIONS), key=_PRECISIONS.index, default=a)


@cache
def _anchor_types() -> dict[str, str]:
    return {r["noun"]: r["event_type"] for r in reference.table("event_nouns")}


def _anchor_type(noun: str) -> str:
    return _anchor_types().get(noun, "attack")


def _shift(published: date, kind: str, value: str, m: re.Match) -> date | None:
    if kind == "offset_days":
        return published + timedelta(days=int(value))
    if kind == "offset_weeks":
        monday = published - timedelta(days=published.weekday())
        return monday + timedelta(weeks=int(value))
    if kind == "offset_months":
        month = published.month - 1 + int(value)
        return date(published.year + month // 12, month % 12 + 1, 1)
    if kind == "offset_years":
        return date(published.year + int(value), 1, 1)
    if kind in ("days_ago", "weeks_ago", "months_ago", "years_ago"):
        raw = m.group(1).lower()
        n = int(raw) if raw.isdigit() else _WORD_NUMBERS.get(raw, 0)
        if kind == "months_ago":
            return _shift(published, "offset_months", str(-n), m)
        if kind == "years_ago":
            return _shift(published, "offset_years", str(-n), m)
        return published - (timedelta(days=n) if kind == "days_ago" else timedelta(weeks=n))
    if kind == "weekend":
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        return saturday - timedelta(days=5)
    if kind == "weekday":
        wanted = WEEKDAYS.index(m.group(1).lower())
        if m.lastindex and m.lastindex >= 2 and m.group(2):  # "on Wednesday last week": that week's day, not the latest
            monday = published - timedelta(days=published.weekday())
            return monday + timedelta(weeks=-1 if m.group(2) == "last" else 1, days=wanted)
        back = (published.weekday() - wanted) % 7
        if back == 0 and m.group().lower().startswith("last"):
            back = 7  # "last Friday" in a Friday's paper is a week back; "on Friday" is that day
        return published - timedelta(days=back)
    return None


def runs_past_publication(text: str, published: date | None) -> bool:
    """Whether the story follows its publication day into the night and on to the next: it names that day's
    night ("late Tuesday night", "Tuesday evening" in a Tuesday's paper) and the next weekday ("on Wednesday
    morning"). Such a text was filed a day after its date (a time zone, a first version's date), so its next
    weekday is the day after publication, not six days before it."""
    if published is None:
        return False
    day, following = (WEEKDAYS[(published.weekday() + k) % 7].capitalize() for k in (0, 1))
    return re.search(rf"\b{day},? (?:night|evening)\b|\blate {day}\b", text) is not None \
        and re.search(rf"(?<!\blast )\b{following}\b", text) is not None


# Every date expression holds a digit or one of these words (the patterns here and in data/dates.csv):
# a sentence without any is read by one search instead of two dozen.
_HINT = re.compile(r"\d|(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|"
                   r"today|tonight|overnight|night|last|this|ago|week|month|year|after|later|next|following))")


def is_weekday_of_a_week(ref: DateRef) -> bool:
    """"on Wednesday last week", "Tuesday of next week": a weekday read with the week it falls in (one date)."""
    return ref.precision == "day" and ref.text.endswith(" week")


@lru_cache(maxsize=4096)
def dates_in(text: str, start: int, end: int, published: date | None) -> tuple[DateRef, ...]:
    """Every date expression in ``text[start:end]``, in text order."""
    if _HINT.search(text, start, end) is None:
        return ()
    found = explicit_dates(text, start, end, published) + relative_dates(text, start, end, published)
    # "two days after the attack" holds "after the attack", "on Monday last week" holds "last week": the longer reading
    # stands for both (compared with these only: a giant sentence holds thousands of dates and few of these)
    anchors = [o for o in found if o.basis == "anchor" or is_weekday_of_a_week(o)]
    if anchors:
        found = [d for d in found if not any(o is not d and o.start <= d.start and d.end <= o.end
                                              and (o.end - o.start) > (d.end - d.start) for o in anchors)]
    return tuple(sorted(found, key=lambda d: d.start))
