"""Terms told in pieces: a suspension told after the term it suspends, a term of years and months
(or "a year and a half") read whole, the term an appeal left told after the cut, probation and
deportation. Sentences are written for these tests."""

import pytest

from watchdog_nlp import extract

PUBLISHED = "2022-03-15"


def terms(nlp, text):
    return {
        (r.person, r.ruling, tuple((p.kind, p.duration) for p in r.sentence))
        for r in extract(text, published=PUBLISHED, nlp=nlp).records
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "On March 3 the regional court sentenced blogger Anton Belov to four years in prison - the term "
            "suspended for two years.",
            {("Anton Belov", "sentenced", (("suspended", "P4Y"),))},
        ),
        (
            "A court in Izmir on March 3 sentenced columnist Deniz Aras to two years in prison, but the sentence was suspended.",
            {("Deniz Aras", "sentenced", (("suspended", "P2Y"),))},
        ),
        (
            "A court in Izmir on March 3 sentenced columnist Deniz Aras to 1 year, 3 months and 10 days in "
            "prison for propaganda. The prison sentence was deferred.",
            {("Deniz Aras", "sentenced", (("suspended", "P1Y3M10D"),))},
        ),
        (
            "On March 3 the regional court sentenced blogger Anton Belov to four years in prison. His lawyers "
            "paid bail to have the sentence suspended pending appeal.",
            {("Anton Belov", "sentenced", (("prison", "P4Y"),))},
        ),
        (
            "A court in Izmir in 2019 sentenced columnist Deniz Aras to two years in prison. Last month the "
            "court suspended his sentence.",
            {("Deniz Aras", "sentenced", (("prison", "P2Y"),))},
        ),
    ],
)
def test_penalties_a_suspension_told_after_the_term_suspends_it(nlp, text, expected):
    assert terms(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "On March 3 a court in Tabriz sentenced the teacher Reza Karimi to three years and six months of "
            "prison and 70 lashes.",
            ("prison", "P3Y6M"),
        ),
        (
            "On March 3 Elvin Mammadov was sentenced to 4 years and 2 months of imprisonment in a correctional facility.",
            ("prison", "P4Y2M"),
        ),
        (
            "A court in Ankara on March 3 sentenced reporter Deniz Aras to 2 years, 6 months and 20 days in prison.",
            ("prison", "P2Y6M20D"),
        ),
        ("A court on March 3 jailed activist Elvin Mammadov for two years and six months.", ("prison", "P2Y6M")),
    ],
)
def test_penalties_a_term_of_years_and_months_is_read_whole(nlp, text, expected):
    (record,) = extract(text, published=PUBLISHED, nlp=nlp).records
    assert (record.sentence[0].kind, record.sentence[0].duration) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "His lawyer said on March 3 that the appeals court reduced the sentence of Wang Lin by three "
            "months, but he will still serve 21 months in prison.",
            ("appeal_granted", "P21M"),
        ),
        (
            "On March 3 the appeals court reduced the seven-year sentence of Wang Lin by two years.",
            ("appeal_granted", "P5Y"),
        ),
    ],
)
def test_penalties_the_term_an_appeal_left_told_after_the_cut(nlp, text, expected):
    appeal = {(r.ruling, r.sentence[0].duration) for r in extract(text, published=PUBLISHED, nlp=nlp).records if r.sentence}
    assert expected in appeal


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A court in Kazan on March 3 sentenced activist Ilya Sorokin to a year and a half in prison.", [("prison", "P1Y6M")]),
        ("A court in Kazan on March 3 sentenced activist Ilya Sorokin to two years and a half in prison.", [("prison", "P2Y6M")]),
        ("A court in Osh on March 3 sentenced reporter Aibek Sadyrov to three years' probation.", [("suspended", "P3Y")]),
        (
            "A court in Almaty on March 3 sentenced blogger Ruslan Akhmetov to six years and ordered his deportation.",
            [("prison", "P6Y"), ("deportation", None)],
        ),
    ],
)
def test_penalties_half_years_probation_and_deportation(nlp, text, expected):
    (record,) = extract(text, published=PUBLISHED, nlp=nlp).records
    assert [(p.kind, p.duration) for p in record.sentence] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A court in Yangon on March 3 sentenced editor Min Thu to seven years of hard labour.",
            [("prison", "P7Y")],
        ),
        ("A court in Dhaka on March 3 sentenced editor Abul Hossain to imprisonment for seven years.", [("prison", "P7Y")]),
        (
            "A court in Dhaka on March 3 sentenced editor Abul Hossain to seven years imprisonment and a fine of Tk 10,000.",
            [("prison", "P7Y"), ("fine", None)],
        ),
        ("A court in Havana on March 3 sentenced artist Luis Pardo to five years of public works.", [("labor", "P5Y")]),
        (
            "A court in Riyadh on March 3 sentenced activist Salma Harbi to seven years in prison and seven years' travel ban.",
            [("prison", "P7Y"), ("ban", "P7Y")],
        ),
        (
            "A court in Kazan on March 3 sentenced activist Ilya Sorokin to three years of imprisonment, suspended for two years.",
            [("suspended", "P3Y")],
        ),
        (
            "A court in Minsk on March 3 sentenced blogger Ales Kozak to seven years, of which he must serve four.",
            [("prison", "P7Y")],
        ),
    ],
)
def test_penalties_term_shapes_in_other_words(nlp, text, expected):
    (record,) = extract(text, published=PUBLISHED, nlp=nlp).records
    assert [(p.kind, p.duration) for p in record.sentence] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Five democracy activists were sentenced on March 3 to up to 14 months in jail for an unauthorised "
            "assembly. The activists are Wing Chan and Kit Lau.",
            {("Wing Chan", "sentenced", (("prison", None),)), ("Kit Lau", "sentenced", (("prison", None),))},
        ),
        (
            "On March 3 a court in Minsk jailed activist Pavel Hrodna for 12 days.",
            {("Pavel Hrodna", "sentenced", (("administrative_jail", "P12D"),))},
        ),
    ],
)
def test_penalties_up_to_a_term_is_no_one_s_term(nlp, text, expected):
    assert terms(nlp, text) == expected
