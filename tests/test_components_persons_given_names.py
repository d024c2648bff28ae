"""Given names left outside a PERSON span are joined to it, and the joined span stays a PERSON.
Sentences are our own."""

import pytest


@pytest.mark.parametrize(
    "text, name",
    [
        ("A court on June 4 jailed Lt. Kwame Asante for seven years.", "Lt. Kwame Asante"),
        ("A military court on June 4 sentenced Capt. Idrissa Kone to ten years in prison.", "Capt. Idrissa Kone"),
    ],
)
def test_persons_joined_span_keeps_person_label(nlp, text, name):
    """a person with words joined on the left -> one PERSON entity over all of them."""
    assert name in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}
