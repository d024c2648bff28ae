"""Appeals: an acquittal at the appeal stage of someone the article tells was convicted overturns
that conviction."""

import pytest

from watchdog_nlp import extract


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Court of Appeal on May 3 acquitted activist Ivan Petrov. A district court had sentenced him to "
            "two years in prison in March.",
            ["appeal_granted", "sentenced"],
        ),
        ("On appeal, blogger Anna Sokolova was acquitted on May 3, overturning her conviction.", ["appeal_granted"]),
        ("Three appellants were acquitted on May 3, among them lawyer Nadia Orlova.", ["appeal_granted"]),
        (
            "The Karnataka High Court on May 3 acquitted activist Ivan Petrov. A sessions court had sentenced him to "
            "three months in prison in 2021.",
            ["appeal_granted", "sentenced"],
        ),
        (
            "The Kano State High Court sentenced Ivan Petrov to 24 years in 2022. The High Court on May 3 acquitted Oleg Sidorov.",
            ["sentenced", "acquitted"],
        ),
        (
            "A district court on May 3 acquitted activist Ivan Petrov and Oleg Sidorov. A magistrate had sentenced "
            "them to three months in prison in 2021.",
            ["appeal_granted", "appeal_granted", "sentenced", "sentenced"],
        ),
        (
            "A sessions court on May 3 acquitted blogger Anna Sokolova. A magistrate's court had found her guilty and "
            "sentenced her to six months in prison.",
            ["appeal_granted", "sentenced"],
        ),
        (
            "A district court in Pune on Wednesday acquitted activist Ivan Petrov. The case relates to a May 2022 order of a "
            "magistrate's court sentencing Petrov to three months imprisonment.",
            ["appeal_granted", "sentenced"],
        ),
        (
            "Activist Ivan Petrov had been acquitted in 2019. On May 3 a district court sentenced him to two years in prison.",
            ["acquitted", "sentenced"],
        ),
        ("The Court of Appeal on May 3 acquitted activist Ivan Petrov of all charges.", ["acquitted"]),
        ("The Supreme Court acquitted journalist Ali Karimov on Tuesday.", ["acquitted"]),
        ("A district court in Minsk on May 3 acquitted activist Ivan Petrov.", ["acquitted"]),
        ("Blogger Anna Sokolova was acquitted on May 3 of insulting officials.", ["acquitted"]),
    ],
)
def test_appeals_acquittal_stage(nlp, text, expected):
    """an acquittal -> appeal_granted when a higher court or an appeal decided it and a conviction of
    the same person is told, else acquitted."""
    assert [r.ruling for r in extract(text, published="2023-05-04", nlp=nlp).records] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A Beijing court on March 3 reduced the seven-year jail sentence given to journalist Wang Lin by two years.",
            [("appeal_granted", "2023-03-03", "P5Y"), ("sentenced", None, "P7Y")],
        ),
        (
            "The Court of Appeal on Monday reduced to five years the 24-year prison sentence passed on writer John Bello.",
            [("appeal_granted", "2023-05-01", "P5Y"), ("sentenced", None, "P24Y")],
        ),
        (
            "The Court of Appeal on Monday reduced Ivan Petrov's sentence from 10 years to seven years.",
            [("appeal_granted", "2023-05-01", "P7Y"), ("sentenced", None, "P10Y")],
        ),
        (
            "The Court of Appeal on Monday reduced the 10-year sentence of Ivan Petrov to seven years.",
            [("appeal_granted", "2023-05-01", "P7Y"), ("sentenced", None, "P10Y")],
        ),
        (
            "The Court of Appeal on Monday cut Ivan Petrov's term from 25 to 15 years.",
            [("appeal_granted", "2023-05-01", "P15Y"), ("sentenced", None, "P25Y")],
        ),
        (
            "The Beijing High Court on Monday reduced journalist Ivan Petrov's seven-year term to five.",
            [("appeal_granted", "2023-05-01", "P5Y"), ("sentenced", None, "P7Y")],
        ),
        (
            "Appeal court cuts atheist John Bello's 24-year jail term to five years",
            [("appeal_granted", "2023", "P5Y"), ("sentenced", None, "P24Y")],
        ),
        (
            "The High Court on Thursday set aside the conviction and 18-month jail term imposed on researcher Anna Okello.",
            [("appeal_granted", "2023-05-04", None), ("sentenced", None, "P18M")],
        ),
        (
            "Ivan Petrov was jailed for six years in 2019. On Monday the Court of Appeal reduced his sentence to four years.",
            [("sentenced", "2019", "P6Y"), ("appeal_granted", "2023-05-01", "P4Y")],
        ),
        (
            "On Monday the appeals court reduced the sentence of journalist Anna Sokolova from eight years in prison and "
            "a fine to three years in prison.",
            [("appeal_granted", "2023-05-01", "P3Y"), ("sentenced", None, "P8Y")],
        ),
        (
            "Blogger Anna Sokolova had her six-year jail term cut to a three-year suspended sentence on Monday.",
            [("appeal_granted", "2023-05-01", "P3Y"), ("sentenced", None, "P6Y")],
        ),
    ],
)
def test_appeals_changed_term_and_the_term_replaced(nlp, text, expected):
    """an appeal that changed a term -> appeal_granted with the new term, and the old term as an
    undated sentenced record when the article tells no other conviction."""
    records = extract(text, published="2023-05-04", nlp=nlp).records
    assert [(r.ruling, r.ruling_date, r.sentence[0].duration if r.sentence else None) for r in records] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Editor Ivan Petrov was jailed for five years in March, and his appeal was rejected.", ["sentenced", "appeal_rejected"]),
        ("Ivan Petrov was jailed for six years in 2019. His appeal was dismissed in May.", ["sentenced", "appeal_rejected"]),
        ("In 2022 the Court of Appeal also quashed Oleg Sidorov's conviction.", ["appeal_granted"]),
        ("The blogger Anna Sokolova lost her final appeal on Tuesday.", ["appeal_rejected"]),
        ("Opposition leader Anna Sokolova lost her bid for re-election on Tuesday.", []),
        (
            "Ivan Petrov was sentenced in 2017 to six years in prison. In 2018 the Supreme Court reviewed the punishment "
            "and overturned it.",
            ["sentenced", "appeal_granted"],
        ),
    ],
)
def test_appeals_rejected_or_quashed_told_of_the_person(nlp, text, expected):
    """'his appeal was rejected', 'quashed X's conviction' -> an appeal record of that person."""
    assert [r.ruling for r in extract(text, published="2023-05-04", nlp=nlp).records] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In March, blogger Ivan Petrov and his assistant Anna Sokolova were sentenced to five and three years in "
            "prison. An appeals court upheld the sentences in April.",
            [
                ("Ivan Petrov", "sentenced"),
                ("Anna Sokolova", "sentenced"),
                ("Ivan Petrov", "appeal_rejected"),
                ("Anna Sokolova", "appeal_rejected"),
            ],
        ),
        (
            "Blogger Ivan Petrov was sentenced to five years in March. An appeals court upheld the sentence in April.",
            [("Ivan Petrov", "sentenced"), ("Ivan Petrov", "appeal_rejected")],
        ),
        (
            "On May 3 the Court of Appeal upheld the conviction of blogger Ivan Petrov but reduced his sentence to four years.",
            [("Ivan Petrov", "appeal_granted")],
        ),
        (
            "On May 3 the Court of Appeal upheld the sentence of Oleg Sidorov and cut Ivan Petrov's term from 25 to 15 years.",
            [("Oleg Sidorov", "appeal_rejected"), ("Ivan Petrov", "appeal_granted"), ("Ivan Petrov", "sentenced")],
        ),
        (
            "On Monday the appeals court rejected Ivan Petrov, Oleg Sidorov and Anna Sokolova's appeal against their "
            "three-year prison terms.",
            [("Ivan Petrov", "appeal_rejected"), ("Oleg Sidorov", "appeal_rejected"), ("Anna Sokolova", "appeal_rejected")],
        ),
        (
            "Eleven activists who appealed their convictions lost their bids on Monday. They included Ivan Petrov and "
            "Anna Sokolova.",
            [("Ivan Petrov", "appeal_rejected"), ("Anna Sokolova", "appeal_rejected")],
        ),
        (
            "A court has turned down the appeals of two bloggers who were jailed for their posts. Ivan Petrov and Anna "
            "Sokolova were sentenced to five years in prison in March.",
            [
                ("Ivan Petrov", "sentenced"),
                ("Anna Sokolova", "sentenced"),
                ("Ivan Petrov", "appeal_rejected"),
                ("Anna Sokolova", "appeal_rejected"),
            ],
        ),
        (
            "A court has turned down the appeals of three bloggers. Ivan Petrov and Anna Sokolova were sentenced to five "
            "years in prison in March.",
            [("Ivan Petrov", "sentenced"), ("Anna Sokolova", "sentenced")],
        ),
        (
            "Ivan Petrov and Anna Sokolova were convicted of filming the protest. Their sentences, between 12 and 15 "
            "years, were reduced to eight years on May 3.",
            [
                ("Ivan Petrov", "sentenced"),
                ("Anna Sokolova", "sentenced"),
                ("Ivan Petrov", "appeal_granted"),
                ("Anna Sokolova", "appeal_granted"),
            ],
        ),
    ],
)
def test_appeals_who_the_appeal_is_about(nlp, text, expected):
    """'upheld the sentences' after a decision about several people -> each of them; an appeal that
    upheld a conviction and cut the term -> granted only; upheld for one and cut for another -> each."""
    assert [(r.person, r.ruling) for r in extract(text, published="2023-05-04", nlp=nlp).records] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "On Monday the appeals court reduced Ivan Petrov's sentence from 12 to eight years, and Anna Sokolova's from "
            "11 to six years.",
            [
                ("Ivan Petrov", "appeal_granted", "P8Y"),
                ("Anna Sokolova", "appeal_granted", "P6Y"),
                ("Ivan Petrov", "sentenced", "P12Y"),
                ("Anna Sokolova", "sentenced", "P11Y"),
            ],
        ),
        (
            "Two activists had their sentences reduced by the appeals court on Monday. Ivan Petrov received four years "
            "in prison, instead of the eight-year prison term given by the lower court.",
            [("Ivan Petrov", "appeal_granted", "P4Y"), ("Ivan Petrov", "sentenced", "P8Y")],
        ),
        (
            "The High Court on Monday acquitted professor Ivan Petrov and three others. A sessions court had convicted "
            "him in 2017. The High Court also acquitted Anna Sokolova, Oleg Sidorov and Maria Ivanova.",
            [
                ("Ivan Petrov", "appeal_granted", None),
                ("Anna Sokolova", "appeal_granted", None),
                ("Oleg Sidorov", "appeal_granted", None),
                ("Maria Ivanova", "appeal_granted", None),
                ("Ivan Petrov", "sentenced", None),
            ],
        ),
    ],
)
def test_appeals_each_person_of_a_group_appeal(nlp, text, expected):
    """'reduced A's sentence from 12 to eight years, and B's from 11 to six' -> each their own new and
    replaced term; an acquittal told again of people an appeal granted -> the appeal alone."""
    records = extract(text, published="2023-05-04", nlp=nlp).records
    assert [(r.person, r.ruling, r.sentence[0].duration if r.sentence else None) for r in records] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ivan Petrov, who is serving a seven-year prison term, was sentenced on Monday to two more years.",
            [("sentenced", None, "P7Y"), ("sentenced", "2023-05-01", "P2Y")],
        ),
        (
            "Activist Ivan Petrov, who had served 15 days in 2022 for an unsanctioned protest, was jailed on Monday for 10 days.",
            [("sentenced", "2022", "P15D"), ("sentenced", "2023-05-01", "P10D")],
        ),
        ("Journalist Ivan Petrov is serving a three-year sentence handed down in 2021.", [("sentenced", "2021", "P3Y")]),
        ("Journalist Ivan Petrov is serving a three-year sentence for extremism.", [("sentenced", None, "P3Y")]),
        ("Ivan Petrov was previously sentenced to six years in 2010 for treason.", [("sentenced", "2010", "P6Y")]),
    ],
)
def test_appeals_history_terms(nlp, text, expected):
    """a term told as served or being served -> a sentenced record of its own, dated only by its own
    clause (else null), beside the decision the sentence tells."""
    records = extract(text, published="2023-05-04", nlp=nlp).records
    assert [(r.ruling, r.ruling_date, r.sentence[0].duration) for r in records] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ivan Petrov, who had been sentenced to three years by a district court, was acquitted by the High Court on Monday.",
            [("sentenced", None, None), ("appeal_granted", "2023-05-01", "High Court")],
        ),
        (
            "Anna Sokolova, who had been jailed for two years by a district court, lost her appeal at the Supreme Court "
            "on Monday.",
            [("sentenced", None, None), ("appeal_rejected", "2023-05-01", "Supreme Court")],
        ),
    ],
)
def test_appeals_history_in_a_relative_clause(nlp, text, expected):
    """a decision a relative clause tells as history ('who had been sentenced') -> dated and placed by
    its own clause only, not by the decision of the sentence around it."""
    records = extract(text, published="2023-05-04", nlp=nlp).records
    assert [(r.ruling, r.ruling_date, r.court) for r in records] == expected
