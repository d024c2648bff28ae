"""A hyphenated term read after "handed", "given", "jailed" is a penalty only before a custody word
("a 15-day jail term"), not before another noun ("a 24-day suspension", "given the scale of the
79-day protests"). Sentences are our own."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A Minsk court handed the activist a 15-day jail term on March 3.", [("prison", "handed the activist a 15-day")]),
        ("He was handed a 10-day administrative arrest.", [("prison", "handed a 10-day")]),
        ("She was given a six-month term in a penal colony.", [("prison", "given a six-month")]),
        ("The blogger was given a two-year sentence on March 3.", [("prison", "given a two-year")]),
        ("He was given a five-year-long prison stay.", [("prison", "given a five-year")]),
        ("He was jailed for 16 months.", [("prison", "jailed for 16 months")]),
        ("Jockey Tom Kerr has been handed a 24-day suspension for misuse of the whip.", []),
        ("The judge said jail was right given the scale of the 79-day protests.", []),
        ("The minister was given a two-week deadline to answer.", []),
    ],
)
def test_penalty_finder_hyphenated_term_needs_a_custody_word(nlp, text, expected):
    doc = nlp(text)
    assert [(s.label_, s.text) for s in doc.spans["penalty"]] == expected
