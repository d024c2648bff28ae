import pytest

from watchdog_nlp.normalize.numbers import parse_number


@pytest.mark.parametrize(
    "text, expected",
    [
        ("five", 5),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("seventy-seven", 77),
        ("a", 1),
        ("an", 1),
        ("one hundred", 100),
        ("two hundred and fifty thousand", 250_000),
        ("a million", 1_000_000),
        ("1,350", 1350),
        ("600,000", 600_000),
        ("0.5", 0.5),
    ],
)
def test_numbers_reads_words_and_digits(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3 1/2", 3.5),
        ("6 1/2", 6.5),
        ("13 1/2", 13.5),
        ("1/2", 0.5),
        ("six and a half", 6.5),
        ("one and a half", 1.5),
        ("a half", 0.5),
        ("half a", 0.5),
        ("½", 0.5),
        ("3½", 3.5),
        ("7 ½", 7.5),
    ],
)
def test_numbers_reads_fractions(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("903.4 million", 903_400_000),
        ("$5 billion", 5_000_000_000),
        ("10 thousand", 10_000),
        ("forty thousand", 40_000),
    ],
)
def test_numbers_applies_scale_words_exactly(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a suspended two-year sentence", 2),
        ("fined 20,000 rubles ($270)", 20_000),
        ("between 10 and 15 days", 10),
        ("ten and fifteen", 10),
        ("about $750", 750),
    ],
)
def test_numbers_takes_first_number_and_article_only_as_last_resort(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "no number here", "someone", "1990s", "the 22nd", "life in prison"])
def test_numbers_without_a_number_is_none(text):
    assert parse_number(text) is None
