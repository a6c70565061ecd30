"""Browser tests (issue #5): the rendered site and the live app, checked in a real Chromium.

Chromium comes from ``$CHROMIUM``, else ``/usr/bin/chromium``, else ``chromium`` on the PATH
(Debian's package: ``apt-get install chromium``; Playwright's own browser download is not
used). Without Chromium or the ``playwright`` package every test here is skipped with one
line, except under CI (``$CI`` non-empty), where they are mandatory and fail instead.

Every test gets a fresh browser context that aborts any request leaving the machine and
records it, and records page errors, console errors and dialogs (dismissed): see
:class:`support.Watched`. Screenshots go to ``build/screenshots/<name>.png``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .support import (
    CHROMIUM_ARGS,
    HERE,
    HOSTILE,
    OUTSIDE,
    VIEWPORT,
    Watched,
    chromium_path,
    is_local,
    missing_requirement,
    start_site_build,
)


class _Unavailable(pytest.Item):
    """Stands in for every browser test when Chromium or playwright is missing: one skip, or one failure in CI."""

    def __init__(self, *, reason: str, **kwargs):
        super().__init__(**kwargs)
        self.reason = reason

    def runtest(self):
        if os.environ.get("CI"):
            pytest.fail(f"browser tests are mandatory in CI: {self.reason}", pytrace=False)
        pytest.skip(self.reason)

    def reportinfo(self):
        return self.path, None, self.name


def pytest_collection_modifyitems(session, config, items):
    reason = missing_requirement()
    here = [item for item in items if HERE in item.path.parents]
    if reason is None or not here:
        return
    parent = here[0].getparent(pytest.Package) or here[0].parent
    items[:] = [item for item in items if item not in here]
    items.append(_Unavailable.from_parent(parent, name="browser tests", reason=reason))


@pytest.fixture(scope="session")
def _browser_requirements():
    reason = missing_requirement()  # checked at collection too; this guards direct use
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests are mandatory in CI: {reason}", pytrace=False)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def browser(_browser_requirements):
    from playwright.sync_api import sync_playwright

    path, _ = chromium_path()
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser):
    """``open_page()`` → a :class:`Watched` page in a new context; contexts close after the test."""
    contexts = []

    def open_() -> Watched:
        context = browser.new_context(viewport=VIEWPORT)
        contexts.append(context)
        page = context.new_page()
        watched = Watched(page)

        def route(route):
            url = route.request.url
            if is_local(url):
                route.continue_()
            else:
                watched.blocked.append(url)
                route.abort()

        # Every URL that is not local reaches the handler (which checks again); local ones are not
        # intercepted at all: routing Voilà's dozens of local scripts through Python slows its page.
        context.route(OUTSIDE, route)
        page.on("pageerror", lambda error: watched.page_errors.append(str(error.message if hasattr(error, "message") else error)))
        page.on("console", lambda msg: msg.type == "error" and watched.console_errors.append(
            (msg.text, (msg.location or {}).get("url", ""))))
        page.on("websocket", lambda ws: None if is_local(ws.url) else watched.sockets.append(ws.url))

        def dialog(d):
            watched.dialogs.append(f"{d.type}: {d.message}")
            d.dismiss()

        page.on("dialog", dialog)
        return watched

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def _site_builds(_browser_requirements, request, tmp_path_factory):
    """The sites this session's tests use, built side by side (the builds mostly wait on kernels)."""
    articles = {"seed_site": None, "hostile_site": HOSTILE}
    used = {name for item in request.session.items for name in getattr(item, "fixturenames", ()) if name in articles}
    builds = {name: start_site_build(tmp_path_factory.mktemp(name) / "site", articles[name]) for name in sorted(used)}
    yield builds
    for build in builds.values():
        build.stop()


@pytest.fixture(scope="session")
def seed_site(_site_builds) -> Path:
    return _site_builds["seed_site"].result()


@pytest.fixture(scope="session")
def hostile_site(_site_builds) -> Path:
    return _site_builds["hostile_site"].result()


@pytest.fixture(scope="session")
def seed_ds():
    """The seed article's frames, loaded here (ignoring ``$ANALYSIS_ARTICLE``) to compute what pages must show."""
    import analysis

    saved = os.environ.pop("ANALYSIS_ARTICLE", None)
    try:
        return analysis.load()
    finally:
        if saved is not None:
            os.environ["ANALYSIS_ARTICLE"] = saved
