"""The `money` macro of models/penalties.yaml takes its currencies from models/currencies.jsonl, the
list the amount's reader uses: a currency added there is found in a fine too. Sentences are our own."""

import pytest
import spacy

from watchdog_nlp.paths import MODELS_DIR
from watchdog_nlp.pipeline import read_patterns


@pytest.fixture(scope="module")
def finder():
    nlp = spacy.blank("en")
    nlp.add_pipe("watchdog_penalties").initialize(patterns=read_patterns(MODELS_DIR / "penalties.yaml"))
    return nlp


@pytest.mark.parametrize(
    "text, span, money",
    [
        ("The court fined her 3,000 zlotys.", "fined her 3,000 zlotys", (3000.0, "PLN")),
        ("She must pay 12,000 lei.", "pay 12,000 lei", (12000.0, "MDL")),
        ("He was fined ₸150,000 on Monday.", "fined ₸150,000", (150000.0, "KZT")),
        ("The editor was fined 50,000 pounds sterling.", "fined 50,000 pounds sterling", (50000.0, "GBP")),
        ("The court fined him 5,000 Swiss francs.", "fined him 5,000 Swiss francs", (5000.0, None)),
        ("The court fined 2 activists someday.", "fined", None),
    ],
)
def test_models_currencies_fine_amounts(finder, text, span, money):
    """a fine with an amount -> the fine span runs to the currency (a name or a symbol of
    currencies.jsonl, or a word before a name's last word), and never into a longer word."""
    doc = finder(text)
    assert [(s.label_, s.text, s._.money) for s in doc.spans["penalty"]] == [("fine", span, money)]
