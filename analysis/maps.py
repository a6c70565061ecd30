"""Views: the article on a map — frames in, a self-contained folium map out.

Imported by notebooks and the dashboard only, never by ``analysis.load()``. Every map
works offline: Leaflet and jQuery are inlined (:mod:`analysis.assets`) and the base
layer is the shipped country outline ``data/world.geojson``; OpenStreetMap tiles are
an optional base layer that starts unselected.

What is drawn says what the frames say, no more:

* a movement between two named places (a base, a city) is an arc ending at the place;
* a movement from or to a whole country (``locations.kind == "country"``) is
  *country-level*: a broad band (not a thin strike line) that starts inside the origin and
  stops at the destination's outline, whose border is traced; it never ends on a point
  that would read as a city (:func:`country_target`);
* a place's popup says what it is in the article from the events of the sentences that
  name it (:func:`analysis.facts.place_roles`), e.g. "arms transfer, 20 July 2015, in a
  photo caption", never one global role;
* each named place keeps a label (labels that would overlap are hidden, most mentioned
  first); arrowheads are SVG markers of constant screen size at any zoom;
* everything from outside context (places, arcs, the drone-strike diamond, their labels)
  sits in the "Outside context" layer: unticking it removes all of it.

Each drawn element carries CSS classes ``am-item am-<row id>`` (``am-ctx`` for outside
context), so a page can show exactly the rows its filters select: the map's script
(``analysis/map.js``) listens for ``{"type": "article-map:show", "ids": [...]}`` from its
parent window and answers a click on a place with ``{"type": "article-map:select",
"place": name}``.

folium inserts popup and tooltip text as HTML inside JavaScript template literals,
so every string from the article or from context data passes through :func:`escape`.
"""

from __future__ import annotations

import html
import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import folium
import pandas as pd
from branca.element import MacroElement
from folium.template import Template

from . import assets, facts, style
from .dataset import Dataset

LAYER_BASES = "Bases & airports"
LAYER_PLACES = "Cities & places"
LAYER_COUNTRIES = "Countries"
LAYER_MISSILES = "Missile strikes"
LAYER_TROOPS = "Troop movements"
LAYER_DRONE = "Drone strike"
LAYER_CONTEXT = "Outside context"
LAYERS = (LAYER_BASES, LAYER_PLACES, LAYER_COUNTRIES, LAYER_MISSILES, LAYER_TROOPS, LAYER_DRONE, LAYER_CONTEXT)
BASEMAP_NAME = "Country outlines (offline)"
TILES_NAME = "OpenStreetMap tiles (online)"
SCRIPT = Path(__file__).with_name("map.js")

_LOCATION_LAYER = {"base": LAYER_BASES, "airport": LAYER_BASES, "country": LAYER_COUNTRIES}
_MOVEMENT_LAYER = {
    "missile_strike": LAYER_MISSILES, "rocket_strike": LAYER_MISSILES, "air_strike": LAYER_MISSILES,
    "troop_withdrawal": LAYER_TROOPS, "troop_movement": LAYER_TROOPS, "drone_strike": LAYER_DRONE,
}
# bend of an arc as a share of its length: strikes arc visibly, troop moves nearly straight
_BEND = {LAYER_MISSILES: 0.22, LAYER_DRONE: 0.22, LAYER_TROOPS: 0.08}
DEFAULT_VIEW = ((30.0, 45.0), 4)  # the Middle East, when nothing is drawn
_ARC_POINTS = 30
CONTEXT_OPACITY = 0.8  # outside context is dashed; lighter, but still legible
BAND_WEIGHT = 11  # a country-level movement's band, in pixels


def escape(value) -> str:
    """Text safe inside folium's popups and tooltips.

    ``html.escape`` for the HTML; ``\\``, backtick and ``$`` become entities too, because
    folium places popup and tooltip HTML inside a JavaScript template literal, where
    ``\\u003c`` would turn back into ``<`` and ``${…}`` would run.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    text = html.escape(str(value), quote=True)
    return text.replace("\\", "&#92;").replace("`", "&#96;").replace("$", "&#36;")


def _link(url: str) -> str:
    url = (url or "").strip()
    if url.startswith("https://"):
        return f'<a href="{escape(url)}" target="_blank" rel="noopener noreferrer">{escape(url)}</a>'
    return escape(url)


def _rows(*pairs: tuple[str, str]) -> str:
    """An HTML fragment of label/value lines; values must already be escaped."""
    return "".join(f"<div><b>{label}:</b> {value}</div>" for label, value in pairs if value)


def _popup(title: str, body: str) -> folium.Popup:
    return folium.Popup(f'<div style="font-family:{escape(style.FONT)};font-size:13px">'
                        f'<div style="font-weight:600;margin-bottom:4px">{title}</div>{body}</div>',
                        max_width=360)


def _classes(row_id: str, source: str, *extra: str) -> str:
    """The classes a page's script finds an element by: its row id and whether it is context."""
    return " ".join(["am-item", f"am-{row_id}", *(["am-ctx"] if source == "context" else []), *extra])


# --- geometry ---------------------------------------------------------------------

Point = tuple[float, float]  # (lat, lon)


def arc(start: Point, end: Point, *, bend: float = 0.22, points: int = _ARC_POINTS) -> list[Point]:
    """A quadratic Bézier from ``start`` to ``end`` ((lat, lon) pairs), bending to the left.

    Longitudes are scaled by cos(latitude) so the bend looks perpendicular on the map.
    """
    k = max(math.cos(math.radians((start[0] + end[0]) / 2)), 0.2)
    x0, y0, x1, y1 = start[1] * k, start[0], end[1] * k, end[0]
    dx, dy = x1 - x0, y1 - y0
    cx, cy = (x0 + x1) / 2 - dy * bend, (y0 + y1) / 2 + dx * bend
    out = []
    for i in range(points):
        t = i / (points - 1)
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
        # 5 decimals is about a metre: more digits only weigh on the page
        out.append((round(a * y0 + b * cy + c * y1, 5), round((a * x0 + b * cx + c * x1) / k, 5)))
    return out


Ring = list[Point]


@lru_cache(maxsize=1)
def _outlines() -> dict[str, list[Ring]]:
    """Country name → outer rings as (lat, lon) from ``data/world.geojson``."""
    out = {}
    for feature in assets.world_geojson()["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        out[feature["properties"]["name"]] = [[(lat, lon) for lon, lat in polygon[0]] for polygon in polygons]
    return out


def outline(name: str) -> list[Ring]:
    """The outline of the country ``name`` (also "United States" for "United States of America"), or []."""
    shapes = _outlines()
    if name in shapes:
        return shapes[name]
    longer = [key for key in shapes if key.startswith(name + " ")]
    return shapes[longer[0]] if len(longer) == 1 else []


def inside(point: Point, rings: list[Ring]) -> bool:
    """Whether ``point`` lies inside any of ``rings`` (even-odd rule)."""
    lat, lon = point
    hit = False
    for ring in rings:
        for (a_lat, a_lon), (b_lat, b_lon) in zip(ring, ring[1:] + ring[:1]):
            if (a_lat > lat) != (b_lat > lat):
                cross = a_lon + (lat - a_lat) * (b_lon - a_lon) / (b_lat - a_lat)
                if lon < cross:
                    hit = not hit
    return hit


def nearest_on_outline(point: Point, rings: list[Ring]) -> Point | None:
    """The point of the outline closest to ``point`` (distances with longitudes scaled by cos(lat))."""
    k = max(math.cos(math.radians(point[0])), 0.2)
    px, py = point[1] * k, point[0]
    best, best_d = None, math.inf
    for ring in rings:
        for (a_lat, a_lon), (b_lat, b_lon) in zip(ring, ring[1:] + ring[:1]):
            ax, ay, bx, by = a_lon * k, a_lat, b_lon * k, b_lat
            dx, dy = bx - ax, by - ay
            t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
            qx, qy = ax + t * dx, ay + t * dy
            d = (qx - px) ** 2 + (qy - py) ** 2
            if d < best_d:
                best, best_d = (round(qy, 5), round(qx / k, 5)), d
    return best


def inner_point(rings: list[Ring]) -> Point | None:
    """A point inside the largest ring: the middle of the widest span across its middle latitude."""
    if not rings:
        return None
    ring = max(rings, key=lambda r: (max(p[0] for p in r) - min(p[0] for p in r)) * (max(p[1] for p in r) - min(p[1] for p in r)))
    lat = (max(p[0] for p in ring) + min(p[0] for p in ring)) / 2
    crossings = sorted(a_lon + (lat - a_lat) * (b_lon - a_lon) / (b_lat - a_lat)
                       for (a_lat, a_lon), (b_lat, b_lon) in zip(ring, ring[1:] + ring[:1]) if (a_lat > lat) != (b_lat > lat))
    spans = [(crossings[i + 1] - crossings[i], crossings[i]) for i in range(0, len(crossings) - 1, 2)]
    if not spans:
        return ring[0]
    width, west = max(spans)
    return (round(lat, 5), round(west + width / 2, 5))


def country_point(name: str, frame_point: Point | None) -> Point | None:
    """Where a country-level movement starts: the frame's point when it lies inside the country's
    outline, else a point inside the outline (a gazetteer's country point can lie abroad)."""
    rings = outline(name)
    if not rings:
        return frame_point
    if frame_point is not None and inside(frame_point, rings):
        return frame_point
    return inner_point(rings)


def border_crossing(origin: Point, target: Point, rings: list[Ring]) -> Point | None:
    """Where the straight line from ``origin`` to ``target`` first crosses an outline, or None."""
    (y0, x0), (y1, x1) = origin, target
    best, best_t = None, math.inf
    for ring in rings:
        for (ay, ax), (by, bx) in zip(ring, ring[1:] + ring[:1]):
            denom = (x1 - x0) * (by - ay) - (y1 - y0) * (bx - ax)
            if denom == 0:
                continue
            t = ((ax - x0) * (by - ay) - (ay - y0) * (bx - ax)) / denom
            u = ((ax - x0) * (y1 - y0) - (ay - y0) * (x1 - x0)) / denom
            if 0 <= t <= 1 and 0 <= u <= 1 and t < best_t:
                best, best_t = (round(y0 + t * (y1 - y0), 5), round(x0 + t * (x1 - x0), 5)), t
    return best


def country_target(name: str, origin: Point, frame_point: Point | None) -> Point | None:
    """Where a country-level movement stops: at the destination country's outline, where the
    line from the origin towards the country's interior crosses it (the article names the
    country, not a place in it); the frame's point when the country has no outline."""
    rings = outline(name)
    if not rings:
        return frame_point
    interior = country_point(name, frame_point)
    if inside(origin, rings):  # from inside the country itself: to a point inside it
        return interior
    return border_crossing(origin, interior, rings) or nearest_on_outline(origin, rings)


# --- frames -> drawable items -------------------------------------------------------


def _located(locations: pd.DataFrame) -> pd.Series:
    lat = pd.to_numeric(locations["lat"], errors="coerce")
    lon = pd.to_numeric(locations["lon"], errors="coerce")
    return lat.notna() & lon.notna() & lat.between(-90, 90) & lon.between(-180, 180)


def _sentence_at(ds: Dataset):
    spans = list(zip(ds.sentences["start"], ds.sentences["end"], ds.sentences["text"]))

    def find(pos) -> str:
        if pos is None or pos is pd.NA or pos != pos:
            return ""
        return next((text for start, end, text in spans if start <= pos < end), "")

    return find


def _source(row) -> str:
    return "article" if row["source"] != "context" else "context"


def _radius(mentions) -> float:
    n = max(int(mentions) if mentions == mentions else 0, 0)
    return round(min(5.0 + 2.5 * math.sqrt(n), 16.0), 1)


def _opacity(source: str) -> float:
    return CONTEXT_OPACITY if source == "context" else style.SOURCE_OPACITY["article"]


class _Overlay(MacroElement):
    """A fixed-position HTML box drawn over the map (legend, notes); ``body`` is trusted HTML."""

    _template = Template("""
        {% macro header(this, kwargs) %}
        <style>
          .leaflet-container { background: #fff; }
          .article-map-box { position: absolute; z-index: 1000; background: rgba(255,255,255,0.94);
            border: 1px solid #999999; border-radius: 4px; padding: 4px 7px; font: 12px/1.35 {{ this.font }}; }
          .article-map-box summary { cursor: pointer; font-weight: 600; }
          .article-map-box .sw { display: inline-block; width: 10px; height: 10px; border-radius: 50%;
            margin-right: 5px; vertical-align: -1px; }
          .article-map-box .ln { display: inline-block; width: 22px; height: 0; margin-right: 5px;
            vertical-align: 3px; border-top-width: 3px; }
          .article-map-box .band { display: inline-block; width: 22px; height: 8px; margin-right: 5px;
            vertical-align: 0; opacity: .45; }
          .am-label { background: rgba(255,255,255,.85); border: 0; box-shadow: none; padding: 0 3px;
            font: 11px/1.2 {{ this.font }}; color: #222; }
          .am-label::before { display: none; }
          .am-label.am-ctx { color: #555; font-style: italic; }
          .am-label.am-country { font-weight: 600; color: #444; text-transform: uppercase; letter-spacing: .04em;
            background: transparent; }
          .am-off { display: none !important; }
        </style>
        {% endmacro %}
        {% macro html(this, kwargs) %}
        <div class="article-map-box {{ this.css_class }}" style="{{ this.position }}">{{ this.body }}</div>
        {% endmacro %}
    """)

    def __init__(self, body: str, *, css_class: str, position: str):
        super().__init__()
        self._name = "ArticleMapOverlay"
        self.body, self.css_class, self.position, self.font = body, css_class, position, style.FONT


class _Script(MacroElement):
    """The map's own script (``map.js``) with its configuration, run after every layer exists."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map, control, config) {
        {{ this.code }}
        })({{ this._parent.get_name() }}, {{ this.control }}, {{ this.config }});
        {% endmacro %}
    """)

    def __init__(self, control: str, config: dict):
        super().__init__()
        self._name = "ArticleMapScript"
        self.control = control
        # JSON inside a <script>: "</" and "<!--" must not appear, whatever the article says
        self.config = json.dumps(config, ensure_ascii=True).replace("</", "<\\/").replace("<!--", "<\\!--")
        self.code = _script_code()


@lru_cache(maxsize=1)
def _script_code() -> str:
    return SCRIPT.read_text(encoding="utf-8")


def _legend(kinds: Iterable[str], movement_kinds: Iterable[str], *, country_level: bool, notes: list[str]) -> str:
    lines = []
    for kind in kinds:
        colour = style.color(style.LOCATION_COLORS, kind)
        if kind == "country":
            swatch = f'<span class="sw" style="border-radius:0;border:1.5px solid #000;background:{colour}40"></span>'
            lines.append(f"<div>{swatch}country (its outline)</div>")
        else:
            lines.append(f'<div><span class="sw" style="background:{colour}"></span>{escape(kind)}</div>')
    for kind in movement_kinds:
        colour = style.color(style.MOVEMENT_COLORS, kind)
        label = facts.movement_label(kind).capitalize()
        if kind == "drone_strike":
            swatch = (f'<span class="sw" style="background:{colour};border-radius:0;transform:rotate(45deg) scale(0.8);'
                      f'outline:2px solid {style.OKABE_ITO["vermillion"]}"></span>')
        else:
            swatch = f'<span class="ln" style="border-top-style:solid;border-top-color:{colour}"></span>'
        lines.append(f"<div>{swatch}{escape(label)}</div>")
    if country_level:
        lines.append(f'<div><span class="band" style="background:{style.OKABE_ITO["grey"]}"></span>'
                     "country-level: the article names only the country</div>")
    lines.append('<div><span class="ln" style="border-top-style:dashed;'
                 f'border-top-color:{style.OKABE_ITO["grey"]}"></span>outside context (dashed)</div>')
    lines.extend(f'<div style="color:#555">{escape(note)}</div>' for note in notes)
    return f'<details class="am-legend" open><summary>Legend</summary>{"".join(lines)}</details>'


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# --- the map ------------------------------------------------------------------------


def base_map() -> folium.Map:
    """An offline folium map of the Middle East: outlines as the base, OSM tiles optional."""
    m = folium.Map(location=DEFAULT_VIEW[0], zoom_start=DEFAULT_VIEW[1], tiles=None, control_scale=True)
    assets.make_offline(m)
    grey = style.OKABE_ITO["grey"]
    folium.GeoJson(
        assets.world_geojson(), name=BASEMAP_NAME, overlay=False, show=True, interactive=False,
        style_function=lambda _feature: {"color": grey, "weight": 0.6, "fillColor": grey, "fillOpacity": 0.15},
    ).add_to(m)
    folium.TileLayer("OpenStreetMap", name=TILES_NAME, overlay=False, show=False).add_to(m)
    return m


def _place_popup(row, roles: list[facts.Role], sentence: str) -> folium.Popup:
    what = "".join(f'<div class="{"am-ctx" if r.source == "context" else ""}">{escape(r.text)}</div>' for r in roles)
    body = _rows(
        ("Kind", escape(row["kind"])), ("Country", escape(row["country"])), ("Mentions", escape(row["mentions"])),
        ("Source", escape(_source(row))), ("Citation", _link(row["citation"])),
        ("Coordinates", escape(row["coord_source"]) + (" (a point for the whole country)" if row["kind"] == "country" else "")),
    )
    body = (f'<div style="margin-bottom:4px"><b>In the article:</b>{what}</div>' if what else "") + body
    if sentence:
        body += f'<div style="margin-top:4px"><i>{escape(sentence)}</i></div>'
    return _popup(escape(row["name"]), body)


def article_map(ds: Dataset, *, context: bool = True, fit: str = "focus") -> folium.Map:
    """The article's places and movements on an offline map, one layer per kind.

    ``ds`` may be filtered. ``context=False`` leaves out rows whose source is outside
    context. The view fits what is drawn: with ``fit="focus"`` countries that no drawn
    movement touches do not widen it (one mention of Canada would zoom out to the globe);
    ``fit="all"`` fits every drawn point.
    """
    if fit not in ("focus", "all"):
        raise ValueError(f"fit must be 'focus' or 'all', not {fit!r}")
    m = base_map()
    groups = {name: folium.FeatureGroup(name=name, show=True) for name in LAYERS}
    sentence_by_id = dict(zip(ds.sentences["sentence_id"], ds.sentences["text"]))
    sentence_at = _sentence_at(ds)
    notes_by_event = dict(zip(ds.events["event_id"], ds.events["note"]))
    roles = facts.place_roles(ds)
    in_captions = facts.caption_only(ds)

    locations = ds.locations if context else ds.locations[ds.locations["source"] != "context"]
    movements = ds.movements if context else ds.movements[ds.movements["source"] != "context"]
    located = locations[_located(locations)]
    rows_by_id = {row["location_id"]: row for row in located.to_dict("records")}
    coords = {lid: (float(r["lat"]), float(r["lon"])) for lid, r in rows_by_id.items()}
    is_country = {lid: r["kind"] == "country" for lid, r in rows_by_id.items()}

    focus: list[Point] = []
    everything: list[Point] = []
    kinds_drawn: list[str] = []
    names: dict[str, str] = {}
    priority: dict[str, float] = {}

    for lid, row in rows_by_id.items():
        source = _source(row)
        point = coords[lid]
        layer = LAYER_CONTEXT if source == "context" else _LOCATION_LAYER.get(row["kind"], LAYER_PLACES)
        colour = style.color(style.LOCATION_COLORS, row["kind"])
        sentence = sentence_by_id.get(row["sentence_id"], "") if row["sentence_id"] else ""
        popup = _place_popup(row, roles.get(lid, []), sentence)
        label_class = _classes(lid, source, "am-label", *(["am-country"] if row["kind"] == "country" else []))
        caption = lid in in_captions
        label = folium.Tooltip(escape(row["name"]) + (" · photo caption" if caption else ""), permanent=True, direction="right", offset=(6, 0),
                               class_name=label_class, interactive=False, sticky=False)
        rings = outline(row["name"]) if row["kind"] == "country" else []
        if rings:
            # a country is an area: its outline, and its label inside it
            folium.Polygon([list(r) for r in rings], color=style.OKABE_ITO["black"], weight=1.2, opacity=_opacity(source),
                           fill=True, fill_color=colour, fill_opacity=0.12, dash_array=style.SOURCE_DASH[source],
                           popup=popup, class_name=_classes(lid, source, "am-place", "am-outline")).add_to(groups[layer])
            anchor = country_point(row["name"], point)
            folium.CircleMarker(location=anchor, radius=0.1, opacity=0, fill=False, interactive=False,
                                tooltip=label, class_name=_classes(lid, source, "am-anchor")).add_to(groups[layer])
            everything.append(anchor)
        else:
            folium.CircleMarker(
                location=point, radius=4.0 if caption else _radius(row["mentions"]), color=colour, weight=2,
                opacity=0.5 if caption else _opacity(source), fill=True, fill_color=colour,
                fill_opacity=0.6 if source == "article" and not caption else 0.25, dash_array=style.SOURCE_DASH[source],
                popup=popup, tooltip=label, class_name=_classes(lid, source, "am-place"),
            ).add_to(groups[layer])
            everything.append(point)
            focus.append(point)
        names[lid] = str(row["name"])
        # labels kept first: places the article names outside captions, the most mentioned first
        priority[lid] = (0 if source == "article" and not caption else 1000) - int(row["mentions"] or 0) - (0 if rings else 50)
        if row["kind"] not in kinds_drawn:
            kinds_drawn.append(row["kind"])

    movement_kinds: list[str] = []
    unplaced = 0
    country_level_drawn = False
    for row in movements.to_dict("records"):
        source = _source(row)
        kind = row["kind"]
        layer = LAYER_CONTEXT if source == "context" else _MOVEMENT_LAYER.get(
            kind, LAYER_MISSILES if kind.endswith("strike") else LAYER_TROOPS)
        kind_layer = _MOVEMENT_LAYER.get(kind, LAYER_MISSILES if kind.endswith("strike") else LAYER_TROOPS)
        origin_id, destination_id = row["origin_id"], row["destination_id"]
        origin, destination = coords.get(origin_id), coords.get(destination_id)
        if destination is None or (origin is None and kind_layer != LAYER_DRONE) or origin == destination:
            unplaced += 1
            continue
        country_level = bool(is_country.get(origin_id) or is_country.get(destination_id))
        if origin is not None and is_country.get(origin_id):
            origin = country_point(rows_by_id[origin_id]["name"], origin)
        end = destination
        if origin is not None and is_country.get(destination_id):
            end = country_target(rows_by_id[destination_id]["name"], origin, destination)
        colour = style.color(style.MOVEMENT_COLORS, kind)
        label = facts.movement_label(kind).capitalize()
        how = " (country-level: the article names no place in the country)" if country_level else ""
        title = f"{escape(label)}: {escape(row['origin'] or '?')} → {escape(row['destination'])}{escape(how)}"
        sentence = sentence_at(row["start"]) if source == "article" else ""
        note = notes_by_event.get(row["event_id"], "") if source == "context" else ""
        body = _rows(
            ("Kind", escape(label)), ("Actor", escape(row["actor"])),
            ("From → to", f"{escape(row['origin'] or 'unknown')} → {escape(row['destination'])}"),
            ("Drawn", "country-level: from the country to its border, no place named" if country_level else ""),
            ("Date", escape(style.long_date(row["date"]))), ("Source", escape(source)),
            ("Citation", _link(row["citation"])),
        ) + "".join(f'<div style="margin-top:4px"><i>{escape(text)}</i></div>' for text in (sentence, note) if text)
        opacity, dash = _opacity(source), style.SOURCE_DASH[source]
        mid = row["movement_id"]
        if origin is not None and end is not None:
            line = arc(origin, end, bend=_BEND.get(kind_layer, 0.15) * (0.5 if country_level else 1))
            if country_level:
                folium.PolyLine(line, color=colour, weight=BAND_WEIGHT, opacity=0.28, dash_array=dash,
                                line_cap="butt", class_name=_classes(mid, source, "am-band")).add_to(groups[layer])
                country_level_drawn = True
            folium.PolyLine(line, color=colour, weight=2 if country_level else 3, opacity=opacity,
                            dash_array=dash, popup=_popup(title, body), tooltip=folium.Tooltip(title),
                            class_name=_classes(mid, source, "am-arrow")).add_to(groups[layer])
            everything.extend(line)
            focus.extend([origin, end])
        if kind_layer == LAYER_DRONE:
            # the strike itself: a diamond at the target, dashed when only context places it
            border = "dashed" if source == "context" else "solid"
            icon = folium.DivIcon(
                html=(f'<div style="width:14px;height:14px;margin:2px;transform:rotate(45deg);'
                      f'background:{colour};opacity:{opacity};border:2px {border} {style.OKABE_ITO["vermillion"]}"></div>'),
                icon_size=(22, 22), icon_anchor=(11, 11), class_name=_classes(mid, source, "article-map-drone"),
            )
            folium.Marker(destination, icon=icon, popup=_popup(title, body),
                          tooltip=folium.Tooltip(title)).add_to(groups[layer])
            everything.append(destination)
            focus.append(destination)
        if kind not in movement_kinds:
            movement_kinds.append(kind)

    incidents = _incidents_layer(ds)
    if incidents is not None:
        incidents.add_to(m)
        for point in incidents.points:
            everything.append(point)
            focus.append(point)
    for name in LAYERS:
        groups[name].add_to(m)
    control = folium.LayerControl(collapsed=False)  # folded by map.js on narrow maps
    control.add_to(m)

    notes = []
    missing = len(locations) - len(located)
    if missing:
        notes.append(f"{_plural(missing, 'place')} without coordinates not shown")
    if unplaced:
        notes.append(f"{_plural(unplaced, 'movement')} without mapped places not shown")
    order = [k for k in style.LOCATION_COLORS if k in kinds_drawn] + [k for k in kinds_drawn if k not in style.LOCATION_COLORS]
    _Overlay(_legend(order, movement_kinds, country_level=country_level_drawn, notes=notes),
             css_class="article-map-legend", position="bottom: 44px; left: 8px; max-width: 240px;").add_to(m)

    points = (focus or everything) if fit == "focus" else everything
    if not points:
        has_rows = len(ds.events) or len(ds.quotes)
        _Overlay(escape(style.NO_PLACES_MESSAGE if has_rows else style.EMPTY_MESSAGE), css_class="article-map-empty",
                 position="top: 12px; left: 50%; transform: translateX(-50%); font-size: 14px;").add_to(m)
    else:
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        south, north, west, east = min(lats), max(lats), min(lons), max(lons)
        pad = 0.5  # degrees, so a single place or a short hop does not zoom to street level
        m.fit_bounds([[south - pad, west - pad], [north + pad, east + pad]], padding=(20, 20), max_zoom=8)
    _Script(control.get_name(), {"names": names, "priority": priority, "empty": style.NO_PLACES_MESSAGE}).add_to(m)
    return m


LAYER_INCIDENTS = "Incidents (sized by the articles reporting them)"
MAX_REPORTS_LISTED = 8


def _incidents_layer(ds: Dataset):
    """A corpus's incidents at their places, each circle sized by the articles reporting it, its popup
    listing the reports (outlet, headline, the sentence each is read from). None for one article."""
    incidents, articles = getattr(ds, "incidents", None), getattr(ds, "articles", None)
    if incidents is None or articles is None or not len(ds.events):
        return None
    shown_ids = set(ds.events["incident_id"]) - {""}
    rows = incidents[incidents["incident_id"].isin(shown_ids) & incidents["lat"].notna() & incidents["lon"].notna()]
    group = folium.FeatureGroup(name=LAYER_INCIDENTS, show=True)
    group.points = []
    heads = dict(zip(articles["article_id"], articles["headline"]))
    outlets = dict(zip(articles["article_id"], articles["outlet"]))
    texts = dict(zip(ds.sentences["sentence_id"], ds.sentences["text"]))
    reports = {iid: part for iid, part in ds.events.groupby("incident_id", sort=False)}
    for row in rows.itertuples(index=False):
        mine = reports.get(row.incident_id, ds.events.iloc[0:0])
        listed = "".join(
            f"<li>{escape(' · '.join(p for p in (outlets.get(a, ''), heads.get(a, '')) if p) or a)}"
            + (f'<br><i>“{escape(texts[sid][:200])}”</i>' if texts.get(sid) else "") + "</li>"
            for a, sid in zip(mine["article_id"].head(MAX_REPORTS_LISTED), mine["sentence_id"].head(MAX_REPORTS_LISTED)))
        more = len(mine) - min(len(mine), MAX_REPORTS_LISTED)
        when = f"{pd.Timestamp(row.date):%-d %B %Y}" if pd.notna(row.date) else "undated"
        title = escape(" · ".join(p for p in (str(row.event_type).replace("_", " "), row.actor, row.place) if p))
        body = (_rows(("When", escape(when)), ("Target", escape(row.target)),
                      ("Reported by", escape(f"{row.article_count} article{'s' if row.article_count != 1 else ''}")))
                + f'<ol style="margin:4px 0 0 16px;padding:0">{listed}</ol>'
                + (f"<div>… and {more} more</div>" if more else ""))
        colour = style.event_style(str(row.event_type))[0]
        point = (float(row.lat), float(row.lon))
        folium.CircleMarker(location=point, radius=6 + 4 * math.sqrt(max(1, int(row.article_count))), color=colour,
                            weight=2, fill=True, fill_color=colour, fill_opacity=0.35, popup=_popup(title, body),
                            tooltip=folium.Tooltip(f"{title} · {escape(row.article_count)} article"
                                                   f"{'s' if row.article_count != 1 else ''}", sticky=True),
                            class_name=_classes(row.incident_id, "article", "am-incident")).add_to(group)
        group.points.append(point)
    return group if group.points else None


def map_html(ds: Dataset, **options) -> str:
    """The map of :func:`article_map` as one standalone HTML page (works offline)."""
    return article_map(ds, **options).get_root().render()


def map_iframe(ds: Dataset, *, height: str = "min(70vh, 560px)", **options) -> str:
    """The map as an ``<iframe srcdoc>`` element for a page (escaped), marked ``article-map``."""
    document = map_html(ds, **options)
    return (f'<iframe class="article-map" title="Map of the places in the article" '
            f'style="width:100%;height:{height};min-height:320px;border:1px solid #ddd" '
            f'srcdoc="{html.escape(document, quote=True)}"></iframe>')
