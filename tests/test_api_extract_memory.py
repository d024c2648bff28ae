"""A long run keeps no Doc of the articles it has finished: memory stays flat over an archive."""

import gc

import pytest
from spacy.tokens import Doc

import watchdog_nlp

NAMES = ["Ivan Petrov", "Olga Sidorova", "Pavel Orlov", "Anna Volkova", "Denis Sokolov", "Irina Lebedeva"]
ARTICLES = [
    {
        "id": f"m-{i}",
        "published": "2024-03-05",
        "text": (
            f"A district court in Minsk on March {i + 1} sentenced activist {name} to "
            f"{i + 2} years in prison for taking part in protests. The lawyer said the verdict would be appealed."
        ),
    }
    for i, name in enumerate(NAMES)
]


def live_docs() -> int:
    gc.collect()
    return sum(isinstance(o, Doc) for o in gc.get_objects())


@pytest.mark.parametrize("records_only", [False, True])
def test_api_extract_memory_docs_freed(nlp, records_only):
    before = live_docs()
    results = list(watchdog_nlp.extract_many(ARTICLES, nlp=nlp, records_only=records_only))
    assert sum(len(r.records) for r in results) == len(ARTICLES)
    assert live_docs() - before <= 1
