"""Ruling dates in assembly: with no publication date, the page's date line stands for it (a day
written without its year takes that line's year, even when the tagger leaves the line unlabelled;
a decision told as news takes its year); a term the person is serving does not date the new
decision told beside it.

The articles are written for these tests, not taken from any corpus.
"""

import pytest

from watchdog_nlp import extract
from watchdog_nlp.assemble.dates import date_value


def test_assemble_dates_page_year_from_an_untagged_date_line(nlp):
    doc = nlp(
        "Activist jailed in Azerbaijan\n\nMarch 09, 2017\n\n"
        "The Ganja city court on March 9 sentenced activist Elvin Mammadov to six years in prison."
    )
    doc._.published = None
    doc.ents = [e for e in doc.ents if "2017" not in e.text]
    day = next(e for e in doc.ents if e.text == "March 9")
    assert date_value(day) == "2017-03-09"


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "Taking into account that Elvin Mammadov was serving a 2014 suspended sentence for fraud, "
            "a court in Ganja sentenced him to six years in prison.",
            "2017-03-10",
            [("Elvin Mammadov", "sentenced", "2014"), ("Elvin Mammadov", "sentenced", "2017")],
        ),
        (
            "Taking into account that Elvin Mammadov was serving a 2014 suspended sentence for fraud, "
            "a court in Ganja sentenced him to six years in prison on March 9.",
            "2017-03-10",
            [("Elvin Mammadov", "sentenced", "2014"), ("Elvin Mammadov", "sentenced", "2017-03-09")],
        ),
    ],
)
def test_assemble_dates_serving_term_does_not_date_the_new_decision(nlp, text, published, expected):
    assert sorted((r.person, r.ruling, r.ruling_date) for r in extract(text, published=published, nlp=nlp).records) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "March 4, 2019\n\nOn March 1, the authorities in Tabriz arrested 40 protesters at a rally.\n\n"
            "A provincial appeals court has upheld the prison sentences of activists Reza Karimi and Ali Nouri.",
            [("Ali Nouri", "appeal_rejected", "2019"), ("Reza Karimi", "appeal_rejected", "2019")],
        ),
        (
            "On March 1, the authorities in Tabriz arrested 40 protesters at a rally.\n\n"
            "A provincial appeals court has upheld the prison sentences of activists Reza Karimi and Ali Nouri.",
            [("Ali Nouri", "appeal_rejected", None), ("Reza Karimi", "appeal_rejected", None)],
        ),
    ],
)
def test_assemble_dates_news_year_from_the_page_date_line(nlp, text, expected):
    assert sorted((r.person, r.ruling, r.ruling_date) for r in extract(text, nlp=nlp).records) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "September 9, 2025 – Kazakhstan –\nBlogger Marat Zhanuzakov remains in prison.\n"
            "Background: On June 20, the Almaty City Court sentenced Marat Zhanuzakov to five years in prison.",
            [("Marat Zhanuzakov", "sentenced", "2025-06-20")],
        ),
        (
            "March 4, 2019 – Kazakhstan –\nBlogger Aidos Serikbayev remains in prison. "
            "On November 12, a court in Shymkent sentenced Aidos Serikbayev to three years in prison.",
            [("Aidos Serikbayev", "sentenced", "2018-11-12")],
        ),
        (
            "Blogger Aidos Serikbayev remains in prison. "
            "On November 12, a court in Shymkent sentenced Aidos Serikbayev to three years in prison.",
            [("Aidos Serikbayev", "sentenced", None)],
        ),
        (
            "Thursday, March 3, 2022\n\nA court in Addis Ababa sentenced journalist Dawit Kebede to 14 years in prison "
            "on Thursday.\n\nDawit Kebede was found guilty last week of conspiring with rebel groups.",
            [("Dawit Kebede", "sentenced", "2022-03-03")],
        ),
    ],
)
def test_assemble_dates_day_without_year_counts_from_the_entry_date_line(nlp, text, expected):
    assert sorted((r.person, r.ruling, r.ruling_date) for r in extract(text, nlp=nlp).records) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tashkent/14.03.21/Agency: Blogger Otabek Nurmatov will appeal. "
            "On March 9, a district court sentenced Otabek Nurmatov to five years in prison.",
            [("Otabek Nurmatov", "sentenced", "2021-03-09")],
        ),
        (
            "Posted on Mon, 03/15/2021 - 10:02\nA court on Friday sentenced blogger Otabek Nurmatov to five years in prison.",
            [("Otabek Nurmatov", "sentenced", "2021-03-12")],
        ),
        (
            "Posted on Mon, 03/15/2021 - 10:02\n"
            "A court in Tashkent sentenced blogger Otabek Nurmatov to five years in prison in January.",
            [("Otabek Nurmatov", "sentenced", None)],
        ),
    ],
)
def test_assemble_dates_day_counts_from_a_date_line_written_in_digits(nlp, text, expected):
    assert sorted((r.person, r.ruling, r.ruling_date) for r in extract(text, nlp=nlp).records) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Elvin Mammadov was detained on 20 August 2016 over books linked to the failed July 2016 coup attempt. "
            "These charges were dropped in April 2017 and new charges of tax evasion brought. "
            "A district court sentenced him to three years in prison on 24 July.",
            [("Elvin Mammadov", "sentenced", "2017-07-24")],
        ),
        (
            "Elvin Mammadov was detained in July 2016. A district court sentenced him to three years in prison on 24 July.",
            [("Elvin Mammadov", "sentenced", "2016-07-24")],
        ),
    ],
)
def test_assemble_dates_day_takes_the_year_the_story_has_reached(nlp, text, expected):
    """with no publication date, a day without its year takes the year of the last date told before it
    when that date is later than the last mention of the day's month (and falls earlier in its year)."""
    assert sorted((r.person, r.ruling, r.ruling_date) for r in extract(text, nlp=nlp).records) == expected
