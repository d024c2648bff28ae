"""Term lists laid out one line per person after a decision ending in a colon: each person a line
names gets that line's penalties; unnamed people ("the other three defendants") get none, and lists
with no decision before them (related articles, people arrested) give no records. A decision
about "A and three others" is also that of the three a later decision or list names. After an
appeal that cut terms, "A, sentenced to 26 years, must serve 18" (and after it "B goes from 25 to 17") is
A's new term, the old one history.

Sentences are written for these tests; each case reads "text -> the exact set of (person, ruling,
penalties as (kind, duration))" the extraction gives.
"""

import pytest

from watchdog_nlp import extract

PUBLISHED = "2024-03-05"


def outcome(nlp, text):
    records = extract(text, published=PUBLISHED, nlp=nlp).records
    return {(r.person, r.ruling, tuple((p.kind, p.duration) for p in r.sentence)) for r in records}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The sentences, handed down on Monday by the Revolutionary Court in the city of Tabriz, were:\n"
            "– 12 years in prison for Reza Tehrani\n"
            "– 9 for Ali Moradi and a two-year travel ban\n"
            "– Five years in prison for Sara Nouri and Hamid Ghasemi\n"
            "– One year for the other three defendants\n\n"
            "All of them were arrested during the protests.",
            {
                ("Reza Tehrani", "sentenced", (("prison", "P12Y"),)),
                ("Ali Moradi", "sentenced", (("prison", "P9Y"), ("ban", "P2Y"))),
                ("Sara Nouri", "sentenced", (("prison", "P5Y"),)),
                ("Hamid Ghasemi", "sentenced", (("prison", "P5Y"),)),
            },
        ),
        (
            "A court in Minsk sentenced the activists on Friday. The sentences handed down were:\n"
            "1. Ivan Petrov, 6 years\n"
            "2. Olga Sidorova, 4 years\n\n"
            "They denied the charges.",
            {("Ivan Petrov", "sentenced", (("prison", "P6Y"),)), ("Olga Sidorova", "sentenced", (("prison", "P4Y"),))},
        ),
        (
            "A court in Minsk sentenced the activists on Friday. The sentences were:\n"
            "Ivan Petrov: 6 years in prison\n"
            "Olga Sidorova: 4 years\n\n"
            "They denied the charges.",
            {("Ivan Petrov", "sentenced", (("prison", "P6Y"),)), ("Olga Sidorova", "sentenced", (("prison", "P4Y"),))},
        ),
        (
            "A court in Minsk sentenced the activists on Friday. The sentences handed down were:\n"
            "Ivan Petrov — 6 years in prison\n"
            "Olga Sidorova — 4 years in prison\n\n"
            "They denied the charges.",
            {("Ivan Petrov", "sentenced", (("prison", "P6Y"),)), ("Olga Sidorova", "sentenced", (("prison", "P4Y"),))},
        ),
    ],
)
def test_term_lines_give_each_person_their_own_penalties(nlp, text, expected):
    assert outcome(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police in Minsk detained several activists on Friday. Those arrested were:\n"
        "Ivan Petrov\n"
        "Olga Sidorova\n\n"
        "They are held at a police station.",
        "Read more:\n– Ivan Petrov jailed for 6 years\n– Olga Sidorova gets 4 years in prison\n",
    ],
)
def test_lists_without_a_decision_before_them_give_no_records(nlp, text):
    assert outcome(nlp, text) == set()


def test_a_list_after_the_sentence_of_a_decision_is_not_its_list(nlp):
    text = (
        "A court in Minsk jailed Ivan Petrov for six years on Friday. Read also:\n"
        "– Olga Sidorova, 4 years\n"
        "– Anna Ivanova, 3 years\n"
    )
    assert outcome(nlp, text) == {("Ivan Petrov", "sentenced", (("prison", "P6Y"),))}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A court in Lagos on Tuesday sentenced activist Ade Okafor and three others to five years in prison. "
            "The others are Bola Adeyemi, Chidi Eze and Musa Bello.",
            {(name, "sentenced", (("prison", "P5Y"),)) for name in ("Ade Okafor", "Bola Adeyemi", "Chidi Eze", "Musa Bello")},
        ),
        (
            "An appeals court in Lagos on Tuesday overturned the conviction of activist Ade Okafor and three others. A "
            "lower court had sentenced Okafor and three others to five years in prison in 2022. The court also "
            "acquitted Bola Adeyemi, Chidi Eze and Musa Bello.",
            {
                *((name, "appeal_granted", ()) for name in ("Ade Okafor", "Bola Adeyemi", "Chidi Eze", "Musa Bello")),
                *(
                    (name, "sentenced", (("prison", "P5Y"),))
                    for name in ("Ade Okafor", "Bola Adeyemi", "Chidi Eze", "Musa Bello")
                ),
            },
        ),
    ],
)
def test_others_named_later_share_the_group_decision(nlp, text, expected):
    assert outcome(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # two named later are not the three others
            "A court in Lagos on Tuesday sentenced activist Ade Okafor and three others to five years in prison. "
            "Bola Adeyemi and Chidi Eze were acquitted.",
            {
                ("Ade Okafor", "sentenced", (("prison", "P5Y"),)),
                ("Bola Adeyemi", "acquitted", ()),
                ("Chidi Eze", "acquitted", ()),
            },
        ),
        (  # people named with no decision are not the others
            "A court in Lagos on Tuesday sentenced activist Ade Okafor and three others to five years in prison. "
            "Bola Adeyemi, Chidi Eze and Musa Bello were arrested in 2021.",
            {("Ade Okafor", "sentenced", (("prison", "P5Y"),))},
        ),
    ],
)
def test_others_not_named_as_many_keep_no_group_decision(nlp, text, expected):
    assert outcome(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Supreme Court in Havana on Monday reduced the sentences of the protesters. Carlos Perez, sentenced "
            "to 26 years in prison, must serve 18 after the ruling; Luis Garcia, 25 years, will serve 17; and Jorge "
            "Diaz, 20 years, will serve 12.",
            {
                ("Carlos Perez", "appeal_granted", (("prison", "P18Y"),)),
                ("Luis Garcia", "appeal_granted", (("prison", "P17Y"),)),
                ("Jorge Diaz", "appeal_granted", (("prison", "P12Y"),)),
                ("Carlos Perez", "sentenced", (("prison", "P26Y"),)),
                ("Luis Garcia", "sentenced", (("prison", "P25Y"),)),
                ("Jorge Diaz", "sentenced", (("prison", "P20Y"),)),
            },
        ),
        (
            "The Supreme Court in Havana on Monday reduced the sentences of three protesters: Carlos Perez, sentenced "
            "to 26 years in prison, must serve 18; Luis Garcia, 25 years, will serve 17.",
            {
                ("Carlos Perez", "appeal_granted", (("prison", "P18Y"),)),
                ("Luis Garcia", "appeal_granted", (("prison", "P17Y"),)),
                ("Carlos Perez", "sentenced", (("prison", "P26Y"),)),
                ("Luis Garcia", "sentenced", (("prison", "P25Y"),)),
            },
        ),
        (
            "The Supreme Court on Monday granted large reductions of the sentences of protesters who had appealed. The "
            "ruling was published by a local newspaper. None of them was freed. Carlos Perez, sentenced to 26 years in "
            "prison, must serve 18; Luis Garcia goes from 25 to 17; and Jorge Diaz, from 20 to 12.",
            {
                ("Carlos Perez", "appeal_granted", (("prison", "P18Y"),)),
                ("Luis Garcia", "appeal_granted", (("prison", "P17Y"),)),
                ("Jorge Diaz", "appeal_granted", (("prison", "P12Y"),)),
                ("Carlos Perez", "sentenced", (("prison", "P26Y"),)),
                ("Luis Garcia", "sentenced", (("prison", "P25Y"),)),
                ("Jorge Diaz", "sentenced", (("prison", "P20Y"),)),
            },
        ),
    ],
)
def test_terms_left_to_serve_after_an_appeal_are_the_new_terms(nlp, text, expected):
    assert outcome(nlp, text) == expected
