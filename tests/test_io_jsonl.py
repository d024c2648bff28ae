"""JSON Lines reading and writing: plain, gzip and stdin, with errors that name the line.

Gold corpora are read line by line into Articles that raise on a bad line (`read_json_lines` +
`article_from_json`, as the scorer does).
"""

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest

from watchdog_nlp.errors import WatchdogError
from watchdog_nlp.io.jsonl import FieldNames, article_from_json, read_json_lines, source_stem


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


@pytest.mark.parametrize("name, expected_ids", [("news.jsonl", ["news:1", "news:3"]), ("feed.jsonl.gz", ["feed:1", "feed:3"])])
def test_io_jsonl_missing_id_uses_stem_and_line(tmp_path, name, expected_ids):
    """An article without id -> "<file stem>:<line number>", blank lines still counted."""
    path = write_lines(tmp_path / name, ['{"text": "a"}', "", '{"text": "b", "id": null}'])
    assert [article.id for article in read_articles(path)] == expected_ids


def test_io_jsonl_custom_field_names(tmp_path):
    """FieldNames id / text / published pick other keys."""
    path = write_lines(tmp_path / "x.jsonl", ['{"doc": "d1", "body": "text", "date": "2020-02-29"}'])
    [article] = read_articles(path, fields=FieldNames(id="doc", text="body", published="date"))
    assert (article.id, article.text, article.published) == ("d1", "text", dt.date(2020, 2, 29))


def test_io_jsonl_reads_stdin(monkeypatch):
    """ "-" reads standard input; made-up ids start with "stdin"."""
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


@pytest.mark.parametrize("name, code", [("absent.jsonl", "E002"), ("folder.jsonl", "E015"), ("broken.jsonl.gz", "E015")])
def test_io_jsonl_unreadable_file(tmp_path, name, code):
    """Missing file, a directory, or a .gz that is not gzip -> one coded WatchdogError."""
    (tmp_path / "folder.jsonl").mkdir()
    (tmp_path / "broken.jsonl.gz").write_text('{"text": "plain"}\n', encoding="utf-8")
    with pytest.raises(WatchdogError, match=code):
        list(read_articles(tmp_path / name))


@pytest.mark.parametrize(
    "path, expected",
    [("a/news.jsonl", "news"), ("news.jsonl.gz", "news"), ("story.txt", "story"), ("-", "stdin"), ("raw", "raw")],
)
def test_io_jsonl_source_stem(path, expected):
    """path -> the stem used in made-up ids."""
    assert source_stem(path) == expected


@pytest.mark.parametrize(
    "published, expected",
    [
        ("2021-01-22T10:00:00Z", dt.date(2021, 1, 22)),
        ("2021-01-22T23:30:00+05:00", dt.date(2021, 1, 22)),
        (1611309600, dt.date(2021, 1, 22)),
        ("22 January 2021", dt.date(2021, 1, 22)),
        (None, None),
        ("Tuesday", "unreadable"),
    ],
)
def test_io_jsonl_one_rule_for_gold_and_dumps(tmp_path, published, expected):
    """published value -> the same date for a gold line and a dump line (one function,
    article_from_object); a date that is no date is E014 in gold, a warning in a dump."""
    from watchdog_nlp.io.readers import ReadWarning, read_inputs

    path = write_lines(tmp_path / "one.jsonl", [json.dumps({"id": "a", "text": "t", "published": published})])
    warnings: list[ReadWarning] = []
    [article] = read_inputs([path], on_warning=warnings.append)
    if expected == "unreadable":
        with pytest.raises(WatchdogError, match="E014"):
            read_articles(path)
        assert article.published is None and "unreadable published date 'Tuesday'" in warnings[0].reason
    else:
        [gold] = read_articles(path)
        assert gold.published == article.published == expected and not warnings
