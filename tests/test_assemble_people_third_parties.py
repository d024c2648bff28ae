"""People named around a decision who are not its subject: a name in a phrase of another act
("charged alongside X"), a lawyer named in the next paragraph after a title abbreviation.
Sentences are our own."""

import pytest

from watchdog_nlp import extract


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Two other activists, Pavel Orlov and Denis Sokolov, were charged alongside Mr Ivan Petrov in May "
            "but were remanded in custody on March 3.",
            [("Denis Sokolov", "pretrial_detention"), ("Pavel Orlov", "pretrial_detention")],
        ),
        (
            "A Phnom Penh court on March 3 fined senator Mu Sothea $2,000. "
            "It also ruled that she should pay compensation to Prime Minister Hun Sen.\n\n"
            "Sam Rithy, Mu Sothea's lawyer, said he would appeal.",
            [("Mu Sothea", "sentenced")],
        ),
        (
            "Activists Pavel Orlov and Denis Sokolov were remanded in custody on March 3 together with Ivan Petrov.",
            [
                ("Denis Sokolov", "pretrial_detention"),
                ("Ivan Petrov", "pretrial_detention"),
                ("Pavel Orlov", "pretrial_detention"),
            ],
        ),
    ],
)
def test_people_around_a_decision_get_no_record(nlp, text, expected):
    assert sorted({(r.person, r.ruling) for r in extract(text, published="2024-03-15", nlp=nlp).records}) == expected
