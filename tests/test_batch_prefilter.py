"""Batch runs with the pre-filter: articles without decision words skip the model, are counted
and marked in every output, and --all-entities (all_entities=True) sends every article through."""

import json

import pytest
import sqlalchemy as sa

import watchdog_nlp
from watchdog_nlp.batch import run_batch
from watchdog_nlp.io.writers import open_sink

COURT = "A district court in Almaty on March 1 sentenced activist Daniyar Temirov to five years in prison for extremism."
SKATING = "The city of Almaty opened a new ice rink on Saturday, and thousands of skaters came to try it."
TENNIS = "The tennis court in Almaty was handed over to a youth club after the food court next door closed."


@pytest.fixture()
def dump(tmp_path):
    path = tmp_path / "dump.jsonl"
    lines = [{"id": "court", "text": COURT}, {"id": "skating", "text": SKATING}, {"id": "tennis", "text": TENNIS}]
    path.write_text("".join(json.dumps({**line, "published": "2024-03-02"}) + "\n" for line in lines) + '{"id": \n')
    return path


@pytest.mark.parametrize(
    "all_entities, processed, filtered",
    [(False, 1, 2), (True, 3, 0)],
)
def test_batch_prefilter_summary_adds_up(nlp, dump, tmp_path, all_entities, processed, filtered):
    """all_entities -> processed and filtered counts; in = processed + filtered + skipped + rejected."""
    with open_sink(str(tmp_path / "out.jsonl")) as sink:
        summary = run_batch([dump], sink, nlp=nlp, all_entities=all_entities)
    assert (summary.processed, summary.filtered, summary.rejected) == (processed, filtered, 1)
    assert summary.inputs == 4 == summary.processed + summary.filtered + summary.skipped + summary.rejected
    assert f"filtered (no decision words) {filtered}" in summary.to_text()


def test_batch_prefilter_jsonl_marks_filtered_lines(nlp, dump, tmp_path):
    """JSON Lines output -> "filtered": true on the filtered lines only; entities kept with --all-entities."""
    lines = {}
    for all_entities in (False, True):
        target = tmp_path / f"out-{all_entities}.jsonl"
        with open_sink(str(target)) as sink:
            run_batch([dump], sink, nlp=nlp, all_entities=all_entities)
        lines[all_entities] = {line["id"]: line for line in map(json.loads, target.read_text().splitlines())}
    assert {i: line.get("filtered", False) for i, line in lines[False].items()} == {"court": False, "skating": True, "tennis": True}
    assert lines[False]["skating"]["entities"] == []
    assert "Saturday" in {e["text"] for e in lines[True]["skating"]["entities"]}
    assert lines[False]["court"]["records"] == lines[True]["court"]["records"] != []


def test_batch_prefilter_database_column(nlp, dump, tmp_path):
    """--db -> articles.filtered is true for the filtered articles, and they are stored like the others."""
    db = f"sqlite:///{tmp_path / 'cases.db'}"
    with open_sink("-", db=db) as sink:
        run_batch([dump], sink, nlp=nlp)
    with sa.create_engine(db).connect() as conn:
        rows = dict(conn.execute(sa.text("SELECT id, filtered FROM articles")).all())
    assert rows == {"court": False, "skating": True, "tennis": True}


def test_batch_prefilter_old_database_gains_column(nlp, dump, tmp_path):
    """a database made before the pre-filter (no articles.filtered) -> the column is added, rows false."""
    db = f"sqlite:///{tmp_path / 'old.db'}"
    engine = sa.create_engine(db)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE articles (id VARCHAR PRIMARY KEY, url TEXT, published DATE, "
                             "content_hash VARCHAR NOT NULL, processed_at DATETIME NOT NULL)"))
        conn.execute(sa.text("INSERT INTO articles VALUES ('old', NULL, NULL, 'x', '2024-01-01 00:00:00')"))
    engine.dispose()
    with open_sink("-", db=db) as sink:
        run_batch([dump], sink, nlp=nlp)
    with sa.create_engine(db).connect() as conn:
        rows = dict(conn.execute(sa.text("SELECT id, filtered FROM articles")).all())
    assert rows == {"old": False, "court": False, "skating": True, "tennis": True}


@pytest.mark.parametrize("text, filtered", [(COURT, False), (SKATING, True), (TENNIS, True)])
def test_batch_prefilter_extract_many_records_only(nlp, text, filtered):
    """text -> extract_many(records_only=True) marks it filtered or not; extract() never filters."""
    (result,) = watchdog_nlp.extract_many([{"id": "a", "text": text}], nlp=nlp, records_only=True)
    single = watchdog_nlp.extract(text, nlp=nlp, id="a")
    assert (result.filtered, single.filtered) == (filtered, False)
    assert result.records == single.records
    assert single.entities != []


def test_batch_prefilter_two_processes_match_one(nlp):
    """records_only with 2 forked workers -> the same results, in order, as with one process."""
    articles = [{"id": str(i), "text": text} for i, text in enumerate([COURT, SKATING, TENNIS] * 6)]
    one = list(watchdog_nlp.extract_many(articles, nlp=nlp, records_only=True, batch_size=4))
    two = list(watchdog_nlp.extract_many(articles, nlp=nlp, records_only=True, batch_size=4, n_process=2))
    assert one == two
    assert [r.filtered for r in one] == [False, True, True] * 6
