"""export --uwazi straight from a case database (`--db URL`): the same CSV as from the JSON Lines
results of the same run, so `--db` users need not extract twice."""

import pytest
from typer.testing import CliRunner

import watchdog_nlp
from watchdog_nlp.cli import app
from watchdog_nlp.io.sql import SqlSink, stored_records
from watchdog_nlp.io.writers import JsonlSink
from watchdog_nlp.schema import Article

runner = CliRunner()


@pytest.fixture(scope="module")
def run(nlp, dev_articles, tmp_path_factory):
    """One extraction of the dev corpus, stored batch by batch as JSON Lines and in SQLite."""
    folder = tmp_path_factory.mktemp("run")
    articles = [Article(id=a["id"], text=a["text"], published=a["published"]) for a in dev_articles]
    results = list(watchdog_nlp.extract_many(articles, nlp=nlp))
    pairs = list(zip(articles, results))
    url = f"sqlite:///{folder / 'cases.db'}"
    with JsonlSink(folder / "results.jsonl") as jsonl, SqlSink(url) as database:
        for start in range(0, len(pairs), 8):
            jsonl.write(pairs[start : start + 8])
            database.write(pairs[start : start + 8])
    return folder, url


def test_io_uwazi_database_csv_equals_results_csv(run):
    """dev corpus -> the Uwazi CSV exported from the database equals the one from the results file."""
    folder, url = run
    from_results, from_db = folder / "from-results.csv", folder / "from-db.csv"
    first = runner.invoke(app, ["export", str(folder / "results.jsonl"), "--uwazi", str(from_results)])
    second = runner.invoke(app, ["export", "--db", url, "--uwazi", str(from_db)])
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    assert second.stderr == first.stderr
    assert from_db.read_bytes() == from_results.read_bytes()
    assert from_db.read_text(encoding="utf-8").count("\n") > 40


def test_io_uwazi_database_records_name_their_articles(run):
    """Each stored (article, record) pair -> the record's evidence names that article."""
    _, url = run
    pairs = list(stored_records(url))
    assert pairs and all(record.evidence.article_id == article.id for article, record in pairs)


@pytest.mark.parametrize(
    "arguments, code",
    [
        (["--uwazi", "out.csv"], "E044"),
        (["results.jsonl", "--db", "sqlite:///cases.db", "--uwazi", "out.csv"], "E044"),
        (["--db", "sqlite:///{tmp}/nowhere.db", "--uwazi", "out.csv"], "E043"),
        (["--db", "sqlite:///{tmp}/empty.db", "--uwazi", "out.csv"], "E043"),
        (["--db", "nosuchdialect://x", "--uwazi", "out.csv"], "E041"),
    ],
)
def test_io_uwazi_database_user_errors(tmp_path, arguments, code):
    """Neither or both of RESULTS and --db, a database file not there or without case tables, an
    unknown URL -> one coded line, exit code 2, and no file created."""
    import sqlite3

    sqlite3.connect(tmp_path / "empty.db").close()
    arguments = [a.format(tmp=tmp_path) for a in arguments]
    result = runner.invoke(app, ["export", *arguments])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"[{code}]") and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "nowhere.db").exists()
