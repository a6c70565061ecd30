"""One look for every view: a colour-blind-safe palette, labels and the empty-state text.

Colours are the Okabe–Ito palette (Okabe & Ito, 2008, "Color Universal Design"),
distinguishable with the common colour-vision deficiencies. Charts and the map
take their colours from here so an event type or a place kind looks the same
everywhere.
"""

from __future__ import annotations

OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
    "grey": "#999999",
}

# One look per event type: a colour and a marker shape. The first eight types take the eight
# Okabe–Ito colours with a circle; further types reuse a colour with another shape, so no two
# types look alike (colour alone separates at most eight, and shapes also help without colour).
EVENT_STYLE: dict[str, tuple[str, str]] = {
    "attack": (OKABE_ITO["vermillion"], "circle"),
    "killing": (OKABE_ITO["black"], "circle"),
    "combat": (OKABE_ITO["reddish_purple"], "circle"),
    "threat": (OKABE_ITO["orange"], "circle"),
    "condemnation": (OKABE_ITO["yellow"], "circle"),
    "statement": (OKABE_ITO["sky_blue"], "circle"),
    "withdrawal": (OKABE_ITO["bluish_green"], "circle"),
    "movement": (OKABE_ITO["blue"], "circle"),
    "arms_transfer": (OKABE_ITO["blue"], "diamond"),
    "agreement": (OKABE_ITO["bluish_green"], "diamond"),
    "injury": (OKABE_ITO["vermillion"], "triangle-up"),
    "shootdown": (OKABE_ITO["black"], "triangle-up"),
    "meeting": (OKABE_ITO["sky_blue"], "diamond"),
    "protest": (OKABE_ITO["yellow"], "diamond"),
    "sanctions": (OKABE_ITO["orange"], "diamond"),
    "arrest": (OKABE_ITO["reddish_purple"], "diamond"),
    "weapons_test": (OKABE_ITO["vermillion"], "square"),
    # happenings a noun names (data/event_nouns.csv): campaign occasions and what is said at them
    "debate": (OKABE_ITO["sky_blue"], "square"),
    "vote": (OKABE_ITO["bluish_green"], "square"),
    "win": (OKABE_ITO["yellow"], "square"),
    "speech": (OKABE_ITO["blue"], "square"),
    "interview": (OKABE_ITO["reddish_purple"], "square"),
    "rally": (OKABE_ITO["orange"], "square"),
}
EVENT_COLORS = {kind: colour for kind, (colour, _) in EVENT_STYLE.items()}
EVENT_SYMBOLS = {kind: symbol for kind, (_, symbol) in EVENT_STYLE.items()}
# spare (colour, shape) pairs for event types a future extractor adds, handed out in order
_SPARE_STYLES = [(c, s) for s in ("square", "star", "hexagon") for c in OKABE_ITO.values()
                 if (c, s) not in set(EVENT_STYLE.values())]


def event_style(kind: str) -> tuple[str, str]:
    """(colour, marker shape) of an event type; an unknown type gets a pair no other type has."""
    if kind in EVENT_STYLE:
        return EVENT_STYLE[kind]
    return _SPARE_STYLES[sum(map(ord, kind)) % len(_SPARE_STYLES)]


# A quote's stance and a statement event's type can share a word (threat, condemnation): the
# same word has the same colour in every chart.
STANCE_COLORS = {
    "threat": EVENT_COLORS["threat"],
    "condemnation": EVENT_COLORS["condemnation"],
    "defiance": OKABE_ITO["reddish_purple"],
    "deterrence": OKABE_ITO["vermillion"],
    "de-escalation": OKABE_ITO["bluish_green"],
    "reassurance": OKABE_ITO["sky_blue"],
    "neutral": OKABE_ITO["grey"],
}

LOCATION_COLORS = {
    "country": OKABE_ITO["grey"],
    "city": OKABE_ITO["blue"],
    "province": OKABE_ITO["sky_blue"],
    "region": OKABE_ITO["sky_blue"],
    "base": OKABE_ITO["vermillion"],
    "airport": OKABE_ITO["orange"],
    "place": OKABE_ITO["reddish_purple"],
}

MOVEMENT_COLORS = {
    "missile_strike": OKABE_ITO["vermillion"],
    "rocket_strike": OKABE_ITO["vermillion"],
    "drone_strike": OKABE_ITO["black"],
    "air_strike": OKABE_ITO["vermillion"],
    "troop_withdrawal": OKABE_ITO["bluish_green"],
    "troop_movement": OKABE_ITO["bluish_green"],
}

# Article facts are drawn solid; outside context dashed and lighter.
SOURCE_DASH = {"article": None, "context": "6 6"}
SOURCE_OPACITY = {"article": 0.95, "context": 0.55}
SOURCE_PLOTLY_DASH = {"article": "solid", "context": "dash"}
SOURCE_SYMBOL = {"article": "circle", "context": "circle-open"}  # a type's own shape, filled or open

LABELS = {
    "date": "Date",
    "event_type": "Event type (as coded)",
    "goldstein": "Goldstein scale (−10 conflict … +10 cooperation)",
    "actor": "Actor",
    "target": "Target",
    "speaker": "Speaker",
    "stance": "Quote stance",
    "tone": "Tone (VADER compound, −1 … +1)",
    "quotes": "Quotes",
    "source": "Source",
    "kind": "Kind",
}

EMPTY_MESSAGE = "Nothing matches the current filters"
# the map of a selection that has events or quotes but no place to draw
NO_PLACES_MESSAGE = "No places to map for this selection"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"


def marker_symbol(shape: str, source: str) -> str:
    """A Plotly marker symbol: the event type's shape, open for outside context."""
    return f"{shape}-open" if source == "context" else shape


def long_date(value) -> str:
    """A date for readers: "8 January 2020" (empty for a missing date)."""
    import pandas as pd

    if value is None or value is pd.NaT or (isinstance(value, float) and value != value):
        return ""
    return f"{pd.Timestamp(value):%-d %B %Y}"


def color(mapping: dict[str, str], key: str) -> str:
    """The colour of a category, grey when the palette does not name it."""
    return mapping.get(key, OKABE_ITO["grey"])
