"""`make bench`: every benchmark under benchmarks/, one table of figures, floors and ratios."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import filter_latency  # noqa: E402
import load_vs_pandas  # noqa: E402
import notebook_time  # noqa: E402
import score_articles  # noqa: E402


def main() -> None:
    rows = []
    r = load_vs_pandas.measure(15)
    rows.append(("fresh process: analysis.load()", f"{r['value_s'] * 1000:.0f} ms", f"import pandas {r['floor_s'] * 1000:.0f} ms", f"{r['ratio']:.2f}x", "<= 1.3x"))
    r = notebook_time.measure(3)
    rows.append(("dashboard notebook execution", f"{r['value_s']:.2f} s", f"floor notebook {r['floor_s']:.2f} s", f"{r['ratio']:.2f}x", "<= 1.5x"))
    r = filter_latency.measure(60)
    rows.append(("filter change → charts updated (median of 60)", f"{r['charts_ms']:.1f} ms", f"filter_dataset {r['floor_ms']:.1f} ms", f"{r['charts_ms'] / r['floor_ms']:.1f}x", "< 30 ms"))
    rows.append(("filter change → map rebuilt (median of 60)", f"{r['map_ms']:.1f} ms", "", "", "reported"))
    t = score_articles.score()["total"]
    rows.append(("quotes attributed right (tests/articles)", f"{t['attribution']:.0%}", "textacy 63%", "", ">= 90%"))
    rows.append(("quote precision", f"{t['quote_precision']:.0%}", "", "", ">= 90%"))
    rows.append(("places found", f"{t['place_recall']:.0%}", "textacy 84%", "", ">= 90%"))
    print("| figure | value | floor | ratio | target |\n|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
