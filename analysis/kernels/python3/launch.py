"""The live app's kernel (``make app``): IPython's kernel, with pandas kept off pyarrow and
freed memory handed back after each cell.

``analysis.app`` finds the dashboard notebook's ``python3`` kernel here first (this folder is
its kernel spec, ``kernel.json``). pandas imports pyarrow whenever it is installed, for the
storage of its string columns: 58 MB more resident memory and 0.1 s more start-up in every
kernel, measured (benchmarks/app_viewers.py), for nothing the dashboard does (Parquet is the
CLI's). Marked missing before anything imports pandas, the kernel's strings use pandas' own
``python`` storage: the same ``str`` dtype and the same missing value (NaN).

After each cell the kernel gives memory back. The tables only extraction reads (first names,
gazetteer, CAMEO and sentiment lexicons: about 8 MB, each behind a ``functools`` cache in the
extraction stage's modules) are dropped once the frames exist: nothing in the dashboard extracts
again, and whatever does reads them again (about 0.1 s). Then glibc's ``malloc_trim`` returns the
freed heap pages its allocator keeps (about 5 MB more; a few milliseconds; skipped where the C
library has none).

Run as a file, not as ``-m analysis.…``: importing the package would import pandas first.
"""

import ctypes
import ctypes.util
import sys


def _trimmer():
    """A function returning freed heap pages to the system (glibc's ``malloc_trim``), or None."""
    try:
        trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to do
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return lambda *_: trim(0)


# the extraction stage (article → extract): its caches serve only the next extraction
EXTRACTION_MODULES = ("analysis.article", "analysis.document", "analysis.reference", "analysis.gazetteer",
                      "analysis.extract")


def release_extraction_tables() -> None:
    """Clear the ``functools`` caches of the extraction stage's loaded modules."""
    for name, module in list(sys.modules.items()):
        if module is not None and name.startswith(EXTRACTION_MODULES):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)) and hasattr(value, "cache_info"):
                    value.cache_clear()


def release_memory(*_) -> None:
    release_extraction_tables()
    if _TRIM is not None:
        _TRIM()


_TRIM = _trimmer()

if __name__ == "__main__":
    sys.path.remove(sys.path[0])  # this folder: nothing here is for the notebook to import
    sys.modules["pyarrow"] = None  # `import pyarrow` now raises ImportError, which pandas handles
    from ipykernel.kernelapp import IPKernelApp

    app = IPKernelApp.instance()
    app.initialize()
    app.shell.events.register("post_execute", release_memory)
    app.start()
