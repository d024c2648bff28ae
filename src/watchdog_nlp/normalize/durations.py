"""Turn term phrases ("six and a half years", "a suspended two-year sentence") into ISO 8601 durations.

The text's unit is kept ("18 months" -> "P18M"); `duration_total` reduces any duration to
(months, days) so that scoring can compare "P18M" with "P1Y6M".
"""

import re
from fractions import Fraction

from ..paths import data_cache
from .numbers import NUMBER, number_value

_NUMBER_RE = re.compile(NUMBER, re.IGNORECASE)

_UNIT_RANK = {"year": 0, "month": 1, "week": 2, "day": 3}
_TERM_RE = re.compile(
    rf"(?P<num>{NUMBER})[\s-]*(?:(?:more|additional|further|extra)\s+)?(?P<unit>year|month|week|day)s?"
    r"(?P<half>[\s-]+and[\s-]+a[\s-]+half)?(?![\w-]*\s*old\b)(?!\w)",
    re.IGNORECASE,
)
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_JOINER_RE = re.compile(r"'?(?:\s*,\s*|\s+and\s+|\s+)", re.IGNORECASE)
_ISO_RE = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?")


def _to_parts(value: Fraction, unit: str) -> tuple[Fraction, Fraction, Fraction]:
    """Spread a possibly fractional amount of one unit over (years, months, days)."""
    if unit == "year":
        years = value.numerator // value.denominator
        months = (value - years) * 12
        whole = months.numerator // months.denominator
        return Fraction(years), Fraction(whole), (months - whole) * 30
    if unit == "month":
        whole = value.numerator // value.denominator
        return Fraction(0), Fraction(whole), (value - whole) * 30
    return Fraction(0), Fraction(0), value * (7 if unit == "week" else 1)


@data_cache(maxsize=4096)
def parse_duration(text: str) -> str | None:
    """The first term in `text` as an ISO 8601 duration ("P3Y6M", "P18M", "P15D"), or None.

    A following smaller unit joins the term ("seven years and three months" -> "P7Y3M");
    weeks become days; ages ("23-year-old"), hours and bare "the year" are not terms. Kept for
    the latest texts: assembly asks it of each penalty span several times.
    """
    match = _TERM_RE.search(text or "")
    return _read_term(text, match)[0] if match is not None else None


def _read_term(text: str, match: re.Match) -> tuple[str | None, int]:
    """The term that starts at `match` (with the smaller units joined to it) and where it ends."""
    end = match.end()
    years = months = days = Fraction(0)
    rank = -1
    while match is not None and _UNIT_RANK[match["unit"].lower()] > rank:
        unit = match["unit"].lower()
        number = number_value(match["num"])
        if number is None:
            break
        value = Fraction(number).limit_denominator(1000)
        if match["half"]:
            value += Fraction(1, 2)
        y, m, d = _to_parts(value, unit)
        years, months, days = years + y, months + m, days + d
        rank = _UNIT_RANK[unit]
        end = match.end()
        joiner = _JOINER_RE.match(text, match.end())
        match = _TERM_RE.match(text, joiner.end()) if joiner else None
    parts = [(int(years), "Y"), (int(months), "M"), (round(days), "D")]
    body = "".join(f"{n}{u}" for n, u in parts if n)
    return (f"P{body}" if body else None), end


def term_lists(text: str) -> list[list[str]]:
    """The terms of `text` in order, grouped into lists (terms joined only by commas or "and"), a
    bare number taking the unit of the term after it: "to 14, 10 and 12 years" -> [["P14Y", "P10Y",
    "P12Y"]]; "two years and six months and 18 months" -> [["P2Y6M", "P18M"]]; "eight months
    suspended for two years" -> [["P8M"], ["P2Y"]]."""
    lists: list[list[str]] = []
    bare: list[str] = []
    start = joined_at = -1
    pos = 0
    while (number := _NUMBER_RE.search(text, pos)) is not None:
        if not bare or number.start() != pos:
            bare, start = [], number.start()
        term = _TERM_RE.match(text, number.start())
        if term is None:
            separator = _LIST_SEP.match(text, number.end())
            bare = [*bare, number.group()] if separator and number.group().lower() not in {"a", "an", "half"} else []
            pos = separator.end() if separator else number.end()
            continue
        iso, pos = _read_term(text, term)
        unit = term["unit"].lower()
        found = [t for n in bare if (t := parse_duration(f"{n} {unit}s"))] + ([iso] if iso else [])
        bare = []
        if lists and start == joined_at:
            lists[-1].extend(found)
        elif found:
            lists.append(found)
        separator = _LIST_SEP.match(text, pos)
        joined_at = separator.end() if separator else -1
    return lists


def duration_total(iso: str) -> tuple[int, int]:
    """(total months, total days) of an ISO 8601 duration of Y/M/W/D parts: "P1Y6M" -> (18, 0).

    Raises ValueError for anything else (time parts, decimals, an empty "P").
    """
    match = _ISO_RE.fullmatch(iso) if isinstance(iso, str) else None
    if match is None or not any(match.groups()):
        raise ValueError(
            f"Invalid duration {iso!r}: expected an ISO 8601 duration of years, months, weeks "
            "and days such as 'P3Y6M', 'P18M' or 'P15D'."
        )
    years, months, weeks, days = (int(g) if g else 0 for g in match.groups())
    return years * 12 + months, weeks * 7 + days
