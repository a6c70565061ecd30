"""analysis.cluster: a real Dask cluster (a `dask scheduler` and two `dask worker` processes on
127.0.0.1) reads a folder, and the corpus equals the one this process reads alone."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis import cluster
from analysis.corpus import plan

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "tests" / "corpus", ROOT / "tests" / "articles"]
DASK = Path(sys.executable).with_name("dask")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def dask_cluster(tmp_path):
    """A scheduler and two single-threaded workers, each in its own process group, all stopped
    (SIGTERM, then SIGKILL) however the test ends."""
    pytest.importorskip("distributed")
    if not DASK.exists():
        pytest.skip("the dask command is not installed beside this Python")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs: list[subprocess.Popen] = []

    def start(*args: str, log: str) -> None:
        procs.append(subprocess.Popen([str(DASK), *args], cwd=ROOT, start_new_session=True,
                                      stdout=open(tmp_path / log, "wb"), stderr=subprocess.STDOUT))

    try:
        start("scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard", log="scheduler.log")
        for i in range(2):
            start("worker", address, "--host", "127.0.0.1", "--nworkers", "1", "--nthreads", "1",
                  "--no-dashboard", "--name", f"w{i}", log=f"worker{i}.log")
        from distributed import Client

        deadline = time.monotonic() + 90
        while True:
            try:
                with Client(address, timeout="5s", set_as_default=False) as client:
                    client.wait_for_workers(2, timeout=max(1, deadline - time.monotonic()))
                break
            except OSError:
                if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
                    logs = "\n".join((tmp_path / f).read_text(errors="replace")[-800:] for f in
                                     ("scheduler.log", "worker0.log", "worker1.log"))
                    pytest.fail(f"the Dask cluster did not start:\n{logs}")
                time.sleep(0.5)
        yield address
    finally:
        for p in procs:
            with _quiet():
                os.killpg(p.pid, signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with _quiet():
                    os.killpg(p.pid, signal.SIGKILL)
                p.wait(timeout=15)


class _quiet:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        return kind is not None and issubclass(kind, ProcessLookupError)


def frames_equal(a, b) -> None:
    for name in a.frames():
        pd.testing.assert_frame_equal(a.frames()[name], b.frames()[name], obj=name)
    assert a.texts == b.texts


@pytest.mark.slow
def test_a_real_cluster_gives_the_single_process_corpus(dask_cluster):
    alone = analysis.load_corpus(FOLDERS, scheduler="process", report=None)
    remote = analysis.load_corpus(FOLDERS, scheduler=dask_cluster, report=None)
    frames_equal(alone, remote)
    # the work really ran on both workers
    from distributed import Client

    with Client(dask_cluster, set_as_default=False) as client:
        jobs = plan(FOLDERS)
        batches = cluster.on_dask(jobs, client)
        assert sum(len(b.articles) for b in batches) == len(jobs) and len(batches) > 2
        ran_on = client.run(lambda: "analysis.corpus" in sys.modules)
        assert len(ran_on) == 2 and all(ran_on.values())


def test_batches_keep_the_order_and_every_job():
    jobs = list(range(10))
    assert cluster.batches(jobs, 3) == [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]
    assert sum(cluster.batches(jobs, 100), []) == jobs


def test_small_corpora_read_in_this_process_by_default(monkeypatch):
    used = []
    monkeypatch.setattr(cluster, "_on_local_cluster", lambda *a, **k: used.append("cluster"))
    jobs = plan(FOLDERS)
    assert len(jobs) < cluster.LOCAL_CLUSTER_FROM
    batches = cluster.run(jobs)
    assert used == [] and sum(len(b.articles) for b in batches) == len(jobs)


@pytest.mark.slow
@pytest.mark.parametrize("guarded", [False, True])
def test_a_script_without_the_main_guard_reads_in_its_own_process(tmp_path, guarded):
    """Dask's local workers re-run an unguarded script; the package sees that in the source and
    reads in the calling process instead, saying so in one line (ECOSYSTEM.md's pitfall)."""
    pytest.importorskip("distributed")
    work = f'corpus = analysis.load_corpus({str(FOLDERS[0])!r}, scheduler="local", workers=2, report=None)\n' \
           'print("articles", len(corpus.articles))\n'
    body = ("def main():\n    " + work.replace("\n", "\n    ") + "\nif __name__ == '__main__':\n    main()\n"
            if guarded else work)
    script = tmp_path / "script.py"
    script.write_text("import analysis\n" + body)
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.splitlines() == ["articles 5"]
    notes = [line for line in proc.stderr.splitlines() if line.startswith("note:")]
    assert notes == ([] if guarded else [notes[0]]) and ("script.py" in notes[0] if notes else True)
