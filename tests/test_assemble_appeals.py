"""Appeals: an acquittal at the appeal stage overturns the conviction under review."""

import pytest

from watchdog_nlp import extract


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Court of Appeal on May 3 acquitted activist Ivan Petrov of all charges.", "appeal_granted"),
        ("On appeal, blogger Anna Sokolova was acquitted on May 3.", "appeal_granted"),
        ("The Supreme Court acquitted journalist Ali Karimov on Tuesday.", "appeal_granted"),
        ("Lawyer Nadia Orlova was acquitted by the cassation court in Baku on May 3.", "appeal_granted"),
        ("A district court in Minsk on May 3 acquitted activist Ivan Petrov.", "acquitted"),
        ("Blogger Anna Sokolova was acquitted on May 3 of insulting officials.", "acquitted"),
    ],
)
def test_appeals_acquittal_stage(nlp, text, expected):
    """an acquittal -> appeal_granted when a higher court or an appeal decided it, else acquitted."""
    assert [r.ruling for r in extract(text, published="2023-05-04", nlp=nlp).records] == [expected]
