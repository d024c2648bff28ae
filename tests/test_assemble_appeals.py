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
