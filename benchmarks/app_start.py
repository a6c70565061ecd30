"""The live app's cost: start-up and a page view, against plain Voilà on the same notebook.

    python benchmarks/app_start.py [--runs 5]

1. Start-up: ``python -m analysis.app`` against ``voila notebooks/dashboard.ipynb`` (how
   ``make app`` served it before), each until it first answers HTTP; alternating, median
   of ``--runs``.
2. A page view over HTTP, the kernel's whole server-side render included: the app's small
   first page plus the ticketed view it hands over to, against plain Voilà's ``GET /``;
   one server of each, alternating, median of ``--runs``.
"""

from __future__ import annotations

import argparse
import http.client
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

from bench_table import Row, ms, ratio, render

TICKET = re.compile(r'set\("view", "([^"]+)"\)')
URL = re.compile(r"http://127\.0\.0\.1:(\d+)/\?token=(\w+)")
STATIC = "/voila/templates/lab/static/voila.js"  # answered by both servers without a token or a kernel


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port: int, path: str) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


class Server:
    """One app or plain Voilà, started, timed to ready, and stopped with SIGTERM."""

    def __init__(self, kind: str, log: Path):
        self.kind, self.port, self.token = kind, _port(), ""
        if kind == "app":
            command = [sys.executable, "-m", "analysis.app", f"--port={self.port}", "--max-kernels=20"]
        else:
            command = [sys.executable, "-m", "voila", "notebooks/dashboard.ipynb", "--no-browser",
                       "--Voila.ip=127.0.0.1", f"--port={self.port}"]
        self.out = log.with_suffix(".out")
        started = time.perf_counter()
        with self.out.open("w") as out, log.open("w") as err:
            self.proc = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=err)
        self.ready_s = self._wait_ready() - started

    def _wait_ready(self) -> float:
        """When the server first answers HTTP (a static file of Voilà's page), then the app's token."""
        deadline = time.monotonic() + 120
        ready = None
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.kind} exited {self.proc.returncode} before it was ready")
            if ready is None:
                try:
                    if _get(self.port, STATIC)[0] == 200:
                        ready = time.perf_counter()
                except OSError:
                    pass
            if ready is not None:
                found = URL.search(self.out.read_text(errors="replace"))
                if self.kind != "app" or found:
                    self.token = found.group(2) if found else ""
                    return ready
            time.sleep(0.02)
        raise RuntimeError(f"{self.kind} was not ready within 120 s")

    def view(self) -> float:
        """Seconds for one page view, the whole server-side render included."""
        started = time.perf_counter()
        if self.kind == "app":
            status, body = _get(self.port, f"/?token={self.token}")
            status, body = _get(self.port, f"/?token={self.token}&view={TICKET.search(body).group(1)}")
        else:
            status, body = _get(self.port, "/")
        if status != 200 or "kernelId" not in body:
            raise RuntimeError(f"{self.kind}: a page view gave HTTP {status}")
        return time.perf_counter() - started

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def measure(runs: int = 5) -> dict:
    starts: dict[str, list[float]] = {"app": [], "voila": []}
    views: dict[str, list[float]] = {"app": [], "voila": []}
    with tempfile.TemporaryDirectory(prefix="bench-app-") as tmp:
        for i in range(runs + 1):  # the first round warms the disk cache and is not counted
            for kind in ("voila", "app"):
                server = Server(kind, Path(tmp) / f"{kind}-{i}.log")
                server.stop()
                if i:
                    starts[kind].append(server.ready_s)
        servers = {kind: Server(kind, Path(tmp) / f"{kind}-views.log") for kind in ("voila", "app")}
        try:
            for i in range(runs + 1):
                for kind, server in servers.items():
                    seconds = server.view()
                    if i:
                        views[kind].append(seconds)
        finally:
            for server in servers.values():
                server.stop()
    return {"runs": runs, **{f"start_{k}": statistics.median(v) for k, v in starts.items()},
            **{f"view_{k}": statistics.median(v) for k, v in views.items()}}


def rows(runs: int = 5) -> list[Row]:
    m = measure(runs)
    return [
        (f"live app start-up to its first HTTP answer, median of {m['runs']} (`benchmarks/app_start.py`)",
         ms(m["start_app"]), f"plain `voila` start-up {ms(m['start_voila'])}",
         ratio(m["start_app"], m["start_voila"]), "reported"),
        ("live app page view over HTTP (small first page + ticketed view, kernel start and render)",
         ms(m["view_app"]), f"plain Voilà `GET /` {ms(m['view_voila'])}", ratio(m["view_app"], m["view_voila"]),
         "≈ 1×"),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    print(render(rows(parser.parse_args().runs)))
