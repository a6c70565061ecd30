"""Offline assets for the map view: Leaflet and jQuery inlined, and a tile-free world outline.

Part of the views stage (used by :mod:`analysis.maps`, never by ``load()``). folium
loads its JavaScript and CSS from CDNs and its base layer from tile servers, so an
offline page shows a blank map. Here every asset a map needs is declared once, in
:data:`JS` and :data:`CSS` (name → file, the same names as folium's
``Map.default_js``/``default_css``), and inlined as base64 ``data:`` URIs: Leaflet
1.9.3 from the ``xstatic-leaflet`` package (BSD-2-Clause) and jQuery 3.7.1 from
``xstatic-jquery`` (MIT), the exact versions folium 0.20 pins. The basemap is
``data/world.geojson``, built from Natural Earth outlines by :func:`build_world_geojson`.
"""

from __future__ import annotations

import base64
import json
import re
from functools import lru_cache
from pathlib import Path

from .reference import DATA_DIR

WORLD_GEOJSON = DATA_DIR / "world.geojson"

# name -> (xstatic package, file inside its data directory). Names match folium's, so a
# caller can still override one asset the folium way; bootstrap, awesome-markers and
# Font Awesome are left out on purpose: the map uses no folium.Icon and no plugins.
JS: tuple[tuple[str, tuple[str, str]], ...] = (
    ("leaflet", ("leaflet", "leaflet.js")),
    ("jquery", ("jquery", "jquery.min.js")),
)
CSS: tuple[tuple[str, tuple[str, str]], ...] = (
    ("leaflet_css", ("leaflet", "leaflet.css")),
)
# Leaflet finds its marker images next to leaflet.css; an inlined stylesheet has no
# "next to", so the default icon gets its images explicitly (runs right after leaflet.js).
ICON_FIX = "leaflet_default_icon"

_MIME = {".js": "text/javascript", ".css": "text/css", ".png": "image/png"}
_SOURCE_MAP = re.compile(r"\n?//# sourceMappingURL=\S+\s*$")


def _package_dir(package: str) -> Path:
    if package == "leaflet":
        import xstatic.pkg.leaflet as pkg
    elif package == "jquery":
        import xstatic.pkg.jquery as pkg
    else:  # pragma: no cover - only the two declared above
        raise ValueError(package)
    return Path(pkg.BASE_DIR)


def data_uri(payload: bytes, mime: str) -> str:
    """``payload`` as a base64 ``data:`` URI."""
    return f"data:{mime};base64,{base64.b64encode(payload).decode('ascii')}"


def _file_uri(package: str, name: str) -> str:
    path = _package_dir(package) / name
    return data_uri(path.read_bytes(), _MIME[path.suffix])


def _script(package: str, name: str) -> str:
    # drop the sourceMappingURL comment: a data: URI has no neighbour to fetch it from
    text = (_package_dir(package) / name).read_text(encoding="utf-8")
    return data_uri(_SOURCE_MAP.sub("\n", text).encode("utf-8"), "text/javascript")


def _stylesheet(package: str, name: str) -> str:
    base = _package_dir(package)
    css = (base / name).read_text(encoding="utf-8")
    css = re.sub(r"url\((['\"]?)(images/[\w.-]+\.png)\1\)",
                 lambda m: f"url({_file_uri(package, m.group(2))})", css)
    return data_uri(css.encode("utf-8"), "text/css")


def _icon_fix() -> str:
    images = {key: _file_uri("leaflet", f"images/{file}") for key, file in (
        ("iconUrl", "marker-icon.png"), ("iconRetinaUrl", "marker-icon-2x.png"), ("shadowUrl", "marker-shadow.png"))}
    # imagePath '' (a string) stops Leaflet from guessing a path from the stylesheet
    code = f"L.Icon.Default.imagePath = '';\nL.Icon.Default.mergeOptions({json.dumps(images)});\n"
    return data_uri(code.encode("utf-8"), "text/javascript")


@lru_cache(maxsize=1)
def offline_js() -> tuple[tuple[str, str], ...]:
    """(name, data: URI) pairs for ``Map.default_js``, in load order."""
    pairs = [(name, _script(*where)) for name, where in JS]
    pairs.insert(1, (ICON_FIX, _icon_fix()))
    return tuple(pairs)


@lru_cache(maxsize=1)
def offline_css() -> tuple[tuple[str, str], ...]:
    """(name, data: URI) pairs for ``Map.default_css``, images inlined."""
    return tuple((name, _stylesheet(*where)) for name, where in CSS)


def make_offline(m):
    """Point a folium map's assets at the inlined copies (on this instance only) and return it.

    folium's ``add_js_link`` edits the class-wide lists, so the instance gets new lists.
    """
    m.default_js = list(offline_js())
    m.default_css = list(offline_css())
    return m


# --- the world outline --------------------------------------------------------


@lru_cache(maxsize=1)
def world_geojson() -> dict:
    """The shipped country outlines (``data/world.geojson``) as a GeoJSON dict."""
    with open(WORLD_GEOJSON, encoding="utf-8") as fh:
        return json.load(fh)


def _ring(coords, digits: int, min_extent: float):
    out = []
    for x, y in coords:
        point = [round(float(x), digits), round(float(y), digits)]
        if not out or point != out[-1]:
            out.append(point)
    if len(out) < 4:
        return None
    if out[0] != out[-1]:
        out.append(out[0])
    xs, ys = [p[0] for p in out], [p[1] for p in out]
    if max(xs) - min(xs) < min_extent and max(ys) - min(ys) < min_extent:
        return None  # an islet smaller than the rounding can show
    return out


def _polygons(geometry: dict) -> list:
    if geometry.get("type") == "Polygon":
        return [geometry["coordinates"]]
    if geometry.get("type") == "MultiPolygon":
        return list(geometry["coordinates"])
    return []


def simplify(geometry: dict, *, digits: int = 2, min_extent: float = 0.1) -> dict | None:
    """Round coordinates, drop repeated points and tiny rings; None when nothing is left."""
    polygons = []
    for polygon in _polygons(geometry):
        outer = _ring(polygon[0], digits, min_extent) if polygon else None
        if outer is None:
            continue
        holes = [r for r in (_ring(h, digits, min_extent) for h in polygon[1:]) if r is not None]
        polygons.append([outer, *holes])
    if not polygons:
        return None
    if len(polygons) == 1:
        return {"type": "Polygon", "coordinates": polygons[0]}
    return {"type": "MultiPolygon", "coordinates": polygons}


def build_world_geojson(path: str | Path = WORLD_GEOJSON, *, digits: int = 2, min_extent: float = 0.1) -> dict:
    """Write simplified country outlines to ``path`` and return the GeoJSON.

    The outlines come from the ``countryinfo`` package, whose per-country ``geoJSON``
    entries are the world.geo.json project's (Unlicense) conversion of Natural Earth
    (public domain) country boundaries. Each feature keeps ``name`` and ``iso_a3``.
    """
    import importlib.util

    spec = importlib.util.find_spec("countryinfo")
    data_dir = Path(spec.origin).parent / "data"
    features = {}
    for file in sorted(data_dir.glob("*.json")):
        with open(file, encoding="utf-8") as fh:
            entry = json.load(fh)
        collection = entry.get("geoJSON") or {}
        for feature in collection.get("features", []):
            geometry = simplify(feature.get("geometry") or {}, digits=digits, min_extent=min_extent)
            if geometry is None:
                continue
            iso = str(feature.get("id") or (entry.get("ISO") or {}).get("alpha3") or "")
            name = (feature.get("properties") or {}).get("name") or entry.get("name", "")
            features[iso or name] = {"type": "Feature", "properties": {"name": name, "iso_a3": iso}, "geometry": geometry}
    doc = {
        "type": "FeatureCollection",
        "features": [features[key] for key in sorted(features)],
    }
    Path(path).write_text(json.dumps(doc, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    world_geojson.cache_clear()
    return doc
