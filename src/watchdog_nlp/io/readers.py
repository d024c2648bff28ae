"""Batch readers: article dumps of any size (JSON Lines, JSON arrays, CSV/TSV, folders of pages,
web archives) as a stream.

Every input item ends up as exactly one `Article` or one `Reject`, so a run can account for all of
them: a JSON line (blank lines are not items), an element of a JSON array, a row of a table, a
.txt / .html file of a folder, an HTML 200 response of a WARC / ARC archive. Dumps are read line by
line, element by element or record by record, never whole. Text inputs are decoded as
`io.encodings.Decoding` says (UTF-8, a byte-order mark, `FieldNames.encoding`, or detected).
"""

import csv
import datetime as dt
import io
import itertools
import json
import logging
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel, ConfigDict

from ..errors import Errors, WatchdogError
from ..schema import Article
from .encodings import DETECTION_BYTES, Decoding, check_encoding
from .jsonl import STDIO, FieldNames, NoArticle, article_from_object, open_binary, open_output, peek, source_stem

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
#: a JSON array of article objects, or JSON Lines: told apart by the first character
JSON_SUFFIXES = (".json", ".json.gz")
TABLE_SUFFIXES = (".csv", ".csv.gz", ".tsv", ".tsv.gz")
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
PAGE_SUFFIXES = (".txt", ".html", ".htm")
HTML_TYPES = ("text/html", "application/xhtml+xml")
_READ_ERRORS = (OSError, EOFError, zlib.error)
#: bytes of HTML per character of main text beyond which a page is refused before it is parsed
#: (parsing a 100 MB page takes minutes and gigabytes; real pages hold far more text per byte)
HTML_BYTES_PER_CHAR = 4
_log = logging.getLogger(__name__)


class Reject(BaseModel):
    """An input item that could not become an Article, or an article that could not be extracted
    or stored, and why (one line); `id` and `stage` ("read", "model", "assembly", "worker",
    "write") name the article and the step that failed, when known."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str
    line: int | None = None
    reason: str
    id: str | None = None
    stage: str | None = None

    def to_json(self) -> str:
        """One JSON line; `id` and `stage` only when set, so reader rejects keep their three keys."""
        unset = {name for name in ("id", "stage") if getattr(self, name) is None}
        return json.dumps(self.model_dump(mode="json", exclude=unset), ensure_ascii=False)


class ReadWarning(Reject):
    """A problem with an input item that did not stop it: a publication date that is no date, say,
    after which the article is read with `published` = None."""


def read_inputs(
    inputs: Sequence[str | Path],
    *,
    fields: FieldNames = FieldNames(),
    max_chars: int = 5_000_000,
    on_warning: Callable[[ReadWarning], None] | None = None,
) -> Iterator[Article | Reject]:
    """Stream an Article or a Reject for every item of every input, in order.

    "-" is JSON Lines on stdin; .jsonl / .ndjson files are JSON Lines (gzip is detected); .json
    files a JSON array or JSON Lines; .csv / .tsv files tables with a header row; a folder holds
    .txt and .html pages; .warc / .arc files are web archives. Every path is checked before the
    first item is read: a missing one raises E002, an unknown kind E030 (and see `_reader_for`). Warnings about
    items that are read anyway go to `on_warning` (to count them or write them beside the rejects),
    else to this module's logger, just before their Article.
    """
    for _, item in read_sourced(inputs, fields=fields, max_chars=max_chars, on_warning=on_warning):
        yield item


def read_sourced(
    inputs: Sequence[str | Path],
    *,
    fields: FieldNames = FieldNames(),
    max_chars: int = 5_000_000,
    on_warning: Callable[[ReadWarning], None] | None = None,
) -> Iterator[tuple[str, Article | Reject]]:
    """`read_inputs` with the input each item comes from ("stdin" for "-"), for messages about it."""
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1:
        raise WatchdogError(Errors.E032.format(value=max_chars))
    check_encoding(fields.encoding)
    readers = [_reader_for(source, fields) for source in inputs]
    for reader, source in zip(readers, inputs):
        name = "stdin" if str(source) == STDIO else str(source)
        for item in reader(source, fields, max_chars):
            if not isinstance(item, ReadWarning):
                yield name, item
            elif on_warning is not None:
                on_warning(item)
            else:
                _log.warning("%s%s: %s", item.source, "" if item.line is None else f", line {item.line}", item.reason)


def write_rejects(rejects: Iterable[Reject], path_or_stream: str | Path | IO[str]) -> int:
    """Write one JSON line {"source", "line", "reason"} per reject ("-" is stdout, ".gz" compresses).

    Returns the number of lines written.
    """
    count = 0
    with open_output(path_or_stream) as stream:
        for reject in rejects:
            stream.write(reject.to_json() + "\n")
            count += 1
    return count


Reader = Callable[[str | Path, FieldNames, int], Iterator[Article | Reject]]


def _reader_for(source: str | Path, fields: FieldNames) -> Reader:
    """The reader for one input, chosen by its kind; raises WatchdogError for a missing or unknown
    one, a .json file that holds neither an array nor JSON Lines, a table without a text column."""
    if str(source) == STDIO:
        return _read_json_lines
    path = Path(source)
    name = path.name.lower()
    if path.is_dir():
        return _read_folder
    if not path.exists():
        raise WatchdogError(Errors.E002.format(path=path))
    if name.endswith(JSONL_SUFFIXES):
        return _read_json_lines
    if name.endswith(JSON_SUFFIXES):
        return _read_json_array if _first_character(path) == "[" else _read_json_lines
    if name.endswith(TABLE_SUFFIXES):
        _check_header(path, fields)
        return _read_table
    if name.endswith(ARCHIVE_SUFFIXES):
        _require("web archives", "warcio")
        _require("web archives", "trafilatura")
        return _read_archive
    if name.endswith(PAGE_SUFFIXES):
        if not name.endswith(".txt"):
            _require("HTML pages", "trafilatura")
        return _read_page_file
    raise WatchdogError(Errors.E030.format(path=path))


def _require(what: str, package: str) -> None:
    try:
        __import__(package)
    except ImportError as err:
        raise WatchdogError(Errors.E031.format(what=what, package=package, reason=_one_line(err))) from None


def _read_json_lines(source: str | Path, fields: FieldNames, max_chars: int) -> Iterator[Article | Reject]:
    """Every line of a JSON Lines input, decoded as `Decoding` says (a UTF-16/32 input, known by its
    byte-order mark or `fields.encoding`, is decoded as one text stream)."""
    name = "stdin" if str(source) == STDIO else str(source)
    stem = source_stem(source)
    decoding = Decoding(fields.encoding)
    number = 0
    try:
        with _lines(source, decoding) as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                if isinstance(line, bytes):
                    try:
                        line = decoding.decode(line, first=number == 1)
                    except UnicodeDecodeError as err:
                        yield Reject(source=name, line=number, reason=decoding.failure(err))
                        continue
                note = decoding.note()
                if note:
                    yield ReadWarning(source=name, line=number, reason=note)
                yield from _article_from_line(line, name, number, stem, fields, max_chars)
    except (*_READ_ERRORS, UnicodeDecodeError) as err:
        yield Reject(source=name, line=number + 1, reason=f"unreadable: {_one_line(err)}")


@contextmanager
def _lines(source: str | Path, decoding: Decoding) -> Iterator[Iterable[bytes | str]]:
    """The lines of a JSON Lines input: bytes to decode one by one, or str when stdin is a
    text-only stream or the input is UTF-16/32 (`Decoding.wide`)."""
    if str(source) == STDIO and not hasattr(sys.stdin, "buffer"):
        yield sys.stdin
        return
    with open_binary(source) as stream:
        wide = decoding.wide(peek(stream, 4))
        if wide is None:
            yield stream
        else:
            yield io.TextIOWrapper(stream, encoding=wide)


def _article_from_line(
    line: str, source: str, number: int, stem: str, fields: FieldNames, max_chars: int
) -> Iterator[Article | Reject]:
    """The line's Article (after a ReadWarning when its date is no date), or its Reject."""
    try:
        value = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as err:
        return iter([Reject(source=source, line=number, reason=f"malformed JSON: {err.msg} (column {err.colno})")])
    return _article_or_reject(value, source, number, f"{stem}:{number}", fields, max_chars)


def _article_or_reject(
    value: Any, source: str, number: int, default_id: str, fields: FieldNames, max_chars: int
) -> Iterator[Article | Reject]:
    """A decoded item's Article (after a ReadWarning when its date is no date), or its Reject."""
    try:
        article, date_problem = article_from_object(value, fields, default_id)
    except NoArticle as err:
        return iter([Reject(source=source, line=number, reason=str(err))])
    problem = _text_problem(article.text, max_chars)
    if problem:
        return iter([Reject(source=source, line=number, reason=problem)])
    if date_problem:
        warning = ReadWarning(source=source, line=number, reason=f"{date_problem}: read without a date")
        return iter([warning, article])
    return iter([article])


def _first_character(path: Path) -> str:
    """The first character of a .json input that is not blank (its byte-order mark skipped): "["
    for an array, "{" for JSON Lines; anything else raises E047."""
    try:
        with open_binary(path) as stream:
            head = stream.read(4096)
    except _READ_ERRORS as err:
        raise WatchdogError(Errors.E015.format(path=path, reason=_one_line(err))) from None
    wide = Decoding().wide(head[:4])
    text = head.decode(wide or "utf-8-sig", errors="ignore").lstrip(" \t\r\n\ufeff")
    if not text.startswith(("[", "{")):
        raise WatchdogError(Errors.E047.format(path=path, start=text[:20]))
    return text[0]


#: characters read from a JSON array at a time; an element may take at most ELEMENT_CHARS_PER_TEXT
#: characters per character of its text's limit (escapes, other fields) before it is refused
ARRAY_CHUNK = 1 << 20
ELEMENT_CHARS_PER_TEXT = 4


class _Malformed(Exception):
    """Where and why a JSON array stops being readable."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def _read_json_array(source: str | Path, fields: FieldNames, max_chars: int) -> Iterator[Article | Reject]:
    """Every element of a JSON array of article objects, streamed (one element in memory at a
    time); each element's line is where it starts. A syntax error ends the file with one Reject
    naming its line and column."""
    name, stem = str(source), source_stem(source)
    line = 1
    try:
        with _text_stream(source, fields.encoding) as (stream, note):
            if note:
                yield ReadWarning(source=name, line=1, reason=note)
            for line, value in _array_elements(stream, ELEMENT_CHARS_PER_TEXT * max_chars):
                yield from _article_or_reject(value, name, line, f"{stem}:{line}", fields, max_chars)
    except _Malformed as err:
        yield Reject(source=name, line=err.line, reason=err.reason)
    except (*_READ_ERRORS, UnicodeDecodeError) as err:
        yield Reject(source=name, line=line, reason=f"unreadable: {_one_line(err)}")


@contextmanager
def _text_stream(source: str | Path, encoding: str | None) -> Iterator[tuple[IO[str], str | None]]:
    """A text stream over a JSON array or CSV input, in the encoding `Decoding` finds in its first
    bytes (UTF-8 unless given, marked or detected), and the note to report when it was found."""
    with open_binary(source) as raw:
        decoding = Decoding(encoding)
        head = peek(raw, DETECTION_BYTES)
        chosen = decoding.stream_encoding(head)
        yield io.TextIOWrapper(raw, encoding=chosen, newline=""), decoding.note()


def _array_elements(stream: IO[str], limit: int) -> Iterator[tuple[int, Any]]:
    """(line, value) for each element of the JSON array in `stream`; raises _Malformed."""
    decoder = json.JSONDecoder()
    buffer, position, line, ended = "", 0, 1, False

    def fill() -> bool:
        nonlocal buffer, position, line, ended
        chunk = "" if ended else stream.read(max(ARRAY_CHUNK, len(buffer) - position))
        if not chunk:
            ended = True
            return False
        line += buffer.count("\n", 0, position)
        buffer, position = buffer[position:] + chunk, 0
        return True

    def where(index: int) -> tuple[int, int]:
        row = line + buffer.count("\n", 0, index)
        return row, index - buffer.rfind("\n", 0, index)

    def skip_blanks() -> str:
        nonlocal position
        while True:
            while position < len(buffer) and buffer[position] in " \t\r\n":
                position += 1
            if position < len(buffer) or not fill():
                return buffer[position] if position < len(buffer) else ""

    def malformed(index: int, what: str) -> _Malformed:
        row, column = where(index)
        return _Malformed(row, f"malformed JSON array: {what} (line {row}, column {column}); the rest of the file is not read")

    if skip_blanks() != "[":
        raise malformed(position, "expected '[' at the start")
    position += 1
    first = True
    while True:
        found = skip_blanks()
        if found == "]":
            position += 1
            if skip_blanks():
                raise malformed(position, "extra data after the array's end")
            return
        if not first:
            if found != ",":
                raise malformed(position, "expected ',' or ']' after an element" if found else "the file ends inside the array")
            position += 1
            skip_blanks()
        first = False
        while True:
            try:
                value, end = decoder.raw_decode(buffer, position)
                break
            except json.JSONDecodeError as err:
                if len(buffer) - position > limit:
                    raise malformed(position, f"an element over {limit} characters") from None
                if not fill():
                    raise malformed(err.pos, err.msg) from None
        yield where(position)[0], value
        position = end


def _delimiter(name: str) -> str:
    return "\t" if name.lower().removesuffix(".gz").endswith(".tsv") else ","


def _check_header(path: Path, fields: FieldNames) -> None:
    """A table's header row must name the text column: E048 otherwise."""
    try:
        with _text_stream(path, fields.encoding) as (stream, _):
            header = next(csv.reader(stream, delimiter=_delimiter(path.name)), [])
    except (*_READ_ERRORS, UnicodeDecodeError, csv.Error) as err:
        raise WatchdogError(Errors.E015.format(path=path, reason=_one_line(err))) from None
    if fields.text not in header:
        raise WatchdogError(Errors.E048.format(path=path, column=fields.text, header=header))


def _read_table(source: str | Path, fields: FieldNames, max_chars: int) -> Iterator[Article | Reject]:
    """Every row of a CSV (comma) or TSV (tab) dump with a header row naming its columns (the
    field options name the id, text, published and URL columns); a row's line is its row number as
    a spreadsheet shows it (the header is row 1); an empty cell is a missing value."""
    name, stem = str(source), source_stem(source)
    delimiter = _delimiter(name)
    csv.field_size_limit(max(csv.field_size_limit(), ELEMENT_CHARS_PER_TEXT * max_chars))
    row_number = 1
    try:
        with _text_stream(source, fields.encoding) as (stream, note):
            rows = csv.reader(stream, delimiter=delimiter)
            header = next(rows)
            if note:
                yield ReadWarning(source=name, line=1, reason=note)
            while True:
                try:
                    row = next(rows, None)
                except csv.Error as err:
                    row_number += 1
                    yield Reject(source=name, line=row_number, reason=f"malformed row: {_one_line(err)}")
                    continue
                if row is None:
                    return
                row_number += 1
                if not row:
                    continue
                if len(row) != len(header):
                    yield Reject(
                        source=name, line=row_number, reason=f"malformed row: {len(row)} cells, the header has {len(header)}"
                    )
                    continue
                value = {key: cell if cell or key == fields.text else None for key, cell in zip(header, row)}
                yield from _article_or_reject(value, name, row_number, f"{stem}:{row_number}", fields, max_chars)
    except (*_READ_ERRORS, UnicodeDecodeError) as err:
        yield Reject(source=name, line=row_number + 1, reason=f"unreadable: {_one_line(err)}")


def _read_folder(source: str | Path, fields: FieldNames, max_chars: int) -> Iterator[Article | Reject]:
    """Every .txt / .html / .htm file below the folder, in sorted order, folder by folder.

    A subfolder that cannot be listed becomes a Reject too (os.walk would skip it silently).
    """
    root = Path(source)
    unlisted: list[OSError] = []
    for folder, subfolders, files in os.walk(root, onerror=unlisted.append):
        yield from _unlisted_rejects(unlisted)
        subfolders.sort()
        for name in sorted(files):
            if name.lower().endswith(PAGE_SUFFIXES):
                path = Path(folder) / name
                yield from _article_from_page(path, path.relative_to(root).as_posix(), max_chars, fields.encoding)
    yield from _unlisted_rejects(unlisted)


def _unlisted_rejects(errors: list[OSError]) -> Iterator[Reject]:
    while errors:
        err = errors.pop(0)
        yield Reject(source=str(err.filename), reason=f"unreadable folder: {err.strerror or err}")


def _read_page_file(source: str | Path, fields: FieldNames, max_chars: int) -> Iterator[Article | Reject]:
    """A single .txt or .html file given as an input; its id is the file name."""
    path = Path(source)
    yield from _article_from_page(path, path.name, max_chars, fields.encoding)


def _article_from_page(path: Path, article_id: str, max_chars: int, encoding: str | None) -> Iterator[Article | Reject]:
    """A .txt file is the article's text (decoded as `Decoding` says: a ReadWarning first when its
    encoding was detected); an .html page goes through trafilatura. A file too large to hold at
    most `max_chars` of text is refused before it is read."""
    html = path.suffix.lower() != ".txt"
    try:
        size = path.stat().st_size
        problem = _bytes_problem(size, max_chars, html)
        if problem:
            yield Reject(source=str(path), reason=problem)
            return
        content = path.read_bytes()
    except OSError as err:
        yield Reject(source=str(path), reason=f"unreadable: {err.strerror or err}")
        return
    if html:
        yield _article_from_html(content, str(path), None, article_id, max_chars)
        return
    decoding = Decoding(encoding)
    try:
        text = decoding.decode_whole(content)
    except UnicodeDecodeError as err:
        yield Reject(source=str(path), reason=decoding.failure(err))
        return
    problem = _text_problem(text, max_chars)
    if problem:
        yield Reject(source=str(path), reason=problem)
        return
    note = decoding.note()
    if note:
        yield ReadWarning(source=str(path), reason=note)
    yield Article(id=article_id, text=text)


def _article_from_html(
    html: bytes,
    source: str,
    line: int | None,
    article_id: str,
    max_chars: int,
    url: str | None = None,
    captured: dt.date | None = None,
) -> Article | Reject:
    """The main text, own date and URL of an HTML page; `url` and `captured` come from its capture.

    One trafilatura pass gives text and metadata. The date search stays on the page's markup and
    URL: the extensive search also guesses from body text (a footer's "Copyright 2021" -> 2021-01-01).
    """
    from trafilatura import bare_extraction

    document = bare_extraction(
        html,
        url=url,
        include_comments=False,
        with_metadata=True,
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    text = (document.text or "") if document is not None else ""
    problem = _text_problem(text, max_chars)
    if problem:
        if problem == "empty text":
            problem = "empty text: no main text found in the page"
        return Reject(source=source, line=line, reason=problem)
    return Article(
        id=article_id,
        text=text,
        published=_page_date(document.date) or captured,
        url=url or document.url,
    )


def _page_date(value: str | None) -> dt.date | None:
    """trafilatura's date when it is a full YYYY-MM-DD date."""
    if not value or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _read_archive(source: str | Path, fields: FieldNames, max_chars: int) -> Iterator[Article | Reject]:
    """Every HTML 200 response of a WARC or ARC file (gzip or plain).

    warcio reads the file itself, gzip member by member, so a truncated archive still gives its
    complete records; the torn one (cut inside its content, or its header left unread at the end
    of the file) becomes a Reject. warcio reports a broken archive with assorted exception types
    (ArchiveLoadFailed, ValueError, AttributeError on a headerless record, ...), so any error while
    parsing ends the file with one Reject naming the record where it broke.
    """
    from warcio.archiveiterator import ArchiveIterator

    path = Path(source)
    try:
        stream = path.open("rb")
    except OSError as err:
        yield Reject(source=str(source), reason=f"unreadable: {err.strerror or err}")
        return
    with stream:
        archive = ArchiveIterator(stream, arc2warc=True)
        records = iter(archive)
        for index in itertools.count(1):
            try:
                record = next(records, None)
            except Exception as err:
                yield Reject(source=str(source), line=index, reason=f"unreadable archive: {_one_line(err)}")
                return
            if record is None:
                if _left_over(stream, _archive_end(archive)):
                    yield Reject(source=str(source), line=index, reason=f"torn record: {_TORN}")
                return
            if _is_html_page(record):
                yield _article_from_record(record, str(source), index, max_chars)


_TORN = "the archive ends inside it (a truncated file)"


def _archive_end(archive: Any) -> int:
    """Where the last record warcio read ends in the file (gzip offsets when compressed)."""
    offset, length = getattr(archive, "member_info", None) or (archive.offset, 0)
    return offset + length


def _left_over(stream: IO[bytes], end: int) -> bool:
    """Whether the file holds more than blank padding after `end`: a record warcio could not read."""
    stream.seek(end)
    while chunk := stream.read(1 << 16):
        if chunk.strip():
            return True
    return False


def _article_from_record(record: Any, source: str, index: int, max_chars: int) -> Article | Reject:
    """An HTML response: id and url are its target URI, the capture date backs up the page's own."""
    url = record.rec_headers.get_header("WARC-Target-URI")
    article_id = url or record.rec_headers.get_header("WARC-Record-ID") or f"{Path(source).name}#{index}"
    name = f"{source}#{article_id}"
    limit = HTML_BYTES_PER_CHAR * max_chars
    try:
        html = record.content_stream().read(limit + 1)
    except Exception as err:
        return Reject(source=name, line=index, reason=f"unreadable: {_one_line(err)}")
    if len(html) > limit:
        return Reject(source=name, line=index, reason=f"oversized: HTML over {limit} bytes")
    if getattr(record.raw_stream, "limit", 0) > 0:
        return Reject(source=name, line=index, reason=f"torn record: {_TORN}")
    captured = _page_date((record.rec_headers.get_header("WARC-Date") or "")[:10])
    return _article_from_html(html, name, index, article_id, max_chars, url, captured)


def _is_html_page(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return record.http_headers.get_statuscode() == "200" and content_type in HTML_TYPES


def _bytes_problem(size: int, max_chars: int, html: bool) -> str | None:
    """Why a file of `size` bytes cannot hold an article of at most `max_chars` characters (a UTF-8
    character takes at most 4 bytes; a page at most HTML_BYTES_PER_CHAR per character of text)."""
    limit = (HTML_BYTES_PER_CHAR if html else 4) * max_chars
    if size > limit:
        return f"oversized: {size} bytes > {limit}{' of HTML' if html else ''}"
    return None


def _text_problem(text: str, max_chars: int) -> str | None:
    if not text.strip():
        return "empty text"
    if len(text) > max_chars:
        return f"oversized: {len(text)} characters > {max_chars}"
    return None


def _one_line(err: BaseException, limit: int = 200) -> str:
    """An error as one short line: a broken archive's message can quote a whole line of it."""
    text = " ".join(str(err).split()) or type(err).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
