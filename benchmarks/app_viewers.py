"""Many viewers of the live app: time to a fully drawn dashboard and memory per kernel.

    python benchmarks/app_viewers.py [--runs 2] [--article PATH] [--preheat N] [--root DIR] [--keep-logs DIR]

Starts ``python -m analysis.app`` (as ``make app`` does: a generated token, the default cap and
pool of pre-started kernels, or ``--preheat N``) and,
as the floor, plain Voilà serving a trivial notebook (one ``ipywidgets.HTML``: Voilà's page, a
kernel, the widget manager and nothing of ours). Headless Chromium (``$CHROMIUM``, else
/usr/bin/chromium, through Playwright, every request leaving the machine aborted) opens 1, then
5 pages at once, each in its own browser context, and times each from ``goto`` to drawn:

- **the app is drawn** when the page is the ticketed view (``?view=`` in its URL), the header
  gives the counts ("N events · N quotes"), each of the three charts (``.js-plotly-plot``) has
  drawn its SVG with at least one trace (``g.trace``), the map's iframe (``iframe.article-map``,
  same-origin ``srcdoc``) has Leaflet's container with at least one interactive element (a marker,
  an arc or an outline), and the article view (``.article-view``) holds paragraphs of text;
- **the floor is drawn** when its widget's text is on the page.

Then the RSS of every kernel (``VmRSS`` of each kernel process of the server, from /proc) and the
memory it holds alone (private pages, from ``smaps_rollup``) are read while the pages are still open. The pages are closed as tabs are (Voilà's page asks for its
kernel's shutdown as it unloads; the culler is the fallback), and each round starts once the app's
pool is full again (its refill waits ``REFILL_AFTER`` seconds) and every process of both servers has been
quiet for a second (a pre-started kernel has finished its render). Rounds alternate floor and app;
figures are medians over ``--runs`` rounds (for 5 viewers, of each round's slowest page).
The browser runs on the same cores as the servers, as it does when someone opens the app
on this machine. ``--root DIR`` serves the app of another checkout of this repository (``git
archive COMMIT | tar -x -C DIR``; it goes first on the app's and its kernels' ``PYTHONPATH``), to
compare a commit before and after a change in the same hour.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_table import Row, ratio, render

VIEWERS = (1, 5)
RELEASE_AFTER = 30  # seconds: the app's default (Voilà's page also shuts its kernel down as it unloads)
SETTLE_TIMEOUT = 120.0  # seconds for the servers to go quiet between rounds
DRAW_TIMEOUT_MS = 180_000
KERNEL_FILE = re.compile(r"kernel-[0-9a-f-]{36}\.json")  # a kernel's connection file, on its command line
BANNER_URL = re.compile(r"^\s*(http://127\.0\.0\.1:\d+/\?token=\w+)$", re.MULTILINE)
OUTSIDE = re.compile(r"^(?!(?:https?|wss?)://(?:127\.0\.0\.1|localhost)(?::\d+)?/)(?!(?:file|data|blob|about):)",
                     re.IGNORECASE)
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FLOOR_TEXT = "floor-ready"
FLOOR_NOTEBOOK = {
    "cells": [{"cell_type": "code", "execution_count": None, "id": "floor", "metadata": {}, "outputs": [],
               "source": f'import ipywidgets\nipywidgets.HTML("<b>{FLOOR_TEXT}</b>")'}],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}

# What the dashboard still lacks (see the module docstring): a word, or "" once it is fully drawn.
APP_MISSING_JS = r"""() => {
    if (!/[?&]view=/.test(location.search)) return "ticketed view";
    const text = document.body ? document.body.innerText : "";
    if (!/\d+ events · \d+ quotes/.test(text)) return "header";
    const charts = Array.from(document.querySelectorAll('.js-plotly-plot'));
    if (charts.length !== 3 || !charts.every(g => g.querySelector('.main-svg') && g.querySelector('g.trace')))
        return "charts";
    const frame = document.querySelector('iframe.article-map');
    const doc = frame && frame.contentDocument;
    if (!doc || !doc.querySelector('.leaflet-container') || !doc.querySelector('.leaflet-interactive')) return "map";
    const article = document.querySelector('.article-view');
    if (!article || article.querySelectorAll('p').length === 0 || !article.innerText.trim()) return "article";
    return "";
}"""
APP_DRAWN_JS = f"() => ({APP_MISSING_JS})() === ''"
FLOOR_DRAWN_JS = f"() => Array.from(document.querySelectorAll('.widget-html b')).some(b => b.textContent === {FLOOR_TEXT!r})"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(parent: int) -> list[int]:
    """Every descendant process of ``parent`` (kernels, their helpers)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                status = (entry / "status").read_text()
            except OSError:
                continue
            found = re.search(r"^PPid:\s*(\d+)", status, re.MULTILINE)
            if found:
                parents[int(entry.name)] = int(found.group(1))
    out, frontier = [], {parent}
    while frontier:
        frontier = {pid for pid, ppid in parents.items() if ppid in frontier}
        out += sorted(frontier)
    return out


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _rss_mb(pid: int) -> float | None:
    try:
        found = re.search(r"^VmRSS:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text(), re.MULTILINE)
    except OSError:
        return None
    return int(found.group(1)) / 1024 if found else None


def _private_mb(pid: int) -> float | None:
    """Memory only this process holds (Private_Clean + Private_Dirty): what one more kernel costs;
    RSS also counts library pages every kernel shares."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return None
    return sum(int(kb) for kb in re.findall(r"^Private_(?:Clean|Dirty):\s+(\d+) kB", text, re.MULTILINE)) / 1024


def _cpu_ticks(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            raw = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        fields = raw[raw.rindex(")") + 2:].split()
        total += int(fields[11]) + int(fields[12])  # utime + stime
    return total


class Server:
    """The app or plain Voilà on the floor notebook, in its own process group."""

    def __init__(self, kind: str, tmp: Path, article: str = "", preheat: int | None = None, root: Path = ROOT):
        self.kind, self.port = kind, _port()
        log, banner = tmp / f"{kind}.log", tmp / f"{kind}.out"
        env = {k: v for k, v in os.environ.items() if k not in ("APP_TOKEN", "ANALYSIS_STATIC_PAGE")}
        env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
        culler = [f"--MappingKernelManager.cull_idle_timeout={RELEASE_AFTER}", "--MappingKernelManager.cull_interval=10",
                  "--MappingKernelManager.cull_connected=False"]
        if kind == "app":
            command = [sys.executable, "-m", "analysis.app", f"--port={self.port}", f"--release-after={RELEASE_AFTER}"]
            if article:
                command.append(f"--article={article}")
            if preheat is not None:
                command.append(f"--preheat={preheat}")
            if root != ROOT:
                env["PYTHONPATH"] = os.pathsep.join([str(root), *filter(None, [env.get("PYTHONPATH")])])
        else:
            notebook = tmp / "floor.ipynb"
            notebook.write_text(json.dumps(FLOOR_NOTEBOOK), encoding="utf-8")
            command = [sys.executable, "-m", "voila", str(notebook), "--no-browser", "--Voila.ip=127.0.0.1",
                       f"--port={self.port}", "--Voila.token=", *culler]
            env.pop("ANALYSIS_ARTICLE", None)
        self.log = log
        with log.open("w") as err, banner.open("w") as out:
            self.proc = subprocess.Popen(command, cwd=root, env=env, stdout=out, stderr=err, start_new_session=True)
        self.url = self._wait_url(banner)

    def _wait_url(self, banner: Path) -> str:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.kind} exited {self.proc.returncode}: {self.log.read_text()[-500:]}")
            if self.kind == "app":
                found = BANNER_URL.search(banner.read_text(errors="replace"))
                if found:
                    return found.group(1)
            elif "Voil" in self.log.read_text(errors="replace") and "running at" in self.log.read_text(errors="replace"):
                return f"http://127.0.0.1:{self.port}/"
            time.sleep(0.1)
        raise RuntimeError(f"{self.kind} did not start within 120 s")

    def kernels(self) -> list[int]:
        return [pid for pid in _children(self.proc.pid) if KERNEL_FILE.search(_cmdline(pid))]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def settle(servers: list[Server], *, baseline: dict[str, int]) -> None:
    """Wait until each server is back to its idle kernels (the app's pool full) and every process has
    been quiet for 1 s."""
    deadline = time.monotonic() + SETTLE_TIMEOUT
    while time.monotonic() < deadline:
        # the pool full again (a refill starts a few seconds after a view took a kernel), the views' kernels gone
        if all(len(s.kernels()) == baseline[s.kind] for s in servers):
            pids = [p for s in servers for p in [s.proc.pid, *_children(s.proc.pid)]]
            before = _cpu_ticks(pids)
            time.sleep(1.0)
            if _cpu_ticks(pids) - before <= 5:  # at most 0.05 s of CPU in that second
                return
        else:
            time.sleep(0.5)
    raise RuntimeError(f"the servers did not settle within {SETTLE_TIMEOUT:.0f} s")


async def _view(browser, url: str, drawn_js: str) -> tuple:
    context = await browser.new_context(viewport={"width": 1400, "height": 2400})
    await context.route(OUTSIDE, lambda route: route.abort())
    page = await context.new_page()
    started = time.perf_counter()
    await page.goto(url, wait_until="commit")
    try:
        await page.wait_for_function(drawn_js, polling=100, timeout=DRAW_TIMEOUT_MS)
    except Exception as err:
        missing = await page.evaluate(APP_MISSING_JS) if drawn_js == APP_DRAWN_JS else "the widget"
        raise RuntimeError(f"a page was not drawn within {DRAW_TIMEOUT_MS / 1000:.0f} s (missing: {missing})") from err
    return time.perf_counter() - started, page


async def round_(browser, server: Server, viewers: int) -> dict:
    drawn_js = APP_DRAWN_JS if server.kind == "app" else FLOOR_DRAWN_JS
    results = await asyncio.gather(*(_view(browser, server.url, drawn_js) for _ in range(viewers)))
    kernels = server.kernels()
    rss = [mb for pid in kernels if (mb := _rss_mb(pid)) is not None]
    private = [mb for pid in kernels if (mb := _private_mb(pid)) is not None]
    for _, page in results:  # as a tab is closed: Voilà's page asks for its kernel's shutdown as it unloads
        await page.close(run_before_unload=True)
    await asyncio.sleep(0.5)
    for _, page in results:
        await page.context.close()
    return {"seconds": sorted(s for s, _ in results), "rss_mb": sorted(rss), "private_mb": sorted(private)}


async def _measure(runs: int, article: str, keep: Path | None, preheat: int | None, root: Path) -> dict:
    from playwright.async_api import async_playwright

    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    with tempfile.TemporaryDirectory(prefix="bench-viewers-") as tmp:
        logs = keep or Path(tmp)
        logs.mkdir(parents=True, exist_ok=True)
        servers = [Server("voila", logs), Server("app", logs, article, preheat, root)]
        try:
            time.sleep(2)  # the app's pre-started kernels, if any, are launched by now
            baseline = {s.kind: len(s.kernels()) for s in servers}
            found: dict = {(s.kind, n): [] for s in servers for n in VIEWERS}
            async with async_playwright() as playwright:
                browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
                for server in servers:  # warm-up: disk cache, Chromium's cache of nothing (fresh contexts)
                    settle(servers, baseline=baseline)
                    await round_(browser, server, 1)
                for _ in range(runs):
                    for n in VIEWERS:
                        for server in servers:
                            settle(servers, baseline=baseline)
                            found[(server.kind, n)].append(await round_(browser, server, n))
                await browser.close()
            idle = {s.kind: [mb for pid in s.kernels() if (mb := _rss_mb(pid)) is not None] for s in servers}
        finally:
            for server in servers:
                server.stop()
    return {"runs": runs, "rounds": found, "idle_rss_mb": idle, "pool": baseline["app"]}


def measure(runs: int = 2, article: str = "", keep: Path | None = None, preheat: int | None = None,
            root: Path = ROOT) -> dict:
    m = asyncio.run(_measure(runs, article, keep, preheat, root.resolve()))
    out = {"runs": runs, "pool": m["pool"], "idle_rss_mb": m["idle_rss_mb"],
           "rounds": {f"{kind}_{n}": rounds for (kind, n), rounds in m["rounds"].items()}}
    for (kind, n), rounds in m["rounds"].items():
        out[f"{kind}_{n}_slowest"] = statistics.median(r["seconds"][-1] for r in rounds)
        out[f"{kind}_{n}_median"] = statistics.median(s for r in rounds for s in r["seconds"])
        out[f"{kind}_{n}_rss_max"] = max(mb for r in rounds for mb in r["rss_mb"])
        out[f"{kind}_{n}_rss_median"] = statistics.median(mb for r in rounds for mb in r["rss_mb"])
        out[f"{kind}_{n}_private_median"] = statistics.median(mb for r in rounds for mb in r["private_mb"])
    return out


def _s(seconds: float) -> str:
    return f"{seconds:.1f} s"


def rows(runs: int = 2) -> list[Row]:
    m = measure(runs)
    pooled = f"; {m['pool']} pre-started kernel(s)" if m["pool"] else ""
    return [
        (f"live app, 1 viewer: page opened → dashboard fully drawn (3 charts, map, article), median of {m['runs']} "
         f"(`benchmarks/app_viewers.py`, Chromium on the same 2 cores{pooled})",
         _s(m["app_1_slowest"]), f"plain Voilà, one-widget notebook {_s(m['voila_1_slowest'])}",
         ratio(m["app_1_slowest"], m["voila_1_slowest"]), "≤ 5 s"),
        ("live app, 5 viewers at once: the slowest page fully drawn (median page in brackets)",
         f"{_s(m['app_5_slowest'])} ({_s(m['app_5_median'])})",
         f"plain Voilà, 5 at once {_s(m['voila_5_slowest'])} ({_s(m['voila_5_median'])})",
         ratio(m["app_5_slowest"], m["voila_5_slowest"]), "≤ 10 s"),
        ("live app: RSS of a kernel with a drawn page, largest of all rounds (median; median memory of its own, "
         "without shared library pages)",
         f"{max(m['app_1_rss_max'], m['app_5_rss_max']):.0f} MB ({m['app_5_rss_median']:.0f} MB; "
         f"own {m['app_5_private_median']:.0f} MB)",
         f"plain Voilà's kernel {max(m['voila_1_rss_max'], m['voila_5_rss_max']):.0f} MB "
         f"(own {m['voila_5_private_median']:.0f} MB)",
         ratio(max(m["app_1_rss_max"], m["app_5_rss_max"]), max(m["voila_1_rss_max"], m["voila_5_rss_max"])),
         "≤ 150 MB"),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--article", default="", help="serve this article instead of the seed")
    parser.add_argument("--keep-logs", type=Path, default=None, help="keep the servers' logs in this folder")
    parser.add_argument("--preheat", type=int, default=None, help="the app's pre-started kernels (default: the app's)")
    parser.add_argument("--root", type=Path, default=ROOT, help="serve the app of this checkout (default: this one)")
    parser.add_argument("--json", action="store_true", help="print every figure as JSON too")
    args = parser.parse_args()
    if args.json:
        print(json.dumps(measure(args.runs, args.article, args.keep_logs, args.preheat, args.root), indent=1))
    else:
        print(render(rows(args.runs)))
