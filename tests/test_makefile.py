"""The Makefile takes settings as data: `make render` and `make app` with a hostile file name run
nothing but the render and the app, and use that very file (issue 15).

Each test runs make in a copy of the Makefile beside a link to this checkout's .venv, so the
site it writes lands in a temporary folder, not in site/.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

from analysis.output import one_line

ROOT = Path(__file__).resolve().parents[1]
# Backticks, $(…), make's $$(…), double quotes, `;` and spaces: the Makefile before issue 15 ran
# pwned1, pwned3 and pwned4 with this name. Single quotes and a newline: it failed on this one.
NAMES = {"quotes-and-substitutions": "a `touch pwned1` $(touch pwned2) $$(touch pwned3) \"; touch pwned4; echo \" ; x.txt",
         "single-quote-and-newline": "b ' `touch pwned5` ; $(touch pwned6)\ntouch pwned7\nx.txt"}
HEADLINE = "Officials met in Baghdad on Monday"
ARTICLE = f'{HEADLINE}\n\nBAGHDAD (Reuters) - "We will talk again on Friday," said John Smith, the foreign minister.\n'
pytestmark = pytest.mark.slow


@pytest.fixture(params=list(NAMES))
def name(request) -> str:
    return NAMES[request.param]


@pytest.fixture
def checkout(tmp_path, name) -> Path:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    checksum = subprocess.run(["cksum"], input=(ROOT / "pyproject.toml").read_bytes(), capture_output=True,
                              check=True).stdout.split()[0].decode()
    if not (ROOT / ".venv" / f".installed-{checksum}").exists():  # make would set it up again first
        pytest.skip("no .venv set up by make for this pyproject.toml (make setup)")
    for kept in ("Makefile", "pyproject.toml"):
        shutil.copy2(ROOT / kept, tmp_path / kept)  # the mtime too: the venv's stamp stays newer
    (tmp_path / ".venv").symlink_to(ROOT / ".venv")
    (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def ran_nothing(folder: Path) -> None:
    assert not list(folder.rglob("pwned*")), "a command hidden in the file name ran"


def test_make_render_takes_the_file_name_as_data(checkout, name):
    done = subprocess.run(["make", "render", f"ARTICLE={name}"], cwd=checkout, capture_output=True, text=True,
                          timeout=900, env={**os.environ, "NB_TIMEOUT": "120"})
    ran_nothing(checkout)
    assert done.returncode == 0, done.stderr[-2000:]
    index = (checkout / "site" / "index.html").read_text(encoding="utf-8")
    assert f"<h1>{html.escape(HEADLINE)}</h1>" in index, "the site is not built from the article named"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_app(checkout: Path, *settings: str) -> str:
    """Start `make app` with ``settings``, wait for the address it prints, stop it; returns what it printed."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "APP_TOKEN"}
    with (checkout / "app.out").open("w") as out, (checkout / "app.err").open("w") as err:
        proc = subprocess.Popen(["make", "app", f"APP_PORT={port}", *settings], cwd=checkout, env=env,
                                stdout=out, stderr=err, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not re.search(rf"^\s+http://127\.0\.0\.1:{port}/\S*$", (checkout / "app.out").read_text(), re.M):
            assert proc.poll() is None, (checkout / "app.err").read_text()[-2000:]
            assert time.monotonic() < deadline, "make app did not print its address within 60 s"
            time.sleep(0.2)
        return (checkout / "app.out").read_text()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_make_app_takes_the_file_name_as_data(checkout, name):
    banner = make_app(checkout, f"ARTICLE={name}")
    ran_nothing(checkout)
    # the app checked and serves this very file (its name printed on one line), behind a new token
    assert f"Serving the dashboard of {one_line(str(checkout / name))} at" in banner, banner
    assert re.search(r"^\s+http://127\.0\.0\.1:\d+/\?token=[0-9a-f]{48}$", banner, re.M), banner


@pytest.mark.parametrize("name", [NAMES["quotes-and-substitutions"]])
def test_make_app_without_a_token_says_so(checkout):
    banner = make_app(checkout, "APP_TOKEN=none")
    assert re.search(r"^\s+http://127\.0\.0\.1:\d+/$", banner, re.M) and "No token" in banner, banner


@pytest.mark.parametrize("name", [NAMES["quotes-and-substitutions"]])
def test_other_settings_are_data_too(checkout):
    """A port is checked by Python, not run by the shell: one line, exit 2, nothing ran."""
    done = subprocess.run(["make", "app", "APP_PORT=1; touch pwned6", "APP_MAX_KERNELS=$(touch pwned7)"],
                          cwd=checkout, capture_output=True, text=True, timeout=120)
    ran_nothing(checkout)
    assert done.returncode != 0
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "whole numbers" in errors[0], done.stderr
