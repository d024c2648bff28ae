"""One bad article never stops a run: failures injected into one article (model, assembly, sink)
with 1 worker, 2 workers and dask, and a worker process killed."""

import json
import os
import signal
from pathlib import Path

import pytest

from watchdog_nlp.assemble import assemble
from watchdog_nlp.batch import extract_safely, run_batch, run_dask
from watchdog_nlp.io import writers
from watchdog_nlp.io.writers import open_sink

POISON = "The clerk spilled ink over the verdict."
KILLER = "The server room lost power during the hearing."
KILL_ONCE_ENV = "WATCHDOG_TEST_KILL_ONCE"


def failing_assembler(doc):
    """Assembly that fails on the article carrying POISON (module level: dask workers import it)."""
    if POISON in doc.text:
        raise RuntimeError("injected failure")
    return assemble(doc)


def killing_assembler(doc):
    """Assembly whose process dies (SIGKILL, as the out-of-memory killer does) on KILLER; with
    KILL_ONCE_ENV naming a file, only the first time."""
    if KILLER in doc.text:
        flag = os.environ.get(KILL_ONCE_ENV)
        if flag is None or not Path(flag).exists():
            if flag is not None:
                Path(flag).touch()
            os.kill(os.getpid(), signal.SIGKILL)
    return assemble(doc)


def write_dump(path: Path, articles: list[dict], bad: dict[int, str]) -> Path:
    """Six dev articles; `bad` puts a marker sentence into the article at that position."""
    lines = []
    for index, article in enumerate(articles[:6]):
        text = article["text"] + ("\n\n" + bad[index] if index in bad else "")
        lines.append(json.dumps({"id": article["id"], "text": text, "published": article["published"]}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_output(path: Path) -> dict[str, dict]:
    return {line["id"]: line for line in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def read_rejects(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture()
def clean_output(tmp_path, dev_articles, nlp):
    """The output of the six articles without markers, one worker: what every run must still give."""
    dump = write_dump(tmp_path / "clean.jsonl", dev_articles, {})
    with open_sink(str(tmp_path / "clean-out.jsonl")) as sink:
        run_batch([dump], sink, nlp=nlp, batch_size=4)
    return read_output(tmp_path / "clean-out.jsonl")


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_failures_assembly_error_is_one_reject(tmp_path, dev_articles, nlp, clean_output, workers):
    """an assembler error on article 3 of 6 -> 5 stored as in a clean run, 1 reject naming id and stage."""
    dump = write_dump(tmp_path / "dump.jsonl", dev_articles, {2: POISON})
    out, rejects = tmp_path / "out.jsonl", tmp_path / "rejects.jsonl"
    with open_sink(str(out)) as sink:
        summary = run_batch([dump], sink, nlp=nlp, workers=workers, batch_size=4, rejects=rejects, assembler=failing_assembler)
    poisoned = dev_articles[2]["id"]
    assert (summary.processed, summary.rejected, summary.inputs) == (5, 1, 6)
    assert read_rejects(rejects) == [
        {"source": str(dump), "line": None, "reason": "RuntimeError: injected failure", "id": poisoned, "stage": "assembly"}
    ]
    assert read_output(out) == {key: value for key, value in clean_output.items() if key != poisoned}


def test_batch_failures_model_error_is_one_reject(nlp):
    """nlp.pipe failing on one text -> that article a model Failure, the others their results."""

    def tokenizer_fails_on_poison(text):
        if POISON in text:
            raise ValueError("tokenizer broke")
        return tokenize(text)

    tokenize = nlp.tokenizer
    articles = [
        {"id": "a", "text": "Rights groups met in Vilnius."},
        {"id": "b", "text": POISON},
        {"id": "c", "text": "A quiet day."},
    ]
    nlp.tokenizer = tokenizer_fails_on_poison
    try:
        outcomes = extract_safely(articles, nlp)
    finally:
        nlp.tokenizer = tokenize
    assert [getattr(o, "id", None) for o in outcomes] == ["a", None, "c"]
    assert (outcomes[1].stage, outcomes[1].message) == ("model", "ValueError: tokenizer broke")


def test_batch_failures_sink_error_is_one_reject(tmp_path, dev_articles, nlp, clean_output, monkeypatch):
    """serialising one article fails in the sink -> that article rejected (stage write), its batch stored."""
    poisoned = dev_articles[1]["id"]
    to_json = writers.result_to_json

    def result_to_json(result):
        if result.id == poisoned:
            raise TypeError("cannot serialise")
        return to_json(result)

    monkeypatch.setattr(writers, "result_to_json", result_to_json)
    dump = write_dump(tmp_path / "dump.jsonl", dev_articles, {})
    out, rejects = tmp_path / "out.jsonl", tmp_path / "rejects.jsonl"
    with open_sink(str(out)) as sink:
        summary = run_batch([dump], sink, nlp=nlp, batch_size=4, rejects=rejects)
    assert (summary.processed, summary.rejected) == (5, 1)
    assert [(r["id"], r["stage"], r["reason"]) for r in read_rejects(rejects)] == [
        (poisoned, "write", "TypeError: cannot serialise")
    ]
    assert read_output(out) == {key: value for key, value in clean_output.items() if key != poisoned}


def test_batch_failures_disk_error_stops_the_run(tmp_path, dev_articles, nlp):
    """an OSError from the output (disk full) -> the run stops: rejecting every article would lose them."""

    class FullDisk:
        def done(self):
            return set()

        def write(self, batch):
            raise OSError(28, "No space left on device")

    dump = write_dump(tmp_path / "dump.jsonl", dev_articles, {})
    with pytest.raises(OSError, match="No space left"):
        run_batch([dump], FullDisk(), nlp=nlp, batch_size=4)


def test_batch_failures_killed_worker_is_replaced_and_its_article_rejected(tmp_path, dev_articles, nlp, clean_output):
    """a worker SIGKILLed on article 4 every time -> no hang: it is retried once, then rejected; the rest stored."""
    dump = write_dump(tmp_path / "dump.jsonl", dev_articles, {3: KILLER})
    out, rejects = tmp_path / "out.jsonl", tmp_path / "rejects.jsonl"
    with open_sink(str(out)) as sink:
        summary = run_batch([dump], sink, nlp=nlp, workers=2, batch_size=4, rejects=rejects, assembler=killing_assembler)
    killer = dev_articles[3]["id"]
    assert (summary.processed, summary.rejected) == (5, 1)
    [reject] = read_rejects(rejects)
    assert (reject["id"], reject["stage"]) == (killer, "worker")
    assert reject["reason"].startswith("the worker process died on this article twice")
    assert read_output(out) == {key: value for key, value in clean_output.items() if key != killer}


def test_batch_failures_worker_killed_once_article_retried(tmp_path, dev_articles, nlp, clean_output, monkeypatch):
    """a worker SIGKILLed once (on article 4) -> the pool is replaced and every article is stored."""
    monkeypatch.setenv(KILL_ONCE_ENV, str(tmp_path / "killed-once"))
    dump = write_dump(tmp_path / "dump.jsonl", dev_articles, {3: KILLER})
    out = tmp_path / "out.jsonl"
    with open_sink(str(out)) as sink:
        summary = run_batch([dump], sink, nlp=nlp, workers=2, batch_size=4, assembler=killing_assembler)
    assert (tmp_path / "killed-once").exists()
    assert (summary.processed, summary.rejected) == (6, 0)
    written = read_output(out)
    killer = dev_articles[3]["id"]
    assert {key: value for key, value in written.items() if key != killer} == {
        key: value for key, value in clean_output.items() if key != killer
    }


def test_batch_failures_dask_assembly_error_is_one_reject(tmp_path, dev_articles, clean_output, dask_client):
    """the same injected failure on a dask cluster -> the same one reject, the rest stored."""
    dump = write_dump(tmp_path / "dump.jsonl", dev_articles, {2: POISON})
    out, rejects = tmp_path / "out.jsonl", tmp_path / "rejects.jsonl"
    with open_sink(str(out)) as sink:
        summary = run_dask([dump], sink, dask_client, batch_size=4, in_flight=2, rejects=rejects, assembler=failing_assembler)
    poisoned = dev_articles[2]["id"]
    assert (summary.processed, summary.rejected) == (5, 1)
    assert [(r["id"], r["stage"], r["reason"]) for r in read_rejects(rejects)] == [
        (poisoned, "assembly", "RuntimeError: injected failure")
    ]
    assert read_output(out) == {key: value for key, value in clean_output.items() if key != poisoned}
