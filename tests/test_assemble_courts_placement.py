"""Where a decision's court sits when the sentence places it outside the court's own name: a place
phrase fronting the sentence, "the same court", and a court tied to one of several decisions.
Sentences are our own."""

import pytest

from watchdog_nlp import extract
from watchdog_nlp.assemble.courts import _fits, _Source
from watchdog_nlp.assemble.frames import CourtRef, Frame
from watchdog_nlp.assemble.reader import _ArticleReader

PUBLISHED = "2024-05-20"


def courts(nlp, text: str) -> list[tuple[str, str, str | None, str | None]]:
    return sorted((r.person, r.ruling, r.court_city, r.country) for r in extract(text, published=PUBLISHED, nlp=nlp).records)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In Lagos, a court sentenced journalist Musa Bello to two years in prison on Monday.",
            [("Musa Bello", "sentenced", "Lagos", "NG")],
        ),
        (
            "ABUJA, Nigeria -- In the capital, a judge sentenced activist Ali Hassan to two years in prison on Monday.",
            [("Ali Hassan", "sentenced", "Abuja", "NG")],
        ),
        (
            "In the Nigerian capital, a judge sentenced activist Ali Hassan to two years in prison on Monday.",
            [("Ali Hassan", "sentenced", "Abuja", "NG")],
        ),
        (
            "In the capital, Tbilisi, a court on Monday sentenced activist Nino Beridze to a year in prison.",
            [("Nino Beridze", "sentenced", "Tbilisi", "GE")],
        ),
        # a fronted date places nothing
        (
            "In 2019, a court in Georgia sentenced activist Nino Beridze to a year in prison.",
            [("Nino Beridze", "sentenced", None, "GE")],
        ),
        # a judge's title that opens with a city
        (
            "On May 18, Dhaka Metropolitan Magistrate Mohammad Jasim sent journalist Rozina Akter to jail pending trial.",
            [("Rozina Akter", "pretrial_detention", "Dhaka", "BD")],
        ),
        (
            "On May 18, Russian judge Anna Petrova sent journalist Ivan Sidorov to jail pending trial.",
            [("Ivan Sidorov", "pretrial_detention", None, "RU")],
        ),
        # after a linking adverb; "the city of X" names X
        (
            "Meanwhile, in the northern city of Mashhad, a court sentenced teacher Reza Karimi to six years in prison.",
            [("Reza Karimi", "sentenced", "Mashhad", "IR")],
        ),
        (
            "Separately, in Almaty, a judge sentenced activist Erlan Bekov to two years in prison.",
            [("Erlan Bekov", "sentenced", "Almaty", "KZ")],
        ),
        (
            "However, in 2019, a court in Georgia sentenced activist Nino Beridze to a year in prison.",
            [("Nino Beridze", "sentenced", None, "GE")],
        ),
        (
            "Blogger Ali Kaya was sentenced in the coastal city of Antalya to 11 months in prison on Monday.",
            [("Ali Kaya", "sentenced", "Antalya", "TR")],
        ),
    ],
)
def test_courts_fronted_place_places_the_decision(nlp, text, expected):
    """'In <place>, a judge/court ...' -> the decision's court sits there (the capital of its country)."""
    assert courts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A Moscow court on Tuesday sentenced activist Oleg Petrov to two years in prison. Judge Anna Sokolova of the Tverskoy "
            "District Court said he would serve it in a colony. In 2022, Judge Ivan Belov of the same district court fined him 100,000 rubles.",
            [("Oleg Petrov", "sentenced", "Moscow", "RU"), ("Oleg Petrov", "sentenced", "Moscow", "RU")],
        ),
        (
            "A court in Minsk on Tuesday sentenced activist Pavel Sidorenko to two years in prison. Diplomats came to the court for "
            "the sentencing. In 2021, the same court had fined him 500 rubles.",
            [("Pavel Sidorenko", "sentenced", "Minsk", "BY"), ("Pavel Sidorenko", "sentenced", "Minsk", "BY")],
        ),
    ],
)
def test_courts_same_court_takes_the_referent_seat(nlp, text, expected):
    """'the same (district) court' after a placed court, with a bare 'the court' between -> that court's seat."""
    assert courts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Minsk City Court on Thursday upheld the jail sentences of Pavel Sidorenko and Ivan Orlov.",
            {"upheld": "Minsk City Court", "sentences": None},
        ),
    ],
)
def test_courts_court_goes_to_the_trigger_it_is_tied_to(nlp, text, expected):
    """several decisions in a sentence -> the court goes to the one the parse ties it to."""
    frames = _ArticleReader(nlp(text)).frames()
    got = {f.trigger.text: f.court.name if f.court else None for f in frames}
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A court in Phnom Penh sentenced activist Sok Dara to six months in prison on Monday. "
            "Sok Dara has been in pre-trial detention since last month over an earlier protest.",
            [("Sok Dara", "pretrial_detention", None, "KH"), ("Sok Dara", "sentenced", "Phnom Penh", "KH")],
        ),
    ],
)
def test_courts_custody_held_since_takes_no_seat_told_around_it(nlp, text, expected):
    """custody held since a date -> an earlier order: the country, not the seat of the court next to it."""
    assert courts(nlp, text) == expected


def test_courts_addressed_court_lends_no_seat(nlp):
    """a court someone turns to ("petitioned the Lahore High Court") -> its country, but no seat, for the decision before it."""
    text = (
        "A military court on Monday sentenced activist Ali Raza to 14 years in prison. In 2020 his family "
        "petitioned the Lahore High Court to find out where he was held."
    )
    assert courts(nlp, text) == [("Ali Raza", "sentenced", None, "PK")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A court in the northern province of Ha Nam on Tuesday sentenced blogger Tran Thi Lan to nine years in prison.",
            [("Tran Thi Lan", "sentenced", None, "VN")],
        ),
        (
            "A court in the province of Sughd sentenced activist Ivan Petrov to 10 years in prison on Monday.",
            [("Ivan Petrov", "sentenced", None, "TJ")],
        ),
        (
            "A court in the region of Almaty sentenced activist Ivan Petrov to 10 years in prison on Monday.",
            [("Ivan Petrov", "sentenced", None, "KZ")],
        ),
        (
            "A court in the city of Kazan sentenced activist Ivan Petrov to 10 years in prison on Monday.",
            [("Ivan Petrov", "sentenced", "Kazan", "RU")],
        ),
    ],
)
def test_courts_region_gives_country_not_seat(nlp, text, expected):
    """'a court in the province of X' -> X's country (a province name from ISO 3166-2), no seat."""
    assert courts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "BISHKEK -- Activist Ravshan Temirov was sentenced to two years in prison, the capital's Pervomaisky District Court "
            "ruled on May 17.",
            [("Ravshan Temirov", "sentenced", "Bishkek", "KG")],
        ),
        (
            "Court keeps activists behind bars. Three activists will stay in custody, the capital's Pervomaisky District Court "
            "ruled on May 17 in Kyrgyzstan. Under the court's decision, activist Ravshan Temirov and blogger Aibek Sultanov are to "
            "remain in custody until June 20.",
            [
                ("Aibek Sultanov", "pretrial_detention", "Bishkek", "KG"),
                ("Ravshan Temirov", "pretrial_detention", "Bishkek", "KG"),
            ],
        ),
    ],
)
def test_courts_capital_possessive_sits_in_the_capital(nlp, text, expected):
    """'the capital's X District Court' -> the capital of the country found elsewhere, also for the
    named decisions of the next sentence when its own sentence's decision names no place."""
    assert courts(nlp, text) == expected


@pytest.mark.parametrize(
    "source_ruling, frame_ruling, expected",
    [
        ("appeal_rejected", "appeal_granted", True),
        ("appeal_granted", "appeal_rejected", True),
        ("appeal_rejected", "appeal_rejected", True),
        ("sentenced", "appeal_granted", False),
        ("appeal_rejected", "sentenced", False),
        ("pretrial_detention", "sentenced", False),
    ],
)
def test_courts_appeal_court_serves_both_appeal_rulings(source_ruling, frame_ruling, expected):
    """One appeal hearing upholds some sentences and cuts others: the court a decision of either
    appeal ruling names serves the other's; a trial court serves no appeal and the reverse."""
    frame = Frame(ruling=frame_ruling, sent=None, sent_index=5, trigger=None, persons=[])
    source = _Source(
        index=4, item=0, court=CourtRef(name="Tunis Court of Appeal", city="Tunis", country="TN"), ruling=source_ruling, date=None
    )
    assert _fits(frame, CourtRef(), source) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a digest: each paragraph another case, two seats named
        (
            "Activist Pavel Sidorenko was given four years in prison by the Minsk City Court.\n\n"
            "Blogger Ivan Orlov was sentenced by a court in Homel to 18 months in prison.\n\n"
            "Anton Belov must serve three years in prison over comments he posted online.",
            [
                ("Anton Belov", "sentenced", None, "BY"),
                ("Ivan Orlov", "sentenced", "Homel", "BY"),
                ("Pavel Sidorenko", "sentenced", "Minsk", "BY"),
            ],
        ),
        # one seat: another person's decision told next names no court, and is not placed
        (
            "Blogger Ivan Orlov was sentenced by a court in Homel to 18 months in prison.\n\n"
            "Anton Belov must serve three years in prison over the same posts.",
            [("Anton Belov", "sentenced", None, "BY"), ("Ivan Orlov", "sentenced", "Homel", "BY")],
        ),
        (
            "A court in Grodno on Monday sentenced activist Ivan Petrov to three years in prison. "
            "Weeks earlier, journalist Oleg Sidorov was sentenced to two years.",
            [("Ivan Petrov", "sentenced", "Grodno", "BY"), ("Oleg Sidorov", "sentenced", None, "BY")],
        ),
        # co-defendants of the one hearing share its court
        (
            "A court in Grodno on Monday sentenced activist Ivan Petrov to three years in prison. "
            "The same day, journalist Oleg Sidorov was sentenced to two years.",
            [("Ivan Petrov", "sentenced", "Grodno", "BY"), ("Oleg Sidorov", "sentenced", "Grodno", "BY")],
        ),
    ],
)
def test_courts_another_persons_decision_keeps_its_own_seat(nlp, text, expected):
    """A court told deciding about other named people does not seat a decision the text does not
    place (a digest's next item, "Weeks earlier, Y was sentenced ..."); co-defendants of one hearing share it."""
    assert courts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Following a closed trial at a detention centre in the southeastern city of Gomel, the court found activist Ivan "
            "Petrov guilty of organising riots and sentenced him to 18 years in prison.",
            [("Ivan Petrov", "sentenced", "Gomel", "BY")],
        ),
        (
            "A Tunisian appeals court on Tuesday upheld the four-year prison sentence of journalist Karim Mansour. "
            "Mansour could not attend the appeals trial in the town of Gafsa.",
            [("Karim Mansour", "appeal_rejected", "Gafsa", "TN")],
        ),
    ],
)
def test_courts_trial_venue_places_the_court(nlp, text, expected):
    """'a trial / hearing ... in the city of X' -> the court sat in X; an appeals trial places the appeal."""
    assert courts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A Baku appellate court on Tuesday upheld the nine-year sentence of journalist Ulvi Rahimov.",
            [("Ulvi Rahimov", "appeal_rejected", "Baku", "AZ")],
        ),
        (
            "An Istanbul appellate court upheld the sentence of journalist Mehmet Kaya on Monday.",
            [("Mehmet Kaya", "appeal_rejected", "Istanbul", "TR")],
        ),
    ],
)
def test_courts_appellate_court_of_a_city(nlp, text, expected):
    """'a Baku appellate court' -> a court of Baku ('appellate' is a kind of court, as 'appeals' is)."""
    assert courts(nlp, text) == expected


@pytest.mark.parametrize(
    "city, expected",
    [
        ("Rio de Janeiro", ("Rio de Janeiro", "BR")),
        ("Dar es Salaam", ("Dar es Salaam", "TZ")),
        ("Santiago de Cuba", ("Santiago de Cuba", "CU")),
        ("Minsk", ("Minsk", "BY")),
    ],
)
def test_courts_city_names_with_particles(nlp, city, expected):
    """'a court in Rio de Janeiro' -> the whole name, not its first word."""
    [record] = extract(
        f"A court in {city} sentenced activist Ivan Petrov to two years in prison on Monday.", published=PUBLISHED, nlp=nlp
    ).records
    assert (record.court_city, record.country) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Activist Umar Salim then moved the Delhi High Court, where a bench of two judges dismissed his appeal in October 2022.",
        "Activist Umar Salim then moved the Delhi High Court, which dismissed his appeal in October 2022.",
    ],
)
def test_courts_relative_clause_describing_the_court(nlp, text):
    """'moved the X Court, where / which ... dismissed his appeal': the clause tells that court's decision."""
    assert courts(nlp, text) == [("Umar Salim", "appeal_rejected", "Delhi", "IN")]


def test_courts_it_is_the_court_told_last(nlp):
    """'Five days earlier, it had moved X ...': "it" deciding is the court told last, even on another day."""
    text = (
        "A court in Bishkek on April 9 moved journalist Saipidin Sultan to house arrest. Five days earlier, it had moved "
        "activist Sapar Akunov to house arrest."
    )
    assert courts(nlp, text) == [
        ("Saipidin Sultan", "house_arrest", "Bishkek", "KG"),
        ("Sapar Akunov", "house_arrest", "Bishkek", "KG"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Later that year the Criminal Chamber of Cojutepeque quashed the acquittal of activist Miguel Gamez.",
            {"Criminal Chamber of Cojutepeque"},
        ),
        ("The Appeals Chamber of Tirana upheld the sentence of journalist Arben Hoxha.", {"Appeals Chamber of Tirana"}),
        ("The Chamber of Commerce praised activist Miguel Gamez.", set()),
        ("The lower chamber of parliament approved the law on Monday.", set()),
    ],
)
def test_courts_chamber_of_a_court(nlp, text, expected):
    """A criminal or appeals chamber is a court; other chambers are not."""
    doc = nlp(text)
    assert {c.text for c in doc.spans["court"]} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hong Kong democracy activist Joshua Lee was given a jail sentence of 13 months on Monday for unlawful assembly.",
            [("Joshua Lee", "sentenced", None, "HK")],
        ),
        (
            "HONG KONG -- Democracy activist Joshua Lee was given a jail sentence of 13 months on Monday for unlawful assembly.",
            [("Joshua Lee", "sentenced", "Hong Kong", "HK")],
        ),
        (
            "The West Kowloon Magistrates' Courts on Monday sentenced democracy activist Joshua Lee to 13 months in jail.",
            [("Joshua Lee", "sentenced", "Hong Kong", "HK")],
        ),
    ],
)
def test_courts_city_state_seat_needs_a_court_or_dateline(nlp, text, expected):
    """A city state's court sits in its city when the text names the court or datelines the story
    there; the country alone places no court."""
    assert courts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an earlier court is not the one a decision's sentence introduces
        (
            "The Jerusalem District Court jailed activist Salah Khoury for three months. Legislator Khalida Nasser "
            "was sentenced to two years in prison by an Israeli military court.",
            [("Khalida Nasser", "sentenced", None, "IL"), ("Salah Khoury", "sentenced", "Jerusalem", "IL")],
        ),
        # a later mention names the court the lead introduced
        (
            "A Taliban court has handed an 18-month prison term to reporter Mahdi Rahimi. The Taliban's primary court in Kabul "
            "passed the sentence at a hearing on January 2.",
            [("Mahdi Rahimi", "sentenced", "Kabul", "AF")],
        ),
    ],
)
def test_courts_introduced_court_takes_no_earlier_seat(nlp, text, expected):
    """'by an Israeli military court' introduces a court: it takes no seat from a court told before it."""
    assert courts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Activist Amira Haddad was arrested after the Sfax Court of Appeal confirmed her conviction on Monday. "
            "She had been sentenced to six years in 2023. Her lawyers said the trial was unfair. They said the hearing "
            "lasted an hour. Supporters gathered outside. Police dispersed them. Rights groups condemned the case. "
            "Diplomats attended. Observers were barred. Journalists waited outside. "
            "On appeal, the court also upheld the sentence of blogger Karim Jaziri.",
            [
                ("Amira Haddad", "appeal_rejected", "Sfax", "TN"),
                ("Karim Jaziri", "appeal_rejected", "Sfax", "TN"),
            ],
        ),
        # two appeal courts on the page: an unnamed one is neither
        (
            "The Sfax Court of Appeal upheld the sentence of activist Amira Haddad on Monday. "
            "The Tunis Court of Appeal upheld another activist's sentence. She had been sentenced to six years. "
            "Her lawyers said the trial was unfair. They said the hearing lasted an hour. Supporters gathered outside. "
            "Police dispersed them. Rights groups condemned the case. Diplomats attended. Observers were barred. "
            "On appeal, a court also upheld the sentence of blogger Karim Jaziri.",
            [("Amira Haddad", "appeal_rejected", "Sfax", "TN"), ("Karim Jaziri", "appeal_rejected", None, "TN")],
        ),
    ],
)
def test_courts_sole_appeal_court_serves_the_items_appeals(nlp, text, expected):
    """An appeal ruling naming no court, however far from the one appeal court its page names,
    is that court's; with two appeal courts named, neither."""
    assert [c for c in courts(nlp, text) if c[1] != "sentenced"] == expected


def test_courts_unused_court_of_a_framed_sentence_still_serves(nlp):
    """A headline run into the body by the parser: its frame takes the headline's unplaced court, and
    the body's placed court, which no frame took, still serves the decision told there."""
    text = (
        "NEWS\n\nAppeal Court cuts activist Musa Danladi's 20-year jail term to five years\n\nBy Ali Bello, Kano\n\n"
        "The Court of Appeal sitting in Kano on Monday reduced to five years the 20-year prison sentence passed on "
        "activist Musa Danladi for blasphemy."
    )
    assert ("Musa Danladi", "appeal_granted", "Kano", "NG") in courts(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "The court" refers back to the court told at the start, however far
        (
            "A court in Silivri on Wednesday convicted 13 journalists of aiding terrorism. "
            + "Supporters gathered outside. " * 9
            + "The court handed cartoonist Ali Demir a three-year sentence.",
            [("Ali Demir", "sentenced", "Silivri", "TR")],
        ),
        # a named court is another court, and a court told that far back does not serve it
        (
            "A court in Silivri on Wednesday convicted 13 journalists of aiding terrorism. "
            + "Supporters gathered outside. " * 9
            + "The Court of Appeal handed cartoonist Ali Demir a three-year sentence.",
            [("Ali Demir", "sentenced", None, "TR")],
        ),
    ],
)
def test_courts_plain_the_court_is_the_one_told_before(nlp, text, expected):
    """A decision by a plain "the court" takes the court told before it beyond the usual reach."""
    assert courts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the next sentence names the one sentenced
        (
            "In the coastal city of Antalya, a shopkeeper was sentenced on Monday to 11 months in prison for reading a poem. "
            "Mehmet Yilmaz was sentenced for insulting the president.",
            [("Mehmet Yilmaz", "sentenced", "Antalya", "TR")],
        ),
        (
            "A shopkeeper was sentenced in Antalya on Monday to 11 months in prison for reading a poem. "
            "Mehmet Yilmaz was sentenced for insulting the president.",
            [("Mehmet Yilmaz", "sentenced", "Antalya", "TR")],
        ),
    ],
)
def test_courts_clause_place_serves_the_decision_told_next(nlp, text, expected):
    """a decision placed by its own clause ("was sentenced in Antalya"), about someone unnamed -> it seats the
    decision told next."""
    assert courts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Rostov court jails three men\n\nThe Southern District Military Court of Rostov-on-Don has announced a verdict in the "
            "case. Ivan Sidorov has been sentenced to 17 years in prison.",
            [("Ivan Sidorov", "sentenced", "Rostov-on-Don", "RU")],
        ),
    ],
)
def test_courts_seat_written_short_takes_the_page_full_spelling(nlp, text, expected):
    """a seat written short ("Rostov court") and in full elsewhere on the page -> the full spelling."""
    assert courts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Activist Ivan Kovalenko was sentenced on Monday to two years in prison. The trial was held behind closed doors in Gomel.",
            [("Ivan Kovalenko", "sentenced", "Gomel", "BY")],
        ),
        (
            "Activist Ivan Kovalenko was sentenced on Monday to two years in prison. Supporters outside the courthouse in Baku shouted.",
            [("Ivan Kovalenko", "sentenced", "Baku", "AZ")],
        ),
        # the venue is the decision's told just before it, not an earlier one's
        (
            "Oleg Bas was sentenced to three years in prison. Ivan Kovalenko, a Brest resident, received two years of restricted "
            "freedom on Monday. Judge Olga Petrova took an hour to hear the case, which was held at a college in Brest.",
            [("Ivan Kovalenko", "sentenced", "Brest", "BY"), ("Oleg Bas", "sentenced", None, "BY")],
        ),
        # the verdict told again where it was given, sentences later
        (
            "Editor Rauf Mammadov was jailed for nine years on extortion charges. He denies the charges. Rights groups "
            "condemned the decision. He had spent 16 months in detention. Supporters outside the courthouse in Baku "
            "shouted slogans as the verdict was announced.",
            [("Rauf Mammadov", "sentenced", "Baku", "AZ")],
        ),
        # a case held up is no venue
        (
            "Activist Ivan Kovalenko was sentenced on Monday to two years in prison. The case was held up in Minsk for months.",
            [("Ivan Kovalenko", "sentenced", None, "BY")],
        ),
    ],
)
def test_courts_venue_told_after_seats_the_decision(nlp, text, expected):
    """'the trial was held in X', 'the courthouse in X' told after a decision -> the decision's seat."""
    assert courts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Revision Court of Razavi Khorasan Province handed down 40 years for four signatories of a letter. They "
            "included civil activist Fatemeh Karimi and teacher Hashem Nouri. On Sunday, March 29, 2020, the Revision Court "
            "of Razavi Khorasan informed the activists' lawyer of the sentence. Ms. Fatemeh Karimi was sentenced to 3 years "
            "and 6 months of imprisonment. Hashem Nouri was sentenced to 16 years in prison.",
            [("Fatemeh Karimi", "sentenced", None, None), ("Hashem Nouri", "sentenced", None, None)],
        ),
        (
            "A court in the Moscow Region on May 2 sentenced activist Ivan Orlov to two years. The Moscow City Court on May 3 "
            "sentenced activist Pavel Dudko to three years.",
            [("Ivan Orlov", "sentenced", None, "RU"), ("Pavel Dudko", "sentenced", "Moscow", "RU")],
        ),
    ],
)
def test_courts_a_region_named_short_is_no_seat(nlp, text, expected):
    """a court named after a province the page writes in full elsewhere ("Razavi Khorasan Province") is
    not seated in the town of the province's last word; a city the page also names a region of keeps its court."""
    assert courts(nlp, text) == expected
