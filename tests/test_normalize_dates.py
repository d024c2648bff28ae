import datetime as dt

import pytest

from watchdog_nlp.normalize import dates
from watchdog_nlp.normalize.dates import is_future_phrase, resolve_date

D = dt.date

FAST_PATH = [
    ("January 22", D(2021, 1, 25), "2021-01-22"),
    ("on January 22", D(2021, 1, 25), "2021-01-22"),
    ("December 28", D(2021, 1, 3), "2020-12-28"),
    ("in 2016", D(2021, 1, 3), "2016"),
    ("2016", D(2021, 1, 3), "2016"),
    ("in February", D(2020, 11, 2), "2020-02"),
    ("in November", D(2020, 11, 2), "2020-11"),
    ("August 2019", D(2020, 8, 11), "2019-08"),
    ("March 2018", D(2020, 1, 1), "2018-03"),
    ("July 1, 2009", D(2010, 1, 19), "2009-07-01"),
    ("November 18 last year", D(2020, 7, 30), "2019-11-18"),
    ("last year", D(2021, 1, 22), "2020"),
    ("this year", D(2021, 1, 22), "2021"),
    ("Earlier this year", D(2019, 10, 14), "2019"),
    ("last week", D(2021, 1, 3), "2020-12"),
    ("last week", D(2021, 5, 10), "2021-05"),
    ("earlier this month", D(2023, 8, 14), "2023-08"),
    ("this month", D(2023, 8, 14), "2023-08"),
    ("last month", D(2021, 1, 22), "2020-12"),
    ("late December", D(2023, 8, 14), "2022-12"),
    ("late February 2022", D(2023, 4, 10), "2022-02"),
    ("mid-May", D(2021, 1, 4), "2020-05"),
    ("last November", D(2020, 11, 2), "2019-11"),
    ("last November", D(2025, 6, 26), "2024-11"),
    ("on Monday", D(2021, 1, 22), "2021-01-18"),
    ("Sunday", D(2019, 1, 1), "2018-12-30"),
    ("on Tuesday", D(2021, 1, 5), "2021-01-05"),
    ("last Tuesday", D(2021, 1, 5), "2020-12-29"),
    ("yesterday", D(2021, 1, 1), "2020-12-31"),
    ("today", D(2019, 10, 14), "2019-10-14"),
    ("two days ago", D(2020, 6, 10), "2020-06-08"),
    ("three years ago", D(2020, 6, 10), "2017"),
    ("2021-01-22", None, "2021-01-22"),
    ("22 January 2021", None, "2021-01-22"),
    ("the 22nd of January", D(2021, 1, 25), "2021-01-22"),
    ("Jan. 22", D(2021, 1, 25), "2021-01-22"),
    ("Sept. 5, 2019", None, "2019-09-05"),
    ("Tuesday, January 19", D(2021, 1, 25), "2021-01-19"),
    ("February 29", D(2021, 3, 1), "2020-02-29"),
    ("since 2014", None, "2014"),
    ("the end of 2019", None, "2019"),
    ("the summer of 2019", D(2021, 1, 1), "2019"),
    ("between 10 and 15 days last week", D(2020, 6, 10), "2020-06"),
]


@pytest.mark.parametrize("text, published, expected", FAST_PATH)
def test_dates_resolves_at_the_texts_precision(text, published, expected):
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("June 20-21, 2019", None, "2019-06-20"),
        ("March 1-2, 2008", D(2010, 1, 19), "2008-03-01"),
        ("July 1-2", D(2023, 1, 31), "2022-07-01"),
        ("June 9 and 10", D(2019, 6, 10), "2019-06-09"),
        ("December 2 to 13 1/2 months", D(2021, 1, 5), "2020-12-02"),
        ("January 9 to 15 years", D(2021, 1, 5), "2020-01-09"),
        ("in 2019-20", None, "2019"),
        ("2019-2020", None, "2019"),
    ],
)
def test_dates_range_gives_its_first_day(text, published, expected):
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("May 13", D(2024, 4, 9), "2023-05-13"),
        ("until May 13", D(2024, 4, 9), "2024-05-13"),
        ("by May 13", D(2024, 4, 9), "2024-05-13"),
        ("until March 12", D(2024, 4, 9), "2025-03-12"),
        ("December 31", D(2021, 12, 31), "2021-12-31"),
        ("January 1", D(2021, 12, 31), "2021-01-01"),
        ("next Tuesday", D(2021, 1, 5), "2021-01-12"),
        ("next week", D(2021, 1, 29), "2021-02"),
        ("December 18, 2030", D(2021, 1, 1), "2030-12-18"),
    ],
)
def test_dates_never_after_publication_unless_forward_or_stated(text, published, expected):
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize(
    "text",
    ["January 22", "in February", "last year", "last week", "on Monday", "yesterday", "November 18 last year"],
)
def test_dates_without_publication_need_a_stated_year(text):
    assert resolve_date(text, None) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "the same day",
        "two months",
        "five years",
        "a year",
        "the year",
        "Five days earlier",
        "Two days later",
        "more than seven years ago",
        "June of that year",
        "1990s",
        "23",
        "Christmas Day",
        "Qosanov",
        "2:18 a.m.",
        "the eve of last weekend's",
        "February 30",
        "February 29, 2021",
    ],
)
def test_dates_non_dates_and_impossible_dates_are_none(text):
    assert resolve_date(text, D(2021, 1, 25)) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("until March 12", True),
        ("by May 13", True),
        ("next week", True),
        ("tomorrow", True),
        ("on March 12", False),
        ("last week", False),
        ("", False),
    ],
)
def test_dates_is_future_phrase(text, expected):
    assert is_future_phrase(text) is expected


def test_dates_accepts_a_datetime_as_publication():
    assert resolve_date("January 22", dt.datetime(2021, 1, 25, 14, 30)) == "2021-01-22"


def test_dates_fast_path_never_calls_dateparser(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("dateparser called")

    dates._resolve.cache_clear()
    monkeypatch.setattr(dates.dateparser, "parse", refuse)
    for text, published, expected in FAST_PATH:
        assert resolve_date(text, published) == expected
    dates._resolve.cache_clear()


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("the night of January 22", D(2021, 1, 25), "2021-01-22"),
        ("22/01/2021", None, "2021-01-22"),
    ],
)
def test_dates_other_forms_fall_back_to_dateparser(text, published, expected):
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize(
    "text, tagged, expected",
    [
        ("Court jails a blogger\n\n14 October 2021\n\nThe court", "October 2021", "14 October 2021"),
        ("Activists sentenced\n\nMay 5, 2020\n\nA court", "2020", "May 5, 2020"),
        ("NEWSWIRE 3 Feb 2019 10:12 Two activists", "2019", "3 Feb 2019"),
        ("was sentenced on 9 November to five years", "9 November", "9 November"),
        ("convicted in March 2018 of fraud", "March 2018", "March 2018"),
        ("the 2016 election and 12 protests", "2016", "2016"),
        ("Petrov 18 years, Ivan Smirnov 14 years", "14 years", "14 years"),
    ],
)
def test_dates_widen_takes_the_day_or_year_the_tagger_left_out(text, tagged, expected):
    start = text.index(tagged)
    lo, hi = dates.widen(text, start, start + len(tagged))
    assert text[lo:hi] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("on Sunday", True),
        ("yesterday", True),
        ("last Friday", True),
        ("today", True),
        ("on March 3", False),
        ("last week", False),
        ("two days later", False),
    ],
)
def test_dates_is_relative_to_now(text, expected):
    assert dates.is_relative_to_now(text) is expected


@pytest.mark.parametrize(
    "anchor, text, expected",
    [
        ("2024-03-12", "Five days earlier", "2024-03-07"),
        ("2019-11-18", "Two days later", "2019-11-20"),
        ("2021-03-04", "two days before", "2021-03-02"),
        ("2025-09-03", "On the same day", "2025-09-03"),
        ("2021-12-31", "the next day", "2022-01-01"),
        ("2021-01-05", "the previous day", "2021-01-04"),
        ("2024-11-01", "a week later", "2024-11-08"),
        ("2018-10-12", "days later", "2018-10"),
        ("2023-05-03", "Only a few days earlier", "2023"),
        ("2020-12-28", "a few days later", None),
        ("2024-05", "Two days later", "2024-05"),
        ("2022-03", "two months later", "2022-05"),
        ("2016", "A year later", "2017"),
        ("2016", "two months later", None),
        ("2021-01-01", "two months", None),
        ("2021-01-01", "the same court", None),
    ],
)
def test_dates_shift_counts_from_an_anchor_at_the_precision_that_stays_certain(anchor, text, expected):
    assert dates.shift_date(anchor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Five days earlier", True),
        ("on the same day", True),
        ("a week later", True),
        ("two days", False),
        ("on March 3", False),
        ("three years", False),
    ],
)
def test_dates_is_counted(text, expected):
    assert dates.is_counted(text) is expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("last week", D(2024, 3, 11), "2024-03"),
        ("last week", D(2024, 3, 4), "2024"),
        ("earlier this week", D(2024, 3, 1), "2024"),
        ("this week", D(2024, 3, 7), "2024-03"),
        ("the past week", D(2024, 3, 5), "2024"),
        ("last week", D(2024, 1, 3), "2023-12"),
        ("last week", D(2025, 1, 6), None),
        ("this past Monday", D(2024, 3, 1), "2024-02-26"),
        ("27 February 2024", None, "2024-02-27"),
        ("on 6 September", D(2022, 9, 7), "2022-09-06"),
        ("Tuesday 22 August", D(2023, 8, 23), "2023-08-22"),
    ],
)
def test_dates_weeks_keep_only_what_all_their_days_share(text, published, expected):
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("6.09.2022", None, "2022-09-06"),
        ("13.09.2022", None, "2022-09-13"),
        ("2022/09/06", None, "2022-09-06"),
        ("2021/1/5", None, "2021-01-05"),
        ("6-Mar-2023", D(2023, 3, 15), "2023-03-06"),
        ("over the weekend", D(2023, 3, 13), "2023-03"),
        ("at the weekend", D(2023, 4, 3), "2023-04"),
        ("last weekend", D(2023, 3, 12), "2023-03"),
        ("over the weekend", D(2023, 10, 1), "2023"),
        ("over the weekend", D(2023, 1, 2), None),
    ],
)
def test_dates_numeric_orders_and_weekends(text, published, expected):
    """dotted dates are day first, dates led by a four-digit year year first; a weekend is the
    Saturday and Sunday before publication, at the month or year they share."""
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("last summer", D(2024, 3, 5), "2023"),
        ("last summer", D(2024, 10, 2), "2024"),
        ("in the spring", D(2024, 8, 5), "2024"),
        ("in the summer", D(2024, 3, 5), "2023"),
        ("in early autumn", D(2023, 1, 20), "2022"),
        ("last fall", D(2024, 8, 5), "2023"),
        ("this summer", D(2024, 7, 1), "2024"),
        ("the summer of 2019", D(2024, 8, 5), "2019"),
        ("in the winter of 2021", None, "2021"),
        ("last winter", D(2024, 3, 5), None),
        ("last summer", None, None),
    ],
)
def test_dates_seasons(text, published, expected):
    """a season gives the year of the most recent one (the last one over after "last"); a winter
    without its year spans two years and gives none."""
    assert resolve_date(text, published) == expected
