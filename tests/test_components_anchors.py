"""Anchored matching: the pattern components find exactly what `re.finditer` finds, trying each
alternative only where its anchors are."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from watchdog_nlp.components.anchors import AnchoredPatterns, anchors, labelled_alternatives
from watchdog_nlp.components.patterns import compile_patterns, expand_entries, lowercase_text

COMPONENTS = ("watchdog_charges", "watchdog_penalties", "watchdog_rulings", "watchdog_courts", "watchdog_hedges")


def anchored(entries: list[dict], flags: int = 0) -> AnchoredPatterns:
    return AnchoredPatterns(compile_patterns(entries, flags=flags), labelled_alternatives(expand_entries(entries)))


def found(patterns: AnchoredPatterns, text: str) -> list[tuple[str, tuple[int, int]]]:
    starts = patterns.starts(lowercase_text(text))
    return [(label, m.span()) for label in patterns.compiled for m in patterns.finditer(label, text, starts)]


def expected(patterns: AnchoredPatterns, text: str) -> list[tuple[str, tuple[int, int]]]:
    return [(label, m.span()) for label, regex in patterns.compiled.items() for m in regex.finditer(text)]


@pytest.mark.parametrize(
    "entries, text",
    [
        (
            [{"label": "prison", "pattern": r"(?<=\bsentenced\s)(?:\S+\s+){0,8}?to\s+prison"}],
            "he was sentenced by a court to prison",
        ),
        (
            [{"label": "prison", "pattern": r"\b(?:\d+|one|two|three)\s+years?\s+in\s+prison\b"}],
            "two years in prison, then 3 years in prison",
        ),
        ([{"label": "x", "pattern": r"\bjailed\b"}, {"label": "x", "pattern": r"\bjailed for\b"}], "jailed for a year"),
        ([{"label": "court", "pattern": r"(?P<head>court)\b|(?P<other>tribunal)\b"}], "the court and the tribunal"),
        ([{"label": "any", "pattern": r"\w+\s+\w+"}], "no anchor at all"),
        ([{"label": "ban", "pattern": r"\bbanned\b"}], "nothing here"),
        (  # a run of digits longer than an anchor's reach: that alternative is searched for, the other anchored
            [{"label": "prison", "pattern": r"\d+(?:\s+\d+)*\s+years"}, {"label": "prison", "pattern": r"\bjailed\b"}],
            "jailed " + "1 " * 300 + "years, jailed, 2 years, jailed",
        ),
    ],
)
def test_components_anchors_match_as_finditer(entries, text):
    patterns = anchored(entries)
    assert found(patterns, lowercase_text(text)) == expected(patterns, lowercase_text(text))


def test_components_anchors_lookbehind_opening_pattern_places_the_match():
    """A fixed-width lookbehind opening a pattern ends where the match starts: its anchor sits
    before the match, at a known distance."""
    found_ = anchors(r"(?<=\bsentenced\s)(?:\S+\s+){0,8}?to\s+prison")
    assert found_.strings == {"sentenced"}
    assert (found_.lo, found_.hi) == (-10, -10)


WORDS = (
    "sentenced jailed fined upheld court tribunal district city of to for in a the years year months "
    "days prison jail colony suspended ban house arrest detention custody charged with extremism "
    "treason insulting president each respectively and two five 12 3½ ten-year rubles $ , . ; :"
).split()


@pytest.fixture(scope="module")
def components(nlp):
    return {name: nlp.get_pipe(name) for name in COMPONENTS}


@pytest.mark.parametrize("name", COMPONENTS)
def test_components_anchors_component_patterns_match_as_finditer(components, name):
    """Every pattern file's matches, anchored, equal plain finditer over texts built of its words."""
    component = components[name]
    patterns = component._anchored

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
    def check(words):
        text = " ".join(words)
        subject = text if component.flags & re.IGNORECASE else lowercase_text(text)
        assert found(patterns, subject) == expected(patterns, subject)

    check()


def test_components_anchors_dev_corpus_matches_as_finditer(components, dev_articles):
    for article in dev_articles:
        for component in components.values():
            text = article["text"] if component.flags & re.IGNORECASE else lowercase_text(article["text"])
            assert found(component._anchored, text) == expected(component._anchored, text), article["id"]
