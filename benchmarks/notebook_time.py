"""Execution time of notebooks/dashboard.ipynb against a floor notebook, as a ratio from one run.

    python benchmarks/notebook_time.py [--runs 5]

The floor imports pandas, plotly, folium and ipywidgets and draws one figure:
what any such dashboard pays before doing anything. Each execution runs in its
own process under a whole-run timeout (``RUN_TIMEOUT``), and every cell under
nbclient's ``timeout=`` (``CELL_TIMEOUT``): a kernel can hang. The time is
taken inside that process around ``NotebookClient.execute()`` only.
Target: ratio at most 1.5.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_table import Row, render

CELL_TIMEOUT = 120  # seconds per cell (nbclient)
RUN_TIMEOUT = 300  # seconds for one whole execution, kernel start included
FLOOR_CELLS = [
    "import pandas as pd\nimport plotly.graph_objects as go\nimport folium\nimport ipywidgets",
    "go.Figure(go.Scatter(x=[1, 2, 3], y=[3, 1, 2]))",
]


def _cpu() -> float:
    import resource

    return sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN) for f in ("ru_utime", "ru_stime"))


def _execute(which: str) -> dict:
    """In the child process: execute the subject (``which`` = a path) or the floor notebook.

    Wall seconds, and CPU seconds of this process plus the kernel (reaped at shutdown),
    which other people's load on a shared machine disturbs far less.
    """
    import nbformat
    from nbclient import NotebookClient

    if which == "floor":
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in FLOOR_CELLS])
    else:
        nb = nbformat.read(which, as_version=4)
    client = NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "notebooks")}})
    start, cpu = time.perf_counter(), _cpu()
    client.execute()
    return {"seconds": time.perf_counter() - start, "cpu": _cpu() - cpu}


def _run(which: str) -> dict:
    done = subprocess.run([sys.executable, __file__, "--execute", which], check=False, capture_output=True, text=True, timeout=RUN_TIMEOUT)
    if done.returncode != 0:
        raise RuntimeError(f"notebook {which} failed: {done.stderr.strip().splitlines()[-1:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(runs: int = 5) -> dict:
    subject = str(ROOT / "notebooks" / "dashboard.ipynb")
    _run(subject)  # warm-up: disk cache, gazetteer cache
    floor, value = [], []
    for _ in range(runs):
        floor.append(_run("floor"))
        value.append(_run(subject))
    f, v = (statistics.median(x["seconds"] for x in runs_) for runs_ in (floor, value))
    fc, vc = (statistics.median(x["cpu"] for x in runs_) for runs_ in (floor, value))
    return {"floor_s": f, "value_s": v, "ratio": v / f, "floor_cpu": fc, "value_cpu": vc, "runs": runs}


def rows(runs: int = 5) -> list[Row]:
    r = measure(runs)
    return [(f"`notebooks/dashboard.ipynb` execution, median of {r['runs']} (`benchmarks/notebook_time.py`; cells under {CELL_TIMEOUT} s, each run under {RUN_TIMEOUT} s)",
             f"{r['value_s']:.2f} s (CPU {r['value_cpu']:.2f} s)",
             f"notebook importing pandas, plotly, folium, ipywidgets + one figure: {r['floor_s']:.2f} s (CPU {r['floor_cpu']:.2f} s)",
             f"{r['ratio']:.2f}× (CPU {r['value_cpu'] / r['floor_cpu']:.2f}×)", "≤ 1.5×")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--execute", help=argparse.SUPPRESS)  # child process: one execution
    args = parser.parse_args()
    if args.execute:
        print(json.dumps(_execute(args.execute)))
        return
    print(render(rows(args.runs)))


if __name__ == "__main__":
    sys.exit(main())
