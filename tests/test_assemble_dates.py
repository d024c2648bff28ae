"""Ruling dates in assembly: which date of a page is a decision's, and how dates carry between
the sentences that tell one decision.

Each case reads "article, published -> the (person, ruling, ruling_date) records"; the articles are
written for these tests, not taken from any corpus.
"""

import pytest

from watchdog_nlp import extract


def dated(nlp, text, published):
    return sorted((r.person, r.ruling, r.ruling_date) for r in extract(text, published=published, nlp=nlp).records)


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "Activists Dana Kerimova and Arman Seitov fined\n\nApril 12, 2022\n\n"
            "The two were fined on Monday by a court in Almaty for an unsanctioned rally.",
            "2022-04-12",
            [("Arman Seitov", "sentenced", "2022-04-11"), ("Dana Kerimova", "sentenced", "2022-04-11")],
        ),
        (
            "Court jails blogger Timur Aliev\n\n28 December 2020\n\n"
            "A court in Baku sentenced blogger Timur Aliev to five years in prison.",
            "2020-12-28",
            [("Timur Aliev", "sentenced", "2020-12-28")],
        ),
        (
            "Live updates\n\nOctober 19, 22:10 Protesters jailed\n\n"
            "A Tbilisi court on Sunday jailed activist Nino Beridze for ten days.",
            "2025-11-04",
            [("Nino Beridze", "sentenced", "2025-10-19")],
        ),
        (
            "Court jails blogger Aziz Karimov\n\nLast updated: 5 March 2024, 10:12\n\n"
            "A court in Tashkent on Monday sentenced blogger Aziz Karimov to six years in prison.",
            "2024-03-05",
            [("Aziz Karimov", "sentenced", "2024-03-04")],
        ),
        (
            "Court jails blogger Aziz Karimov\n\nLast updated: 12 March 2024, 10:12\n\n"
            "A court in Tashkent has sentenced blogger Aziz Karimov to six years in prison.",
            "2024-03-12",
            [("Aziz Karimov", "sentenced", "2024")],
        ),
        (
            "TBILISI, May 14 (Wire) - A court in Tbilisi sentenced activist Levan Gelashvili to two years in prison.",
            "2023-05-15",
            [("Levan Gelashvili", "sentenced", "2023-05-14")],
        ),
        (
            "BISHKEK, Kyrgyzstan, October 2, 2022 -- A court in Bishkek ordered journalist Aigul Tokteeva held "
            "in pretrial detention for two months.",
            "2022-10-03",
            [("Aigul Tokteeva", "pretrial_detention", "2022-10-02")],
        ),
        (
            "Blogger Aziz Karimov jailed for six years\n\nGeneva, 14 March 2023 — Rights groups condemned the "
            "verdict on Tuesday. On 2 March, a court in Tashkent sentenced Karimov to six years in prison.",
            None,
            [("Aziz Karimov", "sentenced", "2023-03-02")],
        ),
        (
            "Geneva, 14 March 2023 — A court in Tashkent sentenced blogger Aziz Karimov to six years in prison on Monday.",
            None,
            [("Aziz Karimov", "sentenced", "2023-03-13")],
        ),
        (
            "Olga Petrova (file photo) © 2019 Photo agency\n\n"
            "A court in Minsk has sentenced activist Olga Petrova to three years in prison.",
            "2021-05-04",
            [("Olga Petrova", "sentenced", "2021")],
        ),
    ],
)
def test_assemble_dates_page_lines(nlp, text, published, expected):
    """a page's date line (or a dateline the sentence splitter cut from its lead) dates a decision
    only when nothing else does (an "Updated" line, written any day after, does not), and dates a
    live entry's "on Sunday" (a title-case dateline, "Geneva, 14 March 2023 —", is one too); the tagger's half of "28 December 2020" is read whole; a copyright
    year is no date (the present perfect gives the page's year)."""
    assert dated(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "In March, a Bishkek court sentenced blogger Aibek Nurlanov to five years in prison. "
            "The court handed down the sentence on March 14.",
            "2022-03-20",
            [("Aibek Nurlanov", "sentenced", "2022-03-14")],
        ),
    ],
)
def test_assemble_dates_keep_the_finest(nlp, text, published, expected):
    """two mentions of one decision, one to the month and one to the day -> the day."""
    assert dated(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "On May 12, a Bishkek court ordered journalist Aida Sultanova held until July 12. "
            "Five days earlier, it had placed her colleague Bakyt Osmonov under house arrest.",
            "2022-05-20",
            [("Aida Sultanova", "pretrial_detention", "2022-05-12"), ("Bakyt Osmonov", "house_arrest", "2022-05-07")],
        ),
        (
            "Police detained activist Levan Gelashvili on March 3. Two days later, a Tbilisi court ordered him "
            "held in pretrial detention for two months.",
            "2022-06-01",
            [("Levan Gelashvili", "pretrial_detention", "2022-03-05")],
        ),
        (
            "A court in Taraz on April 8 sentenced activist Gulnar Abenova to two years of freedom limitation. "
            "Another activist, Saule Omarova, had received the same term from that court two days before.",
            "2022-04-10",
            [("Gulnar Abenova", "sentenced", "2022-04-08"), ("Saule Omarova", "sentenced", "2022-04-06")],
        ),
        (
            "Police raided the party's offices on February 23. The raid came six days after a Tbilisi court ruled "
            "that opposition leader Davit Kiknadze should be taken into custody.",
            "2022-05-10",
            [("Davit Kiknadze", "pretrial_detention", "2022-02-17")],
        ),
        (
            "Activist Ion Rusu joined the opposition platform in 2018. He was detained on October 12 of that year, "
            "and days later a court ordered him held in custody for 20 days.",
            "2019-03-21",
            [("Ion Rusu", "pretrial_detention", "2018-10")],
        ),
        (
            "Reporter Lars Nyberg was detained at Istanbul airport on March 27. The following day he was remanded "
            "in custody on two counts.",
            "2025-04-30",
            [("Lars Nyberg", "pretrial_detention", "2025-03-28")],
        ),
        (
            "Only a few days earlier, opposition leader Tendai Moyo was sent to prison for three years after a "
            "court convicted him of inciting public violence.",
            "2023-05-03",
            [("Tendai Moyo", "sentenced", "2023")],
        ),
    ],
)
def test_assemble_dates_counted_from_the_last_date(nlp, text, published, expected):
    """'five days earlier', 'two days later', 'two days before' count from the last date told (from
    publication when none was), 'six days after <the decision>' back from it; a date that looks
    forward ('until July 12') is not what they count from, and a term ('for three years after') is
    no count."""
    assert dated(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "A Yerevan court on January 19 sentenced journalist Armen Hakobyan to seven years in prison. "
            "The judge found him guilty of organizing mass riots on March 1, 2008.",
            "2010-01-20",
            [("Armen Hakobyan", "sentenced", "2010-01-19")],
        ),
        (
            "The same court has sentenced lawmaker Ploy Chaiyasit to six years in prison over posts that she published in 2020.",
            "2024-01-17",
            [("Ploy Chaiyasit", "sentenced", None)],
        ),
        (
            "The same court has sentenced lawmaker Ploy Chaiyasit to six years in prison over tweets she posted in 2020.",
            "2024-01-17",
            [("Ploy Chaiyasit", "sentenced", None)],
        ),
        (
            "On 10 July 2024, the court sentenced 53 defendants. Those sentenced to life in prison include academic "
            "Khalid Mansour; lawyer Omar Haddad, a veteran rights defender who has represented dozens of dissidents in "
            "the courts of the country over three decades; and the economist Fahad Aziz, who was arrested in August "
            "2015 and jailed in 2017 for ten years.",
            "2024-08-02",
            [
                ("Fahad Aziz", "sentenced", "2017"),
                ("Fahad Aziz", "sentenced", "2024-07-10"),
                ("Khalid Mansour", "sentenced", "2024-07-10"),
                ("Omar Haddad", "sentenced", "2024-07-10"),
            ],
        ),
        (
            "Arrested on March 3, journalist Daria Volkova has been sentenced to three years in prison.",
            "2023-05-04",
            [("Daria Volkova", "sentenced", "2023")],
        ),
        (
            "Journalist Daria Volkova was charged on March 3 and has now been sentenced to three years in prison.",
            "2023-05-04",
            [("Daria Volkova", "sentenced", "2023")],
        ),
        (
            "Journalist Daria Volkova was detained on March 3 and remanded in custody the following day.",
            "2023-05-04",
            [("Daria Volkova", "pretrial_detention", "2023-03-04")],
        ),
        (
            "On 3 May the president pardoned activist Nadia Orlova, convicted over a protest.",
            "2021-06-04",
            [("Nadia Orlova", "sentenced", None)],
        ),
        (
            "Border guards on 3 May detained activist Nadia Orlova, sentenced in absentia to two years in prison.",
            "2021-06-04",
            [("Nadia Orlova", "sentenced", None)],
        ),
        (
            "Activist Lam Ka-ming was jailed on Wednesday for 40 months. The judge said politics was the background "
            "for sentencing, although the offences took place in the first half of 2020. He sentenced Lam on 11 charges.",
            None,
            [("Lam Ka-ming", "sentenced", None)],
        ),
        (
            "The trial ended in February 2021 with activist Lam Ka-ming sentenced to four years in prison.",
            None,
            [("Lam Ka-ming", "sentenced", "2021-02")],
        ),
    ],
)
def test_assemble_dates_of_other_acts_are_not_the_decisions(nlp, text, published, expected):
    """a date under the act charged (a gerund, a relative clause) is that act's, not the decision's; a
    date far off in another clause (a list item's history) is not the list's decision's; the date of
    a pardon or an arrest is not that of a decision told by a participle describing its object, nor
    is that of a clause with its own subject beside the decision's ("although the offences took
    place in 2020"), unless that subject is the trial, the court or the decision."""
    assert dated(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "The verdicts were handed down on March 3 in a closed courtroom in Gomel. Judge Ivan Sidorov found "
            "bloggers Pavel Lukin and Oleg Marchenko guilty of organizing mass riots.",
            "2022-06-01",
            [("Oleg Marchenko", "sentenced", "2022-03-03"), ("Pavel Lukin", "sentenced", "2022-03-03")],
        ),
        (
            "A Tbilisi court on Wednesday sentenced 11 protesters to two years in prison. The judge convicted them "
            "under Article 226. Those convicted: Nika Beridze, 29, an actor; Levan Kapanadze, 31, a teacher.",
            "2025-09-05",
            [("Levan Kapanadze", "sentenced", "2025-09-03"), ("Nika Beridze", "sentenced", "2025-09-03")],
        ),
        (
            "A Minsk court on March 3 sentenced activist Ihar Barysau to five years in prison. The other two "
            "defendants received four years each. Pavel Yurchenka and Anton Hlinski had been convicted of "
            "organizing riots.",
            "2022-03-10",
            [
                ("Anton Hlinski", "sentenced", "2022-03-03"),
                ("Ihar Barysau", "sentenced", "2022-03-03"),
                ("Pavel Yurchenka", "sentenced", "2022-03-03"),
            ],
        ),
    ],
)
def test_assemble_dates_lent_forward(nlp, text, published, expected):
    """a dated echo with no decision before it dates the next one told; an unnamed lead that goes on
    unnamed, or an unnamed sequel of a named decision, keeps its date for the names that follow."""
    assert dated(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "A court in Gomel on Tuesday sentenced activist Pavel Lukin to 18 years in prison. Olga Marchenko, "
            "another activist, was previously convicted. She was sentenced to 11 years in prison in September.",
            "2021-12-15",
            [("Olga Marchenko", "sentenced", "2021-09"), ("Pavel Lukin", "sentenced", "2021-12-14")],
        ),
        (
            "A court in Minsk on Tuesday sentenced activist Ihar Barysau to five years in prison. His colleague "
            "Anton Hlinski was previously convicted of tax evasion.",
            "2021-12-15",
            [("Anton Hlinski", "sentenced", None), ("Ihar Barysau", "sentenced", "2021-12-14")],
        ),
        (
            "A court in Almaty on Tuesday sentenced four protesters to prison terms. Arman Seitov, sentenced to "
            "ten years in prison, remains in a penal colony.",
            "2023-05-10",
            [("Arman Seitov", "sentenced", None)],
        ),
        (
            "A court in Almaty on Tuesday sentenced four protesters to prison terms. Arman Seitov, sentenced to "
            "ten years in prison, was moved to a penal colony.",
            "2023-05-10",
            [("Arman Seitov", "sentenced", "2023-05-09")],
        ),
    ],
)
def test_assemble_dates_not_lent_to_history(nlp, text, published, expected):
    """a decision told as history ("was previously convicted", or a participle describing someone
    whose clause tells the present: "X, sentenced to ten years, remains ...") takes no date from the
    decision told before it; a date it is given later in its story is its own; a participle before a
    clause that goes on with the story ("X, sentenced to ten years, was moved ...") is the lead's."""
    assert dated(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Journalist Ales Karpenka is serving a term imposed after he was convicted in October 2022. "
            "On October 27, the Minsk City Court sentenced him to three years in prison.",
            [("Ales Karpenka", "sentenced", "2022-10-27")],
        ),
        (
            "Journalist Ales Karpenka was detained in October 2022. "
            "On March 3, the Minsk City Court sentenced him to three years in prison.",
            [("Ales Karpenka", "sentenced", None)],
        ),
        # the month's year is told only after the day, of another event
        (
            "On 6 October, the Dushanbe City Court sentenced lawyer Bahrom Karimov to 23 years in prison. "
            "Karimov had been arrested on 22 October 2015.",
            [("Bahrom Karimov", "sentenced", None)],
        ),
    ],
)
def test_assemble_dates_without_publication(nlp, text, expected):
    """no publication date: a day without its year takes the year the page gives that month before
    it, and stays unknown otherwise."""
    assert dated(nlp, text, None) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "A court in Bishkek on June 3 sentenced activist Kanat Abdyldaev to six years in prison. "
            "The Supreme Court upheld the sentence on appeal, lawyer Emil Asanov said.",
            "2022-09-01",
            [("Kanat Abdyldaev", "appeal_rejected", None), ("Kanat Abdyldaev", "sentenced", "2022-06-03")],
        ),
        (
            "On April 19, a court in Tunis sentenced activist Chaima Nasri to 18 years in prison. "
            "The Court of Appeal upheld the verdict of April 19 against her.",
            "2022-12-08",
            [("Chaima Nasri", "appeal_rejected", None), ("Chaima Nasri", "sentenced", "2022-04-19")],
        ),
        (
            "Following the Supreme Court's decision of 28 November, the sentences of activists Nabeel Rajab "
            "and Ali Salman were reduced.",
            "2022-12-08",
            [("Ali Salman", "appeal_granted", "2022-11-28"), ("Nabeel Rajab", "appeal_granted", "2022-11-28")],
        ),
        (
            "The Court of Appeals has rejected the appeal of journalist Lina Cruz in connection with her conviction "
            "for libel by a Manila court two years ago.",
            "2022-07-08",
            [("Lina Cruz", "appeal_rejected", "2022")],
        ),
        (
            "In its decision of May 3, the Supreme Court upheld the sentence of activist Ramon Diaz.",
            "2022-07-08",
            [("Ramon Diaz", "appeal_rejected", "2022-05-03")],
        ),
        (
            "The Bishkek City Court upheld the five-year sentence handed to activist Aibek Osmonov on 3 February.",
            "2023-04-20",
            [("Aibek Osmonov", "appeal_rejected", "2023")],
        ),
        (
            "The sentences handed to activists Aibek Osmonov and Nurlan Ibraev in February were upheld by the "
            "Bishkek City Court on April 11.",
            "2023-04-20",
            [("Aibek Osmonov", "appeal_rejected", "2023-04-11"), ("Nurlan Ibraev", "appeal_rejected", "2023-04-11")],
        ),
        (
            "The prison term given to activist Aibek Osmonov in February was overturned by the Supreme Court on Tuesday.",
            "2023-04-20",
            [("Aibek Osmonov", "appeal_granted", "2023-04-18")],
        ),
        (
            "Lawyer Selim Ben Amor was arrested following the Court of Appeal's decision of 28 November in the "
            "conspiracy case.\n\nThe case was opened in 2023 with a wave of arrests.\n\nThe trial court convicted 30 "
            "defendants on 19 April and imposed terms of up to 60 years.\n\nSelim Ben Amor received eight years.\n\n"
            "Rights groups condemned the verdict.\n\nOn appeal, the court reduced Selim Ben Amor's sentence to five years.",
            "2025-12-08",
            [("Selim Ben Amor", "appeal_granted", "2025-11-28"), ("Selim Ben Amor", "sentenced", "2025-04-19")],
        ),
    ],
)
def test_assemble_dates_of_appeals(nlp, text, published, expected):
    """an appeal is decided on another day than the trial: the trial's date is not lent to it, nor
    is the date of the verdict it reviews; a dated mention of the appeal decision ("the Supreme
    Court's decision of 28 November") dates the appeal rulings told after it (all of them, however
    far on, when it is the only appeal decision the page dates)."""
    assert dated(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "A court in Chisinau acquitted journalists Ion Botnaru and Vasile Grecu on Tuesday. Prosecutors had "
            "accused Botnaru, Grecu and a third journalist, Petru Lungu, of extortion. Several witnesses testified "
            "for the defence. The trial lasted a year. The newspaper welcomed the outcome. The judge cleared all "
            "three of extortion.",
            "2022-06-01",
            [
                ("Ion Botnaru", "acquitted", "2022-05-31"),
                ("Petru Lungu", "acquitted", "2022-05-31"),
                ("Vasile Grecu", "acquitted", "2022-05-31"),
            ],
        ),
        (
            "Activist Olzhas Bekov was detained on May 2. On May 4, a court ordered him held until July 4. "
            "The court also ordered activist Dina Tokhtarova held until July 4.",
            "2022-06-01",
            [("Dina Tokhtarova", "pretrial_detention", "2022-05-04"), ("Olzhas Bekov", "pretrial_detention", "2022-05-04")],
        ),
    ],
)
def test_assemble_dates_shared_by_one_decision(nlp, text, published, expected):
    """an undated mention of a decision about a group, some of whom a dated mention named, dates the
    others too; a date an order runs to ("until July 4") does not make a sentence dated."""
    assert dated(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "Activists jailed after violent May Day arrests\n\nUpdate: On Thursday evening, the Minsk City Court "
            "upheld the jail terms of activists Pavel Sevyarynets and Ihar Losik.",
            "2019-05-02",
            [("Ihar Losik", "appeal_rejected", "2019-05-02"), ("Pavel Sevyarynets", "appeal_rejected", "2019-05-02")],
        ),
        (
            "A court in Gomel on\nMonday sentenced blogger Pavel Lukin to\nthree years in prison.",
            "2022-06-01",
            [("Pavel Lukin", "sentenced", "2022-05-30")],
        ),
        (
            "At a closed hearing on March 9, a judge in Almaty ordered activist Dauren Sadykov held in pretrial "
            "detention for two months.",
            "2022-03-15",
            [("Dauren Sadykov", "pretrial_detention", "2022-03-09")],
        ),
    ],
)
def test_assemble_dates_of_the_decisions_own_clause(nlp, text, published, expected):
    """a headline's date is not the next paragraph's decision's (a line wrapped inside a sentence
    is no paragraph); "Thursday evening" is a day, not a noun's date; the hearing a decision was
    taken at dates it."""
    assert dated(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "Court Hands Suspended Terms To Four Opposition MPs\n\nFour lawmakers have been convicted over tear-gas "
            "attacks in parliament, but none of them will go to prison.\n\nPRISTINA -- A court on Wednesday, January 3, "
            "found four lawmakers guilty of setting off tear gas in parliament, handing each of them a suspended prison "
            "sentence.\n\nArben Krasniqi and Drita Berisha were given 18 months each, and Besnik Hoxha 14 months.",
            "2018-01-04",
            [
                ("Arben Krasniqi", "sentenced", "2018-01-03"),
                ("Besnik Hoxha", "sentenced", "2018-01-03"),
                ("Drita Berisha", "sentenced", "2018-01-03"),
            ],
        ),
        (
            "A court in Minsk on Tuesday jailed two members of the rights group. Eight other activists tried in the "
            "same case were sentenced to between five and 17 years. The trial was closed. Relatives waited outside. "
            "Rights group member Leonid Sudak, who heads a legal centre, is serving a three-year prison term.",
            "2022-09-08",
            [("Leonid Sudak", "sentenced", None)],
        ),
        (
            "A court in Bangkok on Friday sentenced a leading activist to three years in prison. He was initially "
            "sentenced to four years, but the term was commuted, lawyers said in 2022. He faces two further charges. "
            "The activist led protests in 2020. Critics say the law silences dissent. Hundreds have been prosecuted "
            "since 2020. In July, another activist, Somchai Rattana, was sentenced to two years in prison.",
            None,
            [("Somchai Rattana", "sentenced", None)],
        ),
        (
            "A court in Istanbul on Wednesday convicted 13 journalists of aiding terrorism, but they remain free "
            "pending appeal.\n\nDeniz Kaya, the paper's accountant, was convicted of propaganda and sentenced to three "
            "years.\n\nThree others were acquitted.\n\nThey were all charged over their coverage.\n\nRights groups "
            "called the charges absurd.\n\nThe newspaper has long criticised the government.\n\nAmong those convicted "
            "is reporter Murat Demir.\n\nHe was given a five-year sentence.",
            "2018-04-25",
            [("Deniz Kaya", "sentenced", "2018-04-25"), ("Murat Demir", "sentenced", "2018-04-25")],
        ),
    ],
)
def test_assemble_dates_from_leads(nlp, text, published, expected):
    """names that spell out an unnamed lead take the date its other telling gives (a standfirst
    undated, the first sentence dated), not one told far before them, unless "those convicted"
    names the lead back; a term someone "is serving" is history no lead dates."""
    assert dated(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "DUSHANBE, March 10 -- A court in Tajikistan has jailed blogger Rustam Nazarov for four years. He denied "
            "the charges, his relatives said. The four-year term was handed down on March 8, court officials said.",
            "2023-03-10",
            [("Rustam Nazarov", "sentenced", "2023-03-08")],
        ),
        (
            "In related news, the same court has sentenced lawmaker Ploy Chaiyasit to six years in prison. "
            "The verdict in case No. 512/2566 was read on December 13.",
            "2024-01-17",
            [("Ploy Chaiyasit", "sentenced", "2023-12-13")],
        ),
        (
            "The district court passed the sentence at a hearing on January 2. It sentenced reporter Javid Karimi "
            "to 18 months in prison.",
            "2025-01-16",
            [("Javid Karimi", "sentenced", "2025-01-02")],
        ),
        (
            "Singer Thant Zin has been sentenced to 20 years in prison, a relative said. The verdict was handed down on Aug. 23.",
            "2023-08-26",
            [("Thant Zin", "sentenced", "2023-08-23")],
        ),
        (
            "Journalist Lena Marova has been sentenced to three years in prison. Judge Oleg Gritsak read out the "
            "verdict on Tuesday in a closed courtroom.",
            "2023-05-04",
            [("Lena Marova", "sentenced", "2023-05-02")],
        ),
        (
            "Kyaw Zin, a rapper, has been given 20 years in prison for mocking the army chief, a relative said. She said "
            "the family learned of the verdict, handed down Aug. 23, from the prison.",
            "2023-08-26",
            [("Kyaw Zin", "sentenced", "2023-08-23")],
        ),
        (
            "Kyaw Zin, a rapper, has been given 20 years in prison, a relative said. The verdict, passed on Aug. 23, was "
            "not made public.",
            "2023-08-26",
            [("Kyaw Zin", "sentenced", "2023-08-23")],
        ),
        (
            "Kyaw Zin, a rapper, has been given 20 years in prison, a relative said. The court's verdict, passed on "
            "Aug. 23, was not made public.",
            "2023-08-26",
            [("Kyaw Zin", "sentenced", "2023-08-23")],
        ),
        (
            "Kyaw Zin, a rapper, has been given 20 years in prison, a relative said. A verdict, passed on Aug. 23, was "
            "not made public.",
            "2023-08-26",
            [("Kyaw Zin", "sentenced", "2023")],
        ),
    ],
)
def test_assemble_dates_from_echoes(nlp, text, published, expected):
    """'the term was handed down on March 8', 'the verdict ... was read on December 13', 'passed the
    sentence at a hearing on January 2', 'the verdict, handed down Aug. 23' date the decision told
    around them (a sentence may come between); a dateline's date ("DUSHANBE, March 10 --") is the
    page's, not the decision's."""
    assert dated(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "An appeals court in Tehran has upheld the 19-year sentence of blogger Hamid Rezaei, his family said.",
            "2011-06-09",
            [("Hamid Rezaei", "appeal_rejected", "2011")],
        ),
        (
            "Blogger Nasrin Karimi has been sentenced to 20 years in prison, rights groups said.",
            "2011-06-09",
            [("Nasrin Karimi", "sentenced", "2011")],
        ),
        (
            "Blogger Nasrin Karimi has been sentenced to 20 years in prison, rights groups said.",
            "2024-01-10",
            [("Nasrin Karimi", "sentenced", None)],
        ),
        (
            "Blogger Nasrin Karimi had been sentenced to 20 years in prison, rights groups said.",
            "2011-06-09",
            [("Nasrin Karimi", "sentenced", None)],
        ),
        (
            "A court in Hanoi sentenced blogger Pham Van Long to 11 years in prison, state media reported.",
            "2021-06-05",
            [("Pham Van Long", "sentenced", "2021")],
        ),
        (
            "A court in Hanoi sentenced blogger Pham Van Long to 11 years in prison, state media reported.",
            "2021-01-05",
            [("Pham Van Long", "sentenced", None)],
        ),
        (
            "A court in Hanoi on Monday sentenced blogger Pham Van Long to 11 years in prison. Three years ago "
            "his colleague Tran Thi Mai was jailed for nine years.",
            "2021-06-05",
            [("Pham Van Long", "sentenced", "2021-05-31"), ("Tran Thi Mai", "sentenced", "2018")],
        ),
        (
            "Court jails blogger Pham Van Long\n\nA court in Hanoi sentenced blogger Pham Van Long to 11 years "
            "in prison.\n\n3 June 2021\n\nHe was convicted of propaganda against the state.",
            "2021-06-05",
            [("Pham Van Long", "sentenced", "2021-06-03")],
        ),
        (
            "A court in Hanoi on Monday jailed blogger Pham Van Long for 11 years. His colleague Tran Thi Mai "
            "received nine years in a separate case.",
            "2021-06-05",
            [("Pham Van Long", "sentenced", "2021-05-31"), ("Tran Thi Mai", "sentenced", None)],
        ),
    ],
)
def test_assemble_dates_present_perfect(nlp, text, published, expected):
    """an undated decision told in the present perfect, or in the article's first decision sentence,
    is news of the weeks before publication: the page's year, unless those weeks reach into the
    year before; the pluperfect tells history, and so does a later sentence's past tense."""
    assert dated(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "The Moscow City Court announced on Friday that it had found Igor Belov guilty of treason and "
            "sentenced him to 13 years in prison. Although the sentence was pronounced on Nov. 1, the court made "
            "the verdict public a week later.",
            "2024-11-08",
            [("Igor Belov", "sentenced", "2024-11-01")],
        ),
        (
            "Early on Thursday, activists said Pavel Sevyarynets had been sentenced to 10 days in jail.",
            "2019-05-02",
            [("Pavel Sevyarynets", "sentenced", "2019-05")],
        ),
        (
            "Journalist Lale Hasanova was sentenced to six years in prison, her lawyer said on Tuesday.",
            "2023-04-20",
            [("Lale Hasanova", "sentenced", "2023-04")],
        ),
        (
            "A court in Baku jailed blogger Emin Rzayev for four years, his brother told reporters on Monday.",
            "2023-04-20",
            [("Emin Rzayev", "sentenced", "2023-04")],
        ),
        (
            "In a statement issued on April 12, a press freedom group said reporter Nigar Aliyeva had been "
            "sentenced to three years in prison.",
            "2023-04-20",
            [("Nigar Aliyeva", "sentenced", "2023-04")],
        ),
        (
            "A press freedom group reported on April 12 that reporter Nigar Aliyeva was sentenced to three years in prison.",
            "2023-04-20",
            [("Nigar Aliyeva", "sentenced", "2023-04")],
        ),
        (
            "Two students, Reza Karimi and Omid Tavakoli, have been given ten years in prison, the judiciary said on Sunday.",
            "2023-10-22",
            [("Omid Tavakoli", "sentenced", "2023-10-22"), ("Reza Karimi", "sentenced", "2023-10-22")],
        ),
        (
            "Police detained 20 people on January 23. Two others, Giorgi Beridze and Akaki Lomidze, were charged "
            "with damaging a vehicle, and a Tbilisi court later ordered them held in pretrial detention.",
            "2024-01-31",
            [("Akaki Lomidze", "pretrial_detention", "2024-01"), ("Giorgi Beridze", "pretrial_detention", "2024-01")],
        ),
    ],
)
def test_assemble_dates_bounded_by_other_dates(nlp, text, published, expected):
    """a statement's date about a decision told in the past dates only its month (the decision came
    shortly before; a date the decision itself is given beats it), but the day of a decision told in
    the present perfect, which is that day's news; a decision that came
    'later' than the last date told falls in what that date and publication share."""
    assert dated(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "KAZAN, Russia -- Judges in Kazan have prolonged by two months the pretrial detention of journalist Alsu Karimova. "
            "The Sovetsky District Court of Kazan heard the case on February 1 behind closed doors.",
            [("Alsu Karimova", "pretrial_detention", "2024-02-01")],
        ),
        (
            "Activist Ivan Petrov was sentenced to two years in prison. The hearing took place on January 30.",
            [("Ivan Petrov", "sentenced", "2024-01-30")],
        ),
        # a date of another act is no sitting's
        (
            "Activist Ivan Petrov was sentenced to two years in prison. Police detained him on January 30 in Minsk.",
            [("Ivan Petrov", "sentenced", "2024")],
        ),
    ],
)
def test_assemble_dates_sitting_told_next(nlp, text, expected):
    """an undated decision, then a sentence dating the court's sitting ("heard the case on February 1",
    "the hearing took place on ...") -> that day."""
    assert dated(nlp, text, "2024-02-02") == expected
