"""Decisions and who they cover: co-defendant lists, terms per person, rulings that extend or keep
custody, history decisions. Sentences are written for these tests.
"""

import pytest

from watchdog_nlp import extract

PUBLISHED = "2022-03-15"


def records(nlp, text, published=PUBLISHED):
    return extract(text, published=published, nlp=nlp).records


def main_term(record):
    return (record.sentence[0].kind, record.sentence[0].duration) if record.sentence else None


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "On March 3 the Supreme Court confirmed 12 years for blogger Anton Veremeyev, 10 years each for "
            "activists Pavel Sidorchuk and Ilya Kostenko, and nine years for journalist Oleg Markin.",
            {
                ("Anton Veremeyev", "appeal_rejected", ("prison", "P12Y")),
                ("Pavel Sidorchuk", "appeal_rejected", ("prison", "P10Y")),
                ("Ilya Kostenko", "appeal_rejected", ("prison", "P10Y")),
                ("Oleg Markin", "appeal_rejected", ("prison", "P9Y")),
            },
        ),
        (
            "A Tbilisi court on March 3 jailed several protesters. Activist Tamar Beridze got eight days; "
            "Giorgi Lomidze and Nika Abashidze six days each.",
            {
                ("Tamar Beridze", "sentenced", ("administrative_jail", "P8D")),
                ("Giorgi Lomidze", "sentenced", ("administrative_jail", "P6D")),
                ("Nika Abashidze", "sentenced", ("administrative_jail", "P6D")),
            },
        ),
        (
            "A Tehran court on March 3 convicted the teachers. Reza Karimi received 11 years, while Ali Nouri "
            "and Hamid Tavakoli got five years apiece.",
            {
                ("Reza Karimi", "sentenced", ("prison", "P11Y")),
                ("Ali Nouri", "sentenced", ("prison", "P5Y")),
                ("Hamid Tavakoli", "sentenced", ("prison", "P5Y")),
            },
        ),
    ],
)
def test_frames_terms_go_to_the_person_named_beside_them(nlp, text, expected):
    """one decision naming several people and several terms -> each person gets the term next to their name."""
    assert {(r.person, r.ruling, main_term(r)) for r in records(nlp, text)} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A Baku court on March 3 extended the custody of journalist Farid Mammadli by three months.",
            [("Farid Mammadli", "pretrial_detention")],
        ),
        (
            "The court said on March 3 that it had prolonged Oleg Sentsov's detention until June 20.",
            [("Oleg Sentsov", "pretrial_detention")],
        ),
        (
            "On March 3 the court ruled that activist Temir Asanov is to remain in custody until June 20.",
            [("Temir Asanov", "pretrial_detention")],
        ),
        (
            "The detention of another activist, Ilgiz Bekov, was likewise extended on March 3.",
            [("Ilgiz Bekov", "pretrial_detention")],
        ),
        (
            "A Moscow court on March 3 extended the house arrest of theatre director Yuri Malkin.",
            [("Yuri Malkin", "house_arrest")],
        ),
    ],
)
def test_frames_extending_custody_is_pretrial_detention(nlp, text, expected):
    """extending or keeping someone in custody until a date -> pretrial_detention (house_arrest for house arrest)."""
    assert [(r.person, r.ruling) for r in records(nlp, text)] == expected
