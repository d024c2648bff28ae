"""Title, role and relation words are each written once: a set several cue lists need is a shared
list of models/words.yaml that they include, not words copied into each."""

from itertools import combinations

import pytest

from watchdog_nlp.data import read_entries, read_yaml
from watchdog_nlp.paths import MODELS_DIR

#: the cue lists about who a person is to the case, and where each lives
PERSON_LISTS = {
    "non_defendant_title": "cues.yaml",
    "judicial_word": "cues.yaml",
    "lawyer": "cues.yaml",
    "relation_of": "cues.yaml",
    "person_description": "cues.yaml",
    "honorific": "names.yaml",
    "third_party_title": "names.yaml",
    "relative": "names.yaml",
    "people_noun": "names.yaml",
    "role": "persons.yaml",
}
#: one word, two senses: "Father X" is a priest, "his father" kin; "lawyer" and "attorney" are a role
#: and a lawyer's word
TWO_SENSES = {"father", "lawyer", "attorney"}


def _written() -> dict[str, set[str]]:
    """The words each list writes itself (its includes left out), shared lists of words.yaml included."""
    written = {name: set(read_yaml(MODELS_DIR / path)[name].words) for name, path in PERSON_LISTS.items()}
    written |= {
        f"words.{name}": set(entry.words) | set(entry.values) for name, entry in read_yaml(MODELS_DIR / "words.yaml").items()
    }
    return written


@pytest.mark.parametrize("first, second", list(combinations(sorted(_written()), 2)))
def test_models_word_lists_no_word_written_twice(first, second):
    """two person cue lists (or shared lists) -> no word that both write themselves."""
    written = _written()
    assert written[first] & written[second] - TWO_SENSES == set()


@pytest.mark.parametrize(
    "name, word",
    [
        ("non_defendant_title", "judge"),
        ("honorific", "judge"),
        ("judicial_word", "magistrates"),
        ("honorific", "emir"),
        ("third_party_title", "emir"),
        ("non_defendant_title", "prosecutor"),
        ("role", "mayor"),
        ("honorific", "prosecutor"),
        ("people_noun", "spokeswoman"),
        ("relation_of", "associates"),
        ("role", "supporters"),
        ("relative", "wife"),
        ("lawyer", "counsel"),
        ("people_noun", "attorney"),
        ("honorific", "archbishop"),
        ("person_description", "archbishop"),
    ],
)
def test_models_word_lists_include_shared_words(name, word):
    """a cue list -> holds the words of the shared lists it includes."""
    entries = {e["cue"]: e["words"] for e in read_entries(MODELS_DIR / PERSON_LISTS[name])}
    assert word in entries[name]
