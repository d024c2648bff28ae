"""A court's own "of X" phrase decides its jurisdiction, over a foreign outlet's dateline: an
acronym in brackets between the name and "of X", a province with a compass word, a court of a
court. Sentences are our own."""

import pytest

from watchdog_nlp import extract

PUBLISHED = "2022-06-16"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Madrid, 15 June 2022 - The Supreme Court (SC) of Cuba sentenced activist Luis Perez to five years in prison.",
            [("Luis Perez", None, "CU")],
        ),
        (
            "PARIS, June 15 - The Supreme People's Court (TSP) of Cuba sentenced activist Luis Perez to five years in prison.",
            [("Luis Perez", None, "CU")],
        ),
        (
            "Berlin, 15 June 2022 - The People's Court of southern Dong Nai province sentenced blogger Tran Van Minh to eight years in prison.",
            [("Tran Van Minh", None, "VN")],
        ),
        (
            "The Appeal Court of the People's Court of northern Ha Nam province upheld the eight-year prison sentence of blogger Tran Van Minh.",
            [("Tran Van Minh", None, "VN")],
        ),
        # a city after "of" still seats the court
        (
            "The District Court of Baku sentenced activist Ali Aliyev to four years in prison.",
            [("Ali Aliyev", "Baku", "AZ")],
        ),
    ],
)
def test_courts_of_phrase_gives_the_jurisdiction(nlp, text, expected):
    """'<court> (ACRONYM) of <country>' / 'of (southern) <province> province' -> that country, no seat."""
    records = extract(text, published=PUBLISHED, nlp=nlp).records
    assert sorted((r.person, r.court_city, r.country) for r in records) == expected
