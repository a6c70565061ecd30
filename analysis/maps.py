"""Views: the article on a map — frames in, a self-contained folium map out.

Imported by notebooks and the dashboard only, never by ``analysis.load()``. Every map
works offline: Leaflet and jQuery are inlined (:mod:`analysis.assets`) and the base
layer is the shipped country outline ``data/world.geojson``; OpenStreetMap tiles are
an optional base layer that starts unselected.

One layer per kind of thing. Places the article names sit in "Bases & airports",
"Cities & places" or "Countries"; places known only from outside context sit in
"Outside context". Movements sit in "Missile strikes", "Troop movements" and
"Drone strike". Article facts are drawn solid, outside context dashed and lighter
(``style.SOURCE_DASH`` / ``style.SOURCE_OPACITY``).

folium inserts popup and tooltip text as HTML inside JavaScript template literals,
so every string from the article or from context data passes through :func:`escape`.
"""

from __future__ import annotations

import html
import math
from typing import Iterable

import folium
import pandas as pd
from branca.element import MacroElement
from folium.template import Template

from . import assets, style
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

_LOCATION_LAYER = {"base": LAYER_BASES, "airport": LAYER_BASES, "country": LAYER_COUNTRIES}
_MOVEMENT_LAYER = {
    "missile_strike": LAYER_MISSILES, "rocket_strike": LAYER_MISSILES, "air_strike": LAYER_MISSILES,
    "troop_withdrawal": LAYER_TROOPS, "troop_movement": LAYER_TROOPS, "drone_strike": LAYER_DRONE,
}
_KIND_LABEL = {
    "missile_strike": "Missile strike", "rocket_strike": "Rocket strike", "air_strike": "Air strike",
    "drone_strike": "Drone strike", "troop_withdrawal": "Troop withdrawal", "troop_movement": "Troop movement",
}
# bend of an arc as a share of its length: strikes arc visibly, troop moves nearly straight
_BEND = {LAYER_MISSILES: 0.22, LAYER_DRONE: 0.22, LAYER_TROOPS: 0.08}
DEFAULT_VIEW = ((30.0, 45.0), 4)  # the Middle East, when nothing is drawn
_ARC_POINTS = 30


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


# --- geometry ---------------------------------------------------------------------


def arc(start: tuple[float, float], end: tuple[float, float], *, bend: float = 0.22,
        points: int = _ARC_POINTS) -> list[tuple[float, float]]:
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


def arrowhead(line: list[tuple[float, float]], *, size: float | None = None) -> list[tuple[float, float]]:
    """A triangle (three (lat, lon) points) pointing along the end of ``line``."""
    (lat0, lon0), (lat1, lon1) = line[0], line[-1]
    k = max(math.cos(math.radians(lat1)), 0.2)
    # direction of the last few points: the curve's tangent at its end
    plat, plon = line[max(0, len(line) - 4)]
    dx, dy = (lon1 - plon) * k, lat1 - plat
    norm = math.hypot(dx, dy) or 1.0
    ux, uy = dx / norm, dy / norm
    span = math.hypot((lon1 - lon0) * k, lat1 - lat0)
    head = size if size is not None else min(max(0.07 * span, 0.08), 0.45)
    bx, by = lon1 * k - ux * head, lat1 - uy * head
    half = head * 0.5
    left = (by + ux * half, (bx - uy * half) / k)
    right = (by - ux * half, (bx + uy * half) / k)
    return [(round(left[0], 5), round(left[1], 5)), (lat1, lon1), (round(right[0], 5), round(right[1], 5))]


# --- frames -> drawable items -------------------------------------------------------


def _located(locations: pd.DataFrame) -> pd.Series:
    lat = pd.to_numeric(locations["lat"], errors="coerce")
    lon = pd.to_numeric(locations["lon"], errors="coerce")
    return lat.notna() & lon.notna() & lat.between(-90, 90) & lon.between(-180, 180)


def _sentence_finder(ds: Dataset):
    sentences = ds.sentences
    by_id = dict(zip(sentences["sentence_id"], sentences["text"]))
    spans = list(zip(sentences["start"], sentences["end"], sentences["text"]))

    def by_offset(pos) -> str:
        if pos is None or pos is pd.NA or pos != pos:
            return ""
        for start, end, text in spans:
            if start <= pos < end:
                return text
        return ""

    return by_id, by_offset


def _date(value) -> str:
    return "" if pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def _source(row) -> str:
    return "article" if row["source"] != "context" else "context"


def _radius(mentions) -> float:
    n = max(int(mentions) if mentions == mentions else 0, 0)
    return round(min(5.0 + 2.5 * math.sqrt(n), 16.0), 1)


class _Overlay(MacroElement):
    """A fixed-position HTML box drawn over the map (legend, notes); ``body`` is trusted HTML."""

    _template = Template("""
        {% macro header(this, kwargs) %}
        <style>
          .leaflet-container { background: #fff; }
          .article-map-box { position: absolute; z-index: 1000; background: rgba(255,255,255,0.92);
            border: 1px solid #999999; border-radius: 4px; padding: 6px 8px; font: 12px/1.4 {{ this.font }}; }
          .article-map-box .sw { display: inline-block; width: 11px; height: 11px; border-radius: 50%;
            margin-right: 5px; vertical-align: -1px; }
          .article-map-box .ln { display: inline-block; width: 22px; height: 0; margin-right: 5px;
            vertical-align: 3px; border-top-width: 3px; }
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


def _legend(kinds: Iterable[str], movement_kinds: Iterable[str], notes: list[str]) -> str:
    lines = ['<div style="font-weight:600">Legend</div>']
    for kind in kinds:
        colour = style.color(style.LOCATION_COLORS, kind)
        lines.append(f'<div><span class="sw" style="background:{colour}"></span>{escape(kind)}</div>')
    for kind in movement_kinds:
        colour = style.color(style.MOVEMENT_COLORS, kind)
        label = _KIND_LABEL.get(kind, kind.replace("_", " "))
        if kind == "drone_strike":
            swatch = (f'<span class="sw" style="background:{colour};border-radius:0;transform:rotate(45deg) scale(0.8);'
                      f'outline:2px solid {style.OKABE_ITO["vermillion"]}"></span>')
        else:
            swatch = f'<span class="ln" style="border-top-style:solid;border-top-color:{colour}"></span>'
        lines.append(f'<div>{swatch}{escape(label)}</div>')
    lines.append('<div style="margin-top:4px"><span class="ln" style="border-top-style:solid;'
                 f'border-top-color:{style.OKABE_ITO["black"]}"></span>article</div>')
    lines.append('<div><span class="ln" style="border-top-style:dashed;'
                 f'border-top-color:{style.OKABE_ITO["grey"]}"></span>outside context (dashed, lighter)</div>')
    lines.extend(f'<div style="margin-top:4px;color:#555">{escape(note)}</div>' for note in notes)
    return "".join(lines)


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


def article_map(ds: Dataset, *, context: bool = True, fit: str = "focus") -> folium.Map:
    """The article's places and movements on an offline map, one layer per kind.

    ``ds`` may be filtered. ``context=False`` leaves out rows whose source is outside
    context. The view fits what is drawn: with ``fit="focus"`` country markers that no
    drawn movement touches do not widen it (a country's centroid is coarse, and one
    mention of Canada would zoom out to the globe); ``fit="all"`` fits every drawn point.
    """
    if fit not in ("focus", "all"):
        raise ValueError(f"fit must be 'focus' or 'all', not {fit!r}")
    m = base_map()
    groups = {name: folium.FeatureGroup(name=name, show=True) for name in LAYERS}
    sentence_by_id, sentence_at = _sentence_finder(ds)
    notes_by_event = dict(zip(ds.events["event_id"], ds.events["note"]))

    locations = ds.locations if context else ds.locations[ds.locations["source"] != "context"]
    movements = ds.movements if context else ds.movements[ds.movements["source"] != "context"]
    located = locations[_located(locations)]
    coords = {lid: (float(lat), float(lon)) for lid, lat, lon in zip(located["location_id"], located["lat"], located["lon"])}

    focus: list[tuple[float, float]] = []
    everything: list[tuple[float, float]] = []
    kinds_drawn: list[str] = []

    for row in located.to_dict("records"):
        source = _source(row)
        point = (float(row["lat"]), float(row["lon"]))
        layer = LAYER_CONTEXT if source == "context" else _LOCATION_LAYER.get(row["kind"], LAYER_PLACES)
        colour = style.color(style.LOCATION_COLORS, row["kind"])
        sentence = sentence_by_id.get(row["sentence_id"], "") if row["sentence_id"] else ""
        body = _rows(
            ("Kind", escape(row["kind"])), ("Role", escape(row["roles"] or row["role"])),
            ("Mentions", escape(row["mentions"])), ("Country", escape(row["country"])),
            ("Source", escape(source)), ("Citation", _link(row["citation"])),
            ("Coordinates", escape(row["coord_source"])),
        ) + (f'<div style="margin-top:4px"><i>{escape(sentence)}</i></div>' if sentence else "")
        folium.CircleMarker(
            location=point, radius=_radius(row["mentions"]), color=colour, weight=2,
            opacity=style.SOURCE_OPACITY[source], fill=True, fill_color=colour,
            fill_opacity=0.6 if source == "article" else 0.25, dash_array=style.SOURCE_DASH[source],
            popup=_popup(escape(row["name"]), body), tooltip=folium.Tooltip(f"{escape(row['name'])} ({escape(row['kind'])})"),
        ).add_to(groups[layer])
        everything.append(point)
        if row["kind"] != "country":
            focus.append(point)
        if row["kind"] not in kinds_drawn:
            kinds_drawn.append(row["kind"])

    movement_kinds: list[str] = []
    unplaced = 0
    for row in movements.to_dict("records"):
        source = _source(row)
        kind = row["kind"]
        layer = _MOVEMENT_LAYER.get(kind, LAYER_MISSILES if kind.endswith("strike") else LAYER_TROOPS)
        origin, destination = coords.get(row["origin_id"]), coords.get(row["destination_id"])
        if destination is None or (origin is None and layer != LAYER_DRONE) or origin == destination:
            unplaced += 1
            continue
        colour = style.color(style.MOVEMENT_COLORS, kind)
        label = _KIND_LABEL.get(kind, kind.replace("_", " "))
        title = f"{escape(label)}: {escape(row['origin'] or '?')} → {escape(row['destination'])}"
        sentence = sentence_at(row["start"]) if source == "article" else ""
        note = notes_by_event.get(row["event_id"], "") if source == "context" else ""
        body = _rows(
            ("Kind", escape(label)), ("Actor", escape(row["actor"])),
            ("From → to", f"{escape(row['origin'] or 'unknown')} → {escape(row['destination'])}"),
            ("Date", escape(_date(row["date"]))), ("Source", escape(source)), ("Citation", _link(row["citation"])),
        ) + "".join(f'<div style="margin-top:4px"><i>{escape(text)}</i></div>' for text in (sentence, note) if text)
        opacity, dash = style.SOURCE_OPACITY[source], style.SOURCE_DASH[source]
        if origin is not None:
            line = arc(origin, destination, bend=_BEND.get(layer, 0.15))
            folium.PolyLine(line, color=colour, weight=3, opacity=opacity, dash_array=dash,
                            popup=_popup(title, body), tooltip=folium.Tooltip(title)).add_to(groups[layer])
            folium.Polygon(arrowhead(line), color=colour, weight=1, opacity=opacity, fill=True, fill_color=colour,
                           fill_opacity=opacity, tooltip=folium.Tooltip(title)).add_to(groups[layer])
            everything.extend(line)
            focus.extend([origin, destination])
        if layer == LAYER_DRONE:
            # the strike itself: a diamond at the target, dashed when only context places it
            border = "dashed" if source == "context" else "solid"
            icon = folium.DivIcon(
                html=(f'<div style="width:14px;height:14px;margin:2px;transform:rotate(45deg);'
                      f'background:{colour};opacity:{opacity};border:2px {border} {style.OKABE_ITO["vermillion"]}"></div>'),
                icon_size=(22, 22), icon_anchor=(11, 11), class_name="article-map-drone",
            )
            folium.Marker(destination, icon=icon, popup=_popup(title, body),
                          tooltip=folium.Tooltip(title)).add_to(groups[layer])
            everything.append(destination)
            focus.append(destination)
        if kind not in movement_kinds:
            movement_kinds.append(kind)

    for name in LAYERS:
        groups[name].add_to(m)
    folium.LayerControl(collapsed=False).add_to(m)

    notes = []
    missing = len(locations) - len(located)
    if missing:
        notes.append(f"{_plural(missing, 'place')} without coordinates not shown")
    if unplaced:
        notes.append(f"{_plural(unplaced, 'movement')} without mapped places not shown")
    order = [k for k in style.LOCATION_COLORS if k in kinds_drawn] + [k for k in kinds_drawn if k not in style.LOCATION_COLORS]
    _Overlay(_legend(order, movement_kinds, notes), css_class="article-map-legend",
             position="bottom: 44px; left: 10px; max-width: 260px;").add_to(m)

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
    return m


def map_html(ds: Dataset, **options) -> str:
    """The map of :func:`article_map` as one standalone HTML page (works offline)."""
    return article_map(ds, **options).get_root().render()
