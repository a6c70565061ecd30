"""Stage 3c: incidents — reports of one real-world happening merged across articles; quotes grouped.

Place in the flow: corpus frames (:func:`analysis.corpus.combine`) → **incidents** → views.

Two event rows are reports of the same incident when everything they state agrees, never
because they share words:

* **type**: the same PLOVER category where both rows have one (``plover``, when the events
  carry it), else the same ``event_type``;
* **actor**: a name in common (``"Iran"`` and ``"Iran; Iraq"``), a surname alone standing for the
  full name it ends (``"Romney"``, ``"Mitt Romney"``); a description kept in place of a name
  (``"terrorist"``, ``"the president"``) names nobody in particular and counts as no actor. A row
  without an actor joins only an incident at the same named place (for an attack, its town
  and the state holding it agree: "the San Bernardino shooting", "the California shooting"), one of the two dated by its own
  words and, when the other is not, reported within the week after — or within the month when the
  place names the happening (``location_basis`` "name": "the San Bernardino shooting" is one shooting);
* **occasions** (debates, votes): a party's debate or a state's vote is one happening in its
  season, so the type with the actor (or, for a vote, the place) names it without a target or a
  day; an undated report of a vote is read over the half-year around its article, ahead or after.
  An occasion nothing names but its day ("Monday's caucuses", or "the debate" in a story of the
  day after) is the only one of its kind the corpus has that day (in the day or week its paragraph tells of, when
  the extractor dated it by its paragraph alone and its words tell it as attended or skipped; else that week before its article, for an undated debate, or an
  undated vote its word names, "the caucuses", never a primary); when none is dated
  that day, the only one reports name but leave undated in the week after ("the Democratic debate"); undated, the
  one its own article names otherwise ("the debate in Las Vegas", further up); else an incident of its own; "the next debate" is the first one on or
  after its article, "the last debate" the latest one (like "the debate"), and so is "the final debate" its
  article dates or tells as held (else it may be one still to come), "their first debate" none in particular, and an undated one a superlative picks out
  of its series ("the top-rated GOP debate") is an incident of its own. An occasion held once a year
  (``data/recurring_occasions.csv``: "the State of the Union") is named by its name, with a
  speaker or none (or one a possessive pronoun was read to stand for: "his last State of the Union", read as
  someone the article named last, is still the year's), and read back over the year up to its article;
* **target**: a name in common when both name one, or one named in the list of names the other's target is named
  in, in its sentence after its words (one act done to several: "Velde backed Ruiz, Pardo and Okafor on Monday"
  and "Velde backed Okafor");
* **place**: the same place, or a place and the country or the state (first-level area, from the
  gazetteer) holding it; a row without a place agrees.
  Only a place the event's own clause (or a caption, or an outside fact) gives counts: the nearest
  place of the sentence or paragraph, the dateline and the actor's country are guesses and are read
  as no place;
* **date**: the periods the rows stand for overlap (a day, a week, a month or a year, by
  ``date_precision``). A date the event inherits (the publication date the extractor fell back on,
  the day the article's lead dates, the paragraph's last date, the date of the happening a definite noun
  refers back to: ``date_basis`` ``publication``, ``story``, ``paragraph``, ``referred``) is not its own: such a row is undated, a back-reference ("the attacks",
  "his call for a ban") to a happening in the month up to its article's publication (the season, when its
  place names it: "in the wake of the Paris attacks"), and joins the latest incident that agrees. An occasion
  whose date the extractor took from an earlier one of its article ("the debate" after "Saturday's debate")
  joins that one's incident, as any back-reference naming nobody does. Two undated rows merge only when their articles came out within a
  week of each other; a row with no date and no publication date is an incident of its own. A win its words do not
  date, placed in a state, that no incident takes and that its paper reports in the two days after the one vote the
  corpus dates there ("Clinton wins Missouri", the morning after), is of that vote's day. A later
  event by the same actor at the same place is a new incident;
* **what names the happening**: two rows that both give the day need nothing more than the above;
  otherwise the actor and the type alone do not make one happening (a politician "claimed" or
  "called for" something in two reports of a week: two things said), so the two must also name the
  same target or the same place (not merely the country around it), or be one quote group;
* **statements** (events made by a quote) merge only when their quotes are the same words by the
  same speaker (one ``quote_group``): two things one person said the same day stay apart.
* **a happening named by its doer alone** ("his attack", "Ms. Velde's remarks", "Okafor's endorsement": an owner
  and the noun, nothing after it of what, where or to whom, no time or place of its own before it in its clause,
  not to come, not inside a quote), undated and unplaced, is the one happening of its kind by that doer its own
  article dates by its own words; two (a dated one whose doer is unread counts), or none dated, or a title or
  surname that may be another person of the article ("Mr. Velde" and Mara Velde; two Veldes named): its own.

An incident is anchored on its first row (rows taken in a fixed order: dated to the day first,
then coarser dates, then undated, each in article and text order); a row joins the latest incident
whose anchor agrees with it and whose dates still overlap its own, so agreement never chains
(A with B and B with C does not pull A and C together unless A and C agree).

Quotes repeated across articles (same speaker, same words up to punctuation and case) share one
``quote_group``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from datetime import timedelta
from functools import cache
from typing import NamedTuple

import pandas as pd

from . import reference
from .article import stable_id
from .extract.dates import FULL_MONTHS, WEEKDAYS, period_end
from .extract.happenings import CONDITIONS, DOUBTING_MODALS, OTHER_ONE, party_words, picked_out, told_as_held
from .schema import NAME_SEPARATOR, frame, names_in

# An undated report ("the attacks", "his call for a ban") refers back to a happening before its article:
# it may join a dated incident of the month up to the publication (the latest that agrees), but two undated
# reports say nothing of when either happened, so they join only when their articles came out within a week.
UNDATED_WINDOW = timedelta(days=30)
UNDATED_PAIR_WINDOW = timedelta(days=6)
# A happening its place names ("the Paris attacks", "the San Bernardino shooting") is named back that way for
# months: an undated report so named reads back over the season up to its article (the latest that agrees).
NAMED_WINDOW = timedelta(days=91)
# Date bases that say nothing of when the event itself happened: the extractor's fallback to the publication
# date, the day the article's lead dates ("story"), the date of the paragraph's last dated event ("paragraph")
# and the date of the happening a definite noun refers back to in its article ("referred": "the debate" after
# "October's debate", in a report on another one). A back-reference ("the Paris attacks", in a report on the
# reactions a week later) gets these, so they are read as undated rather than as the happening's day.
UNSTATED_BASES = ("publication", "story", "paragraph", "referred")
# Place bases that are guesses for an event the text does not place: the nearest place of the sentence
# or paragraph, the dateline the reporter files from, the actor's country. Such a place is not the event's
# own (the place of "Trump's call for a ban" is not the California of the shooting named next to it), so
# the merge reads the report as unplaced. The event's own clause, a photo caption or an outside fact
# place it.
GUESSED_PLACE_BASES = ("sentence", "paragraph", "dateline", "actor_country")
# A place that names the happening: its own words' ("the Iowa caucuses"), or that of the contest a win's words refer
# back to ("won the caucuses" after them, location_basis "referred").
NAMING_PLACE_BASES = ("name", "referred")
_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}
# Occasions one actor or one place holds once in a while, on a set day: a party's debate, a state's primary or
# caucus. The type with the actor (or, for a vote, the place) names the happening: the party has no second
# debate that week, the state no second primary. An undated report of a debate refers back, like any other;
# a state's vote comes once a season and is named ahead ("before the Iowa caucuses") as often as after, so
# an undated report of one is read over the half-year either side of its publication.
OCCASIONS = frozenset({"debate", "vote"})
VOTE_WINDOW = timedelta(days=180)
# A win reported within two days of its state's vote, undated ("Clinton wins Missouri", a paper of the morning after;
# a weekend paper two days on), is that vote's: a state's next vote of either party is weeks away.
VOTE_REPORTED_WITHIN = timedelta(days=2)
# A debate is named by its party or by its place ("the Republican debate", "the debate in Las Vegas"): a report
# naming one and a report naming the other agree (a state's vote is named by its place alone: "the Republican
# primary" may be any state's).
NAMED_BY_HOST_OR_PLACE = frozenset({"debate"})
# A party's debate is its own occasion: the other party's debate is another. A state's vote is one occasion whichever
# party's contest a report names ("the Iowa Democratic caucus" is a report of the Iowa caucuses), so the party
# parts no votes (nor joins two states' votes: :func:`_one_voting_day`).
PARTY_OCCASIONS = frozenset({"debate"})
# An occasion held once a year ("the State of the Union") is named back all year: an undated report of it is
# the latest one in the year up to its article.
RECURRING_WINDOW = timedelta(days=366)
_NOT_WORD = re.compile(r"[\W_]+")
# An attack by nobody named, in one town, that two reports date a day apart is one attack: one that ran past
# midnight, or that a paper of the next day or the one after dates by its own day ("the attacks Saturday", of a
# Friday night). Reports naming the attacker keep to the day: a later attack by the same actor at the same place
# is a new incident.
ASSAULT_KINDS = frozenset({"ASSAULT", "attack"})
ONE_DAY = timedelta(days=1)


# --- quotes -------------------------------------------------------------------------------------------


def quote_words(text: str) -> str:
    """A quote's words up to punctuation, case and white space ("Hello, World!" → "hello world")."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NOT_WORD.sub(" ", folded).split())


def quote_groups(quotes: pd.DataFrame) -> pd.Series:
    """Each quote's group: the same speaker and the same words share one id; a quote without a
    speaker, or without words, is a group of its own."""
    out = []
    for qid, speaker, text in zip(quotes["quote_id"].tolist(), quotes["speaker"].tolist(), quotes["text"].tolist()):
        words = quote_words(text or "")
        who = NAME_SEPARATOR.join(sorted(n.casefold() for n in names_in(speaker)))
        out.append(stable_id("g", who, words) if who and words else stable_id("g", qid))
    return pd.Series(pd.array(out, dtype=quotes["quote_id"].dtype), index=quotes.index)


# --- events -------------------------------------------------------------------------------------------


class Report(NamedTuple):
    """What one event row states, as the merge reads it."""

    event_id: str
    article_id: str
    kind: str  # plover category, else event type
    actors: frozenset[str]
    targets: frozenset[str]
    place: str  # location id ("" when none)
    place_country: str  # the country of that place (its own name for a country)
    is_country: bool
    first: pd.Timestamp | None  # the period the row stands for
    last: pd.Timestamp | None
    stated: bool  # the date is the event's own (not inherited from the publication, the lead or the paragraph)
    precision: str
    said: str  # the quote group of a statement ("" for other events)
    order: tuple
    published: pd.Timestamp | None = None
    occasion: bool = False
    named_by_place: bool = False  # the place names the happening ("the Paris attacks")
    another: bool = False  # its words name another one than the story's ("the next debate", "our first debate")
    ahead: bool = False  # its words name one still to come ("the next debate", "the upcoming primary")
    picked: bool = False  # its words pick one out of a series ("the top-rated debate"): not the latest by default
    recurring: str = ""  # the name of an occasion held once a year that its words give ("the State of the Union")
    place_region: str = ""  # the first-level area (state, province) of that place; its own name for one
    contest: str = ""  # for a vote, the word its head gives for the contest: "caucus", "primary" or ""
    start: int = -1  # where its words start in its article
    definite: bool = False  # its words are a definite noun phrase ("the speech", "this attack")
    by_pronoun: bool = False  # its actor is who a possessive pronoun was read to stand for ("his address")
    referred: bool = False  # the extractor read its words as referring back to an earlier happening of its article
    # the period (a day or a week) its paragraph's date stands for, when the extractor dated it by its paragraph alone
    # ("the debate", in a paragraph telling of last week): not its own date, but the time its paragraph tells of
    told_then: tuple[pd.Timestamp, pd.Timestamp] | tuple[()] = ()
    described: frozenset[str] = frozenset()  # its actors described, not named ("texas senator"), case-folded
    target_words: str = ""  # its target cell as written, case-folded: a description too ("police station", "mall")
    party: str = ""  # the party holding a debate or a vote, when its words say ("the Democratic primary in Nevada")
    plain_win: bool = False  # a win its words name by its winner and adjectives alone ("Mr. Trump's commanding victory")
    owned: bool = False  # a happening its words name by its doer alone ("his attack", "Ms. Velde's remarks")
    owner: str = ""  # an owned happening's words before its noun ("Ms. Velde's", "his")
    listed: frozenset[str] = frozenset()  # the surnames of the list its target is named in ("backed Ruiz, Pardo and Okafor")


class _Incident:
    __slots__ = ("anchor", "first", "last", "members", "place", "country", "is_country", "region", "number", "weeks",
                 "contests", "hosts", "party")

    def __init__(self, report: Report, *, number: int = -1, weeks: range = range(0)):
        self.anchor, self.number, self.weeks = report, number, weeks
        self.first, self.last = report.first, report.last
        self.members = [report]
        self.place, self.country, self.is_country = report.place, report.place_country, report.is_country
        self.region = report.place_region
        self.contests = {report.contest} - {""}  # what its reports call the vote: "caucus", "primary"
        # who holds a debate its anchor names only by its place: the party a report of the same day names
        self.hosts: frozenset[str] = frozenset()
        self.party = report.party  # the party holding it, as the first report to say names it

    def accepts(self, r: Report, slack: timedelta) -> bool:
        a = self.anchor
        if not (r.first <= self.last + slack and self.first <= r.last + slack) and not (
                _a_day_off(r) and _a_day_off(a) and r.place == self.place
                and r.first <= self.last + ONE_DAY and self.first <= r.last + ONE_DAY):
            return False  # the periods the two stand for do not overlap (checked first: it rules out most)
        if r.kind != a.kind or r.said != a.said or r.recurring != a.recurring:
            return False
        outranks = self.outranks_hosts(r)
        if r.kind in PARTY_OCCASIONS and r.party and self.party and r.party != self.party and not outranks:
            return False  # "the Republican debate" is not the Democrats' (a state's two parties' caucuses are its vote)
        actors = a.actors or (frozenset() if outranks else self.hosts)
        one_day = _one_voting_day(self, r)
        if r.actors and actors and not (r.recurring and (r.by_pronoun or a.by_pronoun)):
            if not _someone_in_common(r.actors, actors):
                return False
        elif r.described and a.described and not r.described & a.described:
            return False  # "the Texas senator" and "the Florida senator": two people, though neither is named
        elif r.recurring:
            pass  # its name names it: the State of the Union of the year, whoever the report says gave it
        elif r.kind in NAMED_BY_HOST_OR_PLACE and ((r.actors and self.place) or (actors and r.place)) \
                and _dated_to_the_day(r) and _dated_to_the_day(a):
            pass  # "Tuesday's debate in Las Vegas" and "the Republican debate on Tuesday": one names the party, the
            # other the place, both the day (two places that differ part them below)
        elif not (r.place and (r.place == self.place or _nested(self, r) or one_day or _state_s_vote(self, r))
                  and (r.stated or a.stated or (r.occasion and r.named_by_place and a.named_by_place))):
            return False  # without an actor, only the same named place, and a date one of them states (or, for an
            # occasion the place names, "the debate in Charleston", articles of the same week: checked below)
        elif not (r.stated and a.stated) and not (r.occasion or r.named_by_place) \
                and not self.first <= r.last <= self.last + UNDATED_PAIR_WINDOW:
            return False  # ... and then, when one is undated, its article came out within the week after
        if not (r.stated or a.stated) and not r.occasion and not (r.named_by_place and a.named_by_place) \
                and abs(r.last - a.last) > UNDATED_PAIR_WINDOW:
            return False
        if r.targets and a.targets and not _someone_in_common(r.targets, a.targets) and not _listed_together(r, a):
            return False
        if r.place and self.place and r.place != self.place and not _holds(self, r) and not one_day:
            return False
        if not (_dated_to_the_day(r) and _dated_to_the_day(a)) and not r.occasion:
            # without a day both name, the actor and the type alone do not make one happening ("Trump
            # claimed", "Trump claims" in two reports of one week are often two things he said, and a
            # shared word says no more): the two must also name the same target, or the same place
            # (a country holding the other's city is not enough: "Russian strikes in Ukraine in March"
            # are many), or be the same words (one quote group)
            if not ((r.targets and a.targets) or (r.place and (r.place == self.place or _nested(self, r))) or r.said):
                return False
        return True

    def outranks_hosts(self, r: Report) -> bool:
        """Whether a report naming the party, the place and the day of a debate its anchor names by place and day
        ("Thursday's Democratic debate in Milwaukee") corrects the party a placeless report of that day gave it
        ("Thursday's Republican debate", held elsewhere or misdated): its words name this debate, the other's guess."""
        a = self.anchor
        return bool(self.hosts) and not a.actors and bool(r.actors) and bool(r.place) and r.place == self.place \
            and _dated_to_the_day(r) and _dated_to_the_day(a) and r.first == a.first \
            and not _someone_in_common(r.actors, self.hosts)

    def give_up_hosts(self, r: Report) -> list[Report]:
        """When ``r`` outranks the party the incident took (:meth:`outranks_hosts`), the reports of another party it
        took with it, now left out, and ``r``'s party in its place; else none."""
        if not self.outranks_hosts(r):
            return []
        moved = [m for m in self.members if m.actors and not _someone_in_common(m.actors, r.actors)]
        self.members = [m for m in self.members if m not in moved]
        self.hosts, self.party = r.actors, r.party
        return moved

    def add(self, r: Report) -> None:
        self.members.append(r)
        if r.contest:
            self.contests.add(r.contest)
        self.party = self.party or r.party
        if r.kind in NAMED_BY_HOST_OR_PLACE and r.actors and not (self.anchor.actors or self.hosts) and _dated_to_the_day(r):
            self.hosts = r.actors  # "Thursday's Republican debate", of the day of "the debate in South Carolina"
        if max(self.first, r.first) <= min(self.last, r.last):  # (an attack a report dates a day off keeps its day)
            self.first, self.last = max(self.first, r.first), min(self.last, r.last)
        if r.place and (not self.place or (self.is_country and not r.is_country) or _narrows(self, r)):
            self.place, self.country, self.is_country = r.place, r.place_country, r.is_country
            self.region = r.place_region


# Contests a country holds in several of its states on one day ("Super Tuesday", "the March 15 primaries"): a
# candidate's wins that day are one night's wins ("Cruz's victories" in Texas and Oklahoma); a state's vote and one
# placed in a town of that state, one vote. Two states' votes are not joined by the day, even when both name one
# party: an incident takes a state's reports of either party ("the Iowa Democratic caucus" is the Iowa caucuses), so
# it has no single party to chain other states by ("Tuesday's Democratic primary" in Texas would draw in Virginia's).
STATEWIDE_CONTESTS = frozenset({"vote", "win"})


def _one_voting_day(incident: _Incident, r: Report) -> bool:
    """Whether a report and an incident are of one voting day in a country: a win of one named winner both date to
    the same day in two of its first-level areas (states, not towns), or a vote (or a win) placed in a state and a
    town of that state."""
    a = incident.anchor
    if not (r.kind in STATEWIDE_CONTESTS and _dated_to_the_day(r) and _dated_to_the_day(a) and r.first == a.first
            and r.place and incident.place and not (r.is_country or incident.is_country)
            and r.place_country and r.place_country == incident.country):
        return False
    statewide, held = r.place == r.place_region, incident.place == incident.region
    # one winner's wins in two states (the winner in common is required by :meth:`_Incident.accepts`); or a state's
    # vote and one placed in a town of that state ("the New York primary", "the Democratic primary" in New York City)
    two_states_wins = statewide and held and r.kind == "win" and bool(r.actors) and bool(a.actors)
    return two_states_wins or (bool(r.place_region) and r.place_region == incident.region and (statewide or held))


def _state_s_vote(incident: _Incident, r: Report) -> bool:
    """Whether a report of a state's vote ("the New York primary") is of a vote its incident places in a town of that
    state ("the Democratic primary" in New York City), or the other way round: a state votes as one."""
    return r.kind == "vote" and bool(r.place_region) and r.place_region == incident.region \
        and r.place_region in (r.place, incident.place) and not (r.is_country or incident.is_country)


def _a_day_off(r: Report) -> bool:
    """Whether a report may be of an attack another report dates a day apart: an attack by nobody named that
    gives its own day and a town (not a country) where it happened."""
    return (r.kind in ASSAULT_KINDS and not r.actors and _dated_to_the_day(r) and bool(r.place)
            and not r.is_country)


def _holds(incident: _Incident, r: Report) -> bool:
    """Whether one of two places holds the other: a country its city, a state (a first-level area) its town
    ("the debate in Milwaukee", "the Wisconsin debate")."""
    if not r.place_country or r.place_country != incident.country:
        return False
    if incident.is_country or r.is_country:
        return True
    return bool(r.place_region) and r.place_region == incident.region and (
        r.place_region in (r.place, incident.place))


def _nested(incident: _Incident, r: Report) -> bool:
    """Whether an attack's two reports are placed in a town and in the state holding it ("the San Bernardino
    shooting", "the California shooting"): one attack there at a time, unless the two name different targets ("a
    police station in California" is not the mall in Fresno). (Not a country, which holds too many; nor an occasion:
    two towns of a state may hold two debates in one week.)"""
    return r.kind in ASSAULT_KINDS and bool(incident.place) and not (incident.is_country or r.is_country) \
        and _holds(incident, r) and not any(r.target_words and m.target_words and m.target_words != r.target_words
                                            for m in incident.members)


def _narrows(incident: _Incident, r: Report) -> bool:
    """Whether a report places an incident placed in a state in one of its towns."""
    return incident.place == incident.region and r.place != r.place_region and r.place_region == incident.region


def _regions(locations: pd.DataFrame) -> dict[str, str]:
    """Each location's first-level area, as an id: a state's own id; a town's, the id of the state the
    gazetteer puts it in (the entry with the same source and id) when the corpus names that state too."""
    from .reference import gazetteer, normalise

    state_ids: dict[tuple[str, str], str] = {}
    for lid, name, kind, country in zip(locations["location_id"], locations["name"], locations["kind"], locations["country"]):
        if kind == "province":
            state_ids.setdefault((country, name), lid)
    out = {lid: lid for lid in state_ids.values()}
    if not state_ids:
        return out
    gaz = None
    for lid, name, kind, country, source in zip(locations["location_id"], locations["name"], locations["kind"],
                                                locations["country"], locations["coord_source"]):
        if lid in out or kind in ("country", "province") or not source:
            continue
        gaz = gaz or gazetteer()
        entry = next((p for p in gaz.candidates(normalise(name)) if p.coord_source == source), None)
        if entry is not None and entry.admin1_name and (country, entry.admin1_name) in state_ids:
            out[lid] = state_ids[(country, entry.admin1_name)]
    return out


def _reports(events: pd.DataFrame, quotes: pd.DataFrame, locations: pd.DataFrame, articles: pd.DataFrame,
             sentences: pd.DataFrame | None = None) -> list[Report]:
    published = dict(zip(articles["article_id"], articles["published"]))
    countries = dict(zip(locations["location_id"], locations["country"]))
    regions = _regions(locations) if "coord_source" in locations else {}
    kinds = dict(zip(locations["location_id"], locations["kind"]))
    names = dict(zip(locations["location_id"], locations["name"]))
    group_by_id = dict(zip(quotes["quote_id"], quotes["quote_group"])) if "quote_group" in quotes else {}
    group_by_start = {(a, int(s)): g for a, s, g in zip(quotes["article_id"], quotes["start"], quotes.get("quote_group", quotes["quote_id"]))}
    plover = events["plover"].tolist() if "plover" in events else [""] * len(events)
    quote_ids = events["quote_id"].tolist() if "quote_id" in events else [""] * len(events)
    place_bases = events["location_basis"].tolist() if "location_basis" in events else [""] * len(events)
    article_rank = {aid: i for i, aid in enumerate(dict.fromkeys(articles["article_id"]))}
    actions = events["action"].tolist() if "action" in events else [""] * len(events)
    recurring = [_recurring(action) for action in actions]
    parties = events["party"].tolist() if "party" in events else [""] * len(events)
    held = _told_as_held(events, sentences, actions)
    taken_part = _told_as_taken_part_in(events, sentences, actions)
    plain_wins = _plain_wins(events, sentences, actions)
    owned = _owned_happenings(events, sentences, actions)
    listed = _listed_targets(events, sentences)
    out = []
    for i, (eid, aid, etype, actor, target, lid, when, precision, basis, start, source, plov, qid, place_basis) in enumerate(zip(
            events["event_id"].tolist(), events["article_id"].tolist(), events["event_type"].tolist(),
            events["actor"].tolist(), events["target"].tolist(), events["location_id"].tolist(),
            events["date"].tolist(), events["date_precision"].tolist(), events["date_basis"].tolist(),
            events["start"].tolist(), events["source"].tolist(), plover, quote_ids, place_bases)):
        # (another one than the story's, one to come, picked out): "the final debate" is the latest one held only
        # when its article dates it or tells it as held
        apart = _names_another(actions[i], final_held=held[i] or (pd.notna(when) and basis not in UNSTATED_BASES))
        told_then = ()
        if pd.notna(when) and basis not in UNSTATED_BASES:
            first = pd.Timestamp(when)
            last = period_end(first, precision) or first
            stated = True
        else:
            if basis == "paragraph" and pd.notna(when) and precision in ("day", "week") and taken_part[i]:
                told = pd.Timestamp(when)
                told_then = (told, period_end(told, precision) or told)
            pub = published.get(aid)
            if pub is None or pd.isna(pub):
                first = last = None
            else:
                last = pd.Timestamp(pub)
                first = last - UNDATED_WINDOW
                if (plov or etype) == "vote":  # named ahead as often as after; a state votes once a season
                    first, last = last - VOTE_WINDOW, last + VOTE_WINDOW
                elif (plov or etype) in OCCASIONS and apart[1]:
                    first, last = last, last + UNDATED_WINDOW  # "the next debate": the month after its article
                elif recurring[i]:  # "his last State of the Union", read in July: the one of the year up to then
                    first = last - RECURRING_WINDOW
                elif place_basis in NAMING_PLACE_BASES and pd.notna(lid) and lid and (plov or etype) not in OCCASIONS \
                        and kinds.get(lid, "") not in ("province", "country"):
                    first = last - NAMED_WINDOW  # "in the wake of the Paris attacks", a month on (a state or a
                    # country sees too many attacks for "the California shooting" to name one a season back)
            stated, precision = False, ""
        said = ""
        if qid:
            said = group_by_id.get(qid, qid)
        elif source == "article" and pd.notna(start):
            said = group_by_start.get((aid, int(start)), "")
        if place_basis in GUESSED_PLACE_BASES:
            lid = ""  # a guessed place: the report does not say where
        is_country = kinds.get(lid, "") == "country"
        country = countries.get(lid, "") or (names.get(lid, "") if is_country else "")
        order = (_PRECISION_ORDER.get(precision, 4) if stated else 5, article_rank.get(aid, 0), i)
        pub = published.get(aid)
        out.append(Report(eid, aid, plov or etype, _names(actor), _names(target), lid or "", country, is_country,
                          first, last, stated, precision, said, order,
                          None if pub is None or pd.isna(pub) else pd.Timestamp(pub),
                          (plov or etype) in OCCASIONS or bool(recurring[i]), bool(lid) and place_basis in NAMING_PLACE_BASES,
                          *apart, recurring=recurring[i], place_region=regions.get(lid, ""),
                          contest=_contest(actions[i]) if (plov or etype) == "vote" else "",
                          start=int(start) if pd.notna(start) else -1, definite=_definite(actions[i]),
                          by_pronoun=_text(actions[i]).split(" ", 1)[0].lower() in _POSSESSIVE_PRONOUNS,
                          referred=basis == "referred", told_then=told_then, described=_described(actor),
                          target_words=_text(target).lower(),
                          party=_text(parties[i]),
                          plain_win=(plov or etype) == "win" and plain_wins[i],
                          owned=owned[i] and (plov or etype) not in OCCASIONS and not recurring[i],
                          owner=_text(actions[i]).rsplit(" ", 1)[0] if owned[i] else "",
                          # a list its article does not date ("has met A, B and C", "has often attacked A, B and
                          # C") gathers acts of many days: only a dated one is one act done to all
                          listed=listed[i] if stated else frozenset()))
    return out


# Words that may stand between a winner and "win" or "victory" and say only how it went ("Mr. Trump's commanding
# victory", "her big wins"): not what was won ("a court victory", "a moral victory", "his primary win").
# A word ending in "-ly" says how only before one of these ("unexpectedly strong"): "early", "Assembly" say when or what.
_HOW_IT_WENT = frozenset("big huge major narrow narrower strong stronger clear decisive commanding resounding easy "
                         "comfortable convincing overwhelming sweeping stunning surprise surprising latest recent "
                         "impressive solid wide-ranging and".split())
_WIN_HEADS = frozenset("win victory".split())  # "Mr. Trump's wins" are several: no one win of his
# Words that put a win in doubt ("if his win holds", "his win would reshape the party"): a win still to come, or that
# may not, is not the one its article reports (:func:`_in_doubt`).
# (the conditions and the modals of doubt are happenings': CONDITIONS, DOUBTING_MODALS; "would have been bigger",
# "should be respected", "must be a warning", "can hardly be called a surprise" speak of a win that did happen)
# a negated copula puts a win in doubt only before a word of certainty ("his win is not assured", "isn't yet
# certain", "is never a given"); "was not close", "is not only big" tell of one that happened
_NOT_CERTAIN = re.compile(r"(?:(?:is|was|are|were|seems|seemed)\s+(?:not|never)|isn't|wasn't|aren't|weren't)"
                          r"(?:\s+(?:yet|entirely|quite|fully|necessarily|at\s+all))*"
                          r"\s+(?:assured|certain|guaranteed|secure|sure|a\s+given|over)\b")


# Words right after a win's noun that say what or whom it was won over, or where, when that is no place the extractor
# read ("a big win in court", "his win over the union", "a win in a landslide"): not a win its winner alone names.
_WON_WHAT = frozenset("in at over against for with on".split())
# "with" and the share of the vote says how it went, no other contest ("his win with 60 percent", "with 45% of the
# vote", "with a majority"); "his win with the zoning board" stays apart
_WITH_A_SHARE = re.compile(r"with\s+(?:(?:nearly|almost|about|over|more\s+than|just|some|roughly)\s+)?"
                           r"(?:\d|a\s+(?:majority|plurality)\b)")


def _plain_wins(events: pd.DataFrame, sentences: pd.DataFrame | None, actions: list) -> list[bool]:
    """For each event, whether it is a win its words name by its winner alone (:func:`_plain_win`) and its sentence
    goes on with no phrase of what it was won in or over; without the sentences, none is."""
    kinds = events["event_type"].tolist()
    return _told_plainly(events, sentences, [kind == "win" and _plain_win(action) for kind, action in zip(kinds, actions)],
                         _WON_WHAT, to_come=None)


# Words right after a happening's noun that say what it was about, where, when or to whom, when the extractor read
# no target or place there ("his speech to Congress", "her remarks at the fundraiser", "his attack on the press"):
# another one than the one its article dates.
_OF_WHAT = _WON_WHAT | frozenset("to before after about during from into of near since".split())
# Words that tell a happening as one still to come ("his speech is expected to", "her remarks are scheduled for").
_TO_COME = re.compile(r"(?:is|are)\s+(?:expected|scheduled|set|due|planned|slated)\b")
# Words before a happening's owner in its sentence that give a time or a place of their own ("Back in 2004, his
# speech", "Years ago, his speech", "At Friday's rally, his speech", "On Tuesday his speech"): another one than the
# one its article dates, or one the words tie to something else. A preposition right before the owner governs the
# happening itself ("during his speech", "after his attack") and is not read.
_WHEN_OR_WHERE = re.compile(r"\b(?:in|at|on|during|after|before|since|back|ago|earlier|years?|months?|weeks?|"
                            r"(?:1[89]|20)\d\d|" + "|".join(WEEKDAYS + list(FULL_MONTHS)) + r")\b", re.IGNORECASE)
# Happenings that have another rule for one named by its doer alone: a win (:func:`_plain_win`), a thing said (its
# quote group).
_OWNED_ELSEWHERE = frozenset({"win", "statement"})


def _owned_happenings(events: pd.DataFrame, sentences: pd.DataFrame | None, actions: list) -> list[bool]:
    """For each event, whether its words are its doer and its head noun alone ("his attack", "Ms. Velde's remarks",
    "Okafor's endorsement") and its sentence goes on with no phrase of what, where or to whom, nor tells it as one to
    come or in doubt; without the sentences, none is."""
    kinds = events["event_type"].tolist()
    return _told_plainly(events, sentences, [kind not in _OWNED_ELSEWHERE and _owner_and_noun(action)
                                             for kind, action in zip(kinds, actions)], _OF_WHAT, to_come=_TO_COME,
                         outside_quotes=True, placed_before=_WHEN_OR_WHERE)


# Where a list of a verb's objects ends: a colon, semicolon or dash, a quote, or a new clause (a full stop inside a
# sentence row is an abbreviation's: "Sen. Ana Pardo"; the row ends at the sentence's own).
_LIST_ENDS = re.compile(r"[;:!?—“”\"]| - |, (?:who|which|that|saying|calling|adding)\b")
_ASIDE = re.compile(r"\([^()]*\)")
# The joins between a list's parts, captured so that split() keeps them: a comma before a part that is no name tells
# _names_listed the list may have turned into a clause ("Ruiz, and Ana Pardo, a senator")
_LIST_JOINS = re.compile(r"(\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")


def _listed_targets(events: pd.DataFrame, sentences: pd.DataFrame | None) -> list[frozenset[str]]:
    """For each event with a named target, the surnames of the list of names its target is one of, in its sentence after
    its words ("praised the work of Gov. Tom Ruiz (D-Ore.), Sen. Ana Pardo and Lee Okafor": ruiz, pardo, okafor);
    empty when the target stands alone, or without the sentences. One act done to several: a report naming another of
    the list ("she praised Okafor too") is of that act."""
    out: list[frozenset[str]] = [frozenset()] * len(events)
    if sentences is None or not len(sentences) or "sentence_id" not in events:
        return out
    targets = [_names(t) for t in events["target"].tolist()]
    ids, ends = events["sentence_id"].tolist(), events["end"].tolist()
    wanted = {ids[i] for i, t in enumerate(targets) if t}
    if not wanted:
        return out
    told = _sentences_by_id(sentences, wanted)
    for i, named in enumerate(targets):
        if named and ids[i] in told and pd.notna(ends[i]):
            start, text = told[ids[i]]
            rest = _ASIDE.sub(" ", text[max(0, int(ends[i]) - start):].replace("’", "'"))
            names = _names_listed(_LIST_ENDS.split(rest, 1)[0])
            if len(names) > 1 and {_surname(n) for n in named} & names:
                out[i] = frozenset(names)
    return out


def _names_listed(words: str) -> set[str]:
    """The surnames of the names a list of a verb's objects gives, case-folded: the first part's closing name ("the
    work of Gov. Tom Ruiz"), then each part that is a name in full ("Sen. Ana Pardo"), up to the first that is
    not ("and his wife" ends it). A name a comma parts from the words that end the list is left out: the list may
    have turned into a clause whose subject it is ("criticized Ruiz, and Ana Pardo, a senator from Ohio, agreed")."""
    out: list[str] = []
    pieces = _LIST_JOINS.split(words.strip().rstrip(". "))
    joins = [""] + pieces[1::2]  # the join before each part
    parts = [(join, part) for join, part in zip(joins, pieces[0::2]) if part]
    for k, (join, part) in enumerate(parts):
        split = part.split()
        capitalised = [w for w in split if w[:1].isupper()]
        if k == 0:
            run = []
            for w in reversed(split):
                if not w[:1].isupper():
                    break
                run.append(w)
            if not run:
                return set()
            out.append(run[0].strip(",.'").casefold())
        elif split and len(capitalised) == len(split):
            out.append(split[-1].strip(",.'").casefold())
        else:
            if "," in join and not split[0][:1].isupper():  # the name just before: a comma, then no name
                out.pop()
            break
    return set(out)


def _listed_together(r: Report, a: Report) -> bool:
    """Whether one report's targets are all in the list the other's target is named in: one act done to several
    ("Velde backed Ruiz, Pardo and Okafor"; "she backed Okafor")."""
    return bool(a.listed) and {_surname(t) for t in r.targets} <= a.listed \
        or bool(r.listed) and {_surname(t) for t in a.targets} <= r.listed


def _inside_a_quote(before: str) -> bool:
    """Whether a sentence's words before a happening leave a quote open ("“No one asked for his", '"his')."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _owner_and_noun(action) -> bool:
    """Whether a happening's words are an owner and a noun alone: a possessive pronoun or a name in the possessive,
    then the head ("his attack", "Ms. Velde's remarks", "Okafor's endorsement"); not with any word between
    ("his convention speech", "her first debate", "his own endorsement")."""
    words = _text(action).replace("’", "'").split()
    if len(words) < 2 or not words[-1].isalpha() or not words[-1].islower():
        return False
    owner, before = words[-2], words[:-2]
    if owner.lower() in _POSSESSIVE_PRONOUNS:
        return not before
    return owner.endswith(("'s", "s'")) and owner[:1].isupper() and all(w[:1].isupper() for w in before)


def _told_plainly(events: pd.DataFrame, sentences: pd.DataFrame | None, wanted: list[bool], of_what: frozenset, *,
                  to_come: re.Pattern | None, outside_quotes: bool = False,
                  placed_before: re.Pattern | None = None) -> list[bool]:
    """For each event ``wanted``, whether its sentence goes on after its words with none of ``of_what`` (what it was
    won in or over; what, where or to whom it was) and does not tell it as in doubt (nor, with ``to_come``, as still
    to come; with ``outside_quotes``, nor stands inside a quote its sentence opens before it: what someone said, "has
    ever asked for his endorsement", is no report; with ``placed_before``, nor has its sentence give a time or place
    of its own before it: "Back in 2004, his speech"); the others, and every one without the sentences, are not."""
    out = list(wanted)
    if not any(out):
        return out
    if sentences is None or not len(sentences) or "sentence_id" not in events:
        return [False] * len(out)
    ids, starts, ends = events["sentence_id"].tolist(), events["start"].tolist(), events["end"].tolist()
    # a happening's words before its noun, which may stand before its start ("Ms. Velde's" speech)
    owners = [" ".join(_text(a).replace("’", "'").split()[:-1]) for a in events["action"]] \
        if placed_before and "action" in events else []
    told = _sentences_by_id(sentences, {ids[i] for i, plain in enumerate(out) if plain})
    for i, plain in enumerate(out):
        if plain:
            if ids[i] not in told or pd.isna(ends[i]) or pd.isna(starts[i]):
                out[i] = False
                continue
            start, text = told[ids[i]]
            text = text.replace("’", "'")
            before, rest = text[: int(starts[i]) - start], text[int(ends[i]) - start :]  # the sentence around it
            after = rest.lower().split()[:1]
            said = after and after[0].strip(",;:.!?\"'()") in of_what and not _WITH_A_SHARE.match(rest.lower().lstrip())
            out[i] = not said and not _in_doubt(_CLAUSE_BREAKS.split(before)[-1], _CLAUSE_BREAKS.split(rest)[0]) \
                and not (to_come and to_come.match(rest.strip().lower())) \
                and not (outside_quotes and _inside_a_quote(before)) \
                and not (placed_before and placed_before.search(_owner_s_clause(before, owners[i] if owners else "")))
    return out


def _owner_s_clause(before: str, owner: str) -> str:
    """A sentence's words before a happening, from where its clause opens, with a phrase put before it ("Back in
    2004, his speech", "At Friday's rally, his speech") or the time or place a "where" or "when" opening it refers
    to ("the 1998 congress, where her speech"), and less a last word that governs the happening ("during his
    speech", "after his attack") and the owner itself: what is left says when or where of its own. An earlier
    clause's words ("offered an embrace on Tuesday, stressing in his remarks", "said on Tuesday that his speech") are
    not read."""
    before = before.rstrip()
    if owner and before.endswith(owner):
        before = before[: -len(owner)].rstrip()
    parts = _OWNER_CLAUSE_BREAKS.split(before)
    clause = parts[-1]
    if len(parts) > 1 and (not clause.strip() and before.endswith(",") or _WHERE_OR_WHEN.match(clause)):
        clause = parts[-2] + " " + clause  # "Back in 2004, his speech"; "the 1998 congress, where her speech"
    words = clause.split()
    return " ".join(words[:-1] if words and words[-1].lower() in _OF_WHAT else words)


_CLAUSE_BREAKS = re.compile(r"[,;:—()]| - | and | but | or ")
_WHERE_OR_WHEN = re.compile(r"\s*(?:where|when)\b", re.IGNORECASE)  # a clause of the time or place just named
_OWNER_CLAUSE_BREAKS = re.compile(_CLAUSE_BREAKS.pattern + r"|\bthat\b")  # "said on Tuesday that his speech"


def _in_doubt(before: str, after: str) -> bool:
    """Whether a win's clause puts it in doubt: a condition before it ("If his win holds"), a modal as its verb ("his
    win would reshape the party", not "would have been") or a negated copula before a word of certainty ("his win is
    not assured", "isn't certain", not "was not close"); the words of what a win did ("his win did not surprise
    anyone", "will give him 89 delegates") leave it told as done."""
    said = re.findall(r"[A-Za-z']+", before)
    verb = [w.lower() for w in re.findall(r"[A-Za-z']+", after)[:2]]
    return any(w.lower() in CONDITIONS for w in said) or bool(verb) and (
        verb[0] in DOUBTING_MODALS and verb[1:] != ["have"] or bool(_NOT_CERTAIN.match(after.strip().lower())))


def _plain_win(action) -> bool:
    """Whether a win's words are its head noun after an owner ("Mr. Trump's win", "his", "Clinton's") and words of
    how it went alone ("commanding", "unexpectedly strong", "wide-ranging"), from a list: any other word may say what
    was won or when ("fundraising win", "boxing win", "early win"), and a capitalised one names it ("Assembly victory")."""
    words = _text(action).replace("’", "'").split()
    if len(words) < 2 or words[-1].lower() not in _WIN_HEADS:
        return False
    owned = next((k for k, w in enumerate(words[:-1]) if w.lower().endswith(("'s", "s'")) or w.lower() in _POSSESSIVE_PRONOUNS), -1)
    if owned < 0:
        return False
    how = words[owned + 1 : -1]
    return all(w in _HOW_IT_WENT or (w.endswith("ly") and w.islower() and k + 1 < len(how) and how[k + 1] != "and"
                                     and how[k + 1] in _HOW_IT_WENT) for k, w in enumerate(how))


@cache
def recurring_occasions() -> tuple[str, ...]:
    """The names of occasions held once a year (``data/recurring_occasions.csv``), longest first."""
    return tuple(sorted((row["name"].lower() for row in reference.table("recurring_occasions")), key=len, reverse=True))


def _text(value) -> str:
    """A text cell as a string: "" for any missing value (NaN, None, or pandas' NA in a frame read back)."""
    return "" if value is None or pd.isna(value) else str(value)


def _recurring(action) -> str:
    """The yearly occasion a happening's words name ("Obama's final State of the Union address"), or ""."""
    words = " ".join(_text(action).lower().replace("’", "'").split())
    return next((name for name in recurring_occasions() if name in words), "")


_AHEAD = frozenset("next upcoming coming future forthcoming".split())


_DEFINITE = frozenset("the this that these those".split())
_POSSESSIVE_PRONOUNS = frozenset("his her their its".split())


def _definite(action) -> bool:
    """Whether a happening's words are a definite noun phrase ("the speech", "this attack", "Sunday's address"):
    a back-reference."""
    words = _text(action).lower().replace("’", "'").split()
    return len(words) > 1 and (words[0] in _DEFINITE or words[0].endswith("'s"))


def _contest(action) -> str:
    """The kind of contest a vote's head word names ("the caucuses": "caucus", "Tuesday's primaries": "primary"),
    or "" for a word that names either ("the contest", "the vote")."""
    words = _text(action).lower().split()
    head = words[-1] if words else ""
    return "caucus" if head.startswith("caucus") else "primary" if head.startswith("primar") else ""


# "The last debate" names the latest one held up to the article (the one the story is about when the corpus
# has only one that week), not another one of the series; so does "the final debate" told as held ("At the final
# debate before the caucuses, Trump only hinted …", read after it) or dated by its article; "the final debate" may
# as well be the last of the season still to come ("Candidates are preparing for the final debate", "Trump will
# skip the final debate"), which stays apart.
_LATEST = frozenset("last latest".split())
_FINAL = "final"


def _names_another(action, *, final_held: bool = False) -> tuple[bool, bool, bool]:
    """Whether a happening's words set it apart from the one the story is about ("the next debate", "their
    first debate", "the previous primary", "the top-rated debate": the words the extractor reads the same way),
    whether they name one still to come, and whether they pick one out of the series by a superlative.
    ``final_held``: "final" names the latest one held (its sentence tells it so, or its article dates it)."""
    words = _text(action).lower().split()[:-1]
    picked = any(picked_out(w) for w in words)
    latest = _LATEST | {_FINAL} if final_held else _LATEST
    return any(w in OTHER_ONE and w not in latest for w in words) or picked, any(w in _AHEAD for w in words), picked


def _sentences_by_id(sentences: pd.DataFrame, wanted: set) -> dict:
    """The start and text of each sentence row in ``wanted``, by its id: the few sentences a rule reads."""
    rows = sentences[sentences["sentence_id"].isin(wanted)]
    return {sid: (int(start), text) for sid, start, text in zip(rows["sentence_id"], rows["start"], rows["text"])}


def _told_as_held(events: pd.DataFrame, sentences: pd.DataFrame | None, actions: list) -> list[bool]:
    """For each event, whether its words name "the final" one and its sentence tells it as held
    (:func:`.extract.happenings.told_as_held`); only such rows' sentences are read."""
    out = [False] * len(actions)
    finals = [i for i, action in enumerate(actions) if _FINAL in _text(action).lower().split()[:-1]]
    if not finals or sentences is None or not len(sentences) or "sentence_id" not in events:
        return out
    ids = events["sentence_id"].tolist()
    told = _sentences_by_id(sentences, {ids[i] for i in finals})
    ends = events["end"].tolist()  # (a happening's row starts at its noun; its words end there too)
    for i in finals:
        if ids[i] in told and pd.notna(ends[i]):
            start, text = told[ids[i]]
            out[i] = told_as_held(text, int(ends[i]) - len(_text(actions[i])) - start)
    return out


# Words just before a happening's words that tell it as attended or stayed away from ("his decision to skip the
# debate", "who attended the debate", "not to participate in the debate"), so held in the time its paragraph tells of; "agreed to the debate" may be of
# arranging a later one.
_TAKING_PART = frozenset(
    "attend attends attended attending skip skips skipped skipping boycott boycotts boycotted boycotting miss misses "
    "missed missing participate participates participated participating during".split())


def _told_as_taken_part_in(events: pd.DataFrame, sentences: pd.DataFrame | None, actions: list) -> list[bool]:
    """For each event its extractor dated by its paragraph alone, whether a word of the three before its words tells it
    as attended or skipped (``_TAKING_PART``); only such rows' sentences are read."""
    out = [False] * len(actions)
    if sentences is None or not len(sentences) or "sentence_id" not in events or "date_basis" not in events:
        return out
    rows = [i for i, basis in enumerate(events["date_basis"].tolist()) if basis == "paragraph"]
    ids, ends = events["sentence_id"].tolist(), events["end"].tolist()
    told = _sentences_by_id(sentences, {ids[i] for i in rows})
    for i in rows:
        if ids[i] in told and pd.notna(ends[i]):
            start, text = told[ids[i]]
            at = int(ends[i]) - len(_text(actions[i])) - start
            # (up to three words back: "to skip last week's debate", "skipping Thursday's GOP debate")
            before = text[max(0, at - 40) : at].lower().split()[-3:]
            out[i] = bool(_TAKING_PART & set(before))
    return out


def _described(cell) -> frozenset[str]:
    """The one-person descriptions in an actor cell ("Texas senator"), case-folded: no name, but two that differ are
    two people."""
    return frozenset(n.casefold() for n in names_in(cell) if _one_person_described(n.split()))


def _names(cell) -> frozenset[str]:
    """The proper names in an actor or target cell, case-folded. A description the extractor kept in place
    of a name ("terrorist", "people", "candidates") names nobody in particular: two reports that both
    say "the president" may speak of two presidents, so it neither joins nor parts reports."""
    return frozenset(n.casefold() for n in names_in(cell) if _is_name(n))


# Words that may stand lowercase inside a name ("Islamic State of Iraq and the Levant", "Charles de Gaulle").
_NAME_JOINERS = frozenset("of the and for de du da das do dos del della di la le les von van der den y al el bin ibn on at in "
                          "'s ’s".split())


def _is_name(words: str) -> bool:
    """Whether a cell entry is a proper name, or one with its head noun ("Odesa port"): its words capitalised but
    for the joiners names have ("Islamic State of Iraq") and the last; not a phrase the extractor kept whole
    ("unconventional candidates", "Islamic State network and what it means"), which names nobody in particular."""
    split = words.split()
    return bool(split) and split[0][:1].isupper() and all(
        w[:1].isupper() or not w[:1].isalpha() or w.lower() in _NAME_JOINERS for w in split[1:-1]) \
        and not _one_person_described(split)


# Role and kin words for one person: after words of place, party or origin ("Pakistani wife", "Texas senator") they
# describe someone another report may name. No word for many ("crowd", "militia", "soldiers"): a side named by its
# people is a party to the happening, as a country is, and stays as written.
_ONE_PERSON_ROLES = frozenset(
    "spokesman spokeswoman spokesperson official aide adviser advisor lawyer attorney man woman father mother son "
    "daughter wife husband brother sister friend neighbour neighbor colleague supporter critic teacher doctor nurse "
    "officer soldier veteran president leader minister senator candidate nominee governor mayor chairman chairwoman "
    "director executive host anchor lawmaker legislator congressman congresswoman representative judge prosecutor "
    "diplomat ambassador envoy commander general chief secretary".split())
# (what a place must be to describe someone: "Texas senator"; a town's name is as often a surname, "Obama wife")
_DESCRIBING_PLACE_KINDS = frozenset({"country", "province"})


def _one_person_described(split: list[str]) -> bool:
    """Whether a cell entry's words describe one person by a role or kin word after words that are each a demonym or
    a party's word, or together a country or state ("Pakistani wife", "Republican nominee", "Texas senator"): the
    capitalised words are adjectives, not a name, and another report may name the person. Any other word before the
    role ("Obama wife", "Trump aide", "Tom Ruiz wife") is whose kin or aide the person is: one person, whom the words
    pin down."""
    role, before = split[-1], split[:-1]
    if not before or role not in _ONE_PERSON_ROLES:
        return False
    gaz, parties = reference.gazetteer(), party_words()
    keys = [reference.normalise(w) for w in before]
    if all(k in gaz.demonyms or k in parties for k in keys):
        return True
    return any(p.kind in _DESCRIBING_PLACE_KINDS for p in gaz.candidates(" ".join(keys)))


def _surname(name: str) -> str:
    return name.rsplit(" ", 1)[-1]


def _someone_in_common(these: frozenset[str], those: frozenset[str]) -> bool:
    """A name in common, a surname alone counting as the full name it ends ("Romney", "Mitt Romney"):
    a later report shortens the name an earlier one gave in full."""
    if these & those:
        return True
    return any(" " not in a and a == _surname(b) or " " not in b and b == _surname(a) for a in these for b in those)


def incidents(events: pd.DataFrame, *, quotes: pd.DataFrame, locations: pd.DataFrame, articles: pd.DataFrame,
              sentences: pd.DataFrame | None = None, slack_days: int = 0) -> tuple[pd.DataFrame, dict[str, str]]:
    """Each row represents one real-world happening reported by one or more articles; also each
    event's incident id. ``slack_days`` widens every date comparison (0: periods must overlap). ``sentences``
    (the corpus's) tell whether "the final debate" is told as held; without them it is read as one still to come.

    Candidates are found through an index by type, quote group, week and what must be shared: the
    actor for a report that gives the day, the actor with a target or a place for one that does not,
    the place for a report or incident without an actor. So a prolific actor's thousand incidents are
    not all compared with each new report: the merge stays near linear in the number of events.
    """
    slack = timedelta(days=slack_days)
    reports = sorted(_reports(events, quotes, locations, articles, sentences), key=lambda r: r.order)
    index: dict[tuple, list[int]] = {}
    found: list[_Incident] = []

    def file(number: int, keys: list[tuple], weeks: range) -> None:
        for key in keys:
            for week in weeks:
                index.setdefault((*key, week), []).append(number)

    def home_of(r: Report) -> tuple[_Incident | None, range]:
        """The incident a report joins (or none) and the weeks its period reaches: of the incidents that agree,
        the latest one the report's period reaches ("the attacks" in a report a month on is the last such attack
        before it, not an earlier one)."""
        reach = slack + ONE_DAY if _a_day_off(r) else slack
        weeks = _weeks(r.first - reach, r.last + reach)
        candidates = sorted({number for key in _lookup_keys(r) for week in weeks for number in index.get((*key, week), ())})
        return _home(r, [found[number] for number in candidates if found[number].accepts(r, slack)]), weeks

    votes: dict[str, list[tuple[pd.Timestamp, str]]] | None = None  # the days of the votes dated to the day, once needed
    unnamed: list[Report] = []
    referring: list[Report] = []
    plain_wins: list[Report] = []
    owned: list[Report] = []
    for r in reports:
        if r.first is None:
            found.append(_Incident(r))  # neither a date nor a publication date: nothing to compare
            continue
        if _refers_back(r):
            referring.append(r)  # "the speech", "the president's address": read once what it refers to is placed
            continue
        if r.occasion and not r.actors and not r.place and not r.recurring:
            unnamed.append(r)  # "Monday's caucuses", "the debate": nothing names it but the day; read once all are in
            continue
        if r.plain_win and r.actors and not (r.stated or r.place or r.targets):
            plain_wins.append(r)  # "Mr. Trump's win": which one, its article tells (read once all are in)
            continue
        if r.owned and r.actors and not (r.stated or r.place or r.targets or r.said):
            owned.append(r)  # "his attack", "Ms. Velde's remarks": which one, its article tells (read once all are in)
            continue
        if r.occasion and r.picked and not r.stated:
            found.append(_Incident(r, number=len(found)))  # "the top-rated GOP debate": which one, it does not say
            continue
        home, weeks = home_of(r)
        if home is None and r.kind == "win" and not r.stated:
            # "Clinton wins Missouri", read the morning after Missouri voted, of no win found yet: that night's win,
            # which another state's win of hers that night joins
            if votes is None:  # (every report dated to the day is in by now: an undated one comes after them)
                votes = _voting_days(found)
            dated = _dated_by_its_vote(r, votes)
            if dated is not r:
                r = dated
                home, weeks = home_of(r)
        if home is None:
            found.append(_Incident(r, number=len(found), weeks=weeks))
            file(len(found) - 1, _filing_keys(r, r.place, r.place_region), weeks)
        else:
            number, place, hosts = home.number, home.place, home.hosts
            moved = home.give_up_hosts(r)
            home.add(r)  # its window only narrows: the weeks it is filed under still cover it
            if moved:  # "Thursday's Republican debate", taken for Milwaukee's until a report named that one's party
                other = _Incident(moved[0], number=len(found), weeks=home.weeks)
                for m in moved[1:]:
                    other.add(m)
                found.append(other)
                file(other.number, _filing_keys(other.anchor, other.place, other.region), other.weeks)
            if home.place != place:  # now placed (or in a city of its country): findable by that place too
                file(number, [key for key in _filing_keys(home.anchor, home.place, home.region) if key[2] in ("place", "actor-place")],
                     home.weeks)
            if home.hosts != hosts:  # a debate named by its place now has its party: findable by the party too
                file(number, [key for key in _filing_keys(home.anchor._replace(actors=home.hosts), home.place, home.region)
                              if key[2] in ("actor", "actor-place")], home.weeks)
    by_first: dict[tuple, list] = {}  # dated occasions by (kind, words) in order of first day: no scan of them all
    for incident in found:
        if incident.anchor.stated:
            by_first.setdefault((incident.anchor.kind, incident.anchor.said), []).append(
                (incident.first, incident.number, incident))
    for dated in by_first.values():
        dated.sort(key=lambda entry: entry[:2])
    by_last: dict[tuple, list] = {}  # undated occasions a name gives ("the Democratic debate"), by their last day
    for incident in found:
        a = incident.anchor
        if not a.stated and a.occasion and incident.number >= 0 and not (a.another or a.ahead or a.picked):
            by_last.setdefault((a.kind, a.said), []).append((incident.last, incident.number, incident))
    for entries in by_last.values():
        entries.sort(key=lambda entry: entry[:2])
    undated: list[Report] = []
    for r in unnamed:
        held = _the_one_that_day(r, by_first)
        if held is None and _dated_to_the_day(r):
            held = _the_one_reported_after(r, by_first, by_last)
            if held is not None:  # now dated by the day it gives: "the debate" read after it is that one
                bisect.insort(by_first.setdefault((r.kind, r.said), []), (r.first, held.number, held),
                              key=lambda entry: entry[:2])
        if held is None and not r.stated and not (r.another or r.ahead or r.picked):
            undated.append(r)  # "the debate", with none dated in the week before: read once the others are placed
        elif held is None:
            found.append(_Incident(r, number=len(found)))
            if r.stated:
                bisect.insort(by_first.setdefault((r.kind, r.said), []), (r.first, len(found) - 1, found[-1]),
                              key=lambda entry: entry[:2])
        else:
            held.add(r)  # its window lies within the report's: the incident's days do not change
    _place_undated_occasions(undated, found)
    _place_owned(owned, found, sentences)
    _place_back_references(referring, reports, found)
    _place_plain_wins(plain_wins, found)
    return _incident_frame(found, events, locations)


def _dated_by_its_vote(r: Report, votes: dict[str, list[tuple[pd.Timestamp, str]]]) -> Report:
    """A win its words do not date, placed in a state (or a town of it), reported in the days after the one vote the
    corpus dates there in them: that vote's win, of its day ("Clinton wins Missouri", in a paper of the morning after
    Missouri's primary; so two states' wins of one winner that night are one night's wins). A win read later ("Trump,
    who won New Hampshire", a fortnight on), where two votes fall in those days, or whose one vote there is held by a
    party the win's words do not name (a state's parties may vote on two days) keeps no day. ``votes``: the days
    of the votes dated to the day, by place and by state (:func:`_voting_days`)."""
    if not r.place or r.is_country or r.published is None:
        return r
    # (a vote of another party is not the winner's: Maine's Republicans caucused a day before its Democrats)
    days = {day for where in {r.place, r.place_region} - {""} for day, party in votes.get(where, ())
            if r.published - VOTE_REPORTED_WITHIN <= day <= r.published and party in ("", r.party)}
    if len(days) != 1:
        return r
    day = days.pop()
    return r._replace(first=day, last=period_end(day, "day") or day, stated=True, precision="day")


def _voting_days(found: list[_Incident]) -> dict[str, list[tuple[pd.Timestamp, str]]]:
    """The days of the votes the corpus dates to the day, with the party holding each ("" when its words name none), by
    their place and by the state holding it."""
    out: dict[str, list[tuple[pd.Timestamp, str]]] = {}
    for incident in found:
        if incident.anchor.kind == "vote" and _dated_to_the_day(incident.anchor) and not incident.is_country:
            for where in {incident.place, incident.region} - {""}:
                out.setdefault(where, []).append((incident.first, incident.party))
    return out


def _place_undated_occasions(undated: list[Report], found: list[_Incident]) -> None:
    """Each undated report of an occasion nothing names ("the debate", "the caucuses") that no dated one of the
    week before its article took: the one incident of its kind its own article reports otherwise (a story on
    "the debate in Las Vegas" calls it "the debate" further on), else an incident of its own. (Across articles,
    "the debate" and an undated "the Democratic debate" of the same week are left apart: the other party's debate
    often falls in the same week.)"""
    if not undated:
        return
    wanted = {(r.article_id, r.kind, r.said) for r in undated}
    in_article: dict[tuple, list[_Incident]] = {}
    for incident in found:
        for m in incident.members:
            key = (m.article_id, m.kind, m.said)
            if key in wanted and incident not in in_article.setdefault(key, []):
                in_article[key].append(incident)
    for r in undated:
        held = [i for i in in_article.get((r.article_id, r.kind, r.said), ()) if _same_contest(r, i)]
        home = held[0] if len(held) == 1 else None
        if home is None:
            found.append(_Incident(r, number=len(found)))
        else:
            home.members.append(r)  # its window is the guess of an undated report: the incident's days stay


def _place_plain_wins(plain: list[Report], found: list[_Incident]) -> None:
    """Each win its words name by its winner alone, undated and unplaced ("Mr. Trump's win reclaimed the race", in a
    story that goes on to "a commanding victory in the New York primary"): the one win of that winner its own article
    reports otherwise in the month up to it (the period an undated report stands for), when there is exactly one; else
    an incident of its own (two wins of his there: which one, the words do not say; none, or only one years before
    ("her 2008 win in New Hampshire"): the article names nothing to tie it to)."""
    if not plain:
        return
    wins_in: dict[str, list[_Incident]] = {}
    for incident in found:
        if incident.anchor.kind != "win":
            continue
        for article in {m.article_id for m in incident.members}:
            wins_in.setdefault(article, []).append(incident)
    for r in plain:
        held = [i for i in wins_in.get(r.article_id, ()) if i.first <= r.last and r.first <= i.last
                and any(m.actors and _someone_in_common(r.actors, m.actors) for m in i.members)]
        if len(held) == 1:
            held[0].members.append(r)  # its window is the guess of an undated report: the incident's days stay
        else:
            found.append(_Incident(r, number=len(found)))


def _place_owned(owned: list[Report], found: list[_Incident], sentences: pd.DataFrame | None = None) -> None:
    """Each undated, unplaced happening its words name by its doer alone ("his attack", "Ms. Velde's remarks",
    "Okafor's endorsement"): the one happening of its kind by that doer its own article dates by its own words in the
    month up to it; else an incident of its own (two there: which one, the words do not say, and a dated one whose
    doer the extractor left blank may be another of his; none dated: an undated one may be of another year, "her 1998
    keynote", and the article ties it to nothing). A title that says another gender than the dated one's
    doer's first name ("Mr. Velde" and Mara Velde), or a surname two people of its article share ("Mr. Velde" with
    Mara and Mark Velde named), leaves it apart too: which Velde, the words do not settle."""
    if not owned:
        return
    in_article: dict[tuple, list[_Incident]] = {}
    for incident in found:
        for m in incident.members:
            key = (m.article_id, m.kind)
            if m.said == "" and incident not in in_article.setdefault(key, []):
                in_article[key].append(incident)
    people = _first_names_by_surname(owned, found, sentences)
    for r in owned:
        def his(m: Report) -> bool:
            return m.article_id == r.article_id and bool(m.actors) and _someone_in_common(r.actors, m.actors)

        def unknown(m: Report) -> bool:  # a dated one of its kind whose doer the extractor left blank
            return m.article_id == r.article_id and not m.actors and m.stated
        held = [i for i in in_article.get((r.article_id, r.kind), ()) if i.first <= r.last and r.first <= i.last
                and any(his(m) or unknown(m) for m in i.members)]
        dated = [i for i in held if any(m.article_id == r.article_id and m.stated for m in i.members)]
        doers = [m for i in dated[:1] for m in i.members if his(m)]
        if len(dated) == 1 and doers and _owner_fits(r, doers, people):
            dated[0].members.append(r)  # its window is the guess of an undated report: the incident's days stay
        else:
            found.append(_Incident(r, number=len(found)))


# A title's gender ("Mr. Velde's speech"): a first name of the other gender is another person.
_TITLE_GENDER = {"mr": "m", "ms": "f", "mrs": "f", "miss": "f"}
_POSSESSIVE_END = re.compile(r"'s?$")


def _owner_fits(r: Report, doers: list[Report], people: dict[tuple, set[str]]) -> bool:
    """Whether an owned happening's owner can be the doer of the dated one its article names: a title agrees with the
    doer's first name ("Ms. Velde" and Mara Velde, not "Mr. Velde"), and a surname alone names one person of its
    article ("Mr. Velde's speech" is not read when Mara and Tomas Velde are both named)."""
    words = r.owner.replace("’", "'").split()
    if not words or r.by_pronoun:
        return True  # "his speech": its doer is the one the pronoun was read as
    title = _TITLE_GENDER.get(words[0].lower().rstrip("."), "") if len(words) > 1 else ""
    firsts = {n.split()[0] for m in doers for n in m.actors if " " in n}
    if title and any(reference.first_name_gender(f) not in ("", title) for f in firsts):
        return False
    if len(words) == 1 or title and len(words) == 2:  # a surname alone: which of its article's people?
        surname = _owner_surname(r.owner)
        named = people.get((r.article_id, surname), set()) | {
            n.split()[0].casefold() for m in doers for n in m.actors if " " in n and _surname(n).casefold() == surname}
        return len(named) < 2
    return True


def _owner_surname(owner: str) -> str:
    """The surname an owned happening's owner ends in, case-folded ("Ms. Velde's" -> "velde")."""
    return _POSSESSIVE_END.sub("", owner.replace("’", "'").split()[-1]).casefold()


def _first_names_by_surname(owned: list[Report], found: list[_Incident],
                            sentences: pd.DataFrame | None) -> dict[tuple, set[str]]:
    """For each article and surname an owned happening's owner gives alone ("Mr. Velde's"), the first names its
    article gives with that surname: in its actors and targets ("Mara Velde") and in its sentences' words
    ("Tomas Velde spoke"), case-folded."""
    wanted = {(r.article_id, _owner_surname(r.owner)) for r in owned if r.owner and not r.by_pronoun}
    out: dict[tuple, set[str]] = {}
    if not wanted:
        return out
    articles = {aid for aid, _ in wanted}
    for incident in found:
        for m in incident.members:
            if m.article_id in articles:
                for n in m.actors | m.targets:
                    if " " in n and (m.article_id, _surname(n).casefold()) in wanted:
                        out.setdefault((m.article_id, _surname(n).casefold()), set()).add(n.split()[0].casefold())
    if sentences is None or not len(sentences) or "article_id" not in sentences:
        return out
    titles = {w for pair in reference.title_abbreviations().items() for w in pair}
    rows = sentences[sentences["article_id"].isin(articles)]
    for aid, text in zip(rows["article_id"], rows["text"]):
        for first, surname in re.findall(r"(?=\b([A-Z][a-z]+)\s+([A-Z][\w'-]+))", str(text).replace("’", "'")):
            key = (aid, _POSSESSIVE_END.sub("", surname).casefold())
            if key in wanted and first.lower() not in titles and reference.is_first_name(first):
                out.setdefault(key, set()).add(first.casefold())
    return out


def _refers_back(r: Report) -> bool:
    """Whether a report is a back-reference its article alone resolves: a definite noun phrase ("the speech",
    "this attack", "Sunday's prime-time address" after "his address", "the attacks in France" after the article's
    attack in Paris) naming no actor, target or place but a country, of a
    happening that is not a statement, nor an occasion read by its day (:func:`_the_one_that_day`) unless the
    extractor read it back to an earlier one of its article ("the debate" after "Saturday's primary debate": when
    two debates fell in the week, its day cannot tell which, its article can) and its words set it apart from none."""
    occasion_by_day = r.occasion and not (r.referred and not (r.another or r.ahead or r.picked))
    return (r.definite and r.start >= 0 and not (r.actors or r.targets or (r.place and not r.is_country) or r.said
                                                  or occasion_by_day or r.recurring))


_PLACED_REACH = 4  # happenings of its kind back from "the attacks in France" to the one placed there


def _place_back_references(referring: list[Report], reports: list[Report], found: list[_Incident]) -> None:
    """Each back-reference joins the incident of the nearest happening of its kind before it in its article
    (that one's report, or one placed the same way); a report that gives its own day joins only when the
    incident's days meet its own. Without one it is an incident of its own."""
    if not referring:
        return
    incident_of = {m.event_id: incident for incident in found for m in incident.members}
    earlier: dict[tuple, list] = {}  # (article, kind) -> [(start, event_id)] of every report, in text order
    for r in reports:
        if r.start >= 0:
            earlier.setdefault((r.article_id, r.kind), []).append((r.start, r.event_id))
    for starts in earlier.values():
        starts.sort()
    for r in sorted(referring, key=lambda r: (r.order[1], r.start)):
        starts = earlier[(r.article_id, r.kind)]
        k = bisect.bisect_left(starts, (r.start, r.event_id))
        if r.place:  # "the attacks in France": the nearest one before it in France (a few back), as in Paris
            home = next((incident_of.get(eid) for _, eid in reversed(starts[max(0, k - _PLACED_REACH):k])
                         if incident_of.get(eid) is not None and incident_of[eid].country == r.place_country), None)
        else:
            home = incident_of.get(starts[k - 1][1]) if k else None
        if home is not None and r.stated and not (r.first <= home.last and home.first <= r.last):
            home = None
        if home is None:
            home = _Incident(r, number=len(found))
            found.append(home)
        elif r.stated:
            home.add(r)
        else:
            home.members.append(r)  # its window is the guess of an undated report: the incident's days stay
        incident_of[r.event_id] = home


def _the_one_reported_after(r: Report, by_first: dict[tuple, list], by_last: dict[tuple, list]) -> _Incident | None:
    """The incident an unnamed report of an occasion that gives the day ("Saturday's debate") stands for when the
    corpus dates none to that day: the only one of its kind that reports name but do not date ("the Democratic
    debate", "their most recent debate"), all of them in the week after that day."""
    dated = by_first.get((r.kind, r.said), [])
    k = bisect.bisect_left(dated, r.first, key=lambda entry: entry[0])
    if k < len(dated) and dated[k][0] <= r.last:
        return None  # one is dated that day, or two are: not an undated one
    undated = by_last.get((r.kind, r.said), [])
    held = []
    for k in range(bisect.bisect_left(undated, r.first, key=lambda entry: entry[0]), len(undated)):
        last, _, incident = undated[k]
        if last > r.last + UNDATED_PAIR_WINDOW:
            break
        if incident.first <= r.first and _same_contest(r, incident):
            held.append(incident)
            if len(held) > 1:
                return None
    return held[0] if held else None


def _the_one_that_day(r: Report, by_first: dict[tuple, list]) -> _Incident | None:
    """The incident an unnamed report of an occasion ("Monday's caucuses", "the debate" in a story of the
    day after) stands for: the only one of its kind dated to the day it gives (or, undated, dated in the period its
    paragraph tells of, else in the week up to its article), when the corpus has exactly one; two contests that day
    (Super Tuesday's states) leave it on its own. An undated report of a vote is named ahead as often as after, so only
    one whose head word names the kind of contest ("the caucuses" read the day after, never "the contest") is placed
    so, on the only vote of that kind in the week up to its article; "the caucuses" is never a primary. One whose words
    set it apart ("the next debate", "our first debate", "the upcoming caucuses") is never placed so."""
    if _dated_to_the_day(r):
        return _the_only_one_dated(r, by_first, r.first, r.last)
    if r.stated:
        return None  # "the caucuses in February": a month or a year holds many, wherever they were held
    if r.published is None or not (r.kind == "debate" and not r.another
                                   or r.kind == "vote" and not (r.another or r.ahead) and r.contest):
        return None
    # "since his decision to skip the final debate", in a paragraph telling of last week: that week's debate, not one
    # the paper reports besides in the days up to it
    told = _the_only_one_dated(r, by_first, *r.told_then) if r.told_then else None
    return told or _the_only_one_dated(r, by_first, r.published - UNDATED_PAIR_WINDOW, r.published)


def _the_only_one_dated(r: Report, by_first: dict[tuple, list], first: pd.Timestamp, last: pd.Timestamp) -> _Incident | None:
    """The only incident of a report's kind (and contest) the corpus dates within ``first``–``last``, or none."""
    dated = by_first.get((r.kind, r.said), [])
    held = []
    for k in range(bisect.bisect_left(dated, first, key=lambda entry: entry[0]), len(dated)):
        day, _, incident = dated[k]
        if day > last:
            break
        if incident.last <= last and _same_contest(r, incident):
            held.append(incident)
            if len(held) > 1:
                return None  # two that day: neither is "the" one
    return held[0] if held else None


def _same_contest(r: Report, incident: _Incident) -> bool:
    """Whether an unnamed report of a vote can be an incident's: "the caucuses" is no primary, whatever the week."""
    return not (r.contest and incident.contests) or r.contest in incident.contests


def _home(r: Report, agreeing: list[_Incident]) -> _Incident | None:
    """Of the incidents that agree with a report, the one it is a report of: the latest one its period reaches,
    and for a report of an occasion that does not give the day, the latest one up to its publication ("the
    debate", read the day after; "the caucuses this year", read in February), else the first one after it
    ("before the Iowa caucuses"); "the next debate" is the first one on or after its publication."""
    if _dated_to_the_day(r) or not r.occasion or r.published is None:
        return max(agreeing, key=lambda incident: incident.last, default=None)
    if r.ahead:  # "the next debate": the first one on or after its publication day
        return min((i for i in agreeing if i.last >= r.published), key=lambda incident: incident.first, default=None)
    before = [i for i in agreeing if i.first <= r.published]
    if before:
        return max(before, key=lambda incident: incident.last)
    return min(agreeing, key=lambda incident: incident.first, default=None)


def _filing_keys(anchor: Report, place: str, region: str = "") -> list[tuple]:
    """The index keys an incident is filed under: by its anchor's actors, actor and target, actor and
    place, and by its place."""
    head = (anchor.kind, anchor.said)
    actors = sorted({_surname(n) for n in anchor.actors})
    keys = [(*head, "actor", n) for n in actors] + ([(*head, "named", anchor.recurring)] if anchor.recurring else [])
    keys += [(*head, "actor-target", n, t) for n in actors for t in sorted({_surname(t) for t in anchor.targets} | anchor.listed)]
    for where in _place_and_its_state(anchor.kind, place, region):  # (found by a report placed in its state too)
        keys += [(*head, "actor-place", n, where) for n in actors] + [(*head, "place", where)]
    if anchor.kind in NAMED_BY_HOST_OR_PLACE:
        keys.append((*head, "occasion"))  # found by a report naming the other of party and place
    if anchor.kind in STATEWIDE_CONTESTS and _dated_to_the_day(anchor) and region and anchor.place_country:
        keys.append((*head, "voting-day", anchor.place_country))  # found by a report of another state's that day
    return keys


def _lookup_keys(r: Report) -> list[tuple]:
    """The keys under which the incidents that could take report ``r`` are filed. A report without an
    actor needs the same place; one that does not give the day (and is not a quote) needs a target or a
    place in common with the actor, so it looks only there and a prolific actor's other incidents of
    the month are never compared with it."""
    head = (r.kind, r.said)
    if r.recurring:
        return [(*head, "named", r.recurring)]
    places = _place_and_its_state(r.kind, r.place, r.place_region)
    at_place = [(*head, "place", p) for p in places]  # incidents without an actor, there
    voting_day = [(*head, "voting-day", r.place_country)] if (
        r.kind in STATEWIDE_CONTESTS and _dated_to_the_day(r) and r.place and r.place_region and r.place_country) else []
    if not r.actors:
        return at_place + _debate_of_the_day(r) + voting_day if r.place else []
    actors = sorted({_surname(n) for n in r.actors})
    if _dated_to_the_day(r) or r.said or r.occasion:
        return [(*head, "actor", n) for n in actors] + at_place + _debate_of_the_day(r) + voting_day
    keys = [(*head, "actor-target", n, t) for n in actors for t in sorted({_surname(t) for t in r.targets})]
    return keys + [(*head, "actor-place", n, p) for n in actors for p in places] + at_place


def _place_and_its_state(kind: str, place: str, region: str) -> list[str]:
    """The places a report is filed and looked up under: its place, and for an attack or a vote the state holding it
    (an incident placed in the state, or in another of its towns: "the San Bernardino shooting", "the California
    shooting")."""
    if not place:
        return []
    return [place, region] if (kind in ASSAULT_KINDS or kind == "vote") and region and region != place else [place]


def _dated_to_the_day(r: Report) -> bool:
    """Whether a report's own words give the day of the happening ("Tuesday's debate", "on March 3")."""
    return r.stated and r.precision == "day"


def _debate_of_the_day(r: Report) -> list[tuple]:
    """The key of the debates of its weeks, for a report of one that gives its day and names its party or its place
    but not both: the report naming the other may have been filed first."""
    if r.kind in NAMED_BY_HOST_OR_PLACE and _dated_to_the_day(r) and not (r.actors and r.place):
        return [(r.kind, r.said, "occasion")]
    return []


def _weeks(first: pd.Timestamp, last: pd.Timestamp) -> range:
    """The numbers of the weeks (counted from 1970) that the period ``first``–``last`` touches."""
    return range(first.value // _WEEK_NS, last.value // _WEEK_NS + 1)


_WEEK_NS = 7 * 24 * 3600 * 10**9


def _incident_frame(found: list[_Incident], events: pd.DataFrame, locations: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    rows_by_id = {eid: i for i, eid in enumerate(events["event_id"].tolist())}
    columns = {c: events[c].tolist() for c in ("event_type", "actor", "target", "source")}
    plover = events["plover"].tolist() if "plover" in events else None
    place = {}
    for lid, name, country, lat, lon in zip(locations["location_id"], locations["name"], locations["country"],
                                            locations["lat"], locations["lon"]):
        place.setdefault(lid, (name, country, lat, lon))
    incident_of: dict[str, str] = {}
    rows = []
    for incident in found:
        members = sorted(incident.members, key=lambda r: r.order[1:])
        anchor = incident.anchor
        iid = stable_id("i", anchor.event_id)
        at = [rows_by_id[m.event_id] for m in members]
        stated = [m for m in members if m.stated]
        best = min(stated, key=lambda m: (_PRECISION_ORDER.get(m.precision, 4), m.order)) if stated else None
        a = rows_by_id[anchor.event_id]
        name, country, lat, lon = place.get(incident.place, ("", incident.country, float("nan"), float("nan")))
        article_ids = list(dict.fromkeys(m.article_id for m in members))
        rows.append({
            "incident_id": iid, "event_type": columns["event_type"][a], "plover": plover[a] if plover else "",
            "actor": columns["actor"][a], "target": next((columns["target"][i] for i in at if columns["target"][i]), ""),
            "location_id": incident.place, "place": name, "country": country or incident.country, "lat": lat, "lon": lon,
            # (the day the report stands for: its own date, or the day of the vote a win is of, _dated_by_its_vote)
            "date": best.first if best else None,
            "date_precision": best.precision if best else "",
            "date_end": (period_end(best.first, best.precision) if best.precision != "day" else best.first) if best else None,
            "article_count": len(article_ids), "event_count": len(members),
            "article_ids": NAME_SEPARATOR.join(article_ids), "event_ids": NAME_SEPARATOR.join(m.event_id for m in members),
            "source": "article" if any(columns["source"][i] == "article" for i in at) else "context",
        })
        for m in members:
            incident_of[m.event_id] = iid
    rows.sort(key=lambda r: (-r["article_count"], r["incident_id"]))
    return frame("incidents", rows, corpus=True), incident_of
