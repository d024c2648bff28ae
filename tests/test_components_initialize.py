"""A pattern component initialized without patterns, or run without them, warns (W001) as spaCy's
SpanRuler does (W036): it would silently find nothing."""

import warnings

import pytest
import spacy

from watchdog_nlp import pipeline

PATTERN_COMPONENTS = [pipeline.ABBREVIATIONS[0], *(name for name, file in pipeline.COMPONENTS.items() if file)]


@pytest.mark.parametrize("name", PATTERN_COMPONENTS)
def test_initialize_without_patterns_warns(name):
    """component initialized with no patterns -> W001 naming it; run on a text -> W001 again."""
    nlp = spacy.blank("en")
    component = nlp.add_pipe(name)
    with pytest.warns(UserWarning, match=rf"\[W001\] The component '{name}'"):
        component.initialize()
    with pytest.warns(UserWarning, match=r"\[W001\]"):
        nlp("The court sentenced him to two years in prison.")


@pytest.mark.parametrize("name", PATTERN_COMPONENTS)
def test_initialize_with_patterns_is_silent(name):
    """component initialized with its models/ file and run -> no warning."""
    nlp = spacy.blank("en")
    component = nlp.add_pipe(name)
    filename = pipeline.ABBREVIATIONS[1] if name == pipeline.ABBREVIATIONS[0] else pipeline.COMPONENTS[name]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        component.initialize(patterns=pipeline.read_patterns(pipeline.MODELS_DIR / filename))
        nlp("The court sentenced him to two years in prison.")
