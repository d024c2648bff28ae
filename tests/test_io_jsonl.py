"""JSON Lines reading and writing: plain, gzip and stdin, with errors that name the line.

Gold corpora are read line by line into Articles that raise on a bad line (`read_json_lines` +
`article_from_json`, as the scorer does); one article's result is written as indented JSON.
"""

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest

from watchdog_nlp.errors import WatchdogError
from watchdog_nlp.io.jsonl import article_from_json, read_json_lines, read_text_file, source_stem, write_result
from watchdog_nlp.schema import ArticleResult, CaseRecord, Entity, Penalty


def write_lines(path: Path, lines: list[str]) -> Path:
    text = "\n".join(lines) + "\n"
    if path.suffix == ".gz":
        with gzip.open(path, "wt", encoding="utf-8") as stream:
            stream.write(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def read_articles(path, **fields):
    return [article_from_json(value, path=path, line=line, **fields) for line, value in read_json_lines(path)]


TWO_ARTICLES = [
    json.dumps({"id": "dev-000", "published": "2021-01-22", "text": "A court in Atyrau ..."}),
    json.dumps({"id": 7, "published": None, "text": "Aleš Bialiatski ..."}, ensure_ascii=False),
]


@pytest.mark.parametrize("name", ["news.jsonl", "news.jsonl.gz"])
def test_io_jsonl_reads_plain_and_gzip(tmp_path, name):
    """news.jsonl / news.jsonl.gz -> the same two Articles, ids as strings, dates parsed."""
    articles = list(read_articles(write_lines(tmp_path / name, TWO_ARTICLES)))
    assert [(a.id, a.published, a.text) for a in articles] == [
        ("dev-000", dt.date(2021, 1, 22), "A court in Atyrau ..."),
        ("7", None, "Aleš Bialiatski ..."),
    ]


@pytest.mark.parametrize(
    "name, expected_ids", [("news.jsonl", ["news:1", "news:3"]), ("feed.jsonl.gz", ["feed:1", "feed:3"])]
)
def test_io_jsonl_missing_id_uses_stem_and_line(tmp_path, name, expected_ids):
    """An article without id -> "<file stem>:<line number>", blank lines still counted."""
    path = write_lines(tmp_path / name, ['{"text": "a"}', "", '{"text": "b", "id": null}'])
    assert [article.id for article in read_articles(path)] == expected_ids


def test_io_jsonl_custom_field_names(tmp_path):
    """id_field / text_field / published_field pick other keys."""
    path = write_lines(tmp_path / "x.jsonl", ['{"doc": "d1", "body": "text", "date": "2020-02-29"}'])
    [article] = read_articles(path, id_field="doc", text_field="body", published_field="date")
    assert (article.id, article.text, article.published) == ("d1", "text", dt.date(2020, 2, 29))


def test_io_jsonl_reads_stdin(monkeypatch):
    """"-" reads standard input; made-up ids start with "stdin"."""
    monkeypatch.setattr("sys.stdin", io.StringIO('{"text": "from a pipe"}\n'))
    [article] = read_articles("-")
    assert (article.id, article.text) == ("stdin:1", "from a pipe")


@pytest.mark.parametrize(
    "lines, code, line_number",
    [
        (['{"text": "ok"}', '{"text": "cut'], "E003", 2),
        (['{"text": "ok"}', "", "[1, 2]"], "E013", 3),
        (['{"id": "a", "body": "no text field"}'], "E004", 1),
        (['{"id": "a", "text": 42}'], "E004", 1),
        (['{"text": "ok", "published": "22 Smarch 2021"}'], "E014", 1),
    ],
)
def test_io_jsonl_bad_line_names_path_and_line(tmp_path, lines, code, line_number):
    """Bad JSON, a non-object, no text or a bad date -> WatchdogError naming path and line."""
    path = write_lines(tmp_path / "bad.jsonl", lines)
    with pytest.raises(WatchdogError, match=code) as caught:
        list(read_articles(path))
    assert f"{path}, line {line_number}" in str(caught.value)


@pytest.mark.parametrize(
    "name, code", [("absent.jsonl", "E002"), ("folder.jsonl", "E015"), ("broken.jsonl.gz", "E015")]
)
def test_io_jsonl_unreadable_file(tmp_path, name, code):
    """Missing file, a directory, or a .gz that is not gzip -> one coded WatchdogError."""
    (tmp_path / "folder.jsonl").mkdir()
    (tmp_path / "broken.jsonl.gz").write_text('{"text": "plain"}\n', encoding="utf-8")
    with pytest.raises(WatchdogError, match=code):
        list(read_articles(tmp_path / name))


def test_io_jsonl_read_text_file(tmp_path, seed_text):
    """A .txt article -> Article with the file stem as id and the whole text."""
    path = tmp_path / "watchdog-2021-01-22.txt"
    path.write_text(seed_text, encoding="utf-8")
    article = read_text_file(path)
    assert (article.id, article.text, article.published) == ("watchdog-2021-01-22", seed_text, None)


def test_io_jsonl_read_text_file_missing(tmp_path):
    """A missing .txt -> E002 naming it."""
    with pytest.raises(WatchdogError, match=r"E002.*nowhere\.txt"):
        read_text_file(tmp_path / "nowhere.txt")


@pytest.mark.parametrize(
    "path, expected",
    [("a/news.jsonl", "news"), ("news.jsonl.gz", "news"), ("story.txt", "story"), ("-", "stdin"), ("raw", "raw")],
)
def test_io_jsonl_source_stem(path, expected):
    """path -> the stem used in made-up ids."""
    assert source_stem(path) == expected


RESULTS = [
    ArticleResult(
        id="dev-000",
        records=[
            CaseRecord(
                person="Maks Boqaev",
                role="activist",
                court_city="Atyrau",
                country="KZ",
                ruling="restriction",
                ruling_date="2021-01-22",
                sentence=[Penalty(kind="restricted_freedom", duration="P3Y")],
            )
        ],
        entities=[Entity(label="PERSON", text="Maks Boqaev", start=10, end=21)],
    ),
    ArticleResult(id="empty"),
]


@pytest.mark.parametrize("result", RESULTS, ids=["with-records", "empty"])
def test_io_jsonl_write_result_round_trip(tmp_path, result):
    """write_result then reading the file back gives the same result, as indented JSON."""
    path = tmp_path / "out.json"
    write_result(result, path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("{\n  ")
    assert sorted(json.loads(text)) == ["entities", "id", "records"]
    assert ArticleResult.model_validate_json(text) == result


def test_io_jsonl_write_result_to_stream():
    """An open stream is written to and left open."""
    stream = io.StringIO()
    write_result(RESULTS[1], stream)
    assert json.loads(stream.getvalue())["id"] == "empty"


def test_io_jsonl_write_result_unwritable(tmp_path):
    """A path in a missing folder -> E016 naming it."""
    with pytest.raises(WatchdogError, match="E016"):
        write_result(RESULTS[0], tmp_path / "missing" / "out.json")
