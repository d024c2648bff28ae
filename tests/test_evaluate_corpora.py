"""The three corpora as regression tests: the pipeline's figures stay above floors, and
`evaluate` agrees with the reference scorer (../shared/corpus/score.py) on the same predictions.

Floors sit just under the current figures (reference scorer); raise them when the pipeline
improves, never lower them. pages-test is measured here, never tuned to.
"""

import json
import subprocess
import sys

import pytest

from watchdog_nlp import extract_many
from watchdog_nlp.evaluate import read_gold, score

CORPORA = ("dev", "pages-dev", "pages-test")

FLOORS: dict[str, dict[str, float]] = {
    "dev": {
        "record_F1": 0.97,
        "person_F1": 0.97,
        "court_city": 0.995,
        "country": 0.995,
        "ruling_date": 0.995,
        "penalty_kind": 0.965,
        "penalty_duration": 0.99,
        "charges_F1": 0.97,
    },
    "pages-dev": {
        "record_F1": 0.935,
        "person_F1": 0.935,
        "court_city": 0.925,
        "country": 0.995,
        "ruling_date": 0.955,
        "penalty_kind": 0.965,
        "penalty_duration": 0.95,
        "charges_F1": 0.885,
    },
    "pages-test": {
        "record_F1": 0.80,
        "person_F1": 0.825,
        "court_city": 0.795,
        "country": 0.94,
        "ruling_date": 0.74,
        "penalty_kind": 0.83,
        "penalty_duration": 0.805,
        "charges_F1": 0.705,
    },
}


@pytest.fixture(scope="module", params=CORPORA)
def corpus(request, nlp, corpus_dir, tmp_path_factory):
    """(name, gold path, predictions path, report) for one corpus, extracted once."""
    name = request.param
    gold_path = corpus_dir / f"{name}.jsonl"
    if not gold_path.exists():
        pytest.skip(f"{gold_path} not found (../shared beside the checkout)")
    gold = read_gold(gold_path)
    results = list(extract_many([item["article"] for item in gold], nlp=nlp))
    predictions = tmp_path_factory.mktemp(name) / "predictions.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        for result in results:
            records = [record.model_dump(mode="json") for record in result.records]
            out.write(json.dumps({"id": result.id, "records": records}, ensure_ascii=False) + "\n")
    report = score(gold, {result.id: result.records for result in results})
    return name, gold_path, predictions, report


def test_evaluate_corpora_agrees_with_reference_scorer(corpus, corpus_dir):
    """evaluate's figures == score.py --json's, on the same predictions."""
    name, gold_path, predictions, report = corpus
    reference = json.loads(
        subprocess.run(
            [sys.executable, str(corpus_dir / "score.py"), str(gold_path), str(predictions), "--json"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    assert report.reference == {key: reference[key] for key in report.reference}


def test_evaluate_corpora_floors(corpus):
    """Each corpus's figures (reference scorer's names) >= their floors."""
    name, _, _, report = corpus
    below = {
        key: (report.reference[key], floor)
        for key, floor in FLOORS[name].items()
        if report.reference[key] is None or report.reference[key] < floor
    }
    assert not below, report.to_text()
