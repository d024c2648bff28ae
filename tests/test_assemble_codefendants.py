"""Co-defendant lists: everyone a decision names gets a record, with the term the text gives each.

Sentences are written for these tests; each case reads "text -> the exact set of (person, ruling,
main penalty duration)" the extraction gives.
"""

import pytest

from watchdog_nlp import extract

PUBLISHED = "2023-05-10"


def outcome(nlp, text):
    records = extract(text, published=PUBLISHED, nlp=nlp).records
    return {(r.person, r.ruling, r.sentence[0].duration if r.sentence else None) for r in records}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A court in Chennai on May 2 sentenced four activists, Devarajan, Murugan, Selvam and Karthik, to six months "
            "in prison each.",
            {(name, "sentenced", "P6M") for name in ("Devarajan", "Murugan", "Selvam", "Karthik")},
        ),
        (
            "Three farmers, Rajan, Velu and Ganesan, were acquitted by a court in Madurai on May 3.",
            {(name, "acquitted", None) for name in ("Rajan", "Velu", "Ganesan")},
        ),
        (
            "A court in Madurai on Monday sentenced activists Devarajan, Murugan, Selvam and Karthik to six months each.",
            {(name, "sentenced", "P6M") for name in ("Devarajan", "Murugan", "Selvam", "Karthik")},
        ),
        (
            "A court in Thrissur on May 2 sentenced Rajan, 45, and Velu, 38, to six months in prison each.",
            {("Rajan", "sentenced", "P6M"), ("Velu", "sentenced", "P6M")},
        ),
        (
            "A court in Salem on May 2 sentenced Devarajan to five years and Murugan to three years.",
            {("Devarajan", "sentenced", "P5Y"), ("Murugan", "sentenced", "P3Y")},
        ),
        (
            "The court in Gomel sentenced Pavel Sevyarynets to 26 years, Statkevich to 16 years and Losik to 15 years.",
            {("Pavel Sevyarynets", "sentenced", "P26Y"), ("Statkevich", "sentenced", "P16Y"), ("Losik", "sentenced", "P15Y")},
        ),
        (
            "A court in Kochi on May 4 jailed two defendants, Anil and Joseph Mathew, for three years each.",
            {("Anil", "sentenced", "P3Y"), ("Joseph Mathew", "sentenced", "P3Y")},
        ),
    ],
)
def test_codefendants_single_names_in_a_list(nlp, text, expected):
    """single names listed in apposition to or after a word for people, with ages, or each given a
    term ('A to five years and B to three years') -> one record each."""
    assert outcome(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Activist Meera Nair, whose daughters Asha and Divya are 7 and 12, was sentenced to two years in prison "
            "by a court in Kochi on May 2.",
            {("Meera Nair", "sentenced", "P2Y")},
        ),
        (
            "A court in Chennai on May 2 fined two outlets, Dinamani and Nakkeeran, and sentenced reporter Arul Kumar "
            "to one year in prison.",
            {("Arul Kumar", "sentenced", "P1Y")},
        ),
        (
            "A court in Chennai on May 2 sentenced activist Arul Kumar to one year in prison; the towns of Salem and "
            "Erode saw protests.",
            {("Arul Kumar", "sentenced", "P1Y")},
        ),
        (
            "A court in Delhi on May 2 ordered Twitter to pay a fine and sentenced blogger Arul Kumar to two years in prison.",
            {("Arul Kumar", "sentenced", "P2Y")},
        ),
    ],
)
def test_codefendants_lists_that_name_no_defendant(nlp, text, expected):
    """relatives, outlets and places listed near a decision -> no record of their own."""
    assert outcome(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Oktyabrsky district court on March 3 also sentenced his co-defendants in the case -- Pavel Lukin and "
            "Dmitri Orlov -- to nine years and seven years, respectively.",
            {("Pavel Lukin", "sentenced", "P9Y"), ("Dmitri Orlov", "sentenced", "P7Y")},
        ),
        (
            "A court in Minsk on March 3 sentenced Ihar Losik, a blogger for the channel, to 15 years in prison.",
            {("Ihar Losik", "sentenced", "P15Y")},
        ),
    ],
)
def test_codefendants_list_hung_on_an_organisation_word(nlp, text, expected):
    """a list of names the parser hangs on 'the case' of 'co-defendants in the case' -> those people."""
    assert outcome(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "In Gomel, a district court fined Tatsiana Kuzina 1,500 rubles for a comment online. In Brest, Aliaksei "
            "Marozau was fined 900 rubles by the Leninski court for a repost.",
            {("Tatsiana Kuzina", "sentenced", None), ("Aliaksei Marozau", "sentenced", None)},
        ),
        (
            "On Friday, a court in Kazan sentenced Rinat Galiev to five years. His co-defendant Ildar Safin received four years.",
            {("Rinat Galiev", "sentenced", "P5Y"), ("Ildar Safin", "sentenced", "P4Y")},
        ),
    ],
)
def test_codefendants_digest_sentences(nlp, text, expected):
    """people fined or sentenced in successive sentences of a digest -> one record each, even when
    the NER takes a given name for a place."""
    assert outcome(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Activists Ravi Kumar and Anil Menon were arrested in March. On Monday, a court in Delhi sentenced the two "
            "activists to three years in prison.",
            {("Ravi Kumar", "sentenced", "P3Y"), ("Anil Menon", "sentenced", "P3Y")},
        ),
        (
            "Police detained Ravi Kumar and Anil Menon in March. A court in Delhi on May 2 sentenced both men to death.",
            {("Ravi Kumar", "sentenced", None), ("Anil Menon", "sentenced", None)},
        ),
        (
            "Police detained Ravi Kumar, Anil Menon and Joseph Mathew in March. On Monday, a court in Delhi sentenced "
            "the two activists to three years in prison.",
            set(),
        ),
        (
            "Last week a verdict came in the case against three activists - Tom Baker, Will Rose and Emma Hall - who "
            "protested at a coal plant. A court in Maidstone acquitted all three activists of criminal damage.",
            {(name, "acquitted", None) for name in ("Tom Baker", "Will Rose", "Emma Hall")},
        ),
    ],
)
def test_codefendants_counted_reference(nlp, text, expected):
    """'the two activists', 'both men', 'all three activists' -> the group of that many named before;
    nobody when the group named has another size."""
    assert outcome(nlp, text) == expected


_LEAD = (
    "India's Supreme Court on Wednesday ordered that five activists arrested this week be kept under house arrest. "
    "The activists were detained in raids across the country. Police say they have links to rebels. The court asked "
    "for reasons for the arrests. Rights groups welcomed the order. "
)
_FIVE = ("Ravi Shankar", "Anil Menon", "Joseph Mathew", "Priya Nair", "Sunil Das")


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            _LEAD + "Those arrested were Ravi Shankar in Hyderabad, Anil Menon and Joseph Mathew in Mumbai, and Priya Nair "
            "and Sunil Das in New Delhi.",
            {(name, "house_arrest", None) for name in _FIVE},
        ),
        (
            _LEAD + "The five are Ravi Shankar, Anil Menon, Joseph Mathew, Priya Nair and Sunil Das.",
            {(name, "house_arrest", None) for name in _FIVE},
        ),
        (_LEAD + "Critics of the ruling include Ravi Shankar and Anil Menon.", set()),
        (
            _LEAD + "The five were identified as Ravi Shankar, Anil Menon, Joseph Mathew, Priya Nair and Sunil Das.",
            {(name, "house_arrest", None) for name in _FIVE},
        ),
        (
            "A criminal court in Giza on Saturday sentenced three defendants to ten years in prison in absentia. The "
            "defendants are Omar Sayed, Ahmed Taha Al-Sayed, Abdel Karim Sayed. All three are members of a youth movement.",
            {(name, "sentenced", "P10Y") for name in ("Omar Sayed", "Ahmed Taha Al-Sayed", "Abdel Karim Sayed")},
        ),
        (
            "A federal judge in Puebla on Friday overturned the convictions of four farmers. The four had been convicted "
            "of rebellion and terrorism in 2022. Their lawyers said the cases were riddled with irregularities. The four "
            "were identified as Ana Ruiz Vega, Luis Soto Paz, Jorge Vega Rios and Rosa Paz Mora.",
            {
                (name, ruling, None)
                for name in ("Ana Ruiz Vega", "Luis Soto Paz", "Jorge Vega Rios", "Rosa Paz Mora")
                for ruling in ("sentenced", "appeal_granted")
            },
        ),
        (
            "A court in Algiers on Monday sentenced three activists to four months in prison for harming national unity. "
            "The sentences against journalist Karim Belaid and activists Samir Haddad and Yacine Ouali are linked to last "
            "year's protests.",
            {(name, "sentenced", "P4M") for name in ("Karim Belaid", "Samir Haddad", "Yacine Ouali")},
        ),
        (
            "A court in Algiers on Monday sentenced three activists to four months in prison. Protests against journalist "
            "Karim Belaid and activists Samir Haddad and Yacine Ouali followed.",
            set(),
        ),
        (
            "Police identified the four as Ana Ruiz Vega, Luis Soto Paz, Jorge Vega Rios and Rosa Paz Mora. A court in "
            "Lima on March 3 sentenced four activists to five years.",
            set(),
        ),
    ],
)
def test_codefendants_listed_sentences_later(nlp, text, expected):
    """a listing sentence up to six sentences after a decision about as many unnamed people -> their
    records (a line of prose full of names and places is no headline), also when the parser roots it
    at a name, it is "were identified as" or "the sentences against A, B and C", and when "the four"
    are counted by a bare number; a list of another size that far away, one given before the
    decision or names against something else ("protests against A, B and C") -> none."""
    assert outcome(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Oktyabrsky district court in Minsk found 26-year-old Pavel Lukin and 25-year-old Oleg Orlov guilty of "
            "hooliganism and sentenced them to two years. Lukin's codefendant, 25-year-old Maria Belova, was also found "
            "guilty and sentenced to 18 months of restricted freedom.",
            {("Pavel Lukin", "sentenced", "P2Y"), ("Oleg Orlov", "sentenced", "P2Y"), ("Maria Belova", "sentenced", "P18M")},
        ),
    ],
)
def test_codefendants_them_after_names_of_the_sentence(nlp, text, expected):
    """'found A and B guilty and sentenced them' -> 'them' is A and B, and the term is theirs."""
    assert outcome(nlp, text) == expected


_TWO_MEN = "A court in Rostov-on-Don on Friday sentenced two men to six years in a penal colony for organising mass riots. "


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            _TWO_MEN + "Pavel Lukin, 19, and Oleg Orlov, 23, had held pickets outside the city hall.",
            {("Pavel Lukin", "sentenced", "P6Y"), ("Oleg Orlov", "sentenced", "P6Y")},
        ),
        (_TWO_MEN.replace("two men", "three men") + "Pavel Lukin, 19, and Oleg Orlov, 23, had held pickets.", set()),
        (_TWO_MEN + "Pavel Lukin and Oleg Orlov said the verdict was unjust.", set()),
    ],
)
def test_codefendants_introduced_after_a_counted_decision(nlp, text, expected):
    """the sentence after a decision about N unnamed people, whose subject is N coordinated names
    -> their records; another count, or speakers -> none."""
    assert outcome(nlp, text) == expected


_FOUR = ("Giorgi Beridze", "Levan Kapanadze", "Nika Gelashvili", "Irakli Tsiklauri")


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A court in Ilobasco on Wednesday acquitted eight former rebels, five of them farmers, of a murder committed "
            "in 1990. The five farmers, Jose Arnulfo Mena, Camilo Reyes Portillo, Tomas Ortiz Vega, Rafael Duarte Lima "
            "and Oscar Benitez Rosa, had led a campaign against a dam.",
            {
                (name, "acquitted", None)
                for name in (
                    "Jose Arnulfo Mena",
                    "Camilo Reyes Portillo",
                    "Tomas Ortiz Vega",
                    "Rafael Duarte Lima",
                    "Oscar Benitez Rosa",
                )
            },
        ),
        (
            "A military court in Simferopol sentenced four men for terrorism. They were given 13 years in prison each."
            "\n\nThis was reported by a rights group.\n\nEnver Kurtov, Seit Bekirov, Lenur Osmanov and Rustem Umerov were "
            "put on trial in 2021.",
            {(name, "sentenced", "P13Y") for name in ("Enver Kurtov", "Seit Bekirov", "Lenur Osmanov", "Rustem Umerov")},
        ),
        (
            "The Supreme Court acquitted four members of a youth movement. The four were arrested in 2014. They were "
            "sentenced to seven years in prison by the Tbilisi City Court in May 2015. Giorgi Beridze, Levan "
            "Kapanadze, Nika Gelashvili and Irakli Tsiklauri were already free after pardons in 2016.",
            {(name, "sentenced", "P7Y") for name in _FOUR} | {(name, "appeal_granted", None) for name in _FOUR},
        ),
        (
            "The Supreme Court acquitted four members of a youth movement on Friday. Giorgi Beridze, Levan Kapanadze, "
            "Nika Gelashvili and Irakli Tsiklauri were already free after pardons. The four were convicted in 2014 along "
            "with three other members of the movement. Nino Zhvania, Levan Kobakhidze and Irakli Kvirikashvili were "
            "arrested in April 2013.",
            {(name, "appeal_granted", None) for name in _FOUR} | {(name, "sentenced", None) for name in _FOUR},
        ),
        (
            "A court in Kursk on Monday sentenced six Jehovah's Witnesses to prison terms of up to seven years. Witnesses "
            "Ivan Orlov, Pavel Lebedev, Oleg Sokolov, Igor Kuznetsov, Denis Popov and Artem Volkov had spent two years in "
            "pre-trial detention, a spokesman said.",
            {
                (name, "sentenced", None)
                for name in ("Ivan Orlov", "Pavel Lebedev", "Oleg Sokolov", "Igor Kuznetsov", "Denis Popov", "Artem Volkov")
            },
        ),
        (
            "A court in Minsk jailed three activists for two years. Their lawyers, Anna Petrova, Igor Sokolov and Olga "
            "Ivanova, said they would appeal.",
            set(),
        ),
        ("A court in Minsk jailed three activists for two years. Anna Petrova and Igor Sokolov were put on trial in May.", set()),
        (
            "A court in Minsk jailed three activists for two years. Anna Petrova, Igor Sokolov and Olga Ivanova said "
            "they would appeal.",
            set(),
        ),
    ],
)
def test_codefendants_group_members_named_later(nlp, text, expected):
    """names in apposition to a counted group ("The five farmers, A, B, ...") up to three sentences
    after a decision about as many unnamed people or more, or as many coordinated names telling
    something else of them ("A, B, C, D and E were put on trial"), a blank line between paragraphs
    no sentence -> that decision's records with its sentences' terms; an earlier decision of another
    kind counting as many -> theirs too; three named with no decision after "along with three other
    members" are not taken for them (see test_others_not_named_as_many_keep_no_group_decision);
    lawyers, another count or speakers -> none."""
    assert outcome(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A court in Batumi on May 3 sentenced six protesters to two years in prison each.\n\nThose convicted:\n\n"
            "- Nika Beridze, 24, student\n- Tamar Lomidze, 31, teacher\n- Levan Abashidze, 45\n\n"
            "Their lawyers, including Giorgi Kapanadze, said they would appeal.",
            {(name, "sentenced", "P2Y") for name in ("Nika Beridze", "Tamar Lomidze", "Levan Abashidze")},
        ),
    ],
)
def test_codefendants_lines_after_a_colon(nlp, text, expected):
    """a decision word, a colon and lines that each name someone -> the first person of each line,
    up to a blank line."""
    assert outcome(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Ivan Petrov was sentenced to 26 years, Oleg Smirnov to 16 years and Anna Belova to 15 years, while Igor "
            "Kuznetsov and Maria Ivanova were given six years each.",
            {
                ("Ivan Petrov", "sentenced", "P26Y"),
                ("Oleg Smirnov", "sentenced", "P16Y"),
                ("Anna Belova", "sentenced", "P15Y"),
                ("Igor Kuznetsov", "sentenced", "P6Y"),
                ("Maria Ivanova", "sentenced", "P6Y"),
            },
        ),
        (
            "On Tuesday, Pavel Sevyarynets was sentenced to 26 years, Mikalai Statkevich to 16 years and Ihar Losik to 15 years.",
            {
                ("Pavel Sevyarynets", "sentenced", "P26Y"),
                ("Mikalai Statkevich", "sentenced", "P16Y"),
                ("Ihar Losik", "sentenced", "P15Y"),
            },
        ),
        (
            "A court in Penza sentenced seven activists on Monday. Andrei Belov received 18 years, Ilya Sokolsky 16 "
            "years, Oleg Marchenko 6 years and Maxim Ivashkin 13 years imprisonment.",
            {
                ("Andrei Belov", "sentenced", "P18Y"),
                ("Ilya Sokolsky", "sentenced", "P16Y"),
                ("Oleg Marchenko", "sentenced", "P6Y"),
                ("Maxim Ivashkin", "sentenced", "P13Y"),
            },
        ),
        (
            "A court in Penza sentenced seven activists on Monday. Andrei Belov recieved 18 years, Ilya Sokolsky 16 "
            "years and Maxim Ivashkin 13 years imprisonment.",
            {
                ("Andrei Belov", "sentenced", "P18Y"),
                ("Ilya Sokolsky", "sentenced", "P16Y"),
                ("Maxim Ivashkin", "sentenced", "P13Y"),
            },
        ),
        (
            "The Tbilisi City Court on March 3 sentenced seven people to administrative detention. Giorgi Abashidze got "
            "eight days; Davit Melia, Levan Kobalia and Irakli Zhvania six days each; and Nino Tsiklauri five days.",
            {
                ("Giorgi Abashidze", "sentenced", "P8D"),
                ("Davit Melia", "sentenced", "P6D"),
                ("Levan Kobalia", "sentenced", "P6D"),
                ("Irakli Zhvania", "sentenced", "P6D"),
                ("Nino Tsiklauri", "sentenced", "P5D"),
            },
        ),
        (
            "A court in Penza on Monday jailed activist Andrei Belov for five years, rights activist Oleg Marchenko said.",
            {("Andrei Belov", "sentenced", "P5Y")},
        ),
        (
            "Pedro Lamas was sentenced to eight years for insults and threats against the nation's courts and "
            "Jorge Luis Vidal Marrero, 29, to four years for contempt.",
            {("Pedro Lamas", "sentenced", "P8Y"), ("Jorge Luis Vidal Marrero", "sentenced", "P4Y")},
        ),
        (
            "Pedro Lamas was sentenced to eight years for attacks and slander against the nation's leaders and "
            "Jorge Luis Vidal Marrero, 31, to four years for disrespecting the flag.",
            {("Pedro Lamas", "sentenced", "P8Y"), ("Jorge Luis Vidal Marrero", "sentenced", "P4Y")},
        ),
    ],
)
def test_codefendants_gapped_terms(nlp, text, expected):
    """'A was sentenced to X years, B to Y years and C to Z years', 'A received X years, B Y years and
    C Z years' -> each their own term, also when the NER leaves one of the terms or names untagged
    or the parser hangs a name elsewhere (on the charge's noun: "for threats against the nation's
    courts and B, 29, to four years"); a speaker after a term -> no record."""
    assert outcome(nlp, text) == expected


_FOUR = ("Ana Flores", "Luis Rojas", "Carla Vega", "Jorge Salas")


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A court in Lima on Monday acquitted four defendants: Ana Flores, Luis Rojas, Carla Vega and Jorge Salas. "
            "Prosecutors had accused them and two other former union members, Pedro Diaz and Rosa Medina, of fraud. The "
            "court cleared all six of fraud. It was the second time the so-called Cusco Four had been acquitted. In May "
            "2022, a judge in Cusco placed them under house arrest.",
            {(name, "acquitted", None) for name in (*_FOUR, "Pedro Diaz", "Rosa Medina")}
            | {(name, "house_arrest", None) for name in _FOUR},
        ),
    ],
)
def test_codefendants_group_name_counts_its_people(nlp, text, expected):
    """'the so-called Cusco Four' ... 'them' -> the group of four named before, not all six."""
    assert outcome(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A court in Tunis on April 19 convicted 37 defendants. Those abroad were tried in absentia: rights defender "
            "Salma Ben Amor, former presidential chief of staff Hedi Gharbi and French writer Paul Morel were each "
            "given 33 years.",
            {(name, "sentenced", "P33Y") for name in ("Salma Ben Amor", "Hedi Gharbi", "Paul Morel")},
        ),
        (
            "A court in Almaty on Monday sentenced the defendants - Aigul Serikova, Bolat Nurlanov and Dana Zhaksybek - "
            "to five years in prison.",
            {(name, "sentenced", "P5Y") for name in ("Aigul Serikova", "Bolat Nurlanov", "Dana Zhaksybek")},
        ),
        (
            "A court in Minsk on May 2 sentenced activist Ihar Lasko, the husband of Darya Lasko, to 15 years.",
            {("Ihar Lasko", "sentenced", "P15Y")},
        ),
        (
            "Ihar Lasko and lawyer Anna Petrova said a court in Minsk had sentenced activist Pavel Sevruk to 15 years on May 2.",
            {("Pavel Sevruk", "sentenced", "P15Y")},
        ),
    ],
)
def test_codefendants_list_with_descriptions(nlp, text, expected):
    """a list of names each with its description ("former chief of staff B"), or set off by dashes
    -> everyone in it gets the decision, though the parser hangs a name on a description's "of" or
    on the court; someone's relative or a lawyer beside the list -> no record."""
    assert outcome(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Bolat Nurlanov, along with four other defendants, Aigul Serikova, Dana Zhaksybek, Erlan Tulegenov and "
            "Arman Seitov, were sentenced to six years each on charges of extremism.",
            {
                (name, "sentenced", "P6Y")
                for name in ("Bolat Nurlanov", "Aigul Serikova", "Dana Zhaksybek", "Erlan Tulegenov", "Arman Seitov")
            },
        ),
        (
            "Marat Bolatov, together with two other bloggers, Aigul Serikova and Dana Zhaksybek, was jailed for three "
            "years by a court in Almaty on May 2.",
            {(name, "sentenced", "P3Y") for name in ("Marat Bolatov", "Aigul Serikova", "Dana Zhaksybek")},
        ),
    ],
)
def test_codefendants_listed_along_with_the_named(nlp, text, expected):
    """'A, along with three other activists, B, C and D, were sentenced': the people named in
    apposition to the object of "along with" / "together with" get the decision too, though the
    parser heads the phrase with "along" and hangs "with" on it."""
    assert outcome(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A court in Tabriz on May 2 sentenced three teachers to one year in prison each. The three were:\n\n"
            " • Shirin Ahmadi, 34\n • Bahador Khaniipour\n • Golrokh Tavasoli\n",
            {(name, "sentenced", "P1Y") for name in ("Shirin Ahmadi", "Bahador Khaniipour", "Golrokh Tavasoli")},
        ),
        (
            "A court in Tehran on May 2 sentenced three students to two years in prison each. Speakers at the rally:\n\n"
            " • Parisa Rahimzadeh\n • Judge Kaveh Saberi\n • Golrokh Tavasoli\n",
            set(),
        ),
    ],
)
def test_codefendants_bulleted_names_after_a_counted_decision(nlp, text, expected):
    """'The three were:' and bulleted lines, one holding a name the NER knows -> each line's name
    the NER left untagged is a name too, and the counted decision is theirs; bulleted names that no
    listing of the decision's people introduces get nothing."""
    assert outcome(nlp, text) == expected


def test_codefendants_group_members_take_the_charges_told_of_them(nlp):
    """members named later with what they were tried for -> the decision's charges and those."""
    text = (
        "A military court in Simferopol sentenced four men for belonging to a banned group. They were given 13 years in "
        "prison each.\n\nThis was reported by a rights group.\n\nEnver Kurtov, Seit Bekirov, Lenur Osmanov and Rustem "
        "Umerov were put on trial for the activities of a terrorist organization."
    )
    records = extract(text, published=PUBLISHED, nlp=nlp).records
    assert len(records) == 4
    assert all(r.charges == ["extremism", "terrorism"] for r in records)


_THREE = ("Arun Das", "Bindu Rao", "Kiran Pillai")


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "In 2023 a court in Kochi sentenced Meera Nair and three others to six years in prison. On May 2 an appeals "
            "court acquitted Arun Das, Bindu Rao and Kiran Pillai.",
            {(name, "sentenced", "P6Y") for name in _THREE} | {(name, "appeal_granted", None) for name in _THREE},
        ),
        (
            "On May 2 the governor pardoned activist Meera Nair and three others convicted over a protest. On March 3, "
            "2022, a court in Kochi had convicted Meera Nair of assault and sentenced her to 30 months in prison. "
            "Arun Das, Bindu Rao and Kiran Pillai were also convicted for obstructing officials.",
            {(name, "sentenced", None) for name in _THREE},
        ),
    ],
)
def test_codefendants_and_others_named_later(nlp, text, expected):
    """'A and three others' then a decision of another kind naming three more -> the first decision
    is theirs too; a decision of the same kind naming them tells that one again -> one record each."""
    records = extract(text, published=PUBLISHED, nlp=nlp).records
    told = [(r.person, r.ruling, r.sentence[0].duration if r.sentence else None) for r in records if r.person in _THREE]
    assert sorted(told) == sorted(expected)
