"""Ruling dates in assembly: the date a trial is adjourned or postponed to is a session to come,
and a date after publication (a release due) is not a decision's either.

Each case reads "article, published -> the (person, ruling, ruling_date) records"; the articles are
written for these tests, not taken from any corpus.
"""

import pytest

from watchdog_nlp import extract


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "An Ankara court on Monday ruled to keep journalist Selin Aksoy in prison. "
            "The trial was adjourned to Feb 20, 2018 and Aksoy was ordered to remain behind bars until then.",
            "2017-12-06",
            [("Selin Aksoy", "pretrial_detention", "2017-12-04")],
        ),
        (
            "The hearing was postponed to 14 March and the court ordered blogger Murat Demir kept in custody.",
            "2023-02-10",
            [("Murat Demir", "pretrial_detention", "2023")],
        ),
    ],
)
def test_assemble_dates_sessions_to_come_are_not_the_decisions(nlp, text, published, expected):
    assert sorted((r.person, r.ruling, r.ruling_date) for r in extract(text, published=published, nlp=nlp).records) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "A court in Baku on Friday sentenced journalist Tural Aliyev to nine years in prison; "
            "he will be released on February 4, 2033.",
            "2024-03-02",
            [("Tural Aliyev", "sentenced", "2024-03-01")],
        ),
        (
            "A court in Baku sentenced journalist Tural Aliyev to nine years in prison on February 28, 2024.",
            "2024-03-02",
            [("Tural Aliyev", "sentenced", "2024-02-28")],
        ),
    ],
)
def test_assemble_dates_after_publication_are_not_the_decisions(nlp, text, published, expected):
    assert sorted((r.person, r.ruling, r.ruling_date) for r in extract(text, published=published, nlp=nlp).records) == expected
