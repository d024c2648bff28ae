"""Normalisers on values no text means: no exception, no out-of-range value."""

import datetime as dt

import pytest
from pydantic import TypeAdapter, ValidationError

from watchdog_nlp.field_types import COUNTRY_CODES, CountryCode
from watchdog_nlp.normalize.dates import resolve_date
from watchdog_nlp.normalize.durations import parse_duration
from watchdog_nlp.normalize.money import parse_money
from watchdog_nlp.normalize.numbers import parse_number
from watchdog_nlp.normalize.places import _city_index, country_entries


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3/4", 0.75),
        ("7/0", None),
        ("0/0", None),
        ("2 7/0", None),
        ("999,999,999,999,999", 999999999999999.0),
        ("9" * 16, None),
        ("1,000,000,000,000,000,000", None),
        ("nine hundred billion", 9e11),
    ],
)
def test_numbers_no_value_for_zero_denominators_or_beyond_largest(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("7/0 months", None),
        ("three years and 7/0 months", "P3Y"),
        ("9" * 40 + " years", None),
        ("99999999 years", "P99999999Y"),
    ],
)
def test_durations_impossible_numbers(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("fined " + "9" * 40 + " rubles", None),
        ("fined " + "9" * 40 + " rubles and 500 tenge", (500.0, "KZT")),
        ("$1,000 billion", (1e12, "USD")),
    ],
)
def test_money_amounts_beyond_largest_skipped(text, expected):
    assert parse_money(text) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("99999999 days ago", dt.date(2021, 3, 10), None),
        ("100000 months ago", dt.date(2021, 3, 10), None),
        ("9999 years ago", dt.date(2021, 3, 10), None),
        ("2022 years ago", dt.date(2021, 3, 10), None),
        ("2020 years ago", dt.date(2021, 3, 10), "0001"),
        ("next year", dt.date(9999, 6, 1), None),
        ("next week", dt.date(9999, 12, 30), None),
        ("last month", dt.date(1, 1, 5), None),
        ("Feb 29", dt.date(1, 1, 1), None),
        ("March", dt.date(9999, 12, 31), "9999-03"),
        ("on Monday", dt.date(1, 1, 1), "0001-01-01"),
        ("last Monday", dt.date(1, 1, 1), None),
    ],
)
def test_dates_outside_years_1_to_9999_give_none(text, published, expected):
    """date arithmetic past year 1 or 9999 -> None, never "-7978", "0000" or "10000"."""
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize(
    "code, ok", [("KZ", True), ("XK", True), ("UA", True), ("EU", False), ("ZZ", False), ("kz", False), ("KAZ", False)]
)
def test_country_codes_only_iso_alpha2_and_xk(code, ok):
    adapter = TypeAdapter(CountryCode)
    if ok:
        assert adapter.validate_python(code) == code
    else:
        with pytest.raises(ValidationError):
            adapter.validate_python(code)


def test_country_codes_of_the_place_data_are_all_allowed():
    """every code the gazetteers can give is one SCHEMA.md allows (else a record would fail to build)."""
    assert {e["code"] for e in country_entries()} <= COUNTRY_CODES
    codes = {c for value in _city_index().values() for c in ([value] if isinstance(value, str) else value)}
    assert codes <= COUNTRY_CODES
