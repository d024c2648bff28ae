"""Abbreviated titles and name suffixes: one token each, a title never ends a sentence, and the
title is no part of the person's name. Sentences are our own."""

import pytest
import srsly

from watchdog_nlp import extract
from watchdog_nlp.paths import MODELS_DIR


def abbreviation_examples():
    return [
        pytest.param(example["text"], example["persons"], id=f"{entry['label']}: {example['text'][:40]}")
        for entry in srsly.read_jsonl(MODELS_DIR / "abbreviations.jsonl")
        for example in entry["examples"]
    ]


@pytest.mark.parametrize("text, expected", abbreviation_examples())
def test_abbreviations_examples_give_their_persons(nlp, text, expected):
    """each abbreviations.jsonl entry's example article -> the record persons it states."""
    assert sorted({r.person for r in extract(text, published="2024-06-10", nlp=nlp).records}) == expected


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("The tribunal sentenced Capt. Idrissa Kone and Sgt. Yaya Bamba to ten years on Monday.", 1),
        ("Brig. Samuel Owusu was jailed on Monday. Brig. Owusu denied the charges.", 2),
        ("Cpl. Nana Mensah was acquitted. Pvt. Kofi Adjei was jailed.", 2),
        ("The court jailed Lt. Col. Salif Diarra for five years.", 1),
        ("Among those jailed was Pedro Santos Jr. He received two years.", 2),
        ("She is said to have insulted Prime Minister Hun Sen.\n\nKeo Sam, her lawyer, said he would appeal.", 2),
    ],
)
def test_abbreviations_title_ends_no_sentence(nlp, text, sentences):
    """text with titles ("Capt.") and suffixes ("Jr.") -> its real number of sentences."""
    assert len(list(nlp(text).sents)) == sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A military court on May 3 sentenced Col. Idrissa Kone to five years in prison.", [("Idrissa Kone", "sentenced")]),
        (
            "The court sentenced Capt. Idrissa Kone and Sgt. Yaya Bamba to ten years in prison on May 3.",
            [("Idrissa Kone", "sentenced"), ("Yaya Bamba", "sentenced")],
        ),
        (
            "A court on May 3 sentenced Pvt. Kofi Adjei to a year in prison. Cpl. Nana Mensah was acquitted by the court.",
            [("Kofi Adjei", "sentenced"), ("Nana Mensah", "acquitted")],
        ),
        ("A court in Accra on May 3 sentenced Lt. Col. Salif Diarra to five years in prison.", [("Salif Diarra", "sentenced")]),
    ],
)
def test_abbreviations_titled_person_gets_record(nlp, text, expected):
    """a decision about a person with an abbreviated rank -> a record under the name without it."""
    assert sorted((r.person, r.ruling) for r in extract(text, published="2024-06-10", nlp=nlp).records) == expected
