"""Operator comforts of batch runs: rejects listed once across re-runs, duplicate ids rejected,
--force, progress with a total and ETA, and a progress line without a terminal."""

import io
import json

import pytest

from watchdog_nlp.batch import _Progress, count_items, run_batch
from watchdog_nlp.io.writers import open_sink, pipeline_version


@pytest.fixture()
def dump(tmp_path, dev_articles):
    """Three dev articles, a malformed line, and the first article's id again with other text."""
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps({k: a[k] for k in ("id", "text", "published")}) for a in dev_articles[:3]]
    copy = json.dumps({"id": dev_articles[0]["id"], "text": dev_articles[3]["text"], "published": dev_articles[3]["published"]})
    path.write_text("\n".join(lines + ['{"id": "broken", "text": ', copy, ""]) + "\n", encoding="utf-8")
    return path


def test_batch_operator_duplicate_id_is_rejected_not_merged(nlp, dump, tmp_path, dev_articles):
    """the same id twice in one dump -> the first extracted, the second a reject naming both places."""
    db, rejects = tmp_path / "cases.db", tmp_path / "rejects.jsonl"
    with open_sink("-", db=f"sqlite:///{db}") as sink:
        summary = run_batch([dump], sink, nlp=nlp, rejects=rejects)
        assert len(sink.done()) == 3
    assert (summary.processed, summary.rejected, summary.inputs) == (3, 2, 5)
    duplicate = [json.loads(line) for line in rejects.read_text().splitlines()][1]
    assert duplicate == {
        "source": str(dump),
        "line": None,
        "reason": f"duplicate id {dev_articles[0]['id']!r}: an earlier article of {dump} has it (kept)",
        "id": dev_articles[0]["id"],
        "stage": "read",
    }


def test_batch_operator_rejects_file_holds_each_reject_once(nlp, dump, tmp_path):
    """the same dump run three times with one rejects file -> its two rejects listed once; a torn
    last line of a killed run is replaced."""
    rejects, out = tmp_path / "rejects.jsonl", tmp_path / "out.jsonl"
    for _ in range(2):
        with open_sink(str(out)) as sink:
            summary = run_batch([dump], sink, nlp=nlp, rejects=rejects)
    assert (summary.skipped, summary.rejected) == (3, 2)
    listed = rejects.read_text().splitlines()
    assert len(listed) == 2
    rejects.write_text(listed[0] + "\n" + listed[1][:10], encoding="utf-8")
    with open_sink(str(out)) as sink:
        run_batch([dump], sink, nlp=nlp, rejects=rejects)
    assert rejects.read_text().splitlines() == listed


def test_batch_operator_force_extracts_done_articles_again(nlp, dump, tmp_path):
    """force=True on a finished output -> every article extracted again, the output the same, once each."""
    out = tmp_path / "out.jsonl"
    with open_sink(str(out)) as sink:
        run_batch([dump], sink, nlp=nlp)
    first = out.read_text()
    with open_sink(str(out), force=True) as sink:
        summary = run_batch([dump], sink, nlp=nlp, force=True)
    assert (summary.processed, summary.skipped) == (3, 0)
    assert out.read_text() == first
    assert {json.loads(line)["pipeline_version"] for line in first.splitlines()} == {pipeline_version()}


def test_batch_operator_count_items(tmp_path, dump):
    """inputs -> how many items they hold when cheap to know: JSON lines, pages; None for gzip or stdin."""
    pages = tmp_path / "pages"
    (pages / "a").mkdir(parents=True)
    for name in ("one.txt", "a/two.html", "a/notes.md"):
        (pages / name).write_text("x", encoding="utf-8")
    assert count_items([dump, pages]) == 5 + 2
    assert count_items([dump, tmp_path / "dump.jsonl.gz"]) is None
    assert count_items(["-"]) is None


@pytest.mark.parametrize(
    ("total", "done", "seconds", "expected"),
    [
        (400, 100, 50.0, "extract: 100/400 articles (25.0%), 2.0 articles/s, 7 records, ETA 0h02m30s"),
        (None, 100, 50.0, "extract: 100 articles, 2.0 articles/s, 7 records"),
    ],
)
def test_batch_operator_progress_line(total, done, seconds, expected):
    """articles done after some seconds -> the line a log gets: count of total, rate, records, ETA."""
    progress = _Progress(total, stream=io.StringIO())
    progress.update(done, 7)
    assert progress.line(progress.started + seconds) == expected


def test_batch_operator_progress_without_terminal_prints_lines(nlp, dump, tmp_path, monkeypatch):
    """stderr not a terminal -> progress lines on it every PROGRESS_EVERY seconds (here: every update)."""
    import watchdog_nlp.batch as batch

    log = io.StringIO()
    monkeypatch.setattr(batch, "PROGRESS_EVERY", 0.0)
    monkeypatch.setattr(batch.sys, "stderr", log)
    with open_sink(str(tmp_path / "out.jsonl")) as sink:
        run_batch([dump], sink, nlp=nlp)
    lines = log.getvalue().splitlines()
    assert lines and lines[-1].startswith("extract: 5/5 articles (100.0%)")
