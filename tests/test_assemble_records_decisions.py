"""One record per decision: two decisions of one person with the same ruling stay two records when
the text keeps them apart (a decision of a separate case, a first custody order beside its
extension, an earlier decision told by its adverb with another term, a term told by the years
spent in prison), and one decision told twice stays one; the person a decision is about is found when the
NER takes the name for an organisation or the story opens on a description.
The pages are undated, so no date tells the decisions apart. Sentences are written for these tests."""

from collections import Counter

import pytest

from watchdog_nlp import extract


def decisions(nlp, text):
    return Counter((r.person, r.ruling) for r in extract(text, nlp=nlp).records)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            # the same term in a separate case is another decision
            "A court in Hong Kong on Friday sentenced publisher Wong Kai-ming to 10 months in prison for "
            "organising an assembly. In March, Wong was sentenced to 10 months in a separate case.",
            {("Wong Kai-ming", "sentenced"): 2},
        ),
        (
            # an extension and the first custody order it extends
            "A Moscow court on Wednesday extended the arrest of activist Pavel Orlov until June. "
            "Orlov was arrested for two months in March.",
            {("Pavel Orlov", "pretrial_detention"): 2},
        ),
        (
            # one decision told twice
            "A court sentenced blogger Ruslan Kim to three years in prison on Monday. "
            "Kim was sentenced to three years for calls to extremism, the court said.",
            {("Ruslan Kim", "sentenced"): 1},
        ),
        (
            # one administrative arrest told twice
            "A Baku court sentenced journalist Elmir Huseynov to 10 days of administrative detention. "
            "Huseynov was jailed for 10 days over a Facebook post.",
            {("Elmir Huseynov", "sentenced"): 1},
        ),
        (
            # an extension and a police arrest (no custody order of a court)
            "A court in Minsk on Tuesday extended the detention of opposition activist Olga Petrova. "
            "Petrova has been held since she was arrested in January.",
            {("Olga Petrova", "pretrial_detention"): 1},
        ),
    ],
)
def test_assemble_records_decisions_kept_apart(nlp, text, expected):
    assert decisions(nlp, text) == Counter(expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            # a decision told as an earlier one, with another term
            "A court in Rangoon on Monday sentenced activist Min Thura to five more years in prison. "
            "Min Thura was earlier sentenced to three years in prison for incitement.",
            {("Min Thura", "sentenced"): 2},
        ),
        (
            "A court sentenced journalist Aylin Demir to 13 years in prison on Thursday. Demir was initially "
            "indicted on propaganda charges and was given a prison sentence of three years.",
            {("Aylin Demir", "sentenced"): 2},
        ),
        (
            # the same term told again with an adverb: one decision
            "A court sentenced blogger Ruslan Kim to three years in prison on Monday. "
            "Kim was originally sentenced to three years for calls to extremism, the court said.",
            {("Ruslan Kim", "sentenced"): 1},
        ),
        (
            # a term told by the years spent in prison
            "A court in Minsk on Friday sentenced rights activist Pavel Zhuk to ten years in prison. "
            "Zhuk was imprisoned from 2011 to 2014 for tax evasion.",
            {("Pavel Zhuk", "sentenced"): 2},
        ),
        (
            "A court in Minsk on Friday sentenced rights activist Pavel Zhuk to ten years in prison. "
            "Zhuk spent 2013 to 2016 behind bars after campaigning for officials to disclose their assets.",
            {("Pavel Zhuk", "sentenced"): 2},
        ),
        (
            # a participle told of the subject of its sentence
            "A court in Tianjin sentenced activist Li Wenbo to seven years in prison on Wednesday. "
            "He had been in prison before, serving 14 years of a 20-year sentence from 1994 to 2008.",
            {("Li Wenbo", "sentenced"): 2},
        ),
        (
            # a decision told as earlier, with no term, beside one with its term
            "A court in Lisbon sentenced activist Rui Matos to ten months in prison on Wednesday. "
            "Matos had previously been jailed over his activism.",
            {("Rui Matos", "sentenced"): 2},
        ),
        (
            # time held since an arrest is no term served
            "A court in Minsk sentenced Pavel Zhuk to ten years in prison on Friday. "
            "Zhuk has spent 21 months behind bars since his arrest.",
            {("Pavel Zhuk", "sentenced"): 1},
        ),
    ],
)
def test_assemble_records_decisions_earlier_terms_kept_apart(nlp, text, expected):
    assert decisions(nlp, text) == Counter(expected)


def test_assemble_records_decisions_earlier_case_takes_only_its_own_charges(nlp):
    """a decision told as earlier and kept apart -> none of the charges of the person's news case."""
    text = (
        "A court in Lisbon sentenced activist Rui Matos to ten months in prison on Wednesday for organising an "
        "unauthorised assembly. Matos had previously been jailed over his activism."
    )
    records = extract(text, nlp=nlp).records
    assert sorted(r.charges for r in records) == [[], ["protest_violation"]]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            # the NER calls the name an organisation; as the subject of "found ... guilty" it is whom the decision is about
            "A Thai court on Tuesday sentenced a political activist to seven years in prison. The Criminal Court "
            'in Bangkok found Yingyot Phrommasakul guilty of insulting the monarchy during several public speeches he gave to supporters of his "Red Dawn" group in 2009.',
            {("Yingyot Phrommasakul", "sentenced"): 1},
        ),
        (
            # an outlet fined is no person
            "A court in Minsk on Friday fined Nasha Niva 3,000 rubles.",
            {},
        ),
    ],
)
def test_assemble_records_decisions_names_taken_for_organisations(nlp, text, expected):
    assert decisions(nlp, text) == Counter(expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            # a story that opens on "the editor of ..." and names him in the next sentence
            "The editor of an independent newspaper in Azerbaijan has been jailed for seven years on extortion "
            "charges. Rauf Mammadov was accused of demanding money from a member of parliament.",
            {("Rauf Mammadov", "sentenced"): 1},
        ),
        (
            # nobody named after the description: no record
            "The leader of the opposition was jailed for five years on Monday. The court said the verdict could be appealed.",
            {},
        ),
    ],
)
def test_assemble_records_decisions_lead_named_next(nlp, text, expected):
    assert decisions(nlp, text) == Counter(expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            # the headline's decision words, taken for a name by the NER, are nobody's name
            "Vietnam Reduces Prison Sentence for Blogger\n\nA court in Ho Chi Minh City cut a year off the jail "
            "sentence of a blogger. Blogger Tran Van Minh was sentenced to four years in prison in March.",
            {("Tran Van Minh", "sentenced"): 1, ("Tran Van Minh", "appeal_granted"): 1},
        ),
    ],
)
def test_assemble_records_decisions_headline_words_no_name(nlp, text, expected):
    assert decisions(nlp, text) == Counter(expected)
