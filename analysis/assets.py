"""Offline assets for the map view: Leaflet and jQuery inlined, and a tile-free world outline.

Part of the views stage (used by :mod:`analysis.maps`, never by ``load()``). folium
loads its JavaScript and CSS from CDNs and its base layer from tile servers, so an
offline page shows a blank map. Here every asset a map needs is declared once, in
:data:`JS` and :data:`CSS` (name → file, the same names as folium's
``Map.default_js``/``default_css``), and inlined into the page's head: Leaflet
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

from branca.element import Element, MacroElement

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


def _source(package: str, name: str) -> str:
    """A file's text for an inline ``<script>``/``<style>``, without its sourceMappingURL comment."""
    text = _SOURCE_MAP.sub("\n", (_package_dir(package) / name).read_text(encoding="utf-8"))
    if re.search(r"</(script|style)", text, re.IGNORECASE):  # would end the inline element early
        raise ValueError(f"{package}/{name} cannot be inlined: it contains a closing tag")
    return text


def _stylesheet(package: str, name: str) -> str:
    css = _source(package, name)
    return re.sub(r"url\((['\"]?)(images/[\w.-]+\.png)\1\)",
                  lambda m: f"url({_file_uri(package, m.group(2))})", css)


def _icon_fix() -> str:
    images = {key: _file_uri("leaflet", f"images/{file}") for key, file in (
        ("iconUrl", "marker-icon.png"), ("iconRetinaUrl", "marker-icon-2x.png"), ("shadowUrl", "marker-shadow.png"))}
    # imagePath '' (a string) stops Leaflet from guessing a path from the stylesheet
    return f"L.Icon.Default.imagePath = '';\nL.Icon.Default.mergeOptions({json.dumps(images)});\n"


@lru_cache(maxsize=1)
def offline_js() -> tuple[tuple[str, str], ...]:
    """(name, code) pairs of the scripts a map needs, in load order."""
    pairs = [(name, _source(*where)) for name, where in JS]
    pairs.insert(1, (ICON_FIX, _icon_fix()))
    return tuple(pairs)


@lru_cache(maxsize=1)
def offline_css() -> tuple[tuple[str, str], ...]:
    """(name, stylesheet) pairs, images inlined."""
    return tuple((name, _stylesheet(*where)) for name, where in CSS)


class _InlineAssets(MacroElement):
    """Puts the scripts and stylesheets into the page's head as inline elements.

    Inline text rather than ``data:`` URIs: base64 would make every map a third
    heavier (Leaflet and jQuery are most of a map page).
    """

    def render(self, **kwargs):
        header = self.get_root().header
        for name, css in offline_css():
            header.add_child(Element(f"<style>{css}</style>"), name=name)
        for name, code in offline_js():
            header.add_child(Element(f"<script>{code}</script>"), name=name)
        super().render(**kwargs)


def make_offline(m):
    """Give a folium map inlined copies of its assets (on this instance only) and return it.

    folium's ``add_js_link`` edits the class-wide lists, so the instance gets new, empty lists.
    """
    m.default_js = []
    m.default_css = []
    _InlineAssets().add_to(m)
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
