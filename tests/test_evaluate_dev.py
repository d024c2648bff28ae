"""The dev-corpus score as a regression test: records F1 and per-slot accuracy stay above floors.

Floors sit just under the current figures; raise them when the pipeline improves.
"""

import pytest

from watchdog_nlp.evaluate import SLOTS, evaluate

FLOOR_RECORD_F1 = 0.91
FLOOR_SLOTS = {
    "country": 0.99,
    "charges": 0.93,
    "kind": 0.92,
    "duration": 0.93,
    "ruling_date": 0.92,
    "court_city": 0.90,
}


@pytest.fixture(scope="module")
def report(dev_path, nlp):
    return evaluate(dev_path, nlp=nlp)


def test_evaluate_dev_covers_corpus(report, dev_articles):
    """the dev corpus -> every article scored."""
    assert report.articles == len(dev_articles)


def test_evaluate_dev_record_f1(report):
    """dev corpus -> records F1 >= FLOOR_RECORD_F1."""
    assert report.records.f1 >= FLOOR_RECORD_F1, report.to_text()


def test_evaluate_dev_floors_cover_every_slot():
    """every scored slot has a floor."""
    assert set(FLOOR_SLOTS) == set(SLOTS)


@pytest.mark.parametrize("slot, floor", FLOOR_SLOTS.items())
def test_evaluate_dev_slot_accuracy(report, slot, floor):
    """dev corpus -> slot accuracy over matched records >= its floor."""
    accuracy = report.slots[slot].accuracy
    assert accuracy is not None and accuracy >= floor, report.to_text()
