"""Who a decision is about, and what it gave: people a sentence names beside the decision (the
target of a letter, an aide's employer, a winner of an election) get no record; hedged and
continued-custody decisions, open-prison terms and travel bans read as what they are.
Sentences are written for these tests."""

import pytest

from watchdog_nlp import extract

PUBLISHED = "2022-03-15"


def records(nlp, text):
    return {
        (r.person, r.ruling, tuple((p.kind, p.duration) for p in r.sentence))
        for r in extract(text, published=PUBLISHED, nlp=nlp).records
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            # a name inside a relative clause of the decision's object is not the defendant
            "A court in Shiraz on March 3 sentenced six signatories of a petition that demanded the "
            "resignation of Hassan Moradi to a collective 40 years in prison.",
            set(),
        ),
        (
            # an aide to someone: the employer is no co-defendant
            "Anton Belov, an aide to opposition politician Pavel Grudinov, was jailed for 10 days on March 3.",
            {("Anton Belov", "sentenced", (("administrative_jail", "P10D"),))},
        ),
        (
            # an election that "handed" someone a term decides nothing
            "The party was banned after protests against the disputed vote that handed incumbent Karim "
            "Nasseri a second term. A court in Tehran on March 3 sentenced activist Reza Tavakoli to one year in prison.",
            {("Reza Tavakoli", "sentenced", (("prison", "P1Y"),))},
        ),
        (
            # "if convicted" holds the trigger it hedges
            "A court in Moscow on March 3 placed activist Oleg Sukhov under house arrest. If convicted, "
            "Sukhov faces between four and 10 years in prison.",
            {("Oleg Sukhov", "house_arrest", (("house_arrest", None),))},
        ),
        (
            # the others ruled to remain behind bars: their detention goes on
            "An Istanbul court on March 3 ruled the other journalists in the case, Ayse Kara and Mert Oz, to remain behind bars.",
            {("Ayse Kara", "pretrial_detention", ()), ("Mert Oz", "pretrial_detention", ())},
        ),
        (
            # a misspelt surname (one vowel apart) is the same person
            "On March 3 the Baku Court of Appeal rejected the complaint of journalist Rufat Mamedly. "
            "Rufat Mamedla was arrested in December.",
            {("Rufat Mamedly", "appeal_rejected", ())},
        ),
        (
            # the subjects of a verb telling no decision, beside a decision with its own subject
            "Activists Ales Barysau and Ihar Lis still await trial, while their colleague Anton Hlinski is "
            "serving a three-year prison term.",
            {("Anton Hlinski", "sentenced", (("prison", "P3Y"),))},
        ),
        (
            # a bare count ("three received ...") of unnamed people is not the pair named before
            "A court in Tbilisi on March 3 sentenced activists Giorgi Lomidze and Levan Kapanadze to two "
            "years. On March 2, eight other people were sentenced: three received two and a half years, "
            "five received two years.",
            {("Giorgi Lomidze", "sentenced", (("prison", "P2Y"),)), ("Levan Kapanadze", "sentenced", (("prison", "P2Y"),))},
        ),
        (
            # a profession written as a title before the name is no part of it
            "A court in Istanbul on March 3 acquitted three journalists. Accountant Emre Kaya was convicted "
            "of propaganda and sentenced to three years and one month.",
            {("Emre Kaya", "sentenced", (("prison", "P3Y1M"),))},
        ),
        (
            # someone first told as a relative, then arrested and tried: "he" and "the activist" are him
            "Police arrested the sister of jailed blogger Omar Haddad on Monday. His wife wrote that the arrest was "
            "linked to her campaign for the release of her ex-husband, Sami Nasser. On April 15, 2014, Nasser was "
            "arrested at the criminal court in Jeddah. In July that year, the human rights activist was convicted of "
            "several charges. He was sentenced to 15 years in prison.",
            {("Sami Nasser", "sentenced", (("prison", "P15Y"),))},
        ),
        (
            # the subject of a clause coordinated after a decision with its own subject is that clause's
            "A court in Ankara on Monday jailed a reporter for two years, and journalist Elif Demir risks up to four "
            "years in jail for insulting the president.",
            set(),
        ),
        (
            # ... unless its verb is one of receiving
            "Activist Mehmet Kaya was sentenced to 18 years in prison and Ali Yilmaz got a jail term of 15 years.",
            {("Mehmet Kaya", "sentenced", (("prison", "P18Y"),)), ("Ali Yilmaz", "sentenced", (("prison", "P15Y"),))},
        ),
    ],
)
def test_assemble_records_subjects(nlp, text, expected):
    assert records(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            'A court in Brest on March 3 sentenced activist Ihar Rapin to three years in "open prison" for vandalism.',
            {("Ihar Rapin", "sentenced", (("restricted_freedom", "P3Y"),))},
        ),
        (
            "On March 3 two activists, Viktar Lobko and Kiryl Lut, were sentenced to open prison terms of "
            "between 18 months and two years.",
            {
                ("Viktar Lobko", "sentenced", (("restricted_freedom", None),)),
                ("Kiryl Lut", "sentenced", (("restricted_freedom", None),)),
            },
        ),
        (
            "A court in Tehran on March 3 sentenced activist Reza Karimi to five years in prison and a two-year travel ban.",
            {("Reza Karimi", "sentenced", (("prison", "P5Y"), ("ban", "P2Y")))},
        ),
        (
            "An appeals court in Tehran on March 3 upheld a 10-year prison sentence for activist Reza Karimi, "
            "imposing a two-year ban on political activity in addition.",
            {("Reza Karimi", "appeal_rejected", (("prison", "P10Y"), ("ban", "P2Y")))},
        ),
        (
            # the old term an appeal cut is the earlier sentence's, not the appeal's
            "At an appeal hearing in Hanoi on March 3, student Tran Thi Mai had her six-year jail term cut to a "
            "three-year suspended sentence and a 52-month probation.",
            {
                ("Tran Thi Mai", "appeal_granted", (("suspended", "P3Y"), ("restricted_freedom", "P52M"))),
                ("Tran Thi Mai", "sentenced", (("prison", "P6Y"),)),
            },
        ),
        (
            "On March 3 an appeals court in Almaty commuted lawyer Aigul Serikova's six-year prison sentence to "
            "a three-year suspended sentence.",
            {
                ("Aigul Serikova", "appeal_granted", (("suspended", "P3Y"),)),
                ("Aigul Serikova", "sentenced", (("prison", "P6Y"),)),
            },
        ),
        (
            "On March 3 the Baku Court of Appeal upheld the refusal to transfer journalist Elnur Aliyev to house arrest.",
            {("Elnur Aliyev", "appeal_rejected", ())},
        ),
    ],
)
def test_assemble_records_penalty_kinds(nlp, text, expected):
    assert records(nlp, text) == expected


def test_assemble_records_page_item_lends_no_date(nlp):
    """A decision told after another item's dateline takes no date from the item before it, so
    its fine, told later, joins it."""
    text = (
        "MOSCOW -- A court in Moscow sentenced activist Ivan Petrov to two years in prison in 2012. He was "
        "released in 2013.\n\nKHUJAND, Tajikistan -- Journalist Rustam Nazarov has been handed a 12-year "
        "prison sentence by a court in northern Tajikistan. The Khujand city court found the 40-year-old "
        "guilty on July 11 of embezzlement. It also fined him 12,000 somonis."
    )
    found = {
        (r.person, r.ruling_date, tuple((p.kind, p.duration) for p in r.sentence))
        for r in extract(text, published="2018-07-20", nlp=nlp).records
    }
    assert found == {
        ("Ivan Petrov", "2012", (("prison", "P2Y"),)),
        ("Rustam Nazarov", "2018-07-11", (("prison", "P12Y"), ("fine", None))),
    }
