"""The live app's guard rails (analysis.app), checked against the running server and in Chromium.

Kernels are counted in the process list: the app's ipykernel children. The app runs as ``make app``
does, with its default pool of pre-started kernels (``analysis.app.PREHEAT``): those exist before
any page view and count against the cap.
"""

from __future__ import annotations

import http.client
import json
import re
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from analysis.app import PREHEAT

from .support import KERNEL_ID, VIEW_URL, kernel_children, kernel_ids, render_app, voila_app, wait_for

RELEASE = 4  # seconds: --release-after for the capped app, so that the test is quick
CAP = 2
TICKET = re.compile(r'set\("view", "([^"]+)"\)')


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    with voila_app(tmp_path_factory.mktemp("app-guarded")) as running:
        yield running


@pytest.fixture(scope="module")
def open_app(tmp_path_factory):
    with voila_app(tmp_path_factory.mktemp("app-no-token"), None, "--no-token") as running:
        yield running


@pytest.fixture(scope="module")
def capped_app(tmp_path_factory):
    with voila_app(tmp_path_factory.mktemp("app-capped"), None, f"--max-kernels={CAP}",
                   f"--release-after={RELEASE}") as running:
        yield running


def request(app, path: str, *, headers: dict | None = None, method: str = "GET") -> tuple[int, dict, str]:
    """(status, headers, body) of one request to the app, redirects not followed."""
    parts = urlsplit(app.origin)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        connection.request(method, path, headers={"Host": parts.netloc, **(headers or {})})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def token(app) -> str:
    return re.search(r"token=([0-9a-f]+)", app.url).group(1)


def settled_kernels(app, wait: float = 2.0) -> dict[int, str]:
    """Kernels running (pid → start time) once anything a request may have set off has had time to start."""
    time.sleep(wait)
    return app.record_kernels()


def pre_started(app, viewers: int = 0) -> dict[int, str]:
    """The kernels once the pool is full beside ``viewers`` page views' kernels (pid → start time)."""
    wait_for_kernels(app, viewers + PREHEAT, within=60, what="the pre-started kernels")
    return settled_kernels(app)


def ticketed_view(app) -> tuple[int, str]:
    """What a client that follows the small page's script gets: (status, body) of the page view."""
    status, _, body = request(app, f"/?token={token(app)}")
    assert status == 200, (status, body[:200])
    return request(app, f"/?token={token(app)}&view={TICKET.search(body).group(1)}")[::2]


# --- who may ask -------------------------------------------------------------------------------------------


def test_the_printed_url_carries_a_token_the_app_asks_for(app):
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/\?token=[0-9a-f]{48}", app.url), app.url
    before = pre_started(app)
    status, headers, _ = request(app, "/")
    assert status == 302 and headers["Location"].startswith("/login"), (status, headers)
    status, headers, _ = request(app, "/?token=not-the-token")
    assert status == 302 and headers["Location"].startswith("/login")
    status, _, body = request(app, f"/?token={token(app)}")
    assert status == 200 and TICKET.search(body), "the printed URL does not open the app"
    assert settled_kernels(app) == before  # only the pre-started ones


@pytest.mark.parametrize("path", ["/", "/?token={token}", "/voila/static/voila.js", "/login",
                                  "/api/kernels/{kernel}", "/api/kernels/{kernel}/channels", "/voila/files/x.png"])
def test_a_foreign_host_or_origin_is_refused_everywhere(app, path):
    path = path.format(token=token(app), kernel=uuid.uuid4())
    port = urlsplit(app.origin).port
    foreign = [{"Host": f"evil.example:{port}"},  # DNS rebinding: a name that resolves to 127.0.0.1
               {"Host": "evil.example"},
               {"Origin": "http://evil.example"},
               {"Origin": f"http://localhost:{port + 1}"},  # another local origin
               {"Origin": "null"},  # a sandboxed frame or a file:// page
               {"Origin": "http://evil.example", "Connection": "Upgrade", "Upgrade": "websocket",
                "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="}]
    for headers in foreign:
        status, _, body = request(app, path, headers=headers)
        assert status == 403 and body.startswith("Refused:"), (path, headers, status, body[:120])
    # the app's own origin, by either local name, still gets in
    for own in (app.origin, f"http://localhost:{port}"):
        status, _, _ = request(app, f"/?token={token(app)}", headers={"Host": urlsplit(own).netloc, "Origin": own})
        assert status == 200, own


def test_twenty_plain_requests_start_no_kernel(app, open_app):
    """curl with or without the token, HEAD, a forged ticket: none starts a kernel (nor takes a pre-started one)."""
    for running, paths in ((app, ["/", f"/?token={token(app)}", f"/?token={token(app)}&view=forged"]),
                           (open_app, ["/", "/?view=forged"])):
        before = pre_started(running)
        statuses = [request(running, paths[i % len(paths)])[0] for i in range(20)]
        statuses.append(request(running, "/", method="HEAD")[0])
        assert set(statuses) <= {200, 302, 405}, statuses  # 405: HEAD is not served
        after = settled_kernels(running)
        assert after == before, f"{len(after)} kernels after 21 plain requests, {len(before)} pre-started before"


def test_a_page_on_another_origin_starts_no_kernel(app, open_page):
    """Logged in (the cookie is set) and one kernel running, then a page on another port of the same
    host (same site: the cookie goes along) tries images, a script, fetches and a frame."""
    viewer = render_app(open_page, app)
    before = pre_started(app, viewers=1)  # the view's kernel, and the pool filled again
    target = app.origin + "/"
    payload = f"""<!DOCTYPE html><html><body>
        <img src="{target}"><img src="{target}?token={token(app)}"><img src="{target}?view=x">
        <script src="{target}?token={token(app)}"></script>
        <iframe src="{target}?token={token(app)}"></iframe>
        <script>
          window.results = [];
          for (const [url, mode] of [["{target}", "no-cors"], ["{target}?token={token(app)}", "cors"],
                                     ["{target}?token={token(app)}", "no-cors"]])
            fetch(url, {{mode, credentials: "include"}}).then(r => results.push(r.status), e => results.push("refused"));
        </script></body></html>"""
    page = viewer.page.context.new_page()
    port = urlsplit(app.origin).port
    foreign = f"http://127.0.0.1:{port + 1}/foreign.html"
    page.route(foreign, lambda route: route.fulfill(status=200, content_type="text/html", body=payload))
    page.goto(foreign)
    page.wait_for_function("() => window.results.length === 3", timeout=20_000)
    assert settled_kernels(app, wait=3) == before, "a page on another origin started or took a kernel"
    # what the foreign page could see: opaque answers or refusals, never the app
    assert all(r in (0, "refused", 403) for r in page.evaluate("() => window.results")), page.evaluate("() => results")


# --- how many -----------------------------------------------------------------------------------------------


def test_the_cap_holds_and_a_closed_tab_gives_its_kernel_back(capped_app, open_page):
    pooled = pre_started(capped_app)  # started before any view, counted against the cap
    assert len(pooled) == PREHEAT < CAP
    # four clients follow the small page at once: two get a kernel (one of them the pre-started
    # one, which is never started again beyond the cap), two a 503
    with ThreadPoolExecutor(max_workers=4) as pool:
        views = list(pool.map(lambda _: ticketed_view(capped_app), range(4)))
    assert sorted(status for status, _ in views) == [200, 200, 503, 503], [s for s, _ in views]
    busy = next(body for status, body in views if status == 503)
    assert "busy" in busy and "try again" in busy.lower()
    served = {KERNEL_ID.search(body).group(1) for status, body in views if status == 200}
    assert len(capped_app.record_kernels()) == CAP
    # they never opened a websocket (no page ran their script): released once idle, and the pool filled again
    wait_for_gone(capped_app, served, within=RELEASE + 20, what="kernels of views that never connected")
    pre_started(capped_app)

    first, second = render_app(open_page, capped_app), render_app(open_page, capped_app)
    assert len(capped_app.record_kernels()) == CAP  # no pre-started kernel beyond the cap
    third = open_page()
    statuses = []
    third.page.on("response", lambda r: statuses.append(r.status) if VIEW_URL.search(r.url) else None)
    third.page.goto(capped_app.url)
    third.page.wait_for_url(VIEW_URL)
    assert "The dashboard is busy" in third.page.inner_text("body") and statuses == [503], statuses
    assert len(capped_app.record_kernels()) == CAP

    # an idle open tab keeps its kernel well past the release delay
    time.sleep(RELEASE * 2 + 1)
    assert len(capped_app.record_kernels()) == CAP
    closed = time.monotonic()
    first_kernel = KERNEL_ID.search(first.page.content()).group(1)
    first.page.close()
    wait_for_gone(capped_app, {first_kernel}, within=60, what="the closed tab's kernel")
    assert time.monotonic() - closed < RELEASE + 20
    render_app(open_page, capped_app)  # the place is free again (taken by a refill of the pool, or by this view)
    assert len(capped_app.record_kernels()) == CAP
    assert second.page.locator(".js-plotly-plot").count() == 3  # and the other tab still works


def wait_for_gone(app, kernels: set[str], *, within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while kernels & kernel_ids(app):
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: still running after {within} s", pytrace=False)
        time.sleep(0.5)


def wait_for_kernels(app, count: int, *, within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while len(kernel_children(app.proc.pid)) != count:
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: {len(kernel_children(app.proc.pid))} kernels after {within} s, expected {count}",
                        pytrace=False)
        time.sleep(0.5)


# --- what a connection can do --------------------------------------------------------------------------------


def _websocket_session(url: str, origin: str | None, sentinel: Path) -> dict:
    """Connect to a kernel's channels, ask for kernel_info, then send code; returns what happened."""
    import asyncio

    from tornado.httpclient import HTTPClientError, HTTPRequest
    from tornado.websocket import websocket_connect

    def message(msg_type: str, content: dict) -> str:
        header = {"msg_id": uuid.uuid4().hex, "msg_type": msg_type, "session": uuid.uuid4().hex, "username": "test",
                  "version": "5.3", "date": "2026-01-01T00:00:00Z"}
        return json.dumps({"header": header, "parent_header": {}, "metadata": {}, "content": content,
                           "channel": "shell", "buffers": []})

    async def session() -> dict:
        headers = {"Origin": origin} if origin else {}
        try:
            ws = await websocket_connect(HTTPRequest(url, headers=headers, connect_timeout=20))
        except HTTPClientError as err:
            return {"refused": err.code}
        await ws.write_message(message("kernel_info_request", {}))
        replies = []
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and "kernel_info_reply" not in replies:
            raw = await asyncio.wait_for(ws.read_message(), timeout=20)
            if raw is None:
                break
            if isinstance(raw, str):
                replies.append(json.loads(raw)["header"]["msg_type"])
        code = f"open({str(sentinel)!r}, 'w').write('ran')"
        await ws.write_message(message("execute_request", {"code": code, "silent": False, "store_history": False,
                                                           "user_expressions": {}, "allow_stdin": False}))
        await asyncio.sleep(3)
        ws.close()
        return {"replies": replies}

    return asyncio.run(session())


def test_no_code_runs_over_the_websocket_without_the_page(app, open_page, tmp_path):
    viewer = render_app(open_page, app)
    kernel = KERNEL_ID.search(viewer.page.content()).group(1)
    base = app.origin.replace("http://", "ws://") + f"/api/kernels/{kernel}/channels"
    sentinel = tmp_path / "ran.txt"
    with ThreadPoolExecutor(max_workers=1) as pool:  # its own event loop, away from Playwright's
        run = lambda url, origin: pool.submit(_websocket_session, url, origin, sentinel).result()  # noqa: E731
        assert run(f"{base}?token={token(app)}", "http://evil.example") == {"refused": 403}
        assert run(base, app.origin) == {"refused": 403}  # no token, no cookie
        done = run(f"{base}?token={token(app)}", app.origin)
    assert "kernel_info_reply" in done["replies"], f"the kernel did not answer at all: {done}"
    assert not sentinel.exists(), "code sent over the websocket ran in the kernel"


@pytest.mark.parametrize("path", [
    "/voila/files/../../../../etc/passwd", "/voila/files/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/voila/files/..%2f..%2f..%2f..%2fetc%2fpasswd", "/voila/files//etc/passwd", "/voila/files/dashboard.ipynb",
    "/voila/static/../../../../etc/passwd", "/voila/static/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/voila/templates/..%2f..%2f..%2f..%2fetc%2fpasswd", "/voila/templates/lab/static/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/voila/templates/%2e%2e/static/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd",
    "/voila/labextensions/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", "/voila/api/themes/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/..%2f..%2fetc%2fpasswd"])
def test_paths_outside_the_app_are_refused(app, path):
    status, _, body = request(app, path + ("&" if "?" in path else "?") + f"token={token(app)}")
    assert "root:" not in body and '"cells"' not in body, (path, status)
    assert status in (302, 403, 404), (path, status)
