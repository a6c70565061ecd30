"""`make bench`: every benchmark under benchmarks/, one table of figures, floors and ratios.

    python benchmarks/run.py [--only NAME ...]

Each benchmark module has a ``rows()`` function returning table rows
``(figure, value, floor, ratio, target)``, every ratio against a floor measured
in the same run, and prints them when run alone (``python benchmarks/x.py``).
To add a benchmark, write such a module and add its ``rows`` to ``BENCHMARKS``.
A benchmark that fails prints one row saying so; the others still run, and the
exit status is 1.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import app_start
import app_viewers
import corpus_scaling
import export_write
import filter_latency
import hostile_shapes
import load_vs_pandas
import memory
import nbformat_rfc3987
import notebook_time
import page_sizes
import score_articles
import throughput
from bench_table import Row, load_average, machine, render

# (name for --only, function returning rows), in table order: add a benchmark here.
BENCHMARKS = [
    ("load", load_vs_pandas.rows),
    ("notebook", notebook_time.rows),
    ("filter", filter_latency.rows),
    ("scores", score_articles.rows),
    ("throughput", throughput.rows),
    ("corpus", corpus_scaling.rows),
    ("memory", memory.rows),
    ("shapes", hostile_shapes.rows),
    ("rfc3987", nbformat_rfc3987.rows),
    ("pages", page_sizes.rows),
    ("export", export_write.rows),
    ("app", app_start.rows),
    ("viewers", app_viewers.rows),
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", choices=[name for name, _ in BENCHMARKS], help="run only these benchmarks")
    args = parser.parse_args()
    started, load_before = time.perf_counter(), load_average()
    rows: list[Row] = []
    failed = False
    for name, produce in BENCHMARKS:
        if args.only and name not in args.only:
            continue
        print(f"running {name} …", file=sys.stderr, flush=True)
        try:
            with contextlib.redirect_stdout(sys.stderr):  # stray prints (a map's repr outside a kernel) stay out of the table
                rows += produce()
        except Exception as err:  # noqa: BLE001 - one broken benchmark must not hide the others' figures
            failed = True
            traceback.print_exc()
            rows.append((f"{name}: FAILED", f"{type(err).__name__}: {err}"[:200], "", "", ""))
    print(machine() + ".")
    print(f"The run took {time.perf_counter() - started:.0f} s; 1-minute load average {load_before} at the start, "
          f"{load_average()} at the end (the benchmarks themselves keep about one core busy; a load above the "
          f"core count means other work competed, and CPU figures are then the steadier ones).\n")
    print(render(rows))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
