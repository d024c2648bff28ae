"""JSON Lines in and out: articles to read (plain, gzip or stdin) and results to write."""

import gzip
import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from ..errors import Errors, WatchdogError
from ..schema import Article, ArticleResult, parse_published

STDIO = "-"


def source_stem(path: str | Path) -> str:
    """The name used for ids made up from a line number: "news.jsonl.gz" -> "news", "-" -> "stdin"."""
    if str(path) == STDIO:
        return "stdin"
    name = Path(path).name
    for suffix in (".gz", ".jsonl", ".ndjson", ".json", ".txt"):
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
        if _peek(raw, 2) == GZIP_MAGIC:
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
        if path.suffix == ".gz" or _peek(raw, 2) == GZIP_MAGIC:
            with gzip.GzipFile(fileobj=raw) as unzipped:
                yield unzipped
        else:
            yield raw


def _peek(stream: IO[bytes], size: int) -> bytes:
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
        stream = (
            gzip.open(path, "wt", encoding="utf-8")
            if path.suffix == ".gz"
            else path.open("w", encoding="utf-8")
        )
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


def article_from_json(
    value: dict[str, Any],
    *,
    path: str | Path,
    line: int,
    id_field: str = "id",
    text_field: str = "text",
    published_field: str = "published",
) -> Article:
    """Build an Article from one decoded line; a missing id becomes "<file stem>:<line>"."""
    text = value.get(text_field)
    if not isinstance(text, str):
        raise WatchdogError(Errors.E004.format(path=path, line=line, field=text_field))
    raw_id = value.get(id_field)
    article_id = str(raw_id) if raw_id is not None else f"{source_stem(path)}:{line}"
    raw_published = value.get(published_field)
    try:
        published = parse_published(raw_published)
    except WatchdogError:
        raise WatchdogError(Errors.E014.format(path=path, line=line, value=raw_published)) from None
    return Article(id=article_id, text=text, published=published)


def result_to_json(result: ArticleResult) -> dict[str, Any]:
    """The output line of one article: {"id", "records", "entities"}, JSON-ready, with
    "filtered": true for an article the pre-filter kept from the model."""
    return result.model_dump(mode="json", exclude=None if result.filtered else {"filtered"})
