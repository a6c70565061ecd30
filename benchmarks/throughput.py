"""Extraction throughput: articles per second on one core, at 1, 10, 100 and 1,000 articles.

    python benchmarks/throughput.py [--reps 5]

The corpus is the seed and tests/articles/*.txt (11 articles), cycled. Every
article is a unique copy with a one-line suffix paragraph (see bench_corpus.py), so
``analysis``'s per-text memo (``dates_in``'s ``lru_cache``) never serves a
repeat. Each copy goes through ``analysis.load(path, published=...)``, the
path the CLI uses (read, decode, extract, frames), in one fresh process
(one process = one core).

The one-off first-call cost (reference tables, the gazetteer, the VADER
lexicon) is reported apart: before the batches, one article is loaded once,
and that first call minus the same article's steady time is the one-off cost.

Per-article figures are CPU time of the one process (``time.process_time``:
what one core spends, little disturbed by other work on a shared machine);
wall time is shown beside them. Floor: the same copies through spaCy ``spacy.blank("en")`` + the
``sentencizer`` (read the file, split sentences, nothing else), in another
fresh process; spaCy's import and set-up time is reported apart.
Sizes 1, 10 and 100 are the median of ``--reps`` batches; 1,000 is one batch.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_corpus as corpus
from bench_table import Row, ms, ratio, render

SIZES = (1, 10, 100, 1000)
WORKER_TIMEOUT = 600  # seconds for one worker process (the 1,000-article batch takes about 15 s)


def _plan(folder: Path, reps: int) -> dict:
    sources = corpus.sources()
    corpus.check_suffix(sources, folder)
    number = 0
    warm = corpus.write_copies(folder, 1 + reps, number, sources[:1])
    number += len(warm)
    batches = []
    for size in SIZES:
        for rep in range(1 if size >= 1000 else reps):
            files = corpus.write_copies(folder, size, number, sources)
            number += size
            batches.append({"size": size, "rep": rep, "files": [(str(p), d) for p, d in files]})
    return {"warm": [(str(p), d) for p, d in warm], "batches": batches}


def _work_analysis(plan: dict) -> dict:
    start = time.perf_counter()
    import analysis

    import_s = time.perf_counter() - start
    (first_path, first_pub), *again = plan["warm"]
    start = time.perf_counter()
    analysis.load(first_path, published=first_pub)
    first_s = time.perf_counter() - start
    steady = []
    for path, published in again:  # the same article, fresh copies: what it costs without the one-off
        start = time.perf_counter()
        analysis.load(path, published=published)
        steady.append(time.perf_counter() - start)
    out = []
    for batch in plan["batches"]:
        start, cpu = time.perf_counter(), time.process_time()
        for path, published in batch["files"]:
            analysis.load(path, published=published)
        out.append({"size": batch["size"], "seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu})
    from analysis.extract.dates import dates_in

    return {"import_s": import_s, "first_s": first_s, "steady_s": statistics.median(steady),
            "batches": out, "dates_in": dates_in.cache_info()._asdict()}


def _work_spacy(plan: dict) -> dict:
    start = time.perf_counter()
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    setup_s = time.perf_counter() - start
    for path, _ in plan["warm"]:
        list(nlp(Path(path).read_text(encoding="utf-8")).sents)
    out = []
    for batch in plan["batches"]:
        start, cpu = time.perf_counter(), time.process_time()
        sentences = 0
        for path, _ in batch["files"]:
            sentences += sum(1 for _ in nlp(Path(path).read_text(encoding="utf-8")).sents)
        out.append({"size": batch["size"], "seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "sentences": sentences})
    return {"setup_s": setup_s, "version": spacy.__version__, "batches": out}


def _worker(kind: str, plan_file: Path) -> dict:
    done = subprocess.run([sys.executable, __file__, "--worker", kind, str(plan_file)], check=False, capture_output=True,
                          text=True, timeout=WORKER_TIMEOUT)
    if done.returncode != 0:
        raise RuntimeError(f"{kind} worker failed: {done.stderr.strip().splitlines()[-1:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _per_article(batches: list[dict], size: int, key: str = "cpu") -> float:
    return statistics.median(b[key] for b in batches if b["size"] == size) / size


def measure(reps: int = 5) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-throughput-") as tmp:
        folder = Path(tmp)
        plan_file = folder / "plan.json"
        plan_file.write_text(json.dumps(_plan(folder, reps)))
        subprocess.run([sys.executable, "-c", "import analysis; analysis.load()"], check=True, timeout=120)  # warm-up: disk cache
        ours = _worker("analysis", plan_file)
        try:
            spacy = _worker("spacy", plan_file)
        except (RuntimeError, subprocess.TimeoutExpired) as err:
            spacy = {"error": str(err)}
    sizes = {}
    for size in SIZES:
        entry = {"ours_s": _per_article(ours["batches"], size), "ours_wall": _per_article(ours["batches"], size, "seconds")}
        if "batches" in spacy:
            entry["spacy_s"] = _per_article(spacy["batches"], size)
            entry["spacy_wall"] = _per_article(spacy["batches"], size, "seconds")
        sizes[size] = entry
    return {"sizes": sizes, "ours": ours, "spacy": spacy, "reps": reps, "corpus": len(corpus.sources())}


def rows(reps: int = 5) -> list[Row]:
    r = measure(reps)
    ours, spacy, sizes = r["ours"], r["spacy"], r["sizes"]
    one_off = max(0.0, ours["first_s"] - ours["steady_s"])
    out: list[Row] = [(
        "extraction: one-off first-call cost, wall (reference tables, gazetteer, VADER), not in per-article times (`benchmarks/throughput.py`)",
        ms(one_off), f"the same article afterwards {ms(ours['steady_s'])}", ratio(one_off, ours["steady_s"]), "reported",
    )]
    for size in SIZES:
        s = sizes[size]
        how = f"median of {r['reps']} batches" if size < 1000 else "one batch"
        floor = (f"spaCy sentencizer {ms(s['spacy_s'])}/article (wall {ms(s['spacy_wall'])})" if "spacy_s" in s
                 else f"spaCy not measured ({spacy.get('error', '')})")
        out.append((
            f"extraction throughput, {size:,} article{'s' if size > 1 else ' (the seed)'} ({how}; corpus of {r['corpus']} cycled, unique copies)",
            f"{1 / s['ours_s']:.0f} articles/s/core ({ms(s['ours_s'])}/article; wall {ms(s['ours_wall'])})", floor,
            ratio(s["ours_s"], s["spacy_s"]) if "spacy_s" in s else "", "reported",
        ))
    out.append((
        "cost growth: CPU time per article at 1,000 vs 10 articles",
        ms(sizes[1000]["ours_s"]), f"at 10: {ms(sizes[10]['ours_s'])}", ratio(sizes[1000]["ours_s"], sizes[10]["ours_s"]),
        "≈ 1× (linear)",
    ))
    if "setup_s" in spacy:
        ours_setup = ours["import_s"] + one_off
        out.append((
            f"spaCy {spacy['version']} import + `blank(\"en\")` + sentencizer, fresh process",
            ms(spacy["setup_s"]), f"`import analysis` + one-off {ms(ours_setup)}", ratio(spacy["setup_s"], ours_setup), "reported",
        ))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--worker", choices=("analysis", "spacy"), help=argparse.SUPPRESS)
    parser.add_argument("plan", nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        sys.path.insert(0, str(corpus.ROOT))
        plan = json.loads(Path(args.plan).read_text())
        print(json.dumps(_work_analysis(plan) if args.worker == "analysis" else _work_spacy(plan)))
        return
    print(render(rows(args.reps)))


if __name__ == "__main__":
    main()
