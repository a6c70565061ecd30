"""Share: execute every notebook and write a small static site that opens offline.

``python -m analysis.site --out site [--article PATH]`` (``make render``) runs each
notebook in ``notebooks/`` under a cell timeout, with ``ANALYSIS_STATIC_PAGE=1`` so
the dashboard shows views that filter in the browser instead of widgets that need a
kernel, and writes ``index.html`` plus one page per notebook and the frames as CSV
and GeoJSON under ``data/``. A page has no code cells and no CDN: plotly.js comes
once per page from plotly's ``notebook`` renderer, Leaflet and jQuery are inlined
in the map (:mod:`analysis.assets`).

The site is built in a fresh folder beside ``--out`` and swapped in with one rename
only when every page is done (:func:`analysis.output.replaced_folder`), so a failed or
killed build leaves the previous site as it was and there is always a whole ``site/``;
a folder that is not a site this module built is never replaced.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import html
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from . import output

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = ("dashboard", "events", "quotes", "map")
MARKER = ".analysis-site"  # written into every site: only such folders are replaced
CELL_TIMEOUT = 300  # seconds a cell may run: a kernel can hang
PARALLEL = 2  # notebooks executed at once (each kernel holds ~190 MB)
KERNEL_STARTUP_TIMEOUT = 180  # seconds a kernel may take to answer (nbclient's 60 is short on a loaded machine)
KERNEL_STARTS = 3  # tries to start a notebook's kernel before the build fails


class SiteError(Exception):
    """The site cannot be built; the message is one line for the reader."""


@dataclass(frozen=True)
class Page:
    name: str  # file stem: dashboard → dashboard.html
    title: str
    summary: str
    size: int  # bytes of the written page


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#222;background:#fff}
nav{background:#f4f4f4;border-bottom:1px solid #ddd;padding:.6em 1.2em;font-size:.95em}
nav a{margin-right:1.2em;color:#0072B2;text-decoration:none}nav a.here{font-weight:600;color:#222}
main{max-width:1100px;margin:0 auto;padding:1em 1.2em 3em}
footer{max-width:1100px;margin:0 auto;padding:1em 1.2em;color:#666;font-size:.85em;border-top:1px solid #eee}
table.dataframe{border-collapse:collapse;font-size:.85em;margin:.5em 0;display:block;overflow-x:auto}
table.dataframe th,table.dataframe td{border:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}
table.dataframe thead th{background:#f4f4f4}
pre{white-space:pre-wrap;font-size:.85em}
.jp-OutputArea-output{margin:.6em 0}
.card{border:1px solid #ddd;border-radius:6px;padding:.8em 1em;margin:.8em 0}
.card h2{margin:.1em 0 .3em;font-size:1.15em}
"""


def _env(article: Path | None) -> dict[str, str]:
    from .dashboard import STATIC_ENV
    from .dataset import ARTICLE_ENV

    env = {**os.environ, STATIC_ENV: "1", "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
    if article is not None:
        env[ARTICLE_ENV] = str(article)
    else:
        env.pop(ARTICLE_ENV, None)
    return env


async def _execute(path: Path, env: dict[str, str], timeout: int, gate: asyncio.Semaphore):
    """Run one notebook in a kernel of its own; any failure is a one-line :class:`SiteError`.

    A kernel that fails to start (on a loaded machine two kernels started at once can race
    for a port, or miss the start-up wait) is started again, up to ``KERNEL_STARTS`` times:
    no cell has run then, so a second start changes nothing but the outcome.
    """
    import nbformat

    async with gate:
        for attempt in range(1, KERNEL_STARTS + 1):
            nb = nbformat.read(path, as_version=4)
            try:
                return await _execute_once(nb, path, env, timeout)
            except _KernelDidNotStart as err:
                if attempt == KERNEL_STARTS:
                    raise SiteError(f"{path.name}: the kernel did not start after {attempt} tries ({err})") from None


class _KernelDidNotStart(Exception):
    """The kernel failed before the notebook's first cell ran (worth one more start)."""


async def _execute_once(nb, path: Path, env: dict[str, str], timeout: int):
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    client = NotebookClient(nb, timeout=timeout, startup_timeout=KERNEL_STARTUP_TIMEOUT, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    started = False

    def on_start(**_):
        nonlocal started
        started = True

    client.on_notebook_start = on_start  # nbclient calls it once the kernel has answered
    try:
        # the kernel's own log (transport warnings, its view of an interrupt) is not the
        # reader's business: cell errors arrive as messages, a dead kernel as an error
        await client.async_execute(env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except CellTimeoutError:
        raise SiteError(f"{path.name}: a cell ran longer than {timeout} s") from None
    except CellExecutionError as err:
        last = next((line for line in reversed(str(err).splitlines()) if line.strip()), "a cell failed")
        raise SiteError(f"{path.name}: {_ANSI.sub('', last).strip()}") from None
    except DeadKernelError as err:
        if not started:
            raise _KernelDidNotStart(output.one_line(err)) from None
        raise SiteError(f"{path.name}: the kernel died ({err})") from None
    except Exception as err:  # nbclient, jupyter_client and zmq raise plain RuntimeErrors and their own
        if not started:
            raise _KernelDidNotStart(output.one_line(f"{type(err).__name__}: {err}")) from None
        raise SiteError(f"{path.name}: {output.one_line(f'{type(err).__name__}: {err}')}") from None
    finally:
        # nbclient registers an exit hook per run; after a cancelled run it has already
        # cleaned up, and the hook would fail at exit with a traceback
        atexit.unregister(client._cleanup_kernel)
    return nb


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


async def _execute_all(paths: list[Path], env: dict[str, str], timeout: int):
    """Every notebook, ``PARALLEL`` at a time; the first failure cancels the others (their
    kernels shut down) before it is raised, so nothing is left running when the loop closes."""
    gate = asyncio.Semaphore(PARALLEL)
    tasks = [asyncio.ensure_future(_execute(p, env, timeout, gate)) for p in paths]
    try:
        return await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


def _run_async(coroutine):
    """Run ``coroutine`` to its end on an event loop of its own, in a worker thread.

    A thread of its own because inside Jupyter (or beside Playwright's sync API) a loop
    already runs in this one; and because nbclient, on the main thread, takes over
    SIGINT and SIGTERM and then fails in its own clean-up. Here Ctrl-C or SIGTERM
    reaches this thread as ``KeyboardInterrupt``: the notebooks' task is cancelled (its
    kernels shut down) and the interrupt goes on to the caller.
    """
    from concurrent.futures import ThreadPoolExecutor

    loop = asyncio.new_event_loop()
    main = loop.create_task(coroutine)  # cancelled once: it passes the cancel on to each notebook

    def run():
        asyncio.set_event_loop(loop)
        try:
            return loop.run_until_complete(main)
        finally:
            loop.close()

    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(run)
    try:
        while True:
            try:
                return future.result(timeout=0.2)  # short waits: a signal gets through
            except TimeoutError:
                continue
    except KeyboardInterrupt:
        try:
            loop.call_soon_threadsafe(main.cancel)  # the kernels are shut down in the background
        except RuntimeError:  # the loop had already finished
            pass
        raise
    finally:
        pool.shutdown(wait=False)


def _intro(nb) -> tuple[str, str]:
    """The first markdown cell's heading and first paragraph, as plain text."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            lines = cell.source.strip().splitlines()
            title = lines[0].lstrip("#").strip() if lines else ""
            rest = "\n".join(lines[1:]).strip().split("\n\n")[0]
            return title, re.sub(r"[*_`]", "", rest).strip()
    return "", ""


PLOTLY_MIME = "application/vnd.plotly.v1+json"


def _plotly_outputs_to_html(nb) -> None:
    """Give every Plotly output an HTML form, plotly.js inlined once per page.

    In a kernel plotly's default renderer sends only its own mimetype, which nbconvert drops
    from HTML without a word; rather than change plotly's renderer when a module is imported,
    the page turns each chart's JSON into a ``<div>`` and a ``Plotly.newPlot`` call here.
    """
    import json

    from .page import plotly_js, script_json

    first = True
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if PLOTLY_MIME not in data:
                continue
            spec = data[PLOTLY_MIME]
            spec = json.loads(spec) if isinstance(spec, str) else spec
            div = f"chart-{cell.get('id', 'cell')}-{len(cell.get('outputs', []))}-{id(output):x}"
            config = {"responsive": True, "displaylogo": False, **(spec.get("config") or {})}
            html_ = (f'<div id="{div}" class="plotly-graph-div" style="width:100%"></div>'
                     f"<script>Plotly.newPlot({json.dumps(div)}, {script_json(spec.get('data', []))}, "
                     f"{script_json(spec.get('layout', {}))}, {script_json(config)});</script>")
            if first:
                html_ = f"<script>{plotly_js()}</script>" + html_
                first = False
            output["data"] = {"text/html": html_}


def _body(nb) -> str:
    from nbconvert import HTMLExporter

    # Widget state (megabytes of it) is for a widget manager the page does not load: in a
    # rendered page widgets would be empty boxes, so the dashboard displays static views.
    nb.metadata.pop("widgets", None)
    _plotly_outputs_to_html(nb)
    # no "¶" anchor links beside headings: a reader's page, not a notebook
    exporter = HTMLExporter(template_name="basic", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, anchor_link_text="")
    body, _ = exporter.from_notebook_node(nb)
    return body


def _page(title: str, body: str, *, here: str, pages: list[tuple[str, str]], footer: str) -> str:
    links = [f'<a href="index.html"{" class=here" if here == "index" else ""}>Overview</a>']
    links += [f'<a href="{name}.html"{" class=here" if name == here else ""}>{html.escape(label)}</a>'
              for name, label in pages]
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(title)}</title><style>{_CSS}</style></head>\n"
            f'<body><nav>{"".join(links)}</nav>\n<main>\n{body}\n</main>\n'
            f"<footer>{footer}</footer></body></html>\n")


def _index(ds, pages: list[Page], exports: list[Path]) -> str:
    cards = "".join(
        f'<div class="card"><h2><a href="{p.name}.html">{html.escape(p.title)}</a></h2>'
        f"<div>{html.escape(p.summary)}</div>"
        f'<div style="color:#666;font-size:.85em;margin-top:.3em">{p.size / 1e6:.1f} MB, opens offline</div></div>'
        for p in pages)
    files = ", ".join(f'<a href="data/{html.escape(p.name)}">{html.escape(p.name)}</a>' for p in exports)
    return (f"<h1>{html.escape(ds.headline or 'Untitled article')}</h1>"
            f"<p>The article as data: events, quotes, places, movements and actors, each row pointing back to the "
            f"characters it came from. These pages need no internet. The dashboard filters every chart, the map and "
            f"the tables at once, and its address keeps the selection, so a link opens the same view.</p>{cards}"
            f'<div class="card"><h2>The data</h2><div>One file per frame, for spreadsheets and GIS tools: {files}.'
            f"</div></div>")


_WHAT = "a site built here"


def _is_site(folder: Path) -> bool:
    """Whether ``folder`` is a site built here (which the next build replaces whole)."""
    return (folder / MARKER).is_file()


def build_site(out: str | Path, *, article: str | Path | None = None, notebooks: tuple[str, ...] = NOTEBOOKS,
               notebook_dir: Path = NOTEBOOK_DIR, timeout: int = CELL_TIMEOUT) -> list[Page]:
    """Execute ``notebooks`` and write the site to ``out``; returns the pages written."""
    from . import export
    from .dataset import load

    out = Path(out)
    article_path = Path(article).resolve() if article is not None else None
    # unreadable input fails here, in one line, before any kernel starts; a folder is a corpus
    ds = load_folder(article_path) if article_path is not None and article_path.is_dir() else load(article_path)
    _check_out(out)
    paths = [notebook_dir / f"{name}.ipynb" for name in notebooks]
    for path in paths:
        if not path.is_file():
            raise SiteError(f"no notebook {path}")
    executed = _run_async(_execute_all(paths, _env(article_path), timeout))

    # built whole beside `out` and swapped in at once, under a lock (analysis.output)
    with output.replaced_folder(out, ours=_is_site, what=_WHAT, marker=MARKER) as built:
        data = built / "data"
        data.mkdir()
        exports = export.write_files(ds, data, "csv")
        intros = [(name, *_intro(nb)) for name, nb in zip(notebooks, executed)]
        # the dashboard's heading is the article's story; the others name their view
        nav = [(name, "Dashboard" if name == "dashboard" else title or name) for name, title, _ in intros]
        stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        source = Path(ds.path).name if ds.path else "article"
        footer = (f"Built {html.escape(stamp)} from {html.escape(source)}. "
                  f"Self-contained: opens offline.")
        pages = []
        for (name, title, summary), nb in zip(intros, executed):
            text = _page(title or name, _body(nb), here=name, pages=nav, footer=footer)
            target = built / f"{name}.html"
            target.write_text(text, encoding="utf-8")
            pages.append(Page(name, title or name, summary, target.stat().st_size))
        (built / "index.html").write_text(
            _page(ds.headline or "Article", _index(ds, pages, exports), here="index", pages=nav, footer=footer),
            encoding="utf-8")
    return pages


def load_folder(folder: Path):
    """A folder's corpus (files it cannot read reported on stderr, one line each); an
    :class:`~analysis.ArticleError` when not one article in it can be read."""
    from .article import ArticleError
    from .corpus import load_corpus

    corpus = load_corpus(folder)
    if not (corpus.articles["error"] == "").any():
        raise ArticleError(f"{output.one_line(folder)}: no readable article (a UTF-8 .txt file) in this folder")
    return corpus


def _check_out(out: Path) -> None:
    """Refuse an ``--out`` the site cannot replace, before any kernel starts."""
    try:
        output.check_target(out, ours=_is_site, what=_WHAT)
    except output.OutputError as err:
        raise SiteError(str(err)) from None


def _stop_children() -> None:
    """SIGTERM this process's children (the notebooks' kernels); where /proc is missing, the
    kernels notice their parent is gone and stop by themselves."""
    me = os.getpid()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == me:
                os.kill(int(stat.parent.name), signal.SIGTERM)
        except (OSError, ValueError, IndexError):
            continue


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.site",
                                     description="Execute the notebooks and write a static site that opens offline.")
    parser.add_argument("--out", default="site", help="folder for the site (replaced only if built here before)")
    parser.add_argument("--article", help="the article to render (default: $ANALYSIS_ARTICLE, else the seed)")
    parser.add_argument("--timeout", type=int, default=CELL_TIMEOUT, help="seconds a notebook cell may run")
    parser.add_argument("--notebook", action="append", choices=NOTEBOOKS, help="only these notebooks (repeatable)")
    args = parser.parse_args(argv)

    from .article import ArticleError
    from .dataset import ARTICLE_ENV

    article = args.article or os.environ.get(ARTICLE_ENV) or None
    started = time.perf_counter()
    # `timeout` and service managers stop with SIGTERM: treat it like Ctrl-C
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        pages = build_site(args.out, article=article, notebooks=tuple(args.notebook or NOTEBOOKS), timeout=args.timeout)
    except (ArticleError, SiteError, output.OutputError) as err:
        return output.fail(err)
    except OSError as err:
        return output.fail(f"cannot write the site to {args.out}: {err.strerror or err}")
    except KeyboardInterrupt:
        output.fail(f"interrupted; {args.out} is as it was")
        _stop_children()
        sys.stderr.flush()
        # nbclient's clean-up of a cancelled run reports its own errors at exit: skip them
        os._exit(130)
    sizes = ", ".join(f"{p.name}.html {p.size / 1e6:.2f} MB" for p in pages)
    try:
        output.emit(f"wrote {output.one_line(args.out)}/index.html and {len(pages)} pages in "
                    f"{time.perf_counter() - started:.1f} s: {sizes}\n")
    except OSError as err:
        return output.fail(f"cannot write to standard output: {err.strerror or err}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
