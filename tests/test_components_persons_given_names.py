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


@pytest.mark.parametrize(
    "text, name",
    [
        # a given name the NER called an organisation, its surname left untagged
        ("A court in Tashkent on May 2 sentenced Dauletmurat Tazhimuratov to 16 years in prison.", "Dauletmurat Tazhimuratov"),
        # a run opening with a common given name, described after a comma, whatever the noun
        (
            "The case recalls that of Ksenia Varlamova, a ballerina with dual citizenship, whom a court in Perm "
            "jailed for 12 years in August.",
            "Ksenia Varlamova",
        ),
        # a role word the NER took into an organisation with the name
        (
            "A court in Islamabad on May 2 sentenced analyst Imran Qureshi and YouTubers Syed Kamran Abbas and Bilal Ahmed to life.",
            "Syed Kamran Abbas",
        ),
    ],
)
def test_persons_name_out_of_another_entity(nlp, text, name):
    """a name the NER split from or merged into another entity -> one PERSON entity of the name alone."""
    assert name in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}
