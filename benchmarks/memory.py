"""Peak memory (ru_maxrss of a fresh process) and the article at the size limit.

    python benchmarks/memory.py [--runs 5] [--bound 120]

1. ``import analysis; analysis.load()`` against ``import pandas`` alone: peak
   RSS of each in a fresh process, alternating, median of ``--runs``.
2. An article just under the size limit (analysis.article.MAX_BYTES), built deterministically by repeating the corpus paragraphs
   (bench_corpus.big_article), extracted in a fresh process under ``timeout --bound``:
   wall time and peak RSS, against a fresh process that imports pandas and
   reads the same file.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_corpus as corpus
from bench_table import Row, installed_env, ms, ratio, render

REPORT = ("import json, resource, time; _u = resource.getrusage(resource.RUSAGE_SELF); "
          "print(json.dumps({'rss_kb': _u.ru_maxrss, 'cpu_s': _u.ru_utime + _u.ru_stime, 'inner_s': time.perf_counter() - _t}))")


def _fresh(code: str, bound: int = 120) -> dict:
    """Run ``code`` in a fresh interpreter under ``timeout``; wall time, peak RSS (KiB) and time inside."""
    script = f"import time; _t = time.perf_counter()\n{code}\n{REPORT}"
    start = time.perf_counter()
    done = subprocess.run(["timeout", str(bound), sys.executable, "-c", script], check=False, cwd=corpus.ROOT,
                          capture_output=True, text=True, timeout=bound + 30, env=installed_env())
    wall = time.perf_counter() - start
    if done.returncode == 124:
        return {"timeout": True, "wall_s": wall}
    if done.returncode != 0:
        raise RuntimeError(f"{code!r} failed: {done.stderr.strip().splitlines()[-1:]}")
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "wall_s": wall, "timeout": False}


def mib(kb: float) -> str:
    return f"{kb / 1024:.0f} MiB"


def measure(runs: int = 5, bound: int = 120) -> dict:
    floor_code, subject_code = "import pandas", "import analysis; analysis.load()"
    _fresh(subject_code)  # warm-up: disk cache, gazetteer cache
    floor, subject = [], []
    for _ in range(runs):
        floor.append(_fresh(floor_code)["rss_kb"])
        subject.append(_fresh(subject_code)["rss_kb"])
    out = {"runs": runs, "floor_kb": statistics.median(floor), "load_kb": statistics.median(subject), "bound": bound}
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        from analysis.article import MAX_BYTES

        big = Path(tmp) / "at_limit.txt"
        big.write_text(corpus.big_article(MAX_BYTES - 50_000), encoding="utf-8")
        out["big_bytes"] = big.stat().st_size
        out["big_floor"] = _fresh(f"import pandas; open({str(big)!r}, 'rb').read().decode('utf-8')", bound)
        code = f"import analysis; ds = analysis.load({str(big)!r}, published='2020-01-08'); _n = len(ds.sentences)"
        out["big"] = _fresh(code, bound)
    return out


def rows(runs: int = 5, bound: int = 120) -> list[Row]:
    r = measure(runs, bound)
    out: list[Row] = [(
        f"peak RSS, fresh process: `import analysis; analysis.load()`, median of {r['runs']} (`benchmarks/memory.py`)",
        mib(r["load_kb"]), f"`import pandas` {mib(r['floor_kb'])}", ratio(r["load_kb"], r["floor_kb"]), "reported",
    )]
    big, floor = r["big"], r["big_floor"]
    name = f"{r['big_bytes'] / 1e6:.1f} MB article (corpus paragraphs repeated), fresh process under `timeout {r['bound']}`"
    floor_txt = f"`import pandas` + read the file {ms(floor['wall_s'])}"
    if big["timeout"]:
        out.append((f"{name}: wall time", f"> {r['bound']} s (timed out)", floor_txt, "", f"< {r['bound']} s"))
        return out
    out.append((f"{name}: wall time", f"{big['wall_s']:.1f} s (CPU {big['cpu_s']:.1f} s)", f"{floor_txt} (CPU {ms(floor['cpu_s'])})",
                f"{big['wall_s'] / floor['wall_s']:.0f}×", f"< {r['bound']} s"))
    out.append((f"{r['big_bytes'] / 1e6:.1f} MB article: peak RSS", mib(big["rss_kb"]), f"`import pandas` + read the file {mib(floor['rss_kb'])}",
                ratio(big["rss_kb"], floor["rss_kb"]), "reported"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bound", type=int, default=120, help="seconds allowed for the article at the size limit")
    args = parser.parse_args()
    print(render(rows(args.runs, args.bound)))


if __name__ == "__main__":
    main()
