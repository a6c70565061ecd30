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
    markers = [e for e in _layer(seed_map, layer)._children.values() if isinstance(e, folium.CircleMarker)]
    assert len(markers) >= len(expected) > 0
    colours = {e.options["fillColor"] for e in markers}
    assert style.LOCATION_COLORS[kind] in colours


def test_context_places_are_dashed_and_article_places_solid(seed, seed_map):
    context = [e for e in _layer(seed_map, maps.LAYER_CONTEXT)._children.values() if isinstance(e, folium.CircleMarker)]
    assert len(context) == _located(seed.locations[seed.locations["source"] == "context"]) > 0
    assert all(e.options.get("dashArray") == style.SOURCE_DASH["context"] for e in context)
    for name in (maps.LAYER_BASES, maps.LAYER_PLACES, maps.LAYER_COUNTRIES):
        for e in _layer(seed_map, name)._children.values():
            assert not e.options.get("dashArray"), name


def test_missile_strikes_are_arcs_with_arrowheads(seed, seed_map):
    strikes = seed.movements[seed.movements["kind"] == "missile_strike"]
    layer = _layer(seed_map, maps.LAYER_MISSILES)
    lines = [e for e in layer._children.values() if type(e) is folium.PolyLine]
    heads = [e for e in layer._children.values() if type(e) is folium.Polygon]
    assert len(lines) == len(strikes) == len(heads) > 0
    assert all(len(e.locations) >= 20 for e in lines)  # curved, not a two-point segment
    dashed = [e for e in lines if e.options.get("dashArray")]
    assert len(dashed) == int((strikes["source"] == "context").sum())
    assert all(e.options["dashArray"] == style.SOURCE_DASH["context"] for e in dashed)


def test_an_arc_runs_from_origin_to_destination_and_bends():
    line = maps.arc((32.0, 53.0), (33.0, 44.0))
    assert line[0] == pytest.approx((32.0, 53.0)) and line[-1] == pytest.approx((33.0, 44.0))
    mid = line[len(line) // 2]
    assert math.dist(mid, (32.5, 48.5)) > 0.5
    head = maps.arrowhead(line)
    assert len(head) == 3 and head[1] == pytest.approx((33.0, 44.0))


def test_troop_movements_are_arrows(seed, seed_map):
    moves = seed.movements[seed.movements["kind"].str.startswith("troop_")]
    layer = _layer(seed_map, maps.LAYER_TROOPS)
    assert len([e for e in layer._children.values() if type(e) is folium.PolyLine]) == len(moves) > 0


def test_drone_strike_marks_its_target(seed, seed_map):
    layer = _layer(seed_map, maps.LAYER_DRONE)
    markers = [e for e in layer._children.values() if type(e) is folium.Marker]
    airport = seed.locations.set_index("name").loc["Baghdad International Airport"]
    assert [tuple(e.location) for e in markers] == [pytest.approx((airport["lat"], airport["lon"]))]


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
