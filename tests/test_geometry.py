"""Geometry: distances, points inside outlines, and every country point inside its country."""

from __future__ import annotations

import json

import pytest

from analysis import geometry, reference
from analysis.reference import DATA_DIR

SQUARE = [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]]
# an L: the centre of its bounding box (5, 5) lies outside it
ELL = [[[0, 0], [10, 0], [10, 2], [2, 2], [2, 10], [0, 10], [0, 0]]]


def test_haversine_baghdad_to_kuwait_city():
    assert 540 <= geometry.haversine_km(33.31, 44.37, 29.37, 47.98) <= 560


def test_in_polygon_and_holes():
    with_hole = SQUARE + [[[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]]
    assert geometry.in_polygon(1, 1, with_hole)
    assert not geometry.in_polygon(5, 5, with_hole)
    assert not geometry.in_polygon(11, 5, SQUARE)


def test_pole_of_inaccessibility():
    x, y = geometry.pole_of_inaccessibility(SQUARE)
    assert abs(x - 5) < 0.1 and abs(y - 5) < 0.1
    x, y = geometry.pole_of_inaccessibility(ELL)
    assert geometry.in_polygon(x, y, ELL)


def test_point_inside_keeps_a_point_inside_and_moves_one_outside():
    square = {"type": "Polygon", "coordinates": SQUARE}
    assert geometry.point_inside(square, 3.0, 3.0) == (3.0, 3.0, "given")
    ell = {"type": "Polygon", "coordinates": ELL}
    lat, lon, method = geometry.point_inside(ell, 5.0, 5.0, inset_km=10)
    assert method == "nearest_inside" and geometry.in_polygon(lon, lat, ELL)


@pytest.fixture(scope="module")
def outlines():
    world = json.loads((DATA_DIR / "world.geojson").read_text(encoding="utf-8"))
    return {f["properties"]["name"]: f["geometry"] for f in world["features"]}


def test_every_country_point_lies_inside_its_outline(outlines):
    gaz = reference.gazetteer()
    names = {p.name: p for p in gaz.countries.values()}
    checked = 0
    for name, geom in outlines.items():
        place = names.get(name)
        if place is None:
            continue
        assert geometry.in_geometry(place.lon, place.lat, geom), f"{name}: {place.lat}, {place.lon} ({place.coord_source})"
        checked += 1
    assert checked >= 150


def test_kuwait_point_is_inside_kuwait(outlines):
    kuwait = reference.gazetteer().countries["KW"]
    assert geometry.in_geometry(kuwait.lon, kuwait.lat, outlines["Kuwait"])
    assert not geometry.in_geometry(kuwait.lon, kuwait.lat, outlines["Saudi Arabia"])


def test_country_points_table_matches_the_builder(tmp_path):
    rows = geometry.build_country_points(tmp_path / "points.csv")
    shipped = {r["iso2"]: r for r in reference.table("country_points")}
    assert {r["iso2"] for r in rows} == set(shipped)
    for row in rows:
        assert abs(float(shipped[row["iso2"]]["lat"]) - row["lat"]) < 1e-6, row["iso2"]
        assert shipped[row["iso2"]]["source"], row["iso2"]


def test_published_country_centres_are_the_gazetteer_points():
    """A country with a published geographic centre (data/country_centres.csv) sits there, not at countryinfo's point."""
    gaz = reference.gazetteer()
    centres = reference.table("country_centres")
    assert centres
    for row in centres:
        place = gaz.countries[row["iso2"]]
        assert (place.lat, place.lon) == (float(row["lat"]), float(row["lon"])), row["iso2"]
        assert place.coord_source == f"country_centres:{row['iso2']}"
        assert row["source"].startswith("geographic centre") or "Centre" in row["source"]


def test_country_points_follow_geonames_where_its_point_is_inside():
    """GeoNames' country points (India at 22°N 79°E, Canada at 60°N 114°W) are the gazetteers' convention: used
    wherever they lie inside the outline; a point that falls outside (a generalised coastline) is moved inside."""
    gaz = reference.gazetteer()
    shipped = {r["iso2"]: r for r in reference.table("country_points")}
    used = 0
    for row in reference.table("geonames_country_points"):
        assert row["source"], row["iso2"]
        place = gaz.countries.get(row["iso2"])
        if place is None or row["iso2"] not in shipped or shipped[row["iso2"]]["method"] == "national_centre":
            continue
        if shipped[row["iso2"]]["method"] == "geonames":
            assert (place.lat, place.lon) == (float(row["lat"]), float(row["lon"])), row["iso2"]
            used += 1
        else:
            assert (place.lat, place.lon) != (float(row["lat"]), float(row["lon"])), row["iso2"]
    assert used >= 150
    india = gaz.countries["IN"]
    assert (india.lat, india.lon) == (22.0, 79.0) and india.coord_source == "geonames_country_points:IN"
