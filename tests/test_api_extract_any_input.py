"""extract() on odd input: every input gives a result or a WatchdogError, never another exception."""

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from watchdog_nlp import WatchdogError, extract
from watchdog_nlp.schema import ArticleResult, CaseRecord

JAILED = "A court in Almaty on {date} sentenced activist Erlan Omarov{age} to {term} in prison."
ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def decision(date="March 3", age="", term="five years") -> str:
    return JAILED.format(date=date, age=age, term=term)


def only_record(result: ArticleResult) -> CaseRecord:
    [record] = result.records
    assert record.person == "Erlan Omarov" and record.ruling == "sentenced"
    return record


@pytest.mark.parametrize(
    "published, expected",
    [
        ("2021-03-10", "2021-03-03"),
        (dt.datetime(2021, 3, 10, 10, 30), "2021-03-03"),
        ("2021-03-10T23:59:00+05:00", "2021-03-03"),
        ("10 March 2021", "2021-03-03"),
        (1615370400, "2021-03-03"),
        (dt.date(1, 1, 2), None),
        (dt.date(1, 3, 5), "0001-03-03"),
    ],
)
def test_extract_published_forms_anchor_the_date(nlp, published, expected):
    """published as a datetime, timestamp, date words, Unix seconds or in year 1 -> the ruling date
    it anchors ("March 3" before year 1's March has none)."""
    assert only_record(extract(decision(), published, nlp=nlp)).ruling_date == expected


@pytest.mark.parametrize(
    "date, published",
    [
        ("99999999 days ago", "2021-03-10"),
        ("9999 years ago", "2021-03-10"),
        ("100000 months ago", "2021-03-10"),
        ("last year", "0001-06-01"),
        ("last week", "0001-01-03"),
        ("Feb 29", "0001-01-01"),
        ("December 32, 10000", "2021-03-10"),
    ],
)
def test_extract_dates_outside_the_calendar_give_none(nlp, date, published):
    """date arithmetic past year 1 or 9999 -> no ruling date and no DATE value such as "-7978"."""
    result = extract(decision(date=date), published, nlp=nlp)
    assert only_record(result).ruling_date is None
    assert all(e.value is None or ISO_DATE.fullmatch(e.value) for e in result.entities if e.label == "DATE")


@pytest.mark.parametrize(
    "term, duration",
    [
        ("five years", "P5Y"),
        ("7/0 months", None),
        ("0/0 years", None),
        ("9" * 40 + " years", None),
        ("1e309 years", None),
    ],
)
def test_extract_terms_with_impossible_numbers(nlp, term, duration):
    """a fraction over zero or a number beyond any sentence -> no duration, no ZeroDivisionError or
    OverflowError."""
    record = only_record(extract(decision(term=term), "2021-03-10", nlp=nlp))
    assert (record.sentence[0].duration if record.sentence else None) == duration


@pytest.mark.parametrize("age, expected", [(", 48,", 48), (", 0,", None), (", 130,", None), (", 999,", None)])
def test_extract_ages_out_of_range_dropped(nlp, age, expected):
    """'Erlan Omarov, 48,' -> 48; 0 or 130 and over is no one's age."""
    assert only_record(extract(decision(age=age), "2021-03-10", nlp=nlp)).age == expected


@pytest.mark.parametrize("odd", ["\ud800", "\udfff", "\x00", "\u202e", "\ufeff"])
def test_extract_lone_surrogates_and_controls(nlp, odd):
    """a lone surrogate (no encoder takes it) becomes U+FFFD, one character for one, so offsets hold."""
    text = decision() + " " + odd + " Erlan Omarov will appeal."
    result = extract(text, "2021-03-10", id="x" + odd, nlp=nlp)
    kept = text.replace(odd, "\ufffd") if "\ud800" <= odd <= "\udfff" else text
    assert only_record(result).ruling_date == "2021-03-03"
    assert result.id == ("x" + odd if kept == text else "x\ufffd")
    for entity in result.entities:
        assert kept[entity.start : entity.end] == entity.text
    result.model_dump_json()


ODD_PIECES = st.sampled_from(
    [
        "sentenced", " to ", " years", " months ago", "7/0", "99999999", "-7978", "1e309", "½", ",", ".", "\n\n",
        "Erlan Omarov", "Kosovo", "a court in ", "Moscow City Court", " fined ", " rubles", " on ", "January 32",
        "10000", "0000-00-00", "9999-12-31", "\ud800", "\x00", "A" * 300, "1," * 100, "-year-old",
    ]
)  # fmt: skip
TEXTS = st.lists(st.one_of(ODD_PIECES, st.text(max_size=30)), max_size=25).map("".join)
PUBLISHED = st.one_of(st.none(), st.dates(), st.datetimes(), st.text(max_size=20), st.integers(), st.floats(), st.booleans())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=TEXTS, published=PUBLISHED)
def test_extract_any_input_gives_result_or_watchdog_error(nlp, text, published):
    """any text and any published value -> an ArticleResult whose records follow SCHEMA.md and whose
    entities lie on the text, or a WatchdogError; nothing else."""
    try:
        result = extract(text, published, nlp=nlp)
    except WatchdogError:
        return
    for record in result.records:
        CaseRecord.model_validate(record.model_dump())
        assert record.age is None or 0 < record.age < 130
    for entity in result.entities:
        assert 0 <= entity.start <= entity.end <= len(text)
