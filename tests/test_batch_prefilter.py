"""Batch runs with the pre-filter: articles without decision words skip the model, are counted
and marked in every output, and --all-entities (all_entities=True) sends every article through."""

import json

import pytest
import sqlalchemy as sa

import watchdog_nlp
import watchdog_nlp.assemble
from watchdog_nlp.batch import extract_bag, run_batch, run_dask
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
    assert {i: line.get("filtered", False) for i, line in lines[False].items()} == {
        "court": False,
        "skating": True,
        "tennis": True,
    }
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
        conn.execute(
            sa.text(
                "CREATE TABLE articles (id VARCHAR PRIMARY KEY, url TEXT, published DATE, "
                "content_hash VARCHAR NOT NULL, processed_at DATETIME NOT NULL)"
            )
        )
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


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_batch_prefilter_flat_outputs_mark_filtered_rows(nlp, dump, tmp_path, suffix):
    """CSV and Parquet outputs -> a `filtered` column, true on the filtered articles' rows only."""
    target = tmp_path / f"out{suffix}"
    with open_sink(str(target)) as sink:
        run_batch([dump], sink, nlp=nlp)
    if suffix == ".csv":
        import csv

        with target.open(encoding="utf-8", newline="") as stream:
            rows = [(row["article_id"], row["filtered"]) for row in csv.DictReader(stream)]
        true, false = "true", "false"
    else:
        pq = pytest.importorskip("pyarrow.parquet")
        table = pq.read_table(target, columns=["article_id", "filtered"])
        rows = list(zip(table.column("article_id").to_pylist(), table.column("filtered").to_pylist()))
        true, false = True, False
    assert sorted(rows) == [("court", false), ("skating", true), ("tennis", true)]


def failing_on_court(doc):
    """Assembly that fails on the court article (module level: forked workers run it)."""
    if "Temirov" in doc.text:
        raise RuntimeError("injected failure")
    return watchdog_nlp.assemble.assemble(doc)


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_prefilter_with_a_failing_article(nlp, dump, tmp_path, workers):
    """the pre-filter in the crash-safe pipeline (1 worker, 2 forked workers): a failing court
    article is one reject (stage assembly), the filtered ones are stored and counted, and a re-run
    skips the filtered ones like any done article."""
    out, rejects = tmp_path / "out.jsonl", tmp_path / "rejects.jsonl"
    with open_sink(str(out)) as sink:
        summary = run_batch([dump], sink, nlp=nlp, workers=workers, rejects=rejects, assembler=failing_on_court)
    assert (summary.processed, summary.filtered, summary.skipped, summary.rejected) == (0, 2, 0, 2)
    stages = [(r.get("id"), r.get("stage")) for r in map(json.loads, rejects.read_text().splitlines())]
    assert ("court", "assembly") in stages and len(stages) == 2
    lines = {line["id"]: line for line in map(json.loads, out.read_text().splitlines())}
    assert {i: line.get("filtered") for i, line in lines.items()} == {"skating": True, "tennis": True}
    with open_sink(str(out)) as sink:
        again = run_batch([dump], sink, nlp=nlp, workers=workers, rejects=rejects)
    assert (again.processed, again.filtered, again.skipped, again.rejected) == (1, 0, 2, 1)


def test_batch_prefilter_on_dask(nlp, dump, tmp_path, dask_client):
    """run_dask and extract_bag filter like run_batch: same output and counts; --all-entities off."""
    import dask.bag

    outputs = {}
    for name in ("local", "dask", "dask-all"):
        target = tmp_path / f"{name}.jsonl"
        with open_sink(str(target)) as sink:
            if name == "local":
                summary = run_batch([dump], sink, nlp=nlp)
            else:
                summary = run_dask([dump], sink, dask_client, all_entities=name == "dask-all")
        outputs[name] = (
            (summary.processed, summary.filtered, summary.rejected),
            [{k: v for k, v in json.loads(line).items() if k != "pipeline_version"} for line in target.read_text().splitlines()],
        )
    assert outputs["dask"] == outputs["local"]
    assert outputs["local"][0] == (1, 2, 1)
    assert outputs["dask-all"][0] == (3, 0, 1)
    articles = [{"id": "court", "text": COURT}, {"id": "skating", "text": SKATING}]
    bag = dask.bag.from_sequence(articles, npartitions=2)
    assert [r.get("filtered") for r in extract_bag(bag).compute()] == [False, True]
    assert [r.get("filtered") for r in extract_bag(bag, records_only=False).compute()] == [False, False]
