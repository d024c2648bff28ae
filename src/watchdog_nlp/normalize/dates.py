"""Resolve date phrases ("on January 22", "late December", "last week") to ISO 8601 at the text's precision.

A phrase becomes "YYYY-MM-DD", "YYYY-MM" or "YYYY" depending on what it states; missing parts
come from the publication date. News reports the past, so a day or month without a year is the
most recent one not after publication, unless the phrase looks forward ("until March 12").
Common forms are read by regexes; dateparser (slow) only sees what they leave.

Assembly also asks for the fullest date written around a tagged one (`widen`: "28 [December 2020]"),
whether a phrase counts from the day of writing (`is_relative_to_now`) or from another date
(`is_counted`), and the date such a count names (`shift_date`: "five days earlier", "the same day").
"""

import datetime as dt
import re
from functools import lru_cache

import dateparser

from .words import MONTH_NAMES, WEEKDAY_NAMES, number_words

_MONTHS = {name: i for i, name in enumerate(MONTH_NAMES, 1)}
_MONTHS |= {name[:3]: i for name, i in _MONTHS.items()} | {"sept": 9}
_WEEKDAYS = {name: i for i, name in enumerate(WEEKDAY_NAMES)}
_SMALL = {"a": 1, "an": 1} | number_words(1, 12)

_MONTH_WORD = rf"(?:{'|'.join(sorted(_MONTHS, key=len, reverse=True))})"
_MONTH = rf"(?P<month>{_MONTH_WORD})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>[12]\d{3})(?!\w)"
_WEEKDAY_WORD = rf"(?:{'|'.join(_WEEKDAYS)})"
_WEEKDAY = rf"(?P<weekday>{_WEEKDAY_WORD})"
_RANGE_TAIL = r"(?:\s*(?:-|–|—|to|and|through|until)\s*\d{1,2}(?:st|nd|rd|th)?(?!\d))?"
_YEAR_TAIL = r"(?:\s*,?\s*(?:of\s+)?(?:(?P<yearword>last|this|next|that)\s+year|" + _YEAR + "))?"

_LEAD = re.compile(
    r"^(?:(?:on|in|since|from|by|until|till|through|before|after|at|during|over|as\s+of|of|the|around|about)\s+"
    r"|(?:early|mid|late|the\s+(?:end|beginning|start|middle)\s+of|(?:end|beginning|start|middle)\s+of)[\s-]*)+"
)
_FORWARD = re.compile(r"^(?:until|till|by|through)\b|\b(?:next|coming|upcoming|tomorrow)\b")
_ISO = re.compile(r"(?P<year>[12]\d{3})-(?P<month>0[1-9]|1[0-2])(?:-(?P<day>\d{2}))?(?!\d)")
_MONTH_DAY = re.compile(rf"(?:{_WEEKDAY}\s*,?\s+)?{_MONTH}\s+{_DAY}{_RANGE_TAIL}{_YEAR_TAIL}")
_DAY_MONTH = re.compile(rf"(?:{_WEEKDAY}\s*,?\s+)?(?:the\s+)?{_DAY}{_RANGE_TAIL}\s+(?:of\s+)?{_MONTH}{_YEAR_TAIL}")
_MONTH_ONLY = re.compile(rf"(?:(?P<rel>last|this|next|past|coming)\s+)?{_MONTH}(?!\w){_YEAR_TAIL}")
_YEAR_ONLY = re.compile(_YEAR + r"(?![/.]\d)")
_WEEKDAY_ONLY = re.compile(rf"(?:(?:this\s+)?(?P<rel>last|this|next|past|coming)\s+)?{_WEEKDAY}(?!\w)")
_NAMED_DAY = re.compile(r"(?P<word>yesterday|today|tomorrow)(?!\w)")
_WEEKEND = re.compile(r"(?:(?P<rel>last|past|this)\s+)?weekend(?!\w)")
_PERIOD = re.compile(
    r"(?:(?:earlier|later|early|late)\s+)?(?:the\s+)?(?P<rel>last|this|next|past|coming)\s+"
    r"(?:(?:few|couple\s+of)\s+)?(?P<unit>week|month|year)(?!\w)"
)
_SEASON = re.compile(rf"(?:(?P<rel>last|past|this)\s+)?(?P<season>spring|summer|autumn|fall|winter)(?!\w){_YEAR_TAIL}")
#: first and last month of the seasons that fall within one year (northern-hemisphere news)
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_AGO = re.compile(rf"(?P<n>\d+|{'|'.join(_SMALL)})\s+(?P<unit>day|week|month|year)s?\s+ago(?!\w)")
_ANY_YEAR = re.compile(rf"(?<![\w-]){_YEAR}")
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.]\d{1,2}[/.]\d{1,4}\b")
#: a numeric date with dots is written day first wherever dots are used ("6.09.2022")
_DOTTED_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_HAS_MONTH = re.compile(rf"\b{_MONTH_WORD}(?!\w)")
_DAY_NEAR_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?[\s-]+(?:of\s+)?{_MONTH_WORD}|{_MONTH_WORD}\.?[\s-]+\d{{1,2}}(?!\d)")


#: an ISO date of years 1..9999, the only ones a date has (not "-7978", "0000" or "10000")
_IN_RANGE = re.compile(r"(?!0000)\d{4}(?:-\d{2}(?:-\d{2})?)?")


_FULL_DATE = re.compile(
    rf"(?<![\w-])(?:{_WEEKDAY_WORD}\s*,?\s+)?(?:{_MONTH_WORD}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+[12]\d{{3}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD}\.?,?\s+[12]\d{{3}}"
    rf"|{_MONTH_WORD}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD})(?![\w-])",
    re.IGNORECASE,
)
_WIDEN_REACH = 16
#: a date written with its day, month and year ("February 03, 2016", "3rd of May 2019")
_WRITTEN_DATE = re.compile(
    rf"\b(?:{_MONTH_WORD}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+[12]\d{{3}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD}\.?,?\s+[12]\d{{3}})(?![\w-])",
    re.IGNORECASE,
)


#: (text, its bounds widened so far): assembly widens each date of the text it reads two or three
#: times (its value, whether it is a page date, the page's stated dates)
_WIDENED: list[tuple[str | None, dict[tuple[int, int], tuple[int, int]]]] = [(None, {})]


def widen(text: str, start: int, end: int) -> tuple[int, int]:
    """The character bounds of the fullest date written over text[start:end]: the tagger often
    leaves out a day or a year ("28 [December 2020]", "September 6, [2022]", "[21 Mar] 2019").
    Kept for the text asked last (the same string object, as `windows.doc_text` gives)."""
    state = _WIDENED[0]
    if state[0] is not text:
        state = _WIDENED[0] = (text, {})
    found = state[1].get((start, end))
    if found is None:
        found = state[1][start, end] = _widen(text, start, end)
    return found


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    window_end = min(len(text), end + _WIDEN_REACH)
    for match in _FULL_DATE.finditer(text, max(0, start - _WIDEN_REACH), window_end):
        if match.start() < end and match.end() > start:
            return min(start, match.start()), max(end, match.end())
    return start, end


def written_dates(text: str) -> list[tuple[int, str]]:
    """The offsets and ISO dates of every date written out with its day, month and year in `text`:
    the tagger leaves some unlabelled (a page's date line standing alone, "February 03, 2016")."""
    return [(match.start(), value) for match in _WRITTEN_DATE.finditer(text) if (value := resolve_date(match.group(), None))]


def numeric_dates(text: str) -> list[tuple[int, str]]:
    """The offsets and ISO dates of every date written in digits with its day, month and year in
    `text` ("05.11.20", "08/26/2023"): news prose writes its dates in words, so these are date lines
    and stamps ("Baku/05.11.20/Turan:", "Submitted on Sat, 08/26/2023 - 01:12"), which the tagger
    leaves unlabelled."""
    return [
        (match.start(), value)
        for match in _NUMERIC_DATE.finditer(text)
        if (value := resolve_date(match.group(), None)) is not None and len(value) == 10
    ]


def is_relative_to_now(text: str) -> bool:
    """Whether the phrase counts from the day of writing ("on Sunday", "yesterday", "today")
    rather than naming its date."""
    body = _LEAD.sub("", _clean(text))
    return bool(_WEEKDAY_ONLY.fullmatch(body) or _NAMED_DAY.fullmatch(body))


_COUNTED = re.compile(
    r"^(?:(?:only|just|some|about|nearly|barely)\s+)?"
    rf"(?:(?P<n>\d+|{'|'.join(_SMALL)})\s+|(?P<vague>a\s+few|a\s+couple\s+of|several|few)\s+)?"
    r"(?P<unit>day|week|month|year)s?\s+(?P<dir>earlier|later|before)$"
)
_NAMED_OFFSETS = {
    "the same day": 0, "that same day": 0, "that day": 0, "the same date": 0,
    "the next day": 1, "the following day": 1, "the day after": 1,
    "the day before": -1, "the previous day": -1, "the eve": -1,
}  # fmt: skip
#: how far "a few days" / "a few weeks" may reach, for the precision that stays certain
_VAGUE_DAYS = {"day": 10, "week": 30}


def is_counted(text: str) -> bool:
    """Whether the phrase counts from another date ("five days earlier", "the same day")."""
    cleaned = re.sub(r"^(?:on|by)\s+", "", _clean(text))
    return cleaned in _NAMED_OFFSETS or bool(_COUNTED.match(cleaned))


def shift_date(anchor: str, text: str) -> str | None:
    """The date a phrase counted from another date names ("five days earlier", "the same day",
    "a year later"), at the precision that stays certain: an exact count of days from a day gives
    the day, "a few days" the month or year both ends share, from a month or a year only that.
    None when `text` is not such a phrase or the anchor cannot carry it."""
    cleaned = re.sub(r"^(?:on|by)\s+", "", _clean(text))
    if cleaned in _NAMED_OFFSETS:
        count, unit, sign = abs(_NAMED_OFFSETS[cleaned]), "day", -1 if _NAMED_OFFSETS[cleaned] < 0 else 1
    else:
        match = _COUNTED.match(cleaned)
        if not match:
            return None
        word = match["n"]
        count = None if word is None else int(word) if word.isdigit() else _SMALL[word]
        unit, sign = match["unit"], 1 if match["dir"] == "later" else -1
    try:
        value = _shift(anchor, count, unit, sign)
    except (OverflowError, ValueError):  # arithmetic past year 1 or 9999 ("99999999 days later")
        return None
    return value if value is None or _IN_RANGE.fullmatch(value) else None


def _shift(anchor: str, count: int | None, unit: str, sign: int) -> str | None:
    precision = len(anchor)
    if unit == "year":
        return f"{int(anchor[:4]) + sign * count:04d}" if count is not None else None
    if unit == "month":
        if count is None or precision < 7:
            return None
        return _month_shift(dt.date(int(anchor[:4]), int(anchor[5:7]), 1), sign * count)
    if precision < 10:
        return anchor
    day = dt.date.fromisoformat(anchor)
    if count is not None:
        return (day + dt.timedelta(days=sign * count * (7 if unit == "week" else 1))).isoformat()
    far = day + dt.timedelta(days=sign * _VAGUE_DAYS[unit])
    if far.year != day.year:
        return None
    return day.strftime("%Y-%m") if far.month == day.month else str(day.year)


def is_future_phrase(text: str) -> bool:
    """Whether the phrase points forward ("until March 12", "by May 13", "next week"), so its date may
    fall after publication."""
    return bool(_FORWARD.search(_clean(text)))


def resolve_date(text: str, published: dt.date | None) -> str | None:
    """The date `text` names, as "YYYY-MM-DD", "YYYY-MM" or "YYYY" at the precision the text states.

    Missing parts are taken relative to `published` (see the module docstring); with no
    `published`, only dates whose year the text states resolve. Durations ("two months") and
    dates relative to other events ("the same day") give None; a range gives its first day.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    try:
        value = _resolve(text or "", published)
    except (OverflowError, ValueError):  # arithmetic past year 1 or 9999 ("99999999 days ago")
        return None
    return value if value is None or _IN_RANGE.fullmatch(value) else None


def _clean(text: str) -> str:
    text = " ".join(text.lower().split()).strip(" .,;:")
    return re.sub(r"['’]s?$", "", text)


@lru_cache(maxsize=4096)
def _resolve(text: str, published: dt.date | None) -> str | None:
    """Try each regex reader; a reader's (True, None) means "recognised, but names no date", which ends the search."""
    cleaned = _clean(text)
    forward = bool(_FORWARD.search(cleaned))
    body = _LEAD.sub("", cleaned)
    for reader in (
        _read_iso,
        _read_day,
        _read_month,
        _read_weekday,
        _read_named_day,
        _read_weekend,
        _read_season,
        _read_ago,
        _read_year,
    ):
        found, value = reader(body, published, forward)
        if found:
            return value
    match = _PERIOD.search(body)
    if match:
        return _period(match, published)
    if _HAS_MONTH.search(body) or _NUMERIC_DATE.search(body):
        return _fallback(body, published)
    match = _ANY_YEAR.search(body)
    return match["year"] if match else None


def _year_from_tail(match: re.Match, published: dt.date | None) -> tuple[bool, int | None]:
    """(stated, year) from a trailing ", 2019" / "last year"; stated is False when the text gives no year."""
    if match["year"]:
        return True, int(match["year"])
    word = match["yearword"]
    if word is None:
        return False, None
    if word == "that" or published is None:
        return True, None
    return True, published.year + {"last": -1, "this": 0, "next": 1}[word]


def _latest(candidates: list[dt.date], published: dt.date, forward: bool) -> dt.date:
    """The most recent candidate not after publication, or the next one on or after it when forward."""
    if forward:
        return min(c for c in candidates if c >= published)
    return max(c for c in candidates if c <= published)


def _valid_dates(years: range, month: int, day: int) -> list[dt.date]:
    dates = []
    for year in years:
        try:
            dates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return dates


def _read_iso(body: str, published: dt.date | None, forward: bool) -> tuple[bool, str | None]:
    match = _ISO.match(body)
    if not match:
        return False, None
    try:
        dt.date(int(match["year"]), int(match["month"]), int(match["day"] or 1))
    except ValueError:
        return True, None
    return True, match.group(0)


def _read_day(body: str, published: dt.date | None, forward: bool) -> tuple[bool, str | None]:
    match = _MONTH_DAY.match(body) or _DAY_MONTH.match(body)
    if not match:
        return False, None
    month, day = _MONTHS[match["month"]], int(match["day"])
    stated, year = _year_from_tail(match, published)
    if stated:
        dates = _valid_dates(range(year, year + 1), month, day) if year else []
        return True, dates[0].isoformat() if dates else None
    if published is None:
        return True, None
    dates = _valid_dates(range(published.year - 8, published.year + 9), month, day)
    return True, _latest(dates, published, forward).isoformat() if dates else None


def _read_month(body: str, published: dt.date | None, forward: bool) -> tuple[bool, str | None]:
    match = _MONTH_ONLY.match(body)
    if not match:
        return False, None
    month = _MONTHS[match["month"]]
    stated, year = _year_from_tail(match, published)
    if stated:
        return True, f"{year:04d}-{month:02d}" if year else None
    if published is None:
        return True, None
    rel = match["rel"]
    this_month = published.replace(day=1)
    candidates = [dt.date(y, month, 1) for y in range(max(published.year - 1, 1), min(published.year + 1, 9999) + 1)]
    if rel in ("last", "past"):
        chosen = max(c for c in candidates if c < this_month)
    elif rel in ("next", "coming"):
        chosen = min(c for c in candidates if c > this_month)
    elif rel == "this":
        chosen = dt.date(published.year, month, 1)
    else:
        chosen = _latest(candidates, this_month, forward)
    return True, chosen.strftime("%Y-%m")


def _read_weekday(body: str, published: dt.date | None, forward: bool) -> tuple[bool, str | None]:
    match = _WEEKDAY_ONLY.match(body)
    if not match:
        return False, None
    if published is None:
        return True, None
    target, rel = _WEEKDAYS[match["weekday"]], match["rel"]
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if rel in ("last", "past"):
        return True, (published - dt.timedelta(days=back or 7)).isoformat()
    if rel in ("next", "coming"):
        return True, (published + dt.timedelta(days=ahead or 7)).isoformat()
    if forward:
        return True, (published + dt.timedelta(days=ahead)).isoformat()
    return True, (published - dt.timedelta(days=back)).isoformat()


def _read_named_day(body: str, published: dt.date | None, forward: bool) -> tuple[bool, str | None]:
    match = _NAMED_DAY.match(body)
    if not match:
        return False, None
    if published is None:
        return True, None
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[match["word"]]
    return True, (published + dt.timedelta(days=offset)).isoformat()


def _read_weekend(body: str, published: dt.date | None, forward: bool) -> tuple[bool, str | None]:
    """ "over the weekend", "last weekend": the Saturday and Sunday before publication (the current
    ones when published on them, unless "last"), as the month or year both days share."""
    match = _WEEKEND.match(body)
    if not match:
        return False, None
    if published is None or forward:
        return True, None
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    if match["rel"] in ("last", "past") and published.weekday() >= 5:
        saturday -= dt.timedelta(days=7)
    sunday = saturday + dt.timedelta(days=1)
    if saturday.month == sunday.month:
        return True, saturday.strftime("%Y-%m")
    return True, str(saturday.year) if saturday.year == sunday.year else None


def _read_season(body: str, published: dt.date | None, forward: bool) -> tuple[bool, str | None]:
    """ "last summer", "in the spring", "the autumn of 2019": the year of the most recent such season
    (the last one over, after "last"; the current one, after "this"). A winter without its year spans
    two years, so it names none."""
    match = _SEASON.match(body)
    if not match:
        return False, None
    stated, year = _year_from_tail(match, published)
    if stated:
        return True, f"{year:04d}" if year else None
    if published is None or forward or match["season"] == "winter":
        return True, None
    first, last = _SEASONS[match["season"]]
    if match["rel"] == "this":
        return True, str(published.year)
    bound = last if match["rel"] in ("last", "past") else first - 1
    return True, str(published.year if published.month > bound else published.year - 1)


def _read_ago(body: str, published: dt.date | None, forward: bool) -> tuple[bool, str | None]:
    match = _AGO.match(body)
    if not match:
        return False, None
    if published is None:
        return True, None
    n = int(match["n"]) if match["n"].isdigit() else _SMALL[match["n"]]
    unit = match["unit"]
    if unit == "year":
        return True, f"{published.year - n:04d}"
    if unit == "month":
        return True, _month_shift(published, -n)
    return True, (published - dt.timedelta(days=n * (7 if unit == "week" else 1))).isoformat()


def _period(match: re.Match, published: dt.date | None) -> str | None:
    """ "last month" -> previous month; "this year" -> year; a week -> the month or year all its days
    share ("last week" read on Monday 4 March 2024 spans February and March: "2024")."""
    if published is None:
        return None
    rel = match["rel"]
    step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[rel]
    unit = match["unit"]
    if unit == "year":
        return f"{published.year + step:04d}"
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday())
        first, last = {
            "last": (monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)),
            "past": (published - dt.timedelta(days=7), published),
            "this": (monday, published),
        }.get(rel, (monday + dt.timedelta(days=7), monday + dt.timedelta(days=13)))
        if (first.year, first.month) == (last.year, last.month):
            return first.strftime("%Y-%m")
        return str(first.year) if first.year == last.year else None
    return _month_shift(published, step)


def _month_shift(published: dt.date, months: int) -> str:
    """ "YYYY-MM" of the month `months` away from the publication month."""
    index = published.year * 12 + published.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _read_year(body: str, published: dt.date | None, forward: bool) -> tuple[bool, str | None]:
    match = _YEAR_ONLY.match(body)
    return (True, match["year"]) if match else (False, None)


def load_dateparser() -> None:
    """Have dateparser read its English data now, as its first parse does (about 0.15 s): called
    before forking workers, which then share the data instead of each reading it again."""
    dateparser.parse("1 January 2000", languages=["en"])


def _fallback(body: str, published: dt.date | None) -> str | None:
    """dateparser for the forms the regexes do not read, at the precision the text states."""
    has_year = bool(_ANY_YEAR.search(body)) or bool(_NUMERIC_DATE.search(body))
    if not has_year and published is None:
        return None
    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["month"]}
    if _DOTTED_DATE.search(body):
        settings["DATE_ORDER"] = "DMY"
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    parsed = dateparser.parse(body, languages=["en"], settings=settings)
    if parsed is None:
        return None
    if _NUMERIC_DATE.search(body) or _DAY_NEAR_MONTH.search(body):
        return parsed.date().isoformat()
    return parsed.strftime("%Y-%m")
