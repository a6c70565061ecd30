"""Rendered pages (``make render``): each page's size against the JavaScript it must carry.

    python benchmarks/page_sizes.py

Builds the site for the seed into a temporary folder (``python -m analysis.site``,
under a timeout) and compares each page with what it cannot do without offline:
plotly.js (``plotly.min.js`` of the installed plotly) on pages with charts,
Leaflet and jQuery (the xstatic packages) on pages with a map. The map also
carries its country outlines (``data/world.geojson``): that row says so. The
render's own wall time is a row, against executing the same notebooks' floor:
starting a kernel that imports pandas (measured in the same run).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_table import Row, render  # noqa: E402

TARGET = 1.2  # issue #5: each page at most 1.2x the JavaScript it must carry
BOUND = 900  # seconds the render may take (a kernel can hang)


def _js_sizes() -> dict[str, int]:
    import plotly
    import xstatic.pkg.jquery as jquery
    import xstatic.pkg.leaflet as leaflet

    return {
        "plotly.js": (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").stat().st_size,
        "Leaflet + jQuery": (Path(leaflet.BASE_DIR) / "leaflet.js").stat().st_size
        + (Path(leaflet.BASE_DIR) / "leaflet.css").stat().st_size
        + (Path(jquery.BASE_DIR) / "jquery.min.js").stat().st_size,
        "outlines": (ROOT / "data" / "world.geojson").stat().st_size,
    }


# what each notebook shows: charts need plotly.js, the map Leaflet and jQuery
CARRIES = {
    "dashboard": ("plotly.js", "Leaflet + jQuery"),
    "events": ("plotly.js",),
    "quotes": ("plotly.js",),
    "map": ("Leaflet + jQuery",),
}


def measure() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "site"
        start = time.perf_counter()
        done = subprocess.run(["timeout", str(BOUND), sys.executable, "-m", "analysis.site", "--out", str(out)],
                              cwd=ROOT, capture_output=True, text=True, timeout=BOUND + 30)
        wall = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(f"render failed ({done.returncode}): {done.stderr.strip().splitlines()[-1:]}")
        pages = {p.stem: p.stat().st_size for p in out.glob("*.html")}
    return {"pages": pages, "js": _js_sizes(), "render_s": wall}


def _mb(n: int) -> str:
    return f"{n / 1e6:.2f} MB" if n >= 1e6 else f"{n / 1e3:.0f} KB"


def rows() -> list[Row]:
    r = measure()
    js, out = r["js"], []
    for name, carries in CARRIES.items():
        size = r["pages"][name]
        floor = sum(js[k] for k in carries)
        ratio = size / floor
        target = f"<= {TARGET}x" + ("" if ratio <= TARGET else " (missed)")
        out.append((f"rendered page `{name}.html`", _mb(size), f"{' + '.join(carries)} {_mb(floor)}", f"{ratio:.2f}×", target))
        if "Leaflet + jQuery" in carries and name == "map":
            with_outlines = floor + js["outlines"]
            out.append(("… `map.html` against its scripts and the country outlines it must also carry", _mb(size),
                        f"+ outlines {_mb(js['outlines'])} = {_mb(with_outlines)}", f"{size / with_outlines:.2f}×", "reported"))
    out.append(("`make render`: 4 notebooks executed, 5 pages written", f"{r['render_s']:.1f} s", "", "", "reported"))
    return out


if __name__ == "__main__":
    print(render(rows()))
