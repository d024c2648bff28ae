"""The shared word lists of models/words.yaml: each defined once, lowercase, and read by every
rule that needs it (number words by value range, months, name particles, "former")."""

import pytest

from watchdog_nlp.data import read_entries
from watchdog_nlp.normalize.words import FORMER, MONTH_NAMES, NAME_PARTICLES, NUMBER_WORDS, number_words
from watchdog_nlp.paths import MODELS_DIR


@pytest.mark.parametrize(
    "low, high, expected",
    [
        (1, 3, {"one": 1, "two": 2, "three": 3}),
        (11, 13, {"eleven": 11, "twelve": 12, "thirteen": 13}),
        (19, 30, {"nineteen": 19, "twenty": 20, "thirty": 30}),
        (91, 100, {}),
    ],
)
def test_words_number_words_by_value(low, high, expected):
    """a value range -> the number words in it, in order of value."""
    assert number_words(low, high) == expected


@pytest.mark.parametrize(
    "word, value",
    [("zero", 0), ("seven", 7), ("twelve", 12), ("nineteen", 19), ("sixty", 60), ("ninety", 90)],
)
def test_words_number_word_values(word, value):
    assert NUMBER_WORDS[word] == value


@pytest.mark.parametrize(
    "words, word",
    [
        (MONTH_NAMES, "january"),
        (MONTH_NAMES, "december"),
        (NAME_PARTICLES, "kyzy"),
        (NAME_PARTICLES, "ibn"),
        (NAME_PARTICLES, "al"),
        (FORMER, "ex-"),
        (FORMER, "former"),
    ],
)
def test_words_list_holds_word(words, word):
    """a shared list -> holds the word (patronymics are name particles too)."""
    assert word in words


@pytest.mark.parametrize(
    "reader, expected",
    [
        ("watchdog_nlp.normalize.dates:_SMALL", {"a": 1, "an": 1, **number_words(1, 12)}),
        ("watchdog_nlp.assemble.records:_NUMBER_WORDS", number_words(0, 12)),
        ("watchdog_nlp.normalize.dates:_MONTHS", None),
    ],
)
def test_words_readers_take_the_shared_lists(reader, expected):
    """the modules that read numbers and months -> their tables come from models/words.yaml."""
    import importlib

    module, name = reader.split(":")
    table = getattr(importlib.import_module(module), name)
    if expected is None:
        assert [table[m] for m in MONTH_NAMES] == list(range(1, 13))
    else:
        assert table == expected


@pytest.mark.parametrize("path", sorted(MODELS_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_words_every_list_lowercase_and_unique(path):
    """every word list (its included lists resolved) -> lowercase words, none twice."""
    for entry in read_entries(path):
        if "cue" in entry:
            words = entry["words"]
            assert words == [w.lower() for w in words], entry["cue"]
            assert len(set(words)) == len(words), (entry["cue"], [w for w in words if words.count(w) > 1])
