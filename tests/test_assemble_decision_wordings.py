"""Decision wordings beyond "sentenced", "jailed" and "remanded": each sentence tells one court
decision about one named person in other words, and gives that person's record; near misses that
tell no decision give none; a decision about a described person named next, and a conviction told
apart from its sentencing, give one record. The sentences are written for these tests."""

import pytest

from watchdog_nlp import extract

PUBLISHED = "2023-05-10"


def rulings(nlp, text):
    return [(r.person, r.ruling) for r in extract(text, published=PUBLISHED, nlp=nlp).records]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A court in Minsk on Monday condemned opposition activist Pavel Sevastyanov to 12 years in prison.",
            ("Pavel Sevastyanov", "sentenced"),
        ),
        (
            "Pavel Sevastyanov, who was arrested in 2020, was condemned to 18 years in jail by a court in Gomel.",
            ("Pavel Sevastyanov", "sentenced"),
        ),
        (
            "A court in Almaty slapped activist Marat Zhylanbayev with a fine of 500,000 tenge on Monday.",
            ("Marat Zhylanbayev", "sentenced"),
        ),
        (
            "Activist Marat Zhylanbayev was slapped with a seven-year prison term by a court in Astana on Monday.",
            ("Marat Zhylanbayev", "sentenced"),
        ),
        ("A Baku court on Monday gave journalist Sevinj Mammadova nine years in prison.", ("Sevinj Mammadova", "sentenced")),
        (
            "A court in Hanoi on Monday imposed a six-year prison sentence on blogger Pham Thi Lan.",
            ("Pham Thi Lan", "sentenced"),
        ),
        (
            "On 7 June the first instance court in Mekelle allowed the 10,000 birr bail for journalist Dawit Alemu.",
            ("Dawit Alemu", "released"),
        ),
        (
            "A criminal court in Giza has ruled on Sunday for the release of journalist Omar Fathy on bail.",
            ("Omar Fathy", "released"),
        ),
        (
            "A court in Almaty ruled that the remainder of activist Arman Tokayev's five-year prison term be replaced"
            " with a parole-like sentence.",
            ("Arman Tokayev", "released"),
        ),
        (
            "Arman Tokayev's lawyer, Dana Sultan, said the city court had ruled that the remainder of her client's"
            " five-year prison term will be replaced by a parole-like sentence.",
            ("Arman Tokayev", "released"),
        ),
        (
            "A six-year prison sentence was imposed on blogger Pham Thi Lan by a Hanoi court on Monday.",
            ("Pham Thi Lan", "sentenced"),
        ),
        (
            "A Cairo court on Monday handed down a five-year prison sentence to activist Karim Abdel Aziz.",
            ("Karim Abdel Aziz", "sentenced"),
        ),
        (
            "A Cairo court on Monday handed down the maximum sentence of five years in prison to activist Karim Abdel Aziz.",
            ("Karim Abdel Aziz", "sentenced"),
        ),
        ("A Cairo court on Monday imprisoned activist Karim Abdel Aziz for five years.", ("Karim Abdel Aziz", "sentenced")),
        (
            "A court in Istanbul on Monday punished journalist Deniz Arslan with five years in prison.",
            ("Deniz Arslan", "sentenced"),
        ),
        (
            "A court in Istanbul on Monday ordered journalist Deniz Arslan to pay a fine of 10,000 lira.",
            ("Deniz Arslan", "sentenced"),
        ),
        (
            "A court in Istanbul on Monday imposed a fine of 10,000 lira on journalist Deniz Arslan.",
            ("Deniz Arslan", "sentenced"),
        ),
        (
            "A court in Moscow on Monday ordered activist Yegor Belousov to perform 200 hours of community service.",
            ("Yegor Belousov", "sentenced"),
        ),
        ("A court in Moscow on Monday put activist Yegor Belousov on probation for two years.", ("Yegor Belousov", "sentenced")),
        ("A Moscow court on Monday passed an eight-year sentence on activist Yegor Belousov.", ("Yegor Belousov", "sentenced")),
        (
            "A Moscow court on Monday meted out an eight-year sentence to activist Yegor Belousov.",
            ("Yegor Belousov", "sentenced"),
        ),
        (
            "A Moscow court on Monday put opposition politician Yegor Belousov behind bars for eight years.",
            ("Yegor Belousov", "sentenced"),
        ),
        (
            "A judge in Istanbul on Monday issued a fine of 10,000 lira to journalist Deniz Arslan.",
            ("Deniz Arslan", "sentenced"),
        ),
        (
            "A Moscow court on Monday ordered opposition politician Yegor Belousov into pretrial detention for two months.",
            ("Yegor Belousov", "pretrial_detention"),
        ),
        (
            "A court in Moscow on Monday sanctioned the arrest of opposition politician Yegor Belousov.",
            ("Yegor Belousov", "pretrial_detention"),
        ),
        (
            "Journalist Anil Sharma was sent to judicial custody for 14 days by a Delhi court on Monday.",
            ("Anil Sharma", "pretrial_detention"),
        ),
        (
            "The Delhi court decided to send journalist Anil Sharma to judicial custody for 14 days.",
            ("Anil Sharma", "pretrial_detention"),
        ),
        (
            "A Delhi magistrate on Monday granted police remand of journalist Anil Sharma for five days.",
            ("Anil Sharma", "pretrial_detention"),
        ),
        (
            "A Delhi court on Monday extended the judicial remand of journalist Anil Sharma till October 1.",
            ("Anil Sharma", "pretrial_detention"),
        ),
        (
            "A court in Istanbul on Monday dismissed the charges against journalist Deniz Arslan.",
            ("Deniz Arslan", "acquitted"),
        ),
        (
            "A court in Istanbul on Monday threw out the case against journalist Deniz Arslan.",
            ("Deniz Arslan", "acquitted"),
        ),
    ],
)
def test_assemble_decision_wording_gives_its_record(nlp, text, expected):
    """a decision told in other words than the common verbs -> the person's record with its ruling."""
    assert rulings(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups condemned the verdict against journalist Deniz Arslan as politically motivated.",
        "Journalist Deniz Arslan was slapped with a lawsuit by a businessman on Monday.",
        "Under the new law, blocking a road can now be punished with up to 15 days of administrative arrest.",
        "Activist Yegor Belousov has been imprisoned for two years without trial.",
        "Activist Yegor Belousov gets 10 days to file an appeal, his lawyer said.",
        "The government has freed three jailed dissidents, including teacher Pablo Ruiz, who was held for 14 months without trial.",
        "Activist Yegor Belousov avoided sentencing after the statute of limitations expired.",
        "Activist Yegor Belousov fled the country to evade being sentenced.",
    ],
)
def test_assemble_decision_wording_near_miss_is_no_record(nlp, text):
    """a wording that names no court decision about the person -> no record."""
    assert rulings(nlp, text) == []


def test_assemble_prison_term_beside_house_arrest_is_a_sentence(nlp):
    """a prison term given with a house arrest to follow -> a sentence, the prison term first."""
    text = "A Cairo court on Monday sentenced lawyer Karim Abdel Aziz to 10 years in prison and five years of house arrest."
    records = extract(text, published=PUBLISHED, nlp=nlp).records
    assert [(r.person, r.ruling, [(p.kind, p.duration) for p in r.sentence]) for r in records] == [
        ("Karim Abdel Aziz", "sentenced", [("prison", "P10Y"), ("house_arrest", "P5Y")])
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A Dakar court on Monday sentenced the country's leading opposition politician to two years in prison after "
            "convicting him of corrupting youth. Amadou Diallo, 48, had denied the charges.",
            [("Amadou Diallo", "sentenced", "2023-05-08", [("prison", "P2Y")])],
        ),
        (
            "A Tunis court on Monday jailed the country's best-known blogger for three years after finding him guilty of "
            "insulting the president. Karim Ben Salah, 34, has been held since May.",
            [("Karim Ben Salah", "sentenced", "2023-05-08", [("prison", "P3Y")])],
        ),
    ],
)
def test_assemble_decision_about_a_described_person_then_named(nlp, text, expected):
    """a lead decision about one person described by a place's possessive ("the country's leading
    opposition politician"), a second verb in it about "him", then that person named as a subject ->
    the named person's record with the lead's term."""
    records = extract(text, published=PUBLISHED, nlp=nlp).records
    assert [(r.person, r.ruling, r.ruling_date, [(p.kind, p.duration) for p in r.sentence]) for r in records] == expected


def test_assemble_conviction_then_sentencing_is_one_decision(nlp):
    """found guilty on one day and sentenced weeks later -> one record, the sentencing's date and term."""
    text = (
        "A court in Yerevan on May 5 sentenced Archbishop Levon Sargsyan to two years in prison. "
        "Judge Armine Petrosyan had found him guilty on April 20 of calling for the government to be toppled."
    )
    records = extract(text, published=PUBLISHED, nlp=nlp).records
    assert [(r.person, r.ruling, r.ruling_date, [(p.kind, p.duration) for p in r.sentence]) for r in records] == [
        ("Levon Sargsyan", "sentenced", "2023-05-05", [("prison", "P2Y")])
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Judge Tendai Ndlovu said opposition leader Jacob Moyo would be released from detention after paying a bail of "
            "50,000 Zimbabwe dollars.",
            [("Jacob Moyo", "released")],
        ),
        ("His lawyer said opposition leader Jacob Moyo would be released from detention if the court agreed.", []),
    ],
)
def test_assemble_would_in_a_judges_reported_words_is_no_hedge(nlp, text, expected):
    """ "would" in what a judge said he decided -> the decision stands; in what a lawyer hopes -> none."""
    assert rulings(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Prosecutors on May 2 requested that his deputy, Oleg Marchenko, and the head of the campaign for fair courts, "
            "Pavel Dudko, be sentenced to nine and seven years in prison, respectively.",
            [],
        ),
        (
            "Prosecutors asked that blogger Timur Esenov be convicted and jailed for five years.",
            [],
        ),
        (
            "Prosecutors asked for seven years, but on May 2 a court in Almaty sentenced blogger Timur Esenov to five years.",
            [("Timur Esenov", "sentenced")],
        ),
        ("His lawyers argued on May 2 that the conviction of activist Ivan Orlov should be overturned.", []),
        ("The judge said on May 2 that activist Ivan Orlov must be released from custody.", [("Ivan Orlov", "released")]),
    ],
)
def test_assemble_a_request_and_a_call_decide_nothing(nlp, text, expected):
    """a decision in the clause a request verb governs, however long its subject, or one that "should"
    or "must" be made -> none; one a judge says must be made, or told after the request -> the decision."""
    assert rulings(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "On May 2 the Supreme Court announced its upheld sentences for activists Ali Karimi and Reza Nouri, "
            "without changing the lower court rulings.",
            [("Ali Karimi", "appeal_rejected"), ("Reza Nouri", "appeal_rejected")],
        ),
        (
            "Journalists Ali Kaya and Emre Demir were sentenced on May 2 to ten years in prison and the judge ordered them "
            "to remain in jail.",
            [("Ali Kaya", "sentenced"), ("Emre Demir", "sentenced")],
        ),
        (
            "On May 2, 2023, the Kazan Regional Court upheld the sentence against Ivan Orlov, 50, and Pavel Dudko, 36, "
            "and gave them a 6-year suspended sentence.",
            [("Ivan Orlov", "appeal_rejected"), ("Pavel Dudko", "appeal_rejected")],
        ),
        (
            "A court in Hanoi on May 2 sentenced blogger Tran Van Minh to five years in prison. He was also given three "
            "years of house arrest after his release from prison.",
            [("Tran Van Minh", "sentenced")],
        ),
        (
            "A Russian appeals court on May 2 upheld the conviction of two activists who had been sentenced to long prison "
            "terms for organizing protests in 2019, in what Amnesty International called a farcical decision.",
            [],
        ),
    ],
)
def test_assemble_what_a_decision_also_says_is_no_decision_of_its_own(nlp, text, expected):
    """an appeal's participle on a decision noun -> the appeal; custody ordered beside the conviction,
    a term restated beside an upheld sentence, house arrest to follow a prison term -> part of that
    decision; an organisation naming the decision in its own clause -> nobody."""
    assert rulings(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "In a separate case, on 10 September the Masalli Regional Court sentenced the editor of the news website, "
            "Araz Mammadli, to two months' pre-trial detention.",
            [("Araz Mammadli", "pretrial_detention")],
        ),
        (
            "In the case of Reza Karimi, a rapper sentenced to death in October, the court has decided to accept his appeal, "
            "so the death sentence against him has been overturned.",
            [("Reza Karimi", "sentenced"), ("Reza Karimi", "appeal_granted")],
        ),
    ],
)
def test_assemble_a_term_of_custody_and_a_sentence_against_someone(nlp, text, expected):
    """ "sentenced X to two months' pre-trial detention" -> detention; "the sentence against him has been
    overturned" -> the appeal is about him."""
    assert rulings(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Previously, the former editor-in-chief of the newspaper, Kemal Arslan, was sentenced to 16 years in jail on the "
            "same charges and another former editor-in-chief, Elif Demir, received a prison sentence of 21 years.",
            [("Kemal Arslan", "sentenced", ["P16Y"]), ("Elif Demir", "sentenced", ["P21Y"])],
        ),
        (
            "A court in Nizhny Novgorod on January 28 extended the detention of activist Pavel Orlov until April 28. By the "
            "time the extension ends on April 28, Orlov will have spent three months behind bars without being convicted "
            "of anything.",
            [("Pavel Orlov", "pretrial_detention", [])],
        ),
        (
            "In November, a Vietnamese court upheld a 10-year jail sentence for another prominent blogger, Nguyen Thi Hoa, "
            'known as "Me Lan", or Mother Orchid, who was jailed for publishing propaganda against the state.',
            [("Nguyen Thi Hoa", "appeal_rejected", ["P10Y"])],
        ),
    ],
)
def test_assemble_each_clause_its_own_person_and_no_decision_not_made(nlp, text, expected):
    """a name right before a second verb of receiving with no subject -> that verb's; "without being
    convicted" -> no conviction; a second alias after "known as Y, or" -> no one of its own."""
    records = extract(text, published=PUBLISHED, nlp=nlp).records
    assert [(r.person, r.ruling, [p.duration for p in r.sentence]) for r in records] == expected
