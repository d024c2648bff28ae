"""extract_many(entities=False): record-only results, the records unchanged, in one process or
forked workers, with or without the pre-filter (records_only)."""

import pytest

import watchdog_nlp


@pytest.mark.parametrize("n_process", [1, 2])
@pytest.mark.parametrize("records_only", [False, True])
def test_api_extract_no_entities(nlp, dev_articles, n_process, records_only):
    """dev articles -> with entities=False the same records as by default, and no entities."""
    articles = [{k: a[k] for k in ("id", "text", "published")} for a in dev_articles[:6]]
    full = list(watchdog_nlp.extract_many(articles, nlp=nlp, records_only=records_only))
    lean = list(watchdog_nlp.extract_many(articles, nlp=nlp, records_only=records_only, entities=False, n_process=n_process))
    assert [r.records for r in lean] == [r.records for r in full]
    assert any(r.entities for r in full) and all(r.entities == [] for r in lean)
