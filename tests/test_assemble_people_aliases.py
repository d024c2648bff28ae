"""An alias ("X, alias Y", "X aka Y") names someone already named: the decision is X's alone.
Sentences are our own."""

import pytest

from watchdog_nlp import extract


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A court in Hanoi on March 3 sentenced blogger Tran Van Minh, alias Hoang Son, to nine years in prison.",
            [("Tran Van Minh", "sentenced")],
        ),
        ("Blogger Le Thi Hoa, aka Nam Phong, was jailed for six years on March 3.", [("Le Thi Hoa", "sentenced")]),
        (
            "A court in Bishkek on March 3 sentenced activists Aibek Toktogulov and Ali Tursun (Tursunbek Tursun uulu) "
            "to two months in custody pending trial.",
            [("Aibek Toktogulov", "pretrial_detention"), ("Ali Tursun", "pretrial_detention")],
        ),
        (
            "The court acquitted the first accused, Ravi Kumar, and the second accused, Suresh alias Sunil Menon, on March 3.",
            [("Ravi Kumar", "acquitted")],
        ),
        (
            "A court in Hanoi on March 3 sentenced blogger Tran Van Minh to nine years in prison.",
            [("Tran Van Minh", "sentenced")],
        ),
    ],
)
def test_alias_gets_no_record_of_its_own(nlp, text, expected):
    assert sorted({(r.person, r.ruling) for r in extract(text, published="2024-03-15", nlp=nlp).records}) == expected
