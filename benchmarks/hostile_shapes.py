"""Bounded cost on the worst shapes of input a reviewer found, at the size limit.

    python benchmarks/hostile_shapes.py [--bound 60] [--memory 800]

Issue #15 found three shapes that cost far more than an article of the same size:
repeated short quoted lines (``"Yes," he said.`` — one quote, one sentence and one
statement per 16 bytes), one giant paragraph with no line break, and a million short
lines; a later review added sentences thousands of spaces apart (a sentence-end pattern
once backtracked in the cube of the gap). Each is built here just under the size limit (``analysis.article.MAX_BYTES``)
and run through the CLI (``python -m analysis extract FILE --out DIR``) in a fresh
process under ``timeout``; the figures are wall time, CPU time and peak RSS, against a
floor measured in the same run: a fresh process that imports pandas and reads the file.
The bounds (60 s, 800 MB) are the issue's; the README states them with the limit.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_table import Row, ms, ratio, render
from memory import _fresh, mib


def _fill(unit, limit: int) -> str:
    """``unit(i)`` for i = 0, 1, … until the text would pass ``limit`` bytes."""
    parts, size, i = [], 0, 0
    while True:
        piece = unit(i)
        size += len(piece.encode("utf-8"))
        if size > limit:
            return "".join(parts)
        parts.append(piece)
        i += 1


def shapes(limit: int) -> dict[str, str]:
    """The shapes, each just under ``limit`` bytes, built deterministically."""
    words = ("the minister said that troops would leave the city on Friday after talks in Baghdad with "
             "officials from Iran and the United States").split()
    rng = random.Random(15)
    paragraph = _fill(lambda i: rng.choice(words) + " ", limit - 2).rstrip() + ".\n"
    return {
        "repeated short quoted lines (\"Yes,\" he said.)": _fill(lambda i: '"Yes," he said.\n', limit),
        "one giant paragraph": paragraph,
        "short lines (\"Row 1 ok.\")": _fill(lambda i: f"Row {i} ok.\n", limit),
        "sentences 5,000 spaces apart": _fill(lambda i: "Officials said." + " " * 5000 + f"-Bar Baz{i} said it was fine.\n", limit),
    }


def measure(bound: int = 60) -> list[dict]:
    from analysis.article import MAX_BYTES

    out = []
    with tempfile.TemporaryDirectory(prefix="bench-shapes-") as tmp:
        for k, (name, text) in enumerate(shapes(MAX_BYTES).items()):
            path = Path(tmp) / f"shape{k}.txt"
            path.write_text(text, encoding="utf-8")
            floor = _fresh(f"import pandas; open({str(path)!r}, 'rb').read().decode('utf-8')", bound)
            code = (f"from analysis.__main__ import main; "
                    f"assert main(['extract', {str(path)!r}, '--out', {str(Path(tmp) / f'out{k}')!r}]) == 0")
            run = _fresh(code, bound)
            out.append({"name": name, "bytes": path.stat().st_size, "lines": text.count("\n"), "floor": floor, "run": run})
    return out


def rows(bound: int = 60, memory: int = 800) -> list[Row]:
    out: list[Row] = []
    for r in measure(bound):
        name = f"{r['name']}, {r['bytes'] / 1e6:.2f} MB, {r['lines']:,} lines: `extract` in a fresh process (`benchmarks/hostile_shapes.py`)"
        floor, run = r["floor"], r["run"]
        floor_txt = f"`import pandas` + read the file {ms(floor['wall_s'])}, {mib(floor['rss_kb'])}"
        if run["timeout"]:
            out.append((name, f"> {bound} s (timed out)", floor_txt, "", f"≤ {bound} s, ≤ {memory} MB"))
            continue
        out.append((name, f"{run['wall_s']:.1f} s (CPU {run['cpu_s']:.1f} s), peak {mib(run['rss_kb'])}", floor_txt,
                    f"{ratio(run['wall_s'], floor['wall_s'])} time, {ratio(run['rss_kb'], floor['rss_kb'])} memory",
                    f"≤ {bound} s, ≤ {memory} MB"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bound", type=int, default=60, help="seconds allowed for each shape")
    parser.add_argument("--memory", type=int, default=800, help="MB of peak RSS allowed for each shape")
    args = parser.parse_args()
    print(render(rows(args.bound, args.memory)))


if __name__ == "__main__":
    main()
