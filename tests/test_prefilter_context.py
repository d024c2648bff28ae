"""The pre-filter's context must be evidence apart from the decision word: a court, penalty or
charge that no ruling match overlaps, or a word of the legal setting anywhere."""

import pytest

from watchdog_nlp.prefilter import Prefilter, prefilter_for


@pytest.mark.parametrize(
    "text, may_hold",
    [
        ("The basketball league fined its coach $15,000 for criticising referees.", False),
        ("The team fined two of its riders after a crash in the car park.", False),
        ("The company was handed a similar embarrassment two years ago.", False),
        ("A city court fined the editor 500 euros.", True),
        ("The editor was fined 500 euros, her lawyer said.", True),
        ("The editor was fined 500 euros.", False),
        ("Blogger Anna Petrova was jailed for five years.", True),
        ("Blogger Anna Petrova was sentenced to five years.", True),
        ("Ivan Petrov was handed a three-year sentence.", True),
        ("Activist Timur Sadykov was fined 20,000 rubles for an unauthorized protest.", True),
    ],
)
def test_prefilter_context_apart_from_ruling(nlp, text, may_hold):
    """text -> whether it may hold a court decision, when the only penalty phrase opens with the
    decision word ("fined $15,000", "handed ... two years") or stands apart from it."""
    assert prefilter_for(nlp)(text) is may_hold


@pytest.mark.parametrize(
    "text, may_hold",
    [
        ("The club fined him.", False),
        ("The court fined him.", True),
        ("He was fined; the fine was paid.", True),
        ("He was jailed.", True),
        ("The court met.", False),
    ],
)
def test_prefilter_context_overlap_and_setting(text, may_hold):
    """text -> a context match counts only clear of every ruling match; a setting word counts inside one."""
    prefilter = Prefilter(
        [(r"\b(?:fined|jailed)\b", 0)], [(r"\bfined\b", 0), (r"\bcourt\b", 0), (r"\bfine\b", 0)], [(r"\bjailed\b", 0)]
    )
    assert prefilter(text) is may_hold
