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

EVENT_COLORS = {
    "attack": OKABE_ITO["vermillion"],
    "killing": OKABE_ITO["black"],
    "combat": OKABE_ITO["reddish_purple"],
    "threat": OKABE_ITO["orange"],
    "condemnation": OKABE_ITO["yellow"],
    "statement": OKABE_ITO["sky_blue"],
    "withdrawal": OKABE_ITO["bluish_green"],
    "movement": OKABE_ITO["bluish_green"],
    "arms_transfer": OKABE_ITO["blue"],
    "agreement": OKABE_ITO["blue"],
}

STANCE_COLORS = {
    "threat": OKABE_ITO["vermillion"],
    "condemnation": OKABE_ITO["orange"],
    "defiance": OKABE_ITO["reddish_purple"],
    "deterrence": OKABE_ITO["yellow"],
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
SOURCE_SYMBOL = {"article": "circle", "context": "circle-open"}

LABELS = {
    "date": "Date",
    "event_type": "Event type",
    "goldstein": "Goldstein scale (−10 conflict … +10 cooperation)",
    "actor": "Actor",
    "target": "Target",
    "speaker": "Speaker",
    "stance": "Stance",
    "tone": "Tone (VADER compound, −1 … +1)",
    "quotes": "Quotes",
    "source": "Source",
    "kind": "Kind",
}

EMPTY_MESSAGE = "Nothing matches the current filters"
# the map of a selection that has events or quotes but no place to draw
NO_PLACES_MESSAGE = "No places to map for this selection"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"


def color(mapping: dict[str, str], key: str) -> str:
    """The colour of a category, grey when the palette does not name it."""
    return mapping.get(key, OKABE_ITO["grey"])
