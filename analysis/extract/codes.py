"""Stage 2e (events): what an act is — a verb or noun in its context coded in CAMEO, then PLOVER.

The lexicon is data (``data/``): PETRARCH2's CAMEO verb dictionary as derived by
``tools/derive_cameo_lexicon.py`` (``cameo_verbs.csv``: each verb's synonym block and
own code; ``cameo_patterns.csv``: the words around a verb that refine its code,
``- * SANCTIONS [163]``; ``cameo_synsets.csv``), curated additions
(``event_verbs.csv``, ``cameo_nouns.csv``), the modal frames that turn an act into
an intent, demand, refusal or threat (``event_modality.csv``, ``cameo_modality.csv``:
"will release" is CAMEO 0353, "refused to release" 1243), and the CAMEO → PLOVER
table (``plover.csv``). Reading seven tables costs ~40 ms, so the compiled lexicon is
kept in the user cache (marshal, keyed by the tables' sizes and dates) and loads in
about 2 ms afterwards.

Codes are strings as CAMEO writes them ("0874", "195"); ``---`` means "no event".
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import NamedTuple

from .. import reference

NO_EVENT = "---"
_TABLES = ("cameo", "event_types", "cameo_verbs", "cameo_patterns", "cameo_synsets", "event_verbs", "event_patterns", "cameo_nouns", "irregular_verbs",
           "event_modality", "cameo_modality", "plover", "agent_nouns")
_VERSION = "lexicon-v13"
# The modal frame a governing verb's own CAMEO family gives the act it governs ("promised to
# release": 03 → intent); the codebook's parallel families (03/10/12/13 mirror 04–08 and 16–20).
FAMILY_MODALITY = {"03": "intent", "02": "demand", "10": "demand", "12": "refuse", "13": "threaten"}


class Lexicon(NamedTuple):
    forms: dict[str, tuple[str, ...]]  # a surface word → the verb lemmas it can be a form of
    particles: dict[str, tuple[str, ...]]  # a multi-word verb's first word → the whole verbs ("blow up")
    verbs: dict[str, tuple[str, str, tuple[str, ...]]]  # lemma → (own code, passive code, blocks)
    patterns: dict[str, str]  # block → its patterns as written, one "before\tafter\tcode\tpassive" line each
    synsets: dict[str, tuple[tuple[str, ...], ...]]  # "&weapon" → its phrases, stemmed
    nouns: dict[str, str]  # event noun (and its plural) → code
    noun_verbs: dict[str, str]  # event noun → the verb whose patterns code it ("delivery" → deliver)
    agents: dict[str, str]  # agent noun (and plural) → CAMEO sector ("police" → COP)
    modality: dict[str, str]  # "will", "must", "refuse" → intent, demand, refuse …
    compose: dict[str, dict[str, str]]  # modality → code prefix → code
    plover: dict[str, tuple[str, str]]  # code → (category, mode)
    past: dict[str, str]  # irregular past and participle forms → lemma ("struck" → strike)
    curated: dict[str, str]  # lemma → curated patterns (as ``patterns``), read before the dictionary's
    names: dict[str, tuple[str, float]]  # code → (CAMEO name, Goldstein value), from data/cameo.csv
    types: dict[str, str]  # code prefix → the coarse event type, from data/event_types.csv


def lexicon() -> Lexicon:
    return _lexicon()


@cache
def _lexicon() -> Lexicon:
    paths = [reference.DATA_DIR / f"{name}.csv" for name in _TABLES]
    key = "-".join(f"{p.stat().st_size}.{p.stat().st_mtime_ns}" if p.exists() else "0" for p in paths)
    cached = reference.cache_dir() / f"{_VERSION}-{_digest(key)}.marshal"
    return Lexicon(*reference.cached_marshal(cached, lambda: tuple(_build()), stale="lexicon-*.marshal"))


def _digest(key: str) -> str:
    import hashlib

    return hashlib.blake2b(key.encode(), digest_size=8).hexdigest()


# --- building -------------------------------------------------------------------


def inflections(lemma: str) -> set[str]:
    """Regular forms of an English verb: -s, -ed, -ing, with the usual spelling changes."""
    out = {lemma}
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        out.add(lemma + "es")
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        out.add(lemma[:-1] + "ies")
    else:
        out.add(lemma + "s")
    if lemma.endswith("e"):
        out |= {lemma + "d", lemma[:-1] + "ing"}
        if lemma.endswith("ie"):
            out.add(lemma[:-2] + "ying")
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        out |= {lemma[:-1] + "ied", lemma + "ing"}
    else:
        out |= {lemma + "ed", lemma + "ing"}
        if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
            out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # "stopped", "committed"
    return out


def _items(half: str) -> tuple:
    """A pattern half as items; each item a tuple of alternative word tuples.

    ``sanctions`` → ((("sanction",),),); ``(to border)`` → prep item then noun item;
    ``{arms shipment}`` → one item of a two-word phrase; ``&weapon`` → its synonyms.
    """
    out = []
    for raw in half.replace("(", " ").replace(")", " ").split():
        out.append(raw)
    items, buf, in_phrase = [], [], False
    for word in out:
        if word.startswith("{"):
            in_phrase, buf = True, []
            word = word[1:]
        closing = word.endswith("}")
        word = word.rstrip("}")
        if in_phrase:
            if word:
                buf.append(word)
            if closing:
                items.append(("phrase", tuple(buf)))
                in_phrase = False
            continue
        if word:
            items.append(("word", word))
    return tuple(items)


def _build() -> Lexicon:
    table = reference.table
    synsets: dict[str, list[tuple[str, ...]]] = {}
    for row in table("cameo_synsets"):  # stemmed once, here, not in every process that reads a pattern
        synsets.setdefault(row["synset"], []).append(tuple(stem(w) for w in row["phrase"].split()))
    forms: dict[str, set[str]] = {}
    particles: dict[str, set[str]] = {}
    verbs: dict[str, list] = {}
    past: dict[str, str] = {}

    def add_verb(lemma: str, irregular: str, block: str, code: str, passive: str) -> None:
        words = lemma.split()
        head = words[0]
        entry = verbs.setdefault(lemma, [NO_EVENT, "", []])
        if code and code != NO_EVENT and entry[0] == NO_EVENT:
            entry[0] = code
        if passive and not entry[1]:
            entry[1] = passive
        if block and block not in entry[2]:
            entry[2].append(block)
        regular = inflections(head)
        irregular_heads = {f.split()[0] for f in irregular.split("|") if f}
        for form in irregular_heads - regular:
            if not form.endswith("ing") and form != head + "s" and form != head + "es":
                past.setdefault(form, head)  # "struck", "said", "told", "sent": past and participle forms
        for h in regular | irregular_heads:
            if len(words) > 1:
                particles.setdefault(h, set()).add(lemma)
            else:
                forms.setdefault(h, set()).add(lemma)

    for row in table("cameo_verbs"):
        add_verb(row["verb"], row.get("forms", ""), row["block"], row["cameo"], row.get("passive", ""))
    for row in table("event_verbs"):  # curated: the verb's own code, and the dictionary's patterns only when the row
        lemma = row["verb"]  # says "dictionary" ("denied entry", "denied bail" keep theirs; "denied the report" is 016)
        # (kept blocks are marked "=": their patterns read only the verb's object noun, see _block_patterns)
        kept = ["=" + b for b in verbs[lemma][2]] if row.get("patterns", "") == "dictionary" and lemma in verbs else []
        if row.get("patterns", "").startswith("block:"):  # a verb the dictionary lacks, read by its synonyms' patterns
            # on its object noun only ("ramp up" as "step up": the boost block; "ramped up its military efforts", not
            # "ramped up fundraising … in anticipation of the fight ahead")
            kept = ["=" + row["patterns"][len("block:") :]]
        add_verb(lemma, row.get("forms", ""), "", "", "")
        verbs[lemma] = [row["cameo"], "", kept]
    for row in table("irregular_verbs"):  # "withdrawn", "struck", "fled": forms the dictionary does not list
        lemma = row["verb"]
        if lemma in verbs:
            for form in (row["past"], row["participle"]):
                if form and form != lemma:
                    forms.setdefault(form, set()).add(lemma)
                    past.setdefault(form, lemma)
    curated: dict[str, list] = {}
    for row in table("event_patterns"):
        curated.setdefault(row["verb"], []).append("\t".join((row["before"], row["after"], row["cameo"], "")))
    patterns: dict[str, list] = {}
    for row in table("cameo_patterns"):  # kept as written: a block is parsed the first time one of its verbs is read
        patterns.setdefault(row["block"], []).append("\t".join((row["before"], row["after"], row["cameo"], row.get("passive", ""))))
    nouns: dict[str, str] = {}
    noun_verbs: dict[str, str] = {}
    for row in table("cameo_nouns"):
        noun = row["noun"]
        nouns.setdefault(noun, row["cameo"])
        if row.get("verb"):
            noun_verbs[noun] = row["verb"]
        plural = noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")
        nouns.setdefault(plural, row["cameo"])
    agents: dict[str, str] = {}
    for row in table("agent_nouns"):
        noun, sector = row["noun"], row["sector"]
        agents.setdefault(noun, sector)
        for plural in (row.get("plural") or "").split() or [noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")]:
            agents.setdefault(plural, sector)
        if noun.endswith("man") and not row.get("plural"):
            agents.setdefault(noun[:-3] + "men", sector)
    modality = {row["words"].lower(): row["modality"] for row in table("event_modality")}
    for words in modality:  # "tried to", "refused to": the governing verbs of a frame are verbs too
        if " " not in words and words.isalpha() and words not in forms and len(words) >= 3:
            add_verb(words, "", "", NO_EVENT, "")
    compose: dict[str, dict[str, str]] = {}
    for row in table("cameo_modality"):
        compose.setdefault(row["modality"], {})[row["code"]] = row["becomes"]
    plover = {row["cameo"]: (row["plover"], row.get("mode", "")) for row in table("plover")}
    return Lexicon(
        {f: tuple(sorted(v)) for f, v in forms.items()},
        {f: tuple(sorted(v, key=lambda s: -len(s))) for f, v in particles.items()},
        {k: (v[0], v[1], tuple(v[2])) for k, v in verbs.items()},
        {k: "\n".join(v) for k, v in patterns.items()},
        {k: tuple(v) for k, v in synsets.items()},
        nouns, noun_verbs, agents, modality, compose, plover, past, {k: "\n".join(v) for k, v in curated.items()},
        _names(), {row["cameo"]: row["event_type"] for row in table("event_types")},
    )


def _names() -> dict[str, tuple[str, float]]:
    out = {}
    for row in reference.table("cameo"):
        try:
            out[row["code"]] = (row["name"], float(row["goldstein"]))
        except (KeyError, ValueError):
            continue
    return out


# --- reading ----------------------------------------------------------------------


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A rough singular of a lower-case word, so "sanctions" meets a pattern's "sanction"."""
    if len(word) > 4 and word.endswith("oes"):
        return word[:-2]  # "embargoes"
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def is_plural(word: str) -> bool:
    """Whether a lower-case word ends as a regular plural: "caucuses", "primaries", "beaches"; not "caucus", "class"
    or "crisis", whose "s" is their own."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def singulars(word: str) -> tuple[str, ...]:
    """The lower-case word and the singulars its regular plural may have, to look a noun up in a table ("families",
    "goalies", "tribesmen", "vendors"). Unlike ``stem`` (one rough singular, for a verb pattern's noun) it reads "-men"."""
    if word.endswith("ies"):
        return word, word[:-3] + "y", word[:-1]  # "families" → family, "goalies" → goalie
    if word.endswith("men"):
        return word, word[:-3] + "man"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word, word[:-1]
    return (word,)


def lemmas(word: str) -> tuple[str, ...]:
    """The single-word verbs a lower-case word can be a form of."""
    return lexicon().forms.get(word, ())


def is_verb_form(word: str) -> bool:
    return word in lexicon().forms or word in lexicon().past


def is_past_form(word: str) -> bool:
    """A lower-case word that reads as a verb's past ("agreed", "promised", "took")."""
    return word.endswith("ed") or word in lexicon().past


# The prepositions and particles of the dictionary's patterns: a match counts them half, and they end an object's
# modifiers before its head (not PREPOSITIONS below, the clause reader's longer list)
_PATTERN_PREPOSITIONS = frozenset("to on at in for with from against of into over by toward towards about between off up out "
                                   "down".split())


# Words that end a noun phrase's pre-head modifiers: a "took =place" head is not reached across them.
_PHRASE_BREAKS = _PATTERN_PREPOSITIONS | frozenset("and or but to-inf that which who whom whose as than".split())
_MODIFIERS_BEFORE_HEAD = 2  # "took several tentative steps", "takes its rightful place"
# Prepositions (lower case; the clause reader's, kept here so that codes reads them too).
PREPOSITIONS = frozenset(
    "in at on by for with from of against into near over under after before during since until through across "
    "outside inside toward towards between among amid amidst despite without within about around along off upon "
    "onto via behind beyond beside besides throughout alongside per than like following regarding including concerning "
    "excluding".split()
)
# Calendar words (lower case; the clause reader's time words, kept here so that codes reads them too).
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec today "
    "yesterday tonight overnight morning afternoon evening night week weekend month year".split()
)
# Counts whose "of" leads to the head they count: "dispersed hundreds of protesters" disperses protesters.
_COUNTS = frozenset("hundred thousand dozen score ten million".split())


def _head_start(words) -> int:
    """How many words may come before an object's head noun: up to two modifiers, none a preposition or a link,
    after a count and its "of" ("hundreds of protesters")."""
    skip = 0
    while skip + 2 < len(words) and words[skip] in _COUNTS and words[skip + 1] == "of":  # "tens of thousands of …"
        skip += 2
    n = 0
    while n < _MODIFIERS_BEFORE_HEAD and skip + n < len(words) and words[skip + n] not in _PHRASE_BREAKS:
        n += 1
    return skip + n


def _matches(items: tuple, words: list[str], *, anchored: bool | str = False) -> float:
    """How much of a pattern half ``words`` covers, in order (0 = no match).

    A content word counts 1 and a bare preposition ½, so "demanded the withdrawal of …" is
    read by ``* WITHDRAWAL`` rather than by a pattern that only asks for "(on)". An anchored half
    (a curated ``^`` before it) must begin with the first word after the verb ("took office", not "took the oath of
    office"); one headed by a curated ``=`` must be the head of the verb's object, after at most two modifiers
    ("took several tentative steps to", "takes its rightful place"), never across a preposition ("took the
    town in place of"); a curated ``=word$`` must also end the object's phrase ("dispersed the crowd with tear gas",
    not "dispersed the crowd's leaflets", whose possessive mark is not among the words).
    """
    if not items:
        return 0
    pos, covered = 0, 0.0
    for n, alternatives in enumerate(items):
        found = False
        last = len(words) if not anchored or n else (_head_start(words) + 1 if anchored != True else 1)
        for k in range(pos, last):
            for alt in alternatives:
                if tuple(words[k : k + len(alt)]) == alt \
                        and not (anchored == "head end" and n == 0 and not _ends_phrase(words, k + len(alt) - 1)
                                 and not _gathering_after(words, k + len(alt) - 1)):
                    weight = sum(0.5 if w in _PATTERN_PREPOSITIONS else 1.0 for w in alt)
                    pos, covered, found = k + len(alt), covered + weight, True
                    break
            if found:
                break
        if not found:
            return 0
    return covered


_COMPILED: dict[str, tuple[tuple, dict[str, tuple[int, ...]], tuple[int, ...]]] = {}


def _block_patterns(block: str) -> tuple[tuple, dict[str, tuple[int, ...]], tuple[int, ...]]:
    """A block's patterns compiled to items of stemmed alternatives (once per process), with an index from
    each word a pattern's first item needs to the patterns (so a verb reads only the patterns its words can meet)."""
    found = _COMPILED.get(block)
    if found is None:
        lex = lexicon()
        out = []
        # a block a curated verb keeps ("=refuse" for "deny") is read on the verb's object noun only: "denied entry",
        # "denied bail to", but not "denied that the meeting took place" or "denied holding talks" (a claim or an act
        # denied, the verb's own 016)
        head_only = block.startswith("=")
        rows = lex.curated.get(block[1:], "") if block.startswith("+") else lex.patterns.get(block.lstrip("="), "")
        for line in rows.split("\n") if rows else ():
            before, after, code, passive = line.split("\t")
            anchored = "head" if after.startswith("=") or head_only else after.startswith("^")
            if after.startswith("=") and after.endswith("$"):  # "=crowd$": the head itself, that ends its phrase
                anchored, after = "head end", after[:-1]
            after = after.lstrip("^=")
            pre, post = _expand(_parsed(before), lex.synsets), _expand(_parsed(after), lex.synsets)
            if (before and not pre) or (after and not post):
                continue  # an undefined synset: PETRARCH ignores such a pattern
            out.append((pre, post, code, passive, anchored))
        index: dict[str, list[int]] = {}
        always = []
        for n, (pre, post, _, _, _) in enumerate(out):
            first = (post or pre or ((),))[0]
            keys = {alt[0] for alt in first if alt}
            if not keys:
                always.append(n)
            for key in keys:
                index.setdefault(key, []).append(n)
        found = _COMPILED[block] = (tuple(out), {k: tuple(v) for k, v in index.items()}, tuple(always))
    return found


def _parsed(half: str) -> tuple:
    """A pattern half as items with its words stemmed: ``("w", word)``, ``("s", "&synset")`` or ``("p", words)``."""
    out = []
    for kind, value in _items(half):
        if kind == "word":
            out.append(("s", value) if value.startswith("&") else ("w", stem(value)))
        else:
            out.append(("p", tuple(w if w.startswith("&") else stem(w) for w in value)))
    return tuple(out)


def _expand(items: tuple, synsets: dict[str, tuple[tuple[str, ...], ...]]) -> tuple:
    """Parsed items as tuples of alternative word tuples (a synset's phrases; every combination inside a phrase)."""
    compiled = []
    for kind, value in items:
        if kind == "s":
            alternatives = synsets.get(value, ())
            if not alternatives:
                return ()
            compiled.append(alternatives)
        elif kind == "w":
            compiled.append(((value,),))
        else:
            phrase: list[tuple] = [()]
            for word in value:
                options = synsets.get(word, ()) if word.startswith("&") else ((word,),)
                phrase = [p + o for p in phrase for o in options][:64]
            compiled.append(tuple(phrase))
    return tuple(compiled)


def verb_code(lemma: str, *, before: list[str] | tuple = (), after: list[str] | tuple = (), passive: bool = False,
              agent: tuple[int, int] | None = None) -> str:
    """The CAMEO code of ``lemma`` with the (stemmed, lower-case) words around it.

    The pattern covering the most words wins (PETRARCH's "most specific pattern"); a
    pattern's passive code applies in the passive voice; else the verb's own code.
    ``agent`` is where a passive's "by" phrase lies in ``after`` (the "by" and how many words follow it): those
    words name who acted, so only a pattern that itself reads "by" ("hosted by", "supported by troops") may use
    them; "were attacked by government troops" is no attack on the government.
    """
    lex = lexicon()
    entry = lex.verbs.get(lemma)
    if entry is None:
        return NO_EVENT
    return _verb_code(lemma, tuple(before), tuple(after), passive, agent)


def _reads_by(post: tuple) -> bool:
    """Whether a pattern's after half names "by" (it is about the passive's agent or a "by" phrase)."""
    return any("by" in alt for item in post for alt in item)


@lru_cache(maxsize=8192)
def _verb_code(lemma: str, before: tuple[str, ...], after: tuple[str, ...], passive: bool,
               agent: tuple[int, int] | None = None) -> str:
    own, own_passive, blocks = lexicon().verbs[lemma]
    best, best_len = None, 0
    words = set(before) | set(after)
    # the words after the verb without the agent phrase, for the patterns that do not read "by"
    outside_agent = after if agent is None else after[: agent[0]] + after[agent[0] + 1 + agent[1] :]
    for block in (f"+{lemma}", *blocks):  # the curated patterns first: they win ties
        patterns, index, always = _block_patterns(block)
        candidates = set(always)
        for w in words:
            candidates.update(index.get(w, ()))
        for n in sorted(candidates):
            pre, post, code, pcode, anchored = patterns[n]
            read = after if agent is None or _reads_by(post) else outside_agent
            if block.startswith("=") and post and read and read[0].endswith("ing") \
                    and not any(alt[:1] == read[:1] for alt in post[0]):
                continue  # "denied holding talks": a kept block reads a noun object, not a gerund's act
            n_after = _matches(post, read, anchored=anchored) if post else 0
            if post and not n_after or _only_owner_of_forces(post, read):
                continue
            n_before = _matches(pre, before) if pre else 0
            if pre and not n_before:
                continue
            size = n_after + n_before + (0.25 if block.startswith("+") else 0)
            if size > best_len or (block.startswith("+") and best is None):
                best, best_len = (code, pcode), size
    if best is not None:
        code, pcode = best
        if passive and pcode:
            return pcode
        return code
    if passive and own_passive:
        return own_passive
    return own


def _only_owner_of_forces(post: tuple, read: tuple[str, ...]) -> bool:
    """Whether a one-word pattern naming an actor ("government") meets that word only where it says whose forces
    follow ("fought government troops", "clashed with government forces"): the act is aimed at the forces, not at the
    actor the pattern is about (``- * GOVERNMENT [111]`` is opposing the government itself: "are fighting the
    government")."""
    if len(post) != 1 or any(len(alt) != 1 for alt in post[0]):
        return False
    words = {alt[0] for alt in post[0]}
    if not all(agent_sector([w]) for w in words):
        return False
    heads = force_heads()
    at = [k for k, w in enumerate(read) if w in words]
    return bool(at) and all(_forces_phrase(read, k + 1, heads) for k in at)


def _forces_phrase(read, j: int, heads: frozenset[str]) -> bool:
    """Whether the words from ``read[j]`` are a phrase of armed forces: a force noun that ends its phrase ("government
    troops", "… troops Monday"), or a force word that modifies a military object ending its phrase ("government troop
    convoys", "government military posts", "government forces' positions"); "government troop cuts" is no such
    phrase."""
    if j >= len(read):
        return False
    if read[j] in heads and _ends_phrase(read, j):
        return True
    return (read[j] in heads or read[j] == "military") and j + 1 < len(read) and read[j + 1] in _MILITARY_OBJECTS \
        and _ends_phrase(read, j + 1)


# What armed forces hold or move in, which an attack on them strikes: "attacked government troop convoys".
_MILITARY_OBJECTS = frozenset("convoy post outpost position base camp checkpoint patrol barrack headquarter unit vehicle".split())
# A crowd's gathering is the crowd's: "dispersed the protesters' sit-in" disperses the protesters.
_GATHERINGS = frozenset("sit-in march rally protest demonstration camp encampment vigil gathering".split())


def _ends_phrase(read, k: int) -> bool:
    """Whether ``read[k]`` ends its noun phrase: nothing follows, or a preposition, a conjunction or a time word does
    ("government troops in the north", "the crowd with tear gas", "the crowd Monday", "the protesters late on
    Friday"). A noun after it makes it a modifier ("government troop cuts", "government forces' conduct": the
    possessive's mark is not among the words), whose head is what is acted on."""
    return k + 1 >= len(read) or read[k + 1] in _PHRASE_BREAKS or read[k + 1] in PREPOSITIONS \
        or read[k + 1] in _TIME_WORDS


# Words of time that may follow an object's head with no preposition ("dispersed the crowd Monday", "… late on
# Friday", "… early today").
_TIME_WORDS = CALENDAR | frozenset("late early earlier later".split())


def _gathering_after(read, k: int) -> bool:
    """Whether a gathering noun that ends its phrase follows ``read[k]`` ("the protesters' sit-in", "the
    demonstrators' march"): the crowd's own gathering."""
    return k + 1 < len(read) and read[k + 1] in _GATHERINGS and _ends_phrase(read, k + 1)



@lru_cache(maxsize=1)
def force_heads() -> frozenset[str]:
    """The (stemmed) one-word nouns of armed forces: the lexicon's ``&military`` words ("troops", "soldiers", "army")
    and "forces", which the synset holds only inside phrases ("armed forces"). Not "military" and "reserve", which
    mostly modify a noun ("government military spending", "reserve funds"): the clause reader may cut the phrase
    before that noun when it reads it as a verb ("spending"), so the word would seem to end it."""
    words = frozenset(alt[0] for alt in lexicon().synsets.get("&military", ()) if len(alt) == 1) | {stem("forces")}
    return words - {stem("military"), stem("reserve")}


@lru_cache(maxsize=4096)
def patterns_spell(lemma: str, word: str) -> bool:
    """Whether any pattern of ``lemma`` (the dictionary's or a curated one) reads ``word`` after the verb: "kill"
    spells "during" ("kill (during arrest)"), "endorse" does not."""
    entry = lexicon().verbs.get(lemma)
    if entry is None:
        return False
    stemmed = stem(word)
    for block in (f"+{lemma}", *entry[2]):
        for _, post, _, _, _ in _block_patterns(block)[0]:
            if any(stemmed in alt for item in post for alt in item):
                return True
    return False


def own_code(lemma: str) -> str:
    """A verb's own code, with no words around it (no pattern is read)."""
    entry = lexicon().verbs.get(lemma)
    return entry[0] if entry is not None else NO_EVENT


_FAMILIES: dict[str, str] = {}


def family(lemma: str) -> str:
    """The two-digit CAMEO family of a verb's own code ("say" → "01"; "" for none); no pattern is read."""
    found = _FAMILIES.get(lemma)
    if found is None:
        entry = lexicon().verbs.get(lemma)
        code = entry[0] if entry is not None else NO_EVENT
        found = _FAMILIES[lemma] = code[:2] if code and code not in (NO_EVENT, "move") else ""
    return found


def noun_code(words: list[str], *, after: list[str] = ()) -> str:
    """The code of an event noun ("drone strike" before "strike"); a noun that names a verb's act
    ("delivery of four F-16s") is coded by that verb's patterns when one matches."""
    lex = lexicon()
    nouns = lex.nouns
    noun = f"{words[-2]} {words[-1]}" if len(words) >= 2 and f"{words[-2]} {words[-1]}" in nouns else (words[-1] if words else "")
    if noun not in nouns:
        return NO_EVENT
    verb = lex.noun_verbs.get(noun)
    if verb and after:
        coded = verb_code(verb, before=[], after=list(after))
        if coded != NO_EVENT:
            return coded
    return nouns[noun]


# What stopping a cooperative act is coded as (CAMEO 16, reduce relations), by the family of the act stopped; stopping
# force is de-escalating it (087 "De-escalate military engagement": "halted its offensive", "ended the siege").
_HALTED = (("045", "165"), ("04", "164"), ("07", "162"), ("03", "160"), ("05", "160"), ("06", "160"),
           ("08", "160"), ("18", "087"), ("19", "087"), ("20", "087"))


def halted(verb: str, stopped: str) -> str:
    """The code of a verb of stopping ("end", "halt", "suspend": the dictionary's ``cancel`` block) whose object is a
    cooperative act ("ended mediation efforts" → 165 halt mediation, "halted talks" → 164) or an act of force
    ("halted its offensive" → 087 de-escalate), or ""."""
    entry = lexicon().verbs.get(verb)
    if entry is None or "cancel" not in entry[2]:
        return ""
    return next((code for prefix, code in _HALTED if stopped.startswith(prefix)), "")


def names_weapon(words: list[str]) -> bool:
    """Whether a noun phrase's last words name a weapon (the lexicon's ``&weapon`` synset: "a car bomb", "two missiles")."""
    stemmed = tuple(stem(w) for w in words)
    return any(len(p) <= len(stemmed) and stemmed[-len(p):] == p for p in lexicon().synsets.get("&weapon", ()))


def is_event_noun(word: str) -> bool:
    return word in lexicon().nouns


def agent_sector(words: list[str]) -> str:
    """The CAMEO sector of an unnamed actor's head ("riot police" → COP), or ""."""
    agents = lexicon().agents
    for size in (3, 2, 1):
        if len(words) >= size:
            key = " ".join(words[-size:])
            if key in agents:
                return agents[key]
    return ""


def modality_of(words: str) -> str:
    return lexicon().modality.get(words, "")


def family_modality(code: str) -> str:
    """The modal frame a governing verb's code gives ("promise" 030 → intent, "urge" 020 → demand)."""
    return FAMILY_MODALITY.get(code[:2], "") if code and code != NO_EVENT else ""


def compose(code: str, modality: str) -> str:
    """``code`` under a modal frame: the longest matching prefix's result ("0841" + intent → "0353")."""
    if not modality or not code or code == NO_EVENT:
        return code
    table = lexicon().compose.get(modality)
    if not table:
        return code
    for size in range(len(code), 1, -1):
        hit = table.get(code[:size])
        if hit:
            return hit
    return code


def as_request(code: str) -> str:
    """A CAMEO 02 appeal as its 10 demand: PLOVER's REQUEST is "all requests, demands, and orders"."""
    if code.startswith("02") and len(code) >= 3:
        return "10" + code[2:]
    return code


def plover(code: str) -> tuple[str, str]:
    """PLOVER category and mode of a CAMEO code (its own row, else its parents'); ("", "") when none."""
    table = lexicon().plover
    for size in range(len(code), 1, -1):
        hit = table.get(code[:size])
        if hit:
            return hit
    return ("", "")
