"""The live app's kernel (``make app``): IPython's kernel, with pandas kept off pyarrow.

``analysis.app`` finds the dashboard notebook's ``python3`` kernel here first (this folder is
its kernel spec, ``kernel.json``). pandas imports pyarrow whenever it is installed, for the
storage of its string columns: 58 MB more resident memory and 0.1 s more start-up in every
kernel, measured (benchmarks/app_viewers.py), for nothing the dashboard does (Parquet is the
CLI's). Marked missing before anything imports pandas, the kernel's strings use pandas' own
``python`` storage: the same ``str`` dtype and the same missing value (NaN).

Run as a file, not as ``-m analysis.…``: importing the package would import pandas first.
"""

import sys

if __name__ == "__main__":
    sys.path.remove(sys.path[0])  # this folder: nothing here is for the notebook to import
    sys.modules["pyarrow"] = None  # `import pyarrow` now raises ImportError, which pandas handles
    from ipykernel.kernelapp import launch_new_instance

    launch_new_instance()
