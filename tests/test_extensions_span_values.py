"""Span._.court_ref and Span._.penalty: the normalised value of a COURT or PENALTY span, read on the
span alone (what `extract` reports as an entity's value). Sentences are our own."""

import pytest


@pytest.mark.parametrize(
    "text, court, expected",
    [
        ("The Minsk City Court sentenced Ivan Petrov to three years.", "Minsk City Court", ("Minsk City Court", "Minsk", "BY")),
        ("A court in Almaty fined activist Erlan Suleimenov.", "court in Almaty", (None, "Almaty", "KZ")),
    ],
)
def test_extensions_court_ref_of_span(nlp, text, court, expected):
    """a court phrase -> its name, seat and country."""
    doc = nlp(text)
    (span,) = [s for s in doc.spans["court"] if s.text == court]
    ref = span._.court_ref
    assert (ref.name, ref.city, ref.country) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A court sentenced Ivan Petrov to five years in prison.", ("prison", "P5Y", None)),
        ("A court sentenced Ivan Petrov to 10 days in jail.", ("administrative_jail", "P10D", None)),
        ("A court fined Erlan Suleimenov 20,000 tenges.", ("fine", None, (20000.0, "KZT"))),
    ],
)
def test_extensions_penalty_of_span(nlp, text, expected):
    """a penalty phrase -> its kind, term and fine."""
    doc = nlp(text)
    (span,) = doc.spans["penalty"]
    penalty = span._.penalty
    fine = (penalty.fine.amount, penalty.fine.currency) if penalty.fine else None
    assert (penalty.kind, penalty.duration, fine) == expected
