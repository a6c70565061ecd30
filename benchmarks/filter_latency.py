"""Median time from a filter change to every view updated, inside one Python process (as in a kernel).

    python benchmarks/filter_latency.py [--changes 60]

Each change goes through ``Dashboard.apply`` (the widgets' own path). Charts
(filter + charts redrawn in their Output widgets + header + article view) are timed apart
from the map, which is rebuilt only when its places or movements change.
Floor: the same number of ``filter_dataset`` calls alone. Target: charts < 30 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_table import Row, render


def measure(changes: int = 60) -> dict:
    import analysis
    from analysis import dashboard, maps
    from analysis.dashboard import Filters, filter_dataset

    ds = analysis.load()
    board = dashboard.Dashboard(ds)
    opts = dashboard.options(ds)
    rng = random.Random(7)  # the same sequence of changes on every run

    def random_filters() -> Filters:
        pick = rng.randrange(6)
        if pick == 0:
            return Filters(actor=rng.choice(opts["actor"]))
        if pick == 1:
            return Filters(event_types=tuple(rng.sample(opts["event_types"], k=min(2, len(opts["event_types"])))))
        if pick == 2:
            return Filters(stances=(rng.choice(opts["stances"]),))
        if pick == 3:
            return Filters(include_context=rng.random() < 0.5)
        if pick == 4:
            return Filters(country=rng.choice(opts["country"]))
        return Filters(search=rng.choice(["war", "iran", "good", "xyz"]))

    sequence = [random_filters() for _ in range(changes)]
    floor, charts, maps_ms = [], [], []
    for filters in sequence:
        start = time.perf_counter()
        filter_dataset(ds, filters)
        floor.append(time.perf_counter() - start)
        board.apply(filters)  # the widgets' own path: filter, charts in place, header, article, map
        charts.append(board.timings["charts_ms"] / 1000)
        if board.timings["map_ms"] > 1:  # the map is rebuilt only when its places or movements change
            start = time.perf_counter()
            maps.map_html(board._shown)  # build and render the HTML a kernel sends (outside a kernel display skips it)
            maps_ms.append(time.perf_counter() - start)
    f, c, m = (statistics.median(x) * 1000 for x in (floor, charts, maps_ms))
    return {"changes": changes, "floor_ms": f, "charts_ms": c, "map_ms": m}


def rows(changes: int = 60) -> list[Row]:
    r = measure(changes)
    return [
        (f"filter change → header, charts and article updated, median of {r['changes']} (`benchmarks/filter_latency.py`)",
         f"{r['charts_ms']:.1f} ms", f"`filter_dataset` alone {r['floor_ms']:.1f} ms", f"{r['charts_ms'] / r['floor_ms']:.1f}×", "< 30 ms"),
        ("filter change → map rebuilt and rendered (only when its places or movements change)", f"{r['map_ms']:.1f} ms", "", "", "reported"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=60)
    with contextlib.redirect_stdout(sys.stderr):  # outside a kernel, showing the map prints its repr
        found = rows(parser.parse_args().changes)
    print(render(found))


if __name__ == "__main__":
    main()
