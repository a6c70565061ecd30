"""Wall time of a fresh process running ``analysis.load()`` against one running only ``import pandas``.

    python benchmarks/load_vs_pandas.py [--runs 15]

Both are measured in the same run, alternating, after one untimed warm-up
(which also builds the gazetteer cache on a new machine, and writes the package's bytecode as a first
import does: the processes run with bytecode caches allowed, as pandas' installed ones are); medians are compared.
Target: ratio at most 1.3.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_table import Row, installed_env, ratio, render

FLOOR = "import pandas"
SUBJECT = "import analysis; analysis.load()"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def wall(code: str) -> float:
    return timed(code)[0]


def timed(code: str) -> tuple[float, float]:
    """Wall and CPU seconds of a fresh process running ``code``."""
    start, cpu = time.perf_counter(), _children_cpu()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=120, env=installed_env())
    return time.perf_counter() - start, _children_cpu() - cpu


def measure(runs: int = 15) -> dict:
    wall(SUBJECT)  # warm-up: file cache, gazetteer cache and the package's bytecode (see installed_env)
    floor, subject = [], []
    for _ in range(runs):
        floor.append(timed(FLOOR))
        subject.append(timed(SUBJECT))
    f, s = (statistics.median(w for w, _ in x) for x in (floor, subject))
    fc, sc = (statistics.median(c for _, c in x) for x in (floor, subject))
    return {"name": "analysis.load() vs import pandas", "floor_s": f, "value_s": s, "ratio": s / f, "target": 1.3,
            "floor_cpu": fc, "value_cpu": sc}


def rows(runs: int = 15) -> list[Row]:
    r = measure(runs)
    return [(f"fresh process: `analysis.load()`, median of {runs} (`benchmarks/load_vs_pandas.py`)",
             f"{r['value_s'] * 1000:.0f} ms (CPU {r['value_cpu'] * 1000:.0f} ms)",
             f"`import pandas` {r['floor_s'] * 1000:.0f} ms (CPU {r['floor_cpu'] * 1000:.0f} ms)",
             f"{ratio(r['value_s'], r['floor_s'])} (CPU {ratio(r['value_cpu'], r['floor_cpu'])})", f"≤ {r['target']}×")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    print(render(rows(parser.parse_args().runs)))


if __name__ == "__main__":
    main()
