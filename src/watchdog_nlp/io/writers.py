"""File sinks for batch runs: results written a batch at a time, resumable from what is on disk.

Every sink (and the SQL sink of `io.sql`) has the same three methods and is a context manager:

    with open_sink("records.csv") as sink:       # .jsonl, .jsonl.gz, .csv, .parquet, "-"
        done = sink.done()                       # {(article id, content hash)} already written
        sink.write([(article, result), ...])     # one batch
                                                 # close() on leaving the block

Files are appended to, never truncated: re-opening an output resumes it. Skipping articles that
`done()` lists is the caller's job (`batch.run_batch` does it).

The CSV and Parquet sinks write one flat row per case record (`FLAT_COLUMNS`). An article with
no records still gets one row, with its article columns filled and every record column empty:
it shows the article was read and found to report no decision, and lets `done()` see it.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import hashlib
import json
import os
import sys
from abc import ABC, abstractmethod
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, Protocol, Self

from ..errors import Errors, WatchdogError
from ..schema import Article, ArticleResult, CaseRecord, Penalty
from .jsonl import STDIO, read_json_lines, result_to_json

if TYPE_CHECKING:
    import pyarrow as pa
    import pyarrow.parquet as pq

Batch = list[tuple[Article, ArticleResult]]
Done = set[tuple[str, str]]
FlatRow = dict[str, Any]

FLAT_COLUMNS: tuple[str, ...] = (
    "article_id",
    "content_hash",
    "url",
    "published",
    "person",
    "role",
    "age",
    "court",
    "court_city",
    "country",
    "ruling",
    "ruling_date",
    "charges",
    "penalty_kind",
    "penalty_duration",
    "fine_amount",
    "fine_currency",
    "penalties",
    "code_articles",
    "evidence",
)

MULTI_SEPARATOR = "|"


class Sink(Protocol):
    """What a batch run writes to: files here, a database in `io.sql`."""

    def write(self, batch: Batch) -> None: ...

    def done(self) -> Done: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...


def content_hash(article: Article) -> str:
    """First 16 hex digits of the SHA-256 of the article text: tells a changed article from a re-run."""
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()[:16]


def format_amount(amount: float) -> str:
    """20000.0 -> "20000", 1500.5 -> "1500.5": whole amounts without a trailing ".0"."""
    return str(int(amount)) if amount.is_integer() else repr(amount)


def format_penalty(penalty: Penalty) -> str:
    """A penalty in a few words: "prison P5Y", "fine 20000 RUB", "ban"."""
    parts = [penalty.kind]
    if penalty.duration:
        parts.append(penalty.duration)
    if penalty.fine is not None:
        parts.append(format_amount(penalty.fine.amount))
        if penalty.fine.currency:
            parts.append(penalty.fine.currency)
    return " ".join(parts)


def _joined(values: Iterable[str]) -> str | None:
    return MULTI_SEPARATOR.join(values) or None


def _record_columns(record: CaseRecord) -> FlatRow:
    main = record.sentence[0] if record.sentence else None
    fine = next((p.fine for p in record.sentence if p.fine is not None), None)
    return {
        "person": record.person,
        "role": record.role,
        "age": record.age,
        "court": record.court,
        "court_city": record.court_city,
        "country": record.country,
        "ruling": record.ruling,
        "ruling_date": record.ruling_date,
        "charges": _joined(record.charges),
        "penalty_kind": main.kind if main else None,
        "penalty_duration": main.duration if main else None,
        "fine_amount": fine.amount if fine else None,
        "fine_currency": fine.currency if fine else None,
        "penalties": _joined(format_penalty(p) for p in record.sentence),
        "code_articles": _joined(record.code_articles),
        "evidence": _joined(f"{start}-{end}" for start, end in record.evidence.spans),
    }


def flat_rows(article: Article, result: ArticleResult) -> list[FlatRow]:
    """The flat rows of one article, typed (None for empty): one per record, or one bare row.

    `fine_amount`/`fine_currency` are the first fine of the sentence (the main penalty's when it
    is a fine), so "prison P5Y|fine 20000 RUB" still shows its fine in these columns.
    """
    article_columns = {
        "article_id": article.id if article.id is not None else result.id,
        "content_hash": content_hash(article),
        "url": article.url,
        "published": article.published,
    }
    empty = dict.fromkeys(FLAT_COLUMNS[len(article_columns):])
    records = [_record_columns(r) for r in result.records] or [empty]
    return [article_columns | columns for columns in records]


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return format_amount(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _cannot_write(path: Path, err: OSError) -> WatchdogError:
    return WatchdogError(Errors.E016.format(path=path, reason=err.strerror or err))


class _FileSink(ABC):
    """Context-manager support and the in-memory `done` set the file sinks share."""

    _done: Done

    @abstractmethod
    def write(self, batch: Batch) -> None:
        """Append one batch of (article, result) pairs to the output."""

    @abstractmethod
    def close(self) -> None:
        """Flush and release the output; the sink is not usable afterwards."""

    def done(self) -> Done:
        """(article id, content hash) of every article in the output, from earlier runs and this one."""
        return set(self._done)

    def _remember(self, batch: Batch) -> None:
        self._done.update((a.id, content_hash(a)) for a, _ in batch if a.id is not None)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class JsonlSink(_FileSink):
    """One JSON line per article, {"id", "content_hash", "records", "entities"}; ".gz" is gzip,
    "-" is stdout. An existing file is appended to (gzip as a further member)."""

    def __init__(self, path: str | Path) -> None:
        self.path = path
        self._done = set()
        self._stream: IO[str]
        if str(path) == STDIO:
            self._stream = sys.stdout
            return
        path = Path(path)
        if path.exists():
            self._done = {
                (str(line["id"]), str(line["content_hash"]))
                for _, line in read_json_lines(path)
                if line.get("id") is not None and line.get("content_hash") is not None
            }
        try:
            self._stream = (
                gzip.open(path, "at", encoding="utf-8")
                if path.suffix == ".gz"
                else path.open("a", encoding="utf-8")
            )
        except OSError as err:
            raise _cannot_write(path, err) from None

    def write(self, batch: Batch) -> None:
        for article, result in batch:
            line = {
                "id": article.id if article.id is not None else result.id,
                "content_hash": content_hash(article),
            } | {key: value for key, value in result_to_json(result).items() if key != "id"}
            self._stream.write(json.dumps(line, ensure_ascii=False) + "\n")
        self._stream.flush()
        self._remember(batch)

    def close(self) -> None:
        if self._stream is not sys.stdout:
            self._stream.close()


class CsvSink(_FileSink):
    """One row per case record in `FLAT_COLUMNS` order; the header is written once, when the
    file is new, and an existing file must have the same header to be appended to."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._done = set()
        is_new = not self.path.exists() or self.path.stat().st_size == 0
        if not is_new:
            self._done = self._read_done()
        try:
            self._stream = self.path.open("a", encoding="utf-8", newline="")
        except OSError as err:
            raise _cannot_write(self.path, err) from None
        self._writer = csv.writer(self._stream)
        if is_new:
            self._writer.writerow(FLAT_COLUMNS)
            self._stream.flush()

    def _read_done(self) -> Done:
        try:
            with self.path.open(encoding="utf-8", newline="") as stream:
                reader = csv.DictReader(stream)
                if tuple(reader.fieldnames or ()) != FLAT_COLUMNS:
                    reason = f"header {','.join(reader.fieldnames or ())!r}"
                    raise WatchdogError(Errors.E051.format(path=self.path, reason=reason))
                return {(row["article_id"], row["content_hash"]) for row in reader if row["article_id"]}
        except (OSError, UnicodeDecodeError) as err:
            raise WatchdogError(Errors.E015.format(path=self.path, reason=err)) from None

    def write(self, batch: Batch) -> None:
        for article, result in batch:
            for row in flat_rows(article, result):
                self._writer.writerow([_csv_cell(row[name]) for name in FLAT_COLUMNS])
        self._stream.flush()
        self._remember(batch)

    def close(self) -> None:
        self._stream.close()


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ModuleNotFoundError as err:
        raise WatchdogError(Errors.E052.format(what="Parquet output", package="pyarrow", reason=err)) from None
    return pa, pq


def parquet_schema() -> pa.Schema:
    """The fixed Arrow schema of `FLAT_COLUMNS`: strings, but `published` a date, `age` an int32
    and `fine_amount` a float64."""
    pa, _ = _pyarrow()
    types = {"published": pa.date32(), "age": pa.int32(), "fine_amount": pa.float64()}
    return pa.schema([pa.field(name, types.get(name, pa.string())) for name in FLAT_COLUMNS])


class ParquetSink(_FileSink):
    """Flat rows in Parquet, one row group per batch, streamed through a ParquetWriter.

    A Parquet file cannot be appended to once closed, so the sink writes to "<path>.partial" and
    renames it over `path` on close(), also when the `with` block ends in an error (the batches
    written are kept): `path` always holds a complete file. When `path` exists, the first write
    copies its row groups into the new file, one at a time. A process killed before close() leaves
    `path` as it was: what that run extracted is redone on resume.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.partial = self.path.with_name(self.path.name + ".partial")
        self.schema = parquet_schema()
        self._done = set()
        self._writer: pq.ParquetWriter | None = None
        if self.path.exists():
            self._done = self._read_done()

    def _existing(self) -> pq.ParquetFile:
        _, pq = _pyarrow()
        try:
            existing = pq.ParquetFile(self.path)
        except (OSError, ValueError) as err:
            raise WatchdogError(Errors.E015.format(path=self.path, reason=err)) from None
        if not existing.schema_arrow.equals(self.schema):
            raise WatchdogError(Errors.E051.format(path=self.path, reason="Parquet schema"))
        return existing

    def _read_done(self) -> Done:
        existing = self._existing()
        table = existing.read(columns=["article_id", "content_hash"])
        pairs = zip(table.column("article_id").to_pylist(), table.column("content_hash").to_pylist())
        return {(article_id, digest) for article_id, digest in pairs if article_id}

    def _open_writer(self) -> pq.ParquetWriter:
        _, pq = _pyarrow()
        try:
            writer = pq.ParquetWriter(self.partial, self.schema)
        except OSError as err:
            raise _cannot_write(self.partial, err) from None
        if self.path.exists():
            existing = self._existing()
            for index in range(existing.num_row_groups):
                writer.write_table(existing.read_row_group(index))
        return writer

    def write(self, batch: Batch) -> None:
        if not batch:
            return
        pa, _ = _pyarrow()
        if self._writer is None:
            self._writer = self._open_writer()
        rows = [row for article, result in batch for row in flat_rows(article, result)]
        self._writer.write_table(pa.Table.from_pylist(rows, schema=self.schema))
        self._remember(batch)

    def close(self) -> None:
        """Finish the file: rename the new one over `path`, or leave an existing one untouched
        when nothing was written (a new, empty output still gets a valid file with the schema)."""
        if self._writer is None:
            if not self.path.exists():
                self._writer = self._open_writer()
            else:
                return
        self._writer.close()
        self._writer = None
        os.replace(self.partial, self.path)


def open_sink(target: str, *, db: str | None = None) -> Sink:
    """The sink for an output: `db` (a SQLAlchemy URL) wins; else by the name's ending:
    ".jsonl", ".jsonl.gz", ".csv", ".parquet", or "-" for JSON Lines on stdout."""
    if db is not None:
        try:
            from .sql import SqlSink
        except ModuleNotFoundError as err:
            raise WatchdogError(
                Errors.E052.format(what="Database output", package=err.name, reason=err)
            ) from None
        return SqlSink(db)
    name = str(target).lower()
    if target == STDIO or name.endswith((".jsonl", ".jsonl.gz")):
        return JsonlSink(target)
    if name.endswith(".csv"):
        return CsvSink(target)
    if name.endswith(".parquet"):
        return ParquetSink(target)
    raise WatchdogError(Errors.E050.format(target=target))
