"""Work read once gives what the uncached reads give: a span's text cut from the Doc's text, a
date's widened bounds, the look-ups kept for the latest texts (places, durations, known names), the
court finder's anchors for the labels it searches, and no records for a Doc without a decision."""

import pytest

from watchdog_nlp.assemble import assemble
from watchdog_nlp.assemble.people import PersonIndex, _sorted_words
from watchdog_nlp.components.courts import CourtFinder
from watchdog_nlp.normalize.dates import _widen, widen
from watchdog_nlp.normalize.durations import parse_duration
from watchdog_nlp.normalize.places import city_countries, country_code, place_country
from watchdog_nlp.windows import span_text

TEXTS = [
    "A court in Minsk sentenced blogger Ihar Lesnik to 15 years in prison on 28 December 2020.\n\nHe  appealed. ",
    "On September 6, 2022, the Almaty City Court gave activist Aset Abishev four years of restricted freedom.",
    "The 5th Circuit Court in Lagos jailed Tunde Okafor for two and a half years; his lawyer said he would appeal.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_windows_caches_span_text_as_span_text(nlp, text):
    doc = nlp(text)
    spans = [*doc.sents, *doc.ents, doc[0:1], doc[len(doc) - 2 : len(doc)], doc[:]]
    assert [span_text(span) for span in spans] == [span.text for span in spans]


@pytest.mark.parametrize(
    "text, start, end, expected",
    [
        ("He was jailed on 28 December 2020 in Minsk.", 20, 33, (17, 33)),
        ("He was jailed on September 6, 2022 in Minsk.", 17, 28, (17, 34)),
        ("Sentenced on 21 Mar 2019, he appealed.", 13, 19, (13, 24)),
        ("No date is written here at all.", 3, 7, (3, 7)),
    ],
)
def test_windows_caches_widen_as_uncached(text, start, end, expected):
    assert widen(text, start, end) == _widen(text, start, end) == expected
    assert widen(text, start, end) == expected  # from the memo
    other = "x" * len(text)  # another text at the same bounds is widened afresh
    assert widen(other, start, end) == _widen(other, start, end) == (start, end)
    assert widen(text, start, end) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("two and a half years", "P2Y6M"),
        ("18 months in a penal colony", "P18M"),
        ("a 23-year-old", None),
        ("fifteen days of administrative arrest", "P15D"),
    ],
)
def test_windows_caches_durations_as_uncached(text, expected):
    assert parse_duration(text) == parse_duration.__wrapped__(text) == expected
    assert parse_duration(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("Kazakhstan's", "KZ"), ("the Kazakh", "KZ"), ("Moscow", "RU"), ("Almaty", "KZ"), ("Nowhereville", None)],
)
def test_windows_caches_places_as_uncached(text, expected):
    uncached = country_code.__wrapped__(text) or (city_countries.__wrapped__(text) or (None,))[0]
    assert place_country(text) == uncached == expected
    assert place_country(text) == expected


@pytest.mark.parametrize(
    "name, expected",
    [("Ihar Lesnik", ("ihar", "lesnik")), ("LESNIK Ihar", ("ihar", "lesnik")), ("Aset  Abishev", ("abishev", "aset"))],
)
def test_windows_caches_sorted_name_words(name, expected):
    assert _sorted_words(name) == tuple(sorted(name.lower().split())) == expected


def test_windows_caches_person_index_finds_by_sorted_words():
    index = PersonIndex()
    lesnik = index.add("Ihar Lesnik")
    assert index.find("Lesnik Ihar") is lesnik
    assert index.find("Lesnik's") is lesnik
    lesnik.name = "Ihar Viktaravich Lesnik"  # a name grown later is compared by its new words
    assert index.find("Lesnik Viktaravich Ihar") is lesnik
    assert index.find("Ihar Lesnik") is lesnik


@pytest.mark.parametrize("text", TEXTS)
def test_windows_caches_court_finder_searched_labels(nlp, text):
    """The court finder looks for its searched labels' anchors only; its courts are those a
    finder looking for every label's anchors finds."""
    finder = nlp.get_pipe("watchdog_courts")
    everywhere = CourtFinder(nlp, "all_labels", spans_key="court")
    everywhere.searched = None
    everywhere.initialize(patterns=finder.patterns)
    assert "court_word" not in finder._anchored.compiled and "court_word" in everywhere._anchored.compiled
    doc = nlp(text)
    found = [(s.start, s.end, s._.court) for s in finder.match(doc)]
    assert found == [(s.start, s.end, s._.court) for s in everywhere.match(doc)]
    assert found


@pytest.mark.parametrize(
    "text",
    [
        "The weather in Minsk was cold on Monday, said Ihar Lesnik.",
        "The Almaty City Court building was repainted in 2020.",
    ],
)
def test_windows_caches_no_decision_no_records(nlp, text):
    doc = nlp(text)
    assert not doc.spans.get("ruling")
    assert assemble(doc) == []
