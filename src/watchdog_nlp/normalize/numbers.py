"""Read English number phrases ("twenty-five", "3 1/2", "six and a half", "903.4 million") as values.

News copy mixes digits, number words, fractions and scale words; penalties and fines need them
as plain numbers. `NUMBER` is the regex source other normalisers embed to find such phrases.
"""

import re
from fractions import Fraction

from .words import number_words

_UNITS = number_words(0, 19) | {"dozen": 12}
_TENS = number_words(20, 90)
_SCALES = {"thousand": 1000, "million": 10**6, "billion": 10**9}
_VULGAR = {
    "½": Fraction(1, 2), "¼": Fraction(1, 4), "¾": Fraction(3, 4), "⅓": Fraction(1, 3), "⅔": Fraction(2, 3),
}  # fmt: skip

_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN = "|".join(_TENS)
_SCALE = "|".join(["hundred", *_SCALES])
_CARD = rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_UNIT})"
_FRAC = rf"(?:[\s-]+and[\s-]+(?:a[\s-]+)?half|\s*[{''.join(_VULGAR)}]|\s+\d+/\d+)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"

NUMBER = (
    r"(?<![\w.,/])(?:"
    r"half\s+an?|an?\s+half|half"
    rf"|[{''.join(_VULGAR)}]"
    r"|\d+/\d+"
    rf"|{_DIGITS}(?:\s+(?:{_SCALE}))?{_FRAC}?"
    rf"|(?:{_CARD}|an?)(?:\s+(?:{_SCALE})(?:\s+(?:and\s+)?{_CARD})?)*{_FRAC}?"
    r")(?![\w/])"
)
"""Regex source matching one number phrase; `a`/`an` alone match too (as in "a year")."""

_NUMBER_RE = re.compile(NUMBER, re.IGNORECASE)
_TOKEN_RE = re.compile(rf"\d+/\d+|[\d.,]+|[{''.join(_VULGAR)}]|[a-z]+", re.IGNORECASE)


LARGEST = 10**15
"""No sentence, fine or count in the news comes near this; beyond it a digit run is not a number."""


def number_value(phrase: str) -> float | None:
    """The value of a phrase matched by `NUMBER` (exact arithmetic, so 903.4 million is 903400000);
    None for a fraction over zero ("7/0") or a value beyond `LARGEST`."""
    tokens = [t.lower() for t in _TOKEN_RE.findall(phrase)]
    total = current = frac = Fraction(0)
    for i, tok in enumerate(tokens):
        near_half = "half" in tokens[max(i - 1, 0) : i + 2]
        if tok in ("a", "an"):
            if not near_half:
                current += 1
        elif tok == "half":
            frac += Fraction(1, 2)
        elif tok in _VULGAR:
            frac += _VULGAR[tok]
        elif "/" in tok:
            numerator, denominator = tok.split("/")
            if int(denominator) == 0:
                return None
            frac += Fraction(int(numerator), int(denominator))
        elif tok[0].isdigit():
            current += Fraction(tok.replace(",", ""))
        elif tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in _SCALES:
            total += (current or 1) * _SCALES[tok]
            current = Fraction(0)
    value = total + current + frac
    return float(value) if value <= LARGEST else None


def parse_number(text: str) -> float | None:
    """The first number phrase in `text` as a float, or None when there is none (or it is no
    number, see `number_value`).

    A bare "a"/"an" counts as 1 only when the text holds no other number, so that
    "a suspended two-year sentence" reads 2 while "a" alone reads 1.
    """
    matches = [m.group(0) for m in _NUMBER_RE.finditer(text or "")]
    if not matches:
        return None
    real = [m for m in matches if m.lower() not in ("a", "an")]
    return number_value((real or matches)[0])
