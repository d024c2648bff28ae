"""Which words of a court mention name its seat: a district named after a Soviet-era figure is no
town, a possessor contains the prison or township after it, and a court told a few sentences after a
decision seats it when it names the same defendant. Sentences are our own."""

import pytest

from watchdog_nlp import extract

PUBLISHED = "2024-05-20"


def courts(nlp, text: str) -> list[tuple[str, str, str | None, str | None]]:
    return sorted((r.person, r.ruling, r.court_city, r.country) for r in extract(text, published=PUBLISHED, nlp=nlp).records)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A court in Ufa has jailed six men over a rally. The Kirov district court on May 3 sentenced activist "
            "Ilgiz Sabirov to 12 days in jail.",
            [("Ilgiz Sabirov", "sentenced", "Ufa", "RU")],
        ),
        (
            "The Lenin district court in Sevastopol on May 3 sentenced activist Rustem Aliev to 10 days in jail.",
            [("Rustem Aliev", "sentenced", "Sevastopol", "UA")],
        ),
        (
            "The Kirov District Court on May 3 fined activist Rustem Aliev 20,000 rubles.",
            [("Rustem Aliev", "sentenced", None, None)],
        ),
        # the name of a regional or city court is its seat
        (
            "The Kirov regional court on May 3 upheld the sentence of activist Pavel Orlov.",
            [("Pavel Orlov", "appeal_rejected", "Kirov", "RU")],
        ),
    ],
)
def test_courts_district_eponym_is_no_seat(nlp, text, expected):
    """'the Kirov district court' -> a district so named of some city, placed by the text alone."""
    assert courts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A special court in Yangon's Insein Prison on Friday sentenced journalist Ko Min Thant to five years in prison.",
            [("Ko Min Thant", "sentenced", "Yangon", "MM")],
        ),
        (
            "A court in Dushanbe's Sino district sentenced blogger Farrukh Nazarov to seven years in prison on May 3.",
            [("Farrukh Nazarov", "sentenced", "Dushanbe", "TJ")],
        ),
        (
            "A court in Kazakhstan's Almaty sentenced blogger Erlan Sadykov to three years in prison on May 3.",
            [("Erlan Sadykov", "sentenced", "Almaty", "KZ")],
        ),
    ],
)
def test_courts_possessor_is_the_seat(nlp, text, expected):
    """'in Yangon's Insein Prison' -> Yangon: the possessor contains the place after it."""
    assert courts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Journalist Ahmet Yildiz has been handed a prison sentence of six years on terrorism charges. "
            "He worked for a Kurdish-language daily that was closed in 2016. "
            "He was accused of running a news website. "
            "Rights groups condemned the case. "
            "The hearing was held on Thursday at the Mardin 2nd High Criminal Court, which also ordered Yildiz's arrest.",
            [("Ahmet Yildiz", "sentenced", "Mardin", "TR")],
        ),
        # a court whose sentence names someone else seats no earlier decision that far back
        (
            "Journalist Ahmet Yildiz has been handed a prison sentence of six years on terrorism charges. "
            "He worked for a Kurdish-language daily that was closed in 2016. "
            "He was accused of running a news website. "
            "Rights groups condemned the case. "
            "The Mardin 2nd High Criminal Court is also hearing the case of his editor.",
            [("Ahmet Yildiz", "sentenced", None, "TR")],
        ),
        # nor does a court that is yet to hear the defendant's appeal
        (
            "Activist Oleg Sidorov is serving a month-long jail sentence for a protest. "
            "He went on a hunger strike in detention. "
            "His supporters rallied outside the detention centre. "
            "Doctors were called twice. "
            "The Moscow City Court is due to hear Sidorov's appeal on Friday.",
            [("Oleg Sidorov", "sentenced", None, "RU")],
        ),
    ],
)
def test_courts_later_court_naming_the_defendant_seats_the_decision(nlp, text, expected):
    """A decision told first, its court named sentences later with the same defendant -> that court's seat."""
    assert courts(nlp, text) == expected
