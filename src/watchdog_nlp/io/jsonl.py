"""JSON Lines in and out: articles to read (plain, gzip or stdin) and results to write; and the one
way a decoded item (a JSON object, a CSV row) becomes an Article, for gold corpora and dumps alike."""

import gzip
import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel, ConfigDict

from ..errors import Errors, WatchdogError
from ..normalize.published import DateOrder
from ..schema import Article, ArticleResult, parse_published

STDIO = "-"


def source_stem(path: str | Path) -> str:
    """The name used for ids made up from a line number: "news.jsonl.gz" -> "news", "-" -> "stdin"."""
    if str(path) == STDIO:
        return "stdin"
    name = Path(path).name
    for suffix in (".gz", ".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".txt"):
        name = name.removesuffix(suffix)
    return name or Path(path).name


GZIP_MAGIC = b"\x1f\x8b"


@contextmanager
def open_binary(path: str | Path) -> Iterator[IO[bytes]]:
    """A byte stream to read: "-" is stdin, gzip (".gz" or its magic bytes) is decompressed.

    A missing path raises E002, a folder or an unopenable file E015.
    """
    if str(path) == STDIO:
        raw: IO[bytes] = sys.stdin.buffer
        if peek(raw, 2) == GZIP_MAGIC:
            with gzip.GzipFile(fileobj=raw) as unzipped:
                yield unzipped
        else:
            yield raw
        return
    path = Path(path)
    if not path.is_file():
        if not path.exists():
            raise WatchdogError(Errors.E002.format(path=path))
        raise WatchdogError(Errors.E015.format(path=path, reason="not a regular file"))
    try:
        raw = path.open("rb")
    except OSError as err:
        raise WatchdogError(Errors.E015.format(path=path, reason=err.strerror or err)) from None
    with raw:
        if path.suffix == ".gz" or peek(raw, 2) == GZIP_MAGIC:
            with gzip.GzipFile(fileobj=raw) as unzipped:
                yield unzipped
        else:
            yield raw


def peek(stream: IO[bytes], size: int) -> bytes:
    """The first bytes of a buffered stream without consuming them (b"" if it cannot peek)."""
    peek = getattr(stream, "peek", None)
    return peek(size)[:size] if peek else b""


@contextmanager
def _open_for_reading(path: str | Path) -> Iterator[IO[str]]:
    """A UTF-8 text stream over `open_binary`; stdin is read as the text stream it already is."""
    if str(path) == STDIO:
        yield sys.stdin
        return
    with open_binary(path) as raw:
        yield io.TextIOWrapper(raw, encoding="utf-8")


@contextmanager
def open_output(path_or_stream: str | Path | IO[str]) -> Iterator[IO[str]]:
    """A text stream to write to: an open stream as is, "-" for stdout, ".gz" compressed."""
    if not isinstance(path_or_stream, (str, Path)):
        yield path_or_stream
        return
    if str(path_or_stream) == STDIO:
        yield sys.stdout
        return
    path = Path(path_or_stream)
    try:
        stream = gzip.open(path, "wt", encoding="utf-8") if path.suffix == ".gz" else path.open("w", encoding="utf-8")
    except OSError as err:
        raise WatchdogError(Errors.E016.format(path=path, reason=err.strerror or err)) from None
    with stream:
        yield stream


def read_json_lines(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) for each non-blank line; bad lines raise WatchdogError naming them."""
    with _open_for_reading(path) as stream:
        try:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    value = json.loads(line)
                except json.JSONDecodeError as err:
                    raise WatchdogError(Errors.E003.format(path=path, line=number, reason=err.msg)) from None
                if not isinstance(value, dict):
                    raise WatchdogError(Errors.E013.format(path=path, line=number, kind=type(value).__name__))
                yield number, value
        except (UnicodeDecodeError, gzip.BadGzipFile, EOFError) as err:
            raise WatchdogError(Errors.E015.format(path=path, reason=err)) from None


class FieldNames(BaseModel):
    """Which keys (JSON) or columns (CSV) hold the article's id, text, publication date and URL;
    how to read a numeric date whose day and month could swap ("03/04/2021": `date_order` DMY or
    MDY); the encoding of text inputs, when not UTF-8 or detected (`io.encodings`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = "id"
    text: str = "text"
    published: str = "published"
    url: str = "url"
    date_order: DateOrder | None = None
    encoding: str | None = None


class NoArticle(ValueError):
    """A decoded item that holds no article; the message says why, in a few words."""


def article_from_object(value: Any, fields: FieldNames, default_id: str) -> tuple[Article, str | None]:
    """The Article of one decoded item (a JSON object, a CSV row) and what is wrong with its
    publication date, if anything: a date that is no date leaves the Article undated, and the
    caller decides whether that is an error (a gold corpus) or a warning (a dump). Raises
    NoArticle when the item is not an object or has no string text. An item without an id gets
    `default_id`; dates are read by `normalize.published`."""
    if not isinstance(value, dict):
        raise NoArticle(f"not a JSON object: got {_json_kind(value)}")
    if fields.text not in value:
        raise NoArticle(f"missing text field {fields.text!r}")
    text = value[fields.text]
    if not isinstance(text, str):
        raise NoArticle(f"text field {fields.text!r} is not a string: got {_json_kind(text)}")
    raw_published = value.get(fields.published)
    try:
        published, problem = parse_published(raw_published, date_order=fields.date_order), None
    except WatchdogError:
        published, problem = None, f"unreadable published date {_short(raw_published)}"
    raw_id, raw_url = value.get(fields.id), value.get(fields.url)
    article = Article(
        id=default_id if raw_id is None else str(raw_id),
        text=text,
        published=published,
        url=None if raw_url is None else str(raw_url),
    )
    return article, problem


def article_from_json(value: dict[str, Any], *, path: str | Path, line: int, fields: FieldNames = FieldNames()) -> Article:
    """The Article of one line of a gold corpus, strictly: no text raises E004, a date that is no
    date E014; a missing id becomes "<file stem>:<line>"."""
    try:
        article, problem = article_from_object(value, fields, f"{source_stem(path)}:{line}")
    except NoArticle:
        raise WatchdogError(Errors.E004.format(path=path, line=line, field=fields.text)) from None
    if problem:
        raise WatchdogError(Errors.E014.format(path=path, line=line, value=value.get(fields.published)))
    return article


def _json_kind(value: Any) -> str:
    """The JSON name of a decoded value's type: "object", "array", "string", "number"..."""
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(type(value), "number")


def _short(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def result_to_json(result: ArticleResult) -> dict[str, Any]:
    """The output line of one article: {"id", "records", "entities"}, JSON-ready, with
    "filtered": true for an article the pre-filter kept from the model."""
    return result.model_dump(mode="json", exclude=None if result.filtered else {"filtered"})
