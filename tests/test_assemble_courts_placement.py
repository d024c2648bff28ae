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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A Moscow court on Tuesday sentenced activist Oleg Petrov to two years in prison. Judge Anna Sokolova of the Tverskoy "
         "District Court said he would serve it in a colony. In 2022, Judge Ivan Belov of the same district court fined him 100,000 rubles.",
         [("Oleg Petrov", "sentenced", "Moscow", "RU"), ("Oleg Petrov", "sentenced", "Moscow", "RU")]),
        ("A court in Minsk on Tuesday sentenced activist Pavel Sidorenko to two years in prison. Diplomats came to the court for "
         "the sentencing. In 2021, the same court had fined him 500 rubles.",
         [("Pavel Sidorenko", "sentenced", "Minsk", "BY"), ("Pavel Sidorenko", "sentenced", "Minsk", "BY")]),
    ],
)
def test_courts_same_court_takes_the_referent_seat(nlp, text, expected):
    """'the same (district) court' after a placed court, with a bare 'the court' between -> that court's seat."""
    assert courts(nlp, text) == expected
