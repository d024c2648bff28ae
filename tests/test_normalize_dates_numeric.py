"""Dates written in digits with day, month and year anywhere in a text, with their offsets (date
lines and stamps the tagger leaves unlabelled)."""

import pytest

from watchdog_nlp.normalize.dates import numeric_dates


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Baku/05.11.20/Turan: A court ...", [(5, "2020-11-05")]),
        ("Submitted by the editors on Sat, 08/26/2023 - 01:12", [(33, "2023-08-26")]),
        ("Judgment of 6.09.2022 under Article 206.3.2 of the Criminal Code", [(12, "2022-09-06")]),
        ("He was sentenced on 3 May 2019 under case 12/2020.", []),
    ],
)
def test_normalize_dates_numeric_dates(text, expected):
    assert numeric_dates(text) == expected
