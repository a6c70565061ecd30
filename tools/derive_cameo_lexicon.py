"""Derive the event lexicon tables in data/ from PETRARCH2's CAMEO dictionaries and PLOVER's CAMEO table.

    python tools/derive_cameo_lexicon.py PATH/TO/CAMEO.2.0.txt [--agents PATH/TO/Phoenix.agents.txt]
        [--plover PATH/TO/CAMEO2PLOVER-2021.txt] [--out data]

The dictionary (Open Event Data Alliance, MIT licence) is the composite of the TABARI
CAMEO dictionaries that PETRARCH2 codes with: verb synonym blocks, each verb with its
CAMEO code, and patterns that refine the code by the words around the verb
(``- * SANCTIONS [163]``: "impose sanctions"). This script keeps the facts — which
verb, with which words around it, means which CAMEO code — as two small tables:

* ``data/cameo_verbs.csv``: ``verb`` (lemma, multi-word verbs with spaces), ``forms``
  (irregular inflections the dictionary lists; regular ones are generated when the table
  is read), ``before`` and ``after`` (the pattern's words before and after the verb,
  lower case; ``(prep noun)`` a prepositional phrase, ``{a b}`` a phrase, ``&name`` a
  synonym set), ``cameo`` (``---`` where the dictionary says "no event"), ``passive``
  (the dictionary's code for the passive voice, when it gives one), ``source``.
* ``data/cameo_synsets.csv``: the synonym sets the kept patterns use.

With ``--agents``, ``data/agent_nouns.csv``: the nouns PETRARCH2's agents dictionary
(``Phoenix.agents.txt``) reads as actors without a name ("police", "rebels", "the court"),
with their CAMEO sector code (``COP``, ``REB``, ``JUD``…). With ``--plover``,
``data/plover.csv``: each CAMEO code's PLOVER category and mode from
``CAMEO2PLOVER-2021.txt`` (openeventdata/PLOVER, CC BY-SA 4.0).

Patterns whose code equals their verb's own code add nothing and are dropped, as are
patterns that name actors by role markers only. Run it again on a newer dictionary to
refresh the tables; the output is sorted and deterministic.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

# Short citations, one per row; data/cameo_lexicon.md gives each file's address, commit and licence.
AGENTS_SOURCE = "petrarch2 Phoenix.agents.txt"
PLOVER_SOURCE = "PLOVER CAMEO2PLOVER-2021.txt"
SOURCE = "petrarch2 CAMEO.2.0.txt"
_CODE = re.compile(r"\[([0-9:-]*)\]")


def _code(raw: str) -> tuple[str, str]:
    """``[042:043]`` → ("042", "043"); ``[:110]`` → ("", "110"); ``[---]`` → ("---", "")."""
    active, _, passive = raw.partition(":")
    return active.strip(), passive.strip()


def _words(text: str) -> str:
    """A pattern half as lower-case words: role markers dropped, underscores as spaces."""
    text = re.sub(r"[$^%+]", " ", text)
    return " ".join(text.replace("_", " ").lower().split())


def parse(path: Path):
    """Synonym sets, verbs (with their block) and patterns (by block) of the dictionary."""
    synsets: dict[str, list[str]] = {}
    verbs: list[dict] = []
    patterns: list[dict] = []
    current_syn, block, block_code, section = None, "", "---", "synsets"
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if raw.startswith("####### VERB PATTERNS"):
            section = "verbs"
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        if not line.strip():
            continue
        if section == "synsets":
            if line.startswith("&"):
                current_syn = line.strip().lower()
                synsets[current_syn] = []
            elif line.startswith("+") and current_syn:
                synsets[current_syn].append(line[1:].strip().rstrip("_").replace("_", " ").lower())
            continue
        if line.startswith("---"):
            m = _CODE.search(line)
            block_code = m.group(1) if m else "---"
            block = _words(line.strip("- ").split("[")[0])
            continue
        if line.startswith("-"):
            m = _CODE.search(line)
            pattern = line[1 : m.start()] if m else ""
            if m and "*" in pattern:
                before, _, after = pattern.partition("*")
                active, passive = _code(m.group(1))
                patterns.append({"block": block, "before": _words(before), "after": _words(after),
                                 "cameo": active or "---", "passive": passive})
            continue
        m = _CODE.search(line)  # a verb line: VERB {FORMS} [CODE]
        active, passive = _code(m.group(1) if m else block_code)
        body = line[: m.start()] if m else line
        forms = ""
        fm = re.search(r"\{([^}]*)\}", body)
        if fm:
            forms = "|".join(sorted({_words(f) for f in re.split(r"[,\s]+(?=\+|[A-Z])", fm.group(1)) if _words(f)}))
            body = body[: fm.start()]
        word = body.strip()
        if any(w in ("and", "or", "&") for w in _words(word).split()[1:]):
            continue  # "ARRESTED_AND …": fragments of old noun-verb disambiguation, not verbs
        if word and " " not in word:
            verbs.append({"verb": _words(word), "forms": forms, "block": block, "cameo": active or "---", "passive": passive})
    return synsets, verbs, patterns


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dictionary", type=Path)
    parser.add_argument("--agents", type=Path, help="Phoenix.agents.txt")
    parser.add_argument("--plover", type=Path, help="CAMEO2PLOVER-2021.txt")
    parser.add_argument("--goldstein", type=Path, help="CAMEO.goldsteinscale.txt (code, Goldstein value; tab-separated)")
    parser.add_argument("--eventcodes", type=Path, help="CAMEO.eventcodes.txt (code, name; tab-separated): names of the codes CAMEO2PLOVER lacks")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "data")
    args = parser.parse_args(argv)
    synsets, verbs, patterns = parse(args.dictionary)
    seen, kept_verbs = set(), []
    for v in verbs:
        if (v["verb"], v["block"]) not in seen:
            seen.add((v["verb"], v["block"]))
            kept_verbs.append(v)
    seen, kept = set(), []
    for p in patterns:
        key = (p["block"], p["before"], p["after"])
        if key not in seen:  # the first pattern for a context wins, as in the dictionary
            seen.add(key)
            kept.append(p)
    used = {s for r in kept for half in (r["before"], r["after"]) for s in re.findall(r"&[a-z_]+", half)}
    kept_verbs.sort(key=lambda r: (r["verb"], r["block"]))
    kept.sort(key=lambda r: (r["block"], r["after"], r["before"]))
    _write(args.out / "cameo_verbs.csv", ["verb", "forms", "block", "cameo", "passive"], kept_verbs)
    _write(args.out / "cameo_patterns.csv", ["block", "before", "after", "cameo", "passive"], kept)
    _write(args.out / "cameo_synsets.csv", ["synset", "phrase"],
           [{"synset": name, "phrase": phrase} for name in sorted(used) for phrase in synsets.get(name, [])])
    print(f"{len(kept_verbs)} verbs, {len(kept)} patterns, {len(used)} synsets")
    if args.agents:
        agents = parse_agents(args.agents)
        _write(args.out / "agent_nouns.csv", ["noun", "plural", "sector"], agents, source=AGENTS_SOURCE)
        print(f"{len(agents)} agent nouns")
    if args.goldstein and args.plover:
        rows = cameo_table(args.goldstein, args.plover, args.eventcodes)
        with (args.out / "cameo.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["code", "name", "goldstein", "source"])
            w.writerows(rows)
        print(f"{len(rows)} CAMEO codes with a name and Goldstein value")
    if args.plover:
        rows = [{**r, "source": PLOVER_SOURCE} for r in parse_plover(args.plover)]
        rows += [{"cameo": c, "plover": p, "mode": m, "source": why} for c, p, m, why in PLOVER_EXTRA]
        _write(args.out / "plover.csv", ["cameo", "plover", "mode", "source"], rows, source=None)
        print(f"{len(rows)} CAMEO codes with a PLOVER category")
    return 0


_PERSON = ("man", "men", "woman", "women", "person")
_MINIST = ("minister", "ministers", "ministry", "ministries")


def parse_agents(path: Path) -> list[dict]:
    """Agent nouns of up to three words (``POLICE``, ``RIOT_POLICE``); ``!PERSON!`` spelled out."""
    out, seen = [], set()
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^([A-Z][A-Z0-9_'!-]*)\s*(\{[^}]*\})?\s*\[~?([A-Z]+)\]", line)
        if not m:
            continue
        phrase, plural, sector = m.group(1), (m.group(2) or "").strip("{} "), m.group(3)
        words = [w for w in phrase.lower().split("_") if w]
        if not words or len(words) > 3:
            continue
        variants = [" ".join(words)]
        for marker, options in (("!person!", _PERSON), ("!minist!", _MINIST)):
            variants = [v.replace(marker, o) for v in variants for o in options] if marker in phrase.lower() else variants
        for noun in variants:
            if noun in seen or "!" in noun:
                continue
            seen.add(noun)
            out.append({"noun": noun, "plural": plural.lower().replace("_", " "), "sector": sector})
    out.sort(key=lambda r: r["noun"])
    return out


GOLDSTEIN_URL = "https://github.com/mpiccirilli/UNDP-BCPR-Project/blob/08d29bb45bd64d999e6212382fb7cf145f9eb37d/CAMEO.goldsteinscale.txt"
EVENTCODES_URL = "https://github.com/AlifCor/media-focus/blob/a7e3917cff6a5d308203e4e6cc2f060baad9fb67/CAMEO.eventcodes.txt"
PLOVER_URL = "https://github.com/openeventdata/PLOVER/blob/5e0c24f/CAMEO2PLOVER-2021.txt"


def cameo_table(goldstein: Path, plover: Path, eventcodes: Path | None) -> list[list[str]]:
    """Every CAMEO code of three or four digits: its name (CAMEO 1.1b3 as CAMEO2PLOVER-2021.txt
    words it, else GDELT's CAMEO.eventcodes.txt) and the Goldstein value GDELT uses."""
    values = {}
    for line in goldstein.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and parts[0].isdigit():
            values[parts[0]] = parts[1]
    names = {}
    for line in plover.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\s*(\d{3,4})\s*:[^#]*#\s*(.+?)\s*$", line)
        if m:
            names.setdefault(m.group(1), (m.group(2).split("  ")[0].strip(), PLOVER_URL))
    if eventcodes is not None:
        for line in eventcodes.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 2 and parts[0].isdigit():
                names.setdefault(parts[0], (parts[1].strip(), EVENTCODES_URL))
    rows = []
    for code, value in values.items():
        if len(code) >= 3 and code in names:
            name, where = names[code]
            rows.append([code, name, f"{float(value):.1f}", f"{GOLDSTEIN_URL}|{where}"])
    return rows


# Codes the conversion table leaves out that its own manual suggests mapping (PLOVER manual draft 0.8,
# "CAMEO to PLOVER translation", note 2); written with that citation instead of the table's.
PLOVER_EXTRA = (("016", "REJECT", "", "PLOVER manual draft 0.8, CAMEO to PLOVER translation note 2: 016 Deny responsibility as REJECT"),)


def parse_plover(path: Path) -> list[dict]:
    """``0311: AGREE,  ,   economic # …`` → code, category, mode (the first line for a code wins)."""
    out, seen = [], set()
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\s*(\d{2,4})\s*:\s*([A-Z]+)\s*(?:,\s*([^,#]*))?", line)
        if m and m.group(1) not in seen:
            seen.add(m.group(1))
            out.append({"cameo": m.group(1), "plover": m.group(2), "mode": (m.group(3) or "").strip()})
    return out


def _write(path: Path, columns: list[str], rows: list[dict], *, source: str | None = SOURCE) -> None:
    """One table, each row citing its source (the short name of the file; data/cameo_lexicon.md gives the full address)."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow([*columns, "source"] if source is not None else columns)
        for r in rows:
            w.writerow([r[c] for c in columns] + ([source] if source is not None else []))


if __name__ == "__main__":
    raise SystemExit(main())
