"""Court-ordered releases: "article -> the (person, ruling) records it reports".

SCHEMA.md: `released` is a release a court ordered (bail, parole, early release, release from
custody or pending trial); amnesties, pardons, the end of a term and police letting someone go are
not records. The sentences are written for these tests.
"""

import pytest

from watchdog_nlp import extract

PUBLISHED = "2022-03-15"


def rulings(nlp, text):
    return [(r.person, r.ruling) for r in extract(text, published=PUBLISHED, nlp=nlp).records]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("An Istanbul court on March 3 ordered the release of journalist Ahmet Yildiz pending trial.", "released"),
        ("A court in Baku ordered journalist Ahmet Yildiz released on March 3.", "released"),
        ("A Moscow court ordered activist Ahmet Yildiz freed on March 3.", "released"),
        ("A Dhaka court on March 3 granted bail to journalist Ahmet Yildiz.", "released"),
        ("A Dhaka court released journalist Ahmet Yildiz on bail on March 3.", "released"),
        ("Journalist Ahmet Yildiz was released on bail by a Dhaka court on March 3.", "released"),
        ("A Paris court freed journalist Ahmet Yildiz pending trial.", "released"),
        ("Journalist Ahmet Yildiz was released pending trial, a court in Istanbul ruled on March 3.", "released"),
        ("A court in Istanbul released journalist Ahmet Yildiz under judicial control on March 3.", "released"),
        ("A court in Kazan granted activist Ahmet Yildiz conditional early release on March 3.", "released"),
        ("Activist Ahmet Yildiz was released on parole by a court in Kazan on March 3.", "released"),
        ("The court lifted the detention of activist Ahmet Yildiz on March 3.", "released"),
        ("A court in Kazan lifted activist Ahmet Yildiz's detention on March 3.", "released"),
        ("A court in Kazan ordered activist Ahmet Yildiz's release from custody on March 3.", "released"),
        ("An Istanbul court on March 3 ordered jailed newspaper chairman Ahmet Yildiz freed pending trial.", "released"),
        (
            "Journalist Ahmet Yildiz, who had been jailed since January, was released pending trial by an Istanbul court on March 3.",
            "released",
        ),
        ("A Moscow court replaced activist Ahmet Yildiz's detention with house arrest on March 3.", "house_arrest"),
        ("A Moscow court on March 3 replaced the pretrial detention of activist Ahmet Yildiz with house arrest.", "house_arrest"),
        ("A Moscow court on March 3 released activist Ahmet Yildiz from pretrial detention to house arrest.", "house_arrest"),
    ],
)
def test_assemble_court_ordered_release(nlp, text, expected):
    """a court's release order in its common phrasings -> one record with that ruling."""
    assert rulings(nlp, text) == [("Ahmet Yildiz", expected)]


def test_assemble_bail_granted_to_named_person(nlp):
    """'granted X bail' (the name between the verb and what it grants) -> the release of X."""
    assert rulings(nlp, "A Dhaka court on March 3 granted journalist Amina Haddad bail.") == [("Amina Haddad", "released")]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Police arrested journalist Amina Haddad in January. On March 3, an Istanbul court ordered her release.",
            [("Amina Haddad", "released")],
        ),
        (
            "Police arrested activist Amina Haddad in May. On March 3, a Cairo court ordered her freed under police supervision.",
            [("Amina Haddad", "released")],
        ),
        (
            "The Constitutional Court ruled on March 3 that the detention of journalist Ahmet Yildiz violated his rights, and he was freed pending trial.",
            [("Ahmet Yildiz", "released")],
        ),
    ],
)
def test_assemble_release_of_person_told_before(nlp, text, expected):
    """a release whose person is a pronoun or a ruling it completes -> the release of that person."""
    assert rulings(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Activist Ahmet Yildiz was released under an amnesty on March 3.",
        "Activist Ahmet Yildiz was pardoned by the president and released on March 3.",
        "Activist Ahmet Yildiz was released on March 3 after serving his full two-year sentence.",
        "Police released activist Ahmet Yildiz on March 3 after questioning him.",
        "Police released journalist Ahmet Yildiz on bail after a court hearing was postponed.",
        "A Kazan court released activist Ahmet Yildiz on parole on March 3 under an amnesty law.",
        "Activist Ahmet Yildiz was released from prison on March 3 after a presidential pardon.",
        "The Almaty court rejected a request that activist Ahmet Yildiz be released pending trial.",
    ],
)
def test_assemble_release_not_by_court_is_no_record(nlp, text):
    """amnesty, pardon, the end of a term, police letting someone go, a refused request -> no record."""
    assert rulings(nlp, text) == []
