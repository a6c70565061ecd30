"""The map view: offline assets, one layer per kind, escaped popups, empty state, the basemap file."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import folium
import pytest

import analysis
from analysis import assets, maps, style

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "articles" / "hostile.txt"
CDN_TAG = re.compile(r"<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.I)


def _walk(element):
    for child in element._children.values():
        yield child
        yield from _walk(child)


def _of_type(m, cls):
    return [e for e in _walk(m) if type(e) is cls]


def _layer(m, name):
    found = [e for e in _walk(m) if isinstance(e, folium.FeatureGroup) and e.layer_name == name]
    assert len(found) == 1, name
    return found[0]


def _located(locations):
    return int((locations["lat"].notna() & locations["lon"].notna()).sum())


@pytest.fixture(scope="module")
def seed_map(seed):
    return maps.article_map(seed)


@pytest.fixture(scope="module")
def seed_html(seed_map):
    return seed_map.get_root().render()


@pytest.fixture(scope="module")
def hostile():
    return analysis.load(HOSTILE)


def _empty(ds):
    """What a filter that matches nothing leaves."""
    return ds.replace(locations=ds.locations.iloc[0:0], movements=ds.movements.iloc[0:0], events=ds.events.iloc[0:0],
                      quotes=ds.quotes.iloc[0:0])


# --- layers and markers ----------------------------------------------------------------


def test_one_layer_per_kind(seed_map):
    names = [e.layer_name for e in _walk(seed_map) if isinstance(e, folium.FeatureGroup)]
    assert names == list(maps.LAYERS)
    assert len(_of_type(seed_map, folium.LayerControl)) == 1


def test_a_marker_for_every_located_place(seed, seed_map):
    assert len(_of_type(seed_map, folium.CircleMarker)) == _located(seed.locations)


def test_without_context_only_article_places(seed):
    m = maps.article_map(seed, context=False)
    article = seed.locations[seed.locations["source"] == "article"]
    assert len(_of_type(m, folium.CircleMarker)) == _located(article)
    assert not _layer(m, maps.LAYER_CONTEXT)._children


@pytest.mark.parametrize(("kind", "layer"), [("base", maps.LAYER_BASES), ("city", maps.LAYER_PLACES),
                                             ("country", maps.LAYER_COUNTRIES)])
def test_article_places_sit_in_their_kind_layer(seed, seed_map, kind, layer):
    expected = seed.locations[(seed.locations["kind"] == kind) & (seed.locations["source"] == "article")]
    places = [e for e in _layer(seed_map, layer)._children.values() if "am-place" in e.options.get("className", "")]
    assert {c for e in places for c in e.options["className"].split()} >= {f"am-{i}" for i in expected["location_id"]}
    assert style.LOCATION_COLORS[kind] in {e.options["fillColor"] for e in places}


def test_context_places_are_dashed_and_article_places_solid(seed, seed_map):
    context = [e for e in _layer(seed_map, maps.LAYER_CONTEXT)._children.values()
               if "am-place" in e.options.get("className", "")]
    assert len(context) == _located(seed.locations[seed.locations["source"] == "context"]) > 0
    assert all(e.options.get("dashArray") == style.SOURCE_DASH["context"] for e in context)
    for name in (maps.LAYER_BASES, maps.LAYER_PLACES, maps.LAYER_COUNTRIES):
        for e in _layer(seed_map, name)._children.values():
            assert not e.options.get("dashArray"), name


def _lines(m, movement_id):
    return [e for e in _walk(m) if type(e) is folium.PolyLine and f"am-{movement_id}" in e.options["className"].split()]


def _arrow(m, movement_id):
    (line,) = [e for e in _lines(m, movement_id) if "am-arrow" in e.options["className"].split()]
    return line


def test_everything_from_outside_context_sits_in_the_context_layer(seed, seed_map):
    # unticking "Outside context" must leave no context arc, marker or drone-strike diamond behind
    context_layer = _layer(seed_map, maps.LAYER_CONTEXT)
    inside_context = set(id(e) for e in _walk(context_layer))
    for e in _walk(seed_map):
        classes = (e.options.get("className", "") if hasattr(e, "options") and isinstance(e.options, dict) else "")
        icon = getattr(e, "icon", None)
        if icon is not None:
            classes += " " + icon.options.get("class_name", "")
        if "am-ctx" in classes.split():
            assert id(e) in inside_context, classes
    context_moves = seed.movements[seed.movements["source"] == "context"]
    drawn = " ".join(e.options.get("className", "") for e in _walk(context_layer) if hasattr(e, "options")
                     and isinstance(e.options, dict))
    drawn += " ".join(e.icon.options.get("class_name", "") for e in _walk(context_layer) if getattr(e, "icon", None))
    for movement_id in context_moves["movement_id"]:
        assert f"am-{movement_id}" in drawn, movement_id
    assert not _layer(maps.article_map(seed, context=False), maps.LAYER_CONTEXT)._children


def test_a_strike_on_a_named_base_ends_at_the_base(seed, seed_map):
    places = seed.locations.set_index("location_id")
    point_to_point = seed.movements[seed.movements["origin_id"].isin(places.index[places["kind"] != "country"])
                                    & seed.movements["destination_id"].isin(places.index[places["kind"] != "country"])]
    assert len(point_to_point) >= 2  # context: Kermanshah to Ain al-Asad and to Erbil
    for row in point_to_point.itertuples():
        line = _arrow(seed_map, row.movement_id).locations
        assert len(line) >= 20  # curved
        end, start = places.loc[row.destination_id], places.loc[row.origin_id]
        assert line[-1] == pytest.approx([end["lat"], end["lon"]], abs=1e-4)
        assert line[0] == pytest.approx([start["lat"], start["lon"]], abs=1e-4)


def test_a_country_level_strike_stops_at_the_countrys_border_not_near_its_capital(seed, seed_map):
    # the article: "Iran has launched ... missiles at multiple Iraqi bases" names no base: country-level
    strike = seed.movements[(seed.movements["kind"] == "missile_strike") & (seed.movements["source"] == "article")].iloc[0]
    assert (strike["origin"], strike["destination"]) == ("Iran", "Iraq")
    lines = _lines(seed_map, strike["movement_id"])
    assert any("am-band" in e.options["className"] for e in lines)  # looks unlike a point-to-point strike
    end = tuple(_arrow(seed_map, strike["movement_id"]).locations[-1])
    border = maps.nearest_on_outline(end, maps.outline("Iraq"))
    assert math.dist(end, border) < 0.01  # on Iraq's outline
    baghdad = seed.locations.set_index("name").loc["Baghdad"]
    assert math.dist(end, (baghdad["lat"], baghdad["lon"])) > 1.5  # not a strike on Baghdad
    assert "country-level" in seed_map.get_root().render()


def test_troops_to_kuwait_end_in_kuwait_whatever_its_gazetteer_point(seed, seed_map):
    kuwait = maps.outline("Kuwait")
    moves = seed.movements[seed.movements["destination"] == "Kuwait"]
    assert len(moves) >= 1
    for movement_id in moves["movement_id"]:
        end = tuple(_arrow(seed_map, movement_id).locations[-1])
        assert maps.inside(end, kuwait) or math.dist(end, maps.nearest_on_outline(end, kuwait)) < 0.01


@pytest.mark.parametrize(("point", "country", "inside"), [
    ((29.3, 47.9), "Kuwait", True), ((29.5, 45.75), "Kuwait", False),  # countryinfo's Kuwait point is in Saudi Arabia
    ((33.3, 44.4), "Iraq", True), ((32.0, 53.0), "Iraq", False),
])
def test_point_in_outline(point, country, inside):
    assert maps.inside(point, maps.outline(country)) is inside


def test_country_points_fall_inside_their_outline():
    assert maps.inside(maps.country_point("Kuwait", (29.5, 45.75)), maps.outline("Kuwait"))
    assert maps.country_point("Iraq", (33.0, 44.0)) == (33.0, 44.0)  # the frame's point when it is inside
    assert maps.outline("United States")  # "United States of America" in Natural Earth
    assert maps.outline("Atlantis") == [] and maps.country_point("Atlantis", (1.0, 2.0)) == (1.0, 2.0)


def test_an_arc_runs_from_origin_to_destination_and_bends():
    line = maps.arc((32.0, 53.0), (33.0, 44.0))
    assert line[0] == pytest.approx((32.0, 53.0)) and line[-1] == pytest.approx((33.0, 44.0))
    mid = line[len(line) // 2]
    assert math.dist(mid, (32.5, 48.5)) > 0.5


def test_arrowheads_are_markers_of_constant_screen_size(seed_html):
    # an SVG marker in screen units (not a polygon in degrees that grows when zoomed)
    script = maps._script_code()
    assert 'markerUnits: "userSpaceOnUse"' in script and "marker-end" in script
    assert "am-arrow" in seed_html


def test_troop_movements_are_arrows(seed, seed_map):
    moves = seed.movements[seed.movements["kind"].str.startswith("troop_")]
    layer = _layer(seed_map, maps.LAYER_TROOPS)
    arrows = [e for e in layer._children.values() if type(e) is folium.PolyLine and "am-arrow" in e.options["className"]]
    assert len(arrows) == len(moves[moves["source"] == "article"]) > 0


def test_drone_strike_marks_its_target_in_the_context_layer(seed, seed_map):
    markers = [e for e in _layer(seed_map, maps.LAYER_CONTEXT)._children.values() if type(e) is folium.Marker]
    airport = seed.locations.set_index("name").loc["Baghdad International Airport"]
    assert [tuple(e.location) for e in markers] == [pytest.approx((airport["lat"], airport["lon"]))]


def test_a_place_named_only_in_a_2015_caption_is_not_a_target(seed, seed_html):
    from analysis import facts

    balad = seed.locations.set_index("name").loc["Balad Air Base", "location_id"]
    roles = [r.text for r in facts.place_roles(seed)[balad]]
    assert any("2015" in r and "photo caption" in r for r in roles), roles
    assert not any("target" in r or "2020" in r for r in roles), roles
    assert "Balad Air Base · photo caption" in seed_html  # its label says so too


def test_every_place_has_a_permanent_escaped_label(seed, seed_map):
    labels = [e for e in _walk(seed_map) if isinstance(e, folium.Tooltip) and e.options.get("permanent")]
    assert len(labels) == _located(seed.locations)
    assert all("am-label" in e.options.get("class_name", "") and not e.options.get("sticky") for e in labels)


def test_legend_notes_what_is_not_drawn(seed, seed_html):
    assert "article-map-legend" in seed_html
    assert "1 movement without mapped places not shown" in seed_html  # the article's drone strike
    assert style.EMPTY_MESSAGE not in seed_html


# --- offline ------------------------------------------------------------------------


def test_no_cdn_scripts_or_stylesheets(seed_html):
    assert not CDN_TAG.search(seed_html), CDN_TAG.search(seed_html).group(0)
    for host in ("cdn.jsdelivr.net", "code.jquery.com", "cdnjs.cloudflare.com", "bootstrapcdn.com"):
        assert host not in seed_html


def test_leaflet_jquery_and_images_are_inlined(seed_html):
    names = [name for name, _ in assets.offline_js()]
    assert names == ["leaflet", assets.ICON_FIX, "jquery"]
    head = seed_html.split("</head>")[0]
    for _, code in assets.offline_js():
        assert f"<script>{code}</script>" in head
    assert "<script src=" not in seed_html and "<link rel=\"stylesheet\"" not in seed_html
    # Leaflet before the icon fix that uses it, before the map script in the body
    assert head.index("Leaflet 1.9.3") < head.index("L.Icon.Default.imagePath")
    css = assets.offline_css()[0][1]
    assert f"<style>{css}</style>" in head
    assert "url(images/" not in css and "url(data:image/png;base64," in css


def test_osm_tiles_are_optional_and_not_the_default(seed_map, seed_html):
    tiles = _of_type(seed_map, folium.TileLayer)
    assert [t.layer_name for t in tiles] == [maps.TILES_NAME]
    assert not tiles[0].show and not tiles[0].overlay
    basemap = [e for e in _walk(seed_map) if isinstance(e, folium.GeoJson) and e.layer_name == maps.BASEMAP_NAME]
    assert len(basemap) == 1 and basemap[0].show and not basemap[0].overlay
    assert not any(isinstance(e, (folium.Popup, folium.Tooltip)) for e in _walk(basemap[0]))


def test_offline_assets_do_not_leak_into_other_maps(seed_map):
    assert folium.Map.default_js[0][1].startswith("https://")  # the class lists are untouched
    assert seed_map.default_js is not folium.Map.default_js


# --- escaping -----------------------------------------------------------------------


def test_hostile_article_is_escaped(hostile):
    # every place gets coordinates so every popup (with its hostile sentence) is drawn
    located = hostile.replace(locations=hostile.locations.assign(lat=30.0, lon=40.0, resolved=True))
    html_text = maps.map_html(located)
    for raw in ("<script>alert", "<img src=x onerror", "<b>Eve", "<p onclick", "\\u0022 onmouseover"):
        assert raw not in html_text, raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_text
    assert "&lt;img src=x onerror=alert(1)&gt;" in html_text


@pytest.mark.parametrize("text", ["<img src=x onerror=alert(1)>", "`${alert(1)}`", "\\u003cscript\\u003e", "a & b \"c\" 'd'"])
def test_escape_is_inert_in_html_and_template_literals(text):
    out = maps.escape(text)
    assert not set(out) & set("<>\"'`$\\")


# --- empty and partial data ----------------------------------------------------------------


def test_empty_dataset_gives_a_map_that_says_so(seed):
    m = maps.article_map(_empty(seed))
    html_text = m.get_root().render()
    assert style.EMPTY_MESSAGE in html_text
    assert not _of_type(m, folium.CircleMarker) and not _of_type(m, folium.PolyLine)
    assert list(m.location) == list(maps.DEFAULT_VIEW[0])


def test_places_without_coordinates_are_skipped_and_counted(hostile):
    m = maps.article_map(hostile)
    assert len(_of_type(m, folium.CircleMarker)) == _located(hostile.locations)
    missing = len(hostile.locations) - _located(hostile.locations)
    assert missing > 0
    assert f"{missing} places without coordinates not shown" in m.get_root().render()


def test_movements_whose_places_were_filtered_away_are_skipped(seed):
    m = maps.article_map(seed.replace(locations=seed.locations.iloc[0:0]))
    assert not _of_type(m, folium.PolyLine)
    # the selection still has events and quotes: only the map is empty, and says why
    assert style.NO_PLACES_MESSAGE in m.get_root().render() and style.EMPTY_MESSAGE not in m.get_root().render()


# --- the basemap file -------------------------------------------------------------------


def test_world_geojson_is_small_and_complete():
    path = ROOT / "data" / "world.geojson"
    assert path.stat().st_size <= 600_000
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) >= 150
    codes = {f["properties"]["iso_a3"] for f in doc["features"]}
    assert {"IRQ", "IRN", "KWT", "USA"} <= codes
    assert all(f["geometry"]["type"] in ("Polygon", "MultiPolygon") for f in doc["features"])
    assert (ROOT / "data" / "world.geojson.md").exists()


def test_simplify_rounds_and_drops_tiny_rings():
    square = [[0.0, 0.0], [1.004, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]
    islet = [[5.0, 5.0], [5.01, 5.0], [5.01, 5.01], [5.0, 5.0]]
    out = assets.simplify({"type": "MultiPolygon", "coordinates": [[square], [islet]]})
    assert out == {"type": "Polygon", "coordinates": [[[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]]}
