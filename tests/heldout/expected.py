"""Held-out answer key for claimkit: eight synthetic web-saved news articles.

The articles in ``articles/`` are fictional (invented events, people and
figures) written in the messy form text takes when saved from the web. This
key was written independently of claimkit's parser and does not import it.

Conventions followed where a judgment call was needed:

* Body only. Headlines, page-title lines, bylines, date lines, photo captions
  (including ones inside the body), "Related"/"More stories"/"Read Next"
  lists, author bios, sign-off lines ("Reporting by ..."), the Reuters-style
  "($1 = 0.9521 euros)" rate line, newsletter and copyright blocks are
  furniture and hold no expected figures.
* Not figures: dates, years and year spans ("2022-23"), clock times,
  ordinals ("third heatwave", "ninth day"), numbers in names ("Article 47",
  "Highway 30A", "Sea-Watch 5", "Flight 602", "G20", "COVID-19", "CL-415",
  "National Road 8"), ages ("29-year-old", "Juana Huamani, 64"), phone/hotline
  numbers ("112", "929"), scores ("2-1"), reference periods ("in the past 24
  hours", "in the 48 hours to Sunday", "over the past year", "the past two
  weeks"), the number of sources ("Two medical sources"), anaphoric counts of
  already-mentioned things ("the three parties", "both sides"), rates'
  denominators ("a month", "a year"), "one of the largest", "one-bedroom".
* Repeated mentions of a fact with a different surface form are listed
  again ("53,412 votes" stated by the outlet, "More than 53,000 people" in
  the leader's quote).
* Attribution scope is the sentence (clause) carrying the reporting verb
  ("said", "told", "according to", "reported", "confirmed", "considers",
  "has recorded", "X reported a net loss"); a later sentence with no reporting
  verb and no pronoun pointing back ("it said", "he said", "the agency said",
  "the organisation said") is stated by the outlet (attributor None), even
  when it continues the same topic (e.g. the Independence Party's 19.3% after
  the commission-attributed 24.8%). Figures in background sentences and
  actions reported as fact ("The government declared a 60-day state of
  emergency") are the outlet's. Currency conversions in parentheses added by
  the outlet ("150 million soles (about $40 million)") are the outlet's.
* Pronouns, descriptions and role nouns are resolved to the named source
  ("the union" -> Tenants' Union, "the medical charity" -> Medecins Sans
  Frontieres, "the rebels" -> Houthi, "Organisers" -> Tenants' Union). Direct
  quotes are attributed to the quoted speaker.
* Relays: "X, citing Y" / "according to a report by X, citing Y" /
  "Y told X ..., X said" give attributor X and via Y. ``anonymous`` is True
  when the original source is an unnamed official or insider ("an EU
  official", "a senior Italian government official", "military sources",
  "medical sources", "officials said", "people familiar with the matter");
  unnamed eyewitnesses/survivors relayed by a named charity are not
  "officials", so anonymous stays False there. A role-identified official
  ("the U.N. special envoy for Yemen") is not anonymous.
* Heads: the written head noun, lower case ("associations" for "a dozen
  neighbourhood associations"); for partitives the noun of the part
  ("Of the dead, 71 were children" -> "children"; "14 of its 26 health
  centres" -> "centres" for both); for elided nouns the antecedent ("38
  were still missing" -> "people"; "up from fewer than 100" -> "patients";
  "down from 14" -> "seats"; "the remaining 93" -> "detainees"); a
  participle standing for the noun is the head ("22 wounded", "dozens
  wounded" -> "wounded"; "71 dead" -> "dead"); when the noun precedes the
  figure it is still the head ("job cuts in excess of 50,000" -> "cuts";
  "total casualties ... stood at 212" -> "casualties").
* Hedges: "just" meaning "only" ("just 2.3%") is not a hedge; "probably
  between 120 and 150" is a range; "an average of 50,000 hectares" is exact;
  comparatives are not hedges ("about 4,000 more than the Independence
  Party" -> "about 4,000", approximate; "down from 89,000" -> exact);
  "anything above 1%" (a threshold) is exact; "a dozen"/"two dozen" are
  exact (12/24); "about a month" is approximate with value 1.
* Units: measures keep their unit word in ``text`` ("60-day", "12 nautical
  miles", "up to 70 km/h", "between 40C and 43C"); unit names used:
  kilometre, kilometre per hour, nautical mile, hectare, tonne, hour, day,
  month, year, degree Celsius, percent, percentage point, magnitude (for an
  earthquake's moment magnitude), US dollar, euro, Swedish krona,
  Peruvian sol. Vague durations ("several hours") are vague with the
  duration unit and no value.
* ``published`` is the original publication date where an update time is
  also printed; None where the page prints no date (07, dateline only).
"""

from typing import NamedTuple


class Expect(NamedTuple):
    text: str
    hedge: str
    value: str | None
    unit: str
    head: str | None
    attributor: str | None
    anonymous: bool = False
    via: str | None = None


class Article(NamedTuple):
    file: str
    domain: str
    published: str | None
    title: str
    expected: tuple[Expect, ...]


E = Expect

ARTICLES: tuple[Article, ...] = (
    Article(
        file="01_madrid_rent_protest.txt",
        domain="protest / crowd size",
        published="2025-04-05",
        title="Police say 22,000, organisers 150,000: Madrid marches for rent controls",
        expected=(
            E("Tens of thousands", "vague", None, "count", "people", None),
            E("about 22,000", "approximate", "22000", "count", "marchers", "government delegation"),
            E("some 150,000", "approximate", "150000", "count", "people", "tenants"),
            E("roughly 2 km", "approximate", "2", "kilometre", None, None),
            E("Hundreds", "vague", None, "count", "police", None),
            E("40", "exact", "40", "count", "organisations", "tenants"),
            E("a dozen", "exact", "12", "count", "associations", "tenants"),
            E("five", "exact", "5", "count", "unions", "tenants"),
            E("four", "exact", "4", "count", "people", "police"),
            E("11", "exact", "11", "count", "officers", "police"),
            E("42%", "exact", "42", "percent", None, "idealista"),
            E("around 13%", "approximate", "13", "percent", None, "national statistics institute"),
            E("€1,250", "exact", "1250", "euro", None, None),
            E("60 percent", "exact", "60", "percent", None, "fernández"),
            E("at least 30", "lower_bound", "30", "count", "cities", "tenants"),
            E("18", "exact", "18", "count", "marches", "tenants"),
            E("80,000-plus", "lower_bound", "80000", "count", "signatures", "tenants"),
            E("9,000", "exact", "9000", "count", "demonstrators", "guàrdia urbana"),
            E("70,000", "exact", "70000", "count", "demonstrators", "llogateres"),
            E("€7bn", "exact", "7000000000", "euro", None, "marqués"),
            E("184,000", "exact", "184000", "count", "homes", "marqués"),
            E("6.4 percent", "exact", "6.4", "percent", None, "marqués"),
            E("two", "exact", "2", "count", "regions", None),
            E("17", "exact", "17", "count", "regions", None),
            E("more than 2,000", "lower_bound", "2000", "count", "households", "pérez"),
        ),
    ),
    Article(
        file="02_peru_earthquake.txt",
        domain="earthquake toll",
        published="2025-04-13",
        title="Peru quake death toll rises to 214 as rescuers reach cut-off Andean villages",
        expected=(
            E("214", "exact", "214", "count", "dead", "interior ministry"),
            E("1,306", "exact", "1306", "count", "people", "interior ministry"),
            E("38", "exact", "38", "count", "people", "interior ministry"),
            E("More than 9,400", "lower_bound", "9400", "count", "homes", "interior ministry"),
            E("6.8", "exact", "6.8", "magnitude", None, "geological survey"),
            E("about 35 km", "approximate", "35", "kilometre", None, "geological survey"),
            E("47", "exact", "47", "count", "deaths", "government"),
            E("129", "exact", "129", "count", "deaths", "government"),
            E("112", "exact", "112", "count", "dead", "andina", via="interior ministry"),
            E("71", "exact", "71", "count", "children", "ministry of women"),
            E("approximately 60,000", "approximate", "60000", "count", "people", "red cross"),
            E("as many as 15,000", "upper_bound", "15000", "count", "people", "red cross"),
            E("23", "exact", "23", "count", "districts", "quispe"),
            E("close to 4,000", "approximate", "4000", "count", "blankets", "quispe"),
            E("1,200", "exact", "1200", "count", "tents", "quispe"),
            E("three", "exact", "3", "count", "people", "fire brigade"),
            E("almost 60 hours", "approximate", "60", "hour", None, None),
            E("60-day", "exact", "60", "day", None, None),
            E("150 million soles", "exact", "150000000", "Peruvian sol", None, "cárdenas"),
            E("about $40 million", "approximate", "40000000", "US dollar", None, None),
            E("500 soles", "exact", "500", "Peruvian sol", None, "cárdenas"),
            E("40 km", "exact", "40", "kilometre", None, "transport ministry"),
            E("dozens", "vague", None, "count", "roads", "transport ministry"),
            E("more than 80", "lower_bound", "80", "count", "aftershocks", "geological survey"),
            E("519", "exact", "519", "count", "people", None),
        ),
    ),
    Article(
        file="03_lampedusa_migrants.txt",
        domain="migration",
        published="2025-09-14",
        title="Italy's Lampedusa overwhelmed as 1,800 migrants land in two days",
        expected=(
            E("More than 1,800", "lower_bound", "1800", "count", "migrants", "reception centre"),
            E("some 40", "approximate", "40", "count", "boats", "reception centre"),
            E("400", "exact", "400", "count", "people", None),
            E("about 1,350", "approximate", "1350", "count", "people", "red cross"),
            E("about 190 km", "approximate", "190", "kilometre", None, None),
            E("20 hours or more", "lower_bound", "20", "hour", None, None),
            E("Some 52,300", "approximate", "52300", "count", "people", "unhcr"),
            E("about 18%", "approximate", "18", "percent", None, "unhcr"),
            E("6,900", "exact", "6900", "count", "minors", "unhcr"),
            E(
                "At least 1,100",
                "lower_bound",
                "1100",
                "count",
                "people",
                "international organization for migration",
            ),
            E("about 60", "approximate", "60", "count", "people", None),
            E("12 nautical miles", "exact", "12", "nautical mile", None, None),
            E("41", "exact", "41", "count", "survivors", "coast guard"),
            E("eight", "exact", "8", "count", "bodies", "coast guard"),
            E(
                "as many as 15",
                "upper_bound",
                "15",
                "count",
                "others",
                "save the children",
                via="survivors",
            ),
            E("2,700", "exact", "2700", "count", "migrants", "interior ministry"),
            E("112", "exact", "112", "count", "people", "sea-watch"),
            E("1,100 km", "exact", "1100", "kilometre", None, "sea-watch"),
            E("four days", "exact", "4", "day", None, "sea-watch"),
            E("€105 million", "exact", "105000000", "euro", None, None),
            E("€240 million", "exact", "240000000", "euro", None, "eu official", anonymous=True),
            E("about 39,000", "approximate", "39000", "count", "crossings", "frontex"),
            E("89,000", "exact", "89000", "count", "crossings", "frontex"),
            E(
                "as many as 3,000",
                "upper_bound",
                "3000",
                "count",
                "arrivals",
                "italian government official",
                anonymous=True,
            ),
        ),
    ),
    Article(
        file="04_kessler_job_cuts.txt",
        domain="economy / jobs",
        published="2025-03-04",
        title="Kessler to cut 7,500 jobs, close two German plants as EV slump bites",
        expected=(
            E("about 7,500", "approximate", "7500", "count", "jobs", "kessler"),
            E("roughly 9%", "approximate", "9", "percent", None, "kessler"),
            E("Around 4,200", "approximate", "4200", "count", "cuts", "kessler"),
            E("two", "exact", "2", "count", "factories", "kessler"),
            E("1,900", "exact", "1900", "count", "people", "kessler"),
            E("some 83,000", "approximate", "83000", "count", "people", None),
            E("€450m", "exact", "450000000", "euro", None, "kessler"),
            E("€312m", "exact", "312000000", "euro", None, "kessler"),
            E("4.2 percent", "exact", "4.2", "percent", None, "kessler"),
            E("€21.6bn", "exact", "21600000000", "euro", None, "kessler"),
            E("just over €1.1 billion", "approximate", "1100000000", "euro", None, "hofer"),
            E("€800 million", "exact", "800000000", "euro", None, "hofer"),
            E("18 months", "exact", "18", "month", None, "hofer"),
            E("38%", "exact", "38", "percent", None, None),
            E("3.5%", "exact", "3.5", "percent", None, None),
            E(
                "6,000",
                "exact",
                "6000",
                "count",
                "people",
                "handelsblatt",
                anonymous=True,
                via="people familiar",
            ),
            E("up to 12,000", "upper_bound", "12000", "count", "jobs", "ig metall"),
            E("in excess of 50,000", "lower_bound", "50000", "count", "cuts", "vda"),
            E("3,000", "exact", "3000", "count", "positions", "harlan"),
            E("$1.2bn", "exact", "1200000000", "US dollar", None, "harlan"),
            E("1,400", "exact", "1400", "count", "jobs", "nordvik"),
            E("SEK 2.4 billion", "exact", "2400000000", "Swedish krona", None, "nordvik"),
            E("15-20%", "range", None, "percent", None, "brandt"),
            E("20,000 or so", "approximate", "20000", "count", "cuts", "brandt"),
            E("24 months", "exact", "24", "month", None, "economy ministry"),
        ),
    ),
    Article(
        file="05_malawi_cholera.txt",
        domain="health outbreak",
        published="2025-01-22",
        title="Malawi cholera deaths may be double official count as outbreak spreads",
        expected=(
            E("2,314", "exact", "2314", "count", "cases", "health ministry"),
            E("67", "exact", "67", "count", "deaths", "health ministry"),
            E("between 120 and 150", "range", None, "count", "deaths", "banda"),
            E("2.9%", "exact", "2.9", "percent", None, None),
            E("1%", "exact", "1", "percent", None, "world health organization"),
            E("Nearly 40%", "approximate", "40", "percent", None, None),
            E("14", "exact", "14", "count", "centres", "district health office"),
            E("26", "exact", "26", "count", "centres", "district health office"),
            E("1.2 million", "exact", "1200000", "count", "doses", "world health organization"),
            E("40 tonnes", "exact", "40", "tonne", None, "world health organization"),
            E("11", "exact", "11", "count", "districts", "health ministry"),
            E("10 days", "exact", "10", "day", None, "health ministry"),
            E("a few", "vague", None, "count", "districts", "health ministry"),
            E("three", "exact", "3", "count", "centres", None),
            E(
                "more than 900",
                "lower_bound",
                "900",
                "count",
                "patients",
                "médecins sans frontières",
            ),
            E(
                "fewer than 100",
                "upper_bound",
                "100",
                "count",
                "patients",
                "médecins sans frontières",
            ),
            E("43", "exact", "43", "count", "people", "adeyemi"),
            E(
                "some 30 percent",
                "approximate",
                "30",
                "percent",
                None,
                "unicef official",
                anonymous=True,
            ),
            E(
                "at least 5,000",
                "lower_bound",
                "5000",
                "count",
                "cases",
                "africa centres for disease control",
            ),
            E("nearly 1,800", "approximate", "1800", "count", "people", None),
            E("more than 58,000", "lower_bound", "58000", "count", "people", None),
            E("$18.5 million", "exact", "18500000", "US dollar", None, "ocha"),
            E("less than $4 million", "upper_bound", "4000000", "US dollar", None, "ocha"),
            E("at least 14 days", "lower_bound", "14", "day", None, "education ministry"),
        ),
    ),
    Article(
        file="06_iceland_election.txt",
        domain="election",
        published="2025-10-26",
        title="Social Democrats win Iceland snap election as Left-Greens are wiped out",
        expected=(
            E("24.8%", "exact", "24.8", "percent", None, "national electoral commission"),
            E("17", "exact", "17", "count", "seats", "national electoral commission"),
            E("63", "exact", "63", "count", "seats", "national electoral commission"),
            E("19.3%", "exact", "19.3", "percent", None, None),
            E("13", "exact", "13", "count", "seats", None),
            E("14", "exact", "14", "count", "seats", None),
            E("15.6%", "exact", "15.6", "percent", None, None),
            E("11", "exact", "11", "count", "seats", None),
            E("81.2%", "exact", "81.2", "percent", None, "national electoral commission"),
            E("80.1%", "exact", "80.1", "percent", None, "national electoral commission"),
            E(
                "Some 217,000",
                "approximate",
                "217000",
                "count",
                "voters",
                "national electoral commission",
            ),
            E(
                "roughly 268,000",
                "approximate",
                "268000",
                "count",
                "voters",
                "national electoral commission",
            ),
            E("53,412", "exact", "53412", "count", "votes", None),
            E("about 4,000", "approximate", "4000", "count", "votes", None),
            E("between 21% and 23%", "range", None, "percent", None, "maskína"),
            E("More than 53,000", "lower_bound", "53000", "count", "people", "einarsdóttir"),
            E("six", "exact", "6", "count", "seats", None),
            E("34", "exact", "34", "count", "seats", None),
            E(
                "almost 5 percentage points",
                "approximate",
                "5",
                "percentage point",
                None,
                "thorsson",
            ),
            E("almost seven years", "approximate", "7", "year", None, None),
            E("2.3%", "exact", "2.3", "percent", None, None),
            E("just under 3%", "approximate", "3", "percent", None, None),
            E("nine", "exact", "9", "count", "seats", None),
            E("31", "exact", "31", "count", "women", "national electoral commission"),
            E("about three hours", "approximate", "3", "hour", None, "officials", anonymous=True),
        ),
    ),
    Article(
        file="07_yemen_marib_clashes.txt",
        domain="conflict casualties",
        published=None,
        title="Dozens killed in Marib clashes as Yemen's warring sides swap 246 prisoners",
        expected=(
            E(
                "At least 37",
                "lower_bound",
                "37",
                "count",
                "fighters",
                "military sources",
                anonymous=True,
            ),
            E("dozens", "vague", None, "count", "wounded", "military sources", anonymous=True),
            E(
                "14",
                "exact",
                "14",
                "count",
                "soldiers",
                "government military official",
                anonymous=True,
            ),
            E(
                "22",
                "exact",
                "22",
                "count",
                "wounded",
                "government military official",
                anonymous=True,
            ),
            E(
                "more than 60",
                "lower_bound",
                "60",
                "count",
                "fighters",
                "government military official",
                anonymous=True,
            ),
            E(
                "more than 100",
                "lower_bound",
                "100",
                "count",
                "mercenaries",
                "saba",
                via="al-mahdi",
            ),
            E("23", "exact", "23", "count", "soldiers", "saba", via="al-mahdi"),
            E("19", "exact", "19", "count", "bodies", "medical sources", anonymous=True),
            E("48", "exact", "48", "count", "people", "medical sources", anonymous=True),
            E("nine", "exact", "9", "count", "civilians", "health ministry"),
            E("four", "exact", "4", "count", "children", "health ministry"),
            E("212", "exact", "212", "count", "casualties", "government"),
            E("71", "exact", "71", "count", "dead", "government"),
            E(
                "246",
                "exact",
                "246",
                "count",
                "detainees",
                "international committee of the red cross",
            ),
            E(
                "153",
                "exact",
                "153",
                "count",
                "fighters",
                "international committee of the red cross",
            ),
            E(
                "93",
                "exact",
                "93",
                "count",
                "detainees",
                "international committee of the red cross",
            ),
            E("two dozen", "exact", "24", "count", "detainees", None),
            E("nearly 900", "approximate", "900", "count", "prisoners", None),
            E("three days", "exact", "3", "day", None, None),
            E("Thousands", "vague", None, "count", "families", "special envoy"),
            E("no fewer than 1,400", "lower_bound", "1400", "count", "prisoners", "government"),
            E("about 1,000", "approximate", "1000", "count", "people", "houthi"),
            E(
                "more than 150,000",
                "lower_bound",
                "150000",
                "count",
                "people",
                "armed conflict location",
            ),
            E("some 4.5 million", "approximate", "4500000", "count", "people", "united nations"),
        ),
    ),
    Article(
        file="08_greece_wildfire.txt",
        domain="wildfire / climate",
        published="2025-08-13",
        title="Peloponnese wildfire burns 12,000 hectares, two dead as heatwave grips Greece",
        expected=(
            E("about 12,000 hectares", "approximate", "12000", "hectare", None, "copernicus"),
            E("more than 500", "lower_bound", "500", "count", "firefighters", "fire service"),
            E("120", "exact", "120", "count", "vehicles", "fire service"),
            E("11", "exact", "11", "count", "aircraft", "fire service"),
            E("nine", "exact", "9", "count", "helicopters", "fire service"),
            E("three", "exact", "3", "count", "fronts", "fire service"),
            E("up to 70 km/h", "upper_bound", "70", "kilometre per hour", None, "fire service"),
            E("more than 50 hours", "lower_bound", "50", "hour", None, None),
            E("At least 34", "lower_bound", "34", "count", "homes", "stathopoulos"),
            E("dozens", "vague", None, "count", "homes", "stathopoulos"),
            E("A dozen", "exact", "12", "count", "homes", "stathopoulos"),
            E("14", "exact", "14", "count", "villages", "civil protection ministry"),
            E(
                "an estimated 3,000",
                "approximate",
                "3000",
                "count",
                "people",
                "civil protection ministry",
            ),
            E("85", "exact", "85", "count", "people", "coast guard"),
            E("Two", "exact", "2", "count", "people", "police"),
            E("17", "exact", "17", "count", "people", "emergency care"),
            E("six", "exact", "6", "count", "firefighters", "emergency care"),
            E("several hours", "vague", None, "hour", None, None),
            E(
                "44.5 degrees Celsius",
                "exact",
                "44.5",
                "degree Celsius",
                None,
                "national observatory",
            ),
            E("between 40C and 43C", "range", None, "degree Celsius", None, "emy"),
            E(
                "50,000 hectares",
                "exact",
                "50000",
                "hectare",
                None,
                "forest fire information system",
            ),
            E(
                "upwards of 175,000 hectares",
                "lower_bound",
                "175000",
                "hectare",
                None,
                "forest fire information system",
            ),
            E("about a month", "approximate", "1", "month", None, "kalogeropoulou"),
            E("€25m", "exact", "25000000", "euro", None, "zervas"),
            E("up to €10,000", "upper_bound", "10000", "euro", None, "zervas"),
        ),
    ),
)
