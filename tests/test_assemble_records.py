"""Record assembly on small articles: who, which decision, and what is carried from context.

Each case reads "article -> the (person, ruling, slots) records it reports"; the texts are written
for these tests in the style of the Watchdog blog, not taken from the dev corpus.
"""

import pytest

from watchdog_nlp import extract

PUBLISHED = "2022-03-15"


def records(nlp, text, published=PUBLISHED):
    return extract(text, published=published, nlp=nlp).records


def summary(record, *slots):
    return tuple(getattr(record, slot) for slot in ("person", "ruling", *slots))


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "BISHKEK -- A Bishkek court on March 14 sentenced journalist Aigul Temirbekova to four years in prison.",
            [("Aigul Temirbekova", "sentenced", "2022-03-14", "Bishkek", "KG")],
        ),
        (
            "A Kazakh court has fined activist Daniyar Serikov 200,000 tenges for an unsanctioned rally.",
            [("Daniyar Serikov", "sentenced", "2022", None, "KZ")],
        ),
        (
            "A court in the western city of Aqtobe on March 10 acquitted blogger Marat Zhylanbaev.",
            [("Marat Zhylanbaev", "acquitted", "2022-03-10", "Aqtobe", "KZ")],
        ),
        (
            "The Tverskoy District Court in Moscow on March 2 ordered activist Pavel Krisevich held in pretrial detention for two months.",
            [("Pavel Krisevich", "pretrial_detention", "2022-03-02", "Moscow", "RU")],
        ),
    ],
)
def test_assemble_one_decision(nlp, text, expected):
    """a single decision sentence -> one record with person, ruling, date, court city and country."""
    got = [summary(r, "ruling_date", "court_city", "country") for r in records(nlp, text)]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "Activist Ruslan Ginatullin faces up to 10 years in prison if convicted of extremism.",
        "Prosecutors asked the court to sentence blogger Ruslan Ginatullin to seven years in prison.",
        "Blogger Ruslan Ginatullin could be jailed for spreading false information.",
        "Police detained activist Ruslan Ginatullin at a rally in Almaty on March 12.",
    ],
)
def test_assemble_hedged_or_police_is_no_record(nlp, text):
    """hedged, requested or police-only actions -> no record."""
    assert records(nlp, text) == []


def test_assemble_judges_and_lawyers_are_not_defendants(nlp):
    """'Judge X sentenced Y', 'Y's lawyer Z said' -> a record for Y only."""
    text = (
        "Judge Aliya Nurlanova of the Almaty City Court on March 1 sentenced activist Zhanna Baitelova "
        "to five years in prison. Baitelova's lawyer Galym Nurpeisov said she would appeal."
    )
    assert [r.person for r in records(nlp, text)] == ["Zhanna Baitelova"]


def test_assemble_history_decision_is_its_own_record(nlp):
    """a decision told as history with its year -> a second record dated by the year, no court carried."""
    text = (
        "A court in Atyrau on March 11 sentenced activist Maksat Iliyasuly to two years of restricted freedom. "
        "The 52-year-old activist was sentenced to five years in prison on extremism charges in 2016."
    )
    got = sorted(summary(r, "ruling_date", "court_city") for r in records(nlp, text))
    assert got == [
        ("Maksat Iliyasuly", "sentenced", "2016", None),
        ("Maksat Iliyasuly", "sentenced", "2022-03-11", "Atyrau"),
    ]


def test_assemble_description_refers_to_person_and_gives_age(nlp):
    """'the 52-year-old activist' -> the person in focus, with age 52."""
    text = (
        "A court in Atyrau on March 11 sentenced activist Maksat Iliyasuly to two years of restricted freedom. "
        "The 52-year-old activist was sentenced to five years in prison in 2016."
    )
    ages = {r.age for r in records(nlp, text)}
    assert ages == {52}


def test_assemble_co_defendants_share_the_decision(nlp):
    """an unnamed lead ('sentenced three activists') spelled out by name -> one record each, with its term and date."""
    text = (
        "ALMATY, Kazakhstan -- A court in Almaty on March 9 sentenced three opposition activists to four years in prison each. "
        "The Medeu district court found Aset Abishev, Kairat Klyshev and Nurlan Bekov guilty of supporting a banned extremist movement."
    )
    got = sorted(
        summary(r, "ruling_date", "court_city") + (r.sentence[0].kind, r.sentence[0].duration, tuple(r.charges))
        for r in records(nlp, text)
    )
    assert got == [
        (name, "sentenced", "2022-03-09", "Almaty", "prison", "P4Y", ("extremism",))
        for name in ("Aset Abishev", "Kairat Klyshev", "Nurlan Bekov")
    ]


def test_assemble_respectively_splits_terms(nlp):
    """'A and B were jailed for 10 months and seven months, respectively' -> each their own term."""
    text = "Activists Agnes Lau and Ivan Cheng were jailed on March 3 for 10 months and seven months, respectively."
    got = sorted((r.person, r.sentence[0].duration) for r in records(nlp, text))
    assert got == [("Agnes Lau", "P10M"), ("Ivan Cheng", "P7M")]


def test_assemble_partial_acquittal_is_not_a_record(nlp):
    """convicted of one charge and acquitted of another -> one sentenced record."""
    text = (
        "A Tbilisi court on March 4 convicted journalist Levan Beridze of embezzlement and fined him 20,000 laris, "
        "but acquitted him of money laundering."
    )
    got = [summary(r, "charges") for r in records(nlp, text)]
    assert got == [("Levan Beridze", "sentenced", ["fraud"])]
    assert records(nlp, text)[0].sentence[0].fine.model_dump() == {"amount": 20000.0, "currency": "GEL"}


def test_assemble_appeal_shares_the_upheld_sentence(nlp):
    """'upheld the four-year sentence handed to X', with the conviction told later -> both carry P4Y."""
    text = (
        "MOSCOW -- The Moscow City Court on March 14 upheld the four-year prison sentence handed to activist Oleg Belousov. "
        "On January 20, the Meshchansky District Court convicted Belousov of repeatedly violating protest rules."
    )
    got = sorted(summary(r, "ruling_date") + (r.sentence[0].duration if r.sentence else None,) for r in records(nlp, text))
    assert got == [
        ("Oleg Belousov", "appeal_rejected", "2022-03-14", "P4Y"),
        ("Oleg Belousov", "sentenced", "2022-01-20", "P4Y"),
    ]


def test_assemble_replaced_sentence_is_appeal_granted(nlp):
    """'replaced the 3 1/2-year sentence with a one-year suspended term' -> appeal_granted with the new
    term, and the replaced one as an undated conviction."""
    text = (
        "The Moscow City Court on March 10 replaced the 3 1/2-year prison sentence of actor Pavel Ustinsky "
        "with a one-year suspended term."
    )
    record, replaced = records(nlp, text)
    assert summary(record, "ruling_date") == ("Pavel Ustinsky", "appeal_granted", "2022-03-10")
    assert [(p.kind, p.duration) for p in record.sentence] == [("suspended", "P1Y")]
    assert summary(replaced, "ruling_date") == ("Pavel Ustinsky", "sentenced", None)
    assert [(p.kind, p.duration) for p in replaced.sentence] == [("prison", "P3Y6M")]


def test_assemble_evidence_offsets_cover_the_sentences(nlp):
    """a record's evidence spans -> the sentences it was read from, in the input's offsets."""
    text = "Some unrelated opening.\n\nA court in Almaty on March 3 sentenced activist Erlan Suleimenov to five years in prison."
    (record,) = records(nlp, text)
    start, end = record.evidence.spans[0]
    assert text[start:end].startswith("A court in Almaty") and "Suleimenov" in text[start:end]


def test_assemble_object_of_the_act_charged_is_not_a_defendant(nlp):
    """'sentenced X ... for insulting Y' -> a record for X only, charged with insulting officials."""
    text = (
        "MINSK -- A court in the Belarusian city of Homel has sentenced opposition activist Dzmitry Kazlau "
        "to four years in a medium-security penal colony for insulting Alyaksandr Lukashenka."
    )
    got = [summary(r, "court_city", "country", "charges") for r in records(nlp, text, published="2021-06-10")]
    assert got == [("Dzmitry Kazlau", "sentenced", "Homel", "BY", ["insulting_officials"])]


def test_assemble_conviction_told_in_a_relative_clause_keeps_no_court(nlp):
    """'upheld the sentence of X, who was convicted in January' -> the appeal court is not the convicting one."""
    text = (
        "BAKU -- The Baku Court of Appeal on June 8 upheld the six-year prison sentence handed to journalist "
        "Afgar Sadykhov, who was convicted of extortion in January."
    )
    got = sorted(summary(r, "ruling_date", "court", "court_city") for r in records(nlp, text, published="2021-06-09"))
    assert got == [
        ("Afgar Sadykhov", "appeal_rejected", "2021-06-08", "Baku Court of Appeal", "Baku"),
        ("Afgar Sadykhov", "sentenced", "2021-01", None, None),
    ]


def test_assemble_conditional_conviction_is_no_record(nlp):
    """'asked the court to jail him ... if he is convicted' -> no record (police detention is none either)."""
    text = (
        "ALMATY -- Police detained journalist Lukpan Akhmetov on May 3. Prosecutors have asked the court "
        "to jail him for seven years if he is convicted of extremism."
    )
    assert records(nlp, text, published="2023-05-04") == []


def test_assemble_jailed_with_a_long_apposition_keeps_its_term(nlp):
    """'jailed X, a correspondent for the Turkmen.news website, for four years' -> prison P4Y."""
    text = (
        "ASHGABAT -- A Turkmen court has jailed Nurgeldi Halykov, a freelance correspondent for the "
        "Turkmen.news website, for four years on fraud charges that his colleagues say are bogus."
    )
    (record,) = records(nlp, text, published="2020-09-30")
    assert (record.person, record.country, record.charges) == ("Nurgeldi Halykov", "TM", ["fraud"])
    assert [(p.kind, p.duration) for p in record.sentence] == [("prison", "P4Y")]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "MOSCOW -- A Moscow court has extended the pretrial detention of Wall Street Journal reporter "
            "Evan Gershman until August 30, rejecting his lawyers' request for house arrest.",
            "2023-05-24",
            [("Evan Gershman", "pretrial_detention", "2023")],
        ),
        (
            "TBILISI -- Georgian journalist Mzia Amashukeli was released from custody on May 5 after a court "
            "replaced her pretrial detention with bail of 10,000 laris.",
            "2025-05-06",
            [("Mzia Amashukeli", "released", "2025-05-05")],
        ),
        (
            "YEREVAN -- Armenia's Court of Appeals on August 13 ordered former President Robert Kocharyan released "
            "from custody, overturning a lower court's decision to keep him behind bars.",
            "2018-08-13",
            [("Robert Kocharyan", "appeal_granted", "2018-08-13")],
        ),
        (
            "BISHKEK -- Temirbekov was taken away and, according to a police statement, released on bail the next day.",
            "2022-01-27",
            [],
        ),
    ],
)
def test_assemble_detention_and_release(nlp, text, published, expected):
    """requests are not decisions; a court's release is a record, a police release is not; a release
    ordered while overturning a ruling is the appeal's decision."""
    assert [summary(r, "ruling_date") for r in records(nlp, text, published=published)] == expected
