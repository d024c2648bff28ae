"""Dates written out with day, month and year anywhere in a text (the tagger leaves some out)."""

import pytest

from watchdog_nlp.normalize.dates import written_dates


@pytest.mark.parametrize(
    "text, expected",
    [
        ("By our correspondent\n\nFebruary 03, 2016\n\nBAKU -- A court ...", ["2016-02-03"]),
        ("The verdict of 3rd of May 2019 was upheld on Sept. 12, 2019.", ["2019-05-03", "2019-09-12"]),
        ("He was detained on 14 July 2021 and tried on July 20.", ["2021-07-14"]),
        ("The court sat in May 2020 and again on 6 September.", []),
        ("Ruling 12/2020 of March 3", []),
    ],
)
def test_normalize_dates_written_dates(text, expected):
    assert [value for _, value in written_dates(text)] == expected
