"""Plane geometry on longitude/latitude outlines, in pure Python.

Used by the gazetteer (a point inside each country, great-circle distances) and by
the tests that check those points. Rings are lists of ``(lon, lat)`` pairs as in
GeoJSON; a polygon is a list of rings, the first the outline, the others holes.
"""

from __future__ import annotations

import csv
import heapq
import math
from pathlib import Path
from typing import Iterable, Sequence

Ring = Sequence[Sequence[float]]
Polygon = Sequence[Ring]

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def polygons(geometry: dict) -> list[Polygon]:
    """The polygons of a GeoJSON Polygon or MultiPolygon geometry (empty for anything else)."""
    kind, coords = geometry.get("type"), geometry.get("coordinates") or []
    if kind == "Polygon":
        return [coords]
    if kind == "MultiPolygon":
        return list(coords)
    return []


def _in_ring(x: float, y: float, ring: Ring) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def in_polygon(lon: float, lat: float, polygon: Polygon) -> bool:
    """Inside the outline and outside every hole (even-odd rule)."""
    return bool(polygon) and _in_ring(lon, lat, polygon[0]) and not any(_in_ring(lon, lat, h) for h in polygon[1:])


def in_geometry(lon: float, lat: float, geometry: dict) -> bool:
    return any(in_polygon(lon, lat, p) for p in polygons(geometry))


def _segment_distance(x: float, y: float, a: Sequence[float], b: Sequence[float], sx: float) -> float:
    ax, ay, bx, by = a[0] * sx, a[1], b[0] * sx, b[1]
    dx, dy = bx - ax, by - ay
    if dx or dy:
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        ax, ay = ax + t * dx, ay + t * dy
    return math.hypot(x - ax, y - ay)


def edge_distance(lon: float, lat: float, polygon: Polygon, *, sx: float = 1.0) -> float:
    """Distance (degrees of latitude, longitudes scaled by ``sx``) to the nearest edge; negative outside."""
    x = lon * sx
    best = min(
        _segment_distance(x, lat, ring[i - 1], ring[i], sx) for ring in polygon for i in range(1, len(ring))
    ) if any(len(r) > 1 for r in polygon) else 0.0
    return best if in_polygon(lon, lat, polygon) else -best


def area(polygon: Polygon) -> float:
    """Planar area in square degrees, holes subtracted."""
    def ring_area(ring: Ring) -> float:
        return abs(sum(ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1] for i in range(len(ring)))) / 2

    return ring_area(polygon[0]) - sum(ring_area(h) for h in polygon[1:]) if polygon else 0.0


def pole_of_inaccessibility(polygon: Polygon, *, precision: float = 0.01) -> tuple[float, float]:
    """The inside point farthest from every edge, as ``(lon, lat)``.

    Grid cells are split best-first by the largest distance any point in them could
    have, until no cell can beat the best point by more than ``precision`` degrees.
    Longitudes are scaled by the cosine of the middle latitude so distances are
    roughly isotropic.
    """
    xs = [p[0] for p in polygon[0]]
    ys = [p[1] for p in polygon[0]]
    sx = math.cos(math.radians((min(ys) + max(ys)) / 2)) or 1e-6
    x0, y0, x1, y1 = min(xs) * sx, min(ys), max(xs) * sx, max(ys)
    size = min(x1 - x0, y1 - y0)
    if size <= 0:
        return xs[0], ys[0]

    def cell(x: float, y: float, half: float) -> tuple[float, float, float, float, float]:
        d = edge_distance(x / sx, y, polygon, sx=sx)
        return (-(d + half * math.sqrt(2)), d, x, y, half)

    heap = []
    half = size / 2
    x = x0
    while x < x1:
        y = y0
        while y < y1:
            heapq.heappush(heap, cell(x + half, y + half, half))
            y += size
        x += size
    best = max((cell(p[0] * sx, p[1], 0) for p in polygon[0][:-1]), key=lambda c: c[1])
    best = max(best, cell((x0 + x1) / 2, (y0 + y1) / 2, 0), key=lambda c: c[1])
    while heap:
        c = heapq.heappop(heap)
        if c[1] > best[1]:
            best = c
        if -c[0] - best[1] <= precision:
            continue
        h = c[4] / 2
        for dx in (-h, h):
            for dy in (-h, h):
                heapq.heappush(heap, cell(c[2] + dx, c[3] + dy, h))
    return best[2] / sx, best[3]


KM_PER_DEGREE = 111.2


def point_inside(geometry: dict, lat: float | None, lon: float | None, *, margin_km: float = 1.0,
                 inset_km: float = 25.0) -> tuple[float, float, str]:
    """A point inside the outline as ``(lat, lon, method)``.

    The given point when it lies inside, at least ``margin_km`` from the edge of the
    (generalised) outline. Otherwise the inside point nearest to it that lies at least
    ``inset_km`` from the edge (or half as deep as the country allows), so the point
    moves as little as it must; without a given point, the pole of inaccessibility of
    the largest polygon.
    """
    parts = polygons(geometry)
    if lat is None or lon is None:
        plon, plat = pole_of_inaccessibility(max(parts, key=area))
        return round(plat, 4), round(plon, 4), "pole_of_inaccessibility"
    sx = math.cos(math.radians(lat))
    if any(edge_distance(lon, lat, polygon, sx=sx) * KM_PER_DEGREE >= margin_km for polygon in parts):
        return lat, lon, "given"
    best = None
    for polygon in parts:
        plon, plat = pole_of_inaccessibility(polygon)
        psx = math.cos(math.radians(plat))
        depth = min(inset_km, edge_distance(plon, plat, polygon, sx=psx) * KM_PER_DEGREE / 2)
        xs, ys = [p[0] for p in polygon[0]], [p[1] for p in polygon[0]]
        step = max(0.02, min(max(xs) - min(xs), max(ys) - min(ys)) / 60)
        points = [(plon, plat)] + [
            (min(xs) + i * step, min(ys) + j * step)
            for i in range(int((max(xs) - min(xs)) / step) + 1) for j in range(int((max(ys) - min(ys)) / step) + 1)
        ]
        for x, y in points:
            far = haversine_km(lat, lon, y, x)
            if best is not None and far >= best[0]:
                continue
            if edge_distance(x, y, polygon, sx=math.cos(math.radians(y))) * KM_PER_DEGREE >= depth - 1e-9:
                best = (far, y, x)
    return round(best[1], 4), round(best[2], 4), "nearest_inside"


COUNTRY_POINTS = Path(__file__).resolve().parent.parent / "data" / "country_points.csv"


def countries_by_alpha3() -> dict[str, dict]:
    """countryinfo's country records by ISO 3166 alpha-3 code, for those with an alpha-2 code too (the first record
    of a code wins)."""
    from countryinfo._cache import load_countries

    by_iso3: dict[str, dict] = {}
    for info in load_countries()["countries"].values():
        iso = info.get("ISO") or {}
        if iso.get("alpha3") and iso.get("alpha2"):
            by_iso3.setdefault(iso["alpha3"], info)
    return by_iso3


def build_country_points(path: str | Path = COUNTRY_POINTS, *, margin_km: float = 1.0) -> list[dict]:
    """Write ``data/country_points.csv``: a point inside each outline of ``data/world.geojson``.

    A country's published geographic centre (``data/country_centres.csv``: the United States'
    from the 1918 survey near Lebanon, Kansas, where GeoNames and most gazetteers put the
    country, not countryinfo's 38°N 97°W, 235 km away) comes first. Next GeoNames' point for
    the country (``data/geonames_country_points.csv``), the convention gazetteers and geoparsing
    sets share (India at 22°N 79°E, Canada at 60°N 114°W: countryinfo's lie 300 and 1,000 km
    away), where it lies inside the outline. Otherwise countryinfo's point is kept where it lies
    inside its country; where it does not (Kuwait's lies in Saudi Arabia, New Zealand's in Cook
    Strait) the nearest point well inside replaces it.
    """
    import json

    from .reference import DATA_DIR

    by_iso3 = countries_by_alpha3()
    world = json.loads((DATA_DIR / "world.geojson").read_text(encoding="utf-8"))
    with (DATA_DIR / "country_centres.csv").open(encoding="utf-8", newline="") as handle:
        centres = {row["iso2"]: row for row in csv.DictReader(handle)}
    with (DATA_DIR / "geonames_country_points.csv").open(encoding="utf-8", newline="") as handle:
        geonames = {row["iso2"]: row for row in csv.DictReader(handle)}
    rows = []
    for feature in world["features"]:
        info = by_iso3.get(feature["properties"].get("iso_a3"))
        if info is None:
            continue
        centre = centres.get(info["ISO"]["alpha2"])
        if centre is not None:
            lat, lon = float(centre["lat"]), float(centre["lon"])
            if not in_geometry(lon, lat, feature["geometry"]):
                raise ValueError(f"country_centres.csv: {centre['name']} lies outside its outline")
            rows.append({"iso2": centre["iso2"], "name": info["name"], "lat": lat, "lon": lon,
                         "method": "national_centre", "source": "data/country_centres.csv: " + centre["source"]})
            continue
        named = geonames.get(info["ISO"]["alpha2"])
        if named is not None:
            lat, lon, method = point_inside(feature["geometry"], float(named["lat"]), float(named["lon"]), margin_km=margin_km)
            if method == "given":
                rows.append({"iso2": named["iso2"], "name": info["name"], "lat": lat, "lon": lon, "method": "geonames",
                             "source": "data/geonames_country_points.csv: " + named["source"]})
                continue
        latlng = info.get("latlng") or [None, None]
        lat, lon, method = point_inside(feature["geometry"], *latlng[:2], margin_km=margin_km)
        source = {
            "given": "countryinfo latlng: inside its outline in data/world.geojson",
            "nearest_inside": "countryinfo latlng lies outside its outline in data/world.geojson: the nearest point "
                              "at least 25 km inside it (analysis.geometry.point_inside)",
            "pole_of_inaccessibility": "pole of inaccessibility of the largest polygon in data/world.geojson "
                                       "(analysis.geometry.point_inside)",
        }[method]
        rows.append({"iso2": info["ISO"]["alpha2"], "name": info["name"], "lat": lat, "lon": lon,
                     "method": method, "source": source})
    rows.sort(key=lambda r: r["iso2"])
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["iso2", "name", "lat", "lon", "method", "source"])
        writer.writeheader()
        writer.writerows(rows)
    return rows


def nearest(lat: float, lon: float, points: Iterable[tuple[float, float]]) -> float:
    """Kilometres to the nearest of ``points`` (infinity when there is none)."""
    return min((haversine_km(lat, lon, a, b) for a, b in points), default=math.inf)
