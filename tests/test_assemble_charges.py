"""Which decision a charge sentence belongs to: "article -> (person, charges) of its records".

The texts are written for these tests; each pits the right attachment against a charge stated
elsewhere in the article that must not leak onto the record.
"""

import pytest

from watchdog_nlp import extract


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            # "they" after a decision naming two people: the group's charges, not the lead's
            "ALMATY -- Rights groups say dozens of protesters still face charges over unsanctioned rallies. "
            "An Almaty court on March 3 sentenced activist Arman Nurlanov and blogger Dana Seitova to five years "
            "in prison each. They had been charged with organizing mass riots.",
            [("Arman Nurlanov", ["mass_unrest"]), ("Dana Seitova", ["mass_unrest"])],
        ),
        (
            # a sentence naming nobody states the case; another person's prosecution does not
            "TASHKENT -- A Tashkent court on March 3 jailed blogger Otabek Rakhimov for three years. "
            "His colleague Jasur Aliev is being prosecuted for extortion. "
            "The bloggers detained in January were accused of insulting the president.",
            [("Otabek Rakhimov", ["insulting_officials"])],
        ),
        (
            # "the three" after co-defendants named across two decision sentences
            "BAKU -- A Baku court on March 3 sentenced journalist Elvin Mammadli to eight years in prison. "
            "The court also sentenced Farid Guliyev and Nigar Hasanova to seven years each. "
            "The three were found guilty of smuggling currency and forging documents.",
            [("Elvin Mammadli", ["other"]), ("Farid Guliyev", ["other"]), ("Nigar Hasanova", ["other"])],
        ),
        (
            # a charge the court cleared him of does not follow him to his other decisions
            "YEREVAN -- A Yerevan court on March 3 sentenced journalist Aram Petrosyan to six years in prison. "
            "The judge found him guilty of organizing mass riots but cleared him of assaulting a police officer. "
            "In June, a court had ordered Petrosyan held in pretrial detention for two months.",
            [("Aram Petrosyan", ["mass_unrest"]), ("Aram Petrosyan", ["mass_unrest"])],
        ),
        (
            "TBILISI -- The Tbilisi City Court on March 3 convicted journalist Levan Beridze of embezzlement and "
            "fined him 20,000 laris, but acquitted him of money laundering. "
            "In January a court had ordered Beridze held in pretrial detention.",
            [("Levan Beridze", ["fraud"]), ("Levan Beridze", ["fraud"])],
        ),
        (
            # the penalty sentence after the verdict names co-defendants the verdict did not: they
            # take the verdict's charges, not the lead's
            "MINSK -- Rights groups say hundreds of people were prosecuted over unsanctioned rallies last year. "
            "The Minsk City Court on March 3 found blogger Ihar Losau and three other activists guilty of "
            "organizing mass riots. Pavel Sevruk, Anna Karpovich and Viktar Zhuk each received ten years.",
            [
                ("Anna Karpovich", ["mass_unrest"]),
                ("Ihar Losau", ["mass_unrest"]),
                ("Pavel Sevruk", ["mass_unrest"]),
                ("Viktar Zhuk", ["mass_unrest"]),
            ],
        ),
        (
            # a later sentence telling the same ruling without the name gives its charges
            "TASHKENT -- Rustam Karimov, a blogger from Tashkent, will spend five years in prison because of a "
            "single Facebook post. According to the court's press office, the Yunusabad district court ruled on "
            "March 3 that the 35-year-old had spread false information.",
            [("Rustam Karimov", ["false_information"])],
        ),
        (
            # another person's pending trial is that person's case, not the decided one's
            "TEHRAN -- The Shiraz Revolutionary Court on March 3 sentenced teacher Ali Rezaei to five years in "
            "prison. Another teacher, Mohsen Karimi, appeared in court on March 1 in a trial on charges of "
            "propaganda against the system.",
            [("Ali Rezaei", [])],
        ),
        (
            # the lead's charges and the named sentence's are one decision's
            "ISLAMABAD -- A military court has convicted a rights activist and two retired officers of espionage "
            "and sedition. The officers, Imran Qadir and Salman Butt, were sentenced to ten years each after being "
            "tried on espionage charges.",
            [("Imran Qadir", ["espionage", "other"]), ("Salman Butt", ["espionage", "other"])],
        ),
        (
            # an appeal reviews the conviction: it carries the conviction's charges too
            "MOSCOW -- The Moscow City Court on March 14 refused to overturn the fraud conviction of activist "
            "Oleg Belousov. On January 20, the Meshchansky District Court found Belousov guilty of fraud and "
            "money laundering and sentenced him to four years in prison.",
            [("Oleg Belousov", ["fraud", "other"]), ("Oleg Belousov", ["fraud", "other"])],
        ),
        (
            # the person the act charged was aimed at is no defendant: "he" is
            "TBILISI -- The Tbilisi City Court on March 3 sentenced activist Nika Gelashvili to two years in "
            "prison. He had been accused of deliberately inflicting a minor injury on Giorgi Beridze, a police "
            "investigator.",
            [("Nika Gelashvili", ["other"])],
        ),
        (
            # "the 52-year-old" in a charge sentence is the person in focus, whose conviction told
            # as history is a record of its own
            "ASTANA -- A court in Astana on March 3 turned down the appeal of opposition leader Serik Abenov. "
            "The Astana City Court had convicted the 52-year-old in January of inciting social discord.",
            [("Serik Abenov", ["inciting_hatred"]), ("Serik Abenov", ["inciting_hatred"])],
        ),
        (
            # a digest: two cases on charges that share nothing; the third item names no charge and
            # takes neither
            "DUSHANBE -- A court in Khorog on March 3 sentenced cleric Davron Nazarov to five years in prison "
            "for public calls for extremist activity. In February, two other activists, Rustam Saidov and "
            "Jamshed Karimov, were each given 12 years for organizing an unauthorized rally. In January, poet "
            "Firuz Sharipov received a nine-year prison term.",
            [
                ("Davron Nazarov", ["extremism"]),
                ("Firuz Sharipov", []),
                ("Jamshed Karimov", ["protest_violation"]),
                ("Rustam Saidov", ["protest_violation"]),
            ],
        ),
        (
            # one case: the lead's charges go to the records that name none
            "ALMATY -- Dozens of activists were charged with organizing mass riots after the January unrest. "
            "On March 3, an Almaty court sentenced activist Arman Bekov to six years in prison. "
            "Blogger Dana Ospanova received five years.",
            [("Arman Bekov", ["mass_unrest"]), ("Dana Ospanova", ["mass_unrest"])],
        ),
        (
            # an unnamed sentence adding to the decision just told adds its charges
            "TEHRAN -- Sara Ahmadi and Leila Moradi, both teachers, were convicted of collaborating with a hostile "
            "government, the judiciary said on March 3. The Revolutionary Court jailed Ahmadi and Moradi for six "
            "years each. Each teacher was also given one year for propaganda against the system.",
            [("Leila Moradi", ["treason", "other"]), ("Sara Ahmadi", ["treason", "other"])],
        ),
        (
            # "them" is the unnamed activists the police detained: the case's charges, the article's
            "BISHKEK -- A Bishkek court on March 3 ordered activists Aibek Toktorov and Nurlan Asanov held in "
            "pretrial detention until May 1. In October, police detained around 20 activists and politicians and "
            "accused them of preparing to organize mass riots.",
            [("Aibek Toktorov", ["mass_unrest"]), ("Nurlan Asanov", ["mass_unrest"])],
        ),
        (
            # what "ten of the defendants" were convicted of is not every defendant's charge
            "ABU DHABI -- A court in Abu Dhabi on March 3 sentenced 40 defendants to life in prison. Those "
            "sentenced include academic Khalid al-Mansouri and lawyer Saeed al-Hammadi. Ten of the defendants "
            "were convicted of money laundering. In January the defendants were accused of founding a terrorist "
            "organisation.",
            [("Khalid al-Mansouri", ["terrorism"]), ("Saeed al-Hammadi", ["terrorism"])],
        ),
        (
            # the law they protested against is not their charge
            "TBILISI -- Two men who took part in demonstrations against the Foreign Agents Law were jailed by the "
            "Tbilisi City Court on March 3 for damaging property. Giorgi Lomidze and Levan Kapanadze received one "
            "year each.",
            [("Giorgi Lomidze", ["vandalism"]), ("Levan Kapanadze", ["vandalism"])],
        ),
        (
            # "also accused of" right after the decision adds to that decision's charges
            "MELITOPOL -- On March 3, a military court in Rostov-on-Don sentenced Ivan Petrenko, Oleh Bondar and "
            "Anna Kravets to 15 years in prison each for belonging to a terrorist community. They were also "
            "accused of keeping explosives.",
            [
                ("Anna Kravets", ["terrorism", "weapons"]),
                ("Ivan Petrenko", ["terrorism", "weapons"]),
                ("Oleh Bondar", ["terrorism", "weapons"]),
            ],
        ),
        (
            # "acquitted of X but convicted of Y and sentenced": the sentence carries Y only
            "ISTANBUL -- An Istanbul court on March 3 acquitted journalist Emre Demir of membership in a terrorist "
            "organization but convicted him of insulting the president and sentenced him to 11 months in prison.",
            [("Emre Demir", ["insulting_officials"])],
        ),
        (
            # a relative's charges are not the defendant's
            "TEHRAN -- Narges Karimi, a women's rights activist, was sentenced on March 3 to six years in prison, "
            "her lawyer said. Her husband, who was arrested in January on charges of espionage, remains in custody.",
            [("Narges Karimi", [])],
        ),
        (
            # "Meanwhile, ..." turns to another case: the article's charges are not its person's
            "TEHRAN -- A Tehran court on March 3 sentenced journalist Nasrin Karimi to five years in prison for "
            "propaganda against the state. Meanwhile, rights groups said blogger Reza Tavakoli has been sentenced "
            "to two years in prison.",
            [("Nasrin Karimi", ["other"]), ("Reza Tavakoli", [])],
        ),
        (
            # "as another court ordered X released": another case, no charges told for it
            "ISTANBUL -- An Istanbul court on March 3 sentenced six journalists, among them Ahmet Kaya, to seven "
            "years in prison for membership of a terrorist organization. The verdict came as another court "
            "ordered journalist Selin Aydin released from jail pending trial.",
            [("Ahmet Kaya", ["terrorism"]), ("Selin Aydin", [])],
        ),
        (
            # "also faced the same charge": the charge just tied to another person is this one's too
            "HARARE -- Opposition leader Tendai Moyo was charged with treason. Journalist "
            "Chipo Dube also faced the same charge after writing in support of the protests. On Wednesday a "
            "Harare court ordered Dube released on bail.",
            [("Chipo Dube", ["treason"])],
        ),
        (
            # an acquittal told alone names the whole case's charges: the conviction it overturned shares them
            "AHMEDABAD -- A district court on March 2 acquitted activist Ravi Mehta in a case of holding a rally "
            "without police permission. A magistrate court had sentenced Mehta to three months in prison in 2021.",
            [("Ravi Mehta", ["protest_violation"]), ("Ravi Mehta", ["protest_violation"])],
        ),
        (
            # a separate charge cleared in its own sentence stays off the records of the conviction's case
            "YEREVAN -- A Yerevan court on March 3 found editor Aram Petrosyan guilty of organizing mass riots and "
            "sentenced him to seven years in prison. The judge cleared him of a separate charge of using violence "
            "against a police officer. In June, a court had ordered Petrosyan held in pretrial detention for two months.",
            [("Aram Petrosyan", ["mass_unrest"]), ("Aram Petrosyan", ["mass_unrest"])],
        ),
        (
            # an act told as the means of the court's finding ("by ... inciting") names no charge
            "HAVANA -- A Havana court on March 3 sentenced Ramon Diaz and Luis Perez to eight years in prison. "
            "The court said the harshness of the sentences reflects that their intent was confirmed by joining "
            "the march and inciting other residents.",
            [("Luis Perez", []), ("Ramon Diaz", [])],
        ),
        (
            # the article's charges are those of the verdict told of unnamed defendants, not the arrests'
            "TUNIS -- The opposition figures were arrested in 2023 and accused of plotting against state security. "
            "On March 3, 2024, a Tunis court convicted 37 defendants of spying and membership of a terrorist group. "
            "Rights groups called the trial unfair. On June 5, the Tunis Court of Appeal upheld the conviction of "
            "politician Ahmed Saidi.",
            [("Ahmed Saidi", ["espionage", "terrorism"])],
        ),
        (
            # a charge told in its own clause as a separate case is not the decision's
            "ANKARA -- A court in Ankara on March 3 gave Swedish journalist Erik Lind a suspended prison term of "
            "11 months for insulting the president, but he will stay behind bars until he is tried separately on "
            "a terrorism charge.",
            [("Erik Lind", ["insulting_officials"])],
        ),
        (
            # "charged alongside X": co-defendants share the charges told of X (X, not said to be remanded, has no record)
            "MOSCOW -- Opposition leader Pavel Surkov is charged with organising mass riots during a protest in May. "
            "Two other activists, Ivan Lebed and Oleg Razin, were charged alongside Surkov in October and were "
            "remanded in custody by a Moscow court on March 3.",
            [("Ivan Lebed", ["mass_unrest"]), ("Oleg Razin", ["mass_unrest"])],
        ),
        (
            # "on similar charges": co-defendants sentenced apart share the charges just told
            "MINSK -- A Minsk court on March 3 sentenced activist Pavel Lukin to two years in prison for violating "
            "public order. Hours later, Ivan Sokal and Olga Mazur were sentenced to 18 months in prison on similar charges.",
            [
                ("Ivan Sokal", ["protest_violation"]),
                ("Olga Mazur", ["protest_violation"]),
                ("Pavel Lukin", ["protest_violation"]),
            ],
        ),
        (
            # a charge first brought and then changed is not the one decided
            "TBILISI -- A Tbilisi court on March 3 sentenced activist Giorgi Beridze to two years in prison. The case "
            "was originally opened under the article on assaulting a police officer; prosecutors later changed the "
            "charge to group violence.",
            [("Giorgi Beridze", ["mass_unrest"])],
        ),
        (
            # the same words with no change of charge keep it
            "TBILISI -- A Tbilisi court on March 3 sentenced activist Giorgi Beridze to two years in prison for "
            "assaulting a police officer.",
            [("Giorgi Beridze", ["violence_against_officials"])],
        ),
        (
            # a list told with no decision holds the verdict's one charge: the verdict is the whole list's
            "PHNOM PENH -- Sokha Meng, a lawyer, was one of 80 party members who faced charges of treason and "
            "incitement. The Phnom Penh Municipal Court on March 3 found Meng guilty of treason and gave her six years.",
            [("Sokha Meng", ["treason", "other"])],
        ),
        (
            # a list told at the arrest is what was first alleged: the verdict keeps its own charge
            "ALMATY -- Activist Daniyar Ospanov was detained in January on charges of fraud, extortion and abuse of "
            "power. An Almaty court on March 3 convicted Ospanov of extortion and sentenced him to ten years.",
            [("Daniyar Ospanov", ["extortion"])],
        ),
        (
            # two counts of a remand, one tried now: the other is a separate trial's
            "ANKARA -- Journalist Emre Kaya was remanded in custody on two counts, insulting the president and "
            "membership of a terrorist organization. An Ankara court on March 3 gave Kaya a suspended term for "
            "insulting the president.",
            [("Emre Kaya", ["insulting_officials"]), ("Emre Kaya", ["insulting_officials", "terrorism"])],
        ),
        (
            # a verdict naming nobody lists the case's charges: each defendant's own one takes the rest
            "LAHORE -- Military courts have convicted a rights activist and three retired officers of espionage and "
            "sedition, officials said. The activist, Imran Khattak, received 14 years. Colonels Tariq Anwar and Bilal "
            "Aslam were sentenced to 12 and 10 years respectively for espionage.",
            [
                ("Bilal Aslam", ["espionage", "other"]),
                ("Imran Khattak", ["espionage", "other"]),
                ("Tariq Anwar", ["espionage", "other"]),
            ],
        ),
        (
            # a link line above the lede, run on into its sentence by the parser, is another story's title
            "Protesters jailed in Havana\n\nAlso read: Cuba: The government has banned protests in November\n\n"
            "Read more: Cuba: Screen addiction with high drug use and infection\n\nA Havana court has sentenced "
            "Roberto Fonseca Diaz, 38, to 10 years in prison for contempt and disorderly conduct.",
            [("Roberto Fonseca Diaz", ["insulting_officials", "hooliganism"])],
        ),
        (
            # the lead's charge for records no sentence gives one joins the verdict list it is part of
            "KHUJAND -- Five residents of the region have been jailed for membership in the extremist group "
            "Young Dawn. The regional court sentenced them on March 8. The sentence followed their conviction on "
            "charges of incitement of religious enmity, organization of a criminal group and participation in an "
            "extremist group.\n\nDilshod Karimov and Nodir Saidov were sentenced to 12 years each. "
            "The court ruled that they will serve their terms in a high-security colony. "
            "Farhod Aminov was sentenced to nine years in prison.",
            [
                ("Dilshod Karimov", ["extremism", "inciting_hatred", "other"]),
                ("Farhod Aminov", ["extremism", "inciting_hatred", "other"]),
                ("Nodir Saidov", ["extremism", "inciting_hatred", "other"]),
            ],
        ),
        (
            # a relative clause about another person named tells that person's charge
            "MOSCOW -- A Moscow court on March 3 sentenced activist Pavel Orekhov to two years in prison. "
            "In June, Orekhov was arrested during his one-man protest in support of blogger Denis Zorin, who had "
            "been arrested on suspicion of calls to extremism.",
            [("Pavel Orekhov", ["protest_violation"])],
        ),
        (
            # a deity named in the act is no person to hold the charge: the defendants hold it
            "ASTRAKHAN -- The Astrakhan Regional Court on March 3 upheld the sentences of Oleg Vorontsov and "
            "Ilya Gromov. They were accused of praying together to Jehovah God, which the courts considered as "
            "organizing the activity of a banned extremist organization.",
            [("Ilya Gromov", ["extremism"]), ("Oleg Vorontsov", ["extremism"])],
        ),
        (
            # a named group the sentence labels extremist is extremism, whatever its name alone tells
            "BISHKEK -- A Bishkek court on March 3 sentenced Azamat Usenov to five years in prison for membership "
            "in the outlawed extremist religious group Hizb ut-Tahrir.",
            [("Azamat Usenov", ["extremism"])],
        ),
        (
            # ... and a banned group the sentence labels terrorist is terrorism
            "DUSHANBE -- A Dushanbe court on March 3 sentenced blogger Rustam Nazarov to nine years in prison. "
            "He was found guilty of membership in the banned opposition party Young Dawn, which the authorities "
            "consider to be a terrorist group.",
            [("Rustam Nazarov", ["terrorism"])],
        ),
        (
            # a group named inside 'membership of the banned ...' keeps the label its name tells
            "ROSTOV-ON-DON -- A military court on March 3 sentenced Server Umerov to 12 years in prison for "
            "involvement in the Hizb ut-Tahrir organization banned in Russia.",
            [("Server Umerov", ["terrorism"])],
        ),
        (
            # charges only 'other' join no list another case told with an 'other' in it
            "BAKU -- An Azeri court on Tuesday extended the detention of journalist Leyla Guliyeva by two months. "
            "She has been in pretrial detention since December on charges of inciting a colleague to attempt suicide. "
            "Several journalists were sentenced to prison terms last year on charges including tax evasion, "
            "illegal business activity and hooliganism.",
            [("Leyla Guliyeva", ["other"])],
        ),
    ],
)
def test_assemble_charges_go_to_their_decision(nlp, text, expected):
    """article -> each record with the charges its own case carries."""
    records = extract(text, published="2022-03-15", nlp=nlp).records
    assert sorted((r.person, r.charges) for r in records) == expected


def test_assemble_charges_partial_acquittal_frame_carries_none(nlp):
    """'convicted X of embezzlement ..., but acquitted him of money laundering and bribery' -> the
    acquittal, part of the conviction's decision, keeps no charges to lend to the conviction."""
    from watchdog_nlp.assemble.reader import _ArticleReader

    text = (
        "TBILISI -- Levan Beridze, a Georgian opposition journalist, has been sentenced to 3 1/2 years in prison. "
        "The judge convicted Beridze of embezzlement and fined him 50,000 laris on that count, but acquitted him "
        "of money laundering, bribery, and forgery."
    )
    frames = _ArticleReader(nlp(text)).frames()
    assert [(f.ruling, f.charges) for f in frames if f.trigger.label_ == "acquitted"] == [(None, [])]
    assert {c for f in frames for c in f.charges} == {"fraud"}


def test_assemble_charges_unnamed_verdict_lists_go_to_the_latest_decision():
    """a person's decisions -> only the latest dated takes a verdict list naming nobody (the news
    decision's), not an earlier one told beside it."""
    from watchdog_nlp.assemble.people import Person
    from watchdog_nlp.assemble.reader import _latest
    from watchdog_nlp.assemble.records import Draft

    somchai, malee = Person("Somchai Wongsa"), Person("Malee Srisuk")
    news = Draft(person=somchai, ruling="sentenced", date="2024-01-17", court=None)
    earlier = Draft(person=somchai, ruling="sentenced", date="2023-09", court=None)
    other = Draft(person=malee, ruling="sentenced", date="2023-12-13", court=None)
    drafts = [news, earlier, other]
    assert [_latest(d, drafts) for d in drafts] == [True, False, True]
