"""JSON-array (.json) and CSV/TSV dumps as inputs, with the field options of JSON Lines: every
element or row becomes an Article or a Reject naming its line (JSON) or row (CSV); a malformed
file is a coded error or one Reject with its line, never a traceback."""

import datetime as dt
import gzip
import json

import pytest

from watchdog_nlp.errors import WatchdogError
from watchdog_nlp.io import readers
from watchdog_nlp.io.readers import FieldNames, Reject, read_inputs

ARTICLES = [
    {"id": "a1", "text": "A court in Atyrau sentenced the activist.", "published": "2021-01-22", "url": "https://x.org/a1"},
    {"text": "No id, a timestamp.", "published": "2021-01-22T10:00:00Z"},
    {"id": 7, "text": 'Numeric id,\nand a "quote".'},
]
EXPECTED = [
    ("a1", "A court in Atyrau sentenced the activist.", dt.date(2021, 1, 22), "https://x.org/a1"),
    ("dump:{n}", "No id, a timestamp.", dt.date(2021, 1, 22), None),
    ("7", 'Numeric id,\nand a "quote".', None, None),
]


def summary(item) -> tuple:
    if isinstance(item, Reject):
        return ("reject", item.line, item.reason)
    return (item.id, item.text, item.published, item.url)


def write(path, text: str):
    data = text.encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


@pytest.mark.parametrize("name", ["dump.json", "dump.json.gz"])
@pytest.mark.parametrize("chunk", [1 << 20, 7])
def test_io_readers_dumps_json_array(tmp_path, monkeypatch, name, chunk):
    """A JSON array of articles (also gzip, also read 7 characters at a time) -> one Article per
    element, made-up ids from the element's line."""
    monkeypatch.setattr(readers, "ARRAY_CHUNK", chunk)
    path = write(tmp_path / name, json.dumps(ARTICLES, indent=1))
    expected = [tuple(v.format(n=8) if isinstance(v, str) else v for v in row) for row in EXPECTED]
    assert [summary(item) for item in read_inputs([path])] == expected


def test_io_readers_dumps_json_lines_in_a_json_file(tmp_path):
    """A .json file holding JSON Lines -> read as JSON Lines."""
    path = write(tmp_path / "dump.json", "\n".join(json.dumps(a) for a in ARTICLES))
    assert [summary(item)[0] for item in read_inputs([path])] == ["a1", "dump:2", "7"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '[{"text": "ok"}, [1], {"body": "x"}, {"text": " "}]',
            [
                ("dump:1", "ok", None, None),
                ("reject", 1, "not a JSON object: got array"),
                ("reject", 1, "missing text field 'text'"),
                ("reject", 1, "empty text"),
            ],
        ),
        (
            '[\n{"text": "ok"},\n{"text": "cut',
            [
                ("dump:2", "ok", None, None),
                (
                    "reject",
                    3,
                    "malformed JSON array: Unterminated string starting at (line 3, column 10); the rest of the file is not read",
                ),
            ],
        ),
        (
            '[{"text": "ok"} {"text": "no comma"}]',
            [
                ("dump:1", "ok", None, None),
                (
                    "reject",
                    1,
                    "malformed JSON array: expected ',' or ']' after an element (line 1, column 17); the rest of the file is not read",
                ),
            ],
        ),
        (
            '[{"text": "ok"}',
            [
                ("dump:1", "ok", None, None),
                (
                    "reject",
                    1,
                    "malformed JSON array: the file ends inside the array (line 1, column 16); the rest of the file is not read",
                ),
            ],
        ),
        (
            '[{"text": "ok"}] []',
            [
                ("dump:1", "ok", None, None),
                (
                    "reject",
                    1,
                    "malformed JSON array: extra data after the array's end (line 1, column 18); the rest of the file is not read",
                ),
            ],
        ),
        ("[]", []),
    ],
)
def test_io_readers_dumps_json_array_bad_elements(tmp_path, text, expected):
    """Elements that hold no article -> Rejects; a syntax error -> the elements before it, then one
    Reject naming its line and column."""
    assert [summary(item) for item in read_inputs([write(tmp_path / "dump.json", text)])] == expected


def test_io_readers_dumps_json_array_element_limit(tmp_path, monkeypatch):
    """An element far larger than max_chars allows (4 characters a character) -> one Reject as
    soon as that much is read without its end, so memory stays bounded."""
    monkeypatch.setattr(readers, "ARRAY_CHUNK", 7)
    path = write(tmp_path / "dump.json", json.dumps([{"text": "x" * 200}, {"text": "ok"}]))
    [reject] = read_inputs([path], max_chars=10)
    assert reject.reason.startswith("malformed JSON array: an element over 40 characters")


@pytest.mark.parametrize("text", ["", "  ", '"a string"', "42", "<html>"])
def test_io_readers_dumps_json_neither_array_nor_lines(tmp_path, text):
    """A .json file that starts with neither '[' nor '{' -> E047 before anything is read."""
    with pytest.raises(WatchdogError, match="E047"):
        list(read_inputs([write(tmp_path / "dump.json", text)]))


@pytest.mark.parametrize("name, delimiter", [("dump.csv", ","), ("dump.tsv", "\t"), ("dump.csv.gz", ",")])
def test_io_readers_dumps_table(tmp_path, name, delimiter):
    """A CSV/TSV dump with a header row -> one Article per row (quoted cells may hold the
    delimiter, quotes and line breaks); empty cells are missing values; ids made up from the row."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(["url", "published", "text", "id", "extra"])
    for article in ARTICLES:
        writer.writerow([article.get("url", ""), article.get("published", ""), article["text"], article.get("id", ""), "x"])
    path = write(tmp_path / name, out.getvalue())
    expected = [tuple(v.format(n=3) if isinstance(v, str) else v for v in row) for row in EXPECTED]
    assert [summary(item) for item in read_inputs([path])] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'id,text\nr1,ok\nr2\nr3,ok,extra\nr4,\n\nr5,"fine"\n',
            [
                ("r1", "ok", None, None),
                ("reject", 3, "malformed row: 1 cells, the header has 2"),
                ("reject", 4, "malformed row: 3 cells, the header has 2"),
                ("reject", 5, "empty text"),
                ("r5", "fine", None, None),
            ],
        ),
    ],
)
def test_io_readers_dumps_table_bad_rows(tmp_path, text, expected):
    """Rows of the wrong width or without text -> Rejects naming their spreadsheet row (header = 1)."""
    assert [summary(item) for item in read_inputs([write(tmp_path / "dump.csv", text)])] == expected


def test_io_readers_dumps_table_field_options(tmp_path):
    """--id-field / --text-field / --published-field / --url-field name the columns."""
    path = write(tmp_path / "dump.csv", "doc,body,date,link\nd1,the text,2020-02-29,https://x.org/d1\n")
    fields = FieldNames(id="doc", text="body", published="date", url="link")
    assert [summary(item) for item in read_inputs([path], fields=fields)] == [
        ("d1", "the text", dt.date(2020, 2, 29), "https://x.org/d1")
    ]


@pytest.mark.parametrize("text", ["", "id,body\nr1,x\n"])
def test_io_readers_dumps_table_without_text_column(tmp_path, text):
    """A table whose header has no text column (or no header) -> E048 naming the column, before
    anything is read."""
    with pytest.raises(WatchdogError, match=r"E048.*'text' column"):
        list(read_inputs([write(tmp_path / "dump.csv", text)]))
