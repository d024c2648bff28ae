"""The pre-filter: anchors read off a pattern's structure, and which texts may hold a decision."""

import re

import pytest

from watchdog_nlp.components.anchors import _one_of, alternatives, anchors
from watchdog_nlp.components.patterns import expand_entries, lowercase_text
from watchdog_nlp.data import read_yaml
from watchdog_nlp.paths import MODELS_DIR
from watchdog_nlp.pipeline import COMPONENTS, read_patterns
from watchdog_nlp.prefilter import (
    CONTEXT_COMPONENTS,
    SETTING_PATH,
    TRIGGER_COMPONENTS,
    Prefilter,
    prefilter_for,
)


@pytest.mark.parametrize(
    "pattern, flags, expected",
    [
        (r"\bsentenc(?:ed|es|ing)\b", 0, {"sentenced", "sentences", "sentencing"}),
        (r"\bjail(?:ed|s)\b(?!\s+(?:him|her))", 0, {"jailed", "jails"}),
        (r"\bupheld\b|\bupholds?\b", 0, {"upheld", "uphold", "upholds"}),
        (r"\b(?:placed|put)\b(?=(?:\s+\S+){0,24}?\s+under\s+house arrest\b)", 0, {"house arrest"}),
        (r"(?:a\s+)?fine of \d+", 0, {"fine of "}),
        (r"\d+ days?\b", 0, {" day", " days"}),
        (r"(?:[A-Z]\w+\s+){0,3}(?:courts?|tribunal)\b", re.IGNORECASE, {"court", "courts", "tribunal"}),
        (r"(?-i:[A-Z]\w+) City Court", re.IGNORECASE, {" city court"}),
        (r"\w+\s+\w+", 0, None),
        (r"(?:sentenced)?\s+to", 0, {"to"}),
    ],
)
def test_prefilter_anchors_of_pattern(pattern, flags, expected):
    """pattern -> the lowercase strings one of which every match contains (None: no such string)."""
    found = anchors(pattern, flags)
    assert (None if found is None else found.strings) == (None if expected is None else frozenset(expected))


def _examples(component):
    file_entries = read_patterns(MODELS_DIR / COMPONENTS[component])
    labelled = [e for e in file_entries if "macro" not in e]
    for entry, (label, pattern) in zip(labelled, expand_entries(file_entries), strict=True):
        for example in entry["examples"]:
            text = example[0] if isinstance(example, list) else example
            yield pytest.param(component, pattern, text, id=f"{label}: {text[:40]}")


@pytest.mark.parametrize(
    "component, pattern, text",
    [case for component in dict.fromkeys((*TRIGGER_COMPONENTS, *CONTEXT_COMPONENTS)) for case in _examples(component)],
)
def test_prefilter_anchors_hold_on_model_examples(component, pattern, text):
    """a match of an entry's pattern in an example of its file holds an anchor where the anchors
    say: lo to hi characters after its start, with only `before` characters up to it."""
    flags = re.IGNORECASE if component == "watchdog_courts" else 0
    subject = text if flags else lowercase_text(text)
    for alternative in alternatives(pattern):
        found = anchors(alternative, flags)
        if found is None:
            continue
        between = _one_of(found.before, flags) if found.before else None
        for match in re.finditer(alternative, subject, flags):
            start = 0 if found.hi is None and found.before is None else match.start()
            places = [
                at
                for at in range(start + found.lo, len(subject) if found.hi is None else start + found.hi + 1)
                if any(subject.lower().startswith(a, at) for a in found.strings)
            ]
            if found.hi is None and between is not None:
                places = [at for at in places if all(between.match(subject, i) for i in range(start, at))]
            assert places, (match.group(0), found)


@pytest.mark.parametrize(
    "text, may_hold",
    [
        ("A district court in Almaty on March 1 sentenced activist Daniyar Temirov to five years in prison.", True),
        ("An appeals court upheld the two-year sentence of journalist Irina Lebedeva.", True),
        ("The judge acquitted blogger Ruslan Abenov of all charges.", True),
        ("A court in Minsk ordered Olga Kravets held in pretrial detention for two months.", True),
        ("Activist Timur Sadykov was fined 20,000 rubles for an unauthorized protest.", True),
        ("A court in Almaty heard the case of Daniyar Temirov on Monday.", False),
        ("The referee was handed a new whistle before kick-off.", False),
        ("The tennis court was resurfaced, and the food court reopened.", False),
        ("The startup courted investors and held a meeting with its board.", False),
        ("Read the fine print before you sign the contract.", False),
        ("Editors call their job a life sentence of grammar.", False),
        ("He was handed a life sentence of debt by his bank.", False),
        ("Nadia Orlova was convicted on Tuesday, her lawyer said.", True),
        ("Nadia Orlova was convicted on Tuesday.", False),
        ("Her coach handed her a note at the changeover.", False),
        ("The company upheld its promise to publish a report.", False),
        ("Engineers charged the battery in eight minutes; critics saw arrested development.", False),
    ],
)
def test_prefilter_decides_text(nlp, text, may_hold):
    """text -> whether it may hold a court decision: a ruling with a court, penalty, charge or word of
    the legal setting (a penalty phrase in another sense, "a life sentence of debt", is none)."""
    assert prefilter_for(nlp)(text) is may_hold


@pytest.mark.parametrize(
    "alternative", [a for entry in read_yaml(SETTING_PATH).patterns for a in entry.alternatives], ids=lambda a: a.note
)
def test_prefilter_setting_words_find_their_examples(alternative):
    """models/prefilter.yaml: every alternative finds a word of the legal setting in its examples."""
    pattern = re.compile(alternative.regex())
    assert [e for e in alternative.examples if not pattern.search(lowercase_text(e))] == []


def test_prefilter_unanchored_pattern_still_runs():
    """a pattern with no certain literal is run on every text instead of being dropped."""
    prefilter = Prefilter([(r"\w+ed\b", 0)], [(r"\bcourt\b", 0)])
    assert (prefilter("The court adjourned."), prefilter("The court sat.")) == (True, False)


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"\bupheld\b|\bupholds?\b", [r"\bupheld\b", r"\bupholds?\b"]),
        (r"a(?:b|c)|[|)]d|\|e", ["a(?:b|c)", "[|)]d", r"\|e"]),
        (r"[^]|]x|y", ["[^]|]x", "y"]),
        (r"(?i)a|b", [r"(?i)a|b"]),
    ],
)
def test_prefilter_alternatives_of_pattern(pattern, expected):
    """pattern -> its top-level alternatives, each a valid pattern."""
    assert alternatives(pattern) == expected
