"""The cost of a whole-or-nothing, spreadsheet-safe export.

    python benchmarks/export_write.py [--runs 30]

``analysis.export.write(ds, out)`` over an existing export (lock, fresh folder, safe CSV,
atomic swap, old folder removed), against the floor: the same frames written with
``DataFrame.to_csv`` (and ``map.geojson``) straight into a folder, as exports were written
before. The seed article; alternating, median of ``--runs``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_table import Row, ms, ratio, render


def measure(runs: int = 30) -> dict:
    import analysis
    from analysis import export

    ds = analysis.load()
    whole, floor = [], []
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        out, plain = Path(tmp) / "out", Path(tmp) / "plain"
        plain.mkdir()
        for i in range(runs + 1):  # the first round warms up and is not counted
            started = time.perf_counter()
            export.write(ds, out)
            middle = time.perf_counter()
            for name, df in ds.frames().items():
                df.to_csv(plain / f"{name}.csv", index=False, lineterminator="\n")
            (plain / "map.geojson").write_text(json.dumps(export.geojson(ds), ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
            done = time.perf_counter()
            if i:
                whole.append(middle - started)
                floor.append(done - middle)
    return {"runs": runs, "whole": statistics.median(whole), "floor": statistics.median(floor)}


def rows(runs: int = 30) -> list[Row]:
    m = measure(runs)
    return [(f"CLI export of the seed, whole or nothing and spreadsheet-safe, median of {m['runs']} "
             f"(`benchmarks/export_write.py`)", ms(m["whole"]),
             f"the same files written in place with `DataFrame.to_csv` {ms(m['floor'])}",
             ratio(m["whole"], m["floor"]), "reported")]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    print(render(rows(parser.parse_args().runs)))
