"""Wall time of a fresh process running ``analysis.load()`` against one running only ``import pandas``.

    python benchmarks/load_vs_pandas.py [--runs 15]

Both are measured in the same run, alternating, after one untimed warm-up
(which also builds the gazetteer cache on a new machine); medians are compared.
Target: ratio at most 1.3.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR = "import pandas"
SUBJECT = "import analysis; analysis.load()"


def wall(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    return time.perf_counter() - start


def measure(runs: int = 15) -> dict:
    wall(SUBJECT)  # warm-up: file cache and gazetteer cache
    floor, subject = [], []
    for _ in range(runs):
        floor.append(wall(FLOOR))
        subject.append(wall(SUBJECT))
    f, s = statistics.median(floor), statistics.median(subject)
    return {"name": "analysis.load() vs import pandas", "floor_s": f, "value_s": s, "ratio": s / f, "target": 1.3}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    result = measure(parser.parse_args().runs)
    print(f"{result['name']}: {result['value_s'] * 1000:.0f} ms vs {result['floor_s'] * 1000:.0f} ms "
          f"= {result['ratio']:.2f}x (target <= {result['target']}x)")


if __name__ == "__main__":
    main()
