"""Score incident merging (cross-document event coreference) on the labelled merge set.

    python benchmarks/score_merge.py [POLNEAR_DIR] [--labels DIR] [--workers N] [--slack-days N] [--split S] [--json]

The merge set (``benchmarks/labels/merge.jsonl`` and ``merge_incidents.csv``, see
``MERGE_README.md``) says which event mentions in 114 PolNeAR train articles are the same
real-world happening. The articles are read as one corpus (:func:`analysis.load_corpus`,
publication dates and outlets from PolNeAR's ``metadata.tsv`` as a sidecar table), so the
incidents are the package's own, made over every event of every article.

Scoring: each labelled mention is matched to the event that *is* it, or to none:

- **matched**: the event's own span (its trigger) overlaps the labelled trigger, the shortest such
  event; a statement event whose span is its quoted words does not count as matched by them (the
  words "the attacks" inside a quote are what someone said about the attacks; that statement is
  another happening, said by another actor on another day), but it is matched by its cue: a labelled
  "said" or "tweeted" outside the quote, in a sentence the quote is in, whose word is the quote's cue,
  is that statement (the event's span is the quote, not the verb). A mention with no such event is
  *unmatched* (the extractor found no event for it) and is left out of the scores; the coverage line
  says how many;
- over the matched mentions: **pairwise** merge precision and recall (a pair is merged when both
  mentions' events carry the same ``incident_id``; it should be when both mentions have the same
  labelled incident), for all pairs and for pairs across articles; **B³** precision, recall and F1
  (per mention: the share of its system cluster in its gold cluster, and back);
- **hard negatives**: of the ``confusable_with`` incident pairs with matched mentions on both sides,
  how many the system merged (any mention of one in the same incident as any mention of the other);
- a floor in the same run: every event its own incident (what GDELT does), whose only merged pairs are
  two mentions matched to one event;
- for comparison with earlier figures, the matching MERGE_README first proposed (any event over the
  trigger, quotes included, else the event of the same sentence nearest the trigger). It is unfair:
  it scores some other event of the sentence (a statement about a shooting in place of the shooting),
  so two mentions of one incident stand for two unrelated events, and two incidents named in one
  sentence stand for one event and count as merged even when nothing is merged (the floor then
  merges must-not-merge pairs).

Splits (tune on one, check on the other): every labelled incident falls in ``dev`` or ``check`` by the
parity of a checksum of its id (stable when incidents are added), and all its mentions with it. The
whole corpus is merged either way; a split scores only the mentions of its incidents, and a
must-not-merge pair belongs to the split of its first id in sort order. ``--split dev`` (or ``check``)
reports one split; the default reports the whole set, then a line for each split.

The set is partial (an unlabelled event is not a negative), so the scores say how well the labelled
mentions that the extractor found are grouped, and the coverage line says how many it found. The
text stays in the corpus folder; nothing here stores it.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
import zlib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear"
LABELS = ROOT / "benchmarks" / "labels"


def read_mentions(labels: Path) -> list[dict]:
    with (labels / "merge.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def confusable_pairs(labels: Path) -> set[frozenset[str]]:
    pairs = set()
    with (labels / "merge_incidents.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for other in filter(None, (row.get("confusable_with") or "").split(";")):
                pairs.add(frozenset((row["incident"], other.strip())))
    return pairs


SPLITS = ("dev", "check")


def split_of(incident: str) -> str:
    """The split a labelled incident (and every mention of it) belongs to: a checksum's parity, so the
    halves stay put when incidents are added."""
    return SPLITS[zlib.crc32(incident.encode("utf-8")) % 2]


def match(mention: dict, events, *, loose: bool = False) -> tuple[str, str, str]:
    """(event_id, incident_id, how) of the event that stands for a labelled mention, or empty.

    ``events`` are (event_id, incident_id, start, end, quoted) with ``quoted`` false for an event
    over its own words and, for a statement whose span is its quoted words, the quote's cue ("said",
    "tweeted") or true. By default an unquoted event over the trigger matches (the shortest,
    ``how`` "trigger"); else a statement whose cue is the trigger, outside the quote and with the
    quote in the trigger's sentence ("cue": the labelled "said" of ``"…," she said`` is that
    statement, whose span is the quote, not the verb). ``loose`` is the earlier matching: any event
    over the trigger, else the event of the same sentence nearest the trigger.
    """
    ts, te = mention["trigger_start"], mention["trigger_end"]
    ss, se = mention["sentence_start"], mention["sentence_end"]
    word = (mention.get("trigger_text") or "").strip().lower()
    best, how = None, ""
    for eid, iid, start, end, quoted in events:
        if start < te and ts < end and (loose or not quoted):
            key = (end - start, start)
            if best is None or how != "trigger" or key < best[0]:
                best, how = (key, eid, iid), "trigger"
        elif loose and how != "trigger" and ss <= start < se:
            key = (min(abs(start - ts), abs(end - te)), start)
            if best is None or key < best[0]:
                best, how = (key, eid, iid), "sentence"
        elif (not loose and how != "trigger" and isinstance(quoted, str) and word and quoted.strip().lower() == word
              and not (start < te and ts < end) and start < se and ss < end):
            key = (min(abs(start - ts), abs(end - te)), start)
            if best is None or key < best[0]:
                best, how = (key, eid, iid), "cue"
    return (best[1], best[2], how) if best else ("", "", "")


def pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(gold: list[str], system: list[str], docs: list[str], *, across: bool = False) -> tuple[int, int, int]:
    """(merged and right, merged, should be merged) over all pairs of mentions (or pairs across articles)."""
    both, sys_sizes, gold_sizes = Counter(), Counter(), Counter()
    for g, s, d in zip(gold, system, docs):
        both[(g, s)] += 1
        sys_sizes[s] += 1
        gold_sizes[g] += 1
    tp, merged, wanted = (sum(pairs(n) for n in c.values()) for c in (both, sys_sizes, gold_sizes))
    if across:  # take away the pairs inside one article
        inner = [Counter(), Counter(), Counter()]
        for g, s, d in zip(gold, system, docs):
            inner[0][(g, s, d)] += 1
            inner[1][(s, d)] += 1
            inner[2][(g, d)] += 1
        tp, merged, wanted = (total - sum(pairs(n) for n in c.values()) for total, c in zip((tp, merged, wanted), inner))
    return tp, merged, wanted


def b_cubed(gold: list[str], system: list[str]) -> tuple[float, float, float]:
    both = Counter(zip(gold, system))
    g_size, s_size = Counter(gold), Counter(system)
    n = len(gold)
    if not n:
        return 0.0, 0.0, 0.0
    p = sum(both[(g, s)] / s_size[s] for g, s in zip(gold, system)) / n
    r = sum(both[(g, s)] / g_size[g] for g, s in zip(gold, system)) / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def hard_negatives(gold: list[str], system: list[str], confusable: set[frozenset[str]]) -> tuple[int, int, list[str]]:
    clusters: dict[str, set[str]] = defaultdict(set)
    for g, s in zip(gold, system):
        clusters[g].add(s)
    scored = [pair for pair in confusable if all(side in clusters for side in pair)]
    merged = sorted(" ~ ".join(sorted(pair)) for pair in scored if set.intersection(*(clusters[side] for side in pair)))
    return len(merged), len(scored), merged


def ratio(num: float, den: float) -> str:
    return f"{num / den:.1%}" if den else "—"


def score(polnear: Path, labels: Path, *, workers: int | None = None, slack_days: int = 0, split: str = "all") -> dict:
    import analysis
    from analysis import incidents as inc

    docs = sorted({m["doc"] for m in read_mentions(labels)})
    folder = polnear / "train" / "text"
    started = time.perf_counter()
    corpus = analysis.load_corpus([folder / f"{d}.txt" for d in docs], metadata=polnear / "metadata.tsv",
                                  workers=workers, report=None)
    read_s = time.perf_counter() - started
    if slack_days:
        incidents, of = inc.incidents(corpus.events.drop(columns="incident_id"), quotes=corpus.quotes,
                                      locations=corpus.locations, articles=corpus.articles, slack_days=slack_days)
        corpus = corpus.replace(events=corpus.events.assign(incident_id=corpus.events["event_id"].map(of)))
    started = time.perf_counter()
    inc.incidents(corpus.events, quotes=corpus.quotes, locations=corpus.locations, articles=corpus.articles)
    merge_s = time.perf_counter() - started
    out = score_frames(corpus.events, corpus.articles, polnear, labels, split=split, quotes=corpus.quotes)
    if split == "all":
        out["splits"] = {name: score_frames(corpus.events, corpus.articles, polnear, labels, split=name,
                                      quotes=corpus.quotes) for name in SPLITS}
    out.update(read_s=round(read_s, 2), merge_s=round(merge_s, 3), incidents=len(corpus.incidents))
    return out


def score_frames(events_frame, articles, polnear: Path, labels: Path, *, split: str = "all", quotes=None) -> dict:
    """The scores of a corpus's events (with ``incident_id``) read from the merge set's articles; ``split``
    ("dev", "check") scores only the mentions of that split's incidents."""
    mentions = read_mentions(labels)
    docs = sorted({m["doc"] for m in mentions})
    if split != "all":
        mentions = [m for m in mentions if split_of(m["incident"]) == split]
    folder = polnear / "train" / "text"
    by_file = dict(zip(articles["file"], articles["article_id"]))
    article_of = {d: by_file.get(str(folder / f"{d}.txt"), "") for d in docs}
    events = defaultdict(list)
    ev = events_frame[events_frame["source"] == "article"]
    cue_of = dict(zip(quotes["quote_id"], quotes["cue"].fillna(""))) if quotes is not None else {}
    quote_ids = ev["quote_id"].fillna("") if "quote_id" in ev else [""] * len(ev)
    quoted = [(cue_of.get(q) or True) if q else False for q in quote_ids]
    for aid, eid, iid, start, end, q in zip(ev["article_id"], ev["event_id"], ev["incident_id"], ev["start"], ev["end"], quoted):
        events[aid].append((eid, iid, int(start), int(end), q))
    out = {"mentions": len(mentions), "articles": len(docs), "unreadable": int((articles["error"] != "").sum()),
           "events": len(events_frame)}
    confusable = confusable_pairs(labels)
    if split != "all":
        confusable = {pair for pair in confusable if split_of(min(pair)) == split}
        every = read_mentions(labels)  # the other side of a must-not-merge pair may be in the other split
    for prefix, loose in (("", False), ("loose_", True)):
        gold, system, single, where, how_counts = [], [], [], [], Counter()
        for m in mentions:
            eid, iid, how = match(m, events.get(article_of[m["doc"]], ()), loose=loose)
            how_counts[how or "unmatched"] += 1
            if how:
                gold.append(m["incident"])
                system.append(iid)
                single.append(eid)
                where.append(m["doc"])
        out[f"{prefix}matched"] = dict(how_counts)
        for name, clusters in (("system", system), ("floor", single)):
            for scope in ("all", "across"):
                tp, merged, wanted = pairwise(gold, clusters, where, across=scope == "across")
                out[f"{prefix}{name}_{scope}"] = {"precision": tp / merged if merged else None,
                                                 "recall": tp / wanted if wanted else None,
                                                 "right": tp, "merged": merged, "wanted": wanted}
            p, r, f = b_cubed(gold, clusters)
            out[f"{prefix}{name}_b3"] = {"precision": p, "recall": r, "f1": f}
            if split == "all":
                n, of_pairs, listed = hard_negatives(gold, clusters, confusable)
            else:
                n, of_pairs, listed = _split_negatives(every, events, article_of, confusable, loose, name)
            out[f"{prefix}{name}_hard_negatives"] = {"merged": n, "scored": of_pairs, "pairs": listed}
    return out


def _split_negatives(mentions, events, article_of, confusable, loose: bool, name: str) -> tuple[int, int, list[str]]:
    gold, clusters = [], []
    for m in mentions:
        eid, iid, how = match(m, events.get(article_of[m["doc"]], ()), loose=loose)
        if how:
            gold.append(m["incident"])
            clusters.append(iid if name == "system" else eid)
    return hard_negatives(gold, clusters, confusable)


def split_line(name: str, result: dict) -> str:
    """One line of a split's main figures."""
    m, a, b, h = (result[k] for k in ("matched", "system_all", "system_b3", "system_hard_negatives"))
    covered = m.get("trigger", 0) + m.get("cue", 0)
    return (f"{name}: coverage {ratio(covered, result['mentions'])} ({covered} of {result['mentions']}); pairwise P "
            f"{ratio(a['right'], a['merged'])} ({a['right']}/{a['merged']}) R {ratio(a['right'], a['wanted'])} "
            f"({a['right']}/{a['wanted']}); B³ F1 {b['f1']:.1%} (floor {result['floor_b3']['f1']:.1%}); must-not-merge "
            f"merged {h['merged']} of {h['scored']}")


def report(result: dict) -> str:
    m, loose = result["matched"], result["loose_matched"]
    total = result["mentions"]
    lines = [
        f"merge set: {total} labelled mentions in {result['articles']} articles; read as one corpus in "
        f"{result['read_s']:.1f} s ({result['events']} events, {result['incidents']} incidents; merge alone "
        f"{result['merge_s'] * 1000:.0f} ms; unreadable files: {result['unreadable']})",
        f"mentions matched to their own event (unquoted event over the trigger, or the statement whose cue is the "
        f"trigger): {ratio(m.get('trigger', 0) + m.get('cue', 0), total)} ({m.get('trigger', 0)} by trigger, "
        f"{m.get('cue', 0)} by cue; unmatched {m.get('unmatched', 0)})",
        f"earlier loose matching (any event over the trigger, else the sentence's nearest): "
        f"{ratio(total - loose.get('unmatched', 0), total)} (by trigger {loose.get('trigger', 0)}, by sentence "
        f"{loose.get('sentence', 0)})",
        "",
        "| scores over matched mentions | pairwise P | pairwise R | cross-article P | cross-article R | B³ P | B³ R | B³ F1 | must-not-merge pairs merged |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, label in (("system", "incidents (analysis.incidents)"), ("floor", "floor: every event its own incident"),
                        ("loose_system", "incidents, earlier loose matching"),
                        ("loose_floor", "floor, earlier loose matching")):
        a, x, b, h = (result[f"{name}_{k}"] for k in ("all", "across", "b3", "hard_negatives"))
        lines.append(f"| {label} | {ratio(a['right'], a['merged'])} ({a['right']}/{a['merged']}) | "
                     f"{ratio(a['right'], a['wanted'])} ({a['right']}/{a['wanted']}) | {ratio(x['right'], x['merged'])} | "
                     f"{ratio(x['right'], x['wanted'])} ({x['right']}/{x['wanted']}) | {b['precision']:.1%} | "
                     f"{b['recall']:.1%} | {b['f1']:.1%} | {h['merged']} of {h['scored']} |")
    merged = result["system_hard_negatives"]["pairs"]
    if merged:
        lines.append("")
        lines.append("must-not-merge pairs merged: " + ", ".join(merged[:10]) + (" …" if len(merged) > 10 else ""))
    for name, part in result.get("splits", {}).items():
        lines.append(split_line(name, part))
    lines.append("targets (issue 14): pairwise precision ≥ 90%, recall ≥ 85%")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("polnear", nargs="?", type=Path, default=DEFAULT_POLNEAR, help="the PolNeAR folder (train/, metadata.tsv)")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--workers", type=int, default=None, help="1: this process (default: the package's choice)")
    parser.add_argument("--slack-days", type=int, default=0, help="widen every date comparison by this many days")
    parser.add_argument("--split", choices=("all", *SPLITS), default="all",
                        help="score one half of the labelled incidents (dev to tune on, check to report)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not (args.polnear / "train" / "text").is_dir():
        print(f"score_merge: no PolNeAR train texts under {args.polnear}; pass the folder", file=sys.stderr)
        return 2
    if not (args.labels / "merge.jsonl").is_file():
        print(f"score_merge: no merge.jsonl under {args.labels}", file=sys.stderr)
        return 2
    result = score(args.polnear, args.labels, workers=args.workers, slack_days=args.slack_days, split=args.split)
    print(json.dumps(result, indent=1) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
