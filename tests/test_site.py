"""``make render`` (``python -m analysis.site``): a static site that opens offline and never
replaces what it did not build. What a reader sees in a browser is in ``tests/browser``."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from analysis import site

ROOT = Path(__file__).resolve().parents[1]
PLOTLY_JS = re.compile(r"\* plotly\.js v\d")
pytestmark = pytest.mark.slow


def _run(*args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis.site", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("render") / "site"
    done = _run("--out", str(out))
    assert done.returncode == 0, done.stderr
    return out, done


def test_one_page_per_notebook_and_an_index(built):
    out, done = built
    assert sorted(p.name for p in out.glob("*.html")) == sorted(["index.html", *(f"{n}.html" for n in site.NOTEBOOKS)])
    index = (out / "index.html").read_text(encoding="utf-8")
    for name in site.NOTEBOOKS:
        assert f'href="{name}.html"' in index
    assert "wrote" in done.stdout and len(done.stdout.strip().splitlines()) == 1


def test_plotly_js_is_embedded_once_per_page_with_charts(built):
    out, _ = built
    counts = {name: len(PLOTLY_JS.findall((out / f"{name}.html").read_text(encoding="utf-8"))) for name in site.NOTEBOOKS}
    # the map notebook draws no chart; every other one does
    assert counts == {"dashboard": 1, "events": 1, "quotes": 1, "map": 0}


def test_pages_load_nothing_from_the_internet(built):
    out, _ = built
    remote = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.I)
    for page in out.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        # the map lives in an iframe's srcdoc: look inside it too
        inner = " ".join(re.findall(r'srcdoc="([^"]*)"', text))
        for doc in (text, html.unescape(inner)):
            assert not remote.search(doc), (page.name, remote.search(doc).group(0))


def test_dashboard_page_carries_in_browser_filters_not_widgets(built):
    text = (built[0] / "dashboard.html").read_text(encoding="utf-8")
    assert "application/vnd.jupyter.widget-state+json" not in text
    assert "application/vnd.jupyter.widget-view+json" not in text
    assert 'id="article-dashboard-data"' in text and "window.articleDashboard" in text  # frames + one script
    assert "leaflet-control-layers" in text or "L.control.layers" in text
    for developer_text in ("board.filters", "make app", "make render", "Filters(", "¶"):
        assert developer_text not in text, developer_text


def test_plotly_js_is_inlined_once_and_no_chart_is_dropped(built):
    for name in ("dashboard", "events", "quotes"):
        text = (built[0] / f"{name}.html").read_text(encoding="utf-8")
        assert text.count("plotly.js v") <= 2, name  # the library's banner, once (it names itself twice at most)
        assert "application/vnd.plotly.v1+json" not in text, name


def test_pages_carry_little_beyond_their_javascript(built):
    """Pages with charts weigh at most 1.2x plotly.js (+ the map's Leaflet and jQuery)."""
    import plotly
    import xstatic.pkg.jquery as jquery
    import xstatic.pkg.leaflet as leaflet

    plotly_js = (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").stat().st_size
    leaflet_js = (Path(leaflet.BASE_DIR) / "leaflet.js").stat().st_size + (Path(jquery.BASE_DIR) / "jquery.min.js").stat().st_size
    carried = {"dashboard": plotly_js + leaflet_js, "events": plotly_js, "quotes": plotly_js}
    for name, js in carried.items():
        size = (built[0] / f"{name}.html").stat().st_size
        assert size <= 1.2 * js, (name, size, js)


def test_site_ships_the_frames_as_csv_and_geojson(built):
    data = built[0] / "data"
    assert {"events.csv", "quotes.csv", "locations.csv", "movements.csv", "actors.csv", "sentences.csv"} <= {p.name for p in data.iterdir()}
    geo = json.loads((data / "map.geojson").read_text(encoding="utf-8"))
    assert geo["type"] == "FeatureCollection" and any(f["geometry"] for f in geo["features"])


def test_the_site_data_is_the_cli_export(built, seed, tmp_path):
    """The same files as ``python -m analysis extract --out``: CSV safe for spreadsheets."""
    from analysis import export

    for path in export.write(seed, tmp_path / "export"):
        assert (built[0] / "data" / path.name).read_bytes() == path.read_bytes(), path.name


def test_an_unreadable_article_fails_in_one_line_and_keeps_the_old_site(built, tmp_path):
    out, _ = built
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    done = _run("--out", str(out), "--article", str(bad))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and done.stderr.startswith("error:"), done.stderr
    assert "Traceback" not in done.stderr
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_a_folder_it_did_not_build_is_never_replaced(tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    done = _run("--out", str(out), "--notebook", "quotes")
    assert done.returncode == 2 and "not a site built here" in done.stderr
    assert [p.name for p in out.iterdir()] == ["notes.txt"] and (out / "notes.txt").read_text() == "keep me"


def _notebook(folder: Path, name: str, code: str) -> None:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(f"# {name}"), nbformat.v4.new_code_cell(code)])
    nbformat.write(nb, folder / f"{name}.ipynb")


def test_a_hanging_cell_is_stopped_by_the_timeout(tmp_path):
    _notebook(tmp_path, "slow", "import time\ntime.sleep(60)")
    with pytest.raises(site.SiteError, match="longer than 2 s"):
        site.build_site(tmp_path / "out", notebooks=("slow",), notebook_dir=tmp_path, timeout=2)
    assert not (tmp_path / "out").exists()


def test_a_failing_cell_is_reported_in_one_line(tmp_path):
    _notebook(tmp_path, "broken", "raise ValueError('no such column')")
    with pytest.raises(site.SiteError) as err:
        site.build_site(tmp_path / "out", notebooks=("broken",), notebook_dir=tmp_path, timeout=60)
    assert "broken.ipynb" in str(err.value) and "no such column" in str(err.value)
    assert "\n" not in str(err.value)
    assert not (tmp_path / "out").exists() and not list(tmp_path.glob(".out.build-*"))


def _fail_kernel_starts(monkeypatch, times: int) -> list[int]:
    """Make the next ``times`` kernel starts fail as a loaded machine's do (nbclient's own words)."""
    from nbclient import NotebookClient

    real = NotebookClient.async_start_new_kernel_client
    calls: list[int] = []

    async def flaky(self):
        calls.append(1)
        if len(calls) <= times:
            await self._async_cleanup_kernel()  # as nbclient does before it raises
            raise RuntimeError("Kernel didn't respond in 60 seconds")
        return await real(self)

    monkeypatch.setattr(NotebookClient, "async_start_new_kernel_client", flaky)
    return calls


def test_a_kernel_that_fails_to_start_is_started_again(tmp_path, monkeypatch):
    _notebook(tmp_path, "tiny", "print('hello')")
    calls = _fail_kernel_starts(monkeypatch, times=1)
    pages = site.build_site(tmp_path / "out", notebooks=("tiny",), notebook_dir=tmp_path, timeout=60)
    assert [p.name for p in pages] == ["tiny"] and len(calls) == 2


def test_a_kernel_that_never_starts_fails_in_one_line(tmp_path, monkeypatch):
    _notebook(tmp_path, "tiny", "print('hello')")
    _fail_kernel_starts(monkeypatch, times=site.KERNEL_STARTS)
    with pytest.raises(site.SiteError) as err:
        site.build_site(tmp_path / "out", notebooks=("tiny",), notebook_dir=tmp_path, timeout=60)
    assert "tiny.ipynb" in str(err.value) and "did not start" in str(err.value) and "\n" not in str(err.value)
    assert not (tmp_path / "out").exists()


def test_a_failing_notebook_stops_the_others_and_leaves_no_kernel(tmp_path):
    import os

    def kernels() -> set[Path]:
        # this process's kernels only: in a whole test run it has other children (Playwright's driver, servers)
        return {p for p in Path("/proc").glob("[0-9]*") if _parent(p) == os.getpid() and _state(p) not in (None, "Z")
                and b"ipykernel" in _cmdline(p)}

    _notebook(tmp_path, "broken", "raise ValueError('no such column')")
    _notebook(tmp_path, "slow", "import time\ntime.sleep(600)")
    before = kernels()
    with pytest.raises(site.SiteError, match="broken.ipynb"):
        site.build_site(tmp_path / "out", notebooks=("broken", "slow"), notebook_dir=tmp_path, timeout=900)
    assert kernels() - before == set(), "a notebook's kernel was left running after another notebook failed"


def test_a_rebuild_replaces_the_site_whole_and_clears_what_killed_builds_left(tmp_path):
    _notebook(tmp_path, "tiny", "print('hello')")
    out = tmp_path / "out"
    site.build_site(out, notebooks=("tiny",), notebook_dir=tmp_path, timeout=60)
    (out / "stale.html").write_text("from an older build", encoding="utf-8")
    (tmp_path / ".out.build-999999-deadbeef").mkdir()  # a build killed before its swap
    (tmp_path / ".out.old-999999-feedface").mkdir()  # a swap killed after its first rename
    site.build_site(out, notebooks=("tiny",), notebook_dir=tmp_path, timeout=60)
    assert sorted(p.name for p in out.iterdir()) == sorted([site.MARKER, "data", "index.html", "tiny.html"])
    assert not list(tmp_path.glob(".out.*"))


def test_builds_where_an_event_loop_is_already_running(tmp_path):
    """A notebook cell (Jupyter runs an event loop) can call build_site()."""
    import asyncio

    _notebook(tmp_path, "tiny", "print('hello')")

    async def inside_a_loop():
        return site.build_site(tmp_path / "out", notebooks=("tiny",), notebook_dir=tmp_path, timeout=60)

    # a thread of its own: the test process may run a loop already (Playwright's sync API)
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        pages = pool.submit(asyncio.run, inside_a_loop()).result()
    assert [p.name for p in pages] == ["tiny"] and (tmp_path / "out" / "tiny.html").is_file()


def test_an_out_path_that_is_a_file_fails_before_any_notebook_runs(tmp_path):
    target = tmp_path / "site"
    target.write_text("not a folder", encoding="utf-8")
    done = _run("--out", str(target))
    assert done.returncode == 2 and "is a file" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert target.read_text(encoding="utf-8") == "not a folder"


def test_sigterm_during_a_render_ends_in_one_line_and_leaves_no_kernel(built, tmp_path):
    import signal
    import time

    out, _ = built
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    proc = subprocess.Popen([sys.executable, "-m", "analysis.site", "--out", str(out)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    kernels: list[Path] = []
    for _ in range(600):  # wait for the render's first kernel (a loaded machine may take a while)
        kernels = [p for p in Path("/proc").glob("[0-9]*") if _parent(p) == proc.pid]
        if kernels or proc.poll() is not None:
            break
        time.sleep(0.1)
    time.sleep(0.5)  # the kernel is executing a notebook, not only starting
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.splitlines() == [f"error: interrupted; {out} is as it was"], err
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert kernels, "no kernel was running when the render was stopped"
    for _ in range(100):  # the kernels' shutdown may take a moment
        alive = [k for k in kernels if _state(k) not in (None, "Z")]  # a zombie has exited
        if not alive:
            break
        time.sleep(0.1)
    assert not alive, "a kernel outlived the render"


def _stat(proc_dir: Path) -> list[str] | None:
    try:
        return (proc_dir / "stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def _parent(proc_dir: Path) -> int | None:
    fields = _stat(proc_dir)
    return int(fields[1]) if fields else None


def _cmdline(proc_dir: Path) -> bytes:
    try:
        return (proc_dir / "cmdline").read_bytes()
    except OSError:
        return b""


def _state(proc_dir: Path) -> str | None:
    fields = _stat(proc_dir)
    return fields[0] if fields else None
