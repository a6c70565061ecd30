"""Stage 2e: events — who did what to whom, where and when, with CAMEO codes.

A verb lexicon (``data/verbs.csv``) turns trigger words into event types and
CAMEO codes; Goldstein values come from ``data/cameo.csv``. Statements come
from the quotes, coded by their stance. Words inside quote marks are claims of
the speaker, not events the article reports, so triggers there are skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from .. import reference
from ..schema import NAME_SEPARATOR, names_in
from ..article import Sentence, stable_id
from .dates import DateRef, dates_in
from .mentions import Mention, group_nouns
from .quotes import Quote
from .spans import before, starting_in

if TYPE_CHECKING:
    from ..document import Document

_NEGATION = re.compile(r"\b(?:not|no|none|never|nobody|neither|nor|without)\b|n[’']t\b", re.IGNORECASE)
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "into", "to", "near", "across", "inside", "over", "outside", "towards", "toward", "on"})
_ACTOR_KINDS = ("person", "organization", "group", "country")
_EVENT_SECTIONS = ("body", "caption")
_UNTARGETED = frozenset({"withdrawal", "movement", "weapons_test", "protest"})
_CLAUSE_END = re.compile(r"[,;]| (?:as|while|after|because|but|although|when) ")
# "he", "she", "they" as whole words (also "he's"), as tokens() reads them; "it" names no actor
_PERSONAL_PRONOUN = re.compile(r"(?<![^\W_])(?<![^\W_][-’'])(?:he|she|they)(?:[’']s)?(?![^\W_])(?![-’'][^\W_])", re.IGNORECASE)
_AGENT = re.compile(r"\bby (?:a |an |the )?", re.IGNORECASE)
# How far around a verb its clause is read: longer than any real clause, so a run-on
# line of 100,000 characters costs the same per verb as an ordinary sentence.
_REACH = 2000
_MAX_NAMES = 30
# "Iraqi military bases": the group noun is an adjective when one of these follows
_THINGS = frozenset("base bases camp camps facility facilities installation installations equipment vehicles aircraft jets sites targets positions convoy convoys hardware".split())


class Event(NamedTuple):
    event_id: str
    date: date | None
    date_precision: str
    date_basis: str
    date_text: str
    actor: str
    actor_kind: str
    action: str
    event_type: str
    cameo: str
    cameo_name: str
    goldstein: float
    target: str
    location: str  # canonical place name; the frame joins it to location_id
    source: str
    sentence_id: str
    start: int
    end: int
    actor_country: str = ""
    target_kind: str = ""


class Actor(NamedTuple):
    name: str
    kind: str
    country: str  # ISO alpha-2


def code(cameo: str) -> tuple[str, float]:
    name, goldstein = reference.cameo().get(cameo, ("", float("nan")))
    return name, goldstein


def events(doc: Document, quotes: list[Quote]) -> list[Event]:
    """Each row represents one event the article reports (or a statement it quotes)."""
    text, sents, mentions, published = doc.norm, doc.sentences, doc.mentions, doc.published
    quoted = sorted((q.start, q.end) for q in quotes if q.kind != "reported")
    quoted_starts = [a for a, _ in quoted]
    longest = max((b - a for a, b in quoted), default=0)
    out: list[Event] = []
    caption_dates: dict[int, DateRef] = {}
    caption_places: dict[int, str] = {}
    for sent in sents:
        if sent.section != "caption":
            continue
        found = [d for d in dates_in(text, sent.start, sent.end, published) if d.date]
        if found and sent.paragraph not in caption_dates:
            caption_dates[sent.paragraph] = found[0]
        places = [m for m in starting_in(mentions, sent.start, sent.end) if m.kind == "place"]
        if places and sent.paragraph not in caption_places:
            caption_places[sent.paragraph] = places[0].name
    para_events: dict[int, list[Event]] = {}
    for sent in sents:
        if sent.section not in _EVENT_SECTIONS:
            continue
        local = starting_in(mentions, sent.start, sent.end)
        clauses = _Clauses(text, sent)
        quoted_here = _overlapping(quoted, quoted_starts, longest, sent.start, sent.end)
        seen: set[tuple[str, str]] = set()
        for rule in reference.verb_rules():
            for match in rule.pattern.finditer(text, sent.start, sent.end):
                ev = _verb_event(doc, sent, clauses, match, rule, local, quoted_here,
                                 caption_dates, caption_places, para_events.get(sent.paragraph, []), out)
                if ev is None or (ev.event_type, ev.actor) in seen:
                    continue
                if any(o.start < ev.end and ev.start < o.end for o in para_events.get(sent.paragraph, [])):
                    continue  # one trigger, one event
                out.append(ev)
                para_events.setdefault(sent.paragraph, []).append(ev)
                seen.add((ev.event_type, ev.actor))
    out.extend(_statements(doc, quotes, (quoted, quoted_starts, longest), caption_dates, out))
    # dates_in's cache serves this article's two passes; its keys hold the whole text, so a
    # long-running kernel would keep past articles alive: let them go.
    dates_in.cache_clear()
    return sorted(out, key=lambda ev: (ev.start, ev.event_type))


def _verb_event(doc, sent, clauses, match, rule, local, quoted, caption_dates, caption_places, earlier_here, earlier) -> Event | None:
    text, mentions, published = doc.norm, doc.mentions, doc.published
    s, e = match.span()
    if any(a <= s < b for a, b in quoted) or _negated(text, sent.start, s):
        return None
    obj_end = e
    if rule.obj is not None:
        obj = rule.obj.search(text, e, min(sent.end, e + 60))
        if obj is None:
            return None
        obj_end = obj.end()
    place = _location(doc, local, e, sent.end)
    if rule.needs_place and (place is None or place.start > e + 25):
        return None
    actor = _actor(doc, local, sent, clauses, s, e)
    target = None
    if rule.event_type not in _UNTARGETED:
        reach = min(sent.end, obj_end + _REACH)  # a clause, not a whole run-on line
        clause_end = _CLAUSE_END.search(text, obj_end, reach)
        target = _target(doc, local, obj_end, clause_end.start() if clause_end else reach, actor)
    location = place.name if place else caption_places.get(sent.paragraph, "") if sent.section == "caption" else ""
    cameo = rule.cameo or _inherited_code(earlier_here)
    when = _date_for(text, sent, s, quoted, published, caption_dates, earlier)
    name, goldstein = code(cameo)
    return Event(
        stable_id("e", s, obj_end, rule.event_type), when.date, when.precision, when.basis, when.text,
        actor.name, actor.kind, doc.text[s:obj_end], rule.event_type, cameo, name, goldstein,
        target.name if target else "", location, "article", sent.sentence_id, s, obj_end,
        actor.country, target.kind if target else "",
    )


def _start(m) -> int:
    return m.start


def _negated(text: str, sent_start: int, verb_start: int) -> bool:
    lo = max(sent_start, verb_start - 45)  # only the 45 characters before the verb are read
    clause = max(text.rfind(",", lo, verb_start), text.rfind(";", lo, verb_start), sent_start)
    window = text[max(clause, verb_start - 45) : verb_start]
    return bool(_NEGATION.search(window))


def _group(doc: Document, m: Mention, limit: int) -> Actor:
    """"US allies", "Iraqi authorities", "NATO troops": a named collective."""
    after = doc.tokens_in(m.end, min(limit, m.end + 40))
    adjectival = len(after) > 1 and after[1].text.lower() in _THINGS
    if after and after[0].text.lower() in group_nouns() and doc.norm[m.end : after[0].start] == " " and not adjectival:
        return Actor(f"{m.text} {after[0].text}", "group", m.country)
    return Actor(m.name, m.kind, m.country)


class _Clauses:
    """Pronouns and passive agents of one sentence, found once however many verbs it has."""

    def __init__(self, text: str, sent: Sentence):
        self.text, self.sent = text, sent
        self._pronouns: tuple[list[int], list[int]] | None = None
        self._agents: tuple[list[int], list[int]] | None = None

    @staticmethod
    def _index(pattern: re.Pattern, text: str, sent: Sentence) -> tuple[list[int], list[int]]:
        found = list(pattern.finditer(text, sent.start, sent.end))
        return [m.start() for m in found], [m.end() for m in found]

    def last_pronoun(self, lo: int, hi: int) -> int | None:
        """Start of the last "he", "she" or "they" inside [lo, hi)."""
        if self._pronouns is None:
            self._pronouns = self._index(_PERSONAL_PRONOUN, self.text, self.sent)
        starts, ends = self._pronouns
        k = bisect_right(ends, hi) - 1
        return starts[k] if k >= 0 and starts[k] >= lo else None

    def agent(self, lo: int, hi: int) -> int | None:
        """End of the first "by (the)" inside [lo, hi)."""
        if self._agents is None:
            self._agents = self._index(_AGENT, self.text, self.sent)
        starts, ends = self._agents
        k = bisect_left(starts, lo)
        return ends[k] if k < len(starts) and ends[k] <= hi else None


def _actor(doc, local, sent, clauses, s, e) -> Actor:
    text, mentions = doc.norm, doc.mentions
    # passive agent: "… by a US drone strike" names who acted
    agent = clauses.agent(e, min(sent.end, e + _REACH))
    if agent is not None:
        first = next((m for m in local[bisect_left(local, agent, key=_start) :] if m.kind in _ACTOR_KINDS), None)
        if first is not None and first.start - agent < 3:
            return Actor(first.name, first.kind, first.country)
    ahead = [m for m in local[bisect_left(local, s - _REACH, key=_start) : bisect_left(local, s, key=_start)]
             if m.end <= s and m.kind in _ACTOR_KINDS]
    clause_cut = max(text.rfind(";", max(sent.start, s - _REACH), s), sent.start, s - _REACH)
    pronoun_at = clauses.last_pronoun(clause_cut, s)  # the last "he", "she" or "they" before the verb
    if pronoun_at is not None and (not ahead or ahead[-1].end < pronoun_at):
        earlier = [m for m in ahead if m.end <= pronoun_at]
        if not earlier:
            earlier = [m for m in before(mentions, sent.start) if m.kind in _ACTOR_KINDS][-1:]
        if earlier:
            return _coordinated_actor(doc, earlier, sent.end)
        return Actor("", "", "")
    if not ahead:
        return Actor("", "", "")
    return _coordinated_actor(doc, ahead, sent.end)


def _coordinated_actor(doc: Document, before: list[Mention], limit: int) -> Actor:
    text = doc.norm
    chain = [before[-1]]
    for m in reversed(before[:-1]):
        gap = text[m.end : chain[0].start].strip().lower()
        if gap in ("and", ",", "and the", ", the", ", and", ", and the"):
            chain.insert(0, m)
        else:
            break
    if len(chain) == 1:
        return _group(doc, chain[0], limit)
    name = NAME_SEPARATOR.join(dict.fromkeys(m.name for m in chain))
    kind = "country" if all(m.kind == "country" for m in chain) else "group"
    return Actor(name, kind, chain[0].country)


def _target(doc, local, start, end, actor: Actor) -> Actor | None:
    skip = names_in(actor.name)
    after = [m for m in local[bisect_left(local, start, key=_start) : bisect_left(local, end, key=_start)]
             if m.kind in _ACTOR_KINDS and m.name not in skip]
    people = [m for m in after if m.kind == "person" and m.start - start < 80]
    if people:
        return Actor(people[0].name, "person", people[0].country)
    if after:
        return _group(doc, after[0], end)
    return None


def _location(doc, local, start, end) -> Mention | None:
    first = bisect_left(local, start, key=_start)
    for m in local[first : first + _MAX_NAMES]:  # the names of the clause, not of a run-on line
        if m.start > start + _REACH:
            break
        if m.kind == "place":
            return m
        if m.kind == "country":
            words = doc.tokens_in(max(start, m.start - 12), m.start)
            prev = words[-1].text.lower() if words else ""
            if prev in _PLACE_PREPOSITIONS or (prev == "the" and len(words) > 1 and words[-2].text.lower() in _PLACE_PREPOSITIONS) or (
                m.via == "demonym" and (nxt := doc.tokens_in(m.end, min(end, m.end + 30), limit=1))
                and nxt[0].text.lower() in ("base", "bases", "city", "cities", "territory", "soil", "camp", "camps")
            ) or m.start - start <= 1:
                return m
    return None


def _inherited_code(earlier: list[Event]) -> str:
    """A movement ("heading for Kuwait") belongs to the withdrawal or deployment before it."""
    for ev in reversed(earlier):
        if ev.event_type in ("withdrawal", "movement") and ev.cameo:
            return ev.cameo
    return ""


def _date_for(text, sent, pos, quoted, published, caption_dates, earlier) -> DateRef:
    dates = dates_in(text, sent.start, sent.end, published)
    near = dates[bisect_left(dates, pos - _REACH, key=_start) : bisect_left(dates, pos + _REACH, key=_start)]  # a clause's reach
    found = [d for d in near if not any(a <= d.start < b for a, b in quoted)]
    if found:
        before = [d for d in found if d.start <= pos] or found
        pick = before[-1]
        if pick.basis == "anchor":
            ref = next((ev for ev in reversed(earlier) if ev.event_type == pick.anchor and ev.date), None)
            if ref is not None:
                return DateRef(ref.date, ref.date_precision, "anchor", pick.text, pick.start, pick.end)
        elif pick.date is not None:
            return pick
    if sent.section == "caption" and sent.paragraph in caption_dates:
        d = caption_dates[sent.paragraph]
        return DateRef(d.date, d.precision, "caption", d.text, d.start, d.end)
    if published is not None:
        return DateRef(published, "day", "publication", "", -1, -1)
    return DateRef(None, "", "unknown", "", -1, -1)


def _overlapping(spans: list[tuple[int, int]], starts: list[int], longest: int, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) spans, sorted by start and at most ``longest`` long, that overlap [start, end)."""
    return [(a, b) for a, b in spans[bisect_left(starts, start - longest) : bisect_left(starts, end)] if b > start]


def _statements(doc, quotes, quoted_index, caption_dates, earlier) -> list[Event]:
    text, mentions, published = doc.norm, doc.mentions, doc.published
    by_id = {s.sentence_id: s for s in doc.sentences}
    out = []
    for q in quotes:
        if not q.speaker:
            continue
        sent = by_id[q.sentence_id]
        rule = next((r for r in reference.stance_rules() if r.stance == q.stance), None)
        event_type, cameo = (rule.event_type, rule.cameo) if rule else ("statement", "010")
        inside = [m for m in starting_in(mentions, q.start, q.end) if m.kind in _ACTOR_KINDS and m.name not in q.speaker]
        inside.sort(key=lambda m: m.via == "demonym")  # "Iran" before "Iraqi bases"
        target = _group(doc, inside[0], q.end) if inside else None
        here = _overlapping(*quoted_index, sent.start, sent.end) + [(q.start, q.end)]
        when = _date_for(text, sent, q.start, here, published, caption_dates, earlier)
        name, goldstein = code(cameo)
        out.append(Event(
            stable_id("e", q.start, q.end, event_type), when.date, when.precision, when.basis, when.text,
            q.speaker, q.speaker_kind, q.cue or "said", event_type, cameo, name, goldstein,
            target.name if target else "", "", "article", q.sentence_id, q.start, q.end,
            "", target.kind if target else "",
        ))
    return out
