"""Factories declare what they read and write (`requires` / `assigns`), so spaCy's
`nlp.analyze_pipes()` can check the pipeline's order."""

import pytest
import spacy


def test_pipe_analysis_no_problems(nlp):
    """the built pipeline -> analyze_pipes reports no attribute required before it is assigned."""
    problems = nlp.analyze_pipes(pretty=False)["problems"]
    assert problems == {name: [] for name in nlp.pipe_names}


@pytest.mark.parametrize(
    "name, missing",
    [
        ("watchdog_persons", {"doc.ents", "token.ent_type", "token.tag", "token.dep", "token.head", "token.is_sent_start"}),
        ("watchdog_places", {"doc.ents"}),
        ("watchdog_charges", {"doc.ents"}),
        ("watchdog_penalties", set()),
    ],
)
def test_pipe_analysis_requirements_on_blank(name, missing):
    """component alone on a blank pipeline -> analyze_pipes names exactly what it needs first."""
    nlp = spacy.blank("en")
    nlp.add_pipe(name)
    assert set(nlp.analyze_pipes(pretty=False)["problems"][name]) == missing


@pytest.mark.parametrize(
    "name, assigned",
    [
        ("watchdog_abbreviations", {"token.is_sent_start"}),
        ("watchdog_places", {"doc.ents", "token.ent_iob", "token.ent_type", "doc._.dateline_chars"}),
        ("watchdog_persons", {"doc.ents", "token.ent_iob", "token.ent_type"}),
        ("watchdog_courts", {"doc.spans", "span._.court"}),
        ("watchdog_rulings", {"doc.spans"}),
        ("watchdog_data", set()),
    ],
)
def test_pipe_analysis_assigns(nlp, name, assigned):
    """component -> the attributes its factory declares it sets."""
    assert set(nlp.get_pipe_meta(name).assigns) == assigned
