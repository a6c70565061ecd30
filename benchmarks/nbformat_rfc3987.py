"""Should `make` keep removing rfc3987-syntax? `import nbformat` and the dashboard notebook, with and without it.

    python benchmarks/nbformat_rfc3987.py [--runs 5] [--nb-runs 3]

rfc3987-syntax (jsonschema's optional URI/IRI format checker) is not in .venv:
the Makefile uninstalls it. `make bench` installs it once into
.venv/bench-rfc3987/ (``pip install --target``), and the "with" runs put that
folder on PYTHONPATH; no registry is used here. Each figure is a fresh process,
alternating with/without, medians compared:

1. ``python -c "import nbformat"``, ``--runs`` times each;
2. ``jupyter nbconvert --execute notebooks/dashboard.ipynb`` to a temporary
   folder, the whole command under ``timeout`` and every cell under
   ``--ExecutePreprocessor.timeout``, ``--nb-runs`` times each after one
   untimed warm-up.

Decision: keep removing it when the notebook is clearly faster without it
(at least 1.2×) and ``pip check`` in the venv is clean.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_table import Row, ms, ratio, render

TARGET = ROOT / ".venv" / "bench-rfc3987"
NOTEBOOK = ROOT / "notebooks" / "dashboard.ipynb"
CELL_TIMEOUT = 120  # seconds per cell
RUN_TIMEOUT = 300  # seconds for one whole nbconvert run
CLEARLY = 1.2


def _env(with_it: bool) -> dict[str, str]:
    env = dict(os.environ)
    paths = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p and Path(p).resolve() != TARGET.resolve()]
    if with_it:
        paths.insert(0, str(TARGET))
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def _importable(with_it: bool) -> bool:
    return subprocess.run([sys.executable, "-c", "import rfc3987_syntax"], check=False, env=_env(with_it), capture_output=True, timeout=60).returncode == 0


def _wall(cmd: list[str], with_it: bool, timeout: float) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=_env(with_it), check=True, capture_output=True, timeout=timeout, cwd=ROOT)
    return time.perf_counter() - start


def _nbconvert(out_dir: str) -> list[str]:
    jupyter = str(Path(sys.executable).parent / "jupyter")
    return ["timeout", str(RUN_TIMEOUT), jupyter, "nbconvert", "--to", "notebook", "--execute",
            f"--ExecutePreprocessor.timeout={CELL_TIMEOUT}", "--output-dir", out_dir, str(NOTEBOOK)]


def pip_check() -> tuple[bool, str]:
    done = subprocess.run([sys.executable, "-m", "pip", "check"], check=False, env=_env(False), capture_output=True, text=True, timeout=120)
    return done.returncode == 0, (done.stdout + done.stderr).strip().splitlines()[0] if (done.stdout + done.stderr).strip() else ""


def measure(runs: int = 5, nb_runs: int = 3) -> dict:
    if not (TARGET / "rfc3987_syntax").is_dir():
        return {"measured": False, "why": f"{TARGET.relative_to(ROOT)} missing"}
    if not _importable(True):
        return {"measured": False, "why": "rfc3987_syntax does not import from the target folder"}
    if _importable(False):
        return {"measured": False, "why": "rfc3987_syntax is installed in the venv itself"}
    out: dict = {"measured": True}
    imports = {True: [], False: []}
    _wall([sys.executable, "-c", "import nbformat"], True, 120)  # warm-up: disk cache
    for _ in range(runs):
        for with_it in (False, True):
            imports[with_it].append(_wall([sys.executable, "-c", "import nbformat"], with_it, 120))
    notebook = {True: [], False: []}
    with tempfile.TemporaryDirectory(prefix="bench-rfc3987-") as tmp:
        _wall(_nbconvert(tmp), False, RUN_TIMEOUT + 30)  # warm-up: kernel, disk and gazetteer caches
        for _ in range(nb_runs):
            for with_it in (False, True):
                notebook[with_it].append(_wall(_nbconvert(tmp), with_it, RUN_TIMEOUT + 30))
    out.update({
        "runs": runs, "nb_runs": nb_runs,
        "import_with": statistics.median(imports[True]), "import_without": statistics.median(imports[False]),
        "nb_with": statistics.median(notebook[True]), "nb_without": statistics.median(notebook[False]),
    })
    out["pip_ok"], out["pip_says"] = pip_check()
    drop = out["nb_with"] / out["nb_without"] >= CLEARLY and out["pip_ok"]
    out["decision"] = ("keep removing it" if drop else "no clear gain: keep it") + f" (pip check: {out['pip_says'] or 'no output'})"
    return out


def rows(runs: int = 5, nb_runs: int = 3) -> list[Row]:
    r = measure(runs, nb_runs)
    if not r["measured"]:
        return [("rfc3987-syntax: `import nbformat` and dashboard notebook, with vs without (`benchmarks/nbformat_rfc3987.py`)",
                 f"not measured (run make bench): {r['why']}", "", "", "")]
    return [
        (f"`import nbformat`, fresh process, WITH rfc3987-syntax, median of {r['runs']} (`benchmarks/nbformat_rfc3987.py`)",
         ms(r["import_with"]), f"without {ms(r['import_without'])}", ratio(r["import_with"], r["import_without"]), "reported"),
        (f"`notebooks/dashboard.ipynb` via `nbconvert --execute` (under `timeout {RUN_TIMEOUT}`), WITH rfc3987-syntax, median of {r['nb_runs']}",
         ms(r["nb_with"]), f"without {ms(r['nb_without'])}", ratio(r["nb_with"], r["nb_without"]), f"decision: {r['decision']}"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--nb-runs", type=int, default=3)
    args = parser.parse_args()
    print(render(rows(args.runs, args.nb_runs)))


if __name__ == "__main__":
    main()
