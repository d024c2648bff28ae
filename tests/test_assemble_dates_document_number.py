"""Ruling dates in assembly: the year that numbers a case, a lawsuit or a law ("lawsuit No. 955 of
2020", "Law No. 21 of 2003") is part of that number, not the decision's date.

The articles are written for these tests, not taken from any corpus.
"""

import pytest

from watchdog_nlp import extract


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "The Cairo Criminal Court renewed the detention of journalist Samir Fathy for 45 days "
            "pending lawsuit No. 955 of 2020.",
            "2023-10-04",
            [("Samir Fathy", "pretrial_detention", "2023")],
        ),
        (
            "The Cairo Criminal Court on Monday renewed the detention of journalist Samir Fathy for 45 days "
            "pending lawsuit No. 955 of 2020.",
            "2023-10-04",
            [("Samir Fathy", "pretrial_detention", "2023-10-02")],
        ),
        (
            "A court in Erbil sentenced activist Karwan Hamad to six years in prison under Law No. 21 of 2003.",
            "2021-02-20",
            [("Karwan Hamad", "sentenced", "2021")],
        ),
        (
            "A court in Erbil sentenced activist Karwan Hamad to six years in prison in case number 14 of 2020.",
            "2021-02-20",
            [("Karwan Hamad", "sentenced", "2021")],
        ),
        (
            "A court in Erbil sentenced activist Karwan Hamad to six years in prison in 2020.",
            "2021-02-20",
            [("Karwan Hamad", "sentenced", "2020")],
        ),
    ],
)
def test_assemble_dates_document_number_year_is_no_decision_date(nlp, text, published, expected):
    assert sorted((r.person, r.ruling, r.ruling_date) for r in extract(text, published=published, nlp=nlp).records) == expected
