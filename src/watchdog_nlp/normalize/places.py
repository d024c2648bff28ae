"""Place names to ISO 3166-1 alpha-2 codes.

Countries come from pycountry (names, official and common names) plus
``models/places/countries.jsonl`` (short names, demonyms and regions that pycountry
lacks, e.g. "Kazakh", "Chechnya", "Crimean"); cities come from the GeoNames
gazetteer ``models/places/cities.tsv`` (see scripts/build_gazetteer.py). Both are
loaded once, on first use; every lookup after that is a dict hit on a folded key
(`normalize.fold.fold`: case, accents and other scripts, apostrophe and dash variants,
hyphen/space and "St."/"Saint" all compare equal).
"""

from __future__ import annotations

import re
from functools import cache

import pycountry

from watchdog_nlp.data import read_jsonl, read_tsv
from watchdog_nlp.paths import MODELS_DIR, data_cache

from .fold import fold

PLACES_DIR = MODELS_DIR / "places"

#: place texts whose look-ups are kept (assembly asks for the same entity texts again and again)
PLACE_LOOKUPS = 4096
_SURROUNDING = ' \t\n"\u201c\u201d,;:()[]'
_LEADING_ARTICLE = re.compile(r"the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019])$")
_SAINT = re.compile(r"\bst\b\.?")


def normalize_place_name(text: str) -> str:
    """Strip what surrounds a place name in running text.

    Drops enclosing quotes and punctuation, a leading "the" and a possessive
    ("the Kazakh" -> "Kazakh", "Kazakhstan's" -> "Kazakhstan"); keeps the case.
    """
    name = " ".join(text.strip(_SURROUNDING).split())
    return _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", name, count=1))


def _fold(text: str) -> str:
    """Comparison key: `fold` (ASCII, lowercase), "St." spelt "saint", hyphens as spaces."""
    key = fold(text).replace("`", "'")
    if "-" in key:
        key = key.replace("-", " ")
    if "st" in key:
        key = _SAINT.sub("saint", key)
    return " ".join(key.split())


def _keys(text: str) -> list[str]:
    """Keys to try: the text as given, then without article and possessive ("The Hague" stays)."""
    keys = [_fold(text)]
    stripped = _fold(normalize_place_name(text))
    if stripped != keys[0]:
        keys.append(stripped)
    return keys


def _is_acronym(name: str) -> bool:
    """All-capital letter names ("US", "UK", "UAE") that would clash with words in lower case."""
    return name.isalpha() and name.isupper()


@data_cache
def _country_index() -> tuple[dict[str, str], dict[str, str]]:
    """(folded name -> code, acronym -> code) from pycountry and countries.jsonl."""
    folded: dict[str, str] = {}
    acronyms: dict[str, str] = {}

    def add(name: str, code: str) -> None:
        if _is_acronym(name):
            acronyms[name] = code
        else:
            folded[_fold(name)] = code

    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            name = getattr(country, attribute, None)
            if name:
                add(name, country.alpha_2)
    for entry in country_entries():
        for name in (*entry["names"], *entry["adjectives"]):
            add(name, entry["code"])
    return folded, acronyms


@data_cache
def country_entries() -> tuple[dict, ...]:
    """The entries of countries.jsonl: code, names, adjectives, examples."""
    return tuple(read_jsonl(PLACES_DIR / "countries.jsonl"))


@data_cache
def _city_index() -> dict[str, str | dict[str, int]]:
    """Folded city name -> code of the country of the only city so named, or, for names that cities
    of several countries share, {code: population of that country's largest city so named}."""
    index: dict[str, str | dict[str, int]] = {}
    populations: dict[str, int] = {}
    for name, code, population, _geonameid in read_tsv(PLACES_DIR / "cities.tsv"):
        key = _fold(name)
        people = int(population)
        known = index.get(key)
        if known is None:
            index[key], populations[key] = code, people
        elif isinstance(known, dict):
            known[code] = max(known.get(code, 0), people)
        elif known == code:
            populations[key] = max(populations[key], people)
        else:
            index[key] = {known: populations[key], code: people}
    return index


@data_cache(maxsize=PLACE_LOOKUPS)
def country_code(text: str) -> str | None:
    """ISO code for a country name or demonym ("Kazakhstan's", "the Kazakh", "Turkiye" -> KZ, KZ, TR).

    Cities are not matched here (see city_country); acronyms match in capitals only.
    """
    folded, acronyms = _country_index()
    bare = normalize_place_name(text)
    if bare in acronyms:
        return acronyms[bare]
    for key in _keys(text):
        if key in folded:
            return folded[key]
    return None


@data_cache(maxsize=PLACE_LOOKUPS)
def city_countries(name: str) -> tuple[str, ...]:
    """ISO codes of the countries with a gazetteer city called ``name``, most populous city first."""
    cities = _city_index()
    for key in _keys(name):
        found = cities.get(key)
        if isinstance(found, dict):
            return tuple(sorted(found, key=found.get, reverse=True))
        if found is not None:
            return (found,)
    return ()


@data_cache
def _city_ids() -> dict[str, frozenset[str]]:
    """Folded city name -> the gazetteer ids of the most populous city so named (one id, or several
    when cities of equal size share the name)."""
    best: dict[str, tuple[int, set[str]]] = {}
    for name, _code, population, geonameid in read_tsv(PLACES_DIR / "cities.tsv"):
        key, people = _fold(name), int(population)
        size, ids = best.get(key, (-1, set()))
        if people > size:
            best[key] = (people, {geonameid})
        elif people == size:
            ids.add(geonameid)
    return {key: frozenset(ids) for key, (_, ids) in best.items()}


def same_city(name: str, other: str) -> bool:
    """Whether the most populous city called `name` is one called `other` too: two spellings of one
    city ("Rostov" and "Rostov-on-Don", "Alma-Ata" and "Almaty")."""
    ids = _city_ids()
    first, second = (next((ids[k] for k in _keys(n) if k in ids), frozenset()) for n in (name, other))
    return bool(first & second)


def city_country(name: str) -> str | None:
    """ISO code of the most populous gazetteer city called ``name`` ("Moscow" -> RU, not Idaho)."""
    codes = city_countries(name)
    return codes[0] if codes else None


def is_city(name: str) -> bool:
    """Whether the gazetteer knows a city (or town) of that name."""
    return city_country(name) is not None


@cache
def _region_index() -> dict[str, str]:
    """Folded ISO 3166-2 subdivision name -> country code, for names only one country's
    subdivisions bear (pycountry's names, often in the local spelling: "Ha Nam", "Sughd")."""
    homes: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        homes.setdefault(_fold(subdivision.name), set()).add(subdivision.country_code)
    return {key: codes.pop() for key, codes in homes.items() if len(codes) == 1}


def region_country(text: str) -> str | None:
    """ISO code of the country a province or region of that name belongs to ("Ha Nam" -> VN), or
    None for unknown names and names several countries' regions share ("Punjab")."""
    regions = _region_index()
    return next((regions[key] for key in _keys(text) if key in regions), None)


@data_cache
def _court_kinds() -> tuple[tuple[re.Pattern, str], ...]:
    """(regex of a kind of court one country's judiciary has, its code), from court_kinds.jsonl."""
    return tuple(
        (re.compile(r"(?<![\w'])" + re.escape(_fold(kind)) + r"s?\b"), entry["code"])
        for entry in read_jsonl(PLACES_DIR / "court_kinds.jsonl")
        for kind in entry["kinds"]
    )


def court_kind_country(name: str) -> str | None:
    """ISO code of the one country whose judiciary has the kind of court a name tells ("Branch 26 of
    the Revolutionary Court" -> IR, "the 2nd Western District Military Court" -> RU), else None."""
    key = _fold(name)
    return next((code for kind, code in _court_kinds() if kind.search(key)), None)


def place_country(text: str) -> str | None:
    """ISO code for a GPE text: as a country or demonym first, else as a city."""
    return country_code(text) or city_country(text)


MAX_PLACE_WORDS = 4
_BASED = re.compile(r"-based$", re.IGNORECASE)


def find_place(words: list[str], skip: frozenset[str] | set[str] = frozenset()) -> tuple[str | None, str | None]:
    """(city, country code) named by a run of capitalised words, read from its end: the longest
    known name ending nearest the end wins ("Arnon Srisuk Bangkok's Criminal" -> ("Bangkok", "TH"),
    "Abu Dhabi Federal" -> ("Abu Dhabi", "AE"), "Kyrgyz" -> (None, "KG"), "Moscow-based" -> Moscow). A word in `skip` ("Federal",
    a gazetteer town in Argentina) is never a place on its own, and begins or ends a city's name only
    when no name without it is known ("St. Petersburg City" -> "St. Petersburg", "Kuwait City" stays)."""
    words = [_BASED.sub("", w) for w in words]
    for strict in (True, False):
        found = _find_place(words, skip, strict)
        if found != (None, None):
            return found
    return None, None


def _find_place(words: list[str], skip: frozenset[str] | set[str], strict: bool) -> tuple[str | None, str | None]:
    for end in range(len(words), 0, -1):
        for start in range(max(0, end - MAX_PLACE_WORDS), end):
            if end - start == 1 and words[start] in skip:
                continue
            phrase = normalize_place_name(" ".join(words[start:end]))
            code = country_code(phrase)
            edged = strict and (words[start] in skip or words[end - 1] in skip)
            if code is None and edged:
                continue
            city = None if code else phrase
            code = code or city_country(phrase)
            if code:
                return _extend_city(words, start, end, skip, code) or city, code
    return None, None


def _extend_city(words: list[str], start: int, end: int, skip: frozenset[str] | set[str], code: str) -> str | None:
    """A longer city name of the same country that the skipped words after a place complete
    ("Kuwait" + "City")."""
    for stop in range(end + 1, min(len(words), start + MAX_PLACE_WORDS) + 1):
        if words[stop - 1] not in skip:
            break
        phrase = normalize_place_name(" ".join(words[start:stop]))
        if city_country(phrase) == code:
            return phrase
    return None
