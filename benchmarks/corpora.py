"""Readers and matching rules shared by the benchmark scripts that score on corpora labelled by others.

The corpora live outside the repository (see ``../shared/corpora/README.md``); every
reader takes a path and nothing here stores corpus text. Used by
``score_polnear.py`` and ``score_events.py`` (and a geoparsing scorer): PolNeAR's BRAT
standoff, GeoWebNews / TR-News XML, the PLOVER gold records and CAMEO→PLOVER table,
the project's own event labels in ``benchmarks/labels/``; span overlap, quote marks,
name and actor matching, distances and date periods.
"""

from __future__ import annotations

import csv
import json
import math
import re
import tempfile
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Iterator, NamedTuple, Sequence

Span = tuple[int, int]

# ----------------------------------------------------------------------------------- spans


def span_length(spans: Sequence[Span]) -> int:
    return sum(max(0, end - start) for start, end in spans)


def overlap(a: Sequence[Span], b: Sequence[Span]) -> int:
    """Characters two (possibly discontinuous) spans have in common."""
    return sum(max(0, min(ae, be) - max(as_, bs)) for as_, ae in a for bs, be in b)


def spans_match(a: Sequence[Span], b: Sequence[Span], *, share: float = 0.5) -> bool:
    """True when the overlap is at least ``share`` of the shorter span (and not empty).

    Half of the shorter span, not any overlap: a partial quote inside a longer gold
    content span still matches, while two neighbouring quotes that share a word do not.
    """
    common = overlap(a, b)
    shorter = min(span_length(a), span_length(b))
    return common > 0 and common >= share * shorter


def align_span(text: str, start: int, end: int, expected: str, *, window: int = 3) -> Span | None:
    """The span holding ``expected`` at or near ``start`` (some corpora are off by a character or two).

    Returns ``(start, end)`` unchanged when it already holds ``expected``, the nearest
    occurrence within ``window`` characters otherwise, and None when there is none.
    """
    if text[start:end] == expected:
        return start, end
    for shift in sorted(range(-window, window + 1), key=abs):
        s = start + shift
        if s >= 0 and text[s:s + len(expected)] == expected:
            return s, s + len(expected)
    return None


# ----------------------------------------------------------------------------- quote marks

DOUBLE_MARKS = "“”\"«»„"
# A single mark opens a quote at a word start and closes one at a word end; ’ alone is
# usually an apostrophe (don’t, Clinton’s, ’90s), so a span needs an opening ‘ or ' before
# a letter AND a later closing ’ or ' after a letter or punctuation to count as quoted.
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘'](?=[^\W\d_])")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])[’'](?=$|[\s.,;:!?)\]—–-])")


def quote_style(text: str) -> str:
    """``double`` when the text holds a double quote mark or guillemet, ``apostrophes`` for
    two straight apostrophes standing for one (``''We won,''`` in newswire archives such as
    PolNeAR's New York Times texts), ``single`` for a pair of single marks (see above),
    ``""`` for none."""
    if any(mark in text for mark in DOUBLE_MARKS):
        return "double"
    if "''" in text:
        return "apostrophes"
    opener = _SINGLE_OPEN.search(text)
    if opener and _SINGLE_CLOSE.search(text, opener.end()):
        return "single"
    return ""


# ----------------------------------------------------------------------------- PolNeAR


class Attribution(NamedTuple):
    """One attribution relation of a BRAT ``E`` line; each part is a tuple of spans."""

    id: str
    content: tuple[Span, ...]
    source: tuple[Span, ...]
    cue: tuple[Span, ...]


_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")


def parse_brat(ann: str) -> list[Attribution]:
    """Attributions in a BRAT standoff file's text: ``T`` spans tied together by ``E`` lines.

    Discontinuous spans (``Content 10 20;25 40``) keep every part; numbered roles
    (``Content2``) join their role; lines that are neither (notes, the continuation of a
    span text that holds a line break) are skipped.
    """
    spans: dict[str, tuple[Span, ...]] = {}
    relations: list[tuple[str, list[tuple[str, str]]]] = []
    for line in ann.split("\n"):
        t = _T_LINE.match(line)
        if t:
            spans[t.group(1)] = tuple(tuple(map(int, part.split())) for part in t.group(3).split(";"))
            continue
        e = _E_LINE.match(line)
        if e:
            roles = [arg.split(":", 1) for arg in e.group(2).split() if ":" in arg]
            relations.append((e.group(1), [(re.sub(r"\d+$", "", role), ref) for role, ref in roles]))
    out = []
    for eid, roles in relations:
        parts: dict[str, list[Span]] = {"Content": [], "Source": [], "Cue": []}
        for role, ref in roles:
            if role in parts:
                parts[role].extend(spans.get(ref, ()))
        if parts["Content"]:
            out.append(Attribution(eid, tuple(sorted(parts["Content"])), tuple(sorted(parts["Source"])), tuple(sorted(parts["Cue"]))))
    return out


class PolnearArticle(NamedTuple):
    name: str
    path: Path
    text: str
    publisher: str
    published: str | None  # YYYY-MM-DD from metadata.tsv
    annotator: str
    attributions: list[Attribution]


def read_polnear_metadata(path: Path) -> dict[str, dict[str, str]]:
    """metadata.tsv rows by file name (without .txt); empty when the file is absent."""
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["filename"]: row for row in csv.DictReader(handle, delimiter="\t")}


def polnear_articles(split: Path, *, publisher: str | None = None, limit: int | None = None) -> Iterator[PolnearArticle]:
    """Articles of a PolNeAR split folder (``text/``, ``attributions/``), in file-name order.

    One annotator per article, the first ``NAME_ANNOTATOR.ann`` in sorted order, so the
    choice is the same on every run. Articles without an annotation file are skipped.
    """
    split = Path(split)
    meta = read_polnear_metadata(split.parent / "metadata.tsv")
    annotations: dict[str, list[Path]] = {}
    for ann in sorted((split / "attributions").glob("*.ann")):
        annotations.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    count = 0
    for path in sorted((split / "text").glob("*.txt")):
        name = path.stem
        row = meta.get(name, {})
        pub = row.get("publisher") or name.split("_", 1)[0]
        if name not in annotations or (publisher and pub != publisher):
            continue
        if limit is not None and count >= limit:
            return
        ann = annotations[name][0]
        text = path.read_bytes().decode("utf-8")  # BRAT offsets count characters of the file as is
        published = row.get("publication_date") or None
        yield PolnearArticle(name, path, text, pub, published, ann.stem.rsplit("_", 1)[1],
                             parse_brat(ann.read_text(encoding="utf-8")))
        count += 1


# ------------------------------------------------------------------ GeoWebNews and TR-News


class Toponym(NamedTuple):
    start: int
    end: int
    name: str  # the words as written (GeoWebNews extractedName, TR-News phrase)
    type: str  # GeoWebNews type (Literal, Metonymic, …); "" for TR-News
    lat: float | None
    lon: float | None


class XmlArticle(NamedTuple):
    doc: str  # GeoWebNews ``file`` attribute, TR-News ``docid``
    title: str
    text: str
    toponyms: list[Toponym]


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def read_toponym_xml(path: Path) -> list[XmlArticle]:
    """Articles of GWN.xml or TR-News.xml with their toponyms (offsets as given: see ``align_span``)."""
    articles = []
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        toponyms = []
        for top in art.iter("toponym"):
            gaz = top.find("gaztag")
            lat = top.findtext("latitude") if gaz is None else gaz.findtext("lat")
            lon = top.findtext("longitude") if gaz is None else gaz.findtext("lon")
            toponyms.append(Toponym(
                int(top.findtext("start")), int(top.findtext("end")),
                top.findtext("extractedName") or top.findtext("phrase") or "",
                top.findtext("type") or "", _float(lat), _float(lon)))
        articles.append(XmlArticle(art.get("file") or art.get("docid") or "", art.findtext("title") or "", text, toponyms))
    return articles


# -------------------------------------------------------------------------------- PLOVER


def _without_trailing_commas(raw: str) -> str:
    """JSON text with the commas before ``}`` or ``]`` dropped (outside strings only)."""
    out, in_string, escaped, pending = [], False, False, None
    for ch in raw:
        if in_string:
            out.append(ch)
            in_string = not (ch == '"' and not escaped)
            escaped = ch == "\\" and not escaped
            continue
        if pending is not None:  # a comma seen, waiting for the next non-space character
            if ch.isspace():
                pending.append(ch)
                continue
            if ch not in "}]":
                out.append(",")
            out.extend(pending)
            pending = None
        if ch == ",":
            pending = []
            continue
        out.append(ch)
        in_string = ch == '"'
    if pending is not None:
        out.append(",")
        out.extend(pending)
    return "".join(out)


def read_plover_records(path: Path) -> tuple[list[dict], int]:
    """Coded records of PLOVER_GSR_CAMEO.txt (not the DOCUMENT ones) and how many could not be read.

    The file is JSON-like (trailing commas inside objects); when the whole still does not
    parse, each ``{…}`` record is read on its own and the unreadable ones are counted.
    """
    raw = _without_trailing_commas(Path(path).read_text(encoding="utf-8"))
    skipped = 0
    try:
        records = json.loads(raw)
    except json.JSONDecodeError:
        records, decoder, pos = [], json.JSONDecoder(), raw.find("{")
        while pos >= 0:
            try:
                record, end = decoder.raw_decode(raw, pos)
                records.append(record)
                pos = raw.find("{", end)
            except json.JSONDecodeError:
                skipped += 1
                pos = raw.find("\n{", pos + 1)
                pos = pos + 1 if pos >= 0 else -1
    coded = [r for r in records if isinstance(r, dict) and r.get("event") != "DOCUMENT" and r.get("text")]
    return coded, skipped


def read_cameo2plover(path: Path) -> dict[str, str]:
    """CAMEO code → PLOVER category from CAMEO2PLOVER-2021.txt (``0311: AGREE, mode, context # …``).

    The first line for a code wins (the file repeats some codes, and lists root ``08``
    under both CONCEDE and RETREAT: its 3- and 4-digit codes decide).
    """
    table: dict[str, str] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\s*(\d{2,4})\s*:\s*([A-Z]+)", line)
        if m:
            table.setdefault(m.group(1), m.group(2))
    return table


def plover_category(cameo: str, table: dict[str, str]) -> str:
    """The PLOVER category of a CAMEO code: the code itself, else its parents; "" when unmapped
    (PLOVER dropped CAMEO 01 statements and 02 appeals)."""
    code = str(cameo or "").strip()
    for size in range(len(code), 1, -1):
        if code[:size] in table:
            return table[code[:size]]
    return ""


# The gold records are coded in PLOVER 0.5b1/0.6 (2016) and use category names that the
# 2021 table renamed or merged. Compared on the CAMEO roots of the 2016 table in the PLOVER
# README (09 INVESTIGATE, 10 DEMAND, 11 DISAPPROVE, 19–20 FIGHT) and CAMEO2PLOVER-2021.txt
# (09 and 11 ACCUSE, 10 REQUEST, 19–20 ASSAULT).
PLOVER_2016_TO_2021 = {"INVESTIGATE": "ACCUSE", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}


def plover_2021(category: str) -> str:
    return PLOVER_2016_TO_2021.get(category, category)


# --------------------------------------------------------------------------------- names

_FOLD = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-"})
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
FUNCTION_WORDS = frozenset("""
a an the this that these those some many several both all each every any no other another one two three
he she it they we i you him her them us me his hers its their theirs our ours my mine your yours who whom whose
which what someone somebody anyone everyone nobody people of and or but for from in on at by with to as
""".split())


def name_tokens(name: str) -> list[str]:
    """Lower-case word tokens of a name, possessive 's and dots dropped (``"Clinton’s"`` → ``clinton``)."""
    tokens = []
    for word in _WORD.findall(name.translate(_FOLD)):
        word = re.sub(r"'s?$", "", word.lower()).replace(".", "")
        tokens.extend(part for part in word.split("-") if part)
    return tokens


def title_tokens(titles) -> frozenset[str]:
    """Single lower-case words of titles, dots dropped ("Vice President", "Sen." → vice, president, sen)."""
    return frozenset(part.rstrip(".") for title in titles for part in title.lower().split())


_APPOSITION = re.compile(r"[,;:]|\s-\s")
_DESCRIPTION_OPENERS = frozenset("a an one the another some his her their its two three several".split())
_COMPLEMENT_WORDS = frozenset("to of for with from at in on by who whom whose that which close".split())


def names_in_source(source: str, *, titles: frozenset[str] = frozenset(), common: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The surnames (or single names) a gold source span names; empty when it names nobody.

    A rough, documented heuristic: drop parentheses (party and state tags), find runs of
    capitalised words that are not pronouns, determiners or title words, and keep the last
    word of each run that is not a modifier — followed by a lower-case content word or
    possessive (``a Clinton campaign spokesman`` and ``Clinton's spokesman`` name nobody,
    ``Clinton spokesman Brian Fallon`` names Fallon, ``Clinton and Sanders`` both); a comma
    or dash ends a run whatever follows (``Ana Ruiz, president of …`` names Ruiz); a description
    names nobody through its complement (``a person close to the Clintons``, ``an aide who supports
    Ruiz``) until a comma (``his friend at Lehigh, Tom Bell`` names Bell). A
    capitalised word that the article also writes in lower case (``Officials`` opening a
    sentence) counts as a common word.
    """
    folded = re.sub(r"\([^)]*\)", " ", source.translate(_FOLD))
    matches = list(_WORD.finditer(folded))
    words = [m.group() for m in matches]
    title_words = title_tokens(titles)
    names, run = [], []
    # "a person close to the Clintons", "an adviser who supports Ruiz": a description names nobody; a name in its
    # complement says whom the person is close to (until a comma: "his friend at Lehigh, Bruce Turry" names Turry)
    described = len(words) > 1 and words[0].lower() in _DESCRIPTION_OPENERS and words[1][:1].islower()
    complement = False
    for i, word in enumerate([*words, ""]):
        bare = re.sub(r"'s?$", "", word).rstrip(".")
        low = bare.lower()
        if 0 < i < len(words) and _APPOSITION.search(folded, matches[i - 1].end(), matches[i].start()):
            if run and not complement:
                names.append(run[-1])  # "Ana Ruiz, president of …": a comma or dash ends the name, whatever follows
            run, complement = [], False
        if described and low in _COMPLEMENT_WORDS:
            complement = True
        if complement:
            continue
        if bare[:1].isupper() and low not in FUNCTION_WORDS and low not in title_words and low not in common:
            run.append(bare)
            if bare != word.rstrip(".") and i < len(words) - 1:  # a possessive: it modifies what follows
                run = []
            continue
        modifier = bool(bare) and bare[:1].islower() and low not in FUNCTION_WORDS
        if run and not modifier:
            names.append(run[-1])
        run = []
    return tuple(names)


def carries_name(cell: str, surname: str) -> bool:
    """Whether a speaker or actor cell names ``surname`` (as one of its normalised tokens)."""
    wanted = name_tokens(surname)
    return bool(wanted) and wanted[-1] in set(name_tokens(cell or ""))


def actor_matches(ours: str, gold: Sequence[str], *, country_of=None) -> bool:
    """Whether our actor name and any of the gold actor texts name the same actor.

    Rough by design: where both name a country (``country_of``, the package's gazetteer
    lookup: "Hungarian" ↔ Hungary), the countries decide, so ``Iraqi government`` ≠
    ``Syrian government``; otherwise they match on a shared content word that is not a
    generic one ("government", "officials"), on the very same words ("police" ↔ "Police":
    an unnamed actor named alike), or on an acronym of the other's capitalised words
    ("U.N." ↔ United Nations).
    """
    if not ours:
        return False
    ours_tokens = set(name_tokens(ours)) - FUNCTION_WORDS
    ours_countries = _countries(ours, country_of)
    for text in gold:
        if not text:
            continue
        gold_tokens = set(name_tokens(text)) - FUNCTION_WORDS
        gold_countries = _countries(text, country_of)
        if ours_countries and gold_countries:
            if ours_countries & gold_countries:
                return True
            continue  # different countries named: a shared "government" is no match
        if ours_tokens and ours_tokens == gold_tokens:
            return True  # the same words ("police" and "police"): generic, but the same unnamed actor
        if ours_tokens & gold_tokens - GENERIC_ACTOR_WORDS or _acronym_of(ours, text) or _acronym_of(text, ours):
            return True
    return False


def _acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` holds an acronym (2+ capitals, dots allowed) of ``long``'s capitalised words."""
    initials = "".join(w[0] for w in _WORD.findall(long.translate(_FOLD)) if w[:1].isupper() and w.lower() not in FUNCTION_WORDS)
    acronyms = {w.replace(".", "") for w in re.findall(r"\b(?:[A-Z]\.?){2,}", short)}
    return len(initials) >= 2 and any(len(a) >= 2 and a in initials for a in acronyms)


# Words that alone never identify an actor (the country or name beside them does).
GENERIC_ACTOR_WORDS = frozenset("""
government governments official officials minister ministers president prime leader leaders forces force
troops military army police party spokesman spokeswoman spokesperson ministry state states national
people group groups side sides authorities security new general gen lt col sen rep mr mrs ms dr
""".split())


def _countries(text: str, country_of) -> set[str]:
    """ISO codes of the countries a text names, by name, alias or demonym (longest phrases first).

    Words inside a longer phrase that names a country are not read again: "Democratic People's Republic of
    Korea" is North Korea alone, not also the "Republic of Korea" (South Korea) written inside it."""
    if country_of is None:
        return set()
    found, used = set(), set()
    written = _WORD.findall(text.translate(_FOLD))
    words = [re.sub(r"'s?$", "", w) for w in written]  # "Iraq's" is Iraq
    for size in (6, 5, 4, 3, 2, 1):  # "Democratic Republic of the Congo", "United Arab Emirates", "Iraqi"
        for i in range(len(words) - size + 1):
            if used.intersection(range(i, i + size)):
                continue
            phrase = " ".join(words[i:i + size])
            if not phrase[:1].isupper():
                continue
            # as written first: the possessive is part of "Democratic People's Republic of Korea"
            place = (country_of(" ".join(written[i:i + size])) if size > 1 else None) or country_of(phrase)
            parts = [country_of(part) for part in phrase.split("-")] if place is None and size == 1 and "-" in phrase else [place]
            named = {p.country or p.name for p in parts if p is not None}  # "Greek-Cypriot" names two
            if named:
                found |= named
                used.update(range(i, i + size))
    return found


# ------------------------------------------------------------------------------ reporting


def percent(num: int, den: int) -> str:
    """A score for a table column: percentage, then right/scored (``—`` when nothing was scored)."""
    return f"{num / den:6.1%} {num:>4}/{den:<4}" if den else f"{'—':>6} {num:>4}/{den:<4}"


# ----------------------------------------------------------------------- places and dates


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def same_period(ours: date | None, gold: date, precision: str) -> bool:
    """Whether ``ours`` falls in the gold date's day, ISO week, month or year (by ``precision``)."""
    if ours is None:
        return False
    if precision == "year":
        return ours.year == gold.year
    if precision == "month":
        return (ours.year, ours.month) == (gold.year, gold.month)
    if precision == "week":
        return ours.isocalendar()[:2] == gold.isocalendar()[:2]
    return ours == gold


# ------------------------------------------------------------------- the project's labels


def read_label_articles(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    """``benchmarks/labels/articles.csv`` rows by (corpus, doc)."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        return {(row["corpus"], row["doc"]): row for row in csv.DictReader(handle)}


def read_label_events(path: Path) -> list[dict]:
    """``benchmarks/labels/events.jsonl``: one gold event per non-empty line."""
    events = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            events.append(json.loads(line))
    return events


class CorpusTexts:
    """Texts of labelled documents, read once from the corpus paths given on the command line."""

    def __init__(self, *, geowebnews: Path | None = None, polnear: Path | None = None):
        self.geowebnews, self.polnear = geowebnews, polnear
        self._gwn: dict[str, str] | None = None

    def text(self, corpus: str, doc: str) -> str | None:
        if corpus == "geowebnews" and self.geowebnews is not None and Path(self.geowebnews).is_file():
            if self._gwn is None:
                self._gwn = {a.doc: a.text for a in read_toponym_xml(self.geowebnews)}
            return self._gwn.get(doc)
        if corpus == "polnear" and self.polnear is not None:
            for split in ("train", "dev"):
                path = Path(self.polnear) / split / "text" / f"{doc}.txt"
                if path.is_file():
                    return path.read_bytes().decode("utf-8")
        return None


# --------------------------------------------------------------------- running the package


def load_text(text: str, *, published: str | None = None, folder: Path | None = None):
    """``analysis.load`` on a text that is not a file of its own (an XML article, a sentence).

    Written byte for byte to a temporary file outside the repository, so every offset the
    package returns indexes ``text``; without context facts (the article's own claims).
    """
    import analysis

    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        path = Path(tmp) / "article.txt"
        path.write_bytes(text.encode("utf-8"))
        return analysis.load(path, published=published or None, context=False)
