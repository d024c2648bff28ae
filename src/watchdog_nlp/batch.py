"""Batch runs: article dumps -> records in a sink, resumably, with every input accounted for.

    inputs (JSONL, folders, WARC) -> read_sourced -> Article | Reject
        Reject                    -> the rejects file
        Article with an id already read in this run -> rejected as a duplicate (never merged)
        Article already in sink   -> skipped (same id and content hash: a re-run adds nothing)
        Article                   -> extract_safely (n workers) -> sink.write, one batch at a time
                                     (filtered: no decision vocabulary, so the model did not run)

`run_batch` does it on this machine; `run_dask` spreads the extraction over a dask.distributed
cluster and writes the same sinks here. The summary always holds: inputs = processed + filtered
+ skipped + rejected.

One bad article never stops a run: an exception while extracting it (model or assembly) or while
storing it becomes a reject naming the article, the stage and the error, and the batch around it
is stored. A worker process that dies (killed, out of memory) is replaced; the articles it had are
tried again once, one at a time, and an article that kills its worker again is rejected. Only an
output that takes no more writes (OSError, `StorageError`) stops the run; a re-run resumes it.
"""

from __future__ import annotations

import datetime as dt
import gzip
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .assemble import assemble
from .errors import StorageError
from .io.jsonl import STDIO
from .io.readers import JSONL_SUFFIXES, PAGE_SUFFIXES, FieldNames, Reject, read_sourced
from .io.writers import Sink, content_hash, cut_torn_tail, scan_appended
from .normalize.dates import load_dateparser
from .schema import Article, ArticleResult
from .streams import chunked

Assembler = Callable[[Any], list]

#: articles per extraction task: nlp.pipe's batch, and what a dead worker takes with it
CHUNK = 16
#: seconds between progress lines when nobody watches a terminal (nohup, a log file)
PROGRESS_EVERY = 30.0
#: what stops a run instead of rejecting articles one by one: the output itself is failing
_FATAL = (OSError, MemoryError, StorageError)


@dataclass
class Summary:
    """What a run did with its inputs."""

    processed: int = 0
    filtered: int = 0
    skipped: int = 0
    rejected: int = 0
    records: int = 0
    seconds: float = 0.0
    undated: int = 0
    """articles read without a publication date (none given, or one that is no date)"""

    @property
    def inputs(self) -> int:
        return self.processed + self.filtered + self.skipped + self.rejected

    def to_text(self) -> str:
        rate = (self.processed + self.filtered) / self.seconds if self.seconds else 0.0
        return (
            f"in: {self.inputs} = processed {self.processed} + filtered (no decision words) {self.filtered} "
            f"+ skipped (already done) {self.skipped} "
            f"+ rejected {self.rejected}; records: {self.records}; {rate:.1f} articles/s"
        ) + (
            f"; undated: {self.undated} (no publication date: a date the text gives without its year "
            "stays unresolved; --published sets one)"
            if self.undated
            else ""
        )


@dataclass(frozen=True)
class Failure:
    """Why an article gave no result: the stage that failed ("model", "assembly", "worker") and
    the error in one line."""

    stage: str
    message: str


Outcome = ArticleResult | Failure


def _describe(err: BaseException, limit: int = 300) -> str:
    """An exception as one short line: its type and message."""
    text = " ".join(f"{type(err).__name__}: {err}".split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _AssemblyFailed(Exception):
    """An assembler's exception, carried out of nlp.pipe so that its stage is known."""


def _staged(assembler: Assembler) -> Assembler:
    def assemble_or_fail(doc: Any) -> list:
        try:
            return assembler(doc)
        except Exception as err:
            raise _AssemblyFailed(_describe(err)) from err

    return assemble_or_fail


def extract_safely(
    articles: Sequence[Article | dict],
    nlp: Any,
    assembler: Assembler = assemble,
    n_process: int = 1,
    records_only: bool = False,
    entities: bool = True,
) -> list[Outcome]:
    """One outcome per article, in order: its result, or the Failure that stopped it.

    The articles go through `api.extract_many` as one stream; when that raises, the articles it did
    not finish go through one at a time, so only the one that fails becomes a Failure. With
    `records_only`, articles without decision vocabulary skip the model (`prefilter`) and come
    back with `filtered` set; with `entities=False` no result carries entities."""
    from . import api

    staged = _staged(assembler)
    outcomes: list[Outcome] = []
    options = {"nlp": nlp, "assembler": staged, "records_only": records_only, "entities": entities}
    with suppress(Exception):
        outcomes.extend(api.extract_many(articles, n_process=n_process, **options))
    for article in articles[len(outcomes) :]:
        try:
            outcomes.append(next(api.extract_many([article], **options)))
        except _AssemblyFailed as err:
            outcomes.append(Failure("assembly", str(err)))
        except Exception as err:
            outcomes.append(Failure("model", _describe(err)))
    return outcomes


#: what forked workers inherit from the parent: the pipeline, the assembler, `records_only` and `entities`
_WORKER_STATE: tuple[Any, Assembler, bool, bool] | None = None


def _extract_in_worker(chunk: list[Article]) -> list[Outcome]:
    nlp, assembler, records_only, entities = _WORKER_STATE
    return extract_safely(chunk, nlp, assembler, records_only=records_only, entities=entities)


class _Workers:
    """Forked processes that run `extract_safely` on chunks of articles; outcomes come back in
    input order, with at most two chunks per worker in flight.

    A worker that dies breaks the pool: a new pool replaces it, the chunks that finished keep their
    outcomes, and the articles of the lost ones are tried again one at a time, alone in the new
    pool, so a second death names its article: that one becomes a Failure."""

    def __init__(self, nlp: Any, assembler: Assembler, workers: int, records_only: bool = False, entities: bool = True) -> None:
        global _WORKER_STATE
        if records_only:
            from .prefilter import prefilter_for

            prefilter_for(nlp)  # built once here, inherited by every forked worker
        _WORKER_STATE = (nlp, assembler, records_only, entities)
        load_dateparser()
        self.workers = workers
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"))

    def _replace_pool(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._new_pool()

    def extract(self, articles: Iterator[Article]) -> Iterator[Outcome]:
        pending: deque[tuple[list[Article], Future]] = deque()
        try:
            for chunk in chunked(articles, CHUNK):
                pending.append((chunk, self.pool.submit(_extract_in_worker, chunk)))
                while len(pending) >= 2 * self.workers:
                    yield from self._first(pending)
            while pending:
                yield from self._first(pending)
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def _first(self, pending: deque[tuple[list[Article], Future]]) -> Iterator[Outcome]:
        chunk, future = pending[0]
        try:
            outcomes = future.result()
        except BrokenProcessPool:
            lost = list(pending)
            pending.clear()
            self._replace_pool()
            for lost_chunk, lost_future in lost:
                if lost_future.done() and not lost_future.cancelled() and lost_future.exception() is None:
                    yield from lost_future.result()
                else:
                    yield from (self._alone(article) for article in lost_chunk)
            return
        except Exception:
            pending.popleft()
            yield from (self._alone(article) for article in chunk)
            return
        pending.popleft()
        yield from outcomes

    def _alone(self, article: Article) -> Outcome:
        try:
            return self.pool.submit(_extract_in_worker, [article]).result()[0]
        except BrokenProcessPool:
            self._replace_pool()
            return Failure("worker", "the worker process died on this article twice (killed, or out of memory)")
        except Exception as err:
            return Failure("worker", _describe(err))


Extractor = Callable[[Iterator[Article]], Iterator[Outcome]]


class RejectsLog:
    """The rejects file of a run, appended to: each reject once, also across re-runs (a line the
    file already holds is not written again); a torn last line left by a killed run is cut off."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._known: set[str] = set()
        if self.path.exists():

            def take(lines: list[bytes]) -> None:
                self._known.update(line.decode("utf-8", "replace").rstrip("\r\n") for line in lines)

            cut_torn_tail(self.path, scan_appended(self.path, take))
        self._stream = self.path.open("ab")

    def add(self, reject: Reject) -> None:
        line = reject.to_json()
        if line in self._known:
            return
        self._known.add(line)
        data = (line + "\n").encode("utf-8", "backslashreplace")
        if self.path.suffix == ".gz":
            data = gzip.compress(data, mtime=0)
        self._stream.write(data)
        self._stream.flush()

    def close(self) -> None:
        self._stream.close()


class _Progress:
    """Articles done (processed, filtered, skipped or rejected) out of the total when it is known:
    a tqdm bar with rate and ETA on a terminal, else one line on stderr every `every` seconds, so a
    run under nohup or redirected to a log shows it is alive."""

    def __init__(self, total: int | None, every: float | None = None, stream: IO[str] | None = None) -> None:
        self.total = total
        self.every = PROGRESS_EVERY if every is None else every
        self.stream = stream or sys.stderr
        self.done = 0
        self.records = 0
        self.started = self._shown = time.monotonic()
        self._bar = None
        if self.stream.isatty():
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc="extract", unit="article", file=self.stream)

    def update(self, articles: int, records: int = 0) -> None:
        self.done += articles
        self.records += records
        if self._bar is not None:
            self._bar.update(articles)
            self._bar.set_postfix(records=self.records, refresh=False)
            return
        now = time.monotonic()
        if now - self._shown >= self.every:
            self._shown = now
            print(self.line(now), file=self.stream, flush=True)

    def line(self, now: float) -> str:
        """ "extract: 1200/50000 articles (2.4%), 3.1 articles/s, 415 records, ETA 4h22m" """
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        count = (
            f"{self.done}/{self.total} articles ({100 * self.done / self.total:.1f}%)" if self.total else f"{self.done} articles"
        )
        text = f"extract: {count}, {rate:.1f} articles/s, {self.records} records"
        if self.total and rate > 0:
            left = int((self.total - self.done) / rate)
            text += f", ETA {left // 3600}h{left % 3600 // 60:02d}m{left % 60:02d}s"
        return text

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def count_items(inputs: Sequence[str | Path]) -> int | None:
    """How many items the inputs hold, when that is cheap to know: non-blank lines of plain JSON
    Lines files, pages of folders and page files; None when an input is compressed, an archive
    or stdin (the progress then has no total)."""
    total = 0
    for source in inputs:
        path = Path(source)
        name = path.name.lower()
        if str(source) == STDIO:
            return None
        if path.is_dir():
            total += sum(1 for _, _, files in os.walk(path) for file in files if file.lower().endswith(PAGE_SUFFIXES))
        elif name.endswith(PAGE_SUFFIXES):
            total += 1
        elif name.endswith(JSONL_SUFFIXES) and not name.endswith(".gz"):
            try:
                with path.open("rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            except OSError:
                return None
        else:
            return None
    return total


def _dated(
    items: Iterable[tuple[str, Article | Reject]], default: dt.date | None, undated: list[int] | None = None
) -> Iterator[tuple[str, Article | Reject]]:
    """Articles that give no publication date take `default` (a dump from one day, say); those left
    without one are counted in `undated[0]`."""
    for source, item in items:
        if isinstance(item, Article) and item.published is None:
            if default is not None:
                item = item.model_copy(update={"published": default})
            elif undated is not None:
                undated[0] += 1
        yield source, item


def _run(
    stack: ExitStack,
    inputs: Sequence[str | Path],
    sink: Sink,
    extract: Extractor,
    *,
    fields: FieldNames,
    default_published: dt.date | None,
    batch_size: int,
    rejects: str | Path | None,
    force: bool,
) -> Summary:
    """What both back ends do once their extraction is set up: read and date the inputs, open the
    rejects file, drive the articles through `extract` into the sink, count the undated."""
    undated = [0]
    items = _dated(read_sourced(inputs, fields=fields), default_published, undated)
    log = _open_rejects(stack, rejects)
    summary = _drive(items, sink, extract, batch_size=batch_size, rejects=log, force=force, total=count_items(inputs))
    summary.undated = undated[0]
    return summary


def _drive(
    items: Iterable[tuple[str, Article | Reject]],
    sink: Sink,
    extract: Extractor,
    *,
    batch_size: int,
    rejects: RejectsLog | None,
    force: bool = False,
    total: int | None = None,
) -> Summary:
    """The loop both back ends share: rejects go to their file as they come, a second article with
    an id already read is rejected, articles already in the sink are skipped (unless `force`), the
    rest stream through `extract` (one outcome per article, in order, possibly computed elsewhere)
    and reach the sink `batch_size` at a time; failures become rejects."""
    summary = Summary()
    done = set() if force else sink.done()
    started = time.perf_counter()
    in_flight: deque[tuple[str, Article]] = deque()
    first_source: dict[str, str] = {}
    progress = _Progress(total)

    def count_reject(item: Reject) -> None:
        summary.rejected += 1
        if rejects is not None:
            rejects.add(item)

    def reject(item: Reject) -> None:
        count_reject(item)
        progress.update(1)

    def fresh() -> Iterator[Article]:
        for source, item in items:
            if isinstance(item, Reject):
                reject(item)
                continue
            if item.id is not None:
                if item.id in first_source:
                    reason = f"duplicate id {item.id!r}: an earlier article of {first_source[item.id]} has it (kept)"
                    reject(Reject(source=source, reason=reason, id=item.id, stage="read"))
                    continue
                first_source[item.id] = source
            if (item.id, content_hash(item)) in done:
                summary.skipped += 1
                progress.update(1)
            else:
                in_flight.append((source, item))
                yield item

    def flush(batch: list[tuple[str, Article, ArticleResult]]) -> None:
        stored = _store(sink, batch, count_reject)
        filtered = sum(result.filtered for _, _, result in stored)
        summary.filtered += filtered
        summary.processed += len(stored) - filtered
        summary.records += sum(len(result.records) for _, _, result in stored)

    try:
        batch: list[tuple[str, Article, ArticleResult]] = []
        for outcome in extract(fresh()):
            source, article = in_flight.popleft()
            if isinstance(outcome, Failure):
                reject(Reject(source=source, reason=outcome.message, id=article.id, stage=outcome.stage))
                continue
            progress.update(1, len(outcome.records))
            batch.append((source, article, outcome))
            if len(batch) >= batch_size:
                flush(batch)
                batch = []
        if batch:
            flush(batch)
    finally:
        progress.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _store(
    sink: Sink, batch: list[tuple[str, Article, ArticleResult]], reject: Callable[[Reject], None]
) -> list[tuple[str, Article, ArticleResult]]:
    """Write a batch; when the sink refuses it, write its articles one by one, so the one it cannot
    take becomes a reject (stage "write") and the rest are stored. What was stored is returned."""
    try:
        sink.write([(article, result) for _, article, result in batch])
        return batch
    except _FATAL:
        raise
    except Exception as err:
        if len(batch) == 1:
            source, article, _ = batch[0]
            reject(Reject(source=source, reason=_describe(err), id=article.id, stage="write"))
            return []
    stored = []
    for item in batch:
        source, article, result = item
        try:
            sink.write([(article, result)])
        except _FATAL:
            raise
        except Exception as err:
            reject(Reject(source=source, reason=_describe(err), id=article.id, stage="write"))
        else:
            stored.append(item)
    return stored


def _open_rejects(stack: ExitStack, path: str | Path | None) -> RejectsLog | None:
    if path is None:
        return None
    log = RejectsLog(path)
    stack.callback(log.close)
    return log


def run_batch(
    inputs: Sequence[str | Path],
    sink: Sink,
    *,
    fields: FieldNames = FieldNames(),
    workers: int = 1,
    batch_size: int = 64,
    rejects: str | Path | None = None,
    default_published: dt.date | None = None,
    nlp: Any = None,
    force: bool = False,
    assembler: Assembler = assemble,
    all_entities: bool = False,
    entities: bool = True,
) -> Summary:
    """Extract every article of `inputs` into `sink` on this machine, `workers` processes wide;
    rejected inputs and failed articles go, one JSON line each, to `rejects`. `force` extracts
    articles the sink already holds again. Articles that cannot hold a decision skip the model
    (`prefilter`), unless `all_entities` asks for every article's entities; `entities=False`
    writes records only."""
    from . import api

    nlp = nlp or api.load()
    records_only = not all_entities

    def serial(articles: Iterator[Article]) -> Iterator[Outcome]:
        n_process = workers if workers > 1 else 1
        for chunk in chunked(articles, CHUNK):
            yield from extract_safely(chunk, nlp, assembler, n_process, records_only=records_only, entities=entities)

    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        extract = _Workers(nlp, assembler, workers, records_only, entities).extract
    else:
        extract = serial
    with ExitStack() as stack:
        return _run(
            stack,
            inputs,
            sink,
            extract,
            fields=fields,
            default_published=default_published,
            batch_size=batch_size,
            rejects=rejects,
            force=force,
        )


def extract_partition(
    articles: Iterable[dict | Article], assembler: Assembler = assemble, records_only: bool = True, entities: bool = True
) -> list[dict]:
    """Extraction of one partition on a dask worker (the pipeline is loaded once per worker
    process): article dicts or Articles in, ArticleResult dicts out, in order; an article that
    failed gives {"id", "failure": {"stage", "message"}} instead. Articles without decision
    vocabulary skip the model unless `records_only` is false (`prefilter`); `entities=False`
    leaves entities out."""
    from . import api

    articles = list(articles)
    outcomes = extract_safely(articles, api.load(), assembler, records_only=records_only, entities=entities)
    return [_outcome_to_json(article, outcome) for article, outcome in zip(articles, outcomes)]


def _outcome_to_json(article: dict | Article, outcome: Outcome) -> dict:
    if isinstance(outcome, ArticleResult):
        return outcome.model_dump(mode="json")
    article_id = article.id if isinstance(article, Article) else article.get("id")
    return {"id": article_id, "failure": {"stage": outcome.stage, "message": outcome.message}}


def _outcome_from_json(value: dict) -> Outcome:
    if "failure" in value:
        return Failure(**value["failure"])
    return ArticleResult.model_validate(value)


def extract_bag(bag: Any, assembler: Assembler = assemble, records_only: bool = True, entities: bool = True) -> Any:
    """A dask.bag of articles (dicts with id, text, published, or Articles) -> a bag of
    ArticleResult dicts (or failure dicts, see `extract_partition`), partition by partition on
    the cluster's workers; with the pre-filter unless `records_only` is false, without entities
    when `entities` is false."""
    return bag.map_partitions(extract_partition, assembler, records_only, entities)


def run_dask(
    inputs: Sequence[str | Path],
    sink: Sink,
    address: str | Any,
    *,
    fields: FieldNames = FieldNames(),
    batch_size: int = 64,
    in_flight: int = 8,
    rejects: str | Path | None = None,
    default_published: dt.date | None = None,
    force: bool = False,
    assembler: Assembler = assemble,
    all_entities: bool = False,
    entities: bool = True,
) -> Summary:
    """Like `run_batch`, with extraction spread over a dask.distributed cluster (`address`, or a
    Client); batches stream to the workers, a bounded number at a time, and come back in order to
    be written here. A batch whose task fails (a worker died more often than the scheduler
    allows) is tried again article by article; an article that fails again is rejected."""
    from dask.distributed import Client

    client = address if isinstance(address, Client) else Client(address)
    owns_client = client is not address

    def submit(chunk: list[Article]) -> Future:
        chunk_json = [a.model_dump(mode="json") for a in chunk]
        return client.submit(extract_partition, chunk_json, assembler, not all_entities, entities, pure=False)

    def outcomes(chunk: list[Article], future: Any) -> list[Outcome]:
        try:
            return [_outcome_from_json(value) for value in future.result()]
        except Exception:
            return [alone(article) for article in chunk]

    def alone(article: Article) -> Outcome:
        try:
            return _outcome_from_json(submit([article]).result()[0])
        except Exception as err:
            return Failure("worker", _describe(err))

    def extract(articles: Iterator[Article]) -> Iterator[Outcome]:
        pending: deque = deque()
        for chunk in chunked(articles, batch_size):
            pending.append((chunk, submit(chunk)))
            if len(pending) >= in_flight:
                yield from outcomes(*pending.popleft())
        while pending:
            yield from outcomes(*pending.popleft())

    with ExitStack() as stack:
        if owns_client:
            stack.enter_context(client)
        return _run(
            stack,
            inputs,
            sink,
            extract,
            fields=fields,
            default_published=default_published,
            batch_size=batch_size,
            rejects=rejects,
            force=force,
        )
