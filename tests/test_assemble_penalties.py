"""Penalties and their terms: lists of terms for several people, term shapes, the main penalty.
Sentences are written for these tests."""

import pytest

from watchdog_nlp import extract

PUBLISHED = "2022-03-15"


def terms(nlp, text):
    return {
        (r.person, r.ruling, tuple((p.kind, p.duration) for p in r.sentence))
        for r in extract(text, published=PUBLISHED, nlp=nlp).records
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A military court on March 3 sentenced two retired officers, Colonel Anwar Saleem and Major "
            "Tariq Mehmood, to 14 and 10 years respectively on charges of espionage.",
            {
                ("Anwar Saleem", "sentenced", (("prison", "P14Y"),)),
                ("Tariq Mehmood", "sentenced", (("prison", "P10Y"),)),
            },
        ),
        (
            "On March 3 blogger Tran Van Minh and his assistant Le Thi Hoa were sentenced to five and three "
            "years in prison each for their posts.",
            {
                ("Tran Van Minh", "sentenced", (("prison", "P5Y"),)),
                ("Le Thi Hoa", "sentenced", (("prison", "P3Y"),)),
            },
        ),
        (
            "The Shenzhen court on March 3 sentenced Lee Ka-wing to three years in jail and Chan Siu-ming to "
            "two years for organising an illegal border crossing.",
            {
                ("Lee Ka-wing", "sentenced", (("prison", "P3Y"),)),
                ("Chan Siu-ming", "sentenced", (("prison", "P2Y"),)),
            },
        ),
        (
            "The district court on March 3 sentenced 41-year-old Pavel Volkov to five and a half years, Oleg "
            "Sokolov to five years and Ivan Morozov to three and a half years.",
            {
                ("Pavel Volkov", "sentenced", (("prison", "P5Y6M"),)),
                ("Oleg Sokolov", "sentenced", (("prison", "P5Y"),)),
                ("Ivan Morozov", "sentenced", (("prison", "P3Y6M"),)),
            },
        ),
        (
            "On March 3 former student leaders Lee Wing-kit and Eric Chung were given eight months suspended for two years.",
            {
                ("Lee Wing-kit", "sentenced", (("suspended", "P8M"),)),
                ("Eric Chung", "sentenced", (("suspended", "P8M"),)),
            },
        ),
    ],
)
def test_penalties_listed_terms_go_to_the_people_in_order(nlp, text, expected):
    assert terms(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "On March 3 a court sentenced journalist Ahmet Demir to a seven-and-a-half-year prison term.",
            ("prison", "P7Y6M"),
        ),
        (
            "On March 3 activist Karim Haddad received a sentence of 13 and a half months in jail.",
            ("prison", "P13M15D"),
        ),
        (
            "Dissident Pavel Gorin was sentenced on March 3 to three more years in a penal colony.",
            ("prison", "P3Y"),
        ),
        (
            "A court on March 3 sentenced opposition leader Ivan Sorokin to nearly three years of jail time.",
            ("prison", "P3Y"),
        ),
        (
            "A court on March 3 sentenced lawyer Ivan Sorokin to five years' imprisonment.",
            ("prison", "P5Y"),
        ),
        (
            "Rapper Min Thu, 38, has been given 20 years in prison for mocking the army chief, his family said on March 3.",
            ("prison", "P20Y"),
        ),
        (
            "A court in Phnom Penh on March 3 jailed a 71-year-old broadcaster, Sok Vanna, for 20 years for rebellion.",
            ("prison", "P20Y"),
        ),
    ],
)
def test_penalties_term_shapes(nlp, text, expected):
    (record,) = extract(text, published=PUBLISHED, nlp=nlp).records
    assert (record.sentence[0].kind, record.sentence[0].duration) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The People's Court on July 7 sentenced Nguyen Van Hai, 29, to eight years in jail and three "
            "years' probation for propaganda.",
            (("prison", "P8Y"), ("restricted_freedom", "P3Y")),
        ),
        (
            "Activist Dana Serikova was handed three years' probation on March 3.",
            (("suspended", "P3Y"),),
        ),
        (
            "On May 3 magistrate Tendai Moyo gave lawmaker Job Chikomo a six-month prison term, suspended in "
            "full, and fined him US$600. The fine must be paid by May 5, failing which he will serve six "
            "months in jail.",
            (("suspended", "P6M"), ("fine", None)),
        ),
        (
            "Lawyer Maxim Zinoviev, another council member who faced the same charges, was sentenced to 10 "
            "years in prison on March 3.",
            (("prison", "P10Y"),),
        ),
    ],
)
def test_penalties_kind_of_each_item(nlp, text, expected):
    (record,) = extract(text, published=PUBLISHED, nlp=nlp).records
    assert tuple((p.kind, p.duration) for p in record.sentence) == expected


def test_penalties_an_identical_punishment_is_the_last_one_told(nlp):
    text = (
        "A judge on March 3 found activist Serik Amanov guilty. He was ordered to serve one year of "
        "freedom limitation and perform 100 hours of community work. The same day, a court in Taraz "
        "handed Erkin Bekov an identical punishment on the same charge."
    )
    found = terms(nlp, text)
    assert ("Erkin Bekov", "sentenced", (("restricted_freedom", "P1Y"), ("labor", None))) in found


@pytest.mark.parametrize(
    "text,expected",
    [
        ("On May 3 a magistrate fined lawmaker Job Chikomo US$600.", (600, "USD")),
        ("On May 3 a court fined opposition leader Omar Ndiaye 200 million CFA francs.", (200_000_000, "XOF")),
        ("On May 3 a court fined journalist Rina Akter 10,000 taka.", (10_000, "BDT")),
    ],
)
def test_penalties_fines_with_their_currency(nlp, text, expected):
    (record,) = extract(text, published=PUBLISHED, nlp=nlp).records
    assert (record.sentence[0].fine.amount, record.sentence[0].fine.currency) == expected


def test_penalties_a_suspended_prison_sentence_is_one_item(nlp):
    text = "Opposition leader Omar Ndiaye on March 3 received a two-month suspended prison sentence for libel."
    assert terms(nlp, text) == {("Omar Ndiaye", "sentenced", (("suspended", "P2M"),))}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A court on March 3 sentenced three activists to six years in prison each. The activists, "
            "Karim Nouri, Ali Tavakoli and Reza Soltani, were convicted of spreading propaganda. The court "
            "also banned them from any kind of political activity for 10 years.",
            {
                ("Karim Nouri", "sentenced", (("prison", "P6Y"), ("ban", "P10Y"))),
                ("Ali Tavakoli", "sentenced", (("prison", "P6Y"), ("ban", "P10Y"))),
                ("Reza Soltani", "sentenced", (("prison", "P6Y"), ("ban", "P10Y"))),
            },
        ),
        (
            "A Moscow court on March 3 ordered Oleg Sergeyev to serve two and a half years in prison. Judge "
            "Elena Sokolova said he would serve the term in a penal colony and also banned him from "
            "administering websites for two and a half years.",
            {("Oleg Sergeyev", "sentenced", (("prison", "P2Y6M"), ("ban", "P2Y6M")))},
        ),
        (
            "The Cairo Criminal Court on March 3 sentenced photojournalist Mahmoud Saleh, better known as "
            "Sabry, to five years in prison.",
            {("Mahmoud Saleh", "sentenced", (("prison", "P5Y"),))},
        ),
    ],
)
def test_penalties_told_after_the_decision_or_past_an_alias(nlp, text, expected):
    assert terms(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A court on March 3 convicted opposition leader Sam Vuthy of treason and ordered him to spend 27 "
            "years under house arrest.",
            {("Sam Vuthy", "sentenced", (("house_arrest", "P27Y"),))},
        ),
        (
            "A Moscow court on March 3 placed journalist Ivan Petrov under house arrest for two months.",
            {("Ivan Petrov", "house_arrest", (("house_arrest", "P2M"),))},
        ),
        (
            "On March 3 magistrate Karim Uddin turned down a police request to hold journalist Rina Akter for "
            "five days of questioning and instead sent her to jail.",
            {("Rina Akter", "pretrial_detention", ())},
        ),
        (
            "Activist Ivan Petrov was sent to prison for three years on March 3.",
            {("Ivan Petrov", "sentenced", (("prison", "P3Y"),))},
        ),
    ],
)
def test_penalties_ruling_the_penalty_settles(nlp, text, expected):
    assert terms(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "On March 3 a court converted the suspended sentence of activist Ivan Petrov into a real three-year prison term.",
            {("Ivan Petrov", "sentenced", (("prison", "P3Y"),))},
        ),
        (
            "A court on March 3 ordered activist Ivan Petrov to serve his previously suspended three-year sentence in prison.",
            {("Ivan Petrov", "sentenced", (("prison", "P3Y"),))},
        ),
        (
            "A court on March 3 gave activist Ivan Petrov a suspended three-year sentence.",
            {("Ivan Petrov", "sentenced", (("suspended", "P3Y"),))},
        ),
    ],
)
def test_penalties_a_suspended_term_made_real_is_prison(nlp, text, expected):
    assert terms(nlp, text) == expected


def test_penalties_a_life_term_lends_its_kind_to_no_term(nlp):
    text = (
        "A court on March 3 sentenced journalists Adil Khan and Sabir Ali to life imprisonment. The judge "
        "gave each of the defendants two life terms and a further 35 years in prison."
    )
    assert terms(nlp, text) == {
        ("Adil Khan", "sentenced", (("life", None), ("prison", "P35Y"))),
        ("Sabir Ali", "sentenced", (("life", None), ("prison", "P35Y"))),
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A Kyrgyz court on March 3 sent two journalists to prison, while two of their colleagues received "
            "probation. Judge Ali Bekov sentenced Makhabat Asanova, the outlet's director, to six years in prison.",
            {("Makhabat Asanova", "sentenced", (("prison", "P6Y"),))},
        ),
        (
            "A court on March 3 handed each of them a suspended sentence. Ivan Petrov was given 18 months and "
            "Oleg Sidorov 15 months.",
            {
                ("Ivan Petrov", "sentenced", (("suspended", "P18M"),)),
                ("Oleg Sidorov", "sentenced", (("suspended", "P15M"),)),
            },
        ),
    ],
)
def test_penalties_a_lead_kind_yields_to_a_term_placed_in_prison(nlp, text, expected):
    assert terms(nlp, text) == expected


def test_penalties_the_new_term_after_an_appeal_cut_it(nlp):
    text = (
        "A military appeals court on March 3 shortened the prison sentences of theater director Yelena "
        "Borisova and playwright Anna Sokolova. Instead of six years, Borisova will now spend five years and "
        "seven months behind bars. Sokolova's term was cut to five years and 10 months."
    )
    found = terms(nlp, text)
    assert ("Yelena Borisova", "appeal_granted", (("prison", "P5Y7M"),)) in found
    assert ("Anna Sokolova", "appeal_granted", (("prison", "P5Y10M"),)) in found


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A Baku court on March 3 kept journalist Ulvi Hasanov in pretrial detention for another three months.",
            {("Ulvi Hasanov", "pretrial_detention", ())},
        ),
        (
            "The Supreme Court on March 3 quashed the six-year sentence of blogger Ivan Petrov.",
            {("Ivan Petrov", "appeal_granted", ()), ("Ivan Petrov", "sentenced", (("prison", "P6Y"),))},
        ),
        (
            "The appeals court on March 3 replaced the two-year prison sentence of actor Pavel Orlov with a "
            "one-year suspended sentence.",
            {("Pavel Orlov", "appeal_granted", (("suspended", "P1Y"),)), ("Pavel Orlov", "sentenced", (("prison", "P2Y"),))},
        ),
        (
            "The court on March 3 sentenced blogger Pham Van Dung and two accomplices to jail terms ranging from 11 to 15 years.",
            {("Pham Van Dung", "sentenced", (("prison", None),))},
        ),
        (
            "A court on March 3 sentenced activist Ivan Petrov to two years of compulsory labor, replacing his prison term.",
            {("Ivan Petrov", "sentenced", (("labor", "P2Y"),))},
        ),
    ],
)
def test_penalties_what_a_decision_replaced_is_not_its_penalty(nlp, text, expected):
    assert terms(nlp, text) == expected
