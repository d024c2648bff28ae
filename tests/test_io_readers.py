"""Batch readers: JSON Lines, folders of pages and web archives -> one Article or Reject per item."""

import datetime as dt
import gzip
import io
import json
import os
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from watchdog_nlp.errors import WatchdogError
from watchdog_nlp.io.readers import FieldNames, Reject, read_inputs, write_rejects
from watchdog_nlp.schema import Article

BOQAEV = (
    "A court in Atyrau sentenced the activist Maks Boqaev to three years of restricted freedom "
    "on charges of spreading false information."
)
APPEAL = "His lawyer said the verdict would be appealed at the regional court next month."
RUSSIAN = "Суд в Москве приговорил активиста к пяти годам колонии."
#: bytes no text encoding plausibly reads (controls and cp1252's undefined bytes)
BINARY = b'{"text": "\x81\x8d\x8f\x90\x9d\x00\x01"}'
NO_LEGACY = "and no legacy encoding fits (--encoding sets one)"


def page(head: str = "", title: str = "Activist sentenced in Atyrau", body: str = BOQAEV) -> str:
    """A small news page: navigation, an <article> with a headline and two paragraphs, a footer."""
    return (
        f"<html><head><title>{title}</title>{head}</head><body><nav>Home | News | Contact</nav>"
        f"<article><h1>{title}</h1><p>{body}</p><p>{APPEAL}</p></article>"
        "<footer>Copyright 2019 Example News</footer></body></html>"
    )


PAGE_TEXT = f"Activist sentenced in Atyrau\n{BOQAEV}\n{APPEAL}"
META_DATE = '<meta property="article:published_time" content="2021-01-22T10:00:00Z">'
CANONICAL = '<link rel="canonical" href="https://example.org/boqaev">'
EMPTY_PAGE = "<html><head><title>Gone</title></head><body></body></html>"


def write_bytes(path: Path, lines: list[bytes], compress: bool = False) -> Path:
    data = b"\n".join(lines) + b"\n"
    path.write_bytes(gzip.compress(data) if compress else data)
    return path


def line(**value) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def summary(item: Article | Reject) -> tuple:
    if isinstance(item, Reject):
        return ("reject", item.line, item.reason)
    return (item.id, item.text, item.published, item.url)


@pytest.mark.parametrize(
    "raw, expected",
    [
        (
            line(id="a1", text="ok", published="2021-01-22", url="https://x.org/a1"),
            ("a1", "ok", dt.date(2021, 1, 22), "https://x.org/a1"),
        ),
        (line(id=7, text="numeric id"), ("7", "numeric id", None, None)),
        (line(text="no id"), ("dump:1", "no id", None, None)),
        (line(text="timestamp", published="2021-01-22T10:00:00Z"), ("dump:1", "timestamp", dt.date(2021, 1, 22), None)),
        (line(text="blank date", published=""), ("dump:1", "blank date", None, None)),
        (b'\xef\xbb\xbf{"text": "after a BOM"}', ("dump:1", "after a BOM", None, None)),
        (b'{"text": "cut', ("reject", 1, "malformed JSON: Unterminated string starting at (column 10)")),
        (b"[1, 2]", ("reject", 1, "not a JSON object: got array")),
        (b'"just a string"', ("reject", 1, "not a JSON object: got string")),
        (line(id="a", body="elsewhere"), ("reject", 1, "missing text field 'text'")),
        (line(id="a", text=42), ("reject", 1, "text field 'text' is not a string: got number")),
        (line(id="a", text=None), ("reject", 1, "text field 'text' is not a string: got null")),
        (line(id="a", text=""), ("reject", 1, "empty text")),
        (line(id="a", text=" \n\t "), ("reject", 1, "empty text")),
        (b'{"text": "caf\xe9"}', ("dump:1", "caf\xe9", None, None)),
        (BINARY, ("reject", 1, f"undecodable bytes: not UTF-8 at byte 10, {NO_LEGACY}")),
        (line(text="x" * 21), ("reject", 1, "oversized: 21 characters > 20")),
        (line(text="ok", published="22 January 2021"), ("dump:1", "ok", dt.date(2021, 1, 22), None)),
        (line(text="ok", published=20210122), ("dump:1", "ok", dt.date(2021, 1, 22), None)),
        (line(text="ok", published="2021-02-30"), ("dump:1", "ok", None, None)),
    ],
)
def test_readers_jsonl_line_to_article_or_reject(tmp_path, raw, expected):
    """One JSON line -> the Article it holds, or a Reject with a one-line reason (max_chars=20)."""
    [item] = read_inputs([write_bytes(tmp_path / "dump.jsonl", [raw])], max_chars=20)
    assert summary(item) == expected
    if isinstance(item, Reject):
        assert item.source == str(tmp_path / "dump.jsonl")


MIXED_DUMP = [
    line(id="good-1", text=BOQAEV, published="2021-01-22"),
    b"",
    b'{"id": "broken", "text": ',
    b"   ",
    b"42",
    line(id="empty", text=""),
    BINARY,
    line(id="long", text="x" * 1000),
    line(id="good-2", text=APPEAL),
    line(text="no id", published="not a date"),
]


@pytest.mark.parametrize(
    "name, compress",
    [("dump.jsonl", False), ("dump.jsonl.gz", True), ("dump.json.gz", True), ("dump.jsonl", True), ("dump.ndjson", False)],
)
def test_readers_jsonl_dump_accounts_for_every_line(tmp_path, name, compress):
    """plain / gzip (by suffix or magic bytes) dump -> articles + rejects == non-blank lines, numbered."""
    path = write_bytes(tmp_path / name, MIXED_DUMP, compress=compress)
    items = list(read_inputs([path], max_chars=500))
    assert [item.id for item in items if isinstance(item, Article)] == ["good-1", "good-2", "dump:10"]
    assert [(item.line, item.reason.split(":")[0]) for item in items if isinstance(item, Reject)] == [
        (3, "malformed JSON"),
        (5, "not a JSON object"),
        (6, "empty text"),
        (7, "undecodable bytes"),
        (8, "oversized"),
    ]
    assert len(items) == sum(1 for raw in MIXED_DUMP if raw.strip()) == 8


def test_readers_custom_field_names(tmp_path):
    """FieldNames(id="doc", text="body", published="date", url="link") reads those keys instead."""
    path = write_bytes(
        tmp_path / "custom.jsonl",
        [line(doc="d1", body="the text", date="2020-02-29", link="https://x.org/d1"), line(text="only default key")],
    )
    fields = FieldNames(id="doc", text="body", published="date", url="link")
    first, second = read_inputs([path], fields=fields)
    assert summary(first) == ("d1", "the text", dt.date(2020, 2, 29), "https://x.org/d1")
    assert summary(second) == ("reject", 2, "missing text field 'body'")


@pytest.mark.parametrize(
    "data, expected",
    [
        (
            b'{"text": "from a pipe"}\n\n' + BINARY + b"\n",
            [("stdin:1", "from a pipe", None, None), ("reject", 3, f"undecodable bytes: not UTF-8 at byte 10, {NO_LEGACY}")],
        ),
        (gzip.compress(b'{"id": "z", "text": "zipped pipe"}\n'), [("z", "zipped pipe", None, None)]),
    ],
)
def test_readers_stdin_bytes(monkeypatch, data, expected):
    """ "-" reads stdin's bytes: strict UTF-8 per line, gzip recognised by its magic bytes."""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data)), encoding="utf-8"))
    items = list(read_inputs(["-"]))
    assert [summary(item) for item in items] == expected
    assert all(item.source == "stdin" for item in items if isinstance(item, Reject))


def test_readers_stdin_text_stream(monkeypatch):
    """A text-only stdin (no .buffer) is read line by line as text."""
    monkeypatch.setattr("sys.stdin", io.StringIO('{"text": "typed"}\n[]\n'))
    assert [summary(item) for item in read_inputs(["-"])] == [
        ("stdin:1", "typed", None, None),
        ("reject", 2, "not a JSON object: got array"),
    ]


def test_readers_truncated_gzip_rejects_the_rest(tmp_path):
    """A gzip dump cut short -> the lines before the cut, then one Reject naming where it broke."""
    data = gzip.compress(b"\n".join(line(id=f"a{n}", text="some text " * 50) for n in range(200)))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = list(read_inputs([path]))
    *articles, last = items
    assert articles and all(isinstance(item, Article) for item in articles)
    assert [item.id for item in articles] == [f"a{n}" for n in range(len(articles))]
    assert isinstance(last, Reject) and last.line == len(articles) + 1
    assert last.reason.startswith("unreadable: Compressed file ended")


def build_folder(root: Path) -> dict[str, bytes]:
    files = {
        "b-story.txt": BOQAEV.encode("utf-8"),
        "a/2021/boqaev.html": page(META_DATE + CANONICAL).encode("utf-8"),
        "a/2021/undated.htm": page(title="Undated report").encode("utf-8"),
        "a/2021/empty.html": EMPTY_PAGE.encode("utf-8"),
        "a/notes.md": b"not an article",
        "a/style.css": b"body {}",
        "c/blank.txt": b"  \n",
        "c/cp1251.txt": RUSSIAN.encode("cp1251"),
        "c/binary.txt": BINARY,
        "c/UPPER.TXT": b"Upper-case suffix",
    }
    for name, content in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(content)
    return files


def test_readers_folder_of_pages(tmp_path):
    """folder -> every .txt/.html/.htm below it, sorted; id = relative path; HTML via trafilatura."""
    root = tmp_path / "pages"
    build_folder(root)
    items = list(read_inputs([root], max_chars=10_000))
    assert [summary(item) for item in items] == [
        ("b-story.txt", BOQAEV, None, None),
        ("a/2021/boqaev.html", PAGE_TEXT, dt.date(2021, 1, 22), "https://example.org/boqaev"),
        ("reject", None, "empty text: no main text found in the page"),
        ("a/2021/undated.htm", f"Undated report\n{BOQAEV}\n{APPEAL}", None, None),
        ("c/UPPER.TXT", "Upper-case suffix", None, None),
        ("reject", None, f"undecodable bytes: not UTF-8 at byte 10, {NO_LEGACY}"),
        ("reject", None, "empty text"),
        ("c/cp1251.txt", RUSSIAN, None, None),
    ]
    assert [item.source for item in items if isinstance(item, Reject)] == [
        str(root / "a/2021/empty.html"),
        str(root / "c/binary.txt"),
        str(root / "c/blank.txt"),
    ]


def test_readers_folder_unreadable_file_is_rejected(tmp_path):
    """A page that cannot be read (a dangling link) -> a Reject naming it, the others still read."""
    (tmp_path / "a.txt").write_text("first", encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "c.txt").write_text("third", encoding="utf-8")
    assert [summary(item) for item in read_inputs([tmp_path])] == [
        ("a.txt", "first", None, None),
        ("reject", None, "unreadable: No such file or directory"),
        ("c.txt", "third", None, None),
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists every folder")
def test_readers_folder_unlistable_subfolder_is_rejected(tmp_path):
    """A subfolder without read permission -> a Reject naming it instead of a silent gap."""
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "z.txt").write_text("visible", encoding="utf-8")
    (tmp_path / "locked").chmod(0)
    try:
        items = [summary(item) for item in read_inputs([tmp_path])]
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert items == [("z.txt", "visible", None, None), ("reject", None, "unreadable folder: Permission denied")]


@pytest.mark.parametrize(
    "head, body, expected",
    [
        (META_DATE, BOQAEV, dt.date(2021, 1, 22)),
        ('<meta name="date" content="2020-06-10">', BOQAEV, dt.date(2020, 6, 10)),
        ("", '<time datetime="2021-01-20">20 January</time> ' + BOQAEV, dt.date(2021, 1, 20)),
        ("", BOQAEV, None),
        ("", "On 3 March 2018 a court in Atyrau sentenced the activist.", None),
    ],
)
def test_readers_html_date_comes_from_markup(tmp_path, head, body, expected):
    """An HTML page's date -> from its meta tags or <time>, never guessed from body text or the footer."""
    path = tmp_path / "story.html"
    path.write_text(page(head, body=body), encoding="utf-8")
    [article] = read_inputs([path])
    assert (article.id, article.published) == ("story.html", expected)


WARC_DATE = "2021-01-25T08:00:00Z"
RECORDS = [
    ("https://example.org/boqaev", "200 OK", "text/html; charset=utf-8", page(META_DATE)),
    ("https://example.org/undated", "200 OK", "text/html", page(title="Undated report")),
    ("https://example.org/style.css", "200 OK", "text/css", "body {}"),
    ("https://example.org/gone", "404 Not Found", "text/html", page(title="Not found")),
    ("https://example.org/menu", "200 OK", "application/xhtml+xml", EMPTY_PAGE),
]


def build_warc(path: Path, compress: bool) -> Path:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for uri, status, content_type, body in RECORDS:
            http_headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    "response",
                    payload=io.BytesIO(body.encode("utf-8")),
                    http_headers=http_headers,
                    warc_headers_dict={"WARC-Date": WARC_DATE},
                )
            )
        writer.write_record(
            writer.create_warc_record("https://example.org/boqaev", "metadata", payload=io.BytesIO(b"via: crawl"))
        )
    return path


@pytest.mark.parametrize("name, compress", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_readers_warc_html_responses_only(tmp_path, name, compress):
    """WARC -> one item per HTML 200 response: page date, else capture date; CSS, 404, warcinfo skipped."""
    path = build_warc(tmp_path / name, compress)
    items = list(read_inputs([path]))
    assert [summary(item) for item in items] == [
        ("https://example.org/boqaev", PAGE_TEXT, dt.date(2021, 1, 22), "https://example.org/boqaev"),
        (
            "https://example.org/undated",
            f"Undated report\n{BOQAEV}\n{APPEAL}",
            dt.date(2021, 1, 25),
            "https://example.org/undated",
        ),
        ("reject", 6, "empty text: no main text found in the page"),
    ]
    assert items[-1].source == f"{path}#https://example.org/menu"
    assert len(items) == sum(1 for _, status, kind, _ in RECORDS if status == "200 OK" and kind != "text/css")


def arc_block(header: bytes, body: bytes) -> bytes:
    """One ARC v1 block: a header line ending in the body's length, the body, a blank line."""
    return header + b" " + str(len(body)).encode() + b"\n" + body + b"\n"


@pytest.mark.parametrize("name, compress", [("old.arc", False), ("old.arc.gz", True)])
def test_readers_arc_html_response(tmp_path, name, compress):
    """An ARC v1 file (the format before WARC) -> its HTML 200 page, dated by the capture."""
    version = arc_block(
        b"filedesc://old.arc 0.0.0.0 20210125080000 text/plain",
        b"1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n",
    )
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + page(title="Undated report").encode()
    record = arc_block(b"https://example.org/arc 192.0.2.1 20210125080000 text/html", http)
    blocks = [version, record]
    (tmp_path / name).write_bytes(b"".join(gzip.compress(block) if compress else block for block in blocks))
    assert [summary(item) for item in read_inputs([tmp_path / name])] == [
        ("https://example.org/arc", f"Undated report\n{BOQAEV}\n{APPEAL}", dt.date(2021, 1, 25), "https://example.org/arc")
    ]


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"<html>" + b"x" * 500 + b"</html>\n", "unreadable archive: Unknown archive format, first line: ['<html>xxx"),
        (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\n0123456789", "unreadable archive: "),
    ],
)
def test_readers_broken_archive_is_rejected(tmp_path, data, reason):
    """A .warc that is not an archive, or a response without target URI -> one short Reject, no crash."""
    path = tmp_path / "broken.warc"
    path.write_bytes(data)
    [item] = read_inputs([path])
    assert isinstance(item, Reject) and (item.source, item.line) == (str(path), 1)
    assert item.reason.startswith(reason) and len(item.reason) <= 220


def test_readers_several_inputs_in_order(tmp_path, monkeypatch):
    """[dump, folder, warc, "-"] -> their items one input after the other."""
    dump = write_bytes(tmp_path / "dump.jsonl", [line(id="j1", text="json")])
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "t.txt").write_text("text file", encoding="utf-8")
    warc = build_warc(tmp_path / "crawl.warc.gz", True)
    monkeypatch.setattr("sys.stdin", io.StringIO('{"id": "s1", "text": "piped"}\n'))
    ids = [item.id if isinstance(item, Article) else "reject" for item in read_inputs([dump, tmp_path / "pages", warc, "-"])]
    assert ids == ["j1", "t.txt", "https://example.org/boqaev", "https://example.org/undated", "reject", "s1"]


@pytest.mark.parametrize(
    "make, code",
    [
        (lambda tmp: [tmp / "absent.jsonl"], "E002"),
        (lambda tmp: [tmp / "absent-folder"], "E002"),
        (lambda tmp: [tmp / "ok.jsonl", tmp / "absent.warc.gz"], "E002"),
        (lambda tmp: [tmp / "table.xlsx"], "E030"),
        (lambda tmp: [tmp / "ok.jsonl", tmp / "table.csv"], "E048"),
    ],
)
def test_readers_bad_input_path_raises_before_reading(tmp_path, make, code):
    """A missing or unknown input -> a coded WatchdogError at the first item, before any is read."""
    write_bytes(tmp_path / "ok.jsonl", [line(text="fine")])
    (tmp_path / "table.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / "table.xlsx").write_bytes(b"PK")
    items = read_inputs(make(tmp_path))
    with pytest.raises(WatchdogError, match=code):
        next(items)


@pytest.mark.parametrize("max_chars", [0, -5, 2.5])
def test_readers_bad_max_chars(tmp_path, max_chars):
    """max_chars 0 / negative / not an int -> E032."""
    with pytest.raises(WatchdogError, match="E032"):
        next(read_inputs([write_bytes(tmp_path / "ok.jsonl", [line(text="fine")])], max_chars=max_chars))


REJECTS = [
    Reject(source="dump.jsonl", line=3, reason="malformed JSON: Expecting value (column 1)"),
    Reject(source="crawl.warc.gz#https://example.org/menu", line=6, reason="empty text"),
    Reject(source="pages/c/blank.txt", line=None, reason="empty text"),
]


@pytest.mark.parametrize("name", ["rejects.jsonl", "rejects.jsonl.gz"])
def test_readers_write_rejects_round_trip(tmp_path, name):
    """write_rejects -> one {"source", "line", "reason"} line each, read back equal."""
    path = tmp_path / name
    assert write_rejects(REJECTS, path) == 3
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as stream:
        lines = [json.loads(raw) for raw in stream]
    assert [list(value) for value in lines] == [["source", "line", "reason"]] * 3
    assert [Reject.model_validate(value) for value in lines] == REJECTS


def test_readers_write_rejects_to_stream():
    """An open stream is written to, as the rejects of a run go by."""
    stream = io.StringIO()
    write_rejects(iter(REJECTS[:1]), stream)
    assert json.loads(stream.getvalue()) == {
        "source": "dump.jsonl",
        "line": 3,
        "reason": "malformed JSON: Expecting value (column 1)",
    }


@pytest.mark.parametrize(("name", "compress"), [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_readers_truncated_archive_keeps_complete_records(tmp_path, name, compress):
    """A WARC cut at any byte inside its last HTML page -> the pages before it, then one torn-record reject;
    cut inside the second record's page -> the first page and the reject (cut between record offsets, as
    record ids and dates make the archive's length differ from run to run)."""
    whole = build_warc(tmp_path / f"whole-{name}", compress).read_bytes()
    path = tmp_path / name
    complete = [summary(item) for item in read_inputs([tmp_path / f"whole-{name}"])][:2]
    cut_points = range(len(whole) // 2, len(whole) - 1, 37)
    for cut in cut_points:
        path.write_bytes(whole[:cut])
        items = list(read_inputs([path]))
        articles = [summary(item) for item in items if isinstance(item, Article)]
        assert articles == complete[: len(articles)]
        torn = [item for item in items if isinstance(item, Reject) and item.reason.startswith("torn record")]
        assert len(torn) <= 1 and all(item.line is not None for item in torn)
    with (tmp_path / f"whole-{name}").open("rb") as stream:
        records = ArchiveIterator(stream)
        offsets = [records.get_record_offset() for _ in records]
    path.write_bytes(whole[: (offsets[2] + offsets[3]) // 2])
    items = list(read_inputs([path]))
    assert [type(item).__name__ for item in items] == ["Article", "Reject"]
    assert items[1].reason == "torn record: the archive ends inside it (a truncated file)"
