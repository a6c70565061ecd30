"""Median time from a filter change to every view updated, inside one Python process (as in a kernel).

    python benchmarks/filter_latency.py [--changes 60]

Charts (filter + three FigureWidget updates + header + article view) are timed
apart from the map, which is rebuilt only when its places or movements change.
Floor: the same number of ``filter_dataset`` calls alone. Target: charts < 30 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def measure(changes: int = 60) -> dict:
    import analysis
    from analysis import dashboard, maps, plots, reader
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
        shown = filter_dataset(ds, filters)
        floor.append(time.perf_counter() - start)

        start = time.perf_counter()
        shown = filter_dataset(ds, filters)
        board.header.value = dashboard.header_html(ds, shown)
        plots.update_figure(board.timeline, plots.events_timeline(shown.events, sentences=ds.sentences))
        plots.update_figure(board.quotes, plots.quotes_by_speaker(shown.quotes))
        plots.update_figure(board.network, plots.actor_network(shown.events, shown.quotes))
        board.article.value = reader.article_html(ds, reader.highlights(shown))
        charts.append(time.perf_counter() - start)

        start = time.perf_counter()
        maps.article_map(shown).get_root().render()
        maps_ms.append(time.perf_counter() - start)
    f, c, m = (statistics.median(x) * 1000 for x in (floor, charts, maps_ms))
    return {"changes": changes, "floor_ms": f, "charts_ms": c, "map_ms": m}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=60)
    r = measure(parser.parse_args().changes)
    print(f"filter change → charts updated: median {r['charts_ms']:.1f} ms over {r['changes']} changes "
          f"(floor filter_dataset alone {r['floor_ms']:.1f} ms, ratio {r['charts_ms'] / r['floor_ms']:.1f}x; target < 30 ms)")
    print(f"map rebuild and render when its content changes: median {r['map_ms']:.1f} ms")


if __name__ == "__main__":
    main()
