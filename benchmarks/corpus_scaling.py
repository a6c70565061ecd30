"""Corpus throughput and scaling: one core, multiprocessing and Dask, from 1 to 10,000 articles.

    python benchmarks/corpus_scaling.py [--corpus DIR ...] [--sizes 1 10 100 1000 10000] [--workers 2]

The corpus is cycled from ``--corpus`` folders of ``.txt`` articles (default: PolNeAR ``train/text``
in ``../shared/corpora/polnear`` when present, else the seed and ``tests/articles/``), every copy
made unique by a suffix paragraph (``bench_corpus.suffixed``: no per-text memo serves a repeat),
into a temporary folder with a sidecar ``metadata.csv`` (publication dates where the corpus has
them). Nothing of the corpus is stored.

For each size, three fresh processes read the same copies and put the corpus together
(:func:`analysis.corpus.plan` → read → :func:`analysis.corpus.combine`, incidents included):

- **one core**: :func:`analysis.cluster.in_process`;
- **multiprocessing**: a ``multiprocessing`` pool of ``--workers`` processes mapping
  :func:`analysis.corpus.extract_batch` over the same batches (the floor Dask is held to; the
  package itself uses Dask, not a pool of its own);
- **Dask local**: a ``distributed.LocalCluster`` of ``--workers`` single-threaded processes,
  :func:`analysis.cluster.on_dask`.

Each process first reads one article (and each pool or Dask worker too) so that the one-off cost of
reference tables and the gazetteer is not counted; pool and cluster start-up are reported apart.
Rows: articles per second (wall) for each mode and size, multiprocessing and Dask as ratios to one
core in the same run; CPU time per article on one core at each size against 100 articles (flat means
linear); peak RSS of the one-core process at the largest size against a process holding the same
texts with pandas imported; the merge alone (incidents and quote groups) at the largest size against
an exact-duplicate merge (``drop_duplicates`` on type, actor, target, place and date, what GDELT does).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from bench_table import Row, ms, ratio, render  # noqa: E402

SIZES = (1, 10, 100, 1000, 10000)
MODES = ("one core", "multiprocessing", "Dask local")
POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear"
CHILD_TIMEOUT = 3600


def sources(folders: list[Path]) -> list[tuple[Path, str | None]]:
    """(path, published) of every article in ``folders``; dates from a PolNeAR-style metadata table above them."""
    if not folders:
        default = POLNEAR / "train" / "text"
        if default.is_dir():
            folders = [default]
        else:
            import bench_corpus

            return bench_corpus.sources()
    from analysis.corpus import article_files, sidecar

    out = []
    for folder in folders:
        known = {}
        for table in (folder / "metadata.tsv", folder.parent / "metadata.tsv", folder.parent.parent / "metadata.tsv"):
            if table.is_file():
                known = sidecar(table)
                break
        for path, _ in article_files(folder):
            row = known.get(Path(path).stem, {})
            out.append((Path(path), str(row["published"]) if row.get("published") else None))
    return out


def write_corpus(folder: Path, size: int, first: int, corpus: list[tuple[Path, str | None]]) -> Path:
    """``size`` unique copies in ``folder/size`` with a sidecar of their dates; returns the folder."""
    import bench_corpus

    target = folder / f"n{size}"
    target.mkdir()
    copies = bench_corpus.write_copies(target, size, first, corpus)
    with (target / "metadata.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "published"])
        writer.writerows((p.name, d or "") for p, d in copies)
    return target


# --- the measured processes -----------------------------------------------------------------------------


def _warm(path: str) -> bool:
    import analysis

    analysis.load(path)
    return True


def _rss_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(mode: str, folder: str, workers: int) -> dict:
    from analysis import cluster
    from analysis.corpus import combine, plan

    jobs = plan(folder)
    _warm(jobs[0].path)
    start_s = 0.0
    if mode == "one core":
        wall, cpu = time.perf_counter(), time.process_time()
        batches = cluster.in_process(jobs)
    elif mode == "multiprocessing":
        import multiprocessing
        from functools import partial

        from analysis.corpus import extract_batch

        began = time.perf_counter()
        pool = multiprocessing.get_context("forkserver").Pool(workers)
        pool.map(_warm, [jobs[0].path] * workers, chunksize=1)
        start_s = time.perf_counter() - began
        wall, cpu = time.perf_counter(), time.process_time()
        size = -(-len(jobs) // (workers * cluster.TASKS_PER_WORKER))
        batches = pool.map(partial(extract_batch), cluster.batches(jobs, size), chunksize=1)
        pool.close()
        pool.join()
    else:
        import logging

        from distributed import Client, LocalCluster

        began = time.perf_counter()
        local = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                             silence_logs=logging.ERROR)
        client = Client(local, set_as_default=False)
        client.run(_warm, jobs[0].path)
        start_s = time.perf_counter() - began
        wall, cpu = time.perf_counter(), time.process_time()
        batches = cluster.on_dask(jobs, client)
    corpus = combine(batches)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    out = {"articles": len(jobs), "wall": wall, "cpu": cpu, "start": start_s, "rss_mib": _rss_mib(),
           "events": len(corpus.events), "incidents": len(corpus.incidents)}
    if mode == "one core":
        from analysis import incidents as inc

        began = time.perf_counter()
        quotes = corpus.quotes.assign(quote_group=inc.quote_groups(corpus.quotes))
        inc.incidents(corpus.events, quotes=quotes, locations=corpus.locations, articles=corpus.articles)
        out["merge_s"] = time.perf_counter() - began
        began = time.perf_counter()
        corpus.events.drop_duplicates(subset=["event_type", "actor", "target", "location_id", "date"])
        out["exact_merge_s"] = time.perf_counter() - began
    if mode == "Dask local":
        client.close()
        local.close()
    return out


def texts_floor(folder: str) -> dict:
    """Peak RSS of a process that imports pandas and holds every text of ``folder``."""
    import pandas  # noqa: F401

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]
    return {"rss_mib": _rss_mib(), "characters": sum(map(len, texts))}


def _run_child(*args: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True,
                          timeout=CHILD_TIMEOUT, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"{args[0]} failed: {proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else proc.returncode}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --- the table --------------------------------------------------------------------------------------------


def measure(*, folders: list[Path], sizes=SIZES, workers: int = 2, modes=MODES) -> dict:
    corpus = sources(folders)
    results: dict = {"corpus": len(corpus), "workers": workers, "sizes": {}}
    with tempfile.TemporaryDirectory(prefix="corpus-scaling-") as tmp:
        first = 0
        for size in sizes:
            folder = write_corpus(Path(tmp), size, first, corpus)
            first += size
            row = {mode: _run_child(mode, str(folder), str(workers)) for mode in modes}
            if size == max(sizes):
                row["texts floor"] = _run_child("texts", str(folder), "0")
            results["sizes"][size] = row
            print(f"  {size} articles: " + ", ".join(f"{m} {row[m]['wall']:.1f} s" for m in modes), file=sys.stderr, flush=True)
    return results


def rows(*, folders: list[Path] | None = None, sizes=SIZES, workers: int = 2, modes=MODES) -> list[Row]:
    """The table rows; ``modes`` must include "one core" (every ratio is against it)."""
    res = measure(folders=folders or [], sizes=sizes, workers=workers, modes=modes)
    out: list[Row] = []
    src = f"corpus of {res['corpus']} cycled, unique copies"
    for size, row in res["sizes"].items():
        one = row["one core"]
        one_rate = one["articles"] / one["wall"]
        out.append((f"corpus throughput, {size:,} articles, one core ({src}; plan, read, combine, incidents)",
                    f"{one_rate:.0f} articles/s (CPU {one['cpu'] / one['articles'] * 1000:.1f} ms/article)", "", "", "reported"))
        for mode in [m for m in MODES[1:] if m in row]:
            r = row[mode]
            rate = r["articles"] / r["wall"]
            out.append((f"corpus throughput, {size:,} articles, {mode} ({workers} workers; start-up {ms(r['start'])} apart)",
                        f"{rate:.0f} articles/s", f"one core {one_rate:.0f} articles/s", ratio(rate, one_rate),
                        f"≈ {workers}× on {workers} free cores"))
    sizes_run = sorted(res["sizes"])
    if 100 in res["sizes"]:
        base = res["sizes"][100]["one core"]
        per_100 = base["cpu"] / base["articles"]
        for size in sizes_run:
            if size > 100:
                r = res["sizes"][size]["one core"]
                out.append((f"cost growth: one-core CPU per article at {size:,} vs 100 articles",
                            f"{r['cpu'] / r['articles'] * 1000:.1f} ms", f"at 100: {per_100 * 1000:.1f} ms",
                            ratio(r["cpu"] / r["articles"], per_100), "≈ 1× (linear)"))
    top = max(sizes_run)
    one, floor = res["sizes"][top]["one core"], res["sizes"][top]["texts floor"]
    out.append((f"peak RSS, one core, {top:,} articles (all frames and texts held)", f"{one['rss_mib']:.0f} MiB",
                f"`import pandas` + the {top:,} texts {floor['rss_mib']:.0f} MiB", ratio(one["rss_mib"], floor["rss_mib"]),
                "reported"))
    out.append((f"merge {top:,} articles' events ({one['events']:,} events → {one['incidents']:,} incidents; quote groups too)",
                ms(one["merge_s"]), f"exact-duplicate merge {ms(one['exact_merge_s'])}",
                ratio(one["merge_s"], one["exact_merge_s"]), "reported"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", nargs="*", type=Path, default=[], help="folders of .txt articles to cycle")
    parser.add_argument("--sizes", nargs="*", type=int, default=list(SIZES))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--modes", nargs="*", choices=MODES, default=list(MODES), help="'one core' is always run")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "FOLDER", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, folder, workers = args.child
        print(json.dumps(texts_floor(folder) if mode == "texts" else child(mode, folder, int(workers))))
        return 0
    modes = ["one core"] + [m for m in args.modes if m != "one core"]
    print(render(rows(folders=args.corpus, sizes=args.sizes, workers=args.workers, modes=modes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
