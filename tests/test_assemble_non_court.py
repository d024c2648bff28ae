"""Decisions that no court makes are no records: leagues, federations, sports tribunals and
regulators fine, ban and reject appeals in the same words as courts (issue 10, class 1). Sentences
are our own."""

import pytest

from watchdog_nlp import extract


def records(nlp, text: str) -> list[tuple[str, str]]:
    return sorted({(r.person, r.ruling) for r in extract(text, published="2024-03-15", nlp=nlp).records})


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body that is no court decides
        ("The league fined striker Marco Bellini $25,000 on March 4 for criticising referees.", []),
        ("Defender Tom Harlow was fined 50,000 pounds by the national football association on March 4.", []),
        ("The Court of Arbitration for Sport (CAS) on March 4 upheld a two-year ban on sprinter Olena Vasko.", []),
        ("The financial regulator said it had fined former bank officer Peter Lamb 18,000 pounds.", []),
        ("The ethics panel of the federation on March 4 rejected the appeal of coach Ivo Maric against his ban.", []),
        # a head of state overturns or commutes by decree
        (
            "On Monday King Norodom Ravuth issued a royal decree overturning the convictions of activists Sok Lina and Chan Dara.",
            [],
        ),
        ("President Kem Ly signed a decree commuting the death sentence of activist Sok Lina to life imprisonment.", []),
        # a page whose deciders are such bodies and which names no court: its decisions told without a decider
        ("The league responded by fining guard Sam Ortiz $15,000. Forward Lee Dunn was also fined $10,000 last week.", []),
        ("Winger Jan Kowal was fined $20,000 on Monday for abusive language towards officials.", []),
        ("Three jockeys, Liam Doyle, Sean Byrne and Tom Kerr, were handed suspensions on March 4 for careless riding.", []),
        # a sports sanction told with no decider, on a page that names a court elsewhere
        (
            "Striker Marco Bellini lost his appeal on March 4 against a three-match ban imposed for a red card. "
            "A city court later fined a fan for the brawl.",
            [],
        ),
        ("The two-year ban on all football-related activities for club chief Ivo Maric was upheld on appeal on March 4.", []),
        (
            "Jockey Liam Doyle's appeal against a 10-day careless riding suspension was dismissed by the appeals panel on March 4.",
            [],
        ),
        ("Jockey Tom Kerr has been handed a 21-day suspension, with seven days deferred, for misuse of the whip.", []),
        ("Defender Tom Harlow lost his appeal against a red card on March 4 and will miss three games.", []),
        (
            "The Court of Arbitration for Sport heard the case. Jockey Tom Kerr was given his suspension from a ride at Ascot on March 4.",
            [],
        ),
        # ... unless a verdict word tells the decision, or custody: no league jails anyone
        (
            "The league fined guard Sam Ortiz $15,000. Forward Lee Dunn was jailed for two years last week for assault.",
            [("Lee Dunn", "sentenced")],
        ),
        ("Blogger Timur Aliev was convicted of extortion on March 4, his family said.", [("Timur Aliev", "sentenced")]),
        # a court decides
        (
            "The court issued a ruling overturning the convictions of activists Sok Lina and Chan Dara.",
            [("Chan Dara", "appeal_granted"), ("Sok Lina", "appeal_granted")],
        ),
        (
            "A Minsk court on March 4 fined activist Olga Barysava 1,000 rubles for taking part in a protest.",
            [("Olga Barysava", "sentenced")],
        ),
        (
            "The Supreme Court of the Russian Federation upheld the five-year sentence of blogger Igor Sokolov on March 4.",
            [("Igor Sokolov", "appeal_rejected")],
        ),
        (
            "A district court ruled on March 4 that investigators could hold activist Arsen Gukasyan for two months pending trial.",
            [("Arsen Gukasyan", "pretrial_detention")],
        ),
        (
            "A Moscow court on March 4 sentenced footballer Pavel Marov to 18 months in prison for hooliganism. "
            "The football union then banned him for a year.",
            [("Pavel Marov", "sentenced")],
        ),
        (
            "A Moscow court on March 4 fined football fan Ivan Petrov 20,000 rubles for a flare at a match.",
            [("Ivan Petrov", "sentenced")],
        ),
        (
            "The Minsk district court heard the case on March 4. "
            "Activist Ivan Petrov was fined 20,000 rubles for a banner at a football match.",
            [("Ivan Petrov", "sentenced")],
        ),
        # "ruled" in senses that decide no case
        ("Writer Ivan Gromov was later ruled too ill to stand trial on fraud charges.", []),
        ("A Kyiv court on March 4 ruled journalist Olha Marchuk unfit to stand trial.", []),
        ("Police ruled out foul play in the death of activist Dmytro Lysenko on March 4.", []),
        # an outlet's name above a headline is no decider
        (
            "Daily Courier\n\nJournalist Amir Salehi sentenced to five years in prison\n\n"
            "A court in Tehran on March 4 sentenced journalist Amir Salehi to five years in prison.",
            [("Amir Salehi", "sentenced")],
        ),
    ],
)
def test_non_court_deciders_give_no_records(nlp, text, expected):
    assert records(nlp, text) == expected
