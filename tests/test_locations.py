"""Locations: demonyms, coordinates, roles, outside context and unknown small places."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

import analysis

from conftest import assert_typed


def _loc(ds, name):
    rows = ds.locations[ds.locations["name"] == name]
    assert len(rows) == 1, f"{name!r} not one location row: {list(ds.locations['name'])}"
    return rows.iloc[0]


@pytest.mark.parametrize("surface, name", [("Iraqi", "Iraq"), ("British", "United Kingdom"), ("Iranian", "Iran")])
def test_demonyms_resolve(seed, surface, name):
    rows = seed.mentions[seed.mentions["text"] == surface]
    assert len(rows) >= 1
    assert set(rows["name"]) == {name}


def test_uk_and_us_abbreviations(seed):
    for surface, name in (("UK", "United Kingdom"), ("US", "United States")):
        rows = seed.mentions[seed.mentions["text"] == surface]
        assert len(rows) >= 1
        assert set(rows["name"]) == {name}


@pytest.mark.parametrize("name", ["Baghdad", "Kuwait", "Balad Air Base", "Iraq", "Iran"])
def test_coordinates(seed, name):
    row = _loc(seed, name)
    assert not math.isnan(row["lat"]) and not math.isnan(row["lon"])
    assert -90 <= row["lat"] <= 90 and -180 <= row["lon"] <= 180
    assert row["resolved"]


def test_baghdad_position(seed):
    row = _loc(seed, "Baghdad")
    assert abs(row["lat"] - 33.3) <= 0.5
    assert abs(row["lon"] - 44.4) <= 0.5
    assert row["country"] == "Iraq"


def test_balad_is_an_iraqi_base(seed):
    row = _loc(seed, "Balad Air Base")
    assert row["kind"] == "base"
    assert row["country"] == "Iraq"


def test_roles(seed):
    assert _loc(seed, "Kuwait")["role"] == "destination"
    assert _loc(seed, "Iran")["role"] == "origin"
    assert "origin" in _loc(seed, "Baghdad")["roles"].split(";")


@pytest.mark.parametrize("fragment", ["Asad", "Erbil"])
def test_context_bases(seed, seed_no_context, fragment):
    rows = seed.locations[seed.locations["name"].str.contains(fragment, case=False, regex=False)]
    assert len(rows) >= 1
    assert (rows["source"] == "context").all()
    assert (rows["kind"] == "base").all()
    assert rows["citation"].str.startswith("http").all()
    assert rows["start"].isna().all()
    none = seed_no_context.locations[seed_no_context.locations["name"].str.contains(fragment, case=False, regex=False)]
    assert none.empty


def test_no_context_locations_are_article_only(seed_no_context):
    assert (seed_no_context.locations["source"] == "article").all()


def test_unknown_village_is_kept_unresolved(write_article):
    ds = write_article("Troops reached the village of Qaryat Zorbek near Kirkuk.\n")
    assert_typed(ds.locations, "locations")
    rows = ds.locations[ds.locations["name"].str.contains("Qaryat Zorbek", regex=False)]
    assert len(rows) == 1, list(ds.locations["name"])
    row = rows.iloc[0]
    assert math.isnan(row["lat"]) and math.isnan(row["lon"])
    assert not row["resolved"]
    assert row["source"] == "article"
    kirkuk = ds.locations[ds.locations["name"].str.contains("Kirkuk", regex=False)]
    assert len(kirkuk) >= 1 and kirkuk["resolved"].any()


def test_precision(seed):
    locs = seed.locations
    assert _loc(seed, "Balad Air Base")["precision"] == 1
    assert _loc(seed, "Iraq")["precision"] == 4
    assert (locs.loc[locs["kind"] == "base", "precision"] == 1).all()
    assert (locs.loc[locs["kind"] == "country", "precision"] == 4).all()


def test_countries_named_in_text(seed):
    names = set(seed.locations["name"])
    assert {"Iran", "Iraq", "United States", "United Kingdom", "Australia", "Canada", "Kuwait"} <= names


def test_mention_counts(seed):
    art = seed.locations[seed.locations["source"] == "article"]
    assert (art["mentions"] >= 1).all()
    # Iraq: "Iraqi" x4 + "Iraq" x4 + "Iraqui" at least
    assert _loc(seed, "Iraq")["mentions"] >= 8


def test_no_person_or_org_words_as_places(seed):
    names = set(seed.locations["name"])
    for wrong in ("Harakat al-Nujaba", "Quds Force", "NATO", "Pentagon", "Most", "Donald Trump"):
        assert wrong not in names


def test_a_common_phrase_is_not_a_town(write_article):
    ds = write_article("The bridge is closed. Engineers from the county inspected it.\n")
    assert ds.locations.empty


# Known positions of the seed's places (tolerance: bases and airports 10 km, cities 25 km).
SEED_PLACES = [
    ("Baghdad", 33.31, 44.37, 25),
    ("Balad Air Base", 33.94, 44.36, 10),
    ("Ain al-Asad Air Base", 33.79, 42.44, 10),
    ("Erbil Air Base", 36.24, 43.96, 10),
    ("Baghdad International Airport", 33.26, 44.23, 10),
]


@pytest.mark.parametrize("name, lat, lon, km", SEED_PLACES)
def test_seed_places_within_tolerance(seed, name, lat, lon, km):
    from analysis.geometry import haversine_km

    row = _loc(seed, name)
    assert haversine_km(row["lat"], row["lon"], lat, lon) <= km, (row["lat"], row["lon"], row["coord_source"])


def test_kuwait_point_inside_kuwait(seed):
    import json

    from analysis.geometry import in_geometry
    from analysis.reference import DATA_DIR

    world = json.loads((DATA_DIR / "world.geojson").read_text(encoding="utf-8"))
    outline = next(f["geometry"] for f in world["features"] if f["properties"]["name"] == "Kuwait")
    row = _loc(seed, "Kuwait")
    assert in_geometry(row["lon"], row["lat"], outline)


def test_every_article_location_says_why(seed):
    art = seed.locations[seed.locations["source"] == "article"]
    assert (art["reason"].str.len() > 0).all()
    assert (seed.locations.loc[seed.locations["resolved"], "coord_source"] != "unresolved").all()


@pytest.mark.parametrize("text, name, kind", [
    ("Protesters gathered in Tehran on Friday.\n", "Tehran", "city"),
    ("LONDON (Reuters) - Shares fell on Monday.\n", "London", "city"),
])
def test_a_capital_is_a_city_on_the_map(write_article, text, name, kind):
    ds = write_article(text)
    rows = ds.locations[ds.locations["name"] == name]
    assert len(rows) == 1, list(ds.locations["name"])
    assert rows.iloc[0]["kind"] == kind and rows.iloc[0]["resolved"]
    mention = ds.mentions[ds.mentions["location_id"] == rows.iloc[0]["location_id"]]
    assert len(mention) >= 1


def test_two_places_of_one_name_are_two_rows_each_mention_on_its_own(write_article):
    """The state and the capital both named "Washington": neither marker is drawn at the other's point."""
    ds = write_article("CAMP MURRAY, Wash. - The team flew to Florida and Washington, D.C., last year. "
                       "This spring it drove to central Washington, and it stays busy at home in Washington.\n")
    rows = ds.locations[ds.locations["name"].str.startswith("Washington")]
    assert len(rows) == 2, list(ds.locations["name"])
    by_kind = {row["kind"]: row for _, row in rows.iterrows()}
    assert set(by_kind) == {"city", "province"}
    assert by_kind["province"]["name"] == "Washington (state or province)"  # the second named; a reader's words
    assert abs(by_kind["city"]["lat"] - 38.9) < 0.5 and abs(by_kind["province"]["lat"] - 47.3) < 1.5
    places = ds.mentions[ds.mentions["text"] == "Washington"].merge(ds.locations, on="location_id")
    assert (places["kind_y"] == "province").sum() == 2 and (places["kind_y"] == "city").sum() == 1


def test_an_event_or_building_named_after_a_city_sits_there_without_becoming_a_city(write_article):
    ds = write_article("Leaders met at the Paris Summit on Monday. Crowds later gathered at the Manila Cathedral.\n")
    for name, city in (("Paris Summit", "Paris"), ("Manila Cathedral", "Manila")):
        row = _loc(ds, name)
        assert row["kind"] == "place"
        assert row["resolved"] and city in row["reason"]
    assert "city" not in set(ds.locations["kind"])  # no city row the article never names on its own



def test_a_village_at_its_province_s_point_is_a_place_as_precise_as_the_province(write_article):
    """"the villages of Zorbaki and Tellmina in Idlib province": each is a place row at Idlib's point, not a second
    province, and its precision is the province's (the map does not claim to know the village's own point)."""
    ds = write_article("Rebels shelled the villages of Zorbaki and Tellmina in Idlib province overnight.\n")
    village, idlib = _loc(ds, "Zorbaki"), _loc(ds, "Idlib")
    assert village["kind"] == "place" and village["precision"] == idlib["precision"] == 3
    assert (village["lat"], village["lon"]) == (idlib["lat"], idlib["lon"])
    assert village["reason"].startswith("in Idlib province (written after it)")


def test_a_place_chosen_over_the_first_guess_is_named_as_the_text_writes_it(write_article):
    """"SALISBURY, England": Salisbury is also a former name of Harare; the English city the resolver chose is the
    row "Salisbury", never "Harare", and its gazetteer name says which place the point is."""
    ds = write_article("SALISBURY, England (Reuters) - Police closed a park in the city on Monday.\n")
    assert "Harare" not in set(ds.locations["name"])
    row = _loc(ds, "Salisbury")
    assert row["country"] == "United Kingdom" and row["gazetteer_name"] == "Salisbury"


def test_the_gazetteer_name_is_the_place_whose_point_the_row_carries(write_article):
    """The row keeps the name as found ("Anbar"'s row is the governorate) and says whose point it draws: the
    gazetteer's own name, the host's for a village placed in it, nothing when unresolved."""
    ds = write_article("Fighting continued in Anbar. Rebels shelled the villages of Zorbaki and Tellmina in Idlib province. "
                       "The children met at the Carnegie Library after school.\n")
    anbar = ds.locations[ds.locations["text"] == "Anbar"].iloc[0]
    assert anbar["gazetteer_name"] == "Al Anbar Governorate"
    assert _loc(ds, "Zorbaki")["gazetteer_name"] == _loc(ds, "Idlib")["gazetteer_name"] == "Idlib"
    assert _loc(ds, "Carnegie Library")["gazetteer_name"] == "" and not _loc(ds, "Carnegie Library")["resolved"]
    assert ds.locations["gazetteer_name"].map(type).eq(str).all()


def test_a_dateline_place_the_finder_did_not_read_is_in_the_state_written_after_it(write_article):
    """"CAMBRIDGE, Mass., Dec. 11 (UPI) —": events placed by the dateline point at Cambridge, Massachusetts, and
    join to a location row of their own (not Cambridge, England, and not a name without a row)."""
    ds = write_article("Students back a new candidate\n"
                       "CAMBRIDGE, Mass., Dec. 11 (UPI) — Police arrested two students after a protest, officials "
                       "said.\n", published="2015-12-11", context=False)
    placed = ds.events[ds.events["location_basis"] == "dateline"]
    assert len(placed) >= 1
    rows = ds.locations.set_index("location_id").loc[list(placed["location_id"])]
    assert set(rows["country"]) == {"United States"} and (rows["lon"] < -60).all()


_ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt")) + [Path(__file__).parent / "browser" / "hostile.txt"]


@pytest.mark.parametrize("path", [None, *_ARTICLES], ids=lambda p: "seed" if p is None else p.stem)
def test_every_place_an_event_or_movement_gives_joins_to_a_location_row(path):
    ds = analysis.load(path, context=False)
    ids = set(ds.locations["location_id"])
    placed = ds.events[ds.events["location"] != ""]
    assert set(placed["location_id"]) <= ids, placed[~placed["location_id"].isin(ids)][["location", "location_basis"]]
    for end in ("origin", "destination"):
        moved = ds.movements[ds.movements[end] != ""]
        assert set(moved[end + "_id"]) <= ids


def test_a_sea_is_a_point_at_sea_and_a_namesake_state_keeps_its_name_apart(write_article):
    ds = write_article("Floods hit Sudan's Red Sea State. Warships patrolled the Red Sea and the Gulf of Aden.\n")
    assert_typed(ds.locations, "locations")
    sea = _loc(ds, "Red Sea (sea)")  # two places of one name: the row says which is the sea
    assert sea["kind"] == "region" and sea["country"] == ""  # drawn as a point, never as a country or a province
    assert sea["resolved"] and 15 < sea["lat"] < 28 and 33 < sea["lon"] < 43  # between Africa and Arabia
    gulf = _loc(ds, "Gulf of Aden")
    assert gulf["kind"] == "region" and gulf["country"] == ""
    state = _loc(ds, "Red Sea")
    assert state["kind"] == "province" and state["country"] == "Sudan"
    assert "Aden" not in set(ds.locations["name"])  # the gulf, not the port


def test_a_part_of_a_country_is_a_row_called_as_the_text_writes_it(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Officials in Trinidad and Tobago said the ministry in Trinidad was told on Monday.\n", encoding="utf-8")
    ds = analysis.load(path, context=False)
    row = _loc(ds, "Trinidad")  # the text's words, not the gazetteer's first namesake (La Trinidad)
    country = _loc(ds, "Trinidad and Tobago")
    assert (row["lat"], row["lon"]) == (country["lat"], country["lon"]) and row["kind"] != "city"


def test_a_countrys_mission_joins_the_row_of_the_city_it_stands_in(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Staff at the Canadian Embassy in Lima were evacuated on Monday. Lima was calm.\n", encoding="utf-8")
    ds = analysis.load(path, context=False)
    lima = _loc(ds, "Lima")
    assert lima["kind"] == "city" and lima["mentions"] == 3  # the owner, and Lima twice
    assert "Canada" not in set(ds.locations["name"])


def test_a_world_region_or_sea_is_a_region_row_at_its_cited_point(write_article):
    ds = write_article("Trawlers from Alaska sank in the Bering Sea on Monday. Families from Central America walked north, "
                       "and drought spread across Southern Africa, officials in South Africa said.\n")
    for name in ("Bering Sea", "Central America", "Southern Africa"):
        row = _loc(ds, name)
        assert row["kind"] == "region" and row["country"] == "" and row["precision"] == 3  # a point, never an outline
        # GeoNames' point, or a cited one where GeoNames' lies outside the region (Central America's, in Mexico)
        assert row["resolved"] and row["coord_source"].startswith("geonames:" if name != "Central America" else "https://")
    assert _loc(ds, "South Africa")["kind"] == "country"  # the country beside the region keeps its own row


@pytest.mark.parametrize("text, town, area, precision", [
    ("PINE BLUFF, Maine (AP) - The council met on Tuesday to close the bridge.\n", "Pine Bluff", "Maine", 3),
    ("Storms cut power in Lakewood, Ore., on Sunday, the utility said.\n", "Lakewood", "Oregon", 3),
    ("MILLBROOK, Ireland - The council met on Tuesday to close the bridge.\n", "Millbrook", "Ireland", 4),
])
def test_a_town_at_its_written_areas_point_is_a_town_row_not_the_area(write_article, text, town, area, precision):
    # the gazetteer knows no such town there: the area's point stands in, the row stays a place (never kind
    # "province" or "country", which would read as the state itself), as precise as the area, and says why
    ds = write_article(text)
    row = _loc(ds, town)  # called as the finder names it, not in a dateline's capitals
    assert row["kind"] == "place" and row["precision"] == precision and row["resolved"]
    assert row["reason"].startswith(f"qualified by {area}") and "not in the gazetteer there" in row["reason"]


def test_a_town_the_gazetteer_knows_in_its_written_state_stays_a_city_row(write_article):
    ds = write_article("Floods hit Burlington, Vermont on Monday, officials said.\n")
    assert _loc(ds, "Burlington")["kind"] == "city" and _loc(ds, "Burlington")["precision"] == 2


def test_a_village_at_its_written_countys_point_is_a_place_row(write_article):
    ds = write_article("Floods hit Rockingham, Northamptonshire, on Monday, officials said.\n")
    row = _loc(ds, "Rockingham")
    assert row["kind"] == "place" and row["precision"] == 3 and row["reason"] == "in Northamptonshire (written after it)"
    assert _loc(ds, "Northamptonshire")["kind"] == "province"
