"""Stage 2b: who is who — canonical names and the roles the text gives them.

"Trump" after "Donald Trump" is the same person; "Iran’s supreme leader, Ali
Khamenei" gives Khamenei the role "supreme leader" and the country Iran.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .. import reference
from ..reference import normalise
from .clauses import RELATIVES
from .mentions import Mention, is_title_word, title_last_words, visible
from .spans import covering, starting_in

if TYPE_CHECKING:
    from ..document import Document

_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
# a role names an office, never a finite verb: these words before a name end the words that can be its role
_AUXILIARIES = frozenset("has have had is are was were will would can could may might must shall should did does do".split())
_ROLE_LINKS = frozenset({"of", "to", "for", "at", "in", "and"})


class Profile(NamedTuple):
    role: str
    org: str
    country: str  # canonical country name
    role_source: str  # article, directory or ""


def resolve_names(mentions: list[Mention]) -> list[Mention]:
    """Surnames and short forms take the full name seen earlier (or the directory's)."""
    directory = reference.actor_directory()
    full: dict[str, str] = {}
    out = []
    for m in mentions:
        if m.kind != "person":
            out.append(m)
            continue
        name = m.name
        parts = name.split()
        if m.via == "directory":
            pass
        elif len(parts) == 1 and normalise(parts[-1]) in full:
            name = full[normalise(parts[-1])]
        elif normalise(name) in directory:
            name = directory[normalise(name)].name
        if len(name.split()) > 1:
            last = normalise(name.split()[-1])
            full.setdefault(last, name)
            bare = last.removeprefix("al ").removeprefix("el ")
            full.setdefault(bare, name)
        out.append(m._replace(name=name))
    return out


def profile(doc: Document, mention: Mention, bounds: tuple[int, int]) -> Profile:
    """Role, organisation and country of an actor, from the words around one mention."""
    gaz = reference.gazetteer()
    mentions = doc.mentions
    role, role_span = ("", None)
    if mention.kind == "person":
        role, role_span = _role_left(doc, mention, bounds)
    if not role and mention.kind == "person":
        role, role_span = _role_right(doc, mention, bounds)
    org = country = ""
    near = [m for m in starting_in(mentions, role_span[0], min(role_span[1] + 60, bounds[1])) if m.end <= role_span[1] + 60] if role_span else []
    for m in near:
        if m.kind in ("organization", "group") and not org and m.start >= (role_span[0] if role_span else 0):
            org = m.name
        if m.kind == "country" and not country and role_span and m.start < role_span[1]:
            country = m.name
    entry = reference.actor_directory().get(normalise(mention.name))
    if not org and entry and entry.kind == "person" and entry.affiliation:
        org = entry.affiliation
    if not country:
        code = mention.country or (entry.country if entry else "")
        if not code and org:
            org_entry = reference.actor_directory().get(normalise(org))
            code = org_entry.country if org_entry else ""
        place = gaz.countries.get(code)
        country = place.name if place else ""
    if not role and entry:
        return Profile(entry.role, org, country, "directory")
    return Profile(role, org, country, "article" if role else "")


def _mention_at(mentions: list[Mention], start: int, end: int) -> Mention | None:
    return covering(mentions, start, end)


def _role_left(doc, mention, bounds):
    # a role stands right before the name: look back one clause, not the whole paragraph
    text, mentions = doc.norm, doc.mentions
    toks = doc.tokens_in(max(bounds[0], mention.start - 160), mention.start)
    gap = text[toks[-1].end : mention.start] if toks else ""
    if gap.strip() not in ("", ","):
        return "", None
    picked = []
    cues = reference.cues()
    for tok in reversed(toks):
        between = text[tok.end : (picked[-1].start if picked else mention.start)]
        if picked and between.strip(" ’'s") not in ("",):
            break
        word = tok.text.lower()
        m = _mention_at(mentions, tok.start, tok.end)
        if word in cues or word in ("by", "with", "said", "and", "but") or word in RELATIVES or word == "that":
            break  # "a lawyer who led Baker's team": what the relative clause says is no role of Baker's
        if word in _AUXILIARIES or _verb_with_object(text, tok):
            break  # "a judge has ordered the release of internal Trump documents": a clause, no role of Trump's
        if m is not None and m.kind == "person":
            break
        if not (m is not None or is_title_word(tok.text) or tok.text.islower() or word in _DETERMINERS or word in title_last_words()):
            break  # ("Secretary of State Mike Pompeo": "State" ends the title)
        picked.append(tok)
    picked.reverse()
    first_title = next((k for k, t in enumerate(picked) if is_title_word(t.text)), None)
    if first_title is None:
        return "", None
    start = first_title
    while start > 0 and _mention_at(mentions, picked[start - 1].start, picked[start - 1].end) is not None:
        start -= 1
    kept = picked[start:]
    # the country or organisation in front is recorded apart from the role
    while kept and (_mention_at(mentions, kept[0].start, kept[0].end) or kept[0].text.lower() in _DETERMINERS):
        kept = kept[1:]
    if not kept:
        return "", None
    span = (picked[start].start, picked[-1].end)
    return visible(text[kept[0].start : kept[-1].end]).rstrip(" ,"), span


def _verb_with_object(text: str, tok) -> bool:
    """Whether a word is a past-tense verb taking an object ("ordered the release of …", "sued a"): a clause's verb
    before a name, no part of a role ("the judge assigned to the case" keeps its participle)."""
    return tok.text.islower() and tok.text.endswith("ed") and text.startswith((" the ", " a ", " an "), tok.end)


def _role_right(doc, mention, bounds):
    text = doc.norm
    if not text.startswith(", ", mention.end, bounds[1]):
        return "", None
    s = mention.end + 2
    end = s
    stop = max(bounds[1], s)
    for i in range(s, stop):
        if text[i] in ",.;:“”\"()\n":
            end = i
            break
    else:
        end = stop
    phrase = visible(text[s:end])
    toks = doc.tokens_in(s, end, limit=2)
    if not toks:
        return "", None
    lead = toks[0].text.lower()
    if lead in _DETERMINERS and len(toks) > 1:
        lead = toks[1].text.lower()
    if not is_title_word(lead):
        return "", None
    role = phrase.strip()
    for det in ("the ", "a ", "an "):
        if role.lower().startswith(det):
            role = role[len(det):]
    return role, (s, end)
