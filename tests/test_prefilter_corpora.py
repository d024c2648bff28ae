"""The pre-filter changes no record: no annotated article is filtered, the records of every corpus
article are the same with and without it, and the benchmark's hard negatives give none either way.

pages-test.jsonl is read here only to prove that nothing in it is filtered, never to tune."""

import json
from pathlib import Path

import pytest

import watchdog_nlp
from watchdog_nlp.prefilter import prefilter_for

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
CORPORA = ("dev.jsonl", "pages-dev.jsonl", "pages-test.jsonl")
NON_COURT_NEWS = ROOT / "benchmarks" / "data" / "non_court_news.jsonl"


def read(path) -> list[dict]:
    if not path.exists():
        pytest.skip(f"{path} not found")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def records(articles: list[dict], nlp, *, records_only: bool) -> list[str]:
    inputs = [{k: a[k] for k in ("id", "text", "published")} for a in articles]
    results = watchdog_nlp.extract_many(inputs, nlp=nlp, records_only=records_only)
    return [json.dumps([r.model_dump(mode="json") for r in result.records]) for result in results]


@pytest.mark.parametrize("corpus", CORPORA)
def test_prefilter_keeps_every_annotated_article(nlp, corpus):
    """corpus -> every article with gold records passes the pre-filter."""
    prefilter = prefilter_for(nlp)
    dropped = [a["id"] for a in read(SHARED / corpus) if a.get("records") and not prefilter(a["text"])]
    assert dropped == []


@pytest.mark.parametrize("corpus", CORPORA)
def test_prefilter_records_identical(nlp, corpus):
    """corpus -> the same records, byte for byte, with the pre-filter and without it."""
    articles = read(SHARED / corpus)
    assert records(articles, nlp, records_only=True) == records(articles, nlp, records_only=False)


def test_prefilter_hard_negatives_give_no_records(nlp):
    """non-court news using decision words in other senses -> no records, filtered or not."""
    hard = [a for a in read(NON_COURT_NEWS) if a["hard_negative"]]
    assert len(hard) >= 8
    empty = [json.dumps([])] * len(hard)
    assert records(hard, nlp, records_only=False) == empty
    assert records(hard, nlp, records_only=True) == empty
