"""Court custody decisions: "article -> the (person, ruling) records it reports".

SCHEMA.md: a court ordering, extending or keeping someone in custody pending investigation or
trial is `pretrial_detention`; every named person of the decision gets a record, also when the
decision names them as "all seven" or "them" after a list told earlier. Police detentions and
requests to extend a detention are not records. The sentences are written for these tests.
"""

import pytest

from watchdog_nlp import extract

PUBLISHED = "2024-10-10"


def rulings(nlp, text):
    return [(r.person, r.ruling) for r in extract(text, published=PUBLISHED, nlp=nlp).records]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A court in Kazan has prolonged by two months, until April 5, the pretrial detention of journalist Dilara Safina.",
            [("Dilara Safina", "pretrial_detention")],
        ),
        (
            "A court in Yerevan on Thursday granted the investigators' motion to extend the detention of businessman Aram Petrosyan.",
            [("Aram Petrosyan", "pretrial_detention")],
        ),
        (
            "The Jerusalem District Court on June 23 renewed the administrative detention order against lawyer Karim Nassar.",
            [("Karim Nassar", "pretrial_detention")],
        ),
        (
            "Blogger Timur Valiev has been in pretrial detention since March on charges of extortion.",
            [("Timur Valiev", "pretrial_detention")],
        ),
        (
            "A court in Phnom Penh sentenced activist Sok Dara to six months in prison on Monday. "
            "Sok Dara has been in pre-trial detention since last month over an earlier protest.",
            [("Sok Dara", "sentenced"), ("Sok Dara", "pretrial_detention")],
        ),
        (
            "On Monday, the Tbilisi Court of Appeal rejected a complaint against the extension of the arrest of"
            " journalist Nino Kapanadze.",
            [("Nino Kapanadze", "appeal_rejected"), ("Nino Kapanadze", "pretrial_detention")],
        ),
        (
            "The Kazan City Court has ruled that an extension to May 5 of the pretrial detention of engineer"
            " Oleg Rudakov is legal.",
            [("Oleg Rudakov", "pretrial_detention")],
        ),
        ("Prosecutors asked for an extension of the detention of blogger Oleg Rudakov.", []),
        (
            "A Yerevan court keeps businessman Aram Petrosyan in custody for two more months.",
            [("Aram Petrosyan", "pretrial_detention")],
        ),
        (
            "A court in the city of Kokand then sent blogger Jamshid Aliev to a pretrial detention facility.",
            [("Jamshid Aliev", "pretrial_detention")],
        ),
        (
            "A Delhi magistrate on May 3 remanded the activist Sudha Rao in judicial custody for 14 days.",
            [("Sudha Rao", "pretrial_detention")],
        ),
        (
            "A Moscow court on Friday extended for the fourth time the detention of American reporter Tom Baker.",
            [("Tom Baker", "pretrial_detention")],
        ),
        (
            "A special court in Mumbai on Tuesday remanded the scholar Kiran Patil in the custody of the investigating agency till April 18.",
            [("Kiran Patil", "pretrial_detention")],
        ),
        (
            "A court in Pune on Saturday remanded two activists - Ravi Desai and Meena Joshi, accused of links to a banned group,"
            " in police custody till November 6.",
            [("Ravi Desai", "pretrial_detention"), ("Meena Joshi", "pretrial_detention")],
        ),
        (
            "The sessions judge in Pune on Saturday sent activists Ravi Desai and Meena Joshi to police custody.",
            [("Ravi Desai", "pretrial_detention"), ("Meena Joshi", "pretrial_detention")],
        ),
        (
            "On May 25, the Khatai District Court of Baku satisfied the request and decided to extend the arrest of"
            " journalist Leyla Aliyeva for another 22 days.",
            [("Leyla Aliyeva", "pretrial_detention")],
        ),
        (
            "On June 10, the Khatai District Court of Baku satisfied the investigation's submission to extend the arrest"
            " of journalist Leyla Aliyeva.",
            [("Leyla Aliyeva", "pretrial_detention")],
        ),
        (
            "On May 15, the Khatai district court of Baku did not satisfy the petition to transfer journalist Leyla Aliyeva"
            " to house arrest.",
            [("Leyla Aliyeva", "pretrial_detention")],
        ),
        (
            "On July 11, the Baku Court of Appeal did not satisfy the complaint of journalist Leyla Aliyeva.",
            [("Leyla Aliyeva", "appeal_rejected")],
        ),
        ("The Izmir court on Tuesday ruled to arrest journalist Emre Kaya.", [("Emre Kaya", "pretrial_detention")]),
        (
            "The Supreme Court ordered on Wednesday that activists Ravi Desai and Meena Joshi, arrested on Tuesday,"
            " be kept under house arrest instead of police custody.",
            [("Ravi Desai", "house_arrest"), ("Meena Joshi", "house_arrest")],
        ),
        (
            "A court in Izmir on Tuesday ruled for the arrest of journalist Emre Kaya, while journalist Deniz Aksoy was"
            " released on judicial probation.",
            [("Emre Kaya", "pretrial_detention"), ("Deniz Aksoy", "released")],
        ),
        (
            "The Sabail District Court in Baku remanded Anar Mammadli, Rufat Safarov, Bahruz Samadov, Ilkin Rustamzade,"
            " Tofig Yagublu and Ruslan Izzetli in custody for four months.",
            [
                ("Anar Mammadli", "pretrial_detention"),
                ("Rufat Safarov", "pretrial_detention"),
                ("Bahruz Samadov", "pretrial_detention"),
                ("Ilkin Rustamzade", "pretrial_detention"),
                ("Tofig Yagublu", "pretrial_detention"),
                ("Ruslan Izzetli", "pretrial_detention"),
            ],
        ),
        (
            "An Istanbul court on Friday ordered the release of Ahmet Kaya and Murat Demir, while Kemal Arslan and"
            " Zeynep Yildiz were placed in pre-trial detention.",
            [
                ("Ahmet Kaya", "released"),
                ("Murat Demir", "released"),
                ("Kemal Arslan", "pretrial_detention"),
                ("Zeynep Yildiz", "pretrial_detention"),
            ],
        ),
    ],
)
def test_assemble_custody_decision(nlp, text, expected):
    """a court's custody order in its common phrasings -> one record per named person held."""
    assert rulings(nlp, text) == expected


LIST = (
    "On 10 October, the Baku Court of Appeal rejected the complaints of journalists Anar Mammadli and Rufat Safarov"
    " and activists Bahruz Samadov and Ilkin Rustamzade. "
)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            LIST + "On 3 October, the Khatai District Court had prolonged the pretrial detention of all four until 6 January.",
            ["Anar Mammadli", "Rufat Safarov", "Bahruz Samadov", "Ilkin Rustamzade"],
        ),
        (
            LIST
            + "The complaint submitted by the lawyers of the outlet's founder Tofig Yagublu was not examined. "
            + "On 3 October, the Khatai District Court had prolonged the pretrial detention of all five until 6 January.",
            ["Anar Mammadli", "Rufat Safarov", "Bahruz Samadov", "Ilkin Rustamzade", "Tofig Yagublu"],
        ),
        (
            LIST + "On 3 October, the Khatai District Court had prolonged the detention of the four until 6 January.",
            ["Anar Mammadli", "Rufat Safarov", "Bahruz Samadov", "Ilkin Rustamzade"],
        ),
        (
            LIST + "On 3 October, the Khatai District Court had prolonged the detention of the four defendants until 6 January.",
            ["Anar Mammadli", "Rufat Safarov", "Bahruz Samadov", "Ilkin Rustamzade"],
        ),
        (
            LIST + "On 3 October, the Khatai District Court had extended the custody of them until 6 January.",
            ["Anar Mammadli", "Rufat Safarov", "Bahruz Samadov", "Ilkin Rustamzade"],
        ),
    ],
)
def test_assemble_custody_of_a_group_named_earlier(nlp, text, expected):
    """'the detention of all seven / of them' after a list, and one more named alone since -> the
    custody record of each of them."""
    held = [person for person, ruling in rulings(nlp, text) if ruling == "pretrial_detention"]
    assert held == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups renewed calls to end the detention of journalist Ivan Sokolov.",
        "The Supreme Court remanded the case of activist Ivan Sokolov to the lower court for review.",
        "A Delhi court has remanded three activists to police custody after their arrest.",
        "Prosecutors asked the court to extend the detention of journalist Ivan Sokolov by two months.",
        "Investigators filed a motion to extend the detention of journalist Ivan Sokolov by two months.",
    ],
)
def test_assemble_custody_not_a_decision(nlp, text):
    """calls, requests and remanding a case (not a person) -> no record."""
    assert rulings(nlp, text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Another court in Istanbul on Friday ordered German journalist Dieter Kraus, detained in Turkey for a year,"
            " released from jail pending trial.",
            [("Dieter Kraus", "released")],
        ),
        (
            "Judge Peter Dube on Wednesday ruled that journalist Tinashe Banda be freed on 10,000 Zimbabwe dollars bail.",
            [("Tinashe Banda", "released")],
        ),
        (
            "A court in Silivri on Friday convicted journalists Ahmet Kaya and Murat Demir. One other defendant was acquitted."
            " Another court in Silivri ordered journalist Dieter Kraus, held for a year, released pending trial.",
            [("Ahmet Kaya", "sentenced"), ("Murat Demir", "sentenced"), ("Dieter Kraus", "released")],
        ),
        (
            "A Moscow court on September 30 replaced the prison sentence of actor Ivan Petrov with a suspended term."
            " The 23-year-old was convicted on September 16 by the Tverskoy District Court.",
            [("Ivan Petrov", "appeal_granted"), ("Ivan Petrov", "sentenced")],
        ),
    ],
)
def test_assemble_release_from_custody(nlp, text, expected):
    """a release from custody before a verdict ("ordered X, detained for a year, released pending
    trial", "freed on N bail") -> released, not detention, and not the ruling of an unnamed
    defendant told before; "the 23-year-old" (tagged an adjective) is the person in focus."""
    assert rulings(nlp, text) == expected
