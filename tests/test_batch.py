"""Batch runs end to end: dumps with bad lines, sinks, re-runs, a killed run resumed, dask."""

import json

import pytest
import sqlalchemy as sa

from watchdog_nlp.batch import extract_bag, run_batch, run_dask
from watchdog_nlp.io.writers import open_sink


@pytest.fixture()
def dump(tmp_path, dev_articles):
    """Six real articles plus a malformed line, an empty text, undecodable bytes and a blank line."""
    path = tmp_path / "dump.jsonl"
    good = [json.dumps({k: a[k] for k in ("id", "text", "published")}).encode() for a in dev_articles[:6]]
    lines = (
        good[:3]
        + [
            b'{"id": "broken", "text": ',
            b'{"id": "empty", "text": "  "}',
            b'{"id": "bin", "text": "\x81\x8d\x8f\x90\x9d\x00\x01"}',
            b"",
        ]
        + good[3:]
    )
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def table_counts(db_path):
    engine = sa.create_engine(f"sqlite:///{db_path}")
    with engine.connect() as conn:
        names = ("articles", "persons", "cases", "case_sources")
        return {name: conn.execute(sa.text(f"SELECT COUNT(*) FROM {name}")).scalar() for name in names}


def test_batch_every_input_accounted_for(nlp, dump, tmp_path):
    """a dump with 6 articles and 3 bad lines -> 6 processed + 3 rejected, each reject with its line."""
    rejects = tmp_path / "rejects.jsonl"
    with open_sink(str(tmp_path / "out.jsonl")) as sink:
        summary = run_batch([dump], sink, rejects=rejects, nlp=nlp, batch_size=4)
    assert (summary.inputs, summary.processed, summary.rejected, summary.skipped) == (9, 6, 3, 0)
    rejected = [json.loads(line) for line in rejects.read_text().splitlines()]
    assert [r["line"] for r in rejected] == [4, 5, 6]
    assert all(r["source"] == str(dump) for r in rejected)
    written = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [w["id"] for w in written] == ["dev-000", "dev-001", "dev-002", "dev-003", "dev-004", "dev-005"]
    assert summary.records == sum(len(w["records"]) for w in written) > 0


def test_batch_rerun_into_database_adds_nothing(nlp, dump, tmp_path):
    """the same dump twice into one SQLite file -> the second run skips every article, no new rows."""
    db = tmp_path / "cases.db"
    with open_sink("-", db=f"sqlite:///{db}") as sink:
        first = run_batch([dump], sink, nlp=nlp, batch_size=4)
    counts = table_counts(db)
    with open_sink("-", db=f"sqlite:///{db}") as sink:
        second = run_batch([dump], sink, nlp=nlp, batch_size=4)
    assert (first.processed, second.processed, second.skipped) == (6, 0, 6)
    assert table_counts(db) == counts
    assert counts["articles"] == 6 and counts["cases"] > 0


class _Killed(BaseException):
    """An interruption (as KeyboardInterrupt), not an error of one article: it stops the run."""


def test_batch_killed_run_resumes_to_the_same_database(nlp, dump, tmp_path):
    """a run killed after its first batch, then run again -> the same rows as one uninterrupted run."""
    whole = tmp_path / "whole.db"
    with open_sink("-", db=f"sqlite:///{whole}") as sink:
        run_batch([dump], sink, nlp=nlp, batch_size=2)

    resumed = tmp_path / "resumed.db"
    with open_sink("-", db=f"sqlite:///{resumed}") as sink:
        write = sink.write
        calls = []

        def write_then_die(batch):
            if calls:
                raise _Killed
            calls.append(batch)
            write(batch)

        sink.write = write_then_die
        with pytest.raises(_Killed):
            run_batch([dump], sink, nlp=nlp, batch_size=2)
    assert table_counts(resumed)["articles"] == 2
    with open_sink("-", db=f"sqlite:///{resumed}") as sink:
        summary = run_batch([dump], sink, nlp=nlp, batch_size=2)
    assert (summary.skipped, summary.processed) == (2, 4)
    assert table_counts(resumed) == table_counts(whole)


def test_batch_two_workers_write_what_one_writes(nlp, dump, tmp_path):
    """workers=2 -> the same output file, line for line, as workers=1."""
    outputs = []
    for workers in (1, 2):
        target = tmp_path / f"out-{workers}.jsonl"
        with open_sink(str(target)) as sink:
            run_batch([dump], sink, nlp=nlp, workers=workers, batch_size=4)
        outputs.append(target.read_text())
    assert outputs[0] == outputs[1]


def test_batch_dask_cluster_matches_local_run(nlp, dump, tmp_path, dask_client):
    """run_dask on a LocalCluster -> the same output and summary as run_batch on this machine."""
    local, remote = tmp_path / "local.jsonl", tmp_path / "remote.jsonl"
    with open_sink(str(local)) as sink:
        here = run_batch([dump], sink, nlp=nlp, batch_size=4)
    with open_sink(str(remote)) as sink:
        there = run_dask([dump], sink, dask_client, batch_size=4, in_flight=2)
    assert (there.processed, there.rejected, there.records) == (here.processed, here.rejected, here.records)
    assert remote.read_text() == local.read_text()


def test_batch_extract_bag_over_dask(dev_articles, dask_client):
    """a dask.bag of article dicts -> a bag of results, one per article, in order."""
    import dask.bag

    articles = [{k: a[k] for k in ("id", "text", "published")} for a in dev_articles[:4]]
    results = extract_bag(dask.bag.from_sequence(articles, npartitions=2)).compute()
    assert [r["id"] for r in results] == [a["id"] for a in articles]
    assert any(r["records"] for r in results)
