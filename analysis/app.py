"""The live app (``make app``): the dashboard notebook served by Voilà, to this machine only.

``python -m analysis.app [--article PATH] [--port N] [--no-token | --token T] [--max-kernels N]
[--release-after S] [--preheat N]`` runs Voilà's own server (its handlers, kernel manager, identity provider
and culler, configured and subclassed here, no server of our own) with these rules:

- **Local only.** It listens on 127.0.0.1 and answers only requests whose ``Host`` is
  ``127.0.0.1`` or ``localhost`` (any port, for SSH tunnels) and whose ``Origin``, when a
  browser sends one, is the app's own: a page elsewhere (another site, a DNS-rebinding name,
  another local port) gets 403 for pages, files, the kernel API and websockets alike.
- **A token by default.** Jupyter's token, generated at start and printed with the full URL,
  as ``jupyter lab`` does; the first visit with ``?token=`` sets a login cookie (SameSite=
  Strict). ``--no-token`` (``make app APP_TOKEN=none``) turns it off for trusted setups.
- **A kernel only for a page view.** ``GET /`` answers with a small page whose script comes
  back with a one-time ticket; only a request carrying a ticket starts a kernel. A plain
  request (curl, a crawler) gets the small page and no kernel; another origin's page cannot
  read the ticket (same-origin policy), its ``<img>``/``fetch()`` are refused by their
  ``Sec-Fetch-Dest``, and it cannot frame the app (Jupyter's ``frame-ancestors 'self'``).
- **A cap.** At most ``--max-kernels`` kernels (8), pre-started ones included; a viewer beyond
  them gets a small "busy, try again" page (HTTP 503) and no kernel.
- **Kernels started ahead.** ``--preheat`` kernels (1) are started with the app and run the
  whole notebook before anyone asks (Voilà's pool, :class:`PooledKernelManager`): the page view
  that takes one is answered with the drawn dashboard at once, and the pool is refilled below
  the cap ``REFILL_AFTER`` seconds (10) later, once the browser has drawn that page. The pool is bounded and refilled only after a page view took a kernel or a kernel
  was shut down: a request still starts nothing.
- **Released when the tab closes.** A kernel with no websocket open (the tab was closed, or
  the page never connected) is shut down once idle ``--release-after`` seconds (30), by
  Jupyter's culler (``cull_connected`` off: an open tab, even idle, keeps its kernel).

What Voilà already ensured stays: the websocket passes only widget (comm) messages, so no
code runs without the page, and its file handler refuses paths outside the notebook folder.
"""

from __future__ import annotations

import argparse
import asyncio
import html
import json
import os
import re
import secrets
import sys
import time
import weakref
from collections import OrderedDict
from pathlib import Path

import tornado.ioloop
from jupyter_client.kernelspec import KernelSpecManager
import tornado.web
from jupyter_server._tz import utcnow
from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
from tornado.httputil import split_host_and_port
from tornado.log import app_log
from traitlets import Integer, default
from traitlets.config import Config
from voila.app import Voila
from voila.static_file_handler import TemplateStaticFileHandler
from voila.tornado.handler import TornadoVoilaHandler
from voila.request_info_handler import RequestInfoSocketHandler
from voila.voila_kernel_manager import voila_kernel_manager_factory

from . import output

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "dashboard.ipynb"
KERNEL_SPECS = Path(__file__).resolve().parent / "kernels"  # python3/: the kernel the app starts
LOCAL_NAMES = ("127.0.0.1", "localhost")
MAX_KERNELS = 8
RELEASE_AFTER = 30  # seconds a kernel without an open tab may stay idle
PREHEAT = 1  # kernels started ahead, the notebook already run, for the next page views
# seconds before a taken pooled kernel is replaced: a refill (a kernel start and the whole notebook,
# about 1.5 s of CPU) right away competed with the browser drawing the page that took it
REFILL_AFTER = 10
TICKET_LIFETIME = 60.0  # seconds between the small page and the page view it opens
MAX_TICKETS = 1000  # unused tickets kept; older ones are dropped (a flood of requests costs no memory)
NO_TOKEN = "none"  # APP_TOKEN=none: no token


class KernelsBusy(Exception):
    """Every kernel the app may run is in use."""


def refusal(headers, *, scheme: str = "http") -> str | None:
    """Why a request with these headers is refused (one line), or None: local Host, own Origin."""
    host = headers.get("Host", "")
    name, _ = split_host_and_port(host.lower())
    if name not in LOCAL_NAMES:
        return f"Host {host!r} is not this machine's app"
    origin = headers.get("Origin")
    if origin is not None and origin.lower() != f"{scheme}://{host.lower()}":
        return f"Origin {origin!r} is not this app"
    return None


class Tickets:
    """One-time tickets from the small page to the page view that starts a kernel."""

    def __init__(self, lifetime: float = TICKET_LIFETIME, keep: int = MAX_TICKETS):
        self.lifetime, self.keep = lifetime, keep
        self._expiry: OrderedDict[str, float] = OrderedDict()

    def issue(self) -> str:
        ticket = secrets.token_urlsafe(16)
        self._expiry[ticket] = time.monotonic() + self.lifetime
        while len(self._expiry) > self.keep:
            self._expiry.popitem(last=False)
        return ticket

    def redeem(self, ticket: str | None) -> bool:
        """True once for a ticket issued less than ``lifetime`` ago."""
        expiry = self._expiry.pop(ticket, None) if ticket else None
        return expiry is not None and time.monotonic() < expiry


class CappedKernelManager(AsyncMappingKernelManager):
    """Jupyter's kernel manager with a cap; starting one more raises :class:`KernelsBusy`."""

    max_kernels = Integer(MAX_KERNELS, config=True, help="kernels running at once, at most")

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._starting: set[str] = set()
        self._placed: weakref.WeakSet = weakref.WeakSet()  # tasks that got a place (for the pool's refills)

    def kernels_in_use(self) -> int:
        return len(set(self._kernels) | self._starting)

    async def start_kernel(self, **kwargs):
        # checked and reserved in one step (no await between): two page views at once
        # cannot both take the last place
        if self.kernels_in_use() >= self.max_kernels:
            raise KernelsBusy()
        kernel_id = kwargs.pop("kernel_id", None) or self.new_kernel_id()
        self._starting.add(kernel_id)
        self._placed.add(asyncio.current_task())
        try:
            return await super().start_kernel(kernel_id=kernel_id, **kwargs)
        finally:
            self._starting.discard(kernel_id)


class PooledKernelManager(voila_kernel_manager_factory(CappedKernelManager, True, 0)):
    """The capped manager with Voilà's pool of pre-heated kernels (``--preheat N``): each has run
    the whole notebook before a page asks for it, and the page view that takes one is answered
    at once. Pooled kernels count against the cap like any other.

    Three rules on top of Voilà's pool: a page view takes a pooled kernel that is ready or at
    least holds its place (a refill still waiting to start may find none: the view then starts
    its own kernel below the cap, or gets the busy page, rather than wait on it); a refill that
    finds no free place gives up, and the pool is topped up again whenever a kernel is shut down;
    a kernel handed to a page gets a full ``cull_idle_timeout`` from then on to be connected (it
    may have waited in the pool for hours).
    """

    def _prune(self, notebook: str) -> list:
        """The pool of ``notebook`` without refills that failed (no place, or the kernel died)."""
        pool = self._pools.setdefault(notebook, [])
        for task in [t for t in pool if t.done() and (t.cancelled() or t.exception() is not None)]:
            pool.remove(task)
        return pool

    def _usable(self, notebook: str) -> list:
        """Pool entries a page view may take, ready ones first."""
        pool = self._prune(notebook)
        return [t for t in pool if t.done()] + [t for t in pool if not t.done() and t in self._placed]

    def get_pool_size(self, notebook_name: str) -> int:
        return len(self._usable(notebook_name))

    async def get_rendered_notebook(self, notebook_name: str, *args, **kwargs):
        usable = self._usable(notebook_name)
        if usable:  # Voilà takes the first entry: make it the best usable one
            pool = self._pools[notebook_name]
            pool.remove(usable[0])
            pool.insert(0, usable[0])
        render_task, rendered, kernel_id = await super().get_rendered_notebook(notebook_name, *args, **kwargs)
        self._kernels[kernel_id].last_activity = utcnow()  # its idle time starts with its page
        return render_task, rendered, kernel_id

    def fill_if_needed(self, delay=None, notebook_name=None, **kwargs) -> None:
        if notebook_name is not None:
            self._prune(notebook_name)
        super().fill_if_needed(delay=delay, notebook_name=notebook_name, **kwargs)

    async def shutdown_kernel(self, kernel_id: str, *args, **kwargs):
        RequestInfoSocketHandler._cache.pop(kernel_id, None)  # the request info Voilà keeps per kernel
        done = await super().shutdown_kernel(kernel_id, *args, **kwargs)
        if self.notebook_path is not None and not self._stopping:
            self.fill_if_needed(notebook_name=self.notebook_path)  # a place is free: top the pool up
        return done

    async def shutdown_all(self, *args, **kwargs):
        self._stopping = True
        return await super().shutdown_all(*args, **kwargs)

    _stopping = False


class AppKernelSpecs(KernelSpecManager):
    """Jupyter's kernel specs with ``analysis/kernels/`` searched first: the notebook's ``python3``
    is IPython's kernel without pyarrow there (58 MB less each, see its ``launch.py``)."""

    @default("kernel_dirs")
    def _kernel_dirs_default(self):
        return [str(KERNEL_SPECS), *super()._kernel_dirs_default()]


class LocalOnly:
    """Mixed into every handler: refuse what :func:`refusal` refuses, before anything else."""

    def prepare(self, *args, **kwargs):
        reason = refusal(self.request.headers, scheme=self.request.protocol)
        if reason is None:
            return super().prepare(*args, **kwargs)
        # answered here, in plain text: Jupyter's error page needs a user, looked up after this
        app_log.warning("refused %s %s: %s", self.request.method, self.request.path, reason)
        self.set_status(403)
        self.set_header("Content-Type", "text/plain; charset=UTF-8")
        self.finish(f"Refused: {reason}.\n")
        return None


class PageHandler(TornadoVoilaHandler):
    """Voilà's page, started only with a ticket from the small page, and only below the cap."""

    def initialize(self, **kwargs):
        self.tickets: Tickets = kwargs.pop("tickets")
        super().initialize(**kwargs)

    @tornado.web.authenticated
    async def get(self, path=None):
        if path:  # one-notebook mode: anything else is a file, never a kernel
            self.redirect_to_file(path)
            return
        dest = self.request.headers.get("Sec-Fetch-Dest")
        if dest is not None and dest != "document":
            raise tornado.web.HTTPError(403, f"the app opens as a page, not as {dest!r}")
        if not self.tickets.redeem(self.get_argument("view", None)):
            self._doorstep()
            return
        try:
            async for chunk in self.get_generator(path=path):
                self.write(chunk)
                self.flush()
        except KernelsBusy:  # raised before anything was written
            self._busy()

    def _doorstep(self) -> None:
        self.set_header("Content-Type", "text/html; charset=UTF-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(_DOORSTEP.replace("TICKET", json.dumps(self.tickets.issue())))

    def _busy(self) -> None:
        self.clear()
        self.set_status(503)
        self.set_header("Content-Type", "text/html; charset=UTF-8")
        self.set_header("Cache-Control", "no-store")
        within = self.settings["release_within"]
        self.set_header("Retry-After", str(within))
        limit = self.kernel_manager.max_kernels
        self.finish(_BUSY.format(limit=limit, viewers="viewer" if limit == 1 else "viewers", release=within))


class TemplateFiles(TemplateStaticFileHandler):
    """Voilà's template assets (``<template>/static/<file>``); a malformed or climbing path is a
    404 here rather than an assertion error (500) in Voilà's handler. Nothing leaked either way."""

    def parse_url_path(self, path):
        parts = path.split("/")
        if len(parts) < 3 or parts[1] != "static" or ".." in parts or not re.fullmatch(r"[\w.-]+", parts[0]):
            raise tornado.web.HTTPError(404)
        return super().parse_url_path(path)


class DashboardApp(Voila):
    """Voilà with the handlers above, bound to 127.0.0.1, and a pool of ``preheat`` kernels."""

    def __init__(self, *, tickets: Tickets, release_after: int, preheat: int = 0, **kwargs):
        super().__init__(**kwargs)
        self.tickets, self.release_after, self.preheat = tickets, release_after, preheat

    def init_settings(self):
        settings = super().init_settings()
        if self.preheat:
            # Voilà made a capped manager without a pool (it has started nothing): the pooled one
            # takes its place, with the same arguments; creating it starts the pool's kernels
            plain = self.kernel_manager
            self.kernel_manager = PooledKernelManager(
                parent=self, connection_dir=plain.connection_dir, kernel_spec_manager=plain.kernel_spec_manager,
                allowed_message_types=plain.allowed_message_types)
            settings["kernel_manager"] = self.kernel_manager
        # Jupyter's own Host check too (Voilà turns it off), and when a place frees up, for the busy page
        return {**settings, "allow_remote_access": False, "local_hostnames": ["localhost"],
                "release_within": self.release_after + _cull_interval(self.release_after)}

    def init_handlers(self):
        handlers = []
        for pattern, handler, *rest in super().init_handlers():
            if handler is TornadoVoilaHandler:
                handler, rest = PageHandler, [{**rest[0], "tickets": self.tickets}]
            elif handler is TemplateStaticFileHandler:
                handler = TemplateFiles
            guarded = type(f"LocalOnly{handler.__name__}", (LocalOnly, handler), {})
            handlers.append((pattern, guarded, *rest))
        return handlers


_DOORSTEP = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Opening the dashboard…</title>
<meta name="robots" content="noindex"></head>
<body style="font-family:system-ui,sans-serif;margin:2em;color:#444">
<p>Opening the dashboard…</p><noscript><p>The live dashboard needs JavaScript.</p></noscript>
<script>
const query = new URLSearchParams(location.search);
query.delete("token");  // the login cookie holds it now
query.set("view", TICKET);
location.replace(location.pathname + "?" + query);
</script></body></html>
"""

_BUSY = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The dashboard is busy</title></head>
<body style="font-family:system-ui,sans-serif;margin:2em;color:#222">
<h1 style="font-size:1.3em">The dashboard is busy: try again in a minute</h1>
<p>It is open for {limit} {viewers} already, the most this machine serves at once. A closed tab
gives its place back within about {release} seconds.</p>
<p><a href="./">Try again</a></p></body></html>
"""


def _cull_interval(release_after: int) -> int:
    """Seconds between the culler's rounds: a closed tab's kernel goes within release + this."""
    return max(1, min(10, release_after // 3))


def _config(*, port: int, token: str | None, max_kernels: int, release_after: int, preheat: int = PREHEAT):
    config = Config()
    config.Voila.ip = "127.0.0.1"  # this machine only
    config.Voila.port = port
    config.Voila.open_browser = False
    config.Voila.config_file_paths = []  # a voila.json lying around cannot loosen the rules above
    config.Voila.token = token or ""
    config.PasswordIdentityProvider.cookie_options = {"samesite": "Strict"}
    config.VoilaConfiguration.multi_kernel_manager_class = "analysis.app.CappedKernelManager"
    config.VoilaConfiguration.kernel_spec_manager_class = "analysis.app.AppKernelSpecs"
    config.CappedKernelManager.max_kernels = max_kernels
    # Voilà's pool, set up by DashboardApp (VoilaConfiguration.preheat_kernel stays off: Voilà
    # would wrap the manager in its own pool class, above PooledKernelManager's rules)
    config.PooledKernelManager.kernel_pools_config = {"default": {"pool_size": min(preheat, max_kernels)}}
    config.PooledKernelManager.fill_delay = REFILL_AFTER
    config.MappingKernelManager.cull_idle_timeout = release_after
    config.MappingKernelManager.cull_interval = _cull_interval(release_after)
    config.MappingKernelManager.cull_connected = False  # an open tab keeps its kernel
    config.MappingKernelManager.cull_busy = False  # a kernel still rendering the page is not idle
    return config


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise ValueError(text)
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.app",
                                     description="Serve the dashboard as a live app on this machine (127.0.0.1).")
    parser.add_argument("--article", default="", help="the article to serve (default: $ANALYSIS_ARTICLE, else the seed)")
    parser.add_argument("--port", default="8866", help="port on 127.0.0.1 (the next free one if taken)")
    # $APP_TOKEN rather than an argument where it can: a command line is visible to every user (ps)
    parser.add_argument("--token", default=os.environ.get("APP_TOKEN", ""),
                        help="the token to ask for (default: $APP_TOKEN, else a new one, printed); 'none' asks for none")
    parser.add_argument("--no-token", action="store_true", help="ask for no token (trusted machines only)")
    parser.add_argument("--max-kernels", default=str(MAX_KERNELS), help="viewers served at once (a kernel each)")
    parser.add_argument("--release-after", default=str(RELEASE_AFTER),
                        help="seconds a kernel whose tab is closed may stay idle")
    parser.add_argument("--preheat", default=str(PREHEAT),
                        help="kernels started ahead with the dashboard drawn, for the next viewers (0: none); "
                             "they count against --max-kernels")
    args = parser.parse_args(argv)

    from .article import ArticleError, read_article
    from .dataset import ARTICLE_ENV

    try:
        port, max_kernels, release_after = int(args.port), _positive(args.max_kernels), _positive(args.release_after)
        preheat = int(args.preheat)
        if preheat < 0:
            raise ValueError(args.preheat)
    except ValueError:
        return output.fail(f"--port, --max-kernels, --release-after and --preheat take whole numbers "
                           f"(got {args.port!r}, {args.max_kernels!r}, {args.release_after!r}, {args.preheat!r})")
    if not 0 < port < 65536:
        return output.fail(f"--port {port} is not a port number")
    if not NOTEBOOK.is_file():
        return output.fail(f"no notebook {NOTEBOOK}")
    # kernels start in notebooks/: the article's path is made absolute, and checked before any starts
    article = args.article or os.environ.get(ARTICLE_ENV, "")
    if article:
        article = os.path.abspath(article)
        try:
            if os.path.isdir(article):  # a corpus: the dashboard reads every .txt file in it
                from .corpus import article_files

                if not article_files(article):
                    raise ArticleError(f"{output.one_line(article)}: no article (.txt file) in this folder")
            else:
                read_article(article)
        except ArticleError as err:
            return output.fail(err)
        os.environ[ARTICLE_ENV] = article
    else:
        os.environ.pop(ARTICLE_ENV, None)
    no_token = args.no_token or args.token.strip().lower() == NO_TOKEN
    generated = not no_token and not args.token
    token = None if no_token else (args.token or secrets.token_hex(24))

    config = _config(port=port, token=token, max_kernels=max_kernels, release_after=release_after, preheat=preheat)
    app = DashboardApp(config=config, tickets=Tickets(), release_after=release_after, preheat=preheat)
    app.initialize([str(NOTEBOOK), "--no-browser"])

    def announce() -> None:
        query = f"?token={token if generated else '…'}" if token else ""
        what = output.one_line(article) if article else "the seed article"
        lines = [f"Serving the dashboard of {what} at",
                 f"    http://127.0.0.1:{app.port}/{query}",
                 f"Up to {max_kernels} viewers at once; a closed tab's kernel is released after {release_after} s "
                 f"idle. {'No token: anyone on this machine can open it. ' if no_token else ''}Ctrl-C stops the app."]
        try:
            output.emit("\n".join(lines) + "\n")
        except OSError:
            pass  # no terminal to tell: the app serves all the same

    tornado.ioloop.IOLoop.current().add_callback(announce)
    app.start()
    return 0


if __name__ == "__main__":
    # through the package's module, not this `__main__` copy: traitlets loads the kernel manager
    # from `analysis.app`, and its KernelsBusy must be the one the page handler catches
    from analysis.app import main as app_main

    sys.exit(app_main())
