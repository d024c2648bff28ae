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


@pytest.mark.parametrize(
    "text, name",
    [
        # a given name opening words the NER took for a place or a people
        (
            "A court in Istanbul ruled that Sepideh Bakhshian's article amounted to heavy criticism and did not constitute a crime.",
            "Sepideh Bakhshian",
        ),
        ("He was attacked in the street by a stranger, later identified as Elnur Karadag.", "Elnur Karadag"),
        # a one-word entity of another label touching a PERSON: the cut-off end of the name
        (
            "The People's Court in Lam Dong province on July 7 sentenced Nguyen Quoc Elnur Vuong, 29, to eight years in jail.",
            "Nguyen Quoc Elnur Vuong",
        ),
        # an untagged proper noun opening the sentence, parsed into the name after it
        ("Trinh Van Khoa, 55, was convicted of spreading propaganda against the state at a one-day trial.", "Trinh Van Khoa"),
        ("Dang Thanh Son, the only one of the trio to plead guilty, was handed a four-year term.", "Dang Thanh Son"),
        # the person a term was given to, named after "for"
        ("– 26 years in prison for Gholam-Reza Nourbakhsh", "Gholam-Reza Nourbakhsh"),
        ("The court handed down 12 years for Abdol-Hamid Mortazi on Monday.", "Abdol-Hamid Mortazi"),
        # a given name before "daughter of" and the father's name
        ("According to court documents, Aisha bint Salim al-Harbi broke anti-terrorism laws.", "Aisha bint Salim al-Harbi"),
    ],
)
def test_persons_name_the_ner_cut_or_mislabelled(nlp, text, name):
    """a name the NER took for a place or cut short -> one PERSON entity of the whole name."""
    assert name in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


@pytest.mark.parametrize(
    "text, name",
    [
        # a place the gazetteer knows, or a province, is no surname
        ("The People's Court in Lam Dong province on July 7 sentenced Tran Van Loc to eight years in jail.", "Lam Dong"),
        # a descriptor opening the sentence stays out of the name
        ("Minor Ivan Petrov was sentenced to two years in prison.", "Minor Ivan Petrov"),
    ],
)
def test_persons_no_name_beside_a_name(nlp, text, name):
    """a place or a descriptor beside a name -> not (part of) a PERSON entity."""
    assert name not in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}
