"""Batches for the model: at most `batch_size` texts each, the empty texts of filtered articles
riding along beside them (up to EMPTY_PER_TEXT times as many), so the model works on full batches."""

import pytest

from watchdog_nlp import api


@pytest.mark.parametrize(
    "texts, size, expected",
    [
        (["a", "b", "c"], 2, [["a", "b"], ["c"]]),
        (["a", "", "", "b", "c", ""], 2, [["a", "", "", "b"], ["c", ""]]),
        (["", "", "", "", "", "a"], 2, [["", "", "", ""], ["", "a"]]),
        (["", "a", "", "", "b", "", "c"], 3, [["", "a", "", "", "b", ""], ["c"]]),
    ],
)
def test_api_batches_count_texts_not_empty_ones(monkeypatch, texts, size, expected):
    """texts, batch size (EMPTY_PER_TEXT 2) -> the batches' texts, in order."""
    monkeypatch.setattr(api, "EMPTY_PER_TEXT", 2)
    batches = api._batches([(t, i) for i, t in enumerate(texts)], size)
    assert [[t for t, _ in batch] for batch in batches] == expected
