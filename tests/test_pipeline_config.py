"""src/watchdog_nlp/config.cfg describes the pipeline of `watchdog_nlp.load()`: what
`python -m spacy assemble config.cfg OUTDIR` builds from it (here its Python equivalent) has the
same components, patterns and data, and gives the same records."""

import pytest
import spacy
from test_components_serialization import SENTENCES, data_sizes

import watchdog_nlp
from watchdog_nlp import pipeline


@pytest.fixture(scope="module")
def assembled():
    """The pipeline as `spacy assemble` builds it: sourced base components, ours initialized."""
    config = spacy.util.load_config(pipeline.CONFIG_PATH, interpolate=False)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    sourced = spacy.util.get_sourced_components(config.interpolate())
    with nlp.select_pipes(disable=[*sourced]):
        nlp.initialize()
    return nlp


def results(nlp, articles: list[dict]) -> list[str]:
    return [r.model_dump_json() for r in watchdog_nlp.extract_many(articles, nlp=nlp)]


def test_config_same_components(assembled, nlp):
    """config.cfg -> the pipe names, pattern counts and data files of watchdog_nlp.load()."""
    assert assembled.pipe_names == nlp.pipe_names
    assert data_sizes(assembled) == data_sizes(nlp)
    assert assembled.get_pipe("watchdog_data").files == nlp.get_pipe("watchdog_data").files


def test_config_same_records(assembled, nlp, seed_text, dev_articles):
    """sentences written for the tests, the example article and five dev articles -> the same
    records and entities from both pipelines."""
    articles = [{"id": str(i), "text": s, "published": "2024-11-20"} for i, s in enumerate(SENTENCES)]
    articles.append({"id": "example", "text": seed_text, "published": "2021-01-22"})
    articles += [{"id": a["id"], "text": a["text"], "published": a.get("published")} for a in dev_articles[:5]]
    expected = results(nlp, articles)
    assert sum('"person"' in r for r in expected) >= len(articles)
    assert results(assembled, articles) == expected
