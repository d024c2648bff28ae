"""A court's own "of X" phrase decides its jurisdiction, over a foreign outlet's dateline: an
acronym in brackets between the name and "of X", a province with a compass word, a court of a
court. Sentences are our own."""

import pytest

from watchdog_nlp import extract

PUBLISHED = "2022-06-16"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Madrid, 15 June 2022 - The Supreme Court (SC) of Cuba sentenced activist Luis Perez to five years in prison.",
            [("Luis Perez", None, "CU")],
        ),
        (
            "PARIS, June 15 - The Supreme People's Court (TSP) of Cuba sentenced activist Luis Perez to five years in prison.",
            [("Luis Perez", None, "CU")],
        ),
        (
            "Berlin, 15 June 2022 - The People's Court of southern Dong Nai province sentenced blogger Tran Van Minh to eight years in prison.",
            [("Tran Van Minh", None, "VN")],
        ),
        (
            "The Appeal Court of the People's Court of northern Ha Nam province upheld the eight-year prison sentence of blogger Tran Van Minh.",
            [("Tran Van Minh", None, "VN")],
        ),
        (
            "A court in Nghe An province sentenced blogger Tran Van Minh to eight years in prison.",
            [("Tran Van Minh", None, "VN")],
        ),
        # a city after "of" still seats the court
        (
            "The District Court of Baku sentenced activist Ali Aliyev to four years in prison.",
            [("Ali Aliyev", "Baku", "AZ")],
        ),
    ],
)
def test_courts_of_phrase_gives_the_jurisdiction(nlp, text, expected):
    """'<court> (ACRONYM) of <country>' / 'of (southern) <province> province' -> that country, no seat."""
    records = extract(text, published=PUBLISHED, nlp=nlp).records
    assert sorted((r.person, r.court_city, r.country) for r in records) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a digest: the item opening with a place takes that place's country, not the item before
        (
            "In Istanbul, a Turkish court sentenced journalist Mehmet Kaya to three years in prison.\n\n"
            "In Niamey, journalist Ali Moussa was sentenced to one year in prison for defamation on Tuesday.",
            [("Ali Moussa", "NE"), ("Mehmet Kaya", "TR")],
        ),
        (
            "A court in Almaty sentenced activist Erlan Bekov to two years in prison.\n\n"
            "Belarus: blogger Ihar Kazlou was sentenced to four years in prison on Monday.",
            [("Erlan Bekov", "KZ"), ("Ihar Kazlou", "BY")],
        ),
        # an article about one country: a later paragraph keeps its court's country
        (
            "A court in Minsk sentenced activist Pavel Sidorenko to two years in prison.\n\n"
            "His colleague Olga Ivanova, who lives in Vilnius, was sentenced to three years in prison on the same day.",
            [("Olga Ivanova", "BY"), ("Pavel Sidorenko", "BY")],
        ),
        (
            "A court in Minsk sentenced activist Pavel Sidorenko to two years in prison.\n\n"
            "Olga Ivanova, who fled to Lithuania, was sentenced to three years in prison on the same day.",
            [("Olga Ivanova", "BY"), ("Pavel Sidorenko", "BY")],
        ),
    ],
)
def test_courts_digest_item_takes_its_own_place(nlp, text, expected):
    """A decision whose paragraph names no court takes the country of the place opening its paragraph."""
    records = extract(text, published=PUBLISHED, nlp=nlp).records
    assert sorted((r.person, r.country) for r in records) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Rights groups say the Saudi authorities have stepped up their crackdown. On 20 April, the Specialised Criminal "
            "Court sentenced activist Fahd al-Harbi to six years in prison.",
            [("Fahd al-Harbi", None, "SA")],
        ),
        # a nationality is no jurisdiction
        ("Swedish journalist Karl Berg was sentenced to six years in prison on April 20.", [("Karl Berg", None, None)]),
    ],
)
def test_courts_state_body_adjective_gives_the_jurisdiction_of_a_page_naming_no_place(nlp, text, expected):
    """no place named, "the Saudi authorities" -> SA; "Swedish journalist" -> no country."""
    records = extract(text, published=PUBLISHED, nlp=nlp).records
    assert [(r.person, r.court_city, r.country) for r in records] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Revolutionary Court on Monday sentenced teacher Reza Karimi to six years in prison.",
            [("Reza Karimi", None, "IR")],
        ),
        (
            "The Southern District Military Court on Monday sentenced Crimean Tatar activist Server Ablaev to 14 years in prison.",
            [("Server Ablaev", None, "RU")],
        ),
        (
            "The Serious Crimes Court on Monday sentenced journalist Ali Aliyev to six years in prison.",
            [("Ali Aliyev", None, "AZ")],
        ),
        # the court's seat still decides
        (
            "The Southern District Military Court in Rostov-on-Don sentenced activist Server Ablaev to 14 years in prison.",
            [("Server Ablaev", "Rostov-on-Don", "RU")],
        ),
    ],
)
def test_courts_kind_of_one_country_gives_the_jurisdiction(nlp, text, expected):
    """a kind of court only one country's judiciary has -> that country."""
    records = extract(text, published=PUBLISHED, nlp=nlp).records
    assert [(r.person, r.court_city, r.country) for r in records] == expected
