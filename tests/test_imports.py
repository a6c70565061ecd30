"""``load()`` stays light: the notebook-only libraries are imported on demand, never by it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("plotly", "folium", "ipywidgets", "pandera", "dask", "distributed")


def test_load_does_not_import_view_libraries():
    code = (
        "import json, sys\n"
        "import analysis\n"
        "analysis.load()\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []
