"""Ruling dates in assembly: an undated decision told in the past tense as part of the page's news
takes the page's year (SCHEMA: the year alone when the text gives no day or month); one told as
history stays undated, as does any with no publication date.

Each case reads "article, published -> the (person, ruling, ruling_date) records"; the articles are
written for these tests, not taken from any corpus.
"""

import pytest

from watchdog_nlp import extract


def dated(nlp, text, published):
    return sorted((r.person, r.ruling, r.ruling_date) for r in extract(text, published=published, nlp=nlp).records)


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "A court in Phnom Penh has sentenced five youth activists to two years in prison for incitement.\n\n"
            "The same court acquitted opposition politician Sok Dara on the same charges.\n\n"
            "Two of the activists, Chan Vuthy and Lim Sophal, were sentenced in absentia and fined $500.",
            "2021-10-26",
            [
                ("Chan Vuthy", "sentenced", "2021"),
                ("Lim Sophal", "sentenced", "2021"),
                ("Sok Dara", "acquitted", "2021"),
            ],
        ),
        (
            "A court in Tashkent has sentenced blogger Aziz Karimov to six years in prison.\n\n"
            "The court also jailed his colleague Botir Rahimov for three years.",
            "2023-06-20",
            [("Aziz Karimov", "sentenced", "2023"), ("Botir Rahimov", "sentenced", "2023")],
        ),
    ],
)
def test_assemble_dates_news_year_carried(nlp, text, published, expected):
    assert dated(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "A court in Tashkent has sentenced blogger Aziz Karimov to six years in prison.\n\n"
            "His colleague Botir Rahimov was previously jailed for three years for fraud.",
            "2023-06-20",
            [("Aziz Karimov", "sentenced", "2023"), ("Botir Rahimov", "sentenced", None)],
        ),
        (
            "A court in Tashkent has sentenced blogger Aziz Karimov to six years in prison.\n\n"
            "The court also jailed his colleague Botir Rahimov for three years.",
            None,
            [("Aziz Karimov", "sentenced", None), ("Botir Rahimov", "sentenced", None)],
        ),
    ],
)
def test_assemble_dates_news_year_not_for_history(nlp, text, published, expected):
    assert dated(nlp, text, published) == expected
