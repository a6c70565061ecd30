"""Helpers for the browser tests: finding Chromium, a watched page, building the site, running Voilà.

Fixtures live in ``conftest.py``; these are plain functions and classes the tests import.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
HOSTILE = HERE / "hostile.txt"
SCREENSHOTS = ROOT / "build" / "screenshots"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1400, "height": 4000}  # tall: Voilà scrolls an inner container, not the page
LOCAL_SCHEMES = {"file", "data", "blob", "about"}
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
# URLs that are not local: what the context routes (and aborts), matched inside the browser driver
OUTSIDE = re.compile(r"^(?!(?:https?|wss?)://(?:127\.0\.0\.1|localhost)(?::\d+)?/)(?!(?:file|data|blob|about):)",
                     re.IGNORECASE)
SITE_TIMEOUT = 240  # seconds for one `python -m analysis.site` build (about 10-15 s here)
APP_START_TIMEOUT = 60  # seconds until Voilà answers on its port
APP_STOP_TIMEOUT = 20  # seconds Voilà may take to exit after SIGTERM
RENDER_TIMEOUT = 60_000  # ms for Voilà's first render (7-11 s measured)


# --- is there a browser? -------------------------------------------------------------------------


def chromium_path() -> tuple[str | None, str]:
    """(path or None, where it was looked for): ``$CHROMIUM``, else /usr/bin/chromium, else the PATH."""
    wanted = os.environ.get("CHROMIUM", "")
    if wanted:
        found = Path(wanted)
        return (str(found) if found.is_file() and os.access(found, os.X_OK) else None), wanted
    if os.access(DEFAULT_CHROMIUM, os.X_OK):
        return DEFAULT_CHROMIUM, DEFAULT_CHROMIUM
    return shutil.which("chromium"), DEFAULT_CHROMIUM


def missing_requirement() -> str | None:
    """One line saying what the browser tests lack, or None."""
    if importlib.util.find_spec("playwright") is None:
        return "the playwright package is not installed: pip install -e '.[test]' to run the browser tests"
    path, looked = chromium_path()
    if path is None:
        return f"Chromium not found at {looked}: apt-get install chromium (or set CHROMIUM=/path) to run the browser tests"
    return None


# --- a watched page --------------------------------------------------------------------------------


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or (parts.hostname or "") in LOCAL_HOSTS


@dataclass
class Watched:
    """A page in a fresh context, with everything that went wrong on it recorded."""

    page: object  # playwright.sync_api.Page
    blocked: list[str] = field(default_factory=list)  # requests aborted because they left the machine
    page_errors: list[str] = field(default_factory=list)
    console_errors: list[tuple[str, str]] = field(default_factory=list)  # (text, url of the source)
    dialogs: list[str] = field(default_factory=list)
    sockets: list[str] = field(default_factory=list)  # websockets opened to other hosts (not blockable)

    def problems(self, *, allow_console: tuple[str, ...] = (), allow_blocked=lambda url: False) -> list[str]:
        """Every recorded problem as one line; ``allow_console`` are exact messages tolerated."""
        out = [f"fetched from outside: {url}" for url in self.blocked if not allow_blocked(url)]
        out += [f"websocket to outside: {url}" for url in self.sockets]
        out += [f"page error: {text}" for text in self.page_errors if text not in allow_console]
        blocked = set(self.blocked)
        # "Failed to load resource" for an aborted request is the blocked URL again, reported above
        out += [f"console error: {text} ({url})" for text, url in self.console_errors
                if text not in allow_console and url not in blocked]
        out += [f"dialog opened: {text}" for text in self.dialogs]
        return out

    def assert_clean(self, **allow) -> None:
        problems = self.problems(**allow)
        assert not problems, "\n".join(problems)

    def screenshot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def map_frames(self) -> list:
        return [f for f in self.page.frames if f is not self.page.main_frame and _has(f, ".leaflet-container")]

    def each_frame(self, script: str) -> list[tuple[object, object]]:
        """(frame, result of ``script``) for every frame; read again when a frame is replaced meanwhile."""
        from playwright.sync_api import Error

        for attempt in range(10):
            try:
                return [(frame, frame.evaluate(script)) for frame in self.page.frames if not frame.is_detached()]
            except Error as error:  # Voilà replaced the map's iframe while we read it
                if "detached" not in str(error) or attempt == 9:
                    raise
                self.page.wait_for_timeout(200)
        return []

    def pwned(self) -> list[str]:
        """Frames where ``window.__pwned`` is defined: a payload from the article ran."""
        script = "() => typeof window.__pwned === 'undefined' ? null : String(window.__pwned)"
        return [f"window.__pwned = {value} in {self.where(frame)}"
                for frame, value in self.each_frame(script) if value is not None]

    def where(self, frame) -> str:
        return "the page" if frame is self.page.main_frame else f"the iframe {frame.url[:40]!r} (map)"


def _has(frame, selector: str) -> bool:
    from playwright.sync_api import Error

    try:
        return frame.locator(selector).count() > 0
    except Error:  # the frame detached while we looked (Voilà replaces the map's iframe)
        return False


# --- the rendered site -------------------------------------------------------------------------------


def _article_env(article: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("ANALYSIS_ARTICLE", "ANALYSIS_STATIC_PAGE")}
    if article is not None:
        env["ANALYSIS_ARTICLE"] = str(article)
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    return env


@dataclass
class SiteBuild:
    """``python -m analysis.site --out out [--article article]`` running in the background."""

    out: Path
    command: list[str]
    proc: subprocess.Popen
    started: float

    def result(self) -> Path:
        """Wait (within ``SITE_TIMEOUT`` of the start) and check the build: exit 0, one line on stdout."""
        try:
            stdout, stderr = self.proc.communicate(timeout=max(1.0, self.started + SITE_TIMEOUT - time.monotonic()))
        except subprocess.TimeoutExpired:
            self.stop()
            pytest.fail(f"building the site took over {SITE_TIMEOUT} s: {' '.join(self.command)}", pytrace=False)
        # the build's own one-line error, else the whole of stderr: asyncio's notes at exit can
        # follow a traceback, and the last line alone hid the cause of a failed CI run
        said = [line for line in stderr.splitlines() if line.startswith("error: ")] or [stderr[-4000:]]
        assert self.proc.returncode == 0, f"{' '.join(self.command)} exited {self.proc.returncode}: {said[-1]}"
        lines = [line for line in stdout.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("wrote "), f"expected one line on stdout, got {stdout!r}"
        return self.out

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)  # the build and its kernels
            self.proc.communicate()


def start_site_build(out: Path, article: Path | None = None) -> SiteBuild:
    command = [sys.executable, "-m", "analysis.site", "--out", str(out)]
    if article is not None:
        command += ["--article", str(article)]
    proc = subprocess.Popen(command, cwd=ROOT, env=_article_env(None), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    return SiteBuild(out, command, proc, time.monotonic())


# --- the live app (Voilà) ------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stat(pid: int) -> tuple[str, str] | None:
    """(state, start time) of a process from /proc, or None when it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2:].split()
    return fields[0], fields[19]  # state, starttime (fields 3 and 22 of proc(5))


KERNEL_FILE = re.compile(r"kernel-([0-9a-f-]{36})\.json")  # a kernel's connection file, on its command line


def kernel_children(parent: int) -> dict[int, str]:
    """Kernel processes (the app's own launcher or ipykernel's) whose parent is ``parent``: pid → start time."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        ppid = re.search(r"^PPid:\s*(\d+)", status, re.MULTILINE)
        if ppid and int(ppid.group(1)) == parent and KERNEL_FILE.search(cmdline):
            stat = _stat(int(entry.name))
            if stat is not None:
                found[int(entry.name)] = stat[1]
    return found


def kernel_ids(app: "App") -> set[str]:
    """Ids of the app's running kernels, read from their command lines (their connection files)."""
    out = set()
    for pid in kernel_children(app.proc.pid):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        out.update(KERNEL_FILE.findall(cmdline))
    return out


KERNEL_ID = re.compile(r'"kernelId": "([0-9a-f-]{36})"')  # in the page Voilà serves: the page's kernel


@dataclass
class App:
    url: str  # the URL the app printed, with its token
    origin: str  # http://127.0.0.1:PORT
    proc: subprocess.Popen
    log: Path
    kernels: dict[int, str] = field(default_factory=dict)  # every kernel seen: pid → start time

    def record_kernels(self) -> dict[int, str]:
        now = kernel_children(self.proc.pid)
        self.kernels.update(now)
        return now

    def log_tail(self, n: int = 15) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])


# the line `python -m analysis.app` prints with the app's address
APP_URL = re.compile(r"^\s*(http://127\.0\.0\.1:\d+)/(\S*)$", re.MULTILINE)


@contextlib.contextmanager
def voila_app(tmp: Path, article: Path | None = None, *options: str):
    """The live app as ``make app`` starts it (``python -m analysis.app``); stopped with SIGTERM after.

    ``options`` go to the launcher (``--max-kernels=2``, ``--no-token``, …).
    """
    port = free_port()
    log, banner = tmp / "app.log", tmp / "app.out"
    command = [sys.executable, "-m", "analysis.app", f"--port={port}", *options]
    if article is not None:
        command.append(f"--article={article}")
    env = {k: v for k, v in _article_env(None).items() if k != "APP_TOKEN"}  # a new token, printed
    with log.open("w") as err, banner.open("w") as out:
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=err)
    app = App("", f"http://127.0.0.1:{port}", proc, log)
    try:
        deadline = time.monotonic() + APP_START_TIMEOUT
        while True:
            if proc.poll() is not None:
                pytest.fail(f"the app exited {proc.returncode} before listening:\n{app.log_tail()}", pytrace=False)
            printed = APP_URL.search(banner.read_text(errors="replace"))
            if printed:
                assert printed.group(1) == app.origin, f"the app printed {printed.group(0)!r}, not port {port}"
                app.url = printed.group(0).strip()
                break
            if time.monotonic() > deadline:
                pytest.fail(f"the app did not print its address within {APP_START_TIMEOUT} s:\n{app.log_tail()}",
                            pytrace=False)
            time.sleep(0.2)
        yield app
    finally:
        if proc.poll() is None:
            app.record_kernels()
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=APP_STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                leftover = kernel_children(proc.pid)
                proc.kill()
                proc.wait()
                for pid in leftover:
                    with contextlib.suppress(OSError):
                        os.kill(pid, signal.SIGKILL)
                pytest.fail(f"the app did not exit within {APP_STOP_TIMEOUT} s of SIGTERM:\n{app.log_tail()}",
                            pytrace=False)
    # the kernels must go with it: a live one (same pid, same start time, not a zombie) is a leak
    time.sleep(0.3)
    alive = [pid for pid, started in app.kernels.items()
             if (stat := _stat(pid)) is not None and stat[1] == started and stat[0] != "Z"]
    for pid in alive:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    assert not alive, f"kernel processes {alive} outlived the app (of {sorted(app.kernels)})"


# --- shared browser helpers ----------------------------------------------------------------------


# arg n: true once the page has n charts (or more) and each has drawn its SVG
CHARTS_WAIT_JS = """n => { const g = document.querySelectorAll('.js-plotly-plot');
                           return g.length >= n && Array.from(g).every(p => p.querySelector('.main-svg')); }"""


def plot_counts(page) -> list[int]:
    """For each ``.js-plotly-plot`` on the page, how many ``.main-svg`` layers it painted."""
    return page.evaluate(
        "() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(g => g.querySelectorAll('.main-svg').length)")


def visible_point(frame, element) -> tuple[float, float] | None:
    """A point of ``element`` (page coordinates) where it is the topmost element, or None when covered."""
    point = element.evaluate("""el => {
        const r = el.getBoundingClientRect();
        const f = [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9];
        for (const fy of f) for (const fx of f) {
            const x = r.left + r.width * fx, y = r.top + r.height * fy;
            const hit = document.elementFromPoint(x, y);
            if (hit && (hit === el || el.contains(hit))) return [x, y];
        }
        return null;
    }""")
    if point is None:
        return None
    x, y = point
    if frame.parent_frame is not None:  # iframe coordinates → page coordinates
        box = frame.frame_element().bounding_box()
        x, y = x + box["x"], y + box["y"]
    return x, y


def hover_plot_points(page, *, per_plot: int = 8) -> list[str]:
    """Move the mouse onto up to ``per_plot`` points of every chart; returns the hover labels shown."""
    labels = []
    plots = page.locator(".js-plotly-plot")
    for n in range(plots.count()):
        points = plots.nth(n).locator(".cartesianlayer .scatterlayer path.point, .cartesianlayer .barlayer .point path")
        total = points.count()
        step = max(1, total // per_plot)
        for i in range(0, total, step)[:per_plot]:
            box = points.nth(i).bounding_box()
            if not box or box["width"] == 0:
                continue
            page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            page.wait_for_timeout(40)
            text = page.evaluate("() => Array.from(document.querySelectorAll('.hoverlayer')).map(h => h.textContent).join(' | ')")
            if text.strip():
                labels.append(text)
    page.mouse.move(1, 1)
    return labels


MAP_ITEMS = "path.leaflet-interactive, .leaflet-marker-icon.leaflet-interactive"


def open_map_popups(page, frame, *, after_click=None, click: bool = True) -> tuple[list[str], list[str]]:
    """Hover and click every marker and path of the map in ``frame`` (or ``frame()``, found again after
    each click); returns (tooltips, popups) seen. A click on a place also selects it in every view:
    ``after_click()`` clears that selection before the next item."""
    tooltips, popups = [], []
    from playwright.sync_api import Error

    get = frame if callable(frame) else (lambda: frame)
    for i in range(get().locator(MAP_ITEMS).count()):
        for attempt in range(3):  # a live app may replace the map's iframe while we look
            try:
                frame = get()
                items = frame.locator(MAP_ITEMS)
                point = visible_point(frame, items.nth(i)) if i < items.count() else None
                break
            except Error as error:
                if "detached" not in str(error) or attempt == 2:
                    raise
                page.wait_for_timeout(300)
        if point is None:
            continue
        def read(selector):
            try:
                return frame.evaluate("s => Array.from(document.querySelectorAll(s)).map(t => t.textContent).join(' | ')",
                                      selector)
            except Error as error:  # the app redrew its map after the click selected a place
                if "detached" not in str(error):
                    raise
                return ""

        page.mouse.move(*point)
        page.wait_for_timeout(30)
        tooltips.append(read(".leaflet-tooltip"))
        if not click:
            continue
        page.mouse.click(*point)
        page.wait_for_timeout(30)
        popups.append(read(".leaflet-popup-content"))
        if after_click is not None:
            after_click()
    return [t for t in tooltips if t], [p for p in popups if p]


# --- the article in the test process ---------------------------------------------------------------


def names(cell) -> set[str]:
    """The names in an actor/target/speaker cell ("; "-separated)."""
    return {part.strip() for part in str(cell or "").split(";") if part.strip()}


def events_involving(ds, person: str) -> set[str]:
    """Ids of the dated events whose actor or target names ``person`` (what the timeline can plot)."""
    events = ds.events[ds.events["date"].notna()]
    return {eid for eid, actor, target in zip(events["event_id"], events["actor"].fillna(""), events["target"].fillna(""))
            if person in names(actor) | names(target)}


def layer_sizes(ds) -> dict[str, int]:
    """Elements each overlay of ``maps.article_map(ds)`` holds (each is one ``.leaflet-interactive`` in the page)."""
    import folium

    from analysis import maps

    m = maps.article_map(ds)
    return {child.layer_name: sum(1 for e in child._children.values() if e.options.get("interactive", True) is not False)
            for child in m._children.values() if isinstance(child, folium.FeatureGroup)}


# --- the live app in the browser ---------------------------------------------------------------------

# Known noise, matched exactly: the Plotly widget extension logs this on some page views.
APP_CONSOLE = ("r.setData is not a function",)
VIEW_URL = re.compile(r"[?&]view=")  # the page view a ticket opened (analysis.app)
HEADER = re.compile(r"(\d+) events · (\d+) quotes · (\d+) people · (\d+) places")
EVENT_IDS_JS = """g => g.data.filter(t => (t.meta || {}).role === 'events' && t.visible !== false)
                          .flatMap(t => (t.customdata || []).map(c => c[0]))"""


def font_awesome(url: str) -> bool:
    """Voilà's page asks a CDN for Font Awesome (icons only); that request alone may be blocked."""
    return "font-awesome" in url or "fontawesome" in url


def assert_app_clean(watched: Watched) -> None:
    watched.assert_clean(allow_console=APP_CONSOLE, allow_blocked=font_awesome)
    errors = watched.page.locator('[data-mime-type="application/vnd.jupyter.error"], '
                                  '[data-mime-type="application/vnd.jupyter.stderr"]')
    assert errors.count() == 0, "the app shows a kernel error:\n" + "\n".join(errors.all_inner_texts())


def wait_for(page, predicate, what: str, timeout: float = 20.0):
    """Poll ``predicate()`` every 0.1 s until it returns something truthy; fail naming ``what``."""
    for _ in range(int(timeout / 0.1)):
        value = predicate()
        if value:
            return value
        page.wait_for_timeout(100)
    pytest.fail(f"timed out after {timeout} s waiting for {what}", pytrace=False)


def map_signature(watched: Watched) -> tuple | None:
    """What the map shows: (interactive elements, legend text, empty-state text), or None while absent."""
    from playwright.sync_api import Error

    for frame in watched.map_frames():
        try:
            return (frame.locator(".leaflet-interactive").count(),
                    frame.locator(".article-map-legend").inner_text(timeout=1000),
                    " ".join(frame.locator(".article-map-empty").all_inner_texts()))
        except Error:  # the frame was replaced while we read it
            continue
    return None


def render_app(open_page, app: App) -> Watched:
    """A fresh page of the app, once its three charts and its map are drawn (7-11 s)."""
    watched = open_page()
    page = watched.page
    page.goto(app.url)
    page.wait_for_url(VIEW_URL, timeout=RENDER_TIMEOUT)  # the small first page hands over to the view
    page.wait_for_function(CHARTS_WAIT_JS, arg=3, timeout=RENDER_TIMEOUT)
    wait_for(page, lambda: (sig := map_signature(watched)) and sig[0] > 0, "the map's markers")
    app.record_kernels()
    return watched


def header_counts(page) -> dict[str, int]:
    text = page.locator(".widget-html").filter(has_text=HEADER).first.inner_text()
    found = HEADER.search(text)
    return dict(zip(("events", "quotes", "people", "places"), map(int, found.groups())))


ACTOR_LABEL = "Actor or speaker"  # the live dashboard's actor dropdown


def choose_widget(page, label: str, option: str) -> None:
    """Pick ``option`` in the ipywidgets Dropdown whose label is ``label``."""
    box = page.locator(".widget-dropdown").filter(has=page.locator("label", has_text=re.compile(rf"^{re.escape(label)}$")))
    box.locator("select").select_option(label=option)


def timeline_ids(page) -> list[str]:
    return page.locator(".js-plotly-plot").nth(0).evaluate(EVENT_IDS_JS)


# --- payloads ------------------------------------------------------------------------------------------

# Markup a payload would have become: handlers and javascript: URLs naming our markers, scripts that are one.
INJECTED_JS = r"""() => {
    const found = [];
    const marker = /__pwned|alert\(1\)/;
    const describe = e => e ? `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${(e.getAttribute('class') || '').trim().split(/\s+/).join('.')}` : '';
    for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
            const name = attr.name.toLowerCase(), value = attr.value;
            const handler = name.startsWith('on') && marker.test(value);
            const url = ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && /^\s*javascript:/i.test(value) && marker.test(value);
            if (handler || url) {
                const where = describe(el.parentElement);
                found.push(`<${el.tagName.toLowerCase()} ${name}="${value}"> inside <${where}>`);
            }
        }
        if (el.tagName === 'SCRIPT' && /^\s*(window\.__pwned|alert\(1\))/.test(el.textContent)) {
            found.push(`<script>${el.textContent.trim().slice(0, 60)}</script> inside <${describe(el.parentElement)}>`);
        }
    }
    return found;
}"""


def injected(watched: Watched) -> list[str]:
    """Payload elements present in any frame, each named with its frame, or []."""
    return [f"{watched.where(frame)}: {item}" for frame, found in watched.each_frame(INJECTED_JS) for item in found]
