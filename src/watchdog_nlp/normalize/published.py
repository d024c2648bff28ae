"""Read a publication date in whatever form users and dumps carry it.

ISO dates and timestamps (with or without a zone: the date as written), "22 January 2021",
"January 22, 2021", "2021/01/22", "22.01.2021", "20210122", Unix seconds (a number or a string of
nine or more digits, so that a bare year is not read as seconds of 1970), `date` and `datetime` objects. ISO forms are read directly, the rest by dateparser. A date
must be complete (no year or day is guessed) and not after today; a numeric date whose day and
month could swap ("03/04/2021") is read in `date_order`, by default month first unless that
reading lies in the future.
"""

import datetime as dt
import math
import re
from functools import lru_cache
from typing import Any, Literal

import dateparser

from ..errors import Errors, WatchdogError

DateOrder = Literal["DMY", "MDY"]
DATE_ORDERS: tuple[str, ...] = ("DMY", "MDY")

_ISO_BASIC = re.compile(r"\d{8}")
_EPOCH = re.compile(r"\d{9,12}(?:\.\d*)?")
_SWAPPABLE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-]\d{2,4}")
_MAX_CHARS = 64
#: absolute dates only: "yesterday" or "2 days ago" has no fixed day to publish on
_SETTINGS = {
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def parse_published(value: Any, *, date_order: DateOrder | None = None, today: dt.date | None = None) -> dt.date | None:
    """The publication date `value` gives; None for None or a blank string.

    Raises WatchdogError (E001, naming the value) when it gives no complete date up to today.
    """
    if date_order is not None and date_order not in DATE_ORDERS:
        raise WatchdogError(Errors.E019.format(value=date_order))
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    latest = (today or dt.date.today()) + dt.timedelta(days=1)  # a zone ahead of this machine's
    found = _date_of(value, date_order, latest)
    if found is None or found > latest:
        raise WatchdogError(Errors.E001.format(value=value))
    return found


def _date_of(value: Any, date_order: str | None, latest: dt.date) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return _from_text(str(value), date_order, latest)
    if isinstance(value, float):
        return _from_epoch(value) if value >= 1e8 else None
    if isinstance(value, str):
        return _from_text(value.strip(), date_order, latest)
    return None


def _from_epoch(seconds: float) -> dt.date | None:
    if not math.isfinite(seconds):
        return None
    try:
        return dt.datetime.fromtimestamp(seconds, dt.UTC).date()
    except (OverflowError, OSError, ValueError):
        return None


@lru_cache(maxsize=1024)
def _from_text(text: str, date_order: str | None, latest: dt.date) -> dt.date | None:
    """A string's date: ISO first (fast and exact), then Unix seconds, then dateparser."""
    if len(text) > _MAX_CHARS or not text:
        return None
    if _ISO_BASIC.fullmatch(text):
        return _iso(text)
    if _EPOCH.fullmatch(text):
        return _from_epoch(float(text))
    found = _iso(text)
    if found is not None:
        return found
    swappable = _SWAPPABLE.fullmatch(text)
    if date_order is None and swappable and int(swappable[1]) <= 12 and int(swappable[2]) <= 12:
        first = _dateparser(text, "MDY")
        return first if first is None or first <= latest else _dateparser(text, "DMY")
    return _dateparser(text, date_order)


def _iso(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _dateparser(text: str, date_order: str | None) -> dt.date | None:
    settings = dict(_SETTINGS, DATE_ORDER=date_order) if date_order else _SETTINGS
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed is not None else None
