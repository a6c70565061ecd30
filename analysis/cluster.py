"""Stage 3b, where a corpus is read: in this process, or mapped over articles with Dask.

Dask is optional (``pip install 'article-analysis[corpus]'``) and imported here only when a
corpus is read with it, never by ``import analysis`` or ``load()`` (``dask.bag`` and
``distributed`` add 0.3–0.6 s of imports and a local cluster 1.7–2.7 s of start-up, see
``benchmarks/corpus_scaling.py``). The articles are cut into contiguous batches in file order;
``dask.bag`` maps :func:`analysis.corpus.extract_batch` over them, one batch per task, and the
batches come back in order, so the corpus is the same whichever process read which batch.

Without Dask, or for a corpus too small to repay a cluster's start-up, this process reads every
batch itself. A ``distributed.LocalCluster`` starts worker processes that re-import the calling
script: a script that reads a corpus this way needs ``if __name__ == "__main__":`` around its
work. A script without that guard is recognised from its source (:func:`unguarded_script`) and
read in this process, with one line saying why; so is any other failure to start a local cluster.
"""

from __future__ import annotations

import logging
import os
import sys
from functools import partial
from typing import TYPE_CHECKING

from .article import one_line

if TYPE_CHECKING:
    from .corpus import Batch, Job

# Below this many articles the default reads in this process: a local cluster's 1.7–2.7 s of
# start-up costs more than it saves at ~20 ms an article on two cores.
LOCAL_CLUSTER_FROM = 200
IN_PROCESS_BATCH = 64  # articles per batch in this process (one concat per batch, not per article)
TASKS_PER_WORKER = 4  # batches per Dask worker: enough to balance long and short articles


class SchedulerError(Exception):
    """The Dask scheduler asked for cannot be reached or used; the message is one line."""


def dask_available() -> bool:
    from importlib.util import find_spec

    return find_spec("dask") is not None and find_spec("distributed") is not None


def batches(jobs: list[Job], size: int) -> list[list[Job]]:
    """``jobs`` cut into contiguous batches of at most ``size``, in order."""
    size = max(1, size)
    return [jobs[i : i + size] for i in range(0, len(jobs), size)]


def run(jobs: list[Job], *, context: bool = True, scheduler=None, workers: int | None = None) -> list[Batch]:
    """Every job read, as batches in job order.

    ``scheduler``: ``None`` (this process below :data:`LOCAL_CLUSTER_FROM` articles, else a local
    cluster when Dask is installed), ``"process"`` (this process), ``"local"`` (a local cluster of
    ``workers`` processes, default one per core), a ``"tcp://host:port"`` address or a
    ``distributed.Client`` (an existing cluster). ``workers=1`` without a cluster address reads
    in this process.
    """
    from .corpus import extract_batch

    if scheduler in (None, "", "process", "local") and (workers == 1 or len(jobs) <= 1 or scheduler == "process"):
        return in_process(jobs, context=context)
    if scheduler in (None, "", "local"):
        if not dask_available():
            if scheduler == "local":
                raise SchedulerError("Dask is not installed: pip install 'article-analysis[corpus]'")
            return in_process(jobs, context=context)
        if scheduler is None and len(jobs) < LOCAL_CLUSTER_FROM:
            return in_process(jobs, context=context)
        return _on_local_cluster(jobs, context=context, workers=workers or os.cpu_count() or 1)
    if not dask_available():
        raise SchedulerError("Dask is not installed: pip install 'article-analysis[corpus]'")
    if isinstance(scheduler, str):
        from distributed import Client

        try:
            client = Client(scheduler, timeout="10s", set_as_default=False)
        except (OSError, TimeoutError, ValueError) as err:
            raise SchedulerError(f"cannot reach the Dask scheduler at {one_line(scheduler)}: {err}") from None
        with client:
            return on_dask(jobs, client, context=context)
    return on_dask(jobs, scheduler, context=context)


def in_process(jobs: list[Job], *, context: bool = True) -> list[Batch]:
    from .corpus import extract_batch

    return [extract_batch(batch, context=context) for batch in batches(jobs, IN_PROCESS_BATCH)]


def on_dask(jobs: list[Job], client, *, context: bool = True) -> list[Batch]:
    """Map :func:`analysis.corpus.extract_batch` over batches of ``jobs`` with ``dask.bag`` on ``client``."""
    import dask.bag as db

    from .corpus import extract_batch

    if not jobs:
        return []
    workers = max(1, sum(client.nthreads().values()))
    size = -(-len(jobs) // (workers * TASKS_PER_WORKER))
    chunks = batches(jobs, size)
    bag = db.from_sequence(chunks, npartitions=len(chunks)).map(partial(extract_batch, context=context))
    return list(bag.compute(scheduler=client.get))


def unguarded_script() -> str | None:
    """The running script's name when it calls this from code outside ``if __name__ == "__main__":``
    (a local cluster's worker processes would run that code again), else None.

    Read from the script's source: the line of the script's top level that led here must sit
    inside such an ``if``. Notebooks, ``python -c`` and ``python -m`` packages with a ``__main__``
    guard pass.
    """
    import ast
    import multiprocessing

    if multiprocessing.parent_process() is not None:
        return "a worker process"  # already a child: never start a cluster of its own
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if main is None or not path or not os.path.isfile(path):
        return None
    frame = sys._getframe(1)
    while frame is not None and not (frame.f_globals is vars(main) and frame.f_code.co_name == "<module>"):
        frame = frame.f_back
    if frame is None:
        return None
    try:
        tree = ast.parse(open(path, encoding="utf-8").read())
    except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return None
    line = frame.f_lineno
    for node in tree.body:
        if isinstance(node, ast.If) and _tests_main(node.test) and node.lineno <= line <= (node.end_lineno or line):
            return None
    return os.path.basename(path)


def _tests_main(test) -> bool:
    import ast

    return (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and test.left.id == "__name__"
            and any(isinstance(c, ast.Constant) and c.value == "__main__" for c in test.comparators))


def _on_local_cluster(jobs: list[Job], *, context: bool, workers: int) -> list[Batch]:
    from distributed import Client, LocalCluster

    script = unguarded_script()
    if script is not None:
        print(one_line(f"note: {script} reads a corpus outside `if __name__ == \"__main__\":`, where a local Dask "
                       f"cluster's workers would run it again; reading in this process"), file=sys.stderr)
        return in_process(jobs, context=context)
    try:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.ERROR)
    except Exception as err:  # most often a script without `if __name__ == "__main__":`
        print(one_line(f"note: no local Dask cluster ({type(err).__name__}: {err}); reading in this process "
                       f"(a script needs `if __name__ == \"__main__\":` around its work)"), file=sys.stderr)
        return in_process(jobs, context=context)
    with cluster, Client(cluster, set_as_default=False) as client:
        return on_dask(jobs, client, context=context)
