"""Folders written whole (analysis.output.replaced_folder), as the CLI export and the site use them.

The kill and race tests run real processes (forked from a clean fork server, so each starts in
milliseconds) that write the seed's export or a variant's into one folder, kill them with SIGKILL
at random points, and check after every kill that the folder holds one run's export, whole.
"""

from __future__ import annotations

import errno
import multiprocessing
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis import export, output, site

ROOT = Path(__file__).resolve().parents[1]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith("."))


@pytest.fixture(scope="module")
def variant(seed, tmp_path_factory):
    """The seed with a word added to its headline: every span moves, so every file differs."""
    path = tmp_path_factory.mktemp("variant") / "variant.txt"
    path.write_text("Update: " + seed.text, encoding="utf-8")
    return analysis.load(path, published="2020-01-08")


@pytest.fixture(scope="module")
def exports(seed, variant, tmp_path_factory):
    """The two whole exports a run may leave: {"seed": {file: bytes}, "variant": {…}}."""
    folder = tmp_path_factory.mktemp("reference")
    whole = {name: _files_of(export.write(ds, folder / name)) for name, ds in (("seed", seed), ("variant", variant))}
    assert whole["seed"].keys() == whole["variant"].keys()
    same = [name for name in whole["seed"] if whole["seed"][name] == whole["variant"][name]]
    assert not same, f"these files do not tell the two articles apart: {same}"
    return whole


def _files_of(paths: list[Path]) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in paths}


def _which(folder: Path, exports: dict) -> str:
    """Which whole export ``folder`` holds; fails on a mix, a missing file or an extra one."""
    found = _files(folder)
    for name, files in exports.items():
        if found == files:
            return name
    mixed = {f: next((n for n, files in exports.items() if files.get(f) == data), "neither") for f, data in found.items()}
    pytest.fail(f"{folder} is not one whole export: {mixed}", pytrace=False)


# --- one writer --------------------------------------------------------------------------------------


def test_a_new_nested_folder_appears_whole(seed, exports, tmp_path):
    out = tmp_path / "a" / "b" / "out"
    export.write(seed, out)
    assert _which(out, exports) == "seed"
    assert _leftovers(out.parent) == []


def test_an_export_replaces_the_previous_one_whole(seed, variant, exports, tmp_path):
    out = tmp_path / "out"
    export.write(seed, out, "parquet")
    export.write(variant, out)  # another article and another format: nothing of the first stays
    assert _which(out, exports) == "variant"
    assert _leftovers(tmp_path) == []


def test_a_folder_with_files_of_its_own_is_refused_and_kept(seed, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "events.csv").write_text("my own events\n", encoding="utf-8")
    (out / "notes.txt").write_text("keep me\n", encoding="utf-8")
    with pytest.raises(output.OutputError, match="is not an export"):
        export.write(seed, out)
    assert _files(out) == {"events.csv": b"my own events\n", "notes.txt": b"keep me\n"}
    (out / "notes.txt").unlink()
    (out / "quotes.csv").mkdir()  # a folder, even under an export's file name, may hold anything
    (out / "quotes.csv" / "mine.txt").write_text("keep me\n", encoding="utf-8")
    with pytest.raises(output.OutputError, match="is not an export"):
        export.write(seed, out)
    assert (out / "quotes.csv" / "mine.txt").read_text(encoding="utf-8") == "keep me\n"
    assert _leftovers(tmp_path) == []


def test_an_export_from_before_exports_were_swapped_whole_is_replaced(seed, exports, tmp_path):
    """Such a folder holds frame files and maybe the hidden temporary files of a killed run."""
    out = tmp_path / "old"
    out.mkdir()
    (out / "events.csv").write_text("old\n", encoding="utf-8")
    (out / ".quotes.csv.4242-0a1b2c3d.tmp").write_bytes(b"half a file")
    export.write(seed, out)
    assert _which(out, exports) == "seed"


def test_a_file_in_the_way_is_refused(seed, tmp_path):
    out = tmp_path / "out"
    out.write_text("a file", encoding="utf-8")
    with pytest.raises(output.OutputError, match="is a file"):
        export.write(seed, out)
    assert out.read_text(encoding="utf-8") == "a file"


@pytest.mark.parametrize("error", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()])
def test_a_failed_write_leaves_the_old_export_and_no_trace(seed, variant, exports, tmp_path, monkeypatch, error):
    out = tmp_path / "out"
    export.write(seed, out)
    nested = tmp_path / "new" / "deeper" / "out"
    calls = iter(range(100))

    def full(*args, **kwargs):
        if next(calls) == 3:  # the fourth file
            raise error
        return original(*args, **kwargs)

    original = pd.DataFrame.to_csv
    monkeypatch.setattr(pd.DataFrame, "to_csv", full)
    for target in (out, nested):
        calls = iter(range(100))
        with pytest.raises(type(error)):
            export.write(variant, target)
    assert _which(out, exports) == "seed"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no build folder, no empty "new/deeper"


def test_leftovers_of_a_killed_run_are_removed_by_the_next(seed, exports, tmp_path):
    out = tmp_path / "out"
    export.write(seed, out)
    (tmp_path / ".out.build-999999-deadbeef").mkdir()
    (tmp_path / ".out.build-999999-deadbeef" / "events.csv").write_bytes(b"half")
    (tmp_path / ".out.old-999999-feedface").mkdir()
    (tmp_path / ".other.build-1-00000000").mkdir()  # another target's: not ours to remove
    export.write(seed, out)
    assert _which(out, exports) == "seed"
    assert _leftovers(tmp_path) == [".other.build-1-00000000"]


def test_a_kill_between_the_two_renames_is_undone_by_the_next_run(seed, variant, exports, tmp_path, monkeypatch):
    """Where the exchange is unsupported, `out` is renamed aside first; a kill right after leaves no
    `out`, and the next run renames the old folder back before anything else."""
    out = tmp_path / "out"
    export.write(seed, out)
    aside = tmp_path / ".out.old-999999-0badf00d"
    out.rename(aside)  # what a kill between the two renames leaves
    seen = {}
    original = output._recover

    def recover(parent, name, target):
        original(parent, name, target)
        seen["restored"] = _which(target, exports)

    monkeypatch.setattr(output, "_recover", recover)
    monkeypatch.setattr(output, "_exchange", lambda a, b: False)
    export.write(variant, out)
    assert seen["restored"] == "seed"
    assert _which(out, exports) == "variant" and _leftovers(tmp_path) == []


def test_a_second_writer_waits_for_the_first_or_gives_up_in_one_line(seed, variant, exports, tmp_path):
    out = tmp_path / "out"
    inside, release = threading.Event(), threading.Event()

    def first():
        with output.replaced_folder(out, ours=export.is_export) as folder:
            export.write_files(seed, folder)
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=first)
    thread.start()
    assert inside.wait(10)
    started = time.monotonic()
    with pytest.raises(output.OutputError, match="another run is writing") as err:
        export.write(variant, out, wait=0.3)
    assert 0.3 <= time.monotonic() - started < 5 and "\n" not in str(err.value)
    threading.Timer(0.3, release.set).start()
    export.write(variant, out, wait=10)  # waits for the first, then replaces its export
    thread.join()
    assert _which(out, exports) == "variant" and _leftovers(tmp_path) == []


def test_the_site_keeps_its_marker_rule(tmp_path):
    out = tmp_path / "site"
    with output.replaced_folder(out, ours=site._is_site, marker=site.MARKER) as folder:
        (folder / "index.html").write_text("one", encoding="utf-8")
    assert (out / site.MARKER).is_file()
    with output.replaced_folder(out, ours=site._is_site, marker=site.MARKER) as folder:
        (folder / "index.html").write_text("two", encoding="utf-8")
    assert (out / "index.html").read_text(encoding="utf-8") == "two"
    (out / site.MARKER).unlink()
    with pytest.raises(output.OutputError):
        with output.replaced_folder(out, ours=site._is_site, marker=site.MARKER):
            pass


# --- killed and racing writers (real processes) ---------------------------------------------------------

_forks = multiprocessing.get_context("forkserver")
_forks.set_forkserver_preload(["analysis.export", "pyarrow", __name__])  # each writer then starts in milliseconds


def _write(ds, out: str, exchange: bool) -> None:
    if not exchange:
        output._exchange = lambda a, b: False
    export.write(ds, out)


def _run_writer(ds, out: Path, *, exchange: bool = True):
    proc = _forks.Process(target=_write, args=(ds, str(out), exchange))
    proc.start()
    return proc


def _typical_run(ds, out: Path) -> float:
    """Seconds from start() to the end of a writer's run (its import, then the export)."""
    times = []
    for _ in range(5):
        started = time.monotonic()
        proc = _run_writer(ds, out)
        proc.join(30)
        assert proc.exitcode == 0
        times.append(time.monotonic() - started)
    return sorted(times)[len(times) // 2]


@pytest.mark.slow
@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "rename-aside"])
def test_writers_killed_at_random_points_leave_one_whole_export(seed, variant, exports, tmp_path, exchange):
    out = tmp_path / "out"
    span = _typical_run(seed, out)
    rng = random.Random(15)
    outcomes = {"seed": 0, "variant": 0, "restored next run": 0}
    for i in range(120):
        ds, name = (variant, "variant") if i % 2 else (seed, "seed")
        proc = _run_writer(ds, out, exchange=exchange)
        time.sleep(rng.uniform(0, span * 1.1))
        proc.kill()  # SIGKILL, unless it has already ended
        proc.join(30)
        if out.exists():
            outcomes[_which(out, exports)] += 1
        else:  # only where a kill fell between renaming the old export aside and the new one in
            assert not exchange, "with the exchange there is always an export"
            assert [p for p in _leftovers(tmp_path) if p.startswith(".out.old-")], "the old export is gone"
            export.write(seed, out)
            outcomes["restored next run"] += 1
    assert outcomes["seed"] and outcomes["variant"], outcomes  # the kills fell before and after the swap
    export.write(seed, out)
    assert _which(out, exports) == "seed" and _leftovers(tmp_path) == []


@pytest.mark.slow
def test_two_writers_at_once_give_one_whole_export(seed, variant, exports, tmp_path):
    out = tmp_path / "out"
    won = {"seed": 0, "variant": 0}
    for i in range(80):
        if i % 3 == 0:
            shutil.rmtree(out, ignore_errors=True)  # also race to create it
        procs = [_run_writer(seed, out), _run_writer(variant, out)]
        for proc in procs:
            proc.join(60)
        assert [p.exitcode for p in procs] == [0, 0]
        won[_which(out, exports)] += 1
        assert _leftovers(tmp_path) == []
    assert sum(won.values()) == 80


@pytest.mark.slow
def test_the_cli_killed_at_random_points_leaves_one_whole_export(seed, exports, tmp_path):
    """The command line itself, killed while it loads and while it writes."""
    out = tmp_path / "out"
    export.write(seed, out)
    rng = random.Random(3)
    command = [sys.executable, "-m", "analysis", "extract", "--out", str(out)]
    started = time.monotonic()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT, timeout=120)
    span = time.monotonic() - started
    for _ in range(5):
        proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(span * 0.5, span * 1.05))
        proc.kill()
        proc.wait()
        assert _which(out, exports) == "seed"
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT, timeout=120)
    assert _leftovers(tmp_path) == []


# --- a real full disk ------------------------------------------------------------------------------


def test_a_full_disk_leaves_no_folder_and_one_line(tmp_path):
    """A 16 KB tmpfs in a private mount namespace (unshare): a nested new --out fails whole."""
    if shutil.which("unshare") is None or subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode:
        pytest.skip("unshare -rm (user and mount namespaces) is not available here")
    disk = tmp_path / "disk"
    disk.mkdir()
    script = (f'mount -t tmpfs -o size=16k tmpfs "$1" || exit 99; '
              f'"$2" -m analysis extract --out "$1/new/nested/out"; echo "exit=$?"; ls -A "$1"')
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", str(disk), sys.executable],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    if done.returncode == 99:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    assert done.stdout.splitlines() == ["exit=2"], done.stdout  # and `ls -A` listed nothing
    assert len(done.stderr.splitlines()) == 1 and "No space left on device" in done.stderr, done.stderr
