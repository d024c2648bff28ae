import datetime as dt

import pytest

from watchdog_nlp.errors import WatchdogError
from watchdog_nlp.normalize.published import parse_published

TODAY = dt.date(2021, 6, 1)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2021-01-22", dt.date(2021, 1, 22)),
        ("  2021-01-22\n", dt.date(2021, 1, 22)),
        ("2021-01-22T10:00:00", dt.date(2021, 1, 22)),
        ("2021-01-22T10:00:00Z", dt.date(2021, 1, 22)),
        ("2021-01-22T23:30:00-05:00", dt.date(2021, 1, 22)),
        ("2021-01-22 10:00:00.123+03:00", dt.date(2021, 1, 22)),
        ("20210122", dt.date(2021, 1, 22)),
        (20210122, dt.date(2021, 1, 22)),
        ("22 January 2021", dt.date(2021, 1, 22)),
        ("January 22, 2021", dt.date(2021, 1, 22)),
        ("Friday, January 22, 2021", dt.date(2021, 1, 22)),
        ("Fri, 22 Jan 2021 10:00:00 GMT", dt.date(2021, 1, 22)),
        ("2021/01/22", dt.date(2021, 1, 22)),
        ("22.01.2021", dt.date(2021, 1, 22)),
        ("22/01/2021", dt.date(2021, 1, 22)),
        ("1611273600", dt.date(2021, 1, 22)),
        (1611273600, dt.date(2021, 1, 22)),
        (1611273600.5, dt.date(2021, 1, 22)),
        (dt.date(2021, 1, 22), dt.date(2021, 1, 22)),
        (dt.datetime(2021, 1, 22, 10, 30), dt.date(2021, 1, 22)),
        (None, None),
        ("", None),
        ("   ", None),
    ],
)
def test_published_forms(value, expected):
    """any common publication-date form -> its date; nothing given -> None."""
    assert parse_published(value, today=TODAY) == expected


@pytest.mark.parametrize(
    "value, order, expected",
    [
        ("03/04/2021", None, dt.date(2021, 3, 4)),
        ("03/04/2021", "MDY", dt.date(2021, 3, 4)),
        ("03/04/2021", "DMY", dt.date(2021, 4, 3)),
        ("05/06/2021", None, dt.date(2021, 5, 6)),
        ("06/05/2021", None, dt.date(2021, 5, 6)),
        ("13/04/2021", "MDY", dt.date(2021, 4, 13)),
    ],
)
def test_published_day_month_order(value, order, expected):
    """a numeric date whose day and month could swap: date_order decides; without it month first,
    unless that reading is after today (06/05 on 2021-06-01 is 6 May)."""
    assert parse_published(value, date_order=order, today=TODAY) == expected


@pytest.mark.parametrize(
    "value",
    [
        "not a date", "2021-02-30", "2021-13-45", "31/31/2021", "January 2021", "2021", 2021, "yesterday",
        "2 days ago", "2999-01-01", "2021-06-03", "\ud800", "1e309", float("nan"), float("inf"), -5, 10**30,
        True, [], {}, "9" * 200, "10000-01-01", "0000-01-01",
    ],
)  # fmt: skip
def test_published_invalid_raises_e001(value):
    """no complete date, or one after today (a day's grace for time zones) -> E001 naming the value."""
    with pytest.raises(WatchdogError, match=r"\[E001\]"):
        parse_published(value, today=TODAY)


def test_published_bad_date_order_raises_e018():
    with pytest.raises(WatchdogError, match=r"\[E019\].*'YMD'"):
        parse_published(None, date_order="YMD")
