"""Read fines and bail ("600,000 tenge ($1,350)", "$5 billion") as (amount, ISO 4217 code).

Currency names and symbols are data (models/currencies.jsonl), loaded once into one regex.
A bracketed amount is the reporter's conversion ("($270)"), read only when nothing else is there.
"""

import re
from fractions import Fraction
from pathlib import Path

from ..data import alternation, read_jsonl
from ..errors import Errors, WatchdogError
from ..paths import MODELS_DIR, data_cache
from .numbers import LARGEST

CURRENCIES_PATH = MODELS_DIR / "currencies.jsonl"

_SCALES = {"thousand": 1000, "million": 10**6, "billion": 10**9}
_BRACKETED = re.compile(r"\([^()]*\)")


def load_currencies(path: Path = CURRENCIES_PATH) -> list[dict]:
    """The currency entries of `path`, each checked for a 3-letter code and a list of names."""
    entries = []
    for line_no, entry in enumerate(read_jsonl(path), 1):
        code = entry.get("code") if isinstance(entry, dict) else None
        if not (isinstance(code, str) and re.fullmatch(r"[A-Z]{3}", code) and isinstance(entry.get("names"), list)):
            reason = "needs a 3-letter 'code' and a 'names' list"
            raise WatchdogError(Errors.E008.format(path=path, line=line_no, reason=reason))
        entries.append(entry)
    return entries


def _amount(tag: str) -> str:
    """Regex source for a digit amount with an optional scale word, its groups prefixed by `tag`."""
    scales = "|".join(_SCALES)
    return rf"(?P<{tag}amount>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)(?:\s+(?P<{tag}scale>{scales}))?(?![\d,.]*\d)"


@data_cache
def _money_regex() -> tuple[re.Pattern, dict[str, str]]:
    """One regex for symbol-amount and amount-name pairs and bare amounts, plus surface form -> code."""
    by_form: dict[str, str] = {}
    symbols: list[str] = []
    for entry in load_currencies():
        for name in entry["names"]:
            by_form[" ".join(name.lower().split())] = entry["code"]
        for symbol in entry.get("symbols", []):
            by_form[symbol.lower()] = entry["code"]
            symbols.append(symbol)
    names = [form for form in by_form if form not in {s.lower() for s in symbols}]
    pattern = (
        rf"(?P<symbol>{alternation(symbols)})\s?{_amount('s')}"
        rf"|(?<![\w.,]){_amount('n')}(?:[\s-]+(?P<name>{alternation(names)})(?!\w))?"
    )
    return re.compile(pattern, re.IGNORECASE), by_form


def _value(amount: str, scale: str | None) -> float | None:
    """The amount as a number; None beyond `LARGEST` (a digit run, not a sum of money)."""
    value = Fraction(amount.replace(",", "")) * _SCALES.get((scale or "").lower(), 1)
    return float(value) if value <= LARGEST else None


def _first(regex: re.Pattern, by_form: dict[str, str], text: str) -> tuple[float, str | None] | None:
    """The first amount that names its currency, else the first bare amount."""
    bare = None
    for match in regex.finditer(text):
        tag = "s" if match["symbol"] else "n"
        value = _value(match[f"{tag}amount"], match[f"{tag}scale"])
        if value is None:
            continue
        if match["symbol"]:
            return value, by_form[match["symbol"].lower()]
        if match["name"]:
            return value, by_form[" ".join(match["name"].lower().split())]
        bare = bare or (value, None)
    return bare


def parse_money(text: str) -> tuple[float, str | None] | None:
    """The amount in `text` with its ISO 4217 code: the first amount that names a currency, else
    (first amount, None), else None. Bracketed amounts are conversions and count only when
    nothing outside brackets does ("20,000 rubles ($270)" -> (20000.0, "RUB"))."""
    regex, by_form = _money_regex()
    text = text or ""
    return _first(regex, by_form, _BRACKETED.sub(" ", text)) or _first(regex, by_form, text)
