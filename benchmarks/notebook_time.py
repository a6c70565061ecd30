"""Execution time of notebooks/dashboard.ipynb against a floor notebook, as a ratio from one run.

    python benchmarks/notebook_time.py [--runs 3]

The floor imports pandas, plotly, folium and ipywidgets and draws one figure:
what any such dashboard pays before doing anything. Each execution runs under a
cell timeout (a kernel can hang). Target: ratio at most 1.5.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR_CELLS = [
    "import pandas as pd\nimport plotly.graph_objects as go\nimport folium\nimport ipywidgets",
    "go.Figure(go.Scatter(x=[1, 2, 3], y=[3, 1, 2]))",
]


def _run(nb, timeout: int = 300) -> float:
    from nbclient import NotebookClient

    start = time.perf_counter()
    NotebookClient(nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    return time.perf_counter() - start


def measure(runs: int = 3) -> dict:
    import nbformat

    subject = ROOT / "notebooks" / "dashboard.ipynb"
    _run(nbformat.read(subject, as_version=4))  # warm-up: disk cache, gazetteer cache
    floor, value = [], []
    for _ in range(runs):
        floor.append(_run(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in FLOOR_CELLS])))
        value.append(_run(nbformat.read(subject, as_version=4)))
    f, v = statistics.median(floor), statistics.median(value)
    return {"floor_s": f, "value_s": v, "ratio": v / f}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    r = measure(parser.parse_args().runs)
    print(f"dashboard notebook: {r['value_s']:.2f} s vs floor notebook {r['floor_s']:.2f} s = {r['ratio']:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    sys.exit(main())
