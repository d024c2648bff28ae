"""Where a decision's court sits when the sentence places it outside the court's own name: a place
phrase fronting the sentence, "the same court", and a court tied to one of several decisions.
Sentences are our own."""

import pytest

from watchdog_nlp import extract

PUBLISHED = "2024-05-20"


def courts(nlp, text: str) -> list[tuple[str, str, str | None, str | None]]:
    return sorted((r.person, r.ruling, r.court_city, r.country) for r in extract(text, published=PUBLISHED, nlp=nlp).records)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In Lagos, a court sentenced journalist Musa Bello to two years in prison on Monday.",
         [("Musa Bello", "sentenced", "Lagos", "NG")]),
        ("ABUJA, Nigeria -- In the capital, a judge sentenced activist Ali Hassan to two years in prison on Monday.",
         [("Ali Hassan", "sentenced", "Abuja", "NG")]),
        ("In the Nigerian capital, a judge sentenced activist Ali Hassan to two years in prison on Monday.",
         [("Ali Hassan", "sentenced", "Abuja", "NG")]),
        ("In the capital, Tbilisi, a court on Monday sentenced activist Nino Beridze to a year in prison.",
         [("Nino Beridze", "sentenced", "Tbilisi", "GE")]),
        # a fronted date places nothing
        ("In 2019, a court in Georgia sentenced activist Nino Beridze to a year in prison.",
         [("Nino Beridze", "sentenced", None, "GE")]),
    ],
)
def test_courts_fronted_place_places_the_decision(nlp, text, expected):
    """'In <place>, a judge/court ...' -> the decision's court sits there (the capital of its country)."""
    assert courts(nlp, text) == expected
