"""The live app's rules that need no server (analysis.app); the server itself is in tests/browser."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from analysis import app

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("headers, refused", [
    ({"Host": "127.0.0.1:8866"}, False),
    ({"Host": "localhost:8866"}, False),
    ({"Host": "LOCALHOST:9000"}, False),  # another port: an SSH tunnel
    ({"Host": "127.0.0.1:8866", "Origin": "http://127.0.0.1:8866"}, False),
    ({"Host": "evil.example:8866"}, True),  # DNS rebinding
    ({"Host": "127.0.0.1.evil.example"}, True),
    ({"Host": "192.168.1.5:8866"}, True),
    ({}, True),
    ({"Host": "127.0.0.1:8866", "Origin": "http://localhost:8866"}, True),  # the other name is another origin
    ({"Host": "127.0.0.1:8866", "Origin": "http://127.0.0.1:8867"}, True),
    ({"Host": "127.0.0.1:8866", "Origin": "https://127.0.0.1:8866"}, True),
    ({"Host": "127.0.0.1:8866", "Origin": "null"}, True),
])
def test_only_local_hosts_and_the_own_origin_pass(headers, refused):
    reason = app.refusal(headers)
    assert (reason is not None) == refused, reason
    assert reason is None or "\n" not in reason


def test_a_ticket_opens_one_view_and_expires():
    tickets = app.Tickets(lifetime=60)
    ticket = tickets.issue()
    assert not tickets.redeem("forged") and not tickets.redeem(None) and not tickets.redeem("")
    assert tickets.redeem(ticket) and not tickets.redeem(ticket)
    stale = app.Tickets(lifetime=-1)
    assert not stale.redeem(stale.issue())


def test_a_flood_of_first_requests_keeps_a_bounded_number_of_tickets():
    tickets = app.Tickets(keep=10)
    issued = [tickets.issue() for _ in range(1000)]
    assert len(tickets._expiry) == 10
    assert not tickets.redeem(issued[0]) and tickets.redeem(issued[-1])


def test_kernels_without_a_tab_are_released_within_a_minute_by_default():
    config = app._config(port=8866, token="t", max_kernels=app.MAX_KERNELS, release_after=app.RELEASE_AFTER)
    manager = config.MappingKernelManager
    assert manager.cull_idle_timeout + manager.cull_interval <= 60
    assert manager.cull_connected is False  # an open tab, even idle, keeps its kernel
    assert config.Voila.ip == "127.0.0.1" and config.CappedKernelManager.max_kernels == 8


def test_pre_started_kernels_never_exceed_the_cap():
    config = app._config(port=8866, token="t", max_kernels=2, release_after=30, preheat=5)
    assert config.PooledKernelManager.kernel_pools_config["default"]["pool_size"] == 2
    assert app.PREHEAT >= 1  # a viewer arriving at an idle app gets a kernel that has drawn the dashboard


@pytest.mark.parametrize("args, message", [
    (["--article", "/nonexistent/article.txt"], "no such file"),
    (["--article", "/nonexistent/new\nline.txt"], "no such file"),
    (["--port", "eighty"], "whole numbers"),
    (["--max-kernels", "0"], "whole numbers"),
    (["--preheat", "-1"], "whole numbers"),
    (["--port", "70000"], "not a port"),
])
def test_bad_settings_end_in_one_line_before_anything_starts(args, message):
    done = subprocess.run([sys.executable, "-m", "analysis.app", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and message in done.stderr, done.stderr


def test_the_notebooks_python3_kernel_is_the_apps_own_launcher():
    """The app starts its kernels from analysis/kernels/python3 (IPython's kernel, pandas off pyarrow)."""
    spec = app.AppKernelSpecs().get_kernel_spec("python3")
    assert spec.argv[1] == "{resource_dir}/launch.py" and Path(spec.resource_dir, "launch.py").is_file()
    code = ("import runpy, sys; sys.argv = ['launch.py', '--help-all']\n"
            f"try: runpy.run_path({str(Path(spec.resource_dir, 'launch.py'))!r}, run_name='__main__')\n"
            "except SystemExit: pass\n"
            "import pandas; print('storage', pandas.Series(['a']).dtype.storage)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "IPKernelApp" in done.stdout, done.stderr[-500:]
    assert done.stdout.splitlines()[-1] == "storage python"  # pandas there runs without pyarrow


def test_the_apps_kernel_drops_extraction_tables_after_a_cell_and_extracts_the_same_again():
    """After each cell the app's kernel clears the extraction stage's caches (about 8 MB a kernel):
    an article loaded afterwards reads them again and gives the same frames."""
    launcher = Path(app.AppKernelSpecs().get_kernel_spec("python3").resource_dir, "launch.py")
    code = ("import importlib.util, sys\n"
            f"spec = importlib.util.spec_from_file_location('launch', {str(launcher)!r})\n"
            "launch = importlib.util.module_from_spec(spec); spec.loader.exec_module(launch)\n"
            "import analysis\nfrom analysis import reference\n"
            "first = analysis.load()\n"
            "assert reference._first_names.cache_info().currsize == 1\n"
            "launch.release_memory()\n"
            "cached = [f'{n}.{k}' for n, m in list(sys.modules.items()) if m and n.startswith(launch.EXTRACTION_MODULES)"
            " for k, v in vars(m).items() if hasattr(v, 'cache_info') and v.cache_info().currsize]\n"
            "again = analysis.load()\n"
            "print(cached, all(getattr(first, n).equals(getattr(again, n)) for n in first.frames()))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.split() == ["[]", "True"], done.stdout
