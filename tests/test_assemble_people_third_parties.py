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


@pytest.mark.parametrize(
    "text, expected",
    [
        # an outlet named bare before a role noun and a name is the employer, no defendant
        (
            "A Cairo court on May 2 found Al-Nahar chief editor Karim Haddad and reporter Laila Mansour guilty of "
            "defamation and gave them a one-year prison sentence each.",
            [("Karim Haddad", "sentenced"), ("Laila Mansour", "sentenced")],
        ),
        (
            "Kanal5 presenter Ilya Sokolov said the verdict was political. A court in Moscow on May 2 sentenced "
            "journalist Pavel Orlov to two years in prison.",
            [("Pavel Orlov", "sentenced")],
        ),
        # the one harmed, named after the words for whom the act harmed, is no defendant
        (
            "A court in Tehran on May 2 sentenced Leila Karimi to two years for 'insulting the leader', "
            "Iran's Ayatollah Hossein Rezaei.",
            [("Leila Karimi", "sentenced")],
        ),
        (
            "On May 2 a court jailed blogger Ivan Petrov for two years for insulting the governor, Oleg Sidorov.",
            [("Ivan Petrov", "sentenced")],
        ),
        # ... but the subject a harm clause opens the sentence with is the defendant
        (
            "Found guilty of insulting the president, activist Ivan Petrov was sentenced on May 2 to two years in prison.",
            [("Ivan Petrov", "sentenced")],
        ),
        # the source a trailing attribution names, whatever its verb, is no defendant
        (
            "A court in Almaty on May 2 sentenced activist Marat Seitov to seven years, Radio Dala's Aigul Nurova reported.",
            [("Marat Seitov", "sentenced")],
        ),
        (
            "Judge Ivan Sidorov gave eight years each to former party officials, among them Pavel Orlov and Denis "
            "Sokolov, the Journalists Association reported on May 2.",
            [("Denis Sokolov", "sentenced"), ("Pavel Orlov", "sentenced")],
        ),
        # a relative's "his son" is the one they are the relative of, not the relative who speaks
        (
            "The father of jailed blogger Pavel Orlov, Oleg Orlov, said on May 2 that a court had sentenced his son "
            "to 15 years in prison.",
            [("Pavel Orlov", "sentenced")],
        ),
        # a lawyer's "his client" is the person the lawyer is for, even two sentences on
        (
            "A court in Tashkent has sentenced a blogger to seven years in prison, his lawyer said on May 2. "
            "Rights groups say the authorities keep a tight grip on religion. "
            "Lawyer Rustam Karimov said the court had charged his client, blogger Anvar Yusupov, over a post.",
            [("Anvar Yusupov", "sentenced")],
        ),
    ],
)
def test_people_who_are_named_beside_the_defendant(nlp, text, expected):
    """an outlet before a role noun, the one an insult harmed, a lawyer's client -> who the record is about."""
    assert sorted({(r.person, r.ruling) for r in extract(text, published="2024-05-03", nlp=nlp).records}) == expected
