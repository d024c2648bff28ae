"""Decisions and who they cover: co-defendant lists, terms per person, rulings that extend or keep
custody, history decisions. Sentences are written for these tests.
"""

import pytest

from watchdog_nlp import extract

PUBLISHED = "2022-03-15"


def records(nlp, text, published=PUBLISHED):
    return extract(text, published=published, nlp=nlp).records


def main_term(record):
    return (record.sentence[0].kind, record.sentence[0].duration) if record.sentence else None


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "On March 3 the Supreme Court confirmed 12 years for blogger Anton Veremeyev, 10 years each for "
            "activists Pavel Sidorchuk and Ilya Kostenko, and nine years for journalist Oleg Markin.",
            {
                ("Anton Veremeyev", "appeal_rejected", ("prison", "P12Y")),
                ("Pavel Sidorchuk", "appeal_rejected", ("prison", "P10Y")),
                ("Ilya Kostenko", "appeal_rejected", ("prison", "P10Y")),
                ("Oleg Markin", "appeal_rejected", ("prison", "P9Y")),
            },
        ),
        (
            "A Tbilisi court on March 3 jailed several protesters. Activist Tamar Beridze got eight days; "
            "Giorgi Lomidze and Nika Abashidze six days each.",
            {
                ("Tamar Beridze", "sentenced", ("administrative_jail", "P8D")),
                ("Giorgi Lomidze", "sentenced", ("administrative_jail", "P6D")),
                ("Nika Abashidze", "sentenced", ("administrative_jail", "P6D")),
            },
        ),
        (
            "A Tehran court on March 3 convicted the teachers. Reza Karimi received 11 years, while Ali Nouri "
            "and Hamid Tavakoli got five years apiece.",
            {
                ("Reza Karimi", "sentenced", ("prison", "P11Y")),
                ("Ali Nouri", "sentenced", ("prison", "P5Y")),
                ("Hamid Tavakoli", "sentenced", ("prison", "P5Y")),
            },
        ),
    ],
)
def test_frames_terms_go_to_the_person_named_beside_them(nlp, text, expected):
    """one decision naming several people and several terms -> each person gets the term next to their name."""
    assert {(r.person, r.ruling, main_term(r)) for r in records(nlp, text)} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A Baku court on March 3 extended the custody of journalist Farid Mammadli by three months.",
            [("Farid Mammadli", "pretrial_detention")],
        ),
        (
            "The court said on March 3 that it had prolonged Oleg Sentsov's detention until June 20.",
            [("Oleg Sentsov", "pretrial_detention")],
        ),
        (
            "On March 3 the court ruled that activist Temir Asanov is to remain in custody until June 20.",
            [("Temir Asanov", "pretrial_detention")],
        ),
        (
            "The detention of another activist, Ilgiz Bekov, was likewise extended on March 3.",
            [("Ilgiz Bekov", "pretrial_detention")],
        ),
        (
            "A Moscow court on March 3 extended the house arrest of theatre director Yuri Malkin.",
            [("Yuri Malkin", "house_arrest")],
        ),
    ],
)
def test_frames_extending_custody_is_pretrial_detention(nlp, text, expected):
    """extending or keeping someone in custody until a date -> pretrial_detention (house_arrest for house arrest)."""
    assert [(r.person, r.ruling) for r in records(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "On March 3 the appeals court cut the sentence of blogger Ruslan Tokayev from six to four years.",
            [("Ruslan Tokayev", "appeal_granted", ("prison", "P4Y")), ("Ruslan Tokayev", "sentenced", ("prison", "P6Y"))],
        ),
        (
            "On March 3 the appeals court upheld the verdict. Blogger Ruslan Tokayev's prison term was reduced from eight to five years.",
            [("Ruslan Tokayev", "appeal_granted", ("prison", "P5Y")), ("Ruslan Tokayev", "sentenced", ("prison", "P8Y"))],
        ),
        (
            "On March 3 the appeals court upheld the verdict. The prison terms of activists Lina Sarsenova and "
            "Marat Abenov were raised from 10 to 12 years.",
            [("Lina Sarsenova", "appeal_rejected", ("prison", "P12Y")), ("Marat Abenov", "appeal_rejected", ("prison", "P12Y"))],
        ),
        (
            "On March 3 the appeals court confirmed a 12-year prison term for blogger Ruslan Tokayev.",
            [("Ruslan Tokayev", "appeal_rejected", ("prison", "P12Y"))],
        ),
    ],
)
def test_frames_higher_court_changing_a_term(nlp, text, expected):
    """a higher court cutting a term -> appeal_granted with the new term (and the old one as the
    conviction it replaced); raising or confirming it -> appeal_rejected."""
    assert [(r.person, r.ruling, main_term(r)) for r in records(nlp, text)] == expected


def test_frames_a_count_names_the_group_of_that_size(nlp):
    """'the five' after a group of five and a group of three -> the five; 'all eight' -> both groups."""
    text = (
        "The five teachers, Anna Petrova, Olga Ivanova, Irina Sokolova, Elena Volkova and Maria Orlova, "
        "founded the union in 2017. Prosecutors also charged three former officials, Boris Kuznetsov, "
        "Igor Lebedev and Pavel Morozov. A court in Minsk on March 3 acquitted all eight. "
        "In 2021 a judge had placed the five under house arrest."
    )
    got = {(r.person, r.ruling) for r in records(nlp, text)}
    five = {"Anna Petrova", "Olga Ivanova", "Irina Sokolova", "Elena Volkova", "Maria Orlova"}
    three = {"Boris Kuznetsov", "Igor Lebedev", "Pavel Morozov"}
    assert got == {(p, "acquitted") for p in five | three} | {(p, "house_arrest") for p in five}


def test_frames_a_list_after_an_unnamed_decision_names_who_it_covers(nlp):
    """'sentenced four bloggers to ... The four are A; B; C and D.' -> a record each, with the decision's term."""
    text = (
        "A court in Lahore on March 3 sentenced four bloggers to seven years in prison. "
        "The four are analyst Imran Qureshi; commentator Farah Siddiqui; and reporters Bilal Ahmed and Kamran Yusuf."
    )
    got = {(r.person, r.ruling, r.ruling_date, main_term(r)) for r in records(nlp, text)}
    assert got == {
        (name, "sentenced", "2022-03-03", ("prison", "P7Y"))
        for name in ("Imran Qureshi", "Farah Siddiqui", "Bilal Ahmed", "Kamran Yusuf")
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "On March 3 teachers Reza Karimi and Ali Nouri had their prison sentences reduced to two years each on appeal.",
            {("Reza Karimi", "appeal_granted", ("prison", "P2Y")), ("Ali Nouri", "appeal_granted", ("prison", "P2Y"))},
        ),
        (
            "On March 3 a court sentenced Reza Karimi and Ali Nouri to a combined 12 years in prison.",
            {("Reza Karimi", "sentenced", None), ("Ali Nouri", "sentenced", None)},
        ),
        (
            "Reza Karimi began a hunger strike on March 3 in protest at his sentence.",
            set(),
        ),
    ],
)
def test_frames_sentence_nouns_and_totals(nlp, text, expected):
    """'had their sentences reduced' is an appeal granted; a combined total is nobody's term; 'his sentence' is no decision."""
    assert {(r.person, r.ruling, main_term(r)) for r in records(nlp, text)} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A court in Baku on March 3 ordered reporters Leyla Huseynova and Rauf Aliyev, together with "
            "cameraman Tural Mammadov, to be held in custody for four months.",
            {
                ("Leyla Huseynova", "pretrial_detention"),
                ("Rauf Aliyev", "pretrial_detention"),
                ("Tural Mammadov", "pretrial_detention"),
            },
        ),
        (
            "The district court on March 3 ordered four months of pretrial detention for reporter Leyla Huseynova.",
            {("Leyla Huseynova", "pretrial_detention")},
        ),
        (
            "On March 3 the court extended the custody of activist Temir Asanov until June 20. "
            "The court ruled the same way in the cases of activists Aibek Nurlanov and Erlan Sadykov.",
            {
                ("Temir Asanov", "pretrial_detention"),
                ("Aibek Nurlanov", "pretrial_detention"),
                ("Erlan Sadykov", "pretrial_detention"),
            },
        ),
    ],
)
def test_frames_everyone_a_custody_order_names(nlp, text, expected):
    """'A and B, together with C', 'ruled the same way in the cases of D and E' -> everyone named gets the ruling."""
    assert {(r.person, r.ruling) for r in records(nlp, text)} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "On March 3 the blogger Tran Quoc Binh was found guilty of spreading propaganda.",
            ("Tran Quoc Binh", "sentenced", "2022-03-03"),
        ),
        ("Activist Leyla Nasibova was found guilty on March 3.", ("Leyla Nasibova", "sentenced", "2022-03-03")),
        ("On March 3 a judge found activist Leyla Nasibova not guilty.", ("Leyla Nasibova", "acquitted", "2022-03-03")),
    ],
)
def test_frames_found_guilty_is_a_conviction(nlp, text, expected):
    """'was found guilty', with no word between, convicts as 'found X guilty' does; 'not guilty' acquits."""
    assert [(r.person, r.ruling, r.ruling_date) for r in records(nlp, text)] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Rights defender Anton Lebedev, who heads the legal centre, is serving a three-year prison term.",
            [("Anton Lebedev", "sentenced", None, ("prison", "P3Y"))],
        ),
        (
            "The court on March 3 acquitted lawyer Rustam Aliev, who had served 12 days in jail in 2021.",
            [
                ("Rustam Aliev", "acquitted", "2022-03-03", None),
                ("Rustam Aliev", "sentenced", "2021", ("administrative_jail", "P12D")),
            ],
        ),
        (
            "In January, two other members, Davron Karimov and Sherzod Nazarov, were each given 18 years in prison.",
            [
                ("Davron Karimov", "sentenced", "2022-01", ("prison", "P18Y")),
                ("Sherzod Nazarov", "sentenced", "2022-01", ("prison", "P18Y")),
            ],
        ),
        (
            "Blogger Maksim Barsukov must serve three and a half years in prison over his posts.",
            [("Maksim Barsukov", "sentenced", None, ("prison", "P3Y6M"))],
        ),
    ],
)
def test_frames_history_and_status_decisions(nlp, text, expected):
    """'is serving a term', 'had served 12 days in 2021', 'were each given', 'must serve' -> sentenced records."""
    assert sorted((r.person, r.ruling, r.ruling_date, main_term(r)) for r in records(nlp, text)) == sorted(expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A court in Minsk on March 3 jailed Pavel Hrybko and Ales Zhuk for 15 days each and "
            "Ihar Marozau and Yury Kot for 10 days each.",
            {("Pavel Hrybko", "P15D"), ("Ales Zhuk", "P15D"), ("Ihar Marozau", "P10D"), ("Yury Kot", "P10D")},
        ),
        (
            "The court on March 3 jailed Narges Ahmadi for six years and Leila Rostami for seven.",
            {("Narges Ahmadi", "P6Y"), ("Leila Rostami", "P7Y")},
        ),
        (
            "The court on March 3 sentenced scholar Wang Lei, 50, to 14 years in prison and lawyer Zhang Wei, 54, to 12 years.",
            {("Wang Lei", "P14Y"), ("Zhang Wei", "P12Y")},
        ),
    ],
)
def test_frames_terms_per_person_in_one_clause(nlp, text, expected):
    """'A and B for 15 days each and C and D for 10 days each', 'A for six years and B for seven' -> each their term."""
    assert {(r.person, r.sentence[0].duration) for r in records(nlp, text)} == expected


def test_frames_headline_rounding_gives_way_to_the_full_term(nlp):
    """'sentenced to 27 years' in a headline, '27 years and six months' in the story -> one term, the full one."""
    text = (
        "Exiled journalist Kemal Aydin sentenced to 27 years.\n\n"
        "A court in Istanbul on March 3 sentenced journalist Kemal Aydin to 27 years and six months in prison."
    )
    (record,) = records(nlp, text)
    assert [(p.kind, p.duration) for p in record.sentence] == [("prison", "P27Y6M")]


def test_frames_relative_clause_decision_is_about_who_it_describes(nlp):
    """'A, B and C, who were handed ten days' -> all three; other names near it are not its defendants."""
    text = (
        "Protesters carried portraits of Ruslan Omarov, Aibek Temirov and Darkhan Sadykov, who were handed "
        "10-day jail terms in 2021 for calling for rallies."
    )
    got = {(r.person, r.ruling, r.ruling_date) for r in records(nlp, text)}
    assert got == {(name, "sentenced", "2021") for name in ("Ruslan Omarov", "Aibek Temirov", "Darkhan Sadykov")}


def test_frames_terms_after_a_suspended_lead_are_suspended(nlp):
    """'handing each of them a suspended sentence. A was given 18 months, B 15 months' -> suspended terms."""
    text = (
        "A court in Pristina on March 3 found the lawmakers guilty, handing each of them a conditional prison sentence. "
        "Besnik Gashi and Vjosa Morina were given 18 months each, and Drita Berisha 15 months."
    )
    got = {(r.person, main_term(r)) for r in records(nlp, text)}
    assert got == {
        ("Besnik Gashi", ("suspended", "P18M")),
        ("Vjosa Morina", ("suspended", "P18M")),
        ("Drita Berisha", ("suspended", "P15M")),
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Police arrested lawyer Amira Belhadj on March 1. On March 3 an investigating judge ordered her detention.",
            [("Amira Belhadj", "pretrial_detention", None)],
        ),
        (
            "In January a court sentenced lawyer Amira Belhadj to one year in prison. "
            "On March 3 the Court of Appeal reduced the penalty to eight months.",
            [("Amira Belhadj", "sentenced", ("prison", "P1Y")), ("Amira Belhadj", "appeal_granted", ("prison", "P8M"))],
        ),
        (
            "A court jailed lawyer Amira Belhadj in January. A French citizen arrested in Tunis was moved to the capital, "
            "where a court on March 3 extended his pretrial detention.",
            [("Amira Belhadj", "sentenced", None)],
        ),
    ],
)
def test_frames_decisions_about_her(nlp, text, expected):
    """'ordered her detention', 'reduced the penalty' -> the person in focus; 'his' after an unnamed citizen -> nobody named."""
    assert sorted((r.person, r.ruling, main_term(r)) for r in records(nlp, text)) == sorted(expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A court in Ankara on March 3 gave journalist Erik Lund a suspended prison term of 11 months and 20 days.",
            [("Erik Lund", "sentenced", ("suspended", "P11M20D"))],
        ),
        (
            "On March 3 activists Pedro Ruiz and Mario Sosa were each ordered to serve four years of forced labor.",
            [("Pedro Ruiz", "sentenced", ("labor", "P4Y")), ("Mario Sosa", "sentenced", ("labor", "P4Y"))],
        ),
        (
            'On March 3 a court ruled that activist Ana Vidal must serve five years of "limited liberty".',
            [("Ana Vidal", "sentenced", ("restricted_freedom", "P5Y"))],
        ),
        (
            "Opposition leader Tendai Moyo was sent to prison for three years on March 3 after a court convicted him of incitement.",
            [("Tendai Moyo", "sentenced", ("prison", "P3Y"))],
        ),
        (
            "On March 3 blogger Ruslan Karimov was convicted of extortion and sentenced to 12 years behind bars.",
            [("Ruslan Karimov", "sentenced", ("prison", "P12Y"))],
        ),
    ],
)
def test_frames_penalty_kind_and_term(nlp, text, expected):
    """suspended terms with their length, labour and restricted liberty with theirs, 'sent to prison for',
    'convicted ... and sentenced to' -> the right kind and term on the right person."""
    assert sorted((r.person, r.ruling, main_term(r)) for r in records(nlp, text)) == sorted(expected)


def test_frames_a_ban_keeps_its_term(nlp):
    """'banned from leaving the country for 16 years' -> a ban of P16Y beside the prison term."""
    text = "A court in Riyadh on March 3 sentenced Saad Almutairi to 16 years in prison and banned him from leaving the country for 16 years."
    (record,) = records(nlp, text)
    assert [(p.kind, p.duration) for p in record.sentence] == [("prison", "P16Y"), ("ban", "P16Y")]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "On March 3 a court in Brest fined activist Siarhei Kavalenka, who must pay 2,240 rubels (about $900).",
            (2240.0, "BYN"),
        ),
        (
            "A Bangkok court on March 3 jailed lawyer Somchai Wongsa for four years and imposed a fine of 20,000 baht.",
            (20000.0, "THB"),
        ),
        ("A Budapest court on March 3 fined activist Gabor Nagy, leaving him to pay HUF 41,800.", (41800.0, "HUF")),
    ],
)
def test_frames_fines_keep_amount_and_currency(nlp, text, expected):
    """fines in rubels, baht and forints -> the fine item carries its amount and ISO currency."""
    (record,) = records(nlp, text)
    fines = [(p.fine.amount, p.fine.currency) for p in record.sentence if p.kind == "fine" and p.fine]
    assert fines == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A Delhi court on March 3 refused bail to former student leader Imran Qadri.",
            [("Imran Qadri", "pretrial_detention")],
        ),
        (
            "In January the court had discharged activist Imran Qadri along with rights worker Salim Ansari.",
            [("Imran Qadri", "acquitted"), ("Salim Ansari", "acquitted")],
        ),
        (
            "Activist Imran Qadri lost in the High Court, where Justices Anil Mehra and Vikram Sethi dismissed his appeal on March 3.",
            [("Imran Qadri", "appeal_rejected")],
        ),
        (
            "On March 3 the military appeals court shortened the prison sentences of director Yelena Orlova and playwright Anna Zaitseva.",
            [("Anna Zaitseva", "appeal_granted"), ("Yelena Orlova", "appeal_granted")],
        ),
    ],
)
def test_frames_bail_discharge_appeals(nlp, text, expected):
    """refusing bail keeps someone in detention; a discharge is an acquittal; the judges who dismiss an
    appeal are not its defendants; shortening sentences grants the appeal."""
    assert sorted((r.person, r.ruling) for r in records(nlp, text)) == sorted(expected)


def test_frames_terms_past_a_relative_clause(nlp):
    """'A was again given four years, B three and a half years, and C, who is on the run, four and a
    half years' -> each their term, the clause between a name and its term notwithstanding."""
    text = (
        "On March 3 police officer Marko Petrović was again given four years, Igor Novak three and a half years, "
        "and Stefan Jovanović, who carried out the attack and is still on the run, four and a half years in absentia."
    )
    got = {(r.person, r.sentence[0].duration) for r in records(nlp, text)}
    assert got == {("Marko Petrović", "P4Y"), ("Igor Novak", "P3Y6M"), ("Stefan Jovanović", "P4Y6M")}


def test_frames_they_in_a_custody_order(nlp):
    """'a court ordered that they be held for one month' -> the two just named are detained."""
    text = (
        "Police arrested lawmakers Besnik Gashi and Vjosa Morina on March 1, and a court ordered the same day "
        "that they be held for one month."
    )
    assert sorted((r.person, r.ruling) for r in records(nlp, text)) == [
        ("Besnik Gashi", "pretrial_detention"),
        ("Vjosa Morina", "pretrial_detention"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "On March 3 the city court upheld the jail sentences of activists Oleg Smirnov and Ivan Popov.",
            [("Ivan Popov", "appeal_rejected"), ("Oleg Smirnov", "appeal_rejected")],
        ),
        (
            "Two associates of opposition politician Pavel Grudinov were jailed for 10 days on March 3.",
            [],
        ),
        (
            "A court in Dushanbe on March 3 jailed a brother of imprisoned lawyer Farrukh Nazarov for four years.",
            [],
        ),
    ],
)
def test_frames_who_a_decision_covers(nlp, text, expected):
    """'upheld the sentences of A and B' is one appeal decision; 'associates of X', 'a brother of X' are not X."""
    assert sorted((r.person, r.ruling) for r in records(nlp, text)) == expected


def test_frames_ordered_to_spend_days_in_jail(nlp):
    """'ordered X to spend another 10 days in jail' -> a conviction with one administrative jail term."""
    text = "A court in Simferopol on March 3 ordered activist Server Mustafayev to spend another 10 days in jail."
    (record,) = records(nlp, text)
    assert (record.person, record.ruling, [(p.kind, p.duration) for p in record.sentence]) == (
        "Server Mustafayev",
        "sentenced",
        [("administrative_jail", "P10D")],
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A Bangkok court on March 3 jailed a prominent human rights lawyer for four years. "
            "Somchai Prasert, 45, had represented many activists.",
            [("Somchai Prasert", "sentenced", "2022-03-03", ("prison", "P4Y"))],
        ),
        (
            "A Baku court on March 3 sentenced a newspaper editor to nine years in prison. "
            "Ali Hasanov, who runs an independent weekly, denied the charges.",
            [("Ali Hasanov", "sentenced", "2022-03-03", ("prison", "P9Y"))],
        ),
        (
            "A court in Minsk on March 3 jailed an activist for five years. Rights defender Ales Kozel said the verdict was unjust.",
            [],
        ),
        ("A court in Minsk on March 3 jailed an activist for five years. Judge Ivan Petrov read the verdict.", []),
    ],
)
def test_frames_the_person_introduced_after_an_unnamed_decision(nlp, text, expected):
    """a decision about one unnamed person ("a lawyer"), then a sentence whose subject is one named
    person -> that person's record; a speaker or a judge -> none."""
    assert [(r.person, r.ruling, r.ruling_date, main_term(r)) for r in records(nlp, text)] == expected
