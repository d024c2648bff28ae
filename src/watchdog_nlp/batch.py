"""Batch runs: article dumps -> records in a sink, resumably, with every input accounted for.

    inputs (JSONL, folders, WARC) -> read_inputs -> Article | Reject
        Reject                    -> the rejects file
        Article already in sink   -> skipped (same id and content hash: a re-run adds nothing)
        Article                   -> extract_many (n workers) -> sink.write, one batch at a time
                                     (filtered: no decision vocabulary, so the model did not run)

`run_batch` does it on this machine; `run_dask` spreads the extraction over a dask.distributed
cluster and writes the same sinks here. The summary always holds: inputs = processed + filtered
+ skipped + rejected.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .io.readers import FieldNames, Reject, read_inputs, write_rejects
from .io.writers import Batch, Sink, content_hash
from .schema import Article, ArticleResult
from .streams import chunked

@dataclass
class Summary:
    """What a run did with its inputs."""

    processed: int = 0
    filtered: int = 0
    skipped: int = 0
    rejected: int = 0
    records: int = 0
    seconds: float = 0.0

    @property
    def inputs(self) -> int:
        return self.processed + self.filtered + self.skipped + self.rejected

    def to_text(self) -> str:
        rate = (self.processed + self.filtered) / self.seconds if self.seconds else 0.0
        return (
            f"in: {self.inputs} = processed {self.processed} + filtered (no decision words) {self.filtered} "
            f"+ skipped (already done) {self.skipped} "
            f"+ rejected {self.rejected}; records: {self.records}; {rate:.1f} articles/s"
        )


def _dated(items: Iterable[Article | Reject], default: dt.date | None) -> Iterator[Article | Reject]:
    """Articles that give no publication date take `default` (a dump from one day, say)."""
    for item in items:
        if default is not None and isinstance(item, Article) and item.published is None:
            item = item.model_copy(update={"published": default})
        yield item


def _progress(total: int | None = None):
    """A progress bar on stderr (shown only when a person is watching it)."""
    from tqdm import tqdm

    return tqdm(total=total, desc="extract", unit="article", file=sys.stderr, disable=not sys.stderr.isatty())


Extractor = Callable[[Iterator[Article]], Iterator[ArticleResult]]


def _drive(
    items: Iterable[Article | Reject],
    sink: Sink,
    extract: Extractor,
    *,
    batch_size: int,
    rejects: IO[str] | None,
) -> Summary:
    """The loop both back ends share: rejects go to their file as they come, articles already in
    the sink are skipped, the rest stream through `extract` (one result per article, in order,
    possibly computed elsewhere) and reach the sink `batch_size` at a time."""
    summary = Summary()
    done = sink.done()
    started = time.perf_counter()
    in_flight: deque[Article] = deque()

    def fresh() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Reject):
                summary.rejected += 1
                if rejects is not None:
                    write_rejects([item], rejects)
            elif (item.id, content_hash(item)) in done:
                summary.skipped += 1
            else:
                in_flight.append(item)
                yield item

    with _progress() as bar:

        def flush(batch: Batch) -> None:
            sink.write(batch)
            filtered = sum(result.filtered for _, result in batch)
            summary.filtered += filtered
            summary.processed += len(batch) - filtered
            summary.records += sum(len(result.records) for _, result in batch)
            bar.update(len(batch))
            bar.set_postfix(records=summary.records, refresh=False)

        batch: Batch = []
        for result in extract(fresh()):
            batch.append((in_flight.popleft(), result))
            if len(batch) >= batch_size:
                flush(batch)
                batch = []
        if batch:
            flush(batch)
    summary.seconds = time.perf_counter() - started
    return summary


def _rejects_file(stack: ExitStack, path: str | Path | None) -> IO[str] | None:
    return None if path is None else stack.enter_context(open(path, "a", encoding="utf-8"))


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
    all_entities: bool = False,
) -> Summary:
    """Extract every article of `inputs` into `sink` on this machine, `workers` processes wide;
    rejected inputs go, one JSON line each, to `rejects`. Articles that cannot hold a decision
    skip the model (`prefilter`), unless `all_entities` asks for every article's entities."""
    from . import api

    nlp = nlp or api.load()

    def extract(articles: Iterator[Article]) -> Iterator[ArticleResult]:
        return api.extract_many(articles, nlp=nlp, n_process=workers, records_only=not all_entities)

    with ExitStack() as stack:
        items = _dated(read_inputs(inputs, fields=fields), default_published)
        return _drive(items, sink, extract, batch_size=batch_size, rejects=_rejects_file(stack, rejects))


def extract_partition(articles: Iterable[dict | Article], records_only: bool = True) -> list[dict]:
    """Extraction of one partition on a dask worker (the pipeline is loaded once per worker
    process): article dicts or Articles in, ArticleResult dicts out, in order."""
    from . import api

    results = api.extract_many(list(articles), nlp=api.load(), records_only=records_only)
    return [r.model_dump(mode="json") for r in results]


def extract_bag(bag: Any) -> Any:
    """A dask.bag of articles (dicts with id, text, published, or Articles) -> a bag of
    ArticleResult dicts, partition by partition on the cluster's workers."""
    return bag.map_partitions(extract_partition)


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
    all_entities: bool = False,
) -> Summary:
    """Like `run_batch`, with extraction spread over a dask.distributed cluster (`address`, or a
    Client); batches stream to the workers, a bounded number at a time, and come back in order to
    be written here."""
    from dask.distributed import Client

    client = address if isinstance(address, Client) else Client(address)
    owns_client = client is not address

    def extract(articles: Iterator[Article]) -> Iterator[ArticleResult]:
        pending: deque = deque()
        for chunk in chunked(articles, batch_size):
            chunk_json = [a.model_dump(mode="json") for a in chunk]
            pending.append(client.submit(extract_partition, chunk_json, not all_entities, pure=False))
            if len(pending) >= in_flight:
                yield from (ArticleResult.model_validate(r) for r in pending.popleft().result())
        while pending:
            yield from (ArticleResult.model_validate(r) for r in pending.popleft().result())

    with ExitStack() as stack:
        if owns_client:
            stack.enter_context(client)
        items = _dated(read_inputs(inputs, fields=fields), default_published)
        return _drive(items, sink, extract, batch_size=batch_size, rejects=_rejects_file(stack, rejects))
