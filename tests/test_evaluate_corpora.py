"""The three corpora as regression tests: the pipeline's figures stay above floors, and
`evaluate` agrees with the reference scorer (../shared/corpus/score.py) on the same predictions,
and every article's records are those tests/data/record_digests.json recorded.

Floors sit just under the current figures (reference scorer); raise them when the pipeline
improves, never lower them. pages-test is measured here, never tuned to.
"""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from watchdog_nlp import extract_many
from watchdog_nlp.evaluate import read_gold, score

ROOT = Path(__file__).resolve().parents[1]
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
        "charges_F1": 0.98,
    },
    "pages-dev": {
        "record_F1": 0.96,
        "person_F1": 0.96,
        "court_city": 0.955,
        "country": 0.997,
        "ruling_date": 0.98,
        "penalty_kind": 0.97,
        "penalty_duration": 0.96,
        "charges_F1": 0.905,
    },
    "pages-test": {
        "record_F1": 0.81,
        "person_F1": 0.83,
        "court_city": 0.865,
        "country": 0.985,
        "ruling_date": 0.82,
        "penalty_kind": 0.865,
        "penalty_duration": 0.84,
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


def test_evaluate_corpora_records_as_recorded(corpus):
    """Each article's records == the digest scripts/record_digests.py recorded (a refactoring keeps
    every record byte-identical; a deliberate change of output reruns the script)."""
    name, _, predictions, _ = corpus
    spec = importlib.util.spec_from_file_location("record_digests", ROOT / "scripts" / "record_digests.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    recorded = json.loads(script.OUTPUT.read_text(encoding="utf-8"))[name]
    lines = predictions.read_text(encoding="utf-8").splitlines()
    current = {item["id"]: script.digest(item["records"]) for item in map(json.loads, lines)}
    changed = sorted(article for article in set(current) | set(recorded) if current.get(article) != recorded.get(article))
    assert not changed, f"records changed in {changed}: rerun scripts/record_digests.py if the change is deliberate"
