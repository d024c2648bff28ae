import pytest

from watchdog_nlp.normalize.durations import duration_total, parse_duration, term_lists


@pytest.mark.parametrize(
    "text, expected",
    [
        ("five years", "P5Y"),
        ("five years in prison", "P5Y"),
        ("one year", "P1Y"),
        ("a year", "P1Y"),
        ("18 months", "P18M"),
        ("16 months", "P16M"),
        ("15 days", "P15D"),
        ("10 days in jail", "P10D"),
        ("three years' probation", "P3Y"),
        ("an 11-year sentence", "P11Y"),
        ("a suspended two-year sentence", "P2Y"),
        ("the 38-day", "P38D"),
    ],
)
def test_durations_keeps_the_texts_unit(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3 1/2 years", "P3Y6M"),
        ("6 1/2 years", "P6Y6M"),
        ("six and a half years", "P6Y6M"),
        ("a 6 1/2-year prison term", "P6Y6M"),
        ("13 1/2 months", "P13M15D"),
        ("a year and a half", "P1Y6M"),
        ("a year-and-a-half sentence", "P1Y6M"),
        ("half a year", "P6M"),
    ],
)
def test_durations_spreads_fractions_over_smaller_units(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("seven years and three months", "P7Y3M"),
        ("three years and nine months", "P3Y9M"),
        ("two years and six months", "P2Y6M"),
        ("seven years, three months", "P7Y3M"),
        ("10 months and seven months", "P10M"),
        ("two years of restricted freedom and a three-year ban", "P2Y"),
    ],
)
def test_durations_joins_only_a_following_smaller_unit(text, expected):
    assert parse_duration(text) == expected


def test_durations_weeks_become_days():
    assert parse_duration("two weeks") == "P14D"


@pytest.mark.parametrize(
    "text",
    ["", "the year", "year", "40 hours", "100 hours of community work", "life in prison", "23-year-old", "23 years old"],
)
def test_durations_non_terms_are_none(text):
    assert parse_duration(text) is None


@pytest.mark.parametrize(
    "iso, expected",
    [
        ("P1Y6M", (18, 0)),
        ("P18M", (18, 0)),
        ("P13M15D", (13, 15)),
        ("P2W", (0, 14)),
        ("P15D", (0, 15)),
        ("P5Y", (60, 0)),
    ],
)
def test_durations_total_in_months_and_days(iso, expected):
    assert duration_total(iso) == expected


@pytest.mark.parametrize("text, equal_to", [("18 months", "P1Y6M"), ("two weeks", "P2W"), ("3 1/2 years", "P42M")])
def test_durations_parsed_terms_score_equal_to_other_spellings(text, equal_to):
    assert duration_total(parse_duration(text)) == duration_total(equal_to)


@pytest.mark.parametrize("iso", ["", "P", "5Y", "PT4H", "P1.5Y", "p5y", None])
def test_durations_total_rejects_invalid_input(iso):
    with pytest.raises(ValueError, match="Invalid duration"):
        duration_total(iso)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("to 14, 10 and 12 years", [["P14Y", "P10Y", "P12Y"]]),
        ("nine years and seven years, respectively", [["P9Y", "P7Y"]]),
        ("for 10 and seven months respectively", [["P10M", "P7M"]]),
        ("five and three years in prison each", [["P5Y", "P3Y"]]),
        ("two years and six months and 18 months", [["P2Y6M", "P18M"]]),
        ("eight months suspended for two years", [["P8M"], ["P2Y"]]),
        ("a 23-year-old got five years", [["P5Y"]]),
        ("a seven-and-a-half-year sentence", [["P7Y6M"]]),
        ("three more years in a penal colony", [["P3Y"]]),
    ],
)
def test_durations_term_lists_in_order(text, expected):
    assert term_lists(text) == expected
