"""Court and penalty words in another sense put no decision in a legal setting: a sport or
shopping court, a court that decides no national case, a plain "the court" referring back to one,
a sentence or term whose "of" opens no term or penalty."""

import pytest

from watchdog_nlp.prefilter import prefilter_for


@pytest.mark.parametrize(
    "text, may_hold",
    [
        ("On the clay court the umpire handed her a warning.", False),
        ("Her coach handed her a towel on centre court. The court was slow after the rain.", False),
        ("Fans filled the food court; the court was handed to cleaners at night.", False),
        ("The Court of Arbitration for Sport upheld the ban on the sprinter.", False),
        ("The mayor was handed a second four-year term of office.", False),
        ("Poverty handed the family a life sentence of hunger.", False),
        ("A court in Almaty handed blogger Ivan Sokolov a note.", True),
        ("He played on the tennis court. The Moscow City Court upheld the verdict.", True),
        ("The basketball court closed. A court in Minsk sentenced Olga Kravets on Friday.", True),
        ("The court upheld the ban on Olga Kravets.", True),
        ("Ivan Sokolov was handed a prison sentence of five years.", True),
        ("Ivan Sokolov was handed a jail sentence of almost three years in prison.", True),
        ("Ivan Sokolov was handed a life sentence of imprisonment.", True),
        ("Ivan Sokolov was handed the life sentence of his co-defendant.", True),
    ],
)
def test_prefilter_other_senses(nlp, text, may_hold):
    """text -> whether it may hold a court decision, when a court or penalty word may be in another sense."""
    assert prefilter_for(nlp)(text) is may_hold
